"""HELDOUT25: a blind held-out set of seven datasets and 42 questions.

Written without reading the analyst, and measured before any fix it prompts. Four frames copy the column layout of
well-known public datasets (the NYC TLC Yellow Taxi trip records with their tpep_ timestamps, coded RatecodeID 99 and
payment_type 0 rows that leave passenger_count blank, WRI's Global Power Plant Database with its fractional
commissioning years and generation_gwh_ / estimated_generation_gwh_ year columns, the UCI Concrete Compressive
Strength file with its "(component 1)(kg in a m^3 mixture)" headers, double spaces and trailing space, NYC Open
Data's Dog Licensing Dataset with its "NAME NOT PROVIDED" names and MM/DD/YYYY dates); three are invented but
realistic tables (a food bank's voucher log, a council fleet workshop's work orders, a magistrates' court case
listing). All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .offline_eval import Check, Dataset, Q, asks, both, either, has, label_of
from .offline_eval import corr_of as _corr
from .offline_eval import labels_in as _labels
from .offline_eval import pick_one as _one
from .offline_eval import rounded_share as _share
from .offline_eval import rounded_shares as _shares

# --- shared helpers ------------------------------------------------------------------------------------------------


def _about(values: Callable[[pd.DataFrame], Any]) -> Check:
    """Every value appears to within 1%, or rounded to one decimal (a mean of 3.23 days read as 3.2)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        found = [float(t.replace(",", "")) for t in re.findall(r"-?\d[\d,]*(?:\.\d+)?|-?\.\d+", answer)]
        for w in np.atleast_1d(values(df)):
            want = float(w)
            if not any(abs(f - want) <= max(0.01 * abs(want), 0.05) for f in found):
                return f"missing number {want:.4g}"
        return None

    return check


def _month_word(month: int) -> str:
    stamp = pd.Timestamp(2000, month, 1)
    return rf"\b(?:{stamp:%B}|{stamp:%b})\b"


def _calendar_month(month: Callable[[pd.DataFrame], int], year: int) -> Check:
    """A month of a one-year file, as "June", "Jun" or "2022-06"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        m = int(month(df))
        if re.search(_month_word(m), answer, re.IGNORECASE) or f"{year}-{m:02d}" in answer:
            return None
        return f"missing month {m}"

    return check


def _period_label(period: Callable[[pd.DataFrame], pd.Period]) -> Check:
    """A month of a multi-year file, as "2024-03" or as "Mar(ch) ... 2024"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        p = period(df)
        if f"{p.year}-{p.month:02d}" in answer:
            return None
        if re.search(_month_word(p.month), answer, re.IGNORECASE) and str(p.year) in answer:
            return None
        return f"missing month {p}"

    return check


