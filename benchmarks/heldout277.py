"""HELDOUT277: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a pregnancy tracker app's
daily log export for one pregnancy (one row per day from week 0 to delivery at 41 weeks, 2023 to 2024, with a few
days synced twice as identical rows) with Date as "2023-06-05", Week (0 to 41), "Weight (lb)" (blank on days not
weighed), Systolic and Diastolic (blank on days without a reading), Symptoms as a comma list ("Nausea, Fatigue",
blank on days with none), "Kick Count" (blank before week 24), "Water (glasses)", "Sleep (hrs)" (one decimal) and
Mood (1 to 5); a small coffee roaster's wholesale order lines (one row per line, 2023 to 2024, order ids repeated
across the lines of one order) with "Order ID" ("WO-1043"), "Order Date" as "3/14/2024", Customer (cafe names, a
few with a trailing space), Coffee ("Ethiopia Yirgacheffe", "House Espresso"), Origin (country, "Blend" on blends),
Roast (Light, Medium, Dark), "Bag Size (lb)" (2 or 5), Bags, "Price/lb" and "Line Total" as "$11.50" and
"$287.50", and Delivered as "3/17/2024" (blank on open orders); a city police department's traffic stops in
lower-case open-data style (one row per stop, 2021 to 2023) with stop_date as "2022-03-14", stop_time as "14:35",
district ("D1" to "D6"), upper-case reason_for_stop ("SPEEDING", "EQUIPMENT VIOLATION"), driver_race ("WHITE",
"BLACK", "HISPANIC", "ASIAN", "OTHER", "UNKNOWN"), driver_age (blank on a few), driver_gender (M, F, U),
search_conducted and contraband_found as Y/N (contraband blank when no search) and outcome (CITATION, WARNING,
ARREST, NONE); a state dam safety inventory in the National Inventory of Dams' style (one row per dam) with upper-case
"Dam Name", "NID ID" ("TX01234"), upper-case County, "Owner Type" (Private, Local Government, State, Federal, Public
Utility), "Year Completed" (0 when unknown), "Dam Height (Ft)", "Max Storage (Acre-Ft)", "Hazard Potential" (High,
Significant, Low, Undetermined), "Condition Assessment" (Satisfactory, Fair, Poor, Unsatisfactory, Not Rated), "Last
Inspection Date" as "5/12/2019" (blank on never inspected) and EAP (Y/N); a city water utility's consumption by
customer class and month in Socrata style (July 2018 to June 2024) with billing_month as
"2021-01-01T00:00:00.000", upper-case customer_class (RESIDENTIAL, COMMERCIAL, INDUSTRIAL, IRRIGATION, and a TOTAL
row per month holding the sums), active_accounts, consumption_kgal (thousand gallons), revenue (dollars, blank on a
few) and avg_use_per_account_kgal; a UDisc disc golf scorecard export in long form (one row per player per hole,
2023 to 2024, three courses) with Date as "2024-05-11 14:12" (one value per round), CourseName, LayoutName ("Main",
"Blue Tees"), PlayerName (four friends), Hole (1 to 18), Par, Strokes and "+/-" (blank on the unplayed holes of an
abandoned round) and "Distance (ft)"; and a brewery taproom's daily pour log (one row per open day per beer on tap,
2023, closed Mondays, seasonals on tap part of the year) with Date as "3/14/2023", Beer, Style, ABV as "6.8%",
"Pints Poured", Flights, "Growler Fills", Revenue as "$1,234.50" and "Kegs Kicked" (blank most days). All are
generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _named_any, _num, _text, _top, _typical, _weekday
from .offline_eval import Check, Dataset, Q, either, month_names
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
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


def _month_of_year(value: Callable[[pd.DataFrame], int]) -> Check:
    """A calendar month by name ("July", "Jul")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        m = int(value(df))
        if re.search(rf"\b(?:{month_names(m)})\b", answer, re.IGNORECASE):
            return None
        return f"missing month {m}"

    return check


