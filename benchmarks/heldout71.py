"""HELDOUT71: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public datasets an analyst is likely to bring along: Kaggle's
Chocolate Sales file (Chocolate Sales.csv, 1094 shipments from January to August 2022, in no order) with "Sales
Person" names, six countries written "UK", "USA", "India", "Australia", "Canada" and "New Zealand", 22 products
("85% Dark Bars", "Smooth Sliky Salty" as the file spells it), weekday dates written "04-Jan-22", Amount as text with
a dollar sign, thousands commas and a trailing space ("$5,320 ") and "Boxes Shipped"; the Bureau of Transportation
Statistics' Border Crossing Entry Data from data.gov (4780 rows for 23 ports from January 2022 to March 2024, newest
first) with "Port Name", full state names, "Port Code" numbers without their leading zero (901), "US-Canada Border"
/ "US-Mexico Border", Date written "Mar 2024", twelve kinds of Measure ("Trucks", "Truck Containers Loaded",
"Personal Vehicle Passengers", "Pedestrians", "Buses", "Rail Containers Empty", ...), Value counts, Latitude,
Longitude and a "POINT (-106.487 31.759)" Point, a few port-months missing and Canadian traffic still recovering
through 2022; Kaggle's Sleep Efficiency dataset (Sleep_Efficiency.csv, 452 subjects) with ID, Age, Male / Female,
Bedtime and "Wakeup time" written "2021-03-06 01:00:00" on the half hour, "Sleep duration" in hours, "Sleep
efficiency" as a fraction, REM / deep / light sleep percentages that add up to 100, Awakenings, caffeine (mg),
alcohol and exercise counts as floats with blanks in four columns and Yes / No "Smoking status"; TidyTuesday's Mario
Kart 64 world records (2021-05-25 records.csv, 2137 records over 16 tracks) with track names such as "D.K.'s Jungle
Parkway", "Single Lap" / "Three Lap", Yes / No shortcut, player handles, PAL / NTSC system_played, ISO dates from
February 1997 to May 2021, time_period as lubridate prints it ("5M 56.43S", "43.81S"), time in seconds and
record_duration in days until the record fell (or until 2021-06-03, 0 when beaten the same day); Kaggle's Water
Quality file (water_potability.csv, 3276 samples) with nine measurements at full float precision (ph, Hardness,
Solids, Chloramines, Sulfate, Conductivity, Organic_carbon, Trihalomethanes, Turbidity), ph, Sulfate and
Trihalomethanes blank for 491, 781 and 162 samples and a 0 / 1 Potability; Kaggle's Bike Buyers file
(bike_buyers.csv, 1000 customers) with five-digit IDs, M / S "Marital Status", F / M Gender, Income in whole tens of
thousands, Children, five Education levels ("Partial College", "Graduate Degree"), five Occupations ("Skilled
Manual"), Yes / No "Home Owner", Cars, "Commute Distance" bands from "0-1 Miles" to "10+ Miles", Europe / Pacific /
North America regions, Age and Yes / No "Purchased Bike", with a few blanks in seven columns so Income, Children,
Cars and Age read as floats; and FiveThirtyEight's Avengers file (avengers.csv, stretched to 326 members in order of
joining) with marvel.wikia.com URLs ending "_(Earth-616)", "Name/Alias" with middle names, quoted nicknames ('Henry
Jonathan "Hank" Pym'), bare aliases and three blanks, Appearances, YES / NO "Current?", MALE / FEMALE, the file's
"Probationary Introl" header (mostly blank), "Full/Reserve Avengers Intro" written "Sep-63" (some blank), Year with
one impossible 1900, "Years since joining" counted from 2015, Full / Honorary / Academy / Probationary in Honorary,
Death1-Death5 and Return1-Return5 as YES / NO filled only as far as each member's story goes, and Notes. All are
generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _lead, _named, _pct, _share, _shares, _split, _text, _year
from .heldout38 import _draw, _month
from .heldout39 import _clock, _fields
from .heldout40 import _number, _top_named
from .heldout41 import _any_named, _gaps
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, both, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import numbers_found as _found
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series, ascending: bool = False) -> str:
    """The best label of a score table (ties in label order)."""
    return str(_ranked(scores, ascending).index[0])


_MINUTES = re.compile(r"(\d+)\s*(?:minutes?|mins?|m|:|')(?![a-z])\s*(\d{1,2}(?:\.\d+)?)", re.IGNORECASE)


def _race_time(value: Callable[[pd.DataFrame], float]) -> Check:
    """A race time in seconds, written in seconds ("356.43") or in minutes and seconds ("5:56.43", "5M 56.43S",
    "5 min 56.43 s"), to a tenth of a second."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = float(value(df))
        if any(abs(f - want) <= 0.051 for f in _found(answer)):
            return None
        for m in _MINUTES.finditer(answer):
            if abs(60 * int(m.group(1)) + float(m.group(2)) - want) <= 0.051:
                return None
        return f"missing time {want:.2f}"

    return check


# --- 1. Chocolate sales (Kaggle "Chocolate Sales", Chocolate Sales.csv) --------------------------------------------

_CS_PEOPLE = _split(
    "Jehu Rudeforth;Van Tuxwell;Gigi Bohling;Jan Morforth;Oby Sorrel;Gunar Cockshoot;Brien Boise;"
    "Rafaelita Blaksland;Barr Faughny;Mallorie Waber;Karlen McCaffrey;Marney O'Breen;Beverie Moffet;Roddy Speechley;"
    "Curtice Advani;Kaine Padly;Ches Bonnell;Dotty Strutley;Camilla Castle;Madelene Upcott;Dennison Crosswaite;"
    "Kelci Walkden;Andria Kimpton;Husein Augar;Wilone O'Kielt"
)
_CS_COUNTRIES = "Australia:205;India:184;USA:179;UK:178;Canada:175;New Zealand:173"
_CS_PRODUCTS = _split(
    "Mint Chip Choco;85% Dark Bars;Peanut Butter Cubes;Smooth Sliky Salty;99% Dark & Pure;After Nines;"
    "50% Dark Bites;Orange Choco;Eclairs;Drinking Coco;Organic Choco Syrup;Milk Bars;Spicy Special Slims;"
    "Fruit & Nut Bars;White Choc;Manuka Honey Choco;Almond Choco;Raspberry Choco;Choco Coated Almonds;"
    "Baker's Choco Chips;Caramel Stuffed Bars;70% Dark Bites"
)
# month of 2022: shipments in it, how much bigger its orders run
_CS_MONTHS = {1: (162, 1.06), 2: (145, 0.97), 3: (139, 0.93), 4: (134, 0.95), 5: (138, 1.02), 6: (136, 1.04)}
_CS_MONTHS |= {7: (135, 1.08), 8: (105, 0.86)}


