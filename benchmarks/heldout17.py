"""HELDOUT17: a blind held-out set of seven datasets and 42 questions.

Written without reading the analyst, and measured before any fix it prompts. Four frames copy the column layout of
well-known public datasets (IBM HR employee attrition, the USGS earthquake catalogue export, CarDekho used-car
listings, Natural Resources Canada fuel consumption / CO2 ratings); three are invented but realistic tables (a
veterinary practice's visits, a funder's grant applications, a fire service's call-outs). All are generated with a
fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .offline_eval import Check, Dataset, Q, _duration, asks, both, either, has, label_of, share

# --- shared helpers ------------------------------------------------------------------------------------------------


def _shares(values: Callable[[pd.DataFrame], Any], rel: float = 0.01) -> Check:
    """Every share computed from the frame appears, as a fraction or as a percentage."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        for w in np.atleast_1d(values(df)):
            if share(lambda _d, w=w: float(w))(answer, df) is None:
                continue
            return f"missing share {float(w):.4g}"
        return None

    return check


def _r(a: str, b: str, how: str = "pearson") -> Callable[[pd.DataFrame], float]:
    return lambda df: df[a].corr(df[b], method=how)


def _corr(a: str, b: str) -> Check:
    """Pearson or Spearman correlation, to about three figures."""
    return either(has(_r(a, b), rel=0.01), has(_r(a, b, "spearman"), rel=0.01))


def _pick(rng: np.random.Generator, options: list[Any], p: list[float], n: int) -> np.ndarray:
    w = np.asarray(p, dtype=float)
    return rng.choice(np.asarray(options, dtype=object), size=n, p=w / w.sum())


# --- 1. IBM HR employee attrition (Kaggle "IBM HR Analytics Employee Attrition & Performance") ---------------------


_ROLES = {
    "Research & Development": (
        [
            "Research Scientist",
            "Laboratory Technician",
            "Manufacturing Director",
            "Healthcare Representative",
            "Research Director",
            "Manager",
        ],
        [0.30, 0.27, 0.15, 0.14, 0.08, 0.06],
    ),
    "Sales": (["Sales Executive", "Sales Representative", "Manager"], [0.69, 0.18, 0.13]),
    "Human Resources": (["Human Resources", "Manager"], [0.82, 0.18]),
}
_ROLE_LEVEL = {
    "Research Scientist": (1.4, 0.6),
    "Laboratory Technician": (1.3, 0.5),
    "Sales Representative": (1.0, 0.2),
    "Human Resources": (1.5, 0.6),
    "Sales Executive": (2.3, 0.5),
    "Manufacturing Director": (2.6, 0.6),
    "Healthcare Representative": (2.5, 0.6),
    "Research Director": (3.9, 0.6),
    "Manager": (4.3, 0.5),
}


def _ibm_hr() -> pd.DataFrame:
    rng = np.random.default_rng(1717)
    n = 1470
    age = np.clip(np.round(rng.normal(36.9, 9.1, n)), 18, 60).astype(int)
    dept = _pick(rng, list(_ROLES), [0.654, 0.303, 0.043], n)
    role = np.array([rng.choice(_ROLES[d][0], p=_ROLES[d][1]) for d in dept], dtype=object)
    level = np.array([np.clip(round(rng.normal(*_ROLE_LEVEL[r])), 1, 5) for r in role]).astype(int)
    income = np.clip(np.round(level * 3700 - 1400 + rng.normal(0, 1100, n) + (age - 37) * 35), 1009, 19999)
    total_years = np.clip(np.round((age - 20) * rng.uniform(0.35, 0.95, n) + level * 1.8 - 2), 0, 40).astype(int)
    at_company = np.clip(np.round(total_years * rng.uniform(0.1, 1.0, n)), 0, 40).astype(int)
    in_role = np.minimum(at_company, np.round(at_company * rng.uniform(0.2, 0.9, n))).astype(int)
    since_promo = np.minimum(at_company, rng.poisson(2.2, n)).astype(int)
    with_mgr = np.minimum(at_company, np.round(at_company * rng.uniform(0.2, 0.9, n))).astype(int)
    overtime = np.where(rng.random(n) < 0.283, "Yes", "No")
    marital = _pick(rng, ["Married", "Single", "Divorced"], [0.458, 0.320, 0.222], n)
    logit = -2.3 + 1.35 * (overtime == "Yes") - 0.35 * (level - 2) - 0.03 * (age - 37) + 0.7 * (marital == "Single")
    attrition = np.where(rng.random(n) < 1 / (1 + np.exp(-logit)), "Yes", "No")
    hike = rng.integers(11, 26, n)
    return pd.DataFrame(
        {
            "Age": age,
            "Attrition": attrition,
            "BusinessTravel": _pick(rng, ["Travel_Rarely", "Travel_Frequently", "Non-Travel"], [71, 19, 10], n),
            "DailyRate": rng.integers(102, 1500, n),
            "Department": dept,
            "DistanceFromHome": np.clip(np.round(rng.gamma(1.3, 7.0, n)), 1, 29).astype(int),
            "Education": _pick(rng, [1, 2, 3, 4, 5], [12, 19, 39, 27, 3], n).astype(int),
            "EducationField": _pick(
                rng,
                ["Life Sciences", "Medical", "Marketing", "Technical Degree", "Other", "Human Resources"],
                [41, 32, 11, 9, 5.5, 1.5],
                n,
            ),
            "EmployeeCount": 1,
            "EmployeeNumber": np.sort(rng.choice(np.arange(1, 2069), n, replace=False)),
            "EnvironmentSatisfaction": rng.integers(1, 5, n),
            "Gender": _pick(rng, ["Male", "Female"], [60, 40], n),
            "HourlyRate": rng.integers(30, 101, n),
            "JobInvolvement": _pick(rng, [1, 2, 3, 4], [6, 26, 59, 9], n).astype(int),
            "JobLevel": level,
            "JobRole": role,
            "JobSatisfaction": rng.integers(1, 5, n),
            "MaritalStatus": marital,
            "MonthlyIncome": income.astype(int),
            "MonthlyRate": rng.integers(2094, 27000, n),
            "NumCompaniesWorked": np.minimum(rng.poisson(2.7, n), 9),
            "Over18": "Y",
            "OverTime": overtime,
            "PercentSalaryHike": hike,
            "PerformanceRating": np.where(hike >= 20, 4, 3),
            "RelationshipSatisfaction": rng.integers(1, 5, n),
            "StandardHours": 80,
            "StockOptionLevel": _pick(rng, [0, 1, 2, 3], [43, 40, 11, 6], n).astype(int),
            "TotalWorkingYears": total_years,
            "TrainingTimesLastYear": _pick(rng, [0, 1, 2, 3, 4, 5, 6], [4, 5, 37, 33, 8, 8, 5], n).astype(int),
            "WorkLifeBalance": _pick(rng, [1, 2, 3, 4], [5, 23, 61, 11], n).astype(int),
            "YearsAtCompany": at_company,
            "YearsInCurrentRole": in_role,
            "YearsSinceLastPromotion": since_promo,
            "YearsWithCurrManager": with_mgr,
        }
    )


