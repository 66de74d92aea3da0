"""HELDOUT273: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a WW (Weight Watchers) points
tracker export for one member (one row per food entry, January to June 2024) with Date as "2024-03-05", Meal
(Breakfast, Lunch, Dinner, Snacks), Food ("Banana", "Turkey sandwich"), Serving ("1 medium", "2 slices", blank on a
few quick-adds), Points (whole numbers, 0 on zero-point foods), ZeroPoint ("Y"/"N"), "Daily Budget" (23, dropping
to 22 in April; repeated on every row of a day), "Weekly Points Used" (the running weekly allowance used so far that
week, 0 to 35, repeated on each row of a day) and "Activity Points" (earned that day, repeated on each row); a
pharmacy account's prescription fill history (one row per fill, 2020 to 2024) with "Fill Date" as "01/15/2023",
"Rx Number" (seven digits, the same for refills of one prescription), upper-case "Medication" ("ATORVASTATIN
CALCIUM"), "Strength" ("20 MG", "500 MG", "0.05 MG/ACT"), Quantity, "Days Supply" (30 or 90 on maintenance drugs,
5 to 14 on short courses), upper-case Prescriber ("PATEL, ANJALI MD"), Pharmacy ("CVS #04321 - 1200 MAIN ST",
"CVS CAREMARK MAIL SERVICE"), Copay and "Insurance Paid" as "$10.00" ("$0.00" on a cash fill) and "Refills
Remaining"; a patient portal lab results export (one row per test result, 2019 to 2024) with "Collection Date" as
"2023-04-12 08:15", Panel ("CMP", "LIPID PANEL", "CBC", "A1C"), "Test Name" ("Glucose", "LDL Cholesterol (Calc)",
"Hemoglobin A1c"), Result as text (numbers, "<5" style values on a few), Units, "Reference Low" and "Reference
High" (either blank on one-sided ranges) and Flag (H, L or blank); a county health department's vaccination clinic
doses report in upper-case open-data style (one row per clinic day, site, vaccine, dose and age group, September
2023 to May 2024) with CLINIC_DATE as "2023/10/14", SITE_NAME ("EASTSIDE COMMUNITY CENTER"), VACCINE_TYPE (FLU,
COVID-19, TDAP, HPV), DOSE_NUMBER (1, 2 or 3), AGE_GROUP ("0-17", "18-49", "50-64", "65+", "UNKNOWN" on a few),
DOSES_ADMINISTERED and DOSES_WASTED (blank when not reported); a climbing logbook export (one row per climb logged,
2022 to 2024) with Date as "2023-05-14", Location (gyms and crags), Route (named, gym routes as "Blue 14"),
Discipline (Boulder, Top Rope, Lead), Grade (V0 to V8 for boulders, 5.8 to 5.12c for ropes), Attempts, Sent
("Y"/"N"), Style (Flash, Onsight, Redpoint; blank when not sent) and Rating (1 to 4 stars, blank when not rated); a
ski resort's daily snow and operations report for three seasons (one row per operating day, late November to mid
April, 2021-22 to 2023-24) with Season ("2022-23"), Date as "11/22/2023", "New Snow (in)" (with "T" for a trace),
"Base Depth (in)", "Lifts Open", "Trails Open", "High Temp (F)", "Low Temp (F)" (below zero on cold days) and
"Skier Visits" (blank on a few days); and a transit agency's bus on-time performance by route and month (2022 to
2024) with Route as a code ("4", "17", "X9"), Month as "2023-01", "Scheduled Trips", "Trips Operated", "On-Time %",
"Early %" and "Late %" as "87.3%", "Avg Delay (min)", "Avg Weekday Ridership" (with thousands commas, "N/A" on a
few) and a "SYSTEM" row per month holding the all-route totals and trip-weighted percentages. All are generated with
a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _named_any, _num, _text, _top, _typical
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

# --- shared helpers ------------------------------------------------------------------------------------------------


def _both(*checks: Check) -> Check:
    """Every one of the checks passes."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        for c in checks:
            why = c(answer, df)
            if why:
                return why
        return None

    return check


def _day(value: Callable[[pd.DataFrame], Any]) -> Check:
    """A calendar day: "2023-01-14", "1/14/2023", "01/14/2023", "January 14, 2023", "Jan 14" or "14 January"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        t = pd.Timestamp(value(df))
        month = f"(?:{t:%B}|{t:%b}{'|Sept' if t.month == 9 else ''})\\.?"
        patterns = [
            rf"{t.year}-0?{t.month}-0?{t.day}(?!\d)",
            rf"(?<![\d/])0?{t.month}/0?{t.day}(?:/(?:{t.year}|{t.year % 100:02d}))?(?!\d)",
            rf"\b{month}\s+{t.day}(?!\d)",
            rf"(?<!\d){t.day}(?:st|nd|rd|th)?\s+(?:of\s+)?{month}",
        ]
        if any(re.search(p, answer, re.IGNORECASE) for p in patterns):
            return None
        return f"missing day {t:%Y-%m-%d}"

    return check


def _code(value: Callable[[pd.DataFrame], str]) -> Check:
    """A short code ("22", "X9") said as a token of its own, not inside a longer code or number."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        code = re.escape(str(value(df)))
        if re.search(rf"(?<![\w.]){code}(?![\w]|\.\d)", answer, re.IGNORECASE):
            return None
        return f"missing code {value(df)!r}"

    return check


# --- 1. WW points tracker ------------------------------------------------------------------------------------------

