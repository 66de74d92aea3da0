"""HELDOUT319: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a hobby aquaponics system's
daily log (June 2022 to April 2024, one row per day, a few days skipped) with Date as "6/1/2022", "Water Temp (F)"
(58-84, warmer in summer), pH (6.2-7.6), "Ammonia (ppm)", "Nitrite (ppm)" and "Nitrate (ppm)" (tests not run every
day, so blanks), "Feed (g)", "Fish Deaths" (mostly 0, more on hot or high-ammonia days), "Lettuce Harvested" (heads,
mostly 0) and Notes (mostly blank: "water change", "added 10 fingerlings", "pump clogged", "topped off"); a town's
community compost drop-off intake sheet (2023 to 2024, one row per drop-off) with Date as "2024-05-04", Name (a
resident's name or a hauler such as "GreenCycle Hauling LLC"), Type (Resident, Hauler), Zip as a number (the leading
zero lost: 1060 for 01060), Material
("Food Scraps", "Yard Waste", "Wood Chips", some typed lower case or with a trailing space), Qty, Unit (Bins, Bags),
"Est Weight (lbs)", "Contamination Seen" (Y, N, blank now and then) and Staff initials ("JM", "KT", ...); a city
forestry department's arborist work orders (2021 to 2024) with "Work Order #" as "WO-2022-00123", Address ("1423 ELM
ST"), Ward (1 to 9), Species ("Norway Maple", "Green Ash", ...), "DBH (in)" (blank for plantings), "Work Type"
(Prune, Remove, Stump Grind, Plant), "Requested Date" and "Completed Date" as "01/05/2022" (completed blank while
open), Crew ("Crew A" ... "Crew E"), "Crew Hours" and Cost as "$1,234.50"; a school district's emergency drill log
(school years 2021-22 to 2023-24, ten schools) with School, Date as "9/12/2023", "Drill Type" (Fire, Lockdown,
Shelter-in-Place, Bus Evacuation), "Start Time" and "All Clear Time" as "10:05 AM", Occupants, "Evac Time (sec)"
(blank for lockdown and shelter-in-place), "Issues Noted" ("None", blank or a short note) and Announced (Y, N); a fire
protection contractor's sprinkler inspection reports (2022 to 2024, buildings inspected several times) with
Building, Address, "Inspection Date" as "2023-03-14", "System Type" (Wet, Dry, Pre-Action), "Heads Inspected",
"Heads Deficient", "Static PSI", "Residual PSI" (below static), Result (PASS, FAIL, CONDITIONAL) and Inspector; a
hospice agency's patient census (2022 to 2024 admissions, one row per admission, some patients readmitted after
revoking) with "Patient ID" as "HP-10234", "Admit Date" and "Discharge Date" as "2023-01-05" (discharge blank while
on service), "Discharge Reason" (Died, Revoked, Transferred, Still on Service), "Primary Diagnosis", "Level of Care"
(Routine, Continuous, Inpatient, Respite), Nurse, Age (a few 999 sentinels) and County; and a county probation
department's caseload (one row per client, ids repeated for clients with two terms) with Officer as "PO Martinez",
"Client ID" as "C-004512", "Offense Type", "Risk Level" (LOW, MEDIUM, HIGH), "Supervision Start" as "03/15/2022",
"Check-ins Due", "Check-ins Made", "Drug Tests", "Positive Tests", Violations and Status (Active, Closed,
Absconded). All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _shares
from .heldout253 import _amount, _num, _text, _top, _typical
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _when(df: pd.DataFrame, col: str, fmt: str) -> pd.Series:
    return pd.to_datetime(_text(df, col), format=fmt, errors="coerce")


def _any_named(*values: Callable[[pd.DataFrame], str], aliases: dict[str, tuple[str, ...]] | None = None) -> Check:
    """One of the labels picked by two readings of the question, beside its superlative."""
    return either(*(_lead(_named(v, aliases)) for v in values))


def _yes(df: pd.DataFrame, col: str) -> pd.Series:
    return _text(df, col).str.upper().isin(["Y", "YES"])


# --- 1. Aquaponics daily log ---------------------------------------------------------------------------------------

_AQ_NOTES = ["water change", "added 10 fingerlings", "pump clogged", "topped off", "cleaned filter", "cloudy water"]


def _aqua_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31901)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2022-06-01", "2024-04-30"):
        if rng.random() < 0.06:
            continue
        season = np.cos(2 * np.pi * (day.dayofyear - 200) / 365)
        temp = round(float(71 + 9 * season + rng.normal(0, 2.0)), 1)
        ammonia = float(max(0.0, rng.gamma(1.5, 0.18) + (0.3 if temp > 78 else 0.0)))
        nitrite = float(max(0.0, rng.gamma(1.2, 0.12)))
        nitrate = float(max(0.0, rng.normal(30, 12)))
        feed = int(max(5, rng.normal(40 + 1.2 * (temp - 70), 6)))
        lam = 0.05 + (0.25 if temp > 79 else 0.0) + (0.35 if ammonia > 0.5 else 0.0)
        deaths = int(rng.poisson(lam))
        lettuce = int(rng.poisson(2.5)) if rng.random() < (0.3 if day.month in (4, 5, 6, 9, 10) else 0.15) else 0
        tested = rng.random() < 0.8
        rows.append(
            {
                "Date": f"{day.month}/{day.day}/{day.year}",
                "Water Temp (F)": temp,
                "pH": round(float(np.clip(rng.normal(6.75, 0.25), 6.2, 7.6)), 1),
                "Ammonia (ppm)": round(ammonia * 4) / 4 if tested else np.nan,
                "Nitrite (ppm)": round(nitrite * 4) / 4 if tested else np.nan,
                "Nitrate (ppm)": int(round(nitrate / 5) * 5) if tested else np.nan,
                "Feed (g)": feed,
                "Fish Deaths": deaths,
                "Lettuce Harvested": lettuce,
                "Notes": str(_one(rng, _AQ_NOTES)) if rng.random() < 0.08 else "",
            }
        )
    return pd.DataFrame(rows)


def _aq_month_lettuce(df: pd.DataFrame) -> pd.Timestamp:
    d = _when(df, "Date", "%m/%d/%Y")
    by = _num(df, "Lettuce Harvested").groupby(d.dt.to_period("M")).sum()
    return by.idxmax().to_timestamp()


def _aq_high(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Ammonia (ppm)") > 0.5


_AQ_QS = [
    Q("how many fish died in total", _count(lambda df: float(_num(df, "Fish Deaths").sum())), ("Fish Deaths",)),
    Q("whats the typical ph", _typical(lambda df: _num(df, "pH")), ("pH",)),
    Q(
        "which month did i harvest the most lettuce",
        _month_year(_aq_month_lettuce),
        ("Date", "Lettuce Harvested"),
    ),
    Q(
        "does the water temperature have anything to do with fish dying?",
        _corr(lambda df: _num(df, "Water Temp (F)"), lambda df: _num(df, "Fish Deaths")),
        ("Water Temp (F)", "Fish Deaths"),
    ),
    Q(
        "how many days was ammonia over 0.5",
        _count(lambda df: float(_aq_high(df).sum())),
        ("Ammonia (ppm)", "Date"),
    ),
    Q(
        "and how many fish died on those days",
        _count(lambda df: float(_num(df, "Fish Deaths")[_aq_high(df)].sum())),
        ("Ammonia (ppm)", "Fish Deaths", "Date"),
    ),
]


# --- 2. Community compost drop-off intake ---------------------------------------------------------------------------

_CP_HAULERS = ["GreenCycle Hauling LLC", "Black Gold Organics", "Town DPW", "Curbside Compost Co"]
_CP_FIRST = ["Maria", "John", "Linda", "David", "Priya", "Tom", "Grace", "Luis", "Anne", "Kevin", "Sam", "Beth"]
_CP_LAST = ["Lopez", "Smith", "Nguyen", "Brown", "Patel", "Walsh", "Kim", "Rossi", "Cohen", "Baker"]
_CP_ZIPS = [1060, 1062, 1053, 1035, 1027]
_CP_ZIP_NAMES = {str(z): (f"{z:05d}",) for z in _CP_ZIPS}
# material: weight for residents, weight for haulers, lbs per bin, lbs per bag
_CP_MATERIALS: dict[str, tuple[float, float, float, float]] = {
    "Food Scraps": (55, 45, 60.0, 18.0),
    "Yard Waste": (35, 30, 45.0, 22.0),
    "Wood Chips": (10, 25, 80.0, 30.0),
}


def _compost_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31902)
    residents = [f"{_one(rng, _CP_FIRST)} {_one(rng, _CP_LAST)}" for _ in range(140)]
    homes = {r: int(_one(rng, _CP_ZIPS, [40, 25, 15, 12, 8])) for r in residents}
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2023-01-01", "2024-12-31"):
        if day.dayofweek not in (2, 5):
            continue
        busy = 1.6 if day.month in (5, 6, 9, 10) else (0.5 if day.month in (1, 2, 12) else 1.0)
        for _ in range(int(rng.poisson(5 * busy))):
            hauler = rng.random() < 0.12
            name = str(_one(rng, _CP_HAULERS)) if hauler else str(_one(rng, residents))
            zipc = int(_one(rng, _CP_ZIPS)) if hauler else homes[name]
            mats = list(_CP_MATERIALS)
            mat = str(_one(rng, mats, [_CP_MATERIALS[m][1 if hauler else 0] for m in mats]))
            _, _, per_bin, per_bag = _CP_MATERIALS[mat]
            unit = "Bins" if (hauler or rng.random() < 0.4) else "Bags"
            qty = int(rng.integers(4, 16)) if hauler else int(rng.integers(1, 5))
            weight = round(qty * (per_bin if unit == "Bins" else per_bag) * float(rng.uniform(0.7, 1.3)))
            r = rng.random()
            contam = "" if r < 0.05 else ("Y" if r < 0.05 + (0.22 if mat == "Food Scraps" else 0.08) else "N")
            shown = mat
            if rng.random() < 0.06:
                shown = mat.lower()
            elif rng.random() < 0.04:
                shown = mat + " "
            rows.append(
                {
                    "Date": f"{day:%Y-%m-%d}",
                    "Name": name,
                    "Type": "Hauler" if hauler else "Resident",
                    "Zip": zipc,
                    "Material": shown,
                    "Qty": qty,
                    "Unit": unit,
                    "Est Weight (lbs)": weight,
                    "Contamination Seen": contam,
                    "Staff": str(_one(rng, ["JM", "KT", "RB", "AL"], [4, 3, 2, 1])),
                }
            )
    return pd.DataFrame(rows)


def _cp_material(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Material").str.title()


def _cp_busiest_month(df: pd.DataFrame) -> pd.Timestamp:
    d = _when(df, "Date", "%Y-%m-%d")
    return d.dt.to_period("M").value_counts().sort_index().idxmax().to_timestamp()


_CP_QS = [
    Q(
        "how many pounds came in overall",
        _amount(lambda df: float(_num(df, "Est Weight (lbs)").sum())),
        ("Est Weight (lbs)",),
    ),
    Q(
        "which material brings in the most weight",
        _lead(_named(lambda df: _top(_num(df, "Est Weight (lbs)").groupby(_cp_material(df)).sum()))),
        ("Material", "Est Weight (lbs)"),
    ),
    Q(
        "what percent of drop offs had contamination",
        either(
            _share(lambda df: float(_yes(df, "Contamination Seen").mean())),
            _share(lambda df: float(_yes(df, "Contamination Seen")[_text(df, "Contamination Seen") != ""].mean())),
        ),
        ("Contamination Seen",),
    ),
    Q(
        "do haulers bring more per visit than residents? by how much on average",
        _about(lambda df: _num(df, "Est Weight (lbs)").groupby(_text(df, "Type")).mean().sort_index().to_numpy()),
        ("Type", "Est Weight (lbs)"),
    ),
    Q(
        "which zip code drops off the most",
        _any_named(
            lambda df: _top(_text(df, "Zip").value_counts()),
            lambda df: _top(_num(df, "Est Weight (lbs)").groupby(_text(df, "Zip")).sum()),
            aliases=_CP_ZIP_NAMES,
        ),
        ("Zip", "Est Weight (lbs)"),
    ),
    Q("busiest month?", _month_year(_cp_busiest_month), ("Date",)),
]


# --- 3. City forestry arborist work orders --------------------------------------------------------------------------

# species: weight, chance a request is a removal, DBH range
_FO_SPECIES: dict[str, tuple[float, float, tuple[int, int]]] = {
    "Norway Maple": (20, 0.25, (8, 36)),
    "Green Ash": (14, 0.65, (6, 30)),
    "Pin Oak": (12, 0.15, (10, 44)),
    "Honeylocust": (14, 0.10, (4, 26)),
    "Silver Maple": (10, 0.35, (12, 48)),
    "London Planetree": (12, 0.12, (8, 40)),
    "Littleleaf Linden": (10, 0.15, (4, 24)),
    "Callery Pear": (8, 0.40, (4, 18)),
}
_FO_STREETS = ["ELM ST", "OAK AVE", "MAPLE DR", "PARK PL", "LINCOLN AVE", "MAIN ST", "RIVER RD", "3RD ST", "HILL ST"]
_FO_RATE = {"Prune": 95.0, "Remove": 140.0, "Stump Grind": 110.0, "Plant": 85.0}


def _forestry_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31903)
    rows: list[dict[str, Any]] = []
    days = sorted(int(x) for x in rng.integers(0, 4 * 365, size=1800))
    for i, dd in enumerate(days):
        req = pd.Timestamp("2021-01-01") + pd.Timedelta(days=dd)
        sp = str(_one(rng, list(_FO_SPECIES), [v[0] for v in _FO_SPECIES.values()]))
        _, p_remove, (lo, hi) = _FO_SPECIES[sp]
        r = rng.random()
        if r < 0.12:
            wt = "Plant"
        elif r < 0.12 + 0.88 * p_remove:
            wt = "Remove"
        elif rng.random() < 0.2:
            wt = "Stump Grind"
        else:
            wt = "Prune"
        dbh = "" if wt == "Plant" else int(rng.integers(lo, hi + 1))
        size = 2 if dbh == "" else int(dbh)
        hours = {"Prune": 1.5 + 0.08 * size, "Remove": 2 + 0.22 * size, "Stump Grind": 0.8 + 0.05 * size}.get(wt, 1.0)
        hours = round(max(0.5, hours * float(rng.uniform(0.7, 1.3))) * 2) / 2
        cost = hours * _FO_RATE[wt] + (180.0 if wt == "Plant" else 0.0)
        lag = int(rng.gamma(2.0, 30 if wt == "Prune" else 18))
        done = req + pd.Timedelta(days=lag)
        open_ = done > pd.Timestamp("2024-12-31") or rng.random() < 0.03
        rows.append(
            {
                "Work Order #": f"WO-{req.year}-{i + 1:05d}",
                "Address": f"{int(rng.integers(1, 40)) * 100 + int(rng.integers(0, 99))} {_one(rng, _FO_STREETS)}",
                "Ward": int(rng.integers(1, 10)),
                "Species": sp,
                "DBH (in)": dbh,
                "Work Type": wt,
                "Requested Date": f"{req:%m/%d/%Y}",
                "Completed Date": "" if open_ else f"{done:%m/%d/%Y}",
                "Crew": "" if open_ else f"Crew {_one(rng, list('ABCDE'))}",
                "Crew Hours": "" if open_ else hours,
                "Cost": "" if open_ else f"${cost:,.2f}",
            }
        )
    return pd.DataFrame(rows)


def _fo_lag(df: pd.DataFrame) -> pd.Series:
    lag = _when(df, "Completed Date", "%m/%d/%Y") - _when(df, "Requested Date", "%m/%d/%Y")
    return lag.dt.days.dropna()


def _fo_removed(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Work Type") == "Remove"


def _ward(value: Callable[[pd.DataFrame], Any]) -> Check:
    """A ward number said as "ward 4", "ward #4" or "4" beside the word ward."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        w = int(float(value(df)))
        return None if re.search(rf"\bward\s*(?:#|no\.?\s*)?{w}(?!\d)", answer, re.IGNORECASE) else f"missing ward {w}"

    return check


