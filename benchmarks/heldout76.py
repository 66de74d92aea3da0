"""HELDOUT76: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public datasets an analyst is likely to bring along: Kaggle's
Sales Conversion Optimization file of Facebook ads (KAG_conversion_data.csv, 1143 ads) with ad_id, xyz_campaign_id
916 / 936 / 1178, fb_campaign_id shared by runs of ads with the same targeting, "30-34" ... "45-49" age bands, M / F
gender, interest codes, Impressions, Clicks, Spent in dollars written as float32 ("1.429999948", 0 for ads without a
click), Total_Conversion and Approved_Conversion; Kaggle's Marketing A/B Testing file (marketing_AB.csv, a sample of
5000 users) with its unnamed row-number column, "user id", "test group" ad / psa (about 4% psa), True / False
converted, "total ads" with a long tail, "most ads day" written Monday ... Sunday and "most ads hour" 0-23; the UCI
Chronic Kidney Disease file (kidney_disease.csv, 400 patients, ckd first) with id, age and bp as floats, sg
1.005-1.025, al and su 0-5, normal / abnormal rbc and pc, present / notpresent pcc and ba, bgr, bu, sc, sod, pot and
hemo, pcv, wc and rc as text with stray tabs ("\\t43", "\\t6200", "\\t?"), yes / no htn, dm (with " yes", "\\tyes"
and "\\tno"), cad (with "\\tno"), appet good / poor, pe, ane and classification ckd / notckd with two "ckd\\t", and
blanks in nearly every column (rbc in more than a third of the rows); Kaggle's Rainfall in India 1901-2015 file
(rainfall in india 1901-2015.csv) with 36 upper-case subdivisions such as "ANDAMAN & NICOBAR ISLANDS" and "KERALA"
(Arunachal Pradesh only from 1916, a few years missing for the islands), YEAR, JAN ... DEC in mm to one decimal with
a few blank months in the island and north-eastern rows, ANNUAL and the Jan-Feb, Mar-May, Jun-Sep and Oct-Dec sums
(blank when a month they cover is); Kaggle's Layoffs Dataset 2020-2023 (layoffs.csv, newest first) with company,
location such as "SF Bay Area" or "Bengaluru", industry (one blank), total_laid_off and percentage_laid_off as a
fraction with many blanks, ISO dates from 2020-03-11 to 2023-03-06, stage ("Post-IPO", "Series B", "Unknown"),
country (four written "United States."), funds_raised_millions with blanks and five rows in twice; Kaggle's The
Simpsons episodes file (simpsons_episodes.csv, 600 episodes of 28 seasons) with id, title, "1989-12-17" air dates,
"7G08" production codes, season, number_in_season, number_in_series, us_viewers_in_millions, views, imdb_rating and
imdb_votes (blank for the last, unaired episodes), image_url and video_url; and NYC Open Data's Average SAT Scores
for NYC Public Schools (scores.csv, 435 schools) with "02M260" School IDs, School Name, Borough, Building Code,
Street Address, City, State, Zip Code, Latitude, Longitude, Phone Number, "8:00 AM" / "2:45 PM" start and end times,
Student Enrollment, "45.1%" ethnic percentages, Average Score (SAT Math / Reading / Writing) blank for the schools
that did not report and "78.9%" Percent Tested. All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _pct, _share, _shares, _split, _text, _year
from .heldout38 import _draw, _month, _table
from .heldout39 import _clock, _fields
from .heldout40 import _number
from .heldout42 import _unique
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _weights(text: str) -> tuple[list[str], np.ndarray]:
    """The options of "a:3;b:1" and their weights as probabilities."""
    options, weights = _table(text)
    w = np.asarray(weights, dtype=float)
    return options, w / w.sum()


def _season(value: Callable[[pd.DataFrame], Any]) -> Check:
    """A season by its number: "season 5", "Season 05", "S5", "5th season", "season with the best rating: 5"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        n = int(value(df))
        patterns = [
            rf"\bseasons?\b\D{{0,25}}?(?<![\d.]){n}(?!\d|\.\d)",
            rf"\bS0?{n}(?!\d|\.\d)",
            rf"(?<![\d.]){n}(?:st|nd|rd|th)\s+season\b",
        ]
        if any(re.search(p, answer, re.IGNORECASE) for p in patterns):
            return None
        return f"missing season {n}"

    return check


# --- 1. Facebook ad campaigns (Kaggle "Sales Conversion Optimization", KAG_conversion_data.csv) --------------------

# xyz_campaign_id: ads, median impressions, spread (log), fb_campaign_id before the first
_FB_CAMPAIGNS: dict[int, tuple[int, float, float, int]] = {
    916: (54, 6_500.0, 0.9, 103_915),
    936: (464, 11_000.0, 1.15, 104_000),
    1178: (625, 230_000.0, 1.05, 144_500),
}
# age: share of ads, click-through multiplier, conversion multiplier, share of conversions approved
_FB_AGES: dict[str, tuple[float, float, float, float]] = {
    "30-34": (37.3, 0.8, 1.25, 0.35),
    "35-39": (21.7, 0.95, 1.0, 0.31),
    "40-44": (18.4, 1.1, 0.85, 0.3),
    "45-49": (22.6, 1.35, 0.8, 0.28),
}
_FB_INTERESTS = (
    "2:3;7:3;10:8;15:5;16:14;18:3;19:3;20:5;21:3;22:2;23:2;24:2;25:2;26:3;27:5;28:5;29:5;30:3;31:3;32:3;36:3;63:3;"
    "64:4;65:3;66:3;100:3;101:3;102:3;103:3;104:3;105:3;106:3;107:4;108:3;109:3;110:3;111:3;112:3;113:3;114:3"
)


def _fb_float32(x: float) -> float:
    """An amount as the file stores it: rounded to the cent, then through float32 (1.43 is 1.429999948)."""
    return float(f"{float(np.float32(round(x, 2))):.10g}")


def _facebook_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7601)
    ages = list(_FB_AGES)
    rows: list[dict[str, Any]] = []
    ad_id = 708_746
    for campaign, (n, median, spread, fb_id) in _FB_CAMPAIGNS.items():
        left, age, female = 0, ages[0], False
        for _ in range(n):
            if left == 0:
                left = int(_one(rng, [1, 2, 3, 4, 5, 6], [30, 25, 18, 12, 9, 6]))
                fb_id += int(rng.integers(1, 40))
                age = str(_one(rng, ages, [a[0] for a in _FB_AGES.values()]))
                female = rng.random() < 0.48
            left -= 1
            _w, ctr_k, conv_k, approve = _FB_AGES[age]
            shows = int(max(87, round(median * rng.lognormal(0, spread))))
            ctr = 0.00018 * ctr_k * (1.12 if female else 0.9) * rng.lognormal(0, 0.35)
            clicks = int(rng.poisson(shows * ctr))
            cpc = (1.56 if female else 1.41) * rng.lognormal(0, 0.12)
            total = int(rng.poisson((0.9 + shows / 120_000) * conv_k))
            rows.append(
                {
                    "ad_id": ad_id,
                    "xyz_campaign_id": campaign,
                    "fb_campaign_id": fb_id,
                    "age": age,
                    "gender": "F" if female else "M",
                    "interest": int(_draw(rng, _FB_INTERESTS)),
                    "Impressions": shows,
                    "Clicks": clicks,
                    "Spent": _fb_float32(clicks * cpc) if clicks else 0.0,
                    "Total_Conversion": total,
                    "Approved_Conversion": int(rng.binomial(total, approve)),
                }
            )
            ad_id += int(rng.integers(1, 5)) if rng.random() < 0.8 else int(rng.integers(100, 3000))
    return pd.DataFrame(rows)


def _fb_spent_by_campaign(d: pd.DataFrame) -> list[float]:
    by = d.groupby("xyz_campaign_id")["Spent"].sum()
    return [float(by[c]) for c in _FB_CAMPAIGNS]


def _fb_top_age(d: pd.DataFrame) -> str:
    return str(d.groupby(_text(d["age"]))["Approved_Conversion"].sum().idxmax())


def _fb_top_age_share(d: pd.DataFrame) -> float:
    by = d.groupby(_text(d["age"]))["Approved_Conversion"].sum()
    return float(by.max() / by.sum())


def _fb_cpc(pooled: bool) -> Callable[[pd.DataFrame], list[float]]:
    def cpc(d: pd.DataFrame) -> list[float]:
        g = _text(d["gender"])
        if pooled:
            by = d.groupby(g)[["Spent", "Clicks"]].sum()
            ratio = by["Spent"] / by["Clicks"]
        else:
            clicked = d["Clicks"] > 0
            ratio = (d.loc[clicked, "Spent"] / d.loc[clicked, "Clicks"]).groupby(g[clicked]).mean()
        return [float(ratio["M"]), float(ratio["F"])]

    return cpc


