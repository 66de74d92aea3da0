"""HELDOUT257: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of exports an analyst is likely to bring along: a WeightWatchers (WW) food
tracking export (one row per food logged, January to April 2024) with Date as "1/15/2024", Meal (Breakfast, Lunch,
Dinner, Snacks), Food ("Greek yogurt, plain, nonfat", "Banana, medium", ...), "Serving Size" as text ("1 cup", "2
slice(s)", blank on a few rows), Points (0 for zero-point foods), "ZeroPoint Food" (Yes/No), "Daily Points Budget"
(repeated on every row of the day), "Weekly Points Used" (running total of the week, repeated), "Activity Points Earned"
and Water (glasses) per day, repeated on every row of the day, and Weight in lb on the first row of a weigh-in day only
(blank otherwise); a Yazio nutrition diary export (one row per day, 2023 to March 2024) with Date as "2023-01-01",
"Calories Goal (kcal)", "Calories Eaten (kcal)", "Calories Burned (kcal)", "Carbs (g)", "Protein (g)", "Fat (g)", "Fiber
(g)", "Sugar (g)", "Water (ml)" (blank some days), Steps, "Weight (kg)" (blank on days not weighed), "Body Fat (%)"
(mostly blank), Mood (Great, Good, Okay, Bad, blank) and Fasting (Yes/No); days the user forgot to log show 0 eaten and
0 for every macro; a Zero fasting app history (one row per fast, September 2022 to August 2024) with Start and End as
"2024-05-02 20:15", "Goal Hours" (13, 16, 18, 20, 24, 36), "Actual Hours" (like 16.42), "Completed Goal" (TRUE/FALSE),
"Fast Type" (Circadian Rhythm TRF, 16:8 TRF, 18:6 TRF, 20:4, OMAD, 36 Hour), "Mood At End" (1-5, blank), Notes (mostly
blank) and "Broken Early Reason" ("Social dinner", "Felt dizzy", ...; blank on completed fasts and on some broken ones);
the last row is a fast still running (End, Actual Hours and Completed Goal blank); a TeslaFi charging log (one row per
charging session, March 2022 to February 2024) with Date as "2023-04-12 18:22", Location ("Home", "Work", "Supercharger
- Gilroy, CA", "Destination - Hilton Garden Inn Monterey", ...), "Charger Type" (Home Wall Connector, Supercharger,
Destination, Mobile Connector, Third-Party DC), "Start SOC (%)", "End SOC (%)", "kWh Added", Duration as "1:42:10", "Max
Power (kW)", "Cost ($)" (0 for free charging), "Cost Per kWh" (blank when nothing was added), "Miles Added (rated)",
Odometer (rising) and "Outside Temp (°F)"; a few sessions were interrupted and added 0 kWh; the USDA Summer Food Service
Program site list for Ohio (one row per meal site per summer, 2019-2023) with Year, "Site Name", Sponsor, County, "Site
Type" (Open, Closed Enrolled, Camp, Mobile Route), "Start Date" and "End Date" as "06/10/2019", "Days Of Operation"
("M-F", "M-Th", "M-Sa"), "Meals Served" ("Breakfast;Lunch", "Lunch;Snack", "Lunch;Supper", ...), "Average Daily
Attendance" ("N/A" on some rows), "Total Meals Served" (blank on some rows) and Rural (Y/N); sites recur across years
under the same name; the USDA SNAP authorized retailer list extract for five states (one row per store) with "Store
Name" in upper case, "Store Type" (Supermarket, Convenience Store, Combination Grocery/Other, Farmers and Markets, Super
Store, Medium Grocery Store, Specialty Store, ...), Address, City (upper case), State, Zip5 (leading zeros lost by
read_csv for NJ), County (upper case), Latitude, Longitude, "Authorization Date" as "MM/DD/YYYY", "End Date" (blank
while still authorized) and "Record Type" (Active, Historical); and a USGS daily values download for five
Maryland/Pennsylvania/DC stream gauges (one row per site per day, water years 2023-2024) with agency_cd ("USGS"),
site_no ("01646500", read back as a number), station_nm ("POTOMAC RIVER NEAR WASH, DC LITTLE FALLS PUMP STA", ...),
datetime (YYYY-MM-DD), discharge_cfs (mean daily, blank on ice-affected and equipment-outage days), discharge_cd ("A",
"A:e", "P", "P:e", "Ice", "Eqp"), gage_height_ft (blank at one site), gage_height_cd and water_temp_c (only at Little
Falls). All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share
from .heldout38 import _month
from .offline_eval import Check, Dataset, Q, both, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

_BIG = (1e3, 1e6)


def _text(df: pd.DataFrame, col: str) -> pd.Series:
    return df[col].astype("string").fillna("").str.strip()


def _num(df: pd.DataFrame, col: str) -> pd.Series:
    """A column as numbers ("$", "%", commas, "N/A" and blanks handled)."""
    text = df[col].astype("string").str.replace(r"[$,%+\s]", "", regex=True)
    return pd.to_numeric(text, errors="coerce")


def _top(scores: pd.Series, lowest: bool = False) -> str:
    """The label with the highest (or lowest) score (ties: first in label order)."""
    s = scores.sort_index(kind="stable")
    return str(s.idxmin() if lowest else s.idxmax())


def _amount(value: Callable[[pd.DataFrame], Any]) -> Check:
    return _scaled(value, _BIG, rel=0.005)


def _typical(values: Callable[[pd.DataFrame], pd.Series], rel: float = 0.01) -> Check:
    """Mean or median of a series computed from the frame."""
    return either(
        _about(lambda df: float(values(df).mean()), rel=rel),
        _about(lambda df: float(values(df).median()), rel=rel),
    )


def _named_any(values: Callable[[pd.DataFrame], list[str]]) -> Check:
    """Any one of the labels (the picks of two readings, or a name and its code)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        whys = [_named(lambda _d, v=v: v)(answer, df) for v in values(df)]
        return None if any(w is None for w in whys) else whys[0]

    return check


def _flag(df: pd.DataFrame, col: str, yes: str) -> pd.Series:
    return _text(df, col).str.upper() == yes.upper()


