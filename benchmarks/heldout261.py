"""HELDOUT261: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a Shipt order history export
(one row per order, January 2022 to December 2024) with "Order Number" as "SH-48213077", "Order Date" as
"03/14/2024", Store (Target, Meijer, Costco, CVS Pharmacy, Petco, Office Depot), "Items Ordered", "Items Delivered"
(ordered less out of stock), Substitutions, "Out of Stock", Subtotal, "Delivery Fee" ($0.00 on member orders of $35
or more, else $9.99), Tip and Total (their sum) all as "$123.45", "Shopper Rating" (1-5, blank when not rated) and
"Order Status" (Delivered, or Canceled with every amount "$0.00", 0 delivered and no rating); a Bunpro review history
export (one row per grammar point or vocabulary item) with "Item Type" (Grammar, Vocab), "JLPT Level" (N5 to N1),
Item (Japanese, "〜てもいい"), Meaning, "SRS Stage" (Beginner, Adept, Seasoned, Expert, Mastered), "Times Correct",
"Times Incorrect", "Last Studied" and "Next Review" as "2024-05-02 21:14:07 UTC" (Next Review blank once Mastered);
a Relive activity list export (one row per activity, 2021 to 2024) with Date as "2023-07-14", "Activity Type" (Ride,
Hike, Run, Ski, Walk), Title, Distance with its unit inside ("42.3 km"), "Elevation Gain" ("512 m"), Duration as
"1:23:45", Photos, "Video Views" (blank when no video was made) and Likes; an Indiegogo contributions export as a
campaign owner downloads it (one row per contribution, September to December 2023) with "Contribution ID" (a
9-digit number), Date as "2023-10-04 15:22:10", "Contributor Name" ("Anonymous" for hidden backers; some names
repeat), Email, Amount (USD paid, perk price plus shipping), Perk (blank for contributions without a perk), "Perk
Price" (blank without a perk), Shipping, Country ("United States", "Germany", ...), "Refund Status" (blank or
"Refunded") and "Fulfillment Status" (Fulfilled, Unfulfilled, or "N/A" without a perk); a state's municipal bond
issuance list (one row per issue, 2015 to 2024) with Issuer in upper case ("CITY OF MAPLETON", "LAKE COUNTY SCHOOL
DISTRICT NO. 4"), County (upper case), "Issue Date" as "6/12/2019", "Par Amount" as "$12,500,000", Purpose (School,
Water, Sewer, Transportation, Refunding, General Improvement, Hospital), "Tax Status" (Tax-Exempt, Taxable, AMT),
"Moody's", "S&P" and "Fitch" ratings ("Aa2", "AA", "NR" when not rated), "Final Maturity (Years)", "TIC (%)" (true
interest cost, "N/A" on some private placements) and "Sale Type" (Negotiated, Competitive, Private Placement); a
county's property assessment appeals open-data file (one row per appeal, tax years 2019 to 2024) with "Appeal Number"
as "2022-004213", "Parcel ID" as "12-34-567-890" (repeated when a parcel appeals again), "Tax Year", "Property Class"
in upper case (RESIDENTIAL, COMMERCIAL, INDUSTRIAL, APARTMENT, VACANT LAND), "Original Assessed Value", "Requested
Value", "Final Value" (blank when Withdrawn or Pending), Decision (Granted: final equals requested; Reduced: final in
between; Denied: final equals original; Withdrawn; Pending) and "Hearing Date" as "03/14/2023" (blank when withdrawn
or pending); and a state utility commission's monthly residential disconnection report (one row per utility per month,
January 2021 to December 2024, plus a "STATEWIDE TOTAL" row per month adding up the utilities) with Utility, "Report
Month" as "Jan-23", "Residential Customers", "Disconnection Notices", "Disconnections for Non-Payment",
"Reconnections" ("N/A" when a utility did not report it), "Customers on Payment Plans", "Arrears ($)" as
"$1,234,567" and "Winter Moratorium" (Y from December to March, else N). All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _year
from .heldout253 import _named_any, _num, _text, _top
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_names as _month_names
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled


def _month(value: Callable[[pd.DataFrame], int]) -> Check:
    """A calendar month by name ("July", "Jul")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        m = int(value(df))
        return None if re.search(rf"\b(?:{_month_names(m)})\b", answer, re.IGNORECASE) else f"missing month {m}"

    return check


def _unit_num(df: pd.DataFrame, col: str) -> pd.Series:
    """The number in a value that carries its unit ("42.3 km", "512 m")."""
    return pd.to_numeric(_text(df, col).str.extract(r"(-?\d[\d,]*\.?\d*)")[0].str.replace(",", ""), errors="coerce")


def _amount(value: Callable[[pd.DataFrame], Any]) -> Check:
    """An amount in full or in thousands, millions or billions ("$22.9 billion")."""
    return _scaled(value, (1e3, 1e6, 1e9), rel=0.005)


def _money(x: float) -> str:
    return f"${x:,.2f}"


# --- 1. Shipt order history ----------------------------------------------------------------------------------------

# store: weight, typical subtotal, typical items
_SH_STORES: dict[str, tuple[float, float, int]] = {
    "Target": (34, 85.0, 18),
    "Meijer": (26, 110.0, 26),
    "Costco": (14, 190.0, 14),
    "CVS Pharmacy": (12, 32.0, 5),
    "Petco": (8, 58.0, 4),
    "Office Depot": (6, 45.0, 6),
}
_SH_RATING_BIAS = {
    "Target": 0.2,
    "Meijer": 0.0,
    "Costco": 0.1,
    "CVS Pharmacy": -0.2,
    "Petco": 0.15,
    "Office Depot": -0.5,
}


