"""HELDOUT14: a blind held-out set of seven datasets and 42 questions.

Written without reading the analyst, and measured before any fix it prompts. Four frames copy the column layout of
well-known public datasets (Kaggle insurance.csv, the Kaggle copy of UCI Adult census income, Kaggle Seattle weather,
Kaggle avocado prices); three are invented tables (ferry crossings, pharmacy dispensing, solar installs). All are
generated with fixed seeds.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .offline_eval import Check, Dataset, Q, asks, both, either, has, label_of, share

# --- helpers -------------------------------------------------------------------------------------------------------


def _month_abbr(value: Callable[[pd.DataFrame], Any]) -> Check:
    """The calendar month (a number 1-12 computed from the frame) named in the answer, e.g. 'Nov' or 'November'."""
    return label_of(lambda d: calendar.month_abbr[int(value(d))])


def _on_date(value: Callable[[pd.DataFrame], Any]) -> Check:
    """The date computed from the frame, written ISO, day-first/month-first numeric, or with the month's name."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        d = pd.Timestamp(value(df))
        forms = [
            d.strftime("%Y-%m-%d"),
            d.strftime("%d/%m/%Y"),
            d.strftime("%m/%d/%Y"),
            f"{d:%B} {d.day}",
            f"{d.day} {d:%B}",
            f"{d:%b} {d.day}",
            f"{d.day} {d:%b}",
            f"{d.day}(?:st|nd|rd|th)? (?:of )?{d:%B}",
            f"{d:%B} {d.day}(?:st|nd|rd|th)?",
        ]
        for form in forms:
            if re.search(rf"(?<!\d){form}(?!\d)", answer, re.IGNORECASE):
                return None
        return f"missing date {d.date()}"

    return check


def _small_share(value: Callable[[pd.DataFrame], float]) -> Check:
    """A small share (a few percent), where a percentage to one decimal is two significant figures."""
    return either(share(value), has(lambda d: 100 * value(d), rel=0.02))


def _r(x: str, y: str, method: str = "pearson") -> Callable[[pd.DataFrame], float]:
    return lambda d: d[x].corr(d[y], method=method)


# --- insurance (Kaggle "Medical Cost Personal Datasets", insurance.csv) ---------------------------------------------


def _insurance() -> pd.DataFrame:
    rng = np.random.default_rng(1401)
    n = 1338
    age = np.where(rng.random(n) < 0.1, rng.integers(18, 20, n), rng.integers(18, 65, n))
    sex = rng.choice(["female", "male"], n, p=[0.495, 0.505])
    region = rng.choice(["northeast", "northwest", "southeast", "southwest"], n, p=[0.242, 0.243, 0.272, 0.243])
    bmi = rng.normal(30.2, 6.0, n) + np.where(region == "southeast", 3.2, 0.0)
    bmi = np.round(np.clip(bmi, 15.96, 53.13), 3)
    children = rng.choice(np.arange(6), n, p=[0.43, 0.24, 0.18, 0.115, 0.02, 0.015])
    smoker = np.where(rng.random(n) < np.where(region == "southeast", 0.25, 0.19), "yes", "no")
    base = 265 * age - 2300 + 40 * bmi + 480 * children + rng.gamma(2.0, 1300, n)
    smoke = (smoker == "yes") * (13500 + 470 * (bmi - 20) + np.where(bmi >= 30, 19500, 0) + rng.normal(0, 2500, n))
    charges = np.round(np.maximum(base + smoke, 1121.8739), 5)
    return pd.DataFrame(
        {
            "age": age,
            "sex": sex,
            "bmi": bmi,
            "children": children,
            "smoker": smoker,
            "region": region,
            "charges": charges,
        }
    )


# --- adult census income (Kaggle uciml/adult-census-income, adult.csv: dotted names, '?' for missing) -------------

_EDU = {
    "Preschool": 1,
    "1st-4th": 2,
    "5th-6th": 3,
    "7th-8th": 4,
    "9th": 5,
    "10th": 6,
    "11th": 7,
    "12th": 8,
    "HS-grad": 9,
    "Some-college": 10,
    "Assoc-voc": 11,
    "Assoc-acdm": 12,
    "Bachelors": 13,
    "Masters": 14,
    "Prof-school": 15,
    "Doctorate": 16,
}
_EDU_P = [0.002, 0.005, 0.01, 0.02, 0.016, 0.029, 0.036, 0.013, 0.322, 0.224, 0.042, 0.033, 0.164, 0.053, 0.018, 0.017]


