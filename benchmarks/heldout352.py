"""HELDOUT352: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of the spreadsheet a small outfit keeps: a bridge club's duplicate game
results (2024, one row per pair per game, games on Monday and Thursday afternoons and Wednesday evenings, one or two
sections) with "Game Date" as "03/14/2024", Session (Afternoon, Evening), Section (A, B), "Pair #" (restarting each
section), "Player 1" and "Player 2" as "First Last" (fixed partnerships, Player 1 now and then in upper case), Dir
(NS, EW), MP (matchpoints on 24 boards, in halves), Pct (the percentage as 54.17) and "MP Awarded" (masterpoints to
the top three of each direction, blank otherwise). A gold buyer's purchase log (2023 and 2024, one row per item)
with Date as "2024-03-15", "Item Description" in upper case ("14K ROPE CHAIN", "STERLING FLATWARE"), Metal (Gold,
Silver, Platinum), Karat ("10K" to "24K", now and then lower case, "N/A" for silver and platinum), Grams, "Spot
Price" per troy ounce that day as "$2,034.50", Payout as "$412.00", "ID Checked" (Y/N, a few blank) and "Hold Until"
(ten days on) as "3/25/2024". A picture framing shop's work orders (2024, one row per order) with "Order #" (a
number from 5001), Customer (repeated), "Moulding Code" ("LJ-2231", "R-104"), "Width (in)" and "Height (in)" in
quarter inches, Glass (Regular, UV, Museum; now and then lower case), "Mat Count" (0 to 3), Price as "$245.00"
(moulding by the united inch, glass by area, mats), "Due Date" and "Picked Up" as "4/12/2024" (picked up blank for
orders still in the shop). A party rental's bounce house bookings (2023 and 2024, one row per booking, most in
summer) with "Booking ID" as "BH-1043", Unit ("Castle Combo", "Shark Slide"), "Event Date" as "06/15/2024", Hours
(4, 6, 8), "Delivery Miles", Price as "$275" (by unit, hours and miles past ten), "Deposit Paid" as "$50.00",
"Cancelled - Weather" (Yes/No) and "Setup Crew" ("Tyler/Marcus"; blank when cancelled). A portable toilet company's
service route (January to June 2024, each unit serviced weekly) with "Unit #" as "PT-0412" (repeated), "Job Site",
"Unit Type" (Standard, Deluxe Flushable, ADA, Handwash Station, Restroom Trailer; now and then upper case), "Service
Date" as "2024-05-06", "Gallons Pumped" (0 when skipped), Route ("Route 1" to "Route 6"), Skipped (Y/N) and Driver.
An equipment rental yard's contracts (2024, one row per item, a contract of two or three items repeating its
number, dates and customer) with "Contract #" as "C-24017", "Equipment Class" ("Mini Excavator", "Skid Steer",
"Scissor Lift 19'"), "Out Date" and "Return Date" as "2024-03-04" (return blank while out), "Meter Out" and "Meter
In" in hours ("N/A" for unmetered tools, meter in blank while out), "Rate Type" (Day, Week), Rate as "$325.00",
"Damage Charge" as "$150.00" (blank when none) and Customer (contractors, repeated). And a jerky maker's smokehouse
batches (2024, one row per batch) with Batch as "24-0117", "Smoke Date" as "01/08/2024", Meat (Beef, Turkey, Pork,
Venison, Salmon), Flavor (Original, Teriyaki, Peppered, Sweet & Spicy, Ghost Pepper), "Raw Lbs", "Finished Lbs"
(the yield by meat), "Smoke Hrs", "Water Activity" (lower after longer smokes; "N/A" when not read) and "Passed QA"
(Y/N; failed above 0.85, blank when not read). All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _lead, _share
from .heldout253 import _amount, _num, _text, _top, _typical
from .heldout333 import _FIRST, _LAST, _date, _either_named, _flag
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _money(x: float) -> str:
    return f"${x:,.2f}"


def _mdy(t: pd.Timestamp) -> str:
    return f"{t.month}/{t.day}/{t.year}"


def _both_about(*values: Callable[[pd.DataFrame], float], rel: float = 0.01) -> Check:
    """Every value appears (each to within `rel`, or rounded to one decimal)."""
    return _about(lambda df: [float(v(df)) for v in values], rel=rel)


def _any_id(values: Callable[[pd.DataFrame], list[str]]) -> Check:
    """One of the ids (ties) appears as a whole token."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        ids = [str(v) for v in values(df)]
        for v in ids:
            if pd.Series([answer]).str.contains(rf"(?<![\w-]){v}(?![\w])", regex=True).iloc[0]:
                return None
        return f"missing id {ids[0]!r}"

    return check


