"""HELDOUT269: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: an eBird "My eBird Data"
export for one birder (one row per species per checklist, 2022 to 2024) with "Submission ID" as "S123456789"
(repeated on every row of a checklist), "Common Name", "Scientific Name", "Taxonomic Order", Count (a number, or
"X" when the species was present but not counted; "gull sp." and "duck sp." rows too), "State/Province" as "US-MA",
County, "Location ID" as "L1234567", Location, Date as "2023-04-15", Time as "07:32 AM", Protocol ("eBird -
Traveling Count", "eBird - Stationary Count", "eBird - Casual Observation"), "Duration (Min)" (blank on casual
lists), "All Obs Reported" (1/0), "Distance Traveled (km)" (three decimals, blank unless traveling) and "Number of
Observers"; an Amtrak trip history export for one traveller (one row per trip, 2021 to 2024) with "Reservation
Number" as "7C3F9A", "Travel Date" as "03/14/2023", Origin and Destination as station codes (NYP, WAS, BOS, PHL, ...),
Train (number), Route ("Northeast Regional", "Acela", "Keystone Service", "Empire Service", "Lake Shore Limited"),
Class (Coach, Business, First, Sleeper), "Fare Paid" as "$89.00", "Points Earned" (0 unless travelled) and Status
(Travelled, Cancelled, Refunded); a ParkMobile parking history (one row per session, 2023 to mid 2024) with "Start
Time" and "End Time" as "05/12/2023 08:14 AM", Zone (four-digit number), City, "License Plate" (two cars),
"Duration (min)", "Parking Cost", "Service Fee" and "Total Charged" as "$2.50", and Extended (Y/N); a city water
main break log in upper-case open-data style (one row per break, 2015 to 2024) with BREAK_ID as "WMB-2019-00123",
DATE_REPORTED as "2019-01-14", ADDRESS as "1200 BLOCK OF ELM ST", NEIGHBORHOOD, PIPE_DIAMETER_IN (4 to 24),
PIPE_MATERIAL (CAST IRON, DUCTILE IRON, PVC, ASBESTOS CEMENT, UNKNOWN), INSTALL_YEAR (blank when unknown), CAUSE
(CORROSION, FROST, AGE, CONTRACTOR DAMAGE, PRESSURE SURGE, UNKNOWN), HOURS_OUT_OF_SERVICE (one decimal),
CUSTOMERS_AFFECTED and REPAIR_COST as "$12,345.00"; a city streetlight outage report list (one row per report,
2022 to 2024) with REQUEST_ID as "SL-2023-004512", DATE_REPORTED and DATE_REPAIRED as "01/05/2023" (repaired blank
while open), POLE_NUMBER as "P-10234" (some poles reported more than once), WARD (1 to 10), LIGHT_TYPE (LED, HPS,
MH), CAUSE (BULB, WIRING, KNOCKDOWN, PHOTOCELL, UNKNOWN) and STATUS (OPEN, CLOSED); a water utility's hydrant
inspection and flushing records (one row per inspection, 2021 to 2024, each hydrant inspected about once a year)
with HYDRANT_ID as "H-004512", DISTRICT (NORTH, SOUTH, EAST, WEST, CENTRAL), INSPECTION_DATE as "2022-03-15",
STATIC_PRESSURE_PSI (blank when out of service), FLOW_GPM (0 when out of service), CONDITION (GOOD, FAIR, POOR),
OUT_OF_SERVICE (Y/N) and LAST_PAINTED (a year, blank when unknown); and a Huckleberry baby tracker export (one row
per logged event, February to May 2024, newest first) with Type (Feed, Sleep, Diaper), Start and End as
"2024-03-01 02:15" (End blank for diapers), Duration as "hh:mm" (blank for diapers), "Start Condition" (Breast or
Bottle for feeds), "Start Location" (Left, Right or Bottle for feeds; Crib, Stroller, Car, Arms for sleep), "End
Condition" ("120ml" for bottles; Wet, Dirty, Both for diapers) and Notes (mostly blank). All are generated with a
fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _year
from .heldout253 import _amount, _named_any, _num, _text, _top, _typical
from .offline_eval import Check, Dataset, Q, either, month_names
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _top_month(dates: pd.Series, values: pd.Series | None = None) -> pd.Timestamp:
    month = dates.dt.to_period("M")
    s = month.value_counts() if values is None else values.groupby(month).sum()
    return s.sort_index().idxmax().to_timestamp()


def _month_name(value: Callable[[pd.DataFrame], int]) -> Check:
    """A calendar month by name ("January", "Jan")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        m = int(value(df))
        if re.search(rf"\b(?:{month_names(m)})\b", answer, re.IGNORECASE):
            return None
        return f"missing month {m}"

    return check


def _all(*checks: Check) -> Check:
    def check(answer: str, df: pd.DataFrame) -> str | None:
        for c in checks:
            why = c(answer, df)
            if why:
                return why
        return None

    return check


# --- 1. eBird checklist export -------------------------------------------------------------------------------------

