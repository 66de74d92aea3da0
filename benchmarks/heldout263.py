"""HELDOUT263: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: an Ingress game activity log
from a Google data takeout (one row per action, March 2019 to August 2020) with "Event Time" as
"2019-05-14 18:33:07.422" (UTC), "Event Lat" and "Event Lng" (six decimals, "None" for actions without a place, like
a recharge from afar), Tracker (the action in lower case: "hacked friendly portal", "hacked enemy portal", "hacked
neutral portal", "captured portal", "resonator deployed", "resonator destroyed", "created link", "created field",
"mod deployed", "remote recharge"), "AP Gained" (0 for hacks and recharges), "Portal Name" (blank where the log gives
none, e.g. for fields) and Comments ("None" nearly everywhere); a Gyroscope health and productivity export (one row per
day, 2023-01-01 to 2024-03-31) with Date as "2023-01-05", Steps (0 on days the watch was not worn), "Sleep (hours)"
(two decimals), "Resting Heart Rate (bpm)", "HRV (ms)" (blank on a few days), "Weight (lbs)" (blank on days without a
weigh-in), "Productive Time (hrs)", "Distracting Time (hrs)", "Meditation (min)", "Caffeine (mg)", "Alcohol
(drinks)" and Mood (Great, Good, Okay, Bad, Awful; blank when not logged); an App in the Air trip history export (one
row per flight, 2015 to 2024, newest first) with Date as "2019-05-12", Airline ("Delta Air Lines"), "Flight Number"
as "DL 1234", From and To (IATA codes), "Scheduled Departure", "Actual Departure", "Scheduled Arrival" and "Actual
Arrival" as "2019-05-12 08:15" (local; actual times blank on cancelled flights), "Delay (min)" (arrival delay,
negative when early, blank when cancelled), Aircraft ("Boeing 737-900", "Airbus A321"), "Distance (km)", Seat ("14C",
blank when unassigned), Class (Economy, Premium Economy, Business, First), Terminal ("S", "4", blank) and Status
(Landed, Cancelled, Diverted); a city's elevator and escalator inspection records in the NYC DOB style (one row per
inspection, 2021 to 2024; devices repeat) with "DEVICE NUMBER" as "1P4021", "DEVICE TYPE" (PASSENGER ELEVATOR,
FREIGHT ELEVATOR, ESCALATOR, DUMBWAITER, WHEELCHAIR LIFT), "HOUSE NUMBER", "STREET NAME" (upper case), BOROUGH
(MANHATTAN, BROOKLYN, QUEENS, BRONX, STATEN ISLAND), BIN, "INSPECTION DATE" as "03/14/2022", "INSPECTION TYPE"
(PERIODIC, CATEGORY 1, CATEGORY 5, FOLLOW-UP, ACCEPTANCE), RESULT (PASS, FAIL, NO ACCESS), VIOLATIONS (a count, 0
unless failed), "CERTIFICATE EXPIRATION" as "12/31/2023" (blank after a fail or no access), "CAPACITY (LBS)" (blank
for escalators) and "FLOORS SERVED" (2 for escalators); a city's tree canopy assessment by neighborhood (one row per
neighborhood per survey year: 2008, 2013, 2018, 2023, and a CITYWIDE total row per year) with Neighborhood, "Survey
Year", "Land Area (acres)", "Canopy (acres)", "Canopy %", "Impervious %", "Plantable Area (acres)", Population and
"Median Household Income" as "$54,300" ("N/A" on a few rows; blank on the CITYWIDE rows); FMCSA roadside inspection
records for Ohio's weigh stations (one row per inspection, 2022 and 2023) in the MCMIS upper-case layout with
REPORT_NUMBER as "OHA4Z10233", INSP_DATE as 20230514 (a number), REPORT_STATE ("OH"), LOCATION_DESC ("I-70 WB WEIGH
STATION - MADISON CO"), DOT_NUMBER (carriers repeat), VEHICLE_TYPE (TRUCK TRACTOR, STRAIGHT TRUCK, MOTORCOACH,
VAN), INSP_LEVEL_ID (1 to 6), VIOL_TOTAL, OOS_TOTAL, OOS_FLAG (Y/N), HAZMAT_PLACARD_REQ (Y/N), GROSS_WEIGHT_LBS
(blank when not weighed) and OVERWEIGHT (Y/N, blank when not weighed); and a state's unclaimed property list (one row
per property, reported 2010 to 2024) with PROPERTY_ID, OWNER_NAME as "SMITH JOHN A" ("UNKNOWN" on some), OWNER_CITY,
OWNER_STATE (mostly WA, blank on some), HOLDER_NAME ("JPMORGAN CHASE BANK NA"), PROPERTY_TYPE as NAUPA code and
description ("PR01 WAGES, PAYROLL, SALARY"), CASH_REPORTED (0 on share-only rows), SHARES_REPORTED (blank but for
stock), DATE_REPORTED as "06/30/2019" and CLAIM_STATUS (UNCLAIMED, CLAIM IN PROCESS, PAID). All are generated with a
fixed seed.
"""

from __future__ import annotations

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


