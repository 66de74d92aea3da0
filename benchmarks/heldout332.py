"""HELDOUT332: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: an autocross event's timing
export (one event, one row per run, a driver's runs together) with Driver as "First Last", Car as "2019 Mazda
MX-5", Class as an SCCA code ("STR", "SS", "CS", "GS", "ES", "BS", "SM", "STU", a few written lower case), "Run #"
(1 to 4; a few drivers left after three), "Raw Time" in seconds to three decimals (also written for DNF runs), Cones
(0 to 6), DNF (Y/N), Penalty in seconds (2 per cone, blank on a DNF), "Adjusted Time" and "PAX Time" to three
decimals ("DNF" as text on a DNF run) and "PAX Index" (the class factor, "0.829"); a local motocross series' moto
results (eight rounds in 2024, one row per rider per round) with "Race Date" as "4/13/2024", Class ("250", "450",
"Women", "Vet"), Rider, Number, Bike (KTM, Honda, Yamaha, Kawasaki, Husqvarna, GasGas, Suzuki, now and then upper
case), "Moto 1" and "Moto 2" places ("DNF" in Moto 2 for riders who did not finish it), Overall place (moto places
added, DNF scored last, ties to the better second moto), Laps (both motos together) and DNF (Y/N); a rally's stage
results (twelve special stages, one row per car per stage run) with "Car #", Driver, "Co-Driver", Class ("Open 4WD",
"Limited 4WD", "Open 2WD", "Limited 2WD"), Stage ("SS1" to "SS12"), "Stage Time" as "8:42.3", Penalties in seconds
(0, blank now and then, 10 to 60 for late time controls), "Total Time" (running total with penalties, "1:02:13.4"
or "52:13.4") and Retired (Y/N; a retiring car has one last row with blank times and no rows after); a blood
center's mobile drive donor log (2023 to 2024, one row per donor visit, repeat donors repeat their id) with "Drive
Date" as "03/14/2024", Location, "Donor ID" as "D004512", "Blood Type" ("O+", "A-", ..., "UNK" for a few first-time
donors), "Donation Type" (Whole Blood, Platelets, Double Red), "Units Collected" (0 when deferred), "First Time
Donor" (Y/N), Deferred (Y/N), "Deferral Reason" (blank unless deferred) and Age (blank now and then); a public
library's overdue fines ledger (items due in 2024, pulled 12/31/2024) with "Patron ID" as "P104233" (repeated),
"Item Type" (Book, DVD, Audiobook, some "BOOK"), Title, "Due Date" and "Returned Date" as "2024-03-05" (Returned
Date blank for items still out), "Days Overdue", "Fine Amount" as "$1.25" (25 cents a day for books capped at $5,
50 cents for audiobooks and $1 for DVDs capped at $10), Paid (Y/N), Waived (Y/N) and Branch; a city's 311 export of
sidewalk snow complaints (two winters, November 2022 to March 2024) with "Complaint ID" as "SNW-23-004512", "Date
Received" as "01/15/2024 08:32:11 AM", Address in upper case (repeat addresses), Ward (1 to 15, blank now and
then), Inspector, "Inspected Date" as "01/17/2024" (blank with Inspector and "Violation Found" when never
inspected), "Violation Found" (Y/N), "Fine Issued" as "$50.00" or "$0.00" (blank when not inspected) and "Cleared
Date" (blank unless a violation was cleared); and a school district's lunch account snapshot (10/31/2024, one row per
student) with "Student ID" (six digits), School, Grade ("K", "1" to "12"), "Meal Status" (Free, Reduced, Paid),
Balance as "$12.50" or "-$4.25", "Last Deposit" as "$20.00" and "Last Deposit Date" as "2024-09-03" (both blank
for students who never paid in), "Meals This Month" and "Negative Balance" (Y/N). All are generated with a fixed
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
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

_FIRST = [
    "James", "Mary", "Robert", "Linda", "Michael", "Susan", "David", "Karen", "Thomas", "Nancy", "Daniel", "Lisa",
    "Mark", "Sandra", "Paul", "Donna", "Steven", "Carol", "Kevin", "Sharon", "Brian", "Laura", "Gary", "Amy",
    "Eric", "Julie", "Scott", "Megan", "Ryan", "Heather", "Jacob", "Emma", "Ethan", "Olivia", "Noah", "Ava",
    "Liam", "Mason", "Logan", "Lucas", "Owen", "Caleb", "Wyatt", "Sophia", "Harper", "Chloe", "Zoe", "Isabella",
]  # fmt: skip
_LAST = [
    "Smith", "Johnson", "Brown", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Moore", "Jackson", "Martin",
    "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Hall", "Allen", "Young", "King", "Wright", "Hill",
    "Scott", "Green", "Baker", "Adams", "Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Parker",
    "Evans", "Edwards", "Collins", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Morgan", "Cooper", "Reed",
]  # fmt: skip


def _people(rng: np.random.Generator, n: int) -> list[str]:
    names: list[str] = []
    while len(names) < n:
        name = f"{_one(rng, _FIRST)} {_one(rng, _LAST)}"
        if name not in names:
            names.append(name)
    return names


def _date(df: pd.DataFrame, col: str, fmt: str) -> pd.Series:
    return pd.to_datetime(_text(df, col), format=fmt, errors="coerce")


def _flag(df: pd.DataFrame, col: str) -> pd.Series:
    return _text(df, col).str.upper() == "Y"


def _either_named(*values: Callable[[pd.DataFrame], str]) -> Check:
    return either(*(_lead(_named(v)) for v in values))


def _either_count(*values: Callable[[pd.DataFrame], Any]) -> Check:
    return either(*(_count(v) for v in values))


def _clock_secs(text: str) -> float:
    """ "8:42.3" or "1:02:13.4" as seconds (NaN when blank)."""
    parts = str(text).strip().split(":")
    if parts == [""] or parts == ["nan"] or parts == ["<NA>"]:
        return float("nan")
    total = 0.0
    for p in parts:
        total = 60 * total + float(p)
    return total


def _clock_text(secs: float) -> str:
    h, rest = divmod(round(secs, 1), 3600)
    m, s = divmod(rest, 60)
    return f"{int(h)}:{int(m):02d}:{s:04.1f}" if h else f"{int(m)}:{s:04.1f}"


def _number_label(value: Callable[[pd.DataFrame], Any]) -> Check:
    """A number used as a label (a ward), said as its own number."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = int(value(df))
        return None if re.search(rf"(?<![\d.,$]){want}(?![\d]|[.,]\d)", answer) else f"missing label {want}"

    return check


