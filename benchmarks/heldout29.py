"""HELDOUT29: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of well-known public datasets: Kaggle's Mall Customers segmentation file
(Mall_Customers.csv) with its "Genre" column for gender, "Annual Income (k$)" and "Spending Score (1-100)", sorted
by income; the UCI Auto MPG data as Kaggle's auto-mpg.csv, with "?" for six unknown horsepowers, two-digit model
years, 1/2/3 origin codes and lowercase car names carrying their misspelt and abbreviated makes ("chevroelt",
"toyouta", "vw"); the UCI Abalone data with its M/F/I (infant) sex codes, scaled weights, ring counts and two zero
heights; seaborn's planets with its discovery methods, orbital periods in days, masses in Jupiter masses, distances in
parsecs and many blanks; Our World in Data's owid-co2-data.csv for 1990-2022 with its country rows beside "World",
continent and income-group rows that have no iso_code, emissions in million tonnes and no GDP after 2018; HM Land
Registry's Price Paid Data as the Kaggle price_paid_records.csv, with braced transaction GUIDs, D/S/T/F/O property
types, Y/N new-build flags, F/L tenures, upper-case towns and counties and A/B PPD categories; Instacart's
orders.csv with its prior/train/test eval_set, 0-6 day-of-week codes and blank days_since_prior_order on each
customer's first order. All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from .offline_eval import NUMBER_TOKEN as _TOKEN
from .offline_eval import Check, Dataset, Q, asks, both, either, has, label_of
from .offline_eval import corr_of as _corr
from .offline_eval import labels_in as _labels
from .offline_eval import numbers_found as _found
from .offline_eval import pick_one as _one
from .offline_eval import rounded_share as _share

# --- shared helpers ------------------------------------------------------------------------------------------------


def _about(values: Callable[[pd.DataFrame], Any]) -> Check:
    """Every value appears to within 1%, or rounded to one decimal (a mean age of 12.57 read as 12.6)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        found = _found(answer)
        for w in np.atleast_1d(values(df)):
            want = float(w)
            if not any(abs(f - want) <= max(0.01 * abs(want), 0.05) for f in found):
                return f"missing number {want:.4g}"
        return None

    return check


def _scaled(values: Callable[[pd.DataFrame], Any], scales: Sequence[float], rel: float = 0.006) -> Check:
    """Every amount appears in full or in a larger unit ("£412k", "11.4 billion tonnes" for 11,397 Mt), to within
    `rel` or the rounding of the figure as written (never looser than 2%)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        tokens = [t.replace(",", "") for t in _TOKEN.findall(answer)]
        for w in np.atleast_1d(values(df)):
            want = float(w)
            ok = False
            for t in tokens:
                f = float(t)
                places = len(t.split(".")[1]) if "." in t else 0
                for scale in (1.0, *scales):
                    tol = max(rel * abs(want), min(0.5 * 10.0**-places * scale, 0.02 * abs(want)))
                    if abs(f * scale - want) <= tol:
                        ok = True
            if not ok:
                return f"missing amount {want:.6g}"
        return None

    return check


def _month_word(month: int) -> str:
    stamp = pd.Timestamp(2000, month, 1)
    return rf"\b(?:{stamp:%B}|{stamp:%b})\b"


def _period_label(period: Callable[[pd.DataFrame], pd.Period]) -> Check:
    """A month of a multi-year file, as "2016-03" or as "Mar(ch) ... 2016"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        p = period(df)
        if f"{p.year}-{p.month:02d}" in answer:
            return None
        if re.search(_month_word(p.month), answer, re.IGNORECASE) and str(p.year) in answer:
            return None
        return f"missing month {p}"

    return check