def _role_pay(df: pd.DataFrame) -> pd.Series:
    return df.groupby("JobRole")["MonthlyIncome"].mean()


def _leave_rate(df: pd.DataFrame, overtime: str) -> float:
    return float((df.loc[df["OverTime"] == overtime, "Attrition"] == "Yes").mean())


# --- 2. USGS earthquake catalogue export (earthquake.usgs.gov CSV feed, M2.5+) -------------------------------------

_QUAKE_REGIONS = [
    # region, weight, (lat, lon), network, magTypes, towns, mag floor, deep share
    (
        "Alaska",
        30,
        (60.5, -151.0),
        "ak",
        ["ml", "ml", "mb"],
        ["Anchor Point", "Pedro Bay", "Nikiski", "Sand Point"],
        2.5,
        0.3,
    ),
    (
        "CA",
        14,
        (35.8, -118.5),
        "ci",
        ["ml", "mw"],
        ["Ridgecrest", "Anza", "Petrolia", "The Geysers", "Ocotillo Wells"],
        2.5,
        0.0,
    ),
    ("Nevada", 6, (38.5, -118.0), "nn", ["ml"], ["Mina", "Dayton", "Gabbs"], 2.5, 0.0),
    ("Hawaii", 7, (19.3, -155.3), "hv", ["md", "ml"], ["Pāhala", "Volcano", "Leilani Estates"], 2.5, 0.1),
    ("Puerto Rico", 8, (17.9, -66.8), "pr", ["md"], ["Indios", "Tallaboa", "Maria Antonia"], 2.5, 0.1),
    ("Indonesia", 9, (-4.0, 125.0), "us", ["mb", "mww"], ["Tobelo", "Sinabang", "Tual", "Abepura"], 4.2, 0.35),
    ("Japan", 8, (37.5, 141.8), "us", ["mb", "mww"], ["Namie", "Hasaki", "Kuji"], 4.2, 0.3),
    ("Chile", 6, (-23.0, -68.8), "us", ["mb", "mww"], ["Calama", "San Pedro de Atacama", "Iquique"], 4.2, 0.5),
    ("Tonga", 5, (-18.5, -174.0), "us", ["mb"], ["Neiafu", "Pangai", "Hihifo"], 4.2, 0.6),
    ("Papua New Guinea", 5, (-5.5, 151.5), "us", ["mb", "mww"], ["Kokopo", "Kimbe", "Lae"], 4.2, 0.4),
]
_DIRS = ["N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW"]


def _usgs_quakes() -> pd.DataFrame:
    rng = np.random.default_rng(1718)
    n = 2150
    w = np.array([r[1] for r in _QUAKE_REGIONS], dtype=float)
    which = rng.choice(len(_QUAKE_REGIONS), n, p=w / w.sum())
    start = pd.Timestamp("2023-01-01")
    secs = rng.uniform(0, 365 * 86400, n)
    swarm = rng.random(n) < 0.07  # an aftershock swarm in February
    secs[swarm] = rng.uniform(36 * 86400, 52 * 86400, swarm.sum())
    order = np.argsort(secs)[::-1]  # newest first, as the feed exports
    secs, swarm, which = secs[order], swarm[order], which[order]
    times = start + pd.to_timedelta(secs, unit="s")
    rows = []
    for i, k in enumerate(which):
        region, _, (lat0, lon0), net, mtypes, towns, floor, deep = _QUAKE_REGIONS[k]
        if swarm[i]:  # the swarm: off Halmahera, Indonesia
            region, lat0, lon0, net, mtypes, towns, floor, deep = (
                "Indonesia",
                1.6,
                128.4,
                "us",
                ["mb"],
                ["Tobelo"],
                4.2,
                0.2,
            )
        mag = round(floor + rng.exponential(0.42 if floor < 4 else 0.38), 1 if net in ("us", "ak") else 2)
        depth = round(float(rng.uniform(70, 620) if rng.random() < deep else rng.gamma(2.0, 6.0)), 2)
        mtype = str(rng.choice(mtypes))
        if mag >= 5.5:
            mtype = "mww"
        etype = str(
            rng.choice(
                ["earthquake", "quarry blast", "explosion", "ice quake", "other event"],
                p=[0.945, 0.03, 0.01, 0.01, 0.005],
            )
        )
        if etype != "earthquake":
            depth, mag = round(float(rng.uniform(0, 2)), 2), round(2.5 + rng.exponential(0.2), 1)
            region, lat0, lon0, net, towns = (
                ("Alaska", 61.2, -149.9, "ak", ["Anchorage"])
                if etype == "ice quake"
                else (region, lat0, lon0, net, towns)
            )
        town = str(rng.choice(towns))
        place = f"{int(rng.integers(1, 120))} km {rng.choice(_DIRS)} of {town}, {region}"
        if region == "Tonga" and rng.random() < 0.3:
            place = "Tonga region"
        us = net == "us"
        rows.append(
            {
                "time": (times[i]).strftime("%Y-%m-%dT%H:%M:%S.") + f"{int(rng.integers(0, 1000)):03d}Z",
                "latitude": round(lat0 + rng.normal(0, 1.2), 4),
                "longitude": round(lon0 + rng.normal(0, 1.5), 4),
                "depth": depth,
                "mag": mag,
                "magType": mtype,
                "nst": np.nan if (net == "ak" or rng.random() < 0.15) else int(rng.integers(8, 180)),
                "gap": np.nan if net == "ak" and rng.random() < 0.6 else round(float(rng.uniform(15, 220)), 0),
                "dmin": np.nan if net in ("ak", "hv") else round(float(rng.gamma(2, 0.6 if us else 0.05)), 3),
                "rms": round(float(rng.gamma(4, 0.15 if us else 0.05)), 2),
                "net": net,
                "id": f"{net}{int(rng.integers(10**7, 10**8))}",
                "updated": (times[i] + pd.Timedelta(days=float(rng.uniform(1, 90)))).strftime("%Y-%m-%dT%H:%M:%S.%f")[
                    :-3
                ]
                + "Z",
                "place": place,
                "type": etype,
                "horizontalError": np.nan if net == "ak" else round(float(rng.gamma(2, 3.5 if us else 0.3)), 2),
                "depthError": round(float(rng.gamma(2, 1.9 if us else 0.4)), 3),
                "magError": np.nan if rng.random() < 0.2 else round(float(rng.gamma(3, 0.03 if us else 0.05)), 3),
                "magNst": np.nan if rng.random() < 0.2 else int(rng.integers(3, 150)),
                "status": "reviewed" if rng.random() < 0.97 else "automatic",
                "locationSource": net,
                "magSource": net,
            }
        )
    return pd.DataFrame(rows)