# --- 1. Autocross run log --------------------------------------------------------------------------------------------

_AX_CLASSES = {
    "STR": (0.830, 52.0), "SS": (0.829, 51.0), "CS": (0.809, 53.5), "GS": (0.788, 55.0), "ES": (0.792, 54.5),
    "BS": (0.813, 52.5), "SM": (0.853, 49.5), "STU": (0.833, 51.5),
}  # fmt: skip
_AX_CARS = {
    "STR": ["2019 Mazda MX-5", "2022 Honda S2000", "2021 Toyota GR86", "2020 Subaru BRZ"],
    "SS": ["2020 Chevrolet Corvette", "2019 Porsche 718 Cayman S", "2021 Nissan GT-R"],
    "CS": ["2006 Mazda MX-5", "2016 Mazda MX-5", "2013 Scion FR-S"],
    "GS": ["2017 Honda Civic Si", "2015 Volkswagen GTI", "2019 Hyundai Veloster N"],
    "ES": ["1999 Mazda Miata", "2003 Honda S2000", "2001 Toyota MR2 Spyder"],
    "BS": ["2018 Ford Mustang GT", "2016 BMW M2", "2019 Chevrolet Camaro SS"],
    "SM": ["2004 Mazda Miata SM", "1995 BMW M3 SM", "2008 Honda S2000 SM"],
    "STU": ["2018 Subaru WRX STI", "2019 Ford Focus RS", "2020 Volkswagen Golf R"],
}


def _autocross_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33201)
    drivers = _people(rng, 112)
    rows: list[dict[str, Any]] = []
    for driver in drivers:
        cls = str(_one(rng, list(_AX_CLASSES), [18, 10, 12, 10, 8, 12, 8, 10]))
        index, base = _AX_CLASSES[cls]
        car = str(_one(rng, _AX_CARS[cls]))
        skill = float(rng.normal(1.07, 0.045))
        runs = 3 if rng.random() < 0.1 else 4
        shown = cls.lower() if rng.random() < 0.05 else cls
        for run in range(1, runs + 1):
            raw = base * skill * (1 - 0.008 * (run - 1)) + float(rng.normal(0, 0.9))
            dnf = rng.random() < 0.055
            cones = int(min(6, rng.poisson(0.45)))
            adjusted = raw + 2 * cones
            rows.append(
                {
                    "Driver": driver,
                    "Car": car,
                    "Class": shown,
                    "Run #": run,
                    "Raw Time": round(raw, 3),
                    "Cones": cones,
                    "DNF": "Y" if dnf else "N",
                    "Penalty": "" if dnf else 2 * cones,
                    "Adjusted Time": "DNF" if dnf else f"{adjusted:.3f}",
                    "PAX Index": f"{index:.3f}",
                    "PAX Time": "DNF" if dnf else f"{adjusted * index:.3f}",
                }
            )
    return pd.DataFrame(rows)


def _ax_ok(df: pd.DataFrame) -> pd.Series:
    return ~_flag(df, "DNF")


