"""HELDOUT50: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public datasets an analyst is likely to bring along: the UCI
Adult census income file as Kaggle serves it (adult.csv, 4200 people) with dotted headers (education.num,
marital.status, hours.per.week), "?" for an unknown workclass, occupation or native.country, education written
"HS-grad" / "Some-college", "Married-civ-spouse" style statuses, capital.gain and capital.loss mostly 0 (99999 for
the largest gains), "United-States" and "<=50K" / ">50K" incomes, sorted by capital.loss as the file is; Kaggle's
Walmart Store Sales (Walmart.csv, 45 stores over the 104 weeks from 5 February 2010 to 27 January 2012, 4680 rows)
with dates written day first ("05-02-2010"), Weekly_Sales in dollars and cents, a 0/1 Holiday_Flag on the Super
Bowl, Labor Day, Thanksgiving and Christmas weeks, Temperature in °F, Fuel_Price, CPI to seven places (about 126 for
some stores, 180-230 for the rest) and Unemployment; Kaggle's Google Play Store apps (googleplaystore.csv, 3287 rows
for 3020 apps: popular apps listed two to five times, some with a newer review count) with upper-case categories
such as "ART_AND_DESIGN", blank ratings, Reviews as text, Size as "19M", "201k" or "Varies with device", Installs as
"10,000+", Free / Paid, prices as "$4.99" or "0", Content Rating, ";"-joined Genres, "January 7, 2018" update dates,
Current Ver and "4.0.3 and up" Android Ver, the "I am rich" apps at $399.99 and one at $400.00, the row shifted one
column left (Category "1.9", Rating 19, Reviews "3.0M", Installs "Free") and an app with no Type; Kaggle's Avocado
Prices (avocado.csv, 4732 rows: 14 regions, conventional and organic, weekly from 2015-01-04 to 2018-03-25) with its
unnamed index restarting at 0 in each type, year and region, ISO dates newest first in each of those blocks,
AveragePrice, Total Volume, the PLU columns 4046, 4225 and 4770, bags by size, year, and regions written
"BaltimoreWashington" and "LosAngeles" beside the aggregates "California", "West" and "TotalUS"; Kaggle's Car Price
Prediction file (CarPrice_Assignment.csv, 333 cars) with car_ID, symboling, CarName as brand and model with the
file's misspellings ("maxda rx3", "porcshce panamera", "toyouta tercel", "vokswagen rabbit", "vw dasher", "Nissan
versa"), gas / diesel, std / turbo, doors and cylinders as words ("two", "four", "twelve"), body, drive, engine and
fuel system codes, dimensions, mpg and a float price; Kaggle's bank Churn Modelling file (Churn_Modelling.csv, 5000
customers) with RowNumber, CustomerId, surnames (some as "H?" or "T'ien"), CreditScore, France / Spain / Germany,
Gender, Age, Tenure, Balance with many 0.0 (none in Germany), NumOfProducts, 0/1 HasCrCard, IsActiveMember and
Exited, and EstimatedSalary; and simplemaps' basic World Cities file (worldcities.csv, 4617 cities, largest first)
with accented city names beside city_ascii, four-decimal lat and lng, country, iso2, iso3, admin_name in local
spelling ("Mahārāshtra", "Tōkyō"; blank for Hong Kong and Singapore), capital as primary / admin / minor or blank,
population blank for 129 small places, and ten-digit ids. All are generated with a fixed seed.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _lead, _named, _share, _shares, _split, _text
from .heldout38 import _month
from .heldout39 import _fields
from .heldout40 import _top_named
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, both, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _weighted(rng: np.random.Generator, text: str, sep: str = ";") -> str:
    """One option of "a:3;b:1" drawn by its weight, `sep` between the options (for labels holding a ";")."""
    pairs = [x.rsplit(":", 1) for x in text.split(sep)]
    return str(_one(rng, [p[0] for p in pairs], [float(p[1]) for p in pairs]))


def _ascii(text: str) -> str:
    """The name without its accents ("São Paulo" as "Sao Paulo", "Ōsaka" as "Osaka")."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in text if not unicodedata.combining(c))


def _top(scores: pd.Series) -> str:
    """The best label of a ranking (ties in label order)."""
    return str(_ranked(scores).index[0])


def _bottom(scores: pd.Series) -> str:
    """The worst label of a ranking (ties in label order)."""
    return str(_ranked(scores, ascending=True).index[0])


def _first_k(ranking: Callable[[pd.DataFrame], pd.Series], k: int) -> Callable[[pd.DataFrame], list[str]]:
    return lambda d: [str(x) for x in ranking(d).index[:k]]


def _above(column: str, cut: float) -> Check:
    """A count of rows above `cut`, read as strictly above or at least."""
    return either(
        _count(lambda d: float((d[column] > cut).sum())),
        _count(lambda d: float((d[column] >= cut).sum())),
    )


# --- 1. Adult census income (UCI "Adult Census Income", adult.csv) ------------------------------------------------

# education in the order of education.num (1-16), with its share of people (%)
_AD_EDUCATION = _split(
    "Preschool:0.15;1st-4th:0.5;5th-6th:1.0;7th-8th:2.0;9th:1.6;10th:2.9;11th:3.6;12th:1.3;HS-grad:32.3;"
    "Some-college:22.4;Assoc-voc:4.2;Assoc-acdm:3.3;Bachelors:16.4;Masters:5.3;Prof-school:1.8;Doctorate:1.3"
)
# occupation: weight, the education.num it leans to, log-odds of earning more than $50K
_AD_OCCUPATIONS: dict[str, tuple[float, float, float]] = {
    "Prof-specialty": (12.7, 13.6, 0.55),
    "Craft-repair": (12.6, 9.2, -0.05),
    "Exec-managerial": (12.5, 11.6, 1.25),
    "Adm-clerical": (11.6, 10.0, -0.55),
    "Sales": (11.2, 10.1, 0.3),
    "Other-service": (10.1, 8.9, -1.6),
    "Machine-op-inspct": (6.1, 8.5, -0.6),
    "Transport-moving": (4.9, 8.9, -0.2),
    "Handlers-cleaners": (4.2, 8.6, -1.25),
    "Farming-fishing": (3.1, 8.4, -0.95),
    "Tech-support": (2.8, 11.0, 0.2),
    "Protective-serv": (2.0, 10.2, 0.3),
    "Priv-house-serv": (0.5, 7.3, -2.5),
}
_AD_WORKCLASS = (
    "Private:73.9;Self-emp-not-inc:8.3;Local-gov:6.8;State-gov:4.2;Self-emp-inc:3.6;Federal-gov:3.1;Without-pay:0.05"
)
# age band (upper bound): marital status weights
_AD_MARITAL = (
    (25, "Never-married:85;Married-civ-spouse:10;Divorced:2;Separated:2;Married-spouse-absent:1"),
    (35, "Never-married:40;Married-civ-spouse:45;Divorced:10;Separated:3;Married-spouse-absent:1.5;Widowed:0.5"),
    (55, "Never-married:12;Married-civ-spouse:60;Divorced:20;Separated:4;Widowed:2.5;Married-spouse-absent:1.5"),
    (99, "Never-married:6;Married-civ-spouse:60;Divorced:14;Separated:2;Widowed:17;Married-spouse-absent:1"),
)
_AD_RACES = "White:85.4;Black:9.6;Asian-Pac-Islander:3.2;Amer-Indian-Eskimo:1.0;Other:0.8"
_AD_COUNTRIES = (
    "United-States:89.6;Mexico:2.0;?:1.8;Philippines:0.6;Germany:0.42;Canada:0.37;Puerto-Rico:0.35;"
    "El-Salvador:0.33;India:0.31;Cuba:0.29;England:0.27;Jamaica:0.25;South:0.25;China:0.23;Italy:0.22;"
    "Dominican-Republic:0.21;Vietnam:0.2;Guatemala:0.19;Japan:0.19;Poland:0.18;Columbia:0.18;Taiwan:0.16;"
    "Haiti:0.14;Iran:0.13;Portugal:0.11;Nicaragua:0.1;Peru:0.09;France:0.09;Greece:0.09;Ecuador:0.09;Ireland:0.07"
)
_AD_GAINS = (
    "7688:18;7298:14;15024:18;5178:6;99999:8;10520:2;14084:2;4386:4;8614:2;27828:2;13550:1.5;4787:1.5;20051:1",
    "2174:2;3325:3;594:2;3137:3;2829:2;3411:2;4650:3;2407:1;1055:2;2202:1;4064:3;3908:1;6849:1;5013:4;3103:5",
)
_AD_LOSSES = (
    "1902:30;1977:25;1887:22;1848:6;2415:4;2559:2;2824:1;3683:0.5;4356:0.4",
    "1602:8;1590:6;1740:6;1672:7;1876:8;1485:5;2258:4;2001:4;1719:3;1408:3;2339:3;3900:0.3;3770:0.4;1980:2",
)


def _ad_relationship(rng: np.random.Generator, marital: str, age: int, male: bool) -> str:
    if marital in ("Married-civ-spouse", "Married-AF-spouse"):
        return "Husband" if male else "Wife"
    if marital == "Never-married" and age < 25:
        return _weighted(rng, "Own-child:65;Not-in-family:25;Other-relative:7;Unmarried:3")
    if marital == "Never-married":
        return _weighted(rng, "Not-in-family:62;Own-child:15;Unmarried:15;Other-relative:8")
    if male:
        return _weighted(rng, "Not-in-family:60;Unmarried:30;Own-child:5;Other-relative:5")
    return _weighted(rng, "Unmarried:55;Not-in-family:38;Own-child:4;Other-relative:3")


def _ad_person(rng: np.random.Generator) -> dict[str, Any]:
    age = int(min(90, 17 + round(float(rng.gamma(2.3, 9.4)))))
    male = bool(rng.random() < 0.669)
    education = _weighted(rng, ";".join(_AD_EDUCATION))
    years = [x.split(":")[0] for x in _AD_EDUCATION].index(education) + 1
    unknown = rng.random() < (0.16 if age < 22 or age > 64 else 0.035)
    if unknown:
        workclass, occupation, lean = ("Never-worked" if rng.random() < 0.004 else "?"), "?", -0.9
    else:
        workclass = _weighted(rng, _AD_WORKCLASS)
        weights = [w * np.exp(-((years - c) ** 2) / 18) for w, c, _lo in _AD_OCCUPATIONS.values()]
        occupation = str(_one(rng, list(_AD_OCCUPATIONS), weights))
        lean = _AD_OCCUPATIONS[occupation][2]
    marital = _weighted(rng, next(table for top, table in _AD_MARITAL if age < top))
    if marital == "Married-civ-spouse" and not male and rng.random() < 0.6:
        marital = _weighted(rng, "Never-married:45;Divorced:35;Separated:8;Widowed:12")
    if marital == "Married-civ-spouse" and rng.random() < 0.0015:
        marital = "Married-AF-spouse"
    if age < 25:
        hours = float(rng.normal(31, 11))
    else:
        hours = 40.0 if rng.random() < 0.47 else float(rng.normal(43.5 if male else 37.5, 11.5))
        hours += 1.2 * (years - 10) if hours != 40.0 else 0.0
    hours = int(np.clip(round(hours), 1, 99))
    married = marital in ("Married-civ-spouse", "Married-AF-spouse")
    logit = -9.9 + 0.42 * years + 2.05 * married + 0.075 * min(age, 52) + 0.035 * (hours - 40) + 0.3 * male + lean
    logit -= 0.8 * (age > 66)
    rich = bool(rng.random() < 1 / (1 + np.exp(-logit)))
    gain = 0
    if rng.random() < (0.19 if rich else 0.045):
        gain = int(_weighted(rng, _AD_GAINS[0] if rich else _AD_GAINS[1]))
    loss = 0
    if gain == 0 and rng.random() < (0.09 if rich else 0.035):
        loss = int(_weighted(rng, _AD_LOSSES[0] if rich else _AD_LOSSES[1]))
    return {
        "age": age,
        "workclass": workclass,
        "fnlwgt": int(np.clip(round(float(rng.lognormal(np.log(178_000), 0.52))), 12_285, 1_484_705)),
        "education": education,
        "education.num": years,
        "marital.status": marital,
        "occupation": occupation,
        "relationship": _ad_relationship(rng, marital, age, male),
        "race": _weighted(rng, _AD_RACES),
        "sex": "Male" if male else "Female",
        "capital.gain": gain,
        "capital.loss": loss,
        "hours.per.week": hours,
        "native.country": _weighted(rng, _AD_COUNTRIES),
        "income": ">50K" if rich else "<=50K",
    }


def _adult_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5001)
    rows = [_ad_person(rng) for _ in range(4200)]
    for i in rng.choice(len(rows), 2, replace=False):
        rows[int(i)] |= {"workclass": "Federal-gov", "occupation": "Armed-Forces", "income": "<=50K"}
    frame = pd.DataFrame(rows)
    return frame.sort_values("capital.loss", ascending=False, kind="stable", ignore_index=True)


def _ad_rich(d: pd.DataFrame) -> pd.Series:
    return _text(d["income"]) == ">50K"


def _ad_ages(d: pd.DataFrame) -> list[float]:
    by = d.groupby(_ad_rich(d))["age"].mean()
    return [float(by[True]), float(by[False])]


