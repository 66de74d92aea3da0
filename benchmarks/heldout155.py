"""HELDOUT155: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a Shopify "Sales by product" analytics report
(2023-2024) with Month as "2023-01-01", "Product title", "Product vendor" (the store's own brand or a supplier),
"Product type" (some blank), "Net items sold", "Gross sales", Discounts and Returns (negative amounts), "Net sales"
(gross plus discounts plus returns), Taxes and "Total sales", one row per product and month with a sale; a FreshBooks
invoice details export (2023-2024), one row per invoice line with the invoice repeated, "Client Name", "Invoice #"
("0000123"), "Date Issued" as "2023-03-15", "Invoice Status" (paid, sent, viewed, overdue, draft), "Date Paid"
(blank unless paid), "Item Name", "Item Description", Rate, Quantity, "Discount Percentage", "Line Subtotal", "Tax 1
Type" (HST or blank), "Tax 1 Amount", "Tax 2 Type", "Tax 2 Amount" (always blank), "Line Total" (subtotal plus tax)
and Currency (USD); an UptimeRobot monitor logs export (2024), newest first, with Event (Down, Up, Started, Paused),
Monitor (five monitors), "Monitor URL", "Date-Time" as "2024-03-05 14:22:10", Reason ("OK (200)", "Connection
Timeout", "Internal Server Error (500)", "Bad Gateway (502)", "Service Unavailable (503)", "Keyword Not Found"),
Duration as "2 hrs, 5 mins" and "Duration (in mins.)"; a StoryGraph library export with Title, Authors ("A, B" for
co-authors), Contributors, "ISBN/UID", Format (paperback, hardcover, digital, audio), "Read Status" (read, to-read,
currently-reading, did-not-finish), "Date Added" and "Last Date Read" as "2023/04/12", "Dates Read" as
"2023/03/01-2023/03/14", "Read Count", Moods, Pace (fast / medium / slow, blank when unread), "Character- or
Plot-Driven?", "Strong Character Development?", "Loveable Characters?", "Diverse Characters?", "Flawed Characters?",
"Star Rating" (quarter stars, blank when unrated), Review, "Content Warnings", "Content Warning Description", Tags and
"Owned?"; the US Census quarterly retail e-commerce estimates (Q4-1999 to Q2-2024) in long form with Period as
"Q1-2010", "Data Type" ("Total retail sales", "E-commerce retail sales", "E-commerce as percent of total"),
Adjustment ("Seasonally Adjusted" / "Not Seasonally Adjusted"), Units ("Millions of Dollars" / "Percent"), Value
(dollars with thousands commas, percent to one decimal) and Note ("(p)" on the preliminary last quarter); NYC
marshal evictions (2017-2023) with "Court Index Number", "Docket Number " (trailing space), "Eviction Address",
"Eviction Apartment Number", "Executed Date" as "03/14/2023", "Marshal First Name", "Marshal Last Name",
"Residential/Commercial", BOROUGH (upper case), "Eviction Postcode", Ejectment, "Eviction/Legal Possession",
Latitude / Longitude (some blank), "Community Board", "Council District", "Census Tract", BIN, BBL and NTA, with the
2020-2021 moratorium dip; and Eurostat prc_hpi_q in SDMX-CSV long form (2012-Q1 to 2024-Q4) with DATAFLOW, "LAST
UPDATE", freq, unit (I15_Q index 2015 = 100, RCH_A annual rate of change), purchase (TOTAL, DW_NEW, DW_EXST; the rate
only for TOTAL), geo (country codes plus EU27_2020 and EA20), TIME_PERIOD as "2023-Q4", OBS_VALUE (some blank) and
OBS_FLAG (p, e or blank). All are generated with fixed seeds 15501-15507.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named as _all
from .heldout37 import _count, _lead, _named, _pct, _share, _text, _year
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
    """Numbers from a text column ("$1,234.50", "1,234", blanks as NaN)."""
    return pd.to_numeric(s.astype("string").str.replace(r"[$,%\s]", "", regex=True), errors="coerce")


_ORDINAL = {1: "first|1st", 2: "second|2nd", 3: "third|3rd", 4: "fourth|4th"}


def _quarter(value: Callable[[pd.DataFrame], tuple[int, int]]) -> Check:
    """A quarter: "Q2 2020", "Q2-2020", "2020 Q2", "2020-Q2", "Q2'20", "second quarter of 2020"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        y, q = value(df)
        patterns = [
            rf"\bQ{q}\s*(?:[-/ ]|of)?\s*'?(?:{y}|{y % 100:02d})\b",
            rf"\b{y}\s*[-/ ]?\s*Q{q}\b",
            rf"\b(?:{_ORDINAL[q]})\s+quarter(?:\s+of)?,?\s+{y}\b",
        ]
        ok = any(re.search(p, answer, re.IGNORECASE) for p in patterns)
        return None if ok else f"missing quarter Q{q} {y}"

    return check


# --- 1. Shopify "Sales by product" report --------------------------------------------------------------------------

# product: vendor, type, price, monthly units
_SH_PRODUCTS: dict[str, tuple[str, str, float, float]] = {
    "Classic Crew Tee": ("Northfield Goods", "T-Shirts", 28.0, 95),
    "Heavyweight Hoodie": ("Northfield Goods", "Sweatshirts", 68.0, 40),
    "Relaxed Fit Joggers": ("Northfield Goods", "Pants", 58.0, 30),
    "Organic Cotton Socks (3-Pack)": ("Northfield Goods", "Accessories", 18.0, 120),
    "Merino Beanie": ("Alpine Knit Co", "Accessories", 32.0, 35),
    "Wool Scarf": ("Alpine Knit Co", "Accessories", 45.0, 18),
    "Canvas Tote Bag": ("Harbor Supply", "Bags", 24.0, 55),
    "Waxed Canvas Backpack": ("Harbor Supply", "Bags", 129.0, 14),
    "Leather Card Wallet": ("Harbor Supply", "", 39.0, 26),
    "Ceramic Mug": ("Kiln & Co", "Homeware", 22.0, 48),
    "Stoneware Planter": ("Kiln & Co", "Homeware", 36.0, 16),
    "Linen Button-Down": ("Northfield Goods", "Shirts", 74.0, 22),
    "Denim Jacket": ("Northfield Goods", "Outerwear", 118.0, 12),
    "Rain Shell": ("Coastline Outdoor", "Outerwear", 145.0, 9),
    "Trail Cap": ("Coastline Outdoor", "Accessories", 26.0, 38),
    "Insulated Water Bottle": ("Coastline Outdoor", "", 34.0, 60),
    "Gift Card": ("Northfield Goods", "Gift Cards", 50.0, 20),
    "Graphic Tee - Mountains": ("Northfield Goods", "T-Shirts", 32.0, 45),
    "Fleece Quarter Zip": ("Alpine Knit Co", "Sweatshirts", 79.0, 19),
    "Sticker Pack": ("Northfield Goods", "Accessories", 6.0, 70),
}
_SH_SEASON = {1: 0.7, 2: 0.65, 3: 0.8, 4: 0.85, 5: 0.9, 6: 0.85, 7: 0.8, 8: 0.9, 9: 0.95, 10: 1.1, 11: 1.7, 12: 1.9}


