"""HELDOUT72: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public datasets an analyst is likely to bring along: the City of
Chicago's Taxi Trips export (Taxi_Trips.csv, a sample of 5000 trips from 2020, January and February busy, the spring
lockdown nearly empty) with 40-character hex Trip IDs, 128-character hex Taxi IDs, "01/01/2020 12:00:00 AM" start and
end timestamps rounded to the quarter hour, Trip Seconds (a few blank or 0), Trip Miles (some 0.0), census tracts
for about a third of the trips, community areas blank for trips outside the city, Fare, Tips, Tolls, Extras and Trip
Total in dollars (three fares and totals blank), Credit Card / Cash / Mobile / Unknown / Prcard / No Charge / Dispute
payment types, companies such as "Flash Cab" and "Medallion Leasin", centroid latitudes and longitudes with a
"POINT (-87.6333080367 41.899602111)" location and the "Dropoff Centroid  Location" header with its two spaces;
Maven Analytics' Airline Loyalty Program members (Customer Loyalty History.csv, 4000 Canadian members) with
6-digit Loyalty Numbers, province, city and "M2Z 4K1" postal codes, Female / Male, five education levels (Salary
blank for every "College" member, a few negative salaries among the 2018 Promotion enrollees), Married / Single /
Divorced, Star / Nova / Aurora cards, CLV in dollars with cents, "Standard" / "2018 Promotion" enrollment types
(the promotion from February to April 2018), enrollment year and month from 2012 and cancellation year and month
blank for members still active; Kaggle's Top Instagram Influencers file (top_insta_influencers_data.csv, 300
accounts ranked by followers) with channel_info handles, influence_score, and posts, followers, avg_likes,
new_post_avg_like and total_likes written "3.3k", "475.8m", "29.0b", 60_day_eng_rate as "1.39%" (one blank) and a
blank country for about a quarter of the accounts; TidyTuesday's Alone survivalists.csv stretched to 30 seasons (308
people, seasons 4 and 19 played in teams of two with "Baird (brothers)" style team names and day_linked_up) with
"US001" ids, age, gender, city, state and country, result as the place (1 = winner), days_lasted, TRUE / FALSE
medically_evacuated, a free-text reason_tapped_out and a "Medical / health" / "Family / personal" / "Loss of
inventory" reason_category (both blank for winners), profession and url slugs; Kaggle's Significant Earthquakes
1965-2016 (database.csv, 5000 events) with Date as "01/02/1965" except three ISO timestamps
("1975-02-23T02:58:41.000Z", also in Time), Time, Latitude, Longitude, Earthquake / Nuclear Explosion / Explosion /
Rock Burst types, Depth in km, mostly blank Depth Error, Depth Seismic Stations, Magnitude Error, Magnitude Seismic
Stations, Azimuthal Gap, Horizontal Distance and Horizontal Error, Magnitude from 5.5 (two events at 9.1), MW / MWC /
MB / MWB / MWW / MS / ML magnitude types, Root Mean Square, "ISCGEM860706" / "USP0000A09" ids, sources and
Automatic / Reviewed status; Kaggle's Indian Liver Patient Records (indian_liver_patient.csv, 583 rows including 13
exact duplicates) with Age (90 for older patients), Male / Female, bilirubin, enzyme and protein levels under their
original spellings (Alkaline_Phosphotase, Total_Protiens), Albumin_and_Globulin_Ratio with four blanks and Dataset
coded 1 for a liver patient and 2 for not; and FiveThirtyEight's US Weather History for New York (KNYC.csv, July 2014
to June 2015, the very cold February of 2015) with dates written "2014-7-1", actual, average and record daily
temperatures in whole degrees Fahrenheit, the years the records were set (the year itself when a day set one) and
precipitation in inches written "0.00" or "0.0". All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _near, _share, _shares, _split, _text, _year
from .heldout38 import _draw, _month, _table
from .heldout39 import _US, _fields
from .heldout40 import _number, _top_named
from .heldout41 import _deal
from .heldout42 import _ranked, _unique
from .offline_eval import Check, Dataset, Q, both, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _hex(rng: np.random.Generator, k: int) -> str:
    """`k` lower-case hex digits."""
    return "".join("0123456789abcdef"[int(i)] for i in rng.integers(0, 16, k))


def _pick_top(counts: pd.Series, ascending: bool = False) -> str:
    """The label with the highest (or lowest) count, ties broken by label."""
    return str(_ranked(counts, ascending).index[0])


_EXTREME = re.compile(r"\b(?:coldest|warmest|hottest|quietest|slowest|wettest|driest)\b", re.IGNORECASE)


def _pick(check: Check) -> Check:
    """`_lead`, also reading "coldest", "warmest", "quietest" and the like as superlatives: when the answer uses one,
    the pick must be named in its sentence (or what that sentence points at)."""
    lead = _lead(check)

    def inner(answer: str, df: pd.DataFrame) -> str | None:
        spots = [m.start() for m in _EXTREME.finditer(answer)]
        if not spots:
            return lead(answer, df)
        if any(check(text, df) is None for p in spots for text in _near(answer, p)):
            return None
        why = check(answer, df)
        return f"{why} beside its pick" if why else "the pick is not the one named beside a superlative"

    return inner


# --- 1. Chicago taxi trips (City of Chicago "Taxi Trips", Taxi_Trips.csv) -------------------------------------------

_TX_COLUMNS = _split(
    "Trip ID;Taxi ID;Trip Start Timestamp;Trip End Timestamp;Trip Seconds;Trip Miles;Pickup Census Tract;"
    "Dropoff Census Tract;Pickup Community Area;Dropoff Community Area;Fare;Tips;Tolls;Extras;Trip Total;"
    "Payment Type;Company;Pickup Centroid Latitude;Pickup Centroid Longitude;Pickup Centroid Location;"
    "Dropoff Centroid Latitude;Dropoff Centroid Longitude;Dropoff Centroid  Location"
)
# community area|pickup weight|dropoff weight|centroid latitude|centroid longitude|census tracts
_TX_AREAS = _fields(
    "8|34|30|41.899602111|-87.633308037|17031081500,17031081700,17031081403,17031081800;"
    "32|20|22|41.884987192|-87.620992913|17031320100,17031839100,17031320400;"
    "28|9|11|41.874005383|-87.663518294|17031280100,17031833000,17031281900;"
    "76|10|5|41.979070823|-87.903039661|17031980000;"
    "33|4|5|41.857184295|-87.620334624|17031330100;"
    "6|4|6|41.944226601|-87.655998182|17031062200,17031063000;"
    "7|4|5|41.922686284|-87.649488729|17031070400,17031071500;"
    "24|3|4|41.901206994|-87.676355989|17031242000;"
    "56|3|2|41.785998518|-87.750934289|17031980100;"
    "3|1.5|2|41.965812058|-87.655878786|17031030200;"
    "22|1|1.5|41.922082541|-87.713420089|17031221300;"
    "41|1|1|41.794090253|-87.592310855|17031410100;"
    "77|0.8|1|41.986712065|-87.663416405|17031770700;"
    "5|0.5|0.8|41.947791586|-87.683834942|17031050200;"
    "35|0.5|0.6|41.835117986|-87.618677767|17031350100"
)
# the other community areas share what is left
_TX_OTHER = (2.0, 3.0)
_TX_OUTSIDE = (0.05, 0.07)
# trips in each month of 2020 (a fixed share of the sample)
_TX_MONTHS = "1:1020;2:1000;3:560;4:70;5:85;6:130;7:205;8:225;9:240;10:262;11:185;12:160"
_TX_HOURS = [2, 1.5, 1, 0.8, 0.7, 1, 2, 3.5, 4.5, 4.5, 4.5, 5, 5.5, 5.5, 5.5, 6, 6.5, 7, 6.5, 5.5, 4.5, 4, 3.5, 2.5]
_TX_COMPANIES = (
    "Flash Cab:15.5;Taxi Affiliation Services:12.5;Sun Taxi:8.5;City Service:7.6;Chicago Carriage Cab Corp:6.8;"
    "Medallion Leasin:6;Taxicab Insurance Agency Llc:5.4;Star North Management LLC:4.2;"
    "Blue Ribbon Taxi Association Inc.:4;Globe Taxi:3.6;5 Star Taxi:3.1;Top Cab Affiliation:3;"
    "Choice Taxi Association:2.8;Nova Taxi Affiliation Llc:2.6;Chicago Independents:2.4;"
    "Patriot Taxi Dba Peace Taxi Association:2.1;24 Seven Taxi:1.6;Koam Taxi Association:1.5;Setare Inc:1.2;"
    "3556 - 36214 RC Andrews Cab:0.9;6574 - Babylon Express Inc.:0.7;Chicago Medallion Management:0.5"
)
_TX_PAYMENTS = "Credit Card:44;Cash:37;Mobile:8;Unknown:7;Prcard:3.5;No Charge:0.4;Dispute:0.1"
# payment type: chance of a tip
_TX_TIPPED = {"Credit Card": 0.86, "Mobile": 0.72, "Unknown": 0.12, "Prcard": 0.08, "Cash": 0.01}


def _tx_area(rng: np.random.Generator, which: int) -> tuple[int | None, float, float, str]:
    """A community area with its centroid and a census tract, for a pickup (0) or a dropoff (1)."""
    if rng.random() < _TX_OUTSIDE[which]:
        return None, np.nan, np.nan, ""
    weights = [float(a[1 + which]) for a in _TX_AREAS] + [_TX_OTHER[which]]
    k = int(rng.choice(len(weights), p=np.asarray(weights) / sum(weights)))
    if k < len(_TX_AREAS):
        area = _TX_AREAS[k]
        return int(area[0]), float(area[3]), float(area[4]), str(_one(rng, area[5].split(",")))
    known = {int(a[0]) for a in _TX_AREAS}
    number = int(_one(rng, [a for a in range(1, 78) if a not in known]))
    lat = 41.74 + 0.22 * ((number * 37) % 77) / 77
    lon = -87.78 + 0.16 * ((number * 53) % 77) / 77
    return number, round(lat, 9), round(lon, 9), f"170318{number:02d}{int(rng.integers(1, 9))}00"


def _tx_miles(rng: np.random.Generator, start: tuple[float, float], end: tuple[float, float]) -> float:
    if np.isnan(start[0]) or np.isnan(end[0]):
        return float(rng.lognormal(np.log(5.5), 0.6))
    if start == end:
        return float(rng.lognormal(np.log(1.0), 0.55))
    crow = float(np.hypot((start[0] - end[0]) * 69.0, (start[1] - end[1]) * 51.6))
    return crow * float(rng.uniform(1.15, 1.45)) + float(rng.uniform(0.1, 0.5))


def _tx_point(lat: float, lon: float) -> str | None:
    return None if np.isnan(lat) else f"POINT ({lon} {lat})"


def _taxi_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7201)
    n = 5000
    months = [int(m) for m in _deal(rng, _TX_MONTHS, n)]
    companies = _deal(rng, _TX_COMPANIES, n)
    names, weights = _table(_TX_COMPANIES)
    fleets = {c: [_hex(rng, 128) for _ in range(max(2, int(w * 9)))] for c, w in zip(names, weights, strict=True)}
    hours = np.asarray(_TX_HOURS) / sum(_TX_HOURS)
    rows: list[dict[str, Any]] = []
    for month, company in zip(months, companies, strict=True):
        days = pd.Timestamp(2020, month, 1).days_in_month
        start = pd.Timestamp(2020, month, int(rng.integers(1, days + 1)), int(rng.choice(24, p=hours)))
        start += pd.Timedelta(minutes=int(rng.integers(0, 60)))
        pick, pick_lat, pick_lon, pick_tract = _tx_area(rng, 0)
        drop, drop_lat, drop_lon, drop_tract = _tx_area(rng, 1)
        miles = _tx_miles(rng, (pick_lat, pick_lon), (drop_lat, drop_lon))
        speed = float(rng.lognormal(np.log(15.0 if miles < 5 else 24.0), 0.25))
        seconds: float | None = round(miles / speed * 3600 + float(rng.uniform(30, 180)))
        shown = round(miles, 2)
        roll = rng.random()
        if roll < 0.006:
            seconds, shown = 0, 0.0
        elif roll < 0.07:
            shown = 0.0
        fare = 3.25 + 2.25 * miles + 0.07 * float(seconds or 0) / 36
        fare = round(fare * 4) / 4
        payment = _draw(rng, _TX_PAYMENTS)
        tip = 0.0
        if rng.random() < _TX_TIPPED.get(payment, 0.0):
            tip = fare * float(rng.uniform(0.12, 0.26)) if rng.random() < 0.6 else float(round(fare * 0.2 + 0.4))
            tip = round(max(tip, 1.0), 2)
        extras = 0.0
        if pick in (76, 56) and rng.random() < 0.85:
            extras += 4.0
        if payment != "Cash" and rng.random() < 0.12:
            extras += float(_one(rng, [1.0, 1.0, 1.0, 2.0, 1.5]))
        tolls = 0.0 if rng.random() < 0.995 else 2.5
        if rng.random() < 0.003:
            seconds = None
        rows.append(
            {
                "Trip ID": _hex(rng, 40),
                "Taxi ID": str(_one(rng, fleets[company])),
                "_start": start,
                "Trip Start Timestamp": start.floor("15min"),
                "Trip End Timestamp": (start + pd.Timedelta(seconds=float(seconds or 0))).floor("15min"),
                "Trip Seconds": seconds,
                "Trip Miles": shown,
                "Pickup Census Tract": pick_tract if pick_tract and rng.random() < 0.38 else None,
                "Dropoff Census Tract": drop_tract if drop_tract and rng.random() < 0.36 else None,
                "Pickup Community Area": pick,
                "Dropoff Community Area": drop,
                "Fare": fare,
                "Tips": tip,
                "Tolls": tolls,
                "Extras": extras,
                "Trip Total": round(fare + tip + tolls + extras, 2),
                "Payment Type": payment,
                "Company": company,
                "Pickup Centroid Latitude": pick_lat,
                "Pickup Centroid Longitude": pick_lon,
                "Pickup Centroid Location": _tx_point(pick_lat, pick_lon),
                "Dropoff Centroid Latitude": drop_lat,
                "Dropoff Centroid Longitude": drop_lon,
                "Dropoff Centroid  Location": _tx_point(drop_lat, drop_lon),
            }
        )
    frame = pd.DataFrame(rows).sort_values("_start", kind="stable").reset_index(drop=True)
    for column in ("Trip Start Timestamp", "Trip End Timestamp"):
        frame[column] = frame[column].dt.strftime("%m/%d/%Y %I:%M:%S %p")
    for column in ("Trip Seconds", "Pickup Community Area", "Dropoff Community Area"):
        frame[column] = frame[column].astype("Int64")
    for column in ("Pickup Census Tract", "Dropoff Census Tract"):
        frame[column] = pd.to_numeric(frame[column]).astype("Int64")
    for i in rng.choice(n, 3, replace=False):
        frame.loc[int(i), ["Fare", "Trip Total"]] = np.nan
    return frame[_TX_COLUMNS]


def _tx_month(d: pd.DataFrame) -> pd.Series:
    start = pd.to_datetime(_text(d["Trip Start Timestamp"]), format="%m/%d/%Y %I:%M:%S %p")
    return start.dt.to_period("M").astype(str)


def _tx_extreme(busiest: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    return lambda d: pd.Timestamp(_pick_top(_tx_month(d).value_counts(), ascending=not busiest))


def _tx_seconds(with_zero: bool) -> Callable[[pd.DataFrame], float]:
    def mean(d: pd.DataFrame) -> float:
        seconds = _number(d["Trip Seconds"])
        return float((seconds if with_zero else seconds[seconds > 0]).mean())

    return mean


def _tx_card_share(known_only: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        paid = _text(d["Payment Type"])
        paid = paid[paid != "Unknown"] if known_only else paid
        return float((paid == "Credit Card").mean())

    return share


def _tx_tips(d: pd.DataFrame) -> list[float]:
    paid = _text(d["Payment Type"])
    return [float(d.loc[paid == p, "Tips"].mean()) for p in ("Credit Card", "Cash")]


_TX_ID = ("Trip ID", "Taxi ID")
_TX_WHEN = ("Trip Start Timestamp", "Trip End Timestamp")
_TAXI_QS = [
    Q(
        "whats the average fare, and the avg trip time in minutes?",
        both(
            _scaled(lambda d: float(d["Fare"].mean()), ()),
            either(_scaled(_tx_seconds(True), (60,)), _scaled(_tx_seconds(False), (60,))),
        ),
        (*_TX_ID, "Fare", "Trip Seconds", *_TX_WHEN),
    ),
    Q(
        "top 3 taxi companies by number of trips",
        _top_named(lambda d: _ranked(_text(d["Company"]).value_counts()), 3),
        (*_TX_ID, "Company"),
    ),
    Q(
        "what % of trips were paid by credit card?",
        either(_share(_tx_card_share(False)), _share(_tx_card_share(True))),
        (*_TX_ID, "Payment Type"),
    ),
    Q(
        "average tip for credit card vs cash trips",
        _about(_tx_tips),
        (*_TX_ID, "Payment Type", "Tips"),
    ),
    Q(
        "plot the number of trips per month. which month was the busiest?",
        _lead(_month(_tx_extreme(True))),
        (*_TX_ID, *_TX_WHEN),
    ),
    Q(
        "and the quietest month?",
        _pick(_month(_tx_extreme(False))),
        (*_TX_ID, *_TX_WHEN),
    ),
]


# --- 2. Airline loyalty members (Maven Analytics "Airline Loyalty Program", Customer Loyalty History.csv) -----------

_LY_COLUMNS = _split(
    "Loyalty Number;Country;Province;City;Postal Code;Gender;Education;Salary;Marital Status;Loyalty Card;CLV;"
    "Enrollment Type;Enrollment Year;Enrollment Month;Cancellation Year;Cancellation Month"
)
# province: members (%), cities as "city|first letter of its postal codes|weight"
_LY_PROVINCES: dict[str, tuple[float, str]] = {
    "Ontario": (32.3, "Toronto|M|52;Ottawa|K|19;Sudbury|P|9;Thunder Bay|P|10;Kingston|K|10"),
    "British Columbia": (26.3, "Vancouver|V|60;Victoria|V|20;West Vancouver|V|8;Dawson Creek|V|5;Kelowna|V|7"),
    "Quebec": (19.7, "Montreal|H|65;Quebec City|G|20;Hull|J|8;Tremblant|J|7"),
    "Alberta": (5.8, "Calgary|T|52;Edmonton|T|40;Banff|T|8"),
    "Manitoba": (3.9, "Winnipeg|R|100"),
    "New Brunswick": (3.8, "Fredericton|E|52;Moncton|E|48"),
    "Nova Scotia": (3.1, "Halifax|B|100"),
    "Saskatchewan": (2.4, "Regina|S|100"),
    "Newfoundland": (1.5, "St. John's|A|100"),
    "Yukon": (0.7, "Whitehorse|Y|100"),
    "Prince Edward Island": (0.5, "Charlottetown|C|100"),
}
_LY_EDUCATION = "Bachelor:62.6;College:25.3;High School or Below:4.7;Doctor:4.4;Master:3.0"
# education: median salary, spread (log scale)
_LY_SALARY = {"Bachelor": (72_500, 0.27), "High School or Below": (61_000, 0.25)}
_LY_SALARY |= {"Master": (103_000, 0.18), "Doctor": (176_000, 0.22)}
# card: members (%), CLV factor, chance of cancelling
_LY_CARDS = {"Star": (45.6, 1.0, 0.135), "Nova": (33.9, 1.06, 0.118), "Aurora": (20.5, 1.16, 0.094)}
# enrollment year (the 2018 promotion apart): members (%)
_LY_YEARS = "2012:11.2;2013:14.4;2014:14.1;2015:14.6;2016:15.2;2017:15.0;2018:11.6;promo:5.8"
_LY_NEGATIVE = 9


def _ly_postal(rng: np.random.Generator, letter: str) -> str:
    letters = "ABCEGHJKLMNPRSTVWXYZ"
    return (
        f"{letter}{int(rng.integers(0, 10))}{_one(rng, letters)} "
        f"{int(rng.integers(0, 10))}{_one(rng, letters)}{int(rng.integers(0, 10))}"
    )


def _loyalty_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7202)
    n = 4000
    cities: dict[str, list[tuple[str, float, list[str]]]] = {}
    for province, (_w, text) in _LY_PROVINCES.items():
        cities[province] = [
            (city, float(w), [_ly_postal(rng, letter) for _ in range(int(rng.integers(1, 5)))])
            for city, letter, w in _fields(text)
        ]
    provinces = _deal(rng, ";".join(f"{p}:{w}" for p, (w, _t) in _LY_PROVINCES.items()), n)
    years = _deal(rng, _LY_YEARS, n)
    numbers = rng.choice(np.arange(100_018, 999_987), n, replace=False)
    rows: list[dict[str, Any]] = []
    for number, province, year in zip(numbers, provinces, years, strict=True):
        options = cities[province]
        city, _w, codes = options[int(_one(rng, range(len(options)), [c[1] for c in options]))]
        education = _draw(rng, _LY_EDUCATION)
        salary: float | None = None
        if education != "College":
            median, spread = _LY_SALARY[education]
            salary = float(round(np.clip(rng.lognormal(np.log(median), spread), 9_000, 410_000)))
        card = str(_one(rng, list(_LY_CARDS), [c[0] for c in _LY_CARDS.values()]))
        _p, lift, quit_rate = _LY_CARDS[card]
        clv = rng.lognormal(np.log(5_600), 0.62) * lift * ((salary or 80_000) / 80_000) ** 0.3
        promo = year == "promo"
        enrolled = 2018 if promo else int(year)
        month = int(rng.integers(2, 5)) if promo else int(rng.integers(1, 13))
        cancel_year: int | None = None
        cancel_month: int | None = None
        if rng.random() < quit_rate + (0.06 if promo else 0.0):
            cancel_year = int(rng.integers(enrolled, 2019))
            cancel_month = int(rng.integers(month if cancel_year == enrolled else 1, 13))
        rows.append(
            {
                "Loyalty Number": int(number),
                "Country": "Canada",
                "Province": province,
                "City": city,
                "Postal Code": str(_one(rng, codes)),
                "Gender": "Female" if rng.random() < 0.502 else "Male",
                "Education": education,
                "Salary": salary,
                "Marital Status": _draw(rng, "Married:58.1;Single:26.9;Divorced:15.0"),
                "Loyalty Card": card,
                "CLV": round(float(max(clv, 1_898.01)), 2),
                "Enrollment Type": "2018 Promotion" if promo else "Standard",
                "Enrollment Year": enrolled,
                "Enrollment Month": month,
                "Cancellation Year": cancel_year,
                "Cancellation Month": cancel_month,
            }
        )
    frame = pd.DataFrame(rows)
    paid = np.flatnonzero((frame["Enrollment Type"] == "2018 Promotion") & frame["Salary"].notna())
    for i in rng.choice(paid, _LY_NEGATIVE, replace=False):
        frame.loc[int(i), "Salary"] = -frame.loc[int(i), "Salary"]
    for column in ("Salary", "Cancellation Year", "Cancellation Month"):
        frame[column] = frame[column].astype("Int64")
    return frame[_LY_COLUMNS]


def _ly_salaries(keep_negative: bool) -> Callable[[pd.DataFrame], list[float]]:
    def means(d: pd.DataFrame) -> list[float]:
        salary = d["Salary"] if keep_negative else d["Salary"].where(d["Salary"] > 0)
        by = salary.groupby(_text(d["Education"])).mean().dropna()
        return [float(x) for x in by]

    return means


def _ly_quit_rates(d: pd.DataFrame) -> list[float]:
    gone = d["Cancellation Year"].notna().groupby(_text(d["Loyalty Card"])).mean()
    return [float(gone[c]) for c in _LY_CARDS]


def _ly_clv_corr(keep_negative: bool) -> Check:
    def check(answer: str, d: pd.DataFrame) -> str | None:
        kept = d if keep_negative else d[d["Salary"] > 0]
        return _corr(lambda _d: kept["Salary"], lambda _d: kept["CLV"])(answer, d)

    return check


_LY_ID = ("Loyalty Number",)
_LY_ENROLLED = ("Enrollment Year", "Enrollment Month", "Enrollment Type")
_LOYALTY_QS = [
    Q(
        "avg salary by education level?",
        either(_scaled(_ly_salaries(True), (1e3,)), _scaled(_ly_salaries(False), (1e3,))),
        (*_LY_ID, "Education", "Salary"),
    ),
    Q(
        "some salaries are negative?? how many",
        _count(lambda d: float((d["Salary"] < 0).sum())),
        (*_LY_ID, "Salary"),
    ),
    Q(
        "cancellation rate by loyalty card tier",
        _shares(_ly_quit_rates),
        (*_LY_ID, "Loyalty Card", "Cancellation Year", "Cancellation Month"),
    ),
    Q(
        "plot enrollments per year - which year had the most?",
        _lead(_year(lambda d: float(_pick_top(d["Enrollment Year"].value_counts())))),
        (*_LY_ID, *_LY_ENROLLED),
    ),
    Q(
        "how many of those came from the 2018 promotion?",
        _count(lambda d: float((_text(d["Enrollment Type"]) == "2018 Promotion").sum())),
        (*_LY_ID, *_LY_ENROLLED),
    ),
    Q(
        "is CLV correlated with salary",
        either(_ly_clv_corr(True), _ly_clv_corr(False)),
        (*_LY_ID, "CLV", "Salary"),
    ),
]


# --- 3. Top Instagram influencers (Kaggle "Top Instagram Influencers", top_insta_influencers_data.csv) ---------------

_IG_COLUMNS = _split(
    "rank;channel_info;influence_score;posts;followers;avg_likes;60_day_eng_rate;new_post_avg_like;total_likes;country"
)
# channel_info|influence_score|posts|followers|avg_likes|60_day_eng_rate|new_post_avg_like|total_likes|country
_IG_KNOWN = _fields(
    "cristiano|92|3.3k|475.8m|8.7m|1.39%|6.5m|29.0b|Spain;"
    "kyliejenner|91|6.9k|366.2m|8.3m|1.62%|5.9m|57.4b|United States;"
    "leomessi|90|890|357.3m|6.8m|1.24%|4.4m|6.0b|;"
    "selenagomez|93|1.8k|342.7m|6.2m|0.97%|3.3m|11.5b|United States;"
    "therock|91|6.8k|334.1m|1.9m|0.20%|665.3k|12.5b|United States;"
    "kimkardashian|91|5.6k|329.2m|3.5m|0.88%|2.9m|19.9b|United States;"
    "arianagrande|92|5.0k|327.7m|3.7m|1.20%|3.9m|18.4b|United States;"
    "beyonce|92|2.0k|272.8m|3.6m|0.76%|2.0m|7.4b|United States;"
    "khloekardashian|89|4.1k|268.3m|2.4m|0.35%|926.9k|9.8b|United States;"
    "justinbieber|91|7.4k|254.5m|1.9m|0.59%|1.5m|14.5b|Canada;"
    "kendalljenner|90|670|254.0m|3.6m|1.09%|2.7m|2.4b|United States;"
    "natgeo|92|9.1k|237.0m|263.8k|0.05%|111.0k|2.4b|United States;"
    "taylorswift|91|530|222.2m|2.4m|0.87%|1.9m|1.3b|United States;"
    "virat.kohli|81|1.4k|211.8m|3.5m|1.52%|3.2m|5.0b|India;"
    "jlo|89|3.5k|200.8m|1.5m|0.46%|920.9k|5.4b|United States;"
    "nickiminaj|90|6.3k|200.5m|1.3m|0.33%|656.2k|8.4b|Trinidad and Tobago;"
    "nike|85|1.0k|197.7m|242.4k|0.02%|47.5k|244.0m|United States;"
    "mileycyrus|89|1.2k|187.6m|1.2m|0.36%|664.0k|1.4b|United States;"
    "neymarjr|88|5.4k|181.1m|2.0m|0.72%|1.3m|10.9b|Brazil;"
    "katyperry|88|2.0k|172.6m|626.7k|0.20%|337.6k|1.3b|United States"
)
# country of the generated accounts (blank: none given) and its engagement factor
_IG_COUNTRIES = (
    "United States:30;:27;Brazil:7;India:7;Indonesia:4;France:3;United Kingdom:3;Spain:2.5;Canada:1.5;Mexico:1.5;"
    "Netherlands:1;Colombia:1.5;Italy:1;Argentina:1.5;Germany:1;Switzerland:0.5;Puerto Rico:1;Australia:0.5;"
    "Turkey:0.5;Russia:0.5;Uruguay:0.5;Côte d'Ivoire:0.3;United Arab Emirates:0.5;Czech Republic:0.3;Sweden:0.3"
)
_IG_LIFT = {"India": 1.9, "Brazil": 1.3, "Indonesia": 1.5, "Mexico": 1.2, "United States": 0.85}
_IG_FIRST = _split(
    "shawn;camila;zendaya;dua;bad;anitta;priyanka;deepika;shraddha;alia;raffi;ayu;lisa;jennie;rosé;kevin;ellen;"
    "gigi;bella;hailey;lily;emma;chris;tom;david;james;lewis;paulo;marcelo;karim;mo;sergio;luis;antonio;nora;"
    "jacque;maluma;karol;sofia;becky;gal;margot;vin;will;dwayne;zac;dan;cardi;demi;halsey;jason;jay;juan;mario"
)
_IG_LAST = _split(
    "mendes;cabello;lipa;bunny;chopra;padukone;kapoor;bhatt;ahmad;ting;hart;hadid;bieber;collins;watson;hemsworth;"
    "holland;beckham;rodriguez;hamilton;dybala;vieira;benzema;salah;ramos;suarez;fatehi;g;vergara;lopez;diesel;smith;"
    "efron;bilzerian;b;lovato;derulo;sean;balvin;perez;silva;costa;santos;khan;singh;pratama;putri;martin;garcia"
)
_IG_BRANDS = _split(
    "realmadrid;fcbarcelona;nba;championsleague;9gag;victoriassecret;433;marvel;netflix;nasa;psg;manchesterunited;"
    "espn;chanelofficial;louisvuitton;gucci;dior;zara;hm;nikefootball;adidasoriginals;nickelodeon;disney;barked;"
    "worldstar;leagueoflegends;uefa;premierleague;mercedesbenz;bmw"
)


def _ig_text(value: float) -> str:
    """A count as the file writes it: "555", "3.3k", "475.8m", "29.0b"."""
    for cut, tag in ((1e9, "b"), (1e6, "m"), (1e3, "k")):
        if value >= cut * 0.99995:
            return f"{value / cut:.1f}{tag}"
    return str(round(value))


def _ig_value(s: pd.Series) -> pd.Series:
    """The counts of a column written "3.3k" / "475.8m" / "29.0b" / "1.39%" as numbers."""
    text = _text(s).str.lower().str.replace("%", "", regex=False)
    scale = text.str[-1:].map({"k": 1e3, "m": 1e6, "b": 1e9}).astype(float).fillna(1.0)
    return pd.to_numeric(text.str.rstrip("kmb"), errors="coerce") * scale


def _ig_handle(rng: np.random.Generator) -> str:
    first, last = str(_one(rng, _IG_FIRST)), str(_one(rng, _IG_LAST))
    style = int(rng.integers(0, 8))
    forms = [f"{first}{last}", f"{first}.{last}", f"{first}_{last}", f"{first}{last}official", f"real{first}{last}"]
    forms += [f"the{first}{last}", f"{first}", str(_one(rng, _IG_BRANDS))]
    return forms[style]


def _instagram_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7203)
    rows: list[dict[str, Any]] = []
    used: set[str] = set()
    for known in _IG_KNOWN:
        row: dict[str, Any] = dict(zip(_IG_COLUMNS[1:], known, strict=True))
        row["influence_score"] = int(row["influence_score"])
        row["_followers"] = float(_ig_value(pd.Series([row["followers"]])).iloc[0])
        used.add(str(row["channel_info"]))
        rows.append(row)
    extra = 280
    countries = _deal(rng, _IG_COUNTRIES, extra)
    followers = 2_028e6 * np.arange(21, 21 + extra) ** -0.822 * rng.lognormal(0, 0.04, extra)
    followers = np.where(followers > 171e6, 171e6 - rng.uniform(0, 6e6, extra), followers)
    for count, country in zip(followers, countries, strict=True):
        rate = float(rng.lognormal(np.log(0.8), 0.75) * _IG_LIFT.get(country, 1.0) * (count / 50e6) ** -0.15)
        rate = float(np.clip(rate, 0.01, 9.5))
        fresh = count * rate / 100
        average = fresh * float(rng.lognormal(0.15, 0.35))
        posts = float(np.clip(round(rng.lognormal(np.log(1_300), 0.85)), 12, 12_500))
        score = int(np.clip(round(rng.normal(79 + 7 * np.log10(count / 50e6), 6)), 22, 93))
        rows.append(
            {
                "channel_info": _unique(rng, _ig_handle, used),
                "influence_score": score,
                "posts": _ig_text(posts),
                "followers": _ig_text(float(count)),
                "avg_likes": _ig_text(average),
                "60_day_eng_rate": f"{rate:.2f}%",
                "new_post_avg_like": _ig_text(fresh),
                "total_likes": _ig_text(posts * average),
                "country": country or None,
                "_followers": float(count),
            }
        )
    frame = pd.DataFrame(rows).sort_values("_followers", ascending=False, kind="stable").reset_index(drop=True)
    frame["country"] = frame["country"].replace("", None)
    frame.insert(0, "rank", np.arange(1, len(frame) + 1))
    frame.loc[int(rng.integers(60, len(frame))), "60_day_eng_rate"] = None
    return frame[_IG_COLUMNS]


def _ig_scores(column: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: _ranked(pd.Series(_ig_value(d[column]).to_numpy(), index=_text(d["channel_info"])))


def _ig_big(inclusive: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        followers = _ig_value(d["followers"])
        return float((followers >= 100e6).sum() if inclusive else (followers > 100e6).sum())

    return count


def _ig_rate(country: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_ig_value(d["60_day_eng_rate"])[_text(d["country"]) == country].mean() / 100)


_IG_ID = ("rank", "channel_info")
_IG_RATE = ("60_day_eng_rate", "country")
_INSTAGRAM_QS = [
    Q(
        "top 5 influencers by total likes",
        _top_named(_ig_scores("total_likes"), 5),
        (*_IG_ID, "total_likes"),
    ),
    Q(
        "how many accounts have over 100m followers",
        either(_count(_ig_big(False)), _count(_ig_big(True))),
        (*_IG_ID, "followers"),
    ),
    Q(
        "which country has the most influencers in the list?",
        _lead(_named(lambda d: _pick_top(_text(d["country"]).replace("", None).value_counts()), _US)),
        (*_IG_ID, "country"),
    ),
    Q(
        "avg engagement rate for the US accounts?",
        _share(_ig_rate("United States")),
        (*_IG_ID, *_IG_RATE),
    ),
    Q(
        "and for india?",
        _share(_ig_rate("India")),
        (*_IG_ID, *_IG_RATE),
    ),
    Q(
        "is influence score correlated with followers?",
        _corr(lambda d: d["influence_score"], lambda d: _ig_value(d["followers"])),
        (*_IG_ID, "influence_score", "followers"),
    ),
]


# --- 4. Alone survivalists (TidyTuesday 2023-01-24 "Alone", survivalists.csv) ----------------------------------------

_AL_COLUMNS = _split(
    "season;id;name;age;gender;city;state;country;result;days_lasted;medically_evacuated;reason_tapped_out;"
    "reason_category;team;day_linked_up;profession;url"
)
_AL_SEASONS = 30
_AL_TEAM_SEASONS = (4, 19)
# days the winner of each season lasted (seasons 7 and 23 were 100-day challenges)
_AL_WINNERS = [56, 66, 87, 75, 60, 91, 100, 74, 78, 64, 81, 69, 58, 72, 85, 67, 79, 62, 71, 83, 70, 76, 100, 65]
_AL_WINNERS += [88, 73, 61, 80, 68, 74]
_AL_REASONS = {
    "Medical / health": "Starvation;Lost too much weight;Low BMI, lost too much weight;Food poisoning;Broken ankle;"
    "Injured knee;Cut hand with axe;Hypothermia;Frostbite of the toes;Infected tooth;Heart palpitations;"
    "Stomach inflammation;Lower back injury;Dehydration;Giardia infection;Fish hook in hand;Chest pains",
    "Family / personal": "Missed family;Lonely;Felt content with what was done;Fear of bears;Didn't like being alone;"
    "Nothing left to prove;Birth of a child;Family emergency at home;Lost the mind game;Missed spouse;Bear scare",
    "Loss of inventory": "Lost ferro rod;Shelter fire;Bear took food cache;Lost fire starter;Canoe swept away",
}
_AL_CATEGORIES = "Medical / health:50;Family / personal:42;Loss of inventory:8"
_AL_FIRST_M = _split(
    "Alan;Sam;Mitch;Lucas;Dustin;Brant;Wayne;Joe;Chris;Josh;David;Larry;Jose;Justin;Randy;Mike;Desmond;Zachary;Dave;"
    "Greg;Dan;Britt;Jim;Jordan;Nathan;Barry;Brady;Ray;Donny;Tim;Roland;Amos;Mark;Joel;Keith;Correy;Shawn;Clay;Biko;"
    "Colter;Nate;Matt;Jordon;Juan;Teimojin;Adam;Tom;Terry;Benki;Igor;Jacques;Wyatt;Eli;Caleb;Logan;Garrett;Hank"
)
_AL_FIRST_F = _split(
    "Nicole;Tracy;Mary Kate;Carleigh;Megan;Callie;Brooke;Woniya;Nikki;Michelle;Kielyn;Theresa;Rose Anna;Karie Lee;"
    "Jessie;Sarah;Emily;Hannah;Rachel;Amber;Dana;Leah;Tara;Jenna"
)
_AL_LAST = _split(
    "Kay;Larson;Mitchell;Miller;Feher;McGee;Russell;Robinet;Weatherman;Chavez;McIntyre;Roberts;Apelian;Vititoe;"
    "Champagne;Lowe;Wilson;Green;White;Fowler;Fairchild;Hanacek;Nessia;North;Ovens;Wowak;Ahart;Gault;Shields;Jonas;"
    "Thibeault;Donnelly;Karcher;Nicholls;Livingston;Dust;Backus;Welker;Marrone;Rodriguez;Nicholas;Syers;Hawk;Helton;"
    "Hayes;Wright;Barnes;Moore;Weber;Finn;Bell;Madsen;Quinonez;Knoke;Tan;Riley;Krebs;Garstang;Burns;Hill;Turcotte;"
    "Baird;Brockdorff;Whipple;Wilkes;Bosdell;Ribar;Richardson;Harlan;Decker;Lindqvist;Okafor;Sandoval;Pruitt;Yazzie"
)
# state: country, cities, weight
_AL_PLACES = _fields(
    "Alaska|United States|Homer,Fox,Anchorage,Red Devil,Juneau,Wrangell|9;"
    "Maine|United States|Appleton,Skowhegan,Montville,Cherryfield|5;"
    "Colorado|United States|Fort Collins,Monument,Pagosa Springs,Lewis|5;"
    "Utah|United States|Salt Lake City,Boulder|4;"
    "Washington|United States|Lopez Island,Vancouver,Raymond|5;"
    "Idaho|United States|Kendrick,Sandpoint,Bellevue|4;"
    "Montana|United States|Flathead Valley,Missoula,Bozeman|4;"
    "Oregon|United States|Portland,Otis,Sisters|4;"
    "Pennsylvania|United States|Pittsburgh,Mahanoy City,Wellsboro,Langhorne|4;"
    "Tennessee|United States|Henry,Oak Ridge|3;"
    "Texas|United States|San Antonio,Lubbock|3;"
    "California|United States|Grass Valley,Redding|3;"
    "Michigan|United States|Kentwood,East Jordan|3;"
    "Georgia|United States|Blairsville,Augusta|2;"
    "Ohio|United States|Mantua,Jackson|2;"
    "Virginia|United States|Lynchburg,Earlysville|2;"
    "Minnesota|United States|Rush City,Duluth|2;"
    "North Carolina|United States|Albemarle,Asheville|2;"
    "Nebraska|United States|Lincoln,Plattsmouth|1.5;"
    "Wyoming|United States|Laramie,Cody|1.5;"
    "Arkansas|United States|Fayetteville|1;"
    "Maryland|United States|Poolesville|1;"
    "British Columbia|Canada|Port McNeill,Canal Flats,Echo Bay|4;"
    "Ontario|Canada|Toronto,Caledon,Windsor,Espanola|3.5;"
    "Quebec|Canada|Montreal|1;"
    "Manitoba|Canada|Pinawa|1;"
    "Saskatchewan|Canada|Mullingar|0.7;"
    "New Brunswick|Canada|Saint John|0.7;"
    "England|United Kingdom|Exeter|0.4"
)
_AL_JOBS = _split(
    "Corrections Officer;Outdoor Educator;Butcher;Carpenter;Research Assistant;Author;Law Enforcement;Electrician;"
    "Survival Instructor;Wilderness Skills Instructor;Homesteader;Biologist;Hunting Guide;Boat builder;Trapper;"
    "Accountant;Construction;Wilderness Guide;Primitive Skills Instructor;Commercial Fisherman;Blacksmith;"
    "Bushcraft Instructor;Herbalist;Physician;Tool Maker;Professional Bowyer;Former US Army;Drywaller;Fisherman;"
    "Retired Military;Search and Rescue K9 Handler;Wildland Firefighter;Anthropologist;High School Teacher"
)
# team bond: genders of the two members
_AL_BONDS = {"brothers": "MM", "father/son": "MM", "husband/wife": "FM", "cousins": "MM", "sisters": "FF"}
_AL_BOND_WEIGHTS = [3, 2, 2, 1, 0.6]


def _al_slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _al_person(
    rng: np.random.Generator, used: set[str], female: bool, last: str | None = None, home: dict[str, Any] | None = None
) -> dict[str, Any]:
    first_names = _AL_FIRST_F if female else _AL_FIRST_M
    name = _unique(rng, lambda r: f"{_one(r, first_names)} {last or _one(r, _AL_LAST)}", used)
    weights = [float(p[3]) for p in _AL_PLACES]
    state, country, towns, _w = _AL_PLACES[int(_one(rng, range(len(_AL_PLACES)), weights))]
    place = {"city": str(_one(rng, towns.split(","))), "state": state, "country": country}
    return {
        "name": name,
        "age": int(np.clip(round(rng.normal(38, 9)), 19, 61)),
        "gender": "Female" if female else "Male",
        **(home if home is not None and rng.random() < 0.8 else place),
        "profession": str(_one(rng, _AL_JOBS)),
    }


def _al_team(rng: np.random.Generator, used: set[str]) -> tuple[str, list[dict[str, Any]]]:
    bond = str(_one(rng, list(_AL_BONDS), _AL_BOND_WEIGHTS))
    last = str(_one(rng, _AL_LAST))
    first = _al_person(rng, used, _AL_BONDS[bond][0] == "F", last)
    home = {k: first[k] for k in ("city", "state", "country")}
    second = _al_person(rng, used, _AL_BONDS[bond][1] == "F", last, home)
    if bond == "father/son":
        first["age"], second["age"] = max(first["age"], 45), min(second["age"], 27)
    return f"{last} ({bond})", [first, second]


def _alone_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7204)
    units = sum(7 if s in _AL_TEAM_SEASONS else 10 for s in range(1, _AL_SEASONS + 1))
    categories = iter(_deal(rng, _AL_CATEGORIES, units - _AL_SEASONS))
    used: set[str] = set()
    rows: list[dict[str, Any]] = []
    for season in range(1, _AL_SEASONS + 1):
        teams = season in _AL_TEAM_SEASONS
        groups: list[tuple[str | None, list[dict[str, Any]]]] = [
            _al_team(rng, used) if teams else (None, [_al_person(rng, used, rng.random() < 0.22)])
            for _ in range(7 if teams else 10)
        ]
        grit = np.array(
            [
                float(rng.beta(1.4, 1.1))
                + 0.06 * np.mean([p["gender"] == "Female" for p in g])
                + 0.004 * (np.mean([p["age"] for p in g]) - 38)
                for _t, g in groups
            ]
        )
        order = np.argsort(-grit, kind="stable")
        longest = _AL_WINNERS[season - 1]
        shares = np.clip(grit / grit.max(), 0.001, 1) ** 1.7 * rng.uniform(0.75, 1.0, len(grit))
        shares = np.concatenate([[1.0], np.minimum(np.sort(shares[order[1:]])[::-1], 0.985)])
        for place, k in enumerate(order, start=1):
            days = int(longest * shares[place - 1])
            category = "" if place == 1 else next(categories)
            reason = "" if place == 1 else str(_one(rng, _split(_AL_REASONS[category])))
            evacuated = category == "Medical / health" and rng.random() < 0.55
            team, group = groups[int(k)]
            linked = int(rng.integers(6, 12)) if teams else None
            url = _al_slug(group[0]["name"])
            if team is not None:
                firsts = " and ".join(p["name"].rsplit(" ", 1)[0] for p in group)
                url = _al_slug(f"{firsts} {team.split(' (')[0]}")
            for person in group:
                rows.append(
                    person
                    | {
                        "season": season,
                        "result": place,
                        "days_lasted": days,
                        "medically_evacuated": "TRUE" if evacuated else "FALSE",
                        "reason_tapped_out": reason or None,
                        "reason_category": category or None,
                        "team": team,
                        "day_linked_up": linked if linked is not None and linked <= days else None,
                        "url": url,
                    }
                )
    frame = pd.DataFrame(rows).sort_values(["season", "result"], kind="stable").reset_index(drop=True)
    frame["id"] = [f"US{i:03d}" for i in range(1, len(frame) + 1)]
    frame["day_linked_up"] = frame["day_linked_up"].astype("Int64")
    return frame[_AL_COLUMNS]


def _al_evacuated(d: pd.DataFrame) -> pd.Series:
    return _text(d["medically_evacuated"]).str.upper() == "TRUE"


def _al_season_means(d: pd.DataFrame) -> pd.Series:
    return _ranked(d.groupby("season")["days_lasted"].mean())


def _season(value: Callable[[pd.DataFrame], Any]) -> Check:
    """A season by its number: "season 7", "Season #7", "S07"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        s = int(value(df))
        return None if re.search(rf"\b(?:season|s)\s*#?0?{s}\b", answer, re.IGNORECASE) else f"missing season {s}"

    return check