# food: meal, serving, points, zero-point food, weight
_WW_FOODS: dict[str, tuple[str, str, int, bool, float]] = {
    "Banana": ("Breakfast", "1 medium", 0, True, 14),
    "Nonfat Greek yogurt": ("Breakfast", "1 cup", 0, True, 12),
    "Egg": ("Breakfast", "2 large", 0, True, 10),
    "Oatmeal": ("Breakfast", "1 cup cooked", 4, False, 9),
    "Whole wheat toast": ("Breakfast", "1 slice", 2, False, 8),
    "Coffee with half & half": ("Breakfast", "12 fl oz", 2, False, 16),
    "Turkey sandwich": ("Lunch", "1 sandwich", 7, False, 9),
    "Garden salad": ("Lunch", "2 cups", 0, True, 10),
    "Chicken breast": ("Dinner", "4 oz", 0, True, 14),
    "Brown rice": ("Dinner", "1 cup", 6, False, 8),
    "Spaghetti with meat sauce": ("Dinner", "1.5 cups", 12, False, 6),
    "Salmon": ("Dinner", "5 oz", 0, True, 5),
    "Pizza": ("Dinner", "2 slices", 14, False, 4),
    "Roasted vegetables": ("Dinner", "1 cup", 1, False, 9),
    "Apple": ("Snacks", "1 medium", 0, True, 10),
    "Popcorn": ("Snacks", "3 cups", 3, False, 6),
    "Dark chocolate": ("Snacks", "1 oz", 5, False, 5),
    "Glass of wine": ("Snacks", "5 fl oz", 4, False, 5),
    "String cheese": ("Snacks", "1 stick", 2, False, 7),
}


def _ww_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27301)
    foods = list(_WW_FOODS)
    rows: list[dict[str, Any]] = []
    weekly = 0
    for day in pd.date_range("2024-01-01", "2024-06-30", freq="D"):
        if rng.random() < 0.06:
            continue  # a day not tracked
        if day.day_of_week == 0:
            weekly = 0
        budget = 23 if day < pd.Timestamp("2024-04-01") else 22
        activity = int(_one(rng, [0, 0, 2, 3, 5, 8]))
        entries: list[tuple[str, str, str, int, bool]] = []
        for meal, n in (("Breakfast", 2), ("Lunch", 2), ("Dinner", 2), ("Snacks", 1 + int(rng.random() < 0.5))):
            pool = [f for f in foods if _WW_FOODS[f][0] == meal]
            for _ in range(int(rng.integers(1, n + 1))):
                food = _one(rng, pool, [_WW_FOODS[f][4] for f in pool])
                _, serving, pts, zero, _w = _WW_FOODS[food]
                if not zero and rng.random() < 0.2:
                    pts += int(_one(rng, [-1, 1, 2]))
                entries.append((meal, food, serving, max(pts, 0) if not zero else 0, zero))
        total = sum(e[3] for e in entries)
        weekly = min(35, weekly + max(0, total - budget))
        for meal, food, serving, pts, zero in entries:
            rows.append(
                {
                    "Date": f"{day:%Y-%m-%d}",
                    "Meal": meal,
                    "Food": food,
                    "Serving": "" if rng.random() < 0.03 else serving,
                    "Points": pts,
                    "ZeroPoint": "Y" if zero else "N",
                    "Daily Budget": budget,
                    "Weekly Points Used": weekly,
                    "Activity Points": activity,
                }
            )
    return pd.DataFrame(rows)


def _ww_daily(df: pd.DataFrame) -> pd.DataFrame:
    return df.groupby("Date").agg(
        pts=("Points", "sum"), budget=("Daily Budget", "first"), act=("Activity Points", "first")
    )


def _ww_over(with_activity: bool) -> Callable[[pd.DataFrame], int]:
    def count(df: pd.DataFrame) -> int:
        d = _ww_daily(df)
        limit = d["budget"] + (d["act"] if with_activity else 0)
        return int((d["pts"] > limit).sum())

    return count


def _ww_meal_pick(per_day: bool) -> Callable[[pd.DataFrame], str]:
    def pick(df: pd.DataFrame) -> str:
        if per_day:
            return _top(df.groupby(["Date", "Meal"])["Points"].sum().groupby("Meal").mean())
        return _top(df.groupby("Meal")["Points"].mean())

    return pick


_WW_QS = [
    Q(
        "how many points did i eat in march",
        _count(lambda df: float(df.loc[pd.to_datetime(df["Date"]).dt.month == 3, "Points"].sum())),
        ("Date", "Points"),
    ),
    Q(
        "what food do i log the most",
        _lead(_named(lambda df: _top(_text(df, "Food").value_counts()))),
        ("Food",),
    ),
    Q(
        "what percent of my entries are zero point foods",
        _share(lambda df: float((_text(df, "ZeroPoint") == "Y").mean())),
        ("ZeroPoint",),
    ),
    Q(
        "on average how many points do i eat a day",
        _typical(lambda df: _ww_daily(df)["pts"]),
        ("Date", "Points"),
    ),
    Q(
        "which meal costs me the most points",
        _lead(
            _named_any(
                lambda df: [
                    _ww_meal_pick(False)(df),
                    _ww_meal_pick(True)(df),
                    _top(df.groupby("Meal")["Points"].sum()),
                ]
            )
        ),
        ("Meal", "Points", "Date"),
    ),
    Q(
        "how many days did i go over my daily budget",
        either(_count(_ww_over(False)), _count(_ww_over(True))),
        ("Date", "Points", "Daily Budget", "Activity Points"),
    ),
]


