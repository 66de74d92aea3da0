"""HELDOUT222: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports an analyst is likely to bring along: a FlightAware
flight history for one tail number (a Boeing 737-800, April 2023 to March 2024, about 900 legs) with Date as "Thu
14-Mar-2024", "Aircraft Type" B738, Origin and Destination as "Denver Intl (KDEN)", "Departure (local time)" and
"Arrival (local time)" as "08:15AM MST" (blank for cancelled legs), "Duration (h:mm)" as "2:27" (blank for cancelled
legs), "Filed Altitude (ft)" (35000; a few blank), "Filed Speed (kts)", "Distance (mi)" and Status Arrived / Diverted /
Cancelled (a diverted leg keeps its planned destination); a Songkick tracked-events export (2015-2024, one fan's
history) with "Event Date" as "2019-06-14", Artist, Venue, City, Country, "Event Type" Concert / Festival, Attended
Yes / No, "Ticket Price" (blank when not attended, and for some attended free shows), Currency (GBP, EUR, USD; blank
with no price), Headliner Yes / No and "Also Playing" a comma separated list of other acts (blank for some shows); an
IQAir AirVisual Pro indoor monitor's hourly history (November 2023 to February 2024) with Datetime as "2023-11-01
00:00:00", one Location ("Home - Living Room"), "AQI (US)", "PM2.5 (ug/m3)", "PM10 (ug/m3)", "PM1 (ug/m3)", "CO2
(ppm)" (blank during sensor dropouts), "Temperature (C)", "Humidity (%)" and "Outdoor AQI (US)" (blank when the
outdoor feed was down), whole hours missing while the monitor was offline; PyPI download statistics from the BigQuery
public dataset aggregated per day for four packages (requests, polars, httpx, rich; March-May 2024) with
download_date as "2024-03-01", package, version ("2.31.0"), installer (pip, uv, poetry, pdm, bandersnatch, blank when
unknown), python_version as "3.11" (written "3.10" in the file, which reads back as 3.1; blank when unknown), system
(Linux, Windows, Darwin, blank), two-letter country_code (blank when unknown) and downloads; an FDA MAUDE device
adverse event extract (2022-2023) with MDR_REPORT_KEY (some reports repeated on two rows), DATE_RECEIVED and
DATE_OF_EVENT as "05/14/2022" (DATE_OF_EVENT often blank), EVENT_TYPE Death / Injury / Malfunction / Other, upper-case
BRAND_NAME, GENERIC_NAME and MANUFACTURER_NAME, three-letter PRODUCT_CODE and DEVICE_REPORT_PRODUCT_CODE (they
differ on a few rows), REPORT_SOURCE Manufacturer / Voluntary / User Facility / Distributor, PATIENT_AGE as "67 YR"
or "8 MO" (blank for many) and PATIENT_SEX Male / Female / Unknown (some blank); National Park Service IRMA annual
recreation visits (1979-2023, one row per park per year, 40 units of several types, units established later start
later) with "Park Name" ("Yellowstone NP"), "Unit Code" ("YELL"), "Park Type", Region, State, Year and "Recreation
Visits", "Tent Campers", "RV Campers", "Backcountry Campers" written with thousands commas ("1,234,567"; campers blank
where a unit has no campground); and Audubon Christmas Bird Count results for four count circles (count years 113-123,
2012-13 to 2022-23, one row per species per count) with "Count Name" ("Ithaca, NY"), "Count Year", "Count Date" as
"12/17/2022", Species, "Scientific Name", "How Many" (a number, or "cw" for a count-week-only species),
"Number By Party Hours" (blank for "cw"), and Observers and "Party Hours" repeated on every row of a count. All are
generated with fixed seeds 22201-22207.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share, _year
from .offline_eval import Check, Dataset, Q, either, has, month_year
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

_BIG = (1e3, 1e6, 1e9)


def _top(scores: pd.Series) -> str:
    """The label with the highest score (ties: first in label order)."""
    return str(scores.sort_index(kind="stable").idxmax())


def _num(s: pd.Series) -> pd.Series:
    """Numbers written with thousands commas (or blank) as floats."""
    return pd.to_numeric(s.astype("string").str.replace(",", "", regex=False).str.strip(), errors="coerce")


def _yes(s: pd.Series) -> pd.Series:
    return s.astype("string").str.strip().str.lower().eq("yes").fillna(False).astype(bool)


# --- 1. FlightAware tail-number history -----------------------------------------------------------------------------

_FA_AIRPORTS = {
    "Denver Intl (KDEN)": ("MST", -7),
    "Chicago O'Hare Intl (KORD)": ("CST", -6),
    "Dallas-Fort Worth Intl (KDFW)": ("CST", -6),
    "Los Angeles Intl (KLAX)": ("PST", -8),
    "Phoenix Sky Harbor Intl (KPHX)": ("MST", -7),
    "Seattle-Tacoma Intl (KSEA)": ("PST", -8),
    "Hartsfield-Jackson Intl (KATL)": ("EST", -5),
    "Las Vegas Harry Reid Intl (KLAS)": ("PST", -8),
    "Salt Lake City Intl (KSLC)": ("MST", -7),
    "Houston Bush Intercontinental (KIAH)": ("CST", -6),
}
_FA_XY = {
    "KDEN": (39.86, -104.67),
    "KORD": (41.98, -87.90),
    "KDFW": (32.90, -97.04),
    "KLAX": (33.94, -118.41),
    "KPHX": (33.43, -112.01),
    "KSEA": (47.45, -122.31),
    "KATL": (33.64, -84.43),
    "KLAS": (36.08, -115.15),
    "KSLC": (40.79, -111.98),
    "KIAH": (29.98, -95.34),
}


def _fa_code(name: str) -> str:
    return name[-5:-1]


def _fa_miles(a: str, b: str) -> int:
    (la1, lo1), (la2, lo2) = _FA_XY[_fa_code(a)], _FA_XY[_fa_code(b)]
    p1, p2, dl = np.radians(la1), np.radians(la2), np.radians(lo2 - lo1)
    c = np.sin(p1) * np.sin(p2) + np.cos(p1) * np.cos(p2) * np.cos(dl)
    return round(float(3959 * np.arccos(np.clip(c, -1, 1))))


def _fa_clock(t: pd.Timestamp, zone: str) -> str:
    return f"{t:%I:%M%p} {zone}"


def _flightaware_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22201)
    names = list(_FA_AIRPORTS)
    rows = []
    here = names[0]
    day = pd.Timestamp("2023-04-01")
    while day <= pd.Timestamp("2024-03-31"):
        legs = int(rng.integers(1, 5)) if rng.random() < 0.9 else 0
        if day.month in (7, 8, 12):
            legs = min(legs + 1, 5)
        hour = 6.0 + rng.uniform(0, 1.5)
        for _ in range(legs):
            weights = [6 if n == names[0] else 1 for n in names if n != here]
            dest = _one(rng, [n for n in names if n != here], weights)
            miles = _fa_miles(here, dest)
            minutes = round(float(35 + miles / 7.8 + rng.normal(0, 9)))
            alt = 35000 if miles > 700 else (33000 if miles > 400 else 28000)
            alt = int(alt + 1000 * int(rng.integers(-2, 3)))
            speed = round(float(rng.normal(455 if miles > 500 else 430, 8)))
            status = _one(rng, ["Arrived", "Diverted", "Cancelled"], [95, 1.2, 3.8])
            dep = day + pd.Timedelta(hours=hour)
            z1, o1 = _FA_AIRPORTS[here]
            z2, o2 = _FA_AIRPORTS[dest]
            arr = dep + pd.Timedelta(minutes=minutes) + pd.Timedelta(hours=o2 - o1)
            dur = f"{minutes // 60}:{minutes % 60:02d}"
            if status == "Diverted":
                extra = int(rng.integers(20, 90))
                dur = f"{(minutes + extra) // 60}:{(minutes + extra) % 60:02d}"
                arr = arr + pd.Timedelta(minutes=extra)
            rows.append(
                {
                    "Date": f"{day:%a %d-%b-%Y}",
                    "Aircraft Type": "B738",
                    "Origin": here,
                    "Destination": dest,
                    "Departure (local time)": "" if status == "Cancelled" else _fa_clock(dep, z1),
                    "Arrival (local time)": "" if status == "Cancelled" else _fa_clock(arr, z2),
                    "Duration (h:mm)": "" if status == "Cancelled" else dur,
                    "Filed Altitude (ft)": alt if rng.random() > 0.02 else np.nan,
                    "Filed Speed (kts)": speed,
                    "Distance (mi)": miles,
                    "Status": status,
                }
            )
            if status != "Cancelled":
                here = dest
            hour += minutes / 60 + rng.uniform(0.7, 2.0)
        day += pd.Timedelta(days=1)
    df = pd.DataFrame(rows).iloc[::-1].reset_index(drop=True)
    df["Filed Altitude (ft)"] = df["Filed Altitude (ft)"].astype("Int64")
    return df.replace("", np.nan)


def _fa_minutes(df: pd.DataFrame) -> pd.Series:
    parts = df["Duration (h:mm)"].dropna().astype(str).str.split(":", expand=True).astype(int)
    return parts[0] * 60 + parts[1]


def _fa_month(flown: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(df: pd.DataFrame) -> pd.Timestamp:
        d = df[df["Status"] != "Cancelled"] if flown else df
        when = pd.to_datetime(d["Date"], format="%a %d-%b-%Y")
        counts = when.dt.to_period("M").value_counts().sort_index()
        return counts.idxmax().to_timestamp()

    return value


def _fa_airport(value: Callable[[pd.DataFrame], str]) -> Check:
    """An airport by its full name, its ICAO code ("KDEN") or its three-letter code ("DEN")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        name = value(df)
        code = _fa_code(name)
        for form in (name, code, code[1:]):
            if re.search(rf"(?<![A-Za-z]){re.escape(form)}(?![A-Za-z])", answer, re.IGNORECASE):
                return None
        return f"missing airport {code}"

    return check