_FB_ID = ("ad_id", "xyz_campaign_id", "fb_campaign_id")
_FACEBOOK_QS = [
    Q(
        "how much was spent in total on each campaign?",
        _scaled(_fb_spent_by_campaign, (1e3,)),
        (*_FB_ID, "Spent"),
    ),
    Q(
        "which age group has the most approved conversions",
        _lead(_named(_fb_top_age)),
        (*_FB_ID, "age", "Approved_Conversion"),
    ),
    Q(
        "what share of all approved conversions is that?",
        _share(_fb_top_age_share),
        (*_FB_ID, "age", "Approved_Conversion"),
    ),
    Q(
        "how many ads got zero clicks",
        _count(lambda d: float((d["Clicks"] == 0).sum())),
        (*_FB_ID, "Clicks"),
    ),
    Q(
        "cost per click for men vs women?",
        either(has(_fb_cpc(True), rel=0.01), has(_fb_cpc(False), rel=0.01)),
        (*_FB_ID, "gender", "Spent", "Clicks"),
    ),
    Q(
        "is spend correlated with impressions",
        _corr(lambda d: d["Spent"], lambda d: d["Impressions"]),
        (*_FB_ID, "Spent", "Impressions"),
    ),
]


# --- 2. Marketing A/B test (Kaggle "Marketing A/B Testing", marketing_AB.csv) --------------------------------------

_AB_DAYS = "Friday:15.8;Monday:14.8;Sunday:14.5;Thursday:14.1;Saturday:13.9;Wednesday:13.8;Tuesday:13.1"
# day: conversion multiplier
_AB_DAY_LIFT = {"Monday": 1.5, "Tuesday": 1.22, "Wednesday": 1.0, "Sunday": 0.98, "Friday": 0.9, "Thursday": 0.86}
_AB_DAY_LIFT |= {"Saturday": 0.84}
# hour: share of users seeing the most ads then (%), conversion multiplier
_AB_HOURS = _fields(
    "3.1|0.85;1.0|0.8;1.0|0.8;0.5|0.8;0.2|0.8;0.2|0.8;0.5|0.8;1.0|0.9;3.0|0.95;5.0|1.0;6.6|1.0;7.8|1.0;8.0|1.0;"
    "9.8|1.05;7.7|1.05;7.6|1.15;6.4|1.25;5.1|1.1;4.2|1.0;4.4|1.05;4.8|1.15;5.2|1.1;5.0|1.0;3.6|0.95"
)


def _ab_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7602)
    n = 5000
    users = rng.choice(np.arange(900_000, 1_654_484), n, replace=False)
    psa = rng.random(n) < 0.04
    ads = np.clip(np.ceil(np.exp(rng.normal(np.log(12.5), 1.05, n))), 1, 2065).astype(int)
    days, day_p = _weights(_AB_DAYS)
    day = np.asarray(days, dtype=object)[rng.choice(len(days), n, p=day_p)]
    hour_p = np.array([float(h[0]) for h in _AB_HOURS])
    hour = rng.choice(24, n, p=hour_p / hour_p.sum())
    lift = np.array([_AB_DAY_LIFT[str(x)] for x in day]) * np.array([float(_AB_HOURS[h][1]) for h in hour])
    chance = 1 / (1 + np.exp(8.05 - 1.3 * np.log(ads) - np.log(lift)))
    converted = rng.random(n) < chance
    # the psa group is small: its conversions are a fixed count (the full file's 1.79%), the likeliest users first
    shown = np.flatnonzero(psa)
    converted[shown] = False
    picked = rng.choice(shown, round(0.0179 * len(shown)), replace=False, p=chance[shown] / chance[shown].sum())
    converted[picked] = True
    return pd.DataFrame(
        {
            "": np.arange(n),
            "user id": users,
            "test group": np.where(psa, "psa", "ad"),
            "converted": converted,
            "total ads": ads,
            "most ads day": day,
            "most ads hour": hour,
        }
    )


def _ab_yes(d: pd.DataFrame) -> pd.Series:
    return _text(d["converted"]).str.lower() == "true"


def _ab_rates(d: pd.DataFrame) -> list[float]:
    by = _ab_yes(d).groupby(_text(d["test group"])).mean()
    return [float(by["ad"]), float(by["psa"])]


def _ab_lift(d: pd.DataFrame) -> float:
    ad, psa = _ab_rates(d)
    return ad / psa - 1


def _ab_ratio(d: pd.DataFrame) -> float:
    ad, psa = _ab_rates(d)
    return ad / psa


def _ab_gap(d: pd.DataFrame) -> float:
    ad, psa = _ab_rates(d)
    return ad - psa


def _ab_best_day(d: pd.DataFrame) -> str:
    return str(_ab_yes(d).groupby(_text(d["most ads day"])).mean().idxmax())


def _ab_ads_means(d: pd.DataFrame) -> list[float]:
    by = d.groupby(_ab_yes(d))["total ads"].mean()
    return [float(by[True]), float(by[False])]


def _ab_common_hour(d: pd.DataFrame) -> int:
    return int(d["most ads hour"].value_counts().idxmax())


_AB_ID = ("user id", "test group", "converted")
_AB_QS = [
    Q(
        "whats the conversion rate for the ad group vs the psa group?",
        _shares(_ab_rates),
        _AB_ID,
    ),
    Q(
        "so how much better does the ad group do? whats the lift",
        either(_pct(_ab_lift), _share(_ab_gap), has(_ab_ratio, rel=0.01)),
        _AB_ID,
    ),
    Q(
        "which day has the best conversion rate",
        _lead(_named(_ab_best_day)),
        (*_AB_ID, "most ads day"),
    ),
    Q(
        "how many users saw more than 100 ads?",
        either(
            _count(lambda d: float((d["total ads"] > 100).sum())),
            _count(lambda d: float((d["total ads"] >= 100).sum())),
        ),
        (*_AB_ID, "total ads"),
    ),
    Q(
        "avg total ads for people who converted vs didnt convert",
        _about(_ab_ads_means),
        (*_AB_ID, "total ads"),
    ),
    Q(
        "at what hour do users most often see the most ads?",
        _lead(_clock(_ab_common_hour)),
        (*_AB_ID, "most ads hour"),
    ),
]


# --- 3. Chronic kidney disease (UCI via Kaggle, kidney_disease.csv) -------------------------------------------------

_KD_COLUMNS = _split(
    "id;age;bp;sg;al;su;rbc;pc;pcc;ba;bgr;bu;sc;sod;pot;hemo;pcv;wc;rc;htn;dm;cad;appet;pe;ane;classification"
)
# column: blank cells
_KD_BLANKS = {"age": 9, "bp": 12, "sg": 47, "al": 46, "su": 49, "rbc": 152, "pc": 65, "pcc": 4, "ba": 4, "bgr": 44}
_KD_BLANKS |= {"bu": 19, "sc": 17, "sod": 87, "pot": 88, "hemo": 52, "pcv": 70, "wc": 105, "rc": 130, "htn": 2}
_KD_BLANKS |= {"dm": 2, "cad": 2, "appet": 1, "pe": 1, "ane": 1}


def _kd_yes(rng: np.random.Generator, p: float) -> str:
    return "yes" if rng.random() < p else "no"