# --- 1. WeightWatchers food log ------------------------------------------------------------------------------------

# food: meal weights (B, L, D, S), serving sizes, points per serving, zero-point
_WW_FOODS: dict[str, tuple[tuple[float, float, float, float], list[str], tuple[int, int], bool]] = {
    "Greek yogurt, plain, nonfat": ((8, 2, 0, 4), ["1 cup", "3/4 cup", "1 container(s)"], (0, 0), True),
    "Banana, medium": ((7, 1, 0, 5), ["1 item(s)"], (0, 0), True),
    "Strawberries": ((3, 1, 0, 4), ["1 cup", "8 item(s)"], (0, 0), True),
    "Egg, hard boiled": ((6, 2, 0, 2), ["2 item(s)", "1 item(s)"], (0, 0), True),
    "Chicken breast, grilled, skinless": ((0, 6, 6, 0), ["4 oz", "6 oz"], (0, 0), True),
    "Mixed greens salad": ((0, 6, 4, 0), ["2 cup(s)", "3 cup(s)"], (0, 0), True),
    "Apple, medium": ((1, 2, 0, 6), ["1 item(s)"], (0, 0), True),
    "Black beans, canned": ((0, 3, 3, 0), ["1/2 cup"], (0, 0), True),
    "Whole wheat bread": ((5, 5, 1, 1), ["2 slice(s)", "1 slice(s)"], (2, 5), False),
    "Oatmeal, cooked": ((8, 0, 0, 0), ["1 cup", "1/2 cup"], (3, 5), False),
    "Coffee with 2% milk": ((9, 1, 0, 2), ["12 fl oz", "8 fl oz"], (1, 2), False),
    "Turkey sandwich": ((0, 6, 0, 0), ["1 sandwich(es)"], (7, 10), False),
    "Spaghetti with marinara": ((0, 0, 5, 0), ["1 1/2 cup(s)", "2 cup(s)"], (10, 15), False),
    "Pizza, cheese": ((0, 1, 4, 0), ["2 slice(s)", "1 slice(s)"], (8, 16), False),
    "Salmon, baked": ((0, 0, 4, 0), ["5 oz", "6 oz"], (0, 0), True),
    "Brown rice, cooked": ((0, 2, 5, 0), ["1 cup", "1/2 cup"], (3, 6), False),
    "Dark chocolate": ((0, 0, 0, 4), ["1 oz", "2 square(s)"], (4, 6), False),
    "Almonds": ((0, 0, 0, 4), ["1 oz", "23 item(s)"], (4, 5), False),
    "Red wine": ((0, 0, 3, 1), ["5 fl oz"], (4, 4), False),
    "Potato chips": ((0, 1, 0, 3), ["1 oz", "1 bag(s)"], (4, 7), False),
    "Burrito bowl": ((0, 3, 3, 0), ["1 bowl(s)"], (12, 18), False),
}
_WW_MEALS = ["Breakfast", "Lunch", "Dinner", "Snacks"]


def _ww_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25701)
    rows: list[dict[str, Any]] = []
    names = list(_WW_FOODS)
    weight = 212.4
    weekly = 0
    for day in pd.date_range("2024-01-01", "2024-04-30", freq="D"):
        if day.day_of_week == 0:
            weekly = 0
        budget = 23 if day < pd.Timestamp("2024-03-01") else 21
        activity = int(_one(rng, [0, 0, 2, 3, 4, 6, 8], [5, 3, 3, 3, 2, 1, 1]))
        water = int(rng.integers(3, 11))
        weighed = day.day_of_week == 5 or (day.day_of_week == 2 and rng.random() < 0.3)
        if weighed:
            weight += float(rng.normal(-0.45, 0.8))
        day_rows: list[dict[str, Any]] = []
        weekend = day.day_of_week >= 5
        for meal_i, meal in enumerate(_WW_MEALS):
            k = int(rng.integers(1, 4)) if meal != "Snacks" else int(rng.integers(0, 3 + int(weekend)))
            w = np.array([_WW_FOODS[n][0][meal_i] for n in names], dtype=float)
            for i in rng.choice(len(names), size=k, replace=False, p=w / w.sum()):
                name = names[int(i)]
                _w, sizes, (lo, hi), zero = _WW_FOODS[name]
                pts = 0 if zero else int(rng.integers(lo, hi + 1)) + int(weekend and meal == "Dinner")
                size = "" if rng.random() < 0.03 else _one(rng, sizes)
                day_rows.append(
                    {
                        "Date": f"{day.month}/{day.day}/{day.year}",
                        "Meal": meal,
                        "Food": name,
                        "Serving Size": size,
                        "Points": pts,
                        "ZeroPoint Food": "Yes" if zero else "No",
                    }
                )
        total = sum(r["Points"] for r in day_rows)
        weekly += max(0, total - budget)
        for j, r in enumerate(day_rows):
            r["Daily Points Budget"] = budget
            r["Weekly Points Used"] = weekly
            r["Activity Points Earned"] = activity
            r["Water"] = water
            r["Weight"] = round(weight, 1) if (weighed and j == 0) else None
            rows.append(r)
    return pd.DataFrame(rows)