_FA_QS = [
    Q(
        "how many flights got cancelled",
        _count(lambda df: int((df["Status"] == "Cancelled").sum())),
        ("Status",),
    ),
    Q(
        "and diverted?",
        _count(lambda df: int((df["Status"] == "Diverted").sum())),
        ("Status",),
    ),
    Q(
        "which airport does this plane leave from most often",
        _lead(_fa_airport(lambda df: _top(df["Origin"].value_counts()))),
        ("Origin",),
    ),
    Q(
        "whats the average flight time",
        either(
            has(lambda df: float(_fa_minutes(df).mean()), rel=0.01),
            has(lambda df: float(_fa_minutes(df).mean()) / 60, rel=0.01),
        ),
        ("Duration (h:mm)", "Status"),
    ),
    Q(
        "which month was it flown the most",
        either(month_year(_fa_month(False)), month_year(_fa_month(True))),
        ("Date", "Status"),
    ),
    Q(
        "do longer flights get filed at higher altitudes? how strong is that",
        _corr(lambda df: df["Distance (mi)"], lambda df: df["Filed Altitude (ft)"]),
        ("Distance (mi)", "Filed Altitude (ft)"),
    ),
]


# --- 2. Songkick tracked events -------------------------------------------------------------------------------------

_SK_ARTISTS = {
    "Arctic Monkeys": 9,
    "Phoebe Bridgers": 7,
    "Fontaines D.C.": 8,
    "Wet Leg": 5,
    "IDLES": 7,
    "Bon Iver": 4,
    "Caribou": 5,
    "The National": 6,
    "Big Thief": 5,
    "Khruangbin": 4,
    "Little Simz": 4,
    "Black Country, New Road": 3,
    "Sam Fender": 4,
    "Jamie xx": 3,
    "Beabadoobee": 3,
    "Mitski": 4,
    "Parquet Courts": 3,
    "Sleaford Mods": 3,
    "Self Esteem": 2,
    "Bicep": 3,
}
_SK_VENUES = [
    ("O2 Academy Brixton", "London", "UK", "GBP"),
    ("Alexandra Palace", "London", "UK", "GBP"),
    ("Albert Hall", "Manchester", "UK", "GBP"),
    ("Barrowland Ballroom", "Glasgow", "UK", "GBP"),
    ("Roundhouse", "London", "UK", "GBP"),
    ("Paradiso", "Amsterdam", "Netherlands", "EUR"),
    ("La Cigale", "Paris", "France", "EUR"),
    ("Brooklyn Steel", "New York", "US", "USD"),
]
_SK_FESTS = [
    ("Glastonbury Festival", "Pilton", "UK", "GBP"),
    ("Primavera Sound", "Barcelona", "Spain", "EUR"),
    ("Green Man Festival", "Crickhowell", "UK", "GBP"),
    ("End of the Road", "Dorset", "UK", "GBP"),
]