_AL_ID = ("id", "name")
_ALONE_QS = [
    Q(
        "what percentage of survivalists were medically evacuated?",
        either(
            _share(lambda d: float(_al_evacuated(d).mean())),
            _share(lambda d: float(_al_evacuated(d)[d["result"] != 1].mean())),
        ),
        (*_AL_ID, "medically_evacuated", "result"),
    ),
    Q(
        "avg days lasted men vs women",
        _about(lambda d: d.groupby(_text(d["gender"]))["days_lasted"].mean().to_numpy()),
        (*_AL_ID, "gender", "days_lasted"),
    ),
    Q(
        "whats the most common reason category for tapping out",
        _lead(_named(lambda d: _pick_top(_text(d["reason_category"]).replace("", None).value_counts()))),
        (*_AL_ID, "reason_category", "reason_tapped_out"),
    ),
    Q(
        "how many people lasted more than 50 days?",
        either(
            _count(lambda d: float((d["days_lasted"] > 50).sum())),
            _count(lambda d: float((d["days_lasted"] >= 50).sum())),
        ),
        (*_AL_ID, "days_lasted"),
    ),
    Q(
        "does age have anything to do with how long they lasted? correlation?",
        _corr(lambda d: d["age"], lambda d: d["days_lasted"]),
        (*_AL_ID, "age", "days_lasted"),
    ),
    Q(
        "which season had the highest average days lasted?",
        _lead(_season(lambda d: _al_season_means(d).index[0])),
        (*_AL_ID, "season", "days_lasted"),
    ),
]


