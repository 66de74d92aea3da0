r"""HELDOUT30: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of well-known public datasets: The Washington Post's
fatal-police-shootings-data.csv for 2015-2022 with its one-letter race codes (W, B, H, A, N, O), True/False flags,
blank names, ages, races and flee values; Kaggle's Starbucks nutrition file starbucks_drinkMenu_expanded.csv with its
stray spaces in headers (" Sugars (g)", "Trans Fat (g) "), sizes and milks sharing one Beverage_prep column, "Varies"
caffeine, "%" daily values and a "3 2" total fat; the UCI Student Alcohol Consumption student-por.csv with its GP/MS
schools, 0-4 parental education codes, 1-5 Dalc (weekday) and Walc (weekend) alcohol scales and G1-G3 grades out of
20; the US Census Bureau's county estimates co-est2019-alldata.csv for fifteen states, with each state's own row
(SUMLEV 040, COUNTY 000) above its county rows (050), zero-padded FIPS codes and yearly estimates, births, deaths and
net migration; Ergast's Formula 1 results.csv (Kaggle's Formula 1 World Championship) for 2019-2023 joined to its
races, drivers, constructors and status tables, with \N for nulls, R/D position texts, accented surnames and
fastest-lap speeds as text; Kaggle's Medium articles medium_data.csv for 2019 with its seven publications, claps,
"Read" among the responses and blank subtitles; Kaggle's LinkedIn job postings postings.csv with epoch-millisecond
times, HOURLY/YEARLY/MONTHLY pay periods, remote_allowed as 1 or blank and blank applies for off-site applications.
All are generated with a fixed seed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from .offline_eval import DAY_WORDS as _DAY_WORDS
from .offline_eval import NUMBER_TOKEN as _TOKEN
from .offline_eval import Check, Dataset, Q, asks, both, either, has
from .offline_eval import corr_of as _corr
from .offline_eval import numbers_found as _found
from .offline_eval import pick_one as _one
from .offline_eval import rounded_share as _share

# --- shared helpers ------------------------------------------------------------------------------------------------

_NULL = "\\N"


def _about(values: Callable[[pd.DataFrame], Any]) -> Check:
    """Every value appears to within 1%, or rounded to one decimal (a median age of 34.5 read as 34.5 or 35)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        found = _found(answer)
        for w in np.atleast_1d(values(df)):
            want = float(w)
            if not any(abs(f - want) <= max(0.01 * abs(want), 0.05) for f in found):
                return f"missing number {want:.4g}"
        return None

    return check


def _scaled(values: Callable[[pd.DataFrame], Any], scales: Sequence[float], rel: float = 0.006) -> Check:
    """Every amount appears in full or in a larger unit ("$68.4k", "12.3 million"), to within `rel` or the rounding
    of the figure as written (never looser than 2%)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        tokens = [t.replace(",", "") for t in _TOKEN.findall(answer)]
        for w in np.atleast_1d(values(df)):
            want = float(w)
            ok = False
            for t in tokens:
                f = float(t)
                places = len(t.split(".")[1]) if "." in t else 0
                for scale in (1.0, *scales):
                    tol = max(rel * abs(want), min(0.5 * 10.0**-places * scale, 0.02 * abs(want)))
                    if abs(f * scale - want) <= tol:
                        ok = True
            if not ok:
                return f"missing amount {want:.6g}"
        return None

    return check


def _plain(text: str) -> str:
    """Lower case, without accents or trademark signs ("Frappuccino® Blended Crème" -> "frappuccino blended creme")."""
    text = unicodedata.normalize("NFKD", text.replace("®", " ").replace("™", " "))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text).strip().lower()


def _named(value: Callable[[pd.DataFrame], str]) -> Check:
    """The label computed from the frame appears, ignoring case, accents and trademark signs."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = str(value(df))
        return None if _plain(want) in _plain(answer) else f"missing label {want!r}"

    return check


def _all_named(values: Callable[[pd.DataFrame], list[str]]) -> Check:
    """Every label computed from the frame appears, ignoring case, accents and trademark signs."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        for want in values(df):
            if _plain(str(want)) not in _plain(answer):
                return f"missing label {want!r}"
        return None

    return check


def _split(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


def _exact_counts(rng: np.random.Generator, counts: dict[str, int]) -> list[str]:
    """Labels repeated to their exact counts, shuffled."""
    out = [label for label, k in counts.items() for _ in range(k)]
    return [out[i] for i in rng.permutation(len(out))]


def _month_word(month: int) -> str:
    stamp = pd.Timestamp(2000, month, 1)
    return rf"\b(?:{stamp:%B}|{stamp:%b})\b"


def _month_name(month: Callable[[pd.DataFrame], int]) -> Check:
    """A calendar month, as "December", "Dec" or "2019-12"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        m = int(month(df))
        if re.search(_month_word(m), answer, re.IGNORECASE) or re.search(rf"\b\d{{4}}-{m:02d}\b", answer):
            return None
        return f"missing month {m}"

    return check


def _year_word(year: Callable[[pd.DataFrame], int]) -> Check:
    """A year as a word of its own ("2020", not "2020.5")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        y = int(year(df))
        return None if re.search(rf"(?<![\d.]){y}(?![\d])", answer) else f"missing year {y}"

    return check


def _weekday(day: Callable[[pd.DataFrame], int]) -> Check:
    """A day of the week (0 = Monday), in full or abbreviated."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        d = int(day(df))
        return None if re.search(rf"\b(?:{_DAY_WORDS[d]})\b\.?", answer, re.IGNORECASE) else f"missing weekday {d}"

    return check


def _num(col: pd.Series) -> pd.Series:
    """A column as numbers, with text such as "Varies", "Read" or \\N as missing."""
    return pd.to_numeric(col, errors="coerce")


def _flag(col: pd.Series) -> pd.Series:
    """A True/False column, whether read as booleans or as text."""
    return col.astype(str).str.strip().str.lower().isin(["true", "1", "1.0", "yes"])


# --- 1. Washington Post fatal police shootings (fatal-police-shootings-data.csv) -----------------------------------

_WP_CITIES = {  # state: (weight, "city:lat:lon;...")
    "CA": (
        14.0,
        "Los Angeles:34.05:-118.24;San Diego:32.72:-117.16;Bakersfield:35.37:-119.02;Fresno:36.74:-119.79;"
        "Sacramento:38.58:-121.49;San Bernardino:34.11:-117.29;Stockton:37.96:-121.29",
    ),
    "TX": (
        9.0,
        "Houston:29.76:-95.37;San Antonio:29.42:-98.49;Dallas:32.78:-96.80;Austin:30.27:-97.74;"
        "El Paso:31.76:-106.49;Fort Worth:32.76:-97.33",
    ),
    "FL": (6.5, "Jacksonville:30.33:-81.66;Miami:25.76:-80.19;Tampa:27.95:-82.46;Orlando:28.54:-81.38"),
    "AZ": (4.5, "Phoenix:33.45:-112.07;Tucson:32.22:-110.97;Mesa:33.42:-111.83"),
    "CO": (3.5, "Denver:39.74:-104.99;Colorado Springs:38.83:-104.82;Aurora:39.73:-104.83"),
    "GA": (3.5, "Atlanta:33.75:-84.39;Savannah:32.08:-81.09;Macon:32.84:-83.63"),
    "OK": (3.0, "Oklahoma City:35.47:-97.52;Tulsa:36.15:-95.99"),
    "WA": (3.0, "Seattle:47.61:-122.33;Spokane:47.66:-117.43;Tacoma:47.25:-122.44"),
    "OH": (2.8, "Columbus:39.96:-83.00;Cleveland:41.50:-81.69;Cincinnati:39.10:-84.51"),
    "NC": (2.7, "Charlotte:35.23:-80.84;Raleigh:35.78:-78.64"),
    "TN": (2.7, "Memphis:35.15:-90.05;Nashville:36.16:-86.78;Knoxville:35.96:-83.92"),
    "MO": (2.5, "St. Louis:38.63:-90.20;Kansas City:39.10:-94.58;Springfield:37.21:-93.29"),
    "LA": (2.2, "New Orleans:29.95:-90.07;Baton Rouge:30.45:-91.19;Shreveport:32.53:-93.75"),
    "NM": (2.0, "Albuquerque:35.08:-106.65;Las Cruces:32.32:-106.76"),
    "PA": (2.0, "Philadelphia:39.95:-75.17;Pittsburgh:40.44:-80.00"),
    "IL": (2.0, "Chicago:41.88:-87.63;Rockford:42.27:-89.09"),
    "AL": (2.0, "Birmingham:33.52:-86.80;Mobile:30.69:-88.04;Montgomery:32.37:-86.30"),
    "NY": (2.0, "New York:40.71:-74.01;Buffalo:42.89:-78.88;Rochester:43.16:-77.61"),
    "KY": (1.8, "Louisville:38.25:-85.76;Lexington:38.04:-84.50"),
    "IN": (1.8, "Indianapolis:39.77:-86.16;Fort Wayne:41.08:-85.14"),
    "NV": (1.8, "Las Vegas:36.17:-115.14;Reno:39.53:-119.81"),
    "SC": (1.8, "Columbia:34.00:-81.03;Charleston:32.78:-79.93"),
    "VA": (1.7, "Richmond:37.54:-77.44;Virginia Beach:36.85:-75.98"),
    "OR": (1.6, "Portland:45.52:-122.68;Salem:44.94:-123.04"),
    "MI": (1.6, "Detroit:42.33:-83.05;Grand Rapids:42.96:-85.67"),
    "AR": (1.5, "Little Rock:34.75:-92.29"),
    "MS": (1.3, "Jackson:32.30:-90.18"),
    "WI": (1.3, "Milwaukee:43.04:-87.91"),
    "UT": (1.2, "Salt Lake City:40.76:-111.89"),
    "MD": (1.2, "Baltimore:39.29:-76.61"),
    "NJ": (1.2, "Newark:40.74:-74.17"),
    "KS": (1.2, "Wichita:37.69:-97.34"),
    "MN": (1.1, "Minneapolis:44.98:-93.27"),
}
_WP_ARMED = {
    "gun": 57.0,
    "knife": 14.5,
    "unarmed": 6.2,
    "vehicle": 3.8,
    "toy weapon": 3.4,
    "undetermined": 3.9,
    "unknown weapon": 1.3,
    "machete": 1.4,
    "Taser": 0.6,
    "baseball bat": 0.5,
    "hammer": 0.5,
    "ax": 0.4,
    "sword": 0.4,
    "screwdriver": 0.4,
    "metal pipe": 0.4,
    "gun and knife": 0.5,
    "gun and vehicle": 0.4,
    "box cutter": 0.3,
    "BB gun": 0.3,
    "shovel": 0.2,
    "crossbow": 0.1,
}
_WP_RACES = {"W": 45.0, "B": 23.5, "H": 16.5, "A": 1.7, "N": 1.4, "O": 0.7, "": 11.0}
_WP_AGE = {"W": (40.0, 13.0), "B": (32.0, 11.0), "H": (35.5, 11.0), "A": (35.0, 12.0), "N": (32.0, 10.0)}
_WP_YEARS = {2015: 0.99, 2016: 0.96, 2017: 0.98, 2018: 0.99, 2019: 1.0, 2020: 1.02, 2021: 1.05, 2022: 1.12}
_WP_FIRST = _split(
    "James Michael Robert John David William Richard Joseph Thomas Christopher Charles Daniel Matthew Anthony Mark "
    "Jose Juan Luis Carlos Jesus Miguel Antonio Tyrone Darnell Andre Jamal Marcus Terrance Kevin Brian Jason Ryan "
    "Eric Jeffrey Timothy Steven Paul Shawn Dustin Cody Travis Derek Sean Maria Ashley Jessica Amanda Brandy"
)
_WP_LAST = _split(
    "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson "
    "Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson "
    "Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell"
)