def _kd_patient(rng: np.random.Generator, ill: bool) -> dict[str, Any]:
    severity = float(rng.lognormal(0, 0.75)) if ill else 0.0
    diabetic = ill and rng.random() < 0.55
    age = rng.normal(54, 16) if ill else rng.normal(46, 15.5)
    bp = _one(rng, [60, 70, 80, 90, 100, 110, 120], [8, 25, 38, 12, 10, 3, 4]) if ill else _one(rng, [60, 70, 80])
    sugar = float(_one(rng, [0, 1, 2, 3, 4, 5], [60, 10, 12, 10, 6, 2])) if diabetic else 0.0
    urea = 33 + 11 * rng.standard_normal() if not ill else 28 + 42 * severity * rng.lognormal(0, 0.55)
    creat = 0.9 + 0.25 * rng.standard_normal() if not ill else 0.7 + 2.6 * severity**1.3 * rng.lognormal(0, 0.6)
    hemo = rng.normal(15.2, 1.3) if not ill else rng.normal(11.6, 2.0) - 0.9 * min(severity, 3)
    return {
        "age": float(np.clip(round(age), 2, 90)),
        "bp": float(bp),
        "sg": float(_one(rng, [1.005, 1.01, 1.015, 1.02], [6, 40, 30, 24]) if ill else _one(rng, [1.02, 1.025])),
        "al": float(_one(rng, [0, 1, 2, 3, 4, 5], [30, 20, 18, 18, 12, 2])) if ill else 0.0,
        "su": sugar,
        "rbc": ("abnormal" if rng.random() < 0.35 else "normal") if ill else "normal",
        "pc": ("abnormal" if rng.random() < 0.42 else "normal") if ill else "normal",
        "pcc": ("present" if rng.random() < 0.17 else "notpresent") if ill else "notpresent",
        "ba": ("present" if rng.random() < 0.09 else "notpresent") if ill else "notpresent",
        "bgr": float(round(rng.normal(190, 80) if diabetic else rng.normal(112, 20))),
        "bu": float(round(np.clip(urea, 10, 391))),
        "sc": float(round(np.clip(creat, 0.4, 76), 1)),
        "sod": float(round(rng.normal(134, 6) if ill else rng.normal(141.5, 4.8))),
        "pot": float(round(rng.normal(4.7, 1.0) if ill else rng.normal(4.3, 0.6), 1)),
        "hemo": float(round(np.clip(hemo, 3.1, 17.8), 1)),
        "pcv": str(int(np.clip(round(hemo * 3 + rng.normal(0, 1.5)), 9, 54))),
        "wc": str(int(round(rng.normal(9000, 3000) if ill else rng.normal(7700, 1800), -2))),
        "rc": f"{np.clip(hemo / 3.05 + rng.normal(0, 0.3), 2.1, 8.0):.1f}",
        "htn": _kd_yes(rng, 0.59 + 0.1 * diabetic) if ill else "no",
        "dm": "yes" if diabetic else "no",
        "cad": _kd_yes(rng, 0.12 + 0.08 * diabetic) if ill else "no",
        "appet": ("poor" if rng.random() < 0.33 else "good") if ill else "good",
        "pe": _kd_yes(rng, 0.3) if ill else "no",
        "ane": _kd_yes(rng, 0.24) if ill else "no",
        "classification": "ckd" if ill else "notckd",
    }


def _kidney_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7603)
    rows = [_kd_patient(rng, i < 250) for i in range(400)]
    frame = pd.DataFrame(rows)
    frame.insert(0, "id", np.arange(400))
    for column, k in _KD_BLANKS.items():
        frame.loc[rng.choice(400, k, replace=False), column] = None
    for column, old, new, k in (
        ("dm", "yes", " yes", 1),
        ("dm", "yes", "\tyes", 2),
        ("dm", "no", "\tno", 3),
        ("cad", "no", "\tno", 2),
        ("classification", "ckd", "ckd\t", 2),
        ("pcv", None, "\t43", 1),
        ("pcv", None, "\t?", 1),
        ("wc", None, "\t6200", 1),
        ("wc", None, "\t8400", 1),
        ("wc", None, "\t?", 1),
        ("rc", None, "\t?", 1),
    ):
        pool = np.flatnonzero(frame[column].isna() if old is None else frame[column] == old)
        frame.loc[rng.choice(pool, k, replace=False), column] = new
    return frame[_KD_COLUMNS]


def _kd_ckd(d: pd.DataFrame) -> pd.Series:
    return _text(d["classification"]) == "ckd"


def _kd_hemo(d: pd.DataFrame) -> list[float]:
    by = d.groupby(_kd_ckd(d))["hemo"].mean()
    return [float(by[True]), float(by[False])]


def _kd_diabetic(known_only: bool, ckd_only: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        dm = _text(d["dm"])
        if ckd_only:
            dm = dm[_kd_ckd(d)]
        if known_only:
            dm = dm[dm != ""]
        return float((dm == "yes").mean())

    return share


_KD_ID = ("id", "classification")
_KIDNEY_QS = [
    Q(
        "how many patients have ckd?",
        _count(lambda d: float(_kd_ckd(d).sum())),
        _KD_ID,
    ),
    Q(
        "compare avg hemoglobin for ckd vs non ckd patients",
        _about(_kd_hemo),
        (*_KD_ID, "hemo"),
    ),
    Q(
        "what % of patients have diabetes",
        either(_share(_kd_diabetic(True, False)), _share(_kd_diabetic(False, False))),
        (*_KD_ID, "dm"),
    ),
    Q(
        "and among the ckd patients only?",
        either(_share(_kd_diabetic(True, True)), _share(_kd_diabetic(False, True))),
        (*_KD_ID, "dm"),
    ),
    Q(
        "whats the median packed cell volume",
        _about(lambda d: float(_number(d["pcv"]).median())),
        (*_KD_ID, "pcv"),
    ),
    Q(
        "correlation between blood urea and serum creatinine?",
        _corr(lambda d: d["bu"], lambda d: d["sc"]),
        (*_KD_ID, "bu", "sc"),
    ),
]


# --- 4. Rainfall in India 1901-2015 (Kaggle, rainfall in india 1901-2015.csv) --------------------------------------

_RF_MONTHS = _split("JAN;FEB;MAR;APR;MAY;JUN;JUL;AUG;SEP;OCT;NOV;DEC")
_RF_SEASONS = {"Jan-Feb": (0, 2), "Mar-May": (2, 5), "Jun-Sep": (5, 9), "Oct-Dec": (9, 12)}
# regime: share of the year's rain in each month, January first
_RF_REGIMES = {
    "islands": "2.4,1.2,1.0,2.2,12.5,16.0,14.5,14.0,14.5,10.5,7.5,3.7",
    "northeast": "1.0,2.0,4.5,8.5,12.0,19.0,19.5,14.5,11.0,5.5,1.3,0.5",
    "east": "1.0,1.5,1.8,2.5,5.0,15.0,24.0,22.0,17.0,7.0,1.5,0.5",
    "north": "3.0,3.0,2.0,1.2,2.0,9.0,30.0,29.0,14.0,3.0,0.6,1.2",
    "hills": "6.0,7.0,7.0,4.0,4.0,9.0,24.0,23.0,10.0,2.5,1.0,3.0",
    "kashmir": "9.0,11.0,13.0,9.0,6.0,5.0,15.0,14.0,6.0,3.0,2.5,5.0",
    "central": "0.8,0.8,0.6,0.4,1.0,15.0,32.0,28.0,16.0,4.0,1.0,0.4",
    "west coast": "0.1,0.1,0.1,0.4,2.8,29.0,35.0,21.0,9.0,3.0,0.6,0.1",
    "kerala": "0.7,1.0,1.5,4.5,8.5,23.5,20.0,13.5,9.0,10.5,5.8,1.5",
    "deccan": "0.5,0.5,1.0,2.5,5.0,12.0,17.0,17.0,19.0,14.0,6.0,1.5",
    "tamil nadu": "3.0,1.5,1.5,4.0,6.0,5.0,7.0,10.0,12.0,19.5,19.0,11.5",
    "lakshadweep": "2.0,1.0,1.0,2.5,10.0,22.0,17.0,12.0,11.0,11.0,8.0,3.0",
}
# subdivision|mean annual rain (mm)|year-to-year spread|regime, in the file's order
_RF_SUBDIVISIONS = _fields(
    "ANDAMAN & NICOBAR ISLANDS|2900|0.16|islands;ARUNACHAL PRADESH|3080|0.2|northeast;"
    "ASSAM & MEGHALAYA|2580|0.11|northeast;NAGA MANI MIZO TRIPURA|2420|0.13|northeast;"
    "SUB HIMALAYAN WEST BENGAL & SIKKIM|3050|0.12|northeast;GANGETIC WEST BENGAL|1500|0.14|east;"
    "ORISSA|1460|0.13|east;JHARKHAND|1300|0.15|east;BIHAR|1200|0.16|east;EAST UTTAR PRADESH|1050|0.19|north;"
    "WEST UTTAR PRADESH|880|0.22|north;UTTARAKHAND|1530|0.17|hills;HARYANA DELHI & CHANDIGARH|540|0.27|north;"
    "PUNJAB|600|0.27|north;HIMACHAL PRADESH|1270|0.18|hills;JAMMU & KASHMIR|1080|0.2|kashmir;"
    "WEST RAJASTHAN|290|0.35|north;EAST RAJASTHAN|660|0.24|north;WEST MADHYA PRADESH|950|0.2|central;"
    "EAST MADHYA PRADESH|1220|0.17|central;GUJARAT REGION|910|0.3|central;SAURASHTRA & KUTCH|500|0.42|central;"
    "KONKAN & GOA|2980|0.17|west coast;MADHYA MAHARASHTRA|880|0.18|central;MATATHWADA|800|0.22|central;"
    "VIDARBHA|1100|0.18|central;CHHATTISGARH|1370|0.15|central;COASTAL ANDHRA PRADESH|1050|0.18|deccan;"
    "TELANGANA|910|0.2|deccan;RAYALSEEMA|700|0.22|deccan;TAMIL NADU|950|0.19|tamil nadu;"
    "COASTAL KARNATAKA|3410|0.14|west coast;NORTH INTERIOR KARNATAKA|730|0.2|deccan;"
    "SOUTH INTERIOR KARNATAKA|1010|0.16|deccan;KERALA|2900|0.15|kerala;LAKSHADWEEP|1600|0.2|lakshadweep"
)
# year: a rainfall factor felt across the country (droughts and wet years)
_RF_YEARS = {1918: 0.76, 1972: 0.84, 1987: 0.86, 2002: 0.87, 1965: 0.88, 1979: 0.89, 2009: 0.88, 1905: 0.91}
_RF_YEARS |= {1917: 1.15, 1961: 1.14, 1988: 1.07, 1933: 1.08, 1956: 1.08, 1990: 1.06}
# subdivision: years with no row
_RF_ABSENT = {"ANDAMAN & NICOBAR ISLANDS": "1943;1944;1945;1946;1947;1955", "LAKSHADWEEP": "1918;1920;1952"}
_RF_GAPPY = ("ANDAMAN & NICOBAR ISLANDS", "ARUNACHAL PRADESH", "NAGA MANI MIZO TRIPURA", "LAKSHADWEEP")


def _rainfall_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7604)
    rows: list[dict[str, Any]] = []
    for name, mean, spread, regime in _RF_SUBDIVISIONS:
        shares = np.array([float(x) for x in _RF_REGIMES[regime].split(",")])
        shares = shares / shares.sum()
        shape = 1.3 + 40 * shares
        absent = {int(y) for y in _split(_RF_ABSENT.get(name, "0"))}
        first = 1916 if name == "ARUNACHAL PRADESH" else 1901
        for year in range(first, 2016):
            factor = float(rng.lognormal(0, float(spread))) * _RF_YEARS.get(year, 1.0)
            months = float(mean) * factor * shares * rng.gamma(shape, 1 / shape)
            if year in absent:
                continue
            row: dict[str, Any] = {"SUBDIVISION": name, "YEAR": year}
            row |= {m: round(float(v), 1) for m, v in zip(_RF_MONTHS, months, strict=True)}
            rows.append(row)
    frame = pd.DataFrame(rows)
    gappy = np.flatnonzero(frame["SUBDIVISION"].isin(_RF_GAPPY))
    for month in _RF_MONTHS:
        frame.loc[rng.choice(gappy, int(rng.integers(1, 5)), replace=False), month] = np.nan
    values = frame[_RF_MONTHS]
    frame["ANNUAL"] = values.sum(axis=1, skipna=False).round(1)
    for label, (lo, hi) in _RF_SEASONS.items():
        frame[label] = values.iloc[:, lo:hi].sum(axis=1, skipna=False).round(1)
    return frame