# common name: scientific name, taxonomic order, chance on a list, typical count
_EB_SPECIES: dict[str, tuple[str, int, float, float]] = {
    "Canada Goose": ("Branta canadensis", 300, 0.35, 18),
    "Mallard": ("Anas platyrhynchos", 420, 0.45, 8),
    "duck sp.": ("Anatinae sp.", 690, 0.05, 6),
    "Mourning Dove": ("Zenaida macroura", 2300, 0.4, 3),
    "Herring Gull": ("Larus argentatus", 5300, 0.3, 12),
    "gull sp.": ("Larinae sp.", 5450, 0.08, 20),
    "Red-tailed Hawk": ("Buteo jamaicensis", 8200, 0.2, 1),
    "Downy Woodpecker": ("Dryobates pubescens", 9800, 0.4, 1),
    "Blue Jay": ("Cyanocitta cristata", 19900, 0.55, 3),
    "American Crow": ("Corvus brachyrhynchos", 20300, 0.6, 4),
    "Black-capped Chickadee": ("Poecile atricapillus", 21300, 0.75, 5),
    "Tufted Titmouse": ("Baeolophus bicolor", 21400, 0.5, 2),
    "White-breasted Nuthatch": ("Sitta carolinensis", 23400, 0.45, 2),
    "European Starling": ("Sturnus vulgaris", 25700, 0.4, 15),
    "American Robin": ("Turdus migratorius", 26900, 0.7, 6),
    "Northern Cardinal": ("Cardinalis cardinalis", 34100, 0.65, 3),
    "Song Sparrow": ("Melospiza melodia", 31600, 0.5, 3),
    "Red-winged Blackbird": ("Agelaius phoeniceus", 32700, 0.35, 10),
    "American Goldfinch": ("Spinus tristis", 29400, 0.45, 4),
    "Yellow-rumped Warbler": ("Setophaga coronata", 33300, 0.15, 5),
    "Great Blue Heron": ("Ardea herodias", 7100, 0.2, 1),
    "Cedar Waxwing": ("Bombycilla cedrorum", 25900, 0.12, 14),
}
_EB_PLACES = [
    ("L1056021", "Mount Auburn Cemetery", "Middlesex", 30),
    ("L207391", "Fresh Pond Reservation", "Middlesex", 25),
    ("L123948", "Home - backyard feeders", "Middlesex", 25),
    ("L1794302", "Plum Island--Parker River NWR", "Essex", 12),
    ("L463270", "Arnold Arboretum", "Suffolk", 8),
]
_EB_PROTOCOLS = ["eBird - Traveling Count", "eBird - Stationary Count", "eBird - Casual Observation"]


def _ebird_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26901)
    rows: list[dict[str, Any]] = []
    names = list(_EB_SPECIES)
    start = pd.Timestamp("2022-01-01")
    sub = 100_234_000
    for _ in range(260):
        day = start + pd.Timedelta(days=int(rng.integers(0, 1096)))
        if day.month not in (4, 5) and rng.random() < 0.25:
            continue
        sub += int(rng.integers(1000, 900_000))
        loc_id, loc, county, _ = _one(rng, _EB_PLACES, [p[3] for p in _EB_PLACES])
        protocol = _one(rng, _EB_PROTOCOLS, [55, 30, 15])
        home = loc.startswith("Home")
        if home and protocol == "eBird - Traveling Count":
            protocol = "eBird - Stationary Count"
        hour = int(_one(rng, [6, 7, 8, 9, 10, 15, 16], [15, 25, 20, 12, 8, 10, 10]))
        minute = int(rng.integers(0, 60))
        if protocol == "eBird - Casual Observation":
            duration, dist, allobs = None, None, 0
        elif protocol == "eBird - Stationary Count":
            duration, dist, allobs = int(rng.integers(10, 45)), None, 1
        else:
            duration = int(np.clip(rng.normal(85, 30), 20, 240))
            dist, allobs = round(float(duration / 60 * rng.uniform(1.2, 2.4)), 3), 1
        observers = int(_one(rng, [1, 2, 3, 4], [60, 25, 10, 5]))
        boost = 1.4 if day.month in (4, 5) else 1.0
        for name in names:
            sci, order, chance, typical = _EB_SPECIES[name]
            if home and name in ("Great Blue Heron", "Herring Gull", "Mallard", "gull sp.", "duck sp."):
                continue
            if rng.random() > min(0.95, chance * boost * (0.4 if protocol.endswith("Observation") else 1.0)):
                continue
            count = "X" if rng.random() < 0.07 else str(int(1 + rng.poisson(typical)))
            rows.append(
                {
                    "Submission ID": f"S{sub}",
                    "Common Name": name,
                    "Scientific Name": sci,
                    "Taxonomic Order": order,
                    "Count": count,
                    "State/Province": "US-MA",
                    "County": county,
                    "Location ID": loc_id,
                    "Location": loc,
                    "Date": f"{day:%Y-%m-%d}",
                    "Time": f"{hour % 12 or 12:02d}:{minute:02d} {'AM' if hour < 12 else 'PM'}",
                    "Protocol": protocol,
                    "Duration (Min)": duration,
                    "All Obs Reported": allobs,
                    "Distance Traveled (km)": dist,
                    "Number of Observers": observers,
                }
            )
    return pd.DataFrame(rows)