def _ax_fastest_clean(strict: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        keep = _ax_ok(df) & (_num(df, "Cones") == 0) if strict else _ax_ok(df)
        times = _num(df, "Raw Time" if strict else "Adjusted Time")[keep]
        return str(df.loc[times.idxmin(), "Driver"])

    return value


def _ax_run_means(dnf: bool) -> Callable[[pd.DataFrame], list[float]]:
    def value(df: pd.DataFrame) -> list[float]:
        keep = pd.Series(True, index=df.index) if dnf else _ax_ok(df)
        raw, run = _num(df, "Raw Time")[keep], _num(df, "Run #")[keep]
        return [float(raw[run == 1].mean()), float(raw[run == 3].mean())]

    return value


_AX_QS = [
    Q("how many drivers ran", _count(lambda df: int(_text(df, "Driver").nunique())), ("Driver",)),
    Q("what percent of runs were dnfs", _share(lambda df: float(_flag(df, "DNF").mean())), ("DNF",)),
    Q(
        "who had the fastest clean run",
        _either_named(_ax_fastest_clean(True), _ax_fastest_clean(False)),
        ("Driver", "Raw Time", "Adjusted Time", "Cones", "DNF"),
    ),
    Q(
        "which class hits the most cones on average",
        _lead(_named(lambda df: _top(_num(df, "Cones").groupby(_text(df, "Class").str.upper()).mean()))),
        ("Class", "Cones"),
    ),
    Q(
        "who won on pax",
        _lead(_named(lambda df: str(df.loc[_num(df, "PAX Time").idxmin(), "Driver"]))),
        ("Driver", "PAX Time"),
    ),
    Q(
        "compare the average raw time on run 1 and run 3",
        either(_about(_ax_run_means(True)), _about(_ax_run_means(False))),
        ("Raw Time", "Run #", "DNF"),
    ),
]


# --- 2. Motocross moto results ---------------------------------------------------------------------------------------

_MX_CLASSES = {"250": (34, 12), "450": (30, 12), "Women": (16, 8), "Vet": (24, 10)}
_MX_BRANDS = ["KTM", "Honda", "Yamaha", "Kawasaki", "Husqvarna", "GasGas", "Suzuki"]


def _motocross_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33202)
    dates = pd.to_datetime(
        ["2024-04-13", "2024-05-04", "2024-05-25", "2024-06-15", "2024-07-13", "2024-08-03", "2024-08-24", "2024-09-21"]
    )
    riders: dict[str, list[tuple[str, int, str, float]]] = {}
    used: set[int] = set()
    for cls, (n, _laps) in _MX_CLASSES.items():
        names = _people(rng, n)
        pool = []
        for k, name in enumerate(names):
            number = int(rng.integers(2, 999))
            while number in used:
                number = int(rng.integers(2, 999))
            used.add(number)
            brand = str(_one(rng, _MX_BRANDS, [26, 22, 20, 14, 8, 6, 4]))
            pool.append((name, number, brand, float(rng.normal(0, 1)) - (2.2 if k == 0 else 0.0)))
        riders[cls] = pool
    rows: list[dict[str, Any]] = []
    for day in dates:
        for cls, (_n, laps) in _MX_CLASSES.items():
            field = [r for r in riders[cls] if rng.random() < 0.75]
            n = len(field)
            m1 = np.argsort(np.argsort([s + rng.normal(0, 0.8) for *_x, s in field])) + 1
            m2 = np.argsort(np.argsort([s + rng.normal(0, 0.8) for *_x, s in field])) + 1
            dnf = rng.random(n) < 0.06
            # riders who did not finish moto 2 are scored behind everyone who did
            order2 = sorted(range(n), key=lambda j: (dnf[j], m2[j]))
            place2 = np.empty(n, dtype=int)
            for rank, j in enumerate(order2):
                place2[j] = rank + 1
            points = [(int(m1[j]) + int(place2[j]), int(place2[j]), j) for j in range(n)]
            overall = {j: rank + 1 for rank, (_p, _q, j) in enumerate(sorted(points))}
            for j, (name, number, brand, _s) in enumerate(field):
                lap1 = laps - (1 if m1[j] > n - 3 and rng.random() < 0.5 else 0)
                lap2 = int(rng.integers(1, laps)) if dnf[j] else laps - (1 if place2[j] > n - 3 else 0)
                rows.append(
                    {
                        "Race Date": f"{day:%-m/%-d/%Y}",
                        "Class": cls,
                        "Rider": name,
                        "Number": number,
                        "Bike": brand.upper() if rng.random() < 0.07 else brand,
                        "Moto 1": int(m1[j]),
                        "Moto 2": "DNF" if dnf[j] else int(place2[j]),
                        "Overall": overall[j],
                        "Laps": lap1 + lap2,
                        "DNF": "Y" if dnf[j] else "N",
                    }
                )
    return pd.DataFrame(rows)


