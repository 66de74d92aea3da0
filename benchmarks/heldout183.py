"""HELDOUT183: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a MacroFactor nutrition export (daily totals,
2023-03-01 to 2024-04-30, one row per day) with Date ("2023-03-01"), Expenditure (kcal, one decimal), "Trend Weight
(kg)", "Weight (kg)" (blank on days without a weigh-in), "Calories (kcal)", "Protein (g)", "Fat (g)", "Carbs (g)"
and "Fiber (g)" (all blank on days nothing was logged), "Target Calories (kcal)", "Target Protein (g)", "Target Fat
(g)", "Target Carbs (g)" (targets that change every few weeks) and Steps (blank some days); a Ride with GPS trips
export (2022-2023, one row per trip) with id, name ("Morning Ride", "Gravel loop"), departed_at
("2023-06-04T07:12:33-07:00"), activity_type (cycling:road / cycling:gravel / cycling:mountain / cycling),
distance (metres, one decimal), duration and moving_time (seconds), elevation_gain and elevation_loss (metres),
avg_speed and max_speed (km/h), avg_hr and max_hr (blank without a strap), avg_cad, avg_watts (blank without a
meter), calories, gear ("Canyon Grail", "Trek Domane", blank), locality, administrative_area ("OR") and visibility
(0 / 1 / 2); Apple Watch workouts exported by a third-party app (Health Auto Export style, 2023, one row per
workout) with "Workout Type" (Outdoor Run, Outdoor Walk, Traditional Strength Training, Indoor Cycling, Pool Swim,
HIIT, Yoga), Start and End ("2023-01-03 06:42:10"), Duration ("0:45:12"), "Active Energy (kcal)", "Resting Energy
(kcal)", "Avg Heart Rate (bpm)", "Max Heart Rate (bpm)", "Distance (km)" (blank for workouts without distance),
"Elevation Ascended (m)", "Zone 1 (min)" to "Zone 5 (min)" (minutes in each heart-rate zone, summing to the
duration; heart rate and zones blank on a few workouts) and Source ("Jamie’s Apple Watch"); a Sage Business Cloud
Accounting customer invoices export (April 2023 to March 2024, UK) with "Invoice No." ("SI-1042"), "Customer
Reference" ("HARP001"), "Customer Name", Date and "Due Date" ("14/03/2024", day first), Reference (a PO number or
blank), Net, VAT, Total, Outstanding (0 once paid or void), Status (Paid / Part Paid / Unpaid / Overdue / Void) and
Currency (GBP); the Kansas City 311 call center service requests (KC open data, 2023) with "CASE ID", SOURCE
(PHONE / WEB / EMAIL / APP / WALK IN), DEPARTMENT, "WORK GROUP", "REQUEST TYPE", CATEGORY ("Trash / Recycling",
"Streets / Roadways / Alleys", ...), TYPE, DETAIL, "CREATION DATE" ("03/14/2023"), "CREATION TIME" ("09:12 AM"),
STATUS (RESOL / OPEN / DUP / CANC), "EXCEEDED EST TIMEFRAME" (Y / N, blank while open), "CLOSED DATE" and "DAYS TO
CLOSE" (blank while open), "STREET ADDRESS" (upper case), "ZIP CODE", NEIGHBORHOOD, COUNTY, "COUNCIL DISTRICT" (1-6,
blank for some), "POLICE DISTRICT", "PARCEL ID NO", YCOORDINATE and XCOORDINATE; an INSEE time series download of
monthly consumer price indices (base 2015) in its wide layout, one value column per series each followed by its
code column: "Libellé" and four long French series titles (Ensemble, Alimentation, Énergie, Services) with
"Codes", "Codes.1", "Codes.2", "Codes.3", then three title lines ("idBank" with the series ids, "Dernière mise à
jour" with "15/04/2024 08:45", "Période" with blanks), then one row per month from 2024-03 back to 1990-01 (newest
first) with the index as text ("118.14") and its code (A, P for the provisional last month); and an NSF award
search export (one row per award) with AwardNumber, Title, NSFOrganization (DMS, CCF, IOS, ...), "Program(s)",
StartDate, LastAmendmentDate and EndDate ("09/01/2022"), PrincipalInvestigator, State, Organization,
AwardInstrument (Standard Grant / Continuing Grant / Fellowship Award), ProgramManager, AwardedAmountToDate
("$499,998.00"), "Co-PIName(s)" (blank when none), PIEmailAddress, OrganizationCity, OrganizationState,
OrganizationZip, NSFDirectorate (MPS, CSE, BIO, GEO, ENG, SBE, EDU), "ProgramElementCode(s)", ARRAAmount and
Abstract. All are generated with fixed seeds 18301-18307.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _pct, _share, _text
from .heldout173 import _money, _num, _top
from .offline_eval import DAY_WORDS, Check, Dataset, Q, both, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year

# --- shared helpers ------------------------------------------------------------------------------------------------


def _abouts(*values: Callable[[pd.DataFrame], Any], rel: float = 0.01) -> Check:
    """Any one of the values, to within `rel`."""
    return either(*(_about(v, rel=rel) for v in values))


def _weekday(value: Callable[[pd.DataFrame], int]) -> Check:
    """A weekday name (pandas numbering, Monday = 0)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        d = int(value(df))
        return None if re.search(rf"\b(?:{DAY_WORDS[d]})s?\b", answer, re.IGNORECASE) else f"missing day {d}"

    return check


def _peak_month(dates: pd.Series, weights: pd.Series | None = None, how: str = "sum") -> pd.Timestamp:
    months = dates.dt.to_period("M")
    w = weights if weights is not None else pd.Series(1.0, index=dates.index)
    agg = w.groupby(months).agg(how)
    return agg[agg == agg.max()].index.min().to_timestamp()


def _ymd(s: pd.Series) -> pd.Series:
    return pd.to_datetime(_text(s).str.slice(0, 10), format="%Y-%m-%d", errors="coerce")


