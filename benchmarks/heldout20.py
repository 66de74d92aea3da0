"""HELDOUT20: a blind held-out set of seven datasets and 42 questions.

Written without reading the analyst, and measured before any fix it prompts. Four frames copy the column layout of
well-known public datasets (Kaggle "Stroke Prediction" healthcare-dataset-stroke-data, Kalboard 360's "Students'
Academic Performance" xAPI-Edu-Data, San Francisco International Airport's Air Traffic Passenger Statistics, the UCI
Beijing PM2.5 hourly file); three are invented but realistic tables (a council's fly-tipping reports, a website's
landing-page analytics export, a council's staff expense claims). All are generated with a fixed seed.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .offline_eval import Check, Dataset, Q, _numbers, asks, both, either, has, label_of

# --- shared helpers ------------------------------------------------------------------------------------------------


def _shares(values: Callable[[pd.DataFrame], Any]) -> Check:
    """Every share computed from the frame appears, as a fraction or as a percentage (one decimal is enough)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        found = _numbers(answer)
        for w in np.atleast_1d(values(df)):
            w = float(w)
            if any(abs(f - w) <= max(0.01 * abs(w), 0.0005) for f in found):
                continue
            if any(abs(f - 100 * w) <= max(1.0 * abs(w), 0.05) for f in found):
                continue
            return f"missing share {w:.4g}"
        return None

    return check


def _pct(value: Callable[[pd.DataFrame], Any]) -> Check:
    return _shares(lambda df: float(value(df)))


def _r(a: str, b: str, how: str = "pearson") -> Callable[[pd.DataFrame], float]:
    return lambda df: float(df[a].corr(df[b], method=how))


def _corr(a: str, b: str) -> Check:
    """Pearson or Spearman correlation, to about three figures."""
    return either(has(_r(a, b), rel=0.01), has(_r(a, b, "spearman"), rel=0.01))


def _pick(rng: np.random.Generator, options: list[Any], p: list[float], n: int) -> np.ndarray:
    w = np.asarray(p, dtype=float)
    return rng.choice(np.asarray(options, dtype=object), size=n, p=w / w.sum())


def _sigmoid(x: Any) -> Any:
    return 1 / (1 + np.exp(-x))


def _day(value: Callable[[pd.DataFrame], Any]) -> Check:
    """A calendar day, written as an ISO or numeric date or as a day and month name."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        d = pd.Timestamp(value(df))
        text = answer.lower()
        numeric = [
            d.strftime("%Y-%m-%d"),
            d.strftime("%Y%m%d"),
            d.strftime("%Y/%m/%d"),
            d.strftime("%d/%m/%Y"),
            d.strftime("%m/%d/%Y"),
            f"{d.day}/{d.month}/{d.year}",
            f"{d.month}/{d.day}/{d.year}",
        ]
        if any(re.search(rf"(?<![\d/-]){re.escape(f)}(?![\d/-])", text) for f in numeric):
            return None
        month = f"(?:{calendar.month_name[d.month].lower()}|{calendar.month_abbr[d.month].lower()})"
        day = rf"{d.day}(?:st|nd|rd|th)?"
        if re.search(rf"(?<!\d){day}\s+(?:of\s+)?{month}\b", text) or re.search(rf"\b{month}\.?\s+{day}\b", text):
            return None
        return f"missing day {d.date()}"

    return check


def _month(value: Callable[[pd.DataFrame], Any]) -> Check:
    """A calendar month, written as 201907, 2019-07, 07/2019 or July 2019."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        year, month = (int(v) for v in value(df))
        text = answer.lower()
        numeric = [f"{year}{month:02d}", f"{year}-{month:02d}", f"{year}/{month:02d}", f"{month:02d}/{year}"]
        if any(re.search(rf"(?<![\d/-]){re.escape(f)}(?![\d/-])", text) for f in numeric):
            return None
        name = f"(?:{calendar.month_name[month].lower()}|{calendar.month_abbr[month].lower()})"
        if re.search(rf"\b{name}\.?,?\s+(?:of\s+)?'?{year}\b", text):
            return None
        return f"missing month {year}-{month:02d}"

    return check


# --- 1. Kaggle "Stroke Prediction Dataset" (healthcare-dataset-stroke-data.csv) ----------------------------------