# --- 1. Bridge club duplicate results ------------------------------------------------------------------------------


def _bridge_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35201)
    names: list[str] = []
    while len(names) < 64:
        n = f"{_one(rng, _FIRST)} {_one(rng, _LAST)}"
        if n not in names:
            names.append(n)
    pairs = [(names[2 * k], names[2 * k + 1]) for k in range(32)]
    skill = rng.normal(0, 4.5, 32)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2024-01-01", "2024-12-31", freq="D"):
        if day.dayofweek not in (0, 2, 3):
            continue
        session = "Evening" if day.dayofweek == 2 else "Afternoon"
        n_pairs = int(rng.integers(8, 15)) if session == "Evening" else int(rng.integers(12, 27))
        n_pairs -= n_pairs % 2
        sections = ["A"] if n_pairs <= 16 else ["A", "B"]
        playing = rng.choice(32, size=n_pairs, replace=False)
        for s_i, section in enumerate(sections):
            chunk = playing[s_i :: len(sections)]
            half = len(chunk) // 2
            for d_i, direction in enumerate(("NS", "EW")):
                group = chunk[d_i * half : (d_i + 1) * half]
                pct = np.clip(50 + skill[group] + rng.normal(1.2 if direction == "NS" else -1.2, 6, len(group)), 28, 75)
                top = 24 * (len(group) - 1)
                order = np.argsort(-pct)
                awards = {order[0]: 0.92, order[1]: 0.69, order[2]: 0.52} if len(group) >= 4 else {order[0]: 0.5}
                for j, p in enumerate(group):
                    mp = round(pct[j] / 100 * top * 2) / 2
                    p1, p2 = pairs[p]
                    if rng.random() < 0.03:
                        p1 = p1.upper()
                    rows.append(
                        {
                            "Game Date": f"{day:%m/%d/%Y}",
                            "Session": session,
                            "Section": section,
                            "Pair #": j + 1 + d_i * half,
                            "Player 1": p1,
                            "Player 2": p2,
                            "Dir": direction,
                            "MP": mp,
                            "Pct": round(100 * mp / top, 2),
                            "MP Awarded": awards.get(j, ""),
                        }
                    )
    return pd.DataFrame(rows)


def _br_best_pair(df: pd.DataFrame) -> list[str]:
    pair = _text(df, "Player 1").str.title() + " & " + _text(df, "Player 2").str.title()
    return _top(_num(df, "Pct").groupby(pair).mean()).split(" & ")


def _br_over(df: pd.DataFrame, evening: bool = False, inclusive: bool = False) -> int:
    pct = _num(df, "Pct")
    hit = pct >= 60 if inclusive else pct > 60
    if evening:
        hit &= _text(df, "Session").str.lower() == "evening"
    return int(hit.sum())


_BR_QS = [
    Q(
        "how many games did the club run this year",
        either(
            _count(lambda df: len(df.groupby(["Game Date", "Session"]))),
            _count(lambda df: len(df.groupby(["Game Date", "Session", "Section"]))),
        ),
        ("Game Date", "Session", "Section"),
    ),
    Q(
        "do north south pairs score better than east west on average?",
        _both_about(
            lambda df: _num(df, "Pct")[_text(df, "Dir") == "NS"].mean(),
            lambda df: _num(df, "Pct")[_text(df, "Dir") == "EW"].mean(),
        ),
        ("Dir", "Pct"),
    ),
    Q(
        "how many times did a pair go over 60%",
        either(_count(lambda df: _br_over(df)), _count(lambda df: _br_over(df, inclusive=True))),
        ("Pct",),
    ),
    Q(
        "and how many of those were evening games",
        either(
            _count(lambda df: _br_over(df, evening=True)), _count(lambda df: _br_over(df, evening=True, inclusive=True))
        ),
        ("Pct", "Session"),
    ),
    Q(
        "total masterpoints given out",
        _about(lambda df: float(_num(df, "MP Awarded").sum()), rel=0.005),
        ("MP Awarded",),
    ),
    Q(
        "which partnership has the best average percentage",
        _lead(_all_named(_br_best_pair)),
        ("Player 1", "Player 2", "Pct"),
    ),
]


# --- 2. Gold buyer purchase log ------------------------------------------------------------------------------------