def _chocolate_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7101)
    reach = rng.lognormal(0, 0.25, len(_CS_PEOPLE))
    size = rng.lognormal(0, 0.12, len(_CS_PEOPLE))
    rows: list[dict[str, Any]] = []
    for month, (orders, lift) in _CS_MONTHS.items():
        start = pd.Timestamp(2022, month, 1)
        days = pd.bdate_range(start, start + pd.offsets.MonthEnd(0))
        for _ in range(orders):
            k = int(_one(rng, list(range(len(_CS_PEOPLE))), list(reach)))
            day = days[int(rng.integers(len(days)))]
            boxes = int(np.clip(round(rng.gamma(1.4, 115)), 1, 709))
            amount = float(rng.gamma(1.7, 3300)) * size[k] * lift * (boxes / 160) ** 0.03
            cents = int(np.clip(7 * round(amount / 7), 7, 22050))
            rows.append(
                {
                    "Sales Person": _CS_PEOPLE[k],
                    "Country": _draw(rng, _CS_COUNTRIES),
                    "Product": str(_one(rng, _CS_PRODUCTS)),
                    "Date": f"{day:%d-%b-%y}",
                    "Amount": f"${cents:,} ",
                    "Boxes Shipped": boxes,
                }
            )
    frame = pd.DataFrame(rows)
    return frame.iloc[rng.permutation(len(frame))].reset_index(drop=True)


def _cs_amount(d: pd.DataFrame) -> pd.Series:
    return _number(d["Amount"])


def _cs_people(d: pd.DataFrame) -> pd.Series:
    return _ranked(_cs_amount(d).groupby(_text(d["Sales Person"])).sum())


def _cs_best_month(d: pd.DataFrame) -> pd.Timestamp:
    month = pd.to_datetime(_text(d["Date"]), format="%d-%b-%y").dt.to_period("M")
    return pd.Period(_cs_amount(d).groupby(month).sum().idxmax()).to_timestamp()


def _cs_country_share(country: str) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        amount = _cs_amount(d)
        return float(amount[_text(d["Country"]) == country].sum() / amount.sum())

    return share


_CHOCOLATE_QS = [
    Q(
        "whats the total sales amount?",
        _scaled(lambda d: float(_cs_amount(d).sum()), (1e3, 1e6)),
        ("Amount",),
    ),
    Q(
        "top 3 sales people by revenue",
        _top_named(_cs_people, 3),
        ("Sales Person", "Amount"),
    ),
    Q(
        "show me sales by month. which month was the best?",
        _lead(_month(_cs_best_month)),
        ("Date", "Amount"),
    ),
    Q(
        "what % of revenue came from india",
        _share(_cs_country_share("India")),
        ("Country", "Amount"),
    ),
    Q(
        "how many shipments had fewer than 50 boxes?",
        _count(lambda d: float((d["Boxes Shipped"] < 50).sum())),
        ("Boxes Shipped",),
    ),
    Q(
        "and what was the avg amount for those?",
        _scaled(lambda d: float(_cs_amount(d)[d["Boxes Shipped"] < 50].mean()), (1e3,)),
        ("Boxes Shipped", "Amount"),
    ),
]


# --- 2. Border crossings (data.gov / BTS "Border Crossing Entry Data") ---------------------------------------------

_MX = "US-Mexico Border"
_CA = "US-Canada Border"
# port|state|code|border (M / C)|latitude|longitude|personal traffic|freight|pedestrians (scales)|rail (1 / 0)
_BX_PORTS = _fields(
    "San Ysidro|California|2504|M|32.542|-117.030|3.0|0|1.0|0;"
    "Otay Mesa|California|2506|M|32.573|-116.938|1.0|3.2|0.5|0;"
    "Calexico East|California|2507|M|32.674|-115.388|0.9|1.2|0.05|0;"
    "Nogales|Arizona|2604|M|31.334|-110.943|0.8|1.4|0.6|1;"
    "Douglas|Arizona|2601|M|31.335|-109.560|0.45|0.15|0.1|0;"
    "San Luis|Arizona|2608|M|32.485|-114.782|0.6|0.2|0.7|0;"
    "Santa Teresa|New Mexico|2408|M|31.784|-106.680|0.2|0.6|0|0;"
    "El Paso|Texas|2402|M|31.759|-106.487|2.4|2.6|1.3|1;"
    "Laredo|Texas|2304|M|27.500|-99.508|1.3|6.5|0.7|1;"
    "Hidalgo|Texas|2305|M|26.100|-98.263|1.2|1.4|0.4|0;"
    "Brownsville|Texas|2301|M|25.902|-97.498|0.9|0.7|0.6|1;"
    "Eagle Pass|Texas|2303|M|28.709|-100.500|0.6|0.7|0.15|1;"
    "Detroit|Michigan|3801|C|42.333|-83.047|1.6|1.4|0.05|1;"
    "Buffalo Niagara Falls|New York|901|C|43.091|-79.057|1.8|1.3|0.4|1;"
    "Port Huron|Michigan|3802|C|42.998|-82.424|0.6|1.0|0|1;"
    "Blaine|Washington|3004|C|49.002|-122.757|1.7|0.6|0.1|1;"
    "Champlain Rouses Point|New York|712|C|45.009|-73.454|0.5|0.5|0|0;"
    "Sweetgrass|Montana|3310|C|48.998|-111.959|0.15|0.3|0|0;"
    "Pembina|North Dakota|3401|C|48.999|-97.238|0.15|0.3|0|0;"
    "Calais|Maine|115|C|45.189|-67.279|0.35|0.1|0.05|0;"
    "Sault Sainte Marie|Michigan|3803|C|46.510|-84.361|0.25|0.08|0|0;"
    "International Falls-Ranier|Minnesota|3604|C|48.608|-93.401|0.12|0.08|0.01|0;"
    "Alexandria Bay|New York|708|C|44.347|-75.984|0.3|0.25|0|0"
)
# measure: monthly crossings at a scale of 1, what drives it (personal traffic, freight, pedestrians)
_BX_MEASURES: dict[str, tuple[float, str]] = {
    "Personal Vehicles": (160_000, "p"),
    "Personal Vehicle Passengers": (265_000, "p"),
    "Buses": (450, "p"),
    "Bus Passengers": (8_000, "p"),
    "Pedestrians": (220_000, "w"),
    "Trucks": (30_000, "t"),
    "Truck Containers Loaded": (22_000, "t"),
    "Truck Containers Empty": (7_500, "t"),
    "Trains": (80, "t"),
    "Train Passengers": (900, "p"),
    "Rail Containers Loaded": (3_500, "t"),
    "Rail Containers Empty": (1_600, "t"),
}


