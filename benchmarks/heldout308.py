"""HELDOUT308: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a paving contractor's job list
(2022 to 2024, one row per bid) with "Job #" as "J-23-041", "Bid Date" as "3/14/2023", Customer (homeowners and
repeat commercial clients such as "Oak Ridge HOA"), "Job Type" (Driveway, Parking Lot, Sealcoat, Patch), "Sq Ft" as
"1,250", "Tons Asphalt" (blank for sealcoat jobs), "Bid Amount" as "$4,850.00", Won (Y, N, blank while the bid is
pending), "Start Date" as "4/02/2023" and "Days on Job" (both blank unless won) and Crew (Crew A, Crew B, Crew C,
blank unless won); a city's crane permit log (public data, 2021 to 2024, one row per permit) with upper-case
PERMIT_NUMBER as "CR2023-00412", ADDRESS as "1420 N HALSTED ST", CRANE_TYPE (TOWER, MOBILE, CRAWLER), ISSUE_DATE,
START_DATE and END_DATE as "2023-05-14T00:00:00.000" (END_DATE blank for a few open permits), MAX_HEIGHT_FT (0 when
not reported), STREET_CLOSURE (Y, N), PERMIT_FEE as 250.0 and upper-case CONTRACTOR; a welding school's
certification tests (2023 to 2024, one row per test) with "Test Date" as "2024-02-13", "Student ID" as "WS-1043",
Student as "Garcia, Luis" (students test many times), Process (SMAW, GMAW, FCAW, GTAW), Position (1G, 2G, 3G, 4G),
"Plate Thickness" with its unit inside as '3/8"' or '1"', "Bend Test" (PASS, FAIL), Instructor and "Attempt #" (1
to 3); a blacksmith forge's class roster (2023 to 2024, one row per student per class) with "Class Date" as
"03/09/2024", "Class Name" (Intro to Forging, Hook & Leaf, Knife Making, Axe Forging, Tong Making), Student (people
come back), Age (blank when not given), Returning (Yes, No), Fee as "$185", "Project Finished" (Y, N), "Burns
Reported" (a count, mostly 0) and Instructor; a subway system's station entries for 2023 in wide form (one row per
station) with Station (some names such as "125 St" repeat on different lines), Line as "4 5 6", Borough
(Manhattan, Brooklyn, Queens, Bronx), then Jan to Dec entries written as "1,234,567" ("N/A" for months a station
was closed) and a last "Systemwide Total" row with a blank Line and Borough; a rideshare driver's trip log (January
to June 2024, one row per trip) with Date as "2024-03-14", "Start Time" and "End Time" as "7:42 AM", "Pickup Area"
and "Dropoff Area" (neighborhoods and "Airport"), Miles, Fare as "$14.32", Tip as "$3.00" (blank when no tip), Surge
as "1.0x" or "1.5x" and Platform (Uber, Lyft); and a county's radon test results (public data, 2019 to 2024, one
row per test) with ZIP (five digits), TEST_DATE as "01/15/2022", TEST_TYPE ("SHORT TERM", "LONG TERM"), FLOOR
(BASEMENT, FIRST), RESULT_PCI_L as "3.7" ("<0.4" below the detection limit), ABOVE_ACTION_LEVEL (Y at 4.0 pCi/L or
more, else N) and MITIGATION_INSTALLED (Y, N, blank when not asked). All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _shares
from .heldout253 import _amount, _num, _text, _top, _typical
from .offline_eval import Check, Dataset, Q, either, has, month_names
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _when(df: pd.DataFrame, col: str, fmt: str) -> pd.Series:
    return pd.to_datetime(_text(df, col), format=fmt, errors="coerce")


def _any_named(*values: Callable[[pd.DataFrame], str]) -> Check:
    """One of the labels picked by two readings of the question, beside its superlative."""
    return either(*(_lead(_named(v)) for v in values))


def _month_word(value: Callable[[pd.DataFrame], int]) -> Check:
    """A month of the year by name ("July" or "Jul")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        m = int(value(df))
        if re.search(rf"\b(?:{month_names(m)})\b", answer, re.IGNORECASE):
            return None
        return f"missing month {m}"

    return check


# --- 1. Paving contractor job list ---------------------------------------------------------------------------------

