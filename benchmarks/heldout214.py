"""HELDOUT214: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports a person is likely to bring along: a Qardio
blood pressure export (QardioArm, 2023) with Date as "2023-01-15", Time as "07:42", "Systolic (mmHg)",
"Diastolic (mmHg)" and "Pulse (bpm)" as whole numbers, "Irregular Heartbeat" Yes / No, Location Home / Work (blank
when not set) and Notes mostly blank ("after coffee", "after workout", "stressed", "retake"), up to four readings a
day with a few quick retakes; a TeslaFi drives export (2023) with "Drive #" counting up, "Start Date" and "End Date"
as "2023-05-04 08:12:33", Starting / Ending Location as tagged places ("Home", "Work") or street addresses, "Duration
(h:mm)" as "0:23", Starting and Ending Odometer in miles, "Distance (mi)" (a few 0.0 drives that only moved the car
in the driveway, Efficiency then blank), Starting / Ending Range and Rated Range Used in miles, "Efficiency
(Wh/mi)" (worse in the cold), "kWh Used", "Max Speed (mph)", "Avg Speed (mph)", "Outside Temp (°F)" and "Inside
Temp (°F)" (a few blanks) and Tags mostly blank ("Commute", "Road Trip", "Errand"); a Paychex Flex payroll register
export (biweekly check dates in 2024 as "01/12/2024", "Last, First" Employee Name, numeric Employee ID, Department,
Pay Type Salary / Hourly, Regular Hours (80 for salaried), Overtime Hours (hourly staff only), every money column
written with thousands commas ("2,345.67") so the larger ones read back as text, Check Number counting up, and a
closing "Report Total" row with the column sums and a blank Check Date); a Snyk issues export from the Reports page
with upper-case column names, ISSUE_SEVERITY critical / high / medium / low, SCORE 0-1000, PROBLEM_TITLE ("Prototype
Pollution", "Regular Expression Denial of Service (ReDoS)", "GPL-3.0 license" ...), CVE and CWE (blank for Snyk Code
findings and license issues), PROJECT_NAME as "acme/web-frontend:package.json", PRODUCT_NAME "Snyk Open Source" /
"Snyk Code" / "Snyk Container", EXPLOIT_MATURITY Mature / Proof of Concept / No Known Exploit (blank for license
issues), AUTOFIXABLE true / false, FIRST_INTRODUCED as "2023-04-12 10:22:31.000", ISSUE_STATUS Open / Resolved /
Ignored and ISSUE_TYPE vuln / license; a Pi-hole query log export (one week of March 2024) with Time as
"2024-03-12 14:03:22", Type A / AAAA / HTTPS / PTR, Domain, Client as a LAN IP or a ".lan" hostname, Status "OK
(cached)" / "OK (forwarded)" / "Blocked (gravity)" / "Blocked (regex/wildcard)", Reply IP / CNAME / NODATA / BLOCKED
and "Reply Time (ms)" (a few blank); NRCS SNOTEL daily data for five sites in Colorado and Wyoming over water year
2023 (Report Generator CSV, long layout: Date as "2022-10-01", Site Name, State, "Elevation (ft)", "Snow Water
Equivalent (in) Start of Day Values", "Snow Depth (in)", "Precipitation Accumulation (in)" restarting each October,
"Air Temperature Observed (degF) Start of Day Values", "Air Temperature Maximum (degF)", "Air Temperature Minimum
(degF)", with sensor gaps left blank); and EEOC charge statistics by basis FY 1997 through FY 2023, one row per
year and basis ("FY 1997" in Fiscal Year; Basis including a "Total Charges" row per year, which is not the sum of
the bases since a charge can name several, and "Retaliation - Title VII only" beside "Retaliation - All
Statutes"; GINA rows before FY 2010 all "N/A"), counts written with thousands commas ("29,199") and "Monetary
Benefits (Millions)" as "$72.5". All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share, _year
from .offline_eval import Check, Dataset, Q, both, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

_BIG = (1e3, 1e6)


def _num(s: pd.Series) -> pd.Series:
    """Numbers written with "$", thousands commas or "N/A", as numbers."""
    return pd.to_numeric(s.astype(str).str.replace(r"[$,\s]", "", regex=True), errors="coerce")


def _top(scores: pd.Series) -> str:
    """The label with the highest score (ties: first in label order)."""
    s = scores.sort_index(kind="stable")
    return str(s.idxmax())


def _any_day(values: Callable[[pd.DataFrame], Any]) -> Check:
    """Any one of several calendar days (a plateau at the peak)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        days = list(values(df))
        whys = [_day(lambda _d, t=t: t)(answer, df) for t in days]
        return None if any(w is None for w in whys) else whys[0]

    return check