def _sk_bill(rng: np.random.Generator, artist: str, k: int) -> list[str]:
    """`k` other acts on the bill (Wet Leg opens for everyone)."""
    pool = [a for a in _SK_ARTISTS if a != artist]
    w = np.array([3.0 if a == "Wet Leg" else 1.0 for a in pool])
    return [str(a) for a in rng.choice(pool, size=k, replace=False, p=w / w.sum())] if k else []


def _songkick_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22202)
    artists = list(_SK_ARTISTS)
    weights = list(_SK_ARTISTS.values())
    rows = []
    for _ in range(820):
        year = int(_one(rng, list(range(2015, 2025)), [5, 6, 7, 8, 9, 1, 4, 10, 9, 8]))
        if year == 2020:
            day = pd.Timestamp(2020, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 75)))
        else:
            day = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
        fest = rng.random() < 0.22
        artist = _one(rng, artists, weights)
        if fest:
            venue, city, country, cur = _one(rng, _SK_FESTS)
            others = _sk_bill(rng, artist, int(rng.integers(3, 8)))
            headliner = rng.random() < 0.3
        else:
            venue, city, country, cur = _one(rng, _SK_VENUES, [5, 2, 3, 2, 3, 1, 1, 1])
            k = int(rng.integers(0, 3))
            others = _sk_bill(rng, artist, k)
            headliner = rng.random() < 0.85
        if artist == "Arctic Monkeys":
            attended = rng.random() < 0.35
        elif artist == "Fontaines D.C.":
            attended = rng.random() < 0.8
        else:
            attended = rng.random() < 0.45
        price: float | None = None
        if attended and rng.random() > 0.06:
            price = round(float(rng.uniform(180, 320) if fest else rng.uniform(18, 60)), 2)
            if cur == "USD":
                price = round(price * 1.25, 2)
        rows.append(
            {
                "Event Date": f"{day:%Y-%m-%d}",
                "Artist": artist,
                "Venue": venue,
                "City": city,
                "Country": country,
                "Event Type": "Festival" if fest else "Concert",
                "Attended": "Yes" if attended else "No",
                "Ticket Price": price,
                "Currency": cur if price is not None else "",
                "Headliner": "Yes" if headliner else "No",
                "Also Playing": ", ".join(str(o) for o in others),
            }
        )
    df = pd.DataFrame(rows).sort_values("Event Date", ascending=False, kind="stable").reset_index(drop=True)
    return df.replace("", np.nan)


def _sk_went(df: pd.DataFrame) -> pd.DataFrame:
    return df[_yes(df["Attended"])]


def _sk_others(df: pd.DataFrame) -> pd.Series:
    # "Black Country, New Road" holds a comma: a plain split reads it as two acts, so accept either reading
    return df["Also Playing"].dropna().astype(str).str.split(", ").explode().str.strip()


def _sk_others_whole(df: pd.DataFrame) -> pd.Series:
    text = df["Also Playing"].dropna().astype(str).str.replace("Black Country, New Road", "BCNR", regex=False)
    acts = text.str.split(", ").explode().str.strip()
    return acts.replace("BCNR", "Black Country, New Road")


_SK_QS = [
    Q(
        "how many gigs have i actually been to",
        _count(lambda df: len(_sk_went(df))),
        ("Attended",),
    ),
    Q(
        "who have i seen live the most",
        _lead(_named(lambda df: _top(_sk_went(df)["Artist"].value_counts()))),
        ("Artist", "Attended"),
    ),
    Q(
        "average ticket price for the ones paid in pounds?",
        has(lambda df: float(df.loc[df["Currency"] == "GBP", "Ticket Price"].mean()), rel=0.005),
        ("Ticket Price", "Currency"),
    ),
    Q(
        "how many festivals vs normal concerts did i go to",
        has(
            lambda df: int((_sk_went(df)["Event Type"] == "Festival").sum()),
            lambda df: int((_sk_went(df)["Event Type"] == "Concert").sum()),
            rel=0.001,
        ),
        ("Event Type", "Attended"),
    ),
    Q(
        "which year did i go to the most shows",
        _lead(_year(lambda df: int(pd.to_datetime(_sk_went(df)["Event Date"]).dt.year.value_counts().idxmax()))),
        ("Event Date", "Attended"),
    ),
    Q(
        "which band turns up most often as a support/other act",
        _lead(
            either(
                _named(lambda df: _top(_sk_others(df).value_counts())),
                _named(lambda df: _top(_sk_others_whole(df).value_counts())),
            )
        ),
        ("Also Playing",),
    ),
]


# --- 3. IQAir AirVisual Pro hourly history --------------------------------------------------------------------------


def _aqi_us(pm: np.ndarray) -> np.ndarray:
    """The US AQI for PM2.5 (the 2012 breakpoints)."""
    bp = [(0, 12, 0, 50), (12.1, 35.4, 51, 100), (35.5, 55.4, 101, 150), (55.5, 150.4, 151, 200)]
    bp += [(150.5, 250.4, 201, 300), (250.5, 500.4, 301, 500)]
    out = np.zeros(len(pm))
    for i, c in enumerate(np.round(pm, 1)):
        for lo, hi, alo, ahi in bp:
            if c <= hi:
                out[i] = alo + (ahi - alo) * (max(c, lo) - lo) / (hi - lo)
                break
        else:
            out[i] = 500
    return np.round(out).astype(int)


