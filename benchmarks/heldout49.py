"""HELDOUT49: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public datasets an analyst is likely to bring along: Kaggle's
Students Performance in Exams (StudentsPerformance.csv, 1000 students) with lower-case female / male gender, "group A"
to "group E" in race/ethnicity, six parental levels of education ("some college", "associate's degree", "bachelor's
degree", "master's degree", "high school", "some high school"), standard / free/reduced lunch, none / completed test
preparation course and whole-number math, reading and writing scores (one math score of 0); Kaggle's Telco Customer
Churn file (WA_Fn-UseC_-Telco-Customer-Churn.csv, 5000 customers) with "7590-VHVEG" customerIDs, SeniorCitizen as 0 / 1
beside Yes / No Partner and Dependents, tenure in months, "No phone service" and "No internet service" in the service
columns, DSL / Fiber optic / No InternetService, Month-to-month / One year / Two year contracts, "Electronic check" and
"Bank transfer (automatic)" style payment methods, MonthlyCharges in steps of five cents, TotalCharges as text with a
single space for the customers of zero tenure, and Yes / No Churn; Kaggle's Heart Failure Prediction file (heart.csv,
918 patients) with Age, M / F Sex, ASY / NAP / ATA / TA ChestPainType, RestingBP (one 0), Cholesterol written 0 when it
was not measured, 0 / 1 FastingBS, Normal / ST / LVH RestingECG, MaxHR, Y / N ExerciseAngina, a one-decimal Oldpeak (a
few negative), Up / Flat / Down ST_Slope and 0 / 1 HeartDisease; Kaggle's Stroke Prediction file
(healthcare-dataset-stroke-data.csv, 5000 people, the stroke cases first) with numeric ids, Male / Female gender and one
"Other", ages written "67" for adults and "1.32" for infants, 0 / 1 hypertension and heart_disease, Yes / No
ever_married, Private / Self-employed / Govt_job / children / Never_worked work_type, Urban / Rural Residence_type, a
two-decimal avg_glucose_level, bmi with "N/A" for the unmeasured, "formerly smoked" / "never smoked" / "smokes" /
"Unknown" smoking_status and a 0 / 1 stroke flag; Tableau's Sample - Superstore orders (5000 order lines, 2014-2017)
with Row ID, "CA-2016-152156" Order IDs shared by the lines of one order, Order Date and Ship Date written "11/8/2016",
four ship modes, "CG-12520" Customer IDs and names, Consumer / Corporate / Home Office segments, "United States", city,
state, Postal Code (New England codes without their leading zero, blank for Burlington, Vermont) and region,
"FUR-BO-10001798" Product IDs, three categories and seventeen sub-categories, product names with commas and quotes,
Sales to four decimals, Quantity, Discount as a fraction (0.2, 0.45, 0.8) set by state and sub-category, and a Profit
that goes negative under deep discounts; the Chicago Data Portal's Crimes - 2001 to Present extract (5000 crimes from
2018 to 2023, newest first) with ID, "JB100001" Case Numbers, Date written "01/01/2020 12:00:00 AM", "047XX N BROADWAY"
blocks, IUCR codes such as "0486" and "041A", upper-case Primary Type and Description ("CRIM SEXUAL ASSAULT" renamed
"CRIMINAL SEXUAL ASSAULT" from 2019), Location Description (older spellings in 2018, a few blank), true / false Arrest
and Domestic, zero-padded Beat ("0412") and District ("004"), Ward, Community Area, FBI Code ("08B"), X / Y Coordinate,
Year, Updated On, Latitude, Longitude and a "(41.75, -87.58)" Location, the coordinates blank for a little over one
crime in a hundred and more often for frauds; and the UCI Wine Quality data, red and white combined as in Kaggle's
winequalityN.csv (5000 wines, the whites first) with a leading type column, the eleven lower-case physico-chemical
headers with spaces ("fixed acidity", "free sulfur dioxide"), a few blanks in seven of them, sulfur dioxide as
whole-number floats, a few alcohol values such as 11.0666666666667 and a quality score from 3 to 9. All are generated
with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _shares, _split, _text
from .heldout38 import _draw, _month
from .heldout39 import _fields, _month_of
from .heldout40 import _number, _top_named
from .heldout41 import _deal
from .heldout42 import _ranked, _unique
from .offline_eval import Check, Dataset, Q, both, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _flag(s: pd.Series, yes: str = "yes") -> pd.Series:
    """A Yes / No (or true / false, Y / N) column as booleans, whatever the reader made of it."""
    return _text(s).str.lower() == yes


def _rate(d: pd.DataFrame, flag: pd.Series, by: str, levels: tuple[Any, ...]) -> list[float]:
    """The share of rows flagged in each group of `by`, in the order of `levels`."""
    rates = flag.groupby(_text(d[by])).mean()
    return [float(rates[str(x)]) for x in levels]


def _top_label(scores: pd.Series) -> str:
    return str(_ranked(scores).index[0])


# --- 1. Students performance (Kaggle "Students Performance in Exams", StudentsPerformance.csv) ----------------------

_EX_GENDERS = "female:518;male:482"
_EX_GROUPS = "group C:319;group D:262;group B:190;group E:140;group A:89"
_EX_PARENTS = (
    "some college:226;associate's degree:222;high school:196;some high school:179;bachelor's degree:118;"
    "master's degree:59"
)
_EX_LUNCH = "standard:645;free/reduced:355"
_EX_PREP = "none:642;completed:358"
# label: shift of the math, reading and writing scores
_EX_SHIFTS: dict[str, tuple[float, float, float]] = {
    "female": (-2.4, 3.4, 4.4),
    "male": (2.6, -3.7, -4.7),
    "group A": (-4.5, -2.5, -3.0),
    "group B": (-2.5, -1.5, -1.5),
    "group C": (-1.5, -0.3, -0.5),
    "group D": (1.0, 0.7, 1.8),
    "group E": (7.2, 4.0, 2.8),
    "master's degree": (5.2, 8.0, 9.6),
    "bachelor's degree": (3.3, 3.8, 5.3),
    "associate's degree": (1.8, 1.8, 1.8),
    "some college": (1.0, 0.3, 0.7),
    "some high school": (-2.6, -2.3, -3.1),
    "high school": (-4.0, -4.5, -5.6),
    "standard": (3.9, 2.5, 2.8),
    "free/reduced": (-7.1, -4.6, -5.1),
    "completed": (3.6, 4.7, 6.4),
    "none": (-2.0, -2.7, -3.6),
}
_EX_COLUMNS = ("gender", "race/ethnicity", "parental level of education", "lunch", "test preparation course")


def _exams_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4901)
    n = 1000
    labels = [_deal(rng, t, n) for t in (_EX_GENDERS, _EX_GROUPS, _EX_PARENTS, _EX_LUNCH, _EX_PREP)]
    rows: list[dict[str, Any]] = []
    for i in range(n):
        row: dict[str, Any] = {c: v[i] for c, v in zip(_EX_COLUMNS, labels, strict=True)}
        shift = np.sum([_EX_SHIFTS[str(v[i])] for v in labels], axis=0)
        general, verbal = rng.normal(0, 1, 2)
        math = 66.1 + shift[0] + 12.5 * general + 5.0 * rng.normal()
        reading = 69.2 + shift[1] + 10.5 * general + 5.5 * verbal + 3.5 * rng.normal()
        writing = 68.1 + shift[2] + 10.5 * general + 5.5 * verbal + 3.0 * rng.normal()
        row["math score"] = int(np.clip(round(math), 0, 100))
        row["reading score"] = int(np.clip(round(reading), 17, 100))
        row["writing score"] = int(np.clip(round(writing), 10, 100))
        rows.append(row)
    frame = pd.DataFrame(rows)
    weakest = frame[(frame["gender"] == "female") & (frame["lunch"] == "free/reduced")]["math score"].idxmin()
    frame.loc[weakest, ["math score", "reading score", "writing score"]] = [0, 17, 10]
    return frame


_EX_SCORES = ("math score", "reading score", "writing score")


def _ex_prep(score: str) -> Callable[[pd.DataFrame], list[float]]:
    def means(d: pd.DataFrame) -> list[float]:
        by = d.groupby(_text(d["test preparation course"]))[score].mean()
        return [float(by["completed"]), float(by["none"])]

    return means


def _ex_best_parents(d: pd.DataFrame) -> str:
    total = d[list(_EX_SCORES)].sum(axis=1)
    return _top_label(total.groupby(_text(d["parental level of education"])).mean())


_EX_DEGREES = {
    "master's degree": ("masters degree", "master degree", "master's", "masters"),
    "bachelor's degree": ("bachelors degree", "bachelor degree", "bachelor's", "bachelors"),
    "associate's degree": ("associates degree", "associate degree", "associate's", "associates"),
}
_EXAMS_QS = [
    Q(
        "what are the average math, reading and writing scores?",
        has(lambda d: d[list(_EX_SCORES)].mean().to_numpy()),
        _EX_SCORES,
    ),
    Q(
        "do students who completed the test prep course do better in math?",
        has(_ex_prep("math score")),
        ("test preparation course", "math score"),
    ),
    Q(
        "and in writing?",
        has(_ex_prep("writing score")),
        ("test preparation course", "writing score"),
    ),
    Q(
        "what % of students get free/reduced lunch",
        _share(lambda d: float((_text(d["lunch"]) == "free/reduced").mean())),
        ("lunch",),
    ),
    Q(
        "which parental education level has the highest average total score?",
        _lead(_named(_ex_best_parents, _EX_DEGREES)),
        ("parental level of education", *_EX_SCORES),
    ),
    Q(
        "how many students scored below 40 in math",
        _count(lambda d: float((d["math score"] < 40).sum())),
        ("math score",),
    ),
]


# --- 2. Telco customer churn (IBM sample via Kaggle "Telco Customer Churn") -----------------------------------------

_TC_CONTRACTS = "Month-to-month:55;One year:21;Two year:24"
# contract: partner chance, tenure (mean, spread), internet service, payment method
_TC_BY_CONTRACT: dict[str, tuple[float, tuple[float, float], str, str]] = {
    "Month-to-month": (
        0.36,
        (18.0, 0.0),
        "Fiber optic:55;DSL:32;No:13",
        "Electronic check:48;Mailed check:25;Bank transfer (automatic):14;Credit card (automatic):13",
    ),
    "One year": (
        0.6,
        (42.0, 18.0),
        "Fiber optic:37;DSL:37;No:26",
        "Electronic check:20;Mailed check:20;Bank transfer (automatic):30;Credit card (automatic):30",
    ),
    "Two year": (
        0.66,
        (57.0, 15.0),
        "Fiber optic:24;DSL:35;No:41",
        "Electronic check:9;Mailed check:22;Bank transfer (automatic):34;Credit card (automatic):35",
    ),
}
_TC_BASE_LOGIT = {"Month-to-month": -1.3, "One year": -2.6, "Two year": -4.0}
_TC_PROTECT = ("OnlineSecurity", "OnlineBackup", "DeviceProtection", "TechSupport")
_TC_STREAM = ("StreamingTV", "StreamingMovies")
_TC_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _tc_id(rng: np.random.Generator) -> str:
    letters = "".join(_TC_LETTERS[int(k)] for k in rng.integers(0, 26, 5))
    return f"{int(rng.integers(0, 10000)):04d}-{letters}"


def _tc_customer(rng: np.random.Generator, used: set[str], newcomer: bool) -> dict[str, Any]:
    contract = "Two year" if newcomer else _draw(rng, _TC_CONTRACTS)
    partner_p, (tenure_mean, tenure_sd), internets, payments = _TC_BY_CONTRACT[contract]
    senior = int(rng.random() < (0.21 if contract == "Month-to-month" else 0.1))
    partner = rng.random() < partner_p
    dependents = rng.random() < (0.5 if partner else 0.1) * (0.4 if senior else 1.0)
    if newcomer:
        tenure = 0
    elif contract == "Month-to-month":
        tenure = int(np.clip(np.ceil(rng.exponential(tenure_mean)), 1, 72))
    else:
        tenure = int(np.clip(round(rng.normal(tenure_mean, tenure_sd)), 1, 72))
    internet = _draw(rng, internets)
    phone = internet == "Fiber optic" or internet == "No" or rng.random() < 0.72
    multiple = phone and rng.random() < 0.3 + 0.005 * tenure + (0.15 if internet == "Fiber optic" else 0.0)
    row: dict[str, Any] = {
        "customerID": _unique(rng, _tc_id, used),
        "gender": str(_one(rng, ["Male", "Female"], [50.5, 49.5])),
        "SeniorCitizen": senior,
        "Partner": "Yes" if partner else "No",
        "Dependents": "Yes" if dependents else "No",
        "tenure": tenure,
        "PhoneService": "Yes" if phone else "No",
        "MultipleLines": ("Yes" if multiple else "No") if phone else "No phone service",
        "InternetService": internet,
    }
    extras = 0
    for column in (*_TC_PROTECT, *_TC_STREAM):
        if internet == "No":
            row[column] = "No internet service"
            continue
        if column in _TC_PROTECT:
            p = (0.28 if internet == "Fiber optic" else 0.45) + 0.005 * (tenure - 30)
        else:
            p = (0.55 if internet == "Fiber optic" else 0.3) + 0.003 * (tenure - 30)
        took = rng.random() < p
        row[column] = "Yes" if took else "No"
        extras += (10 if column in _TC_STREAM else 5) * took
    monthly = 20.0 * phone + 5.0 * multiple + {"DSL": 25.0, "Fiber optic": 50.0, "No": 0.0}[internet] + extras
    monthly = float(np.clip(round((monthly + rng.normal(0, 1.2)) * 20) / 20, 18.25, 118.75))
    paperless = rng.random() < {"Fiber optic": 0.77, "DSL": 0.55, "No": 0.29}[internet]
    payment = _draw(rng, payments)
    logit = _TC_BASE_LOGIT[contract] + 0.8 * (internet == "Fiber optic") - 0.9 * (internet == "No")
    logit += 0.6 * (payment == "Electronic check") + 0.35 * senior + 0.3 * paperless + 0.25 * (not partner)
    logit -= 0.4 * (row["TechSupport"] == "Yes") + 0.4 * (row["OnlineSecurity"] == "Yes")
    logit -= 0.03 * (tenure - 20) if contract == "Month-to-month" else 0.015 * (tenure - 40)
    churn = not newcomer and rng.random() < 1 / (1 + np.exp(-logit))
    total = " " if newcomer else str(round(tenure * monthly * float(rng.uniform(0.93, 1.07)), 2))
    row |= {
        "Contract": contract,
        "PaperlessBilling": "Yes" if paperless else "No",
        "PaymentMethod": payment,
        "MonthlyCharges": monthly,
        "TotalCharges": total,
        "Churn": "Yes" if churn else "No",
    }
    return row


def _telco_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4902)
    n = 5000
    newcomers = set(rng.choice(n, 8, replace=False).tolist())
    used: set[str] = set()
    return pd.DataFrame([_tc_customer(rng, used, i in newcomers) for i in range(n)])


def _tc_churned(d: pd.DataFrame) -> pd.Series:
    return _flag(d["Churn"])


def _tc_charges(d: pd.DataFrame) -> list[float]:
    by = d.groupby(_tc_churned(d))["MonthlyCharges"].mean()
    return [float(by[True]), float(by[False])]


def _tc_worst_payment(d: pd.DataFrame) -> str:
    return _top_label(_tc_churned(d).groupby(_text(d["PaymentMethod"])).mean())


_TC_CONTRACT_LEVELS = ("Month-to-month", "One year", "Two year")
_TC_ID = ("customerID", "Churn")
_TC_ALIASES = {"Electronic check": ("Electronic checks", "e-check")}
_TELCO_QS = [
    Q(
        "what's the overall churn rate?",
        _share(lambda d: float(_tc_churned(d).mean())),
        _TC_ID,
    ),
    Q(
        "churn rate by contract type",
        _shares(lambda d: _rate(d, _tc_churned(d), "Contract", _TC_CONTRACT_LEVELS)),
        (*_TC_ID, "Contract"),
    ),
    Q(
        "avg monthly charges for customers who churned vs stayed",
        has(_tc_charges),
        (*_TC_ID, "MonthlyCharges"),
    ),
    Q(
        "how many fiber optic customers churned",
        _count(lambda d: float((_tc_churned(d) & (_text(d["InternetService"]) == "Fiber optic")).sum())),
        (*_TC_ID, "InternetService"),
    ),
    Q(
        "which payment method has the highest churn?",
        _lead(_named(_tc_worst_payment, _TC_ALIASES)),
        (*_TC_ID, "PaymentMethod"),
    ),
    Q(
        "whats the average TotalCharges per customer",
        either(
            _scaled(lambda d: float(_number(d["TotalCharges"]).mean()), (1e3,)),
            _scaled(lambda d: float(_number(d["TotalCharges"]).fillna(0).mean()), (1e3,)),
        ),
        ("customerID", "TotalCharges", "tenure", "MonthlyCharges"),
    ),
]


# --- 3. Heart failure prediction (Kaggle "Heart Failure Prediction Dataset", heart.csv) ------------------------------

# HeartDisease 0 / 1: chest pain types, resting ECG, ST slope
_HF_CHEST = ("ASY:25;NAP:32;ATA:36;TA:7", "ASY:77;NAP:14;ATA:5;TA:4")
_HF_ECG = ("Normal:64;LVH:19;ST:17", "Normal:57;LVH:21;ST:22")
_HF_SLOPE = ("Up:77;Flat:19.5;Down:3.5", "Flat:75;Up:15;Down:10")


def _hf_patient(rng: np.random.Generator, male: bool) -> dict[str, Any]:
    sick = int(rng.random() < (0.632 if male else 0.259))
    age = int(np.clip(round(rng.normal(55.9 if sick else 50.6, 8.7 if sick else 9.4)), 28, 77))
    cholesterol = 0
    if rng.random() >= (0.3 if sick else 0.05):
        cholesterol = int(np.clip(round(rng.normal(251 if sick else 240, 55)), 85, 603))
    oldpeak = 0.0
    if rng.random() >= (0.3 if sick else 0.6):
        oldpeak = round(float(rng.gamma(2.0, 0.8 if sick else 0.45)), 1)
    if rng.random() < 0.014:
        oldpeak = -round(float(rng.uniform(0.1, 2.6)), 1)
    max_hr = (127.7 if sick else 148.2) - 0.9 * (age - 53.5) + rng.normal(0, 21)
    return {
        "Age": age,
        "Sex": "M" if male else "F",
        "ChestPainType": _draw(rng, _HF_CHEST[sick]),
        "RestingBP": int(np.clip(round(rng.normal(134.2 if sick else 130.2, 18)), 80, 200)),
        "Cholesterol": cholesterol,
        "FastingBS": int(rng.random() < (0.33 if sick else 0.11)),
        "RestingECG": _draw(rng, _HF_ECG[sick]),
        "MaxHR": int(np.clip(round(max_hr), 60, 202)),
        "ExerciseAngina": "Y" if rng.random() < (0.62 if sick else 0.13) else "N",
        "Oldpeak": oldpeak,
        "ST_Slope": _draw(rng, _HF_SLOPE[sick]),
        "HeartDisease": sick,
    }


def _heart_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4903)
    sexes = _deal(rng, "M:725;F:193", 918)
    frame = pd.DataFrame([_hf_patient(rng, s == "M") for s in sexes])
    odd = int(rng.integers(0, len(frame)))
    frame.loc[odd, ["RestingBP", "Cholesterol", "HeartDisease"]] = [0, 0, 1]
    return frame


def _hf_sick(d: pd.DataFrame) -> pd.Series:
    return d["HeartDisease"] == 1


def _hf_worst_chest(d: pd.DataFrame) -> str:
    return _top_label(_hf_sick(d).groupby(_text(d["ChestPainType"])).mean())


def _hf_angina_over(age: int, inclusive: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        old = d["Age"] >= age if inclusive else d["Age"] > age
        return float((old & (_text(d["ExerciseAngina"]) == "Y")).sum())

    return count


_HF_ID = ("HeartDisease",)
_HF_CHEST_NAMES = {
    "ASY": ("asymptomatic",),
    "NAP": ("non-anginal", "nonanginal"),
    "ATA": ("atypical angina",),
    "TA": ("typical angina",),
}
_HEART_QS = [
    Q(
        "what % of patients have heart disease?",
        _share(lambda d: float(_hf_sick(d).mean())),
        _HF_ID,
    ),
    Q(
        "heart disease rate for men vs women",
        _shares(lambda d: _rate(d, _hf_sick(d), "Sex", ("M", "F"))),
        (*_HF_ID, "Sex"),
    ),
    Q(
        "what's the median cholesterol?",
        either(
            has(lambda d: float(d.loc[d["Cholesterol"] > 0, "Cholesterol"].median())),
            has(lambda d: float(d["Cholesterol"].median())),
        ),
        ("Cholesterol",),
    ),
    Q(
        "which chest pain type has the highest rate of heart disease",
        _lead(_named(_hf_worst_chest, _HF_CHEST_NAMES)),
        (*_HF_ID, "ChestPainType"),
    ),
    Q(
        "is maxHR correlated with age",
        _corr(lambda d: d["MaxHR"], lambda d: d["Age"]),
        ("MaxHR", "Age"),
    ),
    Q(
        "how many patients over 60 have exercise induced angina?",
        either(_count(_hf_angina_over(60, False)), _count(_hf_angina_over(60, True))),
        ("Age", "ExerciseAngina"),
    ),
]


# --- 4. Stroke prediction (Kaggle "Stroke Prediction Dataset", healthcare-dataset-stroke-data.csv) ------------------

# age band (up to): work types
_SK_WORK = (
    (13, "children:100"),
    (16, "children:93;Never_worked:4;Private:3"),
    (23, "Private:74;Govt_job:9;Self-employed:5;Never_worked:6"),
    (65, "Private:66;Self-employed:16;Govt_job:17.5;Never_worked:0.3"),
    (99, "Private:50;Self-employed:38;Govt_job:12"),
)
_SK_SMOKING = (
    (12, "Unknown:85;never smoked:15"),
    (18, "Unknown:50;never smoked:40;formerly smoked:3;smokes:7"),
    (45, "never smoked:42;Unknown:22;smokes:22;formerly smoked:14"),
    (99, "never smoked:37;Unknown:19;formerly smoked:28;smokes:16"),
)


def _sk_band(table: tuple[tuple[int, str], ...], age: float) -> str:
    return next(t for top, t in table if age < top)


def _sk_person(rng: np.random.Generator) -> dict[str, Any]:
    raw = float(rng.uniform(0, 83) if rng.random() < 0.85 else rng.uniform(40, 83))
    age: float = max(0.08, round(round(raw / 0.08) * 0.08, 2)) if raw < 2 else float(int(raw))
    male = rng.random() < 0.414
    adult = age >= 18
    hyper = rng.random() < (float(np.clip(0.0045 * (age - 22), 0.004, 0.3)) if adult else 0.002)
    heart = rng.random() < float(np.clip(0.0035 * (age - 40) * (1.6 if male else 1.0), 0.001, 0.25))
    married = adult and rng.random() < min(0.92, 0.1 + 0.035 * (age - 18))
    work = _draw(rng, _sk_band(_SK_WORK, age))
    diabetic = rng.random() < 0.05 + 0.0028 * max(0.0, age - 30) + 0.08 * heart
    glucose = rng.normal(205, 32) if diabetic else 55 + rng.gamma(3.0, 12.0)
    glucose = round(float(np.clip(glucose, 55.12, 271.74)), 2)
    if adult:
        bmi = 22.0 + 2.5 * (age >= 30) + rng.gamma(4.0, 1.6) + rng.normal(0, 4.5)
    else:
        bmi = 16.5 + 0.45 * age + rng.normal(0, 3.5)
    logit = -7.45 + 0.072 * age + 0.45 * hyper + 0.35 * heart + 0.004 * (glucose - 100)
    stroke = rng.random() < 1 / (1 + np.exp(-logit))
    blank_bmi = rng.random() < (0.16 if stroke else 0.033)
    return {
        "gender": "Male" if male else "Female",
        "age": int(age) if age >= 2 else age,
        "hypertension": int(hyper),
        "heart_disease": int(heart),
        "ever_married": "Yes" if married else "No",
        "work_type": work,
        "Residence_type": str(_one(rng, ["Urban", "Rural"], [50.8, 49.2])),
        "avg_glucose_level": glucose,
        "bmi": "N/A" if blank_bmi else f"{float(np.clip(bmi, 10.3, 97.6)):.1f}",
        "smoking_status": _draw(rng, _sk_band(_SK_SMOKING, age)),
        "stroke": int(stroke),
    }


def _stroke_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4904)
    n = 5000
    ids = rng.choice(np.arange(67, 72941), n, replace=False)
    frame = pd.DataFrame([_sk_person(rng) for _ in range(n)])
    other = int(rng.choice(np.flatnonzero((frame["stroke"] == 0) & (frame["ever_married"] == "No"))))
    frame.loc[other, "gender"] = "Other"
    frame["age"] = pd.Series([int(a) if a >= 2 else float(a) for a in frame["age"]], dtype=object)
    frame.insert(0, "id", ids)
    return frame.sort_values("stroke", ascending=False, kind="stable").reset_index(drop=True)


def _sk_stroke(d: pd.DataFrame) -> pd.Series:
    return d["stroke"] == 1


def _sk_ages(d: pd.DataFrame) -> list[float]:
    by = d.groupby(_sk_stroke(d))["age"].mean()
    return [float(by[True]), float(by[False])]


def _sk_bmi(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d["bmi"], errors="coerce")


def _sk_worst_work(d: pd.DataFrame) -> str:
    return _top_label(_sk_stroke(d).groupby(_text(d["work_type"])).mean())


_SK_ID = ("id", "stroke")
_SK_WORK_NAMES = {"Self-employed": ("self employed", "selfemployed"), "Govt_job": ("government", "govt")}
_STROKE_QS = [
    Q(
        "how many people in the data had a stroke?",
        _count(lambda d: float(_sk_stroke(d).sum())),
        _SK_ID,
    ),
    Q(
        "avg age of stroke patients vs non-stroke",
        has(_sk_ages),
        (*_SK_ID, "age"),
    ),
    Q(
        "stroke rate for people with hypertension vs without",
        _shares(lambda d: _rate(d, _sk_stroke(d), "hypertension", (1, 0))),
        (*_SK_ID, "hypertension"),
    ),
    Q(
        "what's the average bmi",
        _about(lambda d: float(_sk_bmi(d).mean()), rel=0.003),
        ("id", "bmi"),
    ),
    Q(
        "and for stroke patients?",
        _about(lambda d: float(_sk_bmi(d)[_sk_stroke(d)].mean()), rel=0.003),
        (*_SK_ID, "bmi"),
    ),
    Q(
        "which work type has the highest stroke rate",
        _lead(_named(_sk_worst_work, _SK_WORK_NAMES)),
        (*_SK_ID, "work_type"),
    ),
]


# --- 5. Superstore orders (Tableau "Sample - Superstore", Sample - Superstore.csv) ---------------------------------

# Sub-Category: Category, id code, share of rows (%), median list price ($), price spread, margin before discount,
# brands ("," between) and items ("," between)
_SS_SUBS: dict[str, tuple[str, str, float, float, float, float, str, str]] = {
    "Binders": (
        "Office Supplies",
        "BI",
        15.2,
        14.0,
        1.1,
        0.42,
        "Avery,GBC,Wilson Jones,Cardinal,Acco,Ibico,Fellowes",
        "Non-Stick Binders,Durable Slant-D Binders,Premium Poly Binders,Recycled Easel Ring Binders,"
        'Heavy-Duty E-Z D Binders,Hanging View Binder, White, 1",DocuBind TL300 Electric Binding System,'
        "Binding Covers,Clear Plastic Binding Combs,Presentation Binders",
    ),
    "Paper": (
        "Office Supplies",
        "PA",
        13.7,
        14.0,
        0.6,
        0.46,
        "Xerox,Easy-staple,Hammermill,Southworth,Eaton,Ampad",
        "Copy Paper,Colored Envelope-Size Paper,Message Book, One Form per Page,Recycled Paper,"
        "Premium Writing Pads,Laser Printer Paper,Cotton Paper,Computer Printout Paper with Letter-Trim Perforations",
    ),
    "Furnishings": (
        "Furniture",
        "FU",
        9.6,
        22.0,
        0.8,
        0.3,
        "Eldon,Howard Miller,Tenex,Deflect-o,Advantus,DAX",
        'Expressions Wood Desk Accessories,13-3/4" Diameter Wall Clock,Chairmats for Carpeted Floors,'
        "Wood Photo Frame,Executive Impressions Wall Clock,Magnetic Cubicle Hooks,Desk Lamp",
    ),
    "Phones": (
        "Technology",
        "PH",
        8.9,
        110.0,
        0.9,
        0.3,
        "Apple,Samsung,Cisco,Polycom,Plantronics,Motorola,Mitel",
        "iPhone,Galaxy,IP Phone,SoundStation Conference Phone,Headset,Smartphone,VoIP Phone,Speakerphone",
    ),
    "Storage": (
        "Office Supplies",
        "ST",
        8.5,
        60.0,
        0.8,
        0.22,
        "Fellowes,Eldon,Tennsco,Safco,Sterilite,Iris",
        "Bankers Box Staxonsteel Drawer File,Stackable Trays,Rolling Storage Cart,Steel Shelving,"
        "Portable File Box,Snap-Together Storage Drawers",
    ),
    "Art": (
        "Office Supplies",
        "AR",
        8.0,
        7.0,
        0.7,
        0.27,
        "Newell,Sanford,BIC,Prismacolor,Dixon,Boston",
        "Highlighters,Colored Pencils,Pencil Sharpener,Markers,Permanent Markers,Wood Pencils",
    ),
    "Accessories": (
        "Technology",
        "AC",
        7.8,
        50.0,
        0.9,
        0.32,
        "Logitech,Kingston,Memorex,Imation,SanDisk,Belkin,Microsoft",
        "Wireless Mouse,USB Flash Drive,Keyboard,Bluetooth Speaker,Gaming Headset,Memory Card,Webcam",
    ),
    "Chairs": (
        "Furniture",
        "CH",
        6.2,
        160.0,
        0.6,
        0.25,
        "Hon,Global,Office Star,SAFCO,Novimex,Harbour Creations",
        "Task Chair,Stacking Chairs,Leather Executive Chair,Mesh Back Chair,Deluxe High-Back Chair",
    ),
    "Appliances": (
        "Office Supplies",
        "AP",
        4.7,
        55.0,
        1.0,
        0.35,
        "Holmes,Hoover,Belkin,Fellowes,Kensington,Honeywell",
        "HEPA Air Purifier,Surge Protector,Microwave,Space Heater,Desk Fan,Upright Vacuum",
    ),
    "Labels": (
        "Office Supplies",
        "LA",
        3.6,
        5.0,
        0.6,
        0.46,
        "Avery,Smead,Self-Adhesive",
        "Address Labels,File Folder Labels,Removable Labels,Color-Coded Labels",
    ),
    "Tables": (
        "Furniture",
        "TA",
        3.2,
        220.0,
        0.6,
        0.12,
        "Bretford,Chromcraft,Bevis,Hon,Barricks,KI",
        "Rectangular Conference Table,Round Table,Training Table,Adjustable Height Table,Mobile Work Table",
    ),
    "Envelopes": (
        "Office Supplies",
        "EN",
        2.6,
        16.0,
        0.6,
        0.45,
        "Ampad,Quality Park,Globe-Weis,Tyvek",
        "Security-Tint Envelopes,Clasp Envelopes,Peel & Seel Envelopes,Interoffice Envelopes",
    ),
    "Bookcases": (
        "Furniture",
        "BO",
        2.3,
        170.0,
        0.5,
        0.2,
        "Bush,Sauder,O'Sullivan,Atlantic Metals,Hon",
        "Somerset Collection Bookcase,Barrister Bookcase,3-Shelf Cabinet Bookcase,Corner Bookcase",
    ),
    "Fasteners": (
        "Office Supplies",
        "FA",
        2.2,
        4.0,
        0.6,
        0.32,
        "Acco,Advantus,OIC,Staples",
        "Paper Clips,Push Pins,Binder Clips,Rubber Bands,Thumb Tacks",
    ),
    "Supplies": (
        "Office Supplies",
        "SU",
        1.9,
        20.0,
        0.9,
        0.08,
        "Fiskars,Acme,Martin Yale,Stanley",
        "Scissors,Letter Opener,Trimmer,Box Cutter",
    ),
    "Machines": (
        "Technology",
        "MA",
        1.2,
        450.0,
        0.8,
        0.3,
        "Okidata,Cisco,Brother,Epson,HP,Lexmark",
        "Printer,Fax Machine,Scanner,Label Maker,Card Printer",
    ),
    "Copiers": (
        "Technology",
        "CO",
        0.7,
        700.0,
        0.6,
        0.48,
        "Canon,Hewlett Packard,Sharp",
        "Personal Copier,Wireless Color Copier,Laser Copier,Digital Copier",
    ),
}
_SS_CATEGORY_CODES = {"Furniture": "FUR", "Office Supplies": "OFF", "Technology": "TEC"}
_SS_REGIONS = {
    "West": "California;Washington;Oregon;Arizona;Colorado;Nevada;Utah;New Mexico;Idaho;Montana;Wyoming",
    "East": "New York;Pennsylvania;Ohio;New Jersey;Massachusetts;Delaware;Connecticut;Rhode Island;Maryland;"
    "New Hampshire;Vermont;Maine;District of Columbia;West Virginia",
    "Central": "Texas;Illinois;Michigan;Indiana;Minnesota;Wisconsin;Missouri;Oklahoma;Nebraska;Iowa;Kansas;"
    "South Dakota;North Dakota",
    "South": "Florida;North Carolina;Virginia;Georgia;Tennessee;Kentucky;Alabama;South Carolina;Arkansas;Louisiana;"
    "Mississippi",
}
_SS_REGION_OF = {s: r for r, states in _SS_REGIONS.items() for s in _split(states)}
# discount policy: usual discount and the sub-categories discounted otherwise
_SS_POLICIES: dict[str, tuple[float, str]] = {
    "coast": (0.0, "Binders:0.2;Tables:0.2;Chairs:0.2;Phones:0.2;Bookcases:0.15;Machines:0.2;Copiers:0.2"),
    "ny": (0.0, "Binders:0.2;Tables:0.3;Chairs:0.1;Phones:0.0"),
    "rust": (
        0.2,
        "Binders:0.7;Tables:0.4;Bookcases:0.5;Chairs:0.3;Machines:0.7;Phones:0.4;Copiers:0.4",
    ),
    "prairie": (
        0.2,
        "Binders:0.8;Appliances:0.8;Furnishings:0.6;Tables:0.3;Bookcases:0.32;Chairs:0.3;Machines:0.4",
    ),
    "south": (0.2, "Binders:0.7;Tables:0.45;Machines:0.7"),
    "mountain": (0.2, "Binders:0.7;Tables:0.5;Bookcases:0.7;Machines:0.7"),
}
_SS_POLICY_OF = {"California": "coast", "Washington": "coast", "New York": "ny", "Pennsylvania": "rust"}
_SS_POLICY_OF |= {"Ohio": "rust", "Texas": "prairie", "Illinois": "prairie", "Florida": "south"}
_SS_POLICY_OF |= {"North Carolina": "south", "Tennessee": "south", "Arizona": "mountain", "Colorado": "mountain"}
_SS_POLICY_OF |= {"Oregon": "mountain"}
# City|State|weight|postal codes ("," between; none for Burlington, Vermont)
_SS_CITIES = _fields(
    "New York City|New York|915|10009,10011,10024,10035;Los Angeles|California|747|90004,90008,90032,90036,90045;"
    "Philadelphia|Pennsylvania|537|19120,19134,19140,19143;San Francisco|California|510|94109,94110,94122;"
    "Seattle|Washington|428|98103,98105,98115;Houston|Texas|377|77036,77041,77070,77095;"
    "Chicago|Illinois|314|60610,60623,60653;Columbus|Ohio|189|43229;San Diego|California|170|92024,92037,92105;"
    "Springfield|Virginia|55|22153;Springfield|Ohio|40|45503;Springfield|Missouri|35|65807;"
    "Springfield|Oregon|20|97477;Springfield|Massachusetts|13|1109;Dallas|Texas|157|75081,75217,75220;"
    "Jacksonville|Florida|125|32216;Detroit|Michigan|115|48205,48227,48234;Newark|Delaware|95|19711;"
    "Richmond|Virginia|65|23223;Richmond|Kentucky|25|40475;Jackson|Mississippi|45|39212;Jackson|Michigan|37|49201;"
    "Columbus|Georgia|33|31907;Aurora|Colorado|50|80013;Aurora|Illinois|18|60505;Phoenix|Arizona|63|85023;"
    "Long Beach|California|61|90805;Arlington|Texas|44|76017;Arlington|Virginia|16|22204;"
    "San Antonio|Texas|59|78207,78745;Miami|Florida|57|33142,33180;Louisville|Kentucky|48|40214;"
    "Louisville|Colorado|9|80027;Rochester|New York|37|14609;Rochester|Minnesota|16|55901;"
    "Charlotte|North Carolina|52|28205,28217;Henderson|Nevada|22|89015;Henderson|Kentucky|29|42420;"
    "Lakewood|New Jersey|24|8701;Lakewood|Ohio|15|44107;Lakewood|Colorado|10|80227;Lancaster|Pennsylvania|28|17602;"
    "Lancaster|California|18|93534;Fairfield|California|22|94533;Fairfield|Connecticut|14|6824;"
    "Milwaukee|Wisconsin|45|53209;Denver|Colorado|44|80219;Baltimore|Maryland|43|21215;Atlanta|Georgia|39|30318;"
    "Burlington|Vermont|11|;Burlington|North Carolina|17|27217;Burlington|Iowa|6|52601;Tampa|Florida|36|33614;"
    "Minneapolis|Minnesota|27|55407;Tucson|Arizona|32|85705;Lawrence|Massachusetts|10|1841;"
    "Providence|Rhode Island|30|2908;Wilmington|Delaware|27|19805;Portland|Oregon|19|97206;"
    "Oklahoma City|Oklahoma|18|73120;Memphis|Tennessee|22|38109;Nashville|Tennessee|15|37211;"
    "Indianapolis|Indiana|21|46203;Las Vegas|Nevada|21|89115;Salt Lake City|Utah|12|84106;"
    "Albuquerque|New Mexico|14|87105;Omaha|Nebraska|9|68104;Des Moines|Iowa|7|50315;"
    "Manchester|New Hampshire|8|3301;Lewiston|Maine|3|4240;Washington|District of Columbia|10|20016;"
    "Charleston|West Virginia|4|25301;Little Rock|Arkansas|9|72209;Montgomery|Alabama|12|36116;"
    "Columbia|South Carolina|12|29203;New Orleans|Louisiana|10|70117;Wichita|Kansas|5|67212;"
    "Sioux Falls|South Dakota|5|57103;Fargo|North Dakota|4|58103;Cheyenne|Wyoming|1|82001;Billings|Montana|4|59102;"
    "Boise|Idaho|4|83704;Toledo|Ohio|20|43615;Akron|Ohio|15|44312;Cincinnati|Ohio|18|45231;Pasadena|Texas|12|77506;"
    "Fort Worth|Texas|20|76106;Austin|Texas|18|78745;El Paso|Texas|15|79907;Sacramento|California|22|95823;"
    "San Jose|California|18|95123;Oakland|California|15|94601;Buffalo|New York|20|14215;Yonkers|New York|12|10701;"
    "Hartford|Connecticut|10|6120;Orlando|Florida|16|32839;Knoxville|Tennessee|9|37918;"
    "Virginia Beach|Virginia|12|23464;Raleigh|North Carolina|12|27604;Greensboro|North Carolina|10|27405;"
    "Grand Rapids|Michigan|10|49505;Saint Paul|Minnesota|8|55106;Madison|Wisconsin|10|53711;"
    "Kansas City|Missouri|12|64118;Saint Louis|Missouri|9|63116"
)
_SS_FIRST = _split(
    "Claire;Darrin;Sean;Brosina;Andrew;Irene;Harold;Pete;Alejandro;Zuschuss;Ken;Sandra;Emily;Eric;Tracy;Matt;"
    "Gene;Steve;Linda;Ruben;Erin;Odella;Patrick;Lena;Anthony;Nick;Roger;Jim;Dave;Maria;Tamara;Christopher;Jonathan;"
    "Paul;Michael;Julie;Karen;Joel;Becky;Adam;Arthur;Bill;Carol;Dorothy;Frank;Grace;Helen;Ivan;Jasper;Kelly;Lisa;"
    "Max;Nora;Olvera;Quincy;Rick;Susan;Tom;Valerie;Xylona;Yana;Zeph;Aaron;Barry;Cindy;Dean;Edward;Fred;Greg;Henry"
)
_SS_LAST = _split(
    "Gute;Van Huff;O'Donnell;Hoffman;Allen;Maddox;Pawlan;Kriz;Grove;Pawelczyk;Black;Flathers;Burns;Hoffmann;"
    "Blumstein;Abelman;Hale;Nguyen;Cazamias;Ausman;Smallwood;Nelson;O'Brill;Creighton;Jacobs;Zandusky;Brumley;Mitts;"
    "Kahn;Etezadi;Chand;Schwartz;Doherty;Gonzalez;Stevenson;Kriz;Lucas;Jackson;Castell;Hart;Prescott;Shonely;"
    "Sayre;Dunn;Wentzel;Huff;Ritter;Barnes;Wilson;Tyler;Young;Weirich;Holt;Carroll;Pryor;Fritzler;Preis;Trudell;"
    "Lee;Harris;Moore;Reed;Price;Frazer;Greer;Lopez;Ortman;Pippin;Rosenblatt;Stewart;Terry;Underwood;Volk;Watson"
)
_SS_SEGMENTS = "Consumer:52;Corporate:30;Home Office:18"
_SS_MODES = "Standard Class:59.7;Second Class:19.5;First Class:15.4;Same Day:5.4"
_SS_SHIP_DAYS = {"Standard Class": "4:30;5:35;6:20;7:15", "Second Class": "2:35;3:25;4:20;5:20"}
_SS_SHIP_DAYS |= {"First Class": "1:20;2:45;3:35", "Same Day": "0:100"}
_SS_YEARS = "2014:1993;2015:2102;2016:2587;2017:3312"
_SS_MONTHS = [381, 300, 696, 668, 735, 717, 710, 706, 1383, 819, 1471, 1408]
_SS_QUANTITIES = "1:9;2:24;3:24;4:12;5:12;6:6;7:6;8:3;9:2.6;10:0.6;11:0.4;12:0.2;13:0.15;14:0.1"


def _ss_code(prefix: str, low: int, high: int, step: int, width: int) -> Callable[[np.random.Generator], str]:
    """A maker of codes such as "FUR-BO-10001798" or "CG-12520": the prefix and a zero-padded number."""
    return lambda r: f"{prefix}{int(r.integers(low, high)) * step:0{width}d}"


def _ss_order_id(prefix: str, year: int) -> Callable[[np.random.Generator], str]:
    return _ss_code(f"{prefix}-{year}-", 100000, 170000, 1, 6)


def _ss_products(rng: np.random.Generator) -> dict[str, list[tuple[str, str, float, float]]]:
    """Each sub-category's products: (Product ID, Product Name, list price, margin before discount)."""
    used: set[str] = set()
    catalog: dict[str, list[tuple[str, str, float, float]]] = {}
    for sub, (category, code, weight, price, spread, margin, brands, items) in _SS_SUBS.items():
        names = [f"{b} {i}" for b in brands.split(",") for i in re.split(r",(?=[A-Z0-9])", items)]
        names = [names[int(k)] for k in rng.permutation(len(names))[: max(8, int(weight * 4))]]
        products = []
        for name in names:
            pid = _unique(rng, _ss_code(f"{_SS_CATEGORY_CODES[category]}-{code}-1000", 0, 5000, 1, 4), used)
            unit = round(float(price * rng.lognormal(0, spread)), 2)
            products.append((pid, name, max(unit, 0.99), float(np.clip(margin + rng.normal(0, 0.04), -0.05, 0.6))))
        catalog[sub] = products
    return catalog


