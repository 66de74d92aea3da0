"""HELDOUT24: a blind held-out set of seven datasets and 42 questions.

Written without reading the analyst, and measured before any fix it prompts. Four frames copy the column layout of
well-known public datasets (NYC Open Data's 2018 Central Park Squirrel Census with its MMDDYYYY integer dates, "?"
ages and "FALSE" in a height column, NOAA's Storm Events details file with its "10.00K" damage strings and marine
"states", the US College Scorecard institution file with its coded CONTROL and its NULL / PrivacySuppressed values,
TidyTuesday's fastfood_calories.csv with its unnamed row-number column); three are invented but realistic tables (a
wholesaler's sales ledger, a council's waste collection rounds, a theatre's box office orders). All are generated
with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from .offline_eval import Check, Dataset, Q, asks, both, either, has, label_of
from .offline_eval import corr_of as _corr
from .offline_eval import labels_in as _labels
from .offline_eval import pick_one as _one
from .offline_eval import rounded_share as _share
from .offline_eval import rounded_shares as _shares

# --- shared helpers ------------------------------------------------------------------------------------------------


def _about(values: Callable[[pd.DataFrame], Any]) -> Check:
    """Every value appears to within 1%, or rounded to one decimal (a mean of 0.84 days read as 0.8)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        found = [float(t.replace(",", "")) for t in re.findall(r"-?\d[\d,]*(?:\.\d+)?|-?\.\d+", answer)]
        for w in np.atleast_1d(values(df)):
            want = float(w)
            if not any(abs(f - want) <= max(0.01 * abs(want), 0.05) for f in found):
                return f"missing number {want:.4g}"
        return None

    return check