# --- 5. Significant earthquakes (Kaggle "Significant Earthquakes, 1965-2016", database.csv) --------------------------

_EQ_COLUMNS = _split(
    "Date;Time;Latitude;Longitude;Type;Depth;Depth Error;Depth Seismic Stations;Magnitude;Magnitude Type;"
    "Magnitude Error;Magnitude Seismic Stations;Azimuthal Gap;Horizontal Distance;Horizontal Error;"
    "Root Mean Square;ID;Source;Location Source;Magnitude Source;Status"
)
# zone|latitude|longitude|spread (degrees)|weight|share of intermediate and deep events
_EQ_ZONES = _fields(
    "Japan|38|142|3|12|0.3;Kuril-Kamchatka|48|155|4|6|0.25;Aleutians|52|-175|4|6|0.15;Alaska|60|-150|3|2|0.2;"
    "Sumatra|0|98|4|10|0.2;Java-Banda|-7|120|6|8|0.45;Philippines|10|125|4|7|0.3;PNG-Solomon|-6|152|4|10|0.3;"
    "Vanuatu|-17|168|3|6|0.3;Tonga-Fiji|-19|-176|4|10|0.6;Kermadec|-32|-178|5|4|0.35;Chile|-28|-71|7|7|0.35;"
    "Peru-Ecuador|-10|-77|5|4|0.45;Mexico-Central America|15|-94|4|6|0.25;Caribbean|18|-70|3|1|0.1;"
    "Mid-Atlantic Ridge|10|-40|20|2|0;Iran-Turkey|36|50|6|3|0.05;Himalaya-China|30|95|6|3|0.05;Taiwan|23|121|2|3|0.2;"
    "Greece|37|24|3|1.5|0.1;California|37|-121|3|1|0;East Pacific Rise|-20|-110|10|1.5|0;"
    "Southwest Indian Ridge|-35|55|10|1|0"
)
# the great earthquakes: date, time, latitude, longitude, depth, magnitude, magnitude type
_EQ_GREAT = _fields(
    "1965-02-04|05:01:22|51.251|178.715|30.3|8.7|MW;1977-08-19|06:08:55|-11.085|118.464|25|8.3|MW;"
    "1994-10-04|13:22:58|43.773|147.321|14|8.3|MWC;2001-06-23|20:33:14|-16.265|-73.641|33|8.4|MWC;"
    "2004-12-26|00:58:53|3.295|95.982|30|9.1|MW;2005-03-28|16:09:37|2.085|97.108|30|8.6|MWW;"
    "2006-11-15|11:14:13|46.592|153.266|10|8.3|MWC;2007-09-12|11:10:26|-4.438|101.367|34|8.5|MWC;"
    "2010-02-27|06:34:12|-36.122|-72.898|22.9|8.8|MWW;2011-03-11|05:46:24|38.297|142.373|29|9.1|MWW;"
    "2012-04-11|08:38:37|2.327|93.063|20|8.6|MWW;2013-05-24|05:44:48|54.892|153.221|598.1|8.3|MWW;"
    "2014-04-01|23:46:47|-19.61|-70.769|25|8.2|MWW;2015-09-16|22:54:32|-31.573|-71.674|22.4|8.3|MWW"
)
# nuclear tests big enough to be listed, by year
_EQ_NUCLEAR = (
    "1966:2;1967:2;1968:4;1969:3;1970:4;1971:3;1972:4;1973:4;1974:3;1975:4;1976:3;1977:3;1978:7;1979:4;1980:2;"
    "1981:2;1982:2;1983:2;1984:3;1985:1;1987:2;1988:1;1989:1;1990:1;1995:1;1998:1"
)
# test site: latitude, longitude
_EQ_SITES = {"Nevada": (37.1, -116.05), "Semipalatinsk": (49.9, 78.8), "Novaya Zemlya": (73.4, 54.9)}
_EQ_SITES |= {"Lop Nor": (41.6, 88.8), "Mururoa": (-21.85, -138.9)}
# the aftershock years and other busy ones: extra weight on top of the slow growth
_EQ_BUSY = {1976: 25, 1995: 30, 2004: 70, 2005: 45, 2007: 120, 2010: 80, 2011: 330, 2012: 40}