def _airvisual_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22203)
    hours = pd.date_range("2023-11-01 00:00", "2024-02-29 23:00", freq="h")
    n = len(hours)
    hod = hours.hour.to_numpy()
    walk = np.zeros(n)
    for i in range(1, n):
        walk[i] = 0.96 * walk[i - 1] + rng.normal(0, 0.18)
    outdoor_pm = np.exp(2.3 + walk)
    cooking = np.isin(hod, [7, 8, 18, 19, 20]) * rng.gamma(1.2, 9, n) * (rng.random(n) < 0.6)
    smoke_days = pd.to_datetime(["2023-12-09", "2024-01-20"])
    spike = np.where(hours.normalize().isin(smoke_days) & (hod >= 17) & (hod <= 22), rng.uniform(60, 140, n), 0)
    pm25 = np.clip(0.45 * outdoor_pm + cooking + spike + rng.gamma(2, 1.2, n), 0.5, None)
    home = ((hod >= 18) | (hod <= 7)).astype(float)
    co2 = 480 + 650 * home + rng.normal(0, 60, n) + 6 * pm25.clip(0, 50)
    temp = 19.5 + 2.2 * np.sin((hod - 9) / 24 * 2 * np.pi) + rng.normal(0, 0.6, n)
    hum = np.clip(38 + 0.012 * (co2 - 500) + rng.normal(0, 3.5, n) - 1.5 * (temp - 20), 18, 80)
    df = pd.DataFrame(
        {
            "Datetime": [f"{h:%Y-%m-%d %H:%M:%S}" for h in hours],
            "Location": "Home - Living Room",
            "AQI (US)": _aqi_us(pm25),
            "PM2.5 (ug/m3)": np.round(pm25, 1),
            "PM10 (ug/m3)": np.round(pm25 * rng.uniform(1.1, 1.6, n), 1),
            "PM1 (ug/m3)": np.round(pm25 * rng.uniform(0.6, 0.85, n), 1),
            "CO2 (ppm)": np.round(co2).astype(int),
            "Temperature (C)": np.round(temp, 1),
            "Humidity (%)": np.round(hum).astype(int),
            "Outdoor AQI (US)": _aqi_us(outdoor_pm).astype(float),
        }
    )
    df["CO2 (ppm)"] = df["CO2 (ppm)"].astype("Int64")
    drop = rng.random(n) < 0.035
    df.loc[drop, "CO2 (ppm)"] = pd.NA
    df.loc[rng.random(n) < 0.05, "Outdoor AQI (US)"] = np.nan
    offline = np.zeros(n, dtype=bool)
    for start in rng.integers(0, n - 30, size=6):
        offline[start : start + int(rng.integers(3, 26))] = True
    return df[~offline].reset_index(drop=True)


def _av_days(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Datetime"]).dt.normalize()


_AV_QS = [
    Q(
        "what's the average pm2.5 in here",
        has(lambda df: float(df["PM2.5 (ug/m3)"].mean()), rel=0.01),
        ("PM2.5 (ug/m3)",),
    ),
    Q(
        "how many hours was the aqi above 100",
        either(
            _count(lambda df: int((df["AQI (US)"] > 100).sum())),
            _count(lambda df: int((df["AQI (US)"] >= 100).sum())),
        ),
        ("AQI (US)", "Datetime"),
    ),
    Q(
        "which day had the worst air",
        _lead(
            either(
                _day(lambda df: df.groupby(_av_days(df))["AQI (US)"].mean().idxmax()),
                _day(lambda df: _av_days(df)[df["AQI (US)"].idxmax()]),
            )
        ),
        ("AQI (US)", "Datetime"),
    ),
    Q(
        "is it better inside than outside on average?",
        either(
            has(lambda df: float(df["AQI (US)"].mean()), lambda df: float(df["Outdoor AQI (US)"].mean()), rel=0.01),
            has(
                lambda df: float(df.loc[df["Outdoor AQI (US)"].notna(), "AQI (US)"].mean()),
                lambda df: float(df["Outdoor AQI (US)"].mean()),
                rel=0.01,
            ),
        ),
        ("AQI (US)", "Outdoor AQI (US)"),
    ),
    Q(
        "does co2 go up with humidity",
        _corr(lambda df: df["CO2 (ppm)"], lambda df: df["Humidity (%)"]),
        ("CO2 (ppm)", "Humidity (%)"),
    ),
    Q(
        "how many readings have no co2 value",
        _count(lambda df: int(df["CO2 (ppm)"].isna().sum())),
        ("CO2 (ppm)",),
    ),
]


# --- 4. PyPI downloads per day (BigQuery) ---------------------------------------------------------------------------

_PP_PACKAGES = {
    "requests": (9000, ["2.31.0", "2.32.0", "2.32.2", "2.32.3", "2.28.2"]),
    "polars": (700, ["0.20.31", "1.0.0", "0.20.15", "0.19.19"]),
    "httpx": (2600, ["0.27.0", "0.26.0", "0.25.2", "0.24.1"]),
    "rich": (3500, ["13.7.1", "13.7.0", "13.6.0", "12.6.0"]),
}
_PP_INSTALLERS = {"pip": 70, "uv": 8, "poetry": 9, "pdm": 1.5, "bandersnatch": 2, "": 4}
_PP_PY = {"3.8": 8, "3.9": 14, "3.10": 18, "3.11": 26, "3.12": 16, "3.13": 1, "": 5}
_PP_SYSTEMS = {"Linux": 78, "Windows": 10, "Darwin": 9, "": 3}
_PP_COUNTRIES = {"US": 45, "DE": 8, "GB": 6, "CN": 7, "IN": 6, "FR": 4, "JP": 3, "IE": 5, "": 3}


def _pypi_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22204)
    days = pd.date_range("2024-03-01", "2024-05-31", freq="D")
    rows = []
    for d in days:
        weekday = 0.65 if d.dayofweek >= 5 else 1.0
        for pkg, (base, versions) in _PP_PACKAGES.items():
            trend = 1 + (0.012 if pkg == "polars" else 0.002) * (d - days[0]).days
            burst = 3.5 if pkg == "httpx" and d == pd.Timestamp("2024-04-17") else 1.0
            for _ in range(int(rng.integers(9, 14))):
                inst = _one(rng, list(_PP_INSTALLERS), list(_PP_INSTALLERS.values()))
                py = _one(rng, list(_PP_PY), list(_PP_PY.values()))
                system = _one(rng, list(_PP_SYSTEMS), list(_PP_SYSTEMS.values()))
                country = _one(rng, list(_PP_COUNTRIES), list(_PP_COUNTRIES.values()))
                ver = _one(rng, versions, [8, 5, 3, 2, 1][: len(versions)])
                lam = base * trend * weekday * burst * rng.lognormal(0, 0.5) / 11
                if inst == "uv" and pkg == "polars":
                    lam *= 3
                rows.append(
                    {
                        "download_date": f"{d:%Y-%m-%d}",
                        "package": pkg,
                        "version": ver,
                        "installer": inst,
                        "python_version": py,
                        "system": system,
                        "country_code": country,
                        "downloads": int(max(1, rng.poisson(lam))),
                    }
                )
    return pd.DataFrame(rows).replace("", np.nan)