def _bx_measures(canada: bool, p: float, t: float, w: float, rail: bool) -> list[str]:
    out = []
    if p > 0:
        out += ["Personal Vehicles", "Personal Vehicle Passengers"] + (["Buses", "Bus Passengers"] * (p >= 0.8))
    if w > 0:
        out.append("Pedestrians")
    if t > 0:
        out += ["Trucks", "Truck Containers Loaded", "Truck Containers Empty"]
    if rail:
        out += ["Trains", "Rail Containers Loaded", "Rail Containers Empty"] + ["Train Passengers"] * canada
    return out


def _bx_season(canada: bool, driver: str, month: pd.Timestamp) -> float:
    """How busy a month is against a normal one: Canada's traffic still recovering through 2022 and peaking in
    August, Mexico's peaking in December, freight growing slowly and dipping at Christmas."""
    m, y = month.month, month.year
    if driver == "t":
        wave = 1 + 0.05 * float(np.cos(2 * np.pi * (m - 10) / 12))
        return (1.0, 1.03, 1.05)[y - 2022] * wave * (0.92 if m == 12 else 1)
    if canada:
        ramp = 0.55 + 0.03 * m if y == 2022 else (0.95 + 0.004 * m if y == 2023 else 1.0)
        return ramp * (1 + 0.35 * float(np.cos(2 * np.pi * (m - 8) / 12))) * (1.06 if m == 8 else 1)
    return (0.92, 1.0, 1.02)[y - 2022] * (1 + 0.08 * float(np.cos(2 * np.pi * (m - 12) / 12)))


def _border_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7102)
    months = pd.date_range("2022-01-01", "2024-03-01", freq="MS")
    rows: list[dict[str, Any]] = []
    for name, state, code, side, lat, lon, p, t, w, rail in _BX_PORTS:
        canada = side == "C"
        scales = {"p": float(p), "t": float(t), "w": float(w)}
        for measure in _bx_measures(canada, float(p), float(t), float(w), rail == "1"):
            base, driver = _BX_MEASURES[measure]
            level = base * scales[driver] * float(rng.lognormal(0, 0.15))
            for month in months:
                if rng.random() < 0.02:
                    continue
                value = level * _bx_season(canada, driver, month) * float(rng.lognormal(0, 0.06))
                rows.append(
                    {
                        "Port Name": name,
                        "State": state,
                        "Port Code": int(code),
                        "Border": _CA if canada else _MX,
                        "Date": f"{month:%b %Y}",
                        "Measure": measure,
                        "Value": round(value),
                        "Latitude": float(lat),
                        "Longitude": float(lon),
                        "Point": f"POINT ({float(lon)} {float(lat)})",
                        "_month": month,
                    }
                )
    frame = pd.DataFrame(rows)
    frame = frame.iloc[rng.permutation(len(frame))].sort_values("_month", ascending=False, kind="stable")
    return frame.drop(columns="_month").reset_index(drop=True)


def _bx(d: pd.DataFrame, measure: str) -> pd.DataFrame:
    rows = d[_text(d["Measure"]) == measure]
    return rows.assign(_month=pd.to_datetime(_text(rows["Date"]), format="%b %Y"))


def _bx_year(measure: str, year: int) -> Callable[[pd.DataFrame], float]:
    def total(d: pd.DataFrame) -> float:
        rows = _bx(d, measure)
        return float(rows.loc[rows["_month"].dt.year == year, "Value"].sum())

    return total


def _bx_borders(d: pd.DataFrame) -> list[float]:
    rows = _bx(d, "Personal Vehicle Passengers")
    by = rows.groupby(_text(rows["Border"]))["Value"].sum()
    return [float(by[_CA]), float(by[_MX])]


def _bx_peak(measure: str) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def peak(d: pd.DataFrame) -> pd.Timestamp:
        rows = _bx(d, measure)
        rows = rows[_text(rows["Border"]) == _CA]
        return pd.Timestamp(rows.groupby("_month")["Value"].sum().idxmax())

    return peak


def _bx_truck_share(d: pd.DataFrame) -> float:
    rows = _bx(d, "Trucks")
    return float(rows.loc[_text(rows["Port Name"]) == "Laredo", "Value"].sum() / rows["Value"].sum())


_BX_ID = ("Date", "Measure", "Value")
_BX_PORT = ("Port Name", "Port Code")
_BORDER_QS = [
    Q(
        "how many pedestrians crossed in 2023 in total?",
        _scaled(_bx_year("Pedestrians", 2023), (1e3, 1e6)),
        _BX_ID,
    ),
    Q(
        "and in 2022? how much did it change",
        both(
            _scaled(_bx_year("Pedestrians", 2022), (1e3, 1e6)),
            either(
                _pct(lambda d: _bx_year("Pedestrians", 2023)(d) / _bx_year("Pedestrians", 2022)(d) - 1),
                _pct(lambda d: _bx_year("Pedestrians", 2022)(d) / _bx_year("Pedestrians", 2023)(d) - 1),
                _scaled(lambda d: _bx_year("Pedestrians", 2023)(d) - _bx_year("Pedestrians", 2022)(d), (1e3, 1e6)),
            ),
        ),
        _BX_ID,
    ),
    Q(
        "which port has the most truck crossings?",
        _lead(_named(lambda d: _top(_bx(d, "Trucks").groupby(_text(d["Port Name"]))["Value"].sum()))),
        (*_BX_ID, *_BX_PORT),
    ),
    Q(
        "compare personal vehicle passengers at the canada border vs the mexico border",
        _scaled(_bx_borders, (1e3, 1e6)),
        (*_BX_ID, "Border"),
    ),
    Q(
        "plot personal vehicles per month on the canadian border - when was the peak?",
        _lead(either(_month_year(_bx_peak("Personal Vehicles")), _month_year(_bx_peak("Personal Vehicle Passengers")))),
        (*_BX_ID, "Border"),
    ),
    Q(
        "what share of all truck crossings went through laredo?",
        _share(_bx_truck_share),
        (*_BX_ID, *_BX_PORT),
    ),
]


