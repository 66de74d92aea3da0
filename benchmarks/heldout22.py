"""HELDOUT22: a blind held-out set of seven datasets and 42 questions.

Written without reading the analyst, and measured before any fix it prompts. Four frames copy the column layout of
well-known public datasets (Washington State's Electric Vehicle Population Data, Kaggle "Customer Personality
Analysis" marketing_campaign.csv, the Maven/Kaggle pizza_sales.csv, Kaggle's winemag-data-130k-v2.csv wine reviews
with its unnamed index column); three are invented but realistic tables (a council's highway defect reports, a
biscuit factory's batch QC log, a letting agency's tenancy ledger). All are generated with a fixed seed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .offline_eval import Check, Dataset, Q, asks, both, either, has, label_of, words
from .offline_eval import rounded_share as _share
from .offline_eval import rounded_shares as _shares

# --- shared helpers ------------------------------------------------------------------------------------------------


def _r(a: str, b: str, how: str = "pearson") -> Callable[[pd.DataFrame], float]:
    return lambda df: df[a].corr(df[b], method=how)


def _corr(a: str, b: str) -> Check:
    """Pearson or Spearman correlation, to about three figures."""
    return either(has(_r(a, b), rel=0.01), has(_r(a, b, "spearman"), rel=0.01))


def _pick(rng: np.random.Generator, options: list[Any], p: list[float], n: int) -> np.ndarray:
    w = np.asarray(p, dtype=float)
    return rng.choice(np.asarray(options, dtype=object), size=n, p=w / w.sum())


def _month_label(month: Callable[[pd.DataFrame], pd.Period]) -> Check:
    """A calendar month, as 2024-01 or as Jan(uary) ... 2024."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        m = month(df)
        return either(words(f"{m.year}-{m.month:02d}"), both(words(m.strftime("%b")), words(str(m.year))))(answer, df)

    return check


def _busiest_month(col: str, fmt: str) -> Check:
    """The month with the most rows, and its count."""

    def months(df: pd.DataFrame) -> pd.Series:
        return pd.to_datetime(df[col], format=fmt).dt.to_period("M").value_counts()

    return both(_month_label(lambda df: months(df).idxmax()), has(lambda df: float(months(df).max())))


def _days(n: int, start: str, end: str, rng: np.random.Generator, weight: Callable[[pd.Timestamp], float]) -> Any:
    days = pd.date_range(start, end, freq="D")
    w = np.array([weight(d) for d in days], dtype=float)
    return pd.DatetimeIndex(rng.choice(days.to_numpy(), size=n, p=w / w.sum()))


# --- 1. Washington State Electric Vehicle Population Data (data.wa.gov) --------------------------------------------

_BEV = "Battery Electric Vehicle (BEV)"
_PHEV = "Plug-in Hybrid Electric Vehicle (PHEV)"
_ELIGIBLE = "Clean Alternative Fuel Vehicle Eligible"
_LOW = "Not eligible due to low battery range"
_UNKNOWN = "Eligibility unknown as battery range has not been researched"

# make, model, type, first year, last year, weight, researched ranges (BEV: by year, later years 0; PHEV: one value)
_EV_MODELS: list[tuple[str, str, str, int, int, float, dict[int, int] | int]] = [
    ("TESLA", "MODEL Y", "BEV", 2020, 2024, 22.0, {2020: 291}),
    ("TESLA", "MODEL 3", "BEV", 2017, 2024, 17.0, {2017: 220, 2018: 215, 2019: 220, 2020: 266}),
    (
        "TESLA",
        "MODEL S",
        "BEV",
        2012,
        2023,
        3.0,
        {y: r for y, r in zip(range(2012, 2021), [265, 208, 208, 208, 210, 210, 249, 270, 337], strict=True)},
    ),
    ("TESLA", "MODEL X", "BEV", 2016, 2023, 2.4, {2016: 200, 2017: 200, 2018: 238, 2019: 289, 2020: 293}),
    (
        "NISSAN",
        "LEAF",
        "BEV",
        2011,
        2023,
        7.0,
        {y: r for y, r in zip(range(2011, 2021), [73, 73, 75, 84, 84, 107, 107, 151, 150, 149], strict=True)},
    ),
    ("CHEVROLET", "BOLT EV", "BEV", 2017, 2023, 5.0, {2017: 238, 2018: 238, 2019: 238, 2020: 259}),
    ("CHEVROLET", "VOLT", "PHEV", 2011, 2019, 2.5, 38),
    ("KIA", "NIRO", "BEV", 2019, 2024, 1.8, {2019: 239, 2020: 239}),
    ("KIA", "NIRO", "PHEV", 2018, 2024, 1.2, 26),
    ("FORD", "MUSTANG MACH-E", "BEV", 2021, 2024, 3.6, {}),
    ("FORD", "F-150", "BEV", 2022, 2024, 1.2, {}),
    ("FORD", "FUSION", "PHEV", 2013, 2020, 1.1, 19),
    ("TOYOTA", "PRIUS PRIME", "PHEV", 2017, 2024, 2.4, 25),
    ("TOYOTA", "RAV4 PRIME", "PHEV", 2021, 2024, 2.6, 42),
    ("VOLKSWAGEN", "ID.4", "BEV", 2021, 2024, 2.9, {}),
    ("VOLKSWAGEN", "E-GOLF", "BEV", 2015, 2019, 0.9, {2015: 83, 2016: 83, 2017: 125, 2018: 125, 2019: 125}),
    ("JEEP", "WRANGLER", "PHEV", 2021, 2024, 2.3, 21),
    ("HYUNDAI", "IONIQ 5", "BEV", 2022, 2024, 2.5, {}),
    ("RIVIAN", "R1S", "BEV", 2022, 2024, 1.2, {}),
    ("RIVIAN", "R1T", "BEV", 2022, 2024, 1.1, {}),
    ("BMW", "X5", "PHEV", 2016, 2024, 1.5, 14),
    (
        "BMW",
        "I3",
        "BEV",
        2014,
        2021,
        1.0,
        {y: r for y, r in zip(range(2014, 2020), [81, 81, 81, 114, 114, 153], strict=True)},
    ),
    ("CHRYSLER", "PACIFICA", "PHEV", 2017, 2024, 1.5, 32),
    ("AUDI", "E-TRON", "BEV", 2019, 2023, 1.0, {2019: 204, 2020: 222}),
    ("VOLVO", "XC90", "PHEV", 2016, 2024, 1.2, 18),
]

_VIN_PREFIX = {
    "TESLA": "5YJ",
    "NISSAN": "1N4",
    "CHEVROLET": "1G1",
    "KIA": "KND",
    "FORD": "3FM",
    "TOYOTA": "JTD",
    "VOLKSWAGEN": "1V2",
    "JEEP": "1C4",
    "HYUNDAI": "KM8",
    "RIVIAN": "7PD",
    "BMW": "5UX",
    "CHRYSLER": "2C4",
    "AUDI": "WA1",
    "VOLVO": "YV4",
}
_YEAR_CODE = dict(zip(range(2011, 2025), "BCDEFGHJKLMNPR", strict=True))