def _year_word(year: Callable[[pd.DataFrame], int]) -> Check:
    """A year as a word of its own ("2017", not "2017.5")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        y = int(year(df))
        return None if re.search(rf"(?<![\d.]){y}(?![\d])", answer) else f"missing year {y}"

    return check


def _dmy(d: pd.DataFrame, col: str) -> pd.Series:
    return pd.to_datetime(d[col], format="%d/%m/%Y")


def _split(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


# --- 1. NYC TLC Yellow Taxi trip records (yellow_tripdata_2023-0x, sampled) ------------------------------------------

_TAXI_MONTHS = {1: 0.93, 2: 0.9, 3: 1.05, 4: 1.02, 5: 1.2, 6: 1.0}
_TAXI_HOURS = np.array(
    [3, 2, 1.4, 0.9, 0.7, 0.9, 2, 3.5, 4.5, 4.6, 4.6, 4.8, 5, 5.1, 5.4, 5.6, 5.8, 6.4, 6.8, 6.4, 5.8, 5.6, 5, 4]
)
_TAXI_ZONES = [161, 237, 236, 162, 230, 186, 142, 170, 163, 239, 234, 68, 79, 48, 141, 107, 263, 238, 140, 249, 100]


def _taxi_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2501)
    n = 2900
    months = list(_TAXI_MONTHS)
    mw = np.array([_TAXI_MONTHS[m] * pd.Timestamp(2023, m, 1).days_in_month for m in months])
    rows = []
    for _ in range(n):
        month = int(rng.choice(months, p=mw / mw.sum()))
        day = int(rng.integers(1, pd.Timestamp(2023, month, 1).days_in_month + 1))
        hour = int(rng.choice(24, p=_TAXI_HOURS / _TAXI_HOURS.sum()))
        pickup = pd.Timestamp(2023, month, day, hour) + pd.Timedelta(seconds=int(rng.integers(0, 3600)))
        u = rng.random()
        kind = "jfk" if u < 0.035 else "lga" if u < 0.065 else "ewr" if u < 0.069 else "city"
        if kind == "city":
            dist = round(float(min(rng.lognormal(0.55, 0.75), 25)), 2)
            pu, do = int(_one(rng, _TAXI_ZONES)), int(_one(rng, _TAXI_ZONES))
            rate = 1.0 if rng.random() > 0.012 else float(_one(rng, [4.0, 5.0, 99.0], [2, 5, 1]))
        elif kind == "jfk":
            dist = round(float(rng.normal(17.5, 2.2)), 2)
            pu, do = (132, int(_one(rng, _TAXI_ZONES))) if rng.random() < 0.7 else (int(_one(rng, _TAXI_ZONES)), 132)
            rate = 2.0
        elif kind == "lga":
            dist = round(float(rng.normal(9.8, 1.8)), 2)
            pu, do = (138, int(_one(rng, _TAXI_ZONES))) if rng.random() < 0.7 else (int(_one(rng, _TAXI_ZONES)), 138)
            rate = 1.0
        else:
            dist = round(float(rng.normal(17.0, 2.0)), 2)
            pu, do = int(_one(rng, _TAXI_ZONES)), 1
            rate = 3.0
        speed = 7.5 if 8 <= hour <= 19 else 11.0
        minutes = max(1.0, dist / speed * 60 * float(rng.lognormal(0, 0.25)))
        dropoff = pickup + pd.Timedelta(seconds=int(minutes * 60))
        if rate == 2.0:
            fare = 70.0
        elif rate == 3.0:
            fare = round(20 + 2.9 * dist, 2)
        else:
            fare = round(3.0 + 1.75 * dist + 0.7 * minutes, 2)
        blank_row = rng.random() < 0.035
        pay = 0 if blank_row else int(_one(rng, [1, 2, 3, 4], [78, 19.5, 1.2, 1.3]))
        card = pay == 1 or (blank_row and rng.random() < 0.6)
        if card and rng.random() > 0.1:
            tip = round(fare * float(np.clip(rng.normal(0.21, 0.06), 0.05, 0.45)), 2)
        else:
            tip = 0.0
        extra = 2.5 if hour >= 20 or hour < 6 else 0.0
        if 16 <= hour < 20 and pickup.weekday() < 5:
            extra = 2.5
        if kind in ("lga", "jfk") and pu in (132, 138):
            extra += 5.0 if kind == "lga" else 0.0
        tolls = 6.55 if kind in ("jfk", "ewr") and rng.random() < 0.6 else 0.0
        congestion = 2.5 if rng.random() < 0.88 else 0.0
        airport = 1.25 if pu in (132, 138) else 0.0
        total = round(fare + extra + 0.5 + tip + tolls + 1.0 + congestion + airport, 2)
        pax = float(_one(rng, [1, 2, 3, 4, 5, 6, 0], [72, 15, 4, 2, 3, 2, 2]))
        rows.append(
            {
                "VendorID": int(_one(rng, [1, 2, 6], [26, 73.8, 0.2])),
                "tpep_pickup_datetime": pickup.strftime("%Y-%m-%d %H:%M:%S"),
                "tpep_dropoff_datetime": dropoff.strftime("%Y-%m-%d %H:%M:%S"),
                "passenger_count": float("nan") if blank_row else pax,
                "trip_distance": dist,
                "RatecodeID": float("nan") if blank_row else rate,
                "store_and_fwd_flag": None if blank_row else ("Y" if rng.random() < 0.006 else "N"),
                "PULocationID": pu,
                "DOLocationID": do,
                "payment_type": pay,
                "fare_amount": fare,
                "extra": extra,
                "mta_tax": 0.5,
                "tip_amount": tip,
                "tolls_amount": tolls,
                "improvement_surcharge": 1.0,
                "total_amount": total,
                "congestion_surcharge": float("nan") if blank_row else congestion,
                "Airport_fee": float("nan") if blank_row else airport,
            }
        )
    df = pd.DataFrame(rows)
    return df.sort_values("tpep_pickup_datetime", kind="stable", ignore_index=True)


def _taxi_months(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["tpep_pickup_datetime"]).dt.month.value_counts()


def _card_share(base: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        pay = d["payment_type"]
        pool = pay if base == "all" else pay[pay != 0] if base == "known" else pay[pay.isin([1, 2])]
        return float((pool == 1).mean())

    return value


def _tip_pct(kind: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        card = d[(d["payment_type"] == 1) & (d["fare_amount"] > 0)]
        if kind == "pooled":
            return float(card["tip_amount"].sum() / card["fare_amount"].sum())
        if kind == "total":
            return float((card["tip_amount"] / card["total_amount"]).mean())
        if kind == "pre_tip":
            return float((card["tip_amount"] / (card["total_amount"] - card["tip_amount"])).mean())
        return float((card["tip_amount"] / card["fare_amount"]).mean())

    return value


def _card_rows(col: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: d.loc[d["payment_type"] == 1, col]


_TAXI_QS = [
    Q(
        "plot trips by month for me, which month was the busiest?",
        both(
            _calendar_month(lambda d: int(_taxi_months(d).index[0]), 2023),
            has(lambda d: float(_taxi_months(d).iloc[0])),
        ),
        ("tpep_pickup_datetime", "tpep_dropoff_datetime"),
    ),
    Q(
        "whats the average per trip?",
        either(asks("fare", "distance"), asks("fare", "tip"), asks("total", "distance"), asks("fare", "total")),
        (
            "fare_amount",
            "trip_distance",
            "tip_amount",
            "total_amount",
            "passenger_count",
            "tpep_pickup_datetime",
            "tpep_dropoff_datetime",
            "extra",
            "tolls_amount",
        ),
    ),
    Q(
        "What percentage of rides are paid by credit card?",
        either(_share(_card_share("all")), _share(_card_share("known")), _share(_card_share("card_cash"))),
        ("payment_type",),
    ),
    Q(
        "for card payers how much do ppl tip on avg as a % of the fare",
        either(*(_share(_tip_pct(k)) for k in ("mean", "pooled", "total", "pre_tip"))),
        ("payment_type", "tip_amount", "fare_amount", "total_amount"),
    ),
    Q(
        "do longer trips get bigger tips? correlation between distance and tip",
        either(
            _corr(lambda d: d["trip_distance"], lambda d: d["tip_amount"]),
            _corr(_card_rows("trip_distance"), _card_rows("tip_amount")),
        ),
        ("trip_distance", "tip_amount", "payment_type"),
    ),
    Q(
        "how many trips are missing the passenger count",
        either(
            has(lambda d: float(d["passenger_count"].isna().sum())),
            has(lambda d: float((d["passenger_count"].isna() | (d["passenger_count"] == 0)).sum())),
        ),
        ("passenger_count",),
    ),
]


# --- 2. WRI Global Power Plant Database (global_power_plant_database.csv, v1.3) -------------------------------------

# code: name, weight, fuel weights, source, url
_GP_FUELS = ["Coal", "Gas", "Oil", "Hydro", "Nuclear", "Wind", "Solar", "Biomass", "Waste", "Geothermal", "Storage"]
_GP_SIZE = {  # log-normal median MW, sigma
    "Coal": (520.0, 0.8),
    "Gas": (180.0, 1.1),
    "Oil": (30.0, 1.3),
    "Hydro": (40.0, 1.5),
    "Nuclear": (1900.0, 0.5),
    "Wind": (45.0, 0.9),
    "Solar": (8.0, 1.3),
    "Biomass": (18.0, 1.0),
    "Waste": (15.0, 0.8),
    "Geothermal": (40.0, 0.8),
    "Storage": (15.0, 1.0),
}
_GP_COUNTRIES: dict[str, tuple[str, float, list[float], str, str]] = {
    "USA": (
        "United States of America",
        30,
        [4, 18, 6, 7, 1, 9, 22, 3, 2, 1, 3],
        "U.S. Energy Information Administration",
        "http://www.eia.gov/electricity/data/browser/",
    ),
    "CHN": (
        "China",
        14,
        [30, 6, 1, 22, 2, 20, 18, 1, 0.5, 0, 0],
        "Global Energy Observatory",
        "http://globalenergyobservatory.org",
    ),
    "IND": (
        "India",
        9,
        [25, 7, 2, 14, 1, 14, 34, 3, 0.5, 0, 0],
        "Central Electricity Authority",
        "http://www.cea.nic.in/",
    ),
    "DEU": (
        "Germany",
        8,
        [6, 9, 2, 6, 1, 28, 42, 4, 2, 0, 0.5],
        "Open Power System Data",
        "http://data.open-power-system-data.org/",
    ),
    "GBR": (
        "United Kingdom",
        7,
        [2, 10, 2, 5, 2, 40, 30, 5, 4, 0, 1],
        "Department for Business Energy & Industrial Strategy",
        "https://www.gov.uk/government/statistics/",
    ),
    "BRA": (
        "Brazil",
        7,
        [2, 6, 10, 40, 0.2, 25, 10, 10, 0, 0, 0],
        "National Electric Energy Agency",
        "http://www.aneel.gov.br/",
    ),
    "FRA": ("France", 5, [1, 6, 3, 30, 4, 30, 26, 2, 2, 0, 0], "WRI", "http://www.wri.org"),
    "JPN": ("Japan", 5, [12, 14, 10, 20, 3, 10, 28, 3, 2, 2, 0], "WRI", "http://www.wri.org"),
    "ESP": ("Spain", 4, [4, 8, 3, 20, 2, 35, 28, 2, 1, 0, 0], "WRI", "http://www.wri.org"),
    "CAN": ("Canada", 4, [2, 12, 3, 45, 1, 25, 8, 4, 1, 0, 0], "WRI", "http://www.wri.org"),
    "AUS": (
        "Australia",
        4,
        [10, 16, 8, 14, 0, 20, 28, 4, 1, 0, 1],
        "Australian Renewable Energy Mapping Infrastructure",
        "http://services.ga.gov.au/",
    ),
    "ZAF": ("South Africa", 3, [30, 6, 6, 8, 1, 25, 24, 1, 0, 0, 0], "WRI", "http://www.wri.org"),
}
_GP_BUILT = {  # mean commissioning year, sd
    "Coal": (1985, 14),
    "Gas": (1998, 13),
    "Oil": (1982, 15),
    "Hydro": (1975, 22),
    "Nuclear": (1984, 9),
    "Wind": (2011, 5),
    "Solar": (2015, 3.5),
    "Biomass": (2004, 10),
    "Waste": (2000, 10),
    "Geothermal": (1995, 12),
    "Storage": (2016, 3),
}
_GP_CF = {
    "Coal": 0.55,
    "Gas": 0.4,
    "Oil": 0.1,
    "Hydro": 0.4,
    "Nuclear": 0.88,
    "Wind": 0.3,
    "Solar": 0.19,
    "Biomass": 0.55,
    "Waste": 0.6,
    "Geothermal": 0.7,
    "Storage": 0.05,
}
_GP_OWNERS = [
    "",
    "",
    "",
    "NextEra Energy",
    "EDF",
    "Enel",
    "NTPC",
    "State Grid",
    "RWE",
    "Iberdrola",
    "Engie",
    "Duke Energy",
]
_GP_NAME_A = _split(
    "North South East West Lake River Hill Valley Bay Ridge Mesa Pine Oak Cedar Granite Silver Red Blue"
)
_GP_NAME_B = {
    "Coal": "Power Station",
    "Gas": "Energy Center",
    "Oil": "Generating Station",
    "Hydro": "Dam",
    "Nuclear": "Nuclear Power Plant",
    "Wind": "Wind Farm",
    "Solar": "Solar Park",
    "Biomass": "Biomass Plant",
    "Waste": "Energy from Waste",
    "Geothermal": "Geothermal Plant",
    "Storage": "Battery Storage",
}


def _power_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2502)
    n = 2600
    codes = list(_GP_COUNTRIES)
    cw = np.array([_GP_COUNTRIES[c][1] for c in codes], dtype=float)
    rows = []
    for i in range(n):
        code = str(codes[int(rng.choice(len(codes), p=cw / cw.sum()))])
        long_name, _w, fw, source, url = _GP_COUNTRIES[code]
        fuel = str(_one(rng, _GP_FUELS, fw))
        median, sigma = _GP_SIZE[fuel]
        cap = float(np.clip(median * rng.lognormal(0, sigma), 1.0, 6500.0))
        cap = round(cap, 1) if cap < 100 else round(cap)
        mean_year, sd = _GP_BUILT[fuel]
        year: float = float("nan")
        if rng.random() > (0.3 if code in ("USA", "GBR", "DEU", "FRA") else 0.6):
            y = int(np.clip(round(rng.normal(mean_year, sd)), 1930, 2019))
            year = float(y) if rng.random() < 0.7 else round(y + float(rng.integers(1, 12)) / 12, 4)
        lat0 = {"USA": 39, "CHN": 32, "IND": 22, "DEU": 51, "GBR": 53, "BRA": -15}.get(code, 0)
        row: dict[str, Any] = {
            "country": code,
            "country_long": long_name,
            "name": f"{_one(rng, _GP_NAME_A)} {_one(rng, _GP_NAME_A)} {_GP_NAME_B[fuel]}",
            "gppd_idnr": f"{code}{int(rng.integers(1, 65000)):07d}"
            if code in ("USA", "GBR")
            else f"WRI{1000000 + i * 7}",
            "capacity_mw": cap,
            "latitude": round(lat0 + float(rng.normal(0, 5)), 4),
            "longitude": round(float(rng.uniform(-120, 140)), 4),
            "primary_fuel": fuel,
            "other_fuel1": _one(rng, ["Oil", "Gas", "Biomass"])
            if fuel in ("Coal", "Gas") and rng.random() < 0.15
            else None,
            "other_fuel2": None,
            "other_fuel3": None,
            "commissioning_year": year,
            "owner": _one(rng, _GP_OWNERS) or None,
            "source": source,
            "url": url,
            "geolocation_source": _one(
                rng, ["WRI", "U.S. Energy Information Administration", "GEODB", "National Renewable Energy Laboratory"]
            ),
            "wepp_id": float(rng.integers(1000, 99999)) if rng.random() < 0.25 else float("nan"),
            "year_of_capacity_data": 2019.0
            if code in ("USA", "GBR", "IND")
            else (2017.0 if rng.random() < 0.3 else float("nan")),
        }
        built = year if year == year else 2000.0
        for y in range(2013, 2020):
            gen = (
                cap * 8.76 * _GP_CF[fuel] * float(rng.lognormal(0, 0.15))
                if code == "USA" and y >= built
                else float("nan")
            )
            row[f"generation_gwh_{y}"] = round(gen, 4) if gen == gen else gen
        row["generation_data_source"] = "U.S. Energy Information Administration" if code == "USA" else None
        for y in range(2013, 2018):
            if code == "USA":
                row[f"estimated_generation_gwh_{y}"] = float("nan")
                row[f"estimated_generation_note_{y}"] = None
            elif fuel in ("Coal", "Gas", "Oil", "Nuclear", "Hydro"):
                row[f"estimated_generation_gwh_{y}"] = round(
                    cap * 8.76 * _GP_CF[fuel] * float(rng.lognormal(0, 0.1)), 2
                )
                row[f"estimated_generation_note_{y}"] = "CAPACITY-FACTOR-V1"
            elif fuel in ("Wind", "Solar"):
                row[f"estimated_generation_gwh_{y}"] = round(
                    cap * 8.76 * _GP_CF[fuel] * float(rng.lognormal(0, 0.1)), 2
                )
                row[f"estimated_generation_note_{y}"] = f"{fuel.upper()}-V1-NO-AGE"
            else:
                row[f"estimated_generation_gwh_{y}"] = float("nan")
                row[f"estimated_generation_note_{y}"] = "NO-ESTIMATION"
        rows.append(row)
    df = pd.DataFrame(rows)
    return df.sort_values(["country", "name"], kind="stable", ignore_index=True)


def _fuel_capacity(d: pd.DataFrame) -> pd.Series:
    return d.groupby("primary_fuel")["capacity_mw"].sum().sort_values(ascending=False)


def _plants(country: str, fuel: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(((d["country_long"] == country) & (d["primary_fuel"] == fuel)).sum())


def _size(stat: str) -> Callable[[pd.DataFrame], np.ndarray]:
    return lambda d: np.asarray(
        d.groupby("primary_fuel")["capacity_mw"].agg(stat).reindex(["Coal", "Gas"]), dtype=float
    )


def _wind_years(rounding: str) -> Callable[[pd.DataFrame], pd.Series]:
    def value(d: pd.DataFrame) -> pd.Series:
        y = d.loc[d["primary_fuel"] == "Wind", "commissioning_year"].dropna()
        y = np.floor(y) if rounding == "floor" else y.round()
        return y.astype(int).value_counts()

    return value


def _wind_peak(rounding: str) -> Check:
    counts = _wind_years(rounding)
    return both(_year_word(lambda d: int(counts(d).index[0])), has(lambda d: float(counts(d).iloc[0])))


_POWER_QS = [
    Q(
        "which fuel type has the most generating capacity in total? in GW pls",
        both(
            label_of(lambda d: str(_fuel_capacity(d).index[0])),
            either(
                has(lambda d: float(_fuel_capacity(d).iloc[0]) / 1000, rel=0.01),
                has(lambda d: float(_fuel_capacity(d).iloc[0]), rel=0.01),
            ),
        ),
        ("primary_fuel", "capacity_mw"),
    ),
    Q(
        "how many solar plants are there in India?",
        has(_plants("India", "Solar")),
        ("country", "country_long", "primary_fuel", "name", "gppd_idnr"),
    ),
    Q(
        "and germany?",
        has(_plants("Germany", "Solar")),
        ("country", "country_long", "primary_fuel", "name", "gppd_idnr"),
    ),
    Q(
        "Average size of a coal plant compared to a gas plant (MW)?",
        either(has(_size("mean"), rel=0.01), has(_size("median"), rel=0.01)),
        ("primary_fuel", "capacity_mw"),
    ),
    Q(
        "what % of plants dont have a commissioning year",
        _share(lambda d: float(d["commissioning_year"].isna().mean())),
        ("commissioning_year",),
    ),
    Q(
        "chart the number of wind farms commissioned each year - which year had the most?",
        either(_wind_peak("floor"), _wind_peak("round")),
        ("primary_fuel", "commissioning_year", "name", "gppd_idnr"),
    ),
]


# --- 3. UCI Concrete Compressive Strength (Concrete_Data.xls saved as CSV) -----------------------------------------

_CEMENT = "Cement (component 1)(kg in a m^3 mixture)"
_SLAG = "Blast Furnace Slag (component 2)(kg in a m^3 mixture)"
_ASH = "Fly Ash (component 3)(kg in a m^3 mixture)"
_WATER = "Water  (component 4)(kg in a m^3 mixture)"
_SUPER = "Superplasticizer (component 5)(kg in a m^3 mixture)"
_COARSE = "Coarse Aggregate  (component 6)(kg in a m^3 mixture)"
_FINE = "Fine Aggregate (component 7)(kg in a m^3 mixture)"
_AGE = "Age (day)"
_MPA = "Concrete compressive strength(MPa, megapascals) "
_INGREDIENTS = [_CEMENT, _SLAG, _ASH, _WATER, _SUPER, _COARSE, _FINE]
_AGES = (
    [1, 3, 7, 14, 28, 56, 90, 91, 100, 120, 180, 270, 360, 365],
    [2, 134, 126, 62, 425, 91, 54, 22, 52, 3, 26, 13, 6, 14],
)


def _concrete_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2503)
    n = 1030
    rows = []
    for _ in range(n):
        cement = float(np.clip(rng.normal(281, 100), 102, 540))
        slag = 0.0 if rng.random() < 0.46 else float(np.clip(rng.gamma(2.2, 60), 11, 359.4))
        ash = 0.0 if rng.random() < 0.55 else float(np.clip(rng.normal(120, 35), 24.5, 200.1))
        sp = 0.0 if rng.random() < 0.37 else float(np.clip(rng.gamma(3, 3.2), 1.7, 32.2))
        water = float(np.clip(rng.normal(190 - 1.8 * sp, 17), 121.8, 247))
        coarse = float(np.clip(rng.normal(973, 77), 801, 1145))
        fine = float(np.clip(rng.normal(774, 80), 594, 992.6))
        age = int(_one(rng, *_AGES))
        binder = cement + 0.75 * slag + 0.45 * ash
        wb = water / binder
        s28 = 105 * np.exp(-1.45 * wb) + 0.25 * sp
        gain = (age / (age + 4.5)) ** 0.9 * (1 + 0.06 * np.log1p(age / 28) * (slag + ash) / binder) / (28 / 32.5) ** 0.9
        strength = float(np.clip(s28 * gain * rng.lognormal(0, 0.12), 2.33, 82.6))
        rows.append(
            {
                _CEMENT: round(cement, 1),
                _SLAG: round(slag, 1),
                _ASH: round(ash, 1),
                _WATER: round(water, 1),
                _SUPER: round(sp, 1),
                _COARSE: round(coarse, 1),
                _FINE: round(fine, 1),
                _AGE: age,
                _MPA: round(strength, 6),
            }
        )
    return pd.DataFrame(rows)


def _strongest_link(method: str) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        r = d[_INGREDIENTS].corrwith(d[_MPA], method=method)
        return str(r.abs().idxmax())

    return value


def _link_check(method: str) -> Check:
    def name(d: pd.DataFrame) -> str:
        return re.split(r"\s*\(", _strongest_link(method)(d))[0]

    def r(d: pd.DataFrame) -> float:
        return float(d[_strongest_link(method)(d)].corr(d[_MPA], method=method))

    return both(label_of(name), has(r, rel=0.01))


def _by_ash(d: pd.DataFrame) -> np.ndarray:
    return np.asarray(d[_MPA].groupby(d[_ASH] == 0).mean().reindex([True, False]), dtype=float)


_CONCRETE_QS = [
    Q(
        "what's the mean compressive strength (MPa)?",
        has(lambda d: float(d[_MPA].mean()), rel=0.01),
        (_MPA,),
    ),
    Q(
        "how does strength develop with age - avg strength at 7, 28 and 90 days",
        has(lambda d: np.asarray(d[_MPA].groupby(d[_AGE]).mean().reindex([7, 28, 90]), dtype=float), rel=0.01),
        (_AGE, _MPA),
    ),
    Q(
        "Which ingredient is most strongly correlated with strength?",
        either(_link_check("pearson"), _link_check("spearman")),
        (*_INGREDIENTS, _MPA),
    ),
    Q(
        "how many of the mixes have no fly ash at all",
        either(
            has(lambda d: float((d[_ASH] == 0).sum())),
            _share(lambda d: float((d[_ASH] == 0).mean())),
        ),
        (_ASH,),
    ),
    Q(
        "are those weaker or stronger on average than the ones with fly ash?",
        has(_by_ash, rel=0.01),
        (_ASH, _MPA),
    ),
    Q(
        "plot strength vs the water/cement ratio - how strong is the relationship?",
        _corr(lambda d: d[_WATER] / d[_CEMENT], lambda d: d[_MPA]),
        (_WATER, _CEMENT, _MPA),
    ),
]


# --- 4. NYC Dog Licensing Dataset (NYC Open Data, nu7n-tubp) --------------------------------------------------------

_DOG_NAMES = [
    *_split(
        "Bella Max Charlie Coco Rocky Lola Lucy Buddy Daisy Luna Teddy Milo Bailey Lucky Oliver Molly Toby Princess "
        "Chloe Sophie Cooper Bear Stella Jack Zoe Penny Louie Oreo Ginger Sasha Peanut Nala Cookie Leo Winston Duke"
    ),
    "UNKNOWN",
    "NAME NOT PROVIDED",
    "NAME",
]
_DOG_NAME_W = [
    *(42, 38, 30, 33, 24, 27, 20, 23, 22, 26, 18, 20, 17, 16, 15, 16, 15, 15, 14, 13, 13, 14, 12, 12, 12, 11, 12, 10),
    *(10, 9, 11, 10, 10, 11, 9, 8),
    *(22, 30, 1),
]
_DOG_BREEDS = {
    "Unknown": 95,
    "Yorkshire Terrier": 62,
    "Shih Tzu": 58,
    "Chihuahua": 50,
    "Maltese": 36,
    "Labrador Retriever": 34,
    "American Pit Bull Mix / Pit Bull Mix": 33,
    "Labrador Retriever Crossbreed": 28,
    "Pomeranian": 24,
    "Havanese": 22,
    "Beagle": 20,
    "Chihuahua Crossbreed": 18,
    "German Shepherd Dog": 16,
    "Poodle, Standard": 12,
    "Poodle Crossbreed": 15,
    "French Bulldog": 20,
    "Goldendoodle": 14,
    "Bichon Frise": 14,
    "Cavalier King Charles Spaniel": 11,
    "American Pit Bull Terrier/Pit Bull": 17,
    "Jack Russell Terrier": 12,
    "Dachshund, Long Haired Miniature": 6,
    "Golden Retriever": 13,
    "Boxer": 8,
    "Schnauzer, Miniature": 10,
}
_DOG_ZIPS = [10025, 10023, 10024, 10028, 10011, 10016, 10003, 11215, 11201, 11211, 10314, 10312, 11375, 10463, 10002]


def _dog_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2504)
    n = 3000
    breeds = list(_DOG_BREEDS)
    years = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022]
    yw = [9, 13, 14, 15, 14, 10, 12, 13]
    rows = []
    for _ in range(n):
        issued = pd.Timestamp(int(_one(rng, years, yw)), 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
        age = int(min(rng.gamma(1.6, 2.4), 17))
        term = int(_one(rng, [1, 2, 3, 5], [70, 12, 6, 12]))
        expires = issued + pd.DateOffset(years=term)
        zip_code = int(_one(rng, _DOG_ZIPS)) if rng.random() > 0.004 else int(_one(rng, [121, 8817, 7030]))
        rows.append(
            {
                "AnimalName": _one(rng, _DOG_NAMES, _DOG_NAME_W) if rng.random() > 0.004 else None,
                "AnimalGender": _one(rng, ["M", "F"], [53, 47]) if rng.random() > 0.006 else None,
                "AnimalBirthYear": issued.year - age,
                "BreedName": _one(rng, breeds, list(_DOG_BREEDS.values())),
                "ZipCode": zip_code,
                "LicenseIssuedDate": issued.strftime("%m/%d/%Y"),
                "LicenseExpiredDate": expires.strftime("%m/%d/%Y"),
                "Extract Year": min(issued.year + int(rng.random() < 0.5), 2023),
            }
        )
    return pd.DataFrame(rows)


_NO_NAME = {"UNKNOWN", "NAME NOT PROVIDED", "NAME"}


def _top_names(clean: bool) -> Callable[[pd.DataFrame], list[str]]:
    def value(d: pd.DataFrame) -> list[str]:
        names = d["AnimalName"].dropna()
        if clean:
            names = names[~names.str.upper().isin(_NO_NAME)]
        return list(names.value_counts().index[:5])

    return value


def _top_breeds(clean: bool) -> Callable[[pd.DataFrame], list[str]]:
    def value(d: pd.DataFrame) -> list[str]:
        b = d["BreedName"]
        if clean:
            b = b[b != "Unknown"]
        return list(b.value_counts().index[:3])

    return value


def _dog_years(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["LicenseIssuedDate"], format="%m/%d/%Y").dt.year.value_counts()


_DOG_QS = [
    Q(
        "top 5 most popular dog names?",
        either(_labels(_top_names(True)), _labels(_top_names(False))),
        ("AnimalName",),
    ),
    Q(
        "and the most common breeds",
        either(_labels(_top_breeds(True)), _labels(_top_breeds(False))),
        ("BreedName",),
    ),
    Q(
        "what % of the dogs are female",
        either(
            _share(lambda d: float((d["AnimalGender"] == "F").mean())),
            _share(lambda d: float((d["AnimalGender"].dropna() == "F").mean())),
        ),
        ("AnimalGender",),
    ),
    Q(
        "licences issued per year, plot it pls. which yr had the most?",
        both(_year_word(lambda d: int(_dog_years(d).index[0])), has(lambda d: float(_dog_years(d).iloc[0]))),
        ("LicenseIssuedDate", "Extract Year"),
    ),
    Q(
        "how old are dogs on average when they get licenced?",
        either(
            has(
                lambda d: float(
                    (pd.to_datetime(d["LicenseIssuedDate"], format="%m/%d/%Y").dt.year - d["AnimalBirthYear"]).mean()
                ),
                rel=0.01,
            ),
            has(lambda d: float((d["Extract Year"] - d["AnimalBirthYear"]).mean()), rel=0.01),
        ),
        ("AnimalBirthYear", "LicenseIssuedDate", "Extract Year"),
    ),
    Q(
        "how many chihuahuas are there?",
        either(
            has(lambda d: float((d["BreedName"] == "Chihuahua").sum())),
            has(lambda d: float(d["BreedName"].str.contains("Chihuahua", case=False, na=False).sum())),
        ),
        ("BreedName",),
    ),
]


# --- 5. A food bank's voucher log (invented) ------------------------------------------------------------------------

_FB_CENTRES = {
    "St Mark's Church": 1.0,
    "Hillside Community Hub": 0.8,
    "Town Centre Warehouse": 1.3,
    "Eastfield Library": 0.55,
}
_FB_NOSHOW = {
    "St Mark's Church": 0.07,
    "Hillside Community Hub": 0.11,
    "Town Centre Warehouse": 0.05,
    "Eastfield Library": 0.19,
}
_FB_AGENCIES = [
    "Citizens Advice",
    "GP Surgery",
    "Jobcentre Plus",
    "School",
    "Social Services",
    "Housing Assoc.",
    "Health Visitor",
]
_FB_REASONS = {
    "Low income": 36,
    "Benefit delays": 18,
    "Benefit changes": 11,
    "Debt": 10,
    "Sickness/ill health": 8,
    "Homeless": 5,
    "Domestic abuse": 3,
    "No recourse to public funds": 4,
    "Other": 5,
}
_FB_AREAS = _split("NE1 NE2 NE4 NE5 NE6 NE8 NE9 NE10 NE11 NE15")


def _food_bank_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2505)
    reasons = list(_FB_REASONS)
    rows = []
    seq = 0
    for day in pd.date_range("2022-04-01", "2024-03-31"):
        if day.weekday() >= 5:
            continue
        winter = 1.35 if day.month in (12, 1) else 1.15 if day.month in (11, 2) else 1.0
        trend = 1 + 0.25 * (day - pd.Timestamp("2022-04-01")).days / 730
        if day.month == 12 and day.day > 23:
            continue
        for centre, size in _FB_CENTRES.items():
            if centre == "Eastfield Library" and day.weekday() not in (1, 3):
                continue
            for _ in range(int(rng.poisson(0.9 * size * winter * trend))):
                seq += 1
                adults = int(_one(rng, [1, 2, 3], [58, 36, 6]))
                kids = int(_one(rng, [0, 1, 2, 3, 4, 5], [52, 16, 16, 9, 5, 2]))
                people = adults + kids
                ptype = (
                    "Single"
                    if people == 1
                    else "Couple"
                    if people == 2 and kids == 0
                    else "Family"
                    if people <= 4
                    else "Family+"
                )
                weight = round(7.5 + 5.2 * people + float(rng.normal(0, 1.8)), 1)
                u = rng.random()
                collected = "N" if u < _FB_NOSHOW[centre] else "Y"
                if rng.random() < 0.025:
                    collected = ""
                when = day + pd.Timedelta(days=int(_one(rng, [0, 1, 2, 3, 5, 7], [20, 30, 20, 12, 10, 8])))
                rows.append(
                    {
                        "Voucher No": f"FB-{day:%y%m}-{seq:05d}",
                        "Date Issued": day.strftime("%d/%m/%Y"),
                        "Distribution Centre": centre,
                        "Referral Agency": _one(rng, _FB_AGENCIES, [24, 14, 16, 12, 14, 10, 6 + 10 * (kids > 0)]),
                        "Reason for Referral": _one(rng, reasons, list(_FB_REASONS.values()))
                        if rng.random() > 0.06
                        else "",
                        "Adults": adults,
                        "Children": kids,
                        "Parcel Type": ptype,
                        "Weight (kg)": weight,
                        "Collected (Y/N)": collected,
                        "Collected On": when.strftime("%d/%m/%Y") if collected == "Y" else "",
                        "Postcode Area": _one(rng, _FB_AREAS) if rng.random() > 0.04 else "",
                        "Repeat Client?": "Y" if rng.random() < 0.42 else "N",
                        "Dietary Req.": _one(rng, ["Halal", "Vegetarian", "Gluten free", "No pork", "Diabetic"])
                        if rng.random() < 0.14
                        else "",
                    }
                )
    return pd.DataFrame(rows)


def _people(collected_only: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        pool = d[d["Collected (Y/N)"] == "Y"] if collected_only else d
        return float(pool["Adults"].sum() + pool["Children"].sum())

    return value


def _reason_shares(of_known: bool) -> Callable[[pd.DataFrame], np.ndarray]:
    def value(d: pd.DataFrame) -> np.ndarray:
        r = d["Reason for Referral"]
        counts = r.value_counts()
        return np.asarray(counts.iloc[:3] / (r.notna().sum() if of_known else len(r)), dtype=float)

    return value


def _top_reasons(d: pd.DataFrame) -> list[str]:
    return list(d["Reason for Referral"].value_counts().index[:3])


def _no_show(of_known: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def value(d: pd.DataFrame) -> pd.Series:
        pool = d[d["Collected (Y/N)"].notna()] if of_known else d
        return (pool["Collected (Y/N)"] == "N").groupby(pool["Distribution Centre"]).mean().sort_values(ascending=False)

    return value


def _fb_months(d: pd.DataFrame) -> pd.Series:
    return _dmy(d, "Date Issued").dt.to_period("M").value_counts()


def _worst_centre(of_known: bool) -> Check:
    rates = _no_show(of_known)
    return both(label_of(lambda d: str(rates(d).index[0])), _share(lambda d: float(rates(d).iloc[0])))


_FOOD_BANK_QS = [
    Q(
        "How many people have we fed in total (adults + kids)?",
        either(has(_people(False)), has(_people(True))),
        ("Adults", "Children", "Collected (Y/N)", "Voucher No"),
    ),
    Q(
        "whats the top reasons people get referred, as a %",
        both(_labels(_top_reasons), either(_shares(_reason_shares(True)), _shares(_reason_shares(False)))),
        ("Reason for Referral", "Voucher No"),
    ),
    Q(
        "what pct of vouchers never got picked up?",
        either(
            _share(lambda d: float((d["Collected (Y/N)"] == "N").mean())),
            _share(lambda d: float((d["Collected (Y/N)"].dropna() == "N").mean())),
        ),
        ("Collected (Y/N)", "Collected On", "Voucher No"),
    ),
    Q(
        "is any centre particularly bad for that?",
        either(_worst_centre(True), _worst_centre(False)),
        ("Distribution Centre", "Collected (Y/N)", "Collected On", "Voucher No"),
    ),
    Q(
        "show me parcels given out per month. when did we peak?",
        both(_period_label(lambda d: _fb_months(d).index[0]), has(lambda d: float(_fb_months(d).iloc[0]))),
        ("Date Issued", "Voucher No", "Collected On"),
    ),
    Q(
        "avg parcel weight (kg) for households with children vs without?",
        has(
            lambda d: np.asarray(
                d["Weight (kg)"].groupby(d["Children"] > 0).mean().reindex([True, False]), dtype=float
            ),
            rel=0.01,
        ),
        ("Weight (kg)", "Children", "Parcel Type", "Adults"),
    ),
]


# --- 6. A council fleet workshop's work orders (invented) -----------------------------------------------------------

_FLEET_ASSETS = {  # weight, parts cost scale (£), labour hours scale, fleet size
    "RCV (Refuse)": (26, 420.0, 5.5, 28),
    "Panel Van": (30, 140.0, 2.4, 60),
    "Pool Car": (12, 90.0, 1.6, 30),
    "Road Sweeper": (10, 520.0, 6.5, 8),
    "Minibus": (9, 180.0, 3.0, 14),
    "Tipper/Caged": (13, 230.0, 3.4, 20),
}
_FLEET_JOBS = {  # weight, cost multiplier, turnaround days scale
    "PMI": (34, 0.6, 1.2),
    "Defect": (30, 1.0, 2.8),
    "Tyres": (12, 0.8, 0.6),
    "MOT Prep": (9, 0.9, 1.8),
    "Accident Damage": (8, 2.4, 9.0),
    "Tacho/Calibration": (7, 0.3, 0.7),
}
_FLEET_DEPOTS = {"Northgate": 1.0, "Riverside Rd": 0.85, "Marsh Lane": 0.6}
_FLEET_TECHS = ["D. Kowalski", "S. Patel", "J. O'Neill", "M. Hughes", "R. Brown", "Apprentice 1", "A. Okafor"]


def _fleet_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2506)
    assets = list(_FLEET_ASSETS)
    jobs = list(_FLEET_JOBS)
    depots = list(_FLEET_DEPOTS)
    regs: dict[str, list[str]] = {}
    for a, (_w, _p, _h, size) in _FLEET_ASSETS.items():
        regs[a] = [
            f"{_one(rng, ['YK', 'YJ', 'YX', 'WU'])}{int(_one(rng, [17, 18, 19, 68, 69, 70, 21, 71]))} "
            f"{''.join(str(_one(rng, list('ABCDEFGHJKLMNOPRSTUVWXYZ'))) for _ in range(3))}"
            for _ in range(size)
        ]
    rows = []
    for i in range(1750):
        asset = str(_one(rng, assets, [v[0] for v in _FLEET_ASSETS.values()]))
        job = str(_one(rng, jobs, [v[0] for v in _FLEET_JOBS.values()]))
        _w, parts_scale, hrs_scale, _s = _FLEET_ASSETS[asset]
        _jw, mult, days_scale = _FLEET_JOBS[job]
        depot = str(_one(rng, depots, list(_FLEET_DEPOTS.values())))
        opened = pd.Timestamp("2024-01-02") + pd.Timedelta(days=int(rng.integers(0, 364)))
        hrs = round(float(hrs_scale * mult * rng.lognormal(0, 0.45)) * 2) / 2
        hrs = max(hrs, 0.5)
        parts: float | None = round(float(parts_scale * mult * rng.lognormal(0, 0.8)), 2)
        if job in ("Tacho/Calibration",) or rng.random() < 0.05:
            parts = None
        days = float(rng.gamma(1.3, days_scale * (1.4 if asset in ("RCV (Refuse)", "Road Sweeper") else 1.0)))
        closed = opened + pd.Timedelta(days=round(days))
        still_open = closed > pd.Timestamp("2024-12-31") or rng.random() < 0.03
        vor = "Y" if (job in ("Defect", "Accident Damage") and rng.random() < 0.55) or rng.random() < 0.05 else "N"
        odo_scale = 28000 if asset in ("Pool Car", "Panel Van") else 15000
        rows.append(
            {
                "WO #": f"WO{24000 + i}",
                "Opened": opened.strftime("%d/%m/%Y"),
                "Closed": "" if still_open else closed.strftime("%d/%m/%Y"),
                "Vehicle Reg": _one(rng, regs[asset]),
                "Asset Type": asset,
                "Depot": depot,
                "Job Type": job,
                "Odometer (km)": int(rng.uniform(0.3, 6) * odo_scale) if rng.random() > 0.06 else None,
                "Labour Hrs": hrs,
                "Labour Cost (£)": round(hrs * 42.5, 2),
                "Parts Cost (£)": parts,
                "VOR (Y/N)": vor,
                "Technician": _one(rng, _FLEET_TECHS),
                "Warranty Claim": _one(rng, ["Y", "N", ""], [4, 70, 26]),
            }
        )
    df = pd.DataFrame(rows)
    return df.iloc[np.argsort(_dmy(df, "Opened").to_numpy(), kind="stable")].reset_index(drop=True)


def _job_cost(d: pd.DataFrame, fill: bool) -> pd.Series:
    parts = d["Parts Cost (£)"].fillna(0) if fill else d["Parts Cost (£)"]
    return parts + d["Labour Cost (£)"]


def _asset_cost(fill: bool) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: _job_cost(d, fill).groupby(d["Asset Type"]).mean().sort_values(ascending=False)


def _turnaround(job: str | None, stat: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        pool = d if job is None else d[d["Job Type"] == job]
        pool = pool[pool["Closed"].notna()]
        days = (_dmy(pool, "Closed") - _dmy(pool, "Opened")).dt.days
        return float(days.agg(stat))

    return value


def _costliest(fill: bool) -> Check:
    costs = _asset_cost(fill)
    return both(label_of(lambda d: str(costs(d).index[0])), has(lambda d: float(costs(d).iloc[0]), rel=0.01))


_FLEET_QS = [
    Q(
        "total spend on parts + labour for the year?",
        either(
            has(lambda d: float(d["Parts Cost (£)"].sum() + d["Labour Cost (£)"].sum()), rel=0.002),
            has(lambda d: float(d["Parts Cost (£)"].sum()), lambda d: float(d["Labour Cost (£)"].sum()), rel=0.002),
        ),
        ("Parts Cost (£)", "Labour Cost (£)", "Opened", "Closed"),
    ),
    Q(
        "which type of vehicle costs us most per job on average",
        either(_costliest(True), _costliest(False)),
        ("Asset Type", "Parts Cost (£)", "Labour Cost (£)", "WO #"),
    ),
    Q(
        "avg turnaround time in days (opened to closed)?",
        either(_about(_turnaround(None, "mean")), has(_turnaround(None, "median"))),
        ("Opened", "Closed"),
    ),
    Q(
        "what about accident damage jobs",
        either(_about(_turnaround("Accident Damage", "mean")), has(_turnaround("Accident Damage", "median"))),
        ("Opened", "Closed", "Job Type"),
    ),
    Q(
        "how many WOs are still open?",
        has(lambda d: float(d["Closed"].isna().sum())),
        ("Closed", "WO #"),
    ),
    Q(
        "whats the average per depot",
        either(
            asks("cost", "hours"),
            asks("cost", "Labour"),
            asks("Parts", "Labour"),
            asks("cost", "turnaround"),
            asks("cost", "Odometer"),
        ),
        (
            "Depot",
            "Parts Cost (£)",
            "Labour Cost (£)",
            "Labour Hrs",
            "Odometer (km)",
            "Opened",
            "Closed",
            "WO #",
        ),
    ),
]


# --- 7. A magistrates' court case listing (invented) ----------------------------------------------------------------

_COURTS = {
    "Leeds MC": 1.0,
    "Bradford & Keighley MC": 0.8,
    "Wakefield MC": 0.55,
    "Calderdale MC": 0.4,
    "Kirklees MC": 0.6,
}
_COURT_DELAY = {
    "Leeds MC": 1.0,
    "Bradford & Keighley MC": 1.35,
    "Wakefield MC": 0.9,
    "Calderdale MC": 0.8,
    "Kirklees MC": 1.1,
}
_OFFENCES = {  # weight, P(guilty plea), P(convicted at trial), P(withdrawn), P(sent to Crown), fine median (£)
    "Motoring": (34, 0.78, 0.7, 0.05, 0.0, 320.0),
    "TV Licence": (9, 0.6, 0.95, 0.15, 0.0, 180.0),
    "Theft": (14, 0.62, 0.6, 0.1, 0.04, 150.0),
    "Criminal Damage": (7, 0.58, 0.55, 0.12, 0.02, 200.0),
    "Public Order": (9, 0.55, 0.5, 0.14, 0.01, 180.0),
    "Violence": (15, 0.42, 0.45, 0.2, 0.12, 300.0),
    "Drugs": (8, 0.66, 0.6, 0.08, 0.1, 220.0),
    "Fraud": (4, 0.5, 0.55, 0.1, 0.25, 400.0),
}


def _court_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2507)
    courts = list(_COURTS)
    offences = list(_OFFENCES)
    rows = []
    for i in range(2300):
        court = str(_one(rng, courts, list(_COURTS.values())))
        offence = str(_one(rng, offences, [v[0] for v in _OFFENCES.values()]))
        _w, p_plea, p_conv, p_wd, p_crown, fine_med = _OFFENCES[offence]
        first = pd.Timestamp("2023-01-03") + pd.Timedelta(days=int(rng.integers(0, 700)))
        while first.weekday() >= 5:
            first += pd.Timedelta(days=1)
        offence_date = first - pd.Timedelta(days=int(rng.gamma(1.5, 45)))
        u = rng.random()
        plea = "G" if u < p_plea else "NG" if u < 0.93 else ""
        if rng.random() < p_wd:
            outcome = "Withdrawn"
        elif rng.random() < p_crown:
            outcome = "Sent to Crown Court"
        elif plea == "G":
            outcome = "Convicted"
        else:
            outcome = "Convicted" if rng.random() < p_conv else "Acquitted"
        if plea == "G" and outcome == "Convicted":
            hearings = int(_one(rng, [1, 2, 3], [62, 28, 10]))
            days = 0 if hearings == 1 else int(rng.gamma(1.5, 18))
        elif outcome == "Sent to Crown Court":
            hearings = 1
            days = int(rng.integers(0, 14))
        else:
            hearings = int(_one(rng, [2, 3, 4, 5, 6], [25, 30, 22, 14, 9]))
            days = int(rng.gamma(2.5, 38) * _COURT_DELAY[court])
        disposal = first + pd.Timedelta(days=days)
        pending = disposal > pd.Timestamp("2024-12-20")
        fine: float | None = None
        if outcome == "Convicted" and rng.random() < (0.85 if offence in ("Motoring", "TV Licence") else 0.4):
            fine = float(round(fine_med * rng.lognormal(0, 0.5) / 5) * 5)
        costs: float | None = None
        if outcome == "Convicted":
            costs = float(_one(rng, [85, 90, 105, 120, 300, 620], [20, 25, 20, 15, 12, 8]))
        rows.append(
            {
                "Case Ref": f"{_one(rng, ['13', '14', '15'])}{int(rng.integers(0, 10)):01d}"
                f"{first:%y}{100000 + i * 3 + int(rng.integers(0, 3)):06d}",
                "Court": court,
                "Offence Group": offence,
                "Date of Offence": offence_date.strftime("%d/%m/%Y"),
                "First Hearing": first.strftime("%d/%m/%Y"),
                "Disposal Date": "" if pending else disposal.strftime("%d/%m/%Y"),
                "Plea": plea,
                "Outcome": "" if pending else outcome,
                "Fine (£)": None if pending else fine,
                "Costs (£)": None if pending else costs,
                "No. Hearings": hearings,
                "Def. Age": int(np.clip(rng.normal(34, 12), 18, 85)),
                "Sex": _one(rng, ["M", "F", "U"], [76, 22, 2]),
                "Legal Aid (Y/N)": "Y"
                if rng.random() < (0.25 if offence in ("Motoring", "TV Licence") else 0.6)
                else "N",
            }
        )
    df = pd.DataFrame(rows)
    return df.iloc[np.argsort(_dmy(df, "First Hearing").to_numpy(), kind="stable")].reset_index(drop=True)


def _conviction(base: str) -> Callable[[pd.DataFrame], pd.Series]:
    def value(d: pd.DataFrame) -> pd.Series:
        pool = d
        if base == "disposed":
            pool = d[d["Outcome"].notna()]
        elif base == "decided":
            pool = d[d["Outcome"].isin(["Convicted", "Acquitted"])]
        elif base == "in_court":
            pool = d[d["Outcome"].notna() & (d["Outcome"] != "Sent to Crown Court")]
        return (pool["Outcome"] == "Convicted").groupby(pool["Offence Group"]).mean()

    return value


def _overall_conviction(base: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        pool = d
        if base == "disposed":
            pool = d[d["Outcome"].notna()]
        elif base == "decided":
            pool = d[d["Outcome"].isin(["Convicted", "Acquitted"])]
        elif base == "in_court":
            pool = d[d["Outcome"].notna() & (d["Outcome"] != "Sent to Crown Court")]
        return float((pool["Outcome"] == "Convicted").mean())

    return value


_BASES = ("all", "disposed", "decided", "in_court")


def _hearing_to_disposal(stat: str, weeks: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        pool = d[d["Disposal Date"].notna()]
        days = (_dmy(pool, "Disposal Date") - _dmy(pool, "First Hearing")).dt.days
        return float(days.agg(stat)) / (7 if weeks else 1)

    return value


def _backlog(d: pd.DataFrame) -> pd.Series:
    return d.loc[d["Disposal Date"].isna(), "Court"].value_counts()


_COURT_QS = [
    Q(
        "what's our overall conviction rate",
        either(*(_share(_overall_conviction(b)) for b in _BASES)),
        ("Outcome", "Disposal Date", "Plea", "Case Ref"),
    ),
    Q(
        "break that down by offence type",
        either(*(_shares(_conviction(b)) for b in _BASES)),
        ("Outcome", "Offence Group", "Disposal Date", "Plea", "Case Ref"),
    ),
    Q(
        "Average fine for motoring offences?",
        has(lambda d: float(d.loc[d["Offence Group"] == "Motoring", "Fine (£)"].mean()), rel=0.01),
        ("Fine (£)", "Offence Group", "Outcome", "Costs (£)"),
    ),
    Q(
        "avg time from first hearing to disposal, in weeks",
        either(
            _about(_hearing_to_disposal("mean", True)),
            _about(_hearing_to_disposal("median", True)),
            _about(_hearing_to_disposal("mean", False)),
        ),
        ("First Hearing", "Disposal Date"),
    ),
    Q(
        "what proportion of defendants plead guilty?",
        either(
            _share(lambda d: float((d["Plea"] == "G").mean())),
            _share(lambda d: float((d["Plea"].dropna() == "G").mean())),
        ),
        ("Plea", "Case Ref"),
    ),
    Q(
        "which court has the biggest backlog of cases not yet disposed of?",
        both(label_of(lambda d: str(_backlog(d).index[0])), has(lambda d: float(_backlog(d).iloc[0]))),
        ("Court", "Disposal Date", "Outcome", "Case Ref"),
    ),
]


HELDOUT25: list[Dataset] = [
    Dataset("nyc_yellow_taxi_trips", _taxi_frame, _TAXI_QS),
    Dataset("global_power_plants", _power_frame, _POWER_QS),
    Dataset("concrete_strength", _concrete_frame, _CONCRETE_QS),
    Dataset("nyc_dog_licensing", _dog_frame, _DOG_QS),
    Dataset("food_bank_vouchers", _food_bank_frame, _FOOD_BANK_QS),
    Dataset("fleet_work_orders", _fleet_frame, _FLEET_QS),
    Dataset("magistrates_court_cases", _court_frame, _COURT_QS),
]
