"""HELDOUT77: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public datasets an analyst is likely to bring along: Kaggle's
Credit Card Transactions Fraud Detection file (Sparkov's simulated fraudTrain.csv, a sample of 5000 card
transactions from January 2019 to June 2020, December the busiest month) with its unnamed row-number column,
trans_date_trans_time written "2019-01-01 00:23:19", card numbers of 11 to 19 digits in cc_num, merchants prefixed
"fraud_" ("fraud_Kutch, Hermiston and Farrell"), snake_case categories such as "grocery_pos" and "shopping_net", amt
in dollars, the card holder's first and last name, M / F gender, street, city, two-letter state, zip (leading zeros
lost), lat / long, city_pop, job and ISO dob repeated on every transaction, a 32-character hex trans_num, unix_time
seven years behind the stamp as in the original, merch_lat / merch_long and 32 is_fraud cases (bursts of night-time
purchases, mostly online shopping and groceries); Kaggle's DataCo Smart Supply Chain file
(DataCoSupplyChainDataset.csv, 4902 order lines of 1960 orders from January 2015 to January 2018, in no particular
order) with all 53 columns: DEBIT / TRANSFER / CASH / PAYMENT types, real and scheduled shipping days, "Late
delivery" / "Advance shipping" / "Shipping on time" / "Shipping canceled" with Late_delivery_risk, Benefit per
order, Sales per customer, Order Item Total and Order Profit Per Order stored through single precision
(284.9809875), "EE. UU." and "Puerto Rico" customers (most of the latter in Caguas) with masked e-mails and
passwords and three blank zip codes, Consumer / Corporate / Home Office segments, five markets with Spanish country
and city names ("Reino Unido", "París") and a "South of  USA" region with a double space, order dates written
"9/8/2017 21:18", product names cut short ("Diamondback Women's Serene Classic Comfort Bi"), a "Cameras " category
with a trailing space, an empty Product Description, order zip codes only for US destinations, COMPLETE /
PENDING_PAYMENT / ... / SUSPECTED_FRAUD statuses and a sales peak in November 2016; Kaggle's Student Depression
Dataset (Student Depression Dataset.csv, 3000 students) with sparse ids, Age as floats, Indian cities and a few
slips ("Saanvi", "3.0", "'Less Delhi'"), Profession "Student" but for seven, Work Pressure and Job Satisfaction
almost always 0, the 0-5 scores as floats with a few zeros, CGPA with two decimals (three zeros), Sleep Duration
with the quotes inside the value ("'5-6 hours'", and "Others"), Dietary Habits, Degree with "'Class 12'" quoted too,
Yes / No answers under the header "Have you ever had suicidal thoughts ?", Financial Stress as text "1.0" to "5.0"
with three "?" and a 0/1 Depression flag for 59%; Kaggle's Air Quality Data in India city_day.csv for Ahmedabad,
Bengaluru and Delhi, daily from 2016-01-01 to 2020-07-01 (4932 rows, by city then date), with PM2.5, PM10, NO, NO2,
NOx, NH3, CO, SO2, O3, Benzene, Toluene and Xylene (winter smog in Delhi, a dip in the 2020 lockdown), blank spells
of station outages, NH3 never measured in Ahmedabad and its PM10 only from March 2019, Xylene blank for all of
Bengaluru and about half of Ahmedabad, and the AQI worked out from the CPCB sub-indices (blank when too few
pollutants were measured) with its Good ... Severe AQI_Bucket; Kaggle's S&P 500 stock data (all_stocks_5yr.csv) for
AAL, AAPL, AMZN and GOOG (GOOG only from 2014-03-27) over the NYSE trading days from 2013-02-08 to 2018-02-07, with
date, open, high, low, close, volume and Name, sorted by ticker, Apple split-adjusted to four decimals and six blank
opens; Kaggle's Game of Thrones character-deaths.csv (917 characters, sorted by name) with Allegiances both
"Lannister" and "House Lannister" and "None" (which pandas reads as a blank), Death Year, Book of Death and Death
Chapter blank for the living (three of the dead without a chapter), Book Intro Chapter (twelve blank), Gender 1 for
male and 0 for female, Nobility 1 / 0 and GoT / CoK / SoS / FfC / DwD appearance flags; and the BFRO Bigfoot
sightings as geocoded for TidyTuesday (bfro_reports_geocoded.csv, 4000 reports) with long observed accounts (some
with blank lines or quotes), location_details, county ("Washington County" in several states, parishes in Louisiana,
boroughs in Alaska), state, Summer / Fall / Spring / Winter / Unknown season, "Report 54693: ..." titles, latitude /
longitude and a ten-character geohash (18% without), ISO dates (a fifth blank, a few as old as 1869), report numbers
in no order, Class A / B / C and the Dark Sky weather of the day (temperatures in °F, dew point, humidity, cloud
cover, moon phase, precipitation and rain / snow, pressure, a summary such as "Partly cloudy throughout the day.",
UV index, visibility and wind) for about half the reports, mostly missing for old ones. All are generated with a
fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _pct, _share, _shares, _split, _text, _year
from .heldout38 import _draw, _month, _table
from .heldout39 import _fields
from .heldout40 import _number, _top_named
from .heldout41 import _deal
from .heldout42 import _ranked, _unique
from .offline_eval import Check, Dataset, Q, both, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _f32(value: float) -> float:
    """An amount as a file that went through single precision stores it (314.64 is 314.6400146)."""
    return float(f"{np.float32(value):.10g}")


def _pick(rng: np.random.Generator, table: str, n: int) -> list[str]:
    """`n` independent draws from "a:3;b:1"."""
    options, weights = _table(table)
    w = np.asarray(weights, dtype=float)
    return [options[int(i)] for i in rng.choice(len(options), size=n, p=w / w.sum())]


def _hex(rng: np.random.Generator, k: int) -> str:
    return "".join("0123456789abcdef"[int(i)] for i in rng.integers(0, 16, k))


# --- 1. Credit card fraud (Kaggle "Credit Card Transactions Fraud Detection", Sparkov fraudTrain.csv) -------------

_FR_COLUMNS = _split(
    ";trans_date_trans_time;cc_num;merchant;category;amt;first;last;gender;street;city;state;zip;lat;long;city_pop;"
    "job;dob;trans_num;unix_time;merch_lat;merch_long;is_fraud"
)
# category: share of transactions (%), median amount (US$), spread of the amount (log scale)
_FR_CATEGORIES: dict[str, tuple[float, float, float]] = {
    "gas_transport": (10.2, 63.0, 0.28),
    "grocery_pos": (9.5, 104.0, 0.35),
    "home": (9.5, 48.0, 0.9),
    "shopping_pos": (9.0, 42.0, 1.25),
    "kids_pets": (8.7, 44.0, 0.9),
    "shopping_net": (7.5, 38.0, 1.35),
    "entertainment": (7.3, 42.0, 0.95),
    "food_dining": (7.1, 34.0, 0.85),
    "personal_care": (7.0, 28.0, 0.95),
    "health_fitness": (6.6, 49.0, 0.6),
    "misc_pos": (6.1, 30.0, 1.05),
    "misc_net": (4.9, 36.0, 1.1),
    "grocery_net": (3.5, 52.0, 0.3),
    "travel": (3.1, 7.0, 1.4),
}
# fraud cases by category, and the range of their amounts (US$)
_FR_FRAUD = "shopping_net:10;grocery_pos:7;misc_net:5;shopping_pos:4;gas_transport:2;misc_pos:1;home:1;kids_pets:1"
_FR_FRAUD += ";personal_care:1"
_FR_FRAUD_AMT = {"shopping_net": (760, 1260), "grocery_pos": (275, 355), "misc_net": (690, 1040)}
_FR_FRAUD_AMT |= {"shopping_pos": (690, 1120), "gas_transport": (7, 21), "misc_pos": (190, 320), "home": (205, 300)}
_FR_FRAUD_AMT |= {"kids_pets": (16, 25), "personal_care": (18, 30)}
_FR_MONTHS = {1: 0.75, 2: 0.72, 3: 1.0, 4: 0.95, 5: 1.0, 6: 1.05, 7: 1.05, 8: 1.1, 9: 0.95, 10: 0.95, 11: 1.0, 12: 1.7}
_FR_WEEKDAYS = (1.3, 0.9, 0.85, 0.9, 0.95, 1.05, 1.35)
# city|state|zip|lat|long|city_pop
_FR_PLACES = _fields(
    "Moravian Falls|NC|28654|36.0788|-81.1781|3495;Orient|WA|99160|48.8878|-118.2105|149;"
    "Malad City|ID|83252|42.1808|-112.262|4154;Boulder|MT|59632|46.2306|-112.1138|1939;"
    "Doe Hill|VA|24433|38.4207|-79.4629|99;Dublin|PA|18917|40.375|-75.2045|2158;"
    "Holcomb|KS|67851|37.9931|-100.9893|2691;Edinburg|VA|22824|38.8432|-78.6003|6018;"
    "Manor|PA|15665|40.3359|-79.6607|1472;Clarksville|TN|37040|36.522|-87.349|151785;"
    "Clarinda|IA|51632|40.7491|-95.038|7297;Shenandoah Junction|WV|25442|39.3716|-77.8229|1925;"
    "Saint Petersburg|FL|33710|27.7898|-82.7243|341043;Grenada|CA|96038|41.6125|-122.5258|589;"
    "High Rolls Mountain Park|NM|88325|32.9396|-105.8189|899;Harrington Park|NJ|7640|40.9918|-73.98|4664;"
    "Key West|FL|33040|24.5568|-81.7716|25459;Houston|TX|77096|29.6722|-95.4841|2906700;"
    "San Antonio|TX|78208|29.44|-98.459|1595797;Dallas|TX|75209|32.8357|-96.8224|1263321;"
    "Altair|TX|77412|29.6047|-96.5249|106;Brooklyn|NY|11219|40.6326|-73.9965|2504700;"
    "Bronx|NY|10463|40.8808|-73.9093|1382480;New York City|NY|10018|40.7552|-73.9934|1577385;"
    "Philadelphia|PA|19149|40.0369|-75.0703|1526206;Pittsburgh|PA|15217|40.4319|-79.9197|687276;"
    "Thompson|UT|84540|38.9999|-109.615|46;Westfir|OR|97492|43.7575|-122.481|597;"
    "Lahoma|OK|73754|36.3934|-98.0921|1078;Cardwell|MO|63829|36.0465|-90.2906|1014;"
    "Birmingham|AL|35216|33.4181|-86.7869|493806;Detroit|MI|48224|42.4037|-82.9415|1099661;"
    "Kansas City|MO|64131|38.9693|-94.5757|797011;Utica|NY|13501|43.0892|-75.2374|86474;"
    "Burbank|WA|99323|46.1964|-118.9017|3684;Fort Washakie|WY|82514|43.0048|-108.8964|1645;"
    "Allentown|PA|18103|40.5891|-75.4645|166081;Ruth|NV|89319|39.2802|-115.0102|450;"
    "Sun City|CA|92585|33.7467|-117.1721|54287;Laramie|WY|82070|41.2001|-105.5769|34255;"
    "Omaha|NE|68104|41.2985|-95.9997|525713;Mobile|AL|36695|30.6313|-88.2211|250016;"
    "Redford|MI|48239|42.3716|-83.2861|47772;Naples|FL|34102|26.1349|-81.7947|276002;"
    "Cleveland|OH|44105|41.4475|-81.6294|793139;Columbus|OH|43219|40.0176|-82.9293|1071244"
)
_FR_FIRST_F = _split(
    "Jennifer;Mary;Elizabeth;Linda;Patricia;Susan;Jessica;Sarah;Karen;Nancy;Lisa;Amanda;Ashley;Stephanie;Melissa;"
    "Heather;Rebecca;Michelle;Kimberly;Christina;Samantha;Danielle;Megan;Rachel;Tiffany;Erica;Kristen;Shannon;Alicia;"
    "Tina;Brittany;Monica;Katherine;Kayla;Lauren;Angela;Vanessa;Kelsey;Margaret;Julie"
)
_FR_FIRST_M = _split(
    "Michael;Christopher;David;James;John;Robert;Joseph;Daniel;William;Matthew;Brian;Jeffrey;Richard;Steven;Thomas;"
    "Mark;Jason;Eric;Scott;Kevin;Anthony;Justin;Ryan;Gregory;Paul;Jeremy;Aaron;Nathan;Kenneth;Edward;Travis;Joshua;"
    "Alexander;Samuel;Dustin;Gary;Douglas;Shane;Cody;Bradley"
)
_FR_LAST = _split(
    "Smith;Williams;Johnson;Jones;Brown;Davis;Miller;Wilson;Moore;Taylor;Anderson;Thomas;Jackson;White;Harris;Martin;"
    "Thompson;Garcia;Martinez;Robinson;Clark;Rodriguez;Lewis;Lee;Walker;Hall;Allen;Young;Hernandez;King;Wright;Lopez;"
    "Hill;Scott;Green;Adams;Baker;Gonzalez;Nelson;Carter;Mitchell;Perez;Roberts;Turner;Phillips;Campbell;Parker;"
    "Evans;Edwards;Collins;Stewart;Sanchez;Morris;Rogers;Reed;Cook;Morgan;Bell;Murphy;Bailey;Rivera;Cooper;Cox;"
    "Howard;Ward;Torres;Peterson;Gray;Ramirez;Watson;Brooks;Kelly;Sanders;Price;Bennett;Wood;Barnes;Ross;Jenkins;"
    "Perry;Powell;Long;Patterson;Hughes;Flores;Washington;Butler;Simmons;Foster;Bryant;Russell;Griffin;Diaz;Hayes"
)
_FR_FIRMS = _split(
    "Rippin;Kub;Mann;Heller;Gutmann;Zieme;Lind;Buckridge;Kutch;Hermiston;Farrell;Keeling;Crist;Stroman;Hudson;Erdman;"
    "Rowe;Pfeffer;Abbott;Steuber;Bartoletti;Haley;Kling;Reichert;Schmidt;Corwin;Predovic;Dach;Kilback;Schaefer;"
    "Effertz;Prosacco;Bauch;Goyette;Huels;Kozey;Murray;Boyer;Lesch;Jast;Cormier;Ruecker;Hintz;Kris;Kuhn;Kassulke;"
    "Denesik;Torphy;Bogisich;Hagenes;Bernier;Kerluke;Koepp;Medhurst;Conroy;Wehner;Marvin;Hahn;Zulauf;Waelchi;"
    "Gleichner;Schumm;Lockman;Ortiz;Witting;Romaguera;Kihn;Brekke;Quitzon;Stiedemann;Ziemann;Jaskolski;Fadel"
)
_FR_STREET_NAMES = _split(
    "Perry;Riley;White;Rodriguez;Mckee;Bryant;Mitchell;Jennifer;Hill;Andrew;Wheeler;Lynch;Lopez;Gomez;Cruz;Alvarez;"
    "Nicole;Joshua;Stephen;Kelly;Brittany;Garcia;Jones;Green;Harris;Sanders;Cynthia;Thomas;Holly;Fisher"
)
_FR_STREET_KINDS = _split(
    "Cove;Greens;Dale;Mountains;Stravenue;Lakes;Crossing;Pass;Forks;Walk;Islands;Shoals;Heights;Ridges;Fort;Ports;"
    "Summit;Union;Ford;Drive;Vista;Mall;Terrace;Pike;Field;Glens;Shore;Branch;Point;Ramp"
)
_FR_JOBS = _split(
    "Psychologist, counselling;Special educational needs teacher;Nature conservation officer;Patent attorney;"
    "Dance movement psychotherapist;Transport planner;Arboriculturist;Designer, multimedia;Public affairs consultant;"
    "Pathologist;IT trainer;Systems developer;Engineer, land;Systems analyst;Naval architect;Exhibition designer;"
    "Film/video editor;Surveyor, land/geomatics;Materials engineer;Environmental consultant;Chartered accountant;"
    "Librarian, public;Copywriter, advertising;Podiatrist;Television production assistant;Financial adviser;"
    "Purchasing manager;Electrical engineer;Trading standards officer;Sales professional, IT;Scientist, audiological;"
    "Retail merchandiser;Health visitor;Mining engineer;Quantity surveyor;Radio producer;Therapist, occupational"
)
# card type: leading digits and length
_FR_CARDS: dict[str, float] = {
    "4:16": 38,
    "4:13": 8,
    "4:19": 6,
    "5:16": 14,
    "37:15": 9,
    "6011:16": 8,
    "35:16": 8,
    "2131:15": 2,
}
_FR_CARDS |= {"1800:15": 1, "30:14": 4, "6:12": 1.5, "6:11": 0.5}


def _fr_card(rng: np.random.Generator, used: set[int]) -> int:
    table = ";".join(f"{k}:{v}" for k, v in _FR_CARDS.items())
    while True:
        lead, length = _draw(rng, table).split(":")
        digits = lead + "".join(str(int(x)) for x in rng.integers(0, 10, int(length) - len(lead)))
        if int(digits) not in used:
            used.add(int(digits))
            return int(digits)


def _fr_customers(rng: np.random.Generator, k: int) -> list[dict[str, Any]]:
    cards: set[int] = set()
    people: list[dict[str, Any]] = []
    for _ in range(k):
        female = rng.random() < 0.55
        city, state, zip_code, lat, lon, pop = _one(rng, _FR_PLACES)
        street = f"{int(rng.integers(1, 99999))} {_one(rng, _FR_STREET_NAMES)} {_one(rng, _FR_STREET_KINDS)}"
        if rng.random() < 0.25:
            street += f" {_one(rng, ['Suite', 'Apt.'])} {int(rng.integers(100, 999))}"
        age = float(np.clip(rng.normal(46, 17), 14, 95))
        born = pd.Timestamp("2019-01-01") - pd.Timedelta(days=int(age * 365.25))
        people.append(
            {
                "cc_num": _fr_card(rng, cards),
                "first": str(_one(rng, _FR_FIRST_F if female else _FR_FIRST_M)),
                "last": str(_one(rng, _FR_LAST)),
                "gender": "F" if female else "M",
                "street": street,
                "city": city,
                "state": state,
                "zip": int(zip_code),
                "lat": float(lat),
                "long": float(lon),
                "city_pop": int(pop),
                "job": str(_one(rng, _FR_JOBS)),
                "dob": f"{born:%Y-%m-%d}",
            }
        )
    return people


def _fr_merchant(rng: np.random.Generator) -> str:
    a, b, c = (str(_one(rng, _FR_FIRMS)) for _ in range(3))
    forms = [f"{a}, {b} and {c}", f"{a}-{b}", f"{a} Inc", f"{a} LLC", f"{a} Ltd", f"{a} Group", f"{a} PLC"]
    forms += [f"{a} and Sons", f"{a}, {b} and {c}", f"{a}-{b}"]
    return "fraud_" + str(_one(rng, forms))


def _fr_row(
    rng: np.random.Generator, when: pd.Timestamp, who: dict[str, Any], category: str, amount: float, fraud: int
) -> dict[str, Any]:
    return {
        "_when": when,
        "category": category,
        "amt": round(amount, 2),
        **who,
        "trans_num": _hex(rng, 32),
        "merch_lat": round(who["lat"] + float(rng.uniform(-1, 1)), 6),
        "merch_long": round(who["long"] + float(rng.uniform(-1, 1)), 6),
        "is_fraud": fraud,
    }


def _fraud_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7701)
    people = _fr_customers(rng, 160)
    activity = rng.lognormal(0, 0.6, len(people))
    used: set[str] = set()
    shops = {c: [_unique(rng, _fr_merchant, used) for _ in range(14)] for c in _FR_CATEGORIES}
    days = pd.date_range("2019-01-01", "2020-06-21", freq="D")
    weight = np.array([_FR_MONTHS[d.month] * _FR_WEEKDAYS[d.dayofweek] for d in days])
    hour_w = np.array([0.5] * 12 + [1.0] * 12)
    n, n_fraud = 5000, 32
    picks = rng.choice(len(days), n - n_fraud, p=weight / weight.sum())
    hours = rng.choice(24, n - n_fraud, p=hour_w / hour_w.sum())
    who = rng.choice(len(people), n - n_fraud, p=activity / activity.sum())
    cats = list(_FR_CATEGORIES)
    kinds = rng.choice(len(cats), n - n_fraud, p=np.array([v[0] for v in _FR_CATEGORIES.values()]) / 100.0)
    rows: list[dict[str, Any]] = []
    for i in range(n - n_fraud):
        when = days[int(picks[i])] + pd.Timedelta(seconds=int(hours[i]) * 3600 + int(rng.integers(0, 3600)))
        category = cats[int(kinds[i])]
        _w, median, spread = _FR_CATEGORIES[category]
        amount = float(np.clip(median * rng.lognormal(0, spread), 1.0, 28948.9))
        rows.append(_fr_row(rng, when, people[int(who[i])], category, amount, 0))
    frauds = _deal(rng, _FR_FRAUD, n_fraud)
    k = 0
    while k < n_fraud:
        size = min(int(_one(rng, [2, 3, 4])), n_fraud - k)
        victim = people[int(rng.integers(len(people)))]
        start = days[int(rng.integers(0, len(days) - 6))]
        for j in range(size):
            hour = int(_one(rng, [22, 23, 0, 1, 2, 3], [30, 30, 12, 10, 9, 9]))
            late = pd.Timedelta(days=j // 2 + int(hour < 4), hours=hour, seconds=int(rng.integers(0, 3600)))
            lo, hi = _FR_FRAUD_AMT[frauds[k]]
            rows.append(_fr_row(rng, start + late, victim, frauds[k], float(rng.uniform(lo, hi)), 1))
            k += 1
    frame = pd.DataFrame(rows).sort_values("_when", kind="stable", ignore_index=True)
    frame["trans_date_trans_time"] = frame["_when"].dt.strftime("%Y-%m-%d %H:%M:%S")
    seconds = (frame["_when"] - pd.Timedelta(days=2557) - pd.Timestamp("1970-01-01")) // pd.Timedelta(seconds=1)
    frame["unix_time"] = seconds.astype(np.int64)
    frame["merchant"] = [str(_one(rng, shops[c])) for c in frame["category"]]
    frame[""] = np.sort(rng.choice(1_296_675, len(frame), replace=False))
    return frame[_FR_COLUMNS]


def _fr_fraud(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d["is_fraud"], errors="coerce") == 1


def _fr_amounts(d: pd.DataFrame) -> list[float]:
    fraud = _fr_fraud(d)
    a, b = d.loc[fraud, "amt"], d.loc[~fraud, "amt"]
    return [float(a.mean()), float(a.median()), float(b.mean()), float(b.median())]


def _fr_busiest(d: pd.DataFrame) -> pd.Timestamp:
    months = pd.to_datetime(d["trans_date_trans_time"]).dt.to_period("M")
    return pd.Timestamp(months.value_counts().idxmax().to_timestamp())


def _fr_big(floor: float, inclusive: bool, fraud_only: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        big = d["amt"] >= floor if inclusive else d["amt"] > floor
        return float((big & _fr_fraud(d)).sum() if fraud_only else big.sum())

    return count


_FR_ID = ("Unnamed: 0", "trans_num", "cc_num")
_FRAUD_QS = [
    Q(
        "what % of transactions are fraudulent?",
        _share(lambda d: float(_fr_fraud(d).mean())),
        (*_FR_ID, "is_fraud"),
    ),
    Q(
        "top 3 categories by number of fraud cases",
        _top_named(lambda d: _ranked(_text(d.loc[_fr_fraud(d), "category"]).value_counts()), 3),
        (*_FR_ID, "is_fraud", "category"),
    ),
    Q(
        "compare the avg and median amount of fraud vs normal transactions",
        _about(_fr_amounts),
        (*_FR_ID, "is_fraud", "amt"),
    ),
    Q(
        "plot the number of transactions per month - which month was the busiest?",
        _lead(_month(_fr_busiest)),
        (*_FR_ID, "trans_date_trans_time", "unix_time"),
    ),
    Q(
        "how many transactions were over $1000?",
        either(_count(_fr_big(1000, False, False)), _count(_fr_big(1000, True, False))),
        (*_FR_ID, "amt"),
    ),
    Q(
        "how many of those were fraud?",
        either(_count(_fr_big(1000, False, True)), _count(_fr_big(1000, True, True))),
        (*_FR_ID, "amt", "is_fraud"),
    ),
]


# --- 2. DataCo smart supply chain (Kaggle "DataCo SMART SUPPLY CHAIN", DataCoSupplyChainDataset.csv) -------------

_DC_COLUMNS = _split(
    "Type;Days for shipping (real);Days for shipment (scheduled);Benefit per order;Sales per customer;"
    "Delivery Status;Late_delivery_risk;Category Id;Category Name;Customer City;Customer Country;Customer Email;"
    "Customer Fname;Customer Id;Customer Lname;Customer Password;Customer Segment;Customer State;Customer Street;"
    "Customer Zipcode;Department Id;Department Name;Latitude;Longitude;Market;Order City;Order Country;"
    "Order Customer Id;order date (DateOrders);Order Id;Order Item Cardprod Id;Order Item Discount;"
    "Order Item Discount Rate;Order Item Id;Order Item Product Price;Order Item Profit Ratio;Order Item Quantity;"
    "Sales;Order Item Total;Order Profit Per Order;Order Region;Order State;Order Status;Order Zipcode;"
    "Product Card Id;Product Category Id;Product Description;Product Image;Product Name;Product Price;"
    "Product Status;shipping date (DateOrders);Shipping Mode"
)
# name|category|category id|department|department id|product card id|price|share of order lines (%)
_DC_PRODUCTS = _fields(
    "Perfect Fitness Perfect Rip Deck|Cleats|17|Apparel|3|365|59.99|13.6;"
    "Nike Men's CJ Elite 2 TD Football Cleat|Men's Footwear|18|Apparel|3|403|129.99|12.2;"
    "Nike Men's Dri-FIT Victory Golf Polo|Women's Apparel|24|Golf|5|502|50.0|11.9;"
    "O'Brien Men's Neoprene Life Vest|Indoor/Outdoor Games|46|Fan Shop|7|1014|49.98|10.9;"
    "Field & Stream Sportsman 16 Gun Fire Safe|Fishing|45|Fan Shop|7|1004|399.98|9.8;"
    "Pelican Sunstream 100 Kayak|Water Sports|48|Fan Shop|7|1073|199.99|9.5;"
    "Diamondback Women's Serene Classic Comfort Bi|Camping & Hiking|43|Fan Shop|7|957|299.98|8.7;"
    "Nike Men's Free 5.0+ Running Shoe|Cardio Equipment|9|Footwear|4|191|99.99|7.6;"
    "Under Armour Girls' Toddler Spine Surge Runni|Shop By Sport|29|Golf|5|627|39.99|4.2;"
    "adidas Youth Germany Black/Red Away Match Soc|Shop By Sport|29|Golf|5|278|70.0|0.8;"
    "Team Golf New England Patriots Putter Grip|Accessories|36|Outdoors|6|642|24.99|0.7;"
    "Nike Women's Tempo Shorts|Girls' Apparel|26|Apparel|3|564|30.0|0.6;"
    "Under Armour Men's Compression EV SL Slide|Men's Footwear|18|Apparel|3|442|44.99|0.6;"
    "Titleist Pro V1x High Numbers Golf Balls|Golf Balls|37|Golf|5|810|47.99|0.5;"
    "Glove It Women's Mod Oval 3-Zip Carry All Gol|Golf Bags & Carts|40|Golf|5|835|21.99|0.5;"
    "Smart watch |Electronics|13|Fitness|2|1360|327.75|0.5;"
    "Hirzl Women's Soffft Flex Golf Glove|Golf Gloves|35|Golf|5|793|22.0|0.4;"
    "Garmin Forerunner 910XT GPS Watch|Electronics|13|Fitness|2|1353|349.99|0.3;"
    "Dell Laptop|Computers|76|Technology|10|1351|1500.0|0.25;"
    "SOLE E35 Elliptical|Fitness Accessories|12|Fitness|2|1314|999.99|0.25;"
    "Lawn mower|Garden|66|Outdoors|6|1358|119.99|0.25;"
    "Bowflex SelectTech 1090 Dumbbells|Fitness Accessories|12|Fitness|2|1317|599.99|0.2;"
    "Sony PlayStation 4|Video Games|61|Discs Shop|9|1362|399.99|0.2;"
    "Canon EOS 70D DSLR Camera|Cameras |72|Technology|10|1350|452.04|0.2"
)
# customer city|state|zip code|latitude|longitude|weight ("PR" for Puerto Rico, the rest of the customers "EE. UU.")
_DC_HOMES = _fields(
    "Caguas|PR|725|18.2514|-66.0370|37.5;Chicago|IL|60625|41.8781|-87.6298|2.4;"
    "Los Angeles|CA|90034|34.0522|-118.2437|1.9;Brooklyn|NY|11220|40.6501|-73.9496|1.6;"
    "New York|NY|10025|40.7128|-74.006|1.2;Philadelphia|PA|19120|39.9526|-75.1652|1.1;"
    "San Diego|CA|92105|32.7157|-117.1611|1.0;Houston|TX|77083|29.7604|-95.3698|1.0;"
    "Dallas|TX|75217|32.7767|-96.797|0.9;Detroit|MI|48205|42.3314|-83.0458|0.9;Miami|FL|33147|25.7617|-80.1918|0.9;"
    "Denver|CO|80219|39.7392|-104.9903|0.8;Phoenix|AZ|85032|33.4484|-112.074|0.8;"
    "Columbus|OH|43207|39.9612|-82.9988|0.8;San Jose|CA|95123|37.3382|-121.8863|0.8;"
    "Bronx|NY|10467|40.8448|-73.8648|0.8;Aurora|IL|60505|41.7606|-88.3201|0.7;"
    "Las Vegas|NV|89110|36.1699|-115.1398|0.7;Honolulu|HI|96818|21.3069|-157.8583|0.5;"
    "Memphis|TN|38109|35.1495|-90.049|0.6;Baltimore|MD|21215|39.2904|-76.6122|0.6;"
    "El Paso|TX|79936|31.7619|-106.485|0.6;Fremont|CA|94536|37.5485|-121.9886|0.5;"
    "Portland|OR|97229|45.5152|-122.6784|0.5;Seattle|WA|98103|47.6062|-122.3321|0.5;"
    "Newark|NJ|07104|40.7357|-74.1724|0.5;Atlanta|GA|30331|33.749|-84.388|0.5;"
    "Sacramento|CA|95823|38.5816|-121.4944|0.5;Tucson|AZ|85706|32.2226|-110.9747|0.4;"
    "Escondido|CA|92027|33.1192|-117.0864|0.4;Bakersfield|CA|93307|35.3733|-119.0187|0.4;"
    "Laredo|TX|78041|27.5306|-99.4803|0.4;Cleveland|OH|44105|41.4993|-81.6944|0.4;"
    "Pittsburgh|PA|15212|40.4406|-79.9959|0.4;San Antonio|TX|78207|29.4241|-98.4936|0.4;"
    "Jamaica|NY|11432|40.7027|-73.7890|0.4;Hialeah|FL|33012|25.8576|-80.2781|0.4;"
    "Tampa|FL|33604|27.9506|-82.4572|0.3;Carolina|PR|985|18.3808|-65.9574|0.3"
)
_DC_FIRST = "Mary:12;Robert:2;James:2;David:2;John:2;Michael:2;Richard:1.5;Joseph:1.5;Jennifer:1.5;Linda:1.5;"
_DC_FIRST += "Barbara:1.5;Susan:1.2;Margaret:1.2;Dorothy:1;Lisa:1;Nancy:1;Karen:1;Betty:1;Helen:1;Sandra:1;Donna:1;"
_DC_FIRST += "Carol:1;Ruth:1;Sharon:1;Michelle:1;Laura:1;Sarah:1;Kimberly:1;Deborah:1;Jessica:1;Shirley:1;Cynthia:1;"
_DC_FIRST += "Angela:1;Melissa:1;Brenda:1;Amy:1;Anna:1;Rebecca:1;Virginia:1;Kathleen:1;Pamela:1;Martha:1;Debra:1"
_DC_LAST = "Smith:25;Johnson:2;Williams:2;Jones:2;Brown:2;Davis:2;Miller:2;Wilson:1.5;Moore:1.5;Taylor:1.5;"
_DC_LAST += "Anderson:1.5;Thomas:1.5;Jackson:1.5;White:1.5;Harris:1.2;Martin:1.2;Thompson:1.2;Garcia:1.2;"
_DC_LAST += "Martinez:1.2;Robinson:1;Clark:1;Rodriguez:1;Lewis:1;Lee:1;Walker:1;Hall:1;Allen:1;Young:1;Hernandez:1;"
_DC_LAST += "King:1;Wright:1;Lopez:1;Hill:1;Scott:1;Green:1;Adams:1;Baker:1;Gonzalez:1;Nelson:1;Carter:1;Mitchell:1"
_DC_ADJ = _split(
    "Noble;Rustic;Round;Amber;Iron;Quiet;Golden;Misty;Hidden;Cozy;Easy;Lazy;Silent;Sunny;Velvet;Crystal;Dusty;Foggy;"
    "Honey;Jagged;Emerald;Pleasant;Shady;Blue;Wishing;Harvest;Indian;Little;Old;Merry"
)
_DC_NOUN = _split(
    "Nectar;Bear;Anchor;Pony;Fox;Embers;Branch;Creek;Fawn;Willow;Barn;Robin;Leaf;Goose;Zephyr;Spring;Dale;Pine;Horse;"
    "Timber;Quail;Gate;Brook;Hickory;Lamb;Mountain;Panda;Pioneer;Prairie;Rabbit"
)
_DC_KIND = _split(
    "Island;Loop;Gate;Bend;Corners;Path;Place;Trace;Autoroute;Promenade;Boulevard;Grove;Heights;Crest;Glade;Lane;Way;"
    "Vale;Landing;Bay;Point;Ridge;Park;Common;Run"
)
# market: share of orders (%), then region|country|city|state:weight for the order's destination
_DC_MARKETS: dict[str, tuple[float, str]] = {
    "Europe": (
        31,
        "Western Europe|Francia|París|Isla de Francia:10;Western Europe|Alemania|Berlín|Berlín:7;"
        "Western Europe|Alemania|Hamburgo|Hamburgo:3;Western Europe|Países Bajos|Ámsterdam|Holanda Septentrional:3;"
        "Northern Europe|Reino Unido|Londres|Inglaterra:9;Northern Europe|Reino Unido|Mánchester|Inglaterra:2;"
        "Northern Europe|Suecia|Estocolmo|Estocolmo:2;Southern Europe|Italia|Roma|Lacio:5;"
        "Southern Europe|España|Madrid|Comunidad de Madrid:4;Eastern Europe|Polonia|Varsovia|Mazovia:2;"
        "Eastern Europe|Ucrania|Kiev|Kiev:1.5",
    ),
    "LATAM": (
        26,
        "Central America|México|Ciudad de México|Distrito Federal:9;Central America|México|Monterrey|Nuevo León:3;"
        "Central America|Guatemala|Guatemala|Guatemala:3;Central America|Honduras|Tegucigalpa|Francisco Morazán:2;"
        "Central America|El Salvador|San Salvador|San Salvador:2;Central America|Nicaragua|Managua|Managua:1.5;"
        "South America|Brasil|São Paulo|São Paulo:6;South America|Brasil|Río de Janeiro|Río de Janeiro:3;"
        "South America|Colombia|Bogotá|Bogotá:3;South America|Argentina|Buenos Aires|Buenos Aires:3;"
        "South America|Perú|Lima|Lima:2;South America|Venezuela|Caracas|Distrito Capital:1.5;"
        "Caribbean|República Dominicana|Santo Domingo|Santo Domingo:3;Caribbean|Cuba|La Habana|La Habana:2;"
        "Caribbean|Haití|Puerto Príncipe|Oeste:1",
    ),
    "Pacific Asia": (
        22,
        "Oceania|Australia|Sídney|Nueva Gales del Sur:5;Oceania|Australia|Melbourne|Victoria:4;"
        "Southeast Asia|Indonesia|Yakarta|Yakarta:4;Southeast Asia|Filipinas|Manila|Gran Manila:3;"
        "South Asia|India|Nueva Delhi|Delhi:4;South Asia|Pakistán|Karachi|Sindh:2;"
        "Eastern Asia|China|Shanghái|Shanghái:4;Eastern Asia|Japón|Tokio|Tokio:2;"
        "West Asia|Turquía|Estambul|Estambul:3;Central Asia|Kazajistán|Almatý|Almatý:0.5",
    ),
    "USCA": (
        14,
        "East of USA|Estados Unidos|New York City|New York:5;West of USA|Estados Unidos|Los Angeles|California:5;"
        "US Center|Estados Unidos|Chicago|Illinois:3;South of  USA|Estados Unidos|Houston|Texas:3;"
        "Canada|Canada|Toronto|Ontario:1",
    ),
    "Africa": (
        7,
        "North Africa|Egipto|El Cairo|El Cairo:2;West Africa|Nigeria|Lagos|Lagos:2;East Africa|Kenia|Nairobi|Nairobi:1;"
        "Central Africa|República Democrática del Congo|Kinshasa|Kinshasa:1;"
        "Southern Africa|Sudáfrica|Johannesburgo|Gauteng:1",
    ),
}
_DC_ZIPS = {"New York City": 10035, "Los Angeles": 90027, "Chicago": 60623, "Houston": 77036}
# shipping mode: share of orders (%), scheduled days, real days as "days:weight"
_DC_MODES: dict[str, tuple[float, int, str]] = {
    "Standard Class": (59.7, 4, "2:20;3:20;4:21;5:20;6:19"),
    "Second Class": (19.5, 2, "2:23;3:19;4:19;5:20;6:19"),
    "First Class": (15.4, 1, "2:1"),
    "Same Day": (5.4, 0, "0:54;1:46"),
}
# order status: share of orders (%), payment type
_DC_STATUSES: dict[str, tuple[float, str]] = {
    "COMPLETE": (33, "DEBIT"),
    "PENDING_PAYMENT": (22, "PAYMENT"),
    "PROCESSING": (12, "TRANSFER"),
}
_DC_STATUSES |= {"PENDING": (11, "TRANSFER"), "CLOSED": (11, "CASH"), "ON_HOLD": (5.4, "TRANSFER")}
_DC_STATUSES |= {"SUSPECTED_FRAUD": (2.2, "TRANSFER"), "CANCELED": (2.0, "TRANSFER"), "PAYMENT_REVIEW": (1, "PAYMENT")}
_DC_DISCOUNTS = (
    0.0,
    0.01,
    0.02,
    0.03,
    0.04,
    0.05,
    0.06,
    0.07,
    0.09,
    0.1,
    0.12,
    0.13,
    0.15,
    0.16,
    0.17,
    0.18,
    0.2,
    0.25,
)


def _dc_customers(rng: np.random.Generator, k: int) -> list[dict[str, Any]]:
    ids = rng.choice(np.arange(1, 20758), k, replace=False)
    homes = ";".join(f"{i}:{h[5]}" for i, h in enumerate(_DC_HOMES))
    people: list[dict[str, Any]] = []
    for i in range(k):
        city, state, zip_code, lat, lon, _w = _DC_HOMES[int(_draw(rng, homes))]
        street = f"{int(rng.integers(1000, 9999))} {_one(rng, _DC_ADJ)} {_one(rng, _DC_NOUN)} {_one(rng, _DC_KIND)}"
        people.append(
            {
                "Customer City": city,
                "Customer Country": "Puerto Rico" if state == "PR" else "EE. UU.",
                "Customer Email": "XXXXXXXXX",
                "Customer Fname": _draw(rng, _DC_FIRST),
                "Customer Id": int(ids[i]),
                "Customer Lname": _draw(rng, _DC_LAST),
                "Customer Password": "XXXXXXXXX",
                "Customer Segment": str(_one(rng, ["Consumer", "Corporate", "Home Office"], [52, 30, 18])),
                "Customer State": state,
                "Customer Street": street,
                "Customer Zipcode": int(zip_code),
                "Latitude": round(float(lat) + float(rng.normal(0, 0.05)), 8),
                "Longitude": round(float(lon) + float(rng.normal(0, 0.05)), 8),
                "Order Customer Id": int(ids[i]),
            }
        )
    return people


def _dc_stamp(t: pd.Timestamp) -> str:
    return f"{t.month}/{t.day}/{t.year} {t.hour}:{t.minute:02d}"


def _dc_ratio(rng: np.random.Generator) -> float:
    if rng.random() < 0.18:
        return -min(round(float(rng.exponential(0.6)) + 0.01, 2), 2.75)
    return round(float(rng.uniform(0.02, 0.5)), 2)


def _dc_items(rng: np.random.Generator) -> list[dict[str, Any]]:
    """The lines of one order: distinct products, one of each dear product, up to five of a cheap one."""
    weights = np.array([float(p[7]) for p in _DC_PRODUCTS])
    k = int(_one(rng, [1, 2, 3, 4, 5], [38, 18, 17, 15, 12]))
    lines: list[dict[str, Any]] = []
    for j in rng.choice(len(_DC_PRODUCTS), k, replace=False, p=weights / weights.sum()):
        name, category, cat_id, dept, dept_id, card, price, _w = _DC_PRODUCTS[int(j)]
        cost = float(price)
        qty = 1 if cost >= 100 else int(_one(rng, [1, 2, 3, 4, 5], [40, 20, 15, 13, 12]))
        sales = round(cost * qty, 2)
        rate = float(_one(rng, list(_DC_DISCOUNTS)))
        ratio = _dc_ratio(rng)
        total = sales * (1 - rate)
        lines.append(
            {
                "Category Id": int(cat_id),
                "Category Name": category,
                "Department Id": int(dept_id),
                "Department Name": dept,
                "Order Item Cardprod Id": int(card),
                "Order Item Discount": _f32(sales * rate),
                "Order Item Discount Rate": rate,
                "Order Item Product Price": cost,
                "Order Item Profit Ratio": ratio,
                "Order Item Quantity": qty,
                "Sales": sales,
                "Order Item Total": _f32(total),
                "Order Profit Per Order": _f32(total * ratio),
                "Benefit per order": _f32(total * ratio),
                "Sales per customer": _f32(total),
                "Product Card Id": int(card),
                "Product Category Id": int(cat_id),
                "Product Description": None,
                "Product Image": "http://images.acmesports.sports/" + re.sub(r"\s+", "+", name.strip()),
                "Product Name": name,
                "Product Price": cost,
                "Product Status": 0,
            }
        )
    return lines


def _dataco_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7702)
    people = _dc_customers(rng, 800)
    loyalty = rng.lognormal(0, 0.7, len(people))
    days = pd.date_range("2015-01-01", "2018-01-31", freq="D")
    weight = 1 + 0.0002 * np.arange(len(days))
    weight *= np.where((days.year == 2016) & (days.month == 11), 1.75, 1.0)
    weight *= np.where(days >= pd.Timestamp("2017-10-01"), 0.8, 1.0)
    n = 1960
    picks = np.sort(rng.choice(len(days), n, p=weight / weight.sum()))
    markets = _deal(rng, ";".join(f"{k}:{v[0]}" for k, v in _DC_MARKETS.items()), n)
    modes = _pick(rng, ";".join(f"{k}:{v[0]}" for k, v in _DC_MODES.items()), n)
    statuses = _pick(rng, ";".join(f"{k}:{v[0]}" for k, v in _DC_STATUSES.items()), n)
    order_id, item_id = 0, 0
    rows: list[dict[str, Any]] = []
    for i in range(n):
        when = days[int(picks[i])] + pd.Timedelta(minutes=int(rng.integers(0, 24 * 60)))
        order_id += int(rng.integers(1, 4))
        who = people[int(rng.choice(len(people), p=loyalty / loyalty.sum()))]
        region, country, city, state = _draw(rng, _DC_MARKETS[markets[i]][1]).split("|")
        mode, status = modes[i], statuses[i]
        _s, scheduled, spread = _DC_MODES[mode]
        real = int(_draw(rng, spread))
        if status in ("CANCELED", "SUSPECTED_FRAUD"):
            delivery = "Shipping canceled"
        elif real > scheduled:
            delivery = "Late delivery"
        else:
            delivery = "Shipping on time" if real == scheduled else "Advance shipping"
        order = {
            "Type": _DC_STATUSES[status][1],
            "Days for shipping (real)": real,
            "Days for shipment (scheduled)": scheduled,
            "Delivery Status": delivery,
            "Late_delivery_risk": int(delivery == "Late delivery"),
            **who,
            "Market": markets[i],
            "Order City": city,
            "Order Country": country,
            "order date (DateOrders)": _dc_stamp(when),
            "Order Id": order_id,
            "Order Region": region,
            "Order State": state,
            "Order Status": status,
            "Order Zipcode": _DC_ZIPS.get(city) if markets[i] == "USCA" else None,
            "shipping date (DateOrders)": _dc_stamp(when + pd.Timedelta(days=real)),
            "Shipping Mode": mode,
        }
        for line in _dc_items(rng):
            item_id += int(rng.integers(1, 3))
            rows.append(order | line | {"Order Item Id": item_id})
    frame = pd.DataFrame(rows)
    for column in ("Customer Zipcode", "Order Zipcode"):
        frame[column] = frame[column].astype("Int64")
    for i in rng.choice(len(frame), 3, replace=False):
        frame.loc[int(i), "Customer Zipcode"] = pd.NA
    frame = frame.iloc[rng.permutation(len(frame))].reset_index(drop=True)
    return frame[_DC_COLUMNS]


def _dc_view(d: pd.DataFrame, unique: bool, kept: bool) -> pd.DataFrame:
    """Order lines, or orders (one line each); with or without the canceled ones."""
    if kept:
        d = d[_text(d["Delivery Status"]) != "Shipping canceled"]
    return d.drop_duplicates("Order Id") if unique else d


def _dc_late(d: pd.DataFrame) -> pd.Series:
    return _text(d["Delivery Status"]) == "Late delivery"


_DC_VIEWS = [(unique, kept) for unique in (False, True) for kept in (False, True)]


def _dc_late_share(unique: bool, kept: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_dc_late(_dc_view(d, unique, kept)).mean())


def _dc_mode_rates(unique: bool, kept: bool) -> Callable[[pd.DataFrame], list[float]]:
    def rates(d: pd.DataFrame) -> list[float]:
        v = _dc_view(d, unique, kept)
        by = _dc_late(v).groupby(_text(v["Shipping Mode"])).mean()
        return [float(by[m]) for m in _DC_MODES]

    return rates


def _dc_top_market(column: str) -> Callable[[pd.DataFrame], str]:
    return lambda d: str(d.groupby(_text(d["Market"]))[column].sum().idxmax())


def _dc_best_month(column: str) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def best(d: pd.DataFrame) -> pd.Timestamp:
        months = pd.to_datetime(d["order date (DateOrders)"], format="%m/%d/%Y %H:%M").dt.to_period("M")
        return pd.Timestamp(d.groupby(months)[column].sum().idxmax().to_timestamp())

    return best


def _dc_segment_profit(d: pd.DataFrame) -> list[float]:
    by = d.groupby(_text(d["Customer Segment"]))["Order Profit Per Order"].sum()
    return [float(by[s]) for s in ("Consumer", "Corporate", "Home Office")]


def _dc_fraud(unique: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        flagged = d[_text(d["Order Status"]) == "SUSPECTED_FRAUD"]
        return float(flagged["Order Id"].nunique() if unique else len(flagged))

    return count


_DC_ID = ("Order Id", "Order Item Id")
_DC_SALES = ("Sales", "Order Item Total", "Sales per customer")
_DC_DELIVERY = ("Delivery Status", "Late_delivery_risk", "Days for shipping (real)", "Days for shipment (scheduled)")
_DATACO_QS = [
    Q(
        "what % of orders were delivered late?",
        either(*(_share(_dc_late_share(u, k)) for u, k in _DC_VIEWS)),
        (*_DC_ID, *_DC_DELIVERY),
    ),
    Q(
        "late delivery rate for each shipping mode",
        either(*(_shares(_dc_mode_rates(u, k)) for u, k in _DC_VIEWS)),
        (*_DC_ID, *_DC_DELIVERY, "Shipping Mode"),
    ),
    Q(
        "which market brings in the most sales?",
        _lead(either(*(_named(_dc_top_market(c)) for c in _DC_SALES))),
        (*_DC_ID, *_DC_SALES, "Market"),
    ),
    Q(
        "total profit by customer segment",
        _scaled(_dc_segment_profit, (1e3, 1e6)),
        (*_DC_ID, "Order Profit Per Order", "Benefit per order", "Customer Segment"),
    ),
    Q(
        "plot monthly sales. which month had the highest sales?",
        _lead(either(*(_month_year(_dc_best_month(c)) for c in _DC_SALES))),
        (*_DC_ID, *_DC_SALES, "order date (DateOrders)"),
    ),
    Q(
        "how many orders were flagged as suspected fraud?",
        either(_count(_dc_fraud(True)), _count(_dc_fraud(False))),
        (*_DC_ID, "Order Status"),
    ),
]


# --- 3. Student depression (Kaggle "Student Depression Dataset", Student Depression Dataset.csv) ------------------

_SD_COLUMNS = _split(
    "id;Gender;Age;City;Profession;Academic Pressure;Work Pressure;CGPA;Study Satisfaction;Job Satisfaction;"
    "Sleep Duration;Dietary Habits;Degree;Have you ever had suicidal thoughts ?;Work/Study Hours;Financial Stress;"
    "Family History of Mental Illness;Depression"
)
_SD_SUICIDAL = "Have you ever had suicidal thoughts ?"
_SD_CITIES = (
    "Kalyan:5.8;Srinagar:4.9;Hyderabad:4.9;Vasai-Virar:4.4;Lucknow:4.2;Thane:4.1;Ludhiana:4.0;Agra:4.0;Surat:4.0;"
    "Kolkata:4.0;Jaipur:3.9;Patna:3.9;Visakhapatnam:3.6;Pune:3.5;Ahmedabad:3.5;Bhopal:3.3;Chennai:3.2;Meerut:3.0;"
    "Rajkot:2.9;Delhi:2.8;Bangalore:2.7;Ghaziabad:2.7;Mumbai:2.6;Vadodara:2.5;Varanasi:2.4;Nagpur:2.4;Indore:2.3;"
    "Kanpur:2.2;Nashik:2.0;Faridabad:1.7"
)
# city values that are plainly someone's slip in the original form
_SD_ODD_CITIES = _split("Saanvi;Bhavna;City;3.0;'Less Delhi';M.Tech;Khaziabad;'Less than 5 Kalyan';Nandini;ME")
_SD_ODD_JOBS = _split("Architect;Teacher;Digital Marketer;Content Writer;Chef;Doctor;Pharmacist")
# sleep duration: share (%), effect on the odds of depression (log scale)
_SD_SLEEP = {"'Less than 5 hours'": (29.8, 0.45), "'5-6 hours'": (22.1, 0.15), "'7-8 hours'": (26.3, -0.05)}
_SD_SLEEP |= {"'More than 8 hours'": (21.8, -0.3), "Others": (0.15, 0.0)}
_SD_DIET = {"Unhealthy": (37.0, 0.55), "Moderate": (35.6, 0.0), "Healthy": (27.4, -0.6), "Others": (0.05, 0.0)}
_SD_DEGREES = (
    "B.Ed:6.7;B.Com:5.4;B.Arch:5.3;BCA:5.2;MSc:4.6;B.Tech:4.2;MCA:4.1;M.Tech:4.0;BHM:3.3;BSc:3.3;M.Ed:3.3;"
    "B.Pharm:2.9;M.Com:2.6;MBBS:2.4;BBA:2.4;LLB:2.2;BE:2.2;BA:2.2;M.Pharm:2.1;MD:2.1;MBA:2.0;MA:2.0;PhD:1.9;LLM:1.7;"
    "MHM:0.7;ME:0.7;Others:0.1"
)
_SD_AGES = (
    "18:5;19:3;20:7;21:5;22:4;23:5;24:8;25:4;26:4;27:5;28:7;29:7;30:4;31:6;32:4;33:7;34:5;35:0.3;36:0.2;38:0.2;"
    "39:0.2;41:0.1;42:0.1;43:0.1;46:0.1;48:0.1;51:0.05;54:0.05;56:0.05;58:0.05;59:0.05"
)


def _student_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7703)
    n = 3000
    ids = np.sort(rng.choice(np.arange(2, 140700), n, replace=False))
    rows: list[dict[str, Any]] = []
    for i in range(n):
        age = int(_draw(rng, _SD_AGES))
        degree = "'Class 12'" if age <= 20 and rng.random() < 0.78 else _draw(rng, _SD_DEGREES)
        pressure = int(_one(rng, [1, 2, 3, 4, 5], [17, 15, 26, 18, 22]))
        happy = int(_one(rng, [1, 2, 3, 4, 5], [20, 21, 20, 21, 18]))
        stress = int(_one(rng, [1, 2, 3, 4, 5], [19, 18, 18, 20, 24]))
        hours = int(_one(rng, list(range(13)), [6, 3, 5, 5, 6, 4, 8, 7, 8, 9, 14, 13, 12]))
        suicidal = rng.random() < 0.63
        history = rng.random() < 0.484
        sleep = _draw(rng, ";".join(f"{k}:{v[0]}" for k, v in _SD_SLEEP.items()))
        diet = _draw(rng, ";".join(f"{k}:{v[0]}" for k, v in _SD_DIET.items()))
        z = -1.3 + 1.2 * (pressure - 3) + 0.55 * (stress - 3) + 2.3 * suicidal - 0.35 * (happy - 3)
        z += -0.09 * (age - 26) + 0.13 * (hours - 7) + _SD_SLEEP[sleep][1] + _SD_DIET[diet][1] + 0.2 * history
        rows.append(
            {
                "id": int(ids[i]),
                "Gender": "Male" if rng.random() < 0.557 else "Female",
                "Age": float(age),
                "City": _draw(rng, _SD_CITIES),
                "Profession": "Student",
                "Academic Pressure": float(pressure),
                "Work Pressure": 0.0,
                "CGPA": round(float(rng.uniform(5.0, 10.0)), 2),
                "Study Satisfaction": float(happy),
                "Job Satisfaction": 0.0,
                "Sleep Duration": sleep,
                "Dietary Habits": diet,
                "Degree": degree,
                _SD_SUICIDAL: "Yes" if suicidal else "No",
                "Work/Study Hours": float(hours),
                "Financial Stress": f"{stress}.0",
                "Family History of Mental Illness": "Yes" if history else "No",
                "Depression": int(rng.random() < 1 / (1 + np.exp(-z))),
            }
        )
    frame = pd.DataFrame(rows)
    spots = iter(int(i) for i in rng.choice(n, 30, replace=False))
    for city in _SD_ODD_CITIES:
        frame.loc[next(spots), "City"] = city
    for job in _SD_ODD_JOBS:
        i = next(spots)
        frame.loc[i, ["Profession", "Work Pressure", "Job Satisfaction"]] = [job, float(rng.integers(2, 6)), 2.0]
    for column in ("Academic Pressure", "CGPA", "Study Satisfaction"):
        for _ in range(3):
            frame.loc[next(spots), column] = 0.0
    for _ in range(3):
        frame.loc[next(spots), "Financial Stress"] = "?"
    return frame[_SD_COLUMNS]


def _sd_depressed(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d["Depression"], errors="coerce") == 1


def _sd_sleep_rates(d: pd.DataFrame) -> list[float]:
    by = _sd_depressed(d).groupby(_text(d["Sleep Duration"])).mean()
    return [float(by[s]) for s in list(_SD_SLEEP)[:4]]


def _sd_stress(d: pd.DataFrame) -> list[float]:
    by = _number(d["Financial Stress"]).groupby(_sd_depressed(d)).mean()
    return [float(by[True]), float(by[False])]


def _sd_suicidal(d: pd.DataFrame) -> pd.Series:
    return _text(d[_SD_SUICIDAL]).str.lower() == "yes"


_SD_ID = ("id", "Depression")
_STUDENT_QS = [
    Q(
        "what percentage of students are depressed?",
        _share(lambda d: float(_sd_depressed(d).mean())),
        _SD_ID,
    ),
    Q(
        "depression rate by sleep duration",
        _shares(_sd_sleep_rates),
        (*_SD_ID, "Sleep Duration"),
    ),
    Q(
        "does academic pressure corelate with depression?",
        _corr(lambda d: d["Academic Pressure"], lambda d: _sd_depressed(d).astype(float)),
        (*_SD_ID, "Academic Pressure"),
    ),
    Q(
        "avg financial stress for depressed vs non depressed students",
        _about(_sd_stress),
        (*_SD_ID, "Financial Stress"),
    ),
    Q(
        "how many students have had suicidal thoughts",
        _count(lambda d: float(_sd_suicidal(d).sum())),
        (*_SD_ID, _SD_SUICIDAL),
    ),
    Q(
        "and what % of them are depressed?",
        _share(lambda d: float(_sd_depressed(d)[_sd_suicidal(d)].mean())),
        (*_SD_ID, _SD_SUICIDAL),
    ),
]


# --- 4. Air quality in India (Kaggle "Air Quality Data in India (2015 - 2020)", city_day.csv) ----------------------

_AQ_COLUMNS = _split("City;Date;PM2.5;PM10;NO;NO2;NOx;NH3;CO;SO2;O3;Benzene;Toluene;Xylene;AQI;AQI_Bucket")
_AQ_GASES = _split("NO;NO2;NH3;CO;SO2;O3;Benzene;Toluene;Xylene")
# city: PM2.5 month by month (µg/m³), PM10 per PM2.5, the mean of each gas in _AQ_GASES (CO in mg/m³), PM2.5 by year
_AQ_CITIES: dict[str, tuple[str, float, str, str]] = {
    "Ahmedabad": (
        "86,72,58,50,46,38,29,26,33,56,82,94",
        1.7,
        "21,56,0,2.4,52,37,4.4,19,5.8",
        "2016:1.05;2017:1.0;2018:1.02;2019:0.92;2020:0.9",
    ),
    "Bengaluru": (
        "54,48,42,39,35,28,25,24,27,34,43,51",
        2.1,
        "9.6,28,23,1.6,5.6,34,1.8,5.4,1.1",
        "2016:1.0;2017:1.04;2018:0.98;2019:0.95;2020:0.92",
    ),
    "Delhi": (
        "184,138,104,92,98,78,50,41,54,122,206,196",
        1.85,
        "38,51,42,1.9,15.8,51,3.6,17,1.3",
        "2016:1.06;2017:1.02;2018:0.98;2019:0.91;2020:0.86",
    ),
}
# how strongly each gas follows the PM2.5 season (O3 runs the other way)
_AQ_SEASON = {"NO": 0.6, "NO2": 0.45, "NH3": 0.3, "CO": 0.5, "SO2": 0.2, "O3": -0.3, "Benzene": 0.6}
_AQ_SEASON |= {"Toluene": 0.6, "Xylene": 0.5}
# city: column -> share of days blank, and the day readings start
_AQ_GAPS: dict[str, dict[str, tuple[float, str]]] = {
    "Ahmedabad": {
        "PM2.5": (0.05, ""),
        "PM10": (0.04, "2019-03-01"),
        "NH3": (1.0, ""),
        "Xylene": (0.08, "2018-01-01"),
        "Benzene": (0.06, ""),
        "Toluene": (0.06, ""),
        "O3": (0.03, ""),
        "SO2": (0.03, ""),
        "CO": (0.02, ""),
    },
    "Bengaluru": {
        "PM2.5": (0.03, ""),
        "PM10": (0.04, ""),
        "NH3": (0.05, ""),
        "Xylene": (1.0, ""),
        "Benzene": (0.05, ""),
        "Toluene": (0.07, ""),
        "O3": (0.04, ""),
    },
    "Delhi": {
        "PM2.5": (0.01, ""),
        "PM10": (0.02, ""),
        "NH3": (0.03, ""),
        "Xylene": (0.2, ""),
        "Benzene": (0.03, ""),
        "Toluene": (0.03, ""),
        "O3": (0.02, ""),
    },
}
# pollutant: concentrations at the CPCB sub-index breakpoints (AQI 0, 50, 100, 200, 300, 400, 500)
_AQ_BREAKS = {
    "PM2.5": (0, 30, 60, 90, 120, 250, 380),
    "PM10": (0, 50, 100, 250, 350, 430, 510),
    "NO2": (0, 40, 80, 180, 280, 400, 520),
    "O3": (0, 50, 100, 168, 208, 748, 1000),
    "CO": (0, 1, 2, 10, 17, 34, 50),
    "SO2": (0, 40, 80, 380, 800, 1600, 2100),
    "NH3": (0, 200, 400, 800, 1200, 1800, 2400),
}
_AQ_LEVELS = (0, 50, 100, 200, 300, 400, 500)
_AQ_BUCKETS = ((50, "Good"), (100, "Satisfactory"), (200, "Moderate"), (300, "Poor"), (400, "Very Poor"))


def _aq_index(row: pd.Series) -> float | None:
    """The AQI of a day: the worst sub-index, given PM2.5 or PM10 and at least three pollutants."""
    subs = [float(np.interp(row[p], b, _AQ_LEVELS)) for p, b in _AQ_BREAKS.items() if pd.notna(row[p])]
    if len(subs) < 3 or (pd.isna(row["PM2.5"]) and pd.isna(row["PM10"])):
        return None
    return float(round(max(subs)))


def _aq_bucket(aqi: float | None) -> str | None:
    if aqi is None or np.isnan(aqi):
        return None
    return next((label for top, label in _AQ_BUCKETS if aqi <= top), "Severe")


def _aq_city(rng: np.random.Generator, city: str, days: pd.DatetimeIndex) -> pd.DataFrame:
    months, ratio, gases, years = _AQ_CITIES[city]
    n = len(days)
    table = [float(x) for x in months.split(",")]
    position = (days.dayofyear.to_numpy() - 15.5) / 365.25 * 12
    season = np.interp(position, np.arange(-1, 13), [table[-1], *table, table[0]])
    year_w = dict(zip(*_table(years), strict=True))
    trend = np.array([year_w[str(y)] for y in days.year])
    lockdown = np.where((days >= pd.Timestamp("2020-03-25")) & (days < pd.Timestamp("2020-06-01")), 0.55, 1.0)
    lockdown = np.where(days >= pd.Timestamp("2020-06-01"), 0.75, lockdown)
    common = np.zeros(n)
    for i in range(1, n):
        common[i] = 0.75 * common[i - 1] + rng.normal(0, 0.2)
    pm25 = season * trend * lockdown * np.exp(common + rng.normal(0, 0.12, n))
    frame = pd.DataFrame({"City": city, "Date": days.strftime("%Y-%m-%d")})
    frame["PM2.5"] = np.round(pm25, 2)
    dust = 1 + 0.45 * np.exp(-(((days.dayofyear.to_numpy() - 140) / 40.0) ** 2))
    frame["PM10"] = np.round(pm25 * ratio * dust * np.exp(rng.normal(0, 0.25, n)), 2)
    relative = season / np.mean(table)
    for gas, mean in zip(_AQ_GASES, (float(x) for x in gases.split(",")), strict=True):
        cut = 1.0 if gas == "O3" else np.sqrt(lockdown)
        level = mean * relative ** _AQ_SEASON[gas] * trend * cut * np.exp(0.7 * common + rng.normal(0, 0.25, n))
        frame[gas] = np.round(level, 2)
    frame["NOx"] = np.round(0.8 * frame["NO"] + 0.55 * frame["NO2"] + rng.normal(0, 1.5, n).clip(-3, 3), 2)
    for column, (share, start) in _AQ_GAPS[city].items():
        blank = rng.random(n) < share
        if start:
            blank |= days < pd.Timestamp(start)
        frame.loc[blank, column] = np.nan
    pollutants = _AQ_COLUMNS[2:14]
    for _ in range(6):
        first = int(rng.integers(0, n - 15))
        frame.loc[first : first + int(rng.integers(2, 15)), pollutants] = np.nan
    frame["AQI"] = [_aq_index(row) for _i, row in frame.iterrows()]
    frame.loc[rng.random(n) < 0.02, "AQI"] = np.nan
    frame["AQI_Bucket"] = [_aq_bucket(x) for x in frame["AQI"]]
    return frame[_AQ_COLUMNS]


def _air_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7704)
    days = pd.date_range("2016-01-01", "2020-07-01", freq="D")
    return pd.concat([_aq_city(rng, city, days) for city in _AQ_CITIES], ignore_index=True)


def _aq_worst(column: str) -> Callable[[pd.DataFrame], str]:
    return lambda d: str(d.groupby(_text(d["City"]))[column].mean().idxmax())


def _aq_delhi_years(d: pd.DataFrame) -> Any:
    delhi = d[_text(d["City"]) == "Delhi"]
    return delhi.groupby(_text(delhi["Date"]).str[:4])["PM2.5"].mean().to_numpy()


def _aq_emptiest(d: pd.DataFrame) -> str:
    return str(d.isna().sum().idxmax())


_AQ_ID = ("City", "Date")
_AIR_QS = [
    Q(
        "which city has the worst air quality on average?",
        _lead(either(_named(_aq_worst("AQI")), _named(_aq_worst("PM2.5")))),
        (*_AQ_ID, "AQI", "AQI_Bucket", "PM2.5"),
    ),
    Q(
        "avg PM2.5 per year in delhi",
        _about(_aq_delhi_years),
        (*_AQ_ID, "PM2.5"),
    ),
    Q(
        "how many days did delhi have 'Severe' air quality?",
        _count(lambda d: float(((_text(d["City"]) == "Delhi") & (_text(d["AQI_Bucket"]) == "Severe")).sum())),
        (*_AQ_ID, "AQI_Bucket", "AQI"),
    ),
    Q(
        "how strongly are PM2.5 and PM10 correlated?",
        _corr(lambda d: d["PM2.5"], lambda d: d["PM10"]),
        (*_AQ_ID, "PM2.5", "PM10"),
    ),
    Q(
        "which column has the most missing values?",
        _lead(_named(_aq_emptiest)),
        tuple(_AQ_COLUMNS),
    ),
    Q(
        "what % of it is missing?",
        _share(lambda d: float(d[_aq_emptiest(d)].isna().mean())),
        tuple(_AQ_COLUMNS),
    ),
]


# --- 5. S&P 500 stocks (Kaggle "S&P 500 stock data", all_stocks_5yr.csv) ------------------------------------------

# NYSE holidays between the first and the last day of the file
_ST_HOLIDAYS = _split(
    "2013-02-18;2013-03-29;2013-05-27;2013-07-04;2013-09-02;2013-11-28;2013-12-25;2014-01-01;2014-01-20;2014-02-17;"
    "2014-04-18;2014-05-26;2014-07-04;2014-09-01;2014-11-27;2014-12-25;2015-01-01;2015-01-19;2015-02-16;2015-04-03;"
    "2015-05-25;2015-07-03;2015-09-07;2015-11-26;2015-12-25;2016-01-01;2016-01-18;2016-02-15;2016-03-25;2016-05-30;"
    "2016-07-04;2016-09-05;2016-11-24;2016-12-26;2017-01-02;2017-01-16;2017-02-20;2017-04-14;2017-05-29;2017-07-04;"
    "2017-09-04;2017-11-23;2017-12-25;2018-01-01;2018-01-15"
)
# ticker: first day, first open, decimals, daily volatility, closes the path runs through ("day:close"),
# mean daily volume by year (shares)
_ST_TICKERS: dict[str, tuple[str, float, int, float, str, str]] = {
    "AAL": (
        "2013-02-08",
        15.07,
        2,
        0.021,
        "2013-02-08:14.75;2013-06-20:16.2;2013-12-31:25.25;2014-06-30:42.9;2014-12-31:53.63;2015-03-10:48.0;"
        "2015-06-30:39.9;2015-09-01:40.2;2015-12-31:42.35;2016-02-10:37.0;2016-06-27:25.0;2016-09-30:36.6;"
        "2016-12-30:46.69;2017-04-28:42.6;2017-07-14:52.0;2017-09-29:47.5;2017-12-29:52.03;2018-01-16:57.5;"
        "2018-02-07:51.4",
        "2013:8.4e6;2014:11.5e6;2015:9.6e6;2016:7.3e6;2017:5.1e6;2018:6.0e6",
    ),
    "AAPL": (
        "2013-02-08",
        67.7142,
        4,
        0.0135,
        "2013-02-08:67.8542;2013-04-19:55.79;2013-06-28:56.65;2013-09-19:67.47;2013-12-31:80.1457;"
        "2014-04-17:74.98;2014-06-30:92.93;2014-09-02:103.3;2014-12-31:110.38;2015-02-23:133.0;2015-05-22:132.54;"
        "2015-08-24:103.12;2015-11-02:121.18;2015-12-31:105.26;2016-05-12:90.34;2016-08-31:106.1;"
        "2016-12-30:115.82;2017-03-31:143.66;2017-06-29:143.68;2017-09-01:164.05;2017-11-08:176.24;"
        "2017-12-29:169.23;2018-01-18:179.26;2018-02-07:159.54",
        "2013:100e6;2014:63e6;2015:52e6;2016:38e6;2017:27e6;2018:45e6",
    ),
    "AMZN": (
        "2013-02-08",
        261.4,
        2,
        0.0175,
        "2013-02-08:261.95;2013-04-18:251.0;2013-07-31:301.22;2013-12-31:398.79;2014-04-28:287.0;"
        "2014-07-24:358.61;2014-12-31:310.35;2015-04-23:389.99;2015-07-24:529.42;2015-12-31:675.89;"
        "2016-02-09:482.07;2016-06-30:715.62;2016-10-25:837.0;2016-12-30:749.87;2017-03-31:886.54;"
        "2017-06-05:1011.34;2017-08-18:958.47;2017-10-27:1100.95;2017-12-29:1169.47;2018-02-01:1390.0;"
        "2018-02-07:1416.78",
        "2013:2.9e6;2014:4.1e6;2015:3.8e6;2016:4.0e6;2017:3.4e6;2018:6.5e6",
    ),
    "GOOG": (
        "2014-03-27",
        568.0,
        2,
        0.0135,
        "2014-03-27:558.46;2014-06-30:575.28;2014-09-19:596.08;2014-12-31:526.4;2015-03-31:548.0;"
        "2015-07-02:523.4;2015-07-17:699.62;2015-12-31:758.88;2016-02-11:683.11;2016-06-27:668.26;"
        "2016-10-25:807.67;2016-12-30:771.82;2017-03-31:829.56;2017-06-06:983.68;2017-08-18:910.67;"
        "2017-10-27:1019.27;2017-12-29:1046.4;2018-01-26:1175.84;2018-02-07:1048.58",
        "2014:2.1e6;2015:2.0e6;2016:1.8e6;2017:1.4e6;2018:2.5e6",
    ),
}


def _st_days(first: str) -> pd.DatetimeIndex:
    days = pd.bdate_range(first, "2018-02-07")
    return days[~days.isin(pd.DatetimeIndex(_ST_HOLIDAYS))]


def _stocks_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7705)
    every = _st_days("2013-02-08")
    market = rng.standard_t(4, len(every)) * 0.006
    blocks: list[pd.DataFrame] = []
    for name, (first, first_open, places, vol, anchors, volumes) in _ST_TICKERS.items():
        days = _st_days(first)
        at = every.get_indexer(days)
        n = len(days)
        t = np.arange(n, dtype=float)
        marks = [x.split(":") for x in _split(anchors)]
        where = [float(days.get_loc(pd.Timestamp(day))) for day, _c in marks]
        level = np.interp(t, where, [np.log(float(c)) for _d, c in marks])
        shocks = 0.8 * market[at] * vol / 0.012 + np.clip(rng.standard_t(4, n), -6, 6) * vol * 0.6
        noise = np.zeros(n)
        for k in range(1, n):
            noise[k] = 0.95 * noise[k - 1] + shocks[k]
        close = np.exp(level + noise - noise[0] - (noise[-1] - noise[0]) * t / t[-1])
        opens = np.concatenate([[first_open], close[:-1] * np.exp(rng.normal(0, vol * 0.3, n - 1))])
        wide = np.abs(rng.normal(0, vol * 0.45, (2, n))) + vol * 0.1
        by_year = {int(y): float(v) for y, v in zip(*_table(volumes), strict=True)}
        base = np.array([by_year[d.year] for d in days])
        move = np.abs(np.log(close / opens))
        volume = np.round(base * rng.lognormal(-0.06, 0.33, n) * (1 + 9 * move)).astype(np.int64)
        block = pd.DataFrame(
            {
                "date": days.strftime("%Y-%m-%d"),
                "open": np.round(opens, places),
                "high": np.round(np.maximum(opens, close) * (1 + wide[0]), places),
                "low": np.round(np.minimum(opens, close) * (1 - wide[1]), places),
                "close": np.round(close, places),
                "volume": volume,
                "Name": name,
            }
        )
        blocks.append(block)
    frame = pd.concat(blocks, ignore_index=True)
    for i in rng.choice(np.flatnonzero(frame["date"] > "2017-06-01"), 6, replace=False):
        frame.loc[int(i), "open"] = np.nan
    return frame


def _st_ticker(d: pd.DataFrame, name: str) -> pd.DataFrame:
    part = d[_text(d["Name"]) == name]
    return part.assign(_day=pd.to_datetime(part["date"])).sort_values("_day", kind="stable")


def _st_gains(d: pd.DataFrame) -> pd.Series:
    names = sorted(_text(d["Name"]).unique())
    return pd.Series({n: _st_ticker(d, n)["close"].iloc[-1] / _st_ticker(d, n)["close"].iloc[0] - 1 for n in names})


def _st_close_at(name: str, low: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def row(d: pd.DataFrame) -> pd.Series:
        part = _st_ticker(d, name).reset_index(drop=True)
        return part.loc[part["close"].idxmin() if low else part["close"].idxmax()]

    return row


def _st_close_at_day(name: str, low: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    return lambda d: pd.Timestamp(_st_close_at(name, low)(d)["_day"])


def _st_returns(name: str, log: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def returns(d: pd.DataFrame) -> pd.Series:
        wide = d.pivot_table(index="date", columns="Name", values="close")
        return np.log(wide[name]).diff() if log else wide[name].pct_change()

    return returns


_ST_NAMES = {"AAL": ("American Airlines",), "AAPL": ("Apple",), "AMZN": ("Amazon",), "GOOG": ("Google", "Alphabet")}
_ST_ID = ("date", "Name")
_STOCKS_QS = [
    Q(
        "which stock went up the most over the whole period, and by how much in %?",
        both(
            _lead(_named(lambda d: str(_st_gains(d).idxmax()), _ST_NAMES)),
            _pct(lambda d: float(_st_gains(d).max())),
        ),
        (*_ST_ID, "close", "open"),
    ),
    Q(
        "avg daily volume for each ticker",
        _scaled(lambda d: d.groupby(_text(d["Name"]))["volume"].mean().to_numpy(), (1e6, 1e3)),
        (*_ST_ID, "volume"),
    ),
    Q(
        "plot apple's closing price. what was its highest close and on which day?",
        both(has(lambda d: float(_st_close_at("AAPL", False)(d)["close"])), _day(_st_close_at_day("AAPL", False))),
        (*_ST_ID, "close", "high"),
    ),
    Q(
        "and the lowest?",
        both(has(lambda d: float(_st_close_at("AAPL", True)(d)["close"])), _day(_st_close_at_day("AAPL", True))),
        (*_ST_ID, "close", "low"),
    ),
    Q(
        "how many days did AAL close higher than it opened?",
        _count(lambda d: float((_st_ticker(d, "AAL")["close"] > _st_ticker(d, "AAL")["open"]).sum())),
        (*_ST_ID, "open", "close"),
    ),
    Q(
        "how correlated are the daily returns of apple and amazon?",
        either(*(_corr(_st_returns("AAPL", log), _st_returns("AMZN", log)) for log in (False, True))),
        (*_ST_ID, "close"),
    ),
]


# --- 6. Game of Thrones character deaths (Kaggle "Game of Thrones", character-deaths.csv) -------------------------

_GT_COLUMNS = _split(
    "Name;Allegiances;Death Year;Book of Death;Death Chapter;Book Intro Chapter;Gender;Nobility;GoT;CoK;SoS;FfC;DwD"
)
_GT_BOOKS = _GT_COLUMNS[8:]
_GT_TITLES = _split("A Game of Thrones;A Clash of Kings;A Storm of Swords;A Feast for Crows;A Dance with Dragons")
_GT_ORDINALS = _split("first;second;third;fourth;fifth")
# deaths in each book of the five
_GT_BOOK_DEATHS = (49, 73, 97, 27, 61)
_GT_LANNISTER = "Lannister;Clegane;Marbrand;Lefford;Swyft;Payne;Crakehall;Brax;Lydden;Serrett;Westerling;Prester"
_GT_STARK = "Stark;Karstark;Umber;Manderly;Glover;Mormont;Cassel;Poole;Reed;Tallhart;Flint;Cerwyn;Hornwood"
_GT_BARATHEON = "Baratheon;Seaworth;Florent;Estermont;Tarth;Penrose;Errol;Fell;Caron;Swann;Dondarrion"
_GT_GREYJOY = "Greyjoy;Harlaw;Goodbrother;Drumm;Sparr;Botley;Volmark;Stonehouse;Blacktyde;Merlyn;Saltcliffe"
_GT_ARRYN = "Arryn;Royce;Waynwood;Redfort;Corbray;Templeton;Hunter;Belmore;Grafton;Egen"
_GT_TULLY = "Tully;Blackwood;Bracken;Mallister;Frey;Mooton;Piper;Vance;Darry;Smallwood;Charlton"
_GT_TARGARYEN = "Targaryen;Velaryon;Celtigar;Selmy;Connington;Darklyn;Mopatis;Qoherys"
_GT_MARTELL = "Martell;Dayne;Yronwood;Sand;Uller;Allyrion;Toland;Dalt;Qorgyle;Manwoody"
_GT_TYRELL = "Tyrell;Hightower;Redwyne;Tarly;Rowan;Oakheart;Fossoway;Crane;Ashford;Cuy"
_GT_LOWBORN = "Snow;Rivers;Hill;Sand;Flowers;Waters;Stone;Storm;Pyke"
# allegiance: characters, deaths, chance of a noble, chance of a man, family names ("" for none)
_GT_HOUSES: dict[str, tuple[int, int, float, float, str]] = {
    "None": (236, 50, 0.2, 0.8, ""),
    "Night's Watch": (116, 58, 0.15, 1.0, ""),
    "Lannister": (81, 23, 0.45, 0.8, _GT_LANNISTER),
    "Stark": (72, 26, 0.45, 0.8, _GT_STARK),
    "Wildling": (68, 36, 0.02, 0.75, ""),
    "Baratheon": (56, 18, 0.5, 0.85, _GT_BARATHEON),
    "Greyjoy": (51, 15, 0.4, 0.85, _GT_GREYJOY),
    "House Stark": (35, 10, 0.7, 0.75, _GT_STARK),
    "House Greyjoy": (24, 6, 0.75, 0.85, _GT_GREYJOY),
    "Arryn": (23, 8, 0.5, 0.8, _GT_ARRYN),
    "Tully": (22, 7, 0.5, 0.8, _GT_TULLY),
    "House Lannister": (21, 6, 0.75, 0.75, _GT_LANNISTER),
    "House Targaryen": (19, 8, 0.7, 0.7, _GT_TARGARYEN),
    "Targaryen": (17, 9, 0.4, 0.75, _GT_TARGARYEN),
    "House Baratheon": (15, 6, 0.75, 0.8, _GT_BARATHEON),
    "Martell": (12, 5, 0.5, 0.7, _GT_MARTELL),
    "House Martell": (12, 4, 0.75, 0.65, _GT_MARTELL),
    "Tyrell": (11, 4, 0.5, 0.75, _GT_TYRELL),
    "House Tyrell": (11, 3, 0.75, 0.7, _GT_TYRELL),
    "House Tully": (8, 3, 0.75, 0.75, _GT_TULLY),
    "House Arryn": (7, 2, 0.75, 0.8, _GT_ARRYN),
}
_GT_MEN = _split(
    "Addam;Aegon;Alliser;Alyn;Arthur;Benjen;Beric;Bowen;Brynden;Cley;Cotter;Dareon;Davos;Denys;Donal;Dywen;Edric;"
    "Elmar;Emmon;Garlan;Gerold;Gregor;Gyles;Harwin;Hoster;Hugh;Jory;Jaremy;Jonos;Karyl;Kevan;Lancel;Loras;Lothar;"
    "Luwin;Mace;Marq;Meryn;Morgan;Orton;Osmund;Owen;Perwyn;Quentyn;Rickard;Rodrik;Rolph;Ryman;Symon;Tytos;Ulmer;"
    "Vardis;Walder;Wendel;Willem;Wylis;Yoren;Alester;Boros;Clarence;Damon;Emmett;Garth;Harys;Jon;Lyle;Mychel;Tion"
)
_GT_WOMEN = _split(
    "Alys;Alysane;Asha;Barbrey;Bella;Cerenna;Dacey;Elia;Ellaria;Genna;Gilly;Jeyne;Lollys;Lyanna;Margaery;Meera;Mya;"
    "Myranda;Obara;Osha;Roslin;Shae;Shireen;Taena;Wylla;Ysilla;Alerie;Amerei;Bethany;Falia;Leona;Sarella"
)
_GT_FREEFOLK = _split(
    "Rattleshirt;Varamyr;Styr;Harma;Orell;Ragwyle;Dalla;Jarl;Borroq;Sigorn;Morna;Halleck;Grigg;Del;Errok;Frenya;"
    "Bodger;Gerrick;Howd;Soren;Toregg;Ygon;Alfyn;Dormund;Ryk;Brogg;Hali;Munda;Tumberjon;Emmett"
)
_GT_EPITHETS = _split("the Goat;the Old;Longspear;Redbeard;One-Eye;Shieldbreaker;the Lame;Crowkiller;the Red")
# Name|Allegiances|Death Year|Book of Death|Death Chapter|Book Intro Chapter|Gender|Nobility|GoT..DwD
_GT_KNOWN = _fields(
    "Eddard Stark|House Stark|299|1|65|2|1|1|10000;Robb Stark|House Stark|299|3|51|1|1|1|11100;"
    "Catelyn Tully|House Stark|299|3|51|2|0|1|11100;Jon Snow|Night's Watch|300|5|69|1|1|1|11111;"
    "Tyrion Lannister|House Lannister||||4|1|1|11101;Arya Stark|House Stark||||2|0|1|11111;"
    "Sansa Stark|House Stark||||2|0|1|11110;Bran Stark|House Stark||||1|1|1|11101;"
    "Daenerys Targaryen|House Targaryen||||3|0|1|11101;Viserys Targaryen|House Targaryen|298|1|46|3|1|1|10000;"
    "Drogo|Targaryen|298|1|69|11|1|1|10000;Joffrey Baratheon|House Lannister|300|3|60|5|1|1|11100;"
    "Tywin Lannister|House Lannister|300|3|77|21|1|1|11100;Renly Baratheon|House Baratheon|299|2|33|15|1|1|11000;"
    "Stannis Baratheon|House Baratheon||||0|1|1|01111;Jeor Mormont|Night's Watch|299|3|33|24|1|1|11100;"
    "Ygritte|Wildling|300|3|55|5|0|0|01100;Oberyn Martell|House Martell|300|3|70|38|1|1|00100;"
    "Balon Greyjoy|House Greyjoy|299|3|62|11|1|1|01100;Samwell Tarly|Night's Watch||||26|1|1|11111;"
    "Hodor|House Stark||||4|1|0|11101;Theon Greyjoy|House Greyjoy||||1|1|1|11101;"
    "Cersei Lannister|House Lannister||||4|0|1|11111;Jaime Lannister|House Lannister||||5|1|1|11111;"
    "Brienne of Tarth|Baratheon||||22|0|1|01111;Petyr Baelish|None||||19|1|1|11110;"
    "Lysa Arryn|House Arryn|300|3|80|34|0|1|10100;Robert Baratheon|House Baratheon|298|1|47|4|1|1|10000"
)
# book of death: death years and their weights
_GT_YEARS = {1: "297:10;298:90", 2: "298:25;299:75", 3: "299:55;300:45", 4: "300:1", 5: "300:1"}


def _gt_name(rng: np.random.Generator, house: str, man: bool, families: str) -> str:
    first = str(_one(rng, _GT_MEN if man else _GT_WOMEN))
    if house == "Wildling":
        name = str(_one(rng, _GT_FREEFOLK))
        return name if rng.random() < 0.75 else f"{name} {_one(rng, _GT_EPITHETS)}"
    if not families:
        roll = rng.random()
        if roll < 0.35:
            return first
        if roll < 0.5:
            return f"{first} {_one(rng, _GT_EPITHETS)}"
        pool = _split(_GT_LOWBORN if roll < 0.75 else f"{_GT_STARK};{_GT_TULLY};{_GT_TYRELL}")
        return f"{first} {_one(rng, pool)}"
    return f"{first} {_one(rng, _split(families))}"


def _gt_namer(house: str, man: bool, families: str) -> Callable[[np.random.Generator], str]:
    return lambda r: _gt_name(r, house, man, families)


def _gt_flags(rng: np.random.Generator, book: int | None, noble: bool) -> list[int]:
    last = book or 5
    weights = [w if b <= last else 0.0 for b, w in enumerate([30, 22, 22, 12, 14], start=1)]
    first = int(_one(rng, [1, 2, 3, 4, 5], weights))
    stay = 0.62 if noble else 0.5
    flags = [0] * 5
    for b in range(first, last + 1):
        flags[b - 1] = int(b == first or (b == last and book is not None) or rng.random() < stay)
    return flags


def _got_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7706)
    known = [
        dict(zip(_GT_COLUMNS[:8], line[:8], strict=True)) | dict(zip(_GT_BOOKS, line[8], strict=True))
        for line in _GT_KNOWN
    ]
    used = {str(k["Name"]) for k in known}
    books_left = list(_GT_BOOK_DEATHS)
    for k in known:
        if k["Book of Death"]:
            books_left[int(k["Book of Death"]) - 1] -= 1
    rows: list[dict[str, Any]] = []
    for house, (total, deaths, noble_p, man_p, families) in _GT_HOUSES.items():
        mine = [k for k in known if k["Allegiances"] == house]
        m = total - len(mine)
        dead_left = deaths - sum(bool(k["Death Year"]) for k in mine)
        block: list[dict[str, Any]] = []
        for _ in range(m):
            man = rng.random() < man_p
            noble = rng.random() < noble_p
            name = _unique(rng, _gt_namer(house, man, families), used)
            block.append({"Name": name, "Allegiances": house, "Gender": int(man), "Nobility": int(noble)})
        weight = np.array([(0.75 if r["Nobility"] else 1.25) * (1.0 if r["Gender"] else 0.7) for r in block])
        for i in rng.choice(m, dead_left, replace=False, p=weight / weight.sum()):
            block[int(i)]["_dead"] = True
        rows += block
    books = [b for b, k in enumerate(books_left, start=1) for _ in range(k)]
    books = [books[int(i)] for i in rng.permutation(len(books))]
    dead_rows = [r for r in rows if r.get("_dead")]
    if len(dead_rows) != len(books):
        raise RuntimeError("the deaths by allegiance and by book disagree")
    for r, book in zip(dead_rows, books, strict=True):
        r |= {"Death Year": int(_draw(rng, _GT_YEARS[book])), "Book of Death": book}
        r["Death Chapter"] = int(rng.integers(0, 81))
    for r in rows:
        r |= dict(zip(_GT_BOOKS, _gt_flags(rng, r.get("Book of Death"), bool(r["Nobility"])), strict=True))
        r["Book Intro Chapter"] = int(rng.integers(0, 81))
    for k in known:
        rows.append({c: v if c in ("Name", "Allegiances") else (int(v) if v else None) for c, v in k.items()})
    frame = pd.DataFrame(rows).drop(columns="_dead")
    frame = frame.sort_values("Name", key=lambda s: s.str.lower(), kind="stable", ignore_index=True)
    for column in _GT_COLUMNS[2:]:
        frame[column] = frame[column].astype("Int64")
    dead = np.flatnonzero(frame["Death Year"].notna())
    frame.loc[rng.choice(dead, 3, replace=False), "Death Chapter"] = pd.NA
    frame.loc[rng.choice(len(frame), 12, replace=False), "Book Intro Chapter"] = pd.NA
    return frame[_GT_COLUMNS]


def _gt_book(value: Callable[[pd.DataFrame], Any]) -> Check:
    """A book of the series: "Book 3", "book #3", "Book of Death = 3.0", "the third book", "A Storm of Swords",
    "SoS"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        k = int(value(df))
        patterns = [
            rf"\bbook(?:\s+of\s+death)?\s*(?:#|no\.?|number)?\s*[:=]?\s*\**{k}(?:\.0)?(?![\d.]?\d)",
            rf"\b{_GT_ORDINALS[k - 1]}\s+book\b",
            re.escape(_GT_TITLES[k - 1].removeprefix("A ")),
        ]
        if any(re.search(p, answer, re.IGNORECASE) for p in patterns):
            return None
        return None if re.search(rf"\b{_GT_BOOKS[k - 1]}\b", answer) else f"missing book {k}"

    return check