# county: weight, FIPS, utility by city (None: county default), cities (name, zips, districts, lon, lat, weight)
_EV_COUNTIES: dict[str, tuple[float, str, str, list[tuple[str, list[int], list[int], float, float, float]]]] = {
    "King": (
        50.0,
        "033",
        "PUGET SOUND ENERGY INC||CITY OF TACOMA - (WA)",
        [
            (
                "Seattle",
                [98103, 98105, 98112, 98115, 98117, 98122, 98144, 98199],
                [36, 37, 43, 46, 34],
                -122.33,
                47.61,
                40,
            ),
            ("Bellevue", [98004, 98006, 98007, 98008], [41, 48], -122.19, 47.61, 15),
            ("Redmond", [98052, 98053], [45, 48], -122.12, 47.67, 10),
            ("Kirkland", [98033, 98034], [45, 48, 1], -122.2, 47.68, 9),
            ("Sammamish", [98074, 98075], [45, 41], -122.04, 47.6, 8),
            ("Issaquah", [98027, 98029], [5, 41], -122.03, 47.53, 7),
            ("Renton", [98055, 98056, 98059], [11, 37], -122.2, 47.48, 6),
            ("Kent", [98030, 98031, 98042], [33, 47], -122.23, 47.38, 5),
        ],
    ),
    "Snohomish": (
        12.0,
        "061",
        "PUGET SOUND ENERGY INC||PUD NO 1 OF SNOHOMISH COUNTY",
        [
            ("Bothell", [98012, 98021], [1, 44], -122.2, 47.8, 30),
            ("Lynnwood", [98036, 98037], [32, 21], -122.3, 47.82, 20),
            ("Everett", [98201, 98203, 98208], [38, 44], -122.2, 47.98, 25),
            ("Edmonds", [98020, 98026], [21, 32], -122.38, 47.81, 15),
            ("Mukilteo", [98275], [21], -122.3, 47.94, 10),
        ],
    ),
    "Pierce": (
        8.0,
        "053",
        "BONNEVILLE POWER ADMINISTRATION||CITY OF TACOMA - (WA)||PENINSULA LIGHT COMPANY",
        [
            ("Tacoma", [98402, 98403, 98406, 98407], [27, 28, 29], -122.44, 47.25, 45),
            ("Puyallup", [98371, 98373, 98374], [25, 2], -122.29, 47.19, 25),
            ("Gig Harbor", [98332, 98335], [26], -122.58, 47.33, 20),
            ("Lakewood", [98498, 98499], [28], -122.52, 47.17, 10),
        ],
    ),
    "Clark": (
        6.0,
        "011",
        "BONNEVILLE POWER ADMINISTRATION||PUD NO 1 OF CLARK COUNTY - (WA)",
        [
            ("Vancouver", [98660, 98661, 98683, 98684, 98685], [49, 17, 18], -122.6, 45.64, 70),
            ("Camas", [98607], [18], -122.4, 45.59, 20),
            ("Battle Ground", [98604], [18], -122.53, 45.78, 10),
        ],
    ),
    "Thurston": (
        4.0,
        "067",
        "PUGET SOUND ENERGY INC",
        [
            ("Olympia", [98501, 98502, 98506], [22], -122.9, 47.04, 55),
            ("Lacey", [98503, 98516], [22, 2], -122.82, 47.04, 30),
            ("Tumwater", [98512], [35], -122.91, 46.99, 15),
        ],
    ),
    "Kitsap": (
        3.5,
        "035",
        "PUGET SOUND ENERGY INC",
        [
            ("Bainbridge Island", [98110], [23], -122.52, 47.63, 40),
            ("Bremerton", [98310, 98311], [26, 35], -122.63, 47.57, 35),
            ("Poulsbo", [98370], [23], -122.64, 47.74, 25),
        ],
    ),
    "Spokane": (
        2.5,
        "063",
        "BONNEVILLE POWER ADMINISTRATION||AVISTA CORP||INLAND POWER & LIGHT COMPANY",
        [
            ("Spokane", [99201, 99203, 99205, 99223], [3, 6], -117.42, 47.66, 75),
            ("Spokane Valley", [99206, 99216], [4], -117.24, 47.67, 25),
        ],
    ),
    "Whatcom": (
        2.5,
        "073",
        "PUGET SOUND ENERGY INC||PUD NO 1 OF WHATCOM COUNTY",
        [
            ("Bellingham", [98225, 98226, 98229], [40, 42], -122.48, 48.75, 85),
            ("Ferndale", [98248], [42], -122.59, 48.85, 15),
        ],
    ),
    "Benton": (
        1.2,
        "005",
        "BONNEVILLE POWER ADMINISTRATION||CITY OF RICHLAND - (WA)||PUD NO 1 OF BENTON COUNTY",
        [
            ("Richland", [99352, 99354], [8], -119.28, 46.28, 60),
            ("Kennewick", [99336, 99337], [8, 16], -119.14, 46.21, 40),
        ],
    ),
    "Skagit": (
        1.1,
        "057",
        "PUGET SOUND ENERGY INC",
        [
            ("Mount Vernon", [98273, 98274], [10, 40], -122.33, 48.42, 55),
            ("Anacortes", [98221], [40], -122.61, 48.5, 45),
        ],
    ),
}
_OUT_OF_STATE = [
    ("San Diego", "San Diego", "CA", 92101, 6073005300, -117.16, 32.72),
    ("Fairfax", "Fairfax", "VA", 22030, 51059482300, -77.31, 38.85),
    ("Bexar", "San Antonio", "TX", 78209, 48029191000, -98.46, 29.49),
    ("Anne Arundel", "Annapolis", "MD", 21401, 24003706300, -76.49, 38.98),
    ("Orange", "Irvine", "CA", 92618, 6059052502, -117.74, 33.67),
]