def _rf_means(d: pd.DataFrame) -> pd.Series:
    return d.groupby(_text(d["SUBDIVISION"]))["ANNUAL"].mean()


def _rf_row_sums(d: pd.DataFrame) -> pd.Series:
    return d[_RF_MONTHS].sum(axis=1).groupby(_text(d["SUBDIVISION"])).mean()


def _rf_of(name: str) -> Callable[[pd.DataFrame], pd.DataFrame]:
    return lambda d: d[_text(d["SUBDIVISION"]).str.upper() == name]


_RF_KERALA = _rf_of("KERALA")
_RF_TN = _rf_of("TAMIL NADU")


def _rf_wettest_month(d: pd.DataFrame) -> pd.Timestamp:
    month = int(np.argmax(_RF_KERALA(d)[_RF_MONTHS].mean().to_numpy())) + 1
    return pd.Timestamp(2000, month, 1)


def _rf_driest_year(d: pd.DataFrame) -> int:
    return int(d.groupby("YEAR")["ANNUAL"].mean().idxmin())


_RF_ID = ("SUBDIVISION", "YEAR")
_RAINFALL_QS = [
    Q(
        "which subdivision gets the most rain on average?",
        _lead(
            either(
                _named(lambda d: str(_rf_means(d).idxmax())),
                _named(lambda d: str(_rf_row_sums(d).idxmax())),
            )
        ),
        (*_RF_ID, "ANNUAL", *_RF_MONTHS),
    ),
    Q(
        "avg annual rainfall in kerala",
        either(
            _about(lambda d: float(_RF_KERALA(d)["ANNUAL"].mean())),
            _about(lambda d: float(_RF_KERALA(d)[_RF_MONTHS].mean().sum())),
        ),
        (*_RF_ID, "ANNUAL", *_RF_MONTHS),
    ),
    Q(
        "and which month is the wettest there?",
        _lead(_month(_rf_wettest_month)),
        (*_RF_ID, *_RF_MONTHS),
    ),
    Q(
        "for kerala, how strongly is the monsoon (Jun-Sep) rain correlated with the annual total?",
        _corr(lambda d: _RF_KERALA(d)["Jun-Sep"], lambda d: _RF_KERALA(d)["ANNUAL"]),
        (*_RF_ID, "Jun-Sep", "ANNUAL", "JUN", "JUL", "AUG", "SEP"),
    ),
    Q(
        "how many years did tamil nadu get less than 800 mm",
        _count(lambda d: float((_RF_TN(d)["ANNUAL"] < 800).sum())),
        (*_RF_ID, "ANNUAL"),
    ),
    Q(
        "plot the average annual rainfall across all subdivisions for each year - which year was the driest?",
        _lead(_year(_rf_driest_year)),
        (*_RF_ID, "ANNUAL"),
    ),
]


# --- 5. Tech layoffs 2020-2023 (Kaggle "Layoffs Dataset", layoffs.csv) ---------------------------------------------

