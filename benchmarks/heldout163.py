"""HELDOUT163: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: an Amazon Ads sponsored products campaign report
(daily, January to June 2024) with Date as "Jan 05, 2024", "Portfolio name" (blank for some), Currency (USD),
"Campaign Name" ("SP - Yoga Mat - Auto"), Country, Status (ENABLED / PAUSED), "Targeting Type" (AUTO / MANUAL),
"Bidding strategy", Budget, Impressions, Clicks, "Click-Thru Rate (CTR)" as "0.4512%", Spend, "Cost Per Click
(CPC)", "7 Day Total Sales " (with its trailing space), "Total Advertising Cost of Sales (ACOS) " as "35.12%" (blank
without sales), "Total Return on Advertising Spend (ROAS)", "7 Day Total Orders (#)", "7 Day Total Units (#)" and
"7 Day Conversion Rate" as "8.3%"; an Expensify expense export of reimbursement reports (2023 to mid 2024, one row per
expense so report fields repeat) with "Report ID" ("R00A1B2C3"), "Report Name" ("March 2024 Travel"), "Report
Status" (Reimbursed, Approved, Processing, Open), Submitter (email), "Submitted Date" as "2024-03-15", "Reimbursed
Date" (blank until paid), "Expense Date", Merchant, Category (blank for a few), Tag (department), Amount (refunds
negative), Currency (USD), Reimbursable and Billable ("Yes"/"No") and Description; a Sentry Discover export of
performance transactions (one row per transaction name) with transaction ("/api/0/orders/{id}/" or "checkout.tasks
.send_receipt"), project, "transaction.op" (http.server, pageload, navigation, celery.task), "count()", "p50()",
"p75()", "p95()" in milliseconds, "failure_rate()" and "apdex()" as fractions, "count_unique(user)",
"user_misery()" and "tpm()"; a Strava bulk export activities.csv (2021-2023) with "Activity ID", "Activity Date" as
"Jan 5, 2021, 5:32:10 PM", "Activity Name", "Activity Type" (Run / Ride / Walk / Hike), "Activity Description"
(mostly blank), "Elapsed Time" in seconds, Distance in km, "Max Heart Rate", "Relative Effort", Commute
(true/false), "Activity Gear" (shoe or bike name, blank for some), Filename, then the second copies Strava writes:
"Elapsed Time" again and "Distance" again in metres (read back as "Elapsed Time.1" and "Distance.1"), "Moving Time",
"Max Speed", "Average Speed" and "Elevation Gain"; the FHFA HPI master file cut to ten states (1991-2023) with
hpi_type, hpi_flavor (purchase-only / all-transactions), frequency, level ("State"), place_name, place_id ("CA"), yr,
period (quarter 1-4), index_nsa and index_sa (blank for all-transactions); LAPD "Arrest Data from 2020 to Present"
with "Report ID", "Report Type" (BOOKING / RFC), "Arrest Date" as "03/15/2024 12:00:00 AM", Time (2215, blank for a
few), "Area ID", "Area Name", "Reporting District", Age, "Sex Code" (M/F), "Descent Code", "Charge Group Code",
"Charge Group Description" (blank for some), "Arrest Type Code" (F, M, I, D, O), Charge, "Charge Description",
Address (upper case, padded), "Cross Street", LAT and LON (0 for a few), "Booking Date" and "Booking Location"; and
OECD.Stat Revenue Statistics in long form (12 countries, 2000-2022, total government) with COU, Country, GOV,
Government, TAX (TOTALTAX, 1000, 1100, 1200, 2000, 3000, 4000, 5000, 6000), "Tax revenue", VAR (TAXGDP), Variable,
YEA, Year, "Unit Code", Unit, "PowerCode Code", PowerCode, "Reference Period Code", "Reference Period", Value (blank
for 2022 in two countries), "Flag Codes" and Flags ("Estimated value"). All are generated with fixed seeds
16301-16307.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _lead, _named, _pct, _share, _text
from .heldout42 import _ranked
from .heldout158 import _minutes
from .offline_eval import Check, Dataset, Q, corr_of, either
from .offline_eval import about as _about
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series, ascending: bool = False) -> str:
    """The best (or lowest) label of a score series (ties in label order)."""
    return str(_ranked(scores, ascending).index[0])


def _money(value: Callable[[pd.DataFrame], Any]) -> Check:
    """An amount in full or as thousands / millions ("$1.2M", "84.3k")."""
    return _scaled(value, (1e3, 1e6, 1e9))


def _num(s: pd.Series) -> pd.Series:
    """Numbers from text such as "$1,234.50", "35.12%" or blanks."""
    return pd.to_numeric(s.astype("string").str.replace(r"[$,%\s]", "", regex=True), errors="coerce")


_ORDINAL = {1: "first|1st", 2: "second|2nd", 3: "third|3rd", 4: "fourth|4th"}


def _quarter(value: Callable[[pd.DataFrame], tuple[int, int]]) -> Check:
    """A quarter of a year: "Q2 2023", "2023 Q2", "2023Q2", "2023-Q2" or "second quarter of 2023"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        y, q = value(df)
        patterns = [
            rf"\bQ{q}\s*(?:of\s*)?'?{y}\b",
            rf"\b{y}\s*[-/ ]?\s*Q{q}\b",
            rf"\b(?:{_ORDINAL[q]})\s+quarter\s+(?:of\s+)?{y}\b",
            rf"\b{y}\b[^.\n]{{0,20}}\b(?:quarter|period)\s*{q}\b",
        ]
        ok = any(re.search(p, answer, re.IGNORECASE) for p in patterns)
        return None if ok else f"missing quarter {y} Q{q}"

    return check


# --- 1. Amazon Ads sponsored products campaign report --------------------------------------------------------------

