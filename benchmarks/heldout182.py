"""HELDOUT182: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a Carb Manager nutrition log export (one row
per logged food, January to June 2024) with Date ("2024-03-14"), Meal (Breakfast / Lunch / Dinner / Snacks), "Food
Name", Servings, "Serving Size" ("1 cup", "100 g"), Calories, "Fat (g)", "Protein (g)", "Total Carbs (g)", "Fiber
(g)", "Sugar Alcohols (g)" (blank mostly) and "Net Carbs (g)" (total carbs less fiber and sugar alcohols); a Eufy
smart scale (EufyLife) weight export for a two-person household (2023-06 to 2024-05) with Member, Time ("2024-03-14
07:12:33"), "Weight(lb)", BMI, "Body Fat(%)", "Muscle Mass(lb)", "Water(%)", "Bone Mass(lb)", "Visceral Fat",
"BMR(kcal)" and "Body Age", the body-composition columns "--" when the scale could not read them (shoes on); a
Google Fit "Daily activity metrics.csv" from Takeout (2023-01-01 to 2024-06-30, one row a day) with Date, "Move
Minutes count", "Calories (kcal)", "Distance (m)", "Heart Points", "Heart Minutes", "Average heart rate (bpm)",
"Max heart rate (bpm)", "Min heart rate (bpm)" (blank on days the watch was off), "Average speed (m/s)", "Step
count" (blank on days with no phone data), "Walking duration (ms)", "Running duration (ms)" and "Cycling duration
(ms)" (blank when none); a TrainerRoad completed workouts export (2022-09 to 2024-08) with Date ("9/14/2023 6:12:00
AM"), WorkoutName ("Pettit", "Outside Ride"), Type (Indoor / Outside), Zone (Endurance / Tempo / Sweet Spot /
Threshold / VO2 Max), Duration ("1:15:00"), Distance ("24.3 mi"), Tss, IF, Kj, NP, AvgPower, AvgHR (blank without a
strap), MaxHR, AvgCadence and Ftp (raised after ramp tests); the Pittsburgh 311 requests (WPRDC, 2022 to 2024) with
_id, REQUEST_ID, CREATED_ON ("2023-05-14T09:12:33"), REQUEST_TYPE ("Potholes", "Weeds/Debris", "Abandoned Vehicle
(parked on street)" ...), REQUEST_ORIGIN (Call Center / Website / Report2Gov iOS / Report2Gov Android / Control
Panel / Twitter / Email), STATUS (1 closed, 0 open, 3 a duplicate-ish "new" status), DEPARTMENT, NEIGHBORHOOD
(blank for some), COUNCIL_DISTRICT (1-9, blank with it), WARD, TRACT, PUBLIC_WORKS_DIVISION, POLICE_ZONE,
FIRE_ZONE ("3-12"), X, Y and GEO_ACCURACY (EXACT / APPROXIMATE / OUT_OF_BOUNDS); an OECD SDMX-CSV download of
quarterly GDP growth (DSD_NAMAIN1@DF_QNA_EXPENDITURE_GROWTH_OECD, 2015-Q1 to 2024-Q2) with STRUCTURE, STRUCTURE_ID,
ACTION ("I"), REF_AREA (ISO3 codes and the "OECD" aggregate), FREQ ("Q"), ADJUSTMENT ("Y"), SECTOR ("S1"),
MEASURE ("B1GQ"), UNIT_MEASURE ("PC"), PRICE_BASE ("LR"), TRANSFORMATION ("G1" growth on the previous quarter,
"GY" on the same quarter a year before, both in the file), TIME_PERIOD ("2023-Q2"), OBS_VALUE, OBS_STATUS ("A",
"P" provisional, "E"), UNIT_MULT ("0") and DECIMALS; and an EPA AQS annual_conc_by_monitor_2023 file (four
pollutants, one to three rows per monitor by "Event Type") with "State Code", "County Code", "Site Num", "Parameter
Code", POC, Latitude, Longitude, Datum, "Parameter Name", "Sample Duration", "Pollutant Standard", "Metric Used",
"Method Name", Year, "Units of Measure", "Event Type" (No Events / Events Included / Events Excluded),
"Observation Count", "Observation Percent", "Completeness Indicator" (Y / N), "Valid Day Count", "Required Day
Count", "Primary Exceedance Count" (blank for PM2.5), "Arithmetic Mean", "Arithmetic Standard Dev", "1st Max
Value", "1st Max DateTime", "99th Percentile", "Local Site Name", "State Name", "County Name", "City Name" ("Not in
a city") and "CBSA Name". All are generated with fixed seeds 18201-18207.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _text
from .offline_eval import Check, Dataset, Q, either, numbers_found
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year

# --- shared helpers ------------------------------------------------------------------------------------------------


def _abouts(*values: Callable[[pd.DataFrame], Any], rel: float = 0.02) -> Check:
    """Any one of the values, to within `rel`."""
    return either(*(_about(v, rel=rel) for v in values))


def _small(values: Callable[[pd.DataFrame], Any], rel: float = 0.02) -> Check:
    """A small amount (ozone in ppm) to within `rel` of itself, or the same amount in thousandths (ppb)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        found = numbers_found(answer)
        wants = [float(values(df))]
        for w in wants:
            if any(abs(f - w) <= rel * abs(w) or abs(f - 1000 * w) <= rel * 1000 * abs(w) for f in found):
                return None
        return f"missing amount {wants[0]:.4g}"

    return check


def _top(scores: pd.Series, ascending: bool = False) -> str:
    s = scores.sort_values(ascending=ascending, kind="stable")
    return str(s.index[0])


def _num(s: pd.Series) -> pd.Series:
    """Numbers from text such as "24.3 mi", "--" or blanks."""
    return pd.to_numeric(s.astype("string").str.replace(r"[^0-9.\-]", "", regex=True), errors="coerce")