def _hole(value: Callable[[pd.DataFrame], int]) -> Check:
    """A hole number: "hole 7", "Hole #7", "#7", "7th hole"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        n = int(value(df))
        patterns = [rf"\bhole\s*(?:#|no\.?|number)?\s*{n}(?!\d)", rf"#\s*{n}(?!\d)", rf"\b{n}(?:st|nd|rd|th)\s+hole"]
        if any(re.search(p, answer, re.IGNORECASE) for p in patterns):
            return None
        return f"missing hole {n}"

    return check


def _dates(df: pd.DataFrame, col: str, fmt: str | None = None) -> pd.Series:
    return pd.to_datetime(_text(df, col).replace("", None), format=fmt, errors="coerce")


# --- 1. Pregnancy tracker daily log --------------------------------------------------------------------------------

_PG_SYMPTOMS = ["Nausea", "Fatigue", "Heartburn", "Back pain", "Headache", "Swelling", "Cramps", "Insomnia"]


def _pg_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27701)
    start = pd.Timestamp("2023-06-05")
    days = 41 * 7 + 2
    weight = 138.0
    rows: list[dict[str, Any]] = []
    for i in range(days):
        day = start + pd.Timedelta(days=i)
        week = i // 7
        weight += (0.02 if week < 13 else 0.13) + rng.normal(0, 0.05)
        nausea_p = 0.65 if 5 <= week <= 14 else 0.08
        syms = []
        for s in _PG_SYMPTOMS:
            p = {"Nausea": nausea_p, "Fatigue": 0.35, "Heartburn": 0.3 if week > 20 else 0.05}.get(s, 0.08)
            if s in ("Back pain", "Swelling") and week > 26:
                p = 0.35
            if rng.random() < p:
                syms.append(s)
        sleep = float(np.clip(rng.normal(7.4 - 0.02 * week, 1.0), 3.5, 10.5))
        mood = int(np.clip(round(1.2 + 0.4 * sleep + rng.normal(0, 0.8) - 0.6 * ("Nausea" in syms)), 1, 5))
        bp = rng.random() < 0.3
        sys_ = int(np.round(rng.normal(112 + (0.35 * (week - 30) if week > 30 else 0), 9)))
        dia = int(np.round(rng.normal(72 + (0.25 * (week - 30) if week > 30 else 0), 6)))
        rows.append(
            {
                "Date": f"{day:%Y-%m-%d}",
                "Week": week,
                "Weight (lb)": round(weight + rng.normal(0, 0.6), 1) if rng.random() < 0.45 else None,
                "Systolic": sys_ if bp else None,
                "Diastolic": dia if bp else None,
                "Symptoms": ", ".join(syms),
                "Kick Count": int(rng.integers(6, 25)) if week >= 24 and rng.random() < 0.85 else None,
                "Water (glasses)": int(np.clip(round(rng.normal(7 + 0.03 * week, 2)), 1, 14)),
                "Sleep (hrs)": round(sleep, 1),
                "Mood": mood,
            }
        )
        if rng.random() < 0.05:
            rows.append(dict(rows[-1]))  # synced twice
    df = pd.DataFrame(rows)
    for col in ("Systolic", "Diastolic", "Kick Count"):
        df[col] = df[col].astype("Int64")
    return df


def _pg_weights(df: pd.DataFrame) -> pd.Series:
    d = df.assign(_d=pd.to_datetime(df["Date"])).dropna(subset=["Weight (lb)"]).sort_values("_d", kind="stable")
    return d["Weight (lb)"].astype(float)


def _pg_unique(df: pd.DataFrame) -> pd.DataFrame:
    return df.drop_duplicates()


def _pg_nausea(unique: bool) -> Callable[[pd.DataFrame], int]:
    def count(df: pd.DataFrame) -> int:
        d = _pg_unique(df) if unique else df
        return int(_text(d, "Symptoms").str.contains("nausea", case=False).sum())

    return count


def _pg_mean_or_median(col: str, dedup: bool, weeks_from: int = 0) -> Check:
    def values(df: pd.DataFrame) -> pd.Series:
        d = _pg_unique(df) if dedup else df
        return _num(d[d["Week"] >= weeks_from], col)

    return _typical(values)


def _pg_bp(how: str, dedup: bool) -> Check:
    def pair(df: pd.DataFrame) -> list[float]:
        d = _pg_unique(df) if dedup else df
        return [float(getattr(_num(d, c).dropna(), how)()) for c in ("Systolic", "Diastolic")]

    return _about(pair)


_PG_QS = [
    Q(
        "how much weight have i gained overall",
        either(
            _about(lambda df: float(_pg_weights(df).iloc[-1] - _pg_weights(df).iloc[0])),
            _about(lambda df: float(_pg_weights(df).max() - _pg_weights(df).min())),
        ),
        ("Date", "Weight (lb)", "Week"),
    ),
    Q(
        "how many days did i have nausea",
        either(_count(_pg_nausea(True)), _count(_pg_nausea(False))),
        ("Date", "Symptoms"),
    ),
    Q(
        "whats my average blood pressure",
        either(_pg_bp("mean", False), _pg_bp("mean", True), _pg_bp("median", False), _pg_bp("median", True)),
        ("Systolic", "Diastolic", "Date"),
    ),
    Q(
        "does sleeping more put me in a better mood",
        either(
            _corr(lambda df: _num(df, "Sleep (hrs)"), lambda df: _num(df, "Mood")),
            _corr(lambda df: _num(_pg_unique(df), "Sleep (hrs)"), lambda df: _num(_pg_unique(df), "Mood")),
        ),
        ("Sleep (hrs)", "Mood"),
    ),
    Q(
        "how many glasses of water do i drink a day on average",
        either(_pg_mean_or_median("Water (glasses)", False), _pg_mean_or_median("Water (glasses)", True)),
        ("Water (glasses)", "Date"),
    ),
    Q(
        "and from week 28 on?",
        either(_pg_mean_or_median("Water (glasses)", False, 28), _pg_mean_or_median("Water (glasses)", True, 28)),
        ("Water (glasses)", "Week", "Date"),
    ),
]


# --- 2. Coffee roaster wholesale order lines -----------------------------------------------------------------------

# coffee: origin, roast, $ per lb, weight
_CF_COFFEES: dict[str, tuple[str, str, float, float]] = {
    "Ethiopia Yirgacheffe": ("Ethiopia", "Light", 11.50, 7),
    "Ethiopia Guji Natural": ("Ethiopia", "Light", 12.25, 4),
    "Colombia Huila": ("Colombia", "Medium", 9.75, 8),
    "Colombia Decaf": ("Colombia", "Dark", 10.25, 3),
    "Guatemala Antigua": ("Guatemala", "Medium", 10.00, 5),
    "Sumatra Mandheling": ("Indonesia", "Dark", 10.50, 4),
    "Kenya AA": ("Kenya", "Light", 13.00, 2),
    "Brazil Cerrado": ("Brazil", "Medium", 8.50, 5),
    "House Espresso": ("Blend", "Dark", 9.25, 10),
    "Morning Blend": ("Blend", "Medium", 8.75, 7),
}
_CF_CAFES = {
    "Daily Grind": 9,
    "Bean There Cafe": 7,
    "The Copper Kettle": 6,
    "Northside Bakery": 4,
    "Paper Cup Co": 5,
    "Fern & Fig": 3,
    "Union Station Coffee": 6,
    "Little Owl Cafe": 3,
}


def _cf_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27702)
    coffees = list(_CF_COFFEES)
    cafes = list(_CF_CAFES)
    rows: list[dict[str, Any]] = []
    order_no = 1001
    for day in pd.date_range("2023-01-03", "2024-12-20", freq="D"):
        if day.day_of_week >= 5:
            continue
        for _ in range(int(rng.poisson(1.1))):
            cafe = _one(rng, cafes, list(_CF_CAFES.values()))
            delivered = day + pd.Timedelta(days=int(_one(rng, [1, 2, 2, 3, 3, 4, 6])))
            if day > pd.Timestamp("2024-12-12") and rng.random() < 0.7:
                delivered = None
            for coffee in rng.choice(coffees, size=int(rng.integers(1, 4)), replace=False, p=None):
                origin, roast, price, _w = _CF_COFFEES[str(coffee)]
                if day.year == 2024:
                    price += 0.50
                size = int(_one(rng, [2, 5], [1, 3]))
                bags = int(rng.integers(1, 7))
                rows.append(
                    {
                        "Order ID": f"WO-{order_no}",
                        "Order Date": f"{day.month}/{day.day}/{day.year}",
                        "Customer": cafe + (" " if rng.random() < 0.04 else ""),
                        "Coffee": str(coffee),
                        "Origin": origin,
                        "Roast": roast,
                        "Bag Size (lb)": size,
                        "Bags": bags,
                        "Price/lb": f"${price:.2f}",
                        "Line Total": f"${price * size * bags:,.2f}",
                        "Delivered": "" if delivered is None else f"{delivered.month}/{delivered.day}/{delivered.year}",
                    }
                )
            order_no += 1
    return pd.DataFrame(rows)


def _cf_lbs(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Bag Size (lb)") * _num(df, "Bags")


def _cf_roast_lbs(roast: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_cf_lbs(df)[_text(df, "Roast").str.lower() == roast].sum())


def _cf_days(df: pd.DataFrame) -> pd.Series:
    return (_dates(df, "Delivered", "%m/%d/%Y") - _dates(df, "Order Date", "%m/%d/%Y")).dt.days.dropna()


def _cf_order_days(df: pd.DataFrame) -> pd.Series:
    d = df.assign(_days=_dates(df, "Delivered", "%m/%d/%Y") - _dates(df, "Order Date", "%m/%d/%Y"))
    return d.groupby("Order ID")["_days"].first().dt.days.dropna()


def _cf_price(origin: str, weighted: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        d = df[_text(df, "Origin") == origin]
        if weighted:
            return float(_num(d, "Line Total").sum() / _cf_lbs(d).sum())
        return float(_num(d, "Price/lb").mean())

    return value


_CF_QS = [
    Q(
        "what were our total sales in 2024",
        _amount(lambda df: float(_num(df, "Line Total")[_dates(df, "Order Date", "%m/%d/%Y").dt.year == 2024].sum())),
        ("Order Date", "Line Total"),
    ),
    Q(
        "which cafe spends the most with us",
        _lead(_named(lambda df: _top(_num(df, "Line Total").groupby(_text(df, "Customer")).sum()))),
        ("Customer", "Line Total"),
    ),
    Q(
        "how many pounds of dark roast did we sell",
        _count(_cf_roast_lbs("dark")),
        ("Roast", "Bag Size (lb)", "Bags"),
    ),
    Q(
        "and light?",
        _count(_cf_roast_lbs("light")),
        ("Roast", "Bag Size (lb)", "Bags"),
    ),
    Q(
        "how long does delivery usually take",
        either(_typical(_cf_days), _typical(_cf_order_days)),
        ("Order Date", "Delivered", "Order ID"),
    ),
    Q(
        "do we charge more per pound for ethiopian or colombian coffee",
        either(
            _both(_about(_cf_price("Ethiopia", False)), _about(_cf_price("Colombia", False))),
            _both(_about(_cf_price("Ethiopia", True)), _about(_cf_price("Colombia", True))),
        ),
        ("Origin", "Price/lb", "Line Total", "Bag Size (lb)", "Bags"),
    ),
]


# --- 3. Police traffic stops ---------------------------------------------------------------------------------------

_TS_REASONS = {
    "SPEEDING": 38,
    "EQUIPMENT VIOLATION": 16,
    "MOVING VIOLATION": 18,
    "REGISTRATION": 12,
    "SEATBELT": 6,
    "STOP SIGN/LIGHT": 7,
    "INVESTIGATIVE": 3,
}
_TS_RACES = {"WHITE": 48, "BLACK": 27, "HISPANIC": 15, "ASIAN": 5, "OTHER": 3, "UNKNOWN": 2}


def _ts_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27703)
    rows: list[dict[str, Any]] = []
    for _ in range(4200):
        day = pd.Timestamp("2021-01-01") + pd.Timedelta(days=int(rng.integers(0, 1095)))
        hour = int(_one(rng, list(range(24)), [2, 1, 1, 1, 1, 1, 2, 4, 6, 6, 6, 6, 6, 6, 7, 8, 9, 8, 7, 6, 5, 4, 3, 3]))
        race = _one(rng, list(_TS_RACES), list(_TS_RACES.values()))
        gender = _one(rng, ["M", "F", "U"], [64, 35, 1])
        reason = _one(rng, list(_TS_REASONS), list(_TS_REASONS.values()))
        age = int(np.clip(rng.gamma(3.0, 7.0) + 16, 16, 88))
        p_search = 0.03 + 0.04 * (race == "BLACK") + 0.02 * (race == "HISPANIC") + 0.03 * (gender == "M")
        p_search += 0.2 * (reason == "INVESTIGATIVE") - 0.0006 * (age - 30)
        searched = rng.random() < max(p_search, 0.01)
        found = searched and rng.random() < 0.3
        if (found and rng.random() < 0.5) or rng.random() < 0.015:
            outcome = "ARREST"
        else:
            outcome = _one(rng, ["CITATION", "WARNING", "NONE"], [44 + 10 * (reason == "SPEEDING"), 46, 6])
        rows.append(
            {
                "stop_date": f"{day:%Y-%m-%d}",
                "stop_time": f"{hour:02d}:{int(rng.integers(0, 60)):02d}",
                "district": _one(rng, ["D1", "D2", "D3", "D4", "D5", "D6"], [14, 22, 17, 19, 12, 16]),
                "reason_for_stop": reason,
                "driver_race": race,
                "driver_age": None if rng.random() < 0.03 else age,
                "driver_gender": gender,
                "search_conducted": "Y" if searched else "N",
                "contraband_found": ("Y" if found else "N") if searched else "",
                "outcome": outcome,
            }
        )
    df = pd.DataFrame(rows).sort_values(["stop_date", "stop_time"], kind="stable").reset_index(drop=True)
    df["driver_age"] = df["driver_age"].astype("Int64")
    return df


def _ts_search_rate(race: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float((_text(df, "search_conducted")[_text(df, "driver_race") == race] == "Y").mean())


_TS_QS = [
    Q(
        "how many stops were there in 2022",
        _count(lambda df: int((_dates(df, "stop_date").dt.year == 2022).sum())),
        ("stop_date",),
    ),
    Q(
        "what share of stops ended with a ticket",
        _share(lambda df: float((_text(df, "outcome") == "CITATION").mean())),
        ("outcome",),
    ),
    Q(
        "are black drivers searched more often than white drivers",
        _both(_share(_ts_search_rate("BLACK")), _share(_ts_search_rate("WHITE"))),
        ("driver_race", "search_conducted"),
    ),
    Q(
        "when they do search, how often do they actually find something",
        _share(lambda df: float((_text(df, "contraband_found")[_text(df, "search_conducted") == "Y"] == "Y").mean())),
        ("search_conducted", "contraband_found"),
    ),
    Q(
        "how old are the drivers who get pulled over, on average",
        _typical(lambda df: _num(df, "driver_age")),
        ("driver_age",),
    ),
    Q(
        "and for women?",
        _typical(lambda df: _num(df[_text(df, "driver_gender") == "F"], "driver_age")),
        ("driver_age", "driver_gender"),
    ),
]


# --- 4. State dam safety inventory ---------------------------------------------------------------------------------

_DM_COUNTIES = {
    "TRAVIS": 6,
    "WILLIAMSON": 7,
    "HAYS": 5,
    "BASTROP": 6,
    "BURNET": 4,
    "LLANO": 3,
    "BEXAR": 8,
    "COMAL": 4,
    "GUADALUPE": 5,
    "CALDWELL": 4,
    "BLANCO": 3,
    "GILLESPIE": 3,
}
_DM_WORDS = ["CEDAR", "OAK", "MILL", "SPRING", "BEAR", "CLEAR", "ROCK", "WILLOW", "DEER", "PECAN", "TURKEY", "ELM"]
_DM_KINDS = ["CREEK", "BRANCH", "LAKE", "POND", "TANK", "HOLLOW"]


def _dm_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27704)
    rows: list[dict[str, Any]] = []
    for i in range(2600):
        county = _one(rng, list(_DM_COUNTIES), list(_DM_COUNTIES.values()))
        owner = _one(rng, ["Private", "Local Government", "State", "Federal", "Public Utility"], [62, 22, 6, 4, 6])
        height = float(np.round(np.clip(rng.lognormal(3.1, 0.5), 6, 220), 0))
        storage = float(np.round(np.clip(rng.lognormal(0.5 + 1.45 * np.log(height), 0.9), 1, 2_500_000), 0))
        hazard = _one(rng, ["High", "Significant", "Low", "Undetermined"], [16 + height / 8, 12, 68, 3])
        year = int(np.clip(rng.normal(1962, 18), 1890, 2021))
        cond = _one(rng, ["Satisfactory", "Fair", "Poor", "Unsatisfactory", "Not Rated"], [30, 28, 9, 2, 31])
        if rng.random() < 0.06:
            inspected = ""
        else:
            t = pd.Timestamp("2005-01-01") + pd.Timedelta(days=int(rng.integers(0, 6900)))
            if hazard == "High":
                t = max(t, pd.Timestamp("2015-06-01") + pd.Timedelta(days=int(rng.integers(0, 3000))))
            inspected = f"{t.month}/{t.day}/{t.year}"
        eap_p = {"High": 0.78, "Significant": 0.45, "Low": 0.08, "Undetermined": 0.02}[hazard]
        rows.append(
            {
                "Dam Name": f"{_one(rng, _DM_WORDS)} {_one(rng, _DM_KINDS)} DAM"
                + (f" NO {i % 7 + 1}" if rng.random() < 0.2 else ""),
                "NID ID": f"TX{i * 3 + 1007:05d}",
                "County": county,
                "Owner Type": owner,
                "Year Completed": 0 if rng.random() < 0.07 else year,
                "Dam Height (Ft)": height,
                "Max Storage (Acre-Ft)": storage,
                "Hazard Potential": hazard,
                "Condition Assessment": cond,
                "Last Inspection Date": inspected,
                "EAP": "Y" if rng.random() < eap_p else "N",
            }
        )
    return pd.DataFrame(rows)


def _dm_high(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Hazard Potential") == "High"]


def _dm_stale(with_blank: bool) -> Callable[[pd.DataFrame], int]:
    def count(df: pd.DataFrame) -> int:
        t = _dates(df, "Last Inspection Date", "%m/%d/%Y")
        old = t < pd.Timestamp("2015-01-01")
        return int((old | t.isna()).sum() if with_blank else old.sum())

    return count


_DM_QS = [
    Q(
        "how many high hazard dams are there",
        _count(lambda df: len(_dm_high(df))),
        ("Hazard Potential",),
    ),
    Q(
        "what share of those don't have an emergency action plan",
        _share(lambda df: float((_text(_dm_high(df), "EAP") == "N").mean())),
        ("Hazard Potential", "EAP"),
    ),
    Q(
        "which county has the most dams",
        _lead(_named(lambda df: _top(_text(df, "County").value_counts()))),
        ("County", "Dam Name", "NID ID"),
    ),
    Q(
        "when were most of these dams built, like what's the typical year",
        _typical(lambda df: _num(df, "Year Completed")[lambda s: s > 0]),
        ("Year Completed",),
    ),
    Q(
        "how many haven't been inspected since the start of 2015",
        either(_count(_dm_stale(True)), _count(_dm_stale(False))),
        ("Last Inspection Date", "Dam Name", "NID ID"),
    ),
    Q(
        "do taller dams hold more water",
        _corr(lambda df: _num(df, "Dam Height (Ft)"), lambda df: _num(df, "Max Storage (Acre-Ft)")),
        ("Dam Height (Ft)", "Max Storage (Acre-Ft)"),
    ),
]


# --- 5. Water utility consumption by class and month ---------------------------------------------------------------

# class: accounts at start, yearly account growth, kgal per account (winter), summer lift, $ per kgal
_WU_CLASSES: dict[str, tuple[int, float, float, float, float]] = {
    "RESIDENTIAL": (48200, 0.014, 4.6, 0.55, 6.10),
    "COMMERCIAL": (5200, 0.008, 38.0, 0.25, 5.40),
    "INDUSTRIAL": (310, 0.0, 610.0, 0.05, 4.20),
    "IRRIGATION": (2100, 0.01, 4.0, 9.0, 6.90),
}


def _wu_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27705)
    rows: list[dict[str, Any]] = []
    for k, month in enumerate(pd.date_range("2018-07-01", "2024-06-01", freq="MS")):
        season = max(0.0, np.sin((month.month - 4) / 12 * 2 * np.pi))  # peaks in July
        tot = {"active_accounts": 0, "consumption_kgal": 0.0, "revenue": 0.0}
        for cls, (acc0, growth, use, lift, rate) in _WU_CLASSES.items():
            accounts = int(acc0 * (1 + growth) ** (k / 12) + rng.normal(0, acc0 * 0.003))
            if cls == "IRRIGATION":
                accounts = int(accounts * (0.35 + 0.65 * season))
            per = use * (1 + lift * season) * rng.normal(1, 0.05)
            kgal = round(accounts * per, 0)
            revenue = round(kgal * rate * (1.03 ** (k // 12)) + 9.5 * accounts, 2)
            rows.append(
                {
                    "billing_month": f"{month:%Y-%m-%d}T00:00:00.000",
                    "customer_class": cls,
                    "active_accounts": accounts,
                    "consumption_kgal": kgal,
                    "revenue": None if rng.random() < 0.02 else revenue,
                    "avg_use_per_account_kgal": round(kgal / accounts, 2),
                }
            )
            tot["active_accounts"] += accounts
            tot["consumption_kgal"] += kgal
            tot["revenue"] += revenue
        rows.append(
            {
                "billing_month": f"{month:%Y-%m-%d}T00:00:00.000",
                "customer_class": "TOTAL",
                "active_accounts": tot["active_accounts"],
                "consumption_kgal": tot["consumption_kgal"],
                "revenue": round(tot["revenue"], 2),
                "avg_use_per_account_kgal": round(tot["consumption_kgal"] / tot["active_accounts"], 2),
            }
        )
    return pd.DataFrame(rows)


def _wu_classes(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "customer_class") != "TOTAL"]


def _wu_month(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "billing_month").str[:10])


def _wu_use(cls: str) -> Check:
    def rows(df: pd.DataFrame) -> pd.DataFrame:
        return df[_text(df, "customer_class") == cls]

    return either(
        _typical(lambda df: _num(rows(df), "avg_use_per_account_kgal")),
        _about(lambda df: float(_num(rows(df), "consumption_kgal").sum() / _num(rows(df), "active_accounts").sum())),
    )


def _wu_revenue(cls: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_num(df[_text(df, "customer_class") == cls], "revenue").sum())


_WU_QS = [
    Q(
        "how much water did we bill in 2023 in total",
        _amount(
            lambda df: float(
                _num(_wu_classes(df), "consumption_kgal")[_wu_month(_wu_classes(df)).dt.year == 2023].sum()
            )
        ),
        ("billing_month", "consumption_kgal", "customer_class"),
    ),
    Q(
        "what month of the year is water use highest",
        _lead(
            _month_of_year(
                lambda df: int(
                    _num(_wu_classes(df), "consumption_kgal")
                    .groupby(_wu_month(_wu_classes(df)).dt.month)
                    .mean()
                    .idxmax()
                )
            )
        ),
        ("billing_month", "consumption_kgal", "customer_class"),
    ),
    Q(
        "avg monthly use per household account?",
        _wu_use("RESIDENTIAL"),
        ("customer_class", "avg_use_per_account_kgal", "consumption_kgal", "active_accounts"),
    ),
    Q(
        "and for businesses (commercial)?",
        _wu_use("COMMERCIAL"),
        ("customer_class", "avg_use_per_account_kgal", "consumption_kgal", "active_accounts"),
    ),
    Q(
        "how does commercial revenue compare to industrial",
        _both(_amount(_wu_revenue("COMMERCIAL")), _amount(_wu_revenue("INDUSTRIAL"))),
        ("customer_class", "revenue"),
    ),
    Q(
        "what share of all the water goes to irrigation",
        _share(
            lambda df: float(
                _num(df[_text(df, "customer_class") == "IRRIGATION"], "consumption_kgal").sum()
                / _num(_wu_classes(df), "consumption_kgal").sum()
            )
        ),
        ("customer_class", "consumption_kgal"),
    ),
]


# --- 6. UDisc disc golf scorecards ---------------------------------------------------------------------------------

# course: layout, pars, distances
_DG_COURSES: dict[str, tuple[str, list[int], list[int]]] = {
    "Maple Hill": (
        "Main",
        [3, 3, 4, 3, 3, 4, 3, 5, 3, 3, 4, 3, 3, 3, 4, 3, 3, 4],
        [285, 310, 520, 245, 330, 610, 290, 780, 265, 350, 545, 300, 225, 380, 495, 275, 320, 560],
    ),
    "Riverside Park": (
        "Blue Tees",
        [3, 3, 3, 3, 4, 3, 3, 3, 3, 3, 3, 4, 3, 3, 3, 3, 3, 3],
        [220, 265, 190, 305, 450, 240, 280, 210, 330, 255, 195, 470, 260, 290, 235, 310, 205, 275],
    ),
    "Cedar Ridge DGC": (
        "Long",
        [3, 4, 3, 3, 4, 3, 5, 3, 3, 4, 3, 3, 4, 3, 3, 4, 3, 4],
        [340, 525, 295, 360, 590, 310, 820, 285, 395, 560, 330, 270, 615, 345, 300, 540, 355, 575],
    ),
}
_DG_PLAYERS = {"Jake": -0.12, "Sam": 0.05, "Priya": 0.18, "Marcus": 0.32}


def _dg_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27706)
    rows: list[dict[str, Any]] = []
    start = pd.Timestamp("2023-03-04 09:00")
    for _ in range(62):
        start += pd.Timedelta(days=int(rng.integers(3, 14)), minutes=int(rng.integers(-200, 200)))
        when = start.replace(hour=int(rng.integers(8, 19)), minute=int(rng.integers(0, 60)))
        course = _one(rng, list(_DG_COURSES), [5, 4, 3])
        layout, pars, dists = _DG_COURSES[course]
        players = ["Jake", *[p for p in ("Sam", "Priya", "Marcus") if rng.random() < 0.7]]
        quit_after = int(rng.integers(9, 15)) if rng.random() < 0.1 else 18
        for player in players:
            for h in range(18):
                par, dist = pars[h], dists[h]
                if h < quit_after:
                    lam = 1.3 + _DG_PLAYERS[player] + (dist / (par * 100) - 0.95) * 0.9 + 0.25 * (h == 6)
                    strokes = par - 1 + int(rng.poisson(max(lam, 0.1)))
                    if par == 3 and rng.random() < 0.008:
                        strokes = 1
                    strokes = max(strokes, 1)
                rows.append(
                    {
                        "Date": f"{when:%Y-%m-%d %H:%M}",
                        "CourseName": course,
                        "LayoutName": layout,
                        "PlayerName": player,
                        "Hole": h + 1,
                        "Par": par,
                        "Strokes": strokes if h < quit_after else None,
                        "+/-": strokes - par if h < quit_after else None,
                        "Distance (ft)": dist,
                    }
                )
    df = pd.DataFrame(rows)
    df["Strokes"] = df["Strokes"].astype("Int64")
    df["+/-"] = df["+/-"].astype("Int64")
    return df


def _dg_best(df: pd.DataFrame) -> list[str]:
    d = df.dropna(subset=["Strokes"])
    full = d.groupby(["Date", "PlayerName"]).filter(lambda g: len(g) == 18)
    return [
        _top(_num(d, "+/-").groupby(d["PlayerName"]).mean(), lowest=True),
        _top(_num(d, "Strokes").groupby(d["PlayerName"]).mean(), lowest=True),
        _top(_num(full, "+/-").groupby([full["Date"], full["PlayerName"]]).sum().groupby(level=1).mean(), lowest=True),
    ]


def _dg_hardest(df: pd.DataFrame) -> list[int]:
    d = df[_text(df, "CourseName") == "Maple Hill"]
    return [int(_top(_num(d, "+/-").groupby(d["Hole"]).mean()))]


def _dg_under(player: str) -> Callable[[pd.DataFrame], int]:
    return lambda df: int((_num(df[_text(df, "PlayerName") == player], "+/-") < 0).sum())


_DG_QS = [
    Q(
        "how many rounds have we played",
        _count(lambda df: int(_text(df, "Date").nunique())),
        ("Date", "CourseName"),
    ),
    Q(
        "who's the best player in the group",
        _lead(_named_any(_dg_best)),
        ("PlayerName", "+/-", "Strokes", "Date"),
    ),
    Q(
        "any aces? how many",
        _count(lambda df: int((_num(df, "Strokes") == 1).sum())),
        ("Strokes",),
    ),
    Q(
        "at maple hill which hole do we do worst on compared to par",
        _lead(_hole(lambda df: _dg_hardest(df)[0])),
        ("CourseName", "Hole", "+/-", "Par", "Strokes"),
    ),
    Q(
        "how many holes has jake finished under par",
        _count(_dg_under("Jake")),
        ("PlayerName", "+/-", "Hole", "Par", "Strokes"),
    ),
    Q(
        "and sam?",
        _count(_dg_under("Sam")),
        ("PlayerName", "+/-", "Hole", "Par", "Strokes"),
    ),
]


# --- 7. Brewery taproom pour log -----------------------------------------------------------------------------------

# beer: style, abv, pints per open day, $ per pint, months on tap (None: all year)
_BR_BEERS: dict[str, tuple[str, float, float, float, tuple[int, ...] | None]] = {
    "Hazy Daze": ("New England IPA", 6.8, 46, 7.0, None),
    "Porch Light": ("Blonde Ale", 4.8, 30, 6.0, None),
    "West Coast Bias": ("West Coast IPA", 7.1, 34, 7.0, None),
    "Night Shift Stout": ("Oatmeal Stout", 5.9, 18, 7.0, None),
    "Town Pils": ("German Pilsner", 5.0, 27, 6.0, None),
    "Double Vision": ("Double IPA", 8.6, 14, 8.0, None),
    "Shandy Summer": ("Radler", 3.9, 36, 6.0, (5, 6, 7, 8)),
    "Fest Bier": ("Marzen", 5.8, 28, 7.0, (9, 10)),
    "Winter Warmer": ("Winter Ale", 7.9, 16, 7.5, (11, 12, 1)),
    "Barrel Baby": ("Imperial Stout", 11.2, 6, 9.0, (2, 12)),
}


def _br_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27707)
    rows: list[dict[str, Any]] = []
    poured = dict.fromkeys(_BR_BEERS, 0.0)
    for day in pd.date_range("2023-01-01", "2023-12-31", freq="D"):
        if day.day_of_week == 0 or (day.month, day.day) in ((12, 25), (11, 23)):
            continue
        busy = {1: 0.8, 2: 0.8, 3: 0.9, 4: 1.25, 5: 1.7, 6: 1.35}[day.day_of_week]
        busy *= 1 + 0.25 * np.sin((day.month - 3) / 12 * 2 * np.pi)
        for beer, (style, abv, base, price, months) in _BR_BEERS.items():
            if months is not None and day.month not in months:
                continue
            pints = int(rng.poisson(base * busy))
            flights = int(rng.poisson(base * busy / 9))
            growlers = int(rng.poisson(base * busy / 25))
            poured[beer] += pints + flights * 0.25 + growlers * 4
            kicked = 0
            while poured[beer] >= 124:  # a half-barrel keg is about 124 pints
                poured[beer] -= 124
                kicked += 1
            revenue = pints * price + flights * 2.5 + growlers * price * 2.4
            rows.append(
                {
                    "Date": f"{day.month}/{day.day}/{day.year}",
                    "Beer": beer,
                    "Style": style,
                    "ABV": f"{abv}%",
                    "Pints Poured": pints,
                    "Flights": flights,
                    "Growler Fills": growlers,
                    "Revenue": f"${revenue:,.2f}",
                    "Kegs Kicked": kicked if kicked else None,
                }
            )
    df = pd.DataFrame(rows)
    df["Kegs Kicked"] = df["Kegs Kicked"].astype("Int64")
    return df


def _br_day(df: pd.DataFrame) -> pd.Series:
    return _dates(df, "Date", "%m/%d/%Y")


def _br_busiest(df: pd.DataFrame) -> list[str]:
    names = _br_day(df).dt.day_name()
    daily = df.assign(_w=names, _r=_num(df, "Revenue"), _d=_br_day(df))
    by_day = daily.groupby(["_d", "_w"])[["Pints Poured", "_r"]].sum().reset_index()
    return [
        _top(daily.groupby("_w")["Pints Poured"].sum()),
        _top(daily.groupby("_w")["_r"].sum()),
        _top(by_day.groupby("_w")["Pints Poured"].mean()),
        _top(by_day.groupby("_w")["_r"].mean()),
    ]


def _br_weekday() -> Check:
    """The busiest weekday by total or by average day, in pints or in revenue."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        picks = _br_busiest(df)
        whys = [_weekday(lambda _d, p=p: p)(answer, df) for p in picks]
        return None if any(w is None for w in whys) else whys[0]

    return check


