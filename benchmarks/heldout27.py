"""HELDOUT27: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of well-known public datasets: Kaggle's Data Science Salaries ds_salaries.csv
for 2020-2023 with its EN/MI/SE/EX experience codes, S/M/L company sizes, 0/50/100 remote ratios and local-currency
salary beside salary_in_usd; the UCI Bank Marketing bank-full.csv with its "admin." and "unknown" job codes,
lowercase months without a year, call durations in seconds and pdays of -1 for clients never contacted before;
Kaggle's Craigslist used-car listings vehicles.csv with its $0 and absurd prices, lowercase makes and states,
"6 cylinders" strings, many blank conditions, an empty county column and ISO posting dates with an offset; Jeff
Sackmann's ATP match results for a season with its yyyymmdd tourney_date integers, G/M/A level codes, "7-6(4)",
"RET" and "W/O" scores, blank heights, ranks and minutes and its w_/l_ serve statistics; the UCI Online Shoppers
Purchasing Intention file with its "June" among three-letter months, TRUE/FALSE Weekend and Revenue and durations in
seconds; the City of Palo Alto's EV charging station usage export with its "h:mm:ss" duration strings, m/d/Y H:M
dates, PDT/PST zones and blank driver postal codes; the UCI Diabetes 130-US hospitals readmission file
(diabetic_data.csv) with "?" for missing, "[70-80)" age bands, twenty-three medication columns and NO/>30/<30
readmission codes. All are generated with a fixed seed.
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
    """Every value appears to within 1%, or rounded to one decimal (a mean of 3.23 minutes read as 3.2)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        found = [float(t.replace(",", "")) for t in re.findall(r"-?\d[\d,]*(?:\.\d+)?|-?\.\d+", answer)]
        for w in np.atleast_1d(values(df)):
            want = float(w)
            if not any(abs(f - want) <= max(0.01 * abs(want), 0.05) for f in found):
                return f"missing number {want:.4g}"
        return None

    return check


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", text.lower())


def _loose_labels(values: Callable[[pd.DataFrame], list[str]]) -> Check:
    """Every label appears, ignoring case, spaces and punctuation ("InternalMedicine" as "Internal Medicine")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        flat = _squash(answer)
        for label in values(df):
            if _squash(label) not in flat:
                return f"missing label {label!r}"
        return None

    return check


def _month_word(month: int) -> str:
    stamp = pd.Timestamp(2000, month, 1)
    return rf"\b(?:{stamp:%B}|{stamp:%b})\b"


def _month_name(month: Callable[[pd.DataFrame], int]) -> Check:
    """A calendar month, as "November" or "Nov"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        m = int(month(df))
        return None if re.search(_month_word(m), answer, re.IGNORECASE) else f"missing month {m}"

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


