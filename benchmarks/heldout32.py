"""HELDOUT32: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of well-known public datasets: TfL's Santander Cycles journey extracts
(cycling.data.tfl.gov.uk usage-stats, four weekly files of July 2019) with "Rental Id", durations in seconds,
"03/07/2019 08:14" day-first dates, "EndStation Id" / "StartStation Name" headers, the stray space in "Belgrove
Street , King's Cross", a few zero-length hires and a few hires with no end station; Sobhan Moosavi's US Accidents
(US_Accidents_March23.csv) with its "A-1" ids, Source1/2/3, 1-4 severities, timestamps that sometimes carry
".000000000", units in headers ("Distance(mi)", "Temperature(F)", "Precipitation(in)"), blank end points for
Source2, blank wind chills, "CALM"/"Calm" and "VAR"/"Variable" wind directions, True/False road features and
Day/Night twilight columns; Our World in Data's vaccinations.csv for 2021 with "OWID_EUR" Europe beside countries,
cumulative counts as "1234567.0" left blank on days a country did not report, smoothed and raw daily doses and
per-hundred and per-million columns; Kaggle's IMDB Movies Dataset imdb_top_1000.csv with its Poster_Link, "142 min"
runtimes, "Crime, Drama" genres, Indian and US certificates, a "PG" released year, blank Meta_score and "28,341,469"
Gross strings; Berkeley Earth's GlobalTemperatures.csv (Kaggle "Climate Change: Earth Surface Temperature Data")
for 1800-2015 with its dt column and land max/min and land-and-ocean columns blank before 1850; the Boston housing
data as Kaggle's HousingData.csv with twenty "NA" values in each of CRIM, ZN, INDUS, CHAS, AGE and LSTAT and MEDV in
$1000s capped at 50; FiveThirtyEight's Uber pickups (uber-raw-data-apr14 ... sep14.csv) with "4/1/2014 0:11:00"
times, Lat, Lon and B02512-style TLC base codes, each month's file sorted by base. All are generated with a fixed
seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .offline_eval import DAY_WORDS as _DAY_WORDS
from .offline_eval import Check, Dataset, Q, asks, both, either, has
from .offline_eval import corr_of as _corr
from .offline_eval import numbers_found as _found
from .offline_eval import pick_one as _one
from .offline_eval import plain_text as _plain
from .offline_eval import rounded_share as _share
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _about(values: Callable[[pd.DataFrame], Any], rel: float = 0.01) -> Check:
    """Every value appears to within `rel`, or rounded to one decimal."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        found = _found(answer)
        for w in np.atleast_1d(values(df)):
            want = float(w)
            if not any(abs(f - want) <= max(rel * abs(want), 0.05) for f in found):
                return f"missing number {want:.4g}"
        return None

    return check


def _named(value: Callable[[pd.DataFrame], str]) -> Check:
    """The label computed from the frame appears, ignoring case, accents and a space before a comma."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = str(value(df))
        return None if _plain(want) in _plain(answer) else f"missing label {want!r}"

    return check


def _all_named(values: Callable[[pd.DataFrame], list[str]]) -> Check:
    """Every label computed from the frame appears, ignoring case, accents and a space before a comma."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        for want in values(df):
            if _plain(str(want)) not in _plain(answer):
                return f"missing label {want!r}"
        return None

    return check


def _month_name(month: Callable[[pd.DataFrame], int]) -> Check:
    """A calendar month, as "September", "Sept", "Sep" or "2014-09"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        m = int(month(df))
        stamp = pd.Timestamp(2000, m, 1)
        names = f"{stamp:%B}|Sept|{stamp:%b}" if m == 9 else f"{stamp:%B}|{stamp:%b}"
        if re.search(rf"\b(?:{names})\b", answer, re.IGNORECASE):
            return None
        if re.search(rf"\b\d{{4}}-{m:02d}\b", answer):
            return None
        return f"missing month {m}"

    return check


def _year_word(year: Callable[[pd.DataFrame], int]) -> Check:
    """A year as a word of its own ("2021" or "1990s", not "2021.5")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        y = int(year(df))
        return None if re.search(rf"(?<![\d.]){y}(?![\d])", answer) else f"missing year {y}"

    return check


def _weekday(day: Callable[[pd.DataFrame], int]) -> Check:
    """A day of the week (0 = Monday), in full or abbreviated, singular or plural ("Thursdays")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        d = int(day(df))
        return None if re.search(rf"\b(?:{_DAY_WORDS[d]})s?\b\.?", answer, re.IGNORECASE) else f"missing weekday {d}"

    return check


def _hour(hour: Callable[[pd.DataFrame], int]) -> Check:
    """An hour of the day, as "17", "17:00", "5 pm" or "5-6 pm"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        h = int(hour(df))
        if re.search(rf"(?<![\d.:\-–])0?{h}(?::00)?(?![\d.])", answer):
            return None
        twelve, after = h % 12 or 12, (h + 1) % 12 or 12
        half = "pm" if h >= 12 else "am"
        alone = rf"(?<![\d.:\-–])(?<!to )(?<!and ){twelve}(?::00)?\s*{half[0]}\.?m\b"
        if re.search(alone, answer, re.IGNORECASE):
            return None
        span = rf"(?<![\d.:]){twelve}(?::00)?\s*(?:[ap]\.?m\.?)?\s*(?:-|–|to|and)\s*{after}(?::00)?\s*[ap]\.?m\b"
        if re.search(span, answer, re.IGNORECASE):
            return None
        return f"missing hour {h}"

    return check