def _ad_occupations(d: pd.DataFrame) -> pd.Series:
    jobs = _text(d["occupation"])
    return _ad_rich(d)[jobs != "?"].groupby(jobs[jobs != "?"]).mean()


_AD_OCCUPATION_NAMES = {
    "Exec-managerial": ("executive/managerial", "executive managerial", "exec managerial", "executives/managers"),
    "Prof-specialty": ("professional specialty", "professional-specialty", "professional/specialty"),
    "Tech-support": ("technical support",),
    "Protective-serv": ("protective service", "protective services"),
}
_AD_INCOME = ("income",)
_ADULT_QS = [
    Q(
        "what % of people make over 50k?",
        _share(lambda d: float(_ad_rich(d).mean())),
        _AD_INCOME,
    ),
    Q(
        "and for women?",
        _share(lambda d: float(_ad_rich(d)[_text(d["sex"]) == "Female"].mean())),
        (*_AD_INCOME, "sex"),
    ),
    Q(
        "avg age of people earning >50K vs <=50K",
        _about(_ad_ages, rel=0.005),
        (*_AD_INCOME, "age"),
    ),
    Q(
        "which occupation has the highest share of people earning more than 50K?",
        _lead(_named(lambda d: _top(_ad_occupations(d)), _AD_OCCUPATION_NAMES)),
        (*_AD_INCOME, "occupation"),
    ),
    Q(
        "how many people work more than 50 hours a week",
        _above("hours.per.week", 50),
        ("hours.per.week",),
    ),
    Q(
        "is education.num correlated with hours per week?",
        _corr(lambda d: d["education.num"], lambda d: d["hours.per.week"]),
        ("education.num", "education", "hours.per.week"),
    ),
]


# --- 2. Walmart weekly store sales (Kaggle "Walmart Store Sales", Walmart.csv) ------------------------------------

# store 1-45: average weekly sales ($)
_WM_STORES = [
    1_555_264,
    1_925_751,
    402_704,
    2_041_713,
    318_012,
    1_564_728,
    570_617,
    908_750,
    543_981,
    1_899_425,
    1_356_383,
    1_009_002,
    2_003_620,
    2_020_978,
    623_312,
    519_248,
    893_581,
    1_084_718,
    1_444_999,
    2_107_677,
    756_069,
    1_028_501,
    1_389_864,
    1_356_755,
    706_722,
    1_002_912,
    1_775_216,
    1_323_522,
    539_451,
    438_580,
    1_395_901,
    1_166_568,
    259_862,
    966_782,
    919_725,
    373_512,
    518_900,
    385_732,
    1_450_668,
    964_128,
    1_268_125,
    556_404,
    633_325,
    302_749,
    785_981,
]
# Super Bowl, Labor Day, Thanksgiving and Christmas weeks (the Friday the week ends on)
_WM_HOLIDAYS = _split("2010-02-12;2010-09-10;2010-11-26;2010-12-31;2011-02-11;2011-09-09;2011-11-25;2011-12-30")
# national average fuel price ($/gallon) through the two years
_WM_FUEL = {"2010-02-05": 2.58, "2010-06-04": 2.72, "2010-10-01": 2.75, "2011-01-07": 3.05, "2011-05-06": 3.87}
_WM_FUEL |= {"2011-08-05": 3.62, "2011-11-04": 3.43, "2012-01-27": 3.36}


def _wm_season(day: pd.Timestamp) -> float:
    """How far a week's sales run above or below a store's usual week."""
    if day.month == 11 and f"{day:%Y-%m-%d}" in _WM_HOLIDAYS:
        return 1.43
    if day.month == 12:
        return {0: 1.04, 1: 1.15, 2: 1.34, 3: 1.62}.get((day.day - 1) // 7, 0.86)
    if day.month == 1:
        return 0.87
    if f"{day:%Y-%m-%d}" in _WM_HOLIDAYS:
        return 1.03
    return {2: 1.0, 3: 0.98, 4: 0.99, 5: 1.01, 6: 1.03, 7: 1.02, 8: 1.03, 9: 0.95, 10: 0.96, 11: 0.99}[day.month]


def _walmart_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5002)
    weeks = pd.date_range("2010-02-05", periods=104, freq="7D")
    t = np.arange(len(weeks)) / 52
    season = np.array([_wm_season(w) for w in weeks])
    anchors = pd.to_datetime(list(_WM_FUEL))
    fuel = np.interp(weeks.asi8, anchors.asi8, list(_WM_FUEL.values()))
    day_of_year = weeks.dayofyear.to_numpy()
    low_cpi = set(rng.choice(45, 12, replace=False).tolist())
    blocks = []
    for store, base in enumerate(_WM_STORES, start=1):
        growth = float(rng.normal(0.0, 0.04))
        swing = float(rng.uniform(0.8, 1.25))
        sales = base * (1 + (season - 1) * swing) * (1 + growth * (t - 1)) * rng.normal(1, 0.035, len(weeks))
        warm, spread = float(rng.uniform(42, 74)), float(rng.uniform(11, 24))
        temperature = warm - spread * np.cos(2 * np.pi * (day_of_year - 20) / 365.25) + rng.normal(0, 5.5, len(weeks))
        start = 126.07 if store - 1 in low_cpi else float(rng.uniform(182, 222))
        cpi = start * (1 + (0.022 if start < 130 else 0.028) * t) + np.cumsum(rng.normal(0, 0.02, len(weeks)))
        jobless = float(rng.uniform(4.5, 12.8)) if store != 12 else 13.7
        steps = np.repeat(np.cumsum(rng.normal(-0.09, 0.12, 9)), 13)[: len(weeks)]
        blocks.append(
            pd.DataFrame(
                {
                    "Store": store,
                    "Date": [f"{w:%d-%m-%Y}" for w in weeks],
                    "Weekly_Sales": np.round(sales, 2),
                    "Holiday_Flag": [int(f"{w:%Y-%m-%d}" in _WM_HOLIDAYS) for w in weeks],
                    "Temperature": np.round(temperature, 2),
                    "Fuel_Price": np.round(fuel + float(rng.uniform(-0.1, 0.4)) + rng.normal(0, 0.015, len(weeks)), 3),
                    "CPI": np.round(cpi, 7),
                    "Unemployment": np.round(np.maximum(jobless + steps, 3.9), 3),
                }
            )
        )
    return pd.concat(blocks, ignore_index=True)


def _wm_totals(d: pd.DataFrame) -> pd.Series:
    return d.groupby(d["Store"].astype(str))["Weekly_Sales"].sum()


def _wm_holiday_means(d: pd.DataFrame) -> list[float]:
    by = d.groupby("Holiday_Flag")["Weekly_Sales"].mean()
    return [float(by[1]), float(by[0])]


def _wm_best_month(how: str) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def month(d: pd.DataFrame) -> pd.Timestamp:
        days = pd.to_datetime(d["Date"], format="%d-%m-%Y")
        by = d["Weekly_Sales"].groupby(days.dt.month).agg(how)
        return pd.Timestamp(2010, int(by.idxmax()), 1)

    return month


_WM_ID = ("Store",)
_WM_SALES = ("Weekly_Sales",)
_WALMART_QS = [
    Q(
        "what are the total sales across all stores?",
        _scaled(lambda d: float(d["Weekly_Sales"].sum()), (1e6, 1e9)),
        _WM_SALES,
    ),
    Q(
        "which store sold the most overall?",
        _lead(_named(lambda d: _top(_wm_totals(d)))),
        (*_WM_ID, *_WM_SALES),
    ),
    Q(
        "and the least?",
        _lead(_named(lambda d: _bottom(_wm_totals(d)))),
        (*_WM_ID, *_WM_SALES),
    ),
    Q(
        "avg weekly sales in holiday weeks vs normal weeks",
        _scaled(_wm_holiday_means, (1e3, 1e6)),
        (*_WM_SALES, "Holiday_Flag"),
    ),
    Q(
        "which month has the best sales on average?",
        _lead(either(_month(_wm_best_month("mean")), _month(_wm_best_month("sum")))),
        (*_WM_SALES, "Date"),
    ),
    Q(
        "is unemployment correlated with weekly sales at all?",
        _corr(lambda d: d["Unemployment"], lambda d: d["Weekly_Sales"]),
        (*_WM_SALES, "Unemployment"),
    ),
]


# --- 3. Google Play Store apps (Kaggle "Google Play Store Apps", googleplaystore.csv) ----------------------------