def _shipt_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26101)
    days = pd.date_range("2022-01-01", "2024-12-31", freq="D")
    rows: list[dict[str, Any]] = []
    names = list(_SH_STORES)
    for day in days:
        season = 1.0 + 0.5 * (day.month in (11, 12)) + 0.2 * (day.year - 2022)
        for _ in range(int(rng.poisson(0.42 * season))):
            store = _one(rng, names, [_SH_STORES[s][0] for s in names])
            _w, sub_mu, items_mu = _SH_STORES[store]
            ordered = max(1, int(rng.poisson(items_mu)))
            oos = int(rng.binomial(ordered, 0.06 if store != "Costco" else 0.1))
            subs = int(rng.binomial(ordered - oos, 0.08))
            delivered = ordered - oos
            subtotal = round(float(rng.gamma(6, sub_mu / 6)) * delivered / ordered, 2)
            fee = 0.0 if subtotal >= 35 and rng.random() < 0.85 else 9.99
            tip = round(max(0.0, subtotal * float(rng.uniform(0.08, 0.22)) + float(rng.normal(1, 1))), 2)
            if rng.random() < 0.15:
                tip = float(_one(rng, [5.0, 10.0, 15.0]))
            canceled = rng.random() < 0.04
            rating: Any = int(np.clip(round(4.4 + _SH_RATING_BIAS[store] - 0.25 * oos + rng.normal(0, 0.8)), 1, 5))
            if rng.random() < 0.25:
                rating = ""
            if canceled:
                subtotal, fee, tip, delivered, subs, rating = 0.0, 0.0, 0.0, 0, 0, ""
            rows.append(
                {
                    "Order Number": f"SH-{int(rng.integers(40_000_000, 60_000_000))}",
                    "Order Date": f"{day:%m/%d/%Y}",
                    "Store": store,
                    "Items Ordered": ordered,
                    "Items Delivered": delivered,
                    "Substitutions": subs,
                    "Out of Stock": 0 if canceled else oos,
                    "Subtotal": _money(subtotal),
                    "Delivery Fee": _money(fee),
                    "Tip": _money(tip),
                    "Total": _money(subtotal + fee + tip),
                    "Shopper Rating": rating,
                    "Order Status": "Canceled" if canceled else "Delivered",
                }
            )
    return pd.DataFrame(rows)


def _sh_done(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Order Status") == "Delivered"]


def _sh_top_month(df: pd.DataFrame) -> pd.Timestamp:
    month = pd.to_datetime(_text(df, "Order Date"), format="%m/%d/%Y").dt.to_period("M")
    return _num(df, "Total").groupby(month).sum().idxmax().to_timestamp()


def _sh_tip_rate(delivered_only: bool, pooled: bool) -> Callable[[pd.DataFrame], float]:
    def rate(df: pd.DataFrame) -> float:
        d = _sh_done(df) if delivered_only else df
        tip, sub = _num(d, "Tip"), _num(d, "Subtotal")
        if pooled:
            return float(tip.sum() / sub.sum())
        return float((tip / sub.where(sub > 0)).mean())

    return rate


def _sh_oos(by_orders: bool, delivered_only: bool) -> Callable[[pd.DataFrame], float]:
    def rate(df: pd.DataFrame) -> float:
        d = _sh_done(df) if delivered_only else df
        if by_orders:
            return float((_num(d, "Out of Stock") > 0).mean())
        return float(_num(d, "Out of Stock").sum() / _num(d, "Items Ordered").sum())

    return rate


_SH_QS = [
    Q(
        "how much have i spent on shipt altogether",
        _amount(lambda df: float(_num(df, "Total").sum())),
        ("Total", "Order Status"),
    ),
    Q(
        "which store do i order from the most",
        _lead(
            _named_any(
                lambda df: [
                    _top(_text(df, "Store").value_counts()),
                    _top(_text(_sh_done(df), "Store").value_counts()),
                ]
            )
        ),
        ("Store", "Order Status"),
    ),
    Q(
        "whats my average tip",
        either(
            _about(lambda df: float(_num(df, "Tip").mean())),
            _about(lambda df: float(_num(_sh_done(df), "Tip").mean())),
        ),
        ("Tip", "Order Status"),
    ),
    Q(
        "and as a percent of what i bought?",
        either(*[_share(_sh_tip_rate(a, b)) for a in (False, True) for b in (False, True)]),
        ("Tip", "Subtotal", "Order Status"),
    ),
    Q(
        "what share of the stuff i ordered was out of stock",
        either(*[_share(_sh_oos(a, b)) for a in (False, True) for b in (False, True)]),
        ("Out of Stock", "Items Ordered", "Order Status"),
    ),
    Q("which month did i spend the most", _lead(_month_year(_sh_top_month)), ("Order Date", "Total")),
]


# --- 2. Bunpro review history --------------------------------------------------------------------------------------

_BP_KANA = list("あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん")
_BP_MEANINGS = [
    "may, can, it is okay to",
    "must not",
    "in order to",
    "even if",
    "as soon as",
    "it seems that",
    "no matter how",
    "to try to",
    "while, during",
    "according to",
    "instead of",
    "to keep doing",
    "teacher",
    "weather",
    "to decide",
    "economy",
    "experience",
    "to be surprised",
    "gradually",
    "influence",
]
_BP_STAGES = ["Beginner", "Adept", "Seasoned", "Expert", "Mastered"]
# level: (grammar items, vocab items, difficulty)
_BP_LEVELS = {
    "N5": (130, 180, 0.0),
    "N4": (170, 220, 0.6),
    "N3": (150, 170, 1.2),
    "N2": (90, 60, 1.9),
    "N1": (35, 20, 2.5),
}


def _bp_stamp(t: pd.Timestamp) -> str:
    return f"{t:%Y-%m-%d %H:%M:%S} UTC"


def _bunpro_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26102)
    rows: list[dict[str, Any]] = []
    now = pd.Timestamp("2024-11-30 12:00:00")
    for order, (level, (n_grammar, n_vocab, hard)) in enumerate(_BP_LEVELS.items()):
        for kind, n in (("Grammar", n_grammar), ("Vocab", n_vocab)):
            for _ in range(n):
                word = "".join(rng.choice(_BP_KANA, size=int(rng.integers(2, 5))))
                item = ("〜" + word) if kind == "Grammar" else word
                progress = float(np.clip(rng.normal(3.2 - 0.7 * order, 1.1), 0, 4.49))
                stage = _BP_STAGES[round(progress)]
                reviews = int(rng.integers(1, 4) + round(progress * rng.uniform(3, 6)))
                p_wrong = float(
                    np.clip(0.1 + 0.05 * hard + (0.04 if kind == "Grammar" else 0) + rng.normal(0, 0.05), 0.01, 0.6)
                )
                wrong = int(rng.binomial(reviews + 4, p_wrong))
                age_days = float(rng.uniform(0, 880)) * (0.4 + 0.6 * (4 - order) / 4)
                last = now - pd.Timedelta(days=age_days, seconds=int(rng.integers(0, 86400)))
                interval = {"Beginner": 2, "Adept": 7, "Seasoned": 30, "Expert": 120, "Mastered": 0}[stage]
                nxt = (
                    ""
                    if stage == "Mastered"
                    else _bp_stamp(last + pd.Timedelta(days=interval * float(rng.uniform(0.8, 1.2))))
                )
                rows.append(
                    {
                        "Item Type": kind,
                        "JLPT Level": level,
                        "Item": item,
                        "Meaning": _one(rng, _BP_MEANINGS),
                        "SRS Stage": stage,
                        "Times Correct": reviews,
                        "Times Incorrect": wrong,
                        "Last Studied": _bp_stamp(last),
                        "Next Review": nxt,
                    }
                )
    frame = pd.DataFrame(rows)
    return frame.sample(frac=1.0, random_state=7).reset_index(drop=True)


