"""HELDOUT81: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public datasets an analyst is likely to bring along: the UCI Cervical
Cancer (Risk Factors) file (risk_factors_cervical_cancer.csv, 858 patients of a Caracas hospital) with its 36 columns
from Age, "Number of sexual partners", "First sexual intercourse" and "Num of pregnancies" through Smokes, "Smokes
(years)", "Smokes (packs/year)", "Hormonal Contraceptives (years)", IUD, STDs, "STDs (number)", twelve
"STDs:condylomatosis" style flags, "STDs: Number of diagnosis", "STDs: Time since first diagnosis" and "... last
diagnosis" (blank for all but the diagnosed), Dx:Cancer, Dx:CIN, Dx:HPV, Dx and the Hinselmann, Schiller, Citology and
Biopsy results, every questionnaire number written as a float ("4.0", "0.5", "2.2008...") and "?" for a missing answer
(whole blocks of a row missing together); the UCI Maternal Health Risk file (Maternal Health Risk Data Set.csv, 1014
rows, most of them exact repeats of another row) with Age, SystolicBP, DiastolicBP, BS (blood sugar in mmol/L, 6.0 to
19.0), BodyTemp in Fahrenheit (mostly 98), HeartRate (two readings of 7) and RiskLevel as "low risk" / "mid risk" /
"high risk"; the UCI HCV data (hcvdat0.csv, 615 people) with an unnamed row-number column from 1, Category as "0=Blood
Donor", "0s=suspect Blood Donor", "1=Hepatitis", "2=Fibrosis", "3=Cirrhosis" (sorted that way), Age, Sex as m / f and
the lab values ALB, ALP, ALT, AST, BIL, CHE, CHOL, CREA, GGT and PROT with "NA" blanks (ALP blank for most hepatitis and
fibrosis patients); Kaggle's Super Heroes dataset (heroes_information.csv, 734 characters) with an unnamed row-number
column from 0, name (a few repeated: "Goliath", "Atlas", "Nova" ...), Gender Male / Female / "-", lower-case Eye color,
Race ("-" the most common value), Hair color ("No Hair", "-"), Height in cm and Weight in kg as floats with -99.0 for
unknown (two weights blank), Publisher ("Marvel Comics", "DC Comics", "NBC - Heroes", a few blank), Skin color mostly
"-" and Alignment good / bad / neutral / "-"; the City of Chicago Speed Camera Violations file (one row per camera and
day, January to June 2019, in no order) with upper-case ADDRESS, "CHI045" CAMERA ID (an address may hold two cameras),
VIOLATION DATE as "01/25/2019", VIOLATIONS, state-plane X COORDINATE / Y COORDINATE, LATITUDE, LONGITUDE and a "(41.76,
-87.70)" LOCATION, all blank for three cameras, and days missing where a camera was down; Redfin's Data Center housing
market tracker (monthly, metro level, 2019 to 2022, ten metros, in no order) with period_begin / period_end as
"2021-03-01", period_duration 30, region_type "metro", region_type_id -2, table_id, is_seasonally_adjusted "f", region
as "Atlanta, GA metro area", a blank city, state and state_code, property_type "All Residential" beside its four parts
(Single Family Residential, Townhouse, Condo/Co-op, Multi-Family (2-4 Unit); All Residential's counts add up all four,
though a few part rows are missing), median sale and list price and price per square foot, homes_sold, pending_sales,
new_listings, inventory, months_of_supply (a few blank), median_dom, avg_sale_to_list (1.012), sold_above_list (a
fraction), each with _mom and _yoy changes (relative for prices and counts, differences for ratios and days),
parent_metro_region and its code and a last_updated stamp; and Our World in Data's energy file (owid-energy-data.csv,
1990 to 2022) with country, year and iso_code (blank for World, the continents, "European Union (27)" and "High-income
countries", OWID_KOS for Kosovo), population, gdp (only up to 2018), then alphabetical columns from
carbon_intensity_elec to wind_share_elec: TWh by source, shares of electricity in percent, per-capita kWh and primary
energy, the electricity columns blank before 2000 (Kosovo's solar and wind before 2010). All are generated with a fixed
seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _shares, _split, _text, _year
from .heldout38 import _draw, _month
from .heldout40 import _top_named
from .heldout41 import _deal
from .heldout42 import _ranked, _unique
from .offline_eval import Check, Dataset, Q, both, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores).index[0])


def _num(s: pd.Series) -> pd.Series:
    """A column as numbers, "?" and other text as blank."""
    return pd.to_numeric(s, errors="coerce")


def _any_of(checks: list[Check]) -> Check:
    """`either` over a list that may hold a single check."""
    return either(*checks) if len(checks) > 1 else checks[0]


# --- 1. Cervical cancer risk factors (UCI, risk_factors_cervical_cancer.csv) --------------------------------------

_CC_STDS = _split(
    "STDs:condylomatosis;STDs:cervical condylomatosis;STDs:vaginal condylomatosis;"
    "STDs:vulvo-perineal condylomatosis;STDs:syphilis;STDs:pelvic inflammatory disease;STDs:genital herpes;"
    "STDs:molluscum contagiosum;STDs:AIDS;STDs:HIV;STDs:Hepatitis B;STDs:HPV"
)
_CC_FIRST = "STDs: Time since first diagnosis"
_CC_LAST = "STDs: Time since last diagnosis"
_CC_COLUMNS = [
    "Age",
    "Number of sexual partners",
    "First sexual intercourse",
    "Num of pregnancies",
    "Smokes",
    "Smokes (years)",
    "Smokes (packs/year)",
    "Hormonal Contraceptives",
    "Hormonal Contraceptives (years)",
    "IUD",
    "IUD (years)",
    "STDs",
    "STDs (number)",
    *_CC_STDS,
    "STDs: Number of diagnosis",
    _CC_FIRST,
    _CC_LAST,
    "Dx:Cancer",
    "Dx:CIN",
    "Dx:HPV",
    "Dx",
    "Hinselmann",
    "Schiller",
    "Citology",
    "Biopsy",
]
# STD: weight among diagnosed patients
_CC_STD_KINDS = "vulvo-perineal condylomatosis:43;syphilis:18;HIV:18;pelvic inflammatory disease:1;genital herpes:1;"
_CC_STD_KINDS += "molluscum contagiosum:1;Hepatitis B:1;HPV:2;vaginal condylomatosis:4"


def _cc_float(value: float | None, digits: int = 1) -> str:
    """A questionnaire number as the file writes it: "4.0", "0.5", or "?" when missing."""
    if value is None:
        return "?"
    text = f"{value:.{digits}f}".rstrip("0")
    return text + "0" if text.endswith(".") else text


def _cc_row(rng: np.random.Generator) -> dict[str, Any]:
    age = int(np.clip(round(rng.gamma(7.5, 3.6)), 13, 84))
    partners = float(min(28, 1 + rng.poisson(1.5) + (rng.random() < 0.03) * rng.integers(3, 15)))
    first = float(np.clip(round(rng.normal(16.9, 2.7)), 10, min(32, age)))
    pregnancies = float(np.clip(round(0.09 * (age - first) + rng.normal(1.0, 1.1)), 0, 11))
    smokes = rng.random() < 0.145
    years = float(np.clip(rng.gamma(1.6, 4.2), 0.16, max(0.5, age - 12))) if smokes else 0.0
    packs = float(np.round(years * rng.uniform(0.1, 0.6), 6)) if smokes else 0.0
    hc = rng.random() < 0.64
    hc_years = float(np.round(rng.gamma(1.2, 2.0), 2)) if hc else 0.0
    iud = rng.random() < 0.11
    iud_years = float(rng.integers(1, 12)) if iud else 0.0
    std = rng.random() < 0.105 + 0.05 * smokes
    kinds = {k: 0 for k in _CC_STDS}
    number = 0
    if std:
        number = int(_one(rng, [1, 2, 3, 4], [44, 35, 6, 1]))
        for _ in range(number):
            kinds["STDs:" + _draw(rng, _CC_STD_KINDS)] = 1
        if any(kinds[k] for k in _CC_STDS if "condylomatosis" in k):
            kinds["STDs:condylomatosis"] = 1
        number = max(1, sum(kinds.values()))
    diagnosed = int(std and rng.random() < 0.9)
    since = float(np.clip(round(rng.gamma(1.4, 4.0)), 1, 22)) if diagnosed else None
    risk = -3.3 + 0.8 * smokes + 1.0 * std + 0.4 * hc * (hc_years > 5) + 0.35 * (partners > 3)
    cancer = rng.random() < 1 / (1 + np.exp(-risk))
    dx = rng.random() < (0.25 if cancer else 0.015)
    row: dict[str, Any] = {
        "Age": age,
        "Number of sexual partners": _cc_float(partners),
        "First sexual intercourse": _cc_float(first),
        "Num of pregnancies": _cc_float(pregnancies),
        "Smokes": _cc_float(float(smokes)),
        "Smokes (years)": _cc_float(years, 9),
        "Smokes (packs/year)": _cc_float(packs, 9),
        "Hormonal Contraceptives": _cc_float(float(hc)),
        "Hormonal Contraceptives (years)": _cc_float(hc_years, 2),
        "IUD": _cc_float(float(iud)),
        "IUD (years)": _cc_float(iud_years),
        "STDs": _cc_float(float(std)),
        "STDs (number)": _cc_float(float(number)),
        **{k: _cc_float(float(v)) for k, v in kinds.items()},
        "STDs: Number of diagnosis": diagnosed,
        _CC_FIRST: _cc_float(since),
        _CC_LAST: _cc_float(None if since is None else max(1.0, since - float(rng.integers(0, 4)))),
        "Dx:Cancer": int(dx and rng.random() < 0.7),
        "Dx:CIN": int(dx and rng.random() < 0.4),
        "Dx:HPV": int(dx and rng.random() < 0.7),
        "Dx": int(dx),
        "Hinselmann": int(rng.random() < (0.55 if cancer else 0.005)),
        "Schiller": int(rng.random() < (0.85 if cancer else 0.03)),
        "Citology": int(rng.random() < (0.45 if cancer else 0.025)),
        "Biopsy": int(cancer),
    }
    return row


def _cervical_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8101)
    rows = [_cc_row(rng) for _ in range(858)]
    blocks = {
        "partners": (["Number of sexual partners"], 26),
        "first": (["First sexual intercourse"], 7),
        "pregnancies": (["Num of pregnancies"], 56),
        "smokes": (["Smokes", "Smokes (years)", "Smokes (packs/year)"], 13),
        "hc": (["Hormonal Contraceptives", "Hormonal Contraceptives (years)"], 108),
        "iud": (["IUD", "IUD (years)"], 117),
        "std": (["STDs", "STDs (number)", *_CC_STDS], 105),
    }
    # the questionnaire was skipped by some patients altogether: most blanks come in whole blocks
    shy = rng.choice(858, 100, replace=False)
    for name, (columns, k) in blocks.items():
        if name in ("hc", "iud", "std"):
            picked = list(shy[: min(k, 95)]) + list(rng.choice(858, max(0, k - 95), replace=False))
        else:
            picked = list(rng.choice(858, k, replace=False))
        for i in picked:
            for c in columns:
                rows[int(i)][c] = "?"
    for i in shy[:95]:
        rows[int(i)]["STDs: Number of diagnosis"] = 0
        rows[int(i)][_CC_FIRST] = "?"
        rows[int(i)][_CC_LAST] = "?"
    frame = pd.DataFrame(rows)
    return frame[_CC_COLUMNS]


def _cc_is(d: pd.DataFrame, column: str) -> pd.Series:
    return _num(d[column]) == 1


def _cc_schiller_share(d: pd.DataFrame) -> float:
    positive = _cc_is(d, "Biopsy")
    return float(_cc_is(d, "Schiller")[positive].mean())


def _cc_first_sex(how: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(getattr(_num(d["First sexual intercourse"]).dropna(), how)())


def _cc_pregnancies(d: pd.DataFrame) -> list[float]:
    smokes = _num(d["Smokes"])
    babies = _num(d["Num of pregnancies"])
    return [float(babies[smokes == 1].mean()), float(babies[smokes == 0].mean())]


def _cc_smoking_years(how: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        years = _num(d["Smokes (years)"])[_num(d["Smokes"]) == 1]
        return float(getattr(years.dropna(), how)())

    return value


def _cc_most_missing(d: pd.DataFrame) -> list[str]:
    gaps = pd.Series({c: int((_text(d[c]) == "?").sum() + d[c].isna().sum()) for c in d.columns})
    return [str(c) for c in gaps[gaps == gaps.max()].index]


def _cc_gaps_named(answer: str, d: pd.DataFrame) -> str | None:
    return _any_of([_named(lambda _d, c=c: c) for c in _cc_most_missing(d)])(answer, d)


_CERVICAL_QS = [
    Q(
        "how many patients had a positive biopsy?",
        _count(lambda d: float(_cc_is(d, "Biopsy").sum())),
        ("Biopsy",),
    ),
    Q(
        "what % of those also tested positive on the schiller test",
        _share(_cc_schiller_share),
        ("Biopsy", "Schiller"),
    ),
    Q(
        "whats the average age they first had sex",
        either(_about(_cc_first_sex("mean")), _about(_cc_first_sex("median"))),
        ("First sexual intercourse",),
    ),
    Q(
        "do smokers have more pregnancies on average than non smokers?",
        _about(_cc_pregnancies),
        ("Smokes", "Num of pregnancies"),
    ),
    Q(
        "how many years have the smokers been smoking, typically?",
        either(_about(_cc_smoking_years("mean")), _about(_cc_smoking_years("median"))),
        ("Smokes", "Smokes (years)"),
    ),
    Q(
        "which column has the most missing values",
        _lead(_cc_gaps_named),
        (_CC_FIRST, _CC_LAST),
    ),
]


# --- 2. Maternal health risk (UCI "Maternal Health Risk Data Set.csv") ---------------------------------------------

# risk level: rows, age (mean, sd), systolic shift, blood sugar (mean, sd), fever chance
_MH_LEVELS: dict[str, tuple[int, tuple[float, float], float, tuple[float, float], float]] = {
    "low risk": (406, (26.9, 11.5), 0.0, (7.2, 0.9), 0.1),
    "mid risk": (336, (28.4, 12.3), 8.0, (7.8, 2.0), 0.22),
    "high risk": (272, (36.2, 13.0), 22.0, (12.1, 3.9), 0.35),
}
_MH_SYSTOLIC = [70, 75, 76, 78, 80, 83, 85, 90, 95, 99, 100, 110, 115, 120, 129, 130, 135, 140, 160]
_MH_DIASTOLIC = [49, 50, 60, 63, 65, 68, 69, 70, 75, 76, 80, 85, 89, 90, 95, 100]
_MH_HEART = [60, 65, 66, 67, 68, 70, 75, 76, 77, 78, 80, 82, 86, 88, 90]
_MH_SUGAR = [6.0, 6.1, 6.3, 6.4, 6.5, 6.6, 6.7, 6.8, 6.9, 7.0, 7.01, 7.1, 7.2, 7.5, 7.6, 7.7, 7.8, 7.9, 8.0]
_MH_SUGAR += [9.0, 10.0, 11.0, 12.0, 13.0, 15.0, 16.0, 17.0, 18.0, 19.0]


def _mh_nearest(options: list[float], value: float) -> float:
    return float(min(options, key=lambda o: abs(o - value)))


def _mh_profile(rng: np.random.Generator, level: str) -> dict[str, Any]:
    _n, (age_mean, age_sd), shift, (bs_mean, bs_sd), fever = _MH_LEVELS[level]
    age = int(np.clip(round(rng.normal(age_mean, age_sd)), 10, 70))
    systolic = _mh_nearest(_MH_SYSTOLIC, rng.normal(106 + shift, 14))
    diastolic = _mh_nearest(_MH_DIASTOLIC, 0.62 * systolic + rng.normal(4, 6))
    sugar = _mh_nearest(_MH_SUGAR, max(6.0, rng.normal(bs_mean, bs_sd)))
    temp = float(_one(rng, [100.0, 101.0, 102.0, 103.0, 99.0])) if rng.random() < fever else 98.0
    heart = _mh_nearest(_MH_HEART, rng.normal(74 + shift / 5, 7))
    return {
        "Age": age,
        "SystolicBP": int(systolic),
        "DiastolicBP": int(diastolic),
        "BS": sugar,
        "BodyTemp": temp,
        "HeartRate": int(heart),
        "RiskLevel": level,
    }


def _maternal_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8102)
    levels = _deal(rng, ";".join(f"{k}:{v[0]}" for k, v in _MH_LEVELS.items()), 1014)
    seen: dict[str, list[dict[str, Any]]] = {k: [] for k in _MH_LEVELS}
    rows = []
    for level in levels:
        pool = seen[level]
        if pool and rng.random() < 0.56:
            row = dict(pool[int(rng.integers(len(pool)))])
        else:
            row = _mh_profile(rng, level)
            pool.append(row)
        rows.append(row)
    for i in rng.choice(len(rows), 2, replace=False):
        rows[int(i)] = rows[int(i)] | {"HeartRate": 7}
    return pd.DataFrame(rows)


def _mh_counts(d: pd.DataFrame) -> list[float]:
    return [float((d["RiskLevel"] == k).sum()) for k in _MH_LEVELS]


def _mh_sugar(d: pd.DataFrame) -> list[float]:
    return [float(d.loc[d["RiskLevel"] == k, "BS"].mean()) for k in ("high risk", "low risk")]


def _mh_older_high(strict: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        old = d["Age"] > 35 if strict else d["Age"] >= 35
        return float((d.loc[old, "RiskLevel"] == "high risk").mean())

    return value


def _mh_fever(d: pd.DataFrame, strict: bool) -> pd.Series:
    return d["BodyTemp"] > 100 if strict else d["BodyTemp"] >= 100


def _mh_fever_high(strict: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float((_mh_fever(d, strict) & (d["RiskLevel"] == "high risk")).sum())


_MATERNAL_QS = [
    Q(
        "how many women are in each risk level?",
        _count(_mh_counts),
        ("RiskLevel",),
    ),
    Q(
        "average blood sugar for high risk vs low risk",
        _about(_mh_sugar),
        ("RiskLevel", "BS"),
    ),
    Q(
        "what percent of women over 35 are high risk?",
        either(_share(_mh_older_high(True)), _share(_mh_older_high(False))),
        ("Age", "RiskLevel"),
    ),
    Q(
        "how many had a fever, say a temp above 100",
        either(*(_count(lambda d, s=s: float(_mh_fever(d, s).sum())) for s in (True, False))),
        ("BodyTemp",),
    ),
    Q(
        "and how many of them are high risk",
        either(_count(_mh_fever_high(True)), _count(_mh_fever_high(False))),
        ("BodyTemp", "RiskLevel"),
    ),
    Q(
        "are there duplicate rows? how many",
        either(
            _count(lambda d: float(d.duplicated().sum())),
            _count(lambda d: float(d.duplicated(keep=False).sum())),
        ),
        ("Age", "SystolicBP", "DiastolicBP", "BS", "BodyTemp", "HeartRate", "RiskLevel"),
    ),
]


# --- 3. HCV data (UCI "HCV data", hcvdat0.csv) ---------------------------------------------------------------------

_HC_LABS = _split("ALB;ALP;ALT;AST;BIL;CHE;CHOL;CREA;GGT;PROT")
# category: people, age (mean, sd, low, high), share of men, lab (median, spread as a log sd)
_HC_GROUPS: dict[str, tuple[int, tuple[float, float, int, int], float, dict[str, tuple[float, float]]]] = {
    "0=Blood Donor": (
        533,
        (47.0, 9.5, 32, 77),
        0.62,
        {
            "ALB": (42.0, 0.12),
            "ALP": (68.0, 0.25),
            "ALT": (24.0, 0.4),
            "AST": (25.0, 0.25),
            "BIL": (7.5, 0.45),
            "CHE": (8.4, 0.2),
            "CHOL": (5.5, 0.2),
            "CREA": (78.0, 0.18),
            "GGT": (24.0, 0.6),
            "PROT": (72.0, 0.07),
        },
    ),
    "0s=suspect Blood Donor": (
        7,
        (57.0, 10.0, 47, 74),
        0.7,
        {
            "ALB": (36.0, 0.25),
            "ALP": (90.0, 0.6),
            "ALT": (60.0, 1.0),
            "AST": (70.0, 0.8),
            "BIL": (10.0, 0.6),
            "CHE": (7.0, 0.4),
            "CHOL": (5.0, 0.3),
            "CREA": (90.0, 0.5),
            "GGT": (90.0, 0.9),
            "PROT": (68.0, 0.12),
        },
    ),
    "1=Hepatitis": (
        24,
        (38.7, 10.5, 19, 61),
        0.8,
        {
            "ALB": (44.0, 0.12),
            "ALP": (40.0, 0.3),
            "ALT": (55.0, 0.7),
            "AST": (70.0, 0.6),
            "BIL": (12.0, 0.6),
            "CHE": (9.5, 0.25),
            "CHOL": (4.9, 0.2),
            "CREA": (75.0, 0.2),
            "GGT": (75.0, 0.8),
            "PROT": (75.0, 0.08),
        },
    ),
    "2=Fibrosis": (
        21,
        (52.0, 11.0, 29, 75),
        0.6,
        {
            "ALB": (41.0, 0.12),
            "ALP": (45.0, 0.3),
            "ALT": (60.0, 0.6),
            "AST": (65.0, 0.5),
            "BIL": (11.0, 0.5),
            "CHE": (9.0, 0.25),
            "CHOL": (4.7, 0.2),
            "CREA": (72.0, 0.2),
            "GGT": (70.0, 0.8),
            "PROT": (76.0, 0.07),
        },
    ),
    "3=Cirrhosis": (
        30,
        (53.5, 9.5, 38, 74),
        0.7,
        {
            "ALB": (32.0, 0.18),
            "ALP": (100.0, 0.5),
            "ALT": (15.0, 1.0),
            "AST": (100.0, 0.6),
            "BIL": (45.0, 1.0),
            "CHE": (4.5, 0.45),
            "CHOL": (4.0, 0.3),
            "CREA": (100.0, 0.7),
            "GGT": (130.0, 0.8),
            "PROT": (70.0, 0.12),
        },
    ),
}


def _hcv_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8103)
    rows = []
    for category, (n, (mean, sd, low, high), men, labs) in _HC_GROUPS.items():
        block = []
        for _ in range(n):
            row: dict[str, Any] = {
                "Category": category,
                "Age": int(np.clip(round(rng.normal(mean, sd)), low, high)),
                "Sex": "m" if rng.random() < men else "f",
            }
            liver = float(rng.normal(0, 1))
            for lab, (median, spread) in labs.items():
                tie = 0.5 * liver if lab in ("ALT", "AST", "GGT", "BIL") else 0.0
                value = median * float(np.exp(spread * (0.87 * float(rng.normal()) + tie)))
                row[lab] = round(value, 2 if lab in ("CHE", "CHOL") else 1)
            block.append(row)
        # the file lists men first within a category, youngest first
        block.sort(key=lambda r: (r["Sex"] != "m", r["Age"]))
        rows += block
    frame = pd.DataFrame(rows)
    sick = frame.index[frame["Category"].isin(["1=Hepatitis", "2=Fibrosis"])]
    frame.loc[rng.choice(sick, 18, replace=False), "ALP"] = np.nan
    frame.loc[rng.choice(len(frame), 10, replace=False), "CHOL"] = np.nan
    for lab in ("ALB", "ALT", "PROT"):
        frame.loc[int(rng.integers(len(frame))), lab] = np.nan
    cirrhosis = frame.index[frame["Category"] == "3=Cirrhosis"]
    frame.loc[cirrhosis[:2], "CREA"] = [1079.1, 519.0]
    frame.insert(0, "", np.arange(1, len(frame) + 1))
    return frame


_HC_SICK = ("1=Hepatitis", "2=Fibrosis", "3=Cirrhosis")


def _hc_patient_ages(women: bool) -> list[Check]:
    def mean_age(keep: tuple[str, ...]) -> Callable[[pd.DataFrame], float]:
        def value(d: pd.DataFrame) -> float:
            rows = d["Category"].isin(keep)
            if women:
                rows &= _text(d["Sex"]) == "f"
            return float(d.loc[rows, "Age"].mean())

        return value

    return [_about(mean_age(_HC_SICK)), _about(mean_age((*_HC_SICK, "0s=suspect Blood Donor")))]


def _hc_missing(d: pd.DataFrame) -> str:
    return _top(d[_HC_LABS].isna().sum())


_HC_ID = ("Unnamed: 0", "Category")
_HCV_QS = [
    Q(
        "how many people have cirrhosis",
        _count(lambda d: float((d["Category"] == "3=Cirrhosis").sum())),
        _HC_ID,
    ),
    Q(
        "avg AST for each diagnosis group",
        _about(lambda d: [d.loc[d["Category"] == c, "AST"].mean() for c in _HC_GROUPS]),
        (*_HC_ID, "AST"),
    ),
    Q(
        "what's the average age of the patients who aren't blood donors?",
        either(*_hc_patient_ages(False)),
        (*_HC_ID, "Age"),
    ),
    Q(
        "and just the women?",
        either(*_hc_patient_ages(True)),
        (*_HC_ID, "Age", "Sex"),
    ),
    Q(
        "which lab value has the most missing entries, and how many",
        both(_lead(_named(_hc_missing)), _count(lambda d: float(d[_hc_missing(d)].isna().sum()))),
        (*_HC_ID, *_HC_LABS),
    ),
    Q(
        "is GGT correlated with AST?",
        _corr(lambda d: d["GGT"], lambda d: d["AST"]),
        (*_HC_ID, "GGT", "AST"),
    ),
]


# --- 4. Superheroes (Kaggle "Super Heroes Dataset", heroes_information.csv) ----------------------------------------

_SH_PUBLISHERS = (
    "Marvel Comics:388;DC Comics:215;NBC - Heroes:19;Dark Horse Comics:18;George Lucas:14;Image Comics:14;"
    "HarperCollins:6;Star Trek:6;SyFy:5;Team Epic TV:5;Icon Comics:4;Shueisha:4;IDW Publishing:4;ABC Studios:4;"
    "Wildstorm:3;Sony Pictures:2;J. R. R. Tolkien:1;Titan Books:1;Universal Studios:1;South Park:1;Rebellion:1;"
    "Hanna-Barbera:1;J. K. Rowling:1;Microsoft:1;:15"
)
# publisher: chance of a villain, of a neutral
_SH_SIDES = {"Marvel Comics": (0.27, 0.02), "DC Comics": (0.33, 0.04)}
_SH_EYES = (
    "blue:225;-:172;brown:126;green:73;red:46;black:23;yellow:19;white:17;hazel:6;grey:6;purple:4;gold:3;"
    "yellow (without irises):2;amber:2;violet:2;blue / white:1;silver:1;yellow / red:1;indigo:1;bown:1;"
    "green / blue:1;white / red:1;yellow / blue:1"
)
_SH_RACES = (
    "-:304;Human:208;Mutant:63;God / Eternal:14;Cyborg:11;Human / Radiation:11;Android:9;Symbiote:9;"
    "Kryptonian:7;Alien:7;Demon:6;Atlantean:5;Asgardian:5;Alpha:5;Cosmic Entity:4;Inhuman:4;Human / Altered:3;"
    "Metahuman:2;Amazon:2;Animal:4;Saiyan:2;New God:3;Vampire:2;Human-Kree:2;Frost Giant:2;Martian:1;Zombie:1;"
    "Gorilla:1;Mutant / Clone:1;Yautja:1;Korugaran:1;Talokite:1;Ungaran:1;Bolovaxian:1;Czarnian:1;Eternal:2"
)
_SH_HAIR = (
    "-:172;Black:158;Blond:99;Brown:86;No Hair:75;Red:51;White:23;Auburn:13;Green:8;Strawberry Blond:7;Grey:5;"
    "Purple:5;Silver:4;blond:3;black:3;Brown / White:4;Blue:3;Orange:2;Yellow:2;Red / Orange:1;Gold:1;Magenta:1;"
    "Pink:1;Indigo:1;Black / Blue:1;Orange / White:1;Red / Grey:1;Red / White:1;Brownn:1;Brown / Black:1"
)
_SH_SKINS = "-:662;green:21;blue:9;red:9;white:7;grey:5;gold:3;purple:3;silver:2;yellow:2;pink:2;orange:2;black:1"
_SH_SKINS += ";blue-white:1;gray:1;red / black:1;orange / white:1"
_SH_FIRST = _split(
    "Captain;Doctor;Black;Iron;Silver;Night;Star;Dark;Blue;Red;Green;Golden;Shadow;Steel;Storm;Thunder;Fire;Ice;"
    "Moon;Sun;Mister;Miss;Lady;Crimson;Phantom;Giant;Atomic;Cosmic;Quick;Wonder;Bat;Spider;Cat;Hawk;Ant;Wasp;Wolf;"
    "Blade;Ghost;Omega;Ultra;Mega;Solar;Psy;Hell;Death;Night-;Blood;Venom;Power"
)
_SH_LAST = _split(
    "man;woman;girl;boy;hawk;fire;storm;star;bolt;blade;strike;hunter;widow;panther;knight;wing;fist;claw;heart;"
    "shadow;flash;lord;queen;king;stone;force;hammer;arrow;bird;falcon;runner;walker;rider;fang;spark;smith;mind;"
    "wave;surge;light;skull;ranger"
)
_SH_TWICE = ("Goliath", "Goliath", "Atlas", "Nova", "Firestorm", "Angel", "Batgirl", "Blizzard", "Captain Marvel")


def _sh_name(rng: np.random.Generator) -> str:
    first = str(_one(rng, _SH_FIRST))
    last = str(_one(rng, _SH_LAST))
    if first.endswith("-"):
        return first + last
    return f"{first} {last.title()}" if rng.random() < 0.45 else f"{first}{last}"


def _heroes_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8104)
    n = 734
    publishers = _deal(rng, _SH_PUBLISHERS, n)
    used: set[str] = set()
    names = [_unique(rng, _sh_name, used) for _ in range(n - 2 * len(_SH_TWICE))]
    names += [*_SH_TWICE, *_SH_TWICE]
    names = [names[int(i)] for i in rng.permutation(n)]
    rows = []
    for name, publisher in zip(names, publishers, strict=True):
        gender = _draw(rng, "Male:505;Female:200;-:29")
        bad, neutral = _SH_SIDES.get(publisher, (0.22, 0.05))
        side = float(rng.random())
        alignment = "bad" if side < bad else "neutral" if side < bad + neutral else "good"
        if rng.random() < 0.01:
            alignment = "-"
        tall = rng.random() < 0.03
        height = (
            float(round(rng.uniform(250, 980)))
            if tall
            else float(round(rng.normal(180 if gender != "Female" else 170, 12)))
        )
        big = rng.random() < 0.06
        weight = (
            float(round(rng.uniform(200, 900)))
            if big or tall
            else float(round(rng.normal(88 if gender != "Female" else 60, 16 if gender != "Female" else 9)))
        )
        rows.append(
            {
                "name": name,
                "Gender": gender,
                "Eye color": _draw(rng, _SH_EYES),
                "Race": _draw(rng, _SH_RACES),
                "Hair color": _draw(rng, _SH_HAIR),
                "Height": height if rng.random() > 0.296 else -99.0,
                "Publisher": publisher or None,
                "Skin color": _draw(rng, _SH_SKINS),
                "Alignment": alignment,
                "Weight": max(weight, 2.0) if rng.random() > 0.32 else -99.0,
            }
        )
    frame = pd.DataFrame(rows)
    frame.loc[rng.choice(n, 2, replace=False), "Weight"] = np.nan
    frame.insert(0, "", np.arange(n))
    return frame


def _sh_villains(known: bool) -> Callable[[pd.DataFrame], list[float]]:
    def value(d: pd.DataFrame) -> list[float]:
        out = []
        for p in ("Marvel Comics", "DC Comics"):
            sides = _text(d.loc[_text(d["Publisher"]) == p, "Alignment"])
            if known:
                sides = sides[sides != "-"]
            out.append(float((sides == "bad").mean()))
        return out

    return value


def _sh_race(d: pd.DataFrame) -> str:
    races = _text(d["Race"])
    return _top(races[~races.isin(["-", ""])].value_counts())


def _sh_heaviest_woman(d: pd.DataFrame) -> str:
    women = d[_text(d["Gender"]) == "Female"]
    return str(women.loc[women["Weight"].idxmax(), "name"])


_SH_ID = ("Unnamed: 0", "name")
_HEROES_QS = [
    Q(
        "how many marvel characters are there vs dc?",
        _count(lambda d: [float((_text(d["Publisher"]) == p).sum()) for p in ("Marvel Comics", "DC Comics")]),
        (*_SH_ID, "Publisher"),
    ),
    Q(
        "what share of each are villains",
        either(_shares(_sh_villains(False)), _shares(_sh_villains(True))),
        (*_SH_ID, "Publisher", "Alignment"),
    ),
    Q(
        "whats the most common race",
        _lead(_named(_sh_race)),
        (*_SH_ID, "Race"),
    ),
    Q(
        "average height of the heroes?",
        _about(lambda d: float(d.loc[d["Height"] > 0, "Height"].mean())),
        (*_SH_ID, "Height"),
    ),
    Q(
        "how many of them have no weight listed",
        either(
            _count(lambda d: float((d["Weight"] == -99).sum())),
            _count(lambda d: float(((d["Weight"] == -99) | d["Weight"].isna()).sum())),
        ),
        (*_SH_ID, "Weight"),
    ),
    Q(
        "who's the heaviest female character",
        _lead(_named(_sh_heaviest_woman)),
        (*_SH_ID, "Gender", "Weight"),
    ),
]


# --- 5. Chicago speed camera violations (City of Chicago data portal, Speed_Camera_Violations.csv) ------------------

# address: camera ids, daily violations (mean), latitude, longitude ("" when the file has no coordinates)
_SC_CAMERAS: dict[str, tuple[str, float, str]] = {
    "4909 N CICERO AVE": ("CHI045", 95.0, "41.9709;-87.7478"),
    "3450 W 71ST ST": ("CHI003;CHI004", 38.0, "41.7630;-87.7090"),
    "1901 E 75TH ST": ("CHI040", 22.0, "41.7589;-87.5778"),
    "3843 S WESTERN AVE": ("CHI114", 41.0, "41.8232;-87.6847"),
    "5816 W JACKSON BLVD": ("CHI065", 18.0, "41.8771;-87.7696"),
    "2900 W OGDEN AVE": ("CHI021", 30.0, "41.8597;-87.6986"),
    "6226 W IRVING PARK RD": ("CHI058", 57.0, "41.9532;-87.7801"),
    "1111 N HUMBOLDT DR": ("CHI010", 76.0, "41.9014;-87.7016"),
    "536 E MORGAN DR": ("CHI079", 26.0, "41.7937;-87.6137"),
    "19 W CHICAGO AVE": ("CHI132", 9.0, "41.8966;-87.6296"),
    "445 W 127TH ST": ("CHI088", 33.0, "41.6634;-87.6340"),
    "4040 W CHICAGO AVE": ("CHI149", 14.0, "41.8953;-87.7278"),
    "7157 S SOUTH CHICAGO AVE": ("CHI029", 49.0, "41.7651;-87.6058"),
    "2115 S PULASKI RD": ("CHI108", 12.0, ""),
    "10318 S INDIANAPOLIS AVE": ("CHI016", 64.0, "41.7077;-87.5295"),
    "3534 N WESTERN AVE": ("CHI120", 21.0, "41.9458;-87.6884"),
    "5440 W GRAND AVE": ("CHI097", 35.0, "41.9180;-87.7612"),
    "1444 W DIVISION ST": ("CHI050", 7.0, ""),
    "8345 S ASHLAND AVE": ("CHI070;CHI071", 27.0, "41.7425;-87.6633"),
    "4124 W FOSTER AVE": ("CHI101", 44.0, "41.9757;-87.7319"),
    "2705 W IRVING PARK RD": ("CHI138", 16.0, ""),
    "11144 S VINCENNES AVE": ("CHI092", 19.0, "41.6918;-87.6529"),
    "3200 N LAKE SHORE DR": ("CHI034", 70.0, "41.9395;-87.6393"),
}
_SC_MONTHS = {1: 0.78, 2: 0.74, 3: 0.93, 4: 1.02, 5: 1.17, 6: 1.06}
_SC_DAYS = {0: 0.95, 1: 0.93, 2: 0.95, 3: 0.97, 4: 1.05, 5: 1.16, 6: 1.12}


def _sc_plane(lat: float, lon: float) -> tuple[int, int]:
    """Illinois East state-plane feet, near enough for Chicago."""
    return round(1_165_000 + (lon + 87.67) * 275_000), round(1_900_000 + (lat - 41.88) * 364_000)


def _speed_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8105)
    days = pd.date_range("2019-01-01", "2019-06-30")
    rows = []
    for address, (ids, mean, place) in _SC_CAMERAS.items():
        cams = _split(ids)
        for k, cam in enumerate(cams):
            level = mean * (1.0 if k == 0 else 0.6) * float(rng.lognormal(0, 0.1))
            start = 0 if rng.random() < 0.85 else int(rng.integers(20, 90))
            if place:
                lat, lon = (float(x) for x in place.split(";"))
                lat += float(rng.normal(0, 0.0004)) + k * 0.0003
                lon += float(rng.normal(0, 0.0004))
                x, y = _sc_plane(lat, lon)
                spot = {
                    "X COORDINATE": float(x),
                    "Y COORDINATE": float(y),
                    "LATITUDE": round(lat, 10),
                    "LONGITUDE": round(lon, 10),
                    "LOCATION": f"({round(lat, 10)}, {round(lon, 10)})",
                }
            else:
                spot = dict.fromkeys(("X COORDINATE", "Y COORDINATE", "LATITUDE", "LONGITUDE", "LOCATION"))
            for day in days[start:]:
                if rng.random() < 0.045:
                    continue
                rate = level * _SC_MONTHS[day.month] * _SC_DAYS[day.day_of_week] * float(rng.lognormal(0, 0.25))
                rows.append(
                    {
                        "ADDRESS": address,
                        "CAMERA ID": cam,
                        "VIOLATION DATE": f"{day:%m/%d/%Y}",
                        "VIOLATIONS": max(1, int(rng.poisson(rate))),
                        **spot,
                    }
                )
    frame = pd.DataFrame(rows)
    return frame.iloc[rng.permutation(len(frame))].reset_index(drop=True)


def _sc_dates(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["VIOLATION DATE"], format="%m/%d/%Y")


def _sc_top(by: str) -> Callable[[pd.DataFrame], str]:
    return lambda d: _top(d.groupby(by)["VIOLATIONS"].sum())


def _sc_march(by: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        rows = (d[by] == _sc_top(by)(d)) & (_sc_dates(d).dt.month == 3)
        return float(d.loc[rows, "VIOLATIONS"].sum())

    return value


def _sc_busiest_month(d: pd.DataFrame) -> pd.Timestamp:
    months = d["VIOLATIONS"].groupby(_sc_dates(d).dt.to_period("M")).sum()
    return months.idxmax().to_timestamp()


def _sc_weekends(d: pd.DataFrame) -> list[float]:
    weekend = _sc_dates(d).dt.day_of_week >= 5
    return [float(d.loc[weekend, "VIOLATIONS"].mean()), float(d.loc[~weekend, "VIOLATIONS"].mean())]


def _sc_unplaced(by: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(d.loc[d["LATITUDE"].isna(), by].nunique())


_SC_ID = ("ADDRESS", "CAMERA ID", "VIOLATION DATE")
_SPEED_QS = [
    Q(
        "how many speed camera violations are there in total",
        _count(lambda d: float(d["VIOLATIONS"].sum())),
        (*_SC_ID, "VIOLATIONS"),
    ),
    Q(
        "which location gets the most tickets?",
        _lead(either(*(_named(_sc_top(by)) for by in ("ADDRESS", "CAMERA ID", "LOCATION")))),
        (*_SC_ID, "VIOLATIONS", "LOCATION"),
    ),
    Q(
        "how many did it get in march",
        either(_count(_sc_march("ADDRESS")), _count(_sc_march("CAMERA ID"))),
        (*_SC_ID, "VIOLATIONS", "LOCATION"),
    ),
    Q(
        "which month had the most violations overall",
        _lead(_month(_sc_busiest_month)),
        (*_SC_ID, "VIOLATIONS"),
    ),
    Q(
        "are weekends worse? avg violations per camera per day on weekends vs weekdays",
        _about(_sc_weekends),
        (*_SC_ID, "VIOLATIONS"),
    ),
    Q(
        "how many cameras dont have coordinates",
        either(_count(_sc_unplaced("CAMERA ID")), _count(_sc_unplaced("ADDRESS"))),
        (*_SC_ID, "X COORDINATE", "Y COORDINATE", "LATITUDE", "LONGITUDE", "LOCATION"),
    ),
]


# --- 6. Redfin housing market tracker (Redfin Data Center, metro level, monthly) -----------------------------------

# metro: table_id, state, 2019 median price (thousands), homes sold a month, heat (how hot the 2021-22 market ran)
_RF_METROS: dict[str, tuple[int, str, float, float, float]] = {
    "Atlanta, GA": (12060, "Georgia", 262.0, 7600.0, 1.0),
    "Austin, TX": (12420, "Texas", 318.0, 3100.0, 1.45),
    "Boston, MA": (14460, "Massachusetts", 515.0, 4400.0, 0.9),
    "Chicago, IL": (16980, "Illinois", 252.0, 8300.0, 0.6),
    "Dallas, TX": (19100, "Texas", 283.0, 7900.0, 1.0),
    "Denver, CO": (19740, "Colorado", 418.0, 4600.0, 1.05),
    "Miami, FL": (33100, "Florida", 300.0, 5200.0, 0.95),
    "Phoenix, AZ": (38060, "Arizona", 282.0, 7100.0, 1.2),
    "San Francisco, CA": (41860, "California", 1080.0, 1900.0, 0.9),
    "Seattle, WA": (42660, "Washington", 545.0, 5000.0, 1.15),
}
# property type: id, share of sales, price factor, square feet
_RF_TYPES: dict[str, tuple[int, float, float, float]] = {
    "Single Family Residential": (6, 0.71, 1.06, 1900.0),
    "Townhouse": (13, 0.09, 0.86, 1500.0),
    "Condo/Co-op": (3, 0.15, 0.72, 1000.0),
    "Multi-Family (2-4 Unit)": (4, 0.05, 1.0, 2300.0),
}
_RF_ALL = "All Residential"
_RF_LEVELS = ("median_sale_price", "median_list_price", "median_ppsf", "homes_sold", "pending_sales")
_RF_LEVELS += ("new_listings", "inventory")
_RF_RATIOS = ("months_of_supply", "median_dom", "avg_sale_to_list", "sold_above_list")
_RF_HEAD = _split(
    "period_begin;period_end;period_duration;region_type;region_type_id;table_id;is_seasonally_adjusted;region;city;"
    "state;state_code;property_type;property_type_id"
)


def _rf_heat(t: int) -> float:
    """How hot the market ran in month `t` (0 = January 2018): calm in 2018-19, a 2020 dip, peaks in spring 2021 and
    spring 2022, cold by the end of 2022."""
    year = 2018 + t // 12
    m = t % 12
    spring = float(np.exp(-(((m - 3.5) / 2.2) ** 2)))
    base = {2018: 0.15, 2019: 0.15, 2020: 0.35, 2021: 0.8, 2022: 0.55}[year]
    if year == 2022 and m >= 6:
        base = 0.55 - 0.1 * (m - 5)
    if year == 2020 and m in (3, 4):
        base = 0.05
    return base + 0.35 * spring


def _rf_price_index(t: int, heat: float) -> float:
    """Prices against January 2018: slow growth to 2020, a jump through 2021 into mid 2022, a slide after."""
    growth = 0.0035 * min(t, 28) + heat * 0.014 * max(0, min(t, 53) - 28) - 0.01 * max(0, t - 53)
    season = 0.03 * np.sin(2 * np.pi * ((t % 12) - 2) / 12)
    return 0.97 * (1 + growth) * (1 + season)


def _rf_series(rng: np.random.Generator, metro: str, kind: str) -> pd.DataFrame:
    """60 months (2018-2022) of one metro and property type, before the changes are taken."""
    _code, _state, price, sold, heat = _RF_METROS[metro]
    _pid, share, factor, sqft = _RF_TYPES[kind]
    rows = []
    for t in range(60):
        h = _rf_heat(t) * heat
        sale = price * 1000 * factor * _rf_price_index(t, heat) * float(rng.lognormal(0, 0.015))
        homes = sold * share * (1 + 0.25 * np.sin(2 * np.pi * ((t % 12) - 2) / 12)) * (1 + 0.15 * h)
        homes *= 0.75 if t >= 55 else 1.0
        homes = max(3.0, round(homes * float(rng.lognormal(0, 0.05))))
        supply = max(0.3, 3.2 - 2.4 * h + float(rng.normal(0, 0.12)))
        rows.append(
            {
                "t": t,
                "median_sale_price": round(sale, -3 if sale > 100_000 else -2),
                "median_list_price": round(sale * (1.02 - 0.03 * h) * float(rng.lognormal(0, 0.01)), -3),
                "median_ppsf": round(sale / sqft * float(rng.lognormal(0, 0.02)), 6),
                "homes_sold": homes,
                "pending_sales": max(1.0, round(homes * float(rng.lognormal(0.03, 0.06)))),
                "new_listings": max(1.0, round(homes * (1.2 - 0.1 * h) * float(rng.lognormal(0, 0.06)))),
                "inventory": max(1.0, round(homes * supply)),
                "months_of_supply": round(supply, 1),
                "median_dom": round(max(4.0, 48 - 34 * min(h, 1.25) + float(rng.normal(0, 2.5))) * 2) / 2,
                "avg_sale_to_list": round(0.975 + 0.055 * h + float(rng.normal(0, 0.003)), 6),
                "sold_above_list": round(float(np.clip(0.12 + 0.55 * h + rng.normal(0, 0.02), 0.01, 0.95)), 6),
            }
        )
    return pd.DataFrame(rows)


def _rf_changes(s: pd.DataFrame) -> pd.DataFrame:
    """Add the _mom and _yoy columns: relative change for levels, difference for ratios."""
    for c in _RF_LEVELS:
        s[f"{c}_mom"] = (s[c] / s[c].shift(1) - 1).round(6)
        s[f"{c}_yoy"] = (s[c] / s[c].shift(12) - 1).round(6)
    for c in _RF_RATIOS:
        s[f"{c}_mom"] = (s[c] - s[c].shift(1)).round(6)
        s[f"{c}_yoy"] = (s[c] - s[c].shift(12)).round(6)
    return s


def _redfin_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8106)
    blocks = []
    for metro, (code, state, *_rest) in _RF_METROS.items():
        parts = {k: _rf_series(rng, metro, k) for k in _RF_TYPES}
        total = parts["Single Family Residential"].copy()
        for c in ("homes_sold", "pending_sales", "new_listings", "inventory"):
            total[c] = sum(p[c] for p in parts.values())
        weights = np.array([v[1] for v in _RF_TYPES.values()])
        for c in ("median_sale_price", "median_list_price"):
            mix = sum(w * p[c] for w, p in zip(weights, parts.values(), strict=True))
            total[c] = (mix / weights.sum()).round(-3)
        total["median_ppsf"] = (total["median_sale_price"] / 1750).round(6)
        total["months_of_supply"] = (total["inventory"] / total["homes_sold"]).round(1)
        for kind, frame in ((_RF_ALL, total), *parts.items()):
            s = _rf_changes(frame.copy())
            s = s[s["t"] >= 12].copy()
            begin = [pd.Timestamp(2018 + t // 12, t % 12 + 1, 1) for t in s["t"]]
            s.insert(0, "period_begin", [f"{b:%Y-%m-%d}" for b in begin])
            s.insert(1, "period_end", [f"{b + pd.offsets.MonthEnd(0):%Y-%m-%d}" for b in begin])
            s["region"] = f"{metro} metro area"
            s["state"] = state
            s["state_code"] = metro[-2:]
            s["table_id"] = code
            s["property_type"] = kind
            s["property_type_id"] = -1 if kind == _RF_ALL else _RF_TYPES[kind][0]
            if kind != _RF_ALL:
                s = s[rng.random(len(s)) > (0.08 if kind == "Multi-Family (2-4 Unit)" else 0.02)]
            blocks.append(s)
    frame = pd.concat(blocks, ignore_index=True)
    frame["period_duration"] = 30
    frame["region_type"] = "metro"
    frame["region_type_id"] = -2
    frame["is_seasonally_adjusted"] = "f"
    frame["city"] = np.nan
    frame["parent_metro_region"] = frame["region"].str.replace(" metro area", "", regex=False)
    frame["parent_metro_region_metro_code"] = frame["table_id"]
    frame["last_updated"] = "2023-01-15 14:27:09"
    gaps = rng.random(len(frame)) < 0.03
    frame.loc[gaps, ["months_of_supply", "months_of_supply_mom", "months_of_supply_yoy"]] = np.nan
    body = [x for c in (*_RF_LEVELS, *_RF_RATIOS) for x in (c, f"{c}_mom", f"{c}_yoy")]
    tail = ["parent_metro_region", "parent_metro_region_metro_code", "last_updated"]
    frame = frame[[*_RF_HEAD, *body, *tail]]
    return frame.iloc[rng.permutation(len(frame))].reset_index(drop=True)


def _rf_all(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["property_type"] == _RF_ALL]


def _rf_top_metro(d: pd.DataFrame) -> str:
    rows = _rf_all(d)
    rows = rows[rows["period_begin"] == "2022-12-01"]
    return _top(rows.set_index("region")["median_sale_price"])


def _rf_top_row(d: pd.DataFrame) -> pd.Series:
    rows = d[d["period_begin"] == "2022-12-01"]
    return rows.loc[rows["median_sale_price"].idxmax()]


def _rf_prices(any_type: bool) -> Callable[[pd.DataFrame], list[float]]:
    def value(d: pd.DataFrame) -> list[float]:
        if any_type:
            top = _rf_top_row(d)
            region, kind = top["region"], top["property_type"]
        else:
            region, kind = _rf_top_metro(d), _RF_ALL
        rows = d[(d["region"] == region) & (d["property_type"] == kind)].set_index("period_begin")
        return [float(rows.loc[p, "median_sale_price"]) for p in ("2022-12-01", "2021-12-01")]

    return value


def _rf_sold_2021(parts: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        year = d["period_begin"].str[:4] == "2021"
        kind = d["property_type"] != _RF_ALL if parts else d["property_type"] == _RF_ALL
        return float(d.loc[year & kind, "homes_sold"].sum())

    return value


def _rf_fastest(typed: bool) -> Callable[[pd.DataFrame], list[str]]:
    """Every month tied for Seattle's lowest median days on market (All Residential, or the mean over types)."""

    def value(d: pd.DataFrame) -> list[str]:
        rows = d[d["region"] == "Seattle, WA metro area"]
        if typed:
            dom = rows.groupby("period_begin")["median_dom"].mean()
        else:
            dom = _rf_all(rows).set_index("period_begin")["median_dom"]
        return [str(p) for p in dom[dom == dom.min()].index]

    return value