_GB_PURITY = {"10K": 0.417, "14K": 0.583, "18K": 0.75, "22K": 0.916, "24K": 0.999}
_GB_GOLD = ["RING", "ROPE CHAIN", "BRACELET", "EARRINGS", "PENDANT", "CLASS RING", "WEDDING BAND", "DENTAL GOLD"]
_GB_OTHER = {
    "Silver": ["STERLING FLATWARE", "STERLING BRACELET", "SILVER COINS", ".925 CHAIN"],
    "Platinum": ["PLAT RING", "PLAT BAND"],
}


def _gold_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35202)
    days = pd.date_range("2023-01-02", "2024-12-31", freq="D")
    gold = 1830 + np.cumsum(rng.normal(1.1, 14, len(days)))
    silver = 23 + np.cumsum(rng.normal(0.006, 0.3, len(days)))
    plat = 980 + np.cumsum(rng.normal(0, 9, len(days)))
    spot = {"Gold": gold, "Silver": np.clip(silver, 19, 34), "Platinum": np.clip(plat, 850, 1100)}
    rows: list[dict[str, Any]] = []
    for k in np.sort(rng.choice(len(days), size=1650, replace=True)):
        day = days[k]
        metal = str(_one(rng, ["Gold", "Silver", "Platinum"], [7, 2.5, 0.5]))
        if metal == "Gold":
            karat = str(_one(rng, list(_GB_PURITY), [3, 5, 2.5, 0.6, 0.3]))
            purity = _GB_PURITY[karat]
            desc = f"{karat} {_one(rng, _GB_GOLD)}"
            grams = float(rng.gamma(2.0, 4.5))
        else:
            karat, purity = "N/A", 0.925 if metal == "Silver" else 0.95
            desc = str(_one(rng, _GB_OTHER[metal]))
            grams = float(rng.gamma(2.0, 40 if metal == "Silver" else 4))
        price = float(spot[metal][k])
        payout = grams / 31.1035 * purity * price * float(rng.uniform(0.62, 0.8))
        hold = day + pd.Timedelta(days=10)
        checked = str(_one(rng, ["Y", "N", ""], [90, 7, 3]))
        rows.append(
            {
                "Date": f"{day:%Y-%m-%d}",
                "Item Description": desc,
                "Metal": metal,
                "Karat": karat.lower() if rng.random() < 0.05 else karat,
                "Grams": round(grams + 0.1, 1),
                "Spot Price": _money(price),
                "Payout": _money(max(5.0, round(payout))),
                "ID Checked": checked,
                "Hold Until": _mdy(hold),
            }
        )
    return pd.DataFrame(rows)