def _adult() -> pd.DataFrame:
    rng = np.random.default_rng(1402)
    n = 3000
    age = np.clip(np.round(17 + rng.gamma(3.2, 6.5, n)), 17, 90).astype(int)
    workclass = rng.choice(
        [
            "Private",
            "Self-emp-not-inc",
            "Local-gov",
            "?",
            "State-gov",
            "Self-emp-inc",
            "Federal-gov",
            "Without-pay",
            "Never-worked",
        ],
        n,
        p=[0.697, 0.078, 0.064, 0.056, 0.04, 0.034, 0.029, 0.001, 0.001],
    )
    education = rng.choice(list(_EDU), n, p=np.array(_EDU_P) / sum(_EDU_P))
    edu_num = np.array([_EDU[e] for e in education])
    sex = rng.choice(["Male", "Female"], n, p=[0.669, 0.331])
    married_p = np.clip(0.15 + 0.012 * (age - 17), 0.05, 0.65)
    u = rng.random(n)
    marital = np.where(
        u < married_p,
        "Married-civ-spouse",
        np.where(
            age < 30,
            rng.choice(["Never-married", "Never-married", "Never-married", "Divorced", "Separated"], n),
            rng.choice(["Divorced", "Never-married", "Widowed", "Separated", "Married-spouse-absent"], n),
        ),
    )
    marital = np.where(rng.random(n) < 0.001, "Married-AF-spouse", marital)
    relationship = np.where(
        np.isin(marital, ["Married-civ-spouse", "Married-AF-spouse"]),
        np.where(sex == "Male", "Husband", "Wife"),
        np.where(
            age < 25,
            rng.choice(["Own-child", "Own-child", "Not-in-family", "Other-relative"], n),
            rng.choice(["Not-in-family", "Not-in-family", "Unmarried", "Other-relative"], n),
        ),
    )
    occupations = [
        "Prof-specialty",
        "Craft-repair",
        "Exec-managerial",
        "Adm-clerical",
        "Sales",
        "Other-service",
        "Machine-op-inspct",
        "Transport-moving",
        "Handlers-cleaners",
        "Farming-fishing",
        "Tech-support",
        "Protective-serv",
        "Priv-house-serv",
        "Armed-Forces",
    ]
    occ_p = np.array([0.134, 0.133, 0.132, 0.122, 0.118, 0.107, 0.065, 0.052, 0.044, 0.032, 0.03, 0.021, 0.005, 0.001])
    occupation = rng.choice(occupations, n, p=occ_p / occ_p.sum())
    occupation = np.where(np.isin(workclass, ["?", "Never-worked"]), "?", occupation)
    race = rng.choice(
        ["White", "Black", "Asian-Pac-Islander", "Amer-Indian-Eskimo", "Other"], n, p=[0.854, 0.096, 0.032, 0.01, 0.008]
    )
    has_gain = rng.random(n) < 0.083
    gain = np.where(has_gain, rng.choice([7688, 15024, 7298, 99999, 3103, 5178, 4386, 5013, 2174, 3325], n), 0)
    loss = np.where(~has_gain & (rng.random(n) < 0.047), rng.choice([1902, 1977, 1887, 1848, 1485, 2415], n), 0)
    hours = 40 + rng.normal(0, 9, n) + 0.9 * np.maximum(edu_num - 12, 0) ** 1.6 + (sex == "Male") * 2.5
    hours = np.where(rng.random(n) < 0.45, 40, hours)
    hours = np.where(age > 65, hours - 14, hours)
    hours = np.clip(np.round(hours), 1, 99).astype(int)
    country = rng.choice(
        [
            "United-States",
            "Mexico",
            "?",
            "Philippines",
            "Germany",
            "Canada",
            "Puerto-Rico",
            "India",
            "El-Salvador",
            "Cuba",
            "England",
            "China",
        ],
        n,
        p=[0.897, 0.02, 0.018, 0.0065, 0.0045, 0.004, 0.0035, 0.0035, 0.0035, 0.003, 0.003, 0.0335],
    )
    logit = (
        -9.2
        + 0.37 * edu_num
        + 0.045 * np.minimum(age, 60)
        + 1.9 * (marital == "Married-civ-spouse")
        + 0.35 * (sex == "Male")
        + 0.03 * (hours - 40)
        + 2.5 * (gain > 7000)
        + 0.4 * (race == "White")
    )
    income = np.where(rng.random(n) < 1 / (1 + np.exp(-logit)), ">50K", "<=50K")
    fnlwgt = np.round(rng.lognormal(12.0, 0.5, n)).astype(int)
    return pd.DataFrame(
        {
            "age": age,
            "workclass": workclass,
            "fnlwgt": fnlwgt,
            "education": education,
            "education.num": edu_num,
            "marital.status": marital,
            "occupation": occupation,
            "relationship": relationship,
            "race": race,
            "sex": sex,
            "capital.gain": gain,
            "capital.loss": loss,
            "hours.per.week": hours,
            "native.country": country,
            "income": income,
        }
    )