def _code_or_word(code: Callable[[pd.DataFrame], str], legend: dict[str, str], any_case: bool = False) -> Check:
    """A coded value, named by its meaning ("medium") or by its code standing alone ("M", 'M')."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        c = code(df)
        word = legend.get(c, c)
        if re.search(rf"\b{re.escape(word)}\b", answer, re.IGNORECASE):
            return None
        flags = re.IGNORECASE if any_case else 0
        if re.search(rf"(?<![A-Za-z0-9\-]){re.escape(c)}(?![A-Za-z0-9\-])", answer, flags):
            return None
        return f"missing {word!r}"

    return check


def _truthy(s: pd.Series) -> pd.Series:
    """A TRUE/FALSE column, whether read as text or as booleans."""
    return s.astype(str).str.strip().str.upper() == "TRUE"


def _split(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


# --- 1. Data Science Salaries 2023 (Kaggle, ds_salaries.csv) -------------------------------------------------------

_DSS_TITLES = {  # title: (weight, pay multiplier)
    "Data Engineer": (1040, 1.0),
    "Data Scientist": (840, 1.04),
    "Data Analyst": (612, 0.7),
    "Machine Learning Engineer": (289, 1.15),
    "Analytics Engineer": (140, 1.0),
    "Data Architect": (92, 1.15),
    "Research Scientist": (82, 1.2),
    "Applied Scientist": (58, 1.3),
    "Data Science Manager": (58, 1.2),
    "Research Engineer": (37, 1.15),
    "ML Engineer": (34, 1.1),
    "Data Manager": (29, 0.75),
    "Machine Learning Scientist": (26, 1.2),
    "Data Science Consultant": (24, 0.75),
    "Data Analytics Manager": (22, 1.0),
    "Computer Vision Engineer": (18, 1.0),
    "AI Scientist": (16, 0.9),
    "BI Data Analyst": (15, 0.6),
    "Business Data Analyst": (15, 0.6),
    "Data Specialist": (14, 0.9),
    "BI Developer": (13, 0.9),
    "Head of Data": (12, 1.3),
    "Big Data Engineer": (8, 0.6),
    "Director of Data Science": (7, 1.4),
    "Principal Data Scientist": (7, 1.4),
}
_DSS_YEARS = {  # year: (weight, pay index, share living in the US)
    2020: (76, 0.86, 0.4),
    2021: (230, 0.88, 0.5),
    2022: (1664, 0.95, 0.82),
    2023: (1785, 1.0, 0.88),
}
_DSS_LEVELS = {"EN": 92000.0, "MI": 118000.0, "SE": 158000.0, "EX": 196000.0}
_DSS_ABROAD = {  # residence: (weight, pay multiplier vs the US, currency, units per USD)
    "GB": (167, 0.58, "GBP", 0.8),
    "CA": (85, 0.8, "CAD", 1.33),
    "ES": (80, 0.38, "EUR", 0.93),
    "IN": (71, 0.22, "INR", 80.0),
    "DE": (48, 0.62, "EUR", 0.93),
    "FR": (38, 0.5, "EUR", 0.93),
    "PT": (18, 0.35, "EUR", 0.93),
    "BR": (18, 0.28, "BRL", 5.1),
    "NL": (15, 0.55, "EUR", 0.93),
    "AU": (12, 0.72, "AUD", 1.45),
    "MX": (10, 0.3, "USD", 1.0),
    "PK": (8, 0.15, "USD", 1.0),
    "JP": (7, 0.55, "JPY", 130.0),
    "NG": (6, 0.2, "USD", 1.0),
}


def _dss_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2701)
    n = 2400
    titles = list(_DSS_TITLES)
    years = list(_DSS_YEARS)
    abroad = list(_DSS_ABROAD)
    rows = []
    for _ in range(n):
        year = int(_one(rng, years, [v[0] for v in _DSS_YEARS.values()]))
        _w, index, p_us = _DSS_YEARS[year]
        early = year < 2022
        level = str(_one(rng, list(_DSS_LEVELS), [14, 32, 50, 4] if early else [8, 20, 69, 3]))
        title = str(_one(rng, titles, [v[0] for v in _DSS_TITLES.values()]))
        if level == "EX" and rng.random() < 0.5:
            title = str(_one(rng, ["Head of Data", "Director of Data Science", "Data Science Manager"]))
        home = "US" if rng.random() < p_us else str(_one(rng, abroad, [v[0] for v in _DSS_ABROAD.values()]))
        size = str(_one(rng, ["M", "L", "S"], [55, 32, 13] if early else [88, 9, 3]))
        size_pay = {"M": 1.0, "L": 0.88, "S": 0.66}[size]
        usd = (
            _DSS_LEVELS[level]
            * index
            * _DSS_TITLES[title][1]
            * size_pay
            * float(rng.lognormal(0, 0.5 if level == "EX" else 0.28))
        )
        currency, per_usd = "USD", 1.0
        if home != "US":
            _w2, mult, cur, rate = _DSS_ABROAD[home]
            usd *= mult
            if rng.random() < 0.72:
                currency, per_usd = cur, rate
        usd = max(5000.0, usd)
        salary = round(usd * per_usd / 1000) * 1000 if rng.random() < 0.7 else round(usd * per_usd)
        emp = str(_one(rng, ["FT", "PT", "CT", "FL"], [990, 4, 3, 3]))
        if emp != "FT":
            salary = round(salary * 0.5)
        in_usd = round(salary / per_usd)
        remote = int(_one(rng, [0, 50, 100], [20, 35, 45] if early else [52, 3, 45]))
        company = home if rng.random() < 0.95 else "US"
        rows.append(
            {
                "work_year": year,
                "experience_level": level,
                "employment_type": emp,
                "job_title": title,
                "salary": salary,
                "salary_currency": currency,
                "salary_in_usd": in_usd,
                "employee_residence": home,
                "remote_ratio": remote,
                "company_location": company,
                "company_size": size,
            }
        )
    df = pd.DataFrame(rows)
    return df.sort_values("work_year", ascending=False, kind="stable", ignore_index=True)


def _dss_median(level: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(d.loc[d["experience_level"] == level, "salary_in_usd"].median())


def _dss_by_year(d: pd.DataFrame) -> pd.Series:
    return d["salary_in_usd"].groupby(d["work_year"]).mean().sort_values(ascending=False)


def _dss_by_size(d: pd.DataFrame) -> pd.Series:
    return d["salary_in_usd"].groupby(d["company_size"]).mean().sort_values(ascending=False)


_SIZE_WORDS = {"S": "small", "M": "medium", "L": "large"}

_DSS_QS = [
    Q(
        "whats the median salary in usd for senior level vs entry level?",
        has(_dss_median("SE"), _dss_median("EN")),
        ("salary_in_usd", "experience_level"),
    ),
    Q(
        "and for execs?",
        has(_dss_median("EX")),
        ("salary_in_usd", "experience_level"),
    ),
    Q(
        "plot avg salary (usd) by work year - which year was highest and what was it",
        both(_year_word(lambda d: int(_dss_by_year(d).index[0])), has(lambda d: float(_dss_by_year(d).iloc[0]))),
        ("salary_in_usd", "work_year"),
    ),
    Q(
        "what % of the jobs are fully remote",
        _share(lambda d: float((d["remote_ratio"] == 100).mean())),
        ("remote_ratio",),
    ),
    Q(
        "which company size pays best on average?",
        both(
            _code_or_word(lambda d: str(_dss_by_size(d).index[0]), _SIZE_WORDS),
            has(lambda d: float(_dss_by_size(d).iloc[0]), rel=0.01),
        ),
        ("company_size", "salary_in_usd"),
    ),
    Q(
        "top 5 most common job titles?",
        _labels(lambda d: list(d["job_title"].value_counts().index[:5])),
        ("job_title",),
    ),
]


# --- 2. UCI Bank Marketing (bank-full.csv) -------------------------------------------------------------------------

_BANK_JOBS = {  # job: (weight, effect on signing up, P(housing loan), mean age)
    "blue-collar": (9732, -0.45, 0.72, 40),
    "management": (9458, 0.2, 0.5, 40),
    "technician": (7597, 0.0, 0.54, 39),
    "admin.": (5171, 0.1, 0.6, 39),
    "services": (4154, -0.25, 0.66, 38),
    "retired": (2264, 0.85, 0.22, 61),
    "self-employed": (1579, 0.05, 0.48, 40),
    "entrepreneur": (1487, -0.3, 0.59, 42),
    "unemployed": (1303, 0.4, 0.36, 40),
    "housemaid": (1240, -0.25, 0.32, 46),
    "student": (938, 1.2, 0.08, 26),
    "unknown": (288, 0.05, 0.1, 47),
}
_BANK_MONTHS = {  # month: (weight, effect on signing up)
    "may": (13766, -0.5),
    "jul": (6895, -0.2),
    "aug": (6247, -0.05),
    "jun": (5341, -0.1),
    "nov": (3970, -0.05),
    "apr": (2932, 0.45),
    "feb": (2649, 0.35),
    "jan": (1403, -0.05),
    "oct": (738, 1.6),
    "sep": (579, 1.65),
    "mar": (477, 1.9),
    "dec": (214, 1.7),
}
_BANK_MONTH_NO = {m: i + 1 for i, m in enumerate(_split("jan feb mar apr may jun jul aug sep oct nov dec"))}


def _bank_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2702)
    n = 2800
    jobs = list(_BANK_JOBS)
    months = list(_BANK_MONTHS)
    rows = []
    for _ in range(n):
        job = str(_one(rng, jobs, [v[0] for v in _BANK_JOBS.values()]))
        _w, job_effect, p_housing, mean_age = _BANK_JOBS[job]
        age = int(np.clip(rng.normal(mean_age, 4 if job == "student" else 9), 18, 95))
        marital = str(_one(rng, ["married", "single", "divorced"], [20, 75, 5] if age < 30 else [64, 22, 14]))
        if job in ("management", "self-employed"):
            education = str(_one(rng, ["tertiary", "secondary", "primary", "unknown"], [78, 17, 2, 3]))
        elif job in ("blue-collar", "housemaid"):
            education = str(_one(rng, ["primary", "secondary", "tertiary", "unknown"], [40, 52, 3, 5]))
        else:
            education = str(_one(rng, ["secondary", "tertiary", "primary", "unknown"], [70, 18, 8, 4]))
        u = rng.random()
        balance = (
            -int(rng.lognormal(5.2, 1.0))
            if u < 0.08
            else 0
            if u < 0.16
            else int(rng.lognormal(6.5, 1.35) * (1.6 if job == "retired" else 1.0))
        )
        housing = rng.random() < p_housing
        loan = rng.random() < 0.16
        month = str(_one(rng, months, [v[0] for v in _BANK_MONTHS.values()]))
        month_no = _BANK_MONTH_NO[month]
        day = int(rng.integers(1, pd.Timestamp(2009, month_no, 1).days_in_month + 1))
        contact = (
            "unknown"
            if month in ("may", "jun") and rng.random() < 0.62
            else str(_one(rng, ["cellular", "telephone", "unknown"], [86, 8, 6]))
        )
        before = rng.random() < 0.18
        outcome = str(_one(rng, ["failure", "other", "success"], [60, 22, 18])) if before else "unknown"
        logit = (
            -1.75
            + job_effect
            + _BANK_MONTHS[month][1]
            - 0.55 * housing
            - 0.4 * loan
            - 0.9 * (contact == "unknown")
            + (2.3 if outcome == "success" else 0.3 if before else 0.0)
        )
        yes = rng.random() < 1 / (1 + np.exp(-logit))
        duration = int(rng.lognormal(6.05, 0.6) if yes else rng.lognormal(5.1, 0.75))
        rows.append(
            {
                "age": age,
                "job": job,
                "marital": marital,
                "education": education,
                "default": "yes" if rng.random() < 0.018 else "no",
                "balance": balance,
                "housing": "yes" if housing else "no",
                "loan": "yes" if loan else "no",
                "contact": contact,
                "day": day,
                "month": month,
                "duration": duration,
                "campaign": int(rng.geometric(0.45)) + (int(rng.integers(1, 6)) if rng.random() < 0.2 else 0),
                "pdays": int(rng.integers(1, 400)) if before else -1,
                "previous": int(1 + rng.poisson(1.6)) if before else 0,
                "poutcome": outcome,
                "y": "yes" if yes else "no",
            }
        )
    return pd.DataFrame(rows)


def _signed(d: pd.DataFrame) -> pd.Series:
    return d["y"] == "yes"


def _bank_jobs(d: pd.DataFrame) -> pd.Series:
    return _signed(d).groupby(d["job"]).mean().sort_values(ascending=False)


def _bank_top_month(d: pd.DataFrame) -> str:
    return str(d["month"].value_counts().index[0])


_BANK_QS = [
    Q(
        "what % of clients subscribed to a term deposit?",
        _share(lambda d: float(_signed(d).mean())),
        ("y",),
    ),
    Q(
        "which job type has the highest subscription rate?",
        both(label_of(lambda d: str(_bank_jobs(d).index[0])), _share(lambda d: float(_bank_jobs(d).iloc[0]))),
        ("job", "y"),
    ),
    Q(
        "avg call duration in minutes for ppl who said yes vs no",
        _about(lambda d: np.asarray(d["duration"].groupby(d["y"]).mean().reindex(["yes", "no"]) / 60, dtype=float)),
        ("duration", "y"),
    ),
    Q(
        "how many clients had never been contacted in a previous campaign?",
        has(lambda d: float((d["pdays"] == -1).sum())),
        ("pdays", "previous", "poutcome"),
    ),
    Q(
        "does having a housing loan make a difference to whether they sign up? % for both pls",
        _shares(lambda d: np.asarray(_signed(d).groupby(d["housing"]).mean().reindex(["yes", "no"]), dtype=float)),
        ("housing", "y"),
    ),
    Q(
        "which month were the most clients contacted in, and what was the sign-up rate that month?",
        both(
            _month_name(lambda d: _BANK_MONTH_NO[_bank_top_month(d)]),
            has(lambda d: float((d["month"] == _bank_top_month(d)).sum())),
            _share(lambda d: float(_signed(d)[d["month"] == _bank_top_month(d)].mean())),
        ),
        ("month", "y", "day"),
    ),
]


# --- 3. Craigslist used cars (Kaggle, vehicles.csv, Austin Reese) --------------------------------------------------

_CL_REGIONS = [  # region, subdomain, state, weight, lat, lon, UTC offset
    ("sf bay area", "sfbay", "ca", 6, 37.77, -122.42, "-0700"),
    ("los angeles", "losangeles", "ca", 5, 34.05, -118.24, "-0700"),
    ("san diego", "sandiego", "ca", 3, 32.72, -117.16, "-0700"),
    ("sacramento", "sacramento", "ca", 2.5, 38.58, -121.49, "-0700"),
    ("seattle-tacoma", "seattle", "wa", 4, 47.61, -122.33, "-0700"),
    ("spokane / coeur d'alene", "spokane", "wa", 1.5, 47.66, -117.43, "-0700"),
    ("portland", "portland", "or", 3.5, 45.52, -122.68, "-0700"),
    ("boise", "boise", "id", 1.5, 43.61, -116.2, "-0600"),
    ("denver", "denver", "co", 3, 39.74, -104.98, "-0600"),
    ("phoenix", "phoenix", "az", 3, 33.45, -112.07, "-0700"),
    ("austin", "austin", "tx", 2.5, 30.27, -97.74, "-0500"),
    ("houston", "houston", "tx", 3, 29.76, -95.37, "-0500"),
    ("dallas / fort worth", "dallas", "tx", 3, 32.78, -96.8, "-0500"),
    ("omaha / council bluffs", "omaha", "ne", 1.2, 41.26, -95.94, "-0500"),
    ("minneapolis / st paul", "minneapolis", "mn", 2.5, 44.98, -93.27, "-0500"),
    ("chicago", "chicago", "il", 3, 41.88, -87.63, "-0500"),
    ("detroit metro", "detroit", "mi", 2, 42.33, -83.05, "-0400"),
    ("columbus", "columbus", "oh", 2.5, 39.96, -83.0, "-0400"),
    ("nashville", "nashville", "tn", 2, 36.16, -86.78, "-0500"),
    ("atlanta", "atlanta", "ga", 2.5, 33.75, -84.39, "-0400"),
    ("orlando", "orlando", "fl", 3, 28.54, -81.38, "-0400"),
    ("tampa bay area", "tampa", "fl", 3, 27.95, -82.46, "-0400"),
    ("boston", "boston", "ma", 2, 42.36, -71.06, "-0400"),
    ("new york city", "newyork", "ny", 2.5, 40.71, -74.01, "-0400"),
]
_CL_MAKES: dict[str, tuple[float, float, list[tuple[str, str]]]] = {  # make: (weight, price factor, models)
    "ford": (
        17,
        1.0,
        [
            ("f-150", "pickup"),
            ("escape", "SUV"),
            ("focus", "sedan"),
            ("mustang", "coupe"),
            ("explorer", "SUV"),
            ("f-250 super duty", "truck"),
            ("fusion", "sedan"),
            ("transit", "van"),
        ],
    ),
    "chevrolet": (
        13,
        1.0,
        [
            ("silverado 1500", "pickup"),
            ("equinox", "SUV"),
            ("malibu", "sedan"),
            ("tahoe", "SUV"),
            ("camaro", "coupe"),
            ("impala", "sedan"),
            ("colorado", "pickup"),
        ],
    ),
    "toyota": (
        8.5,
        1.1,
        [
            ("camry", "sedan"),
            ("corolla", "sedan"),
            ("tacoma", "pickup"),
            ("rav4", "SUV"),
            ("tundra", "pickup"),
            ("prius", "hatchback"),
            ("4runner", "SUV"),
            ("sienna", "mini-van"),
        ],
    ),
    "honda": (
        5.2,
        1.0,
        [("civic", "sedan"), ("accord", "sedan"), ("cr-v", "SUV"), ("odyssey", "mini-van"), ("pilot", "SUV")],
    ),
    "nissan": (4.6, 0.85, [("altima", "sedan"), ("rogue", "SUV"), ("sentra", "sedan"), ("frontier", "pickup")]),
    "jeep": (4.6, 1.05, [("wrangler", "SUV"), ("grand cherokee", "SUV"), ("cherokee", "SUV")]),
    "ram": (4.4, 1.3, [("1500", "pickup"), ("2500", "truck")]),
    "gmc": (4.0, 1.25, [("sierra 1500", "pickup"), ("acadia", "SUV"), ("yukon", "SUV")]),
    "bmw": (3.5, 1.1, [("3 series", "sedan"), ("x5", "SUV"), ("5 series", "sedan")]),
    "dodge": (3.3, 0.9, [("charger", "sedan"), ("grand caravan", "mini-van"), ("durango", "SUV")]),
    "mercedes-benz": (3.0, 1.15, [("c-class c300", "sedan"), ("e-class e350", "sedan"), ("gle 350", "SUV")]),
    "hyundai": (2.6, 0.8, [("elantra", "sedan"), ("sonata", "sedan"), ("santa fe", "SUV")]),
    "subaru": (2.3, 0.95, [("outback", "wagon"), ("forester", "SUV"), ("impreza", "hatchback")]),
    "volkswagen": (2.3, 0.85, [("jetta", "sedan"), ("passat", "sedan"), ("golf", "hatchback")]),
    "kia": (2.1, 0.8, [("optima", "sedan"), ("sorento", "SUV"), ("soul", "hatchback")]),
    "lexus": (1.9, 1.25, [("rx 350", "SUV"), ("es 350", "sedan")]),
    "audi": (1.8, 1.1, [("a4", "sedan"), ("q5", "SUV")]),
    "cadillac": (1.6, 1.1, [("escalade", "SUV"), ("cts", "sedan")]),
    "mazda": (1.4, 0.85, [("mazda3", "sedan"), ("cx-5", "SUV")]),
    "chrysler": (1.4, 0.75, [("300", "sedan"), ("town & country", "mini-van")]),
    "tesla": (0.4, 2.0, [("model 3", "sedan"), ("model s", "sedan")]),
}
_CL_BASE = {  # body type: price when new, USD
    "pickup": 42000,
    "truck": 52000,
    "SUV": 36000,
    "sedan": 26000,
    "coupe": 32000,
    "hatchback": 23000,
    "van": 38000,
    "mini-van": 32000,
    "wagon": 28000,
}
_CL_MILES = {"pickup": 14500, "truck": 15500, "SUV": 12500, "sedan": 11200, "mini-van": 12500, "van": 16000}
_CL_COLORS = ["white", "black", "silver", "grey", "blue", "red", "green", "brown", "custom", "yellow", "orange"]
_CL_BLURBS = ["clean title", "runs great", "must see", "one owner", "financing available"]
_CL_VIN = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"


def _vehicles_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2703)
    n = 2900
    makes = list(_CL_MAKES)
    start = pd.Timestamp("2021-04-04")
    rows = []
    for _ in range(n):
        region, sub, state, _w, lat, lon, offset = _one(rng, _CL_REGIONS, [r[3] for r in _CL_REGIONS])
        make = str(_one(rng, makes, [v[0] for v in _CL_MAKES.values()]))
        _mw, factor, models = _CL_MAKES[make]
        model, kind = _one(rng, models)
        u = rng.random()
        year = (
            int(rng.integers(1955, 2000)) if u < 0.06 else int(np.clip(round(2021 - rng.gamma(2.6, 3.0)), 2000, 2021))
        )
        age = max(0.3, 2021.5 - year)
        miles = _CL_MILES.get(kind, 11500) * age * float(rng.lognormal(0, 0.35))
        if year < 2000:
            miles = float(rng.uniform(20000, 250000))
        odometer: float | None = round(min(miles, 480000.0)) if rng.random() > 0.012 else None
        value = 1.35 * _CL_BASE[kind] * factor * 0.86**age * float(rng.lognormal(0, 0.25))
        value = max(value, float(rng.uniform(1500, 4500)))
        if year < 1980 and rng.random() < 0.5:
            value *= 3
        u = rng.random()
        if u < 0.075:
            price = 0
        elif u < 0.085:
            price = int(_one(rng, [1, 1, 100, 500, 999]))
        elif u < 0.088:
            price = int(_one(rng, [1234567, 99999999, 3736928711, 123456789]))
        else:
            price = int(round(value / 100) * 100 - (1 if rng.random() < 0.3 else 0))
        fuel: str | None = "electric" if make == "tesla" else "hybrid" if model == "prius" else "gas"
        if kind in ("pickup", "truck") and rng.random() < 0.22:
            fuel = "diesel"
        if rng.random() < 0.06:
            fuel = "other"
        if rng.random() < 0.007:
            fuel = None
        cyl = {"pickup": "8 cylinders", "truck": "8 cylinders", "SUV": "6 cylinders", "van": "6 cylinders"}.get(
            kind, "4 cylinders"
        )
        if rng.random() < 0.25:
            cyl = str(_one(rng, ["4 cylinders", "6 cylinders", "8 cylinders", "5 cylinders", "other"], [4, 4, 3, 1, 1]))
        drive = (
            str(_one(rng, ["4wd", "rwd"], [80, 20]))
            if kind in ("pickup", "truck", "SUV")
            else str(_one(rng, ["fwd", "rwd", "4wd"], [70, 20, 10]))
        )
        title = str(
            _one(rng, ["clean", "rebuilt", "salvage", "lien", "missing", "parts only"], [950, 17, 9, 4, 1, 0.5])
        )
        condition = str(
            _one(rng, ["good", "excellent", "like new", "fair", "new", "salvage"], [29, 24, 5, 1.6, 0.3, 0.3])
        )
        posted = start + pd.Timedelta(seconds=int(rng.integers(0, 31 * 86400)))
        slug = re.sub(r"[^a-z0-9]+", "-", f"{region.split()[0]} {year} {make} {model}").strip("-")
        rows.append(
            {
                "url": f"https://{sub}.craigslist.org/cto/d/{slug}",
                "region": region,
                "region_url": f"https://{sub}.craigslist.org",
                "price": price,
                "year": float(year) if rng.random() > 0.003 else None,
                "manufacturer": make if rng.random() > 0.04 else None,
                "model": model if rng.random() > 0.012 else None,
                "condition": condition if rng.random() > 0.41 else None,
                "cylinders": cyl if rng.random() > 0.42 else None,
                "fuel": fuel,
                "odometer": odometer,
                "title_status": title if rng.random() > 0.02 else None,
                "transmission": str(_one(rng, ["automatic", "other", "manual"], [79, 15, 6])),
                "VIN": "".join(_one(rng, _CL_VIN) for _ in range(17)) if rng.random() > 0.38 else None,
                "drive": drive if rng.random() > 0.31 else None,
                "size": str(_one(rng, ["full-size", "mid-size", "compact", "sub-compact"], [15, 8, 4, 1]))
                if rng.random() < 0.28
                else None,
                "type": kind if rng.random() > 0.22 else None,
                "paint_color": str(_one(rng, _CL_COLORS, [19, 15, 10, 9, 7, 7, 2, 1.5, 2, 0.5, 0.4]))
                if rng.random() > 0.3
                else None,
                "image_url": f"https://images.craigslist.org/00{_one(rng, list('ABCDEFGHIJ'))}0"
                f"{int(rng.integers(0, 10**9)):09d}_600x450.jpg",
                "description": f"{year} {make.title()} {model} - {_one(rng, _CL_BLURBS)}",
                "county": None,
                "state": state,
                "lat": round(lat + float(rng.normal(0, 0.2)), 6),
                "long": round(lon + float(rng.normal(0, 0.2)), 6),
                "posting_date": f"{posted:%Y-%m-%dT%H:%M:%S}{offset}",
                "_posted": posted,
            }
        )
    df = pd.DataFrame(rows).sort_values("_posted", kind="stable", ignore_index=True).drop(columns="_posted")
    ids = 7301583321 + np.cumsum(rng.integers(200, 2000, size=len(df)))
    df["url"] = [f"{u}/{i}.html" for u, i in zip(df["url"], ids, strict=True)]
    df.insert(0, "id", ids)
    df["county"] = np.nan
    return df


def _cl_top_make(d: pd.DataFrame) -> str:
    return str(d["manufacturer"].value_counts().index[0])


def _cl_median(make: bool, drop_zero: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        pool = d[d["manufacturer"] == _cl_top_make(d)] if make else d
        prices = pool["price"]
        return float((prices[prices > 0] if drop_zero else prices).median())

    return value


def _cl_clean(drop_blank: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        title = d["title_status"].dropna() if drop_blank else d["title_status"]
        return float((title == "clean").mean())

    return value


_VEHICLE_QS = [
    Q(
        "whats the median asking price?",
        either(has(_cl_median(False, False), rel=0.01), has(_cl_median(False, True), rel=0.01)),
        ("price",),
    ),
    Q(
        "which make has the most listings?",
        both(label_of(_cl_top_make), has(lambda d: float(d["manufacturer"].value_counts().iloc[0]))),
        ("manufacturer", "id"),
    ),
    Q(
        "whats the median price for those",
        either(has(_cl_median(True, False), rel=0.01), has(_cl_median(True, True), rel=0.01)),
        ("price", "manufacturer"),
    ),
    Q(
        "how many listings dont say what condition the car is in?",
        has(lambda d: float(d["condition"].isna().sum())),
        ("condition", "id"),
    ),
    Q(
        "avg mileage for pickups vs sedans",
        has(
            lambda d: np.asarray(d["odometer"].groupby(d["type"]).mean().reindex(["pickup", "sedan"]), dtype=float),
            rel=0.01,
        ),
        ("odometer", "type"),
    ),
    Q(
        "what % of the listings have a clean title",
        either(_share(_cl_clean(False)), _share(_cl_clean(True))),
        ("title_status",),
    ),
]


# --- 4. ATP tour match results (Jeff Sackmann's tennis_atp, atp_matches_2019.csv) ----------------------------------

_ATP_FIRST = _split(
    "Alejandro Andrea Benoit Borna Casper Cristian Daniel Denis Diego Dominik Egor Federico Felix Fernando Filip "
    "Frances Grigor Hubert Ilya Jan-Lennard Jordan Kamil Laslo Lorenzo Marco Marton Mikael Miomir Nikoloz Pablo "
    "Pedro Reilly Ricardas Roberto Salvatore Sebastian Soonwoo Steve Tallon Taro Thiago Tommy Ugo Yoshihito"
)
_ATP_LAST = _split(
    "Albot Andujar Bedene Berankis Bublik Carballes Caruso Cecchinato Coria Delbonis Donskoy Duckworth Dzumhur "
    "Evans Fritz Fucsovics Garin Gerasimov Giron Gojowsky Harris Herbert Humbert Istomin Ivashka Kecmanovic Klahn "
    "Kohlschreiber Krajinovic Kudla Lajovic Laaksonen Mager Majchrzak Mannarino Marterer Millman Moutet Munar Norrie "
    "Novak Opelka Paire Pella Polansky Popyrin Ramos Rublev Ruud Sandgren Seppi Sonego Sousa Struff Tiafoe Travaglia "
    "Ymer Zapata"
)
_ATP_IOC = {
    "USA": 14,
    "ESP": 12,
    "FRA": 12,
    "ITA": 10,
    "ARG": 9,
    "GER": 7,
    "AUS": 7,
    "SRB": 5,
    "RUS": 5,
    "GBR": 5,
    "JPN": 3,
    "CAN": 3,
    "CRO": 3,
    "BEL": 3,
    "SUI": 2,
    "AUT": 2,
    "CHI": 2,
    "KAZ": 2,
    "POL": 2,
    "NED": 2,
    "BRA": 2,
    "NOR": 1,
    "RSA": 1,
}
_ATP_SLAMS = [  # name, surface, date
    ("Australian Open", "Hard", 20190114),
    ("Roland Garros", "Clay", 20190527),
    ("Wimbledon", "Grass", 20190701),
    ("Us Open", "Hard", 20190826),
]
_ATP_MASTERS = [
    ("Indian Wells Masters", "Hard", 20190307),
    ("Miami Masters", "Hard", 20190320),
    ("Monte Carlo Masters", "Clay", 20190414),
    ("Madrid Masters", "Clay", 20190505),
    ("Rome Masters", "Clay", 20190512),
    ("Canada Masters", "Hard", 20190805),
    ("Cincinnati Masters", "Hard", 20190811),
    ("Shanghai Masters", "Hard", 20191006),
    ("Paris Masters", "Hard", 20191028),
]
_ATP_250 = [
    ("Brisbane", "Hard", 20181231),
    ("Doha", "Hard", 20181231),
    ("Pune", "Hard", 20181231),
    ("Auckland", "Hard", 20190107),
    ("Sydney", "Hard", 20190107),
    ("Cordoba", "Clay", 20190204),
    ("Montpellier", "Hard", 20190204),
    ("Sofia", "Hard", 20190204),
    ("New York", "Hard", 20190211),
    ("Buenos Aires", "Clay", 20190211),
    ("Rotterdam", "Hard", 20190211),
    ("Rio de Janeiro", "Clay", 20190218),
    ("Marseille", "Hard", 20190218),
    ("Delray Beach", "Hard", 20190218),
    ("Dubai", "Hard", 20190225),
    ("Acapulco", "Hard", 20190225),
    ("Sao Paulo", "Clay", 20190225),
    ("Houston", "Clay", 20190408),
    ("Marrakech", "Clay", 20190408),
    ("Barcelona", "Clay", 20190422),
    ("Budapest", "Clay", 20190422),
    ("Estoril", "Clay", 20190429),
    ("Munich", "Clay", 20190429),
    ("Geneva", "Clay", 20190519),
    ("Lyon", "Clay", 20190519),
    ("Stuttgart", "Grass", 20190610),
    ("s Hertogenbosch", "Grass", 20190610),
    ("Queen's Club", "Grass", 20190617),
    ("Halle", "Grass", 20190617),
    ("Eastbourne", "Grass", 20190623),
    ("Antalya", "Grass", 20190623),
    ("Hamburg", "Clay", 20190722),
    ("Bastad", "Clay", 20190715),
    ("Newport", "Grass", 20190715),
    ("Umag", "Clay", 20190715),
    ("Gstaad", "Clay", 20190722),
    ("Atlanta", "Hard", 20190722),
    ("Washington", "Hard", 20190729),
    ("Kitzbuhel", "Clay", 20190729),
    ("Los Cabos", "Hard", 20190729),
    ("Winston-Salem", "Hard", 20190818),
    ("St. Petersburg", "Hard", 20190916),
    ("Metz", "Hard", 20190916),
    ("Chengdu", "Hard", 20190923),
    ("Zhuhai", "Hard", 20190923),
    ("Beijing", "Hard", 20190930),
    ("Tokyo", "Hard", 20190930),
    ("Stockholm", "Hard", 20191014),
    ("Moscow", "Hard", 20191014),
    ("Antwerp", "Hard", 20191014),
    ("Vienna", "Hard", 20191021),
    ("Basel", "Hard", 20191021),
]
_ATP_IDS = {"Australian Open": 580, "Roland Garros": 520, "Wimbledon": 540, "Us Open": 560}
_ATP_ROUNDS = {128: ["R128", "R64", "R32", "R16", "QF", "SF", "F"], 64: ["R64", "R32", "R16", "QF", "SF", "F"]}
_ATP_SETS = (["6-0", "6-1", "6-2", "6-3", "6-4", "7-5", "7-6"], [3, 8, 15, 20, 22, 12, 20])
_ATP_STATS = _split("ace df svpt 1stIn 1stWon 2ndWon SvGms bpSaved bpFaced")


def _atp_players(rng: np.random.Generator) -> pd.DataFrame:
    names = sorted({f"{a} {b}" for a in _ATP_FIRST for b in _ATP_LAST})
    picked = [names[int(i)] for i in rng.permutation(len(names))[:225]]
    rows = []
    for k, name in enumerate(picked):
        rank = k + 1 if k < 210 else None
        rows.append(
            {
                "id": 104000 + int(rng.integers(0, 99999)),
                "name": name,
                "rank": rank,
                "points": int(11000 * (k + 1) ** -0.95) + 220 - k if rank else None,
                "skill": -0.6 * np.log(rank or 320) + float(rng.normal(0, 0.12)) + (0.25 if k == 0 else 0.0),
                "clay": float(rng.normal(0, 0.15)),
                "hand": str(_one(rng, ["R", "L", "U"], [84, 15, 1 if k > 150 else 0])),
                "ht": float(np.clip(round(rng.normal(186, 6.5)), 168, 211)) if k < 130 or rng.random() < 0.6 else None,
                "ioc": str(_one(rng, list(_ATP_IOC), list(_ATP_IOC.values()))),
                "born": pd.Timestamp("2019-01-01") - pd.Timedelta(days=int(rng.normal(27.5, 4) * 365.25)),
            }
        )
    return pd.DataFrame(rows)


def _atp_score(rng: np.random.Generator, best_of: int) -> tuple[list[str], int]:
    """Set scores from the winner's side, and the number of games played."""
    need = best_of // 2 + 1
    won = lost = games = 0
    sets = []
    while won < need:
        score = str(_one(rng, *_ATP_SETS))
        a, b = (int(x) for x in score.split("-"))
        games += a + b
        tb = f"({int(_one(rng, list(range(13)), [3, 4, 6, 8, 9, 9, 8, 6, 4, 3, 2, 1, 1]))})" if b == 6 else ""
        if lost < need - 1 and rng.random() < 0.3:
            lost += 1
            sets.append(f"{b}-{a}{tb}")
        else:
            won += 1
            sets.append(f"{a}-{b}{tb}")
    return sets, games