# campaign: portfolio, targeting, budget, impressions a day, ctr, cpc, conversion rate, price
_AZ_CAMPAIGNS = {
    "SP - Yoga Mat - Auto": ("Yoga", "AUTO", 50, 9000, 0.0035, 0.85, 0.09, 34.99),
    "SP - Yoga Mat - Exact": ("Yoga", "MANUAL", 80, 5000, 0.0062, 1.35, 0.13, 34.99),
    "SP - Yoga Mat - Broad": ("Yoga", "MANUAL", 40, 7000, 0.0041, 1.05, 0.07, 34.99),
    "SP - Resistance Bands - Auto": ("Bands", "AUTO", 30, 6000, 0.0030, 0.62, 0.10, 19.99),
    "SP - Resistance Bands - Phrase": ("Bands", "MANUAL", 35, 4000, 0.0055, 0.95, 0.12, 19.99),
    "SP - Foam Roller - Auto": ("", "AUTO", 25, 4500, 0.0028, 0.70, 0.06, 24.99),
    "SP - Foam Roller - Exact": ("", "MANUAL", 30, 2500, 0.0058, 1.10, 0.11, 24.99),
    "SP - Water Bottle - Auto": ("Accessories", "AUTO", 20, 8000, 0.0025, 0.45, 0.05, 14.99),
    "SP - Water Bottle - Competitor ASIN": ("Accessories", "MANUAL", 20, 3000, 0.0038, 0.75, 0.04, 14.99),
    "SP - Brand Defense": ("", "MANUAL", 15, 1500, 0.0110, 0.40, 0.18, 29.99),
}
_AZ_FMT = "%b %d, %Y"


def _amazon_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16301)
    rows = []
    for day in pd.date_range("2024-01-01", "2024-06-30", freq="D"):
        season = 1.0 + 0.25 * (day.month == 1) - 0.1 * (day.month == 6)
        for name, (portfolio, kind, budget, imp, ctr, cpc, cvr, price) in _AZ_CAMPAIGNS.items():
            if name.endswith("Competitor ASIN") and day.month >= 5:
                continue
            status = "PAUSED" if rng.random() < 0.03 else "ENABLED"
            impressions = 0 if status == "PAUSED" else int(rng.poisson(imp * season * rng.uniform(0.7, 1.3)))
            clicks = int(rng.binomial(impressions, ctr)) if impressions else 0
            spend = round(min(budget * 1.1, clicks * cpc * rng.uniform(0.85, 1.15)), 2)
            orders = int(rng.binomial(clicks, cvr)) if clicks else 0
            units = orders + int(rng.binomial(orders, 0.15)) if orders else 0
            sales = round(units * price, 2)
            rows.append(
                {
                    "Date": day.strftime(_AZ_FMT),
                    "Portfolio name": portfolio,
                    "Currency": "USD",
                    "Campaign Name": name,
                    "Country": "United States",
                    "Status": status,
                    "Targeting Type": kind,
                    "Bidding strategy": "Dynamic bids - down only" if kind == "AUTO" else "Dynamic bids - up and down",
                    "Budget": budget,
                    "Impressions": impressions,
                    "Clicks": clicks,
                    "Click-Thru Rate (CTR)": f"{100 * clicks / impressions:.4f}%" if impressions else "0.0000%",
                    "Spend": spend,
                    "Cost Per Click (CPC)": round(spend / clicks, 2) if clicks else 0.0,
                    "7 Day Total Sales ": sales,
                    "Total Advertising Cost of Sales (ACOS) ": f"{100 * spend / sales:.2f}%" if sales else "",
                    "Total Return on Advertising Spend (ROAS)": round(sales / spend, 2) if spend else 0.0,
                    "7 Day Total Orders (#)": orders,
                    "7 Day Total Units (#)": units,
                    "7 Day Conversion Rate": f"{100 * orders / clicks:.2f}%" if clicks else "0.00%",
                }
            )
    return pd.DataFrame(rows)


def _az(d: pd.DataFrame) -> pd.DataFrame:
    out = d.copy()
    out["_day"] = pd.to_datetime(out["Date"], format=_AZ_FMT)
    return out