def _bp_last(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Last Studied").str.replace(" UTC", "", regex=False))


def _bp_accuracy(pooled: bool) -> Callable[[pd.DataFrame], float]:
    def acc(df: pd.DataFrame) -> float:
        c, w = _num(df, "Times Correct"), _num(df, "Times Incorrect")
        return float(c.sum() / (c + w).sum()) if pooled else float((c / (c + w)).mean())

    return acc


def _bp_hardest(df: pd.DataFrame) -> list[str]:
    level = _text(df, "JLPT Level")
    c, w = _num(df, "Times Correct"), _num(df, "Times Incorrect")
    return [
        _top(w.groupby(level).sum() / (c + w).groupby(level).sum()),
        _top((w / (c + w)).groupby(level).mean()),
        _top(w.groupby(level).mean()),
        _top(w.groupby(level).sum()),
    ]


def _bp_miss_means(df: pd.DataFrame) -> list[float]:
    kind = _text(df, "Item Type")
    w = _num(df, "Times Incorrect")
    return [float(w[kind == "Grammar"].mean()), float(w[kind == "Vocab"].mean())]


_BP_QS = [
    Q(
        "how many items have i mastered",
        _count(lambda df: int((_text(df, "SRS Stage") == "Mastered").sum())),
        ("SRS Stage",),
    ),
    Q(
        "how many n3 grammar points are in here",
        _count(lambda df: int(((_text(df, "JLPT Level") == "N3") & (_text(df, "Item Type") == "Grammar")).sum())),
        ("JLPT Level", "Item Type"),
    ),
    Q(
        "whats my overall accuracy",
        either(_share(_bp_accuracy(True)), _share(_bp_accuracy(False))),
        ("Times Correct", "Times Incorrect"),
    ),
    Q(
        "which jlpt level do i get wrong the most",
        _lead(_named_any(_bp_hardest)),
        ("JLPT Level", "Times Incorrect", "Times Correct"),
    ),
    Q(
        "how many items haven't i touched since before 2024",
        _count(lambda df: int((_bp_last(df) < pd.Timestamp("2024-01-01")).sum())),
        ("Last Studied",),
    ),
    Q(
        "on average do i miss grammar or vocab more often",
        _about(_bp_miss_means),
        ("Item Type", "Times Incorrect"),
    ),
]


# --- 3. Relive activity list ---------------------------------------------------------------------------------------

# type: weight, km (shape, scale), km/h, m climbed per km, title words
_RL_TYPES: dict[str, tuple[float, tuple[float, float], float, float, list[str]]] = {
    "Ride": (38, (3.0, 16.0), 22.0, 9.0, ["Morning ride", "Gravel loop", "Evening spin", "Century attempt"]),
    "Hike": (22, (3.5, 3.4), 3.6, 55.0, ["Hike to the lake", "Ridge trail", "Summit day", "Forest walk-up"]),
    "Run": (24, (4.0, 2.2), 10.5, 8.0, ["Easy run", "Tempo run", "Long run", "Park loop"]),
    "Ski": (7, (3.0, 8.0), 14.0, 0.0, ["Ski day", "Powder laps", "Backcountry tour"]),
    "Walk": (9, (3.0, 1.6), 5.0, 6.0, ["Walk with the dog", "City walk", "Sunset stroll"]),
}


def _hms(seconds: int) -> str:
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def _relive_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26103)
    rows: list[dict[str, Any]] = []
    names = list(_RL_TYPES)
    for day in pd.date_range("2021-01-01", "2024-12-31", freq="D"):
        summer = day.month in (5, 6, 7, 8, 9)
        if rng.random() > (0.42 if summer else 0.24):
            continue
        weights = []
        for t in names:
            w = _RL_TYPES[t][0]
            if t == "Ski":
                w = w * 6 if day.month in (12, 1, 2, 3) else 0.0
            weights.append(w)
        kind = _one(rng, names, weights)
        _w, (shape, scale), speed, climb, titles = _RL_TYPES[kind]
        km = round(float(rng.gamma(shape, scale)), 1)
        seconds = int(km / (speed * float(rng.uniform(0.8, 1.2))) * 3600 + rng.integers(60, 900))
        gain = int(km * climb * float(rng.uniform(0.4, 1.8))) if kind != "Ski" else int(rng.integers(800, 4200))
        photos = int(rng.poisson(2 + (6 if kind in ("Hike", "Ski") else 1)))
        has_video = rng.random() < 0.7
        views: Any = int(rng.poisson(8 + 6 * photos) * float(rng.uniform(0.6, 1.6))) if has_video else ""
        likes = int(rng.poisson(3 + 0.6 * photos + (4 if kind == "Hike" else 0) + 2 * (day.year - 2021)))
        rows.append(
            {
                "Date": f"{day:%Y-%m-%d}",
                "Activity Type": kind,
                "Title": _one(rng, titles),
                "Distance": f"{km} km",
                "Elevation Gain": f"{gain} m",
                "Duration": _hms(seconds),
                "Photos": photos,
                "Video Views": views,
                "Likes": likes,
            }
        )
    return pd.DataFrame(rows)