def _gt_dead(d: pd.DataFrame) -> pd.Series:
    return d["Death Year"].notna() | d["Book of Death"].notna()


def _gt_deaths_by_book(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d["Book of Death"], errors="coerce").dropna().astype(int).value_counts()


def _gt_rates(d: pd.DataFrame) -> list[float]:
    by = _gt_dead(d).groupby(pd.to_numeric(d["Nobility"], errors="coerce")).mean()
    return [float(by[1]), float(by[0])]


def _gt_top_allegiance(merge: bool, skip_none: bool) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        names = _text(d["Allegiances"])
        names = names.str.removeprefix("House ") if merge else names
        dead = names[_gt_dead(d)]
        dead = dead[~dead.isin(["None", ""])] if skip_none else dead
        return str(dead.value_counts().idxmax())

    return top


def _gt_one_book(d: pd.DataFrame) -> pd.Series:
    return d[_GT_BOOKS].apply(pd.to_numeric, errors="coerce").sum(axis=1) == 1


_GT_ID = ("Name",)
_GT_DEATH = ("Death Year", "Book of Death", "Death Chapter")
_GOT_QS = [
    Q(
        "how many characters died?",
        _count(lambda d: float(_gt_dead(d).sum())),
        (*_GT_ID, *_GT_DEATH),
    ),
    Q(
        "which book had the most deaths, and how many?",
        both(
            _lead(_gt_book(lambda d: _gt_deaths_by_book(d).idxmax())),
            _count(lambda d: float(_gt_deaths_by_book(d).max())),
        ),
        (*_GT_ID, "Book of Death"),
    ),
    Q(
        "compare the death rate of nobles vs non-nobles",
        _shares(_gt_rates),
        (*_GT_ID, *_GT_DEATH, "Nobility"),
    ),
    Q(
        "which allegiance lost the most characters?",
        _lead(
            either(
                *(
                    _named(_gt_top_allegiance(m, s), {"Night's Watch": ("Nights Watch",)})
                    for m in (False, True)
                    for s in (False, True)
                )
            )
        ),
        (*_GT_ID, *_GT_DEATH, "Allegiances"),
    ),
    Q(
        "how many characters show up in only one book?",
        _count(lambda d: float(_gt_one_book(d).sum())),
        (*_GT_ID, *_GT_BOOKS),
    ),
    Q(
        "how many of those died?",
        _count(lambda d: float((_gt_one_book(d) & _gt_dead(d)).sum())),
        (*_GT_ID, *_GT_BOOKS, *_GT_DEATH),
    ),
]