# job type: sq ft range, tons per sq ft (None: no asphalt), $ per sq ft range, win rate, days per 1,000 sq ft
_PV_TYPES: dict[str, tuple[tuple[int, int], float | None, tuple[float, float], float, float]] = {
    "Driveway": ((450, 1600), 0.0122, (4.2, 6.5), 0.5, 1.2),
    "Parking Lot": ((4000, 38000), 0.0183, (2.9, 4.4), 0.33, 0.22),
    "Sealcoat": ((900, 30000), None, (0.2, 0.35), 0.55, 0.08),
    "Patch": ((40, 400), 0.0183, (9.0, 15.0), 0.6, 2.0),
}
_PV_CREWS = {"Crew A": 0.85, "Crew B": 1.0, "Crew C": 1.25}
_PV_FIRST = ["Mike", "Linda", "Dave", "Karen", "Tom", "Sue", "Rick", "Janet", "Bill", "Pam", "Steve", "Donna"]
_PV_LAST = ["Johnson", "Miller", "Kowalski", "Reed", "Schmidt", "Nguyen", "Baker", "Hall", "Ortiz", "Fischer"]
_PV_COMMERCIAL = ["Oak Ridge HOA", "St. Mark's Church", "Riverside Plaza", "Dollar General #4471"]
_PV_COMMERCIAL += ["Maple Grove Apartments", "County Fairgrounds", "Lakeview Dental", "Hillcrest Elementary"]


def _paving_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30801)
    homes = [f"{a} {b}" for a in _PV_FIRST for b in _PV_LAST]
    rows: list[dict[str, Any]] = []
    days = sorted(int(x) for x in rng.integers(0, 1000, size=640))
    for i, d in enumerate(days):
        bid = pd.Timestamp("2022-03-01") + pd.Timedelta(days=d)
        if bid.month in (12, 1, 2):
            bid = bid + pd.Timedelta(days=90)
        kind = str(_one(rng, list(_PV_TYPES), [5, 2, 3, 3]))
        (lo, hi), tons_per, (plo, phi), win, pace = _PV_TYPES[kind]
        commercial = kind in ("Parking Lot", "Sealcoat") and rng.random() < 0.7
        customer = str(_one(rng, _PV_COMMERCIAL, [5, 3, 4, 2, 3, 1, 1, 2])) if commercial else str(_one(rng, homes))
        sqft = int(round(float(rng.uniform(lo, hi)) / 10) * 10)
        tons = round(sqft * tons_per * float(rng.normal(1, 0.06)), 1) if tons_per else None
        amount = max(450.0, sqft * float(rng.uniform(plo, phi)))
        amount = round(amount / 5) * 5
        pending = bid > pd.Timestamp("2024-11-15")
        won = None if pending else bool(rng.random() < win)
        crew = str(_one(rng, list(_PV_CREWS))) if won else ""
        start = bid + pd.Timedelta(days=int(rng.integers(5, 45))) if won else None
        job_days = max(1, round(sqft / 1000 * pace * (_PV_CREWS[crew] if won else 1) + float(rng.normal(0.3, 0.4))))
        rows.append(
            {
                "Job #": f"J-{bid:%y}-{i + 1:03d}",
                "Bid Date": f"{bid.month}/{bid.day}/{bid.year}",
                "Customer": customer,
                "Job Type": kind,
                "Sq Ft": f"{sqft:,}",
                "Tons Asphalt": tons,
                "Bid Amount": f"${amount:,.2f}",
                "Won": "" if won is None else "Y" if won else "N",
                "Start Date": f"{start.month}/{start.day:02d}/{start.year}" if start is not None else "",
                "Crew": crew,
                "Days on Job": job_days if won else None,
            }
        )
    return pd.DataFrame(rows).astype({"Days on Job": "Int64"})