def _ss_customers(rng: np.random.Generator, n: int) -> list[tuple[str, str, str]]:
    names: set[str] = set()
    ids: set[str] = set()
    people = []
    for _ in range(n):
        name = _unique(rng, lambda r: f"{_one(r, _SS_FIRST)} {_one(r, _SS_LAST)}", names)
        initials = "".join(w[0] for w in name.split()[:2]).upper()
        cid = _unique(rng, _ss_code(f"{initials}-", 2000, 5200, 5, 5), ids)
        people.append((cid, name, _draw(rng, _SS_SEGMENTS)))
    return people


def _ss_discount(state: str, sub: str) -> float:
    base, special = _SS_POLICIES.get(_SS_POLICY_OF.get(state, ""), (0.0, ""))
    table = dict(x.split(":") for x in _split(special)) if special else {}
    return float(table.get(sub, base))


def _superstore_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4905)
    catalog = _ss_products(rng)
    customers = _ss_customers(rng, 700)
    loyalty = rng.gamma(2.0, 1.0, len(customers))
    subs = list(_SS_SUBS)
    cities = [(c, s, float(w), z) for c, s, w, z in _SS_CITIES]
    order_numbers: set[str] = set()
    rows: list[dict[str, Any]] = []
    while len(rows) < 5000:
        year = int(_draw(rng, _SS_YEARS))
        month = int(_one(rng, list(range(1, 13)), _SS_MONTHS))
        first = pd.Timestamp(year, month, 1)
        ordered = first + pd.Timedelta(days=int(rng.integers(0, first.days_in_month)))
        mode = _draw(rng, _SS_MODES)
        shipped = ordered + pd.Timedelta(days=int(_draw(rng, _SS_SHIP_DAYS[mode])))
        order = _unique(rng, _ss_order_id(str(_one(rng, ["CA", "US"], [80, 20])), year), order_numbers)
        cid, name, segment = customers[int(_one(rng, list(range(len(customers))), list(loyalty)))]
        city, state, _w, zips = cities[int(_one(rng, list(range(len(cities))), [c[2] for c in cities]))]
        postal = int(_one(rng, zips.split(","))) if zips else None
        for _ in range(min(int(rng.geometric(0.5)), 14, 5000 - len(rows))):
            sub = str(_one(rng, subs, [v[2] for v in _SS_SUBS.values()]))
            pid, product, price, margin = catalog[sub][int(rng.integers(0, len(catalog[sub])))]
            quantity = int(_draw(rng, _SS_QUANTITIES))
            discount = _ss_discount(state, sub)
            listed = price * quantity
            rows.append(
                {
                    "Row ID": len(rows) + 1,
                    "Order ID": order,
                    "Order Date": f"{ordered.month}/{ordered.day}/{ordered.year}",
                    "Ship Date": f"{shipped.month}/{shipped.day}/{shipped.year}",
                    "Ship Mode": mode,
                    "Customer ID": cid,
                    "Customer Name": name,
                    "Segment": segment,
                    "Country": "United States",
                    "City": city,
                    "State": state,
                    "Postal Code": postal,
                    "Region": _SS_REGION_OF[state],
                    "Product ID": pid,
                    "Category": _SS_SUBS[sub][0],
                    "Sub-Category": sub,
                    "Product Name": product,
                    "Sales": round(listed * (1 - discount), 4),
                    "Quantity": quantity,
                    "Discount": discount,
                    "Profit": round(listed * (margin - discount), 4),
                }
            )
    frame = pd.DataFrame(rows)
    frame["Postal Code"] = frame["Postal Code"].astype("Int64")
    frame["Discount"] = pd.Series([x if x % 1 else int(x) for x in frame["Discount"]], dtype=object)
    return frame