# --- Seattle weather (Kaggle seattle-weather.csv) -------------------------------------------------------------------


def _seattle_weather() -> pd.DataFrame:
    rng = np.random.default_rng(1403)
    dates = pd.date_range("2012-01-01", "2015-12-31", freq="D")
    n = len(dates)
    doy = dates.dayofyear.to_numpy()
    month = dates.month.to_numpy()
    seasonal = np.sin(2 * np.pi * (doy - 115) / 365.25)
    temp_max = 16.4 + 9.6 * seasonal + rng.normal(0, 2.8, n) + 0.5 * (dates.year.to_numpy() - 2012)
    rain_p = np.array([0, 0.62, 0.55, 0.6, 0.5, 0.38, 0.3, 0.14, 0.12, 0.28, 0.55, 0.78, 0.64])[month]
    wet = rng.random(n) < rain_p
    scale = np.array([0, 6.0, 5.0, 5.0, 4.0, 3.5, 3.0, 3.0, 3.0, 4.5, 6.0, 9.5, 7.0])[month]
    precipitation = np.where(wet, np.round(rng.gamma(1.1, scale, n), 1), 0.0)
    temp_max = np.round(temp_max - 1.2 * wet, 1)
    temp_min = np.round(temp_max - np.clip(rng.normal(8.6, 2.6, n) - 3.0 * wet, 1.0, None), 1)
    wind = np.round(np.clip(rng.gamma(4.0, 0.72, n) + 0.06 * precipitation + 0.6 * (month <= 3), 0.4, 9.5), 1)
    weather = np.where(
        precipitation > 0,
        np.where(temp_max < 4.5, "snow", np.where(rng.random(n) < 0.9, "rain", "drizzle")),
        rng.choice(["sun", "sun", "sun", "sun", "sun", "fog", "drizzle"], n),
    )
    frame = pd.DataFrame(
        {
            "date": dates.strftime("%Y-%m-%d"),
            "precipitation": precipitation,
            "temp_max": temp_max,
            "temp_min": temp_min,
            "wind": wind,
            "weather": weather,
        }
    )
    widest = int((frame["temp_max"] - frame["temp_min"]).idxmax())
    frame.loc[widest, "temp_min"] = round(frame.loc[widest, "temp_min"] - 0.8, 1)  # a unique widest day
    return frame


def _widest_day(d: pd.DataFrame) -> str:
    return str(d.loc[(d["temp_max"] - d["temp_min"]).idxmax(), "date"])


def _wettest_month(d: pd.DataFrame) -> int:
    return int(d.groupby(pd.to_datetime(d["date"]).dt.month)["precipitation"].mean().idxmax())


# --- avocado prices (Kaggle avocado.csv, Hass Avocado Board; unnamed index column first) --------------------------

_AVO_REGIONS = {  # price offset, conventional weekly volume, organic weekly volume
    "Atlanta": (-0.08, 520_000, 9_000),
    "Boston": (0.12, 560_000, 11_000),
    "Chicago": (0.05, 700_000, 24_000),
    "Denver": (-0.04, 600_000, 19_000),
    "Houston": (-0.26, 750_000, 12_500),
    "LosAngeles": (-0.15, 2_650_000, 60_000),
    "NewYork": (0.22, 1_100_000, 43_000),
    "SanFrancisco": (0.33, 660_000, 31_000),
}


def _avocado() -> pd.DataFrame:
    rng = np.random.default_rng(1404)
    dates = pd.date_range("2015-01-04", "2017-12-31", freq="7D")
    rows = []
    for kind, premium in (("conventional", 0.0), ("organic", 0.5)):
        for region, (offset, conv, org) in _AVO_REGIONS.items():
            month = dates.month.to_numpy()
            year = dates.year.to_numpy()
            season = 0.22 * np.exp(-((month - 10.0) ** 2) / 2.0)
            price = (
                1.08
                + premium
                + offset
                + season
                + 0.09 * (year - 2015) ** 2
                + rng.normal(0, 0.09 + 0.06 * (kind == "organic"), len(dates))
            )
            price = np.round(np.clip(price, 0.44, 3.25), 2)
            volume = (conv if kind == "conventional" else org) * np.exp(
                -1.1 * (price - price.mean()) + rng.normal(0, 0.12, len(dates))
            )
            bags_share = np.clip(0.22 + 0.05 * (year - 2015) + rng.normal(0, 0.05, len(dates)), 0.05, 0.9)
            bags = volume * bags_share
            small = bags * rng.uniform(0.7, 0.85, len(dates))
            large = (bags - small) * rng.uniform(0.9, 0.99, len(dates))
            xlarge = bags - small - large
            loose = volume - bags
            p4046 = loose * rng.uniform(0.3, 0.45, len(dates))
            p4770 = loose * rng.uniform(0.0, 0.03, len(dates))
            p4225 = loose - p4046 - p4770
            for i, dt in enumerate(dates):
                small_i, large_i, xl_i = round(small[i], 2), round(large[i], 2), round(xlarge[i], 2)
                a, b, c = round(p4046[i], 2), round(p4225[i], 2), round(p4770[i], 2)
                total_bags = round(small_i + large_i + xl_i, 2)
                rows.append(
                    {
                        "Date": dt,
                        "AveragePrice": price[i],
                        "Total Volume": round(a + b + c + total_bags, 2),
                        "4046": a,
                        "4225": b,
                        "4770": c,
                        "Total Bags": total_bags,
                        "Small Bags": small_i,
                        "Large Bags": large_i,
                        "XLarge Bags": xl_i,
                        "type": kind,
                        "year": dt.year,
                        "region": region,
                    }
                )
    frame = pd.DataFrame(rows)
    frame = frame.sort_values(["type", "year", "region", "Date"], ascending=[True, True, True, False])
    frame.insert(0, "", frame.groupby(["type", "year", "region"]).cumcount())
    frame["Date"] = frame["Date"].dt.strftime("%Y-%m-%d")
    return frame.reset_index(drop=True)