def _dmy(s: pd.Series) -> pd.Series:
    return pd.to_datetime(_text(s).str.slice(0, 10), format="%d/%m/%Y", errors="coerce")


def _mdy(s: pd.Series) -> pd.Series:
    return pd.to_datetime(_text(s).str.slice(0, 10), format="%m/%d/%Y", errors="coerce")


# --- 1. MacroFactor nutrition export -------------------------------------------------------------------------------


def _macrofactor_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18301)
    days = pd.date_range("2023-03-01", "2024-04-30", freq="D")
    rows = []
    weight = 86.0
    trend = weight
    target_kcal, target_p = 2200.0, 170.0
    for k, day in enumerate(days):
        if k % int(rng.integers(14, 29) if k % 7 == 0 else 10**6) == 0 and k:
            target_kcal = float(np.clip(target_kcal + rng.choice([-150, -100, 50, 100]), 1800, 2600))
            target_p = float(np.clip(target_p + rng.choice([-10, 0, 10]), 150, 190))
        season = 180 if day.month in (11, 12) else (-120 if day.month in (5, 6) else 0)
        logged = rng.random() > (0.16 if day.month == 12 else 0.07)
        kcal = max(900.0, rng.normal(target_kcal + season + (250 if day.weekday() >= 5 else 0), 260))
        protein = max(40.0, rng.normal(target_p * kcal / target_kcal, 22))
        fat = max(15.0, rng.normal(0.32 * kcal / 9, 9))
        carbs = max(20.0, (kcal - 4 * protein - 9 * fat) / 4 + rng.normal(0, 8))
        trend += (kcal - 2450) / 7700 * 0.6 + rng.normal(0, 0.01)
        weighed = rng.random() < 0.7
        tf = round(0.27 * target_kcal / 9, 0)
        rows.append(
            {
                "Date": day.strftime("%Y-%m-%d"),
                "Expenditure": round(float(rng.normal(2450, 40)), 1),
                "Trend Weight (kg)": round(trend, 2),
                "Weight (kg)": round(trend + float(rng.normal(0, 0.6)), 1) if weighed else None,
                "Calories (kcal)": round(kcal, 1) if logged else None,
                "Protein (g)": round(protein, 1) if logged else None,
                "Fat (g)": round(fat, 1) if logged else None,
                "Carbs (g)": round(carbs, 1) if logged else None,
                "Fiber (g)": round(float(max(3.0, rng.normal(28, 8))), 1) if logged else None,
                "Target Calories (kcal)": target_kcal,
                "Target Protein (g)": target_p,
                "Target Fat (g)": tf,
                "Target Carbs (g)": round((target_kcal - 4 * target_p - 9 * tf) / 4, 0),
                "Steps": int(rng.normal(8500, 2800)) if rng.random() > 0.05 else None,
            }
        )
    return pd.DataFrame(rows)


def _mf_logged(d: pd.DataFrame) -> pd.DataFrame:
    return d[pd.to_numeric(d["Calories (kcal)"], errors="coerce").notna()]


def _mf_hit(d: pd.DataFrame) -> pd.Series:
    x = _mf_logged(d)
    return pd.to_numeric(x["Protein (g)"], errors="coerce") >= pd.to_numeric(x["Target Protein (g)"], errors="coerce")


_MF_ID = ("Date",)
_MACROFACTOR_QS = [
    Q(
        "how many days did i actually log my food",
        _count(lambda d: len(_mf_logged(d))),
        ("Calories (kcal)", "Protein (g)", "Fat (g)", "Carbs (g)", "Fiber (g)", *_MF_ID),
    ),
    Q(
        "whats my average calories per day",
        _abouts(
            lambda d: pd.to_numeric(d["Calories (kcal)"], errors="coerce").mean(),
            lambda d: pd.to_numeric(d["Calories (kcal)"], errors="coerce").median(),
        ),
        ("Calories (kcal)", *_MF_ID),
    ),
    Q(
        "on how many days did i hit my protein target",
        _count(lambda d: int(_mf_hit(d).sum())),
        ("Protein (g)", "Target Protein (g)", *_MF_ID),
    ),
    Q(
        "what share of logged days is that",
        _share(lambda d: float(_mf_hit(d).mean())),
        ("Protein (g)", "Target Protein (g)", "Calories (kcal)", *_MF_ID),
    ),
    Q(
        "which month did i eat the most, on average",
        _lead(
            _month_year(
                lambda d: _peak_month(_ymd(d["Date"]), pd.to_numeric(d["Calories (kcal)"], errors="coerce"), "mean")
            )
        ),
        ("Calories (kcal)", *_MF_ID),
    ),
    Q(
        "does protein go up when i eat more calories?",
        _corr(
            lambda d: pd.to_numeric(d["Calories (kcal)"], errors="coerce"),
            lambda d: pd.to_numeric(d["Protein (g)"], errors="coerce"),
        ),
        ("Calories (kcal)", "Protein (g)", *_MF_ID),
    ),
]


# --- 2. Ride with GPS trips export ---------------------------------------------------------------------------------

_RW_TYPES = {"cycling:road": 45, "cycling:gravel": 30, "cycling:mountain": 12, "cycling": 13}
_RW_PLACES = [("Portland", "OR"), ("Beaverton", "OR"), ("Hillsboro", "OR"), ("Vancouver", "WA"), ("Sandy", "OR")]