def _quake_months(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["time"], utc=True).dt.strftime("%Y-%m").value_counts()


def _quake_region(df: pd.DataFrame) -> pd.Series:
    return df["place"].str.split(", ").str[-1].str.replace(" region", "", regex=False)


# --- 3. CarDekho used cars ("car data.csv", Kaggle "Vehicle dataset from cardekho") --------------------------------

_CARS = [
    # Car_Name, weight, present price range (lakh), diesel share, automatic share
    ("city", 26, (9.4, 13.6), 0.25, 0.15),
    ("corolla altis", 16, (15.0, 22.8), 0.3, 0.25),
    ("verna", 14, (9.4, 13.5), 0.5, 0.1),
    ("fortuner", 11, (25.4, 36.2), 0.95, 0.4),
    ("brio", 10, (5.3, 6.0), 0.0, 0.1),
    ("ciaz", 9, (8.6, 10.4), 0.5, 0.05),
    ("innova", 9, (13.5, 23.2), 0.9, 0.1),
    ("i20", 9, (6.8, 8.2), 0.3, 0.05),
    ("grand i10", 8, (5.0, 6.3), 0.2, 0.0),
    ("swift", 8, (5.4, 7.3), 0.3, 0.0),
    ("jazz", 7, (7.0, 9.0), 0.0, 0.2),
    ("amaze", 7, (6.0, 7.7), 0.4, 0.0),
    ("sx4", 6, (7.9, 9.4), 0.2, 0.0),
    ("dzire", 6, (6.5, 8.5), 0.4, 0.1),
    ("ertiga", 5, (8.0, 9.9), 0.6, 0.0),
    ("alto k10", 5, (3.6, 4.2), 0.0, 0.0),
    ("wagon r", 5, (4.2, 4.6), 0.0, 0.0),
    ("etios liva", 4, (6.0, 7.1), 0.2, 0.0),
    ("Royal Enfield Classic 350", 7, (1.4, 1.5), 0.0, 0.0),
    ("Bajaj Pulsar 150", 6, (0.75, 0.84), 0.0, 0.0),
    ("Honda Activa 4G", 5, (0.5, 0.52), 0.0, 1.0),
    ("Hero Splendor Plus", 4, (0.5, 0.57), 0.0, 0.0),
    ("KTM RC200", 3, (1.7, 1.8), 0.0, 0.0),
    ("Yamaha FZ S V 2.0", 4, (0.8, 0.87), 0.0, 0.0),
    ("TVS Apache RTR 160", 4, (0.78, 0.83), 0.0, 0.0),
]


def _cardekho() -> pd.DataFrame:
    rng = np.random.default_rng(1719)
    n = 301
    w = np.array([c[1] for c in _CARS], dtype=float)
    which = rng.choice(len(_CARS), n, p=w / w.sum())
    rows = []
    for k in which:
        name, _, (lo, hi), p_diesel, p_auto = _CARS[k]
        bike = lo < 2
        year = int(np.clip(2018 - np.round(rng.gamma(2.2, 2.0)), 2003, 2018))
        present = round(float(rng.uniform(lo, hi)), 2)
        age = 2019 - year
        selling = present * 0.86**age * rng.uniform(0.75, 1.05)
        selling = round(float(selling), 2)
        kms = int(max(500, round(age * rng.lognormal(np.log(9000 if not bike else 6000), 0.5), -2)))
        fuel = "Diesel" if rng.random() < p_diesel else ("CNG" if rng.random() < 0.008 else "Petrol")
        rows.append(
            {
                "Car_Name": name,
                "Year": year,
                "Selling_Price": selling,
                "Present_Price": present,
                "Kms_Driven": kms,
                "Fuel_Type": fuel,
                "Seller_Type": "Individual" if bike or rng.random() < 0.04 else "Dealer",
                "Transmission": "Automatic" if rng.random() < p_auto else "Manual",
                "Owner": int(rng.choice([0, 1, 3], p=[0.955, 0.04, 0.005])),
            }
        )
    return pd.DataFrame(rows)