# --- 3. Sleep efficiency (Kaggle "Sleep Efficiency Dataset", Sleep_Efficiency.csv) --------------------------------

_SE_BEDTIMES = "21:00:10;21:30:6;22:00:22;22:30:9;23:00:15;23:30:5;00:00:14;00:30:6;01:00:10;01:30:3;02:00:3;02:30:3"
_SE_HOURS = "5:3;5.5:2;6:11;6.5:6;7:24;7.5:17;8:21;8.5:6;9:8;10:2"
# column: rows without a value
_SE_GAPS = {"Awakenings": 20, "Caffeine consumption": 25, "Alcohol consumption": 14, "Exercise frequency": 6}


def _sleep_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7103)
    rows: list[dict[str, Any]] = []
    for i in range(452):
        smoker = rng.random() < 0.34
        alcohol = float(_draw(rng, "0:55;1:13;2:9;3:10;4:7;5:6"))
        exercise = float(_draw(rng, "0:26;1:21;2:13;3:29;4:6;5:5"))
        awake = float(_draw(rng, "0:15;1:34;2:13;3:20;4:18"))
        clock = _draw(rng, _SE_BEDTIMES)
        day = pd.Timestamp("2021-01-01") + pd.Timedelta(days=int(rng.integers(0, 365)))
        bed = day + pd.Timedelta(hours=int(clock[:2]), minutes=int(clock[3:]))
        hours = float(_draw(rng, _SE_HOURS))
        rem = int(np.clip(round(rng.normal(22.6, 3.5)), 15, 30))
        deep = rng.normal(63, 7) if rng.random() < 0.7 else rng.normal(27, 5)
        deep = int(np.clip(round(deep - 1.5 * alcohol - 3 * smoker), 18, 75))
        light = 100 - rem - deep
        if light < 7:
            deep, light = deep - (7 - light), 7
        score = 0.905 - 0.035 * awake - 0.016 * alcohol - 0.045 * smoker + 0.0018 * (deep - 50) + 0.006 * exercise
        rows.append(
            {
                "ID": i + 1,
                "Age": int(np.clip(round(rng.normal(40.9, 13.2)), 9, 69)),
                "Gender": "Male" if rng.random() < 0.5 else "Female",
                "Bedtime": f"{bed:%Y-%m-%d %H:%M:%S}",
                "Wakeup time": f"{bed + pd.Timedelta(hours=hours):%Y-%m-%d %H:%M:%S}",
                "Sleep duration": hours,
                "Sleep efficiency": round(float(np.clip(score + rng.normal(0, 0.045), 0.5, 0.99)), 2),
                "REM sleep percentage": rem,
                "Deep sleep percentage": deep,
                "Light sleep percentage": light,
                "Awakenings": awake,
                "Caffeine consumption": float(_draw(rng, "0:45;25:11;50:26;75:11;100:4;200:3")),
                "Alcohol consumption": alcohol,
                "Smoking status": "Yes" if smoker else "No",
                "Exercise frequency": exercise,
            }
        )
    frame = pd.DataFrame(rows)
    for column, k in _SE_GAPS.items():
        frame.loc[rng.choice(len(frame), k, replace=False), column] = np.nan
    return frame


def _se_smokers(women_only: bool) -> Callable[[pd.DataFrame], list[float]]:
    def means(d: pd.DataFrame) -> list[float]:
        if women_only:
            d = d[_text(d["Gender"]) == "Female"]
        by = d.groupby(_text(d["Smoking status"]))["Sleep efficiency"].mean()
        return [float(by["Yes"]), float(by["No"])]

    return means


def _se_bedtime(d: pd.DataFrame) -> int:
    clock = pd.to_datetime(_text(d["Bedtime"])).dt.strftime("%H:%M")
    return int(_top(clock.value_counts())[:2])


_SE_ID = ("ID",)
_SLEEP_QS = [
    Q(
        "avg sleep efficiency for smokers vs non-smokers?",
        _shares(_se_smokers(False)),
        (*_SE_ID, "Sleep efficiency", "Smoking status"),
    ),
    Q(
        "and for women only?",
        _shares(_se_smokers(True)),
        (*_SE_ID, "Sleep efficiency", "Smoking status", "Gender"),
    ),
    Q(
        "how many people woke up 3 or more times in the night",
        _count(lambda d: float((d["Awakenings"] >= 3).sum())),
        (*_SE_ID, "Awakenings"),
    ),
    Q(
        "what percentage of people sleep less than 7 hours?",
        _share(lambda d: float((d["Sleep duration"] < 7).mean())),
        (*_SE_ID, "Sleep duration", "Bedtime", "Wakeup time"),
    ),
    Q(
        "does alcohol consumption affect sleep efficiency? whats the corelation",
        _corr(lambda d: d["Alcohol consumption"], lambda d: d["Sleep efficiency"]),
        (*_SE_ID, "Alcohol consumption", "Sleep efficiency"),
    ),
    Q(
        "what's the most common bedtime?",
        _lead(_clock(_se_bedtime)),
        (*_SE_ID, "Bedtime"),
    ),
]


# --- 4. Mario Kart 64 world records (TidyTuesday 2021-05-25, records.csv) -----------------------------------------