def _ww_dates(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Date"), format="%m/%d/%Y")


def _ww_daily(df: pd.DataFrame) -> pd.DataFrame:
    d = df.assign(_day=_ww_dates(df), _pts=_num(df, "Points"), _bud=_num(df, "Daily Points Budget"))
    return d.groupby("_day").agg(points=("_pts", "sum"), budget=("_bud", "first"))


def _ww_weights(df: pd.DataFrame) -> pd.Series:
    d = df.assign(_day=_ww_dates(df), _w=_num(df, "Weight")).dropna(subset=["_w"])
    return d.sort_values("_day", kind="stable")["_w"]


_WW_QS = [
    Q(
        "how many points did i eat in total in march",
        _count(lambda df: int(_num(df, "Points")[_ww_dates(df).dt.month == 3].sum())),
        ("Points", "Date"),
    ),
    Q(
        "which meal eats up most of my points",
        _lead(
            _named_any(
                lambda df: [
                    _top(_num(df, "Points").groupby(_text(df, "Meal")).sum()),
                    _top(_num(df, "Points").groupby(_text(df, "Meal")).mean()),
                ]
            )
        ),
        ("Points", "Meal"),
    ),
    Q(
        "on average how many points do i use per day",
        _typical(lambda df: _ww_daily(df)["points"]),
        ("Points", "Date"),
    ),
    Q(
        "how many days did i go over my daily budget",
        _count(lambda df: int((_ww_daily(df)["points"] > _ww_daily(df)["budget"]).sum())),
        ("Points", "Daily Points Budget", "Date"),
    ),
    Q(
        "whats the zero point food i log most",
        _lead(_named(lambda df: _top(_text(df, "Food")[_flag(df, "ZeroPoint Food", "Yes")].value_counts()))),
        ("Food", "ZeroPoint Food"),
    ),
    Q(
        "how much weight have i lost between my first and last weigh in",
        _about(lambda df: abs(float(_ww_weights(df).iloc[0] - _ww_weights(df).iloc[-1])), rel=0.01),
        ("Weight", "Date"),
    ),
]


# --- 2. Yazio diary ------------------------------------------------------------------------------------------------


def _yazio_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25702)
    rows: list[dict[str, Any]] = []
    weight, fat = 88.6, 27.5
    for day in pd.date_range("2023-01-01", "2024-03-31", freq="D"):
        goal = 2100 if day < pd.Timestamp("2023-07-01") else 1950
        summer = day.month in (5, 6, 7, 8, 9)
        steps = int(max(800, rng.normal(9800 if summer else 7200, 2600)))
        if day.month == 7:
            steps += 1500
        burned = round(steps * 0.04 + float(rng.normal(120, 90))) if rng.random() < 0.7 else int(steps * 0.035)
        burned = max(0, burned)
        mood = _one(rng, ["Great", "Good", "Okay", "Bad", ""], [18, 34, 22, 9, 17])
        forgot = rng.random() < 0.05
        eaten = int(rng.normal(goal + 60 + (260 if mood == "Bad" else 0) - (90 if mood == "Great" else 0), 330))
        if day.day_of_week >= 5:
            eaten += 180
        fasting = rng.random() < (0.25 if day.day_of_week < 5 else 0.1)
        if fasting:
            eaten -= 250
        if forgot:
            eaten = 0
        carbs = round(eaten * float(rng.uniform(0.38, 0.5)) / 4, 1)
        protein = round(eaten * float(rng.uniform(0.18, 0.27)) / 4, 1)
        fatg = round(max(0.0, eaten - 4 * carbs - 4 * protein) / 9, 1)
        fiber = round(carbs * float(rng.uniform(0.08, 0.16)), 1)
        sugar = round(carbs * float(rng.uniform(0.18, 0.35)), 1)
        water = None if rng.random() < 0.12 else int(rng.integers(6, 14)) * 250
        weighed = rng.random() < 0.45
        weight += float(rng.normal(-0.012 if day < pd.Timestamp("2023-10-01") else 0.004, 0.12))
        fat += float(rng.normal(-0.004, 0.03))
        rows.append(
            {
                "Date": f"{day:%Y-%m-%d}",
                "Calories Goal (kcal)": goal,
                "Calories Eaten (kcal)": eaten,
                "Calories Burned (kcal)": burned,
                "Carbs (g)": carbs,
                "Protein (g)": protein,
                "Fat (g)": fatg,
                "Fiber (g)": fiber,
                "Sugar (g)": sugar,
                "Water (ml)": water,
                "Steps": steps,
                "Weight (kg)": round(weight + float(rng.normal(0, 0.3)), 1) if weighed else None,
                "Body Fat (%)": round(fat, 1) if (weighed and rng.random() < 0.15) else None,
                "Mood": mood,
                "Fasting": "Yes" if fasting else "No",
            }
        )
    return pd.DataFrame(rows)


