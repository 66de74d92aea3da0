"""HELDOUT44: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public datasets an analyst is likely to bring along: Kaggle's
E-Commerce Shipping Data (Train.csv, 4400 orders) with ID, Warehouse_block cycling D, F, A, B, C, F (no E),
Mode_of_Shipment Ship / Flight / Road, Customer_care_calls, a 1-5 Customer_rating, Cost_of_the_Product,
Prior_purchases, low / medium / high Product_importance, F / M Gender, Discount_offered (11-65 on the first 1250
orders, all of them late, 1-10 after), Weight_in_gms and "Reached.on.Time_Y.N" where 1 means the parcel did NOT
arrive on time; Kaggle's Food Delivery Dataset (the Zomato delivery train.csv, 4500 orders) with "0x4607 " style IDs
and "INDORES13DEL02 " rider IDs padded with a space, rider ages and ratings as text with "NaN " (a few riders aged
15 rated 6), restaurant coordinates that are 0.0 or negative for some orders, Order_Date written "19-03-2022"
(February 11-18 and March 1 - April 6, 2022), Time_Orderd with "NaN " gaps, Time_Order_picked, "conditions Sunny"
weather (and "conditions NaN"), padded "High " / "Jam " traffic densities, Vehicle_condition 0-3, padded "Snack " order
and "motorcycle " vehicle types, multiple_deliveries with "NaN ", "No " / "Yes " Festival, "Metropolitian " cities
and "Time_taken(min)" written "(min) 24"; TidyTuesday's Broadway grosses (grosses.csv, a sample of 5000 show-weeks
from June 1985 to March 2020) with ISO week_ending, the season's week_number, weekly_gross_overall for every show
running that week, show (revivals reuse a title), theatre (the Lyric also as "Hilton Theatre" and "Foxwoods
Theatre"), weekly_gross, potential_gross and top_ticket_price blank before 1991 (a few tops of 0),
avg_ticket_price, seats_sold, seats_in_theatre, pct_capacity as a fraction (above 1 for the sell-outs), performances
and previews, and a few dark weeks of zeros; TidyTuesday's college tuition file (tuition_cost.csv, 2973 colleges in
name order) with name, state (blank for Puerto Rico), state_code, Public / Private / For Profit type, "2 Year" /
"4 Year" degree_length, room_and_board blank for most two-year colleges and some others, in_state_tuition,
in_state_total, out_of_state_tuition and out_of_state_total (a total equals the tuition when room and board is
blank); Fortune's 2021 Fortune 500 as shared on Kaggle (500 companies by Rank) with Company, Sector, Industry, City,
a two-letter State, Revenues written "$559,151" in $ millions, "Revenue % change" as "6.7%" or "-", Profits with
losses as "-$4,539", "Profits % change" "-" after a loss, Assets, "Market Value" "-" for mutual and private
companies, Employees as "2,300,000", CEO and Founded; TidyTuesday's Billboard Hot 100 (billboard.csv, all 100
positions of the 50 charts from January 3 to December 12, 1987, rows grouped by song) with the chart url, week_id
written m/d/yyyy ("1/3/1987"), week_position, song, performer ("... Featuring ..."), song_id (song and performer run
together), instance, previous_week_position blank for debuts and re-entries, peak_position and weeks_on_chart
counted from each song's debut (songs already charting on January 3 carry their 1986 history); and TidyTuesday's
volcano eruptions (eruptions.csv from the Smithsonian Global Volcanism Program, 3958 eruptions, newest first) with
volcano_number, volcano_name (five different volcanoes called "Unnamed"), eruption_number, "Confirmed Eruption" /
"Uncertain Eruption" / "Discredited Eruption", area_of_activity mostly blank, vei 0-7 with blanks (most of the
uncertain and discredited ones), start_year negative for BCE, start_month and start_day 0 when unknown,
evidence_method_dating ("Historical Observations", "Radiocarbon (corrected)", ...), end_year / end_month /
end_day blank for most eruptions, latitude and longitude. All are generated with a fixed seed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share, _split, _text, _year
from .heldout38 import _draw, _month
from .heldout39 import _fields
from .heldout40 import _number, _top_named
from .heldout42 import _unique
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _ranked(scores: pd.Series, ascending: bool = False) -> pd.Series:
    """Scores indexed by label, best first (ties in label order, so the order never depends on the rows)."""
    frame = pd.DataFrame({"label": [str(x) for x in scores.index], "score": scores.to_numpy()})
    frame = frame.sort_values(["score", "label"], ascending=[ascending, True], kind="stable")
    return pd.Series(frame["score"].to_numpy(), index=frame["label"].to_numpy())


def _top(scores: pd.Series) -> str:
    return str(_ranked(scores).index[0])


def _signed_year(value: Callable[[pd.DataFrame], float]) -> Check:
    """A year that may be BCE: "-1500", "1500 BCE" or "1500 BC" (the sign may be dropped)."""
    return either(has(value, rel=0.0001), has(lambda d: abs(float(value(d))), rel=0.0001))


# --- 1. E-commerce shipping (Kaggle "E-Commerce Shipping Data", Train.csv) ------------------------------------------

# Warehouse_block repeats this cycle down the file, as in the original
_ES_BLOCKS = ("D", "F", "A", "B", "C", "F")
_ES_MODES = "Ship:67.8;Flight:16.2;Road:16.0"
_ES_PRIOR = "2:23.7;3:36.0;4:19.5;5:11.8;6:5.2;7:1.2;8:1.2;10:1.6"
_ES_IMPORTANCE = "low:48.2;medium:43.2;high:8.6"
_ES_FLAG = "Reached.on.Time_Y.N"


def _shipping_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4401)
    n = 4400
    early = 1250
    rows: list[dict[str, Any]] = []
    for i in range(n):
        cost = int(np.clip(round(rng.normal(210, 48)), 96, 310))
        calls = int(np.clip(round(rng.normal(4.05 + 0.45 * (cost - 210) / 48, 1.05)), 2, 7))
        importance = _draw(rng, _ES_IMPORTANCE)
        band = str(_one(rng, ["light", "middle", "heavy"], [22, 13, 65]))
        weight = {
            "light": int(rng.integers(1001, 2000)),
            "middle": int(rng.integers(2000, 4000)),
            "heavy": int(rng.integers(4000, 6001)),
        }[band]
        if i < early:
            discount = int(rng.integers(11, 66))
            weight = int(rng.integers(1001, 4000)) if rng.random() < 0.7 else weight
        else:
            discount = int(rng.integers(1, 11))
        chance = 0.36 - 0.03 * (calls - 4) + 0.06 * (importance == "high")
        late = i < early or 2000 <= weight < 4000 or rng.random() < chance
        rows.append(
            {
                "ID": i + 1,
                "Warehouse_block": _ES_BLOCKS[i % 6],
                "Mode_of_Shipment": _draw(rng, _ES_MODES),
                "Customer_care_calls": calls,
                "Customer_rating": int(rng.integers(1, 6)),
                "Cost_of_the_Product": cost,
                "Prior_purchases": int(_draw(rng, _ES_PRIOR)),
                "Product_importance": importance,
                "Gender": str(_one(rng, ["F", "M"], [50.4, 49.6])),
                "Discount_offered": discount,
                "Weight_in_gms": weight,
                _ES_FLAG: int(late),
            }
        )
    return pd.DataFrame(rows)


def _es_heavy_high(d: pd.DataFrame, inclusive: bool) -> pd.Series:
    heavy = d["Weight_in_gms"] >= 4000 if inclusive else d["Weight_in_gms"] > 4000
    return heavy & (_text(d["Product_importance"]).str.lower() == "high")


def _es_flight(inclusive: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float((_es_heavy_high(d, inclusive) & (_text(d["Mode_of_Shipment"]) == "Flight")).sum())


_ES_ID = ("ID",)
_SHIPPING_QS = [
    Q(
        "how many shipments went by each mode of shipment?",
        _count(lambda d: _text(d["Mode_of_Shipment"]).value_counts().to_numpy()),
        (*_ES_ID, "Mode_of_Shipment"),
    ),
    Q(
        "what % of shipments arrived late?",
        either(_share(lambda d: float((d[_ES_FLAG] == 1).mean())), _share(lambda d: float((d[_ES_FLAG] == 0).mean()))),
        (*_ES_ID, _ES_FLAG),
    ),
    Q(
        "compare the average discount offered for on-time vs late deliveries",
        _about(lambda d: d.groupby(_ES_FLAG)["Discount_offered"].mean().to_numpy()),
        (*_ES_ID, _ES_FLAG, "Discount_offered"),
    ),
    Q(
        "is the number of customer care calls correlated with the cost of the product?",
        _corr(lambda d: d["Customer_care_calls"], lambda d: d["Cost_of_the_Product"]),
        (*_ES_ID, "Customer_care_calls", "Cost_of_the_Product"),
    ),
    Q(
        "how many high importance products weighed more than 4 kg",
        either(
            _count(lambda d: float(_es_heavy_high(d, False).sum())),
            _count(lambda d: float(_es_heavy_high(d, True).sum())),
        ),
        (*_ES_ID, "Product_importance", "Weight_in_gms"),
    ),
    Q(
        "and how many of those went by flight?",
        either(_count(_es_flight(False)), _count(_es_flight(True))),
        (*_ES_ID, "Product_importance", "Weight_in_gms", "Mode_of_Shipment"),
    ),
]


# --- 2. Food delivery times (Kaggle "Food Delivery Dataset", Zomato delivery train.csv) ---------------------------

# city code in Delivery_person_ID: latitude and longitude of its restaurants, share of orders
_FD_CITIES: dict[str, tuple[float, float, float]] = {
    "JAP": (26.911, 75.787, 7.5),
    "RANCHI": (23.374, 85.335, 7.2),
    "BANG": (12.914, 77.678, 7.2),
    "SUR": (21.183, 72.824, 7.0),
    "HYD": (17.431, 78.408, 7.0),
    "MUM": (19.176, 72.837, 7.0),
    "MYS": (12.311, 76.655, 6.8),
    "COIMB": (11.003, 76.977, 6.8),
    "VAD": (22.310, 73.170, 6.6),
    "INDO": (22.745, 75.892, 6.6),
    "PUNE": (18.551, 73.804, 6.6),
    "CHEN": (13.005, 80.251, 6.5),
    "LUDH": (30.899, 75.809, 6.3),
    "KOC": (9.958, 76.296, 5.0),
    "KNP": (26.474, 80.338, 1.5),
    "AGR": (27.161, 78.010, 1.5),
    "ALH": (25.440, 81.840, 1.5),
    "DEH": (30.327, 78.046, 1.5),
    "AURG": (19.880, 75.321, 1.5),
    "KOL": (22.552, 88.353, 1.5),
    "GOA": (15.513, 73.828, 1.5),
    "BHP": (23.230, 77.400, 1.5),
}
_FD_WEATHER = "Fog:16.9;Stormy:16.6;Cloudy:16.5;Sandstorms:16.5;Windy:16.4;Sunny:16.2;NaN:1.3"
# minutes each condition adds to a delivery
_FD_WEATHER_MIN = {"Fog": 3.5, "Cloudy": 3.0, "Stormy": 1.0, "Sandstorms": 1.0, "Windy": 0.5, "Sunny": -4.0, "NaN": 0.0}
_FD_TRAFFIC_MIN = {"Low": 0.0, "Medium": 6.0, "High": 7.5, "Jam": 11.0, "NaN": 4.0}
_FD_ORDERS = "Snack:25.2;Meal:25.0;Drinks:24.9;Buffet:24.9"
_FD_VEHICLES = "motorcycle:58.0;scooter:33.5;electric_scooter:8.3;bicycle:0.2"
_FD_MULTIPLE = "0:31;1:62;2:4.4;3:0.8;NaN:2.2"
_FD_CITY_TYPES = "Metropolitian:74.5;Urban:22.5;Semi-Urban:0.4;NaN:2.6"
_FD_CITY_MIN = {"Metropolitian": 2.0, "Urban": -3.0, "Semi-Urban": 22.0, "NaN": 0.0}
# hour the order was placed: weight
_FD_HOURS = "0:2;8:3;9:3;10:3;11:3;12:3;13:2;14:1;15:2;17:7;18:7;19:9;20:9;21:10;22:10;23:9"
_FD_STEPS = (0.01, 0.02, 0.03, 0.04, 0.05, 0.07, 0.09, 0.11, 0.13)
_FD_BUSY = {"2022-03-15": 1.4, "2022-03-13": 1.15, "2022-04-03": 1.1, "2022-02-13": 1.1}


def _fd_traffic(hour: int) -> str:
    if hour in (0, 8, 9, 10, 11):
        return "Low:85;Medium:6;High:3;Jam:4;NaN:1.3"
    if hour in (12, 13, 14, 15, 16):
        return "Low:10;Medium:40;High:35;Jam:13;NaN:1.3"
    return "Low:24;Medium:26;High:8;Jam:41;NaN:1.3"


def _delivery_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4402)
    n = 4500
    days = [*pd.date_range("2022-02-11", "2022-02-18"), *pd.date_range("2022-03-01", "2022-04-06")]
    weights = np.array([_FD_BUSY.get(f"{t:%Y-%m-%d}", 1.0) for t in days])
    cities = list(_FD_CITIES)
    people: dict[str, tuple[str, str]] = {}
    used_ids: set[str] = set()
    rows: list[dict[str, Any]] = []
    for _ in range(n):
        city = str(_one(rng, cities, [v[2] for v in _FD_CITIES.values()]))
        lat, lon, _w = _FD_CITIES[city]
        restaurant = int(rng.integers(1, 21))
        person = f"{city}RES{restaurant:02d}DEL{int(rng.integers(1, 4)):02d}"
        if person not in people:
            if rng.random() < 0.003:
                people[person] = ("15", "6")
            else:
                age = int(rng.integers(20, 40))
                rating = float(np.clip(round(rng.normal(4.66 - 0.006 * (age - 30), 0.28), 1), 2.5, 5.0))
                people[person] = (str(age), str(rating))
        age_text, rating_text = people[person]
        if rng.random() < 0.041:
            age_text, rating_text = "NaN ", "NaN " if rng.random() < 0.98 else rating_text
        spot_lat = lat + 0.004 * (restaurant - 10) + float(rng.normal(0, 0.01))
        spot_lon = lon + 0.003 * (10 - restaurant) + float(rng.normal(0, 0.01))
        place = float(rng.random())
        if place < 0.08:
            rest_lat, rest_lon = 0.0, 0.0
            drop_lat, drop_lon = round(float(rng.uniform(0.01, 0.13)), 2), round(float(rng.uniform(0.01, 0.13)), 2)
        else:
            rest_lat, rest_lon = round(spot_lat, 6), round(spot_lon, 6)
            if place < 0.09:
                rest_lat, rest_lon = -rest_lat, -rest_lon
            drop_lat = round(abs(rest_lat) + float(_one(rng, _FD_STEPS)), 6)
            drop_lon = round(abs(rest_lon) + float(_one(rng, _FD_STEPS)), 6)
        day = days[int(rng.choice(len(days), p=weights / weights.sum()))]
        hour = int(_draw(rng, _FD_HOURS))
        ordered = pd.Timestamp(2022, 1, 1, hour) + pd.Timedelta(minutes=5 * int(rng.integers(0, 12)))
        picked = ordered + pd.Timedelta(minutes=int(_one(rng, [5, 10, 15])))
        weather = _draw(rng, _FD_WEATHER)
        traffic = _draw(rng, _fd_traffic(hour))
        condition = int(_one(rng, [0, 1, 2, 3], [33, 33, 33, 1]))
        multiple = _draw(rng, _FD_MULTIPLE)
        festival = _draw(rng, "No:97.5;Yes:2.0;NaN:0.5")
        city_type = _draw(rng, _FD_CITY_TYPES)
        rating = float(rating_text) if rating_text.strip() != "NaN" else 4.6
        minutes = 15.5 + _FD_TRAFFIC_MIN[traffic] + _FD_WEATHER_MIN[weather] + _FD_CITY_MIN[city_type]
        minutes += {"0": 0.0, "1": 4.0, "2": 15.0, "3": 18.0, "NaN": 3.0}[multiple] + 20.0 * (festival == "Yes")
        minutes += -11.0 * (min(rating, 5.0) - 4.6) + 1.5 * (2 - condition) + float(rng.normal(0, 4.5))
        while True:
            code = f"0x{int(rng.integers(0, 16**4)):04x}"
            if code not in used_ids:
                used_ids.add(code)
                break
        rows.append(
            {
                "ID": code + " ",
                "Delivery_person_ID": person + " ",
                "Delivery_person_Age": age_text,
                "Delivery_person_Ratings": rating_text,
                "Restaurant_latitude": rest_lat,
                "Restaurant_longitude": rest_lon,
                "Delivery_location_latitude": drop_lat,
                "Delivery_location_longitude": drop_lon,
                "Order_Date": f"{day:%d-%m-%Y}",
                "Time_Orderd": f"{ordered:%H:%M:%S}" if rng.random() > 0.038 else "NaN ",
                "Time_Order_picked": f"{picked:%H:%M:%S}",
                "Weatherconditions": f"conditions {weather}",
                "Road_traffic_density": f"{traffic} ",
                "Vehicle_condition": condition,
                "Type_of_order": f"{_draw(rng, _FD_ORDERS)} ",
                "Type_of_vehicle": f"{_draw(rng, _FD_VEHICLES)} ",
                "multiple_deliveries": multiple if multiple != "NaN" else "NaN ",
                "Festival": f"{festival} ",
                "City": f"{city_type} ",
                "Time_taken(min)": f"(min) {int(np.clip(round(minutes), 10, 54))}",
            }
        )
    return pd.DataFrame(rows)


_FD_TIME = "Time_taken(min)"
_FD_RATING = "Delivery_person_Ratings"


def _fd_minutes(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(_text(d[_FD_TIME]).str.extract(r"(\d+)")[0])


def _fd_day(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["Order_Date"]), format="%d-%m-%Y")


def _fd_busiest(d: pd.DataFrame) -> pd.Timestamp:
    return pd.Timestamp(_top(_fd_day(d).dt.strftime("%Y-%m-%d").value_counts()))


def _fd_dmy(value: Callable[[pd.DataFrame], Any]) -> Check:
    """A day as `_day` reads it, or written day first with dashes as the file does ("15-03-2022")."""

    def dashed(answer: str, df: pd.DataFrame) -> str | None:
        t = pd.Timestamp(value(df))
        found = re.search(rf"(?<![\d.-])0?{t.day}-0?{t.month}-{t.year}(?!\d)", answer)
        return None if found else f"missing day {t:%Y-%m-%d}"

    return either(_day(value), dashed)


def _fd_rating_corr(cap: float) -> Check:
    def check(answer: str, d: pd.DataFrame) -> str | None:
        kept = d.assign(_r=_number(d[_FD_RATING]), _t=_fd_minutes(d))
        kept = kept[kept["_r"] <= cap]
        return _corr(lambda _d: kept["_r"], lambda _d: kept["_t"])(answer, d)

    return check


def _fd_festival(known_only: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        said = _text(d["Festival"])
        base = said.isin(["Yes", "No"]) if known_only else pd.Series(True, index=d.index)
        return float((said == "Yes").sum() / base.sum())

    return share


_FD_ID = ("ID", "Delivery_person_ID")
_FD_TRAFFIC = ("Low", "Medium", "High", "Jam")
_DELIVERY_QS = [
    Q(
        "what's the average delivery time?",
        _about(lambda d: float(_fd_minutes(d).mean())),
        (*_FD_ID, _FD_TIME),
    ),
    Q(
        "avg time taken by road traffic density",
        _about(lambda d: [_fd_minutes(d)[_text(d["Road_traffic_density"]) == t].mean() for t in _FD_TRAFFIC]),
        (*_FD_ID, _FD_TIME, "Road_traffic_density"),
    ),
    Q(
        "what percent of orders were placed during a festival",
        either(_share(_fd_festival(False)), _share(_fd_festival(True))),
        (*_FD_ID, "Festival"),
    ),
    Q(
        "is the delivery person's rating correlated with how long the delivery takes?",
        either(_fd_rating_corr(np.inf), _fd_rating_corr(5.0)),
        (*_FD_ID, _FD_RATING, _FD_TIME),
    ),
    Q(
        "plot the number of orders per day. which date had the most orders?",
        _lead(_fd_dmy(_fd_busiest)),
        (*_FD_ID, "Order_Date"),
    ),
    Q(
        "and what was the avg delivery time on that day?",
        _about(lambda d: float(_fd_minutes(d)[_fd_day(d) == _fd_busiest(d)].mean())),
        (*_FD_ID, "Order_Date", _FD_TIME),
    ),
]


# --- 3. Broadway weekly grosses (TidyTuesday 2020-04-28, grosses.csv) ---------------------------------------------

# theatre: seats, first week it can host a show
_BW_THEATRES: dict[str, tuple[int, str]] = {
    "Gershwin Theatre": (1933, "1985-06-09"),
    "Broadway Theatre": (1761, "1985-06-09"),
    "Palace Theatre": (1743, "1985-06-09"),
    "Minskoff Theatre": (1710, "1985-06-09"),
    "St. James Theatre": (1710, "1985-06-09"),
    "New Amsterdam Theatre": (1702, "1997-04-06"),
    "Majestic Theatre": (1645, "1985-06-09"),
    "Lyric Theatre": (1622, "1998-01-18"),
    "Marquis Theatre": (1612, "1986-07-06"),
    "Winter Garden Theatre": (1526, "1985-06-09"),
    "Lunt-Fontanne Theatre": (1505, "1985-06-09"),
    "Shubert Theatre": (1460, "1985-06-09"),
    "Imperial Theatre": (1443, "1985-06-09"),
    "Al Hirschfeld Theatre": (1424, "1985-06-09"),
    "Neil Simon Theatre": (1362, "1985-06-09"),
    "Richard Rodgers Theatre": (1319, "1985-06-09"),
    "Nederlander Theatre": (1235, "1985-06-09"),
    "August Wilson Theatre": (1228, "1985-06-09"),
    "Broadhurst Theatre": (1186, "1985-06-09"),
    "Ambassador Theatre": (1125, "1985-06-09"),
    "Cort Theatre": (1084, "1985-06-09"),
    "Vivian Beaumont Theatre": (1080, "1985-06-09"),
    "Gerald Schoenfeld Theatre": (1079, "1985-06-09"),
    "Bernard B. Jacobs Theatre": (1078, "1985-06-09"),
    "Longacre Theatre": (1077, "1985-06-09"),
    "Brooks Atkinson Theatre": (1069, "1985-06-09"),
    "Eugene O'Neill Theatre": (1066, "1985-06-09"),
    "Ethel Barrymore Theatre": (1058, "1985-06-09"),
    "Stephen Sondheim Theatre": (1055, "2009-09-13"),
    "Belasco Theatre": (1018, "1985-06-09"),
    "Music Box Theatre": (1009, "1985-06-09"),
    "Studio 54": (1006, "1998-11-01"),
    "Walter Kerr Theatre": (945, "1985-06-09"),
    "Lyceum Theatre": (922, "1985-06-09"),
    "John Golden Theatre": (805, "1985-06-09"),
    "Circle in the Square Theatre": (776, "1985-06-09"),
    "Booth Theatre": (766, "1985-06-09"),
    "American Airlines Theatre": (740, "2000-06-25"),
    "Samuel J. Friedman Theatre": (650, "2008-10-05"),
    "Helen Hayes Theatre": (597, "1985-06-09"),
}
# show|theatre|first week|last week|price factor|capacity (a hit that moved house has a line per theatre)
_BW_HITS = _fields(
    "Cats|Winter Garden Theatre|1985-06-09|2000-09-10|1.05|0.86;"
    "A Chorus Line|Shubert Theatre|1985-06-09|1990-04-29|0.95|0.72;"
    "42nd Street|St. James Theatre|1985-06-09|1989-01-08|0.95|0.74;"
    "La Cage aux Folles|Palace Theatre|1985-06-09|1987-11-15|1.0|0.8;"
    "Big River|Eugene O'Neill Theatre|1985-06-09|1987-09-20|0.95|0.7;"
    "Les Miserables|Imperial Theatre|1987-02-22|2003-05-18|1.15|0.95;"
    "The Phantom of the Opera|Majestic Theatre|1988-01-10|2020-03-01|1.0|0.93;"
    "Me and My Girl|Marquis Theatre|1986-07-20|1989-12-31|1.0|0.8;"
    "Miss Saigon|Broadway Theatre|1991-03-24|2001-01-28|1.15|0.9;"
    "Beauty and the Beast|Palace Theatre|1994-03-13|1999-09-05|1.1|0.92;"
    "Beauty and the Beast|Lunt-Fontanne Theatre|1999-11-14|2007-07-29|1.1|0.86;"
    "Rent|Nederlander Theatre|1996-04-21|2008-09-07|0.9|0.88;"
    "Chicago|Shubert Theatre|1996-10-27|2003-01-26|1.1|0.9;"
    "Chicago|Ambassador Theatre|2003-02-02|2020-03-01|1.1|0.84;"
    "The Lion King|New Amsterdam Theatre|1997-10-19|2006-06-04|1.45|0.99;"
    "The Lion King|Minskoff Theatre|2006-06-18|2020-03-01|1.5|0.98;"
    "The Producers|St. James Theatre|2001-03-25|2007-04-22|1.25|0.95;"
    "Mamma Mia!|Winter Garden Theatre|2001-10-07|2013-10-20|1.15|0.92;"
    "Mamma Mia!|Broadhurst Theatre|2013-11-03|2015-09-13|1.0|0.82;"
    "Hairspray|Neil Simon Theatre|2002-07-21|2009-01-04|1.1|0.88;"
    "Wicked|Gershwin Theatre|2003-10-05|2020-03-01|1.25|0.99;"
    "Jersey Boys|August Wilson Theatre|2005-10-09|2017-01-15|1.2|0.93;"
    "Mary Poppins|New Amsterdam Theatre|2006-10-01|2013-03-03|1.15|0.9;"
    "Billy Elliot|Imperial Theatre|2008-10-05|2012-01-08|1.15|0.88;"
    "Spider-Man Turn Off the Dark|Lyric Theatre|2010-11-21|2014-01-05|1.2|0.86;"
    "The Book of Mormon|Eugene O'Neill Theatre|2011-02-27|2020-03-01|1.5|1.01;"
    "Kinky Boots|Al Hirschfeld Theatre|2013-03-10|2019-04-07|1.05|0.86;"
    "Beautiful: The Carole King Musical|Stephen Sondheim Theatre|2013-11-24|2019-10-27|1.0|0.85;"
    "Aladdin|New Amsterdam Theatre|2014-03-02|2020-03-01|1.2|0.97;"
    "Hamilton|Richard Rodgers Theatre|2015-07-19|2020-03-01|2.3|1.02;"
    "School of Rock|Winter Garden Theatre|2015-11-08|2019-01-20|1.0|0.85;"
    "Waitress|Brooks Atkinson Theatre|2016-03-27|2020-01-05|1.05|0.88;"
    "Dear Evan Hansen|Music Box Theatre|2016-11-20|2020-03-01|1.5|1.01;"
    "Come From Away|Gerald Schoenfeld Theatre|2017-02-19|2020-03-01|1.2|1.0;"
    "Frozen|St. James Theatre|2018-02-25|2020-03-01|1.15|0.93;"
    "Mean Girls|August Wilson Theatre|2018-03-18|2020-03-01|1.15|0.95;"
    "Harry Potter and the Cursed Child, Parts One and Two|Lyric Theatre|2018-03-18|2020-03-01|0.95|1.0;"
    "To Kill a Mockingbird|Shubert Theatre|2018-11-04|2020-03-01|1.35|1.0;"
    "Hadestown|Walter Kerr Theatre|2019-03-24|2020-03-01|1.3|1.0;"
    "Moulin Rouge!|Al Hirschfeld Theatre|2019-06-30|2020-03-01|1.45|1.0"
)
_BW_REVIVALS = _split(
    "Cabaret;Guys and Dolls;Fiddler on the Roof;The King and I;Gypsy;West Side Story;Grease;Annie;Oklahoma!;"
    "Kiss Me, Kate;The Music Man;South Pacific;Carousel;Hello, Dolly!;Anything Goes;Sweeney Todd;Into the Woods;"
    "Company;Follies;Pippin;Godspell;Hair;Evita;Jesus Christ Superstar;Man of La Mancha;Damn Yankees;Camelot;"
    "My Fair Lady;Funny Girl;On the Town;Death of a Salesman;A Streetcar Named Desire;The Glass Menagerie;"
    "Long Day's Journey Into Night;A Raisin in the Sun;Our Town;The Crucible;All My Sons;Cat on a Hot Tin Roof;"
    "Who's Afraid of Virginia Woolf?;Arcadia;Noises Off;Present Laughter;The Front Page;Twelve Angry Men;"
    "Inherit the Wind;The Odd Couple;Barefoot in the Park;Born Yesterday;Private Lives;Hamlet;Macbeth;"
    "Romeo and Juliet;King Lear;Julius Caesar;The Iceman Cometh;Waiting for Godot;Equus;Pygmalion;Picnic"
)
_BW_ADJ = _split(
    "Last;Secret;Little;Great;Wild;Brave;Hidden;Golden;Lucky;Silver;Perfect;Midnight;Crazy;Broken;Distant;Sweet;"
    "Burning;Quiet;Honest;Dangerous;Curious;Lonely;Beautiful;Wicked;Restless;Holy;Velvet;American;Blue;Scarlet"
)
_BW_NOUN = _split(
    "Heart;Summer;Night;House;Garden;Wedding;Country;River;City;Dream;Party;Season;Game;Road;Train;Hour;Letter;"
    "Winter;Kingdom;Affair;Ghost;Bride;Machine;Angel;Empire;Harbor;Island;Ballroom;Diner;Circus;Bridge;Window"
)
_BW_HOLIDAY = (51, 52, 0)


def _bw_title(rng: np.random.Generator) -> str:
    adj, noun = str(_one(rng, _BW_ADJ)), str(_one(rng, _BW_NOUN))
    forms = [f"The {adj} {noun}", f"{adj} {noun}", f"A {adj} {noun}", f"{noun}", f"{adj} {noun}s", f"The {noun}"]
    return str(_one(rng, forms, [30, 20, 8, 8, 14, 20]))


def _bw_runs(rng: np.random.Generator, weeks: pd.DatetimeIndex) -> list[dict[str, Any]]:
    """Every run, theatre by theatre: the hits where they played and other shows in between."""
    index = {t: i for i, t in enumerate(weeks)}
    runs: list[dict[str, Any]] = []
    booked: dict[str, list[tuple[int, int]]] = {t: [] for t in _BW_THEATRES}
    for show, theatre, first, last, price, capacity in _BW_HITS:
        span = (index[pd.Timestamp(first)], index[pd.Timestamp(last)])
        if any(a <= span[1] and span[0] <= b for a, b in booked[theatre]):
            raise RuntimeError(f"{theatre} is double-booked")
        booked[theatre].append(span)
        moved = any(r["show"] == show for r in runs)
        runs.append(
            {
                "show": show,
                "theatre": theatre,
                "span": span,
                "price": float(price),
                "capacity": float(capacity),
                "previews": 0 if span[0] == 0 or moved else 4,
                "fade": 0.03,
            }
        )
    revivals: set[str] = set()
    for theatre, (_seats, opened) in _BW_THEATRES.items():
        hits = sorted(booked[theatre])
        at = index[pd.Timestamp(opened)]
        at += 0 if at == 0 and rng.random() < 0.75 else int(rng.integers(2, 20))
        while at < len(weeks) - 1:
            nxt = min((a for a, _b in hits if a >= at), default=len(weeks))
            inside = [b for a, b in hits if a <= at <= b]
            if inside:
                at = inside[0] + 1 + int(rng.integers(3, 16))
                continue
            musical = rng.random() < (0.55 if _BW_THEATRES[theatre][0] > 1300 else 0.25)
            if musical:
                length = int(np.clip(rng.lognormal(np.log(28), 1.0), 2, 330))
            else:
                length = int(np.clip(rng.lognormal(np.log(13), 0.6), 2, 90))
            end = min(at + length - 1, nxt - 3, len(weeks) - 1)
            if end - at >= 1:
                revival = rng.random() < 0.35
                title = str(_one(rng, _BW_REVIVALS)) if revival else _bw_title(rng)
                while title in revivals and not revival:
                    title = _bw_title(rng)
                revivals.add(title)
                level = float(np.clip(rng.beta(6, 2.4) * (1.1 if length > 40 else 0.95), 0.3, 0.97))
                runs.append(
                    {
                        "show": title,
                        "theatre": theatre,
                        "span": (at, end),
                        "price": float(rng.lognormal(0, 0.12)) * (1.08 if musical else 0.88),
                        "capacity": level,
                        "previews": 0 if at == 0 else int(rng.integers(1, 5)),
                        "fade": float(rng.uniform(0.05, 0.3)),
                    }
                )
            at = end + 1 + int(rng.integers(2, 24))
    return runs


def _bw_week_numbers(weeks: pd.DatetimeIndex) -> dict[pd.Timestamp, int]:
    """The Broadway League's week of the season: week 1 ends on the first Sunday from May 26."""
    numbers: dict[pd.Timestamp, int] = {}
    for t in weeks:
        year = t.year if t >= pd.Timestamp(t.year, 5, 26) else t.year - 1
        start = pd.Timestamp(year, 5, 26)
        start += pd.Timedelta(days=(6 - start.dayofweek))
        numbers[t] = (t - start).days // 7 + 1
    return numbers