def _pv_won(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Won") == "Y"


def _pv_win_rate(kind: str, decided_only: bool) -> Callable[[pd.DataFrame], float]:
    def rate(df: pd.DataFrame) -> float:
        keep = _text(df, "Job Type") == kind
        if decided_only:
            keep &= _text(df, "Won") != ""
        return float(_pv_won(df)[keep].mean())

    return rate


def _pv_top_customer(df: pd.DataFrame) -> str:
    return _top(_num(df, "Bid Amount")[_pv_won(df)].groupby(_text(df, "Customer")[_pv_won(df)]).sum())


_PV_QS = [
    Q(
        "do bigger jobs eat more asphalt",
        _corr(lambda d: _num(d, "Sq Ft"), lambda d: _num(d, "Tons Asphalt")),
        ("Sq Ft", "Tons Asphalt"),
    ),
    Q(
        "what's our win rate on parking lots",
        either(_share(_pv_win_rate("Parking Lot", True)), _share(_pv_win_rate("Parking Lot", False))),
        ("Job Type", "Won"),
    ),
    Q(
        "total $ of the work we won that was bid in 2023",
        _amount(
            lambda df: float(
                _num(df, "Bid Amount")[_pv_won(df) & (_when(df, "Bid Date", "%m/%d/%Y").dt.year == 2023)].sum()
            )
        ),
        ("Bid Amount", "Won", "Bid Date"),
    ),
    Q(
        "which crew takes the longest per job on average",
        _lead(
            _named(lambda df: _top(_num(df, "Days on Job").groupby(_text(df, "Crew")[_text(df, "Crew") != ""]).mean()))
        ),
        ("Crew", "Days on Job"),
    ),
    Q(
        "who's our biggest customer by money we actually won",
        _lead(_named(_pv_top_customer)),
        ("Customer", "Bid Amount", "Won"),
    ),
    Q(
        "how many jobs have we done for them",
        either(
            _count(lambda df: int((_pv_won(df) & (_text(df, "Customer") == _pv_top_customer(df))).sum())),
            _count(lambda df: int((_text(df, "Customer") == _pv_top_customer(df)).sum())),
        ),
        ("Customer", "Won", "Job #"),
    ),
]


# --- 2. City crane permit log --------------------------------------------------------------------------------------

# crane type: share, height range (ft), days range, fee base, street closure chance
_CR_TYPES = {
    "TOWER": (2, (120, 420), (90, 540), 1500.0, 0.35),
    "MOBILE": (6, (60, 220), (1, 14), 250.0, 0.6),
    "CRAWLER": (2, (80, 300), (14, 120), 750.0, 0.25),
}
_CR_STREETS = ["N HALSTED ST", "W MADISON ST", "S WABASH AVE", "N CLARK ST", "W FULTON MARKET", "S MICHIGAN AVE"]
_CR_STREETS += ["W RANDOLPH ST", "N LA SALLE DR", "W ROOSEVELT RD", "N MILWAUKEE AVE", "S STATE ST", "W LAKE ST"]
_CR_CONTRACTORS = {
    "WALSH CONSTRUCTION CO": 6,
    "POWER CONSTRUCTION CO LLC": 4,
    "LENDLEASE (US) CONSTRUCTION": 3,
    "BULLEY & ANDREWS LLC": 3,
    "ALL ERECTION & CRANE RENTAL": 5,
    "MAXIM CRANE WORKS LP": 4,
    "CLARK CONSTRUCTION GROUP": 2,
    "PEPPER CONSTRUCTION CO": 3,
}


def _crane_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30802)
    rows: list[dict[str, Any]] = []
    n = 1180
    for i in range(n):
        kind = str(_one(rng, list(_CR_TYPES), [v[0] for v in _CR_TYPES.values()]))
        _, (hlo, hhi), (dlo, dhi), fee, closure = _CR_TYPES[kind]
        year = int(_one(rng, [2021, 2022, 2023, 2024], [2, 3, 4, 3]))
        issue = pd.Timestamp(f"{year}-01-01") + pd.Timedelta(days=int(rng.integers(0, 365)))
        start = issue + pd.Timedelta(days=int(rng.integers(1, 21)))
        end = start + pd.Timedelta(days=int(rng.integers(dlo, dhi + 1)))
        height = int(rng.integers(hlo, hhi + 1))
        closed = rng.random() < closure
        stamp = "%Y-%m-%dT00:00:00.000"
        rows.append(
            {
                "PERMIT_NUMBER": f"CR{year}-{i + 101:05d}",
                "ADDRESS": f"{int(rng.integers(1, 40)) * 100 + int(rng.integers(0, 99))} {_one(rng, _CR_STREETS)}",
                "CRANE_TYPE": kind,
                "ISSUE_DATE": issue.strftime(stamp),
                "START_DATE": start.strftime(stamp),
                "END_DATE": "" if rng.random() < 0.02 else end.strftime(stamp),
                "MAX_HEIGHT_FT": 0 if rng.random() < 0.04 else height,
                "STREET_CLOSURE": "Y" if closed else "N",
                "PERMIT_FEE": fee + (150.0 if closed else 0.0) + 25.0 * int(rng.integers(0, 4)),
                "CONTRACTOR": str(_one(rng, list(_CR_CONTRACTORS), list(_CR_CONTRACTORS.values()))),
            }
        )
    df = pd.DataFrame(rows)
    return df.sort_values("ISSUE_DATE", kind="stable").reset_index(drop=True)


_CR_STAMP = "%Y-%m-%dT%H:%M:%S.%f"


