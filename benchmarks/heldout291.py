"""HELDOUT291: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a nonprofit's volunteer hours
log (2023 and 2024, one row per shift) with "Shift Date" as "03/14/2024", "Volunteer Name", Program (Food Pantry,
Meals on Wheels, Tutoring, Thrift Store, Community Garden), Shift (AM, PM), Hours (3.5; blank when the volunteer did
not sign out), Role, "First Time" and "Court Ordered" as Y/N; a homeowners association's dues ledger (one row per lot
per quarter, 2023-Q1 to 2024-Q4) with Lot as "LOT 012", "Owner Name" (a few lots change hands), Quarter as "2023-Q1",
"Assessment Due", "Amount Paid", "Late Fee" and Balance as "$450.00" (Balance is what that quarter still owes),
"Paid Date" as "2023-01-15" (blank when nothing was paid) and "Violation Count"; a church's giving records (2023
and 2024, one row per gift) with "Gift Date" as "1/7/2024", "Donor ID" as "D00123" ("ANON" for loose offering),
Fund (General, Building, Missions, Youth), Amount as "$50.00", Method (Cash, Check, Online, Text), Recurring Y/N and
Campus (North, South, Downtown); a trampoline park's ticket sales (2024, one row per visit) with "Visit Date" as
"2024-03-09", "Session Start" as "2:30 PM", "Jump Time" as "60 min" / "90 min" / "120 min", Jumpers, "Grip Socks"
(pairs bought), "Party Package" (Basic, Deluxe; blank when none), Total as "$84.00" and "Payment Method"; a federal
hazardous materials incident file (public data, 2022 to 2024, one row per commodity line of a report, so a few
report numbers repeat with the second line's injuries, evacuated and damages left at 0/blank) with "Report Number"
as "I-2023010045", "Date Of Incident" as "01/04/2023", "Incident State" as "TX", upper-case "Mode Of Transportation"
(HIGHWAY, RAIL, AIR, WATER), upper-case "Commodity Long Name", "Hazardous Class" ("3", "2.1", "8"), "Quantity
Released", "Unit Of Measure" (LGA, SLB, SCF), "Total Hazmat Injuries", "Total Evacuated" and "Total Amount Of
Damages" as "$12,345"; a driving school's lesson log (2023 and 2024) with "Lesson Date" as "3/9/2024", Student,
Instructor, Car as "2019 Toyota Corolla", "Lesson Type", Minutes (60, 90, 120), Fee as "$75.00", and "Road Test
Date" as "2024-05-02" and "Road Test Result" (Pass, Fail; blank while not tested) repeated on every lesson row of
the student; and a state wildlife agency's fish stocking records (public data, 2021 to 2024) with "Stock Date" as
"04/12/2023", upper-case "Water Body" and County, upper-case Species, "Size Class" (FRY, FINGERLING, CATCHABLE,
TROPHY), "Number Stocked" and Pounds (blank on a few). All are generated with a fixed seed.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _named_any, _num, _text, _top, _typical, _weekday
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

_FIRST = ["Maria", "James", "Linda", "Robert", "Grace", "Kevin", "Sofia", "Darius", "Helen", "Omar", "Tara", "Luis"]
_FIRST += ["Megan", "Paul", "Irene", "Victor", "Nadia", "Glen", "Rosa", "Brian"]
_LAST = ["Garcia", "Nguyen", "Smith", "Okafor", "Brooks", "Patel", "Kim", "Hughes", "Reyes", "Lopez", "Ward", "Shaw"]


def _people(rng: np.random.Generator, n: int) -> list[str]:
    out: list[str] = []
    while len(out) < n:
        name = f"{_one(rng, _FIRST)} {_one(rng, _LAST)}"
        if name not in out:
            out.append(name)
    return out


def _days(rng: np.random.Generator, start: str, end: str, n: int) -> list[pd.Timestamp]:
    first, last = pd.Timestamp(start), pd.Timestamp(end)
    span = (last - first).days + 1
    return sorted(first + pd.Timedelta(days=int(d)) for d in rng.integers(0, span, n))


# --- 1. Volunteer hours log ----------------------------------------------------------------------------------------

# program: roles, typical hours, weight
_VO_PROGRAMS: dict[str, tuple[list[str], float, float]] = {
    "Food Pantry": (["Sorter", "Distribution", "Team Lead"], 3.0, 4.0),
    "Meals on Wheels": (["Driver", "Packer"], 2.5, 3.0),
    "Tutoring": (["Tutor"], 2.0, 1.5),
    "Thrift Store": (["Cashier", "Sorter", "Team Lead"], 4.0, 2.5),
    "Community Garden": (["Gardener"], 3.5, 1.2),
}


def _volunteer_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29101)
    people = _people(rng, 150)
    court = set(people[:18])
    seen: set[str] = set()
    rows: list[dict[str, Any]] = []
    for day in _days(rng, "2023-01-02", "2024-12-20", 2600):
        name = people[int(min(rng.exponential(45), 149))]
        program = str(_one(rng, list(_VO_PROGRAMS), [v[2] for v in _VO_PROGRAMS.values()]))
        roles, hours, _w = _VO_PROGRAMS[program]
        ordered = name in court
        h = max(0.5, round(float(rng.normal(hours + (1.2 if ordered else 0), 0.8)) * 2) / 2)
        rows.append(
            {
                "Shift Date": f"{day:%m/%d/%Y}",
                "Volunteer Name": name,
                "Program": program,
                "Shift": "AM" if rng.random() < 0.6 else "PM",
                "Hours": "" if rng.random() < 0.04 else h,
                "Role": str(_one(rng, roles)),
                "First Time": "N" if name in seen else "Y",
                "Court Ordered": "Y" if ordered else "N",
            }
        )
        seen.add(name)
    return pd.DataFrame(rows)


def _vo_year(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Shift Date"), format="%m/%d/%Y").dt.year


_VO_QS = [
    Q("how many volunteer hours did we log altogether", _about(lambda df: float(_num(df, "Hours").sum())), ("Hours",)),
    Q(
        "which program gets the most hours",
        _lead(_named(lambda df: _top(_num(df, "Hours").groupby(_text(df, "Program")).sum()))),
        ("Program", "Hours"),
    ),
    Q(
        "what percent of shifts are court ordered",
        _share(lambda df: float((_text(df, "Court Ordered") == "Y").mean())),
        ("Court Ordered",),
    ),
    Q(
        "do the court ordered people put in longer shifts than everyone else?",
        _about(lambda df: _num(df, "Hours").groupby(_text(df, "Court Ordered")).mean().to_numpy(), 0.005),
        ("Court Ordered", "Hours"),
    ),
    Q(
        "how many different volunteers showed up in 2024",
        _count(lambda df: int(_text(df, "Volunteer Name")[_vo_year(df) == 2024].nunique())),
        ("Volunteer Name", "Shift Date"),
    ),
    Q(
        "how many shifts have no hours filled in",
        _count(lambda df: int(_num(df, "Hours").isna().sum())),
        ("Hours",),
    ),
]


# --- 2. HOA dues ledger --------------------------------------------------------------------------------------------


def _hoa_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29102)
    owners = _people(rng, 140)
    quarters = [f"{y}-Q{q}" for y in (2023, 2024) for q in (1, 2, 3, 4)]
    rows: list[dict[str, Any]] = []
    for lot in range(1, 121):
        owner = owners[lot - 1]
        habit = float(rng.beta(1.2, 6))  # how often this owner pays late or not at all
        big = lot % 10 == 0
        for k, quarter in enumerate(quarters):
            if lot % 17 == 0 and k == 5:
                owner = owners[120 + lot // 17]
            due = (525.0 if big else 450.0) + (25.0 if k >= 4 else 0.0)
            violations = int(rng.poisson(0.3 + 2.5 * habit))
            roll = rng.random()
            start = pd.Timestamp(int(quarter[:4]), 3 * int(quarter[-1]) - 2, 1)
            if roll < habit * 0.5:
                paid, when, late = 0.0, "", 25.0
            elif roll < habit * 1.5:
                paid = due if rng.random() < 0.7 else round(due * float(rng.uniform(0.3, 0.8)), 2)
                when, late = start + pd.Timedelta(days=int(rng.integers(31, 80))), 25.0
            else:
                paid, when, late = due, start + pd.Timedelta(days=int(rng.integers(0, 30))), 0.0
            rows.append(
                {
                    "Lot": f"LOT {lot:03d}",
                    "Owner Name": owner,
                    "Quarter": quarter,
                    "Assessment Due": f"${due:,.2f}",
                    "Amount Paid": f"${paid:,.2f}",
                    "Paid Date": f"{when:%Y-%m-%d}" if when != "" else "",
                    "Late Fee": f"${late:,.2f}",
                    "Balance": f"${due + late - paid:,.2f}",
                    "Violation Count": violations,
                }
            )
    return pd.DataFrame(rows)


_HO_QS = [
    Q("how much is still owed in total", _amount(lambda df: float(_num(df, "Balance").sum())), ("Balance",)),
    Q(
        "which lot owes the most",
        _lead(_named(lambda df: _top(_num(df, "Balance").groupby(_text(df, "Lot")).sum()))),
        ("Lot", "Balance", "Owner Name"),
    ),
    Q(
        "what share of the time do people get hit with a late fee",
        _share(lambda df: float((_num(df, "Late Fee") > 0).mean())),
        ("Late Fee", "Quarter", "Lot"),
    ),
    Q(
        "how much did we collect in late fees in 2024",
        _amount(lambda df: float(_num(df, "Late Fee")[_text(df, "Quarter").str.startswith("2024")].sum())),
        ("Late Fee", "Quarter", "Paid Date"),
    ),
    Q(
        "do lots with more violations owe more money?",
        _corr(lambda df: df["Violation Count"].astype(float), lambda df: _num(df, "Balance")),
        ("Violation Count", "Balance"),
    ),
    Q(
        "how many lots paid nothing last quarter",
        _count(lambda df: int(((_num(df, "Amount Paid") == 0) & (_text(df, "Quarter") == "2024-Q4")).sum())),
        ("Amount Paid", "Quarter", "Lot", "Paid Date"),
    ),
]


# --- 3. Church giving records --------------------------------------------------------------------------------------

_CH_FUNDS = {"General": (60.0, 6.0), "Building": (120.0, 1.5), "Missions": (45.0, 1.5), "Youth": (30.0, 1.0)}
_CH_METHODS = {"Cash": 0.6, "Check": 1.3, "Online": 1.0, "Text": 0.7}
_CH_CAMPUSES = {"North": 2.0, "South": 1.2, "Downtown": 2.6}


def _church_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29103)
    donors = [f"D{n:05d}" for n in rng.choice(np.arange(100, 2000), 420, replace=False)]
    home = {d: str(_one(rng, list(_CH_CAMPUSES), list(_CH_CAMPUSES.values()))) for d in donors}
    rows: list[dict[str, Any]] = []
    for day in _days(rng, "2023-01-01", "2024-12-31", 4200):
        december = 1.8 if day.month == 12 else 1.0
        anon = rng.random() < 0.07
        donor = "ANON" if anon else donors[int(min(rng.exponential(110), 419))]
        fund = "General" if anon else str(_one(rng, list(_CH_FUNDS), [v[1] for v in _CH_FUNDS.values()]))
        method = "Cash" if anon else str(_one(rng, list(_CH_METHODS), list(_CH_METHODS.values())))
        amount = round(float(rng.lognormal(np.log(_CH_FUNDS[fund][0] * december), 0.8)) / 5) * 5 + 5
        if method == "Check":
            amount *= 1.6
        rows.append(
            {
                "Gift Date": f"{day.month}/{day.day}/{day.year}",
                "Donor ID": donor,
                "Fund": fund,
                "Amount": f"${amount:,.2f}",
                "Method": method,
                "Recurring": "Y" if method == "Online" and rng.random() < 0.6 else "N",
                "Campus": str(_one(rng, list(_CH_CAMPUSES), list(_CH_CAMPUSES.values()))) if anon else home[donor],
            }
        )
    return pd.DataFrame(rows)


def _ch_when(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Gift Date"), format="%m/%d/%Y")


def _ch_top_month(df: pd.DataFrame) -> pd.Timestamp:
    by = _num(df, "Amount").groupby(_ch_when(df).dt.to_period("M")).sum().sort_index(kind="stable")
    return by.idxmax().to_timestamp()


def _ch_donors(df: pd.DataFrame) -> list[int]:
    ids = _text(df, "Donor ID")
    return [int(ids[ids != "ANON"].nunique()), int(ids.nunique())]


_CH_QS = [
    Q(
        "how much came in during 2024",
        _amount(lambda df: float(_num(df, "Amount")[_ch_when(df).dt.year == 2024].sum())),
        ("Amount", "Gift Date"),
    ),
    Q(
        "what share of giving goes to missions",
        either(
            _share(
                lambda df: float(_num(df, "Amount")[_text(df, "Fund") == "Missions"].sum() / _num(df, "Amount").sum())
            ),
            _share(lambda df: float((_text(df, "Fund") == "Missions").mean())),
        ),
        ("Fund", "Amount"),
    ),
    Q(
        "average gift for each way of giving",
        _about(lambda df: _num(df, "Amount").groupby(_text(df, "Method")).mean().to_numpy(), 0.005),
        ("Method", "Amount"),
    ),
    Q(
        "which campus gives the most",
        _lead(_named(lambda df: _top(_num(df, "Amount").groupby(_text(df, "Campus")).sum()))),
        ("Campus", "Amount"),
    ),
    Q(
        "how many separate donors do we have",
        either(_count(lambda df: _ch_donors(df)[0]), _count(lambda df: _ch_donors(df)[1])),
        ("Donor ID",),
    ),
    Q("which month brought in the most", _lead(_month_year(_ch_top_month)), ("Gift Date", "Amount")),
]


# --- 4. Trampoline park ticket sales -------------------------------------------------------------------------------

_TP_PRICES = {60: 19.0, 90: 24.0, 120: 28.0}
_TP_STARTS = ["10:00 AM", "11:30 AM", "1:00 PM", "2:30 PM", "4:00 PM", "5:30 PM", "7:00 PM"]
_TP_PAY = ["Card", "Cash", "Apple Pay", "Gift Card"]


def _trampoline_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29104)
    rows: list[dict[str, Any]] = []
    days = pd.date_range("2024-01-01", "2024-12-31")
    weights = np.array([0.7, 0.6, 0.6, 0.7, 1.3, 2.6, 2.2])[days.dayofweek]
    for k in rng.choice(len(days), 3400, p=weights / weights.sum()):
        day = days[int(k)]
        minutes = int(_one(rng, [60, 90, 120], [5, 3, 1.5]))
        jumpers = int(np.clip(rng.poisson(2.3), 1, 8))
        party = str(_one(rng, ["", "Basic", "Deluxe"], [12, 1, 0.5])) if day.dayofweek >= 4 else ""
        if party:
            jumpers = int(rng.integers(8, 21))
        socks = int(rng.binomial(jumpers, 0.45))
        total = jumpers * _TP_PRICES[minutes] + 3 * socks + {"": 0, "Basic": 149, "Deluxe": 249}[party]
        rows.append(
            {
                "Visit Date": f"{day:%Y-%m-%d}",
                "Session Start": str(_one(rng, _TP_STARTS, [1, 1.5, 2, 2.5, 2.5, 2, 1.5])),
                "Jump Time": f"{minutes} min",
                "Jumpers": jumpers,
                "Grip Socks": socks,
                "Party Package": party,
                "Total": f"${total:,.2f}",
                "Payment Method": str(_one(rng, _TP_PAY, [6, 1.5, 2, 0.7])),
            }
        )
    return pd.DataFrame(rows).sort_values("Visit Date", kind="stable").reset_index(drop=True)


def _tp_busiest_day(df: pd.DataFrame, by_jumpers: bool) -> str:
    day = pd.to_datetime(_text(df, "Visit Date"), format="%Y-%m-%d").dt.day_name()
    scores = df["Jumpers"].groupby(day).sum() if by_jumpers else day.value_counts()
    return _top(scores)


_TP_QS = [
    Q("how many people jumped in total", _count(lambda df: int(df["Jumpers"].sum())), ("Jumpers",)),
    Q(
        "whats the most popular jump time",
        _lead(
            _named_any(
                lambda df: [
                    _top(_text(df, "Jump Time").value_counts()),
                    _top(df["Jumpers"].groupby(_text(df, "Jump Time")).sum()),
                ]
            )
        ),
        ("Jump Time", "Jumpers"),
    ),
    Q("average spend per visit", _typical(lambda df: _num(df, "Total")), ("Total",)),
    Q(
        "how much money came from parties",
        _amount(lambda df: float(_num(df, "Total")[_text(df, "Party Package") != ""].sum())),
        ("Party Package", "Total"),
    ),
    Q(
        "which day of the week is busiest",
        either(
            _lead(_weekday(lambda df: _tp_busiest_day(df, False))),
            _lead(_weekday(lambda df: _tp_busiest_day(df, True))),
        ),
        ("Visit Date", "Jumpers"),
    ),
    Q(
        "what percent of visits paid cash",
        _share(lambda df: float((_text(df, "Payment Method") == "Cash").mean())),
        ("Payment Method",),
    ),
]


# --- 5. Hazmat incident reports ------------------------------------------------------------------------------------

# commodity: hazard class, unit, typical quantity, weight
_HZ_GOODS: dict[str, tuple[str, str, float, float]] = {
    "GASOLINE": ("3", "LGA", 40.0, 5.0),
    "DIESEL FUEL": ("3", "LGA", 30.0, 3.0),
    "SODIUM HYDROXIDE SOLUTION": ("8", "LGA", 5.0, 2.5),
    "HYDROCHLORIC ACID": ("8", "LGA", 4.0, 2.0),
    "PROPANE": ("2.1", "SCF", 200.0, 1.5),
    "ADHESIVES": ("3", "LGA", 1.0, 2.5),
    "PAINT": ("3", "LGA", 0.5, 3.0),
    "LITHIUM ION BATTERIES": ("9", "SLB", 2.0, 1.5),
    "AMMONIUM NITRATE": ("5.1", "SLB", 50.0, 0.7),
    "CHLORINE": ("2.3", "SLB", 20.0, 0.3),
}
_HZ_STATES = {"TX": 6, "CA": 5, "IL": 3.5, "OH": 3, "PA": 3, "GA": 2.5, "TN": 2.2, "IN": 2, "NJ": 2, "FL": 1.8}
_HZ_STATES |= {"LA": 1.5, "MO": 1.2, "WA": 1.0, "AZ": 0.9, "NY": 1.7}
_HZ_MODES = {"HIGHWAY": 0.86, "RAIL": 0.06, "AIR": 0.07, "WATER": 0.01}


def _hazmat_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29105)
    goods = list(_HZ_GOODS)
    rows: list[dict[str, Any]] = []
    for k, day in enumerate(_days(rng, "2022-01-01", "2024-12-31", 3100)):
        mode = str(_one(rng, list(_HZ_MODES), list(_HZ_MODES.values())))
        report = f"I-{day.year}{k:06d}"
        scale = {"HIGHWAY": 1.0, "RAIL": 8.0, "AIR": 0.05, "WATER": 5.0}[mode]
        injuries = int(rng.poisson(0.04 * (3 if mode == "RAIL" else 1)))
        evac = int(rng.choice([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 12, 30, 150]))
        damage = int(rng.lognormal(np.log(900 * scale), 1.4)) if rng.random() < 0.7 else 0
        for line in range(2 if rng.random() < 0.04 else 1):
            name = str(_one(rng, goods, [v[3] for v in _HZ_GOODS.values()]))
            hclass, unit, typical, _w = _HZ_GOODS[name]
            qty = round(float(rng.lognormal(np.log(typical * scale), 1.1)), 2)
            rows.append(
                {
                    "Report Number": report,
                    "Date Of Incident": f"{day:%m/%d/%Y}",
                    "Incident State": str(_one(rng, list(_HZ_STATES), list(_HZ_STATES.values()))),
                    "Mode Of Transportation": mode,
                    "Commodity Long Name": name,
                    "Hazardous Class": hclass,
                    "Quantity Released": qty,
                    "Unit Of Measure": unit,
                    "Total Hazmat Injuries": injuries if line == 0 else 0,
                    "Total Evacuated": evac if line == 0 else 0,
                    "Total Amount Of Damages": f"${damage:,}" if line == 0 else "",
                }
            )
            if line == 1:
                rows[-1]["Incident State"] = rows[-2]["Incident State"]
    return pd.DataFrame(rows)


def _hz_year(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Date Of Incident"), format="%m/%d/%Y").dt.year


def _hz_highway(df: pd.DataFrame, distinct: bool) -> float:
    d = df.drop_duplicates("Report Number") if distinct else df
    return float((_text(d, "Mode Of Transportation") == "HIGHWAY").mean())


_HZ_QS = [
    Q(
        "how many incidents were there in 2023",
        either(
            _count(lambda df: int(_text(df, "Report Number")[_hz_year(df) == 2023].nunique())),
            _count(lambda df: int((_hz_year(df) == 2023).sum())),
        ),
        ("Date Of Incident", "Report Number"),
    ),
    Q(
        "which state has the most incidents",
        _lead(
            _named_any(
                lambda df: [
                    _top(_text(df, "Incident State").value_counts()),
                    _top(_text(df.drop_duplicates("Report Number"), "Incident State").value_counts()),
                ]
            )
        ),
        ("Incident State", "Report Number"),
    ),
    Q(
        "how many people got hurt overall",
        _count(lambda df: int(df["Total Hazmat Injuries"].sum())),
        ("Total Hazmat Injuries",),
    ),
    Q(
        "what share happen on the highway",
        either(_share(lambda df: _hz_highway(df, False)), _share(lambda df: _hz_highway(df, True))),
        ("Mode Of Transportation", "Report Number"),
    ),
    Q(
        "total damages for each mode",
        _amount(
            lambda df: _num(df, "Total Amount Of Damages").groupby(_text(df, "Mode Of Transportation")).sum().to_numpy()
        ),
        ("Mode Of Transportation", "Total Amount Of Damages"),
    ),
    Q(
        "how many gallons of gasoline were spilled",
        _amount(
            lambda df: float(
                df["Quantity Released"][
                    (_text(df, "Commodity Long Name") == "GASOLINE") & (_text(df, "Unit Of Measure") == "LGA")
                ].sum()
            )
        ),
        ("Commodity Long Name", "Quantity Released", "Unit Of Measure"),
    ),
]


# --- 6. Driving school lesson log ----------------------------------------------------------------------------------

# instructor: pass chance boost, weight
_DS_INSTRUCTORS = {"Gary Polk": (0.05, 3.0), "Renee Adams": (0.12, 2.5), "Tony Vance": (-0.10, 2.0)}
_DS_INSTRUCTORS |= {"Lucy Tran": (0.0, 1.5)}
_DS_CARS = ["2019 Toyota Corolla", "2021 Honda Civic", "2018 Mazda 3"]
_DS_TYPES = {"Behind the Wheel": 5.0, "Highway": 1.5, "Parallel Parking": 1.2, "Road Test Prep": 1.5}
_DS_RATE = 50.0  # per hour


def _driving_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29106)
    students = _people(rng, 220)
    rows: list[dict[str, Any]] = []
    for name in students:
        first = pd.Timestamp("2023-01-03") + pd.Timedelta(days=int(rng.integers(0, 700)))
        instructor = str(_one(rng, list(_DS_INSTRUCTORS), [v[1] for v in _DS_INSTRUCTORS.values()]))
        lessons = int(rng.integers(2, 12))
        when = first
        dates = []
        for _ in range(lessons):
            dates.append(when)
            when = when + pd.Timedelta(days=int(rng.integers(3, 15)))
        test = when + pd.Timedelta(days=int(rng.integers(3, 20)))
        tested = test <= pd.Timestamp("2024-12-31") and rng.random() < 0.85
        passed = rng.random() < 0.55 + 0.03 * lessons + _DS_INSTRUCTORS[instructor][0]
        for day in dates:
            minutes = int(_one(rng, [60, 90, 120], [5, 3, 1]))
            kind = str(_one(rng, list(_DS_TYPES), list(_DS_TYPES.values())))
            fee = _DS_RATE * minutes / 60 + (10 if kind == "Highway" else 0)
            rows.append(
                {
                    "Lesson Date": f"{day.month}/{day.day}/{day.year}",
                    "Student": name,
                    "Instructor": instructor if rng.random() < 0.9 else str(_one(rng, list(_DS_INSTRUCTORS))),
                    "Car": str(_one(rng, _DS_CARS)),
                    "Lesson Type": kind,
                    "Minutes": minutes,
                    "Fee": f"${fee:,.2f}",
                    "Road Test Date": f"{test:%Y-%m-%d}" if tested else "",
                    "Road Test Result": ("Pass" if passed else "Fail") if tested else "",
                }
            )
    return pd.DataFrame(rows)


def _ds_when(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Lesson Date"), format="%m/%d/%Y")


def _ds_pass(df: pd.DataFrame, distinct: bool) -> float:
    d = df.drop_duplicates("Student") if distinct else df
    result = _text(d, "Road Test Result")
    return float((result[result != ""] == "Pass").mean())


_DS_QS = [
    Q(
        "how many lessons did each instructor teach",
        _count(lambda df: _text(df, "Instructor").value_counts().to_numpy()),
        ("Instructor",),
    ),
    Q(
        "which instructor brings in the most money",
        _lead(_named(lambda df: _top(_num(df, "Fee").groupby(_text(df, "Instructor")).sum()))),
        ("Instructor", "Fee"),
    ),
    Q(
        "whats the road test pass rate",
        either(_share(lambda df: _ds_pass(df, True)), _share(lambda df: _ds_pass(df, False))),
        ("Road Test Result", "Student"),
    ),
    Q(
        "how many students havent taken their road test yet",
        _count(lambda df: int(_text(df, "Student")[_text(df, "Road Test Result") == ""].nunique())),
        ("Road Test Result", "Road Test Date", "Student"),
    ),
    Q("how long is a typical lesson", _typical(lambda df: df["Minutes"].astype(float)), ("Minutes",)),
    Q(
        "how much did highway lessons make in 2024",
        _amount(
            lambda df: float(
                _num(df, "Fee")[(_text(df, "Lesson Type") == "Highway") & (_ds_when(df).dt.year == 2024)].sum()
            )
        ),
        ("Lesson Type", "Fee", "Lesson Date"),
    ),
]


# --- 7. Fish stocking records --------------------------------------------------------------------------------------

# species: size classes, fish per pound by class, weight
_FS_SPECIES: dict[str, tuple[list[str], float]] = {
    "RAINBOW TROUT": (["CATCHABLE", "FINGERLING", "TROPHY"], 5.0),
    "BROWN TROUT": (["CATCHABLE", "FINGERLING", "TROPHY"], 2.5),
    "BROOK TROUT": (["CATCHABLE", "FINGERLING"], 1.5),
    "WALLEYE": (["FRY", "FINGERLING"], 1.5),
    "CHANNEL CATFISH": (["FINGERLING", "CATCHABLE"], 1.2),
    "LARGEMOUTH BASS": (["FINGERLING"], 0.8),
}
_FS_PER_LB = {"FRY": 2000.0, "FINGERLING": 40.0, "CATCHABLE": 2.2, "TROPHY": 0.4}
_FS_COUNT = {"FRY": 150000, "FINGERLING": 3000, "CATCHABLE": 900, "TROPHY": 60}
_FS_WATERS = {
    "LAKE WINNEMAUG": "LITCHFIELD",
    "BANTAM RIVER": "LITCHFIELD",
    "MILL POND": "HARTFORD",
    "FARMINGTON RIVER": "HARTFORD",
    "CRYSTAL LAKE": "TOLLAND",
    "WILLIMANTIC RIVER": "TOLLAND",
    "MOODUS RESERVOIR": "MIDDLESEX",
    "SALMON RIVER": "MIDDLESEX",
    "QUINEBAUG RIVER": "WINDHAM",
    "MANSFIELD HOLLOW LAKE": "WINDHAM",
    "LAKE SALTONSTALL": "NEW HAVEN",
    "NAUGATUCK RIVER": "NEW HAVEN",
    "GARDNER LAKE": "NEW LONDON",
}


def _fish_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29107)
    waters = list(_FS_WATERS)
    rows: list[dict[str, Any]] = []
    for day in _days(rng, "2021-03-01", "2024-11-30", 1900):
        if day.month in (6, 7, 8) and rng.random() < 0.6:
            day = day - pd.Timedelta(days=60)
        species = str(_one(rng, list(_FS_SPECIES), [v[1] for v in _FS_SPECIES.values()]))
        size = str(_one(rng, _FS_SPECIES[species][0]))
        water = str(_one(rng, waters))
        number = int(max(10, rng.normal(_FS_COUNT[size], 0.35 * _FS_COUNT[size])))
        pounds = round(number / (_FS_PER_LB[size] * float(rng.uniform(0.85, 1.15))), 1)
        rows.append(
            {
                "Stock Date": f"{day:%m/%d/%Y}",
                "Water Body": water,
                "County": _FS_WATERS[water],
                "Species": species,
                "Size Class": size,
                "Number Stocked": number,
                "Pounds": "" if rng.random() < 0.05 else pounds,
            }
        )
    return pd.DataFrame(rows)


def _fs_year(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Stock Date"), format="%m/%d/%Y").dt.year


def _fs_rainbow(df: pd.DataFrame) -> list[float]:
    d = df[(_text(df, "Species") == "RAINBOW TROUT") & (_text(df, "Size Class") == "CATCHABLE")]
    lb, n = _num(d, "Pounds"), d["Number Stocked"].astype(float)
    ok = lb.notna()
    ratio = lb[ok] / n[ok]
    return [float(lb[ok].sum() / n[ok].sum()), float(ratio.mean()), float(ratio.median()), float(lb.sum() / n.sum())]


def _fs_lb_check() -> Check:
    return either(*[_about(lambda df, k=k: _fs_rainbow(df)[k], rel=0.02) for k in range(4)])


_FS_QS = [
    Q("how many fish got stocked in total", _count(lambda df: int(df["Number Stocked"].sum())), ("Number Stocked",)),
    Q(
        "which species do they stock the most",
        _lead(
            _named_any(
                lambda df: [
                    _top(df["Number Stocked"].groupby(_text(df, "Species")).sum()),
                    _top(_text(df, "Species").value_counts()),
                ]
            )
        ),
        ("Species", "Number Stocked"),
    ),
    Q(
        "which county got the most trout",
        _lead(
            _named(
                lambda df: _top(
                    df["Number Stocked"][_text(df, "Species").str.contains("TROUT")]
                    .groupby(_text(df, "County")[_text(df, "Species").str.contains("TROUT")])
                    .sum()
                )
            )
        ),
        ("County", "Species", "Number Stocked"),
    ),
    Q(
        "how many fish were stocked each year",
        _count(lambda df: df["Number Stocked"].groupby(_fs_year(df)).sum().to_numpy()),
        ("Stock Date", "Number Stocked"),
    ),
    Q(
        "how much does a catchable rainbow weigh on average, in pounds",
        _fs_lb_check(),
        ("Species", "Size Class", "Pounds", "Number Stocked"),
    ),
    Q(
        "how many stockings have no weight recorded",
        _count(lambda df: int(_num(df, "Pounds").isna().sum())),
        ("Pounds",),
    ),
]


HELDOUT291: list[Dataset] = [
    Dataset("nonprofit_volunteer_hours_log", _volunteer_frame, _VO_QS),
    Dataset("hoa_dues_ledger", _hoa_frame, _HO_QS),
    Dataset("church_giving_records", _church_frame, _CH_QS),
    Dataset("trampoline_park_ticket_sales", _trampoline_frame, _TP_QS),
    Dataset("hazmat_incident_reports", _hazmat_frame, _HZ_QS),
    Dataset("driving_school_lesson_log", _driving_frame, _DS_QS),
    Dataset("fish_stocking_records", _fish_frame, _FS_QS),
]