# --- 2. Pharmacy fill history --------------------------------------------------------------------------------------

# medication: strength, quantity per 30 days, prescriber, copay per 30 days, insurance paid per 30 days, maintenance
_RX_MEDS: dict[str, tuple[str, int, str, float, float, bool]] = {
    "ATORVASTATIN CALCIUM": ("20 MG", 30, "PATEL, ANJALI MD", 5.00, 12.40, True),
    "LISINOPRIL": ("10 MG", 30, "PATEL, ANJALI MD", 3.00, 6.10, True),
    "METFORMIN HCL": ("500 MG", 60, "PATEL, ANJALI MD", 3.00, 8.75, True),
    "LEVOTHYROXINE SODIUM": ("75 MCG", 30, "NGUYEN, DAVID MD", 5.00, 14.20, True),
    "SERTRALINE HCL": ("50 MG", 30, "ROSEN, MIRIAM DO", 5.00, 10.30, True),
    "FLUTICASONE PROPIONATE": ("0.05 MG/ACT", 16, "OKAFOR, CHIDI PA-C", 15.00, 21.60, True),
}
_RX_ACUTE: dict[str, tuple[str, int, int, str, float, float]] = {
    "AMOXICILLIN": ("500 MG", 21, 7, "OKAFOR, CHIDI PA-C", 4.00, 7.80),
    "PREDNISONE": ("20 MG", 10, 5, "OKAFOR, CHIDI PA-C", 3.00, 4.10),
    "IBUPROFEN": ("800 MG", 30, 10, "GARCIA, LUIS MD", 2.00, 3.20),
    "CYCLOBENZAPRINE HCL": ("10 MG", 20, 10, "GARCIA, LUIS MD", 4.00, 6.50),
    "AZITHROMYCIN": ("250 MG", 6, 5, "OKAFOR, CHIDI PA-C", 6.00, 14.90),
}
_RX_STORES = ["CVS #04321 - 1200 MAIN ST", "CVS #07788 - 45 OAK RIDGE RD", "CVS CAREMARK MAIL SERVICE"]


def _rx_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27302)
    rows: list[dict[str, Any]] = []
    end = pd.Timestamp("2024-12-31")
    rx = 6_010_000
    for med, (strength, qty, doc, copay, paid, _m) in _RX_MEDS.items():
        day = pd.Timestamp("2020-01-01") + pd.Timedelta(days=int(rng.integers(0, 60)))
        if med in ("SERTRALINE HCL", "METFORMIN HCL"):
            day += pd.Timedelta(days=int(rng.integers(150, 300)))
        refills = 0
        while day <= end:
            if refills == 0:
                rx += int(rng.integers(1000, 90000))
                refills = 11 if rng.random() < 0.5 else 3
            else:
                refills -= 1
            ninety = day >= pd.Timestamp("2023-01-01") and med != "FLUTICASONE PROPIONATE" and rng.random() < 0.7
            days = 90 if ninety else 30
            store = _RX_STORES[2] if ninety else _one(rng, _RX_STORES[:2], [75, 25])
            factor = 2.5 if ninety else 1.0
            cash = rng.random() < 0.02
            rows.append(
                {
                    "Fill Date": day,
                    "Rx Number": rx,
                    "Medication": med,
                    "Strength": strength,
                    "Quantity": qty * (3 if ninety else 1),
                    "Days Supply": days,
                    "Prescriber": doc,
                    "Pharmacy": store,
                    "Copay": f"${(copay * 4 if cash else copay * factor):.2f}",
                    "Insurance Paid": "$0.00" if cash else f"${paid * factor * rng.uniform(0.9, 1.1):.2f}",
                    "Refills Remaining": refills,
                }
            )
            day += pd.Timedelta(days=int(days + rng.integers(-3, 8)))
    for _ in range(60):
        med = _one(rng, list(_RX_ACUTE))
        strength, qty, days, doc, copay, paid = _RX_ACUTE[med]
        rx += int(rng.integers(1000, 90000))
        rows.append(
            {
                "Fill Date": pd.Timestamp("2020-01-01") + pd.Timedelta(days=int(rng.integers(0, 1826))),
                "Rx Number": rx,
                "Medication": med,
                "Strength": strength,
                "Quantity": qty,
                "Days Supply": days,
                "Prescriber": doc,
                "Pharmacy": _one(rng, _RX_STORES[:2], [70, 30]),
                "Copay": f"${copay:.2f}",
                "Insurance Paid": f"${paid * rng.uniform(0.9, 1.1):.2f}",
                "Refills Remaining": int(_one(rng, [0, 0, 1])),
            }
        )
    out = pd.DataFrame(rows).sort_values("Fill Date", ascending=False, kind="stable")
    out["Fill Date"] = out["Fill Date"].dt.strftime("%m/%d/%Y")
    return out.reset_index(drop=True)