def _year_word(year: Callable[[pd.DataFrame], int]) -> Check:
    """A year as a word of its own ("2011", not "2011.5")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        y = int(year(df))
        return None if re.search(rf"(?<![\d.]){y}(?![\d])", answer) else f"missing year {y}"

    return check


def _split(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


def _exact_counts(rng: np.random.Generator, counts: dict[str, int]) -> list[str]:
    """Labels repeated to their exact counts, shuffled."""
    out = [label for label, k in counts.items() for _ in range(k)]
    return [out[i] for i in rng.permutation(len(out))]


# --- 1. Mall Customers segmentation (Kaggle, Mall_Customers.csv) ---------------------------------------------------

_MALL_SEGMENTS = [  # (count, income mean, income sd, score mean, score sd, age mean, age sd, share female)
    (69, 26.0, 7.0, 20.0, 11.0, 45.0, 13.0, 0.6),
    (66, 25.0, 7.0, 79.0, 10.0, 25.0, 5.0, 0.59),
    (243, 55.0, 8.5, 50.0, 6.5, 42.0, 16.0, 0.58),
    (117, 86.0, 16.0, 82.0, 9.0, 32.5, 3.8, 0.54),
    (105, 88.0, 16.0, 17.0, 10.0, 41.0, 11.0, 0.46),
]


def _mall_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2901)
    rows = []
    for count, inc_mu, inc_sd, sc_mu, sc_sd, age_mu, age_sd, female in _MALL_SEGMENTS:
        for _ in range(count):
            rows.append(
                {
                    "Genre": "Female" if rng.random() < female else "Male",
                    "Age": int(np.clip(round(rng.normal(age_mu, age_sd)), 18, 70)),
                    "Annual Income (k$)": int(np.clip(round(rng.normal(inc_mu, inc_sd)), 15, 137)),
                    "Spending Score (1-100)": int(np.clip(round(rng.normal(sc_mu, sc_sd)), 1, 99)),
                }
            )
    df = pd.DataFrame(rows)
    df = df.iloc[rng.permutation(len(df))].sort_values("Annual Income (k$)", kind="stable", ignore_index=True)
    df.insert(0, "CustomerID", range(1, len(df) + 1))
    return df


_INC = "Annual Income (k$)"
_SCORE = "Spending Score (1-100)"


def _earners(strict: bool) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: d[_INC] > 70 if strict else d[_INC] >= 70


def _mall_by_genre(d: pd.DataFrame) -> np.ndarray:
    return np.asarray(d[_INC].groupby(d["Genre"]).mean().reindex(["Female", "Male"]), dtype=float)


def _mall_medians(over: int) -> Callable[[pd.DataFrame], np.ndarray]:
    """Median incomes of under-30s and of over-50s (over 50, or 50 and over)."""

    def value(d: pd.DataFrame) -> np.ndarray:
        return np.asarray([d.loc[d["Age"] < 30, _INC].median(), d.loc[d["Age"] >= over, _INC].median()], dtype=float)

    return value


_MALL_QS = [
    Q(
        "whats the average annual income of our customers?",
        either(has(lambda d: float(d[_INC].mean())), has(lambda d: float(d[_INC].mean() * 1000))),
        (_INC,),
    ),
    Q(
        "break that down by gender pls",
        either(has(_mall_by_genre), has(lambda d: _mall_by_genre(d) * 1000)),
        (_INC, "Genre"),
    ),
    Q(
        "how many customers earn more than 70k?",
        either(has(lambda d: float(_earners(True)(d).sum())), has(lambda d: float(_earners(False)(d).sum()))),
        (_INC, "CustomerID"),
    ),
    Q(
        "and how many of those have a spending score under 40",
        either(
            has(lambda d: float((_earners(True)(d) & (d[_SCORE] < 40)).sum())),
            has(lambda d: float((_earners(False)(d) & (d[_SCORE] < 40)).sum())),
        ),
        (_INC, _SCORE, "CustomerID"),
    ),
    Q(
        "plot age against spending score and tell me the corelation",
        _corr(lambda d: d["Age"], lambda d: d[_SCORE]),
        ("Age", _SCORE),
    ),
    Q(
        "median income for under 30s vs over 50s?",
        either(
            has(_mall_medians(51)),
            has(_mall_medians(50)),
            has(lambda d: _mall_medians(51)(d) * 1000),
            has(lambda d: _mall_medians(50)(d) * 1000),
        ),
        (_INC, "Age"),
    ),
]


# --- 2. UCI Auto MPG (Kaggle, auto-mpg.csv) ------------------------------------------------------------------------

_MPG_MAKES = {  # origin: {make as written: count}
    1: {
        "ford": 51,
        "chevrolet": 43,
        "plymouth": 31,
        "amc": 28,
        "dodge": 28,
        "buick": 17,
        "pontiac": 16,
        "mercury": 11,
        "oldsmobile": 10,
        "chrysler": 6,
        "chevy": 3,
        "cadillac": 2,
        "chevroelt": 1,
        "capri": 1,
        "hi": 1,
    },
    2: {
        "volkswagen": 15,
        "peugeot": 8,
        "fiat": 8,
        "audi": 7,
        "volvo": 6,
        "vw": 6,
        "renault": 5,
        "saab": 4,
        "opel": 4,
        "bmw": 2,
        "mercedes-benz": 2,
        "vokswagen": 1,
        "mercedes": 1,
        "triumph": 1,
    },
    3: {"toyota": 25, "datsun": 23, "honda": 13, "mazda": 10, "subaru": 4, "maxda": 2, "toyouta": 1, "nissan": 1},
}
_MPG_MODELS = {
    "ford": "pinto;maverick;torino;galaxie 500;mustang ii;granada;fairmont;ltd;fiesta;escort 2h;gran torino;f108",
    "chevrolet": "chevelle malibu;impala;vega;nova;monte carlo;caprice classic;chevette;citation;malibu;camaro",
    "chevy": "c20;s-10;c10",
    "chevroelt": "chevelle malibu",
    "plymouth": "duster;fury iii;valiant;volare;horizon;satellite;champ;reliant;arrow gs;sapporo",
    "amc": "hornet;gremlin;matador;concord;ambassador dpl;pacer;spirit dl;rebel sst",
    "dodge": "dart custom;coronet brougham;aspen;colt;omni;challenger se;charger 2.2;diplomat;rampage",
    "buick": "skylark 320;century;estate wagon (sw);lesabre custom;regal sport coupe (turbo);skyhawk",
    "pontiac": "catalina;firebird;ventura sj;grand prix;phoenix;sunbird coupe;lemans v6",
    "mercury": "monarch;marquis;capri v6;zephyr;cougar brougham;lynx l",
    "oldsmobile": "cutlass supreme;omega;delta 88 royale;starfire sx;vista cruiser",
    "chrysler": "newport royal;cordoba;lebaron salon;new yorker brougham",
    "cadillac": "seville;eldorado",
    "capri": "ii",
    "hi": "1200d",
    "volkswagen": "1131 deluxe sedan;super beetle;rabbit;dasher;scirocco;jetta;type 3",
    "vw": "rabbit;dasher (diesel);pickup;rabbit custom",
    "vokswagen": "rabbit",
    "peugeot": "504;304;604sl;505s turbo diesel",
    "fiat": "124b;128;124 sport coupe;131;strada custom;x1.9",
    "audi": "100 ls;fox;5000;4000",
    "volvo": "144ea;145e (sw);244dl;264gl;diesel",
    "renault": "12 (sw);5 gtl;lecar deluxe;18i",
    "saab": "99e;99le;99gle;900s",
    "opel": "1900;manta",
    "bmw": "2002;320i",
    "mercedes-benz": "280s;240d",
    "mercedes": "benz 300d",
    "triumph": "tr7 coupe",
    "toyota": "corona mark ii;corolla 1200;corona;celica gt;cressida;tercel;starlet;corolla liftback",
    "toyouta": "corona mark ii (sw)",
    "datsun": "pl510;510;b210;710;f-10 hatchback;200sx;280-zx;310;210",
    "honda": "civic;civic cvcc;accord;prelude;accord lx",
    "mazda": "rx2 coupe;rx-4;glc deluxe;626;rx-7 gs",
    "maxda": "rx3;glc deluxe",
    "subaru": "dl;subaru",
    "nissan": "stanza xe",
}
_MPG_CYL = {  # origin: (cylinders, weights)
    1: ([4, 6, 8], [70, 75, 104]),
    2: ([4, 5, 6], [63, 3, 4]),
    3: ([3, 4, 6], [4, 69, 6]),
}
_MPG_SHAPE = {  # cylinders: (displacement, horsepower, weight)
    3: (70.0, 97.0, 2400.0),
    4: (110.0, 78.0, 2300.0),
    5: (130.0, 82.0, 3100.0),
    6: (215.0, 102.0, 3200.0),
    8: (345.0, 160.0, 4100.0),
}


def _mpg_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2922)
    makes: list[tuple[int, str]] = []
    for origin, counts in _MPG_MAKES.items():
        makes += [(origin, m) for m in _exact_counts(rng, counts)]
    rows = []
    for i in rng.permutation(len(makes)):
        origin, make = makes[int(i)]
        year = int(rng.integers(70, 83))
        options, cyl_weights = _MPG_CYL[origin]
        era = [1.6 if c == 8 and year < 76 else 0.6 if c == 8 and year > 78 else 1.0 for c in options]
        cyl = int(_one(rng, options, [x * e for x, e in zip(cyl_weights, era, strict=True)]))
        disp, hp, weight = _MPG_SHAPE[cyl]
        if cyl == 4 and origin == 1:
            disp, hp, weight = 135.0, 86.0, 2550.0
        elif cyl == 4 and origin == 2:
            disp, hp, weight = 112.0, 80.0, 2480.0
        size = float(rng.lognormal(0, 0.12))
        displacement = round(disp * size * float(rng.lognormal(0, 0.05)))
        horsepower = round(hp * size**0.8 * float(rng.lognormal(0, 0.17)) * (1.0 - 0.008 * (year - 70)))
        kg = round(weight * size**0.7 * float(rng.lognormal(0, 0.06)) * (1.0 - 0.006 * (year - 70)))
        mpg = np.exp(np.log(24.0) - 0.00042 * (kg - 2800) + 0.036 * (year - 76) + rng.normal(0, 0.085))
        accel = 20.5 - 0.045 * horsepower + 0.0006 * kg + float(rng.normal(0, 1.3))
        name = f"{make} {_one(rng, _split(_MPG_MODELS[make], ';'))}"
        rows.append(
            {
                "mpg": round(float(mpg), 1) if rng.random() < 0.7 else float(round(mpg)),
                "cylinders": cyl,
                "displacement": float(displacement),
                "horsepower": str(horsepower),
                "weight": int(kg),
                "acceleration": round(float(np.clip(accel, 8.0, 24.8)), 1),
                "model year": year,
                "origin": origin,
                "car name": name,
            }
        )
    df = pd.DataFrame(rows).sort_values("model year", kind="stable", ignore_index=True)
    df.loc[rng.choice(len(df), size=6, replace=False), "horsepower"] = "?"
    return df


def _hp(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d["horsepower"], errors="coerce")


def _makes(d: pd.DataFrame) -> pd.Series:
    return d["car name"].astype(str).str.split().str[0].value_counts()


def _mpg_years(d: pd.DataFrame) -> pd.Series:
    return d["mpg"].groupby(d["model year"]).mean()


_MPG_QS = [
    Q(
        "avg mpg by origin? (1 = usa, 2 = europe, 3 = japan)",
        has(lambda d: np.asarray(d["mpg"].groupby(d["origin"]).mean().reindex([1, 2, 3]), dtype=float)),
        ("mpg", "origin"),
    ),
    Q(
        "how many cars dont have a horsepower figure?",
        has(lambda d: float(_hp(d).isna().sum())),
        ("horsepower",),
    ),
    Q(
        "whats the average hp for 4 cylinder vs 8 cylinder cars",
        has(lambda d: np.asarray(_hp(d).groupby(d["cylinders"]).mean().reindex([4, 8]), dtype=float)),
        ("horsepower", "cylinders"),
    ),
    Q(
        "plot avg mpg by model year. how much did it improve from 70 to 82?",
        either(
            _about(lambda d: float(_mpg_years(d)[82] - _mpg_years(d)[70])),
            _about(lambda d: float(100 * (_mpg_years(d)[82] / _mpg_years(d)[70] - 1))),
            has(lambda d: np.asarray(_mpg_years(d)[[70, 82]], dtype=float)),
        ),
        ("mpg", "model year"),
    ),
    Q(
        "which make has the most cars in here (first word of the car name) and how many",
        both(label_of(lambda d: str(_makes(d).index[0])), has(lambda d: float(_makes(d).iloc[0]))),
        ("car name",),
    ),
    Q(
        "corelation between weight and mpg?",
        _corr(lambda d: d["weight"], lambda d: d["mpg"]),
        ("weight", "mpg"),
    ),
]


# --- 3. UCI Abalone (abalone.csv with the Kaggle header) -----------------------------------------------------------

_ABA_SEX = {  # sex: (weight, length mean, length sd, ring shift)
    "M": (1528, 0.561, 0.103, 0.0),
    "F": (1307, 0.579, 0.086, 0.04),
    "I": (1342, 0.428, 0.109, -0.1),
}


def _step(x: float, step: float = 0.005) -> float:
    return round(round(x / step) * step, 4)


def _abalone_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2903)
    n = 3000
    sexes = list(_ABA_SEX)
    rows = []
    for _ in range(n):
        sex = str(_one(rng, sexes, [v[0] for v in _ABA_SEX.values()]))
        _w, mu, sd, shift = _ABA_SEX[sex]
        length = float(np.clip(rng.normal(mu, sd), 0.075, 0.815))
        diameter = float(np.clip(length * 0.79 + rng.normal(0, 0.013), 0.055, 0.65))
        height = float(np.clip(length * 0.265 + rng.normal(0, 0.012), 0.01, 0.25))
        whole = 5.6 * length**3 * float(rng.lognormal(0, 0.12))
        shucked = whole * 0.43 * float(rng.lognormal(0, 0.1))
        viscera = whole * 0.218 * float(rng.lognormal(0, 0.12))
        shell = whole * 0.29 * float(rng.lognormal(0, 0.2))
        rings = np.exp(np.log(5.2 + 17.0 * shell) + shift + rng.normal(0, 0.3))
        rows.append(
            {
                "Sex": sex,
                "Length": _step(length),
                "Diameter": _step(diameter),
                "Height": _step(height),
                "Whole weight": round(whole, 4),
                "Shucked weight": round(shucked, 4),
                "Viscera weight": round(viscera, 4),
                "Shell weight": round(shell, 4),
                "Rings": int(np.clip(round(float(rings)), 1, 29)),
            }
        )
    df = pd.DataFrame(rows)
    odd = rng.choice(n, size=4, replace=False)
    df.loc[odd[:2], "Height"] = 0.0
    df.loc[odd[2], "Height"] = 1.13
    df.loc[odd[3], "Height"] = 0.515
    return df


def _shucked(how: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        if how == "mean":
            return float((d["Shucked weight"] / d["Whole weight"]).mean())
        return float(d["Shucked weight"].sum() / d["Whole weight"].sum())

    return value


_ABALONE_QS = [
    Q(
        "avg number of rings for males, females and infants?",
        has(lambda d: np.asarray(d["Rings"].groupby(d["Sex"]).mean().reindex(["M", "F", "I"]), dtype=float)),
        ("Rings", "Sex"),
    ),
    Q(
        "if age = rings + 1.5, whats the avg age of the females",
        has(lambda d: float(d.loc[d["Sex"] == "F", "Rings"].mean() + 1.5)),
        ("Rings", "Sex"),
    ),
    Q(
        "what % of them are infants",
        _share(lambda d: float((d["Sex"] == "I").mean())),
        ("Sex",),
    ),
    Q(
        "how correlated is shell weight with the number of rings",
        _corr(lambda d: d["Shell weight"], lambda d: d["Rings"]),
        ("Shell weight", "Rings"),
    ),
    Q(
        "how many rows have a height of 0? must be errors",
        has(lambda d: float((d["Height"] == 0).sum())),
        ("Height",),
    ),
    Q(
        "on average what fraction of the whole weight is shucked weight",
        either(_share(_shucked("mean")), _share(_shucked("pooled"))),
        ("Shucked weight", "Whole weight"),
    ),
]


# --- 4. seaborn planets (planets.csv) ------------------------------------------------------------------------------

_PLANET_METHODS = {
    "Radial Velocity": 553,
    "Transit": 397,
    "Imaging": 38,
    "Microlensing": 23,
    "Eclipse Timing Variations": 9,
    "Pulsar Timing": 5,
    "Transit Timing Variations": 4,
    "Orbital Brightness Modulation": 3,
    "Astrometry": 2,
    "Pulsation Timing Variations": 1,
}
_PLANET_SHAPE: dict[str, tuple[float, float, float, float, float, float, tuple[int, int], float]] = {
    # method: (period median, period spread, share without period, distance median, spread, share without distance,
    #          years, year skew)
    "Radial Velocity": (360.0, 1.6, 0.002, 40.0, 0.8, 0.02, (1989, 2014), 2.5),
    "Transit": (5.0, 1.0, 0.0, 600.0, 0.9, 0.55, (2002, 2014), 4.0),
    "Imaging": (30000.0, 1.2, 0.88, 45.0, 0.8, 0.05, (2004, 2013), 1.5),
    "Microlensing": (3000.0, 0.6, 0.9, 3500.0, 0.5, 0.4, (2004, 2013), 1.2),
    "Eclipse Timing Variations": (4000.0, 0.8, 0.1, 500.0, 0.5, 0.6, (2008, 2012), 1.0),
    "Pulsar Timing": (100.0, 3.0, 0.0, 1200.0, 0.3, 0.6, (1992, 2011), 1.0),
    "Transit Timing Variations": (50.0, 0.7, 0.2, 800.0, 0.5, 0.8, (2011, 2014), 1.0),
    "Orbital Brightness Modulation": (0.3, 0.4, 0.0, 1180.0, 0.1, 0.3, (2011, 2013), 1.0),
    "Astrometry": (600.0, 0.8, 0.0, 18.0, 0.2, 0.0, (2010, 2013), 1.0),
    "Pulsation Timing Variations": (1170.0, 0.1, 0.0, 1000.0, 0.1, 1.0, (2007, 2007), 1.0),
}


def _planets_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2904)
    rows = []
    for method in _exact_counts(rng, _PLANET_METHODS):
        p_med, p_sd, p_none, d_med, d_sd, d_none, (y0, y1), skew = _PLANET_SHAPE[method]
        years = np.arange(y0, y1 + 1)
        yw = np.linspace(0.2, 1.0, len(years)) ** skew
        if method == "Transit":
            yw[years == 2011] *= 1.25
        year = int(_one(rng, list(years), list(yw)))
        period: float | None = round(float(rng.lognormal(np.log(p_med), p_sd)), 6)
        if rng.random() < p_none:
            period = None
        mass: float | None = None
        if method == "Radial Velocity" and rng.random() > 0.08:
            mass = round(float(np.clip(rng.lognormal(np.log(1.3), 1.2), 0.0036, 25.0)), 4)
        elif method in ("Transit", "Eclipse Timing Variations") and rng.random() < 0.02:
            mass = round(float(rng.lognormal(np.log(2.0), 0.8)), 3)
        distance: float | None = round(float(rng.lognormal(np.log(d_med), d_sd)), 2)
        if rng.random() < d_none:
            distance = None
        rows.append(
            {
                "method": method,
                "number": int(_one(rng, [1, 2, 3, 4, 5, 6, 7], [58, 20, 10, 6, 3, 2, 1])),
                "orbital_period": period,
                "mass": mass,
                "distance": distance,
                "year": year,
            }
        )
    df = pd.DataFrame(rows)
    order = pd.Categorical(df["method"], categories=list(_PLANET_METHODS), ordered=True)
    return df.assign(_o=order).sort_values(["_o", "year"], kind="stable", ignore_index=True).drop(columns="_o")


def _planet_years(d: pd.DataFrame) -> pd.Series:
    return d["year"].value_counts()


_PLANETS_QS = [
    Q(
        "which discovery method found the most planets, and how many?",
        both(
            label_of(lambda d: str(d["method"].value_counts().index[0])),
            has(lambda d: float(d["method"].value_counts().iloc[0])),
        ),
        ("method", "number"),
    ),
    Q(
        "how many planets have no mass recorded",
        has(lambda d: float(d["mass"].isna().sum())),
        ("mass", "number"),
    ),
    Q(
        "plot the number of planets discovered each year - which year was the peak?",
        both(_year_word(lambda d: int(_planet_years(d).index[0])), has(lambda d: float(_planet_years(d).iloc[0]))),
        ("year", "number"),
    ),
    Q(
        "avg orbital period for transit vs radial velocity planets?",
        has(
            lambda d: np.asarray(
                d["orbital_period"].groupby(d["method"]).mean().reindex(["Transit", "Radial Velocity"]), dtype=float
            )
        ),
        ("orbital_period", "method"),
    ),
    Q(
        "whats the median distance of the ones found by imaging",
        has(lambda d: float(d.loc[d["method"] == "Imaging", "distance"].median())),
        ("distance", "method"),
    ),
    Q(
        "what % of the planets were found in 2010 or later?",
        _share(lambda d: float((d["year"] >= 2010).mean())),
        ("year", "number"),
    ),
]


# --- 5. Our World in Data CO2 by country (owid-co2-data.csv) -------------------------------------------------------

_OWID_COUNTRIES = {  # country: (iso, co2 1990 Mt, co2 2022 Mt, pop 1990 m, pop 2022 m, GDP per head 2018, groups)
    "Argentina": ("ARG", 113.0, 190.0, 33.0, 45.5, 18500.0, "South America"),
    "Australia": ("AUS", 278.0, 393.0, 17.0, 26.0, 49800.0, "Oceania;High-income countries"),
    "Bangladesh": ("BGD", 15.0, 100.0, 107.0, 171.0, 3900.0, "Asia"),
    "Brazil": ("BRA", 220.0, 484.0, 150.0, 215.0, 14000.0, "South America"),
    "Canada": ("CAN", 458.0, 548.0, 28.0, 39.0, 44900.0, "North America;High-income countries"),
    "Chile": ("CHL", 33.0, 84.0, 13.0, 19.6, 22000.0, "South America;High-income countries"),
    "China": ("CHN", 2485.0, 11397.0, 1153.0, 1425.0, 13100.0, "Asia"),
    "Colombia": ("COL", 56.0, 96.0, 34.0, 52.0, 13500.0, "South America"),
    "Egypt": ("EGY", 88.0, 249.0, 57.0, 111.0, 11500.0, "Africa"),
    "Ethiopia": ("ETH", 3.0, 19.0, 48.0, 123.0, 1800.0, "Africa"),
    "France": ("FRA", 400.0, 300.0, 57.0, 66.0, 38500.0, "Europe;European Union (27);High-income countries"),
    "Germany": ("DEU", 1052.0, 666.0, 79.0, 84.0, 46200.0, "Europe;European Union (27);High-income countries"),
    "India": ("IND", 579.0, 2830.0, 870.0, 1417.0, 6800.0, "Asia"),
    "Indonesia": ("IDN", 150.0, 729.0, 182.0, 276.0, 11800.0, "Asia"),
    "Iran": ("IRN", 205.0, 691.0, 56.0, 89.0, 15000.0, "Asia"),
    "Italy": ("ITA", 438.0, 330.0, 57.0, 59.0, 35000.0, "Europe;European Union (27);High-income countries"),
    "Japan": ("JPN", 1158.0, 1054.0, 124.0, 124.0, 38700.0, "Asia;High-income countries"),
    "Kazakhstan": ("KAZ", 250.0, 271.0, 16.0, 19.0, 24000.0, "Asia"),
    "Kenya": ("KEN", 6.0, 24.0, 24.0, 54.0, 3000.0, "Africa"),
    "Kuwait": ("KWT", 25.0, 105.0, 2.1, 4.27, 65000.0, "Asia;High-income countries"),
    "Malaysia": ("MYS", 58.0, 266.0, 18.0, 34.0, 24800.0, "Asia"),
    "Mexico": ("MEX", 295.0, 487.0, 84.0, 127.0, 16500.0, "North America"),
    "Netherlands": ("NLD", 163.0, 130.0, 15.0, 17.6, 49000.0, "Europe;European Union (27);High-income countries"),
    "New Zealand": ("NZL", 25.0, 33.0, 3.4, 5.1, 36000.0, "Oceania;High-income countries"),
    "Nigeria": ("NGA", 45.0, 126.0, 95.0, 218.0, 5200.0, "Africa"),
    "Norway": ("NOR", 36.0, 40.0, 4.2, 5.4, 64000.0, "Europe;High-income countries"),
    "Pakistan": ("PAK", 60.0, 199.0, 115.0, 236.0, 5300.0, "Asia"),
    "Philippines": ("PHL", 40.0, 145.0, 62.0, 116.0, 7600.0, "Asia"),
    "Poland": ("POL", 381.0, 316.0, 38.0, 39.0, 27000.0, "Europe;European Union (27);High-income countries"),
    "Qatar": ("QAT", 12.0, 102.0, 0.48, 2.7, 90000.0, "Asia;High-income countries"),
    "Russia": ("RUS", 2526.0, 1652.0, 148.0, 145.0, 25000.0, "Europe"),
    "Saudi Arabia": ("SAU", 170.0, 686.0, 16.0, 36.0, 50000.0, "Asia;High-income countries"),
    "South Africa": ("ZAF", 310.0, 405.0, 37.0, 60.0, 12100.0, "Africa"),
    "South Korea": ("KOR", 251.0, 601.0, 43.0, 52.0, 37900.0, "Asia;High-income countries"),
    "Spain": ("ESP", 232.0, 247.0, 39.0, 47.6, 31500.0, "Europe;European Union (27);High-income countries"),
    "Sweden": ("SWE", 57.0, 36.0, 8.6, 10.5, 46000.0, "Europe;European Union (27);High-income countries"),
    "Switzerland": ("CHE", 45.0, 35.0, 6.7, 8.7, 61000.0, "Europe;High-income countries"),
    "Thailand": ("THA", 92.0, 272.0, 56.0, 72.0, 16600.0, "Asia"),
    "Trinidad and Tobago": ("TTO", 13.0, 20.0, 1.2, 1.5, 28000.0, "North America;High-income countries"),
    "Turkey": ("TUR", 150.0, 448.0, 54.0, 85.0, 19200.0, "Asia"),
    "United Arab Emirates": ("ARE", 55.0, 220.0, 1.9, 9.4, 76000.0, "Asia;High-income countries"),
    "United Kingdom": ("GBR", 600.0, 318.0, 57.0, 67.6, 39000.0, "Europe;High-income countries"),
    "United States": ("USA", 5121.0, 5057.0, 248.0, 338.0, 55300.0, "North America;High-income countries"),
    "Vietnam": ("VNM", 21.0, 338.0, 67.0, 98.0, 6800.0, "Asia"),
}
_OWID_GROUPS = {  # aggregate: uplift over the countries listed here (the rest of its members)
    "Africa": 2.1,
    "Asia": 1.1,
    "Europe": 1.3,
    "European Union (27)": 1.4,
    "High-income countries": 1.18,
    "North America": 1.04,
    "Oceania": 1.03,
    "South America": 1.3,
    "World": 1.16,
}
_OWID_COAL = {"China": 0.72, "India": 0.7, "South Africa": 0.82, "Poland": 0.68, "Kazakhstan": 0.6, "Vietnam": 0.6}
_OWID_COAL |= {"Indonesia": 0.45, "Australia": 0.45, "Germany": 0.33, "Japan": 0.37, "South Korea": 0.45}
_OWID_GAS = {"Qatar": 0.7, "Russia": 0.45, "Iran": 0.5, "United Arab Emirates": 0.5, "Kuwait": 0.45, "Egypt": 0.42}


def _owid_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2905)
    years = list(range(1990, 2023))
    rows: list[dict[str, Any]] = []
    totals: dict[str, dict[int, list[float]]] = {g: {y: [0.0] * 6 for y in years} for g in _OWID_GROUPS}
    for name, (iso, c0, c1, p0, p1, gdp_head, groups) in _OWID_COUNTRIES.items():
        coal_share = _OWID_COAL.get(name, 0.25)
        gas_share = _OWID_GAS.get(name, 0.2)
        cement_share = 0.08 if name in ("China", "Vietnam", "India", "Turkey", "Egypt") else 0.03
        past = c0 * float(rng.uniform(12, 40))
        growth = float(rng.uniform(0.015, 0.03)) if gdp_head > 30000 else float(rng.uniform(0.025, 0.06))
        methane_head = float(rng.uniform(0.8, 2.5))
        previous: float | None = None
        for y in years:
            t = (y - 1990) / 32
            shock = 0.94 if y == 2020 else 0.97 if y == 2009 else 1.0
            co2 = round(c0 * (c1 / c0) ** t * shock * float(rng.lognormal(0, 0.02)), 3)
            pop = round(p0 * (p1 / p0) ** t * 1e6 * float(rng.lognormal(0, 0.002)))
            gdp = gdp_head * (1 + growth) ** (y - 2018) * pop if y <= 2018 else None
            past += co2
            coal = round(co2 * coal_share * float(rng.lognormal(0, 0.03)), 3)
            gas = round(co2 * gas_share * float(rng.lognormal(0, 0.03)), 3)
            cement = round(co2 * cement_share, 3)
            oil = round(max(0.0, co2 - coal - gas - cement) * 0.97, 3)
            methane = round(pop * methane_head / 1e6, 2) if y <= 2020 else None
            rows.append(
                {
                    "country": name,
                    "year": y,
                    "iso_code": iso,
                    "population": float(pop),
                    "gdp": round(gdp) if gdp else None,
                    "cement_co2": cement,
                    "co2": co2,
                    "co2_growth_abs": None if previous is None else round(co2 - previous, 3),
                    "co2_growth_prct": None if previous is None else round(100 * (co2 / previous - 1), 3),
                    "co2_per_capita": round(co2 * 1e6 / pop, 3),
                    "co2_per_gdp": round(co2 * 1e9 / gdp, 3) if gdp else None,
                    "coal_co2": coal,
                    "cumulative_co2": round(past, 3),
                    "gas_co2": gas,
                    "methane": methane,
                    "oil_co2": oil,
                    "share_global_co2": None,
                }
            )
            previous = co2
            for g in [*groups.split(";"), "World"]:
                acc = totals[g][y]
                for k, v in enumerate((co2, float(pop), coal, gas, cement, oil)):
                    acc[k] += v
    for g, uplift in _OWID_GROUPS.items():
        past = totals[g][1990][0] * uplift * 25
        previous = None
        for y in years:
            co2, pop, coal, gas, cement, oil = (v * uplift * float(rng.lognormal(0, 0.005)) for v in totals[g][y])
            co2 = round(co2, 3)
            past += co2
            rows.append(
                {
                    "country": g,
                    "year": y,
                    "iso_code": None,
                    "population": float(round(pop)),
                    "gdp": None,
                    "cement_co2": round(cement, 3),
                    "co2": co2,
                    "co2_growth_abs": None if previous is None else round(co2 - previous, 3),
                    "co2_growth_prct": None if previous is None else round(100 * (co2 / previous - 1), 3),
                    "co2_per_capita": round(co2 * 1e6 / pop, 3),
                    "co2_per_gdp": None,
                    "coal_co2": round(coal, 3),
                    "cumulative_co2": round(past, 3),
                    "gas_co2": round(gas, 3),
                    "methane": round(pop * 1.6 / 1e6, 2) if y <= 2020 else None,
                    "oil_co2": round(oil, 3),
                    "share_global_co2": None,
                }
            )
            previous = co2
    df = pd.DataFrame(rows)
    world = df[df["country"] == "World"].set_index("year")["co2"]
    df["share_global_co2"] = (100 * df["co2"] / df["year"].map(world)).round(3)
    return df.sort_values(["country", "year"], ignore_index=True)


def _countries(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["iso_code"].notna()]


def _owid_2022(col: str) -> Callable[[pd.DataFrame], pd.Series]:
    def ranked(d: pd.DataFrame) -> pd.Series:
        c = _countries(d)
        return c[c["year"] == 2022].set_index("country")[col].sort_values(ascending=False)

    return ranked


def _world(d: pd.DataFrame) -> pd.Series:
    return d[d["country"] == "World"].set_index("year")["co2"]


def _mt(values: Callable[[pd.DataFrame], Any]) -> Check:
    """Million tonnes, or billion tonnes."""
    return _scaled(values, (1000.0,))


def _gdp_head_corr(d: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    c = _countries(d)
    c = c[c["year"] == 2018]
    return c["gdp"] / c["population"], c["co2_per_capita"]


_OWID_QS = [
    Q(
        "which country emitted the most co2 in 2022?",
        both(
            label_of(lambda d: str(_owid_2022("co2")(d).index[0])),
            _mt(lambda d: float(_owid_2022("co2")(d).iloc[0])),
        ),
        ("co2", "country", "year", "iso_code"),
    ),
    Q(
        "and which had the highest per person",
        both(
            label_of(lambda d: str(_owid_2022("co2_per_capita")(d).index[0])),
            has(lambda d: float(_owid_2022("co2_per_capita")(d).iloc[0])),
        ),
        ("co2_per_capita", "country", "year", "iso_code", "co2", "population"),
    ),
    Q(
        "plot world co2 emissions over time. how much have they grown since 1990 in %?",
        _about(lambda d: float(100 * (_world(d)[2022] / _world(d)[1990] - 1))),
        ("co2", "year", "country"),
    ),
    Q(
        "total co2 from the uk over all the years in the file?",
        _mt(lambda d: float(d.loc[d["country"] == "United Kingdom", "co2"].sum())),
        ("co2", "country", "year"),
    ),
    Q(
        "how many rows are missing gdp",
        has(lambda d: float(d["gdp"].isna().sum())),
        ("gdp",),
    ),
    Q(
        "corelation between gdp per person and co2 per capita across countries in 2018?",
        _corr(lambda d: _gdp_head_corr(d)[0], lambda d: _gdp_head_corr(d)[1]),
        ("gdp", "population", "co2_per_capita", "year", "country", "iso_code"),
    ),
]


# --- 6. HM Land Registry Price Paid Data (Kaggle, price_paid_records.csv) -----------------------------------------

_PP_TOWNS = {  # town: (districts, county, weight, median price 2015 GBP)
    "LONDON": (
        "CITY OF WESTMINSTER;CAMDEN;ISLINGTON;WANDSWORTH;LAMBETH;SOUTHWARK;HACKNEY;BARNET;EALING;LEWISHAM;NEWHAM",
        "GREATER LONDON",
        15.0,
        480000.0,
    ),
    "CROYDON": ("CROYDON", "GREATER LONDON", 1.3, 330000.0),
    "ROMFORD": ("HAVERING", "GREATER LONDON", 1.0, 310000.0),
    "ILFORD": ("REDBRIDGE", "GREATER LONDON", 0.9, 330000.0),
    "HARROW": ("HARROW", "GREATER LONDON", 0.8, 420000.0),
    "BROMLEY": ("BROMLEY", "GREATER LONDON", 1.0, 420000.0),
    "ENFIELD": ("ENFIELD", "GREATER LONDON", 0.8, 340000.0),
    "SUTTON": ("SUTTON", "GREATER LONDON", 0.7, 340000.0),
    "BIRMINGHAM": ("BIRMINGHAM", "WEST MIDLANDS", 4.2, 150000.0),
    "LEEDS": ("LEEDS", "WEST YORKSHIRE", 3.6, 160000.0),
    "MANCHESTER": ("MANCHESTER;TRAFFORD;SALFORD", "GREATER MANCHESTER", 3.1, 150000.0),
    "BRISTOL": ("CITY OF BRISTOL;SOUTH GLOUCESTERSHIRE", "CITY OF BRISTOL", 2.6, 230000.0),
    "SHEFFIELD": ("SHEFFIELD", "SOUTH YORKSHIRE", 2.1, 140000.0),
    "NOTTINGHAM": ("CITY OF NOTTINGHAM;GEDLING;RUSHCLIFFE", "NOTTINGHAMSHIRE", 2.0, 150000.0),
    "LIVERPOOL": ("LIVERPOOL", "MERSEYSIDE", 2.0, 125000.0),
    "NEWCASTLE UPON TYNE": ("NEWCASTLE UPON TYNE", "TYNE AND WEAR", 1.4, 150000.0),
    "LEICESTER": ("LEICESTER;OADBY AND WIGSTON", "LEICESTERSHIRE", 1.4, 165000.0),
    "NORWICH": ("NORWICH;BROADLAND;SOUTH NORFOLK", "NORFOLK", 1.3, 200000.0),
    "CARDIFF": ("CARDIFF", "CARDIFF", 1.4, 190000.0),
    "SOUTHAMPTON": ("SOUTHAMPTON", "SOUTHAMPTON", 1.2, 210000.0),
    "READING": ("READING;WOKINGHAM", "READING", 1.0, 300000.0),
    "MILTON KEYNES": ("MILTON KEYNES", "MILTON KEYNES", 1.0, 240000.0),
    "NORTHAMPTON": ("NORTHAMPTON", "NORTHAMPTONSHIRE", 1.1, 190000.0),
    "PETERBOROUGH": ("PETERBOROUGH", "PETERBOROUGH", 1.0, 170000.0),
    "COLCHESTER": ("COLCHESTER", "ESSEX", 1.0, 250000.0),
    "CHELMSFORD": ("CHELMSFORD", "ESSEX", 0.9, 310000.0),
    "BOURNEMOUTH": ("BOURNEMOUTH", "BOURNEMOUTH", 1.0, 240000.0),
    "BRIGHTON": ("BRIGHTON AND HOVE", "BRIGHTON AND HOVE", 1.0, 330000.0),
    "YORK": ("YORK", "YORK", 0.9, 220000.0),
    "HULL": ("CITY OF KINGSTON UPON HULL;EAST RIDING OF YORKSHIRE", "CITY OF KINGSTON UPON HULL", 1.1, 110000.0),
    "STOKE-ON-TRENT": ("STOKE-ON-TRENT", "STOKE-ON-TRENT", 1.0, 105000.0),
    "PLYMOUTH": ("PLYMOUTH", "CITY OF PLYMOUTH", 1.1, 165000.0),
    "EXETER": ("EXETER;EAST DEVON", "DEVON", 0.8, 240000.0),
    "CAMBRIDGE": ("CAMBRIDGE;SOUTH CAMBRIDGESHIRE", "CAMBRIDGESHIRE", 0.8, 400000.0),
    "OXFORD": ("OXFORD;VALE OF WHITE HORSE", "OXFORDSHIRE", 0.7, 390000.0),
    "BATH": ("BATH AND NORTH EAST SOMERSET", "BATH AND NORTH EAST SOMERSET", 0.6, 330000.0),
    "IPSWICH": ("IPSWICH;SUFFOLK COASTAL", "SUFFOLK", 1.0, 180000.0),
    "TRURO": ("CORNWALL", "CORNWALL", 0.5, 230000.0),
    "SWANSEA": ("SWANSEA", "SWANSEA", 1.0, 135000.0),
    "DERBY": ("CITY OF DERBY;SOUTH DERBYSHIRE", "DERBY", 1.1, 150000.0),
}
_PP_TYPES = {"D": (21.0, 1.6), "S": (27.0, 1.0), "T": (29.0, 0.86), "F": (19.0, 0.78), "O": (4.0, 1.3)}


def _guid(rng: np.random.Generator) -> str:
    h = "".join(_one(rng, "0123456789ABCDEF") for _ in range(32))
    return f"{{{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}}}"


def _pp_price(x: float, rng: np.random.Generator) -> int:
    r = rng.random()
    if r < 0.55:
        return int(round(x / 5000) * 5000)
    if r < 0.85:
        return int(round(x / 1000) * 1000)
    return int(round(x / 5) * 5 - (5 if rng.random() < 0.3 else 0))


def _price_paid_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2906)
    n = 3000
    days = pd.date_range("2015-01-01", "2017-12-31")
    dw = np.array([(1.15 if d.month in (6, 7, 8) else 0.8 if d.month == 1 else 1.0) for d in days])
    dw[(days >= "2016-03-01") & (days <= "2016-03-31")] *= 2.1  # the rush before the April 2016 stamp duty surcharge
    dw[(days >= "2016-04-01") & (days <= "2016-04-30")] *= 0.6
    dw[days.dayofweek >= 5] *= 0.08
    towns, types = list(_PP_TOWNS), list(_PP_TYPES)
    rows = []
    for _ in range(n):
        town = str(_one(rng, towns, [v[2] for v in _PP_TOWNS.values()]))
        districts, county, _w, base = _PP_TOWNS[town]
        ptype = str(_one(rng, types, [v[0] for v in _PP_TYPES.values()]))
        day = pd.Timestamp(days[int(rng.choice(len(days), p=dw / dw.sum()))])
        factor = _PP_TYPES[ptype][1]
        if ptype == "F" and county == "GREATER LONDON":
            factor = 0.95
        new = rng.random() < (0.22 if ptype == "F" else 0.09)
        years = (day - pd.Timestamp("2015-01-01")).days / 365.25
        spread = 0.9 if ptype == "O" else 0.38
        price = base * factor * (1.05**years) * (1.08 if new else 1.0) * float(rng.lognormal(0, spread))
        leasehold = rng.random() < (0.93 if ptype == "F" else 0.25 if ptype == "O" else 0.04)
        rows.append(
            {
                "Transaction unique identifier": _guid(rng),
                "Price": max(5000, _pp_price(price, rng)),
                "Date of Transfer": f"{day:%Y-%m-%d} 00:00",
                "Property Type": ptype,
                "Old/New": "Y" if new else "N",
                "Duration": "L" if leasehold else "F",
                "Town/City": town,
                "District": str(_one(rng, _split(districts, ";"))),
                "County": county,
                "PPDCategory Type": "B" if ptype == "O" or rng.random() < 0.03 else "A",
                "Record Status - monthly file only": "A",
            }
        )
    return pd.DataFrame(rows).sort_values("Date of Transfer", kind="stable", ignore_index=True)


def _gbp(values: Callable[[pd.DataFrame], Any]) -> Check:
    """Pounds, in full, in thousands ("£412k") or in millions ("£1.25m")."""
    return _scaled(values, (1e3, 1e6))


def _pp_by_type(how: str) -> Callable[[pd.DataFrame], np.ndarray]:
    def value(d: pd.DataFrame) -> np.ndarray:
        by = d["Price"].groupby(d["Property Type"]).agg(how).reindex(["D", "F"])
        return np.asarray(by, dtype=float)

    return value


def _pp_months(d: pd.DataFrame) -> pd.Series:
    month = pd.to_datetime(d["Date of Transfer"]).dt.to_period("M")
    return month.value_counts()


def _pp_calendar(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Date of Transfer"]).dt.month.value_counts()


def _month_name(month: Callable[[pd.DataFrame], int]) -> Check:
    """A calendar month, as "March" or "Mar"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        m = int(month(df))
        return None if re.search(_month_word(m), answer, re.IGNORECASE) else f"missing month {m}"

    return check