def _both(*checks: Check) -> Check:
    """Every one of the checks passes."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        for c in checks:
            why = c(answer, df)
            if why:
                return why
        return None

    return check


def _top_month(dates: pd.Series, values: pd.Series | None = None, how: str = "sum") -> pd.Timestamp:
    month = dates.dt.to_period("M")
    s = month.value_counts() if values is None else values.groupby(month).agg(how)
    return s.sort_index().idxmax().to_timestamp()


# --- 1. Ingress game log -------------------------------------------------------------------------------------------

_IN_PORTALS = [
    "Old Town Clock Tower",
    "Riverside Park Gazebo",
    "St. Mary's Church",
    "Veterans Memorial Fountain",
    "Public Library Mural",
    "Union Station Sign",
    "Lincoln Elementary Sculpture",
    "Maple Street Water Tower",
    "Fire Station No. 3",
    "Harbor Lighthouse Plaque",
    "City Hall Bell",
    "Bike Trail Mile Marker 4",
    "Community Garden Arch",
    "Bronze Deer Statue",
    "Farmers Market Pavilion",
    "Heritage Oak Tree",
]
# action: weight, AP
_IN_ACTIONS: dict[str, tuple[float, int]] = {
    "hacked friendly portal": (30, 0),
    "hacked enemy portal": (10, 100),
    "hacked neutral portal": (4, 0),
    "resonator deployed": (22, 125),
    "captured portal": (5, 500),
    "resonator destroyed": (9, 75),
    "created link": (8, 313),
    "created field": (3, 1250),
    "mod deployed": (6, 125),
    "remote recharge": (3, 10),
}


def _ingress_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26301)
    names = list(_IN_ACTIONS)
    weights = [_IN_ACTIONS[a][0] for a in names]
    portal_w = rng.gamma(1.2, 1.0, size=len(_IN_PORTALS))
    place = {p: (41.66 + rng.uniform(-0.03, 0.03), -83.55 + rng.uniform(-0.04, 0.04)) for p in _IN_PORTALS}
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2019-03-01", "2020-08-31", freq="D"):
        lam = 7.0 if day.month in (5, 6, 7, 8) else 3.2
        if pd.Timestamp("2020-03-15") <= day <= pd.Timestamp("2020-05-10"):
            lam = 0.8
        for _ in range(int(rng.poisson(lam))):
            t = day + pd.Timedelta(seconds=float(rng.uniform(9 * 3600, 23 * 3600)))
            action = _one(rng, names, weights)
            ap = _IN_ACTIONS[action][1]
            if action == "created field":
                ap = int(1250 * int(_one(rng, [1, 1, 1, 2])))
            portal = _one(rng, _IN_PORTALS, portal_w)
            lat, lng = place[portal]
            located = action != "remote recharge"
            rows.append(
                {
                    "Event Time": f"{t:%Y-%m-%d %H:%M:%S}.{int(rng.integers(0, 1000)):03d}",
                    "Event Lat": f"{lat + rng.normal(0, 0.0002):.6f}" if located else "None",
                    "Event Lng": f"{lng + rng.normal(0, 0.0002):.6f}" if located else "None",
                    "Tracker": action,
                    "AP Gained": ap,
                    "Portal Name": "" if action == "created field" or rng.random() < 0.03 else portal,
                    "Comments": "None",
                }
            )
    return pd.DataFrame(rows)


def _in_time(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Event Time"), format="%Y-%m-%d %H:%M:%S.%f")


def _in_hacks(friendly_only: bool) -> Callable[[pd.DataFrame], pd.DataFrame]:
    def rows(df: pd.DataFrame) -> pd.DataFrame:
        t = _text(df, "Tracker")
        keep = t == "hacked friendly portal" if friendly_only else t.str.startswith("hacked")
        return df[keep & (_text(df, "Portal Name") != "")]

    return rows


def _in_top_hacked(friendly_only: bool) -> Callable[[pd.DataFrame], str]:
    return lambda df: _top(_text(_in_hacks(friendly_only)(df), "Portal Name").value_counts())


def _in_top_hack_count(friendly_only: bool) -> Callable[[pd.DataFrame], int]:
    return lambda df: int(_text(_in_hacks(friendly_only)(df), "Portal Name").value_counts().max())


_IN_QS = [
    Q(
        "how many portals have i captured",
        _count(lambda df: int((_text(df, "Tracker") == "captured portal").sum())),
        ("Tracker",),
    ),
    Q("how much ap did i earn in total", _count(lambda df: float(_num(df, "AP Gained").sum())), ("AP Gained",)),
    Q(
        "what kind of action got me the most ap overall",
        _lead(_named(lambda df: _top(_num(df, "AP Gained").groupby(_text(df, "Tracker")).sum()))),
        ("Tracker", "AP Gained"),
    ),
    Q(
        "which month did i play the most",
        _lead(_month_year(lambda df: _top_month(_in_time(df)))),
        ("Event Time",),
    ),
    Q(
        "what portal have i hacked the most",
        _lead(either(_named(_in_top_hacked(False)), _named(_in_top_hacked(True)))),
        ("Portal Name", "Tracker"),
    ),
    Q(
        "how many times?",
        either(_count(_in_top_hack_count(False)), _count(_in_top_hack_count(True))),
        ("Portal Name", "Tracker"),
    ),
]


# --- 2. Gyroscope daily export -------------------------------------------------------------------------------------

_GY_MOODS = ["Awful", "Bad", "Okay", "Good", "Great"]


def _gyroscope_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26302)
    rows: list[dict[str, Any]] = []
    weight = 196.0
    for i, day in enumerate(pd.date_range("2023-01-01", "2024-03-31", freq="D")):
        weekend = day.day_of_week >= 5
        caffeine = int(max(0, rng.normal(260 if not weekend else 180, 90)) // 5 * 5)
        alcohol = int(rng.poisson(1.6 if day.day_of_week in (4, 5) else 0.35))
        sleep = float(np.clip(rng.normal(7.4 - caffeine / 400 - 0.2 * alcohol + (0.5 if weekend else 0), 0.8), 3.5, 10))
        meditation = int(_one(rng, [0, 5, 10, 15, 20], [45, 15, 20, 12, 8]))
        hrv = rng.normal(52 + 1.5 * (sleep - 7) - 5 * alcohol + 0.15 * meditation, 7)
        rhr = round(rng.normal(62 - 0.02 * i / 10 + 2 * alcohol, 3))
        steps = int(max(0, rng.normal(9500 if weekend else 7800, 3000)))
        if rng.random() < 0.05:
            steps = 0
        weight += float(rng.normal(-0.03, 0.2))
        weighed = rng.random() < 0.45
        productive = 0.0 if weekend else float(np.clip(rng.normal(5.2 + 0.3 * (sleep - 7) + (i / 455), 1.2), 0, 10))
        if day.month in (9, 10) and day.year == 2023 and not weekend:
            productive += 1.2
        distracting = float(np.clip(rng.normal(2.4 if not weekend else 3.6, 0.9), 0, 9))
        score = 2 + 0.35 * (sleep - 7) + 0.04 * meditation - 0.15 * alcohol + rng.normal(0, 0.8)
        rows.append(
            {
                "Date": f"{day:%Y-%m-%d}",
                "Steps": steps,
                "Sleep (hours)": round(sleep, 2),
                "Resting Heart Rate (bpm)": rhr,
                "HRV (ms)": None if rng.random() < 0.04 else round(float(hrv), 1),
                "Weight (lbs)": round(weight, 1) if weighed else None,
                "Productive Time (hrs)": round(productive, 2),
                "Distracting Time (hrs)": round(distracting, 2),
                "Meditation (min)": meditation,
                "Caffeine (mg)": caffeine,
                "Alcohol (drinks)": alcohol,
                "Mood": "" if rng.random() < 0.12 else _GY_MOODS[int(np.clip(round(score), 0, 4))],
            }
        )
    return pd.DataFrame(rows)


def _gy_date(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Date"), format="%Y-%m-%d")


def _gy_weight_change(df: pd.DataFrame) -> float:
    w = _num(df, "Weight (lbs)")
    d = _gy_date(df)[w.notna()]
    w = w.dropna()
    order = np.argsort(d.to_numpy(), kind="stable")
    w = w.iloc[order]
    return abs(float(w.iloc[-1] - w.iloc[0]))


def _gy_hrv(drinking: bool) -> Callable[[pd.DataFrame], float]:
    def mean(df: pd.DataFrame) -> float:
        drank = _num(df, "Alcohol (drinks)") > 0
        return float(_num(df, "HRV (ms)")[drank if drinking else ~drank].mean())

    return mean


def _gy_productive_month(how: str) -> Callable[[pd.DataFrame], pd.Timestamp]:
    return lambda df: _top_month(_gy_date(df), _num(df, "Productive Time (hrs)"), how)


_GY_QS = [
    Q(
        "how many steps do i get on an average day",
        either(
            _about(lambda df: float(_num(df, "Steps").mean())),
            _about(lambda df: float(_num(df, "Steps")[_num(df, "Steps") > 0].mean())),
            _about(lambda df: float(_num(df, "Steps").median())),
        ),
        ("Steps",),
    ),
    Q(
        "how many nights did i sleep under 6 hours",
        _count(lambda df: int((_num(df, "Sleep (hours)") < 6).sum())),
        ("Sleep (hours)",),
    ),
    Q(
        "does caffeine mess with my sleep",
        _corr(lambda df: _num(df, "Caffeine (mg)"), lambda df: _num(df, "Sleep (hours)")),
        ("Caffeine (mg)", "Sleep (hours)"),
    ),
    Q(
        "whats my hrv like on days i drink compared to days i dont",
        _both(_about(_gy_hrv(True)), _about(_gy_hrv(False))),
        ("HRV (ms)", "Alcohol (drinks)"),
    ),
    Q(
        "how much weight have i lost since i started",
        _about(_gy_weight_change),
        ("Weight (lbs)", "Date"),
    ),
    Q(
        "which month was i most productive",
        _lead(either(_month_year(_gy_productive_month("sum")), _month_year(_gy_productive_month("mean")))),
        ("Productive Time (hrs)", "Date"),
    ),
]


# --- 3. App in the Air flights -------------------------------------------------------------------------------------

# airline: IATA code, weight, aircraft
_AA_AIRLINES: dict[str, tuple[str, float, list[str]]] = {
    "Delta Air Lines": ("DL", 40, ["Boeing 737-900", "Airbus A321", "Boeing 757-200", "Airbus A220-100"]),
    "American Airlines": ("AA", 14, ["Boeing 737-800", "Airbus A321"]),
    "United Airlines": ("UA", 12, ["Boeing 737 MAX 9", "Airbus A320"]),
    "Southwest Airlines": ("WN", 16, ["Boeing 737-700", "Boeing 737-800"]),
    "JetBlue Airways": ("B6", 6, ["Airbus A320", "Embraer E190"]),
    "Lufthansa": ("LH", 3, ["Airbus A340-600", "Boeing 747-8"]),
    "Air France": ("AF", 2, ["Boeing 777-300ER"]),
}
# (origin, destination): distance km, weight
_AA_ROUTES: dict[tuple[str, str], tuple[int, float]] = {
    ("ATL", "LGA"): (1221, 14),
    ("ATL", "ORD"): (974, 8),
    ("ATL", "DEN"): (1940, 6),
    ("ATL", "LAX"): (3111, 6),
    ("ATL", "MCO"): (647, 8),
    ("ATL", "BOS"): (1524, 7),
    ("ATL", "SEA"): (3498, 3),
    ("ATL", "FRA"): (7470, 2),
    ("ATL", "CDG"): (7059, 2),
    ("ORD", "SFO"): (2963, 3),
    ("LGA", "ORD"): (1180, 3),
    ("BOS", "DEN"): (2835, 2),
}
_AA_TERMINALS = {"ATL": ["S", "N", "F", "I"], "LGA": ["B", "C"], "ORD": ["1", "2", "3"], "LAX": ["2", "3", "4"]}


def _app_in_the_air_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26303)
    names = list(_AA_AIRLINES)
    routes = list(_AA_ROUTES)
    rows: list[dict[str, Any]] = []
    for _ in range(460):
        day = pd.Timestamp("2015-01-01") + pd.Timedelta(days=int(rng.integers(0, 3650)))
        if pd.Timestamp("2020-03-15") <= day <= pd.Timestamp("2021-03-01") and rng.random() < 0.8:
            day = day + pd.Timedelta(days=400)
        o, d = routes[int(rng.choice(len(routes), p=np.array([_AA_ROUTES[r][1] for r in routes]) / 64))]
        km = _AA_ROUTES[(o, d)][0]
        if rng.random() < 0.5:
            o, d = d, o
        long_haul = km > 6000
        airline = _one(rng, ["Lufthansa", "Air France", "Delta Air Lines"], [3, 2, 5]) if long_haul else None
        if airline is None:
            airline = _one(rng, names[:5], [_AA_AIRLINES[n][1] for n in names[:5]])
        code, _w, planes = _AA_AIRLINES[airline]
        dep = day + pd.Timedelta(minutes=int(rng.integers(6 * 12, 21 * 12)) * 5)
        block = pd.Timedelta(minutes=int(km / 760 * 60 + 30))
        arr = dep + block
        roll = rng.random()
        status = "Cancelled" if roll < 0.025 else ("Diverted" if roll < 0.032 else "Landed")
        delay = int(max(-25, rng.gamma(0.9, 22) - 14)) if status != "Cancelled" else None
        if status == "Diverted":
            delay = int(delay or 0) + int(rng.integers(90, 240))
        dep_delay = None if delay is None else max(-5, delay + int(rng.integers(-10, 6)))
        cls = _one(rng, ["Economy", "Premium Economy", "Business", "First"], [70, 12, 8 if long_haul else 3, 7])
        if airline == "Southwest Airlines":
            cls = "Economy"
        seat = "" if rng.random() < 0.08 else f"{int(rng.integers(1, 40))}{_one(rng, list('ABCDEF'))}"
        rows.append(
            {
                "Date": f"{day:%Y-%m-%d}",
                "Airline": airline,
                "Flight Number": f"{code} {int(rng.integers(10, 2999))}",
                "From": o,
                "To": d,
                "Scheduled Departure": f"{dep:%Y-%m-%d %H:%M}",
                "Actual Departure": ""
                if dep_delay is None
                else f"{dep + pd.Timedelta(minutes=dep_delay):%Y-%m-%d %H:%M}",
                "Scheduled Arrival": f"{arr:%Y-%m-%d %H:%M}",
                "Actual Arrival": "" if delay is None else f"{arr + pd.Timedelta(minutes=delay):%Y-%m-%d %H:%M}",
                "Delay (min)": delay,
                "Aircraft": _one(rng, planes),
                "Distance (km)": km,
                "Seat": seat,
                "Class": cls,
                "Terminal": _one(rng, _AA_TERMINALS[o]) if o in _AA_TERMINALS else "",
                "Status": status,
            }
        )
    out = pd.DataFrame(rows)
    return out.sort_values("Scheduled Departure", ascending=False, kind="stable").reset_index(drop=True)


def _aa_flown(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Status") != "Cancelled"]


_AA_QS = [
    Q(
        "how many flights have i taken",
        either(_count(lambda df: len(df)), _count(lambda df: len(_aa_flown(df)))),
        ("Status",),
    ),
    Q(
        "which airline do i fly the most",
        _lead(_named(lambda df: _top(_text(df, "Airline").value_counts()))),
        ("Airline",),
    ),
    Q(
        "total distance ive flown?",
        either(
            _amount(lambda df: float(_num(df, "Distance (km)").sum())),
            _amount(lambda df: float(_num(_aa_flown(df), "Distance (km)").sum())),
        ),
        ("Distance (km)", "Status"),
    ),
    Q(
        "whats my average delay",
        either(
            _typical(lambda df: _num(df, "Delay (min)")),
            _about(lambda df: float(_num(df, "Delay (min)").clip(lower=0).mean())),
        ),
        ("Delay (min)",),
    ),
    Q(
        "which airport do i fly out of most often",
        _lead(_named(lambda df: _top(_text(df, "From").value_counts()))),
        ("From",),
    ),
    Q(
        "how many times have i flown business or first",
        either(
            _count(lambda df: int(_text(df, "Class").isin(["Business", "First"]).sum())),
            _count(lambda df: int(_text(_aa_flown(df), "Class").isin(["Business", "First"]).sum())),
        ),
        ("Class", "Status"),
    ),
]


# --- 4. Elevator and escalator inspections -------------------------------------------------------------------------

_EL_BOROUGHS = {"MANHATTAN": ("1", 45), "BRONX": ("2", 12), "BROOKLYN": ("3", 20), "QUEENS": ("4", 18)}
_EL_BOROUGHS |= {"STATEN ISLAND": ("5", 5)}
_EL_STREETS = {
    "MANHATTAN": [
        "BROADWAY",
        "PARK AVENUE",
        "WEST 57 STREET",
        "LEXINGTON AVENUE",
        "EAST 42 STREET",
        "AVENUE OF THE AMERICAS",
    ],
    "BRONX": ["GRAND CONCOURSE", "EAST FORDHAM ROAD", "WHITE PLAINS ROAD"],
    "BROOKLYN": ["FLATBUSH AVENUE", "OCEAN PARKWAY", "ATLANTIC AVENUE", "FULTON STREET"],
    "QUEENS": ["QUEENS BOULEVARD", "NORTHERN BOULEVARD", "JAMAICA AVENUE"],
    "STATEN ISLAND": ["RICHMOND AVENUE", "HYLAN BOULEVARD"],
}
# type: code letter, weight, capacity choices
_EL_TYPES: dict[str, tuple[str, float, list[int]]] = {
    "PASSENGER ELEVATOR": ("P", 62, [2000, 2500, 3000, 3500, 4000]),
    "FREIGHT ELEVATOR": ("F", 12, [4000, 5000, 6000, 8000, 10000]),
    "ESCALATOR": ("S", 9, []),
    "DUMBWAITER": ("D", 8, [100, 200, 300, 500]),
    "WHEELCHAIR LIFT": ("W", 9, [450, 500, 750]),
}


def _elevator_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26304)
    boroughs = list(_EL_BOROUGHS)
    types = list(_EL_TYPES)
    fail_rate = {"MANHATTAN": 0.16, "BRONX": 0.27, "BROOKLYN": 0.21, "QUEENS": 0.19, "STATEN ISLAND": 0.14}
    rows: list[dict[str, Any]] = []
    for k in range(520):
        boro = _one(rng, boroughs, [_EL_BOROUGHS[b][1] for b in boroughs])
        digit = _EL_BOROUGHS[boro][0]
        kind = _one(rng, types, [_EL_TYPES[t][1] for t in types])
        letter, _w, caps = _EL_TYPES[kind]
        device = f"{digit}{letter}{1000 + k * 7 + int(rng.integers(0, 7))}"
        house = str(int(rng.integers(1, 2400)))
        street = _one(rng, _EL_STREETS[boro])
        bin_no = int(digit) * 1000000 + int(rng.integers(1000, 99999))
        capacity = None if not caps else int(_one(rng, caps))
        floors = 2 if kind == "ESCALATOR" else int(max(2, rng.gamma(2.0, 8 if boro == "MANHATTAN" else 3)))
        if kind in ("DUMBWAITER", "WHEELCHAIR LIFT"):
            floors = int(rng.integers(2, 4))
        t = pd.Timestamp("2021-01-01") + pd.Timedelta(days=int(rng.integers(0, 200)))
        while t < pd.Timestamp("2024-12-31"):
            itype = _one(rng, ["PERIODIC", "CATEGORY 1", "CATEGORY 5"], [55, 35, 10])
            roll = rng.random()
            result = "NO ACCESS" if roll < 0.05 else ("FAIL" if roll < 0.05 + fail_rate[boro] else "PASS")
            violations = int(1 + rng.poisson(1.3)) if result == "FAIL" else 0
            rows.append(
                {
                    "DEVICE NUMBER": device,
                    "DEVICE TYPE": kind,
                    "HOUSE NUMBER": house,
                    "STREET NAME": street,
                    "BOROUGH": boro,
                    "BIN": bin_no,
                    "INSPECTION DATE": t,
                    "INSPECTION TYPE": itype,
                    "RESULT": result,
                    "VIOLATIONS": violations,
                    "CERTIFICATE EXPIRATION": f"{t + pd.DateOffset(years=1):%m/%d/%Y}" if result == "PASS" else "",
                    "CAPACITY (LBS)": capacity,
                    "FLOORS SERVED": floors,
                }
            )
            if result != "PASS":
                f = t + pd.Timedelta(days=int(rng.integers(20, 90)))
                ok = rng.random() < 0.8
                rows.append(
                    rows[-1]
                    | {
                        "INSPECTION DATE": f,
                        "INSPECTION TYPE": "FOLLOW-UP",
                        "RESULT": "PASS" if ok else "FAIL",
                        "VIOLATIONS": 0 if ok else int(1 + rng.poisson(0.6)),
                        "CERTIFICATE EXPIRATION": f"{f + pd.DateOffset(years=1):%m/%d/%Y}" if ok else "",
                    }
                )
            t = t + pd.Timedelta(days=int(rng.integers(150, 330)))
    out = pd.DataFrame(rows)
    out = out[out["INSPECTION DATE"] <= pd.Timestamp("2024-12-31")].sort_values("INSPECTION DATE", kind="stable")
    out["INSPECTION DATE"] = out["INSPECTION DATE"].dt.strftime("%m/%d/%Y")
    return out.reset_index(drop=True)


def _el_date(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "INSPECTION DATE"), format="%m/%d/%Y")


def _el_fail_top(drop_no_access: bool) -> Callable[[pd.DataFrame], str]:
    def top(df: pd.DataFrame) -> str:
        rows = df[_text(df, "RESULT") != "NO ACCESS"] if drop_no_access else df
        return _top((_text(rows, "RESULT") == "FAIL").groupby(_text(rows, "BOROUGH")).mean())

    return top


def _el_violations(boro: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_num(df, "VIOLATIONS")[_text(df, "BOROUGH") == boro].sum())


_EL_QS = [
    Q("how many inspections failed", _count(lambda df: int((_text(df, "RESULT") == "FAIL").sum())), ("RESULT",)),
    Q(
        "which borough fails the most often",
        _lead(either(_named(_el_fail_top(False)), _named(_el_fail_top(True)))),
        ("BOROUGH", "RESULT"),
    ),
    Q(
        "how many different elevators and escalators are in here",
        _count(lambda df: int(_text(df, "DEVICE NUMBER").nunique())),
        ("DEVICE NUMBER",),
    ),
    Q(
        "whats the typical capacity of a passenger elevator",
        either(
            _typical(lambda df: _num(df, "CAPACITY (LBS)")[_text(df, "DEVICE TYPE") == "PASSENGER ELEVATOR"]),
            _typical(
                lambda df: _num(
                    df[_text(df, "DEVICE TYPE") == "PASSENGER ELEVATOR"].drop_duplicates("DEVICE NUMBER"),
                    "CAPACITY (LBS)",
                )
            ),
        ),
        ("CAPACITY (LBS)", "DEVICE TYPE", "DEVICE NUMBER"),
    ),
    Q(
        "total violations found in brooklyn",
        _count(_el_violations("BROOKLYN")),
        ("VIOLATIONS", "BOROUGH"),
    ),
    Q("and in queens?", _count(_el_violations("QUEENS")), ("VIOLATIONS", "BOROUGH")),
]


# --- 5. Tree canopy by neighborhood --------------------------------------------------------------------------------

_TC_HOODS = [
    "Alder Heights", "Ballard Flats", "Beacon Hill", "Cedar Park", "Central District", "Columbia Park",
    "Downtown Core", "Eastlake", "Fairmount", "Fremont", "Georgetown", "Greenwood", "Highland Park", "Holly Park",
    "Industrial District", "Interbay", "Lakewood", "Laurelhurst", "Madison Valley", "Magnolia", "Maple Leaf",
    "Meadowbrook", "Montlake", "North Beach", "Northgate", "Olympic Hills", "Pinehurst", "Pioneer Square",
    "Queen Anne", "Rainier Valley", "Ravenna", "Riverview", "Roosevelt", "Sand Point", "South Park", "Sunset Hill",
    "University District", "View Ridge", "Wallingford", "Wedgwood", "West Seattle Junction", "Westwood",
    "Whittier Heights", "Windermere", "Yesler Terrace", "Delridge", "Crown Hill", "Broadview", "Bitter Lake",
    "Arbor Heights", "Seward Park", "Mount Baker", "Leschi", "Madrona", "Capitol Hill", "First Hill",
    "Belltown", "South Lake Union", "Harbor Island", "SoDo", "Brighton", "Dunlap", "Rainier Beach",
    "Hillman City", "Columbia City", "Genesee", "Fauntleroy", "Gatewood", "High Point", "Roxhill",
    "Haller Lake", "Licton Springs", "Victory Heights", "Matthews Beach", "Cedar Park South", "Bryant",
    "Hawthorne Hills", "Phinney Ridge", "Green Lake", "Loyal Heights",
]  # fmt: skip
_TC_YEARS = [2008, 2013, 2018, 2023]


def _canopy_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26305)
    rows: list[dict[str, Any]] = []
    for hood in _TC_HOODS:
        area = round(float(rng.uniform(180, 1600)), 1)
        industrial = hood in ("Industrial District", "Harbor Island", "SoDo", "Interbay", "Georgetown")
        downtown = hood in ("Downtown Core", "Belltown", "Pioneer Square", "South Lake Union", "First Hill")
        income = float(rng.lognormal(np.log(82000), 0.35))
        base = 6.0 if industrial else 9.0 if downtown else float(np.clip(rng.normal(18 + income / 9000, 6), 8, 48))
        trend = float(rng.normal(-0.12, 0.18))
        pop = int(area * (rng.uniform(25, 60) if downtown else rng.uniform(4, 18)) if not industrial else area * 0.8)
        for j, year in enumerate(_TC_YEARS):
            pct = float(np.clip(base + trend * 5 * j + rng.normal(0, 0.8), 2, 60))
            canopy = round(area * pct / 100, 1)
            imperv = float(np.clip(95 - pct * 1.3 + rng.normal(0, 5), 10, 98))
            plantable = round(area * max(0.01, (100 - imperv - pct) / 100) * float(rng.uniform(0.5, 0.9)), 1)
            inc = round(income * (1.03 ** (year - 2008)) / 100) * 100
            rows.append(
                {
                    "Neighborhood": hood,
                    "Survey Year": year,
                    "Land Area (acres)": area,
                    "Canopy (acres)": canopy,
                    "Canopy %": round(canopy / area * 100, 1),
                    "Impervious %": round(imperv, 1),
                    "Plantable Area (acres)": plantable,
                    "Population": int(pop * (1.012 ** (year - 2008))),
                    "Median Household Income": "N/A" if rng.random() < 0.04 else f"${inc:,.0f}",
                }
            )
    out = pd.DataFrame(rows)
    totals = []
    for year in _TC_YEARS:
        y = out[out["Survey Year"] == year]
        land, can = float(y["Land Area (acres)"].sum()), float(y["Canopy (acres)"].sum())
        imp = float((y["Impervious %"] * y["Land Area (acres)"]).sum() / land)
        totals.append(
            {
                "Neighborhood": "CITYWIDE",
                "Survey Year": year,
                "Land Area (acres)": round(land, 1),
                "Canopy (acres)": round(can, 1),
                "Canopy %": round(can / land * 100, 1),
                "Impervious %": round(imp, 1),
                "Plantable Area (acres)": round(float(y["Plantable Area (acres)"].sum()), 1),
                "Population": int(y["Population"].sum()),
                "Median Household Income": "",
            }
        )
    out = pd.concat([out, pd.DataFrame(totals)], ignore_index=True)
    return out.sort_values(["Survey Year", "Neighborhood"], kind="stable").reset_index(drop=True)


def _tc_hoods(df: pd.DataFrame, year: int | None = None) -> pd.DataFrame:
    rows = df[_text(df, "Neighborhood") != "CITYWIDE"]
    return rows if year is None else rows[_num(rows, "Survey Year") == year]


def _tc_loss(col: str) -> Callable[[pd.DataFrame], str]:
    def top(df: pd.DataFrame) -> str:
        a = _num(_tc_hoods(df, 2008), col).groupby(_text(_tc_hoods(df, 2008), "Neighborhood")).sum()
        b = _num(_tc_hoods(df, 2023), col).groupby(_text(_tc_hoods(df, 2023), "Neighborhood")).sum()
        return _top(b - a, lowest=True)

    return top


def _tc_2023_corr() -> Check:
    return either(
        _corr(
            lambda df: _num(_tc_hoods(df, 2023), "Canopy %"),
            lambda df: _num(_tc_hoods(df, 2023), "Median Household Income"),
        ),
        _corr(lambda df: _num(_tc_hoods(df), "Canopy %"), lambda df: _num(_tc_hoods(df), "Median Household Income")),
    )


_TC_QS = [
    Q(
        "which neighborhood had the most tree cover in 2023",
        _lead(
            _named(
                lambda df: _top(
                    _num(_tc_hoods(df, 2023), "Canopy %").groupby(_text(_tc_hoods(df, 2023), "Neighborhood")).sum()
                )
            )
        ),
        ("Neighborhood", "Canopy %", "Survey Year"),
    ),
    Q(
        "what was the canopy percent for the whole city in 2008 vs 2023",
        _both(
            _about(
                lambda df: float(
                    _num(df, "Canopy %")[
                        (_text(df, "Neighborhood") == "CITYWIDE") & (_num(df, "Survey Year") == 2008)
                    ].iloc[0]
                ),
                rel=0.004,
            ),
            _about(
                lambda df: float(
                    _num(df, "Canopy %")[
                        (_text(df, "Neighborhood") == "CITYWIDE") & (_num(df, "Survey Year") == 2023)
                    ].iloc[0]
                ),
                rel=0.004,
            ),
        ),
        ("Canopy %", "Survey Year", "Neighborhood", "Canopy (acres)", "Land Area (acres)"),
    ),
    Q(
        "how many neighborhoods were under 20% canopy in 2023",
        _count(lambda df: int((_num(_tc_hoods(df, 2023), "Canopy %") < 20).sum())),
        ("Canopy %", "Survey Year", "Neighborhood"),
    ),
    Q(
        "do richer neighborhoods have more trees",
        _tc_2023_corr(),
        ("Canopy %", "Median Household Income", "Canopy (acres)"),
    ),
    Q(
        "which neighborhood lost the most canopy between 2008 and 2023",
        _lead(either(_named(_tc_loss("Canopy %")), _named(_tc_loss("Canopy (acres)")))),
        ("Neighborhood", "Canopy %", "Canopy (acres)", "Survey Year"),
    ),
    Q(
        "how much plantable space is there in total as of 2023",
        _about(lambda df: float(_num(_tc_hoods(df, 2023), "Plantable Area (acres)").sum()), rel=0.003),
        ("Plantable Area (acres)", "Survey Year", "Neighborhood"),
    ),
]


# --- 6. FMCSA roadside inspections ---------------------------------------------------------------------------------

_FM_STATIONS = {
    "I-70 WB WEIGH STATION - MADISON CO": 24,
    "I-75 NB WEIGH STATION - WOOD CO": 20,
    "I-71 SB WEIGH STATION - WARREN CO": 15,
    "I-80 EB WEIGH STATION - WILLIAMS CO": 17,
    "I-77 NB WEIGH STATION - NOBLE CO": 9,
    "US-33 WEIGH STATION - ATHENS CO": 5,
}


def _fmcsa_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26306)
    stations = list(_FM_STATIONS)
    carriers = [int(rng.integers(100000, 3900000)) for _ in range(260)]
    carrier_w = np.clip(rng.pareto(1.3, size=len(carriers)) + 0.2, 0, 12)
    carrier_risk = rng.gamma(2.0, 0.5, size=len(carriers))
    rows: list[dict[str, Any]] = []
    for k in range(2400):
        day = pd.Timestamp("2022-01-01") + pd.Timedelta(days=int(rng.integers(0, 730)))
        ci = int(rng.choice(len(carriers), p=carrier_w / carrier_w.sum()))
        vtype = _one(rng, ["TRUCK TRACTOR", "STRAIGHT TRUCK", "MOTORCOACH", "VAN"], [72, 20, 3, 5])
        level = int(_one(rng, [1, 2, 3, 4, 5, 6], [24, 38, 34, 1, 2, 1]))
        hazmat = vtype == "TRUCK TRACTOR" and rng.random() < 0.07
        lam = {1: 2.4, 2: 1.6, 3: 0.7, 4: 0.5, 5: 1.0, 6: 0.3}[level] * carrier_risk[ci]
        viol = int(rng.poisson(lam))
        oos = int(rng.binomial(viol, 0.2 if level == 3 else 0.14)) if viol else 0
        weighed = vtype != "MOTORCOACH" and rng.random() < 0.7
        gross = int(rng.normal(68000 if vtype == "TRUCK TRACTOR" else 26000, 9000) // 10 * 10) if weighed else None
        limit = 80000 if vtype == "TRUCK TRACTOR" else 33000
        rows.append(
            {
                "REPORT_NUMBER": f"OH{_one(rng, list('ABCDEFGH'))}{int(rng.integers(0, 10))}Z{10000 + k:05d}",
                "INSP_DATE": int(f"{day:%Y%m%d}"),
                "REPORT_STATE": "OH",
                "LOCATION_DESC": _one(rng, stations, list(_FM_STATIONS.values())),
                "DOT_NUMBER": carriers[ci],
                "VEHICLE_TYPE": vtype,
                "INSP_LEVEL_ID": level,
                "VIOL_TOTAL": viol,
                "OOS_TOTAL": oos,
                "OOS_FLAG": "Y" if oos > 0 else "N",
                "HAZMAT_PLACARD_REQ": "Y" if hazmat else "N",
                "GROSS_WEIGHT_LBS": gross,
                "OVERWEIGHT": "" if gross is None else ("Y" if gross > limit else "N"),
            }
        )
    return pd.DataFrame(rows).sort_values("INSP_DATE", kind="stable").reset_index(drop=True)


def _fm_level1_oos(df: pd.DataFrame) -> float:
    rows = df[_num(df, "INSP_LEVEL_ID") == 1]
    return float((_text(rows, "OOS_FLAG") == "Y").mean())


def _fm_carrier_top(df: pd.DataFrame) -> str:
    return _top(_num(df, "VIOL_TOTAL").groupby(_text(df, "DOT_NUMBER")).sum())


_FM_QS = [
    Q(
        "how many inspections ended with the vehicle put out of service",
        _count(lambda df: int((_text(df, "OOS_FLAG") == "Y").sum())),
        ("OOS_FLAG", "OOS_TOTAL"),
    ),
    Q(
        "what percent of level 1 inspections found something out of service",
        _share(_fm_level1_oos),
        ("INSP_LEVEL_ID", "OOS_FLAG", "OOS_TOTAL"),
    ),
    Q(
        "which weigh station does the most inspections",
        _lead(_named(lambda df: _top(_text(df, "LOCATION_DESC").value_counts()))),
        ("LOCATION_DESC",),
    ),
    Q(
        "average number of violations per inspection",
        _about(lambda df: float(_num(df, "VIOL_TOTAL").mean())),
        ("VIOL_TOTAL",),
    ),
    Q(
        "how many trucks were caught overweight",
        _count(lambda df: int((_text(df, "OVERWEIGHT") == "Y").sum())),
        ("OVERWEIGHT", "GROSS_WEIGHT_LBS"),
    ),
    Q(
        "which carrier racked up the most violations",
        _lead(_named(_fm_carrier_top)),
        ("DOT_NUMBER", "VIOL_TOTAL"),
    ),
]


# --- 7. Unclaimed property list ------------------------------------------------------------------------------------

_UP_HOLDERS = {
    "JPMORGAN CHASE BANK NA": 14,
    "BANK OF AMERICA NA": 12,
    "WELLS FARGO BANK NA": 11,
    "US BANK NA": 6,
    "STATE FARM MUTUAL AUTOMOBILE INS CO": 7,
    "METROPOLITAN LIFE INSURANCE CO": 5,
    "PUGET SOUND ENERGY INC": 8,
    "AMAZON.COM SERVICES LLC": 9,
    "BOEING COMPANY": 6,
    "COMPUTERSHARE INC": 5,
    "PROVIDENCE HEALTH & SERVICES": 7,
}
# type: weight, log-mean amount, holders that report it
_UP_TYPES: dict[str, tuple[float, float, list[str]]] = {
    "AC01 CHECKING ACCOUNTS": (
        18,
        5.0,
        ["JPMORGAN CHASE BANK NA", "BANK OF AMERICA NA", "WELLS FARGO BANK NA", "US BANK NA"],
    ),
    "AC02 SAVINGS ACCOUNTS": (
        8,
        5.4,
        ["JPMORGAN CHASE BANK NA", "BANK OF AMERICA NA", "WELLS FARGO BANK NA", "US BANK NA"],
    ),
    "MS16 MISC CHECKS, INTANGIBLE PERSONAL PROPERTY": (10, 4.0, ["BANK OF AMERICA NA", "WELLS FARGO BANK NA"]),
    "PR01 WAGES, PAYROLL, SALARY": (
        16,
        5.2,
        ["AMAZON.COM SERVICES LLC", "BOEING COMPANY", "PROVIDENCE HEALTH & SERVICES"],
    ),
    "IN01 INDIVIDUAL POLICY BENEFITS/CLAIM PAYMENTS": (
        10,
        6.5,
        ["STATE FARM MUTUAL AUTOMOBILE INS CO", "METROPOLITAN LIFE INSURANCE CO"],
    ),
    "MS05 CUSTOMER OVERPAYMENTS": (
        14,
        3.4,
        ["PUGET SOUND ENERGY INC", "AMAZON.COM SERVICES LLC", "PROVIDENCE HEALTH & SERVICES"],
    ),
    "MS07 REFUNDS DUE": (10, 3.6, ["PUGET SOUND ENERGY INC", "STATE FARM MUTUAL AUTOMOBILE INS CO"]),
    "CS01 CASH DIVIDENDS": (6, 3.8, ["COMPUTERSHARE INC"]),
    "CS02 STOCK SHARES": (4, 0.0, ["COMPUTERSHARE INC"]),
}
_UP_FIRST = ["JOHN", "MARIA", "DAVID", "LINDA", "JAMES", "SUSAN", "ROBERT", "KAREN", "MICHAEL", "NGUYEN", "ANNA", "WEI"]
_UP_LAST = ["SMITH", "JOHNSON", "NGUYEN", "GARCIA", "MILLER", "DAVIS", "KIM", "ANDERSON", "PATEL", "LEE", "OLSON"]
_UP_CITIES = {"WA": ["SEATTLE", "TACOMA", "SPOKANE", "BELLEVUE", "EVERETT", "OLYMPIA", "VANCOUVER", "KENT"]}
_UP_CITIES |= {"OR": ["PORTLAND", "SALEM"], "CA": ["LOS ANGELES", "SAN JOSE"], "ID": ["BOISE"], "TX": ["AUSTIN"]}


def _unclaimed_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26307)
    types = list(_UP_TYPES)
    rows: list[dict[str, Any]] = []
    for k in range(1800):
        ptype = _one(rng, types, [_UP_TYPES[t][0] for t in types])
        _w, mu, holders = _UP_TYPES[ptype]
        holder = _one(rng, holders, [_UP_HOLDERS[h] for h in holders])
        shares = None
        if ptype == "CS02 STOCK SHARES":
            cash, shares = 0.0, round(float(rng.gamma(1.2, 20)), 3)
        else:
            cash = round(float(rng.lognormal(mu, 1.1)), 2)
        state = _one(rng, ["WA", "OR", "CA", "ID", "TX", ""], [80, 6, 5, 2, 2, 5])
        unknown = rng.random() < 0.05
        day = pd.Timestamp("2010-01-01") + pd.Timedelta(days=int(rng.integers(0, 5475)))
        reported = pd.Timestamp(day.year, 10, 31) if rng.random() < 0.8 else pd.Timestamp(day.year, 4, 30)
        age = 2024 - reported.year
        paid = rng.random() < min(0.6, 0.03 * age + 0.04 * np.log1p(cash))
        status = "PAID" if paid else ("CLAIM IN PROCESS" if rng.random() < 0.06 else "UNCLAIMED")
        rows.append(
            {
                "PROPERTY_ID": f"WA{reported.year}{k:07d}",
                "OWNER_NAME": "UNKNOWN"
                if unknown
                else f"{_one(rng, _UP_LAST)} {_one(rng, _UP_FIRST)} {_one(rng, list('ABCDEJKLMRST'))}",
                "OWNER_CITY": "" if unknown or not state else _one(rng, _UP_CITIES[state]),
                "OWNER_STATE": "" if unknown else state,
                "HOLDER_NAME": holder,
                "PROPERTY_TYPE": ptype,
                "CASH_REPORTED": cash,
                "SHARES_REPORTED": shares,
                "DATE_REPORTED": f"{reported:%m/%d/%Y}",
                "CLAIM_STATUS": status,
            }
        )
    return pd.DataFrame(rows)


def _up_holder_top(by: str) -> Callable[[pd.DataFrame], str]:
    def top(df: pd.DataFrame) -> str:
        holder = _text(df, "HOLDER_NAME")
        return _top(_num(df, "CASH_REPORTED").groupby(holder).sum() if by == "cash" else holder.value_counts())

    return top


def _up_out_of_state(with_blank: bool) -> Callable[[pd.DataFrame], int]:
    def count(df: pd.DataFrame) -> int:
        state = _text(df, "OWNER_STATE")
        return int(((state != "WA") & ((state != "") | with_blank)).sum())

    return count


_UP_QS = [
    Q(
        "how much money is on this list altogether",
        either(
            _amount(lambda df: float(_num(df, "CASH_REPORTED").sum())),
            _amount(lambda df: float(_num(df, "CASH_REPORTED")[_text(df, "CLAIM_STATUS") != "PAID"].sum())),
        ),
        ("CASH_REPORTED", "CLAIM_STATUS"),
    ),
    Q(
        "which company turned over the most",
        _lead(_named_any(lambda df: [_up_holder_top("cash")(df), _up_holder_top("count")(df)])),
        ("HOLDER_NAME", "CASH_REPORTED"),
    ),
    Q(
        "how many are uncashed paychecks",
        _count(lambda df: int(_text(df, "PROPERTY_TYPE").str.startswith("PR01").sum())),
        ("PROPERTY_TYPE",),
    ),
    Q(
        "whats a typical amount",
        either(
            _typical(lambda df: _num(df, "CASH_REPORTED")),
            _typical(lambda df: _num(df, "CASH_REPORTED")[_num(df, "CASH_REPORTED") > 0]),
        ),
        ("CASH_REPORTED",),
    ),
    Q(
        "how many of the owners live out of state",
        either(_count(_up_out_of_state(False)), _count(_up_out_of_state(True))),
        ("OWNER_STATE",),
    ),
    Q(
        "what share has already been paid out to people",
        _share(lambda df: float((_text(df, "CLAIM_STATUS") == "PAID").mean())),
        ("CLAIM_STATUS",),
    ),
]


HELDOUT263: list[Dataset] = [
    Dataset("ingress_takeout_game_log", _ingress_frame, _IN_QS),
    Dataset("gyroscope_daily_health_export", _gyroscope_frame, _GY_QS),
    Dataset("app_in_the_air_trip_history", _app_in_the_air_frame, _AA_QS),
    Dataset("city_elevator_inspections", _elevator_frame, _EL_QS),
    Dataset("city_tree_canopy_by_neighborhood", _canopy_frame, _TC_QS),
    Dataset("fmcsa_ohio_weigh_station_inspections", _fmcsa_frame, _FM_QS),
    Dataset("state_unclaimed_property_list", _unclaimed_frame, _UP_QS),
]