def _organic_top(i: int) -> Callable[[pd.DataFrame], str]:
    return lambda d: str(d[d["type"] == "organic"].groupby("region")["Total Volume"].sum().nlargest(3).index[i])


# --- ferry crossings (invented) -------------------------------------------------------------------------------------

_ROUTES = {  # dist_km, sailings a day, mean passengers, mean cars
    "LAR-CUM": (3.2, 3, 62, 14),
    "OBN-CRA": (16.1, 2, 180, 38),
    "ARD-BRO": (25.0, 2, 265, 55),
    "UIG-TAR": (41.7, 1, 150, 46),
}
_VESSELS = {
    "LAR-CUM": ["MV Loch Shira", "MV Loch Tarbert"],
    "OBN-CRA": ["MV Isle of Mull", "MV Coruisk"],
    "ARD-BRO": ["MV Caledonian Isles", "MV Catriona"],
    "UIG-TAR": ["MV Hebrides"],
}


def _ferry_crossings() -> pd.DataFrame:
    rng = np.random.default_rng(1405)
    days = pd.date_range("2023-01-01", "2023-12-31", freq="D")
    rows = []
    k = 0
    for day in days:
        summer = np.exp(-((day.dayofyear - 205) ** 2) / (2 * 45.0**2))
        winter = 1 - summer
        for route, (dist, per_day, pax, cars) in _ROUTES.items():
            for s in range(per_day):
                if rng.random() < 0.12:  # not every timetabled sailing is in this extract
                    continue
                k += 1
                beaufort = int(np.clip(np.round(rng.normal(3.0 + 2.0 * winter, 1.7)), 0, 10))
                p_cancel = 1 / (1 + np.exp(-(beaufort - 7.2) * 1.6)) * (1.3 if dist > 20 else 0.8)
                cancelled = rng.random() < min(p_cancel, 0.97)
                hour = [7, 12, 17][s] if per_day == 3 else ([8, 16][s] if per_day == 2 else 10)
                minute = int(rng.choice([0, 15, 30, 45]))
                load = (0.55 + 0.9 * summer) * rng.lognormal(0, 0.25)
                mean_delay = 4.0 + 0.45 * dist / 5 + 1.1 * beaufort
                delay = np.nan if cancelled else float(np.round(rng.exponential(mean_delay)))
                if not cancelled and rng.random() < 0.04:
                    delay = np.nan
                rows.append(
                    {
                        "sailing_id": f"FX-{k:06d}",
                        "SailDate": day.strftime("%d/%m/%Y"),
                        "dep_time": f"{hour:02d}:{minute:02d}",
                        "Route": route,
                        "vessel": str(rng.choice(_VESSELS[route])),
                        "PaxCount": 0 if cancelled else int(rng.poisson(pax * load)),
                        "CarsCount": 0 if cancelled else int(rng.poisson(cars * load)),
                        "CommercialVeh": 0 if cancelled else int(rng.poisson(2.5 if dist > 10 else 0.6)),
                        "dist_km": dist,
                        "DelayMins": delay,
                        "cancelled": "Y" if cancelled else "N",
                        "wx_beaufort": beaufort,
                    }
                )
    return pd.DataFrame(rows)


def _pax_km(d: pd.DataFrame) -> pd.Series:
    return (d["PaxCount"] * d["dist_km"]).groupby(d["Route"]).sum()


def _monthly_pax(d: pd.DataFrame) -> Any:
    month = pd.to_datetime(d["SailDate"], dayfirst=True).dt.to_period("M")
    return d.groupby(month)["PaxCount"].sum().sort_index().to_numpy()[:3]