_PRICE_PAID_QS = [
    Q(
        "avg price for detached houses vs flats?",
        _gbp(_pp_by_type("mean")),
        ("Price", "Property Type"),
    ),
    Q(
        "and the medians?",
        _gbp(_pp_by_type("median")),
        ("Price", "Property Type"),
    ),
    Q(
        "top 5 towns by number of sales pls",
        _labels(lambda d: list(d["Town/City"].value_counts().index[:5])),
        ("Town/City", "Transaction unique identifier"),
    ),
    Q(
        "plot sales per month - which month was the busiest and how many sales?",
        either(
            both(_period_label(lambda d: _pp_months(d).index[0]), has(lambda d: float(_pp_months(d).iloc[0]))),
            both(_month_name(lambda d: int(_pp_calendar(d).index[0])), has(lambda d: float(_pp_calendar(d).iloc[0]))),
        ),
        ("Date of Transfer", "Transaction unique identifier"),
    ),
    Q(
        "what % of the sales were new builds",
        _share(lambda d: float((d["Old/New"] == "Y").mean())),
        ("Old/New",),
    ),
    Q(
        "whats the average price in london?",
        asks("town", "county"),
        ("Price", "Town/City", "County", "District"),
    ),
]


# --- 7. Instacart Market Basket Analysis (Kaggle, orders.csv) ------------------------------------------------------