def _rf_fastest_check(answer: str, d: pd.DataFrame) -> str | None:
    months = [m for t in (False, True) for m in _rf_fastest(t)(d)]
    return _any_of([_month_year(lambda _d, m=m: m) for m in months])(answer, d)


def _rf_above(typed: bool, weighted: bool) -> Callable[[pd.DataFrame], float]:
    """Austin's 2021 share sold above list: the mean of the monthly figures, or weighted by homes sold; over All
    Residential or over every property type."""

    def value(d: pd.DataFrame) -> float:
        rows = d[(d["region"] == "Austin, TX metro area") & (d["period_begin"].str[:4] == "2021")]
        rows = rows if typed else _rf_all(rows)
        rows = rows[rows["sold_above_list"].notna()]
        if weighted:
            return float((rows["sold_above_list"] * rows["homes_sold"]).sum() / rows["homes_sold"].sum())
        return float(rows["sold_above_list"].mean())

    return value


def _rf_supply_corr(everything: bool) -> Check:
    def rows(d: pd.DataFrame) -> pd.DataFrame:
        return d if everything else _rf_all(d)

    return _corr(lambda d: rows(d)["months_of_supply"], lambda d: rows(d)["avg_sale_to_list"])


_RF_ALIASES = {f"{m} metro area": (m, m.split(",")[0]) for m in _RF_METROS}
_RF_ID = ("period_begin", "period_end", "region", "city", "state", "state_code", "property_type")
_RF_ID += ("parent_metro_region", "region_type")
_REDFIN_QS = [
    Q(
        "which metro had the highest median sale price in dec 2022?",
        _lead(_named(_rf_top_metro, _RF_ALIASES)),
        (*_RF_ID, "median_sale_price"),
    ),
    Q(
        "what was its median price then, and a year before?",
        either(*(_scaled(_rf_prices(t), (1e3, 1e6), rel=0.006) for t in (False, True))),
        (*_RF_ID, "median_sale_price", "median_sale_price_yoy"),
    ),
    Q(
        "how many homes were sold in 2021 across all the metros",
        either(*(_scaled(_rf_sold_2021(p), (1e3, 1e6), rel=0.002) for p in (False, True))),
        (*_RF_ID, "homes_sold"),
    ),
    Q(
        "in seattle, which month did homes sell the fastest?",
        _lead(_rf_fastest_check),
        (*_RF_ID, "median_dom"),
    ),
    Q(
        "on average what % of homes in austin sold above asking in 2021",
        either(*(_share(_rf_above(t, w)) for t in (False, True) for w in (False, True))),
        (*_RF_ID, "sold_above_list"),
    ),
    Q(
        "is months of supply correlated with the sale to list ratio?",
        either(_rf_supply_corr(True), _rf_supply_corr(False)),
        (*_RF_ID, "months_of_supply", "avg_sale_to_list"),
    ),
]