def _rl_hours(df: pd.DataFrame) -> pd.Series:
    return pd.to_timedelta(_text(df, "Duration")).dt.total_seconds() / 3600


def _rl_year(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Date")).dt.year


def _rl_kind(df: pd.DataFrame, kind: str) -> pd.Series:
    return _text(df, "Activity Type") == kind


_RL_QS = [
    Q(
        "how many km did i ride in total",
        _about(lambda df: float(_unit_num(df, "Distance")[_rl_kind(df, "Ride")].sum()), rel=0.002),
        ("Activity Type", "Distance"),
    ),
    Q(
        "what was my longest hike",
        _about(lambda df: float(_unit_num(df, "Distance")[_rl_kind(df, "Hike")].max())),
        ("Activity Type", "Distance", "Date", "Title"),
    ),
    Q(
        "how many hours was i out moving in 2023",
        _about(lambda df: float(_rl_hours(df)[_rl_year(df) == 2023].sum()), rel=0.005),
        ("Duration", "Date"),
    ),
    Q(
        "which kind of activity gets the most likes on average",
        _lead(_named(lambda df: _top(_num(df, "Likes").groupby(_text(df, "Activity Type")).mean()))),
        ("Activity Type", "Likes"),
    ),
    Q(
        "do videos with more photos get more views",
        _corr(lambda df: _num(df, "Photos"), lambda df: _num(df, "Video Views")),
        ("Photos", "Video Views"),
    ),
    Q(
        "which year did i climb the most",
        _lead(_year(lambda df: int(_top(_unit_num(df, "Elevation Gain").groupby(_rl_year(df)).sum())))),
        ("Date", "Elevation Gain"),
    ),
]


# --- 4. Indiegogo contributions ------------------------------------------------------------------------------------

# perk: price, weight, ships
_IG_PERKS: dict[str, tuple[float, float, bool]] = {
    "Super Early Bird - 1x Lumo Lamp": (89.0, 22, True),
    "Early Bird Deal - 1x Lumo Lamp": (109.0, 30, True),
    "Lumo Lamp Duo Pack": (199.0, 14, True),
    "Family Pack - 4x Lumo Lamp": (379.0, 5, True),
    "Digital Thank You + Wallpaper Pack": (10.0, 6, False),
}
_IG_COUNTRIES = {
    "United States": 96,
    "Canada": 8,
    "United Kingdom": 8,
    "Germany": 9,
    "Australia": 5,
    "France": 5,
    "Netherlands": 3,
    "Japan": 4,
    "Switzerland": 2,
    "Sweden": 2,
}
_IG_SHIP = {"United States": 0.0, "Canada": 12.0}
_IG_FIRST = ["James", "Maria", "Chen", "Lukas", "Emma", "Olivia", "Noah", "Sofia", "Hiro", "Liam", "Anna", "Mateo"]
_IG_LAST = ["Smith", "Garcia", "Müller", "Wang", "Brown", "Rossi", "Tanaka", "Dubois", "Jensen", "Kim", "Novak"]


def _indiegogo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26104)
    start = pd.Timestamp("2023-09-12")
    rows: list[dict[str, Any]] = []
    perks = list(_IG_PERKS)
    countries = list(_IG_COUNTRIES)
    backers: list[tuple[str, str, str]] = []
    for day in range(90):
        boost = 9.0 if day < 3 else (3.0 if day > 84 else 1.0)
        for _ in range(int(rng.poisson(13 * boost * np.exp(-day / 40)))):
            when = start + pd.Timedelta(days=day, seconds=int(rng.integers(0, 86400)))
            if backers and rng.random() < 0.06:
                name, email, country = _one(rng, backers)
            else:
                first, last = _one(rng, _IG_FIRST), _one(rng, _IG_LAST)
                name = f"{first} {last}"
                email = f"{first.lower()}.{last.lower()}{int(rng.integers(1, 999))}@example.com"
                country = _one(rng, countries, list(_IG_COUNTRIES.values()))
                backers.append((name, email, country))
            anonymous = rng.random() < 0.14
            if rng.random() < 0.08:
                perk, price, ship = "", "", 0.0
                amount = float(_one(rng, [1.0, 5.0, 10.0, 25.0, 50.0]))
                fulfil = "N/A"
            else:
                perk = _one(rng, perks, [_IG_PERKS[p][1] for p in perks])
                price_f, _w, ships = _IG_PERKS[perk]
                ship = (_IG_SHIP.get(country, 19.0) * (2 if price_f > 300 else 1)) if ships else 0.0
                price = price_f
                amount = price_f + ship
                fulfil = "Fulfilled" if (not ships or rng.random() < 0.35) else "Unfulfilled"
            refunded = rng.random() < 0.045
            rows.append(
                {
                    "Contribution ID": int(rng.integers(300_000_000, 399_999_999)),
                    "Date": f"{when:%Y-%m-%d %H:%M:%S}",
                    "Contributor Name": "Anonymous" if anonymous else name,
                    "Email": email,
                    "Amount": round(amount, 2),
                    "Perk": perk,
                    "Perk Price": price,
                    "Shipping": round(ship, 2),
                    "Country": country,
                    "Refund Status": "Refunded" if refunded else "",
                    "Fulfillment Status": fulfil,
                }
            )
    return pd.DataFrame(rows)


