"""HELDOUT310: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: an ice rink's public skate
session log (October 2023 to March 2024, one row per session) with "Session Date" as "01/14/2024", "Start Time" as
"7:30 PM", "Session Type" (Public Skate, Family Skate, Adult Skate, Cheap Skate, Stick & Puck, Freestyle), "Skaters
Admitted", "Skate Rentals" (never more than the skaters), "Admission Price" as "$10.00", "Resurface Delay (min)"
(blank when the zamboni ran on time) and "Rink Temp (F)" ("N/A" when the sensor was down); a cycling club's group
ride log (2022 to 2024, one row per ride) with "Ride Date" as "2023-05-13", "Ride Leader", Route (named loops),
"Pace Group" (A, B, C), "Distance (mi)", "Elevation Gain (ft)", Riders (0 for rained-out rides), "Avg Speed (mph)"
(blank for rained-out rides) and "Cancelled - Weather" (Yes, No); a velodrome track league's race results (2024
season, one row per rider per race) with "Race Night" as "2024-06-04", Event (Keirin, Scratch, Points Race,
Elimination, Tempo, Miss and Out), Category ("Cat 1/2", "Cat 3", "Cat 4", "Women"), Rider as "Maya Okafor" (riders
race every week), Team (club names, blank for unattached riders), Place as "1" to "14" or "DNF" and Points (league
points, 0 for a DNF); a pilates studio's class attendance export (2024, one row per class) with "Class Date" as
"2024-03-05", "Class Time" as "06:00", "Class Type" (Reformer, Mat, Tower), Instructor, Capacity, Booked, Attended,
"Late Cancels", "No Shows" (Booked = Attended + Late Cancels + No Shows), "Drop-In Visits" and "Member Visits" (adding
up to Attended); an independent bookstore's point-of-sale line items (2024, one row per line) with "Sale Date" as
"2024-02-17 14:32", "Receipt #" (a receipt spans several lines), ISBN (13 digits, blank for some used books), Title,
Author as "Morrison, Toni", Section (Fiction, Mystery, Sci-Fi/Fantasy, Kids, History, Cooking, Poetry), Condition
(New, Used), Qty, "List Price" as 18.99, "Discount %" (0, 10, 20, 40, 50) and "Staff Pick" (Y, N); a comic shop's
pull-list subscriptions (one row per customer per series) with "Customer #" as "C0142", "Customer Name", Series,
Publisher (Marvel, DC, Image, BOOM!, IDW, Dark Horse), "Issues/Month" (1 or 2), "Cover Price" as "$4.99", "Discount
Tier" ("None", "10%", "15%", "20%"), "Start Date" as "3/2/2022" and Status (Active, Paused, Cancelled); and a used
vinyl record store's inventory (one row per record) with SKU as "V-02417", Artist, Title, Format (LP, 7", 12"),
"Media Grade" and "Sleeve Grade" (M, NM, VG+, VG, G+, G; "Generic" sleeves), Genre, Cost and Price as "$3.00",
"Date Added" as "2023-05-02" and "Date Sold" (blank while the record is in stock). All are generated with a fixed
seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _num, _text, _top, _typical
from .offline_eval import Check, Dataset, Q, either, has, month_names
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _when(df: pd.DataFrame, col: str, fmt: str) -> pd.Series:
    return pd.to_datetime(_text(df, col), format=fmt, errors="coerce")


def _month(value: Callable[[pd.DataFrame], Any]) -> Check:
    """A month of a year ("December 2023", "2023-12"), or the month by name alone."""

    def by_name(answer: str, df: pd.DataFrame) -> str | None:
        m = pd.Timestamp(value(df)).month
        if re.search(rf"\b(?:{month_names(m)})\b", answer, re.IGNORECASE):
            return None
        return f"missing month {m}"

    return either(_month_year(value), by_name)


def _any_named(*values: Callable[[pd.DataFrame], str]) -> Check:
    """One of the labels picked by two readings of the question, beside its superlative."""
    return either(*(_lead(_named(v)) for v in values))


# --- 1. Ice rink public skate sessions -----------------------------------------------------------------------------

# session type: price, mean skaters, rental share, weight
_IR_TYPES = {
    "Public Skate": (10.0, 95, 0.55, 5),
    "Family Skate": (8.0, 80, 0.6, 2),
    "Adult Skate": (10.0, 38, 0.35, 2),
    "Cheap Skate": (5.0, 120, 0.62, 1),
    "Stick & Puck": (15.0, 22, 0.04, 3),
    "Freestyle": (14.0, 12, 0.02, 2),
}
_IR_TIMES = ["6:00 AM", "11:30 AM", "1:00 PM", "3:30 PM", "5:15 PM", "7:30 PM", "9:00 PM"]


def _rink_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31001)
    rows: list[dict[str, Any]] = []
    day = pd.Timestamp("2023-10-01")
    while day <= pd.Timestamp("2024-03-31"):
        weekend = day.dayofweek >= 5
        holiday = (day.month == 12 and day.day >= 18) or (day.month == 1 and day.day <= 2)
        n = int(rng.integers(3, 6)) if weekend or holiday else int(rng.integers(2, 4))
        times = sorted(rng.choice(len(_IR_TIMES), size=n, replace=False))
        for t in times:
            kind = str(_one(rng, list(_IR_TYPES), [v[3] for v in _IR_TYPES.values()]))
            price, mean, rent, _ = _IR_TYPES[kind]
            temp = float(np.clip(rng.normal(56, 3.5), 46, 66))
            lift = (1.5 if weekend else 1.0) * (1.7 if holiday else 1.0) * (1.0 - 0.015 * (temp - 56))
            skaters = int(rng.poisson(mean * lift))
            rentals = int(rng.binomial(skaters, rent))
            delay = int(rng.integers(4, 26)) if rng.random() < 0.14 else None
            rows.append(
                {
                    "Session Date": f"{day:%m/%d/%Y}",
                    "Start Time": _IR_TIMES[int(t)],
                    "Session Type": kind,
                    "Skaters Admitted": skaters,
                    "Skate Rentals": rentals,
                    "Admission Price": f"${price:.2f}",
                    "Resurface Delay (min)": delay,
                    "Rink Temp (F)": "N/A" if rng.random() < 0.05 else f"{temp:.0f}",
                }
            )
        day += pd.Timedelta(days=1)
    return pd.DataFrame(rows).astype({"Resurface Delay (min)": "Int64"})


def _ir_top_month(df: pd.DataFrame) -> pd.Timestamp:
    month = _when(df, "Session Date", "%m/%d/%Y").dt.to_period("M")
    return pd.Period(_num(df, "Skaters Admitted").groupby(month).sum().idxmax()).to_timestamp()


def _ir_top_type(df: pd.DataFrame) -> str:
    return _top(_num(df, "Skaters Admitted").groupby(_text(df, "Session Type")).mean())


def _ir_rent_share(pooled: bool) -> Callable[[pd.DataFrame], float]:
    def rate(df: pd.DataFrame) -> float:
        keep = _text(df, "Session Type") == _ir_top_type(df)
        rent, came = _num(df, "Skate Rentals")[keep], _num(df, "Skaters Admitted")[keep]
        return float(rent.sum() / came.sum()) if pooled else float((rent / came.where(came > 0)).mean())

    return rate


_IR_QS = [
    Q(
        "how many skaters did we get all season",
        _count(lambda df: int(_num(df, "Skaters Admitted").sum())),
        ("Skaters Admitted",),
    ),
    Q(
        "which kind of session draws the biggest crowd on average",
        _lead(_named(_ir_top_type)),
        ("Session Type", "Skaters Admitted"),
    ),
    Q(
        "and what share of the skaters at those rent skates",
        either(_share(_ir_rent_share(True)), _share(_ir_rent_share(False))),
        ("Session Type", "Skate Rentals", "Skaters Admitted"),
    ),
    Q("busiest month?", _month(_ir_top_month), ("Session Date", "Skaters Admitted")),
    Q(
        "how many sessions were held up by the resurfacing",
        _count(lambda df: int((_num(df, "Resurface Delay (min)") > 0).sum())),
        ("Resurface Delay (min)",),
    ),
    Q(
        "does the rink temperature have anything to do with turnout",
        _corr(lambda d: _num(d, "Rink Temp (F)"), lambda d: _num(d, "Skaters Admitted")),
        ("Rink Temp (F)", "Skaters Admitted"),
    ),
]


# --- 2. Cycling club group ride log --------------------------------------------------------------------------------

# route: distance, elevation gain
_CY_ROUTES = {
    "River Loop": (28.0, 650),
    "Cider Mill Hills": (42.0, 2900),
    "Lakeshore Out & Back": (36.0, 420),
    "Three Bridges": (31.0, 1500),
    "Ridge Road Century": (62.0, 4100),
    "Coffee Shop Spin": (18.0, 300),
}
# pace group: base speed, riders mean
_CY_PACE = {"A": (20.5, 9), "B": (17.5, 13), "C": (14.5, 8)}
_CY_LEADERS = ["Dave K.", "Maria S.", "Tom B.", "Priya N.", "Greg W.", "Linda F."]


def _cycling_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31002)
    rows: list[dict[str, Any]] = []
    day = pd.Timestamp("2022-03-05")
    while day <= pd.Timestamp("2024-10-31"):
        if day.month in range(3, 11) and day.dayofweek in (1, 3, 5):
            for pace in ("A", "B", "C") if day.dayofweek == 5 else (str(_one(rng, list(_CY_PACE))),):
                route = str(_one(rng, list(_CY_ROUTES), [5, 3, 4, 4, 1, 3]))
                dist, climb = _CY_ROUTES[route]
                base, crowd = _CY_PACE[pace]
                cancelled = rng.random() < (0.14 if day.month in (3, 4, 10) else 0.06)
                gain = int(round(climb * float(rng.normal(1, 0.05)) / 10) * 10)
                speed = base - gain / dist * 0.028 + float(rng.normal(0, 0.7))
                rows.append(
                    {
                        "Ride Date": f"{day:%Y-%m-%d}",
                        "Ride Leader": str(_one(rng, _CY_LEADERS, [4, 3, 3, 2, 2, 1])),
                        "Route": route,
                        "Pace Group": pace,
                        "Distance (mi)": None if cancelled else round(dist + float(rng.normal(0, 0.6)), 1),
                        "Elevation Gain (ft)": None if cancelled else gain,
                        "Riders": 0
                        if cancelled
                        else max(2, int(rng.poisson(crowd * (1.3 if route == "Coffee Shop Spin" else 1)))),
                        "Avg Speed (mph)": None if cancelled else round(speed, 1),
                        "Cancelled - Weather": "Yes" if cancelled else "No",
                    }
                )
        day += pd.Timedelta(days=1)
    return pd.DataFrame(rows).astype({"Elevation Gain (ft)": "Int64"})


def _cy_2023(df: pd.DataFrame) -> pd.Series:
    return _when(df, "Ride Date", "%Y-%m-%d").dt.year == 2023


_CY_QS = [
    Q(
        "how many rides got cancelled for weather",
        _count(lambda df: int((_text(df, "Cancelled - Weather") == "Yes").sum())),
        ("Cancelled - Weather",),
    ),
    Q(
        "avg speed for each pace group",
        has(lambda df: _num(df, "Avg Speed (mph)").groupby(_text(df, "Pace Group")).mean().to_numpy(), rel=0.01),
        ("Pace Group", "Avg Speed (mph)"),
    ),
    Q(
        "how many miles did we ride altogether in 2023",
        either(
            _amount(lambda df: float(_num(df, "Distance (mi)")[_cy_2023(df)].sum())),
            _amount(lambda df: float((_num(df, "Distance (mi)") * _num(df, "Riders"))[_cy_2023(df)].sum())),
        ),
        ("Ride Date", "Distance (mi)", "Riders"),
    ),
    Q(
        "who leads the most rides",
        _lead(_named(lambda df: _top(_text(df, "Ride Leader").value_counts()))),
        ("Ride Leader", "Ride Date"),
    ),
    Q(
        "how many of theirs got rained out",
        _count(
            lambda df: int(
                (
                    (_text(df, "Ride Leader") == _top(_text(df, "Ride Leader").value_counts()))
                    & (_text(df, "Cancelled - Weather") == "Yes")
                ).sum()
            )
        ),
        ("Ride Leader", "Cancelled - Weather"),
    ),
    Q(
        "do hillier rides go slower",
        _corr(lambda d: _num(d, "Elevation Gain (ft)"), lambda d: _num(d, "Avg Speed (mph)")),
        ("Elevation Gain (ft)", "Avg Speed (mph)"),
    ),
]


# --- 3. Velodrome track league race results ------------------------------------------------------------------------

_VD_EVENTS = ["Keirin", "Scratch", "Points Race", "Elimination", "Tempo", "Miss and Out"]
_VD_DNF = {"Keirin": 0.06, "Scratch": 0.04, "Points Race": 0.1, "Elimination": 0.02, "Tempo": 0.07}
_VD_DNF["Miss and Out"] = 0.02
_VD_CATS = {"Cat 1/2": 16, "Cat 3": 20, "Cat 4": 24, "Women": 18}
_VD_TEAMS = ["Velo Club Zephyr", "Team Fixie Union", "Banked Racing", "Wheelhouse CC", "Sprocket Squad", ""]
_VD_FIRST = ["Maya", "Ben", "Luis", "Kira", "Owen", "Tess", "Jon", "Ana", "Eli", "Ruth", "Sam", "Ivy", "Nate", "Zoe"]
_VD_LAST = ["Okafor", "Brandt", "Silva", "Novak", "Reyes", "Hale", "Ito", "Marsh", "Quinn", "Park", "Duval", "Lund"]
_VD_POINTS = [10, 8, 6, 5, 4, 3, 2, 1]


def _velodrome_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31003)
    names = [f"{a} {b}" for a in _VD_FIRST for b in _VD_LAST]
    order = rng.permutation(len(names))
    pool: dict[str, list[tuple[str, str, float]]] = {}
    k = 0
    for cat, size in _VD_CATS.items():
        pool[cat] = []
        for _ in range(size):
            team = str(_one(rng, _VD_TEAMS, [3, 3, 2, 2, 2, 2]))
            pool[cat].append((names[int(order[k])], team, float(rng.normal(0, 1))))
            k += 1
    rows: list[dict[str, Any]] = []
    night = pd.Timestamp("2024-05-07")
    while night <= pd.Timestamp("2024-08-27"):
        events = rng.choice(len(_VD_EVENTS), size=3, replace=False)
        for e in events:
            event = _VD_EVENTS[int(e)]
            for cat, riders in pool.items():
                field = [riders[int(i)] for i in rng.choice(len(riders), size=int(rng.integers(7, 15)), replace=False)]
                speed = [r[2] + float(rng.normal(0, 1.1)) for r in field]
                ranked = [field[i] for i in np.argsort(speed)[::-1]]
                dnf = [rng.random() < _VD_DNF[event] for _ in ranked]
                finishers = [r for r, d in zip(ranked, dnf, strict=True) if not d]
                for place, (name, team, _) in enumerate(finishers, start=1):
                    pts = _VD_POINTS[place - 1] if place <= len(_VD_POINTS) else 0
                    rows.append([night, event, cat, name, team, str(place), pts])
                for (name, team, _), d in zip(ranked, dnf, strict=True):
                    if d:
                        rows.append([night, event, cat, name, team, "DNF", 0])
        night += pd.Timedelta(weeks=1)
    cols = ["Race Night", "Event", "Category", "Rider", "Team", "Place", "Points"]
    df = pd.DataFrame(rows, columns=cols)
    df["Race Night"] = df["Race Night"].dt.strftime("%Y-%m-%d")
    return df


def _vd_top_rider(df: pd.DataFrame) -> str:
    return _top(_num(df, "Points").groupby(_text(df, "Rider")).sum())


_VD_QS = [
    Q("who scored the most points overall", _lead(_named(_vd_top_rider)), ("Rider", "Points")),
    Q(
        "how many races did they win",
        _count(lambda df: int(((_text(df, "Rider") == _vd_top_rider(df)) & (_text(df, "Place") == "1")).sum())),
        ("Rider", "Place"),
    ),
    Q(
        "top team by points?",
        _lead(
            _named(
                lambda df: _top(
                    _num(df, "Points")[_text(df, "Team") != ""]
                    .groupby(_text(df, "Team")[_text(df, "Team") != ""])
                    .sum()
                )
            )
        ),
        ("Team", "Points"),
    ),
    Q(
        "how many dnfs in the keirins",
        _count(lambda df: int(((_text(df, "Event") == "Keirin") & (_text(df, "Place") == "DNF")).sum())),
        ("Event", "Place"),
    ),
    Q(
        "what percent of starts end in a dnf",
        _share(lambda df: float((_text(df, "Place") == "DNF").mean())),
        ("Place",),
    ),
    Q(
        "how many different women raced this season",
        _count(lambda df: int(_text(df, "Rider")[_text(df, "Category") == "Women"].nunique())),
        ("Category", "Rider"),
    ),
]


# --- 4. Pilates studio class attendance ----------------------------------------------------------------------------

# class type: capacity, fill rate, drop-in share, weight
_PL_TYPES = {"Reformer": (12, 0.88, 0.18, 5), "Mat": (20, 0.62, 0.32, 3), "Tower": (8, 0.8, 0.12, 2)}
# instructor: no-show rate
_PL_TEACHERS = {"Jess M.": 0.05, "Carla R.": 0.08, "Nina P.": 0.04, "Ashley T.": 0.12, "Brooke L.": 0.07}
_PL_TIMES = ["06:00", "07:15", "09:30", "12:00", "17:30", "18:45"]


def _pilates_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31004)
    rows: list[dict[str, Any]] = []
    day = pd.Timestamp("2024-01-02")
    while day <= pd.Timestamp("2024-12-21"):
        season = 1.12 if day.month == 1 else 0.85 if day.month in (7, 8) else 1.0
        for t in sorted(rng.choice(len(_PL_TIMES), size=int(rng.integers(2, 5)), replace=False)):
            kind = str(_one(rng, list(_PL_TYPES), [v[3] for v in _PL_TYPES.values()]))
            cap, fill, drop, _ = _PL_TYPES[kind]
            teacher = str(_one(rng, list(_PL_TEACHERS), [4, 3, 3, 2, 2]))
            booked = int(min(cap, rng.binomial(cap, min(0.98, fill * season))))
            late = int(rng.binomial(booked, 0.06))
            noshow = int(rng.binomial(booked - late, _PL_TEACHERS[teacher]))
            came = booked - late - noshow
            drops = int(rng.binomial(came, drop))
            rows.append(
                {
                    "Class Date": f"{day:%Y-%m-%d}",
                    "Class Time": _PL_TIMES[int(t)],
                    "Class Type": kind,
                    "Instructor": teacher,
                    "Capacity": cap,
                    "Booked": booked,
                    "Attended": came,
                    "Late Cancels": late,
                    "No Shows": noshow,
                    "Drop-In Visits": drops,
                    "Member Visits": came - drops,
                }
            )
        day += pd.Timedelta(days=1)
    return pd.DataFrame(rows)


def _pl_fill(col: str, pooled: bool) -> Callable[[pd.DataFrame], float]:
    def rate(df: pd.DataFrame) -> float:
        if pooled:
            return float(_num(df, col).sum() / _num(df, "Capacity").sum())
        return float((_num(df, col) / _num(df, "Capacity")).mean())

    return rate


def _pl_worst(pooled: bool) -> Callable[[pd.DataFrame], str]:
    def top(df: pd.DataFrame) -> str:
        who = _text(df, "Instructor")
        if pooled:
            rate = _num(df, "No Shows").groupby(who).sum() / _num(df, "Booked").groupby(who).sum()
        else:
            rate = (_num(df, "No Shows") / _num(df, "Booked").where(lambda s: s > 0)).groupby(who).mean()
        return _top(rate)

    return top


def _pl_most_noshows(df: pd.DataFrame) -> str:
    return _top(_num(df, "No Shows").groupby(_text(df, "Instructor")).sum())


def _pl_noshows(who: Callable[[pd.DataFrame], str]) -> Callable[[pd.DataFrame], int]:
    return lambda df: int(_num(df, "No Shows")[_text(df, "Instructor") == who(df)].sum())


def _pl_top_month(df: pd.DataFrame) -> pd.Timestamp:
    month = _when(df, "Class Date", "%Y-%m-%d").dt.to_period("M")
    return pd.Period(_num(df, "Attended").groupby(month).sum().idxmax()).to_timestamp()


_PL_QS = [
    Q(
        "average attendance for reformer classes",
        has(lambda df: float(_num(df, "Attended")[_text(df, "Class Type") == "Reformer"].mean()), rel=0.01),
        ("Class Type", "Attended"),
    ),
    Q(
        "how full are the classes usually",
        either(*(_share(_pl_fill(c, p)) for c in ("Attended", "Booked") for p in (True, False))),
        ("Capacity", "Attended", "Booked"),
    ),
    Q(
        "which instructor has the worst no-show problem",
        _any_named(_pl_worst(True), _pl_worst(False), _pl_most_noshows),
        ("Instructor", "No Shows", "Booked"),
    ),
    Q(
        "how many no-shows has she had",
        either(*(_count(_pl_noshows(f)) for f in (_pl_worst(True), _pl_worst(False), _pl_most_noshows))),
        ("Instructor", "No Shows"),
    ),
    Q(
        "what % of visits are drop ins",
        _share(lambda df: float(_num(df, "Drop-In Visits").sum() / _num(df, "Attended").sum())),
        ("Drop-In Visits", "Attended", "Member Visits"),
    ),
    Q("which month had the most people actually show up", _month(_pl_top_month), ("Class Date", "Attended")),
]


# --- 5. Independent bookstore point-of-sale line items -------------------------------------------------------------

# title: author, section, list price, weight
_BK_TITLES: dict[str, tuple[str, str, float, float]] = {
    "Beloved": ("Morrison, Toni", "Fiction", 17.00, 3),
    "Lessons in Chemistry": ("Garmus, Bonnie", "Fiction", 18.00, 6),
    "Tomorrow, and Tomorrow, and Tomorrow": ("Zevin, Gabrielle", "Fiction", 28.00, 5),
    "Demon Copperhead": ("Kingsolver, Barbara", "Fiction", 32.50, 4),
    "The Thursday Murder Club": ("Osman, Richard", "Mystery", 17.00, 4),
    "The Maid": ("Prose, Nita", "Mystery", 17.99, 3),
    "Gone Girl": ("Flynn, Gillian", "Mystery", 18.00, 2),
    "Fourth Wing": ("Yarros, Rebecca", "Sci-Fi/Fantasy", 29.99, 5),
    "Project Hail Mary": ("Weir, Andy", "Sci-Fi/Fantasy", 19.99, 4),
    "Dune": ("Herbert, Frank", "Sci-Fi/Fantasy", 18.00, 3),
    "Dog Man: Twenty Thousand Fleas Under the Sea": ("Pilkey, Dav", "Kids", 12.99, 6),
    "The Very Hungry Caterpillar": ("Carle, Eric", "Kids", 10.99, 4),
    "Wonder": ("Palacio, R. J.", "Kids", 9.99, 3),
    "The Wager": ("Grann, David", "History", 30.00, 3),
    "Killers of the Flower Moon": ("Grann, David", "History", 18.00, 2),
    "Salt, Fat, Acid, Heat": ("Nosrat, Samin", "Cooking", 40.00, 2),
    "Half Baked Harvest Every Day": ("Gerard, Tieghan", "Cooking", 32.50, 1),
    "Milk and Honey": ("Kaur, Rupi", "Poetry", 14.99, 2),
    "Leaves of Grass": ("Whitman, Walt", "Poetry", 12.00, 1),
}


def _bookstore_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31005)
    titles = list(_BK_TITLES)
    isbn = {t: f"978{int(rng.integers(10**9, 10**10))}" for t in titles}
    picks = {t: rng.random() < 0.3 for t in titles}
    rows: list[dict[str, Any]] = []
    for receipt in range(1, 1501):
        day = pd.Timestamp("2024-01-02") + pd.Timedelta(days=int(rng.integers(0, 364)))
        if day.month == 12:
            day = day - pd.Timedelta(days=int(rng.integers(0, 10)))
        stamp = day + pd.Timedelta(minutes=int(rng.integers(10 * 60, 20 * 60)))
        for _ in range(int(_one(rng, [1, 2, 3, 4], [6, 3, 2, 1]))):
            title = str(_one(rng, titles, [v[3] for v in _BK_TITLES.values()]))
            author, section, price, _ = _BK_TITLES[title]
            used = rng.random() < 0.22
            if used:
                price = round(price * 0.5, 2)
                disc = int(_one(rng, [0, 50], [4, 1]))
            else:
                disc = int(_one(rng, [0, 10, 20, 40], [12, 3, 1, 1]))
            rows.append(
                {
                    "Sale Date": f"{stamp:%Y-%m-%d %H:%M}",
                    "Receipt #": 100000 + receipt,
                    "ISBN": "" if used and rng.random() < 0.3 else isbn[title],
                    "Title": title,
                    "Author": author,
                    "Section": section,
                    "Condition": "Used" if used else "New",
                    "Qty": int(_one(rng, [1, 2, 3], [20, 2, 1])),
                    "List Price": price,
                    "Discount %": disc,
                    "Staff Pick": "Y" if picks[title] else "N",
                }
            )
    return pd.DataFrame(rows)


def _bk_net(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Qty") * _num(df, "List Price") * (1 - _num(df, "Discount %") / 100)


def _bk_gross(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Qty") * _num(df, "List Price")


def _bk_best(by_lines: bool) -> Callable[[pd.DataFrame], str]:
    def top(df: pd.DataFrame) -> str:
        if by_lines:
            return _top(_text(df, "Title").value_counts())
        return _top(_num(df, "Qty").groupby(_text(df, "Title")).sum())

    return top


_BK_QS = [
    Q(
        "how much did we sell in total this year",
        either(_amount(lambda df: float(_bk_net(df).sum())), _amount(lambda df: float(_bk_gross(df).sum()))),
        ("Qty", "List Price", "Discount %"),
    ),
    Q(
        "which section makes the most money",
        _any_named(
            lambda df: _top(_bk_net(df).groupby(_text(df, "Section")).sum()),
            lambda df: _top(_bk_gross(df).groupby(_text(df, "Section")).sum()),
        ),
        ("Section", "Qty", "List Price", "Discount %"),
    ),
    Q(
        "how many used books did we sell",
        either(
            _count(lambda df: int(_num(df, "Qty")[_text(df, "Condition") == "Used"].sum())),
            _count(lambda df: int((_text(df, "Condition") == "Used").sum())),
        ),
        ("Condition", "Qty"),
    ),
    Q("best selling book?", _any_named(_bk_best(False), _bk_best(True)), ("Title", "Qty")),
    Q(
        "who wrote it",
        _named(lambda df: str(_text(df, "Author")[_text(df, "Title") == _bk_best(False)(df)].iloc[0])),
        ("Title", "Author", "Qty"),
    ),
    Q("how many sales lines are missing an isbn", _count(lambda df: int(df["ISBN"].isna().sum())), ("ISBN",)),
]


# --- 6. Comic shop pull-list subscriptions -------------------------------------------------------------------------

# series: publisher, cover price, issues per month, weight
_CM_SERIES: dict[str, tuple[str, float, int, float]] = {
    "Amazing Spider-Man": ("Marvel", 4.99, 2, 8),
    "X-Men": ("Marvel", 4.99, 1, 6),
    "Fantastic Four": ("Marvel", 4.99, 1, 3),
    "Ultimate Spider-Man": ("Marvel", 4.99, 1, 5),
    "Batman": ("DC", 4.99, 1, 7),
    "Detective Comics": ("DC", 4.99, 1, 4),
    "Absolute Batman": ("DC", 4.99, 1, 6),
    "Nightwing": ("DC", 3.99, 1, 3),
    "Saga": ("Image", 3.99, 1, 5),
    "Transformers": ("Image", 4.99, 1, 4),
    "Something Is Killing the Children": ("BOOM!", 4.99, 1, 4),
    "Teenage Mutant Ninja Turtles": ("IDW", 4.99, 1, 4),
    "Hellboy and the B.P.R.D.": ("Dark Horse", 3.99, 1, 2),
}
_CM_FIRST = ["Kevin", "Jason", "Alyssa", "Marcus", "Derek", "Priya", "Tony", "Sara", "Eric", "Dana", "Wes", "Lena"]
_CM_LAST = ["Hughes", "Park", "Romero", "Fitz", "Chen", "Boyle", "Nash", "Ortega", "Kemp", "Shaw", "Doyle", "Vance"]


def _comics_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31006)
    names = [f"{a} {b}" for a in _CM_FIRST for b in _CM_LAST]
    picks = rng.choice(len(names), size=120, replace=False)
    series = list(_CM_SERIES)
    rows: list[dict[str, Any]] = []
    for k, p in enumerate(picks):
        tier = str(_one(rng, ["None", "10%", "15%", "20%"], [4, 3, 2, 1]))
        joined = pd.Timestamp("2019-01-01") + pd.Timedelta(days=int(rng.integers(0, 5 * 365)))
        n = min(len(series), max(1, int(rng.poisson({"None": 3, "10%": 5, "15%": 7, "20%": 10}[tier]))))
        weights = np.array([v[3] for v in _CM_SERIES.values()])
        chosen = rng.choice(len(series), size=n, replace=False, p=weights / weights.sum())
        for s in chosen:
            name = series[int(s)]
            pub, price, per_month, _ = _CM_SERIES[name]
            start = joined + pd.Timedelta(days=int(rng.integers(0, 500)))
            if start > pd.Timestamp("2024-11-30"):
                start = pd.Timestamp("2024-11-30") - pd.Timedelta(days=int(rng.integers(0, 60)))
            rows.append(
                {
                    "Customer #": f"C{k + 101:04d}",
                    "Customer Name": names[int(p)],
                    "Series": name,
                    "Publisher": pub,
                    "Issues/Month": per_month,
                    "Cover Price": f"${price:.2f}",
                    "Discount Tier": tier,
                    "Start Date": f"{start.month}/{start.day}/{start.year}",
                    "Status": str(_one(rng, ["Active", "Paused", "Cancelled"], [7, 1, 2])),
                }
            )
    return pd.DataFrame(rows)


def _cm_active(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Status") == "Active"


def _cm_monthly(df: pd.DataFrame) -> float:
    off = _num(df, "Discount Tier").fillna(0) / 100
    value = _num(df, "Issues/Month") * _num(df, "Cover Price") * (1 - off)
    return float(value[_cm_active(df)].sum())


def _cm_top_pub(df: pd.DataFrame) -> str:
    return _top(_text(df, "Publisher")[_cm_active(df)].value_counts())


def _cm_top_series(active_only: bool) -> Callable[[pd.DataFrame], str]:
    def top(df: pd.DataFrame) -> str:
        keep = _text(df, "Publisher") == _cm_top_pub(df)
        if active_only:
            keep &= _cm_active(df)
        return _top(_text(df, "Series")[keep].value_counts())

    return top


_CM_QS = [
    Q(
        "how many active subscribers do we have",
        either(
            _count(lambda df: int(_text(df, "Customer #")[_cm_active(df)].nunique())),
            _count(lambda df: int(_cm_active(df).sum())),
        ),
        ("Customer #", "Customer Name", "Status"),
    ),
    Q(
        "which publisher has the most active pulls",
        _lead(_named(_cm_top_pub)),
        ("Publisher", "Status"),
    ),
    Q(
        "which of their series is the most popular",
        _any_named(_cm_top_series(True), _cm_top_series(False)),
        ("Publisher", "Series", "Status"),
    ),
    Q(
        "how much do the active pulls bring in per month after discounts",
        _amount(_cm_monthly),
        ("Issues/Month", "Cover Price", "Discount Tier", "Status"),
    ),
    Q(
        "what percent of pulls got cancelled",
        _share(lambda df: float((_text(df, "Status") == "Cancelled").mean())),
        ("Status",),
    ),
    Q(
        "how many new pulls started in 2023",
        _count(lambda df: int((_when(df, "Start Date", "%m/%d/%Y").dt.year == 2023).sum())),
        ("Start Date",),
    ),
]


# --- 7. Used vinyl record store inventory --------------------------------------------------------------------------

# genre: price multiplier, days to sell (mean), weight
_VN_GENRES = {
    "Rock": (1.0, 210, 6),
    "Jazz": (1.35, 160, 3),
    "Soul/R&B": (1.2, 140, 3),
    "Hip Hop": (1.3, 100, 2),
    "Country": (0.7, 420, 2),
    "Classical": (0.5, 780, 2),
    "Electronic": (1.1, 240, 2),
}
_VN_ARTISTS = {
    "Rock": ["Fleetwood Mac", "Led Zeppelin", "The Beatles", "Pink Floyd", "Tom Petty", "Talking Heads"],
    "Jazz": ["Miles Davis", "John Coltrane", "Bill Evans", "Herbie Hancock"],
    "Soul/R&B": ["Aretha Franklin", "Marvin Gaye", "Al Green", "Stevie Wonder"],
    "Hip Hop": ["A Tribe Called Quest", "De La Soul", "Beastie Boys"],
    "Country": ["Willie Nelson", "Dolly Parton", "Johnny Cash"],
    "Classical": ["Herbert von Karajan", "Leonard Bernstein", "Glenn Gould"],
    "Electronic": ["Kraftwerk", "Daft Punk", "New Order"],
}
_VN_TITLES = ["Greatest Hits", "Live at the Fillmore", "Self Titled", "Rarities", "The Early Years", "Anthology"]
_VN_TITLES += ["Best Of", "Sessions", "Night Moves", "Second Album", "B-Sides & Demos", "Blue Period"]
_VN_GRADES = {"M": 2.2, "NM": 1.6, "VG+": 1.0, "VG": 0.65, "G+": 0.4, "G": 0.25}
_VN_FORMATS = {"LP": (22.0, 8), '7"': (6.0, 2), '12"': (14.0, 2)}


def _vinyl_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31007)
    grades = list(_VN_GRADES)
    rows: list[dict[str, Any]] = []
    for k in range(2200):
        genre = str(_one(rng, list(_VN_GENRES), [v[2] for v in _VN_GENRES.values()]))
        mult, days, _ = _VN_GENRES[genre]
        artist = str(_one(rng, _VN_ARTISTS[genre]))
        fmt = str(_one(rng, list(_VN_FORMATS), [v[1] for v in _VN_FORMATS.values()]))
        g = int(_one(rng, range(6), [1, 5, 8, 6, 2, 1]))
        media = grades[g]
        sleeve = "Generic" if fmt == '7"' and rng.random() < 0.5 else grades[min(5, g + int(rng.integers(0, 2)))]
        price = max(2.0, round(_VN_FORMATS[fmt][0] * mult * _VN_GRADES[media] * float(rng.lognormal(0, 0.35))))
        cost = max(0.5, round(price * float(rng.uniform(0.15, 0.45)) * 2) / 2)
        added = pd.Timestamp("2022-06-01") + pd.Timedelta(days=int(rng.integers(0, 900)))
        sold = added + pd.Timedelta(days=int(rng.exponential(days / _VN_GRADES[media] ** 0.3)) + 1)
        rows.append(
            {
                "SKU": f"V-{k + 1:05d}",
                "Artist": artist,
                "Title": str(_one(rng, _VN_TITLES)),
                "Format": fmt,
                "Media Grade": media,
                "Sleeve Grade": sleeve,
                "Genre": genre,
                "Cost": f"${cost:.2f}",
                "Price": f"${price:.2f}",
                "Date Added": f"{added:%Y-%m-%d}",
                "Date Sold": f"{sold:%Y-%m-%d}" if sold <= pd.Timestamp("2024-12-31") else "",
            }
        )
    return pd.DataFrame(rows)


def _vn_sold(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Date Sold") != ""


def _vn_days(df: pd.DataFrame) -> pd.Series:
    return (_when(df, "Date Sold", "%Y-%m-%d") - _when(df, "Date Added", "%Y-%m-%d")).dt.days


def _vn_fastest(how: str) -> Callable[[pd.DataFrame], str]:
    return lambda df: _top(_vn_days(df).groupby(_text(df, "Genre")).agg(how), lowest=True)


def _vn_genre_days(genre: Callable[[pd.DataFrame], str]) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda df: _vn_days(df)[_text(df, "Genre") == genre(df)].dropna()


def _vn_lp(grade: str) -> Callable[[pd.DataFrame], float]:
    def mean(df: pd.DataFrame) -> float:
        keep = (_text(df, "Format") == "LP") & (_text(df, "Media Grade") == grade)
        return float(_num(df, "Price")[keep].mean())

    return mean


_VN_QS = [
    Q("how many records are still on the shelf", _count(lambda df: int((~_vn_sold(df)).sum())), ("Date Sold",)),
    Q(
        "average profit per record we've sold",
        _typical(lambda df: (_num(df, "Price") - _num(df, "Cost"))[_vn_sold(df)]),
        ("Price", "Cost", "Date Sold"),
    ),
    Q(
        "which genre sells fastest",
        _any_named(_vn_fastest("mean"), _vn_fastest("median")),
        ("Genre", "Date Added", "Date Sold"),
    ),
    Q(
        "how long do those usually take to sell",
        either(*(_typical(_vn_genre_days(_vn_fastest(h))) for h in ("mean", "median"))),
        ("Genre", "Date Added", "Date Sold"),
    ),
    Q(
        "avg price of an NM LP vs a VG+ one",
        has(_vn_lp("NM"), _vn_lp("VG+"), rel=0.01),
        ("Format", "Media Grade", "Price"),
    ),
    Q(
        "total sales in 2024",
        _amount(lambda df: float(_num(df, "Price")[_when(df, "Date Sold", "%Y-%m-%d").dt.year == 2024].sum())),
        ("Price", "Date Sold"),
    ),
]


HELDOUT310 = [
    Dataset("ice_rink_public_skate_sessions", _rink_frame, _IR_QS),
    Dataset("cycling_club_group_ride_log", _cycling_frame, _CY_QS),
    Dataset("velodrome_track_league_results", _velodrome_frame, _VD_QS),
    Dataset("pilates_studio_class_attendance", _pilates_frame, _PL_QS),
    Dataset("bookstore_pos_line_items", _bookstore_frame, _BK_QS),
    Dataset("comic_shop_pull_list_subscriptions", _comics_frame, _CM_QS),
    Dataset("used_vinyl_store_inventory", _vinyl_frame, _VN_QS),
]