def _gb_gold(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Metal").str.lower() == "gold"


def _gb_14k(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Karat").str.upper() == "14K"


def _gb_best_month(df: pd.DataFrame) -> pd.Timestamp:
    g = _gb_gold(df)
    month = _date(df, "Date", "%Y-%m-%d")[g].dt.to_period("M")
    return _num(df, "Grams")[g].groupby(month).sum().idxmax().to_timestamp()


_GB_QS = [
    Q("how much have we paid out in total", _amount(lambda df: float(_num(df, "Payout").sum())), ("Payout",)),
    Q(
        "whats the most common karat for gold",
        _either_named(lambda df: _top(_text(df, "Karat")[_gb_gold(df)].str.upper().value_counts())),
        ("Karat", "Metal"),
    ),
    Q(
        "average payout per gram on 14k",
        either(
            _about(lambda df: float((_num(df, "Payout") / _num(df, "Grams"))[_gb_14k(df)].mean())),
            _about(lambda df: float(_num(df, "Payout")[_gb_14k(df)].sum() / _num(df, "Grams")[_gb_14k(df)].sum())),
        ),
        ("Payout", "Grams", "Karat"),
    ),
    Q(
        "how many buys didnt have the id checked",
        either(
            _count(lambda df: int((_text(df, "ID Checked").str.upper() == "N").sum())),
            _count(lambda df: int((_text(df, "ID Checked").str.upper() != "Y").sum())),
        ),
        ("ID Checked",),
    ),
    Q("which month did we take in the most gold by weight", _month_year(_gb_best_month), ("Date", "Grams", "Metal")),
    Q(
        "on gold, does the payout go up with weight",
        _corr(lambda df: _num(df, "Grams")[_gb_gold(df)], lambda df: _num(df, "Payout")[_gb_gold(df)]),
        ("Grams", "Payout", "Metal"),
    ),
]


# --- 3. Picture framing work orders --------------------------------------------------------------------------------

_FR_MOULDING = {"LJ-2231": 1.9, "LJ-4410": 2.6, "R-104": 1.2, "R-118": 1.4, "R-207": 1.6, "NV-530": 3.4, "NV-512": 3.0,
                "ROMA-77": 4.8, "ROMA-81": 5.5, "CM-900": 0.9, "CM-905": 1.0, "LJ-3360": 2.2}  # fmt: skip
_FR_GLASS = {"Regular": 0.035, "UV": 0.07, "Museum": 0.14}


def _frame_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35203)
    customers: list[str] = []
    while len(customers) < 420:
        n = f"{_one(rng, _FIRST)} {_one(rng, _LAST)}"
        if n not in customers:
            customers.append(n)
    cweights = rng.pareto(1.5, len(customers)) + 1
    codes = list(_FR_MOULDING)
    mweights = [5, 3, 8, 6, 4, 2, 2, 1, 1, 7, 6, 3]
    days = pd.date_range("2024-01-02", "2024-12-20", freq="D")
    rows: list[dict[str, Any]] = []
    for i, k in enumerate(np.sort(rng.choice(len(days), size=1150, replace=True))):
        width = float(np.clip(round(rng.gamma(4, 4.5) * 4) / 4, 5, 48))
        height = float(np.clip(round(width * rng.uniform(0.6, 1.5) * 4) / 4, 5, 60))
        code = str(_one(rng, codes, mweights))
        glass = str(_one(rng, list(_FR_GLASS), [6, 3, 1.3]))
        mats = int(_one(rng, [0, 1, 2, 3], [2, 5, 3, 0.5]))
        price = 25 + _FR_MOULDING[code] * 2 * (width + height) + _FR_GLASS[glass] * width * height + 18 * mats
        price = round(price * float(rng.uniform(0.95, 1.05)))
        due = days[k] + pd.Timedelta(days=int(rng.integers(10, 22)))
        late = int(rng.integers(0, 30)) if rng.random() < 0.8 else int(rng.integers(30, 90))
        picked = due + pd.Timedelta(days=late)
        still_here = picked > pd.Timestamp("2024-12-31") or rng.random() < 0.02
        rows.append(
            {
                "Order #": 5001 + i,
                "Customer": customers[int(rng.choice(len(customers), p=cweights / cweights.sum()))],
                "Moulding Code": code,
                "Width (in)": width,
                "Height (in)": height,
                "Glass": glass.lower() if rng.random() < 0.04 else glass,
                "Mat Count": mats,
                "Price": _money(price),
                "Due Date": _mdy(due),
                "Picked Up": "" if still_here else _mdy(picked),
            }
        )
    return pd.DataFrame(rows)


def _fr_glass(df: pd.DataFrame, kind: str) -> pd.Series:
    return _num(df, "Price")[_text(df, "Glass").str.lower() == kind.lower()]


def _fr_oldest_waiting(df: pd.DataFrame) -> list[str]:
    waiting = _text(df, "Picked Up") == ""
    due = _date(df, "Due Date", "%m/%d/%Y")[waiting]
    return [str(int(v)) for v in df.loc[due[due == due.min()].index, "Order #"]]


_FR_QS = [
    Q("whats the average price of a framing order", _typical(lambda df: _num(df, "Price")), ("Price",)),
    Q(
        "how much more does museum glass cost than regular",
        either(
            _about(lambda df: float(_fr_glass(df, "Museum").mean() - _fr_glass(df, "Regular").mean())),
            _about(lambda df: float(_fr_glass(df, "Museum").median() - _fr_glass(df, "Regular").median())),
            _both_about(lambda df: _fr_glass(df, "Museum").mean(), lambda df: _fr_glass(df, "Regular").mean()),
        ),
        ("Glass", "Price"),
    ),
    Q(
        "how many orders are still waiting to be picked up",
        _count(lambda df: int((_text(df, "Picked Up") == "").sum())),
        ("Picked Up", "Order #"),
    ),
    Q("which of those has been due the longest", _any_id(_fr_oldest_waiting), ("Order #", "Due Date", "Picked Up")),
    Q(
        "which moulding do we use most",
        _either_named(lambda df: _top(_text(df, "Moulding Code").value_counts())),
        ("Moulding Code",),
    ),
    Q(
        "do bigger pieces cost more? compare the area to the price",
        _corr(lambda df: _num(df, "Width (in)") * _num(df, "Height (in)"), lambda df: _num(df, "Price")),
        ("Width (in)", "Height (in)", "Price"),
    ),
]


# --- 4. Bounce house bookings --------------------------------------------------------------------------------------

_BH_UNITS = {"Castle Combo": 225, "Shark Slide": 325, "Tropical Wet/Dry": 295, "Princess Palace": 210,
             "Obstacle Course 40ft": 395, "Basic Bouncer 13x13": 150, "Sports Arena": 240}  # fmt: skip
_BH_CREWS = ["Tyler/Marcus", "Jose/Ben", "Kayla/Dre", "Sam/Luis"]
_BH_SEASON = [0.2, 0.3, 0.8, 1.6, 2.6, 3.6, 3.8, 3.0, 1.9, 1.4, 0.4, 0.3]


def _bounce_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35204)
    days = pd.date_range("2023-01-01", "2024-12-31", freq="D")
    w = np.array([_BH_SEASON[d.month - 1] * (3.0 if d.dayofweek >= 5 else 0.6) for d in days])
    rows: list[dict[str, Any]] = []
    for i, k in enumerate(np.sort(rng.choice(len(days), size=1400, replace=True, p=w / w.sum()))):
        day = days[k]
        unit = str(_one(rng, list(_BH_UNITS), [6, 4, 4, 3, 2, 5, 2]))
        hours = int(_one(rng, [4, 6, 8], [3, 4, 2]))
        miles = round(float(rng.gamma(2.2, 5.5)), 1)
        price = _BH_UNITS[unit] + 25 * (hours - 4) / 2 + 2 * max(0.0, miles - 10)
        cancelled = rng.random() < (0.14 if day.month in (4, 5, 6, 9) else 0.06)
        rows.append(
            {
                "Booking ID": f"BH-{1001 + i}",
                "Unit": unit,
                "Event Date": f"{day:%m/%d/%Y}",
                "Hours": hours,
                "Delivery Miles": miles,
                "Price": f"${round(price)}",
                "Deposit Paid": _money(float(_one(rng, [0, 50, 100], [1, 6, 2]))),
                "Cancelled - Weather": "Yes" if cancelled else "No",
                "Setup Crew": "" if cancelled else str(_one(rng, _BH_CREWS, [4, 3, 3, 1.5])),
            }
        )
    return pd.DataFrame(rows)