def _peak_month(dates: pd.Series, weights: pd.Series | None = None) -> pd.Timestamp:
    months = dates.dt.to_period("M")
    sums = (weights if weights is not None else pd.Series(1.0, index=dates.index)).groupby(months).sum()
    return sums[sums == sums.max()].index.min().to_timestamp()


# --- 1. Carb Manager nutrition log export --------------------------------------------------------------------------

_CM_FOODS = {
    "Breakfast": [
        ("Scrambled Eggs", "2 large", 182, 13.0, 12.5, 2.0, 0.0),
        ("Bacon", "3 slices", 161, 12.0, 12.0, 0.5, 0.0),
        ("Greek Yogurt, Plain", "170 g", 146, 7.0, 15.0, 6.0, 0.0),
        ("Keto Pancakes", "2 pancakes", 240, 18.0, 10.0, 9.0, 4.0),
        ("Bulletproof Coffee", "1 cup", 230, 25.0, 0.5, 0.5, 0.0),
    ],
    "Lunch": [
        ("Chicken Caesar Salad", "1 bowl", 470, 32.0, 34.0, 10.0, 3.0),
        ("Tuna Salad Lettuce Wraps", "2 wraps", 310, 20.0, 26.0, 5.0, 2.0),
        ("Cauliflower Fried Rice", "1 cup", 210, 12.0, 8.0, 14.0, 5.0),
        ("Burger Patty, No Bun", "1 patty", 290, 22.0, 20.0, 0.0, 0.0),
    ],
    "Dinner": [
        ("Grilled Salmon", "6 oz", 350, 20.0, 39.0, 0.0, 0.0),
        ("Ribeye Steak", "8 oz", 580, 44.0, 46.0, 0.0, 0.0),
        ("Zucchini Noodles with Pesto", "1 cup", 260, 22.0, 5.0, 9.0, 3.0),
        ("Roasted Broccoli", "1 cup", 90, 6.0, 3.0, 8.0, 4.0),
        ("Pizza Slice", "1 slice", 285, 10.0, 12.0, 36.0, 2.0),
    ],
    "Snacks": [
        ("Almonds", "28 g", 164, 14.0, 6.0, 6.0, 3.5),
        ("String Cheese", "1 stick", 80, 6.0, 7.0, 1.0, 0.0),
        ("Keto Chocolate Bar", "1 bar", 190, 15.0, 3.0, 18.0, 6.0),
        ("Apple", "1 medium", 95, 0.3, 0.5, 25.0, 4.4),
    ],
}


def _carbmanager_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18201)
    rows = []
    for day in pd.date_range("2024-01-01", "2024-06-30", freq="D"):
        if rng.random() < 0.08:
            continue
        cheat = day.weekday() >= 5 and rng.random() < 0.35
        for meal, foods in _CM_FOODS.items():
            k = {"Breakfast": 1, "Lunch": 1, "Dinner": 2, "Snacks": int(rng.integers(0, 3))}[meal]
            if meal == "Breakfast" and rng.random() < 0.15:
                k = 0
            for _ in range(k):
                name, size, cal, fat, pro, carb, fib = foods[int(rng.integers(len(foods)))]
                if cheat and meal == "Dinner" and rng.random() < 0.6:
                    name, size, cal, fat, pro, carb, fib = foods[-1]
                serv = float(rng.choice([0.5, 1.0, 1.0, 1.0, 1.5, 2.0]))
                sa = 5.0 if name == "Keto Chocolate Bar" else (2.0 if name == "Keto Pancakes" else 0.0)
                tc = round(carb * serv, 1)
                fb = round(fib * serv, 1)
                sal = round(sa * serv, 1)
                rows.append(
                    {
                        "Date": day.strftime("%Y-%m-%d"),
                        "Meal": meal,
                        "Food Name": name,
                        "Servings": serv,
                        "Serving Size": size,
                        "Calories": round(cal * serv * rng.uniform(0.95, 1.05)),
                        "Fat (g)": round(fat * serv, 1),
                        "Protein (g)": round(pro * serv, 1),
                        "Total Carbs (g)": tc,
                        "Fiber (g)": fb,
                        "Sugar Alcohols (g)": sal if sal > 0 else None,
                        "Net Carbs (g)": round(max(tc - fb - sal, 0.0), 1),
                    }
                )
    return pd.DataFrame(rows)


def _cm_daily(d: pd.DataFrame, col: str) -> pd.Series:
    return d.groupby("Date")[col].sum()


_CM_ID = ("Date", "Food Name", "Servings")
_CARBMANAGER_QS = [
    Q(
        "how many calories do i eat a day on average",
        _abouts(lambda d: _cm_daily(d, "Calories").mean(), lambda d: _cm_daily(d, "Calories").median(), rel=0.01),
        ("Calories", *_CM_ID),
    ),
    Q(
        "on how many days did i go over 20g net carbs",
        _count(lambda d: int((_cm_daily(d, "Net Carbs (g)") > 20).sum())),
        ("Net Carbs (g)", *_CM_ID),
    ),
    Q(
        "which meal gives me the most carbs",
        either(
            _lead(_named(lambda d: _top(d.groupby("Meal")["Net Carbs (g)"].sum()))),
            _lead(_named(lambda d: _top(d.groupby("Meal")["Total Carbs (g)"].sum()))),
        ),
        ("Meal", "Net Carbs (g)", "Total Carbs (g)", *_CM_ID),
    ),
    Q(
        "whats my average protein per day",
        _abouts(lambda d: _cm_daily(d, "Protein (g)").mean(), lambda d: _cm_daily(d, "Protein (g)").median(), rel=0.01),
        ("Protein (g)", *_CM_ID),
    ),
    Q(
        "what food did i log most often",
        _lead(_named(lambda d: _top(d["Food Name"].value_counts()))),
        ("Food Name", *_CM_ID),
    ),
    Q(
        "how many entries are missing the sugar alcohol number",
        _count(lambda d: int(d["Sugar Alcohols (g)"].isna().sum())),
        ("Sugar Alcohols (g)", *_CM_ID),
    ),
]


# --- 2. Eufy smart scale weight export -----------------------------------------------------------------------------