def _eb_lists(df: pd.DataFrame) -> pd.DataFrame:
    return df.drop_duplicates("Submission ID")


def _eb_species(proper: bool) -> Callable[[pd.DataFrame], int]:
    def count(df: pd.DataFrame) -> int:
        names = _text(df, "Common Name")
        if proper:
            names = names[~names.str.endswith(" sp.")]
        return int(names.nunique())

    return count


def _eb_busiest(by_lists: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def month(df: pd.DataFrame) -> pd.Timestamp:
        d = _eb_lists(df) if by_lists else df
        return _top_month(pd.to_datetime(_text(d, "Date"), format="%Y-%m-%d"))

    return month


def _eb_travel_minutes(df: pd.DataFrame) -> pd.Series:
    d = _eb_lists(df)
    return _num(d[_text(d, "Protocol") == "eBird - Traveling Count"], "Duration (Min)")


_EB_QS = [
    Q(
        "how many checklists have i done",
        _count(lambda df: int(_text(df, "Submission ID").nunique())),
        ("Submission ID",),
    ),
    Q(
        "how many different species have i seen",
        either(_count(_eb_species(True)), _count(_eb_species(False))),
        ("Common Name",),
    ),
    Q(
        "which bird shows up on the most of my lists",
        _lead(_named(lambda df: _top(_text(df, "Common Name").value_counts()))),
        ("Common Name", "Submission ID"),
    ),
    Q(
        "whats the biggest count of one bird i've ever put down",
        _about(lambda df: float(_num(df, "Count").max())),
        ("Count", "Common Name"),
    ),
    Q(
        "how long are my walking checklists usually",
        _typical(_eb_travel_minutes),
        ("Duration (Min)", "Protocol", "Submission ID"),
    ),
    Q(
        "which month did i go birding the most",
        _lead(either(_month_year(_eb_busiest(True)), _month_year(_eb_busiest(False)))),
        ("Date", "Submission ID"),
    ),
]


# --- 2. Amtrak trip history ----------------------------------------------------------------------------------------

# route: (origin, destination) pairs, train numbers, coach fare, weight, class weights (Coach, Business, First, Sleeper)
_AM_ROUTES: dict[str, tuple[list[tuple[str, str]], list[int], float, float, list[float]]] = {
    "Northeast Regional": (
        [("NYP", "WAS"), ("WAS", "NYP"), ("NYP", "BOS"), ("BOS", "NYP")],
        [171, 175, 66, 86],
        79,
        45,
        [70, 30, 0, 0],
    ),
    "Acela": ([("NYP", "WAS"), ("WAS", "NYP"), ("NYP", "BOS")], [2151, 2163, 2190], 159, 20, [0, 80, 20, 0]),
    "Keystone Service": ([("NYP", "PHL"), ("PHL", "NYP"), ("PHL", "HAR")], [641, 643, 660], 38, 18, [90, 10, 0, 0]),
    "Empire Service": ([("NYP", "ALB"), ("ALB", "NYP")], [233, 235, 244], 52, 12, [80, 20, 0, 0]),
    "Lake Shore Limited": ([("NYP", "CHI"), ("CHI", "NYP")], [49, 48], 129, 5, [50, 0, 0, 50]),
}
_AM_CLASSES = ["Coach", "Business", "First", "Sleeper"]
_AM_MULT = {"Coach": 1.0, "Business": 1.6, "First": 2.4, "Sleeper": 4.5}


def _amtrak_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26902)
    routes = list(_AM_ROUTES)
    rows: list[dict[str, Any]] = []
    start = pd.Timestamp("2021-01-01")
    letters = list("0123456789ABCDEF")
    for _ in range(380):
        day = start + pd.Timedelta(days=int(rng.integers(0, 1461)))
        if day.year == 2021 and rng.random() < 0.5:
            day = day + pd.Timedelta(days=int(rng.integers(365, 1000)))
        elif day.year == 2022 and rng.random() < 0.3:
            day = day + pd.Timedelta(days=365)  # 2023: the year of the new commute
        route = _one(rng, routes, [_AM_ROUTES[r][3] for r in routes])
        pairs, trains, fare, _, cw = _AM_ROUTES[route]
        origin, dest = _one(rng, pairs)
        cls = _one(rng, _AM_CLASSES, cw)
        paid = round(fare * _AM_MULT[cls] * float(rng.uniform(0.6, 1.7)))
        status = _one(rng, ["Travelled", "Cancelled", "Refunded"], [86, 8, 6])
        rows.append(
            {
                "Reservation Number": "".join(_one(rng, letters) for _ in range(6)),
                "Travel Date": day,
                "Origin": origin,
                "Destination": dest,
                "Train": int(_one(rng, trains)),
                "Route": route,
                "Class": cls,
                "Fare Paid": f"${paid:,.2f}",
                "Points Earned": int(paid * 2) if status == "Travelled" else 0,
                "Status": status,
            }
        )
    df = pd.DataFrame(rows).sort_values("Travel Date", kind="stable")
    df["Travel Date"] = df["Travel Date"].dt.strftime("%m/%d/%Y")
    return df.reset_index(drop=True)