def _atp_serve(rng: np.random.Generator, games: int, ht: float | None, winner: bool) -> dict[str, int]:
    sv = max(1, round(games / 2 + float(rng.normal(0, 0.6))))
    svpt = int(sv * rng.normal(6.3, 0.5))
    df_ = int(rng.poisson(0.27 * sv))
    first_in = int(rng.binomial(max(svpt - df_, 0), 0.62))
    rate = max(0.04, 0.2 + 0.022 * ((ht or 185.0) - 185.0)) * float(rng.lognormal(0, 0.45))
    faced = int(rng.poisson((0.45 if winner else 0.8) * sv))
    return {
        "ace": int(rng.poisson(rate * sv)),
        "df": df_,
        "svpt": svpt,
        "1stIn": first_in,
        "1stWon": int(rng.binomial(first_in, 0.75 if winner else 0.68)),
        "2ndWon": int(rng.binomial(max(svpt - first_in - df_, 0), 0.53 if winner else 0.47)),
        "SvGms": sv,
        "bpSaved": int(rng.binomial(faced, 0.68 if winner else 0.55)),
        "bpFaced": faced,
    }


def _atp_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2704)
    players = _atp_players(rng)
    ranked = players["rank"].notna().to_numpy()
    ranks = players["rank"].fillna(400).to_numpy()
    events = (
        [(*e, "G", 128) for e in _ATP_SLAMS] + [(*e, "M", 64) for e in _ATP_MASTERS] + [(*e, "A", 32) for e in _ATP_250]
    )
    events.sort(key=lambda e: e[2])
    rows = []
    for t_no, (tname, surface, date, level, draw) in enumerate(events):
        if level == "G":
            w = np.where(ranks <= 108, 60.0, np.where(ranked, 1.0, 0.6))
        elif level == "M":
            w = np.where(ranks <= 45, 30.0, np.where(ranks <= 80, 4.0, np.where(ranked, 0.4, 0.2)))
        else:
            w = np.where(ranks <= 10, 0.3, np.where(ranks <= 120, 1.0, np.where(ranked, 0.45, 0.25)))
        entrants = [int(i) for i in rng.choice(len(players), size=draw, replace=False, p=w / w.sum())]
        by_rank = sorted(entrants, key=lambda i: ranks[i])
        seeds = {p: s + 1 for s, p in enumerate(by_rank[: draw // 4])}
        entry = {p: str(_one(rng, ["Q", "WC", "LL"], [70, 22, 8])) for p in by_rank[-draw // 6 :] if rng.random() < 0.6}
        order = [entrants[int(i)] for i in rng.permutation(draw)]
        rounds = _ATP_ROUNDS.get(draw, ["R32", "R16", "QF", "SF", "F"])
        best_of = 5 if level == "G" else 3
        match_num = 0
        for rnd in rounds:
            nxt = []
            for a, b in zip(order[0::2], order[1::2], strict=True):
                pa, pb = players.iloc[a], players.iloc[b]
                edge = pa["skill"] - pb["skill"] + (pa["clay"] - pb["clay"] if surface == "Clay" else 0.0)
                win, lose = (a, b) if rng.random() < 1 / (1 + np.exp(-2.3 * edge)) else (b, a)
                pw, pl = players.iloc[win], players.iloc[lose]
                nxt.append(win)
                match_num += 1
                u = rng.random()
                sets, games = _atp_score(rng, best_of)
                minutes: float | None = round(games * float(rng.normal(3.9, 0.4)) + float(rng.normal(4, 5)))
                if u < 0.004:
                    score, games, minutes = "W/O", 0, None
                elif u < 0.022:
                    cut = int(rng.integers(1, len(sets) + 1))
                    part = f"{int(rng.integers(0, 6))}-{int(rng.integers(0, 6))}"
                    done = sets[: cut - 1]
                    games = sum(int(s.split("-")[0]) + int(s.split("-")[1][:1]) for s in done) + 4
                    score = " ".join([*done, part, "RET"])
                    minutes = round(games * float(rng.normal(3.9, 0.4)) + 5)
                else:
                    score = " ".join(sets)
                if minutes is not None and rng.random() < 0.025:
                    minutes = None
                stamp = pd.Timestamp(str(date))
                row: dict[str, Any] = {
                    "tourney_id": f"2019-{_ATP_IDS.get(tname, 300 + 13 * t_no):04d}",
                    "tourney_name": tname,
                    "surface": surface,
                    "draw_size": draw,
                    "tourney_level": level,
                    "tourney_date": date,
                    "match_num": match_num,
                }
                for side, p in (("winner", pw), ("loser", pl)):
                    idx = win if side == "winner" else lose
                    row[f"{side}_id"] = int(p["id"])
                    row[f"{side}_seed"] = seeds.get(idx)
                    row[f"{side}_entry"] = entry.get(idx)
                    row[f"{side}_name"] = p["name"]
                    row[f"{side}_hand"] = p["hand"]
                    row[f"{side}_ht"] = p["ht"]
                    row[f"{side}_ioc"] = p["ioc"]
                    row[f"{side}_age"] = round((stamp - p["born"]).days / 365.25, 1)
                row["score"] = score
                row["best_of"] = best_of
                row["round"] = rnd
                row["minutes"] = minutes
                for won, p, prefix in ((True, pw, "w_"), (False, pl, "l_")):
                    stats = _atp_serve(rng, games, p["ht"] if pd.notna(p["ht"]) else None, won) if games else {}
                    for k in _ATP_STATS:
                        row[prefix + k] = stats.get(k)
                for side, p in (("winner", pw), ("loser", pl)):
                    row[f"{side}_rank"] = p["rank"]
                    row[f"{side}_rank_points"] = p["points"]
                rows.append(row)
            order = nxt
    return pd.DataFrame(rows)


def _atp_top(d: pd.DataFrame) -> str:
    return str(d["winner_name"].value_counts().index[0])


def _favourite_wins(reading: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        w, lo = d["winner_rank"], d["loser_rank"]
        if reading == "both_ranked":
            known = w.notna() & lo.notna()
            return float((w[known] < lo[known]).mean())
        if reading == "all_rows":
            return float((w < lo).mean())
        return float(((w < lo) | (w.notna() & lo.isna())).mean())

    return value


def _atp_minutes(completed_only: bool) -> Callable[[pd.DataFrame], np.ndarray]:
    """Mean minutes for best of 5 and best of 3, over every match or only those played to the end."""

    def value(d: pd.DataFrame) -> np.ndarray:
        pool = d[~d["score"].astype(str).str.contains("RET|W/O")] if completed_only else d
        return np.asarray(pool["minutes"].groupby(pool["best_of"]).mean().reindex([5, 3]), dtype=float)

    return value


def _atp_ended_early(d: pd.DataFrame) -> tuple[float, float]:
    score = d["score"].astype(str)
    return float(score.str.contains("RET").sum()), float((score.str.strip() == "W/O").sum())


_ATP_QS = [
    Q(
        "who won the most matches this season?",
        both(label_of(_atp_top), has(lambda d: float(d["winner_name"].value_counts().iloc[0]))),
        ("winner_name", "winner_id"),
    ),
    Q(
        "and how many did he lose",
        has(lambda d: float((d["loser_name"] == _atp_top(d)).sum())),
        ("loser_name", "winner_name", "loser_id"),
    ),
    Q(
        "avg match length in mins for best of 5 vs best of 3",
        either(_about(_atp_minutes(False)), _about(_atp_minutes(True))),
        ("minutes", "best_of", "score"),
    ),
    Q(
        "how many matches ended in a retirement or a walkover?",
        either(has(lambda d: sum(_atp_ended_early(d))), has(lambda d: np.asarray(_atp_ended_early(d)))),
        ("score",),
    ),
    Q(
        "how often does the higher ranked player win? as a %",
        either(*(_share(_favourite_wins(r)) for r in ("both_ranked", "all_rows", "unranked_lose"))),
        ("winner_rank", "loser_rank"),
    ),
    Q(
        "is there a corelation between the winners height and how many aces they hit",
        _corr(lambda d: d["winner_ht"], lambda d: d["w_ace"]),
        ("winner_ht", "w_ace"),
    ),
]


# --- 5. UCI Online Shoppers Purchasing Intention (online_shoppers_intention.csv) ----------------------------------

_OS_MONTHS = {  # month as written in the file: (weight, effect on buying, month number)
    "Feb": (184, -2.2, 2),
    "Mar": (1907, -0.45, 3),
    "May": (3364, -0.35, 5),
    "June": (288, -0.45, 6),
    "Jul": (432, -0.05, 7),
    "Aug": (433, 0.1, 8),
    "Sep": (448, 0.2, 9),
    "Oct": (549, 0.2, 10),
    "Nov": (2998, 0.8, 11),
    "Dec": (1727, -0.25, 12),
}
_OS_SPECIAL = {"Feb": (14, 2), "May": (13, 5)}  # Valentine's Day, Mother's Day


def _shoppers_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2705)
    n = 2500
    months = list(_OS_MONTHS)
    rows = []
    for _ in range(n):
        month = str(_one(rng, months, [v[0] for v in _OS_MONTHS.values()]))
        visitor = str(
            _one(
                rng, ["Returning_Visitor", "New_Visitor", "Other"], [85.6, 13.7, 0.7] if month != "Nov" else [80, 19, 1]
            )
        )
        weekend = rng.random() < 0.23
        special = 0.0
        if month in _OS_SPECIAL and rng.random() < 0.45:
            special = float(_one(rng, [0.2, 0.4, 0.6, 0.8, 1.0]))
        engaged = float(rng.normal(0, 1)) + (0.35 if visitor == "New_Visitor" else 0.0)
        logit = (
            -2.05
            + _OS_MONTHS[month][1]
            + 0.55 * engaged
            + 0.2 * weekend
            - 1.2 * special
            + (0.55 if visitor == "New_Visitor" else 0.0)
        )
        buys = rng.random() < 1 / (1 + np.exp(-logit))
        product = int(max(1, rng.lognormal(2.9 + 0.25 * engaged + 0.35 * buys, 1.0)))
        admin = int(rng.poisson(max(0.2, 2.0 + 1.2 * engaged + 1.2 * buys))) if rng.random() < 0.55 else 0
        info = int(rng.poisson(1.3 + 0.4 * buys)) if rng.random() < 0.21 else 0
        bounced = product == 1 and admin == 0 and info == 0 and not buys
        if bounced or (rng.random() < 0.05 and not buys):
            bounce, exit_ = 0.2, 0.2
        else:
            bounce = float(np.clip(rng.gamma(0.7, 0.012) * (0.5 if buys else 1.0), 0, 0.2))
            exit_ = float(np.clip(bounce + rng.gamma(1.6, 0.014) * (0.6 if buys else 1.0), 0, 0.2))
        page_value = 0.0
        if buys and rng.random() < 0.85:
            page_value = float(rng.lognormal(3.0, 0.9))
        elif not buys and rng.random() < 0.12:
            page_value = float(rng.lognormal(2.3, 1.0))
        rows.append(
            {
                "Administrative": admin,
                "Administrative_Duration": round(admin * float(rng.lognormal(3.6, 0.9)), 6) if admin else 0.0,
                "Informational": info,
                "Informational_Duration": round(info * float(rng.lognormal(3.4, 1.1)), 6) if info else 0.0,
                "ProductRelated": product,
                "ProductRelated_Duration": 0.0 if bounced else round(product * float(rng.lognormal(3.25, 0.7)), 6),
                "BounceRates": round(bounce, 8),
                "ExitRates": round(max(exit_, bounce), 8),
                "PageValues": round(page_value, 6),
                "SpecialDay": special,
                "Month": month,
                "OperatingSystems": int(_one(rng, [2, 1, 3, 4, 8, 6, 7, 5], [6601, 2585, 2555, 478, 79, 19, 7, 6])),
                "Browser": int(
                    _one(rng, [2, 1, 4, 5, 6, 10, 8, 3, 13, 7], [7961, 2462, 736, 467, 174, 163, 135, 105, 61, 49])
                ),
                "Region": int(
                    _one(rng, [1, 3, 4, 2, 6, 7, 9, 8, 5], [4780, 2403, 1182, 1136, 805, 761, 511, 434, 318])
                ),
                "TrafficType": int(
                    _one(
                        rng,
                        [2, 1, 3, 4, 13, 10, 6, 8, 5, 11, 20],
                        [3913, 2451, 2052, 1069, 738, 450, 444, 343, 260, 247, 198],
                    )
                ),
                "VisitorType": visitor,
                "Weekend": "TRUE" if weekend else "FALSE",
                "Revenue": "TRUE" if buys else "FALSE",
            }
        )
    df = pd.DataFrame(rows)
    order = df["Month"].map({m: v[2] for m, v in _OS_MONTHS.items()})
    return df.iloc[np.argsort(order.to_numpy(), kind="stable")].reset_index(drop=True)


def _bought(d: pd.DataFrame) -> pd.Series:
    return _truthy(d["Revenue"])


def _os_months(d: pd.DataFrame) -> pd.Series:
    return _bought(d).groupby(d["Month"]).mean().sort_values(ascending=False)


_SHOPPER_QS = [
    Q(
        "what % of sesions ended in a purchase?",
        _share(lambda d: float(_bought(d).mean())),
        ("Revenue",),
    ),
    Q(
        "how does that compare for new vs returning visitors?",
        _shares(
            lambda d: np.asarray(
                _bought(d).groupby(d["VisitorType"]).mean().reindex(["New_Visitor", "Returning_Visitor"]), dtype=float
            )
        ),
        ("Revenue", "VisitorType"),
    ),
    Q(
        "which month has the best conversion rate",
        both(
            _month_name(lambda d: _OS_MONTHS[str(_os_months(d).index[0])][2]),
            _share(lambda d: float(_os_months(d).iloc[0])),
        ),
        ("Month", "Revenue"),
    ),
    Q(
        "avg page value for sessions that bought something vs ones that didnt?",
        _about(lambda d: np.asarray(d["PageValues"].groupby(_bought(d)).mean().reindex([True, False]), dtype=float)),
        ("PageValues", "Revenue"),
    ),
    Q(
        "how strongly are bounce rate and exit rate correlated?",
        _corr(lambda d: d["BounceRates"], lambda d: d["ExitRates"]),
        ("BounceRates", "ExitRates"),
    ),
    Q(
        "on average how many minutes do people spend on product pages per session",
        _about(lambda d: float(d["ProductRelated_Duration"].mean()) / 60),
        ("ProductRelated_Duration", "ProductRelated"),
    ),
]


# --- 6. City of Palo Alto EV charging station usage (EVChargingStationUsage.csv) ----------------------------------

_EV_SITES = {  # site: (address, postal code, lat, lon, ports, weight per port, Level 1 share)
    "HAMILTON": ("250 Hamilton Ave", 94301, 37.444572, -122.160309, 2, 1.3, 0.0),
    "BRYANT": ("445 Bryant St", 94301, 37.446613, -122.162308, 4, 1.15, 0.0),
    "HIGH": ("532 High St", 94301, 37.444489, -122.161858, 4, 1.0, 0.0),
    "WEBSTER": ("520 Webster St", 94301, 37.448353, -122.158272, 3, 1.05, 0.0),
    "CAMBRIDGE": ("475 Cambridge Ave", 94306, 37.428623, -122.143599, 5, 0.8, 0.0),
    "MPL": ("3700 Middlefield Rd", 94303, 37.422104, -122.113510, 6, 0.9, 0.0),
    "TED THOMPSON": ("275 Cambridge Ave", 94306, 37.426849, -122.145485, 3, 0.55, 0.35),
    "RINCONADA LIB": ("1213 Newell Rd", 94303, 37.444729, -122.143920, 3, 0.7, 0.0),
    "SHERMAN": ("350 Sherman Ave", 94306, 37.426052, -122.141830, 2, 0.35, 0.0),
}
_EV_MONTHS = [0.92, 0.95, 1.0, 1.02, 1.05, 1.0, 0.86, 0.95, 1.05, 1.42, 1.0, 0.72]
_EV_HOURS = [0.2, 0.1, 0.1, 0.1, 0.2, 0.4, 1, 3, 6, 7.5, 7, 6, 5.5, 5, 4.5, 4, 4, 4.5, 4, 3, 2, 1.2, 0.6, 0.3]
_EV_ENDED = {
    "Plug Out at Vehicle": 61,
    "Customer": 22,
    "Plug Out at Station": 6,
    "Timeout": 3,
    "CPS Server": 3,
    "Plug Removed While Charging": 2,
    "Unknown": 1,
}
_EV_ZIPS = [94301, 94303, 94306, 94304, 94040, 94043, 94025, 94022, 94024, 95014, 94087, 94070, 94002, 94110]
_EV_ZIP_W = [12, 11, 13, 6, 7, 5, 6, 5, 4, 6, 5, 3, 2, 2]


def _pacific_dst(t: pd.Timestamp) -> bool:
    start = pd.Timestamp(t.year, 3, 8) + pd.Timedelta(days=(6 - pd.Timestamp(t.year, 3, 8).weekday()) % 7, hours=2)
    end = pd.Timestamp(t.year, 11, 1) + pd.Timedelta(days=(6 - pd.Timestamp(t.year, 11, 1).weekday()) % 7, hours=2)
    return bool(start <= t < end)


def _hms(seconds: int) -> str:
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def _mdy_hm(t: pd.Timestamp) -> str:
    return f"{t.month}/{t.day}/{t.year} {t.hour}:{t.minute:02d}"


def _ev_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2706)
    n = 2700
    ports = []
    for site, (address, postal, lat, lon, count, weight, level1) in _EV_SITES.items():
        for k in range(1, count + 1):
            ports.append(
                (
                    f"PALO ALTO CA / {site} #{k}",
                    address,
                    postal,
                    lat,
                    lon,
                    weight * float(rng.uniform(0.7, 1.3)),
                    level1,
                )
            )
    days = pd.date_range("2018-01-01", "2019-12-31")
    dw = np.array(
        [
            _EV_MONTHS[d.month - 1] * (1 + 0.35 * (d - days[0]).days / 730) * (0.55 if d.weekday() >= 5 else 1.0)
            for d in days
        ]
    )
    macs = {p[0]: f"0024:B100:0002:{int(rng.integers(0, 65536)):04X}" for p in ports}
    evse = {p[0]: int(rng.integers(100000, 190000)) for p in ports}
    drivers = [int(x) for x in rng.integers(10000, 999999, size=700)]
    rows = []
    for _ in range(n):
        station, address, postal, lat, lon, _w, level1 = _one(rng, ports, [p[5] for p in ports])
        day = pd.Timestamp(days[int(rng.choice(len(days), p=dw / dw.sum()))])
        start = day + pd.Timedelta(hours=int(_one(rng, list(range(24)), _EV_HOURS)), minutes=int(rng.integers(0, 60)))
        start += pd.Timedelta(seconds=int(rng.integers(0, 60)))
        slow = rng.random() < level1
        total = int(np.clip(rng.lognormal(np.log(7600), 0.75), 300, 20 * 3600))
        charging = int(min(total, rng.lognormal(np.log(5600 if not slow else 9000), 0.6)))
        power = (1.3 if slow else 3.6) * float(rng.lognormal(0, 0.18))
        energy = round(power * charging / 3600 + float(rng.normal(0, 0.15)), 6)
        energy = max(0.01, energy)
        end = start + pd.Timedelta(seconds=total)
        fee = 0.0 if rng.random() < 0.06 else round(energy * 0.23 + (0.01 if rng.random() < 0.1 else 0.0), 2)
        driver_zip = None if rng.random() < 0.13 else int(_one(rng, _EV_ZIPS, _EV_ZIP_W))
        rows.append(
            {
                "Station Name": station,
                "MAC Address": macs[station],
                "Org Name": "City of Palo Alto",
                "Start Date": _mdy_hm(start),
                "Start Time Zone": "PDT" if _pacific_dst(start) else "PST",
                "End Date": _mdy_hm(end),
                "End Time Zone": "PDT" if _pacific_dst(end) else "PST",
                "Transaction Date (Pacific Time)": _mdy_hm(end + pd.Timedelta(seconds=int(rng.integers(0, 200)))),
                "Total Duration (hh:mm:ss)": _hms(total),
                "Charging Time (hh:mm:ss)": _hms(charging),
                "Energy (kWh)": energy,
                "GHG Savings (kg)": round(energy * 0.42, 3),
                "Gasoline Savings (gallons)": round(energy * 0.125, 3),
                "Port Type": "Level 1" if slow else "Level 2",
                "Port Number": 1 if slow else int(_one(rng, [1, 2])),
                "Plug Type": "NEMA 5-20R" if slow else "J1772",
                "EVSE ID": evse[station],
                "Address 1": address,
                "City": "Palo Alto",
                "State/Province": "California",
                "Postal Code": postal,
                "Country": "United States",
                "Latitude": lat,
                "Longitude": lon,
                "Currency": "USD",
                "Fee": fee,
                "Ended By": _one(rng, list(_EV_ENDED), list(_EV_ENDED.values())),
                "Plug In Event Id": int(rng.integers(10000, 999999)),
                "Driver Postal Code": driver_zip,
                "User ID": _one(rng, drivers) if rng.random() > 0.03 else None,
                "County": "Santa Clara County",
                "System S/N": 100000000 + int(macs[station][-4:], 16),
                "Model Number": "CT4020-HD-GW" if not slow else "CT2100-HD-CCR",
                "_start": start,
            }
        )
    df = pd.DataFrame(rows).sort_values("_start", kind="stable", ignore_index=True).drop(columns="_start")
    for col in ("Driver Postal Code", "User ID"):
        df[col] = df[col].astype("Int64")
    return df


def _ev_start(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Start Date"], format="%m/%d/%Y %H:%M")


def _ev_hours(col: str) -> Callable[[pd.DataFrame], pd.Series]:
    def value(d: pd.DataFrame) -> pd.Series:
        parts = d[col].astype(str).str.split(":", expand=True).astype(int)
        return parts[0] + parts[1] / 60 + parts[2] / 3600

    return value


def _ev_station(pick: int) -> Callable[[pd.DataFrame], str]:
    return lambda d: str(d["Station Name"].value_counts().index[pick]).split(" / ")[-1]


def _ev_months(d: pd.DataFrame) -> pd.Series:
    return _ev_start(d).dt.to_period("M").value_counts()


_EV_QS = [
    Q(
        "how much energy did we dispense each year? (kwh)",
        has(lambda d: np.asarray(d["Energy (kWh)"].groupby(_ev_start(d).dt.year).sum(), dtype=float), rel=0.003),
        ("Energy (kWh)", "Start Date"),
    ),
    Q(
        "which station has the most charging sessions?",
        both(label_of(_ev_station(0)), has(lambda d: float(d["Station Name"].value_counts().iloc[0]))),
        ("Station Name",),
    ),
    Q(
        "and the least used one?",
        both(label_of(_ev_station(-1)), has(lambda d: float(d["Station Name"].value_counts().iloc[-1]))),
        ("Station Name",),
    ),
    Q(
        "on avg how long are cars plugged in vs actually charging? in hours",
        _about(
            lambda d: np.asarray(
                [_ev_hours("Total Duration (hh:mm:ss)")(d).mean(), _ev_hours("Charging Time (hh:mm:ss)")(d).mean()]
            )
        ),
        ("Total Duration (hh:mm:ss)", "Charging Time (hh:mm:ss)"),
    ),
    Q(
        "plot sessions per month, which month was the busiest?",
        both(_period_label(lambda d: _ev_months(d).index[0]), has(lambda d: float(_ev_months(d).iloc[0]))),
        ("Start Date", "Transaction Date (Pacific Time)", "End Date"),
    ),
    Q(
        "whats the average per session",
        either(
            asks("energy", "fee"),
            asks("energy", "duration"),
            asks("energy", "charging time"),
            asks("kwh", "fee"),
            asks("kwh", "duration"),
            asks("kwh", "charging time"),
        ),
        (
            "Energy (kWh)",
            "Fee",
            "Total Duration (hh:mm:ss)",
            "Charging Time (hh:mm:ss)",
            "GHG Savings (kg)",
            "Gasoline Savings (gallons)",
        ),
    ),
]


# --- 7. UCI Diabetes 130-US hospitals 1999-2008 (diabetic_data.csv) -----------------------------------------------

_DB_AGES = {  # band: (weight, mean stay in days)
    "[0-10)": (0.2, 2.6),
    "[10-20)": (0.7, 3.1),
    "[20-30)": (1.6, 3.5),
    "[30-40)": (3.7, 3.7),
    "[40-50)": (9.5, 3.9),
    "[50-60)": (17.0, 4.0),
    "[60-70)": (22.1, 4.3),
    "[70-80)": (25.6, 4.5),
    "[80-90)": (16.9, 5.0),
    "[90-100)": (2.7, 4.3),
}
_DB_RACES = {"Caucasian": 74.8, "AfricanAmerican": 18.9, "?": 2.2, "Hispanic": 2.0, "Other": 1.5, "Asian": 0.6}
_DB_SPECIALTIES = {
    "?": 49.0,
    "InternalMedicine": 14.4,
    "Emergency/Trauma": 8.6,
    "Family/GeneralPractice": 7.0,
    "Cardiology": 5.3,
    "Surgery-General": 3.0,
    "Nephrology": 1.6,
    "Orthopedics": 1.4,
    "Orthopedics-Reconstructive": 1.2,
    "Radiologist": 1.1,
    "Pulmonology": 0.9,
    "Psychiatry": 0.9,
    "Urology": 0.7,
    "ObstetricsandGynecology": 0.7,
    "Surgery-Cardiovascular/Thoracic": 0.6,
    "Gastroenterology": 0.6,
    "Pediatrics-Endocrinology": 0.2,
}
_DB_PAYERS = {
    "?": 39.6,
    "MC": 31.9,
    "HM": 6.2,
    "SP": 4.9,
    "BC": 4.6,
    "MD": 3.5,
    "CP": 2.5,
    "UN": 2.4,
    "CM": 1.9,
    "OG": 1.0,
    "PO": 0.6,
    "DM": 0.5,
    "CH": 0.1,
    "WC": 0.1,
}
_DB_DIAGS = _split(
    "428 414 786 410 486 427 491 715 682 434 780 996 276 38 599 584 V57 250.8 250.6 250.13 403 401 8 435"
)
_DB_MEDS = {  # medication: P(prescribed), P(dose changed | prescribed)
    "metformin": (0.2, 0.08),
    "repaglinide": (0.015, 0.1),
    "nateglinide": (0.007, 0.05),
    "chlorpropamide": (0.001, 0.0),
    "glimepiride": (0.05, 0.1),
    "acetohexamide": (0.0, 0.0),
    "glipizide": (0.12, 0.1),
    "glyburide": (0.1, 0.1),
    "tolbutamide": (0.0005, 0.0),
    "pioglitazone": (0.07, 0.05),
    "rosiglitazone": (0.06, 0.05),
    "acarbose": (0.003, 0.05),
    "miglitol": (0.0005, 0.0),
    "troglitazone": (0.0, 0.0),
    "tolazamide": (0.0004, 0.0),
    "examide": (0.0, 0.0),
    "citoglipton": (0.0, 0.0),
    "insulin": (0.53, 0.43),
    "glyburide-metformin": (0.007, 0.02),
    "glipizide-metformin": (0.0002, 0.0),
    "glimepiride-pioglitazone": (0.0, 0.0),
    "metformin-rosiglitazone": (0.0, 0.0),
    "metformin-pioglitazone": (0.0, 0.0),
}


def _diabetes_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2707)
    n = 2600
    ages = list(_DB_AGES)
    rows = []
    encounter = 2278392
    patients: list[int] = []
    for _ in range(n):
        encounter += int(rng.integers(1000, 80000))
        if patients and rng.random() < 0.1:
            patient = int(_one(rng, patients))
        else:
            patient = int(rng.integers(135, 189502159))
            patients.append(patient)
        age = str(_one(rng, ages, [v[0] for v in _DB_AGES.values()]))
        stay = int(np.clip(round(rng.gamma(2.2, _DB_AGES[age][1] / 2.2)), 1, 14))
        emergency = int(rng.poisson(0.2))
        inpatient = int(rng.poisson(0.64))
        meds_given: dict[str, str] = {}
        changed = False
        for med, (p_use, p_change) in _DB_MEDS.items():
            if rng.random() < p_use:
                if rng.random() < p_change:
                    meds_given[med] = str(_one(rng, ["Up", "Down"]))
                    changed = True
                else:
                    meds_given[med] = "Steady"
            else:
                meds_given[med] = "No"
        logit_soon = -1.95 + 0.3 * inpatient + 0.15 * emergency + 0.04 * (stay - 4.4) + 0.15 * changed
        logit_late = -0.75 + 0.35 * inpatient + 0.1 * emergency + 0.1 * changed
        p_soon = np.exp(logit_soon) / (1 + np.exp(logit_soon) + np.exp(logit_late))
        p_late = np.exp(logit_late) / (1 + np.exp(logit_soon) + np.exp(logit_late))
        u = rng.random()
        readmitted = "<30" if u < p_soon else ">30" if u < p_soon + p_late else "NO"
        diags = [str(_one(rng, _DB_DIAGS)) for _ in range(3)]
        if rng.random() < 0.015:
            diags[2] = "?"
        rows.append(
            {
                "encounter_id": encounter,
                "patient_nbr": patient,
                "race": _one(rng, list(_DB_RACES), list(_DB_RACES.values())),
                "gender": _one(rng, ["Female", "Male", "Unknown/Invalid"], [53.8, 46.2, 0.05]),
                "age": age,
                "weight": "?"
                if rng.random() < 0.97
                else _one(rng, ["[50-75)", "[75-100)", "[100-125)", "[125-150)"], [2, 4, 3, 1]),
                "admission_type_id": int(
                    _one(rng, [1, 3, 2, 6, 5, 8, 7, 4], [53, 18.5, 18, 5.2, 4.7, 0.3, 0.02, 0.01])
                ),
                "discharge_disposition_id": int(
                    _one(rng, [1, 3, 6, 18, 2, 22, 11, 5, 25, 4], [59, 13.7, 12.7, 3.6, 2.1, 2, 1.6, 1.2, 1, 0.8])
                ),
                "admission_source_id": int(_one(rng, [7, 1, 17, 4, 6, 2, 5], [56.5, 29, 6.7, 3.1, 2.2, 1.1, 0.8])),
                "time_in_hospital": stay,
                "payer_code": _one(rng, list(_DB_PAYERS), list(_DB_PAYERS.values())),
                "medical_specialty": _one(rng, list(_DB_SPECIALTIES), list(_DB_SPECIALTIES.values())),
                "num_lab_procedures": int(np.clip(rng.normal(37 + 1.5 * stay, 18), 1, 126)),
                "num_procedures": int(min(6, rng.poisson(1.34))),
                "num_medications": int(np.clip(round(rng.normal(8.5 + 1.75 * stay, 7.5)), 1, 79)),
                "number_outpatient": int(rng.poisson(0.37)) if rng.random() < 0.5 else 0,
                "number_emergency": emergency,
                "number_inpatient": inpatient,
                "diag_1": diags[0],
                "diag_2": diags[1],
                "diag_3": diags[2],
                "number_diagnoses": int(np.clip(round(rng.normal(7.4, 1.9)), 1, 16)),
                "max_glu_serum": _one(rng, [None, "Norm", ">200", ">300"], [94.7, 2.6, 1.5, 1.2]),
                "A1Cresult": _one(rng, [None, ">8", "Norm", ">7"], [83.3, 8.1, 4.9, 3.7]),
                **meds_given,
                "change": "Ch" if changed or rng.random() < 0.12 else "No",
                "diabetesMed": "Yes" if any(v != "No" for v in meds_given.values()) else "No",
                "readmitted": readmitted,
            }
        )
    return pd.DataFrame(rows)


def _readmit_share(code: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float((d["readmitted"].astype(str).str.strip() == code).mean())


def _db_stays(d: pd.DataFrame) -> pd.Series:
    return d["time_in_hospital"].groupby(d["age"]).mean().sort_values(ascending=False)


def _age_band(band: Callable[[pd.DataFrame], str]) -> Check:
    """An age band like "[80-90)", as "80-90", "80–90" or "80 to 90"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        low, high = re.findall(r"\d+", band(df))[:2]
        if re.search(rf"(?<!\d){low}\s*(?:-|–|to)\s*{high}(?!\d)", answer) or re.search(rf"(?<!\d){low}s\b", answer):
            return None
        return f"missing age band {band(df)}"

    return check


def _db_specialties(d: pd.DataFrame) -> list[str]:
    known = d["medical_specialty"].astype(str).str.strip()
    known = known[~known.isin(["?", "nan", ""])]
    return list(known.value_counts().index[:3])


_DIABETES_QS = [
    Q(
        "what % of admissions were readmitted within 30 days?",
        _share(_readmit_share("<30")),
        ("readmitted", "encounter_id"),
    ),
    Q(
        "and after more than 30 days",
        _share(_readmit_share(">30")),
        ("readmitted", "encounter_id"),
    ),
    Q(
        "which age group has the longest average hospital stay?",
        both(_age_band(lambda d: str(_db_stays(d).index[0])), has(lambda d: float(_db_stays(d).iloc[0]), rel=0.01)),
        ("age", "time_in_hospital"),
    ),
    Q(
        "how many rows are missing race",
        has(lambda d: float((d["race"].astype(str).str.strip() == "?").sum() + d["race"].isna().sum())),
        ("race",),
    ),
    Q(
        "correlation between number of medications and time in hospitl?",
        _corr(lambda d: d["num_medications"], lambda d: d["time_in_hospital"]),
        ("num_medications", "time_in_hospital"),
    ),
    Q(
        "top 3 medical specialties? ignore the missing ones",
        _loose_labels(_db_specialties),
        ("medical_specialty",),
    ),
]


HELDOUT27: list[Dataset] = [
    Dataset("ds_salaries", _dss_frame, _DSS_QS),
    Dataset("bank_marketing", _bank_frame, _BANK_QS),
    Dataset("craigslist_vehicles", _vehicles_frame, _VEHICLE_QS),
    Dataset("atp_matches", _atp_frame, _ATP_QS),
    Dataset("online_shoppers", _shoppers_frame, _SHOPPER_QS),
    Dataset("palo_alto_ev_charging", _ev_frame, _EV_QS),
    Dataset("diabetes_readmissions", _diabetes_frame, _DIABETES_QS),
]