def _az_ctr_best(by_rows: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        if by_rows:
            x = d[d["Impressions"] > 0]
            return _top(x.groupby("Targeting Type")["Click-Thru Rate (CTR)"].apply(lambda s: _num(s).mean()))
        g = d.groupby("Targeting Type")[["Clicks", "Impressions"]].sum()
        return _top(g["Clicks"] / g["Impressions"])

    return value


_AZ_SALES = "7 Day Total Sales "
_AZ_ACOS = "Total Advertising Cost of Sales (ACOS) "
_AMAZON_QS = [
    Q("how much have we spent on ads in total", _money(lambda d: float(d["Spend"].sum())), ("Spend",)),
    Q(
        "which campaign made the most sales",
        _lead(_named(lambda d: _top(d.groupby("Campaign Name")[_AZ_SALES].sum()))),
        ("Campaign Name", _AZ_SALES),
    ),
    Q(
        "what's our overall acos",
        either(
            _share(lambda d: float(d["Spend"].sum() / d[_AZ_SALES].sum())),
            _share(lambda d: float(_num(d[_AZ_ACOS]).mean() / 100)),
        ),
        ("Spend", _AZ_SALES, _AZ_ACOS),
    ),
    Q(
        "how many orders came in during march",
        _count(lambda d: int(_az(d).query("_day.dt.month == 3")["7 Day Total Orders (#)"].sum())),
        ("Date", "7 Day Total Orders (#)"),
    ),
    Q(
        "auto vs manual targeting - which gets the better click through rate?",
        either(_lead(_named(_az_ctr_best(False))), _lead(_named(_az_ctr_best(True)))),
        ("Targeting Type", "Click-Thru Rate (CTR)", "Clicks", "Impressions"),
    ),
    Q(
        "does spending more actually bring more sales",
        corr_of(lambda d: d["Spend"], lambda d: d[_AZ_SALES]),
        ("Spend", _AZ_SALES),
    ),
]


# --- 2. Expensify reimbursement reports ----------------------------------------------------------------------------

# category: weight, typical amount, spread, merchants
_EX_CATS = {
    "Meals": (6, 28, 0.6, ["Starbucks", "Chipotle", "Sweetgreen", "Panera Bread"]),
    "Airfare": (1.2, 420, 0.4, ["Delta Air Lines", "United Airlines", "Southwest Airlines"]),
    "Lodging": (1.5, 210, 0.35, ["Marriott", "Hilton Hotels", "Airbnb"]),
    "Ground Transportation": (4, 32, 0.7, ["Uber", "Lyft", "Hertz"]),
    "Office Supplies": (2, 45, 0.8, ["Amazon", "Staples", "Best Buy"]),
    "Software": (1, 60, 0.5, ["Adobe", "Zoom", "Notion"]),
    "Entertainment": (1, 150, 0.6, ["Topgolf", "The Capital Grille"]),
}
_EX_PEOPLE = {
    "maria.gonzalez@acme-corp.com": ("Sales", 3.0),
    "james.chen@acme-corp.com": ("Sales", 2.5),
    "priya.patel@acme-corp.com": ("Engineering", 1.2),
    "tom.becker@acme-corp.com": ("Marketing", 1.8),
    "aisha.johnson@acme-corp.com": ("Customer Success", 2.0),
    "lee.wong@acme-corp.com": ("Engineering", 0.8),
    "sam.ortiz@acme-corp.com": ("Operations", 1.0),
    "nina.kowalski@acme-corp.com": ("Marketing", 1.4),
}


def _expensify_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16302)
    rows = []
    cats = list(_EX_CATS)
    people = list(_EX_PEOPLE)
    months = pd.period_range("2023-01", "2024-06", freq="M")
    n = 0
    for month in months:
        for person in people:
            dept, activity = _EX_PEOPLE[person]
            if rng.random() > 0.55 + 0.12 * activity:
                continue
            n += 1
            rid = f"R00{n * 7919 % 16**6:06X}"
            submitted = month.to_timestamp(how="end").normalize() + pd.Timedelta(days=int(rng.integers(1, 6)))
            age = (pd.Timestamp("2024-07-10") - submitted).days
            status = _one(rng, ["Reimbursed", "Approved", "Processing", "Open"], [30 if age > 30 else 1, 2, 2, 1])
            paid = submitted + pd.Timedelta(days=int(rng.integers(3, 15)))
            kind = "Travel" if rng.random() < 0.4 else "Expenses"
            for _ in range(int(rng.poisson(3 * activity)) + 1):
                cat = _one(rng, cats, [v[0] for v in _EX_CATS.values()])
                _, typical, spread, merchants = _EX_CATS[cat]
                amount = round(float(typical * rng.lognormal(0, spread)), 2)
                if rng.random() < 0.02:
                    amount = -amount
                day = month.to_timestamp() + pd.Timedelta(days=int(rng.integers(0, month.days_in_month)))
                reimbursable = "No" if rng.random() < 0.12 else "Yes"
                rows.append(
                    {
                        "Report ID": rid,
                        "Report Name": f"{month.strftime('%B %Y')} {kind}",
                        "Report Status": status,
                        "Submitter": person,
                        "Submitted Date": submitted.strftime("%Y-%m-%d"),
                        "Reimbursed Date": paid.strftime("%Y-%m-%d") if status == "Reimbursed" else "",
                        "Expense Date": day.strftime("%Y-%m-%d"),
                        "Merchant": _one(rng, merchants),
                        "Category": "" if rng.random() < 0.03 else cat,
                        "Tag": dept,
                        "Amount": amount,
                        "Currency": "USD",
                        "Reimbursable": reimbursable,
                        "Billable": "Yes" if rng.random() < 0.15 else "No",
                        "Description": "" if rng.random() < 0.6 else f"{cat.lower()} - client visit",
                    }
                )
    return pd.DataFrame(rows)


def _ex_top_submitter(d: pd.DataFrame) -> str:
    return _top(d.groupby("Submitter")["Amount"].sum())


_EX_ID = ("Report ID", "Report Status", "Submitter")
_EXPENSIFY_QS = [
    Q(
        "how much money has been paid back so far",
        either(
            _money(lambda d: float(d.loc[_text(d["Report Status"]) == "Reimbursed", "Amount"].sum())),
            _money(
                lambda d: float(
                    d.loc[
                        (_text(d["Report Status"]) == "Reimbursed") & (_text(d["Reimbursable"]) == "Yes"), "Amount"
                    ].sum()
                )
            ),
        ),
        (*_EX_ID, "Amount", "Reimbursable", "Reimbursed Date"),
    ),
    Q(
        "what do people spend the most on",
        _lead(_named(lambda d: _top(d.groupby("Category")["Amount"].sum()))),
        ("Category", "Amount"),
    ),
    Q("how many reports are there", _count(lambda d: int(d["Report ID"].nunique())), _EX_ID),
    Q(
        "average meal expense?",
        _money(lambda d: float(d.loc[_text(d["Category"]) == "Meals", "Amount"].mean())),
        ("Category", "Amount"),
    ),
    Q(
        "who has expensed the most money",
        _lead(_named(_ex_top_submitter)),
        ("Submitter", "Amount"),
    ),
    Q(
        "how many of their expenses weren't reimbursable",
        _count(lambda d: int(((d["Submitter"] == _ex_top_submitter(d)) & (_text(d["Reimbursable"]) == "No")).sum())),
        ("Submitter", "Reimbursable", "Amount"),
    ),
]


# --- 3. Sentry performance transactions ----------------------------------------------------------------------------

