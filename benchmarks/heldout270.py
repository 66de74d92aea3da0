"""HELDOUT270: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a Medisafe medication reminder
export for one user (one row per scheduled dose, January to June 2024) with Medication (Lisinopril, Metformin,
Atorvastatin, "Vitamin D3"), Dose as "10 mg", "500 mg" or "1000 IU", "Scheduled Time" as "2024-03-05 08:00"
(Metformin twice a day, 08:00 and 20:00), "Taken Time" in the same format (blank unless taken; a few minutes early
to an hour or more late), Status (Taken, Skipped, Missed) and Reason ("Side effects", "Forgot to refill", "Feeling
fine", "Not home", "Other"; blank unless skipped, and blank on some skips too); a Lose It! food log export (one row
per food entry, January to April 2024, a few days not logged) with Date as "01/15/2024", Name ("Coffee with Milk",
"Turkey Sandwich"), Type (Breakfast, Lunch, Dinner, Snacks), Quantity (0.5 to 2), Units ("Cup", "Each", "Ounce",
"Slice", "Serving"), Calories (whole numbers), "Fat (g)", "Protein (g)", "Carbohydrates (g)", "Saturated Fat (g)",
"Sugars (g)", "Fiber (g)" (one decimal), "Cholesterol (mg)" and "Sodium (mg)" (blank for custom foods and some
entries); the FRA highway-rail grade crossing incident table (Form 57, one row per incident, 2019 to 2023) with
"Report Year", "Incident Number" ("UP0419823"), Date as "01/15/2023", Time as "08:35 PM", "Railroad Code" (UP, BNSF,
CSX, NS, CN, KCS, AMTK), "State Name" and "County Name" in upper case, "Highway User" ("Automobile", "Pick-up
truck", "Truck-trailer", "Pedestrian", ...), "Estimated Vehicle Speed" (mph, blank for pedestrians and unknowns),
"Train Speed" (mph), "Weather Condition", Visibility (Day, Night, Dawn, Dusk), "Crossing Warning Device" (Gates,
Flashing lights, Crossbucks, Stop signs, Other, and "None", which reads back as blank), "Total Killed Form 57" and
"Total Injured Form 57"; a state's recreational boating accident reports in upper-case open-data style (one row per
accident, 2019 to 2023, mostly summer) with CASE_NUMBER as "BA-2021-00457", ACCIDENT_DATE as "07/04/2021",
WATERBODY, COUNTY, VESSEL_TYPE (OPEN MOTORBOAT, PERSONAL WATERCRAFT, PONTOON, CABIN MOTORBOAT, CANOE/KAYAK, SAIL),
PRIMARY_CAUSE (OPERATOR INATTENTION, IMPROPER LOOKOUT, EXCESSIVE SPEED, ...), OPERATOR_AGE (blank when unknown),
ALCOHOL_INVOLVED (Y/N), DEATHS, INJURIES and PROPERTY_DAMAGE as "$12,500"; an avalanche center's observed avalanches
(one row per avalanche, November to April, seasons 2019-20 to 2023-24) with "Observation Date" as "2023-01-14",
"Forecast Zone" ("Stevens Pass", "Mt Hood"), "Elevation Band" (Below Treeline, Near Treeline, Above Treeline),
Aspect (N, NE, ... NW; blank when not seen), "Avalanche Type" (Wind Slab, Storm Slab, Persistent Slab, Wet Slab, Wet
Loose, Dry Loose, Cornice Fall), Trigger (Natural, Skier, Snowmobile, Explosive, Unknown), "D Size" as "D1", "D1.5"
... "D4", "Width (ft)", "Crown Depth (in)" (blank on loose avalanches and cornice falls), Caught and Buried; a
city's short-term rental registrations (one row per registration, issued 2021 to June 2024; renewals repeat the
address under a new number) with "Registration Number" as "STR-2022-01234", Address in upper case, Neighborhood,
"Host Type" (Primary Residence, Non-Primary Residence), Units, Bedrooms (0 for a studio), "Issue Date" and
"Expiration Date" as "03/15/2022" (a year apart), Status (Active, Expired, Revoked) and "Nightly Rate" as "$185"
(blank on some); and a city vacant building registry in upper-case open-data style (one row per registration; a few
buildings registered twice) with ADDRESS, WARD (1 to 50), REGISTRATION_DATE as "05/17/2021", OWNER_TYPE (BANK, LLC,
INDIVIDUAL, TRUST, ESTATE), BOARDED (Y/N), ANNUAL_FEE as "$500.00" (rising with time vacant), FEE_PAID (Y/N),
OPEN_VIOLATIONS and DAYS_VACANT (blank when unknown). All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _shares, _year
from .heldout253 import _amount, _named_any, _num, _text, _top, _typical
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_names as _month_names
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _both(*checks: Check) -> Check:
    """Every one of the checks passes."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        for c in checks:
            why = c(answer, df)
            if why:
                return why
        return None

    return check


def _top_month(dates: pd.Series, values: pd.Series | None = None) -> pd.Timestamp:
    month = dates.dt.to_period("M")
    s = month.value_counts() if values is None else values.groupby(month).sum()
    return s.sort_index().idxmax().to_timestamp()