def _pp(df: pd.DataFrame, pkg: str) -> pd.DataFrame:
    return df[df["package"] == pkg]


def _pp_top_python(df: pd.DataFrame) -> str:
    d = _pp(df, "requests")
    label = d["python_version"].astype(str).str.strip().replace({"3.1": "3.10"})
    return _top(d.groupby(label)["downloads"].sum().drop("nan", errors="ignore"))


def _pp_python(value: Callable[[pd.DataFrame], str]) -> Check:
    def check(answer: str, df: pd.DataFrame) -> str | None:
        v = value(df)
        return None if re.search(rf"(?<![\d.]){re.escape(v)}(?![\d])", answer) else f"missing version {v}"

    return check


_PP_QS = [
    Q(
        "how many downloads did polars get in total",
        _scaled(lambda df: float(_pp(df, "polars")["downloads"].sum()), _BIG, rel=0.002),
        ("package", "downloads"),
    ),
    Q(
        "which package is downloaded the most",
        _lead(_named(lambda df: _top(df.groupby("package")["downloads"].sum()))),
        ("package", "downloads"),
    ),
    Q(
        "what share of all downloads come from uv",
        either(
            _share(lambda df: float(df.loc[df["installer"] == "uv", "downloads"].sum() / df["downloads"].sum())),
            _share(
                lambda df: float(
                    df.loc[df["installer"] == "uv", "downloads"].sum()
                    / df.loc[df["installer"].notna(), "downloads"].sum()
                )
            ),
        ),
        ("installer", "downloads"),
    ),
    Q(
        "for requests, which python version is most common?",
        _lead(_pp_python(_pp_top_python)),
        ("package", "python_version", "downloads"),
    ),
    Q(
        "what day did httpx peak",
        _lead(_day(lambda df: _pp(df, "httpx").groupby("download_date")["downloads"].sum().idxmax())),
        ("package", "download_date", "downloads"),
    ),
    Q(
        "httpx downloads on windows vs mac?",
        _scaled(
            lambda df: [
                float(_pp(df, "httpx").loc[lambda d: d["system"] == "Windows", "downloads"].sum()),
                float(_pp(df, "httpx").loc[lambda d: d["system"] == "Darwin", "downloads"].sum()),
            ],
            _BIG,
            rel=0.002,
        ),
        ("package", "system", "downloads"),
    ),
]


# --- 5. FDA MAUDE adverse event reports -----------------------------------------------------------------------------

_MD_DEVICES = [
    ("MINIMED 780G", "INSULIN PUMP", "MEDTRONIC MINIMED", "OYC", 14),
    ("T:SLIM X2", "INSULIN PUMP", "TANDEM DIABETES CARE, INC.", "OYC", 9),
    ("OMNIPOD 5", "INSULIN PUMP", "INSULET CORPORATION", "OYC", 10),
    ("DEXCOM G6", "CONTINUOUS GLUCOSE MONITOR", "DEXCOM, INC.", "MDS", 16),
    ("FREESTYLE LIBRE 2", "CONTINUOUS GLUCOSE MONITOR", "ABBOTT DIABETES CARE INC.", "MDS", 12),
    ("WATCHMAN FLX", "LEFT ATRIAL APPENDAGE CLOSURE DEVICE", "BOSTON SCIENTIFIC CORPORATION", "NGV", 4),
    ("AZURE XT DR", "IMPLANTABLE PACEMAKER", "MEDTRONIC, INC.", "LWP", 5),
    ("DREAMSTATION", "CPAP DEVICE", "PHILIPS RS NORTH AMERICA LLC", "BZD", 8),
    ("ALARIS PUMP MODULE", "INFUSION PUMP", "CAREFUSION 303, INC.", "FRN", 7),
    ("DA VINCI XI", "SURGICAL ROBOT", "INTUITIVE SURGICAL, INC.", "NAY", 3),
]


def _maude_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22205)
    rows = []
    keys = rng.choice(np.arange(14_000_000, 18_999_999), size=2600, replace=False)
    keys.sort()
    for i in range(2600):
        brand, generic, maker, code, _w = _one(rng, _MD_DEVICES, [d[4] for d in _MD_DEVICES])
        received = pd.Timestamp("2022-01-03") + pd.Timedelta(days=int(rng.integers(0, 727)))
        event = _one(rng, ["Death", "Injury", "Malfunction", "Other"], [2.5, 24, 70, 3.5])
        source = _one(rng, ["Manufacturer", "Voluntary", "User Facility", "Distributor"], [88, 7, 4, 1])
        occurred = received - pd.Timedelta(days=int(rng.gamma(1.5, 20)))
        age = ""
        if rng.random() < 0.62:
            if rng.random() < 0.03:
                age = f"{int(rng.integers(2, 12))} MO"
            else:
                years = (
                    14 + 60 * rng.beta(2.4, 2.0)
                    if "INSULIN" in generic or "GLUCOSE" in generic
                    else 40 + 45 * rng.beta(3, 2)
                )
                age = f"{int(years)} YR"
        sex = _one(rng, ["Male", "Female", "Unknown", ""], [40, 43, 9, 8])
        rows.append(
            {
                "MDR_REPORT_KEY": int(keys[i]),
                "DATE_RECEIVED": f"{received:%m/%d/%Y}",
                "DATE_OF_EVENT": f"{occurred:%m/%d/%Y}" if rng.random() < 0.55 else "",
                "EVENT_TYPE": event,
                "BRAND_NAME": brand,
                "GENERIC_NAME": generic,
                "MANUFACTURER_NAME": maker,
                "PRODUCT_CODE": code,
                "DEVICE_REPORT_PRODUCT_CODE": code if rng.random() > 0.02 else _one(rng, ["QBJ", "QFG", "FRN"]),
                "REPORT_SOURCE": source,
                "PATIENT_AGE": age,
                "PATIENT_SEX": sex,
            }
        )
        if received.year == 2022 and received.month == 8:  # a recall: a second report on the same event
            rows.append(dict(rows[-1], MDR_REPORT_KEY=int(keys[i]) + 7_000_000))
    df = pd.DataFrame(rows)
    dup = df.sample(n=60, random_state=np.random.RandomState(22205))
    df = pd.concat([df, dup]).sort_values(["DATE_RECEIVED", "MDR_REPORT_KEY"], kind="stable").reset_index(drop=True)
    return df.replace("", np.nan)


