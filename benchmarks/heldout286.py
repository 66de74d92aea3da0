"""HELDOUT286: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a vending machine operator's
route sales log (one row per machine visit, 2023) with "Visit Date" as "03/05/2023", "Route" as "RT-03", upper-case
"Location" names ("MERCY HOSPITAL - ER LOBBY"), "Machine ID" as "VM-1042" (each machine on one route and at one
location), "Snack Units", "Drink Units", "Cash Collected" and "Card Sales" as "$123.50" ("Card Sales" blank when the
card reader was offline), "Items Restocked" and "Out of Stock Slots"; a locksmith's job tickets (2023) with "Ticket #"
as "J-10234", "Date" as "2023-04-05", "Time Called" as "7:45 PM", "Job Type" (Lockout, Rekey, Install, Safe),
"Customer Type" (Home, Car, Business), "Travel Miles", "Labor Min", "Parts Cost" and "Total Billed" as "$185.00" and
"After Hours" as Y/N (before 8 AM, after 6 PM or on a weekend); a state DMV's road test results (public data, one row
per office per month per test type, January 2022 to December 2023) with upper-case "OFFICE", "MONTH" as "Jan 2023",
"TEST TYPE" (CAR, MOTORCYCLE, CDL; CDL only at some offices), "TESTS GIVEN" = "PASSED" + "FAILED" and "NO SHOWS"
("N/A" at a few offices in a few months), plus a "STATEWIDE TOTAL" row per month and test type that sums the offices;
a martial arts dojo's attendance sheet (one row per enrolled student per class, January to June 2024) with
"Class Date" as "3/4/2024", "Student" as "Lopez, Maria", "Age", "Belt" (the belt held that day, White to Black),
"Class" (Kids, Adult, Sparring), "Attended", "Belt Test" as Y/N and "Promoted" as Y/N (blank when there was no
test); a university's grade distribution (public data, one row per section, Fall 2022 to Spring 2024) with "TERM" as
"Fall 2022", "SUBJ" codes ("MATH"), "CRSE" numbers, "SECT" as "001" (read back as 1), "INSTRUCTOR" as "Smith, John",
"ENROLLED" = A + B + C + D + F + W and "AVG GPA" (blank on sections with fewer than 10 graded students); a home
bakery's custom cake order book (2023 and 2024) with "Order #", "Order Date" and "Pickup Date" as "2024-02-03",
"Cake Type" (Birthday, Wedding, Baby Shower, Graduation, Anniversary, Sculpted), "Tiers", "Servings", "Flavor",
"Price" and "Deposit" as "$185.00" (deposit blank when none was taken), "Delivery" as Yes/No and "Rush Fee" as
"$25.00" (blank when none); and an amateur radio logbook exported from ADIF (one row per contact, 2023) with
"QSO_DATE" as 20230415, "TIME_ON" as "093215" (read back as a number, the leading zero lost), upper-case "CALL"
(repeat contacts), "BAND" as "20m", "MODE" (SSB, CW, FT8), "FREQ" in MHz, "COUNTRY", "DISTANCE" in km (blank when
the other station gave no grid), "RST_SENT" / "RST_RCVD" (59, 599 or FT8 dB like -12) and "QSL_RCVD" as Y/N. All are
generated with a fixed seed.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _shares
from .heldout253 import _amount, _named_any, _num, _text, _top, _typical
from .heldout273 import _code
from .offline_eval import Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

# --- 1. Vending route sales log ------------------------------------------------------------------------------------

_VM_PLACES = {
    "RT-01": ["MERCY HOSPITAL - ER LOBBY", "MERCY HOSPITAL - CAFE HALL", "LAKEVIEW APTS LAUNDRY", "QUICK LUBE #4"],
    "RT-02": ["CENTRAL HIGH SCHOOL GYM", "CENTRAL HIGH SCHOOL CAFETERIA", "YMCA NORTH", "CITY HALL BREAKROOM"],
    "RT-03": ["ACME WAREHOUSE DOCK 2", "ACME WAREHOUSE OFFICE", "TRUCK STOP I-80 EXIT 41", "STORAGE PLUS"],
    "RT-04": ["STATE COLLEGE LIBRARY", "STATE COLLEGE DORM A", "STATE COLLEGE DORM C", "BUS DEPOT"],
    "RT-05": ["SUNRISE AUTO BODY", "PINEWOOD MOTEL", "COUNTY COURTHOUSE", "FIRE STATION 7"],
}


def _vending_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28601)
    machines: list[tuple[str, str, str, float, float]] = []
    ids = rng.choice(np.arange(1000, 1300), 30, replace=False)
    k = 0
    for route, places in _VM_PLACES.items():
        for place in places:
            for _ in range(int(rng.integers(1, 3))):
                size = float(rng.uniform(0.5, 1.6))
                drink = float(rng.uniform(0.6, 1.8)) * (1.4 if route == "RT-03" else 1.0)
                machines.append((route, place, f"VM-{ids[k]}", size, drink))
                k += 1
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2023-01-02", "2023-12-29", freq="D"):
        if day.dayofweek >= 5:
            continue
        season = 1 + 0.25 * np.sin((day.month - 4) / 12 * 2 * np.pi)
        for route, place, mid, size, drink in machines:
            if rng.random() > 0.28:
                continue
            snacks = int(rng.poisson(30 * size))
            drinks = int(rng.poisson(26 * drink * season))
            money = snacks * 1.5 + drinks * 2.0
            card_part = float(rng.uniform(0.3, 0.6))
            card = round(money * card_part, 2)
            cash = round(money - card, 2)
            offline = rng.random() < 0.06
            empty = int(rng.poisson(0.4 + 0.05 * (snacks + drinks) / 10 * size))
            rows.append(
                {
                    "Visit Date": f"{day:%m/%d/%Y}",
                    "Route": route,
                    "Location": place,
                    "Machine ID": mid,
                    "Snack Units": snacks,
                    "Drink Units": drinks,
                    "Cash Collected": f"${cash:,.2f}",
                    "Card Sales": "" if offline else f"${card:,.2f}",
                    "Items Restocked": snacks + drinks + int(rng.integers(-4, 6)),
                    "Out of Stock Slots": empty,
                }
            )
    return pd.DataFrame(rows)


def _vm_money_month(df: pd.DataFrame) -> pd.Timestamp:
    when = pd.to_datetime(_text(df, "Visit Date"), format="%m/%d/%Y")
    money = _num(df, "Cash Collected").fillna(0) + _num(df, "Card Sales").fillna(0)
    return money.groupby(when.dt.to_period("M")).sum().idxmax().to_timestamp()


def _vm_empty(df: pd.DataFrame) -> pd.Series:
    return df["Out of Stock Slots"].astype(float) >= 3


_VM_QS = [
    Q(
        "how much cash did we collect all year",
        _amount(lambda df: float(_num(df, "Cash Collected").sum())),
        ("Cash Collected",),
    ),
    Q(
        "which route sells the most drinks",
        _lead(_code(lambda df: _top(df["Drink Units"].groupby(_text(df, "Route")).sum()))),
        ("Route", "Drink Units"),
    ),
    Q(
        "average card sales per visit?",
        either(
            _about(lambda df: float(_num(df, "Card Sales").mean())),
            _about(lambda df: float(_num(df, "Card Sales").fillna(0).mean())),
        ),
        ("Card Sales",),
    ),
    Q(
        "which month brought in the most money, cash and card together",
        _lead(_month_year(_vm_money_month)),
        ("Visit Date", "Cash Collected", "Card Sales"),
    ),
    Q(
        "how many visits found 3 or more empty slots",
        _count(lambda df: int(_vm_empty(df).sum())),
        ("Out of Stock Slots",),
    ),
    Q(
        "which machine did that happen to most",
        _lead(_code(lambda df: _top(_text(df, "Machine ID")[_vm_empty(df)].value_counts()))),
        ("Machine ID", "Out of Stock Slots", "Location"),
    ),
]


# --- 2. Locksmith job tickets --------------------------------------------------------------------------------------

_LS_JOBS = {"Lockout": (45, 25, 0), "Rekey": (25, 50, 18), "Install": (20, 80, 65), "Safe": (6, 120, 40)}


def _locksmith_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28602)
    rows: list[dict[str, Any]] = []
    for n in range(1100):
        day = pd.Timestamp("2023-01-01") + pd.Timedelta(days=int(rng.integers(0, 365)))
        job = str(_one(rng, list(_LS_JOBS), [v[0] for v in _LS_JOBS.values()]))
        cust = str(_one(rng, ["Home", "Car", "Business"], [5, 4, 2] if job == "Lockout" else [5, 0.3, 3]))
        minute = int(np.clip(rng.normal(13 * 60, 4 * 60), 0, 24 * 60 - 1))
        after = minute < 8 * 60 or minute >= 18 * 60 or day.dayofweek >= 5
        miles = round(float(rng.gamma(2.5, 4.0)), 1)
        labor = int(np.clip(rng.normal(_LS_JOBS[job][1], _LS_JOBS[job][1] * 0.3), 10, 400))
        parts = round(float(rng.gamma(2, _LS_JOBS[job][2] / 2)), 2) if _LS_JOBS[job][2] else 0.0
        total = 65 + miles * 1.5 + labor * 1.4 + parts * 1.3 + (75 if after else 0) + float(rng.normal(0, 10))
        t = pd.Timestamp("2000-01-01") + pd.Timedelta(minutes=minute)
        rows.append(
            {
                "Ticket #": f"J-{10200 + n}",
                "Date": f"{day:%Y-%m-%d}",
                "Time Called": t.strftime("%I:%M %p").lstrip("0"),
                "Job Type": job,
                "Customer Type": cust,
                "Travel Miles": miles,
                "Labor Min": labor,
                "Parts Cost": f"${parts:,.2f}",
                "Total Billed": f"${round(total, 0):,.2f}",
                "After Hours": "Y" if after else "N",
            }
        )
    df = pd.DataFrame(rows).sort_values(["Date"], kind="stable").reset_index(drop=True)
    df["Ticket #"] = [f"J-{10200 + n}" for n in range(len(df))]
    return df


def _ls_busiest(df: pd.DataFrame) -> pd.Timestamp:
    when = pd.to_datetime(_text(df, "Date"))
    return when.dt.to_period("M").value_counts().sort_index(kind="stable").idxmax().to_timestamp()


_LS_QS = [
    Q(
        "how many car lockouts did we do",
        _count(lambda df: int(((_text(df, "Job Type") == "Lockout") & (_text(df, "Customer Type") == "Car")).sum())),
        ("Job Type", "Customer Type"),
    ),
    Q(
        "avg bill by job type",
        _about(lambda df: _num(df, "Total Billed").groupby(_text(df, "Job Type")).mean().to_numpy(), rel=0.005),
        ("Job Type", "Total Billed"),
    ),
    Q(
        "what percent of calls come in after hours",
        _share(lambda df: float((_text(df, "After Hours") == "Y").mean())),
        ("After Hours",),
    ),
    Q(
        "whats the average bill after hours vs regular hours",
        _about(lambda df: _num(df, "Total Billed").groupby(_text(df, "After Hours")).mean().to_numpy(), rel=0.005),
        ("After Hours", "Total Billed"),
    ),
    Q(
        "does driving further mean a bigger bill",
        _corr(lambda df: df["Travel Miles"].astype(float), lambda df: _num(df, "Total Billed")),
        ("Travel Miles", "Total Billed"),
    ),
    Q("which month was busiest", _lead(_month_year(_ls_busiest)), ("Date", "Ticket #")),
]


# --- 3. DMV road test results --------------------------------------------------------------------------------------

_DM_OFFICES = [
    "ALBANY", "BAKERSFIELD", "CEDAR FALLS", "DALTON", "EASTGATE", "FAIRVIEW", "GREENVILLE", "HARBOR CITY",
    "IRONWOOD", "JUNCTION", "KINGSLEY", "LAKE CITY", "MILLBROOK", "NORTHPORT", "OAK RIDGE", "PINE BLUFF",
    "RIVERSIDE", "SPRINGDALE",
]  # fmt: skip
_DM_TYPES = {"CAR": (420, 0.58), "MOTORCYCLE": (45, 0.72), "CDL": (60, 0.64)}


def _dmv_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28603)
    size = {o: float(rng.uniform(0.4, 1.8)) for o in _DM_OFFICES}
    skill = {o: float(rng.normal(0, 0.06)) for o in _DM_OFFICES}
    cdl = {o: rng.random() < 0.5 for o in _DM_OFFICES}
    rows: list[dict[str, Any]] = []
    for month in pd.date_range("2022-01-01", "2023-12-01", freq="MS"):
        season = 1 + 0.2 * np.sin((month.month - 3) / 12 * 2 * np.pi)
        total: dict[str, list[float]] = {}
        for office in _DM_OFFICES:
            for kind, (base, rate) in _DM_TYPES.items():
                if kind == "CDL" and not cdl[office]:
                    continue
                bump = season if kind != "MOTORCYCLE" else 1 + 0.8 * np.sin((month.month - 3) / 12 * 2 * np.pi)
                given = int(rng.poisson(base * size[office] * max(bump, 0.2)))
                drift = 0.03 if (kind == "CDL" and month.year == 2023) else 0.0
                passed = int(rng.binomial(given, float(np.clip(rate + skill[office] + drift, 0.2, 0.95))))
                noshow = int(rng.poisson(given * 0.08))
                blank = rng.random() < 0.03
                rows.append(
                    {
                        "OFFICE": office,
                        "MONTH": f"{month:%b %Y}",
                        "TEST TYPE": kind,
                        "TESTS GIVEN": given,
                        "PASSED": passed,
                        "FAILED": given - passed,
                        "NO SHOWS": "N/A" if blank else noshow,
                    }
                )
                t = total.setdefault(kind, [0, 0, 0])
                t[0] += given
                t[1] += passed
                t[2] += 0 if blank else noshow
        for kind, (g, p, n) in total.items():
            rows.append(
                {
                    "OFFICE": "STATEWIDE TOTAL",
                    "MONTH": f"{month:%b %Y}",
                    "TEST TYPE": kind,
                    "TESTS GIVEN": g,
                    "PASSED": p,
                    "FAILED": g - p,
                    "NO SHOWS": n,
                }
            )
    return pd.DataFrame(rows)


def _dm_offices(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "OFFICE") != "STATEWIDE TOTAL"]


def _dm_rate(df: pd.DataFrame) -> float:
    d = _dm_offices(df)
    d = d[_text(d, "TEST TYPE") == "CAR"]
    return float(d["PASSED"].sum() / d["TESTS GIVEN"].sum())


def _dm_worst(df: pd.DataFrame) -> str:
    d = _dm_offices(df)
    d = d[_text(d, "TEST TYPE") == "CAR"]
    g = d.groupby(_text(d, "OFFICE"))
    return _top(g["PASSED"].sum() / g["TESTS GIVEN"].sum(), lowest=True)


def _dm_year(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "MONTH"), format="%b %Y").dt.year


def _dm_busiest(df: pd.DataFrame) -> pd.Timestamp:
    d = _dm_offices(df)
    when = pd.to_datetime(_text(d, "MONTH"), format="%b %Y")
    return d["TESTS GIVEN"].groupby(when).sum().sort_index(kind="stable").idxmax()


def _dm_cdl_rates(df: pd.DataFrame) -> list[float]:
    d = _dm_offices(df)
    d = d[_text(d, "TEST TYPE") == "CDL"]
    g = d.groupby(_dm_year(d))
    return list((g["PASSED"].sum() / g["TESTS GIVEN"].sum()).to_numpy())


_DM_QS = [
    Q(
        "whats the overall pass rate for car road tests",
        either(
            _share(_dm_rate),
            _share(
                lambda df: float(
                    (lambda d: (d["PASSED"] / d["TESTS GIVEN"]).mean())(
                        _dm_offices(df)[_text(_dm_offices(df), "TEST TYPE") == "CAR"]
                    )
                )
            ),
        ),
        ("TEST TYPE", "PASSED", "TESTS GIVEN", "OFFICE"),
    ),
    Q(
        "which office has the lowest pass rate for car tests",
        _lead(_named(_dm_worst)),
        ("OFFICE", "TEST TYPE", "PASSED", "TESTS GIVEN"),
    ),
    Q(
        "how many motorcycle tests were given in 2023",
        _count(
            lambda df: int(
                _dm_offices(df)["TESTS GIVEN"][
                    (_text(_dm_offices(df), "TEST TYPE") == "MOTORCYCLE") & (_dm_year(_dm_offices(df)) == 2023)
                ].sum()
            )
        ),
        ("TEST TYPE", "TESTS GIVEN", "MONTH", "OFFICE"),
    ),
    Q(
        "how many people didnt show up for their test overall",
        _count(lambda df: int(_num(_dm_offices(df), "NO SHOWS").sum())),
        ("NO SHOWS", "OFFICE"),
    ),
    Q("which month had the most tests", _lead(_month_year(_dm_busiest)), ("MONTH", "TESTS GIVEN", "OFFICE")),
    Q(
        "compare the cdl pass rate in 2022 vs 2023",
        _shares(_dm_cdl_rates),
        ("TEST TYPE", "PASSED", "TESTS GIVEN", "MONTH", "OFFICE"),
    ),
]


# --- 4. Dojo attendance and belt tests -----------------------------------------------------------------------------

_DJ_BELTS = ["White", "Yellow", "Orange", "Green", "Blue", "Purple", "Brown", "Black"]
_DJ_FIRST = ["Maria", "Ethan", "Sofia", "Liam", "Aiden", "Chloe", "Noah", "Mia", "Lucas", "Ava", "Mason", "Zoe"]
_DJ_LAST = ["Lopez", "Nguyen", "Patel", "Kim", "Johnson", "Garcia", "Brown", "Silva", "Okafor", "Reyes", "Cohen"]


def _dojo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28604)
    names = list(
        dict.fromkeys(f"{b}, {a}" for a, b in zip(rng.choice(_DJ_FIRST, 90), rng.choice(_DJ_LAST, 90), strict=True))
    )
    students: dict[str, dict[str, Any]] = {}
    for n in names[:48]:
        kid = rng.random() < 0.55
        age = int(rng.integers(6, 14)) if kid else int(rng.integers(15, 52))
        belt = int(rng.integers(0, 4 if kid else 8))
        students[n] = {"age": age, "belt": belt, "keen": float(rng.uniform(0.45, 0.95)), "kid": kid}
    schedule = {0: ["Kids", "Adult"], 2: ["Kids", "Adult"], 4: ["Sparring"], 5: ["Kids"]}
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2024-01-02", "2024-06-29", freq="D"):
        test_day = day.dayofweek == 5 and day.day <= 7
        for cls in schedule.get(day.dayofweek, []):
            for n, s in students.items():
                if (cls == "Kids" and not s["kid"]) or (cls == "Adult" and s["kid"]):
                    continue
                if cls == "Sparring" and (s["belt"] < 2 or s["age"] < 12):
                    continue
                came = rng.random() < s["keen"] * (0.85 if cls == "Sparring" else 1.0)
                test = came and cls == "Kids" and test_day and rng.random() < 0.35 and s["belt"] < 7
                if not test and came and cls == "Adult" and day.dayofweek == 2 and day.day <= 7 and s["belt"] < 7:
                    test = rng.random() < 0.3
                promoted = test and rng.random() < (0.85 if s["kid"] else 0.7)
                rows.append(
                    {
                        "Class Date": f"{day.month}/{day.day}/{day.year}",
                        "Student": n,
                        "Age": s["age"],
                        "Belt": _DJ_BELTS[s["belt"]],
                        "Class": cls,
                        "Attended": "Y" if came else "N",
                        "Belt Test": "Y" if test else "N",
                        "Promoted": ("Y" if promoted else "N") if test else "",
                    }
                )
                if promoted:
                    s["belt"] += 1
    return pd.DataFrame(rows)


def _dj_tests(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Belt Test") == "Y"]


def _dj_pass(df: pd.DataFrame) -> float:
    return float((_text(df, "Promoted") == "Y").mean())


_DJ_QS = [
    Q("how many students do we have", _count(lambda df: int(_text(df, "Student").nunique())), ("Student",)),
    Q(
        "what's the overall attendance rate",
        _share(lambda df: float((_text(df, "Attended") == "Y").mean())),
        ("Attended",),
    ),
    Q(
        "which class type do people show up to the most",
        _lead(
            _named_any(
                lambda df: [
                    _top((_text(df, "Attended") == "Y").groupby(_text(df, "Class")).mean()),
                    _top((_text(df, "Attended") == "Y").groupby(_text(df, "Class")).sum()),
                ]
            )
        ),
        ("Class", "Attended"),
    ),
    Q(
        "what fraction of belt tests ended in a promotion",
        _share(lambda df: _dj_pass(_dj_tests(df))),
        ("Belt Test", "Promoted"),
    ),
    Q(
        "and for kids under 12?",
        _share(lambda df: _dj_pass(_dj_tests(df)[_dj_tests(df)["Age"].astype(float) < 12])),
        ("Belt Test", "Promoted", "Age"),
    ),
    Q(
        "who came to the most classes",
        _lead(_named(lambda df: _top(_text(df, "Student")[_text(df, "Attended") == "Y"].value_counts()))),
        ("Student", "Attended", "Class Date"),
    ),
]


# --- 5. University grade distribution ------------------------------------------------------------------------------

_GD_SUBJ = {
    "MATH": (2.55, [101, 112, 221, 231, 310]),
    "ENGL": (3.25, [101, 102, 210, 305]),
    "CHEM": (2.45, [111, 112, 241, 342]),
    "HIST": (3.05, [110, 120, 330]),
    "PSYC": (3.10, [101, 201, 315]),
    "CS": (2.85, [110, 150, 225, 340]),
    "BIOL": (2.70, [150, 151, 260]),
    "ECON": (2.80, [201, 202, 301]),
    "MUS": (3.45, [100, 130]),
}
_GD_LAST = ["Smith", "Chen", "Garcia", "Okonkwo", "Miller", "Haddad", "Novak", "Iyer", "Brooks", "Larsen", "Duarte"]
_GD_FIRST = ["John", "Wei", "Ana", "Chidi", "Karen", "Omar", "Petra", "Ravi", "Dana", "Erik", "Lucia", "Sam"]


def _grades_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28605)
    staff = {
        s: [f"{rng.choice(_GD_LAST)}, {rng.choice(_GD_FIRST)}" for _ in range(int(rng.integers(3, 7)))]
        for s in _GD_SUBJ
    }
    rows: list[dict[str, Any]] = []
    for term in ["Fall 2022", "Spring 2023", "Fall 2023", "Spring 2024"]:
        for subj, (mean, courses) in _GD_SUBJ.items():
            for crse in courses:
                for sect in range(1, int(rng.integers(2, 7 if crse < 200 else 4)) + 1):
                    size = int(np.clip(rng.normal(90 if crse < 200 else 32, 25 if crse < 200 else 10), 5, 250))
                    if rng.random() < 0.08:
                        size = int(rng.integers(4, 10))
                    gpa = float(
                        np.clip(rng.normal(mean + (0.1 if "Spring" in term else 0) - 0.15 * size / 100, 0.25), 1.3, 3.9)
                    )
                    centre = 4 - gpa
                    w = np.exp(-((np.arange(5) - centre) ** 2) / 1.4)
                    wd = float(np.clip(rng.normal(0.07 + (0.06 if subj in ("CHEM", "MATH") else 0), 0.05), 0, 0.4))
                    withdrawn = int(rng.binomial(size, wd))
                    counts = rng.multinomial(size - withdrawn, w / w.sum())
                    graded = int(counts.sum())
                    avg = float((counts * np.array([4, 3, 2, 1, 0])).sum() / graded) if graded else 0.0
                    rows.append(
                        {
                            "TERM": term,
                            "SUBJ": subj,
                            "CRSE": crse,
                            "SECT": f"{sect:03d}",
                            "INSTRUCTOR": str(_one(rng, staff[subj])),
                            "ENROLLED": size,
                            "A": int(counts[0]),
                            "B": int(counts[1]),
                            "C": int(counts[2]),
                            "D": int(counts[3]),
                            "F": int(counts[4]),
                            "W": withdrawn,
                            "AVG GPA": round(avg, 2) if graded >= 10 else "",
                        }
                    )
    return pd.DataFrame(rows)


def _gd_graded(df: pd.DataFrame) -> pd.Series:
    return df[["A", "B", "C", "D", "F"]].astype(float).sum(axis=1)


def _gd_weighted(df: pd.DataFrame, by: pd.Series) -> pd.Series:
    pts = df[["A", "B", "C", "D", "F"]].astype(float).to_numpy() @ np.array([4, 3, 2, 1, 0])
    return pd.Series(pts, index=df.index).groupby(by).sum() / _gd_graded(df).groupby(by).sum()


def _gd_season(df: pd.DataFrame) -> pd.Series:
    return _text(df, "TERM").str.split(" ").str[0]


_GD_QS = [
    Q(
        "what share of all grades given are As",
        either(
            _share(lambda df: float(df["A"].sum() / _gd_graded(df).sum())),
            _share(lambda df: float(df["A"].sum() / df["ENROLLED"].sum())),
        ),
        ("A", "B", "C", "D", "F", "W", "ENROLLED"),
    ),
    Q(
        "which department is the easiest grader",
        _lead(
            _named_any(
                lambda df: [
                    _top(_num(df, "AVG GPA").groupby(_text(df, "SUBJ")).mean()),
                    _top(_gd_weighted(df, _text(df, "SUBJ"))),
                    _top(df["A"].groupby(_text(df, "SUBJ")).sum() / _gd_graded(df).groupby(_text(df, "SUBJ")).sum()),
                ]
            )
        ),
        ("SUBJ", "AVG GPA", "A", "B", "C", "D", "F", "ENROLLED"),
    ),
    Q(
        "how many sections had more than 20% of students withdraw",
        _count(lambda df: int((df["W"] / df["ENROLLED"] > 0.2).sum())),
        ("W", "ENROLLED", "SECT"),
    ),
    Q(
        "which department fails the most students",
        _lead(
            _named_any(
                lambda df: [
                    _top(df["F"].groupby(_text(df, "SUBJ")).sum()),
                    _top(df["F"].groupby(_text(df, "SUBJ")).sum() / _gd_graded(df).groupby(_text(df, "SUBJ")).sum()),
                    _top(df["F"].groupby(_text(df, "SUBJ")).sum() / df["ENROLLED"].groupby(_text(df, "SUBJ")).sum()),
                ]
            )
        ),
        ("SUBJ", "F", "ENROLLED"),
    ),
    Q(
        "do bigger classes get lower grades",
        _corr(
            lambda df: df["ENROLLED"].astype(float)[_num(df, "AVG GPA").notna()],
            lambda df: _num(df, "AVG GPA").dropna(),
        ),
        ("ENROLLED", "AVG GPA"),
    ),
    Q(
        "average gpa in fall vs spring",
        either(
            has(lambda df: _num(df, "AVG GPA").groupby(_gd_season(df)).mean().to_numpy(), rel=0.002),
            has(lambda df: _gd_weighted(df, _gd_season(df)).to_numpy(), rel=0.002),
        ),
        ("TERM", "AVG GPA"),
    ),
]


# --- 6. Home bakery cake orders ------------------------------------------------------------------------------------

_CK_TYPES = {
    "Birthday": (40, (1, 2), 85),
    "Wedding": (10, (2, 5), 380),
    "Baby Shower": (12, (1, 2), 110),
    "Graduation": (10, (1, 2), 120),
    "Anniversary": (8, (1, 3), 140),
    "Sculpted": (6, (1, 2), 240),
}
_CK_FLAVORS = ["Vanilla", "Chocolate", "Red Velvet", "Lemon", "Funfetti", "Carrot", "Strawberry"]


def _cake_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28606)
    rows: list[dict[str, Any]] = []
    for n in range(520):
        placed = pd.Timestamp("2023-01-03") + pd.Timedelta(days=int(rng.integers(0, 720)))
        kind = str(_one(rng, list(_CK_TYPES), [v[0] for v in _CK_TYPES.values()]))
        lo, hi = _CK_TYPES[kind][1]
        tiers = int(rng.integers(lo, hi + 1))
        servings = int(np.clip(rng.normal(18 * tiers + (40 if kind == "Wedding" else 0), 8), 8, 250))
        lead = int(np.clip(rng.gamma(2.0, 25 if kind == "Wedding" else 7), 1, 240))
        rush = lead <= 3
        price = round(_CK_TYPES[kind][2] + servings * 2.2 + float(rng.normal(0, 15)), 0)
        flavor = str(_one(rng, _CK_FLAVORS, [30, 26, 14, 9, 12, 6, 8]))
        deposit = "" if rng.random() < 0.25 and kind != "Wedding" else f"${round(price * 0.5, -1):,.2f}"
        rows.append(
            {
                "Order #": 1001 + n,
                "Order Date": f"{placed:%Y-%m-%d}",
                "Pickup Date": f"{placed + pd.Timedelta(days=lead):%Y-%m-%d}",
                "Cake Type": kind,
                "Tiers": tiers,
                "Servings": servings,
                "Flavor": flavor,
                "Price": f"${price:,.2f}",
                "Deposit": deposit,
                "Delivery": "Yes" if rng.random() < (0.8 if kind == "Wedding" else 0.2) else "No",
                "Rush Fee": f"${25 if tiers == 1 else 40:,.2f}" if rush else "",
            }
        )
    df = pd.DataFrame(rows).sort_values("Order Date", kind="stable").reset_index(drop=True)
    df["Order #"] = range(1001, 1001 + len(df))
    return df


def _ck_2024(df: pd.DataFrame) -> list[float]:
    price = _num(df, "Price")
    fee = _num(df, "Rush Fee").fillna(0)
    out = []
    for col in ("Order Date", "Pickup Date"):
        in_year = _text(df, col).str.startswith("2024")
        out += [float(price[in_year].sum()), float((price + fee)[in_year].sum())]
    return out


def _ck_lead(df: pd.DataFrame) -> pd.Series:
    return (pd.to_datetime(_text(df, "Pickup Date")) - pd.to_datetime(_text(df, "Order Date"))).dt.days


def _ck_rush(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Rush Fee").fillna(0) > 0


_CK_QS = [
    Q(
        "how much did cakes bring in during 2024",
        either(*[_amount(lambda df, k=k: _ck_2024(df)[k]) for k in range(4)]),
        ("Price", "Order Date", "Pickup Date", "Rush Fee"),
    ),
    Q("most popular flavor?", _lead(_named(lambda df: _top(_text(df, "Flavor").value_counts()))), ("Flavor",)),
    Q(
        "average price of a wedding cake",
        _about(lambda df: float(_num(df, "Price")[_text(df, "Cake Type") == "Wedding"].mean()), rel=0.005),
        ("Cake Type", "Price"),
    ),
    Q("how far ahead do people usually order", _typical(_ck_lead), ("Order Date", "Pickup Date")),
    Q("how many orders had a rush fee", _count(lambda df: int(_ck_rush(df).sum())), ("Rush Fee",)),
    Q(
        "and what share of those got delivered",
        _share(lambda df: float((_text(df, "Delivery") == "Yes")[_ck_rush(df)].mean())),
        ("Rush Fee", "Delivery"),
    ),
]


# --- 7. Ham radio contact log --------------------------------------------------------------------------------------

_HR_COUNTRIES = {
    "United States": (50, 1800, "K"),
    "Canada": (10, 2200, "VE"),
    "Mexico": (4, 2600, "XE"),
    "Japan": (6, 10200, "JA"),
    "Germany": (6, 7600, "DL"),
    "England": (5, 6900, "G"),
    "Italy": (4, 8300, "I"),
    "Brazil": (3, 8800, "PY"),
    "Australia": (3, 14500, "VK"),
    "Spain": (3, 7400, "EA"),
}
_HR_BANDS = {
    "20m": (14.0, 14.35, 40),
    "40m": (7.0, 7.3, 25),
    "15m": (21.0, 21.45, 15),
    "10m": (28.0, 29.7, 10),
    "80m": (3.5, 4.0, 10),
}
_HR_FT8 = {"20m": 14.074, "40m": 7.074, "15m": 21.074, "10m": 28.074, "80m": 3.573}


def _hamlog_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28607)
    letters = np.array(list("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    pool: list[tuple[str, str]] = []
    for country, (w, _dist, prefix) in _HR_COUNTRIES.items():
        for _ in range(w * 12):
            pool.append(
                (f"{prefix}{rng.integers(0, 10)}{''.join(rng.choice(letters, int(rng.integers(2, 4))))}", country)
            )
    rows: list[dict[str, Any]] = []
    for _ in range(2600):
        call, country = pool[int(rng.integers(len(pool)))] if rng.random() < 0.85 else pool[int(rng.integers(40))]
        band = str(_one(rng, list(_HR_BANDS), [v[2] for v in _HR_BANDS.values()]))
        mode = str(_one(rng, ["FT8", "SSB", "CW"], [55, 30, 15]))
        day = pd.Timestamp("2023-01-01") + pd.Timedelta(days=int(rng.integers(0, 365)))
        if rng.random() < 0.1:
            day = pd.Timestamp("2023-10-28") + pd.Timedelta(days=int(rng.integers(0, 2)))
        stamp = day + pd.Timedelta(seconds=int(rng.integers(0, 86400)))
        lo, hi, _w = _HR_BANDS[band]
        freq = (
            _HR_FT8[band] + round(float(rng.uniform(0, 0.003)), 6)
            if mode == "FT8"
            else round(float(rng.uniform(lo, hi)), 4)
        )
        dist = _HR_COUNTRIES[country][1] * float(
            rng.uniform(0.3, 1.3) if country == "United States" else rng.uniform(0.85, 1.15)
        )
        if mode == "FT8":
            sent, rcvd = str(int(rng.integers(-24, 10))), str(int(rng.integers(-24, 10)))
        elif mode == "SSB":
            sent, rcvd = str(_one(rng, ["59", "57", "55", "58"])), str(_one(rng, ["59", "57", "55", "44"]))
        else:
            sent, rcvd = str(_one(rng, ["599", "579", "559"])), str(_one(rng, ["599", "589", "559"]))
        rows.append(
            {
                "QSO_DATE": f"{stamp:%Y%m%d}",
                "TIME_ON": f"{stamp:%H%M%S}",
                "CALL": call,
                "BAND": band,
                "MODE": mode,
                "FREQ": round(freq, 6),
                "COUNTRY": country,
                "DISTANCE": "" if rng.random() < 0.08 else int(dist),
                "RST_SENT": sent,
                "RST_RCVD": rcvd,
                "QSL_RCVD": "Y" if rng.random() < (0.7 if mode == "FT8" else 0.35) else "N",
            }
        )
    df = pd.DataFrame(rows)
    return df.sort_values(["QSO_DATE", "TIME_ON"], kind="stable").reset_index(drop=True)


def _hr_month(df: pd.DataFrame) -> pd.Timestamp:
    when = pd.to_datetime(df["QSO_DATE"].astype(str), format="%Y%m%d")
    return when.dt.to_period("M").value_counts().sort_index(kind="stable").idxmax().to_timestamp()


def _hr_far(df: pd.DataFrame) -> str:
    dist = _num(df, "DISTANCE")
    return str(_text(df, "COUNTRY")[dist.idxmax()])


_HR_QS = [
    Q(
        "how many different stations have i talked to",
        _count(lambda df: int(_text(df, "CALL").nunique())),
        ("CALL",),
    ),
    Q("which band do i use the most", _lead(_code(lambda df: _top(_text(df, "BAND").value_counts()))), ("BAND",)),
    Q(
        "what percent of my contacts got confirmed",
        _share(lambda df: float((_text(df, "QSL_RCVD") == "Y").mean())),
        ("QSL_RCVD",),
    ),
    Q("what country was my furthest contact in", _lead(_named(_hr_far)), ("COUNTRY", "DISTANCE", "CALL")),
    Q(
        "average distance on ft8 vs ssb",
        _about(lambda df: _num(df, "DISTANCE").groupby(_text(df, "MODE")).mean()[["FT8", "SSB"]].to_numpy(), rel=0.005),
        ("MODE", "DISTANCE"),
    ),
    Q("which month was i most active", _lead(_month_year(_hr_month)), ("QSO_DATE",)),
]


HELDOUT286: list[Dataset] = [
    Dataset("vending_route_sales_log", _vending_frame, _VM_QS),
    Dataset("locksmith_job_tickets", _locksmith_frame, _LS_QS),
    Dataset("dmv_road_test_results", _dmv_frame, _DM_QS),
    Dataset("dojo_attendance_belt_tests", _dojo_frame, _DJ_QS),
    Dataset("university_grade_distribution", _grades_frame, _GD_QS),
    Dataset("home_bakery_cake_orders", _cake_frame, _CK_QS),
    Dataset("ham_radio_contact_log", _hamlog_frame, _HR_QS),
]