# track|three-lap record without the shortcut|single-lap record|three-lap record with it (seconds; blank: none)
_MK_TRACKS = _fields(
    "Luigi Raceway|112.54|36.93|73.02;Moo Moo Farm|85.23|27.61|;Koopa Troopa Beach|95.41|30.12|;"
    "Kalimari Desert|123.62|40.38|111.04;Toad's Turnpike|177.18|58.42|;Frappe Snowland|118.47|38.15|23.61;"
    "Choco Mountain|115.26|37.44|55.19;Mario Raceway|87.51|28.06|58.33;Wario Stadium|253.71|84.22|14.59;"
    "Sherbet Land|111.86|36.48|;Royal Raceway|158.97|52.43|118.92;Bowser's Castle|131.79|43.07|;"
    "D.K.'s Jungle Parkway|131.22|42.51|21.35;Yoshi Valley|102.04|32.91|31.47;Banshee Boardwalk|124.66|40.63|;"
    "Rainbow Road|356.43|117.82|"
)
# era (first year): players and their weights
_MK_ERAS = {
    1997: "Dan:16;MR:14;Lacey:12;Booth:10;Beckwith:9;Jonathan:8;Terry:7;Kyle:6;Karlo:5;Zwartjes:4",
    2003: "Zwartjes:20;MJ:18;Daniel:12;Alex:10;Sami:10;Matthias:8;VAJ:8;Karlo:6;MR:4",
    2013: "Penev:46;abney317:12;MJ:10;Weston:8;Thiago:6;Sweet:6;iMathII:5;Dan R.:4;Rickard:3",
}
_MK_SYSTEMS = {p: "PAL" for p in _split("Penev;MJ;Zwartjes;Karlo;Daniel;Sami;Matthias;Sweet;Rickard")}
_MK_YEARS = "1997:18;1998:11;1999:7;2000:4;2001:2;2002:2;2003:2;2004:2;2005:2;2006:2;2007:2;2008:2;2009:2;2010:2.5;"
_MK_YEARS += "2011:2.5;2012:2.5;2013:2.5;2014:2.5;2015:2.5;2016:2.5;2017:2.5;2018:3;2019:4;2020:6;2021:2"
_MK_END = pd.Timestamp("2021-06-03")


def _mk_period(seconds: float) -> str:
    """A time as lubridate prints a period: "2M 12.99S", "58.3S"."""
    minutes, rest = int(seconds // 60), round(seconds - 60 * int(seconds // 60), 2)
    text = f"{rest:.2f}".rstrip("0").rstrip(".") + "S"
    return f"{minutes}M {text}" if minutes else text


def _mk_day(rng: np.random.Generator) -> pd.Timestamp:
    year = int(_draw(rng, _MK_YEARS))
    first = pd.Timestamp("1997-02-15") if year == 1997 else pd.Timestamp(year, 1, 1)
    last = pd.Timestamp("2021-05-31") if year == 2021 else pd.Timestamp(year, 12, 31)
    return first + pd.Timedelta(days=int(rng.integers(0, (last - first).days + 1)))


def _mk_series(rng: np.random.Generator, track: str, kind: str, shortcut: bool, best: float) -> list[dict[str, Any]]:
    n = int(rng.integers(30, 72))
    first = best * (1 + (float(rng.uniform(0.25, 0.6)) if shortcut else float(rng.uniform(0.04, 0.1))))
    raw = rng.exponential(1.0, n - 1) * np.exp(-3.0 * np.arange(n - 1) / (n - 1))
    times = np.round(first - np.concatenate([[0.0], np.cumsum(raw / raw.sum() * (first - best))]), 2)
    for i in range(1, n):
        times[i] = min(times[i], round(times[i - 1] - 0.01, 2))
    days = sorted(_mk_day(rng) for _ in range(n))
    rows: list[dict[str, Any]] = []
    holder = ""
    for i, (day, seconds) in enumerate(zip(days, times, strict=True)):
        if not holder or rng.random() > 0.45:
            era = max(y for y in _MK_ERAS if y <= day.year)
            holder = _draw(rng, _MK_ERAS[era])
        until = days[i + 1] if i + 1 < n else _MK_END
        rows.append(
            {
                "track": track,
                "type": kind,
                "shortcut": "Yes" if shortcut else "No",
                "player": holder,
                "system_played": _MK_SYSTEMS.get(holder, "NTSC"),
                "date": f"{day:%Y-%m-%d}",
                "time_period": _mk_period(float(seconds)),
                "time": float(seconds),
                "record_duration": int((until - day).days),
            }
        )
    return rows


def _mario_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7104)
    rows: list[dict[str, Any]] = []
    for track, three, single, cut in _MK_TRACKS:
        rows += _mk_series(rng, track, "Single Lap", False, float(single))
        rows += _mk_series(rng, track, "Three Lap", False, float(three))
        if cut:
            rows += _mk_series(rng, track, "Three Lap", True, float(cut))
    return pd.DataFrame(rows)


def _mk_rainbow(d: pd.DataFrame) -> pd.DataFrame:
    keep = (_text(d["track"]) == "Rainbow Road") & (_text(d["type"]) == "Three Lap") & (_text(d["shortcut"]) == "No")
    return d[keep].sort_values("time", kind="stable")


def _mk_busiest(d: pd.DataFrame) -> float:
    years = pd.to_datetime(_text(d["date"])).dt.year
    return float(_top(years.value_counts()))


def _mk_longest(d: pd.DataFrame) -> pd.Series:
    return d.loc[d["record_duration"].idxmax()]


_MK_ID = ("track", "type", "shortcut", "player")
_MARIO_QS = [
    Q(
        "who set the most world records?",
        _lead(_named(lambda d: _top(_text(d["player"]).value_counts()))),
        _MK_ID,
    ),
    Q(
        "how many records were set on PAL vs NTSC",
        _count(lambda d: _text(d["system_played"]).value_counts()[["PAL", "NTSC"]].to_numpy()),
        (*_MK_ID, "system_played"),
    ),
    Q(
        "what's the current record on rainbow road (three lap, no shortcut) and who holds it?",
        both(
            _race_time(lambda d: float(_mk_rainbow(d)["time"].iloc[0])),
            _named(lambda d: str(_text(_mk_rainbow(d)["player"]).iloc[0])),
        ),
        (*_MK_ID, "time", "time_period", "date"),
    ),
    Q(
        "number of records per year - which year had the most?",
        _lead(_year(_mk_busiest)),
        (*_MK_ID, "date"),
    ),
    Q(
        "avg record duration for shortcut vs non-shortcut records",
        _about(lambda d: d.groupby(_text(d["shortcut"]))["record_duration"].mean()[["Yes", "No"]].to_numpy()),
        (*_MK_ID, "record_duration"),
    ),
    Q(
        "which record stood the longest and for how many days?",
        both(
            _count(lambda d: float(_mk_longest(d)["record_duration"])),
            _named(lambda d: str(_mk_longest(d)["track"]).strip()),
        ),
        (*_MK_ID, "record_duration", "date", "time"),
    ),
]