def _am_fares(travelled_only: bool) -> Callable[[pd.DataFrame], float]:
    def total(df: pd.DataFrame) -> float:
        d = df[_text(df, "Status") == "Travelled"] if travelled_only else df
        return float(_num(d, "Fare Paid").sum())

    return total


def _am_class_fares(df: pd.DataFrame) -> list[float]:
    fare = _num(df, "Fare Paid").groupby(_text(df, "Class")).mean()
    return [float(fare["Business"]), float(fare["Coach"])]


def _am_class_medians(df: pd.DataFrame) -> list[float]:
    fare = _num(df, "Fare Paid").groupby(_text(df, "Class")).median()
    return [float(fare["Business"]), float(fare["Coach"])]


def _am_year(travelled_only: bool) -> Callable[[pd.DataFrame], int]:
    def year(df: pd.DataFrame) -> int:
        d = df[_text(df, "Status") == "Travelled"] if travelled_only else df
        years = pd.to_datetime(_text(d, "Travel Date"), format="%m/%d/%Y").dt.year
        return int(years.value_counts().sort_index().idxmax())

    return year


_AM_QS = [
    Q(
        "how much have i spent on amtrak",
        either(_amount(_am_fares(False)), _amount(_am_fares(True))),
        ("Fare Paid", "Status"),
    ),
    Q(
        "which route do i ride the most",
        _lead(_named(lambda df: _top(_text(df, "Route").value_counts()))),
        ("Route",),
    ),
    Q(
        "how many reward points have i racked up",
        _count(lambda df: float(_num(df, "Points Earned").sum())),
        ("Points Earned",),
    ),
    Q(
        "whats the average fare for business compared to coach",
        either(_about(_am_class_fares), _about(_am_class_medians)),
        ("Fare Paid", "Class"),
    ),
    Q(
        "what percent of my trips got cancelled or refunded",
        _share(lambda df: float(_text(df, "Status").isin(["Cancelled", "Refunded"]).mean())),
        ("Status",),
    ),
    Q(
        "which year did i travel the most",
        _lead(either(_year(_am_year(True)), _year(_am_year(False)))),
        ("Travel Date", "Status"),
    ),
]


# --- 3. ParkMobile parking history ---------------------------------------------------------------------------------

# city: zones, $ per hour, weight
_PM_CITIES: dict[str, tuple[list[int], float, float]] = {
    "Atlanta": ([4521, 4530, 4588, 4602], 2.5, 45),
    "Decatur": ([2210, 2214], 1.5, 25),
    "Athens": ([6101, 6107, 6120], 1.25, 15),
    "Savannah": ([8801, 8815], 2.0, 10),
    "Nashville": ([3390], 3.0, 5),
}
_PM_PLATES = ["RKT4821", "CJX7093"]


def _parkmobile_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26903)
    cities = list(_PM_CITIES)
    rows: list[dict[str, Any]] = []
    start = pd.Timestamp("2023-01-01")
    for _ in range(720):
        day = start + pd.Timedelta(days=int(rng.integers(0, 546)))
        city = _one(rng, cities, [_PM_CITIES[c][2] for c in cities])
        zones, rate, _ = _PM_CITIES[city]
        t0 = day + pd.Timedelta(
            hours=int(_one(rng, [7, 8, 9, 11, 12, 13, 17, 18, 19])), minutes=int(rng.integers(0, 60))
        )
        minutes = int(_one(rng, [30, 60, 90, 120, 180, 240], [20, 30, 15, 20, 10, 5]))
        extended = rng.random() < 0.18
        if extended:
            minutes += int(_one(rng, [30, 60]))
        cost = round(rate * minutes / 60, 2)
        fee = float(_one(rng, [0.35, 0.45, 0.50])) + (0.25 if extended else 0.0)
        rows.append(
            {
                "Start Time": t0,
                "End Time": t0 + pd.Timedelta(minutes=minutes),
                "Zone": int(_one(rng, zones)),
                "City": city,
                "License Plate": _one(rng, _PM_PLATES, [70, 30]),
                "Duration (min)": minutes,
                "Parking Cost": f"${cost:.2f}",
                "Service Fee": f"${fee:.2f}",
                "Total Charged": f"${cost + fee:.2f}",
                "Extended": "Y" if extended else "N",
            }
        )
    df = pd.DataFrame(rows).sort_values("Start Time", ascending=False, kind="stable")
    for col in ("Start Time", "End Time"):
        df[col] = df[col].dt.strftime("%m/%d/%Y %I:%M %p")
    return df.reset_index(drop=True)