def _date_word(day: Callable[[pd.DataFrame], Any]) -> Check:
    """A calendar date: "2021-06-09", "09/06/2021", "6/9/2021", "9 June 2021", "June 9th" or "Jun 9"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        t = pd.Timestamp(day(df))
        d, m, y = t.day, t.month, t.year
        names = f"{t:%B}|Sept|{t:%b}" if m == 9 else f"{t:%B}|{t:%b}"
        patterns = [
            rf"(?<!\d){y}-0?{m}-0?{d}(?!\d)",
            rf"(?<![\d/])0?{d}/0?{m}/(?:{y}|{y % 100:02d})(?!\d)",
            rf"(?<![\d/])0?{m}/0?{d}/(?:{y}|{y % 100:02d})(?!\d)",
            rf"\b(?:{names})\.?,?\s+0?{d}(?:st|nd|rd|th)?(?!\d)",
            rf"(?<![\d.]){d}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{names})\b",
        ]
        if any(re.search(p, answer, re.IGNORECASE) for p in patterns):
            return None
        return f"missing date {t:%Y-%m-%d}"

    return check


def _split(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


# --- 1. TfL Santander Cycles journey extracts (cycling.data.tfl.gov.uk, usage-stats) -------------------------------

_LC_STATIONS = [  # (StartStation Id, StartStation Name, popularity, kind)
    (14, "Belgrove Street , King's Cross", 9.5, "hub"),
    (154, "Waterloo Station 3, Waterloo", 8.0, "hub"),
    (361, "Waterloo Station 2, Waterloo", 6.0, "hub"),
    (374, "Waterloo Station 1, Waterloo", 5.0, "hub"),
    (732, "Duke Street Hill, London Bridge", 4.0, "hub"),
    (194, "Hop Exchange, The Borough", 3.5, "hub"),
    (251, "Brushfield Street, Liverpool Street", 5.0, "city"),
    (217, "Wormwood Street, Liverpool Street", 3.5, "city"),
    (101, "Queen Street 1, Bank", 3.5, "city"),
    (427, "Cheapside, Bank", 3.5, "city"),
    (340, "Bank of England Museum, Bank", 3.0, "city"),
    (48, "Godliman Street, St. Paul's", 3.0, "city"),
    (55, "Finsbury Circus, Liverpool Street", 3.0, "city"),
    (191, "Hyde Park Corner, Hyde Park", 7.5, "park"),
    (303, "Albert Gate, Hyde Park", 4.0, "park"),
    (248, "Triangle Car Park, Hyde Park", 3.5, "park"),
    (407, "Speakers' Corner 1, Hyde Park", 2.5, "park"),
    (111, "Park Lane , Hyde Park", 3.0, "park"),
    (307, "Black Lion Gate, Kensington Gardens", 3.0, "park"),
    (404, "Palace Gate, Kensington Gardens", 2.0, "park"),
    (213, "Wellington Arch, Hyde Park", 3.0, "park"),
    (785, "Aquatic Centre, Queen Elizabeth Olympic Park", 2.0, "park"),
    (789, "Podium, Queen Elizabeth Olympic Park", 1.5, "park"),
    (66, "Holborn Circus, Holborn", 3.0, "central"),
    (594, "Kingsway Southbound, Strand", 3.0, "central"),
    (109, "Soho Square , Soho", 3.0, "central"),
    (173, "Waterloo Roundabout, Waterloo", 2.5, "central"),
    (272, "Baylis Road, Waterloo", 2.0, "central"),
    (822, "Storey's Gate, Westminster", 2.5, "central"),
    (1, "River Street , Clerkenwell", 2.0, "home"),
    (39, "Shoreditch High Street, Shoreditch", 3.5, "home"),
    (132, "Bethnal Green Road, Shoreditch", 2.5, "home"),
    (200, "LMU Commercial Road, Whitechapel", 2.0, "home"),
    (573, "Limerston Street, West Chelsea", 1.5, "home"),
    (606, "Addison Road, Holland Park", 1.5, "home"),
    (710, "Parsons Green , Parsons Green", 1.5, "home"),
]
_LC_WEEKDAY_HOURS = [2, 1, 1, 0.5, 0.5, 1, 3, 9, 16, 9, 4, 4, 5, 5, 5, 5, 7, 14, 15, 9, 6, 4, 3, 2]
_LC_WEEKEND_HOURS = [3, 2, 1, 1, 0.5, 0.5, 1, 2, 3, 5, 7, 9, 10, 10, 10, 10, 9, 8, 7, 5, 4, 3, 3, 2]
_LC_DAY_LEVEL = [92.0, 102.0, 118.0, 100.0, 90.0, 78.0, 74.0]  # expected hires, Monday to Sunday
_LC_KIND_WEIGHT = {  # (weekday, weekend) multipliers of a station's popularity
    "hub": (1.0, 0.6),
    "city": (1.0, 0.25),
    "park": (0.5, 3.0),
    "central": (1.0, 1.0),
    "home": (1.0, 1.0),
}
_LC_DUR = "Duration"
_LC_START = "Start Date"


def _lc_pick(rng: np.random.Generator, weights: np.ndarray, exclude: int | None = None) -> int:
    w = weights.copy()
    if exclude is not None:
        w[exclude] = 0.0
    return int(rng.choice(len(w), p=w / w.sum()))


def _cycle_hire_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3201)
    days = pd.date_range("2019-07-03", "2019-07-30")  # four weekly extracts, Wednesday to Tuesday
    pop = np.array([s[2] for s in _LC_STATIONS])
    kinds = [s[3] for s in _LC_STATIONS]
    week_w = pop * np.array([_LC_KIND_WEIGHT[k][0] for k in kinds])
    end_w = pop * np.array([_LC_KIND_WEIGHT[k][1] for k in kinds])
    morning_from = week_w * np.array([2.0 if k in ("hub", "home") else 0.6 for k in kinds])
    morning_to = week_w * np.array([2.5 if k in ("city", "central") else 0.5 for k in kinds])
    park_w = pop * np.array([3.0 if k == "park" else 0.4 for k in kinds])
    rows: list[dict[str, Any]] = []
    for day in days:
        weekend = day.day_of_week >= 5
        mood = float(rng.lognormal(0, 0.1)) * (1.3 if f"{day:%d/%m}" == "24/07" else 1.0)
        n = int(rng.poisson(_LC_DAY_LEVEL[day.day_of_week] * mood))
        hours = np.array(_LC_WEEKEND_HOURS if weekend else _LC_WEEKDAY_HOURS, dtype=float)
        for _ in range(n):
            h = int(rng.choice(24, p=hours / hours.sum()))
            start = day + pd.Timedelta(hours=h, minutes=int(rng.integers(60)))
            round_trip = False
            if not weekend and 6 <= h <= 10:
                a = _lc_pick(rng, morning_from)
                b = _lc_pick(rng, morning_to, exclude=a)
                minutes = float(rng.gamma(5.0, 3.0)) + 2
            elif not weekend and 16 <= h <= 19:
                a = _lc_pick(rng, morning_to)
                b = _lc_pick(rng, morning_from, exclude=a)
                minutes = float(rng.gamma(5.0, 3.2)) + 2
            else:
                a = _lc_pick(rng, end_w if weekend else week_w)
                if (kinds[a] == "park" and rng.random() < 0.3) or rng.random() < 0.03:
                    b, round_trip = a, True
                else:
                    b = _lc_pick(rng, park_w if kinds[a] == "park" else (end_w if weekend else week_w), exclude=a)
                minutes = float(rng.gamma(3.0, 12.0)) + 5 if round_trip else float(rng.gamma(3.0, 7.0)) + 2
            if rng.random() < 0.015:
                minutes += float(rng.uniform(60, 400))
            whole = round(minutes)
            if rng.random() < 0.004:
                b, whole = a, 0
            rows.append({"start": start, "a": a, "b": b, "minutes": whole})
    rows.sort(key=lambda r: (r["start"], r["a"]))
    rental = 87_410_000
    out = []
    for r in rows:
        rental += int(rng.integers(250, 900))
        end = r["start"] + pd.Timedelta(minutes=r["minutes"])
        sa, sb = _LC_STATIONS[r["a"]], _LC_STATIONS[r["b"]]
        out.append(
            {
                "Rental Id": rental,
                _LC_DUR: 60 * r["minutes"],
                "Bike Id": int(rng.integers(1, 16000)),
                "End Date": f"{end:%d/%m/%Y %H:%M}",
                "EndStation Id": sb[0],
                "EndStation Name": sb[1],
                _LC_START: f"{r['start']:%d/%m/%Y %H:%M}",
                "StartStation Id": sa[0],
                "StartStation Name": sa[1],
            }
        )
    df = pd.DataFrame(out)
    df["EndStation Id"] = df["EndStation Id"].astype("Int64")
    df["EndStation Name"] = df["EndStation Name"].astype(object)
    moving = df.index[df[_LC_DUR] > 0]
    lost = [int(i) for i in rng.choice(np.asarray(moving), size=5, replace=False)]
    df.loc[lost, "EndStation Id"] = pd.NA
    df.loc[lost, "EndStation Name"] = None
    return df


def _lc_start(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d[_LC_START], format="%d/%m/%Y %H:%M")


def _lc_daily(d: pd.DataFrame) -> pd.Series:
    return _lc_start(d).dt.normalize().value_counts()


def _lc_same(known_only: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        rows = d[d["EndStation Id"].notna()] if known_only else d
        return float((rows["StartStation Id"] == rows["EndStation Id"]).mean())

    return value


def _lc_avg_minutes(d: pd.DataFrame) -> float:
    return float(d[_LC_DUR].mean() / 60)


_CYCLE_HIRE_QS = [
    Q(
        "how many hires are in here, and how long is the average one in minutes?",
        both(
            has(lambda d: float(len(d))),
            either(_about(_lc_avg_minutes), _about(lambda d: _lc_avg_minutes(d[d[_LC_DUR] > 0]))),
        ),
        ("Rental Id", _LC_DUR),
    ),
    Q(
        "top 5 docking stations people ride from",
        _all_named(lambda d: [str(s) for s in d["StartStation Name"].value_counts().index[:5]]),
        ("StartStation Name", "StartStation Id", "Rental Id"),
    ),
    Q(
        "plot the number of rides per day - which day was the busiest and how many rides?",
        both(_date_word(lambda d: _lc_daily(d).index[0]), has(lambda d: float(_lc_daily(d).iloc[0]))),
        (_LC_START, "Rental Id"),
    ),
    Q(
        "which day of the week gets the most rides?",
        _weekday(lambda d: int(_lc_start(d).dt.day_of_week.value_counts().index[0])),
        (_LC_START, "Rental Id"),
    ),
    Q(
        "how many rides lasted over an hour",
        either(has(lambda d: float((d[_LC_DUR] > 3600).sum())), has(lambda d: float((d[_LC_DUR] >= 3600).sum()))),
        (_LC_DUR, "Rental Id"),
    ),
    Q(
        "what % of journeys end back at the station they started from?",
        either(_share(_lc_same(False)), _share(_lc_same(True))),
        ("StartStation Id", "EndStation Id", "StartStation Name", "EndStation Name", "Rental Id"),
    ),
]


# --- 2. US Accidents (Sobhan Moosavi, Kaggle, US_Accidents_March23.csv) --------------------------------------------

_US_STATES = {  # code: (name, weight, timezone, "City|County|lat|lon|zip|airport;...", annual mean °F, highways)
    "CA": (
        "California",
        22.0,
        "US/Pacific",
        "Los Angeles|Los Angeles|34.05|-118.24|90012|KCQT;San Diego|San Diego|32.72|-117.16|92101|KSAN;"
        "Sacramento|Sacramento|38.58|-121.49|95814|KSAC;San Jose|Santa Clara|37.34|-121.89|95113|KSJC;"
        "Riverside|Riverside|33.95|-117.40|92501|KRAL",
        63.0,
        "I-5 N;I-5 S;I-405 N;I-10 W;CA-91 E;US-101 S;I-80 E;CA-60 W",
    ),
    "FL": (
        "Florida",
        11.0,
        "US/Eastern",
        "Miami|Miami-Dade|25.76|-80.19|33130|KMIA;Orlando|Orange|28.54|-81.38|32801|KORL;"
        "Jacksonville|Duval|30.33|-81.66|32202|KJAX;Tampa|Hillsborough|27.95|-82.46|33602|KTPA",
        75.0,
        "I-95 N;I-95 S;I-4 E;I-4 W;I-75 S;Florida Tpke N;US-1 S",
    ),
    "TX": (
        "Texas",
        8.0,
        "US/Central",
        "Houston|Harris|29.76|-95.37|77002|KHOU;Dallas|Dallas|32.78|-96.80|75201|KDAL;"
        "Austin|Travis|30.27|-97.74|78701|KATT;San Antonio|Bexar|29.42|-98.49|78205|KSAT",
        69.0,
        "I-45 N;I-10 E;I-35 S;I-635 W;US-59 N;Sam Houston Tollway",
    ),
    "SC": (
        "South Carolina",
        5.2,
        "US/Eastern",
        "Columbia|Richland|34.00|-81.03|29201|KCUB;Charleston|Charleston|32.78|-79.93|29401|KCHS;"
        "Greenville|Greenville|34.85|-82.40|29601|KGMU",
        64.0,
        "I-26 E;I-26 W;I-85 N;I-20 E;US-17 S",
    ),
    "NY": (
        "New York",
        4.4,
        "US/Eastern",
        "New York|New York|40.71|-74.01|10007|KNYC;Brooklyn|Kings|40.68|-73.94|11201|KJFK;"
        "Rochester|Monroe|43.16|-77.61|14604|KROC",
        54.0,
        "I-95 N;I-278 E;I-87 S;I-90 W;FDR Dr",
    ),
    "NC": (
        "North Carolina",
        3.6,
        "US/Eastern",
        "Charlotte|Mecklenburg|35.23|-80.84|28202|KCLT;Raleigh|Wake|35.78|-78.64|27601|KRDU",
        61.0,
        "I-77 N;I-85 S;I-40 E;I-440 W",
    ),
    "VA": (
        "Virginia",
        3.4,
        "US/Eastern",
        "Richmond|Richmond City|37.54|-77.44|23219|KRIC;Arlington|Arlington|38.88|-77.10|22201|KDCA",
        58.0,
        "I-95 S;I-64 W;I-66 E;I-495 N",
    ),
    "PA": (
        "Pennsylvania",
        3.3,
        "US/Eastern",
        "Philadelphia|Philadelphia|39.95|-75.17|19103|KPHL;Pittsburgh|Allegheny|40.44|-79.99|15222|KAGC",
        53.0,
        "I-76 E;I-95 N;I-376 W",
    ),
    "MN": (
        "Minnesota",
        2.5,
        "US/Central",
        "Minneapolis|Hennepin|44.98|-93.27|55401|KMSP;Saint Paul|Ramsey|44.95|-93.09|55101|KSTP",
        45.0,
        "I-94 W;I-35W S;I-494 E",
    ),
    "OR": (
        "Oregon",
        2.3,
        "US/Pacific",
        "Portland|Multnomah|45.52|-122.68|97204|KPDX;Salem|Marion|44.94|-123.04|97301|KSLE",
        54.0,
        "I-5 N;I-84 E;I-205 S",
    ),
    "AZ": (
        "Arizona",
        2.2,
        "US/Mountain",
        "Phoenix|Maricopa|33.45|-112.07|85004|KPHX;Tucson|Pima|32.22|-110.97|85701|KTUS",
        72.0,
        "I-10 E;I-17 N;Loop 101",
    ),
    "GA": ("Georgia", 2.1, "US/Eastern", "Atlanta|Fulton|33.75|-84.39|30303|KATL", 63.0, "I-75 N;I-85 S;I-285 W"),
    "TN": (
        "Tennessee",
        2.1,
        "US/Central",
        "Nashville|Davidson|36.16|-86.78|37203|KBNA;Memphis|Shelby|35.15|-90.05|38103|KMEM",
        60.0,
        "I-40 E;I-24 W;I-65 N",
    ),
    "IL": ("Illinois", 2.0, "US/Central", "Chicago|Cook|41.88|-87.63|60602|KMDW", 51.0, "I-90 E;I-94 W;I-290 W"),
    "MI": ("Michigan", 1.9, "US/Eastern", "Detroit|Wayne|42.33|-83.05|48226|KDET", 49.0, "I-94 E;I-75 N;I-96 W"),
    "LA": (
        "Louisiana",
        1.8,
        "US/Central",
        "Baton Rouge|East Baton Rouge|30.45|-91.19|70802|KBTR;New Orleans|Orleans|29.95|-90.07|70112|KMSY",
        68.0,
        "I-10 W;I-12 E;I-610 E",
    ),
    "NJ": ("New Jersey", 1.7, "US/Eastern", "Newark|Essex|40.74|-74.17|07102|KEWR", 55.0, "I-95 S;I-78 W;NJ-21 N"),
    "MD": ("Maryland", 1.6, "US/Eastern", "Baltimore|Baltimore City|39.29|-76.61|21202|KDMH", 56.0, "I-695 N;I-95 N"),
    "OH": ("Ohio", 1.5, "US/Eastern", "Columbus|Franklin|39.96|-83.00|43215|KCMH", 53.0, "I-70 E;I-71 S;I-270 N"),
    "WA": ("Washington", 1.3, "US/Pacific", "Seattle|King|47.61|-122.33|98104|KBFI", 53.0, "I-5 S;I-90 E;WA-520 W"),
    "UT": ("Utah", 1.2, "US/Mountain", "Salt Lake City|Salt Lake|40.76|-111.89|84111|KSLC", 53.0, "I-15 N;I-215 E"),
    "CO": ("Colorado", 1.1, "US/Mountain", "Denver|Denver|39.74|-104.99|80202|KDEN", 51.0, "I-25 S;I-70 W;US-6 E"),
}
_US_YEARS = {2016: 0.41, 2017: 0.72, 2018: 0.89, 2019: 0.95, 2020: 1.16, 2021: 1.56, 2022: 1.27, 2023: 0.17}
_US_CA_YEARS = {2016: 0.7, 2017: 0.8, 2018: 0.9, 2019: 1.0, 2020: 1.2, 2021: 1.05, 2022: 1.6, 2023: 1.0}
_US_MONTHS = [1.1, 1.0, 0.95, 0.9, 0.9, 0.85, 0.8, 0.9, 1.0, 1.05, 1.15, 1.3]
_US_HOURS = [1.5, 1.2, 1.0, 1.0, 1.5, 2.5, 4.5, 7.5, 7.5, 5.0, 4.5, 4.5]
_US_HOURS += [4.8, 5.0, 5.5, 6.6, 7.2, 8.6, 5.5, 3.8, 3.0, 2.6, 2.2, 1.8]
_US_WEEKEND_HOURS = [3.0, 2.6, 2.2, 1.5, 1.2, 1.4, 1.8, 2.4, 3.0, 3.8, 4.5, 5.0]
_US_WEEKEND_HOURS += [5.4, 5.6, 5.6, 5.5, 5.4, 5.2, 4.8, 4.2, 3.8, 3.4, 3.0, 2.8]
_US_FEATURES = {  # boolean road feature: share of accidents near one
    "Amenity": 0.012,
    "Bump": 0.0005,
    "Crossing": 0.11,
    "Give_Way": 0.005,
    "Junction": 0.074,
    "No_Exit": 0.0025,
    "Railway": 0.009,
    "Roundabout": 0.0003,
    "Station": 0.026,
    "Stop": 0.028,
    "Traffic_Calming": 0.001,
    "Traffic_Signal": 0.15,
    "Turning_Loop": 0.0,
}
_US_OLD_SKY = {"Clear": 40, "Overcast": 14, "Mostly Cloudy": 14, "Partly Cloudy": 10, "Scattered Clouds": 9}
_US_NEW_SKY = {"Fair": 48, "Cloudy": 14, "Mostly Cloudy": 14, "Partly Cloudy": 10, "Fair / Windy": 2}
_US_WET = {"Light Rain": 62, "Rain": 20, "Heavy Rain": 8, "Light Rain with Thunder": 4, "Fog": 6}
_US_OLD_WIND = ["Calm", "North", "South", "East", "West", "SW", "NW", "SSE", "WNW", "Variable"]
_US_NEW_WIND = ["CALM", "N", "S", "E", "W", "SW", "NW", "SSE", "WNW", "VAR"]
_US_DIST = "Distance(mi)"
_US_START = "Start_Time"
_US_SEV = [0.009, 0.797, 0.168, 0.026]


def _us_days() -> tuple[pd.DatetimeIndex, np.ndarray]:
    days = pd.date_range("2016-02-08", "2023-03-31")
    per_year = pd.Series(days.year).value_counts()
    w = np.array(
        [
            _US_YEARS[d.year] / per_year[d.year] * _US_MONTHS[d.month - 1] * (0.5 if d.day_of_week >= 5 else 1.0)
            for d in days
        ]
    )
    return days, w / w.sum()


def _us_stamp(t: pd.Timestamp, nanos: bool) -> str:
    return f"{t:%Y-%m-%d %H:%M:%S}" + (".000000000" if nanos else "")


def _us_light(h: float, dark_from: float, light_from: float, shift: float) -> str:
    return "Day" if light_from - shift <= h < dark_from + shift else "Night"


def _us_accidents_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3202)
    days, day_p = _us_days()
    codes = list(_US_STATES)
    base_w = np.array([_US_STATES[c][1] for c in codes])
    n = 3000
    picked = np.sort(rng.choice(len(days), size=n, p=day_p))
    rows: list[dict[str, Any]] = []
    for k, di in enumerate(picked):
        day = days[int(di)]
        w = base_w * np.array([_US_CA_YEARS[day.year] if c == "CA" else 1.0 for c in codes])
        code = codes[int(rng.choice(len(codes), p=w / w.sum()))]
        _, _, tz, cities, mean_f, roads = _US_STATES[code]
        city, county, lat, lon, zip5, airport = str(_one(rng, _split(cities, ";"))).split("|")
        hours = np.array(_US_WEEKEND_HOURS if day.day_of_week >= 5 else _US_HOURS)
        h = int(rng.choice(24, p=hours / hours.sum()))
        start = day + pd.Timedelta(hours=h, minutes=int(rng.integers(60)), seconds=int(rng.integers(60)))
        old = day.year < 2020
        source = str(_one(rng, ["Source1", "Source2", "Source3"], [35, 63, 2] if old else [78, 20, 2]))
        sev = int(_one(rng, [1, 2, 3, 4], _US_SEV if source == "Source1" else [0.004, 0.66, 0.31, 0.026]))
        if source == "Source1":
            dist = round(float(rng.lognormal(np.log(0.35 * [0.6, 1.0, 1.6, 2.8][sev - 1]), 1.0)), 3)
        else:
            dist = 0.0 if rng.random() < 0.65 else round(float(rng.lognormal(np.log(0.05), 1.2)), 2)
        nanos = source == "Source1" and day.year >= 2022 and rng.random() < 0.5
        end = start + pd.Timedelta(minutes=float(rng.gamma(2.0, 30.0 + 40.0 * (sev - 2 if sev > 2 else 0))))
        end = end.floor("s")
        s_lat = round(float(lat) + float(rng.normal(0, 0.08)), 6)
        s_lon = round(float(lon) + float(rng.normal(0, 0.08)), 6)
        e_lat: float | None = None
        e_lon: float | None = None
        if source == "Source1":
            e_lat = round(s_lat + float(rng.normal(0, 0.004)), 6)
            e_lon = round(s_lon + float(rng.normal(0, 0.004)), 6)
        # weather at the nearest airport, reported at :53
        hour_f = h + start.minute / 60
        seasonal = -np.cos(2 * np.pi * (day.day_of_year - 15) / 365)
        amp = 1.3 * (float(lat) - 20.0)
        temp = mean_f + amp * seasonal * 0.5 + 7.0 * np.sin(2 * np.pi * (hour_f - 9) / 24) + float(rng.normal(0, 6))
        wet = rng.random() < 0.085 + 0.04 * (code in ("FL", "OR", "WA", "LA"))
        if wet:
            cond = str(_one(rng, list(_US_WET), list(_US_WET.values())))
            if temp < 33 and cond != "Fog":
                cond = str(_one(rng, ["Light Snow", "Snow"], [75, 25]))
        else:
            sky = _US_OLD_SKY if old else _US_NEW_SKY
            cond = str(_one(rng, list(sky), list(sky.values())))
            if rng.random() < 0.03:
                cond = "Haze"
        rainy = "Rain" in cond or "Snow" in cond
        wind = round(float(rng.gamma(2.0, 4.0)), 1)
        calm = wind < 2.5
        wind_dir = (_US_OLD_WIND if old else _US_NEW_WIND)[0 if calm else int(rng.integers(1, 10))]
        chill: float | None = None
        if day.year >= 2017 and rng.random() < 0.7:
            chill = round(temp, 1)
            if temp < 50 and wind > 3:
                v = wind**0.16
                chill = round(35.74 + 0.6215 * temp - 35.75 * v + 0.4275 * temp * v, 1)
        precip: float | None = None
        if day.year >= 2017 and rng.random() < 0.65:
            precip = round(float(rng.gamma(1.2, 0.06)), 2) if rainy else 0.0
        if cond == "Fog":
            vis = round(float(rng.uniform(0.2, 1.0)), 1)
        elif rainy:
            vis = float(_one(rng, [2.0, 3.0, 5.0, 7.0, 10.0]))
        else:
            vis = 10.0 if rng.random() < 0.9 else float(_one(rng, [5.0, 7.0, 8.0, 9.0]))
        elevation = {"CO": 5.0, "UT": 4.3, "AZ": 1.2}.get(code, 0.0)
        light = 7.0 - 0.9 * seasonal  # sunrise and sunset, in hours: later mornings and earlier evenings in winter
        dark = 18.5 + 1.3 * seasonal
        weather_at = (start - pd.Timedelta(minutes=53)).floor("h") + pd.Timedelta(minutes=53)
        road = (
            str(_one(rng, _split(roads, ";")))
            if rng.random() < 0.6
            else str(
                _one(rng, ["Main St", "Broadway", "N Central Ave", "Market St", "W 3rd St", "Oak Ave", "Park Blvd"])
            )
        )
        desc = str(
            _one(
                rng,
                [
                    f"Accident on {road} at Exit {int(rng.integers(1, 300))}.",
                    f"Right lane blocked due to accident on {road}.",
                    f"Incident on {road} near {city} Drive with caution.",
                    f"Crash on {road} at {_one(rng, ['1st St', 'Elm St', 'Center St', 'Lake Rd'])!s}.",
                ],
            )
        )
        row: dict[str, Any] = {
            "ID": f"A-{k + 1}",
            "Source": source,
            "Severity": sev,
            _US_START: _us_stamp(start, nanos),
            "End_Time": _us_stamp(end, nanos),
            "Start_Lat": s_lat,
            "Start_Lng": s_lon,
            "End_Lat": e_lat,
            "End_Lng": e_lon,
            _US_DIST: dist,
            "Description": desc,
            "Street": road,
            "City": city,
            "County": county,
            "State": code,
            "Zipcode": zip5 if rng.random() < 0.6 else f"{zip5}-{int(rng.integers(1000, 10000))}",
            "Country": "US",
            "Timezone": tz,
            "Airport_Code": airport,
            "Weather_Timestamp": f"{weather_at:%Y-%m-%d %H:%M:%S}",
            "Temperature(F)": round(temp, 1),
            "Wind_Chill(F)": chill,
            "Humidity(%)": int(np.clip(rng.normal(90 if rainy else 62, 8 if rainy else 18), 8, 100)),
            "Pressure(in)": round(29.95 - elevation + float(rng.normal(0, 0.18)), 2),
            "Visibility(mi)": vis,
            "Wind_Direction": wind_dir,
            "Wind_Speed(mph)": 0.0 if calm else wind,
            "Precipitation(in)": precip,
            "Weather_Condition": cond,
        }
        for feature, p in _US_FEATURES.items():
            row[feature] = bool(rng.random() < p)
        row["Sunrise_Sunset"] = _us_light(hour_f, dark, light, 0.0)
        row["Civil_Twilight"] = _us_light(hour_f, dark, light, 0.5)
        row["Nautical_Twilight"] = _us_light(hour_f, dark, light, 1.0)
        row["Astronomical_Twilight"] = _us_light(hour_f, dark, light, 1.5)
        rows.append(row)
    df = pd.DataFrame(rows)
    for col in ("Weather_Condition", "Sunrise_Sunset", "Civil_Twilight", "Nautical_Twilight", "Astronomical_Twilight"):
        df[col] = df[col].astype(object)
    for i in rng.choice(n, size=55, replace=False):
        df.loc[int(i), ["Weather_Condition", "Wind_Direction"]] = None
        df.loc[int(i), ["Temperature(F)", "Humidity(%)", "Visibility(mi)", "Wind_Speed(mph)"]] = np.nan
    for i in rng.choice(n, size=9, replace=False):
        df.loc[int(i), ["Sunrise_Sunset", "Civil_Twilight", "Nautical_Twilight", "Astronomical_Twilight"]] = None
    return df


def _us_years(d: pd.DataFrame) -> pd.Series:
    return d[_US_START].astype(str).str[:4].astype(int).value_counts()


def _us_rain(known_only: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        cond = d["Weather_Condition"]
        if known_only:
            cond = cond[cond.notna()]
        return float(cond.str.contains("rain", case=False, na=False).mean())

    return value


def _us_states(codes: Callable[[pd.DataFrame], list[str]]) -> Check:
    """Every state, as its two-letter code (a word of its own, upper case) or its name."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        for code in codes(df):
            if not re.search(rf"\b{code}\b", answer) and _US_STATES[code][0].lower() not in answer.lower():
                return f"missing state {code}"
        return None

    return check


