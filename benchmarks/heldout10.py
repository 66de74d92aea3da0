"""A blind held-out set for the offline analyst: seven datasets and 42 questions (HELDOUT10).

Written without reading the analyst and measured before any fix it prompts: A&E attendances, bike-share trips,
restaurant inspections, school exam results, smart-meter readings, flight delays and library loans, each generated
with a fixed seed and shaped like a public-data upload (units in brackets, Y/N codes, dates as text, gaps).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from .offline_eval import Dataset, Q, _any_of, asks, both, either, has, label_of, share, words

# --- A&E attendances -----------------------------------------------------------------------------------------------

_AE_TIME = "Total Time in Dept (min)"
_AE_WAIT = "Wait to Triage (min)"
_AE_ADM = "Admitted (Y/N)"


def ae_frame() -> pd.DataFrame:
    rng = np.random.default_rng(1010)
    n = 1500
    start = pd.Timestamp("2023-01-01")
    days = rng.integers(0, 365, n)
    arrival = start + pd.to_timedelta(days, unit="D") + pd.to_timedelta(rng.integers(0, 24 * 60, n), unit="m")
    site = rng.choice(["Royal General", "St Anne's", "Westfield MIU"], n, p=[0.5, 0.35, 0.15])
    mode = rng.choice(["Ambulance", "Walk-in"], n, p=[0.3, 0.7])
    triage = rng.choice([1, 2, 3, 4, 5], n, p=[0.03, 0.17, 0.4, 0.3, 0.1])
    age = np.clip(rng.gamma(2.2, 20, n), 0, 99).astype(int)
    wait = np.where(mode == "Ambulance", rng.gamma(2.0, 6.0, n), rng.gamma(2.0, 11.0, n)).round().astype(int)
    admit_p = np.array([0.8, 0.55, 0.3, 0.12, 0.05])[triage - 1]
    admitted = np.where(rng.random(n) < admit_p, "Y", "N")
    winter = np.isin(arrival.month, [1, 2, 12])
    base = 150 + 90 * (admitted == "Y") + 40 * winter + 25 * (site == "Royal General") - 60 * (site == "Westfield MIU")
    total = (base * rng.lognormal(0, 0.35, n)).round()
    total[rng.random(n) < 0.04] = np.nan
    return pd.DataFrame(
        {
            "Attendance ID": [f"AE{700000 + i}" for i in range(n)],
            "Arrival Date": arrival.strftime("%d/%m/%Y"),
            "Arrival Time": arrival.strftime("%H:%M"),
            "Site": site,
            "Arrival Mode": mode,
            "Triage Cat": triage,
            "Age (yrs)": age,
            _AE_WAIT: wait,
            _AE_TIME: total,
            _AE_ADM: admitted,
        }
    )


def _ae_month(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Arrival Date"], format="%d/%m/%Y").dt.month


def _rates(rate: Any) -> Any:
    """Rates per group, as fractions or as percentages."""
    return either(
        has(lambda df: rate(df).to_numpy(), rel=0.01),
        has(lambda df: 100 * rate(df).to_numpy(), rel=0.01),
    )


AE = Dataset(
    "ae_attendances",
    ae_frame,
    [
        Q(
            "avg time in dept by site",
            has(lambda df: df.groupby("Site")[_AE_TIME].mean().to_numpy(), rel=0.01),
            (_AE_TIME, "Site"),
        ),
        Q(
            "and by month?",
            has(lambda df: df.groupby(_ae_month(df))[_AE_TIME].mean().to_numpy(), rel=0.01),
            (_AE_TIME, "Arrival Date"),
        ),
        Q(
            "what % of patients were in the department for over 4 hours?",
            either(
                share(lambda df: (df[_AE_TIME] > 240).mean()),
                share(lambda df: (df[_AE_TIME].dropna() > 240).mean()),
                has(lambda df: int((df[_AE_TIME] > 240).sum())),
            ),
            (_AE_TIME, "Attendance ID"),
        ),
        Q(
            "do ambulance arrivals get triaged quicker than walk ins?",
            either(
                has(lambda df: df.groupby("Arrival Mode")[_AE_WAIT].mean().to_numpy(), rel=0.01),
                has(lambda df: df.groupby("Arrival Mode")[_AE_WAIT].median().to_numpy(), rel=0.01),
            ),
            (_AE_WAIT, "Arrival Mode"),
        ),
        Q(
            "admission rate for each triage category",
            _rates(lambda df: (df[_AE_ADM] == "Y").groupby(df["Triage Cat"]).mean()),
            (_AE_ADM, "Triage Cat", "Attendance ID"),
        ),
        Q(
            "are there any missing values in this data?",
            has(lambda df: int(df[_AE_TIME].isna().sum())),
            None,
        ),
    ],
)

# --- bike-share trips ----------------------------------------------------------------------------------------------

_STATIONS = [
    "Union Sq & 14 St",
    "Riverside Park North",
    "Central Station",
    "Market St & 5th",
    "City Hall",
    "Museum Quarter",
    "Harbour Front",
    "University Ave",
    "Elm St & Pine",
    "Stadium East",
    "Oak Park",
    "Depot Rd",
]


def bike_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2020)
    n = 1800
    weights = 1 / np.arange(1, len(_STATIONS) + 1) ** 0.8
    weights = weights / weights.sum()
    start_st = rng.choice(_STATIONS, n, p=weights)
    end_st = rng.choice(_STATIONS, n, p=weights)
    member = rng.choice(["member", "casual"], n, p=[0.68, 0.32])
    rideable = np.where(
        rng.random(n) < np.where(member == "casual", 0.45, 0.3),
        "electric_bike",
        "classic_bike",
    )
    hours = rng.choice(
        np.arange(24),
        n,
        p=np.array([1, 1, 1, 1, 1, 2, 4, 9, 14, 8, 5, 5, 6, 6, 6, 7, 10, 15, 11, 7, 5, 4, 2, 1]) / 132,
    )
    day = pd.Timestamp("2023-05-01") + pd.to_timedelta(rng.integers(0, 153, n), unit="D")
    started = day + pd.to_timedelta(hours, unit="h") + pd.to_timedelta(rng.integers(0, 3600, n), unit="s")
    distance = np.round(rng.gamma(2.0, 1.1, n) + 0.2, 2)
    speed = np.where(rideable == "electric_bike", 17.0, 13.0) * rng.lognormal(0, 0.25, n)  # km/h
    minutes = distance / speed * 60 + np.where(member == "casual", rng.gamma(2.0, 4.0, n), rng.gamma(1.0, 1.5, n))
    minutes = np.round(minutes, 1)
    ended = started + pd.to_timedelta(np.round(minutes * 60), unit="s")
    return pd.DataFrame(
        {
            "trip_id": np.arange(n) + 4_810_000,
            "started_at": started.strftime("%Y-%m-%d %H:%M:%S"),
            "ended_at": ended.strftime("%Y-%m-%d %H:%M:%S"),
            "start_station_name": start_st,
            "end_station_name": end_st,
            "rideable_type": rideable,
            "member_casual": member,
            "duration_min": minutes,
            "distance_km": distance,
        }
    )


def _bike_hours(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["started_at"], format="%Y-%m-%d %H:%M:%S").dt.hour.value_counts()


BIKES = Dataset(
    "bike_trips",
    bike_frame,
    [
        Q(
            "which 5 start stations have the most trips?",
            both(
                label_of(lambda df: str(df["start_station_name"].value_counts().index[0])),
                has(lambda df: df["start_station_name"].value_counts().to_numpy()[:5]),
            ),
            ("start_station_name", "trip_id"),
        ),
        Q(
            "avg ride length members vs casual?",
            either(
                has(lambda df: df.groupby("member_casual")["duration_min"].mean().to_numpy(), rel=0.01),
                has(lambda df: df.groupby("member_casual")["duration_min"].median().to_numpy(), rel=0.01),
            ),
            ("duration_min", "member_casual", "started_at", "ended_at"),
        ),
        Q(
            "whats the busiest hour of the day",
            both(
                has(lambda df: int(_bike_hours(df).index[0])),
                has(lambda df: int(_bike_hours(df).iloc[0])),
            ),
            ("started_at", "trip_id"),
        ),
        Q(
            "is trip distance related to how long the ride takes?",
            either(
                has(lambda df: df["distance_km"].corr(df["duration_min"])),
                has(lambda df: df["distance_km"].corr(df["duration_min"], method="spearman")),
            ),
            ("distance_km", "duration_min", "started_at", "ended_at"),
        ),
        Q(
            "what share of rides were on e-bikes?",
            either(
                share(lambda df: (df["rideable_type"] == "electric_bike").mean()),
                has(lambda df: int((df["rideable_type"] == "electric_bike").sum())),
            ),
            ("rideable_type", "trip_id"),
        ),
        Q(
            "and for casual riders only?",
            either(
                share(lambda df: (df.loc[df["member_casual"] == "casual", "rideable_type"] == "electric_bike").mean()),
                has(
                    lambda df: int(((df["member_casual"] == "casual") & (df["rideable_type"] == "electric_bike")).sum())
                ),
            ),
            ("rideable_type", "member_casual", "trip_id"),
        ),
    ],
)

# --- restaurant inspections ----------------------------------------------------------------------------------------

_CUISINES = ["American", "Chinese", "Pizza", "Italian", "Mexican", "Café/Coffee/Tea", "Japanese", "Caribbean"]
_CUISINE = "CUISINE DESCRIPTION"


def inspections_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3030)
    n = 1200
    places = 420
    camis = rng.choice(np.arange(40_000_000, 41_000_000), places, replace=False)
    place_boro = rng.choice(
        ["Manhattan", "Brooklyn", "Queens", "Bronx", "Staten Island"], places, p=[0.35, 0.27, 0.2, 0.12, 0.06]
    )
    place_cuisine = rng.choice(_CUISINES, places, p=[0.24, 0.16, 0.12, 0.1, 0.1, 0.1, 0.1, 0.08])
    pick = rng.integers(0, places, n)
    cuisine_bump = {"Chinese": 4.0, "Caribbean": 6.5, "Café/Coffee/Tea": -3.0, "Pizza": 1.0}
    kind = rng.choice(["Cycle Inspection / Initial Inspection", "Cycle Inspection / Re-inspection"], n, p=[0.65, 0.35])
    bump = np.array([cuisine_bump.get(c, 0.0) for c in place_cuisine[pick]])
    day = pd.Timestamp("2021-01-04") + pd.to_timedelta(rng.integers(0, 4 * 365, n), unit="D")
    trend = (np.asarray(day.year) - 2021) * -0.8
    score = np.clip(rng.gamma(2.3, 7.0, n) + bump + trend - 5 * (kind == "Cycle Inspection / Re-inspection"), 0, None)
    score = score.round()
    critical = rng.poisson(np.clip(score / 12, 0.05, None))
    grade = np.where(score <= 13, "A", np.where(score <= 27, "B", "C")).astype(object)
    grade[rng.random(n) < 0.1] = np.nan  # not yet graded
    score[rng.random(n) < 0.03] = np.nan
    grade[np.isnan(score)] = np.nan
    names = [f"{c.split('/')[0].upper()} PLACE #{i}" for i, c in enumerate(place_cuisine)]
    order = np.argsort(day)
    frame = pd.DataFrame(
        {
            "Inspection ID": 0,
            "CAMIS": camis[pick],
            "DBA": np.array(names)[pick],
            "BORO": place_boro[pick],
            _CUISINE: place_cuisine[pick],
            "INSPECTION DATE": day.strftime("%m/%d/%Y"),
            "INSPECTION TYPE": kind,
            "SCORE": score,
            "GRADE": grade,
            "CRITICAL VIOLATIONS": critical,
        }
    )
    frame = frame.iloc[order].reset_index(drop=True)
    frame["Inspection ID"] = np.arange(n) + 900_001
    return frame


INSPECTIONS = Dataset(
    "restaurant_inspections",
    inspections_frame,
    [
        Q(
            "how many inspections in each borough?",
            has(lambda df: df["BORO"].value_counts().to_numpy()),
            ("BORO", "Inspection ID", "CAMIS"),
        ),
        Q(
            "which cuisine has the highest avg score",
            label_of(lambda df: str(df.groupby(_CUISINE)["SCORE"].mean().idxmax())),
            (_CUISINE, "SCORE"),
        ),
        Q(
            "how many inspections got a C grade?",
            has(lambda df: int((df["GRADE"] == "C").sum())),
            ("GRADE", "Inspection ID", "CAMIS"),
        ),
        Q(
            "what percentage of inspections found at least one critical violation",
            either(
                share(lambda df: (df["CRITICAL VIOLATIONS"] >= 1).mean()),
                has(lambda df: int((df["CRITICAL VIOLATIONS"] >= 1).sum())),
            ),
            ("CRITICAL VIOLATIONS", "Inspection ID"),
        ),
        Q(
            "is the average score going up or down over the years?",
            has(
                lambda df: (
                    df.groupby(pd.to_datetime(df["INSPECTION DATE"], format="%m/%d/%Y").dt.year)["SCORE"]
                    .mean()
                    .to_numpy()
                ),
                rel=0.01,
            ),
            ("SCORE", "INSPECTION DATE"),
        ),
        Q(
            "do re-inspections score better then initial inspections?",
            either(
                has(lambda df: df.groupby("INSPECTION TYPE")["SCORE"].mean().to_numpy(), rel=0.01),
                has(lambda df: df.groupby("INSPECTION TYPE")["SCORE"].median().to_numpy(), rel=0.01),
            ),
            ("SCORE", "INSPECTION TYPE"),
        ),
    ],
)

# --- school exam results -------------------------------------------------------------------------------------------

_ATT = "Attendance (%)"


def exams_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4040)
    n = 640
    school = rng.choice(["Hillcrest Academy", "Oakfield High", "Riverside College", "St Mary's RC"], n)
    fsm = np.where(rng.random(n) < 0.24, "Y", "N")
    attendance = np.clip(100 - rng.gamma(1.6, 4.5, n) - 4 * (fsm == "Y"), 55, 100).round(1)
    study = np.clip(rng.normal(6, 2.5, n), 0, None).round(1)
    ability = rng.normal(0, 1, n)
    school_bump = {"Hillcrest Academy": 4, "Oakfield High": -3, "Riverside College": 1, "St Mary's RC": 2}
    s_bump = np.array([school_bump[s] for s in school])
    common = 55 + 11 * ability + 0.6 * (attendance - 92) + 0.8 * (study - 6) + s_bump - 5 * (fsm == "Y")

    def mark(noise: float) -> Any:
        m = np.clip(common + rng.normal(0, noise, n), 0, 100).round()
        m[rng.random(n) < 0.025] = np.nan  # absent
        return m

    attendance[rng.random(n) < 0.02] = np.nan
    study[rng.random(n) < 0.08] = np.nan
    return pd.DataFrame(
        {
            "Student ID": [f"S{23000 + i}" for i in range(n)],
            "Gender": rng.choice(["F", "M"], n),
            "School": school,
            "Yr Grp": rng.choice([10, 11], n),
            "FSM": fsm,
            _ATT: attendance,
            "Study Hrs/Wk": study,
            "Maths": mark(9),
            "English": mark(8),
            "Science": mark(10),
        }
    )


EXAMS = Dataset(
    "exam_results",
    exams_frame,
    [
        Q(
            "avg maths score by shcool?",
            has(lambda df: df.groupby("School")["Maths"].mean().to_numpy(), rel=0.01),
            ("Maths", "School"),
        ),
        Q(
            "does attendance correlate with science results",
            either(
                has(lambda df: df[_ATT].corr(df["Science"])),
                has(lambda df: df[_ATT].corr(df["Science"], method="spearman")),
            ),
            (_ATT, "Science"),
        ),
        Q(
            "what % of students got under 40 in english",
            either(
                share(lambda df: (df["English"] < 40).mean()),
                share(lambda df: (df["English"].dropna() < 40).mean()),
                has(lambda df: int((df["English"] < 40).sum())),
            ),
            ("English", "Student ID"),
        ),
        Q(
            "compare fsm and non-fsm pupils on maths",
            either(
                has(lambda df: df.groupby("FSM")["Maths"].mean().to_numpy(), rel=0.01),
                has(lambda df: df.groupby("FSM")["Maths"].median().to_numpy(), rel=0.01),
            ),
            ("Maths", "FSM"),
        ),
        Q(
            "whats the 25th and 75th percentile for english?",
            has(lambda df: df["English"].quantile([0.25, 0.75]).to_numpy(), rel=0.01),
            ("English",),
        ),
        Q(
            "top 10 students by science score",
            has(lambda df: df["Science"].nlargest(10).to_numpy()),
            ("Science", "Student ID"),
        ),
    ],
)

# --- smart-meter readings ------------------------------------------------------------------------------------------

_IMP = "Import (kWh)"
_EXP = "Export (kWh)"
_TEMP = "Mean Temp (°C)"


def meters_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5050)
    meters = 20
    dates = pd.date_range("2024-01-01", "2024-03-31", freq="D")
    regions = np.array(["North", "Midlands", "South"])
    m_region = rng.choice(regions, meters)
    m_tariff = rng.choice(["Standard", "Economy 7"], meters, p=[0.7, 0.3])
    m_solar = rng.choice(["Y", "N"], meters, p=[0.35, 0.65])
    m_size = rng.lognormal(0, 0.35, meters)
    region_temp = {"North": 3.0, "Midlands": 4.5, "South": 6.0}
    season = np.linspace(0, 5, len(dates))  # it warms up through the quarter
    daily_noise = rng.normal(0, 2.2, len(dates))
    rows = []
    for m in range(meters):
        temp = region_temp[m_region[m]] + season + daily_noise + rng.normal(0, 0.7, len(dates))
        sun = np.clip(np.linspace(0.8, 4.5, len(dates)) * rng.lognormal(0, 0.5, len(dates)), 0, None)
        use = m_size[m] * (14 - 0.55 * temp) * rng.lognormal(0, 0.15, len(dates))
        export = sun * 0.6 if m_solar[m] == "Y" else np.zeros(len(dates))
        imp = np.clip(use - (sun * 0.4 if m_solar[m] == "Y" else 0), 0.3, None)
        for d in range(len(dates)):
            rows.append(
                {
                    "Meter ID": f"MTR-{1001 + m}",
                    "Read Date": dates[d].strftime("%Y-%m-%d"),
                    "Region": m_region[m],
                    "Tariff": m_tariff[m],
                    "Solar PV": m_solar[m],
                    _IMP: round(float(imp[d]), 2),
                    _EXP: round(float(export[d]), 2),
                    _TEMP: round(float(temp[d]), 1),
                }
            )
    frame = pd.DataFrame(rows)
    spikes = rng.choice(len(frame), 9, replace=False)
    frame.loc[spikes, _IMP] = (frame.loc[spikes, _IMP] * rng.uniform(3.5, 5, 9)).round(2)
    gaps = rng.random(len(frame)) < 0.015
    frame.loc[gaps, _IMP] = np.nan
    return frame


def _iqr_outliers(s: pd.Series) -> int:
    q1, q3 = s.quantile([0.25, 0.75])
    return int(((s < q1 - 1.5 * (q3 - q1)) | (s > q3 + 1.5 * (q3 - q1))).sum())


def _z_outliers(s: pd.Series) -> int:
    return int(((s - s.mean()).abs() > 3 * s.std()).sum())


def _meter_totals(df: pd.DataFrame) -> pd.Series:
    return df.groupby("Meter ID")[_IMP].sum()


METERS = Dataset(
    "smart_meters",
    meters_frame,
    [
        Q(
            "total import by month",
            has(lambda df: df.groupby(df["Read Date"].str[:7])[_IMP].sum().to_numpy(), rel=0.01),
            (_IMP, "Read Date"),
        ),
        Q(
            "is electricity use related to temperature?",
            either(
                has(lambda df: df[_IMP].corr(df[_TEMP])),
                has(lambda df: df[_IMP].corr(df[_TEMP], method="spearman")),
            ),
            (_IMP, _TEMP),
        ),
        Q(
            "which meter used the most electricity in total?",
            label_of(lambda df: str(_meter_totals(df).idxmax())),
            ("Meter ID", _IMP),
        ),
        Q(
            "and the least?",
            label_of(lambda df: str(_meter_totals(df).idxmin())),
            ("Meter ID", _IMP),
        ),
        Q(
            "for homes with solar, whats the avg daily net import (import minus export)?",
            either(
                has(lambda df: (df[_IMP] - df[_EXP])[df["Solar PV"] == "Y"].mean(), rel=0.01),
                has(
                    lambda df: df.loc[df["Solar PV"] == "Y", _IMP].mean() - df.loc[df["Solar PV"] == "Y", _EXP].mean(),
                    rel=0.01,
                ),
            ),
            (_IMP, _EXP, "Solar PV"),
        ),
        Q(
            "are there outliers in the import readings?",
            either(
                has(lambda df: _iqr_outliers(df[_IMP].dropna())),
                has(lambda df: _z_outliers(df[_IMP].dropna())),
            ),
            (_IMP,),
        ),
    ],
)

# --- flight delays -------------------------------------------------------------------------------------------------

_AIRPORTS = ["ATL", "ORD", "DFW", "DEN", "LAX", "JFK", "SEA", "BOS", "SFO", "MCO"]
_CARRIERS = ["AA", "DL", "UA", "WN", "B6", "AS"]


def flights_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6060)
    n = 2000
    day = pd.Timestamp("2023-01-01") + pd.to_timedelta(rng.integers(0, 365, n), unit="D")
    carrier = rng.choice(_CARRIERS, n, p=[0.22, 0.22, 0.18, 0.2, 0.1, 0.08])
    ap_p = np.array([14, 12, 11, 10, 10, 9, 8, 9, 9, 8]) / 100
    origin = rng.choice(_AIRPORTS, n, p=ap_p)
    dest = np.array([rng.choice([a for a in _AIRPORTS if a != o]) for o in origin])
    dep_hhmm = rng.integers(5, 23, n) * 100 + rng.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55], n)
    summer = np.isin(day.month, [6, 7, 8, 12])
    carrier_bump = {"AA": 3.0, "DL": -2.0, "UA": 2.0, "WN": 4.0, "B6": 7.0, "AS": -3.0}
    bump = np.array([carrier_bump[c] for c in carrier])
    late = rng.random(n) < 0.22
    dep = np.where(late, rng.gamma(1.4, 35, n), -rng.gamma(2.0, 2.5, n)) + bump + 5 * summer
    arr = dep + rng.normal(-4, 9, n)
    cancel_p = 0.02 + 0.03 * (origin == "ORD") + 0.02 * (origin == "BOS") + 0.015 * (carrier == "B6")
    cancelled = (rng.random(n) < cancel_p).astype(float)
    dep = np.where(cancelled == 1, np.nan, dep.round())
    arr = np.where(cancelled == 1, np.nan, arr.round())
    distance = rng.integers(180, 2600, n)
    return pd.DataFrame(
        {
            "FL_DATE": day.strftime("%Y-%m-%d"),
            "OP_CARRIER": carrier,
            "OP_CARRIER_FL_NUM": rng.integers(100, 3000, n),
            "ORIGIN": origin,
            "DEST": dest,
            "CRS_DEP_TIME": dep_hhmm,
            "DEP_DELAY": dep,
            "ARR_DELAY": arr,
            "CANCELLED": cancelled,
            "DISTANCE": distance,
        }
    )


def _monthly_arr(df: pd.DataFrame) -> list[float]:
    return [float(v) for v in df.groupby(df["FL_DATE"].str[:7])["ARR_DELAY"].mean()]


FLIGHTS = Dataset(
    "flight_delays",
    flights_frame,
    [
        Q(
            "whats the avg delay for each airline",
            either(
                asks("DEP_DELAY", "ARR_DELAY"),
                both(
                    has(lambda df: df.groupby("OP_CARRIER")["DEP_DELAY"].mean().to_numpy(), rel=0.01),
                    has(lambda df: df.groupby("OP_CARRIER")["ARR_DELAY"].mean().to_numpy(), rel=0.01),
                ),
            ),
            ("DEP_DELAY", "ARR_DELAY", "OP_CARRIER"),
        ),
        Q(
            "what % of flights got cancelled?",
            either(
                share(lambda df: df["CANCELLED"].mean()),
                has(lambda df: int(df["CANCELLED"].sum())),
            ),
            ("CANCELLED",),
        ),
        Q(
            "which airport has the most cancellations",
            both(
                label_of(lambda df: str(df.groupby("ORIGIN")["CANCELLED"].sum().idxmax())),
                has(lambda df: df.groupby("ORIGIN")["CANCELLED"].sum().max()),
            ),
            ("ORIGIN", "CANCELLED", "DEST"),
        ),
        Q(
            "how many flights arrived more than 15 min late?",
            has(lambda df: int((df["ARR_DELAY"] > 15).sum())),
            ("ARR_DELAY",),
        ),
        Q(
            "cancellation rate by carrier",
            _rates(lambda df: df.groupby("OP_CARRIER")["CANCELLED"].mean()),
            ("CANCELLED", "OP_CARRIER"),
        ),
        Q(
            "plot the average arrival delay by month",
            _any_of(_monthly_arr, 12),
            ("ARR_DELAY", "FL_DATE"),
        ),
    ],
)

# --- library loans -------------------------------------------------------------------------------------------------

_FEE = "Late Fee (£)"


def loans_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7070)
    n = 1400
    out = pd.Timestamp("2022-01-03") + pd.to_timedelta(np.sort(rng.integers(0, 911, n)), unit="D")
    item = rng.choice(["Book", "DVD", "Audiobook", "Graphic Novel", "Magazine"], n, p=[0.55, 0.12, 0.13, 0.12, 0.08])
    term = np.where(np.isin(item, ["DVD", "Magazine"]), 7, 21)
    renewals = rng.choice([0, 1, 2, 3], n, p=[0.6, 0.25, 0.1, 0.05])
    due = out + pd.to_timedelta(term * (1 + renewals), unit="D")
    kept = np.round(term * (1 + renewals) * rng.uniform(0.3, 1.05, n) + rng.gamma(0.6, 6, n) * (rng.random(n) < 0.2))
    returned = out + pd.to_timedelta(np.maximum(kept, 1), unit="D")
    days_late = np.maximum((returned - due).days, 0)
    rate = np.where(item == "DVD", 1.0, 0.25)
    borrower = rng.choice(["Adult", "Child", "Senior"], n, p=[0.6, 0.25, 0.15])
    fee = np.where(borrower == "Child", 0.0, np.minimum(days_late * rate, 10.0))
    age = np.where(
        borrower == "Child",
        rng.integers(5, 16, n),
        np.where(borrower == "Senior", rng.integers(65, 90, n), rng.integers(18, 65, n)),
    ).astype(float)
    age[rng.random(n) < 0.07] = np.nan
    still_out = rng.random(n) < np.where(out > pd.Timestamp("2024-05-15"), 0.5, 0.03)
    ret_text = np.where(still_out, "", returned.strftime("%d/%m/%Y"))
    fee = np.where(still_out, np.nan, fee)
    return pd.DataFrame(
        {
            "Loan ID": [f"L{100000 + i}" for i in range(n)],
            "Branch": rng.choice(["Central", "Northgate", "Eastbrook", "Harbour"], n, p=[0.4, 0.25, 0.2, 0.15]),
            "Item Type": item,
            "Checkout Date": out.strftime("%d/%m/%Y"),
            "Due Date": due.strftime("%d/%m/%Y"),
            "Return Date": pd.Series(ret_text).replace("", np.nan),
            "Renewals": renewals,
            _FEE: fee,
            "Borrower Type": borrower,
            "Borrower Age": age,
        }
    )


def _loan_days(df: pd.DataFrame) -> pd.Series:
    out = pd.to_datetime(df["Checkout Date"], format="%d/%m/%Y")
    back = pd.to_datetime(df["Return Date"], format="%d/%m/%Y")
    return (back - out).dt.days.dropna()


def _loan_month(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Checkout Date"], format="%d/%m/%Y").dt.to_period("M")


def _monthly_loans(df: pd.DataFrame) -> list[float]:
    return [float(v) for v in df.groupby(_loan_month(df)).size()]


def _monthly_loans_2023(df: pd.DataFrame) -> list[float]:
    month = _loan_month(df)
    return [float(v) for v in df[month.dt.year == 2023].groupby(month).size()]


LOANS = Dataset(
    "library_loans",
    loans_frame,
    [
        Q(
            "how many loans per item type?",
            has(lambda df: df["Item Type"].value_counts().to_numpy()),
            ("Item Type", "Loan ID"),
        ),
        Q(
            "avg loan length in days?",
            either(
                has(lambda df: _loan_days(df).mean(), rel=0.01),
                has(lambda df: _loan_days(df).median(), rel=0.01),
            ),
            ("Checkout Date", "Return Date"),
        ),
        Q(
            "how many items are still out (not returned yet)?",
            has(lambda df: int(df["Return Date"].isna().sum())),
            ("Return Date", "Loan ID"),
        ),
        Q(
            "total late fees by branch",
            has(lambda df: df.groupby("Branch")[_FEE].sum().to_numpy(), rel=0.01),
            (_FEE, "Branch"),
        ),
        Q(
            "plot loans per month",
            _any_of(_monthly_loans, 30),
            ("Checkout Date", "Loan ID"),
        ),
        Q(
            "only for 2023",
            either(
                has(lambda df: _monthly_loans_2023(df)),
                has(lambda df: len(df[_loan_month(df).dt.year == 2023])),
                both(words("2023"), _any_of(_monthly_loans_2023, 12)),
            ),
            ("Checkout Date", "Loan ID"),
        ),
    ],
)


HELDOUT10: list[Dataset] = [AE, BIKES, INSPECTIONS, EXAMS, METERS, FLIGHTS, LOANS]
