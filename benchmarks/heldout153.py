"""HELDOUT153: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a Brevo (Sendinblue) email campaigns report
(2022-2024) with "Campaign ID", "Campaign Name" (unique, e.g. "Newsletter March 2023 #2"), Subject, Tag (Newsletter /
Promo / Product update / Onboarding), Status (Sent, a few "Draft" and "Suspended" rows with blank dates and stats),
"Sent Date" as "14/03/2023 10:00", Recipients, Delivered, "Unique Opens", "Open Rate" as "23.45%", "Unique Clicks",
"Click Rate" as "2.10%", Unsubscribed, "Hard Bounces", "Soft Bounces" and Complaints; a Netlify usage export
(January to June 2024), one row per Date ("2024-01-01") and Site, with "Site ID" (uuid-like), Bandwidth with its
unit inside the value ("845.2 MB", "1.34 GB"), "Build minutes", Builds and "Function invocations", and a last
"All sites" total row with a blank Date; a Clover POS orders export (January to June 2024) with "Order ID"
(13-character codes), "Order Number", "Order Date" as "15-Mar-2024 12:34 PM EDT", "Order Employee Name", Currency,
"Tax Amount", Tip, Discount, "Order Total", "Payments Total", "Refunds Total", Tender (Credit Card / Cash / Debit
Card / Gift Card) and "Order Payment State" (Paid / Refunded / Partially Refunded / Open, Open orders unpaid); a
Coinbase transaction history (2021-2024, preamble removed) with ID, Timestamp as "2024-03-01 14:22:05 UTC",
"Transaction Type" (Buy, Advanced Trade Buy, Sell, Send, Receive, Convert, Rewards Income, Staking Income), Asset
(BTC, ETH, SOL, ADA, USDC), "Quantity Transacted" (negative for sells and sends), "Price Currency", "Price at
Transaction" as "$42,123.45", Subtotal, "Total (inclusive of fees and/or spread)" and "Fees and/or Spread" as "$1.99"
("-$" for sells, blank fees on income) and Notes; Statistics Canada table 14-10-0287 in long form (2023-01 to
2024-12) with REF_DATE "2024-01", GEO (Canada and the ten provinces), DGUID, "Labour force characteristics"
(Population, Labour force, Employment, Unemployment, "Unemployment rate"), Sex ("Both sexes", Males, Females), "Age
group", Statistics, "Data type", UOM (Persons / Percentage), UOM_ID, SCALAR_FACTOR ("thousands" / "units"),
SCALAR_ID, VECTOR, COORDINATE, VALUE (a few blanks with STATUS "x"), STATUS, SYMBOL, TERMINATED and DECIMALS; Chicago
Traffic Crashes (2023-2024) with CRASH_RECORD_ID, CRASH_DATE as "03/15/2024 05:42:00 PM", POSTED_SPEED_LIMIT,
WEATHER_CONDITION, LIGHTING_CONDITION, FIRST_CRASH_TYPE, CRASH_TYPE, HIT_AND_RUN_I ("Y" or blank), DAMAGE ("$500 OR
LESS", "$501 - $1,500", "OVER $1,500"), PRIM_CONTRIBUTORY_CAUSE (mostly "UNABLE TO DETERMINE"), STREET_NAME,
NUM_UNITS, MOST_SEVERE_INJURY, INJURIES_TOTAL, INJURIES_FATAL, INJURIES_INCAPACITATING, CRASH_HOUR,
CRASH_DAY_OF_WEEK (1 = Sunday), CRASH_MONTH, LATITUDE / LONGITUDE / LOCATION (some blank); and a WHO Global Health
Observatory export of TB incidence per 100 000 (2000-2022) with IndicatorCode, Indicator, ValueType,
ParentLocationCode, ParentLocation (the six WHO regions), "Location type", SpatialDimValueCode (ISO3), Location,
"Period type", Period, IsLatestYear, FactValueNumeric, FactValueNumericLow, FactValueNumericHigh, Value as "615
[498-743]", Language and DateModified, some country-years missing. All are generated with fixed seeds 15301-15307.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _pct, _share, _text
from .heldout42 import _ranked
from .offline_eval import DAY_WORDS, Check, Dataset, Q, corr_of, either, has
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
    """Numbers from a text column ("$1,234.50", "-$3.10", "23.4%", blanks as NaN)."""
    return pd.to_numeric(s.astype("string").str.replace(r"[$,%\s]", "", regex=True), errors="coerce")


def _weekday(value: Callable[[pd.DataFrame], int]) -> Check:
    """A weekday (pandas numbering, Monday = 0) by its name or short form."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        day = int(value(df))
        return None if re.search(rf"\b(?:{DAY_WORDS[day]})\b", answer, re.IGNORECASE) else f"missing weekday {day}"

    return check