def _ev_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2201)
    n = 2400
    weights = np.array([m[5] for m in _EV_MODELS])
    which = rng.choice(len(_EV_MODELS), size=n, p=weights / weights.sum())
    counties = list(_EV_COUNTIES)
    cw = np.array([_EV_COUNTIES[c][0] for c in counties])
    county_of = rng.choice(len(counties), size=n, p=cw / cw.sum())
    out_state = set(rng.choice(n, size=7, replace=False).tolist())
    ids = pd.unique(rng.integers(100_000_000, 480_000_000, size=2 * n))[:n]
    alphabet = list("ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
    rows = []
    for i in range(n):
        make, model, kind, first, last, _w, spec = _EV_MODELS[which[i]]
        years = np.arange(first, last + 1)
        yw = 1.33 ** (years - 2011) * np.where(years == 2024, 0.7, 1.0)
        year = int(rng.choice(years, p=yw / yw.sum()))
        if kind == "PHEV":
            assert isinstance(spec, int)
            rng_mi = spec
        else:
            assert isinstance(spec, dict)
            rng_mi = spec.get(year, 0)
        cafv = _UNKNOWN if rng_mi == 0 else (_ELIGIBLE if rng_mi >= 30 else _LOW)
        msrp = 0
        if make in ("TESLA", "BMW", "VOLVO", "CHRYSLER") and year <= 2019 and rng.random() < 0.1:
            msrp = {"TESLA": 69900, "BMW": 59600, "VOLVO": 52900, "CHRYSLER": 39995}[make]
        vin = _VIN_PREFIX[make] + "".join(rng.choice(alphabet, size=6)) + _YEAR_CODE[year]
        if i in out_state:
            county, city, state, zipc, tract, lon, lat = _OUT_OF_STATE[int(rng.integers(len(_OUT_OF_STATE)))]
            district: float = float("nan")
            utility: Any = None
        else:
            county = counties[county_of[i]]
            _cw, fips, utility, cities = _EV_COUNTIES[county]
            ciw = np.array([c[5] for c in cities], dtype=float)
            city, zips, districts, lon, lat, _ = cities[int(rng.choice(len(cities), p=ciw / ciw.sum()))]
            if city == "Seattle":
                utility = "CITY OF SEATTLE - (WA)|CITY OF TACOMA - (WA)"
            state = "WA"
            zipc = int(rng.choice(zips))
            district = float(rng.choice(districts))
            tract = int(f"53{fips}{int(rng.integers(100, 99999)):06d}")
        lon += rng.normal(0, 0.03)
        lat += rng.normal(0, 0.02)
        rows.append(
            {
                "VIN (1-10)": vin,
                "County": county,
                "City": city,
                "State": state,
                "Postal Code": zipc,
                "Model Year": year,
                "Make": make,
                "Model": model,
                "Electric Vehicle Type": _BEV if kind == "BEV" else _PHEV,
                "Clean Alternative Fuel Vehicle (CAFV) Eligibility": cafv,
                "Electric Range": rng_mi,
                "Base MSRP": msrp,
                "Legislative District": district,
                "DOL Vehicle ID": int(ids[i]),
                "Vehicle Location": f"POINT ({lon:.5f} {lat:.6f})",
                "Electric Utility": utility,
                "2020 Census Tract": tract,
            }
        )
    df = pd.DataFrame(rows)
    df["Legislative District"] = df["Legislative District"].astype("Int64")
    return df


def _ev_range(kind: str) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        sub = df[(df["Electric Vehicle Type"] == kind) & (df["Electric Range"] > 0)]
        return float(sub["Electric Range"].mean())

    return value


def _ev_king_top(k: int) -> Callable[[pd.DataFrame], str]:
    return lambda df: str(df.loc[df["County"] == "King", "Model"].value_counts().index[k])


_EV_QS = [
    Q(
        "how many of these are plug-in hybrids and how many are fully battery electric?",
        has(
            lambda df: float((df["Electric Vehicle Type"] == _PHEV).sum()),
            lambda df: float((df["Electric Vehicle Type"] == _BEV).sum()),
        ),
        ("Electric Vehicle Type",),
    ),
    Q(
        "Which make is the most common, and what % of all the registrations is it?",
        both(
            label_of(lambda df: str(df["Make"].value_counts().index[0])),
            _share(lambda df: float(df["Make"].value_counts(normalize=True).iloc[0])),
        ),
        ("Make",),
    ),
    Q(
        "whats the average electric range for BEVs vs PHEVs? a range of 0 just means it hasn't been researched so "
        "leave those out",
        has(_ev_range(_BEV), _ev_range(_PHEV)),
        ("Electric Range", "Electric Vehicle Type"),
    ),
    Q(
        "Plot the number of registered vehicles by model year. Which model year has the most?",
        has(
            lambda df: float(df["Model Year"].value_counts().index[0]),
            lambda df: float(df["Model Year"].value_counts().iloc[0]),
        ),
        ("Model Year",),
    ),
    Q(
        "In King County only, what share of the vehicles are eligible as a clean alternative fuel vehicle?",
        _share(
            lambda df: float(
                (
                    df.loc[df["County"] == "King", "Clean Alternative Fuel Vehicle (CAFV) Eligibility"] == _ELIGIBLE
                ).mean()
            )
        ),
        ("County", "Clean Alternative Fuel Vehicle (CAFV) Eligibility"),
    ),
    Q(
        "and what are the 5 most popular models there?",
        both(*(label_of(_ev_king_top(k)) for k in range(5))),
        ("Model", "County", "Make"),
    ),
]


# --- 2. Kaggle "Customer Personality Analysis" (marketing_campaign.csv) --------------------------------------------

_MNT = ["MntWines", "MntFruits", "MntMeatProducts", "MntFishProducts", "MntSweetProducts", "MntGoldProds"]
_CMPS = ["AcceptedCmp1", "AcceptedCmp2", "AcceptedCmp3", "AcceptedCmp4", "AcceptedCmp5"]


def _marketing_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2202)
    n = 2240
    edu = _pick(rng, ["Graduation", "PhD", "Master", "2n Cycle", "Basic"], [50.3, 21.7, 16.5, 9.1, 2.4], n)
    marital = _pick(rng, ["Married", "Together", "Single", "Divorced", "Widow"], [38.6, 25.9, 21.4, 10.4, 3.4], n)
    odd = rng.choice(n, size=7, replace=False)
    marital[odd] = ["Alone", "Alone", "Alone", "Absurd", "Absurd", "YOLO", "YOLO"]
    birth = np.clip(np.round(rng.normal(1969, 11.5, n)), 1940, 1996).astype(int)
    birth[rng.choice(n, size=3, replace=False)] = [1893, 1899, 1900]
    base = pd.Series(edu).map({"Basic": 20300, "2n Cycle": 47600, "Graduation": 52700, "Master": 52900, "PhD": 56100})
    income = np.clip(
        base.to_numpy(float) + rng.normal(0, 20000, n) + (1975 - np.clip(birth, 1940, 1996)) * 250, 4000, 160000
    )
    income = np.round(income)
    kid = (rng.random(n) < np.clip(0.95 - income / 85000, 0.04, 0.85)).astype(int)
    kid[(kid == 1) & (rng.random(n) < 0.045)] = 2
    teen = (rng.random(n) < np.clip(0.2 + (1975 - birth) * 0.02, 0.05, 0.8)).astype(int)
    teen[(teen == 1) & (rng.random(n) < 0.04)] = 2
    mult = 1.0 / (1.0 + 1.1 * kid + 0.45 * teen)
    s = np.clip(income - 12000, 500, None) / 1000 * mult
    shape = {"MntWines": 7.5, "MntFruits": 0.6, "MntMeatProducts": 4.0, "MntFishProducts": 0.85}
    shape |= {"MntSweetProducts": 0.62, "MntGoldProds": 0.95}
    caps = {"MntWines": 1493, "MntFruits": 199, "MntMeatProducts": 1725, "MntFishProducts": 259}
    caps |= {"MntSweetProducts": 263, "MntGoldProds": 362}
    spend = {c: np.clip(np.round(s * shape[c] * rng.lognormal(0, 0.75, n)), 0, caps[c]).astype(int) for c in _MNT}
    start = pd.Timestamp("2012-07-30")
    joined = _days(n, "2012-07-30", "2014-06-29", rng, lambda d: 1.45 if (d.year, d.month) == (2013, 8) else 1.0)
    recency = rng.integers(0, 100, n)
    score = s / s.mean()
    cmp_base = {"AcceptedCmp1": 0.062, "AcceptedCmp2": 0.013, "AcceptedCmp3": 0.07, "AcceptedCmp4": 0.088}
    cmp_base["AcceptedCmp5"] = 0.066
    cmps = {c: (rng.random(n) < np.clip(p * score**0.8, 0, 0.9)).astype(int) for c, p in cmp_base.items()}
    prior = sum(cmps.values())
    edu_m = pd.Series(edu).map({"PhD": 1.45, "Master": 1.05, "Graduation": 0.9, "2n Cycle": 0.7, "Basic": 0.25})
    p_resp = 0.12 * edu_m.to_numpy(float) * (1.6 - 1.2 * recency / 99) * (1 + 0.9 * prior)
    df = pd.DataFrame(
        {
            "ID": rng.choice(11192, size=n, replace=False),
            "Year_Birth": birth,
            "Education": edu,
            "Marital_Status": marital,
            "Income": income,
            "Kidhome": kid,
            "Teenhome": teen,
            "Dt_Customer": joined.strftime("%d-%m-%Y"),
            "Recency": recency,
            **spend,
            "NumDealsPurchases": np.clip(rng.poisson(1.2 + 1.3 * (kid + teen)), 0, 15),
            "NumWebPurchases": np.clip(rng.poisson(1.5 + s / 25), 0, 27),
            "NumCatalogPurchases": np.clip(rng.poisson(0.2 + s / 30), 0, 28),
            "NumStorePurchases": np.clip(rng.poisson(2.5 + s / 18), 0, 13),
            "NumWebVisitsMonth": np.clip(rng.poisson(7.5 - s / 20).clip(0), 0, 20),
            "AcceptedCmp3": cmps["AcceptedCmp3"],
            "AcceptedCmp4": cmps["AcceptedCmp4"],
            "AcceptedCmp5": cmps["AcceptedCmp5"],
            "AcceptedCmp1": cmps["AcceptedCmp1"],
            "AcceptedCmp2": cmps["AcceptedCmp2"],
            "Complain": (rng.random(n) < 0.0095).astype(int),
            "Z_CostContact": 3,
            "Z_Revenue": 11,
            "Response": (rng.random(n) < np.clip(p_resp, 0, 0.9)).astype(int),
        }
    )
    assert (joined >= start).all()
    big = int(rng.integers(n))
    df.loc[big, "Income"] = 666666.0
    df.loc[big, _MNT] = [9, 14, 18, 8, 1, 12]
    df.loc[rng.choice(np.setdiff1d(np.arange(n), [big]), size=24, replace=False), "Income"] = np.nan
    return df


def _total_spend(df: pd.DataFrame) -> pd.Series:
    return df[_MNT].sum(axis=1)