# --- 7. Our World in Data energy (owid-energy-data.csv) ------------------------------------------------------------

_OW_SOURCES = ("coal", "gas", "oil", "nuclear", "hydro", "wind", "solar", "other_renewable")
# country: iso code, continent, population 2022 (millions), population growth, generation 2022 (TWh), generation
# growth a year, energy per person 2022 (kWh), gdp 2018 (billion int'l $), shares of electricity 2022 and 2000
# (coal, gas, oil, nuclear, hydro, wind, solar, other renewables)
_OW_COUNTRIES: dict[str, tuple[str, str, float, float, float, float, float, float, str, str]] = {
    "China": (
        "CHN",
        "Asia",
        1425.9,
        0.004,
        8849,
        0.085,
        30100,
        18150,
        "61.2;3.1;0.1;4.7;15.3;9.3;4.8;1.5",
        "78;1;3;1.2;16.8;0;0;0",
    ),
    "United States": (
        "USA",
        "North America",
        338.3,
        0.007,
        4547,
        0.005,
        77000,
        18140,
        "19.5;39.6;0.5;18;6;10.1;4.7;1.6",
        "52;16;3;20;7;0.2;0;1.8",
    ),
    "India": (
        "IND",
        "Asia",
        1417.2,
        0.013,
        1858,
        0.062,
        7000,
        9150,
        "74.2;2.9;0.2;2.5;9.5;4.5;5.3;1",
        "69;10;4;3;13;0.3;0;0.7",
    ),
    "Russia": (
        "RUS",
        "Europe",
        144.7,
        0.0,
        1167,
        0.012,
        57000,
        3850,
        "17.1;43.5;1;19.1;17.2;0.3;0.2;0.2",
        "20;42;3;15;20;0;0;0",
    ),
    "Japan": (
        "JPN",
        "Asia",
        123.9,
        -0.001,
        1034,
        0.0,
        40000,
        5150,
        "31.5;34;3.8;5.5;7.5;0.9;9.9;4.4",
        "22;26;13;30;8;0;0;1",
    ),
    "Germany": (
        "DEU",
        "Europe",
        83.4,
        0.002,
        571,
        0.0,
        40000,
        4350,
        "33.2;13.8;0.8;6.4;3.2;21.8;10.6;9.7",
        "52;9;1;29;4.5;1.6;0;1.5",
    ),
    "Canada": (
        "CAN",
        "North America",
        38.5,
        0.011,
        636,
        0.006,
        100000,
        1770,
        "5.2;12.3;0.8;13.2;61.7;5.9;0.9;1.1",
        "19;5;2;12;60;0;0;1.5",
    ),
    "Brazil": (
        "BRA",
        "South America",
        215.3,
        0.009,
        677,
        0.025,
        17000,
        3250,
        "2.3;6.9;1.7;2.2;63;11.8;4.4;7.5",
        "2;1;5;1.5;87;0;0;3.5",
    ),
    "France": (
        "FRA",
        "Europe",
        64.6,
        0.004,
        469,
        -0.004,
        38000,
        3050,
        "0.7;10.1;1.2;62.7;9.5;8;4.4;2.3",
        "1;1;1.5;77;13;0;0;0.5",
    ),
    "South Korea": (
        "KOR",
        "Asia",
        51.8,
        0.003,
        620,
        0.035,
        68000,
        2150,
        "34.4;27.9;1.1;29.4;0.6;0.6;5.1;1.3",
        "38;10;12;39;1;0;0;0",
    ),
    "United Kingdom": (
        "GBR",
        "Europe",
        67.5,
        0.006,
        325,
        -0.011,
        29000,
        3050,
        "1.8;38.5;1;14.8;1.7;24.7;4.4;13",
        "33;39;1.5;22;1.5;0.3;0;2.7",
    ),
    "Italy": (
        "ITA",
        "Europe",
        59.0,
        0.001,
        280,
        -0.001,
        30000,
        2500,
        "8.2;50.7;3.5;0;10.2;7.3;10;10.1",
        "12;38;32;0;16;0.2;0;1.8",
    ),
    "Spain": (
        "ESP",
        "Europe",
        47.6,
        0.005,
        280,
        0.007,
        33000,
        1850,
        "2.6;30.4;5;20.3;6.4;22.3;10.1;2.9",
        "36;10;10;28;13;2;0;1",
    ),
    "Australia": (
        "AUS",
        "Oceania",
        26.2,
        0.014,
        273,
        0.01,
        64000,
        1250,
        "47.4;18.2;1.7;0;5.7;11.8;14.1;1.1",
        "82;8;1;0;8;0;0;1",
    ),
    "Mexico": (
        "MEX",
        "North America",
        127.5,
        0.011,
        340,
        0.02,
        17000,
        2500,
        "4.1;59.5;8.8;3.1;10.3;6.1;5.5;2.6",
        "9;20;47;4;17;0;0;3",
    ),
    "Norway": (
        "NOR",
        "Europe",
        5.4,
        0.009,
        146,
        0.005,
        95000,
        380,
        "0.2;0.7;0.2;0;88.5;9.9;0.1;0.4",
        "0;0;0;0;99.6;0;0;0.4",
    ),
    "Iceland": (
        "ISL",
        "Europe",
        0.37,
        0.013,
        20,
        0.05,
        170000,
        19,
        "0;0;0.03;0;70.2;0.02;0;29.7",
        "0;0;0.1;0;82.7;0;0;17.2",
    ),
    "Paraguay": (
        "PRY",
        "South America",
        6.8,
        0.014,
        42,
        0.004,
        10000,
        88,
        "0;0;0.02;0;99.8;0;0;0.15",
        "0;0;0;0;100;0;0;0",
    ),
    "Nepal": ("NPL", "Asia", 30.5, 0.012, 6.5, 0.07, 2400, 85, "0;0;0.4;0;99;0;0.5;0.05", "0;0;1.5;0;98.5;0;0;0"),
    "Ethiopia": ("ETH", "Africa", 123.4, 0.026, 15.5, 0.09, 1000, 210, "0;0;0.4;0;95.6;3.6;0;0.4", "0;0;2;0;98;0;0;0"),
    "Costa Rica": (
        "CRI",
        "North America",
        5.2,
        0.011,
        12.8,
        0.03,
        16000,
        88,
        "0;0;0.9;0;70.5;12;0.2;16.4",
        "0;0;1;0;80;2;0;17",
    ),
    "Uruguay": ("URY", "South America", 3.4, 0.003, 15, 0.03, 25000, 78, "0;0;3.5;0;42;34.5;3;17", "0;0;5;0;95;0;0;0"),
    "Qatar": ("QAT", "Asia", 2.7, 0.035, 53, 0.06, 192000, 340, "0;99.8;0;0;0;0;0.2;0", "0;100;0;0;0;0;0;0"),
    "Saudi Arabia": ("SAU", "Asia", 36.4, 0.022, 400, 0.045, 89000, 1650, "0;61;38.5;0;0;0;0.5;0", "0;45;55;0;0;0;0;0"),
    "United Arab Emirates": (
        "ARE",
        "Asia",
        9.4,
        0.03,
        157,
        0.045,
        138000,
        650,
        "0;77;0;12;0;0;10.5;0.5",
        "0;96;4;0;0;0;0;0",
    ),
    "Kuwait": ("KWT", "Asia", 4.3, 0.025, 78, 0.04, 112000, 290, "0;62;37.8;0;0;0;0.2;0", "0;30;70;0;0;0;0;0"),
    "Trinidad and Tobago": (
        "TTO",
        "North America",
        1.5,
        0.004,
        9,
        0.02,
        148000,
        43,
        "0;99.8;0.2;0;0;0;0;0",
        "0;99.5;0.5;0;0;0;0;0",
    ),
    "Singapore": ("SGP", "Asia", 5.98, 0.015, 56, 0.025, 151000, 550, "0.7;94;0.5;0;0;0;2.1;2.7", "0;20;80;0;0;0;0;0"),
    "South Africa": (
        "ZAF",
        "Africa",
        59.9,
        0.014,
        237,
        0.004,
        27000,
        780,
        "85;0.5;2.5;4.2;0.6;4.2;2.8;0.2",
        "93;0;0.1;6;0.9;0;0;0",
    ),
    "Egypt": ("EGY", "Africa", 111.0, 0.02, 213, 0.055, 10000, 1200, "0;81;3;0;6.6;2.5;2.3;4.6", "0;60;20;0;20;0;0;0"),
    "Nigeria": ("NGA", "Africa", 218.5, 0.026, 37, 0.03, 900, 1100, "0;78;0;0;21.5;0;0.1;0.4", "0;63;0;0;37;0;0;0"),
    "Indonesia": (
        "IDN",
        "Asia",
        275.5,
        0.011,
        334,
        0.05,
        9000,
        3250,
        "61.5;18;2.5;0;7;0.1;0.2;10.7",
        "36;20;20;0;10;0;0;14",
    ),
    "Turkey": (
        "TUR",
        "Asia",
        85.3,
        0.012,
        326,
        0.045,
        20000,
        2300,
        "35;22.2;0.3;0;20.3;10.8;4.5;6.9",
        "30;37;8;0;25;0;0;0",
    ),
    "Poland": (
        "POL",
        "Europe",
        39.9,
        -0.001,
        179,
        0.01,
        30000,
        1150,
        "70.5;7;1.2;0;1.3;11;4.5;4.5",
        "96;1;1;0;1.6;0;0;0.4",
    ),
    "Sweden": (
        "SWE",
        "Europe",
        10.5,
        0.007,
        170,
        0.005,
        58000,
        540,
        "0.2;0.3;0.2;29.3;41.5;19;1;8.5",
        "1;0.3;1.7;39;54;0.3;0;3.7",
    ),
    "Denmark": (
        "DNK",
        "Europe",
        5.9,
        0.004,
        35,
        0.0,
        33000,
        300,
        "11;3;1;0;0.1;55;5.5;24.4",
        "46;24;12;0;0.1;12;0;5.9",
    ),
    "Chile": (
        "CHL",
        "South America",
        19.6,
        0.01,
        85,
        0.035,
        22000,
        440,
        "20.3;18;3;0;25;11.8;17;4.9",
        "25;25;5;0;45;0;0;0",
    ),
    "Vietnam": ("VNM", "Asia", 98.2, 0.009, 260, 0.1, 11000, 650, "46;11;0.5;0;27.5;1.8;10;3.2", "15;15;10;0;60;0;0;0"),
    "Netherlands": (
        "NLD",
        "Europe",
        17.6,
        0.004,
        120,
        0.002,
        50000,
        950,
        "11;39;1;3.3;0;18;14;13.7",
        "28;57;4;4;0;1;0;6",
    ),
    "Kosovo": ("OWID_KOS", "Europe", 1.66, 0.0, 6, 0.01, 14000, 0, "91;0;0;0;2;5;1;1", "97;0;0;0;3;0;0;0"),
}
# region: members (a continent's countries when empty) and how much bigger than its members the region is
_OW_REGIONS: dict[str, tuple[str, float]] = {
    "World": ("*", 1.12),
    "Africa": ("", 1.9),
    "Asia": ("", 1.12),
    "Europe": ("", 1.25),
    "North America": ("", 1.04),
    "South America": ("", 1.15),
    "Oceania": ("", 1.1),
    "European Union (27)": ("DEU;FRA;ITA;ESP;POL;SWE;DNK;NLD", 1.3),
    "High-income countries": (
        "USA;JPN;DEU;CAN;FRA;KOR;GBR;ITA;ESP;AUS;NOR;ISL;QAT;SAU;ARE;KWT;TTO;SGP;SWE;DNK;CHL;URY;NLD",
        1.06,
    ),
}
_OW_YEARS = range(1990, 2023)