# --- 5. Water quality (Kaggle "Water Quality", water_potability.csv) ----------------------------------------------

# column: rows without a value
_WQ_GAPS = {"ph": 491, "Sulfate": 781, "Trihalomethanes": 162}


def _water_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7105)
    n = 3276
    safe = rng.random(n) < 0.39
    z = rng.normal(0, 1, (9, n))
    hardness = 196.4 + np.where(safe, 35.5, 31.1) * z[1]
    frame = pd.DataFrame(
        {
            "ph": np.clip(np.where(safe, 7.07 + 1.25 * z[0], 7.09 + 1.67 * z[0]), 0.0, 14.0),
            "Hardness": hardness,
            "Solids": rng.gamma(6.3, np.where(safe, 3560.0, 3470.0)),
            "Chloramines": 7.12 + 1.58 * z[2],
            "Sulfate": 333.8 + 41.4 * (-0.12 * z[1] + np.sqrt(1 - 0.12**2) * z[3]),
            "Conductivity": np.maximum(181.48, 426.2 + 80.8 * z[4]),
            "Organic_carbon": np.maximum(2.2, 14.28 + 3.31 * z[5]),
            "Trihalomethanes": np.clip(66.4 + 16.2 * z[6], 0.738, 124.0),
            "Turbidity": np.maximum(1.45, 3.97 + 0.78 * z[7]),
            "Potability": safe.astype(int),
        }
    )
    for column, k in _WQ_GAPS.items():
        frame.loc[rng.choice(n, k, replace=False), column] = np.nan
    return frame


def _wq_unsafe_ph(d: pd.DataFrame) -> pd.Series:
    return (d["ph"] < 6.5) | (d["ph"] > 8.5)


_WQ_ID = ("Potability",)
_WATER_QS = [
    Q(
        "what percent of the samples are potable?",
        _share(lambda d: float((d["Potability"] == 1).mean())),
        _WQ_ID,
    ),
    Q(
        "which columns have missing values and how many?",
        both(_all_named(lambda d: [str(c) for c in _gaps(d).index]), _count(lambda d: _gaps(d).to_numpy())),
        (*_WQ_ID, *_WQ_GAPS),
    ),
    Q(
        "avg ph for potable vs non potable water",
        has(lambda d: d.groupby("Potability")["ph"].mean()[[1, 0]].to_numpy()),
        (*_WQ_ID, "ph"),
    ),
    Q(
        "how many samples have a ph outside the safe range of 6.5 to 8.5?",
        _count(lambda d: float(_wq_unsafe_ph(d).sum())),
        (*_WQ_ID, "ph"),
    ),
    Q(
        "and how many of those are potable?",
        either(
            _count(lambda d: float((_wq_unsafe_ph(d) & (d["Potability"] == 1)).sum())),
            _share(lambda d: float(d.loc[_wq_unsafe_ph(d), "Potability"].mean())),
        ),
        (*_WQ_ID, "ph"),
    ),
    Q(
        "is hardness correlated with sulfate?",
        _corr(lambda d: d["Hardness"], lambda d: d["Sulfate"]),
        (*_WQ_ID, "Hardness", "Sulfate"),
    ),
]


# --- 6. Bike buyers (Kaggle "Bike Buyers 1000", bike_buyers.csv) -------------------------------------------------

_BB_EDUCATION = "Bachelors:306;Partial College:265;High School:179;Graduate Degree:174;Partial High School:76"
# education: occupations and their weights
_BB_JOBS = {
    "Bachelors": "Professional:45;Management:20;Skilled Manual:25;Clerical:10",
    "Partial College": "Skilled Manual:40;Clerical:30;Professional:15;Management:10;Manual:5",
    "High School": "Skilled Manual:40;Clerical:25;Manual:25;Management:10",
    "Graduate Degree": "Professional:55;Management:30;Skilled Manual:10;Clerical:5",
    "Partial High School": "Manual:60;Clerical:20;Skilled Manual:20",
}
# occupation: lowest and highest income (tens of thousands)
_BB_PAY = {"Manual": (1, 4), "Clerical": (3, 6), "Skilled Manual": (3, 8), "Professional": (5, 17)}
_BB_PAY |= {"Management": (6, 17)}
_BB_COMMUTES = ["0-1 Miles", "1-2 Miles", "2-5 Miles", "5-10 Miles", "10+ Miles"]
# commute: weight, pull on buying; cars: pull on buying; region: weight, pull on buying
_BB_COMMUTE = {"0-1 Miles": (37, 0.35), "1-2 Miles": (17, 0.0), "2-5 Miles": (16, 0.1), "5-10 Miles": (19, -0.3)}
_BB_COMMUTE |= {"10+ Miles": (11, -0.8)}
_BB_CARS = {0: 0.5, 1: 0.2, 2: -0.3, 3: -0.4, 4: -0.6}
_BB_REGIONS = {"Europe": (300, 0.0), "North America": (508, -0.15), "Pacific": (192, 0.45)}
# column: rows without a value
_BB_GAPS = {"Marital Status": 7, "Gender": 11, "Income": 6, "Children": 8, "Home Owner": 4, "Cars": 9, "Age": 8}