_IC_HOURS = [0.7, 0.4, 0.25, 0.2, 0.2, 0.3, 0.9, 2.8, 5.4, 7.6, 9.6, 8.3, 8.0, 8.1, 8.2, 8.0, 7.5, 6.3, 5.0, 3.9, 3.0]
_IC_HOURS += [2.4, 1.9, 1.3]
_IC_DOWS = [19.0, 17.5, 13.8, 12.9, 12.5, 13.0, 14.2]


def _instacart_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2907)
    n_users = 230
    user_ids = np.sort(rng.choice(np.arange(1, 206210), size=n_users, replace=False))
    order_ids = iter(rng.choice(np.arange(1, 3421084), size=n_users * 60, replace=False))
    rows = []
    for uid in user_ids:
        gap = float(rng.lognormal(np.log(11.0), 0.55))
        n_orders = int(np.clip(round(4 + rng.exponential(90.0 / gap)), 4, 60))
        habit = np.asarray(_IC_DOWS) * rng.lognormal(0, 0.6, size=7)
        hour_habit = np.asarray(_IC_HOURS) * rng.lognormal(0, 0.5, size=24)
        last = "train" if rng.random() < 0.66 else "test"
        for k in range(1, n_orders + 1):
            days: float | None = None
            if k > 1:
                days = float(min(30, round(float(rng.lognormal(np.log(gap), 0.6)))))
                if rng.random() < 0.12:
                    days = 7.0
                if rng.random() < 0.03:
                    days = 0.0
            rows.append(
                {
                    "order_id": int(next(order_ids)),
                    "user_id": int(uid),
                    "eval_set": last if k == n_orders else "prior",
                    "order_number": k,
                    "order_dow": int(rng.choice(7, p=habit / habit.sum())),
                    "order_hour_of_day": int(rng.choice(24, p=hour_habit / hour_habit.sum())),
                    "days_since_prior_order": days,
                }
            )
    return pd.DataFrame(rows)