def _bh_cancelled(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Cancelled - Weather").str.lower() == "yes"


def _bh_top_unit(keep_cancelled: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        ok = df.index == df.index if keep_cancelled else ~_bh_cancelled(df)
        return _top(_num(df, "Price")[ok].groupby(_text(df, "Unit")[ok]).sum())

    return value


def _bh_month(keep_cancelled: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(df: pd.DataFrame) -> pd.Timestamp:
        ok = df.index == df.index if keep_cancelled else ~_bh_cancelled(df)
        month = _date(df, "Event Date", "%m/%d/%Y")[ok].dt.to_period("M")
        return month.value_counts().sort_index(kind="stable").idxmax().to_timestamp()

    return value


_BH_QS = [
    Q(
        "how many bookings got rained out",
        _count(lambda df: int(_bh_cancelled(df).sum())),
        ("Cancelled - Weather",),
    ),
    Q(
        "what percent of all bookings is that",
        _share(lambda df: float(_bh_cancelled(df).mean())),
        ("Cancelled - Weather",),
    ),
    Q(
        "which bounce house makes us the most money",
        _either_named(_bh_top_unit(True), _bh_top_unit(False)),
        ("Unit", "Price", "Cancelled - Weather"),
    ),
    Q(
        "what was our busiest month",
        either(_month_year(_bh_month(True)), _month_year(_bh_month(False))),
        ("Event Date", "Booking ID", "Cancelled - Weather"),
    ),
    Q(
        "which crew has done the most setups",
        _either_named(lambda df: _top(_text(df, "Setup Crew")[_text(df, "Setup Crew") != ""].value_counts())),
        ("Setup Crew",),
    ),
    Q(
        "do we charge more the further we drive",
        _corr(lambda df: _num(df, "Delivery Miles"), lambda df: _num(df, "Price")),
        ("Delivery Miles", "Price"),
    ),
]


# --- 5. Portable toilet service route ------------------------------------------------------------------------------

_PT_TYPES = {"Standard": (34, 6), "Deluxe Flushable": (48, 7), "ADA": (42, 7), "Handwash Station": (14, 4),
             "Restroom Trailer": (115, 25)}  # fmt: skip
_PT_SITES = ["Oakmont Estates Ph 2", "Riverside Park", "I-35 Widening", "Lakeview Apartments", "County Fairgrounds",
             "Hwy 71 Bridge", "Cedar Ridge School Addn", "Pinecrest Subdivision", "Walmart Remodel", "Mill St Sewer",
             "Harbor Marina", "St. Luke Hospital Wing", "Sunset Farms", "Industrial Blvd Warehouse", "Eagle Creek Golf",
             "Downtown Parking Deck", "Northside Soccer Complex", "Quarry Rd Landfill"]  # fmt: skip
_PT_DRIVERS = {"Route 1": "Hector", "Route 2": "Dale", "Route 3": "Rick", "Route 4": "Shawn", "Route 5": "Amber",
               "Route 6": "Luis"}  # fmt: skip
_PT_SKIP = {"Hector": 0.02, "Dale": 0.07, "Rick": 0.03, "Shawn": 0.04, "Amber": 0.015, "Luis": 0.035, "Troy": 0.05}


def _potty_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35205)
    units = []
    for _ in range(170):
        site = str(_one(rng, _PT_SITES))
        units.append(
            {
                "unit": f"PT-{int(rng.integers(100, 999)):04d}",
                "site": site,
                "type": str(_one(rng, list(_PT_TYPES), [10, 3, 2, 2, 0.4])),
                "route": f"Route {_PT_SITES.index(site) % 6 + 1}",
                "weekday": _PT_SITES.index(site) % 5,
            }
        )
    seen: set[str] = set()
    for u in units:
        while u["unit"] in seen:
            u["unit"] = f"PT-{int(rng.integers(100, 999)):04d}"
        seen.add(u["unit"])
    rows: list[dict[str, Any]] = []
    for week in pd.date_range("2024-01-01", "2024-06-24", freq="W-MON"):
        for u in units:
            day = week + pd.Timedelta(days=u["weekday"])
            driver = _PT_DRIVERS[u["route"]] if rng.random() > 0.08 else "Troy"
            skipped = rng.random() < _PT_SKIP[driver]
            mean, sd = _PT_TYPES[u["type"]]
            gallons = 0 if skipped else int(max(3, round(rng.normal(mean, sd))))
            rows.append(
                {
                    "Unit #": u["unit"],
                    "Job Site": u["site"],
                    "Unit Type": u["type"].upper() if rng.random() < 0.03 else u["type"],
                    "Service Date": f"{day:%Y-%m-%d}",
                    "Gallons Pumped": gallons,
                    "Route": u["route"],
                    "Skipped": "Y" if skipped else "N",
                    "Driver": driver,
                }
            )
    return pd.DataFrame(rows)


def _pt_ada(df: pd.DataFrame, keep_skipped: bool) -> pd.Series:
    ok = _text(df, "Unit Type").str.upper() == "ADA"
    if not keep_skipped:
        ok &= ~_flag(df, "Skipped")
    return _num(df, "Gallons Pumped")[ok]


def _pt_skipper(rate: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        skipped = _flag(df, "Skipped").astype(int).groupby(_text(df, "Driver"))
        return _top(skipped.mean() if rate else skipped.sum())

    return value


_PT_QS = [
    Q(
        "how many gallons did we pump altogether",
        _amount(lambda df: float(_num(df, "Gallons Pumped").sum())),
        ("Gallons Pumped",),
    ),
    Q("how many services were skipped", _count(lambda df: int(_flag(df, "Skipped").sum())), ("Skipped",)),
    Q("which driver skips the most", _either_named(_pt_skipper(False), _pt_skipper(True)), ("Driver", "Skipped")),
    Q(
        "on average how much comes out of an ada unit",
        either(_typical(lambda df: _pt_ada(df, True)), _typical(lambda df: _pt_ada(df, False))),
        ("Gallons Pumped", "Unit Type", "Skipped"),
    ),
    Q(
        "which route pumps the most",
        _either_named(lambda df: _top(_num(df, "Gallons Pumped").groupby(_text(df, "Route")).sum())),
        ("Route", "Gallons Pumped"),
    ),
    Q("how many different units are we servicing", _count(lambda df: int(_text(df, "Unit #").nunique())), ("Unit #",)),
]


# --- 6. Equipment rental contracts ---------------------------------------------------------------------------------

_ER_CLASSES = {"Mini Excavator": (285, True, 6.0), "Skid Steer": (245, True, 5.0), "Scissor Lift 19'": (145, True, 2.5),
               "Boom Lift 45'": (395, True, 3.5), "Trencher": (210, True, 4.0), "Plate Compactor": (85, False, 0.0),
               "Light Tower": (110, True, 9.0), "Concrete Mixer": (75, False, 0.0)}  # fmt: skip
_ER_CUSTOMERS = ["Apex Builders LLC", "Ramirez Concrete", "Northline Electric", "Smith & Sons Excavating",
                 "Blue Ridge Landscaping", "Harper Roofing", "Cornerstone Homes", "Metro Plumbing",
                 "Tri-County Paving", "Walk-In / Cash", "Summit Fence Co", "Greenway Irrigation",
                 "Delta Demolition", "Pioneer Pools"]  # fmt: skip


def _rental_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35206)
    days = pd.date_range("2024-01-02", "2024-12-30", freq="D")
    meters = {c: float(rng.uniform(300, 2500)) for c in _ER_CLASSES}
    rows: list[dict[str, Any]] = []
    for i, k in enumerate(np.sort(rng.choice(len(days), size=720, replace=True))):
        out = days[k]
        customer = str(_one(rng, _ER_CUSTOMERS, [6, 4, 3, 5, 3, 2, 4, 2, 3, 5, 1.5, 2, 2, 1]))
        weekly = rng.random() < 0.3
        length = int(rng.integers(5, 22)) if weekly else int(_one(rng, [1, 1, 2, 3, 4], [4, 3, 3, 2, 1]))
        back = out + pd.Timedelta(days=length)
        still_out = back > pd.Timestamp("2024-12-31") or rng.random() < 0.01
        for _ in range(int(_one(rng, [1, 2, 3], [7, 2.5, 0.8]))):
            cls = str(_one(rng, list(_ER_CLASSES), [4, 5, 3, 2, 1.5, 3, 1, 1.5]))
            rate, metered, per_day = _ER_CLASSES[cls]
            used = round(max(0.2, length * per_day * float(rng.uniform(0.5, 1.4))), 1)
            meter_out = round(meters[cls], 1)
            meters[cls] += used + float(rng.uniform(0, 3))
            damage = float(rng.integers(3, 40) * 25) if (not still_out and rng.random() < 0.07) else None
            rows.append(
                {
                    "Contract #": f"C-24{i + 1:03d}",
                    "Equipment Class": cls,
                    "Out Date": f"{out:%Y-%m-%d}",
                    "Return Date": "" if still_out else f"{back:%Y-%m-%d}",
                    "Meter Out": meter_out if metered else "N/A",
                    "Meter In": ("" if still_out else round(meter_out + used, 1)) if metered else "N/A",
                    "Rate Type": "Week" if weekly else "Day",
                    "Rate": _money(rate * 3.4 if weekly else rate),
                    "Damage Charge": "" if damage is None else _money(damage),
                    "Customer": customer,
                }
            )
    return pd.DataFrame(rows)


def _er_out(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Return Date") == ""


def _er_skid_hours(df: pd.DataFrame) -> pd.Series:
    ok = _text(df, "Equipment Class").str.lower() == "skid steer"
    return (_num(df, "Meter In") - _num(df, "Meter Out"))[ok].dropna()


def _er_days(df: pd.DataFrame) -> pd.Series:
    first = df.drop_duplicates("Contract #")
    days = _date(first, "Return Date", "%Y-%m-%d") - _date(first, "Out Date", "%Y-%m-%d")
    return days.dt.days.dropna()


def _er_damaged(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Damage Charge").fillna(0) > 0


def _er_top_customer(distinct: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        counts = df.groupby(_text(df, "Customer"))["Contract #"]
        return _top(counts.nunique() if distinct else counts.size())

    return value


_ER_QS = [
    Q(
        "how many contracts are still out",
        either(
            _count(lambda df: int(df.loc[_er_out(df), "Contract #"].nunique())),
            _count(lambda df: int(_er_out(df).sum())),
        ),
        ("Contract #", "Return Date"),
    ),
    Q(
        "how many hours does a skid steer usually get run per rental",
        _typical(_er_skid_hours),
        ("Equipment Class", "Meter Out", "Meter In"),
    ),
    Q(
        "how often do we end up charging for damage",
        either(
            _share(lambda df: float(_er_damaged(df).mean())),
            _share(lambda df: float(_er_damaged(df)[~_er_out(df)].mean())),
            _share(lambda df: float(_er_damaged(df).groupby(df["Contract #"]).any().mean())),
            _count(lambda df: int(_er_damaged(df).sum())),
        ),
        ("Damage Charge", "Contract #"),
    ),
    Q(
        "and how much do those charges add up to",
        _amount(lambda df: float(_num(df, "Damage Charge").sum())),
        ("Damage Charge",),
    ),
    Q(
        "who rents from us the most",
        _either_named(_er_top_customer(True), _er_top_customer(False)),
        ("Customer", "Contract #"),
    ),
    Q(
        "how long does a typical rental last",
        either(_typical(_er_days), _typical(lambda df: _er_days(df) + 1)),
        ("Out Date", "Return Date", "Contract #"),
    ),
]


# --- 7. Jerky smokehouse batches -----------------------------------------------------------------------------------

_JK_YIELD = {"Beef": 0.42, "Turkey": 0.37, "Pork": 0.4, "Venison": 0.45, "Salmon": 0.5}
_JK_FLAVORS = ["Original", "Teriyaki", "Peppered", "Sweet & Spicy", "Ghost Pepper"]


def _jerky_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35207)
    days = pd.date_range("2024-01-02", "2024-12-20", freq="B")
    rows: list[dict[str, Any]] = []
    for i, k in enumerate(np.sort(rng.choice(len(days), size=640, replace=True))):
        meat = str(_one(rng, list(_JK_YIELD), [10, 4, 3, 1.5, 1]))
        raw = round(float(rng.uniform(40, 120)), 1)
        hours = round(float(rng.uniform(4, 10)) * 2) / 2
        aw = float(np.clip(0.93 - 0.017 * hours + rng.normal(0, 0.035), 0.6, 0.95))
        finished = raw * (_JK_YIELD[meat] + 0.012 * (7 - hours) + float(rng.normal(0, 0.02)))
        unread = rng.random() < 0.04
        passed = "" if unread else ("N" if aw > 0.85 or rng.random() < 0.02 else "Y")
        rows.append(
            {
                "Batch": f"24-{i + 1:04d}",
                "Smoke Date": f"{days[k]:%m/%d/%Y}",
                "Meat": meat,
                "Flavor": str(_one(rng, _JK_FLAVORS, [4, 3, 3, 2, 1])),
                "Raw Lbs": raw,
                "Finished Lbs": round(finished, 1),
                "Smoke Hrs": hours,
                "Water Activity": "N/A" if unread else round(aw, 3),
                "Passed QA": passed,
            }
        )
    return pd.DataFrame(rows)


def _jk_yield(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Finished Lbs") / _num(df, "Raw Lbs")


def _jk_best_meat(pooled: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        meat = _text(df, "Meat")
        if pooled:
            return _top(_num(df, "Finished Lbs").groupby(meat).sum() / _num(df, "Raw Lbs").groupby(meat).sum())
        return _top(_jk_yield(df).groupby(meat).mean())

    return value


def _jk_fail_rate(judged_only: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        qa = _text(df, "Passed QA").str.upper()[_text(df, "Meat").str.lower() == "turkey"]
        if judged_only:
            qa = qa[qa != ""]
        return float((qa == "N").mean())

    return value


_JK_QS = [
    Q(
        "whats our average yield from raw to finished",
        either(
            _share(lambda df: float(_jk_yield(df).mean())),
            _share(lambda df: float(_num(df, "Finished Lbs").sum() / _num(df, "Raw Lbs").sum())),
        ),
        ("Raw Lbs", "Finished Lbs"),
    ),
    Q(
        "which meat yields best",
        _either_named(_jk_best_meat(False), _jk_best_meat(True)),
        ("Meat", "Raw Lbs", "Finished Lbs"),
    ),
    Q(
        "how many batches failed qa",
        _count(lambda df: int((_text(df, "Passed QA").str.upper() == "N").sum())),
        ("Passed QA",),
    ),
    Q(
        "whats the fail rate for turkey",
        either(_share(_jk_fail_rate(False)), _share(_jk_fail_rate(True))),
        ("Passed QA", "Meat"),
    ),
    Q(
        "does smoking longer bring the water activity down",
        _corr(lambda df: _num(df, "Smoke Hrs"), lambda df: _num(df, "Water Activity")),
        ("Smoke Hrs", "Water Activity"),
    ),
    Q(
        "how many batches are missing a water activity reading",
        _count(lambda df: int(_num(df, "Water Activity").isna().sum())),
        ("Water Activity",),
    ),
]


HELDOUT352 = [
    Dataset("bridge_club_duplicate_results", _bridge_frame, _BR_QS),
    Dataset("gold_buyer_purchase_log", _gold_frame, _GB_QS),
    Dataset("picture_framing_work_orders", _frame_frame, _FR_QS),
    Dataset("bounce_house_bookings", _bounce_frame, _BH_QS),
    Dataset("portable_toilet_service_route", _potty_frame, _PT_QS),
    Dataset("equipment_rental_contracts", _rental_frame, _ER_QS),
    Dataset("jerky_smokehouse_batches", _jerky_frame, _JK_QS),
]