# --- 7. Bigfoot sightings (BFRO reports via TidyTuesday 2022-09-13, bfro_reports_geocoded.csv) ------------------

_BF_COLUMNS = _split(
    "observed;location_details;county;state;season;title;latitude;longitude;date;number;classification;geohash;"
    "temperature_high;temperature_mid;temperature_low;dew_point;humidity;cloud_cover;moon_phase;precip_intensity;"
    "precip_probability;precip_type;pressure;summary;uv_index;visibility;wind_bearing;wind_speed"
)
_BF_WEATHER = _BF_COLUMNS[12:]
# state|latitude|longitude|share of reports|counties as "name:weight,..."
_BF_STATES = _fields(
    "Washington|47.4|-121.5|12.5|Pierce County:14,King County:10,Skamania County:8,Snohomish County:7,"
    "Lewis County:7,Yakima County:6,Clark County:5,Grays Harbor County:5,Cowlitz County:5,Mason County:5,"
    "Jefferson County:4,Whatcom County:4,Kittitas County:4,Okanogan County:3,Stevens County:3,Spokane County:3,"
    "Chelan County:3,Clallam County:3,Thurston County:3,Klickitat County:3;"
    "California|38.5|-121.5|9|Humboldt County:8,Siskiyou County:7,Trinity County:6,Del Norte County:5,"
    "Shasta County:5,San Bernardino County:4,Los Angeles County:3,El Dorado County:3,Tuolumne County:3,"
    "Tulare County:3,Mendocino County:3,Kern County:2,Riverside County:2,San Diego County:2;"
    "Ohio|40.3|-82.0|6|Washington County:6,Tuscarawas County:5,Guernsey County:5,Noble County:4,Coshocton County:4,"
    "Belmont County:4,Muskingum County:4,Portage County:4,Athens County:3,Perry County:3;"
    "Florida|28.8|-82.0|6|Marion County:5,Lake County:4,Polk County:5,Collier County:4,Highlands County:3,"
    "Okaloosa County:3,Santa Rosa County:3,Putnam County:3,Walton County:3;"
    "Pennsylvania|40.9|-77.8|5.8|Westmoreland County:6,Washington County:5,Fayette County:5,Indiana County:4,"
    "Somerset County:4,Clearfield County:4,Centre County:3,Elk County:3,Potter County:3;"
    "Illinois|40.0|-89.2|5.5|Pike County:4,Jackson County:4,Madison County:4,Adams County:3,Peoria County:3,"
    "Will County:3,Shelby County:3,Union County:3;"
    "Oregon|44.0|-122.5|5.5|Clackamas County:6,Lane County:5,Douglas County:5,Jackson County:4,Josephine County:4,"
    "Marion County:4,Linn County:3,Washington County:3,Columbia County:3;"
    "Michigan|44.3|-85.4|5|Marquette County:4,Newaygo County:4,Lake County:4,Mecosta County:3,Allegan County:3,"
    "Oakland County:3,Houghton County:3,Iosco County:3;"
    "Texas|31.0|-95.0|5|Harrison County:5,Cass County:4,Marion County:4,Tyler County:3,Polk County:3,"
    "Jasper County:3,San Jacinto County:3,Liberty County:3;"
    "New York|42.9|-75.0|4|Sullivan County:4,Delaware County:4,St. Lawrence County:4,Essex County:3,"
    "Washington County:3,Allegany County:3,Chautauqua County:3;"
    "Kentucky|37.6|-84.8|3|Pike County:3,Boyd County:3,Harlan County:3,Letcher County:3,Whitley County:2,"
    "Laurel County:2;"
    "Colorado|39.0|-105.5|2.7|El Paso County:3,Teller County:3,Park County:3,Clear Creek County:2,"
    "Jefferson County:3,Grand County:2;"
    "Missouri|38.0|-92.5|2.6|Howell County:3,Wayne County:3,Carter County:3,Ozark County:2,Shannon County:2;"
    "Georgia|33.0|-83.7|2.6|Rabun County:3,Union County:3,Fannin County:3,Towns County:2,Habersham County:2;"
    "North Carolina|35.6|-79.8|2.4|Jackson County:3,Swain County:3,Macon County:3,Wilkes County:2,Avery County:2;"
    "Indiana|39.9|-86.3|2.3|Brown County:3,Monroe County:3,Lawrence County:3,Jackson County:2,Martin County:2;"
    "Arkansas|35.0|-92.4|2.2|Washington County:3,Garland County:3,Polk County:3,Pike County:2,Union County:2;"
    "Tennessee|35.9|-86.4|2.1|Sevier County:3,Blount County:3,Cumberland County:3,Polk County:2,Monroe County:2;"
    "Oklahoma|35.6|-96.9|2.1|McCurtain County:4,Le Flore County:3,Pushmataha County:3,Latimer County:2;"
    "West Virginia|38.6|-80.6|2.1|Randolph County:3,Pocahontas County:3,Nicholas County:3,Webster County:2,"
    "Braxton County:3;"
    "Alabama|32.8|-86.8|1.9|Walker County:3,Winston County:3,Tuscaloosa County:3,Baldwin County:2;"
    "Idaho|44.2|-114.7|1.8|Idaho County:3,Shoshone County:3,Bonner County:3,Boundary County:2,Clearwater County:2;"
    "Wisconsin|44.6|-89.9|1.7|Jackson County:3,Marinette County:3,Oneida County:3,Sawyer County:2,Vilas County:2;"
    "Virginia|37.5|-78.8|1.6|Augusta County:3,Rockingham County:3,Giles County:2,Bath County:2;"
    "Arizona|34.2|-111.7|1.6|Coconino County:4,Gila County:3,Navajo County:3,Apache County:3;"
    "Minnesota|46.3|-94.3|1.4|St. Louis County:4,Itasca County:3,Cass County:3,Beltrami County:3;"
    "Montana|47.0|-110.0|1.3|Flathead County:3,Lincoln County:3,Sanders County:3,Missoula County:3;"
    "New Jersey|40.2|-74.6|1.3|Sussex County:3,Passaic County:3,Warren County:3,Burlington County:3;"
    "Louisiana|31.0|-92.0|1.2|Rapides Parish:3,Vernon Parish:3,Natchitoches Parish:3,St. Tammany Parish:3;"
    "Utah|39.3|-111.7|1.2|Uintah County:3,Duchesne County:3,Box Elder County:3,Utah County:3;"
    "South Carolina|33.9|-80.9|1.1|Oconee County:3,Pickens County:3,Greenville County:3;"
    "Iowa|42.0|-93.5|1.0|Des Moines County:2,Washington County:2,Harrison County:2,Dubuque County:2;"
    "Mississippi|32.7|-89.7|1.0|Noxubee County:2,Winston County:2,Jackson County:2;"
    "New Mexico|34.5|-106.1|0.9|Rio Arriba County:3,Sandoval County:3,San Juan County:2;"
    "Maine|45.2|-69.2|0.8|Oxford County:3,Piscataquis County:3,Aroostook County:3;"
    "Alaska|61.4|-150.0|0.8|Matanuska-Susitna Borough:3,Kenai Peninsula Borough:3,Fairbanks North Star Borough:2;"
    "Maryland|39.0|-76.8|0.8|Frederick County:3,Garrett County:3,Allegany County:2;"
    "Kansas|38.5|-98.0|0.8|Cherokee County:2,Labette County:2,Montgomery County:2;"
    "Massachusetts|42.3|-71.8|0.7|Hampden County:2,Worcester County:3,Berkshire County:2;"
    "Vermont|44.0|-72.7|0.6|Windham County:2,Rutland County:2,Bennington County:2;"
    "Wyoming|43.0|-107.5|0.6|Sheridan County:2,Park County:2,Teton County:2;"
    "New Hampshire|43.7|-71.6|0.6|Coos County:2,Grafton County:2;"
    "Connecticut|41.6|-72.7|0.5|Litchfield County:2,Windham County:2;"
    "Nevada|39.3|-116.6|0.5|Washoe County:2,Elko County:2;"
    "Nebraska|41.5|-99.8|0.4|Dakota County:2,Sarpy County:2;"
    "South Dakota|44.4|-100.2|0.4|Pennington County:2,Lawrence County:2;"
    "North Dakota|47.5|-100.5|0.2|Rolette County:2;"
    "Delaware|39.0|-75.5|0.1|Sussex County:2;"
    "Rhode Island|41.7|-71.5|0.1|Washington County:2"
)
# reports with a date, by year
_BF_YEARS = (
    "1869:1;1921:1;1935:1;1942:2;1951:2;1955:3;1958:4;1960:4;1962:4;1964:5;1966:6;1967:7;1968:6;1969:7;"
    + ";".join(f"{y}:{w}" for y, w in zip(range(1970, 1990), [10, 11, 12, 12, 14, 15, 16, 16, 17, 17] * 2, strict=True))
    + ";1990:24;1991:26;1992:30;1993:34;1994:40;1995:48;1996:55;1997:62;1998:70;1999:80;2000:95;2001:104;"
    "2002:110;2003:113;2004:140;2005:124;2006:118;2007:106;2008:100;2009:93;2010:90;2011:88;2012:96;2013:80;"
    "2014:74;2015:70;2016:65;2017:60;2018:55;2019:50;2020:46;2021:24"
)
_BF_MONTHS = "1:4;2:3.5;3:4.5;4:5.5;5:7;6:10;7:13;8:13;9:10;10:11;11:9;12:4.5"
_BF_SEASON_OF = {12: "Winter", 1: "Winter", 2: "Winter", 3: "Spring", 4: "Spring", 5: "Spring", 6: "Summer"}
_BF_SEASON_OF |= {7: "Summer", 8: "Summer", 9: "Fall", 10: "Fall", 11: "Fall"}
_BF_UNDATED_SEASONS = "Summer:30;Fall:28;Spring:14;Winter:10;Unknown:18"
# season: typical high temperature (°F) and UV index
_BF_CLIMATE = {"Summer": (82.0, 8), "Spring": (63.0, 6), "Fall": (61.0, 4), "Winter": (41.0, 2)}
_BF_BASE32 = "0123456789bcdefghjkmnpqrstuvwxyz"
_BF_OPENINGS = _split(
    "My wife and I were driving home;I was deer hunting with my brother;While camping with friends;"
    "My son and I were fishing;I was walking my dog;We were coming back from a ball game;I was out scouting for elk;"
    "Around dusk, while hiking;My father and I were cutting firewood;I was bow hunting from a tree stand;"
    "Back in the summer of my senior year, a buddy and I were camping;I was delivering newspapers early in the morning"
)
_BF_PLACES = _split(
    "on a logging road;near the creek;along the ridge line;by the old quarry;on a county road;"
    "at the edge of a clear cut;in a swampy area;near a powerline cut;just off the highway;below the fire lookout"
)
_BF_EVENTS = _split(
    "when a large, dark figure crossed the road in front of us;when we heard a loud whoop from the ridge;"
    "when something started throwing rocks at our camp;when I smelled a terrible odor, like a wet dog;"
    "when I noticed a very tall, hair-covered figure watching me;when we found a line of huge footprints in the mud;"
    "when I heard wood knocks answering each other;when a scream unlike anything I have heard echoed across the valley"
)
_BF_DETAILS = _split(
    "It walked on two legs and was at least 7 feet tall.;The footprints were about 16 inches long.;"
    "It moved faster than any man could.;The hair was reddish brown and the arms hung past its knees.;"
    "My dog refused to leave the truck.;We left right away and never went back.;"
    'My brother said "that was no bear."; It was completely silent afterwards, no birds or insects.;'
    "I have hunted these woods for 30 years and never heard anything like it.;"
    "I didn't tell anyone for years because I didn't want to be laughed at."
)
_BF_ROADS = _split(
    "Forest Service Road 23;State Route 410;County Road 12;Highway 101;Old Mill Road;Route 7;FR 2800;"
    "a gravel road past the reservoir;the road up to the trailhead"
)
_BF_TITLES = _split(
    "Motorist has a daylight sighting;Hunters hear vocalizations;Campers have rocks thrown at them;"
    "Possible footprints found;Fisherman observes tall figure;Family hears wood knocks at night;"
    "Nighttime encounter with a large biped;Hiker smells strong odor and hears footsteps;"
    "Snowmobiler has encounter in deep snow;Teenagers see figure cross the road"
)