# --- pharmacy dispensing (invented) ---------------------------------------------------------------------------------

_DRUGS = {  # BNF chapter, unit price GBP, typical quantities
    "Atorvastatin": ("02 Cardiovascular System", 0.032, [28, 56]),
    "Amlodipine": ("02 Cardiovascular System", 0.025, [28, 56]),
    "Ramipril": ("02 Cardiovascular System", 0.041, [28, 56]),
    "Apixaban": ("02 Cardiovascular System", 1.90, [56, 56, 28]),
    "Omeprazole": ("01 Gastro-Intestinal System", 0.043, [28, 56]),
    "Lansoprazole": ("01 Gastro-Intestinal System", 0.052, [28, 56]),
    "Sertraline": ("04 Central Nervous System", 0.051, [28]),
    "Mirtazapine": ("04 Central Nervous System", 0.082, [28]),
    "Pregabalin": ("04 Central Nervous System", 0.098, [56, 84]),
    "Salbutamol": ("03 Respiratory System", 1.50, [1, 2]),
    "Fostair": ("03 Respiratory System", 29.32, [1, 1, 2]),
    "Metformin": ("06 Endocrine System", 0.031, [56, 112]),
    "Levothyroxine": ("06 Endocrine System", 0.054, [28, 56]),
    "Empagliflozin": ("06 Endocrine System", 1.30, [28]),
    "Amoxicillin": ("05 Infections", 0.061, [15, 21]),
    "Doxycycline": ("05 Infections", 0.155, [7, 14]),
}
_DRUG_P = [0.12, 0.11, 0.08, 0.05, 0.1, 0.05, 0.07, 0.04, 0.04, 0.07, 0.03, 0.08, 0.06, 0.025, 0.05, 0.025]


def _pharmacy_dispensing() -> pd.DataFrame:
    rng = np.random.default_rng(1406)
    n = 3200
    p = np.array(_DRUG_P) / sum(_DRUG_P)
    drug = rng.choice(list(_DRUGS), n, p=p)
    chapter = np.array([_DRUGS[x][0] for x in drug])
    age = np.clip(np.round(rng.normal(55, 20, n)), 0, 98).astype(int)
    qty = np.array([int(rng.choice(_DRUGS[x][2])) for x in drug])
    qty = np.where((age > 65) & np.isin(qty, [28]) & (rng.random(n) < 0.5), qty * 2, qty)
    nic = np.round(qty * np.array([_DRUGS[x][1] for x in drug]) * rng.uniform(0.95, 1.05, n), 2)
    exempt = np.where((age >= 60) | (age < 16) | (rng.random(n) < 0.3), "Y", "N")
    branch = rng.choice(["Leith Walk", "Morningside", "Gorgie", "Portobello", "Stockbridge"], n)
    wait_base = pd.Series(branch).map(
        {"Leith Walk": 14, "Morningside": 8, "Gorgie": 11, "Portobello": 6, "Stockbridge": 9}
    )
    wait = np.round(wait_base.to_numpy() * rng.lognormal(0, 0.45, n)).astype(float)
    wait[rng.random(n) < 0.07] = np.nan
    dates = pd.Timestamp("2024-01-02") + pd.to_timedelta(rng.integers(0, 182, n), unit="D")
    order = np.argsort(dates.to_numpy(), kind="stable")
    frame = pd.DataFrame(
        {
            "DispenseDate": dates.strftime("%Y-%m-%d"),
            "Branch": branch,
            "Prescriber": rng.choice(["S70412", "S70588", "S70123", "S70901", "S70234", "S70777"], n),
            "BNFChapter": chapter,
            "DrugName": drug,
            "Quantity": qty,
            "NIC_GBP": nic,
            "PatientAge": age,
            "PaymentExempt": exempt,
            "WaitTimeMin": wait,
        }
    ).iloc[order]
    frame.insert(0, "disp_id", [f"D{100000 + i}" for i in range(n)])
    return frame.reset_index(drop=True)


def _per_unit(d: pd.DataFrame) -> pd.Series:
    g = d.groupby("BNFChapter")
    return g["NIC_GBP"].sum() / g["Quantity"].sum()


def _top_drug(i: int) -> Callable[[pd.DataFrame], str]:
    return lambda d: str(d.groupby("DrugName")["NIC_GBP"].sum().nlargest(5).index[i])


def _exempt_rate(d: pd.DataFrame, mask: pd.Series) -> float:
    return float((d.loc[mask, "PaymentExempt"] == "Y").mean())


# --- solar installs (invented) --------------------------------------------------------------------------------------

_INSTALLERS = {"SunPeak Energy": 2.95, "Golden State Solar": 3.35, "BrightPath": 2.62, "Helios Home": 3.1}
_COUNTIES = {"Alameda": 1450, "Fresno": 1720, "Kern": 1750, "Riverside": 1690, "San Diego": 1640, "Sacramento": 1560}