def _us_top_year(state: str | None) -> Check:
    def rows(d: pd.DataFrame) -> pd.DataFrame:
        return d if state is None else d[d["State"] == state]

    return both(
        _year_word(lambda d: int(_us_years(rows(d)).index[0])), has(lambda d: float(_us_years(rows(d)).iloc[0]))
    )


_US_ACCIDENTS_QS = [
    Q(
        "top 5 states for accidents",
        _us_states(lambda d: [str(s) for s in d["State"].value_counts().index[:5]]),
        ("State", "ID"),
    ),
    Q(
        "plot accidents by hour of the day. when's the peak?",
        _hour(lambda d: int(d[_US_START].astype(str).str[11:13].astype(int).value_counts().index[0])),
        (_US_START, "ID"),
    ),
    Q(
        "what percent of them happened in the rain?",
        either(_share(_us_rain(False)), _share(_us_rain(True))),
        ("Weather_Condition", "ID"),
    ),
    Q(
        "avg length of road affected for each severity level",
        has(lambda d: np.asarray(d[_US_DIST].groupby(d["Severity"]).mean().sort_index(), dtype=float), rel=0.01),
        (_US_DIST, "Severity"),
    ),
    Q(
        "how many accidents per year? which year had the most",
        _us_top_year(None),
        (_US_START, "ID"),
    ),
    Q(
        "and for california only?",
        _us_top_year("CA"),
        (_US_START, "State", "ID"),
    ),
]