def _bf_geohash(lat: float, lon: float, k: int = 10) -> str:
    """The geohash of a point, `k` characters long."""
    box = [[-90.0, 90.0], [-180.0, 180.0]]
    out: list[str] = []
    code, bits, even = 0, 0, True
    while len(out) < k:
        axis, value = (1, lon) if even else (0, lat)
        mid = sum(box[axis]) / 2
        code = code * 2 + int(value >= mid)
        box[axis][0 if value >= mid else 1] = mid
        even, bits = not even, bits + 1
        if bits == 5:
            out.append(_BF_BASE32[code])
            code, bits = 0, 0
    return "".join(out)


def _bf_story(rng: np.random.Generator) -> str:
    first = f"{_one(rng, _BF_OPENINGS)} {_one(rng, _BF_PLACES)} {_one(rng, _BF_EVENTS)}."
    rest = " ".join(str(x).strip() for x in rng.choice(_BF_DETAILS, int(rng.integers(1, 4)), replace=False))
    return f"{first}\n\n{rest}" if rng.random() < 0.06 else f"{first} {rest}"


def _bf_where(rng: np.random.Generator) -> str:
    way = _one(rng, ["north", "south", "east", "west", "northeast", "southwest"])
    return f"About {int(rng.integers(1, 25))} miles {way} of town on {_one(rng, _BF_ROADS)}."