def _br_per_beer(df: pd.DataFrame) -> pd.DataFrame:
    d = df.assign(_abv=_num(df, "ABV"), _pints=_num(df, "Pints Poured"))
    return d.groupby("Beer").agg(abv=("_abv", "first"), pints=("_pints", "mean"))


_BR_QS = [
    Q(
        "which beer sells the most pints",
        _lead(_named(lambda df: _top(df.groupby("Beer")["Pints Poured"].sum()))),
        ("Beer", "Pints Poured"),
    ),
    Q(
        "how much money did we make in december",
        _amount(lambda df: float(_num(df, "Revenue")[_br_day(df).dt.month == 12].sum())),
        ("Date", "Revenue"),
    ),
    Q(
        "what's our busiest day of the week",
        _lead(_br_weekday()),
        ("Date", "Pints Poured", "Revenue"),
    ),
    Q(
        "do the stronger beers sell less",
        either(
            _corr(lambda df: _num(df, "ABV"), lambda df: _num(df, "Pints Poured")),
            _corr(lambda df: _br_per_beer(df)["abv"], lambda df: _br_per_beer(df)["pints"]),
        ),
        ("ABV", "Pints Poured", "Beer"),
    ),
    Q(
        "how many kegs of hazy daze did we go through",
        _count(lambda df: int(_num(df[_text(df, "Beer") == "Hazy Daze"], "Kegs Kicked").sum())),
        ("Beer", "Kegs Kicked"),
    ),
    Q(
        "and how many growlers of it did we fill?",
        _count(lambda df: int(_num(df[_text(df, "Beer") == "Hazy Daze"], "Growler Fills").sum())),
        ("Beer", "Growler Fills"),
    ),
]


HELDOUT277: list[Dataset] = [
    Dataset("pregnancy_tracker_daily_log", _pg_frame, _PG_QS),
    Dataset("coffee_roaster_wholesale_order_lines", _cf_frame, _CF_QS),
    Dataset("police_traffic_stops", _ts_frame, _TS_QS),
    Dataset("state_dam_safety_inventory", _dm_frame, _DM_QS),
    Dataset("water_utility_consumption_by_class_month", _wu_frame, _WU_QS),
    Dataset("udisc_disc_golf_scorecards", _dg_frame, _DG_QS),
    Dataset("brewery_taproom_pour_log", _br_frame, _BR_QS),
]