def _ridewithgps_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18302)
    rows = []
    t = pd.Timestamp("2022-01-02 07:00")
    rid = 81_234_567
    types = list(_RW_TYPES)
    tw = np.array(list(_RW_TYPES.values()), dtype=float)
    while t < pd.Timestamp("2023-12-30"):
        summer = t.month in (5, 6, 7, 8, 9)
        t += pd.Timedelta(hours=float(rng.exponential(26 if summer else 52)))
        kind = str(rng.choice(types, p=tw / tw.sum()))
        base = {"cycling:road": 55, "cycling:gravel": 42, "cycling:mountain": 22, "cycling": 15}[kind]
        dist = float(rng.lognormal(np.log(base * 1000), 0.45))
        speed = {"cycling:road": 27.0, "cycling:gravel": 21.0, "cycling:mountain": 14.5, "cycling": 18.0}[kind]
        speed = max(8.0, rng.normal(speed, 2.2))
        moving = int(dist / (speed / 3.6))
        duration = int(moving * rng.uniform(1.03, 1.35))
        climb = dist / 1000 * rng.uniform(4, 18) * (1.6 if kind == "cycling:mountain" else 1.0)
        hr = rng.random() > 0.2
        watts = kind == "cycling:road" and rng.random() > 0.3
        city, state = _RW_PLACES[int(rng.integers(len(_RW_PLACES)))]
        hour = int(rng.integers(6, 18))
        start = t.normalize() + pd.Timedelta(hours=hour, minutes=int(rng.integers(60)), seconds=int(rng.integers(60)))
        off = "-07:00" if 3 <= start.month <= 10 else "-08:00"
        rid += int(rng.integers(50, 4000))
        part = "Morning" if hour < 12 else ("Afternoon" if hour < 17 else "Evening")
        rows.append(
            {
                "id": rid,
                "name": f"{part} Ride" if rng.random() < 0.7 else f"{city} {kind.split(':')[-1]} loop",
                "departed_at": start.strftime("%Y-%m-%dT%H:%M:%S") + off,
                "activity_type": kind,
                "distance": round(dist, 1),
                "duration": duration,
                "moving_time": moving,
                "elevation_gain": round(climb, 1),
                "elevation_loss": round(climb * rng.uniform(0.95, 1.05), 1),
                "avg_speed": round(dist / moving * 3.6, 2),
                "max_speed": round(dist / moving * 3.6 * rng.uniform(1.6, 2.4), 2),
                "avg_hr": round(float(rng.normal(138, 10)), 0) if hr else None,
                "max_hr": round(float(rng.normal(172, 8)), 0) if hr else None,
                "avg_cad": round(float(rng.normal(84, 6)), 0) if rng.random() > 0.25 else None,
                "avg_watts": round(float(rng.normal(185, 30)), 0) if watts else None,
                "calories": int(dist / 1000 * rng.uniform(22, 32)),
                "gear": {"cycling:road": "Trek Domane", "cycling:gravel": "Canyon Grail"}.get(kind, "")
                if rng.random() > 0.1
                else "",
                "locality": city,
                "administrative_area": state,
                "visibility": int(rng.choice([0, 1, 2], p=[0.7, 0.1, 0.2])),
            }
        )
    return pd.DataFrame(rows)


def _rw_when(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["departed_at"]).str.slice(0, 19), format="%Y-%m-%dT%H:%M:%S")


def _rw_speed(d: pd.DataFrame, kind: str, computed: bool) -> float:
    x = d[_text(d["activity_type"]) == kind]
    if computed:
        return float(x["distance"].sum() / x["moving_time"].sum() * 3.6)
    return float(x["avg_speed"].mean())


_RW_ID = ("id", "departed_at", "name")
_RIDEWITHGPS_QS = [
    Q(
        "how many rides did i do in 2023",
        _count(lambda d: int((_rw_when(d).dt.year == 2023).sum())),
        _RW_ID,
    ),
    Q(
        "total distance ridden?",
        _abouts(
            lambda d: d["distance"].sum() / 1000,
            lambda d: d["distance"].sum(),
            lambda d: d["distance"].sum() / 1609.344,
        ),
        ("distance", *_RW_ID),
    ),
    Q(
        "how far was my longest ride",
        _abouts(
            lambda d: d["distance"].max() / 1000,
            lambda d: d["distance"].max(),
            lambda d: d["distance"].max() / 1609.344,
        ),
        ("distance", *_RW_ID),
    ),
    Q(
        "am i faster on road rides or gravel rides",
        either(
            both(
                _about(lambda d: _rw_speed(d, "cycling:road", False)),
                _about(lambda d: _rw_speed(d, "cycling:gravel", False)),
            ),
            both(
                _about(lambda d: _rw_speed(d, "cycling:road", True)),
                _about(lambda d: _rw_speed(d, "cycling:gravel", True)),
            ),
        ),
        ("activity_type", "avg_speed", "distance", "moving_time", *_RW_ID),
    ),
    Q(
        "which month did i climb the most",
        _lead(_month_year(lambda d: _peak_month(_rw_when(d), d["elevation_gain"]))),
        ("elevation_gain", *_RW_ID),
    ),
    Q(
        "how many rides have no heart rate data",
        _count(lambda d: int(d["avg_hr"].isna().sum())),
        ("avg_hr", "max_hr", *_RW_ID),
    ),
]


# --- 3. Apple Watch workouts (third-party export) ------------------------------------------------------------------

# type: weight, median minutes, average heart rate, has distance
_AW_TYPES = {
    "Outdoor Run": (30, 38, 152, True),
    "Outdoor Walk": (22, 45, 108, True),
    "Traditional Strength Training": (20, 50, 118, False),
    "Indoor Cycling": (10, 40, 140, False),
    "Pool Swim": (6, 35, 130, True),
    "HIIT": (7, 25, 155, False),
    "Yoga": (5, 45, 95, False),
}


def _aw_clock(sec: int) -> str:
    h, rest = divmod(sec, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}"