def _md_unique(df: pd.DataFrame) -> pd.DataFrame:
    return df.drop_duplicates("MDR_REPORT_KEY")


def _md_ages(df: pd.DataFrame, months: bool) -> pd.Series:
    text = df["PATIENT_AGE"].dropna().astype(str).str.strip()
    parts = text.str.extract(r"(\d+(?:\.\d+)?)\s*(YR|MO)")
    value = parts[0].astype(float)
    if months:
        return value.where(parts[1] == "YR", value / 12)
    return value[parts[1] == "YR"]


def _md_month(df: pd.DataFrame) -> pd.Timestamp:
    when = pd.to_datetime(df["DATE_RECEIVED"], format="%m/%d/%Y")
    counts = when[when.dt.year == 2022].dt.to_period("M").value_counts().sort_index()
    return counts.idxmax().to_timestamp()


_MD_QS = [
    Q(
        "how many deaths were reported",
        either(
            _count(lambda df: int((df["EVENT_TYPE"] == "Death").sum())),
            _count(lambda df: int((_md_unique(df)["EVENT_TYPE"] == "Death").sum())),
        ),
        ("EVENT_TYPE", "MDR_REPORT_KEY"),
    ),
    Q(
        "which company has the most reports against it",
        _lead(
            either(
                _named(lambda df: _top(df["MANUFACTURER_NAME"].value_counts())),
                _named(lambda df: _top(_md_unique(df)["MANUFACTURER_NAME"].value_counts())),
            )
        ),
        ("MANUFACTURER_NAME", "MDR_REPORT_KEY"),
    ),
    Q(
        "what percentage are just malfunctions",
        either(
            _share(lambda df: float((df["EVENT_TYPE"] == "Malfunction").mean())),
            _share(lambda df: float((_md_unique(df)["EVENT_TYPE"] == "Malfunction").mean())),
        ),
        ("EVENT_TYPE", "MDR_REPORT_KEY"),
    ),
    Q(
        "average patient age?",
        either(
            has(lambda df: float(_md_ages(df, True).mean()), rel=0.01),
            has(lambda df: float(_md_ages(df, False).mean()), rel=0.01),
            has(lambda df: float(_md_ages(_md_unique(df), True).mean()), rel=0.01),
            has(lambda df: float(_md_ages(_md_unique(df), False).mean()), rel=0.01),
        ),
        ("PATIENT_AGE", "MDR_REPORT_KEY"),
    ),
    Q(
        "which month in 2022 had the most reports come in",
        either(month_year(_md_month), month_year(lambda df: _md_month(_md_unique(df)))),
        ("DATE_RECEIVED", "MDR_REPORT_KEY"),
    ),
    Q(
        "how many reports don't say when the event happened",
        either(
            _count(lambda df: int(df["DATE_OF_EVENT"].isna().sum())),
            _count(lambda df: int(_md_unique(df)["DATE_OF_EVENT"].isna().sum())),
        ),
        ("DATE_OF_EVENT", "MDR_REPORT_KEY"),
    ),
]


# --- 6. NPS IRMA annual recreation visits ---------------------------------------------------------------------------

_NPS_UNITS = [
    ("Great Smoky Mountains NP", "GRSM", "National Park", "Southeast", "TN", 1979, 9.5e6, True, True),
    ("Grand Canyon NP", "GRCA", "National Park", "Intermountain", "AZ", 1979, 4.5e6, True, True),
    ("Zion NP", "ZION", "National Park", "Intermountain", "UT", 1979, 3.2e6, True, True),
    ("Yellowstone NP", "YELL", "National Park", "Intermountain", "WY", 1979, 3.6e6, True, True),
    ("Rocky Mountain NP", "ROMO", "National Park", "Intermountain", "CO", 1979, 3.4e6, True, True),
    ("Yosemite NP", "YOSE", "National Park", "Pacific West", "CA", 1979, 3.7e6, True, True),
    ("Acadia NP", "ACAD", "National Park", "Northeast", "ME", 1979, 2.8e6, True, True),
    ("Grand Teton NP", "GRTE", "National Park", "Intermountain", "WY", 1979, 2.9e6, True, True),
    ("Olympic NP", "OLYM", "National Park", "Pacific West", "WA", 1979, 2.9e6, True, True),
    ("Glacier NP", "GLAC", "National Park", "Intermountain", "MT", 1979, 2.5e6, True, True),
    ("Joshua Tree NP", "JOTR", "National Park", "Pacific West", "CA", 1994, 2.2e6, True, True),
    ("Cuyahoga Valley NP", "CUVA", "National Park", "Midwest", "OH", 2000, 2.4e6, False, False),
    ("Indiana Dunes NP", "INDU", "National Park", "Midwest", "IN", 2019, 2.8e6, True, False),
    ("Arches NP", "ARCH", "National Park", "Intermountain", "UT", 1979, 1.4e6, True, True),
    ("Bryce Canyon NP", "BRCA", "National Park", "Intermountain", "UT", 1979, 2.0e6, True, True),
    ("Shenandoah NP", "SHEN", "National Park", "Northeast", "VA", 1979, 1.5e6, True, True),
    ("Mount Rainier NP", "MORA", "National Park", "Pacific West", "WA", 1979, 1.7e6, True, True),
    ("Denali NP & PRES", "DENA", "National Park", "Alaska", "AK", 1979, 0.5e6, True, True),
    ("Everglades NP", "EVER", "National Park", "Southeast", "FL", 1979, 1.0e6, True, True),
    ("Badlands NP", "BADL", "National Park", "Midwest", "SD", 1979, 1.0e6, True, True),
    ("Saguaro NP", "SAGU", "National Park", "Intermountain", "AZ", 1994, 0.9e6, False, True),
    ("Statue of Liberty NM", "STLI", "National Monument", "Northeast", "NY", 1979, 3.8e6, False, False),
    ("Muir Woods NM", "MUWO", "National Monument", "Pacific West", "CA", 1979, 0.9e6, False, False),
    ("Devils Tower NM", "DETO", "National Monument", "Midwest", "WY", 1979, 0.4e6, True, False),
    ("Castillo de San Marcos NM", "CASA", "National Monument", "Southeast", "FL", 1979, 0.7e6, False, False),
    ("Dinosaur NM", "DINO", "National Monument", "Intermountain", "CO", 1979, 0.3e6, True, True),
    ("White Sands NP", "WHSA", "National Park", "Intermountain", "NM", 2020, 0.7e6, False, True),
    ("Lake Mead NRA", "LAKE", "National Recreation Area", "Pacific West", "NV", 1979, 7.5e6, True, True),
    ("Golden Gate NRA", "GOGA", "National Recreation Area", "Pacific West", "CA", 1979, 14e6, True, True),
    ("Glen Canyon NRA", "GLCA", "National Recreation Area", "Intermountain", "AZ", 1979, 2.5e6, True, True),
    ("Gateway NRA", "GATE", "National Recreation Area", "Northeast", "NY", 1979, 8e6, True, False),
    ("Lake Meredith NRA", "LAMR", "National Recreation Area", "Intermountain", "TX", 1979, 1.2e6, True, False),
    ("Frederick Douglass NHS", "FRDO", "National Historic Site", "National Capital", "DC", 1979, 0.05e6, False, False),
    ("Carl Sandburg Home NHS", "CARL", "National Historic Site", "Southeast", "NC", 1979, 0.08e6, False, False),
    ("Fort Laramie NHS", "FOLA", "National Historic Site", "Midwest", "WY", 1979, 0.06e6, False, False),
    (
        "Little Rock Central High School NHS",
        "CHSC",
        "National Historic Site",
        "Midwest",
        "AR",
        1998,
        0.1e6,
        False,
        False,
    ),
    ("Blue Ridge PKWY", "BLRI", "Parkway", "Southeast", "NC", 1979, 15e6, True, True),
    ("Cape Cod NS", "CACO", "National Seashore", "Northeast", "MA", 1979, 4.5e6, False, False),
    ("Gulf Islands NS", "GUIS", "National Seashore", "Southeast", "FL", 1979, 4.8e6, True, True),
    ("Gettysburg NMP", "GETT", "National Military Park", "Northeast", "PA", 1979, 1.0e6, False, False),
]