def _stroke() -> pd.DataFrame:
    rng = np.random.default_rng(2001)
    n = 2400
    years = np.where(rng.random(n) < 0.2, rng.uniform(0, 18, n), rng.uniform(18, 83, n))
    baby = years < 2
    age = np.where(baby, np.round(rng.integers(1, 24, n) / 12, 2), np.floor(years)).astype(float)
    gender = _pick(rng, ["Female", "Male"], [58.6, 41.4], n)
    gender[int(rng.integers(0, n))] = "Other"
    hypertension = (rng.random(n) < _sigmoid(-5.5 + 0.055 * age)).astype(int)
    heart = (rng.random(n) < _sigmoid(-7.6 + 0.07 * age + 0.5 * (gender == "Male"))).astype(int)
    married = np.where((age >= 18) & (rng.random(n) < _sigmoid(-2.0 + 0.09 * age)), "Yes", "No")
    work = np.empty(n, dtype=object)
    u = rng.random(n)
    self_p = np.clip(0.04 + 0.0045 * (age - 20), 0.03, 0.32)
    work[:] = np.where(u < self_p, "Self-employed", np.where(u < self_p + 0.15, "Govt_job", "Private"))
    young = (age >= 16) & (age < 23)
    work[young & (rng.random(n) < 0.1)] = "Never_worked"
    work[age < 16] = "children"
    diabetic = rng.random(n) < _sigmoid(-3.6 + 0.035 * age)
    glucose = np.where(diabetic, rng.normal(208, 32, n), rng.normal(92, 17, n))
    glucose = np.round(np.clip(glucose, 55.12, 271.74), 2)
    bmi = np.where(age < 18, 14.5 + 0.5 * age + rng.normal(0, 3, n), rng.normal(29.2, 6.6, n) + 1.2 * diabetic)
    bmi = np.round(np.clip(bmi, 10.3, 78.0), 1)
    smoke_adult = _pick(rng, ["never smoked", "Unknown", "formerly smoked", "smokes"], [41, 21, 20, 18], n)
    smoke_kid = _pick(rng, ["Unknown", "never smoked", "smokes", "formerly smoked"], [82, 14, 2, 2], n)
    smoking = np.where(age < 16, smoke_kid, smoke_adult)
    ever_smoked = np.isin(smoking, ["smokes", "formerly smoked"])
    logit = -7.9 + 0.078 * age + 0.55 * hypertension + 0.45 * heart + 0.005 * (glucose - 100) + 0.25 * ever_smoked
    stroke = (rng.random(n) < _sigmoid(logit)).astype(int)
    missing = rng.random(n) < 0.033 + 0.15 * stroke
    frame = pd.DataFrame(
        {
            "id": rng.choice(np.arange(67, 72941), n, replace=False),
            "gender": gender,
            "age": age,
            "hypertension": hypertension,
            "heart_disease": heart,
            "ever_married": married,
            "work_type": work,
            "Residence_type": _pick(rng, ["Urban", "Rural"], [50.8, 49.2], n),
            "avg_glucose_level": glucose,
            "bmi": np.where(missing, "N/A", bmi.astype(str)),
            "smoking_status": smoking,
            "stroke": stroke,
        }
    )
    return frame.sort_values("stroke", ascending=False, kind="stable").reset_index(drop=True)


def _stroke_rate(by: str) -> Callable[[pd.DataFrame], Any]:
    return lambda df: df.groupby(by)["stroke"].mean().to_numpy()


def _top_work(df: pd.DataFrame) -> pd.Series:
    return df.groupby("work_type")["stroke"].mean().sort_values(ascending=False)


# --- 2. Students' Academic Performance (Kalboard 360, xAPI-Edu-Data.csv) --------------------------------------------

_NATIONS = {
    "KW": ("KuwaIT", 179),
    "Jordan": ("Jordan", 172),
    "Palestine": ("Palestine", 28),
    "Iraq": ("Iraq", 22),
    "lebanon": ("lebanon", 17),
    "Tunis": ("Tunis", 12),
    "SaudiArabia": ("SaudiArabia", 11),
    "Egypt": ("Egypt", 9),
    "Syria": ("Syria", 7),
    "USA": ("USA", 6),
    "Iran": ("Iran", 6),
    "Lybia": ("Lybia", 6),
    "Morocco": ("Morocco", 4),
    "venzuela": ("venzuela", 1),
}
_GRADES = {
    "lowerlevel": (["G-02", "G-04", "G-05"], [147, 48, 4]),
    "MiddleSchool": (["G-06", "G-07", "G-08"], [32, 101, 115]),
    "HighSchool": (["G-09", "G-10", "G-11", "G-12"], [5, 4, 13, 11]),
}
_TOPICS = {
    "IT": 95,
    "French": 65,
    "Arabic": 59,
    "Science": 51,
    "English": 45,
    "Biology": 30,
    "Spanish": 25,
    "Chemistry": 24,
    "Geology": 24,
    "Quran": 22,
    "Math": 21,
    "History": 19,
}


def _xapi() -> pd.DataFrame:
    rng = np.random.default_rng(2002)
    n = 480
    nation = _pick(rng, list(_NATIONS), [v[1] for v in _NATIONS.values()], n)
    birth = np.array([_NATIONS[x][0] for x in nation], dtype=object)
    moved = rng.random(n) < 0.08
    birth[moved] = _pick(rng, ["KuwaIT", "Jordan", "USA", "SaudiArabia"], [60, 25, 8, 7], int(moved.sum()))
    stage = _pick(rng, list(_GRADES), [199, 248, 33], n)
    grade = np.array([rng.choice(_GRADES[s][0], p=np.array(_GRADES[s][1]) / sum(_GRADES[s][1])) for s in stage])
    gender = _pick(rng, ["M", "F"], [305, 175], n)
    relation = _pick(rng, ["Father", "Mum"], [283, 197], n)
    z = rng.normal(0, 1, n) + 0.45 * (relation == "Mum") + 0.3 * (gender == "F")
    absent = np.where(rng.random(n) < _sigmoid(-0.55 - 1.5 * z), "Above-7", "Under-7")
    survey = np.where(rng.random(n) < _sigmoid(0.25 + 1.0 * z), "Yes", "No")
    satisfied = np.where(rng.random(n) < _sigmoid(0.45 + 0.8 * z), "Good", "Bad")
    score = z - 1.3 * (absent == "Above-7") + 0.3 * (survey == "Yes") + rng.normal(0, 0.4, n)
    low, high = np.quantile(score, [0.265, 1 - 0.296])
    klass = np.where(score < low, "L", np.where(score > high, "H", "M"))
    s = (score - score.mean()) / score.std()

    def activity(mid: float, slope: float, noise: float, lo: int, hi: int) -> Any:
        return np.clip(np.round(mid + slope * s + rng.normal(0, noise, n)), lo, hi).astype(int)

    return pd.DataFrame(
        {
            "gender": gender,
            "NationalITy": nation,
            "PlaceofBirth": birth,
            "StageID": stage,
            "GradeID": grade,
            "SectionID": _pick(rng, ["A", "B", "C"], [283, 167, 30], n),
            "Topic": _pick(rng, list(_TOPICS), list(_TOPICS.values()), n),
            "Semester": _pick(rng, ["F", "S"], [245, 235], n),
            "Relation": relation,
            "raisedhands": activity(47, 26, 16, 0, 100),
            "VisITedResources": activity(55, 27, 14, 0, 99),
            "AnnouncementsView": activity(38, 18, 14, 0, 98),
            "Discussion": activity(43, 9, 25, 1, 99),
            "ParentAnsweringSurvey": survey,
            "ParentschoolSatisfaction": satisfied,
            "StudentAbsenceDays": absent,
            "Class": klass,
        }
    )