def _police_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3001)
    n = 2400
    days = pd.date_range("2015-01-01", "2022-12-31")
    dw = np.array([_WP_YEARS[d.year] for d in days]) * rng.lognormal(0, 0.25, size=len(days))
    picked = np.sort(rng.choice(len(days), size=n, p=dw / dw.sum()))
    states = list(_WP_CITIES)
    races = list(_WP_RACES)
    rows = []
    uid = 2
    for i in picked:
        day = pd.Timestamp(days[int(i)])
        uid += int(rng.integers(1, 4))
        state = str(_one(rng, states, [v[0] for v in _WP_CITIES.values()]))
        city, lat, lon = str(_one(rng, _split(_WP_CITIES[state][1], ";"))).split(":")
        race = str(_one(rng, races, list(_WP_RACES.values())))
        mu, sd = _WP_AGE.get(race, (36.0, 13.0))
        shape = ((mu - 14.0) / sd) ** 2
        age: float | None = float(np.clip(round(14.0 + rng.gamma(shape, (mu - 14.0) / shape)), 13, 88))
        if rng.random() < 0.04:
            age = None
        armed: str | None = str(_one(rng, list(_WP_ARMED), list(_WP_ARMED.values())))
        if rng.random() < 0.03:
            armed = None
        year_step = day.year - 2015
        camera = rng.random() < 0.05 + 0.02 * year_step + (0.07 if armed == "unarmed" else 0.0)
        mental = rng.random() < (0.28 if race == "W" else 0.16)
        flee = _one(rng, ["Not fleeing", "Car", "Foot", "Other", None], [62, 16, 13, 4, 5])
        geocoded = rng.random() > (0.06 if day.year < 2017 else 0.01)
        gender = _one(rng, ["M", "F", None], [955, 44, 1])
        name = None if rng.random() < 0.05 else f"{_one(rng, _WP_FIRST)} {_one(rng, _WP_LAST)}"
        rows.append(
            {
                "id": uid,
                "name": name,
                "date": f"{day:%Y-%m-%d}",
                "manner_of_death": "shot and Tasered" if rng.random() < 0.05 else "shot",
                "armed": armed,
                "age": age,
                "gender": gender,
                "race": race or None,
                "city": city,
                "state": state,
                "signs_of_mental_illness": bool(mental),
                "threat_level": _one(rng, ["attack", "other", "undetermined"], [64, 31, 5]),
                "flee": flee,
                "body_camera": bool(camera),
                "longitude": round(float(lon) + float(rng.normal(0, 0.08)), 3) if geocoded else None,
                "latitude": round(float(lat) + float(rng.normal(0, 0.06)), 3) if geocoded else None,
                "is_geocoding_exact": bool(rng.random() < 0.97),
            }
        )
    return pd.DataFrame(rows)


def _race_share(code: str, known_only: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        race = d["race"].dropna() if known_only else d["race"]
        return float((race == code).mean())

    return value


def _wp_years(d: pd.DataFrame) -> pd.Series:
    return d["date"].astype(str).str[:4].astype(int).value_counts()


_POLICE_QS = [
    Q(
        "what % of the people shot were black?",
        either(_share(_race_share("B", False)), _share(_race_share("B", True))),
        ("race", "id"),
    ),
    Q(
        "and hispanic?",
        either(_share(_race_share("H", False)), _share(_race_share("H", True))),
        ("race", "id"),
    ),
    Q(
        "median age for white vs black victims",
        _about(lambda d: np.asarray(d["age"].groupby(d["race"]).median().reindex(["W", "B"]), dtype=float)),
        ("age", "race"),
    ),
    Q(
        "plot the number of shootings per year - which year had the most, and how many?",
        both(_year_word(lambda d: int(_wp_years(d).index[0])), has(lambda d: float(_wp_years(d).iloc[0]))),
        ("date", "id"),
    ),
    Q(
        "how many records are missing the race",
        has(lambda d: float(d["race"].isna().sum())),
        ("race",),
    ),
    Q(
        "of the people who were unarmed, what % had a body cam on?",
        _share(lambda d: float(_flag(d["body_camera"])[d["armed"] == "unarmed"].mean())),
        ("armed", "body_camera"),
    ),
]


# --- 2. Starbucks drinks nutrition (Kaggle, starbucks_drinkMenu_expanded.csv) --------------------------------------

_SB_PREPS = {  # kind: [(prep as written, size factor, milk)]
    "sizes": [("Short", 0.53, ""), ("Tall", 0.79, ""), ("Grande", 1.0, ""), ("Venti", 1.24, "")],
    "iced": [("Tall", 0.75, ""), ("Grande", 1.0, ""), ("Venti", 1.35, "")],
    "shots": [("Solo", 0.5, ""), ("Doppio", 1.0, "")],
    "milk": [
        (prep, size, milk)
        for label, size in (("Short", 0.5), ("Tall", 0.75), ("Grande", 1.0), ("Venti", 1.3))
        for prep, milk in ((f"{label} Nonfat Milk", "nonfat"), ("2% Milk", "2%"), ("Soymilk", "soy"))
    ],
    "frap": [
        (prep, size, milk)
        for label, size in (("Tall", 0.75), ("Grande", 1.0), ("Venti", 1.35))
        for prep, milk in ((f"{label} Nonfat Milk", "nonfat"), ("Whole Milk", "whole"), ("Soymilk", "soy"))
    ],
    "light": [("Tall Nonfat Milk", 0.75, ""), ("Grande Nonfat Milk", 1.0, ""), ("Venti Nonfat Milk", 1.35, "")],
    "smoothie": [("Grande Nonfat Milk", 1.0, "nonfat"), ("2% Milk", 1.0, "2%"), ("Soymilk", 1.0, "soy")],
}
_SB_MILK = {  # milk: (calories, fat, sugar, protein)
    "": (1.0, 1.0, 1.0, 1.0),
    "2%": (1.0, 1.0, 1.0, 1.0),
    "nonfat": (0.8, 0.08, 1.02, 1.03),
    "soy": (0.93, 0.75, 0.9, 0.8),
    "whole": (1.08, 1.45, 0.99, 0.98),
}
_SB_DRINKS = [  # (category, beverage, prep kind, calories, fat g, sugar g, protein g, sodium mg, caffeine mg or text)
    ("Coffee", "Brewed Coffee", "sizes", 5, 0.1, 0, 1.0, 10, "330"),
    ("Classic Espresso Drinks", "Caffè Latte", "milk", 190, 7.0, 17, 12.0, 150, "150"),
    ("Classic Espresso Drinks", "Caffè Mocha (Without Whipped Cream)", "milk", 260, 8.0, 32, 13.0, 125, "175"),
    ("Classic Espresso Drinks", "Vanilla Latte (Or Other Flavoured Latte)", "milk", 250, 6.0, 35, 12.0, 150, "150"),
    ("Classic Espresso Drinks", "Caramel Macchiato", "milk", 240, 7.0, 32, 10.0, 150, "150"),
    ("Classic Espresso Drinks", "Cappuccino", "milk", 120, 4.0, 10, 8.0, 100, "150"),
    ("Classic Espresso Drinks", "Skinny Latte (Any Flavour)", "milk", 130, 0.2, 18, 12.0, 170, "150"),
    ("Classic Espresso Drinks", "Caffè Americano", "sizes", 15, 0.0, 0, 1.0, 15, "225"),
    ("Classic Espresso Drinks", "Espresso", "shots", 10, 0.0, 0, 1.0, 1, "150"),
    (
        "Signature Espresso Drinks",
        "White Chocolate Mocha (Without Whipped Cream)",
        "milk",
        360,
        11.0,
        53,
        14.0,
        250,
        "150",
    ),
    ("Signature Espresso Drinks", "Hot Chocolate (Without Whipped Cream)", "milk", 320, 9.0, 43, 14.0, 160, "25"),
    ("Signature Espresso Drinks", "Caramel Apple Spice (Without Whipped Cream)", "sizes", 330, 0.0, 79, 0.0, 15, "0"),
    ("Signature Espresso Drinks", "Cinnamon Dolce Latte", "milk", 260, 6.0, 40, 11.0, 150, "150"),
    (
        "Signature Espresso Drinks",
        "Salted Caramel Mocha (Without Whipped Cream)",
        "milk",
        330,
        8.0,
        49,
        13.0,
        250,
        "175",
    ),
    ("Tazo® Tea Drinks", "Tazo® Tea", "sizes", 0, 0.0, 0, 0.0, 0, "Varies"),
    ("Tazo® Tea Drinks", "Tazo® Chai Tea Latte", "milk", 240, 4.5, 42, 8.0, 115, "95"),
    ("Tazo® Tea Drinks", "Tazo® Green Tea Latte", "milk", 240, 6.0, 34, 12.0, 160, "80"),
    ("Tazo® Tea Drinks", "Tazo® Full-Leaf Tea Latte", "milk", 180, 4.5, 23, 9.0, 120, "70"),
    ("Tazo® Tea Drinks", "Tazo® Full-Leaf Red Tea Latte (Vanilla Rooibos)", "milk", 190, 4.5, 28, 9.0, 125, "0"),
    ("Shaken Iced Beverages", "Iced Brewed Coffee (With Classic Syrup)", "iced", 90, 0.1, 20, 0.5, 10, "165"),
    ("Shaken Iced Beverages", "Iced Brewed Coffee (With Milk & Classic Syrup)", "iced", 130, 2.5, 23, 3.0, 40, "165"),
    ("Shaken Iced Beverages", "Shaken Iced Tazo® Tea (With Classic Syrup)", "iced", 80, 0.0, 21, 0.0, 5, "varies"),
    (
        "Shaken Iced Beverages",
        "Shaken Iced Tazo® Tea Lemonade (With Classic Syrup)",
        "iced",
        120,
        0.0,
        30,
        0.0,
        10,
        "25",
    ),
    ("Smoothies", "Banana Chocolate Smoothie", "smoothie", 290, 3.0, 32, 20.0, 140, "15"),
    ("Smoothies", "Orange Mango Banana Smoothie", "smoothie", 260, 1.5, 46, 16.0, 100, "0"),
    ("Smoothies", "Strawberry Banana Smoothie", "smoothie", 290, 2.0, 41, 16.0, 130, "0"),
    ("Frappuccino® Blended Coffee", "Coffee", "frap", 240, 3.0, 49, 3.0, 230, "95"),
    ("Frappuccino® Blended Coffee", "Mocha (Without Whipped Cream)", "frap", 260, 3.5, 54, 4.0, 200, "110"),
    ("Frappuccino® Blended Coffee", "Caramel (Without Whipped Cream)", "frap", 270, 3.0, 58, 3.0, 240, "90"),
    ("Frappuccino® Blended Coffee", "Java Chip (Without Whipped Cream)", "frap", 340, 10.0, 66, 5.0, 250, "105"),
    ("Frappuccino® Blended Coffee", "Caffè Vanilla (Without Whipped Cream)", "frap", 280, 3.0, 61, 3.0, 230, "95"),
    ("Frappuccino® Blended Coffee", "Cinnamon Dolce (Without Whipped Cream)", "frap", 270, 3.0, 57, 3.0, 230, "95"),
    ("Frappuccino® Light Blended Coffee", "Coffee", "light", 110, 0.0, 21, 3.0, 240, "95"),
    ("Frappuccino® Light Blended Coffee", "Mocha", "light", 140, 1.5, 27, 4.0, 220, "110"),
    ("Frappuccino® Light Blended Coffee", "Caramel", "light", 140, 0.5, 28, 3.0, 240, "90"),
    ("Frappuccino® Light Blended Coffee", "Java Chip", "light", 180, 4.0, 33, 4.0, 260, "105"),
    (
        "Frappuccino® Blended Crème",
        "Strawberries & Crème (Without Whipped Cream)",
        "frap",
        320,
        3.0,
        60,
        10.0,
        250,
        "0",
    ),
    ("Frappuccino® Blended Crème", "Vanilla Bean (Without Whipped Cream)", "frap", 280, 3.0, 56, 9.0, 230, "0"),
    (
        "Frappuccino® Blended Crème",
        "Double Chocolaty Chip (Without Whipped Cream)",
        "frap",
        370,
        10.0,
        64,
        11.0,
        260,
        "15",
    ),
    ("Frappuccino® Blended Crème", "Green Tea (Without Whipped Cream)", "frap", 330, 3.0, 63, 10.0, 240, "70"),
]
_SB_SUGAR = " Sugars (g)"
_SB_CAL = "Calories"
_SB_CAF = "Caffeine (mg)"


def _starbucks_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3002)
    rows: list[dict[str, Any]] = []
    for category, beverage, kind, cal, fat, sugar, protein, sodium, caffeine in _SB_DRINKS:
        for prep, size, milk in _SB_PREPS[kind]:
            m_cal, m_fat, m_sugar, m_protein = _SB_MILK[milk]
            noise = float(rng.lognormal(0, 0.04))
            calories = cal * size * m_cal * noise
            caf: str | None = caffeine
            if caffeine.isdigit():
                caf = str(int(round(int(caffeine) * size / 5) * 5))
            total_fat = round(fat * size * m_fat * float(rng.lognormal(0, 0.05)), 1)
            rows.append(
                {
                    "Beverage_category": category,
                    "Beverage": beverage,
                    "Beverage_prep": prep,
                    _SB_CAL: round(calories / 10) * 10 if calories > 20 else round(calories),
                    " Total Fat (g)": total_fat,
                    "Trans Fat (g) ": round(total_fat * 0.45 * float(rng.uniform(0.6, 1.0)), 1),
                    "Saturated Fat (g)": round(total_fat * 0.02, 1),
                    " Sodium (mg)": int(round(sodium * size / 50) * 5),
                    " Total Carbohydrates (g) ": int(round(sodium * size / 5) * 5),
                    "Cholesterol (mg)": round((sugar * m_sugar + 2) * size * 1.05 * noise),
                    " Dietary Fibre (g)": round(float(rng.uniform(0, 2)) * size),
                    _SB_SUGAR: round(sugar * size * m_sugar * noise),
                    " Protein (g) ": round(protein * size * m_protein * float(rng.lognormal(0, 0.04)), 1),
                    "Vitamin A (% DV) ": f"{int(round(protein * size * 1.2 / 5) * 5)}%",
                    "Vitamin C (% DV)": f"{int(rng.choice([0, 0, 0, 2, 4, 8]))}%",
                    " Calcium (% DV) ": f"{int(round(protein * size * 3.2 / 5) * 5)}%",
                    "Iron (% DV) ": f"{int(rng.choice([0, 0, 2, 4, 6, 10]))}%",
                    _SB_CAF: caf,
                }
            )
    df = pd.DataFrame(rows)
    df[" Total Fat (g)"] = df[" Total Fat (g)"].astype(object)
    lemonade = df.index[df["Beverage"].str.startswith("Shaken Iced Tazo® Tea Lemonade")]
    df.loc[lemonade[1], _SB_CAF] = None
    df.loc[df.index[(df["Beverage"] == "Caffè Mocha (Without Whipped Cream)")][6], " Total Fat (g)"] = "3 2"
    return df