def _eufy_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18202)
    people = {"Dan": (6.0, 212.0, -0.045, 31.0, True), "Jess": (5.5, 148.0, -0.008, 29.0, False)}
    rows = []
    days = pd.date_range("2023-06-01", "2024-05-31", freq="D")
    for name, (height_ft, start, slope, age, male) in people.items():
        h_in = height_ft * 12 + (1 if male else 4)
        for i, day in enumerate(days):
            if rng.random() > (0.75 if male else 0.55):
                continue
            t = day + pd.Timedelta(minutes=int(rng.integers(6 * 60, 9 * 60)), seconds=int(rng.integers(60)))
            w = round(start + slope * i + 1.5 * np.sin(i / 58) + rng.normal(0, 0.9), 1)
            bmi = round(703 * w / h_in**2, 1)
            fat = round((24.0 if male else 29.0) + (w - start) * 0.35 + rng.normal(0, 0.6), 1)
            shoes = rng.random() < 0.09
            dash = "--"
            muscle = round(w * (1 - fat / 100) * 0.93, 1)
            rows.append(
                {
                    "Member": name,
                    "Time": t.strftime("%Y-%m-%d %H:%M:%S"),
                    "Weight(lb)": w,
                    "BMI": bmi,
                    "Body Fat(%)": dash if shoes else f"{fat}",
                    "Muscle Mass(lb)": dash if shoes else f"{muscle}",
                    "Water(%)": dash if shoes else f"{round(73.0 - fat * 0.7 + rng.normal(0, 0.3), 1)}",
                    "Bone Mass(lb)": dash if shoes else f"{round(w * 0.04, 1)}",
                    "Visceral Fat": dash if shoes else str(round(fat / 2.4)),
                    "BMR(kcal)": dash if shoes else str(round(370 + 21.6 * muscle / 2.2046)),
                    "Body Age": dash if shoes else str(int(age + round((fat - 22) / 1.5))),
                }
            )
    return pd.DataFrame(rows)


def _ef(d: pd.DataFrame, who: str) -> pd.DataFrame:
    out = d[_text(d["Member"]) == who].copy()
    out["_t"] = pd.to_datetime(out["Time"])
    return out.sort_values("_t")


_EF_ID = ("Member", "Time")
_EUFY_QS = [
    Q(
        "how much weight has dan lost since he started",
        _about(lambda d: float(_ef(d, "Dan")["Weight(lb)"].iloc[0] - _ef(d, "Dan")["Weight(lb)"].iloc[-1])),
        ("Weight(lb)", *_EF_ID),
    ),
    Q(
        "what's his average body fat",
        _about(lambda d: float(_num(_ef(d, "Dan")["Body Fat(%)"]).mean()), rel=0.005),
        ("Body Fat(%)", *_EF_ID),
    ),
    Q(
        "and for jess?",
        _about(lambda d: float(_num(_ef(d, "Jess")["Body Fat(%)"]).mean()), rel=0.005),
        ("Body Fat(%)", *_EF_ID),
    ),
    Q(
        "how many weigh-ins didn't get a body fat reading",
        _count(lambda d: int((_text(d["Body Fat(%)"]) == "--").sum())),
        ("Body Fat(%)", *_EF_ID),
    ),
    Q(
        "which month did dan weigh himself the most",
        _month_year(lambda d: _peak_month(_ef(d, "Dan")["_t"])),
        ("Time", "Member", "Weight(lb)"),
    ),
    Q(
        "for dan is weight correlated with body fat",
        _corr(
            lambda d: _ef(d, "Dan")["Weight(lb)"],
            lambda d: _num(_ef(d, "Dan")["Body Fat(%)"]),
        ),
        ("Weight(lb)", "Body Fat(%)", *_EF_ID),
    ),
]


# --- 3. Google Fit daily activity metrics --------------------------------------------------------------------------


def _googlefit_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18203)
    rows = []
    for day in pd.date_range("2023-01-01", "2024-06-30", freq="D"):
        season = 1 + 0.25 * np.sin((day.dayofyear - 100) / 365 * 2 * np.pi)
        steps = int(max(300, rng.normal(7600 * season * (1.15 if day.weekday() >= 5 else 1.0), 2600)))
        no_phone = rng.random() < 0.04
        watch_off = rng.random() < 0.12
        run = rng.random() < 0.18
        bike = rng.random() < 0.1
        dist = steps * 0.76 + (rng.uniform(3000, 9000) if bike else 0)
        move = int(steps / 110 + (40 if bike else 0) + rng.normal(0, 5))
        hp = int(max(0, (30 if run else 0) + (25 if bike else 0) + steps / 900 + rng.normal(0, 4)))
        avg_hr = rng.normal(74, 4)
        rows.append(
            {
                "Date": day.strftime("%Y-%m-%d"),
                "Move Minutes count": max(move, 0),
                "Calories (kcal)": round(1650 + steps * 0.045 + hp * 4.2 + rng.normal(0, 40), 6),
                "Distance (m)": None if no_phone else round(dist, 6),
                "Heart Points": hp,
                "Heart Minutes": int(hp * rng.uniform(0.55, 0.9)),
                "Average heart rate (bpm)": None if watch_off else round(avg_hr, 6),
                "Max heart rate (bpm)": None if watch_off else int(avg_hr + rng.uniform(40, 95)),
                "Min heart rate (bpm)": None if watch_off else int(avg_hr - rng.uniform(15, 25)),
                "Average speed (m/s)": None if no_phone else round(rng.uniform(0.9, 1.6), 6),
                "Step count": None if no_phone else steps,
                "Walking duration (ms)": None if no_phone else int(steps / 105 * 60000),
                "Running duration (ms)": int(rng.uniform(20, 55) * 60000) if run else None,
                "Cycling duration (ms)": int(rng.uniform(25, 80) * 60000) if bike else None,
            }
        )
    return pd.DataFrame(rows)