# category: apps, share paid, genres ("|" between options, ";" inside a genre as the file joins two), app nouns
_GP_CATEGORIES: dict[str, tuple[int, float, str, str]] = {
    "ART_AND_DESIGN": (
        18,
        0.05,
        "Art & Design:80|Art & Design;Pretend Play:8|Art & Design;Creativity:10|Art & Design;Action & Adventure:2",
        "Drawing;Coloring Book;Sketch;Paint;Tattoo Design;Logo Maker;Pixel Art",
    ),
    "AUTO_AND_VEHICLES": (24, 0.04, "Auto & Vehicles:1", "Car Manual;Parking Finder;OBD2 Scanner;Fuel Log;Used Cars"),
    "BEAUTY": (15, 0.0, "Beauty:1", "Makeup Ideas;Hairstyles;Nail Art;Beauty Tips;Skin Care"),
    "BOOKS_AND_REFERENCE": (
        64,
        0.12,
        "Books & Reference:95|Books & Reference;Education:5",
        "Bible;Dictionary;Quran;Audiobooks;Novel Reader;Encyclopedia;Hymns;Comics Reader",
    ),
    "BUSINESS": (127, 0.04, "Business:1", "Invoice;Scanner;CRM;Job Search;Timesheet;Meeting;Receipt;Office Suite"),
    "COMICS": (17, 0.0, "Comics:90|Comics;Creativity:10", "Manga Reader;Comic Maker;Webtoon;Meme Generator"),
    "COMMUNICATION": (
        107,
        0.07,
        "Communication:1",
        "Messenger;Browser;Video Call;SMS;Email;Dialer;Walkie Talkie;VPN;Caller ID",
    ),
    "DATING": (65, 0.02, "Dating:1", "Dating;Chat & Meet;Singles;Flirt;Match;Date Night"),
    "EDUCATION": (
        43,
        0.07,
        "Education:75|Education;Education:10|Education;Pretend Play:5|Education;Brain Games:5|Education;Creativity:5",
        "English Grammar;Math Tutor;Flashcards;Spelling;Learn Spanish;Quiz;Typing",
    ),
    "ENTERTAINMENT": (41, 0.05, "Entertainment:90|Entertainment;Music & Video:10", "Movies;TV Guide;Jokes;Prank;Fan"),
    "EVENTS": (18, 0.0, "Events:1", "Tickets;Event Planner;Wedding;Countdown;Party"),
    "FAMILY": (
        545,
        0.1,
        "Entertainment:18|Casual:14|Education:12|Simulation:10|Educational;Education:9|Puzzle:6|Role Playing:5|"
        "Strategy:5|Action:5|Casual;Pretend Play:5|Puzzle;Brain Games:4|Casual;Action & Adventure:3|Adventure:3",
        "Kids Puzzle;Baby Games;Farm;Cooking Game;Pet Care;Princess Salon;Doctor Kids;Monster Truck;Dress Up",
    ),
    "FINANCE": (
        101,
        0.05,
        "Finance:1",
        "Budget;Wallet;Mobile Banking;Loan Calculator;Expense Tracker;Stocks;Crypto;Credit Score",
    ),
    "FOOD_AND_DRINK": (35, 0.03, "Food & Drink:1", "Recipes;Food Delivery;Cookbook;Restaurant Finder;Diet Meals"),
    "GAME": (
        316,
        0.08,
        "Action:20|Arcade:18|Racing:10|Casual:12|Adventure:6|Sports:7|Puzzle:6|Card:4|Word:5|Board:3|Trivia:3|"
        "Role Playing:3|Strategy:3",
        "Zombie Shooter;Racing;Bubble Shooter;Solitaire;Chess;Sniper;Runner;Word Search;Tower Defense;Slots",
    ),
    "HEALTH_AND_FITNESS": (
        94,
        0.05,
        "Health & Fitness:97|Health & Fitness;Education:3",
        "Workout;Yoga;Step Counter;Calorie Counter;Meditation;Water Reminder;Running",
    ),
    "HOUSE_AND_HOME": (24, 0.0, "House & Home:1", "Home Design;Real Estate;Apartments;Floor Plan;Furniture"),
    "LIBRARIES_AND_DEMO": (23, 0.02, "Libraries & Demo:1", "Demo;Sample App;Plugin;SDK Test"),
    "LIFESTYLE": (105, 0.06, "Lifestyle:97|Lifestyle;Pretend Play:3", "Horoscope;Wallpapers;Quotes;Prayer Times;Diary"),
    "MAPS_AND_NAVIGATION": (
        38,
        0.04,
        "Maps & Navigation:1",
        "GPS Navigation;Offline Maps;Bus Tracker;Compass;Speedometer",
    ),
    "MEDICAL": (
        128,
        0.18,
        "Medical:1",
        "Drug Guide;Anatomy;Nursing Exam;Symptom Checker;Pregnancy;ECG;Medical Calculator",
    ),
    "NEWS_AND_MAGAZINES": (78, 0.01, "News & Magazines:1", "News;Daily Headlines;Radio News;Magazine;Local News"),
    "PARENTING": (17, 0.03, "Parenting:85|Parenting;Education:10|Parenting;Music & Video:5", "Baby Tracker;Lullabies"),
    "PERSONALIZATION": (
        108,
        0.15,
        "Personalization:1",
        "Launcher;Icon Pack;Live Wallpaper;Theme;Keyboard Theme;Lock Screen",
    ),
    "PHOTOGRAPHY": (92, 0.05, "Photography:1", "Photo Editor;Camera;Collage Maker;Selfie;Beauty Camera;Photo Frames"),
    "PRODUCTIVITY": (117, 0.07, "Productivity:1", "Notes;To Do List;Calendar;PDF Reader;File Manager;Calculator"),
    "SHOPPING": (72, 0.0, "Shopping:1", "Coupons;Deals;Online Shopping;Price Compare;Grocery List"),
    "SOCIAL": (81, 0.01, "Social:1", "Chat Rooms;Status Saver;Followers;Community;Stories"),
    "SPORTS": (106, 0.05, "Sports:1", "Live Scores;Football News;Cricket;Fantasy Sports;Golf GPS;Fishing"),
    "TOOLS": (
        233,
        0.04,
        "Tools:99|Tools;Education:1",
        "Flashlight;Cleaner;Battery Saver;QR Scanner;App Lock;Wifi Analyzer;Translator;Antivirus",
    ),
    "TRAVEL_AND_LOCAL": (
        71,
        0.03,
        "Travel & Local:98|Travel & Local;Action & Adventure:2",
        "Hotels;Flights;City Guide",
    ),
    "VIDEO_PLAYERS": (
        48,
        0.02,
        "Video Players & Editors:95|Video Players & Editors;Creativity:5",
        "Video Player;Editor",
    ),
    "WEATHER": (23, 0.09, "Weather:1", "Weather Forecast;Radar;Weather Widget;Storm Tracker"),
}
# the order the file's first block of rows keeps its categories in
_GP_ORDER = _split(
    "ART_AND_DESIGN;AUTO_AND_VEHICLES;BEAUTY;BOOKS_AND_REFERENCE;BUSINESS;COMICS;COMMUNICATION;DATING;EDUCATION;"
    "ENTERTAINMENT;EVENTS;FINANCE;FOOD_AND_DRINK;HEALTH_AND_FITNESS;HOUSE_AND_HOME;LIBRARIES_AND_DEMO;LIFESTYLE;"
    "GAME;FAMILY;MEDICAL;SOCIAL;SHOPPING;PHOTOGRAPHY;SPORTS;TRAVEL_AND_LOCAL;TOOLS;PERSONALIZATION;PRODUCTIVITY;"
    "PARENTING;WEATHER;VIDEO_PLAYERS;NEWS_AND_MAGAZINES;MAPS_AND_NAVIGATION"
)
_GP_PREFIX = _split("My;Smart;Easy;Pro;Simple;Daily;Quick;Super;Pocket;Magic;Best;Ultimate;Free;Go;Hello;Mobile;Tiny")
_GP_SUFFIX = "~:55;Pro:8;Free:8;Lite:4;2018:4;HD:4;Plus:4;- Free:3;for Android:3;& More:2;Premium:2;3D:2;Deluxe:1"
_GP_INSTALLS = (
    "0+:0.15;1+:0.6;5+:0.8;10+:3.6;50+:1.9;100+:6.6;500+:3.1;1,000+:8.4;5,000+:4.4;10,000+:9.7;50,000+:4.4;"
    "100,000+:10.8;500,000+:5;1,000,000+:14.6;5,000,000+:6.9;10,000,000+:11.5;50,000,000+:2.7;100,000,000+:3.8;"
    "500,000,000+:0.4;1,000,000,000+:0.15"
)
_GP_PRICES = (
    "0.99:22;2.99:19;1.99:11;4.99:11;3.99:9;1.49:7;5.99:4;2.49:4;9.99:3;6.99:2;14.99:1.5;4.49:1;7.99:1;"
    "29.99:0.9;24.99:0.7;3.49:0.7;19.99:0.8;12.99:0.5;8.99:0.5;10.00:0.4;16.99:0.3;1.00:0.3;2.00:0.3;79.99:0.2"
)
_GP_CONTENT = "Everyone:80.4;Teen:11.1;Mature 17+:4.6;Everyone 10+:3.8"
_GP_ANDROID = (
    "4.1 and up:24;4.0.3 and up:15;4.0 and up:14;4.4 and up:9;2.3 and up:6;5.0 and up:6;4.2 and up:4;"
    "2.3.3 and up:3;2.2 and up:2;3.0 and up:2;4.3 and up:2;2.1 and up:1.2;1.6 and up:1;6.0 and up:0.6;"
    "7.0 and up:0.4;5.0 - 8.0:0.05;4.1 - 7.1.1:0.05;7.0 - 7.1.1:0.05"
)
_GP_YEARS = "2018:62;2017:17;2016:8;2015:5;2014:2.5;2013:1.2;2012:0.3;2011:0.15;2010:0.03"
# famous apps: category, genre, rating, reviews, size, installs, times listed
_GP_FAMOUS = _fields(
    "Facebook|SOCIAL|Social|4.1|78158306|Varies with device|1,000,000,000+|2;"
    "WhatsApp Messenger|COMMUNICATION|Communication|4.4|69119316|Varies with device|1,000,000,000+|3;"
    "Instagram|SOCIAL|Social|4.5|66577313|Varies with device|1,000,000,000+|3;"
    "Messenger – Text and Video Chat for Free|COMMUNICATION|Communication|4.0|56642847|Varies with device|"
    "1,000,000,000+|3;"
    "Clash of Clans|GAME|Strategy|4.6|44891723|98M|100,000,000+|4;"
    "Subway Surfers|GAME|Arcade|4.5|27722264|76M|1,000,000,000+|5;"
    "Candy Crush Saga|GAME|Casual|4.4|22426677|74M|500,000,000+|5;"
    "Google Photos|PHOTOGRAPHY|Photography|4.5|10858556|Varies with device|1,000,000,000+|3;"
    "Skype - free IM & video calls|COMMUNICATION|Communication|4.1|10484169|Varies with device|1,000,000,000+|3;"
    "Hill Climb Racing|GAME|Racing|4.4|8923587|63M|100,000,000+|3;"
    "Spotify Music|FAMILY|Music|4.5|7217759|Varies with device|100,000,000+|2;"
    "Duolingo: Learn Languages Free|EDUCATION|Education|4.7|6290507|Varies with device|100,000,000+|3"
)
# the "I am rich" apps: name, price, installs, rating (blank: none), category
_GP_RICH = _fields(
    "I'm Rich - Trump Edition|400.00|10,000+|3.6|LIFESTYLE;I am Rich|399.99|100,000+|3.8|FINANCE;"
    "I am Rich Plus|399.99|10,000+|4.0|FAMILY;I am rich(premium)|399.99|5,000+|3.5|FINANCE;"
    "I AM RICH PRO PLUS|399.99|1,000+|4.0|FINANCE;I Am Rich Pro|399.99|5,000+|4.4|FAMILY;"
    "I am Rich!|399.99|1,000+|3.8|FINANCE;I am extremely Rich|379.99|1,000+|2.9|LIFESTYLE;"
    "I am rich VIP|299.99|10,000+|3.8|LIFESTYLE;most expensive app (H)|399.99|100+|4.3|FAMILY;"
    "I Am Rich|389.99|10,000+|3.6|FAMILY;I am Rich Person|37.99|1,000+|4.2|LIFESTYLE"
)
_GP_COLUMNS = _split(
    "App;Category;Rating;Reviews;Size;Installs;Type;Price;Content Rating;Genres;Last Updated;Current Ver;Android Ver"
)


def _gp_name(rng: np.random.Generator, nouns: str, used: set[str]) -> str:
    for attempt in range(400):
        noun = str(_one(rng, _split(nouns)))
        forms = [f"{_one(rng, _GP_PREFIX)} {noun}", noun, f"{noun} {_one(rng, _split('App;Tool;Master;Hub;Box'))}"]
        name = str(_one(rng, forms, [1, 1, 2]))
        tail = _weighted(rng, _GP_SUFFIX)
        name = name if tail == "~" else f"{name} {tail}"
        if rng.random() < 0.15:
            name = f"{_one(rng, _split('Ace;Zen;Nova;Pixel;Blue;Red;Sky;Star;Bolt;Leaf'))} {name}"
        name = name if attempt < 300 else f"{name} {attempt - 299}"
        if name not in used:
            used.add(name)
            return name
    raise RuntimeError("no fresh app name left")


def _gp_size(rng: np.random.Generator) -> str:
    if rng.random() < 0.15:
        return "Varies with device"
    mb = float(max(rng.lognormal(np.log(11), 1.05), 0.0085))
    mb = mb if mb <= 100 else float(rng.uniform(40, 100))
    if mb < 1:
        return f"{round(mb * 1024)}k"
    return f"{mb:.1f}M" if mb < 10 else f"{round(mb)}M"


def _gp_updated(rng: np.random.Generator) -> str:
    year = int(_weighted(rng, _GP_YEARS))
    if year == 2018:
        day = pd.Timestamp("2018-08-08") - pd.Timedelta(days=int(min(219, rng.exponential(45))))
    else:
        day = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
    return f"{day:%B} {day.day}, {day.year}"


def _gp_version(rng: np.random.Generator, varies: bool) -> str | None:
    if varies and rng.random() < 0.8:
        return "Varies with device"
    if rng.random() < 0.002:
        return None
    major = int(_one(rng, [1, 1, 1, 1, 2, 2, 3, 4, 5, 6, 8, 10]))
    minor, patch = int(rng.integers(0, 10)), int(rng.integers(0, 30))
    return str(_one(rng, [f"{major}.0", f"{major}.{minor}", f"{major}.{minor}.{patch}"]))


def _gp_app(rng: np.random.Generator, name: str, category: str, paid_share: float, genres: str) -> dict[str, Any]:
    paid = rng.random() < paid_share
    installs = _weighted(rng, _GP_INSTALLS)
    count = int(installs.rstrip("+").replace(",", ""))
    if paid and count > 1_000_000:
        installs, count = "100,000+", 100_000
    reviews = 0 if count == 0 else int(count * float(np.clip(rng.lognormal(np.log(0.02), 0.9), 0.0, 0.6)))
    rated = reviews > 0 and rng.random() > (0.45 if count < 1000 else 0.03)
    rating = float(np.clip(5 - rng.gamma(1.6, 0.5 if count >= 1000 else 0.75), 1.0, 5.0)) if rated else np.nan
    size = _gp_size(rng)
    return {
        "App": name,
        "Category": category,
        "Rating": round(min(rating + 0.25 * paid, 5.0), 1),
        "Reviews": reviews,
        "Size": size,
        "Installs": installs,
        "Type": "Paid" if paid else "Free",
        "Price": f"${_weighted(rng, _GP_PRICES)}" if paid else "0",
        "Content Rating": _weighted(rng, _GP_CONTENT),
        "Genres": _weighted(rng, genres, sep="|"),
        "Last Updated": _gp_updated(rng),
        "Current Ver": _gp_version(rng, size == "Varies with device"),
        "Android Ver": "Varies with device" if size == "Varies with device" else _weighted(rng, _GP_ANDROID),
    }