def _sb_by_category(col: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: d[col].groupby(d["Beverage_category"]).mean().sort_values(ascending=False)


def _sb_caffeine(d: pd.DataFrame) -> pd.Series:
    return _num(d[_SB_CAF])


_STARBUCKS_QS = [
    Q(
        "avg calories for each drink category?",
        has(lambda d: np.asarray(_sb_by_category(_SB_CAL)(d), dtype=float)),
        (_SB_CAL, "Beverage_category"),
    ),
    Q(
        "which category has the most sugar on avg",
        both(
            _named(lambda d: str(_sb_by_category(_SB_SUGAR)(d).index[0])),
            has(lambda d: float(_sb_by_category(_SB_SUGAR)(d).iloc[0])),
        ),
        (_SB_SUGAR, "Beverage_category"),
    ),
    Q(
        "which single drink has the most caffeine and how many mg",
        both(
            _named(lambda d: str(d.loc[_sb_caffeine(d).idxmax(), "Beverage"])),
            has(lambda d: float(_sb_caffeine(d).max())),
        ),
        (_SB_CAF, "Beverage", "Beverage_prep"),
    ),
    Q(
        "how many rows dont have an actual number for caffeine (varies, blank etc)?",
        has(lambda d: float(_sb_caffeine(d).isna().sum())),
        (_SB_CAF,),
    ),
    Q(
        "is sugar corelated with calories? give me the r",
        _corr(lambda d: d[_SB_SUGAR], lambda d: d[_SB_CAL]),
        (_SB_SUGAR, _SB_CAL),
    ),
    Q(
        "avg calories with soymilk vs 2% milk?",
        has(lambda d: np.asarray(d[_SB_CAL].groupby(d["Beverage_prep"]).mean().reindex(["Soymilk", "2% Milk"]))),
        (_SB_CAL, "Beverage_prep"),
    ),
]


# --- 3. UCI Student Alcohol Consumption (student-por.csv) ----------------------------------------------------------

_STU_LEVELS = {  # column: weights for each level from its lowest
    "age": [112, 177, 179, 140, 32, 6, 2, 1],
    "Medu": [6, 143, 186, 139, 175],
    "traveltime": [366, 213, 54, 16],
    "studytime": [212, 305, 97, 35],
    "failures": [549, 70, 16, 14],
    "famrel": [22, 29, 101, 317, 180],
    "freetime": [45, 107, 251, 178, 68],
    "goout": [48, 145, 205, 141, 110],
    "Dalc": [451, 121, 43, 17, 17],
    "health": [90, 78, 124, 108, 249],
}
_STU_JOBS = ["at_home", "health", "other", "services", "teacher"]


def _level(rng: np.random.Generator, col: str, low: int = 1) -> int:
    w = _STU_LEVELS[col]
    return low + int(_one(rng, list(range(len(w))), w))


def _yes(rng: np.random.Generator, p: float) -> str:
    return "yes" if rng.random() < p else "no"


def _students_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3003)
    rows = []
    for school in _exact_counts(rng, {"GP": 423, "MS": 226}):
        sex = "F" if rng.random() < 0.59 else "M"
        age = _level(rng, "age", 15)
        medu = _level(rng, "Medu", 0)
        fedu = int(np.clip(medu + _one(rng, [-2, -1, 0, 1], [1, 4, 5, 1]), 0, 4))
        failures = _level(rng, "failures", 0)
        studytime = _level(rng, "studytime")
        if sex == "F" and studytime < 4 and rng.random() < 0.2:
            studytime += 1
        dalc = _level(rng, "Dalc")
        if sex == "M" and dalc < 5 and rng.random() < 0.25:
            dalc += 1
        walc = int(np.clip(dalc + _one(rng, [0, 1, 2, 3], [40, 30, 20, 10]) - (1 if rng.random() < 0.1 else 0), 1, 5))
        higher = rng.random() < (0.96 if failures == 0 else 0.6)
        absences = 0 if rng.random() < 0.38 else int(min(32, 2 * round(float(rng.exponential(2.4))) + 1))
        if absences and rng.random() < 0.7:
            absences += 1
        ability = (
            11.2
            + (0.9 if school == "GP" else -0.4)
            + 0.35 * (medu - 2.5)
            + 0.7 * (studytime - 2)
            - 1.8 * failures
            + (1.2 if higher else -1.5)
            - 0.45 * (dalc - 1)
            - 0.15 * (walc - 1)
            - 0.04 * absences
            + float(rng.normal(0, 2.0))
        )
        g1 = int(np.clip(round(ability + rng.normal(0, 1.2)), 0, 19))
        g2 = int(np.clip(round(ability + rng.normal(0, 1.0)), 0, 19))
        g3 = int(np.clip(round(ability + rng.normal(0, 0.9)), 1, 19))
        rows.append(
            {
                "school": school,
                "sex": sex,
                "age": age,
                "address": "U" if rng.random() < (0.8 if school == "GP" else 0.5) else "R",
                "famsize": "GT3" if rng.random() < 0.7 else "LE3",
                "Pstatus": "T" if rng.random() < 0.88 else "A",
                "Medu": medu,
                "Fedu": fedu,
                "Mjob": _one(rng, _STU_JOBS, [135, 48 + 10 * medu, 258, 136, 20 + 20 * medu]),
                "Fjob": _one(rng, _STU_JOBS, [42, 23, 367, 181, 36]),
                "reason": _one(rng, ["course", "home", "reputation", "other"], [285, 149, 143, 72]),
                "guardian": _one(rng, ["mother", "father", "other"], [455, 153, 41]),
                "traveltime": _level(rng, "traveltime"),
                "studytime": studytime,
                "failures": failures,
                "schoolsup": _yes(rng, 0.1),
                "famsup": _yes(rng, 0.61),
                "paid": _yes(rng, 0.06),
                "activities": _yes(rng, 0.49),
                "nursery": _yes(rng, 0.8),
                "higher": "yes" if higher else "no",
                "internet": _yes(rng, 0.77),
                "romantic": _yes(rng, 0.37),
                "famrel": _level(rng, "famrel"),
                "freetime": _level(rng, "freetime"),
                "goout": _level(rng, "goout"),
                "Dalc": dalc,
                "Walc": walc,
                "health": _level(rng, "health"),
                "absences": absences,
                "G1": g1,
                "G2": g2,
                "G3": g3,
            }
        )
    df = pd.DataFrame(rows)
    weak = df.index[df["G2"] <= 9]
    dropped = rng.choice(weak, size=15, replace=False)
    df.loc[dropped, "G3"] = 0
    return df