def _mx_wins(df: pd.DataFrame) -> pd.DataFrame:
    return df[_num(df, "Overall") == 1]


_MX_QS = [
    Q(
        "how many races are in here",
        _either_count(
            lambda df: int(_text(df, "Race Date").nunique()),
            lambda df: int(df[["Race Date", "Class"]].drop_duplicates().shape[0]),
        ),
        ("Race Date", "Class"),
    ),
    Q(
        "which bike brand won the most overalls",
        _lead(_named(lambda df: _top(_text(_mx_wins(df), "Bike").str.upper().value_counts()).title())),
        ("Bike", "Overall"),
    ),
    Q(
        "who won the most in the 450 class",
        _lead(
            _named(lambda df: _top(_text(_mx_wins(df)[_text(_mx_wins(df), "Class") == "450"], "Rider").value_counts()))
        ),
        ("Rider", "Overall", "Class"),
    ),
    Q(
        "how many riders dnf'd",
        _either_count(
            lambda df: int(_flag(df, "DNF").sum()),
            lambda df: int(_text(df, "Rider")[_flag(df, "DNF")].nunique()),
        ),
        ("DNF", "Rider"),
    ),
    Q(
        "avg laps for the women",
        either(
            _about(lambda df: float(_num(df, "Laps")[_text(df, "Class") == "Women"].mean())),
            _about(lambda df: float(_num(df, "Laps")[(_text(df, "Class") == "Women") & ~_flag(df, "DNF")].mean())),
        ),
        ("Laps", "Class", "DNF"),
    ),
    Q(
        "do riders who do well in moto 1 also do well in moto 2",
        _corr(lambda d: _num(d, "Moto 1"), lambda d: _num(d, "Moto 2")),
        ("Moto 1", "Moto 2"),
    ),
]


# --- 3. Rally stage times --------------------------------------------------------------------------------------------

_RA_CLASSES = {"Open 4WD": 38.0, "Limited 4WD": 41.0, "Open 2WD": 43.0, "Limited 2WD": 45.5}
_RA_STAGES = [11.2, 14.8, 9.6, 18.3, 12.1, 7.4, 11.2, 14.8, 9.6, 18.3, 12.1, 7.4]


def _rally_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33203)
    crews = _people(rng, 88)
    rows: list[dict[str, Any]] = []
    for car in range(44):
        cls = str(_one(rng, list(_RA_CLASSES), [12, 9, 11, 8]))
        pace = _RA_CLASSES[cls] * float(rng.normal(1.06, 0.035))
        retire_at = int(rng.integers(2, 13)) if rng.random() < 0.22 else 99
        total = 0.0
        for s, km in enumerate(_RA_STAGES, start=1):
            row = {
                "Car #": car + 1 if car < 9 else car + 3,
                "Driver": crews[2 * car],
                "Co-Driver": crews[2 * car + 1],
                "Class": cls,
                "Stage": f"SS{s}",
            }
            if s == retire_at:
                rows.append(row | {"Stage Time": "", "Penalties": "", "Total Time": "", "Retired": "Y"})
                break
            stage = km * pace * float(rng.normal(1.0, 0.02)) + (
                float(rng.exponential(40)) if rng.random() < 0.06 else 0
            )
            pen = int(_one(rng, [0, 10, 20, 30, 60], [90, 4, 2, 2, 2]))
            total += round(stage, 1) + pen
            pen_text: Any = "" if pen == 0 and rng.random() < 0.3 else pen
            rows.append(
                row
                | {
                    "Stage Time": _clock_text(stage),
                    "Penalties": pen_text,
                    "Total Time": _clock_text(total),
                    "Retired": "N",
                }
            )
    return pd.DataFrame(rows)