def _broadway_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4403)
    weeks = pd.date_range("1985-06-09", "2020-03-01", freq="7D")
    holidays = np.isin(weeks.isocalendar().week.to_numpy() % 52, _BW_HOLIDAY)
    summers = np.isin(weeks.month, (7, 8))
    blocks: list[pd.DataFrame] = []
    for run in _bw_runs(rng, weeks):
        a, b = run["span"]
        when = weeks[a : b + 1]
        k = len(when)
        step = np.arange(k)
        seats = _BW_THEATRES[run["theatre"]][0]
        previews = np.where(step < run["previews"], 8, 0)
        opening = step == run["previews"]
        previews = np.where(opening & (run["previews"] > 0), rng.integers(1, 7, k), previews)
        performances = np.where(rng.random(k) < 0.9, 8, rng.choice([7, 9], k)) - previews
        performances = np.where(opening, 8 - previews, performances)
        performances = np.clip(performances, 0, 9)
        dark = rng.random(k) < 0.002
        performances, previews = np.where(dark, 0, performances), np.where(dark, 0, previews)
        holiday, summer = holidays[a : b + 1], summers[a : b + 1]
        hit = run["capacity"] >= 0.98
        noise = rng.normal(0, 0.008 if hit else 0.045, k)
        capacity = run["capacity"] * (1 - run["fade"] * step / max(k, 1)) + noise + 0.05 * holiday + 0.02 * summer
        capacity = np.clip(capacity, 0.2, max(1.0, run["capacity"] + 0.02))
        shows = performances + previews
        sold = np.round(seats * shows * capacity).astype(int)
        years = when.year.to_numpy() + when.dayofyear.to_numpy() / 366 - 1985
        price = 30.0 * 1.042**years * run["price"] * rng.lognormal(0, 0.04, k) * (1 + 0.12 * holiday)
        price = price * np.where(previews > 0, 0.85, 1.0)
        gross = np.round(sold * price)
        potential = np.round(seats * shows * price * rng.uniform(1.15, 1.35, k) / np.maximum(capacity, 0.75))
        early = when < pd.Timestamp("1991-01-01")
        top = np.round(price * rng.uniform(1.6, 2.4, k) / 5) * 5 if run["show"] != "Hamilton" else np.full(k, 849.0)
        frame = pd.DataFrame(
            {
                "week_ending": when,
                "show": run["show"],
                "theatre": run["theatre"],
                "weekly_gross": gross.astype(int),
                "potential_gross": np.where(early | (rng.random(k) < 0.01), np.nan, potential),
                "avg_ticket_price": np.where(sold > 0, np.round(gross / np.maximum(sold, 1), 2), 0.0),
                "top_ticket_price": np.where(early, np.nan, np.where(rng.random(k) < 0.006, 0.0, top)),
                "seats_sold": sold,
                "seats_in_theatre": seats,
                "pct_capacity": np.where(shows > 0, np.round(sold / np.maximum(seats * shows, 1), 4), 0.0),
                "performances": performances,
                "previews": previews,
            }
        )
        blocks.append(frame)
    full = pd.concat(blocks, ignore_index=True)
    lyric = full["theatre"] == "Lyric Theatre"
    full.loc[lyric & (full["week_ending"] < pd.Timestamp("2014-03-01")), "theatre"] = "Foxwoods Theatre"
    full.loc[lyric & (full["week_ending"] < pd.Timestamp("2010-01-01")), "theatre"] = "Hilton Theatre"
    full["weekly_gross_overall"] = full.groupby("week_ending")["weekly_gross"].transform("sum")
    full["week_number"] = full["week_ending"].map(_bw_week_numbers(weeks))
    sample = full.iloc[np.sort(rng.choice(len(full), 5000, replace=False))]
    sample = sample.sort_values(["week_ending", "show"], kind="stable").reset_index(drop=True)
    sample["week_ending"] = sample["week_ending"].dt.strftime("%Y-%m-%d")
    columns = (
        "week_ending;week_number;weekly_gross_overall;show;theatre;weekly_gross;potential_gross;avg_ticket_price;"
        "top_ticket_price;seats_sold;seats_in_theatre;pct_capacity;performances;previews"
    )
    return sample[_split(columns)]