def _calendar_month(value: Callable[[pd.DataFrame], int]) -> Check:
    """A month of the year by name ("February", "Feb")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        m = int(value(df))
        if re.search(rf"\b(?:{_month_names(m)})\b", answer, re.IGNORECASE):
            return None
        return f"missing month {m}"

    return check


# --- 1. Medisafe medication reminders ------------------------------------------------------------------------------

# medication, dose, hour, taken chance, skip chance
_MS_SCHEDULE: list[tuple[str, str, int, float, float]] = [
    ("Lisinopril", "10 mg", 8, 0.92, 0.03),
    ("Metformin", "500 mg", 8, 0.90, 0.04),
    ("Vitamin D3", "1000 IU", 8, 0.86, 0.06),
    ("Metformin", "500 mg", 20, 0.66, 0.22),
    ("Atorvastatin", "20 mg", 21, 0.84, 0.05),
]
_MS_REASONS = ["Side effects", "Forgot to refill", "Feeling fine", "Not home", "Other"]


def _medisafe_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27001)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2024-01-01", "2024-06-28", freq="D"):
        weekend = day.day_of_week >= 5
        for med, dose, hour, p_taken, p_skip in _MS_SCHEDULE:
            due = day + pd.Timedelta(hours=hour)
            taken_p = p_taken - (0.06 if weekend else 0.0)
            u = rng.random()
            status = "Taken" if u < taken_p else ("Skipped" if u < taken_p + p_skip else "Missed")
            taken = ""
            if status == "Taken":
                late = max(-20.0, float(rng.normal(24 if weekend else 14, 22)))
                taken = f"{due + pd.Timedelta(minutes=round(late)):%Y-%m-%d %H:%M}"
            reason = ""
            if status == "Skipped" and rng.random() < 0.9:
                weights = [60, 8, 12, 12, 8] if med == "Metformin" and hour == 20 else [4, 40, 22, 22, 12]
                reason = _one(rng, _MS_REASONS, weights)
            rows.append(
                {
                    "Medication": med,
                    "Dose": dose,
                    "Scheduled Time": f"{due:%Y-%m-%d %H:%M}",
                    "Taken Time": taken,
                    "Status": status,
                    "Reason": reason,
                }
            )
    return pd.DataFrame(rows)


def _ms_status(df: pd.DataFrame, *statuses: str) -> pd.Series:
    return _text(df, "Status").isin(statuses)


def _ms_skipper(statuses: tuple[str, ...]) -> Callable[[pd.DataFrame], str]:
    return lambda df: _top(_text(df[_ms_status(df, *statuses)], "Medication").value_counts())


def _ms_skipper_rate(df: pd.DataFrame) -> str:
    return _top(_ms_status(df, "Skipped").groupby(_text(df, "Medication")).mean())


def _ms_reason(df: pd.DataFrame) -> str:
    d = df[_ms_status(df, "Skipped") & (_text(df, "Medication") == _ms_skipper(("Skipped",))(df))]
    reasons = _text(d, "Reason")
    return _top(reasons[reasons != ""].value_counts())


def _ms_delay(absolute: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def minutes(df: pd.DataFrame) -> pd.Series:
        d = df[_ms_status(df, "Taken")]
        due = pd.to_datetime(_text(d, "Scheduled Time"), format="%Y-%m-%d %H:%M")
        took = pd.to_datetime(_text(d, "Taken Time"), format="%Y-%m-%d %H:%M")
        late = (took - due).dt.total_seconds() / 60
        return late.abs() if absolute else late

    return minutes


def _ms_rate_by_half(df: pd.DataFrame) -> list[float]:
    hour = pd.to_datetime(_text(df, "Scheduled Time"), format="%Y-%m-%d %H:%M").dt.hour
    taken = _ms_status(df, "Taken")
    return [float(taken[hour < 12].mean()), float(taken[hour >= 12].mean())]


_MS_QS = [
    Q(
        "how many doses have i missed",
        either(
            _count(lambda df: int(_ms_status(df, "Missed").sum())),
            _count(lambda df: int(_ms_status(df, "Missed", "Skipped").sum())),
        ),
        ("Status",),
    ),
    Q(
        "what percent of my pills did i actually take",
        _share(lambda df: float(_ms_status(df, "Taken").mean())),
        ("Status",),
    ),
    Q(
        "which med do i skip the most",
        _lead(
            _named_any(
                lambda df: [
                    _ms_skipper(("Skipped",))(df),
                    _ms_skipper(("Skipped", "Missed"))(df),
                    _ms_skipper_rate(df),
                ]
            )
        ),
        ("Medication", "Status"),
    ),
    Q("why do i usually skip it", _lead(_named(_ms_reason)), ("Reason", "Medication", "Status")),
    Q(
        "how late am i usually when i do take them",
        either(_typical(_ms_delay(False)), _typical(_ms_delay(True))),
        ("Scheduled Time", "Taken Time", "Status"),
    ),
    Q(
        "am i better at taking the morning ones or the evening ones",
        _shares(_ms_rate_by_half),
        ("Scheduled Time", "Status"),
    ),
]


# --- 2. Lose It! food log ------------------------------------------------------------------------------------------

# name: type, units, base quantity, calories, fat, protein, carbs, sodium (None: custom food without it), weight
_LI_FOODS: dict[str, tuple[str, str, float, int, float, float, float, float | None, float]] = {
    "Coffee with Milk": ("Breakfast", "Cup", 1, 40, 1.5, 2.0, 3.5, None, 90),
    "Oatmeal": ("Breakfast", "Cup", 1, 150, 3.0, 5.0, 27.0, 115, 35),
    "Greek Yogurt": ("Breakfast", "Each", 1, 120, 0.0, 17.0, 7.0, 60, 25),
    "Scrambled Eggs": ("Breakfast", "Each", 2, 180, 13.0, 12.0, 2.0, 340, 20),
    "Whole Wheat Toast": ("Breakfast", "Slice", 1, 80, 1.0, 4.0, 14.0, 150, 20),
    "Banana": ("Breakfast", "Each", 1, 105, 0.4, 1.3, 27.0, 1, 15),
    "Turkey Sandwich": ("Lunch", "Each", 1, 420, 14.0, 28.0, 44.0, 1150, 35),
    "Chicken Caesar Salad": ("Lunch", "Serving", 1, 470, 31.0, 32.0, 15.0, 980, 25),
    "Chipotle Burrito Bowl": ("Lunch", "Each", 1, 690, 24.0, 41.0, 76.0, 1900, 15),
    "Apple": ("Lunch", "Each", 1, 95, 0.3, 0.5, 25.0, 2, 25),
    "Grilled Chicken Breast": ("Dinner", "Ounce", 6, 280, 6.0, 53.0, 0.0, 125, 30),
    "Brown Rice": ("Dinner", "Cup", 1, 215, 1.8, 5.0, 45.0, 10, 25),
    "Spaghetti with Meat Sauce": ("Dinner", "Cup", 1.5, 520, 18.0, 26.0, 62.0, 890, 14),
    "Salmon Fillet": ("Dinner", "Ounce", 6, 350, 21.0, 38.0, 0.0, 105, 14),
    "Pepperoni Pizza": ("Dinner", "Slice", 2, 600, 26.0, 24.0, 66.0, 1360, 12),
    "Steamed Broccoli": ("Dinner", "Cup", 1, 55, 0.6, 3.7, 11.0, 64, 20),
    "Almonds": ("Snacks", "Ounce", 1, 165, 14.0, 6.0, 6.0, 0, 30),
    "Protein Bar": ("Snacks", "Each", 1, 200, 7.0, 20.0, 22.0, 190, 25),
    "Potato Chips": ("Snacks", "Ounce", 1, 150, 10.0, 2.0, 15.0, 170, 20),
    "Dark Chocolate": ("Snacks", "Ounce", 1, 170, 12.0, 2.2, 13.0, 6, 15),
    "String Cheese": ("Snacks", "Each", 1, 80, 6.0, 7.0, 1.0, 200, 10),
}
# meal: how many entries (choices, weights)
_LI_MEALS = {
    "Breakfast": ([1, 2, 3], [20, 55, 25]),
    "Lunch": ([1, 2], [55, 45]),
    "Dinner": ([1, 2, 3], [15, 55, 30]),
    "Snacks": ([0, 1, 2, 3], [20, 40, 30, 10]),
}


def _loseit_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27002)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2024-01-01", "2024-04-30", freq="D"):
        if rng.random() < 0.07:
            continue
        for meal, (counts, c_weights) in _LI_MEALS.items():
            names = [n for n, f in _LI_FOODS.items() if f[0] == meal]
            weights = np.array([_LI_FOODS[n][8] for n in names], dtype=float)
            k = int(_one(rng, counts, c_weights))
            picks = rng.choice(len(names), size=min(k, len(names)), replace=False, p=weights / weights.sum())
            for i in picks:
                name = names[int(i)]
                _, units, base, cal, fat, protein, carbs, sodium, _ = _LI_FOODS[name]
                mult = float(_one(rng, [0.5, 1.0, 1.5, 2.0], [10, 70, 14, 6]))
                no_sodium = sodium is None or rng.random() < 0.06
                rows.append(
                    {
                        "Date": f"{day:%m/%d/%Y}",
                        "Name": name,
                        "Type": meal,
                        "Quantity": round(base * mult, 2),
                        "Units": units,
                        "Calories": round(cal * mult),
                        "Fat (g)": round(fat * mult, 1),
                        "Protein (g)": round(protein * mult, 1),
                        "Carbohydrates (g)": round(carbs * mult, 1),
                        "Saturated Fat (g)": round(fat * mult * 0.35, 1),
                        "Sugars (g)": round(carbs * mult * 0.3, 1),
                        "Fiber (g)": round(carbs * mult * 0.08, 1),
                        "Cholesterol (mg)": round(protein * mult * 2.5),
                        "Sodium (mg)": None if no_sodium else round(float(sodium) * mult),  # type: ignore[arg-type]
                    }
                )
    return pd.DataFrame(rows)


def _li_daily(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Calories").groupby(_text(df, "Date")).sum()


def _li_meal_pick(how: str) -> Callable[[pd.DataFrame], str]:
    return lambda df: _top(_num(df, "Calories").groupby(_text(df, "Type")).agg(how))


_LI_QS = [
    Q("how many calories do i eat a day on average", _typical(_li_daily), ("Calories", "Date")),
    Q(
        "which meal is the heaviest calorie-wise",
        _lead(_named_any(lambda df: [_li_meal_pick("sum")(df), _li_meal_pick("mean")(df)])),
        ("Calories", "Type"),
    ),
    Q(
        "top 3 foods i log most often",
        _both(*(_named(lambda df, i=i: list(_text(df, "Name").value_counts().index[:3])[i]) for i in range(3))),
        ("Name",),
    ),
    Q(
        "how many days did i go over 2000 cals",
        either(
            _count(lambda df: int((_li_daily(df) > 2000).sum())),
            _count(lambda df: int((_li_daily(df) >= 2000).sum())),
        ),
        ("Calories", "Date"),
    ),
    Q(
        "what share of my calories comes from snacks",
        _share(
            lambda df: float(_num(df, "Calories")[_text(df, "Type") == "Snacks"].sum() / _num(df, "Calories").sum())
        ),
        ("Calories", "Type"),
    ),
    Q(
        "how many entries are missing sodium",
        _count(lambda df: int(_num(df, "Sodium (mg)").isna().sum())),
        ("Sodium (mg)",),
    ),
]


# --- 3. FRA highway-rail grade crossing incidents ------------------------------------------------------------------

_FRA_STATES: dict[str, tuple[float, list[str]]] = {
    "TEXAS": (16, ["HARRIS", "DALLAS", "TARRANT", "BEXAR", "JEFFERSON"]),
    "CALIFORNIA": (9, ["LOS ANGELES", "SAN BERNARDINO", "KERN", "FRESNO"]),
    "ILLINOIS": (8, ["COOK", "WILL", "MCLEAN", "CHAMPAIGN"]),
    "INDIANA": (6, ["LAKE", "ALLEN", "MARION"]),
    "GEORGIA": (5, ["FULTON", "BIBB", "DOUGHERTY"]),
    "LOUISIANA": (5, ["CADDO", "CALCASIEU", "OUACHITA"]),
    "OHIO": (5, ["FRANKLIN", "LUCAS", "STARK"]),
    "ALABAMA": (4, ["JEFFERSON", "MOBILE", "MONTGOMERY"]),
    "FLORIDA": (5, ["PALM BEACH", "BROWARD", "DUVAL"]),
    "IOWA": (3, ["POLK", "LINN"]),
    "KANSAS": (3, ["SEDGWICK", "WYANDOTTE"]),
    "MISSISSIPPI": (3, ["HINDS", "HARRISON"]),
}
_FRA_USERS = ["Automobile", "Pick-up truck", "Truck-trailer", "Pedestrian", "Truck", "Van", "Other motor vehicle"]
_FRA_ROADS = ["UP", "BNSF", "CSX", "NS", "CN", "KCS", "AMTK"]


def _fra_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27003)
    rows: list[dict[str, Any]] = []
    states = list(_FRA_STATES)
    s_weights = [_FRA_STATES[s][0] for s in states]
    for year, n in zip(range(2019, 2024), [420, 360, 395, 410, 385], strict=True):
        seq: dict[str, int] = {}
        for _ in range(n):
            state = _one(rng, states, s_weights)
            road = _one(rng, _FRA_ROADS, [24, 22, 16, 16, 6, 4, 6])
            user = _one(rng, _FRA_USERS, [44, 16, 14, 10, 7, 4, 5])
            when = pd.Timestamp(year, 1, 1) + pd.Timedelta(minutes=int(rng.integers(0, 365 * 24 * 60)))
            train = int(np.clip(rng.lognormal(np.log(28), 0.6), 2, 79))
            pedestrian = user == "Pedestrian"
            vspeed = None if pedestrian or rng.random() < 0.12 else int(max(0, rng.normal(18, 14)))
            p_kill = 0.45 if pedestrian else min(0.5, 0.02 + train / 260)
            killed = int(rng.random() < p_kill) * int(_one(rng, [1, 2, 3], [88, 10, 2]))
            injured = int(rng.poisson(0.15 if pedestrian else 0.35 + train / 90))
            if pedestrian and not killed and rng.random() < 0.8:
                injured = max(1, injured)
            seq[road] = seq.get(road, 0) + 1
            rows.append(
                {
                    "Report Year": year,
                    "Incident Number": f"{road}{year % 100:02d}{seq[road]:05d}",
                    "Date": f"{when:%m/%d/%Y}",
                    "Time": f"{when:%I:%M %p}",
                    "Railroad Code": road,
                    "State Name": state,
                    "County Name": _one(rng, _FRA_STATES[state][1]),
                    "Highway User": user,
                    "Estimated Vehicle Speed": vspeed,
                    "Train Speed": train,
                    "Weather Condition": _one(rng, ["Clear", "Cloudy", "Rain", "Fog", "Snow"], [62, 22, 10, 3, 3]),
                    "Visibility": _one(rng, ["Day", "Night", "Dawn", "Dusk"], [58, 34, 4, 4]),
                    "Crossing Warning Device": _one(
                        rng,
                        ["Gates", "Flashing lights", "Crossbucks", "Stop signs", "None", "Other"],
                        [45, 15, 25, 8, 4, 3],
                    ),
                    "Total Killed Form 57": killed,
                    "Total Injured Form 57": injured,
                }
            )
    return pd.DataFrame(rows)


def _fra_year(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Date"), format="%m/%d/%Y").dt.year


def _fra_worst_year(df: pd.DataFrame) -> int:
    return int(_num(df, "Total Injured Form 57").groupby(_fra_year(df)).sum().idxmax())


def _fra_speeds(how: str) -> Callable[[pd.DataFrame], list[float]]:
    def speeds(df: pd.DataFrame) -> list[float]:
        fatal = _num(df, "Total Killed Form 57") > 0
        s = _num(df, "Train Speed")
        return [float(s[fatal].agg(how)), float(s[~fatal].agg(how))]

    return speeds


_FRA_QS = [
    Q(
        "how many people died in total",
        _count(lambda df: int(_num(df, "Total Killed Form 57").sum())),
        ("Total Killed Form 57",),
    ),
    Q(
        "which state had the most crashes",
        _lead(_named(lambda df: _top(_text(df, "State Name").value_counts()))),
        ("State Name",),
    ),
    Q(
        "when a pedestrian gets hit how often do they die",
        _share(
            lambda df: float((_num(df, "Total Killed Form 57")[_text(df, "Highway User") == "Pedestrian"] > 0).mean())
        ),
        ("Highway User", "Total Killed Form 57"),
    ),
    Q(
        "avg train speed in crashes where someone was killed vs where nobody was",
        either(has(_fra_speeds("mean"), rel=0.01), has(_fra_speeds("median"), rel=0.01)),
        ("Train Speed", "Total Killed Form 57"),
    ),
    Q(
        "which year had the most injuries",
        _lead(_year(_fra_worst_year)),
        ("Total Injured Form 57", "Date", "Report Year"),
    ),
    Q(
        "and how many people were killed that year",
        _count(lambda df: int(_num(df, "Total Killed Form 57")[_fra_year(df) == _fra_worst_year(df)].sum())),
        ("Total Killed Form 57", "Date", "Report Year"),
    ),
]


# --- 4. Recreational boating accidents -----------------------------------------------------------------------------

_BA_WATERS: dict[str, tuple[str, float]] = {
    "LAKE OKEECHOBEE": ("OKEECHOBEE", 6),
    "ATLANTIC OCEAN": ("PALM BEACH", 14),
    "INTRACOASTAL WATERWAY": ("BROWARD", 16),
    "BISCAYNE BAY": ("MIAMI-DADE", 12),
    "GULF OF MEXICO": ("PINELLAS", 13),
    "TAMPA BAY": ("HILLSBOROUGH", 9),
    "ST. JOHNS RIVER": ("DUVAL", 8),
    "LAKE TARPON": ("PINELLAS", 3),
    "CROOKED RIVER": ("FRANKLIN", 2),
    "FLORIDA BAY": ("MONROE", 10),
}
_BA_VESSELS = ["OPEN MOTORBOAT", "PERSONAL WATERCRAFT", "PONTOON", "CABIN MOTORBOAT", "CANOE/KAYAK", "SAIL"]
_BA_CAUSES = [
    "OPERATOR INATTENTION",
    "IMPROPER LOOKOUT",
    "EXCESSIVE SPEED",
    "OPERATOR INEXPERIENCE",
    "MACHINERY FAILURE",
    "WEATHER",
    "HAZARDOUS WATERS",
    "ALCOHOL USE",
]


def _boating_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27004)
    rows: list[dict[str, Any]] = []
    waters = list(_BA_WATERS)
    w_weights = [_BA_WATERS[w][1] for w in waters]
    month_w = [4, 4, 7, 9, 11, 13, 14, 12, 9, 7, 5, 5]
    for year, n in zip(range(2019, 2024), [150, 178, 165, 142, 131], strict=True):
        for k in range(n):
            month = int(_one(rng, list(range(1, 13)), month_w))
            day = pd.Timestamp(year, month, 1) + pd.Timedelta(days=int(rng.integers(0, 28)))
            water = _one(rng, waters, w_weights)
            vessel = _one(rng, _BA_VESSELS, [44, 22, 12, 9, 8, 5])
            alcohol = rng.random() < 0.11
            cause = (
                "ALCOHOL USE"
                if alcohol and rng.random() < 0.4
                else _one(rng, _BA_CAUSES[:7], [24, 17, 13, 12, 11, 8, 6])
            )
            age = (
                None
                if rng.random() < 0.09
                else int(np.clip(rng.normal(44 if vessel != "PERSONAL WATERCRAFT" else 29, 13), 12, 85))
            )
            deaths = int(rng.random() < (0.26 if alcohol else 0.07) + (0.1 if vessel == "CANOE/KAYAK" else 0))
            injuries = int(rng.poisson(1.2 if alcohol else 0.7))
            damage = 0 if rng.random() < 0.12 else int(round(float(rng.lognormal(np.log(4000), 1.1)), -2))
            rows.append(
                {
                    "CASE_NUMBER": f"BA-{year}-{k + 1:05d}",
                    "ACCIDENT_DATE": f"{day:%m/%d/%Y}",
                    "WATERBODY": water,
                    "COUNTY": _BA_WATERS[water][0],
                    "VESSEL_TYPE": vessel,
                    "PRIMARY_CAUSE": cause,
                    "OPERATOR_AGE": age,
                    "ALCOHOL_INVOLVED": "Y" if alcohol else "N",
                    "DEATHS": deaths,
                    "INJURIES": injuries,
                    "PROPERTY_DAMAGE": f"${damage:,}",
                }
            )
    return pd.DataFrame(rows)


def _ba_alcohol(df: pd.DataFrame) -> pd.Series:
    return _text(df, "ALCOHOL_INVOLVED") == "Y"


def _ba_deaths_by(how: str) -> Callable[[pd.DataFrame], list[float]]:
    def values(df: pd.DataFrame) -> list[float]:
        d = _num(df, "DEATHS")
        d = d if how == "mean" else (d > 0).astype(float)
        a = _ba_alcohol(df)
        return [float(d[a].mean()), float(d[~a].mean())]

    return values


_BA_QS = [
    Q("how many people died in boating accidents", _count(lambda df: int(_num(df, "DEATHS").sum())), ("DEATHS",)),
    Q(
        "what kind of boat gets into the most accidents",
        _lead(_named(lambda df: _top(_text(df, "VESSEL_TYPE").value_counts()), {v: (v + "S",) for v in _BA_VESSELS})),
        ("VESSEL_TYPE",),
    ),
    Q("how old are the drivers usually", _typical(lambda df: _num(df, "OPERATOR_AGE")), ("OPERATOR_AGE",)),
    Q("how often is alcohol involved", _share(lambda df: float(_ba_alcohol(df).mean())), ("ALCOHOL_INVOLVED",)),
    Q(
        "are those ones deadlier",
        either(has(_ba_deaths_by("mean"), rel=0.02), _shares(_ba_deaths_by("fatal"))),
        ("ALCOHOL_INVOLVED", "DEATHS"),
    ),
    Q(
        "total property damage in 2022?",
        _amount(
            lambda df: float(
                _num(df, "PROPERTY_DAMAGE")[
                    pd.to_datetime(_text(df, "ACCIDENT_DATE"), format="%m/%d/%Y").dt.year == 2022
                ].sum()
            )
        ),
        ("PROPERTY_DAMAGE", "ACCIDENT_DATE"),
    ),
]


# --- 5. Avalanche observations -------------------------------------------------------------------------------------

_AV_ZONES = ["Stevens Pass", "Snoqualmie Pass", "Mt Hood", "Olympics", "West Slopes North", "East Slopes Central"]
_AV_TYPES: dict[str, tuple[float, tuple[float, float] | None]] = {
    "Wind Slab": (30, (6, 20)),
    "Storm Slab": (24, (8, 22)),
    "Persistent Slab": (10, (24, 50)),
    "Wet Slab": (5, (12, 36)),
    "Wet Loose": (16, None),
    "Dry Loose": (11, None),
    "Cornice Fall": (4, None),
}
_AV_SIZES = ["D1", "D1.5", "D2", "D2.5", "D3", "D3.5", "D4"]
_AV_ASPECTS = ["N", "NE", "E", "SE", "S", "SW", "W", "NW"]


def _avalanche_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27005)
    rows: list[dict[str, Any]] = []
    types = list(_AV_TYPES)
    t_weights = [_AV_TYPES[t][0] for t in types]
    months = [11, 12, 1, 2, 3, 4]
    m_weights = [5, 18, 24, 30, 17, 6]
    for season, n in zip(range(2019, 2024), [260, 300, 240, 330, 280], strict=True):
        for _ in range(n):
            month = int(_one(rng, months, m_weights))
            year = season if month >= 11 else season + 1
            day = pd.Timestamp(year, month, 1) + pd.Timedelta(days=int(rng.integers(0, 28)))
            kind = _one(rng, types, t_weights)
            wet = kind.startswith("Wet")
            trigger = _one(rng, ["Natural", "Skier", "Snowmobile", "Explosive", "Unknown"], [55, 24, 8, 9, 4])
            size_i = int(_one(rng, range(7), [34, 20, 28, 9, 6, 2, 1]))
            if kind == "Persistent Slab":
                size_i = min(6, size_i + 1)
            depth = _AV_TYPES[kind][1]
            crown = None if depth is None else int(rng.uniform(*depth) * (1 + 0.15 * size_i))
            width = int(round(float(rng.lognormal(np.log(40 * (1.8**size_i)), 0.4)), -1)) or 10
            human = trigger in ("Skier", "Snowmobile")
            caught = int(rng.random() < 0.13) * int(_one(rng, [1, 2], [85, 15])) if human else 0
            buried = min(caught, int(rng.random() < 0.3)) if caught else 0
            aspect_w = [22, 20, 12, 7, 5, 6, 10, 18] if not wet else [4, 6, 14, 22, 24, 18, 8, 4]
            rows.append(
                {
                    "Observation Date": f"{day:%Y-%m-%d}",
                    "Forecast Zone": _one(rng, _AV_ZONES, [22, 20, 16, 10, 16, 16]),
                    "Elevation Band": _one(rng, ["Below Treeline", "Near Treeline", "Above Treeline"], [20, 45, 35]),
                    "Aspect": "" if rng.random() < 0.06 else _one(rng, _AV_ASPECTS, aspect_w),
                    "Avalanche Type": kind,
                    "Trigger": trigger,
                    "D Size": _AV_SIZES[size_i],
                    "Width (ft)": width,
                    "Crown Depth (in)": crown,
                    "Caught": caught,
                    "Buried": buried,
                }
            )
    df = pd.DataFrame(rows).sort_values("Observation Date", ascending=False, kind="stable")
    return df.reset_index(drop=True)


def _av_date(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Observation Date"), format="%Y-%m-%d")


_AV_QS = [
    Q(
        "how many were set off by people",
        either(
            _count(lambda df: int(_text(df, "Trigger").isin(["Skier", "Snowmobile"]).sum())),
            _count(lambda df: int(_text(df, "Trigger").isin(["Skier", "Snowmobile", "Explosive"]).sum())),
        ),
        ("Trigger",),
    ),
    Q(
        "which aspect slides the most",
        _lead(_named(lambda df: _top(_text(df, "Aspect")[_text(df, "Aspect") != ""].value_counts()))),
        ("Aspect",),
    ),
    Q(
        "how deep are persistent slab crowns typically",
        _typical(lambda df: _num(df[_text(df, "Avalanche Type") == "Persistent Slab"], "Crown Depth (in)")),
        ("Crown Depth (in)", "Avalanche Type"),
    ),
    Q("how many people got caught in total", _count(lambda df: int(_num(df, "Caught").sum())), ("Caught",)),
    Q("and buried?", _count(lambda df: int(_num(df, "Buried").sum())), ("Buried",)),
    Q(
        "which month has the most avalanches",
        _lead(
            either(
                _calendar_month(lambda df: int(_av_date(df).dt.month.value_counts().sort_index().idxmax())),
                _month_year(lambda df: _top_month(_av_date(df))),
            )
        ),
        ("Observation Date",),
    ),
]


# --- 6. Short-term rental registrations ----------------------------------------------------------------------------

_STR_HOODS: dict[str, tuple[float, float]] = {
    "Downtown": (12, 240),
    "Riverside": (10, 175),
    "Old Town": (14, 210),
    "East End": (9, 140),
    "Hillcrest": (7, 165),
    "University Heights": (8, 120),
    "Lakeview": (6, 230),
    "Mill District": (7, 190),
    "South Park": (5, 115),
    "Northgate": (4, 125),
}
_STR_STREETS = ["N MAIN ST", "ELM ST", "RIVER RD", "OAK AVE", "2ND ST", "LAKESHORE DR", "MAPLE AVE", "CEDAR LN"]


def _str_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27006)
    rows: list[dict[str, Any]] = []
    hoods = list(_STR_HOODS)
    h_weights = [_STR_HOODS[h][0] for h in hoods]
    snapshot = pd.Timestamp("2024-06-30")
    pending: list[tuple[pd.Timestamp, dict[str, Any]]] = []
    for _ in range(1150):
        year = int(_one(rng, [2021, 2022, 2023, 2024], [22, 30, 36, 12]))
        issued = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 181 if year == 2024 else 365)))
        primary = rng.random() < 0.58
        hood = _one(rng, hoods, h_weights)
        units = 1 if primary else int(_one(rng, [1, 2, 3, 4], [60, 25, 10, 5]))
        beds = int(_one(rng, [0, 1, 2, 3, 4, 5], [8, 30, 32, 18, 9, 3]))
        base = _STR_HOODS[hood][1] * (1 + 0.22 * (beds - 1.5)) * (1.0 if primary else 1.18)
        place = {
            "Address": f"{int(rng.integers(100, 9900))} {_one(rng, _STR_STREETS)}",
            "Neighborhood": hood,
            "Host Type": "Primary Residence" if primary else "Non-Primary Residence",
            "Units": units,
            "Bedrooms": beds,
            "rate": max(45.0, base * float(rng.lognormal(0, 0.25))),
        }
        pending.append((issued, place))
    while pending:
        issued, place = pending.pop()
        expires = issued + pd.Timedelta(days=365)
        revoked = rng.random() < (0.08 if place["Host Type"].startswith("Non") else 0.02)
        status = "Revoked" if revoked else ("Active" if expires >= snapshot else "Expired")
        rows.append(
            {
                "Registration Number": f"STR-{issued.year}-",
                "Address": place["Address"],
                "Neighborhood": place["Neighborhood"],
                "Host Type": place["Host Type"],
                "Units": place["Units"],
                "Bedrooms": place["Bedrooms"],
                "Issue Date": f"{issued:%m/%d/%Y}",
                "Expiration Date": f"{expires:%m/%d/%Y}",
                "Status": status,
                "Nightly Rate": "" if rng.random() < 0.07 else f"${round(place['rate'])}",
            }
        )
        renewal = expires + pd.Timedelta(days=int(rng.integers(-20, 30)))
        if status == "Expired" and renewal < snapshot and rng.random() < 0.45:
            pending.append((renewal, place))
    df = pd.DataFrame(rows)
    df = df.iloc[np.argsort(pd.to_datetime(df["Issue Date"], format="%m/%d/%Y").to_numpy(), kind="stable")]
    df = df.reset_index(drop=True)
    number = df.groupby("Registration Number").cumcount() + 1
    df["Registration Number"] += number.map(lambda k: f"{k:05d}")
    return df


def _str_rates(how: str) -> Callable[[pd.DataFrame], list[float]]:
    def rates(df: pd.DataFrame) -> list[float]:
        r = _num(df, "Nightly Rate")
        primary = _text(df, "Host Type") == "Primary Residence"
        return [float(r[primary].agg(how)), float(r[~primary].agg(how))]

    return rates


_STR_QS = [
    Q(
        "how many rentals are active right now",
        _count(lambda df: int((_text(df, "Status") == "Active").sum())),
        ("Status",),
    ),
    Q(
        "which neighborhood has the most of them",
        _lead(
            _named_any(
                lambda df: [
                    _top(_text(df, "Neighborhood").value_counts()),
                    _top(_text(df[_text(df, "Status") == "Active"], "Neighborhood").value_counts()),
                ]
            )
        ),
        ("Neighborhood", "Status"),
    ),
    Q("what's the average nightly price", _typical(lambda df: _num(df, "Nightly Rate")), ("Nightly Rate",)),
    Q(
        "how does that compare between people renting their own home and non-primary hosts",
        either(_about(_str_rates("mean")), _about(_str_rates("median"))),
        ("Nightly Rate", "Host Type"),
    ),
    Q("what share got revoked", _share(lambda df: float((_text(df, "Status") == "Revoked").mean())), ("Status",)),
    Q(
        "which year had the most new registrations issued",
        _lead(
            _year(
                lambda df: int(
                    pd.to_datetime(_text(df, "Issue Date"), format="%m/%d/%Y").dt.year.value_counts().idxmax()
                )
            )
        ),
        ("Issue Date", "Registration Number"),
    ),
]


# --- 7. Vacant building registry -----------------------------------------------------------------------------------

_VB_OWNERS: dict[str, tuple[float, float]] = {
    "BANK": (15, 0.86),
    "LLC": (35, 0.61),
    "INDIVIDUAL": (34, 0.52),
    "TRUST": (9, 0.7),
    "ESTATE": (7, 0.4),
}
_VB_STREETS = [
    "S HALSTED ST",
    "W 63RD ST",
    "S ASHLAND AVE",
    "W MADISON ST",
    "S KEDZIE AVE",
    "W CHICAGO AVE",
    "S STATE ST",
]


def _vb_fee(days: int) -> float:
    return 250.0 if days < 365 else 500.0 if days < 730 else 1000.0 if days < 1095 else 2000.0


def _vacant_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27007)
    rows: list[dict[str, Any]] = []
    owners = list(_VB_OWNERS)
    o_weights = [_VB_OWNERS[o][0] for o in owners]
    wards = list(range(1, 51))
    ward_w = [4.0 if w in (16, 20, 24, 28, 37) else 1.0 for w in wards]
    ward_w[wards.index(20)] = 6.5
    snapshot = pd.Timestamp("2024-06-30")
    for _ in range(1850):
        owner = _one(rng, owners, o_weights)
        days = int(min(4000, rng.exponential(700))) + 30
        registered = snapshot - pd.Timedelta(days=int(rng.integers(0, min(days, 1500))))
        boarded = rng.random() < 0.35 + min(0.45, days / 4000)
        paid = rng.random() < _VB_OWNERS[owner][1]
        violations = int(rng.poisson(0.8 + days / 600 + (0.0 if paid else 0.8)))
        row = {
            "ADDRESS": f"{int(rng.integers(100, 12000))} {_one(rng, _VB_STREETS)}",
            "WARD": int(_one(rng, wards, ward_w)),
            "REGISTRATION_DATE": f"{registered:%m/%d/%Y}",
            "OWNER_TYPE": owner,
            "BOARDED": "Y" if boarded else "N",
            "ANNUAL_FEE": f"${_vb_fee(days):,.2f}",
            "FEE_PAID": "Y" if paid else "N",
            "OPEN_VIOLATIONS": violations,
            "DAYS_VACANT": None if rng.random() < 0.05 else days,
        }
        rows.append(row)
        if rng.random() < 0.04:
            again = dict(row)
            again["REGISTRATION_DATE"] = f"{registered - pd.Timedelta(days=365):%m/%d/%Y}"
            again["FEE_PAID"] = "Y"
            rows.append(again)
    return pd.DataFrame(rows)


def _vb_paid(paid: bool) -> Callable[[pd.DataFrame], list[float]]:
    def shares(df: pd.DataFrame) -> list[float]:
        yes = _text(df, "FEE_PAID") == ("Y" if paid else "N")
        owner = _text(df, "OWNER_TYPE")
        return [float(yes[owner == "BANK"].mean()), float(yes[owner == "LLC"].mean())]

    return shares


_VB_QS = [
    Q(
        "how many vacant buildings are on the list",
        either(
            _count(lambda df: len(df)),
            _count(lambda df: int(_text(df, "ADDRESS").nunique())),
        ),
        ("ADDRESS",),
    ),
    Q(
        "which ward has the most",
        _lead(_named(lambda df: _top(_text(df, "WARD").value_counts()))),
        ("WARD",),
    ),
    Q(
        "how much in registration fees is still unpaid",
        _amount(lambda df: float(_num(df, "ANNUAL_FEE")[_text(df, "FEE_PAID") == "N"].sum())),
        ("ANNUAL_FEE", "FEE_PAID"),
    ),
    Q(
        "are banks or llcs better about paying",
        either(_shares(_vb_paid(True)), _shares(_vb_paid(False))),
        ("OWNER_TYPE", "FEE_PAID"),
    ),
    Q(
        "do buildings that have sat empty longer have more code violations",
        _corr(lambda df: _num(df, "DAYS_VACANT"), lambda df: _num(df, "OPEN_VIOLATIONS")),
        ("DAYS_VACANT", "OPEN_VIOLATIONS"),
    ),
    Q("what % are boarded up", _share(lambda df: float((_text(df, "BOARDED") == "Y").mean())), ("BOARDED",)),
]


HELDOUT270: list[Dataset] = [
    Dataset("medisafe_dose_history_export", _medisafe_frame, _MS_QS),
    Dataset("loseit_food_entries_export", _loseit_frame, _LI_QS),
    Dataset("fra_grade_crossing_incidents", _fra_frame, _FRA_QS),
    Dataset("state_boating_accident_reports", _boating_frame, _BA_QS),
    Dataset("avalanche_center_observations", _avalanche_frame, _AV_QS),
    Dataset("city_short_term_rental_registrations", _str_frame, _STR_QS),
    Dataset("city_vacant_building_registry", _vacant_frame, _VB_QS),
]