def _cr_days(kind: str, plus_one: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def days(df: pd.DataFrame) -> pd.Series:
        span = (_when(df, "END_DATE", _CR_STAMP) - _when(df, "START_DATE", _CR_STAMP)).dt.days
        return (span + (1 if plus_one else 0))[_text(df, "CRANE_TYPE") == kind].dropna()

    return days


def _cr_top(df: pd.DataFrame) -> str:
    return _top(_text(df, "CONTRACTOR").value_counts())


_CR_QS = [
    Q(
        "how many tower crane permits are there",
        _count(lambda df: int((_text(df, "CRANE_TYPE") == "TOWER").sum())),
        ("CRANE_TYPE",),
    ),
    Q("whats the tallest crane on here", has(lambda df: float(_num(df, "MAX_HEIGHT_FT").max())), ("MAX_HEIGHT_FT",)),
    Q(
        "how long does a mobile crane permit usually last",
        either(_typical(_cr_days("MOBILE", False), rel=0.02), _typical(_cr_days("MOBILE", True), rel=0.02)),
        ("CRANE_TYPE", "START_DATE", "END_DATE"),
    ),
    Q(
        "what share of permits closed the street",
        _share(lambda df: float((_text(df, "STREET_CLOSURE") == "Y").mean())),
        ("STREET_CLOSURE",),
    ),
    Q("which contractor pulled the most permits", _lead(_named(_cr_top)), ("CONTRACTOR", "PERMIT_NUMBER")),
    Q(
        "how many of theirs needed a street closure",
        _count(lambda df: int(((_text(df, "CONTRACTOR") == _cr_top(df)) & (_text(df, "STREET_CLOSURE") == "Y")).sum())),
        ("CONTRACTOR", "STREET_CLOSURE", "PERMIT_NUMBER"),
    ),
]


# --- 3. Welding school certification tests -------------------------------------------------------------------------

_WD_PROCESS = {"SMAW": 0.72, "GMAW": 0.8, "FCAW": 0.76, "GTAW": 0.6}
_WD_POSITION = {"1G": 0.12, "2G": 0.04, "3G": -0.06, "4G": -0.14}
_WD_INSTRUCTORS = {"R. Delgado": 0.06, "T. Brennan": 0.0, "K. Okafor": 0.03, "M. Sorensen": -0.05}
_WD_THICK = ['3/8"', '1/2"', '1"']
_WD_FIRST = ["Luis", "Jake", "Tyler", "Maria", "Dustin", "Andre", "Cody", "Kayla", "Brandon", "Jose", "Ethan", "Trey"]
_WD_LAST = ["Garcia", "Smith", "Nguyen", "Hernandez", "Walker", "Young", "Lopez", "Baker", "Price", "Ward"]


def _welding_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30803)
    names = [f"{b}, {a}" for a in _WD_FIRST for b in _WD_LAST]
    picks = rng.choice(len(names), size=85, replace=False)
    students = [(f"WS-{1001 + k}", names[int(p)], float(rng.normal(0, 0.1))) for k, p in enumerate(picks)]
    rows: list[dict[str, Any]] = []
    for _ in range(940):
        sid, name, skill = students[int(rng.integers(len(students)))]
        process = str(_one(rng, list(_WD_PROCESS), [4, 3, 2, 2]))
        position = str(_one(rng, list(_WD_POSITION), [2, 3, 3, 2]))
        instructor = str(_one(rng, list(_WD_INSTRUCTORS), [3, 3, 2, 2]))
        attempt = int(_one(rng, [1, 2, 3], [6, 3, 1]))
        p = _WD_PROCESS[process] + _WD_POSITION[position] + _WD_INSTRUCTORS[instructor] + skill + 0.04 * (attempt - 1)
        day = pd.Timestamp("2023-01-09") + pd.Timedelta(days=int(rng.integers(0, 720)))
        rows.append(
            {
                "Test Date": f"{day:%Y-%m-%d}",
                "Student ID": sid,
                "Student": name,
                "Process": process,
                "Position": position,
                "Plate Thickness": str(_one(rng, _WD_THICK, [4, 2, 3])),
                "Bend Test": "PASS" if rng.random() < p else "FAIL",
                "Instructor": instructor,
                "Attempt #": attempt,
            }
        )
    df = pd.DataFrame(rows)
    return df.sort_values("Test Date", kind="stable").reset_index(drop=True)


def _wd_pass(df: pd.DataFrame) -> pd.Series:
    return (_text(df, "Bend Test") == "PASS").astype(float)


def _wd_best(process: str | None) -> Callable[[pd.DataFrame], str]:
    def top(df: pd.DataFrame) -> str:
        keep = _text(df, "Process") == process if process else pd.Series(True, index=df.index)
        return _top(_wd_pass(df)[keep].groupby(_text(df, "Instructor")[keep]).mean())

    return top


def _wd_4g(df: pd.DataFrame) -> pd.Series:
    return (_text(df, "Position") == "4G") & (_wd_pass(df) == 1)


_WD_QS = [
    Q("what's the overall pass rate on bend tests", _share(lambda df: float(_wd_pass(df).mean())), ("Bend Test",)),
    Q(
        "which process is hardest to pass",
        _lead(_named(lambda df: _top(_wd_pass(df).groupby(_text(df, "Process")).mean(), lowest=True))),
        ("Process", "Bend Test"),
    ),
    Q(
        "pass rate for each position?",
        _shares(lambda df: _wd_pass(df).groupby(_text(df, "Position")).mean().to_numpy()),
        ("Position", "Bend Test"),
    ),
    Q("which instructor has the best pass rate", _lead(_named(_wd_best(None))), ("Instructor", "Bend Test")),
    Q("and for tig (gtaw) only?", _lead(_named(_wd_best("GTAW"))), ("Instructor", "Bend Test", "Process")),
    Q(
        "how many students have passed a 4g test",
        either(
            _count(lambda df: int(_text(df, "Student ID")[_wd_4g(df)].nunique())),
            _count(lambda df: int(_wd_4g(df).sum())),
        ),
        ("Position", "Bend Test", "Student ID", "Student"),
    ),
]