def _signup_months(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Dt_Customer"], format="%d-%m-%Y").dt.to_period("M").value_counts()


_MARKETING_QS = [
    Q(
        "what's the average household income? I think some are blank - how many customers are missing it?",
        has(lambda df: float(df["Income"].mean()), lambda df: float(df["Income"].isna().sum())),
        ("Income",),
    ),
    Q(
        "How much did customers spend in total on wine compared with meat?",
        has(lambda df: float(df["MntWines"].sum()), lambda df: float(df["MntMeatProducts"].sum())),
        ("MntWines", "MntMeatProducts"),
    ),
    Q(
        "response rate by education level?",
        _shares(lambda df: df.groupby("Education")["Response"].mean().to_numpy()),
        ("Response", "Education"),
    ),
    Q(
        "Of the five earlier campaigns (cmp 1-5), which one got the highest acceptance rate?",
        both(
            _share(lambda df: float(df[_CMPS].mean().max())),
            lambda answer, df: either(
                words(str(df[_CMPS].mean().idxmax())[-4:]), words(f"campaign {df[_CMPS].mean().idxmax()[-1]}")
            )(answer, df),
        ),
        tuple(_CMPS),
    ),
    Q(
        "Do households with kids spend less? Compare the average total spend across all the product categories for "
        "customers with no kids or teens at home vs those with at least one",
        has(
            lambda df: float(_total_spend(df)[(df["Kidhome"] + df["Teenhome"]) == 0].mean()),
            lambda df: float(_total_spend(df)[(df["Kidhome"] + df["Teenhome"]) > 0].mean()),
        ),
        (*_MNT, "Kidhome", "Teenhome"),
    ),
    Q(
        "which month did we sign up the most new customers, and how many joined that month?",
        _busiest_month("Dt_Customer", "%d-%m-%Y"),
        ("Dt_Customer",),
    ),
]


# --- 3. Maven Analytics / Kaggle pizza_sales.csv -------------------------------------------------------------------

# id stem, name, category, ingredients, prices by size, popularity
_PIZZAS: list[tuple[str, str, str, str, dict[str, float], float]] = [
    (
        "classic_dlx",
        "The Classic Deluxe Pizza",
        "Classic",
        "Pepperoni, Mushrooms, Red Onions, Red Peppers, Bacon",
        {"S": 12.0, "M": 16.0, "L": 20.5},
        10.0,
    ),
    (
        "bbq_ckn",
        "The Barbecue Chicken Pizza",
        "Chicken",
        "Barbecued Chicken, Red Peppers, Green Peppers, Tomatoes, Red Onions, Barbecue Sauce",
        {"S": 12.75, "M": 16.75, "L": 20.75},
        9.2,
    ),
    (
        "hawaiian",
        "The Hawaiian Pizza",
        "Classic",
        "Sliced Ham, Pineapple, Mozzarella Cheese",
        {"S": 10.5, "M": 13.25, "L": 16.5},
        9.0,
    ),
    (
        "pepperoni",
        "The Pepperoni Pizza",
        "Classic",
        "Mozzarella Cheese, Pepperoni",
        {"S": 9.75, "M": 12.5, "L": 15.25},
        8.9,
    ),
    (
        "thai_ckn",
        "The Thai Chicken Pizza",
        "Chicken",
        "Chicken, Pineapple, Tomatoes, Red Peppers, Thai Sweet Chilli Sauce",
        {"S": 12.75, "M": 16.75, "L": 20.75},
        8.0,
    ),
    (
        "cali_ckn",
        "The California Chicken Pizza",
        "Chicken",
        "Chicken, Artichoke, Spinach, Garlic, Jalapeno Peppers, Fontina Cheese, Gouda Cheese",
        {"S": 12.75, "M": 16.75, "L": 20.75},
        7.6,
    ),
    (
        "sicilian",
        "The Sicilian Pizza",
        "Supreme",
        "Coarse Sicilian Salami, Tomatoes, Green Olives, Luganega Sausage, Onions, Garlic",
        {"S": 12.25, "M": 16.25, "L": 20.25},
        6.0,
    ),
    (
        "spicy_ital",
        "The Spicy Italian Pizza",
        "Supreme",
        "Capocollo, Tomatoes, Goat Cheese, Artichokes, Peperoncini verdi, Garlic",
        {"S": 12.5, "M": 16.5, "L": 20.75},
        6.0,
    ),
    (
        "ital_supr",
        "The Italian Supreme Pizza",
        "Supreme",
        "Calabrese Salami, Capocollo, Tomatoes, Red Onions, Green Olives, Garlic",
        {"S": 12.5, "M": 16.5, "L": 20.75},
        5.0,
    ),
    (
        "four_cheese",
        "The Four Cheese Pizza",
        "Veggie",
        "Ricotta Cheese, Gorgonzola Piccante Cheese, Mozzarella Cheese, Parmigiano Reggiano Cheese, Garlic",
        {"M": 14.75, "L": 17.95},
        5.5,
    ),
    (
        "mexicana",
        "The Mexicana Pizza",
        "Veggie",
        "Tomatoes, Red Peppers, Jalapeno Peppers, Red Onions, Cilantro, Corn, Chipotle Sauce, Garlic",
        {"S": 12.0, "M": 16.0, "L": 20.25},
        4.8,
    ),
    (
        "veggie_veg",
        "The Vegetables + Vegetables Pizza",
        "Veggie",
        "Mushrooms, Tomatoes, Red Peppers, Green Peppers, Red Onions, Zucchini, Spinach, Garlic",
        {"S": 12.0, "M": 16.0, "L": 20.25},
        4.6,
    ),
    (
        "big_meat",
        "The Big Meat Pizza",
        "Classic",
        "Bacon, Pepperoni, Italian Sausage, Chorizo Sausage",
        {"S": 12.0},
        4.4,
    ),
    (
        "five_cheese",
        "The Five Cheese Pizza",
        "Veggie",
        "Mozzarella Cheese, Provolone Cheese, Smoked Gouda Cheese, Romano Cheese, Blue Cheese, Garlic",
        {"L": 18.5},
        3.9,
    ),
    (
        "the_greek",
        "The Greek Pizza",
        "Classic",
        "Kalamata Olives, Feta Cheese, Tomatoes, Garlic, Beef Chuck Roast, Red Onions",
        {"S": 12.0, "M": 16.0, "L": 20.5, "XL": 25.5},
        2.4,
    ),
    (
        "green_garden",
        "The Green Garden Pizza",
        "Veggie",
        "Spinach, Mushrooms, Tomatoes, Green Olives, Feta Cheese",
        {"S": 12.0, "M": 16.0, "L": 20.25},
        2.0,
    ),
]
_SIZE_W = {"S": 0.34, "M": 0.33, "L": 0.38, "XL": 0.9}
_WEEKDAY_W = [0.9, 0.95, 0.95, 1.05, 1.3, 1.15, 0.85]
_MONTH_W = {7: 1.4, 10: 0.9, 12: 0.9, 9: 0.95}
_HOUR_W = {9: 0.002, 10: 0.003, 11: 0.09, 12: 0.175, 13: 0.14, 14: 0.07, 15: 0.06, 16: 0.08}
_HOUR_W |= {17: 0.11, 18: 0.105, 19: 0.08, 20: 0.055, 21: 0.03, 22: 0.01, 23: 0.001}


def _pizza_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2203)
    n_orders = 1300
    dates = _days(
        n_orders, "2015-01-01", "2015-12-31", rng, lambda d: _WEEKDAY_W[d.weekday()] * _MONTH_W.get(d.month, 1.0)
    )
    hours = np.array(list(_HOUR_W))
    hw = np.array(list(_HOUR_W.values()))
    hour = rng.choice(hours, size=n_orders, p=hw / hw.sum())
    secs = hour * 3600 + rng.integers(0, 3600, n_orders)
    stamps = sorted(zip(dates, secs, strict=True))
    pw = np.array([p[5] for p in _PIZZAS])
    rows = []
    pizza_id = 0
    for order_id, (day, sec) in enumerate(stamps, start=1):
        items: dict[tuple[int, str], int] = {}
        for _ in range(1 + min(int(rng.poisson(1.2)), 6)):
            k = int(rng.choice(len(_PIZZAS), p=pw / pw.sum()))
            sizes = list(_PIZZAS[k][4])
            sw = np.array([_SIZE_W[s] if s != "XL" else 0.9 for s in sizes])
            size = str(rng.choice(sizes, p=sw / sw.sum()))
            qty = int(rng.choice([1, 2, 3], p=[0.96, 0.037, 0.003]))
            items[(k, size)] = items.get((k, size), 0) + qty
        for (k, size), qty in items.items():
            stem, name, cat, ingredients, prices, _ = _PIZZAS[k]
            pizza_id += 1
            t = dt.timedelta(seconds=int(sec))
            rows.append(
                {
                    "pizza_id": pizza_id,
                    "order_id": order_id,
                    "pizza_name_id": f"{stem}_{size.lower()}",
                    "quantity": qty,
                    "order_date": f"{day.month}/{day.day}/{day.year}",
                    "order_time": f"{t.seconds // 3600:02d}:{t.seconds % 3600 // 60:02d}:{t.seconds % 60:02d}",
                    "unit_price": prices[size],
                    "total_price": round(prices[size] * qty, 2),
                    "pizza_size": size,
                    "pizza_category": cat,
                    "pizza_ingredients": ingredients,
                    "pizza_name": name,
                }
            )
    return pd.DataFrame(rows)


def _pizza_top(k: int) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        name = str(df.groupby("pizza_name")["quantity"].sum().sort_values(ascending=False).index[k])
        return name.removeprefix("The ").removesuffix(" Pizza")

    return value


def _pizza_month_rev(df: pd.DataFrame) -> pd.Series:
    month = pd.to_datetime(df["order_date"], format="%m/%d/%Y").dt.month
    return df.groupby(month)["total_price"].sum()


def _pizza_hours(df: pd.DataFrame) -> pd.DataFrame:
    hour = pd.to_datetime(df["order_time"], format="%H:%M:%S").dt.hour
    return (
        df.assign(hour=hour)
        .groupby("hour")
        .agg(orders=("order_id", "nunique"), rows=("pizza_id", "size"), qty=("quantity", "sum"))
    )


def _pizza_size_shares(col: str) -> Callable[[pd.DataFrame], np.ndarray]:
    return lambda df: (df.groupby("pizza_size")[col].sum() / df[col].sum()).to_numpy()