def _bf_weather(rng: np.random.Generator, season: str, lat: float) -> dict[str, Any]:
    typical, uv = _BF_CLIMATE[season]
    high = typical - 0.9 * (lat - 40) + float(rng.normal(0, 8))
    low = high - float(rng.uniform(10, 24))
    humidity = float(np.clip(rng.normal(0.7, 0.13), 0.15, 1.0))
    cloud = float(np.clip(rng.beta(1.3, 1.6) + 0.25 * (humidity - 0.7), 0, 1))
    chance = float(np.clip(rng.beta(0.6, 2.2) + 0.4 * (humidity - 0.7), 0, 1))
    wet = chance > 0.25 and rng.random() < chance
    intensity = float(rng.gamma(1.2, 0.01)) if wet else (float(rng.uniform(0, 0.002)) if rng.random() < 0.3 else 0.0)
    kind = ("snow" if low < 30 else "rain") if intensity > 0 else None
    if wet:
        summary = (
            "Light snow (< 1 in.) throughout the day."
            if kind == "snow"
            else str(_one(rng, ["Light rain in the morning.", "Rain throughout the day.", "Drizzle in the afternoon."]))
        )
    elif humidity > 0.9 and rng.random() < 0.5:
        summary = "Foggy in the morning."
    else:
        summary = ["Clear throughout the day.", "Partly cloudy throughout the day."][int(cloud > 0.2)]
        summary = "Mostly cloudy throughout the day." if cloud > 0.45 else summary
        summary = "Overcast throughout the day." if cloud > 0.75 else summary
    visibility = float(np.clip(10.5 - 11 * (humidity - 0.55) + rng.normal(0, 1.6), 0.3, 10))
    wind = float(rng.gamma(2.0, 2.2))
    return {
        "temperature_high": round(high, 2),
        "temperature_mid": round((high + low) / 2, 3),
        "temperature_low": round(low, 2),
        "dew_point": round((high + low) / 2 - (1 - humidity) * 45 + float(rng.normal(0, 2)), 2),
        "humidity": round(humidity, 2),
        "cloud_cover": round(cloud, 2) if rng.random() > 0.08 else None,
        "moon_phase": round(float(rng.uniform(0, 1)), 2),
        "precip_intensity": round(intensity, 4),
        "precip_probability": round(chance, 2),
        "precip_type": kind,
        "pressure": round(float(rng.normal(1016, 6)), 2) if rng.random() > 0.05 else None,
        "summary": summary,
        "uv_index": int(np.clip(uv + rng.integers(-2, 3) - 3 * (cloud > 0.75), 0, 11)) if rng.random() > 0.1 else None,
        "visibility": round(visibility, 2) if rng.random() > 0.12 else None,
        "wind_bearing": int(rng.integers(0, 360)) if wind > 0.3 else None,
        "wind_speed": round(wind, 2),
    }