# project: op, name patterns, typical p50 (ms), failure rate
_SN_PROJECTS = {
    "api-backend": ("http.server", ["/api/0/orders/{id}/", "/api/0/users/{id}/", "/api/0/cart/", "/api/0/search/"]),
    "web-frontend": ("pageload", ["/checkout", "/products/:slug", "/account", "/", "/cart", "/search"]),
    "web-frontend-nav": ("navigation", ["/products/:slug", "/orders/:id", "/settings"]),
    "worker": ("celery.task", ["checkout.tasks.send_receipt", "inventory.tasks.sync", "emails.tasks.digest"]),
    "payments": ("http.server", ["/v1/charges", "/v1/refunds", "/v1/webhooks/stripe"]),
}
_SN_BASE = {
    "http.server": (120, 0.02),
    "pageload": (1400, 0.005),
    "navigation": (600, 0.004),
    "celery.task": (900, 0.04),
}


def _sentry_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16303)
    rows = []
    seen = set()
    for project, (op, stems) in _SN_PROJECTS.items():
        base, fail = _SN_BASE[op]
        proj = "web-frontend" if project == "web-frontend-nav" else project
        for i in range(int(rng.integers(60, 110))):
            stem = _one(rng, stems)
            name = (
                f"{stem}v{i}"
                if op == "celery.task"
                else f"{stem.rstrip('/')}/{_one(rng, ['', 'items', 'detail', 'list', 'export', 'bulk'])}{i}"
            )
            if (proj, name) in seen:
                continue
            seen.add((proj, name))
            count = int(rng.lognormal(7, 1.6)) + 1
            p50 = float(base * rng.lognormal(0, 0.5))
            p75 = p50 * rng.uniform(1.2, 1.6)
            p95 = p75 * rng.uniform(1.5, 3.0)
            failure = float(np.clip(fail * rng.lognormal(0, 0.9) + p95 / 2e5, 0, 0.6))
            t = base * 2
            apdex = float(np.clip(1 - 0.5 * (p50 / (4 * t)) - 0.35 * (p95 > 4 * t) - failure, 0.2, 1.0))
            users = int(count * rng.uniform(0.05, 0.5)) if op in ("pageload", "navigation") else 0
            rows.append(
                {
                    "transaction": name,
                    "project": proj,
                    "transaction.op": op,
                    "count()": count,
                    "p50()": round(p50, 4),
                    "p75()": round(p75, 4),
                    "p95()": round(p95, 4),
                    "failure_rate()": round(failure, 6),
                    "apdex()": round(apdex, 4),
                    "count_unique(user)": users,
                    "user_misery()": round(float(np.clip((1 - apdex) * 0.6, 0, 1)), 6) if users else 0,
                    "tpm()": round(count / (14 * 24 * 60), 6),
                }
            )
    return pd.DataFrame(rows)


def _sn_fail(weighted: bool) -> Callable[[pd.DataFrame], Any]:
    def value(d: pd.DataFrame) -> Any:
        g = d.groupby("project")
        if weighted:
            return (g.apply(lambda x: (x["failure_rate()"] * x["count()"]).sum() / x["count()"].sum())).to_numpy()
        return g["failure_rate()"].mean().to_numpy()

    return value


def _shares_all(values: Callable[[pd.DataFrame], Any]) -> Check:
    def check(answer: str, df: pd.DataFrame) -> str | None:
        for w in np.atleast_1d(values(df)):
            why = _share(float(w))(answer, df)
            if why:
                return why
        return None

    return check


_SN_ID = ("transaction", "project", "transaction.op")
_SENTRY_QS = [
    Q(
        "which endpoint is the slowest",
        either(
            _lead(_named(lambda d: _top(d.set_index("transaction")["p95()"]))),
            _lead(_named(lambda d: _top(d.set_index("transaction")["p50()"]))),
            _lead(_named(lambda d: _top(d.set_index("transaction")["p75()"]))),
        ),
        (*_SN_ID, "p50()", "p75()", "p95()"),
    ),
    Q(
        "how many transactions in total",
        either(_count(lambda d: int(d["count()"].sum())), _count(lambda d: len(d))),
        (*_SN_ID, "count()"),
    ),
    Q(
        "average failure rate for each project",
        either(_shares_all(_sn_fail(False)), _shares_all(_sn_fail(True))),
        (*_SN_ID, "failure_rate()", "count()"),
    ),
    Q(
        "how many have an apdex below 0.7",
        _count(lambda d: int((d["apdex()"] < 0.7).sum())),
        (*_SN_ID, "apdex()"),
    ),
    Q(
        "what share of traffic is page loads",
        either(
            _share(lambda d: float(d.loc[d["transaction.op"] == "pageload", "count()"].sum() / d["count()"].sum())),
            _share(lambda d: float((d["transaction.op"] == "pageload").mean())),
        ),
        (*_SN_ID, "count()"),
    ),
    Q(
        "top 5 busiest ones",
        _all_named(lambda d: list(_ranked(d.set_index("transaction")["count()"]).index[:5])),
        (*_SN_ID, "count()", "tpm()"),
    ),
]


# --- 4. Strava activities export -----------------------------------------------------------------------------------

_ST_GEAR = {
    "Run": (["Nike Pegasus 39", "Brooks Ghost 15", "Saucony Endorphin Speed 3"], 9.0, 5.6, 55),
    "Ride": (["Canyon Endurace CF 7", "Trek FX 3 Disc"], 38.0, 2.1, 25),
    "Walk": (["Brooks Ghost 15", ""], 4.5, 12.0, 15),
    "Hike": ([""], 11.0, 13.5, 5),
}
_ST_COLUMNS = [
    "Activity ID",
    "Activity Date",
    "Activity Name",
    "Activity Type",
    "Activity Description",
    "Elapsed Time",
    "Distance",
    "Max Heart Rate",
    "Relative Effort",
    "Commute",
    "Activity Gear",
    "Filename",
    "Elapsed Time",
    "Moving Time",
    "Distance",
    "Max Speed",
    "Average Speed",
    "Elevation Gain",
]
_ST_FMT = "%b %d, %Y, %I:%M:%S %p"