_PIZZA_QS = [
    Q(
        "what was our total revenue for 2015?",
        has(lambda df: float(df["total_price"].sum())),
        ("total_price", "order_date"),
    ),
    Q(
        "top 3 best selling pizzas by number sold?",
        both(*(label_of(_pizza_top(k)) for k in range(3))),
        ("pizza_name", "quantity"),
    ),
    Q(
        "What's our average order value?",
        has(lambda df: float(df["total_price"].sum() / df["order_id"].nunique())),
        ("total_price", "order_id"),
    ),
    Q(
        "what hour of the day do we get the most orders?",
        both(
            has(lambda df: float(_pizza_hours(df)["orders"].idxmax())),
            either(
                has(lambda df: float(_pizza_hours(df)["orders"].max())),
                has(lambda df: float(_pizza_hours(df)["rows"].max())),
                has(lambda df: float(_pizza_hours(df)["qty"].max())),
            ),
        ),
        ("order_time", "order_id"),
    ),
    Q(
        "chart revenue by month - which month was our best and how much did we take?",
        both(
            lambda answer, df: either(
                words(dt.date(2015, int(_pizza_month_rev(df).idxmax()), 1).strftime("%b")),
                words(f"2015-{int(_pizza_month_rev(df).idxmax()):02d}"),
            )(answer, df),
            has(lambda df: float(_pizza_month_rev(df).max())),
        ),
        ("order_date", "total_price"),
    ),
    Q(
        "what % of sales come from each pizza size?",
        either(_shares(_pizza_size_shares("total_price")), _shares(_pizza_size_shares("quantity"))),
        ("pizza_size", "total_price", "quantity"),
    ),
]


# --- 4. Kaggle wine reviews (winemag-data-130k-v2.csv) -------------------------------------------------------------

# country: weight, points offset, price scale, varieties, tasters (name, handle, weight; None = no taster),
#          provinces (province, weight, region_1 list or None, region_2 or None)
_WINE: dict[
    str,
    tuple[
        float,
        float,
        float,
        list[str],
        list[tuple[str | None, str | None, float]],
        list[tuple[str, float, list[str] | None, str | None]],
    ],
] = {
    "US": (
        42.0,
        0.0,
        1.15,
        [
            "Pinot Noir",
            "Cabernet Sauvignon",
            "Chardonnay",
            "Red Blend",
            "Zinfandel",
            "Syrah",
            "Sauvignon Blanc",
            "Merlot",
        ],
        [],
        [
            (
                "California",
                60.0,
                ["Napa Valley", "Sonoma Coast", "Russian River Valley", "Paso Robles", "Santa Barbara County"],
                "California Other",
            ),
            (
                "Washington",
                20.0,
                ["Columbia Valley (WA)", "Walla Walla Valley (WA)", "Yakima Valley"],
                "Columbia Valley",
            ),
            ("Oregon", 15.0, ["Willamette Valley", "Dundee Hills", "Eola-Amity Hills"], "Willamette Valley"),
            ("New York", 5.0, ["Finger Lakes", "North Fork of Long Island"], "Finger Lakes"),
        ],
    ),
    "France": (
        17.0,
        0.9,
        1.3,
        ["Bordeaux-style Red Blend", "Chardonnay", "Pinot Noir", "Champagne Blend", "Rosé", "Riesling", "Gamay"],
        [("Roger Voss", "@vossroger", 80.0), ("Lauren Buzzeo", "@laurbuzz", 5.0), (None, None, 15.0)],
        [
            ("Bordeaux", 35.0, ["Pauillac", "Saint-Émilion", "Bordeaux Supérieur", "Margaux"], None),
            ("Burgundy", 25.0, ["Bourgogne", "Meursault", "Chablis", "Beaujolais-Villages"], None),
            ("Alsace", 12.0, ["Alsace"], None),
            ("Champagne", 10.0, ["Champagne"], None),
            ("Loire Valley", 9.0, ["Sancerre", "Vouvray"], None),
            ("Rhône Valley", 9.0, ["Côtes du Rhône", "Châteauneuf-du-Pape"], None),
        ],
    ),
    "Italy": (
        15.0,
        0.5,
        1.1,
        ["Red Blend", "Nebbiolo", "Sangiovese", "White Blend", "Glera", "Corvina, Rondinella, Molinara"],
        [("Kerin O’Keefe", "@kerinokeefe", 85.0), (None, None, 15.0)],
        [
            ("Tuscany", 35.0, ["Chianti Classico", "Brunello di Montalcino", "Toscana"], None),
            ("Piedmont", 30.0, ["Barolo", "Barbaresco", "Langhe"], None),
            ("Sicily & Sardinia", 20.0, ["Sicilia", "Etna"], None),
            ("Veneto", 15.0, ["Amarone della Valpolicella Classico", "Prosecco Superiore"], None),
        ],
    ),
    "Spain": (
        5.5,
        -0.5,
        0.75,
        ["Tempranillo", "Tempranillo Blend", "Garnacha", "Sparkling Blend", "Albariño"],
        [("Michael Schachner", "@wineschach", 95.0), (None, None, 5.0)],
        [
            ("Northern Spain", 60.0, ["Rioja", "Ribera del Duero", "Rueda"], None),
            ("Catalonia", 25.0, ["Cava", "Priorat"], None),
            ("Galicia", 15.0, ["Rías Baixas"], None),
        ],
    ),
    "Portugal": (
        5.0,
        0.1,
        0.7,
        ["Portuguese Red", "Portuguese White", "Port", "Touriga Nacional"],
        [("Roger Voss", "@vossroger", 95.0), (None, None, 5.0)],
        [("Douro", 50.0, None, None), ("Alentejano", 25.0, None, None), ("Vinho Verde", 25.0, None, None)],
    ),
    "Chile": (
        3.0,
        -1.5,
        0.6,
        ["Cabernet Sauvignon", "Carmenère", "Sauvignon Blanc", "Chardonnay"],
        [("Michael Schachner", "@wineschach", 100.0)],
        [
            ("Colchagua Valley", 40.0, None, None),
            ("Maipo Valley", 35.0, None, None),
            ("Casablanca Valley", 25.0, None, None),
        ],
    ),
    "Argentina": (
        3.0,
        -2.0,
        0.6,
        ["Malbec", "Cabernet Sauvignon", "Torrontés"],
        [("Michael Schachner", "@wineschach", 100.0)],
        [
            ("Mendoza Province", 85.0, ["Mendoza", "Uco Valley", "Luján de Cuyo"], None),
            ("Other", 15.0, ["Salta"], None),
        ],
    ),
    "Austria": (
        2.5,
        3.0,
        0.8,
        ["Grüner Veltliner", "Riesling", "Blaufränkisch"],
        [("Anne Krebiehl\xa0MW", "@AnneInVino", 80.0), ("Roger Voss", "@vossroger", 20.0)],
        [("Kamptal", 35.0, None, None), ("Wachau", 35.0, None, None), ("Burgenland", 30.0, None, None)],
    ),
    "Australia": (
        2.0,
        -0.3,
        0.9,
        ["Shiraz", "Chardonnay", "Cabernet Sauvignon"],
        [("Joe Czerwinski", "@JoeCz", 95.0), (None, None, 5.0)],
        [
            ("South Australia", 60.0, ["Barossa Valley", "McLaren Vale"], None),
            ("Western Australia", 40.0, ["Margaret River"], None),
        ],
    ),
    "Germany": (
        1.7,
        1.5,
        0.8,
        ["Riesling", "Pinot Noir"],
        [("Anna Lee C. Iijima", None, 95.0), (None, None, 5.0)],
        [("Mosel", 60.0, None, None), ("Rheingau", 40.0, None, None)],
    ),
    "New Zealand": (
        1.1,
        -0.2,
        0.75,
        ["Sauvignon Blanc", "Pinot Noir"],
        [("Joe Czerwinski", "@JoeCz", 100.0)],
        [("Marlborough", 70.0, None, None), ("Central Otago", 30.0, None, None)],
    ),
    "South Africa": (
        1.1,
        -0.6,
        0.6,
        ["Chenin Blanc", "Pinotage", "Bordeaux-style Red Blend"],
        [("Lauren Buzzeo", "@laurbuzz", 100.0)],
        [("Stellenbosch", 60.0, None, None), ("Western Cape", 40.0, None, None)],
    ),
}
_US_TASTERS: dict[str, list[tuple[str | None, str | None, float]]] = {
    "California": [
        ("Virginie Boone", "@vboone", 40.0),
        ("Matt Kettmann", "@mattkettmann", 25.0),
        ("Jim Gordon", "@gordone_cellars", 10.0),
        (None, None, 25.0),
    ],
    "Washington": [
        ("Sean P. Sullivan", "@wawinereport", 55.0),
        ("Paul Gregutt", "@paulgwine\xa0", 30.0),
        (None, None, 15.0),
    ],
    "Oregon": [("Paul Gregutt", "@paulgwine\xa0", 75.0), (None, None, 25.0)],
    "New York": [("Anna Lee C. Iijima", None, 80.0), (None, None, 20.0)],
}
_US_PROVINCE_BUMP = {"California": 0.0, "Washington": 0.6, "Oregon": 1.3, "New York": -1.6}
_WINERY_A = ["Château", "Domaine", "Bodega", "Quinta", "Tenuta", "Weingut", "Estate"]
_WINERY_B = [
    "Belle Rive",
    "Les Cailloux",
    "Monte Alto",
    "San Lorenzo",
    "Vale Verde",
    "Red Hawk",
    "Silver Creek",
    "Stone Hill",
    "Casa Nova",
    "Dos Lunas",
    "Hirschau",
    "Kellerhof",
    "Oak Ridge",
    "Fox Hollow",
    "Blue Heron",
    "La Croix",
    "Pietra Rossa",
    "Ventisquero",
    "Bellavista",
    "Longview",
    "Eagle Point",
    "Sea Smoke",
    "Copper Cane",
    "Three Rivers",
    "Terra Alta",
]
_DESIGNATIONS = [
    "Reserve",
    "Estate",
    "Vigna Alta",
    "Old Vines",
    "Single Vineyard",
    "Riserva",
    "Gran Reserva",
    "Brut",
    "Cuvée Prestige",
    "Barrel Select",
]
_NOTES = [
    "Aromas include tropical fruit, broom, brimstone and dried herb.",
    "This is ripe and fruity, a wine that is smooth while still structured.",
    "Tart and snappy, the flavors of lime flesh and rind dominate.",
    "Firm tannins frame black cherry, plum and a touch of cedar.",
    "Soft and supple, with red berry fruit and a hint of vanilla from oak.",
    "Crisp acidity lifts flavors of green apple and citrus zest.",
    "Dense and concentrated, it shows blackberry, licorice and graphite.",
    "A light, easy-drinking style with strawberry and floral notes.",
]
_FINISH = [
    "Drink now.",
    "Drink now through 2025.",
    "It needs a few years to soften.",
    "The finish is long and savory.",
    "Best from 2022.",
    "A good value for everyday drinking.",
]