def _ra_finish_times(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    out["_secs"] = _text(df, "Stage Time").map(_clock_secs) + _num(df, "Penalties").fillna(0)
    gone = set(_text(df, "Car #")[_flag(df, "Retired")])
    out = out[~_text(out, "Car #").isin(gone)]
    return out.groupby(["Driver", "Class"], as_index=False)["_secs"].sum()


def _ra_winner(cls: str | None) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        t = _ra_finish_times(df)
        if cls:
            t = t[t["Class"] == cls]
        return str(t.loc[t["_secs"].idxmin(), "Driver"])

    return value


def _ra_penalties(per_car: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        sums = _num(df, "Penalties").fillna(0).groupby(_text(df, "Class")).sum()
        if per_car:
            sums = sums / _text(df, "Car #").groupby(_text(df, "Class")).nunique()
        return _top(sums)

    return value


def _ra_ss5(df: pd.DataFrame) -> str:
    secs = _text(df, "Stage Time").map(_clock_secs)[_text(df, "Stage") == "SS5"]
    return str(df.loc[secs.idxmin(), "Driver"])


_RA_QS = [
    Q("how many cars started", _count(lambda df: int(_text(df, "Car #").nunique())), ("Car #",)),
    Q(
        "how many of them retired",
        _count(lambda df: int(_text(df, "Car #")[_flag(df, "Retired")].nunique())),
        ("Retired", "Car #"),
    ),
    Q("who was fastest on ss5", _lead(_named(_ra_ss5)), ("Driver", "Stage", "Stage Time")),
    Q(
        "which class picked up the most penalty time",
        _either_named(_ra_penalties(False), _ra_penalties(True)),
        ("Class", "Penalties"),
    ),
    Q(
        "who won the rally",
        _lead(_named(_ra_winner(None))),
        ("Driver", "Total Time", "Stage Time", "Penalties", "Retired", "Stage", "Car #"),
    ),
    Q(
        "and in open 2wd?",
        _lead(_named(_ra_winner("Open 2WD"))),
        ("Driver", "Class", "Total Time", "Stage Time", "Penalties", "Retired", "Stage", "Car #"),
    ),
]


# --- 4. Blood drive donor log ----------------------------------------------------------------------------------------

_BD_SITES = {
    "First Baptist Church": 3, "Lincoln High School": 2, "City Hall": 1.5, "Memorial Hospital": 2.5,
    "Walmart Bloodmobile": 1.2, "State University Union": 2,
}  # fmt: skip
_BD_TYPES = {"O+": 37, "A+": 34, "B+": 9, "AB+": 3, "O-": 7, "A-": 6, "B-": 2, "AB-": 1}
_BD_REASONS = {"Low Hemoglobin": 48, "High Blood Pressure": 14, "Recent Travel": 10, "Medication": 12, "Low Pulse": 6}


def _blood_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33204)
    donors = []
    for k in range(1300):
        donors.append(
            (
                f"D{4000 + 7 * k + int(rng.integers(0, 7)):06d}",
                str(_one(rng, list(_BD_TYPES), list(_BD_TYPES.values()))),
                int(np.clip(rng.normal(44, 16), 16, 79)),
                rng.random() < 0.35,
            )
        )
    seen: set[str] = set()
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2023-01-05", "2024-12-20", freq="5D"):
        site = str(_one(rng, list(_BD_SITES), list(_BD_SITES.values())))
        for j in rng.choice(len(donors), size=int(rng.integers(14, 34)), replace=False):
            did, btype, age, new = donors[int(j)]
            first = new and did not in seen
            seen.add(did)
            kind = str(_one(rng, ["Whole Blood", "Double Red", "Platelets"], [70, 18, 12]))
            deferred = rng.random() < (0.16 if first else 0.09)
            units = (
                0 if deferred else {"Whole Blood": 1, "Double Red": 2}.get(kind, int(_one(rng, [1, 2, 3], [3, 5, 2])))
            )
            rows.append(
                {
                    "Drive Date": f"{day:%m/%d/%Y}",
                    "Location": site,
                    "Donor ID": did,
                    "Blood Type": "UNK" if first and rng.random() < 0.2 else btype,
                    "Donation Type": kind,
                    "Units Collected": units,
                    "First Time Donor": "Y" if first else "N",
                    "Deferred": "Y" if deferred else "N",
                    "Deferral Reason": str(_one(rng, list(_BD_REASONS), list(_BD_REASONS.values())))
                    if deferred
                    else "",
                    "Age": "" if rng.random() < 0.02 else age + (1 if day.year == 2024 else 0),
                }
            )
    return pd.DataFrame(rows)


_BD_QS = [
    Q(
        "how many units did we collect in total",
        _count(lambda df: int(_num(df, "Units Collected").sum())),
        ("Units Collected",),
    ),
    Q(
        "what share of donors got deferred",
        either(
            _share(lambda df: float(_flag(df, "Deferred").mean())),
            _share(
                lambda df: float(
                    _text(df, "Donor ID")[_flag(df, "Deferred")].nunique() / _text(df, "Donor ID").nunique()
                )
            ),
        ),
        ("Deferred", "Donor ID"),
    ),
    Q(
        "most common reason they get deferred",
        _lead(_named(lambda df: _top(_text(df, "Deferral Reason")[_flag(df, "Deferred")].value_counts()))),
        ("Deferral Reason", "Deferred"),
    ),
    Q(
        "which location brings in the most units",
        _lead(_named(lambda df: _top(_num(df, "Units Collected").groupby(_text(df, "Location")).sum()))),
        ("Location", "Units Collected"),
    ),
    Q(
        "how old are first time donors typically",
        _typical(lambda df: _num(df, "Age")[_flag(df, "First Time Donor")]),
        ("Age", "First Time Donor"),
    ),
    Q(
        "how many o negative donations were there",
        _either_count(
            lambda df: int((_text(df, "Blood Type") == "O-").sum()),
            lambda df: int(((_text(df, "Blood Type") == "O-") & ~_flag(df, "Deferred")).sum()),
        ),
        ("Blood Type", "Deferred", "Donor ID"),
    ),
]


# --- 5. Library overdue fines ledger ---------------------------------------------------------------------------------

_LF_ITEMS = {"Book": (0.25, 5.0, 70), "DVD": (1.0, 10.0, 18), "Audiobook": (0.5, 10.0, 12)}
_LF_BRANCHES = {"Main": 4, "Eastside": 2.5, "Westside": 2, "North Hills": 1.5, "Riverside": 1}
_LF_TITLES = {
    "Book": ["The Midnight Library", "Where the Crawdads Sing", "Educated", "Atomic Habits", "Dune",
             "Lessons in Chemistry", "The Very Hungry Caterpillar", "Fourth Wing", "Project Hail Mary", "Dog Man"],
    "DVD": ["Oppenheimer", "Barbie", "Top Gun: Maverick", "Encanto", "The Super Mario Bros. Movie", "Wonka"],
    "Audiobook": ["Becoming", "Greenlights", "Spare", "Tomorrow, and Tomorrow, and Tomorrow", "Demon Copperhead"],
}  # fmt: skip


def _fines_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33205)
    patrons = [f"P{100000 + int(x)}" for x in rng.choice(90000, size=650, replace=False)]
    pulled = pd.Timestamp("2024-12-31")
    rows: list[dict[str, Any]] = []
    for _ in range(1650):
        item = str(_one(rng, list(_LF_ITEMS), [v[2] for v in _LF_ITEMS.values()]))
        rate, cap, _w = _LF_ITEMS[item]
        due = pd.Timestamp("2024-01-02") + pd.Timedelta(days=int(rng.integers(0, 345)))
        out = rng.random() < 0.11
        days = (pulled - due).days if out else int(min(90, rng.geometric(0.12)))
        returned = "" if out else f"{due + pd.Timedelta(days=days):%Y-%m-%d}"
        fine = min(cap, rate * days)
        waived = (not out) and rng.random() < 0.12
        paid = (not out) and (not waived) and rng.random() < 0.6
        rows.append(
            {
                "Patron ID": str(_one(rng, patrons)),
                "Item Type": "BOOK" if item == "Book" and rng.random() < 0.08 else item,
                "Title": str(_one(rng, _LF_TITLES[item])),
                "Due Date": f"{due:%Y-%m-%d}",
                "Returned Date": returned,
                "Days Overdue": days,
                "Fine Amount": f"${fine:.2f}",
                "Paid": "Y" if paid else "N",
                "Waived": "Y" if waived else "N",
                "Branch": str(_one(rng, list(_LF_BRANCHES), list(_LF_BRANCHES.values()))),
            }
        )
    return pd.DataFrame(rows)