# --- 3. Our World in Data COVID-19 vaccinations (owid/covid-19-data, vaccinations.csv) -----------------------------

_OW_END = "2021-10-31"
_OW_LOCS = [  # location, iso_code, population, first row, reporting, (level, mid, spread) first / full, boosters
    ("Brazil", "BRA", 213993441, "2021-01-17", "gaps", (76, "2021-07-05", 32), (56, "2021-09-10", 30), None),
    ("Europe", "OWID_EUR", 748962983, "2020-12-08", "daily", (64, "2021-05-25", 40), (59, "2021-07-01", 35), None),
    ("France", "FRA", 67422000, "2020-12-27", "daily", (78, "2021-06-05", 30), (70, "2021-07-12", 28), 5.0),
    ("Germany", "DEU", 83900471, "2020-12-27", "daily", (70, "2021-05-25", 26), (67, "2021-07-05", 25), 2.5),
    ("India", "IND", 1393409033, "2021-01-16", "daily", (56, "2021-08-10", 45), (30, "2021-10-10", 40), None),
    ("Israel", "ISR", 9291000, "2020-12-20", "weekly", (70, "2021-01-18", 14), (64, "2021-02-12", 14), 45.0),
    ("Italy", "ITA", 60367471, "2020-12-27", "daily", (81, "2021-06-01", 30), (75, "2021-07-15", 28), 3.5),
    ("United Kingdom", "GBR", 68207114, "2020-12-13", "uk", (74, "2021-02-25", 30), (68, "2021-06-10", 35), 15.0),
    ("United States", "USA", 332915074, "2020-12-20", "gaps", (68, "2021-03-25", 35), (58, "2021-04-28", 35), 6.0),
]
_OW_BOOSTS = {"France": "2021-09-01", "Germany": "2021-09-01", "Israel": "2021-07-30", "Italy": "2021-09-20"}
_OW_BOOSTS |= {"United Kingdom": "2021-09-16", "United States": "2021-09-22"}
_OW_WEEKDAY = [1.08, 1.08, 1.08, 1.08, 1.08, 0.8, 0.6]
_OW_FULL = "people_fully_vaccinated_per_hundred"
_OW_DAILY = "daily_vaccinations"
_OW_RAW = "daily_vaccinations_raw"


def _ow_curve(days: pd.DatetimeIndex, level: float, mid: str, spread: float) -> np.ndarray:
    """A logistic uptake from zero the day before the first, in people per hundred."""
    x = np.asarray((days - pd.Timestamp(mid)).days, dtype=float) / spread
    s = 1 / (1 + np.exp(-x))
    s0 = 1 / (1 + np.exp(-(x[0] - 1 / spread)))
    return np.asarray(level * (s - s0) / (1 - s0), dtype=float)


def _ow_doses(rng: np.random.Generator, target: np.ndarray, pop: int, days: pd.DatetimeIndex) -> np.ndarray:
    """Cumulative people from a per-hundred target, with weekday rhythm and day-to-day noise."""
    new = np.diff(target, prepend=0.0) * pop / 100
    rhythm = np.array([_OW_WEEKDAY[d.day_of_week] for d in days]) * rng.lognormal(0, 0.08, size=len(days))
    return np.cumsum(np.round(np.clip(new, 0, None) * rhythm))


def _ow_reported(rng: np.random.Generator, how: str, days: pd.DatetimeIndex) -> np.ndarray:
    u = rng.random(len(days))
    if how == "daily":
        seen = u > 0.01
    elif how == "gaps":
        seen = u > 0.08
    elif how == "weekly":
        seen = (np.asarray(days.day_of_week) != 5) & (u > 0.03)
    else:  # the UK: weekly figures until daily reporting began on 10 January
        weekly = np.isin(
            np.asarray(days.strftime("%Y-%m-%d")), ["2020-12-13", "2020-12-20", "2020-12-27", "2021-01-03"]
        )
        seen = weekly | (days >= pd.Timestamp("2021-01-10"))
    seen[0] = seen[-1] = True
    return np.asarray(seen)