def _gf_dates(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Date"])


_GF_ID = ("Date",)
_GOOGLEFIT_QS = [
    Q(
        "average steps per day?",
        _abouts(
            lambda d: d["Step count"].mean(),
            lambda d: d["Step count"].fillna(0).mean(),
            lambda d: d["Step count"].median(),
            rel=0.005,
        ),
        ("Step count", *_GF_ID),
    ),
    Q(
        "how many days did i hit 10k steps",
        _count(lambda d: int((d["Step count"] >= 10000).sum())),
        ("Step count", *_GF_ID),
    ),
    Q(
        "which month did i walk the most",
        either(
            _month_year(lambda d: _peak_month(_gf_dates(d), d["Step count"].fillna(0))),
            _month_year(lambda d: _peak_month(_gf_dates(d), d["Distance (m)"].fillna(0))),
        ),
        ("Step count", "Distance (m)", "Walking duration (ms)", *_GF_ID),
    ),
    Q(
        "total distance in 2023 in km",
        _about(lambda d: float(d.loc[_gf_dates(d).dt.year == 2023, "Distance (m)"].sum() / 1000), rel=0.005),
        ("Distance (m)", *_GF_ID),
    ),
    Q(
        "do more steps mean more calories burned",
        _corr(lambda d: d["Step count"], lambda d: d["Calories (kcal)"]),
        ("Step count", "Calories (kcal)", *_GF_ID),
    ),
    Q(
        "how many days have no heart rate data",
        _count(lambda d: int(d["Average heart rate (bpm)"].isna().sum())),
        ("Average heart rate (bpm)", "Max heart rate (bpm)", "Min heart rate (bpm)", *_GF_ID),
    ),
]


# --- 4. TrainerRoad completed workouts export ----------------------------------------------------------------------

_TR_WORKOUTS = {
    "Endurance": (["Pettit", "Baxter", "Carson", "Lazy Mountain"], 0.65, 60),
    "Tempo": (["Geiger", "Clark", "Wright Peak"], 0.76, 75),
    "Sweet Spot": (["Tallac", "Antelope", "Carillon", "Eclipse"], 0.86, 75),
    "Threshold": (["Lamarck", "Mary Austin", "Palisade"], 0.92, 60),
    "VO2 Max": (["Spencer", "Kaiser", "Bashful"], 0.88, 60),
}


def _hms(sec: int) -> str:
    h, r = divmod(sec, 3600)
    m, s = divmod(r, 60)
    return f"{h}:{m:02d}:{s:02d}"


def _trainerroad_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18204)
    rows = []
    ftp = 232
    zones = list(_TR_WORKOUTS)
    for day in pd.date_range("2022-09-01", "2024-08-31", freq="D"):
        if day.day == 1 and day.month in (11, 1, 3, 5):
            ftp += int(rng.integers(-2, 9))
        summer = day.month in (5, 6, 7, 8)
        if rng.random() > (0.7 if day.weekday() in (1, 3, 5, 6) else 0.2):
            continue
        outside = rng.random() < (0.55 if summer else 0.08) and day.weekday() >= 5
        if outside:
            zone = str(rng.choice(["Endurance", "Tempo"], p=[0.7, 0.3]))
            name = "Outside Ride"
            secs = int(rng.uniform(1.5, 4.0) * 3600)
            iff = round(rng.normal(0.68, 0.04), 2)
        else:
            zone = str(rng.choice(zones, p=[0.3, 0.15, 0.3, 0.15, 0.1]))
            names, base_if, mins = _TR_WORKOUTS[zone]
            name = str(rng.choice(names)) + (f" +{int(rng.integers(1, 4))}" if rng.random() < 0.4 else "")
            secs = int(mins * 60 * float(rng.choice([1.0, 1.0, 1.5, 2.0])))
            iff = round(base_if + rng.normal(0, 0.02), 2)
        np_w = round(iff * ftp)
        avg = int(np_w * rng.uniform(0.9, 0.97))
        kj = int(avg * secs / 1000)
        speed = 17.5 + (avg - 150) / 12 + rng.normal(0, 0.8)
        t = day + pd.Timedelta(hours=int(rng.choice([6, 7, 12, 17, 18])), minutes=int(rng.integers(60)))
        hr = None if rng.random() < 0.1 else int(110 + 70 * iff + rng.normal(0, 4))
        rows.append(
            {
                "Date": f"{t.month}/{t.day}/{t.year} {t.strftime('%I:%M:%S %p').lstrip('0')}",
                "WorkoutName": name,
                "Type": "Outside" if outside else "Indoor",
                "Zone": zone,
                "Duration": _hms(secs),
                "Distance": f"{speed * secs / 3600:.1f} mi",
                "Tss": round(secs / 3600 * iff**2 * 100),
                "IF": iff,
                "Kj": kj,
                "NP": np_w,
                "AvgPower": avg,
                "AvgHR": hr,
                "MaxHR": None if hr is None else int(hr + rng.uniform(15, 30)),
                "AvgCadence": int(rng.normal(88, 4)),
                "Ftp": ftp,
            }
        )
    return pd.DataFrame(rows)