_PM_QS = [
    Q(
        "how much have i paid for parking in total",
        _amount(lambda df: float(_num(df, "Total Charged").sum())),
        ("Total Charged",),
    ),
    Q(
        "how much of that was just fees",
        either(
            _amount(lambda df: float(_num(df, "Service Fee").sum())),
            _share(lambda df: float(_num(df, "Service Fee").sum() / _num(df, "Total Charged").sum())),
        ),
        ("Service Fee", "Total Charged"),
    ),
    Q(
        "which city do i park in most",
        _lead(_named(lambda df: _top(_text(df, "City").value_counts()))),
        ("City",),
    ),
    Q(
        "how long do i usually park for",
        _typical(lambda df: _num(df, "Duration (min)")),
        ("Duration (min)",),
    ),
    Q(
        "how often do i end up extending",
        _share(lambda df: float((_text(df, "Extended") == "Y").mean())),
        ("Extended",),
    ),
    Q(
        "how many sessions for each car",
        _count(lambda df: _text(df, "License Plate").value_counts().to_numpy()),
        ("License Plate",),
    ),
]


# --- 4. Water main breaks ------------------------------------------------------------------------------------------

_WM_HOODS = ["DOWNTOWN", "NORTH END", "RIVERSIDE", "OAK PARK", "WEST HILLS", "EASTGATE", "SOUTH SIDE", "UNIVERSITY"]
_WM_STREETS = ["ELM ST", "MAPLE AVE", "WASHINGTON BLVD", "3RD ST", "RIVER RD", "LINCOLN AVE", "CENTER ST", "HILL DR"]
# material: weight, install years, cost factor
_WM_MATERIALS: dict[str, tuple[float, tuple[int, int], float]] = {
    "CAST IRON": (52, (1900, 1965), 1.0),
    "DUCTILE IRON": (18, (1965, 2010), 1.15),
    "PVC": (10, (1980, 2018), 0.8),
    "ASBESTOS CEMENT": (12, (1950, 1980), 1.05),
    "UNKNOWN": (8, (1900, 1990), 1.0),
}
_WM_CAUSES = ["CORROSION", "FROST", "AGE", "CONTRACTOR DAMAGE", "PRESSURE SURGE", "UNKNOWN"]


def _watermain_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26904)
    mats = list(_WM_MATERIALS)
    month_w = [22, 18, 10, 6, 5, 5, 7, 7, 5, 6, 9, 18]
    rows: list[dict[str, Any]] = []
    for i in range(1450):
        year = int(rng.integers(2015, 2025))
        month = int(_one(rng, list(range(1, 13)), month_w))
        day = pd.Timestamp(year, month, int(rng.integers(1, 29)))
        mat = _one(rng, mats, [_WM_MATERIALS[m][0] for m in mats])
        lo, hi = _WM_MATERIALS[mat][1]
        installed = int(rng.integers(lo, hi))
        cause = _one(rng, _WM_CAUSES, [25, 30 if month in (12, 1, 2) else 8, 20, 8, 7, 10])
        diameter = int(_one(rng, [4, 6, 8, 12, 16, 24], [8, 35, 30, 15, 8, 4]))
        age = year - installed
        hours = max(1.0, float(rng.gamma(2.0, 3.0 + diameter / 4 + age / 40)))
        customers = int(rng.poisson(8 + diameter * 4)) if rng.random() > 0.1 else 0
        cost = (2500 + diameter * 650 + hours * 180) * _WM_MATERIALS[mat][2] * float(rng.uniform(0.7, 1.5))
        rows.append(
            {
                "BREAK_ID": f"WMB-{year}-{i:05d}",
                "DATE_REPORTED": f"{day:%Y-%m-%d}",
                "ADDRESS": f"{int(rng.integers(1, 40)) * 100} BLOCK OF {_one(rng, _WM_STREETS)}",
                "NEIGHBORHOOD": _one(rng, _WM_HOODS),
                "PIPE_DIAMETER_IN": diameter,
                "PIPE_MATERIAL": mat,
                "INSTALL_YEAR": None if mat == "UNKNOWN" or rng.random() < 0.08 else installed,
                "CAUSE": cause,
                "HOURS_OUT_OF_SERVICE": round(hours, 1),
                "CUSTOMERS_AFFECTED": customers,
                "REPAIR_COST": f"${cost:,.2f}",
            }
        )
    return pd.DataFrame(rows).sort_values("DATE_REPORTED", kind="stable").reset_index(drop=True)


def _wm_date(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "DATE_REPORTED"), format="%Y-%m-%d")


def _wm_cast_cost(how: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_num(df[_text(df, "PIPE_MATERIAL") == "CAST IRON"], "REPAIR_COST").agg(how))


def _wm_age_corr(df: pd.DataFrame, method: str) -> float:
    return float(_num(df, "INSTALL_YEAR").corr(_num(df, "HOURS_OUT_OF_SERVICE"), method=method))