def _bw_year(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["week_ending"])).dt.year


def _bw_best_year(overall: bool) -> Callable[[pd.DataFrame], float]:
    def year(d: pd.DataFrame) -> float:
        if overall:
            weeks = d.drop_duplicates("week_ending")
            return float(_top(weeks.groupby(_bw_year(weeks))["weekly_gross_overall"].sum()))
        return float(_top(d.groupby(_bw_year(d))["weekly_gross"].sum()))

    return year


def _bw_prices(with_zero: bool) -> Callable[[pd.DataFrame], list[float]]:
    def means(d: pd.DataFrame) -> list[float]:
        kept = d if with_zero else d[d["avg_ticket_price"] > 0]
        return [float(kept.loc[_bw_year(kept) == y, "avg_ticket_price"].mean()) for y in (1990, 2019)]

    return means


def _bw_paid(d: pd.DataFrame) -> list[float]:
    """The year's gross over the year's seats sold: the price weighted by tickets."""
    sums = d.groupby(_bw_year(d))[["weekly_gross", "seats_sold"]].sum()
    return [float(sums.loc[y, "weekly_gross"] / sums.loc[y, "seats_sold"]) for y in (1990, 2019)]


def _bw_over(inclusive: bool) -> Callable[[pd.DataFrame], pd.DataFrame]:
    return lambda d: d[d["pct_capacity"] >= 1] if inclusive else d[d["pct_capacity"] > 1]


_BW_ID = ("week_ending", "show")
_BROADWAY_QS = [
    Q(
        "which show made the most money in total?",
        _lead(_named(lambda d: _top(d.groupby(_text(d["show"]))["weekly_gross"].sum()))),
        (*_BW_ID, "weekly_gross"),
    ),
    Q(
        "plot the total gross per year - which year was the biggest?",
        _lead(either(_year(_bw_best_year(False)), _year(_bw_best_year(True)))),
        (*_BW_ID, "weekly_gross", "weekly_gross_overall"),
    ),
    Q(
        "average ticket price in 1990 vs 2019?",
        either(_about(_bw_prices(True)), _about(_bw_prices(False)), _about(_bw_paid)),
        (*_BW_ID, "avg_ticket_price"),
    ),
    Q(
        "what's the average capacity for hamilton",
        _share(lambda d: float(d.loc[_text(d["show"]) == "Hamilton", "pct_capacity"].mean())),
        (*_BW_ID, "pct_capacity"),
    ),
    Q(
        "how many times did a show sell more than 100% of its seats?",
        either(_count(lambda d: float(len(_bw_over(False)(d)))), _count(lambda d: float(len(_bw_over(True)(d))))),
        (*_BW_ID, "pct_capacity", "seats_sold", "seats_in_theatre"),
    ),
    Q(
        "which show did that most often?",
        _lead(
            either(
                _named(lambda d: _top(_text(_bw_over(False)(d)["show"]).value_counts())),
                _named(lambda d: _top(_text(_bw_over(True)(d)["show"]).value_counts())),
            )
        ),
        (*_BW_ID, "pct_capacity"),
    ),
]