def _fuel_price(df: pd.DataFrame, fuel: str) -> float:
    return float(df.loc[df["Fuel_Type"] == fuel, "Selling_Price"].mean())


def _kept_value(df: pd.DataFrame) -> list[float]:
    mean_ratio = float((df["Selling_Price"] / df["Present_Price"]).mean())
    sum_ratio = float(df["Selling_Price"].sum() / df["Present_Price"].sum())
    return [mean_ratio, sum_ratio, 1 - mean_ratio, 1 - sum_ratio]


# --- 4. Fuel consumption ratings, Canada ("CO2 Emissions_Canada.csv", Kaggle) -----------------------------------------

_MAKES = {
    "FORD": (["F-150 FFV", "ESCAPE AWD", "EXPLORER AWD", "MUSTANG", "EDGE AWD", "F-150 4X4"], 1.2),
    "CHEVROLET": (["SILVERADO 4WD", "MALIBU", "EQUINOX AWD", "TAHOE 4WD", "CAMARO", "TRAX"], 1.1),
    "TOYOTA": (["COROLLA", "CAMRY", "RAV4 AWD", "TACOMA 4WD", "HIGHLANDER AWD", "PRIUS"], -0.4),
    "HONDA": (["CIVIC", "ACCORD", "CR-V AWD", "PILOT AWD", "FIT"], -0.6),
    "BMW": (["330i xDRIVE", "X3 xDRIVE30i", "X5 xDRIVE40i", "M4 COUPE", "540i xDRIVE"], 0.7),
    "MERCEDES-BENZ": (["C 300 4MATIC", "E 450 4MATIC", "GLE 450 4MATIC", "G 550", "AMG GT"], 1.0),
    "HYUNDAI": (["ELANTRA", "TUCSON AWD", "SANTA FE AWD", "KONA"], -0.5),
    "KIA": (["FORTE", "SORENTO AWD", "SOUL", "SPORTAGE AWD"], -0.4),
    "NISSAN": (["ALTIMA", "ROGUE AWD", "FRONTIER 4WD", "SENTRA"], -0.2),
    "VOLKSWAGEN": (["JETTA", "GOLF", "TIGUAN 4MOTION", "ATLAS 4MOTION"], -0.2),
    "AUDI": (["A4 QUATTRO", "Q5", "Q7", "R8"], 0.6),
    "SUBARU": (["IMPREZA AWD", "OUTBACK AWD", "FORESTER AWD", "WRX"], 0.0),
    "MAZDA": (["MAZDA3", "CX-5 AWD", "CX-9 AWD", "MX-5"], -0.5),
    "DODGE": (["CHARGER", "CHALLENGER", "DURANGO AWD", "GRAND CARAVAN"], 1.6),
    "JEEP": (["WRANGLER 4X4", "GRAND CHEROKEE 4X4", "COMPASS 4X4", "CHEROKEE 4X4"], 1.0),
    "GMC": (["SIERRA 4WD", "YUKON 4WD", "TERRAIN AWD", "ACADIA AWD"], 1.4),
    "PORSCHE": (["911 CARRERA", "CAYENNE", "MACAN S", "PANAMERA 4"], 1.3),
    "LEXUS": (["ES 350", "RX 350 AWD", "NX 300 AWD", "IS 300 AWD"], 0.2),
    "LAMBORGHINI": (["HURACAN", "AVENTADOR S", "URUS"], 3.5),
    "BUGATTI": (["CHIRON"], 9.0),
}
_CLASS_ENGINE = {
    "COMPACT": (1.8, 0.4),
    "MID-SIZE": (2.4, 0.6),
    "SUBCOMPACT": (1.8, 0.6),
    "FULL-SIZE": (3.3, 0.8),
    "SUV - SMALL": (2.2, 0.5),
    "SUV - STANDARD": (3.5, 0.8),
    "PICKUP TRUCK - STANDARD": (4.6, 1.0),
    "TWO-SEATER": (3.8, 1.2),
    "MINIVAN": (3.5, 0.3),
    "STATION WAGON - SMALL": (2.0, 0.4),
}
_TRANS = ["AS6", "AS8", "A6", "A8", "A9", "AS10", "A10", "AV", "AV7", "AM7", "AM8", "M6", "M5", "AS7", "M7"]
_TRANS_W = [14, 12, 10, 8, 5, 4, 3, 7, 4, 3, 2, 9, 2, 2, 1]