def _shopify_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15501)
    rows = []
    for month in pd.date_range("2023-01-01", "2024-12-01", freq="MS"):
        growth = 1 + 0.02 * ((month.year - 2023) * 12 + month.month - 1)
        for title, (vendor, kind, price, units) in _SH_PRODUCTS.items():
            if rng.random() < 0.06:
                continue
            warm = kind in ("Sweatshirts", "Outerwear") or title in ("Merino Beanie", "Wool Scarf")
            season = _SH_SEASON[month.month] * (1.4 if warm and month.month in (10, 11, 12, 1) else 1.0)
            ordered = int(rng.poisson(units * season * growth))
            if ordered == 0:
                continue
            returned = int(rng.binomial(ordered, 0.0 if kind == "Gift Cards" else 0.06))
            gross = round(ordered * price, 2)
            promo = 0.25 if month.month == 11 else 0.06
            discounts = -round(gross * promo * float(rng.uniform(0.5, 1.2)), 2) if kind != "Gift Cards" else 0.0
            returns = -round(returned * price * (1 + discounts / gross if gross else 1), 2)
            net = round(gross + discounts + returns, 2)
            taxes = 0.0 if kind == "Gift Cards" else round(net * 0.0725, 2)
            rows.append(
                {
                    "Month": month.strftime("%Y-%m-%d"),
                    "Product title": title,
                    "Product vendor": vendor,
                    "Product type": kind,
                    "Net items sold": ordered - returned,
                    "Gross sales": gross,
                    "Discounts": discounts,
                    "Returns": returns,
                    "Net sales": net,
                    "Taxes": taxes,
                    "Total sales": round(net + taxes, 2),
                }
            )
    return pd.DataFrame(rows)


def _sh_top_month(col: str) -> Callable[[pd.DataFrame], str]:
    return lambda d: _top(d.groupby("Month")[col].sum())


_SH_ID = ("Month", "Product title")
_SHOPIFY_QS = [
    Q(
        "what were our total net sales",
        _money(lambda d: float(d["Net sales"].sum())),
        (*_SH_ID, "Net sales"),
    ),
    Q(
        "which product sold the most units",
        _lead(_named(lambda d: _top(d.groupby("Product title")["Net items sold"].sum()))),
        (*_SH_ID, "Net items sold"),
    ),
    Q(
        "top 3 vendors by sales",
        either(
            _all(lambda d: list(_ranked(d.groupby("Product vendor")["Net sales"].sum()).index[:3])),
            _all(lambda d: list(_ranked(d.groupby("Product vendor")["Total sales"].sum()).index[:3])),
            _all(lambda d: list(_ranked(d.groupby("Product vendor")["Gross sales"].sum()).index[:3])),
        ),
        (*_SH_ID, "Product vendor", "Net sales", "Total sales", "Gross sales"),
    ),
    Q(
        "best month for sales?",
        either(
            _lead(_month_year(_sh_top_month("Net sales"))),
            _lead(_month_year(_sh_top_month("Total sales"))),
            _lead(_month_year(_sh_top_month("Gross sales"))),
        ),
        (*_SH_ID, "Net sales", "Total sales", "Gross sales"),
    ),
    Q(
        "how much did we lose to returns",
        _money(lambda d: float(-d["Returns"].sum())),
        (*_SH_ID, "Returns"),
    ),
    Q(
        "and discounts?",
        _money(lambda d: float(-d["Discounts"].sum())),
        (*_SH_ID, "Discounts"),
    ),
]


# --- 2. FreshBooks invoice details ---------------------------------------------------------------------------------

# client: invoices a year, typical hours
_FB_CLIENTS = {
    "Maple Leaf Dental": (14, 12),
    "Brightside Bakery": (8, 6),
    "Okafor & Lee LLP": (18, 20),
    "Greenway Landscaping": (6, 8),
    "Harlow Fitness": (10, 10),
    "Pinecrest Realty": (12, 16),
    "Studio Nine Architects": (9, 28),
    "Blue Heron Cafe": (5, 4),
}
# item: description, rate
_FB_ITEMS = {
    "Web development": ("Development hours", 95.0),
    "Design": ("UI / visual design", 85.0),
    "Consulting": ("Strategy call", 120.0),
    "Hosting": ("Monthly hosting and maintenance", 45.0),
    "SEO audit": ("One-off SEO audit", 650.0),
}


def _freshbooks_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15502)
    jobs = []
    for client, (per_year, hours) in _FB_CLIENTS.items():
        n = int(rng.poisson(per_year * 2.4))
        for _ in range(n):
            jobs.append((pd.Timestamp("2023-01-02") + pd.Timedelta(days=int(rng.integers(0, 725))), client, hours))
    jobs.sort(key=lambda j: j[0])
    rows = []
    end = pd.Timestamp("2024-12-31")
    for k, (issued, client, hours) in enumerate(jobs):
        number = f"{k + 1:07d}"
        age = (end - issued).days
        pay_days = int(rng.gamma(2.0, 4.0 + 0.6 * hours)) + 1  # the big accounts pay slower
        if age < 20:
            status = _one(rng, ["draft", "sent", "viewed"], [1, 2, 2])
        elif pay_days < age and rng.random() < 0.95:
            status = "paid"
        else:
            status = "overdue" if age > 30 else "viewed"
        paid = (issued + pd.Timedelta(days=pay_days)).strftime("%Y-%m-%d") if status == "paid" else ""
        items = ["Web development"] if rng.random() < 0.6 else ["Design"]
        if rng.random() < 0.5:
            items.append("Hosting")
        if rng.random() < 0.25:
            items.append("Consulting")
        if rng.random() < 0.08:
            items.append("SEO audit")
        discount = _one(rng, [0, 0, 0, 5, 10], None)
        hst = client in ("Maple Leaf Dental", "Pinecrest Realty")
        for item in items:
            desc, rate = _FB_ITEMS[item]
            if item in ("Web development", "Design"):
                qty = max(1.0, round(float(rng.gamma(3.0, hours / 3.0)) * 2) / 2)
            elif item == "Consulting":
                qty = float(rng.integers(1, 4))
            else:
                qty = 1.0
            sub = round(rate * qty * (1 - discount / 100), 2)
            tax = round(sub * 0.13, 2) if hst else 0.0
            rows.append(
                {
                    "Client Name": client,
                    "Invoice #": number,
                    "Date Issued": issued.strftime("%Y-%m-%d"),
                    "Invoice Status": status,
                    "Date Paid": paid,
                    "Item Name": item,
                    "Item Description": desc,
                    "Rate": rate,
                    "Quantity": qty,
                    "Discount Percentage": discount,
                    "Line Subtotal": sub,
                    "Tax 1 Type": "HST" if hst else "",
                    "Tax 1 Amount": tax if hst else np.nan,
                    "Tax 2 Type": "",
                    "Tax 2 Amount": np.nan,
                    "Line Total": round(sub + tax, 2),
                    "Currency": "USD",
                }
            )
    return pd.DataFrame(rows)