def _hour_word(hour: Callable[[pd.DataFrame], int]) -> Check:
    """An hour of the day: "10", "10am", "10:00" or "10 o'clock", as a number of its own."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        h = int(hour(df))
        twelve = h % 12 or 12
        pm = "pm" if h >= 12 else "am"
        if re.search(rf"(?<![\d.,:])0?{h}(?::00)?(?![\d.,%]|:[1-5])", answer):
            return None
        if re.search(rf"(?<![\d.,:]){twelve}\s*{pm}\b", answer, re.IGNORECASE):
            return None
        return f"missing hour {h}"

    return check


def _ic_hours(d: pd.DataFrame) -> pd.Series:
    return d["order_hour_of_day"].value_counts()


def _month_gaps(all_rows: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        days = d["days_since_prior_order"]
        return float((days == 30).sum() / (len(d) if all_rows else days.notna().sum()))

    return value


_INSTACART_QS = [
    Q(
        "what hour of the day gets the most orders, and how many?",
        both(_hour_word(lambda d: int(_ic_hours(d).index[0])), has(lambda d: float(_ic_hours(d).iloc[0]))),
        ("order_hour_of_day", "order_id"),
    ),
    Q(
        "avg number of days between orders?",
        has(lambda d: float(d["days_since_prior_order"].mean())),
        ("days_since_prior_order",),
    ),
    Q(
        "how many orders in each eval set",
        has(lambda d: np.asarray(d["eval_set"].value_counts().reindex(["prior", "train", "test"]), dtype=float)),
        ("eval_set", "order_id"),
    ),
    Q(
        "how many distinct customers are there, and how many orders does a customer place on average?",
        has(lambda d: float(d["user_id"].nunique()), lambda d: float(len(d) / d["user_id"].nunique())),
        ("user_id", "order_id", "order_number"),
    ),
    Q(
        "what % of repeat orders come 30+ days after the previous one",
        either(_share(_month_gaps(False)), _share(_month_gaps(True))),
        ("days_since_prior_order",),
    ),
    Q(
        "is order number correlated with days since prior order?",
        _corr(lambda d: d["order_number"], lambda d: d["days_since_prior_order"]),
        ("order_number", "days_since_prior_order"),
    ),
]


HELDOUT29: list[Dataset] = [
    Dataset("mall_customers", _mall_frame, _MALL_QS),
    Dataset("auto_mpg", _mpg_frame, _MPG_QS),
    Dataset("abalone", _abalone_frame, _ABALONE_QS),
    Dataset("planets", _planets_frame, _PLANETS_QS),
    Dataset("owid_co2", _owid_frame, _OWID_QS),
    Dataset("uk_price_paid", _price_paid_frame, _PRICE_PAID_QS),
    Dataset("instacart_orders", _instacart_frame, _INSTACART_QS),
]