def _strava_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16304)
    rows = []
    day = pd.Timestamp("2021-01-02 06:30")
    aid = 4581234567
    while day < pd.Timestamp("2023-12-31"):
        kind = _one(rng, list(_ST_GEAR), [v[3] for v in _ST_GEAR.values()])
        gears, km, minutes_per_km, _ = _ST_GEAR[kind]
        gear = _one(rng, gears, [3, 2, 1][: len(gears)])
        if kind == "Run" and day.year == 2021 and gear == "Saucony Endorphin Speed 3":
            gear = "Nike Pegasus 39"
        if rng.random() < 0.06:
            gear = ""
        dist = round(float(km * rng.lognormal(0, 0.35)), 2)
        moving = round(dist * minutes_per_km * 60 * rng.uniform(0.9, 1.1))
        elapsed = int(moving * rng.uniform(1.0, 1.15))
        start = day + pd.Timedelta(minutes=int(rng.integers(0, 600)))
        aid += int(rng.integers(20000, 900000))
        hr = "" if rng.random() < 0.25 else float(rng.integers(140, 190))
        stamp = f"{start:%b} {start.day}, {start.year}, {int(start.strftime('%I'))}:{start:%M:%S %p}"
        rows.append(
            [
                aid,
                stamp,
                f"{'Morning' if start.hour < 12 else 'Afternoon' if start.hour < 17 else 'Evening'} {kind}",
                kind,
                "" if rng.random() < 0.85 else "felt good",
                elapsed,
                dist,
                hr,
                int(dist * rng.uniform(3, 9)),
                "true" if kind == "Ride" and rng.random() < 0.3 else "false",
                gear,
                f"activities/{aid}.fit.gz",
                float(elapsed),
                float(moving),
                round(dist * 1000 + float(rng.uniform(-4, 4)), 1),
                round(float(rng.uniform(4, 15)), 1),
                round(dist * 1000 / moving, 3),
                round(float(dist * rng.uniform(2, 18)), 1),
            ]
        )
        day += pd.Timedelta(hours=int(rng.integers(14, 60)))
    return pd.DataFrame(rows, columns=_ST_COLUMNS)


def _st(d: pd.DataFrame, kind: str | None = "Run") -> pd.DataFrame:
    out = d.copy()
    out["_day"] = pd.to_datetime(out["Activity Date"], format=_ST_FMT)
    return out if kind is None else out[_text(out["Activity Type"]) == kind]


def _st_shoes(d: pd.DataFrame) -> list[float]:
    x = d[_text(d["Activity Gear"]).isin(_ST_GEAR["Run"][0])]
    return list(x.groupby("Activity Gear")["Distance"].sum().to_numpy())


def _st_month(by_count: bool) -> Callable[[pd.DataFrame], Any]:
    def value(d: pd.DataFrame) -> Any:
        x = _st(d)
        g = x.groupby(x["_day"].dt.to_period("M").astype(str))["Distance"]
        return pd.Period(_top(g.count() if by_count else g.sum())).to_timestamp()

    return value


def _st_pace(col: str, ratio: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = _st(d)
        if ratio:
            return float(x[col].sum() / 60 / x["Distance"].sum())
        return float((x[col] / 60 / x["Distance"]).mean())

    return value


_ST_ID = ("Activity ID", "Activity Date", "Activity Type")
_STRAVA_QS = [
    Q(
        "how many km have i put on each pair of running shoes",
        _about(_st_shoes),
        (*_ST_ID, "Activity Gear", "Distance", "Distance.1"),
    ),
    Q(
        "which bike have i ridden the most",
        either(
            _lead(_named(lambda d: _top(_st(d, "Ride").groupby("Activity Gear")["Distance"].sum()))),
            _lead(_named(lambda d: _top(_st(d, "Ride").groupby("Activity Gear")["Distance"].count()))),
        ),
        (*_ST_ID, "Activity Gear", "Distance", "Distance.1"),
    ),
    Q(
        "total running distance in 2022?",
        _about(lambda d: float(_st(d).query("_day.dt.year == 2022")["Distance"].sum())),
        (*_ST_ID, "Distance", "Distance.1"),
    ),
    Q(
        "how many activities don't have any gear",
        _count(lambda d: int((_text(d["Activity Gear"]) == "").sum())),
        (*_ST_ID, "Activity Gear"),
    ),
    Q(
        "which month did i run the most",
        either(_lead(_month_year(_st_month(False))), _lead(_month_year(_st_month(True)))),
        (*_ST_ID, "Distance", "Distance.1"),
    ),
    Q(
        "what's my average running pace",
        either(
            _minutes(_st_pace("Moving Time", True)),
            _minutes(_st_pace("Moving Time", False)),
            _minutes(_st_pace("Elapsed Time", True)),
            _minutes(_st_pace("Elapsed Time", False)),
        ),
        (*_ST_ID, "Distance", "Distance.1", "Moving Time", "Elapsed Time", "Elapsed Time.1", "Average Speed"),
    ),
]


# --- 5. FHFA house price index by state ----------------------------------------------------------------------------

# state: name, yearly growth before 2006, bust depth, yearly growth after 2012, pandemic boost
_FH_STATES = {
    "CA": ("California", 0.085, 0.38, 0.065, 0.12),
    "TX": ("Texas", 0.03, 0.04, 0.06, 0.14),
    "FL": ("Florida", 0.08, 0.42, 0.07, 0.22),
    "NY": ("New York", 0.065, 0.1, 0.04, 0.08),
    "OH": ("Ohio", 0.03, 0.12, 0.045, 0.13),
    "AZ": ("Arizona", 0.075, 0.45, 0.075, 0.2),
    "WA": ("Washington", 0.07, 0.25, 0.08, 0.1),
    "IL": ("Illinois", 0.045, 0.2, 0.035, 0.09),
    "CO": ("Colorado", 0.06, 0.08, 0.085, 0.1),
    "GA": ("Georgia", 0.045, 0.22, 0.065, 0.16),
}


def _fhfa_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16305)
    rows = []
    for code, (name, early, bust, late, boost) in _FH_STATES.items():
        level = 100.0
        path = []
        for yr in range(1991, 2024):
            for q in range(1, 5):
                t = yr + (q - 1) / 4
                if t < 2006:
                    g = early
                elif t < 2011.5:
                    g = -bust / 5.5
                elif t < 2020.5:
                    g = late
                elif t < 2022.5:
                    g = late + boost
                else:
                    g = 0.01
                level *= 1 + g / 4 + rng.normal(0, 0.004)
                season = 1 + 0.008 * np.sin(2 * np.pi * (q - 1.5) / 4)
                path.append((yr, q, level, season))
        for flavor in ("purchase-only", "all-transactions"):
            for yr, q, lvl, season in path:
                at = flavor == "all-transactions"
                value = lvl * (1.0 + (0.0 if not at else rng.normal(0, 0.01)))
                rows.append(
                    {
                        "hpi_type": "traditional",
                        "hpi_flavor": flavor,
                        "frequency": "quarterly",
                        "level": "State",
                        "place_name": name,
                        "place_id": code,
                        "yr": yr,
                        "period": q,
                        "index_nsa": round(value * season * (1.05 if at else 1), 2),
                        "index_sa": None if at else round(value, 2),
                    }
                )
    return pd.DataFrame(rows)


