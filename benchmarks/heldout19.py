"""HELDOUT19: a blind held-out set of seven datasets and 42 questions.

Written without reading the analyst, and measured before any fix it prompts. Four frames copy the column layout of
well-known public datasets (the DfT road safety STATS19 collision file, Kaggle's Kickstarter projects
ks-projects-201801, Lending Club's 2007-2011 LoanStats3a loans, Kaggle's SF Salaries); three are invented but
realistic tables (a housing provider's repairs log, a company's hiring pipeline, a hospital's outpatient
appointments). All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .offline_eval import Check, Dataset, Q, _close, _numbers, asks, both, either, has, label_of, words

# --- shared helpers ------------------------------------------------------------------------------------------------


def _hit(answer: str, want: float) -> bool:
    """The share appears as a fraction or a percentage; a percentage to one decimal place counts, however small."""
    found = _numbers(answer)
    pct = 100 * want
    return any(_close(f, want, 0.01) or _close(f, pct, 0.01) or abs(f - pct) <= 0.051 for f in found)


def _share(value: Callable[[pd.DataFrame], float]) -> Check:
    """A share computed from the frame appears."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = float(value(df))
        return None if _hit(answer, want) else f"missing share {want:.4g}"

    return check


def _shares(values: Callable[[pd.DataFrame], Any]) -> Check:
    """Every share computed from the frame appears, as a fraction or as a percentage."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        for w in np.atleast_1d(values(df)):
            if not _hit(answer, float(w)):
                return f"missing share {float(w):.4g}"
        return None

    return check


def _blank(mask: Any, values: Any) -> np.ndarray:
    """`values` as objects, None (a blank cell in the CSV) where `mask` is set."""
    out = np.array(np.broadcast_to(np.asarray(values, dtype=object), np.shape(mask)))
    out[np.asarray(mask, dtype=bool)] = None
    return out


def _labels(values: Callable[[pd.DataFrame], list[str]]) -> Check:
    """Every label computed from the frame appears in the answer."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        return words(*values(df))(answer, df)

    return check


def _corr(x: Callable[[pd.DataFrame], pd.Series], y: Callable[[pd.DataFrame], pd.Series]) -> Check:
    """Pearson or Spearman correlation of two derived series, to about three figures."""
    return either(
        has(lambda df: x(df).corr(y(df)), rel=0.01),
        has(lambda df: x(df).corr(y(df), method="spearman"), rel=0.01),
    )