def _wine_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2204)
    n = 2600
    names = list(_WINE)
    cw = np.array([_WINE[c][0] for c in names])
    country_of = rng.choice(len(names), size=n, p=cw / cw.sum())
    bias = {
        "Roger Voss": 0.3,
        "Kerin O’Keefe": 0.2,
        "Virginie Boone": 0.8,
        "Matt Kettmann": 0.5,
        "Michael Schachner": -0.8,
    }
    rows = []
    for i in range(n):
        country = names[country_of[i]]
        _w, offset, scale, varieties, tasters, provinces = _WINE[country]
        pw = np.array([p[1] for p in provinces])
        province, _pw, regions, region_2 = provinces[int(rng.choice(len(provinces), p=pw / pw.sum()))]
        region_1 = str(rng.choice(regions)) if regions else None
        if country == "US":
            tasters = _US_TASTERS[province]
            offset += _US_PROVINCE_BUMP[province]
            if province == "California" and region_1 in ("Napa Valley", "Sonoma Coast", "Russian River Valley"):
                region_2 = "Napa" if region_1 == "Napa Valley" else "Sonoma"
            elif province == "California":
                region_2 = "Central Coast"
        tw = np.array([t[2] for t in tasters])
        taster, handle, _tw = tasters[int(rng.choice(len(tasters), p=tw / tw.sum()))]
        variety = str(rng.choice(varieties))
        price = float(np.clip(np.round(28 * scale * rng.lognormal(0, 0.72)), 4, 1900))
        points = 86.5 + offset + 1.9 * np.log(price / 25) + bias.get(taster or "", 0.0) + rng.normal(0, 2.2)
        points = int(np.clip(np.round(points), 80, 100))
        winery = (
            f"{rng.choice(_WINERY_A)} {rng.choice(_WINERY_B)}" if rng.random() < 0.55 else str(rng.choice(_WINERY_B))
        )
        designation = str(rng.choice(_DESIGNATIONS)) if rng.random() < 0.71 else None
        vintage = int(rng.integers(2004, 2016))
        where = region_1 or province
        title = f"{winery} {vintage} {designation + ' ' if designation else ''}{variety} ({where})"
        first, second = rng.choice(_NOTES, size=2, replace=False)
        description = f"{first} {second} {rng.choice(_FINISH)}"
        rows.append(
            {
                "country": country,
                "description": description,
                "designation": designation,
                "points": points,
                "price": price if rng.random() > 0.07 else np.nan,
                "province": province,
                "region_1": region_1,
                "region_2": region_2,
                "taster_name": taster,
                "taster_twitter_handle": handle,
                "title": title,
                "variety": variety,
                "winery": winery,
            }
        )
    df = pd.DataFrame(rows)
    df.insert(0, "", np.arange(n))
    return df


def _country_means(df: pd.DataFrame, least: int) -> pd.Series:
    g = df.groupby("country")["points"].agg(["mean", "size"])
    return g.loc[g["size"] >= least, "mean"].sort_values(ascending=False)


def _us_states(df: pd.DataFrame) -> pd.Series:
    return df[df["country"] == "US"].groupby("province")["points"].mean().sort_values(ascending=False)


def _tasters(df: pd.DataFrame) -> pd.DataFrame:
    return df.groupby("taster_name")["points"].agg(["size", "mean"]).sort_values("size", ascending=False)


_WINE_QS = [
    Q(
        "Which country gets the highest average points? only count countries with at least 100 reviews",
        both(
            label_of(lambda df: str(_country_means(df, 100).index[0])),
            has(lambda df: float(_country_means(df, 100).iloc[0]), rel=0.002),
        ),
        ("country", "points"),
    ),
    Q(
        "and within the US, which state scores best on average?",
        both(
            label_of(lambda df: str(_us_states(df).index[0])), has(lambda df: float(_us_states(df).iloc[0]), rel=0.002)
        ),
        ("province", "country", "points"),
    ),
    Q("is there a correlation between price and score?", _corr("price", "points"), ("price", "points")),
    Q("how many of the reviews don't have a price?", has(lambda df: float(df["price"].isna().sum())), ("price",)),
    Q(
        "What's the priciest bottle in here and what score did it get?",
        has(
            lambda df: float(df["price"].max()),
            lambda df: float(df.loc[df["price"].idxmax(), "points"]),
        ),
        ("price", "points", "title"),
    ),
    Q(
        "who reviewed the most wines, and what's their average rating?",
        both(
            label_of(lambda df: str(_tasters(df).index[0])),
            has(lambda df: float(_tasters(df)["mean"].iloc[0]), rel=0.002),
        ),
        ("taster_name", "points"),
    ),
]


# --- 5. A council's highway defect reports (invented) --------------------------------------------------------------

_WARDS = ["Abbey", "Castle", "Eastfield", "Hillside", "Moorside", "Riverside", "St Peter's", "Westgate"]
_CLASSES = ["A Road", "B Road", "C Road", "Unclassified"]
_CAT1, _CAT2H, _CAT2L, _CAT3 = "Cat 1 (24 hrs)", "Cat 2H (5 days)", "Cat 2L (28 days)", "Cat 3 (Monitor)"
_EXTRACT = pd.Timestamp("2025-03-31")