def _playstore_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5003)
    used: set[str] = set()
    rows: list[dict[str, Any]] = []
    for category in _GP_ORDER:
        n, paid, genres, nouns = _GP_CATEGORIES[category]
        rows += [_gp_app(rng, _gp_name(rng, nouns, used), category, paid, genres) for _ in range(n)]
    for name, category, genre, rating, reviews, size, installs, _times in _GP_FAMOUS:
        rows.append(_gp_app(rng, name, category, 0.0, genre + ":1") | {"Rating": float(rating)})
        rows[-1] |= {"Reviews": int(reviews), "Size": size, "Installs": installs, "Content Rating": "Teen"}
        rows[-1] |= {"Current Ver": "Varies with device", "Android Ver": "Varies with device"}
    for name, price, installs, rating, category in _GP_RICH:
        genre = _GP_CATEGORIES[category][2].split("|")[0].rsplit(":", 1)[0]
        rows.append(_gp_app(rng, name, category, 1.0, genre + ":1"))
        rows[-1] |= {"Price": f"${price}", "Installs": installs, "Rating": float(rating), "Content Rating": "Everyone"}
        rows[-1]["Reviews"] = int(int(installs.rstrip("+").replace(",", "")) * float(rng.uniform(0.01, 0.05)))
    frame = pd.DataFrame(rows)
    tail = rng.random(len(frame)) < 0.3
    head = frame[~tail].assign(_order=[_GP_ORDER.index(c) for c in frame.loc[~tail, "Category"]])
    head = head.sort_values("_order", kind="stable").drop(columns="_order")
    famous = {str(x[0]): int(x[-1]) for x in _GP_FAMOUS}
    again = [
        frame.loc[[i]]
        for i in frame.index
        if str(frame.loc[i, "App"]) in famous
        for _ in range(famous[str(frame.loc[i, "App"])] - 1)
    ]
    popular = frame.index[
        frame["Installs"].isin(["1,000,000+", "5,000,000+", "10,000,000+", "50,000,000+", "100,000,000+"])
    ]
    for i in rng.choice(popular, 240, replace=False):
        copy = frame.loc[[int(i)]].copy()
        if rng.random() < 0.3:
            copy["Reviews"] = (copy["Reviews"] * float(rng.uniform(1.0, 1.004))).astype(int) + int(rng.integers(1, 40))
        again.append(copy)
    rest = pd.concat([frame[tail], *again], ignore_index=True)
    rest = rest.iloc[rng.permutation(len(rest))]
    broken = {
        "App": "Life Made WI-Fi Touchscreen Photo Frame",
        "Category": "1.9",
        "Rating": 19.0,
        "Reviews": "3.0M",
        "Size": "1,000+",
        "Installs": "Free",
        "Type": "0",
        "Price": "Everyone",
        "Content Rating": None,
        "Genres": "February 11, 2018",
        "Last Updated": "1.0.19",
        "Current Ver": "4.0 and up",
        "Android Ver": None,
    }
    rivals = {
        "App": "Command & Conquer: Rivals",
        "Category": "FAMILY",
        "Rating": np.nan,
        "Reviews": 0,
        "Size": "Varies with device",
        "Installs": "0",
        "Type": None,
        "Price": "0",
        "Content Rating": "Everyone 10+",
        "Genres": "Strategy",
        "Last Updated": "June 28, 2018",
        "Current Ver": "Varies with device",
        "Android Ver": "Varies with device",
    }
    cut = int(len(rest) * 0.93)
    frame = pd.concat(
        [
            head,
            rest.iloc[:cut],
            pd.DataFrame([broken]),
            rest.iloc[cut : cut + 40],
            pd.DataFrame([rivals]),
            rest.iloc[cut + 40 :],
        ],
        ignore_index=True,
    )
    frame["Reviews"] = frame["Reviews"].astype(str)
    return frame[_GP_COLUMNS]


def _gp(d: pd.DataFrame, unique: bool) -> pd.DataFrame:
    """Every row, or each app once (its first row)."""
    return d.drop_duplicates("App") if unique else d


def _gp_categories(unique: bool) -> Callable[[pd.DataFrame], str]:
    return lambda d: _top(_text(_gp(d, unique)["Category"]).value_counts())


def _gp_ratings(unique: bool) -> Callable[[pd.DataFrame], list[float]]:
    def means(d: pd.DataFrame) -> list[float]:
        by = _gp(d, unique).groupby(_text(_gp(d, unique)["Type"]))["Rating"].mean()
        return [float(by["Free"]), float(by["Paid"])]

    return means