def _g3_by(col: str, levels: list[Any]) -> Callable[[pd.DataFrame], np.ndarray]:
    return lambda d: np.asarray(d["G3"].groupby(d[col]).mean().reindex(levels), dtype=float)


_STUDENTS_QS = [
    Q(
        "avg final grade by school?",
        has(_g3_by("school", ["GP", "MS"])),
        ("G3", "school"),
    ),
    Q(
        "does drinking on weekdays hurt grades? avg final grade for each weekday alcohol level pls",
        has(_g3_by("Dalc", [1, 2, 3, 4, 5])),
        ("G3", "Dalc"),
    ),
    Q(
        "and for weekend drinking?",
        has(_g3_by("Walc", [1, 2, 3, 4, 5])),
        ("G3", "Walc"),
    ),
    Q(
        "how does the final grade change with the mothers education? avg per level",
        has(_g3_by("Medu", [0, 1, 2, 3, 4])),
        ("G3", "Medu"),
    ),
    Q(
        "how many students failed the final grade (below 10 out of 20)",
        has(lambda d: float((d["G3"] < 10).sum())),
        ("G3",),
    ),
    Q(
        "corelation between absences and final grade?",
        _corr(lambda d: d["absences"], lambda d: d["G3"]),
        ("absences", "G3"),
    ),
]


# --- 4. US Census county population estimates (co-est2019-alldata.csv) ---------------------------------------------

_CEN_STATES: dict[str, tuple[int, int, int, float, float, float, float, str]] = {
    # state: (FIPS, region, division, 2019 population, yearly growth, births per 1000, deaths per 1000, counties)
    "Arizona": (
        4,
        4,
        8,
        7278717,
        0.014,
        11.0,
        8.4,
        "Apache;Cochise;Coconino;Gila;Graham;Greenlee;La Paz;Maricopa;Mohave;Navajo;Pima;Pinal;Santa Cruz;Yavapai;Yuma",
    ),
    "California": (
        6,
        4,
        9,
        39512223,
        0.006,
        11.4,
        6.9,
        "Alameda;Alpine;Amador;Butte;Calaveras;Colusa;Contra Costa;"
        "Del Norte;El Dorado;Fresno;Glenn;Humboldt;Imperial;Inyo;Kern;Kings;Lake;Lassen;Los Angeles;"
        "Madera;Marin;Mariposa;Mendocino;Merced;Modoc;Mono;Monterey;Napa;Nevada;Orange;Placer;Plumas;"
        "Riverside;Sacramento;San Benito;San Bernardino;San Diego;San Francisco;San Joaquin;"
        "San Luis Obispo;San Mateo;Santa Barbara;Santa Clara;Santa Cruz;Shasta;Sierra;Siskiyou;Solano;"
        "Sonoma;Stanislaus;Sutter;Tehama;Trinity;Tulare;Tuolumne;Ventura;Yolo;Yuba",
    ),
    "Connecticut": (
        9,
        1,
        1,
        3565287,
        -0.0005,
        9.7,
        8.9,
        "Fairfield;Hartford;Litchfield;Middlesex;New Haven;New London;Tolland;Windham",
    ),
    "Delaware": (10, 3, 5, 973764, 0.009, 10.7, 9.4, "Kent;New Castle;Sussex"),
    "Hawaii": (15, 4, 9, 1415872, 0.004, 11.8, 8.6, "Hawaii;Honolulu;Kalawao;Kauai;Maui"),
    "Maine": (
        23,
        1,
        1,
        1344212,
        0.001,
        9.0,
        10.8,
        "Androscoggin;Aroostook;Cumberland;Franklin;Hancock;Kennebec;"
        "Knox;Lincoln;Oxford;Penobscot;Piscataquis;Sagadahoc;Somerset;Waldo;Washington;York",
    ),
    "Massachusetts": (
        25,
        1,
        1,
        6892503,
        0.0055,
        10.2,
        8.6,
        "Barnstable;Berkshire;Bristol;Dukes;Essex;Franklin;"
        "Hampden;Hampshire;Middlesex;Nantucket;Norfolk;Plymouth;Suffolk;Worcester",
    ),
    "Nevada": (
        32,
        4,
        8,
        3080156,
        0.015,
        11.6,
        8.5,
        "Churchill;Clark;Douglas;Elko;Esmeralda;Eureka;Humboldt;Lander;"
        "Lincoln;Lyon;Mineral;Nye;Pershing;Storey;Washoe;White Pine;Carson City",
    ),
    "New Hampshire": (
        33,
        1,
        1,
        1359711,
        0.0035,
        8.8,
        9.2,
        "Belknap;Carroll;Cheshire;Coos;Grafton;Hillsborough;Merrimack;Rockingham;Strafford;Sullivan",
    ),
    "New Jersey": (
        34,
        1,
        2,
        8882190,
        0.002,
        11.3,
        8.2,
        "Atlantic;Bergen;Burlington;Camden;Cape May;Cumberland;Essex;"
        "Gloucester;Hudson;Hunterdon;Mercer;Middlesex;Monmouth;Morris;Ocean;Passaic;Salem;Somerset;"
        "Sussex;Union;Warren",
    ),
    "Oregon": (
        41,
        4,
        9,
        4217737,
        0.01,
        10.3,
        8.9,
        "Baker;Benton;Clackamas;Clatsop;Columbia;Coos;Crook;Curry;"
        "Deschutes;Douglas;Gilliam;Grant;Harney;Hood River;Jackson;Jefferson;Josephine;Klamath;Lake;Lane;"
        "Lincoln;Linn;Malheur;Marion;Morrow;Multnomah;Polk;Sherman;Tillamook;Umatilla;Union;Wallowa;Wasco;"
        "Washington;Wheeler;Yamhill",
    ),
    "Rhode Island": (44, 1, 1, 1059361, 0.0007, 9.9, 9.5, "Bristol;Kent;Newport;Providence;Washington"),
    "Utah": (
        49,
        4,
        8,
        3205958,
        0.016,
        15.3,
        5.6,
        "Beaver;Box Elder;Cache;Carbon;Daggett;Davis;Duchesne;Emery;"
        "Garfield;Grand;Iron;Juab;Kane;Millard;Morgan;Piute;Rich;Salt Lake;San Juan;Sanpete;Sevier;Summit;"
        "Tooele;Uintah;Utah;Wasatch;Washington;Wayne;Weber",
    ),
    "Vermont": (
        50,
        1,
        1,
        623989,
        0.0,
        8.8,
        9.6,
        "Addison;Bennington;Caledonia;Chittenden;Essex;Franklin;Grand Isle;"
        "Lamoille;Orange;Orleans;Rutland;Washington;Windham;Windsor",
    ),
    "Washington": (
        53,
        4,
        9,
        7614893,
        0.013,
        11.9,
        7.7,
        "Adams;Asotin;Benton;Chelan;Clallam;Clark;Columbia;Cowlitz;"
        "Douglas;Ferry;Franklin;Garfield;Grant;Grays Harbor;Island;Jefferson;King;Kitsap;Kittitas;"
        "Klickitat;Lewis;Lincoln;Mason;Okanogan;Pacific;Pend Oreille;Pierce;San Juan;Skagit;Skamania;"
        "Snohomish;Spokane;Stevens;Thurston;Wahkiakum;Walla Walla;Whatcom;Whitman;Yakima",
    ),
}
_CEN_ANCHORS = {  # (state, county): 2019 population
    ("Arizona", "Maricopa"): 4485414,
    ("Arizona", "Pima"): 1047279,
    ("Arizona", "Pinal"): 462789,
    ("California", "Los Angeles"): 10039107,
    ("California", "San Diego"): 3338330,
    ("California", "Orange"): 3175692,
    ("California", "Riverside"): 2470546,
    ("California", "San Bernardino"): 2180085,
    ("California", "Santa Clara"): 1927852,
    ("California", "Alameda"): 1671329,
    ("California", "Sacramento"): 1552058,
    ("California", "Contra Costa"): 1153526,
    ("California", "Fresno"): 999101,
    ("California", "Kern"): 900202,
    ("California", "San Francisco"): 881549,
    ("California", "Ventura"): 846006,
    ("California", "San Mateo"): 766573,
    ("California", "San Joaquin"): 762148,
    ("California", "Alpine"): 1129,
    ("Connecticut", "Fairfield"): 943332,
    ("Connecticut", "Hartford"): 891720,
    ("Connecticut", "New Haven"): 854757,
    ("Delaware", "New Castle"): 558753,
    ("Hawaii", "Honolulu"): 974563,
    ("Hawaii", "Kalawao"): 86,
    ("Massachusetts", "Middlesex"): 1611699,
    ("Massachusetts", "Worcester"): 830622,
    ("Massachusetts", "Essex"): 789034,
    ("Massachusetts", "Suffolk"): 803907,
    ("Massachusetts", "Norfolk"): 706775,
    ("Maine", "Cumberland"): 295003,
    ("Nevada", "Clark"): 2266715,
    ("Nevada", "Washoe"): 471519,
    ("New Hampshire", "Hillsborough"): 417025,
    ("New Hampshire", "Rockingham"): 309769,
    ("New Jersey", "Bergen"): 932202,
    ("New Jersey", "Middlesex"): 825062,
    ("New Jersey", "Essex"): 798975,
    ("New Jersey", "Hudson"): 672391,
    ("Oregon", "Multnomah"): 812855,
    ("Oregon", "Washington"): 601592,
    ("Oregon", "Clackamas"): 418187,
    ("Rhode Island", "Providence"): 638931,
    ("Utah", "Salt Lake"): 1160437,
    ("Utah", "Utah"): 636235,
    ("Utah", "Davis"): 355481,
    ("Vermont", "Chittenden"): 163774,
    ("Washington", "King"): 2252782,
    ("Washington", "Pierce"): 904980,
    ("Washington", "Snohomish"): 822083,
    ("Washington", "Spokane"): 522798,
    ("Washington", "Clark"): 488241,
}
_CEN_BOOM = {("Utah", "Wasatch"): 0.034}  # the fastest grower by some way
_CEN_YEARS = list(range(2010, 2020))


