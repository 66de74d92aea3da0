"""HELDOUT124: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports an analyst is likely to bring along: a Binance spot
trade history export (Date(UTC) as "2022-03-14 09:41:27", Pair as "BTCUSDT" / "ETHUSDT" / "BNBUSDT" / "SOLUSDT" /
"ADAUSDT" / "ETHBTC", Side BUY / SELL, Price as plain text, Executed with the base asset glued to the quantity
("0.01520000BTC"), Amount with the quote asset glued on ("612.34560000USDT", BTC for ETHBTC) and Fee in the received
asset or in BNB ("0.00001520BTC", "0.00031200BNB"), newest first, 2021-2023); a Notion tasks database exported as CSV
(Name, Assignee blank for unassigned tasks, Status Not started / In progress / Blocked / Done, Priority High / Medium /
Low with blanks, Due as "March 14, 2024" with blanks, Tags as "Bug, Frontend", Project, Created time as "February 2,
2024 10:15 AM", Completed on as "March 3, 2024" only for Done tasks, Story Points with blanks); a Ramp corporate card
transactions export (Transaction Date and Posted Date as "2024-03-05", Cardholder, Card Last 4, Merchant, Ramp Category
such as Software / Restaurants / Airlines / Lodging, Amount in USD with refunds negative, Currency USD, Original Amount
and Original Currency for foreign charges, Department, Memo mostly blank, Receipt Attached / Missing, Status Cleared /
Pending, 2024); an Audible library export (Title, Author, Narrator, Length as "11 hrs and 23 mins" or "47 mins", Series
and Series Sequence blank for stand-alone books, Category, Release Date as "2019-05-07", Purchase Date as "2021-03-15",
My Rating 1-5 blank when unrated, Listening Status Finished / In Progress / Not Started, Percent Complete 0-100, ASIN
"B0..." codes, 2018-2024 purchases); the WHO tuberculosis case notifications table (country, iso2, iso3, iso_numeric,
g_whoregion AFR / AMR / EMR / EUR / SEA / WPR, year 2013-2022, new_labconf, new_clindx, new_ep, ret_rel_labconf,
ret_rel_clindx, ret_rel_ep, newrel_m014 ... newrel_m65 and newrel_f014 ... newrel_f65 by sex and age, blank for
countries or years without the breakdown, newrel_hivpos with many blanks, and c_newinc adding up the new and relapse
cases); the EIA monthly electricity retail sales by state and sector download (period as "2021-07", stateid,
stateDescription, sectorid RES / COM / IND / TRA / ALL, sectorName, customers blank before 2020 and on a few later rows,
price in cents per kilowatt-hour, revenue in million dollars, sales in million kilowatt hours, and the four units
columns repeated on every row, with "US" / "U.S. Total" rows that cover the whole country, 2019-2023); and DataSF's
Eviction Notices (Eviction ID "M162268", Address as "1000 Block Of Post Street", City SAN FRANCISCO, State CA, Eviction
Notice Source Zipcode, File Date as "06/07/2016", true / false reason flags from Non Payment to Good Samaritan Ends,
Constraints Date mostly blank, Supervisor District, "Neighborhoods - Analysis Boundaries" with blanks, and Location as
"POINT (-122.41 37.78)", 2015-2023). All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _year
from .heldout38 import _month
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores).index[0])


def _num(s: pd.Series) -> pd.Series:
    """Numbers with units or currency glued on ("0.0152BTC", "$1,234.50"), blanks as NaN."""
    text = s.astype("string").str.replace(r"[A-Za-z$,\s]", "", regex=True)
    return pd.to_numeric(text, errors="coerce")


def _txt(s: pd.Series) -> pd.Series:
    return s.astype("string").fillna("").str.strip()


def _dollars(value: Callable[[pd.DataFrame], Any]) -> Check:
    """An amount, in full or in thousands / millions."""
    return _scaled(value, (1e3, 1e6))


def _flag(s: pd.Series) -> pd.Series:
    return s.astype(str).str.strip().str.lower() == "true"


# --- 1. Binance spot trade history -----------------------------------------------------------------------------------

_BN_PAIRS = {
    # pair: (base, quote, start price, yearly drift, weight, quantity decimals)
    "BTCUSDT": ("BTC", "USDT", 34000.0, 0.0, 30, 5),
    "ETHUSDT": ("ETH", "USDT", 2100.0, 0.0, 25, 4),
    "BNBUSDT": ("BNB", "USDT", 380.0, 0.0, 12, 3),
    "SOLUSDT": ("SOL", "USDT", 95.0, 0.0, 14, 2),
    "ADAUSDT": ("ADA", "USDT", 1.1, 0.0, 11, 1),
    "ETHBTC": ("ETH", "BTC", 0.065, 0.0, 8, 4),
}


def _binance_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12401)
    n = 900
    start = pd.Timestamp("2021-01-01")
    secs = np.sort(rng.integers(0, int((pd.Timestamp("2024-01-01") - start).total_seconds()), n))
    names = list(_BN_PAIRS)
    weights = [_BN_PAIRS[p][4] for p in names]
    rows = []
    for s in secs:
        t = start + pd.Timedelta(seconds=int(s))
        pair = str(_one(rng, names, weights))
        base, quote, p0, _, _, dec = _BN_PAIRS[pair]
        years = (t - start).days / 365.25
        cycle = 1.0 + 0.6 * np.sin(2 * np.pi * years / 2.2)
        price = p0 * cycle * float(rng.normal(1, 0.03))
        price = round(price, 8 if quote == "BTC" else (4 if price < 10 else 2))
        side = str(_one(rng, ["BUY", "SELL"], [58, 42]))
        spend = float(rng.lognormal(5.3, 0.9))  # in USDT
        usd_price = price * 34000.0 * cycle if quote == "BTC" else price
        qty = round(spend / usd_price, dec)
        qty = max(qty, 10.0**-dec)
        amount = round(qty * price, 8)
        if rng.random() < 0.3:
            fee, fee_asset = round(amount * 0.00075 / 300.0, 8), "BNB"
        elif side == "BUY":
            fee, fee_asset = round(qty * 0.001, 8), base
        else:
            fee, fee_asset = round(amount * 0.001, 8), quote
        price_txt = f"{price:.8f}".rstrip("0").rstrip(".") if quote == "BTC" else f"{price:.2f}"
        if price < 10 and quote != "BTC":
            price_txt = f"{price:.4f}"
        rows.append(
            {
                "Date(UTC)": f"{t:%Y-%m-%d %H:%M:%S}",
                "Pair": pair,
                "Side": side,
                "Price": price_txt,
                "Executed": f"{qty:.8f}{base}",
                "Amount": f"{amount:.8f}{quote}",
                "Fee": f"{fee:.8f}{fee_asset}",
            }
        )
    return pd.DataFrame(rows).iloc[::-1].reset_index(drop=True)


def _bn_sum(pair: str, side: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        keep = (_txt(d["Pair"]) == pair) & (_txt(d["Side"]) == side)
        return float(_num(d["Amount"])[keep].sum())

    return value


def _bn_eth_avg(weighted: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        keep = (_txt(d["Pair"]) == "ETHUSDT") & (_txt(d["Side"]) == "BUY")
        if weighted:
            return float(_num(d["Amount"])[keep].sum() / _num(d["Executed"])[keep].sum())
        return float(pd.to_numeric(d["Price"], errors="coerce")[keep].mean())

    return value


def _bn_month(d: pd.DataFrame) -> pd.Timestamp:
    months = pd.to_datetime(d["Date(UTC)"]).dt.to_period("M")
    return pd.Period(_top(months.value_counts())).to_timestamp()


_BINANCE_QS = [
    Q("how many trades are in here?", _count(lambda d: len(d)), ("Date(UTC)",)),
    Q(
        "which coin pair did i trade most often?",
        _lead(_named(lambda d: _top(d["Pair"].value_counts()))),
        ("Pair",),
    ),
    Q(
        "how much usdt did i spend buying btc altogether?",
        _dollars(_bn_sum("BTCUSDT", "BUY")),
        ("Pair", "Side", "Amount"),
    ),
    Q("and how much did i get back from selling it?", _dollars(_bn_sum("BTCUSDT", "SELL")), ("Pair", "Side", "Amount")),
    Q(
        "what was my average buy price for eth in usdt?",
        either(has(_bn_eth_avg(False), rel=0.005), has(_bn_eth_avg(True), rel=0.005)),
        ("Pair", "Side", "Price", "Executed", "Amount"),
    ),
    Q("which month did i make the most trades?", _lead(_month_year(_bn_month)), ("Date(UTC)",)),
]


# --- 2. Notion tasks database export ---------------------------------------------------------------------------------

_NT_PEOPLE = ["Maya Chen", "Jordan Lee", "Priya Raman", "Tom Becker", "Sofia Alvarez", "Daniel Okafor"]
_NT_TAGS = ["Bug", "Feature", "Frontend", "Backend", "Design", "Docs", "Infra", "Customer"]
_NT_PROJECTS = ["Website Redesign", "Mobile App v2", "Billing Migration", "Onboarding Flow"]
_NT_VERBS = ["Fix", "Add", "Update", "Review", "Write", "Refactor", "Investigate", "Design", "Test", "Ship"]
_NT_THINGS = [
    "login page",
    "checkout flow",
    "invoice emails",
    "settings modal",
    "API rate limits",
    "onboarding copy",
    "dark mode",
    "search results",
    "CSV import",
    "push notifications",
    "password reset",
    "pricing table",
    "error logging",
    "release notes",
]


def _nt_day(t: pd.Timestamp) -> str:
    return f"{t:%B} {t.day}, {t.year}"


def _notion_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12402)
    n = 420
    rows = []
    for _ in range(n):
        created = pd.Timestamp("2024-01-02") + pd.Timedelta(minutes=int(rng.integers(0, 150 * 24 * 60)))
        created = created.replace(hour=int(rng.integers(8, 19)))
        status = str(_one(rng, ["Not started", "In progress", "Blocked", "Done"], [22, 18, 6, 54]))
        assignee = "" if rng.random() < 0.1 else str(_one(rng, _NT_PEOPLE, [5, 4, 4, 3, 3, 2]))
        priority = "" if rng.random() < 0.12 else str(_one(rng, ["High", "Medium", "Low"], [3, 5, 3]))
        due = created.normalize() + pd.Timedelta(days=int(rng.integers(3, 40)))
        tags = sorted(
            {str(_one(rng, _NT_TAGS, [5, 4, 3, 3, 2, 1, 1, 1])) for _ in range(int(rng.integers(1, 3)))},
            key=_NT_TAGS.index,
        )
        completed = ""
        if status == "Done":
            took = int(rng.gamma(2.0, 4.0 if priority == "High" else 7.0)) + 1
            completed = _nt_day(created.normalize() + pd.Timedelta(days=took))
        points = "" if rng.random() < 0.15 else str(int(_one(rng, [1, 2, 3, 5, 8], [2, 4, 4, 3, 1])))
        rows.append(
            {
                "Name": f"{_one(rng, _NT_VERBS)} {_one(rng, _NT_THINGS)}",
                "Assignee": assignee,
                "Status": status,
                "Priority": priority,
                "Due": "" if rng.random() < 0.08 else _nt_day(due),
                "Tags": ", ".join(tags),
                "Project": str(_one(rng, _NT_PROJECTS)),
                "Created time": f"{_nt_day(created)} {created.hour % 12 or 12}:{created:%M %p}",
                "Completed on": completed,
                "Story Points": points,
            }
        )
    return pd.DataFrame(rows)


def _nt_open_lead(statuses: tuple[str, ...]) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        a = _txt(d["Assignee"])
        keep = _txt(d["Status"]).isin(statuses) & (a != "")
        return _top(a[keep].value_counts())

    return value


def _nt_overdue(d: pd.DataFrame) -> int:
    due = pd.to_datetime(d["Due"], format="%B %d, %Y", errors="coerce")
    return int(((due < pd.Timestamp("2024-06-01")) & (_txt(d["Status"]) != "Done")).sum())


def _nt_days(exact: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        done = pd.to_datetime(d["Completed on"], format="%B %d, %Y", errors="coerce")
        made = pd.to_datetime(d["Created time"], format="%B %d, %Y %I:%M %p", errors="coerce")
        if not exact:
            made = made.dt.normalize()
        return float(((done - made).dt.total_seconds() / 86400).dropna().mean())

    return value


def _nt_bug(d: pd.DataFrame) -> pd.Series:
    return _txt(d["Tags"]).str.split(r",\s*").apply(lambda xs: "Bug" in xs)


_NOTION_QS = [
    Q("how many tasks are done?", _count(lambda d: int((_txt(d["Status"]) == "Done").sum())), ("Status",)),
    Q(
        "who has the most open tasks right now?",
        either(
            _lead(_named(_nt_open_lead(("Not started", "In progress", "Blocked")))),
            _lead(_named(_nt_open_lead(("Not started", "In progress")))),
        ),
        ("Assignee", "Status"),
    ),
    Q(
        "how many unfinished tasks were already past due on june 1 2024?",
        _count(_nt_overdue),
        ("Due", "Status"),
    ),
    Q(
        "on average how many days does it take to finish a task once it's created?",
        either(_about(_nt_days(True), rel=0.02), _about(_nt_days(False), rel=0.02)),
        ("Created time", "Completed on", "Status"),
    ),
    Q("how many tasks are tagged as bugs?", _count(lambda d: int(_nt_bug(d).sum())), ("Tags",)),
    Q(
        "how many of those are high priority?",
        _count(lambda d: int((_nt_bug(d) & (_txt(d["Priority"]) == "High")).sum())),
        ("Tags", "Priority"),
    ),
]


# --- 3. Ramp corporate card transactions -----------------------------------------------------------------------------

# category: (merchants, lognormal mean, sigma, weight)
_RP_CATS: dict[str, tuple[list[str], float, float, float]] = {
    "Software": (
        ["Slack", "Figma", "GitHub", "Notion Labs", "Atlassian", "Zoom.us", "AWS", "Google Workspace"],
        5.0,
        1.0,
        22,
    ),
    "Restaurants": (["DoorDash", "Sweetgreen", "Blue Bottle Coffee", "Chipotle", "Uber Eats", "Tartine"], 3.6, 0.8, 28),
    "Airlines": (["United Airlines", "Delta Air Lines", "Alaska Airlines", "JetBlue"], 6.0, 0.5, 8),
    "Lodging": (["Marriott", "Hilton", "Airbnb", "Hyatt"], 6.2, 0.5, 7),
    "Ground Transportation": (["Uber", "Lyft", "Hertz"], 3.4, 0.7, 14),
    "Office Supplies": (["Amazon", "Staples", "Best Buy"], 4.3, 1.0, 12),
    "Advertising": (["Google Ads", "Meta Ads", "LinkedIn Ads"], 6.5, 0.9, 9),
}
_RP_PEOPLE = {
    "Alicia Gomez": "Sales",
    "Brian Park": "Sales",
    "Chloe Martin": "Marketing",
    "Devon Wright": "Engineering",
    "Elena Petrova": "Engineering",
    "Farid Haddad": "Operations",
    "Grace Kim": "Marketing",
    "Hugo Silva": "Engineering",
    "Isla Novak": "Operations",
}


def _ramp_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12403)
    n = 1600
    people = list(_RP_PEOPLE)
    cards = {p: f"{int(rng.integers(1000, 9999))}" for p in people}
    cats = list(_RP_CATS)
    rows = []
    for k in np.sort(rng.integers(0, 366, n)):
        day = pd.Timestamp("2024-01-01") + pd.Timedelta(days=int(k))
        cat = str(_one(rng, cats, [_RP_CATS[c][3] for c in cats]))
        merchants, mu, sigma, _ = _RP_CATS[cat]
        person = str(_one(rng, people, [4, 3, 3, 2, 2, 2, 3, 2, 1]))
        amount = round(float(rng.lognormal(mu, sigma)), 2)
        if rng.random() < 0.03:
            amount = -amount
        orig, orig_cur = "", ""
        if cat in ("Lodging", "Restaurants", "Ground Transportation") and rng.random() < 0.06:
            orig_cur = str(_one(rng, ["EUR", "GBP", "CAD"]))
            orig = f"{amount / {'EUR': 1.08, 'GBP': 1.27, 'CAD': 0.74}[orig_cur]:.2f}"
        posted = day + pd.Timedelta(days=int(rng.integers(1, 4)))
        status = "Pending" if posted > pd.Timestamp("2024-12-29") else "Cleared"
        rows.append(
            {
                "Transaction Date": f"{day:%Y-%m-%d}",
                "Posted Date": "" if status == "Pending" else f"{posted:%Y-%m-%d}",
                "Cardholder": person,
                "Card Last 4": cards[person],
                "Merchant": str(_one(rng, merchants)),
                "Ramp Category": cat,
                "Amount": amount,
                "Currency": "USD",
                "Original Amount": orig,
                "Original Currency": orig_cur,
                "Department": _RP_PEOPLE[person],
                "Memo": ""
                if rng.random() < 0.8
                else str(_one(rng, ["team lunch", "client dinner", "offsite", "renewal"])),
                "Receipt": "Missing" if rng.random() < (0.05 if cat == "Software" else 0.14) else "Attached",
                "Status": status,
            }
        )
    return pd.DataFrame(rows)


def _rp_amt(d: pd.DataFrame) -> pd.Series:
    return _num(d["Amount"])


def _rp_software(positive: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        a = _rp_amt(d)[_txt(d["Ramp Category"]) == "Software"]
        return float(a[a > 0].sum() if positive else a.sum())

    return value


def _rp_month(d: pd.DataFrame) -> pd.Timestamp:
    months = pd.to_datetime(d["Transaction Date"]).dt.to_period("M")
    return pd.Period(_top(_rp_amt(d).groupby(months).sum())).to_timestamp()


_RAMP_QS = [
    Q(
        "how much have we spent on software this year?",
        either(_dollars(_rp_software(False)), _dollars(_rp_software(True))),
        ("Ramp Category", "Amount"),
    ),
    Q(
        "which department spends the most on the cards?",
        _lead(_named(lambda d: _top(_rp_amt(d).groupby(_txt(d["Department"])).sum()))),
        ("Department", "Amount"),
    ),
    Q(
        "and which person?",
        _lead(_named(lambda d: _top(_rp_amt(d).groupby(_txt(d["Cardholder"])).sum()))),
        ("Cardholder", "Department", "Amount", "Card Last 4"),
    ),
    Q(
        "whats the average charge at restaurants",
        either(
            has(lambda d: float(_rp_amt(d)[_txt(d["Ramp Category"]) == "Restaurants"].mean())),
            has(lambda d: float(_rp_amt(d)[(_txt(d["Ramp Category"]) == "Restaurants") & (_rp_amt(d) > 0)].mean())),
        ),
        ("Ramp Category", "Amount"),
    ),
    Q(
        "how many transactions are still missing a receipt?",
        _count(lambda d: int((_txt(d["Receipt"]) == "Missing").sum())),
        ("Receipt",),
    ),
    Q("which month had the highest spend?", _lead(_month_year(_rp_month)), ("Transaction Date", "Amount")),
]


# --- 4. Audible library export ---------------------------------------------------------------------------------------

_AU_CATS = {
    # category: (weight, typical minutes, authors)
    "Science Fiction & Fantasy": (30, 900, ["Brandon Sanderson", "Andy Weir", "Martha Wells", "N. K. Jemisin"]),
    "Mystery, Thriller & Suspense": (20, 620, ["Tana French", "Lee Child", "Richard Osman"]),
    "History": (12, 780, ["Erik Larson", "Mary Beard", "David McCullough"]),
    "Biographies & Memoirs": (12, 560, ["Michelle Obama", "Trevor Noah", "Matthew Perry"]),
    "Business & Careers": (10, 420, ["Adam Grant", "Morgan Housel", "Cal Newport"]),
    "Health & Wellness": (8, 400, ["Peter Attia", "Matthew Walker"]),
    "Comedy": (8, 320, ["Ali Wong", "John Mulaney", "Mindy Kaling"]),
}
_AU_NARRATORS = [
    "Michael Kramer",
    "Kate Reading",
    "Ray Porter",
    "Kevin R. Free",
    "Juliet Stevenson",
    "Scott Brick",
    "January LaVoy",
    "Simon Vance",
]
_AU_WORDS = ["Night", "Empire", "Silent", "Last", "River", "Glass", "Hidden", "Storm", "Long", "Wild", "Iron", "Star"]
_AU_NOUNS = ["Kingdom", "House", "Mind", "Road", "Lies", "Code", "Garden", "Winter", "Signal", "Crown", "Habit"]


def _au_length(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    if h == 0:
        return f"{m} mins"
    hrs = "hr" if h == 1 else "hrs"
    return f"{h} {hrs}" if m == 0 else f"{h} {hrs} and {m} min{'s' if m != 1 else ''}"


def _audible_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12404)
    n = 380
    cats = list(_AU_CATS)
    rows = []
    used: set[str] = set()
    for _ in range(n):
        cat = str(_one(rng, cats, [_AU_CATS[c][0] for c in cats]))
        _, typical, authors = _AU_CATS[cat]
        author = str(_one(rng, authors))
        while True:
            title = f"The {_one(rng, _AU_WORDS)} {_one(rng, _AU_NOUNS)}"
            if rng.random() < 0.3:
                title += f": A {cat.split(' ')[0]} Story"
            if title not in used:
                used.add(title)
                break
        minutes = max(35, int(rng.normal(typical, typical * 0.3)))
        bought = pd.Timestamp("2018-01-01") + pd.Timedelta(days=int(rng.integers(0, 7 * 365)))
        released = bought - pd.Timedelta(days=int(rng.integers(0, 3000)))
        status = str(_one(rng, ["Finished", "In Progress", "Not Started"], [60, 12, 28]))
        pct = 100 if status == "Finished" else (0 if status == "Not Started" else int(rng.integers(2, 98)))
        rated = status == "Finished" and rng.random() < 0.75
        base_rating = {"Science Fiction & Fantasy": 4.3, "Comedy": 3.6, "Business & Careers": 3.5}.get(cat, 4.0)
        rating = str(int(np.clip(round(rng.normal(base_rating, 0.8)), 1, 5))) if rated else ""
        self_read = cat != "Science Fiction & Fantasy" and rng.random() < 0.3
        narrator = author if self_read else str(_one(rng, _AU_NARRATORS))
        in_series = cat in ("Science Fiction & Fantasy", "Mystery, Thriller & Suspense") and rng.random() < 0.5
        rows.append(
            {
                "Title": title,
                "Author": author,
                "Narrator": narrator,
                "Length": _au_length(minutes),
                "Series": f"The {title.split(' ')[1]} Saga" if in_series else "",
                "Series Sequence": str(int(rng.integers(1, 6))) if in_series else "",
                "Category": cat,
                "Release Date": f"{released:%Y-%m-%d}",
                "Purchase Date": f"{bought:%Y-%m-%d}",
                "My Rating": rating,
                "Listening Status": status,
                "Percent Complete": pct,
                "ASIN": "B0" + "".join(str(_one(rng, list("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"))) for _ in range(8)),
            }
        )
    return pd.DataFrame(rows)


def _au_minutes(d: pd.DataFrame) -> pd.Series:
    text = _txt(d["Length"])
    hrs = pd.to_numeric(text.str.extract(r"(\d+)\s*hr", expand=False), errors="coerce").fillna(0)
    mins = pd.to_numeric(text.str.extract(r"(\d+)\s*min", expand=False), errors="coerce").fillna(0)
    return hrs * 60 + mins


def _au_2022(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Purchase Date"]).dt.year == 2022


_AUDIBLE_QS = [
    Q(
        "how many books have i finished?",
        _count(lambda d: int((_txt(d["Listening Status"]) == "Finished").sum())),
        ("Listening Status",),
    ),
    Q(
        "how many hours of audio is my whole library?",
        either(_about(lambda d: float(_au_minutes(d).sum() / 60), rel=0.005), _count(lambda d: _au_minutes(d).sum())),
        ("Length",),
    ),
    Q(
        "what genre do i have the most books in?",
        _lead(_named(lambda d: _top(_txt(d["Category"]).value_counts()))),
        ("Category",),
    ),
    Q(
        "avg rating i gave per genre",
        _about(lambda d: pd.to_numeric(d["My Rating"], errors="coerce").groupby(_txt(d["Category"])).mean().dropna()),
        ("Category", "My Rating"),
    ),
    Q("how many books did i buy in 2022?", _count(lambda d: int(_au_2022(d).sum())), ("Purchase Date",)),
    Q(
        "and how many of those have i actually finished?",
        _count(lambda d: int((_au_2022(d) & (_txt(d["Listening Status"]) == "Finished")).sum())),
        ("Purchase Date", "Listening Status", "Percent Complete"),
    ),
]


# --- 5. WHO tuberculosis case notifications --------------------------------------------------------------------------

# country, iso2, iso3, iso_numeric, region, cases around 2013
_TB_COUNTRIES = [
    ("India", "IN", "IND", 356, "SEA", 1_350_000),
    ("Indonesia", "ID", "IDN", 360, "SEA", 325_000),
    ("Philippines", "PH", "PHL", 608, "WPR", 260_000),
    ("Pakistan", "PK", "PAK", 586, "EMR", 290_000),
    ("China", "CN", "CHN", 156, "WPR", 840_000),
    ("Nigeria", "NG", "NGA", 566, "AFR", 98_000),
    ("Bangladesh", "BD", "BGD", 50, "SEA", 185_000),
    ("Democratic Republic of the Congo", "CD", "COD", 180, "AFR", 115_000),
    ("South Africa", "ZA", "ZAF", 710, "AFR", 320_000),
    ("Viet Nam", "VN", "VNM", 704, "WPR", 102_000),
    ("Myanmar", "MM", "MMR", 104, "SEA", 140_000),
    ("Ethiopia", "ET", "ETH", 231, "AFR", 130_000),
    ("Kenya", "KE", "KEN", 404, "AFR", 89_000),
    ("United Republic of Tanzania", "TZ", "TZA", 834, "AFR", 65_000),
    ("Mozambique", "MZ", "MOZ", 508, "AFR", 52_000),
    ("Brazil", "BR", "BRA", 76, "AMR", 82_000),
    ("Peru", "PE", "PER", 604, "AMR", 31_000),
    ("Mexico", "MX", "MEX", 484, "AMR", 21_000),
    ("Russian Federation", "RU", "RUS", 643, "EUR", 105_000),
    ("Ukraine", "UA", "UKR", 804, "EUR", 32_000),
    ("Kazakhstan", "KZ", "KAZ", 398, "EUR", 17_000),
    ("Afghanistan", "AF", "AFG", 4, "EMR", 31_000),
    ("Somalia", "SO", "SOM", 706, "EMR", 13_000),
    ("Thailand", "TH", "THA", 764, "SEA", 67_000),
    ("Cambodia", "KH", "KHM", 116, "WPR", 39_000),
    ("Uganda", "UG", "UGA", 800, "AFR", 45_000),
    ("Zambia", "ZM", "ZMB", 894, "AFR", 42_000),
    ("Angola", "AO", "AGO", 24, "AFR", 55_000),
    ("Nepal", "NP", "NPL", 524, "SEA", 35_000),
    ("Papua New Guinea", "PG", "PNG", 598, "WPR", 26_000),
    ("United States of America", "US", "USA", 840, "AMR", 9_500),
    ("United Kingdom of Great Britain and Northern Ireland", "GB", "GBR", 826, "EUR", 7_800),
    ("Germany", "DE", "DEU", 276, "EUR", 4_300),
    ("France", "FR", "FRA", 250, "EUR", 4_900),
    ("Japan", "JP", "JPN", 392, "WPR", 20_000),
    ("Morocco", "MA", "MAR", 504, "EMR", 28_000),
    ("Haiti", "HT", "HTI", 332, "AMR", 16_000),
    ("Colombia", "CO", "COL", 170, "AMR", 12_000),
    ("Egypt", "EG", "EGY", 818, "EMR", 8_000),
    ("Lesotho", "LS", "LSO", 426, "AFR", 9_000),
]
_TB_AGES = ["014", "1524", "2534", "3544", "4554", "5564", "65"]
_TB_AGE_W = np.array([0.08, 0.16, 0.2, 0.18, 0.16, 0.12, 0.1])


def _who_tb_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12405)
    rows = []
    for country, iso2, iso3, num, region, base in _TB_COUNTRIES:
        trend = float(rng.normal(0.01, 0.03))
        no_breakdown = rng.random() < 0.15
        for year in range(2013, 2023):
            covid = 0.78 if year == 2020 else (0.88 if year == 2021 else 1.0)
            total = int(base * (1 + trend) ** (year - 2013) * covid * float(rng.normal(1, 0.04)))
            split = rng.dirichlet([50, 20, 18, 4, 3, 5])
            parts = [int(total * s) for s in split]
            parts[0] += total - sum(parts)
            row: dict[str, Any] = {
                "country": country,
                "iso2": iso2,
                "iso3": iso3,
                "iso_numeric": num,
                "g_whoregion": region,
                "year": year,
                "new_labconf": parts[0],
                "new_clindx": parts[1],
                "new_ep": parts[2],
                "ret_rel_labconf": parts[3],
                "ret_rel_clindx": parts[4],
                "ret_rel_ep": parts[5],
            }
            has_ages = not no_breakdown and not (year < 2015 and rng.random() < 0.3)
            male = float(np.clip(rng.normal(0.62, 0.04), 0.5, 0.75))
            w = _TB_AGE_W * rng.uniform(0.7, 1.3, len(_TB_AGE_W))
            w = w / w.sum()
            cells = rng.multinomial(total, np.concatenate([w * male, w * (1 - male)]))
            for i, age in enumerate(_TB_AGES):
                row[f"newrel_m{age}"] = int(cells[i]) if has_ages else np.nan
            for i, age in enumerate(_TB_AGES):
                row[f"newrel_f{age}"] = int(cells[len(_TB_AGES) + i]) if has_ages else np.nan
            row["newrel_hivpos"] = (
                int(total * rng.uniform(0.3, 0.6) if region == "AFR" else total * rng.uniform(0.005, 0.05))
                if rng.random() < 0.7
                else np.nan
            )
            row["c_newinc"] = total
            rows.append(row)
    out = pd.DataFrame(rows)
    for c in out.columns:
        if c.startswith("newrel_"):
            out[c] = out[c].astype("Int64")
    return out


def _tb_male(d: pd.DataFrame, cols: list[str], over_total: bool) -> float:
    y = d[d["year"] == 2022]
    m = [c for c in y.columns if c.startswith("newrel_m")]
    f = [c for c in y.columns if c.startswith("newrel_f")]
    part = y[cols].sum(axis=1, min_count=1)
    both_ = y[m + f].sum(axis=1, min_count=1)
    denom = y["c_newinc"].sum() if over_total else both_.sum()
    return float(part.sum() / denom)


def _tb_men(over_total: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: _tb_male(d, [c for c in d.columns if c.startswith("newrel_m")], over_total)


def _tb_kids(over_total: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: _tb_male(d, ["newrel_m014", "newrel_f014"], over_total)


_WHO_TB_QS = [
    Q(
        "which country reported the most tb cases in 2022?",
        _lead(_named(lambda d: _top(d[d["year"] == 2022].groupby("country")["c_newinc"].sum()))),
        ("country", "year", "c_newinc"),
    ),
    Q(
        "total cases in 2019 vs 2020?",
        _count(lambda d: [float(d.loc[d["year"] == y, "c_newinc"].sum()) for y in (2019, 2020)]),
        ("year", "c_newinc"),
    ),
    Q(
        "which who region has the most cases over the whole period?",
        _lead(_named(lambda d: _top(d.groupby("g_whoregion")["c_newinc"].sum()))),
        ("g_whoregion", "c_newinc"),
    ),
    Q(
        "what share of 2022 cases were men?",
        either(_share(_tb_men(False)), _share(_tb_men(True))),
        (
            "year",
            "c_newinc",
            *[f"newrel_{s}{a}" for s in "mf" for a in _TB_AGES],
        ),
    ),
    Q(
        "and kids under 15?",
        either(_share(_tb_kids(False)), _share(_tb_kids(True))),
        (
            "year",
            "c_newinc",
            *[f"newrel_{s}{a}" for s in "mf" for a in _TB_AGES],
        ),
    ),
    Q(
        "how many rows have no number for hiv positive cases?",
        _count(lambda d: int(d["newrel_hivpos"].isna().sum())),
        ("newrel_hivpos",),
    ),
]


# --- 6. EIA monthly electricity retail sales by state and sector ----------------------------------------------------

# state id, name, yearly sales in million kWh (RES, COM, IND, TRA), residential price in cents, customers (thousands)
_EIA_STATES = [
    ("CA", "California", (90000, 115000, 45000, 700), 22.0, 15000),
    ("TX", "Texas", (190000, 150000, 110000, 300), 13.0, 13500),
    ("FL", "Florida", (125000, 95000, 16000, 80), 12.5, 10800),
    ("NY", "New York", (48000, 75000, 7500, 3200), 20.5, 8200),
    ("PA", "Pennsylvania", (55000, 44000, 44000, 600), 14.5, 6100),
    ("OH", "Ohio", (52000, 44000, 49000, 30), 13.5, 5600),
    ("GA", "Georgia", (62000, 48000, 30000, 80), 12.8, 5100),
    ("WA", "Washington", (37000, 31000, 21000, 300), 10.2, 3700),
    ("MA", "Massachusetts", (21000, 25000, 6500, 400), 23.5, 3300),
    ("AZ", "Arizona", (36000, 30000, 14000, 10), 12.9, 3400),
]
_EIA_SECTORS = {"RES": "residential", "COM": "commercial", "IND": "industrial", "TRA": "transportation"}
_EIA_PRICE_RATIO = {"RES": 1.0, "COM": 0.8, "IND": 0.55, "TRA": 0.75}
_EIA_CUST_SHARE = {"RES": 0.88, "COM": 0.115, "IND": 0.004, "TRA": 0.000005}


def _eia_season(state: str, month: int, sector: str) -> float:
    hot = state in ("TX", "FL", "GA", "AZ", "CA")
    summer = np.cos(2 * np.pi * (month - (8.0 if hot else 7.5)) / 12)
    winter = np.cos(2 * np.pi * (month - 1) / 12)
    amp = 0.0 if sector in ("IND", "TRA") else (0.25 if sector == "RES" else 0.1)
    return 1.0 + amp * (summer if hot else 0.5 * summer + 0.5 * winter)


def _eia_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12406)
    rows = []
    periods = pd.period_range("2019-01", "2023-12", freq="M")
    us: dict[tuple[str, str], list[float]] = {}
    for sid, name, yearly, res_price, cust in _EIA_STATES:
        for p in periods:
            inflation = 1.0 + 0.035 * (p.year - 2019) + (0.06 if p.year >= 2022 else 0.0)
            sec_rows = []
            for i, sec in enumerate(_EIA_SECTORS):
                sales = yearly[i] / 12 * _eia_season(sid, p.month, sec) * float(rng.normal(1, 0.03))
                price = res_price * _EIA_PRICE_RATIO[sec] * inflation * float(rng.normal(1, 0.025))
                customers = round(cust * 1000 * _EIA_CUST_SHARE[sec] * (1 + 0.008 * (p.year - 2019)))
                sec_rows.append((sec, round(sales, 2), round(price, 2), customers))
            total_sales = sum(r[1] for r in sec_rows)
            total_rev = sum(r[1] * r[2] / 100 for r in sec_rows)
            sec_rows.append(
                ("ALL", round(total_sales, 2), round(100 * total_rev / total_sales, 2), sum(r[3] for r in sec_rows))
            )
            for sec, sales, price, customers in sec_rows:
                rev = round(sales * price / 100, 2)
                rows.append((f"{p}", sid, name, sec, customers, price, rev, sales))
                acc = us.setdefault((f"{p}", sec), [0.0, 0.0, 0.0])
                acc[0] += customers
                acc[1] += rev
                acc[2] += sales
    for (period, sec), (customers, rev, sales) in us.items():
        scale = 3.1
        rows.append(
            (
                period,
                "US",
                "U.S. Total",
                sec,
                round(customers * scale),
                round(100 * rev / sales, 2),
                round(rev * scale, 2),
                round(sales * scale, 2),
            )
        )
    out = pd.DataFrame(
        rows, columns=["period", "stateid", "stateDescription", "sectorid", "customers", "price", "revenue", "sales"]
    )
    out["sectorName"] = out["sectorid"].map({**_EIA_SECTORS, "ALL": "all sectors"})
    out = out.sort_values(["period", "stateid", "sectorid"], ascending=[False, True, True], ignore_index=True)
    cust = out["customers"].astype("float")
    cust[(out["period"] < "2020-01") | (rng.random(len(out)) < 0.04)] = np.nan
    out["customers"] = cust.astype("Int64")
    out["customers-units"] = "number of customers"
    out["price-units"] = "cents per kilowatt-hour"
    out["revenue-units"] = "million dollars"
    out["sales-units"] = "million kilowatt hours"
    cols = ["period", "stateid", "stateDescription", "sectorid", "sectorName", "customers", "price", "revenue", "sales"]
    return out[[*cols, "customers-units", "price-units", "revenue-units", "sales-units"]]


def _eia_rows(d: pd.DataFrame, state: str | None, sector: str, year: int | None = None) -> pd.DataFrame:
    keep = _txt(d["sectorid"]) == sector
    if state is not None:
        keep &= _txt(d["stateid"]) == state
    else:
        keep &= _txt(d["stateid"]) != "US"
    if year is not None:
        keep &= _txt(d["period"]).str[:4] == str(year)
    return d[keep]


def _eia_res_price_top(weighted: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        r = _eia_rows(d, None, "RES", 2023)
        if weighted:
            g = r.groupby("stateDescription")
            return _top(g["revenue"].sum() / g["sales"].sum())
        return _top(r.groupby("stateDescription")["price"].mean())

    return value


def _eia_ca_price(weighted: bool) -> Callable[[pd.DataFrame], list[float]]:
    def value(d: pd.DataFrame) -> list[float]:
        out = []
        for y in (2019, 2023):
            r = _eia_rows(d, "CA", "RES", y)
            out.append(float(100 * r["revenue"].sum() / r["sales"].sum() if weighted else r["price"].mean()))
        return out

    return value


def _eia_tx_2022(d: pd.DataFrame) -> float:
    return float(_eia_rows(d, "TX", "ALL", 2022)["sales"].sum())


def _eia_fl_month(d: pd.DataFrame) -> pd.Timestamp:
    r = _eia_rows(d, "FL", "RES")
    months = pd.to_numeric(_txt(r["period"]).str[5:7])
    return pd.Timestamp(2001, int(_top(r["sales"].groupby(months).mean())), 1)


def _eia_ny_com(d: pd.DataFrame) -> float:
    com = _eia_rows(d, "NY", "COM", 2023)["sales"].sum()
    return float(com / _eia_rows(d, "NY", "ALL", 2023)["sales"].sum())


_EIA_QS = [
    Q(
        "which state had the priciest electricity for homes in 2023?",
        either(_lead(_named(_eia_res_price_top(False))), _lead(_named(_eia_res_price_top(True)))),
        ("period", "stateid", "stateDescription", "sectorid", "sectorName", "price", "revenue", "sales"),
    ),
    Q(
        "how did the home electricity price in california change from 2019 to 2023?",
        either(_about(_eia_ca_price(False), rel=0.005), _about(_eia_ca_price(True), rel=0.005)),
        ("period", "stateid", "stateDescription", "sectorid", "sectorName", "price", "revenue", "sales"),
    ),
    Q(
        "how much electricity was sold in texas in 2022 in total?",
        _scaled(_eia_tx_2022, (1e3, 1e-3, 1e6)),
        ("period", "stateid", "stateDescription", "sectorid", "sectorName", "sales", "sales-units"),
    ),
    Q(
        "in florida, which month of the year do homes use the most power?",
        _lead(_month(_eia_fl_month)),
        ("period", "stateid", "stateDescription", "sectorid", "sectorName", "sales"),
    ),
    Q(
        "what share of new york's 2023 sales went to businesses (commercial)?",
        _share(_eia_ny_com),
        ("period", "stateid", "stateDescription", "sectorid", "sectorName", "sales"),
    ),
    Q(
        "how many rows are missing the customer count?",
        _count(lambda d: int(d["customers"].isna().sum())),
        ("customers",),
    ),
]


# --- 7. San Francisco eviction notices (DataSF) ---------------------------------------------------------------------

_SF_REASONS = {
    # column: weight as the main reason
    "Non Payment": 10,
    "Breach": 22,
    "Nuisance": 16,
    "Illegal Use": 2,
    "Failure to Sign Renewal": 1,
    "Access Denial": 1,
    "Unapproved Subtenant": 2,
    "Owner Move In": 16,
    "Demolition": 2,
    "Capital Improvement": 2,
    "Substantial Rehab": 0.5,
    "Ellis Act WithDrawal": 8,
    "Condo Conversion": 0.3,
    "Roommate Same Unit": 2,
    "Other Cause": 6,
    "Late Payments": 3,
    "Lead Remediation": 0.2,
    "Development": 0.2,
    "Good Samaritan Ends": 0.1,
}
# neighborhood: (weight, supervisor district, zip, lon, lat)
_SF_HOODS = {
    "Mission": (14, 9, 94110, -122.4156, 37.7599),
    "Tenderloin": (10, 5, 94102, -122.4141, 37.7838),
    "South of Market": (7, 6, 94103, -122.4058, 37.7785),
    "Outer Richmond": (6, 1, 94121, -122.4897, 37.7786),
    "Sunset/Parkside": (9, 4, 94122, -122.4862, 37.7599),
    "Bayview Hunters Point": (6, 10, 94124, -122.3877, 37.7300),
    "Castro/Upper Market": (5, 8, 94114, -122.4350, 37.7609),
    "Nob Hill": (6, 3, 94109, -122.4150, 37.7930),
    "Excelsior": (5, 11, 94112, -122.4295, 37.7244),
    "Hayes Valley": (4, 5, 94117, -122.4260, 37.7759),
    "Inner Richmond": (5, 1, 94118, -122.4650, 37.7800),
    "North Beach": (3, 3, 94133, -122.4100, 37.8000),
}
_SF_STREETS = [
    "Post Street",
    "Mission Street",
    "Valencia Street",
    "Geary Boulevard",
    "Irving Street",
    "Taraval Street",
    "Eddy Street",
    "Folsom Street",
    "3rd Street",
    "Clement Street",
    "Castro Street",
    "Hyde Street",
]


def _sf_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12407)
    n = 3200
    hoods = list(_SF_HOODS)
    reasons = list(_SF_REASONS)
    year_w = {2015: 14, 2016: 13, 2017: 12, 2018: 12, 2019: 12, 2020: 6, 2021: 5, 2022: 9, 2023: 11}
    rows = []
    ids = rng.choice(np.arange(150000, 199999), n, replace=False)
    for i in range(n):
        year = int(_one(rng, list(year_w), list(year_w.values())))
        day = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
        hood = str(_one(rng, hoods, [_SF_HOODS[h][0] for h in hoods]))
        _, district, zipcode, lon, lat = _SF_HOODS[hood]
        main = str(_one(rng, reasons, [_SF_REASONS[r] for r in reasons]))
        if main == "Ellis Act WithDrawal" and year >= 2020 and rng.random() < 0.6:
            main = "Owner Move In"
        flags = {r: r == main for r in reasons}
        if main == "Breach" and rng.random() < 0.25:
            flags["Nuisance"] = True
        if main == "Non Payment" and rng.random() < 0.3:
            flags["Late Payments"] = True
        constraints = ""
        if main in ("Owner Move In", "Ellis Act WithDrawal", "Demolition") and rng.random() < 0.7:
            constraints = f"{day + pd.Timedelta(days=365 * (5 if main == 'Ellis Act WithDrawal' else 3)):%m/%d/%Y}"
        blank_hood = rng.random() < 0.03
        row: dict[str, Any] = {
            "Eviction ID": f"M{ids[i]}",
            "Address": f"{int(rng.integers(1, 40)) * 100} Block Of {_one(rng, _SF_STREETS)}",
            "City": "SAN FRANCISCO",
            "State": "CA",
            "Eviction Notice Source Zipcode": "" if blank_hood else zipcode,
            "File Date": f"{day:%m/%d/%Y}",
        }
        row |= {r: "true" if flags[r] else "false" for r in reasons}
        row |= {
            "Constraints Date": constraints,
            "Supervisor District": "" if blank_hood else district,
            "Neighborhoods - Analysis Boundaries": "" if blank_hood else hood,
            "Location": ""
            if blank_hood
            else f"POINT ({lon + rng.normal(0, 0.004):.6f} {lat + rng.normal(0, 0.004):.6f})",
        }
        rows.append(row)
    out = pd.DataFrame(rows)
    out["Eviction Notice Source Zipcode"] = pd.to_numeric(out["Eviction Notice Source Zipcode"]).astype("Int64")
    out["Supervisor District"] = pd.to_numeric(out["Supervisor District"]).astype("Int64")
    return out.sort_values("File Date", key=lambda s: pd.to_datetime(s), ascending=False, ignore_index=True)


def _sf_year(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["File Date"], format="%m/%d/%Y").dt.year


def _sf_hood(d: pd.DataFrame) -> pd.Series:
    return _txt(d["Neighborhoods - Analysis Boundaries"])


def _sf_top_hood(d: pd.DataFrame) -> str:
    h = _sf_hood(d)
    return _top(h[h != ""].value_counts())


_SF_HOOD = "Neighborhoods - Analysis Boundaries"

_SF_QS = [
    Q(
        "how many eviction notices were filed in 2019?",
        _count(lambda d: int((_sf_year(d) == 2019).sum())),
        ("File Date",),
    ),
    Q("which neighborhood gets the most evictions?", _lead(_named(_sf_top_hood)), (_SF_HOOD,)),
    Q(
        "how many of those were for breach of lease?",
        _count(lambda d: int(((_sf_hood(d) == _sf_top_hood(d)) & _flag(d["Breach"])).sum())),
        (_SF_HOOD, "Breach"),
    ),
    Q(
        "what percent of all notices are owner move-ins?",
        _share(lambda d: float(_flag(d["Owner Move In"]).mean())),
        ("Owner Move In",),
    ),
    Q(
        "which year had the most ellis act evictions?",
        _lead(_year(lambda d: int(_top(_sf_year(d)[_flag(d["Ellis Act WithDrawal"])].value_counts())))),
        ("File Date", "Ellis Act WithDrawal"),
    ),
    Q(
        "how many notices don't have a neighborhood?",
        _count(lambda d: int((_sf_hood(d) == "").sum())),
        (_SF_HOOD,),
    ),
]


HELDOUT124: list[Dataset] = [
    Dataset("binance_trade_history", _binance_frame, _BINANCE_QS),
    Dataset("notion_tasks_export", _notion_frame, _NOTION_QS),
    Dataset("ramp_card_transactions", _ramp_frame, _RAMP_QS),
    Dataset("audible_listening_history", _audible_frame, _AUDIBLE_QS),
    Dataset("who_tb_notifications", _who_tb_frame, _WHO_TB_QS),
    Dataset("eia_electricity_retail_sales_monthly", _eia_frame, _EIA_QS),
    Dataset("sf_eviction_notices", _sf_frame, _SF_QS),
]