def _rx_year(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Fill Date"], format="%m/%d/%Y").dt.year


_RX_QS = [
    Q("how much have i spent on copays altogether", _amount(lambda df: float(_num(df, "Copay").sum())), ("Copay",)),
    Q(
        "which medicine do i fill most often",
        _lead(_named(lambda df: _top(_text(df, "Medication").value_counts()))),
        ("Medication",),
    ),
    Q(
        "how much did insurance pay in 2023",
        _amount(lambda df: float(_num(df, "Insurance Paid")[_rx_year(df) == 2023].sum())),
        ("Insurance Paid", "Fill Date"),
    ),
    Q(
        "which doctor writes most of my prescriptions",
        _lead(
            _named_any(
                lambda df: [
                    _top(_text(df, "Prescriber").value_counts()),
                    _top(df.groupby("Prescriber")["Rx Number"].nunique()),
                ]
            )
        ),
        ("Prescriber", "Rx Number"),
    ),
    Q(
        "how many fills were 90 day supplies",
        _count(lambda df: int((_num(df, "Days Supply") == 90).sum())),
        ("Days Supply",),
    ),
    Q(
        "and what's the average copay on those",
        _typical(lambda df: _num(df, "Copay")[_num(df, "Days Supply") == 90]),
        ("Copay", "Days Supply"),
    ),
]


# --- 3. Patient portal lab results ---------------------------------------------------------------------------------

# test: panel, units, low, high, mean, sd, decimals
_LB_TESTS: dict[str, tuple[str, str, float | None, float | None, float, float, int]] = {
    "Glucose": ("CMP", "mg/dL", 70, 99, 104, 12, 0),
    "BUN": ("CMP", "mg/dL", 7, 25, 15, 4, 0),
    "Creatinine": ("CMP", "mg/dL", 0.6, 1.29, 0.98, 0.12, 2),
    "Sodium": ("CMP", "mmol/L", 135, 146, 140, 2.2, 0),
    "Potassium": ("CMP", "mmol/L", 3.5, 5.3, 4.3, 0.35, 1),
    "Calcium": ("CMP", "mg/dL", 8.6, 10.3, 9.5, 0.35, 1),
    "ALT": ("CMP", "U/L", 9, 46, 31, 11, 0),
    "AST": ("CMP", "U/L", 10, 40, 26, 8, 0),
    "Total Cholesterol": ("LIPID PANEL", "mg/dL", None, 200, 212, 22, 0),
    "HDL Cholesterol": ("LIPID PANEL", "mg/dL", 40, None, 46, 6, 0),
    "Triglycerides": ("LIPID PANEL", "mg/dL", None, 150, 155, 40, 0),
    "LDL Cholesterol (Calc)": ("LIPID PANEL", "mg/dL", None, 100, 0, 0, 0),
    "WBC": ("CBC", "x10E3/uL", 3.8, 10.8, 6.6, 1.3, 1),
    "Hemoglobin": ("CBC", "g/dL", 13.2, 17.1, 14.6, 0.8, 1),
    "Hematocrit": ("CBC", "%", 38.5, 50.0, 43.5, 2.4, 1),
    "Platelets": ("CBC", "x10E3/uL", 140, 400, 245, 45, 0),
    "Hemoglobin A1c": ("A1C", "%", None, 5.7, 0, 0, 1),
}


def _lab_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27303)
    rows: list[dict[str, Any]] = []
    draws = pd.date_range("2019-02-01", "2024-11-30", freq="75D")
    for i, base in enumerate(draws):
        when = base + pd.Timedelta(days=int(rng.integers(0, 20)), hours=7, minutes=int(rng.integers(0, 90)))
        trend = i / len(draws)
        panels = ["CMP", "CBC", "A1C"] + (["LIPID PANEL"] if i % 2 == 0 or rng.random() < 0.3 else [])
        if rng.random() < 0.25:
            panels.remove("CBC")
        tc = None
        for test, (panel, units, low, high, mean, sd, dec) in _LB_TESTS.items():
            if panel not in panels:
                continue
            if test == "Total Cholesterol":
                value = rng.normal(mean - 40 * trend, sd)
                tc = value
            elif test == "LDL Cholesterol (Calc)":
                value = 0.68 * (tc or 200) - 15 + rng.normal(0, 6)
            elif test == "Hemoglobin A1c":
                value = rng.normal(5.6 + 0.6 * trend, 0.15)
            elif test == "Glucose":
                value = rng.normal(mean + 10 * trend, sd)
            else:
                value = rng.normal(mean, sd)
            value = round(float(value), dec)
            text = f"{value:.{dec}f}"
            if test == "ALT" and value < 9 and rng.random() < 0.5:
                text = "<9"
            flag = ""
            if high is not None and value > high:
                flag = "H"
            elif low is not None and value < low:
                flag = "L"
            rows.append(
                {
                    "Collection Date": f"{when:%Y-%m-%d %H:%M}",
                    "Panel": panel,
                    "Test Name": test,
                    "Result": text,
                    "Units": units,
                    "Reference Low": low,
                    "Reference High": high,
                    "Flag": flag,
                }
            )
    return pd.DataFrame(rows)


def _lab_test(df: pd.DataFrame, test: str) -> pd.Series:
    """One test's numeric results indexed by collection time, oldest first."""
    d = df[_text(df, "Test Name") == test]
    values = pd.to_numeric(d["Result"].astype("string").str.replace("<", "", regex=False), errors="coerce")
    return pd.Series(values.to_numpy(), index=pd.to_datetime(d["Collection Date"])).sort_index()


def _lab_pair(df: pd.DataFrame) -> pd.DataFrame:
    return pd.concat(
        [_lab_test(df, "LDL Cholesterol (Calc)").rename("ldl"), _lab_test(df, "Total Cholesterol").rename("tc")],
        axis=1,
    ).dropna()