def _col(name: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: pd.to_numeric(d[name], errors="coerce")


def _token(value: Callable[[pd.DataFrame], str]) -> Check:
    """A short code ("CA", "PM") as a word of its own, in the case it is written in the data."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = value(df)
        return None if re.search(rf"(?<![A-Za-z]){re.escape(want)}(?![A-Za-z])", answer) else f"missing {want!r}"

    return check


def _pick(rng: np.random.Generator, options: Sequence[Any], p: Sequence[float], n: int) -> np.ndarray:
    w = np.asarray(p, dtype=float)
    return rng.choice(np.asarray(list(options), dtype=object), size=n, p=w / w.sum())


def _month_word(month: int) -> str:
    stamp = pd.Timestamp(2000, month, 1)
    return rf"\b(?:{stamp:%B}|{stamp:%b})\b"


def _calendar_month(month: Callable[[pd.DataFrame], int], year: int) -> Check:
    """A month of a one-year file, as "June", "Jun" or "2022-06"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        m = int(month(df))
        if re.search(_month_word(m), answer, re.IGNORECASE) or f"{year}-{m:02d}" in answer:
            return None
        return f"missing month {m}"

    return check


def _period_label(period: Callable[[pd.DataFrame], pd.Period]) -> Check:
    """A month of a multi-year file, as "2024-03" or as "Mar(ch) ... 2024"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        p = period(df)
        if f"{p.year}-{p.month:02d}" in answer:
            return None
        if re.search(_month_word(p.month), answer, re.IGNORECASE) and str(p.year) in answer:
            return None
        return f"missing month {p}"

    return check


def _dmy(d: pd.DataFrame, col: str) -> pd.Series:
    return pd.to_datetime(d[col], format="%d/%m/%Y")


def _split(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


def _flag(s: pd.Series) -> pd.Series:
    return s.astype(str).str.strip().str.lower().isin(["true", "y", "yes", "1"])


# --- 1. 2018 Central Park Squirrel Census (NYC Open Data, Squirrel Data) -------------------------------------------

_SQ_DATES = {6: 0.9, 7: 1.0, 8: 0.8, 10: 0.6, 12: 0.7, 13: 1.7, 14: 1.4, 17: 0.6, 18: 0.8, 19: 0.7, 20: 1.1}
_SQ_HIGHLIGHT = {  # primary fur: highlight options and weights (None: no highlight recorded)
    "Gray": ([None, "Cinnamon", "White", "Cinnamon, White", "Black", "Black, White"], [38, 27, 20, 13, 1, 1]),
    "Cinnamon": ([None, "Gray", "White", "Gray, White", "Black", "Black, White"], [30, 24, 22, 20, 2, 2]),
    "Black": ([None, "Cinnamon", "Gray", "Gray, White", "Black, Cinnamon, White", "White"], [60, 14, 10, 8, 4, 4]),
}
_SQ_SPOTS = ["tree", "in tree", "on tree stump", "log", "rock", "fence", "bench", "on lawn", "tree base", "bushes"]
_SQ_OTHER = [
    "sitting",
    "sitting in a tree",
    "grooming",
    "digging",
    "burying",
    "nesting",
    "walking",
    "playing",
    "hiding",
    "napping",
]
_SQ_INTERACT = ["stared at us", "ran away when dog approached", "being fed by a woman", "watching us", "posing"]
_SQ_NOTES = [
    "Nothing selected as Primary. Gray selected as Highlights. Made executive adjustments.",
    "Didn't get a good look",
    "Slightly more cinnamon on the tail",
    "White belly",
    "Very dark, almost black",
]


def _squirrel_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2401)
    n = 2850
    cols = list("ABCDEFGHI")
    hectares = [f"{r:02d}{c}" for r in range(1, 43) for c in cols]
    density = np.clip(rng.gamma(2.0, 0.5, len(hectares)), 0.05, 2.6)
    for i, h in enumerate(hectares):
        r, c = int(h[:2]), h[2]
        if 26 <= r <= 31 and c in "CDEFG":  # the reservoir
            density[i] = 0.02
        if r >= 34:  # the North Woods
            density[i] *= 1.3
    which = rng.choice(len(hectares), size=n, p=density / density.sum())
    days = list(_SQ_DATES)
    dw = np.array(list(_SQ_DATES.values()))
    rows = []
    for k in range(n):
        hectare = hectares[which[k]]
        r, ci = int(hectare[:2]), cols.index(hectare[2])
        shift = "AM" if rng.random() < 0.44 else "PM"
        day = int(rng.choice(days, p=dw / dw.sum()))
        u = rng.random()
        age = "Adult" if u < 0.85 else "Juvenile" if u < 0.958 else "?" if u < 0.96 else None
        p_black = 0.012 + (0.07 if r >= 30 else 0.0)
        u = rng.random()
        fur = "Black" if u < p_black else "Cinnamon" if u < p_black + 0.135 else "Gray" if u < 0.982 else None
        highlight = None
        if fur is not None:
            opts, w = _SQ_HIGHLIGHT[fur]
            highlight = _one(rng, opts, w)
        u = rng.random()
        location = "Ground Plane" if u < 0.705 else "Above Ground" if u < 0.978 else None
        if location == "Above Ground":
            height: str | None = str(int(rng.choice([2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 100, 180])))
            if rng.random() < 0.04:
                height = None
        elif location == "Ground Plane":
            height = "FALSE"
        else:
            height = None
        juv = age == "Juvenile"
        up = location == "Above Ground"
        acts = {
            "Running": rng.random() < (0.31 if juv else 0.22),
            "Chasing": rng.random() < (0.15 if juv else 0.085),
            "Climbing": rng.random() < (0.56 if up else 0.07),
            "Eating": rng.random() < (0.28 if shift == "PM" else 0.19),
            "Foraging": rng.random() < (0.17 if up else 0.58),
        }
        sounds = {
            "Kuks": rng.random() < 0.034,
            "Quaas": rng.random() < 0.017,
            "Moans": rng.random() < 0.002,
            "Tail flags": rng.random() < 0.05,
            "Tail twitches": rng.random() < 0.15,
        }
        approaches = rng.random() < (0.085 if juv else 0.055)
        runs = rng.random() < (0.32 if juv else 0.21)
        indifferent = (not runs) and (not approaches) and rng.random() < (0.55 if juv else 0.66)
        x = -73.9817 + (r - 0.5) / 42 * 0.0205 + (ci + 0.5) / 9 * 0.0112 + rng.normal(0, 0.00018)
        y = 40.7644 + (r - 0.5) / 42 * 0.0336 - (ci + 0.5) / 9 * 0.0041 + rng.normal(0, 0.00014)
        rows.append(
            {
                "X": x,
                "Y": y,
                "Hectare": hectare,
                "Shift": shift,
                "Date": day,
                "Age": age,
                "Primary Fur Color": fur,
                "Highlight Fur Color": highlight,
                "Combination of Primary and Highlight Color": f"{fur or ''}+{highlight or ''}",
                "Color notes": _one(rng, _SQ_NOTES) if rng.random() < 0.04 else None,
                "Location": location,
                "Above Ground Sighter Measurement": height,
                "Specific Location": _one(rng, _SQ_SPOTS) if rng.random() < 0.11 else None,
                **{a: str(v).lower() for a, v in acts.items()},
                "Other Activities": _one(rng, _SQ_OTHER) if rng.random() < 0.14 else None,
                **{s: str(v).lower() for s, v in sounds.items()},
                "Approaches": str(approaches).lower(),
                "Indifferent": str(indifferent).lower(),
                "Runs from": str(runs).lower(),
                "Other Interactions": _one(rng, _SQ_INTERACT) if rng.random() < 0.06 else None,
            }
        )
    df = pd.DataFrame(rows)
    df = df.sort_values(["Date", "Hectare", "Shift"], kind="stable").reset_index(drop=True)
    df["Hectare Squirrel Number"] = df.groupby(["Hectare", "Shift", "Date"]).cumcount() + 1
    df["Unique Squirrel ID"] = [
        f"{h}-{s}-10{d:02d}-{k:02d}"
        for h, s, d, k in zip(df["Hectare"], df["Shift"], df["Date"], df["Hectare Squirrel Number"], strict=True)
    ]
    df["Date"] = [int(f"10{d:02d}2018") for d in df["Date"]]
    df["Lat/Long"] = [f"POINT ({x:.13f} {y:.13f})" for x, y in zip(df["X"], df["Y"], strict=True)]
    order = [
        "X",
        "Y",
        "Unique Squirrel ID",
        "Hectare",
        "Shift",
        "Date",
        "Hectare Squirrel Number",
        "Age",
        "Primary Fur Color",
        "Highlight Fur Color",
        "Combination of Primary and Highlight Color",
        "Color notes",
        "Location",
        "Above Ground Sighter Measurement",
        "Specific Location",
        "Running",
        "Chasing",
        "Climbing",
        "Eating",
        "Foraging",
        "Other Activities",
        "Kuks",
        "Quaas",
        "Moans",
        "Tail flags",
        "Tail twitches",
        "Approaches",
        "Indifferent",
        "Runs from",
        "Other Interactions",
        "Lat/Long",
    ]
    return df[order].sample(frac=1.0, random_state=2401).reset_index(drop=True)


_FURS = ["Gray", "Cinnamon", "Black"]


def _fur_counts(d: pd.DataFrame) -> pd.Series:
    return d["Primary Fur Color"].value_counts().reindex(_FURS)


def _where_shares(of_known: bool) -> Callable[[pd.DataFrame], np.ndarray]:
    def value(d: pd.DataFrame) -> np.ndarray:
        counts = d["Location"].value_counts().reindex(["Above Ground", "Ground Plane"])
        return np.asarray(counts / (counts.sum() if of_known else len(d)), dtype=float)

    return value


def _by_age(col: str) -> Callable[[pd.DataFrame], np.ndarray]:
    return lambda d: np.asarray(_flag(d[col]).groupby(d["Age"]).mean().reindex(["Adult", "Juvenile"]), dtype=float)


def _busiest_day(d: pd.DataFrame) -> tuple[pd.Timestamp, int]:
    counts = d["Date"].value_counts()
    return pd.to_datetime(str(int(counts.index[0])), format="%m%d%Y"), int(counts.iloc[0])


def _day_label(answer: str, df: pd.DataFrame) -> str | None:
    """The busiest survey day, written any usual way: 10132018, 2018-10-13, 13/10/2018, 10/13/2018, Oct 13, 13 Oct."""
    day, _count = _busiest_day(df)
    forms = [
        day.strftime("%m%d%Y"),
        day.strftime("%Y-%m-%d"),
        f"{day.day}/{day.month}/{day.year}",
        f"{day.day:02d}/{day.month:02d}/{day.year}",
        f"{day.month}/{day.day}/{day.year}",
        f"{day.month:02d}/{day.day:02d}/{day.year}",
    ]
    if any(f in answer for f in forms):
        return None
    if re.search(rf"\b(?:Oct|October)\.?\s+{day.day}\b|\b{day.day}(?:st|nd|rd|th)?\s+(?:Oct|October)\b", answer, re.I):
        return None
    return f"missing day {day:%Y-%m-%d}"


_SQUIRREL_QS = [
    Q(
        "breakdown of the squirrels by main fur colour?",
        either(
            has(lambda d: _fur_counts(d).to_numpy(float)),
            _shares(lambda d: _fur_counts(d).to_numpy(float) / len(d)),
            _shares(lambda d: _fur_counts(d).to_numpy(float) / _fur_counts(d).sum()),
        ),
        (
            "Primary Fur Color",
            "Unique Squirrel ID",
            "Highlight Fur Color",
            "Combination of Primary and Highlight Color",
        ),
    ),
    Q(
        "how many were up a tree vs on the ground? as %",
        either(_shares(_where_shares(False)), _shares(_where_shares(True))),
        ("Location", "Above Ground Sighter Measurement", "Climbing", "Unique Squirrel ID"),
    ),
    Q(
        "are young squirrels more likely to run away from people than adults?",
        _shares(_by_age("Runs from")),
        ("Age", "Runs from"),
    ),
    Q(
        "what about approaching people?",
        _shares(_by_age("Approaches")),
        ("Age", "Approaches"),
    ),
    Q(
        "Plot the number of sightings per day - which day was busiest?",
        both(_day_label, has(lambda d: float(_busiest_day(d)[1]))),
        ("Date", "Unique Squirrel ID", "Shift"),
    ),
    Q(
        "how many have no age recorded",
        either(
            has(lambda d: float(d["Age"].isna().sum())),
            has(lambda d: float((~d["Age"].isin(["Adult", "Juvenile"])).sum())),
        ),
        ("Age",),
    ),
]


# --- 2. NOAA Storm Events Database (StormEvents_details-ftp_v1.0_d2022) ---------------------------------------------

_TORNADO_STATES = (
    "TEXAS",
    "OKLAHOMA",
    "KANSAS",
    "NEBRASKA",
    "IOWA",
    "MISSOURI",
    "ILLINOIS",
    "MINNESOTA",
    "GEORGIA",
    "ALABAMA",
    "MISSISSIPPI",
    "FLORIDA",
    "NORTH CAROLINA",
    "VIRGINIA",
    "PENNSYLVANIA",
    "NEW YORK",
    "COLORADO",
)
_COLD_STATES = (
    "MINNESOTA",
    "NEW YORK",
    "PENNSYLVANIA",
    "MONTANA",
    "COLORADO",
    "IOWA",
    "NEBRASKA",
    "ILLINOIS",
    "KANSAS",
)
_HOT_STATES = ("TEXAS", "ARIZONA", "CALIFORNIA", "OKLAHOMA", "MISSOURI", "KANSAS", "ILLINOIS", "MISSISSIPPI")
_FIRE_STATES = ("CALIFORNIA", "ARIZONA", "COLORADO", "MONTANA", "TEXAS", "OKLAHOMA")
_GULF_STATES = ("FLORIDA", "TEXAS", "ALABAMA", "MISSISSIPPI", "GEORGIA", "NORTH CAROLINA")
_DRY_STATES = ("TEXAS", "KANSAS", "NEBRASKA", "OKLAHOMA", "CALIFORNIA", "MONTANA", "COLORADO", "ARIZONA")

# event type: weight, peak month, spread (months), zone type, P(property damage), typical damage ($), states
_STORM_TYPES: dict[str, tuple[float, int, float, str, float, float, tuple[str, ...] | None]] = {
    "Thunderstorm Wind": (33.0, 6, 1.6, "C", 0.55, 6000.0, None),
    "Hail": (21.0, 5, 1.3, "C", 0.12, 15000.0, None),
    "Flash Flood": (8.0, 7, 1.8, "C", 0.5, 40000.0, None),
    "Flood": (3.5, 4, 2.0, "C", 0.4, 30000.0, None),
    "Tornado": (6.5, 5, 1.4, "C", 0.85, 180000.0, _TORNADO_STATES),
    "Winter Storm": (5.0, 1, 1.2, "Z", 0.05, 20000.0, _COLD_STATES),
    "Winter Weather": (4.0, 1, 1.3, "Z", 0.02, 5000.0, _COLD_STATES),
    "Heavy Snow": (3.0, 2, 1.0, "Z", 0.03, 10000.0, _COLD_STATES),
    "High Wind": (4.5, 3, 2.5, "Z", 0.4, 25000.0, None),
    "Strong Wind": (2.0, 3, 2.5, "Z", 0.5, 4000.0, None),
    "Drought": (3.0, 8, 1.5, "Z", 0.0, 0.0, _DRY_STATES),
    "Heat": (2.2, 7, 1.0, "Z", 0.0, 0.0, None),
    "Excessive Heat": (1.6, 7, 0.8, "Z", 0.0, 0.0, _HOT_STATES),
    "Marine Thunderstorm Wind": (3.0, 7, 2.0, "M", 0.0, 0.0, None),
    "Lightning": (1.2, 7, 1.2, "C", 0.7, 30000.0, None),
    "Wildfire": (1.0, 7, 2.5, "Z", 0.5, 1500000.0, _FIRE_STATES),
    "Heavy Rain": (2.0, 6, 2.5, "C", 0.2, 8000.0, None),
    "Cold/Wind Chill": (1.5, 1, 1.0, "Z", 0.0, 0.0, _COLD_STATES),
    "Dense Fog": (1.0, 11, 2.0, "Z", 0.0, 0.0, None),
    "Funnel Cloud": (1.2, 5, 1.5, "C", 0.0, 0.0, _TORNADO_STATES),
    "Blizzard": (0.8, 12, 1.5, "Z", 0.02, 10000.0, _COLD_STATES),
    "Tropical Storm": (0.6, 9, 0.8, "Z", 0.8, 800000.0, _GULF_STATES),
    "Hurricane": (0.25, 9, 0.5, "Z", 0.95, 60000000.0, ("FLORIDA",)),
}
_STORM_BOOST: dict[str, dict[str, float]] = {
    "Tornado": {"OKLAHOMA": 2.6, "KANSAS": 2.4, "NEBRASKA": 2.0, "IOWA": 2.0, "MISSISSIPPI": 2.6, "ALABAMA": 2.6},
    "Hail": {"TEXAS": 1.6, "KANSAS": 2.2, "NEBRASKA": 2.2, "COLORADO": 1.8, "OKLAHOMA": 1.6},
    "Flash Flood": {"ARIZONA": 2.0, "MISSOURI": 1.6, "VIRGINIA": 1.4},
    "Heat": {"TEXAS": 2.0, "MISSOURI": 1.6, "ARIZONA": 2.0},
}
# state: FIPS, weight, time zone, WFOs, counties, latitude, longitude
_STORM_STATES: dict[str, tuple[int, float, str, list[str], list[str], float, float]] = {
    "TEXAS": (
        48,
        12.0,
        "CST-6",
        ["FWD", "HGX", "EWX", "LUB", "AMA", "SJT", "MAF", "CRP"],
        ["DALLAS", "HARRIS", "TRAVIS", "BEXAR", "LUBBOCK", "POTTER", "TARRANT", "COLLIN", "MIDLAND", "NUECES"],
        31.2,
        -98.6,
    ),
    "OKLAHOMA": (
        40,
        5.0,
        "CST-6",
        ["OUN", "TSA"],
        ["OKLAHOMA", "TULSA", "CLEVELAND", "COMANCHE", "CANADIAN", "PAYNE", "GARFIELD"],
        35.5,
        -97.4,
    ),
    "KANSAS": (
        20,
        5.0,
        "CST-6",
        ["ICT", "TOP", "DDC", "GLD"],
        ["SEDGWICK", "SHAWNEE", "JOHNSON", "FORD", "RENO", "SALINE"],
        38.5,
        -98.3,
    ),
    "NEBRASKA": (
        31,
        3.5,
        "CST-6",
        ["OAX", "GID", "LBF"],
        ["DOUGLAS", "LANCASTER", "HALL", "BUFFALO", "LINCOLN", "SARPY"],
        41.5,
        -99.7,
    ),
    "IOWA": (19, 4.0, "CST-6", ["DMX", "DVN", "FSD"], ["POLK", "LINN", "SCOTT", "STORY", "WOODBURY"], 42.0, -93.5),
    "MISSOURI": (
        29,
        4.5,
        "CST-6",
        ["LSX", "SGF", "EAX"],
        ["JACKSON", "ST. LOUIS", "GREENE", "BOONE", "JASPER"],
        38.4,
        -92.5,
    ),
    "ILLINOIS": (
        17,
        4.0,
        "CST-6",
        ["LOT", "ILX", "PAH"],
        ["COOK", "DU PAGE", "WILL", "CHAMPAIGN", "SANGAMON", "PEORIA"],
        40.0,
        -89.2,
    ),
    "MINNESOTA": (
        27,
        3.5,
        "CST-6",
        ["MPX", "DLH", "FGF"],
        ["HENNEPIN", "RAMSEY", "DAKOTA", "ST. LOUIS", "OLMSTED"],
        45.9,
        -94.3,
    ),
    "GEORGIA": (13, 4.0, "EST-5", ["FFC", "TAE"], ["FULTON", "DEKALB", "COBB", "GWINNETT", "CHATHAM"], 32.7, -83.4),
    "ALABAMA": (
        1,
        3.5,
        "CST-6",
        ["BMX", "HUN", "MOB"],
        ["JEFFERSON", "MADISON", "MOBILE", "TUSCALOOSA", "MONTGOMERY"],
        32.8,
        -86.8,
    ),
    "MISSISSIPPI": (28, 3.0, "CST-6", ["JAN", "MEG"], ["HINDS", "HARRISON", "DESOTO", "RANKIN", "LAMAR"], 32.7, -89.7),
    "FLORIDA": (
        12,
        5.0,
        "EST-5",
        ["MFL", "TBW", "MLB", "JAX", "TAE"],
        ["MIAMI-DADE", "BROWARD", "HILLSBOROUGH", "ORANGE", "LEE", "DUVAL"],
        28.3,
        -81.7,
    ),
    "NORTH CAROLINA": (
        37,
        4.0,
        "EST-5",
        ["RAH", "GSP", "ILM", "MHX"],
        ["WAKE", "MECKLENBURG", "GUILFORD", "FORSYTH", "DURHAM"],
        35.5,
        -79.4,
    ),
    "VIRGINIA": (
        51,
        3.5,
        "EST-5",
        ["AKQ", "LWX", "RNK"],
        ["FAIRFAX", "PRINCE WILLIAM", "HENRICO", "LOUDOUN", "ROANOKE"],
        37.5,
        -78.8,
    ),
    "PENNSYLVANIA": (
        42,
        4.0,
        "EST-5",
        ["PHI", "CTP", "PBZ"],
        ["PHILADELPHIA", "ALLEGHENY", "MONTGOMERY", "BUCKS", "LANCASTER"],
        40.9,
        -77.6,
    ),
    "NEW YORK": (
        36,
        4.0,
        "EST-5",
        ["OKX", "ALY", "BUF", "BGM"],
        ["SUFFOLK", "NASSAU", "ERIE", "MONROE", "ONONDAGA"],
        42.9,
        -75.5,
    ),
    "COLORADO": (
        8,
        3.0,
        "MST-7",
        ["BOU", "PUB", "GJT"],
        ["DENVER", "EL PASO", "ARAPAHOE", "JEFFERSON", "LARIMER", "WELD"],
        39.0,
        -105.5,
    ),
    "MONTANA": (
        30,
        2.0,
        "MST-7",
        ["TFX", "BYZ", "GGW", "MSO"],
        ["YELLOWSTONE", "MISSOULA", "GALLATIN", "FLATHEAD", "CASCADE"],
        47.0,
        -109.6,
    ),
    "ARIZONA": (
        4,
        2.0,
        "MST-7",
        ["PSR", "TWC", "FGZ"],
        ["MARICOPA", "PIMA", "PINAL", "YAVAPAI", "COCONINO"],
        34.2,
        -111.7,
    ),
    "CALIFORNIA": (
        6,
        3.0,
        "PST-8",
        ["LOX", "SGX", "STO", "MTR", "HNX"],
        ["LOS ANGELES", "SAN DIEGO", "RIVERSIDE", "SACRAMENTO", "FRESNO", "KERN"],
        37.2,
        -119.5,
    ),
}
# marine "state": FIPS, weight, time zone, WFOs, zone names
_MARINE: dict[str, tuple[int, float, str, list[str], list[str]]] = {
    "GULF OF MEXICO": (
        85,
        40.0,
        "CST-6",
        ["HGX", "CRP", "MOB", "TBW"],
        ["GALVESTON BAY", "MATAGORDA BAY", "MOBILE BAY", "TAMPA BAY"],
    ),
    "ATLANTIC SOUTH": (87, 25.0, "EST-5", ["MFL", "JAX", "MHX"], ["BISCAYNE BAY", "PAMLICO SOUND", "LAKE OKEECHOBEE"]),
    "ATLANTIC NORTH": (
        73,
        18.0,
        "EST-5",
        ["OKX", "AKQ", "LWX"],
        ["LONG ISLAND SOUND", "CHESAPEAKE BAY", "TIDAL POTOMAC"],
    ),
    "LAKE MICHIGAN": (92, 10.0, "CST-6", ["LOT", "MKX"], ["WINTHROP HARBOR TO WILMETTE HARBOR IL"]),
    "LAKE ERIE": (96, 7.0, "EST-5", ["BUF", "CLE"], ["RIPLEY TO DUNKIRK NY", "DUNKIRK TO BUFFALO NY"]),
}
_TOWNS = [
    "CENTERVILLE",
    "FAIRVIEW",
    "OAK GROVE",
    "MIDWAY",
    "PLEASANT HILL",
    "RIVERSIDE",
    "GREENWOOD",
    "SPRINGFIELD",
    "FRANKLIN",
    "CLINTON",
    "SALEM",
    "MADISON",
    "GEORGETOWN",
    "ARLINGTON",
    "ASHLAND",
    "BURLINGTON",
    "MILTON",
    "NEWPORT",
]
_SOURCES = {
    "C": (
        [
            "Trained Spotter",
            "Public",
            "Law Enforcement",
            "Emergency Manager",
            "Mesonet",
            "NWS Storm Survey",
            "Social Media",
            "911 Call Center",
            "Broadcast Media",
        ],
        [22, 20, 14, 12, 8, 6, 8, 5, 5],
    ),
    "Z": (
        [
            "ASOS",
            "COOP Observer",
            "Mesonet",
            "Emergency Manager",
            "Public",
            "Official NWS Observations",
            "Drought Monitor",
        ],
        [25, 15, 20, 10, 10, 15, 5],
    ),
    "M": (["Mesonet", "ASOS", "C-MAN Station", "Buoy", "Trained Spotter"], [35, 20, 20, 15, 10]),
}
_EPISODE_TEXT = {
    "C": "A line of severe thunderstorms moved across the area during the {part}, producing damaging winds and hail.",
    "Z": "A strong {kind} system affected the region, with impacts lasting into the following day.",
    "M": "Strong thunderstorms moved off the coast and produced gusty winds over the adjacent waters.",
}
_EF = (["EF0", "EF1", "EF2", "EF3", "EF4", "EFU"], [50, 33, 10, 2.5, 0.5, 4])
_EF_DAMAGE = {"EF0": 0.3, "EF1": 1.0, "EF2": 5.0, "EF3": 30.0, "EF4": 120.0, "EFU": 0.05}
_HAIL = ([0.75, 0.88, 1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 2.75, 3.0, 4.0], [12, 6, 38, 12, 6, 10, 6, 4, 3, 2, 1])


def _money(amount: float) -> str:
    if amount >= 1e9:
        return f"{amount / 1e9:.2f}B"
    if amount >= 1e6:
        return f"{amount / 1e6:.2f}M"
    return f"{amount / 1e3:.2f}K"


def _storm_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2402)
    n = 2600
    types = list(_STORM_TYPES)
    tw = np.array([_STORM_TYPES[t][0] for t in types])
    months = np.arange(1, 13)
    convective = np.array([0.3, 0.3, 0.3, 0.3, 0.3, 0.4, 0.5, 0.6, 0.7, 0.9, 1.2, 1.6])
    convective = np.concatenate([convective, [2.2, 3.0, 3.8, 4.5, 5.0, 5.2, 5.0, 4.4, 3.5, 2.6, 1.8, 1.0]])
    rows = []
    for _ in range(n):
        etype = types[int(rng.choice(len(types), p=tw / tw.sum()))]
        _w, peak, spread, cz_type, p_dmg, typical, where = _STORM_TYPES[etype]
        dist = np.minimum(abs(months - peak), 12 - abs(months - peak))
        mw = np.exp(-(dist**2) / (2 * spread**2)) + 0.02
        month = int(rng.choice(months, p=mw / mw.sum()))
        if cz_type == "M":
            marine = list(_MARINE)
            state = str(_one(rng, marine, [_MARINE[m][1] for m in marine]))
            fips, _mw, tz, wfos, zones = _MARINE[state]
            lat, lon = float("nan"), float("nan")
            cz_name = str(_one(rng, zones))
            cz_fips = int(rng.integers(130, 870))
        else:
            allowed = list(where or _STORM_STATES)
            boost = _STORM_BOOST.get(etype, {})
            state = str(_one(rng, allowed, [_STORM_STATES[s][1] * boost.get(s, 1.0) for s in allowed]))
            fips, _sw, tz, wfos, counties, lat, lon = _STORM_STATES[state]
            cz_name = str(_one(rng, counties))
            cz_fips = int(rng.integers(1, 254))
        last_day = pd.Timestamp(2022, month, 1).days_in_month
        day = int(rng.integers(1, last_day + 1))
        if cz_type in ("C", "M"):
            hour = int(rng.choice(24, p=convective / convective.sum()))
        else:
            hour = int(rng.integers(0, 24))
        begin = pd.Timestamp(2022, month, day, hour, int(rng.integers(0, 60)))
        if etype == "Drought":
            begin = pd.Timestamp(2022, month, 1)
            minutes = (last_day * 24 * 60) - 1
        elif etype in ("Tornado", "Hail", "Thunderstorm Wind", "Funnel Cloud", "Lightning", "Marine Thunderstorm Wind"):
            minutes = int(rng.gamma(1.4, 4.0))
        elif etype in ("Flash Flood", "Heavy Rain"):
            minutes = int(rng.uniform(45, 420))
        else:
            minutes = int(rng.uniform(6, 60) * 60)
        end = begin + pd.Timedelta(minutes=minutes)
        mag: float = float("nan")
        mag_type = None
        ef = None
        tor_len: float = float("nan")
        tor_wid: float = float("nan")
        scale = 1.0
        if etype == "Hail":
            mag = float(_one(rng, *_HAIL))
        elif etype == "Thunderstorm Wind":
            mag = float(np.round(50 + rng.gamma(1.5, 5.0)))
            mag_type = str(_one(rng, ["EG", "MG", "ES", "MS"], [70, 15, 10, 5]))
        elif etype == "Marine Thunderstorm Wind":
            mag = float(np.round(34 + rng.gamma(2.0, 5.0)))
            mag_type = str(_one(rng, ["MG", "EG"], [70, 30]))
        elif etype in ("High Wind", "Strong Wind"):
            mag = float(np.round((50 if etype == "High Wind" else 38) + rng.gamma(1.5, 4.0)))
            mag_type = str(_one(rng, ["MG", "MS", "EG"], [55, 25, 20]))
        elif etype == "Tornado":
            ef = str(_one(rng, *_EF))
            scale = _EF_DAMAGE[ef]
            tor_len = round(float(rng.gamma(1.3, 2.0) * (1 + 3 * scale**0.5)), 2)
            tor_wid = float(np.round(rng.gamma(2.0, 40.0) * (1 + scale**0.5)))
        prop = typical * scale * rng.lognormal(0, 1.1) if rng.random() < p_dmg else 0.0
        crops = 0.0
        if etype == "Drought" and rng.random() < 0.4:
            crops = 2e6 * rng.lognormal(0, 1.0)
        elif etype in ("Hail", "Flood", "Flash Flood") and rng.random() < 0.06:
            crops = 50000 * rng.lognormal(0, 1.0)
        inj = dd = di = 0
        if etype == "Tornado":
            inj = int(rng.poisson(0.35 * scale))
            dd = int(rng.poisson(0.02 * scale))
        elif etype == "Heat":
            inj = int(rng.poisson(1.5))
            dd = int(rng.poisson(0.7))
            di = int(rng.poisson(0.3))
        elif etype == "Excessive Heat":
            inj = int(rng.poisson(4.0))
            dd = int(rng.poisson(2.2))
            di = int(rng.poisson(0.6))
        elif etype == "Flash Flood":
            dd = int(rng.random() < 0.04)
            di = int(rng.random() < 0.01)
        elif etype == "Lightning":
            inj = int(rng.random() < 0.3)
            dd = int(rng.random() < 0.12)
        elif etype in ("Winter Storm", "Winter Weather", "Blizzard"):
            di = int(rng.random() < 0.05)
            inj = int(rng.random() < 0.04) * int(rng.integers(1, 6))
        elif etype == "Cold/Wind Chill":
            dd = int(rng.random() < 0.3)
        elif etype == "Thunderstorm Wind":
            inj = int(rng.random() < 0.012)
            di = int(rng.random() < 0.003)
        elif etype in ("Hurricane", "Tropical Storm"):
            dd = int(rng.poisson(4.0 if etype == "Hurricane" else 0.3))
            di = int(rng.poisson(7.0 if etype == "Hurricane" else 0.2))
        src, sw = _SOURCES[cz_type]
        part = "afternoon" if 12 <= hour < 18 else "evening" if hour >= 18 else "overnight hours"
        episode = _EPISODE_TEXT[cz_type].format(part=part, kind=etype.lower())
        if etype == "Hail":
            note = f"{_one(rng, ['Trained spotter', 'Public', 'Social media'])} reported {mag:.2f} inch hail."
        elif etype == "Tornado":
            note = f"An {ef} tornado touched down and tracked {tor_len} miles, damaging trees and outbuildings."
        elif etype == "Thunderstorm Wind":
            note = f"Thunderstorm winds estimated at {mag:.0f} knots downed several trees and power lines."
        else:
            note = f"{etype} conditions were reported across {cz_name.title()}."
        located = cz_type == "C"
        rows.append(
            {
                "BEGIN_YEARMONTH": begin.year * 100 + begin.month,
                "BEGIN_DAY": begin.day,
                "BEGIN_TIME": begin.hour * 100 + begin.minute,
                "END_YEARMONTH": end.year * 100 + end.month,
                "END_DAY": end.day,
                "END_TIME": end.hour * 100 + end.minute,
                "EPISODE_ID": 0,
                "EVENT_ID": 0,
                "STATE": state,
                "STATE_FIPS": fips,
                "YEAR": 2022,
                "MONTH_NAME": begin.strftime("%B"),
                "EVENT_TYPE": etype,
                "CZ_TYPE": cz_type,
                "CZ_FIPS": cz_fips,
                "CZ_NAME": cz_name,
                "WFO": str(_one(rng, wfos)),
                "BEGIN_DATE_TIME": begin.strftime("%d-%b-%y %H:%M:%S").upper(),
                "CZ_TIMEZONE": tz,
                "END_DATE_TIME": end.strftime("%d-%b-%y %H:%M:%S").upper(),
                "INJURIES_DIRECT": inj,
                "INJURIES_INDIRECT": int(rng.random() < 0.004),
                "DEATHS_DIRECT": dd,
                "DEATHS_INDIRECT": di,
                "DAMAGE_PROPERTY": _money(prop) if prop > 0 or rng.random() > 0.16 else None,
                "DAMAGE_CROPS": _money(crops) if crops > 0 or rng.random() > 0.2 else None,
                "SOURCE": str(_one(rng, src, sw)),
                "MAGNITUDE": mag,
                "MAGNITUDE_TYPE": mag_type,
                "FLOOD_CAUSE": (
                    str(_one(rng, ["Heavy Rain", "Heavy Rain / Snow Melt", "Dam / Levee Break"], [93, 5, 2]))
                    if etype in ("Flash Flood", "Flood")
                    else None
                ),
                "CATEGORY": float("nan"),
                "TOR_F_SCALE": ef,
                "TOR_LENGTH": tor_len,
                "TOR_WIDTH": tor_wid,
                "TOR_OTHER_WFO": None,
                "TOR_OTHER_CZ_STATE": None,
                "TOR_OTHER_CZ_FIPS": float("nan"),
                "TOR_OTHER_CZ_NAME": None,
                "BEGIN_RANGE": float(rng.integers(0, 9)) if located else float("nan"),
                "BEGIN_AZIMUTH": str(_one(rng, ["N", "NE", "E", "SE", "S", "SW", "W", "NW", "NNE", "SSW"]))
                if located
                else None,
                "BEGIN_LOCATION": str(_one(rng, _TOWNS)) if located else None,
                "END_RANGE": float(rng.integers(0, 9)) if located else float("nan"),
                "END_AZIMUTH": str(_one(rng, ["N", "NE", "E", "SE", "S", "SW", "W", "NW"])) if located else None,
                "END_LOCATION": str(_one(rng, _TOWNS)) if located else None,
                "BEGIN_LAT": round(lat + rng.normal(0, 1.2), 4) if located else float("nan"),
                "BEGIN_LON": round(lon + rng.normal(0, 1.8), 4) if located else float("nan"),
                "END_LAT": round(lat + rng.normal(0, 1.2), 4) if located else float("nan"),
                "END_LON": round(lon + rng.normal(0, 1.8), 4) if located else float("nan"),
                "EPISODE_NARRATIVE": episode,
                "EVENT_NARRATIVE": note if rng.random() < 0.85 else None,
                "DATA_SOURCE": "CSV",
            }
        )
    df = pd.DataFrame(rows)
    stamp = pd.to_datetime(df["BEGIN_DATE_TIME"], format="%d-%b-%y %H:%M:%S")
    df = df.iloc[np.lexsort((stamp.to_numpy(), df["STATE"].to_numpy()))].reset_index(drop=True)
    stamp = pd.to_datetime(df["BEGIN_DATE_TIME"], format="%d-%b-%y %H:%M:%S")
    episode_id, ids = 165000, []
    for i in range(len(df)):
        new = i == 0 or df["STATE"].iloc[i] != df["STATE"].iloc[i - 1]
        new = new or (stamp.iloc[i] - stamp.iloc[i - 1]) > pd.Timedelta(hours=18) or rng.random() < 0.25
        if new:
            episode_id += int(rng.integers(1, 40))
        ids.append(episode_id)
    df["EPISODE_ID"] = ids
    df["EVENT_ID"] = 1_000_000 + rng.permutation(len(df)) * 3 + rng.integers(0, 3, len(df))
    return df.sort_values(["BEGIN_YEARMONTH", "EPISODE_ID", "EVENT_ID"], ignore_index=True)


def _dollars(s: pd.Series) -> pd.Series:
    """ "10.00K" / "1.50M" / "2.00B" as dollars; blanks as 0."""
    parts = s.astype(str).str.strip().str.upper().str.extract(r"^([\d.]+)([KMB])$")
    number = pd.to_numeric(parts[0], errors="coerce")
    unit = pd.to_numeric(parts[1].map({"K": 1e3, "M": 1e6, "B": 1e9}), errors="coerce")
    return (number * unit).fillna(0.0).astype(float)


def _damage_top(crops: bool) -> Callable[[pd.DataFrame], list[str]]:
    def value(d: pd.DataFrame) -> list[str]:
        cost = _dollars(d["DAMAGE_PROPERTY"]) + (_dollars(d["DAMAGE_CROPS"]) if crops else 0.0)
        return list(cost.groupby(d["EVENT_TYPE"]).sum().sort_values(ascending=False).index[:5])

    return value


def _tornadoes(state: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(((d["EVENT_TYPE"] == "Tornado") & (d["STATE"] == state)).sum())


def _heat_deaths(both_types: bool, indirect: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        kinds = ["Heat", "Excessive Heat"] if both_types else ["Heat"]
        pool = d[d["EVENT_TYPE"].isin(kinds)]
        return float(pool["DEATHS_DIRECT"].sum() + (pool["DEATHS_INDIRECT"].sum() if indirect else 0))

    return value


def _storm_months(d: pd.DataFrame) -> pd.Series:
    return (d["BEGIN_YEARMONTH"] % 100).value_counts()


_STORM_QS = [
    Q(
        "Which 5 event types caused the most property damage ($)?",
        either(_labels(_damage_top(False)), _labels(_damage_top(True))),
        ("EVENT_TYPE", "DAMAGE_PROPERTY", "DAMAGE_CROPS"),
    ),
    Q(
        "how many tornados were reported in texas?",
        has(_tornadoes("TEXAS")),
        ("EVENT_TYPE", "STATE", "EVENT_ID", "STATE_FIPS"),
    ),
    Q(
        "and oklahoma?",
        has(_tornadoes("OKLAHOMA")),
        ("EVENT_TYPE", "STATE", "EVENT_ID", "STATE_FIPS"),
    ),
    Q(
        "chart the number of events by month. which month was the busiest?",
        both(
            _calendar_month(lambda d: int(_storm_months(d).index[0]), 2022),
            has(lambda d: float(_storm_months(d).iloc[0])),
        ),
        ("MONTH_NAME", "BEGIN_YEARMONTH", "BEGIN_DATE_TIME", "EVENT_ID", "BEGIN_DAY", "YEAR"),
    ),
    Q(
        "avg hail size in inches?",
        has(lambda d: float(d.loc[d["EVENT_TYPE"] == "Hail", "MAGNITUDE"].mean()), rel=0.01),
        ("MAGNITUDE", "EVENT_TYPE", "MAGNITUDE_TYPE"),
    ),
    Q(
        "How many people died in heat related events?",
        either(*(has(_heat_deaths(t, i)) for t in (True, False) for i in (True, False))),
        ("DEATHS_DIRECT", "DEATHS_INDIRECT", "EVENT_TYPE"),
    ),
]


# --- 3. US College Scorecard (Most-Recent-Cohorts-Institution.csv) -------------------------------------------------

# state: name, FIPS, BEA region, weight, cities, latitude, longitude, ZIP prefix
_SC_STATES: dict[str, tuple[str, int, int, float, list[str], float, float, str]] = {
    "CA": (
        "California",
        6,
        8,
        10.0,
        ["Los Angeles", "San Diego", "Sacramento", "Fresno", "San Jose"],
        36.8,
        -119.4,
        "9",
    ),
    "NY": ("New York", 36, 2, 7.0, ["New York", "Buffalo", "Rochester", "Albany", "Syracuse"], 42.2, -74.9, "1"),
    "TX": ("Texas", 48, 6, 7.0, ["Houston", "Dallas", "Austin", "San Antonio", "El Paso"], 31.0, -97.5, "7"),
    "PA": ("Pennsylvania", 42, 2, 6.0, ["Philadelphia", "Pittsburgh", "Harrisburg", "Erie"], 40.9, -77.8, "1"),
    "FL": ("Florida", 12, 5, 6.0, ["Miami", "Orlando", "Tampa", "Jacksonville", "Tallahassee"], 28.6, -82.4, "3"),
    "OH": ("Ohio", 39, 3, 5.0, ["Columbus", "Cleveland", "Cincinnati", "Toledo", "Dayton"], 40.3, -82.8, "4"),
    "IL": ("Illinois", 17, 3, 4.5, ["Chicago", "Springfield", "Peoria", "Champaign"], 40.0, -89.2, "6"),
    "MI": ("Michigan", 26, 3, 3.5, ["Detroit", "Grand Rapids", "Lansing", "Ann Arbor"], 43.3, -84.5, "4"),
    "NC": ("North Carolina", 37, 5, 3.5, ["Charlotte", "Raleigh", "Greensboro", "Durham"], 35.6, -79.4, "2"),
    "MA": ("Massachusetts", 25, 1, 3.5, ["Boston", "Worcester", "Springfield", "Cambridge"], 42.3, -71.8, "0"),
    "GA": ("Georgia", 13, 5, 3.2, ["Atlanta", "Savannah", "Augusta", "Macon"], 32.9, -83.4, "3"),
    "VA": ("Virginia", 51, 5, 3.0, ["Richmond", "Norfolk", "Roanoke", "Lynchburg"], 37.5, -78.8, "2"),
    "NJ": ("New Jersey", 34, 2, 2.8, ["Newark", "Trenton", "Jersey City", "Camden"], 40.1, -74.5, "0"),
    "MO": ("Missouri", 29, 4, 2.8, ["St. Louis", "Kansas City", "Springfield", "Columbia"], 38.4, -92.5, "6"),
    "TN": ("Tennessee", 47, 5, 2.8, ["Nashville", "Memphis", "Knoxville", "Chattanooga"], 35.9, -86.4, "3"),
    "IN": ("Indiana", 18, 3, 2.6, ["Indianapolis", "Fort Wayne", "Evansville", "South Bend"], 39.9, -86.3, "4"),
    "WI": ("Wisconsin", 55, 3, 2.3, ["Milwaukee", "Madison", "Green Bay", "Eau Claire"], 44.6, -89.9, "5"),
    "MN": ("Minnesota", 27, 4, 2.3, ["Minneapolis", "Saint Paul", "Duluth", "Rochester"], 45.9, -94.3, "5"),
    "WA": ("Washington", 53, 8, 2.3, ["Seattle", "Spokane", "Tacoma", "Bellingham"], 47.4, -120.5, "9"),
    "AZ": ("Arizona", 4, 6, 2.0, ["Phoenix", "Tucson", "Tempe", "Flagstaff"], 34.2, -111.7, "8"),
    "CO": ("Colorado", 8, 7, 2.0, ["Denver", "Colorado Springs", "Boulder", "Fort Collins"], 39.0, -105.5, "8"),
    "AL": ("Alabama", 1, 5, 1.8, ["Birmingham", "Montgomery", "Mobile", "Huntsville"], 32.8, -86.8, "3"),
    "LA": ("Louisiana", 22, 5, 1.8, ["New Orleans", "Baton Rouge", "Shreveport", "Lafayette"], 31.0, -92.0, "7"),
    "KY": ("Kentucky", 21, 5, 1.7, ["Louisville", "Lexington", "Bowling Green"], 37.5, -85.3, "4"),
    "OK": ("Oklahoma", 40, 6, 1.7, ["Oklahoma City", "Tulsa", "Norman"], 35.5, -97.4, "7"),
    "SC": ("South Carolina", 45, 5, 1.6, ["Columbia", "Charleston", "Greenville"], 33.9, -80.9, "2"),
    "IA": ("Iowa", 19, 4, 1.5, ["Des Moines", "Cedar Rapids", "Iowa City"], 42.0, -93.5, "5"),
    "OR": ("Oregon", 41, 8, 1.5, ["Portland", "Eugene", "Salem"], 44.0, -120.6, "9"),
    "MD": ("Maryland", 24, 2, 1.5, ["Baltimore", "Annapolis", "Frederick"], 39.0, -76.7, "2"),
    "CT": ("Connecticut", 9, 1, 1.3, ["Hartford", "New Haven", "Bridgeport"], 41.6, -72.7, "0"),
    "KS": ("Kansas", 20, 4, 1.3, ["Wichita", "Topeka", "Lawrence"], 38.5, -98.3, "6"),
    "UT": ("Utah", 49, 7, 1.0, ["Salt Lake City", "Provo", "Ogden"], 39.3, -111.7, "8"),
    "NE": ("Nebraska", 31, 4, 0.9, ["Omaha", "Lincoln", "Kearney"], 41.5, -99.8, "6"),
    "NM": ("New Mexico", 35, 6, 0.8, ["Albuquerque", "Santa Fe", "Las Cruces"], 34.4, -106.1, "8"),
    "ME": ("Maine", 23, 1, 0.7, ["Portland", "Bangor", "Lewiston"], 45.4, -69.2, "0"),
    "PR": ("Puerto Rico", 72, 9, 1.4, ["San Juan", "Ponce", "Bayamon", "Mayaguez"], 18.2, -66.5, "0"),
    "DC": ("District of Columbia", 11, 2, 0.4, ["Washington"], 38.9, -77.0, "2"),
}
_ACCREDITORS = {
    1: "New England Commission on Higher Education",
    2: "Middle States Commission on Higher Education",
    3: "Higher Learning Commission",
    4: "Higher Learning Commission",
    5: "Southern Association of Colleges and Schools Commission on Colleges",
    6: "Southern Association of Colleges and Schools Commission on Colleges",
    7: "Northwest Commission on Colleges and Universities",
    8: "WASC Senior College and University Commission",
    9: "Middle States Commission on Higher Education",
}
_SURNAMES = _split(
    "Abbott Aldridge Ashby Bancroft Barlow Beckett Bellamy Blackwell Bradford Calloway Carrington Chandler Colby "
    "Crane Danforth Eastwood Ellsworth Fairbanks Fletcher Garrison Goodwin Hadley Hartwell Hawthorne Holloway "
    "Huntington Kendall Kingsley Lancaster Langston Lockwood Marlowe Merriweather Montague Northrup Oakley Pemberton "
    "Prescott Radcliffe Redmond Sherwood Stanton Sterling Thornton Underwood Wakefield Whitfield Winslow Woodbury"
)
_SAINTS = "Anselm Brendan Catherine Dominic Edmund Francis Gregory Joseph Jude Martin Mary Michael Norbert Paul Thomas"
_COUNTIES = (
    "Lake Wayne Jefferson Madison Franklin Monroe Clark Washington Jackson Lincoln Marion Union Warren Columbia "
    "Butler Carroll Clinton Delaware Fayette Greene Hamilton Henry Howard Lawrence Logan Mercer Morgan Polk Putnam "
    "Randolph Shelby Sullivan Tyler Wilson"
)
_CREEDS = ["", " Wesleyan", " Lutheran", " Baptist", " Methodist", " Pacific"]
_CHAINS = [
    "Paul Mitchell the School",
    "Empire Beauty School",
    "Aveda Institute",
    "Universal Technical Institute",
    "Lincoln Technical Institute",
    "Fortis College",
    "Concorde Career College",
    "The Salon Professional Academy",
    "Cortiva Institute",
    "Ross Medical Education Center",
    "Cosmetology Careers Unlimited",
    "Pima Medical Institute",
]
_ONLINE = ["DeVry University", "Strayer University", "Herzing University", "Bryant & Stratton College"]


def _scorecard_name(rng: np.random.Generator, kind: str, st: str, city: str, taken: set[str]) -> tuple[str, str | None]:
    """A fresh institution name and, for chain campuses, the chain it belongs to."""
    state = _SC_STATES[st][0]
    for attempt in range(400):
        chain = None
        if attempt >= 40:  # a small state's few cities are used up: a smaller town in the same state
            city = str(_one(rng, _TOWNS)).title()
        if kind == "public4":
            name = str(
                _one(
                    rng,
                    [
                        f"University of {state}",
                        f"{state} State University",
                        f"University of {state}-{city}",
                        f"{city} State University",
                        f"{_one(rng, ['Eastern', 'Western', 'Northern', 'Southern', 'Central'])} {state} University",
                    ],
                    [1, 1, 3, 3, 2],
                )
            )
        elif kind == "cc":
            name = str(
                _one(
                    rng,
                    [
                        f"{city} Community College",
                        f"{city} Technical College",
                        f"{_one(rng, _split(_COUNTIES))} County Community College",
                        f"{_one(rng, _split(_COUNTIES))} Community College",
                        f"{city} City College",
                        f"{_one(rng, ['North', 'South', 'East', 'West', 'Central'])} {state} State College",
                    ],
                )
            )
        elif kind in ("private4", "elite"):
            name = str(
                _one(
                    rng,
                    [
                        f"{_one(rng, _SURNAMES)}{_one(rng, _CREEDS, [12, 1, 1, 1, 1, 1])} College",
                        f"{_one(rng, _SURNAMES)}{_one(rng, _CREEDS, [12, 1, 1, 1, 1, 1])} University",
                        f"Saint {_one(rng, _split(_SAINTS))} {_one(rng, ['University', 'College'])}",
                        f"University of {city}",
                        f"{city} Christian University",
                        f"{city} College of Art and Design",
                    ],
                    [4, 3, 1, 1, 1, 0.5] if kind == "private4" else [1, 2, 0, 0, 0, 0],
                )
            )
        elif kind == "grad":
            name = str(
                _one(
                    rng,
                    [
                        f"{_one(rng, _SURNAMES)} Theological Seminary",
                        f"{city} School of Professional Psychology",
                        f"{_one(rng, _SURNAMES)} Graduate Institute",
                        f"{city} College of Osteopathic Medicine",
                    ],
                )
            )
        elif kind == "profit4":
            chain = str(_one(rng, _ONLINE))
            name = f"{chain}-{state}" if rng.random() < 0.5 else f"{chain}-{city}"
        else:
            chain = str(_one(rng, _CHAINS))
            name = f"{chain}-{city}"
        if name not in taken:
            taken.add(name)
            return name, chain
    raise RuntimeError("ran out of names")


def _scorecard_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2403)
    n = 2100
    states = list(_SC_STATES)
    sw = [v[3] for v in _SC_STATES.values()]
    kinds = ["public4", "cc", "private4", "elite", "profit_cert", "profit4", "grad"]
    kw = [16.0, 21.0, 24.0, 1.6, 27.0, 5.0, 5.4]
    taken: set[str] = set()
    chains: dict[str, list[int]] = {}
    rows: list[dict[str, Any]] = []
    for i in range(n):
        kind = str(_one(rng, kinds, kw))
        st = str(_one(rng, states, sw))
        state, st_fips, region, _w, cities, lat, lon, zip0 = _SC_STATES[st]
        city = str(_one(rng, cities))
        name, chain = _scorecard_name(rng, kind, st, city, taken)
        if chain is not None:
            chains.setdefault(chain, []).append(i)
        flagship = kind == "public4" and name == f"University of {state}"
        control = {"public4": 1, "cc": 1, "private4": 2, "elite": 2, "grad": 2}.get(kind, 3)
        preddeg = {"cc": 2, "profit_cert": 1, "grad": 4}.get(kind, 3)
        highdeg = {"cc": 2, "profit_cert": int(_one(rng, [1, 2], [70, 30])), "grad": 4}.get(
            kind, int(_one(rng, [3, 4], [35, 65]))
        )
        adm: float | None = None
        sat: float | None = None
        if kind == "public4":
            adm = float(np.clip(rng.normal(0.79, 0.13), 0.28, 1.0)) if not flagship else float(rng.uniform(0.3, 0.62))
            if rng.random() < 0.7 or flagship:
                sat = float(np.clip(np.round(1330 - 430 * (adm - 0.3) + rng.normal(0, 45)), 900, 1460))
        elif kind == "private4":
            adm = float(np.clip(rng.normal(0.68, 0.16), 0.15, 1.0))
            if rng.random() < 0.55:
                sat = float(np.clip(np.round(1380 - 420 * (adm - 0.2) + rng.normal(0, 55)), 880, 1480))
        elif kind == "elite":
            adm = float(rng.uniform(0.04, 0.2))
            sat = float(np.round(rng.uniform(1440, 1565))) if rng.random() < 0.95 else None
        elif kind == "profit_cert" and rng.random() < 0.3:
            adm = float(rng.uniform(0.5, 1.0))
        elif kind == "profit4" and rng.random() < 0.5:
            adm = float(rng.uniform(0.6, 1.0))
        selective = 1 - (adm if adm is not None else 0.9)
        ugds_mu = {"public4": 9000, "cc": 4500, "private4": 1900, "elite": 5500, "profit_cert": 180, "profit4": 1500}
        ugds: float | None = None
        if kind != "grad":
            ugds = float(max(12, np.round(ugds_mu[kind] * rng.lognormal(0, 0.75 if kind != "elite" else 0.4))))
        tin: float | None = None
        tout: float | None = None
        if kind == "public4":
            t_in = float(np.round(np.clip(rng.normal(9800, 2300), 4500, 17500)))
            tin, tout = t_in, float(np.round(t_in + np.clip(rng.normal(16500, 4800), 3000, 32000)))
        elif kind == "cc":
            t_in = float(np.clip(rng.normal(4200, 1500), 1200, 9000)) if st != "CA" else float(rng.uniform(1100, 1500))
            t_in = float(np.round(t_in))
            tin, tout = t_in, float(np.round(t_in + np.clip(rng.normal(5200, 2400), 500, 12000)))
        elif kind == "private4":
            t_in = float(np.clip(rng.normal(33000, 9500) + 26000 * (0.68 - (adm or 0.68)), 9000, 62000))
            tin = tout = float(np.round(t_in))
        elif kind == "elite":
            tin = tout = float(np.round(rng.uniform(56000, 63500)))
        elif kind != "grad":
            t_in = float(np.clip(rng.normal(15500 if kind == "profit_cert" else 15000, 4200), 4000, 36000))
            tin = tout = float(np.round(t_in))
        earn_mu = {"public4": 43000.0, "cc": 35000.0, "private4": 42000.0, "elite": 84000.0}
        earn_mu |= {"profit_cert": 26500.0, "profit4": 40000.0}
        earnings: Any = None
        debt: Any = None
        if kind != "grad":
            lift = {"public4": 38000.0, "private4": 46000.0}.get(kind, 0.0) * max(selective - 0.1, 0)
            if kind == "elite":
                lift = 300000.0 * (0.2 - (adm or 0.2))
            earnings = int(np.round(earn_mu[kind] + lift + (9000 if flagship else 0) + rng.normal(0, 5200)))
            debt = float(np.round(rng.normal({"cc": 10500, "profit_cert": 9500}.get(kind, 21500), 2600) / 50) * 50)
            if ugds is not None and ugds < 90 and rng.random() < 0.7:
                earnings = "PrivacySuppressed"
                debt = "PrivacySuppressed"
            elif rng.random() < 0.05:
                earnings = "NULL"
        c150: float | None = None
        if preddeg == 3:
            base = {"public4": 0.5, "private4": 0.52, "elite": 0.86, "profit4": 0.28}[kind]
            c150 = float(np.clip(base + 0.5 * max(selective - 0.2, 0) + rng.normal(0, 0.08), 0.05, 0.98))
        shares = rng.dirichlet([6, 1.6, 2.0, 0.8]) if kind != "grad" else None
        sat_parts: list[float | None] = [None] * 4
        if sat is not None:
            vr = sat / 2 + rng.normal(0, 12)
            mt = sat - vr
            sat_parts = [
                float(np.round((vr - 45) / 10) * 10),
                float(np.round((vr + 45) / 10) * 10),
                float(np.round((mt - 50) / 10) * 10),
                float(np.round((mt + 50) / 10) * 10),
            ]

        def null(v: float | None, digits: int | None = None) -> Any:
            if v is None:
                return "NULL"
            return round(v, digits) if digits is not None else v

        parts = re.sub(r"[^a-z ]", "", name.lower().split("-")[0]).split()
        site = "".join(parts) if len(parts) <= 2 else parts[0][:5] + "".join(w[0] for w in parts[1:])
        rows.append(
            {
                "UNITID": 0,
                "OPEID": "",
                "OPEID6": 0,
                "INSTNM": name,
                "CITY": city,
                "STABBR": st,
                "ZIP": f"{zip0}{int(rng.integers(1000, 9999)):04d}"
                + (f"-{int(rng.integers(1000, 9999))}" if rng.random() < 0.35 else ""),
                "ACCREDAGENCY": (
                    _ACCREDITORS[region]
                    if kind != "profit_cert"
                    else str(
                        _one(
                            rng,
                            [
                                "Accrediting Commission of Career Schools and Colleges",
                                "National Accrediting Commission of Career Arts and Sciences",
                                "Accrediting Bureau of Health Education Schools",
                            ],
                        )
                    )
                ),
                "INSTURL": f"www.{site}.{'edu' if control < 3 else 'com'}/",
                "NPCURL": f"https://www.{site}.{'edu' if control < 3 else 'com'}/npc" if rng.random() < 0.8 else "NULL",
                "SCH_DEG": {1: 1, 2: 2, 3: 3}.get(preddeg, "NULL"),
                "HCM2": 0,
                "MAIN": 1,
                "NUMBRANCH": 1,
                "PREDDEG": preddeg,
                "HIGHDEG": highdeg,
                "CONTROL": control,
                "ST_FIPS": st_fips,
                "REGION": region,
                "LOCALE": int(
                    _one(rng, [11, 12, 13, 21, 22, 23, 31, 32, 33, 41, 42, 43], [9, 5, 8, 10, 4, 5, 4, 6, 5, 3, 2, 1])
                ),
                "LATITUDE": round(lat + rng.normal(0, 1.0), 6),
                "LONGITUDE": round(lon + rng.normal(0, 1.4), 6),
                "ADM_RATE": null(adm, 4),
                "SATVR25": null(sat_parts[0]),
                "SATVR75": null(sat_parts[1]),
                "SATMT25": null(sat_parts[2]),
                "SATMT75": null(sat_parts[3]),
                "SAT_AVG": null(sat),
                "UGDS": null(ugds),
                "UGDS_WHITE": null(None if shares is None else float(shares[0]), 4),
                "UGDS_BLACK": null(None if shares is None else float(shares[1]), 4),
                "UGDS_HISP": null(None if shares is None else float(shares[2]), 4),
                "UGDS_ASIAN": null(None if shares is None else float(shares[3]), 4),
                "PPTUG_EF": null(
                    None if ugds is None else float(np.clip(rng.normal(0.6 if kind == "cc" else 0.15, 0.1), 0, 1)), 4
                ),
                "TUITIONFEE_IN": null(tin),
                "TUITIONFEE_OUT": null(tout),
                "PCTPELL": null(
                    None
                    if ugds is None
                    else float(np.clip(rng.normal(0.6 if control == 3 else 0.34 - 0.2 * selective, 0.1), 0.02, 0.98)),
                    4,
                ),
                "C150_4": null(c150, 4),
                "RET_FT4": null(None if c150 is None else float(np.clip(c150 + rng.uniform(0.1, 0.25), 0, 1)), 4),
                "PCTFLOAN": null(
                    None if ugds is None else float(np.clip(rng.normal(0.62 if control == 3 else 0.38, 0.12), 0, 1)), 4
                ),
                "GRAD_DEBT_MDN": debt if debt is not None else "NULL",
                "MD_EARN_WNE_P10": earnings if earnings is not None else "NULL",
            }
        )
    df = pd.DataFrame(rows)
    for members in chains.values():
        df.loc[members, "NUMBRANCH"] = len(members)
        df.loc[members[1:], "MAIN"] = 0
    df = df.sort_values(["ST_FIPS", "INSTNM"], ignore_index=True)
    df["UNITID"] = np.sort(rng.choice(np.arange(100_000, 500_000), size=n, replace=False))
    opeid6 = rng.choice(np.arange(1000, 42000), size=n, replace=False)
    branch = np.zeros(n, dtype=int)
    for chain in chains:
        rows_of = df.index[df["INSTNM"].str.startswith(chain + "-")].to_numpy()
        opeid6[rows_of] = opeid6[rows_of[0]]
        branch[rows_of] = np.arange(len(rows_of))
    df["OPEID6"] = opeid6
    df["OPEID"] = [f"{o:06d}{b:02d}" for o, b in zip(opeid6, branch, strict=True)]
    return df


def _num(d: pd.DataFrame, col: str) -> pd.Series:
    return pd.to_numeric(d[col], errors="coerce")


def _tuition(col: str, control: int, four_year: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        keep = d["CONTROL"] == control
        if four_year:
            keep &= d["PREDDEG"] == 3
        return float(_num(d, col)[keep].mean())

    return value


def _state_counts(d: pd.DataFrame) -> pd.Series:
    return d["STABBR"].value_counts()


def _top_earners(d: pd.DataFrame) -> list[str]:
    earn = _num(d, "MD_EARN_WNE_P10")
    return list(d.loc[earn.sort_values(ascending=False).index[:5], "INSTNM"])


_SCORECARD_QS = [
    Q(
        "avg in-state tuition at public vs private nonprofit colleges?",
        either(
            has(_tuition("TUITIONFEE_IN", 1, False), _tuition("TUITIONFEE_IN", 2, False)),
            has(_tuition("TUITIONFEE_IN", 1, True), _tuition("TUITIONFEE_IN", 2, True)),
        ),
        ("TUITIONFEE_IN", "CONTROL", "PREDDEG"),
    ),
    Q(
        "and out of state for the public ones?",
        either(has(_tuition("TUITIONFEE_OUT", 1, False)), has(_tuition("TUITIONFEE_OUT", 1, True))),
        ("TUITIONFEE_OUT", "CONTROL", "PREDDEG"),
    ),
    Q(
        "which state has the most schools in this list?",
        both(
            either(
                _token(lambda d: str(_state_counts(d).index[0])),
                label_of(lambda d: _SC_STATES[str(_state_counts(d).index[0])][0]),
            ),
            has(lambda d: float(_state_counts(d).iloc[0])),
        ),
        ("STABBR", "ST_FIPS", "UNITID", "INSTNM"),
    ),
    Q(
        "top 5 colleges by median earnings 10 yrs after entry",
        _labels(_top_earners),
        ("INSTNM", "MD_EARN_WNE_P10"),
    ),
    Q(
        "Are more selective schools (lower admission rate) associated with higher earnings? correlation pls",
        _corr(_col("ADM_RATE"), _col("MD_EARN_WNE_P10")),
        ("ADM_RATE", "MD_EARN_WNE_P10"),
    ),
    Q(
        "how many institutions don't report an average SAT score?",
        has(lambda d: float(_num(d, "SAT_AVG").isna().sum())),
        ("SAT_AVG",),
    ),
]


# --- 4. TidyTuesday fast food nutrition (2018-09-04 fastfood_calories.csv) -----------------------------------------

# category: calories, sd, fat share of calories, protein g per 100 kcal, sodium mg per kcal, sugar g, fiber g,
#           vitamin A % DV, vitamin C % DV, calcium % DV
_FOOD: dict[str, tuple[float, float, float, float, float, float, float, float, float, float]] = {
    "burger": (560, 170, 0.48, 5.2, 1.95, 9, 2, 10, 4, 20),
    "chicken": (500, 130, 0.38, 6.4, 2.45, 7, 3, 6, 8, 10),
    "pieces": (0, 0, 0.5, 6.8, 2.05, 0.5, 0.5, 0, 0, 2),
    "salad": (340, 120, 0.46, 8.5, 2.6, 8, 4, 120, 45, 20),
    "wrap": (500, 120, 0.42, 5.8, 2.6, 5, 3, 15, 10, 20),
    "sub": (400, 90, 0.3, 6.0, 2.75, 7, 4, 10, 20, 20),
    "taco": (230, 70, 0.47, 4.5, 1.8, 2, 3, 8, 2, 10),
    "burrito": (470, 120, 0.36, 4.0, 2.3, 4, 6, 10, 6, 20),
    "hot dog": (430, 100, 0.52, 3.8, 2.85, 6, 2, 4, 2, 10),
    "roast beef": (440, 150, 0.38, 6.6, 3.05, 8, 2, 4, 2, 10),
}
# chain: items, calorie multiplier, signature items (name, category, pieces), combo adjectives, combo bases
_RESTAURANTS: dict[str, tuple[int, float, list[tuple[str, str, int]], list[str], list[tuple[str, str]]]] = {
    "Mcdonalds": (
        57,
        1.15,
        [
            ("Big Mac", "burger", 0),
            ("Filet-O-Fish", "chicken", 0),
            ("McChicken", "chicken", 0),
            ("Hamburger", "burger", 0),
            ("McDouble", "burger", 0),
            ("4 piece Chicken McNuggets", "pieces", 4),
            ("6 piece Chicken McNuggets", "pieces", 6),
            ("10 piece Chicken McNuggets", "pieces", 10),
            ("20 piece Chicken McNuggets", "pieces", 20),
            ("40 piece Chicken McNuggets", "pieces", 40),
            ("10 piece Buttermilk Crispy Tenders", "pieces", 10),
            ("20 piece Buttermilk Crispy Tenders", "pieces", 20),
        ],
        [
            "Double ",
            "Bacon ",
            "Premium ",
            "Artisan Grilled ",
            "Buttermilk Crispy ",
            "Southwest ",
            "Signature Sriracha ",
            "Maple Bacon Dijon ",
            "Pico Guacamole ",
            "Classic ",
        ],
        [
            ("Quarter Pounder with Cheese", "burger"),
            ("Chicken Sandwich", "chicken"),
            ("Chicken Club", "chicken"),
            ("Chicken McWrap", "wrap"),
            ("Salad w/ Grilled Chicken", "salad"),
            ("Cheeseburger", "burger"),
        ],
    ),
    "Chick Fil-A": (
        27,
        0.8,
        [
            ("4 piece Chicken Nuggets", "pieces", 4),
            ("8 piece Chicken Nuggets", "pieces", 8),
            ("12 piece Chicken Nuggets", "pieces", 12),
            ("30 piece Chicken Nuggets", "pieces", 30),
            ("3 piece Chick-n-Strips", "pieces", 3),
            ("4 piece Chick-n-Strips", "pieces", 4),
            ("8 piece Grilled Nuggets", "pieces", 8),
        ],
        ["", "Spicy ", "Grilled ", "Deluxe ", "Spicy Deluxe ", "Smokehouse BBQ Bacon "],
        [
            ("Chicken Sandwich", "chicken"),
            ("Chicken Biscuit", "chicken"),
            ("Chicken Cool Wrap", "wrap"),
            ("Market Salad", "salad"),
        ],
    ),
    "Sonic": (
        53,
        1.05,
        [
            ("Sonic Cheeseburger with Mustard", "burger", 0),
            ("Super Sonic Bacon Double Cheeseburger", "burger", 0),
            ("Footlong Quarter Pound Coney", "hot dog", 0),
            ("6 piece Jumbo Popcorn Chicken", "pieces", 6),
        ],
        ["", "Jr. ", "Bacon ", "Double ", "Chili ", "Green Chile ", "Jalapeno ", "Hickory ", "Super ", "Classic "],
        [
            ("Cheeseburger", "burger"),
            ("Burger with Ketchup", "burger"),
            ("All-American Dog", "hot dog"),
            ("Chili Cheese Coney", "hot dog"),
            ("Crispy Chicken Sandwich", "chicken"),
            ("Chicken Strip Dinner", "chicken"),
        ],
    ),
    "Arbys": (
        55,
        0.95,
        [
            ("Classic Roast Beef", "roast beef", 0),
            ("Double Roast Beef", "roast beef", 0),
            ("Half Pound Roast Beef", "roast beef", 0),
            ("Beef 'n Cheddar Classic", "roast beef", 0),
            ("3 piece Prime-Cut Chicken Tenders", "pieces", 3),
            ("5 piece Prime-Cut Chicken Tenders", "pieces", 5),
        ],
        ["", "Smokehouse ", "Buffalo ", "Bacon Ranch ", "Greek ", "Classic Italian ", "Roast Turkey ", "Reuben "],
        [
            ("Brisket Sandwich", "roast beef"),
            ("Gyro", "wrap"),
            ("Corned Beef Sandwich", "roast beef"),
            ("Crispy Chicken Sandwich", "chicken"),
            ("Roast Chicken Salad", "salad"),
            ("Melt", "roast beef"),
            ("Market Fresh Wrap", "wrap"),
        ],
    ),
    "Burger King": (
        70,
        1.05,
        [
            ("Whopper", "burger", 0),
            ("Whopper Jr.", "burger", 0),
            ("Double Whopper", "burger", 0),
            ("Triple Whopper with Cheese", "burger", 0),
            ("4 piece Chicken Nuggets", "pieces", 4),
            ("10 piece Chicken Nuggets", "pieces", 10),
            ("20 piece Chicken Nuggets", "pieces", 20),
            ("9 piece Chicken Fries", "pieces", 9),
        ],
        ["", "Bacon ", "Double ", "Spicy ", "BBQ ", "Mushroom & Swiss ", "Rodeo ", "Steakhouse ", "Crispy ", "Angry "],
        [
            ("Whopper with Cheese", "burger"),
            ("King", "burger"),
            ("Cheeseburger", "burger"),
            ("Chicken Sandwich", "chicken"),
            ("Chicken Jr.", "chicken"),
            ("Fish Sandwich", "chicken"),
            ("Garden Salad", "salad"),
            ("Chicken Club Salad", "salad"),
        ],
    ),
    "Dairy Queen": (
        42,
        0.95,
        [
            ("4 piece Chicken Strip Basket", "pieces", 4),
            ("6 piece Chicken Strip Basket", "pieces", 6),
            ("Bacon Cheese GrillBurger", "burger", 0),
        ],
        ["", "Original ", "1/2 lb. ", "1/4 lb. ", "Double ", "FlameThrower ", "Crispy ", "Grilled ", "Chili "],
        [
            ("Cheeseburger", "burger"),
            ("GrillBurger", "burger"),
            ("Chicken Sandwich", "chicken"),
            ("Chicken Wrap", "wrap"),
            ("Chicken BLT Salad", "salad"),
            ("Hot Dog", "hot dog"),
        ],
    ),
    "Subway": (
        96,
        1.0,
        [
            (f"{s} Chopped Salad", "salad", 0)
            for s in _split(
                "B.L.T.|Black Forest Ham|Buffalo Chicken|Cold Cut Combo|Italian B.M.T.|Oven Roasted Chicken|"
                "Roast Beef|Rotisserie-Style Chicken|Spicy Italian|Steak & Cheese|Subway Club|"
                "Sweet Onion Chicken Teriyaki|Tuna|Turkey Breast|Veggie Delite|Chicken & Bacon Ranch",
                "|",
            )
        ],
        ['6" ', "Footlong "],
        [
            (s, "sub")
            for s in _split(
                "B.L.T.|Black Forest Ham|Buffalo Chicken|Chicken & Bacon Ranch Melt|Cold Cut Combo|Italian B.M.T.|"
                "Meatball Marinara|Oven Roasted Chicken|Roast Beef|Rotisserie-Style Chicken|Spicy Italian|"
                "Steak & Cheese|Subway Club|Sweet Onion Chicken Teriyaki|Tuna|Turkey Breast|Veggie Delite|"
                "Chicken Pizziola|Big Hot Pastrami|Pulled Pork|Turkey Italiano Melt|Big Philly Cheesesteak|"
                "Carved Turkey|Chipotle Chicken & Cheese|Smokehouse BBQ Chicken|Baja Chicken|Southwest Chicken|"
                "Cheesy Garlic Steak|Italian Hero|Mozza Meatball|Ultimate Cheesesteak|Egg & Cheese|"
                "Bacon Egg & Cheese|Steak Egg & Cheese|Black Forest Ham Egg & Cheese|Veggie Patty|Spinach & Feta|"
                "Buffalo Chicken Ranch|Honey Mustard Chicken|Tuna Melt",
                "|",
            )
        ],
    ),
    "Taco Bell": (
        115,
        1.0,
        [],
        ["", "Cheesy ", "Spicy ", "Fresco ", "Supreme ", "Double ", "Loaded ", "XXL ", "Chipotle ", "Nacho Cheese "],
        [
            (f"{filling} {kind}", cat)
            for filling in ("Beef", "Chicken", "Steak", "Bean", "Potato", "Shredded Chicken")
            for kind, cat in (
                ("Soft Taco", "taco"),
                ("Crunchy Taco", "taco"),
                ("Burrito", "burrito"),
                ("Quesadilla", "burrito"),
                ("Chalupa", "taco"),
                ("Gordita", "taco"),
                ("Crunchwrap", "burrito"),
                ("Power Bowl", "salad"),
            )
        ],
    ),
}
_SIZE_WORDS = {"Double ": 1.45, "Triple ": 1.9, "XXL ": 1.6, "Jr. ": 0.6, "1/2 lb. ": 1.5, "1/4 lb. ": 1.0}
_SIZE_WORDS |= {"Footlong ": 2.0, "Half Pound ": 1.5, "Super ": 1.3, "Bacon ": 1.15, "Loaded ": 1.25}
_SIZE_WORDS |= {"Grilled ": 0.82, "Fresco ": 0.8, "Crispy ": 1.1}


def _fastfood_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2404)
    rows = []
    for chain, (count, mult, signature, adjectives, bases) in _RESTAURANTS.items():
        items: list[tuple[str, str, int]] = list(signature)
        seen = {s[0] for s in signature}
        combos = [(f"{a}{b}", cat) for a in adjectives for b, cat in bases]
        for k in rng.permutation(len(combos)):
            if len(items) >= count:
                break
            name, cat = combos[int(k)]
            if name not in seen:
                seen.add(name)
                items.append((name, cat, 0))
        for name, cat, pieces in items:
            kcal0, sd, fat_share, prot, sodium, sugar, fiber, vit_a, vit_c, calcium = _FOOD[cat]
            if cat == "pieces":
                kcal = pieces * rng.uniform(42, 70) * (0.75 if "Grilled" in name else 1.0)
            else:
                kcal = max(120.0, rng.normal(kcal0, sd * 0.6)) * mult
                for word, f in _SIZE_WORDS.items():
                    if word in name or name.startswith(word.strip()):
                        kcal *= f
            kcal = float(np.round(kcal / 10) * 10)
            fat_share_i = float(np.clip(fat_share + rng.normal(0, 0.06), 0.12, 0.7))
            cal_fat = float(np.round(kcal * fat_share_i / 10) * 10)
            total_fat = float(np.round(cal_fat / 9))
            protein = float(np.round(kcal / 100 * prot * rng.uniform(0.8, 1.2)))
            carbs = float(max(np.round((kcal - cal_fat - 4 * protein) / 4), 1))
            rows.append(
                {
                    "restaurant": chain,
                    "item": name,
                    "calories": int(kcal),
                    "cal_fat": int(cal_fat),
                    "total_fat": int(total_fat),
                    "sat_fat": float(np.round(total_fat * rng.uniform(0.22, 0.42) * 2) / 2),
                    "trans_fat": float(_one(rng, [0.0, 0.0, 0.0, 0.5, 1.0, 1.5, 2.0, 3.0])),
                    "cholesterol": int(np.round(protein * rng.uniform(2.0, 3.6) / 5) * 5),
                    "sodium": int(np.round(kcal * sodium * rng.lognormal(0, 0.18) / 10) * 10),
                    "total_carb": int(carbs),
                    "fiber": float(np.round(max(fiber + rng.normal(0, 1.3), 0))),
                    "sugar": int(np.round(max(sugar + rng.normal(0, 3), 0))),
                    "protein": protein,
                    "vit_a": float(np.round(max(vit_a * rng.lognormal(0, 0.4), 0) / 2) * 2),
                    "vit_c": float(np.round(max(vit_c * rng.lognormal(0, 0.5), 0) / 2) * 2),
                    "calcium": float(np.round(max(calcium * rng.lognormal(0, 0.4), 0) / 2) * 2),
                    "salad": "Other",
                }
            )
    df = pd.DataFrame(rows)
    vitamins = ["vit_a", "vit_c", "calcium"]
    df.loc[df["restaurant"] == "Taco Bell", vitamins] = np.nan
    bk = df.index[df["restaurant"] == "Burger King"]
    df.loc[bk[rng.random(len(bk)) < 0.85], vitamins] = np.nan
    df.loc[rng.choice(len(df), 20, replace=False), "vit_a"] = np.nan
    df.loc[rng.choice(len(df), 12, replace=False), "fiber"] = np.nan
    df.loc[int(rng.integers(len(df))), "protein"] = np.nan
    df.insert(0, "", np.arange(1, len(df) + 1))
    return df


def _chain_calories(d: pd.DataFrame) -> pd.Series:
    return d.groupby("restaurant")["calories"].mean().sort_values(ascending=False)


def _chain_pick(top: bool) -> Check:
    k = 0 if top else -1
    return both(
        label_of(lambda d: str(_chain_calories(d).index[k])),
        has(lambda d: float(_chain_calories(d).iloc[k])),
    )


_FASTFOOD_QS = [
    Q(
        "which chain has the highest average calories per item?",
        _chain_pick(True),
        ("restaurant", "calories", "item"),
    ),
    Q(
        "and the lowest?",
        _chain_pick(False),
        ("restaurant", "calories", "item"),
    ),
    Q(
        "top 5 saltiest items",
        _labels(lambda d: list(d.loc[d["sodium"].sort_values(ascending=False).index[:5], "item"])),
        ("item", "sodium", "restaurant"),
    ),
    Q(
        "what % of menu items are over 1000 calories?",
        either(
            _share(lambda d: float((d["calories"] > 1000).mean())),
            _share(lambda d: float((d["calories"] >= 1000).mean())),
        ),
        ("calories", "item"),
    ),
    Q(
        "how closely do calories track fat? correlation",
        either(_corr(_col("calories"), _col("total_fat")), _corr(_col("calories"), _col("cal_fat"))),
        ("calories", "total_fat", "cal_fat"),
    ),
    Q(
        "Which chain is the healthiest?",
        either(
            asks("calories", "sodium"),
            asks("calories", "fat"),
            asks("calories", "sugar"),
            asks("sodium", "fat"),
        ),
        (
            "restaurant",
            "calories",
            "cal_fat",
            "total_fat",
            "sat_fat",
            "trans_fat",
            "cholesterol",
            "sodium",
            "total_carb",
            "fiber",
            "sugar",
            "protein",
            "vit_a",
            "vit_c",
            "calcium",
        ),
    ),
]


# --- 5. A wholesaler's sales ledger (invented) ----------------------------------------------------------------------

_LEDGER_REGIONS = {  # weight, mean days paid after due, credit controller
    "London": (16.0, 19.0, "JB"),
    "South East": (18.0, 10.0, "JB"),
    "South West": (10.0, 6.0, "SK"),
    "Midlands": (20.0, 14.0, "MT"),
    "North": (24.0, 12.0, "MT"),
    "Scotland": (12.0, 8.0, "SK"),
}
_TERMS = {"30 Days": (30, 60.0), "60 Days": (60, 20.0), "14 Days": (14, 12.0), "45 Days": (45, 8.0)}
_FIRMS_A = _split(
    "Acorn Apex Beacon Bridge Castle Cedar Crown Delta Eagle Elm Falcon Forge Granite Harbour Highland Ivy Kestrel "
    "Lakeside Linden Maple Meadow Northgate Oak Orchard Pennine Phoenix Quay Riverside Rowan Severn Summit Thames "
    "Trent Vale Willow York"
)
_FIRMS_B = [
    "Engineering",
    "Foods",
    "Logistics",
    "Electrical",
    "Plumbing Supplies",
    "Builders Merchants",
    "Joinery",
    "Hospitality",
    "Print",
    "Motors",
    "Facilities",
    "Packaging",
    "Dental",
    "Garden Centre",
    "Interiors",
    "Catering",
    "Fabrications",
    "Haulage",
]
_LEDGER_NOTES = ["Remittance rec'd", "PO missing", "Query on pricing", "Chased x2", "Promised payment", "On stop"]
_LEDGER_SEASON = {1: 0.9, 2: 1.0, 3: 1.2, 4: 1.0, 5: 1.05, 6: 1.1, 7: 1.0, 8: 0.75, 9: 1.05, 10: 1.2, 11: 1.3, 12: 0.7}
_LEDGER_EXTRACT = pd.Timestamp("2024-06-28")


def _ledger_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2405)
    names: list[str] = []
    while len(names) < 115:
        nm = f"{_one(rng, _FIRMS_A)} {_one(rng, _FIRMS_B)} {_one(rng, ['Ltd', 'Ltd', 'Ltd', 'Limited', 'plc', 'LLP'])}"
        if nm.rsplit(" ", 1)[0] not in {x.rsplit(" ", 1)[0] for x in names}:
            names.append(nm)
    regions = list(_LEDGER_REGIONS)
    customers: list[dict[str, Any]] = []
    for k, nm in enumerate(names):
        region = str(_one(rng, regions, [v[0] for v in _LEDGER_REGIONS.values()]))
        terms = str(_one(rng, list(_TERMS), [v[1] for v in _TERMS.values()]))
        customers.append(
            {
                "ac": f"C{1000 + k * 7}",
                "name": nm,
                "region": region,
                "terms": terms,
                "size": float(rng.lognormal(np.log(1500), 0.9)),
                "rate": float(rng.gamma(1.6, 0.8)),
                "late": _LEDGER_REGIONS[region][1] * float(rng.gamma(2.0, 0.5))
                if rng.random() < 0.6
                else -float(rng.uniform(2, 9)),
                "zero": "Foods" in nm or "Catering" in nm,
                "bust": pd.Timestamp("2024-02-01") if k in (17, 64) else None,
            }
        )
    months = pd.period_range("2023-01", "2024-06", freq="M")
    rows = []
    for c in customers:
        for m in months:
            for _ in range(int(rng.poisson(c["rate"] * _LEDGER_SEASON[m.month]))):
                days = pd.bdate_range(m.start_time, m.end_time)
                inv = pd.Timestamp(days[int(rng.integers(len(days)))])
                net = round(float(c["size"] * rng.lognormal(0, 0.6)), 2)
                vat = 0.0 if c["zero"] else round(net * 0.2, 2)
                gross = round(net + vat, 2)
                term_days = _TERMS[str(c["terms"])][0]
                due = inv + pd.Timedelta(days=term_days)
                disputed = rng.random() < 0.03
                if rng.random() < 0.12:
                    wait = float(rng.uniform(3, term_days))
                else:
                    wait = term_days + max(rng.normal(c["late"], 7.0), -term_days + 3)
                if disputed:
                    wait += float(rng.uniform(30, 100))
                paid: pd.Timestamp | None = inv + pd.Timedelta(days=round(wait))
                if paid is not None and paid.weekday() >= 5:
                    paid += pd.Timedelta(days=7 - paid.weekday())
                bust = c["bust"]
                if (paid is not None and paid > _LEDGER_EXTRACT) or (
                    bust is not None and inv >= bust - pd.Timedelta(days=90)
                ):
                    paid = None
                if paid is None and not disputed and rng.random() < 0.004:
                    disputed = True
                amount: float | None = gross if paid is not None else None
                if paid is None and rng.random() < 0.06:
                    amount = round(gross * float(rng.uniform(0.2, 0.8)), 2)
                note = None
                if disputed:
                    note = str(_one(rng, ["Query on pricing", "PO missing", "Goods damaged - credit req'd"]))
                elif paid is None and due < _LEDGER_EXTRACT and rng.random() < 0.4:
                    note = str(_one(rng, ["Chased x2", "Promised payment", "On stop", "Chased"]))
                elif rng.random() < 0.05:
                    note = str(_one(rng, _LEDGER_NOTES))
                rows.append(
                    {
                        "inv": inv,
                        "Cust A/C": c["ac"],
                        "Customer": c["name"],
                        "Region": c["region"],
                        "Terms": c["terms"],
                        "Due Date": due.strftime("%d/%m/%Y"),
                        "Net (£)": net,
                        "VAT (£)": vat,
                        "Gross (£)": gross,
                        "Paid Date": paid.strftime("%d/%m/%Y") if paid is not None else None,
                        "Amt Paid (£)": amount,
                        "Disputed?": "Y" if disputed else None,
                        "Cr Ctrl": _LEDGER_REGIONS[str(c["region"])][2],
                        "Notes": note,
                    }
                )
    df = pd.DataFrame(rows)
    df = df.sort_values(["inv", "Cust A/C"], kind="stable").reset_index(drop=True)
    df.insert(0, "Inv No", [f"SI-{230001 + i}" for i in range(len(df))])
    df.insert(1, "Inv Date", df.pop("inv").dt.strftime("%d/%m/%Y"))
    return df


def _owed(d: pd.DataFrame, partial: bool) -> pd.Series:
    open_ = d["Paid Date"].isna()
    if partial:
        return (d["Gross (£)"] - d["Amt Paid (£)"].fillna(0.0)).where(open_, 0.0)
    return d["Gross (£)"].where(open_, 0.0)


def _debtors(partial: bool) -> Callable[[pd.DataFrame], list[str]]:
    return lambda d: list(_owed(d, partial).groupby(d["Customer"]).sum().sort_values(ascending=False).index[:5])


def _late(d: pd.DataFrame, of_paid: bool) -> float:
    paid = d["Paid Date"].notna()
    late = paid & (_dmy(d, "Paid Date") > _dmy(d, "Due Date"))
    return float(late.sum() / (paid.sum() if of_paid else len(d)))


def _pay_days(from_col: str) -> Callable[[pd.DataFrame], np.ndarray]:
    def value(d: pd.DataFrame) -> np.ndarray:
        paid = d[d["Paid Date"].notna()]
        days = (_dmy(paid, "Paid Date") - _dmy(paid, from_col)).dt.days
        return np.asarray(days.groupby(paid["Region"]).mean(), dtype=float)

    return value


def _invoiced(col: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: d.groupby(_dmy(d, "Inv Date").dt.to_period("M"))[col].sum().sort_values(ascending=False)


def _disputes(open_only: bool, col: str) -> Check:
    def pool(d: pd.DataFrame) -> pd.DataFrame:
        keep = d["Disputed?"] == "Y"
        return d[keep & d["Paid Date"].isna()] if open_only else d[keep]

    return has(lambda d: float(len(pool(d))), lambda d: float(pool(d)[col].sum()))


_LEDGER_QS = [
    Q(
        "how much do customers owe us in total atm?",
        either(has(lambda d: float(_owed(d, False).sum())), has(lambda d: float(_owed(d, True).sum()))),
        ("Gross (£)", "Amt Paid (£)", "Paid Date", "Net (£)", "VAT (£)"),
    ),
    Q(
        "who are our 5 biggest debtors?",
        either(_labels(_debtors(False)), _labels(_debtors(True))),
        ("Customer", "Cust A/C", "Gross (£)", "Amt Paid (£)", "Paid Date"),
    ),
    Q(
        "what percentage of invoices get paid late?",
        either(_share(lambda d: _late(d, True)), _share(lambda d: _late(d, False))),
        ("Paid Date", "Due Date", "Inv No", "Terms", "Inv Date"),
    ),
    Q(
        "average days to pay, by region",
        either(_about(_pay_days("Inv Date")), _about(_pay_days("Due Date"))),
        ("Region", "Paid Date", "Inv Date", "Due Date", "Terms"),
    ),
    Q(
        "Which month did we invoice the most, and how much was it?",
        either(
            both(
                _period_label(lambda d: _invoiced("Gross (£)")(d).index[0]),
                has(lambda d: float(_invoiced("Gross (£)")(d).iloc[0])),
            ),
            both(
                _period_label(lambda d: _invoiced("Net (£)")(d).index[0]),
                has(lambda d: float(_invoiced("Net (£)")(d).iloc[0])),
            ),
        ),
        ("Inv Date", "Gross (£)", "Net (£)"),
    ),
    Q(
        "how many invoices are disputed + what's the total value?",
        either(
            _disputes(False, "Gross (£)"),
            _disputes(False, "Net (£)"),
            _disputes(True, "Gross (£)"),
            _disputes(True, "Net (£)"),
        ),
        ("Disputed?", "Gross (£)", "Net (£)", "Inv No", "Paid Date", "Amt Paid (£)"),
    ),
]


# --- 6. A council's waste collection rounds (invented) --------------------------------------------------------------

_STREAMS = {  # code, kg per property per collection, crew, properties per round
    "Residual": ("RES", 9.4, 3, 1250),
    "Dry Recycling": ("REC", 5.1, 3, 1250),
    "Food": ("FW", 1.45, 2, 1800),
    "Garden": ("GW", 0.0, 2, 900),
}
_DEPOTS = {  # code, missed bins per 1,000, extra hours, rejected share of recycling loads, rounds per stream (days)
    "Northgate": ("NG", 0.8, 0.0, 0.06, {"Residual": 5, "Dry Recycling": 5, "Food": 3, "Garden": 3}),
    "Riverside": ("RV", 1.5, 0.35, 0.12, {"Residual": 4, "Dry Recycling": 4, "Food": 3, "Garden": 2}),
}
_GARDEN_KG = {3: 5.5, 4: 9.0, 5: 12.5, 6: 12.0, 7: 9.5, 8: 8.0, 9: 9.0, 10: 8.5, 11: 6.5, 12: 3.0}
_PLATE = list("ABCDEFGHJKLMNOPRSTUVWXYZ")
_BANK_HOLS = ["2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25"]
_WASTE_NOTES = ["Road blocked - parked cars", "Vehicle breakdown", "Bin not out", "Access issue", "Short staffed"]


def _waste_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2406)
    days = ["MON", "TUE", "WED", "THU", "FRI"]
    hols = {pd.Timestamp(h) for h in _BANK_HOLS} | {pd.Timestamp("2024-12-26")}
    rows = []
    for depot, (dcode, miss_rate, extra, reject, counts) in _DEPOTS.items():
        fleet = [
            f"{_one(rng, ['YX', 'YK', 'WU', 'YJ'])}{int(rng.integers(16, 24))} {''.join(rng.choice(_PLATE, 3))}"
            for _ in range(9)
        ]
        mpl = {v: float(rng.uniform(0.95, 1.45)) for v in fleet}
        for stream, (scode, kg, crew0, props0) in _STREAMS.items():
            for r in range(counts[stream]):
                weekday = r if stream in ("Residual", "Dry Recycling") else [0, 2, 4, 1, 3][r]
                name = f"{dcode}-{scode}-{days[weekday]}"
                props = int(props0 * rng.uniform(0.88, 1.12))
                miles = float(rng.uniform(26, 48) + (8 if depot == "Riverside" else 0))
                usual = str(_one(rng, fleet))
                start_min = int(_one(rng, [390, 405, 420], [40, 40, 20]))
                monday = pd.Timestamp("2024-01-01") + pd.Timedelta(days=weekday)
                for week in range(53):
                    day = monday + pd.Timedelta(weeks=week)
                    if day.year != 2024:
                        continue
                    if stream == "Garden" and (day.month in (1, 2) or day >= pd.Timestamp("2024-12-09")):
                        continue
                    comment = None
                    while day in hols:
                        day += pd.Timedelta(days=1)
                        comment = "Bank hol catch-up"
                    sched = int(props * rng.uniform(0.99, 1.01))
                    per_house = _GARDEN_KG.get(day.month, 0.0) if stream == "Garden" else kg
                    if stream in ("Residual", "Dry Recycling") and day.month == 12 and day.day > 20:
                        per_house *= 1.3
                    tonnes = round(sched * per_house / 1000 * float(rng.lognormal(0, 0.08)), 2)
                    crew = crew0 if rng.random() > 0.08 else crew0 - 1
                    rate = miss_rate * (1.6 if stream == "Garden" else 1.2 if stream == "Food" else 1.0)
                    if pd.Timestamp("2024-01-08") <= day <= pd.Timestamp("2024-01-12"):
                        rate *= 4
                        comment = comment or "Snow/ice - partial round"
                    if crew < crew0:
                        rate *= 1.5
                    missed = int(rng.poisson(sched / 1000 * rate))
                    hours = 4.6 + 0.16 * tonnes + (sched - 1200) / 1000 * 1.2 + extra + rng.normal(0, 0.35)
                    hours += 0.7 if crew < crew0 else 0.0
                    start = pd.Timestamp(day) + pd.Timedelta(minutes=start_min + int(rng.integers(-5, 10)))
                    finish = start + pd.Timedelta(hours=float(hours))
                    vehicle = usual if rng.random() > 0.12 else str(_one(rng, fleet))
                    mi = round(miles * float(rng.uniform(0.92, 1.08)), 1)
                    fuel = round(mi * mpl[vehicle] + 0.9 * hours + float(rng.normal(0, 2)), 1)
                    if stream == "Dry Recycling":
                        rejected: str | None = "Y" if rng.random() < reject else "N"
                    else:
                        rejected = "N"
                    if rng.random() < 0.03:
                        rejected = None
                    if comment is None and rng.random() < 0.05:
                        comment = str(_one(rng, _WASTE_NOTES))
                    if rejected == "Y" and rng.random() < 0.6:
                        comment = "Contaminated - rejected at MRF"
                    rows.append(
                        {
                            "Round": name,
                            "Date": day.strftime("%d/%m/%Y"),
                            "Depot": depot,
                            "Waste Stream": stream,
                            "Vehicle Reg": vehicle,
                            "Crew": crew,
                            "Props Sched.": sched,
                            "Missed Bins": missed,
                            "Tonnage (t)": tonnes,
                            "Start": start.strftime("%H:%M"),
                            "Finish": finish.strftime("%H:%M") if rng.random() > 0.025 else None,
                            "Mileage (mi)": mi,
                            "Fuel Used (L)": fuel,
                            "Load Rejected (Y/N)": rejected,
                            "Comments": comment,
                        }
                    )
    df = pd.DataFrame(rows)
    order = np.lexsort((df["Round"].to_numpy(), _dmy(df, "Date").to_numpy()))
    return df.iloc[order].reset_index(drop=True)


def _missed_rate(pooled: bool) -> Callable[[pd.DataFrame], np.ndarray]:
    def value(d: pd.DataFrame) -> np.ndarray:
        if pooled:
            g = d.groupby("Depot")[["Missed Bins", "Props Sched."]].sum()
            return np.asarray(g["Missed Bins"] / g["Props Sched."] * 1000, dtype=float)
        return np.asarray((d["Missed Bins"] / d["Props Sched."] * 1000).groupby(d["Depot"]).mean(), dtype=float)

    return value


def _rejected(depot: str | None, of_known: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        pool = d[d["Waste Stream"] == "Dry Recycling"]
        if depot is not None:
            pool = pool[pool["Depot"] == depot]
        flag = pool["Load Rejected (Y/N)"]
        return float((flag == "Y").sum() / (flag.notna().sum() if of_known else len(flag)))

    return value


def _round_hours(d: pd.DataFrame) -> pd.Series:
    start = pd.to_datetime(d["Start"], format="%H:%M")
    finish = pd.to_datetime(d["Finish"], format="%H:%M")
    return ((finish - start).dt.total_seconds() / 3600).dropna()


_WASTE_QS = [
    Q(
        "whats the average per round?",
        either(
            asks("Tonnage", "Missed"),
            asks("tonnes", "missed"),
            asks("Tonnage", "Mileage"),
            asks("Tonnage", "Fuel"),
        ),
        (
            "Round",
            "Tonnage (t)",
            "Missed Bins",
            "Props Sched.",
            "Mileage (mi)",
            "Fuel Used (L)",
            "Crew",
            "Start",
            "Finish",
        ),
    ),
    Q(
        "total tonnes collected for each waste stream?",
        has(lambda d: d.groupby("Waste Stream")["Tonnage (t)"].sum().to_numpy(float)),
        ("Waste Stream", "Tonnage (t)"),
    ),
    Q(
        "missed bins per 1,000 properties at each depot",
        either(has(_missed_rate(True), rel=0.01), has(_missed_rate(False), rel=0.01)),
        ("Depot", "Missed Bins", "Props Sched."),
    ),
    Q(
        "What % of dry recycling loads got rejected?",
        either(_share(_rejected(None, True)), _share(_rejected(None, False))),
        ("Waste Stream", "Load Rejected (Y/N)", "Comments"),
    ),
    Q(
        "and for Riverside only?",
        either(_share(_rejected("Riverside", True)), _share(_rejected("Riverside", False))),
        ("Waste Stream", "Load Rejected (Y/N)", "Depot", "Comments"),
    ),
    Q(
        "how long does a round take on avg, in hours?",
        either(
            has(lambda d: float(_round_hours(d).mean()), rel=0.01),
            has(lambda d: float(_round_hours(d).mean() * 60), rel=0.01),
        ),
        ("Start", "Finish", "Round"),
    ),
]


# --- 7. A theatre's box office orders (invented) --------------------------------------------------------------------

_SHOWS = {  # first night, last night, demand, band prices (A, B, C, Restricted View), lead time scale (days)
    "Blood Brothers": ("2024-02-12", "2024-03-02", 1.25, (42.5, 36.5, 28.5, 18.0), 28.0),
    "The Importance of Being Earnest": ("2024-03-11", "2024-03-30", 0.75, (34.0, 29.0, 22.0, 15.0), 21.0),
    "Macbeth": ("2024-04-15", "2024-05-04", 0.8, (32.0, 27.0, 20.0, 14.0), 25.0),
    "Calendar Girls": ("2024-05-20", "2024-06-08", 1.0, (36.0, 31.0, 24.0, 16.0), 30.0),
    "The 39 Steps": ("2024-06-17", "2024-06-29", 0.6, (30.0, 26.0, 20.0, 14.0), 18.0),
    "Sister Act": ("2024-09-09", "2024-09-28", 1.15, (44.0, 38.0, 30.0, 19.0), 40.0),
    "Cinderella - The Panto": ("2024-11-29", "2024-12-31", 1.55, (33.0, 29.0, 24.0, 15.0), 55.0),
}
_DAY_DEMAND = {0: 0.7, 1: 0.85, 2: 0.9, 3: 1.0, 4: 1.3, 5: 1.4, 6: 0.9}
_CHANNELS = {"Online": (60, 1.5), "Box Office": (15, 0.0), "Phone": (13, 2.0), "Agent": (7, 3.0), "Groups": (5, 0.0)}
_POSTCODES = _split("LS6 LS8 LS16 LS17 LS18 HG1 HG2 YO1 YO24 BD18 BD9 WF1 WF3 HX1 HD1 LS1 LS7 LS12 LS26 S10")


def _box_office_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2407)
    channels = list(_CHANNELS)
    rows = []
    for show, (first, last, demand, prices, lead) in _SHOWS.items():
        panto = "Panto" in show
        for day in pd.date_range(first, last):
            if day.weekday() == 6 and not panto:
                continue
            if panto and day in (pd.Timestamp("2024-12-25"), pd.Timestamp("2024-12-26")):
                continue
            times = ["19:30"]
            if day.weekday() in (3, 5):
                times.append("14:30")
            if panto:
                times = (
                    ["13:00", "18:00"] if day.weekday() in (5, 6) or (day.month == 12 and day.day > 18) else ["18:00"]
                )
                if day.weekday() in (1, 3) and day.day < 20:
                    times.append("10:30")  # schools
            for t in times:
                matinee = int(t[:2]) < 17
                expect = 11 * demand * _DAY_DEMAND[day.weekday()] * (0.8 if matinee else 1.0)
                for _ in range(int(rng.poisson(expect))):
                    member = rng.random() < 0.22
                    days_ahead = int(min(rng.gamma(1.3, lead * (1.6 if member else 1.0)), 160))
                    ordered = day - pd.Timedelta(days=days_ahead)
                    channel = str(_one(rng, channels, [v[0] for v in _CHANNELS.values()]))
                    schools = (show == "Macbeth" or (panto and t == "10:30")) and matinee and rng.random() < 0.25
                    if schools:
                        channel = "Groups"
                    band = int(_one(rng, [0, 1, 2, 3], [35, 30, 25, 10]))
                    price = prices[band]
                    if panto:
                        qty = int(_one(rng, [1, 2, 3, 4, 5, 6], [4, 24, 22, 30, 12, 8]))
                    else:
                        qty = int(_one(rng, [1, 2, 3, 4, 5, 6], [18, 58, 9, 11, 2, 2]))
                    promo = None
                    if schools:
                        qty = int(rng.integers(12, 40))
                        price = 12.0
                        promo = "SCHOOLS"
                    elif member and rng.random() < 0.5:
                        price = round(price * 0.9, 2)
                        promo = "FRIENDS10"
                    elif days_ahead > 60 and rng.random() < 0.3:
                        price = round(price * 0.8, 2)
                        promo = "EARLYBIRD"
                    fee = _CHANNELS[channel][1] * qty
                    u = rng.random()
                    status = "Paid" if u < 0.935 else "Refunded" if u < 0.975 else "Exchanged"
                    rows.append(
                        {
                            "ordered": ordered + pd.Timedelta(minutes=int(rng.integers(0, 1440))),
                            "Order Date": ordered.strftime("%d/%m/%Y"),
                            "Perf Date": day.strftime("%d/%m/%Y"),
                            "Perf Time": t,
                            "Production": show,
                            "Band": ["A", "B", "C", "Restricted View"][band],
                            "Qty": qty,
                            "Price Ea (£)": price,
                            "Fees (£)": fee,
                            "Order Total (£)": round(qty * price + fee, 2),
                            "Channel": channel,
                            "Promo": promo,
                            "Member": "Y" if member else "N",
                            "Postcode": None
                            if (channel == "Box Office" and rng.random() < 0.6) or rng.random() < 0.03
                            else str(_one(rng, _POSTCODES)),
                            "Status": status,
                        }
                    )
    df = pd.DataFrame(rows).sort_values("ordered", kind="stable").reset_index(drop=True)
    df.insert(0, "Order No", [f"BO{2300417 + 3 * i + int(k)}" for i, k in enumerate(rng.integers(0, 3, len(df)))])
    return df.drop(columns="ordered")


def _show_tickets(paid_only: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def value(d: pd.DataFrame) -> pd.Series:
        pool = d[d["Status"] != "Refunded"] if paid_only else d
        return pool.groupby("Production")["Qty"].sum().sort_values(ascending=False)

    return value


def _top_show(d: pd.DataFrame) -> str:
    return str(_show_tickets(False)(d).index[0])


def _takings(gross: bool, paid_only: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        pool = d[d["Production"] == _top_show(d)]
        if paid_only:
            pool = pool[pool["Status"] != "Refunded"]
        return float(pool["Order Total (£)"].sum() if gross else (pool["Qty"] * pool["Price Ea (£)"]).sum())

    return value


def _lead(d: pd.DataFrame) -> pd.DataFrame:
    days = (_dmy(d, "Perf Date") - _dmy(d, "Order Date")).dt.days
    return days.groupby(d["Member"]).agg(["mean", "median"]).reindex(["Y", "N"])


def _channel_shares(tickets: bool) -> Callable[[pd.DataFrame], np.ndarray]:
    def value(d: pd.DataFrame) -> np.ndarray:
        counts = d.groupby("Channel")["Qty"].sum() if tickets else d["Channel"].value_counts()
        return np.asarray(counts / counts.sum(), dtype=float)

    return value


def _matinee(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Perf Time"], format="%H:%M").dt.hour < 17


def _ticket_price(weighted: bool) -> Callable[[pd.DataFrame], np.ndarray]:
    def value(d: pd.DataFrame) -> np.ndarray:
        m = _matinee(d)
        if weighted:
            spend = (d["Qty"] * d["Price Ea (£)"]).groupby(m).sum() / d["Qty"].groupby(m).sum()
            return np.asarray(spend.reindex([True, False]), dtype=float)
        return np.asarray(d["Price Ea (£)"].groupby(m).mean().reindex([True, False]), dtype=float)

    return value


def _weekday(tickets: bool, evenings: bool) -> Check:
    def counts(d: pd.DataFrame) -> pd.Series:
        pool = d[~_matinee(d)] if evenings else d
        day = _dmy(pool, "Perf Date").dt.day_name()
        out = pool.groupby(day)["Qty"].sum() if tickets else day.value_counts()
        return out.sort_values(ascending=False)

    return both(label_of(lambda d: str(counts(d).index[0])), has(lambda d: float(counts(d).iloc[0])))


_BOX_OFFICE_QS = [
    Q(
        "which show has sold the most tickets?",
        both(
            label_of(_top_show),
            either(
                has(lambda d: float(_show_tickets(False)(d).iloc[0])),
                has(lambda d: float(_show_tickets(True)(d).iloc[0])),
            ),
        ),
        ("Production", "Qty", "Status"),
    ),
    Q(
        "how much money did it bring in?",
        either(*(has(_takings(g, p)) for g in (True, False) for p in (True, False))),
        ("Production", "Order Total (£)", "Qty", "Price Ea (£)", "Fees (£)", "Status"),
    ),
    Q(
        "Do members book further ahead than non-members? avg days between booking and the show",
        either(
            has(lambda d: _lead(d)["mean"].to_numpy(float), rel=0.01),
            has(lambda d: _lead(d)["median"].to_numpy(float)),
        ),
        ("Member", "Order Date", "Perf Date"),
    ),
    Q(
        "what share of orders come through each sales channel?",
        either(_shares(_channel_shares(False)), _shares(_channel_shares(True))),
        ("Channel", "Order No", "Qty"),
    ),
    Q(
        "matinees vs evenings - average price per ticket?",
        either(has(_ticket_price(False), rel=0.01), has(_ticket_price(True), rel=0.01)),
        ("Perf Time", "Price Ea (£)", "Qty", "Order Total (£)", "Fees (£)"),
    ),
    Q(
        "which day of the week sells the most tickets?",
        either(*(_weekday(t, e) for t in (True, False) for e in (False, True))),
        ("Perf Date", "Qty", "Perf Time", "Order No"),
    ),
]


HELDOUT24: list[Dataset] = [
    Dataset("central_park_squirrels", _squirrel_frame, _SQUIRREL_QS),
    Dataset("noaa_storm_events_2022", _storm_frame, _STORM_QS),
    Dataset("college_scorecard", _scorecard_frame, _SCORECARD_QS),
    Dataset("fastfood_calories", _fastfood_frame, _FASTFOOD_QS),
    Dataset("sales_ledger", _ledger_frame, _LEDGER_QS),
    Dataset("waste_collection_rounds", _waste_frame, _WASTE_QS),
    Dataset("box_office_orders", _box_office_frame, _BOX_OFFICE_QS),
]