def _ig_kept(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Refund Status") != "Refunded"]


def _ig_top_perk(df: pd.DataFrame) -> list[str]:
    return [_top(_text(d, "Perk")[_text(d, "Perk") != ""].value_counts()) for d in (df, _ig_kept(df))]


_IG_QS = [
    Q(
        "how much did we raise",
        either(
            _amount(lambda df: float(_num(df, "Amount").sum())),
            _amount(lambda df: float(_num(_ig_kept(df), "Amount").sum())),
        ),
        ("Amount", "Refund Status"),
    ),
    Q(
        "how many got refunded",
        _count(lambda df: int((_text(df, "Refund Status") == "Refunded").sum())),
        ("Refund Status",),
    ),
    Q("which perk was the most popular", _lead(_named_any(_ig_top_perk)), ("Perk", "Refund Status")),
    Q(
        "what share of backers are outside the us",
        either(
            _share(lambda df: float((_text(df, "Country") != "United States").mean())),
            _share(lambda df: float((_text(_ig_kept(df), "Country") != "United States").mean())),
            _share(lambda df: float(df.drop_duplicates("Email")["Country"].ne("United States").mean())),
        ),
        ("Country", "Contributor Name", "Email", "Contribution ID", "Refund Status"),
    ),
    Q(
        "how many people backed anonymously",
        _count(lambda df: int((_text(df, "Contributor Name") == "Anonymous").sum())),
        ("Contributor Name",),
    ),
    Q(
        "how many perks still haven't gone out",
        either(
            _count(lambda df: int((_text(df, "Fulfillment Status") == "Unfulfilled").sum())),
            _count(lambda df: int((_text(_ig_kept(df), "Fulfillment Status") == "Unfulfilled").sum())),
        ),
        ("Fulfillment Status", "Perk", "Refund Status"),
    ),
]


# --- 5. Municipal bond issuance ------------------------------------------------------------------------------------

_MB_COUNTIES = {
    "LAKE": 1.6,
    "RIVERSIDE": 1.2,
    "MAPLE": 1.0,
    "FRANKLIN": 2.2,
    "CEDAR": 0.6,
    "HARMON": 0.5,
    "BRIDGER": 0.8,
    "PINE": 0.4,
}
# purpose: weight, par median ($M), maturity years
_MB_PURPOSES: dict[str, tuple[float, float, tuple[int, int]]] = {
    "School": (30, 18.0, (15, 30)),
    "Water": (14, 9.0, (20, 40)),
    "Sewer": (10, 8.0, (20, 40)),
    "Transportation": (10, 22.0, (10, 30)),
    "Refunding": (18, 15.0, (5, 20)),
    "General Improvement": (14, 6.0, (5, 20)),
    "Hospital": (4, 45.0, (20, 35)),
}
_MB_MOODYS = ["Aaa", "Aa1", "Aa2", "Aa3", "A1", "A2", "A3", "Baa1"]
_MB_SP = ["AAA", "AA+", "AA", "AA-", "A+", "A", "A-", "BBB+"]
_MB_BASE = {
    2015: 3.1,
    2016: 2.8,
    2017: 3.0,
    2018: 3.3,
    2019: 2.8,
    2020: 2.2,
    2021: 2.0,
    2022: 3.4,
    2023: 3.9,
    2024: 3.7,
}


def _mb_issuer(rng: np.random.Generator, county: str, purpose: str) -> str:
    if purpose == "School":
        return f"{county} COUNTY SCHOOL DISTRICT NO. {int(rng.integers(1, 9))}"
    if purpose in ("Water", "Sewer"):
        return _one(rng, [f"{county} COUNTY WATER AUTHORITY", f"CITY OF {county}TON UTILITIES"])
    if purpose == "Hospital":
        return f"{county} COUNTY HOSPITAL DISTRICT"
    return _one(rng, [f"{county} COUNTY", f"CITY OF {county}TON", f"TOWN OF {county} SPRINGS"])


def _bond_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26105)
    rows: list[dict[str, Any]] = []
    counties = list(_MB_COUNTIES)
    purposes = list(_MB_PURPOSES)
    for year, base in _MB_BASE.items():
        n = int(rng.poisson(95 * (1.35 if year in (2020, 2021) else 1.0)))
        for _ in range(n):
            county = _one(rng, counties, list(_MB_COUNTIES.values()))
            purpose = _one(rng, purposes, [_MB_PURPOSES[p][0] for p in purposes])
            _w, median, (lo, hi) = _MB_PURPOSES[purpose]
            par = round(float(rng.lognormal(np.log(median * 1e6), 0.9)) / 5000) * 5000
            maturity = int(rng.integers(lo, hi + 1))
            sale = _one(rng, ["Negotiated", "Competitive", "Private Placement"], [48, 44, 8])
            tax = _one(rng, ["Tax-Exempt", "Taxable", "AMT"], [82, 15, 3])
            grade = int(np.clip(round(rng.normal(2.5, 1.5)), 0, 7))
            tic = base + 0.045 * (maturity - 15) + 0.12 * grade + (0.9 if tax == "Taxable" else 0)
            tic += (0.1 if sale == "Negotiated" else -0.05) + float(rng.normal(0, 0.25))
            day = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
            moodys = _MB_MOODYS[grade] if rng.random() < 0.7 else "NR"
            sp = _MB_SP[int(np.clip(grade + rng.integers(-1, 2), 0, 7))] if rng.random() < 0.8 else "NR"
            fitch = _MB_SP[int(np.clip(grade + rng.integers(-1, 2), 0, 7))] if rng.random() < 0.3 else "NR"
            if sale == "Private Placement":
                moodys, sp, fitch = "NR", "NR", "NR"
            rows.append(
                {
                    "Issuer": _mb_issuer(rng, county, purpose),
                    "County": county,
                    "Issue Date": f"{day.month}/{day.day}/{day.year}",
                    "Par Amount": f"${par:,.0f}",
                    "Purpose": purpose,
                    "Tax Status": tax,
                    "Moody's": moodys,
                    "S&P": sp,
                    "Fitch": fitch,
                    "Final Maturity (Years)": maturity,
                    "TIC (%)": "N/A" if (sale == "Private Placement" and rng.random() < 0.5) else f"{tic:.3f}",
                    "Sale Type": sale,
                }
            )
    return pd.DataFrame(rows)