def _fb(d: pd.DataFrame) -> pd.DataFrame:
    out = d.copy()
    out["_issued"] = pd.to_datetime(out["Date Issued"], format="%Y-%m-%d")
    out["_paid"] = pd.to_datetime(out["Date Paid"], format="%Y-%m-%d", errors="coerce")
    out["_status"] = _text(out["Invoice Status"]).str.lower()
    return out


def _fb_unpaid(drafts: bool, col: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = _fb(d)
        skip = ["paid"] if drafts else ["paid", "draft"]
        return float(x.loc[~x["_status"].isin(skip), col].sum())

    return value


def _fb_days(how: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = _fb(d).drop_duplicates("Invoice #")
        days = (x["_paid"] - x["_issued"]).dt.days.dropna()
        return float(days.agg(how))

    return value


def _fb_invoices(d: pd.DataFrame) -> pd.DataFrame:
    """Paid invoices: their totals and the days they took to be paid."""
    x = _fb(d)
    out = x.groupby("Invoice #").agg(
        {"Line Total": "sum", "Line Subtotal": "sum", "_issued": "first", "_paid": "first"}
    )
    out["_days"] = (out["_paid"] - out["_issued"]).dt.days
    return out.dropna(subset=["_days"])


_FB_ID = ("Client Name", "Invoice #", "Date Issued", "Invoice Status")
_FRESHBOOKS_QS = [
    Q(
        "how many invoices have we sent out",
        either(
            _count(lambda d: int(d["Invoice #"].nunique())),
            _count(lambda d: int(_fb(d).loc[lambda x: x["_status"] != "draft", "Invoice #"].nunique())),
        ),
        _FB_ID,
    ),
    Q(
        "how much have we billed in total",
        either(_money(lambda d: float(d["Line Total"].sum())), _money(lambda d: float(d["Line Subtotal"].sum()))),
        (*_FB_ID, "Line Total", "Line Subtotal", "Tax 1 Amount"),
    ),
    Q(
        "who's our biggest client",
        either(
            _lead(_named(lambda d: _top(d.groupby("Client Name")["Line Total"].sum()))),
            _lead(_named(lambda d: _top(d.groupby("Client Name")["Line Subtotal"].sum()))),
        ),
        (*_FB_ID, "Line Total", "Line Subtotal"),
    ),
    Q(
        "how much money is still outstanding",
        either(
            _money(_fb_unpaid(False, "Line Total")),
            _money(_fb_unpaid(True, "Line Total")),
            _money(_fb_unpaid(False, "Line Subtotal")),
            _money(_fb_unpaid(True, "Line Subtotal")),
        ),
        (*_FB_ID, "Line Total", "Line Subtotal", "Date Paid"),
    ),
    Q(
        "on average how long do clients take to pay us",
        either(_about(_fb_days("mean"), rel=0.02), _about(_fb_days("median"), rel=0.02)),
        (*_FB_ID, "Date Paid"),
    ),
    Q(
        "do bigger invoices take longer to get paid",
        either(
            corr_of(lambda d: _fb_invoices(d)["Line Total"], lambda d: _fb_invoices(d)["_days"]),
            corr_of(lambda d: _fb_invoices(d)["Line Subtotal"], lambda d: _fb_invoices(d)["_days"]),
        ),
        (*_FB_ID, "Line Total", "Line Subtotal", "Date Paid"),
    ),
]


# --- 3. UptimeRobot monitor logs -----------------------------------------------------------------------------------

# monitor: url, outages in the year, typical outage minutes
_UR_MONITORS = {
    "Website": ("https://www.example-shop.com", 70, 6.0),
    "API": ("https://api.example-shop.com/health", 150, 9.0),
    "Checkout": ("https://checkout.example-shop.com", 45, 5.0),
    "Blog": ("https://blog.example-shop.com", 95, 14.0),
    "Status Page": ("https://status.example-shop.com", 20, 3.0),
}
_UR_REASONS = [
    "Connection Timeout",
    "Internal Server Error (500)",
    "Bad Gateway (502)",
    "Service Unavailable (503)",
    "Keyword Not Found",
]
_UR_FMT = "%Y-%m-%d %H:%M:%S"


def _ur_duration(minutes: int) -> str:
    return f"{minutes // 60} hrs, {minutes % 60} mins"


def _uptime_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15503)
    rows = []
    start = pd.Timestamp("2024-01-01 00:00:00")
    end = pd.Timestamp("2025-01-01 00:00:00")
    for monitor, (_url, outages, typical) in _UR_MONITORS.items():
        # more outages in the busy autumn for the API
        weights = np.ones(366) * (1 + 1.5 * (np.arange(366) > 240) * (monitor == "API"))
        days = np.sort(rng.choice(366, size=outages, replace=False, p=weights / weights.sum()))
        t = start + pd.Timedelta(minutes=int(rng.integers(0, 600)))
        rows.append(
            {"Event": "Started", "Monitor": monitor, "Date-Time": t, "Reason": "", "Duration": "", "Mins": np.nan}
        )
        last_up = t
        for day in days:
            down_at = start + pd.Timedelta(days=int(day), seconds=int(rng.integers(0, 86400)))
            if down_at <= last_up or (monitor == "Status Page" and day >= 220):
                continue
            mins = max(1, int(rng.gamma(1.2, typical)))
            if rng.random() < 0.01:
                mins = int(rng.integers(180, 420))
            reason = _one(rng, _UR_REASONS, [4, 2, 3, 2, 1] if monitor != "Blog" else [2, 3, 1, 1, 4])
            rows[-1]["Mins"] = int((down_at - last_up).total_seconds() // 60)
            rows.append({"Event": "Down", "Monitor": monitor, "Date-Time": down_at, "Reason": reason, "Mins": mins})
            up_at = down_at + pd.Timedelta(minutes=mins, seconds=int(rng.integers(0, 60)))
            rows.append({"Event": "Up", "Monitor": monitor, "Date-Time": up_at, "Reason": "OK (200)", "Mins": 0})
            last_up = up_at
        stop = pd.Timestamp("2024-08-12 09:00:00") if monitor == "Status Page" else end
        rows[-1]["Mins"] = int((stop - rows[-1]["Date-Time"]).total_seconds() // 60)
        if monitor == "Status Page":
            rows.append({"Event": "Paused", "Monitor": monitor, "Date-Time": stop, "Reason": "", "Mins": np.nan})
    frame = pd.DataFrame(rows)
    frame["Monitor URL"] = frame["Monitor"].map({m: v[0] for m, v in _UR_MONITORS.items()})
    frame = frame.sort_values("Date-Time", ascending=False, kind="stable")
    frame["Duration"] = [_ur_duration(int(m)) if m == m else "" for m in frame["Mins"]]
    frame["Duration (in mins.)"] = frame["Mins"].astype("Int64")
    frame["Date-Time"] = frame["Date-Time"].dt.strftime(_UR_FMT)
    cols = ["Event", "Monitor", "Monitor URL", "Date-Time", "Reason", "Duration", "Duration (in mins.)"]
    return frame[cols].reset_index(drop=True)


def _ur_down(d: pd.DataFrame) -> pd.DataFrame:
    out = d[_text(d["Event"]) == "Down"].copy()
    out["_when"] = pd.to_datetime(out["Date-Time"], format=_UR_FMT)
    out["_mins"] = pd.to_numeric(out["Duration (in mins.)"])
    return out


def _ur_month(by: str) -> Callable[[pd.DataFrame], Any]:
    def value(d: pd.DataFrame) -> Any:
        x = _ur_down(d)
        g = x.groupby(x["_when"].dt.to_period("M"))["_mins"]
        return _top(g.sum() if by == "sum" else g.count())

    return value


_UR_ID = ("Event", "Monitor", "Date-Time")
_UPTIME_QS = [
    Q(
        "how many outages were there",
        _count(lambda d: len(_ur_down(d))),
        _UR_ID,
    ),
    Q(
        "which monitor goes down most often",
        _lead(_named(lambda d: _top(_ur_down(d)["Monitor"].value_counts()))),
        (*_UR_ID, "Monitor URL"),
    ),
    Q(
        "total downtime for the api?",
        _scaled(lambda d: float(_ur_down(d).loc[lambda x: x["Monitor"] == "API", "_mins"].sum()), (60.0,)),
        (*_UR_ID, "Duration", "Duration (in mins.)"),
    ),
    Q(
        "whats the most common cause of outages",
        _lead(_named(lambda d: _top(_ur_down(d)["Reason"].value_counts()))),
        (*_UR_ID, "Reason"),
    ),
    Q(
        "longest outage?",
        _scaled(lambda d: float(_ur_down(d)["_mins"].max()), (60.0,)),
        (*_UR_ID, "Duration", "Duration (in mins.)", "Reason"),
    ),
    Q(
        "which month was worst for downtime",
        either(_lead(_month_year(_ur_month("sum"))), _lead(_month_year(_ur_month("count")))),
        (*_UR_ID, "Duration", "Duration (in mins.)"),
    ),
]


# --- 4. StoryGraph library export ----------------------------------------------------------------------------------

# author: books, pace, mean stars
_SG_AUTHORS: dict[str, tuple[int, str, float]] = {
    "Brandon Sanderson": (14, "medium", 4.3),
    "Sally Rooney": (5, "slow", 3.6),
    "Agatha Christie": (11, "fast", 3.9),
    "Emily Henry": (7, "fast", 3.8),
    "Kazuo Ishiguro": (5, "slow", 4.1),
    "Ursula K. Le Guin": (8, "medium", 4.2),
    "Colleen Hoover": (6, "fast", 3.0),
    "Terry Pratchett": (10, "medium", 4.4),
    "Hanya Yanagihara": (2, "slow", 3.7),
    "Taylor Jenkins Reid": (6, "fast", 4.0),
    "Haruki Murakami": (7, "slow", 3.8),
    "N. K. Jemisin": (6, "medium", 4.2),
    "Tana French": (6, "medium", 4.0),
    "Becky Chambers": (5, "medium", 4.1),
    "Stephen King": (9, "medium", 3.9),
    "Madeline Miller": (2, "medium", 4.5),
    "Andy Weir": (3, "fast", 4.2),
    "Rebecca Yarros": (3, "fast", 3.3),
}
_SG_WORDS = ["Night", "House", "River", "Stone", "Glass", "Winter", "Garden", "Secret", "Last", "Silent", "Empire"]
_SG_WORDS += ["Salt", "Ashes", "Light", "Crown", "Storm", "Harbor", "Wolves", "Summer", "Mirror", "Orchard", "Tide"]
_SG_MOODS = ["adventurous", "dark", "emotional", "funny", "hopeful", "mysterious", "reflective", "tense"]
_SG_FMT = "%Y/%m/%d"


def _storygraph_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15504)
    rows = []
    used: set[str] = set()
    for author, (books, pace, stars) in _SG_AUTHORS.items():
        for _ in range(int(books * 2.5) + int(rng.integers(0, 4))):
            while True:
                title = f"The {_one(rng, _SG_WORDS)} of {_one(rng, _SG_WORDS)}"
                if rng.random() < 0.4:
                    title = f"{_one(rng, _SG_WORDS)} {_one(rng, ['Song', 'Road', 'Hours', 'Keeper', 'Country'])}"
                if title not in used:
                    used.add(title)
                    break
            authors = author
            if rng.random() < 0.04:
                authors = f"{author}, {_one(rng, ['Neil Gaiman', 'Mary Robinette Kowal', 'Peter Straub'])}"
            status = _one(rng, ["read", "to-read", "currently-reading", "did-not-finish"], [60, 30, 3, 5])
            added = pd.Timestamp("2020-01-01") + pd.Timedelta(days=int(rng.integers(0, 1700)))
            row: dict[str, Any] = {
                "Title": title,
                "Authors": authors,
                "Contributors": "" if rng.random() < 0.9 else f"{_one(rng, ['Ray Porter', 'Julia Whelan'])} (Narrator)",
                "ISBN/UID": str(9780000000000 + int(rng.integers(0, 10**9))),
                "Format": _one(rng, ["paperback", "hardcover", "digital", "audio"], [4, 2, 3, 2]),
                "Read Status": status,
                "Date Added": added.strftime(_SG_FMT),
                "Last Date Read": "",
                "Dates Read": "",
                "Read Count": 0,
                "Moods": "",
                "Pace": "",
                "Character- or Plot-Driven?": "",
                "Strong Character Development?": "",
                "Loveable Characters?": "",
                "Diverse Characters?": "",
                "Flawed Characters?": "",
                "Star Rating": np.nan,
                "Review": "",
                "Content Warnings": "",
                "Content Warning Description": "",
                "Tags": "",
                "Owned?": "Yes" if rng.random() < 0.45 else "No",
            }
            if status in ("read", "did-not-finish"):
                begin = added + pd.Timedelta(days=int(rng.integers(0, 400)))
                begin = min(begin, pd.Timestamp("2024-12-01"))
                finish = begin + pd.Timedelta(days=int(rng.integers(2, 30)))
                p = pace if rng.random() < 0.8 else _one(rng, ["fast", "medium", "slow"])
                moods = sorted({_one(rng, _SG_MOODS) for _ in range(int(rng.integers(1, 4)))})
                row |= {
                    "Moods": ", ".join(moods),
                    "Pace": p,
                    "Character- or Plot-Driven?": _one(rng, ["Character", "Plot", "A mix"]),
                    "Strong Character Development?": _one(rng, ["Yes", "No", "It's complicated", "N/A"]),
                    "Loveable Characters?": _one(rng, ["Yes", "No", "It's complicated", "N/A"]),
                    "Diverse Characters?": _one(rng, ["Yes", "No", "It's complicated", "N/A"]),
                    "Flawed Characters?": _one(rng, ["Yes", "No", "It's complicated", "N/A"]),
                }
                if status == "read":
                    row |= {
                        "Last Date Read": finish.strftime(_SG_FMT),
                        "Dates Read": f"{begin:%Y/%m/%d}-{finish:%Y/%m/%d}",
                        "Read Count": 1 if rng.random() < 0.92 else 2,
                    }
                    if rng.random() < 0.88:
                        bump = {"fast": 0.15, "medium": 0.0, "slow": -0.25}[p]
                        s = stars + bump + float(rng.normal(0, 0.55))
                        row["Star Rating"] = float(np.clip(round(s * 4) / 4, 0.5, 5.0))
                    if rng.random() < 0.15:
                        row["Review"] = _one(rng, ["Loved it.", "Slow start but worth it", "meh", "<p>Re-read!</p>"])
                else:
                    row["Review"] = "DNF at 30%" if rng.random() < 0.3 else ""
                if rng.random() < 0.2:
                    row["Content Warnings"] = "Graphic: Violence; Moderate: Death"
                row["Tags"] = _one(rng, ["", "", "book club", "2023 challenge", "favorites"])
            rows.append(row)
    order = rng.permutation(len(rows))
    return pd.DataFrame([rows[i] for i in order])


def _sg_read(d: pd.DataFrame) -> pd.DataFrame:
    out = d[_text(d["Read Status"]) == "read"].copy()
    out["_last"] = pd.to_datetime(out["Last Date Read"], format=_SG_FMT, errors="coerce")
    return out


def _sg_pace(pace: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(d.loc[_text(d["Pace"]) == pace, "Star Rating"].mean())


def _sg_author(d: pd.DataFrame) -> str:
    return _top(_sg_read(d)["Authors"].str.split(", ").explode().value_counts())


_SG_ID = ("Title", "Authors", "Read Status")
_STORYGRAPH_QS = [
    Q(
        "how many books have i finished",
        _count(lambda d: len(_sg_read(d))),
        _SG_ID,
    ),
    Q(
        "what's my average rating",
        _about(lambda d: float(pd.to_numeric(d["Star Rating"]).mean()), rel=0.005),
        (*_SG_ID, "Star Rating"),
    ),
    Q(
        "how many did i read in 2023",
        _count(lambda d: int((_sg_read(d)["_last"].dt.year == 2023).sum())),
        (*_SG_ID, "Last Date Read", "Dates Read"),
    ),
    Q(
        "whose books have i read the most",
        _lead(_named(_sg_author)),
        _SG_ID,
    ),
    Q(
        "do i rate fast paced books higher than slow ones",
        has(_sg_pace("fast"), _sg_pace("slow"), rel=0.01),
        (*_SG_ID, "Pace", "Star Rating"),
    ),
    Q(
        "how many are still on my tbr",
        _count(lambda d: int((_text(d["Read Status"]) == "to-read").sum())),
        _SG_ID,
    ),
]


# --- 5. US Census quarterly retail e-commerce estimates ------------------------------------------------------------

_CS_TYPES = ("Total retail sales", "E-commerce retail sales", "E-commerce as percent of total")
_CS_ADJ = ("Seasonally Adjusted", "Not Seasonally Adjusted")
_CS_TOTAL_SEASON = {1: 0.93, 2: 1.01, 3: 1.0, 4: 1.06}
_CS_ECOM_SEASON = {1: 0.92, 2: 0.95, 3: 0.97, 4: 1.16}


def _census_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15505)
    quarters = pd.period_range("1999Q4", "2024Q2", freq="Q")
    rows = []
    for i, q in enumerate(quarters):
        t = i / (len(quarters) - 1)
        total = 770_000 * (1 + 1.35 * t**1.3) * float(rng.normal(1, 0.006))
        if q.year == 2009:
            total *= 0.92
        if q == pd.Period("2020Q2", "Q"):
            total *= 0.9
        if q.year >= 2021:
            total *= 1.08 + 0.01 * (q.year - 2021)
        share = (0.0065 + 0.14 * t**1.7) * float(rng.normal(1, 0.012))
        if q == pd.Period("2020Q2", "Q"):
            share += 0.035
        elif q in (pd.Period("2020Q3", "Q"), pd.Period("2020Q4", "Q"), pd.Period("2021Q1", "Q")):
            share += 0.012
        ecom = total * share
        for adj in _CS_ADJ:
            tot = total * (1 if adj == _CS_ADJ[0] else _CS_TOTAL_SEASON[q.quarter])
            ec = ecom * (1 if adj == _CS_ADJ[0] else _CS_ECOM_SEASON[q.quarter])
            tot, ec = round(tot), round(ec)
            values = (f"{tot:,}", f"{ec:,}", f"{100 * ec / tot:.1f}")
            for kind, v in zip(_CS_TYPES, values, strict=True):
                rows.append(
                    {
                        "Period": f"Q{q.quarter}-{q.year}",
                        "Data Type": kind,
                        "Adjustment": adj,
                        "Units": "Percent" if kind.startswith("E-commerce as") else "Millions of Dollars",
                        "Value": v,
                        "Note": "(p)" if q == quarters[-1] else "",
                    }
                )
    return pd.DataFrame(rows)


def _cs(d: pd.DataFrame, kind: str, adj: str) -> pd.Series:
    """One series by (year, quarter)."""
    x = d[(_text(d["Data Type"]) == kind) & (_text(d["Adjustment"]) == adj)]
    parts = x["Period"].str.extract(r"Q(\d)-(\d{4})")
    idx = pd.MultiIndex.from_arrays([parts[1].astype(int), parts[0].astype(int)], names=["year", "quarter"])
    return pd.Series(_num(x["Value"]).to_numpy(), index=idx).sort_index()


def _cs_top_share(adj: str) -> Callable[[pd.DataFrame], tuple[int, int]]:
    return lambda d: _cs(d, _CS_TYPES[2], adj).idxmax()


def _cs_jump(d: pd.DataFrame) -> tuple[int, int]:
    return _cs(d, _CS_TYPES[1], _CS_ADJ[0]).pct_change().idxmax()


def _cs_growth(adj: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        by_year = _cs(d, _CS_TYPES[1], adj).groupby(level="year").sum()
        return float(by_year[2023] / by_year[2019] - 1)

    return value


def _cs_share_2023(adj: str, pooled: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        if pooled:
            return float(100 * _cs(d, _CS_TYPES[1], adj)[2023].sum() / _cs(d, _CS_TYPES[0], adj)[2023].sum())
        return float(_cs(d, _CS_TYPES[2], adj)[2023].mean())

    return value


def _millions(value: Callable[[pd.DataFrame], float]) -> Check:
    """An amount in millions of dollars, in millions, in full, or as billions / trillions."""
    return _scaled(value, (1e-6, 1e3, 1e6))


_CS_ID = ("Period", "Data Type", "Adjustment", "Value")
_CENSUS_QS = [
    Q(
        "what were online sales in q2 2024, seasonally adjusted",
        _millions(lambda d: float(_cs(d, _CS_TYPES[1], _CS_ADJ[0])[(2024, 2)])),
        (*_CS_ID, "Units", "Note"),
    ),
    Q(
        "when was ecommerce's share of retail the highest",
        either(*(_lead(_quarter(_cs_top_share(a))) for a in _CS_ADJ)),
        (*_CS_ID, "Units"),
    ),
    Q(
        "which quarter saw the biggest jump in online sales vs the quarter before",
        _lead(_quarter(_cs_jump)),
        (*_CS_ID, "Units"),
    ),
    Q(
        "how much did e-commerce grow from 2019 to 2023",
        either(*(_pct(_cs_growth(a)) for a in _CS_ADJ)),
        (*_CS_ID, "Units"),
    ),
    Q(
        "average ecommerce share in 2023?",
        either(*(_about(_cs_share_2023(a, p), rel=0.01) for a in _CS_ADJ for p in (False, True))),
        (*_CS_ID, "Units"),
    ),
    Q(
        "total retail sales for 2023 not adjusted",
        _millions(lambda d: float(_cs(d, _CS_TYPES[0], _CS_ADJ[1])[2023].sum())),
        (*_CS_ID, "Units"),
    ),
]


# --- 6. NYC marshal evictions --------------------------------------------------------------------------------------

_NY_BOROUGHS = {
    "BRONX": (0.33, 40.84, -73.88, ("104", "105", "106", "107", "108", "109", "110", "111", "112")),
    "BROOKLYN": (0.29, 40.65, -73.95, ("112", "113", "116", "122", "125", "126", "129", "133")),
    "MANHATTAN": (0.15, 40.79, -73.95, ("100", "101", "102", "103", "104", "110")),
    "QUEENS": (0.19, 40.72, -73.82, ("113", "114", "115", "116", "117", "118", "119")),
    "STATEN ISLAND": (0.04, 40.6, -74.12, ("103", "104", "105", "106", "107")),
}
_NY_ZIP = {"BRONX": "104", "BROOKLYN": "112", "MANHATTAN": "100", "QUEENS": "113", "STATEN ISLAND": "103"}
_NY_MARSHALS = [
    ("Thomas", "Bia", 9),
    ("Danny", "Weinheim", 7),
    ("Justin", "Grossman", 6),
    ("Henry", "Daley", 5),
    ("Robert", "Renzulli", 5),
    ("Gary", "Rose", 4),
    ("Ileana", "Rivera", 4),
    ("Edward", "Guida", 3),
    ("Darlene", "Barone", 3),
    ("Ronald", "Solimando", 2),
    ("Stephen", "Biegel", 8),
]
_NY_YEARS = {2017: 620, 2018: 580, 2019: 520, 2020: 110, 2021: 18, 2022: 260, 2023: 410}
_NY_STREETS = ["GRAND CONCOURSE", "OCEAN AVENUE", "BROADWAY", "JAMAICA AVENUE", "FLATBUSH AVENUE", "WEBSTER AVENUE"]
_NY_STREETS += ["EASTERN PARKWAY", "NOSTRAND AVENUE", "VICTORY BOULEVARD", "ST NICHOLAS AVENUE", "ROOSEVELT AVENUE"]


def _evictions_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15506)
    rows = []
    names = list(_NY_BOROUGHS)
    for year, n in _NY_YEARS.items():
        for _ in range(n):
            if year == 2020:
                day = pd.Timestamp(year, 1, 2) + pd.Timedelta(days=int(rng.integers(0, 75)))
            elif year == 2021:
                day = pd.Timestamp(year, 1, 4) + pd.Timedelta(days=int(rng.integers(0, 360)))
            else:
                day = pd.Timestamp(year, 1, 2) + pd.Timedelta(days=int(rng.integers(0, 362)))
            boro = _one(rng, names, [v[0] for v in _NY_BOROUGHS.values()])
            _, lat, lon, _zips = _NY_BOROUGHS[boro]
            first, last, _w = _NY_MARSHALS[int(rng.choice(len(_NY_MARSHALS), p=_ny_weights()))]
            commercial = rng.random() < (0.12 if boro == "MANHATTAN" else 0.05)
            number = int(rng.integers(1, 3000))
            zipc = f"{_NY_ZIP[boro]}{int(rng.integers(1, 70)):02d}"
            geo = rng.random() > 0.07
            rows.append(
                {
                    "Court Index Number": f"{int(rng.integers(50000, 99999))}/{year % 100 - 1:02d}",
                    "Docket Number ": int(rng.integers(100000, 999999)),
                    "Eviction Address": f"{number} {_one(rng, _NY_STREETS)}",
                    "Eviction Apartment Number": ""
                    if commercial
                    else _one(rng, ["1A", "2B", "3F", "4C", "5D", "BSMT"]),
                    "Executed Date": day.strftime("%m/%d/%Y"),
                    "Marshal First Name": first,
                    "Marshal Last Name": last,
                    "Residential/Commercial": "Commercial" if commercial else "Residential",
                    "BOROUGH": boro,
                    "Eviction Postcode": int(zipc),
                    "Ejectment": "Ejectment" if rng.random() < 0.01 else "Not an Ejectment",
                    "Eviction/Legal Possession": _one(rng, ["Possession", "Eviction", "Unspecified"], [6, 3, 1]),
                    "Latitude": round(lat + float(rng.normal(0, 0.03)), 6) if geo else np.nan,
                    "Longitude": round(lon + float(rng.normal(0, 0.03)), 6) if geo else np.nan,
                    "Community Board": int(rng.integers(1, 13)) if geo else np.nan,
                    "Council District": int(rng.integers(1, 52)) if geo else np.nan,
                    "Census Tract": int(rng.integers(1, 1500)) if geo else np.nan,
                    "BIN": int(rng.integers(1_000_000, 5_999_999)) if geo else np.nan,
                    "BBL": int(rng.integers(1_000_000_000, 5_999_999_999)) if geo else np.nan,
                    "NTA": _one(rng, ["Fordham South", "Crown Heights North", "East Harlem North", "Jamaica"])
                    if geo
                    else "",
                }
            )
    return pd.DataFrame(rows)


def _ny_weights() -> np.ndarray:
    w = np.array([m[2] for m in _NY_MARSHALS], dtype=float)
    return w / w.sum()


def _ny_year(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Executed Date"], format="%m/%d/%Y").dt.year


_NY_ID = ("Court Index Number", "Docket Number ", "Executed Date")
_EVICTIONS_QS = [
    Q(
        "how many evictions happened in the bronx",
        _count(lambda d: int((_text(d["BOROUGH"]) == "BRONX").sum())),
        (*_NY_ID, "BOROUGH"),
    ),
    Q(
        "which borough has the most",
        _lead(_named(lambda d: _top(_text(d["BOROUGH"]).value_counts()))),
        (*_NY_ID, "BOROUGH"),
    ),
    Q(
        "what percent are commercial",
        _share(lambda d: float((_text(d["Residential/Commercial"]) == "Commercial").mean())),
        (*_NY_ID, "Residential/Commercial"),
    ),
    Q(
        "which year had the fewest evictions",
        _lead(_year(lambda d: int(_top(_ny_year(d).value_counts(), ascending=True)))),
        _NY_ID,
    ),
    Q(
        "which marshal did the most evictions",
        _lead(
            _named(lambda d: _top((d["Marshal First Name"] + " " + d["Marshal Last Name"]).value_counts()).split()[-1])
        ),
        (*_NY_ID, "Marshal First Name", "Marshal Last Name"),
    ),
    Q(
        "how many rows don't have a location",
        either(
            _count(lambda d: int(d["Latitude"].isna().sum())),
            _count(lambda d: int((d["Latitude"].isna() | d["Longitude"].isna()).sum())),
        ),
        (*_NY_ID, "Latitude", "Longitude"),
    ),
]


# --- 7. Eurostat house price index, quarterly (prc_hpi_q), SDMX-CSV ------------------------------------------------

# geo: name, yearly growth 2012-2021, change 2022-2023, growth 2024
_EU_GEOS: dict[str, tuple[str, float, float, float]] = {
    "BE": ("Belgium", 0.035, 0.01, 0.03),
    "BG": ("Bulgaria", 0.06, 0.1, 0.15),
    "CZ": ("Czechia", 0.08, 0.02, 0.06),
    "DK": ("Denmark", 0.045, -0.04, 0.04),
    "DE": ("Germany", 0.06, -0.09, 0.01),
    "EE": ("Estonia", 0.08, 0.07, 0.02),
    "IE": ("Ireland", 0.07, 0.04, 0.08),
    "ES": ("Spain", 0.03, 0.05, 0.09),
    "FR": ("France", 0.025, -0.02, -0.04),
    "HR": ("Croatia", 0.05, 0.11, 0.1),
    "IT": ("Italy", 0.0, 0.02, 0.03),
    "NL": ("Netherlands", 0.06, -0.03, 0.1),
    "AT": ("Austria", 0.06, -0.05, -0.02),
    "PL": ("Poland", 0.06, 0.1, 0.12),
    "PT": ("Portugal", 0.08, 0.1, 0.1),
    "SE": ("Sweden", 0.06, -0.12, 0.01),
    "FI": ("Finland", 0.01, -0.08, -0.03),
    "HU": ("Hungary", 0.11, 0.1, 0.08),
}
_EU_AGG = ("EU27_2020", "EA20")
_EU_ALIASES = {k: (v[0],) for k, v in _EU_GEOS.items()}


def _eurostat_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15507)
    quarters = pd.period_range("2012Q1", "2024Q4", freq="Q")
    paths: dict[str, np.ndarray] = {}
    for geo, (_name, g, mid, late) in _EU_GEOS.items():
        level, path = 1.0, []
        for q in quarters:
            rate = g if q.year <= 2021 else (mid / 2 if q.year <= 2023 else late)
            if geo in ("HU", "PL", "CZ", "PT") and q.year <= 2014:
                rate = -0.02
            level *= (1 + rate) ** 0.25 * float(rng.normal(1, 0.006))
            path.append(level)
        paths[geo] = np.array(path)
    weights = {"DE": 24, "FR": 17, "IT": 13, "ES": 10, "NL": 5, "PL": 5, "BE": 3, "SE": 3, "AT": 2.5}
    mean_of = lambda keys: np.average([paths[k] for k in keys], axis=0, weights=[weights.get(k, 1) for k in keys])  # noqa: E731
    paths["EU27_2020"] = mean_of(list(_EU_GEOS))
    paths["EA20"] = mean_of([k for k in _EU_GEOS if k not in ("BG", "CZ", "DK", "PL", "SE", "HU")])
    in2015 = np.array([q.year == 2015 for q in quarters])
    rows = []
    for geo, path in paths.items():
        index = {"TOTAL": path / path[in2015].mean() * 100}
        for kind, tilt in (("DW_NEW", 0.004), ("DW_EXST", -0.001)):
            alt = path * (1 + tilt) ** np.arange(len(path)) * rng.normal(1, 0.004, len(path))
            index[kind] = alt / alt[in2015].mean() * 100
        series = [("I15_Q", p, index[p]) for p in ("TOTAL", "DW_NEW", "DW_EXST")]
        rch = np.full(len(path), np.nan)
        rch[4:] = (index["TOTAL"][4:] / index["TOTAL"][:-4] - 1) * 100
        series.append(("RCH_A", "TOTAL", rch))
        for unit, purchase, values in series:
            for i, q in enumerate(quarters):
                v = values[i]
                flag = "p" if q >= pd.Period("2024Q3", "Q") else ("e" if rng.random() < 0.02 else "")
                if geo == "HR" and q.year < 2015 and purchase != "TOTAL":
                    v = np.nan
                if geo == "BG" and purchase == "DW_NEW" and q.year < 2014:
                    v = np.nan
                if geo == "EA20" and unit == "RCH_A" and q.year == 2012:
                    v = np.nan
                rows.append(
                    {
                        "DATAFLOW": "ESTAT:PRC_HPI_Q(1.0)",
                        "LAST UPDATE": "08/01/25 23:00:00",
                        "freq": "Q",
                        "unit": unit,
                        "purchase": purchase,
                        "geo": geo,
                        "TIME_PERIOD": f"{q.year}-Q{q.quarter}",
                        "OBS_VALUE": round(float(v), 2) if v == v else np.nan,
                        "OBS_FLAG": flag if v == v else "",
                    }
                )
    return pd.DataFrame(rows)


def _eu(d: pd.DataFrame, unit: str, purchase: str = "TOTAL") -> pd.DataFrame:
    return d[(_text(d["unit"]) == unit) & (_text(d["purchase"]) == purchase)]


def _eu_at(geo: str, period: str, unit: str = "I15_Q", purchase: str = "TOTAL") -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = _eu(d, unit, purchase)
        return float(x.loc[(x["geo"] == geo) & (x["TIME_PERIOD"] == period), "OBS_VALUE"].iloc[0])

    return value


def _eu_top(d: pd.DataFrame) -> str:
    x = _eu(d, "I15_Q")
    x = x[(x["TIME_PERIOD"] == "2024-Q4") & ~x["geo"].isin(_EU_AGG)]
    return _top(x.set_index("geo")["OBS_VALUE"])


def _eu_fallen(d: pd.DataFrame) -> list[str]:
    x = _eu(d, "RCH_A")
    x = x[(x["TIME_PERIOD"] == "2024-Q4") & ~x["geo"].isin(_EU_AGG)]
    return sorted(x.loc[x["OBS_VALUE"] < 0, "geo"])


def _eu_de_rise(base: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = _eu(d, "I15_Q")
        x = x[x["geo"] == "DE"]
        last = float(x.loc[x["TIME_PERIOD"] == "2024-Q4", "OBS_VALUE"].iloc[0])
        if base == "mean":
            start = float(x.loc[x["TIME_PERIOD"].str.startswith("2015"), "OBS_VALUE"].mean())
        else:
            start = float(x.loc[x["TIME_PERIOD"] == "2015-Q1", "OBS_VALUE"].iloc[0])
        return last / start - 1

    return value


def _eu_avg(geo: str, year: int) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = _eu(d, "RCH_A")
        return float(x.loc[(x["geo"] == geo) & x["TIME_PERIOD"].str.startswith(str(year)), "OBS_VALUE"].mean())

    return value


_EU_ID = ("geo", "TIME_PERIOD", "OBS_VALUE")
_EUROSTAT_QS = [
    Q(
        "which country had the highest house price index at the end of 2024",
        _lead(_named(_eu_top, _EU_ALIASES)),
        (*_EU_ID, "unit", "purchase"),
    ),
    Q(
        "how much have german house prices gone up since 2015",
        either(_pct(_eu_de_rise("mean")), _pct(_eu_de_rise("first"))),
        (*_EU_ID, "unit", "purchase"),
    ),
    Q(
        "which countries saw prices drop over the last year, in the latest quarter",
        _all(_eu_fallen, _EU_ALIASES),
        (*_EU_ID, "unit", "purchase"),
    ),
    Q(
        "what was the average yearly price growth in the euro area in 2023",
        _about(_eu_avg("EA20", 2023), rel=0.02),
        (*_EU_ID, "unit", "purchase"),
    ),
    Q(
        "and for the eu as a whole?",
        _about(_eu_avg("EU27_2020", 2023), rel=0.02),
        (*_EU_ID, "unit", "purchase"),
    ),
    Q(
        "how many values are missing",
        _count(lambda d: int(d["OBS_VALUE"].isna().sum())),
        (*_EU_ID, "OBS_FLAG"),
    ),
]


HELDOUT155: list[Dataset] = [
    Dataset("shopify_sales_by_product_report", _shopify_frame, _SHOPIFY_QS),
    Dataset("freshbooks_invoices_export", _freshbooks_frame, _FRESHBOOKS_QS),
    Dataset("uptimerobot_logs_export", _uptime_frame, _UPTIME_QS),
    Dataset("storygraph_reading_export", _storygraph_frame, _STORYGRAPH_QS),
    Dataset("census_quarterly_retail_ecommerce", _census_frame, _CENSUS_QS),
    Dataset("nyc_marshal_evictions", _evictions_frame, _EVICTIONS_QS),
    Dataset("eurostat_house_price_index_quarterly_long", _eurostat_frame, _EUROSTAT_QS),
]