def _ow_location(rng: np.random.Generator, spec: tuple[Any, ...]) -> pd.DataFrame:
    name, iso, pop, first, how, one, full, boost_level = spec
    days = pd.date_range(first, _OW_END)
    first_dose = _ow_doses(rng, _ow_curve(days, *one), pop, days)
    three_weeks_back = np.concatenate([np.zeros(21), first_dose[:-21]])  # a second dose comes 21+ days after a first
    second = np.minimum(_ow_doses(rng, _ow_curve(days, *full), pop, days), three_weeks_back)
    boosters = np.zeros(len(days))
    boosted = np.zeros(len(days), dtype=bool)
    if boost_level is not None:
        boosted = np.asarray(days >= pd.Timestamp(_OW_BOOSTS[name]))
        start = int(np.argmax(boosted))
        ramp = np.zeros(len(days))
        ramp[start:] = _ow_curve(days[start:], boost_level, str(days[-1].date()), 25.0)
        boosters = _ow_doses(rng, ramp, pop, days)
    total = first_dose + second + boosters
    seen = _ow_reported(rng, how, days)
    frame = pd.DataFrame({"location": name, "iso_code": iso, "date": days.strftime("%Y-%m-%d")})
    shown = pd.Series(np.where(seen, total, np.nan))
    frame["total_vaccinations"] = shown
    frame["people_vaccinated"] = np.where(seen, first_dose, np.nan)
    frame["people_fully_vaccinated"] = np.where(seen, second, np.nan)
    frame["total_boosters"] = np.where(seen & boosted, boosters, np.nan)
    frame[_OW_RAW] = shown.diff().where(shown.shift().notna())
    smooth_total = shown.interpolate().diff().rolling(7, min_periods=1).mean().round()
    smooth_first = pd.Series(np.where(seen, first_dose, np.nan)).interpolate().diff().rolling(7, min_periods=1).mean()
    frame[_OW_DAILY] = smooth_total
    for col in ("total_vaccinations", "people_vaccinated", "people_fully_vaccinated", "total_boosters"):
        frame[f"{col}_per_hundred"] = (frame[col] / pop * 100).round(2)
    frame["daily_vaccinations_per_million"] = (smooth_total / pop * 1e6).round()
    frame["daily_people_vaccinated"] = smooth_first.round()
    frame["daily_people_vaccinated_per_hundred"] = (smooth_first / pop * 100).round(3)
    return frame


def _owid_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3203)
    df = pd.concat([_ow_location(rng, spec) for spec in _OW_LOCS], ignore_index=True)
    order = ["location", "iso_code", "date", "total_vaccinations", "people_vaccinated", "people_fully_vaccinated"]
    order += ["total_boosters", _OW_RAW, _OW_DAILY, "total_vaccinations_per_hundred", "people_vaccinated_per_hundred"]
    order += [_OW_FULL, "total_boosters_per_hundred", "daily_vaccinations_per_million", "daily_people_vaccinated"]
    order += ["daily_people_vaccinated_per_hundred"]
    return df[order]


def _ow_of(d: pd.DataFrame, place: str) -> pd.DataFrame:
    return d[d["location"] == place]


def _ow_latest_full(d: pd.DataFrame) -> pd.Series:
    countries = d[~d["iso_code"].astype(str).str.startswith("OWID_")]
    return countries.dropna(subset=[_OW_FULL]).groupby("location")[_OW_FULL].last().sort_values(ascending=False)


def _ow_peak(col: str) -> Check:
    def rows(d: pd.DataFrame) -> pd.Series:
        three = d[d["location"].isin(["United Kingdom", "Germany", "France"])]
        return three.loc[three[col].idxmax()]

    return both(_named(lambda d: str(rows(d)["location"])), _date_word(lambda d: rows(d)["date"]))