def _bikes_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7106)
    ids = rng.choice(np.arange(11000, 29477), 1000, replace=False)
    rows: list[dict[str, Any]] = []
    for ident in ids:
        region = str(_one(rng, list(_BB_REGIONS), [r[0] for r in _BB_REGIONS.values()]))
        education = _draw(rng, _BB_EDUCATION)
        job = _draw(rng, _BB_JOBS[education])
        lo, hi = _BB_PAY[job]
        income = 10_000 * int(rng.integers(lo, hi + 1)) * (0.7 if region == "Pacific" and rng.random() < 0.3 else 1)
        married = rng.random() < 0.54
        children = int(_draw(rng, "0:27;1:17;2:21;3:13;4:13;5:9"))
        cars = int(np.clip(round(rng.normal(0.6 + income / 70_000 + 0.3 * married, 0.9)), 0, 4))
        if region == "Europe" and cars > 0 and rng.random() < 0.35:
            cars -= 1
        commute = str(_one(rng, _BB_COMMUTES, [_BB_COMMUTE[c][0] for c in _BB_COMMUTES]))
        pull = -0.15 + _BB_COMMUTE[commute][1] + _BB_CARS[cars] + _BB_REGIONS[region][1]
        pull += (0.0 if married else 0.25) - 0.06 * children
        rows.append(
            {
                "ID": int(ident),
                "Marital Status": "M" if married else "S",
                "Gender": "F" if rng.random() < 0.49 else "M",
                "Income": int(round(income, -4)),
                "Children": children,
                "Education": education,
                "Occupation": job,
                "Home Owner": "Yes" if rng.random() < 0.69 else "No",
                "Cars": cars,
                "Commute Distance": commute,
                "Region": region,
                "Age": int(np.clip(round(rng.normal(44, 11) + 3 * (job == "Management")), 25, 89)),
                "Purchased Bike": "Yes" if rng.random() < 1 / (1 + np.exp(-pull)) else "No",
            }
        )
    frame = pd.DataFrame(rows)
    for column, k in _BB_GAPS.items():
        frame.loc[rng.choice(len(frame), k, replace=False), column] = None
    return frame


def _bb_bought(d: pd.DataFrame) -> pd.Series:
    return (_text(d["Purchased Bike"]) == "Yes").astype(float)


def _bb_rates(by: str, levels: list[str]) -> Callable[[pd.DataFrame], list[float]]:
    def rates(d: pd.DataFrame) -> list[float]:
        key = _text(d[by])
        got = _bb_bought(d)[key != ""].groupby(key[key != ""]).mean()
        return [float(got[x]) for x in levels]

    return rates


def _bb_incomes(d: pd.DataFrame) -> list[float]:
    by = d.groupby(_text(d["Purchased Bike"]))["Income"].mean()
    return [float(by["Yes"]), float(by["No"])]


_BB_ID = ("ID", "Purchased Bike")
_BIKES_QS = [
    Q(
        "what % of customers bought a bike?",
        _share(lambda d: float(_bb_bought(d).mean())),
        _BB_ID,
    ),
    Q(
        "purchase rate by commute distance",
        _shares(_bb_rates("Commute Distance", _BB_COMMUTES)),
        (*_BB_ID, "Commute Distance"),
    ),
    Q(
        "avrage income of buyers vs non buyers?",
        _scaled(_bb_incomes, (1e3,)),
        (*_BB_ID, "Income"),
    ),
    Q(
        "how many customers have no cars",
        _count(lambda d: float((d["Cars"] == 0).sum())),
        (*_BB_ID, "Cars"),
    ),
    Q(
        "which region has the highest purchase rate?",
        _lead(_named(lambda d: _top(_bb_bought(d).groupby(_text(d["Region"])).mean()))),
        (*_BB_ID, "Region"),
    ),
    Q(
        "and married vs single?",
        _shares(_bb_rates("Marital Status", ["M", "S"])),
        (*_BB_ID, "Marital Status"),
    ),
]


# --- 7. Avengers (FiveThirtyEight avengers.csv) -------------------------------------------------------------------

_AV_MEN = _split(
    "Henry;Clint;Pietro;Samuel;Eric;Simon;Daniel;Victor;Robert;Miles;Thomas;Jack;Dane;Marcus;Ray;Julian;Harold;"
    "Nathan;Frank;Isaac;Omar;Tobias;Kamal;Walter;Gabriel;Hector;Dmitri"
)
_AV_WOMEN = _split(
    "Janet;Wanda;Natalia;Carol;Monica;Jennifer;Greer;Maria;Barbara;Elena;Angelica;Lydia;Theodora;Cassie;Audrey;"
    "Lena;Priya;Yolanda;Ingrid;Sofia;Alyssa"
)
_AV_MIDDLE = _split("Jonathan;Marie;Francis;Lee;Anne;Joseph;Elizabeth;James;Louise;Michael;Rose;Edward")
_AV_LAST = _split(
    "Pym;Vance;Hollister;Kade;Brandt;Ortega;Whitlock;Danvers;Rambeau;Coleman;Sterling;Nolan;Faraday;Kirov;Blake;"
    "Hightower;Marlowe;Quill;Serrano;Castell;Fairbanks;Okafor;Lindqvist;Mendel;Ashford;Harrow;Tanaka;Vasquez;"
    "Dunmore;Reyes;Calloway;Brooks;Winslow;Petrova;Mbeki;Thorne;Graves;Sinclair;Navarro;Kowalski"
)
_AV_ALIAS_A = _split("Silver;Crimson;Night;Iron;Star;Shadow;Thunder;Cosmic;Quantum;Phantom;Blue;Golden;Steel")
_AV_ALIAS_B = _split("Specter;Falcon;Sentry;Lancer;Comet;Warden;Hawk;Tiger;Knight;Spark;Spider;Ranger;Vector")
_AV_NICKS = _split("Hank;Jan;Sam;Danny;Bobby;Tommy;Rusty;Kit;Sunny;Ace;Babs;Dot")
_AV_DECADES = {1960: 9, 1970: 10, 1980: 16, 1990: 17, 2000: 15, 2010: 33}
_AV_HONORARY = "Full:78;Honorary:11;Academy:6;Probationary:5"
_AV_DEATHS = (0.40, 0.25, 0.2, 0.15, 0.5)


def _av_name(rng: np.random.Generator, female: bool, used: set[str]) -> tuple[str, str]:
    """A name as the file writes it and the page name in its URL."""
    for _ in range(500):
        if rng.random() < 0.12:
            alias = f"{_one(rng, _AV_ALIAS_A)} {_one(rng, _AV_ALIAS_B)}"
            name, page = alias, alias
        else:
            first, last = str(_one(rng, _AV_WOMEN if female else _AV_MEN)), str(_one(rng, _AV_LAST))
            middle = f" {_one(rng, _AV_MIDDLE)}" if rng.random() < 0.4 else ""
            nick = f' "{_one(rng, _AV_NICKS)}"' if rng.random() < 0.12 else ""
            name, page = f"{first}{middle}{nick} {last}", f"{first} {last}"
        if page not in used:
            used.add(page)
            return name, page
    raise RuntimeError("no name left")