_FO_QS = [
    Q(
        "how many work orders are still open",
        _count(lambda df: float((_text(df, "Completed Date") == "").sum())),
        ("Work Order #", "Completed Date"),
    ),
    Q(
        "total spent on tree removals",
        _amount(lambda df: float(_num(df, "Cost")[_fo_removed(df)].sum())),
        ("Work Type", "Cost"),
    ),
    Q(
        "how long does it usually take to get a job done after it's requested",
        _typical(_fo_lag),
        ("Requested Date", "Completed Date"),
    ),
    Q(
        "which ward had the most trees taken down",
        _lead(_ward(lambda df: _top(df["Ward"][_fo_removed(df)].value_counts()))),
        ("Ward", "Work Type"),
    ),
    Q(
        "which species gets removed the most",
        _lead(_named(lambda df: _top(_text(df, "Species")[_fo_removed(df)].value_counts()))),
        ("Species", "Work Type"),
    ),
    Q(
        "do bigger trees take the crews longer",
        _corr(lambda df: _num(df, "DBH (in)"), lambda df: _num(df, "Crew Hours")),
        ("DBH (in)", "Crew Hours"),
    ),
]


# --- 4. School district emergency drill log --------------------------------------------------------------------------

# school: occupants, base evacuation seconds
_DR_SCHOOLS: dict[str, tuple[int, int]] = {
    "Lincoln Elementary": (420, 150),
    "Washington Elementary": (510, 165),
    "Jefferson Elementary": (380, 140),
    "Roosevelt Elementary": (450, 175),
    "Adams Elementary": (340, 130),
    "Madison Middle School": (780, 210),
    "Kennedy Middle School": (690, 195),
    "Central High School": (1450, 290),
    "North High School": (1220, 255),
    "Eastside Alternative": (160, 110),
}
_DR_ISSUES = ["Door propped open", "PA not audible in gym", "Class slow to exit", "Alarm delay", "Headcount off by 1"]