def _ow_june(how: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        br = _ow_of(d, "Brazil")
        june = br[br["date"].astype(str).str.startswith("2021-06")]
        if how == "smooth":
            return float(june[_OW_DAILY].mean())
        if how == "raw":
            return float(june[_OW_RAW].mean())
        totals = br.dropna(subset=["total_vaccinations"])
        end = totals[totals["date"] <= "2021-06-30"]["total_vaccinations"].iloc[-1]
        start = totals[totals["date"] <= "2021-05-31"]["total_vaccinations"].iloc[-1]
        return float((end - start) / 30)

    return value


def _ow_past_half(place: str) -> Check:
    def day(d: pd.DataFrame, strict: bool) -> Any:
        rows = _ow_of(d, place)
        over = rows[rows[_OW_FULL] > 50] if strict else rows[rows[_OW_FULL] >= 50]
        return over["date"].iloc[0]

    return either(_date_word(lambda d: day(d, True)), _date_word(lambda d: day(d, False)))


_OWID_QS = [
    Q(
        "which country has the highest % of people fully vaccinated as of the latest date?",
        both(
            _named(lambda d: str(_ow_latest_full(d).index[0])),
            _about(lambda d: float(_ow_latest_full(d).iloc[0])),
        ),
        ("location", "iso_code", "date", _OW_FULL, "people_fully_vaccinated"),
    ),
    Q(
        "how many doses has india given in total?",
        _scaled(lambda d: float(_ow_of(d, "India")["total_vaccinations"].max()), (1e6, 1e9)),
        ("location", "total_vaccinations", "date"),
    ),
    Q(
        "plot daily vaccinations for the UK, Germany and France - which one peaked highest, and on what day?",
        either(_ow_peak(_OW_DAILY), _ow_peak(_OW_RAW)),
        ("location", "date", _OW_DAILY, _OW_RAW),
    ),
    Q(
        "avg doses per day in brazil during june 2021?",
        either(
            _scaled(_ow_june("smooth"), (1e3, 1e6)),
            _scaled(_ow_june("raw"), (1e3, 1e6)),
            _scaled(_ow_june("totals"), (1e3, 1e6)),
        ),
        ("location", "date", _OW_DAILY, _OW_RAW, "total_vaccinations"),
    ),
    Q(
        "when did the UK get past 50% fully vaccinated?",
        _ow_past_half("United Kingdom"),
        ("location", "date", _OW_FULL, "people_fully_vaccinated"),
    ),
    Q(
        "and germany?",
        _ow_past_half("Germany"),
        ("location", "date", _OW_FULL, "people_fully_vaccinated"),
    ),
]


# --- 4. IMDB Movies Dataset (Kaggle, Harshit Shankhdhar, imdb_top_1000.csv) ----------------------------------------

_IM_PINNED = [  # (title, year, certificate, minutes, genre, rating, metascore, director, gross)
    ("The Shawshank Redemption", "1994", "A", 142, "Drama", 9.3, 80, "Frank Darabont", 28341469),
    ("The Godfather", "1972", "A", 175, "Crime, Drama", 9.2, 100, "Francis Ford Coppola", 134966411),
    ("The Dark Knight", "2008", "UA", 152, "Action, Crime, Drama", 9.0, 84, "Christopher Nolan", 534858444),
    ("The Godfather: Part II", "1974", "A", 202, "Crime, Drama", 9.0, 90, "Francis Ford Coppola", 57300000),
    ("12 Angry Men", "1957", "U", 96, "Crime, Drama", 9.0, 96, "Sidney Lumet", 4360000),
    (
        "The Lord of the Rings: The Return of the King",
        "2003",
        "U",
        201,
        "Action, Adventure, Drama",
        8.9,
        94,
        "Peter Jackson",
        377845905,
    ),
    ("Pulp Fiction", "1994", "A", 154, "Crime, Drama", 8.9, 94, "Quentin Tarantino", 107928762),
    ("Schindler's List", "1993", "A", 195, "Biography, Drama, History", 8.9, 94, "Steven Spielberg", 96898818),
    ("Inception", "2010", "UA", 148, "Action, Adventure, Sci-Fi", 8.8, 74, "Christopher Nolan", 292576195),
    ("Interstellar", "2014", "UA", 169, "Adventure, Drama, Sci-Fi", 8.6, 74, "Christopher Nolan", 188020017),
    ("The Prestige", "2006", "U", 130, "Drama, Mystery, Sci-Fi", 8.5, 66, "Christopher Nolan", 53089891),
    ("Memento", "2000", "UA", 113, "Mystery, Thriller", 8.4, 80, "Christopher Nolan", 25544867),
    ("The Dark Knight Rises", "2012", "UA", 164, "Action, Adventure", 8.4, 78, "Christopher Nolan", 448139099),
    ("Apocalypse Now", "1979", "R", 147, "Drama, Mystery, War", 8.4, 94, "Francis Ford Coppola", 83471511),
    ("Batman Begins", "2005", "UA", 140, "Action, Adventure", 8.2, 70, "Christopher Nolan", 206852432),
    ("Dunkirk", "2017", "UA", 106, "Action, Drama, History", 7.8, 94, "Christopher Nolan", 188373161),
    ("Apollo 13", "PG", "U", 140, "Adventure, Drama, History", 7.6, 77, "Ron Howard", 173837933),
    ("Psycho", "1960", "A", 109, "Horror, Mystery, Thriller", 8.5, 97, "Alfred Hitchcock", 32000000),
    ("Rear Window", "1954", "U", 112, "Mystery, Thriller", 8.5, 100, "Alfred Hitchcock", 36764313),
    ("North by Northwest", "1959", "U", 136, "Adventure, Mystery, Thriller", 8.3, 98, "Alfred Hitchcock", 13275000),
    ("Vertigo", "1958", "U", 128, "Mystery, Romance, Thriller", 8.3, 100, "Alfred Hitchcock", 3200000),
    ("Dial M for Murder", "1954", "A", 105, "Crime, Thriller", 8.2, 75, "Alfred Hitchcock", 12562),
    ("Rebecca", "1940", "Approved", 130, "Drama, Mystery, Romance", 8.1, 86, "Alfred Hitchcock", 4360000),
    ("Strangers on a Train", "1951", "A", 101, "Crime, Film-Noir, Thriller", 7.9, 88, "Alfred Hitchcock", 7630000),
    ("Rope", "1948", "A", 80, "Crime, Drama, Mystery", 7.9, 73, "Alfred Hitchcock", None),
    ("Notorious", "1946", "", 102, "Drama, Film-Noir, Romance", 7.9, 100, "Alfred Hitchcock", 10464000),
    ("Shadow of a Doubt", "1943", "A", 108, "Film-Noir, Thriller", 7.8, 94, "Alfred Hitchcock", None),
    ("The Birds", "1963", "A", 119, "Drama, Horror, Mystery", 7.7, 90, "Alfred Hitchcock", 11403529),
    ("Spellbound", "1945", "Passed", 111, "Film-Noir, Mystery, Romance", 7.6, 78, "Alfred Hitchcock", 7000000),
    ("Lifeboat", "1944", "Approved", 97, "Drama, War", 7.6, 78, "Alfred Hitchcock", None),
    ("The 39 Steps", "1935", "", 86, "Crime, Mystery, Thriller", 7.6, 93, "Alfred Hitchcock", None),
]
_IM_DIRECTORS = {  # director: (films in the list, first year, last year, extra genre)
    "Steven Spielberg": (13, 1975, 2018, "Adventure"),
    "Hayao Miyazaki": (11, 1984, 2013, "Animation"),
    "Akira Kurosawa": (10, 1950, 1985, "Drama"),
    "Martin Scorsese": (10, 1973, 2019, "Crime"),
    "Stanley Kubrick": (9, 1957, 1999, "Drama"),
    "Billy Wilder": (9, 1944, 1963, "Comedy"),
    "Woody Allen": (9, 1977, 2011, "Comedy"),
    "Quentin Tarantino": (8, 1992, 2019, "Crime"),
    "David Fincher": (8, 1995, 2014, "Thriller"),
    "Clint Eastwood": (8, 1992, 2008, "Drama"),
    "Rob Reiner": (7, 1984, 1995, "Comedy"),
    "Sidney Lumet": (7, 1957, 1982, "Crime"),
    "Wes Anderson": (7, 2001, 2014, "Comedy"),
    "Denis Villeneuve": (6, 2010, 2017, "Mystery"),
    "Richard Linklater": (6, 1995, 2014, "Romance"),
    "Ingmar Bergman": (6, 1957, 1982, "Drama"),
    "Joel Coen": (6, 1987, 2013, "Crime"),
    "Sergio Leone": (6, 1964, 1984, "Western"),
    "Charles Chaplin": (6, 1921, 1940, "Comedy"),
    "Peter Jackson": (5, 1994, 2003, "Fantasy"),
    "Pete Docter": (5, 2001, 2020, "Animation"),
    "Ridley Scott": (5, 1979, 2015, "Sci-Fi"),
    "Francis Ford Coppola": (4, 1972, 1979, "Drama"),
    "Frank Darabont": (2, 1994, 1999, "Drama"),
    "Ron Howard": (4, 1995, 2013, "Biography"),
}
_IM_GENRES = {  # genre: share of films (drama is drawn on its own)
    "Crime": 0.19,
    "Adventure": 0.19,
    "Comedy": 0.22,
    "Action": 0.18,
    "Thriller": 0.13,
    "Romance": 0.12,
    "Biography": 0.11,
    "Mystery": 0.09,
    "Animation": 0.07,
    "Sci-Fi": 0.06,
    "Fantasy": 0.06,
    "History": 0.05,
    "Family": 0.05,
    "War": 0.05,
    "Music": 0.03,
    "Horror": 0.03,
    "Western": 0.02,
    "Sport": 0.02,
    "Film-Noir": 0.015,
    "Musical": 0.015,
}
_IM_RATINGS = {7.6: 123, 7.7: 157, 7.8: 151, 7.9: 106, 8.0: 141, 8.1: 127, 8.2: 53, 8.3: 44, 8.4: 31, 8.5: 20}
_IM_RATINGS |= {8.6: 15, 8.7: 5, 8.8: 5}
_IM_DECADES = {1920: 12, 1930: 24, 1940: 35, 1950: 56, 1960: 73, 1970: 76, 1980: 89, 1990: 151, 2000: 237}
_IM_DECADES |= {2010: 242, 2020: 5}
_IM_CERTS_OLD = {"U": 30, "A": 18, "Passed": 20, "Approved": 10, "G": 5, "UA": 4, "": 13}
_IM_CERTS_NEW = {"U": 22, "A": 21, "UA": 20, "R": 17, "PG-13": 5, "PG": 4.3, "G": 0.8, "TV-PG": 0.3, "GP": 0.2}
_IM_CERTS_NEW |= {"TV-14": 0.1, "16": 0.1, "TV-MA": 0.1, "Unrated": 0.1, "U/A": 0.1, "": 9}
_IM_FIRST = _split(
    "James Anna Michael Maria David Sofia John Elena Robert Laura Peter Claire Thomas Ingrid Paul Yuki Jean Akira "
    "Marco Chiara Lars Asghar Satyajit Hirokazu Bong Park Rajkumar Aamir Fatih Guillermo Alejandro Pedro Nuri Emir "
    "Krzysztof Andrei Elem Majid Juan Fernando Henri Jacques Luis Gus Sam Ethan Danny Sean Tom Ron Jim Kenji"
)
_IM_LAST = _split(
    "Anderson Rossi Kim Nakamura Martin Bergström Dupont Kaur Hirani Khan Tornatore Lang Wright Miller Sato Lee "
    "Garcia Moretti Farhadi Ray Kore-eda Joon-ho Chan-wook Akin Toro Inarritu Almodovar Ceylan Kusturica Kieslowski "
    "Tarkovsky Klimov Majidi Campanella Meirelles Clouzot Demy Buñuel Sant Mendes Coen Boyle Penn Hooper Howard "
    "Cameron Ford Capra Welles Wyler Lean Reed Huston Kazan Zinnemann Forman Pollack Lynch Burton Zemeckis"
)
_IM_ADJ = _split(
    "Silent Last Hidden Broken Golden Long Secret Distant Little Burning Quiet Wild Lost Red Bitter Final Eternal "
    "Dark Second Invisible Sweet Cold Crimson Lonely Great Endless Forgotten Narrow Stolen Blue"
)
_IM_NOUN = _split(
    "Harbor Road River Garden Mirror Winter Promise Stranger Kingdom Island Summer Letter Shadow City Song Mountain "
    "Window Train Father Witness Bridge House Season Journey Empire Night Soldier Dream Voyage Fire Heart Storm "
    "Village Circle Game Sea Orchard Horizon Passage Verdict"
)
_IM_STARS = [f"{f} {last}" for f in _IM_FIRST[:40] for last in _IM_LAST[:12]]


def _im_title(rng: np.random.Generator, used: dict[str, int]) -> str:
    while True:
        form = int(rng.integers(5))
        adj, noun, noun2 = _one(rng, _IM_ADJ), _one(rng, _IM_NOUN), _one(rng, _IM_NOUN)
        title = [
            f"The {adj} {noun}",
            f"{noun} of the {noun2}",
            f"{adj} {noun}",
            f"The {noun}",
            f"A {adj} {noun} in {_one(rng, ['Paris', 'Tokyo', 'Rome', 'Tehran', 'Berlin', 'Mumbai', 'Texas'])}",
        ][form]
        if title not in used:
            used[title] = 1
            return title


def _im_genre(rng: np.random.Generator, extra: str | None) -> str:
    picked: list[str] = ["Drama"] if rng.random() < 0.7 else []
    if extra is not None and extra not in picked and rng.random() < 0.7:
        picked.append(extra)
    names = list(_IM_GENRES)
    while len(picked) < 3 and rng.random() < (0.85 if len(picked) < 2 else 0.45):
        g = str(_one(rng, names, list(_IM_GENRES.values())))
        if g not in picked:
            picked.append(g)
    if not picked:
        picked = [str(_one(rng, names, list(_IM_GENRES.values())))]
    return ", ".join(sorted(picked))


def _im_poster(rng: np.random.Generator) -> str:
    chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    body = "".join(chars[int(i)] for i in rng.integers(len(chars), size=46))
    return f"https://m.media-amazon.com/images/M/MV5B{body}._V1_UX67_CR0,0,67,98_AL_.jpg"


def _imdb_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3204)
    used: dict[str, int] = {p[0]: 1 for p in _IM_PINNED}
    keys = ("title", "year", "cert", "minutes", "genre", "rating", "meta", "director", "gross")
    films: list[dict[str, Any]] = [dict(zip(keys, pinned, strict=True)) for pinned in _IM_PINNED]
    pinned_by = pd.Series([p[7] for p in _IM_PINNED]).value_counts()
    plan: list[tuple[str, int | None, int | None, str | None]] = []
    for name, spec in _IM_DIRECTORS.items():
        plan += [(name, spec[1], spec[2], spec[3])] * (spec[0] - int(pinned_by.get(name, 0)))
    others: list[str] = []
    seen: dict[str, int] = {name: 1 for name in _IM_DIRECTORS} | {"Alfred Hitchcock": 1, "Christopher Nolan": 1}
    while len(plan) < 1000 - len(films):
        name = f"{_one(rng, _IM_FIRST)} {_one(rng, _IM_LAST)}"
        if name in seen:
            continue
        seen[name] = 1
        others.append(name)
        k = int(_one(rng, [1, 1, 1, 1, 2, 2, 3, 4]))
        plan += [(name, None, None, None)] * min(k, 1000 - len(films) - len(plan))
    decades = list(_IM_DECADES)
    ratings = list(_IM_RATINGS)
    for name, lo, hi, extra in plan:
        if lo is not None and hi is not None:
            year = int(rng.integers(lo, hi + 1))
        else:
            decade = int(_one(rng, decades, list(_IM_DECADES.values())))
            year = decade + int(rng.integers(0, 10 if decade < 2020 else 1))
        step = int(_one(rng, ratings, list(_IM_RATINGS.values())) * 10 - 76)
        if 1950 <= year < 1970 and rng.random() < 0.4:  # the older films that made the list rate a little higher
            step += 1
        elif year >= 2010 and step > 0 and rng.random() < 0.2:
            step -= 1
        rating = round(7.6 + 0.1 * min(step, 12), 1)
        minutes = int(np.clip(round(rng.normal(123 if year > 1950 else 105, 27)), 45, 321))
        minutes = 181 if minutes == 180 else minutes
        foreign = extra == "Animation" or name in ("Akira Kurosawa", "Ingmar Bergman") or rng.random() < 0.25
        gross: int | None = None
        if rng.random() > (0.45 if year < 1970 else 0.12) + (0.2 if foreign else 0.0):
            gross = int(rng.lognormal(np.log(45e6 if year >= 1990 else 8e6), 1.3 if not foreign else 1.8))
        meta: int | None = None
        if rng.random() > (0.13 if not foreign else 0.3):
            meta = int(np.clip(round(rng.normal(77 + 10 * (rating - 7.95), 11)), 28, 100))
        certs = _IM_CERTS_OLD if year < 1968 else _IM_CERTS_NEW
        films.append(
            {
                "title": _im_title(rng, used),
                "year": str(year),
                "cert": str(_one(rng, list(certs), list(certs.values()))),
                "minutes": minutes,
                "genre": _im_genre(rng, extra),
                "rating": rating,
                "meta": meta,
                "director": name,
                "gross": gross,
            }
        )
    rows = []
    for f in films:
        yr = int(f["year"]) if str(f["year"]).isdigit() else 1995
        votes = int(rng.lognormal(np.log(60000 * np.exp(2.2 * (f["rating"] - 7.6)) * (1 + (yr - 1920) / 30)), 0.7))
        stars = [str(s) for s in rng.choice(_IM_STARS, size=4, replace=False)]
        rows.append(
            {
                "Poster_Link": _im_poster(rng),
                "Series_Title": f["title"],
                "Released_Year": f["year"],
                "Certificate": f["cert"] or None,
                "Runtime": f"{f['minutes']} min",
                "Genre": f["genre"],
                "IMDB_Rating": f["rating"],
                "Overview": f"A {_one(rng, _IM_ADJ).lower()} story of a {_one(rng, _IM_NOUN).lower()} and the "
                f"{_one(rng, _IM_NOUN).lower()} that changes everything.",
                "Meta_score": f["meta"],
                "Director": f["director"],
                "Star1": stars[0],
                "Star2": stars[1],
                "Star3": stars[2],
                "Star4": stars[3],
                "No_of_Votes": min(votes, 2343110 if f["rating"] > 9.2 else 2203110),
                "Gross": None if f["gross"] is None else f"{int(f['gross']):,}",
            }
        )
    df = pd.DataFrame(rows)
    df = df.iloc[np.lexsort((-df["No_of_Votes"].to_numpy(), -df["IMDB_Rating"].to_numpy()))].reset_index(drop=True)
    df["Meta_score"] = df["Meta_score"].astype("Int64")
    return df