# --- 4. US college tuition (TidyTuesday 2020-03-10, tuition_cost.csv) ---------------------------------------------

# state: code, share of colleges (%), in-state tuition at a public four-year college ($)
_CT_STATES: dict[str, tuple[str, float, int]] = {
    "California": ("CA", 8.5, 7000),
    "New York": ("NY", 7.4, 7400),
    "Pennsylvania": ("PA", 6.3, 12800),
    "Texas": ("TX", 5.5, 8600),
    "Ohio": ("OH", 4.6, 10300),
    "Illinois": ("IL", 4.0, 12000),
    "North Carolina": ("NC", 3.8, 4600),
    "Massachusetts": ("MA", 3.3, 12500),
    "Florida": ("FL", 3.3, 5000),
    "Michigan": ("MI", 3.0, 12400),
    "Georgia": ("GA", 2.9, 6000),
    "Virginia": ("VA", 2.7, 11200),
    "Missouri": ("MO", 2.6, 8300),
    "Tennessee": ("TN", 2.5, 8600),
    "Indiana": ("IN", 2.3, 8200),
    "Wisconsin": ("WI", 2.3, 7900),
    "Minnesota": ("MN", 2.2, 9100),
    "New Jersey": ("NJ", 1.9, 12900),
    "Iowa": ("IA", 2.0, 7600),
    "South Carolina": ("SC", 1.9, 11000),
    "Kentucky": ("KY", 1.9, 9100),
    "Alabama": ("AL", 1.8, 9700),
    "Washington": ("WA", 1.8, 8600),
    "Maryland": ("MD", 1.6, 8700),
    "Oklahoma": ("OK", 1.5, 7400),
    "Louisiana": ("LA", 1.5, 8900),
    "Kansas": ("KS", 1.5, 8100),
    "Colorado": ("CO", 1.3, 8400),
    "Oregon": ("OR", 1.3, 9600),
    "Arkansas": ("AR", 1.3, 7400),
    "Connecticut": ("CT", 1.2, 12100),
    "Mississippi": ("MS", 1.1, 7600),
    "Nebraska": ("NE", 1.0, 7300),
    "West Virginia": ("WV", 1.0, 7500),
    "Maine": ("ME", 0.9, 9400),
    "Arizona": ("AZ", 0.9, 10200),
    "New Mexico": ("NM", 0.8, 6400),
    "New Hampshire": ("NH", 0.7, 14600),
    "Montana": ("MT", 0.7, 6300),
    "Utah": ("UT", 0.6, 6200),
    "Vermont": ("VT", 0.6, 14000),
    "South Dakota": ("SD", 0.6, 8200),
    "North Dakota": ("ND", 0.6, 7800),
    "District of Columbia": ("DC", 0.5, 6000),
    "Rhode Island": ("RI", 0.4, 10800),
    "Hawaii": ("HI", 0.4, 8800),
    "Idaho": ("ID", 0.4, 7300),
    "Delaware": ("DE", 0.3, 11600),
    "Nevada": ("NV", 0.3, 6200),
    "Wyoming": ("WY", 0.3, 4400),
    "Alaska": ("AK", 0.2, 7000),
    "": ("PR", 0.6, 2400),
}
_CT_KINDS = "Public|4 Year:22;Public|2 Year:26;Private|4 Year:45;Private|2 Year:3;For Profit|4 Year:2.2;"
_CT_KINDS += "For Profit|2 Year:1.8"
# name|state|type|in-state tuition|out-of-state tuition|room and board (colleges whose fees are well known)
_CT_KNOWN = _fields(
    "Harvey Mudd College|California|Private|58660|58660|18929;"
    "Columbia University|New York|Private|61671|61671|14016;"
    "University of Chicago|Illinois|Private|58230|58230|16320;"
    "Claremont McKenna College|California|Private|56475|56475|17630;"
    "Sarah Lawrence College|New York|Private|57550|57550|16250;"
    "Dartmouth College|New Hampshire|Private|57204|57204|16374;"
    "Wesleyan University|Connecticut|Private|56704|56704|16218;"
    "Brown University|Rhode Island|Private|57112|57112|15202;"
    "Tufts University|Massachusetts|Private|58578|58578|14578;"
    "Barnard College|New York|Private|57668|57668|15446;"
    "University of California-Berkeley|California|Public|14254|43176|17254;"
    "University of California-Los Angeles|California|Public|13258|42250|15902;"
    "University of California-San Diego|California|Public|14415|44169|14061;"
    "University of California-Davis|California|Public|14495|44249|15990;"
    "University of California-Irvine|California|Public|15798|45552|14758;"
    "University of California-Santa Barbara|California|Public|14391|44145|15600;"
    "University of California-Santa Cruz|California|Public|14070|43824|17020;"
    "University of California-Riverside|California|Public|14186|43940|16900;"
    "University of California-Merced|California|Public|13538|43292|17368;"
    "University of Michigan-Ann Arbor|Michigan|Public|15262|49350|11534;"
    "Michigan State University|Michigan|Public|14460|39630|10522;"
    "Michigan Technological University|Michigan|Public|16346|36136|11020;"
    "University of Virginia-Main Campus|Virginia|Public|17310|48891|11640;"
    "College of William and Mary|Virginia|Public|23628|44798|12676;"
    "Virginia Polytechnic Institute and State University|Virginia|Public|13691|31908|9226;"
    "George Mason University|Virginia|Public|12462|35922|11550;"
    "University of Vermont|Vermont|Public|18276|42516|12722;"
    "Pennsylvania State University-Main Campus|Pennsylvania|Public|18454|34858|11884;"
    "University of Pittsburgh-Pittsburgh Campus|Pennsylvania|Public|19080|32814|11050;"
    "University of Illinois at Urbana-Champaign|Illinois|Public|16004|33466|11308;"
    "University of Massachusetts-Amherst|Massachusetts|Public|15887|35239|13278;"
    "University of Colorado Boulder|Colorado|Public|12086|37056|15068;"
    "Colorado School of Mines|Colorado|Public|19062|39762|12808;"
    "University of Washington-Seattle Campus|Washington|Public|11207|37998|12681;"
    "Rutgers University-New Brunswick|New Jersey|Public|14975|31282|13075;"
    "University of Delaware|Delaware|Public|13680|34310|12930"
)
_CT_TOWNS = _split(
    "Springfield;Franklin;Greenville;Clinton;Madison;Georgetown;Salem;Fairview;Riverside;Oxford;Ashland;Milton;"
    "Dover;Jackson;Lincoln;Marion;Hudson;Auburn;Burlington;Chester;Clayton;Dayton;Kingston;Lexington;Manchester;"
    "Newport;Plymouth;Princeton;Richmond;Winchester;Bristol;Canton;Florence;Jamestown;Lebanon;Monroe;Mount Vernon;"
    "Oakland;Bedford;Cleveland;Columbia;Concord;Glendale;Hamilton;Lakewood;Marshall;Newton;Orange;Portland;Quincy;"
    "Shelby;Troy;Union;Warren;Wayne;Westfield;Wilson;Arlington;Bloomington;Cedar Falls;Elmira;Fremont;Hanover"
)
_CT_PEOPLE = _split(
    "Adams;Baker;Carroll;Dawson;Ellis;Fisher;Grant;Hastings;Irving;Keller;Lawrence;Mercer;Norris;Olivet;Pierce;"
    "Quinn;Randolph;Sterling;Thayer;Upton;Vance;Whitman;Yates;Abbott;Beaumont;Colby;Drew;Emerson;Fairfield;Gordon;"
    "Hollins;Judson;Kenyon;Lyon;Marlowe;Newberry;Ogden;Paine;Reed;Sherwood;Thiel;Walsh;Wheaton;Albright;Bethel"
)
_CT_SAINTS = _split("Saint Joseph's;Saint Mary's;Saint Francis;Saint Augustine's;Saint Anselm;Saint John's;Holy Cross")
_CT_PRIVATE = _split(
    "College;College;College;University;University;Christian College;Bible College;Baptist University;"
    "Lutheran College;Wesleyan University;College of Art and Design;School of Nursing;Theological Seminary;"
    "Institute of Technology;College of Pharmacy;Methodist University;Pacific University;Career College"
)
_CT_BRANDS = _split("Keystone Career;Summit Technical;Pinnacle Career;Horizon Health;Meridian Technical;Crown Beauty")


def _ct_name(rng: np.random.Generator, state: str, kind: str, degree: str) -> str:
    town, person, where = str(_one(rng, _CT_TOWNS)), str(_one(rng, _CT_PEOPLE)), state or "Puerto Rico"
    if kind == "For Profit":
        return f"{_one(rng, _CT_BRANDS)} {_one(rng, ['Institute', 'College', 'Academy'])}-{town}"
    if degree == "2 Year":
        forms = [f"{town} Community College", f"{town} Technical College", f"{person} Community College"]
        forms += [f"{where} Community College-{town}", f"{town} County Community College", f"{person} Junior College"]
        return str(_one(rng, forms))
    if kind == "Public":
        forms = [f"{where} State University-{town}", f"University of {where}-{town}", f"{town} State University"]
        forms += [f"{_one(rng, ['Northern', 'Southern', 'Eastern', 'Western', 'Central'])} {where} University"]
        return str(_one(rng, [*forms, f"{town} State College"]))
    what = str(_one(rng, _CT_PRIVATE))
    forms = [f"{person} {what}", f"{town} {what}", f"{_one(rng, _CT_SAINTS)} {what}", f"{person} College of {where}"]
    return str(_one(rng, forms, [45, 40, 10, 5]))


def _ct_namer(state: str, kind: str, degree: str) -> Callable[[np.random.Generator], str]:
    return lambda rng: _ct_name(rng, state, kind, degree)


def _tuition_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4404)
    states = list(_CT_STATES)
    kinds = _split(_CT_KINDS)
    used: set[str] = set()
    rows: list[dict[str, Any]] = []
    for known in _CT_KNOWN:
        used.add(known[0])
        rows.append({"name": known[0], "state": known[1], "type": known[2], "degree_length": "4 Year"})
        rows[-1] |= {"_in": int(known[3]), "_out": int(known[4]), "_board": int(known[5])}
    while len(rows) < 2973:
        state = str(_one(rng, states, [v[1] for v in _CT_STATES.values()]))
        kind, degree = str(_one(rng, [k.split(":")[0] for k in kinds], [float(k.split(":")[1]) for k in kinds])).split(
            "|"
        )
        base = _CT_STATES[state][2]
        if kind == "Public" and degree == "4 Year":
            tin = base * rng.lognormal(0, 0.18)
            tout = tin * float(np.clip(rng.normal(2.3, 0.45), 1.2, 3.2))
            tout = min(tout, float(rng.uniform(26_000, 29_800))) if rng.random() < 0.97 else tout
            board = rng.normal(10_300, 1_600) if rng.random() > 0.07 else None
        elif kind == "Public":
            tin = float(np.clip(base * 0.38 * rng.lognormal(0, 0.3), 1_100, 9_500))
            tout = tin * float(np.clip(rng.normal(2.4, 0.6), 1.0, 4.5))
            board = rng.normal(7_400, 1_500) if rng.random() < 0.17 else None
        elif kind == "Private":
            tin = 60_000.0
            while not 4_500 <= tin <= 50_000:
                tin = rng.lognormal(np.log(31_000 if degree == "4 Year" else 14_500), 0.34)
            tout = tin
            chance = 0.89 if degree == "4 Year" else 0.3
            board = rng.normal(11_600, 1_900) if rng.random() < chance else None
        else:
            tin = float(np.clip(rng.lognormal(np.log(15_500 if degree == "4 Year" else 13_800), 0.25), 6_000, 32_000))
            tout = tin
            board = rng.normal(9_800, 1_800) if rng.random() < 0.35 else None
        rows.append(
            {
                "name": _unique(rng, _ct_namer(state, kind, degree), used),
                "state": state,
                "type": kind,
                "degree_length": degree,
                "_in": round(float(tin)),
                "_out": round(float(tout)),
                "_board": None if board is None else round(float(np.clip(board, 3_000, 16_000))),
            }
        )
    frame = pd.DataFrame(rows)
    frame = frame.iloc[rng.permutation(len(frame))].sort_values("name", kind="stable").reset_index(drop=True)
    board = frame["_board"].astype("Float64")
    frame["state_code"] = frame["state"].map(lambda s: _CT_STATES[s][0])
    frame["state"] = frame["state"].replace("", None)
    frame["room_and_board"] = board.astype(float)
    frame["in_state_tuition"] = frame["_in"]
    frame["in_state_total"] = (frame["_in"] + board.fillna(0)).astype(int)
    frame["out_of_state_tuition"] = frame["_out"]
    frame["out_of_state_total"] = (frame["_out"] + board.fillna(0)).astype(int)
    columns = (
        "name;state;state_code;type;degree_length;room_and_board;in_state_tuition;in_state_total;"
        "out_of_state_tuition;out_of_state_total"
    )
    return frame[_split(columns)]