def _drill_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31904)
    rows: list[dict[str, Any]] = []
    for start_year in (2021, 2022, 2023):
        for school, (occ, base) in _DR_SCHOOLS.items():
            plan = ["Fire"] * 8 + ["Lockdown"] * 3 + ["Shelter-in-Place"] * 2 + ["Bus Evacuation"] * 2
            days = sorted(int(x) for x in rng.choice(np.arange(0, 270), size=len(plan), replace=False))
            rng.shuffle(plan)
            for kind, dd in zip(plan, days, strict=True):
                day = pd.Timestamp(f"{start_year}-09-01") + pd.Timedelta(days=dd)
                if day.dayofweek >= 5:
                    day = day + pd.Timedelta(days=7 - day.dayofweek)
                announced = rng.random() < 0.7
                start = int(rng.integers(8 * 60 + 15, 14 * 60 + 30))
                if kind == "Fire":
                    evac: Any = int(base * float(rng.uniform(0.8, 1.35)) * (1.12 if not announced else 1.0))
                    minutes = max(4, int(evac / 60 + rng.integers(3, 9)))
                elif kind == "Bus Evacuation":
                    evac = int(rng.integers(60, 150))
                    minutes = int(rng.integers(5, 15))
                else:
                    evac = ""
                    minutes = int(rng.integers(8, 25) if kind == "Lockdown" else rng.integers(10, 30))
                end = start + minutes
                p_issue = 0.15 + (0.15 if not announced else 0.0)
                issue = str(_one(rng, _DR_ISSUES)) if rng.random() < p_issue else ("None" if rng.random() < 0.6 else "")
                rows.append(
                    {
                        "School": school,
                        "Date": f"{day.month}/{day.day}/{day.year}",
                        "Drill Type": kind,
                        "Start Time": _clock(start),
                        "All Clear Time": _clock(end),
                        "Occupants": int(occ * float(rng.uniform(0.88, 1.02))),
                        "Evac Time (sec)": evac,
                        "Issues Noted": issue,
                        "Announced": "Y" if announced else "N",
                    }
                )
    return pd.DataFrame(rows)