_WM_QS = [
    Q(
        "how many breaks were there each year",
        _count(lambda df: _wm_date(df).dt.year.value_counts().sort_index().to_numpy()),
        ("DATE_REPORTED",),
    ),
    Q(
        "what time of year do most breaks happen, which month",
        _lead(_month_name(lambda df: int(_wm_date(df).dt.month.value_counts().sort_index().idxmax()))),
        ("DATE_REPORTED",),
    ),
    Q(
        "which pipe material breaks the most",
        _lead(_named(lambda df: _top(_text(df, "PIPE_MATERIAL").value_counts()))),
        ("PIPE_MATERIAL",),
    ),
    Q(
        "whats the average repair bill for cast iron",
        either(_amount(_wm_cast_cost("mean")), _amount(_wm_cast_cost("median"))),
        ("REPAIR_COST", "PIPE_MATERIAL"),
    ),
    Q(
        "how many customers lost water in total",
        _count(lambda df: float(_num(df, "CUSTOMERS_AFFECTED").sum())),
        ("CUSTOMERS_AFFECTED",),
    ),
    Q(
        "do older pipes take longer to fix",
        either(
            _corr(lambda df: _num(df, "INSTALL_YEAR"), lambda df: _num(df, "HOURS_OUT_OF_SERVICE")),
            _about(lambda df: -_wm_age_corr(df, "pearson"), rel=0.01),
            _about(lambda df: -_wm_age_corr(df, "spearman"), rel=0.01),
        ),
        ("INSTALL_YEAR", "HOURS_OUT_OF_SERVICE", "DATE_REPORTED"),
    ),
]


# --- 5. Streetlight outages ----------------------------------------------------------------------------------------

# light type: weight, mean days to repair
_SL_TYPES = {"LED": (55, 6.0), "HPS": (35, 11.0), "MH": (10, 14.0)}
_SL_CAUSES = ["BULB", "WIRING", "KNOCKDOWN", "PHOTOCELL", "UNKNOWN"]


def _streetlight_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26905)
    types = list(_SL_TYPES)
    ward_w = [1, 1, 1.6, 1, 1, 1, 1.4, 1, 1, 1]
    poles = {
        f"P-{n}": (_one(rng, types, [_SL_TYPES[t][0] for t in types]), int(_one(rng, list(range(1, 11)), ward_w)))
        for n in rng.choice(np.arange(10000, 30000), 1500, replace=False)
    }
    pole_ids = list(poles)
    rows: list[dict[str, Any]] = []
    end = pd.Timestamp("2024-12-31")
    for i in range(2100):
        pole = _one(rng, pole_ids)
        kind, ward = poles[pole]
        reported = pd.Timestamp("2022-01-01") + pd.Timedelta(days=int(rng.integers(0, 1096)))
        cause = _one(rng, _SL_CAUSES, [35 if kind == "LED" else 50, 20, 8, 17 if kind == "LED" else 10, 10])
        days = int(rng.gamma(1.5, _SL_TYPES[kind][1] / 1.5 * (2.5 if cause == "KNOCKDOWN" else 1.0)))
        repaired = reported + pd.Timedelta(days=days)
        closed = repaired <= end and rng.random() > 0.03
        rows.append(
            {
                "REQUEST_ID": f"SL-{reported.year}-{i:06d}",
                "DATE_REPORTED": f"{reported:%m/%d/%Y}",
                "DATE_REPAIRED": f"{repaired:%m/%d/%Y}" if closed else "",
                "POLE_NUMBER": pole,
                "WARD": ward,
                "LIGHT_TYPE": kind,
                "CAUSE": cause,
                "STATUS": "CLOSED" if closed else "OPEN",
            }
        )
    return pd.DataFrame(rows)


def _sl_days(df: pd.DataFrame) -> pd.Series:
    rep = pd.to_datetime(_text(df, "DATE_REPORTED"), format="%m/%d/%Y")
    fix = pd.to_datetime(_text(df, "DATE_REPAIRED").replace("", None), format="%m/%d/%Y")
    return (fix - rep).dt.days


def _sl_type_days(how: str) -> Callable[[pd.DataFrame], list[float]]:
    def values(df: pd.DataFrame) -> list[float]:
        g = _sl_days(df).groupby(_text(df, "LIGHT_TYPE")).agg(how)
        return [float(g["LED"]), float(g["HPS"])]

    return values


_SL_QS = [
    Q(
        "how many outages are still open",
        _count(lambda df: int((_text(df, "STATUS") == "OPEN").sum())),
        ("STATUS",),
    ),
    Q(
        "how long does it usually take to fix a light",
        _typical(_sl_days),
        ("DATE_REPORTED", "DATE_REPAIRED"),
    ),
    Q(
        "which ward has the most outages",
        _lead(_named(lambda df: _top(_text(df, "WARD").value_counts()))),
        ("WARD",),
    ),
    Q(
        "do leds get fixed faster than the hps lights",
        either(_about(_sl_type_days("mean")), _about(_sl_type_days("median"))),
        ("LIGHT_TYPE", "DATE_REPORTED", "DATE_REPAIRED"),
    ),
    Q(
        "how many poles got reported more than once",
        _count(lambda df: int((_text(df, "POLE_NUMBER").value_counts() > 1).sum())),
        ("POLE_NUMBER",),
    ),
    Q(
        "what's the most common cause",
        _lead(_named(lambda df: _top(_text(df, "CAUSE").value_counts()))),
        ("CAUSE",),
    ),
]


# --- 6. Hydrant inspections ----------------------------------------------------------------------------------------