_LB_QS = [
    Q("how many of my results were flagged high", _count(lambda df: int((_text(df, "Flag") == "H").sum())), ("Flag",)),
    Q(
        "which test gets flagged the most",
        _lead(
            _named_any(
                lambda df: [
                    _top(_text(df, "Test Name")[_text(df, "Flag") != ""].value_counts()),
                    _top(_text(df, "Test Name")[_text(df, "Flag") == "H"].value_counts()),
                ]
            )
        ),
        ("Test Name", "Flag"),
    ),
    Q(
        "what was my most recent a1c",
        _about(lambda df: float(_lab_test(df, "Hemoglobin A1c").iloc[-1])),
        ("Test Name", "Result", "Collection Date"),
    ),
    Q(
        "what was my ldl on the first test compared to the latest one",
        _both(
            _about(lambda df: float(_lab_test(df, "LDL Cholesterol (Calc)").iloc[0])),
            _about(lambda df: float(_lab_test(df, "LDL Cholesterol (Calc)").iloc[-1])),
        ),
        ("Test Name", "Result", "Collection Date"),
    ),
    Q(
        "whats my average fasting glucose",
        _typical(lambda df: _lab_test(df, "Glucose")),
        ("Test Name", "Result"),
    ),
    Q(
        "does my ldl track with total cholesterol",
        _corr(lambda df: _lab_pair(df)["ldl"], lambda df: _lab_pair(df)["tc"]),
        ("Test Name", "Result", "Collection Date"),
    ),
]


# --- 4. Vaccination clinic doses -----------------------------------------------------------------------------------

_VX_SITES = {
    "EASTSIDE COMMUNITY CENTER": 1.3,
    "COUNTY HEALTH DEPT - MAIN": 1.6,
    "NORTHGATE LIBRARY": 0.7,
    "RIVERSIDE HIGH SCHOOL": 0.9,
    "MOBILE UNIT 2": 0.6,
}
# vaccine: doses (with weights), age groups (with weights), base doses per session, season peak month
_VX_VACCINES: dict[str, tuple[list[int], list[float], dict[str, float], float]] = {
    "FLU": ([1], [1], {"0-17": 25, "18-49": 25, "50-64": 20, "65+": 30}, 14),
    "COVID-19": ([1, 2], [85, 15], {"0-17": 8, "18-49": 27, "50-64": 25, "65+": 40}, 8),
    "TDAP": ([1], [1], {"0-17": 55, "18-49": 35, "50-64": 7, "65+": 3}, 4),
    "HPV": ([1, 2, 3], [50, 40, 10], {"0-17": 85, "18-49": 15}, 4),
}


def _vax_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27304)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2023-09-05", "2024-05-31", freq="D"):
        if day.day_of_week in (0, 6):
            continue
        season = {9: 1.2, 10: 1.6, 11: 1.2, 12: 0.8, 1: 0.6, 2: 0.5, 3: 0.5, 4: 0.45, 5: 0.4}[day.month]
        for site, size in _VX_SITES.items():
            if rng.random() < 0.55:
                continue
            for vaccine, (doses, d_w, ages, base) in _VX_VACCINES.items():
                if vaccine == "HPV" and site == "MOBILE UNIT 2":
                    continue
                scale = season if vaccine in ("FLU", "COVID-19") else 1.0
                for dose in rng.choice(doses, size=min(len(doses), 2), replace=False, p=np.array(d_w) / sum(d_w)):
                    for age, a_w in ages.items():
                        mean = base * size * scale * a_w / 100 * (1 if dose == 1 else 0.4)
                        given = int(rng.poisson(mean))
                        if given == 0 and rng.random() < 0.6:
                            continue
                        wasted = int(rng.binomial(given + 2, 0.04 if vaccine == "COVID-19" else 0.015))
                        rows.append(
                            {
                                "CLINIC_DATE": f"{day:%Y/%m/%d}",
                                "SITE_NAME": site,
                                "VACCINE_TYPE": vaccine,
                                "DOSE_NUMBER": int(dose),
                                "AGE_GROUP": "UNKNOWN" if rng.random() < 0.015 else age,
                                "DOSES_ADMINISTERED": given,
                                "DOSES_WASTED": None if rng.random() < 0.05 else wasted,
                            }
                        )
    return pd.DataFrame(rows)


def _vx_month(df: pd.DataFrame) -> pd.Timestamp:
    month = pd.to_datetime(df["CLINIC_DATE"], format="%Y/%m/%d").dt.to_period("M")
    return df.groupby(month)["DOSES_ADMINISTERED"].sum().sort_index().idxmax().to_timestamp()


def _vx_waste(with_wasted: bool) -> Callable[[pd.DataFrame], float]:
    def rate(df: pd.DataFrame) -> float:
        d = df[_text(df, "VACCINE_TYPE") == "COVID-19"]
        wasted = _num(d, "DOSES_WASTED").fillna(0).sum()
        given = _num(d, "DOSES_ADMINISTERED").sum()
        return float(wasted / (given + wasted if with_wasted else given))

    return rate


def _vx_hpv_kids(df: pd.DataFrame) -> pd.DataFrame:
    return df[(_text(df, "VACCINE_TYPE") == "HPV") & (_text(df, "AGE_GROUP") == "0-17")]