def _av_month(year: int, month: int) -> str:
    return f"{pd.Timestamp(year, month, 1):%b}-{year % 100:02d}"


def _avengers_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7107)
    used: set[str] = set()
    rows: list[dict[str, Any]] = []
    for _ in range(326):
        decade = int(_one(rng, list(_AV_DECADES), list(_AV_DECADES.values())))
        year = int(rng.integers(max(decade, 1963), min(decade + 10, 2016)))
        month = int(rng.integers(9 if year == 1963 else 1, 13))
        female = rng.random() < 0.3
        name, page = _av_name(rng, female, used)
        appearances = float(rng.lognormal(4.3 + 0.02 * (2015 - year), 1.05))
        honorary = _draw(rng, _AV_HONORARY)
        if honorary == "Academy" and year < 2005:
            honorary = "Full"
        trial = ""
        if honorary == "Probationary" or rng.random() < 0.05:
            trial = _av_month(year - int(month <= 3), (month - 4) % 12 + 1)
        row: dict[str, Any] = {
            "URL": f"http://marvel.wikia.com/{page.replace(' ', '_')}_(Earth-616)",
            "Name/Alias": name,
            "Appearances": max(1, round(appearances)),
            "Current?": "YES" if rng.random() < (0.1 if year < 1990 else 0.25 if year < 2005 else 0.45) else "NO",
            "Gender": "FEMALE" if female else "MALE",
            "Probationary Introl": trial,
            "Full/Reserve Avengers Intro": _av_month(year, month) if rng.random() > 0.05 else "",
            "Year": year,
            "Years since joining": 2015 - year,
            "Honorary": honorary,
            "_order": year * 12 + month,
        }
        alive, notes = True, []
        for i, chance in enumerate(_AV_DEATHS, start=1):
            died = back = ""
            if alive:
                died = "YES" if rng.random() < chance * (1.2 if year < 1990 else 0.9) else "NO"
                if died == "YES":
                    back = "YES" if rng.random() < 0.66 else "NO"
                    alive = back == "YES"
                    notes.append(f"Died in Avengers Vol {i} #{int(rng.integers(1, 400))}")
                else:
                    alive = False
            row[f"Death{i}"], row[f"Return{i}"] = died, back
        row["Notes"] = ". ".join(notes) if notes and rng.random() < 0.7 else ""
        rows.append(row)
    frame = pd.DataFrame(rows)
    frame = frame.sort_values("_order", kind="stable").drop(columns="_order").reset_index(drop=True)
    odd = int(rng.integers(150, 250))
    frame.loc[odd, ["Year", "Years since joining", "Full/Reserve Avengers Intro"]] = [1900, 115, ""]
    for i in rng.choice(np.flatnonzero(frame["Appearances"] < 40), 3, replace=False):
        frame.loc[int(i), "Name/Alias"] = ""
    return frame.replace({"": None})


def _av_forms(name: str) -> list[str]:
    """A name without its nickname ("Henry Pym"), or by it ("Hank Pym")."""
    words = re.sub(r'"[^"]*"', " ", name).split()
    nick = re.search(r'"([^"]+)"', name)
    forms = [" ".join(words), f"{words[0]} {words[-1]}"]
    return [*forms, f"{nick.group(1)} {words[-1]}"] if nick else forms


def _av_top(d: pd.DataFrame) -> list[str]:
    return [str(_text(d["Name/Alias"])[d["Appearances"].idxmax()])]


def _av_medians(d: pd.DataFrame) -> list[float]:
    by = d.groupby(_text(d["Gender"]))["Appearances"].median()
    return [float(by["MALE"]), float(by["FEMALE"])]


def _av_decades(dated_only: bool) -> Callable[[pd.DataFrame], list[float]]:
    """Members per decade of their Year, or only those whose intro month is written."""

    def counts(d: pd.DataFrame) -> list[float]:
        if dated_only:
            d = d[_text(d["Full/Reserve Avengers Intro"]) != ""]
        decade = d["Year"] // 10 * 10
        return [float((decade == y).sum()) for y in _AV_DECADES]

    return counts


def _av_women_now(d: pd.DataFrame) -> float:
    now = d[_text(d["Current?"]) == "YES"]
    return float((_text(now["Gender"]) == "FEMALE").mean())


_AV_ID = ("Name/Alias", "URL")
_AVENGERS_QS = [
    Q(
        "how many avengers have died at least once?",
        _count(lambda d: float((_text(d["Death1"]) == "YES").sum())),
        (*_AV_ID, "Death1"),
    ),
    Q(
        "and how many of them came back?",
        either(
            _count(lambda d: float((_text(d["Return1"]) == "YES").sum())),
            _share(lambda d: float((_text(d["Return1"]) == "YES").sum() / (_text(d["Death1"]) == "YES").sum())),
        ),
        (*_AV_ID, "Death1", "Return1"),
    ),
    Q(
        "who has the most appearances?",
        _lead(_any_named(_av_top, _av_forms)),
        (*_AV_ID, "Appearances"),
    ),
    Q(
        "median number of appearances, men vs women",
        _about(_av_medians),
        (*_AV_ID, "Appearances", "Gender"),
    ),
    Q(
        "how many avengers joined in each decade?",
        either(_count(_av_decades(False)), _count(_av_decades(True))),
        (*_AV_ID, "Year", "Full/Reserve Avengers Intro", "Years since joining"),
    ),
    Q(
        "what percent of the current avengers are women",
        _share(_av_women_now),
        (*_AV_ID, "Current?", "Gender"),
    ),
]


HELDOUT71: list[Dataset] = [
    Dataset("chocolate_sales", _chocolate_frame, _CHOCOLATE_QS),
    Dataset("border_crossings", _border_frame, _BORDER_QS),
    Dataset("sleep_efficiency", _sleep_frame, _SLEEP_QS),
    Dataset("mario_kart_world_records", _mario_frame, _MARIO_QS),
    Dataset("water_potability", _water_frame, _WATER_QS),
    Dataset("bike_buyers", _bikes_frame, _BIKES_QS),
    Dataset("avengers", _avengers_frame, _AVENGERS_QS),
]