def _tr_dates(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Date"], format="%m/%d/%Y %I:%M:%S %p")


def _tr_hours(d: pd.DataFrame) -> pd.Series:
    return pd.to_timedelta(d["Duration"]).dt.total_seconds() / 3600


_TR_ID = ("Date", "WorkoutName")
_TRAINERROAD_QS = [
    Q(
        "how many rides did i do outdoors",
        _count(lambda d: int((_text(d["Type"]) == "Outside").sum())),
        ("Type", *_TR_ID),
    ),
    Q(
        "total hours on the bike",
        _about(lambda d: float(_tr_hours(d).sum()), rel=0.005),
        ("Duration", *_TR_ID),
    ),
    Q(
        "which month had the most training stress",
        _month_year(lambda d: _peak_month(_tr_dates(d), d["Tss"])),
        ("Tss", *_TR_ID),
    ),
    Q(
        "average intensity for each kind of workout",
        _lead(_named(lambda d: _top(d.groupby("Zone")["IF"].mean()))),
        ("Zone", "IF", *_TR_ID),
    ),
    Q(
        "longest ride in miles?",
        _about(lambda d: float(_num(d["Distance"]).max()), rel=0.001),
        ("Distance", *_TR_ID),
    ),
    Q(
        "how much did my ftp go up from first to last workout",
        _abouts(
            lambda d: float(d.loc[_tr_dates(d).idxmax(), "Ftp"] - d.loc[_tr_dates(d).idxmin(), "Ftp"]),
            lambda d: float((d.loc[_tr_dates(d).idxmax(), "Ftp"] / d.loc[_tr_dates(d).idxmin(), "Ftp"] - 1) * 100),
            rel=0.001,
        ),
        ("Ftp", *_TR_ID),
    ),
]


# --- 5. Pittsburgh 311 requests (WPRDC) ----------------------------------------------------------------------------

_PG_TYPES = {
    "Potholes": ("DPW - Street Maintenance", 22),
    "Weeds/Debris": ("Permits, Licenses and Inspections", 12),
    "Abandoned Vehicle (parked on street)": ("Police - Zones 1-6", 9),
    "Snow/Ice removal": ("DPW - Street Maintenance", 7),
    "Refuse Violations": ("DPW - Environmental Services", 8),
    "Missed Pick Up": ("DPW - Environmental Services", 10),
    "Street Light - Repair": ("DOMI - Traffic", 6),
    "Building Maintenance": ("Permits, Licenses and Inspections", 5),
    "Litter": ("DPW - Street Maintenance", 7),
    "Traffic or Pedestrian Signal, Repair": ("DOMI - Traffic", 4),
    "Illegal Dumping": ("DPW - Environmental Services", 5),
    "Replace/Repair a Sign": ("DOMI - Traffic", 5),
}
_PG_HOODS = {
    "Brookline": (4, 19, 6),
    "Carrick": (4, 29, 3),
    "South Side Flats": (3, 17, 3),
    "Squirrel Hill South": (5, 14, 4),
    "Bloomfield": (7, 8, 5),
    "Shadyside": (8, 7, 4),
    "Mount Washington": (2, 19, 3),
    "Lawrenceville": (7, 6, 2),
    "Beechview": (4, 19, 6),
    "Highland Park": (7, 11, 5),
    "Central Business District": (6, 2, 2),
    "East Liberty": (9, 12, 5),
}
_PG_ORIGINS = {
    "Call Center": 45,
    "Website": 20,
    "Report2Gov iOS": 12,
    "Report2Gov Android": 7,
    "Control Panel": 11,
    "Email": 3,
    "Twitter": 2,
}


def _pittsburgh_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18205)
    n = 3600
    start = pd.Timestamp("2022-01-01")
    secs = np.sort(rng.integers(0, int((pd.Timestamp("2025-01-01") - start).total_seconds()), size=n))
    types = list(_PG_TYPES)
    tw = np.array([v[1] for v in _PG_TYPES.values()], dtype=float)
    hoods = list(_PG_HOODS)
    hw = np.array([3, 4, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2], dtype=float)
    origins = list(_PG_ORIGINS)
    ow = np.array(list(_PG_ORIGINS.values()), dtype=float)
    rows = []
    for k, s in enumerate(secs):
        t = start + pd.Timedelta(seconds=int(s))
        p = tw.copy()
        if t.month in (12, 1, 2):
            p[types.index("Snow/Ice removal")] *= 5
        else:
            p[types.index("Snow/Ice removal")] *= 0.1
        if t.month in (2, 3, 4):
            p[types.index("Potholes")] *= 2.2
        if t.month in (6, 7, 8, 9):
            p[types.index("Weeds/Debris")] *= 2.5
        rtype = types[int(rng.choice(len(types), p=p / p.sum()))]
        hood = hoods[int(rng.choice(len(hoods), p=hw / hw.sum()))]
        council, ward, pzone = _PG_HOODS[hood]
        blank = rng.random() < 0.05
        age_days = (pd.Timestamp("2025-01-01") - t).days
        status = 1 if rng.random() < min(0.97, 0.55 + age_days / 300) else int(rng.choice([0, 3], p=[0.8, 0.2]))
        rows.append(
            {
                "_id": k + 1,
                "REQUEST_ID": 500_000 + k * 7 + int(rng.integers(0, 7)),
                "CREATED_ON": t.strftime("%Y-%m-%dT%H:%M:%S"),
                "REQUEST_TYPE": rtype,
                "REQUEST_ORIGIN": origins[int(rng.choice(len(origins), p=ow / ow.sum()))],
                "STATUS": status,
                "DEPARTMENT": _PG_TYPES[rtype][0],
                "NEIGHBORHOOD": None if blank else hood,
                "COUNCIL_DISTRICT": None if blank else council,
                "WARD": None if blank else ward,
                "TRACT": None if blank else 42003000000 + int(rng.integers(100, 9900)) * 100,
                "PUBLIC_WORKS_DIVISION": None if blank else int(rng.integers(1, 6)),
                "POLICE_ZONE": None if blank else pzone,
                "FIRE_ZONE": None if blank else f"{int(rng.integers(1, 5))}-{int(rng.integers(1, 30))}",
                "X": None if blank else round(-79.99 + rng.normal(0, 0.04), 6),
                "Y": None if blank else round(40.44 + rng.normal(0, 0.03), 6),
                "GEO_ACCURACY": "OUT_OF_BOUNDS" if blank else str(rng.choice(["EXACT", "APPROXIMATE"], p=[0.7, 0.3])),
            }
        )
    return pd.DataFrame(rows)


def _pg_dates(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["CREATED_ON"])