def _gp_installs(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(_text(d["Installs"]).str.replace(r"[+,]", "", regex=True), errors="coerce")


def _gp_millions(unique: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float((_gp_installs(_gp(d, unique)) >= 1_000_000).sum())


def _gp_paid(unique: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float((_text(_gp(d, unique)["Type"]) == "Paid").mean())


def _gp_megabytes(unique: bool, kilo: float) -> Callable[[pd.DataFrame], float]:
    def mean(d: pd.DataFrame) -> float:
        size = _text(_gp(d, unique)["Size"])
        number = pd.to_numeric(size.str.extract(r"^([\d.]+)[Mk]$")[0], errors="coerce")
        return float((number / size.str.endswith("k").map({True: kilo, False: 1.0})).mean())

    return mean


def _gp_price(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(_text(d["Price"]).str.lstrip("$"), errors="coerce")


_GP_RICH_NAMES = {"I'm Rich - Trump Edition": ("I'm Rich Trump Edition", "I'm Rich – Trump Edition", "Trump Edition")}
_GP_ID = ("App",)
_PLAYSTORE_QS = [
    Q(
        "which category has the most apps?",
        _lead(either(_named(_gp_categories(False)), _named(_gp_categories(True)))),
        (*_GP_ID, "Category"),
    ),
    Q(
        "average rating of free vs paid apps",
        either(has(_gp_ratings(False), rel=0.003), has(_gp_ratings(True), rel=0.003)),
        (*_GP_ID, "Rating", "Type", "Price"),
    ),
    Q(
        "how many apps have at least a million installs",
        either(_count(_gp_millions(False)), _count(_gp_millions(True))),
        (*_GP_ID, "Installs"),
    ),
    Q(
        "what percent of apps are paid?",
        either(_share(_gp_paid(False)), _share(_gp_paid(True))),
        (*_GP_ID, "Type", "Price"),
    ),
    Q(
        "avg app size in MB?",
        either(*(_about(_gp_megabytes(u, k), rel=0.01) for u in (False, True) for k in (1024.0, 1000.0))),
        (*_GP_ID, "Size"),
    ),
    Q(
        "whats the most expensive app and how much is it",
        both(
            _lead(_named(lambda d: str(d.loc[_gp_price(d).idxmax(), "App"]), _GP_RICH_NAMES)),
            has(lambda d: float(_gp_price(d).max())),
        ),
        (*_GP_ID, "Price"),
    ),
]


# --- 4. Avocado prices (Kaggle "Avocado Prices", avocado.csv) -----------------------------------------------------

# region: conventional avocados sold in an average week, conventional price ($), organic premium ($)
_AV_REGIONS: dict[str, tuple[float, float, float]] = {
    "Albany": (93_000, 1.33, 0.52),
    "Atlanta": (510_000, 1.06, 0.58),
    "BaltimoreWashington": (770_000, 1.34, 0.42),
    "Boston": (575_000, 1.30, 0.49),
    "California": (5_950_000, 1.11, 0.56),
    "Chicago": (720_000, 1.37, 0.47),
    "Denver": (540_000, 1.02, 0.51),
    "Houston": (810_000, 0.87, 0.69),
    "LosAngeles": (2_930_000, 0.96, 0.61),
    "NewYork": (1_360_000, 1.42, 0.44),
    "SanFrancisco": (720_000, 1.49, 0.62),
    "Seattle": (430_000, 1.24, 0.38),
    "TotalUS": (33_100_000, 1.09, 0.46),
    "West": (6_100_000, 0.99, 0.52),
}
# how far prices run above or below usual, month by month from January 2015
_AV_PRICE_INDEX = [
    *(0.95, 0.93, 0.97, 0.99, 1.01, 1.02, 1.05, 1.06, 1.04, 1.02, 0.98, 0.94),
    *(0.92, 0.89, 0.88, 0.92, 0.95, 1.01, 1.10, 1.16, 1.15, 1.17, 1.02, 0.94),
    *(0.99, 1.02, 1.08, 1.13, 1.17, 1.22, 1.27, 1.33, 1.41, 1.36, 1.17, 1.06),
    *(1.00, 0.94, 0.97),
]


def _av_row(rng: np.random.Generator, week: pd.Timestamp, region: str, organic: bool, index: float) -> dict[str, Any]:
    volume, price, premium = _AV_REGIONS[region]
    price = (price + premium * organic) * index * float(rng.normal(1, 0.045))
    bowl = 1.12 if (week.month == 1 and week.day >= 25) or (week.month == 2 and week.day <= 7) else 1.0
    sold = volume * (0.032 if organic else 1.0) * index**-1.6 * bowl * float(rng.lognormal(0, 0.08))
    sold *= 1 + 0.045 * (week.year - 2015)
    bagged = float(np.clip(rng.normal(0.42 if organic else 0.2 + 0.05 * (week.year - 2015), 0.05), 0.05, 0.9))
    parts = rng.dirichlet([6, 6, 0.3] if not organic else [3, 2.5, 0.1]) * (1 - bagged) * sold
    bags = bagged * sold * rng.dirichlet([14, 4, 0.25])
    small, large, xlarge = (round(float(x), 2) for x in bags)
    xlarge = 0.0 if rng.random() < 0.45 else xlarge
    plu = [round(float(x), 2) for x in parts]
    return {
        "Date": f"{week:%Y-%m-%d}",
        "AveragePrice": round(float(np.clip(price, 0.44, 3.25)), 2),
        "Total Volume": round(sum(plu) + small + large + xlarge, 2),
        "4046": plu[0],
        "4225": plu[1],
        "4770": plu[2],
        "Total Bags": round(small + large + xlarge, 2),
        "Small Bags": small,
        "Large Bags": large,
        "XLarge Bags": xlarge,
        "type": "organic" if organic else "conventional",
        "year": week.year,
        "region": region,
    }


def _avocado_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5004)
    weeks = pd.date_range("2015-01-04", "2018-03-25", freq="7D")
    month = (weeks.year - 2015) * 12 + weeks.month - 1
    index = np.asarray(_AV_PRICE_INDEX)[month] * np.exp(np.cumsum(rng.normal(0, 0.012, len(weeks))) * 0.5)
    rows = [
        _av_row(rng, week, region, organic, float(index[i]) * float(rng.normal(1, 0.02)))
        for organic in (False, True)
        for region in _AV_REGIONS
        for i, week in enumerate(weeks)
    ]
    frame = pd.DataFrame(rows)
    frame = frame.sort_values(["type", "year", "region", "Date"], ascending=[True, True, True, False], kind="stable")
    frame.insert(0, "", frame.groupby(["type", "year", "region"]).cumcount().to_numpy())
    return frame.reset_index(drop=True)


def _av_means(year: int | None, weighted: bool) -> Callable[[pd.DataFrame], list[float]]:
    def means(d: pd.DataFrame) -> list[float]:
        part = d if year is None else d[d["year"] == year]
        kind = _text(part["type"])
        if weighted:
            paid = (part["AveragePrice"] * part["Total Volume"]).groupby(kind).sum()
            by = paid / part["Total Volume"].groupby(kind).sum()
        else:
            by = part.groupby(kind)["AveragePrice"].mean()
        return [float(by["organic"]), float(by["conventional"])]

    return means


def _av_volumes(d: pd.DataFrame) -> pd.Series:
    region = _text(d["region"])
    return _ranked(d[region != "TotalUS"].groupby(region[region != "TotalUS"])["Total Volume"].sum())


def _av_peak(weighted: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def peak(d: pd.DataFrame) -> pd.Timestamp:
        month = pd.to_datetime(d["Date"]).dt.to_period("M")
        if weighted:
            by = (d["AveragePrice"] * d["Total Volume"]).groupby(month).sum() / d["Total Volume"].groupby(month).sum()
        else:
            by = d["AveragePrice"].groupby(month).mean()
        return by.idxmax().to_timestamp()

    return peak


_AV_NAMES: dict[str, tuple[str, ...]] = {
    "LosAngeles": ("Los Angeles",),
    "NewYork": ("New York",),
    "SanFrancisco": ("San Francisco",),
}
_AV_NAMES |= {"BaltimoreWashington": ("Baltimore/Washington", "Baltimore-Washington", "Baltimore Washington")}
_AV_ID = ("Unnamed: 0",)
_AV_PRICE = ("AveragePrice",)
_AVOCADO_QS = [
    Q(
        "average price of organic vs conventional avocados",
        either(has(_av_means(None, False), rel=0.004), has(_av_means(None, True), rel=0.004)),
        (*_AV_ID, *_AV_PRICE, "type", "Total Volume"),
    ),
    Q(
        "what about just 2017?",
        either(has(_av_means(2017, False), rel=0.004), has(_av_means(2017, True), rel=0.004)),
        (*_AV_ID, *_AV_PRICE, "type", "year", "Date", "Total Volume"),
    ),
    Q(
        "top 3 regions by total volume sold (leave out TotalUS)",
        _all_named(_first_k(_av_volumes, 3), _AV_NAMES),
        (*_AV_ID, "region", "Total Volume"),
    ),
    Q(
        "how many times was the average price over $2?",
        _above("AveragePrice", 2.0),
        (*_AV_ID, *_AV_PRICE),
    ),
    Q(
        "plot the avg price per month over time - when did it peak?",
        _lead(either(_month_year(_av_peak(False)), _month_year(_av_peak(True)))),
        (*_AV_ID, *_AV_PRICE, "Date", "year", "Total Volume"),
    ),
    Q(
        "correlation between price and total volume?",
        _corr(lambda d: d["AveragePrice"], lambda d: d["Total Volume"]),
        (*_AV_ID, *_AV_PRICE, "Total Volume"),
    ),
]


# --- 5. Car prices (Kaggle "Car Price Prediction", CarPrice_Assignment.csv) ---------------------------------------

# brand: lowest and highest price ($), drive wheels, models as CarName:cars (typos as the file spells them)
_CA_BRANDS: dict[str, tuple[float, float, str, str]] = {
    "alfa-romero": (13000, 17500, "rwd:1", "alfa-romero giulia:2;alfa-romero stelvio:2;alfa-romero Quadrifoglio:1"),
    "audi": (
        13900,
        23900,
        "fwd:8;4wd:1",
        "audi 100 ls:3;audi 100ls:2;audi fox:2;audi 5000:2;audi 4000:1;audi 5000s (diesel):1",
    ),
    "bmw": (16400, 41300, "rwd:1", "bmw 320i:4;bmw x1:2;bmw x3:2;bmw z4:1;bmw x4:1;bmw x5:2"),
    "chevrolet": (5150, 6600, "fwd:1", "chevrolet impala:2;chevrolet monte carlo:2;chevrolet vega 2300:1"),
    "dodge": (
        5570,
        12960,
        "fwd:1",
        "dodge rampage:2;dodge challenger se:2;dodge d200:1;dodge monaco (sw):2;dodge colt hardtop:2;"
        "dodge colt (sw):2;dodge coronet custom:1;dodge dart custom:1;dodge coronet custom (sw):1",
    ),
    "honda": (
        5400,
        12950,
        "fwd:1",
        "honda civic:4;honda civic cvcc:3;honda accord cvcc:2;honda accord lx:2;honda civic 1500 gl:2;"
        "honda accord:3;honda civic 1300:1;honda prelude:2;honda civic (auto):1",
    ),
    "isuzu": (6785, 11048, "rwd:2;fwd:1", "isuzu MU-X:2;isuzu D-Max :2;isuzu D-Max V-Cross:2"),
    "jaguar": (32250, 36500, "rwd:1", "jaguar xj:2;jaguar xf:2;jaguar xk:1"),
    "mazda": (
        5195,
        18344,
        "fwd:3;rwd:2",
        "maxda rx3:2;maxda glc deluxe:1;mazda rx2 coupe:2;mazda rx-4:2;mazda glc deluxe:3;mazda 626:4;mazda glc:3;"
        "mazda rx-7 gs:3;mazda glc 4:2;mazda glc custom l:2;mazda glc custom:3",
    ),
    "buick": (
        25500,
        41300,
        "rwd:1",
        "buick electra 225 custom:2;buick century luxus (sw):2;buick century:2;buick skyhawk:1;"
        "buick opel isuzu deluxe:1;buick skylark:1;buick century special:2;buick regal sport coupe (turbo):1",
    ),
    "mercedes-benz": (
        25552,
        40960,
        "rwd:1",
        "mercedes-benz e-class:3;mercedes-benz c-class:2;mercedes-benz s-class:3;mercedes-benz w123:2;"
        "mercedes-benz 300d:2",
    ),
    "mercury": (16500, 17000, "rwd:1", "mercury cougar:2"),
    "mitsubishi": (
        5389,
        14869,
        "fwd:1",
        "mitsubishi mirage:3;mitsubishi lancer:3;mitsubishi outlander:3;mitsubishi g4:4;mitsubishi mirage g4:4;"
        "mitsubishi montero:2;mitsubishi pajero:2",
    ),
    "nissan": (
        5499,
        19699,
        "fwd:3;rwd:1",
        "nissan gt-r:1;nissan rogue:3;nissan latio:3;nissan titan:3;nissan leaf:2;nissan juke:2;nissan note:2;"
        "nissan clipper:2;nissan nv200:2;nissan dayz:2;nissan fuga:1;nissan otti:1;nissan teana:1;nissan kicks:1;"
        "Nissan versa:2",
    ),
    "peugeot": (
        11900,
        18150,
        "rwd:1",
        "peugeot 504:6;peugeot 304:3;peugeot 504 (sw):4;peugeot 604sl:2;peugeot 505s turbo diesel:2",
    ),
    "plymouth": (
        5572,
        12764,
        "fwd:1",
        "plymouth fury iii:2;plymouth cricket:2;plymouth satellite custom (sw):2;plymouth fury gran sedan:2;"
        "plymouth valiant:2;plymouth duster:1",
    ),
    "porsche": (22018, 34028, "rwd:1", "porsche macan:2;porcshce panamera:1;porsche cayenne:3;porsche boxter:2"),
    "renault": (9295, 9895, "fwd:1", "renault 12tl:2;renault 5 gtl:1"),
    "saab": (11850, 18620, "fwd:1", "saab 99e:3;saab 99le:3;saab 99gle:3"),
    "subaru": (
        5118,
        11694,
        "fwd:2;4wd:1",
        "subaru:2;subaru dl:5;subaru brz:2;subaru baja:2;subaru r1:2;subaru r2:2;subaru trezia:2;subaru tribeca:2",
    ),
    "toyota": (
        5348,
        17669,
        "fwd:3;rwd:2",
        "toyota corona mark ii:2;toyota corona:8;toyota corolla 1200:2;toyota corona hardtop:2;"
        "toyota corolla 1600 (sw):2;toyota carina:2;toyota mark ii:3;toyota corolla:8;toyota corolla liftback:2;"
        "toyota celica gt liftback:2;toyota corolla tercel:2;toyota corona liftback:2;toyota starlet:3;"
        "toyota tercel:2;toyota cressida:3;toyota celica gt:3;toyouta tercel:2",
    ),
    "volkswagen": (
        7775,
        23875,
        "fwd:1",
        "volkswagen rabbit:2;volkswagen 1131 deluxe sedan:2;volkswagen model 111:2;volkswagen type 3:2;"
        "volkswagen 411 (sw):1;volkswagen super beetle:2;volkswagen dasher:2;vw dasher:2;vw rabbit:1;"
        "volkswagen rabbit custom:1;vokswagen rabbit:2",
    ),
    "volvo": (
        12940,
        22625,
        "rwd:1",
        "volvo 145e (sw):2;volvo 144ea:3;volvo 244dl:3;volvo 245:3;volvo 264gl:3;volvo diesel:1;volvo 246:2",
    ),
}
# the brand each misspelt first word of CarName stands for
_CA_SPELLINGS = {"maxda": "mazda", "porcshce": "porsche", "toyouta": "toyota", "vokswagen": "volkswagen"}
_CA_SPELLINGS |= {"vw": "volkswagen"}
_CA_CYLINDERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "eight": 8, "twelve": 12}


def _ca_body(rng: np.random.Generator, name: str) -> str:
    if "(sw)" in name or name.endswith(("245", "246")):
        return "wagon"
    if "hardtop" in name or "coupe" in name:
        return "hardtop"
    if "liftback" in name or "rx" in name:
        return "hatchback"
    if name.endswith(("giulia", "z4", "boxter")):
        return "convertible"
    return _weighted(rng, "sedan:55;hatchback:45")


def _ca_car(rng: np.random.Generator, brand: str, name: str, level: float) -> dict[str, Any]:
    lo, hi, drive, _models = _CA_BRANDS[brand]
    price = 37028.0 if name == "porcshce panamera" else lo + (hi - lo) * float(np.clip(level, 0, 1))
    s = (price - 5000) / 40000
    diesel = "diesel" in name or name.endswith("300d") or rng.random() < (0.4 if brand == "peugeot" else 0.05)
    turbo = "turbo" in name or (diesel and rng.random() < 0.6) or rng.random() < 0.12
    body = _ca_body(rng, name)
    rotor = " rx" in name
    two = body in ("hardtop", "convertible") or (body == "hatchback" and rng.random() < 0.8)
    wheelbase = float(np.clip(88 + 22 * s + 3 * (body == "wagon") + rng.normal(0, 2), 86.6, 120.9))
    length = float(np.clip(150 + 45 * s + 1.2 * (wheelbase - 95) + rng.normal(0, 4), 141.1, 208.1))
    size = 70.0 if rotor else float(np.clip(85 + 215 * s**1.1 + rng.normal(0, 12), 61, 326))
    size = 326.0 if name == "jaguar xk" else size
    cylinders = (
        "two"
        if rotor
        else "twelve"
        if size > 310
        else "eight"
        if size > 255
        else "six"
        if size > 185
        else "five"
        if size > 160 or "5000" in name
        else "three"
        if size < 70
        else "four"
    )
    power = float(np.clip(0.56 * size + 25 + 25 * turbo - 12 * diesel + 40 * rotor + rng.normal(0, 9), 48, 288))
    city = int(np.clip(round(2600 / power + 1 + 4 * diesel + rng.normal(0, 1.5)), 13, 49))
    kind = "rotor" if rotor else "l" if brand == "peugeot" else "ohcf" if brand == "subaru" else "ohc"
    kind = "ohcv" if cylinders in ("six", "eight", "twelve") and rng.random() < 0.7 else kind
    kind = "dohc" if kind == "ohc" and rng.random() < 0.07 else kind
    system = "idi" if diesel else "4bbl" if rotor else _weighted(rng, "2bbl:40;1bbl:6;mpfi:50;spdi:3;spfi:0.5;mfi:0.5")
    system = "mpfi" if system in ("2bbl", "1bbl") and (turbo or s > 0.35) else system
    return {
        "symboling": int(
            np.clip(round(rng.normal(0.8, 1.1) + 0.8 * two - 1.5 * (body == "wagon") - 0.5 * (s > 0.6)), -2, 3)
        ),
        "CarName": name,
        "fueltype": "diesel" if diesel else "gas",
        "aspiration": "turbo" if turbo else "std",
        "doornumber": "two" if two else "four",
        "carbody": body,
        "drivewheel": _weighted(rng, drive),
        "enginelocation": "rear" if name in ("porsche boxter", "porcshce panamera") else "front",
        "wheelbase": round(wheelbase, 1),
        "carlength": round(length, 1),
        "carwidth": round(float(np.clip(62.5 + 8 * s + rng.normal(0, 0.8), 60.3, 72.3)), 1),
        "carheight": round(
            float(
                np.clip(
                    53.7
                    + rng.normal(0, 2.2)
                    + 2.5 * (body == "wagon")
                    - 3 * (body == "convertible")
                    - 2 * (body == "hardtop"),
                    47.8,
                    59.8,
                )
            ),
            1,
        ),
        "curbweight": int(np.clip(1900 + 1900 * s + 12 * (length - 170) + rng.normal(0, 150), 1488, 4066)),
        "enginetype": kind,
        "cylindernumber": cylinders,
        "enginesize": round(size),
        "fuelsystem": system,
        "boreratio": round(float(np.clip(2.9 + 0.7 * s + rng.normal(0, 0.15), 2.54, 3.94)), 2),
        "stroke": round(float(np.clip(rng.normal(3.25, 0.3), 2.07, 4.17)), 2),
        "compressionratio": round(
            float(rng.uniform(21, 23)) if diesel else float(np.clip(rng.normal(9.0, 0.5), 7, 11.5)), 1
        ),
        "horsepower": round(power),
        "peakrpm": int(
            round(float(rng.uniform(4150, 4800) if diesel else np.clip(rng.normal(5150, 450), 4150, 6600)) / 50) * 50
        ),
        "citympg": city,
        "highwaympg": int(np.clip(city + round(rng.normal(5.5, 1.5)), 16, 54)),
        "price": round(price * (1 + 0.08 * turbo + 0.06 * diesel)),
    }


def _carprice_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5005)
    rows: list[dict[str, Any]] = []
    for brand, (_lo, _hi, _drive, models) in _CA_BRANDS.items():
        for model in _split(models):
            name, cars = model.rsplit(":", 1)
            level = float(rng.uniform(0, 1))
            rows += [_ca_car(rng, brand, name, level + float(rng.normal(0, 0.12))) for _ in range(int(cars))]
    frame = pd.DataFrame(rows)
    frame["price"] = frame["price"].astype(float)
    frame.insert(0, "car_ID", np.arange(1, len(frame) + 1))
    return frame


def _ca_brand(d: pd.DataFrame) -> pd.Series:
    first = _text(d["CarName"]).str.split(" ").str[0].str.lower()
    return first.replace(_CA_SPELLINGS)


def _ca_means(column: str, levels: tuple[str, str]) -> Callable[[pd.DataFrame], list[float]]:
    def means(d: pd.DataFrame) -> list[float]:
        by = d.groupby(_text(d[column]))["price"].mean()
        return [float(by[x]) for x in levels]

    return means


_CA_ID = ("car_ID", "CarName")
_CARPRICE_QS = [
    Q(
        "which car company has the highest average price?",
        _lead(_named(lambda d: _top(d["price"].groupby(_ca_brand(d)).mean()))),
        (*_CA_ID, "price"),
    ),
    Q(
        "top 5 brands by number of cars",
        _top_named(lambda d: _ranked(_ca_brand(d).value_counts()), 5),
        _CA_ID,
    ),
    Q(
        "whats the average number of cylinders",
        has(lambda d: float(_text(d["cylindernumber"]).map(_CA_CYLINDERS).mean()), rel=0.01),
        (*_CA_ID, "cylindernumber"),
    ),
    Q(
        "avg price diesel vs gas",
        _scaled(_ca_means("fueltype", ("diesel", "gas")), (1e3,)),
        (*_CA_ID, "price", "fueltype"),
    ),
    Q(
        "and turbo vs std?",
        _scaled(_ca_means("aspiration", ("turbo", "std")), (1e3,)),
        (*_CA_ID, "price", "aspiration"),
    ),
    Q(
        "how strongly is horsepower correlated with price",
        _corr(lambda d: d["horsepower"], lambda d: d["price"]),
        (*_CA_ID, "price", "horsepower"),
    ),
]


# --- 6. Bank customer churn (Kaggle "Churn Modelling", Churn_Modelling.csv) -------------------------------------

_BC_SURNAMES = _split(
    "Hargrave;Hill;Onio;Boni;Mitchell;Chu;Bartlett;Obinna;He;H?;Bearce;Andrews;Kay;Chin;Scott;Goforth;Romeo;"
    "Henderson;Muldrow;Hao;McDonald;Dellucci;Gerasimov;Mosman;Yen;Maclean;Young;Nebechi;McWilliams;Lucciano;"
    "Azikiwe;Odinakachukwu;Sanderson;Maggard;Clements;Lombardo;Watson;Lorenzo;Armstrong;Cameron;Hsiao;Clarke;"
    "Osborne;Lavine;Bianchi;Tyler;Martin;Okagbue;Yin;Buccho;Ch'ang;Pai;Ts'ui;Ugochukwu;Fu;Mazzanti;Ting;Cheng;"
    "Ferri;Gordon;Wright;Ogbonna;Volkov;Smirnova;Ivanov;Fedorov;Kuznetsov;Sokolova;Popova;Lebedev;Kozlova;Novikov;"
    "Shih;Hsu;Ma;Lo;Lu;Tsao;Kao;Tseng;Yeh;Ch'en;Chiang;Ku;T'ien;Kung;Calabrese;Esposito;Russo;Ricci;Marino;Greco;"
    "Bruno;Gallo;Conti;De Luca;Costa;Giordano;Mancini;Rizzo;Lombardi;Moretti;Barbieri;Fontana;Santoro;Mariani;"
    "Rinaldi;Caruso;Ferrara;Galli;Martini;Leone;Longo;Gentile;Martinelli;Vitale;Serra;Coppola;De Santis;Palmieri;"
    "Smith;Johnson;Williams;Brown;Jones;Davis;Wilson;Taylor;Thomas;Moore;Jackson;White;Harris;Thompson;Walker;"
    "Robinson;Lewis;Allen;King;Baker;Nelson;Carter;Roberts;Turner;Phillips;Campbell;Parker;Evans;Edwards;Collins;"
    "Stewart;Morris;Rogers;Reed;Cook;Morgan;Bell;Murphy;Bailey;Rivera;Cooper;Richardson;Cox;Howard;Ward;Torres;"
    "Peterson;Gray;Ramirez;James;Brooks;Kelly;Sanders;Price;Bennett;Wood;Barnes;Ross;Henderson;Coleman;Jenkins;"
    "Perry;Powell;Long;Patterson;Hughes;Flores;Washington;Butler;Simmons;Foster;Bryant;Alexander;Russell;Griffin;"
    "Nwachukwu;Okwudilichukwu;Chukwuemeka;Onyekachukwu;Nnonso;Ifeanacho;Chikelu;Uchechukwu;Ndukaku;Obiuto;"
    "Trevisani;Zito;Endrizzi;Pisano;Fiorentini;Udinese;Genovese;Napolitano;Siciliani;Padovano;Bellucci"
)
# country: share of customers, share with no balance, log-odds of leaving
_BC_COUNTRIES = {"France": (50.1, 0.48, 0.0), "Germany": (25.1, 0.0, 0.75), "Spain": (24.8, 0.48, 0.02)}


def _churn_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5006)
    n = 5000
    country = np.asarray([_weighted(rng, ";".join(f"{c}:{v[0]}" for c, v in _BC_COUNTRIES.items())) for _ in range(n)])
    male = rng.random(n) < 0.546
    age = np.clip(np.round(rng.lognormal(np.log(37.5), 0.24, n)), 18, 92).astype(int)
    credit = np.round(rng.normal(650, 96, n))
    credit = np.where(rng.random(n) < 0.022, 850, np.clip(credit, 350, 850)).astype(int)
    tenure = rng.choice(11, n, p=np.r_[0.5, np.ones(9), 0.5] / 10)
    empty = rng.random(n) < np.asarray([_BC_COUNTRIES[c][1] for c in country])
    balance = np.where(empty, 0.0, np.round(np.clip(rng.normal(119_800, 30_000, n), 3_768.69, 250_898.09), 2))
    products = np.where(
        empty,
        rng.choice([1, 2, 3, 4], n, p=[0.37, 0.6, 0.025, 0.005]),
        rng.choice([1, 2, 3, 4], n, p=[0.58, 0.385, 0.028, 0.007]),
    )
    active = rng.random(n) < 0.515
    logit = -4.6 + np.asarray([_BC_COUNTRIES[c][2] for c in country]) + 0.5 * ~male - 0.9 * active
    logit += 0.085 * np.minimum(age, 60) - 0.08 * np.maximum(age - 60, 0) + 0.3 * ~empty
    logit += np.select([products == 2, products == 3, products == 4], [-1.35, 2.4, 6.0], 0.0)
    exited = rng.random(n) < 1 / (1 + np.exp(-logit))
    used: set[int] = set()
    ids: list[int] = []
    while len(ids) < n:
        x = int(rng.integers(15_565_701, 15_815_691))
        if x not in used:
            used.add(x)
            ids.append(x)
    return pd.DataFrame(
        {
            "RowNumber": np.arange(1, n + 1),
            "CustomerId": ids,
            "Surname": [str(_one(rng, _BC_SURNAMES)) for _ in range(n)],
            "CreditScore": credit,
            "Geography": country,
            "Gender": np.where(male, "Male", "Female"),
            "Age": age,
            "Tenure": tenure,
            "Balance": balance,
            "NumOfProducts": products,
            "HasCrCard": (rng.random(n) < 0.706).astype(int),
            "IsActiveMember": active.astype(int),
            "EstimatedSalary": np.round(rng.uniform(11.58, 199_992.48, n), 2),
            "Exited": exited.astype(int),
        }
    )


def _bc_rates(column: str, levels: tuple[str, ...]) -> Callable[[pd.DataFrame], list[float]]:
    def rates(d: pd.DataFrame) -> list[float]:
        by = d.groupby(_text(d[column]))["Exited"].mean()
        return [float(by[x]) for x in levels]

    return rates


_BC_ID = ("RowNumber", "CustomerId", "Exited")
_CHURN_QS = [
    Q(
        "what's the overall churn rate?",
        _share(lambda d: float(d["Exited"].mean())),
        _BC_ID,
    ),
    Q(
        "churn rate by country",
        _shares(_bc_rates("Geography", ("France", "Germany", "Spain"))),
        (*_BC_ID, "Geography"),
    ),
    Q(
        "and by gender?",
        _shares(_bc_rates("Gender", ("Female", "Male"))),
        (*_BC_ID, "Gender"),
    ),
    Q(
        "how many customers have a balance of 0",
        _count(lambda d: float((d["Balance"] == 0).sum())),
        (*_BC_ID, "Balance"),
    ),
    Q(
        "what's the median balance for everyone else?",
        _scaled(lambda d: float(d.loc[d["Balance"] > 0, "Balance"].median()), (1e3,)),
        (*_BC_ID, "Balance"),
    ),
    Q(
        "is age correlated with churn?",
        _corr(lambda d: d["Age"], lambda d: d["Exited"]),
        (*_BC_ID, "Age"),
    ),
]


# --- 7. World cities (simplemaps "World Cities Database", basic worldcities.csv) ---------------------------------

# country|iso2|iso3|ISO numeric|cities drawn|latitude|longitude|half the spread of both|name style|median
# population|first-level divisions (comma-separated)
_WC_COUNTRIES = _fields(
    "United States|US|USA|840|640|38|-95|7|18|en|18000|California,Texas,Florida,New York,Pennsylvania,Illinois,"
    "Ohio,Georgia,North Carolina,Michigan,New Jersey,Virginia,Washington,Arizona,Massachusetts,Tennessee,Indiana,"
    "Missouri,Maryland,Wisconsin,Colorado,Minnesota,Alabama,Louisiana,Kentucky,Oregon,Oklahoma,Iowa,Kansas,Utah;"
    "India|IN|IND|356|560|22|79|6|6|in|180000|Uttar Pradesh,Mahārāshtra,Bihār,West Bengal,Madhya Pradesh,"
    "Tamil Nādu,Rājasthān,Karnātaka,Gujarāt,Andhra Pradesh,Odisha,Kerala,Telangana,Punjab,Haryāna,Assam;"
    "Brazil|BR|BRA|076|330|-15|-48|8|7|pt|60000|São Paulo,Minas Gerais,Bahia,Rio Grande do Sul,Paraná,Pernambuco,"
    "Ceará,Pará,Santa Catarina,Goiás,Maranhão,Paraíba,Rio de Janeiro,Espírito Santo,Piauí;"
    "China|CN|CHN|156|300|31|113|7|9|zh|900000|Guangdong,Shandong,Henan,Sichuan,Jiangsu,Hebei,Hunan,Anhui,Hubei,"
    "Zhejiang,Guangxi,Yunnan,Jiangxi,Liaoning,Fujian,Shaanxi,Heilongjiang,Shanxi,Guizhou,Jilin,Gansu;"
    "Mexico|MX|MEX|484|190|21|-100|4|6|es|45000|México,Jalisco,Veracruz,Puebla,Guanajuato,Chiapas,Nuevo León,"
    "Michoacán,Oaxaca,Chihuahua,Guerrero,Tamaulipas,Baja California,Sinaloa,Coahuila,Sonora;"
    "Philippines|PH|PHL|608|170|12|122|4|2|id|60000|Cebu,Cavite,Bulacan,Laguna,Pangasinan,Rizal,Batangas,"
    "Negros Occidental,Iloilo,Pampanga,Davao del Sur,Leyte,Albay,Quezon;"
    "Russia|RU|RUS|643|150|56|50|4|25|ru|70000|Moskovskaya Oblast’,Krasnodarskiy Kray,Sverdlovskaya Oblast’,"
    "Rostovskaya Oblast’,Bashkortostan,Tatarstan,Chelyabinskaya Oblast’,Nizhegorodskaya Oblast’,"
    "Samarskaya Oblast’,Krasnoyarskiy Kray,Novosibirskaya Oblast’,Permskiy Kray,Leningradskaya Oblast’;"
    "Germany|DE|DEU|276|150|51|10|2|3|de|30000|Bavaria,North Rhine-Westphalia,Baden-Württemberg,Lower Saxony,Hesse,"
    "Saxony,Rhineland-Palatinate,Schleswig-Holstein,Brandenburg,Saxony-Anhalt,Thuringia;"
    "Japan|JP|JPN|392|130|36|137|3|4|ja|90000|Kanagawa,Ōsaka,Aichi,Saitama,Chiba,Hyōgo,Hokkaidō,Fukuoka,Shizuoka,"
    "Ibaraki,Hiroshima,Kyōto,Niigata,Miyagi;"
    "Italy|IT|ITA|380|120|42.5|12.5|3|3|it|25000|Lombardy,Lazio,Campania,Sicilia,Veneto,Emilia-Romagna,Piedmont,"
    "Puglia,Tuscany,Calabria,Sardegna,Liguria,Marche;"
    "France|FR|FRA|250|110|46.5|2.5|3|3|fr|22000|Île-de-France,Auvergne-Rhône-Alpes,Hauts-de-France,"
    "Nouvelle-Aquitaine,Occitanie,Grand Est,Provence-Alpes-Côte d’Azur,Pays de la Loire,Normandie,Bretagne;"
    "Spain|ES|ESP|724|100|40|-3.7|2.5|3.5|es|28000|Andalusia,Catalonia,Madrid,Valencia,Galicia,Castille-Leon,"
    "Basque Country,Canary Islands,Castille-La Mancha,Murcia,Aragon;"
    "United Kingdom|GB|GBR|826|110|53|-1.8|2|1.5|en|40000|Kent,Essex,Lancashire,Hampshire,Surrey,Hertfordshire,"
    "Norfolk,Devon,Glasgow City,Cardiff,Leeds,Birmingham,Manchester;"
    "Indonesia|ID|IDN|360|100|-5|110|3|8|id|150000|Jawa Barat,Jawa Timur,Jawa Tengah,Sumatera Utara,Banten,"
    "Sulawesi Selatan,Lampung,Sumatera Selatan,Riau,Kalimantan Timur,Bali;"
    "Turkey|TR|TUR|792|90|39|33|1.5|6|tr|70000|İzmir,Bursa,Antalya,Konya,Adana,Şanlıurfa,Gaziantep,Kocaeli,Mersin,"
    "Diyarbakır,Hatay,Manisa,Kayseri;"
    "Nigeria|NG|NGA|566|80|8.5|7.5|3|3|sw|120000|Lagos,Kano,Oyo,Kaduna,Rivers,Katsina,Bauchi,Jigawa,Benue,Anambra,"
    "Borno,Delta,Niger,Imo;"
    "Colombia|CO|COL|170|80|5|-74.5|3|2|es|40000|Antioquia,Valle del Cauca,Cundinamarca,Atlántico,Bolívar,"
    "Santander,Nariño,Córdoba,Tolima,Cauca,Boyacá,Huila;"
    "Poland|PL|POL|616|70|52|19.5|1.5|3|pl|25000|Mazowieckie,Śląskie,Wielkopolskie,Małopolskie,Dolnośląskie,"
    "Łódzkie,Pomorskie,Lubelskie,Podkarpackie,Kujawsko-Pomorskie;"
    "Argentina|AR|ARG|032|70|-33|-62|6|3|es|35000|Buenos Aires,Córdoba,Santa Fe,Mendoza,Tucumán,Entre Ríos,Salta,"
    "Misiones,Chaco,Corrientes,Santiago del Estero;"
    "Canada|CA|CAN|124|70|47|-90|3|25|en|25000|Ontario,Quebec,British Columbia,Alberta,Manitoba,Saskatchewan,"
    "Nova Scotia,New Brunswick,Newfoundland and Labrador;"
    "Ukraine|UA|UKR|804|60|49|31|2|6|ru|40000|Kyyivs’ka Oblast’,Kharkivs’ka Oblast’,Odes’ka Oblast’,"
    "Dnipropetrovs’ka Oblast’,L’vivs’ka Oblast’,Donets’ka Oblast’,Zaporiz’ka Oblast’,Poltavs’ka Oblast’;"
    "Iran|IR|IRN|364|60|33|53|3|6|ar|80000|Khorāsān-e Raẕavī,Eşfahān,Fārs,Khūzestān,Āz̄arbāyjān-e Sharqī,Kermān,"
    "Māzandarān,Gīlān;"
    "Pakistan|PK|PAK|586|60|30|71|4|3|ar|110000|Punjab,Sindh,Khyber Pakhtunkhwa,Balochistān;"
    "Egypt|EG|EGY|818|50|28|31|3|1.5|ar|120000|Al Jīzah,Al Iskandarīyah,Ash Sharqīyah,Ad Daqahlīyah,Al Buḩayrah,"
    "Al Minyā,Asyūţ,Sūhāj;"
    "South Africa|ZA|ZAF|710|50|-28|26|3|5|en|45000|Gauteng,KwaZulu-Natal,Western Cape,Eastern Cape,Limpopo,"
    "Mpumalanga,North West,Free State,Northern Cape;"
    "Vietnam|VN|VNM|704|50|16|107|5|1.5|vi|90000|Thanh Hóa,Nghệ An,Đồng Nai,Bình Dương,An Giang,Đắk Lắk,Hải Phòng,"
    "Quảng Nam,Khánh Hòa,Cần Thơ;"
    "Bangladesh|BD|BGD|050|40|23.8|90.3|1.2|1.2|in|90000|Dhaka,Chattogram,Khulna,Rājshāhi,Rangpur,Sylhet,Barishal,"
    "Mymensingh;"
    "Peru|PE|PER|604|40|-10|-76|4|2|es|40000|La Libertad,Piura,Arequipa,Cajamarca,Junín,Cusco,Lambayeque,Puno,Ica;"
    "Kenya|KE|KEN|404|30|-0.5|37|2|2|sw|50000|Mombasa,Kisumu,Nakuru,Kiambu,Machakos,Uasin Gishu,Kakamega;"
    "Australia|AU|AUS|036|40|-30|145|6|10|en|30000|New South Wales,Victoria,Queensland,Western Australia,"
    "South Australia,Tasmania;"
    "Netherlands|NL|NLD|528|40|52.2|5.3|0.8|1.2|nl|40000|Noord-Holland,Zuid-Holland,Noord-Brabant,Gelderland,"
    "Utrecht,Overijssel,Limburg,Friesland,Groningen;"
    "Sweden|SE|SWE|752|30|59|16|3|3|nl|20000|Stockholm,Västra Götaland,Skåne,Östergötland,Uppsala,Jönköping,Halland,"
    "Örebro,Västerbotten;"
    "Norway|NO|NOR|578|25|62|9|3|3|nl|12000|Viken,Vestland,Rogaland,Trøndelag,Innlandet,Agder,Nordland,"
    "Troms og Finnmark;"
    "Chile|CL|CHL|152|30|-33|-71|5|1|es|40000|Valparaíso,Biobío,Maule,La Araucanía,Los Lagos,Antofagasta,Coquimbo,"
    "O’Higgins;"
    "Thailand|TH|THA|764|40|15|101|4|2|th|50000|Nakhon Ratchasima,Chiang Mai,Khon Kaen,Udon Thani,Chon Buri,"
    "Songkhla,Nonthaburi,Surat Thani,Ubon Ratchathani;"
    "South Korea|KR|KOR|410|40|36.5|127.8|1.2|1|ko|150000|Gyeonggi,Gyeongbuk,Gyeongnam,Jeonbuk,Jeonnam,Chungbuk,"
    "Chungnam,Gangwon,Busan,Incheon;"
    "Saudi Arabia|SA|SAU|682|30|24|45|4|5|ar|60000|Makkah al Mukarramah,Ash Sharqīyah,Al Madīnah al Munawwarah,"
    "‘Asīr,Al Qaşīm,Jāzān,Tabūk;"
    "Algeria|DZ|DZA|012|30|35|3|2|4|ar|70000|Oran,Constantine,Sétif,Batna,Blida,Tlemcen,Béjaïa,Tizi Ouzou;"
    "Morocco|MA|MAR|504|30|33|-6.5|2|2|ar|60000|Casablanca-Settat,Fès-Meknès,Marrakech-Safi,"
    "Tanger-Tétouan-Al Hoceïma,Oriental,Souss-Massa;"
    "Congo (Kinshasa)|CD|COD|180|20|-3|23|4|5|sw|150000|Nord-Kivu,Sud-Kivu,Kasaï-Oriental,Haut-Katanga,Tshopo,"
    "Kongo Central,Lualaba;"
    "Tanzania|TZ|TZA|834|20|-6|35|3|3|sw|80000|Mwanza,Arusha,Mbeya,Morogoro,Tanga,Kilimanjaro;"
    "Sudan|SD|SDN|729|15|14|31|3|4|ar|90000|Al Jazīrah,Kassala,Al Qaḑārif,Shamāl Kurdufān,Nahr an Nīl;"
    "Angola|AO|AGO|024|15|-11|16|3|3|pt|70000|Huíla,Benguela,Huambo,Cuanza Sul,Uíge;"
    "Malaysia|MY|MYS|458|25|4|102|2|4|id|70000|Selangor,Johor,Sabah,Sarawak,Perak,Kedah,Pulau Pinang,Kelantan;"
    "Taiwan|TW|TWN|158|15|23.7|120.9|1|0.5|zh|250000|New Taipei,Taichung,Kaohsiung,Tainan,Taoyuan,Hsinchu;"
    "Iraq|IQ|IRQ|368|20|33|44|2|2|ar|120000|Al Başrah,Nīnawá,Arbīl,As Sulaymānīyah,Dhī Qār,Bābil,Al Anbār;"
    "Greenland|GL|GRL|304|4|64|-49|2|2|nl|2000|Sermersooq,Qeqqata,Kujalleq;"
    "Svalbard|XR|XSV|744|0|78|15|0|0|nl|0|;"
    "Hong Kong|HK|HKG|344|0|22.3|114.2|0|0|zh|0|;"
    "Singapore|SG|SGP|702|0|1.3|103.8|0|0|id|0|"
)
# the real cities the file opens with, the capitals and the far north: city|lat|lng|country|division|capital|population
_WC_FIXED = _fields(
    "Tokyo|35.6897|139.6922|Japan|Tōkyō|primary|37732000;Jakarta|-6.1750|106.8275|Indonesia|Jakarta|primary|33756000;"
    "Delhi|28.6100|77.2300|India|Delhi|admin|32226000;Guangzhou|23.1300|113.2600|China|Guangdong|admin|26940000;"
    "Mumbai|19.0761|72.8775|India|Mahārāshtra|admin|24973000;"
    "Manila|14.5958|120.9772|Philippines|Manila|primary|24922000;"
    "Shanghai|31.2286|121.4747|China|Shanghai|admin|24073000;"
    "São Paulo|-23.5504|-46.6339|Brazil|São Paulo|admin|23086000;"
    "Seoul|37.5667|126.9833|South Korea|Seoul|primary|23016000;"
    "Mexico City|19.4333|-99.1333|Mexico|Ciudad de México|primary|21804000;"
    "Cairo|30.0444|31.2358|Egypt|Al Qāhirah|primary|20296000;"
    "New York|40.6943|-73.9249|United States|New York||18908608;"
    "Dhaka|23.7639|90.3889|Bangladesh|Dhaka|primary|18627000;Beijing|39.9067|116.3975|China|Beijing|primary|18522000;"
    "Kolkāta|22.5675|88.3700|India|West Bengal|admin|18502000;"
    "Bangkok|13.7525|100.4942|Thailand|Krung Thep Maha Nakhon|primary|18007000;"
    "Shenzhen|22.5350|114.0540|China|Guangdong|minor|17619000;Moscow|55.7558|37.6172|Russia|Moskva|primary|17332000;"
    "Buenos Aires|-34.6033|-58.3817|Argentina|Buenos Aires, Ciudad Autónoma de|primary|16710000;"
    "Lagos|6.4550|3.3841|Nigeria|Lagos|minor|16637000;Istanbul|41.0136|28.9550|Turkey|İstanbul|admin|16079000;"
    "Karachi|24.8600|67.0100|Pakistan|Sindh|admin|15738000;Bangalore|12.9789|77.5917|India|Karnātaka|admin|15386000;"
    "Ho Chi Minh City|10.7756|106.7019|Vietnam|Hồ Chí Minh|admin|15136000;"
    "Ōsaka|34.6939|135.5022|Japan|Ōsaka|admin|15126000;Chengdu|30.6600|104.0633|China|Sichuan|admin|14645000;"
    "Tehran|35.6892|51.3889|Iran|Tehrān|primary|14148000;"
    "Kinshasa|-4.3219|15.3119|Congo (Kinshasa)|Kinshasa|primary|12836000;"
    "Rio de Janeiro|-22.9111|-43.2056|Brazil|Rio de Janeiro|admin|12592000;"
    "Chennai|13.0825|80.2750|India|Tamil Nādu|admin|12395000;Xi’an|34.2667|108.9000|China|Shaanxi|admin|12328000;"
    "Lahore|31.5497|74.3436|Pakistan|Punjab|admin|12306000;Chongqing|29.5500|106.5069|China|Chongqing|admin|12135000;"
    "Los Angeles|34.1141|-118.4068|United States|California||11922389;"
    "Baoding|38.8671|115.4845|China|Hebei|minor|11860000;"
    "London|51.5072|-0.1275|United Kingdom|London, City of|primary|11262000;"
    "Paris|48.8567|2.3522|France|Île-de-France|primary|11060000;Linyi|35.1038|118.3564|China|Shandong|minor|11018365;"
    "Dongguan|23.0475|113.7493|China|Guangdong|minor|10646000;"
    "Hyderābād|17.3617|78.4747|India|Telangana|admin|10494000;Tianjin|39.1467|117.2056|China|Tianjin|admin|10368000;"
    "Lima|-12.0600|-77.0375|Peru|Lima|primary|10320000;Wuhan|30.5872|114.2881|China|Hubei|admin|10251000;"
    "Nanyang|32.9987|112.5292|China|Henan|minor|9713112;Hangzhou|30.2500|120.1675|China|Zhejiang|admin|9523000;"
    "Nagoya|35.1833|136.9000|Japan|Aichi|admin|9197000;Taipei|25.0375|121.5625|Taiwan|Taipei|primary|9078000;"
    "Luanda|-8.8383|13.2344|Angola|Luanda|primary|8952496;"
    "Kuala Lumpur|3.1478|101.6953|Malaysia|Kuala Lumpur|primary|8911000;"
    "Chicago|41.8375|-87.6866|United States|Illinois||8497759;Hanoi|21.0000|105.8500|Vietnam|Hà Nội|primary|8246600;"
    "Bogotá|4.7111|-74.0722|Colombia|Bogotá|primary|7968095;"
    "Dar es Salaam|-6.8000|39.2833|Tanzania|Dar es Salaam|admin|7962000;"
    "Khartoum|15.6031|32.5265|Sudan|Khartoum|primary|7869000;"
    "Riyadh|24.6333|46.7167|Saudi Arabia|Ar Riyāḑ|primary|7538200;"
    "Hong Kong|22.3050|114.1850|Hong Kong||primary|7450000;"
    "Santiago|-33.4372|-70.6506|Chile|Región Metropolitana|primary|7171000;"
    "Baghdad|33.3153|44.3661|Iraq|Baghdād|primary|7144000;Madrid|40.4169|-3.7033|Spain|Madrid|primary|6211000;"
    "Singapore|1.3000|103.8000|Singapore||primary|5983000;Ankara|39.9300|32.8500|Turkey|Ankara|primary|5503985;"
    "Washington|38.9047|-77.0163|United States|District of Columbia|primary|5379184;"
    "Nairobi|-1.2864|36.8172|Kenya|Nairobi City|primary|5325160;"
    "Brasília|-15.7939|-47.8828|Brazil|Distrito Federal|primary|4804000;"
    "Berlin|52.5200|13.4050|Germany|Berlin|primary|4473101;Algiers|36.7764|3.0586|Algeria|Alger|primary|3415811;"
    "Kyiv|50.4500|30.5236|Ukraine|Kyyiv, Misto|primary|2952301;Rome|41.8933|12.4828|Italy|Lazio|primary|2872800;"
    "Pretoria|-25.7461|28.1881|South Africa|Gauteng|primary|2473000;"
    "Warsaw|52.2300|21.0111|Poland|Mazowieckie|primary|1860281;"
    "Stockholm|59.3294|18.0686|Sweden|Stockholm|primary|1611776;"
    "Amsterdam|52.3728|4.8936|Netherlands|Noord-Holland|primary|1459402;"
    "Abuja|9.0667|7.4833|Nigeria|Federal Capital Territory|primary|1235880;"
    "Oslo|59.9111|10.7528|Norway|Oslo|primary|1064235;Ottawa|45.4247|-75.6950|Canada|Ontario|primary|1017449;"
    "Islamabad|33.6931|73.0639|Pakistan|Islāmābād|primary|1014825;"
    "Rabat|34.0209|-6.8417|Morocco|Rabat-Salé-Kénitra|primary|572717;"
    "Canberra|-35.2931|149.1269|Australia|Australian Capital Territory|primary|431380;"
    "Dodoma|-6.1731|35.7419|Tanzania|Dodoma|primary|410956;New Delhi|28.6139|77.2090|India|Delhi|primary|249998;"
    "Nuuk|64.1814|-51.6942|Greenland|Sermersooq|primary|18800;"
    "Hammerfest|70.6634|23.6821|Norway|Troms og Finnmark|minor|10525;"
    "Utqiaġvik|71.2905|-156.7886|United States|Alaska||4927;Longyearbyen|78.2167|15.6333|Svalbard||primary|2417;"
    "Upernavik|72.7868|-56.1549|Greenland|Avannaata||1192;Dikson|73.5069|80.5464|Russia|Krasnoyarskiy Kray||676;"
    "Qaanaaq|77.4670|-69.2285|Greenland|Avannaata||656;Barentsburg|78.0648|14.2334|Svalbard|||471"
)
# name style: first parts and last parts of a made-up place name (" " at a part's edge keeps the words apart)
_WC_STYLES = {
    "en": (
        "Spring,Oak,Maple,Green,River,Fair,Clear,Lake,Ash,Brook,Pine,Elm,Cedar,West,North,East,Red,Stone,Wood,Glen,"
        "Mill,Bay,Hill,King,Rock,Mount,Union,Frank,Clinton,Madison,Lincoln,Marion,Salem,Jackson",
        "field,ville,ton,wood,dale,port,view,burg,ford,land,mont,ridge,ley,boro, City, Park, Springs, Falls, Heights",
    ),
    "es": (
        "San ,Santa ,Villa ,Puerto ,Al,Bar,Ca,Cor,Es,Gra,La,Mar,Mon,Pal,Sal,Ta,Val,Vi,Zar,Tla,Cha",
        "badilla,celona,doba,llana,morón,nares,rejo,salto,tepec,vidia,cía,gón,jas,lles,nes,rosa,toya,zares,huacán",
    ),
    "pt": (
        "São ,Santa ,Nova ,Porto ,Campo ,Ita,Ara,Bar,Cam,Gua,Jau,Pira,Sor,Tau,Uba,Ju,Cabo ,Bom ",
        "baré,cajá,caba,tuba,rema,pina,rá,cicaba,juí,tinga,rana,Alegre,Verde,Jardim,Bento,Lourenço,Vicente,Grande",
    ),
    "in": (
        "Ra,Ma,Na,Ka,Pa,Su,Ha,Bha,Ja,Sa,Gu,Chan,Bi,Dha,Ko,Mora,Bel,Ahmad,Fateh,Shah,Rām,Sītā",
        "pur,ābād,nagar,garh,pet,ganj,ore,wāda,giri,kot,patnam,ur,pura,sar,dih",
    ),
    "zh": (
        "Xi,Nan,Bei,Dong,Heng,Jin,Yang,Zhang,Lin,Fu,Hui,Qing,Shao,Yu,An,Bao,Chang,Da,Feng,Guang,Hua,Kai,Liu,Ping",
        "zhou,yang,an,cheng,shan,jiang,ning,chuan,tan,ling,yuan,xi,ping,tai,de,hai,men,qiu",
    ),
    "ja": (
        "Ka,Na,Ta,Shi,Mi,Yama,Kawa,Oka,Hira,Fuji,Naga,Ichi,Toyo,Ashi,Taka,Matsu,Kita,Nishi,Higashi,Ō",
        "saki,gawa,shima,mura,hara,da,no,zawa,oka,kawa,yama,ta,ma,ichi,tsu,sato",
    ),
    "ru": (
        "Novo,Krasno,Belo,Kamen,Zhele,Pervo,Severo,Ust’-,Bor,Voskre,Lyu,Kir,Ozy,Pavlo,Zlato,Sol,Vol,Kras",
        "sk,grad,gorsk,ovo,evo,insk,ino,ovsk,dar,yansk,uralsk,gorodsk,ka,tsy",
    ),
    "de": (
        "Alt,Neu,Bad ,Ober,Unter,Wald,Berg,Hohen,Rosen,Stein,Kirch,Mühl,Schön,Frei,Lin,Eisen,Gold,Wolf",
        "burg,dorf,hausen,heim,feld,bach,stadt,berg,au,ingen,hofen,brück,furt",
    ),
    "fr": (
        "Saint-,Mont,Ville,Beau,Château,Font,Bel,Vau,Roche,Clair,Sainte-,Neuf,Chamb",
        "fort,mont,neuve,ville,lieu,bourg,champ,court,mar,Étienne,Denis,Marie,Quentin,ery,ais",
    ),
    "it": (
        "San ,Monte,Castel,Villa,Porto ,Borgo ,Santa ,Roc,Fior,Cam,Ter,Mar,Alba,Pie,Lu",
        "franco,vecchio,nuovo,lano,ino,ella,ano,ona,etta,azzo,ento,casale,Maria,Giorgio,pagna",
    ),
    "ar": (
        "Al ,El ,Ash ,Bani ,Ras ,Umm ,Kafr ,Bir ,Dar ,Tall ,Sidi ,Ain ",
        "Qasr,Jadida,Bayda,Manşūrah,Hamra,Khalil,Karak,Nasr,Salam,Zahra,Wadi,Qurnah,Fayyūm,Kūt,Sālimīyah",
    ),
    "tr": (
        "Ak,Kara,Yeni,Es,Bay,Ala,Sar,Gül,Kır,Çam,Ye,Ere,Kul,Sil,Ur",
        "şehir,köy,pınar,dere,tepe,ova,kent,lı,yurt,hisar,gazi,ören",
    ),
    "pl": (
        "Nowy ,Stary ,Biał,Czerw,Zielon,Głog,Kał,Rad,Wol,Ostr,Brze,Tar,Ole",
        "ów,owo,ice,ystok,ków,a Góra,ec,no,nica,owice,isz,obrzeg",
    ),
    "id": (
        "Su,Ban,Pa,Ci,Ke,Tan,Sura,Ma,Pe,Bu,Ja,Se,San ,Bato,Laba,Taga",
        "bang,jung,karta,marang,ndung,lang,wangi,rejo,sari,baya,gara,kota,bitan,yan,log,pan",
    ),
    "sw": (
        "Ki,Ma,Nya,Mbu,Bu,Ka,Lu,Mo,Ga,Ba,O,Aba,Ibo,Ile-,Ogbo,Ilo",
        "dzi,mba,ngo,kuru,sumu,ni,wa,lolo,nde,kuta,gbo,shi,ja,rin,mosho",
    ),
    "vi": (
        "Thanh ,Long ,Hải ,Bình ,An ,Phú ,Tân ,Đông ,Hòa ,Quảng ,Vĩnh ,Nam ",
        "Hóa,Xuyên,Dương,Định,Khê,Yên,Châu,Thuận,Ninh,Lợi,Hưng,Sơn",
    ),
    "ko": ("Gw,Je,Chun,Su,Won,Gim,An,Po,Cheong,Yang,Ul,Ich,Gun,Gyeong", "ju,cheon,san,won,hae,ang,dong,seong,pyeong"),
    "th": (
        "Nakhon ,Chiang ,Phra ,Ban ,Sam ,Khon ,Udon ,Surat ,Si ,Mae ,Lop ",
        "Thani,Rai,Mai,Pathom,Sawan,Kaen,Sakhon,Phanom,Buri,Sot,Sai",
    ),
    "nl": (
        "Noord,Zuid,Oost,Berg,Dal,Hol,Ste,Sande,Lille,Øster,Kris,Fred,Ny,Vester",
        "wijk,dam,hoven,berg,sund,vik,by,strand,stad,holm,rik,havn,ås",
    ),
}


def _wc_name(rng: np.random.Generator, style: str) -> str:
    first, last = (x.split(",") for x in _WC_STYLES[style])
    head, tail = str(_one(rng, first)), str(_one(rng, last))
    if head.endswith(" ") and tail[:1].islower():
        tail = str(_one(rng, [x for x in last if x[:1].isupper()] or [tail.title()]))
    return head + tail


def _worldcities_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5007)
    codes = {c[0]: c[1:4] for c in _WC_COUNTRIES}
    rows: list[dict[str, Any]] = []
    for city, lat, lng, country, division, capital, count in _WC_FIXED:
        rows.append(
            {
                "city": city,
                "lat": float(lat),
                "lng": float(lng),
                "country": country,
                "admin_name": division or None,
                "capital": capital or None,
                "population": int(count),
            }
        )
    fixed = {(r["country"], r["city"]) for r in rows}
    for country, _a, _b, _c, n, lat, lng, spread, lng_spread, style, median, divisions in _WC_COUNTRIES:
        for _ in range(int(n)):
            name = _wc_name(rng, style)
            while (country, name) in fixed:
                name = _wc_name(rng, style)
            people = float(np.clip(rng.lognormal(np.log(float(median)), 1.05), 1000, 6_400_000))
            if style != "en" and people > 100_000 and rng.random() < 0.6:
                people = round(people, -3)
            rows.append(
                {
                    "city": name,
                    "lat": round(float(lat) + float(rng.uniform(-1, 1)) * float(spread), 4),
                    "lng": round(float(lng) + float(rng.uniform(-1, 1)) * float(lng_spread), 4),
                    "country": country,
                    "admin_name": str(_one(rng, divisions.split(","))) if rng.random() > 0.01 else None,
                    "capital": _weighted(rng, "admin:6;minor:27;~:67").replace("~", "") or None,
                    "population": None if people < 60_000 and rng.random() < 0.05 else int(people),
                }
            )
    frame = pd.DataFrame(rows)
    frame["population"] = frame["population"].astype("Int64")
    frame = frame.sort_values("population", ascending=False, kind="stable", na_position="last", ignore_index=True)
    frame.insert(1, "city_ascii", [_ascii(c) for c in frame["city"]])
    frame.insert(5, "iso2", [codes[c][0] for c in frame["country"]])
    frame.insert(6, "iso3", [codes[c][1] for c in frame["country"]])
    used: set[int] = set()
    ids = []
    for country in frame["country"]:
        while True:
            x = int(f"1{codes[country][2]}{int(rng.integers(0, 1_000_000)):06d}")
            if x not in used:
                used.add(x)
                ids.append(x)
                break
    frame["id"] = ids
    return frame