# district: hydrants, mean static pressure
_HY_DISTRICTS = {
    "NORTH": (140, 68.0),
    "SOUTH": (120, 74.0),
    "EAST": (95, 62.0),
    "WEST": (110, 80.0),
    "CENTRAL": (75, 58.0),
}


def _hydrant_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26906)
    rows: list[dict[str, Any]] = []
    n = 1000
    for district, (count, psi) in _HY_DISTRICTS.items():
        for _ in range(count):
            n += int(rng.integers(1, 9))
            hid = f"H-{n:06d}"
            painted = int(rng.integers(2008, 2024)) if rng.random() > 0.15 else None
            base = rng.normal(psi, 7)
            wear = float(rng.uniform(0, 1)) + (0.25 if district in ("EAST", "CENTRAL") else 0.0)
            for year in (2021, 2022, 2023, 2024):
                if rng.random() < 0.1:
                    continue
                when = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(60, 300)))
                oos = rng.random() < (0.03 + 0.06 * wear)
                cond = "POOR" if wear > 0.95 or oos else ("FAIR" if wear > 0.55 else "GOOD")
                pressure = float(base + rng.normal(0, 3))
                flow = 0 if oos else int(max(300, 14 * pressure + rng.normal(0, 160)))
                rows.append(
                    {
                        "HYDRANT_ID": hid,
                        "DISTRICT": district,
                        "INSPECTION_DATE": f"{when:%Y-%m-%d}",
                        "STATIC_PRESSURE_PSI": None if oos else round(pressure),
                        "FLOW_GPM": flow,
                        "CONDITION": cond,
                        "OUT_OF_SERVICE": "Y" if oos else "N",
                        "LAST_PAINTED": painted,
                    }
                )
    return pd.DataFrame(rows).sort_values("INSPECTION_DATE", kind="stable").reset_index(drop=True)


def _hy_poor(by_share: bool) -> Callable[[pd.DataFrame], str]:
    def pick(df: pd.DataFrame) -> str:
        poor = (_text(df, "CONDITION") == "POOR").groupby(_text(df, "DISTRICT"))
        return _top(poor.mean() if by_share else poor.sum())

    return pick


def _hy_working(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "OUT_OF_SERVICE") == "N"]


_HY_QS = [
    Q(
        "how many hydrants are there",
        _count(lambda df: int(_text(df, "HYDRANT_ID").nunique())),
        ("HYDRANT_ID",),
    ),
    Q(
        "average water pressure in each district",
        _about(lambda df: _num(df, "STATIC_PRESSURE_PSI").groupby(_text(df, "DISTRICT")).mean().to_numpy()),
        ("STATIC_PRESSURE_PSI", "DISTRICT"),
    ),
    Q(
        "what share of inspections found the hydrant out of service",
        _share(lambda df: float((_text(df, "OUT_OF_SERVICE") == "Y").mean())),
        ("OUT_OF_SERVICE",),
    ),
    Q(
        "which district has the most hydrants in poor shape",
        _lead(_named_any(lambda df: [_hy_poor(False)(df), _hy_poor(True)(df)])),
        ("DISTRICT", "CONDITION"),
    ),
    Q(
        "does higher pressure mean more flow",
        either(
            _corr(lambda df: _num(df, "STATIC_PRESSURE_PSI"), lambda df: _num(df, "FLOW_GPM")),
            _corr(
                lambda df: _num(_hy_working(df), "STATIC_PRESSURE_PSI"),
                lambda df: _num(_hy_working(df), "FLOW_GPM"),
            ),
        ),
        ("STATIC_PRESSURE_PSI", "FLOW_GPM", "OUT_OF_SERVICE"),
    ),
    Q(
        "how many inspections were done in 2023",
        _count(lambda df: int((_text(df, "INSPECTION_DATE").str[:4] == "2023").sum())),
        ("INSPECTION_DATE",),
    ),
]