def _fh(d: pd.DataFrame, flavor: str, col: str = "index_nsa") -> pd.Series:
    """An index series keyed by (state, yr, period)."""
    x = d[_text(d["hpi_flavor"]) == flavor]
    return x.set_index(["place_id", "yr", "period"])[col]


_FH_READINGS = [("purchase-only", "index_nsa"), ("purchase-only", "index_sa"), ("all-transactions", "index_nsa")]


def _fh_growth(state: str, start: tuple[int, int], end: tuple[int, int], flavor: str, col: str) -> Callable:
    def value(d: pd.DataFrame) -> float:
        s = _fh(d, flavor, col)
        return float(s[(state, *end)] / s[(state, *start)] - 1)

    return value


def _fh_best(flavor: str, col: str) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        x = d[_text(d["hpi_flavor"]) == flavor]
        a = x[(x["yr"] == 2000) & (x["period"] == 1)].set_index("place_name")[col]
        b = x[(x["yr"] == 2023) & (x["period"] == 4)].set_index("place_name")[col]
        return _top(b / a)

    return value


def _fh_peak(flavor: str, col: str) -> Callable[[pd.DataFrame], tuple[int, int]]:
    def value(d: pd.DataFrame) -> tuple[int, int]:
        s = _fh(d, flavor, col).loc["TX"]
        yr, q = s.idxmax()
        return int(yr), int(q)

    return value


def _fh_more(flavor: str, col: str) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        g = {n: _fh_growth(c, (2013, 4), (2023, 4), flavor, col)(d) for c, n in (("OH", "Ohio"), ("NY", "New York"))}
        return max(g, key=lambda k: g[k])

    return value


_FH_ID = ("hpi_flavor", "place_name", "place_id", "yr", "period")
_FHFA_QS = [
    Q(
        "which state's house prices grew the most since 2000",
        either(*(_lead(_named(_fh_best(f, c))) for f, c in _FH_READINGS)),
        (*_FH_ID, "index_nsa", "index_sa"),
    ),
    Q(
        "what was california's index at the end of 2023",
        either(*(_about(lambda d, f=f, c=c: float(_fh(d, f, c)[("CA", 2023, 4)])) for f, c in _FH_READINGS)),
        (*_FH_ID, "index_nsa", "index_sa"),
    ),
    Q(
        "how much did prices go up in florida during 2022",
        either(*(_pct(_fh_growth("FL", (2021, 4), (2022, 4), f, c)) for f, c in _FH_READINGS)),
        (*_FH_ID, "index_nsa", "index_sa"),
    ),
    Q(
        "when did texas peak",
        either(*(_quarter(_fh_peak(f, c)) for f, c in _FH_READINGS)),
        (*_FH_ID, "index_nsa", "index_sa"),
    ),
    Q(
        "over the last 10 years did ohio or new york go up more",
        either(*(_lead(_named(_fh_more(f, c))) for f, c in _FH_READINGS)),
        (*_FH_ID, "index_nsa", "index_sa"),
    ),
    Q(
        "how many rows have no seasonally adjusted value",
        _count(lambda d: int(d["index_sa"].isna().sum())),
        (*_FH_ID, "index_sa"),
    ),
]


# --- 6. LAPD arrest data -------------------------------------------------------------------------------------------

_LA_AREAS = {
    1: ("Central", 9),
    2: ("Rampart", 5),
    3: ("Southwest", 5),
    6: ("Hollywood", 7),
    12: ("77th Street", 8),
    13: ("Newton", 5),
    14: ("Pacific", 4),
    15: ("N Hollywood", 4),
    18: ("Southeast", 6),
    19: ("Mission", 4),
    21: ("Topanga", 3),
}
# charge group code: description, weight, arrest type weights (F, M, I, D, O), charges
_LA_CHARGES = {
    "5": ("Burglary", 3, (9, 1, 0, 0, 0), [("459PC", "BURGLARY")]),
    "6": ("Larceny", 6, (2, 8, 0, 0, 0), [("484(A)PC", "THEFT PERSONAL PROP"), ("490.2PC", "PETTY THEFT")]),
    "4": ("Aggravated Assault", 7, (9, 1, 0, 0, 0), [("245(A)(1)PC", "ADW W/O FIREARM W/GBI")]),
    "8": ("Other Assaults", 6, (1, 9, 0, 0, 0), [("243(E)(1)PC", "BATTERY ON SPOUSE/EX SPOUSE/ETC")]),
    "16": ("Narcotic Drug Laws", 5, (4, 6, 0, 0, 0), [("11350(A)HS", "POSSESSION NARCOTIC CONTROLLED SUBSTANCE")]),
    "22": ("Driving Under Influence", 5, (0, 10, 0, 0, 0), [("23152(A)VC", "DRUNK DRIVING ALCOHOL/DRUGS")]),
    "24": ("Miscellaneous Other Violations", 6, (2, 6, 1, 0, 1), [("1203.2PC", "PROBATION VIOLATION")]),
    "27": ("Juvenile Offenses", 1, (0, 0, 0, 10, 0), [("602WI", "JUVENILE OFFENSE")]),
    "3": ("Robbery", 2, (10, 0, 0, 0, 0), [("211PC", "ROBBERY")]),
    "": ("", 2, (1, 3, 2, 0, 4), [("", "")]),
}
_LA_STREETS = ["6TH", "VERMONT", "FIGUEROA", "SUNSET", "WESTERN", "MAIN", "BROADWAY", "ALVARADO"]