def _hour(value: Callable[[pd.DataFrame], int]) -> Check:
    """An hour of the day: "17", "17:00", "5 pm", "5:00 PM", "5pm"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        h = int(value(df))
        twelve = h % 12 or 12
        half = "pm" if h >= 12 else "am"
        patterns = [rf"(?<![\d.:]){h}(?::00)?(?![\d.])", rf"(?<![\d.:]){twelve}(?::00)?\s*{half}\b"]
        ok = any(re.search(p, answer, re.IGNORECASE) for p in patterns)
        return None if ok else f"missing hour {h}"

    return check


# --- 1. Brevo campaign report --------------------------------------------------------------------------------------

_BV_TAGS = {
    "Newsletter": (0.27, 0.021),
    "Promo": (0.19, 0.024),
    "Product update": (0.31, 0.034),
    "Onboarding": (0.42, 0.06),
}
_BV_SUBJECTS = [
    "Your {m} roundup",
    "Last chance: 20% off",
    "New: dark mode is here",
    "Welcome aboard, {{contact.FIRSTNAME}}",
]
_BV_FMT = "%d/%m/%Y %H:%M"


def _brevo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15301)
    rows = []
    start = pd.Timestamp("2022-01-04 10:00")
    tags = list(_BV_TAGS)
    seen: dict[str, int] = {}
    for i in range(420):
        tag = _one(rng, tags, [5, 3, 1.5, 1])
        when = start + pd.Timedelta(days=int(rng.integers(0, 1090)), hours=int(rng.integers(0, 9)))
        status = _one(rng, ["Sent", "Draft", "Suspended"], [40, 1.5, 0.5])
        base = f"{tag} {when:%B %Y}"
        seen[base] = seen.get(base, 0) + 1
        name = f"{base} #{seen[base]}"
        row: dict[str, Any] = {
            "Campaign ID": 100 + i,
            "Campaign Name": name,
            "Subject": _BV_SUBJECTS[tags.index(tag)].replace("{m}", f"{when:%B}"),
            "Tag": tag,
            "Status": status,
        }
        if status != "Sent":
            row |= {k: "" for k in ("Sent Date", "Recipients", "Delivered", "Unique Opens", "Open Rate")}
            row |= {k: "" for k in ("Unique Clicks", "Click Rate", "Unsubscribed", "Hard Bounces", "Soft Bounces")}
            row["Complaints"] = ""
            rows.append(row)
            continue
        growth = 1 + (when - start).days / 900
        size = 800 if tag == "Onboarding" else 9000
        recipients = int(size * growth * float(rng.lognormal(0, 0.35)))
        hard = int(rng.binomial(recipients, 0.004))
        soft = int(rng.binomial(recipients, 0.008))
        delivered = recipients - hard - soft
        o, c = _BV_TAGS[tag]
        # bigger sends open a little worse
        o_rate = min(0.9, o * float(rng.lognormal(0, 0.15)) * (9000 / max(recipients, 500)) ** 0.08)
        opens = int(rng.binomial(delivered, o_rate))
        clicks = int(rng.binomial(opens, min(0.9, c / o * float(rng.lognormal(0, 0.25)))))
        unsub = int(rng.binomial(delivered, 0.0025 if tag == "Promo" else 0.0012))
        row |= {
            "Sent Date": when.strftime(_BV_FMT),
            "Recipients": recipients,
            "Delivered": delivered,
            "Unique Opens": opens,
            "Open Rate": f"{100 * opens / delivered:.2f}%",
            "Unique Clicks": clicks,
            "Click Rate": f"{100 * clicks / delivered:.2f}%",
            "Unsubscribed": unsub,
            "Hard Bounces": hard,
            "Soft Bounces": soft,
            "Complaints": int(rng.binomial(delivered, 0.0001)),
        }
        rows.append(row)
    return pd.DataFrame(rows)


def _bv(d: pd.DataFrame) -> pd.DataFrame:
    out = d.copy()
    out["_when"] = pd.to_datetime(out["Sent Date"], format=_BV_FMT, errors="coerce")
    out["_open"] = _num(out["Open Rate"]) / 100
    out["_sent"] = _text(out["Status"]) == "Sent"
    return out


def _bv_open(pooled: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = _bv(d)
        x = x[x["_sent"]]
        return float(x["Unique Opens"].sum() / x["Delivered"].sum()) if pooled else float(x["_open"].mean())

    return value


def _bv_best_tag(pooled: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        x = _bv(d)
        x = x[x["_sent"]]
        g = x.groupby("Tag")
        return _top(g["Unique Opens"].sum() / g["Delivered"].sum() if pooled else g["_open"].mean())

    return value


def _bv_unsub(year: int) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_bv(d).loc[lambda x: x["_when"].dt.year == year, "Unsubscribed"].sum())


_BV_ID = ("Campaign ID", "Campaign Name", "Status")
_BREVO_QS = [
    Q(
        "how many campaigns have we actually sent",
        _count(lambda d: int(_bv(d)["_sent"].sum())),
        (*_BV_ID, "Sent Date"),
    ),
    Q(
        "whats our average open rate",
        either(_share(_bv_open(False)), _share(_bv_open(True))),
        (*_BV_ID, "Open Rate", "Unique Opens", "Delivered"),
    ),
    Q(
        "which campaign got the most clicks",
        _lead(_named(lambda d: str(d.loc[pd.to_numeric(d["Unique Clicks"]).idxmax(), "Campaign Name"]))),
        (*_BV_ID, "Unique Clicks", "Subject"),
    ),
    Q(
        "how many people unsubscribed in 2023",
        _count(_bv_unsub(2023)),
        (*_BV_ID, "Unsubscribed", "Sent Date"),
    ),
    Q(
        "and in 2024?",
        _count(_bv_unsub(2024)),
        (*_BV_ID, "Unsubscribed", "Sent Date"),
    ),
    Q(
        "which type of email gets opened the most",
        either(_lead(_named(_bv_best_tag(False))), _lead(_named(_bv_best_tag(True)))),
        (*_BV_ID, "Tag", "Open Rate", "Unique Opens", "Delivered"),
    ),
]


# --- 2. Netlify bandwidth and build minutes usage ------------------------------------------------------------------

# site: (daily GB, daily build minutes, daily function invocations)
_NL_SITES = {
    "acme-marketing": (3.2, 6.0, 1200),
    "acme-docs": (1.1, 4.0, 0),
    "acme-app": (5.8, 14.0, 42000),
    "blog-acme": (0.6, 2.0, 300),
    "status-acme": (0.15, 0.5, 9000),
}


def _nl_bw(gb: float) -> str:
    return f"{gb:.2f} GB" if gb >= 1 else f"{gb * 1000:.1f} MB"


def _netlify_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15302)
    rows = []
    ids = {s: f"{int(rng.integers(16**7, 16**8)):08x}-{int(rng.integers(16**3, 16**4)):04x}-4c1e" for s in _NL_SITES}
    for day in pd.date_range("2024-01-01", "2024-06-30", freq="D"):
        weekday = 0.65 if day.dayofweek >= 5 else 1.0
        growth = 1 + 0.003 * (day - pd.Timestamp("2024-01-01")).days
        for site, (gb, mins, inv) in _NL_SITES.items():
            spike = 9.0 if site == "acme-marketing" and day == pd.Timestamp("2024-04-09") else 1.0
            bw = gb * weekday * growth * spike * float(rng.lognormal(0, 0.3))
            builds = int(rng.poisson(mins / 2 * (1.6 if day.month == 3 else 1.0) * (0.3 if day.dayofweek >= 5 else 1)))
            bmin = round(builds * float(rng.uniform(1.2, 2.8)), 1)
            rows.append(
                {
                    "Date": day.strftime("%Y-%m-%d"),
                    "Site": site,
                    "Site ID": ids[site],
                    "Bandwidth": _nl_bw(bw),
                    "Build minutes": bmin,
                    "Builds": builds,
                    "Function invocations": int(
                        inv * weekday * growth * float(rng.lognormal(0, 0.2)) * (bw / gb) ** 0.6
                    )
                    if inv
                    else 0,
                }
            )
    frame = pd.DataFrame(rows)
    total = _nl_gb(frame["Bandwidth"]).sum()
    rows.append(
        {
            "Date": "",
            "Site": "All sites",
            "Site ID": "",
            "Bandwidth": _nl_bw(float(total)),
            "Build minutes": round(float(frame["Build minutes"].sum()), 1),
            "Builds": int(frame["Builds"].sum()),
            "Function invocations": int(frame["Function invocations"].sum()),
        }
    )
    return pd.DataFrame(rows)


def _nl_gb(s: pd.Series) -> pd.Series:
    parts = s.astype("string").str.extract(r"([\d.]+)\s*(GB|MB)")
    return pd.to_numeric(parts[0]) * parts[1].map({"GB": 1.0, "MB": 0.001}).astype(float)


def _nl(d: pd.DataFrame) -> pd.DataFrame:
    out = d[_text(d["Site"]) != "All sites"].copy()
    out["_gb"] = _nl_gb(out["Bandwidth"])
    out["_day"] = pd.to_datetime(out["Date"], format="%Y-%m-%d")
    return out


_NL_ID = ("Date", "Site", "Site ID")
_NETLIFY_QS = [
    Q(
        "how much bandwidth did we use in total",
        _scaled(lambda d: float(_nl(d)["_gb"].sum()), (1000.0, 1024.0)),
        (*_NL_ID, "Bandwidth"),
    ),
    Q(
        "which site uses the most bandwidth",
        _lead(_named(lambda d: _top(_nl(d).groupby("Site")["_gb"].sum()))),
        (*_NL_ID, "Bandwidth"),
    ),
    Q(
        "how many build minutes did we burn in march",
        has(lambda d: float(_nl(d).loc[lambda x: x["_day"].dt.month == 3, "Build minutes"].sum())),
        (*_NL_ID, "Build minutes"),
    ),
    Q(
        "what day had the biggest bandwidth spike",
        _lead(_day(lambda d: _top(_nl(d).groupby("Date")["_gb"].sum()))),
        (*_NL_ID, "Bandwidth"),
    ),
    Q(
        "average builds per day for each site",
        _about(lambda d: _nl(d).groupby("Site")["Builds"].mean().to_numpy(), rel=0.02),
        (*_NL_ID, "Builds"),
    ),
    Q(
        "does more bandwidth go with more function calls",
        either(
            corr_of(lambda d: _nl(d)["_gb"], lambda d: _nl(d)["Function invocations"]),
            corr_of(
                lambda d: _nl(d).loc[lambda x: x["Function invocations"] > 0, "_gb"],
                lambda d: _nl(d).loc[lambda x: x["Function invocations"] > 0, "Function invocations"],
            ),
        ),
        (*_NL_ID, "Bandwidth", "Function invocations"),
    ),
]


# --- 3. Clover POS orders export -----------------------------------------------------------------------------------

_CL_STAFF = {"Maria G": 5, "Devon": 4, "Alicia": 3, "Tom B": 2.5, "Priya": 2, "Owner": 0.6}
_CL_TENDER = {"Credit Card": 6, "Debit Card": 2.2, "Cash": 2.5, "Gift Card": 0.3}
_CL_STATE = {"Paid": 95, "Refunded": 1.8, "Partially Refunded": 1.2, "Open": 1.5}
_CL_CHARS = list("ABCDEFGHJKMNPQRSTVWXYZ0123456789")
_CL_FMT = "%d-%b-%Y %I:%M %p"


def _clover_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15303)
    rows = []
    days = pd.date_range("2024-01-02", "2024-06-30", freq="D")
    number = 1000
    for day in days:
        busy = {4: 1.5, 5: 1.7, 6: 1.1, 0: 0.7}.get(day.dayofweek, 0.9)
        for _ in range(int(rng.poisson(16 * busy))):
            number += 1
            when = day + pd.Timedelta(minutes=int(rng.integers(7 * 60, 21 * 60)))
            tz = "EDT" if when >= pd.Timestamp("2024-03-10 02:00") else "EST"
            sub = round(float(rng.lognormal(3.0, 0.55)), 2)
            discount = round(sub * 0.1, 2) if rng.random() < 0.08 else 0.0
            tax = round((sub - discount) * 0.08875, 2)
            tender = _one(rng, list(_CL_TENDER), list(_CL_TENDER.values()))
            tip = 0.0
            if tender != "Cash" and rng.random() < 0.6:
                tip = round((sub - discount) * float(_one(rng, [0.15, 0.18, 0.2, 0.25])), 2)
            total = round(sub - discount + tax + tip, 2)
            state = _one(rng, list(_CL_STATE), list(_CL_STATE.values()))
            refunds = total if state == "Refunded" else round(total * 0.4, 2) if state == "Partially Refunded" else 0.0
            rows.append(
                {
                    "Order ID": "".join(_one(rng, _CL_CHARS) for _ in range(13)),
                    "Order Number": number,
                    "Order Date": f"{when.strftime(_CL_FMT)} {tz}",
                    "Order Employee Name": _one(rng, list(_CL_STAFF), list(_CL_STAFF.values())),
                    "Currency": "USD",
                    "Tax Amount": tax,
                    "Tip": tip,
                    "Discount": discount,
                    "Order Total": total,
                    "Payments Total": 0.0 if state == "Open" else total,
                    "Refunds Total": refunds,
                    "Tender": "" if state == "Open" else tender,
                    "Order Payment State": state,
                }
            )
    return pd.DataFrame(rows)


def _cl(d: pd.DataFrame) -> pd.DataFrame:
    out = d.copy()
    out["_when"] = pd.to_datetime(out["Order Date"].str.slice(0, 20), format=_CL_FMT)
    return out


_CL_ID = ("Order ID", "Order Number")
_CLOVER_QS = [
    Q(
        "what were total sales",
        either(
            _money(lambda d: float(d["Order Total"].sum())),
            _money(lambda d: float(d["Payments Total"].sum())),
            _money(lambda d: float(d["Payments Total"].sum() - d["Refunds Total"].sum())),
            _money(lambda d: float(d.loc[d["Order Payment State"] == "Paid", "Order Total"].sum())),
        ),
        (*_CL_ID, "Order Total", "Payments Total", "Refunds Total", "Order Payment State"),
    ),
    Q(
        "avg tip?",
        either(
            has(lambda d: float(d["Tip"].mean())),
            has(lambda d: float(d.loc[d["Tip"] > 0, "Tip"].mean())),
        ),
        (*_CL_ID, "Tip"),
    ),
    Q(
        "who rang up the most orders",
        _lead(_named(lambda d: _top(d.groupby("Order Employee Name").size()))),
        (*_CL_ID, "Order Employee Name"),
    ),
    Q(
        "what percent of orders were paid cash",
        either(
            _share(lambda d: float((_text(d["Tender"]) == "Cash").mean())),
            _share(lambda d: float((_text(d["Tender"]) == "Cash").sum() / (_text(d["Tender"]) != "").sum())),
        ),
        (*_CL_ID, "Tender", "Order Payment State"),
    ),
    Q(
        "how many orders got refunded",
        either(
            _count(lambda d: int(d["Order Payment State"].isin(["Refunded", "Partially Refunded"]).sum())),
            _count(lambda d: int((d["Order Payment State"] == "Refunded").sum())),
        ),
        (*_CL_ID, "Order Payment State", "Refunds Total"),
    ),
    Q(
        "whats our busiest day of the week",
        either(
            _lead(_weekday(lambda d: int(_top(_cl(d).groupby(_cl(d)["_when"].dt.dayofweek).size())))),
            _lead(_weekday(lambda d: int(_top(_cl(d).groupby(_cl(d)["_when"].dt.dayofweek)["Order Total"].sum())))),
        ),
        (*_CL_ID, "Order Date", "Order Total"),
    ),
]


# --- 4. Coinbase transaction history -------------------------------------------------------------------------------

_CB_ASSETS = {"BTC": (30000.0, 5), "ETH": (2000.0, 4), "SOL": (60.0, 2), "ADA": (0.45, 1.2), "USDC": (1.0, 0.6)}
_CB_TYPES = {
    "Buy": 10,
    "Advanced Trade Buy": 2,
    "Sell": 3,
    "Send": 1.5,
    "Receive": 1,
    "Convert": 0.8,
    "Rewards Income": 1.5,
    "Staking Income": 2.5,
}


def _cb_money(x: float) -> str:
    return f"-${-x:,.2f}" if x < 0 else f"${x:,.2f}"


def _coinbase_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15304)
    rows = []
    start = pd.Timestamp("2021-01-01")
    assets = list(_CB_ASSETS)
    for _ in range(640):
        when = start + pd.Timedelta(seconds=int(rng.integers(0, 4 * 365 * 86400)))
        kind = _one(rng, list(_CB_TYPES), list(_CB_TYPES.values()))
        if kind == "Staking Income":
            asset = _one(rng, ["ETH", "SOL", "ADA"])
        elif kind == "Rewards Income":
            asset = "USDC"
        else:
            asset = _one(rng, assets, [w for _, w in _CB_ASSETS.values()])
        base = _CB_ASSETS[asset][0]
        years = (when - start).days / 365
        price = base if asset == "USDC" else base * (1 + 0.35 * np.sin(years * 2.2) + 0.15 * years)
        price *= float(rng.lognormal(0, 0.05))
        price = round(price, 2 if asset != "ADA" else 4)
        if kind in ("Rewards Income", "Staking Income"):
            sub = round(float(rng.uniform(0.05, 6.0)), 2)
            qty = sub / price
            fee = None
            total = sub
            note = f"Received {qty:.6g} {asset} from Coinbase {'Rewards' if kind[0] == 'R' else 'Staking'}"
        else:
            sub = round(float(_one(rng, [25, 50, 100, 250, 500, 1000], [3, 4, 5, 2, 1, 0.5])), 2)
            qty = sub / price
            fee = round(max(0.99, sub * 0.0149), 2) if kind in ("Buy", "Sell", "Convert") else round(sub * 0.006, 2)
            if kind in ("Send", "Receive"):
                fee = 0.0 if kind == "Receive" else round(float(rng.uniform(0.5, 4)), 2)
            total = sub + fee if kind in ("Buy", "Advanced Trade Buy") else sub - fee
            verb = {"Buy": "Bought", "Advanced Trade Buy": "Bought", "Sell": "Sold", "Send": "Sent"}.get(kind, kind)
            note = f"{verb} {qty:.6g} {asset} for {total:.2f} USD"
            if kind == "Convert":
                note = f"Converted {qty:.6g} {asset} to {sub:.2f} USDC"
        sign = -1 if kind in ("Sell", "Send", "Convert") else 1
        rows.append(
            {
                "ID": "".join(_one(rng, list("0123456789abcdef")) for _ in range(24)),
                "Timestamp": when.strftime("%Y-%m-%d %H:%M:%S UTC"),
                "Transaction Type": kind,
                "Asset": asset,
                "Quantity Transacted": round(sign * qty, 8),
                "Price Currency": "USD",
                "Price at Transaction": _cb_money(price),
                "Subtotal": _cb_money(sign * sub),
                "Total (inclusive of fees and/or spread)": _cb_money(sign * total),
                "Fees and/or Spread": "" if fee is None else _cb_money(fee),
                "Notes": note,
            }
        )
    frame = pd.DataFrame(rows)
    return frame.sort_values("Timestamp", ascending=False, kind="stable").reset_index(drop=True)


def _cb(d: pd.DataFrame) -> pd.DataFrame:
    out = d.copy()
    out["_when"] = pd.to_datetime(out["Timestamp"].str.replace(" UTC", ""), format="%Y-%m-%d %H:%M:%S")
    out["_total"] = _num(out["Total (inclusive of fees and/or spread)"])
    out["_fee"] = _num(out["Fees and/or Spread"])
    out["_price"] = _num(out["Price at Transaction"])
    out["_sub"] = _num(out["Subtotal"])
    return out


def _cb_buys(d: pd.DataFrame, advanced: bool = True) -> pd.DataFrame:
    x = _cb(d)
    kinds = ["Buy", "Advanced Trade Buy"] if advanced else ["Buy"]
    return x[x["Transaction Type"].isin(kinds)]


def _cb_2023(d: pd.DataFrame) -> pd.DataFrame:
    x = _cb(d)
    return x[x["_when"].dt.year == 2023]


_CB_ID = ("ID", "Timestamp", "Transaction Type")
_COINBASE_QS = [
    Q(
        "how much have i spent buying crypto",
        either(
            _money(lambda d: float(_cb_buys(d)["_total"].sum())),
            _money(lambda d: float(_cb_buys(d, False)["_total"].sum())),
            _money(lambda d: float(_cb_buys(d)["_sub"].sum())),
        ),
        (*_CB_ID, "Total (inclusive of fees and/or spread)", "Subtotal"),
    ),
    Q(
        "how much did coinbase take in fees",
        _money(lambda d: float(_cb(d)["_fee"].sum())),
        (*_CB_ID, "Fees and/or Spread"),
    ),
    Q(
        "which coin did i buy most often",
        either(
            _lead(_named(lambda d: _top(_cb_buys(d).groupby("Asset").size()))),
            _lead(_named(lambda d: _top(_cb_buys(d, False).groupby("Asset").size()))),
        ),
        (*_CB_ID, "Asset"),
    ),
    Q(
        "whats the average price i paid for eth",
        either(
            has(lambda d: float(_cb_buys(d).loc[lambda x: x["Asset"] == "ETH", "_price"].mean()), rel=0.01),
            has(lambda d: float(_cb_buys(d, False).loc[lambda x: x["Asset"] == "ETH", "_price"].mean()), rel=0.01),
            has(
                lambda d: float(
                    _cb_buys(d).loc[lambda x: x["Asset"] == "ETH", "_sub"].sum()
                    / _cb_buys(d).loc[lambda x: x["Asset"] == "ETH", "Quantity Transacted"].sum()
                ),
                rel=0.01,
            ),
        ),
        (*_CB_ID, "Asset", "Price at Transaction", "Quantity Transacted", "Subtotal"),
    ),
    Q(
        "how many transactions did i make in 2023",
        _count(lambda d: len(_cb_2023(d))),
        _CB_ID,
    ),
    Q(
        "how many of those were sells",
        _count(lambda d: int((_cb_2023(d)["Transaction Type"] == "Sell").sum())),
        _CB_ID,
    ),
]


# --- 5. Statistics Canada labour force characteristics by province -------------------------------------------------

# GEO: (DGUID, population 15+ in thousands, base unemployment rate, participation)
_SC_GEO = {
    "Canada": ("2016A000011124", 0.0, 0.0, 0.0),
    "Newfoundland and Labrador": ("2016A000210", 440.0, 10.2, 0.58),
    "Prince Edward Island": ("2016A000211", 145.0, 7.8, 0.66),
    "Nova Scotia": ("2016A000212", 850.0, 6.6, 0.61),
    "New Brunswick": ("2016A000213", 680.0, 6.9, 0.61),
    "Quebec": ("2016A000224", 7250.0, 4.6, 0.645),
    "Ontario": ("2016A000235", 12600.0, 6.4, 0.655),
    "Manitoba": ("2016A000246", 1130.0, 4.9, 0.67),
    "Saskatchewan": ("2016A000247", 950.0, 5.2, 0.675),
    "Alberta": ("2016A000248", 3800.0, 6.3, 0.715),
    "British Columbia": ("2016A000259", 4700.0, 5.4, 0.65),
}
_SC_CHARS = ["Population", "Labour force", "Employment", "Unemployment", "Unemployment rate"]
_SC_SEX = ["Both sexes", "Males", "Females"]


def _statcan_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15305)
    months = pd.period_range("2023-01", "2024-12", freq="M")
    rows = []
    for mi, month in enumerate(months):
        trend = 0.045 * mi  # unemployment drifted up over 2023-2024
        sums: dict[tuple[str, str], float] = {}
        values: dict[tuple[str, str, str], float] = {}
        for gi, (geo, (_dg, pop, rate, part)) in enumerate(_SC_GEO.items()):
            if geo == "Canada":
                continue
            for sex in ("Males", "Females"):
                p = pop / 2 * (1 + 0.0025 * mi) * (0.98 if sex == "Males" else 1.02)
                lf = p * part * (1.07 if sex == "Males" else 0.93) * float(rng.normal(1, 0.004))
                r = (rate + trend * (1 + 0.1 * (gi % 3))) * (1.08 if sex == "Males" else 0.92)
                r *= float(rng.normal(1, 0.04))
                unemp = lf * r / 100
                values[(geo, sex, "Population")] = p
                values[(geo, sex, "Labour force")] = lf
                values[(geo, sex, "Unemployment")] = unemp
                values[(geo, sex, "Employment")] = lf - unemp
        for (geo, sex, ch), v in list(values.items()):
            values[(geo, "Both sexes", ch)] = values.get((geo, "Both sexes", ch), 0.0) + v
            sums[(sex, ch)] = sums.get((sex, ch), 0.0) + v
            sums[("Both sexes", ch)] = sums.get(("Both sexes", ch), 0.0) + v
        for (sex, ch), v in sums.items():
            values[("Canada", sex, ch)] = v
        for gi, (geo, (dguid, *_rest)) in enumerate(_SC_GEO.items()):
            for si, sex in enumerate(_SC_SEX):
                for ci, ch in enumerate(_SC_CHARS):
                    if ch == "Unemployment rate":
                        value = 100 * values[(geo, sex, "Unemployment")] / values[(geo, sex, "Labour force")]
                    else:
                        value = values[(geo, sex, ch)]
                    value = round(value, 1)
                    status = ""
                    if geo == "Prince Edward Island" and sex != "Both sexes" and ch == "Unemployment" and mi % 7 == 3:
                        value, status = None, "x"
                    pct = ch == "Unemployment rate"
                    rows.append(
                        {
                            "REF_DATE": str(month),
                            "GEO": geo,
                            "DGUID": dguid,
                            "Labour force characteristics": ch,
                            "Sex": sex,
                            "Age group": "15 years and over",
                            "Statistics": "Estimate",
                            "Data type": "Seasonally adjusted",
                            "UOM": "Percentage" if pct else "Persons",
                            "UOM_ID": 239 if pct else 249,
                            "SCALAR_FACTOR": "units" if pct else "thousands",
                            "SCALAR_ID": 0 if pct else 3,
                            "VECTOR": f"v{2062811 + 1000 * gi + 100 * si + ci}",
                            "COORDINATE": f"{gi + 1}.{ci + 1}.{si + 1}.1.1.1",
                            "VALUE": value,
                            "STATUS": status,
                            "SYMBOL": "",
                            "TERMINATED": "",
                            "DECIMALS": 1,
                        }
                    )
    return pd.DataFrame(rows)


def _sc(d: pd.DataFrame, ch: str, sex: str = "Both sexes") -> pd.DataFrame:
    x = d[(d["Labour force characteristics"] == ch) & (d["Sex"] == sex)].copy()
    x["_year"] = x["REF_DATE"].astype(str).str.slice(0, 4).astype(int)
    return x


def _sc_value(geo: str, ch: str, month: str, sex: str = "Both sexes") -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_sc(d, ch, sex).loc[lambda x: (x["GEO"] == geo) & (x["REF_DATE"] == month), "VALUE"].iloc[0])


def _sc_prov_2024(d: pd.DataFrame) -> pd.Series:
    x = _sc(d, "Unemployment rate")
    x = x[(x["_year"] == 2024) & (x["GEO"] != "Canada")]
    return x.groupby("GEO")["VALUE"].mean()


def _sc_qc_sex(d: pd.DataFrame) -> list[float]:
    out = []
    for sex in ("Males", "Females"):
        x = _sc(d, "Unemployment rate", sex)
        out.append(float(x.loc[(x["GEO"] == "Quebec") & (x["_year"] == 2024), "VALUE"].mean()))
    return out


_SC_KEYS = ("REF_DATE", "GEO", "Labour force characteristics", "Sex", "VALUE")
_STATCAN_QS = [
    Q(
        "what was ontario's unemployment rate in december 2024",
        has(_sc_value("Ontario", "Unemployment rate", "2024-12")),
        _SC_KEYS,
    ),
    Q(
        "which province had the highest unemployment on average in 2024",
        _lead(_named(lambda d: _top(_sc_prov_2024(d)))),
        _SC_KEYS,
    ),
    Q(
        "and the lowest?",
        _lead(_named(lambda d: _top(_sc_prov_2024(d), ascending=True))),
        _SC_KEYS,
    ),
    Q(
        "how many people had jobs in canada in the most recent month",
        _scaled(lambda d: 1000 * _sc_value("Canada", "Employment", "2024-12")(d), (1e3, 1e6)),
        (*_SC_KEYS, "SCALAR_FACTOR"),
    ),
    Q(
        "how much did unemployment for women in canada change from jan to dec 2024",
        either(
            has(
                _sc_value("Canada", "Unemployment rate", "2024-01", "Females"),
                _sc_value("Canada", "Unemployment rate", "2024-12", "Females"),
            ),
            has(
                lambda d: abs(
                    _sc_value("Canada", "Unemployment rate", "2024-12", "Females")(d)
                    - _sc_value("Canada", "Unemployment rate", "2024-01", "Females")(d)
                )
            ),
            _pct(
                lambda d: (
                    _sc_value("Canada", "Unemployment rate", "2024-12", "Females")(d)
                    / _sc_value("Canada", "Unemployment rate", "2024-01", "Females")(d)
                    - 1
                )
            ),
        ),
        _SC_KEYS,
    ),
    Q(
        "compare men and women unemployment in quebec in 2024",
        has(_sc_qc_sex, rel=0.01),
        _SC_KEYS,
    ),
]


# --- 6. Chicago traffic crashes ------------------------------------------------------------------------------------

_CH_CAUSES = {
    "UNABLE TO DETERMINE": 38,
    "FAILING TO YIELD RIGHT-OF-WAY": 11,
    "FOLLOWING TOO CLOSELY": 10,
    "NOT APPLICABLE": 5,
    "IMPROPER OVERTAKING/PASSING": 5,
    "FAILING TO REDUCE SPEED TO AVOID CRASH": 4,
    "IMPROPER BACKING": 4,
    "DISREGARDING TRAFFIC SIGNALS": 2,
    "DRIVING SKILLS/KNOWLEDGE/EXPERIENCE": 3,
    "WEATHER": 1,
}
_CH_WEATHER = {"CLEAR": 78, "RAIN": 9, "CLOUDY/OVERCAST": 4, "SNOW": 3.5, "UNKNOWN": 4, "FOG/SMOKE/HAZE": 0.4}
_CH_FIRST = {"PARKED MOTOR VEHICLE": 22, "REAR END": 23, "SIDESWIPE SAME DIRECTION": 15, "TURNING": 14, "ANGLE": 11}
_CH_FIRST |= {"FIXED OBJECT": 5, "PEDESTRIAN": 2.5, "PEDALCYCLIST": 1.6, "HEAD ON": 1}
_CH_STREETS = ["WESTERN AVE", "PULASKI RD", "CICERO AVE", "ASHLAND AVE", "HALSTED ST", "LAKE SHORE DR SB"]
_CH_STREETS += ["MICHIGAN AVE", "KEDZIE AVE", "STONY ISLAND AVE", "79TH ST", "CHICAGO AVE", "NORTH AVE"]
_CH_FMT = "%m/%d/%Y %I:%M:%S %p"
_CH_HOURS = np.array([2, 1.6, 1.4, 1, 0.9, 1.1, 2, 3.4, 4.4, 3.6, 3.8, 4.3, 4.8, 5, 5.6, 6.4, 6.9, 8.6, 5.6, 4.1])
_CH_HOURS = np.concatenate([_CH_HOURS, [3.5, 3.1, 2.8, 2.4]])


def _chicago_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15306)
    rows = []
    month_w = {1: 0.9, 2: 0.85, 3: 0.9, 4: 0.95, 5: 1.05, 6: 1.1, 7: 1.05, 8: 1.1, 9: 1.1, 10: 1.25, 11: 1.0, 12: 1.0}
    days = pd.date_range("2023-01-01", "2024-12-31", freq="D")
    dw = np.array([month_w[t.month] * (1.15 if t.dayofweek == 4 else 1.0) for t in days])
    dw[(days >= pd.Timestamp("2024-10-01")) & (days <= pd.Timestamp("2024-10-31"))] *= 1.3
    for _ in range(4200):
        day = days[int(rng.choice(len(days), p=dw / dw.sum()))]
        hour = int(rng.choice(24, p=_CH_HOURS / _CH_HOURS.sum()))
        when = day + pd.Timedelta(hours=hour, minutes=int(rng.integers(0, 60)))
        winter = day.month in (12, 1, 2)
        weather = _one(
            rng, list(_CH_WEATHER), [v * (4 if k == "SNOW" and winter else 1) for k, v in _CH_WEATHER.items()]
        )
        if weather == "SNOW" and not winter and rng.random() < 0.9:
            weather = "CLEAR"
        dark = hour < 6 or hour >= 19
        light = _one(rng, ["DARKNESS, LIGHTED ROAD", "DARKNESS", "UNKNOWN"], [7, 1, 0.5]) if dark else "DAYLIGHT"
        first = _one(rng, list(_CH_FIRST), list(_CH_FIRST.values()))
        hurt_p = 0.55 if first in ("PEDESTRIAN", "PEDALCYCLIST") else 0.12
        injured = int(rng.poisson(1.3)) + 1 if rng.random() < hurt_p else 0
        fatal = int(injured > 0 and rng.random() < (0.03 if first == "PEDESTRIAN" else 0.006))
        incap = int(injured > 0 and rng.random() < 0.12)
        severe = "NO INDICATION OF INJURY"
        if fatal:
            severe = "FATAL"
        elif incap:
            severe = "INCAPACITATING INJURY"
        elif injured:
            severe = _one(rng, ["NONINCAPACITATING INJURY", "REPORTED, NOT EVIDENT"])
        hit_run = "Y" if rng.random() < (0.45 if first == "PARKED MOTOR VEHICLE" else 0.18) else ""
        lat = round(41.65 + float(rng.uniform(0, 0.37)), 9)
        lon = round(-87.85 + float(rng.uniform(0, 0.28)), 9)
        has_loc = rng.random() > 0.012
        rows.append(
            {
                "CRASH_RECORD_ID": "".join(_one(rng, list("0123456789abcdef")) for _ in range(40)),
                "CRASH_DATE": when.strftime(_CH_FMT),
                "POSTED_SPEED_LIMIT": int(_one(rng, [30, 25, 35, 20, 15, 40, 45, 0], [70, 6, 10, 3, 2, 3, 2, 1])),
                "WEATHER_CONDITION": weather,
                "LIGHTING_CONDITION": light,
                "FIRST_CRASH_TYPE": first,
                "CRASH_TYPE": "INJURY AND / OR TOW DUE TO CRASH"
                if injured or rng.random() < 0.15
                else "NO INJURY / DRIVE AWAY",
                "HIT_AND_RUN_I": hit_run,
                "DAMAGE": _one(rng, ["OVER $1,500", "$501 - $1,500", "$500 OR LESS"], [62, 26, 12]),
                "PRIM_CONTRIBUTORY_CAUSE": _one(rng, list(_CH_CAUSES), list(_CH_CAUSES.values())),
                "STREET_NAME": _one(rng, _CH_STREETS),
                "NUM_UNITS": int(_one(rng, [2, 1, 3, 4], [80, 8, 10, 2])),
                "MOST_SEVERE_INJURY": severe if rng.random() > 0.003 else "",
                "INJURIES_TOTAL": injured,
                "INJURIES_FATAL": fatal,
                "INJURIES_INCAPACITATING": incap,
                "CRASH_HOUR": hour,
                "CRASH_DAY_OF_WEEK": (day.dayofweek + 1) % 7 + 1,
                "CRASH_MONTH": day.month,
                "LATITUDE": lat if has_loc else None,
                "LONGITUDE": lon if has_loc else None,
                "LOCATION": f"POINT ({lon} {lat})" if has_loc else "",
            }
        )
    frame = pd.DataFrame(rows)
    return frame.sort_values("CRASH_DATE", ascending=False, kind="stable").reset_index(drop=True)


def _ch(d: pd.DataFrame) -> pd.DataFrame:
    out = d.copy()
    out["_when"] = pd.to_datetime(out["CRASH_DATE"], format=_CH_FMT)
    return out


def _ch_cause(skip_unknown: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        x = d[~d["PRIM_CONTRIBUTORY_CAUSE"].isin(["UNABLE TO DETERMINE", "NOT APPLICABLE"])] if skip_unknown else d
        return _top(x.groupby("PRIM_CONTRIBUTORY_CAUSE").size())

    return value


_CH_ID = ("CRASH_RECORD_ID", "CRASH_DATE")
_CHICAGO_QS = [
    Q(
        "how many people died",
        either(
            _count(lambda d: int(d["INJURIES_FATAL"].sum())),
            _count(lambda d: int((d["MOST_SEVERE_INJURY"] == "FATAL").sum())),
        ),
        (*_CH_ID, "INJURIES_FATAL", "MOST_SEVERE_INJURY"),
    ),
    Q(
        "what share were hit and runs",
        _share(lambda d: float((_text(d["HIT_AND_RUN_I"]) == "Y").mean())),
        (*_CH_ID, "HIT_AND_RUN_I"),
    ),
    Q(
        "what's the most common cause of crashes",
        either(_lead(_named(_ch_cause(False))), _lead(_named(_ch_cause(True)))),
        (*_CH_ID, "PRIM_CONTRIBUTORY_CAUSE"),
    ),
    Q(
        "what time of day do most crashes happen",
        _lead(_hour(lambda d: int(_top(d.groupby("CRASH_HOUR").size())))),
        (*_CH_ID, "CRASH_HOUR"),
    ),
    Q(
        "which month had the most crashes",
        _month_year(lambda d: pd.Timestamp(_top(_ch(d).groupby(_ch(d)["_when"].dt.strftime("%Y-%m")).size()))),
        (*_CH_ID, "CRASH_MONTH"),
    ),
    Q(
        "how many crashes are missing a location",
        either(
            _count(lambda d: int(d["LATITUDE"].isna().sum())),
            _count(lambda d: int(d["LOCATION"].isna().sum())),
        ),
        (*_CH_ID, "LATITUDE", "LONGITUDE", "LOCATION"),
    ),
]


# --- 7. WHO tuberculosis incidence ---------------------------------------------------------------------------------

# country: (ISO3, region code, 2000 rate, yearly change)
_WHO_REGIONS = {
    "AFR": "Africa",
    "AMR": "Americas",
    "SEAR": "South-East Asia",
    "EUR": "Europe",
    "EMR": "Eastern Mediterranean",
    "WPR": "Western Pacific",
}
_WHO_COUNTRIES: dict[str, tuple[str, str, float, float]] = {
    "South Africa": ("ZAF", "AFR", 580, -0.02),
    "Nigeria": ("NGA", "AFR", 230, -0.005),
    "Kenya": ("KEN", "AFR", 420, -0.04),
    "Ethiopia": ("ETH", "AFR", 380, -0.06),
    "Lesotho": ("LSO", "AFR", 700, -0.01),
    "Mozambique": ("MOZ", "AFR", 420, 0.005),
    "Ghana": ("GHA", "AFR", 190, -0.02),
    "Angola": ("AGO", "AFR", 300, 0.01),
    "United States of America": ("USA", "AMR", 6.5, -0.03),
    "Brazil": ("BRA", "AMR", 52, -0.005),
    "Peru": ("PER", "AMR", 170, -0.02),
    "Mexico": ("MEX", "AMR", 28, -0.002),
    "Canada": ("CAN", "AMR", 5.5, -0.005),
    "Haiti": ("HTI", "AMR", 290, -0.03),
    "Argentina": ("ARG", "AMR", 33, 0.005),
    "India": ("IND", "SEAR", 320, -0.02),
    "Indonesia": ("IDN", "SEAR", 360, 0.002),
    "Bangladesh": ("BGD", "SEAR", 240, -0.005),
    "Myanmar": ("MMR", "SEAR", 480, -0.03),
    "Thailand": ("THA", "SEAR", 190, -0.02),
    "Nepal": ("NPL", "SEAR", 260, -0.015),
    "Germany": ("DEU", "EUR", 11, -0.03),
    "United Kingdom of Great Britain and Northern Ireland": ("GBR", "EUR", 12, -0.02),
    "Russian Federation": ("RUS", "EUR", 130, -0.06),
    "Ukraine": ("UKR", "EUR", 110, -0.04),
    "Romania": ("ROU", "EUR", 150, -0.05),
    "France": ("FRA", "EUR", 12, -0.025),
    "Italy": ("ITA", "EUR", 8, -0.03),
    "Pakistan": ("PAK", "EMR", 280, -0.005),
    "Afghanistan": ("AFG", "EMR", 190, -0.001),
    "Egypt": ("EGY", "EMR", 24, -0.03),
    "Morocco": ("MAR", "EMR", 110, -0.01),
    "Somalia": ("SOM", "EMR", 280, -0.001),
    "Iran (Islamic Republic of)": ("IRN", "EMR", 22, -0.04),
    "Philippines": ("PHL", "WPR", 600, -0.008),
    "China": ("CHN", "WPR", 110, -0.04),
    "Viet Nam": ("VNM", "WPR", 230, -0.03),
    "Japan": ("JPN", "WPR", 30, -0.06),
    "Australia": ("AUS", "WPR", 6, 0.002),
    "Papua New Guinea": ("PNG", "WPR", 440, -0.003),
    "Mongolia": ("MNG", "WPR", 470, -0.02),
}


def _who_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15307)
    rows = []
    for country, (iso, region, rate0, drift) in _WHO_COUNTRIES.items():
        level = rate0 * float(rng.lognormal(0, 0.05))
        for year in range(2000, 2023):
            level *= float(np.exp(drift + rng.normal(0, 0.03)))
            if rng.random() < 0.03 and year not in (2000, 2010, 2015, 2022):
                continue
            value = round(level) if level >= 10 else round(level, 1)
            low = round(value * 0.78) if value >= 10 else round(value * 0.78, 1)
            high = round(value * 1.25) if value >= 10 else round(value * 1.25, 1)
            rows.append(
                {
                    "IndicatorCode": "MDG_0000000020",
                    "Indicator": "Incidence of tuberculosis (per 100 000 population per year)",
                    "ValueType": "numeric",
                    "ParentLocationCode": region,
                    "ParentLocation": _WHO_REGIONS[region],
                    "Location type": "Country",
                    "SpatialDimValueCode": iso,
                    "Location": country,
                    "Period type": "Year",
                    "Period": year,
                    "IsLatestYear": year == 2022,
                    "FactValueNumeric": value,
                    "FactValueNumericLow": low,
                    "FactValueNumericHigh": high,
                    "Value": f"{value:g} [{low:g}-{high:g}]",
                    "Language": "EN",
                    "DateModified": "2023-11-07T00:00:00.000Z",
                }
            )
    frame = pd.DataFrame(rows)
    return frame.sort_values(["ParentLocation", "Location", "Period"], kind="stable").reset_index(drop=True)


def _who_at(country: str, year: int) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(d.loc[(d["Location"] == country) & (d["Period"] == year), "FactValueNumeric"].iloc[0])


def _who_year(d: pd.DataFrame, year: int) -> pd.DataFrame:
    return d[d["Period"] == year]


_WHO_ALIASES = {
    "United States of America": ("United States", "USA", "US"),
    "Russian Federation": ("Russia",),
    "United Kingdom of Great Britain and Northern Ireland": ("United Kingdom", "UK"),
    "Viet Nam": ("Vietnam",),
}
_WHO_KEYS = ("Location", "SpatialDimValueCode", "Period", "FactValueNumeric", "Value")
_WHO_QS = [
    Q(
        "which country had the highest tb rate in 2022",
        _lead(_named(lambda d: _top(_who_year(d, 2022).set_index("Location")["FactValueNumeric"]), _WHO_ALIASES)),
        _WHO_KEYS,
    ),
    Q(
        "average tb incidence per region in 2022",
        _about(lambda d: _who_year(d, 2022).groupby("ParentLocation")["FactValueNumeric"].mean().to_numpy()),
        (*_WHO_KEYS, "ParentLocation", "ParentLocationCode"),
    ),
    Q(
        "how much has india's rate changed since 2000",
        either(
            _pct(lambda d: _who_at("India", 2022)(d) / _who_at("India", 2000)(d) - 1),
            has(lambda d: abs(_who_at("India", 2022)(d) - _who_at("India", 2000)(d))),
            has(_who_at("India", 2000), _who_at("India", 2022)),
        ),
        _WHO_KEYS,
    ),
    Q(
        "how many countries were under 10 per 100k in 2022",
        _count(lambda d: int((_who_year(d, 2022)["FactValueNumeric"] < 10).sum())),
        _WHO_KEYS,
    ),
    Q(
        "what was the rate in the philippines in 2010",
        has(_who_at("Philippines", 2010)),
        _WHO_KEYS,
    ),
    Q(
        "and in 2022?",
        has(_who_at("Philippines", 2022)),
        _WHO_KEYS,
    ),
]


HELDOUT153: list[Dataset] = [
    Dataset("brevo_campaign_report", _brevo_frame, _BREVO_QS),
    Dataset("netlify_bandwidth_usage", _netlify_frame, _NETLIFY_QS),
    Dataset("clover_orders_export", _clover_frame, _CLOVER_QS),
    Dataset("coinbase_transaction_history", _coinbase_frame, _COINBASE_QS),
    Dataset("statcan_labour_force_by_province", _statcan_frame, _STATCAN_QS),
    Dataset("chicago_traffic_crashes", _chicago_frame, _CHICAGO_QS),
    Dataset("who_tuberculosis_incidence", _who_frame, _WHO_QS),
]