def _wc_counts(d: pd.DataFrame) -> pd.Series:
    return _ranked(_text(d["country"]).value_counts())


def _wc_totals(d: pd.DataFrame) -> pd.Series:
    return d["population"].groupby(_text(d["country"])).sum()


_WC_NAMES = {"United States": ("USA", "US", "U.S.", "United States of America"), "United Kingdom": ("UK", "U.K.")}
_WC_ID = ("city", "city_ascii", "id")
_WORLDCITIES_QS = [
    Q(
        "top 5 countries by number of cities",
        _all_named(_first_k(_wc_counts, 5), _WC_NAMES),
        (*_WC_ID, "country", "iso2", "iso3"),
    ),
    Q(
        "which country has the biggest total population if you add up its cities?",
        _lead(_named(lambda d: _top(_wc_totals(d)), _WC_NAMES)),
        (*_WC_ID, "country", "iso2", "iso3", "population"),
    ),
    Q(
        "how many cities have more than 10 million people?",
        _above("population", 10_000_000),
        (*_WC_ID, "population"),
    ),
    Q(
        "whats the average population of the national capitals",
        _scaled(lambda d: float(d.loc[_text(d["capital"]) == "primary", "population"].mean()), (1e3, 1e6)),
        (*_WC_ID, "capital", "population"),
    ),
    Q(
        "how many cities don't have a population listed?",
        _count(lambda d: float(d["population"].isna().sum())),
        (*_WC_ID, "population"),
    ),
    Q(
        "which city is the furthest north?",
        _lead(
            either(
                _named(lambda d: str(d.loc[d["lat"].idxmax(), "city"])),
                _named(lambda d: str(d.loc[d["lat"].idxmax(), "city_ascii"])),
            )
        ),
        (*_WC_ID, "lat"),
    ),
]


HELDOUT50: list[Dataset] = [
    Dataset("adult_census_income", _adult_frame, _ADULT_QS),
    Dataset("walmart_store_sales", _walmart_frame, _WALMART_QS),
    Dataset("google_play_store_apps", _playstore_frame, _PLAYSTORE_QS),
    Dataset("avocado_prices", _avocado_frame, _AVOCADO_QS),
    Dataset("car_price_prediction", _carprice_frame, _CARPRICE_QS),
    Dataset("bank_customer_churn", _churn_frame, _CHURN_QS),
    Dataset("world_cities", _worldcities_frame, _WORLDCITIES_QS),
]
