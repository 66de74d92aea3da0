"""HELDOUT47: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public datasets an analyst is likely to bring along: Kaggle's
used car listings scraped from TrueCar (true_car_listings.csv, 5000 listings) with Price and Mileage as plain
integers, model Year, title-case City, two-letter State codes, 17-character Vins and Make / Model, the models run
together with their trim as TrueCar writes them ("Silverado1500Crew", "CamryLE", "F-1504WD"); the Maven Analytics
restaurant orders (order_details.csv joined with menu_items.csv, January to March 2023, 5000 ordered items) with
order_details_id, order_id, order_date written "1/1/23", order_time "11:38:36 AM", item_id, item_name, category
(American / Asian / Mexican / Italian) and price, a few items blank in all four item columns; Kaggle's Student
Performance Factors (StudentPerformanceFactors.csv, 3000 students) with Hours_Studied, Attendance, Low / Medium / High
levels, Yes / No flags, Sleep_Hours, Previous_Scores, Tutoring_Sessions, Public / Private School_Type, Positive /
Neutral / Negative Peer_Influence, blanks in Teacher_Quality, Parental_Education_Level and Distance_from_Home, Gender
and an integer Exam_Score (one of 101); TidyTuesday's horror movies (horror_movies.csv, 2022-11-01, 3000
films) with TMDB ids, original and English titles, two-letter original_language codes, overview and tagline (many
blank), ISO release dates from 1950 to October 2022, poster and backdrop paths, popularity, vote_count,
vote_average, budget and revenue written 0 when unknown, runtime (a few 0), status "Released", adult FALSE,
comma-joined genre_names and a collection id and name for series; Kaggle's "Sales Product Data" (the twelve
Sales_Month_2019.csv files merged, 5000 order lines) with Order ID, Product, Quantity Ordered and Price Each as
text, Order Date written "04/19/19 08:46" (a few December orders dated 01/01/20), Purchase Address such as "917 1st
St, Dallas, TX 75001", the header row repeated inside and blank rows where the files were joined; Kaggle's Diabetes
Prediction Dataset (diabetes_prediction_dataset.csv, 5000 patients) with Female / Male / Other gender, age as a
float (babies in fractions of a year), 0/1 hypertension, heart_disease and diabetes, smoking_history as "never",
"No Info", "current", "former", "ever" or "not current", bmi (27.32 filled in for many), HbA1c_level and
blood_glucose_level on their usual steps; and TidyTuesday's Taylor Swift songs (taylor_all_songs.csv, 2023-10-17,
one row per track) with album_name (blank for singles), TRUE / FALSE ep, bonus_track and explicit flags, ISO
album, single, promotional and track release dates (mostly blank except track_release), the Spotify audio features
(blank for a few tracks), duration_ms, key as 0-11 with key_name, mode_name and key_mode beside it. All are generated
with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _lead, _named, _share, _split, _text, _year
from .heldout38 import _draw, _month
from .heldout39 import _clock
from .heldout40 import _top_named
from .heldout42 import _ranked, _unique
from .offline_eval import Dataset, Q, both, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------

_VIN = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"


def _flag(s: pd.Series) -> pd.Series:
    """TRUE / FALSE / Yes / 1 read back in any type, as booleans (blanks false)."""
    return _text(s).str.lower().isin(["true", "yes", "1", "1.0"])


def _num(s: pd.Series) -> pd.Series:
    return pd.to_numeric(s, errors="coerce")


# --- 1. Used cars on TrueCar (Kaggle "Used Car Price", true_car_listings.csv) ------------------------------------

# make: weight, price of a new one, Vin prefixes, models as "model:weight:price factor"
_TC_MAKES: dict[str, tuple[float, float, str, str]] = {
    "Ford": (
        15.5,
        33_000,
        "1FA;1FM;1FT;3FA",
        "F-1504WD:14:1.35;F-150XLT:8:1.25;EscapeFWD:9:0.8;Escape4WD:5:0.85;Explorer4WD:7:1.1;ExplorerXLT:4:1.05;"
        "FusionSE:9:0.72;Focus5dr:5:0.55;MustangGT:4:1.05;Edge4dr:5:0.95;Super:3:1.5",
    ),
    "Chevrolet": (
        14.1,
        31_000,
        "1G1;1GC;1GN;2GN",
        "Silverado1500Crew:10:1.35;Silverado1500LT:5:1.3;EquinoxFWD:8:0.8;Malibu1LT:7:0.7;Cruze1LT:6:0.55;"
        "Tahoe4WD:4:1.6;Traverse:4:1.0;Impala4dr:4:0.75;CamaroCoupe:3:0.95;Colorado4WD:3:1.0",
    ),
    "Toyota": (
        12.2,
        29_000,
        "4T1;4T3;5TD;JTD",
        "CamryLE:9:0.75;CamrySE:5:0.78;CorollaLE:8:0.58;RAV4LE:6:0.9;RAV4XLE:4:0.95;Tacoma4WD:5:1.1;"
        "HighlanderLE:4:1.15;Tundra4WD:3:1.45;Prius5dr:3:0.75;Sienna5dr:3:1.05",
    ),
    "Nissan": (
        9.6,
        26_000,
        "1N4;3N1;5N1;JN8",
        "Altima2.5:10:0.7;Rogue2WD:7:0.8;RogueAWD:4:0.85;Sentra4dr:6:0.55;Pathfinder4WD:3:1.05;MuranoAWD:3:1.0;"
        "Maxima3.5:2:0.95;Frontier2WD:2:0.85",
    ),
    "Honda": (
        9.1,
        27_000,
        "1HG;2HG;5J6;5FN",
        "AccordEX-L:6:0.85;AccordLX:5:0.78;CivicLX:7:0.62;CivicEX:4:0.66;CR-VEX:6:0.92;CR-VEX-L:4:0.98;"
        "Pilot4WD:3:1.2;OdysseyEX-L:3:1.15;Fit5dr:1:0.5",
    ),
    "Jeep": (
        6.0,
        32_000,
        "1C4;1J4",
        "Grand:9:1.05;Wrangler:5:1.0;Wrangler4WD:3:1.05;Cherokee4WD:4:0.85;CompassFWD:2:0.65;Renegade:2:0.7",
    ),
    "Hyundai": (
        4.8,
        23_000,
        "5NP;KMH;5XY",
        "ElantraSE:7:0.62;Sonata2.4L:6:0.72;Santa:4:0.95;TucsonFWD:3:0.85;Accent4dr:1:0.5",
    ),
    "Dodge": (4.2, 28_000, "2C3;2C4;1B3", "Grand:6:0.8;Durango:3:1.05;Charger4dr:4:0.95;Challenger2dr:3:1.0"),
    "GMC": (3.5, 38_000, "1GT;1GK;2GK", "Sierra:6:1.3;Acadia:4:1.05;Yukon:3:1.5;Terrain:4:0.85"),
    "Kia": (3.4, 22_000, "KNA;KND;5XX", "OptimaLX:5:0.7;Sorento:4:0.95;SoulAutomatic:3:0.7;Sportage:3:0.85"),
    "BMW": (3.1, 48_000, "WBA;WBS;5UX", "3:6:0.75;5:4:0.95;X5xDrive35i:3:1.15;X3xDrive28i:3:0.9"),
    "Mercedes-Benz": (2.9, 52_000, "WDD;WDC;4JG", "C-Class:6:0.75;E-Class:4:0.95;GL-Class:2:1.2;M-Class:3:1.0"),
    "RAM": (2.6, 40_000, "1C6;3C6", "1500Crew:6:1.1;1500Quad:3:1.0;2500Crew:2:1.35"),
    "Volkswagen": (2.4, 25_000, "3VW;WVW;1VW", "Jetta:6:0.6;Passat:4:0.7;Tiguan:2:0.9;Golf:2:0.65"),
    "Lexus": (2.1, 46_000, "2T2;JTH;JTJ", "RXRX:5:1.05;ESES:3:0.9;ISIS:2:0.85"),
    "Subaru": (2.0, 27_000, "4S3;4S4;JF2", "Outback2.5i:5:0.95;Forester2.5i:4:0.9;Impreza:2:0.75"),
    "Audi": (1.6, 45_000, "WAU;WA1", "A42.0T:4:0.8;Q52.0T:3:0.95;A64dr:2:0.9"),
    "Cadillac": (1.4, 50_000, "1G6;1GY", "Escalade4WD:2:1.5;SRXLuxury:3:0.8;ATS:2:0.7"),
    "Mazda": (1.3, 24_000, "JM1;JM3", "Mazda34dr:4:0.7;CX-5Grand:3:0.95;Mazda64dr:2:0.8"),
    "Acura": (1.1, 40_000, "19U;5J8;2HN", "MDX4WD:3:1.05;TLXFWD:2:0.85;RDXAWD:2:0.95"),
}
# state: weight, cities as "city:weight"
_TC_STATES: dict[str, tuple[float, str]] = {
    "TX": (11.5, "Houston:30;Dallas:18;San Antonio:14;Austin:12;Fort Worth:8;Plano:6;Arlington:5;Katy:4;Frisco:3"),
    "CA": (10.6, "Los Angeles:16;San Diego:14;Sacramento:10;Fresno:6;Riverside:7;San Jose:8;Ontario:6;Torrance:5"),
    "FL": (9.8, "Orlando:14;Tampa:13;Miami:14;Jacksonville:12;Fort Myers:6;Clearwater:5;Sarasota:5;Pensacola:3"),
    "GA": (4.6, "Atlanta:20;Marietta:8;Duluth:6;Savannah:4;Buford:4"),
    "IL": (4.4, "Chicago:18;Naperville:5;Schaumburg:5;Joliet:4;Aurora:3"),
    "NC": (4.2, "Charlotte:14;Raleigh:12;Greensboro:6;Durham:5;Cary:4"),
    "OH": (3.9, "Columbus:12;Cincinnati:10;Cleveland:9;Dayton:5;Akron:4"),
    "PA": (3.6, "Philadelphia:10;Pittsburgh:9;Allentown:4;Harrisburg:4;Lancaster:3"),
    "VA": (3.3, "Richmond:8;Virginia Beach:7;Chesapeake:4;Fredericksburg:3;Chantilly:4"),
    "NJ": (3.2, "Edison:5;Paramus:5;Jersey City:3;Freehold:4;Toms River:3"),
    "AZ": (3.0, "Phoenix:14;Tucson:6;Mesa:5;Scottsdale:5;Chandler:4"),
    "NY": (2.9, "Brooklyn:5;Rochester:5;Buffalo:5;Albany:4;Huntington Station:3"),
    "CO": (2.7, "Denver:12;Colorado Springs:8;Littleton:5;Aurora:4"),
    "WA": (2.5, "Seattle:8;Tacoma:6;Spokane:5;Lynnwood:4;Kirkland:3"),
    "TN": (2.4, "Nashville:10;Memphis:7;Knoxville:5;Chattanooga:4"),
    "IN": (2.1, "Indianapolis:12;Fort Wayne:4;Greenwood:3"),
    "MO": (2.0, "Saint Louis:8;Kansas City:8;Springfield:3"),
    "MI": (2.0, "Detroit:5;Grand Rapids:5;Southfield:4;Dearborn:3"),
    "MA": (1.8, "Boston:5;Worcester:4;Framingham:3;Danvers:3"),
    "MD": (1.8, "Baltimore:6;Glen Burnie:3;Laurel:3;Frederick:3"),
    "SC": (1.6, "Columbia:5;Greenville:5;Charleston:4"),
    "OK": (1.4, "Oklahoma City:6;Tulsa:6;Norman:2"),
    "UT": (1.3, "Salt Lake City:6;Sandy:3;Orem:2"),
    "NV": (1.2, "Las Vegas:10;Henderson:4;Reno:3"),
    "KY": (1.1, "Louisville:7;Lexington:5"),
    "OR": (1.0, "Portland:7;Beaverton:3;Salem:2"),
    "AL": (1.0, "Birmingham:5;Huntsville:4;Montgomery:3"),
    "LA": (1.0, "Baton Rouge:5;Metairie:4;Lafayette:3"),
    "WI": (0.9, "Milwaukee:5;Madison:4;Waukesha:2"),
    "MN": (0.9, "Minneapolis:4;Saint Paul:3;Burnsville:3"),
}
_TC_YEARS = (
    "2004:0.6;2005:0.8;2006:1.1;2007:1.5;2008:1.9;2009:1.5;2010:2.6;2011:3.6;2012:5.4;2013:7.4;2014:10.5;"
    "2015:14.2;2016:18.5;2017:18.8;2018:2.6;1999:0.2;2000:0.3;2001:0.3;2002:0.4;2003:0.5"
)


def _truecar_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4701)
    makes = list(_TC_MAKES)
    states = list(_TC_STATES)
    used: set[str] = set()
    rows: list[dict[str, Any]] = []
    for _ in range(5000):
        make = str(_one(rng, makes, [v[0] for v in _TC_MAKES.values()]))
        _w, new, prefixes, models = _TC_MAKES[make]
        table = [m.split(":") for m in _split(models)]
        model, _mw, factor = table[int(_one(rng, list(range(len(table))), [float(m[1]) for m in table]))]
        year = int(_draw(rng, _TC_YEARS))
        age = 2017.6 - year
        miles = float(np.clip(rng.lognormal(np.log(max(5.0, 12_400 * max(age, 0.15))), 0.45), 5, 320_000))
        price = new * float(factor) * 0.84 ** max(age, 0.3) * float(np.exp(-(miles - 12_400 * age) / 150_000))
        price = max(1500.0, price * float(rng.lognormal(0, 0.12)))
        state = str(_one(rng, states, [v[0] for v in _TC_STATES.values()]))
        while True:
            vin = str(_one(rng, _split(prefixes))) + "".join(_VIN[int(i)] for i in rng.integers(0, len(_VIN), 14))
            if vin not in used:
                used.add(vin)
                break
        rows.append(
            {
                "Price": round(price) if rng.random() < 0.6 else int(round(price / 100) * 100 - 5),
                "Year": year,
                "Mileage": int(miles),
                "City": _draw(rng, _TC_STATES[state][1]),
                "State": state,
                "Vin": vin,
                "Make": make,
                "Model": model,
            }
        )
    frame = pd.DataFrame(rows)
    return frame.sort_values(["Make", "Model", "Year"], kind="stable").reset_index(drop=True)


def _tc_top_makes(d: pd.DataFrame) -> pd.Series:
    return _ranked(_text(d["Make"]).value_counts())


def _tc_ford(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["Make"]) == "Ford"]


_TC_ID = ("Vin",)
_TRUECAR_QS = [
    Q(
        "whats the average price of a car in this file?",
        _scaled(lambda d: float(d["Price"].mean()), (1e3,)),
        (*_TC_ID, "Price"),
    ),
    Q(
        "top 5 makes by number of listings",
        _top_named(_tc_top_makes, 5),
        (*_TC_ID, "Make"),
    ),
    Q(
        "how many cars have under 20k miles",
        either(
            _count(lambda d: float((d["Mileage"] < 20_000).sum())),
            _count(lambda d: float((d["Mileage"] <= 20_000).sum())),
        ),
        (*_TC_ID, "Mileage"),
    ),
    Q(
        "what % of the listings are in texas?",
        _share(lambda d: float((_text(d["State"]) == "TX").mean())),
        (*_TC_ID, "State"),
    ),
    Q(
        "correlation between mileage and price",
        _corr(lambda d: d["Mileage"], lambda d: d["Price"]),
        (*_TC_ID, "Mileage", "Price"),
    ),
    Q(
        "and for fords only?",
        _corr(lambda d: _tc_ford(d)["Mileage"], lambda d: _tc_ford(d)["Price"]),
        (*_TC_ID, "Make", "Mileage", "Price"),
    ),
]


# --- 2. Restaurant orders (Maven Analytics "Restaurant Orders", order_details.csv + menu_items.csv) -----------------

# item_id|item_name|category|price|weight
_RO_MENU = [
    x.split("|")
    for x in _split(
        "101|Hamburger|American|12.95|640;102|Cheeseburger|American|13.95|560;103|Hot Dog|American|9|250;"
        "104|Veggie Burger|American|10.5|240;105|Mac & Cheese|American|7|250;106|French Fries|American|7|540;"
        "107|Orange Chicken|Asian|16.5|440;108|Tofu Pad Thai|Asian|14.5|260;109|Korean Beef Bowl|Asian|17.95|580;"
        "110|Pork Ramen|Asian|17.95|360;111|California Roll|Asian|11.95|290;112|Salmon Roll|Asian|14.95|320;"
        "113|Edamame|Asian|5|600;114|Potstickers|Asian|9|220;115|Chicken Tacos|Mexican|11.95|120;"
        "116|Steak Tacos|Mexican|13.95|210;117|Chicken Burrito|Mexican|12.95|450;118|Steak Burrito|Mexican|14.95|350;"
        "119|Chicken Torta|Mexican|11.95|230;120|Steak Torta|Mexican|13.95|480;121|Cheese Quesadillas|Mexican|10.5|230;"
        "122|Chips & Salsa|Mexican|7|200;123|Chips & Guacamole|Mexican|9|235;124|Spaghetti|Italian|14.5|290;"
        "125|Spaghetti & Meatballs|Italian|17.95|470;126|Fettuccine Alfredo|Italian|14.5|340;"
        "127|Meat Lasagna|Italian|17.95|270;128|Cheese Lasagna|Italian|15.5|205;129|Mushroom Ravioli|Italian|15.5|320;"
        "130|Shrimp Scampi|Italian|19.95|230;131|Chicken Parmesan|Italian|17.95|360;"
        "132|Eggplant Parmesan|Italian|16.95|420"
    )
]
_RO_HOURS = "11:6;12:16;13:14;14:8;15:6;16:7;17:10;18:11;19:9;20:7;21:4;22:2"


def _restaurant_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4702)
    days = pd.date_range("2023-01-01", "2023-03-31", freq="D")
    lift = (
        np.array([1.0 if d.month < 3 else 1.1 for d in days])
        * np.array([1.0, 1.0, 1.0, 1.05, 1.25, 1.1, 0.8])[days.dayofweek]
    )
    weights = [float(m[4]) for m in _RO_MENU]
    rows: list[dict[str, Any]] = []
    order = 0
    while len(rows) < 5000:
        order += 1
        day = days[int(rng.choice(len(days), p=lift / lift.sum()))]
        hour = int(_draw(rng, _RO_HOURS))
        if hour == 11:
            stamp = day + pd.Timedelta(hours=10, minutes=50) + pd.Timedelta(seconds=int(rng.integers(0, 4200)))
        else:
            stamp = day + pd.Timedelta(hours=hour, seconds=int(rng.integers(0, 3600)))
        for _ in range(min(int(rng.geometric(0.42)), 14)):
            item = _RO_MENU[int(_one(rng, list(range(len(_RO_MENU))), weights))]
            blank = rng.random() < 0.012
            rows.append(
                {
                    "order_details_id": len(rows) + 1,
                    "order_id": order,
                    "stamp": stamp,
                    "item_id": None if blank else int(item[0]),
                    "item_name": None if blank else item[1],
                    "category": None if blank else item[2],
                    "price": None if blank else float(item[3]),
                }
            )
    frame = pd.DataFrame(rows[:5000])
    # orders are numbered in time order, as the restaurant's till does
    first = frame.groupby("order_id")["stamp"].first().sort_values(kind="stable")
    frame["order_id"] = frame["order_id"].map(dict(zip(first.index, range(1, len(first) + 1), strict=True)))
    frame = frame.sort_values(["order_id", "order_details_id"], kind="stable").reset_index(drop=True)
    frame["order_details_id"] = np.arange(1, len(frame) + 1)
    stamps = pd.to_datetime(frame.pop("stamp"))
    frame.insert(2, "order_date", [f"{t.month}/{t.day}/{t.year % 100}" for t in stamps])
    frame.insert(3, "order_time", [f"{t:%I:%M:%S %p}".lstrip("0") for t in stamps])
    frame["item_id"] = frame["item_id"].astype("Int64")
    return frame


def _ro_dates(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["order_date"]), format="%m/%d/%y")


def _ro_orders(d: pd.DataFrame) -> pd.DataFrame:
    return d.assign(day=_ro_dates(d)).groupby("order_id").agg(day=("day", "first"), spend=("price", "sum"))


def _ro_busiest(d: pd.DataFrame) -> pd.Timestamp:
    months = _ro_orders(d)["day"].dt.to_period("M").astype(str)
    return pd.Timestamp(_ranked(months.value_counts()).index[0])


def _ro_spend(keep_empty: bool) -> Callable[[pd.DataFrame], float]:
    def mean(d: pd.DataFrame) -> float:
        orders = d.groupby("order_id").agg(spend=("price", "sum"), known=("price", "count"))
        return float(orders["spend"].mean() if keep_empty else orders.loc[orders["known"] > 0, "spend"].mean())

    return mean


_RO_ID = ("order_details_id", "order_id")
_RESTAURANT_QS = [
    Q(
        "what's the total revenue?",
        _scaled(lambda d: float(d["price"].sum()), (1e3,)),
        (*_RO_ID, "price"),
    ),
    Q(
        "most ordered item?",
        _lead(_named(lambda d: str(_ranked(_text(d["item_name"]).replace("", None).value_counts()).index[0]))),
        (*_RO_ID, "item_id", "item_name"),
    ),
    Q(
        "how many orders were placed in february",
        _count(lambda d: float(d.loc[_ro_dates(d).dt.month == 2, "order_id"].nunique())),
        (*_RO_ID, "order_date"),
    ),
    Q(
        "what % of revenue comes from italian food",
        _share(lambda d: float(d.loc[_text(d["category"]) == "Italian", "price"].sum() / d["price"].sum())),
        (*_RO_ID, "category", "price"),
    ),
    Q(
        "show the number of orders per month. which month was busiest?",
        _lead(_month(_ro_busiest)),
        (*_RO_ID, "order_date"),
    ),
    Q(
        "whats the avg spend per order",
        either(_about(_ro_spend(True), rel=0.003), _about(_ro_spend(False), rel=0.003)),
        (*_RO_ID, "price"),
    ),
]


# --- 3. Student performance (Kaggle "Student Performance Factors", StudentPerformanceFactors.csv) ----------------

_SP_LEVELS = ("Low", "Medium", "High")


def _sp_level(rng: np.random.Generator, weights: tuple[float, float, float]) -> str:
    return str(_one(rng, _SP_LEVELS, weights))


def _students_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4703)
    rows: list[dict[str, Any]] = []
    effect = {"Low": -1.0, "Medium": 0.0, "High": 1.0}
    for _ in range(3000):
        hours = int(np.clip(round(rng.normal(20, 6)), 1, 44))
        attendance = int(rng.integers(60, 101))
        involvement = _sp_level(rng, (20, 51, 29))
        resources = _sp_level(rng, (20, 50, 30))
        motivation = _sp_level(rng, (29, 51, 20))
        income = _sp_level(rng, (40, 40, 20))
        teacher = str(_one(rng, ["Low", "Medium", "High", ""], [10, 59, 30, 1.2]))
        peer = str(_one(rng, ["Positive", "Neutral", "Negative"], [40, 39, 21]))
        disability = rng.random() < 0.105
        distance = str(_one(rng, ["Near", "Moderate", "Far", ""], [59, 30, 10, 1]))
        tutoring = int(min(rng.poisson(1.5), 8))
        previous = int(rng.integers(50, 101))
        internet = rng.random() < 0.92
        score = (
            43.6
            + 0.29 * hours
            + 0.2 * attendance
            + effect[involvement]
            + effect[resources]
            + 0.5 * effect[motivation]
            + 0.5 * effect[income]
            + 0.5 * effect.get(teacher, 0.0)
            + {"Positive": 0.5, "Neutral": 0.0, "Negative": -0.5}[peer]
            - 0.9 * disability
            - {"Near": 0.0, "Moderate": 0.5, "Far": 1.0, "": 0.0}[distance]
            + 0.5 * tutoring
            + 0.05 * (previous - 75)
            + 0.7 * internet
            + float(rng.normal(0, 1.0))
        )
        if rng.random() < 0.012:
            score += float(rng.uniform(8, 32))
        rows.append(
            {
                "Hours_Studied": hours,
                "Attendance": attendance,
                "Parental_Involvement": involvement,
                "Access_to_Resources": resources,
                "Extracurricular_Activities": "Yes" if rng.random() < 0.6 else "No",
                "Sleep_Hours": int(np.clip(round(rng.normal(7, 1.5)), 4, 10)),
                "Previous_Scores": previous,
                "Motivation_Level": motivation,
                "Internet_Access": "Yes" if internet else "No",
                "Tutoring_Sessions": tutoring,
                "Family_Income": income,
                "Teacher_Quality": teacher or None,
                "School_Type": "Public" if rng.random() < 0.7 else "Private",
                "Peer_Influence": peer,
                "Physical_Activity": int(np.clip(round(rng.normal(3, 1)), 0, 6)),
                "Learning_Disabilities": "Yes" if disability else "No",
                "Parental_Education_Level": str(
                    _one(rng, ["High School", "College", "Postgraduate", ""], [49, 31, 20, 1.4])
                )
                or None,
                "Distance_from_Home": distance or None,
                "Gender": "Male" if rng.random() < 0.58 else "Female",
                "Exam_Score": int(min(round(score), 101)),
            }
        )
    return pd.DataFrame(rows)


_SP_SCORE = "Exam_Score"
_STUDENTS_QS = [
    Q(
        "average exam score?",
        _about(lambda d: float(d[_SP_SCORE].mean()), rel=0.002),
        (_SP_SCORE,),
    ),
    Q(
        "does studying more help? correlation of hours studied vs exam score",
        _corr(lambda d: d["Hours_Studied"], lambda d: d[_SP_SCORE]),
        ("Hours_Studied", _SP_SCORE),
    ),
    Q(
        "and attendance?",
        _corr(lambda d: d["Attendance"], lambda d: d[_SP_SCORE]),
        ("Attendance", _SP_SCORE),
    ),
    Q(
        "compare avg score by parental involvment level",
        _about(lambda d: [d.loc[_text(d["Parental_Involvement"]) == x, _SP_SCORE].mean() for x in _SP_LEVELS], 0.002),
        ("Parental_Involvement", _SP_SCORE),
    ),
    Q(
        "how many students scored over 75",
        either(_count(lambda d: float((d[_SP_SCORE] > 75).sum())), _count(lambda d: float((d[_SP_SCORE] >= 75).sum()))),
        (_SP_SCORE,),
    ),
    Q(
        "what percent of students have learning disabilities",
        _share(lambda d: float((_text(d["Learning_Disabilities"]) == "Yes").mean())),
        ("Learning_Disabilities",),
    ),
]


# --- 4. Horror movies (TidyTuesday 2022-11-01, horror_movies.csv) --------------------------------------------------

_HM_LANGUAGES = (
    "en:62;es:7.6;ja:5.6;fr:4.1;pt:3.0;it:2.2;de:2.0;ko:1.6;ru:1.5;zh:1.2;th:1.1;tl:1.0;id:1.0;tr:0.9;hi:0.8;"
    "cn:0.6;nl:0.5;sv:0.4;pl:0.4;fa:0.3"
)
_HM_NAMES = {"en": ("English",), "es": ("Spanish",), "ja": ("Japanese",), "fr": ("French",), "pt": ("Portuguese",)}
_HM_NAMES |= {"it": ("Italian",), "de": ("German",), "ko": ("Korean",), "ru": ("Russian",), "zh": ("Chinese",)}
_HM_ADJ = _split(
    "Dark;Evil;Dead;Bloody;Silent;Hollow;Cursed;Haunted;Wicked;Black;Final;Last;Hidden;Lost;Unholy;Savage;Deadly;"
    "Crimson;Grim;Rotten;Sinister;Forgotten;Burning;Frozen;Howling"
)
_HM_NOUN = _split(
    "House;Night;Woods;Dead;Doll;Witch;Curse;Ritual;Basement;Asylum;Cabin;Harvest;Shadow;Mask;Grave;Demon;Clown;"
    "Lake;Hunger;Children;Sisters;Nurse;Hotel;Tape;Camp;Possession;Exorcism;Presence;Visitor;Creek;Farm;Stranger"
)
_HM_GENRES = (
    "Horror:38;Horror, Thriller:18;Horror, Mystery:6;Comedy, Horror:7;Horror, Science Fiction:4;"
    "Drama, Horror:5;Horror, Mystery, Thriller:6;Action, Horror:3;Fantasy, Horror:3;Animation, Horror:1.5;"
    "Documentary, Horror:1;Horror, TV Movie:2;Crime, Horror, Thriller:2;Drama, Horror, Mystery:2.5"
)
_HM_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def _hm_path(rng: np.random.Generator) -> str:
    return "/" + "".join(_HM_LETTERS[int(i)] for i in rng.integers(0, len(_HM_LETTERS), 27)) + ".jpg"


def _hm_title(rng: np.random.Generator) -> str:
    adj, noun = str(_one(rng, _HM_ADJ)), str(_one(rng, _HM_NOUN))
    forms = [
        f"The {adj} {noun}",
        f"{adj} {noun}",
        f"{noun} of the {adj}",
        f"The {noun}",
        f"{noun} {int(_one(rng, [2, 3, 666, 13]))}",
    ]
    return str(_one(rng, forms, [4, 3, 1, 1.5, 0.5]))


def _horror_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4704)
    years = np.arange(1950, 2023)
    weights = np.exp((years - 1950) / 14.0)
    weights[years == 2021] *= 1.12
    weights[years == 2020] *= 0.96
    weights[years == 2022] *= 0.72
    used: set[str] = set()
    ids: set[int] = set()
    rows: list[dict[str, Any]] = []
    for _ in range(3000):
        year = int(years[int(rng.choice(len(years), p=weights / weights.sum()))])
        last = pd.Timestamp("2022-10-31") if year == 2022 else pd.Timestamp(year, 12, 31)
        start = pd.Timestamp(year, 1, 1)
        released = start + pd.Timedelta(days=int(rng.integers(0, (last - start).days + 1)))
        language = _draw(rng, _HM_LANGUAGES)
        title = _unique(rng, _hm_title, used)
        original = title if language == "en" or rng.random() < 0.3 else f"{title} ({language.upper()})"
        popularity = float(rng.lognormal(np.log(2.5), 1.1))
        votes = 0 if rng.random() < 0.3 else int(rng.lognormal(np.log(12 + 8 * popularity), 1.4))
        budget = 0
        revenue = 0
        if rng.random() < 0.12 + 0.1 * (language == "en") * (year > 1975):
            budget = int(round(float(rng.lognormal(np.log(3e6), 1.4)), -3))
            if rng.random() < 0.5:
                revenue = int(budget * float(rng.lognormal(np.log(2.2), 1.2)))
        elif rng.random() < 0.015:
            revenue = int(float(rng.lognormal(np.log(2e5), 1.5)))
        runtime = 0 if rng.random() < 0.05 else int(np.clip(rng.normal(88, 13), 62, 150))
        if runtime and rng.random() < 0.06:
            runtime = int(rng.integers(4, 30))
        while True:
            ident = int(rng.integers(1000, 1_040_000))
            if ident not in ids:
                ids.add(ident)
                break
        series = rng.random() < 0.06
        rows.append(
            {
                "id": ident,
                "original_title": original,
                "title": title,
                "original_language": language,
                "overview": None
                if rng.random() < 0.04
                else f"A group of {_one(rng, ['friends', 'students', 'strangers', 'campers'])} "
                f"{_one(rng, ['discovers', 'awakens', 'is hunted by', 'unleashes'])} "
                f"{_one(rng, ['an ancient evil', 'a killer', 'a curse', 'something in the dark'])}.",
                "tagline": None
                if rng.random() < 0.78
                else f"{_one(rng, ['Fear', 'Evil', 'Death', 'Terror'])} "
                f"{_one(rng, ['has a new name.', 'never sleeps.', 'is coming.', 'lives here.'])}",
                "release_date": f"{released:%Y-%m-%d}",
                "poster_path": None if rng.random() < 0.12 else _hm_path(rng),
                "popularity": round(popularity, 3),
                "vote_count": votes,
                "vote_average": 0.0 if votes == 0 else round(float(np.clip(rng.normal(5.4, 1.4), 1, 10)), 1),
                "budget": budget,
                "revenue": revenue,
                "runtime": runtime,
                "status": "Released",
                "adult": False,
                "backdrop_path": None if rng.random() < 0.45 else _hm_path(rng),
                "genre_names": _draw(rng, _HM_GENRES),
                "collection": int(rng.integers(8000, 1_000_000)) if series else None,
                "collection_name": f"{title} Collection" if series else None,
            }
        )
    frame = pd.DataFrame(rows)
    frame["collection"] = frame["collection"].astype("Int64")
    return frame.sort_values("popularity", ascending=False, kind="stable").reset_index(drop=True)


def _hm_years(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["release_date"])).dt.year


def _hm_top(d: pd.DataFrame) -> pd.Series:
    return d.loc[d["revenue"].idxmax()]


_HM_ID = ("id", "title", "original_title")
_HORROR_QS = [
    Q(
        "which year had the most horror movies released?",
        _lead(_year(lambda d: int(_ranked(_hm_years(d).value_counts()).index[0]))),
        (*_HM_ID, "release_date"),
    ),
    Q(
        "top 5 original languages",
        _all_named(lambda d: list(_ranked(_text(d["original_language"]).value_counts()).index[:5]), _HM_NAMES),
        (*_HM_ID, "original_language"),
    ),
    Q(
        "average runtime?",
        either(
            _about(lambda d: float(d["runtime"].mean()), rel=0.005),
            _about(lambda d: float(d.loc[d["runtime"] > 0, "runtime"].mean()), rel=0.005),
        ),
        (*_HM_ID, "runtime"),
    ),
    Q(
        "what share of the movies have a budget listed",
        _share(lambda d: float((d["budget"] > 0).mean())),
        (*_HM_ID, "budget"),
    ),
    Q(
        "which movie made the most money?",
        _lead(_named(lambda d: str(_hm_top(d)["title"]))),
        (*_HM_ID, "revenue"),
    ),
    Q(
        "how much did it make and what was its budget",
        _scaled(lambda d: [float(_hm_top(d)["revenue"]), float(_hm_top(d)["budget"])], (1e3, 1e6)),
        (*_HM_ID, "revenue", "budget"),
    ),
]


# --- 5. Electronics sales 2019 (Kaggle "Sales Product Data", Sales_<Month>_2019.csv merged) ------------------------

# product|price|weight|units drawn as "units:weight"
_SD_PRODUCTS = [
    x.split("|")
    for x in _split(
        "USB-C Charging Cable|11.95|11.8|1:92,2:6,3:2;Lightning Charging Cable|14.95|11.7|1:92,2:6,3:2;"
        "AAA Batteries (4-pack)|2.99|11.1|1:52,2:24,3:16,4:8;AA Batteries (4-pack)|3.84|11.0|1:64,2:22,3:10,4:4;"
        "Wired Headphones|11.99|10.1|1:88,2:10,3:2;Apple Airpods Headphones|150|8.3|1:98,2:2;"
        "Bose SoundSport Headphones|99.99|7.1|1:98,2:2;27in FHD Monitor|149.99|4.0|1:99,2:1;iPhone|700|3.7|1:100;"
        "27in 4K Gaming Monitor|389.99|3.3|1:100;34in Ultrawide Monitor|379.99|3.2|1:100;Google Phone|600|2.9|1:100;"
        "Flatscreen TV|300|2.5|1:99,2:1;Macbook Pro Laptop|1700|2.5|1:100;ThinkPad Laptop|999.99|2.2|1:100;"
        "20in Monitor|109.99|2.2|1:99,2:1;Vareebadd Phone|400|1.1|1:100;LG Washing Machine|600|0.35|1:100;"
        "LG Dryer|600|0.35|1:100"
    )
]
_SD_CITIES = (
    "San Francisco, CA 94016:24;Los Angeles, CA 90001:16;New York City, NY 10001:13.4;Boston, MA 02215:10.7;"
    "Atlanta, GA 30301:8;Dallas, TX 75001:8;Seattle, WA 98101:7.9;Portland, OR 97035:5.4;Austin, TX 73301:5.3;"
    "Portland, ME 04101:1.3"
)
_SD_MONTHS = np.array([9.7, 12.0, 15.2, 18.3, 16.6, 13.6, 14.3, 12.0, 11.7, 20.3, 17.6, 25.1])
_SD_HOURS = np.array(
    [
        *[3.9, 2.4, 1.3, 0.8, 0.9, 1.3, 2.5, 4.0, 6.3, 8.7, 10.9, 12.4, 12.6, 12.1, 10.9, 10.2, 10.4, 10.9, 12.3, 14.0],
        *[12.5, 11.0, 8.8, 6.3],
    ]
)
_SD_STREETS = _split(
    "Main St;Park St;Oak St;Pine St;Maple St;1st St;2nd St;Lake St;Hill St;Elm St;Cedar St;Washington St;Lincoln St;"
    "Jackson St;Jefferson St;Spruce St;Meadow St;Center St;Church St;Adams St;North St;South St;West St;Forest St;"
    "Highland St;Ridge St;Sunset St;Walnut St;River St;Johnson St;Madison St;Willow St;Wilson St;Chestnut St"
)
_SD_HEADER = {
    "Order ID": "Order ID",
    "Product": "Product",
    "Quantity Ordered": "Quantity Ordered",
    "Price Each": "Price Each",
    "Order Date": "Order Date",
    "Purchase Address": "Purchase Address",
}


def _sales_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4705)
    products = [p[0] for p in _SD_PRODUCTS]
    weights = [float(p[2]) for p in _SD_PRODUCTS]
    order_id = 141_234
    rows: list[dict[str, Any]] = []
    counts = np.floor(_SD_MONTHS / _SD_MONTHS.sum() * 4700).astype(int)
    for month, n in enumerate(counts, start=1):
        stamps = []
        for _ in range(int(n)):
            start = pd.Timestamp(2019, month, 1)
            day = start + pd.Timedelta(days=int(rng.integers(0, start.days_in_month)))
            hour = int(rng.choice(24, p=_SD_HOURS / _SD_HOURS.sum()))
            stamp = day + pd.Timedelta(hours=hour, minutes=int(rng.integers(0, 60)))
            if month == 12 and rng.random() < 0.004:
                stamp = pd.Timestamp(2020, 1, 1) + pd.Timedelta(
                    hours=int(rng.integers(0, 6)), minutes=int(rng.integers(0, 60))
                )
            stamps.append(stamp)
        block: list[dict[str, Any]] = []
        for stamp in sorted(stamps):
            city = _draw(rng, _SD_CITIES)
            address = f"{int(rng.integers(1, 1000))} {_one(rng, _SD_STREETS)}, {city}"
            lines = 1 if rng.random() < 0.955 else int(_one(rng, [2, 3], [85, 15]))
            for _ in range(lines):
                k = int(_one(rng, list(range(len(products))), weights))
                name, price, _w, units = _SD_PRODUCTS[k]
                block.append(
                    {
                        "Order ID": str(order_id),
                        "Product": name,
                        "Quantity Ordered": _draw(rng, units.replace(",", ";")),
                        "Price Each": price,
                        "Order Date": f"{stamp:%m/%d/%y %H:%M}",
                        "Purchase Address": address,
                    }
                )
            order_id += 1
        # the monthly files list orders by id but with the lines of a few orders elsewhere; blank and header rows
        # are left where the raw exports had them
        for _ in range(max(1, len(block) // 260)):
            block.insert(int(rng.integers(1, len(block))), dict.fromkeys(_SD_HEADER))
            block.insert(int(rng.integers(1, len(block))), dict(_SD_HEADER))
        rows.extend(block)
    return pd.DataFrame(rows, columns=list(_SD_HEADER))


def _sd(d: pd.DataFrame) -> pd.DataFrame:
    """The order lines: header copies and blank rows dropped, numbers and dates read."""
    quantity = _num(d["Quantity Ordered"])
    kept = d[quantity.notna()].copy()
    kept["qty"] = _num(kept["Quantity Ordered"])
    kept["price"] = _num(kept["Price Each"])
    kept["sales"] = kept["qty"] * kept["price"]
    kept["when"] = pd.to_datetime(_text(kept["Order Date"]), format="%m/%d/%y %H:%M")
    kept["city"] = _text(kept["Purchase Address"]).str.split(", ").str[1]
    return kept


def _sd_best_month(d: pd.DataFrame) -> pd.Timestamp:
    sales = _sd(d)
    by = sales.groupby(sales["when"].dt.to_period("M").astype(str))["sales"].sum()
    return pd.Timestamp(_ranked(by).index[0])


def _sd_month_sales(d: pd.DataFrame) -> float:
    sales = _sd(d)
    return float(sales.loc[sales["when"].dt.to_period("M") == _sd_best_month(d).to_period("M"), "sales"].sum())


def _sd_top_city(d: pd.DataFrame) -> str:
    sales = _sd(d)
    return str(_ranked(sales.groupby("city")["sales"].sum()).index[0])


def _sd_city(value: str) -> Callable[[pd.DataFrame], float]:
    def total(d: pd.DataFrame) -> float:
        sales = _sd(d)
        return float(sales.loc[sales["city"] == _sd_top_city(d), value].sum())

    return total


_SD_ID = ("Order ID",)
_SD_MONEY = (1e3, 1e6)
_SALES_QS = [
    Q(
        "what was total revenue in 2019?",
        either(
            _scaled(lambda d: float(_sd(d)["sales"].sum()), _SD_MONEY),
            _scaled(lambda d: float(_sd(d).loc[lambda x: x["when"].dt.year == 2019, "sales"].sum()), _SD_MONEY),
        ),
        (*_SD_ID, "Quantity Ordered", "Price Each", "Order Date"),
    ),
    Q(
        "what was the best month for sales and how much was earned that month?",
        both(_lead(_month(_sd_best_month)), _scaled(_sd_month_sales, _SD_MONEY)),
        (*_SD_ID, "Quantity Ordered", "Price Each", "Order Date"),
    ),
    Q(
        "which city sold the most?",
        _lead(_named(_sd_top_city)),
        (*_SD_ID, "Quantity Ordered", "Price Each", "Purchase Address"),
    ),
    Q(
        "how much was that",
        either(_scaled(_sd_city("sales"), _SD_MONEY), _count(_sd_city("qty"))),
        (*_SD_ID, "Quantity Ordered", "Price Each", "Purchase Address"),
    ),
    Q(
        "what hour of the day has the most orders? want to time our ads",
        _lead(_clock(lambda d: int(_ranked(_sd(d)["when"].dt.hour.value_counts()).index[0]))),
        (*_SD_ID, "Order Date"),
    ),
    Q(
        "what product sold the most?",
        _lead(
            _named(
                lambda d: str(_ranked(_sd(d).groupby("Product")["qty"].sum()).index[0]),
                {"AAA Batteries (4-pack)": ("AAA Batteries",)},
            )
        ),
        (*_SD_ID, "Product", "Quantity Ordered"),
    ),
]


# --- 6. Diabetes prediction (Kaggle "Diabetes prediction dataset", diabetes_prediction_dataset.csv) -------------

_DB_SMOKING = "No Info:35.8;never:35.1;former:9.4;current:9.3;not current:6.4;ever:4.0"
_DB_SMOKE_RISK = {"No Info": -0.6, "never": 0.0, "former": 0.8, "current": 0.15, "not current": 0.1, "ever": 0.2}
_DB_HBA1C = (3.5, 4.0, 4.5, 4.8, 5.0, 5.7, 5.8, 6.0, 6.1, 6.2, 6.5, 6.6, 6.8, 7.0, 7.5, 8.2, 8.8, 9.0)
_DB_HBA1C_W = (
    (8, 9, 9, 9, 9, 8, 9, 17, 9, 8, 8, 9, 0, 0, 0, 0, 0, 0),
    (0, 0, 0, 0, 0, 6, 7, 12, 6, 7, 8, 10, 10, 10, 8, 6, 6, 5),
)
_DB_GLUCOSE = (80, 85, 90, 100, 126, 130, 140, 145, 155, 158, 159, 160, 200, 220, 240, 260, 280, 300)
_DB_GLUCOSE_W = (
    (9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 10, 0, 0, 0, 0, 0, 0),
    (1, 1, 1, 2, 8, 8, 8, 8, 8, 8, 8, 8, 9, 8, 9, 8, 8, 8),
)


def _diabetes_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4706)
    rows: list[dict[str, Any]] = []
    for i in range(5000):
        gender = "Other" if i == 1234 else "Female" if rng.random() < 0.585 else "Male"
        if rng.random() < 0.04:
            age = float(
                _one(rng, [0.08, 0.16, 0.24, 0.32, 0.4, 0.48, 0.56, 0.64, 0.72, 0.8, 0.88, 1.08, 1.32, 1.56, 1.8])
            )
        else:
            age = float(np.clip(round(rng.triangular(2, 45, 81)), 2, 80))
        smoking = "No Info" if age < 14 and rng.random() < 0.8 else _draw(rng, _DB_SMOKING)
        hypertension = int(rng.random() < min(0.5, 0.0025 * max(age - 20, 0) + 0.004))
        heart = int(rng.random() < min(0.3, 0.0016 * max(age - 30, 0) ** 1.2 / 3 + 0.002))
        bmi = (
            27.32 if rng.random() < 0.24 else float(np.clip(rng.normal(15 + 0.28 * min(age, 45) + 1.0, 5.5), 10.0, 80))
        )
        logit = -5.7 + 0.062 * age + 0.09 * (bmi - 27) + 0.85 * hypertension + 0.8 * heart + _DB_SMOKE_RISK[smoking]
        logit += 0.3 * (gender == "Male")
        diabetes = int(rng.random() < 1 / (1 + np.exp(-logit)))
        rows.append(
            {
                "gender": gender,
                "age": age,
                "hypertension": hypertension,
                "heart_disease": heart,
                "smoking_history": smoking,
                "bmi": round(bmi, 2),
                "HbA1c_level": float(_one(rng, _DB_HBA1C, _DB_HBA1C_W[diabetes])),
                "blood_glucose_level": int(_one(rng, _DB_GLUCOSE, _DB_GLUCOSE_W[diabetes])),
                "diabetes": diabetes,
            }
        )
    return pd.DataFrame(rows)


def _db_rates(d: pd.DataFrame) -> pd.Series:
    return _ranked(d.groupby(_text(d["smoking_history"]))["diabetes"].mean())


_DIABETES_QS = [
    Q(
        "what percentage of people have diabetes?",
        _share(lambda d: float(d["diabetes"].mean())),
        ("diabetes",),
    ),
    Q(
        "and among men?",
        _share(lambda d: float(d.loc[_text(d["gender"]) == "Male", "diabetes"].mean())),
        ("gender", "diabetes"),
    ),
    Q(
        "avg HbA1c for diabetics vs non diabetics",
        _about(lambda d: [d.loc[d["diabetes"] == k, "HbA1c_level"].mean() for k in (1, 0)], rel=0.002),
        ("HbA1c_level", "diabetes"),
    ),
    Q(
        "which smoking history group has the highest diabetes rate?",
        _lead(_named(lambda d: str(_db_rates(d).index[0]))),
        ("smoking_history", "diabetes"),
    ),
    Q(
        "how many patients over 60 have hypertension",
        either(
            _count(lambda d: float(((d["age"] > 60) & (d["hypertension"] == 1)).sum())),
            _count(lambda d: float(((d["age"] >= 60) & (d["hypertension"] == 1)).sum())),
        ),
        ("age", "hypertension"),
    ),
    Q(
        "is age correlated with bmi?",
        _corr(lambda d: d["age"], lambda d: d["bmi"]),
        ("age", "bmi"),
    ),
]


# --- 7. Taylor Swift songs (TidyTuesday 2023-10-17, taylor_all_songs.csv) -----------------------------------------

# album|ep|release|tracks|danceability|energy|valence|acousticness|loudness|explicit share
_TS_ALBUMS = [
    x.split("|")
    for x in _split(
        "Taylor Swift|FALSE|2006-10-24|15|0.55|0.63|0.42|0.18|-4.9|0;"
        "The Taylor Swift Holiday Collection|TRUE|2007-10-14|6|0.5|0.5|0.5|0.5|-7.0|0;"
        "Beautiful Eyes|TRUE|2008-07-15|6|0.53|0.6|0.42|0.3|-5.5|0;"
        "Fearless|FALSE|2008-11-11|19|0.58|0.63|0.41|0.15|-4.6|0;"
        "Speak Now|FALSE|2010-10-25|17|0.56|0.66|0.42|0.15|-4.0|0;"
        "Red|FALSE|2012-10-22|22|0.62|0.59|0.45|0.2|-6.5|0;"
        "1989|FALSE|2014-10-27|16|0.63|0.67|0.46|0.08|-6.1|0;"
        "reputation|FALSE|2017-11-10|15|0.66|0.57|0.3|0.1|-7.4|0.35;"
        "Lover|FALSE|2019-08-23|18|0.71|0.55|0.49|0.3|-7.6|0.12;"
        "folklore|FALSE|2020-07-24|17|0.55|0.4|0.36|0.73|-10.8|0.2;"
        "evermore|FALSE|2020-12-11|17|0.53|0.44|0.42|0.8|-10.2|0.14;"
        "Fearless (Taylor's Version)|FALSE|2021-04-09|26|0.57|0.64|0.41|0.13|-5.4|0;"
        "Red (Taylor's Version)|FALSE|2021-11-12|30|0.58|0.58|0.42|0.26|-7.0|0.06;"
        "Midnights|FALSE|2022-10-21|20|0.62|0.4|0.23|0.6|-10.2|0.3;"
        "Speak Now (Taylor's Version)|FALSE|2023-07-07|22|0.55|0.7|0.43|0.1|-4.1|0.04;"
        "1989 (Taylor's Version)|FALSE|2023-10-27|21|0.62|0.65|0.45|0.09|-6.2|0.04"
    )
]
_TS_WORDS = _split(
    "Love;Story;Stay;Gold;Midnight;Rain;Snow;Beach;Dress;Forever;Clean;Daylight;Karma;Style;Wildest;Dreams;Tears;"
    "Guitar;Cardigan;Willow;Champagne;Problems;Blank;Space;Rose;Garden;Paper;Rings;Mirrorball;Lavender;Haze;Maroon;"
    "Anti;Hero;Getaway;Car;Delicate;Gorgeous;August;Betty;Exile;Invisible;String;Seven;Mine;Ours;Sparks;Fly;Back;"
    "December;Enchanted;Haunted;Starlight;Holy;Ground;Treacherous;Sad;Beautiful;Tragic;Cruel;Summer;Afterglow"
)
_TS_KEYS = _split("C;C#;D;D#;E;F;F#;G;G#;A;A#;B")
_TS_KEY_W = (13, 3, 10, 3, 7, 6, 3, 17, 3, 9, 5, 6)
_TS_FEATURING = _split(
    "Bon Iver;HAIM;Ed Sheeran;Lana Del Rey;Chris Stapleton;Phoebe Bridgers;the National;Colbie Caillat"
)


def _ts_song(rng: np.random.Generator, used: set[str]) -> str:
    def make(r: np.random.Generator) -> str:
        a, b = str(_one(r, _TS_WORDS)), str(_one(r, _TS_WORDS))
        return str(_one(r, [a, f"{a} {b}", f"The {a}", f"{a} {b}"]))

    return _unique(rng, make, used)


def _ts_row(rng: np.random.Generator, album: list[str] | None, track: int, name: str) -> dict[str, Any]:
    dance, energy, valence, acoustic, loud, explicit = (
        (0.6, 0.6, 0.45, 0.25, -6.0, 0.05) if album is None else tuple(float(x) for x in album[4:10])
    )
    energy_v = float(np.clip(rng.normal(energy, 0.14), 0.1, 0.97))
    key = int(_one(rng, list(range(12)), _TS_KEY_W))
    mode = int(rng.random() < 0.8)
    released = album[2] if album else f"{int(rng.integers(2007, 2023))}-{int(rng.integers(1, 13)):02d}-15"
    return {
        "album_name": album[0] if album else None,
        "ep": (album[1] == "TRUE") if album else False,
        "album_release": album[2] if album else None,
        "track_number": track if album else None,
        "track_name": name,
        "artist": "Taylor Swift",
        "featuring": str(_one(rng, _TS_FEATURING)) if rng.random() < 0.05 else None,
        "bonus_track": bool(album and track > int(album[3]) - 3 and rng.random() < 0.7),
        "promotional_release": released if rng.random() < 0.04 else None,
        "single_release": released if rng.random() < 0.12 else None,
        "track_release": released,
        "danceability": round(float(np.clip(rng.normal(dance, 0.09), 0.2, 0.9)), 3),
        "energy": round(energy_v, 3),
        "key": key,
        "loudness": round(float(loud + 9 * (energy_v - energy) + rng.normal(0, 1.1)), 3),
        "mode": mode,
        "speechiness": round(float(rng.lognormal(np.log(0.04), 0.5)), 4),
        "acousticness": round(float(np.clip(rng.normal(acoustic, 0.15), 0.0002, 0.97)), 4),
        "instrumentalness": 0.0 if rng.random() < 0.7 else round(float(rng.lognormal(np.log(2e-5), 2)), 7),
        "liveness": round(float(rng.lognormal(np.log(0.12), 0.5)), 4),
        "valence": round(float(np.clip(rng.normal(valence, 0.15), 0.03, 0.97)), 3),
        "tempo": round(float(rng.normal(122, 28)), 3),
        "time_signature": 4 if rng.random() < 0.93 else int(_one(rng, [3, 5])),
        "duration_ms": int(rng.normal(236_000, 32_000)),
        "explicit": bool(rng.random() < explicit),
        "key_name": _TS_KEYS[key],
        "mode_name": "major" if mode else "minor",
        "key_mode": f"{_TS_KEYS[key]} {'major' if mode else 'minor'}",
    }


def _taylor_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4707)
    used: set[str] = set()
    rows: list[dict[str, Any]] = []
    for album in _TS_ALBUMS:
        tv = "(Taylor's Version)" in album[0]
        for track in range(1, int(album[3]) + 1):
            name = _ts_song(rng, used)
            if tv:
                name += " (Taylor's Version)" + (" [From The Vault]" if track > int(album[3]) - 6 else "")
            rows.append(_ts_row(rng, album, track, name))
    for _ in range(22):
        rows.append(_ts_row(rng, None, 0, _ts_song(rng, used)))
    frame = pd.DataFrame(rows)
    features = _split(
        "danceability;energy;key;loudness;mode;speechiness;acousticness;instrumentalness;liveness;valence;tempo;"
        "time_signature;duration_ms;explicit;key_name;mode_name;key_mode"
    )
    gone = rng.choice(len(frame), 9, replace=False)
    frame[features] = frame[features].astype(object)
    frame.loc[gone, features] = None
    for c in ("track_number", "key", "mode", "time_signature", "duration_ms"):
        frame[c] = frame[c].astype("Int64")
    for c in ("danceability", "energy", "loudness", "speechiness", "acousticness", "instrumentalness"):
        frame[c] = frame[c].astype(float)
    for c in ("liveness", "valence", "tempo"):
        frame[c] = frame[c].astype(float)
    frame["ep"] = frame["ep"].map({True: "TRUE", False: "FALSE"})
    frame["bonus_track"] = frame["bonus_track"].map({True: "TRUE", False: "FALSE"})
    frame["explicit"] = frame["explicit"].map({True: "TRUE", False: "FALSE"})
    return frame


def _ts_top_album(d: pd.DataFrame) -> str:
    albums = _text(d["album_name"])
    return str(_ranked(d[albums != ""].groupby(albums)["danceability"].mean()).index[0])


def _ts_explicit_album(d: pd.DataFrame) -> str:
    albums = _text(d["album_name"])
    return str(_ranked(_flag(d["explicit"]).groupby(albums).sum().drop("", errors="ignore")).index[0])


def _ts_valence_years(d: pd.DataFrame) -> Any:
    years = pd.to_datetime(_text(d["album_release"]).replace("", None)).dt.year
    return d.groupby(years)["valence"].mean().to_numpy()


_TS_ID = ("track_name", "album_name")
_TAYLOR_QS = [
    Q(
        "which album is the most danceable on average?",
        _lead(_named(_ts_top_album)),
        (*_TS_ID, "danceability"),
    ),
    Q(
        "how many of her songs are explicit?",
        _count(lambda d: float(_flag(d["explicit"]).sum())),
        (*_TS_ID, "explicit"),
    ),
    Q(
        "which album has the most of them",
        _lead(_named(_ts_explicit_album)),
        (*_TS_ID, "explicit"),
    ),
    Q(
        "avg song length in minutes",
        _about(lambda d: float(d["duration_ms"].mean() / 60_000), rel=0.005),
        (*_TS_ID, "duration_ms"),
    ),
    Q(
        "plot average valence by album release year - is she getting sadder?",
        _about(_ts_valence_years, rel=0.01),
        (*_TS_ID, "album_release", "valence"),
    ),
    Q(
        "correlation between energy and loudness",
        _corr(lambda d: d["energy"], lambda d: d["loudness"]),
        (*_TS_ID, "energy", "loudness"),
    ),
]


HELDOUT47: list[Dataset] = [
    Dataset("truecar_used_listings", _truecar_frame, _TRUECAR_QS),
    Dataset("restaurant_orders", _restaurant_frame, _RESTAURANT_QS),
    Dataset("student_performance_factors", _students_frame, _STUDENTS_QS),
    Dataset("horror_movies", _horror_frame, _HORROR_QS),
    Dataset("electronics_sales_2019", _sales_frame, _SALES_QS),
    Dataset("diabetes_prediction", _diabetes_frame, _DIABETES_QS),
    Dataset("taylor_swift_songs", _taylor_frame, _TAYLOR_QS),
]