# --- 4. Blacksmith forge class roster ------------------------------------------------------------------------------

# class: fee, finish rate, burns per student, weight
_BS_CLASSES = {
    "Intro to Forging": (185, 0.9, 0.08, 5),
    "Hook & Leaf": (125, 0.93, 0.05, 3),
    "Knife Making": (395, 0.62, 0.22, 4),
    "Axe Forging": (425, 0.55, 0.17, 2),
    "Tong Making": (245, 0.7, 0.12, 2),
}
_BS_INSTRUCTORS = ["Gus Whitaker", "Dana Lund", "Marco Ruiz"]
_BS_FIRST = ["Alex", "Jordan", "Chris", "Sam", "Megan", "Ryan", "Hannah", "Tyler", "Erin", "Noah", "Olivia", "Ben"]
_BS_LAST = ["Carter", "Hughes", "Patel", "Moore", "Jensen", "Brooks", "Kim", "Foster", "Long", "Russo", "Bell"]


def _forge_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30804)
    names = [f"{a} {b}" for a in _BS_FIRST for b in _BS_LAST]
    people = {n: (int(np.clip(rng.normal(38, 13), 16, 74)), float(rng.normal(0, 0.08))) for n in names}
    seen: set[str] = set()
    rows: list[dict[str, Any]] = []
    start = pd.Timestamp("2023-01-07")
    for week in range(104):
        for slot in range(2):
            cls = str(_one(rng, list(_BS_CLASSES), [v[3] for v in _BS_CLASSES.values()]))
            fee, finish, burns, _ = _BS_CLASSES[cls]
            date = start + pd.Timedelta(weeks=week, days=slot)
            teacher = str(_one(rng, _BS_INSTRUCTORS, [3, 2, 2]))
            for _ in range(int(rng.integers(2, 7))):
                name = str(_one(rng, names))
                age, knack = people[name]
                back = name in seen
                seen.add(name)
                done = rng.random() < finish + knack + (0.1 if back else 0.0)
                paid = fee - (25 if back and rng.random() < 0.5 else 0)
                rows.append(
                    {
                        "Class Date": f"{date:%m/%d/%Y}",
                        "Class Name": cls,
                        "Student": name,
                        "Age": None if rng.random() < 0.07 else age,
                        "Returning": "Yes" if back else "No",
                        "Fee": f"${paid}",
                        "Project Finished": "Y" if done else "N",
                        "Burns Reported": int(rng.poisson(burns * (0.7 if back else 1.2))),
                        "Instructor": teacher,
                    }
                )
    return pd.DataFrame(rows).astype({"Age": "Int64"})


def _bs_finish(cls: str | None) -> Callable[[pd.DataFrame], list[float]]:
    def rates(df: pd.DataFrame) -> list[float]:
        keep = _text(df, "Class Name") == cls if cls else pd.Series(True, index=df.index)
        done = (_text(df, "Project Finished") == "Y")[keep]
        back = _text(df, "Returning")[keep]
        return [float(done[back == k].mean()) for k in ("Yes", "No")]

    return rates


_BS_QS = [
    Q(
        "how many students have come through",
        either(_count(lambda df: int(_text(df, "Student").nunique())), _count(lambda df: len(df))),
        ("Student",),
    ),
    Q("how old is a typical student", _typical(lambda df: _num(df, "Age").dropna()), ("Age",)),
    Q(
        "which class brings in the most money",
        _lead(_named(lambda df: _top(_num(df, "Fee").groupby(_text(df, "Class Name")).sum()))),
        ("Class Name", "Fee"),
    ),
    Q(
        "which class is the most dangerous for burns per student",
        _lead(_named(lambda df: _top(df["Burns Reported"].astype(float).groupby(_text(df, "Class Name")).mean()))),
        ("Class Name", "Burns Reported"),
    ),
    Q(
        "do returning students finish their projects more often than new ones",
        _shares(_bs_finish(None)),
        ("Returning", "Project Finished"),
    ),
    Q(
        "what about in knife making",
        _shares(_bs_finish("Knife Making")),
        ("Returning", "Project Finished", "Class Name"),
    ),
]


# --- 5. Subway station entries (wide, one row per station) ---------------------------------------------------------

_SW_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_SW_SEASON = [0.88, 0.86, 0.97, 0.99, 1.03, 1.02, 0.95, 0.96, 1.05, 1.1, 1.01, 0.98]
_SW_BOROUGHS = {"Manhattan": (4, 9.6), "Brooklyn": (4, 8.4), "Queens": (3, 8.5), "Bronx": (2, 8.2)}
_SW_LINES = ["1", "2 3", "4 5 6", "A C E", "B D F M", "N Q R W", "J Z", "L", "G", "7", "A C", "2 5", "N W"]
_SW_STREETS = ["St", "Av", "Sq", "Pkwy", "Blvd"]