def _eq_id(rng: np.random.Generator, year: int) -> tuple[str, str, str, str]:
    """ID, Source, Location Source and Magnitude Source as the catalogue gives them for that year."""
    chars = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"
    if year < 1976:
        if rng.random() < 0.9:
            return f"ISCGEM{int(rng.integers(800_000, 900_000))}", "ISCGEM", "ISCGEM", "ISCGEM"
        return f"ISCGEMSUP{int(rng.integers(800_000, 900_000))}", "ISCGEMSUP", "ISCGEM", "ISCGEM"
    code = "".join(str(_one(rng, chars)) for _ in range(4))
    roll = rng.random()
    if roll < 0.03:
        network = str(_one(rng, ["CI", "NC", "AK", "UW", "NN", "PR"]))
        return f"{network}{int(rng.integers(1_000_000, 40_000_000))}", network, network, network
    if year < 2013:
        magnitude = str(_one(rng, ["US", "US", "HRV", "GCMT"] if year > 1990 else ["US", "HRV"]))
        return f"USP000{code}", "US", "US", magnitude
    if year < 2014:
        return f"USB000{code}", "US", "US", str(_one(rng, ["US", "US", "GCMT"]))
    tail = "".join(str(_one(rng, chars)) for _ in range(4))
    return f"US1000{code}{tail}"[:10], "US", "US", "US"