# company|location|industry|total_laid_off|percentage_laid_off|date|stage|country|funds_raised_millions
_LO_KNOWN = _fields(
    "Amazon|Seattle|Retail|10000||2022-11-16|Post-IPO|United States|108;"
    "Amazon|Seattle|Retail|8000||2023-01-04|Post-IPO|United States|108;"
    "Amazon|Seattle|Retail|150||2022-11-30|Post-IPO|United States|108;"
    "Google|SF Bay Area|Consumer|12000|0.06|2023-01-20|Post-IPO|United States|26;"
    "Meta|SF Bay Area|Consumer|11000|0.13|2022-11-09|Post-IPO|United States|26000;"
    "Microsoft|Seattle|Other|10000|0.05|2023-01-18|Post-IPO|United States|1;"
    "Salesforce|SF Bay Area|Sales|8000|0.1|2023-01-04|Post-IPO|United States|65;"
    "Ericsson|Stockholm|Other|8500|0.08|2023-02-24|Post-IPO|Sweden|663;"
    "Dell|Austin|Hardware|6650|0.05|2023-02-06|Post-IPO|United States|;"
    "Philips|Amsterdam|Healthcare|6000|0.13|2023-01-30|Post-IPO|Netherlands|;"
    "Booking.com|Amsterdam|Travel|4375|0.25|2020-07-30|Acquired|Netherlands|;"
    "Uber|SF Bay Area|Transportation|3700|0.14|2020-05-06|Post-IPO|United States|24700;"
    "Uber|SF Bay Area|Transportation|3000|0.13|2020-05-18|Post-IPO|United States|24700;"
    "Twitter|SF Bay Area|Consumer|3700|0.5|2022-11-04|Post-IPO|United States|12900;"
    "IBM|New York City|Hardware|3900|0.015|2023-01-25|Post-IPO|United States|;"
    "SAP|Walldorf|Other|3000|0.03|2023-01-26|Post-IPO|Germany|1300;"
    "Groupon|Chicago|Retail|2800|0.44|2020-04-03|Post-IPO|United States|1400;"
    "Carvana|Phoenix|Transportation|2500|0.12|2022-11-18|Post-IPO|United States|1600;"
    "Airbnb|SF Bay Area||1900|0.25|2020-05-05|Private Equity|United States|5400;"
    "Swiggy|Bengaluru|Food|1100|0.14|2020-05-18|Series I|India|1600;"
    "Byju's|Bengaluru|Education|2500|0.05|2022-10-12|Private Equity|India|5500;"
    "Zillow|Seattle|Real Estate|2000|0.25|2021-11-02|Post-IPO|United States|97;"
    "Peloton|New York City|Fitness|2800|0.2|2022-02-08|Post-IPO|United States|1900;"
    "Coinbase|SF Bay Area|Crypto|1100|0.18|2022-06-14|Post-IPO|United States|549;"
    "Coinbase|SF Bay Area|Crypto|950|0.2|2023-01-10|Post-IPO|United States|549;"
    "Yahoo|SF Bay Area|Consumer|1600|0.2|2023-02-09|Acquired|United States|6;"
    "Zoom|SF Bay Area|Other|1300|0.15|2023-02-07|Post-IPO|United States|276;"
    "PayPal|SF Bay Area|Finance|2000|0.07|2023-01-31|Post-IPO|United States|216;"
    "Better.com|New York City|Real Estate|900|0.09|2021-12-01|Unknown|United States|905;"
    "Better.com|New York City|Real Estate|3000|0.33|2022-03-08|Unknown|United States|905;"
    "Wayfair|Boston|Retail|1750|0.1|2023-01-20|Post-IPO|United States|1700;"
    "Spotify|Stockholm|Media|600|0.06|2023-01-23|Post-IPO|Sweden|2100;"
    "Shopify|Ottawa|Retail|1000|0.1|2022-07-26|Post-IPO|Canada|122;"
    "Snap|Los Angeles|Consumer|1280|0.2|2022-08-31|Post-IPO|United States|4900;"
    "Lyft|SF Bay Area|Transportation|982|0.17|2020-04-29|Post-IPO|United States|4900;"
    "Lyft|SF Bay Area|Transportation|700|0.13|2022-11-03|Post-IPO|United States|4900"
)
# month: layoff events (rows) besides the known ones
_LO_MONTHS = (
    "2020-03:30;2020-04:250;2020-05:175;2020-06:60;2020-07:40;2020-08:22;2020-09:14;2020-10:12;2020-11:9;2020-12:8;"
    "2021-01:9;2021-02:4;2021-03:2;2021-04:3;2021-05:2;2021-06:3;2021-07:2;2021-08:4;2021-09:3;2021-10:3;"
    "2021-11:5;2021-12:6;2022-01:8;2022-02:20;2022-03:30;2022-04:50;2022-05:150;2022-06:170;2022-07:165;"
    "2022-08:140;2022-09:70;2022-10:110;2022-11:300;2022-12:160;2023-01:320;2023-02:190;2023-03:14"
)
_LO_PLACES = (
    "SF Bay Area|United States|30;New York City|United States|11;Boston|United States|4;Seattle|United States|4;"
    "Los Angeles|United States|4;Austin|United States|2;Chicago|United States|2;Denver|United States|1.5;"
    "Washington D.C.|United States|1;Atlanta|United States|1;Salt Lake City|United States|1;"
    "Bengaluru|India|5;Gurugram|India|1.5;Mumbai|India|1.2;New Delhi|India|0.5;London|United Kingdom|3.5;"
    "Toronto|Canada|2.5;Vancouver|Canada|0.8;Berlin|Germany|2;Tel Aviv|Israel|2.5;Sao Paulo|Brazil|2;"
    "Singapore|Singapore|1.5;Stockholm|Sweden|1;Amsterdam|Netherlands|0.8;Sydney|Australia|1.2;"
    "Melbourne|Australia|0.6;Jakarta|Indonesia|1;Lagos|Nigeria|0.5;Beijing|China|0.4;Paris|France|0.5;"
    "Dublin|Ireland|0.4"
)
_LO_INDUSTRIES = (
    "Finance:11;Retail:8;Consumer:8;Transportation:7;Healthcare:7;Food:6;Other:6;Real Estate:5;Marketing:4;"
    "Education:4;Crypto:4;Travel:3;Media:3;Security:2;Infrastructure:2;Data:2;HR:2;Sales:2;Fitness:1.5;"
    "Logistics:1.5;Support:0.5;Product:0.5;Recruiting:0.5;Construction:0.3;Legal:0.3;Energy:0.2;Aerospace:0.1"
)
_LO_STAGES = (
    "Post-IPO:18;Unknown:15;Series B:12;Series C:11;Series D:8;Series A:7;Acquired:6;Series E:4;Seed:2;Series F:2;"
    "Private Equity:1.5;Series G:0.5;Subsidiary:0.5;Series H:0.3;:0.2"
)
_LO_SHARES = "0.05:4;0.1:14;0.12:3;0.15:8;0.2:10;0.25:7;0.3:5;0.33:3;0.4:3;0.5:4;0.6:1;0.7:1;0.8:1;1:6"
_LO_HEADS = _split(
    "Clear;Swift;Byte;Cart;Pay;Home;Learn;Fit;Cred;Ship;Data;Cloud;Snap;Go;Zen;Nova;Flex;Brave;Kin;Tru;Bloom;Pulse;"
    "Quant;Orbit;Mint;Vibe;Hop;Loop;Spring;Bright;Rent;Fresh;Med;Land;Core;Open;Wave;Grow;Stash;Beam;Fleet;Chime;"
    "Lend;Ride;Rise;Spark;Trade;Tap;Sky;Hive;True;Green;Blue;Red;Deep;Iron;Kind;Lucid;Peak;Plato;Sure;Vault"
)
_LO_TAILS = _split(
    "ly;io;Hub;Labs;ify;wise;base;stack;X;Pay;Go;Box;Desk;Link;Path;Bit;Bee;Works;Lane;Flow;Nest;Kit;AI;Up;Door;"
    "Cart;Shift;Byte;Cast;Dash;Mind;Note;Ops;Scale;Ship;Track;Yard;Zone"
)
# a second word, for names such as "Bloom Health"
_LO_WORDS = _split(
    "Health;Finance;Labs;Technologies;Energy;Media;Games;Capital;Foods;Logistics;Learning;Security;Analytics;Motors;"
    "Homes;Travel;Commerce;Robotics;Bio;Networks"
)
_LO_COLUMNS = _split(
    "company;location;industry;total_laid_off;percentage_laid_off;date;stage;country;funds_raised_millions"
)


def _lo_company(rng: np.random.Generator) -> str:
    head = str(_one(rng, _LO_HEADS))
    if rng.random() < 0.3:
        return f"{head} {_one(rng, _LO_WORDS)}"
    return f"{head}{_one(rng, _LO_TAILS)}"


def _layoffs_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7605)
    rows: list[dict[str, Any]] = []
    for line in _LO_KNOWN:
        row: dict[str, Any] = dict(zip(_LO_COLUMNS, line, strict=True))
        for key in ("total_laid_off", "percentage_laid_off", "funds_raised_millions"):
            row[key] = float(row[key]) if row[key] else None
        rows.append(row)
    used = {str(r["company"]) for r in rows}
    seen: list[dict[str, Any]] = []
    places = [p.split("|") for p in _split(_LO_PLACES)]
    for month, k in (x.rsplit(":", 1) for x in _split(_LO_MONTHS)):
        start = max(pd.Timestamp(f"{month}-01"), pd.Timestamp("2020-03-11"))
        last = min(start + pd.offsets.MonthEnd(0), pd.Timestamp("2023-03-06"))
        for _ in range(int(k)):
            day = start + pd.Timedelta(days=int(rng.integers(0, (last - start).days + 1)))
            if seen and rng.random() < 0.16:
                firm = dict(seen[int(rng.integers(len(seen)))])
            else:
                place = places[int(_one(rng, range(len(places)), [float(p[2]) for p in places]))]
                stage = _draw(rng, _LO_STAGES)
                big = stage == "Post-IPO"
                raised = float(rng.lognormal(np.log(900 if big else 110), 1.4))
                firm = {
                    "company": _unique(rng, _lo_company, used),
                    "location": place[0],
                    "industry": _draw(rng, _LO_INDUSTRIES),
                    "stage": stage or None,
                    "country": place[1],
                    "funds_raised_millions": round(raised, 0 if raised >= 10 else 1) if rng.random() > 0.1 else None,
                }
                seen.append(firm)
            share = float(_draw(rng, _LO_SHARES))
            big = firm["stage"] == "Post-IPO"
            people = float(round(rng.lognormal(np.log(200 if big else 45), 1.1)))
            if share == 1:
                people = float(round(rng.lognormal(np.log(35), 0.9)))
            rows.append(
                {
                    **firm,
                    "total_laid_off": people if rng.random() > 0.31 else None,
                    "percentage_laid_off": share if rng.random() > 0.34 else None,
                    "date": f"{day:%Y-%m-%d}",
                }
            )
    frame = pd.DataFrame(rows)[_LO_COLUMNS]
    us = np.flatnonzero(frame["country"] == "United States")
    frame.loc[rng.choice(us, 4, replace=False), "country"] = "United States."
    twice = rng.choice(np.arange(len(_LO_KNOWN), len(frame)), 5, replace=False)
    frame = pd.concat([frame, frame.iloc[twice]], ignore_index=True)
    frame = frame.sort_values(["date", "company"], ascending=[False, True], kind="stable")
    return frame.reset_index(drop=True)