def _ct_states() -> dict[str, tuple[str, ...]]:
    return {s: (code,) for s, (code, _w, _t) in _CT_STATES.items() if s}


def _ct_dear(inclusive: bool) -> Callable[[pd.DataFrame], pd.DataFrame]:
    def pick(d: pd.DataFrame) -> pd.DataFrame:
        out = d["out_of_state_tuition"]
        return d[(_text(d["type"]) == "Public") & ((out >= 30_000) if inclusive else (out > 30_000))]

    return pick


def _ct_top_state(d: pd.DataFrame) -> str:
    states = _text(d["state"])
    return _top(states[states != ""].value_counts())


_CT_ID = ("name",)
_CT_STATE = ("state", "state_code")
_TUITION_QS = [
    Q(
        "which state has the most colleges?",
        _lead(_named(_ct_top_state, _ct_states())),
        (*_CT_ID, *_CT_STATE),
    ),
    Q(
        "avg in state tuition for public vs private 4 year schools",
        _scaled(
            lambda d: [
                d.loc[(_text(d["type"]) == t) & (_text(d["degree_length"]) == "4 Year"), "in_state_tuition"].mean()
                for t in ("Public", "Private")
            ],
            (1e3,),
        ),
        (*_CT_ID, "type", "degree_length", "in_state_tuition"),
    ),
    Q(
        "what percent of schools don't list room and board?",
        _share(lambda d: float(d["room_and_board"].isna().mean())),
        (*_CT_ID, "room_and_board"),
    ),
    Q(
        "top 5 most expensive colleges by out of state total",
        _top_named(lambda d: _ranked(pd.Series(d["out_of_state_total"].to_numpy(), index=_text(d["name"]))), 5),
        (*_CT_ID, "out_of_state_total"),
    ),
    Q(
        "how many public colleges charge more than $30k out of state tuition?",
        either(_count(lambda d: float(len(_ct_dear(False)(d)))), _count(lambda d: float(len(_ct_dear(True)(d))))),
        (*_CT_ID, "type", "out_of_state_tuition"),
    ),
    Q(
        "which state has the most of those",
        _lead(
            either(
                _named(lambda d: _ct_top_state(_ct_dear(False)(d)), _ct_states()),
                _named(lambda d: _ct_top_state(_ct_dear(True)(d)), _ct_states()),
            )
        ),
        (*_CT_ID, *_CT_STATE, "type", "out_of_state_tuition"),
    ),
]


# --- 5. Fortune 500 (Fortune's 2021 list as shared on Kaggle / data.world) ------------------------------------------

# Company|Sector|Industry|City|State|Revenues|Revenue % change|Profits|Profits % change|Assets|Market Value|
# Employees|CEO|Founded ($ millions; "-" where the list has none)
_FT_KNOWN = _fields(
    "Walmart|Retailing|General Merchandisers|Bentonville|AR|559151|6.7|13510|-9.1|252496|382642|2300000|"
    "C. Douglas McMillon|1962;"
    "Amazon|Retailing|Internet Services and Retailing|Seattle|WA|386064|37.6|21331|84.1|321195|1558070|1298000|"
    "Andrew R. Jassy|1994;"
    "Apple|Technology|Computers, Office Equipment|Cupertino|CA|274515|5.5|57411|3.9|323888|2050670|147000|"
    "Timothy D. Cook|1976;"
    "CVS Health|Health Care|Health Care: Pharmacy and Other Services|Woonsocket|RI|268706|4.6|7179|3.3|230715|"
    "98487|256500|Karen S. Lynch|1963;"
    "UnitedHealth Group|Health Care|Health Care: Insurance and Managed Care|Minnetonka|MN|257141|6.2|15403|11.4|"
    "197289|351725|330000|Andrew P. Witty|1977;"
    "Berkshire Hathaway|Financials|Insurance: Property and Casualty (Stock)|Omaha|NE|245510|-3.6|42521|-48.2|"
    "873729|588455|360000|Warren E. Buffett|1839;"
    "McKesson|Wholesalers|Wholesalers: Health Care|Irving|TX|238228|2.9|-4539|-|61247|30678|67500|Brian S. Tyler|"
    "1833;"
    "AmerisourceBergen|Wholesalers|Wholesalers: Health Care|Chesterbrook|PA|189894|5.7|-3409|-|44275|24140|22000|"
    "Steven H. Collis|1985;"
    "Alphabet|Technology|Internet Services and Retailing|Mountain View|CA|182527|12.8|40269|17.3|319616|1392870|"
    "135301|Sundar Pichai|1998;"
    "Exxon Mobil|Energy|Petroleum Refining|Irving|TX|181502|-31.5|-22440|-|332750|236342|72000|Darren W. Woods|1882;"
    "AT&T|Telecommunications|Telecommunications|Dallas|TX|171760|-5.2|-5176|-|525761|216125|230760|"
    "John T. Stankey|1983;"
    "Costco Wholesale|Retailing|General Merchandisers|Issaquah|WA|166761|9.2|4002|9.5|55556|155977|273000|"
    "W. Craig Jelinek|1983;"
    "Cigna|Health Care|Health Care: Pharmacy and Other Services|Bloomfield|CT|160401|4.8|8458|65.2|155774|82582|"
    "72963|David M. Cordani|1982;"
    "Cardinal Health|Wholesalers|Wholesalers: Health Care|Dublin|OH|152922|5.1|-3696|-|44453|17760|48000|"
    "Michael C. Kaufmann|1971;"
    "Microsoft|Technology|Computer Software|Redmond|WA|143015|13.6|44281|12.8|301311|1778040|163000|Satya Nadella|"
    "1975;"
    "Walgreens Boots Alliance|Food & Drug Stores|Food and Drug Stores|Deerfield|IL|139537|1.3|456|-88.3|87174|47444|"
    "331000|Rosalind G. Brewer|1901;"
    "Kroger|Food & Drug Stores|Food and Drug Stores|Cincinnati|OH|132498|8.4|2585|56.8|49623|27450|465000|"
    "W. Rodney McMullen|1883;"
    "Home Depot|Retailing|Specialty Retailers: Other|Atlanta|GA|132110|19.9|12866|13.9|70581|328639|504800|"
    "Craig A. Menear|1978;"
    "JPMorgan Chase|Financials|Commercial Banks|New York|NY|129503|-10.5|27800|-23.3|3386071|464802|255351|"
    "James Dimon|1799;"
    "Verizon Communications|Telecommunications|Telecommunications|New York|NY|128292|-2.7|17801|-8.6|316481|"
    "240650|132200|Hans E. Vestberg|1983;"
    "Ford Motor|Motor Vehicles & Parts|Motor Vehicles and Parts|Dearborn|MI|127144|-18.4|-1279|-|267261|48867|"
    "186000|James D. Farley Jr.|1903;"
    "General Motors|Motor Vehicles & Parts|Motor Vehicles and Parts|Detroit|MI|122485|-10.7|6427|-4.7|235194|83208|"
    "155000|Mary T. Barra|1908;"
    "Anthem|Health Care|Health Care: Insurance and Managed Care|Indianapolis|IN|121867|17.1|4572|-5.2|86615|89210|"
    "83400|Gail K. Boudreaux|1944;"
    "Centene|Health Care|Health Care: Insurance and Managed Care|St. Louis|MO|111115|50.3|1808|37.5|68719|37143|"
    "71300|Michael F. Neidorff|1984;"
    "Fannie Mae|Financials|Diversified Financials|Washington|DC|106678|-12.3|11805|-18.5|3985749|1710|7400|"
    "Hugh R. Frater|1938;"
    "Comcast|Telecommunications|Telecommunications|Philadelphia|PA|103564|-4.9|10534|-19.3|273869|247706|168000|"
    "Brian L. Roberts|1963;"
    "Chevron|Energy|Petroleum Refining|San Ramon|CA|94692|-35.2|-5543|-|239790|201930|47736|Michael K. Wirth|1879;"
    "Dell Technologies|Technology|Computers, Office Equipment|Round Rock|TX|94224|2.2|3250|-42.6|123415|67040|"
    "158000|Michael S. Dell|1984;"
    "Bank of America|Financials|Commercial Banks|Charlotte|NC|93753|-18.6|17894|-35.3|2819627|331902|212505|"
    "Brian T. Moynihan|1784;"
    "Target|Retailing|General Merchandisers|Minneapolis|MN|93561|19.8|4368|33.9|51248|98572|409000|"
    "Brian C. Cornell|1902;"
    "Facebook|Technology|Internet Services and Retailing|Menlo Park|CA|85965|21.6|29146|57.7|159316|838891|58604|"
    "Mark Zuckerberg|2004;"
    "State Farm Insurance|Financials|Insurance: Property and Casualty (Mutual)|Bloomington|IL|83667|5.2|3743|-45.7|"
    "303072|-|57672|Michael L. Tipsord|1922;"
    "Johnson & Johnson|Health Care|Pharmaceuticals|New Brunswick|NJ|82584|0.6|14714|-2.6|174894|432719|134500|"
    "Alex Gorsky|1886;"
    "Intel|Technology|Semiconductors and Other Electronic Components|Santa Clara|CA|77867|8.2|20899|-1.4|153091|"
    "260852|110600|Patrick P. Gelsinger|1968;"
    "Procter & Gamble|Household Products|Household and Personal Products|Cincinnati|OH|70950|5.3|13027|264.4|120700|"
    "330207|99000|David S. Taylor|1837;"
    "Marathon Petroleum|Energy|Petroleum Refining|Findlay|OH|69779|-44.1|-9826|-|85158|34849|57900|"
    "Michael J. Hennigan|1887;"
    "Boeing|Aerospace & Defense|Aerospace and Defense|Chicago|IL|58158|-24.0|-11941|-|152136|148615|141000|"
    "David L. Calhoun|1916;"
    "Publix Super Markets|Food & Drug Stores|Food and Drug Stores|Lakeland|FL|45204|18.5|3972|30.4|31051|-|227000|"
    "Todd Jones|1930;"
    "Occidental Petroleum|Energy|Mining, Crude-Oil Production|Houston|TX|17809|-14.1|-14831|-|80064|24827|11200|"
    "Vicki A. Hollub|1920;"
    "American Airlines Group|Transportation|Airlines|Fort Worth|TX|17337|-62.4|-8885|-|62008|15331|102700|"
    "W. Douglas Parker|1934;"
    "Delta Air Lines|Transportation|Airlines|Atlanta|GA|17095|-63.6|-12385|-|71996|30830|74000|Edward H. Bastian|"
    "1924;"
    "United Airlines Holdings|Transportation|Airlines|Chicago|IL|15355|-64.5|-7069|-|59548|18617|74400|"
    "J. Scott Kirby|1926"
)
# sector: companies on the list, profit margin (%), chance of a loss, revenue change (%), assets per $ of revenue,
# market value per $ of revenue, revenue per employee ($ thousands), industries, name endings
_FT_SECTORS: dict[str, tuple[int, float, float, float, float, float, float, str, str]] = {
    "Financials": (
        95,
        13.0,
        0.04,
        2.0,
        9.0,
        1.9,
        900,
        "Commercial Banks:30;Insurance: Property and Casualty (Stock):18;Insurance: Life, Health (Stock):12;"
        "Insurance: Life, Health (Mutual):9;Insurance: Property and Casualty (Mutual):5;Diversified Financials:16;"
        "Securities:6;Real Estate:4",
        "Financial;Bancorp;Financial Group;Insurance Group;Capital;Holdings;Bankshares;Mutual;Life;Trust",
    ),
    "Energy": (
        62,
        3.0,
        0.42,
        -24.0,
        2.4,
        1.1,
        1800,
        "Utilities: Gas and Electric:38;Petroleum Refining:12;Mining, Crude-Oil Production:18;Pipelines:14;Energy:18",
        "Energy;Resources;Petroleum;Power;Gas & Electric;Midstream;Oil;Utilities",
    ),
    "Technology": (
        48,
        14.0,
        0.08,
        9.0,
        1.3,
        5.5,
        600,
        "Computer Software:25;Semiconductors and Other Electronic Components:25;Information Technology Services:20;"
        "Network and Other Communications Equipment:10;Internet Services and Retailing:12;Computer Peripherals:8",
        "Technologies;Systems;Software;Networks;Semiconductor;Digital;Micro;Data",
    ),
    "Retailing": (
        44,
        3.5,
        0.12,
        8.0,
        0.6,
        0.9,
        220,
        "Specialty Retailers: Other:35;Specialty Retailers: Apparel:25;General Merchandisers:20;"
        "Automotive Retailing, Services:20",
        "Stores;Brands;Outfitters;Auto Group;Home;Retail",
    ),
    "Health Care": (
        40,
        6.0,
        0.1,
        7.0,
        1.1,
        2.2,
        350,
        "Health Care: Medical Facilities:30;Pharmaceuticals:25;Medical Products and Equipment:25;"
        "Health Care: Insurance and Managed Care:20",
        "Health;Healthcare;Medical;Pharmaceuticals;Life Sciences;Scientific",
    ),
    "Industrials": (
        28,
        6.5,
        0.12,
        -6.0,
        1.2,
        1.7,
        300,
        "Industrial Machinery:40;Construction and Farm Machinery:20;Electronics, Electrical Equip.:40",
        "Industries;Manufacturing;Controls;Machinery;Electric;Corp.",
    ),
    "Wholesalers": (
        22,
        1.8,
        0.08,
        2.0,
        0.4,
        0.4,
        900,
        "Wholesalers: Diversified:60;Wholesalers: Food and Grocery:40",
        "Distribution;Supply;Wholesale;Trading",
    ),
    "Transportation": (
        20,
        4.0,
        0.4,
        -18.0,
        1.4,
        1.3,
        250,
        "Trucking, Truck Leasing:35;Railroads:20;Mail, Package, and Freight Delivery:25;Airlines:20",
        "Logistics;Freight;Transport;Express;Lines",
    ),
    "Food, Beverages & Tobacco": (
        20,
        8.0,
        0.08,
        3.0,
        1.3,
        1.9,
        400,
        "Food Consumer Products:50;Beverages:25;Food Production:25",
        "Foods;Brands;Beverages;Farms;Provisions",
    ),
    "Materials": (
        19,
        5.0,
        0.15,
        -5.0,
        1.1,
        0.9,
        500,
        "Metals:40;Packaging, Containers:35;Building Materials, Glass:25",
        "Steel;Materials;Packaging;Metals",
    ),
    "Business Services": (
        20,
        8.0,
        0.1,
        1.0,
        1.4,
        2.5,
        150,
        "Diversified Outsourcing Services:40;Financial Data Services:35;Advertising, Marketing:25",
        "Services;Solutions;Group;Partners",
    ),
    "Motor Vehicles & Parts": (
        14,
        3.0,
        0.2,
        -10.0,
        1.0,
        0.6,
        350,
        "Motor Vehicles and Parts:100",
        "Automotive;Motors;Parts;Components",
    ),
    "Aerospace & Defense": (
        12,
        7.0,
        0.2,
        -4.0,
        1.3,
        1.2,
        330,
        "Aerospace and Defense:100",
        "Aerospace;Defense;Dynamics",
    ),
    "Chemicals": (12, 6.0, 0.15, -7.0, 1.6, 1.3, 600, "Chemicals:100", "Chemical;Chemicals;Polymers"),
    "Household Products": (
        11,
        9.0,
        0.08,
        6.0,
        1.2,
        2.4,
        400,
        "Household and Personal Products:60;Home Equipment, Furnishings:40",
        "Brands;Products;Home",
    ),
    "Engineering & Construction": (
        13,
        4.0,
        0.1,
        1.0,
        0.9,
        0.9,
        500,
        "Engineering, Construction:50;Homebuilders:50",
        "Construction;Builders;Homes;Engineering",
    ),
    "Media": (9, 7.0, 0.25, -9.0, 2.0, 2.2, 500, "Entertainment:60;Publishing, Printing:40", "Media;Entertainment"),
    "Hotels, Restaurants & Leisure": (
        11,
        -4.0,
        0.55,
        -38.0,
        2.3,
        2.6,
        60,
        "Food Services:60;Hotels, Casinos, Resorts:40",
        "Restaurants;Hospitality;Resorts;Entertainment",
    ),
    "Telecommunications": (6, 6.0, 0.15, 2.0, 2.5, 1.5, 600, "Telecommunications:100", "Communications;Telecom"),
    "Food & Drug Stores": (4, 2.0, 0.1, 10.0, 0.5, 0.4, 200, "Food and Drug Stores:100", "Markets;Pharmacy"),
    "Apparel": (4, 6.0, 0.25, -12.0, 1.0, 1.7, 300, "Apparel:100", "Apparel;Brands"),
}
_FT_HEADS = _split(
    "Allied;Summit;Pioneer;Keystone;Atlas;Harbor;Granite;Sterling;Liberty;Frontier;Meridian;Continental;National;"
    "American;United;Pacific;Northern;Southern;Great Lakes;Hartwell;Whitmore;Caldwell;Brennan;Lockhart;Ashford;"
    "Prescott;Thornton;Kendall;Barlow;Dunmore;Crestview;Bayside;Ironwood;Redstone;Bluewater;Westbrook;Oakmont;"
    "Silverline;Cardinal;Patriot;Beacon;Evergreen;Heritage;Lakeshore;Midland;Northstar;Paragon;Regal;Sentinel;"
    "Trident;Vanguard;Windsor;Apex;Cobalt;Delta;Empire;Falcon;Gateway;Horizon;Ivory;Juniper;Kingsley;Landmark"
)
_FT_PLACES = (
    "New York|NY:52;Houston|TX:22;Chicago|IL:14;Atlanta|GA:12;Dallas|TX:10;Minneapolis|MN:7;San Jose|CA:6;"
    "San Francisco|CA:6;Los Angeles|CA:5;Philadelphia|PA:6;Pittsburgh|PA:5;Cincinnati|OH:5;Columbus|OH:5;"
    "Cleveland|OH:5;St. Louis|MO:7;Charlotte|NC:6;Richmond|VA:6;Milwaukee|WI:5;Denver|CO:5;Boston|MA:8;"
    "Omaha|NE:4;Indianapolis|IN:4;Detroit|MI:4;Seattle|WA:4;Santa Clara|CA:4;Irvine|CA:3;San Diego|CA:3;"
    "Stamford|CT:4;Hartford|CT:3;Newark|NJ:3;Parsippany|NJ:3;Memphis|TN:3;Nashville|TN:4;Miami|FL:3;"
    "Jacksonville|FL:3;Phoenix|AZ:4;Las Vegas|NV:3;Portland|OR:2;Salt Lake City|UT:2;Kansas City|MO:3;"
    "Oklahoma City|OK:2;Tulsa|OK:2;Louisville|KY:3;Birmingham|AL:2;New Orleans|LA:2;Des Moines|IA:2;"
    "Baltimore|MD:3;Bethesda|MD:2;Reston|VA:2;McLean|VA:3;Arlington|VA:3;Washington|DC:2;Austin|TX:3;"
    "San Antonio|TX:3;Irving|TX:4;Plano|TX:3;Fort Worth|TX:2;Providence|RI:2;Wilmington|DE:1;Boise|ID:1;"
    "Greenwich|CT:2;Purchase|NY:2;Rochester|NY:1;Buffalo|NY:1;Akron|OH:1;Dayton|OH:1;Toledo|OH:1;Madison|WI:1"
)
_FT_FIRST = _split(
    "James;John;Robert;Michael;William;David;Richard;Joseph;Thomas;Charles;Christopher;Daniel;Matthew;Anthony;Mark;"
    "Steven;Paul;Andrew;Kevin;Brian;George;Timothy;Jeffrey;Gregory;Mary;Patricia;Jennifer;Linda;Elizabeth;Susan;"
    "Margaret;Lisa;Nancy;Karen;Sandra;Donna;Carol;Michelle;Laura;Julie;Kathleen;Ann"
)
_FT_LAST = _split(
    "Anderson;Bennett;Campbell;Donovan;Edwards;Fitzgerald;Gallagher;Harrison;Jensen;Keller;Larson;Morrison;Nolan;"
    "O'Brien;Patterson;Reynolds;Sullivan;Townsend;Vaughn;Whitaker;Young;Zimmerman;Brooks;Carter;Dunn;Ellison;Foster;"
    "Graham;Hayes;Ingram;Jordan;Klein;Lowe;Murphy;Nash;Owens;Price;Ramirez;Shah;Tran;Underwood;Walsh;Chen;Gupta"
)
# rank: revenue ($ millions) the generated companies follow
_FT_REVENUE_AT: tuple[tuple[int, int], ...] = ((1, 560_000), (31, 88_000), (50, 63_000), (100, 32_500))
_FT_REVENUE_AT += ((200, 15_600), (300, 9_800), (400, 7_000), (500, 5_370))