def _bigfoot_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7707)
    n = 4000
    states = _deal(rng, ";".join(f"{s[0]}:{s[3]}" for s in _BF_STATES), n)
    places = {s[0]: s for s in _BF_STATES}
    spots: dict[tuple[str, str], tuple[float, float]] = {}
    counties: list[str] = [""] * n
    for state, (_s, y0, x0, _w, table) in places.items():
        mine = [i for i in range(n) if states[i] == state]
        for i, county in zip(mine, _deal(rng, table.replace(",", ";"), len(mine)), strict=True):
            counties[i] = county
        for county in _table(table.replace(",", ";"))[0]:
            spots[(state, county)] = (
                float(y0) + float(rng.uniform(-1.2, 1.2)),
                float(x0) + float(rng.uniform(-1.8, 1.8)),
            )
    dated = rng.random(n) < 0.8
    years = iter(int(y) for y in _deal(rng, _BF_YEARS, int(dated.sum())))
    classes = _deal(rng, "Class A:1976;Class B:2000;Class C:24", n)
    numbers = rng.choice(np.arange(60, 70000), n, replace=False)
    rows: list[dict[str, Any]] = []
    for i in range(n):
        state, county = states[i], counties[i]
        when: pd.Timestamp | None = None
        if dated[i]:
            month = int(_draw(rng, _BF_MONTHS))
            when = pd.Timestamp(next(years), month, 1) + pd.Timedelta(days=int(rng.integers(0, 28)))
            season = _BF_SEASON_OF[month]
        else:
            season = _draw(rng, _BF_UNDATED_SEASONS)
        lat: float | None = None
        lon: float | None = None
        if rng.random() > 0.18:
            y, x = spots[(state, county)]
            lat, lon = round(y + float(rng.normal(0, 0.15)), 5), round(x + float(rng.normal(0, 0.15)), 5)
        row: dict[str, Any] = {
            "observed": _bf_story(rng) if rng.random() > 0.02 else None,
            "location_details": _bf_where(rng) if rng.random() > 0.12 else None,
            "county": county,
            "state": state,
            "season": season,
            "title": f"Report {int(numbers[i])}: {_one(rng, _BF_TITLES)} in {county}" if rng.random() > 0.15 else None,
            "latitude": lat,
            "longitude": lon,
            "date": f"{when:%Y-%m-%d}" if when is not None else None,
            "number": int(numbers[i]),
            "classification": classes[i],
            "geohash": _bf_geohash(lat, lon) if lat is not None and lon is not None else None,
        }
        if when is not None and lat is not None:
            chance = 0.15 if when.year < 1970 else 0.55 if when.year < 1990 else 0.8 if when.year < 2000 else 0.92
            if rng.random() < chance and season in _BF_CLIMATE:
                row |= _bf_weather(rng, season, lat)
        rows.append(row)
    frame = pd.DataFrame(rows)
    for column in ("uv_index", "wind_bearing"):
        frame[column] = frame[column].astype("Int64")
    return frame.reindex(columns=_BF_COLUMNS)