def _applewatch_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18303)
    names = list(_AW_TYPES)
    w = np.array([v[0] for v in _AW_TYPES.values()], dtype=float)
    rows = []
    for day in pd.date_range("2023-01-01", "2023-12-31", freq="D"):
        p = {0: 0.75, 1: 0.55, 2: 0.8, 3: 0.5, 4: 0.35, 5: 0.9, 6: 0.6}[day.weekday()]
        for _ in range(int(rng.random() < p) + int(rng.random() < 0.3)):
            kind = str(rng.choice(names, p=w / w.sum()))
            _, mins, hr, has_dist = _AW_TYPES[kind]
            sec = int(max(600, rng.normal(mins * 60, mins * 12)))
            start = day + pd.Timedelta(hours=int(rng.choice([6, 7, 12, 17, 18, 19])), minutes=int(rng.integers(60)))
            start += pd.Timedelta(seconds=int(rng.integers(60)))
            avg = float(rng.normal(hr, 7))
            total = sec / 60
            centre = np.clip((avg - 95) / 18, 0, 4)
            raw = np.exp(-0.9 * (np.arange(5) - centre) ** 2) + rng.uniform(0, 0.05, 5)
            zones = np.round(raw / raw.sum() * total, 1)
            no_hr = rng.random() < 0.03
            dist = {"Outdoor Run": 10.5, "Outdoor Walk": 5.5, "Pool Swim": 2.8}.get(kind, 0) * total / 60
            rows.append(
                {
                    "Workout Type": kind,
                    "Start": start.strftime("%Y-%m-%d %H:%M:%S"),
                    "End": (start + pd.Timedelta(seconds=sec)).strftime("%Y-%m-%d %H:%M:%S"),
                    "Duration": _aw_clock(sec),
                    "Active Energy (kcal)": round(total * (avg - 60) * 0.09 * rng.uniform(0.85, 1.15), 1),
                    "Resting Energy (kcal)": round(total * 1.2, 1),
                    "Avg Heart Rate (bpm)": None if no_hr else round(avg, 0),
                    "Max Heart Rate (bpm)": None if no_hr else round(avg + rng.uniform(12, 30), 0),
                    "Distance (km)": round(dist * rng.uniform(0.9, 1.1), 2) if has_dist else None,
                    "Elevation Ascended (m)": round(float(rng.uniform(5, 90)), 1)
                    if kind.startswith("Outdoor")
                    else None,
                    **{f"Zone {z + 1} (min)": None if no_hr else float(zones[z]) for z in range(5)},
                    "Source": "Jamie\u2019s Apple Watch",
                }
            )
    return pd.DataFrame(rows)


def _aw_minutes(d: pd.DataFrame) -> pd.Series:
    return pd.to_timedelta(_text(d["Duration"])).dt.total_seconds() / 60


def _aw_z5(d: pd.DataFrame) -> float:
    return float(pd.to_numeric(d["Zone 5 (min)"], errors="coerce").sum())


_AW_ZONES = tuple(f"Zone {z} (min)" for z in range(1, 6))
_AW_ID = ("Workout Type", "Start", "End")
_APPLEWATCH_QS = [
    Q(
        "what kind of workout do i do the most",
        _lead(_named(lambda d: _top(d["Workout Type"].value_counts()))),
        _AW_ID,
    ),
    Q(
        "how much time did i spend working out in total",
        _abouts(lambda d: _aw_minutes(d).sum(), lambda d: _aw_minutes(d).sum() / 60),
        ("Duration", *_AW_ID),
    ),
    Q(
        "whats my average heart rate on runs",
        _about(
            lambda d: pd.to_numeric(d.loc[_text(d["Workout Type"]) == "Outdoor Run", "Avg Heart Rate (bpm)"]).mean()
        ),
        ("Avg Heart Rate (bpm)", *_AW_ID),
    ),
    Q(
        "how long was i in zone 5 overall",
        _abouts(_aw_z5, lambda d: _aw_z5(d) / 60),
        ("Zone 5 (min)", *_AW_ID),
    ),
    Q(
        "and what share of all my workout time is that",
        either(
            _share(lambda d: _aw_z5(d) / float(_aw_minutes(d).sum())),
            _share(lambda d: _aw_z5(d) / float(d[list(_AW_ZONES)].apply(pd.to_numeric).sum().sum())),
        ),
        ("Duration", *_AW_ZONES, *_AW_ID),
    ),
    Q(
        "which day of the week do i work out most",
        _lead(_weekday(lambda d: int(pd.to_datetime(d["Start"]).dt.weekday.value_counts().idxmax()))),
        ("Start", *_AW_ID),
    ),
]


# --- 4. Sage Business Cloud Accounting customer invoices -------------------------------------------------------------

_SG_CUSTOMERS = {
    "Harper & Lowe Ltd": ("HARP001", 9),
    "Northgate Dental Practice": ("NORT001", 6),
    "Bluebell Catering": ("BLUE001", 8),
    "Ashworth Joinery": ("ASHW001", 4),
    "Cobalt Media Ltd": ("COBA001", 7),
    "Fenwick & Sons": ("FENW001", 3),
    "Greenleaf Garden Centre": ("GREE001", 5),
    "Kestrel Logistics": ("KEST001", 6),
    "Marlow Property Services": ("MARL001", 4),
    "Oakridge Veterinary": ("OAKR001", 3),
    "Pennine Print Co": ("PENN001", 5),
    "Riverside Café": ("RIVE001", 2),
    "Thornbury Estates": ("THOR001", 3),
    "Wexford Consulting": ("WEXF001", 2),
}


def _sage_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18304)
    names = list(_SG_CUSTOMERS)
    w = np.array([v[1] for v in _SG_CUSTOMERS.values()], dtype=float)
    scale = {n: float(rng.lognormal(np.log(900), 0.6)) for n in names}
    days = pd.date_range("2023-04-01", "2024-03-31", freq="D")
    dw = np.array([0.2 if d.weekday() >= 5 else (1.5 if d.month in (10, 11, 3) else 1.0) for d in days])
    picks = np.sort(rng.choice(len(days), size=960, p=dw / dw.sum()))
    today = pd.Timestamp("2024-04-10")
    rows = []
    for k, i in enumerate(picks):
        day = days[i]
        name = str(rng.choice(names, p=w / w.sum()))
        net = round(float(scale[name] * rng.lognormal(0, 0.5)), 2)
        vat = round(net * (0.2 if rng.random() > 0.08 else 0.0), 2)
        total = round(net + vat, 2)
        due = day + pd.Timedelta(days=int(rng.choice([14, 30, 30, 30, 60])))
        void = rng.random() < 0.025
        late_p = 0.08 if due < today - pd.Timedelta(days=60) else 0.35
        if void:
            status, out = "Void", 0.0
        elif rng.random() < late_p:
            if rng.random() < 0.3:
                out = round(total * rng.uniform(0.2, 0.8), 2)
                status = "Part Paid"
            else:
                out = total
                status = "Overdue" if due < today else "Unpaid"
        else:
            status, out = "Paid", 0.0
        rows.append(
            {
                "Invoice No.": f"SI-{1042 + k}",
                "Customer Reference": _SG_CUSTOMERS[name][0],
                "Customer Name": name,
                "Date": day.strftime("%d/%m/%Y"),
                "Due Date": due.strftime("%d/%m/%Y"),
                "Reference": f"PO{int(rng.integers(10000, 99999))}" if rng.random() < 0.4 else "",
                "Net": net,
                "VAT": vat,
                "Total": total,
                "Outstanding": out,
                "Status": status,
                "Currency": "GBP",
            }
        )
    return pd.DataFrame(rows)