def _ft_money(value: float) -> str:
    return f"-${-value:,.0f}" if value < 0 else f"${value:,.0f}"


def _ft_generic(rng: np.random.Generator, sector: str, revenue: float, used: set[str]) -> list[str]:
    _n, margin, loss, change, assets, value, per_head, industries, endings = _FT_SECTORS[sector]
    name = _unique(rng, lambda r: f"{_one(r, _FT_HEADS)} {_one(r, _split(endings))}", used)
    city, state = _draw(rng, _FT_PLACES).split("|")
    lost = rng.random() < loss
    profit = -revenue * rng.uniform(0.01, 0.12) if lost else revenue * min(0.28, margin / 100 * rng.lognormal(0, 0.5))
    private = rng.random() < (0.16 if sector == "Financials" else 0.05)
    grew = float(rng.normal(change, 9 + abs(change) / 3))
    ceo = f"{_one(rng, _FT_FIRST)} {chr(65 + int(rng.integers(0, 26)))}. {_one(rng, _FT_LAST)}"
    staff = max(1_000, round(revenue * 1000 / per_head / rng.lognormal(0, 0.45) / 100) * 100)
    return [
        name,
        sector,
        _draw(rng, industries),
        city,
        state,
        str(round(revenue)),
        "-" if rng.random() < 0.015 else f"{grew:.1f}",
        str(round(float(profit))),
        "-" if lost or rng.random() < 0.06 else f"{float(rng.normal(0, 35)):.1f}",
        str(round(revenue * assets * float(rng.lognormal(0, 0.5)))),
        "-" if private else str(round(revenue * value * float(rng.lognormal(0, 0.6)))),
        str(int(staff)),
        ceo,
        str(int(rng.integers(1850, 2011)) if rng.random() < 0.9 else int(rng.integers(1780, 1850))),
    ]


def _fortune_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4405)
    used = {row[0] for row in _FT_KNOWN}
    ranks, levels = zip(*_FT_REVENUE_AT, strict=True)
    slots = np.exp(np.interp(np.arange(31, 501), ranks, np.log(levels)))
    slots = np.delete(slots, rng.choice(len(slots), len(_FT_KNOWN) - 30, replace=False))
    counts = {s: v[0] for s, v in _FT_SECTORS.items()}
    for row in _FT_KNOWN:
        counts[row[1]] -= 1
    sectors = [s for s, k in counts.items() for _ in range(max(k, 0))]
    sectors = [sectors[int(i)] for i in rng.permutation(len(sectors))][: len(slots)]
    sectors += [str(_one(rng, list(_FT_SECTORS))) for _ in range(len(slots) - len(sectors))]
    rows = [list(r) for r in _FT_KNOWN]
    for revenue, sector in zip(slots * rng.lognormal(0, 0.015, len(slots)), sectors, strict=True):
        rows.append(_ft_generic(rng, sector, float(revenue), used))
    columns = _split(
        "Company;Sector;Industry;City;State;Revenues;Revenue % change;Profits;Profits % change;Assets;Market Value;"
        "Employees;CEO;Founded"
    )
    frame = pd.DataFrame(rows, columns=columns)
    frame = frame.assign(_r=frame["Revenues"].astype(float)).sort_values("_r", ascending=False, kind="stable")
    frame = frame.drop(columns="_r").reset_index(drop=True)
    for c in ("Revenues", "Profits", "Assets", "Market Value"):
        frame[c] = [v if v == "-" else _ft_money(float(v)) for v in frame[c]]
    for c in ("Revenue % change", "Profits % change"):
        frame[c] = [v if v == "-" else f"{v}%" for v in frame[c]]
    frame["Employees"] = [f"{int(v):,}" for v in frame["Employees"]]
    frame["Founded"] = frame["Founded"].astype(int)
    frame.insert(0, "Rank", np.arange(1, len(frame) + 1))
    return frame


def _ft_profits(d: pd.DataFrame) -> pd.Series:
    return pd.Series(_number(d["Profits"]).to_numpy(), index=_text(d["Company"]))


_FT_ID = ("Rank", "Company")
_FORTUNE_QS = [
    Q(
        "what's the total revenue of all the companies?",
        _scaled(lambda d: float(_number(d["Revenues"]).sum()), (1e3, 1e6)),
        (*_FT_ID, "Revenues"),
    ),
    Q(
        "which sector has the most companies on the list",
        _lead(_named(lambda d: _top(_text(d["Sector"]).value_counts()))),
        (*_FT_ID, "Sector"),
    ),
    Q(
        "top 5 most profitable companies",
        _top_named(lambda d: _ranked(_ft_profits(d)), 5),
        (*_FT_ID, "Profits"),
    ),
    Q(
        "how many of the companies lost money?",
        _count(lambda d: float((_number(d["Profits"]) < 0).sum())),
        (*_FT_ID, "Profits"),
    ),
    Q(
        "which one lost the most?",
        _lead(_named(lambda d: str(_ranked(_ft_profits(d), ascending=True).index[0]))),
        (*_FT_ID, "Profits"),
    ),
    Q(
        "is market value correlated with profits?",
        _corr(lambda d: _number(d["Market Value"]), lambda d: _number(d["Profits"])),
        (*_FT_ID, "Market Value", "Profits"),
    ),
]


# --- 6. Billboard Hot 100 (TidyTuesday 2021-09-14, billboard.csv) ------------------------------------------------