def _mb_year(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Issue Date"), format="%m/%d/%Y").dt.year


def _mb_sale_tic(df: pd.DataFrame) -> list[float]:
    tic, sale = _num(df, "TIC (%)"), _text(df, "Sale Type")
    return [float(tic[sale == "Competitive"].mean()), float(tic[sale == "Negotiated"].mean())]


_MB_QS = [
    Q(
        "how much debt was issued in total",
        _amount(lambda df: float(_num(df, "Par Amount").sum())),
        ("Par Amount",),
    ),
    Q(
        "which county borrowed the most",
        _lead(
            _named_any(
                lambda df: [
                    _top(_num(df, "Par Amount").groupby(_text(df, "County")).sum()),
                    _top(_text(df, "County").value_counts()),
                ]
            )
        ),
        ("County", "Par Amount"),
    ),
    Q(
        "is the interest cost lower for competitive sales than negotiated ones",
        _about(_mb_sale_tic),
        ("Sale Type", "TIC (%)"),
    ),
    Q(
        "how many school bonds were over 50 million",
        _count(lambda df: int(((_text(df, "Purpose") == "School") & (_num(df, "Par Amount") > 50e6)).sum())),
        ("Purpose", "Par Amount"),
    ),
    Q(
        "which year had the most issuance",
        _lead(
            either(
                _year(lambda df: int(_top(_num(df, "Par Amount").groupby(_mb_year(df)).sum()))),
                _year(lambda df: int(_top(_mb_year(df).value_counts()))),
            )
        ),
        ("Issue Date", "Par Amount"),
    ),
    Q(
        "do longer bonds cost more interest",
        _corr(lambda df: _num(df, "Final Maturity (Years)"), lambda df: _num(df, "TIC (%)")),
        ("Final Maturity (Years)", "TIC (%)"),
    ),
]


# --- 6. Property assessment appeals --------------------------------------------------------------------------------

# class: weight, median assessed value, share asked off
_PA_CLASSES: dict[str, tuple[float, float, float]] = {
    "RESIDENTIAL": (62, 310_000, 0.18),
    "COMMERCIAL": (15, 1_900_000, 0.30),
    "INDUSTRIAL": (6, 3_400_000, 0.32),
    "APARTMENT": (9, 2_900_000, 0.25),
    "VACANT LAND": (8, 140_000, 0.40),
}


def _appeals_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26106)
    rows: list[dict[str, Any]] = []
    classes = list(_PA_CLASSES)
    parcels: list[tuple[str, str, float]] = []
    for year in range(2019, 2025):
        n = int(rng.poisson(520 if year in (2019, 2023) else 360))
        for k in range(n):
            if parcels and rng.random() < 0.18:
                pid, cls, value = _one(rng, parcels)
                value = round(value * float(rng.uniform(0.98, 1.12)), -2)
            else:
                pid = "-".join(f"{int(rng.integers(0, 10**d)):0{d}d}" for d in (2, 2, 3, 3))
                cls = _one(rng, classes, [_PA_CLASSES[c][0] for c in classes])
                value = round(float(rng.lognormal(np.log(_PA_CLASSES[cls][1]), 0.5)), -2)
                parcels.append((pid, cls, value))
            ask = _PA_CLASSES[cls][2] * float(rng.uniform(0.4, 1.6))
            requested = round(value * (1 - min(ask, 0.8)), -2)
            pending = year == 2024 and rng.random() < 0.35
            decision = (
                "Pending" if pending else _one(rng, ["Granted", "Reduced", "Denied", "Withdrawn"], [10, 34, 40, 16])
            )
            final: Any = {
                "Granted": requested,
                "Reduced": round(value - (value - requested) * float(rng.uniform(0.2, 0.8)), -2),
                "Denied": value,
            }.get(decision, "")
            hearing = ""
            if decision not in ("Pending", "Withdrawn"):
                h = pd.Timestamp(year, 3, 1) + pd.Timedelta(days=int(rng.gamma(4, 35)))
                hearing = f"{h:%m/%d/%Y}"
            rows.append(
                {
                    "Appeal Number": f"{year}-{k + 1:06d}",
                    "Parcel ID": pid,
                    "Tax Year": year,
                    "Property Class": cls,
                    "Original Assessed Value": int(value),
                    "Requested Value": int(requested),
                    "Final Value": final if final == "" else int(final),
                    "Decision": decision,
                    "Hearing Date": hearing,
                }
            )
    return pd.DataFrame(rows)