_VX_QS = [
    Q(
        "how many shots were given in total",
        _count(lambda df: float(df["DOSES_ADMINISTERED"].sum())),
        ("DOSES_ADMINISTERED",),
    ),
    Q(
        "which site gave the most flu shots",
        _lead(
            _named(
                lambda df: _top(df[_text(df, "VACCINE_TYPE") == "FLU"].groupby("SITE_NAME")["DOSES_ADMINISTERED"].sum())
            )
        ),
        ("SITE_NAME", "VACCINE_TYPE", "DOSES_ADMINISTERED"),
    ),
    Q(
        "what's the waste rate for covid vaccine",
        either(_share(_vx_waste(False)), _share(_vx_waste(True))),
        ("VACCINE_TYPE", "DOSES_WASTED", "DOSES_ADMINISTERED"),
    ),
    Q(
        "which month was busiest",
        _lead(_month_year(_vx_month)),
        ("CLINIC_DATE", "DOSES_ADMINISTERED"),
    ),
    Q(
        "how many hpv doses went to kids under 18",
        _count(lambda df: float(_vx_hpv_kids(df)["DOSES_ADMINISTERED"].sum())),
        ("VACCINE_TYPE", "AGE_GROUP", "DOSES_ADMINISTERED"),
    ),
    Q(
        "and how many of those were second doses",
        _count(
            lambda df: float(
                _vx_hpv_kids(df).loc[_num(_vx_hpv_kids(df), "DOSE_NUMBER") == 2, "DOSES_ADMINISTERED"].sum()
            )
        ),
        ("VACCINE_TYPE", "AGE_GROUP", "DOSE_NUMBER", "DOSES_ADMINISTERED"),
    ),
]


# --- 5. Climbing logbook -------------------------------------------------------------------------------------------

_CL_PLACES = {
    "Brooklyn Boulders": ("gym", 38),
    "Movement Gowanus": ("gym", 30),
    "The Gunks": ("crag", 18),
    "Rumney": ("crag", 9),
    "Red River Gorge": ("crag", 5),
}
_CL_V = [f"V{i}" for i in range(9)]
_CL_YDS = ["5.8", "5.9", "5.10a", "5.10b", "5.10c", "5.10d", "5.11a", "5.11b", "5.11c", "5.11d", "5.12a", "5.12b"]
_CL_YDS.append("5.12c")
_CL_CRAG_ROUTES = [
    "High Exposure",
    "Shockley's Ceiling",
    "Arrow",
    "Bonnie's Roof",
    "Frogger",
    "Orangahang",
    "Triple Bypass",
    "Stretch Armstrong",
    "Technarete",
    "Scene of the Crime",
    "Beer Belly Roof",
    "Fuzzy Undercling",
]
_CL_COLORS = ["Blue", "Red", "Green", "Yellow", "Black", "Purple", "Orange", "White"]


def _climb_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27305)
    rows: list[dict[str, Any]] = []
    places = list(_CL_PLACES)
    sessions = sorted(pd.Timestamp("2022-01-01") + pd.Timedelta(days=int(d)) for d in rng.integers(0, 1095, 190))
    for day in sessions:
        place = _one(rng, places, [_CL_PLACES[p][1] for p in places])
        gym = _CL_PLACES[place][0] == "gym"
        skill = (day - pd.Timestamp("2022-01-01")).days / 1095
        for _ in range(int(rng.integers(2, 8))):
            disc = _one(rng, ["Boulder", "Top Rope", "Lead"], [55, 25, 20] if gym else [20, 25, 55])
            if disc == "Boulder":
                idx = int(np.clip(rng.normal(2.5 + 3 * skill, 1.5), 0, 8))
                grade = _CL_V[idx]
                hard = idx / 8 - skill * 0.3
            else:
                idx = int(np.clip(rng.normal(3 + 5 * skill, 2.2), 0, 12))
                grade = _CL_YDS[idx]
                hard = idx / 12 - skill * 0.3
            attempts = int(1 + rng.poisson(0.5 + 3 * max(hard, 0)))
            sent = rng.random() < max(0.15, 0.95 - 0.8 * max(hard, 0) - (0.1 if attempts == 1 else 0))
            if sent and attempts == 1:
                style = "Onsight" if disc != "Boulder" and not gym and rng.random() < 0.6 else "Flash"
            else:
                style = "Redpoint" if sent else ""
            route = f"{_one(rng, _CL_COLORS)} {int(rng.integers(1, 40))}" if gym else _one(rng, _CL_CRAG_ROUTES)
            rating = int(_one(rng, [1, 2, 3, 4], [10, 35, 40, 15])) if rng.random() < 0.6 else None
            rows.append(
                {
                    "Date": f"{day:%Y-%m-%d}",
                    "Location": place,
                    "Route": route,
                    "Discipline": disc,
                    "Grade": grade,
                    "Attempts": attempts,
                    "Sent": "Y" if sent else "N",
                    "Style": style,
                    "Rating": rating,
                }
            )
    return pd.DataFrame(rows)


def _cl_hardest_boulder(df: pd.DataFrame) -> str:
    d = df[(_text(df, "Discipline") == "Boulder") & (_text(df, "Sent") == "Y")]
    return f"V{int(d['Grade'].astype('string').str[1:].astype(int).max())}"