def _nps_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22206)
    rows = []
    for name, code, kind, region, state, first, base, camp, back in _NPS_UNITS:
        growth = rng.uniform(0.003, 0.025)
        for year in range(first, 2024):
            level = base * (1 + growth) ** (year - 2010) * rng.lognormal(0, 0.06)
            if year == 2020:
                level *= rng.uniform(0.45, 0.8)
            elif year == 2021:
                level *= rng.uniform(0.85, 1.1)
            visits = int(level)
            tent = int(visits * rng.uniform(0.008, 0.02)) if camp else None
            rv = int(tent * rng.uniform(0.4, 0.9) + visits * rng.uniform(0, 0.003)) if camp and tent else None
            bc = int(visits * rng.uniform(0.002, 0.012)) if back else None
            if name == "Denali NP & PRES" and bc is not None:
                bc = int(bc * 5)
            rows.append(
                {
                    "Park Name": name,
                    "Unit Code": code,
                    "Park Type": kind,
                    "Region": region,
                    "State": state,
                    "Year": year,
                    "Recreation Visits": f"{visits:,}",
                    "Tent Campers": f"{tent:,}" if tent is not None else "",
                    "RV Campers": f"{rv:,}" if rv is not None else "",
                    "Backcountry Campers": f"{bc:,}" if bc is not None else "",
                }
            )
    df = pd.DataFrame(rows).sort_values(["Year", "Park Name"], kind="stable").reset_index(drop=True)
    return df.replace("", np.nan)


def _nps_year(df: pd.DataFrame, year: int) -> pd.DataFrame:
    return df[df["Year"] == year]


def _nps_yell(df: pd.DataFrame, strict: bool) -> float:
    d = df[df["Unit Code"] == "YELL"]
    d = d[d["Year"] > 2000] if strict else d[d["Year"] >= 2000]
    return float(_num(d["Recreation Visits"]).mean())


_NPS_QS = [
    Q(
        "which park had the most visitors in 2023",
        _lead(
            _named(
                lambda df: _top(_nps_year(df, 2023).set_index("Park Name")["Recreation Visits"].pipe(_num)),
                {"Golden Gate NRA": ("Golden Gate",), "Blue Ridge PKWY": ("Blue Ridge",)},
            )
        ),
        ("Park Name", "Year", "Recreation Visits"),
    ),
    Q(
        "total visits across all of them in 2019 vs 2020",
        _scaled(
            lambda df: [
                float(_num(_nps_year(df, 2019)["Recreation Visits"]).sum()),
                float(_num(_nps_year(df, 2020)["Recreation Visits"]).sum()),
            ],
            _BIG,
            rel=0.002,
        ),
        ("Year", "Recreation Visits"),
    ),
    Q(
        "how many actual national parks are in here",
        _count(lambda df: int(df.loc[df["Park Type"] == "National Park", "Unit Code"].nunique())),
        ("Park Type", "Park Name", "Unit Code"),
    ),
    Q(
        "average yearly visitors to yellowstone since 2000",
        either(
            _scaled(lambda df: _nps_yell(df, False), _BIG, rel=0.005),
            _scaled(lambda df: _nps_yell(df, True), _BIG, rel=0.005),
        ),
        ("Park Name", "Unit Code", "Year", "Recreation Visits"),
    ),
    Q(
        "which region gets the most backcountry campers overall",
        _lead(_named(lambda df: _top(df.groupby("Region")["Backcountry Campers"].apply(lambda s: _num(s).sum())))),
        ("Region", "Backcountry Campers"),
    ),
    Q(
        "do parks with lots of tent campers also get lots of rv campers",
        _corr(lambda df: _num(df["Tent Campers"]), lambda df: _num(df["RV Campers"])),
        ("Park Name", "Tent Campers", "RV Campers"),
    ),
]


# --- 7. Audubon Christmas Bird Count --------------------------------------------------------------------------------