def _census_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3004)
    rows: list[dict[str, Any]] = []
    for state, (fips, region, division, total, growth, birth_rate, death_rate, names) in _CEN_STATES.items():
        counties = _split(names, ";")
        fixed = {c: _CEN_ANCHORS[(state, c)] for c in counties if (state, c) in _CEN_ANCHORS}
        free = [c for c in counties if c not in fixed]
        weights = rng.lognormal(0, 1.1, size=len(free))
        rest = max(total - sum(fixed.values()), 20000 * len(free))
        pops = dict(fixed)
        for c, w in zip(free, weights, strict=True):
            pops[c] = max(700, round(rest * float(w) / float(weights.sum())))
        county_rows = []
        for k, county in enumerate(counties):
            p19 = pops[county]
            g = _CEN_BOOM.get((state, county), min(0.024, growth + float(rng.normal(0, 0.006))))
            if p19 < 30000 and (state, county) not in _CEN_BOOM:
                g -= 0.004
            series = [p19 / (1 + g) ** (2019 - y) * float(rng.lognormal(0, 0.0015)) for y in _CEN_YEARS]
            series[-1] = p19
            est = [round(v) for v in series]
            census = round(est[0] / (1 + g / 4) * float(rng.lognormal(0, 0.0008)))
            row: dict[str, Any] = {
                "SUMLEV": "050",
                "REGION": str(region),
                "DIVISION": str(division),
                "STATE": f"{fips:02d}",
                "COUNTY": f"{2 * k + 1:03d}" if county != "Carson City" else "510",
                "STNAME": state,
                "CTYNAME": "Carson City" if county == "Carson City" else f"{county} County",
                "CENSUS2010POP": census,
                "ESTIMATESBASE2010": census + int(rng.integers(-3, 4)),
            }
            for y, v in zip(_CEN_YEARS, est, strict=True):
                row[f"POPESTIMATE{y}"] = v
            for j, y in enumerate(_CEN_YEARS):
                share = 0.25 if y == 2010 else 1.0
                before = row["ESTIMATESBASE2010"] if y == 2010 else est[j - 1]
                births = round(est[j] * birth_rate / 1000 * share * float(rng.lognormal(0, 0.05)))
                deaths = round(est[j] * death_rate / 1000 * share * float(rng.lognormal(0, 0.05)))
                if p19 < 30000:
                    deaths = round(deaths * 1.25)
                row[f"BIRTHS{y}"] = births
                row[f"DEATHS{y}"] = deaths
                row[f"NETMIG{y}"] = est[j] - before - births + deaths
            county_rows.append(row)
        state_row: dict[str, Any] = {
            "SUMLEV": "040",
            "REGION": str(region),
            "DIVISION": str(division),
            "STATE": f"{fips:02d}",
            "COUNTY": "000",
            "STNAME": state,
            "CTYNAME": state,
        }
        for col in county_rows[0]:
            if col not in state_row:
                state_row[col] = sum(int(r[col]) for r in county_rows)
        rows += [state_row, *county_rows]
    return pd.DataFrame(rows)


def _counties(d: pd.DataFrame) -> pd.DataFrame:
    return d[_num(d["SUMLEV"]) == 50]


def _growth(base: str) -> Callable[[pd.DataFrame], pd.Series]:
    def value(d: pd.DataFrame) -> pd.Series:
        c = _counties(d)
        pct = 100 * (c["POPESTIMATE2019"] / c[base] - 1)
        return pd.Series(pct.to_numpy(), index=c["CTYNAME"] + ", " + c["STNAME"]).sort_values(ascending=False)

    return value


_CEN_BASES = ("POPESTIMATE2010", "CENSUS2010POP", "ESTIMATESBASE2010")


def _county_word(name: str) -> str:
    return name.split(",")[0].removesuffix(" County")


def _people(values: Callable[[pd.DataFrame], Any]) -> Check:
    """People, in full or in thousands or millions ("39.5 million")."""
    return _scaled(values, (1e3, 1e6))


def _cen_mean(d: pd.DataFrame) -> np.ndarray:
    c = _counties(d)
    return np.asarray(c["POPESTIMATE2019"].groupby(c["STNAME"]).mean().reindex(["Utah", "Nevada"]), dtype=float)


def _top_growth(base: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_growth(base)(d).iloc[0])