def _cl_sent(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Sent") == "Y"


_CL_QS = [
    Q("how many climbs have i sent", _count(lambda df: int(_cl_sent(df).sum())), ("Sent",)),
    Q(
        "what's my send rate on lead",
        _share(lambda df: float(_cl_sent(df)[_text(df, "Discipline") == "Lead"].mean())),
        ("Sent", "Discipline"),
    ),
    Q(
        "hardest boulder i've sent?",
        _lead(_named(_cl_hardest_boulder)),
        ("Grade", "Discipline", "Sent"),
    ),
    Q(
        "where do i climb the most",
        _lead(
            _named_any(
                lambda df: [
                    _top(_text(df, "Location").value_counts()),
                    _top(df.groupby("Location")["Date"].nunique()),
                ]
            )
        ),
        ("Location", "Date"),
    ),
    Q(
        "how many tries does it take on average for routes i sent vs ones i didn't",
        _both(
            _about(lambda df: float(df.loc[_cl_sent(df), "Attempts"].mean())),
            _about(lambda df: float(df.loc[~_cl_sent(df), "Attempts"].mean())),
        ),
        ("Attempts", "Sent"),
    ),
    Q(
        "how many flashes did i get in 2023",
        _count(lambda df: int(((_text(df, "Style") == "Flash") & (_text(df, "Date").str[:4] == "2023")).sum())),
        ("Style", "Date"),
    ),
]


# --- 6. Ski resort daily snow report -------------------------------------------------------------------------------


def _ski_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27306)
    rows: list[dict[str, Any]] = []
    for year, snowy in ((2021, 1.0), (2022, 1.35), (2023, 0.8)):
        start = pd.Timestamp(year, 11, 18) + pd.Timedelta(days=int(rng.integers(0, 8)))
        end = pd.Timestamp(year + 1, 4, 10) + pd.Timedelta(days=int(rng.integers(0, 8)))
        base = float(rng.uniform(14, 22))
        for day in pd.date_range(start, end, freq="D"):
            doy = (day - start).days
            cold = -12 * np.sin(np.pi * min(doy, 140) / 140)
            high = round(float(rng.normal(36 + cold, 7)))
            low = round(float(high - rng.uniform(12, 24)))
            storm = rng.random() < 0.28 * snowy
            new = float(np.round(rng.gamma(1.4, 3.2), 0)) if storm else 0.0
            trace = not storm and rng.random() < 0.08
            base = max(8.0, base + 0.55 * new - (0.25 if high < 36 else 0.9))
            frac = min(1.0, base / 60)
            lifts = int(np.clip(round(4 + 10 * frac + rng.normal(0, 0.7)), 3, 14))
            trails = int(np.clip(round(20 + 95 * frac + rng.normal(0, 4)), 12, 118))
            weekend = day.day_of_week >= 5
            holiday = (day.month == 12 and day.day >= 24) or (day.month == 1 and day.day <= 2) or day.month == 2
            visits = rng.normal(2600 + 140 * new + (2900 if weekend else 0) + (1600 if holiday else 0), 450)
            rows.append(
                {
                    "Season": f"{year}-{(year + 1) % 100:02d}",
                    "Date": f"{day:%m/%d/%Y}",
                    "New Snow (in)": "T" if trace else f"{new:.0f}",
                    "Base Depth (in)": round(base),
                    "Lifts Open": lifts,
                    "Trails Open": trails,
                    "High Temp (F)": high,
                    "Low Temp (F)": low,
                    "Skier Visits": None if rng.random() < 0.02 else int(max(300, visits)),
                }
            )
    return pd.DataFrame(rows)


def _sk_new(df: pd.DataFrame, trace_zero: bool = True) -> pd.Series:
    s = _num(df, "New Snow (in)")
    return s.fillna(0) if trace_zero else s


def _sk_big_day(df: pd.DataFrame) -> pd.Timestamp:
    dates = pd.to_datetime(df["Date"], format="%m/%d/%Y")
    return dates[_sk_new(df).idxmax()]


_SK_QS = [
    Q(
        "how much snow fell in the 2022-23 season",
        _count(lambda df: float(_sk_new(df)[_text(df, "Season") == "2022-23"].sum())),
        ("Season", "New Snow (in)", "Date"),
    ),
    Q(
        "which season had the most skiers",
        _lead(_named(lambda df: _top(df.groupby("Season")["Skier Visits"].sum()))),
        ("Season", "Skier Visits", "Date"),
    ),
    Q(
        "what was the biggest powder day",
        _lead(_day(_sk_big_day)),
        ("Date", "New Snow (in)"),
    ),
    Q(
        "do fresh snow days bring in more skiers",
        either(
            _corr(lambda df: _sk_new(df), lambda df: _num(df, "Skier Visits")),
            _corr(lambda df: _sk_new(df, False), lambda df: _num(df, "Skier Visits")),
        ),
        ("New Snow (in)", "Skier Visits"),
    ),
    Q(
        "average skier visits on days with 6 inches or more of new snow",
        _about(lambda df: float(_num(df, "Skier Visits")[_sk_new(df) >= 6].mean())),
        ("New Snow (in)", "Skier Visits"),
    ),
    Q(
        "how many days did the low drop below zero",
        _count(lambda df: int((_num(df, "Low Temp (F)") < 0).sum())),
        ("Low Temp (F)", "Date"),
    ),
]


# --- 7. Bus on-time performance by route and month -----------------------------------------------------------------

# route: daily trips, base on-time %, ridership
_BT_ROUTES: dict[str, tuple[int, float, int]] = {
    "4": (120, 84, 9800),
    "7": (96, 80, 7400),
    "9": (70, 86, 4100),
    "11": (150, 76, 14800),
    "15": (88, 82, 6200),
    "17": (60, 88, 2900),
    "22": (132, 73, 12100),
    "28": (54, 85, 2400),
    "31": (80, 79, 5600),
    "36": (44, 90, 1500),
    "40": (110, 78, 10300),
    "53": (36, 87, 1100),
    "X9": (48, 81, 3300),
    "X27": (40, 71, 3800),
}