_BB_FIRST = _split(
    "Tiffany;Debbie;Whitney;Gregory;Bruce;Cyndi;Janet;Lionel;Richard;Kim;Taylor;Paula;Terence;Gloria;Rick;Glenn;"
    "Billy;Jody;Lisa;Belinda;Stevie;Peter;Eddie;Natalie;Bobby;Cutting;Kenny;Luther;Regina;Johnny;Martha;Carly;Jimmy;"
    "Shanice;Tony;Samantha;Bonnie;Toni;Sheena;Howard;Julian;Dionne;Patti;Steve;Robbie;Roger;Anita;Jermaine"
)
_BB_LAST = _split(
    "Gibson;Carlisle;Hayes;Martin;Palmer;Dayne;Lewis;Moore;Wilde;Nevitt;Jackson;Winwood;Collins;Houston;Adams;Marx;"
    "Medeiros;Nelson;Crawford;Brown;Keaton;Dane;Gabriel;Richie;Easton;Vandross;Jones;Baker;Harris;Morgan;Watley;"
    "Belle;Rivers;Cole;Simmons;Ross;Taylor;Bishop;Carter;Sterling;Vance;Everett;Fontaine"
)
_BB_BANDS = _split(
    "Bangles;Cars;Jets;Outfield;Motels;Romantics;Bellamys;Cure;Hooters;Pretenders;Kinks;Smithereens;Communards;"
    "Georgia Satellites;Fat Boys;Timbuk 3;Wang Chung;Europe;Starship;Poison;Whitesnake;Heart;Boston;Chicago;Journey;"
    "Survivor;Genesis;Tears;Mirrors;Lovers;Saints;Rebels;Strangers;Runaways;Dreamers;Drifters;Shadows;Wanderers"
)
_BB_WORDS_A = _split(
    "Shake;Hold;Touch;Kiss;Dance;Love;Call;Need;Want;Take;Save;Tell;Show;Give;Wait;Stay;Cry;Run;Walk;Talk;Leave;Feel"
)
_BB_WORDS_B = _split(
    "Me;You;Me Tonight;Me Now;It Up;On Me;Me Down;Your Heart;The Night;Me Closer;It Over;Me Back;Away;All Night"
)
_BB_ADJ = _split(
    "Crazy;Lonely;Endless;Secret;Sweet;Little;Heavenly;Wild;Electric;Broken;Dangerous;Perfect;Hungry;Midnight;Only"
)
_BB_NOUN = _split(
    "Heart;Love;Lies;Girl;Boy;Eyes;Dreams;Fire;Rain;Summer;Night;Paradise;Emotion;Thunder;World;Angel;Rhythm;Time"
)


def _bb_title(rng: np.random.Generator) -> str:
    a, b = str(_one(rng, _BB_WORDS_A)), str(_one(rng, _BB_WORDS_B))
    adj, noun, other = str(_one(rng, _BB_ADJ)), str(_one(rng, _BB_NOUN)), str(_one(rng, _BB_NOUN))
    forms = [
        f"{a} {b}",
        f"{adj} {noun}",
        f"I {a} {b}",
        f"Don't {a} {b}",
        f"{noun} Of {other}",
        f"{adj} {noun} (Of {other})",
        f"(I Just) {a} {b}",
        f"{a}in' {b}",
        f"{noun}",
        f"The {adj} {noun}",
        f"{noun} {other}",
        f"{a} {b}, Baby",
    ]
    return str(_one(rng, forms, [14, 16, 8, 6, 7, 2, 2, 3, 6, 8, 5, 3]))


def _bb_artist(rng: np.random.Generator) -> str:
    roll = rng.random()
    if roll < 0.55:
        return f"{_one(rng, _BB_FIRST)} {_one(rng, _BB_LAST)}"
    if roll < 0.85:
        return f"The {_one(rng, _BB_BANDS)}" if rng.random() < 0.5 else str(_one(rng, _BB_BANDS))
    return f"{_one(rng, _BB_FIRST)} {_one(rng, _BB_LAST)} & {_one(rng, _BB_FIRST)} {_one(rng, _BB_LAST)}"


def _billboard_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4406)
    weeks = pd.date_range("1986-06-07", "1987-12-12", freq="7D")
    shown = int(np.flatnonzero(weeks == pd.Timestamp("1987-01-03"))[0])
    artists: list[str] = []
    while len(artists) < 420:
        name = _bb_artist(rng)
        if name not in artists:
            artists.append(name)
    popularity = 1 / np.arange(1, len(artists) + 1) ** 0.35
    made: dict[str, int] = {}
    star = artists[3]
    songs: list[dict[str, Any]] = []
    used: set[str] = set()

    def add(start: int, strength: float, performer: str, rise: int, half: float) -> None:
        title = _bb_title(rng)
        while title + performer in used:
            title = _bb_title(rng)
        used.add(title + performer)
        made[performer] = made.get(performer, 0) + 1
        songs.append({"start": start, "s": strength, "rise": rise, "half": half, "song": title, "who": performer})

    for w in range(-24, len(weeks)):
        october = 0 <= w < len(weeks) and weeks[w].month == 10
        for _ in range(int(rng.poisson(9.5 if october else 7.6))):
            who = str(_one(rng, artists, list(popularity)))
            if who == star or made.get(who, 0) >= 4:
                continue
            if rng.random() < 0.09:
                who = f"{who} Featuring {_one(rng, [a for a in artists if ' & ' not in a])}"
            add(w, min(2.0, float(rng.lognormal(0, 0.7))), who, int(rng.integers(2, 9)), float(rng.uniform(2.0, 4.5)))
    for k, w in enumerate((shown - 14, shown + 2, shown + 11, shown + 21, shown + 30, shown + 41)):
        who = star if k != 3 else f"{star} Featuring {artists[10]}"
        add(w, float(rng.uniform(1.3, 1.9)), who, int(rng.integers(3, 7)), float(rng.uniform(3.0, 4.5)))
    add(shown + 8, 3.0, artists[1], 6, 3.0)
    positions: dict[int, list[tuple[int, int]]] = {}
    for w in range(len(weeks)):
        scores = []
        for i, song in enumerate(songs):
            age = w - song["start"]
            if age < 0:
                continue
            if age < song["rise"]:
                level = song["s"] * (0.3 + 0.7 * age / song["rise"])
            else:
                level = song["s"] * 0.5 ** ((age - song["rise"]) / song["half"])
            if level > 0.05:
                scores.append((level * float(rng.lognormal(0, 0.08)), i))
        scores.sort(reverse=True)
        for pos, (_level, i) in enumerate(scores[:100], start=1):
            positions.setdefault(i, []).append((w, pos))
    rows: list[dict[str, Any]] = []
    for i in rng.permutation(len(songs)):
        song, charted = songs[int(i)], positions.get(int(i), [])
        instance, best, last = 0, 101, -9
        for count, (w, pos) in enumerate(charted, start=1):
            instance += int(w != last + 1)
            best = min(best, pos)
            before = [p for x, p in charted if x == w - 1]
            last = w
            if w < shown:
                continue
            rows.append(
                {
                    "url": f"http://www.billboard.com/charts/hot-100/{weeks[w]:%Y-%m-%d}",
                    "week_id": f"{weeks[w].month}/{weeks[w].day}/{weeks[w].year}",
                    "week_position": pos,
                    "song": song["song"],
                    "performer": song["who"],
                    "song_id": song["song"] + song["who"],
                    "instance": instance,
                    "previous_week_position": float(before[0]) if before else np.nan,
                    "peak_position": best,
                    "weeks_on_chart": count,
                }
            )
    return pd.DataFrame(rows)


def _bb_weeks(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["week_id"]), format="%m/%d/%Y")


def _bb_number_one(d: pd.DataFrame) -> pd.Series:
    top = d[d["week_position"] == 1]
    return top.groupby(_text(top["song_id"])).size()


def _bb_top_song(d: pd.DataFrame) -> pd.Series:
    return d[_text(d["song_id"]) == _top(_bb_number_one(d))].iloc[0]


def _bb_most_songs(lead_only: bool) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        songs = d.drop_duplicates("song_id")
        who = _text(songs["performer"])
        who = who.str.split(" Featuring ").str[0] if lead_only else who
        return _top(who.value_counts())

    return top