def _bf_top_state(d: pd.DataFrame) -> str:
    return str(_text(d["state"]).value_counts().idxmax())


def _bf_top_county(d: pd.DataFrame) -> str:
    home = d[_text(d["state"]) == _bf_top_state(d)]
    return str(_text(home["county"]).value_counts().idxmax())


def _bf_summer(known_only: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        season = _text(d["season"])
        season = season[season != "Unknown"] if known_only else season
        return float((season == "Summer").mean())

    return share


_BF_COUNTIES = {c: (c.removesuffix(" County"),) for s in _BF_STATES for c in _table(s[4].replace(",", ";"))[0]}
_BF_ID = ("number", "title")
_BIGFOOT_QS = [
    Q(
        "which state has the most sightings?",
        _lead(_named(_bf_top_state)),
        (*_BF_ID, "state"),
    ),
    Q(
        "and which county in that state has the most?",
        _lead(_named(_bf_top_county, _BF_COUNTIES)),
        (*_BF_ID, "state", "county"),
    ),
    Q(
        "how many reports are there of each class?",
        _count(lambda d: _text(d["classification"]).value_counts()[["Class A", "Class B", "Class C"]].to_numpy()),
        (*_BF_ID, "classification"),
    ),
    Q(
        "plot the number of sightings per year, which year had the most?",
        _lead(_year(lambda d: float(pd.to_datetime(d["date"]).dt.year.value_counts().idxmax()))),
        (*_BF_ID, "date"),
    ),
    Q(
        "what percentage of reports happened in summer?",
        either(_share(_bf_summer(False)), _share(_bf_summer(True))),
        (*_BF_ID, "season", "date"),
    ),
    Q(
        "is humidity correlated with visibility?",
        _corr(lambda d: d["humidity"], lambda d: d["visibility"]),
        (*_BF_ID, "humidity", "visibility"),
    ),
]


HELDOUT77: list[Dataset] = [
    Dataset("credit_card_fraud_sparkov", _fraud_frame, _FRAUD_QS),
    Dataset("dataco_supply_chain", _dataco_frame, _DATACO_QS),
    Dataset("student_depression", _student_frame, _STUDENT_QS),
    Dataset("india_air_quality_city_day", _air_frame, _AIR_QS),
    Dataset("sp500_stocks_5yr", _stocks_frame, _STOCKS_QS),
    Dataset("got_character_deaths", _got_frame, _GOT_QS),
    Dataset("bigfoot_sightings", _bigfoot_frame, _BIGFOOT_QS),
]
