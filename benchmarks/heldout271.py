"""HELDOUT271: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of public open-data files an analyst is likely to bring along: a city's
demolition permits (one row per permit, 2018 to 2023) in upper case with PERMIT_NUMBER as "DEM2019-00412", ADDRESS
("1418 E MAPLE ST"), ISSUE_DATE as "03/14/2019", COMPLETED_DATE (blank until the job is finished, so blank for most
recent permits), BUILDING_TYPE ("SINGLE FAMILY", "TWO FAMILY", "GARAGE", "COMMERCIAL", "MULTI-FAMILY", "ACCESSORY"),
STORIES (1 to 4; blank on some), SQUARE_FEET (0 written where unknown), CONTRACTOR ("ADAMO DEMOLITION CO"; "OWNER"
for homeowner permits), ASBESTOS_SURVEY ("Y"/"N") and PERMIT_FEE as "$250.00"; a state's boiler and pressure vessel
inspection records (one row per inspection, 2019 to 2024; objects are inspected again every year or two, so "Object
Number" repeats) with "Object Number" as "TX048213", "Owner Name", County in upper case, "Object Type" ("Power
Boiler", "Heating Boiler", "Pressure Vessel", "Hot Water Supply Boiler"), "Fuel" ("Gas", "Oil", "Gas/Oil", blank
for vessels), "Inspection Date" as "2022-05-17", Result ("PASS", "FAIL"), "Certificate Expiration Date" as
"2023-05-31" (blank after a failed inspection) and "MAWP (psi)" (blank on a few rows); a state's licensed child
care inspections (one row per inspection, 2022 to 2024; facilities repeat) with "Facility Name", "License Number"
as "CC-104233", "License Type" ("Child Care Center", "Family Child Care Home"), "Licensed Capacity", County (title
case), "Inspection Date" as "3/7/2023" (no leading zeros), "Inspection Type" ("Routine", "Complaint",
"Follow-Up"), "Violations Cited", "Serious Violations" and Result ("Compliant", "Non-Compliant"); a city's
employee overtime report (one row per employee per fiscal year, FY2020 to FY2023; employees repeat) with "Employee
ID" as "E004512", Department in upper case ("POLICE", "FIRE", "PUBLIC WORKS", ...), "Job Title", "Fiscal Year"
(2020 to 2023), "Regular Hours", "Overtime Hours" (0 for many), and "Regular Pay", "Overtime Pay", "Total Pay" as
"$52,340.12"; a farmers market's weekly vendor sales report (one row per vendor per Saturday market, May to
October 2022 and 2023) with "Market Date" as "6/3/2023", "Vendor Name", "Vendor Category" ("Produce", "Meat",
"Baked Goods", "Prepared Food", "Dairy", "Flowers"), "Gross Sales", "SNAP Tokens ($)", "Incentive ($)" (the SNAP
match) and Customers, plus a "MARKET TOTAL" row per market day (category blank) summing the vendors; a county's
monthly voter registration counts (one row per precinct per party per month, January 2023 to December 2024) with
"Report Month" as "2023-01", Precinct as "P-012", Party ("DEM", "REP", "UNA", "LIB"), "Active Voters", "Inactive
Voters" and "New Registrations" (blank on a few rows); and a state ferry system's monthly ridership by route (one
row per route per month, January 2019 to December 2023) with Route ("Seattle / Bainbridge Island", ...), Month as
"Jan 2019", "Walk-On Passengers", Vehicles, Bicycles, "Trips Sailed", "Trips Cancelled" and "On-Time %" as "94.2%"
("N/A" where not reported), plus an "All Routes" total row per month (its On-Time % blank). All are generated with
a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share
from .heldout253 import _amount, _num, _text, _top, _typical
from .offline_eval import Check, Dataset, Q
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_names as _month_names
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _month_of_year(value: Callable[[pd.DataFrame], int]) -> Check:
    """A calendar month by name ("July", "Jul")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        m = int(value(df))
        return None if re.search(rf"\b(?:{_month_names(m)})\b", answer, re.IGNORECASE) else f"missing month {m}"

    return check