def _eq_type(rng: np.random.Generator, year: int) -> str:
    if year < 1976:
        return str(_one(rng, ["MW", "MS", "MB"], [85, 10, 5]))
    if year < 2009:
        return str(_one(rng, ["MWC", "MB", "MWB", "MS", "MW"], [40, 25, 20, 10, 5]))
    return str(_one(rng, ["MWW", "MWC", "MB", "MWB", "MW", "ML"], [55, 15, 15, 10, 3, 2]))


def _eq_event(rng: np.random.Generator, year: int, kind: str, used: set[str]) -> dict[str, Any]:
    start = pd.Timestamp(year, 1, 1)
    when = start + pd.Timedelta(seconds=int(rng.integers(0, 365 * 86_400)))
    if kind == "Earthquake":
        zones = [float(z[4]) for z in _EQ_ZONES]
        zone = _EQ_ZONES[int(_one(rng, range(len(_EQ_ZONES)), zones))]
        lat = float(np.clip(float(zone[1]) + rng.normal(0, float(zone[3])), -77, 86))
        lon = (float(zone[2]) + rng.normal(0, float(zone[3])) + 180) % 360 - 180
        roll = rng.random()
        if roll < float(zone[5]) * 0.7:
            depth = float(rng.uniform(70, 300))
        elif roll < float(zone[5]):
            depth = float(rng.uniform(300, 660))
        else:
            depth = float(_one(rng, [10.0, 33.0, float(rng.uniform(5, 70))], [15, 10, 75]))
        magnitude = float(min(5.5 + rng.exponential(0.42) + 0.00035 * depth, 8.1))
        magnitude = round(magnitude, 2) if rng.random() < 0.12 else round(magnitude, 1)
        mtype = _eq_type(rng, year)
    else:
        site = _EQ_SITES[str(_one(rng, list(_EQ_SITES), [35, 30, 8, 6, 6]))]
        lat, lon = site[0] + rng.normal(0, 0.05), site[1] + rng.normal(0, 0.05)
        depth = round(float(rng.uniform(0, 1.5)), 1)
        magnitude, mtype = round(5.5 + float(rng.exponential(0.25)), 1), "MB"
    new = year >= 1990
    ident, source, where, magnitude_source = _eq_id(rng, year)
    while ident in used:
        ident, source, where, magnitude_source = _eq_id(rng, year)
    used.add(ident)
    return {
        "_when": when,
        "Latitude": round(lat, 3),
        "Longitude": round(lon, 3),
        "Type": kind,
        "Depth": round(depth, 2),
        "Depth Error": round(float(rng.uniform(1, 15)), 1) if new and rng.random() < 0.45 else None,
        "Depth Seismic Stations": int(rng.integers(10, 900)) if new and rng.random() < 0.3 else None,
        "Magnitude": magnitude,
        "Magnitude Type": mtype,
        "Magnitude Error": round(float(rng.uniform(0, 0.4)), 2) if rng.random() < 0.015 else None,
        "Magnitude Seismic Stations": int(rng.integers(2, 800)) if year > 1995 and rng.random() < 0.15 else None,
        "Azimuthal Gap": round(float(rng.uniform(10, 300)), 1) if new and rng.random() < 0.45 else None,
        "Horizontal Distance": round(float(rng.uniform(0.1, 30)), 3) if year > 2009 and rng.random() < 0.3 else None,
        "Horizontal Error": round(float(rng.uniform(0.1, 15)), 1) if year > 2009 and rng.random() < 0.25 else None,
        "Root Mean Square": round(float(rng.uniform(0.1, 1.8)), 4) if year > 1972 and rng.random() < 0.95 else None,
        "ID": ident,
        "Source": source,
        "Location Source": where,
        "Magnitude Source": magnitude_source,
        "Status": "Automatic" if year < 1976 and rng.random() < 0.75 else "Reviewed",
    }