def _solar_installs() -> pd.DataFrame:
    rng = np.random.default_rng(1407)
    n = 1250
    county = rng.choice(list(_COUNTIES), n, p=[0.14, 0.12, 0.1, 0.24, 0.27, 0.13])
    installer = rng.choice(list(_INSTALLERS), n, p=[0.32, 0.24, 0.2, 0.24])
    days = np.sort(rng.integers(0, 5 * 365, n))
    date = pd.Timestamp("2019-01-01") + pd.to_timedelta(days, unit="D")
    year = date.year.to_numpy()
    system_kw = np.round(np.clip(rng.gamma(9.0, 0.85, n), 2.4, 19.8), 2)
    watt = rng.choice([330, 350, 370, 400], n)
    panels = np.maximum(np.round(system_kw * 1000 / watt), 6).astype(int)
    battery = rng.random(n) < 0.08 + 0.07 * (year - 2019)
    cpw = np.array([_INSTALLERS[x] for x in installer])
    cost = np.round(system_kw * 1000 * cpw * rng.normal(1, 0.07, n) + battery * rng.normal(12500, 1500, n), 0)
    incentive = np.round(system_kw * 1000 * rng.choice([0.2, 0.25, 0.3], n), 0)
    incentive[rng.random(n) < 0.11] = np.nan
    yield_ = np.array([_COUNTIES[c] for c in county])
    kwh = np.round(system_kw * yield_ * rng.normal(1, 0.08, n), 0)
    permit = np.round(np.clip(rng.normal(21 + 8.5 * battery, 7, n), 3, None)).astype(int)
    roof = rng.choice(["Asphalt shingle", "Concrete tile", "Clay tile", "Metal", "Flat/membrane"], n)
    return pd.DataFrame(
        {
            "InstallID": [f"SI-{2019 + i // 400}-{i:05d}" for i in range(n)],
            "install_date": date.strftime("%Y-%m-%d"),
            "County": county,
            "installer": installer,
            "system_kw": system_kw,
            "panel_count": panels,
            "roof_type": roof,
            "battery": battery,
            "cost_usd": cost,
            "incentive_usd": incentive,
            "annual_kwh_est": kwh,
            "permit_days": permit,
        }
    )


def _mean_or_median(col: str) -> Check:
    return either(has(lambda d: d[col].mean(), rel=0.01), has(lambda d: d[col].median(), rel=0.01))


def _cpw_ratio_of_sums(d: pd.DataFrame) -> pd.Series:
    g = d.groupby("installer")
    return g["cost_usd"].sum() / (g["system_kw"].sum() * 1000)


def _cpw_mean_of_ratios(d: pd.DataFrame) -> pd.Series:
    return (d["cost_usd"] / (d["system_kw"] * 1000)).groupby(d["installer"]).mean()


def _batteries_by_year(d: pd.DataFrame) -> Any:
    year = pd.to_datetime(d["install_date"]).dt.year
    return d[d["battery"].astype(str) == "True"].groupby(year)["battery"].size().to_numpy()


# --- the set --------------------------------------------------------------------------------------------------------