def _ow_shares(rng: np.random.Generator, now: list[float], then: list[float], year: int) -> np.ndarray:
    """Shares of electricity (percent) in `year`: solar and wind on an S-curve, the rest moving in a line."""
    a = (year - 2000) / 22
    curve = 1 / (1 + np.exp(-(year - 2017.5) / 2.6))
    s = np.array([(1 - a) * p + a * q for p, q in zip(then, now, strict=True)])
    for i in (5, 6):
        s[i] = then[i] + (now[i] - then[i]) * curve / (1 / (1 + np.exp(-(2022 - 2017.5) / 2.6)))
    s = np.maximum(0.0, s * np.exp(rng.normal(0, 0.02, 8)))
    rest = 100 - s[5] - s[6]
    others = [0, 1, 2, 3, 4, 7]
    s[others] *= rest / max(1e-9, s[others].sum())
    return s


def _ow_country_rows(rng: np.random.Generator, name: str) -> list[dict[str, Any]]:
    iso, _cont, pop, pop_g, gen, gen_g, per_cap, gdp, now, then = _OW_COUNTRIES[name]
    now_s = [float(x) for x in _split(now)]
    then_s = [float(x) for x in _split(then)]
    rows = []
    for year in _OW_YEARS:
        back = 2022 - year
        people = pop * 1e6 / (1 + pop_g) ** back
        energy = per_cap / (1 + 0.4 * gen_g) ** back * float(rng.lognormal(0, 0.015))
        row: dict[str, Any] = {
            "country": name,
            "year": year,
            "iso_code": iso,
            "population": float(round(people)),
            "gdp": gdp * 1e9 / (1 + 0.6 * gen_g + 0.02) ** (2018 - year) if year <= 2018 and gdp else np.nan,
            "primary_energy_consumption": energy * people / 1e9,
        }
        if year >= 2000:
            total = gen / (1 + gen_g) ** back * float(rng.lognormal(0, 0.01))
            shares = _ow_shares(rng, now_s, then_s, year)
            for source, s in zip(_OW_SOURCES, shares, strict=True):
                row[f"{source}_electricity"] = total * s / 100
            row["electricity_generation"] = total
        rows.append(row)
    return rows