def _earthquakes_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7205)
    n = 5000
    nuclear = [int(y) for y, k in (x.split(":") for x in _split(_EQ_NUCLEAR)) for _ in range(int(k))]
    others = [(1967, "Explosion"), (1971, "Explosion"), (1989, "Rock Burst")]
    quakes = n - len(nuclear) - len(others) - len(_EQ_GREAT)
    weights = ";".join(f"{y}:{300 + 5 * (y - 1965) + _EQ_BUSY.get(y, 0)}" for y in range(1965, 2017))
    years = [int(y) for y in _deal(rng, weights, quakes)]
    used: set[str] = set()
    rows = [_eq_event(rng, y, "Earthquake", used) for y in years]
    rows += [_eq_event(rng, y, "Nuclear Explosion", used) for y in nuclear]
    rows += [_eq_event(rng, y, kind, used) for y, kind in others]
    for day, clock, lat, lon, depth, magnitude, mtype in _EQ_GREAT:
        year = int(day[:4])
        row = _eq_event(rng, year, "Earthquake", used)
        row |= {"_when": pd.Timestamp(f"{day} {clock}"), "Latitude": float(lat), "Longitude": float(lon)}
        row |= {"Depth": float(depth), "Magnitude": float(magnitude), "Magnitude Type": mtype}
        rows.append(row)
    frame = pd.DataFrame(rows).sort_values("_when", kind="stable").reset_index(drop=True)
    frame["Date"] = frame["_when"].dt.strftime("%m/%d/%Y")
    frame["Time"] = frame["_when"].dt.strftime("%H:%M:%S")
    for column in ("Depth Seismic Stations", "Magnitude Seismic Stations"):
        frame[column] = frame[column].astype("Int64")
    great = set(frame.index[frame["Magnitude"] >= 8.2])
    for year in (1975, 1985, 2011):
        pool = [i for i in frame.index[frame["_when"].dt.year == year] if i not in great]
        i = int(_one(rng, pool))
        stamp = f"{frame.loc[i, '_when']:%Y-%m-%dT%H:%M:%S}.{int(rng.integers(0, 1000)):03d}Z"
        frame.loc[i, ["Date", "Time"]] = [stamp, stamp]
    return frame[_EQ_COLUMNS]