def _bus_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27307)
    rows: list[dict[str, Any]] = []
    for month in pd.date_range("2022-01-01", "2024-12-01", freq="MS"):
        k = (month.year - 2022) * 12 + month.month - 1
        shortage = 0.06 if month < pd.Timestamp("2023-04-01") else 0.02
        block: list[dict[str, Any]] = []
        for route, (daily, ontime, riders) in _BT_ROUTES.items():
            sched = int(daily * month.days_in_month * rng.uniform(0.93, 0.97))
            operated = int(sched * (1 - max(0.0, rng.normal(shortage, 0.015))))
            on = float(np.clip(rng.normal(ontime + 0.1 * k - (3 if month.month in (1, 2, 12) else 0), 2.5), 55, 97))
            early = float(np.clip(rng.normal(3.5, 1.2), 0.5, 9))
            late = 100 - on - early
            delay = max(0.5, late * 0.16 + rng.normal(0, 0.4))
            ride = riders * (0.85 + 0.004 * k) * rng.uniform(0.92, 1.08)
            block.append(
                {
                    "Route": route,
                    "sched": sched,
                    "op": operated,
                    "on": on,
                    "early": early,
                    "late": late,
                    "delay": delay,
                    "ride": None if rng.random() < 0.03 else round(ride),
                }
            )
        w = np.array([b["op"] for b in block], dtype=float)
        system = {
            "Route": "SYSTEM",
            "sched": sum(b["sched"] for b in block),
            "op": sum(b["op"] for b in block),
            "on": float(np.average([b["on"] for b in block], weights=w)),
            "early": float(np.average([b["early"] for b in block], weights=w)),
            "late": float(np.average([b["late"] for b in block], weights=w)),
            "delay": float(np.average([b["delay"] for b in block], weights=w)),
            "ride": sum(b["ride"] or 0 for b in block),
        }
        for b in [*block, system]:
            rows.append(
                {
                    "Route": b["Route"],
                    "Month": f"{month:%Y-%m}",
                    "Scheduled Trips": b["sched"],
                    "Trips Operated": b["op"],
                    "On-Time %": f"{b['on']:.1f}%",
                    "Early %": f"{b['early']:.1f}%",
                    "Late %": f"{b['late']:.1f}%",
                    "Avg Delay (min)": round(b["delay"], 1),
                    "Avg Weekday Ridership": "N/A" if b["ride"] is None else f"{b['ride']:,}",
                }
            )
    return pd.DataFrame(rows)


def _bt_routes(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Route") != "SYSTEM"]


def _bt_ontime_year(year: int, system: bool) -> Callable[[pd.DataFrame], float]:
    def mean(df: pd.DataFrame) -> float:
        d = df[_text(df, "Route") == "SYSTEM"] if system else _bt_routes(df)
        return float(_num(d, "On-Time %")[_text(d, "Month").str[:4] == str(year)].mean())

    return mean


def _bt_ops(df: pd.DataFrame) -> float:
    d = _bt_routes(df)
    d = d[_text(d, "Month").str[:4] == "2023"]
    return float(d["Trips Operated"].sum() / d["Scheduled Trips"].sum())


def _bt_cut_month(df: pd.DataFrame) -> pd.Timestamp:
    d = _bt_routes(df)
    cut = (d["Scheduled Trips"] - d["Trips Operated"]).groupby(d["Month"]).sum()
    return pd.Timestamp(_top(cut) + "-01")


_BT_QS = [
    Q(
        "which bus route is the least on time",
        _lead(_code(lambda df: _top(_num(_bt_routes(df), "On-Time %").groupby(_bt_routes(df)["Route"]).mean(), True))),
        ("Route", "On-Time %"),
    ),
    Q(
        "what share of scheduled trips actually ran in 2023",
        _share(_bt_ops),
        ("Scheduled Trips", "Trips Operated", "Month"),
    ),
    Q(
        "avg delay on route 22?",
        _about(lambda df: float(df.loc[_text(df, "Route") == "22", "Avg Delay (min)"].mean())),
        ("Route", "Avg Delay (min)"),
    ),
    Q(
        "how did on-time performance change from 2022 to 2024",
        either(
            _both(_about(_bt_ontime_year(2022, True)), _about(_bt_ontime_year(2024, True))),
            _both(_about(_bt_ontime_year(2022, False)), _about(_bt_ontime_year(2024, False))),
        ),
        ("On-Time %", "Month", "Route"),
    ),
    Q(
        "which month had the most trips cancelled",
        _lead(_month_year(_bt_cut_month)),
        ("Month", "Scheduled Trips", "Trips Operated"),
    ),
    Q(
        "are busier routes later more often",
        either(
            _corr(lambda df: _num(_bt_routes(df), "Avg Weekday Ridership"), lambda df: _num(_bt_routes(df), "Late %")),
            _corr(lambda df: _num(df, "Avg Weekday Ridership"), lambda df: _num(df, "Late %")),
        ),
        ("Avg Weekday Ridership", "Late %", "Route"),
    ),
]


HELDOUT273: list[Dataset] = [
    Dataset("ww_points_tracker_export", _ww_frame, _WW_QS),
    Dataset("pharmacy_prescription_fill_history", _rx_frame, _RX_QS),
    Dataset("patient_portal_lab_results", _lab_frame, _LB_QS),
    Dataset("county_vaccination_clinic_doses", _vax_frame, _VX_QS),
    Dataset("climbing_logbook_export", _climb_frame, _CL_QS),
    Dataset("ski_resort_daily_snow_report", _ski_frame, _SK_QS),
    Dataset("bus_on_time_performance_by_route_month", _bus_frame, _BT_QS),
]