def _subway_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30805)
    rows: list[dict[str, Any]] = []
    used: set[tuple[str, str]] = set()
    for k in range(430):
        borough = str(_one(rng, list(_SW_BOROUGHS), [v[0] for v in _SW_BOROUGHS.values()]))
        mu = _SW_BOROUGHS[borough][1]
        line = str(_one(rng, _SW_LINES))
        name = "125 St" if k % 90 == 0 else f"{int(rng.integers(1, 240))} {_one(rng, _SW_STREETS)}"
        if (name, line) in used:
            name = f"{name}-{_one(rng, ['Central', 'Junction', 'Park', 'Plaza'])}"
        used.add((name, line))
        base = float(rng.lognormal(mu + 3.2, 0.75))
        closed = set(rng.choice(12, size=int(rng.integers(1, 4)), replace=False)) if rng.random() < 0.04 else set()
        row: dict[str, Any] = {"Station": name, "Line": line, "Borough": borough}
        for m, month in enumerate(_SW_MONTHS):
            value = base * _SW_SEASON[m] * float(rng.normal(1, 0.04)) * (1 + 0.004 * m)
            row[month] = "N/A" if m in closed else f"{round(value):,}"
        rows.append(row)
    total: dict[str, Any] = {"Station": "Systemwide Total", "Line": "", "Borough": ""}
    for month in _SW_MONTHS:
        total[month] = f"{sum(int(r[month].replace(',', '')) for r in rows if r[month] != 'N/A'):,}"
    return pd.DataFrame([*rows, total])


def _sw_stations(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Station") != "Systemwide Total"]


def _sw_year(df: pd.DataFrame) -> pd.Series:
    return pd.concat([_num(df, m) for m in _SW_MONTHS], axis=1).sum(axis=1)


def _sw_busiest(borough: str | None, by_name: bool) -> Callable[[pd.DataFrame], str]:
    def top(df: pd.DataFrame) -> str:
        st = _sw_stations(df)
        if borough:
            st = st[_text(st, "Borough") == borough]
        year = _sw_year(st)
        if by_name:
            return _top(year.groupby(_text(st, "Station")).sum())
        return str(_text(st, "Station")[year.idxmax()])

    return top


_SW_QS = [
    Q(
        "which station is busiest over the whole year",
        _any_named(_sw_busiest(None, False), _sw_busiest(None, True)),
        ("Station", *_SW_MONTHS),
    ),
    Q(
        "what month had the most riders",
        _month_word(lambda df: 1 + int(np.argmax([_num(_sw_stations(df), m).sum() for m in _SW_MONTHS]))),
        tuple(_SW_MONTHS),
    ),
    Q("how many entries in july in total", _amount(lambda df: float(_num(_sw_stations(df), "Jul").sum())), ("Jul",)),
    Q(
        "average yearly entries for a brooklyn station",
        _about(lambda df: float(_sw_year(_sw_stations(df))[_text(_sw_stations(df), "Borough") == "Brooklyn"].mean())),
        ("Borough", "Station", *_SW_MONTHS),
    ),
    Q(
        "and which brooklyn station is busiest",
        _any_named(_sw_busiest("Brooklyn", False), _sw_busiest("Brooklyn", True)),
        ("Borough", "Station", *_SW_MONTHS),
    ),
    Q(
        "how many stations are missing data for at least one month",
        _count(
            lambda df: int(pd.concat([_num(_sw_stations(df), m).isna() for m in _SW_MONTHS], axis=1).any(axis=1).sum())
        ),
        ("Station", *_SW_MONTHS),
    ),
]


# --- 6. Rideshare driver trip log ----------------------------------------------------------------------------------

_RS_AREAS = {"Downtown": 5, "Midtown": 4, "University District": 3, "Airport": 2, "Eastside": 2, "Westgate": 2}
_RS_AREAS |= {"Riverfront": 2, "North Hills": 1, "Old Town": 2}
_RS_PLATFORMS = {"Uber": (1.05, 0.48), "Lyft": (1.1, 0.52)}


def _rideshare_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30806)
    rows: list[dict[str, Any]] = []
    areas = list(_RS_AREAS)
    weights = list(_RS_AREAS.values())
    for d in range(182):
        day = pd.Timestamp("2024-01-01") + pd.Timedelta(days=d)
        if rng.random() < 0.3:
            continue
        busy = 1.15 if day.dayofweek >= 4 else 1.0
        clock = pd.Timedelta(hours=int(_one(rng, [7, 11, 16])), minutes=int(rng.integers(0, 60)))
        for _ in range(int(rng.integers(5, 16) * busy)):
            platform = str(_one(rng, list(_RS_PLATFORMS), [6, 4]))
            base, per_mile = _RS_PLATFORMS[platform]
            pickup = str(_one(rng, areas, weights))
            dropoff = str(_one(rng, areas, weights))
            airport = "Airport" in (pickup, dropoff)
            miles = round(float(rng.gamma(2.2, 2.4 if not airport else 5.5)) + 0.4, 2)
            minutes = round(miles * float(rng.uniform(2.2, 3.6)) + float(rng.uniform(3, 8)))
            surge = float(_one(rng, [1.0, 1.2, 1.5, 1.8, 2.1], [20, 4, 3, 1, 1]))
            fare = (2.5 + base * minutes * 0.3 + per_mile * miles * 1.6) * surge
            odds = [9, 3, 4, 3, 1] if platform == "Uber" else [5, 2, 4, 4, 3]
            tip = float(_one(rng, [0, 1, 2, 3, 5], odds)) + (2.0 if airport else 0.0) * (rng.random() < 0.5)
            start = day + clock
            end = start + pd.Timedelta(minutes=minutes)
            if end.hour >= 22:
                break
            rows.append(
                {
                    "Date": f"{day:%Y-%m-%d}",
                    "Start Time": start.strftime("%I:%M %p").lstrip("0"),
                    "End Time": end.strftime("%I:%M %p").lstrip("0"),
                    "Pickup Area": pickup,
                    "Dropoff Area": dropoff,
                    "Miles": miles,
                    "Fare": f"${fare:,.2f}",
                    "Tip": f"${tip:.2f}" if tip > 0 else "",
                    "Surge": f"{surge:.1f}x",
                    "Platform": platform,
                }
            )
            clock += pd.Timedelta(minutes=minutes + int(rng.integers(3, 25)))
    return pd.DataFrame(rows)


