"""HELDOUT219: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports an analyst is likely to bring along: a Polarsteps
trip export flattened to one row per step (five trips, 2022-2024) with "Trip Name" ("Southeast Asia 2023"), "Step
Name" (the place, or a free title like "Day at the beach"), Country, "Location Name" (the city), Latitude and Longitude
with six decimals, "Arrival Date" and "Departure Date" as "2023-02-14T09:32:00" (departure blank on each trip's last
step), "Distance From Previous Step (km)" with one decimal (blank on each trip's first step), "Transport Mode" Plane /
Car / Bus / Train / Boat / Walk (blank on first steps), "Photos Count", "Weather Condition" (Sunny, Partly cloudy,
Cloudy, Rain, Thunderstorm, Snow; a few blank) and "Temperature (°C)" whole degrees (a few blank); a Headspace
listening history export (2022-2023) with Date as "2022-03-05 07:12:33", "Session Name" ("Basics 4", "Managing
Anxiety 12", "Rainday Antiques"), "Content Type" Meditation / Sleepcast / Focus Music / Move / Wind Down, "Course/Pack"
(blank for single sessions), "Duration (min)" with one decimal (how long was listened), Completed Yes / No, "Time of
Day" Morning / Afternoon / Evening / Night and Device (iPhone, iPad, Apple Watch, Web, Android); a Heroku invoice
usage export for 2023 (one row per app per dyno or add-on line per month) with "Invoice Month" as "2023-07", "App
Name" ("acme-api-prod"), Team (acme-platform, acme-data, acme-web), Type Dyno / Add-on / Data, Item ("Standard-1X",
"Performance-M", "Heroku Postgres Standard-0", "Heroku Data for Redis Premium-0", "Papertrail Choklad"), Quantity,
Unit ("dyno", "add-on", "GB"), Hours (dyno hours; blank for add-ons and data), "Unit Price (USD)", "Total (USD)" with
cents, and one "Invoice Total" row closing every month (App Name, Team and Type blank, Item "Invoice Total", the
month's sum in "Total (USD)"); NOAA NDBC standard meteorological data, hourly for January-February 2023 at three
stations (41009, 44013, 46026), with STATION, YY (four digits), MM, DD, hh, mm (50, the observation minute), WDIR
(degrees true), WSPD and GST (m/s), WVHT (m), DPD and APD (sec), PRES (hPa), ATMP and WTMP (degC), missing values
written as NDBC does (999 for WDIR, 99.0 for WSPD / GST, 99.00 for WVHT / DPD / APD, 9999.0 for PRES, 999.0 for ATMP
/ WTMP); the Academy Awards nominations database cut to ten categories (1927/28-2023), one row per nomination with
Ceremony (1-96), Year ("1927/1928", "1932/1933" for the split years, then "1934"), Category upper-case as the
Academy writes it ("ACTOR" and "ACTRESS" until 1975, then "ACTOR IN A LEADING ROLE", "ACTRESS IN A LEADING ROLE";
"ACTOR IN A SUPPORTING ROLE", "DIRECTING", "WRITING", "BEST PICTURE" (called "OUTSTANDING PICTURE" before 1944),
"MUSIC (Original Score)", "SCIENTIFIC OR TECHNICAL AWARD", "HONORARY AWARD"), "Nominee(s)" (people, producers as
"Name, Producer", companies for the technical awards), Film (blank for technical and honorary awards), Winner
True / False and Class Acting / Directing / Writing / Production / Music / SciTech / Special; NYC DOHMH dog bite data
(2018-2022) with UniqueID (not in date order), DateOfBite as "January 05 2018", Species "DOG", Breed in mixed spelling
and case ("Pit Bull", "PIT BULL", "American Pit Bull Terrier", "Mixed/Other", "UNKNOWN", blank), Age as text ("3",
"2.5", "5M" for five months, blank), Gender M / F / U, SpayNeuter TRUE / FALSE, Borough (Brooklyn, Bronx, Manhattan,
Queens, Staten Island, Other) and ZipCode (five digits, some blank); and an AirGradient ONE export of 5-minute averages
(two monitors, "Living Room" and "Bedroom", 2024-02-05 to 2024-02-11) with Date as "2024-02-05 14:35", "Location
Name", "PM1 (µg/m³)", "PM2.5 (µg/m³)", "PM10 (µg/m³)" with one decimal, "CO2 (ppm)", "TVOC Index", "NOx Index",
"Temperature (°C)" and "Humidity (%)" with one decimal, and "0.3 µm Particle Count", every reading blank while a
monitor was offline and CO2 alone blank at times. All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share, _shares, _text
from .heldout218 import _month, _top
from .offline_eval import Dataset, Q, both, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

_BIG = (1e3, 1e6, 1e9)


# --- 1. Polarsteps trip export ------------------------------------------------------------------------------------

# trip: (start, [(country, [(city, lat, lon, temp)])], main mode in the country)
_PS_TRIPS = {
    "Southeast Asia 2023": (
        "2023-01-20",
        [
            ("Thailand", [("Bangkok", 13.7563, 100.5018, 32), ("Chiang Mai", 18.7883, 98.9853, 29)]),
            ("Thailand", [("Krabi", 8.0863, 98.9063, 31), ("Koh Phi Phi", 7.7407, 98.7784, 31)]),
            ("Vietnam", [("Hanoi", 21.0278, 105.8342, 20), ("Hoi An", 15.8801, 108.3380, 26)]),
            ("Vietnam", [("Ho Chi Minh City", 10.8231, 106.6297, 33)]),
            ("Cambodia", [("Siem Reap", 13.3671, 103.8448, 32), ("Phnom Penh", 11.5564, 104.9282, 33)]),
        ],
    ),
    "Iceland Road Trip": (
        "2022-09-03",
        [
            (
                "Iceland",
                [("Reykjavík", 64.1466, -21.9426, 9), ("Vík", 63.4186, -19.0060, 8), ("Höfn", 64.2539, -15.2082, 7)],
            )
        ],
    ),
    "Interrail Summer": (
        "2023-07-01",
        [
            ("Netherlands", [("Amsterdam", 52.3676, 4.9041, 21)]),
            ("Germany", [("Berlin", 52.5200, 13.4050, 24), ("Munich", 48.1351, 11.5820, 23)]),
            ("Austria", [("Vienna", 48.2082, 16.3738, 26)]),
            (
                "Italy",
                [("Venice", 45.4408, 12.3155, 29), ("Florence", 43.7696, 11.2558, 31), ("Rome", 41.9028, 12.4964, 32)],
            ),
        ],
    ),
    "Patagonia": (
        "2024-01-08",
        [
            ("Argentina", [("Buenos Aires", -34.6037, -58.3816, 28), ("El Chaltén", -49.3315, -72.8863, 12)]),
            ("Chile", [("Puerto Natales", -51.7236, -72.5064, 11), ("Torres del Paine", -50.9423, -73.4068, 10)]),
        ],
    ),
    "Japan Spring": (
        "2024-03-25",
        [
            (
                "Japan",
                [("Tokyo", 35.6762, 139.6503, 15), ("Kyoto", 35.0116, 135.7681, 16), ("Osaka", 34.6937, 135.5023, 17)],
            )
        ],
    ),
}
_PS_TITLES = ["Day at the beach", "Old town walk", "Market morning", "Sunset hike", "Rainy museum day", "Street food"]
_PS_TITLES += ["Temple visit", "Lazy day", "Boat trip", "Night out", "Viewpoint", "Coffee and people watching"]


def _ps_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21901)
    rows = []
    for trip, (start, legs) in _PS_TRIPS.items():
        t = pd.Timestamp(start) + pd.Timedelta(hours=int(rng.integers(6, 20)))
        prev: tuple[float, float] | None = None
        prev_country = None
        cities = [(country, c) for country, cs in legs for c in cs]
        n_steps = {"Southeast Asia 2023": 110, "Interrail Summer": 80, "Patagonia": 60}.get(trip, 55)
        # several steps per city, in order
        per_city = np.maximum(rng.multinomial(n_steps - len(cities), [1 / len(cities)] * len(cities)) + 1, 1)
        for (country, (city, lat, lon, temp)), k in zip(cities, per_city, strict=True):
            for j in range(int(k)):
                la = lat + rng.normal(0, 0.03)
                lo = lon + rng.normal(0, 0.03)
                if prev is None:
                    dist, mode = np.nan, ""
                else:
                    dist = float(
                        np.hypot((la - prev[0]) * 111.0, (lo - prev[1]) * 111.0 * np.cos(np.radians(la)))
                    ) * rng.uniform(1.05, 1.3)
                    if j > 0:
                        mode = _one(rng, ["Walk", "Car", "Bus", "Boat"], [60, 20, 15, 5])
                    elif (country != prev_country and dist > 600) or dist > 900:
                        mode = "Plane"
                    elif trip == "Interrail Summer":
                        mode = "Train"
                    elif trip == "Iceland Road Trip":
                        mode = "Car"
                    else:
                        mode = _one(rng, ["Bus", "Train", "Boat", "Car"], [45, 20, 20, 15])
                stay = float(rng.gamma(2.0, 14.0)) if j < k - 1 else float(rng.gamma(2.0, 20.0))
                arrive = t
                depart = t + pd.Timedelta(hours=stay)
                weather = _one(
                    rng,
                    ["Sunny", "Partly cloudy", "Cloudy", "Rain", "Thunderstorm", "Snow", ""],
                    [30, 25, 18, 15, 4, 2 if temp < 12 else 0, 3],
                )
                t_now = temp + rng.normal(0, 2.5) - (3 if weather in ("Rain", "Thunderstorm") else 0)
                if weather == "Snow":
                    t_now = min(t_now, 1.0)
                rows.append(
                    {
                        "Trip Name": trip,
                        "Step Name": city if j == 0 else _one(rng, [*_PS_TITLES, city]),
                        "Country": country,
                        "Location Name": city,
                        "Latitude": round(la, 6),
                        "Longitude": round(lo, 6),
                        "Arrival Date": f"{arrive:%Y-%m-%dT%H:%M:00}",
                        "Departure Date": f"{depart:%Y-%m-%dT%H:%M:00}",
                        "Distance From Previous Step (km)": round(dist, 1) if prev is not None else np.nan,
                        "Transport Mode": mode,
                        "Photos Count": int(rng.negative_binomial(2, 0.1)),
                        "Weather Condition": weather,
                        "Temperature (°C)": round(t_now) if rng.random() > 0.03 else np.nan,
                    }
                )
                prev, prev_country = (la, lo), country
                t = depart + pd.Timedelta(hours=float(rng.uniform(0.5, 6)))
        rows[-1]["Departure Date"] = ""
    df = pd.DataFrame(rows)
    df["Temperature (°C)"] = df["Temperature (°C)"].astype("Int64")
    return df.replace("", np.nan)


def _ps_rain(df: pd.DataFrame) -> pd.Series:
    return _text(df["Weather Condition"]) == "Rain"


_PS_QS = [
    Q(
        "how many countries have i been to",
        _count(lambda df: int(df["Country"].nunique())),
        ("Country",),
    ),
    Q(
        "which trip had the most stops?",
        _lead(_named(lambda df: _top(df.groupby("Trip Name").size()))),
        ("Trip Name", "Step Name"),
    ),
    Q(
        "how far did i fly in total",
        _scaled(
            lambda df: df.loc[df["Transport Mode"] == "Plane", "Distance From Previous Step (km)"].sum(),
            _BIG,
            rel=0.002,
        ),
        ("Transport Mode", "Distance From Previous Step (km)"),
    ),
    Q(
        "which country did i take the most pictures in",
        _lead(_named(lambda df: _top(df.groupby("Country")["Photos Count"].sum()))),
        ("Country", "Photos Count"),
    ),
    Q(
        "how often was it raining",
        either(
            _share(lambda df: float(_ps_rain(df).mean())),
            _share(lambda df: float(_ps_rain(df)[df["Weather Condition"].notna()].mean())),
            _count(lambda df: int(_ps_rain(df).sum())),
        ),
        ("Weather Condition",),
    ),
    Q(
        "and how warm was it on average on those rainy days?",
        _about(lambda df: float(df.loc[_ps_rain(df), "Temperature (°C)"].mean()), rel=0.01),
        ("Weather Condition", "Temperature (°C)"),
    ),
]


# --- 2. Headspace listening history -------------------------------------------------------------------------------

# type: (weight, packs, typical minutes, completion rate, usual time of day weights M/A/E/N)
_HS_TYPES = {
    "Meditation": (
        45,
        ["Basics", "Managing Anxiety", "Sleep", "Focus", "Self-Esteem", ""],
        10.0,
        0.82,
        [50, 15, 25, 10],
    ),
    "Sleepcast": (25, [""], 45.0, 0.35, [0, 0, 15, 85]),
    "Focus Music": (12, ["Focus Music"], 40.0, 0.6, [35, 55, 10, 0]),
    "Move": (8, ["Move Mode", ""], 15.0, 0.7, [55, 30, 15, 0]),
    "Wind Down": (10, ["Wind Down", ""], 6.0, 0.88, [0, 0, 40, 60]),
}
_HS_SLEEPCASTS = ["Rainday Antiques", "Desert Campground", "Nightshift Launderette", "Midnight Mountain", "Tidepools"]
_HS_SINGLES = ["Breathe", "Walking Meditation", "Stress", "Restless", "Reset", "Gratitude", "Unwind", "Body Scan"]


def _hs_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21902)
    types = list(_HS_TYPES)
    rows = []
    days = pd.date_range("2022-01-01", "2023-12-31", freq="D")
    progress: dict[str, int] = {}
    for d in days:
        # a streak that fades after new year and comes back
        p = 0.75 if d.month in (1, 2, 10, 11) else 0.5
        if d.year == 2023 and d.month in (6, 7, 8):
            p = 0.3
        for _ in range(int(rng.binomial(3, p))):
            kind = _one(rng, types, [v[0] for v in _HS_TYPES.values()])
            _, packs, minutes, comp, tod = _HS_TYPES[kind]
            pack = _one(rng, packs)
            when = _one(rng, ["Morning", "Afternoon", "Evening", "Night"], tod)
            hour = {"Morning": (6, 12), "Afternoon": (12, 17), "Evening": (17, 21), "Night": (21, 24)}[when]
            stamp = d + pd.Timedelta(
                hours=int(rng.integers(*hour)), minutes=int(rng.integers(60)), seconds=int(rng.integers(60))
            )
            if kind == "Meditation" and pack:
                progress[pack] = progress.get(pack, 0) % 30 + 1
                name = f"{pack} {progress[pack]}"
            elif kind == "Sleepcast":
                name = _one(rng, _HS_SLEEPCASTS)
            elif kind == "Focus Music":
                name = _one(rng, ["Lo-fi Focus", "Deep Focus", "Flow State", "Binaural Beats"])
            elif kind == "Move":
                name = _one(rng, ["Move Mode: Cardio", "Move Mode: Yoga", "Mindful Run", "Stretch"])
            elif kind == "Wind Down":
                name = _one(rng, ["Wind Down", "Sleep Sounds", "Sleep Music", "Evening Reflection"])
            else:
                name = _one(rng, _HS_SINGLES)
            full = minutes * rng.uniform(0.8, 1.3) if kind != "Meditation" else _one(rng, [3.0, 5.0, 10.0, 15.0, 20.0])
            done = rng.random() < comp
            dur = full if done else full * rng.uniform(0.05, 0.9)
            rows.append(
                {
                    "Date": f"{stamp:%Y-%m-%d %H:%M:%S}",
                    "Session Name": name,
                    "Content Type": kind,
                    "Course/Pack": pack,
                    "Duration (min)": round(float(dur), 1),
                    "Completed": "Yes" if done else "No",
                    "Time of Day": when,
                    "Device": _one(rng, ["iPhone", "iPad", "Apple Watch", "Web", "Android"], [70, 10, 8, 7, 5]),
                }
            )
    return pd.DataFrame(rows).replace("", np.nan)


def _hs_done(df: pd.DataFrame) -> pd.Series:
    return df["Completed"] == "Yes"


def _hs_rates(df: pd.DataFrame) -> Any:
    return [float(_hs_done(df)[df["Content Type"] == k].mean()) for k in ("Sleepcast", "Meditation")]


def _hs_top_month(how: str) -> Callable[[pd.DataFrame], Any]:
    def top(df: pd.DataFrame) -> Any:
        month = df["Date"].str[:7]
        g = df.groupby(month)["Duration (min)"]
        return pd.Timestamp(_top(g.size() if how == "count" else g.sum()) + "-01")

    return top


_HS_QS = [
    Q(
        "how many minutes have i meditated altogether",
        either(
            _scaled(lambda df: df.loc[df["Content Type"] == "Meditation", "Duration (min)"].sum(), _BIG, rel=0.002),
            _scaled(lambda df: df["Duration (min)"].sum(), _BIG, rel=0.002),
        ),
        ("Content Type", "Duration (min)"),
    ),
    Q(
        "what kind of stuff do i listen to most",
        _lead(
            either(
                _named(lambda df: _top(df["Content Type"].value_counts())),
                _named(lambda df: _top(df.groupby("Content Type")["Duration (min)"].sum())),
            )
        ),
        ("Content Type", "Duration (min)"),
    ),
    Q(
        "what % of sessions do i actually finish",
        _share(lambda df: float(_hs_done(df).mean())),
        ("Completed",),
    ),
    Q(
        "do i finish sleepcasts less often than meditations?",
        _shares(_hs_rates),
        ("Content Type", "Completed"),
    ),
    Q(
        "which month was i most active",
        either(_month_year(_hs_top_month("count")), _month_year(_hs_top_month("minutes"))),
        ("Date", "Duration (min)"),
    ),
    Q(
        "average session length at night",
        _about(lambda df: float(df.loc[df["Time of Day"] == "Night", "Duration (min)"].mean()), rel=0.01),
        ("Time of Day", "Duration (min)"),
    ),
]


# --- 3. Heroku invoice usage export -------------------------------------------------------------------------------

_HK_DYNOS = {"Basic": 7.0, "Standard-1X": 25.0, "Standard-2X": 50.0, "Performance-M": 250.0, "Performance-L": 500.0}
_HK_ADDONS = {
    "Heroku Postgres Essential-0": 5.0,
    "Heroku Postgres Standard-0": 50.0,
    "Heroku Postgres Premium-2": 750.0,
    "Heroku Data for Redis Premium-0": 15.0,
    "Papertrail Choklad": 7.0,
    "SendGrid Bronze": 19.95,
    "New Relic APM Wayne": 0.0,
    "Heroku Scheduler Standard": 0.0,
}
# app: team, dyno lines, add-ons, data GB per month
_HK_APPS = {
    "acme-api-prod": (
        "acme-platform",
        [("Performance-M", 3), ("Standard-2X", 2)],
        ["Heroku Postgres Premium-2", "Heroku Data for Redis Premium-0", "Papertrail Choklad"],
        0,
    ),
    "acme-api-staging": (
        "acme-platform",
        [("Standard-1X", 2)],
        ["Heroku Postgres Standard-0", "Heroku Scheduler Standard"],
        0,
    ),
    "acme-worker-prod": ("acme-platform", [("Performance-L", 1), ("Standard-2X", 3)], ["Papertrail Choklad"], 0),
    "acme-web-prod": ("acme-web", [("Standard-2X", 4)], ["SendGrid Bronze", "New Relic APM Wayne"], 0),
    "acme-web-staging": ("acme-web", [("Basic", 1)], ["Heroku Postgres Essential-0"], 0),
    "acme-admin": ("acme-web", [("Standard-1X", 1)], ["Heroku Postgres Essential-0"], 0),
    "acme-etl": ("acme-data", [("Performance-M", 1)], ["Heroku Postgres Standard-0", "Heroku Scheduler Standard"], 40),
    "acme-metabase": ("acme-data", [("Standard-2X", 1)], ["Heroku Postgres Standard-0"], 0),
    "acme-kafka-bridge": ("acme-data", [("Standard-1X", 2)], [], 120),
    "acme-docs": ("acme-web", [("Basic", 1)], [], 0),
}


def _hk_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21903)
    rows = []
    for m in range(1, 13):
        month = f"2023-{m:02d}"
        hours_in_month = pd.Timestamp(f"{month}-01").days_in_month * 24
        first = len(rows)
        for app, (team, dynos, addons, gb) in _HK_APPS.items():
            if app == "acme-kafka-bridge" and m < 4:
                continue
            if app == "acme-api-staging" and m == 8:
                continue
            for item, qty in dynos:
                q = (
                    qty
                    + (1 if m in (11, 12) and app.endswith("-prod") else 0)
                    + int(rng.integers(-1, 2) if qty > 2 else 0)
                )
                hours = round(q * hours_in_month * rng.uniform(0.85, 1.0), 1)
                price = _HK_DYNOS[item]
                rows.append(
                    {
                        "Invoice Month": month,
                        "App Name": app,
                        "Team": team,
                        "Type": "Dyno",
                        "Item": item,
                        "Quantity": q,
                        "Unit": "dyno",
                        "Hours": hours,
                        "Unit Price (USD)": price,
                        "Total (USD)": round(min(hours / 720, q) * price, 2),
                    }
                )
            for item in addons:
                price = _HK_ADDONS[item]
                rows.append(
                    {
                        "Invoice Month": month,
                        "App Name": app,
                        "Team": team,
                        "Type": "Add-on",
                        "Item": item,
                        "Quantity": 1,
                        "Unit": "add-on",
                        "Hours": np.nan,
                        "Unit Price (USD)": price,
                        "Total (USD)": round(price * (1.0 if rng.random() > 0.05 else rng.uniform(0.3, 0.9)), 2),
                    }
                )
            if gb:
                q = round(gb * rng.uniform(0.6, 1.6), 1)
                rows.append(
                    {
                        "Invoice Month": month,
                        "App Name": app,
                        "Team": team,
                        "Type": "Data",
                        "Item": "Data Transfer",
                        "Quantity": q,
                        "Unit": "GB",
                        "Hours": np.nan,
                        "Unit Price (USD)": 0.09,
                        "Total (USD)": round(q * 0.09, 2),
                    }
                )
        total = round(sum(r["Total (USD)"] for r in rows[first:]), 2)
        rows.append(
            {
                "Invoice Month": month,
                "App Name": "",
                "Team": "",
                "Type": "",
                "Item": "Invoice Total",
                "Quantity": np.nan,
                "Unit": "",
                "Hours": np.nan,
                "Unit Price (USD)": np.nan,
                "Total (USD)": total,
            }
        )
    return pd.DataFrame(rows).replace("", np.nan)


def _hk_lines(df: pd.DataFrame) -> pd.DataFrame:
    return df[df["Item"] != "Invoice Total"]


_HK_QS = [
    Q(
        "what did we spend on heroku over the whole year",
        _scaled(lambda df: _hk_lines(df)["Total (USD)"].sum(), _BIG, rel=0.002),
        ("Total (USD)", "Item", "Invoice Month"),
    ),
    Q(
        "which app costs us the most",
        _lead(_named(lambda df: _top(_hk_lines(df).groupby("App Name")["Total (USD)"].sum()))),
        ("App Name", "Total (USD)"),
    ),
    Q(
        "how much of the bill is postgres?",
        either(
            _share(
                lambda df: float(
                    _hk_lines(df).loc[_hk_lines(df)["Item"].str.contains("Postgres"), "Total (USD)"].sum()
                    / _hk_lines(df)["Total (USD)"].sum()
                )
            ),
            _scaled(
                lambda df: _hk_lines(df).loc[_hk_lines(df)["Item"].str.contains("Postgres"), "Total (USD)"].sum(),
                _BIG,
                rel=0.002,
            ),
        ),
        ("Item", "Total (USD)", "Type"),
    ),
    Q(
        "break down december by team",
        _scaled(
            lambda df: (
                _hk_lines(df)[_hk_lines(df)["Invoice Month"] == "2023-12"]
                .groupby("Team")["Total (USD)"]
                .sum()
                .to_numpy()
            ),
            _BIG,
            rel=0.002,
        ),
        ("Invoice Month", "Team", "Total (USD)"),
    ),
    Q(
        "which month was the most expensive",
        _month_year(lambda df: pd.Timestamp(_top(_hk_lines(df).groupby("Invoice Month")["Total (USD)"].sum()) + "-01")),
        ("Invoice Month", "Total (USD)", "Item"),
    ),
    Q(
        "how many hours of performance-m dynos did we run",
        _scaled(lambda df: df.loc[df["Item"] == "Performance-M", "Hours"].sum(), _BIG, rel=0.002),
        ("Item", "Hours", "Type"),
    ),
]


# --- 4. NOAA NDBC standard meteorological data --------------------------------------------------------------------

# station: (wave base m, wind base m/s, water temp degC, air temp degC)
_NB_STATIONS = {41009: (1.6, 7.0, 22.0, 18.0), 44013: (1.1, 8.0, 6.0, 2.0), 46026: (2.3, 6.0, 12.5, 12.0)}
_NB_MISSING = {"WDIR": 999, "WSPD": 99.0, "GST": 99.0, "WVHT": 99.0, "DPD": 99.0, "APD": 99.0}
_NB_MISSING |= {"PRES": 9999.0, "ATMP": 999.0, "WTMP": 999.0}


def _nb_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21904)
    hours = pd.date_range("2023-01-01 00:50", "2023-02-28 23:50", freq="h")
    rows = []
    for st, (wave, wind, wtmp, atmp) in _NB_STATIONS.items():
        storm = np.zeros(len(hours))
        for c in rng.choice(len(hours), 6, replace=False):
            storm += np.exp(-(((np.arange(len(hours)) - c) / 18.0) ** 2)) * rng.uniform(0.8, 1.8)
        ws_noise = np.cumsum(rng.normal(0, 0.25, len(hours)))
        ws_noise -= np.convolve(ws_noise, np.ones(48) / 48, mode="same")
        for i, t in enumerate(hours):
            wspd = max(0.0, wind * (1 + 0.9 * storm[i]) + ws_noise[i] + rng.normal(0, 0.8))
            gst = wspd * rng.uniform(1.15, 1.45)
            wvht = max(0.2, wave * (1 + 1.1 * storm[i]) + 0.05 * wspd + rng.normal(0, 0.2))
            dpd = max(3.0, 8 + 2.5 * storm[i] + rng.normal(0, 1.5))
            row = {
                "STATION": st,
                "YY": t.year,
                "MM": t.month,
                "DD": t.day,
                "hh": t.hour,
                "mm": 50,
                "WDIR": int(rng.integers(0, 360)),
                "WSPD": round(wspd, 1),
                "GST": round(gst, 1),
                "WVHT": round(wvht, 2),
                "DPD": round(dpd, 2),
                "APD": round(dpd * rng.uniform(0.6, 0.75), 2),
                "PRES": round(1016 - 14 * storm[i] + rng.normal(0, 2), 1),
                "ATMP": round(atmp - 2 * storm[i] + rng.normal(0, 1.2), 1),
                "WTMP": round(wtmp + rng.normal(0, 0.3), 1),
            }
            if i % 2 == 1 and st == 44013:  # wave data only every other hour here
                row |= {"WVHT": 99.0, "DPD": 99.0, "APD": 99.0}
            for col, miss in _NB_MISSING.items():
                if rng.random() < {"WTMP": 0.04, "WVHT": 0.03, "PRES": 0.01}.get(col, 0.015):
                    row[col] = miss
            rows.append(row)
    return pd.DataFrame(rows)


def _nb_real(df: pd.DataFrame, col: str) -> pd.Series:
    s = pd.to_numeric(df[col], errors="coerce")
    return s.where(s < _NB_MISSING[col] - 0.5)


def _nb_low_pressure_day(df: pd.DataFrame) -> Any:
    d = df[df["STATION"] == 41009]
    i = _nb_real(d, "PRES").idxmin()
    return pd.Timestamp(int(d.loc[i, "YY"]), int(d.loc[i, "MM"]), int(d.loc[i, "DD"]))


_NB_TIME = ("YY", "MM", "DD", "hh", "mm")
_NB_QS = [
    Q(
        "average wave height at each buoy?",
        _about(lambda df: _nb_real(df, "WVHT").groupby(df["STATION"]).mean().to_numpy(), rel=0.01),
        ("STATION", "WVHT"),
    ),
    Q(
        "what was the biggest wave and which station",
        both(
            has(lambda df: float(_nb_real(df, "WVHT").max()), rel=0.001),
            _named(lambda df: str(df.loc[_nb_real(df, "WVHT").idxmax(), "STATION"])),
        ),
        ("STATION", "WVHT", *_NB_TIME),
    ),
    Q(
        "how many readings have no water temp",
        _count(lambda df: int(_nb_real(df, "WTMP").isna().sum())),
        ("WTMP",),
    ),
    Q(
        "strongest gust at 44013",
        has(lambda df: float(_nb_real(df, "GST")[df["STATION"] == 44013].max()), rel=0.001),
        ("STATION", "GST"),
    ),
    Q(
        "is wind speed correlated with wave height",
        _corr(
            lambda df: _nb_real(df, "WSPD").where(_nb_real(df, "WVHT").notna()),
            lambda df: _nb_real(df, "WVHT").where(_nb_real(df, "WSPD").notna()),
        ),
        ("WSPD", "WVHT"),
    ),
    Q(
        "when was the pressure lowest at 41009",
        _day(_nb_low_pressure_day),
        ("STATION", "PRES", *_NB_TIME),
    ),
]


# --- 5. Academy Awards nominations --------------------------------------------------------------------------------

_AA_FIRST = ["James", "Mary", "John", "Bette", "Henry", "Katharine", "Spencer", "Grace", "Paul", "Meryl", "Jack"]
_AA_FIRST += ["Diane", "Robert", "Jane", "Denzel", "Cate", "Daniel", "Frances", "Tom", "Viola", "Al", "Emma"]
_AA_LAST = ["Hale", "Whitford", "Marsh", "Corliss", "Danforth", "Lindqvist", "Ashby", "Prentiss", "Calloway"]
_AA_LAST += ["Redmond", "Fairbanks", "Holloway", "Sterling", "Vance", "Mercer", "Talbot", "Quinlan", "Brandt"]
_AA_WORDS = ["Night", "River", "Silent", "Golden", "Last", "City", "Heart", "Shadow", "Summer", "Crown", "Letter"]
_AA_WORDS += ["Wind", "Stranger", "Garden", "Iron", "Blue", "Empire", "Promise", "Harbor", "Fire", "Lights"]
_AA_FIRMS = ["Laboratories", "Optical Company", "Sound Inc.", "Camera Works"]
_AA_CATS = ["ACTOR", "ACTRESS", "ACTOR IN A SUPPORTING ROLE", "DIRECTING", "WRITING", "BEST PICTURE"]
_AA_CATS += ["MUSIC (Original Score)"]
_AA_CLASS = {"ACTOR": "Acting", "ACTRESS": "Acting", "ACTOR IN A SUPPORTING ROLE": "Acting", "DIRECTING": "Directing"}
_AA_CLASS |= {"WRITING": "Writing", "BEST PICTURE": "Production", "MUSIC (Original Score)": "Music"}


def _aa_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21905)
    people = sorted({f"{_one(rng, _AA_FIRST)} {_one(rng, _AA_LAST)}" for _ in range(600)})
    actresses = [p for i, p in enumerate(people) if i % 2 == 0]
    actors = [p for i, p in enumerate(people) if i % 2 == 1]
    star = actresses[7]  # the most nominated performer, 1977-2020
    used_titles: set[str] = set()
    rows = []
    for ceremony in range(1, 97):
        film_year = 1926 + ceremony if ceremony <= 6 else 1927 + ceremony
        label = f"{film_year}/{film_year + 1}" if ceremony <= 6 else str(film_year)
        films = []
        while len(films) < 12:
            t = f"The {_one(rng, _AA_WORDS)} {_one(rng, _AA_WORDS)}" if rng.random() < 0.5 else _one(rng, _AA_WORDS)
            t = t if t not in used_titles else f"{t} {_one(rng, ['II', 'Returns', 'of Paris', 'Road'])}"
            if t not in used_titles:
                used_titles.add(t)
                films.append(t)
        weights = np.array([6, 5, 4, 3, 2.5, 2, 1.5, 1, 1, 0.7, 0.5, 0.4])
        if ceremony == 72:
            weights[0] = 40  # a sweep year
        p = weights / weights.sum()
        favourite = films[0]
        for cat in _AA_CATS:
            if cat == "ACTOR IN A SUPPORTING ROLE" and film_year < 1936:
                continue
            n = 10 if cat == "BEST PICTURE" and (film_year >= 2009 or film_year < 1943) else 5
            picks = list(rng.choice(len(films), n, replace=False, p=p)) if cat != "ACTRESS" else []
            if cat == "ACTRESS":
                picks = list(rng.choice(len(films), n, replace=False, p=p))
            name = cat
            if cat in ("ACTOR", "ACTRESS") and film_year >= 1976:
                name = f"{cat} IN A LEADING ROLE"
            if cat == "BEST PICTURE" and film_year < 1944:
                name = "OUTSTANDING PICTURE"
            win = 0 if films[0] in [films[i] for i in picks] and rng.random() < 0.7 else int(rng.integers(n))
            chosen = [films[i] for i in picks]
            win_film = chosen[win] if favourite not in chosen or rng.random() > 0.7 else favourite
            seen: set[str] = set()
            for film in chosen:
                if cat in ("ACTOR", "ACTOR IN A SUPPORTING ROLE"):
                    who = _one(rng, actors)
                elif cat == "ACTRESS":
                    who = (
                        star
                        if 1977 <= film_year <= 2020 and rng.random() < 0.45 and star not in seen
                        else _one(rng, actresses)
                    )
                elif cat == "BEST PICTURE":
                    who = f"{_one(rng, people)}, Producer"
                elif cat == "MUSIC (Original Score)":
                    who = _one(rng, people[:80])
                else:
                    who = _one(rng, people[100:400])
                if who in seen:
                    who = _one(rng, people[-60:])
                seen.add(who)
                rows.append(
                    {
                        "Ceremony": ceremony,
                        "Year": label,
                        "Category": name,
                        "Nominee(s)": who,
                        "Film": film,
                        "Winner": film == win_film,
                        "Class": _AA_CLASS[cat],
                    }
                )
        if ceremony == 72:  # two supporting nominations for the sweep film
            rows.append(
                {
                    "Ceremony": ceremony,
                    "Year": label,
                    "Category": "ACTOR IN A SUPPORTING ROLE",
                    "Nominee(s)": _one(rng, actors),
                    "Film": favourite,
                    "Winner": False,
                    "Class": "Acting",
                }
            )
        for _ in range(int(rng.integers(0, 4))):
            rows.append(
                {
                    "Ceremony": ceremony,
                    "Year": label,
                    "Category": "SCIENTIFIC OR TECHNICAL AWARD",
                    "Nominee(s)": f"{_one(rng, _AA_LAST)} {_one(rng, _AA_FIRMS)}",
                    "Film": "",
                    "Winner": True,
                    "Class": "SciTech",
                }
            )
        if rng.random() < 0.4:
            rows.append(
                {
                    "Ceremony": ceremony,
                    "Year": label,
                    "Category": "HONORARY AWARD",
                    "Nominee(s)": _one(rng, people),
                    "Film": "",
                    "Winner": True,
                    "Class": "Special",
                }
            )
    df = pd.DataFrame(rows)
    return df.replace("", np.nan)


def _aa_win(df: pd.DataFrame) -> pd.Series:
    return df["Winner"].astype(str).str.lower() == "true"


def _aa_top_film(df: pd.DataFrame) -> str:
    return _top(df.groupby("Film").size())


def _aa_film_year(df: pd.DataFrame) -> pd.Series:
    return df["Year"].astype(str).str[:4].astype(int)


_AA_QS = [
    Q(
        "how many oscars have been handed out in total",
        _count(lambda df: int(_aa_win(df).sum())),
        ("Winner",),
    ),
    Q(
        "which movie got the most nominations",
        _lead(_named(_aa_top_film)),
        ("Film",),
    ),
    Q(
        "how many did it actually win?",
        _count(lambda df: int(_aa_win(df)[df["Film"] == _aa_top_film(df)].sum())),
        ("Film", "Winner"),
    ),
    Q(
        "who has the most acting nominations",
        _lead(_named(lambda df: _top(df[df["Class"] == "Acting"].groupby("Nominee(s)").size()))),
        ("Nominee(s)", "Class", "Category"),
    ),
    Q(
        "how many of those did they win",
        _count(
            lambda df: int(
                (
                    _aa_win(df)
                    & (df["Class"] == "Acting")
                    & (df["Nominee(s)"] == _top(df[df["Class"] == "Acting"].groupby("Nominee(s)").size()))
                ).sum()
            )
        ),
        ("Nominee(s)", "Category", "Winner", "Class"),
    ),
    Q(
        "how many nominations per ceremony on average since 2000",
        either(
            _about(lambda df: float(df[_aa_film_year(df) >= 2000].groupby("Ceremony").size().mean()), rel=0.01),
            _about(lambda df: float(df[_aa_film_year(df) >= 1999].groupby("Ceremony").size().mean()), rel=0.01),
        ),
        ("Ceremony", "Year"),
    ),
]


# --- 6. NYC DOHMH dog bite data -----------------------------------------------------------------------------------

_DB_BREEDS = {"Pit Bull": 16, "PIT BULL": 6, "American Pit Bull Terrier": 5, "Mixed/Other": 9, "UNKNOWN": 7}
_DB_BREEDS |= {"Shih Tzu": 5, "German Shepherd": 4.5, "Chihuahua": 4, "Yorkshire Terrier": 3, "Labrador Retriever": 3.5}
_DB_BREEDS |= {"Rottweiler": 2.5, "Husky": 2, "Maltese": 2, "Poodle": 2, "Boxer": 1.5, "Jack Russ": 1, "": 6}
_DB_BOROUGHS = {"Brooklyn": (28, 112), "Queens": (27, 113), "Bronx": (18, 104), "Manhattan": (17, 100)}
_DB_BOROUGHS |= {"Staten Island": (7, 103), "Other": (3, 0)}


def _db_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21906)
    n = 3600
    breeds = list(_DB_BREEDS)
    boroughs = list(_DB_BOROUGHS)
    rows = []
    for _ in range(n):
        year = _one(rng, [2018, 2019, 2020, 2021, 2022], [24, 23, 17, 19, 17])
        month = _one(rng, list(range(1, 13)), [6, 6, 7, 8, 10, 11, 11, 10, 9, 8, 7, 7])
        day = int(rng.integers(1, pd.Timestamp(year, month, 1).days_in_month + 1))
        borough = _one(rng, boroughs, [v[0] for v in _DB_BOROUGHS.values()])
        zip_prefix = _DB_BOROUGHS[borough][1]
        if zip_prefix == 0:
            zipcode = _one(rng, ["07302", "11003", "10701", ""])
        elif rng.random() < 0.06:
            zipcode = ""
        else:
            zipcode = (
                f"{zip_prefix * 100 + int(rng.integers(0, 40)):05d}"
                if zip_prefix < 110
                else f"{11200 + int(rng.integers(0, 40))}"
                if borough == "Brooklyn"
                else f"{11350 + int(rng.integers(0, 80))}"
            )
        r = rng.random()
        if r < 0.12:
            age = ""
        elif r < 0.2:
            age = f"{int(rng.integers(2, 12))}M"
        elif r < 0.25:
            age = f"{rng.integers(1, 9)}.5"
        else:
            age = str(int(np.clip(rng.gamma(2.2, 2.2), 1, 16)))
        rows.append(
            {
                "UniqueID": 0,
                "DateOfBite": f"{pd.Timestamp(year, month, day):%B %d %Y}",
                "Species": "DOG",
                "Breed": _one(rng, breeds, list(_DB_BREEDS.values())),
                "Age": age,
                "Gender": _one(rng, ["M", "F", "U"], [52, 33, 15]),
                "SpayNeuter": "TRUE" if rng.random() < 0.28 else "FALSE",
                "Borough": borough,
                "ZipCode": zipcode,
            }
        )
    df = pd.DataFrame(rows)
    df["UniqueID"] = rng.permutation(np.arange(1, n + 1))
    df = df.sort_values("UniqueID", kind="stable").reset_index(drop=True)
    return df.replace("", np.nan)


def _db_dates(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["DateOfBite"], format="%B %d %Y")


def _db_age_years(months_too: bool) -> Callable[[pd.DataFrame], float]:
    def mean(df: pd.DataFrame) -> float:
        raw = _text(df["Age"])
        years = pd.to_numeric(raw, errors="coerce")
        if months_too:
            m = raw.str.fullmatch(r"\d+M")
            years = years.where(~m, pd.to_numeric(raw.str[:-1].where(m), errors="coerce") / 12)
        return float(years.mean())

    return mean


_DB_QS = [
    Q(
        "how many bites were reported in 2021",
        _count(lambda df: int((_db_dates(df).dt.year == 2021).sum())),
        ("DateOfBite", "UniqueID"),
    ),
    Q(
        "which borough has the most dog bites",
        _lead(_named(lambda df: _top(df["Borough"].value_counts()))),
        ("Borough",),
    ),
    Q(
        "what breed bites the most",
        _lead(_named(lambda df: "Pit Bull")),
        ("Breed",),
    ),
    Q(
        "what share of the dogs were fixed",
        _share(lambda df: float((df["SpayNeuter"].astype(str).str.upper() == "TRUE").mean())),
        ("SpayNeuter",),
    ),
    Q(
        "how old are the biting dogs on average",
        either(_about(_db_age_years(True), rel=0.01), _about(_db_age_years(False), rel=0.01)),
        ("Age",),
    ),
    Q(
        "which month of the year do most bites happen",
        _month(lambda df: int(_top(_db_dates(df).dt.month.value_counts()))),
        ("DateOfBite",),
    ),
]


# --- 7. AirGradient ONE export ------------------------------------------------------------------------------------

_AG_ROOMS = {"Living Room": (520.0, 6.0, 21.5, 42.0), "Bedroom": (780.0, 4.0, 19.5, 48.0)}


def _ag_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21907)
    stamps = pd.date_range("2024-02-05 00:00", "2024-02-11 23:55", freq="5min")
    rows = []
    for room, (co2_base, pm_base, temp, hum) in _AG_ROOMS.items():
        hour = stamps.hour + stamps.minute / 60
        night = (hour >= 22.5) | (hour < 7)
        occupied = night if room == "Bedroom" else (hour >= 17) & (hour < 22.5)
        cooking = (room == "Living Room") & (hour >= 18) & (hour < 19.5)
        offline = np.zeros(len(stamps), dtype=bool)
        start = int(rng.integers(300, 1500))
        offline[start : start + int(rng.integers(20, 60))] = True
        pm_walk = np.abs(np.cumsum(rng.normal(0, 0.25, len(stamps)))) * 0.3
        for i, t in enumerate(stamps):
            if offline[i]:
                rows.append({"Date": f"{t:%Y-%m-%d %H:%M}", "Location Name": room})
                continue
            co2 = co2_base + (650 if occupied[i] else 0) * rng.uniform(0.7, 1.3) + rng.normal(0, 30)
            smoke = 25 * rng.uniform(0.5, 1.5) if cooking[i] and t.dayofweek in (1, 4, 5) else 0
            if t.day == 9 and room == "Living Room" and 11 <= t.hour < 15:
                smoke += 45 * rng.uniform(0.6, 1.4)  # candles / wildfire smoke
            pm25 = max(0.0, pm_base + pm_walk[i] + smoke + rng.normal(0, 1.0))
            tc = temp + (1.2 if occupied[i] else 0) + rng.normal(0, 0.3) - 1.5 * np.cos(2 * np.pi * (t.hour - 15) / 24)
            rows.append(
                {
                    "Date": f"{t:%Y-%m-%d %H:%M}",
                    "Location Name": room,
                    "PM1 (µg/m³)": round(pm25 * rng.uniform(0.6, 0.75), 1),
                    "PM2.5 (µg/m³)": round(pm25, 1),
                    "PM10 (µg/m³)": round(pm25 * rng.uniform(1.1, 1.4), 1),
                    "CO2 (ppm)": int(co2) if rng.random() > 0.02 else np.nan,
                    "TVOC Index": int(np.clip(100 + 2.5 * smoke + rng.normal(0, 15), 1, 500)),
                    "NOx Index": int(np.clip(1 + 0.4 * smoke + rng.normal(0, 0.5), 1, 500)),
                    "Temperature (°C)": round(tc, 1),
                    "Humidity (%)": round(hum + 2.5 * (tc - temp) + rng.normal(0, 1.5), 1),
                    "0.3 µm Particle Count": int(pm25 * rng.uniform(150, 210) + rng.normal(200, 40)),
                }
            )
    df = pd.DataFrame(rows)
    for c in ("CO2 (ppm)", "TVOC Index", "NOx Index", "0.3 µm Particle Count"):
        df[c] = df[c].astype("Int64")
    return df


def _ag_bedroom(df: pd.DataFrame) -> pd.DataFrame:
    return df[df["Location Name"] == "Bedroom"]


def _ag_worst_day(how: str) -> Callable[[pd.DataFrame], Any]:
    def day(df: pd.DataFrame) -> Any:
        g = df.groupby(df["Date"].str[:10])["PM2.5 (µg/m³)"]
        return _top(g.mean() if how == "mean" else g.max())

    return day


_AG_QS = [
    Q(
        "what's the average co2 in the bedroom",
        _about(lambda df: float(_ag_bedroom(df)["CO2 (ppm)"].mean()), rel=0.003),
        ("Location Name", "CO2 (ppm)"),
    ),
    Q(
        "how often did it go over 1000 there?",
        either(
            _count(lambda df: int((_ag_bedroom(df)["CO2 (ppm)"] > 1000).sum())),
            _share(lambda df: float((_ag_bedroom(df)["CO2 (ppm)"] > 1000).mean())),
            _share(lambda df: float((_ag_bedroom(df)["CO2 (ppm)"].dropna() > 1000).mean())),
        ),
        ("Location Name", "CO2 (ppm)"),
    ),
    Q(
        "which day had the worst pm2.5",
        either(_day(_ag_worst_day("mean")), _day(_ag_worst_day("max"))),
        ("Date", "PM2.5 (µg/m³)"),
    ),
    Q(
        "compare pm2.5 between the two rooms",
        either(
            _about(lambda df: df.groupby("Location Name")["PM2.5 (µg/m³)"].mean().to_numpy(), rel=0.01),
            _about(lambda df: df.groupby("Location Name")["PM2.5 (µg/m³)"].median().to_numpy(), rel=0.01),
        ),
        ("Location Name", "PM2.5 (µg/m³)"),
    ),
    Q(
        "does humidity go up and down with temperature",
        _corr(lambda df: df["Temperature (°C)"], lambda df: df["Humidity (%)"]),
        ("Temperature (°C)", "Humidity (%)"),
    ),
    Q(
        "how many readings are missing a co2 value",
        _count(lambda df: int(df["CO2 (ppm)"].isna().sum())),
        ("CO2 (ppm)",),
    ),
]


HELDOUT219 = [
    Dataset("polarsteps_trips", _ps_frame, _PS_QS),
    Dataset("headspace_history", _hs_frame, _HS_QS),
    Dataset("heroku_invoice_usage", _hk_frame, _HK_QS),
    Dataset("ndbc_buoys", _nb_frame, _NB_QS),
    Dataset("oscar_nominations", _aa_frame, _AA_QS),
    Dataset("nyc_dog_bites", _db_frame, _DB_QS),
    Dataset("airgradient_indoor", _ag_frame, _AG_QS),
]