def _highway_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2205)
    n = 1800

    def season(d: pd.Timestamp) -> float:
        w = 1 + 0.55 * np.cos(2 * np.pi * (d.month - 1.5) / 12)
        w *= 0.55 if d.weekday() >= 5 else 1.0
        return float(w * (1.35 if (d.year, d.month) == (2024, 1) else 1.0))

    reported = _days(n, "2023-04-01", "2025-03-31", rng, season)
    ward = _pick(rng, _WARDS, [14, 11, 16, 9, 12, 15, 10, 13], n)
    road = _pick(rng, _CLASSES, [20, 15, 20, 45], n)
    kind = _pick(
        rng,
        ["Pothole", "Cracking", "Edge Deterioration", "Sunken Ironwork", "Surface Depression"],
        [55, 15, 12, 8, 10],
        n,
    )
    has_depth = np.isin(kind, ["Pothole", "Sunken Ironwork", "Surface Depression"])
    depth = np.where(has_depth, np.round(rng.gamma(4.0, 12.0, n)), np.nan)
    a_road = road == "A Road"
    prio = np.where(
        depth >= 100,
        _CAT1,
        np.where(
            (depth >= 75) & a_road,
            _CAT1,
            np.where(depth >= 50, _CAT2H, np.where(depth >= 40, _CAT2L, _CAT3)),
        ),
    ).astype(object)
    no_depth = ~has_depth
    prio[no_depth] = _pick(rng, [_CAT2H, _CAT2L, _CAT3], [10, 40, 50], int(no_depth.sum()))
    days = np.zeros(n)
    days[prio == _CAT1] = rng.choice([0, 1, 2, 3, 4], size=int((prio == _CAT1).sum()), p=[0.3, 0.4, 0.18, 0.08, 0.04])
    days[prio == _CAT2H] = 1 + np.round(rng.gamma(2.0, 2.5, int((prio == _CAT2H).sum())))
    days[prio == _CAT2L] = np.round(rng.gamma(3.0, 8.0, int((prio == _CAT2L).sum())))
    days[prio == _CAT3] = np.round(rng.gamma(3.0, 25.0, int((prio == _CAT3).sum())))
    repaired = reported + pd.to_timedelta(days, unit="D")
    never = ((prio == _CAT3) & (rng.random(n) < 0.5)) | ((prio != _CAT1) & (rng.random(n) < 0.015))
    done = (~never) & (repaired <= _EXTRACT)
    cost_base = pd.Series(kind).map(
        {"Pothole": 85.0, "Cracking": 220.0, "Edge Deterioration": 300.0, "Sunken Ironwork": 410.0}
    )
    cost_base = cost_base.fillna(180.0).to_numpy() + np.nan_to_num(depth) * np.where(kind == "Pothole", 1.2, 0.0)
    road_m = pd.Series(road).map({"A Road": 1.6, "B Road": 1.3, "C Road": 1.1, "Unclassified": 1.0}).to_numpy()
    cost = np.round(cost_base * road_m * rng.lognormal(0, 0.35, n), 2)
    claim_p = pd.Series(road).map({"A Road": 0.075, "B Road": 0.055, "C Road": 0.04, "Unclassified": 0.025}).to_numpy()
    claim_p = claim_p * np.where((kind == "Pothole") & (np.nan_to_num(depth) >= 75), 2.2, 1.0)
    via = _pick(
        rng,
        ["Public - Online", "Public - Phone", "Highway Inspector", "Councillor", "FixMyStreet"],
        [34, 14, 30, 4, 18],
        n,
    )
    order = np.argsort(reported.to_numpy(), kind="stable")
    df = pd.DataFrame(
        {
            "Defect Ref": "",
            "Date Reported": reported.strftime("%d/%m/%Y"),
            "Ward": ward,
            "Road Class": road,
            "Defect Type": kind,
            "Depth (mm)": depth,
            "Priority": prio,
            "Reported Via": via,
            "Date Repaired": np.where(done, repaired.strftime("%d/%m/%Y"), None),
            "Repair Cost (£)": np.where(done, cost, np.nan),
            "Claim Rec'd": np.where(rng.random(n) < claim_p, "Y", "N"),
        }
    ).iloc[order]
    df = df.reset_index(drop=True)
    year = pd.to_datetime(df["Date Reported"], format="%d/%m/%Y").dt.year
    df["Defect Ref"] = [f"HWY/{y}/{i:05d}" for i, y in enumerate(year, start=1)]
    return df


def _fix_days(df: pd.DataFrame) -> pd.Series:
    a = pd.to_datetime(df["Date Reported"], format="%d/%m/%Y")
    b = pd.to_datetime(df["Date Repaired"], format="%d/%m/%Y")
    return (b - a).dt.days


def _spend(cls: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(df.loc[df["Road Class"] == cls, "Repair Cost (£)"].sum())


_HIGHWAY_QS = [
    Q(
        "how many potholes were reported in each ward?",
        has(lambda df: df.loc[df["Defect Type"] == "Pothole", "Ward"].value_counts().to_numpy(float)),
        ("Ward", "Defect Type"),
    ),
    Q(
        "On average how many days does it take us to fix a Cat 1 defect?",
        has(lambda df: float(_fix_days(df)[df["Priority"] == _CAT1].mean()), rel=0.03),
        ("Priority", "Date Reported", "Date Repaired"),
    ),
    Q(
        "how many defects are still outstanding, i.e. not repaired yet?",
        has(lambda df: float(df["Date Repaired"].isna().sum())),
        ("Date Repaired",),
    ),
    Q(
        "Can you chart the number of reports per month? Which month had the most?",
        _busiest_month("Date Reported", "%d/%m/%Y"),
        ("Date Reported",),
    ),
    Q(
        "what % of defects ended up with a compensation claim, split by road class?",
        _shares(lambda df: df.groupby("Road Class")["Claim Rec'd"].apply(lambda s: (s == "Y").mean()).to_numpy()),
        ("Claim Rec'd", "Road Class"),
    ),
    Q(
        "total repair spend on A roads compared to unclassified roads?",
        has(_spend("A Road"), _spend("Unclassified")),
        ("Repair Cost (£)", "Road Class"),
    ),
]


# --- 6. A biscuit factory's batch QC log (invented) ----------------------------------------------------------------

_PRODUCTS = {
    "Digestive 400g": (8200, 0.0),
    "Choc Chip Cookie 200g": (7400, 0.006),
    "Shortbread Fingers 150g": (6900, -0.003),
    "Ginger Nut 250g": (8800, 0.0),
    "Oat Crunch 300g": (7800, 0.003),
}
_LINE_RATE = {"Line 1": 0.018, "Line 2": 0.021, "Line 3": 0.031, "Line 4": 0.02}


def _batches_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2206)
    days = pd.bdate_range("2024-01-02", "2024-06-28")
    grid = pd.MultiIndex.from_product(
        [days, list(_LINE_RATE), ["Early", "Late", "Night"]], names=["d", "line", "shift"]
    )
    df = grid.to_frame(index=False)
    df = df[rng.random(len(df)) < 0.93].reset_index(drop=True)
    n = len(df)
    product = _pick(rng, list(_PRODUCTS), [26, 22, 14, 20, 18], n)
    produced = np.round(
        pd.Series(product).map({k: v[0] for k, v in _PRODUCTS.items()}).to_numpy(float) + rng.normal(0, 700, n)
    ).astype(int)
    temp = np.round(rng.normal(190, 4.0, n), 1)
    rate = (
        df["line"].map(_LINE_RATE).to_numpy()
        + np.where(df["shift"] == "Night", 0.006, 0.0)
        + pd.Series(product).map({k: v[1] for k, v in _PRODUCTS.items()}).to_numpy(float)
        + 0.0012 * (temp - 190)
    )
    rate = np.clip(rate * rng.lognormal(0, 0.3, n), 0.002, 0.2)
    rejected = rng.binomial(produced, rate)
    down = np.round(rng.gamma(1.2, np.where(df["shift"] == "Night", 24.0, np.where(df["shift"] == "Late", 17.0, 14.0))))
    down[rng.random(n) < 0.25] = 0
    real_rate = rejected / produced
    qa = np.where(real_rate > 0.045, "FAIL", np.where(rng.random(n) < 0.03, "HOLD", "PASS"))
    qa[(qa == "PASS") & (rng.random(n) < 0.015)] = "FAIL"
    comments = np.where(
        down > 70,
        _pick(rng, ["Belt jam", "Changeover overran", "Oven fault - eng called", "Packer down"], [3, 3, 2, 2], n),
        "",
    )
    temp_col = np.where(rng.random(n) < 0.03, np.nan, temp)
    code = {"Early": "E", "Late": "L", "Night": "N"}
    out = pd.DataFrame(
        {
            "Batch No": [
                f"B{d:%y%m%d}-L{ln[-1]}{code[s]}" for d, ln, s in zip(df["d"], df["line"], df["shift"], strict=True)
            ],
            "Prod Date": df["d"].dt.strftime("%d-%b-%Y"),
            "Line": df["line"],
            "Shift": df["shift"],
            "Product": product,
            "Units Produced": produced,
            "Units Rejected": rejected,
            "Downtime (mins)": down.astype(int),
            "Oven Temp (°C)": temp_col,
            "QA Result": qa,
            "Operator": [f"OP{k:03d}" for k in rng.integers(1, 46, n)],
            "Comments": comments,
        }
    )
    return out