def _bb_top10(by_peak: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        hits = d["peak_position"] <= 10 if by_peak else d["week_position"] <= 10
        return float(d.loc[hits, "song_id"].nunique())

    return count


def _bb_debut_month(new_only: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def month(d: pd.DataFrame) -> pd.Timestamp:
        fresh = d["weeks_on_chart"] == 1 if new_only else d["previous_week_position"].isna()
        when = _bb_weeks(d)[fresh].dt.strftime("%Y-%m")
        return pd.Timestamp(_top(when.value_counts()))

    return month


_BB_ID = ("song_id", "song", "performer")
_BILLBOARD_QS = [
    Q(
        "how many different songs are in this data?",
        either(
            _count(lambda d: float(d["song_id"].nunique())),
            _count(lambda d: float(d["song"].nunique())),
        ),
        (*_BB_ID,),
    ),
    Q(
        "which song spent the most weeks at number 1?",
        _lead(_named(lambda d: str(_bb_top_song(d)["song"]))),
        (*_BB_ID, "week_position", "week_id"),
    ),
    Q(
        "who sang it?",
        _lead(_named(lambda d: str(_bb_top_song(d)["performer"]).split(" Featuring ")[0])),
        (*_BB_ID, "week_position"),
    ),
    Q(
        "which performer had the most songs on the chart",
        _lead(either(_named(_bb_most_songs(False)), _named(_bb_most_songs(True)))),
        (*_BB_ID,),
    ),
    Q(
        "plot how many new songs debuted each month. which month had the most debuts?",
        _lead(either(_month(_bb_debut_month(True)), _month(_bb_debut_month(False)))),
        (*_BB_ID, "week_id", "weeks_on_chart", "previous_week_position", "instance"),
    ),
    Q(
        "is weeks_on_chart correlated with week_position?",
        _corr(lambda d: d["weeks_on_chart"], lambda d: d["week_position"]),
        (*_BB_ID, "weeks_on_chart", "week_position"),
    ),
]


# --- 7. Volcanic eruptions (TidyTuesday 2020-05-12, eruptions.csv from the Smithsonian GVP) -----------------------

# volcano_number|volcano_name|latitude|longitude|eruptions in the file|how far back the record goes (years)
_VE_VOLCANOES = _fields(
    "211060|Etna|37.748|14.999|96|9000;233020|Piton de la Fournaise|-21.244|55.708|82|5000;"
    "282110|Asosan|32.881|131.106|74|6000;282080|Aira|31.593|130.657|62|8000;357120|Villarrica|-39.42|-71.93|55|9000;"
    "332010|Kilauea|19.421|-155.287|52|3000;300260|Klyuchevskoy|56.056|160.642|49|6000;"
    "263250|Merapi|-7.54|110.446|47|6000;273030|Mayon|13.257|123.685|43|2000;284010|Izu-Oshima|34.724|139.394|42|7000;"
    "211040|Stromboli|38.789|15.213|38|7000;342090|Fuego|14.473|-90.88|37|3000;283110|Asamayama|36.406|138.523|33|9000;"
    "372070|Hekla|63.983|-19.666|32|8000;282090|Kirishimayama|31.934|130.862|31|8000;"
    "211020|Vesuvius|40.821|14.426|30|9000;263300|Semeru|-8.108|112.922|30|1000;"
    "300130|Karymsky|54.049|159.443|28|8000;341090|Popocatepetl|19.023|-98.622|27|9000;"
    "300270|Sheveluch|56.653|161.36|26|9000;373010|Grimsvotn|64.416|-17.316|25|8000;"
    "341040|Colima|19.514|-103.62|25|7000;312030|Pavlof|55.417|-161.894|24|2000;357110|Llaima|-38.692|-71.729|24|9000;"
    "223020|Nyamulagira|-1.408|29.2|22|2000;273070|Taal|14.002|120.993|22|5000;311360|Shishaldin|54.756|-163.97|22|3000;"
    "263280|Kelud|-7.93|112.308|20|2000;352050|Cotopaxi|-0.677|-78.436|20|8000;372030|Katla|63.633|-19.083|20|9000;"
    "352080|Tungurahua|-1.467|-78.442|18|3000;351080|Galeras|1.22|-77.37|18|5000;"
    "282050|Kuchinoerabujima|30.443|130.217|17|2000;284040|Miyakejima|34.094|139.526|17|6000;"
    "311240|Cleveland|52.825|-169.944|16|1000;342110|Pacaya|14.382|-90.601|16|2000;344100|Masaya|11.985|-86.165|16|6000;"
    "252140|Rabaul|-4.271|152.203|15|3000;358020|Calbuco|-41.33|-72.618|15|9000;313010|Augustine|59.363|-153.43|15|2500;"
    "268010|Dukono|1.693|127.894|14|1000;255020|Bagana|-6.137|155.196|14|500;261080|Sinabung|3.17|98.392|5|1200;"
    "300240|Tolbachik|55.832|160.326|14|9000;257100|Yasur|-19.532|169.447|13|1000;251020|Manam|-4.08|145.037|13|1000;"
    "360120|Pelee|14.809|-61.165|12|7000;212040|Santorini|36.404|25.396|12|9000;223030|Nyiragongo|-1.52|29.25|10|500;"
    "390020|Erebus|-77.53|167.17|9|9000;321050|St. Helens|46.2|-122.18|9|5000;273083|Pinatubo|15.13|120.35|4|6000;"
    "262000|Krakatau|-6.102|105.423|12|1000;264040|Tambora|-8.25|118.0|3|7000;312180|Katmai|58.26|-155.16|2|5000;"
    "322160|Crater Lake|42.93|-122.12|2|8000;221080|Erta Ale|13.6|40.67|6|500;360050|Soufriere Hills|16.72|-62.18|6|600"
)
# region code of the volcano number: latitude, longitude of its centre, the other volcanoes there
_VE_REGIONS: dict[int, tuple[float, float, str]] = {
    300: (55.0, 159.5, "Bezymianny;Avachinsky;Koryaksky;Mutnovsky;Gorely;Kizimen;Zhupanovsky;Ksudach"),
    290: (47.5, 152.5, "Ebeko;Chikurachki;Alaid;Sarychev Peak;Tiatia;Ketoi;Raikoke;Matua;Kolokol Group"),
    311: (52.5, -172.0, "Okmok;Akutan;Makushin;Kanaga;Great Sitkin;Westdahl;Kiska;Semisopochnoi;Gareloi;Little Sitkin"),
    312: (56.5, -158.0, "Veniaminof;Chiginagak;Aniakchak"),
    313: (60.5, -152.5, "Redoubt;Spurr;Iliamna"),
    321: (45.5, -121.7, "Lassen Volcanic Center;Hood;Rainier;Baker;Glacier Peak;Newberry;Medicine Lake"),
    332: (19.6, -155.7, "Mauna Loa;Hualalai"),
    373: (64.8, -17.0, "Askja;Krafla;Eyjafjallajokull"),
    211: (39.5, 14.5, "Campi Flegrei;Vulcano"),
    212: (36.6, 27.2, "Nisyros"),
    383: (28.3, -16.6, "Tenerife;La Palma"),
    384: (14.95, -24.35, "Fogo"),
    233: (-11.75, 43.38, "Karthala"),
    222: (-2.76, 35.9, "Ol Doinyo Lengai"),
    224: (4.2, 9.17, "Cameroon"),
    221: (14.2, 40.3, "Dallol"),
    360: (14.5, -61.3, "Soufriere St. Vincent;La Soufriere Guadeloupe;Kick 'em Jenny"),
    341: (16.3, -93.2, "Tacana;El Chichon"),
    342: (14.7, -91.5, "Santa Maria"),
    344: (12.5, -86.7, "San Cristobal;Telica;Momotombo"),
    345: (10.3, -84.6, "Arenal;Poas;Rincon de la Vieja;Irazu;Turrialba"),
    352: (-1.0, -78.2, "Reventador;Sangay"),
    351: (4.9, -75.3, "Nevado del Ruiz"),
    354: (-16.2, -71.4, "Sabancaya;Ubinas;El Misti"),
    355: (-23.4, -67.7, "Lascar"),
    357: (-37.5, -71.2, "Planchon-Peteroa;Copahue;Nevados de Chillan;Puyehue-Cordon Caulle"),
    358: (-44.2, -72.6, "Hudson, Cerro;Chaiten"),
    251: (-6.0, 146.5, "Lamington;Karkar;Kadovar"),
    252: (-5.2, 150.9, "Ulawun;Langila"),
    256: (-10.4, 165.8, "Tinakula"),
    257: (-16.3, 168.1, "Lopevi;Ambrym;Gaua"),
    241: (-39.0, 176.6, "White Island;Ruapehu;Tongariro"),
    242: (-29.3, -177.9, "Raoul Island"),
    261: (-2.0, 101.5, "Marapi;Kerinci;Dempo"),
    263: (-7.6, 111.0, "Slamet;Dieng Volcanic Complex;Raung;Ijen"),
    264: (-8.4, 119.0, "Agung;Batur;Rinjani;Lewotolok;Lewotobi;Egon"),
    265: (-4.5, 129.9, "Banda Api"),
    266: (1.2, 124.8, "Lokon-Empung;Soputan"),
    267: (2.5, 125.4, "Ruang;Karangetang"),
    268: (1.2, 127.6, "Gamalama;Ibu"),
    271: (19.5, 121.9, "Babuyan Claro"),
    272: (11.5, 124.0, "Bulusan;Kanlaon"),
    282: (31.5, 130.5, "Suwanosejima;Unzendake"),
    283: (37.0, 139.0, "Kusatsu-Shiranesan;Ontakesan;Bandaisan;Fujisan;Hakoneyama;Zaozan;Akitakomagatake;Iwatesan"),
    284: (27.5, 140.9, "Nishinoshima;Fukutoku-Oka-no-Ba;Ioto"),
    285: (42.6, 141.3, "Tokachidake;Usuzan;Tarumaesan;Hokkaido-Komagatake;Oshima-Oshima"),
}
_VE_VEI_NOW = "0:9;1:20;2:52;3:13;4:4.5;5:0.5;6:0.08"
_VE_VEI_OLD = "0:1;1:4;2:30;3:25;4:22;5:12;6:5;7:1"
_VE_DATING_OLD = (
    "Radiocarbon (corrected):40;Radiocarbon (uncorrected):20;Tephrochronology:15;Isotopic: 14C (calibrated):5;"
    "Anthropology:4;Dendrochronology:3;Ice Core:3;Magnetism:2;Thermoluminescence:1;Varve Count:1;Lichenometry:1;:5"
)
_VE_AREAS = _split(
    "Summit crater;NE flank;SE flank;NW flank;S flank;Central crater;Summit and W flank;E rift zone;SW rift zone;"
    "NE Crater;SE Crater;Bocca Nuova;Voragine;Dolomieu crater;Halemaumau;Minamidake;Showa crater;Naka-dake;Shinmoedake"
)
# volcano, start year, VEI: the eruptions everyone has heard of
_VE_FAMOUS = _fields(
    "Tambora|1815|7;Krakatau|1883|6;Pinatubo|1991|6;Katmai|1912|6;St. Helens|1980|5;Vesuvius|79|5;"
    "Santorini|-1610|7;Crater Lake|-5677|7;Pelee|1902|4;Nevado del Ruiz|1985|3;Eyjafjallajokull|2010|4"
)


def _ve_year(rng: np.random.Generator, depth: int) -> int:
    roll = rng.random()
    while True:
        if roll < 0.62:
            year = 2020 - int(rng.exponential(105))
            if year >= 1500:
                return year
        elif roll < 0.74:
            year = int(1500 - rng.exponential(500))
            if 1 <= year < 1500:
                return year
        else:
            year = -int(rng.exponential(2600)) - 1
            if year > -min(depth, 11345):
                return year


def _ve_eruption(rng: np.random.Generator, volcano: list[str], year: int, category: str) -> dict[str, Any]:
    historic = year >= 1500
    vei_table = _VE_VEI_NOW if year >= 1000 else _VE_VEI_OLD
    blank = {"Confirmed Eruption": 0.12 if historic else 0.35, "Uncertain Eruption": 0.55}.get(category, 0.95)
    vei = None if rng.random() < blank else int(_draw(rng, vei_table))
    known_month = rng.random() < (0.95 if year >= 1900 else 0.75 if year >= 1800 else 0.4 if historic else 0.04)
    month = int(rng.integers(1, 13)) if known_month else 0
    day = int(rng.integers(1, 29)) if known_month and rng.random() < 0.8 else 0
    ended = category == "Confirmed Eruption" and historic and rng.random() < 0.72
    end = dt.date(year, max(month, 1), max(day, 1)) if historic else dt.date(2100, 1, 1)
    end += dt.timedelta(days=int(rng.lognormal(np.log(40), 1.4)))
    ended = ended and end.year <= 2020
    if category == "Discredited Eruption":
        dating = _draw(rng, "Historical Observations:30;:70")
    elif historic:
        dating = "Historical Observations" if rng.random() < 0.96 else _draw(rng, "Seismicity:50;Tephrochronology:50")
    else:
        dating = _draw(rng, _VE_DATING_OLD)
    return {
        "volcano_number": int(volcano[0]),
        "volcano_name": volcano[1],
        "eruption_category": category,
        "area_of_activity": str(_one(rng, _VE_AREAS)) if rng.random() < 0.15 else None,
        "vei": vei,
        "start_year": year,
        "start_month": month,
        "start_day": day,
        "evidence_method_dating": dating or None,
        "end_year": end.year if ended else None,
        "end_month": end.month if ended else None,
        "end_day": end.day if ended and day else None,
        "latitude": float(volcano[2]),
        "longitude": float(volcano[3]),
    }


def _volcano_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4407)
    volcanoes = [list(v) for v in _VE_VOLCANOES]
    taken = {int(v[0]) for v in volcanoes}
    others = [(code, name) for code, (_y, _x, names) in _VE_REGIONS.items() for name in _split(names)]
    others += [(int(_one(rng, list(_VE_REGIONS))), "Unnamed") for _ in range(5)]
    for code, name in others:
        while True:
            number = code * 1000 + int(rng.integers(10, 400))
            if number not in taken:
                taken.add(number)
                break
        y, x, _names = _VE_REGIONS[code]
        lat, lon = y + float(rng.normal(0, 0.8)), (x + float(rng.normal(0, 0.8)) + 180) % 360 - 180
        k = int(np.clip(rng.geometric(0.045), 1, 40)) if name != "Unnamed" else int(rng.integers(1, 4))
        volcanoes.append([str(number), name, f"{lat:.3f}", f"{lon:.3f}", str(k), str(int(rng.integers(500, 11000)))])
    rows: list[dict[str, Any]] = []
    for volcano in volcanoes:
        for _ in range(int(volcano[4])):
            category = _draw(rng, "Confirmed Eruption:88;Uncertain Eruption:10;Discredited Eruption:2")
            year = _ve_year(rng, int(volcano[5]))
            if category == "Discredited Eruption":
                year = max(year, int(rng.integers(1500, 2015)))
            rows.append(_ve_eruption(rng, volcano, year, category))
    etna = [r for r in rows if r["volcano_name"] == "Etna"]
    oldest = min(etna, key=lambda r: r["start_year"])
    oldest |= {"eruption_category": "Confirmed Eruption", "evidence_method_dating": "Radiocarbon (corrected)"}
    by_name = {v[1]: v for v in volcanoes}
    for famous in _VE_FAMOUS:
        when = int(famous[1])
        row = _ve_eruption(rng, by_name[famous[0]], when, "Confirmed Eruption") | {"vei": int(famous[2])}
        rows.append(row | ({"evidence_method_dating": "Historical Observations"} if when > 0 else {}))
    frame = pd.DataFrame(rows)
    numbers = rng.choice(np.arange(10_000, 22_400), len(frame), replace=False)
    frame.insert(2, "eruption_number", numbers)
    for c in ("vei", "end_year", "end_month", "end_day"):
        frame[c] = frame[c].astype("Int64")
    frame = frame.sort_values(["start_year", "start_month", "start_day"], ascending=False, kind="stable")
    return frame.reset_index(drop=True)


def _ve(d: pd.DataFrame, confirmed: bool) -> pd.DataFrame:
    return d[_text(d["eruption_category"]) == "Confirmed Eruption"] if confirmed else d


def _ve_big(confirmed: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float((_ve(d, confirmed)["vei"] >= 4).sum())


def _ve_blank(confirmed: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_ve(d, confirmed)["vei"].isna().mean())


def _ve_bce(confirmed: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float((_ve(d, confirmed)["start_year"] < 0).sum())


def _ve_top(confirmed: bool) -> Callable[[pd.DataFrame], str]:
    return lambda d: _top(_text(_ve(d, confirmed)["volcano_name"]).value_counts())


def _ve_oldest(confirmed: bool) -> Callable[[pd.DataFrame], float]:
    def year(d: pd.DataFrame) -> float:
        kept = _ve(d, confirmed)
        return float(kept.loc[_text(kept["volcano_name"]) == _ve_top(confirmed)(d), "start_year"].min())

    return year


def _ve_centuries(d: pd.DataFrame) -> Any:
    kept = _ve(d, True)
    kept = kept[kept["start_year"] >= 1500]
    return (kept["start_year"] // 100 * 100).value_counts().sort_index().to_numpy()


_VE_ID = ("volcano_name", "volcano_number", "eruption_number")
_VOLCANO_QS = [
    Q(
        "which volcano has erupted the most times?",
        _lead(either(_named(_ve_top(False)), _named(_ve_top(True)))),
        (*_VE_ID, "eruption_category"),
    ),
    Q(
        "when was its earliest recorded eruption?",
        either(_signed_year(_ve_oldest(False)), _signed_year(_ve_oldest(True))),
        (*_VE_ID, "start_year", "eruption_category"),
    ),
    Q(
        "how many eruptions had a VEI of 4 or higher",
        either(_count(_ve_big(False)), _count(_ve_big(True))),
        (*_VE_ID, "vei", "eruption_category"),
    ),
    Q(
        "what percentage of the eruptions have no vei recorded?",
        either(_share(_ve_blank(False)), _share(_ve_blank(True))),
        (*_VE_ID, "vei", "eruption_category"),
    ),
    Q(
        "plot the number of confirmed eruptions per century from 1500 on - is there a trend?",
        _count(_ve_centuries),
        (*_VE_ID, "start_year", "eruption_category"),
    ),
    Q(
        "how many eruptions started BCE?",
        either(_count(_ve_bce(False)), _count(_ve_bce(True))),
        (*_VE_ID, "start_year", "eruption_category"),
    ),
]


HELDOUT44: list[Dataset] = [
    Dataset("ecommerce_shipping", _shipping_frame, _SHIPPING_QS),
    Dataset("food_delivery_times", _delivery_frame, _DELIVERY_QS),
    Dataset("broadway_grosses", _broadway_frame, _BROADWAY_QS),
    Dataset("college_tuition_costs", _tuition_frame, _TUITION_QS),
    Dataset("fortune_500_companies", _fortune_frame, _FORTUNE_QS),
    Dataset("billboard_hot_100", _billboard_frame, _BILLBOARD_QS),
    Dataset("volcanic_eruptions", _volcano_frame, _VOLCANO_QS),
]