def _rs_tip(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Tip")


def _rs_avg_tip(platform: str | None) -> Check:
    def part(df: pd.DataFrame) -> pd.Series:
        return _rs_tip(df)[_text(df, "Platform") == platform] if platform else _rs_tip(df)

    return either(
        _about(lambda df: float(part(df).fillna(0).mean()), rel=0.01),
        _about(lambda df: float(part(df).mean()), rel=0.01),
    )


def _rs_per_mile(pooled: bool) -> Callable[[pd.DataFrame], str]:
    def top(df: pd.DataFrame) -> str:
        fare, miles, plat = _num(df, "Fare"), df["Miles"].astype(float), _text(df, "Platform")
        if pooled:
            return _top(fare.groupby(plat).sum() / miles.groupby(plat).sum())
        return _top((fare / miles).groupby(plat).mean())

    return top


def _rs_surge(df: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(_text(df, "Surge").str.rstrip("xX"), errors="coerce")


def _rs_month(df: pd.DataFrame) -> Any:
    month = _when(df, "Date", "%Y-%m-%d").dt.to_period("M")
    return (_num(df, "Fare") + _rs_tip(df).fillna(0)).groupby(month).sum().idxmax().to_timestamp()


def _rs_month_fare(df: pd.DataFrame) -> Any:
    month = _when(df, "Date", "%Y-%m-%d").dt.to_period("M")
    return _num(df, "Fare").groupby(month).sum().idxmax().to_timestamp()


_RS_QS = [
    Q(
        "how much did i make in total including tips",
        _amount(lambda df: float(_num(df, "Fare").sum() + _rs_tip(df).sum())),
        ("Fare", "Tip"),
    ),
    Q(
        "which month did i earn the most",
        either(_month_year(_rs_month), _month_year(_rs_month_fare)),
        ("Date", "Fare", "Tip"),
    ),
    Q("whats my average tip", _rs_avg_tip(None), ("Tip",)),
    Q("and on lyft?", _rs_avg_tip("Lyft"), ("Tip", "Platform")),
    Q(
        "uber or lyft, which pays better per mile",
        either(_lead(_named(_rs_per_mile(True))), _lead(_named(_rs_per_mile(False)))),
        ("Platform", "Fare", "Miles"),
    ),
    Q(
        "how many trips had surge pricing",
        _count(lambda df: int((_rs_surge(df) > 1).sum())),
        ("Surge",),
    ),
]


# --- 7. County radon test results ----------------------------------------------------------------------------------

# zip: tests weight, log-mean of the basement result
_RN_ZIPS = {80104: (5, 1.05), 80108: (4, 1.2), 80109: (4, 0.95), 80116: (2, 1.45), 80118: (1, 1.3)}
_RN_ZIPS |= {80124: (3, 0.9), 80126: (4, 0.85), 80134: (5, 1.0), 80135: (1, 1.6), 80138: (3, 1.1)}


def _radon_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30807)
    rows: list[dict[str, Any]] = []
    for _ in range(2600):
        zipc = int(_one(rng, list(_RN_ZIPS), [v[0] for v in _RN_ZIPS.values()]))
        year = int(_one(rng, [2019, 2020, 2021, 2022, 2023, 2024], [3, 2, 3, 4, 5, 6]))
        day = pd.Timestamp(f"{year}-01-01") + pd.Timedelta(days=int(rng.integers(0, 365)))
        if day.month in (5, 6, 7, 8) and rng.random() < 0.5:
            day = day - pd.Timedelta(days=120)
        floor = str(_one(rng, ["BASEMENT", "FIRST"], [7, 3]))
        kind = str(_one(rng, ["SHORT TERM", "LONG TERM"], [8, 2]))
        level = float(rng.lognormal(_RN_ZIPS[zipc][1] - (0.55 if floor == "FIRST" else 0.0), 0.7))
        level = round(level, 1)
        above = level >= 4.0
        if above:
            mitig = "Y" if rng.random() < 0.45 + 0.05 * (year - 2019) else "N"
        else:
            mitig = "Y" if rng.random() < 0.03 else "N"
        if rng.random() < 0.15:
            mitig = ""
        rows.append(
            {
                "ZIP": zipc,
                "TEST_DATE": f"{day:%m/%d/%Y}",
                "TEST_TYPE": kind,
                "FLOOR": floor,
                "RESULT_PCI_L": "<0.4" if level < 0.4 else f"{level:.1f}",
                "ABOVE_ACTION_LEVEL": "Y" if above else "N",
                "MITIGATION_INSTALLED": mitig,
            }
        )
    df = pd.DataFrame(rows)
    return df.sort_values("TEST_DATE", key=lambda s: pd.to_datetime(s, format="%m/%d/%Y"), kind="stable").reset_index(
        drop=True
    )


def _rn_level(floor: float | None) -> Callable[[pd.DataFrame], pd.Series]:
    """The result in pCi/L; "<0.4" dropped (None), or read as `floor`."""

    def level(df: pd.DataFrame) -> pd.Series:
        text = _text(df, "RESULT_PCI_L")
        value = pd.to_numeric(text, errors="coerce")
        return value if floor is None else value.mask(text.str.startswith("<"), floor)

    return level


def _rn_top(floor: float | None) -> Callable[[pd.DataFrame], str]:
    return lambda df: _top(_rn_level(floor)(df).groupby(df["ZIP"].astype(str)).mean())


def _rn_floors(floor: float | None) -> Callable[[pd.DataFrame], list[float]]:
    def means(df: pd.DataFrame) -> list[float]:
        lv = _rn_level(floor)(df)
        return [float(lv[_text(df, "FLOOR") == f].mean()) for f in ("BASEMENT", "FIRST")]

    return means


def _rn_mitigated(drop_blank: bool) -> Callable[[pd.DataFrame], float]:
    def rate(df: pd.DataFrame) -> float:
        keep = _text(df, "ABOVE_ACTION_LEVEL") == "Y"
        if drop_blank:
            keep &= _text(df, "MITIGATION_INSTALLED") != ""
        return float((_text(df, "MITIGATION_INSTALLED") == "Y")[keep].mean())

    return rate


_RN_READINGS = (None, 0.4, 0.2, 0.0)
_RN_QS = [
    Q(
        "how many tests came back over the action level",
        _count(lambda df: int((_text(df, "ABOVE_ACTION_LEVEL") == "Y").sum())),
        ("ABOVE_ACTION_LEVEL",),
    ),
    Q(
        "which zip code has the highest radon on average",
        _any_named(*(_rn_top(f) for f in _RN_READINGS)),
        ("ZIP", "RESULT_PCI_L"),
    ),
    Q(
        "how many tests were done there",
        _count(lambda df: int((df["ZIP"].astype(str) == _rn_top(None)(df)).sum())),
        ("ZIP", "RESULT_PCI_L"),
    ),
    Q(
        "basement vs first floor, whats the average reading",
        either(*(has(_rn_floors(f), rel=0.01) for f in _RN_READINGS)),
        ("FLOOR", "RESULT_PCI_L"),
    ),
    Q(
        "of the homes over the action level, what percent put in mitigation",
        either(_share(_rn_mitigated(True)), _share(_rn_mitigated(False))),
        ("ABOVE_ACTION_LEVEL", "MITIGATION_INSTALLED"),
    ),
    Q(
        "are people testing more over the years? count per year",
        _count(
            lambda df: _when(df, "TEST_DATE", "%m/%d/%Y").dt.year.value_counts().sort_index().to_numpy().astype(float)
        ),
        ("TEST_DATE",),
    ),
]


HELDOUT308 = [
    Dataset("paving_contractor_jobs", _paving_frame, _PV_QS),
    Dataset("city_crane_permits", _crane_frame, _CR_QS),
    Dataset("welding_certification_tests", _welding_frame, _WD_QS),
    Dataset("blacksmith_class_roster", _forge_frame, _BS_QS),
    Dataset("subway_station_monthly_entries", _subway_frame, _SW_QS),
    Dataset("rideshare_driver_trip_log", _rideshare_frame, _RS_QS),
    Dataset("county_radon_test_results", _radon_frame, _RN_QS),
]