def _col(name: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda df: df[name]


def _num(s: pd.Series) -> pd.Series:
    """Numbers from a column that may hold text ("10.65%", "Not Provided", " 36 months")."""
    if s.dtype.kind in "iufb":
        return s.astype(float)
    text = s.astype("string").str.strip().str.rstrip("%").str.replace(" months", "", regex=False)
    return pd.to_numeric(text, errors="coerce")


def _pick(rng: np.random.Generator, options: list[Any], p: list[float], n: int) -> np.ndarray:
    w = np.asarray(p, dtype=float)
    return rng.choice(np.asarray(options, dtype=object), size=n, p=w / w.sum())


def _dates_in(rng: np.random.Generator, start: str, end: str, n: int, weight: Callable[[pd.Timestamp], float]) -> Any:
    """`n` dates between start and end, each day drawn with the given weight."""
    days = pd.date_range(start, end, freq="D")
    w = np.array([weight(d) for d in days], dtype=float)
    return days[rng.choice(len(days), size=n, p=w / w.sum())]


# --- 1. DfT road safety data: STATS19 collisions (dft-road-casualty-statistics-collision-2022.csv) -----------------

# police_force code: (latitude, longitude, weight, urban share)
_FORCES = {
    1: (51.51, -0.12, 0.24, 0.97),
    4: (53.78, -2.65, 0.07, 0.62),
    5: (53.42, -2.95, 0.05, 0.82),
    6: (53.48, -2.25, 0.09, 0.85),
    13: (53.77, -1.65, 0.08, 0.74),
    20: (52.49, -1.90, 0.09, 0.86),
    43: (51.65, -1.10, 0.09, 0.48),
    44: (51.05, -1.30, 0.07, 0.52),
    46: (51.25, 0.75, 0.08, 0.50),
    50: (50.55, -4.10, 0.06, 0.40),
}


def _stats19() -> pd.DataFrame:
    rng = np.random.default_rng(19001)
    n = 2400
    forces = np.array(list(_FORCES))
    fw = np.array([_FORCES[f][2] for f in forces])
    force = rng.choice(forces, size=n, p=fw / fw.sum())
    urban = rng.random(n) < np.array([_FORCES[f][3] for f in force])

    month_w = [0.078, 0.071, 0.08, 0.074, 0.086, 0.086, 0.084, 0.079, 0.087, 0.095, 0.104, 0.079]
    dow_w = [1.0, 1.03, 1.04, 1.05, 1.3, 0.97, 0.78]  # Monday .. Sunday
    when = _dates_in(
        rng, "2022-01-01", "2022-12-31", n, lambda d: month_w[d.month - 1] / d.days_in_month * dow_w[d.weekday()]
    )
    hour_w = [8, 5, 4, 3, 3, 6, 14, 30, 48, 36, 34, 38, 42, 44, 46, 58, 64, 62, 44, 30, 24, 19, 15, 11]
    hour = rng.choice(24, size=n, p=np.array(hour_w) / sum(hour_w))
    minute = np.where(rng.random(n) < 0.5, rng.integers(0, 12, n) * 5, rng.integers(0, 60, n))
    month = when.month.to_numpy()
    winter = np.isin(month, [1, 2, 11, 12])
    shoulder = np.isin(month, [3, 4, 9, 10])
    dark = np.where(
        winter, (hour < 8) | (hour >= 16), np.where(shoulder, (hour < 7) | (hour >= 19), (hour < 5) | (hour >= 21))
    )
    light = np.where(
        dark,
        np.where(
            urban,
            rng.choice([4, 5, 6, 7], size=n, p=[0.85, 0.04, 0.06, 0.05]),
            rng.choice([4, 5, 6, 7], size=n, p=[0.25, 0.03, 0.65, 0.07]),
        ),
        1,
    )
    light = np.where(rng.random(n) < 0.008, -1, light)

    speed = np.where(
        urban,
        rng.choice([20, 30, 40, 50, 60, 70], size=n, p=[0.18, 0.62, 0.1, 0.03, 0.04, 0.03]),
        rng.choice([20, 30, 40, 50, 60, 70], size=n, p=[0.01, 0.18, 0.12, 0.08, 0.45, 0.16]),
    )
    road_class = np.where(
        speed == 70,
        rng.choice([1, 2, 3], size=n, p=[0.55, 0.03, 0.42]),
        rng.choice([3, 4, 5, 6], size=n, p=[0.45, 0.13, 0.08, 0.34]),
    )
    a_roads = [4, 5, 6, 10, 13, 20, 23, 30, 34, 38, 40, 41, 46, 49, 56, 59, 61, 62, 580, 3400, 4054, 5103]
    road_number = np.select(
        [road_class == 1, road_class == 2, road_class == 3, road_class == 4],
        [
            rng.choice([1, 4, 5, 6, 25, 40, 56, 60, 62, 20, 23], size=n),
            rng.choice([1, 3, 38, 57, 58], size=n),
            rng.choice(a_roads, size=n),
            rng.integers(1000, 6500, n),
        ],
        0,
    )
    road_type = np.where(
        speed == 70,
        rng.choice([3, 1, 7, 6], size=n, p=[0.85, 0.05, 0.06, 0.04]),
        rng.choice([6, 3, 1, 2, 7, 9], size=n, p=[0.73, 0.12, 0.08, 0.03, 0.01, 0.03]),
    )
    junction = np.where(
        road_type == 1,
        1,
        rng.choice([0, 2, 3, 5, 6, 7, 8, 9], size=n, p=[0.43, 0.02, 0.31, 0.02, 0.1, 0.02, 0.04, 0.06]),
    )
    weather = rng.choice([1, 2, 3, 4, 5, 7, 8, 9], size=n, p=[0.79, 0.11, 0.01, 0.015, 0.015, 0.005, 0.03, 0.025])
    surface = np.select(
        [np.isin(weather, [2, 5]), weather == 3, np.isin(weather, [8, 9])],
        [
            rng.choice([2, 1], size=n, p=[0.9, 0.1]),
            rng.choice([3, 4, 2], size=n, p=[0.6, 0.3, 0.1]),
            rng.choice([1, 2, -1], size=n, p=[0.6, 0.3, 0.1]),
        ],
        np.where(
            winter,
            rng.choice([1, 2, 4], size=n, p=[0.78, 0.18, 0.04]),
            rng.choice([1, 2], size=n, p=[0.93, 0.07]),
        ),
    )
    fast = speed >= 60
    dark_ = light >= 4
    p_ksi = 0.17 + 0.07 * ~urban + 0.05 * fast + 0.06 * dark_
    p_fatal = 0.05 + 0.05 * ~urban + 0.04 * fast + 0.02 * dark_
    ksi = rng.random(n) < p_ksi
    severity = np.where(ksi, np.where(rng.random(n) < p_fatal, 1, 2), 3)
    vehicles = rng.choice([1, 2, 3, 4, 5], size=n, p=[0.3, 0.57, 0.09, 0.03, 0.01])
    casualties = np.clip(1 + rng.poisson(0.22 + 0.25 * fast + 0.1 * (vehicles >= 3) + 0.1 * ksi), 1, 8)
    attend = np.where(
        ksi,
        rng.choice([1, 2, 3], size=n, p=[0.9, 0.07, 0.03]),
        rng.choice([1, 2, 3], size=n, p=[0.65, 0.25, 0.1]),
    )
    lat = np.array([_FORCES[f][0] for f in force]) + rng.normal(0, 0.12, n)
    lon = np.array([_FORCES[f][1] for f in force]) + rng.normal(0, 0.16, n)
    gone = rng.random(n) < 0.015
    refs = rng.choice(np.arange(100000, 9999999), size=n, replace=False)
    reference = [f"{f:02d}{r:07d}" for f, r in zip(force, refs, strict=True)]
    df = pd.DataFrame(
        {
            "accident_index": [f"2022{r}" for r in reference],
            "accident_year": 2022,
            "accident_reference": reference,
            "longitude": np.where(gone, np.nan, lon.round(6)),
            "latitude": np.where(gone, np.nan, lat.round(6)),
            "police_force": force,
            "accident_severity": severity,
            "number_of_vehicles": vehicles,
            "number_of_casualties": casualties,
            "date": when.strftime("%d/%m/%Y"),
            "day_of_week": (when.weekday.to_numpy() + 1) % 7 + 1,
            "time": [f"{h:02d}:{m:02d}" for h, m in zip(hour, minute, strict=True)],
            "first_road_class": road_class,
            "first_road_number": road_number,
            "road_type": road_type,
            "speed_limit": speed,
            "junction_detail": junction,
            "light_conditions": light,
            "weather_conditions": weather,
            "road_surface_conditions": surface,
            "urban_or_rural_area": np.where(urban, 1, 2),
            "did_police_officer_attend_scene_of_accident": attend,
        }
    )
    return df.sort_values("accident_index").reset_index(drop=True)


def _ksi(df: pd.DataFrame) -> pd.Series:
    return df["accident_severity"].isin([1, 2])


def _s19_month(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["date"], format="%d/%m/%Y").dt.month


# --- 2. Kickstarter projects (Kaggle ks-projects-201801.csv) ------------------------------------------------------

# main_category: (weight, success probability, categories)
_KS_CATS: dict[str, tuple[float, float, list[str]]] = {
    "Film & Video": (0.17, 0.37, ["Documentary", "Shorts", "Narrative Film", "Film & Video", "Webseries", "Animation"]),
    "Music": (0.14, 0.47, ["Music", "Indie Rock", "Rock", "Country & Folk", "Hip-Hop", "Pop", "Classical Music"]),
    "Publishing": (0.105, 0.31, ["Fiction", "Nonfiction", "Children's Books", "Publishing", "Poetry", "Art Books"]),
    "Games": (0.095, 0.44, ["Tabletop Games", "Video Games", "Playing Cards", "Games", "Mobile Games"]),
    "Technology": (0.085, 0.2, ["Technology", "Apps", "Web", "Hardware", "Gadgets", "Software", "3D Printing"]),
    "Design": (0.08, 0.42, ["Product Design", "Design", "Graphic Design", "Architecture"]),
    "Art": (0.075, 0.41, ["Art", "Painting", "Illustration", "Public Art", "Mixed Media", "Sculpture"]),
    "Food": (0.065, 0.25, ["Food", "Restaurants", "Food Trucks", "Drinks", "Small Batch"]),
    "Fashion": (0.06, 0.25, ["Fashion", "Apparel", "Accessories", "Footwear", "Jewelry"]),
    "Theater": (0.03, 0.6, ["Theater", "Plays", "Musical", "Festivals"]),
    "Comics": (0.03, 0.54, ["Comics", "Comic Books", "Graphic Novels", "Webcomics"]),
    "Photography": (0.03, 0.31, ["Photography", "Photobooks", "People", "Places"]),
    "Crafts": (0.023, 0.24, ["Crafts", "DIY", "Woodworking", "Candles"]),
    "Journalism": (0.013, 0.21, ["Journalism", "Audio", "Print", "Video"]),
    "Dance": (0.01, 0.64, ["Dance", "Performances", "Residencies"]),
}
# country: (currency, weight, dollars per unit of currency by launch year 2012..2017)
_KS_COUNTRIES: dict[str, tuple[str, float, list[float]]] = {
    "US": ("USD", 0.78, [1.0] * 6),
    "GB": ("GBP", 0.09, [1.58, 1.56, 1.65, 1.53, 1.35, 1.29]),
    "CA": ("CAD", 0.04, [1.0, 0.97, 0.91, 0.78, 0.76, 0.77]),
    "AU": ("AUD", 0.02, [1.04, 0.97, 0.9, 0.75, 0.74, 0.77]),
    "DE": ("EUR", 0.011, [1.29, 1.33, 1.33, 1.11, 1.11, 1.13]),
    "FR": ("EUR", 0.008, [1.29, 1.33, 1.33, 1.11, 1.11, 1.13]),
    "NL": ("EUR", 0.008, [1.29, 1.33, 1.33, 1.11, 1.11, 1.13]),
    "IT": ("EUR", 0.007, [1.29, 1.33, 1.33, 1.11, 1.11, 1.13]),
    "SE": ("SEK", 0.005, [0.15, 0.15, 0.15, 0.12, 0.12, 0.12]),
    "MX": ("MXN", 0.004, [0.076, 0.078, 0.075, 0.063, 0.054, 0.053]),
}
_KS_WORDS = [
    "Lost",
    "Garden",
    "Little",
    "Midnight",
    "Iron",
    "Paper",
    "Moon",
    "Atlas",
    "Wild",
    "Echo",
    "Silver",
    "River",
    "Hollow",
    "Neon",
    "Brave",
    "Quiet",
    "Kitchen",
    "North",
    "Tiny",
    "Golden",
    "Velvet",
    "Static",
    "Harbor",
    "Ember",
    "Orbit",
    "Fable",
    "Copper",
    "Drift",
    "Lantern",
    "Summit",
    "Pocket",
    "Maple",
    "Comet",
    "Thunder",
    "Island",
]
_KS_KINDS = ["Album", "Board Game", "Documentary", "Cookbook", "Tour", "EP", "Smart Lamp", "Comic", "Film", "Card Game"]


def _kickstarter() -> pd.DataFrame:
    rng = np.random.default_rng(19002)
    n = 3000
    mains = list(_KS_CATS)
    main = _pick(rng, mains, [_KS_CATS[m][0] for m in mains], n)
    category = np.array([rng.choice(_KS_CATS[m][2]) for m in main], dtype=object)
    countries = list(_KS_COUNTRIES)
    country = _pick(rng, countries, [_KS_COUNTRIES[c][1] for c in countries], n)
    year = rng.choice(np.arange(2012, 2018), size=n, p=[0.11, 0.12, 0.2, 0.22, 0.18, 0.17])
    start = pd.to_datetime([f"{y}-01-01" for y in year])
    launched = start + pd.to_timedelta(rng.integers(0, 365 * 86400, n), unit="s")
    length = np.where(rng.random(n) < 0.55, 30, rng.integers(7, 61, n))
    deadline = launched.normalize() + pd.to_timedelta(length, unit="D")
    fx = np.array([_KS_COUNTRIES[c][2][y - 2012] for c, y in zip(country, year, strict=True)])
    raw = np.exp(rng.normal(np.log(5000), 1.25, n)).clip(100, 2_000_000)
    goal = np.where(raw > 1000, np.round(raw / 500) * 500, np.round(raw / 10) * 10).astype(float)
    base = np.array([_KS_CATS[m][1] for m in main])
    logit = np.log(base / (1 - base)) - 0.55 * (np.log10(goal * fx) - 3.7) - 0.3 * np.isin(year, [2014, 2015])
    p_ok = 1 / (1 + np.exp(-logit))
    r = rng.random(n)
    state = np.where(
        r < 0.1,
        "canceled",
        np.where(
            r < 0.105,
            "suspended",
            np.where(r < 0.113, "undefined", np.where(rng.random(n) < p_ok, "successful", "failed")),
        ),
    ).astype(object)
    state[deadline > pd.Timestamp("2018-01-02")] = "live"
    ratio = np.select(
        [state == "successful", state == "failed", state == "live"],
        [1 + rng.lognormal(-1.2, 1.0, n), rng.beta(0.4, 5, n), rng.beta(1, 2, n)],
        rng.beta(0.5, 4, n),
    )
    ratio = np.where((state == "failed") & (rng.random(n) < 0.2), 0.0, ratio)
    pledged = np.round(goal * ratio, 2)
    usd_real = np.round(pledged * fx, 2)
    per_backer = rng.lognormal(np.log(75), 0.5, n)
    backers = np.where(pledged > 0, np.maximum(1, np.round(usd_real / per_backer)), 0).astype(int)
    backers = np.where(state == "undefined", 0, backers)
    usd_pledged = np.where(country == "US", usd_real, np.round(usd_real * (1 + rng.normal(0, 0.03, n)), 2))
    usd_pledged = np.where(state == "undefined", np.nan, usd_pledged)
    country_out = np.where(state == "undefined", 'N,0"', country)
    names = [
        f"{rng.choice(_KS_WORDS)} {rng.choice(_KS_WORDS)}" + (f" {rng.choice(_KS_KINDS)}" if rng.random() < 0.6 else "")
        for _ in range(n)
    ]
    df = pd.DataFrame(
        {
            "ID": rng.choice(np.arange(1_000_000, 2_147_000_000), size=n, replace=False),
            "name": names,
            "category": category,
            "main_category": main,
            "currency": [_KS_COUNTRIES[c][0] for c in country],
            "deadline": deadline.strftime("%Y-%m-%d"),
            "goal": goal,
            "launched": launched.strftime("%Y-%m-%d %H:%M:%S"),
            "pledged": pledged,
            "state": state,
            "backers": backers,
            "country": country_out,
            "usd pledged": usd_pledged,
            "usd_pledged_real": usd_real,
            "usd_goal_real": np.round(goal * fx, 2),
        }
    )
    return df.sort_values("ID").reset_index(drop=True)


def _ks_ok(df: pd.DataFrame) -> pd.Series:
    return df["state"].eq("successful")


def _ks_year(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["launched"]).dt.year


# --- 3. Lending Club loans 2007-2011 (LoanStats3a.csv) ------------------------------------------------------------

_LC_GRADES = {"A": (7.4, 0.06), "B": (11.0, 0.12), "C": (13.6, 0.17), "D": (15.6, 0.22), "E": (17.6, 0.27)}
_LC_GRADES |= {"F": (19.6, 0.31), "G": (21.2, 0.34)}
_LC_PURPOSE = {
    "debt_consolidation": (0.47, ["Debt Consolidation", "Debt Consolidation Loan", "Consolidation", "debt"]),
    "credit_card": (0.13, ["Credit Card Refinance", "Credit card payoff", "credit card"]),
    "other": (0.10, ["Other Loan", "Personal", "personal loan"]),
    "home_improvement": (0.075, ["Home Improvement", "Home improvement loan", "Kitchen remodel"]),
    "major_purchase": (0.055, ["Major Purchase", "purchase"]),
    "small_business": (0.046, ["Business Loan", "Small Business Expansion", "startup"]),
    "car": (0.039, ["Car Loan", "car financing"]),
    "wedding": (0.024, ["Wedding Loan", "wedding"]),
    "medical": (0.017, ["Medical", "Medical expenses"]),
    "moving": (0.015, ["Moving", "relocation"]),
    "house": (0.01, ["House", "Down payment"]),
    "vacation": (0.009, ["Vacation", "vacation loan"]),
    "educational": (0.008, ["Education", "School"]),
    "renewable_energy": (0.003, ["Solar panels"]),
}
_LC_STATES = [
    "CA",
    "NY",
    "FL",
    "TX",
    "NJ",
    "IL",
    "PA",
    "VA",
    "GA",
    "MA",
    "OH",
    "MD",
    "AZ",
    "WA",
    "CO",
    "NC",
    "CT",
    "MI",
    "MO",
    "MN",
    "NV",
    "OR",
    "WI",
    "SC",
    "AL",
    "LA",
    "KY",
    "OK",
    "KS",
    "UT",
]
_LC_TITLES = [
    "Teacher",
    "Registered Nurse",
    "US Army",
    "Manager",
    "Project Manager",
    "Walmart",
    "Bank of America",
    "Sales",
    "Engineer",
    "Owner",
    "Supervisor",
    "Accountant",
    "Software Engineer",
    "Kaiser Permanente",
    "UPS",
    "Administrative Assistant",
    "IBM",
    "Police Officer",
    "Analyst",
    "Self Employed",
]
_LC_EMP = ["< 1 year", "1 year", *[f"{i} years" for i in range(2, 10)], "10+ years", "n/a"]


def _lending_club() -> pd.DataFrame:
    rng = np.random.default_rng(19003)
    n = 2500
    months = pd.period_range("2007-06", "2011-12", freq="M")
    mw = np.exp(0.065 * np.arange(len(months)))
    issue = months[rng.choice(len(months), size=n, p=mw / mw.sum())]
    grades = list(_LC_GRADES)
    grade = _pick(rng, grades, [0.25, 0.3, 0.2, 0.13, 0.07, 0.035, 0.015], n)
    gi = np.array([grades.index(g) for g in grade])
    sub = rng.integers(1, 6, n)
    long_ok = np.array([p >= pd.Period("2010-03", "M") for p in issue])
    term = np.where(long_ok & (rng.random(n) < np.clip(0.12 + 0.06 * gi, 0, 0.5)), 60, 36)
    year_adj = np.array([{2007: -0.6, 2008: -0.3, 2009: 0.2, 2010: 0.3, 2011: 0.6}[p.year] for p in issue])
    rate = np.array([_LC_GRADES[g][0] for g in grade]) + 0.35 * (sub - 1) + year_adj + rng.normal(0, 0.08, n)
    rate = np.round(rate, 2)
    amount = np.exp(rng.normal(np.log(9000), 0.65, n)) * np.where(term == 60, 1.3, 1.0)
    amount = (np.round(amount.clip(500, 35000) / 25) * 25).astype(int)
    funded = np.where(rng.random(n) < 0.04, np.round(amount * rng.uniform(0.6, 0.95, n) / 25) * 25, amount).astype(int)
    funded_inv = np.where(rng.random(n) < 0.3, np.round(funded - rng.uniform(0, 0.15, n) * funded, 2), funded * 1.0)
    mr = rate / 1200
    installment = np.round(funded * mr / (1 - (1 + mr) ** -term), 2)
    emp_length = _pick(
        rng, _LC_EMP, [0.115, 0.083, 0.111, 0.104, 0.087, 0.083, 0.056, 0.045, 0.037, 0.032, 0.22, 0.027], n
    )
    no_title = np.where(emp_length == "n/a", rng.random(n) < 0.8, rng.random(n) < 0.04)
    emp_title = _blank(no_title, _pick(rng, _LC_TITLES, [1.0] * len(_LC_TITLES), n))
    income = np.exp(rng.normal(np.log(58000), 0.5, n)) + 1.5 * amount * rng.uniform(0.5, 1.5, n)
    income = np.round(income / 100) * 100
    dti = np.round(rng.normal(13.5, 6.5, n).clip(0, 29.99), 2)
    p_off = np.array([_LC_GRADES[g][1] for g in grade]) + 0.09 * (term == 60) + 0.03 * (dti > 20)
    off = rng.random(n) < p_off
    purposes = list(_LC_PURPOSE)
    purpose = _pick(rng, purposes, [_LC_PURPOSE[p][0] for p in purposes], n)
    title = np.array([rng.choice(_LC_PURPOSE[p][1]) for p in purpose], dtype=object)
    # payments: fully paid loans run to term or are prepaid; charged-off loans stop part way
    paid_months = np.where(
        off,
        rng.uniform(0, 0.6, n) * term,
        np.where(rng.random(n) < 0.4, rng.uniform(0.2, 1.0, n) * term, term),
    )
    k = np.floor(paid_months)
    balance = funded * (1 + mr) ** k - installment * (((1 + mr) ** k - 1) / mr)
    total = np.where(off, installment * k + rng.uniform(0, 0.1, n) * balance, installment * k + balance.clip(0))
    revol = np.round(rng.normal(49, 28, n).clip(0, 99.9), 1)
    revol_txt = _blank(rng.random(n) < 0.002, [f"{v:.1f}%" for v in revol])
    order = np.argsort([p.ordinal for p in issue], kind="stable")[::-1]
    ids = np.sort(rng.choice(np.arange(54000, 1078000), size=n, replace=False))[::-1]
    df = pd.DataFrame(
        {
            "loan_amnt": amount,
            "funded_amnt": funded,
            "funded_amnt_inv": np.round(funded_inv, 2),
            "term": [f" {t} months" for t in term],
            "int_rate": [f"{v:.2f}%" for v in rate],
            "installment": installment,
            "grade": grade,
            "sub_grade": [f"{g}{s}" for g, s in zip(grade, sub, strict=True)],
            "emp_title": emp_title,
            "emp_length": emp_length,
            "home_ownership": _pick(rng, ["RENT", "MORTGAGE", "OWN", "OTHER"], [0.48, 0.44, 0.077, 0.003], n),
            "annual_inc": income,
            "verification_status": _pick(rng, ["Not Verified", "Verified", "Source Verified"], [0.43, 0.32, 0.25], n),
            "issue_d": [p.strftime("%b-%Y") for p in issue],
            "loan_status": np.where(off, "Charged Off", "Fully Paid"),
            "purpose": purpose,
            "title": title,
            "zip_code": [f"{z}xx" for z in rng.integers(100, 999, n)],
            "addr_state": _pick(rng, _LC_STATES, [18, 9.5, 7.2, 6.9, 4.7, 3.9, 3.8, 3.5, 3.5, 3.4] + [1.7] * 20, n),
            "dti": dti,
            "delinq_2yrs": rng.choice([0, 1, 2, 3], size=n, p=[0.89, 0.08, 0.02, 0.01]),
            "revol_util": revol_txt,
            "total_pymnt": np.round(total, 2),
        }
    ).iloc[order]
    df.insert(0, "id", ids)
    df.insert(1, "member_id", ids + 215_000 + rng.integers(0, 60, n))
    return df.reset_index(drop=True)


def _lc_off(df: pd.DataFrame) -> pd.Series:
    return df["loan_status"].eq("Charged Off")


def _lc_top_purposes(df: pd.DataFrame) -> pd.Series:
    return df.groupby("purpose")["loan_amnt"].sum().sort_values(ascending=False).head(5)


# --- 4. SF Salaries (Kaggle "SF Salaries", Salaries.csv) ----------------------------------------------------------

# JobTitle: (weight, base mean, base sd, overtime mean, other mean, part-time share)
_SF_JOBS: dict[str, tuple[float, float, float, float, float, float]] = {
    "Transit Operator": (0.12, 62000, 9000, 14000, 3500, 0.05),
    "Special Nurse": (0.07, 42000, 20000, 1500, 3000, 0.6),
    "Registered Nurse": (0.08, 118000, 16000, 5000, 6000, 0.1),
    "Firefighter": (0.06, 106000, 9000, 26000, 12000, 0.02),
    "Police Officer 3": (0.07, 114000, 8000, 18000, 9000, 0.02),
    "Custodian": (0.06, 50000, 6000, 3500, 1500, 0.08),
    "Deputy Sheriff": (0.05, 88000, 8000, 15500, 5000, 0.03),
    "Recreation Leader": (0.05, 14000, 7000, 200, 300, 0.85),
    "Public Svc Aide-Public Works": (0.04, 16000, 8000, 300, 400, 0.8),
    "Patient Care Assistant": (0.05, 64000, 7000, 8000, 2500, 0.1),
    "Sergeant 3": (0.03, 131000, 9000, 21000, 11000, 0.01),
    "Attorney (Civil/Criminal)": (0.04, 142000, 25000, 0, 1500, 0.05),
    "Senior Clerk": (0.05, 60000, 7000, 900, 700, 0.1),
    "Gardener": (0.04, 62000, 5000, 2500, 800, 0.05),
    "Stationary Engineer": (0.03, 94000, 8000, 13000, 4000, 0.02),
    "Porter": (0.04, 52000, 6000, 4500, 1200, 0.1),
    "Management Assistant": (0.04, 82000, 10000, 300, 800, 0.05),
    "Electrician": (0.03, 98000, 7000, 9000, 2500, 0.02),
}
_SF_FIRST = [
    "James",
    "Maria",
    "Robert",
    "Linda",
    "Michael",
    "Susan",
    "David",
    "Karen",
    "Richard",
    "Lisa",
    "Joseph",
    "Nancy",
    "Thomas",
    "Betty",
    "Daniel",
    "Helen",
    "Paul",
    "Sandra",
    "Mark",
    "Donna",
    "Kevin",
    "Carol",
    "Brian",
    "Ruth",
    "Anthony",
    "Sharon",
    "Steven",
    "Michelle",
    "Edward",
    "Laura",
    "Jose",
    "Patricia",
    "Kenneth",
    "Emily",
    "Gary",
    "Angela",
    "Eric",
    "Melissa",
    "Ronald",
    "Rebecca",
    "Timothy",
    "Jennifer",
    "Jason",
    "Amy",
    "Jeffrey",
    "Anna",
    "Ryan",
    "Kathleen",
    "Wei",
    "Mei",
    "Carlos",
    "Ana",
]
_SF_LAST = [
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Garcia",
    "Miller",
    "Davis",
    "Rodriguez",
    "Martinez",
    "Hernandez",
    "Lopez",
    "Gonzalez",
    "Wilson",
    "Anderson",
    "Thomas",
    "Taylor",
    "Moore",
    "Jackson",
    "Martin",
    "Lee",
    "Perez",
    "Thompson",
    "White",
    "Harris",
    "Sanchez",
    "Clark",
    "Ramirez",
    "Lewis",
    "Robinson",
    "Walker",
    "Young",
    "Allen",
    "King",
    "Wright",
    "Scott",
    "Torres",
    "Nguyen",
    "Hill",
    "Flores",
    "Green",
    "Adams",
    "Nelson",
    "Baker",
    "Hall",
    "Rivera",
    "Campbell",
    "Mitchell",
    "Carter",
    "Roberts",
    "Chan",
    "Wong",
    "Chen",
    "Lam",
    "Yee",
    "Fong",
    "Leung",
    "Tam",
    "Kwan",
    "Ng",
    "Gomez",
    "Reyes",
    "Cruz",
    "Morales",
    "Ortiz",
    "Gutierrez",
    "Chavez",
]


def _sf_salaries() -> pd.DataFrame:
    rng = np.random.default_rng(19004)
    n = 2998
    jobs = list(_SF_JOBS)
    job = _pick(rng, jobs, [_SF_JOBS[j][0] for j in jobs], n)
    spec = np.array([_SF_JOBS[j] for j in job], dtype=float)
    year = rng.choice([2011, 2012, 2013, 2014], size=n, p=[0.24, 0.25, 0.25, 0.26])
    growth = 1.025 ** (year - 2011)
    part = rng.random(n) < spec[:, 5]
    frac = np.where(part, rng.beta(1.2, 2.5, n), np.where(rng.random(n) < 0.08, rng.uniform(0.3, 1, n), 1.0))
    base = np.maximum(0, rng.normal(spec[:, 1], spec[:, 2])) * growth * frac
    ot = spec[:, 3] * rng.gamma(1.2, 1 / 1.2, n) * frac * growth * (rng.random(n) < 0.85)
    other = spec[:, 4] * rng.gamma(2.0, 0.5, n) * growth
    no_base = rng.random(n) < 0.004
    base = np.where(no_base, 0.0, base)
    benefits = np.where(part, base * 0.22 + 2000, base * 0.28 + 9500) * (0.95 + 0.1 * rng.random(n))
    benefits = np.where(year == 2011, np.nan, benefits)
    base, ot, other, benefits = (np.round(a, 2) for a in (base, ot, other, benefits))
    total = np.round(base + ot + other, 2)
    total_ben = np.round(total + np.nan_to_num(benefits), 2)
    names = [f"{rng.choice(_SF_FIRST)} {rng.choice(_SF_LAST)}" for _ in range(n)]
    names = [
        f"{nm.split()[0]} {chr(65 + int(rng.integers(0, 26)))} {nm.split()[1]}" if rng.random() < 0.35 else nm
        for nm in names
    ]
    df = pd.DataFrame(
        {
            "EmployeeName": names,
            "JobTitle": job,
            "BasePay": np.where(no_base, np.nan, base).astype(object),
            "OvertimePay": ot.astype(object),
            "OtherPay": other.astype(object),
            "Benefits": benefits.astype(object),
            "TotalPay": total,
            "TotalPayBenefits": total_ben,
            "Year": year,
            "Notes": np.nan,
            "Agency": "San Francisco",
            "Status": _blank(year != 2014, np.where(part, "PT", "FT")),
        }
    )
    blank = pd.DataFrame(
        {
            "EmployeeName": ["Not provided", "Not provided"],
            "JobTitle": ["Not provided", "Not provided"],
            "BasePay": ["Not Provided", "Not Provided"],
            "OvertimePay": ["Not Provided", "Not Provided"],
            "OtherPay": ["Not Provided", "Not Provided"],
            "Benefits": ["Not Provided", "Not Provided"],
            "TotalPay": [0.0, 0.0],
            "TotalPayBenefits": [0.0, 0.0],
            "Year": [2014, 2014],
            "Notes": [np.nan, np.nan],
            "Agency": ["San Francisco", "San Francisco"],
            "Status": [None, None],
        }
    )
    df = pd.concat([df, blank], ignore_index=True)
    df = df.sort_values(["Year", "TotalPay"], ascending=[True, False], kind="stable").reset_index(drop=True)
    df.insert(0, "Id", np.arange(1, len(df) + 1))
    return df


def _sf_real(df: pd.DataFrame) -> pd.DataFrame:
    return df[df["EmployeeName"].ne("Not provided")]


def _sf_top_ot(df: pd.DataFrame) -> pd.Series:
    g = df.assign(ot=_num(df["OvertimePay"])).groupby("JobTitle")["ot"]
    means = g.mean()[g.count() >= 20]
    return means.sort_values(ascending=False)


def _sf_top_2014(df: pd.DataFrame) -> list[str]:
    d = df[df["Year"] == 2014]
    return [str(x) for x in d.nlargest(5, "TotalPayBenefits")["EmployeeName"]]


def _sf_pt(df: pd.DataFrame, all_rows: bool) -> float:
    d = df[df["Year"] == 2014]
    if not all_rows:
        d = d[d["Status"].notna()]
    return float(d["Status"].eq("PT").sum() / len(d))


# --- 5. Invented: a housing association's responsive repairs log -------------------------------------------------

_RP_TRADES = {  # trade: (weight, winter weight, median quote £)
    "Plumbing": (0.24, 0.22, 180),
    "Electrical": (0.15, 0.13, 160),
    "Carpentry": (0.16, 0.12, 140),
    "Roofing": (0.07, 0.08, 650),
    "Gas & Heating": (0.13, 0.22, 210),
    "Damp & Mould": (0.1, 0.14, 480),
    "Glazing": (0.06, 0.05, 260),
    "General Building": (0.09, 0.07, 220),
}
_RP_CONTRACTORS = {  # contractor: (weight, speed factor, first-visit fix rate)
    "Cityworks DLO": (0.4, 0.9, 0.82),
    "Apex Building Services": (0.25, 1.0, 0.74),
    "Northgate Repairs": (0.2, 1.1, 0.67),
    "Keystone Maintenance": (0.15, 1.35, 0.58),
}
_RP_ESTATES = [
    "Brookfield Estate",
    "Canal Side",
    "Holloway Court",
    "Marsh Lane",
    "St Anne's Gardens",
    "The Mount",
    "Victoria Park Flats",
    "Westgate Tower",
]


def _repairs() -> pd.DataFrame:
    rng = np.random.default_rng(19005)
    n = 1800
    month_w = [0.112, 0.095, 0.085, 0.075, 0.07, 0.064, 0.066, 0.068, 0.075, 0.088, 0.1, 0.104]
    reported = _dates_in(
        rng, "2023-01-01", "2023-12-31", n, lambda d: month_w[d.month - 1] / d.days_in_month * (d.weekday() < 5 or 0.3)
    )
    reported = reported.sort_values()
    winter = np.isin(reported.month, [1, 2, 3, 10, 11, 12])
    trades = list(_RP_TRADES)
    trade = np.where(
        winter,
        _pick(rng, trades, [_RP_TRADES[t][1] for t in trades], n),
        _pick(rng, trades, [_RP_TRADES[t][0] for t in trades], n),
    )
    priority = _pick(rng, ["P1 Emergency", "P2 Urgent", "P3 Routine"], [0.15, 0.3, 0.55], n)
    priority = np.where((trade == "Gas & Heating") & winter & (rng.random(n) < 0.3), "P1 Emergency", priority)
    names = list(_RP_CONTRACTORS)
    contractor = _pick(rng, names, [_RP_CONTRACTORS[c][0] for c in names], n)
    speed = np.array([_RP_CONTRACTORS[c][1] for c in contractor])
    slow = np.where(trade == "Roofing", 1.4, np.where(trade == "Damp & Mould", 1.5, 1.0))
    days = np.select(
        [priority == "P1 Emergency", priority == "P2 Urgent"],
        [rng.exponential(0.6, n), rng.gamma(2, 3, n)],
        rng.gamma(2.2, 10, n),
    )
    days = np.round(days * speed * slow).astype(int)
    completed = reported + pd.to_timedelta(days, unit="D")
    open_ = (completed > pd.Timestamp("2024-01-12")) | (rng.random(n) < 0.015)
    quote = np.array([_RP_TRADES[t][2] for t in trade]) * rng.lognormal(0, 0.55, n)
    quote = np.round(quote * np.where(priority == "P1 Emergency", 1.3, 1.0), 2)
    invoiced = quote * (1 + rng.normal(0.04, 0.12, n)) * np.where(rng.random(n) < 0.12, 1.4, 1.0)
    invoiced = np.where(open_, np.nan, np.round(invoiced, 2))
    p_fix = np.array([_RP_CONTRACTORS[c][2] for c in contractor]) - 0.15 * (trade == "Damp & Mould")
    p_fix = p_fix - 0.1 * (trade == "Roofing")
    fixed = rng.random(n) < p_fix
    ffv = _blank(open_, np.where(fixed, "Y", "N"))
    score = np.clip(np.round(4.4 - 0.025 * days - 0.9 * ~fixed + rng.normal(0, 0.8, n)), 1, 5)
    score = np.where(open_ | (rng.random(n) > 0.4), np.nan, score)
    return pd.DataFrame(
        {
            "Job Ref": [f"RJ-23-{i:05d}" for i in range(1, n + 1)],
            "Date Reported": reported.strftime("%d/%m/%Y"),
            "Date Completed": _blank(open_, completed.strftime("%d/%m/%Y")),
            "Priority": priority,
            "Trade": trade,
            "Estate": _pick(rng, _RP_ESTATES, [0.16, 0.1, 0.14, 0.11, 0.09, 0.12, 0.15, 0.13], n),
            "Contractor": contractor,
            "Quoted £": quote,
            "Invoiced £": invoiced,
            "Fixed First Visit (Y/N)": ffv,
            "Tenant Sat (1-5)": score,
        }
    )


def _rp_days(df: pd.DataFrame) -> pd.Series:
    done = pd.to_datetime(df["Date Completed"], format="%d/%m/%Y")
    return (done - pd.to_datetime(df["Date Reported"], format="%d/%m/%Y")).dt.days


# --- 6. Invented: a company's recruitment pipeline export ---------------------------------------------------------

_HR_STAGES = ["Applied", "Phone Screen", "Interview", "Final Interview", "Offer", "Hired"]
_HR_SOURCES = {  # source: (weight, pass phone screen, offer accepted)
    "LinkedIn": (0.32, 0.35, 0.78),
    "Job Board": (0.28, 0.22, 0.74),
    "Careers Site": (0.18, 0.3, 0.8),
    "Referral": (0.1, 0.6, 0.9),
    "Agency": (0.12, 0.5, 0.68),
}
_HR_DEPTS = {  # department: (weight, mean days to hire, median current salary)
    "Engineering": (0.3, 42, 62000),
    "Sales": (0.22, 28, 38000),
    "Customer Success": (0.15, 25, 31000),
    "Operations": (0.13, 31, 34000),
    "Marketing": (0.1, 34, 40000),
    "Finance": (0.1, 37, 45000),
}


def _hiring() -> pd.DataFrame:
    rng = np.random.default_rng(19006)
    n = 2600
    month_w = [0.12, 0.095, 0.09, 0.08, 0.08, 0.075, 0.07, 0.05, 0.097, 0.09, 0.083, 0.064]
    applied = _dates_in(
        rng, "2024-01-01", "2024-12-31", n, lambda d: month_w[d.month - 1] / d.days_in_month * (d.weekday() < 5 or 0.4)
    ).sort_values()
    depts = list(_HR_DEPTS)
    dept = _pick(rng, depts, [_HR_DEPTS[d][0] for d in depts], n)
    sources = list(_HR_SOURCES)
    source = _pick(rng, sources, [_HR_SOURCES[s][0] for s in sources], n)
    spec = np.array([_HR_SOURCES[s] for s in source], dtype=float)
    passes = np.column_stack(
        [
            rng.random(n) < spec[:, 1],
            rng.random(n) < 0.55,
            rng.random(n) < 0.55,
            rng.random(n) < 0.6,
        ]
    )
    reached = np.cumprod(passes, axis=1).sum(axis=1)  # 0 Applied .. 4 Offer
    late = applied > pd.Timestamp("2024-11-15")
    reached = np.where(late & (rng.random(n) < 0.5), np.minimum(reached, rng.integers(0, 4, n)), reached)
    offer = reached == 4
    pending = offer & (applied > pd.Timestamp("2024-11-20")) & (rng.random(n) < 0.5)
    accepted = offer & ~pending & (rng.random(n) < spec[:, 2])
    declined = offer & ~pending & ~accepted
    stage = np.array(_HR_STAGES, dtype=object)[np.where(accepted, 5, reached)]
    dspec = np.array([_HR_DEPTS[d] for d in dept], dtype=float)
    days = np.where(accepted, np.round(rng.gamma(6, dspec[:, 1] / 6)), np.nan)
    current = np.round(dspec[:, 2] * rng.lognormal(0, 0.25, n) / 500) * 500
    offer_salary = np.where(offer, np.round(current * rng.uniform(1.03, 1.18, n) / 1000) * 1000, np.nan)
    current = np.where(rng.random(n) < 0.45, np.nan, current)
    return pd.DataFrame(
        {
            "Candidate ID": [f"CAND-{i:05d}" for i in rng.choice(np.arange(10000, 99999), size=n, replace=False)],
            "Req ID": [f"REQ-{d[:3].upper()}-{rng.integers(1, 25):03d}" for d in dept],
            "Department": dept,
            "Location": _pick(rng, ["London", "Manchester", "Remote"], [0.45, 0.3, 0.25], n),
            "Source": source,
            "Applied On": applied.strftime("%Y-%m-%d"),
            "Stage Reached": stage,
            "Offer Accepted": _blank(~accepted & ~declined, np.where(accepted, "Yes", "No")),
            "Days to Hire": days,
            "Current Salary (GBP)": current,
            "Offer Salary (GBP)": offer_salary,
        }
    )


def _hr_month_counts(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Applied On"]).dt.month.value_counts()


# --- 7. Invented: a hospital's outpatient appointments extract ----------------------------------------------------

_OP_SPECS = {  # specialty: (weight, mean age, extra DNA risk, virtual share, mean wait weeks)
    "Trauma & Orthopaedics": (0.18, 55, 0.0, 0.1, 23),
    "Ophthalmology": (0.16, 68, -0.01, 0.05, 19),
    "Dermatology": (0.12, 45, 0.01, 0.35, 15),
    "Cardiology": (0.1, 66, -0.005, 0.2, 11),
    "Gastroenterology": (0.1, 52, 0.015, 0.2, 14),
    "ENT": (0.1, 45, 0.005, 0.15, 17),
    "Gynaecology": (0.1, 42, 0.01, 0.2, 16),
    "Paediatrics": (0.08, 8, 0.045, 0.15, 12),
}


def _outpatients() -> pd.DataFrame:
    rng = np.random.default_rng(19007)
    n = 3000
    dow_w = [1.18, 1.03, 1.0, 0.97, 0.8, 0.0, 0.0]
    when = _dates_in(rng, "2024-01-02", "2024-06-28", n, lambda d: dow_w[d.weekday()]).sort_values()
    specs = list(_OP_SPECS)
    spec_name = _pick(rng, specs, [_OP_SPECS[s][0] for s in specs], n)
    spec = np.array([_OP_SPECS[s][1:] for s in spec_name], dtype=float)
    paeds = spec_name == "Paediatrics"
    age = np.where(paeds, rng.integers(0, 17, n), np.round(rng.normal(spec[:, 0], 16, n)).clip(17, 97)).astype(int)
    sex = np.where(spec_name == "Gynaecology", "F", _pick(rng, ["F", "M"], [0.53, 0.47], n))
    decile = rng.choice(np.arange(1, 11), size=n, p=np.linspace(1.3, 0.8, 10) / np.linspace(1.3, 0.8, 10).sum())
    virtual = rng.random(n) < spec[:, 2]
    new = rng.random(n) < 0.38
    wait = np.where(new, np.round(rng.gamma(4, spec[:, 3] / 4, n)), np.nan)
    p_dna = 0.03 + 0.009 * (10 - decile) + 0.035 * ((age >= 16) & (age <= 30)) - 0.03 * virtual + spec[:, 1]
    p_dna = p_dna + 0.002 * np.nan_to_num(wait) + 0.01 * ~new
    r = rng.random(n)
    outcome = np.where(
        r < p_dna,
        "DNA",
        np.where(
            r < p_dna + 0.06,
            "Cancelled by Patient",
            np.where(r < p_dna + 0.06 + 0.05 - 0.02 * virtual, "Cancelled by Hospital", "Attended"),
        ),
    )
    slots = [f"{h:02d}:{m:02d}" for h in range(8, 17) for m in (0, 15, 30, 45)]
    return pd.DataFrame(
        {
            "Appt ID": [f"OP{i:07d}" for i in rng.choice(np.arange(1_000_000, 9_999_999), size=n, replace=False)],
            "Appt Date": when.strftime("%d-%b-%Y"),
            "Appt Time": rng.choice(slots, size=n),
            "Specialty": spec_name,
            "Clinic Type": np.where(new, "New", "Follow Up"),
            "Outcome": outcome,
            "Wait from Referral (wks)": wait,
            "Age": age,
            "Sex": sex,
            "IMD Decile": decile,
            "Virtual (Y/N)": np.where(virtual, "Y", "N"),
        }
    )


def _dna(df: pd.DataFrame, booked: bool) -> pd.Series:
    """1/0 per appointment (NaN where excluded): over all appointments, or only those attended or missed."""
    out = df["Outcome"].eq("DNA").astype(float)
    return out if not booked else out.where(df["Outcome"].isin(["DNA", "Attended"]))


def _dna_rates(col: str, keys: list[Any], booked: bool) -> Callable[[pd.DataFrame], Any]:
    return lambda df: _dna(df, booked).groupby(df[col]).mean().reindex(keys).to_numpy()


def _dna_by(col: str, keys: list[Any]) -> Check:
    """The DNA rate of each group, over all appointments or over those attended or missed."""
    return either(*(_shares(_dna_rates(col, keys, b)) for b in (False, True)))


def _dna_top(booked: bool) -> Callable[[pd.DataFrame], str]:
    return lambda df: str(_dna(df, booked).groupby(df["Specialty"]).mean().idxmax())


def _op_weekday(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Appt Date"], format="%d-%b-%Y").dt.day_name().value_counts()


def _op_wait(df: pd.DataFrame) -> pd.Series:
    new = df[df["Clinic Type"].eq("New")]
    return new.groupby("Specialty")["Wait from Referral (wks)"].median().sort_values(ascending=False)


# --- the set -------------------------------------------------------------------------------------------------------

HELDOUT19 = [
    Dataset(
        "stats19_collisions",
        _stats19,
        [
            Q(
                "what proportion of these collisions were killed or seriously injured (severity 1 or 2)?",
                _share(lambda df: _ksi(df).mean()),
                ("accident_severity",),
            ),
            Q(
                "what's the average number involved per collision?",
                asks("number_of_vehicles", "number_of_casualties"),
                ("number_of_vehicles", "number_of_casualties"),
            ),
            Q(
                "how many casualties per crash on average on 70mph roads compared with 30mph ones?",
                has(lambda df: [df.loc[df["speed_limit"] == s, "number_of_casualties"].mean() for s in (70, 30)]),
                ("number_of_casualties", "speed_limit"),
            ),
            Q(
                "which day of the week gets the most crashes?",
                has(lambda df: df["day_of_week"].value_counts().max()),
                ("day_of_week", "date"),
            ),
            Q(
                "show me a chart of collisions by month",
                has(lambda df: _s19_month(df).value_counts().max()),
                ("date",),
            ),
            Q(
                "is the KSI share worse in the dark? light_conditions 1 is daylight, 4 to 7 are darkness",
                _shares(
                    lambda df: [
                        _ksi(df)[df["light_conditions"] == 1].mean(),
                        _ksi(df)[df["light_conditions"].isin([4, 5, 6, 7])].mean(),
                    ]
                ),
                ("light_conditions", "accident_severity"),
            ),
        ],
    ),
    Dataset(
        "kickstarter_projects",
        _kickstarter,
        [
            Q(
                "what % of projects were successful?",
                either(
                    _share(lambda df: _ks_ok(df).mean()),
                    _share(lambda df: _ks_ok(df).sum() / df["state"].isin(["successful", "failed"]).sum()),
                    _share(lambda df: _ks_ok(df).sum() / df["state"].ne("live").sum()),
                ),
                ("state",),
            ),
            Q(
                "which main category has the best success rate?",
                both(
                    label_of(lambda df: str(_ks_ok(df).groupby(df["main_category"]).mean().idxmax())),
                    _share(lambda df: _ks_ok(df).groupby(df["main_category"]).mean().max()),
                ),
                ("main_category", "state"),
            ),
            Q(
                "what's the average amount per project?",
                asks("goal", "pledged"),
                ("goal", "pledged", "usd pledged", "usd_pledged_real", "usd_goal_real"),
            ),
            Q(
                "median goal in dollars for successful vs failed projects",
                has(lambda df: [df.loc[df["state"] == s, "usd_goal_real"].median() for s in ("successful", "failed")]),
                ("usd_goal_real", "state"),
            ),
            Q(
                "do projects with more backers raise more money?",
                either(*(_corr(_col("backers"), _col(c)) for c in ("usd_pledged_real", "usd pledged", "pledged"))),
                ("backers", "usd_pledged_real", "usd pledged", "pledged"),
            ),
            Q(
                "plot how many projects were launched each year",
                has(lambda df: _ks_year(df).value_counts().max()),
                ("launched",),
            ),
        ],
    ),
    Dataset(
        "lending_club_loans",
        _lending_club,
        [
            Q(
                "average interest rate for each grade",
                has(lambda df: _num(df["int_rate"]).groupby(df["grade"]).mean().to_numpy()),
                ("int_rate", "grade"),
            ),
            Q(
                "what percentage of loans got charged off?",
                _share(lambda df: _lc_off(df).mean()),
                ("loan_status",),
            ),
            Q(
                "is that worse for 60 month loans than 36 month ones?",
                _shares(lambda df: _lc_off(df).groupby(_num(df["term"])).mean().reindex([36, 60]).to_numpy()),
                ("loan_status", "term"),
            ),
            Q(
                "top 5 loan purposes by total amount lent",
                both(
                    _labels(lambda df: list(_lc_top_purposes(df).index)),
                    either(
                        has(lambda df: _lc_top_purposes(df).iloc[0]),
                        has(lambda df: df.groupby("purpose")["funded_amnt"].sum().max()),
                    ),
                ),
                ("purpose", "loan_amnt", "funded_amnt", "funded_amnt_inv"),
            ),
            Q(
                "how many borrowers didn't give an employment length?",
                has(lambda df: int((df["emp_length"].isna() | df["emp_length"].eq("n/a")).sum())),
                ("emp_length",),
            ),
            Q(
                "what's the average payment?",
                asks("installment", "total_pymnt"),
                ("installment", "total_pymnt"),
            ),
        ],
    ),
    Dataset(
        "sf_salaries",
        _sf_salaries,
        [
            Q("what's the average pay?", asks("BasePay", "TotalPay"), ("BasePay", "TotalPay", "TotalPayBenefits")),
            Q(
                "average total pay by year",
                either(
                    has(lambda df: df.groupby("Year")["TotalPay"].mean().to_numpy()),
                    has(lambda df: _sf_real(df).groupby("Year")["TotalPay"].mean().to_numpy()),
                ),
                ("TotalPay", "Year"),
            ),
            Q(
                "how many records have no benefits figure?",
                either(
                    has(lambda df: int(df["Benefits"].isna().sum())),
                    has(lambda df: int(_num(df["Benefits"]).isna().sum())),
                ),
                ("Benefits",),
            ),
            Q(
                "which job title gets the most overtime on average? only titles with at least 20 people",
                both(
                    label_of(lambda df: str(_sf_top_ot(df).index[0])),
                    has(lambda df: _sf_top_ot(df).iloc[0]),
                ),
                ("JobTitle", "OvertimePay"),
            ),
            Q(
                "what share of the 2014 staff were part-time?",
                either(_share(lambda df: _sf_pt(df, False)), _share(lambda df: _sf_pt(df, True))),
                ("Status", "Year"),
            ),
            Q(
                "who were the top 5 earners in 2014 counting benefits?",
                _labels(_sf_top_2014),
                ("EmployeeName", "TotalPayBenefits", "Year"),
            ),
        ],
    ),
    Dataset(
        "housing_repairs",
        _repairs,
        [
            Q(
                "how long do repairs take on average, split by priority?",
                has(lambda df: _rp_days(df).groupby(df["Priority"]).mean().to_numpy()),
                ("Date Reported", "Date Completed", "Priority"),
            ),
            Q("what's the average cost of a job?", asks("Quoted", "Invoiced"), ("Quoted £", "Invoiced £")),
            Q(
                "first time fix rate for each contractor",
                _shares(
                    lambda df: (
                        df["Fixed First Visit (Y/N)"].dropna().eq("Y").groupby(df["Contractor"]).mean().to_numpy()
                    )
                ),
                ("Contractor", "Fixed First Visit (Y/N)"),
            ),
            Q(
                "which trade have we been invoiced the most for in total?",
                both(
                    label_of(lambda df: str(df.groupby("Trade")["Invoiced £"].sum().idxmax())),
                    has(lambda df: df.groupby("Trade")["Invoiced £"].sum().max()),
                ),
                ("Trade", "Invoiced £"),
            ),
            Q(
                "chart the number of repairs reported each month",
                has(lambda df: pd.to_datetime(df["Date Reported"], format="%d/%m/%Y").dt.month.value_counts().max()),
                ("Date Reported",),
            ),
            Q(
                "is tenant satisfaction linked to how long the repair took?",
                _corr(lambda df: df["Tenant Sat (1-5)"], _rp_days),
                ("Tenant Sat (1-5)", "Date Reported", "Date Completed"),
            ),
        ],
    ),
    Dataset(
        "hiring_pipeline",
        _hiring,
        [
            Q(
                "what % of applicants end up hired, by source?",
                _shares(lambda df: df["Stage Reached"].eq("Hired").groupby(df["Source"]).mean().to_numpy()),
                ("Source", "Stage Reached", "Offer Accepted"),
            ),
            Q(
                "average days to hire for each department",
                has(lambda df: df.groupby("Department")["Days to Hire"].mean().to_numpy()),
                ("Department", "Days to Hire"),
            ),
            Q(
                "what's our offer acceptance rate?",
                either(
                    _share(lambda df: df["Offer Accepted"].eq("Yes").sum() / df["Offer Accepted"].notna().sum()),
                    _share(
                        lambda df: (
                            df["Offer Accepted"].eq("Yes").sum() / df["Stage Reached"].isin(["Offer", "Hired"]).sum()
                        )
                    ),
                ),
                ("Offer Accepted", "Stage Reached"),
            ),
            Q(
                "what's the average salary?",
                asks("Current Salary", "Offer Salary"),
                ("Current Salary (GBP)", "Offer Salary (GBP)"),
            ),
            Q("plot applications per month", has(lambda df: _hr_month_counts(df).max()), ("Applied On",)),
            Q("which month had the fewest?", has(lambda df: _hr_month_counts(df).min()), ("Applied On",)),
        ],
    ),
    Dataset(
        "outpatient_appointments",
        _outpatients,
        [
            Q(
                "what's our DNA rate?",
                either(_share(lambda df: _dna(df, False).mean()), _share(lambda df: _dna(df, True).mean())),
                ("Outcome",),
            ),
            Q(
                "which specialty has the highest DNA rate?",
                either(label_of(_dna_top(False)), label_of(_dna_top(True))),
                ("Specialty", "Outcome"),
            ),
            Q(
                "do the most deprived (IMD decile 1) miss more appts than the least deprived (decile 10)?",
                _dna_by("IMD Decile", [1, 10]),
                ("IMD Decile", "Outcome"),
            ),
            Q(
                "which specialty has the longest median wait for new patients, and how long is it?",
                both(label_of(lambda df: str(_op_wait(df).index[0])), has(lambda df: _op_wait(df).iloc[0])),
                ("Specialty", "Wait from Referral (wks)", "Clinic Type"),
            ),
            Q(
                "are virtual appointments missed less often than face to face ones?",
                _dna_by("Virtual (Y/N)", ["Y", "N"]),
                ("Virtual (Y/N)", "Outcome"),
            ),
            Q(
                "show me appointments by day of the week",
                both(label_of(lambda df: str(_op_weekday(df).idxmax())), has(lambda df: _op_weekday(df).max())),
                ("Appt Date",),
            ),
        ],
    ),
]