_PG_ID = ("REQUEST_ID", "_id", "CREATED_ON")
_PITTSBURGH_QS = [
    Q(
        "what do people complain about the most",
        _lead(_named(lambda d: _top(d["REQUEST_TYPE"].value_counts()))),
        ("REQUEST_TYPE", *_PG_ID),
    ),
    Q(
        "how many requests came in during 2023",
        _count(lambda d: int((_pg_dates(d).dt.year == 2023).sum())),
        ("CREATED_ON", "REQUEST_ID", "_id"),
    ),
    Q(
        "what share of requests come through the call center",
        _share(lambda d: float((_text(d["REQUEST_ORIGIN"]) == "Call Center").mean())),
        ("REQUEST_ORIGIN", *_PG_ID),
    ),
    Q(
        "which neighborhood reports the most potholes",
        _lead(_named(lambda d: _top(d.loc[_text(d["REQUEST_TYPE"]) == "Potholes", "NEIGHBORHOOD"].value_counts()))),
        ("NEIGHBORHOOD", "REQUEST_TYPE", *_PG_ID),
    ),
    Q(
        "what month were pothole reports highest",
        either(
            _month_year(lambda d: _peak_month(_pg_dates(d)[_text(d["REQUEST_TYPE"]) == "Potholes"])),
            _lead(
                _named(
                    lambda d: pd.Timestamp(
                        2000,
                        int(_pg_dates(d)[_text(d["REQUEST_TYPE"]) == "Potholes"].dt.month.value_counts().idxmax()),
                        1,
                    ).strftime("%B")
                )
            ),
        ),
        ("CREATED_ON", "REQUEST_TYPE", *_PG_ID),
    ),
    Q(
        "how many are still open",
        either(
            _count(lambda d: int((d["STATUS"] == 0).sum())),
            _count(lambda d: int((d["STATUS"] != 1).sum())),
        ),
        ("STATUS", *_PG_ID),
    ),
]


# --- 6. OECD SDMX-CSV quarterly GDP growth -------------------------------------------------------------------------

_OE_AREAS = {
    "USA": (0.6, 0.5),
    "CAN": (0.45, 0.55),
    "DEU": (0.3, 0.6),
    "FRA": (0.3, 0.5),
    "GBR": (0.35, 0.6),
    "ITA": (0.2, 0.55),
    "JPN": (0.15, 0.7),
    "KOR": (0.65, 0.6),
    "AUS": (0.6, 0.45),
    "MEX": (0.35, 0.8),
    "POL": (0.85, 0.7),
    "OECD": (0.42, 0.35),
}


def _oecd_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18206)
    quarters = pd.period_range("2015Q1", "2024Q2", freq="Q")
    covid = {"2020Q1": -2.5, "2020Q2": -10.0, "2020Q3": 8.5, "2020Q4": 1.8}
    rows = []
    for area, (mu, sd) in _OE_AREAS.items():
        g1 = []
        for q in quarters:
            shock = covid.get(str(q), 0.0) * rng.uniform(0.5, 1.5)
            g1.append(round(mu + shock + rng.normal(0, sd), 2))
        level = np.cumprod(1 + np.array(g1) / 100)
        for i, q in enumerate(quarters):
            for trans in ("G1", "GY"):
                if trans == "G1":
                    val = g1[i]
                elif i >= 4:
                    val = round((level[i] / level[i - 4] - 1) * 100, 2)
                else:
                    val = round(mu * 4 + rng.normal(0, sd), 2)
                latest = i >= len(quarters) - 2
                rows.append(
                    {
                        "STRUCTURE": "DATAFLOW",
                        "STRUCTURE_ID": "OECD.SDD.NAD:DSD_NAMAIN1@DF_QNA_EXPENDITURE_GROWTH_OECD(1.1)",
                        "ACTION": "I",
                        "REF_AREA": area,
                        "FREQ": "Q",
                        "ADJUSTMENT": "Y",
                        "SECTOR": "S1",
                        "MEASURE": "B1GQ",
                        "UNIT_MEASURE": "PC",
                        "PRICE_BASE": "LR",
                        "TRANSFORMATION": trans,
                        "TIME_PERIOD": f"{q.year}-Q{q.quarter}",
                        "OBS_VALUE": val,
                        "OBS_STATUS": "P" if latest else ("E" if rng.random() < 0.03 else "A"),
                        "UNIT_MULT": 0,
                        "DECIMALS": 2,
                    }
                )
    frame = pd.DataFrame(rows)
    return frame.sample(frac=1.0, random_state=np.random.RandomState(18206)).reset_index(drop=True)


def _oe(d: pd.DataFrame, trans: str = "G1") -> pd.DataFrame:
    out = d[_text(d["TRANSFORMATION"]) == trans].copy()
    out["_year"] = out["TIME_PERIOD"].str.slice(0, 4).astype(int)
    return out


def _oe_area(d: pd.DataFrame, area: str, trans: str = "G1") -> pd.Series:
    out = _oe(d, trans)
    return out[_text(out["REF_AREA"]) == area].set_index("TIME_PERIOD")["OBS_VALUE"].sort_index()


_OE_ID = ("REF_AREA", "TIME_PERIOD", "TRANSFORMATION", "MEASURE", "FREQ")
_OECD_QS = [
    Q(
        "what was germany's average quarter-on-quarter growth in 2023",
        _about(lambda d: float(_oe_area(d, "DEU")[lambda s: s.index.str.startswith("2023")].mean()), rel=0.01),
        ("OBS_VALUE", *_OE_ID),
    ),
    Q(
        "which country had the worst single quarter vs the previous quarter",
        _lead(_named(lambda d: str(_oe(d).loc[_oe(d)["OBS_VALUE"].idxmin(), "REF_AREA"]))),
        ("OBS_VALUE", *_OE_ID),
    ),
    Q(
        "how many quarters did japan shrink compared with the quarter before",
        _count(lambda d: int((_oe_area(d, "JPN") < 0).sum())),
        ("OBS_VALUE", *_OE_ID),
    ),
    Q(
        "latest year-on-year growth for the us?",
        _about(lambda d: float(_oe_area(d, "USA", "GY").iloc[-1]), rel=0.001),
        ("OBS_VALUE", "OBS_STATUS", *_OE_ID),
    ),
    Q(
        "which country grew fastest on average per quarter over the whole period",
        either(
            _lead(_named(lambda d: _top(_oe(d).groupby("REF_AREA")["OBS_VALUE"].mean()))),
            _lead(_named(lambda d: _top(_oe(d, "GY").groupby("REF_AREA")["OBS_VALUE"].mean()))),
        ),
        ("OBS_VALUE", *_OE_ID),
    ),
    Q(
        "how closely do us and canada quarterly growth move together",
        _corr(lambda d: _oe_area(d, "USA"), lambda d: _oe_area(d, "CAN")),
        ("OBS_VALUE", *_OE_ID),
    ),
]