def _fuel_canada() -> pd.DataFrame:
    rng = np.random.default_rng(1720)
    n = 1600
    makes = [m for m in _MAKES if m != "BUGATTI"]
    mw = np.array([9, 9, 8, 6, 6, 6, 5, 5, 5, 5, 5, 4, 4, 4, 4, 5, 4, 4, 1.2], dtype=float)
    rows = []
    classes = list(_CLASS_ENGINE)
    cw = np.array([16, 16, 10, 7, 16, 12, 9, 5, 3, 6], dtype=float)
    for i in range(n):
        make = str(rng.choice(makes, p=mw / mw.sum())) if i < n - 3 else "BUGATTI"
        model = str(rng.choice(_MAKES[make][0]))
        extra = _MAKES[make][1]
        vclass = str(rng.choice(classes, p=cw / cw.sum())) if make != "BUGATTI" else "TWO-SEATER"
        mu, sd = _CLASS_ENGINE[vclass]
        engine = round(float(np.clip(rng.normal(mu + 0.25 * extra, sd), 1.0, 6.8)), 1)
        if make == "BUGATTI":
            engine = 8.0
        elif make == "LAMBORGHINI":
            engine = round(float(rng.choice([5.2, 6.5, 4.0])), 1)
        cyl = 16 if make == "BUGATTI" else int(np.clip(2 * np.round(engine * 1.6 / 2 + 0.5), 3, 12))
        fuel = str(rng.choice(["X", "Z", "D", "E", "N"], p=[0.49, 0.44, 0.025, 0.044, 0.001]))
        if make in ("BMW", "MERCEDES-BENZ", "AUDI", "PORSCHE", "LAMBORGHINI", "BUGATTI") and fuel == "X":
            fuel = "Z"
        city = 4.6 + 2.15 * engine + 0.45 * extra + rng.normal(0, 0.9)
        if make == "BUGATTI":
            city = 26.8
        if fuel == "E":
            city *= 1.33
        hwy = city * rng.uniform(0.64, 0.76)
        city, hwy = round(float(city), 1), round(float(hwy), 1)
        comb = round(0.55 * city + 0.45 * hwy, 1)
        per_litre = {"X": 23.2, "Z": 23.3, "D": 26.6, "E": 16.8, "N": 20.0}[fuel]
        rows.append(
            {
                "Make": make,
                "Model": model,
                "Vehicle Class": vclass,
                "Engine Size(L)": engine,
                "Cylinders": cyl,
                "Transmission": str(rng.choice(_TRANS, p=np.array(_TRANS_W) / sum(_TRANS_W))),
                "Fuel Type": fuel,
                "Fuel Consumption City (L/100 km)": city,
                "Fuel Consumption Hwy (L/100 km)": hwy,
                "Fuel Consumption Comb (L/100 km)": comb,
                "Fuel Consumption Comb (mpg)": round(282.48 / comb),
                "CO2 Emissions(g/km)": round(comb * per_litre + rng.normal(0, 3)),
            }
        )
    return pd.DataFrame(rows)


_CO2 = "CO2 Emissions(g/km)"
_COMB = "Fuel Consumption Comb (L/100 km)"


def _co2_of(df: pd.DataFrame, fuel: str) -> float:
    return float(df.loc[df["Fuel Type"] == fuel, _CO2].mean())


# --- 5. Veterinary practice visits (invented) -------------------------------------------------------------------

_PROCS = {  # code: (weight, mean fee £, sd, follow-up rate)
    "VAC": (30, 58.0, 6.0, 0.05),
    "CONS": (33, 49.5, 8.0, 0.18),
    "DENT": (8, 315.0, 70.0, 0.3),
    "SURG": (7, 860.0, 260.0, 0.72),
    "XRAY": (9, 215.0, 40.0, 0.35),
    "LAB": (13, 96.0, 22.0, 0.25),
}
_SPECIES = {
    "Dog": (55, 22.0, 9.0, 11),
    "Cat": (35, 4.3, 1.1, 10),
    "Rabbit": (5, 2.1, 0.5, 6),
    "Guinea pig": (3, 1.0, 0.2, 4),
}


def _vet_visits() -> pd.DataFrame:
    rng = np.random.default_rng(1721)
    n = 1840
    days = np.sort(rng.integers(0, 731, n))
    dates = pd.Timestamp("2023-01-01") + pd.to_timedelta(days, unit="D")
    clinic = _pick(rng, ["Northgate", "Riverside", "Hillcrest"], [40, 35, 25], n)
    species = _pick(rng, list(_SPECIES), [v[0] for v in _SPECIES.values()], n)
    proc = _pick(rng, list(_PROCS), [v[0] for v in _PROCS.values()], n)
    insured = np.where(np.isin(proc, ["SURG", "DENT", "XRAY"]), rng.random(n) < 0.62, rng.random(n) < 0.36)
    fee = np.array([max(18.0, rng.normal(_PROCS[p][1], _PROCS[p][2])) for p in proc]).round(2)
    weight = np.array([max(0.4, rng.normal(_SPECIES[s][1], _SPECIES[s][2])) for s in species]).round(1)
    weight[rng.random(n) < 0.065] = np.nan
    age = np.array([min(rng.gamma(2.0, _SPECIES[s][3] / 4), _SPECIES[s][3] + 6) for s in species]).round(1)
    wait = np.where(clinic == "Riverside", rng.gamma(3.2, 7.5, n), rng.gamma(2.8, 5.2, n)).round()
    follow = np.array([rng.random() < _PROCS[p][3] for p in proc])
    return pd.DataFrame(
        {
            "VisitID": [f"V{100000 + i}" for i in range(n)],
            "visit_date": dates.strftime("%d/%m/%Y"),
            "Clinic": clinic,
            "Species": species,
            "PetAge_yrs": age,
            "Weight_kg": weight,
            "ProcCode": proc,
            "Fee_GBP": fee,
            "Insured": np.where(insured, "Y", "N"),
            "VetInitials": _pick(rng, ["JMc", "AP", "RK", "SLW", "TO"], [25, 22, 20, 18, 15], n),
            "Wait_mins": wait.astype(int),
            "FollowUpReq": np.where(follow, "Y", "N"),
        }
    )


def _vet_2024_months(df: pd.DataFrame) -> pd.Series:
    d = pd.to_datetime(df["visit_date"], format="%d/%m/%Y")
    return d[d.dt.year == 2024].dt.month.value_counts().sort_index()


def _waits(df: pd.DataFrame, how: str) -> pd.Series:
    return df.groupby("Clinic")["Wait_mins"].agg(how)


# --- 6. Grant applications (invented) ----------------------------------------------------------------------------

_SCHEMES = {  # scheme: (weight, typical request £, award rate)
    "Community Fund": (40, 8_000, 0.52),
    "Heritage Small Grants": (20, 15_000, 0.44),
    "Innovation Vouchers": (25, 25_000, 0.35),
    "Net Zero Pilots": (15, 60_000, 0.27),
}
_REGIONS = ["North East", "North West", "Yorkshire", "Midlands", "London", "South West", "South East"]


