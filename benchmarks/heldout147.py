"""HELDOUT147: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a SendGrid Email Activity feed export (March
2024, one row per message) with msg_id, from_email, subject, to_email, status (delivered / not_delivered /
processing), opens_count, clicks_count, unique_opens_count, unique_clicks_count, last_event_time as
"2024-03-05T14:22:31Z", categories as a JSON list ('["newsletter"]'), template_id (blank for plain sends),
asm_group_id and outbound_ip; a Datadog monitor alert history export (January to June 2024, one row per
transition) with date as "2024-03-05T14:22:31.000Z", monitor_id, monitor_name with a "[prod]" prefix, transition
(Triggered / Warn / Recovered / No Data), priority "P1".."P4" (blank where unset), service, env, host and duration_s
(seconds the alert lasted, only on Recovered rows; some incidents never recover); a Zettle (PayPal) POS sales report
for a café (January to June 2024, one row per item line) with Date "2024-03-05", Time "14:22", a "Receipt number"
repeated over a receipt's lines, Product, Variant (often blank), Category (blank for "Custom amount"), Quantity,
"Unit price", Discount, Total, "VAT rate" as "20%", "Payment method" (Card / Cash), "Card type" (blank for cash),
Staff and Device, refunds as their own receipts with negative quantities and totals; a TikTok Ads Manager campaign
report by day (January to June 2024) with "By Day", "Campaign name", "Campaign ID", "Primary status", Objective,
Currency, Cost, Impressions, Reach, "Clicks (destination)", "CTR (destination)" as "1.23%", "CPC (destination)",
CPM, Conversions, "Cost per conversion" ("-" with no conversions) and "Video views", closed by a "Total of 6
campaigns" row; INSEE births and deaths by French region and year (2000-2023) with REG code (as "11", "01"), Région
with accents, Année, Naissances, Décès and Statut ("définitif" / "provisoire" for 2023), plus total rows "FM" (France
métropolitaine) and "FR" (France), Mayotte blank before 2014; the City of Melbourne pedestrian counting system hourly
counts (February 2019) with ID, Date_Time as "February 01, 2019 05:00:00 PM", Year, Month, Mdate, Day (weekday
name), Time (hour 0-23), Sensor_ID, Sensor_Name and Hourly_Counts, seven sensors with a few hours missing; and the HHS
"COVID-19 Reported Patient Impact and Hospital Capacity by State Timeseries" for ten states over 2021 with state,
date as "2021/01/15", critical staffing shortage counts, inpatient_beds (+ _coverage), inpatient_beds_used,
inpatient_beds_used_covid (+ _coverage), inpatient_beds_utilization (a fraction), adult_icu_bed_utilization,
total_staffed_adult_icu_beds, staffed_icu_adult_patients_confirmed_and_suspected_covid, deaths_covid (some blank, +
_coverage) and previous_day_admission_adult_covid_confirmed, newest dates first. All are generated with fixed seeds
14701-14707.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _pct, _share, _year
from .heldout42 import _ranked
from .heldout143 import _hour
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores).index[0])


def _money(value: Callable[[pd.DataFrame], Any]) -> Check:
    """An amount in full or as thousands / millions ("$1.2M", "84.3k")."""
    return _scaled(value, (1e3, 1e6))


def _num(s: pd.Series) -> pd.Series:
    """Numbers from a column that may hold "%", "-", "N/A" or thousands commas."""
    text = s.astype("string").str.replace(r"[%,$]", "", regex=True).str.strip()
    return pd.to_numeric(text, errors="coerce")


# --- 1. SendGrid email activity feed --------------------------------------------------------------------------------

# subject: (weight, open probability, click probability given opened, category, template)
_SG_SUBJECTS: dict[str, tuple[float, float, float, str, str]] = {
    "Your March newsletter is here": (5, 0.24, 0.10, "newsletter", "d-8f1c2a7e4b"),
    "Reset your password": (1.2, 0.62, 0.55, "transactional", "d-21be90c3f1"),
    "Your order has shipped": (3, 0.48, 0.22, "transactional", "d-5c7d3e9a02"),
    "Last chance: 20% off everything": (4, 0.19, 0.16, "promo", ""),
    "Welcome to Brightloop": (1.5, 0.55, 0.30, "onboarding", "d-a4410f6b7c"),
    "Your invoice is ready": (2, 0.41, 0.12, "billing", "d-77e2b1d5c8"),
}
_SG_DOMAINS = {"gmail.com": 4.5, "yahoo.com": 1.5, "outlook.com": 2, "hotmail.com": 1, "icloud.com": 1.2}
_SG_DOMAINS |= {"acmecorp.com": 0.6, "example.org": 0.3}
_SG_NAMES = ["james", "maria", "wei.chen", "olga", "a.khan", "sofia", "liam", "chloe.m", "raj", "nina", "pedro"]


def _sendgrid_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14701)
    subjects = list(_SG_SUBJECTS)
    weights = [_SG_SUBJECTS[s][0] for s in subjects]
    domains = list(_SG_DOMAINS)
    start = pd.Timestamp("2024-03-01")
    rows = []
    for i in range(3200):
        subject = _one(rng, subjects, weights)
        _w, p_open, p_click, cat, template = _SG_SUBJECTS[subject]
        domain = _one(rng, domains, list(_SG_DOMAINS.values()))
        status = _one(rng, ["delivered", "not_delivered", "processing"], [92, 6, 2])
        if domain == "yahoo.com" and rng.random() < 0.08:
            status = "not_delivered"
        opens = clicks = 0
        if status == "delivered" and rng.random() < p_open * (1.15 if domain == "gmail.com" else 1.0):
            opens = 1 + int(rng.poisson(1.1))
            if rng.random() < p_click:
                clicks = 1 + int(rng.poisson(0.8))
        uopens = min(opens, 1 + int(rng.random() < 0.1))
        uclicks = min(clicks, 1 + int(rng.random() < 0.1))
        t = start + pd.Timedelta(seconds=int(rng.uniform(0, 31 * 86400 - 1)))
        rows.append(
            {
                "msg_id": f"{rng.integers(16**10, 16**11 - 1):x}.filterdrecv-{int(rng.integers(100, 999))}.{i}",
                "from_email": "billing@brightloop.io" if cat == "billing" else "hello@brightloop.io",
                "subject": subject,
                "to_email": f"{_one(rng, _SG_NAMES)}{int(rng.integers(1, 999))}@{domain}",
                "status": status,
                "opens_count": opens,
                "clicks_count": clicks,
                "unique_opens_count": uopens,
                "unique_clicks_count": uclicks,
                "last_event_time": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "categories": f'["{cat}"]',
                "template_id": template,
                "asm_group_id": 18732 if cat in ("newsletter", "promo") else "",
                "outbound_ip": _one(rng, ["167.89.12.44", "167.89.12.45", "149.72.33.180"]),
            }
        )
    return pd.DataFrame(rows)


def _sg_gmail(d: pd.DataFrame) -> pd.Series:
    return d["to_email"].astype(str).str.lower().str.endswith("@gmail.com")


def _sg_top_subject(col: str) -> Callable[[pd.DataFrame], str]:
    return lambda d: _top(d.groupby("subject")[col].sum())


_SENDGRID_QS = [
    Q("how many emails did we send", _count(lambda d: len(d)), ("msg_id", "status")),
    Q(
        "what % didnt get delivered",
        either(
            _share(lambda d: float((d["status"] == "not_delivered").mean())),
            _share(lambda d: float((d["status"] != "delivered").mean())),
        ),
        ("status", "msg_id"),
    ),
    Q(
        "whats the open rate",
        either(
            _share(lambda d: float((d.loc[d["status"] == "delivered", "opens_count"] > 0).mean())),
            _share(lambda d: float((d["opens_count"] > 0).mean())),
        ),
        ("opens_count", "unique_opens_count", "status", "msg_id"),
    ),
    Q(
        "which subject line got the most clicks?",
        either(_lead(_named(_sg_top_subject("clicks_count"))), _lead(_named(_sg_top_subject("unique_clicks_count")))),
        ("subject", "clicks_count", "unique_clicks_count"),
    ),
    Q("how many went to gmail addresses", _count(lambda d: int(_sg_gmail(d).sum())), ("to_email",)),
    Q(
        "and how many of those got opened",
        _count(lambda d: int((_sg_gmail(d) & (d["opens_count"] > 0)).sum())),
        ("to_email", "opens_count", "unique_opens_count"),
    ),
]


# --- 2. Datadog monitor alert history -------------------------------------------------------------------------------

# monitor: (id, service, priority, weight, typical minutes to recover)
_DD_MONITORS: dict[str, tuple[int, str, str, float, float]] = {
    "[prod] High CPU usage on {{host.name}}": (10234561, "checkout-api", "P3", 5, 18),
    "[prod] checkout-api p99 latency above 2s": (10234577, "checkout-api", "P2", 3.5, 25),
    "[prod] Error rate above 5% on payments-service": (10234590, "payments-service", "P1", 2, 40),
    "[prod] Disk space low on {{host.name}}": (10234612, "postgres-main", "P2", 1.6, 180),
    "[prod] Kafka consumer lag high": (10234630, "order-events", "P3", 2.8, 35),
    "[prod] Pod restarts in search-indexer": (10234655, "search-indexer", "", 2.2, 12),
    "[staging] Synthetic check failing: login flow": (10234671, "auth-service", "P4", 1.8, 60),
    "[prod] Memory usage above 90% on {{host.name}}": (10234689, "search-indexer", "", 2.4, 22),
}


def _datadog_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14702)
    names = list(_DD_MONITORS)
    weights = [_DD_MONITORS[n][3] for n in names]
    start = pd.Timestamp("2024-01-01")
    span = (pd.Timestamp("2024-06-30 23:00") - start).total_seconds()
    rows = []

    def row(t: pd.Timestamp, name: str, transition: str, host: str, dur: Any) -> dict[str, Any]:
        mid, service, prio, _w, _m = _DD_MONITORS[name]
        return {
            "date": t.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "monitor_id": mid,
            "monitor_name": name,
            "transition": transition,
            "priority": prio,
            "service": service,
            "env": "staging" if name.startswith("[staging]") else "prod",
            "host": host,
            "duration_s": dur,
        }

    for _ in range(1150):
        name = _one(rng, names, weights)
        t = start + pd.Timedelta(seconds=int(rng.uniform(0, span)))
        service = _DD_MONITORS[name][1]
        host = f"ip-10-0-{int(rng.integers(1, 40))}-{int(rng.integers(2, 250))}.{service}"
        if rng.random() < 0.25:
            rows.append(row(t - pd.Timedelta(minutes=int(rng.integers(2, 15))), name, "Warn", host, ""))
        if rng.random() < 0.04:
            rows.append(row(t, name, "No Data", host, ""))
            continue
        rows.append(row(t, name, "Triggered", host, ""))
        if rng.random() < 0.94:
            secs = int(60 * rng.gamma(1.5, _DD_MONITORS[name][4] / 1.5)) + 60
            rows.append(row(t + pd.Timedelta(seconds=secs), name, "Recovered", host, secs))
    frame = pd.DataFrame(rows)
    return frame.sort_values("date", ascending=False, kind="stable").reset_index(drop=True)


def _dd_triggered(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["transition"] == "Triggered"]


def _dd_top(col: str, only_triggered: bool) -> Callable[[pd.DataFrame], str]:
    return lambda d: _top((_dd_triggered(d) if only_triggered else d)[col].value_counts())


def _dd_duration(how: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(getattr(pd.to_numeric(d["duration_s"], errors="coerce").dropna(), how)())


def _dd_p1_april(only_triggered: bool) -> Callable[[pd.DataFrame], int]:
    def value(d: pd.DataFrame) -> int:
        x = _dd_triggered(d) if only_triggered else d
        month = pd.to_datetime(x["date"], utc=True).dt.month
        return int(((x["priority"] == "P1") & (month == 4)).sum())

    return value


_DATADOG_QS = [
    Q("how many alerts fired?", _count(lambda d: len(_dd_triggered(d))), ("transition", "date")),
    Q(
        "which monitor goes off the most",
        either(_lead(_named(_dd_top("monitor_name", True))), _lead(_named(_dd_top("monitor_name", False)))),
        ("monitor_name", "monitor_id", "transition"),
    ),
    Q(
        "and which service has the most alerts",
        either(_lead(_named(_dd_top("service", True))), _lead(_named(_dd_top("service", False)))),
        ("service", "transition"),
    ),
    Q(
        "how long do alerts usually last before they recover",
        either(*(_scaled(_dd_duration(how), (60, 3600), rel=0.01) for how in ("mean", "median"))),
        ("duration_s", "transition"),
    ),
    Q(
        "how many p1 alerts were there in april",
        either(_count(_dd_p1_april(True)), _count(_dd_p1_april(False))),
        ("priority", "date", "transition"),
    ),
    Q(
        "how many events have no priority set?",
        either(
            _count(lambda d: int(d["priority"].isna().sum())),
            _count(lambda d: int(_dd_triggered(d)["priority"].isna().sum())),
        ),
        ("priority", "transition"),
    ),
]


# --- 3. Zettle sales report -----------------------------------------------------------------------------------------

# product: (category, unit price, weight, variants)
_ZT_PRODUCTS: dict[str, tuple[str, float, float, list[str]]] = {
    "Flat White": ("Coffee", 3.40, 9, ["Regular", "Large"]),
    "Latte": ("Coffee", 3.60, 7, ["Regular", "Large"]),
    "Americano": ("Coffee", 2.90, 5, ["Regular", "Large"]),
    "Cappuccino": ("Coffee", 3.50, 4, ["Regular", "Large"]),
    "English Breakfast Tea": ("Tea", 2.50, 3, [""]),
    "Croissant": ("Bakery", 2.80, 5, [""]),
    "Cinnamon Bun": ("Bakery", 3.20, 4, [""]),
    "Banana Bread": ("Bakery", 3.00, 2.5, [""]),
    "Avocado Toast": ("Food", 8.50, 2, [""]),
    "Bacon Sandwich": ("Food", 6.50, 2.2, [""]),
    "Coffee Beans 250g": ("Retail", 11.00, 0.6, ["Espresso", "Filter"]),
    "Custom amount": ("", 0.0, 0.5, [""]),
}
_ZT_STAFF = {"Emma": 1.4, "Josh": 1.0, "Priya": 0.9, "Tom": 0.6}


def _zettle_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14703)
    products = list(_ZT_PRODUCTS)
    weights = [_ZT_PRODUCTS[p][2] for p in products]
    days = pd.date_range("2024-01-01", "2024-06-30", freq="D")
    rows = []
    receipt = 10481
    for _ in range(1450):
        day = days[int(rng.integers(len(days)))]
        if day.day_of_week == 6 and rng.random() < 0.5:
            day = day - pd.Timedelta(days=1)
        hour = int(
            rng.choice([7, 8, 9, 10, 11, 12, 13, 14, 15, 16], p=np.array([6, 14, 14, 11, 9, 13, 12, 8, 7, 6]) / 100)
        )
        time = f"{hour:02d}:{int(rng.integers(0, 60)):02d}"
        cash = rng.random() < (0.22 if day.day_of_week >= 5 else 0.14)
        staff = _one(rng, list(_ZT_STAFF), list(_ZT_STAFF.values()))
        device = _one(rng, ["iPad Counter", "iPad Counter", "Zettle Terminal"])
        card = "" if cash else _one(rng, ["VISA", "MASTERCARD", "AMEX", "MAESTRO"], [6, 4, 0.8, 0.6])
        refund = rng.random() < 0.02
        n_lines = 1 + int(rng.poisson(1.0 if day.day_of_week < 5 else 1.6))
        for _line in range(n_lines):
            product = _one(rng, products, weights)
            cat, price, _w, variants = _ZT_PRODUCTS[product]
            variant = _one(rng, variants)
            if product == "Custom amount":
                price = float(rng.choice([1.0, 2.5, 5.0, 12.0]))
            elif variant == "Large":
                price += 0.5
            qty = 1 + int(rng.random() < 0.15)
            discount = round(0.1 * price * qty, 2) if rng.random() < 0.05 else 0.0
            total = round(price * qty - discount, 2)
            if refund:
                qty, total = -qty, -total
            rows.append(
                {
                    "Date": day.strftime("%Y-%m-%d"),
                    "Time": time,
                    "Receipt number": receipt,
                    "Product": product,
                    "Variant": variant,
                    "Category": cat,
                    "Quantity": qty,
                    "Unit price": round(price, 2),
                    "Discount": discount,
                    "Total": total,
                    "VAT rate": "0%" if cat in ("Bakery", "Retail") else "20%",
                    "Payment method": "Cash" if cash else "Card",
                    "Card type": card,
                    "Staff": staff,
                    "Device": device,
                }
            )
        receipt += 1
    frame = pd.DataFrame(rows)
    frame["_k"] = frame["Date"] + " " + frame["Time"]
    return frame.sort_values("_k", kind="stable").drop(columns="_k").reset_index(drop=True)


def _zt(d: pd.DataFrame, saturday: bool = False) -> pd.DataFrame:
    if saturday:
        d = d[pd.to_datetime(d["Date"]).dt.day_of_week == 5]
    return d


def _zt_sales(positive: bool, saturday: bool = False) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = _zt(d, saturday)
        return float(x.loc[x["Total"] > 0, "Total"].sum() if positive else x["Total"].sum())

    return value


def _zt_receipts(positive: bool, saturday: bool = False) -> Callable[[pd.DataFrame], int]:
    def value(d: pd.DataFrame) -> int:
        x = _zt(d, saturday)
        return int(x.loc[x["Total"] > 0, "Receipt number"].nunique() if positive else x["Receipt number"].nunique())

    return value


def _zt_avg(saturday: bool) -> Check:
    return either(
        *(
            _about(lambda d, p=p, q=q: _zt_sales(p, saturday)(d) / _zt_receipts(q, saturday)(d))
            for p in (True, False)
            for q in (True, False)
        )
    )


def _zt_cash_share(by_amount: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        cash = d["Payment method"] == "Cash"
        if by_amount:
            return float(d.loc[cash, "Total"].sum() / d["Total"].sum())
        return float(d.loc[cash, "Receipt number"].nunique() / d["Receipt number"].nunique())

    return value


_ZT_USES = ("Total", "Receipt number", "Date", "Quantity")

_ZETTLE_QS = [
    Q("what were our total sales", either(_money(_zt_sales(False)), _money(_zt_sales(True))), ("Total", "Date")),
    Q(
        "how many transactions did we have",
        either(_count(_zt_receipts(False)), _count(_zt_receipts(True))),
        ("Receipt number", "Date", "Total"),
    ),
    Q(
        "whats our best selling item",
        either(
            _lead(_named(lambda d: _top(d.groupby("Product")["Quantity"].sum()))),
            _lead(_named(lambda d: _top(d.groupby("Product")["Total"].sum()))),
        ),
        ("Product", "Quantity", "Total", "Variant"),
    ),
    Q(
        "what share of sales is paid in cash?",
        either(_share(_zt_cash_share(True)), _share(_zt_cash_share(False))),
        ("Payment method", "Total", "Receipt number"),
    ),
    Q("average spend per transaction", _zt_avg(False), _ZT_USES),
    Q("and on saturdays?", _zt_avg(True), _ZT_USES),
]


# --- 4. TikTok Ads Manager campaign report --------------------------------------------------------------------------

# campaign: (id, objective, start, end, daily budget, cpm, ctr, cvr)
_TT_CAMPAIGNS: dict[str, tuple[int, str, str, str, float, float, float, float]] = {
    "Spring Drop 2024 - Conversions": (
        1789234561230017,
        "Website conversions",
        "2024-03-01",
        "2024-05-15",
        240,
        7.5,
        0.011,
        0.045,
    ),
    "Always On - Prospecting": (
        1789234561230042,
        "Website conversions",
        "2024-01-01",
        "2024-06-30",
        120,
        6.2,
        0.009,
        0.028,
    ),
    "Retargeting - Cart Abandoners": (
        1789234561230077,
        "Website conversions",
        "2024-01-15",
        "2024-06-30",
        60,
        11.0,
        0.016,
        0.085,
    ),
    "Brand Awareness Q1": (1789234561230091, "Reach", "2024-01-01", "2024-03-31", 150, 3.1, 0.004, 0.006),
    "UGC Creators Test": (1789234561230105, "Traffic", "2024-02-10", "2024-04-20", 90, 5.4, 0.014, 0.018),
    "Summer Sale Teaser": (1789234561230133, "Video views", "2024-05-20", "2024-06-30", 200, 4.0, 0.007, 0.012),
}


def _tiktok_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14704)
    rows = []
    for name, (cid, objective, start, end, budget, cpm, ctr, cvr) in _TT_CAMPAIGNS.items():
        for day in pd.date_range(start, end, freq="D"):
            if rng.random() < 0.04:
                continue
            cost = round(float(budget * rng.uniform(0.7, 1.05)), 2)
            impressions = int(cost / (cpm * rng.uniform(0.8, 1.25)) * 1000)
            clicks = int(rng.binomial(impressions, ctr * rng.uniform(0.7, 1.3)))
            conv = int(rng.binomial(clicks, min(cvr * rng.uniform(0.6, 1.4) * (1 + cost / 800), 0.9)))
            rows.append(
                {
                    "By Day": day.strftime("%Y-%m-%d"),
                    "Campaign name": name,
                    "Campaign ID": str(cid),
                    "Primary status": "Active" if end == "2024-06-30" else "Completed",
                    "Objective": objective,
                    "Currency": "USD",
                    "Cost": cost,
                    "Impressions": impressions,
                    "Reach": int(impressions * rng.uniform(0.55, 0.8)),
                    "Clicks (destination)": clicks,
                    "CTR (destination)": f"{100 * clicks / impressions:.2f}%",
                    "CPC (destination)": round(cost / clicks, 2) if clicks else "-",
                    "CPM": round(1000 * cost / impressions, 2),
                    "Conversions": conv,
                    "Cost per conversion": round(cost / conv, 2) if conv else "-",
                    "Video views": int(impressions * rng.uniform(0.2, 0.45)),
                }
            )
    frame = pd.DataFrame(rows).sort_values(["By Day", "Campaign name"], kind="stable").reset_index(drop=True)
    cost, imp, clk, conv = (frame[c].sum() for c in ("Cost", "Impressions", "Clicks (destination)", "Conversions"))
    total = {c: "-" for c in frame.columns}
    total |= {"Campaign name": f"Total of {len(_TT_CAMPAIGNS)} campaigns", "Currency": "USD", "Cost": round(cost, 2)}
    total |= {"Impressions": imp, "Clicks (destination)": clk, "Conversions": conv, "Reach": "-"}
    total |= {"CTR (destination)": f"{100 * clk / imp:.2f}%", "CPM": round(1000 * cost / imp, 2)}
    total |= {"Cost per conversion": round(cost / conv, 2), "Video views": frame["Video views"].sum()}
    return pd.concat([frame, pd.DataFrame([total])], ignore_index=True)


def _tt(d: pd.DataFrame) -> pd.DataFrame:
    """The daily rows, numbers parsed, without the total row."""
    x = d[~d["Campaign name"].astype(str).str.startswith("Total of")].copy()
    for c in ("Cost", "Impressions", "Clicks (destination)", "Conversions", "CTR (destination)", "Cost per conversion"):
        x[c] = _num(x[c])
    x["_day"] = pd.to_datetime(x["By Day"])
    return x


def _tt_peak_month(d: pd.DataFrame) -> pd.Timestamp:
    x = _tt(d)
    return pd.Timestamp(str(_top(x.groupby(x["_day"].dt.to_period("M"))["Cost"].sum())))


_TIKTOK_QS = [
    Q("how much have we spent on tiktok ads", _money(lambda d: _tt(d)["Cost"].sum()), ("Cost", "Campaign name")),
    Q(
        "which campaign brought in the most conversions",
        _lead(_named(lambda d: _top(_tt(d).groupby("Campaign name")["Conversions"].sum()))),
        ("Campaign name", "Conversions"),
    ),
    Q(
        "whats our cost per conversion overall?",
        either(
            _about(lambda d: _tt(d)["Cost"].sum() / _tt(d)["Conversions"].sum()),
            _about(lambda d: _tt(d)["Cost per conversion"].mean()),
        ),
        ("Cost", "Conversions", "Cost per conversion"),
    ),
    Q(
        "average click through rate",
        either(
            _share(lambda d: _tt(d)["Clicks (destination)"].sum() / _tt(d)["Impressions"].sum()),
            _share(lambda d: _tt(d)["CTR (destination)"].mean() / 100),
        ),
        ("CTR (destination)", "Clicks (destination)", "Impressions"),
    ),
    Q("which month did we spend the most", _month_year(_tt_peak_month), ("By Day", "Cost")),
    Q(
        "do days with more spend get more conversions",
        _corr(lambda d: _tt(d)["Cost"], lambda d: _tt(d)["Conversions"]),
        ("Cost", "Conversions", "By Day"),
    ),
]


# --- 5. INSEE births and deaths by region ---------------------------------------------------------------------------

# REG: (name, population in millions, births and deaths per 1,000, extra 2020 deaths)
_IN_REGIONS: dict[str, tuple[str, float, float, float, float]] = {
    "11": ("Île-de-France", 12.2, 14.6, 6.1, 0.17),
    "24": ("Centre-Val de Loire", 2.57, 10.6, 10.4, 0.06),
    "27": ("Bourgogne-Franche-Comté", 2.8, 9.9, 11.1, 0.09),
    "28": ("Normandie", 3.3, 10.4, 10.3, 0.05),
    "32": ("Hauts-de-France", 6.0, 12.1, 9.3, 0.09),
    "44": ("Grand Est", 5.55, 10.4, 9.7, 0.16),
    "52": ("Pays de la Loire", 3.75, 11.4, 8.7, 0.04),
    "53": ("Bretagne", 3.3, 10.1, 10.0, 0.03),
    "75": ("Nouvelle-Aquitaine", 5.95, 9.4, 10.8, 0.04),
    "76": ("Occitanie", 5.85, 10.3, 9.7, 0.06),
    "84": ("Auvergne-Rhône-Alpes", 7.9, 11.7, 8.4, 0.11),
    "93": ("Provence-Alpes-Côte d'Azur", 5.05, 11.1, 10.1, 0.08),
    "94": ("Corse", 0.34, 8.7, 9.6, 0.05),
    "01": ("Guadeloupe", 0.39, 12.5, 8.0, 0.04),
    "02": ("Martinique", 0.36, 10.8, 9.0, 0.03),
    "03": ("Guyane", 0.28, 26.0, 3.4, 0.05),
    "04": ("La Réunion", 0.85, 15.8, 5.7, 0.02),
    "06": ("Mayotte", 0.28, 36.0, 2.6, 0.03),
}


def _insee_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14705)
    years = list(range(2000, 2024))
    rows = []
    for reg, (name, pop, br, dr, covid) in _IN_REGIONS.items():
        for y in years:
            if reg == "06" and y < 2014:
                rows.append({"REG": reg, "Région": name, "Année": y, "Naissances": None, "Décès": None})
                continue
            trend_b = 1 + 0.004 * (y - 2000) if y <= 2010 else 1.04 - 0.011 * (y - 2010)
            if y >= 2021:
                trend_b -= 0.01 * (y - 2020)
            trend_d = 1 + 0.009 * (y - 2000) + (covid if y == 2020 else 0.04 if y in (2021, 2022) else 0)
            if y == 2003:
                trend_d += 0.03
            growth = 1 + 0.004 * (y - 2000)
            births = pop * br * trend_b * growth * 1000 * rng.uniform(0.985, 1.015)
            deaths = pop * dr * trend_d * growth * 1000 * rng.uniform(0.985, 1.015)
            rows.append({"REG": reg, "Région": name, "Année": y, "Naissances": round(births), "Décès": round(deaths)})
    frame = pd.DataFrame(rows)
    totals = []
    for code, label, keep in (("FM", "France métropolitaine", lambda r: int(r) > 10), ("FR", "France", lambda r: True)):
        sub = frame[frame["REG"].map(keep)]
        sums = sub.groupby("Année")[["Naissances", "Décès"]].sum().reset_index()
        sums.insert(0, "Région", label)
        sums.insert(0, "REG", code)
        totals.append(sums)
    frame = pd.concat([frame, *totals], ignore_index=True)
    frame["Naissances"] = frame["Naissances"].astype("Int64")
    frame["Décès"] = frame["Décès"].astype("Int64")
    frame["Statut"] = np.where(frame["Année"] == 2023, "provisoire", "définitif")
    return frame.sort_values(["Année", "REG"], kind="stable").reset_index(drop=True)


def _in_regions(d: pd.DataFrame) -> pd.DataFrame:
    return d[~d["REG"].astype(str).isin(["FM", "FR"])]


def _in_value(region: str, year: int, col: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(d.loc[(d["Région"] == region) & (d["Année"] == year), col].iloc[0])


def _in_births_2022(from_regions: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = d[d["Année"] == 2022]
        if from_regions:
            return float(_in_regions(x)["Naissances"].sum())
        return float(x.loc[x["REG"].astype(str) == "FR", "Naissances"].iloc[0])

    return value


def _in_fewest_births(d: pd.DataFrame) -> int:
    fr = d[d["REG"].astype(str) == "FR"]
    return int(fr.loc[fr["Naissances"].idxmin(), "Année"])


_IN_USES = ("REG", "Région", "Année")

_INSEE_QS = [
    Q(
        "how many babies were born in france in 2022?",
        either(_count(_in_births_2022(False)), _count(_in_births_2022(True))),
        (*_IN_USES, "Naissances"),
    ),
    Q(
        "which region had the most deaths in 2020",
        _lead(_named(lambda d: _top(_in_regions(d[d["Année"] == 2020]).set_index("Région")["Décès"]))),
        (*_IN_USES, "Décès"),
    ),
    Q(
        "how many regions had more deaths than births in 2023",
        _count(lambda d: int((lambda x: (x["Décès"] > x["Naissances"]).sum())(_in_regions(d[d["Année"] == 2023])))),
        (*_IN_USES, "Naissances", "Décès", "Statut"),
    ),
    Q("what year had the fewest births nationally", _year(_in_fewest_births), (*_IN_USES, "Naissances")),
    Q(
        "how much did deaths in grand est go up from 2019 to 2020",
        either(
            _pct(lambda d: _in_value("Grand Est", 2020, "Décès")(d) / _in_value("Grand Est", 2019, "Décès")(d) - 1),
            _count(lambda d: _in_value("Grand Est", 2020, "Décès")(d) - _in_value("Grand Est", 2019, "Décès")(d)),
        ),
        (*_IN_USES, "Décès"),
    ),
    Q(
        "compare births in île-de-france and hauts-de-france in 2010",
        has(
            _in_value("Île-de-France", 2010, "Naissances"),
            _in_value("Hauts-de-France", 2010, "Naissances"),
            rel=0.001,
        ),
        (*_IN_USES, "Naissances"),
    ),
]


# --- 6. City of Melbourne pedestrian counting system ----------------------------------------------------------------

# sensor name: (id, level, weekend factor, shape: "commute" or "retail" or "leisure")
_ML_SENSORS: dict[str, tuple[int, float, float, str]] = {
    "Bourke Street Mall (North)": (3, 2100, 1.15, "retail"),
    "Town Hall (West)": (4, 2300, 1.0, "retail"),
    "Princes Bridge": (5, 1700, 1.3, "leisure"),
    "Flinders Street Station Underpass": (6, 2500, 0.7, "commute"),
    "Melbourne Central": (9, 1900, 1.05, "retail"),
    "Southern Cross Station": (10, 1500, 0.35, "commute"),
    "Webb Bridge": (11, 260, 1.4, "leisure"),
}
_ML_SHAPES = {
    "commute": [2, 1, 1, 1, 2, 8, 30, 90, 100, 45, 30, 35, 45, 40, 32, 38, 70, 95, 55, 30, 22, 16, 10, 5],
    "retail": [5, 3, 2, 1, 1, 2, 8, 22, 45, 55, 70, 85, 100, 95, 88, 85, 82, 78, 60, 45, 38, 30, 18, 9],
    "leisure": [6, 4, 2, 1, 1, 2, 6, 15, 28, 40, 55, 68, 80, 85, 88, 90, 92, 100, 88, 70, 52, 36, 22, 11],
}


def _melbourne_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14706)
    days = pd.date_range("2019-02-01", "2019-02-28", freq="D")
    rows = []
    for day in days:
        weekend = day.day_of_week >= 5
        event = 1.35 if day == pd.Timestamp("2019-02-16") else 1.0  # White Night style Saturday
        for hour in range(24):
            for name, (sid, level, wk, shape) in _ML_SENSORS.items():
                if sid == 5 and day.day in (11, 12) and 2 <= hour <= 14:
                    continue  # sensor outage: hours missing from the file
                curve = _ML_SHAPES[shape][hour] / 100
                if weekend and shape == "commute":
                    curve = _ML_SHAPES["retail"][hour] / 100
                mean = level * curve * (wk if weekend else 1.0) * (event if shape != "commute" else 1.0)
                if event > 1 and hour >= 19:
                    mean *= 1.8
                count = int(rng.poisson(max(mean * rng.uniform(0.85, 1.15), 0.5)))
                t = day + pd.Timedelta(hours=hour)
                rows.append(
                    {
                        "Date_Time": t.strftime("%B %d, %Y %I:%M:%S %p"),
                        "Year": t.year,
                        "Month": t.strftime("%B"),
                        "Mdate": t.day,
                        "Day": t.strftime("%A"),
                        "Time": hour,
                        "Sensor_ID": sid,
                        "Sensor_Name": name,
                        "Hourly_Counts": count,
                    }
                )
    frame = pd.DataFrame(rows)
    frame.insert(0, "ID", 2887001 + rng.permutation(len(frame)))
    return frame


def _ml_day(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Date_Time"], format="%B %d, %Y %I:%M:%S %p").dt.normalize()


def _ml_peak_day(d: pd.DataFrame) -> pd.Timestamp:
    return pd.Timestamp(_ranked(d.groupby(_ml_day(d))["Hourly_Counts"].sum()).index[0])


def _ml_daily(sensor: str, how: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = d[d["Sensor_Name"] == sensor]
        return float(getattr(x.groupby(_ml_day(x))["Hourly_Counts"].sum(), how)())

    return value


def _ml_weekend(hourly: bool) -> Callable[[pd.DataFrame], list[float]]:
    def value(d: pd.DataFrame) -> list[float]:
        weekend = d["Day"].isin(["Saturday", "Sunday"])
        if hourly:
            return [float(d.loc[weekend, "Hourly_Counts"].mean()), float(d.loc[~weekend, "Hourly_Counts"].mean())]
        daily = d.groupby(_ml_day(d))["Hourly_Counts"].sum()
        wk = daily.index.day_of_week >= 5
        return [float(daily[wk].mean()), float(daily[~wk].mean())]

    return value


def _ml_town_hall_that_day(d: pd.DataFrame) -> int:
    peak = _ml_peak_day(d)
    x = d[(d["Sensor_Name"] == "Town Hall (West)") & (_ml_day(d) == peak)]
    return int(x["Hourly_Counts"].sum())


_ML_USES = ("Sensor_Name", "Sensor_ID", "Hourly_Counts", "Date_Time", "Mdate", "Day")

_MELBOURNE_QS = [
    Q(
        "which sensor counts the most people",
        either(
            _lead(_named(lambda d: _top(d.groupby("Sensor_Name")["Hourly_Counts"].sum()))),
            _lead(_named(lambda d: _top(d.groupby("Sensor_Name")["Hourly_Counts"].mean()))),
        ),
        ("Sensor_Name", "Sensor_ID", "Hourly_Counts"),
    ),
    Q(
        "whats the busiest time of day",
        _hour(lambda d: int(_top(d.groupby("Time")["Hourly_Counts"].sum()))),
        ("Time", "Hourly_Counts", "Date_Time"),
    ),
    Q(
        "how many people go through flinders street station underpass on a normal day?",
        either(
            _about(_ml_daily("Flinders Street Station Underpass", "mean"), rel=0.005),
            _about(_ml_daily("Flinders Street Station Underpass", "median"), rel=0.005),
        ),
        _ML_USES,
    ),
    Q(
        "are weekends busier than weekdays",
        either(_about(_ml_weekend(True)), _about(_ml_weekend(False), rel=0.005)),
        (*_ML_USES, "Time"),
    ),
    Q("which day had the highest total count", _day(_ml_peak_day), _ML_USES),
    Q("how many went past town hall (west) that day", _count(_ml_town_hall_that_day), _ML_USES),
]


# --- 7. HHS hospital capacity by state ------------------------------------------------------------------------------

# state: (inpatient beds, covid inpatient peak in Jan 2021, summer 2021 (delta) peak)
_HH_NAMES = {"CA": ("California",), "TX": ("Texas",), "FL": ("Florida",), "NY": ("New York",)}
_HH_NAMES |= {"PA": ("Pennsylvania",), "IL": ("Illinois",), "OH": ("Ohio",), "GA": ("Georgia",)}
_HH_NAMES |= {"AZ": ("Arizona",), "WA": ("Washington",)}
_HH_STATES: dict[str, tuple[int, int, int]] = {
    "CA": (60000, 21500, 8500),
    "TX": (58000, 14200, 13900),
    "FL": (52000, 7800, 17100),
    "NY": (45000, 9200, 2600),
    "PA": (33000, 6300, 3100),
    "IL": (28000, 4300, 2300),
    "OH": (27000, 5200, 3600),
    "GA": (20000, 5700, 6000),
    "AZ": (14000, 5100, 2400),
    "WA": (11000, 1200, 1700),
}


def _hhs_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14707)
    days = pd.date_range("2021-01-01", "2021-12-31", freq="D")
    t = np.arange(len(days))
    rows = []
    for state, (beds, winter, delta) in _HH_STATES.items():
        curve = winter * np.exp(-(((t - 10) / 38.0) ** 2)) + 0.12 * winter * np.exp(-(((t - 100) / 30.0) ** 2))
        curve = curve + delta * np.exp(-(((t - 235) / 28.0) ** 2)) + 0.5 * winter * np.exp(-(((t - 362) / 14.0) ** 2))
        curve = curve + 0.04 * winter
        for i, day in enumerate(days):
            total_beds = int(beds * rng.uniform(0.97, 1.02))
            covid = int(curve[i] * rng.uniform(0.95, 1.05))
            used = int(total_beds * rng.uniform(0.66, 0.74) + 0.5 * covid)
            used = min(used, total_beds - 50)
            icu_beds = int(total_beds * 0.12)
            icu_covid = int(covid * rng.uniform(0.22, 0.28))
            deaths = float(rng.poisson(covid * 0.011)) if rng.random() > 0.05 else np.nan
            coverage = int(rng.integers(150, 420)) if state in ("CA", "TX") else int(rng.integers(60, 260))
            rows.append(
                {
                    "state": state,
                    "date": day.strftime("%Y/%m/%d"),
                    "critical_staffing_shortage_today_yes": int(rng.integers(0, 40 + covid // 300)),
                    "critical_staffing_shortage_today_no": int(rng.integers(100, 300)),
                    "inpatient_beds": total_beds,
                    "inpatient_beds_coverage": coverage,
                    "inpatient_beds_used": used,
                    "inpatient_beds_used_covid": covid,
                    "inpatient_beds_used_covid_coverage": coverage,
                    "inpatient_beds_utilization": round(used / total_beds, 6),
                    "adult_icu_bed_utilization": round(min(0.6 + icu_covid / icu_beds * 0.5, 0.99), 6),
                    "total_staffed_adult_icu_beds": icu_beds,
                    "staffed_icu_adult_patients_confirmed_and_suspected_covid": icu_covid,
                    "deaths_covid": deaths,
                    "deaths_covid_coverage": coverage if deaths == deaths else np.nan,
                    "previous_day_admission_adult_covid_confirmed": int(covid * rng.uniform(0.09, 0.13)),
                }
            )
    frame = pd.DataFrame(rows)
    return frame.sort_values(["date", "state"], ascending=[False, True], kind="stable").reset_index(drop=True)


def _hh_peak(d: pd.DataFrame) -> pd.Timestamp:
    daily = d.groupby(pd.to_datetime(d["date"], format="%Y/%m/%d"))["inpatient_beds_used_covid"].sum()
    return pd.Timestamp(_ranked(daily).index[0])


def _hh_tx_util(how: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = d[d["state"] == "TX"]
        if how == "column":
            return float(x["inpatient_beds_utilization"].mean())
        return float(x["inpatient_beds_used"].sum() / x["inpatient_beds"].sum())

    return value


_HHS_QS = [
    Q(
        "which state had the most covid patients in the hospital on average",
        _lead(_named(lambda d: _top(d.groupby("state")["inpatient_beds_used_covid"].mean()), _HH_NAMES)),
        ("state", "inpatient_beds_used_covid", "date"),
    ),
    Q(
        "when did covid hospitalizations peak across these states",
        either(_day(_hh_peak), _month_year(_hh_peak)),
        ("date", "inpatient_beds_used_covid", "state"),
    ),
    Q(
        "whats the average bed occupancy in texas",
        either(_share(_hh_tx_util("column")), _share(_hh_tx_util("ratio"))),
        ("state", "inpatient_beds_utilization", "inpatient_beds_used", "inpatient_beds", "date"),
    ),
    Q(
        "how many covid deaths were reported in total",
        _scaled(lambda d: float(d["deaths_covid"].sum()), (1e3,), rel=0.002),
        ("deaths_covid", "state", "date"),
    ),
    Q(
        "how many rows are missing the deaths number?",
        _count(lambda d: int(d["deaths_covid"].isna().sum())),
        ("deaths_covid", "state", "date"),
    ),
    Q(
        "are covid patients in hospital related to covid deaths",
        _corr(lambda d: d["inpatient_beds_used_covid"], lambda d: d["deaths_covid"]),
        ("inpatient_beds_used_covid", "deaths_covid"),
    ),
]


HELDOUT147: list[Dataset] = [
    Dataset("sendgrid_email_activity", _sendgrid_frame, _SENDGRID_QS),
    Dataset("datadog_monitor_events", _datadog_frame, _DATADOG_QS),
    Dataset("zettle_sales_report", _zettle_frame, _ZETTLE_QS),
    Dataset("tiktok_ads_campaign_report", _tiktok_frame, _TIKTOK_QS),
    Dataset("insee_births_deaths_by_region", _insee_frame, _INSEE_QS),
    Dataset("melbourne_pedestrian_counts", _melbourne_frame, _MELBOURNE_QS),
    Dataset("hhs_hospital_capacity_by_state", _hhs_frame, _HHS_QS),
]