def _lo(d: pd.DataFrame, unique: bool) -> pd.DataFrame:
    return d.drop_duplicates() if unique else d


def _lo_total(unique: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_lo(d, unique)["total_laid_off"].sum())


def _lo_years(unique: bool) -> Callable[[pd.DataFrame], list[float]]:
    def totals(d: pd.DataFrame) -> list[float]:
        f = _lo(d, unique)
        by = f.groupby(pd.to_datetime(_text(f["date"])).dt.year)["total_laid_off"].sum()
        return [float(x) for x in by]

    return totals


def _lo_worst_month(people: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def month(d: pd.DataFrame) -> pd.Timestamp:
        months = pd.to_datetime(_text(d["date"])).dt.to_period("M")
        by = d.groupby(months)["total_laid_off"].sum() if people else months.value_counts()
        return pd.Timestamp(str(by.idxmax()))

    return month


def _lo_whole(how: str) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        f = _lo(d, how != "rows")
        f = f[f["percentage_laid_off"] == 1]
        return float(_text(f["company"]).nunique() if how == "companies" else len(f))

    return count


def _lo_us_share(people: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        us = _text(d["country"]).str.rstrip(".") == "United States"
        if people:
            return float(d.loc[us, "total_laid_off"].sum() / d["total_laid_off"].sum())
        return float(us.mean())

    return share


_LO_ID = ("company", "total_laid_off")
_LAYOFFS_QS = [
    Q(
        "how many people were laid off in total?",
        either(_scaled(_lo_total(False), (1e3,)), _scaled(_lo_total(True), (1e3,))),
        _LO_ID,
    ),
    Q(
        "which company had the most layoffs in total",
        _lead(_named(lambda d: str(d.groupby(_text(d["company"]))["total_laid_off"].sum().idxmax()))),
        _LO_ID,
    ),
    Q(
        "total laid off per year",
        either(_scaled(_lo_years(False), (1e3,)), _scaled(_lo_years(True), (1e3,))),
        (*_LO_ID, "date"),
    ),
    Q(
        "which month was the worst?",
        _lead(either(_month_year(_lo_worst_month(True)), _month_year(_lo_worst_month(False)))),
        (*_LO_ID, "date"),
    ),
    Q(
        "how many companies laid off 100% of their staff",
        either(*(_count(_lo_whole(how)) for how in ("rows", "unique rows", "companies"))),
        (*_LO_ID, "percentage_laid_off"),
    ),
    Q(
        "what share of the layoffs happened in the US?",
        either(_share(_lo_us_share(False)), _share(_lo_us_share(True))),
        (*_LO_ID, "country", "location"),
    ),
]


# --- 6. The Simpsons episodes (Kaggle "The Simpsons by the Data", simpsons_episodes.csv) ---------------------------

# season: episodes, mean IMDb rating, mean US viewers (millions), production code prefix
_SI_SEASONS = _fields(
    "13|7.55|27.8|7G;22|7.85|24.4|7F;23|8.05|21.6|8F;22|8.2|22.4|9F;22|8.42|18.9|1F;24|8.22|15.6|2F;24|8.18|14.2|3F;"
    "24|8.08|14.9|4F;24|7.5|15.3|5F;22|7.2|13.6|AABF;22|7.0|13.6|BABF;21|6.9|14.7|CABF;22|6.9|12.4|DABF;"
    "22|6.85|14.6|EABF;22|6.8|11.6|FABF;21|6.75|10.6|GABF;22|6.7|9.6|HABF;22|6.7|9.6|JABF;20|6.7|8.5|KABF;"
    "21|6.75|6.9|LABF;22|6.7|7.0|MABF;22|6.6|7.1|NABF;22|6.5|6.1|PABF;22|6.5|5.5|RABF;22|6.6|4.8|SABF;"
    "22|6.6|4.2|TABF;22|6.5|3.7|VABF;11|6.4|3.9|WABF"
)
_SI_WHO = _split(
    "Homer;Marge;Bart;Lisa;Maggie;Mr. Burns;Moe;Flanders;Krusty;Milhouse;Grampa;Apu;Skinner;Sideshow Bob;Lenny;Barney;"
    "Chief Wiggum;Nelson;Ralph;Smithers;Comic Book Guy;Troy McClure;Patty and Selma;Mrs. Krabappel;Otto;Willie"
)
_SI_THINGS = _split(
    "Genius;Odyssey;Heartbreak;Scandal;Blues;Triple Bypass;Enemy;Vacation;Barbecue;Rebellion;Nightmare;Wedding;"
    "Detective;Prodigy;Substitute;Bodyguard;Comeback;Inheritance;Crush;Secret;Bet;Diet;Makeover;Campaign;Monorail;"
    "Tree House;Casino;Carnival;Choir;Curse;Feud;Pony;Lemonade;Robot;Inventor;Boycott;Spelling Bee;Musical;Heist;"
    "Lottery;Rival;Mentor;Haircut;Birthday;Holiday;Guitar;Garage Sale;Fortune;Telethon;Goodbye"
)
_SI_VERBS = _split("Gets a;Loses the;Finds the;Hates the;Saves the;Meets the;Buys a;Sells the;Fakes a;Wants a")
_SI_PLACES = _split(
    "Springfield;Shelbyville;Capital City;the Kwik-E-Mart;the Plant;Moe's;the Lake;Camp Krusty;the Mall;the Museum"
)
_SI_IMAGES = "http://static-media.fxx.com/img/FX_Networks_-_FXX"
_SI_ROMAN = _split("I;II;III;IV;V;VI;VII;VIII;IX;X")


def _si_roman(n: int) -> str:
    tens, ones = divmod(n, 10)
    return "X" * tens + (_SI_ROMAN[ones - 1] if ones else "")


def _si_title(rng: np.random.Generator) -> str:
    who, thing, other = str(_one(rng, _SI_WHO)), str(_one(rng, _SI_THINGS)), str(_one(rng, _SI_WHO))
    pattern = int(_one(rng, range(8), [5, 5, 3, 3, 2, 2, 2, 2]))
    return [
        f"{who} the {thing}",
        f"{who}'s {thing}",
        f"{who} {_one(rng, _SI_VERBS)} {thing}",
        f"{who} vs. {other}",
        f"The {thing} of {_one(rng, _SI_PLACES)}",
        f"{who} and the {thing}",
        f"A {thing} in {_one(rng, _SI_PLACES)}",
        f"Much {who} About {thing}",
    ][pattern]


def _simpsons_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7606)
    used = {"Simpsons Roasting on an Open Fire"}
    rows: list[dict[str, Any]] = []
    day = pd.Timestamp("1989-12-17")
    first_codes = [8, *(int(x) + 1 for x in rng.permutation([i for i in range(13) if i != 7]))]
    for s, (episodes, rating, viewers, prefix) in enumerate(_SI_SEASONS, start=1):
        if s > 1:
            day = pd.Timestamp(1988 + s, 9, 24) + pd.Timedelta(days=int(rng.integers(0, 21)))
        horror = int(rng.integers(2, 7)) if s > 1 else 0
        for e in range(1, int(episodes) + 1):
            if s == 1 and e == 1:
                title = "Simpsons Roasting on an Open Fire"
            elif e == horror:
                title = "Treehouse of Horror" + (f" {_si_roman(s - 1)}" if s > 2 else "")
            else:
                title = _unique(rng, _si_title, used)
            score = float(rng.normal(float(rating), 0.34)) + (0.5 if e == horror else 0.0)
            votes = 900 + 160 * (score - 6) ** 2
            k = int(rng.integers(0, 10**10))
            seen = float(viewers) * rng.lognormal(0, 0.12) * (1.9 if s > 14 and rng.random() < 0.06 else 1.0)
            rows.append(
                {
                    "title": title,
                    "original_air_date": f"{day:%Y-%m-%d}",
                    "production_code": f"{prefix}{(e if s > 1 else first_codes[e - 1]):02d}",
                    "season": s,
                    "number_in_season": e,
                    "us_viewers_in_millions": round(seen, 2),
                    "views": float(round(rng.lognormal(np.log(95_000 - 2400 * s), 0.35))),
                    "imdb_rating": round(float(np.clip(score, 4.2, 9.4)), 1),
                    "imdb_votes": float(round(votes * (1.8 if s < 10 else 1.0) + rng.normal(0, 80))),
                    "image_url": f"{_SI_IMAGES}/{int(rng.integers(100, 1000))}/{int(rng.integers(100, 1000))}/"
                    f"Simpsons_{s:02d}_{e:02d}.jpg",
                    "video_url": f"http://www.simpsonsworld.com/video/{int(rng.integers(27, 89) * 10**10 + k)}",
                }
            )
            day += pd.Timedelta(weeks=int(_one(rng, [1, 2, 3, 4], [62, 22, 10, 6])))
    frame = pd.DataFrame(rows)
    frame.insert(0, "id", np.arange(1, len(frame) + 1))
    frame.insert(6, "number_in_series", frame["id"])
    frame.loc[frame.index[-4:], ["us_viewers_in_millions", "views", "imdb_rating", "imdb_votes"]] = np.nan
    frame.loc[frame.index[-2:], "video_url"] = None
    frame.loc[rng.choice(len(frame) - 4, 3, replace=False), "us_viewers_in_millions"] = np.nan
    return frame


def _si_best_season(d: pd.DataFrame) -> int:
    return int(d.groupby("season")["imdb_rating"].mean().idxmax())


def _si_fewest_viewers(d: pd.DataFrame) -> int:
    years = pd.to_datetime(_text(d["original_air_date"])).dt.year
    return int(d.groupby(years)["us_viewers_in_millions"].mean().idxmin())


_SI_ID = ("id", "title", "season")
_SIMPSONS_QS = [
    Q(
        "which season has the best average imdb rating?",
        _lead(_season(_si_best_season)),
        (*_SI_ID, "imdb_rating"),
    ),
    Q(
        "how many episodes are rated 8 or above",
        _count(lambda d: float((d["imdb_rating"] >= 8).sum())),
        (*_SI_ID, "imdb_rating"),
    ),
    Q(
        "plot avg us viewers per year (by air date). which year had the fewest viewers on average?",
        _lead(_year(_si_fewest_viewers)),
        (*_SI_ID, "us_viewers_in_millions", "original_air_date"),
    ),
    Q(
        "is the imdb rating correlated with viewership?",
        _corr(lambda d: d["imdb_rating"], lambda d: d["us_viewers_in_millions"]),
        (*_SI_ID, "imdb_rating", "us_viewers_in_millions", "views"),
    ),
    Q(
        "how many episodes dont have a rating?",
        _count(lambda d: float(d["imdb_rating"].isna().sum())),
        (*_SI_ID, "imdb_rating"),
    ),
    Q(
        "and whats the median rating of the rest",
        _about(lambda d: float(d["imdb_rating"].median())),
        (*_SI_ID, "imdb_rating"),
    ),
]


# --- 7. NYC SAT scores (NYC Open Data via Kaggle "Average SAT Scores for NYC Public Schools", scores.csv) ----------

_SAT_MATH = "Average Score (SAT Math)"
_SAT_READING = "Average Score (SAT Reading)"
_SAT_WRITING = "Average Score (SAT Writing)"
_SAT_COLUMNS = [
    *_split("School ID;School Name;Borough;Building Code;Street Address;City;State;Zip Code;Latitude;Longitude"),
    *_split("Phone Number;Start Time;End Time;Student Enrollment;Percent White;Percent Black;Percent Hispanic"),
    "Percent Asian",
    _SAT_MATH,
    _SAT_READING,
    _SAT_WRITING,
    "Percent Tested",
]
# borough: schools, letter, districts, area code, centre (lat, long), zip codes, cities, mean White / Black /
# Hispanic / Asian %, mean math score
_SAT_BOROUGHS: dict[str, tuple[int, str, str, str, tuple[float, float], str, str, str, float]] = {
    "Manhattan": (
        106,
        "M",
        "1;2;3;4;5;6",
        "212",
        (40.78, -73.97),
        "10002;10011;10013;10016;10019;10027;10029;10031;10033;10035;10039;10040",
        "New York",
        "11;27;51;9",
        425.0,
    ),
    "Staten Island": (
        10,
        "R",
        "31",
        "718",
        (40.58, -74.15),
        "10301;10304;10306;10309;10310;10314",
        "Staten Island",
        "50;16;26;7",
        460.0,
    ),
    "Bronx": (
        118,
        "X",
        "7;8;9;10;11;12",
        "718",
        (40.84, -73.88),
        "10451;10452;10453;10456;10457;10458;10461;10467;10468;10472;10473",
        "Bronx",
        "3;30;63;3",
        392.0,
    ),
    "Queens": (
        80,
        "Q",
        "24;25;26;27;28;29;30",
        "718",
        (40.72, -73.82),
        "11101;11354;11355;11364;11368;11373;11385;11412;11432;11434;11691",
        "Jamaica;Flushing;Long Island City;Astoria;Bayside;Far Rockaway;Forest Hills;Ridgewood;Elmhurst;Corona",
        "8;25;40;25",
        440.0,
    ),
    "Brooklyn": (
        121,
        "K",
        "13;14;15;16;17;18;19;20;21;22;23;32",
        "718",
        (40.66, -73.95),
        "11201;11203;11206;11207;11208;11211;11212;11215;11217;11220;11223;11226;11229;11233;11236;11237",
        "Brooklyn",
        "7;55;28;8",
        402.0,
    ),
}
# School ID|School Name|math|reading|writing|enrollment|White|Black|Hispanic|Asian|tested
_SAT_KNOWN = _fields(
    "02M475|Stuyvesant High School|754|697|693|3292|24.4|0.8|2.4|72.1|91.5;"
    "10X445|Bronx High School of Science|714|660|667|3008|25.0|3.5|7.2|62.2|93.4;"
    "31R605|Staten Island Technical High School|711|660|670|1227|57.6|0.5|2.4|39.2|96.8;"
    "28Q687|Queens High School for the Sciences at York College|701|621|625|419|4.1|13.6|6.0|73.3|92.4;"
    "10X696|High School of American Studies at Lehman College|669|641|636|369|51.5|5.7|13.3|28.2|92.6;"
    "25Q525|Townsend Harris High School|680|640|661|1126|21.3|5.2|12.0|57.2|96.6;"
    "13K430|Brooklyn Technical High School|682|608|620|5447|20.4|13.0|8.0|58.1|92.6;"
    "02M416|Eleanor Roosevelt High School|641|617|631|521|64.7|3.1|9.4|19.8|91.0;"
    "01M696|Bard High School Early College|634|641|639|557|37.9|10.6|12.2|39.0|95.0;"
    "02M411|Baruch College Campus High School|633|594|604|450|17.8|6.4|13.3|59.6|89.4;"
    "03M479|Beacon High School|612|636|617|1271|47.4|14.6|22.6|11.8|89.9;"
    "22K535|Leon M. Goldstein High School for the Sciences|592|550|551|1046|48.6|13.0|7.2|30.0|85.5"
)
# the other Staten Island schools: School ID|School Name|enrollment
_SAT_ISLAND = _fields(
    "31R455|Tottenville High School|3888;31R440|New Dorp High School|2617;31R450|Curtis High School|2430;"
    "31R460|Susan E. Wagner High School|3219;31R445|Port Richmond High School|1852;"
    "31R064|Gaynor McCown Expeditionary Learning School|538;31R080|Michael J. Petrides School|1276;"
    "31R047|CSI High School for International Studies|498;31R600|Ralph R. McKee Career and Technical Education High "
    "School|412"
)
_SAT_SUBJECTS = _split(
    "Law and Justice;Health Professions;Arts and Technology;Global Studies;Media Studies;Environmental Science;"
    "Civic Leadership;Careers in Sports;Math, Science and Engineering;Hospitality and Tourism;Public Service;"
    "Architecture and Design;Language and Diplomacy;Teaching;Community Research and Learning;Medical Science;"
    "Music and Art;Business and Finance;Computer Science;Aviation;Social Justice;Green Careers;Writing and Literature"
)
_SAT_PEOPLE = _split(
    "Frederick Douglass;Thurgood Marshall;Fiorello H. LaGuardia;Abraham Lincoln;John Dewey;Franklin D. Roosevelt;"
    "Martin Luther King Jr.;Walt Whitman;Langston Hughes;Paul Robeson;DeWitt Clinton;James Madison;Benjamin Banneker;"
    "Clara Barton;Edward R. Murrow;Fannie Lou Hamer;Grace Dodge;Samuel Gompers;Harry S. Truman;Herbert H. Lehman"
)
_SAT_STREETS = _split(
    "Broadway;Amsterdam Avenue;East 167th Street;Grand Concourse;Flatbush Avenue;Atlantic Avenue;Fulton Street;"
    "Jamaica Avenue;Northern Boulevard;Linden Place;Hillside Avenue;West 18th Street;Richmond Terrace;Fifth Avenue;"
    "Dekalb Avenue;Bedford Avenue;East Tremont Avenue;Sedgwick Avenue;Queens Boulevard;Victory Boulevard"
)
_SAT_GROUPS = ("White", "Black", "Hispanic", "Asian")
_SAT_STARTS = "8:00 AM:40;8:30 AM:15;8:15 AM:15;8:45 AM:6;8:20 AM:6;7:45 AM:6;8:10 AM:4;9:00 AM:4;8:05 AM:4"
_SAT_ENDS = "3:00 PM:25;2:45 PM:15;3:30 PM:12;3:15 PM:12;3:10 PM:8;2:50 PM:8;3:20 PM:8;4:00 PM:6;3:45 PM:6"


def _sat_name(borough: str, places: list[str]) -> Callable[[np.random.Generator], str]:
    def make(rng: np.random.Generator) -> str:
        subject, place = str(_one(rng, _SAT_SUBJECTS)), str(_one(rng, places))
        pattern = int(_one(rng, range(7), [5, 4, 3, 3, 2, 2, 2]))
        return [
            f"High School for {subject}",
            f"{place} Academy for {subject}",
            f"{_one(rng, _SAT_PEOPLE)} High School",
            f"Urban Assembly School for {subject}",
            f"{place} Preparatory High School",
            f"International High School at {place}",
            f"{borough} School for {subject}",
        ][pattern]

    return make


def _sat_places(borough: str) -> list[str]:
    table = {
        "Manhattan": "Harlem;Chelsea;Washington Heights;Lower East Side;Gramercy;Inwood;Union Square;Manhattan",
        "Bronx": "Bronx;Fordham;Morris;Hunts Point;Soundview;Kingsbridge;Mott Haven;Riverdale;Pelham",
        "Brooklyn": "Brooklyn;Bushwick;Flatbush;Williamsburg;Canarsie;East New York;Crown Heights;Sunset Park",
        "Queens": "Queens;Jamaica;Flushing;Long Island City;Astoria;Bayside;Far Rockaway;Forest Hills;Elmhurst",
        "Staten Island": "Staten Island",
    }
    return _split(table[borough])


def _sat_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7607)
    known = {line[0]: line for line in _SAT_KNOWN}
    island = {line[0]: line for line in _SAT_ISLAND}
    used_ids = set(known) | set(island)
    used_names = {line[1] for line in (*_SAT_KNOWN, *_SAT_ISLAND)}
    rows: list[dict[str, Any]] = []
    for borough, (n, letter, districts, area, (lat, lon), zips, cities, mix, math0) in _SAT_BOROUGHS.items():
        ids = [i for i in known if i[2] == letter] + [i for i in island if i[2] == letter]
        while len(ids) < n:
            sid = f"{int(_one(rng, _split(districts))):02d}{letter}{int(rng.integers(100, 700)):03d}"
            if sid not in used_ids:
                used_ids.add(sid)
                ids.append(sid)
        alpha = np.array([float(x) for x in mix.split(";")])
        for sid in ids:
            shares = rng.dirichlet(alpha / alpha.sum() * 6) * rng.uniform(96, 99.5)
            enrollment = float(round(rng.lognormal(np.log(450), 0.55)))
            if sid in known:
                line = known[sid]
                name = line[1]
                scores: list[float | None] = [float(x) for x in line[2:5]]
                enrollment = float(line[5])
                shares = np.array([float(x) for x in line[6:10]])
                tested: float | None = float(line[10])
            else:
                if sid in island:
                    name, enrollment = island[sid][1], float(island[sid][2])
                else:
                    name = _unique(rng, _sat_name(borough, _sat_places(borough)), used_names)
                asian_gap = shares[3] - alpha[3] / alpha.sum() * 100
                math = math0 + 1.5 * asian_gap + 0.5 * (shares[0] - alpha[0]) + 40 * float(rng.gamma(1.3, 0.6))
                math = max(317.0, round(math - 30 + rng.normal(0, 22)))
                reading = max(302.0, round(0.55 * math + 185 + rng.normal(0, 17)))
                writing = max(284.0, round(reading - 7 + rng.normal(0, 12)))
                scores = [math, reading, writing]
                tested = round(float(np.clip(rng.normal(64, 17), 18, 100)), 1)
                if rng.random() < 0.15 and sid not in island:
                    scores, tested = [None, None, None], None
            rows.append(
                {
                    "School ID": sid,
                    "School Name": name,
                    "Borough": borough,
                    "Building Code": f"{letter}{int(rng.integers(100, 1000)):03d}",
                    "Street Address": f"{int(rng.integers(1, 2900))} {_one(rng, _SAT_STREETS)}",
                    "City": str(_one(rng, _split(cities))),
                    "State": "NY",
                    "Zip Code": int(_one(rng, _split(zips))),
                    "Latitude": round(lat + float(rng.normal(0, 0.025)), 5),
                    "Longitude": round(lon + float(rng.normal(0, 0.025)), 5),
                    "Phone Number": f"{area}-{int(rng.integers(200, 1000))}-{int(rng.integers(0, 10000)):04d}",
                    "Start Time": _draw(rng, _SAT_STARTS) if rng.random() > 0.01 else None,
                    "End Time": _draw(rng, _SAT_ENDS) if rng.random() > 0.01 else None,
                    "Student Enrollment": enrollment,
                    **{f"Percent {who}": f"{float(v):.1f}%" for who, v in zip(_SAT_GROUPS, shares, strict=True)},
                    _SAT_MATH: scores[0],
                    _SAT_READING: scores[1],
                    _SAT_WRITING: scores[2],
                    "Percent Tested": None if tested is None else f"{tested:.1f}%",
                }
            )
    frame = pd.DataFrame(rows)[_SAT_COLUMNS]
    order = list(_SAT_BOROUGHS)
    frame = frame.assign(_b=frame["Borough"].map(order.index), _r=rng.random(len(frame)))
    frame = frame.sort_values(["_b", "_r"], kind="stable").drop(columns=["_b", "_r"]).reset_index(drop=True)
    blank = rng.choice(np.flatnonzero(frame[_SAT_MATH].isna()), 7, replace=False)
    frame.loc[blank, ["Student Enrollment", *(f"Percent {who}" for who in _SAT_GROUPS)]] = None
    return frame