def _losers(base: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float((_growth(base)(d) < 0).sum())


def _natural_increase(state: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        c = _counties(d)
        c = c[c["STNAME"] == state]
        return float(c["BIRTHS2019"].sum() - c["DEATHS2019"].sum())

    return value


_CENSUS_QS = [
    Q(
        "whats the total 2019 population across all the counties in the file?",
        _people(lambda d: float(_counties(d)["POPESTIMATE2019"].sum())),
        ("POPESTIMATE2019", "SUMLEV", "CTYNAME"),
    ),
    Q(
        "which county grew fastest in % between 2010 and 2019?",
        both(
            _named(lambda d: _county_word(str(_growth("POPESTIMATE2010")(d).index[0]))),
            either(*(_about(_top_growth(b)) for b in _CEN_BASES)),
        ),
        ("POPESTIMATE2019", "POPESTIMATE2010", "CENSUS2010POP", "ESTIMATESBASE2010", "CTYNAME", "STNAME", "SUMLEV"),
    ),
    Q(
        "how many counties lost population over that period",
        either(*(has(_losers(b)) for b in _CEN_BASES)),
        ("POPESTIMATE2019", "POPESTIMATE2010", "CENSUS2010POP", "ESTIMATESBASE2010", "CTYNAME", "SUMLEV"),
    ),
    Q(
        "top 5 counties by population in 2019 pls",
        _all_named(lambda d: [_county_word(str(n)) for n in _counties(d).nlargest(5, "POPESTIMATE2019")["CTYNAME"]]),
        ("POPESTIMATE2019", "CTYNAME", "STNAME", "SUMLEV"),
    ),
    Q(
        "births minus deaths for washington state in 2019?",
        has(_natural_increase("Washington")),
        ("BIRTHS2019", "DEATHS2019", "STNAME", "SUMLEV"),
    ),
    Q(
        "avg county population in utah vs nevada (2019)?",
        _people(_cen_mean),
        ("POPESTIMATE2019", "STNAME", "SUMLEV", "CTYNAME"),
    ),
]


# --- 5. Ergast Formula 1 results, joined (Kaggle, Formula 1 World Championship results.csv) --------------------

_F1_DRIVERS = {  # ref: (number, code, forename, surname, skill)
    "hamilton": (44, "HAM", "Lewis", "Hamilton", 0.33),
    "max_verstappen": (33, "VER", "Max", "Verstappen", 0.36),
    "leclerc": (16, "LEC", "Charles", "Leclerc", 0.25),
    "alonso": (14, "ALO", "Fernando", "Alonso", 0.24),
    "norris": (4, "NOR", "Lando", "Norris", 0.2),
    "russell": (63, "RUS", "George", "Russell", 0.2),
    "sainz": (55, "SAI", "Carlos", "Sainz", 0.15),
    "perez": (11, "PER", "Sergio", "Pérez", 0.1),
    "bottas": (77, "BOT", "Valtteri", "Bottas", 0.13),
    "vettel": (5, "VET", "Sebastian", "Vettel", 0.1),
    "ricciardo": (3, "RIC", "Daniel", "Ricciardo", 0.1),
    "gasly": (10, "GAS", "Pierre", "Gasly", 0.1),
    "ocon": (31, "OCO", "Esteban", "Ocon", 0.08),
    "piastri": (81, "PIA", "Oscar", "Piastri", 0.1),
    "albon": (23, "ALB", "Alexander", "Albon", 0.05),
    "hulkenberg": (27, "HUL", "Nico", "Hülkenberg", 0.08),
    "kevin_magnussen": (20, "MAG", "Kevin", "Magnussen", 0.03),
    "tsunoda": (22, "TSU", "Yuki", "Tsunoda", 0.03),
    "stroll": (18, "STR", "Lance", "Stroll", 0.0),
    "kvyat": (26, "KVY", "Daniil", "Kvyat", 0.02),
    "raikkonen": (7, "RAI", "Kimi", "Räikkönen", 0.05),
    "giovinazzi": (99, "GIO", "Antonio", "Giovinazzi", -0.02),
    "grosjean": (8, "GRO", "Romain", "Grosjean", 0.0),
    "kubica": (88, "KUB", "Robert", "Kubica", -0.2),
    "latifi": (6, "LAT", "Nicholas", "Latifi", -0.15),
    "zhou": (24, "ZHO", "Guanyu", "Zhou", -0.02),
    "mick_schumacher": (47, "MSC", "Mick", "Schumacher", -0.05),
    "mazepin": (9, "MAZ", "Nikita", "Mazepin", -0.25),
    "sargeant": (2, "SAR", "Logan", "Sargeant", -0.15),
    "de_vries": (21, "DEV", "Nyck", "de Vries", -0.1),
}
_F1_TEAMS = {  # season: {constructor: (pace, "driver;driver")}
    2019: {
        "Mercedes": (1.0, "hamilton;bottas"),
        "Ferrari": (0.8, "vettel;leclerc"),
        "Red Bull": (0.7, "max_verstappen;albon"),
        "McLaren": (0.4, "sainz;norris"),
        "Renault": (0.3, "ricciardo;hulkenberg"),
        "Toro Rosso": (0.25, "kvyat;gasly"),
        "Racing Point": (0.25, "perez;stroll"),
        "Alfa Romeo": (0.2, "raikkonen;giovinazzi"),
        "Haas F1 Team": (0.15, "grosjean;kevin_magnussen"),
        "Williams": (-0.4, "russell;kubica"),
    },
    2020: {
        "Mercedes": (1.1, "hamilton;bottas"),
        "Red Bull": (0.75, "max_verstappen;albon"),
        "McLaren": (0.45, "sainz;norris"),
        "Racing Point": (0.5, "perez;stroll"),
        "Renault": (0.4, "ricciardo;ocon"),
        "Ferrari": (0.25, "leclerc;vettel"),
        "AlphaTauri": (0.3, "gasly;kvyat"),
        "Alfa Romeo": (0.0, "raikkonen;giovinazzi"),
        "Haas F1 Team": (-0.05, "grosjean;kevin_magnussen"),
        "Williams": (-0.1, "russell;latifi"),
    },
    2021: {
        "Mercedes": (1.0, "hamilton;bottas"),
        "Red Bull": (1.0, "max_verstappen;perez"),
        "Ferrari": (0.55, "leclerc;sainz"),
        "McLaren": (0.5, "norris;ricciardo"),
        "Alpine F1 Team": (0.35, "alonso;ocon"),
        "AlphaTauri": (0.35, "gasly;tsunoda"),
        "Aston Martin": (0.3, "vettel;stroll"),
        "Williams": (0.05, "russell;latifi"),
        "Alfa Romeo": (0.05, "raikkonen;giovinazzi"),
        "Haas F1 Team": (-0.3, "mick_schumacher;mazepin"),
    },
    2022: {
        "Red Bull": (1.05, "max_verstappen;perez"),
        "Ferrari": (0.9, "leclerc;sainz"),
        "Mercedes": (0.7, "hamilton;russell"),
        "Alpine F1 Team": (0.4, "alonso;ocon"),
        "McLaren": (0.35, "norris;ricciardo"),
        "Alfa Romeo": (0.25, "bottas;zhou"),
        "Aston Martin": (0.2, "vettel;stroll"),
        "Haas F1 Team": (0.2, "kevin_magnussen;mick_schumacher"),
        "AlphaTauri": (0.15, "gasly;tsunoda"),
        "Williams": (-0.05, "albon;latifi"),
    },
    2023: {
        "Red Bull": (1.3, "max_verstappen;perez"),
        "Mercedes": (0.75, "hamilton;russell"),
        "Ferrari": (0.7, "leclerc;sainz"),
        "Aston Martin": (0.7, "alonso;stroll"),
        "McLaren": (0.6, "norris;piastri"),
        "Alpine F1 Team": (0.35, "gasly;ocon"),
        "Williams": (0.15, "albon;sargeant"),
        "AlphaTauri": (0.05, "tsunoda;de_vries"),
        "Alfa Romeo": (0.1, "bottas;zhou"),
        "Haas F1 Team": (0.05, "hulkenberg;kevin_magnussen"),
    },
}
_F1_CALENDAR = {
    2019: "Australian 03-17;Bahrain 03-31;Chinese 04-14;Azerbaijan 04-28;Spanish 05-12;Monaco 05-26;Canadian 06-09;"
    "French 06-23;Austrian 06-30;British 07-14;German 07-28;Hungarian 08-04;Belgian 09-01;Italian 09-08;"
    "Singapore 09-22;Russian 09-29;Japanese 10-13;Mexican 10-27;United States 11-03;Brazilian 11-17;Abu Dhabi 12-01",
    2020: "Austrian 07-05;Styrian 07-12;Hungarian 07-19;British 08-02;70th Anniversary 08-09;Spanish 08-16;"
    "Belgian 08-30;Italian 09-06;Tuscan 09-13;Russian 09-27;Eifel 10-11;Portuguese 10-25;Emilia Romagna 11-01;"
    "Turkish 11-15;Bahrain 11-29;Sakhir 12-06;Abu Dhabi 12-13",
    2021: "Bahrain 03-28;Emilia Romagna 04-18;Portuguese 05-02;Spanish 05-09;Monaco 05-23;Azerbaijan 06-06;"
    "French 06-20;Styrian 06-27;Austrian 07-04;British 07-18;Hungarian 08-01;Belgian 08-29;Dutch 09-05;"
    "Italian 09-12;Russian 09-26;Turkish 10-10;United States 10-24;Mexico City 11-07;São Paulo 11-14;Qatar 11-21;"
    "Saudi Arabian 12-05;Abu Dhabi 12-12",
    2022: "Bahrain 03-20;Saudi Arabian 03-27;Australian 04-10;Emilia Romagna 04-24;Miami 05-08;Spanish 05-22;"
    "Monaco 05-29;Azerbaijan 06-12;Canadian 06-19;British 07-03;Austrian 07-10;French 07-24;Hungarian 07-31;"
    "Belgian 08-28;Dutch 09-04;Italian 09-11;Singapore 10-02;Japanese 10-09;United States 10-23;Mexico City 10-30;"
    "São Paulo 11-13;Abu Dhabi 11-20",
    2023: "Bahrain 03-05;Saudi Arabian 03-19;Australian 04-02;Azerbaijan 04-30;Miami 05-07;Monaco 05-28;Spanish 06-04;"
    "Canadian 06-18;Austrian 07-02;British 07-09;Hungarian 07-23;Belgian 07-30;Dutch 08-27;Italian 09-03;"
    "Singapore 09-17;Japanese 09-24;Qatar 10-08;United States 10-22;Mexico City 10-29;São Paulo 11-05;"
    "Las Vegas 11-18;Abu Dhabi 11-26",
}
_F1_TRACKS = {  # Grand Prix: (fastest-lap speed km/h, laps)
    "Australian": (225.0, 58),
    "Bahrain": (208.0, 57),
    "Chinese": (205.0, 56),
    "Azerbaijan": (212.0, 51),
    "Spanish": (205.0, 66),
    "Monaco": (162.0, 78),
    "Canadian": (208.0, 70),
    "French": (212.0, 53),
    "Austrian": (232.0, 71),
    "British": (240.0, 52),
    "German": (228.0, 64),
    "Hungarian": (195.0, 70),
    "Belgian": (225.0, 44),
    "Italian": (250.0, 53),
    "Singapore": (172.0, 61),
    "Russian": (212.0, 53),
    "Japanese": (225.0, 53),
    "Mexican": (190.0, 71),
    "Mexico City": (190.0, 71),
    "United States": (203.0, 56),
    "Brazilian": (215.0, 71),
    "São Paulo": (215.0, 71),
    "Abu Dhabi": (200.0, 55),
    "Styrian": (232.0, 71),
    "70th Anniversary": (240.0, 52),
    "Tuscan": (228.0, 59),
    "Eifel": (200.0, 60),
    "Portuguese": (205.0, 66),
    "Emilia Romagna": (220.0, 63),
    "Turkish": (226.0, 58),
    "Sakhir": (245.0, 87),
    "Dutch": (210.0, 72),
    "Qatar": (220.0, 57),
    "Saudi Arabian": (240.0, 50),
    "Miami": (210.0, 57),
    "Las Vegas": (225.0, 50),
}
_F1_SEASON_PACE = {2019: 1.0, 2020: 1.012, 2021: 1.004, 2022: 0.986, 2023: 0.991}
_F1_POINTS = [25.0, 18.0, 15.0, 12.0, 10.0, 8.0, 6.0, 4.0, 2.0, 1.0]
_F1_OUT = {"Accident": 30, "Collision": 20, "Engine": 10, "Power Unit": 8, "Gearbox": 8, "Hydraulics": 6}
_F1_OUT |= {"Brakes": 6, "Retired": 12}


def _lap_text(seconds: float) -> str:
    return f"{int(seconds // 60)}:{seconds % 60:06.3f}"


def _race_text(ms: int) -> str:
    s = ms / 1000
    return f"{int(s // 3600)}:{int(s % 3600 // 60):02d}:{s % 60:06.3f}"


def _gap_text(ms: int) -> str:
    s = ms / 1000
    return f"+{int(s // 60)}:{s % 60:06.3f}" if s >= 60 else f"+{s:.3f}"


def _f1_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3005)
    rows: list[dict[str, Any]] = []
    race_id = 1009
    result_id = 24000
    for season, calendar in _F1_CALENDAR.items():
        entries = [
            (team, ref, pace + _F1_DRIVERS[ref][4])
            for team, (pace, refs) in _F1_TEAMS[season].items()
            for ref in _split(refs, ";")
        ]
        for rnd, item in enumerate(_split(calendar, ";"), start=1):
            gp, md = item.rsplit(" ", 1)
            race_id += 1
            speed, laps = _F1_TRACKS[gp]
            lap_s = (305.0 / laps) * 3600 / (speed * _F1_SEASON_PACE[season])
            strength = np.array([e[2] for e in entries])
            quali = strength + rng.normal(0, 0.22, size=len(entries))
            grid = np.empty(len(entries), dtype=int)
            grid[np.argsort(-quali)] = np.arange(1, len(entries) + 1)
            race = 0.6 * strength + 0.4 * quali + rng.normal(0, 0.28, size=len(entries))
            out = rng.random(len(entries)) < 0.065
            order = [i for i in np.argsort(-race) if not out[i]]
            best = race[order[0]]
            win_ms = int(laps * lap_s * 1.075 * 1000 * float(rng.lognormal(0, 0.01)))
            results: list[dict[str, Any]] = []
            for pos, i in enumerate(order, start=1):
                behind = best - race[i]
                lapped = 2 if behind > 1.45 else 1 if behind > 0.95 else 0
                gap = int((behind * 42 + pos * 0.6) * 1000 + rng.integers(0, 999)) if pos > 1 else 0
                results.append(
                    {
                        "i": int(i),
                        "laps": laps - lapped,
                        "status": "Finished" if not lapped else f"+{lapped} Lap{'s' if lapped > 1 else ''}",
                        "position": pos,
                        "ms": None if lapped else win_ms + gap,
                    }
                )
            retired: list[dict[str, Any]] = sorted(
                (
                    {
                        "i": int(i),
                        "laps": int(rng.integers(0, laps)),
                        "status": str(_one(rng, list(_F1_OUT), list(_F1_OUT.values()))),
                    }
                    for i in np.flatnonzero(out)
                ),
                key=lambda r: -int(r["laps"]),
            )
            if rng.random() < 0.03 and len(results) > 12:
                dsq = results.pop(int(rng.integers(5, 12)))
                for k, r in enumerate(results, start=1):
                    r["position"] = k
                retired.append({"i": dsq["i"], "laps": dsq["laps"], "status": "Disqualified"})
            laps_done = {int(r["i"]): int(r["laps"]) for r in results + retired}
            fast = {
                i: lap_s * (1 + 0.006 * (1.2 - entries[i][2]) + abs(float(rng.normal(0, 0.005))))
                for i, n_laps in laps_done.items()
                if n_laps >= 2
            }
            fast_rank = {i: k for k, i in enumerate(sorted(fast, key=lambda j: fast[j]), start=1)}
            for order_pos, r in enumerate(results + retired, start=1):
                i = int(r["i"])
                team, ref, _s = entries[i]
                number, code, forename, surname, _skill = _F1_DRIVERS[ref]
                if ref == "max_verstappen" and season >= 2022:
                    number = 1
                place: int | None = int(r["position"]) if "position" in r else None
                points = _F1_POINTS[place - 1] if place is not None and place <= 10 else 0.0
                if place is not None and place <= 10 and fast_rank.get(i) == 1:
                    points += 1.0
                ms = r.get("ms")
                if ms is None:
                    time_text = _NULL
                elif place == 1:
                    time_text = _race_text(int(ms))
                else:
                    time_text = _gap_text(int(ms) - win_ms)
                has_fast = i in fast
                result_id += 1
                rows.append(
                    {
                        "resultId": result_id,
                        "raceId": race_id,
                        "year": season,
                        "round": rnd,
                        "name": f"{gp} Grand Prix",
                        "date": f"{season}-{md}",
                        "driverRef": ref,
                        "number": number,
                        "code": code,
                        "forename": forename,
                        "surname": surname,
                        "constructor": team,
                        "grid": int(grid[i]),
                        "position": str(place) if place is not None else _NULL,
                        "positionText": str(place)
                        if place is not None
                        else "D"
                        if r["status"] == "Disqualified"
                        else "R",
                        "positionOrder": order_pos,
                        "points": points,
                        "laps": int(r["laps"]),
                        "time": time_text,
                        "milliseconds": str(ms) if ms is not None else _NULL,
                        "fastestLap": str(int(rng.integers(max(2, int(r["laps"]) // 2), int(r["laps"]) + 1)))
                        if has_fast
                        else _NULL,
                        "rank": str(fast_rank[i]) if has_fast else _NULL,
                        "fastestLapTime": _lap_text(fast[i]) if has_fast else _NULL,
                        "fastestLapSpeed": f"{305.0 / laps * 3600 / fast[i]:.3f}" if has_fast else _NULL,
                        "status": r["status"],
                    }
                )
    return pd.DataFrame(rows)


def _f1_points(year: int) -> Callable[[pd.DataFrame], pd.Series]:
    def value(d: pd.DataFrame) -> pd.Series:
        s = d[d["year"] == year]
        return s["points"].groupby(s["surname"]).sum().sort_values(ascending=False)

    return value


def _f1_speeds(d: pd.DataFrame) -> pd.Series:
    return _num(d["fastestLapSpeed"]).groupby(d["year"]).mean().sort_values(ascending=False)


def _f1_finishers(status_only: bool) -> Callable[[pd.DataFrame], pd.DataFrame]:
    def rows(d: pd.DataFrame) -> pd.DataFrame:
        return d[d["status"] == "Finished"] if status_only else d[_num(d["position"]).notna()]

    return rows


def _finisher_corr(status_only: bool) -> Check:
    rows = _f1_finishers(status_only)
    return _corr(lambda d: rows(d)["grid"], lambda d: _num(rows(d)["position"]))


_F1_QS = [
    Q(
        "who scored the most points in 2021 and how many?",
        both(_named(lambda d: str(_f1_points(2021)(d).index[0])), has(lambda d: float(_f1_points(2021)(d).iloc[0]))),
        ("points", "year", "surname", "forename", "driverRef", "code"),
    ),
    Q(
        "and in 2023?",
        both(_named(lambda d: str(_f1_points(2023)(d).index[0])), has(lambda d: float(_f1_points(2023)(d).iloc[0]))),
        ("points", "year", "surname", "forename", "driverRef", "code"),
    ),
    Q(
        "how many DNFs are there in total",
        either(
            has(lambda d: float((d["positionText"] == "R").sum())),
            has(lambda d: float(_num(d["position"]).isna().sum())),
        ),
        ("positionText", "position", "status", "resultId"),
    ),
    Q(
        "whats the avg grid position of race winners?",
        has(lambda d: float(d.loc[_num(d["position"]) == 1, "grid"].mean())),
        ("grid", "position", "positionOrder", "positionText"),
    ),
    Q(
        "corelation between starting grid and finishing position, for drivers who got a finishing position",
        either(_finisher_corr(False), _finisher_corr(True)),
        ("grid", "position", "positionOrder", "positionText", "status"),
    ),
    Q(
        "plot the avg fastest lap speed per season, which season was quickest?",
        both(_year_word(lambda d: int(_f1_speeds(d).index[0])), has(lambda d: float(_f1_speeds(d).iloc[0]))),
        ("fastestLapSpeed", "year"),
    ),
]


# --- 6. Medium articles (Kaggle, medium_data.csv) ------------------------------------------------------------------

_MED_PUBS = {  # publication: (articles, url prefix, median claps, spread, median reading time)
    "The Startup": (840, "https://medium.com/swlh/", 55.0, 1.55, 5.0),
    "Towards Data Science": (405, "https://towardsdatascience.com/", 115.0, 1.75, 7.5),
    "Data Driven Investor": (215, "https://medium.com/datadriveninvestor/", 40.0, 1.2, 4.5),
    "UX Collective": (155, "https://uxdesign.cc/", 210.0, 1.0, 6.0),
    "The Writing Cooperative": (110, "https://writingcooperative.com/", 75.0, 1.1, 4.0),
    "Better Marketing": (65, "https://medium.com/better-marketing/", 140.0, 0.9, 5.5),
    "Better Humans": (10, "https://medium.com/better-humans/", 420.0, 0.5, 11.0),
}
_MED_MONTHS = [6.0, 5.0, 7.0, 8.0, 11.0, 7.0, 7.0, 6.0, 7.0, 9.0, 10.0, 15.0]
_MED_WORDS = {
    "The Startup": "Startup;Founder;Remote Team;Side Hustle;Pitch Deck;Growth;Productivity;Morning Routine;Burnout",
    "Towards Data Science": "Python;Pandas;Machine Learning;Neural Networks;Data Science;SQL;Regression;NLP;"
    "Feature Engineering;Random Forests",
    "Data Driven Investor": "Bitcoin;Blockchain;Stock Market;AI;Investing;Fintech;Crypto Wallets",
    "UX Collective": "UX;Design Systems;Typography;User Research;Dark Mode;Accessibility;Figma",
    "The Writing Cooperative": "Writing;Editing;Storytelling;Writer's Block;Headlines;Freelance Writing",
    "Better Marketing": "Marketing;Branding;Copywriting;Email Lists;SEO;Social Media",
    "Better Humans": "Habits;Sleep;Meditation;Focus;Journaling;Fitness",
}
_MED_TEMPLATES = [
    "A Beginner’s Guide to {}",
    "{}: What Nobody Tells You",
    "How I Learned {} in 30 Days",
    "Why {} Matters More Than You Think",
    "10 Lessons From a Year of {}",
    "The Hidden Cost of {}",
    "Stop Ignoring {}",
    "{} Explained Simply",
    "Everything I Know About {}",
    "The Only {} Checklist You Need",
]


def _medium_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3006)
    days = pd.date_range("2019-01-01", "2019-12-31")
    dw = np.array([_MED_MONTHS[d.month - 1] / d.days_in_month for d in days]) * rng.lognormal(0, 0.3, len(days))
    rows: list[dict[str, Any]] = []
    for pub in _exact_counts(rng, {p: v[0] for p, v in _MED_PUBS.items()}):
        _n, prefix, med, spread, read = _MED_PUBS[pub]
        topic = str(_one(rng, _split(_MED_WORDS[pub], ";")))
        title = str(_one(rng, _MED_TEMPLATES)).format(topic)
        claps = int(rng.lognormal(np.log(med), spread))
        if pub == "Towards Data Science" and rng.random() < 0.02:
            claps = int(rng.uniform(12000, 38000))
        reading = int(np.clip(round(float(rng.lognormal(np.log(read), 0.45))), 1, 45))
        responses: int | str = int(rng.poisson(max(0.05, claps / 45.0)))
        if rng.random() < 0.006:
            responses = "Read"
        slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
        day = pd.Timestamp(days[int(rng.choice(len(days), p=dw / dw.sum()))])
        rows.append(
            {
                "url": f"{prefix}{slug}-{int(rng.integers(16**11, 16**12)):x}",
                "title": title,
                "subtitle": None
                if rng.random() < 0.42
                else str(
                    _one(
                        rng,
                        [
                            f"Notes on {topic.lower()}",
                            f"A short read about {topic.lower()}",
                            f"What {topic.lower()} taught me",
                            f"Part {int(rng.integers(1, 4))}",
                        ],
                    )
                ),
                "image": None if rng.random() < 0.1 else f"{len(rows) + 1}.{_one(rng, ['png', 'jpeg', 'jpg'])}",
                "claps": claps,
                "responses": responses,
                "reading_time": reading,
                "publication": pub,
                "date": f"{day:%Y-%m-%d}",
            }
        )
    df = pd.DataFrame(rows).sort_values("date", kind="stable", ignore_index=True)
    df.insert(0, "id", range(1, len(df) + 1))
    df["image"] = [
        None if pd.isna(v) else f"{i}.{str(v).split('.')[1]}" for i, v in zip(df["id"], df["image"], strict=True)
    ]
    return df


def _med_claps(how: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: d["claps"].groupby(d["publication"]).agg(how).sort_values(ascending=False)


def _med_months(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["date"]).dt.month.value_counts()


_MEDIUM_QS = [
    Q(
        "which publication gets the most claps on avg?",
        both(
            _named(lambda d: str(_med_claps("mean")(d).index[0])), has(lambda d: float(_med_claps("mean")(d).iloc[0]))
        ),
        ("claps", "publication"),
    ),
    Q(
        "what about by median claps",
        both(
            _named(lambda d: str(_med_claps("median")(d).index[0])),
            has(lambda d: float(_med_claps("median")(d).iloc[0])),
        ),
        ("claps", "publication"),
    ),
    Q(
        "total responses across all articles?",
        has(lambda d: float(_num(d["responses"]).sum())),
        ("responses",),
    ),
    Q(
        "avg reading time for towards data science vs the startup",
        has(
            lambda d: np.asarray(
                d["reading_time"].groupby(d["publication"]).mean().reindex(["Towards Data Science", "The Startup"]),
                dtype=float,
            )
        ),
        ("reading_time", "publication"),
    ),
    Q(
        "which article did best?",
        asks("claps", "responses"),
        ("claps", "responses", "title"),
    ),
    Q(
        "plot posts per month - which month had the most?",
        both(_month_name(lambda d: int(_med_months(d).index[0])), has(lambda d: float(_med_months(d).iloc[0]))),
        ("date", "id"),
    ),
]


# --- 7. LinkedIn job postings (Kaggle, postings.csv) ---------------------------------------------------------------

_LI_COMPANIES = {
    "Liberty Healthcare and Rehabilitation Services": 31,
    "The Job Network": 26,
    "TEKsystems": 22,
    "Capital One": 19,
    "Insight Global": 16,
    "Lowe's Companies, Inc.": 12,
    "Cypress HCM": 11,
    "Robert Half": 11,
    "Dice": 10,
    "Ryder System, Inc.": 9,
    "Walgreens": 9,
    "Jobot": 8,
    "Deloitte": 8,
    "Apex Systems": 7,
    "Amazon": 7,
    "CVS Health": 7,
    "Randstad USA": 6,
    "UnitedHealth Group": 6,
}
_LI_TAIL_A = _split(
    "North Summit Blue Harbor Pioneer Keystone Evergreen Granite Silver Cedar Beacon Meridian Atlas Lakeside Prairie "
    "Redwood Horizon Liberty Heritage Coastal Frontier Riverbend Oakmont Highland Bayview Stonegate Clearwater "
    "Ironwood Maple Sterling Harborview"
)
_LI_TAIL_B = _split(
    "Health;Logistics;Dental Group;Staffing;Financial;Senior Living;Construction;Software;Manufacturing;Home Care;"
    "Legal LLP;Realty;Foods;Insurance Agency;Auto Group",
    ";",
)
_LI_LEVELS = {  # level: (weight, yearly base $, hourly base $)
    "Mid-Senior level": (35.0, 112000.0, 42.0),
    "Entry level": (30.0, 56000.0, 19.0),
    "Associate": (8.0, 72000.0, 26.0),
    "Director": (3.0, 165000.0, 70.0),
    "Executive": (1.0, 195000.0, 85.0),
    "Internship": (1.0, 45000.0, 18.0),
    "": (22.0, 82000.0, 28.0),
}
_LI_WORK = {  # formatted: (weight, work_type)
    "Full-time": (80.0, "FULL_TIME"),
    "Contract": (10.0, "CONTRACT"),
    "Part-time": (7.0, "PART_TIME"),
    "Temporary": (1.5, "TEMPORARY"),
    "Internship": (1.0, "INTERNSHIP"),
    "Volunteer": (0.3, "VOLUNTEER"),
    "Other": (0.2, "OTHER"),
}
_LI_TITLES = _split(
    "Registered Nurse;Software Engineer;Senior Software Engineer;Sales Associate;Customer Service Representative;"
    "Project Manager;Data Analyst;Administrative Assistant;Warehouse Associate;Accountant;Account Executive;"
    "Physical Therapist;Licensed Practical Nurse;Business Analyst;Retail Store Manager;Truck Driver;Java Developer;"
    "Executive Assistant;Marketing Manager;Certified Nursing Assistant;Operations Manager;Financial Analyst",
    ";",
)
_LI_PLACES = _split(
    "United States;New York, NY;Chicago, IL;Houston, TX;Los Angeles, CA;Atlanta, GA;Dallas, TX;Boston, MA;"
    "Seattle, WA;Phoenix, AZ;Charlotte, NC;Denver, CO;Austin, TX;Philadelphia, PA;San Francisco, CA;Miami, FL",
    ";",
)
_LI_DAYS = [16.0, 17.0, 16.0, 24.0, 15.0, 5.0, 5.0]
_LI_PERIODS = {"YEARLY": 50.0, "HOURLY": 42.0, "MONTHLY": 5.0, "WEEKLY": 2.0, "BIWEEKLY": 1.0}


def _li_money(x: float, step: float) -> float:
    return round(round(x / step) * step, 2)


def _postings_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3007)
    n = 2000
    named = _exact_counts(rng, _LI_COMPANIES)
    tail = [f"{a} {b}" for a in _LI_TAIL_A for b in _LI_TAIL_B]
    companies: list[str | None] = [*named]
    while len(companies) < n:
        companies.append(None if rng.random() < 0.015 else str(_one(rng, tail)))
    companies = [companies[i] for i in rng.permutation(n)]
    # sorted: a set's order of strings changes from run to run
    ids = {c: int(rng.integers(1000, 99_000_000)) for c in sorted({c for c in companies if c})}
    days = pd.date_range("2024-03-24", "2024-04-20")
    dw = np.array([_LI_DAYS[d.dayofweek] for d in days]) * rng.lognormal(0, 0.08, size=len(days))
    rows = []
    for company in companies:
        level = str(_one(rng, list(_LI_LEVELS), [v[0] for v in _LI_LEVELS.values()]))
        work = str(_one(rng, list(_LI_WORK), [v[0] for v in _LI_WORK.values()]))
        _w, yearly, hourly = _LI_LEVELS[level]
        day = pd.Timestamp(days[int(rng.choice(len(days), p=dw / dw.sum()))])
        listed = day + pd.Timedelta(seconds=int(rng.integers(13 * 3600, 22 * 3600)))
        original = listed
        if rng.random() < 0.1:
            original = listed - pd.Timedelta(days=int(rng.integers(1, 30)), seconds=int(rng.integers(0, 3600)))
        period: str | None = None
        lo: float | None = None
        hi: float | None = None
        med: float | None = None
        if rng.random() < 0.3:
            period = str(_one(rng, list(_LI_PERIODS), list(_LI_PERIODS.values())))
            if work in ("Part-time", "Temporary", "Contract") and rng.random() < 0.6:
                period = "HOURLY"
            factor = float(rng.lognormal(0, 0.28))
            if period == "HOURLY":
                lo = _li_money(hourly * factor, 0.25)
                hi = _li_money(lo * float(rng.uniform(1.1, 1.55)), 0.5)
            else:
                per_year = {"YEARLY": 1, "MONTHLY": 12, "WEEKLY": 52, "BIWEEKLY": 26}[period]
                step = 1000.0 if period == "YEARLY" else 10.0
                lo = _li_money(yearly * factor / per_year, step)
                hi = _li_money(lo * float(rng.uniform(1.12, 1.6)), step)
            if rng.random() < 0.12:
                med, lo, hi = round((lo + hi) / 2, 2), None, None
        onsite = rng.random() < 0.3
        views = float(int(rng.lognormal(np.log(14), 1.1)) + 1)
        job_id = int(rng.integers(921716, 3_906_267_000))
        rows.append(
            {
                "job_id": job_id,
                "company_name": company,
                "title": str(_one(rng, _LI_TITLES)),
                "description": "We are looking for a motivated team member to join our growing team.",
                "max_salary": hi,
                "pay_period": period,
                "location": str(_one(rng, _LI_PLACES)),
                "company_id": float(ids[company]) if company else None,
                "views": None if rng.random() < 0.01 else views,
                "med_salary": med,
                "min_salary": lo,
                "formatted_work_type": work,
                "applies": float(int(rng.binomial(int(views), 0.12))) if onsite else None,
                "original_listed_time": float(int(original.timestamp()) * 1000),
                "remote_allowed": 1.0 if rng.random() < 0.12 else None,
                "job_posting_url": f"https://www.linkedin.com/jobs/view/{job_id}/",
                "application_url": None if onsite else f"https://careers.example-{job_id % 997}.com/apply/{job_id}",
                "application_type": str(_one(rng, ["ComplexOnsiteApply", "SimpleOnsiteApply"], [2, 1]))
                if onsite
                else "OffsiteApply",
                "expiry": float(int((listed + pd.Timedelta(days=30)).timestamp()) * 1000),
                "closed_time": None,
                "formatted_experience_level": level or None,
                "skills_desc": None,
                "listed_time": float(int(listed.timestamp()) * 1000),
                "posting_domain": None if onsite else f"careers.example-{job_id % 997}.com",
                "sponsored": 0,
                "work_type": _LI_WORK[work][1],
                "currency": "USD" if period else None,
                "compensation_type": "BASE_SALARY" if period else None,
            }
        )
    return pd.DataFrame(rows)


def _li_weekdays(col: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: pd.to_datetime(d[col], unit="ms").dt.dayofweek.value_counts()


def _li_yearly_max(d: pd.DataFrame) -> np.ndarray:
    y = d[d["pay_period"] == "YEARLY"]
    by = y["max_salary"].groupby(y["formatted_experience_level"]).mean()
    return np.asarray(by.reindex(["Entry level", "Mid-Senior level"]), dtype=float)


def _li_hourly(strict: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        top = d.loc[d["pay_period"] == "HOURLY", "max_salary"]
        return float((top > 50).sum() if strict else (top >= 50).sum())

    return value


def _busiest_day(col: str) -> Check:
    days = _li_weekdays(col)
    return both(_weekday(lambda d: int(days(d).index[0])), has(lambda d: float(days(d).iloc[0])))


_POSTINGS_QS = [
    Q(
        "what % of the postings allow remote work?",
        _share(lambda d: float((d["remote_allowed"] == 1).mean())),
        ("remote_allowed", "job_id"),
    ),
    Q(
        "how many postings actually list a salary?",
        either(
            has(lambda d: float(d[["max_salary", "med_salary", "min_salary"]].notna().any(axis=1).sum())),
            has(lambda d: float(d["max_salary"].notna().sum())),
        ),
        ("max_salary", "med_salary", "min_salary", "pay_period", "job_id"),
    ),
    Q(
        "avg max salary for entry level vs mid-senior jobs (yearly pay only)",
        _scaled(_li_yearly_max, (1e3,)),
        ("max_salary", "pay_period", "formatted_experience_level"),
    ),
    Q(
        "top 5 companies by number of postings",
        _all_named(lambda d: [str(c) for c in d["company_name"].value_counts().index[:5]]),
        ("company_name", "company_id", "job_id"),
    ),
    Q(
        "plot postings by day of week - which day gets the most new listings and how many?",
        either(_busiest_day("listed_time"), _busiest_day("original_listed_time")),
        ("listed_time", "original_listed_time", "job_id"),
    ),
    Q(
        "how many hourly jobs pay more than $50/hr at the top end?",
        either(has(_li_hourly(True)), has(_li_hourly(False))),
        ("max_salary", "pay_period"),
    ),
]


HELDOUT30: list[Dataset] = [
    Dataset("police_shootings", _police_frame, _POLICE_QS),
    Dataset("starbucks_drinks", _starbucks_frame, _STARBUCKS_QS),
    Dataset("student_alcohol", _students_frame, _STUDENTS_QS),
    Dataset("census_county_pop", _census_frame, _CENSUS_QS),
    Dataset("f1_results", _f1_frame, _F1_QS),
    Dataset("medium_articles", _medium_frame, _MEDIUM_QS),
    Dataset("linkedin_postings", _postings_frame, _POSTINGS_QS),
]