def _ow_finish(frame: pd.DataFrame) -> pd.DataFrame:
    """The derived columns, rounded as the file writes them."""
    out = frame.copy()
    gen = out["electricity_generation"]
    out["fossil_electricity"] = out["coal_electricity"] + out["gas_electricity"] + out["oil_electricity"]
    green = ("hydro", "wind", "solar", "other_renewable")
    out["renewables_electricity"] = sum(out[f"{s}_electricity"] for s in green)
    out["low_carbon_electricity"] = out["renewables_electricity"] + out["nuclear_electricity"]
    for s in (*_OW_SOURCES, "fossil", "renewables", "low_carbon"):
        name = "other_renewables_share_elec" if s == "other_renewable" else f"{s}_share_elec"
        out[name] = (100 * out[f"{s}_electricity"] / gen).round(3)
    out["per_capita_electricity"] = (gen * 1e9 / out["population"]).round(3)
    out["energy_per_capita"] = (out["primary_energy_consumption"] * 1e9 / out["population"]).round(3)
    out["energy_per_gdp"] = (out["primary_energy_consumption"] * 1e9 / out["gdp"]).round(3)
    out["solar_elec_per_capita"] = (out["solar_electricity"] * 1e9 / out["population"]).round(3)
    out["wind_elec_per_capita"] = (out["wind_electricity"] * 1e9 / out["population"]).round(3)
    weights = {"coal": 1000, "gas": 450, "oil": 700, "nuclear": 6, "hydro": 24, "wind": 11, "solar": 48}
    weights |= {"other_renewable": 230}
    out["carbon_intensity_elec"] = (sum(out[f"{s}_electricity"] * w for s, w in weights.items()) / gen).round(3)
    out["electricity_demand"] = (gen * 1.01).round(2)
    for c in (*(f"{s}_electricity" for s in _OW_SOURCES), "fossil_electricity", "renewables_electricity"):
        out[c] = out[c].round(3)
    for c in ("low_carbon_electricity", "electricity_generation", "primary_energy_consumption"):
        out[c] = out[c].round(3)
    out["gdp"] = out["gdp"].round(-6)
    return out