def _ss(d: pd.DataFrame) -> pd.DataFrame:
    return d.assign(_day=pd.to_datetime(d["Order Date"], format="%m/%d/%Y"))


def _ss_best_month(d: pd.DataFrame) -> pd.Timestamp:
    f = _ss(d)
    by = f.groupby(f["_day"].dt.to_period("M"))["Sales"].sum()
    return pd.Timestamp(by.idxmax().to_timestamp())


def _ss_best_calendar_month(d: pd.DataFrame) -> int:
    f = _ss(d)
    return int(f.groupby(f["_day"].dt.month)["Sales"].sum().idxmax())


def _ss_standard(orders: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        f = d.drop_duplicates("Order ID") if orders else d
        return float((_text(f["Ship Mode"]) == "Standard Class").mean())

    return share


_SS_ID = ("Row ID", "Order ID")
_SS_MONEY = (1e3, 1e6)
_SS_ALIASES = {s: (s[:-3] + "y" if s.endswith("ies") else s[:-1],) for s in _SS_SUBS if s.endswith("s")}
_SUPERSTORE_QS = [
    Q(
        "whats the total sales and total profit",
        _scaled(lambda d: [float(d["Sales"].sum()), float(d["Profit"].sum())], _SS_MONEY),
        (*_SS_ID, "Sales", "Profit"),
    ),
    Q(
        "show me sales by year",
        _scaled(lambda d: _ss(d).groupby(_ss(d)["_day"].dt.year)["Sales"].sum().to_numpy(), _SS_MONEY),
        (*_SS_ID, "Order Date", "Sales"),
    ),
    Q(
        "which month has the highest sales?",
        _lead(either(_month(_ss_best_month), _month_of(_ss_best_calendar_month))),
        (*_SS_ID, "Order Date", "Sales"),
    ),
    Q(
        "which sub-category loses the most money",
        _lead(_named(lambda d: _top_label(-d.groupby(_text(d["Sub-Category"]))["Profit"].sum()), _SS_ALIASES)),
        (*_SS_ID, "Sub-Category", "Profit"),
    ),
    Q(
        "avg discount for each region",
        _shares(lambda d: d.groupby(_text(d["Region"]))["Discount"].mean().to_numpy()),
        (*_SS_ID, "Region", "Discount"),
    ),
    Q(
        "what % of orders were shipped standard class?",
        either(_share(_ss_standard(False)), _share(_ss_standard(True))),
        (*_SS_ID, "Ship Mode"),
    ),
]


# --- 6. Chicago crimes (Chicago Data Portal "Crimes - 2001 to Present", Crimes_-_2001_to_Present.csv) --------------

# Primary Type: share of crimes in 2018 and in 2023 (%), arrest and domestic chances, where it happens, and its
# descriptions as "DESCRIPTION|IUCR|FBI Code|weight"
_CC_TYPES: dict[str, tuple[float, float, float, float, str, str]] = {
    "THEFT": (
        24.0,
        22.0,
        0.09,
        0.04,
        "shop",
        "$500 AND UNDER|0820|06|42;OVER $500|0810|06|22;RETAIL THEFT|0860|06|18;FROM BUILDING|0890|06|12;"
        "POCKET-PICKING|0870|06|4;PURSE-SNATCHING|0880|06|1;ATTEMPT THEFT|0850|06|1",
    ),
    "BATTERY": (
        18.5,
        18.0,
        0.2,
        0.47,
        "home",
        "SIMPLE|0460|08B|70;AGGRAVATED - HANDGUN|041A|04B|8;AGGRAVATED - OTHER DANGEROUS WEAPON|0430|04B|12;"
        "AGGRAVATED - HANDS, FISTS, FEET, SERIOUS INJURY|0420|04B|10",
    ),
    "CRIMINAL DAMAGE": (
        10.5,
        11.0,
        0.05,
        0.15,
        "street",
        "TO VEHICLE|1320|14|45;TO PROPERTY|1310|14|48;TO CITY OF CHICAGO PROPERTY|1375|14|4;"
        "TO STATE SUPPORTED PROPERTY|1370|14|3",
    ),
    "ASSAULT": (
        7.5,
        9.0,
        0.15,
        0.2,
        "default",
        "SIMPLE|0560|08A|70;AGGRAVATED - HANDGUN|051A|04A|14;AGGRAVATED - OTHER DANGEROUS WEAPON|0550|04A|10;"
        "AGGRAVATED - KNIFE / CUTTING INSTRUMENT|0545|04A|6",
    ),
    "DECEPTIVE PRACTICE": (
        7.6,
        7.0,
        0.04,
        0.01,
        "office",
        "FINANCIAL IDENTITY THEFT OVER $ 300|1153|11|30;FRAUD OR CONFIDENCE GAME|1120|11|20;"
        "CREDIT CARD FRAUD|1150|11|15;FINANCIAL IDENTITY THEFT $300 AND UNDER|1154|11|15;"
        "ILLEGAL USE CASH CARD|1110|11|8;COUNTERFEIT CHECK|1130|10|7;THEFT OF LABOR / SERVICES|1195|11|5",
    ),
    "OTHER OFFENSE": (
        6.5,
        6.0,
        0.15,
        0.4,
        "home",
        "TELEPHONE THREAT|2825|26|30;HARASSMENT BY ELECTRONIC MEANS|2826|26|20;VIOLATE ORDER OF PROTECTION|4387|26|25;"
        "OTHER VEHICLE OFFENSE|4625|26|10;OTHER CRIME AGAINST PERSON|4386|26|15",
    ),
    "MOTOR VEHICLE THEFT": (
        3.6,
        10.5,
        0.06,
        0.02,
        "street",
        "AUTOMOBILE|0910|07|80;TRUCK, BUS, MOTOR HOME|0920|07|8;CYCLE, SCOOTER, BIKE WITH VIN|0930|07|7;"
        "ATTEMPT - AUTOMOBILE|0915|07|5",
    ),
    "NARCOTICS": (
        5.5,
        1.5,
        0.98,
        0.0,
        "outdoor",
        "POSS: CANNABIS 30GMS OR LESS|1811|18|30;POSS: HEROIN(WHITE)|2024|18|20;POSS: CRACK|2022|18|15;"
        "MANU/DELIVER:CRACK|2012|18|8;POSSESS - COCAINE|2020|18|10;POSS: SYNTHETIC DRUGS|2170|18|5;"
        "FOUND SUSPECT NARCOTICS|2027|26|12",
    ),
    "BURGLARY": (
        4.3,
        3.0,
        0.05,
        0.03,
        "home",
        "FORCIBLE ENTRY|0610|05|60;UNLAWFUL ENTRY|0620|05|32;ATTEMPT FORCIBLE ENTRY|0630|05|8",
    ),
    "ROBBERY": (
        3.5,
        3.6,
        0.09,
        0.02,
        "outdoor",
        "ARMED - HANDGUN|031A|03|45;STRONG ARM - NO WEAPON|0320|03|40;AGGRAVATED|0340|03|8;"
        "ATTEMPT STRONG ARM - NO WEAPON|0337|03|7",
    ),
    "WEAPONS VIOLATION": (
        2.2,
        3.8,
        0.65,
        0.01,
        "outdoor",
        "UNLAWFUL POSSESSION - HANDGUN|143A|15|70;RECKLESS FIREARM DISCHARGE|141C|15|20;"
        "UNLAWFUL USE - HANDGUN|141A|15|10",
    ),
    "CRIMINAL TRESPASS": (
        2.6,
        1.8,
        0.5,
        0.1,
        "default",
        "TO LAND|1330|26|55;TO RESIDENCE|1320|26|30;TO VEHICLE|1340|26|15",
    ),
    "OFFENSE INVOLVING CHILDREN": (
        0.8,
        0.8,
        0.1,
        0.6,
        "home",
        "ENDANGER LIFE / HEALTH OF CHILD|1780|20|60;CHILD ABUSE|1750|08B|40",
    ),
    "CRIMINAL SEXUAL ASSAULT": (0.6, 0.6, 0.08, 0.2, "home", "NON-AGGRAVATED|0266|02|80;AGGRAVATED - OTHER|0281|02|20"),
    "PUBLIC PEACE VIOLATION": (0.6, 0.5, 0.3, 0.05, "default", "RECKLESS CONDUCT|2895|24|70;BOMB THREAT|3100|26|30"),
    "INTERFERENCE WITH PUBLIC OFFICER": (
        0.5,
        0.4,
        0.95,
        0.0,
        "outdoor",
        "RESIST / OBSTRUCT / DISARM OFFICER|3730|24|100",
    ),
    "SEX OFFENSE": (0.5, 0.4, 0.1, 0.1, "home", "SEXUAL ABUSE|1562|17|50;PUBLIC INDECENCY|1537|17|50"),
    "HOMICIDE": (0.3, 0.3, 0.4, 0.05, "outdoor", "FIRST DEGREE MURDER|0110|01A|100"),
    "PROSTITUTION": (
        0.25,
        0.05,
        1.0,
        0.0,
        "outdoor",
        "SOLICIT FOR PROSTITUTE|1512|16|60;SOLICIT FOR BUSINESS|1513|16|40",
    ),
    "STALKING": (0.1, 0.15, 0.1, 0.3, "home", "SIMPLE|0580|26|100"),
    "ARSON": (0.15, 0.15, 0.08, 0.02, "street", "BY FIRE|1020|09|100"),
    "LIQUOR LAW VIOLATION": (0.1, 0.05, 0.95, 0.0, "shop", "SELL / GIVE / DELIVER LIQUOR TO MINOR|2220|22|100"),
    "CONCEALED CARRY LICENSE VIOLATION": (
        0.08,
        0.1,
        0.95,
        0.0,
        "outdoor",
        "CONCEALED CARRY LICENSE VIOLATION|1479|15|100",
    ),
    "KIDNAPPING": (0.07, 0.05, 0.15, 0.3, "home", "KIDNAPPING|1710|20|100"),
    "INTIMIDATION": (0.07, 0.07, 0.1, 0.1, "default", "INTIMIDATION|3960|26|100"),
}
_CC_DOMESTIC_BATTERY = (
    "DOMESTIC BATTERY SIMPLE|0486|08B|85;AGGRAVATED DOMESTIC BATTERY - OTHER DANGEROUS WEAPON|0488|04B|9;"
    "AGGRAVATED DOMESTIC BATTERY - HANDS, FISTS, FEET, SERIOUS INJURY|0489|04B|6"
)
_CC_PLACES = {
    "street": "STREET:50;PARKING LOT / GARAGE (NON RESIDENTIAL):10;RESIDENCE:8;APARTMENT:7;SIDEWALK:6;ALLEY:5;"
    "VEHICLE NON-COMMERCIAL:4;RESIDENCE - GARAGE:3;OTHER (SPECIFY):3;SMALL RETAIL STORE:2;GAS STATION:2",
    "home": "APARTMENT:30;RESIDENCE:22;STREET:12;SIDEWALK:10;RESIDENCE - PORCH / HALLWAY:5;SCHOOL - PUBLIC BUILDING:3;"
    "PARKING LOT / GARAGE (NON RESIDENTIAL):3;OTHER (SPECIFY):3;RESTAURANT:2;SMALL RETAIL STORE:2;CTA TRAIN:1.5;"
    "HOSPITAL BUILDING / FACILITY:1.5;CTA BUS:1;HOTEL / MOTEL:1;PARK PROPERTY:1;:0.3",
    "shop": "STREET:18;SMALL RETAIL STORE:11;RESIDENCE:10;APARTMENT:8;DEPARTMENT STORE:7;RESTAURANT:6;SIDEWALK:6;"
    "PARKING LOT / GARAGE (NON RESIDENTIAL):6;GROCERY FOOD STORE:5;OTHER (SPECIFY):4;COMMERCIAL / BUSINESS OFFICE:3;"
    "DRUG STORE:3;RESIDENCE - PORCH / HALLWAY:3;CTA TRAIN:2;CTA PLATFORM:2;GAS STATION:2;BAR OR TAVERN:2;"
    "VEHICLE NON-COMMERCIAL:2;:0.3",
    "office": "RESIDENCE:34;APARTMENT:16;OTHER (SPECIFY):10;COMMERCIAL / BUSINESS OFFICE:9;BANK:7;SMALL RETAIL STORE:5;"
    "GROCERY FOOD STORE:3;DEPARTMENT STORE:3;CURRENCY EXCHANGE:3;STREET:3;RESTAURANT:2;:3",
    "outdoor": "STREET:45;SIDEWALK:25;ALLEY:8;PARKING LOT / GARAGE (NON RESIDENTIAL):5;APARTMENT:5;RESIDENCE:4;"
    "VEHICLE NON-COMMERCIAL:4;CTA PLATFORM:2;PARK PROPERTY:2",
    "default": "STREET:25;APARTMENT:15;RESIDENCE:14;SIDEWALK:10;PARKING LOT / GARAGE (NON RESIDENTIAL):5;"
    "SMALL RETAIL STORE:4;RESTAURANT:4;OTHER (SPECIFY):4;ALLEY:3;COMMERCIAL / BUSINESS OFFICE:3;"
    "SCHOOL - PUBLIC BUILDING:3;CTA TRAIN:2;CTA BUS:2;GAS STATION:2;HOSPITAL BUILDING / FACILITY:2;"
    "RESIDENCE - PORCH / HALLWAY:2",
}
# Location Description as written before 2019
_CC_OLD_PLACES = {
    "PARKING LOT / GARAGE (NON RESIDENTIAL)": "PARKING LOT/GARAGE(NON.RESID.)",
    "RESIDENCE - PORCH / HALLWAY": "RESIDENCE PORCH/HALLWAY",
    "OTHER (SPECIFY)": "OTHER",
    "RESIDENCE - GARAGE": "RESIDENCE-GARAGE",
    "HOSPITAL BUILDING / FACILITY": "HOSPITAL BUILDING/GROUNDS",
    "SCHOOL - PUBLIC BUILDING": "SCHOOL, PUBLIC, BUILDING",
    "HOTEL / MOTEL": "HOTEL/MOTEL",
}
# District|weight|wards|community areas|latitude|longitude
_CC_DISTRICTS = _fields(
    "1|5.6|42,4,3,2|32,33,28,8|41.877|-87.627;2|4.8|3,4,20,5|35,38,39,40|41.81|-87.615;"
    "3|5.0|5,6,7,20|42,43,69,68|41.768|-87.59;4|5.7|7,8,10|46,51,52,55,48|41.725|-87.56;"
    "5|4.3|9,34,21|49,50,53,54|41.69|-87.615;6|6.1|6,17,21,8|44,71,72,49|41.745|-87.64;"
    "7|5.5|16,17,15,20|67,68|41.78|-87.66;8|6.3|13,14,18,23|56,62,63,64,65,66,70|41.78|-87.72;"
    "9|4.6|11,12,14,15|58,59,60,61|41.82|-87.67;10|4.5|22,24,12,25|29,30,31|41.85|-87.705;"
    "11|6.8|24,27,28,37|23,26,27,29|41.88|-87.72;12|5.4|25,26,27,28|24,28,31|41.865|-87.665;"
    "14|3.7|1,26,32,35|22,24|41.92|-87.695;15|4.0|28,29,37|25|41.885|-87.76;"
    "16|3.3|38,41,45,36|9,10,11,12,17,76|41.97|-87.8;17|2.9|33,35,39,40|13,14,16,21|41.965|-87.72;"
    "18|5.5|2,42,43|7,8,32|41.905|-87.635;19|5.1|32,44,46,47|5,6,7|41.945|-87.67;20|1.8|40,46,48|3,4,77|41.975|-87.665;"
    "22|3.2|19,21,34|72,73,74,75|41.71|-87.68;24|3.1|49,50,40|1,2,77|42.005|-87.675;"
    "25|5.0|29,30,31,36,37|18,19,20,25|41.92|-87.76"
)
# Primary Types gathered in some districts: districts and how many times as likely
_CC_HOTSPOTS = {
    "NARCOTICS": {11: 3.0, 15: 2.2, 10: 1.8, 7: 1.6, 4: 1.3},
    "WEAPONS VIOLATION": {11: 2.0, 15: 1.6, 7: 1.8, 6: 1.5},
    "PROSTITUTION": {11: 3.0, 15: 2.0, 25: 1.5},
    "THEFT": {1: 2.0, 18: 2.0, 19: 1.5, 12: 1.4},
    "DECEPTIVE PRACTICE": {1: 2.0, 18: 1.8, 19: 1.5},
}
_CC_STREETS = _split(
    "N BROADWAY;S STATE ST;W MADISON ST;S HALSTED ST;N CLARK ST;W CHICAGO AVE;S ASHLAND AVE;W 63RD ST;"
    "S COTTAGE GROVE AVE;N MILWAUKEE AVE;W NORTH AVE;S PULASKI RD;W DIVISION ST;N SHERIDAN RD;E 79TH ST;S KEDZIE AVE;"
    "W FULLERTON AVE;N LAKE SHORE DR;S MICHIGAN AVE;W ROOSEVELT RD;S WESTERN AVE;N CICERO AVE;W 87TH ST;"
    "S STONY ISLAND AVE;W BELMONT AVE;N KEDZIE AVE;W LAWRENCE AVE;W 47TH ST;S COMMERCIAL AVE;W GRAND AVE"
)
_CC_YEARS = "2018:268;2019:261;2020:212;2021:209;2022:239;2023:262"
_CC_ARRESTS_BY_YEAR = {2018: 1.15, 2019: 1.1, 2020: 0.95, 2021: 0.85, 2022: 0.8, 2023: 0.8}
_CC_SEASON = [0.85, 0.78, 0.9, 0.92, 1.03, 1.06, 1.12, 1.1, 1.03, 1.02, 0.95, 0.93]
_CC_HOURS = [6, 3.5, 3, 2.5, 2, 1.8, 2.2, 3, 4, 4.6, 4.8, 5, 6.3, 5, 5.3, 5.6, 5.6, 5.7, 5.8, 5.6, 5.4, 5, 5, 4.5]
_CC_CASE_PREFIX = {2018: "JB", 2019: "JC", 2020: "JD", 2021: "JE", 2022: "JF", 2023: "JG"}
_CC_UPDATES = _split(
    "09/14/2023 03:41:59 PM;09/15/2023 03:41:25 PM;11/22/2023 03:39:59 PM;12/20/2023 03:40:29 PM;01/03/2024 03:40:59 PM"
)
_CC_STAMP = "%m/%d/%Y %I:%M:%S %p"
# chance that a crime of that type has no coordinates (one in a hundred otherwise)
_CC_HIDDEN = {"DECEPTIVE PRACTICE": 0.08, "SEX OFFENSE": 0.05, "CRIMINAL SEXUAL ASSAULT": 0.05}
_CC_FIXED_ARRESTS = (
    "NARCOTICS",
    "PROSTITUTION",
    "INTERFERENCE WITH PUBLIC OFFICER",
    "CONCEALED CARRY LICENSE VIOLATION",
)


def _cc_crime(rng: np.random.Generator, year: int) -> dict[str, Any]:
    step = (year - 2018) / 5
    kinds = list(_CC_TYPES)
    kind = str(_one(rng, kinds, [a + (b - a) * step for a, b, *_ in _CC_TYPES.values()]))
    _a, _b, arrest_p, domestic_p, places, descriptions = _CC_TYPES[kind]
    hot = _CC_HOTSPOTS.get(kind, {})
    pulls = [float(w) * hot.get(int(k), 1.0) for k, w, *_ in _CC_DISTRICTS]
    row = _CC_DISTRICTS[int(_one(rng, range(len(_CC_DISTRICTS)), pulls))]
    district, wards, areas, lat, lon = int(row[0]), row[2], row[3], float(row[4]), float(row[5])
    season = [_CC_SEASON[m - 1] * pd.Timestamp(year, m, 1).days_in_month for m in range(1, 13)]
    month = int(_one(rng, list(range(1, 13)), season))
    first = pd.Timestamp(year, month, 1)
    if kind == "DECEPTIVE PRACTICE" and rng.random() < 0.3:
        when = first
    else:
        minute = int(_one(rng, [0, 30, int(rng.integers(0, 60))], [40, 20, 40]))
        hour = int(_one(rng, list(range(24)), _CC_HOURS))
        when = first + pd.Timedelta(days=int(rng.integers(0, first.days_in_month)), hours=hour, minutes=minute)
    domestic = rng.random() < domestic_p
    table = _CC_DOMESTIC_BATTERY if kind == "BATTERY" and domestic else descriptions
    pick = _fields(table)
    description, iucr, fbi, _w = pick[int(_one(rng, range(len(pick)), [float(p[3]) for p in pick]))]
    scale = 1.0 if kind in _CC_FIXED_ARRESTS else _CC_ARRESTS_BY_YEAR[year]
    place = _draw(rng, _CC_PLACES[places])
    if year == 2018:
        place = _CC_OLD_PLACES.get(place, place)
    hidden = rng.random() < _CC_HIDDEN.get(kind, 0.01)
    latitude = round(lat + float(rng.normal(0, 0.018)), 9)
    longitude = round(lon + float(rng.normal(0, 0.02)), 9)
    return {
        "_when": when,
        "Block": f"{int(rng.integers(0, 130)):03d}XX {_one(rng, _CC_STREETS)}",
        "IUCR": iucr,
        "Primary Type": "CRIM SEXUAL ASSAULT" if kind == "CRIMINAL SEXUAL ASSAULT" and year == 2018 else kind,
        "Description": description,
        "Location Description": place or None,
        "Arrest": "true" if rng.random() < min(0.99, arrest_p * scale) else "false",
        "Domestic": "true" if domestic else "false",
        "Beat": f"{district:02d}{int(rng.integers(1, 4))}{int(rng.integers(1, 5))}",
        "District": f"{district:03d}",
        "Ward": int(_one(rng, wards.split(","))),
        "Community Area": int(_one(rng, areas.split(","))),
        "FBI Code": fbi,
        "X Coordinate": None if hidden else round(1_165_000 + (longitude + 87.68) * 272_000),
        "Y Coordinate": None if hidden else round(1_900_000 + (latitude - 41.88) * 364_000),
        "Year": year,
        "Latitude": None if hidden else latitude,
        "Longitude": None if hidden else longitude,
        "Location": None if hidden else f"({latitude}, {longitude})",
    }


def _crimes_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4906)
    rows = [_cc_crime(rng, int(_draw(rng, _CC_YEARS))) for _ in range(5000)]
    frame = pd.DataFrame(rows).sort_values("_when", kind="stable").reset_index(drop=True)
    murders = (frame["Primary Type"] == "HOMICIDE").to_numpy()
    ids = 11_200_000 + np.cumsum(rng.integers(200, 650, len(frame)))
    ids[murders] = 24_000 + np.cumsum(rng.integers(40, 90, int(murders.sum())))
    cases: list[str] = []
    counter: dict[int, int] = {}
    for year in frame["Year"]:
        counter[int(year)] = counter.get(int(year), 100_000) + int(rng.integers(100, 700))
        cases.append(f"{_CC_CASE_PREFIX[int(year)]}{counter[int(year)]}")
    updated = []
    for when in frame["_when"]:
        if when < pd.Timestamp("2023-06-01"):
            updated.append(str(_one(rng, _CC_UPDATES)))
        else:
            later = when.normalize() + pd.Timedelta(days=int(rng.integers(7, 11)), hours=15, minutes=40, seconds=59)
            updated.append(f"{later:{_CC_STAMP}}")
    frame.insert(0, "ID", ids)
    frame.insert(1, "Case Number", cases)
    frame.insert(2, "Date", [f"{t:{_CC_STAMP}}" for t in frame["_when"]])
    frame.insert(frame.columns.get_loc("Year") + 1, "Updated On", updated)
    for column in ("X Coordinate", "Y Coordinate"):
        frame[column] = frame[column].astype("Int64")
    frame = frame.iloc[::-1].drop(columns="_when").reset_index(drop=True)
    return frame