def _sg_live(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["Status"]) != "Void"]


def _sg_month(d: pd.DataFrame, col: str, void: bool) -> pd.Timestamp:
    x = d if void else _sg_live(d)
    return _peak_month(_dmy(x["Date"]), x[col])


_SG_ID = ("Invoice No.", "Customer Name", "Date", "Status")
_SAGE_QS = [
    Q(
        "how much did we invoice in total",
        either(
            _money(lambda d: d["Total"].sum()),
            _money(lambda d: _sg_live(d)["Total"].sum()),
            _money(lambda d: d["Net"].sum()),
            _money(lambda d: _sg_live(d)["Net"].sum()),
        ),
        ("Total", "Net", "VAT", *_SG_ID),
    ),
    Q(
        "how much is still owed to us",
        _money(lambda d: d["Outstanding"].sum()),
        ("Outstanding", *_SG_ID),
    ),
    Q(
        "which customer owes the most",
        _lead(_named(lambda d: _top(d.groupby("Customer Name")["Outstanding"].sum()))),
        ("Outstanding", "Customer Reference", *_SG_ID),
    ),
    Q(
        "how many invoices are overdue",
        _count(lambda d: int((_text(d["Status"]) == "Overdue").sum())),
        ("Due Date", "Outstanding", *_SG_ID),
    ),
    Q(
        "what's a typical invoice worth",
        either(
            *(
                _money(f)
                for f in (
                    lambda d: d["Total"].mean(),
                    lambda d: d["Total"].median(),
                    lambda d: _sg_live(d)["Total"].mean(),
                    lambda d: _sg_live(d)["Total"].median(),
                    lambda d: d["Net"].mean(),
                    lambda d: d["Net"].median(),
                    lambda d: _sg_live(d)["Net"].mean(),
                    lambda d: _sg_live(d)["Net"].median(),
                )
            )
        ),
        ("Total", "Net", *_SG_ID),
    ),
    Q(
        "best month for sales?",
        either(
            *(
                _lead(_month_year(lambda d, c=c, v=v: _sg_month(d, c, v)))
                for c in ("Total", "Net")
                for v in (True, False)
            )
        ),
        ("Total", "Net", *_SG_ID),
    ),
]


# --- 5. Kansas City 311 call center service requests ---------------------------------------------------------------

# category: (department, work group, request types, weight, typical days to close)
_KC_CATS = {
    "Trash / Recycling": ("Public Works", "PW-Solid Waste", ["Missed Pickup", "Bulky Item", "Recycling Cart"], 26, 4),
    "Streets / Roadways / Alleys": ("Public Works", "PW-Street Maint", ["Pothole", "Street Sweeping"], 20, 12),
    "Water Services": ("Water Services", "WSD-Field Ops", ["Water Main Break", "Meter Issue"], 12, 6),
    "Property / Buildings / Construction": (
        "Neighborhood Services",
        "NHS-Property Maint",
        ["Property Violations", "Dangerous Building"],
        18,
        35,
    ),
    "Mowing / Weeds": ("Neighborhood Services", "NHS-Weeds", ["Tall Weeds", "Overgrown Lot"], 10, 20),
    "Animals / Pets": ("Neighborhood Services", "NHS-Animal Health", ["Stray Dog", "Dead Animal"], 8, 3),
    "Lights / Signals": ("Public Works", "PW-Traffic", ["Streetlight Out", "Signal Timing"], 6, 9),
}
_KC_HOODS = ["Westport", "Midtown", "Waldo", "Brookside", "Northeast", "Swope Park", "Crossroads", "Blue Valley"]