def _energy_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8107)
    countries = pd.DataFrame([r for name in _OW_COUNTRIES for r in _ow_country_rows(rng, name)])
    sums = [c for c in countries.columns if c not in ("country", "year", "iso_code")]
    regions = []
    for region, (members, scale) in _OW_REGIONS.items():
        if members == "*":
            keep = countries["iso_code"].notna()
        elif members:
            keep = countries["iso_code"].isin(_split(members))
        else:
            keep = countries["country"].map(lambda c, r=region: _OW_COUNTRIES[c][1] == r)
        block = countries[keep].groupby("year")[sums].sum(min_count=1) * scale
        block["gdp"] = block["gdp"].where(block.index <= 2018)
        block.loc[block.index < 2000, [c for c in sums if "electricity" in c]] = np.nan
        block = block.reset_index()
        block.insert(0, "country", region)
        block.insert(2, "iso_code", None)
        regions.append(block)
    frame = _ow_finish(pd.concat([countries, *regions], ignore_index=True))
    frame["population"] = frame["population"].round()
    frame = frame.sort_values(["country", "year"], kind="stable").reset_index(drop=True)
    # Kosovo's sources are only known from 2010
    early = (frame["country"] == "Kosovo") & (frame["year"] < 2010)
    frame.loc[early, [c for c in frame.columns if c.startswith(("solar", "wind"))]] = np.nan
    rest = sorted(c for c in frame.columns if c not in ("country", "year", "iso_code", "population", "gdp"))
    return frame[["country", "year", "iso_code", "population", "gdp", *rest]]