def _grants() -> pd.DataFrame:
    rng = np.random.default_rng(1722)
    n = 1260
    scheme = _pick(rng, list(_SCHEMES), [v[0] for v in _SCHEMES.values()], n)
    org = _pick(rng, ["Charity", "CIC", "University", "SME", "Parish Council"], [34, 18, 10, 28, 10], n)
    region = _pick(rng, _REGIONS, [9, 15, 13, 18, 21, 11, 13], n)
    first = rng.random(n) < 0.45
    submitted = pd.Timestamp("2022-04-01") + pd.to_timedelta(np.sort(rng.integers(0, 730, n)), unit="D")
    requested = np.array([rng.lognormal(np.log(_SCHEMES[s][1]), 0.45) for s in scheme]).round(-2)
    score = np.clip(rng.normal(68, 12, n) - 5 * first - 0.00022 * requested, 5, 98).round()
    p_award = np.array([_SCHEMES[s][2] for s in scheme]) * np.where(first, 0.78, 1.15)
    p_award = p_award * np.clip((score - 30) / 35, 0.2, 1.6)
    u = rng.random(n)
    decision = np.where(u < 0.05, "WDN", np.where(rng.random(n) < p_award, "AWD", "REJ")).astype(object)
    late = submitted > pd.Timestamp("2024-02-15")
    decision[late & (rng.random(n) < 0.7) & (decision != "WDN")] = "PEND"
    decided = pd.Series(submitted + pd.to_timedelta(rng.gamma(4.0, 17.0, n).round(), unit="D"))
    decided[decision == "PEND"] = pd.NaT
    awarded = np.where(decision == "AWD", (requested * rng.choice([1.0, 1.0, 1.0, 0.8, 0.6], n)).round(-2), np.nan)
    score[decision == "WDN"] = np.nan
    return pd.DataFrame(
        {
            "app_ref": [f"GA-{d.year}-{i + 1:04d}" for i, d in enumerate(submitted)],
            "Scheme": scheme,
            "OrgType": org,
            "Region": region,
            "SubmittedOn": submitted.strftime("%Y-%m-%d"),
            "DecisionDate": decided.dt.strftime("%Y-%m-%d"),
            "Decision": decision,
            "RequestedAmt_GBP": requested.astype(int),
            "AwardedAmt_GBP": awarded,
            "AssessScore": score,
            "FirstTimeApplicant": np.where(first, "Y", "N"),
        }
    )


def _win_rates(df: pd.DataFrame, by: str, decided_only: bool) -> pd.Series:
    d = df[df["Decision"].isin(["AWD", "REJ"])] if decided_only else df
    return (d["Decision"] == "AWD").groupby(d[by]).mean()


def _decision_days(df: pd.DataFrame) -> pd.Series:
    return (pd.to_datetime(df["DecisionDate"]) - pd.to_datetime(df["SubmittedOn"])).dt.days.dropna()


def _award_ratio(df: pd.DataFrame) -> list[float]:
    a = df[df["Decision"] == "AWD"]
    return [
        float(a["AwardedAmt_GBP"].sum() / a["RequestedAmt_GBP"].sum()),
        float((a["AwardedAmt_GBP"] / a["RequestedAmt_GBP"]).mean()),
    ]


# --- 7. Fire service call-outs (invented) --------------------------------------------------------------------------

_INC = {  # IncType: (IncGroup, weight, pumps, pump-hours mean)
    "AFA": ("False Alarm", 34, 1.6, 0.45),
    "FA_GOOD": ("False Alarm", 10, 1.3, 0.4),
    "FA_MAL": ("False Alarm", 3, 1.2, 0.35),
    "DWF": ("Fire", 9, 3.5, 4.8),
    "BIN": ("Fire", 8, 1.0, 0.6),
    "GRASS": ("Fire", 7, 1.8, 2.2),
    "VEH": ("Fire", 5, 1.5, 1.1),
    "RTC": ("Special Service", 9, 2.0, 1.9),
    "FLOOD": ("Special Service", 6, 1.2, 1.6),
    "LIFT": ("Special Service", 5, 1.0, 0.8),
    "RESCUE": ("Special Service", 4, 2.2, 2.4),
}
_STATIONS = {"Red Hill": 330, "Dockside": 290, "Kingsmead": 365, "Ashby Road": 410, "Fairfield": 470}


def _fire_callouts() -> pd.DataFrame:
    rng = np.random.default_rng(1723)
    n = 3100
    start = pd.Timestamp("2023-01-01")
    day = rng.integers(0, 365, n)
    hour = _pick(
        rng,
        list(range(24)),
        [3, 2.5, 2, 1.6, 1.4, 1.5, 2, 3, 4, 4.5, 4.8, 5, 5.2, 5.3, 5.5, 5.8, 6.2, 6.8, 6.6, 6, 5.2, 4.6, 4, 3.4],
        n,
    ).astype(int)
    minute = rng.integers(0, 60, n)
    when = (
        pd.Series(start + pd.to_timedelta(day * 1440 + hour * 60 + minute, unit="m"))
        .sort_values()
        .reset_index(drop=True)
    )
    inc = _pick(rng, list(_INC), [v[1] for v in _INC.values()], n)
    station = _pick(rng, list(_STATIONS), [26, 22, 20, 18, 14], n)
    attend = np.array([rng.gamma(6.0, _STATIONS[s] / 6.0) for s in station]).round()
    attend[rng.random(n) < 0.04] = np.nan  # stopped en route / not recorded
    pumps = np.array([max(1, round(rng.normal(_INC[t][2], 0.6))) for t in inc])
    pump_hrs = np.array([max(0.25, rng.gamma(2.0, _INC[t][3] / 2)) for t in inc])
    pump_hrs = np.ceil(pump_hrs * 4) / 4
    casualty_rate = np.array([{"DWF": 0.22, "RTC": 0.45, "RESCUE": 0.3, "VEH": 0.05}.get(t, 0.005) for t in inc])
    night = (when.dt.hour >= 22) | (when.dt.hour < 6)
    casualties = np.where(
        rng.random(n) < casualty_rate * np.where(night, 1.4, 1.0), rng.choice([1, 1, 1, 2, 3], n), 0
    ).astype(float)
    casualties[rng.random(n) < 0.03] = np.nan
    return pd.DataFrame(
        {
            "CallRef": [f"FRS{23}{i + 1:05d}" for i in range(n)],
            "call_datetime": when.dt.strftime("%d/%m/%Y %H:%M"),
            "Station": station,
            "IncGroup": [_INC[t][0] for t in inc],
            "IncType": inc,
            "FirstArrival_sec": attend,
            "PumpsSent": pumps,
            "PumpHrs": pump_hrs,
            "Casualties": casualties,
            "CrewType": _pick(rng, ["Wholetime", "On-call"], [78, 22], n),
        }
    )