def _kc311_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18305)
    cats = list(_KC_CATS)
    cw = np.array([v[3] for v in _KC_CATS.values()], dtype=float)
    days = pd.date_range("2023-01-01", "2023-12-31", freq="D")
    dw = np.array([1.4 if d.month in (5, 6, 7, 8) else 1.0 for d in days]) * np.where(days.weekday >= 5, 0.4, 1.0)
    n = 3400
    picks = np.sort(rng.choice(len(days), size=n, p=dw / dw.sum()))
    end = pd.Timestamp("2024-01-05")
    rows = []
    for k, i in enumerate(picks):
        day = days[i]
        cat = str(rng.choice(cats, p=cw / cw.sum()))
        dept, group, types, _, typical = _KC_CATS[cat]
        rtype = str(rng.choice(types))
        district = int(rng.choice(np.arange(1, 7), p=[0.14, 0.12, 0.22, 0.16, 0.2, 0.16]))
        if cat == "Trash / Recycling":
            district = int(rng.choice(np.arange(1, 7), p=[0.12, 0.1, 0.16, 0.14, 0.3, 0.18]))
        wait = int(rng.exponential(typical))
        closed = day + pd.Timedelta(days=wait)
        status = str(rng.choice(["RESOL", "DUP", "CANC"], p=[0.9, 0.06, 0.04]))
        if closed > end or rng.random() < 0.04:
            status = "OPEN"
        open_ = status == "OPEN"
        hour = int(rng.integers(7, 19))
        minute = int(rng.integers(60))
        rows.append(
            {
                "CASE ID": 2_023_000_000 + 1_000 + k * 7 + int(rng.integers(7)),
                "SOURCE": str(
                    rng.choice(["PHONE", "WEB", "EMAIL", "APP", "WALK IN"], p=[0.52, 0.24, 0.06, 0.16, 0.02])
                ),
                "DEPARTMENT": dept,
                "WORK GROUP": group,
                "REQUEST TYPE": f"{cat.split(' /')[0]}-{rtype}",
                "CATEGORY": cat,
                "TYPE": rtype,
                "DETAIL": rtype if rng.random() < 0.5 else "",
                "CREATION DATE": day.strftime("%m/%d/%Y"),
                "CREATION TIME": f"{(hour - 1) % 12 + 1:02d}:{minute:02d} {'AM' if hour < 12 else 'PM'}",
                "STATUS": status,
                "EXCEEDED EST TIMEFRAME": "" if open_ else ("Y" if wait > typical * 1.5 else "N"),
                "CLOSED DATE": "" if open_ else closed.strftime("%m/%d/%Y"),
                "DAYS TO CLOSE": None if open_ else wait,
                "STREET ADDRESS": f"{int(rng.integers(100, 9999))} "
                + str(
                    rng.choice(["MAIN ST", "TROOST AVE", "PROSPECT AVE", "E 39TH ST", "WORNALL RD", "BROADWAY BLVD"])
                ),
                "ZIP CODE": int(rng.choice([64108, 64109, 64110, 64111, 64113, 64124, 64130])),
                "NEIGHBORHOOD": str(rng.choice(_KC_HOODS)),
                "COUNTY": "JACKSON" if rng.random() < 0.85 else "CLAY",
                "COUNCIL DISTRICT": None if rng.random() < 0.03 else district,
                "POLICE DISTRICT": str(rng.choice(["Central", "Metro", "East", "South", "North", "Shoal Creek"])),
                "PARCEL ID NO": int(rng.integers(10_000, 99_999)),
                "YCOORDINATE": round(float(rng.uniform(38.9, 39.2)), 6),
                "XCOORDINATE": round(float(rng.uniform(-94.7, -94.4)), 6),
            }
        )
    return pd.DataFrame(rows)


def _kc_trash_district(d: pd.DataFrame) -> str:
    x = d[_text(d["CATEGORY"]).str.contains("Trash", case=False)]
    return str(int(x["COUNCIL DISTRICT"].value_counts().idxmax()))


def _kc_exceeded(d: pd.DataFrame, all_rows: bool) -> float:
    flag = _text(d["EXCEEDED EST TIMEFRAME"])
    return float((flag == "Y").sum() / (len(d) if all_rows else (flag != "").sum()))