def _im_gross(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d["Gross"].astype(str).str.replace(",", ""), errors="coerce")


def _im_nolan(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["Director"] == "Christopher Nolan"]


def _im_decades(d: pd.DataFrame) -> pd.Series:
    year = pd.to_numeric(d["Released_Year"], errors="coerce")
    return d["IMDB_Rating"].groupby(year // 10 * 10).mean().sort_values(ascending=False)


def _im_minutes(d: pd.DataFrame) -> pd.Series:
    return d["Runtime"].astype(str).str.extract(r"(\d+)")[0].astype(int)


_IMDB_QS = [
    Q(
        "which director has the most films in the top 1000?",
        _named(lambda d: str(d["Director"].value_counts().index[0])),
        ("Director", "Series_Title"),
    ),
    Q(
        "plot the average rating by decade - which decade comes out on top?",
        _year_word(lambda d: int(_im_decades(d).index[0])),
        ("Released_Year", "IMDB_Rating"),
    ),
    Q(
        "how many movies are over 3 hours long?",
        has(lambda d: float((_im_minutes(d) > 180).sum())),
        ("Runtime", "Series_Title"),
    ),
    Q(
        "how much did christopher nolan's movies gross altogether?",
        _scaled(lambda d: float(_im_gross(_im_nolan(d)).sum()), (1e6, 1e9)),
        ("Director", "Gross"),
    ),
    Q(
        "which one of his made the most, and how much?",
        both(
            _named(lambda d: str(_im_nolan(d).loc[_im_gross(_im_nolan(d)).idxmax(), "Series_Title"])),
            _scaled(lambda d: float(_im_gross(_im_nolan(d)).max()), (1e6,)),
        ),
        ("Director", "Gross", "Series_Title"),
    ),
    Q(
        "what share of the list are dramas",
        _share(lambda d: float(d["Genre"].astype(str).str.contains("Drama").mean())),
        ("Genre", "Series_Title"),
    ),
]


# --- 5. Berkeley Earth global temperatures (Kaggle "Climate Change: Earth Surface Temperature Data") ---------------

_BE_LAND = "LandAverageTemperature"
_BE_BOTH = "LandAndOceanAverageTemperature"
_BE_LAND_NORMAL = [2.6, 3.3, 5.6, 8.6, 11.6, 13.8, 14.8, 14.2, 12.3, 9.3, 5.9, 3.5]  # °C, 1951-1980, by month
_BE_BOTH_NORMAL = [12.6, 12.9, 13.6, 14.6, 15.6, 16.3, 16.6, 16.4, 15.8, 14.8, 13.7, 12.9]
_BE_VOLCANOES = {1809: 0.5, 1815: 0.9, 1816: 1.1, 1817: 0.6, 1835: 0.5, 1883: 0.4, 1884: 0.3, 1991: 0.25, 1992: 0.3}
_BE_EL_NINO = {1878: 0.25, 1998: 0.3, 2015: 0.25}


def _be_trend(year: int) -> float:
    """The land anomaly's slow part, in °C against 1951-1980."""
    if year < 1850:
        return -0.6
    if year < 1910:
        return -0.6 + 0.15 * (year - 1850) / 60
    if year < 1945:
        return -0.45 + 0.4 * (year - 1910) / 35
    if year < 1975:
        return -0.05
    return -0.05 + 1.15 * (year - 1975) / 40


def _berkeley_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3205)
    rows: list[dict[str, Any]] = []
    wobble = 0.0
    for year in range(1800, 2016):
        wobble = 0.55 * wobble + float(rng.normal(0, 0.22 if year < 1850 else 0.13))
        anomaly = _be_trend(year) - _BE_VOLCANOES.get(year, 0.0) + _BE_EL_NINO.get(year, 0.0) + wobble
        early = max(0.0, (1900 - year) / 100)
        for m in range(12):
            land = _BE_LAND_NORMAL[m] + anomaly + float(rng.normal(0, 0.2 + 0.5 * early))
            unc = 0.05 + 2.2 * early**1.5 + float(rng.uniform(0, 0.05 + 0.4 * early))
            row: dict[str, Any] = {
                "dt": f"{year}-{m + 1:02d}-01",
                _BE_LAND: round(land, 3),
                "LandAverageTemperatureUncertainty": round(unc, 3),
            }
            if year >= 1850:
                both_t = _BE_BOTH_NORMAL[m] + 0.6 * anomaly + float(rng.normal(0, 0.08))
                row |= {
                    "LandMaxTemperature": round(
                        land + 5.7 + 0.3 * np.sin(np.pi * m / 6) + float(rng.normal(0, 0.1)), 3
                    ),
                    "LandMaxTemperatureUncertainty": round(0.9 * unc + 0.03, 3),
                    "LandMinTemperature": round(land - 5.9 + float(rng.normal(0, 0.12)), 3),
                    "LandMinTemperatureUncertainty": round(unc + 0.04, 3),
                    _BE_BOTH: round(both_t, 3),
                    "LandAndOceanAverageTemperatureUncertainty": round(
                        0.06 + 0.3 * early + 0.01 * float(rng.random()), 3
                    ),
                }
            rows.append(row)
    cols = ["dt", _BE_LAND, "LandAverageTemperatureUncertainty", "LandMaxTemperature"]
    cols += ["LandMaxTemperatureUncertainty", "LandMinTemperature", "LandMinTemperatureUncertainty", _BE_BOTH]
    cols += ["LandAndOceanAverageTemperatureUncertainty"]
    return pd.DataFrame(rows, columns=cols)


def _be_year(d: pd.DataFrame) -> pd.Series:
    return d["dt"].astype(str).str[:4].astype(int)