def _call_hour(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["call_datetime"], format="%d/%m/%Y %H:%M").dt.hour


def _night_casualty_calls(df: pd.DataFrame, upto: int) -> int:
    t = pd.to_datetime(df["call_datetime"], format="%d/%m/%Y %H:%M")
    mins = t.dt.hour * 60 + t.dt.minute
    night = (mins >= 22 * 60) | (mins < 6 * 60 + upto)
    return int(((df["Casualties"] > 0) & night).sum())


# --- the set ------------------------------------------------------------------------------------------------------

HELDOUT17 = [
    Dataset(
        "ibm_attrition",
        _ibm_hr,
        [
            Q(
                "what's our overall attrition rate?",
                share(lambda d: (d["Attrition"] == "Yes").mean()),
                ("Attrition",),
            ),
            Q(
                "are people who work overtime more likely to leave? is the difference significant?",
                both(share(lambda d: _leave_rate(d, "Yes")), share(lambda d: _leave_rate(d, "No"))),
                ("OverTime", "Attrition"),
            ),
            Q(
                "which job role earns the most on average per month?",
                both(label_of(lambda d: _role_pay(d).idxmax()), has(lambda d: _role_pay(d).max(), rel=0.01)),
                ("JobRole", "MonthlyIncome"),
            ),
            Q(
                "and which one earns the least?",
                both(label_of(lambda d: _role_pay(d).idxmin()), has(lambda d: _role_pay(d).min(), rel=0.01)),
                ("JobRole", "MonthlyIncome"),
            ),
            Q(
                "is pay related to how many years someone has been working in total?",
                _corr("TotalWorkingYears", "MonthlyIncome"),
                ("TotalWorkingYears", "MonthlyIncome"),
            ),
            Q(
                "what's the average rate?",
                asks("daily", "hourly", "monthly"),
                ("DailyRate", "HourlyRate", "MonthlyRate"),
            ),
        ],
    ),
    Dataset(
        "usgs_quakes",
        _usgs_quakes,
        [
            Q(
                "how many quakes were magnitude 5 or bigger?",
                has(lambda d: int((d["mag"] >= 5).sum())),
                ("mag",),
            ),
            Q(
                "plot the number of earthquakes per month",
                has(lambda d: _quake_months(d).max()),
                ("time",),
            ),
            Q(
                "what proportion of the events aren't actually earthquakes (blasts, ice quakes etc)?",
                share(lambda d: (d["type"] != "earthquake").mean()),
                ("type",),
            ),
            Q(
                "which region or country had the most events?",
                both(
                    label_of(lambda d: _quake_region(d).value_counts().idxmax()),
                    has(lambda d: _quake_region(d).value_counts().max()),
                ),
                ("place",),
            ),
            Q("are deeper quakes bigger ones?", _corr("depth", "mag"), ("depth", "mag")),
            Q(
                "what's the average error?",
                asks("horizontal", "depth", "mag"),
                ("horizontalError", "depthError", "magError"),
            ),
        ],
    ),
    Dataset(
        "cardekho_cars",
        _cardekho,
        [
            Q(
                "do diesel cars sell for more than petrol ones? is the gap significant?",
                has(lambda d: _fuel_price(d, "Diesel"), lambda d: _fuel_price(d, "Petrol"), rel=0.01),
                ("Fuel_Type", "Selling_Price"),
            ),
            Q(
                "on average what % of the showroom price does a car fetch when resold?",
                either(*(share(lambda d, i=i: _kept_value(d)[i]) for i in range(4))),
                ("Selling_Price", "Present_Price"),
            ),
            Q(
                "which model is listed most often?",
                both(
                    label_of(lambda d: d["Car_Name"].value_counts().idxmax()),
                    has(lambda d: d["Car_Name"].value_counts().max()),
                ),
                ("Car_Name",),
            ),
            Q(
                "how many have done more than 50k kms?",
                either(
                    has(lambda d: int((d["Kms_Driven"] > 50000).sum())),
                    has(lambda d: int((d["Kms_Driven"] >= 50000).sum())),
                ),
                ("Kms_Driven",),
            ),
            Q(
                "cross tab of seller type against gearbox",
                has(lambda d: pd.crosstab(d["Seller_Type"], d["Transmission"]).to_numpy().ravel()),
                ("Seller_Type", "Transmission"),
            ),
            Q(
                "what's the 90th percentile selling price?",
                either(
                    *(
                        has(lambda d, m=m: d["Selling_Price"].quantile(0.9, interpolation=m), rel=0.01)
                        for m in ("linear", "lower", "higher", "midpoint", "nearest")
                    )
                ),
                ("Selling_Price",),
            ),
        ],
    ),
    Dataset(
        "co2_emissions_canada",
        _fuel_canada,
        [
            Q(
                "what's the average fuel consumption?",
                either(asks("city", "comb"), has(lambda d: d[_COMB].mean(), rel=0.01)),
                (
                    "Fuel Consumption City (L/100 km)",
                    "Fuel Consumption Hwy (L/100 km)",
                    _COMB,
                    "Fuel Consumption Comb (mpg)",
                ),
            ),
            Q(
                "which manufacturer has the highest average CO2?",
                both(
                    label_of(lambda d: d.groupby("Make")[_CO2].mean().idxmax()),
                    has(lambda d: d.groupby("Make")[_CO2].mean().max(), rel=0.01),
                ),
                ("Make", _CO2),
            ),
            Q(
                "how strongly does engine size drive emissions?",
                _corr("Engine Size(L)", _CO2),
                ("Engine Size(L)", _CO2),
            ),
            Q(
                "compare co2 for premium petrol vs regular petrol cars",
                has(lambda d: _co2_of(d, "Z"), lambda d: _co2_of(d, "X"), rel=0.01),
                ("Fuel Type", _CO2),
            ),
            Q(
                "what share of vehicles emit over 250 g/km?",
                either(share(lambda d: (d[_CO2] > 250).mean()), share(lambda d: (d[_CO2] >= 250).mean())),
                (_CO2,),
            ),
            Q(
                "how many of these have a manual gearbox?",
                either(
                    has(lambda d: int(d["Transmission"].str.startswith("M").sum())),
                    has(lambda d: int(d["Transmission"].str.contains("M").sum())),
                ),
                ("Transmission",),
            ),
        ],
    ),
    Dataset(
        "vet_visits",
        _vet_visits,
        [
            Q(
                "average fee for each type of procedure",
                has(lambda d: d.groupby("ProcCode")["Fee_GBP"].mean().to_numpy(), rel=0.01),
                ("ProcCode", "Fee_GBP"),
            ),
            Q(
                "do insured pets cost more per visit? is that significant?",
                has(lambda d: d.groupby("Insured")["Fee_GBP"].mean().to_numpy(), rel=0.01),
                ("Insured", "Fee_GBP"),
            ),
            Q(
                "chart the number of visits per month in 2024",
                either(
                    has(lambda d: _vet_2024_months(d).to_numpy()[:3]),
                    has(lambda d: _vet_2024_months(d).max(), lambda d: _vet_2024_months(d).min()),
                ),
                ("visit_date",),
            ),
            Q(
                "which clinic keeps owners waiting longest?",
                either(
                    both(
                        label_of(lambda d: _waits(d, "mean").idxmax()), has(lambda d: _waits(d, "mean").max(), rel=0.01)
                    ),
                    both(label_of(lambda d: _waits(d, "median").idxmax()), has(lambda d: _waits(d, "median").max())),
                ),
                ("Clinic", "Wait_mins"),
            ),
            Q("how many animals weren't weighed?", has(lambda d: int(d["Weight_kg"].isna().sum())), ("Weight_kg",)),
            Q(
                "what % of surgeries needed a follow up appt?",
                share(lambda d: (d.loc[d["ProcCode"] == "SURG", "FollowUpReq"] == "Y").mean()),
                ("ProcCode", "FollowUpReq"),
            ),
        ],
    ),
    Dataset(
        "grant_applications",
        _grants,
        [
            Q(
                "what's the success rate for each scheme?",
                either(
                    _shares(lambda d: _win_rates(d, "Scheme", False).to_numpy()),
                    _shares(lambda d: _win_rates(d, "Scheme", True).to_numpy()),
                ),
                ("Scheme", "Decision"),
            ),
            Q(
                "total money awarded by region, biggest first",
                has(lambda d: d.groupby("Region")["AwardedAmt_GBP"].sum().to_numpy(), rel=0.01),
                ("Region", "AwardedAmt_GBP"),
            ),
            Q(
                "how long does it take to get a decision, on average?",
                either(
                    has(lambda d: _decision_days(d).mean(), rel=0.01),
                    has(lambda d: _decision_days(d).median(), rel=0.01),
                    has(lambda d: _decision_days(d).mean() / 7, rel=0.01),
                ),
                ("SubmittedOn", "DecisionDate"),
            ),
            Q(
                "is the assesment score correlated with how much was asked for?",
                _corr("AssessScore", "RequestedAmt_GBP"),
                ("AssessScore", "RequestedAmt_GBP"),
            ),
            Q(
                "do first-time applicants do worse? significantly?",
                either(
                    _shares(lambda d: _win_rates(d, "FirstTimeApplicant", False).to_numpy()),
                    _shares(lambda d: _win_rates(d, "FirstTimeApplicant", True).to_numpy()),
                ),
                ("FirstTimeApplicant", "Decision"),
            ),
            Q(
                "for successful applications, what share of the amount requested did they actually get?",
                either(share(lambda d: _award_ratio(d)[0]), share(lambda d: _award_ratio(d)[1])),
                ("Decision", "AwardedAmt_GBP", "RequestedAmt_GBP"),
            ),
        ],
    ),
    Dataset(
        "fire_callouts",
        _fire_callouts,
        [
            Q(
                "median response time for each station",
                _duration(lambda d: d.groupby("Station")["FirstArrival_sec"].median().to_numpy() / 60, rel=0.01),
                ("Station", "FirstArrival_sec"),
            ),
            Q(
                "what share of our call-outs turn out to be false alarms?",
                share(lambda d: (d["IncGroup"] == "False Alarm").mean()),
                ("IncGroup",),
            ),
            Q(
                "plot calls by hour of day - when is the busiest hour?",
                has(lambda d: _call_hour(d).value_counts().max(), lambda d: _call_hour(d).value_counts().idxmax()),
                ("call_datetime",),
            ),
            Q(
                "which incident type eats up the most pump hours in total?",
                both(
                    label_of(lambda d: d.groupby("IncType")["PumpHrs"].sum().idxmax()),
                    has(lambda d: d.groupby("IncType")["PumpHrs"].sum().max(), rel=0.01),
                ),
                ("IncType", "PumpHrs"),
            ),
            Q(
                "how many incidents had at least one casualty?",
                has(lambda d: int((d["Casualties"] > 0).sum())),
                ("Casualties",),
            ),
            Q(
                "and how many of those were at night, between 10pm and 6am?",
                either(has(lambda d: _night_casualty_calls(d, 0)), has(lambda d: _night_casualty_calls(d, 1))),
                ("Casualties", "call_datetime"),
            ),
        ],
    ),
]