def _eq_days(d: pd.DataFrame) -> pd.Series:
    text = _text(d["Date"])
    iso = text.str.contains("T", regex=False)
    us = pd.to_datetime(text.where(~iso), format="%m/%d/%Y", errors="coerce")
    return us.fillna(pd.to_datetime(text.where(iso).str[:10], format="%Y-%m-%d", errors="coerce"))


def _eq_quakes(d: pd.DataFrame, quakes_only: bool) -> pd.DataFrame:
    return d[_text(d["Type"]) == "Earthquake"] if quakes_only else d


def _eq_top_year(quakes_only: bool, kind: str | None = None) -> Callable[[pd.DataFrame], float]:
    def year(d: pd.DataFrame) -> float:
        kept = d[_text(d["Type"]) == kind] if kind else _eq_quakes(d, quakes_only)
        return float(_pick_top(_eq_days(kept).dt.year.value_counts()))

    return year


def _eq_strong(quakes_only: bool, inclusive: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        magnitude = _eq_quakes(d, quakes_only)["Magnitude"]
        return float((magnitude >= 7).sum() if inclusive else (magnitude > 7).sum())

    return count


def _eq_strongest(answer: str, d: pd.DataFrame) -> str | None:
    """The largest magnitude, and the day of (one of) the events that reached it."""
    top = float(d["Magnitude"].max())
    why = has(top)(answer, d)
    if why:
        return why
    days = [pd.Timestamp(t) for t in _eq_days(d)[d["Magnitude"] == top]]
    if any(_day(_fixed_day(t))(answer, d) is None for t in days):
        return None
    return "missing the day of the strongest"


def _fixed_day(day: pd.Timestamp) -> Callable[[pd.DataFrame], pd.Timestamp]:
    return lambda _d: day


def _eq_depth_corr(quakes_only: bool) -> Check:
    def check(answer: str, d: pd.DataFrame) -> str | None:
        kept = _eq_quakes(d, quakes_only)
        return _corr(lambda _d: kept["Depth"], lambda _d: kept["Magnitude"])(answer, d)

    return check


_EQ_ID = ("ID", "Date", "Time")
_EARTHQUAKES_QS = [
    Q(
        "how many earthquakes were magnitude 7 or higher?",
        either(*(_count(_eq_strong(q, i)) for q in (True, False) for i in (True, False))),
        (*_EQ_ID, "Magnitude", "Type"),
    ),
    Q(
        "plot the number of quakes per year. which year had the most?",
        _lead(either(_year(_eq_top_year(True)), _year(_eq_top_year(False)))),
        (*_EQ_ID, "Type"),
    ),
    Q(
        "what was the strongest one and when did it happen?",
        _eq_strongest,
        (*_EQ_ID, "Magnitude", "Type", "Latitude", "Longitude"),
    ),
    Q(
        "what % of the events are nuclear explosions?",
        _share(lambda d: float((_text(d["Type"]) == "Nuclear Explosion").mean())),
        (*_EQ_ID, "Type"),
    ),
    Q(
        "and which year had the most of those?",
        _lead(_year(_eq_top_year(False, "Nuclear Explosion"))),
        (*_EQ_ID, "Type"),
    ),
    Q(
        "is depth correlated with magnitude",
        either(_eq_depth_corr(True), _eq_depth_corr(False)),
        (*_EQ_ID, "Depth", "Magnitude", "Type"),
    ),
]


# --- 6. Indian liver patients (Kaggle "Indian Liver Patient Records", indian_liver_patient.csv) ----------------------

_LV_COLUMNS = _split(
    "Age;Gender;Total_Bilirubin;Direct_Bilirubin;Alkaline_Phosphotase;Alamine_Aminotransferase;"
    "Aspartate_Aminotransferase;Total_Protiens;Albumin;Albumin_and_Globulin_Ratio;Dataset"
)
_LV_RATIO = "Albumin_and_Globulin_Ratio"
_LV_RATIO_NAMES = {
    _LV_RATIO: ("Albumin and Globulin Ratio", "A/G ratio", "albumin/globulin ratio", "albumin to globulin ratio")
}
# 1 = liver patient: median and spread (log scale) of total bilirubin, alkaline phosphotase, ALT and AST
_LV_LEVELS = {1: ((1.3, 0.95), (235, 0.45), (42, 0.8), (55, 0.9)), 2: ((0.8, 0.35), (190, 0.3), (25, 0.45), (28, 0.45))}
_LV_CAPS = ((0.4, 75.0), (63, 2110), (10, 2000), (10, 4929))


def _liver_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7206)
    rows: list[dict[str, Any]] = []
    for label in (int(x) for x in _deal(rng, "1:407;2:163", 570)):
        levels = [
            float(np.clip(rng.lognormal(np.log(m), s), lo, hi))
            for (m, s), (lo, hi) in zip(_LV_LEVELS[label], _LV_CAPS, strict=True)
        ]
        protein = round(float(np.clip(rng.normal(6.45 if label == 1 else 6.55, 1.08), 2.7, 9.6)), 1)
        albumin = 0.47 * protein + float(rng.normal(0, 0.45)) - (0.15 if label == 1 else 0.0)
        albumin = round(float(np.clip(albumin, 0.9, min(5.5, protein - 0.4))), 1)
        bilirubin = round(levels[0], 1)
        rows.append(
            {
                "Age": int(np.clip(round(rng.normal(46 if label == 1 else 41, 16)), 4, 90)),
                "Gender": "Male" if rng.random() < (0.78 if label == 1 else 0.7) else "Female",
                "Total_Bilirubin": bilirubin,
                "Direct_Bilirubin": max(0.1, round(bilirubin * float(rng.uniform(0.2, 0.55)), 1)),
                "Alkaline_Phosphotase": round(levels[1]),
                "Alamine_Aminotransferase": round(levels[2]),
                "Aspartate_Aminotransferase": round(levels[3]),
                "Total_Protiens": protein,
                "Albumin": albumin,
                _LV_RATIO: round(float(np.clip(albumin / (protein - albumin), 0.3, 2.8)), 2),
                "Dataset": label,
            }
        )
    frame = pd.DataFrame(rows)
    frame.loc[rng.choice(len(frame), 4, replace=False), _LV_RATIO] = np.nan
    twins = set(int(i) for i in rng.choice(np.flatnonzero(frame[_LV_RATIO].notna()), 13, replace=False))
    order = [i for k in range(len(frame)) for i in ([k, k] if k in twins else [k])]
    return frame.iloc[order].reset_index(drop=True)[_LV_COLUMNS]