_CBC_SPECIES = [
    ("Canada Goose", "Branta canadensis", 300),
    ("Mallard", "Anas platyrhynchos", 180),
    ("American Black Duck", "Anas rubripes", 40),
    ("Common Merganser", "Mergus merganser", 25),
    ("Red-tailed Hawk", "Buteo jamaicensis", 12),
    ("Cooper's Hawk", "Accipiter cooperii", 3),
    ("Bald Eagle", "Haliaeetus leucocephalus", 4),
    ("Rock Pigeon", "Columba livia", 160),
    ("Mourning Dove", "Zenaida macroura", 140),
    ("Downy Woodpecker", "Dryobates pubescens", 30),
    ("Hairy Woodpecker", "Dryobates villosus", 8),
    ("Red-bellied Woodpecker", "Melanerpes carolinus", 18),
    ("Northern Flicker", "Colaptes auratus", 5),
    ("Blue Jay", "Cyanocitta cristata", 70),
    ("American Crow", "Corvus brachyrhynchos", 380),
    ("Common Raven", "Corvus corax", 6),
    ("Black-capped Chickadee", "Poecile atricapillus", 160),
    ("Tufted Titmouse", "Baeolophus bicolor", 40),
    ("White-breasted Nuthatch", "Sitta carolinensis", 35),
    ("Red-breasted Nuthatch", "Sitta canadensis", 6),
    ("Brown Creeper", "Certhia americana", 4),
    ("Carolina Wren", "Thryothorus ludovicianus", 6),
    ("Golden-crowned Kinglet", "Regulus satrapa", 8),
    ("Eastern Bluebird", "Sialia sialis", 12),
    ("American Robin", "Turdus migratorius", 60),
    ("European Starling", "Sturnus vulgaris", 520),
    ("Cedar Waxwing", "Bombycilla cedrorum", 50),
    ("House Sparrow", "Passer domesticus", 150),
    ("House Finch", "Haemorhous mexicanus", 45),
    ("American Goldfinch", "Spinus tristis", 90),
    ("Dark-eyed Junco", "Junco hyemalis", 180),
    ("American Tree Sparrow", "Spizelloides arborea", 60),
    ("White-throated Sparrow", "Zonotrichia albicollis", 25),
    ("Song Sparrow", "Melospiza melodia", 20),
    ("Northern Cardinal", "Cardinalis cardinalis", 95),
    ("Red-winged Blackbird", "Agelaius phoeniceus", 4),
    ("Snow Bunting", "Plectrophenax nivalis", 10),
    ("Snowy Owl", "Bubo scandiacus", 1),
]
_CBC_CIRCLES = {"Ithaca, NY": 1.6, "Montezuma, NY": 1.1, "Syracuse, NY": 1.0, "Geneva, NY": 0.6}


def _cbc_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22207)
    rows = []
    for circle, size in _CBC_CIRCLES.items():
        base_obs = int(25 + 50 * size)
        for cy in range(113, 124):
            year = 1900 + cy - 1
            day = pd.Timestamp(year, 12, 14) + pd.Timedelta(days=int(rng.integers(0, 22)))
            observers = int(max(8, base_obs + rng.normal(0, 8)))
            hours = round(float(observers * rng.uniform(1.4, 2.1)), 1)
            for species, sci, mean in _CBC_SPECIES:
                lam = mean * size * rng.lognormal(0, 0.35) * (0.7 + observers / (base_obs * 3.3))
                if species == "American Crow" and circle == "Ithaca, NY":
                    lam *= 12
                n = int(rng.poisson(lam))
                cw = False
                if n == 0 or rng.random() < 0.015:
                    if rng.random() < 0.4:
                        cw = True
                    else:
                        continue
                rows.append(
                    {
                        "Count Name": circle,
                        "Count Year": cy,
                        "Count Date": f"{day.month}/{day.day}/{day.year}",
                        "Species": species,
                        "Scientific Name": sci,
                        "How Many": "cw" if cw else str(n),
                        "Number By Party Hours": np.nan if cw else round(n / hours, 4),
                        "Observers": observers,
                        "Party Hours": hours,
                    }
                )
    return pd.DataFrame(rows)


def _cbc_n(df: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(df["How Many"], errors="coerce")


def _cbc_counts(df: pd.DataFrame) -> pd.DataFrame:
    return df.drop_duplicates(["Count Name", "Count Year"])


def _cbc_richness(numeric_only: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def value(df: pd.DataFrame) -> pd.Series:
        d = df[_cbc_n(df).notna()] if numeric_only else df
        return d.groupby(["Count Name", "Count Year"])["Species"].nunique()

    return value


def _cbc_observers(df: pd.DataFrame) -> pd.Series:
    return _cbc_counts(df).set_index(["Count Name", "Count Year"])["Observers"]


_CBC_QS = [
    Q(
        "how many crows were counted altogether",
        _count(lambda df: int(_cbc_n(df)[df["Species"] == "American Crow"].sum())),
        ("Species", "How Many"),
    ),
    Q(
        "which bird was the most numerous in the 2022-23 count, all circles together",
        _lead(
            _named(lambda df: _top(_cbc_n(df)[df["Count Year"] == df["Count Year"].max()].groupby(df["Species"]).sum()))
        ),
        ("Count Year", "Species", "How Many"),
    ),
    Q(
        "how many times was something only seen in count week",
        _count(lambda df: int((df["How Many"].astype(str).str.strip().str.lower() == "cw").sum())),
        ("How Many",),
    ),
    Q(
        "which circle had the most people out for the 2022-23 count",
        _lead(
            _named(
                lambda df: str(
                    _cbc_counts(df).loc[lambda d: d["Count Year"] == 123].set_index("Count Name")["Observers"].idxmax()
                ),
                {"Ithaca, NY": ("Ithaca",), "Montezuma, NY": ("Montezuma",), "Syracuse, NY": ("Syracuse",)},
            )
        ),
        ("Count Name", "Count Year", "Observers"),
    ),
    Q(
        "average party hours per count?",
        either(
            has(lambda df: float(_cbc_counts(df)["Party Hours"].mean()), rel=0.005),
            has(lambda df: float(df["Party Hours"].mean()), rel=0.005),
        ),
        ("Count Name", "Count Year", "Party Hours"),
    ),
    Q(
        "do more observers find more species?",
        either(
            _corr(_cbc_observers, _cbc_richness(True)),
            _corr(_cbc_observers, _cbc_richness(False)),
        ),
        ("Count Name", "Count Year", "Observers", "Species", "How Many"),
    ),
]


HELDOUT222 = [
    Dataset("flightaware_tail_history", _flightaware_frame, _FA_QS),
    Dataset("songkick_tracked_events", _songkick_frame, _SK_QS),
    Dataset("airvisual_pro_history", _airvisual_frame, _AV_QS),
    Dataset("pypi_downloads_daily", _pypi_frame, _PP_QS),
    Dataset("fda_maude_reports", _maude_frame, _MD_QS),
    Dataset("nps_recreation_visits", _nps_frame, _NPS_QS),
    Dataset("audubon_christmas_bird_count", _cbc_frame, _CBC_QS),
]