def _line_rates(df: pd.DataFrame) -> pd.DataFrame:
    g = df.groupby("Line")[["Units Rejected", "Units Produced"]].sum()
    pooled = g["Units Rejected"] / g["Units Produced"]
    mean = (df["Units Rejected"] / df["Units Produced"]).groupby(df["Line"]).mean()
    return pd.DataFrame({"pooled": pooled, "mean": mean}).sort_values("pooled", ascending=False)


def _downtime_by_product(df: pd.DataFrame) -> pd.Series:
    return df.groupby("Product")["Downtime (mins)"].sum().sort_values(ascending=False)


def _reject_rate_corr(how: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: df["Oven Temp (°C)"].corr(df["Units Rejected"] / df["Units Produced"], method=how)


_BATCH_QS = [
    Q(
        "whats the overall reject rate?",
        either(
            _share(lambda df: float(df["Units Rejected"].sum() / df["Units Produced"].sum())),
            _share(lambda df: float((df["Units Rejected"] / df["Units Produced"]).mean())),
        ),
        ("Units Rejected", "Units Produced"),
    ),
    Q(
        "Which line has the worst reject rate?",
        both(
            label_of(lambda df: str(_line_rates(df).index[0])),
            either(
                _share(lambda df: float(_line_rates(df)["pooled"].iloc[0])),
                _share(lambda df: float(_line_rates(df)["mean"].iloc[0])),
            ),
        ),
        ("Line", "Units Rejected", "Units Produced"),
    ),
    Q(
        "avg downtime per batch on nights vs the early shift?",
        has(
            lambda df: float(df.loc[df["Shift"] == "Night", "Downtime (mins)"].mean()),
            lambda df: float(df.loc[df["Shift"] == "Early", "Downtime (mins)"].mean()),
        ),
        ("Downtime (mins)", "Shift"),
    ),
    Q(
        "How many batches failed QA in March?",
        has(
            lambda df: float(
                ((df["QA Result"] == "FAIL") & (pd.to_datetime(df["Prod Date"], format="%d-%b-%Y").dt.month == 3)).sum()
            )
        ),
        ("QA Result", "Prod Date"),
    ),
    Q(
        "does oven temperature have anything to do with rejects? give me the correlation",
        either(
            _corr("Oven Temp (°C)", "Units Rejected"),
            has(_reject_rate_corr("pearson"), rel=0.01),
            has(_reject_rate_corr("spearman"), rel=0.01),
        ),
        ("Oven Temp (°C)", "Units Rejected", "Units Produced"),
    ),
    Q(
        "which product lost the most time to downtime overall, in hours?",
        both(
            label_of(lambda df: str(_downtime_by_product(df).index[0])),
            either(
                has(lambda df: float(_downtime_by_product(df).iloc[0] / 60), rel=0.01),
                has(lambda df: float(_downtime_by_product(df).iloc[0])),
            ),
        ),
        ("Product", "Downtime (mins)"),
    ),
]


# --- 7. A letting agency's tenancy ledger (invented) ---------------------------------------------------------------

_BRANCHES = {"Leeds City Centre": 1.12, "Headingley": 1.0, "Roundhay": 1.08, "Horsforth": 1.04, "Chapel Allerton": 0.97}
_TYPES = {
    "Flat": ([1, 2, 3], [40, 48, 12], 640.0),
    "Terraced House": ([2, 3, 4], [35, 50, 15], 720.0),
    "Semi-Detached": ([2, 3, 4], [20, 55, 25], 820.0),
    "Detached": ([3, 4, 5], [40, 45, 15], 1050.0),
    "Room in HMO": ([1], [100], 430.0),
}


def _tenancy_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2207)
    n = 950
    branch = _pick(rng, list(_BRANCHES), [28, 24, 16, 17, 15], n)
    ptype = _pick(rng, list(_TYPES), [38, 22, 16, 7, 17], n)
    beds = np.array([int(rng.choice(_TYPES[t][0], p=np.array(_TYPES[t][1]) / sum(_TYPES[t][1]))) for t in ptype])
    base = np.array([_TYPES[t][2] for t in ptype])
    per_bed = np.where(ptype == "Room in HMO", 0.0, 165.0)
    rent = (base + per_bed * (beds - 1)) * pd.Series(branch).map(_BRANCHES).to_numpy() * rng.lognormal(0, 0.09, n)
    rent = np.round(rent / 5) * 5
    pets_p = np.where(np.isin(ptype, ["Flat", "Room in HMO"]), 0.12, 0.45)
    pets = np.where(rng.random(n) < pets_p, "Y", "N")
    rent = rent + np.where(pets == "Y", 25, 0)
    start = _days(
        n,
        "2019-01-01",
        "2025-02-28",
        rng,
        lambda d: 1.0 + 0.05 * (d.year - 2019) + (0.6 if d.month in (7, 8, 9) else 0.0),
    )
    length = rng.gamma(2.2, 9.0, n) * 30.4
    end = start + pd.to_timedelta(np.round(length), unit="D")
    ended = end <= pd.Timestamp("2025-03-31")
    live = ~ended
    arrears = np.where(rng.random(n) < np.where(live, 0.16, 0.07), np.round(rent * rng.uniform(0.1, 2.5, n), 2), 0.0)
    rating = rng.choice([1, 2, 3, 4, 5], size=n, p=[0.04, 0.08, 0.22, 0.38, 0.28]).astype(float)
    rating[arrears > 0] = np.clip(rating[arrears > 0] - 1.5, 1, 5).round()
    rating[rng.random(n) < 0.1] = np.nan
    order = np.argsort(start.to_numpy(), kind="stable")
    df = pd.DataFrame(
        {
            "Tenancy Ref": "",
            "Branch": branch,
            "Property Type": ptype,
            "Beds": beds,
            "Rent PCM (£)": rent,
            "Tenancy Start": start.strftime("%d/%m/%Y"),
            "Tenancy End": np.where(ended, end.strftime("%d/%m/%Y"), None),
            "Deposit Held (£)": np.round(rent * 12 / 52 * 5, 2),
            "Deposit Scheme": _pick(rng, ["DPS", "TDS", "mydeposits"], [45, 35, 20], n),
            "Arrears (£)": arrears,
            "Pets Allowed": pets,
            "Furnishing": _pick(rng, ["Furnished", "Part Furnished", "Unfurnished"], [35, 15, 50], n),
            "Tenant Rating": rating,
        }
    ).iloc[order]
    df = df.reset_index(drop=True)
    df["Tenancy Ref"] = [f"T-{100 + i:06d}" for i in range(n)]
    return df


def _arrears_by_branch(df: pd.DataFrame) -> pd.Series:
    return df.groupby("Branch")["Arrears (£)"].sum().sort_values(ascending=False)


def _rent_pets(flag: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(df.loc[df["Pets Allowed"] == flag, "Rent PCM (£)"].mean())


_TENANCY_QS = [
    Q(
        "can you give me the average by branch?",
        asks("rent"),
        ("Branch", "Rent PCM (£)", "Deposit Held (£)", "Arrears (£)", "Tenant Rating", "Beds"),
    ),
    Q(
        "what's the average monthly rent for a 2 bed flat?",
        has(lambda df: float(df.loc[(df["Property Type"] == "Flat") & (df["Beds"] == 2), "Rent PCM (£)"].mean())),
        ("Rent PCM (£)", "Property Type", "Beds"),
    ),
    Q(
        "Which branch is owed the most in arrears, and how much?",
        both(
            label_of(lambda df: str(_arrears_by_branch(df).index[0])),
            has(lambda df: float(_arrears_by_branch(df).iloc[0])),
        ),
        ("Branch", "Arrears (£)"),
    ),
    Q(
        "what proportion of tenancies are in arrears at all?",
        _share(lambda df: float((df["Arrears (£)"] > 0).mean())),
        ("Arrears (£)",),
    ),
    Q(
        "how many tenancies are still live (no end date)?",
        has(lambda df: float(df["Tenancy End"].isna().sum())),
        ("Tenancy End",),
    ),
    Q(
        "do pet friendly lets charge more? avg rent with pets allowed vs not",
        has(_rent_pets("Y"), _rent_pets("N")),
        ("Pets Allowed", "Rent PCM (£)"),
    ),
]


HELDOUT22: list[Dataset] = [
    Dataset("wa_ev_population", _ev_frame, _EV_QS),
    Dataset("marketing_campaign", _marketing_frame, _MARKETING_QS),
    Dataset("pizza_sales", _pizza_frame, _PIZZA_QS),
    Dataset("winemag_reviews", _wine_frame, _WINE_QS),
    Dataset("highway_defects", _highway_frame, _HIGHWAY_QS),
    Dataset("production_batches", _batches_frame, _BATCH_QS),
    Dataset("tenancies", _tenancy_frame, _TENANCY_QS),
]