def _cc_arrested(d: pd.DataFrame) -> pd.Series:
    return _flag(d["Arrest"], "true")


def _cc_district_counts(d: pd.DataFrame) -> pd.Series:
    return _ranked(pd.to_numeric(d["District"], errors="coerce").dropna().astype(int).value_counts())


def _cc_district(value: Callable[[pd.DataFrame], int]) -> Check:
    """A police district by its number: "District 11", "district #11", "the 11th district", "011"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        n = int(value(df))
        patterns = [
            rf"\bdistricts?\s*(?:no\.?\s*|number\s*|#\s*)?0*{n}(?!\d|\.\d)",
            rf"(?<![\d.])0*{n}(?:st|nd|rd|th)?\s+(?:police\s+)?district\b",
        ]
        return None if any(re.search(p, answer, re.IGNORECASE) for p in patterns) else f"missing district {n}"

    return check


def _cc_top_district(d: pd.DataFrame) -> int:
    return int(_cc_district_counts(d).index[0])


_CC_ID = ("ID", "Case Number")
_CRIMES_QS = [
    Q(
        "what are the 5 most common crime types?",
        _top_named(lambda d: _ranked(_text(d["Primary Type"]).value_counts()), 5),
        (*_CC_ID, "Primary Type"),
    ),
    Q(
        "what % of crimes led to an arrest",
        _share(lambda d: float(_cc_arrested(d).mean())),
        (*_CC_ID, "Arrest"),
    ),
    Q(
        "and for thefts?",
        _share(lambda d: float(_cc_arrested(d)[_text(d["Primary Type"]) == "THEFT"].mean())),
        (*_CC_ID, "Arrest", "Primary Type"),
    ),
    Q(
        "number of crimes per year - is crime going up or down?",
        _count(lambda d: d.groupby("Year").size().to_numpy()),
        (*_CC_ID, "Year", "Date"),
    ),
    Q(
        "how many domestic battery cases are there",
        _count(lambda d: float(((_text(d["Primary Type"]) == "BATTERY") & _flag(d["Domestic"], "true")).sum())),
        (*_CC_ID, "Primary Type", "Domestic", "Description"),
    ),
    Q(
        "which district has the most crimes?",
        _lead(
            either(
                _cc_district(_cc_top_district),
                both(
                    has(lambda d: float(_cc_top_district(d))), _count(lambda d: float(_cc_district_counts(d).iloc[0]))
                ),
            )
        ),
        (*_CC_ID, "District"),
    ),
]


# --- 7. Wine quality (UCI "Wine Quality", red and white combined as in Kaggle's winequalityN.csv) ------------------

_WQ_COLUMNS = _split(
    "fixed acidity;volatile acidity;citric acid;residual sugar;chlorides;free sulfur dioxide;total sulfur dioxide;"
    "density;pH;sulphates;alcohol"
)
_WQ_QUALITY = {"white": "3:20;4:163;5:1457;6:2198;7:880;8:175;9:5", "red": "3:10;4:53;5:681;6:638;7:199;8:18"}
_WQ_COUNTS = {"white": 3768, "red": 1232}
# mean alcohol, volatile acidity and sulphates by quality
_WQ_ALCOHOL = {
    "white": {3: 10.35, 4: 10.15, 5: 9.81, 6: 10.58, 7: 11.37, 8: 11.64, 9: 12.18},
    "red": {3: 9.96, 4: 10.27, 5: 9.9, 6: 10.63, 7: 11.47, 8: 12.09},
}
_WQ_VOLATILE = {
    "white": {3: 0.33, 4: 0.38, 5: 0.3, 6: 0.26, 7: 0.26, 8: 0.28, 9: 0.3},
    "red": {3: 0.88, 4: 0.69, 5: 0.58, 6: 0.5, 7: 0.4, 8: 0.42},
}
_WQ_SULPHATES = {3: 0.57, 4: 0.6, 5: 0.62, 6: 0.68, 7: 0.74, 8: 0.77}
# blanks per column, as in the combined file
_WQ_GAPS = {
    "fixed acidity": 8,
    "volatile acidity": 6,
    "citric acid": 2,
    "residual sugar": 2,
    "chlorides": 2,
    "pH": 7,
    "sulphates": 3,
}


def _wq_alcohol(rng: np.random.Generator, mean: np.ndarray, sd: float, low: float, high: float) -> list[float]:
    raw = np.clip(mean + rng.normal(0, sd, len(mean)), low, high)
    out = []
    for x in raw:
        roll = rng.random()
        if roll < 0.012:
            out.append(round(round(float(x) * 15) / 15, 13))
        elif roll < 0.06:
            out.append(round(round(float(x) * 20) / 20, 2))
        else:
            out.append(round(float(x), 1))
    return out


def _wq_white(rng: np.random.Generator, n: int) -> dict[str, Any]:
    q = np.array([int(x) for x in _deal(rng, _WQ_QUALITY["white"], n)])
    alcohol = np.array(_wq_alcohol(rng, np.array([_WQ_ALCOHOL["white"][k] for k in q]), 1.0, 8.0, 14.2))
    sweet = rng.random(n) < np.clip(0.5 - 0.18 * (alcohol - 10.5), 0.1, 0.9)
    sugar = np.where(sweet, rng.lognormal(np.log(9.0), 0.45, n), rng.lognormal(np.log(1.8), 0.4, n))
    sugar = np.clip(sugar, 0.6, 31.6)
    sugar[int(rng.integers(0, n))] = 65.8
    sugar = np.where(rng.random(n) < 0.2, np.round(sugar * 20) / 20, np.round(sugar, 1))
    fixed = np.round(np.clip(rng.normal(6.85, 0.84, n), 3.8, 14.2), 1)
    density = 0.9939 + 0.00037 * (sugar - 6.4) - 0.00108 * (alcohol - 10.5) + rng.normal(0, 0.0005, n)
    free = np.clip(np.round(rng.gamma(4.3, 8.2, n)), 2, 289)
    return {
        "fixed acidity": fixed,
        "volatile acidity": np.round(
            np.clip(np.array([_WQ_VOLATILE["white"][k] for k in q]) * rng.lognormal(0, 0.3, n), 0.08, 1.1), 2
        ),
        "citric acid": np.round(np.clip(rng.normal(0.334, 0.12, n), 0, 1.66), 2),
        "residual sugar": sugar,
        "chlorides": np.round(
            np.clip(rng.lognormal(np.log(0.043), 0.3, n) * np.exp(-0.08 * (alcohol - 10.5)), 0.009, 0.346), 3
        ),
        "free sulfur dioxide": free.astype(float),
        "total sulfur dioxide": np.clip(np.round(free + rng.normal(103, 35, n)), 9, 440).astype(float),
        "density": np.round(np.clip(density, 0.98711, 1.03898), 5),
        "pH": np.round(3.19 - 0.08 * (fixed - 6.85) + rng.normal(0, 0.14, n), 2),
        "sulphates": np.round(np.clip(rng.normal(0.49, 0.11, n), 0.22, 1.08), 2),
        "alcohol": alcohol,
        "quality": q,
    }


def _wq_red(rng: np.random.Generator, n: int) -> dict[str, Any]:
    q = np.array([int(x) for x in _deal(rng, _WQ_QUALITY["red"], n)])
    alcohol = np.array(_wq_alcohol(rng, np.array([_WQ_ALCOHOL["red"][k] for k in q]), 0.85, 8.4, 14.9))
    fixed = np.round(np.clip(rng.lognormal(np.log(8.1), 0.2, n), 4.6, 15.9), 1)
    sugar = np.round(np.clip(rng.lognormal(np.log(2.3), 0.35, n), 0.9, 15.5), 1)
    free = np.clip(np.round(rng.gamma(2.3, 6.9, n)), 1, 72)
    volatile = np.clip(np.array([_WQ_VOLATILE["red"][k] for k in q]) * rng.lognormal(0, 0.25, n), 0.12, 1.58)
    density = 0.99675 + 0.00066 * (fixed - 8.3) + 0.0003 * (sugar - 2.5) - 0.0008 * (alcohol - 10.4)
    return {
        "fixed acidity": fixed,
        "volatile acidity": np.where(rng.random(n) < 0.3, np.round(volatile, 3), np.round(volatile, 2)),
        "citric acid": np.round(np.clip(0.27 + 0.08 * (fixed - 8.3) + rng.normal(0, 0.15, n), 0, 1), 2),
        "residual sugar": sugar,
        "chlorides": np.round(np.clip(rng.lognormal(np.log(0.08), 0.3, n), 0.012, 0.611), 3),
        "free sulfur dioxide": free.astype(float),
        "total sulfur dioxide": np.clip(np.round(2 * free + rng.gamma(2.0, 7.35, n)), 6, 289).astype(float),
        "density": np.round(density + rng.normal(0, 0.0009, n), 5),
        "pH": np.round(3.31 - 0.07 * (fixed - 8.3) + rng.normal(0, 0.1, n), 2),
        "sulphates": np.round(
            np.clip(np.array([_WQ_SULPHATES[k] for k in q]) * rng.lognormal(0, 0.2, n), 0.33, 2.0), 2
        ),
        "alcohol": alcohol,
        "quality": q,
    }


def _wine_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4907)
    blocks = []
    for kind, make in (("white", _wq_white), ("red", _wq_red)):
        block = pd.DataFrame(make(rng, _WQ_COUNTS[kind]))
        block.insert(0, "type", kind)
        blocks.append(block)
    frame = pd.concat(blocks, ignore_index=True)
    for column, k in _WQ_GAPS.items():
        frame.loc[rng.choice(len(frame), k, replace=False), column] = np.nan
    return frame


def _wq_type(d: pd.DataFrame, kind: str) -> pd.Series:
    return _text(d["type"]).str.lower() == kind


_WQ_ID = ("type", "quality")
_WINE_QS = [
    Q(
        "how many red and how many white wines are there?",
        _count(lambda d: [float(_wq_type(d, "red").sum()), float(_wq_type(d, "white").sum())]),
        ("type",),
    ),
    Q(
        "does alcohol go up with quality? show avg alcohol for each quality score",
        _about(lambda d: d.groupby("quality")["alcohol"].mean().to_numpy(), rel=0.005),
        (*_WQ_ID, "alcohol"),
    ),
    Q(
        "what's the correlation between alcohol and quality",
        _corr(lambda d: d["alcohol"], lambda d: d["quality"]),
        (*_WQ_ID, "alcohol"),
    ),
    Q(
        "what percentage of wines have a quality of 7 or higher?",
        _share(lambda d: float((d["quality"] >= 7).mean())),
        _WQ_ID,
    ),
    Q(
        "and for red wines only?",
        _share(lambda d: float((d.loc[_wq_type(d, "red"), "quality"] >= 7).mean())),
        _WQ_ID,
    ),
    Q(
        "avg quality red vs white",
        has(lambda d: [float(d.loc[_wq_type(d, k), "quality"].mean()) for k in ("red", "white")]),
        _WQ_ID,
    ),
]


HELDOUT49: list[Dataset] = [
    Dataset("students_performance", _exams_frame, _EXAMS_QS),
    Dataset("telco_customer_churn", _telco_frame, _TELCO_QS),
    Dataset("heart_failure_prediction", _heart_frame, _HEART_QS),
    Dataset("stroke_prediction", _stroke_frame, _STROKE_QS),
    Dataset("sample_superstore", _superstore_frame, _SUPERSTORE_QS),
    Dataset("chicago_crimes", _crimes_frame, _CRIMES_QS),
    Dataset("wine_quality", _wine_frame, _WINE_QS),
]