def _low_share(absence: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float((df.loc[df["StudentAbsenceDays"] == absence, "Class"] == "L").mean())


_ENGAGEMENT = ["raisedhands", "VisITedResources", "AnnouncementsView", "Discussion"]


# --- 3. SFO Air Traffic Passenger Statistics (Air_Traffic_Passenger_Statistics.csv) --------------------------------

# operating airline, IATA code, GEO Region, price category, terminal, boarding area, monthly enplaned, yearly growth;
# the published airline is the operating one except for United's regional partner.
_ROUTES: list[tuple[str, str, str, str, str, str, int, float]] = [
    ("United Airlines", "UA", "US", "Other", "Terminal 3", "F", 520000, 0.02),
    ("SkyWest Airlines", "OO", "US", "Other", "Terminal 3", "E", 118000, 0.05),
    ("Alaska Airlines", "AS", "US", "Other", "Terminal 2", "D", 95000, 0.0),
    ("Virgin America", "VX", "US", "Other", "Terminal 2", "D", 140000, 0.0),
    ("Delta Air Lines", "DL", "US", "Other", "Terminal 1", "C", 152000, 0.03),
    ("American Airlines", "AA", "US", "Other", "Terminal 2", "D", 161000, 0.01),
    ("Southwest Airlines", "WN", "US", "Low Fare", "Terminal 1", "C", 143000, 0.04),
    ("JetBlue Airways", "B6", "US", "Low Fare", "International", "A", 52000, 0.03),
    ("Frontier Airlines", "F9", "US", "Low Fare", "International", "A", 21000, 0.06),
    ("United Airlines", "UA", "Asia", "Other", "International", "G", 92000, 0.07),
    ("United Airlines", "UA", "Europe", "Other", "International", "G", 61000, 0.04),
    ("United Airlines", "UA", "Mexico", "Other", "International", "G", 26000, 0.04),
    ("United Airlines", "UA", "Canada", "Other", "International", "G", 21000, 0.02),
    ("United Airlines", "UA", "Australia / Oceania", "Other", "International", "G", 30000, 0.03),
    ("Air Canada", "AC", "Canada", "Other", "International", "A", 44000, 0.03),
    ("WestJet Airlines", "WS", "Canada", "Low Fare", "International", "A", 12000, 0.05),
    ("Cathay Pacific", "CX", "Asia", "Other", "International", "A", 41000, 0.06),
    ("Singapore Airlines", "SQ", "Asia", "Other", "International", "G", 28000, 0.09),
    ("Air China", "CA", "Asia", "Other", "International", "G", 25000, 0.08),
    ("EVA Airways", "BR", "Asia", "Other", "International", "G", 35000, 0.10),
    ("Lufthansa German Airlines", "LH", "Europe", "Other", "International", "G", 30000, 0.03),
    ("British Airways", "BA", "Europe", "Other", "International", "A", 40000, 0.025),
    ("Emirates", "EK", "Middle East", "Other", "International", "A", 18000, 0.04),
    ("Qantas Airways", "QF", "Australia / Oceania", "Other", "International", "A", 15000, 0.03),
    ("Aeromexico", "AM", "Mexico", "Other", "International", "A", 12000, 0.05),
    ("Copa Airlines, Inc.", "CM", "Central America", "Other", "International", "A", 6000, 0.06),
]
_PUBLISHED = {"SkyWest Airlines": ("United Airlines", "UA")}
_SEASON = [0.83, 0.79, 0.92, 0.95, 1.0, 1.08, 1.16, 1.13, 1.0, 0.98, 0.9, 0.96]
_TRANSIT = {"Air China", "Qantas Airways", "Copa Airlines, Inc."}


def _sfo() -> pd.DataFrame:
    rng = np.random.default_rng(2003)
    rows = []
    for year in (2017, 2018, 2019):
        for month in range(1, 13):
            period = year * 100 + month
            for op, opc, region, price, term, area, base, growth in _ROUTES:
                pub, pubc = _PUBLISHED.get(op, (op, opc))
                geo = "Domestic" if region == "US" else "International"
                scale = _SEASON[month - 1] * (1 + growth) ** (year - 2017 + (month - 1) / 12)
                if op == "Virgin America":
                    if period > 201804:
                        continue
                    scale *= 1 - 0.5 * max(0, period - 201710) / 6 if period > 201710 else 1
                if op == "Alaska Airlines" and period > 201804:
                    scale *= 2.3
                enplaned = base * scale * rng.normal(1, 0.035)
                for activity, count in (("Deplaned", enplaned * rng.normal(1, 0.025)), ("Enplaned", enplaned)):
                    rows.append((period, op, opc, pub, pubc, geo, region, activity, price, term, area, round(count)))
                if op in _TRANSIT:
                    count = round(base * 0.02 * rng.uniform(0.3, 1.5))
                    rows.append((period, op, opc, pub, pubc, geo, region, "Thru / Transit", price, term, area, count))
    frame = pd.DataFrame(
        rows,
        columns=[
            "Activity Period",
            "Operating Airline",
            "Operating Airline IATA Code",
            "Published Airline",
            "Published Airline IATA Code",
            "GEO Summary",
            "GEO Region",
            "Activity Type Code",
            "Price Category Code",
            "Terminal",
            "Boarding Area",
            "Passenger Count",
        ],
    )
    return frame


def _sfo_year(df: pd.DataFrame, year: int) -> pd.DataFrame:
    return df[df["Activity Period"] // 100 == year]


def _sfo_top(by: str) -> Callable[[pd.DataFrame], Any]:
    return lambda df: df.groupby(by)["Passenger Count"].sum().nlargest(5).to_numpy()


def _sfo_monthly(df: pd.DataFrame) -> pd.Series:
    return df.groupby("Activity Period")["Passenger Count"].sum()


def _sfo_growth(region: str) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        part = df[df["GEO Region"] == region]
        first = _sfo_year(part, 2017)["Passenger Count"].sum()
        last = _sfo_year(part, 2019)["Passenger Count"].sum()
        return float(last / first - 1)

    return value


# --- 4. UCI Beijing PM2.5 (PRSA_data_2010.1.1-2014.12.31.csv), an Oct-Dec 2014 extract ------------------------------


def _beijing() -> pd.DataFrame:
    rng = np.random.default_rng(2004)
    hours = pd.date_range("2014-10-01 00:00", "2014-12-31 23:00", freq="h")
    n = len(hours)
    dirs = ["NW", "NE", "SE", "cv"]
    stay = {"NW": 0.93, "NE": 0.8, "SE": 0.88, "cv": 0.82}
    move = {
        "NW": [0, 0.3, 0.2, 0.5],
        "NE": [0.45, 0, 0.15, 0.4],
        "SE": [0.2, 0.15, 0, 0.65],
        "cv": [0.4, 0.15, 0.45, 0],
    }
    wind = []
    cur = "NW"
    for _ in range(n):
        if rng.random() > stay[cur]:
            cur = str(rng.choice(dirs, p=move[cur]))
        wind.append(cur)
    wind_a = np.array(wind, dtype=object)
    steps = {"NW": [1.79, 3.13, 4.02, 4.92], "NE": [0.89, 1.79, 3.13], "SE": [0.89, 1.79, 2.68], "cv": [0.45, 0.89]}
    iws = np.zeros(n)
    for i in range(n):
        step = float(rng.choice(steps[wind[i]]))
        iws[i] = step + (iws[i - 1] if i and wind[i] == wind[i - 1] else 0)
    target = {"NW": np.log(18), "NE": np.log(60), "SE": np.log(220), "cv": np.log(180)}
    speed = {"NW": 0.22, "NE": 0.1, "SE": 0.07, "cv": 0.08}
    logpm = np.empty(n)
    logpm[0] = np.log(40)
    for i in range(1, n):
        w = wind[i]
        logpm[i] = logpm[i - 1] + speed[w] * (target[w] - logpm[i - 1]) + rng.normal(0, 0.12)
    month_frac = (hours.dayofyear.to_numpy() - 274) / 92
    logpm += 0.35 * month_frac
    pm = np.clip(np.round(np.exp(logpm)), 3, 980).astype(int)
    hour = hours.hour.to_numpy()
    diurnal = -4.5 * np.cos((hour - 15) / 24 * 2 * np.pi)
    season = 15 - 17 * month_frac
    cold = np.select([wind_a == "NW", wind_a == "SE"], [-3.0, 1.5], 0.0)
    temp = np.round(season + diurnal + cold + rng.normal(0, 1.5, n)).astype(int)
    humid = np.select([wind_a == "NW", wind_a == "NE"], [-14.0, -8.0], -3.0) + 0.02 * (pm - 100)
    dewp = np.minimum(np.round(season - 8 + humid + rng.normal(0, 2.5, n)), temp - 1).astype(int)
    pres = np.round(1016 + 10 * month_frac + np.where(wind_a == "NW", 6, -1) + rng.normal(0, 2.5, n)).astype(int)
    pm_text = pm.astype(object)
    gaps = rng.choice(np.arange(24, n - 40), 7, replace=False)
    for g in gaps:
        pm_text[g : g + int(rng.integers(2, 26))] = "NA"
    rain = np.zeros(n, dtype=int)
    snow = np.zeros(n, dtype=int)
    for start, length, series in ((210, 5, rain), (455, 3, rain), (890, 2, rain), (1790, 4, snow), (2010, 3, snow)):
        series[start : start + length] = np.arange(1, length + 1)
    return pd.DataFrame(
        {
            "No": np.arange(41617, 41617 + n),
            "year": hours.year,
            "month": hours.month,
            "day": hours.day,
            "hour": hour,
            "pm2.5": pm_text,
            "DEWP": dewp,
            "TEMP": temp,
            "PRES": pres,
            "cbwd": wind_a,
            "Iws": np.round(iws, 2),
            "Is": snow,
            "Ir": rain,
        }
    )


def _pm_daily(df: pd.DataFrame) -> pd.Series:
    day = pd.to_datetime(df[["year", "month", "day"]])
    return df.groupby(day)["pm2.5"].mean()


def _pm_worst_hour_day(df: pd.DataFrame) -> pd.Timestamp:
    row = df.loc[df["pm2.5"].idxmax()]
    return pd.Timestamp(int(row["year"]), int(row["month"]), int(row["day"]))


# --- 5. invented: a council's fly-tipping reports -------------------------------------------------------------------

_WARDS = {
    "Abbey": 1.6,
    "Brookfield": 0.7,
    "Castle": 1.3,
    "Hollins": 0.9,
    "Kingsway": 1.1,
    "Moorside": 2.1,
    "Northfield": 0.8,
    "Riverside": 1.4,
    "St Mary's": 1.0,
    "Westgate": 1.2,
}
_SIZES = {
    "Single Black Bag": (8, 28),
    "Single Item": (11, 42),
    "Car Boot or Less": (30, 68),
    "Small Van Load": (27, 135),
    "Transit Van Load": (15, 260),
    "Tipper Lorry Load": (6, 610),
    "Significant/Multi Loads": (3, 1450),
}
_WASTE = {
    "Household - black bags": 30,
    "Other household waste": 27,
    "White goods": 5,
    "Furniture": 9,
    "Construction/Demolition/Excavation": 8,
    "Green waste": 6,
    "Tyres": 3,
    "Asbestos": 2.5,
    "Other commercial waste": 5,
    "Clinical": 0.5,
    "Other (unidentified)": 4,
}


def _fly_tipping() -> pd.DataFrame:
    rng = np.random.default_rng(2005)
    days = pd.date_range("2022-04-01", "2024-03-31", freq="D")
    rate = 2.3 * (1 + 0.25 * np.sin((days.dayofyear.to_numpy() - 100) / 365 * 2 * np.pi))
    rate *= 1 + 0.12 * (days >= "2023-04-01")
    counts = rng.poisson(rate)
    dates = np.repeat(days.to_numpy(), counts)
    n = len(dates)
    size = _pick(rng, list(_SIZES), [v[0] for v in _SIZES.values()], n)
    waste = _pick(rng, list(_WASTE), list(_WASTE.values()), n)
    waste[(size == "Single Black Bag") & (rng.random(n) < 0.8)] = "Household - black bags"
    base_cost = np.array([_SIZES[s][1] for s in size], dtype=float)
    special = np.isin(waste, ["Asbestos", "Clinical"])
    cost = np.round(base_cost * rng.lognormal(0, 0.3, n) * np.where(special, 2.4, 1.0), 2)
    cleared = rng.random(n) < np.where(special, 0.8, 0.93)
    dates_ts = pd.DatetimeIndex(dates)
    cleared &= ~((dates_ts >= "2024-03-20") & (rng.random(n) < 0.5))
    days_to = np.where(special, rng.integers(3, 22, n), rng.geometric(0.38, n) - 1)
    enforce = _pick(
        rng,
        ["No Action", "Warning Letter", "Fixed Penalty Notice", "Duty of Care Inspection", "Prosecution"],
        [81, 7, 6, 5, 1],
        n,
    )
    fy = np.where(dates_ts.month >= 4, dates_ts.year % 100, dates_ts.year % 100 - 1)
    refs = [f"FT-{y:02d}-{i:05d}" for i, y in enumerate(fy, start=1)]
    return pd.DataFrame(
        {
            "Incident Ref": refs,
            "Date Reported": dates_ts.strftime("%d/%m/%Y"),
            "Ward": _pick(rng, list(_WARDS), list(_WARDS.values()), n),
            "Land Type": _pick(
                rng,
                [
                    "Highway",
                    "Footpath/Bridleway",
                    "Back Alleyway",
                    "Council Land",
                    "Private-Residential",
                    "Watercourse/Bank",
                ],
                [46, 15, 14, 12, 9, 4],
                n,
            ),
            "Waste Type": waste,
            "Size": size,
            "Cleared (Y/N)": np.where(cleared, "Y", "N"),
            "Days To Clear": pd.Series(np.where(cleared, days_to, np.nan)).astype("Int64"),
            "Clearance Cost £": np.where(cleared, cost, np.nan),
            "Enforcement Action": enforce,
        }
    )


def _fy_counts(df: pd.DataFrame) -> Any:
    d = pd.to_datetime(df["Date Reported"], format="%d/%m/%Y")
    fy = np.where(d.dt.month >= 4, d.dt.year, d.dt.year - 1)
    return pd.Series(fy).value_counts().sort_index().to_numpy()


def _asbestos_days(df: pd.DataFrame) -> list[float]:
    asb = df["Waste Type"] == "Asbestos"
    return [float(df.loc[asb, "Days To Clear"].median()), float(df.loc[~asb, "Days To Clear"].median())]


# --- 6. invented: a website's landing-page analytics export (GA-style) -----------------------------------------------

_PAGES = {
    "/": (150, 0.012, 0.38, 95),
    "/pricing": (55, 0.065, 0.30, 140),
    "/features": (40, 0.02, 0.41, 120),
    "/blog/remote-team-tips": (70, 0.004, 0.78, 70),
    "/blog/okr-template": (45, 0.011, 0.66, 85),
    "/signup": (22, 0.21, 0.22, 160),
}
_CHANNELS = {
    "Organic Search": 0.38,
    "Direct": 0.22,
    "Paid Search": 0.17,
    "Referral": 0.09,
    "Social": 0.08,
    "Email": 0.06,
}
_CH_CONV = {"Organic Search": 1.0, "Direct": 1.1, "Paid Search": 1.25, "Referral": 0.9, "Social": 0.55, "Email": 1.4}
_DEVICES = {"desktop": (0.52, 1.25, 0.9), "mobile": (0.42, 0.6, 1.15), "tablet": (0.06, 0.85, 1.05)}


def _clock(seconds: float) -> str:
    s = round(seconds)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def _landing_pages() -> pd.DataFrame:
    rng = np.random.default_rng(2006)
    days = pd.date_range("2024-02-01", "2024-03-31", freq="D")
    rows = []
    for i, day in enumerate(days):
        weekday = 1.0 if day.dayofweek < 5 else 0.62
        growth = 1 + 0.3 * i / len(days)
        for page, (base, conv, bounce, dur) in _PAGES.items():
            for channel, ch_share in _CHANNELS.items():
                for device, (dv_share, dv_conv, dv_bounce) in _DEVICES.items():
                    lam = 0.3 * base * ch_share * dv_share * weekday * growth
                    if channel == "Email" and day == pd.Timestamp("2024-03-12"):
                        lam *= 9
                    sessions = int(rng.poisson(lam))
                    if sessions == 0:
                        continue
                    new = int(rng.binomial(sessions, 0.35 if channel in ("Direct", "Email") else 0.68))
                    p_bounce = min(0.95, bounce * dv_bounce * (1.2 if channel == "Social" else 1.0))
                    bounces = int(rng.binomial(sessions, p_bounce))
                    p_conv = min(0.6, conv * dv_conv * _CH_CONV[channel])
                    goals = int(rng.binomial(sessions, p_conv))
                    plans = rng.choice([49.0, 99.0, 249.0], size=goals, p=[0.6, 0.3, 0.1])
                    revenue = float(plans.sum()) if page in ("/pricing", "/signup", "/") else 0.0
                    seconds = sessions * dur * rng.lognormal(0, 0.25) * (1 - 0.6 * bounces / sessions)
                    pages_per = 1 + (sessions - bounces) / sessions * rng.uniform(1.2, 3.0)
                    rows.append(
                        {
                            "Date": int(day.strftime("%Y%m%d")),
                            "Landing Page": page,
                            "Default Channel Grouping": channel,
                            "Device Category": device,
                            "Sessions": sessions,
                            "% New Sessions": f"{100 * new / sessions:.2f}%",
                            "New Users": new,
                            "Bounce Rate": f"{100 * bounces / sessions:.2f}%",
                            "Pages / Session": round(pages_per, 2),
                            "Avg. Session Duration": _clock(seconds / sessions),
                            "Goal 1 Completions": goals,
                            "Revenue": f"${revenue:,.2f}",
                        }
                    )
    return pd.DataFrame(rows)


def _revenue(df: pd.DataFrame) -> pd.Series:
    return df["Revenue"].astype(str).str.replace(r"[$,]", "", regex=True).astype(float)


def _conversion(device: str | None = None) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        part = df if device is None else df[df["Device Category"] == device]
        return float(part["Goal 1 Completions"].sum() / part["Sessions"].sum())

    return value


def _page_revenue(df: pd.DataFrame) -> pd.Series:
    return _revenue(df).groupby(df["Landing Page"]).sum().sort_values(ascending=False)


def _daily_sessions(df: pd.DataFrame) -> pd.Series:
    return df.groupby("Date")["Sessions"].sum().sort_values(ascending=False)


# --- 7. invented: a council's staff expense claims ------------------------------------------------------------------

_EXPENSES = {
    "Mileage": (35, 0.0, 0.0),
    "Rail": (17, 3.7, 0.6),
    "Hotel": (9, 4.65, 0.3),
    "Subsistence": (15, 2.35, 0.45),
    "Taxi": (6, 3.0, 0.5),
    "Training": (6, 5.4, 0.55),
    "Parking": (8, 1.9, 0.5),
    "Other": (4, 3.2, 0.8),
}
_DIRECTORATES = {
    "Adult Social Care": 27,
    "Children's Services": 24,
    "Housing": 15,
    "Environment": 14,
    "Finance": 8,
    "IT & Digital": 12,
}


def _expenses() -> pd.DataFrame:
    rng = np.random.default_rng(2007)
    n = 1460
    workdays = pd.bdate_range("2023-01-03", "2023-12-29")
    submitted = pd.DatetimeIndex(np.sort(rng.choice(workdays.to_numpy(), n)))
    kind = _pick(rng, list(_EXPENSES), [v[0] for v in _EXPENSES.values()], n)
    directorate = _pick(rng, list(_DIRECTORATES), list(_DIRECTORATES.values()), n)
    care = np.isin(directorate, ["Adult Social Care", "Children's Services"])
    kind[care & (rng.random(n) < 0.25)] = "Mileage"
    mileage = kind == "Mileage"
    miles = np.where(mileage, np.clip(np.round(rng.lognormal(3.3, 0.7, n)), 2, 420), np.nan)
    mu = np.array([_EXPENSES[k][1] for k in kind])
    sd = np.array([_EXPENSES[k][2] for k in kind])
    amount = np.where(mileage, np.round(miles * 0.45, 2), np.round(np.exp(mu + sd * rng.normal(0, 1, n)), 2))
    amount[np.argmax(np.where(kind == "Training", amount, 0))] = 2875.0
    receipt = np.where(mileage, "n/a", np.where(rng.random(n) < 0.86, "Y", "N"))
    p_reject = np.where(receipt == "N", 0.27, 0.05)
    u = rng.random(n)
    status = np.where(u < p_reject, "Rejected", np.where(u < p_reject + 0.03, "Queried", "Approved"))
    late = (submitted >= "2023-12-11") & (rng.random(n) < 0.7)
    status = np.where(late & (status == "Approved"), "Pending", status)
    wait = np.clip(np.round(rng.gamma(2.2, 3.6, n)), 1, 60).astype(int)
    approved = pd.Series(submitted + pd.to_timedelta(wait, unit="D")).dt.strftime("%Y-%m-%d")
    return pd.DataFrame(
        {
            "Claim No.": [f"EXP{100000 + i * 7 + int(rng.integers(0, 7))}" for i in range(n)],
            "Submitted": submitted.strftime("%Y-%m-%d"),
            "Grade": _pick(rng, ["AO", "EO", "HEO", "SEO", "G7", "G6"], [14, 27, 25, 17, 12, 5], n),
            "Directorate": directorate,
            "Expense Type": kind,
            "Miles": pd.Series(miles).astype("Int64"),
            "Amount £": amount,
            "Receipt?": receipt,
            "Status": status,
            "Approved Date": np.where(status == "Approved", approved, ""),
        }
    )


def _approval_days(df: pd.DataFrame) -> float:
    done = df[df["Approved Date"].notna()]
    return float((pd.to_datetime(done["Approved Date"]) - pd.to_datetime(done["Submitted"])).dt.days.mean())


def _q3_miles(df: pd.DataFrame) -> float:
    month = pd.to_datetime(df["Submitted"]).dt.month
    return float(df.loc[month.between(7, 9), "Miles"].sum())


def _biggest_claim(df: pd.DataFrame) -> pd.Series:
    return df.loc[df["Amount £"].idxmax()]


# --- the set --------------------------------------------------------------------------------------------------------

HELDOUT20: list[Dataset] = [
    Dataset(
        "stroke_data",
        _stroke,
        [
            Q("What percentage of patients had a stroke?", _pct(lambda df: df["stroke"].mean()), ("stroke",)),
            Q(
                "is stroke more common in people with high blood pressure? give me the rate with and without",
                _shares(_stroke_rate("hypertension")),
                ("stroke", "hypertension"),
            ),
            Q("and for heart disease?", _shares(_stroke_rate("heart_disease")), ("stroke", "heart_disease")),
            Q("how many patients have no BMI recorded?", has(lambda df: df["bmi"].isna().sum()), ("bmi",)),
            Q(
                "avg glucose level for stroke vs no stroke patients",
                has(lambda df: df.groupby("stroke")["avg_glucose_level"].mean().to_numpy()),
                ("avg_glucose_level", "stroke"),
            ),
            Q(
                "which type of work has the highest stroke rate?",
                both(
                    label_of(lambda df: str(_top_work(df).index[0])),
                    _pct(lambda df: float(_top_work(df).iloc[0])),
                ),
                ("work_type", "stroke"),
            ),
        ],
    ),
    Dataset(
        "xapi_students",
        _xapi,
        [
            Q(
                "How many students are in each performance level (L, M, H)?",
                has(lambda df: df["Class"].value_counts().to_numpy()),
                ("Class",),
            ),
            Q(
                "do kids who raise their hand more do better? show me average raised hands for each class level",
                has(lambda df: df.groupby("Class")["raisedhands"].mean().to_numpy()),
                ("raisedhands", "Class"),
            ),
            Q(
                "what % of students absent more than 7 days ended up in the low group?",
                _pct(_low_share("Above-7")),
                ("StudentAbsenceDays", "Class"),
            ),
            Q("and for the ones with fewer absences?", _pct(_low_share("Under-7")), ("StudentAbsenceDays", "Class")),
            Q(
                "correlation between resources visited and hands raised?",
                _corr("VisITedResources", "raisedhands"),
                ("VisITedResources", "raisedhands"),
            ),
            Q(
                "what's the average engagement for boys vs girls?",
                either(asks(), has(lambda df: df.groupby("gender")[_ENGAGEMENT].mean().to_numpy().ravel())),
                ("gender", *_ENGAGEMENT),
            ),
        ],
    ),
    Dataset(
        "sfo_air_traffic",
        _sfo,
        [
            Q(
                "total passengers in 2019?",
                has(lambda df: _sfo_year(df, 2019)["Passenger Count"].sum()),
                ("Activity Period", "Passenger Count"),
            ),
            Q(
                "what share of that was international?",
                _pct(
                    lambda df: float(
                        _sfo_year(df, 2019).groupby("GEO Summary")["Passenger Count"].sum()["International"]
                        / _sfo_year(df, 2019)["Passenger Count"].sum()
                    )
                ),
                ("Activity Period", "GEO Summary", "Passenger Count"),
            ),
            Q(
                "top 5 airlines by passenger numbers",
                either(
                    has(_sfo_top("Operating Airline")),
                    has(_sfo_top("Published Airline")),
                    asks("operating", "published"),
                ),
                ("Operating Airline", "Published Airline", "Passenger Count"),
            ),
            Q(
                "chart monthly passengers over the whole period. which month was the busiest?",
                both(
                    has(lambda df: _sfo_monthly(df).max()),
                    _month(lambda df: divmod(int(_sfo_monthly(df).idxmax()), 100)),
                ),
                ("Activity Period", "Passenger Count"),
            ),
            Q(
                "how much did traffic to/from Asia grow from 2017 to 2019, in %?",
                _pct(_sfo_growth("Asia")),
                ("GEO Region", "Activity Period", "Passenger Count"),
            ),
            Q("what about Europe?", _pct(_sfo_growth("Europe")), ("GEO Region", "Activity Period", "Passenger Count")),
        ],
    ),
    Dataset(
        "beijing_pm25",
        _beijing,
        [
            Q("whats the average PM2.5 over this period?", has(lambda df: df["pm2.5"].mean()), ("pm2.5",)),
            Q("how many hours have no pm2.5 reading?", has(lambda df: df["pm2.5"].isna().sum()), ("pm2.5",)),
            Q(
                "average PM2.5 for each wind direction",
                has(lambda df: df.groupby("cbwd")["pm2.5"].mean().to_numpy()),
                ("pm2.5", "cbwd"),
            ),
            Q(
                "how many hours were above 150?",
                either(has(lambda df: (df["pm2.5"] > 150).sum()), has(lambda df: (df["pm2.5"] >= 150).sum())),
                ("pm2.5",),
            ),
            Q(
                "which day had the worst air?",
                either(_day(lambda df: _pm_daily(df).idxmax()), _day(_pm_worst_hour_day)),
                ("pm2.5", "year", "month", "day", "hour"),
            ),
            Q(
                "is pm2.5 related to the dew point? give me the correlation",
                _corr("DEWP", "pm2.5"),
                ("DEWP", "pm2.5"),
            ),
        ],
    ),
    Dataset(
        "fly_tipping",
        _fly_tipping,
        [
            Q(
                "how many fly-tips were reported in each financial year (Apr-Mar)?",
                has(_fy_counts),
                ("Date Reported",),
            ),
            Q(
                "which ward gets the most reports?",
                both(
                    label_of(lambda df: str(df["Ward"].value_counts().index[0])),
                    has(lambda df: df["Ward"].value_counts().iloc[0]),
                ),
                ("Ward",),
            ),
            Q(
                "average clearance cost by size of tip",
                has(lambda df: df.groupby("Size")["Clearance Cost £"].mean().to_numpy()),
                ("Clearance Cost £", "Size"),
            ),
            Q(
                "what % of incidents haven't been cleared?",
                _pct(lambda df: (df["Cleared (Y/N)"] == "N").mean()),
                ("Cleared (Y/N)",),
            ),
            Q(
                "median days to clear for asbestos compared with all the other waste types",
                has(_asbestos_days),
                ("Days To Clear", "Waste Type"),
            ),
            Q(
                "how many FPNs have we issued?",
                has(lambda df: (df["Enforcement Action"] == "Fixed Penalty Notice").sum()),
                ("Enforcement Action",),
            ),
        ],
    ),
    Dataset(
        "landing_pages",
        _landing_pages,
        [
            Q(
                "sessions by channel please",
                has(lambda df: df.groupby("Default Channel Grouping")["Sessions"].sum().to_numpy()),
                ("Default Channel Grouping", "Sessions"),
            ),
            Q(
                "what's our overall conversion rate (goal completions / sessions)?",
                _pct(_conversion()),
                ("Goal 1 Completions", "Sessions"),
            ),
            Q(
                "mobile vs desktop conversion rate?",
                _shares(lambda df: [_conversion("mobile")(df), _conversion("desktop")(df)]),
                ("Goal 1 Completions", "Sessions", "Device Category"),
            ),
            Q("which landing page is performing best?", asks(), ("Landing Page",)),
            Q(
                "by revenue",
                both(
                    label_of(lambda df: str(_page_revenue(df).index[0])),
                    has(lambda df: _page_revenue(df).iloc[0]),
                ),
                ("Landing Page", "Revenue"),
            ),
            Q(
                "plot daily sessions - which day was the busiest?",
                both(
                    _day(lambda df: pd.to_datetime(str(_daily_sessions(df).index[0]), format="%Y%m%d")),
                    has(lambda df: _daily_sessions(df).iloc[0]),
                ),
                ("Date", "Sessions"),
            ),
        ],
    ),
    Dataset(
        "expense_claims",
        _expenses,
        [
            Q(
                "total approved spend by directorate",
                has(lambda df: df[df["Status"] == "Approved"].groupby("Directorate")["Amount £"].sum().to_numpy()),
                ("Directorate", "Amount £", "Status"),
            ),
            Q("what share of claims get rejected?", _pct(lambda df: (df["Status"] == "Rejected").mean()), ("Status",)),
            Q(
                "are claims with no receipt rejected more often?",
                _shares(
                    lambda df: (df["Status"] == "Rejected").groupby(df["Receipt?"]).mean().loc[["N", "Y"]].to_numpy()
                ),
                ("Receipt?", "Status"),
            ),
            Q(
                "on average how many days from submission to approval?",
                has(_approval_days, rel=0.01),
                ("Submitted", "Approved Date", "Status"),
            ),
            Q(
                "what's the single biggest claim and what was it for?",
                both(
                    has(lambda df: _biggest_claim(df)["Amount £"]),
                    label_of(lambda df: str(_biggest_claim(df)["Expense Type"])),
                ),
                ("Amount £", "Expense Type", "Claim No.", "Directorate", "Grade"),
            ),
            Q(
                "total miles claimed in Q3 (Jul-Sep)?",
                has(_q3_miles),
                ("Miles", "Submitted"),
            ),
        ],
    ),
]