_LF_NAMES = {"BOOK": "Book", "DVD": "DVD", "AUDIOBOOK": "Audiobook"}


def _lf_owed(skip_waived: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        keep = ~_flag(df, "Paid") & (~_flag(df, "Waived") if skip_waived else True)
        return _top(_num(df, "Fine Amount")[keep].groupby(_text(df, "Patron ID")[keep]).sum())

    return value


_LF_QS = [
    Q(
        "how much in fines is on the books in total",
        _amount(lambda df: float(_num(df, "Fine Amount").sum())),
        ("Fine Amount",),
    ),
    Q(
        "how much of that has actually been paid",
        _amount(lambda df: float(_num(df, "Fine Amount")[_flag(df, "Paid")].sum())),
        ("Fine Amount", "Paid"),
    ),
    Q(
        "which kind of item has the biggest fines on average",
        _lead(
            _named(
                lambda df: _LF_NAMES[_top(_num(df, "Fine Amount").groupby(_text(df, "Item Type").str.upper()).mean())],
                {"DVD": ("DVDs",), "Audiobook": ("Audiobooks",), "Book": ("Books",)},
            )
        ),
        ("Item Type", "Fine Amount"),
    ),
    Q(
        "how many items are still out",
        _count(lambda df: int((_text(df, "Returned Date") == "").sum())),
        ("Returned Date",),
    ),
    Q(
        "what percent of fines got waived at eastside",
        _share(lambda df: float(_flag(df, "Waived")[_text(df, "Branch") == "Eastside"].mean())),
        ("Waived", "Branch"),
    ),
    Q(
        "which patron owes the most",
        _either_named(_lf_owed(True), _lf_owed(False)),
        ("Patron ID", "Fine Amount", "Paid", "Waived"),
    ),
]


# --- 6. Sidewalk snow complaints -------------------------------------------------------------------------------------

_SN_STREETS = ["N MAIN ST", "S OAK AVE", "W 5TH ST", "E LAKE DR", "MAPLE AVE", "N PARK BLVD", "ELM ST", "S 12TH ST"]
_SN_INSPECTORS = ["R. KOWALSKI", "T. NGUYEN", "M. OKAFOR", "J. LINDQVIST", "D. ALVAREZ"]


def _snow_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33206)
    addresses = [f"{int(rng.integers(100, 4999))} {_one(rng, _SN_STREETS)}" for _ in range(1400)]
    wards = {a: int(_one(rng, list(range(1, 16)), [3, 2, 2, 4, 1, 2, 3, 1, 2, 2, 1, 2, 3, 1, 2])) for a in addresses}
    days = pd.concat(
        [pd.Series(pd.date_range("2022-11-01", "2023-03-31")), pd.Series(pd.date_range("2023-11-01", "2024-03-31"))]
    )
    days = pd.DatetimeIndex(days)
    storms = rng.choice(len(days), size=16, replace=False)
    weight = np.full(len(days), 0.15)
    for s in storms:
        weight[s : s + 4] += np.array([3.0, 2.0, 1.0, 0.5])[: len(weight[s : s + 4])] * float(rng.uniform(0.5, 2.0))
    rows: list[dict[str, Any]] = []
    for k in range(2300):
        day = days[int(rng.choice(len(days), p=weight / weight.sum()))]
        got = day + pd.Timedelta(seconds=int(rng.integers(6 * 3600, 23 * 3600)))
        addr = str(_one(rng, addresses))
        row: dict[str, Any] = {
            "Complaint ID": f"SNW-{got:%y}-{k + 1:06d}",
            "Date Received": f"{got:%m/%d/%Y %I:%M:%S %p}",
            "Address": addr,
            "Ward": "" if rng.random() < 0.02 else wards[addr],
            "Inspector": "",
            "Inspected Date": "",
            "Violation Found": "",
            "Fine Issued": "",
            "Cleared Date": "",
        }
        if rng.random() > 0.09:
            seen = day + pd.Timedelta(days=int(_one(rng, [0, 1, 2, 3, 4, 5, 7], [10, 30, 25, 15, 10, 6, 4])))
            found = rng.random() < 0.46
            fine = 0.0
            if found:
                fine = float(_one(rng, [0.0, 50.0, 100.0], [35, 55, 10]))
            row |= {
                "Inspector": str(_one(rng, _SN_INSPECTORS)),
                "Inspected Date": f"{seen:%m/%d/%Y}",
                "Violation Found": "Y" if found else "N",
                "Fine Issued": f"${fine:.2f}",
            }
            if found and rng.random() < 0.85:
                row["Cleared Date"] = f"{seen + pd.Timedelta(days=int(rng.integers(1, 6))):%m/%d/%Y}"
        rows.append(row)
    frame = pd.DataFrame(rows)
    order = pd.to_datetime(frame["Date Received"], format="%m/%d/%Y %I:%M:%S %p")
    frame = frame.iloc[np.argsort(order.to_numpy(), kind="stable")].reset_index(drop=True)
    frame["Complaint ID"] = [f"{c[:7]}{k + 1:06d}" for k, c in enumerate(frame["Complaint ID"])]
    return frame