def _la_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16306)
    rows = []
    areas = list(_LA_AREAS)
    codes = list(_LA_CHARGES)
    start = pd.Timestamp("2020-01-01")
    for i in range(4200):
        day = start + pd.Timedelta(days=int(rng.integers(0, 366 * 4 + 365)))
        area = _one(rng, areas, [v[1] for v in _LA_AREAS.values()])
        code = _one(rng, codes, [v[1] for v in _LA_CHARGES.values()])
        desc, _, types, charges = _LA_CHARGES[code]
        kind = _one(rng, ["F", "M", "I", "D", "O"], types)
        charge, charge_desc = _one(rng, charges)
        sex = "F" if rng.random() < 0.21 else "M"
        age = (
            int(rng.integers(12, 18)) if kind == "D" else int(np.clip(rng.gamma(6, 5.6) + 8 - 3 * (sex == "F"), 18, 80))
        )
        lat, lon = 34.05 + float(rng.normal(0, 0.08)), -118.3 + float(rng.normal(0, 0.1))
        if rng.random() < 0.01:
            lat, lon = 0.0, 0.0
        hour, minute = int(rng.integers(0, 24)), int(rng.integers(0, 60))
        booking = kind != "I" and rng.random() < 0.85
        rows.append(
            {
                "Report ID": 5900000 + i * 37 + int(rng.integers(0, 30)),
                "Report Type": "BOOKING" if booking else "RFC",
                "Arrest Date": day.strftime("%m/%d/%Y 12:00:00 AM"),
                "Time": None if rng.random() < 0.01 else hour * 100 + minute,
                "Area ID": area,
                "Area Name": _LA_AREAS[area][0],
                "Reporting District": area * 100 + int(rng.integers(1, 99)),
                "Age": age,
                "Sex Code": sex,
                "Descent Code": _one(rng, ["H", "B", "W", "O", "A", "X"], [48, 27, 15, 6, 3, 1]),
                "Charge Group Code": code,
                "Charge Group Description": desc,
                "Arrest Type Code": kind,
                "Charge": charge,
                "Charge Description": charge_desc,
                "Address": f"{int(rng.integers(1, 99)) * 100:>6}    {_one(rng, _LA_STREETS)}" + "  ST",
                "Cross Street": "" if rng.random() < 0.7 else _one(rng, _LA_STREETS) + " AV",
                "LAT": round(lat, 4),
                "LON": round(lon, 4),
                "Booking Date": day.strftime("%m/%d/%Y 12:00:00 AM") if booking else "",
                "Booking Location": "METRO - JAIL DIVISION" if booking else "",
            }
        )
    return pd.DataFrame(rows)