def _ow_countries(d: pd.DataFrame, year: int) -> pd.DataFrame:
    return d[d["iso_code"].notna() & (d["year"] == year)]


def _ow_solar_top(d: pd.DataFrame) -> str:
    return _top(_ow_countries(d, 2022).set_index("country")["solar_electricity"])


def _ow_solar_amount(d: pd.DataFrame) -> float:
    rows = _ow_countries(d, 2022)
    return float(rows.loc[rows["country"] == _ow_solar_top(d), "solar_electricity"].iloc[0])


def _ow_renewables(d: pd.DataFrame) -> pd.Series:
    return _ranked(_ow_countries(d, 2022).set_index("country")["renewables_share_elec"].dropna())


def _ow_world(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["country"] == "World"].set_index("year")


def _ow_coal(d: pd.DataFrame) -> list[float]:
    world = _ow_world(d)["coal_share_elec"].dropna()
    return [float(world.loc[2000]), float(world.iloc[-1])]


def _ow_solar_year(d: pd.DataFrame) -> float:
    solar = _ow_world(d)["solar_electricity"]
    return float(solar[solar > 1000].index.min())


def _ow_energy_top(d: pd.DataFrame) -> str:
    return _top(_ow_countries(d, 2019).set_index("country")["energy_per_capita"].dropna())