def _hour(value: Callable[[pd.DataFrame], int]) -> Check:
    """An hour of the day: "20:00", "8 PM", "8pm", "8-9 PM", "hour 20", "20h"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        h = int(value(df))
        h12 = h % 12 or 12
        half = "am" if h < 12 else "pm"
        patterns = [
            rf"(?<![\d:.]){h}:00",
            rf"(?<![\d:.])0{h}:00" if h < 10 else r"(?!x)x",
            rf"(?<![\d:.]){h12}(?::00)?\s*(?:-\s*\d{{1,2}}(?::00)?\s*)?{half}\b",
            rf"(?<![\d:.]){h12}(?::00)?\s*{half[0]}\.m\.",
            rf"\bhour\s+(?:of\s+)?0?{h}(?!\d)",
            rf"(?<![\d:.])0?{h}h\b",
        ]
        if any(re.search(p, answer, re.IGNORECASE) for p in patterns):
            return None
        return f"missing hour {h}"

    return check


# --- 1. Qardio blood pressure export ------------------------------------------------------------------------------

_SYS = "Systolic (mmHg)"
_DIA = "Diastolic (mmHg)"
_PULSE = "Pulse (bpm)"
# Month: extra systolic mmHg (a stressful winter, then a new routine)
_QARDIO_MONTH = {1: 6, 2: 9, 3: 5, 4: 3, 5: 1, 6: 0, 7: -1, 8: -2, 9: -1, 10: -3, 11: -4, 12: -2}


def _qardio_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21401)
    rows = []
    for day in pd.date_range("2023-01-01", "2023-12-31", freq="D"):
        for _ in range(int(_one(rng, [0, 1, 2, 3, 4], [20, 35, 30, 10, 5]))):
            hour = int(_one(rng, [6, 7, 8, 12, 13, 17, 18, 21, 22], [12, 18, 8, 8, 6, 10, 10, 16, 12]))
            when = day + pd.Timedelta(hours=hour, minutes=int(rng.integers(0, 60)))
            place = "Work" if 9 <= hour <= 17 and day.dayofweek < 5 else "Home"
            place = _one(rng, [place, ""], [92, 8])
            morning = hour < 9
            sys_ = 131 + _QARDIO_MONTH[day.month] + 5 * (place == "Work") + 4 * morning + rng.normal(0, 9)
            dia = 0.45 * sys_ + 24 + rng.normal(0, 5)
            pulse = 64 + 0.25 * (sys_ - 130) + 6 * (place == "Work") + rng.normal(0, 7)
            irregular = rng.random() < 0.04 + 0.05 * (pulse > 85)
            note = _one(rng, ["", "after coffee", "after workout", "stressed", "retake"], [85, 5, 4, 4, 2])
            rows.append((when, round(sys_), round(dia), round(pulse), irregular, place, note))
            if rng.random() < 0.05:
                again = when + pd.Timedelta(minutes=int(rng.integers(2, 6)))
                s2 = round(sys_ + rng.normal(-3, 4))
                rows.append((again, s2, round(dia + rng.normal(-1, 3)), round(pulse - 1), False, place, "retake"))
    df = pd.DataFrame(
        {
            "Date": [f"{r[0]:%Y-%m-%d}" for r in rows],
            "Time": [f"{r[0]:%H:%M}" for r in rows],
            _SYS: [r[1] for r in rows],
            _DIA: [r[2] for r in rows],
            _PULSE: [r[3] for r in rows],
            "Irregular Heartbeat": ["Yes" if r[4] else "No" for r in rows],
            "Location": [r[5] for r in rows],
            "Notes": [r[6] for r in rows],
        }
    )
    for col in ("Location", "Notes"):
        df[col] = df[col].replace("", np.nan)
    return df


def _qardio_month(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Date"]).dt.to_period("M")


_QARDIO_QS = [
    Q(
        "what's my average blood pressure?",
        either(
            _about(lambda df: [df[_SYS].mean(), df[_DIA].mean()], rel=0.003),
            _about(lambda df: [df[_SYS].median(), df[_DIA].median()], rel=0.003),
        ),
        (_SYS, _DIA),
    ),
    Q(
        "how many readings had the top number over 140",
        either(
            _count(lambda df: int((df[_SYS] > 140).sum())),
            _count(lambda df: int((df[_SYS] >= 140).sum())),
        ),
        (_SYS,),
    ),
    Q(
        "how often did it flag an irregular heartbeat?",
        either(
            _count(lambda df: int((df["Irregular Heartbeat"] == "Yes").sum())),
            _share(lambda df: float((df["Irregular Heartbeat"] == "Yes").mean())),
        ),
        ("Irregular Heartbeat",),
    ),
    Q(
        "is my blood pressure higher at work than at home",
        _about(lambda df: df.groupby("Location")[_SYS].mean().to_numpy(), rel=0.003),
        ("Location", _SYS, _DIA),
    ),
    Q(
        "which month was the top number highest on average?",
        _month_year(lambda df: _top(df.groupby(_qardio_month(df))[_SYS].mean())),
        (_SYS, "Date"),
    ),
    Q(
        "does my pulse go up when my pressure does",
        either(
            _corr(lambda df: df[_SYS], lambda df: df[_PULSE]),
            _corr(lambda df: df[_DIA], lambda df: df[_PULSE]),
        ),
        (_SYS, _DIA, _PULSE),
    ),
]


# --- 2. TeslaFi drives export -------------------------------------------------------------------------------------

_DIST = "Distance (mi)"
_EFF = "Efficiency (Wh/mi)"
_KWH = "kWh Used"
_TEMP = "Outside Temp (°F)"
_TESLA_PLACES = ["1420 Oak Ridge Dr, Boulder, CO", "Costco, 6543 Arapahoe Rd", "Whole Foods, 2905 Pearl St"]
_TESLA_PLACES += ["Boulder Supercharger", "Denver International Airport", "Eldorado Springs Dr, Boulder, CO"]


def _tesla_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21402)
    rows = []
    odo = 18342.6
    rng_mi = 280.0
    t = pd.Timestamp("2023-01-01 07:00")
    drive = 1
    while t < pd.Timestamp("2023-12-31"):
        t += pd.Timedelta(minutes=int(rng.integers(90, 1500)))
        if t.hour < 6:
            t += pd.Timedelta(hours=7)
        doy = t.dayofyear
        temp = 50 - 25 * np.cos((doy - 15) / 365 * 2 * np.pi) + 10 * np.sin((t.hour - 9) / 24 * 2 * np.pi)
        temp += rng.normal(0, 6)
        kind = _one(
            rng, ["Commute", "Errand", "Road Trip", "", "shuffle"], [30, 15, 2 + 6 * (t.month in (7, 8)), 45, 3]
        )
        if kind == "Commute":
            dist = rng.normal(14.5, 1.2)
            start, end = ("Home", "Work") if t.hour < 12 else ("Work", "Home")
        elif kind == "Road Trip":
            dist = rng.uniform(80, 260)
            start, end = "Home", _one(rng, ["Vail, CO", "Estes Park, CO", "Colorado Springs, CO", "Moab, UT"])
        elif kind == "shuffle":
            dist = 0.0
            start = end = "Home"
        else:
            dist = rng.lognormal(1.6, 0.7)
            start, end = "Home", _one(rng, _TESLA_PLACES)
        dist = round(dist, 1)
        speed = 12 if dist == 0 else float(np.clip(rng.normal(30 if dist < 30 else 58, 6), 8, 75))
        minutes = 1 if dist == 0 else max(2, round(dist / speed * 60))
        eff = 255 + max(0.0, 55 - temp) * 2.4 + (12 if kind == "Road Trip" else 0) + rng.normal(0, 18)
        kwh = round(dist * eff / 1000, 2) if dist > 0 else round(float(rng.uniform(0.01, 0.1)), 2)
        used = round(kwh / 0.25 * 1.05, 1)
        if rng_mi - used < 40:
            rng_mi = float(rng.uniform(230, 300))
        end_t = t + pd.Timedelta(minutes=minutes, seconds=int(rng.integers(0, 60)))
        rows.append(
            {
                "Drive #": drive,
                "Start Date": f"{t:%Y-%m-%d %H:%M:%S}",
                "End Date": f"{end_t:%Y-%m-%d %H:%M:%S}",
                "Starting Location": start,
                "Ending Location": end,
                "Duration (h:mm)": f"{minutes // 60}:{minutes % 60:02d}",
                "Starting Odometer": round(odo, 1),
                "Ending Odometer": round(odo + dist, 1),
                _DIST: dist,
                "Starting Range": round(rng_mi, 1),
                "Ending Range": round(rng_mi - used, 1),
                "Rated Range Used": used,
                _EFF: round(eff) if dist > 0 else np.nan,
                _KWH: kwh,
                "Max Speed (mph)": round(speed * rng.uniform(1.2, 1.5)) if dist > 0 else 3,
                "Avg Speed (mph)": round(speed, 1) if dist > 0 else 0.0,
                _TEMP: round(temp, 1) if rng.random() > 0.02 else np.nan,
                "Inside Temp (°F)": round(float(rng.normal(68, 3)), 1) if rng.random() > 0.02 else np.nan,
                "Tags": kind if kind in ("Commute", "Road Trip", "Errand") and rng.random() < 0.8 else "",
            }
        )
        odo += dist
        rng_mi -= used
        drive += 1
        t = end_t
    df = pd.DataFrame(rows)
    df["Tags"] = df["Tags"].replace("", np.nan)
    return df


def _tesla_minutes(df: pd.DataFrame) -> pd.Series:
    parts = df["Duration (h:mm)"].astype(str).str.split(":", expand=True).astype(int)
    return parts[0] * 60 + parts[1]


def _tesla_month(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Start Date"]).dt.to_period("M")


def _weighted_eff(df: pd.DataFrame) -> float:
    moved = df[df[_DIST] > 0]
    return float(moved[_KWH].sum() * 1000 / moved[_DIST].sum())


_TESLA_QS = [
    Q(
        "how many miles have i driven total",
        has(lambda df: df[_DIST].sum(), rel=0.002),
        (_DIST,),
    ),
    Q(
        "what's my average efficiency",
        either(
            has(lambda df: df[_EFF].mean(), rel=0.004),
            has(_weighted_eff, rel=0.004),
        ),
        (_EFF, _KWH, _DIST),
    ),
    Q(
        "how bad does it get when it's below 40 degrees out?",
        either(
            has(lambda df: df.loc[df[_TEMP] < 40, _EFF].mean(), rel=0.004),
            has(lambda df: _weighted_eff(df[df[_TEMP] < 40]), rel=0.004),
        ),
        (_EFF, _TEMP, _KWH, _DIST),
    ),
    Q(
        "how long is a typical drive in minutes?",
        either(
            _about(lambda df: _tesla_minutes(df).mean(), rel=0.01),
            _about(lambda df: _tesla_minutes(df).median(), rel=0.01),
        ),
        ("Duration (h:mm)",),
    ),
    Q(
        "which month did i drive the most",
        _month_year(lambda df: _top(df.groupby(_tesla_month(df))[_DIST].sum())),
        (_DIST, "Start Date"),
    ),
    Q(
        "how much energy did the road trips use",
        has(lambda df: df.loc[df["Tags"] == "Road Trip", _KWH].sum(), rel=0.003),
        (_KWH, "Tags"),
    ),
]


# --- 3. Paychex Flex payroll register -----------------------------------------------------------------------------

# Department: weight, hourly share, hourly rate range, salary range (per year)
_PAYCHEX_DEPTS = {
    "Operations": (8, 0.8, (19.0, 27.0), (52000, 70000)),
    "Sales": (5, 0.2, (18.0, 24.0), (58000, 95000)),
    "Warehouse": (7, 1.0, (17.5, 23.0), (48000, 55000)),
    "Administration": (3, 0.3, (20.0, 26.0), (55000, 82000)),
    "Engineering": (4, 0.0, (30.0, 40.0), (95000, 140000)),
}
_PAYCHEX_FIRST = ["James", "Maria", "Robert", "Linda", "Michael", "Aisha", "David", "Sofia", "Kevin", "Emily"]
_PAYCHEX_FIRST += ["Daniel", "Grace", "Anthony", "Rachel", "Jose", "Megan", "Brian", "Tanya", "Eric", "Hannah"]
_PAYCHEX_LAST = ["Smith", "Johnson", "Hernandez", "Walker", "Nguyen", "Baker", "Carter", "Lopez", "Price", "Ward"]
_PAYCHEX_LAST += ["Foster", "Reyes", "Hughes", "Bennett", "Long", "Patel", "Ross", "Kelly", "Myers", "Cole", "Diaz"]
_MONEY = ["Gross Pay", "Federal Income Tax", "Social Security", "Medicare", "State Income Tax", "401(k)"]
_MONEY += ["Health Insurance", "Net Pay"]


def _paychex_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21403)
    depts = list(_PAYCHEX_DEPTS)
    people = []
    for i in range(27):
        dept = _one(rng, depts, [_PAYCHEX_DEPTS[d][0] for d in depts])
        _, hourly_share, rates, salaries = _PAYCHEX_DEPTS[dept]
        hourly = rng.random() < hourly_share
        pay = round(float(rng.uniform(*rates)), 2) if hourly else round(float(rng.uniform(*salaries)), -2)
        name = f"{_PAYCHEX_LAST[i % len(_PAYCHEX_LAST)]}, {_PAYCHEX_FIRST[i % len(_PAYCHEX_FIRST)]}"
        start = int(_one(rng, [0, 0, 0, 0, 4, 9, 14]))
        k401 = float(_one(rng, [0.0, 0.03, 0.05, 0.06, 0.1], [25, 20, 25, 20, 10]))
        health = float(_one(rng, [0.0, 85.5, 142.3, 236.8], [20, 40, 25, 15]))
        people.append((name, 1001 + i, dept, hourly, pay, start, k401, health))
    rows = []
    check_no = 40211
    for k, date in enumerate(pd.date_range("2024-01-12", "2024-12-31", freq="14D")):
        for name, emp_id, dept, hourly, pay, start, k401, health in people:
            if k < start:
                continue
            if hourly:
                reg = round(float(np.clip(rng.normal(78, 4), 50, 80)), 2)
                ot = round(float(rng.gamma(1.2, 3.0)), 2) if rng.random() < 0.55 + 0.3 * (dept == "Warehouse") else 0.0
                gross = reg * pay + ot * pay * 1.5
            else:
                reg, ot = 80.0, 0.0
                gross = pay / 26
            gross = round(gross, 2)
            fed = round(gross * rng.uniform(0.08, 0.14), 2)
            ss = round(gross * 0.062, 2)
            med = round(gross * 0.0145, 2)
            state = round(gross * 0.0307, 2)
            ret = round(gross * k401, 2)
            net = round(gross - fed - ss - med - state - ret - health, 2)
            rows.append(
                [
                    f"{date:%m/%d/%Y}",
                    name,
                    emp_id,
                    dept,
                    "Hourly" if hourly else "Salary",
                    reg,
                    ot,
                    gross,
                    fed,
                    ss,
                    med,
                    state,
                    ret,
                    health,
                    net,
                    check_no,
                ]
            )
            check_no += 1
    cols = ["Check Date", "Employee Name", "Employee ID", "Department", "Pay Type", "Regular Hours", "Overtime Hours"]
    df = pd.DataFrame(rows, columns=[*cols, *_MONEY, "Check Number"])
    total = {c: "" for c in df.columns}
    total["Employee Name"] = "Report Total"
    total["Regular Hours"] = round(df["Regular Hours"].sum(), 2)
    total["Overtime Hours"] = round(df["Overtime Hours"].sum(), 2)
    for c in _MONEY:
        total[c] = round(df[c].sum(), 2)
    df = pd.concat([df, pd.DataFrame([total])], ignore_index=True)
    for c in _MONEY:
        df[c] = [f"{v:,.2f}" for v in df[c].astype(float)]
    for c in ("Check Date", "Employee ID", "Department", "Pay Type", "Check Number"):
        df[c] = df[c].replace("", np.nan)
    return df


def _pay_rows(df: pd.DataFrame) -> pd.DataFrame:
    """The employee rows: the closing total row dropped, money as numbers."""
    out = df[df["Employee Name"] != "Report Total"].copy()
    for c in _MONEY:
        out[c] = _num(out[c])
    return out


_PAYCHEX_QS = [
    Q(
        "what was total gross payroll for the year?",
        _scaled(lambda df: _pay_rows(df)["Gross Pay"].sum(), _BIG, rel=0.002),
        ("Gross Pay",),
    ),
    Q(
        "which department costs us the most",
        _lead(_named(lambda df: _top(_pay_rows(df).groupby("Department")["Gross Pay"].sum()))),
        ("Department", "Gross Pay", "Net Pay"),
    ),
    Q(
        "how many overtime hours did people rack up in total",
        has(lambda df: _pay_rows(df)["Overtime Hours"].sum(), rel=0.002),
        ("Overtime Hours",),
    ),
    Q(
        "average take-home per paycheck, salaried vs hourly?",
        _about(lambda df: _pay_rows(df).groupby("Pay Type")["Net Pay"].mean().to_numpy(), rel=0.003),
        ("Pay Type", "Net Pay"),
    ),
    Q(
        "how many employees do we have",
        _count(lambda df: int(_pay_rows(df)["Employee ID"].nunique())),
        ("Employee ID", "Employee Name"),
    ),
    Q(
        "how much went into 401k in the first quarter",
        _scaled(
            lambda df: (
                _pay_rows(df)
                .loc[lambda d: pd.to_datetime(d["Check Date"], format="%m/%d/%Y").dt.quarter == 1, "401(k)"]
                .sum()
            ),
            _BIG,
            rel=0.002,
        ),
        ("401(k)", "Check Date"),
    ),
]


# --- 4. Snyk issues export ----------------------------------------------------------------------------------------

# Problem title: weight, product, issue type, CWE, typical severity weights (critical, high, medium, low)
_SNYK_PROBLEMS = {
    "Prototype Pollution": (14, "Snyk Open Source", "vuln", "CWE-1321", (15, 45, 35, 5)),
    "Regular Expression Denial of Service (ReDoS)": (12, "Snyk Open Source", "vuln", "CWE-1333", (0, 30, 55, 15)),
    "Remote Code Execution (RCE)": (4, "Snyk Open Source", "vuln", "CWE-94", (55, 40, 5, 0)),
    "Denial of Service (DoS)": (8, "Snyk Open Source", "vuln", "CWE-400", (2, 40, 45, 13)),
    "Information Exposure": (7, "Snyk Open Source", "vuln", "CWE-200", (0, 20, 50, 30)),
    "Cross-site Scripting (XSS)": (9, "Snyk Code", "vuln", "CWE-79", (0, 35, 50, 15)),
    "SQL Injection": (4, "Snyk Code", "vuln", "CWE-89", (10, 70, 20, 0)),
    "Path Traversal": (5, "Snyk Code", "vuln", "CWE-23", (0, 45, 45, 10)),
    "Hardcoded Secret": (5, "Snyk Code", "vuln", "CWE-547", (0, 20, 60, 20)),
    "Out-of-bounds Write": (9, "Snyk Container", "vuln", "CWE-787", (10, 40, 35, 15)),
    "Use After Free": (6, "Snyk Container", "vuln", "CWE-416", (8, 45, 35, 12)),
    "NULL Pointer Dereference": (7, "Snyk Container", "vuln", "CWE-476", (0, 15, 50, 35)),
    "GPL-3.0 license": (4, "Snyk Open Source", "license", "", (0, 60, 40, 0)),
    "LGPL-2.1 license": (3, "Snyk Open Source", "license", "", (0, 0, 70, 30)),
}
_SNYK_PROJECTS = {
    "Snyk Open Source": ["acme/web-frontend:package.json", "acme/api-server:requirements.txt"],
    "Snyk Code": ["acme/web-frontend", "acme/api-server", "acme/billing-service"],
    "Snyk Container": ["acme/api-server:Dockerfile", "acme/billing-service:Dockerfile"],
}
_SNYK_PROJECTS["Snyk Open Source"] += ["acme/billing-service:pom.xml", "acme/mobile-app:yarn.lock"]
_SEVERITIES = ["critical", "high", "medium", "low"]


def _snyk_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21404)
    titles = list(_SNYK_PROBLEMS)
    rows = []
    base = {"critical": 700, "high": 560, "medium": 420, "low": 270}
    for _ in range(1600):
        title = _one(rng, titles, [_SNYK_PROBLEMS[t][0] for t in titles])
        _, product, kind, cwe, sev_w = _SNYK_PROBLEMS[title]
        project = _one(rng, _SNYK_PROJECTS[product], [40, 30, 20, 10][: len(_SNYK_PROJECTS[product])])
        sev = _one(rng, _SEVERITIES, sev_w)
        if kind == "license":
            maturity = ""
        elif product == "Snyk Code":
            maturity = "No Known Exploit"
        else:
            maturity = _one(rng, ["Mature", "Proof of Concept", "No Known Exploit"], [10, 30, 60])
        bump = {"Mature": 170, "Proof of Concept": 80}.get(maturity, 0)
        fixable = product == "Snyk Open Source" and kind == "vuln" and rng.random() < 0.55
        fixable = fixable or (product == "Snyk Container" and rng.random() < 0.2)
        score = int(np.clip(base[sev] + bump + 40 * fixable + rng.normal(0, 60), 0, 1000))
        cve = (
            f"CVE-{int(_one(rng, [2019, 2020, 2021, 2022, 2023, 2024], [5, 10, 18, 25, 30, 12]))}-"
            f"{int(rng.integers(1000, 48000))}"
            if kind == "vuln" and product != "Snyk Code"
            else ""
        )
        intro = pd.Timestamp("2023-01-01") + pd.Timedelta(seconds=int(rng.integers(0, 546 * 86400)))
        if rng.random() < 0.12:
            intro = pd.Timestamp("2023-09-18") + pd.Timedelta(seconds=int(rng.integers(0, 9 * 86400)))
        age = (pd.Timestamp("2024-07-01") - intro).days
        status = _one(rng, ["Open", "Resolved", "Ignored"], [55, 20 + age / 12, 8])
        rows.append(
            {
                "ISSUE_SEVERITY": sev,
                "SCORE": score,
                "PROBLEM_TITLE": title,
                "CVE": cve,
                "CWE": cwe,
                "PROJECT_NAME": project,
                "PRODUCT_NAME": product,
                "EXPLOIT_MATURITY": maturity,
                "AUTOFIXABLE": "true" if fixable else "false",
                "FIRST_INTRODUCED": f"{intro:%Y-%m-%d %H:%M:%S}.000",
                "ISSUE_STATUS": status,
                "ISSUE_TYPE": kind,
            }
        )
    df = pd.DataFrame(rows).sort_values("SCORE", ascending=False, kind="stable").reset_index(drop=True)
    for col in ("CVE", "CWE", "EXPLOIT_MATURITY"):
        df[col] = df[col].replace("", np.nan)
    return df


def _fixable(df: pd.DataFrame) -> pd.Series:
    return df["AUTOFIXABLE"].astype(str).str.lower() == "true"


def _is_open(df: pd.DataFrame) -> pd.Series:
    return df["ISSUE_STATUS"] == "Open"


_SNYK_QS = [
    Q(
        "how many open critical issues do we have",
        _count(lambda df: int((_is_open(df) & (df["ISSUE_SEVERITY"] == "critical")).sum())),
        ("ISSUE_SEVERITY", "ISSUE_STATUS"),
    ),
    Q(
        "which project has the most open issues?",
        _lead(_named(lambda df: _top(df.loc[_is_open(df), "PROJECT_NAME"].value_counts()))),
        ("PROJECT_NAME", "ISSUE_STATUS"),
    ),
    Q(
        "what percent of issues can be auto fixed",
        either(
            _share(lambda df: float(_fixable(df).mean())),
            _share(lambda df: float(_fixable(df)[_is_open(df)].mean())),
        ),
        ("AUTOFIXABLE", "ISSUE_STATUS"),
    ),
    Q(
        "average priority score for each severity",
        _about(lambda df: df.groupby("ISSUE_SEVERITY")["SCORE"].mean().to_numpy(), rel=0.003),
        ("ISSUE_SEVERITY", "SCORE"),
    ),
    Q(
        "how many have a mature exploit out there",
        either(
            _count(lambda df: int((df["EXPLOIT_MATURITY"] == "Mature").sum())),
            _count(lambda df: int(((df["EXPLOIT_MATURITY"] == "Mature") & _is_open(df)).sum())),
        ),
        ("EXPLOIT_MATURITY", "ISSUE_STATUS"),
    ),
    Q(
        "in which month were the most issues introduced?",
        _month_year(lambda df: _top(pd.to_datetime(df["FIRST_INTRODUCED"]).dt.to_period("M").value_counts())),
        ("FIRST_INTRODUCED",),
    ),
]


# --- 5. Pi-hole query log -----------------------------------------------------------------------------------------

# Domain: weight, blocked how ("" never, "gravity", "regex")
_PIHOLE_DOMAINS = {
    "www.google.com": (60, ""),
    "i.ytimg.com": (30, ""),
    "api.spotify.com": (20, ""),
    "graph.facebook.com": (18, ""),
    "outlook.office365.com": (22, ""),
    "time.apple.com": (14, ""),
    "www.netflix.com": (12, ""),
    "github.com": (10, ""),
    "connectivitycheck.gstatic.com": (16, ""),
    "doubleclick.net": (16, "gravity"),
    "googleads.g.doubleclick.net": (22, "gravity"),
    "app-measurement.com": (14, "gravity"),
    "settings-win.data.microsoft.com": (11, "gravity"),
    "telemetry.amazon.com": (8, "gravity"),
    "ads.samsungads.com": (6, "regex"),
    "metrics.roku.com": (9, "regex"),
    "23.1.168.192.in-addr.arpa": (5, ""),
}
_PIHOLE_CLIENTS = {
    "192.168.1.23": 18,
    "macbook-pro.lan": 22,
    "iphone-jen.lan": 15,
    "living-room-tv.lan": 26,
    "192.168.1.41": 8,
    "roku.lan": 7,
    "nas.lan": 4,
}


def _pihole_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21405)
    domains = list(_PIHOLE_DOMAINS)
    clients = list(_PIHOLE_CLIENTS)
    hour_w = [3, 2, 1, 1, 1, 1, 2, 5, 7, 6, 5, 5, 6, 5, 5, 5, 6, 7, 9, 11, 12, 10, 7, 4]
    rows = []
    for _ in range(4500):
        day = pd.Timestamp("2024-03-11") + pd.Timedelta(days=int(rng.integers(0, 7)))
        hour = int(_one(rng, list(range(24)), hour_w))
        when = day + pd.Timedelta(hours=hour, seconds=int(rng.integers(0, 3600)))
        domain = _one(rng, domains, [_PIHOLE_DOMAINS[d][0] for d in domains])
        how = _PIHOLE_DOMAINS[domain][1]
        qtype = "PTR" if domain.endswith(".arpa") else _one(rng, ["A", "AAAA", "HTTPS"], [55, 30, 15])
        client = _one(rng, clients, list(_PIHOLE_CLIENTS.values()))
        if how == "gravity":
            status, reply, ms = "Blocked (gravity)", "BLOCKED", rng.uniform(0.02, 0.3)
        elif how == "regex":
            status, reply, ms = "Blocked (regex/wildcard)", "BLOCKED", rng.uniform(0.02, 0.3)
        elif rng.random() < 0.45:
            status, reply, ms = "OK (cached)", _one(rng, ["IP", "CNAME", "NODATA"], [60, 30, 10]), rng.uniform(0.05, 1)
        else:
            reply = _one(rng, ["IP", "CNAME", "NODATA"], [60, 30, 10])
            status, ms = "OK (forwarded)", rng.lognormal(3.0, 0.7)
        if qtype == "PTR" and not how:
            reply = "NODATA" if rng.random() < 0.5 else "IP"
        rows.append(
            {
                "Time": f"{when:%Y-%m-%d %H:%M:%S}",
                "Type": qtype,
                "Domain": domain,
                "Client": client,
                "Status": status,
                "Reply": reply,
                "Reply Time (ms)": round(float(ms), 1) if rng.random() > 0.015 else np.nan,
            }
        )
    return pd.DataFrame(rows).sort_values("Time", ascending=False, kind="stable").reset_index(drop=True)


def _blocked(df: pd.DataFrame) -> pd.Series:
    return df["Status"].str.startswith("Blocked")


_PIHOLE_QS = [
    Q(
        "how many queries got blocked?",
        _count(lambda df: int(_blocked(df).sum())),
        ("Status",),
    ),
    Q(
        "what percentage is that",
        _share(lambda df: float(_blocked(df).mean())),
        ("Status",),
    ),
    Q(
        "which domain gets blocked the most",
        _lead(_named(lambda df: _top(df.loc[_blocked(df), "Domain"].value_counts()))),
        ("Domain", "Status"),
    ),
    Q(
        "which device is the chattiest?",
        _lead(_named(lambda df: _top(df["Client"].value_counts()))),
        ("Client",),
    ),
    Q(
        "avg response time for stuff that had to go upstream",
        either(
            has(lambda df: df.loc[df["Status"] == "OK (forwarded)", "Reply Time (ms)"].mean(), rel=0.005),
            has(lambda df: df.loc[df["Status"] == "OK (forwarded)", "Reply Time (ms)"].median(), rel=0.005),
        ),
        ("Status", "Reply Time (ms)"),
    ),
    Q(
        "what time of day is busiest",
        _hour(lambda df: int(_top(pd.to_datetime(df["Time"]).dt.hour.value_counts()))),
        ("Time",),
    ),
]


# --- 6. NRCS SNOTEL daily data ------------------------------------------------------------------------------------

_SWE = "Snow Water Equivalent (in) Start of Day Values"
_DEPTH = "Snow Depth (in)"
_PREC = "Precipitation Accumulation (in)"
_TOBS = "Air Temperature Observed (degF) Start of Day Values"
_TMAX = "Air Temperature Maximum (degF)"
_TMIN = "Air Temperature Minimum (degF)"
# Site: state, elevation, daily snowfall scale (in SWE), melt-out speed
_SNOTEL_SITES = {
    "Berthoud Summit": ("CO", 11300, 0.19, 0.55),
    "Joe Wright": ("CO", 10120, 0.21, 0.6),
    "Niwot": ("CO", 9910, 0.08, 0.45),
    "Brooklyn Lake": ("WY", 10240, 0.2, 0.5),
    "Togwotee Pass": ("WY", 9580, 0.25, 0.65),
}


def _snotel_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21406)
    days = pd.date_range("2022-10-01", "2023-09-30", freq="D")
    n = len(days)
    t = np.arange(n)
    frames = []
    for site, (state, elev, snow, melt) in _SNOTEL_SITES.items():
        season = 30 - 22 * np.cos((t - 100) / 365 * 2 * np.pi)
        tavg = season - (elev - 10000) / 1000 * 3.5 + np.convolve(rng.normal(0, 5, n), np.ones(4) / 4, "same")
        wet = rng.random(n) < 0.35
        precip = np.where(wet, rng.gamma(1.2, snow, n), 0.0)
        swe = np.zeros(n)
        for i in range(1, n):
            gain = precip[i] if tavg[i] < 34 else 0.0
            loss = max(0.0, tavg[i] - 36) * 0.025 * melt if days[i].month >= 4 or tavg[i] > 45 else 0.0
            swe[i] = max(0.0, swe[i - 1] + gain - loss)
        depth = np.where(swe > 0, swe * (4.2 - 1.6 * t / n) + rng.normal(0, 1.5, n), 0.0).clip(0)
        tmax = tavg + rng.uniform(6, 14, n)
        tmin = tavg - rng.uniform(6, 14, n)
        frame = pd.DataFrame(
            {
                "Date": [f"{d:%Y-%m-%d}" for d in days],
                "Site Name": site,
                "State": state,
                "Elevation (ft)": elev,
                _SWE: swe.round(1),
                _DEPTH: depth.round(),
                _PREC: np.cumsum(precip).round(1),
                _TOBS: (tavg + rng.normal(0, 3, n)).round(1),
                _TMAX: tmax.round(1),
                _TMIN: tmin.round(1),
            }
        )
        for col in (_SWE, _DEPTH, _TOBS, _TMAX, _TMIN):
            frame.loc[rng.random(n) < 0.012, col] = np.nan
        frames.append(frame)
    return pd.concat(frames, ignore_index=True)


def _peak_site(df: pd.DataFrame) -> str:
    return _top(df.groupby("Site Name")[_SWE].max())


def _peak_days(df: pd.DataFrame) -> list[pd.Timestamp]:
    site = df[df["Site Name"] == _peak_site(df)]
    return list(pd.to_datetime(site.loc[site[_SWE] == site[_SWE].max(), "Date"]))


def _coldest(col: str) -> Check:
    return both(
        has(lambda df: df[col].min(), rel=0.001),
        _named(lambda df: str(df.loc[df[col].idxmin(), "Site Name"])),
    )


_SNOTEL_QS = [
    Q(
        "which site had the biggest snowpack at its peak?",
        _lead(_named(_peak_site)),
        ("Site Name", _SWE, _DEPTH),
    ),
    Q(
        "when did it peak",
        _any_day(_peak_days),
        ("Date", "Site Name", _SWE),
    ),
    Q(
        "how deep did the snow get at each site",
        _about(lambda df: df.groupby("Site Name")[_DEPTH].max().to_numpy(), rel=0.001),
        ("Site Name", _DEPTH),
    ),
    Q(
        "how many days was there snow on the ground at niwot?",
        either(
            _count(lambda df: int(((df["Site Name"] == "Niwot") & (df[_DEPTH] > 0)).sum())),
            _count(lambda df: int(((df["Site Name"] == "Niwot") & (df[_SWE] > 0)).sum())),
        ),
        ("Site Name", _DEPTH, _SWE, "Date"),
    ),
    Q(
        "average snow water in february, wyoming vs colorado",
        _about(
            lambda df: df[pd.to_datetime(df["Date"]).dt.month == 2].groupby("State")[_SWE].mean().to_numpy(),
            rel=0.005,
        ),
        ("State", _SWE, "Date"),
    ),
    Q(
        "what was the coldest temperature recorded and where",
        either(_coldest(_TMIN), _coldest(_TOBS)),
        (_TMIN, _TOBS, "Site Name", "Date"),
    ),
]


# --- 7. EEOC charge statistics by basis ---------------------------------------------------------------------------

# Basis: receipts FY1997, receipts FY2023 (straight line between, with noise), benefits per merit resolution ($k)
_EEOC_BASES = {
    "Total Charges": (80680, 81055, 0),
    "Race": (29199, 21000, 38),
    "Sex": (24728, 21900, 46),
    "National Origin": (6712, 8200, 40),
    "Religion": (1709, 3300, 32),
    "Color": (762, 3900, 35),
    "Retaliation - All Statutes": (18198, 44500, 40),
    "Retaliation - Title VII only": (16394, 31000, 38),
    "Age": (15785, 16600, 60),
    "Disability": (18108, 29100, 42),
    "Equal Pay Act": (1134, 950, 55),
    "GINA": (201, 330, 30),
}


def _eeoc_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21407)
    rows = []
    years = list(range(1997, 2024))
    for y in years:
        frac = (y - 1997) / 26
        for basis, (lo, hi, per_merit) in _EEOC_BASES.items():
            if basis == "GINA" and y < 2010:
                rows.append([f"FY {y}", basis, *["N/A"] * 7])
                continue
            if basis == "GINA":
                frac = (y - 2010) / 13
            level = lo + (hi - lo) * frac
            if basis == "Religion" and y == 2022:
                level *= 4.0
            receipts = round(level * rng.lognormal(0, 0.05))
            resolutions = round(receipts * rng.uniform(0.95, 1.15))
            settle = round(resolutions * rng.uniform(0.06, 0.1))
            withdraw = round(resolutions * rng.uniform(0.04, 0.07))
            merit = round(resolutions * rng.uniform(0.15, 0.22))
            nrc = round(resolutions * rng.uniform(0.55, 0.66))
            money = round(merit * per_merit * rng.uniform(0.7, 1.3) / 1000 * (1 + frac), 1)
            if basis == "Total Charges":
                money = round(merit * 45 * rng.uniform(0.8, 1.2) / 1000 * (1 + frac), 1)
            rows.append(
                [
                    f"FY {y}",
                    basis,
                    f"{receipts:,}",
                    f"{resolutions:,}",
                    f"{settle:,}",
                    f"{withdraw:,}",
                    f"{nrc:,}",
                    f"{merit:,}",
                    f"${money:,.1f}",
                ]
            )
            frac = (y - 1997) / 26
    cols = ["Fiscal Year", "Basis", "Receipts", "Resolutions", "Settlements", "Withdrawals w/Benefits"]
    cols += ["No Reasonable Cause", "Merit Resolutions", "Monetary Benefits (Millions)"]
    return pd.DataFrame(rows, columns=cols)


def _eeoc(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    out["year"] = out["Fiscal Year"].astype(str).str.extract(r"(\d{4})")[0].astype(int)
    for c in df.columns[2:]:
        out[c] = _num(out[c])
    return out


def _eeoc_at(df: pd.DataFrame, basis: str, year: int, col: str) -> float:
    d = _eeoc(df)
    return float(d.loc[(d["Basis"] == basis) & (d["year"] == year), col].iloc[0])


def _overtook(df: pd.DataFrame) -> int:
    d = _eeoc(df)
    wide = d.pivot(index="year", columns="Basis", values="Receipts")
    return int(wide.index[wide["Retaliation - All Statutes"] > wide["Race"]].min())


def _top_basis_2023(df: pd.DataFrame) -> str:
    d = _eeoc(df)
    d = d[(d["year"] == 2023) & (d["Basis"] != "Total Charges")]
    return _top(d.set_index("Basis")["Receipts"])


_EEOC_QS = [
    Q(
        "what was the most common basis for charges in 2023?",
        _lead(_named(_top_basis_2023, {"Retaliation - All Statutes": ("Retaliation",)})),
        ("Basis", "Receipts", "Fiscal Year"),
    ),
    Q(
        "how many charges were filed in 2010 altogether",
        _count(lambda df: _eeoc_at(df, "Total Charges", 2010, "Receipts")),
        ("Receipts", "Fiscal Year", "Basis"),
    ),
    Q(
        "how have disability charges changed from 1997 to 2023",
        has(
            lambda df: [_eeoc_at(df, "Disability", 1997, "Receipts"), _eeoc_at(df, "Disability", 2023, "Receipts")],
            rel=0.001,
        ),
        ("Basis", "Receipts", "Fiscal Year"),
    ),
    Q(
        "how much money has been recovered for age discrimination over all the years",
        _scaled(
            lambda df: _eeoc(df).loc[lambda d: d["Basis"] == "Age", "Monetary Benefits (Millions)"].sum(),
            (1e3, 1e-6),
            rel=0.002,
        ),
        ("Basis", "Monetary Benefits (Millions)"),
    ),
    Q(
        "what share of race charges resolved in 2023 were merit resolutions",
        _share(lambda df: _eeoc_at(df, "Race", 2023, "Merit Resolutions") / _eeoc_at(df, "Race", 2023, "Resolutions")),
        ("Basis", "Merit Resolutions", "Resolutions", "Fiscal Year"),
    ),
    Q(
        "what year did retaliation first pass race",
        _year(_overtook),
        ("Basis", "Receipts", "Fiscal Year"),
    ),
]


HELDOUT214: list[Dataset] = [
    Dataset("qardio_blood_pressure", _qardio_frame, _QARDIO_QS),
    Dataset("teslafi_drives", _tesla_frame, _TESLA_QS),
    Dataset("paychex_payroll_register", _paychex_frame, _PAYCHEX_QS),
    Dataset("snyk_issues", _snyk_frame, _SNYK_QS),
    Dataset("pihole_query_log", _pihole_frame, _PIHOLE_QS),
    Dataset("snotel_daily_snowpack", _snotel_frame, _SNOTEL_QS),
    Dataset("eeoc_charges_by_basis", _eeoc_frame, _EEOC_QS),
]