def _lv(d: pd.DataFrame, unique: bool) -> pd.DataFrame:
    return d.drop_duplicates() if unique else d


def _lv_counts(unique: bool) -> Callable[[pd.DataFrame], list[float]]:
    return lambda d: [float(x) for x in _lv(d, unique)["Dataset"].value_counts().sort_index()]


def _lv_rates(unique: bool) -> Callable[[pd.DataFrame], list[float]]:
    def rates(d: pd.DataFrame) -> list[float]:
        kept = _lv(d, unique)
        sick = (kept["Dataset"] == 1).groupby(_text(kept["Gender"])).mean()
        return [float(sick["Male"]), float(sick["Female"])]

    return rates


def _lv_medians(unique: bool) -> Callable[[pd.DataFrame], list[float]]:
    def medians(d: pd.DataFrame) -> list[float]:
        kept = _lv(d, unique)
        return [float(x) for x in kept.groupby("Dataset")["Total_Bilirubin"].median().sort_index()]

    return medians


def _lv_protein_corr(unique: bool) -> Check:
    def check(answer: str, d: pd.DataFrame) -> str | None:
        kept = _lv(d, unique)
        return _corr(lambda _d: kept["Albumin"], lambda _d: kept["Total_Protiens"])(answer, d)

    return check


def _lv_older(unique: bool, inclusive: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        kept = _lv(d, unique)
        age = kept.loc[kept["Dataset"] == 1, "Age"]
        return float((age >= 60).sum() if inclusive else (age > 60).sum())

    return count


_LV_ID = ("Dataset",)
_LIVER_QS = [
    Q(
        "the Dataset column is 1 for liver patients and 2 for non patients - how many of each?",
        either(_count(_lv_counts(False)), _count(_lv_counts(True))),
        (*_LV_ID,),
    ),
    Q(
        "what % of men vs women are liver patients?",
        either(_shares(_lv_rates(False)), _shares(_lv_rates(True))),
        (*_LV_ID, "Gender"),
    ),
    Q(
        "median total bilirubin for patients vs non-patients",
        either(has(_lv_medians(False)), has(_lv_medians(True))),
        (*_LV_ID, "Total_Bilirubin"),
    ),
    Q(
        "are there any missing values?",
        both(_named(lambda _d: _LV_RATIO, _LV_RATIO_NAMES), _count(lambda d: float(d[_LV_RATIO].isna().sum()))),
        (*_LV_ID, _LV_RATIO),
    ),
    Q(
        "correlation between albumin and total protiens",
        either(_lv_protein_corr(False), _lv_protein_corr(True)),
        (*_LV_ID, "Albumin", "Total_Protiens"),
    ),
    Q(
        "how many of the liver patients are over 60?",
        either(*(_count(_lv_older(u, i)) for u in (False, True) for i in (False, True))),
        (*_LV_ID, "Age"),
    ),
]


# --- 7. New York weather (FiveThirtyEight "us-weather-history", KNYC.csv) --------------------------------------------

_NY_COLUMNS = _split(
    "date;actual_mean_temp;actual_min_temp;actual_max_temp;average_min_temp;average_max_temp;record_min_temp;"
    "record_max_temp;record_min_temp_year;record_max_temp_year;actual_precipitation;average_precipitation;"
    "record_precipitation"
)
# how far each month ran from normal (degrees Fahrenheit), July 2014 to June 2015
_NY_OFFSETS = [-0.5, -1.5, 1.5, 2.5, -3.0, 2.5, -4.0, -11.5, -6.0, 0.5, 4.0, 0.5]


def _ny_inches(value: float, rng: np.random.Generator) -> str:
    return "0.0" if value == 0 and rng.random() < 0.1 else f"{value:.2f}"


def _weather_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7207)
    days = pd.date_range("2014-07-01", "2015-06-30", freq="D")
    n = len(days)
    season = 2 * np.pi * (days.dayofyear.to_numpy() - 203) / 365.25
    normal_max = np.round(62.5 + 22.5 * np.cos(season)).astype(int)
    normal_min = np.round(48.0 + 21.0 * np.cos(season - 0.05)).astype(int)
    step = np.array([_NY_OFFSETS[(d.month - 7) % 12] for d in days])
    drift = np.zeros(n)
    for i in range(1, n):
        drift[i] = 0.65 * drift[i - 1] + rng.normal(0, 5.5 if days[i].month in (12, 1, 2, 3) else 4.2)
    high = np.round(normal_max + step + drift + rng.normal(0, 2.0, n)).astype(int)
    low = np.round(normal_min + step + drift + rng.normal(0, 2.0, n)).astype(int)
    low = np.minimum(low, high - 2)
    wet = np.zeros(n, dtype=bool)
    for i in range(n):
        wet[i] = rng.random() < (0.45 if i and wet[i - 1] else 0.27)
    rain = np.where(wet, np.maximum(0.01, np.round(rng.gamma(0.65, 0.55, n), 2)), 0.0)
    record_high = normal_max + rng.integers(8, 22, n)
    record_low = normal_min - rng.integers(14, 32, n)
    set_high, set_low = high >= record_high, low <= record_low
    year = days.year.to_numpy()
    frame = pd.DataFrame(
        {
            "date": [f"{d.year}-{d.month}-{d.day}" for d in days],
            "actual_mean_temp": np.floor((high + low) / 2 + 0.5).astype(int),
            "actual_min_temp": low,
            "actual_max_temp": high,
            "average_min_temp": normal_min,
            "average_max_temp": normal_max,
            "record_min_temp": np.where(set_low, low, record_low),
            "record_max_temp": np.where(set_high, high, record_high),
            "record_min_temp_year": np.where(set_low, year, rng.integers(1869, 2014, n)),
            "record_max_temp_year": np.where(set_high, year, rng.integers(1869, 2014, n)),
            "actual_precipitation": [_ny_inches(float(x), rng) for x in rain],
            "average_precipitation": [f"{0.13 + 0.02 * np.cos(s - 0.6) + rng.normal(0, 0.007):.2f}" for s in season],
            "record_precipitation": [f"{x:.2f}" for x in np.maximum(rain, 0.8 + rng.gamma(2.2, 0.7, n))],
        }
    )
    return frame[_NY_COLUMNS]


def _ny_month(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["date"]), format="%Y-%m-%d").dt.to_period("M").astype(str)


def _ny_extreme(column: str, warm: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    return lambda d: pd.Timestamp(_pick_top(d.groupby(_ny_month(d))[column].mean(), ascending=not warm))


def _ny_above(inclusive: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        high, normal = d["actual_max_temp"], d["average_max_temp"]
        return float((high >= normal).mean() if inclusive else (high > normal).mean())

    return share


def _ny_records(d: pd.DataFrame) -> float:
    return float((d["actual_max_temp"] >= d["record_max_temp"]).sum())


def _ny_record_years(d: pd.DataFrame) -> float:
    year = pd.to_datetime(_text(d["date"]), format="%Y-%m-%d").dt.year
    return float((d["record_max_temp_year"] == year).sum())


_NY_ID = ("date",)
_NY_TEMPS = ("actual_mean_temp", "actual_min_temp", "actual_max_temp")
_NY_RAIN = ("actual_precipitation", "average_precipitation")
_WEATHER_QS = [
    Q(
        "plot the average temperature by month - which month was the coldest?",
        _pick(either(*(_month(_ny_extreme(c, False)) for c in _NY_TEMPS))),
        (*_NY_ID, *_NY_TEMPS),
    ),
    Q(
        "and the warmest?",
        _pick(either(*(_month(_ny_extreme(c, True)) for c in _NY_TEMPS))),
        (*_NY_ID, *_NY_TEMPS),
    ),
    Q(
        "how many days had any precipitation?",
        _count(lambda d: float((d["actual_precipitation"] > 0).sum())),
        (*_NY_ID, "actual_precipitation"),
    ),
    Q(
        "total precipitation over the whole period, compared with the normal amount",
        _scaled(lambda d: [float(d[c].sum()) for c in _NY_RAIN], ()),
        (*_NY_ID, *_NY_RAIN),
    ),
    Q(
        "what % of days had a max temp above the average max temp?",
        either(_share(_ny_above(False)), _share(_ny_above(True))),
        (*_NY_ID, "actual_max_temp", "average_max_temp"),
    ),
    Q(
        "how many days set a new record high?",
        either(_count(_ny_records), _count(_ny_record_years)),
        (*_NY_ID, "actual_max_temp", "record_max_temp", "record_max_temp_year"),
    ),
]


HELDOUT72: list[Dataset] = [
    Dataset("chicago_taxi_trips", _taxi_frame, _TAXI_QS),
    Dataset("airline_loyalty_members", _loyalty_frame, _LOYALTY_QS),
    Dataset("top_instagram_influencers", _instagram_frame, _INSTAGRAM_QS),
    Dataset("alone_survivalists", _alone_frame, _ALONE_QS),
    Dataset("significant_earthquakes", _earthquakes_frame, _EARTHQUAKES_QS),
    Dataset("indian_liver_patients", _liver_frame, _LIVER_QS),
    Dataset("nyc_weather_2014_15", _weather_frame, _WEATHER_QS),
]