_OW_ID = ("country", "year", "iso_code")
_ENERGY_QS = [
    Q(
        "which country generated the most solar power in 2022?",
        _lead(_named(_ow_solar_top)),
        (*_OW_ID, "solar_electricity"),
    ),
    Q(
        "how much was that",
        _about(_ow_solar_amount, rel=0.005),
        (*_OW_ID, "solar_electricity"),
    ),
    Q(
        "top 5 countries by renewables share of electricity in 2022",
        _top_named(_ow_renewables, 5),
        (*_OW_ID, "renewables_share_elec"),
    ),
    Q(
        "how has coal's share of the world's electricity changed since 2000?",
        _about(_ow_coal),
        (*_OW_ID, "coal_share_elec"),
    ),
    Q(
        "when did world solar generation first go over 1000 twh",
        _year(_ow_solar_year),
        (*_OW_ID, "solar_electricity"),
    ),
    Q(
        "which country used the most energy per person in 2019",
        _lead(_named(_ow_energy_top)),
        (*_OW_ID, "energy_per_capita", "primary_energy_consumption", "population"),
    ),
]

HELDOUT81: list[Dataset] = [
    Dataset("cervical_cancer_risk_factors", _cervical_frame, _CERVICAL_QS),
    Dataset("maternal_health_risk", _maternal_frame, _MATERNAL_QS),
    Dataset("hcv_lab_data", _hcv_frame, _HCV_QS),
    Dataset("superhero_information", _heroes_frame, _HEROES_QS),
    Dataset("chicago_speed_camera_violations", _speed_frame, _SPEED_QS),
    Dataset("redfin_metro_market_tracker", _redfin_frame, _REDFIN_QS),
    Dataset("owid_energy", _energy_frame, _ENERGY_QS),
]