def _pa_cut(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Original Assessed Value") - _num(df, "Final Value")


def _pa_reduced_share(skip: tuple[str, ...]) -> Callable[[pd.DataFrame], float]:
    def rate(df: pd.DataFrame) -> float:
        d = _text(df, "Decision")
        d = d[~d.isin(skip)]
        return float(d.isin(["Granted", "Reduced"]).mean())

    return rate


def _pa_biggest_cut(df: pd.DataFrame) -> list[str]:
    cls = _text(df, "Property Class")
    cut = _pa_cut(df)
    got = cut > 0
    return [_top(cut.groupby(cls).mean()), _top(cut[got].groupby(cls[got]).mean())]


def _pa_hearings(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Hearing Date"), format="%m/%d/%Y", errors="coerce").dropna()


_PA_QS = [
    Q(
        "how many appeals were filed each year",
        _count(lambda df: _num(df, "Tax Year").value_counts().sort_index().to_numpy()),
        ("Tax Year", "Appeal Number"),
    ),
    Q(
        "what share of appeals got some kind of reduction",
        either(
            _share(_pa_reduced_share(())),
            _share(_pa_reduced_share(("Pending",))),
            _share(_pa_reduced_share(("Withdrawn",))),
            _share(_pa_reduced_share(("Pending", "Withdrawn"))),
        ),
        ("Decision", "Final Value", "Original Assessed Value"),
    ),
    Q(
        "how much assessed value got knocked off in total",
        _amount(lambda df: float(_pa_cut(df).sum())),
        ("Original Assessed Value", "Final Value", "Decision"),
    ),
    Q(
        "which type of property got the biggest dollar cuts on average",
        _lead(_named_any(_pa_biggest_cut)),
        ("Property Class", "Original Assessed Value", "Final Value", "Decision"),
    ),
    Q(
        "how many parcels appealed more than once",
        _count(lambda df: int((_text(df, "Parcel ID").value_counts() > 1).sum())),
        ("Parcel ID",),
    ),
    Q(
        "which month had the most hearings",
        _lead(
            either(
                _month_year(
                    lambda df: _pa_hearings(df).dt.to_period("M").value_counts().sort_index().idxmax().to_timestamp()
                ),
                _month(lambda df: int(_top(_pa_hearings(df).dt.month.value_counts()))),
            )
        ),
        ("Hearing Date",),
    ),
]


# --- 7. Utility disconnection report -------------------------------------------------------------------------------

# utility: customers, disconnection rate per month, reports reconnections
_UD_UTILITIES: dict[str, tuple[int, float, bool]] = {
    "Great Plains Power & Light": (612_000, 0.0042, True),
    "Central States Gas": (388_000, 0.0031, True),
    "Prairie Electric Cooperative": (41_000, 0.0058, False),
    "Northern Valley Energy": (254_000, 0.0047, True),
    "Riverbend Municipal Utilities": (67_000, 0.0071, True),
    "Summit Natural Gas": (129_000, 0.0026, False),
    "Tri-County Electric": (18_500, 0.0039, True),
    "Metro Light & Power": (845_000, 0.0051, True),
}


def _disconnect_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26107)
    rows: list[dict[str, Any]] = []
    for month in pd.date_range("2021-01-01", "2024-12-01", freq="MS"):
        winter = month.month in (12, 1, 2, 3)
        covid = month < pd.Timestamp("2021-07-01")
        month_rows: list[dict[str, Any]] = []
        for name, (size, rate, reports) in _UD_UTILITIES.items():
            customers = int(size * (1 + 0.006 * (month.year - 2021)) * float(rng.uniform(0.998, 1.002)))
            r = rate * (0.15 if winter else 1.0) * (0.3 if covid else 1.0) * (1.25 if month.month in (7, 8) else 1.0)
            r *= 1 + 0.08 * (month.year - 2021)
            disc = int(rng.poisson(customers * r))
            notices = int(disc * float(rng.uniform(6, 11)) + rng.poisson(customers * 0.01))
            recon = int(disc * float(rng.uniform(0.55, 0.85)))
            plans = int(customers * float(rng.uniform(0.02, 0.05)))
            arrears = int(customers * float(rng.uniform(38, 70)) * (1.3 if winter else 1.0))
            month_rows.append(
                {
                    "Utility": name,
                    "Report Month": f"{month:%b-%y}",
                    "Residential Customers": customers,
                    "Disconnection Notices": notices,
                    "Disconnections for Non-Payment": disc,
                    "Reconnections": recon if (reports or rng.random() < 0.3) else "N/A",
                    "Customers on Payment Plans": plans,
                    "Arrears ($)": arrears,
                    "Winter Moratorium": "Y" if winter else "N",
                }
            )
        total: dict[str, Any] = {"Utility": "STATEWIDE TOTAL", "Report Month": f"{month:%b-%y}"}
        for col in month_rows[0]:
            if col not in total and col != "Winter Moratorium":
                total[col] = sum(r[col] for r in month_rows if r[col] != "N/A")
        total["Winter Moratorium"] = "Y" if winter else "N"
        rows.extend(month_rows)
        rows.append(total)
    frame = pd.DataFrame(rows)
    frame["Arrears ($)"] = frame["Arrears ($)"].map(lambda v: f"${v:,}")
    return frame


def _ud(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Utility") != "STATEWIDE TOTAL"]


def _ud_month(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Report Month"), format="%b-%y")


def _ud_rate_top(df: pd.DataFrame) -> list[str]:
    d = _ud(df)
    u = _text(d, "Utility")
    disc, cust = _num(d, "Disconnections for Non-Payment"), _num(d, "Residential Customers")
    return [_top(disc.groupby(u).sum() / cust.groupby(u).sum()), _top((disc / cust).groupby(u).mean())]


def _ud_winter_means(per_utility: bool) -> Callable[[pd.DataFrame], list[float]]:
    def means(df: pd.DataFrame) -> list[float]:
        d = _ud(df)
        disc = _num(d, "Disconnections for Non-Payment")
        flag = _text(d, "Winter Moratorium")
        if not per_utility:
            disc = disc.groupby(_ud_month(d)).sum()
            flag = flag.groupby(_ud_month(d)).first()
        return [float(disc[flag == "Y"].mean()), float(disc[flag == "N"].mean())]

    return means


def _ud_top_month(df: pd.DataFrame) -> pd.Timestamp:
    d = _ud(df)
    return _num(d, "Disconnections for Non-Payment").groupby(_ud_month(d)).sum().idxmax()


_UD_QS = [
    Q(
        "how many shutoffs were there in 2023",
        _count(
            lambda df: int(_num(_ud(df), "Disconnections for Non-Payment")[_ud_month(_ud(df)).dt.year == 2023].sum())
        ),
        ("Disconnections for Non-Payment", "Report Month", "Utility"),
    ),
    Q(
        "which utility cuts off the most people for its size",
        _lead(_named_any(_ud_rate_top)),
        ("Utility", "Disconnections for Non-Payment", "Residential Customers"),
    ),
    Q(
        "are there fewer shutoffs during the winter moratorium",
        either(_about(_ud_winter_means(True)), _about(_ud_winter_means(False))),
        ("Winter Moratorium", "Disconnections for Non-Payment", "Utility", "Report Month"),
    ),
    Q(
        "which month had the most disconnections",
        _lead(_month_year(_ud_top_month)),
        ("Report Month", "Disconnections for Non-Payment", "Utility"),
    ),
    Q(
        "what share of notices actually end in a disconnection",
        _share(
            lambda df: float(
                _num(_ud(df), "Disconnections for Non-Payment").sum() / _num(_ud(df), "Disconnection Notices").sum()
            )
        ),
        ("Disconnections for Non-Payment", "Disconnection Notices", "Utility"),
    ),
    Q(
        "how many reports are missing the reconnection number",
        _count(lambda df: int(_num(df, "Reconnections").isna().sum())),
        ("Reconnections", "Utility", "Report Month"),
    ),
]


HELDOUT261: list[Dataset] = [
    Dataset("shipt_order_history", _shipt_frame, _SH_QS),
    Dataset("bunpro_review_history", _bunpro_frame, _BP_QS),
    Dataset("relive_activity_list", _relive_frame, _RL_QS),
    Dataset("indiegogo_contributions", _indiegogo_frame, _IG_QS),
    Dataset("state_municipal_bond_issues", _bond_frame, _MB_QS),
    Dataset("county_assessment_appeals", _appeals_frame, _PA_QS),
    Dataset("utility_disconnection_report", _disconnect_frame, _UD_QS),
]