def _sat_borough_means(d: pd.DataFrame) -> list[float]:
    return [float(x) for x in d.groupby(_text(d["Borough"]))[_SAT_MATH].mean()]


def _sat_top_school(d: pd.DataFrame) -> str:
    total = d[_SAT_MATH] + d[_SAT_READING] + d[_SAT_WRITING]
    return str(_text(d["School Name"])[total.idxmax()])


def _sat_median_in(borough: str | None) -> Callable[[pd.DataFrame], float]:
    def median(d: pd.DataFrame) -> float:
        rows = d if borough is None else d[_text(d["Borough"]) == borough]
        return float(rows["Student Enrollment"].median())

    return median


_SAT_ID = ("School ID", "School Name")
_SAT_SCORES = (_SAT_MATH, _SAT_READING, _SAT_WRITING)
_SAT_QS = [
    Q(
        "average SAT math score by borough",
        _about(_sat_borough_means),
        (*_SAT_ID, "Borough", _SAT_MATH),
    ),
    Q(
        "which school has the highest total sat score (math + reading + writing)?",
        _lead(_named(_sat_top_school)),
        (*_SAT_ID, *_SAT_SCORES),
    ),
    Q(
        "how many schools didnt report sat scores",
        _count(lambda d: float(d[_SAT_MATH].isna().sum())),
        (*_SAT_ID, *_SAT_SCORES, "Percent Tested"),
    ),
    Q(
        "is the % of asian students correlated with the math score?",
        _corr(lambda d: _number(d["Percent Asian"]), lambda d: d[_SAT_MATH]),
        (*_SAT_ID, "Percent Asian", _SAT_MATH),
    ),
    Q(
        "whats the median student enrollment",
        _about(_sat_median_in(None)),
        (*_SAT_ID, "Student Enrollment"),
    ),
    Q(
        "and for staten island only?",
        _about(_sat_median_in("Staten Island")),
        (*_SAT_ID, "Student Enrollment", "Borough"),
    ),
]


HELDOUT76: list[Dataset] = [
    Dataset("facebook_ad_conversions", _facebook_frame, _FACEBOOK_QS),
    Dataset("marketing_ab_test", _ab_frame, _AB_QS),
    Dataset("chronic_kidney_disease", _kidney_frame, _KIDNEY_QS),
    Dataset("rainfall_in_india", _rainfall_frame, _RAINFALL_QS),
    Dataset("tech_layoffs", _layoffs_frame, _LAYOFFS_QS),
    Dataset("simpsons_episodes", _simpsons_frame, _SIMPSONS_QS),
    Dataset("nyc_sat_scores", _sat_frame, _SAT_QS),
]
