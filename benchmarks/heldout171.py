"""HELDOUT171: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: an Airtable inventory base export of a small
gift retailer (one row per product record, two records duplicated by hand) with Name, SKU ("CND-0012"), Category,
Supplier, "Unit Cost" and "Retail Price" as "$12.50", "In Stock" (blank for a few), "Reorder Point", Status (In stock
/ Low stock / Out of stock, a single select that is not always kept up to date), Location, "Last Restocked" as
"3/14/2024" (blank for some), Discontinued ("checked" or blank) and Tags ("gift, summer"); a Monzo Business account
export (2023) with "Transaction ID" ("tx_0000AbC..."), Date as "14/03/2023", Time as "09:12:44", Type (Card payment /
Faster payment / Direct Debit / Pot transfer / Monzo-to-Monzo), Name, Emoji (mostly blank), Category (Bills,
Transport, Eating out, Shopping, General, Income, Savings ...), Amount (negative out, positive in), Currency (GBP),
"Local amount" and "Local currency" (EUR / USD for foreign card payments), "Notes and #tags", Address, Receipt,
Description (upper case), "Category split" (blank), "Money Out" (negative, blank for money in) and "Money In"; an
Oura daily sleep score export (2023 to mid 2024, a row per day the ring was worn, so some days are missing) with id,
day as "2023-05-14", score (blank on a few days), contributors.deep_sleep, contributors.efficiency,
contributors.latency, contributors.rem_sleep, contributors.restfulness, contributors.timing, contributors.total_sleep
(each 1-100, blank with the score) and timestamp as "2023-05-14T00:00:00.000+02:00"; a SurveySparrow NPS survey
export (July 2023 to June 2024) with "Response ID", "Submitted Time" as "Mar 14, 2024 10:22 AM", "Contact Email"
(blank for anonymous link answers), Channel (Email / Web Link / SMS), Country, the question texts as headers ("How
likely are you to recommend us to a friend or colleague?" 0-10, blank for a few partial responses, and "What is the
primary reason for your score?" free text, blank for many), Plan (Free / Pro / Business), "Completion Status"
(Completed / Partial) and Device; the City of San Diego Get It Done service requests (2023) with service_request_id,
service_request_parent_id (mostly blank), sap_notification_number, date_requested as "2023-01-03T09:15:00",
case_age_days, service_name ("Pothole", "Graffiti - Public", "Illegal Dumping", "Encampment", ...),
service_name_detail, date_closed (blank while open), status (Closed / In Process / New / Referred), lat, lng,
street_address (upper case), zipcode, council_district (1-9), comm_plan_code, comm_plan_name, case_origin (Mobile /
Web / Phone) and public_description; the OECD house prices indicator as the long DP_LIVE download (LOCATION codes
such as "DEU" plus the OECD and EA17 aggregates, INDICATOR HOUSECOST, SUBJECT NOMINAL / REAL, MEASURE IDX2015,
FREQUENCY A and Q mixed in one file, TIME as "2019" or "2019-Q3", Value, "Flag Codes" with "P" on recent rows); and
the World Bank internet users indicator (IT.NET.USER.ZS) as a long DataBank download with "Country Name", "Country
Code", "Series Name", "Series Code", Time, "Time Code" ("YR2010"), Value (".." when missing, full float precision),
region and income aggregates (World, Sub-Saharan Africa, High income ...) mixed in with the countries, and the two
DataBank footer lines ("Data from database: ...", "Last Updated: ...") at the bottom. All are generated with fixed
seeds 17101-17107.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _text, _year
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, corr_of, either, has
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
    """Numbers from text such as "$1,234.50", "..", or blanks."""
    cleaned = s.astype("string").str.replace(r"[^0-9.\-]", "", regex=True).replace({".": "", "..": "", "-": ""})
    return pd.to_numeric(cleaned, errors="coerce")


# --- 1. Airtable inventory base export -----------------------------------------------------------------------------

# category: SKU prefix, median cost, markup, products
_AT_CATS = {
    "Candles": ("CND", 6.5, 2.4, 70),
    "Mugs & Drinkware": ("MUG", 5.0, 2.6, 60),
    "Stationery": ("STN", 2.2, 2.9, 95),
    "Jewelry": ("JWL", 11.0, 2.8, 55),
    "Home Decor": ("HOM", 14.0, 2.2, 65),
    "Bath & Body": ("BTH", 4.5, 2.5, 60),
    "Greeting Cards": ("CRD", 1.1, 3.5, 80),
}
_AT_SUPPLIERS = ["Northwind Supply Co.", "Maple & Moss Wholesale", "Brightside Imports", "Local Makers Collective"]
_AT_ADJ = "Lavender;Rustic;Golden;Ocean;Midnight;Citrus;Vintage;Sage;Rose;Cozy;Minimal;Boho;Coastal;Floral;Amber"
_AT_NOUN = {
    "Candles": "Soy Candle;Pillar Candle;Tin Candle;Votive Set",
    "Mugs & Drinkware": "Mug;Tumbler;Travel Cup;Espresso Set",
    "Stationery": "Notebook;Planner;Pen Set;Sticker Sheet",
    "Jewelry": "Necklace;Earrings;Bracelet;Ring",
    "Home Decor": "Vase;Throw Pillow;Wall Print;Planter",
    "Bath & Body": "Bath Bomb;Hand Cream;Soap Bar;Body Scrub",
    "Greeting Cards": "Birthday Card;Thank You Card;Sympathy Card;Holiday Card",
}


def _airtable_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17101)
    adjectives = _AT_ADJ.split(";")
    rows = []
    for cat, (prefix, cost, markup, n) in _AT_CATS.items():
        nouns = _AT_NOUN[cat].split(";")
        for i in range(n):
            unit = round(cost * float(rng.lognormal(0, 0.35)), 2)
            retail = round(np.ceil(unit * markup * float(rng.uniform(0.9, 1.1))) - 0.01, 2)
            reorder = int(_one(rng, [5, 10, 10, 15, 20, 25]))
            disc = rng.random() < 0.1
            stock = int(rng.integers(0, 3)) if (disc and rng.random() < 0.6) else int(rng.poisson(reorder * 2.2))
            if rng.random() < 0.12:
                stock = int(rng.integers(0, reorder + 1))
            status = "Out of stock" if stock == 0 else ("Low stock" if stock <= reorder else "In stock")
            if rng.random() < 0.07:
                status = "In stock"  # not kept up to date
            restocked = pd.Timestamp("2023-06-01") + pd.Timedelta(days=int(rng.integers(0, 330)))
            supplier = _one(rng, _AT_SUPPLIERS, [5, 3, 2, 1.5] if cat != "Jewelry" else [1, 1, 2, 4])
            tags = ", ".join(sorted({_one(rng, ["gift", "summer", "holiday", "bestseller", "new", "local"])}))
            rows.append(
                {
                    "Name": f"{_one(rng, adjectives)} {_one(rng, nouns)}",
                    "SKU": f"{prefix}-{i + 1:04d}",
                    "Category": cat,
                    "Supplier": supplier,
                    "Unit Cost": f"${unit:,.2f}",
                    "Retail Price": f"${retail:,.2f}",
                    "In Stock": np.nan if rng.random() < 0.03 else stock,
                    "Reorder Point": reorder,
                    "Status": status,
                    "Location": _one(rng, ["Front Shelf", "Back Room", "Window Display", "Warehouse"], [4, 3, 1, 2]),
                    "Last Restocked": ""
                    if rng.random() < 0.08
                    else f"{restocked.month}/{restocked.day}/{restocked.year}",
                    "Discontinued": "checked" if disc else "",
                    "Tags": tags if rng.random() < 0.7 else "",
                }
            )
    frame = pd.DataFrame(rows)
    dupes = frame.iloc[[17, 203]]
    return pd.concat([frame, dupes], ignore_index=True)


def _at_stock_value(d: pd.DataFrame, dedup: bool = False) -> float:
    if dedup:
        d = d.drop_duplicates("SKU")
    return float((_num(d["Unit Cost"]) * pd.to_numeric(d["In Stock"], errors="coerce").fillna(0)).sum())


def _at_low(d: pd.DataFrame, strict: bool) -> pd.Series:
    stock = pd.to_numeric(d["In Stock"], errors="coerce")
    point = pd.to_numeric(d["Reorder Point"], errors="coerce")
    return stock < point if strict else stock <= point


def _at_disc(d: pd.DataFrame) -> pd.Series:
    return _text(d["Discontinued"]).str.lower() == "checked"


_AT_ID = ("Name", "SKU")
_AIRTABLE_QS = [
    Q(
        "how many products do we carry",
        either(_count(lambda d: len(d)), _count(lambda d: int(d["SKU"].nunique()))),
        _AT_ID,
    ),
    Q(
        "which supplier do we get the most products from",
        either(
            _lead(_named(lambda d: _top(d["Supplier"].value_counts()))),
            _lead(_named(lambda d: _top(d.drop_duplicates("SKU")["Supplier"].value_counts()))),
        ),
        ("Supplier", *_AT_ID),
    ),
    Q(
        "whats all the stock on hand worth at cost",
        either(_money(_at_stock_value), _money(lambda d: _at_stock_value(d, True))),
        ("Unit Cost", "In Stock", *_AT_ID),
    ),
    Q(
        "how many items are at or under their reorder point",
        either(
            _count(lambda d: int(_at_low(d, False).sum())),
            _count(lambda d: int(_at_low(d.drop_duplicates("SKU"), False).sum())),
        ),
        ("In Stock", "Reorder Point", *_AT_ID),
    ),
    Q(
        "how many of those are discontinued anyway",
        either(
            _count(lambda d: int((_at_low(d, False) & _at_disc(d)).sum())),
            _count(lambda d: int((_at_low(d, False) & _at_disc(d))[~d["SKU"].duplicated()].sum())),
        ),
        ("In Stock", "Reorder Point", "Discontinued", *_AT_ID),
    ),
    Q(
        "avg retail price per category?",
        has(lambda d: _num(d["Retail Price"]).groupby(d["Category"]).mean().to_numpy(), rel=0.01),
        ("Retail Price", "Category"),
    ),
]


# --- 2. Monzo Business account export ------------------------------------------------------------------------------

# name: type, category, median amount (negative out), weight, description
_MZ_PAYEES = {
    "Amazon": ("Card payment", "Shopping", -38.0, 6.0, "AMAZON.CO.UK*AB12C LONDON GBR"),
    "TfL": ("Card payment", "Transport", -6.8, 8.0, "TFL TRAVEL CH LONDON GBR"),
    "Pret A Manger": ("Card payment", "Eating out", -9.5, 7.0, "PRET A MANGER LONDON GBR"),
    "Trainline": ("Card payment", "Transport", -54.0, 2.0, "TRAINLINE.COM LONDON GBR"),
    "Screwfix": ("Card payment", "Shopping", -62.0, 1.5, "SCREWFIX DIRECT YEOVIL GBR"),
    "Google Workspace": ("Card payment", "Bills", -21.6, 1.0, "GOOGLE *GSUITE CC@GOOGLE.COM IRL"),
    "Xero": ("Direct Debit", "Bills", -42.0, 1.0, "XERO UK LTD"),
    "British Gas": ("Direct Debit", "Bills", -185.0, 1.0, "BRITISH GAS"),
    "Landlord Properties Ltd": ("Faster payment", "Bills", -1450.0, 1.0, "OFFICE RENT"),
    "HMRC": ("Faster payment", "Bills", -900.0, 0.4, "HMRC VAT"),
    "Stripe Payments UK": ("Faster payment", "Income", 820.0, 4.0, "STRIPE PAYMENTS UK"),
    "Tax Pot": ("Pot transfer", "Savings", -300.0, 1.0, "POT_0000A1B2C3"),
}
_MZ_CLIENTS = ["Harbour Design Ltd", "K. Osei", "Brightwave Media", "Fenwick & Co", "Lumen Studio"]


def _monzo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17102)
    names = list(_MZ_PAYEES)
    weights = [v[3] for v in _MZ_PAYEES.values()]
    rows = []
    start = pd.Timestamp("2023-01-01")
    monthly = [("Landlord Properties Ltd", 1), ("Xero", 3), ("British Gas", 8), ("Google Workspace", 2)]
    events = []
    for m in range(12):
        first = start + pd.DateOffset(months=m)
        for name, day in monthly:
            events.append((first + pd.Timedelta(days=day - 1, hours=9), name))
        if m % 3 == 0:
            events.append((first + pd.Timedelta(days=6, hours=11), "HMRC"))
    for _ in range(1150):
        name = _one(rng, names, weights)
        if name in {"Landlord Properties Ltd", "Xero", "British Gas", "Google Workspace", "HMRC"}:
            name = "Amazon"
        day = int(rng.integers(0, 365))
        events.append((start + pd.Timedelta(days=day, seconds=int(rng.integers(7 * 3600, 22 * 3600))), name))
    for _k in range(110):
        when = start + pd.Timedelta(days=int(rng.integers(0, 365)), hours=int(rng.integers(8, 18)))
        events.append((when, "client:" + _one(rng, _MZ_CLIENTS)))
    events.sort(key=lambda e: e[0])
    for k, (when, name) in enumerate(events):
        if name.startswith("client:"):
            name = name[7:]
            kind, cat, amount, desc = "Faster payment", "Income", round(float(rng.lognormal(np.log(2400), 0.5)), 2), ""
            desc = f"INV-{2023000 + k}"
        else:
            kind, cat, med, _, desc = _MZ_PAYEES[name]
            amount = round(med * float(rng.lognormal(0, 0.35 if abs(med) < 500 else 0.05)), 2)
            if name == "Tax Pot" and rng.random() < 0.3:
                amount = -amount
        # the busy autumn: Q4 equipment purchases
        if name == "Screwfix" and when.month in (10, 11):
            amount = round(amount * 3, 2)
        local_cur, local_amt = "GBP", amount
        if kind == "Card payment" and rng.random() < 0.06:
            local_cur = _one(rng, ["EUR", "USD"], [3, 1])
            local_amt = round(amount * (1.16 if local_cur == "EUR" else 1.25), 2)
        rows.append(
            {
                "Transaction ID": "tx_0000"
                + "".join(
                    _one(rng, list("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz0123456789")) for _ in range(18)
                ),
                "Date": when.strftime("%d/%m/%Y"),
                "Time": when.strftime("%H:%M:%S"),
                "Type": kind,
                "Name": name,
                "Emoji": "" if rng.random() < 0.9 else _one(rng, ["🚇", "☕", "📦", "💷"]),
                "Category": cat,
                "Amount": amount,
                "Currency": "GBP",
                "Local amount": local_amt,
                "Local currency": local_cur,
                "Notes and #tags": "" if rng.random() < 0.85 else _one(rng, ["#client", "#travel", "#office", "#vat"]),
                "Address": "" if kind != "Card payment" else _one(rng, ["London", "Manchester", "Online", "Dublin"]),
                "Receipt": "",
                "Description": desc,
                "Category split": "",
                "Money Out": f"{amount:.2f}" if amount < 0 else "",
                "Money In": f"{amount:.2f}" if amount > 0 else "",
            }
        )
    return pd.DataFrame(rows)


def _mz_month(d: pd.DataFrame, pots: bool) -> pd.Timestamp:
    keep = d if pots else d[d["Type"] != "Pot transfer"]
    out = keep[keep["Amount"] < 0]
    months = pd.to_datetime(out["Date"], format="%d/%m/%Y").dt.to_period("M")
    return (-out["Amount"]).groupby(months).sum().idxmax().to_timestamp()


def _mz_top_cat(d: pd.DataFrame, pots: bool) -> str:
    keep = d if pots else d[d["Type"] != "Pot transfer"]
    out = keep[keep["Amount"] < 0]
    return _top((-out["Amount"]).groupby(out["Category"]).sum())


def _mz_cards(d: pd.DataFrame) -> pd.Series:
    return -d.loc[(d["Type"] == "Card payment") & (d["Amount"] < 0), "Amount"]


_MZ_ID = ("Transaction ID", "Date")
_MONZO_QS = [
    Q(
        "how much money came in overall",
        either(
            _money(lambda d: float(d.loc[d["Amount"] > 0, "Amount"].sum())),
            _money(lambda d: float(d.loc[(d["Amount"] > 0) & (d["Type"] != "Pot transfer"), "Amount"].sum())),
        ),
        ("Amount", "Money In", "Type", "Category", *_MZ_ID),
    ),
    Q(
        "where does most of our money go",
        either(
            _lead(_named(lambda d: _mz_top_cat(d, True))),
            _lead(_named(lambda d: _mz_top_cat(d, False))),
        ),
        ("Category", "Amount", "Money Out", "Type", "Name"),
    ),
    Q(
        "which month did we spend the most",
        either(_month_year(lambda d: _mz_month(d, True)), _month_year(lambda d: _mz_month(d, False))),
        ("Amount", "Money Out", "Type", *_MZ_ID),
    ),
    Q(
        "how many card payments were there",
        _count(lambda d: int((d["Type"] == "Card payment").sum())),
        ("Type", *_MZ_ID),
    ),
    Q(
        "and whats a typical one",
        either(
            has(lambda d: float(_mz_cards(d).mean()), rel=0.01),
            has(lambda d: float(_mz_cards(d).median()), rel=0.01),
        ),
        ("Type", "Amount", "Money Out"),
    ),
    Q(
        "how many transactions were in a foreign currency",
        _count(lambda d: int((_text(d["Local currency"]) != "GBP").sum())),
        ("Local currency", "Local amount", "Currency", *_MZ_ID),
    ),
]


# --- 3. Oura daily sleep score export ------------------------------------------------------------------------------

_OU_PARTS = ["deep_sleep", "efficiency", "latency", "rem_sleep", "restfulness", "timing", "total_sleep"]


def _oura_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17103)
    days = pd.date_range("2023-01-01", "2024-06-30")
    rows = []
    for day in days:
        if rng.random() < 0.06:
            continue  # ring not worn
        weekend = day.dayofweek >= 5
        season = 3 * np.sin(2 * np.pi * (day.dayofyear - 20) / 365)
        base = rng.normal(0, 1)
        parts = {
            "deep_sleep": 72 + 14 * base + rng.normal(0, 8),
            "efficiency": 84 + 5 * base + rng.normal(0, 6),
            "latency": 80 + rng.normal(0, 14),
            "rem_sleep": 76 + 8 * base + rng.normal(0, 10),
            "restfulness": 70 + 6 * base + rng.normal(0, 10),
            "timing": (92 if not weekend else 74) + rng.normal(0, 8),
            "total_sleep": (76 if not weekend else 86) + 10 * base + season + rng.normal(0, 7),
        }
        parts = {k: int(np.clip(round(v), 1, 100)) for k, v in parts.items()}
        score = int(np.clip(round(0.2 * parts["deep_sleep"] + 0.8 * np.mean(list(parts.values())) + 2), 30, 99))
        blank = rng.random() < 0.025
        offset = "+02:00" if 4 <= day.month <= 10 else "+01:00"
        row: dict[str, Any] = {
            "id": "".join(_one(rng, list("0123456789abcdef")) for _ in range(8))
            + "-"
            + "".join(_one(rng, list("0123456789abcdef")) for _ in range(4)),
            "day": day.strftime("%Y-%m-%d"),
            "score": np.nan if blank else score,
        }
        for k in _OU_PARTS:
            row[f"contributors.{k}"] = np.nan if blank else parts[k]
        row["timestamp"] = day.strftime("%Y-%m-%dT00:00:00.000") + offset
        rows.append(row)
    return pd.DataFrame(rows)


def _ou_day(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["day"], format="%Y-%m-%d")


def _ou_weekend(d: pd.DataFrame) -> pd.Series:
    return _ou_day(d).dt.dayofweek >= 5


def _ou_best_month(d: pd.DataFrame) -> pd.Timestamp:
    return d["score"].groupby(_ou_day(d).dt.to_period("M")).mean().idxmax().to_timestamp()


def _ou_gaps(d: pd.DataFrame) -> int:
    days = _ou_day(d)
    calendar = (days.max() - days.min()).days + 1
    return int(calendar - len(d) + d["score"].isna().sum())


_OURA_QS = [
    Q("whats my average sleep score", _about(lambda d: float(d["score"].mean())), ("score", "day")),
    Q("how many nights did i score 85 or higher", _count(lambda d: int((d["score"] >= 85).sum())), ("score", "day")),
    Q("which month was my sleep best", _month_year(_ou_best_month), ("score", "day")),
    Q(
        "is deep sleep tied to the overall score?",
        corr_of(lambda d: d["contributors.deep_sleep"], lambda d: d["score"]),
        ("contributors.deep_sleep", "score"),
    ),
    Q(
        "weekends vs weekdays?",
        has(
            lambda d: [float(d.loc[_ou_weekend(d), "score"].mean()), float(d.loc[~_ou_weekend(d), "score"].mean())],
            rel=0.01,
        ),
        ("score", "day"),
    ),
    Q(
        "how many days don't have a score",
        either(_count(lambda d: int(d["score"].isna().sum())), _count(_ou_gaps)),
        ("score", "day"),
    ),
]


# --- 4. SurveySparrow NPS survey export ----------------------------------------------------------------------------

_NP_SCORE = "How likely are you to recommend us to a friend or colleague?"
_NP_REASON = "What is the primary reason for your score?"
_NP_GOOD = [
    "Great support team, always quick to reply",
    "Easy to use and saves me hours every week",
    "Love the templates",
    "The reporting is excellent",
    "Does exactly what we need",
    "Good value for the price",
]
_NP_MID = [
    "Decent tool but missing a few integrations",
    "Works fine, nothing special",
    "Pricing is a bit high for small teams",
    "UI could be cleaner",
    "Okay, but the mobile app is slow",
]
_NP_BAD = [
    "Too expensive for what it offers",
    "Price went up again this year, considering alternatives",
    "Support took days to answer",
    "Lots of bugs after the last update",
    "Hard to set up, gave up after a week",
    "Pricing page is confusing and we were overcharged",
]
_NP_COUNTRIES = ["United States", "United Kingdom", "India", "Canada", "Australia", "Germany", "Philippines"]


def _nps_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17104)
    plan_mean = {"Free": 6.4, "Pro": 7.8, "Business": 8.4}
    start = pd.Timestamp("2023-07-01")
    rows = []
    for k in range(940):
        plan = _one(rng, list(plan_mean), [5, 3, 1.5])
        score = int(np.clip(round(rng.normal(plan_mean[plan], 2.2)), 0, 10))
        channel = _one(rng, ["Email", "Web Link", "SMS"], [6, 3, 1])
        partial = rng.random() < 0.07
        when = start + pd.Timedelta(minutes=int(rng.integers(0, 366 * 24 * 60)))
        if partial or rng.random() < 0.45:
            reason = ""
        elif score >= 9:
            reason = _one(rng, _NP_GOOD)
        elif score >= 7:
            reason = _one(rng, _NP_MID)
        else:
            reason = _one(rng, _NP_BAD)
        rows.append(
            {
                "Response ID": 5120300 + k,
                "Submitted Time": f"{when:%b} {when.day}, {when.year} {when:%I:%M %p}",
                "Contact Email": "" if channel == "Web Link" else f"user{int(rng.integers(10000, 99999))}@mail.com",
                "Channel": channel,
                "Country": _one(rng, _NP_COUNTRIES, [8, 3, 3, 2, 1.5, 1, 1]),
                _NP_SCORE: np.nan if (partial and rng.random() < 0.5) else score,
                _NP_REASON: reason,
                "Plan": plan,
                "Completion Status": "Partial" if partial else "Completed",
                "Device": _one(rng, ["Desktop", "Mobile", "Tablet"], [5, 4, 0.5]),
            }
        )
    return pd.DataFrame(rows)


def _np_nps(d: pd.DataFrame) -> float:
    s = pd.to_numeric(d[_NP_SCORE], errors="coerce").dropna()
    return float(100 * ((s >= 9).mean() - (s <= 6).mean()))


def _nps_check(answer: str, df: pd.DataFrame) -> str | None:
    """The NPS as points (to 0.5) or as a fraction; its sign may be written as a word ("minus 9")."""
    want = _np_nps(df)
    for t in re.findall(r"-?\d+(?:\.\d+)?", answer):
        f = float(t)
        if abs(abs(f) - abs(want)) <= 0.5 or abs(abs(100 * f) - abs(want)) <= 0.1:
            return None
    return f"missing NPS {want:.4g}"


def _np_comments(d: pd.DataFrame) -> pd.Series:
    return _text(d[_NP_REASON])


_NP_ID = ("Response ID",)
_NPS_QS = [
    Q(
        "how many responses did we get",
        either(
            _count(lambda d: len(d)),
            _count(lambda d: int(d[_NP_SCORE].notna().sum())),
            _count(lambda d: int((d["Completion Status"] == "Completed").sum())),
        ),
        (*_NP_ID, _NP_SCORE, "Completion Status"),
    ),
    Q("whats our nps", _nps_check, (_NP_SCORE, *_NP_ID)),
    Q(
        "how many detractors",
        _count(lambda d: int((pd.to_numeric(d[_NP_SCORE], errors="coerce") <= 6).sum())),
        (_NP_SCORE, *_NP_ID),
    ),
    Q(
        "avg score for each plan",
        has(lambda d: pd.to_numeric(d[_NP_SCORE], errors="coerce").groupby(d["Plan"]).mean().to_numpy(), rel=0.01),
        (_NP_SCORE, "Plan"),
    ),
    Q(
        "how many people actually left a comment",
        _count(lambda d: int((_np_comments(d) != "").sum())),
        (_NP_REASON, *_NP_ID),
    ),
    Q(
        "how many of those bring up price or pricing",
        _count(lambda d: int(_np_comments(d).str.lower().str.contains("pric").sum())),
        (_NP_REASON, *_NP_ID),
    ),
]


# --- 5. San Diego Get It Done service requests ---------------------------------------------------------------------

# service: weight, median days to close, details
_SD_SERVICES = {
    "Pothole": (9.0, 11.0, "Pothole;Pothole - Large"),
    "Graffiti - Public": (7.0, 6.0, "Graffiti Removal"),
    "Illegal Dumping": (8.0, 9.0, "Illegal Dumping;Abandoned Furniture"),
    "Encampment": (6.0, 4.0, "Encampment"),
    "Missed Collection": (4.0, 2.0, "Trash;Recycling;Greens"),
    "Street Light Maintenance": (3.0, 25.0, "Street Light Out;Street Light Flickering"),
    "72 Hour Violation": (5.0, 7.0, "72 Hour Violation"),
    "Sidewalk Repair Issue": (2.0, 60.0, "Sidewalk Uplift;Sidewalk Damaged"),
}
# council district: weight, community plans
_SD_DISTRICTS = {
    1: (1.0, "La Jolla;University"),
    2: (1.3, "Pacific Beach;Mission Beach;Peninsula"),
    3: (2.2, "Downtown;Uptown;North Park"),
    4: (0.9, "Encanto Neighborhoods;Southeastern San Diego"),
    5: (0.6, "Rancho Bernardo;Carmel Mountain Ranch"),
    6: (0.8, "Clairemont Mesa;Kearny Mesa"),
    7: (0.9, "Navajo;Tierrasanta;Serra Mesa"),
    8: (1.2, "Otay Mesa-Nestor;San Ysidro;Barrio Logan"),
    9: (1.5, "City Heights;College Area;Kensington-Talmadge"),
}
_SD_STREETS = ["UNIVERSITY AVE", "EL CAJON BLVD", "GARNET AVE", "MARKET ST", "IMPERIAL AVE", "CLAIREMONT MESA BLVD"]
_SD_EXPORT = pd.Timestamp("2024-01-15")


def _sandiego_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17105)
    services = list(_SD_SERVICES)
    districts = list(_SD_DISTRICTS)
    rows = []
    for k in range(3200):
        svc = _one(rng, services, [v[0] for v in _SD_SERVICES.values()])
        _, median, details = _SD_SERVICES[svc]
        day = int(rng.integers(0, 365))
        if svc == "Pothole" and rng.random() < 0.35:
            day = int(rng.integers(0, 59))  # winter storms: pothole surge in Jan-Feb
        requested = pd.Timestamp("2023-01-01") + pd.Timedelta(days=day, seconds=int(rng.integers(0, 86400)))
        requested = requested.floor("min")
        dist = _one(rng, districts, [v[0] for v in _SD_DISTRICTS.values()])
        plan = _one(rng, _SD_DISTRICTS[dist][1].split(";"))
        took = pd.Timedelta(days=float(rng.lognormal(np.log(median), 0.8)))
        closed = requested + took
        r = rng.random()
        if closed > _SD_EXPORT or r < 0.04:
            status = _one(rng, ["In Process", "New"], [3, 1])
            closed_txt = ""
            age = (_SD_EXPORT - requested).days
        elif r < 0.10:
            status, closed_txt, age = "Referred", closed.strftime("%Y-%m-%dT%H:%M:%S"), took.days
        else:
            status, closed_txt, age = "Closed", closed.strftime("%Y-%m-%dT%H:%M:%S"), took.days
        rows.append(
            {
                "service_request_id": 4100000 + k * 3 + int(rng.integers(0, 3)),
                "service_request_parent_id": int(4100000 + 3 * rng.integers(0, k + 1)) if rng.random() < 0.05 else "",
                "sap_notification_number": int(40300000 + k * 2) if rng.random() < 0.6 else "",
                "date_requested": requested.strftime("%Y-%m-%dT%H:%M:%S"),
                "case_age_days": age,
                "service_name": svc,
                "service_name_detail": _one(rng, details.split(";")),
                "date_closed": closed_txt,
                "status": status,
                "lat": round(32.72 + float(rng.normal(0, 0.06)), 6),
                "lng": round(-117.15 + float(rng.normal(0, 0.05)), 6),
                "street_address": f"{int(rng.integers(100, 9999))} {_one(rng, _SD_STREETS)}, SAN DIEGO, CA",
                "zipcode": int(_one(rng, [92101, 92103, 92104, 92105, 92109, 92111, 92113, 92115, 92117, 92154])),
                "council_district": dist,
                "comm_plan_code": 10 + districts.index(dist) * 3 + _SD_DISTRICTS[dist][1].split(";").index(plan),
                "comm_plan_name": plan,
                "case_origin": _one(rng, ["Mobile", "Web", "Phone"], [6, 3, 1]),
                "public_description": "" if rng.random() < 0.4 else _one(rng, ["Big one", "Please fix", "again!!"]),
            }
        )
    return pd.DataFrame(rows)


def _sd_pothole_days(d: pd.DataFrame, computed: bool) -> float:
    done = d[(d["service_name"] == "Pothole") & (_text(d["date_closed"]) != "")]
    if not computed:
        return float(done["case_age_days"].mean())
    fmt = "%Y-%m-%dT%H:%M:%S"
    span = pd.to_datetime(done["date_closed"], format=fmt) - pd.to_datetime(done["date_requested"], format=fmt)
    return float((span.dt.total_seconds() / 86400).mean())


def _sd_busy(d: pd.DataFrame) -> pd.Timestamp:
    months = pd.to_datetime(d["date_requested"], format="%Y-%m-%dT%H:%M:%S").dt.to_period("M")
    return months.value_counts().sort_index().idxmax().to_timestamp()


_SD_ID = ("service_request_id",)
_SANDIEGO_QS = [
    Q(
        "how many requests are still open",
        either(
            _count(lambda d: int(d["status"].isin(["New", "In Process"]).sum())),
            _count(lambda d: int((d["status"] != "Closed").sum())),
            _count(lambda d: int((_text(d["date_closed"]) == "").sum())),
        ),
        ("status", "date_closed", *_SD_ID),
    ),
    Q(
        "what do people report the most",
        _lead(_named(lambda d: _top(d["service_name"].value_counts()))),
        ("service_name", "service_name_detail", *_SD_ID),
    ),
    Q(
        "which council district has the most",
        _lead(_named(lambda d: f"District {_top(d['council_district'].value_counts())}")),
        ("council_district", *_SD_ID),
    ),
    Q(
        "on average how long does it take to fix a pothole",
        either(
            _about(lambda d: _sd_pothole_days(d, False), rel=0.02),
            _about(lambda d: _sd_pothole_days(d, True), rel=0.02),
        ),
        ("service_name", "case_age_days", "date_requested", "date_closed", "status"),
    ),
    Q(
        "what share came in thru the app",
        _share(lambda d: float((d["case_origin"] == "Mobile").mean())),
        ("case_origin", *_SD_ID),
    ),
    Q("busiest month?", _month_year(_sd_busy), ("date_requested", *_SD_ID)),
]


# --- 6. OECD house prices (DP_LIVE long download) ------------------------------------------------------------------

# location: (name, real growth per year 2015-2023, swing)
_OE_LOCS = {
    "AUS": ("Australia", 0.035, 0.05),
    "AUT": ("Austria", 0.045, 0.03),
    "BEL": ("Belgium", 0.02, 0.02),
    "CAN": ("Canada", 0.05, 0.06),
    "CHE": ("Switzerland", 0.03, 0.02),
    "DEU": ("Germany", 0.045, 0.05),
    "DNK": ("Denmark", 0.03, 0.04),
    "ESP": ("Spain", 0.035, 0.03),
    "FRA": ("France", 0.015, 0.03),
    "GBR": ("United Kingdom", 0.02, 0.03),
    "IRL": ("Ireland", 0.06, 0.03),
    "ITA": ("Italy", -0.01, 0.02),
    "JPN": ("Japan", 0.02, 0.01),
    "KOR": ("Korea", 0.015, 0.05),
    "NLD": ("Netherlands", 0.055, 0.04),
    "NZL": ("New Zealand", 0.05, 0.09),
    "PRT": ("Portugal", 0.085, 0.03),
    "SWE": ("Sweden", 0.035, 0.07),
    "USA": ("United States", 0.045, 0.03),
    "OECD": ("OECD - Total", 0.035, 0.02),
    "EA17": ("Euro area (17 countries)", 0.03, 0.02),
}
_OE_AGG = {"OECD", "EA17"}
_OE_ALIASES = {k: (v[0],) for k, v in _OE_LOCS.items()} | {
    "GBR": ("United Kingdom", "UK"),
    "USA": ("United States", "US", "USA"),
    "KOR": ("Korea", "South Korea"),
}


def _oecd_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17106)
    quarters = pd.period_range("2005Q1", "2023Q4", freq="Q")
    rows = []
    for loc, (_, growth, swing) in _OE_LOCS.items():
        infl = np.cumprod(1 + rng.normal(0.005, 0.003, len(quarters)))
        infl[-12:] *= np.cumprod(1 + rng.uniform(0.008, 0.02, 12))  # 2021-23 inflation burst
        t = np.asarray((quarters.year - 2015) + (quarters.quarter - 1) / 4, dtype=float)
        real = np.exp(
            growth * t + swing * np.sin(t / 2.2 + rng.uniform(0, 6)) + np.cumsum(rng.normal(0, 0.006, len(t)))
        )
        real[-6:] *= np.linspace(1, 1 - rng.uniform(0, 0.12), 6)  # the 2022-23 rate shock
        nominal = real * infl
        series = {"REAL": real, "NOMINAL": nominal}
        for subject, values in series.items():
            base = values[np.asarray(quarters.year == 2015)].mean()
            idx = 100 * values / base
            q = pd.Series(idx, index=quarters)
            annual = q.groupby(q.index.year).mean()
            for year, v in annual.items():
                rows.append(
                    (loc, subject, "A", str(year), float(v), "P" if year == 2023 and rng.random() < 0.4 else "")
                )
            for per, v in q.items():
                if per.year >= 2015:
                    flag = "P" if per.year == 2023 and per.quarter >= 3 and rng.random() < 0.5 else ""
                    rows.append((loc, subject, "Q", f"{per.year}-Q{per.quarter}", float(v), flag))
    frame = pd.DataFrame(rows, columns=["LOCATION", "SUBJECT", "FREQUENCY", "TIME", "Value", "Flag Codes"])
    frame.insert(1, "INDICATOR", "HOUSECOST")
    frame.insert(3, "MEASURE", "IDX2015")
    frame["Value"] = frame["Value"].round(4)
    return frame


def _oe_annual(d: pd.DataFrame, subject: str, countries_only: bool = True) -> pd.DataFrame:
    a = d[(d["FREQUENCY"] == "A") & (d["SUBJECT"] == subject)]
    if countries_only:
        a = a[~a["LOCATION"].isin(_OE_AGG)]
    return a.pivot_table(index="LOCATION", columns=a["TIME"].astype(int), values="Value")


def _oe_value(d: pd.DataFrame, loc: str, subject: str, time: str) -> float:
    row = d[(d["LOCATION"] == loc) & (d["SUBJECT"] == subject) & (d["TIME"].astype(str) == time)]
    return float(row["Value"].iloc[0])


def _oe_can_peak(d: pd.DataFrame, quarterly: bool) -> int:
    rows = d[(d["LOCATION"] == "CAN") & (d["SUBJECT"] == "REAL") & (d["FREQUENCY"] == ("Q" if quarterly else "A"))]
    best = rows.loc[rows["Value"].idxmax(), "TIME"]
    return int(str(best)[:4])


def _oe_fell(d: pd.DataFrame, countries_only: bool = True) -> list[str]:
    a = _oe_annual(d, "REAL", countries_only)
    return sorted(a.index[a[2023] < a[2022]])


_OE_ID = ("LOCATION", "SUBJECT", "FREQUENCY", "TIME", "Value", "MEASURE", "INDICATOR")
_OECD_QS = [
    Q(
        "how many countries are in here",
        either(
            _count(lambda d: int((~d["LOCATION"].isin(_OE_AGG)).groupby(d["LOCATION"]).any().sum())),
            _count(lambda d: int(d["LOCATION"].nunique())),
        ),
        ("LOCATION",),
    ),
    Q(
        "which country's real house prices went up the most from 2015 to 2023",
        _lead(_named(lambda d: _top(_oe_annual(d, "REAL")[2023] - _oe_annual(d, "REAL")[2015]), _OE_ALIASES)),
        _OE_ID,
    ),
    Q(
        "what was the nominal index for the us in 2023",
        either(
            has(lambda d: _oe_value(d, "USA", "NOMINAL", "2023"), rel=0.005),
            has(lambda d: _oe_value(d, "USA", "NOMINAL", "2023-Q4"), rel=0.005),
        ),
        _OE_ID,
    ),
    Q(
        "when did real prices peak in canada",
        either(_year(lambda d: _oe_can_peak(d, False)), _year(lambda d: _oe_can_peak(d, True))),
        _OE_ID,
    ),
    Q(
        "in how many countries did real prices drop from 2022 to 2023",
        either(_count(lambda d: len(_oe_fell(d))), _count(lambda d: len(_oe_fell(d, False)))),
        _OE_ID,
    ),
    Q(
        "germany nominal vs real in 2023",
        has(lambda d: [_oe_value(d, "DEU", "NOMINAL", "2023"), _oe_value(d, "DEU", "REAL", "2023")], rel=0.005),
        _OE_ID,
    ),
]


# --- 7. World Bank internet users (DataBank long download) ---------------------------------------------------------

# code: name, 2022 level, midpoint year of the S curve, first year with data
_WB_COUNTRIES = {
    "ISL": ("Iceland", 99.7, 2000, 2000),
    "NOR": ("Norway", 99.0, 2001, 2000),
    "DNK": ("Denmark", 98.9, 2001, 2000),
    "KOR": ("Korea, Rep.", 97.2, 2002, 2000),
    "GBR": ("United Kingdom", 96.7, 2003, 2000),
    "NLD": ("Netherlands", 95.5, 2002, 2000),
    "SWE": ("Sweden", 95.9, 2001, 2000),
    "DEU": ("Germany", 93.1, 2004, 2000),
    "JPN": ("Japan", 84.9, 2004, 2000),
    "USA": ("United States", 91.8, 2002, 2000),
    "CAN": ("Canada", 93.9, 2002, 2000),
    "FRA": ("France", 85.3, 2006, 2000),
    "ESP": ("Spain", 94.5, 2008, 2000),
    "ITA": ("Italy", 85.1, 2010, 2000),
    "POL": ("Poland", 86.9, 2009, 2000),
    "RUS": ("Russian Federation", 90.4, 2011, 2000),
    "TUR": ("Turkiye", 83.4, 2012, 2000),
    "BRA": ("Brazil", 80.5, 2012, 2000),
    "MEX": ("Mexico", 78.6, 2013, 2000),
    "ARG": ("Argentina", 88.4, 2011, 2000),
    "CHL": ("Chile", 90.2, 2011, 2000),
    "COL": ("Colombia", 72.8, 2014, 2000),
    "PER": ("Peru", 74.7, 2015, 2000),
    "CHN": ("China", 75.6, 2013, 2000),
    "IND": ("India", 46.3, 2019, 2000),
    "IDN": ("Indonesia", 66.5, 2017, 2000),
    "VNM": ("Viet Nam", 79.1, 2013, 2000),
    "PHL": ("Philippines", 73.1, 2015, 2000),
    "PAK": ("Pakistan", 33.0, 2020, 2000),
    "BGD": ("Bangladesh", 38.9, 2020, 2001),
    "EGY": ("Egypt, Arab Rep.", 72.1, 2015, 2000),
    "MAR": ("Morocco", 88.1, 2012, 2000),
    "SAU": ("Saudi Arabia", 99.0, 2010, 2000),
    "ARE": ("United Arab Emirates", 100.0, 2005, 2000),
    "NGA": ("Nigeria", 45.5, 2017, 2002),
    "KEN": ("Kenya", 40.8, 2018, 2000),
    "ETH": ("Ethiopia", 19.4, 2023, 2003),
    "ZAF": ("South Africa", 72.3, 2014, 2000),
    "GHA": ("Ghana", 68.2, 2016, 2001),
    "TZA": ("Tanzania", 31.6, 2021, 2002),
    "COD": ("Congo, Dem. Rep.", 26.6, 2023, 2005),
    "AFG": ("Afghanistan", 18.4, 2024, 2004),
}
_WB_AGGS = {
    "WLD": ("World", 66.3, 2014, 2000),
    "HIC": ("High income", 89.6, 2004, 2000),
    "LIC": ("Low income", 22.5, 2024, 2002),
    "SSF": ("Sub-Saharan Africa", 36.4, 2020, 2000),
    "EAS": ("East Asia & Pacific", 75.1, 2013, 2000),
    "SAS": ("South Asia", 43.2, 2019, 2000),
    "LCN": ("Latin America & Caribbean", 78.0, 2012, 2000),
    "EUU": ("European Union", 89.2, 2006, 2000),
}


def _worldbank_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17107)
    rows = []
    for code, (name, level, mid, first) in (_WB_COUNTRIES | _WB_AGGS).items():
        width = float(rng.uniform(3.2, 4.5))
        cap = min(100.0, level / (1 / (1 + np.exp(-(2022 - mid) / width))))
        cap = min(cap, 100.0)
        for year in range(2000, 2023):
            v = cap / (1 + np.exp(-(year - mid) / width)) * float(rng.uniform(0.985, 1.015))
            v = min(v, 100.0)
            missing = year < first or (code not in _WB_AGGS and rng.random() < 0.03)
            if code == "WLD" and abs(v - 50) < 0.05:
                v += 0.2
            rows.append(
                {
                    "Country Name": name,
                    "Country Code": code,
                    "Series Name": "Individuals using the Internet (% of population)",
                    "Series Code": "IT.NET.USER.ZS",
                    "Time": year,
                    "Time Code": f"YR{year}",
                    "Value": ".." if missing else repr(float(v)),
                }
            )
    frame = pd.DataFrame(rows)
    footer = pd.DataFrame(
        {
            "Country Name": ["", "", "Data from database: World Development Indicators", "Last Updated: 12/16/2024"],
        }
    )
    return pd.concat([frame, footer], ignore_index=True)


def _wb_data(d: pd.DataFrame) -> pd.DataFrame:
    out = d[d["Series Code"].notna()].copy()
    out["v"] = pd.to_numeric(out["Value"], errors="coerce")
    out["year"] = pd.to_numeric(out["Time"], errors="coerce").astype(int)
    return out


def _wb_countries(d: pd.DataFrame, year: int, countries_only: bool = True) -> pd.Series:
    x = _wb_data(d)
    x = x[x["year"] == year]
    if countries_only:
        x = x[~x["Country Code"].isin(list(_WB_AGGS))]
    return x.set_index("Country Name")["v"].dropna()


def _wb_one(d: pd.DataFrame, code: str, year: int) -> float:
    x = _wb_data(d)
    return float(x.loc[(x["Country Code"] == code) & (x["year"] == year), "v"].iloc[0])


def _wb_cross(d: pd.DataFrame) -> int:
    x = _wb_data(d)
    w = x[(x["Country Code"] == "WLD") & (x["v"] >= 50)]
    return int(w["year"].min())


_WB_ID = ("Country Name", "Country Code", "Time", "Time Code", "Value", "Series Name", "Series Code")
_WORLDBANK_QS = [
    Q("what % of the world was online in 2022", _about(lambda d: _wb_one(d, "WLD", 2022)), _WB_ID),
    Q(
        "which country had the highest internet use in 2022",
        _lead(_named(lambda d: _top(_wb_countries(d, 2022)))),
        _WB_ID,
    ),
    Q(
        "how many countries were over 90% that year",
        either(
            _count(lambda d: int((_wb_countries(d, 2022) > 90).sum())),
            _count(lambda d: int((_wb_countries(d, 2022, False) > 90).sum())),
        ),
        _WB_ID,
    ),
    Q("when did the world pass 50%", _year(_wb_cross), _WB_ID),
    Q(
        "how much did sub-saharan africa go up between 2010 and 2020",
        either(
            _about(lambda d: _wb_one(d, "SSF", 2020) - _wb_one(d, "SSF", 2010)),
            _about(lambda d: [_wb_one(d, "SSF", 2010), _wb_one(d, "SSF", 2020)]),
        ),
        _WB_ID,
    ),
    Q(
        "how many values are missing",
        either(
            _count(lambda d: int((_text(d["Value"]) == "..").sum())),
            _count(lambda d: int(_wb_data(d)["v"].isna().sum())),
            _count(lambda d: int(pd.to_numeric(d["Value"], errors="coerce").isna().sum())),
        ),
        ("Value", "Country Name", "Country Code", "Time"),
    ),
]


HELDOUT171: list[Dataset] = [
    Dataset("airtable_inventory_export", _airtable_frame, _AIRTABLE_QS),
    Dataset("monzo_business_export", _monzo_frame, _MONZO_QS),
    Dataset("oura_daily_sleep_scores", _oura_frame, _OURA_QS),
    Dataset("surveysparrow_nps_export", _nps_frame, _NPS_QS),
    Dataset("san_diego_get_it_done_requests", _sandiego_frame, _SANDIEGO_QS),
    Dataset("oecd_house_prices_long", _oecd_frame, _OECD_QS),
    Dataset("world_bank_internet_users_long", _worldbank_frame, _WORLDBANK_QS),
]