def _yz_logged(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Calories Eaten (kcal)") > 0


def _yz_months(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Date")).dt.to_period("M")


def _yz_mood_means(logged_only: bool) -> Callable[[pd.DataFrame], list[float]]:
    def values(df: pd.DataFrame) -> list[float]:
        out = []
        for mood in ("Bad", "Great"):
            keep = (_text(df, "Mood") == mood) & (_yz_logged(df) | (not logged_only))
            out.append(float(_num(df, "Calories Eaten (kcal)")[keep].mean()))
        return out

    return values


_YZ_QS = [
    Q(
        "how many days did i eat more than my calorie goal",
        _count(lambda df: int((_num(df, "Calories Eaten (kcal)") > _num(df, "Calories Goal (kcal)")).sum())),
        ("Calories Eaten (kcal)", "Calories Goal (kcal)", "Date"),
    ),
    Q(
        "whats my average protein a day",
        either(
            _about(lambda df: float(_num(df, "Protein (g)").mean())),
            _about(lambda df: float(_num(df, "Protein (g)")[_yz_logged(df)].mean())),
        ),
        ("Protein (g)", "Calories Eaten (kcal)", "Date"),
    ),
    Q(
        "which month did i walk the most",
        _lead(
            either(
                _month(lambda df: _num(df, "Steps").groupby(_yz_months(df)).sum().idxmax().to_timestamp()),
                _month(lambda df: _num(df, "Steps").groupby(_yz_months(df)).mean().idxmax().to_timestamp()),
            )
        ),
        ("Steps", "Date"),
    ),
    Q(
        "do i eat more on bad mood days than on great ones",
        either(_about(_yz_mood_means(False)), _about(_yz_mood_means(True))),
        ("Calories Eaten (kcal)", "Mood"),
    ),
    Q(
        "how many days have no mood filled in",
        _count(lambda df: int((_text(df, "Mood") == "").sum())),
        ("Mood",),
    ),
    Q(
        "is there a correlation between my steps and calories burned",
        _corr(lambda df: _num(df, "Steps"), lambda df: _num(df, "Calories Burned (kcal)")),
        ("Steps", "Calories Burned (kcal)"),
    ),
]


# --- 3. Zero fasting history ---------------------------------------------------------------------------------------

_ZF_TYPES = {13: "Circadian Rhythm TRF", 16: "16:8 TRF", 18: "18:6 TRF", 20: "20:4", 24: "OMAD", 36: "36 Hour"}
_ZF_SUCCESS = {13: 0.95, 16: 0.85, 18: 0.72, 20: 0.6, 24: 0.5, 36: 0.35}
_ZF_REASONS = ["Social dinner", "Felt dizzy", "Hungry", "Headache", "Workout", "Travel", "Couldn't sleep"]
_ZF_NOTES = ["felt great", "easy one", "black coffee helped", "tough afternoon", "drank lots of water", "bad sleep"]


def _zero_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25703)
    rows: list[dict[str, Any]] = []
    day = pd.Timestamp("2022-09-01")
    while day < pd.Timestamp("2024-08-31"):
        goal = int(_one(rng, list(_ZF_TYPES), [10, 45, 18, 10, 9, 3]))
        start = day + pd.Timedelta(hours=int(rng.integers(18, 22)), minutes=int(rng.integers(0, 60)))
        done = rng.random() < _ZF_SUCCESS[goal]
        hours = goal + float(rng.exponential(0.7)) if done else goal * float(rng.uniform(0.45, 0.97))
        end = start + pd.Timedelta(minutes=round(hours * 60))
        actual = round((end - start).total_seconds() / 3600, 2)
        mood = None if rng.random() < 0.2 else int(np.clip(round(rng.normal(2.2 + actual / 12, 0.9)), 1, 5))
        reason = "" if done or rng.random() < 0.25 else _one(rng, _ZF_REASONS, [30, 14, 22, 10, 8, 9, 7])
        rows.append(
            {
                "Start": f"{start:%Y-%m-%d %H:%M}",
                "End": f"{end:%Y-%m-%d %H:%M}",
                "Goal Hours": goal,
                "Actual Hours": actual,
                "Completed Goal": "TRUE" if actual >= goal else "FALSE",
                "Fast Type": _ZF_TYPES[goal],
                "Mood At End": mood,
                "Notes": _one(rng, _ZF_NOTES) if rng.random() < 0.12 else "",
                "Broken Early Reason": reason,
            }
        )
        day = end.normalize() + pd.Timedelta(days=int(_one(rng, [0, 1, 2, 3], [3, 5, 2, 1])))
    last = pd.Timestamp("2024-08-31 20:05")
    rows.append(
        {
            "Start": f"{last:%Y-%m-%d %H:%M}",
            "End": "",
            "Goal Hours": 16,
            "Actual Hours": None,
            "Completed Goal": "",
            "Fast Type": _ZF_TYPES[16],
            "Mood At End": None,
            "Notes": "",
            "Broken Early Reason": "",
        }
    )
    return pd.DataFrame(rows)


def _zf_done(df: pd.DataFrame) -> pd.Series:
    return _flag(df, "Completed Goal", "TRUE")


def _zf_ended(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Actual Hours").notna()


def _zf_worst(df: pd.DataFrame) -> list[str]:
    d = df[_zf_ended(df)]
    kind, done = _text(d, "Fast Type"), _zf_done(d)
    return [_top((~done).groupby(kind).sum()), _top(done.groupby(kind).mean(), lowest=True)]


_ZF_QS = [
    Q(
        "what percent of my fasts did i actually complete",
        either(
            _share(lambda df: float(_zf_done(df).mean())),
            _share(lambda df: float(_zf_done(df)[_zf_ended(df)].mean())),
        ),
        ("Completed Goal",),
    ),
    Q(
        "which type of fast do i fail at most",
        _lead(_named_any(_zf_worst)),
        ("Fast Type", "Completed Goal"),
    ),
    Q(
        "longest fast ive done?",
        _about(lambda df: float(_num(df, "Actual Hours").max())),
        ("Actual Hours",),
    ),
    Q(
        "how long do my 16:8 fasts usually last",
        _typical(lambda df: _num(df, "Actual Hours")[_text(df, "Fast Type") == "16:8 TRF"].dropna()),
        ("Actual Hours", "Fast Type"),
    ),
    Q(
        "whats the most common reason i break early",
        _lead(_named(lambda df: _top(_text(df, "Broken Early Reason").replace("", pd.NA).dropna().value_counts()))),
        ("Broken Early Reason",),
    ),
    Q(
        "is my mood better after longer fasts",
        _corr(lambda df: _num(df, "Actual Hours"), lambda df: _num(df, "Mood At End")),
        ("Actual Hours", "Mood At End"),
    ),
]


# --- 4. TeslaFi charging log ---------------------------------------------------------------------------------------

_TF_SUPERCHARGERS = [
    "Supercharger - Gilroy, CA",
    "Supercharger - Kettleman City, CA",
    "Supercharger - Mountain View, CA",
    "Supercharger - Harris Ranch, CA",
    "Supercharger - Tracy, CA",
]
_TF_DEST = ["Destination - Hilton Garden Inn Monterey", "Destination - Tahoe Marriott", "Destination - Safeway"]
_TF_THIRD = ["EVgo - San Jose, CA", "Electrify America - Fremont, CA"]


def _hms(hours: float) -> str:
    s = round(hours * 3600)
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"


def _teslafi_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25704)
    rows: list[dict[str, Any]] = []
    odo = 18342.0
    soc = 60.0
    t = pd.Timestamp("2022-03-01 07:00")
    while t < pd.Timestamp("2024-02-28"):
        t += pd.Timedelta(hours=float(rng.uniform(14, 50)))
        kind = _one(
            rng,
            ["Home Wall Connector", "Supercharger", "Destination", "Mobile Connector", "Third-Party DC", "Work"],
            [55, 14, 5, 4, 4, 12],
        )
        month = t.month
        temp = round(float(58 + 14 * np.sin((month - 4.5) / 12 * 2 * np.pi) + rng.normal(0, 7)))
        eff = 3.6 + 0.018 * (temp - 55) + float(rng.normal(0, 0.15))
        used = (
            float(rng.uniform(8, 40)) if kind not in ("Supercharger", "Third-Party DC") else float(rng.uniform(40, 65))
        )
        start = max(5.0, soc - used)
        odo += used / 100 * 75 * eff
        if kind in ("Supercharger", "Third-Party DC"):
            end = min(95.0, start + float(rng.uniform(35, 70)))
        else:
            end = float(_one(rng, [80, 85, 90], [5, 3, 2]))
        end = max(end, start + 1)
        kwh = round((end - start) / 100 * 75 * float(rng.uniform(1.03, 1.1)), 2)
        charger = "Destination" if kind == "Work" else kind
        loc = {
            "Home Wall Connector": "Home",
            "Mobile Connector": "Home",
            "Work": "Work",
            "Supercharger": _one(rng, _TF_SUPERCHARGERS, [5, 2, 3, 1, 2]),
            "Destination": _one(rng, _TF_DEST),
            "Third-Party DC": _one(rng, _TF_THIRD),
        }[kind]
        power = {
            "Home Wall Connector": 11.5,
            "Mobile Connector": 7.6,
            "Destination": 11.0,
            "Work": 7.2,
            "Supercharger": float(rng.uniform(90, 250)),
            "Third-Party DC": float(rng.uniform(50, 150)),
        }[kind]
        hours = kwh / (power * (0.55 if power > 40 else 0.95))
        if rng.random() < 0.02:
            kwh, end, hours = 0.0, start, float(rng.uniform(0.01, 0.05))
        rate = {
            "Home Wall Connector": 0.142,
            "Mobile Connector": 0.142,
            "Destination": 0.0,
            "Work": 0.0,
            "Supercharger": float(rng.uniform(0.36, 0.52)),
            "Third-Party DC": float(rng.uniform(0.43, 0.56)),
        }[kind]
        cost = round(kwh * rate, 2)
        rows.append(
            {
                "Date": f"{t:%Y-%m-%d %H:%M}",
                "Location": loc,
                "Charger Type": charger,
                "Start SOC (%)": round(start),
                "End SOC (%)": round(end),
                "kWh Added": kwh,
                "Duration": _hms(hours),
                "Max Power (kW)": round(power, 1),
                "Cost ($)": cost,
                "Cost Per kWh": round(cost / kwh, 3) if kwh > 0 else None,
                "Miles Added (rated)": round(kwh * eff * 0.93, 1),
                "Odometer": round(odo, 1),
                "Outside Temp (°F)": temp,
            }
        )
        soc = end
        t += pd.Timedelta(hours=hours)
    return pd.DataFrame(rows)


def _tf_sc(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Charger Type") == "Supercharger"]


def _tf_rate(df: pd.DataFrame) -> pd.Series:
    d = df[_num(df, "kWh Added") > 0]
    return _num(d, "Miles Added (rated)") / _num(d, "kWh Added")


_TF_QS = [
    Q(
        "how much have i spent on charging altogether",
        _amount(lambda df: float(_num(df, "Cost ($)").sum())),
        ("Cost ($)",),
    ),
    Q(
        "what do superchargers cost me per kwh",
        either(
            _about(lambda df: float(_num(_tf_sc(df), "Cost ($)").sum() / _num(_tf_sc(df), "kWh Added").sum())),
            _about(lambda df: float(_num(_tf_sc(df), "Cost Per kWh").mean())),
            _about(lambda df: float(_num(_tf_sc(df), "Cost Per kWh").median())),
        ),
        ("Cost ($)", "kWh Added", "Cost Per kWh", "Charger Type"),
    ),
    Q(
        "how many sessions were free",
        either(
            _count(lambda df: int((_num(df, "Cost ($)") == 0).sum())),
            _count(lambda df: int(((_num(df, "Cost ($)") == 0) & (_num(df, "kWh Added") > 0)).sum())),
        ),
        ("Cost ($)", "kWh Added"),
    ),
    Q(
        "which month was my charging bill highest",
        _lead(
            _month_year(
                lambda df: (
                    _num(df, "Cost ($)")
                    .groupby(pd.to_datetime(_text(df, "Date")).dt.to_period("M"))
                    .sum()
                    .idxmax()
                    .to_timestamp()
                )
            )
        ),
        ("Cost ($)", "Date"),
    ),
    Q(
        "do i get fewer miles per kwh when its cold out",
        _corr(
            lambda df: _num(df[_num(df, "kWh Added") > 0], "Outside Temp (°F)"),
            _tf_rate,
        ),
        ("Outside Temp (°F)", "Miles Added (rated)", "kWh Added"),
    ),
    Q(
        "how many miles has the car done over this whole log",
        _count(lambda df: float(_num(df, "Odometer").max() - _num(df, "Odometer").min())),
        ("Odometer", "Date"),
    ),
]


# --- 5. USDA Summer Food Service Program sites (Ohio) --------------------------------------------------------------

_SF_COUNTIES = {
    "Franklin": 0.0,
    "Cuyahoga": 0.0,
    "Hamilton": 0.0,
    "Montgomery": 0.05,
    "Lucas": 0.05,
    "Summit": 0.1,
    "Athens": 0.8,
    "Scioto": 0.75,
    "Adams": 0.95,
    "Meigs": 0.95,
}
_SF_SPONSORS = {
    "Children's Hunger Alliance": 30,
    "Columbus City Schools": 14,
    "Cleveland Metropolitan School District": 12,
    "YMCA of Greater Cincinnati": 8,
    "Mid-Ohio Food Collective": 10,
    "Boys & Girls Clubs of Northwest Ohio": 6,
    "Southeast Ohio Foodbank": 7,
    "Akron Public Schools": 6,
}
_SF_PLACES = ["Elementary", "Park", "Library", "Recreation Center", "Church", "Apartments", "Community Center"]
_SF_STEMS = ["Lincoln", "Washington", "Oak", "Maple", "Riverside", "Hilltop", "Eastgate", "Linden", "Glenwood"]
_SF_STEMS += ["Northland", "Westside", "Hope", "Grace", "Main Street", "Cedar"]
_SF_MEALS = {
    "Breakfast;Lunch": 40,
    "Lunch": 18,
    "Lunch;Snack": 20,
    "Breakfast;Lunch;Snack": 8,
    "Lunch;Supper": 6,
    "Snack;Supper": 5,
    "Breakfast": 3,
}


def _sfsp_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25705)
    counties = list(_SF_COUNTIES)
    sites: list[tuple[str, str, str, str, str]] = []
    used: set[str] = set()
    while len(sites) < 420:
        county = _one(rng, counties, [20, 18, 14, 8, 8, 7, 4, 4, 3, 3])
        place = _one(rng, _SF_PLACES)
        name = f"{_one(rng, _SF_STEMS)} {place}"
        name = f"{name} - {county}" if name in used else name
        if name in used:
            continue
        used.add(name)
        sponsor = _one(rng, list(_SF_SPONSORS), list(_SF_SPONSORS.values()))
        stype = _one(rng, ["Open", "Closed Enrolled", "Camp", "Mobile Route"], [60, 18, 15, 7])
        rural = "Y" if rng.random() < _SF_COUNTIES[county] else "N"
        sites.append((name, sponsor, county, stype, rural))
    rows: list[dict[str, Any]] = []
    for year in range(2019, 2024):
        n_active = {2019: 0.62, 2020: 0.72, 2021: 0.8, 2022: 0.66, 2023: 0.7}[year]
        for name, sponsor, county, stype, rural in sites:
            if rng.random() > n_active:
                continue
            start = pd.Timestamp(year, 6, 1) + pd.Timedelta(days=int(rng.integers(0, 21)))
            end = start + pd.Timedelta(days=int(rng.integers(28, 70)))
            days = _one(rng, ["M-F", "M-Th", "M-Sa"], [70, 22, 8])
            meals = _one(rng, list(_SF_MEALS), list(_SF_MEALS.values()))
            per_week = {"M-F": 5, "M-Th": 4, "M-Sa": 6}[days]
            op_days = int((end - start).days / 7 * per_week)
            base = {"Open": 55, "Closed Enrolled": 45, "Camp": 80, "Mobile Route": 35}[stype]
            ada = max(5, int(rng.gamma(3, base / 3) * (1.25 if year in (2020, 2021) else 1)))
            total = ada * op_days * (meals.count(";") + 1)
            rows.append(
                {
                    "Year": year,
                    "Site Name": name,
                    "Sponsor": sponsor,
                    "County": county,
                    "Site Type": stype,
                    "Start Date": f"{start:%m/%d/%Y}",
                    "End Date": f"{end:%m/%d/%Y}",
                    "Days Of Operation": days,
                    "Meals Served": meals,
                    "Average Daily Attendance": "N/A" if rng.random() < 0.04 else str(ada),
                    "Total Meals Served": None if rng.random() < 0.05 else total,
                    "Rural": rural,
                }
            )
    return pd.DataFrame(rows)


def _sf_year_counts(distinct: bool) -> Callable[[pd.DataFrame], list[int]]:
    def values(df: pd.DataFrame) -> list[int]:
        g = _text(df, "Site Name").groupby(_num(df, "Year"))
        return [int(v) for v in (g.nunique() if distinct else g.size()).sort_index()]

    return values


def _sf_supper(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Meals Served").str.contains("supper", case=False)


def _sf_ada_means(df: pd.DataFrame) -> list[float]:
    ada = _num(df, "Average Daily Attendance")
    return [float(ada[_text(df, "Site Type") == t].mean()) for t in ("Camp", "Open")]


_SF_QS = [
    Q(
        "how many meal sites were there each year",
        either(_count(_sf_year_counts(False)), _count(_sf_year_counts(True))),
        ("Year", "Site Name"),
    ),
    Q(
        "which county served the most meals in 2023",
        _lead(
            _named(
                lambda df: _top(
                    _num(df, "Total Meals Served")[_num(df, "Year") == 2023].groupby(_text(df, "County")).sum()
                )
            )
        ),
        ("County", "Total Meals Served", "Year"),
    ),
    Q(
        "what share of sites are rural",
        either(
            _share(lambda df: float(_flag(df, "Rural", "Y").mean())),
            _share(lambda df: float(_flag(df, "Rural", "Y").groupby(_text(df, "Site Name")).max().mean())),
        ),
        ("Rural", "Site Name"),
    ),
    Q(
        "how many of them serve supper",
        either(
            _count(lambda df: int(_sf_supper(df).sum())),
            _count(lambda df: int(_text(df, "Site Name")[_sf_supper(df)].nunique())),
            _count(lambda df: int((_sf_supper(df) & _flag(df, "Rural", "Y")).sum())),
        ),
        ("Meals Served", "Site Name", "Rural"),
    ),
    Q(
        "average daily attendance at camps compared with open sites",
        _about(_sf_ada_means),
        ("Average Daily Attendance", "Site Type"),
    ),
    Q(
        "which sponsor runs the most sites",
        _lead(
            _named_any(
                lambda df: [
                    _top(_text(df, "Sponsor").value_counts()),
                    _top(_text(df, "Site Name").groupby(_text(df, "Sponsor")).nunique()),
                ]
            )
        ),
        ("Sponsor", "Site Name"),
    ),
]


# --- 6. SNAP authorized retailers ----------------------------------------------------------------------------------

_SN_STATES = {
    "OH": (
        ["COLUMBUS", "CLEVELAND", "CINCINNATI", "TOLEDO", "ATHENS", "PORTSMOUTH"],
        ["FRANKLIN", "CUYAHOGA", "HAMILTON", "LUCAS", "ATHENS", "SCIOTO"],
        43000,
        (40.0, -82.9),
        34,
    ),
    "PA": (
        ["PHILADELPHIA", "PITTSBURGH", "ALLENTOWN", "ERIE", "LANCASTER"],
        ["PHILADELPHIA", "ALLEGHENY", "LEHIGH", "ERIE", "LANCASTER"],
        15000,
        (40.4, -77.5),
        28,
    ),
    "NJ": (
        ["NEWARK", "JERSEY CITY", "PATERSON", "TRENTON", "CAMDEN"],
        ["ESSEX", "HUDSON", "PASSAIC", "MERCER", "CAMDEN"],
        7000,
        (40.5, -74.4),
        18,
    ),
    "KY": (
        ["LOUISVILLE", "LEXINGTON", "BOWLING GREEN", "HAZARD"],
        ["JEFFERSON", "FAYETTE", "WARREN", "PERRY"],
        40000,
        (37.8, -85.3),
        12,
    ),
    "WV": (
        ["CHARLESTON", "HUNTINGTON", "MORGANTOWN", "BECKLEY"],
        ["KANAWHA", "CABELL", "MONONGALIA", "RALEIGH"],
        25000,
        (38.6, -80.6),
        8,
    ),
}
_SN_TYPES = {
    "Convenience Store": 38,
    "Combination Grocery/Other": 18,
    "Supermarket": 9,
    "Super Store": 6,
    "Medium Grocery Store": 5,
    "Small Grocery Store": 6,
    "Specialty Store": 5,
    "Farmers and Markets": 6,
    "Meat/Poultry Specialty": 2,
    "Bakery Specialty": 1,
}
_SN_NAMES = {
    "Convenience Store": ["SPEEDWAY", "CIRCLE K", "SHEETZ", "WAWA", "7-ELEVEN", "SUNOCO A-PLUS", "CITGO FOOD MART"],
    "Combination Grocery/Other": ["DOLLAR GENERAL", "FAMILY DOLLAR", "CVS PHARMACY", "WALGREENS", "DOLLAR TREE"],
    "Supermarket": ["KROGER", "GIANT EAGLE", "SHOPRITE", "ALDI", "SAVE A LOT", "FOOD LION"],
    "Super Store": ["WALMART SUPERCENTER", "MEIJER", "TARGET"],
    "Medium Grocery Store": ["IGA", "SHOP N SAVE", "FOODLAND"],
    "Small Grocery Store": ["LA PLACITA MARKET", "CORNER GROCERY", "HALAL MARKET"],
    "Specialty Store": ["GNC", "HEALTH FOOD STORE", "SPICE MARKET"],
    "Farmers and Markets": ["FARMERS MARKET", "FARM STAND", "PRODUCE AUCTION", "COMMUNITY MARKET"],
    "Meat/Poultry Specialty": ["MEAT MARKET", "BUTCHER SHOP"],
    "Bakery Specialty": ["BAKERY"],
}
_SN_STREETS = ["MAIN ST", "HIGH ST", "BROAD ST", "MARKET ST", "BROADWAY", "2ND AVE", "ELM ST", "STATE ROUTE 7"]


def _snap_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25706)
    rows: list[dict[str, Any]] = []
    states = list(_SN_STATES)
    types = list(_SN_TYPES)
    for _ in range(3200):
        st = _one(rng, states, [_SN_STATES[s][4] for s in states])
        cities, counties, zip0, (lat0, lon0), _w = _SN_STATES[st]
        ci = int(rng.integers(len(cities)))
        kind = _one(rng, types, list(_SN_TYPES.values()))
        if kind == "Farmers and Markets" and st == "OH" and rng.random() < 0.5:
            ci = 4
        chain = _one(rng, _SN_NAMES[kind])
        name = chain if rng.random() < 0.6 else f"{chain} #{int(rng.integers(100, 9999))}"
        year = int(_one(rng, list(range(2005, 2025)), [1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 5, 4, 5, 6, 5]))
        auth = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
        gone = rng.random() < (0.5 if kind in ("Convenience Store", "Farmers and Markets") else 0.3)
        end = ""
        if gone:
            end_t = auth + pd.Timedelta(days=int(rng.integers(200, 4000)))
            if end_t < pd.Timestamp("2024-12-31"):
                end = f"{end_t:%m/%d/%Y}"
        rows.append(
            {
                "Store Name": name,
                "Store Type": kind,
                "Address": f"{int(rng.integers(10, 9999))} {_one(rng, _SN_STREETS)}",
                "City": cities[ci],
                "State": st,
                "Zip5": f"{zip0 + ci * 150 + int(rng.integers(0, 40)):05d}",
                "County": counties[ci],
                "Latitude": round(lat0 + float(rng.normal(0, 0.8)), 6),
                "Longitude": round(lon0 + float(rng.normal(0, 1.0)), 6),
                "Authorization Date": f"{auth:%m/%d/%Y}",
                "End Date": end,
                "Record Type": "Historical" if end else "Active",
            }
        )
    return pd.DataFrame(rows)


def _sn_active(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Record Type") == "Active"]


_SN_QS = [
    Q(
        "how many stores are still authorized",
        _count(lambda df: len(_sn_active(df))),
        ("Record Type", "End Date"),
    ),
    Q(
        "what kind of store is most common among those",
        _lead(_named(lambda df: _top(_text(_sn_active(df), "Store Type").value_counts()))),
        ("Store Type", "Record Type", "End Date"),
    ),
    Q(
        "what % of them are convenience stores",
        _share(lambda df: float((_text(_sn_active(df), "Store Type") == "Convenience Store").mean())),
        ("Store Type", "Record Type", "End Date"),
    ),
    Q(
        "how many stores got authorized in 2022",
        _count(lambda df: int((pd.to_datetime(_text(df, "Authorization Date")).dt.year == 2022).sum())),
        ("Authorization Date",),
    ),
    Q(
        "which year did the most stores drop out of snap",
        _lead(
            _named(
                lambda df: str(
                    pd.to_datetime(_text(df, "End Date").replace("", pd.NA).dropna()).dt.year.value_counts().idxmax()
                )
            )
        ),
        ("End Date", "Record Type"),
    ),
    Q(
        "which county in ohio has the most farmers markets",
        _lead(
            _named_any(
                lambda df: [
                    _top(_text(d, "County").value_counts())
                    for d in (
                        df[(_text(df, "State") == "OH") & (_text(df, "Store Type") == "Farmers and Markets")],
                        _sn_active(df)[
                            (_text(_sn_active(df), "State") == "OH")
                            & (_text(_sn_active(df), "Store Type") == "Farmers and Markets")
                        ],
                    )
                ]
            )
        ),
        ("County", "State", "Store Type", "Record Type"),
    ),
]


# --- 7. USGS daily values ------------------------------------------------------------------------------------------

# site: name, median flow (cfs), gage height at median flow (ft) or None, ice chance in winter
_US_SITES: dict[str, tuple[str, float, float | None, float]] = {
    "01646500": ("POTOMAC RIVER NEAR WASH, DC LITTLE FALLS PUMP STA", 7800.0, 3.6, 0.0),
    "01638500": ("POTOMAC RIVER AT POINT OF ROCKS, MD", 6900.0, 2.4, 0.0),
    "01594440": ("PATUXENT RIVER NEAR BOWIE, MD", 310.0, 4.8, 0.0),
    "01649500": ("NORTHEAST BRANCH ANACOSTIA RIVER AT RIVERDALE, MD", 62.0, None, 0.0),
    "01571500": ("YELLOW BREECHES CREEK NEAR NEW CUMBERLAND, PA", 240.0, 2.1, 0.12),
}


def _usgs_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25707)
    days = pd.date_range("2022-10-01", "2024-09-30", freq="D")
    season = 1 + 0.55 * np.cos((days.dayofyear.to_numpy() - 75) / 365.25 * 2 * np.pi)
    rows: list[dict[str, Any]] = []
    storm = np.zeros(len(days))
    level = 0.0
    for i in range(len(days)):
        level = level * 0.72 + (float(rng.exponential(2.5)) if rng.random() < 0.07 else 0.0)
        storm[i] = level
    for site, (name, med, gh0, ice) in _US_SITES.items():
        local = np.zeros(len(days))
        lv = 0.0
        for i in range(len(days)):
            lv = lv * 0.6 + (float(rng.exponential(1.5)) if rng.random() < 0.04 else 0.0)
            local[i] = lv
        flow = med * season * np.exp(rng.normal(0, 0.12, len(days))) * (1 + storm + 0.6 * local)
        for i, day in enumerate(days):
            q = float(flow[i])
            code = "A" if day < pd.Timestamp("2024-07-01") else "P"
            value: float | None = round(q, 0) if q >= 100 else round(q, 1)
            if ice and day.month in (1, 2) and rng.random() < ice * 3:
                value, code = None, "Ice"
            elif rng.random() < 0.006:
                value, code = None, "Eqp"
            elif rng.random() < 0.03:
                code += ":e"
            gh = None if gh0 is None else round(gh0 + 1.9 * np.log(q / med) + float(rng.normal(0, 0.05)), 2)
            gh_code = "" if gh is None else ("A" if day < pd.Timestamp("2024-07-01") else "P")
            temp = None
            if site == "01646500" and rng.random() > 0.02:
                temp = round(14 - 11 * np.cos((day.dayofyear - 20) / 365.25 * 2 * np.pi) + float(rng.normal(0, 1.0)), 1)
            rows.append(
                {
                    "agency_cd": "USGS",
                    "site_no": site,
                    "station_nm": name,
                    "datetime": f"{day:%Y-%m-%d}",
                    "discharge_cfs": value,
                    "discharge_cd": code,
                    "gage_height_ft": gh,
                    "gage_height_cd": gh_code,
                    "water_temp_c": temp,
                }
            )
    return pd.DataFrame(rows)


def _us_site(df: pd.DataFrame, site: str) -> pd.DataFrame:
    return df[_num(df, "site_no") == int(site)]


def _us_names(df: pd.DataFrame, site: str) -> list[str]:
    return [_US_SITES[site][0], site, site.lstrip("0")]


def _us_top(df: pd.DataFrame) -> list[str]:
    means = _num(df, "discharge_cfs").groupby(_num(df, "site_no")).mean()
    site = f"{int(means.idxmax()):08d}"
    return _us_names(df, site)


def _us_peak_day(df: pd.DataFrame) -> pd.Timestamp:
    d = _us_site(df, "01646500")
    return pd.Timestamp(_text(d, "datetime")[_num(d, "discharge_cfs").idxmax()])


def _us_july_temp(df: pd.DataFrame) -> pd.Series:
    return _num(df, "water_temp_c")[pd.to_datetime(_text(df, "datetime")).dt.month == 7]


_US_QS = [
    Q(
        "which river has the highest average flow",
        _lead(_named_any(_us_top)),
        ("discharge_cfs", "station_nm", "site_no"),
    ),
    Q(
        "whats the highest flow at little falls and what day was it",
        both(
            _about(lambda df: float(_num(_us_site(df, "01646500"), "discharge_cfs").max()), rel=0.002),
            _day(_us_peak_day),
        ),
        ("discharge_cfs", "datetime", "station_nm", "site_no"),
    ),
    Q(
        "how many days are missing a flow value",
        _count(lambda df: int(_num(df, "discharge_cfs").isna().sum())),
        ("discharge_cfs", "datetime"),
    ),
    Q(
        "what share of the flow readings are still provisional",
        either(
            _share(lambda df: float(_text(df, "discharge_cd").str.startswith("P").mean())),
            _share(lambda df: float((_text(df, "discharge_cd") == "P").mean())),
        ),
        ("discharge_cd",),
    ),
    Q(
        "average water temperature in july?",
        _about(lambda df: float(_us_july_temp(df).mean()), rel=0.01),
        ("water_temp_c", "datetime"),
    ),
    Q(
        "is gage height correlated with flow on the patuxent",
        _corr(
            lambda df: _num(_us_site(df, "01594440"), "gage_height_ft"),
            lambda df: _num(_us_site(df, "01594440"), "discharge_cfs"),
        ),
        ("gage_height_ft", "discharge_cfs", "station_nm", "site_no"),
    ),
]


HELDOUT257: list[Dataset] = [
    Dataset("ww_food_log", _ww_frame, _WW_QS),
    Dataset("yazio_nutrition_diary", _yazio_frame, _YZ_QS),
    Dataset("zero_fasting_history", _zero_frame, _ZF_QS),
    Dataset("teslafi_charging_log", _teslafi_frame, _TF_QS),
    Dataset("usda_sfsp_sites_ohio", _sfsp_frame, _SF_QS),
    Dataset("snap_authorized_retailers", _snap_frame, _SN_QS),
    Dataset("usgs_daily_values", _usgs_frame, _US_QS),
]