def _be_annual(col: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: d[col].groupby(_be_year(d)).mean()


def _be_period(col: str, first: int, last: int) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        y = _be_year(d)
        return float(d.loc[(y >= first) & (y <= last), col].mean())

    return value


def _be_coldest(col: str) -> Callable[[pd.DataFrame], int]:
    return lambda d: int(d[col].groupby(d["dt"].astype(str).str[5:7].astype(int)).mean().idxmin())


_BERKELEY_QS = [
    Q(
        "what was the average temperature in the 1990s?",
        either(
            asks(_BE_LAND, _BE_BOTH),
            has(_be_period(_BE_LAND, 1990, 1999), _be_period(_BE_BOTH, 1990, 1999)),
        ),
        ("dt", _BE_LAND, _BE_BOTH),
    ),
    Q(
        "which year was the hottest on land?",
        _year_word(lambda d: int(_be_annual(_BE_LAND)(d).idxmax())),
        ("dt", _BE_LAND),
    ),
    Q(
        "plot land temps by decade. how much warmer were the 2000s than the 1950s?",
        either(
            _about(lambda d: _be_period(_BE_LAND, 2000, 2009)(d) - _be_period(_BE_LAND, 1950, 1959)(d)),
            has(_be_period(_BE_LAND, 2000, 2009), _be_period(_BE_LAND, 1950, 1959)),
        ),
        ("dt", _BE_LAND),
    ),
    Q(
        "which month is usually the coldest?",
        either(_month_name(_be_coldest(_BE_LAND)), _month_name(_be_coldest(_BE_BOTH))),
        ("dt", _BE_LAND, _BE_BOTH),
    ),
    Q(
        "how many months have no land+ocean figure?",
        has(lambda d: float(d[_BE_BOTH].isna().sum())),
        ("dt", _BE_BOTH),
    ),
    Q(
        "land and ocean average for 2015 vs 1850?",
        has(lambda d: np.asarray(_be_annual(_BE_BOTH)(d).reindex([2015, 1850]), dtype=float)),
        ("dt", _BE_BOTH),
    ),
]


# --- 6. Boston housing (Kaggle "Boston House Prices", HousingData.csv with NA) --------------------------------------

_BH_GROUPS = [  # (kind, towns, tracts per town (low, high)) in file order: 374 suburban tracts, then inner Boston
    ("middle", 12, (6, 16)),
    ("rich", 14, (4, 12)),
    ("near", 7, (8, 16)),
    ("middle", 12, (6, 14)),
    ("inner", 1, (132, 132)),
]
_BH_TOWN: dict[
    str, tuple[Any, ...]
] = {  # kind: ZN choices, INDUS range, NOX range, RAD choices, TAX range, PTRATIO range
    "rich": (
        [20, 22, 25, 30, 34, 40, 45, 52.5, 55, 60, 70, 75, 80, 85, 90, 95],
        (1.2, 6.0),
        (0.39, 0.45),
        [1, 2, 3, 4, 5],
        (188, 330),
        (13.0, 18.4),
    ),
    "middle": (
        [0, 0, 0, 0, 0, 12.5, 21, 22, 25, 28, 33],
        (5.0, 10.8),
        (0.44, 0.55),
        [3, 4, 5, 6],
        (264, 432),
        (16.0, 21.2),
    ),
    "near": ([0], (8.5, 21.9), (0.5, 0.62), [4, 5, 6, 8], (296, 437), (14.7, 21.0)),
    "inner": ([0], (18.1, 18.1), (0.58, 0.77), [24], (666, 666), (20.2, 20.2)),
}
_BH_TRACT = {  # kind: CRIM median, RM (mean, sd), AGE range, DIS range, LSTAT offset, river chance
    "rich": (0.04, (6.55, 0.6), (15, 75), (4.0, 10.0), -3.0, 0.06),
    "middle": (0.15, (6.1, 0.45), (30, 95), (2.5, 6.0), 0.0, 0.08),
    "near": (0.8, (6.3, 0.8), (60, 100), (1.5, 4.0), 0.0, 0.12),
    "inner": (8.0, (6.0, 0.6), (80, 100), (1.1, 3.0), 6.0, 0.0),
}
_BH_NA = ["CRIM", "ZN", "INDUS", "CHAS", "AGE", "LSTAT"]


def _bh_num(x: float, places: int) -> str:
    """A number as R's write.csv gives it: no trailing zeros ("18", "2.31", "396.9")."""
    text = f"{round(x, places):.{places}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _boston_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3206)
    rows: list[dict[str, str]] = []
    for kind, towns, (lo, hi) in _BH_GROUPS:
        if kind == "inner":
            rows = rows[:374]
        zn_choices, indus_r, nox_r, rad_choices, tax_r, pt_r = _BH_TOWN[kind]
        crim_med, (rm_mu, rm_sd), age_r, dis_r, lstat_off, river = _BH_TRACT[kind]
        for _ in range(towns):
            zn = float(_one(rng, zn_choices))
            indus = float(rng.uniform(*indus_r))
            nox = float(rng.uniform(*nox_r))
            rad = int(_one(rng, rad_choices))
            tax = int(rng.integers(tax_r[0], tax_r[1] + 1))
            pt = float(rng.uniform(*pt_r))
            for _ in range(int(rng.integers(lo, hi + 1))):
                crim = float(np.clip(rng.lognormal(np.log(crim_med), 0.8), 0.00632, 88.9762))
                rm = float(np.clip(rng.normal(rm_mu, rm_sd), 3.561, 8.78))
                chas = int(rng.random() < river)
                lstat = float(np.clip(38.0 - 4.2 * rm + lstat_off + rng.normal(0, 3.5), 1.73, 37.97))
                medv = 22.5 + 6.5 * (rm - 6.28) + 4.0 * max(0.0, rm - 7.0) - 0.55 * (lstat - 12.65)
                medv += -0.08 * crim + 3.0 * chas + (2.5 if kind == "rich" else 0.0) + float(rng.normal(0, 4.5))
                medv = 50.0 if rng.random() < 0.018 else float(np.clip(medv, 5.0, 60.0))
                b = 396.9 if rng.random() < 0.5 else 396.9 - float(rng.exponential(8.0))
                if kind == "inner" and rng.random() < 0.2:
                    b = float(rng.uniform(0.32, 300.0))
                rows.append(
                    {
                        "CRIM": _bh_num(crim, 5),
                        "ZN": _bh_num(zn, 1),
                        "INDUS": _bh_num(indus, 2),
                        "CHAS": str(chas),
                        "NOX": _bh_num(nox + float(rng.normal(0, 0.004)), 3),
                        "RM": _bh_num(rm, 3),
                        "AGE": _bh_num(float(rng.uniform(*age_r)), 1),
                        "DIS": _bh_num(float(rng.uniform(*dis_r)), 4),
                        "RAD": str(rad),
                        "TAX": str(tax),
                        "PTRATIO": _bh_num(pt, 1),
                        "B": _bh_num(max(b, 0.32), 2),
                        "LSTAT": _bh_num(lstat, 2),
                        "MEDV": "50" if medv >= 48.5 else _bh_num(medv, 1),
                    }
                )
    df = pd.DataFrame(rows)
    for col in _BH_NA:
        df.loc[rng.choice(len(df), size=20, replace=False), col] = "NA"
    return df


def _bh_rooms(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["RM"] > 7]


_BOSTON_QS = [
    Q(
        "what's the average home value, and how many are capped at 50?",
        both(_scaled(lambda d: float(d["MEDV"].mean()), (1e-3,)), has(lambda d: float((d["MEDV"] >= 50).sum()))),
        ("MEDV",),
    ),
    Q(
        "plot rooms vs value - how correlated are they?",
        _corr(lambda d: d["RM"], lambda d: d["MEDV"]),
        ("RM", "MEDV"),
    ),
    Q(
        "are homes by the charles river worth more? avg for river vs non-river tracts",
        _scaled(lambda d: np.asarray(d["MEDV"].groupby(d["CHAS"]).mean().reindex([1.0, 0.0]), dtype=float), (1e-3,)),
        ("CHAS", "MEDV"),
    ),
    Q(
        "how many rows have missing data",
        has(lambda d: float(d.isna().any(axis=1).sum())),
        tuple(_BH_NA),
    ),
    Q(
        "avg value for tracts averaging more than 7 rooms?",
        _scaled(lambda d: float(_bh_rooms(d)["MEDV"].mean()), (1e-3,)),
        ("RM", "MEDV"),
    ),
    Q(
        "and what's the pupil-teacher ratio like there",
        _about(lambda d: float(_bh_rooms(d)["PTRATIO"].mean())),
        ("RM", "PTRATIO", "MEDV"),
    ),
]


# --- 7. Uber pickups in New York City, April-September 2014 (FiveThirtyEight, uber-raw-data-*14.csv) -----------------

_UB_MONTHS = {4: 564516, 5: 652435, 6: 663844, 7: 796121, 8: 829275, 9: 1028136}  # pickups in each month's file
_UB_BASES = {  # TLC base: share by month, April to September
    "B02512": [6.3, 5.5, 5.0, 4.6, 3.8, 3.3],
    "B02598": [30.0, 31.0, 30.0, 27.1, 25.0, 20.4],
    "B02617": [21.6, 22.0, 30.5, 36.4, 39.0, 41.7],
    "B02682": [40.4, 39.8, 33.3, 29.1, 25.4, 19.2],
    "B02764": [1.7, 1.7, 1.2, 2.8, 6.8, 15.4],
}
_UB_WEEKDAY = [0.85, 0.98, 1.04, 1.2, 1.1, 1.0, 0.82]
_UB_HOURS = [2.1, 1.4, 1.0, 1.1, 1.2, 1.7, 3.1, 4.5, 4.6, 4.0, 3.8, 4.1, 4.4, 4.8, 5.6, 6.4, 6.9, 8.4]
_UB_HOURS += [6.6, 6.6, 6.2, 6.1, 5.3, 3.6]
_UB_PLACES = [  # (lat, lon, spread lat, spread lon, weight): Manhattan, Brooklyn, Queens, JFK, LaGuardia, elsewhere
    (40.745, -73.985, 0.03, 0.015, 74.0),
    (40.69, -73.96, 0.03, 0.03, 10.0),
    (40.74, -73.88, 0.03, 0.04, 5.0),
    (40.6449, -73.7822, 0.002, 0.003, 3.0),
    (40.7690, -73.8650, 0.002, 0.003, 3.5),
    (40.75, -74.05, 0.08, 0.08, 4.5),
]
_UB_TIME = "Date/Time"


def _uber_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3207)
    total = sum(_UB_MONTHS.values())
    bases = list(_UB_BASES)
    frames = []
    for m, k in _UB_MONTHS.items():
        days = pd.date_range(f"2014-{m:02d}-01", pd.Timestamp(f"2014-{m:02d}-01") + pd.offsets.MonthEnd(0))
        w = np.array([_UB_WEEKDAY[d.day_of_week] * (0.55 if f"{d:%m-%d}" == "07-04" else 1.0) for d in days])
        n = round(3000 * k / total)
        rows = []
        for _ in range(n):
            day = days[int(rng.choice(len(days), p=w / w.sum()))]
            hours = np.array(_UB_HOURS)
            if day.day_of_week >= 5:  # weekend nights run late
                hours[:4] *= 2.2
            h = int(rng.choice(24, p=hours / hours.sum()))
            when = day + pd.Timedelta(hours=h, minutes=int(rng.integers(60)))
            lat, lon, s_lat, s_lon, _ = _UB_PLACES[int(_one(rng, range(len(_UB_PLACES)), [p[4] for p in _UB_PLACES]))]
            rows.append(
                {
                    "when": when,
                    _UB_TIME: f"{when.month}/{when.day}/{when.year} {when.hour}:{when.minute:02d}:00",
                    "Lat": round(lat + float(rng.normal(0, s_lat)), 4),
                    "Lon": round(lon + float(rng.normal(0, s_lon)), 4),
                    "Base": str(_one(rng, bases, [v[m - 4] for v in _UB_BASES.values()])),
                }
            )
        month = pd.DataFrame(rows).sort_values(["Base", "when"], kind="stable")
        frames.append(month.drop(columns="when"))
    return pd.concat(frames, ignore_index=True)


def _ub_time(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d[_UB_TIME], format="%m/%d/%Y %H:%M:%S")


def _ub_months(d: pd.DataFrame) -> pd.Series:
    return _ub_time(d).dt.month.value_counts()


def _ub_bases(d: pd.DataFrame) -> pd.Series:
    return d["Base"].value_counts()


def _ub_july_day(d: pd.DataFrame) -> float:
    t = _ub_time(d)
    july = t[t.dt.month == 7]
    return float(july.dt.normalize().value_counts().mean())


_UBER_QS = [
    Q(
        "plot pickups by month - which month had the most, and how many?",
        both(_month_name(lambda d: int(_ub_months(d).index[0])), has(lambda d: float(_ub_months(d).iloc[0]))),
        (_UB_TIME,),
    ),
    Q(
        "which base sent out the most cars, and what share of all pickups is that?",
        both(
            _named(lambda d: str(_ub_bases(d).index[0])),
            _share(lambda d: float(_ub_bases(d).iloc[0] / len(d))),
        ),
        ("Base",),
    ),
    Q(
        "busiest hour of the day for pickups?",
        _hour(lambda d: int(_ub_time(d).dt.hour.value_counts().index[0])),
        (_UB_TIME,),
    ),
    Q(
        "what day of the week is busiest",
        _weekday(lambda d: int(_ub_time(d).dt.day_of_week.value_counts().index[0])),
        (_UB_TIME,),
    ),
    Q(
        "how many pickups on july 4th?",
        has(lambda d: float((_ub_time(d).dt.strftime("%m-%d") == "07-04").sum())),
        (_UB_TIME,),
    ),
    Q(
        "and how many on an average day in july?",
        either(_about(_ub_july_day), _about(lambda d: float((_ub_time(d).dt.month == 7).sum() / 31))),
        (_UB_TIME,),
    ),
]


HELDOUT32: list[Dataset] = [
    Dataset("london_cycle_hire", _cycle_hire_frame, _CYCLE_HIRE_QS),
    Dataset("us_accidents", _us_accidents_frame, _US_ACCIDENTS_QS),
    Dataset("owid_covid_vaccinations", _owid_frame, _OWID_QS),
    Dataset("imdb_top_1000", _imdb_frame, _IMDB_QS),
    Dataset("berkeley_global_temperatures", _berkeley_frame, _BERKELEY_QS),
    Dataset("boston_housing", _boston_frame, _BOSTON_QS),
    Dataset("uber_pickups_2014", _uber_frame, _UBER_QS),
]