def _la_day(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Arrest Date"], format="%m/%d/%Y %I:%M:%S %p")


_LA_ID = ("Report ID", "Arrest Date")
_LA_QS = [
    Q("how many arrests were there in 2023", _count(lambda d: int((_la_day(d).dt.year == 2023).sum())), _LA_ID),
    Q(
        "which area has the most arrests",
        _lead(_named(lambda d: _top(d["Area Name"].value_counts()))),
        (*_LA_ID, "Area Name", "Area ID"),
    ),
    Q("what's the average age of people arrested", _about(lambda d: float(d["Age"].mean())), (*_LA_ID, "Age")),
    Q(
        "and for women?",
        _about(lambda d: float(d.loc[_text(d["Sex Code"]) == "F", "Age"].mean())),
        (*_LA_ID, "Age", "Sex Code"),
    ),
    Q(
        "what percent of arrests are felonies",
        _share(lambda d: float((_text(d["Arrest Type Code"]) == "F").mean())),
        (*_LA_ID, "Arrest Type Code"),
    ),
    Q(
        "top 3 types of charges",
        _all_named(lambda d: list(_ranked(d["Charge Group Description"].dropna().value_counts()).index[:3])),
        (*_LA_ID, "Charge Group Description", "Charge Group Code"),
    ),
]


# --- 7. OECD revenue statistics (tax revenue as % of GDP) ----------------------------------------------------------

# country code: name, total around 2000, trend a year, shares of (1100, 1200, 2000, 3000, 4000, 5000, 6000)
_OE_COUNTRIES = {
    "DNK": ("Denmark", 46.0, -0.05, (0.52, 0.06, 0.001, 0.005, 0.04, 0.32, 0.004)),
    "FRA": ("France", 43.5, 0.08, (0.18, 0.06, 0.33, 0.03, 0.09, 0.24, 0.07)),
    "DEU": ("Germany", 36.5, 0.07, (0.26, 0.05, 0.38, 0.0, 0.03, 0.27, 0.01)),
    "SWE": ("Sweden", 49.0, -0.2, (0.3, 0.06, 0.22, 0.1, 0.02, 0.29, 0.01)),
    "ITA": ("Italy", 40.5, 0.1, (0.26, 0.05, 0.3, 0.0, 0.06, 0.28, 0.05)),
    "GBR": ("United Kingdom", 33.0, 0.02, (0.27, 0.09, 0.19, 0.0, 0.12, 0.32, 0.01)),
    "USA": ("United States", 28.0, -0.05, (0.4, 0.07, 0.24, 0.0, 0.11, 0.18, 0.0)),
    "JPN": ("Japan", 25.5, 0.3, (0.18, 0.13, 0.4, 0.0, 0.08, 0.21, 0.0)),
    "CAN": ("Canada", 34.5, -0.03, (0.36, 0.11, 0.14, 0.02, 0.12, 0.23, 0.02)),
    "AUS": ("Australia", 30.5, -0.05, (0.39, 0.2, 0.0, 0.05, 0.09, 0.27, 0.0)),
    "KOR": ("Korea", 20.5, 0.3, (0.14, 0.16, 0.22, 0.0, 0.12, 0.35, 0.01)),
    "MEX": ("Mexico", 11.5, 0.2, (0.2, 0.24, 0.14, 0.02, 0.02, 0.38, 0.0)),
}
_OE_TAXES = {
    "TOTALTAX": "Total tax revenue",
    "1000": "1000 Taxes on income, profits and capital gains",
    "1100": "1100 Of individuals",
    "1200": "1200 Corporate",
    "2000": "2000 Social security contributions (SSC)",
    "3000": "3000 Taxes on payroll and workforce",
    "4000": "4000 Taxes on property",
    "5000": "5000 Taxes on goods and services",
    "6000": "6000 Other taxes",
}


def _oecd_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16307)
    rows = []
    for cou, (name, base, trend, shares) in _OE_COUNTRIES.items():
        mix = np.array(shares) / sum(shares)
        for year in range(2000, 2023):
            total = base + trend * (year - 2000) + float(rng.normal(0, 0.5)) - 0.8 * (year == 2009)
            parts = total * mix * rng.uniform(0.95, 1.05, len(mix))
            parts = parts * total / parts.sum()
            values = {
                "1100": parts[0],
                "1200": parts[1],
                "2000": parts[2],
                "3000": parts[3],
                "4000": parts[4],
                "5000": parts[5],
                "6000": parts[6],
            }
            values["1000"] = parts[0] + parts[1]
            values["TOTALTAX"] = float(parts.sum())
            missing = year == 2022 and cou in ("AUS", "JPN")
            for tax, label in _OE_TAXES.items():
                estimated = year == 2022 and not missing and rng.random() < 0.5
                rows.append(
                    {
                        "COU": cou,
                        "Country": name,
                        "GOV": "NES",
                        "Government": "Total",
                        "TAX": tax,
                        "Tax revenue": label,
                        "VAR": "TAXGDP",
                        "Variable": "Tax revenue as % of GDP",
                        "YEA": year,
                        "Year": year,
                        "Unit Code": "PC",
                        "Unit": "Percentage",
                        "PowerCode Code": 0,
                        "PowerCode": "Units",
                        "Reference Period Code": "",
                        "Reference Period": "",
                        "Value": None if missing else round(float(values[tax]), 3),
                        "Flag Codes": "E" if estimated else "",
                        "Flags": "Estimated value" if estimated else "",
                    }
                )
    return pd.DataFrame(rows)


def _oe(d: pd.DataFrame, tax: str, year: int) -> pd.Series:
    """Values of one tax in one year, by country name."""
    x = d[(d["TAX"].astype(str) == tax) & (d["Year"] == year)]
    return x.set_index("Country")["Value"].dropna()


def _oe_fra(d: pd.DataFrame, year: int) -> float:
    return float(_oe(d, "TOTALTAX", year)["France"])


_OE_ID = ("Country", "COU", "Year", "YEA", "TAX", "Tax revenue", "Value")
_OECD_QS = [
    Q(
        "which country had the highest tax to gdp ratio in 2021",
        _lead(_named(lambda d: _top(_oe(d, "TOTALTAX", 2021)))),
        _OE_ID,
    ),
    Q(
        "average tax burden across the countries that year",
        _about(lambda d: float(_oe(d, "TOTALTAX", 2021).mean())),
        _OE_ID,
    ),
    Q(
        "how much did france's total tax take change between 2000 and 2020",
        either(
            _about(lambda d: abs(_oe_fra(d, 2020) - _oe_fra(d, 2000))),
            _pct(lambda d: _oe_fra(d, 2020) / _oe_fra(d, 2000) - 1),
        ),
        _OE_ID,
    ),
    Q(
        "in 2020 who collected the most corporate tax relative to gdp",
        _lead(_named(lambda d: _top(_oe(d, "1200", 2020)))),
        _OE_ID,
    ),
    Q("how many values are missing", _count(lambda d: int(d["Value"].isna().sum())), _OE_ID),
    Q(
        "in 2021, do countries with higher property taxes also have higher total taxes?",
        corr_of(
            lambda d: _oe(d, "4000", 2021).sort_index(),
            lambda d: _oe(d, "TOTALTAX", 2021).sort_index(),
        ),
        _OE_ID,
    ),
]


HELDOUT163: list[Dataset] = [
    Dataset("amazon_ads_sponsored_products_report", _amazon_frame, _AMAZON_QS),
    Dataset("expensify_reimbursements_report", _expensify_frame, _EXPENSIFY_QS),
    Dataset("sentry_performance_transactions", _sentry_frame, _SENTRY_QS),
    Dataset("strava_gear_mileage_export", _strava_frame, _STRAVA_QS),
    Dataset("fhfa_house_price_index_by_state", _fhfa_frame, _FHFA_QS),
    Dataset("la_crime_arrests", _la_frame, _LA_QS),
    Dataset("oecd_tax_revenue_long", _oecd_frame, _OECD_QS),
]