def _sn_received(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Date Received", "%m/%d/%Y %I:%M:%S %p")


def _sn_wait(whole_days: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def value(df: pd.DataFrame) -> pd.Series:
        got = _sn_received(df)
        seen = _date(df, "Inspected Date", "%m/%d/%Y")
        gap = seen - (got.dt.normalize() if whole_days else got)
        return (gap.dt.total_seconds() / 86400).dropna()

    return value


_SN_QS = [
    Q("how many complaints came in", _count(lambda df: len(df)), ("Complaint ID", "Date Received")),
    Q(
        "which month got the most complaints",
        _month_year(lambda df: _sn_received(df).dt.to_period("M").value_counts().sort_index().idxmax().to_timestamp()),
        ("Date Received",),
    ),
    Q(
        "which ward complains the most",
        _lead(_number_label(lambda df: _top(_num(df, "Ward").dropna().astype(int).value_counts()))),
        ("Ward",),
    ),
    Q(
        "what percent of inspections found a violation",
        _share(
            lambda df: float((_text(df, "Violation Found") == "Y").sum() / (_text(df, "Violation Found") != "").sum())
        ),
        ("Violation Found", "Inspected Date"),
    ),
    Q(
        "how long does it usually take to get someone out to inspect",
        either(_typical(_sn_wait(True)), _typical(_sn_wait(False))),
        ("Date Received", "Inspected Date"),
    ),
    Q(
        "how much in fines did the city hand out",
        _amount(lambda df: float(_num(df, "Fine Issued").sum())),
        ("Fine Issued",),
    ),
]


# --- 7. School lunch account balances --------------------------------------------------------------------------------

_LU_SCHOOLS = {
    "Lincoln Elementary": ["K", "1", "2", "3", "4", "5"],
    "Roosevelt Elementary": ["K", "1", "2", "3", "4", "5"],
    "Jefferson Elementary": ["K", "1", "2", "3", "4", "5"],
    "Washington Middle": ["6", "7", "8"],
    "Franklin Middle": ["6", "7", "8"],
    "Central High": ["9", "10", "11", "12"],
}
_LU_SIZES = [380, 320, 290, 430, 360, 720]


def _lunch_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33207)
    ids = rng.choice(np.arange(100000, 400000), size=sum(_LU_SIZES), replace=False)
    rows: list[dict[str, Any]] = []
    k = 0
    for (school, grades), size in zip(_LU_SCHOOLS.items(), _LU_SIZES, strict=True):
        poor = {"Lincoln Elementary": 0.6, "Washington Middle": 0.5}.get(school, 0.4)
        for _ in range(size):
            status = str(_one(rng, ["Free", "Reduced", "Paid"], [poor * 0.8, poor * 0.2, 1 - poor]))
            meals = int(np.clip(rng.normal(17 if status != "Paid" else 12, 4), 0, 22))
            if status == "Paid":
                balance = float(rng.normal(14, 19)) - (6 if school == "Central High" else 0)
            elif status == "Reduced":
                balance = float(rng.normal(6, 8))
            else:
                balance = float(rng.exponential(4)) - (3 if rng.random() < 0.04 else 0)
            balance = round(balance * 4) / 4
            never = rng.random() < (0.04 if status == "Paid" else 0.18)
            last_day = pd.Timestamp("2024-10-31") - pd.Timedelta(days=int(rng.gamma(1.4, 30)))
            deposit = float(_one(rng, [10, 20, 25, 40, 50, 100], [2, 5, 3, 2, 3, 1]))
            rows.append(
                {
                    "Student ID": int(ids[k]),
                    "School": school,
                    "Grade": str(_one(rng, grades)),
                    "Meal Status": status,
                    "Balance": f"-${-balance:.2f}" if balance < 0 else f"${balance:.2f}",
                    "Last Deposit": "" if never else f"${deposit:.2f}",
                    "Last Deposit Date": "" if never else f"{last_day:%Y-%m-%d}",
                    "Meals This Month": meals,
                    "Negative Balance": "Y" if balance < 0 else "N",
                }
            )
            k += 1
    return pd.DataFrame(rows)


def _lu_owed(df: pd.DataFrame) -> pd.Series:
    bal = _num(df, "Balance")
    return (-bal).where(bal < 0, 0.0)


_LU_QS = [
    Q(
        "how many kids are in the negative",
        _count(lambda df: int((_num(df, "Balance") < 0).sum())),
        ("Negative Balance", "Balance", "Student ID"),
    ),
    Q("how much is owed altogether", _amount(lambda df: float(_lu_owed(df).sum())), ("Balance", "Negative Balance")),
    Q(
        "which school owes the most",
        _lead(_named(lambda df: _top(_lu_owed(df).groupby(_text(df, "School")).sum()))),
        ("School", "Balance", "Negative Balance"),
    ),
    Q(
        "what share of students get free or reduced lunch",
        _share(lambda df: float(_text(df, "Meal Status").str.title().isin(["Free", "Reduced"]).mean())),
        ("Meal Status",),
    ),
    Q(
        "what's the typical balance for kids who pay full price",
        _typical(lambda df: _num(df, "Balance")[_text(df, "Meal Status") == "Paid"]),
        ("Balance", "Meal Status"),
    ),
    Q(
        "how many haven't put money in since before september",
        _either_count(
            lambda df: int((_date(df, "Last Deposit Date", "%Y-%m-%d") < "2024-09-01").sum()),
            lambda df: int(
                (
                    (_date(df, "Last Deposit Date", "%Y-%m-%d") < "2024-09-01") | (_text(df, "Last Deposit Date") == "")
                ).sum()
            ),
        ),
        ("Last Deposit Date", "Student ID"),
    ),
]


HELDOUT332 = [
    Dataset("autocross_run_log", _autocross_frame, _AX_QS),
    Dataset("motocross_moto_results", _motocross_frame, _MX_QS),
    Dataset("rally_stage_times", _rally_frame, _RA_QS),
    Dataset("blood_drive_donor_log", _blood_frame, _BD_QS),
    Dataset("library_overdue_fines", _fines_frame, _LF_QS),
    Dataset("sidewalk_snow_complaints", _snow_frame, _SN_QS),
    Dataset("school_lunch_account_balances", _lunch_frame, _LU_QS),
]