def _district_word(value: Callable[[pd.DataFrame], str]) -> Check:
    """A district number as a word of its own ("district 5", "5")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        v = value(df)
        return None if re.search(rf"(?<![\d.,]){v}(?![\d.,]\d|\d)", answer) else f"missing district {v}"

    return check


_KC_ID = ("CASE ID", "CREATION DATE")
_KC311_QS = [
    Q(
        "how many requests are still open",
        _count(lambda d: int((_text(d["STATUS"]) == "OPEN").sum())),
        ("STATUS", "CLOSED DATE", *_KC_ID),
    ),
    Q(
        "which department gets the most requests",
        _lead(_named(lambda d: _top(d["DEPARTMENT"].value_counts()))),
        ("DEPARTMENT", *_KC_ID),
    ),
    Q(
        "how long does it usually take to close one",
        _abouts(lambda d: d["DAYS TO CLOSE"].mean(), lambda d: d["DAYS TO CLOSE"].median()),
        ("DAYS TO CLOSE", "CLOSED DATE", "STATUS", *_KC_ID),
    ),
    Q(
        "what share went past the estimated timeframe",
        either(_share(lambda d: _kc_exceeded(d, True)), _share(lambda d: _kc_exceeded(d, False))),
        ("EXCEEDED EST TIMEFRAME", *_KC_ID),
    ),
    Q(
        "which council district had the most trash complaints",
        _lead(_district_word(_kc_trash_district)),
        ("COUNCIL DISTRICT", "CATEGORY", "REQUEST TYPE", "TYPE", *_KC_ID),
    ),
    Q(
        "how many requests came in by phone in june",
        _count(lambda d: int(((_text(d["SOURCE"]) == "PHONE") & (_mdy(d["CREATION DATE"]).dt.month == 6)).sum())),
        ("SOURCE", *_KC_ID),
    ),
]


# --- 6. INSEE monthly consumer price indices (wide download with title lines) -------------------------------------

_IN_BASE = "Indice des prix à la consommation - Base 2015 - Ensemble des ménages - France - "
_IN_SERIES = {
    "Ensemble": ("001759970", 0.0016, 0.0025),
    "Alimentation": ("001764288", 0.0017, 0.004),
    "Énergie": ("001764316", 0.0024, 0.011),
    "Services": ("001764324", 0.0021, 0.0015),
}
_IN_COLS = {name: f"{_IN_BASE}Nomenclature Coicop : {name}" for name in _IN_SERIES}
_IN_CODES = {name: "Codes" if k == 0 else f"Codes.{k}" for k, name in enumerate(_IN_SERIES)}


def _insee_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18306)
    months = pd.period_range("1990-01", "2024-03", freq="M")
    i2015 = [k for k, m in enumerate(months) if m.year == 2015]
    levels = {}
    for name, (_, drift, vol) in _IN_SERIES.items():
        steps = np.array(
            [
                drift * (3.2 if 2022 <= m.year <= 2023 else 1.0) * (0.4 if 2013 <= m.year <= 2020 else 1.0)
                + (0.012 if name == "Énergie" and m.year == 2022 and m.month <= 6 else 0.0)
                + rng.normal(0, vol)
                for m in months
            ]
        )
        path = np.exp(np.cumsum(steps))
        levels[name] = path / path[i2015].mean() * 100
    rows = [
        {"Libellé": "idBank", **{c: _IN_SERIES[n][0] for n, c in _IN_COLS.items()}},
        {"Libellé": "Dernière mise à jour", **{c: "15/04/2024 08:45" for c in _IN_COLS.values()}},
        {"Libellé": "Période", **{c: "" for c in _IN_COLS.values()}},
    ]
    for k in range(len(months) - 1, -1, -1):
        row: dict[str, Any] = {"Libellé": str(months[k])}
        for n, c in _IN_COLS.items():
            row[c] = f"{levels[n][k]:.2f}"
            row[_IN_CODES[n]] = "P" if k == len(months) - 1 else "A"
        rows.append(row)
    cols = ["Libellé"] + [x for n in _IN_SERIES for x in (_IN_COLS[n], _IN_CODES[n])]
    return pd.DataFrame(rows).reindex(columns=cols).fillna("")


def _in(d: pd.DataFrame, name: str) -> pd.Series:
    """One series by month, oldest first."""
    keep = _text(d["Libellé"]).str.fullmatch(r"\d{4}-\d{2}")
    x = d[keep]
    s = pd.Series(
        pd.to_numeric(x[_IN_COLS[name]], errors="coerce").to_numpy(),
        index=pd.PeriodIndex(_text(x["Libellé"]), freq="M"),
    )
    return s.sort_index()


def _in_jump(d: pd.DataFrame, pct: bool) -> pd.Timestamp:
    s = _in(d, "Énergie")
    ch = s.pct_change() if pct else s.diff()
    return ch.idxmax().to_timestamp()


def _in_first_above(d: pd.DataFrame, level: float) -> pd.Timestamp:
    s = _in(d, "Ensemble")
    return s[s > level].index.min().to_timestamp()


_IN_ID = ("Libellé",)
_IN_ALL = (_IN_COLS["Ensemble"], _IN_CODES["Ensemble"], *_IN_ID)
_INSEE_QS = [
    Q(
        "what's the latest value of the overall price index",
        _about(lambda d: float(_in(d, "Ensemble").iloc[-1]), rel=0.001),
        _IN_ALL,
    ),
    Q(
        "how much did overall prices go up over the last 12 months",
        _pct(lambda d: float(_in(d, "Ensemble").iloc[-1] / _in(d, "Ensemble").iloc[-13] - 1)),
        _IN_ALL,
    ),
    Q(
        "which month had the biggest monthly jump in energy prices",
        either(
            _lead(_month_year(lambda d: _in_jump(d, True))),
            _lead(_month_year(lambda d: _in_jump(d, False))),
        ),
        (_IN_COLS["Énergie"], _IN_CODES["Énergie"], *_IN_ID),
    ),
    Q(
        "average food price index in 2022",
        _about(lambda d: float(_in(d, "Alimentation")[lambda s: s.index.year == 2022].mean()), rel=0.002),
        (_IN_COLS["Alimentation"], _IN_CODES["Alimentation"], *_IN_ID),
    ),
    Q(
        "when did the overall index first go above 110",
        _month_year(lambda d: _in_first_above(d, 110)),
        _IN_ALL,
    ),
    Q(
        "are food and energy prices correlated",
        _corr(lambda d: _in(d, "Alimentation"), lambda d: _in(d, "Énergie")),
        (
            _IN_COLS["Alimentation"],
            _IN_COLS["Énergie"],
            _IN_CODES["Alimentation"],
            _IN_CODES["Énergie"],
            *_IN_ID,
        ),
    ),
]


# --- 7. NSF award search export ------------------------------------------------------------------------------------

# directorate: (divisions, weight, median award)
_NSF_DIRS = {
    "MPS": (["DMS", "CHE", "PHY", "DMR", "AST"], 24, 360_000),
    "CSE": (["CCF", "CNS", "IIS", "OAC"], 22, 420_000),
    "BIO": (["IOS", "DEB", "MCB", "DBI"], 16, 520_000),
    "GEO": (["EAR", "OCE", "AGS", "OPP"], 12, 380_000),
    "ENG": (["CMMI", "ECCS", "CBET", "TI"], 15, 300_000),
    "SBE": (["SES", "BCS"], 6, 240_000),
    "EDU": (["DUE", "DRL", "DGE"], 5, 900_000),
}
_NSF_ORGS = {
    "University of Michigan-Ann Arbor": ("Ann Arbor", "MI", "48109", 9),
    "University of Washington": ("Seattle", "WA", "98195", 8),
    "Georgia Tech Research Corporation": ("Atlanta", "GA", "30332", 7),
    "University of California-Berkeley": ("Berkeley", "CA", "94710", 6),
    "Arizona State University": ("Tempe", "AZ", "85281", 5),
    "Pennsylvania State Univ University Park": ("University Park", "PA", "16802", 5),
    "University of Texas at Austin": ("Austin", "TX", "78712", 6),
    "Ohio State University": ("Columbus", "OH", "43210", 4),
    "Oregon State University": ("Corvallis", "OR", "97331", 3),
    "University of Colorado at Boulder": ("Boulder", "CO", "80309", 4),
    "Rutgers University New Brunswick": ("Piscataway", "NJ", "08854", 3),
    "Tufts University": ("Medford", "MA", "02155", 2),
}
_NSF_FIRST = ["Maria", "James", "Wei", "Priya", "David", "Sarah", "Ahmed", "Elena", "Kevin", "Yuki", "Laura", "Omar"]
_NSF_LAST = ["Garcia", "Chen", "Patel", "Smith", "Nguyen", "Kim", "Johnson", "Rossi", "Okafor", "Müller", "Brown"]


def _nsf_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18307)
    dirs = list(_NSF_DIRS)
    dw = np.array([v[1] for v in _NSF_DIRS.values()], dtype=float)
    orgs = list(_NSF_ORGS)
    ow = np.array([v[3] for v in _NSF_ORGS.values()], dtype=float)
    rows = []
    for k in range(1450):
        direc = str(rng.choice(dirs, p=dw / dw.sum()))
        divs, _, med = _NSF_DIRS[direc]
        div = str(rng.choice(divs))
        inst = str(rng.choice(["Standard Grant", "Continuing Grant", "Fellowship Award"], p=[0.62, 0.33, 0.05]))
        amount = float(rng.lognormal(np.log(med * (1.35 if inst == "Continuing Grant" else 1.0)), 0.55))
        if inst == "Fellowship Award":
            amount = 138_000.0
        amount = round(amount / 1000) * 1000 - float(rng.choice([0, 0, 2, 1]))
        year = int(rng.choice([2020, 2021, 2022, 2023], p=[0.22, 0.25, 0.28, 0.25]))
        start = pd.Timestamp(year, int(rng.choice([6, 7, 8, 9, 9, 9, 10, 1])), 1) + pd.Timedelta(
            days=int(rng.choice([0, 0, 0, 14]))
        )
        org = str(rng.choice(orgs, p=ow / ow.sum()))
        city, state, zipc, _ = _NSF_ORGS[org]
        pi = f"{rng.choice(_NSF_FIRST)} {rng.choice(_NSF_LAST)}"
        ncopi = int(rng.choice([0, 1, 2, 3, 4], p=[0.42, 0.25, 0.18, 0.1, 0.05]))
        copis = ", ".join(f"{rng.choice(_NSF_FIRST)} {rng.choice(_NSF_LAST)}" for _ in range(ncopi))
        rows.append(
            {
                "AwardNumber": int(2000000 + (year - 2020) * 100000 + k * 37 + int(rng.integers(30))),
                "Title": f"{'Collaborative Research: ' if rng.random() < 0.3 else ''}"
                + str(
                    rng.choice(
                        [
                            "CAREER: Understanding Microbial Community Assembly",
                            "Scalable Algorithms for Sparse Graph Problems",
                            "Dynamics of Ice Sheet Grounding Lines",
                            "Quantum Materials Under Strain",
                            "Improving Undergraduate STEM Retention",
                            "Resilient Infrastructure Sensing Networks",
                            "Labor Markets and Household Decisions",
                        ]
                    )
                ),
                "NSFOrganization": div,
                "Program(s)": f"{div} Core Program",
                "StartDate": start.strftime("%m/%d/%Y"),
                "LastAmendmentDate": (start + pd.Timedelta(days=int(rng.integers(0, 600)))).strftime("%m/%d/%Y"),
                "PrincipalInvestigator": pi,
                "State": state,
                "Organization": org,
                "AwardInstrument": inst,
                "ProgramManager": f"{rng.choice(_NSF_FIRST)} {rng.choice(_NSF_LAST)}",
                "EndDate": (
                    start + pd.DateOffset(years=int(rng.choice([2, 3, 3, 4, 5]))) - pd.Timedelta(days=1)
                ).strftime("%m/%d/%Y"),
                "AwardedAmountToDate": f"${amount:,.2f}",
                "Co-PIName(s)": copis,
                "PIEmailAddress": f"{pi.split()[0][0].lower()}{pi.split()[1].lower()}@example.edu",
                "OrganizationCity": city,
                "OrganizationState": state,
                "OrganizationZip": zipc,
                "NSFDirectorate": direc,
                "ProgramElementCode(s)": str(int(rng.integers(1000, 9999))),
                "ARRAAmount": "",
                "Abstract": "This award reflects NSF's statutory mission and has been deemed worthy of support.",
            }
        )
    return pd.DataFrame(rows)


def _nsf_amount(d: pd.DataFrame) -> pd.Series:
    return _num(d["AwardedAmountToDate"])


def _nsf_mean(d: pd.DataFrame, inst: str) -> float:
    return float(_nsf_amount(d)[_text(d["AwardInstrument"]) == inst].mean())


_NSF_ID = ("AwardNumber", "Title")
_NSF_QS = [
    Q(
        "how much money was awarded in total",
        _money(lambda d: _nsf_amount(d).sum()),
        ("AwardedAmountToDate", *_NSF_ID),
    ),
    Q(
        "which directorate gave out the most money",
        _lead(_named(lambda d: _top(_nsf_amount(d).groupby(d["NSFDirectorate"]).sum()))),
        ("NSFDirectorate", "AwardedAmountToDate", *_NSF_ID),
    ),
    Q(
        "average award size for standard grants vs continuing grants",
        both(
            _money(lambda d: _nsf_mean(d, "Standard Grant")),
            _money(lambda d: _nsf_mean(d, "Continuing Grant")),
        ),
        ("AwardInstrument", "AwardedAmountToDate", *_NSF_ID),
    ),
    Q(
        "how many awards started in 2022",
        _count(lambda d: int((_mdy(d["StartDate"]).dt.year == 2022).sum())),
        ("StartDate", *_NSF_ID),
    ),
    Q(
        "which university got the most awards",
        _lead(_named(lambda d: _top(d["Organization"].value_counts()))),
        ("Organization", *_NSF_ID),
    ),
    Q(
        "how many awards don't have any co-pis",
        _count(lambda d: int(_text(d["Co-PIName(s)"]).eq("").sum())),
        ("Co-PIName(s)", *_NSF_ID),
    ),
]


HELDOUT183: list[Dataset] = [
    Dataset("macrofactor_nutrition_export", _macrofactor_frame, _MACROFACTOR_QS),
    Dataset("ride_with_gps_trips_export", _ridewithgps_frame, _RIDEWITHGPS_QS),
    Dataset("apple_watch_workouts_third_party_export", _applewatch_frame, _APPLEWATCH_QS),
    Dataset("sage_accounting_customer_invoices_export", _sage_frame, _SAGE_QS),
    Dataset("kansas_city_311_service_requests", _kc311_frame, _KC311_QS),
    Dataset("insee_monthly_consumer_price_indices", _insee_frame, _INSEE_QS),
    Dataset("nsf_award_search_export", _nsf_frame, _NSF_QS),
]