def _names_any(values: Callable[[pd.DataFrame], list[str]]) -> Check:
    """Any one of the labels (the picks of two readings)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        whys = [_named(lambda _d, v=v: v)(answer, df) for v in values(df)]
        return None if any(w is None for w in whys) else whys[0]

    return check


# --- 1. Demolition permits -----------------------------------------------------------------------------------------

_DM_TYPES = ["SINGLE FAMILY", "TWO FAMILY", "GARAGE", "COMMERCIAL", "MULTI-FAMILY", "ACCESSORY"]
_DM_CONTRACTORS = [
    "ADAMO DEMOLITION CO",
    "HOMRICH WRECKING INC",
    "DORE AND ASSOCIATES",
    "BLUE STAR ENVIRONMENTAL",
    "RICKMAN ENTERPRISE GROUP",
    "SMALLS EXCAVATING LLC",
    "GAYANGA CO",
    "OWNER",
]
_DM_STREETS = ["E MAPLE ST", "W GRAND BLVD", "N OAK AVE", "LIVERNOIS AVE", "S CEDAR ST", "PARK DR", "W 7 MILE RD"]
_DM_STREETS += ["ELMHURST ST", "CONANT ST", "DEXTER AVE", "HARPER AVE", "E JEFFERSON AVE"]


def _demo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27101)
    rows: list[dict[str, Any]] = []
    end = pd.Timestamp("2023-12-31")
    seq: dict[int, int] = {}
    for _ in range(1400):
        issue = pd.Timestamp("2018-01-01") + pd.Timedelta(days=int(rng.integers(0, 2191)))
        seq[issue.year] = seq.get(issue.year, 0) + int(rng.integers(1, 4))
        kind = _one(rng, _DM_TYPES, [10, 3, 5, 2, 1.5, 1.5])
        stories = {"GARAGE": 1, "ACCESSORY": 1}.get(kind, int(_one(rng, [1, 2, 3, 4], [4, 5, 1.5, 0.5])))
        base = {"SINGLE FAMILY": 1300, "TWO FAMILY": 2100, "GARAGE": 420, "COMMERCIAL": 6500}
        base |= {"MULTI-FAMILY": 5200, "ACCESSORY": 250}
        sqft = int(base[kind] * stories**0.6 * rng.lognormal(0, 0.35))
        contractor = _one(rng, _DM_CONTRACTORS, [6, 5, 3, 3, 2, 2, 1.5, 2 if kind in ("GARAGE", "ACCESSORY") else 0.3])
        days = int(rng.gamma(3.0, 25 if kind != "COMMERCIAL" else 45))
        done = issue + pd.Timedelta(days=days)
        finished = done <= end and rng.random() > 0.06
        fee = 150 + 0.05 * sqft if kind not in ("COMMERCIAL", "MULTI-FAMILY") else 400 + 0.08 * sqft
        rows.append(
            {
                "PERMIT_NUMBER": f"DEM{issue.year}-{seq[issue.year]:05d}",
                "ADDRESS": f"{int(rng.integers(100, 19999))} {_one(rng, _DM_STREETS)}",
                "ISSUE_DATE": f"{issue:%m/%d/%Y}",
                "COMPLETED_DATE": f"{done:%m/%d/%Y}" if finished else "",
                "BUILDING_TYPE": kind,
                "STORIES": "" if rng.random() < 0.04 else stories,
                "SQUARE_FEET": 0 if rng.random() < 0.05 else sqft,
                "CONTRACTOR": contractor,
                "ASBESTOS_SURVEY": "N" if rng.random() < (0.25 if kind in ("GARAGE", "ACCESSORY") else 0.07) else "Y",
                "PERMIT_FEE": f"${round(fee / 5) * 5:,.2f}",
            }
        )
    return pd.DataFrame(rows).sort_values("PERMIT_NUMBER", kind="stable").reset_index(drop=True)


def _dm_days(df: pd.DataFrame) -> pd.Series:
    issue = pd.to_datetime(_text(df, "ISSUE_DATE"), format="%m/%d/%Y")
    done = pd.to_datetime(_text(df, "COMPLETED_DATE"), format="%m/%d/%Y", errors="coerce")
    return (done - issue).dt.days.dropna()


def _dm_year(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "ISSUE_DATE"), format="%m/%d/%Y").dt.year


_DM_QS = [
    Q(
        "how many permits were for tearing down garages",
        _count(lambda df: int((_text(df, "BUILDING_TYPE") == "GARAGE").sum())),
        ("BUILDING_TYPE",),
    ),
    Q(
        "which contractor does the most demolitions",
        _lead(_named(lambda df: _top(_text(df, "CONTRACTOR").value_counts()))),
        ("CONTRACTOR", "PERMIT_NUMBER"),
    ),
    Q(
        "how many of the jobs aren't finished yet",
        _count(lambda df: int((_text(df, "COMPLETED_DATE") == "").sum())),
        ("COMPLETED_DATE", "PERMIT_NUMBER"),
    ),
    Q(
        "for the ones that are done, how many days does a demo typically take from permit to completion",
        _typical(_dm_days),
        ("ISSUE_DATE", "COMPLETED_DATE"),
    ),
    Q(
        "what percent were done without an asbestos survey",
        _share(lambda df: float((_text(df, "ASBESTOS_SURVEY") == "N").mean())),
        ("ASBESTOS_SURVEY",),
    ),
    Q(
        "total permit fees collected in 2021?",
        _amount(lambda df: float(_num(df, "PERMIT_FEE")[_dm_year(df) == 2021].sum())),
        ("PERMIT_FEE", "ISSUE_DATE"),
    ),
]


# --- 2. Boiler and pressure vessel inspections ---------------------------------------------------------------------

_BP_COUNTIES = ["HARRIS", "DALLAS", "TARRANT", "BEXAR", "TRAVIS", "EL PASO", "JEFFERSON", "NUECES", "LUBBOCK"]
_BP_OWNERS = [
    "Memorial Hermann Health System",
    "City of Houston",
    "Dallas ISD",
    "Valero Refining",
    "Texas A&M University",
    "Baylor Scott & White",
    "H-E-B Grocery Co",
    "Marriott Hotels",
    "Austin Energy",
    "Frito-Lay Inc",
    "Tyson Foods",
    "St. David's Medical Center",
]
# type: (weight, fuel options, MAWP choices)
_BP_TYPES: dict[str, tuple[float, list[str], list[int]]] = {
    "Power Boiler": (2, ["Gas", "Oil", "Gas/Oil"], [150, 200, 250, 300, 450, 600]),
    "Heating Boiler": (4, ["Gas", "Gas/Oil", "Oil"], [15, 30, 60, 80, 160]),
    "Hot Water Supply Boiler": (1.5, ["Gas"], [125, 150, 160]),
    "Pressure Vessel": (4, [""], [100, 125, 150, 200, 250, 350, 500]),
}


def _boiler_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27102)
    rows: list[dict[str, Any]] = []
    kinds = list(_BP_TYPES)
    for k in range(900):
        kind = _one(rng, kinds, [_BP_TYPES[t][0] for t in kinds])
        fuel = _one(rng, _BP_TYPES[kind][1], [5, 2, 1][: len(_BP_TYPES[kind][1])])
        mawp = _one(rng, _BP_TYPES[kind][2])
        county = _one(rng, _BP_COUNTIES, [8, 6, 4, 4, 3, 2, 2, 1.5, 1])
        owner = _one(rng, _BP_OWNERS)
        fail_p = 0.06 + (0.06 if kind == "Heating Boiler" else 0) + (0.05 if county == "JEFFERSON" else 0)
        period = 1 if kind == "Power Boiler" else 2
        day = pd.Timestamp("2019-01-01") + pd.Timedelta(days=int(rng.integers(0, 365 * period)))
        number = f"TX{48000 + k * 7 + int(rng.integers(0, 7)):06d}"
        while day <= pd.Timestamp("2024-12-31"):
            # more inspections in spring (before the summer cooling season) than in winter
            failed = rng.random() < fail_p
            expires = (day + pd.DateOffset(years=period)) + pd.offsets.MonthEnd(0)
            rows.append(
                {
                    "Object Number": number,
                    "Owner Name": owner,
                    "County": county,
                    "Object Type": kind,
                    "Fuel": fuel,
                    "Inspection Date": f"{day:%Y-%m-%d}",
                    "Result": "FAIL" if failed else "PASS",
                    "Certificate Expiration Date": "" if failed else f"{expires:%Y-%m-%d}",
                    "MAWP (psi)": np.nan if rng.random() < 0.03 else mawp,
                }
            )
            if failed:
                day = day + pd.Timedelta(days=int(rng.integers(20, 75)))
            else:
                shift = int(rng.integers(-40, 30))
                if day.month in (11, 12, 1):
                    shift += 60
                day = day + pd.DateOffset(years=period) + pd.Timedelta(days=shift)
    out = pd.DataFrame(rows).sort_values(["Inspection Date", "Object Number"], kind="stable")
    return out.reset_index(drop=True)


def _bp_month(df: pd.DataFrame) -> int:
    months = pd.to_datetime(_text(df, "Inspection Date"), format="%Y-%m-%d").dt.month
    return int(months.value_counts().sort_index().idxmax())


_BP_QS = [
    Q(
        "how many different boilers and vessels are in this",
        _count(lambda df: int(_text(df, "Object Number").nunique())),
        ("Object Number",),
    ),
    Q(
        "what's the overall fail rate",
        _share(lambda df: float((_text(df, "Result") == "FAIL").mean())),
        ("Result",),
    ),
    Q(
        "which county has the most failed inspections",
        _lead(_named(lambda df: _top(_text(df, "County")[_text(df, "Result") == "FAIL"].value_counts()))),
        ("County", "Result"),
    ),
    Q(
        "average max pressure for power boilers compared to heating boilers",
        _about(
            lambda df: [
                float(_num(df, "MAWP (psi)")[_text(df, "Object Type") == t].mean())
                for t in ("Power Boiler", "Heating Boiler")
            ]
        ),
        ("Object Type", "MAWP (psi)"),
    ),
    Q(
        "how many records have no pressure rating",
        _count(lambda df: int(_num(df, "MAWP (psi)").isna().sum())),
        ("MAWP (psi)",),
    ),
    Q(
        "what time of year do most inspections happen, which month",
        _lead(_month_of_year(_bp_month)),
        ("Inspection Date",),
    ),
]


# --- 3. Child care facility inspections ----------------------------------------------------------------------------

_CC_COUNTIES = ["Wake", "Mecklenburg", "Guilford", "Durham", "Forsyth", "Cumberland", "Buncombe", "New Hanover"]
_CC_FIRST = ["Little", "Bright", "Sunshine", "Kiddie", "Happy", "Growing", "Rainbow", "Tiny", "Busy Bee", "Creative"]
_CC_OWNER_FIRST = ["Maria", "Tasha", "Linda", "Keisha", "Ana", "Donna", "Rosa", "Carol", "Yolanda", "Brenda"]
_CC_OWNER_FIRST += ["Shanice", "Patricia", "Mei", "Fatima", "Angela", "Tonya"]
_CC_OWNER_LAST = ["Lopez", "Smith", "Johnson", "Brown", "Davis", "Garcia", "Wilson", "Moore", "Nguyen", "Jackson"]
_CC_OWNER_LAST += ["Hernandez", "Williams", "Patel", "Thomas", "Robinson", "Ali"]
_CC_SECOND = ["Learners", "Beginnings", "Academy", "Kids", "Sprouts", "Stars", "Steps", "Hearts", "Minds", "Explorers"]


def _childcare_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27103)
    rows: list[dict[str, Any]] = []
    used: set[str] = set()
    for k in range(420):
        home = rng.random() < 0.4
        for tries in range(100):
            if home:
                name = f"{_one(rng, _CC_OWNER_FIRST)} {_one(rng, _CC_OWNER_LAST)} Family Child Care"
            else:
                name = f"{_one(rng, _CC_FIRST)} {_one(rng, _CC_SECOND)}"
                if rng.random() < 0.4:
                    name += f" of {_one(rng, ['Raleigh', 'Cary', 'Apex', 'Durham', 'Cornelius', 'Matthews'])}"
            if tries > 20:
                name += f" {tries}"
            if name not in used:
                used.add(name)
                break
        cap = int(rng.integers(5, 13)) if home else int(rng.integers(25, 220))
        county = _one(rng, _CC_COUNTIES, [6, 6, 3, 3, 2.5, 2, 1.5, 1.5])
        risk = rng.gamma(2.0, 0.5) * (1.3 if county == "Cumberland" else 1.0)
        lic = f"{'FH' if home else 'CC'}-{100000 + k * 13:06d}"
        day = pd.Timestamp("2022-01-01") + pd.Timedelta(days=int(rng.integers(0, 300)))
        visits: list[tuple[pd.Timestamp, str]] = []
        while day <= pd.Timestamp("2024-12-31"):
            visits.append((day, "Routine"))
            if rng.random() < 0.12 + 0.05 * risk:
                visits.append((day + pd.Timedelta(days=int(rng.integers(10, 150))), "Complaint"))
            day = day + pd.Timedelta(days=int(rng.integers(300, 420)))
        visits.sort()
        for when, kind in visits:
            if when > pd.Timestamp("2024-12-31"):
                continue
            lam = risk * (0.8 + cap / 150) * (1.6 if kind == "Complaint" else 1.0)
            cited = int(rng.poisson(lam))
            serious = int(rng.binomial(cited, 0.2))
            bad = serious > 0 or cited >= 4
            rows.append((name, lic, home, cap, county, when, kind, cited, serious, bad))
            if bad:
                follow = when + pd.Timedelta(days=int(rng.integers(14, 60)))
                if follow <= pd.Timestamp("2024-12-31"):
                    c2 = int(rng.poisson(0.4 * risk))
                    rows.append((name, lic, home, cap, county, follow, "Follow-Up", c2, 0, c2 >= 4))
    frame = pd.DataFrame(
        [
            {
                "Facility Name": r[0],
                "License Number": r[1],
                "License Type": "Family Child Care Home" if r[2] else "Child Care Center",
                "Licensed Capacity": r[3],
                "County": r[4],
                "Inspection Date": f"{r[5].month}/{r[5].day}/{r[5].year}",
                "Inspection Type": r[6],
                "Violations Cited": r[7],
                "Serious Violations": r[8],
                "Result": "Non-Compliant" if r[9] else "Compliant",
            }
            for r in rows
        ]
    )
    return frame


def _cc_year(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Inspection Date"), format="%m/%d/%Y").dt.year


def _cc_bad(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Result") == "Non-Compliant"


_CC_QS = [
    Q(
        "how many inspections happened because of a complaint",
        _count(lambda df: int((_text(df, "Inspection Type") == "Complaint").sum())),
        ("Inspection Type",),
    ),
    Q(
        "avg number of violations per inspection, centers vs family homes",
        _about(
            lambda df: [
                float(_num(df, "Violations Cited")[_text(df, "License Type") == t].mean())
                for t in ("Child Care Center", "Family Child Care Home")
            ]
        ),
        ("License Type", "Violations Cited"),
    ),
    Q(
        "what % of inspections found the place out of compliance",
        _share(lambda df: float(_cc_bad(df).mean())),
        ("Result",),
    ),
    Q(
        "and for complaint inspections only?",
        _share(lambda df: float(_cc_bad(df)[_text(df, "Inspection Type") == "Complaint"].mean())),
        ("Result", "Inspection Type"),
    ),
    Q(
        "which county racked up the most serious violations",
        _lead(_named(lambda df: _top(_num(df, "Serious Violations").groupby(_text(df, "County")).sum()))),
        ("County", "Serious Violations"),
    ),
    Q(
        "do bigger places get more violations",
        _corr(lambda d: _num(d, "Licensed Capacity"), lambda d: _num(d, "Violations Cited")),
        ("Licensed Capacity", "Violations Cited"),
    ),
]


# --- 4. Employee overtime report -----------------------------------------------------------------------------------

# department: (weight, job titles with base hourly wage, overtime hours scale)
_OT_DEPTS: dict[str, tuple[float, list[tuple[str, float]], float]] = {
    "POLICE": (6, [("POLICE OFFICER", 38), ("POLICE SERGEANT", 47), ("DISPATCHER", 27)], 320),
    "FIRE": (4, [("FIREFIGHTER", 35), ("FIRE CAPTAIN", 46), ("FIRE ENGINEER", 40)], 380),
    "PUBLIC WORKS": (4, [("MAINTENANCE WORKER", 24), ("EQUIPMENT OPERATOR", 27), ("CREW SUPERVISOR", 33)], 160),
    "WATER UTILITIES": (3, [("PLANT OPERATOR", 30), ("UTILITY TECHNICIAN", 28)], 190),
    "PARKS AND RECREATION": (3, [("RECREATION LEADER", 19), ("GROUNDSKEEPER", 21)], 60),
    "LIBRARY": (2, [("LIBRARIAN", 31), ("LIBRARY ASSISTANT", 20)], 10),
    "FINANCE": (2, [("ACCOUNTANT", 36), ("ACCOUNTING CLERK", 23)], 25),
}


def _overtime_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27104)
    rows: list[dict[str, Any]] = []
    depts = list(_OT_DEPTS)
    for k in range(620):
        dept = _one(rng, depts, [_OT_DEPTS[d][0] for d in depts])
        title, wage = _OT_DEPTS[dept][1][int(rng.integers(len(_OT_DEPTS[dept][1])))]
        wage *= rng.lognormal(0, 0.08)
        eid = f"E{1000 + k * 11 + int(rng.integers(0, 11)):06d}"
        start = int(_one(rng, [2020, 2021, 2022, 2023], [6, 1.5, 1.5, 1.5]))
        stop = int(_one(rng, [2020, 2021, 2022, 2023], [0.6, 0.8, 0.8, 6]))
        lean = rng.gamma(1.5, 1 / 1.5)
        for fy in range(start, max(start, stop) + 1):
            reg_h = (
                float(np.clip(rng.normal(2050, 60), 1500, 2080))
                if rng.random() > 0.08
                else float(rng.integers(600, 1700))
            )
            ot_h = 0.0
            if rng.random() > (0.25 if _OT_DEPTS[dept][2] > 100 else 0.55):
                ot_h = float(_OT_DEPTS[dept][2] * lean * rng.lognormal(0, 0.4) * (1 + 0.06 * (fy - 2020)))
                ot_h = round(min(ot_h, float(rng.uniform(900, 1300))), 1)
            reg_h = round(reg_h, 1)
            pay_rate = wage * 1.03 ** (fy - 2020)
            reg_pay = round(reg_h * pay_rate, 2)
            ot_pay = round(ot_h * pay_rate * 1.5, 2)
            rows.append(
                {
                    "Employee ID": eid,
                    "Department": dept,
                    "Job Title": title,
                    "Fiscal Year": fy,
                    "Regular Hours": reg_h,
                    "Overtime Hours": ot_h,
                    "Regular Pay": f"${reg_pay:,.2f}",
                    "Overtime Pay": f"${ot_pay:,.2f}",
                    "Total Pay": f"${reg_pay + ot_pay:,.2f}",
                }
            )
    return pd.DataFrame(rows).sort_values(["Fiscal Year", "Employee ID"], kind="stable").reset_index(drop=True)


def _ot_fy(df: pd.DataFrame, fy: int) -> pd.DataFrame:
    return df[_num(df, "Fiscal Year") == fy]


_OT_QS = [
    Q(
        "which department paid out the most overtime in fy2023",
        _lead(
            _named(
                lambda df: _top(
                    _num(_ot_fy(df, 2023), "Overtime Pay").groupby(_text(_ot_fy(df, 2023), "Department")).sum()
                )
            )
        ),
        ("Department", "Overtime Pay", "Fiscal Year"),
    ),
    Q(
        "how much overtime did the city pay in total over all the years",
        _amount(lambda df: float(_num(df, "Overtime Pay").sum())),
        ("Overtime Pay",),
    ),
    Q(
        "who logged the most overtime hours in a single year",
        _lead(_named(lambda df: str(_text(df, "Employee ID")[_num(df, "Overtime Hours").idxmax()]))),
        ("Employee ID", "Overtime Hours", "Fiscal Year"),
    ),
    Q(
        "what share of employees got no overtime at all in 2023",
        _share(lambda df: float((_num(_ot_fy(df, 2023), "Overtime Hours") == 0).mean())),
        ("Overtime Hours", "Fiscal Year", "Employee ID"),
    ),
    Q(
        "how did the average overtime hours per employee change from 2020 to 2023",
        _about(lambda df: [float(_num(_ot_fy(df, fy), "Overtime Hours").mean()) for fy in (2020, 2023)]),
        ("Overtime Hours", "Fiscal Year", "Employee ID"),
    ),
    Q(
        "for police, how much of their total pay is overtime, as a percent",
        _share(
            lambda df: float(
                _num(df, "Overtime Pay")[_text(df, "Department") == "POLICE"].sum()
                / _num(df, "Total Pay")[_text(df, "Department") == "POLICE"].sum()
            )
        ),
        ("Department", "Overtime Pay", "Total Pay"),
    ),
]


# --- 5. Farmers market vendor sales --------------------------------------------------------------------------------

# vendor: (category, mean gross sales per market, share of sales paid with SNAP tokens, attends share)
_FM_VENDORS: dict[str, tuple[str, float, float, float]] = {
    "Green Acres Farm": ("Produce", 1450, 0.09, 0.97),
    "Rolling Hills Orchard": ("Produce", 1150, 0.07, 0.8),
    "Sunny Side Greens": ("Produce", 620, 0.11, 0.9),
    "Hernandez Family Farm": ("Produce", 880, 0.12, 0.95),
    "Twin Oaks Pasture": ("Meat", 1320, 0.03, 0.9),
    "Red Barn Poultry": ("Meat", 760, 0.04, 0.75),
    "Flour Power Bakery": ("Baked Goods", 940, 0.02, 0.95),
    "Sweet Crumb Pies": ("Baked Goods", 510, 0.01, 0.7),
    "Rise & Shine Breads": ("Baked Goods", 680, 0.02, 0.85),
    "Taco Loco Truck": ("Prepared Food", 1050, 0.0, 0.9),
    "Mama Lin's Dumplings": ("Prepared Food", 830, 0.0, 0.8),
    "Brew Bros Coffee": ("Prepared Food", 700, 0.0, 0.95),
    "Meadow Creamery": ("Dairy", 720, 0.06, 0.85),
    "Wildflower Stems": ("Flowers", 420, 0.0, 0.7),
}


def _market_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27105)
    rows: list[dict[str, Any]] = []
    for year in (2022, 2023):
        days = pd.date_range(f"{year}-05-01", f"{year}-10-31", freq="W-SAT")
        for day in days:
            season = 0.75 + 0.5 * np.sin(np.pi * (day.dayofyear - 121) / 184)
            weather = rng.lognormal(0, 0.18) * (0.45 if rng.random() < 0.06 else 1.0)
            growth = 1.08 if year == 2023 else 1.0
            vendor_rows = []
            for name, (cat, mean, snap, attend) in _FM_VENDORS.items():
                if rng.random() > attend:
                    continue
                boost = season if cat == "Produce" else 1.0 + 0.3 * (season - 1)
                gross = round(float(mean * boost * weather * growth * rng.lognormal(0, 0.22)), 2)
                tokens = float(5 * round(gross * snap * rng.uniform(0.6, 1.4) / 5))
                incentive = float(min(tokens, 20 * int(rng.integers(1, 6)))) if cat in ("Produce", "Dairy") else 0.0
                customers = int(max(3, round(gross / rng.uniform(14, 24))))
                vendor_rows.append(
                    {
                        "Market Date": f"{day.month}/{day.day}/{day.year}",
                        "Vendor Name": name,
                        "Vendor Category": cat,
                        "Gross Sales": gross,
                        "SNAP Tokens ($)": tokens,
                        "Incentive ($)": incentive,
                        "Customers": customers,
                    }
                )
            rows.extend(vendor_rows)
            total = pd.DataFrame(vendor_rows)
            rows.append(
                {
                    "Market Date": f"{day.month}/{day.day}/{day.year}",
                    "Vendor Name": "MARKET TOTAL",
                    "Vendor Category": "",
                    "Gross Sales": round(float(total["Gross Sales"].sum()), 2),
                    "SNAP Tokens ($)": float(total["SNAP Tokens ($)"].sum()),
                    "Incentive ($)": float(total["Incentive ($)"].sum()),
                    "Customers": int(total["Customers"].sum()),
                }
            )
    return pd.DataFrame(rows)


def _fm_vendors(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Vendor Name") != "MARKET TOTAL"]


def _fm_dates(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Market Date"), format="%m/%d/%Y")


def _fm_busiest(df: pd.DataFrame) -> pd.Timestamp:
    v = _fm_vendors(df)
    return pd.Timestamp(_num(v, "Customers").groupby(_fm_dates(v)).sum().idxmax())


_FM_QS = [
    Q(
        "which vendor sold the most overall",
        _lead(
            _named(
                lambda df: _top(
                    _num(_fm_vendors(df), "Gross Sales").groupby(_text(_fm_vendors(df), "Vendor Name")).sum()
                )
            )
        ),
        ("Vendor Name", "Gross Sales"),
    ),
    Q(
        "how much snap was redeemed in 2023",
        _amount(
            lambda df: float(_num(_fm_vendors(df), "SNAP Tokens ($)")[_fm_dates(_fm_vendors(df)).dt.year == 2023].sum())
        ),
        ("SNAP Tokens ($)", "Market Date"),
    ),
    Q(
        "what does a bakery vendor typically make on a market day",
        _typical(lambda df: _num(df, "Gross Sales")[_text(df, "Vendor Category") == "Baked Goods"]),
        ("Vendor Category", "Gross Sales", "Market Date"),
    ),
    Q(
        "which market day had the most customers",
        _lead(_day(_fm_busiest)),
        ("Market Date", "Customers"),
    ),
    Q(
        "what share of all sales came from produce",
        _share(
            lambda df: float(
                _num(_fm_vendors(df), "Gross Sales")[_text(_fm_vendors(df), "Vendor Category") == "Produce"].sum()
                / _num(_fm_vendors(df), "Gross Sales").sum()
            )
        ),
        ("Vendor Category", "Gross Sales"),
    ),
    Q(
        "and which produce vendor had the highest average sales per market?",
        _lead(
            _named(
                lambda df: _top(
                    _num(df[_text(df, "Vendor Category") == "Produce"], "Gross Sales")
                    .groupby(_text(df[_text(df, "Vendor Category") == "Produce"], "Vendor Name"))
                    .mean()
                )
            )
        ),
        ("Vendor Name", "Vendor Category", "Gross Sales", "Market Date"),
    ),
]


# --- 6. Voter registration by precinct and party -------------------------------------------------------------------

_VR_PARTIES = {"DEM": 0.36, "REP": 0.30, "UNA": 0.32, "LIB": 0.02}


def _voter_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27106)
    rows: list[dict[str, Any]] = []
    months = pd.period_range("2023-01", "2024-12", freq="M")
    for p in range(1, 43):
        size = rng.integers(1200, 6500)
        lean = rng.dirichlet([a * 40 for a in _VR_PARTIES.values()])
        for party, share in zip(_VR_PARTIES, lean, strict=True):
            active = float(size * share)
            inactive = float(active * rng.uniform(0.05, 0.14))
            for month in months:
                # registrations climb toward the November 2024 election, then drop
                pull = 1.0 + (3.2 if month == pd.Period("2024-10", "M") else 0.0)
                pull += 1.6 if month in (pd.Period("2024-09", "M"), pd.Period("2024-08", "M")) else 0.0
                pull += 0.4 if month.year == 2024 and month.month < 8 else 0.0
                new = int(rng.poisson(active * 0.004 * pull * (1.6 if party == "UNA" else 1.0)))
                moved = int(rng.poisson(active * 0.003))
                active = max(active + new - moved, 0.0)
                inactive = max(inactive + moved * 0.8 - rng.poisson(inactive * 0.01), 0.0)
                if month == pd.Period("2023-06", "M"):
                    # list maintenance moves voters to inactive
                    shift = active * 0.03
                    active -= shift
                    inactive += shift
                rows.append(
                    {
                        "Report Month": str(month),
                        "Precinct": f"P-{p:03d}",
                        "Party": party,
                        "Active Voters": round(active),
                        "Inactive Voters": round(inactive),
                        "New Registrations": np.nan if rng.random() < 0.01 else new,
                    }
                )
    return pd.DataFrame(rows)


def _vr_last(df: pd.DataFrame) -> pd.DataFrame:
    month = _text(df, "Report Month")
    return df[month == month.max()]


_VR_QS = [
    Q(
        "how many active voters are there as of the latest report",
        _count(lambda df: int(_num(_vr_last(df), "Active Voters").sum())),
        ("Active Voters", "Report Month"),
    ),
    Q(
        "which party has the most active voters right now",
        _lead(_named(lambda df: _top(_num(_vr_last(df), "Active Voters").groupby(_text(_vr_last(df), "Party")).sum()))),
        ("Party", "Active Voters", "Report Month"),
    ),
    Q(
        "what percent of them are unaffiliated",
        _share(
            lambda df: float(
                _num(_vr_last(df), "Active Voters")[_text(_vr_last(df), "Party") == "UNA"].sum()
                / _num(_vr_last(df), "Active Voters").sum()
            )
        ),
        ("Party", "Active Voters", "Report Month"),
    ),
    Q(
        "total new registrations in 2024",
        _count(lambda df: int(_num(df, "New Registrations")[_text(df, "Report Month").str[:4] == "2024"].sum())),
        ("New Registrations", "Report Month"),
    ),
    Q(
        "which month had the most new registrations",
        _lead(
            _month_year(
                lambda df: pd.Timestamp(
                    _top(_num(df, "New Registrations").groupby(_text(df, "Report Month")).sum()) + "-01"
                )
            )
        ),
        ("New Registrations", "Report Month"),
    ),
    Q(
        "which precinct has the most inactive voters currently",
        _lead(
            _named(
                lambda df: _top(_num(_vr_last(df), "Inactive Voters").groupby(_text(_vr_last(df), "Precinct")).sum())
            )
        ),
        ("Precinct", "Inactive Voters", "Report Month"),
    ),
]


# --- 7. Ferry ridership by route -----------------------------------------------------------------------------------

# route: (walk-ons a month, vehicles a month, trips a month, bike share of walk-ons, weather exposure)
_FR_ROUTES: dict[str, tuple[int, int, int, float, float]] = {
    "Seattle / Bainbridge Island": (210000, 95000, 700, 0.045, 1.0),
    "Edmonds / Kingston": (60000, 150000, 760, 0.03, 1.1),
    "Mukilteo / Clinton": (55000, 170000, 1050, 0.03, 0.9),
    "Seattle / Bremerton": (95000, 30000, 420, 0.05, 1.0),
    "Fauntleroy / Vashon / Southworth": (45000, 140000, 1500, 0.04, 1.2),
    "Point Defiance / Tahlequah": (12000, 38000, 520, 0.05, 1.0),
    "Port Townsend / Coupeville": (9000, 26000, 330, 0.07, 2.6),
    "Anacortes / San Juan Islands": (40000, 60000, 560, 0.09, 1.8),
}


def _ferry_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27107)
    rows: list[dict[str, Any]] = []
    for month in pd.date_range("2019-01-01", "2023-12-01", freq="MS"):
        summer = 1.0 + 0.35 * np.sin(np.pi * (month.month - 3.5) / 6)
        covid = 1.0
        if pd.Timestamp("2020-03-01") <= month < pd.Timestamp("2022-01-01"):
            covid = 0.45 if month < pd.Timestamp("2021-01-01") else 0.65
        crew = 1.0 + (1.5 if month.year >= 2021 else 0.0)
        month_rows = []
        for route, (walk, veh, trips, bike, exposure) in _FR_ROUTES.items():
            scheduled = int(trips * rng.uniform(0.97, 1.03))
            cancel_rate = float(
                np.clip(rng.gamma(1.5, 0.006 * exposure * crew * (1.4 if month.month in (12, 1, 2) else 1.0)), 0, 0.4)
            )
            cancelled = round(scheduled * cancel_rate)
            walkers = int(walk * summer * covid * rng.lognormal(0, 0.05) * (1 - cancel_rate))
            on_time = float(np.clip(97.5 - 120 * cancel_rate + rng.normal(0, 1.5) - 2 * exposure, 55, 99.9))
            month_rows.append(
                {
                    "Route": route,
                    "Month": f"{month:%b %Y}",
                    "Walk-On Passengers": walkers,
                    "Vehicles": int(veh * summer**1.3 * (0.5 + 0.5 * covid) * rng.lognormal(0, 0.05)),
                    "Bicycles": int(walkers * bike * summer**2.5 * rng.lognormal(0, 0.1)),
                    "Trips Sailed": scheduled - cancelled,
                    "Trips Cancelled": cancelled,
                    "On-Time %": "N/A" if rng.random() < 0.04 else f"{on_time:.1f}%",
                }
            )
        rows.extend(month_rows)
        total = pd.DataFrame(month_rows)
        rows.append(
            {
                "Route": "All Routes",
                "Month": f"{month:%b %Y}",
                **{
                    c: int(total[c].sum())
                    for c in ("Walk-On Passengers", "Vehicles", "Bicycles", "Trips Sailed", "Trips Cancelled")
                },
                "On-Time %": "",
            }
        )
    return pd.DataFrame(rows)


def _fr_routes(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Route") != "All Routes"]


def _fr_months(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Month"), format="%b %Y")


def _fr_cancel_picks(df: pd.DataFrame) -> list[str]:
    r = _fr_routes(df)
    by = r.groupby(_text(r, "Route"))[["Trips Sailed", "Trips Cancelled"]].sum()
    return [
        _top(by["Trips Cancelled"] / (by["Trips Sailed"] + by["Trips Cancelled"])),
        _top(by["Trips Cancelled"] / by["Trips Sailed"]),
    ]


_FR_QS = [
    Q(
        "which route has the most walk-on riders",
        _lead(
            _named(
                lambda df: _top(
                    _num(_fr_routes(df), "Walk-On Passengers").groupby(_text(_fr_routes(df), "Route")).sum()
                )
            )
        ),
        ("Route", "Walk-On Passengers"),
    ),
    Q(
        "how many cars did the ferries carry in 2023",
        _amount(lambda df: float(_num(_fr_routes(df), "Vehicles")[_fr_months(_fr_routes(df)).dt.year == 2023].sum())),
        ("Vehicles", "Month"),
    ),
    Q(
        "which route cancels the biggest share of its sailings",
        _lead(_names_any(_fr_cancel_picks)),
        ("Route", "Trips Sailed", "Trips Cancelled"),
    ),
    Q(
        "what's the typical on-time rate on the bainbridge run",
        _typical(lambda df: _num(df, "On-Time %")[_text(df, "Route") == "Seattle / Bainbridge Island"].dropna()),
        ("Route", "On-Time %"),
    ),
    Q(
        "which month had the most bikes",
        _lead(
            _month_year(lambda df: _num(_fr_routes(df), "Bicycles").groupby(_fr_months(_fr_routes(df))).sum().idxmax())
        ),
        ("Bicycles", "Month"),
    ),
    Q(
        "is on-time performance worse when more trips get cancelled?",
        _corr(lambda d: _num(_fr_routes(d), "Trips Cancelled"), lambda d: _num(_fr_routes(d), "On-Time %")),
        ("Trips Cancelled", "On-Time %"),
    ),
]


HELDOUT271: list[Dataset] = [
    Dataset("city_demolition_permits", _demo_frame, _DM_QS),
    Dataset("state_boiler_pressure_vessel_inspections", _boiler_frame, _BP_QS),
    Dataset("state_child_care_inspections", _childcare_frame, _CC_QS),
    Dataset("city_employee_overtime_report", _overtime_frame, _OT_QS),
    Dataset("farmers_market_vendor_sales", _market_frame, _FM_QS),
    Dataset("county_voter_registration_by_precinct", _voter_frame, _VR_QS),
    Dataset("state_ferry_monthly_ridership", _ferry_frame, _FR_QS),
]