# --- 7. Huckleberry baby tracker -----------------------------------------------------------------------------------


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _huckleberry_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26907)
    rows: list[dict[str, Any]] = []
    t = pd.Timestamp("2024-02-01 06:10")
    end = pd.Timestamp("2024-05-31 23:00")
    side = "Left"
    while t < end:
        night = t.hour >= 19 or t.hour < 6
        bottle = rng.random() < (0.45 if t.hour in (19, 20, 21, 22) else 0.2)
        if bottle:
            mins = int(rng.integers(10, 25))
            ml = int(_one(rng, [60, 90, 100, 120, 150], [10, 25, 20, 35, 10]))
            start_cond, loc, end_cond = "Bottle", "Bottle", f"{ml}ml"
        else:
            mins = int(rng.integers(8, 30))
            side = _one(rng, ["Left", "Right"], [58, 42])
            start_cond, loc, end_cond = "Breast", side, ""
        rows.append(
            {
                "Type": "Feed",
                "Start": t,
                "End": t + pd.Timedelta(minutes=mins),
                "Duration": _hhmm(mins),
                "Start Condition": start_cond,
                "Start Location": loc,
                "End Condition": end_cond,
                "Notes": "spit up" if rng.random() < 0.05 else "",
            }
        )
        t = t + pd.Timedelta(minutes=mins + int(rng.integers(5, 20)))
        if rng.random() < 0.85:
            rows.append(
                {
                    "Type": "Diaper",
                    "Start": t,
                    "End": None,
                    "Duration": "",
                    "Start Condition": "",
                    "Start Location": "",
                    "End Condition": _one(rng, ["Wet", "Dirty", "Both"], [55, 15, 30]),
                    "Notes": "blowout" if rng.random() < 0.03 else "",
                }
            )
            t = t + pd.Timedelta(minutes=int(rng.integers(3, 10)))
        sleep = int(rng.normal(200, 50)) if night else int(rng.normal(70, 30))
        sleep = max(15, sleep)
        rows.append(
            {
                "Type": "Sleep",
                "Start": t,
                "End": t + pd.Timedelta(minutes=sleep),
                "Duration": _hhmm(sleep),
                "Start Condition": "",
                "Start Location": "Crib" if night else _one(rng, ["Crib", "Stroller", "Car", "Arms"], [40, 25, 15, 20]),
                "End Condition": "",
                "Notes": "contact nap" if rng.random() < 0.04 else "",
            }
        )
        t = t + pd.Timedelta(minutes=sleep + int(rng.integers(20, 90 if night else 110)))
    df = pd.DataFrame(rows).sort_values("Start", ascending=False, kind="stable")
    df["Start"] = df["Start"].dt.strftime("%Y-%m-%d %H:%M")
    df["End"] = df["End"].map(lambda v: "" if pd.isna(v) else f"{v:%Y-%m-%d %H:%M}")
    return df.reset_index(drop=True)


def _hb_type(df: pd.DataFrame, kind: str) -> pd.DataFrame:
    return df[_text(df, "Type") == kind]


def _hb_minutes(df: pd.DataFrame) -> pd.Series:
    parts = _text(df, "Duration").str.split(":", expand=True).astype(int)
    return parts[0] * 60 + parts[1]


def _hb_diapers_per_day(span: bool) -> Callable[[pd.DataFrame], float]:
    def rate(df: pd.DataFrame) -> float:
        d = _hb_type(df, "Diaper")
        days = pd.to_datetime(_text(d, "Start"), format="%Y-%m-%d %H:%M").dt.normalize()
        if span:
            all_days = pd.to_datetime(_text(df, "Start"), format="%Y-%m-%d %H:%M").dt.normalize()
            return len(d) / ((all_days.max() - all_days.min()).days + 1)
        return float(days.value_counts().mean())

    return rate


def _hb_ml(df: pd.DataFrame) -> float:
    ml = _text(_hb_type(df, "Feed"), "End Condition").str.replace("ml", "")
    return float(pd.to_numeric(ml, errors="coerce").sum())


def _hb_dirty(with_both: bool) -> Callable[[pd.DataFrame], float]:
    def rate(df: pd.DataFrame) -> float:
        c = _text(_hb_type(df, "Diaper"), "End Condition")
        return float(c.isin(["Dirty", "Both"] if with_both else ["Dirty"]).mean())

    return rate


_HB_QS = [
    Q(
        "how many diapers a day on average",
        either(_about(_hb_diapers_per_day(False), rel=0.02), _about(_hb_diapers_per_day(True), rel=0.02)),
        ("Type", "Start"),
    ),
    Q(
        "what share of them were dirty",
        either(_share(_hb_dirty(False)), _share(_hb_dirty(True))),
        ("Type", "End Condition"),
    ),
    Q(
        "how long is a typical sleep stretch",
        either(
            _typical(lambda df: _hb_minutes(_hb_type(df, "Sleep"))),
            _typical(lambda df: _hb_minutes(_hb_type(df, "Sleep")) / 60),
        ),
        ("Type", "Duration"),
    ),
    Q(
        "how much bottle milk has she had in total",
        _amount(_hb_ml),
        ("Type", "End Condition"),
    ),
    Q(
        "which side does she nurse on more, left or right",
        _lead(
            _named(
                lambda df: _top(_text(df[_text(df, "Start Condition") == "Breast"], "Start Location").value_counts())
            )
        ),
        ("Type", "Start Condition", "Start Location"),
    ),
    Q(
        "how many feeds were logged in march",
        _count(lambda df: int((_text(_hb_type(df, "Feed"), "Start").str[:7] == "2024-03").sum())),
        ("Type", "Start"),
    ),
]


HELDOUT269: list[Dataset] = [
    Dataset("ebird_my_data_export", _ebird_frame, _EB_QS),
    Dataset("amtrak_trip_history", _amtrak_frame, _AM_QS),
    Dataset("parkmobile_parking_history", _parkmobile_frame, _PM_QS),
    Dataset("city_water_main_breaks", _watermain_frame, _WM_QS),
    Dataset("city_streetlight_outages", _streetlight_frame, _SL_QS),
    Dataset("hydrant_inspection_flushing_records", _hydrant_frame, _HY_QS),
    Dataset("huckleberry_baby_tracker_export", _huckleberry_frame, _HB_QS),
]