def _clock(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


def _dr_kind(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Drill Type")


def _dr_minutes(df: pd.DataFrame) -> pd.Series:
    start = pd.to_datetime(_text(df, "Start Time"), format="%I:%M %p", errors="coerce")
    end = pd.to_datetime(_text(df, "All Clear Time"), format="%I:%M %p", errors="coerce")
    return (end - start).dt.total_seconds() / 60


def _dr_issue(df: pd.DataFrame) -> pd.Series:
    t = _text(df, "Issues Noted")
    return (t != "") & (t.str.lower() != "none")


def _dr_slowest(fire_only: bool) -> Callable[[pd.DataFrame], str]:
    def pick(df: pd.DataFrame) -> str:
        sec = _num(df, "Evac Time (sec)")
        if fire_only:
            sec = sec[_dr_kind(df) == "Fire"]
        return _top(sec.groupby(_text(df, "School")).mean().dropna())

    return pick


_DR_QS = [
    Q(
        "how many drills of each kind did we run",
        _count(lambda df: _dr_kind(df).value_counts().sort_index().to_numpy()),
        ("Drill Type",),
    ),
    Q(
        "whats the average evacuation time for fire drills",
        _typical(lambda df: _num(df, "Evac Time (sec)")[_dr_kind(df) == "Fire"]),
        ("Drill Type", "Evac Time (sec)"),
    ),
    Q(
        "which school is slowest to get out",
        _any_named(_dr_slowest(True), _dr_slowest(False)),
        ("School", "Evac Time (sec)", "Drill Type"),
    ),
    Q(
        "how long do lockdowns usually last, start to all clear",
        _typical(lambda df: _dr_minutes(df)[_dr_kind(df) == "Lockdown"]),
        ("Drill Type", "Start Time", "All Clear Time"),
    ),
    Q(
        "what share of drills were unannounced",
        _share(lambda df: float((_text(df, "Announced").str.upper() == "N").mean())),
        ("Announced",),
    ),
    Q(
        "and how many of those had issues",
        _count(lambda df: float((_dr_issue(df) & (_text(df, "Announced").str.upper() == "N")).sum())),
        ("Announced", "Issues Noted"),
    ),
]


# --- 5. Sprinkler inspection reports ----------------------------------------------------------------------------------

_SP_NAMES = ["Riverside Plaza", "Oak Street Lofts", "Harbor Medical Center", "Northgate Mall", "St. Mary School"]
_SP_NAMES += ["Cityview Apartments", "Maple Senior Living", "Westfield Warehouse", "Union Bank Tower", "Elm Hotel"]
_SP_NAMES += ["County Courthouse", "Lakeside Storage", "Pine Ridge Church", "Metro Parking Garage", "Grand Theater"]
_SP_NAMES += ["Summit Office Park", "Brookside Library", "Fairview Clinic", "Central Data Center", "Ice Arena"]
_SP_STREETS = ["Main St", "Oak St", "Harbor Blvd", "Northgate Dr", "5th Ave", "Elm St", "Pine Rd", "Lake Ave"]
_SP_INSPECTORS = ["R. Alvarez", "T. Nguyen", "M. O'Brien", "D. Carter", "S. Patel"]
# inspector fail tendency
_SP_STRICT = {"R. Alvarez": 1.0, "T. Nguyen": 1.5, "M. O'Brien": 0.8, "D. Carter": 1.1, "S. Patel": 0.9}


def _sprinkler_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31905)
    buildings = []
    for i, name in enumerate(_SP_NAMES * 3):
        label = name if i < len(_SP_NAMES) else f"{name} Bldg {i // len(_SP_NAMES) + 1}"
        system = str(_one(rng, ["Wet", "Dry", "Pre-Action"], [65, 25, 10]))
        if "Garage" in label or "Warehouse" in label or "Arena" in label:
            system = "Dry"
        if "Data Center" in label:
            system = "Pre-Action"
        heads = int(rng.integers(40, 900))
        addr = f"{int(rng.integers(10, 9000))} {_one(rng, _SP_STREETS)}"
        buildings.append((label, addr, system, heads, float(rng.uniform(55, 95))))
    rows: list[dict[str, Any]] = []
    for label, addr, system, heads, static in buildings:
        for day in sorted(
            int(x) for x in rng.choice(np.arange(0, 3 * 365), size=int(rng.integers(4, 12)), replace=False)
        ):
            when = pd.Timestamp("2022-01-01") + pd.Timedelta(days=day)
            insp = str(_one(rng, _SP_INSPECTORS))
            checked = int(heads * float(rng.uniform(0.9, 1.0)))
            bad_rate = 0.004 * (2.5 if system == "Dry" else 1.0) * _SP_STRICT[insp]
            bad = int(rng.binomial(checked, bad_rate))
            s = round(static + float(rng.normal(0, 3)))
            resid = round(s - float(rng.uniform(8, 30)))
            p_fail = 0.04 + 0.02 * bad + (0.08 if system == "Dry" else 0.0)
            result = (
                "FAIL" if rng.random() < min(p_fail * _SP_STRICT[insp], 0.7) else ("CONDITIONAL" if bad else "PASS")
            )
            rows.append(
                {
                    "Building": label,
                    "Address": addr,
                    "Inspection Date": f"{when:%Y-%m-%d}",
                    "System Type": system,
                    "Heads Inspected": checked,
                    "Heads Deficient": bad,
                    "Static PSI": s,
                    "Residual PSI": resid,
                    "Result": result,
                    "Inspector": insp,
                }
            )
    return pd.DataFrame(rows).sort_values("Inspection Date", kind="stable").reset_index(drop=True)


def _sp_fail(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Result").str.upper() == "FAIL"


def _sp_rates(df: pd.DataFrame) -> list[float]:
    rates = _sp_fail(df).groupby(_text(df, "System Type")).mean()
    return [float(rates["Dry"]), float(rates["Wet"])]


_SP_QS = [
    Q("how many inspections failed", _count(lambda df: float(_sp_fail(df).sum())), ("Result",)),
    Q("fail rate for dry systems vs wet ones", _shares(_sp_rates), ("System Type", "Result")),
    Q(
        "total bad sprinkler heads found",
        _count(lambda df: float(_num(df, "Heads Deficient").sum())),
        ("Heads Deficient",),
    ),
    Q(
        "which inspector fails buildings most often",
        _any_named(
            lambda df: _top(_sp_fail(df).groupby(_text(df, "Inspector")).mean()),
            lambda df: _top(_sp_fail(df).groupby(_text(df, "Inspector")).sum()),
        ),
        ("Inspector", "Result"),
    ),
    Q(
        "average pressure drop from static to residual",
        _typical(lambda df: _num(df, "Static PSI") - _num(df, "Residual PSI")),
        ("Static PSI", "Residual PSI"),
    ),
    Q(
        "how many inspections were done in 2024",
        _count(lambda df: float((_when(df, "Inspection Date", "%Y-%m-%d").dt.year == 2024).sum())),
        ("Inspection Date",),
    ),
]


# --- 6. Hospice patient census -------------------------------------------------------------------------------------

# diagnosis: weight, mean age, mean stay in days
_HO_DX: dict[str, tuple[float, float, float]] = {
    "Cancer": (30, 71, 45),
    "Dementia": (24, 86, 120),
    "Heart Disease": (17, 82, 80),
    "COPD": (10, 77, 95),
    "Kidney Disease": (7, 78, 40),
    "Stroke": (7, 83, 35),
    "ALS": (5, 63, 150),
}
_HO_NURSES = ["Baker RN", "Chen RN", "Diaz RN", "Evans RN", "Foster RN", "Gupta RN"]
_HO_COUNTIES = ["Marion", "Clark", "Franklin", "Greene", "Union"]


def _hospice_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31906)
    rows: list[dict[str, Any]] = []
    end = pd.Timestamp("2024-12-31")
    pid = 10000
    for dd in sorted(int(x) for x in rng.integers(0, 3 * 365, size=1100)):
        pid += int(rng.integers(1, 4))
        admit = pd.Timestamp("2022-01-01") + pd.Timedelta(days=dd)
        dx = str(_one(rng, list(_HO_DX), [v[0] for v in _HO_DX.values()]))
        _, mean_age, mean_stay = _HO_DX[dx]
        age = int(np.clip(rng.normal(mean_age, 8), 35, 104))
        county = str(_one(rng, _HO_COUNTIES, [35, 25, 18, 12, 10]))
        nurse = str(_one(rng, _HO_NURSES))
        stays = [(admit, str(_one(rng, ["Died", "Revoked", "Transferred"], [78, 14, 8])))]
        if stays[0][1] == "Revoked" and rng.random() < 0.4:
            stays.append((admit, "Died"))
        start = admit
        for k, (_, reason) in enumerate(stays):
            stay = int(max(1, rng.exponential(mean_stay)))
            out = start + pd.Timedelta(days=stay)
            still = out > end
            rows.append(
                {
                    "Patient ID": f"HP-{pid}",
                    "Admit Date": f"{start:%Y-%m-%d}",
                    "Discharge Date": "" if still else f"{out:%Y-%m-%d}",
                    "Discharge Reason": "Still on Service" if still else reason,
                    "Primary Diagnosis": dx,
                    "Level of Care": str(_one(rng, ["Routine", "Continuous", "Inpatient", "Respite"], [85, 4, 8, 3])),
                    "Nurse": nurse,
                    "Age": 999 if rng.random() < 0.01 else age + (1 if k else 0),
                    "County": county,
                }
            )
            if still:
                break
            start = out + pd.Timedelta(days=int(rng.integers(20, 120)))
            if start > end:
                break
    return pd.DataFrame(rows)


def _ho_stay(df: pd.DataFrame) -> pd.Series:
    lag = _when(df, "Discharge Date", "%Y-%m-%d") - _when(df, "Admit Date", "%Y-%m-%d")
    return lag.dt.days.dropna()


def _ho_reason(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Discharge Reason")


def _ho_ages(df: pd.DataFrame, clean: bool) -> pd.Series:
    age = _num(df, "Age")[_text(df, "Primary Diagnosis") == "Dementia"]
    return age[age < 130] if clean else age


_HO_QS = [
    Q(
        "how many patients have we had",
        either(
            _count(lambda df: float(df["Patient ID"].nunique())),
            _count(lambda df: float(len(df))),
        ),
        ("Patient ID",),
    ),
    Q("average length of stay", _typical(_ho_stay), ("Admit Date", "Discharge Date")),
    Q(
        "what percent of patients died",
        either(
            _share(lambda df: float((_ho_reason(df) == "Died").mean())),
            _share(lambda df: float((_ho_reason(df) == "Died")[_ho_reason(df) != "Still on Service"].mean())),
            _share(
                lambda df: float(df.loc[_ho_reason(df) == "Died", "Patient ID"].nunique() / df["Patient ID"].nunique())
            ),
        ),
        ("Discharge Reason", "Patient ID"),
    ),
    Q(
        "most common diagnosis",
        _lead(_named(lambda df: _top(_text(df, "Primary Diagnosis").value_counts()))),
        ("Primary Diagnosis",),
    ),
    Q(
        "how old are the dementia patients on average",
        either(
            _typical(lambda df: _ho_ages(df, True)),
            _typical(lambda df: _ho_ages(df, False)),
        ),
        ("Primary Diagnosis", "Age"),
    ),
    Q(
        "which county has the most people still on service",
        _lead(_named(lambda df: _top(_text(df, "County")[_ho_reason(df) == "Still on Service"].value_counts()))),
        ("County", "Discharge Reason", "Patient ID"),
    ),
]


# --- 7. Probation caseload -------------------------------------------------------------------------------------------

_PR_OFFICERS = ["PO Martinez", "PO Johnson", "PO Williams", "PO Okafor", "PO Schmidt", "PO Reyes", "PO Thompson"]
# offense: weight, chance of high risk, drug-positive base rate
_PR_OFFENSES: dict[str, tuple[float, float, float]] = {
    "DUI": (20, 0.15, 0.12),
    "Drug Possession": (22, 0.25, 0.30),
    "Theft": (18, 0.20, 0.15),
    "Assault": (12, 0.45, 0.12),
    "Burglary": (10, 0.40, 0.18),
    "Fraud": (8, 0.10, 0.05),
    "Weapons": (5, 0.55, 0.14),
    "Domestic Violence": (5, 0.50, 0.10),
}
_PR_RISK = {"LOW": 0.9, "MEDIUM": 0.8, "HIGH": 0.68}


def _probation_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31907)
    rows: list[dict[str, Any]] = []
    end = pd.Timestamp("2024-12-31")
    cid = 4000
    for _ in range(1400):
        cid += int(rng.integers(1, 5))
        off = str(_one(rng, list(_PR_OFFENSES), [v[0] for v in _PR_OFFENSES.values()]))
        _, p_high, p_pos = _PR_OFFENSES[off]
        terms = 2 if rng.random() < 0.06 else 1
        start = pd.Timestamp("2021-01-01") + pd.Timedelta(days=int(rng.integers(0, 1300)))
        for _t in range(terms):
            r = rng.random()
            risk = "HIGH" if r < p_high else ("MEDIUM" if r < p_high + 0.4 else "LOW")
            months = max(1, min(int((end - start).days / 30.4), int(rng.integers(6, 37))))
            due = months * (4 if risk == "HIGH" else 2 if risk == "MEDIUM" else 1)
            made = int(rng.binomial(due, _PR_RISK[risk] * float(rng.uniform(0.8, 1.1)) if due else 0))
            made = min(made, due)
            tests = int(rng.poisson(months * (1.2 if risk == "HIGH" else 0.6)))
            pos = int(rng.binomial(tests, min(0.9, p_pos * (1.8 if risk == "HIGH" else 1.0))))
            missed = due - made
            viol = int(rng.poisson(0.15 * missed + 0.3 * pos))
            s = rng.random()
            status = "Absconded" if s < 0.03 + 0.02 * min(missed, 5) else ("Closed" if s < 0.45 else "Active")
            rows.append(
                {
                    "Officer": str(_one(rng, _PR_OFFICERS, [18, 16, 15, 14, 13, 12, 12])),
                    "Client ID": f"C-{cid:06d}",
                    "Offense Type": off,
                    "Risk Level": risk,
                    "Supervision Start": f"{start:%m/%d/%Y}",
                    "Check-ins Due": due,
                    "Check-ins Made": made,
                    "Drug Tests": tests,
                    "Positive Tests": pos,
                    "Violations": viol,
                    "Status": status,
                }
            )
            start = start + pd.Timedelta(days=int(rng.integers(200, 500)))
            if start > end:
                break
    return pd.DataFrame(rows)


def _pr_status(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Status").str.title()


def _pr_high(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Risk Level").str.upper() == "HIGH"


def _pr_client_rate(df: pd.DataFrame, num: str, den: str, mask: pd.Series | None = None) -> float:
    n, d = _num(df, num), _num(df, den)
    if mask is not None:
        n, d = n[mask], d[mask]
    ok = d > 0
    return float((n[ok] / d[ok]).mean())


_PR_QS = [
    Q(
        "how many people are on active supervision right now",
        either(
            _count(lambda df: float((_pr_status(df) == "Active").sum())),
            _count(lambda df: float(df.loc[_pr_status(df) == "Active", "Client ID"].nunique())),
        ),
        ("Status", "Client ID"),
    ),
    Q(
        "whats the overall check in compliance rate",
        either(
            _share(lambda df: float(_num(df, "Check-ins Made").sum() / _num(df, "Check-ins Due").sum())),
            _share(lambda df: _pr_client_rate(df, "Check-ins Made", "Check-ins Due")),
        ),
        ("Check-ins Due", "Check-ins Made"),
    ),
    Q(
        "positive drug test rate for high risk people",
        either(
            _share(
                lambda df: float(
                    _num(df, "Positive Tests")[_pr_high(df)].sum() / _num(df, "Drug Tests")[_pr_high(df)].sum()
                )
            ),
            _share(lambda df: _pr_client_rate(df, "Positive Tests", "Drug Tests", _pr_high(df))),
        ),
        ("Risk Level", "Drug Tests", "Positive Tests"),
    ),
    Q(
        "which officer has the biggest caseload",
        _any_named(
            lambda df: _top(_text(df, "Officer").value_counts()),
            lambda df: _top(_text(df, "Officer")[_pr_status(df) == "Active"].value_counts()),
        ),
        ("Officer", "Client ID", "Status"),
    ),
    Q(
        "do people who miss more check ins rack up more violations",
        _corr(
            lambda df: _num(df, "Check-ins Due") - _num(df, "Check-ins Made"),
            lambda df: _num(df, "Violations"),
        ),
        ("Check-ins Due", "Check-ins Made", "Violations"),
    ),
    Q(
        "how many absconded",
        either(
            _count(lambda df: float((_pr_status(df) == "Absconded").sum())),
            _count(lambda df: float(df.loc[_pr_status(df) == "Absconded", "Client ID"].nunique())),
        ),
        ("Status", "Client ID"),
    ),
]


HELDOUT319 = [
    Dataset("aquaponics_daily_log", _aqua_frame, _AQ_QS),
    Dataset("compost_dropoff_intake", _compost_frame, _CP_QS),
    Dataset("arborist_work_orders", _forestry_frame, _FO_QS),
    Dataset("school_emergency_drills", _drill_frame, _DR_QS),
    Dataset("sprinkler_inspections", _sprinkler_frame, _SP_QS),
    Dataset("hospice_patient_census", _hospice_frame, _HO_QS),
    Dataset("probation_caseload", _probation_frame, _PR_QS),
]