# --- 7. EPA AQS annual concentration by monitor --------------------------------------------------------------------

_EPA_SITES = [
    ("06", "California", "037", "Los Angeles", "Los Angeles", "Los Angeles-Long Beach-Anaheim, CA", 34.06, -118.23),
    ("06", "California", "037", "Los Angeles", "Pasadena", "Los Angeles-Long Beach-Anaheim, CA", 34.13, -118.13),
    ("06", "California", "019", "Fresno", "Fresno", "Fresno, CA", 36.78, -119.77),
    ("06", "California", "073", "San Diego", "El Cajon", "San Diego-Chula Vista-Carlsbad, CA", 32.79, -116.94),
    ("04", "Arizona", "013", "Maricopa", "Phoenix", "Phoenix-Mesa-Chandler, AZ", 33.50, -112.10),
    ("04", "Arizona", "013", "Maricopa", "Mesa", "Phoenix-Mesa-Chandler, AZ", 33.41, -111.83),
    ("48", "Texas", "201", "Harris", "Houston", "Houston-The Woodlands-Sugar Land, TX", 29.76, -95.37),
    ("48", "Texas", "113", "Dallas", "Dallas", "Dallas-Fort Worth-Arlington, TX", 32.78, -96.80),
    ("17", "Illinois", "031", "Cook", "Chicago", "Chicago-Naperville-Elgin, IL-IN-WI", 41.88, -87.63),
    ("17", "Illinois", "031", "Cook", "Not in a city", "Chicago-Naperville-Elgin, IL-IN-WI", 41.97, -87.90),
    ("36", "New York", "005", "Bronx", "New York", "New York-Newark-Jersey City, NY-NJ-PA", 40.84, -73.88),
    ("36", "New York", "001", "Albany", "Albany", "Albany-Schenectady-Troy, NY", 42.65, -73.75),
    ("42", "Pennsylvania", "003", "Allegheny", "Pittsburgh", "Pittsburgh, PA", 40.44, -79.99),
    (
        "42",
        "Pennsylvania",
        "101",
        "Philadelphia",
        "Philadelphia",
        "Philadelphia-Camden-Wilmington, PA-NJ-DE-MD",
        39.95,
        -75.16,
    ),
    ("08", "Colorado", "031", "Denver", "Denver", "Denver-Aurora-Lakewood, CO", 39.74, -104.99),
    ("53", "Washington", "033", "King", "Seattle", "Seattle-Tacoma-Bellevue, WA", 47.61, -122.33),
    ("13", "Georgia", "121", "Fulton", "Atlanta", "Atlanta-Sandy Springs-Alpharetta, GA", 33.75, -84.39),
    ("30", "Montana", "063", "Missoula", "Missoula", "Missoula, MT", 46.87, -113.99),
]
_EPA_PARAMS = {
    "PM2.5 - Local Conditions": (
        88101,
        "24 HOUR",
        "PM25 Annual 2012",
        "Daily Mean",
        "Met One BAM-1020 Mass Monitor w/VSCC - Beta Attenuation",
        "Micrograms/cubic meter (LC)",
        8.0,
    ),
    "Ozone": (
        44201,
        "8-HR RUN AVG BEGIN HOUR",
        "Ozone 8-hour 2015",
        "Daily maximum of 8-hour running average",
        "INSTRUMENTAL - ULTRA VIOLET ABSORPTION",
        "Parts per million",
        0.042,
    ),
    "Nitrogen dioxide (NO2)": (
        42602,
        "1 HOUR",
        "NO2 1-hour 2010",
        "Observed values",
        "Instrumental - Chemiluminescence",
        "Parts per billion",
        12.0,
    ),
    "Carbon monoxide": (
        42101,
        "1 HOUR",
        "CO 1-hour 1971",
        "Observed Values",
        "INSTRUMENTAL - NONDISPERSIVE INFRARED",
        "Parts per million",
        0.3,
    ),
}
_EPA_SITE_WORDS = ["Central", "North", "Airport", "South", "East", "West"]
_EPA_DIRTY = {"Fresno": 1.5, "Los Angeles": 1.35, "Phoenix": 1.2, "Houston": 1.15, "Missoula": 1.1}