HELDOUT14 = [
    Dataset(
        "insurance",
        _insurance,
        [
            Q(
                "What's the avg medical bill for smokers compared with non-smokers? Is the gap significant?",
                has(lambda d: d.groupby("smoker")["charges"].mean().to_numpy(), rel=0.01),
                ("smoker", "charges"),
            ),
            Q(
                "which region has the highest average charges?",
                label_of(lambda d: str(d.groupby("region")["charges"].mean().idxmax())),
                ("region", "charges"),
            ),
            Q(
                "how many people are obese (BMI over 30), and what share of the total is that?",
                both(has(lambda d: int((d["bmi"] > 30).sum())), share(lambda d: (d["bmi"] > 30).mean())),
                ("bmi",),
            ),
            Q(
                "is there a corelation between age and charges?",
                has(_r("age", "charges"), rel=0.01),
                ("age", "charges"),
            ),
            Q(
                "plot charges against number of kids and give me the median for each",
                has(lambda d: d.groupby("children")["charges"].median().to_numpy(), rel=0.01),
                ("charges", "children"),
            ),
            Q(
                "and what's the 90th percentile of charges overall?",
                has(lambda d: d["charges"].quantile(0.9), rel=0.01),
                ("charges",),
            ),
        ],
    ),
    Dataset(
        "adult_income",
        _adult,
        [
            Q(
                "What proportion of people earn more than 50K?",
                share(lambda d: (d["income"] == ">50K").mean()),
                ("income",),
            ),
            Q(
                "break that down by gender",
                both(
                    share(lambda d: (d.loc[d["sex"] == "Male", "income"] == ">50K").mean()),
                    share(lambda d: (d.loc[d["sex"] == "Female", "income"] == ">50K").mean()),
                ),
                ("income", "sex"),
            ),
            Q(
                "which education level works the longest hours on average?",
                label_of(lambda d: str(d.groupby("education")["hours.per.week"].mean().idxmax())),
                ("education", "hours.per.week"),
            ),
            Q(
                "how many records have no occupation recorded?",
                has(
                    lambda d: int(d["occupation"].astype(str).str.strip().eq("?").sum() + d["occupation"].isna().sum())
                ),
                ("occupation",),
            ),
            Q(
                "Do the >50K earners work more hours per week than the rest? Is the difference significant?",
                has(lambda d: d.groupby("income")["hours.per.week"].mean().to_numpy(), rel=0.01),
                ("hours.per.week", "income"),
            ),
            Q(
                "cross-tab race by income bracket please",
                either(
                    has(
                        lambda d: pd.crosstab(d["race"], d["income"]).loc["White", ">50K"],
                        lambda d: pd.crosstab(d["race"], d["income"]).loc["Black", ">50K"],
                    ),
                    both(
                        share(lambda d: (d.loc[d["race"] == "White", "income"] == ">50K").mean()),
                        share(lambda d: (d.loc[d["race"] == "Black", "income"] == ">50K").mean()),
                    ),
                ),
                ("race", "income"),
            ),
        ],
    ),
    Dataset(
        "seattle_weather",
        _seattle_weather,
        [
            Q(
                "what's the average temperature?",
                either(
                    asks("temp_max", "temp_min"),
                    has(lambda d: d["temp_max"].mean(), lambda d: d["temp_min"].mean(), rel=0.01),
                ),
                ("temp_max", "temp_min"),
            ),
            Q(
                "Which month of the year is the wettest, on average?",
                _month_abbr(_wettest_month),
                ("precipitation", "date"),
            ),
            Q(
                "how many days were classed as rain?",
                has(lambda d: int((d["weather"] == "rain").sum())),
                ("weather",),
            ),
            Q(
                "plot total rainfall per year",
                has(lambda d: d.groupby(pd.to_datetime(d["date"]).dt.year)["precipitation"].sum().to_numpy(), rel=0.01),
                ("precipitation", "date"),
            ),
            Q(
                "is wind speed correlated with precipitation?",
                either(
                    has(_r("wind", "precipitation"), rel=0.01),
                    has(_r("wind", "precipitation", "spearman"), rel=0.01),
                ),
                ("wind", "precipitation"),
            ),
            Q(
                "what was the biggest swing between the daily high and low, and on which day?",
                both(has(lambda d: (d["temp_max"] - d["temp_min"]).max()), _on_date(_widest_day)),
                ("temp_max", "temp_min", "date"),
            ),
        ],
    ),
    Dataset(
        "avocado",
        _avocado,
        [
            Q(
                "Average price of organic vs conventional avocados - is the difference significant?",
                has(lambda d: d.groupby("type")["AveragePrice"].mean().to_numpy(), rel=0.01),
                ("AveragePrice", "type"),
            ),
            Q(
                "which region has the cheapest avocados on average?",
                label_of(lambda d: str(d.groupby("region")["AveragePrice"].mean().idxmin())),
                ("AveragePrice", "region"),
            ),
            Q(
                "how did the average price change from year to year?",
                has(lambda d: d.groupby("year")["AveragePrice"].mean().to_numpy(), rel=0.01),
                ("AveragePrice", "year"),
            ),
            Q(
                "what percentage of the volume was sold in bags?",
                either(
                    share(lambda d: d["Total Bags"].sum() / d["Total Volume"].sum()),
                    share(lambda d: (d["Total Bags"] / d["Total Volume"]).mean()),
                ),
                ("Total Bags", "Total Volume"),
            ),
            Q(
                "top 3 regions for organic sales volume",
                both(*(label_of(_organic_top(i)) for i in range(3))),
                ("Total Volume", "region", "type"),
            ),
            Q(
                "in which month are prices usually highest?",
                _month_abbr(lambda d: d.groupby(pd.to_datetime(d["Date"]).dt.month)["AveragePrice"].mean().idxmax()),
                ("AveragePrice", "Date"),
            ),
        ],
    ),
    Dataset(
        "ferry_crossings",
        _ferry_crossings,
        [
            Q(
                "how many sailings got cancelled, and what % of all sailings is that?",
                both(
                    has(lambda d: int((d["cancelled"] == "Y").sum())),
                    share(lambda d: (d["cancelled"] == "Y").mean()),
                ),
                ("cancelled",),
            ),
            Q(
                "Which route carries the most passengers in total?",
                label_of(lambda d: str(d.groupby("Route")["PaxCount"].sum().idxmax())),
                ("Route", "PaxCount"),
            ),
            Q(
                "avg delay per route?",
                has(lambda d: d.groupby("Route")["DelayMins"].mean().to_numpy(), rel=0.01),
                ("DelayMins", "Route"),
            ),
            Q(
                "what's the cancellation rate when the wind is force 7 or more, compared with calmer days?",
                both(
                    share(lambda d: (d.loc[d["wx_beaufort"] >= 7, "cancelled"] == "Y").mean()),
                    _small_share(lambda d: (d.loc[d["wx_beaufort"] < 7, "cancelled"] == "Y").mean()),
                ),
                ("cancelled", "wx_beaufort"),
            ),
            Q(
                "work out passenger-km (passengers x distance) for each route. Which is biggest, and what's the total "
                "across all routes?",
                both(
                    label_of(lambda d: str(_pax_km(d).idxmax())),
                    has(lambda d: _pax_km(d).sum(), rel=0.01),
                ),
                ("PaxCount", "dist_km", "Route"),
            ),
            Q(
                "chart the monthly passenger totals",
                has(_monthly_pax, rel=0.01),
                ("PaxCount", "SailDate"),
            ),
        ],
    ),
    Dataset(
        "pharmacy_dispensing",
        _pharmacy_dispensing,
        [
            Q(
                "which 5 drugs cost us the most in total?",
                both(*(label_of(_top_drug(i)) for i in range(5))),
                ("DrugName", "NIC_GBP"),
            ),
            Q(
                "Which BNF chapter has the highest cost per unit dispensed?",
                either(
                    label_of(lambda d: str(_per_unit(d).idxmax())),
                    label_of(lambda d: str((d["NIC_GBP"] / d["Quantity"]).groupby(d["BNFChapter"]).mean().idxmax())),
                ),
                ("NIC_GBP", "Quantity", "BNFChapter"),
            ),
            Q(
                "how many records are missing a waiting time?",
                has(lambda d: int(d["WaitTimeMin"].isna().sum())),
                ("WaitTimeMin",),
            ),
            Q(
                "median wait at each branch",
                has(lambda d: d.groupby("Branch")["WaitTimeMin"].median().to_numpy(), rel=0.01),
                ("WaitTimeMin", "Branch"),
            ),
            Q(
                "are over-60s more likely to be exempt from prescription charges than everyone else?",
                both(
                    share(lambda d: _exempt_rate(d, d["PatientAge"] > 60)),
                    either(
                        share(lambda d: _exempt_rate(d, d["PatientAge"] <= 60)),
                        share(lambda d: _exempt_rate(d, d["PatientAge"] < 60)),
                    ),
                ),
                ("PaymentExempt", "PatientAge"),
            ),
            Q(
                "is patient age related to the quantity dispensed?",
                either(
                    has(_r("PatientAge", "Quantity"), rel=0.01),
                    has(_r("PatientAge", "Quantity", "spearman"), rel=0.01),
                ),
                ("PatientAge", "Quantity"),
            ),
        ],
    ),
    Dataset(
        "solar_installs",
        _solar_installs,
        [
            Q(
                "what's the typical system size?",
                either(
                    asks("system_kw", "panel_count"),
                    both(
                        _mean_or_median("system_kw"),
                        _mean_or_median("panel_count"),
                    ),
                ),
                ("system_kw", "panel_count"),
            ),
            Q(
                "Which installer is cheapest per watt?",
                either(
                    label_of(lambda d: str(_cpw_ratio_of_sums(d).idxmin())),
                    label_of(lambda d: str(_cpw_mean_of_ratios(d).idxmin())),
                ),
                ("installer", "cost_usd", "system_kw"),
            ),
            Q(
                "how many installs included a battery each year?",
                has(_batteries_by_year),
                ("battery", "install_date"),
            ),
            Q(
                "do the battery jobs take longer to get a permit? significant?",
                has(lambda d: d.groupby("battery")["permit_days"].mean().to_numpy(), rel=0.01),
                ("permit_days", "battery"),
            ),
            Q(
                "scatter of system size vs estimated annual output, and what's the correlation",
                either(
                    has(_r("system_kw", "annual_kwh_est"), rel=0.01),
                    has(_r("system_kw", "annual_kwh_est", "spearman"), rel=0.01),
                ),
                ("system_kw", "annual_kwh_est"),
            ),
            Q(
                "which county got the biggest share of the incentive money, and what share was it?",
                both(
                    label_of(lambda d: str(d.groupby("County")["incentive_usd"].sum().idxmax())),
                    share(lambda d: d.groupby("County")["incentive_usd"].sum().max() / d["incentive_usd"].sum()),
                ),
                ("County", "incentive_usd"),
            ),
        ],
    ),
]