def _epa_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18207)
    rows = []
    for state_code, state, county_code, county, city, cbsa, lat, lon in _EPA_SITES:
        for site_num in range(int(rng.integers(3, 7))):
            site = f"{int(rng.integers(1, 9999)):04d}"
            la, lo = round(lat + rng.normal(0, 0.05), 6), round(lon + rng.normal(0, 0.05), 6)
            name = f"{city if city != 'Not in a city' else county} {_EPA_SITE_WORDS[site_num]}"
            for param, (code, dur, std, metric, method, units, base) in _EPA_PARAMS.items():
                if rng.random() < (0.2 if param != "PM2.5 - Local Conditions" else 0.05):
                    continue
                pocs = [1, 3] if param == "PM2.5 - Local Conditions" and rng.random() < 0.3 else [1]
                for poc in pocs:
                    mean = base * _EPA_DIRTY.get(city, 1.0) * rng.uniform(0.75, 1.25)
                    wildfire = param in ("PM2.5 - Local Conditions", "Ozone") and state in (
                        "California",
                        "Washington",
                        "Montana",
                        "New York",
                    )
                    events = ["No Events", "Events Included", "Events Excluded"] if wildfire else ["No Events"]
                    required = 365 if dur != "24 HOUR" else 122
                    valid = int(min(required, rng.integers(int(required * 0.55), required + 40)))
                    for ev in events:
                        m = mean * (1.12 if ev == "Events Included" else 1.0)
                        digits = 6 if units == "Parts per million" else 3
                        obs = valid * (24 if dur == "1 HOUR" else 1)
                        rows.append(
                            {
                                "State Code": state_code,
                                "County Code": county_code,
                                "Site Num": site,
                                "Parameter Code": code,
                                "POC": poc,
                                "Latitude": la,
                                "Longitude": lo,
                                "Datum": "WGS84",
                                "Parameter Name": param,
                                "Sample Duration": dur,
                                "Pollutant Standard": std,
                                "Metric Used": metric,
                                "Method Name": method,
                                "Year": 2023,
                                "Units of Measure": units,
                                "Event Type": ev,
                                "Observation Count": obs,
                                "Observation Percent": round(100 * valid / required),
                                "Completeness Indicator": "Y" if valid >= 0.75 * required else "N",
                                "Valid Day Count": valid,
                                "Required Day Count": required,
                                "Primary Exceedance Count": None
                                if param == "PM2.5 - Local Conditions"
                                else int(rng.poisson(4 if param == "Ozone" and m > 0.045 else 0.2)),
                                "Arithmetic Mean": round(m, digits),
                                "Arithmetic Standard Dev": round(m * rng.uniform(0.3, 0.7), digits),
                                "1st Max Value": round(m * rng.uniform(2.5, 5.0), digits),
                                "1st Max DateTime": (
                                    pd.Timestamp("2023-01-01") + pd.Timedelta(days=int(rng.integers(365)))
                                ).strftime("%Y-%m-%d 00:00"),
                                "99th Percentile": round(m * rng.uniform(2.0, 3.0), digits),
                                "Local Site Name": name,
                                "State Name": state,
                                "County Name": county,
                                "City Name": city,
                                "CBSA Name": cbsa,
                            }
                        )
    return pd.DataFrame(rows)


def _epa_pm(d: pd.DataFrame, events: tuple[str, ...] = ("No Events",)) -> pd.DataFrame:
    keep = (_text(d["Parameter Name"]) == "PM2.5 - Local Conditions") & _text(d["Event Type"]).isin(events)
    return d[keep]


_EPA_ID = ("State Code", "County Code", "Site Num", "POC", "Parameter Code", "Event Type", "Local Site Name")
_EPA_PM_VIEWS = (("No Events",), ("Events Included",), ("No Events", "Events Included", "Events Excluded"))
_EPA_QS = [
    Q(
        "which state has the worst pm2.5",
        either(
            *(
                _lead(_named(lambda d, ev=ev: _top(_epa_pm(d, ev).groupby("State Name")["Arithmetic Mean"].mean())))
                for ev in _EPA_PM_VIEWS
            )
        ),
        ("State Name", "Arithmetic Mean", "Parameter Name", "Units of Measure", *_EPA_ID),
    ),
    Q(
        "how many pm2.5 monitors averaged over 9",
        either(
            *(
                _count(lambda d, ev=ev: int((_epa_pm(d, ev)["Arithmetic Mean"] > 9).sum()))
                for ev in (("No Events",), ("Events Included",))
            ),
            _count(
                lambda d: int(
                    _epa_pm(d, ("No Events", "Events Included", "Events Excluded"))
                    .loc[lambda x: x["Arithmetic Mean"] > 9, ["State Code", "County Code", "Site Num", "POC"]]
                    .drop_duplicates()
                    .shape[0]
                )
            ),
        ),
        ("Arithmetic Mean", "Parameter Name", *_EPA_ID),
    ),
    Q(
        "what's the average ozone level across all sites",
        either(
            *(
                _small(
                    lambda d, ev=ev: d.loc[
                        (_text(d["Parameter Name"]) == "Ozone") & _text(d["Event Type"]).isin(ev), "Arithmetic Mean"
                    ].mean()
                )
                for ev in _EPA_PM_VIEWS
            )
        ),
        ("Arithmetic Mean", "Parameter Name", "Units of Measure", *_EPA_ID),
    ),
    Q(
        "how many rows fail the completeness check",
        _count(lambda d: int((_text(d["Completeness Indicator"]) == "N").sum())),
        ("Completeness Indicator", "Observation Percent", "Valid Day Count", "Required Day Count", *_EPA_ID),
    ),
    Q(
        "which county has the most monitoring sites",
        either(
            _lead(
                _named(
                    lambda d: _top(
                        d.drop_duplicates(["State Code", "County Code", "Site Num"])["County Name"].value_counts()
                    )
                )
            ),
            _lead(_named(lambda d: _top(d["County Name"].value_counts()))),
        ),
        ("County Name", "State Name", *_EPA_ID),
    ),
    Q(
        "total ozone exceedance days across all monitors, no events only",
        _count(
            lambda d: int(
                d.loc[
                    (_text(d["Parameter Name"]) == "Ozone") & (_text(d["Event Type"]) == "No Events"),
                    "Primary Exceedance Count",
                ].sum()
            )
        ),
        ("Primary Exceedance Count", "Parameter Name", *_EPA_ID),
    ),
]


HELDOUT182: list[Dataset] = [
    Dataset("carb_manager_nutrition_log_export", _carbmanager_frame, _CARBMANAGER_QS),
    Dataset("eufy_smart_scale_weight_export", _eufy_frame, _EUFY_QS),
    Dataset("google_fit_daily_activity_metrics", _googlefit_frame, _GOOGLEFIT_QS),
    Dataset("trainerroad_completed_workouts_export", _trainerroad_frame, _TRAINERROAD_QS),
    Dataset("pittsburgh_311_requests_wprdc", _pittsburgh_frame, _PITTSBURGH_QS),
    Dataset("oecd_sdmx_quarterly_gdp_growth", _oecd_frame, _OECD_QS),
    Dataset("epa_aqs_annual_conc_by_monitor_2023", _epa_frame, _EPA_QS),
]
