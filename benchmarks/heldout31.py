"""HELDOUT31: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of well-known public datasets: the palmerpenguins package's penguins.csv with
its three species on three islands, "NA" for a missing sex or measurement, body masses in 25 g steps and a year
column; the UCI Seoul Bike Sharing Demand file SeoulBikeData.csv (every third day of December 2017 to November 2018)
with its dd/mm/yyyy dates, units in headers ("Temperature(°C)", "Visibility (10m)", "Snowfall (cm)"),
"Holiday"/"No Holiday" and a Functioning Day of "No" with zero rentals; NASA's Meteorite_Landings.csv from
data.nasa.gov with its "mass (g)" header, Valid/Relict name types, Fell/Found, years as "01/01/1988 12:00:00 AM",
"Iron, IIIAB" classes with a comma, blank and 0,0 coordinates and a "(lat, long)" GeoLocation; the Analytics Vidhya
/ Kaggle Black Friday train.csv with its "0-17" ... "55+" age bands, "4+" years in the city, 0/1 marital status,
numeric occupation codes and blank second and third product categories; the Chipotle orders file (chipotle.tsv)
with "$8.75 " prices that are line totals with a trailing space, "NULL" choice descriptions and nested "[Salsa,
[Rice, ...]]" choices; the UCI Heart Disease processed.cleveland.data with its float codes ("63.0", "1.0"), "?" in ca
and thal and a 0-4 num diagnosis; the Olist Brazilian e-commerce olist_orders_dataset.csv with its hex ids, its order
statuses, "2017-10-02 10:56:33" timestamps, estimated delivery dates at midnight and blanks for steps not
reached. All are generated with a fixed seed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from .offline_eval import DAY_WORDS as _DAY_WORDS
from .offline_eval import NUMBER_TOKEN as _TOKEN
from .offline_eval import Check, Dataset, Q, asks, both, either, has
from .offline_eval import corr_of as _corr
from .offline_eval import numbers_found as _found
from .offline_eval import pick_one as _one
from .offline_eval import rounded_share as _share

# --- shared helpers ------------------------------------------------------------------------------------------------


def _about(values: Callable[[pd.DataFrame], Any], rel: float = 0.01) -> Check:
    """Every value appears to within `rel`, or rounded to one decimal."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        found = _found(answer)
        for w in np.atleast_1d(values(df)):
            want = float(w)
            if not any(abs(f - want) <= max(rel * abs(want), 0.05) for f in found):
                return f"missing number {want:.4g}"
        return None

    return check


def _scaled(values: Callable[[pd.DataFrame], Any], scales: Sequence[float], rel: float = 0.006) -> Check:
    """Every amount appears in full or in a larger unit ("$10.2M", "312k", "60 tonnes"), to within `rel` or the
    rounding of the figure as written (never looser than 2%)."""

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


def _plain(text: str) -> str:
    """Lower case, without accents, with dashes as hyphens and single spaces."""
    text = unicodedata.normalize("NFKD", text.replace("\u2013", "-").replace("\u2014", "-"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text).strip().lower()


def _named(value: Callable[[pd.DataFrame], str]) -> Check:
    """The label computed from the frame appears, ignoring case and accents."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = str(value(df))
        return None if _plain(want) in _plain(answer) else f"missing label {want!r}"

    return check


def _all_named(values: Callable[[pd.DataFrame], list[str]]) -> Check:
    """Every label computed from the frame appears, ignoring case and accents."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        for want in values(df):
            if _plain(str(want)) not in _plain(answer):
                return f"missing label {want!r}"
        return None

    return check


def _code(value: Callable[[pd.DataFrame], float], aliases: dict[int, str] | None = None) -> Check:
    """A numeric code ("4", "4.0") as a number of its own, or its meaning ("asymptomatic") when one is given."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        c = int(value(df))
        if re.search(rf"(?<![\d.]){c}(?:\.0)?(?![\d.])", answer):
            return None
        if aliases and c in aliases and aliases[c].lower() in answer.lower():
            return None
        return f"missing code {c}"

    return check


def _month_name(month: Callable[[pd.DataFrame], int]) -> Check:
    """A calendar month, as "November", "Nov" or "2017-11"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        m = int(month(df))
        stamp = pd.Timestamp(2000, m, 1)
        if re.search(rf"\b(?:{stamp:%B}|{stamp:%b})\b", answer, re.IGNORECASE):
            return None
        if re.search(rf"\b\d{{4}}-{m:02d}\b", answer):
            return None
        return f"missing month {m}"

    return check


def _year_word(year: Callable[[pd.DataFrame], int]) -> Check:
    """A year as a word of its own ("2000" or "2000s", not "2000.5")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        y = int(year(df))
        return None if re.search(rf"(?<![\d.]){y}(?![\d])", answer) else f"missing year {y}"

    return check


def _weekday(day: Callable[[pd.DataFrame], int]) -> Check:
    """A day of the week (0 = Monday), in full or abbreviated."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        d = int(day(df))
        return None if re.search(rf"\b(?:{_DAY_WORDS[d]})\b\.?", answer, re.IGNORECASE) else f"missing weekday {d}"

    return check


def _hour(hour: Callable[[pd.DataFrame], int]) -> Check:
    """An hour of the day, as "18", "18:00" or "6 pm"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        h = int(hour(df))
        if re.search(rf"(?<![\d.:]){h}(?::00)?(?![\d.])", answer):
            return None
        twelve = h % 12 or 12
        half = "pm" if h >= 12 else "am"
        if re.search(rf"(?<![\d.:]){twelve}(?::00)?\s*{half}\b", answer, re.IGNORECASE):
            return None
        return f"missing hour {h}"

    return check


def _exact_counts(rng: np.random.Generator, counts: dict[Any, int]) -> list[Any]:
    """Labels repeated to their exact counts, shuffled."""
    out = [label for label, k in counts.items() for _ in range(k)]
    return [out[i] for i in rng.permutation(len(out))]


def _split(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


# --- 1. Palmer penguins (palmerpenguins, inst/extdata/penguins.csv) ------------------------------------------------

_PG_GROUPS = [  # (species, island, year, birds), in the file's order
    ("Adelie", "Torgersen", 2007, 20),
    ("Adelie", "Biscoe", 2007, 10),
    ("Adelie", "Dream", 2007, 20),
    ("Adelie", "Biscoe", 2008, 18),
    ("Adelie", "Dream", 2008, 16),
    ("Adelie", "Torgersen", 2008, 16),
    ("Adelie", "Biscoe", 2009, 16),
    ("Adelie", "Dream", 2009, 20),
    ("Adelie", "Torgersen", 2009, 16),
    ("Gentoo", "Biscoe", 2007, 34),
    ("Gentoo", "Biscoe", 2008, 46),
    ("Gentoo", "Biscoe", 2009, 44),
    ("Chinstrap", "Dream", 2007, 26),
    ("Chinstrap", "Dream", 2008, 18),
    ("Chinstrap", "Dream", 2009, 24),
]
_PG_STATS = {  # (species, sex): (mean, sd) of bill length, bill depth, flipper length, body mass
    ("Adelie", "male"): ((40.4, 2.3), (19.1, 1.0), (192.4, 6.6), (4043.0, 347.0)),
    ("Adelie", "female"): ((37.3, 2.0), (17.6, 0.94), (187.8, 5.6), (3369.0, 269.0)),
    ("Chinstrap", "male"): ((51.1, 1.6), (19.3, 0.76), (199.9, 6.0), (3939.0, 362.0)),
    ("Chinstrap", "female"): ((46.6, 3.1), (17.6, 0.78), (191.7, 5.75), (3527.0, 285.0)),
    ("Gentoo", "male"): ((49.5, 2.7), (15.7, 0.74), (221.5, 5.7), (5485.0, 313.0)),
    ("Gentoo", "female"): ((45.6, 2.05), (14.2, 0.54), (212.7, 3.9), (4680.0, 282.0)),
}
_PG_MASS = "body_mass_g"


def _penguins_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3101)
    rows: list[dict[str, Any]] = []
    for species, island, year, birds in _PG_GROUPS:
        sexes = _exact_counts(rng, {"male": birds // 2, "female": birds - birds // 2})
        for sex in sexes:
            (bl, bls), (bd, bds), (fl, fls), (bm, bms) = _PG_STATS[(species, sex)]
            z = float(rng.normal())  # a bigger bird is bigger all over
            rows.append(
                {
                    "species": species,
                    "island": island,
                    "bill_length_mm": round(bl + bls * (0.5 * z + 0.87 * float(rng.normal())), 1),
                    "bill_depth_mm": round(bd + bds * (0.5 * z + 0.87 * float(rng.normal())), 1),
                    "flipper_length_mm": round(fl + fls * (0.6 * z + 0.8 * float(rng.normal()))),
                    _PG_MASS: int(round((bm + bms * (0.7 * z + 0.71 * float(rng.normal()))) / 25) * 25),
                    "sex": sex,
                    "year": year,
                }
            )
    df = pd.DataFrame(rows).astype(object)
    gentoo = [i for i in range(152, 276) if i != 271]
    unsexed = [3, 8, 9, 10, 11, 47, *(int(i) for i in rng.choice(gentoo, size=4, replace=False))]
    df.loc[unsexed, "sex"] = "NA"
    for i in (3, 271):  # two birds with nothing measured
        df.loc[i, ["bill_length_mm", "bill_depth_mm", "flipper_length_mm", _PG_MASS, "sex"]] = "NA"
    return df


def _pg_sex_means(species: str | None) -> Callable[[pd.DataFrame], np.ndarray]:
    def value(d: pd.DataFrame) -> np.ndarray:
        rows = d if species is None else d[d["species"] == species]
        return np.asarray(rows[_PG_MASS].groupby(rows["sex"]).mean().reindex(["male", "female"]), dtype=float)

    return value


def _pg_sex_gap(species: str | None) -> Check:
    means = _pg_sex_means(species)
    return either(_about(lambda d: float(means(d)[0] - means(d)[1])), has(means))


_PENGUINS_QS = [
    Q(
        "how many penguins of each species are there?",
        has(lambda d: np.asarray(d["species"].value_counts().reindex(["Adelie", "Chinstrap", "Gentoo"]), dtype=float)),
        ("species",),
    ),
    Q(
        "avg body mass per species",
        has(lambda d: np.asarray(d[_PG_MASS].groupby(d["species"]).mean(), dtype=float)),
        (_PG_MASS, "species"),
    ),
    Q(
        "which island has the heaviest birds on average?",
        _named(lambda d: str(d[_PG_MASS].groupby(d["island"]).mean().idxmax())),
        ("island", _PG_MASS),
    ),
    Q(
        "are males heavier than females? by how much on average",
        _pg_sex_gap(None),
        (_PG_MASS, "sex"),
    ),
    Q(
        "and just the gentoos?",
        _pg_sex_gap("Gentoo"),
        (_PG_MASS, "sex", "species"),
    ),
    Q(
        "plot flipper length against weight - how strong is the correlation?",
        _corr(lambda d: d["flipper_length_mm"], lambda d: d[_PG_MASS]),
        ("flipper_length_mm", _PG_MASS),
    ),
]


# --- 2. Seoul bike sharing demand (UCI, SeoulBikeData.csv) ---------------------------------------------------------

_SB_COUNT = "Rented Bike Count"
_SB_TEMP = "Temperature(°C)"
_SB_RAIN = "Rainfall(mm)"
_SB_FUNC = "Functioning Day"
_SB_HOLIDAYS = ["2017-12-25", "2018-02-17", "2018-03-01", "2018-05-05", "2018-09-24", "2018-10-03", "2018-10-09"]
_SB_WEEKDAY = [0.50, 0.38, 0.26, 0.17, 0.11, 0.12, 0.30, 0.78, 1.45, 0.80, 0.55, 0.58]
_SB_WEEKDAY += [0.68, 0.70, 0.73, 0.82, 0.98, 1.30, 2.00, 1.40, 1.20, 1.12, 1.02, 0.72]
_SB_WEEKEND = [0.62, 0.52, 0.40, 0.28, 0.18, 0.12, 0.12, 0.20, 0.35, 0.48, 0.66, 0.85]
_SB_WEEKEND += [1.00, 1.08, 1.12, 1.15, 1.18, 1.20, 1.15, 1.00, 0.92, 0.85, 0.78, 0.60]
_SB_SEASONS = {12: "Winter", 1: "Winter", 2: "Winter", 3: "Spring", 4: "Spring", 5: "Spring"}
_SB_SEASONS |= {6: "Summer", 7: "Summer", 8: "Summer", 9: "Autumn", 10: "Autumn", 11: "Autumn"}


def _sb_temp_factor(t: float) -> float:
    if t <= 26.0:
        return float(np.clip(0.08 + (t + 12.0) / 32.0, 0.12, 1.3))
    return max(0.5, 1.3 - 0.06 * (t - 26.0))


def _seoul_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3102)
    days = pd.date_range("2017-12-01", "2018-11-30", freq="3D")
    closed_days = {int(i) for i in rng.choice(np.arange(44, 120), size=4, replace=False)}
    half_closed = int(rng.choice([i for i in range(44, 120) if i not in closed_days]))
    rows: list[dict[str, Any]] = []
    for k, day in enumerate(days):
        season = _SB_SEASONS[day.month]
        holiday = f"{day:%Y-%m-%d}" in _SB_HOLIDAYS
        off = holiday or day.day_of_week >= 5
        mean_t = 12.5 + 15.5 * np.sin(2 * np.pi * (day.day_of_year - 105) / 365) + float(rng.normal(0, 2.5))
        wet = rng.random() < (0.35 if season == "Summer" else 0.15)
        start, length = int(rng.integers(0, 24)), int(rng.integers(2, 11))
        snowy = wet and season == "Winter" and mean_t < 2.0
        growth = 1.0 + 0.3 * k / len(days)
        for h in range(24):
            t = round(mean_t + 4.5 * np.sin(2 * np.pi * (h - 9) / 24) + float(rng.normal(0, 0.6)), 1)
            raining = wet and start <= h < start + length and not snowy
            rain = round(max(0.1, float(rng.gamma(0.8, 1.8))), 1) if raining else 0.0
            snow = round(float(rng.uniform(0.3, 3.5)), 1) if snowy and h >= start else 0.0
            hum = int(
                np.clip(
                    55
                    + (15 if season == "Summer" else 0)
                    + (30 if raining else 0)
                    - 12 * np.sin(2 * np.pi * (h - 9) / 24)
                    + rng.normal(0, 8),
                    10,
                    98,
                )
            )
            sun = 0.0
            if 7 <= h <= 19 and not raining:
                peak = 1.2 + 1.8 * max(0.0, np.sin(2 * np.pi * (day.day_of_year - 80) / 365))
                sun = round(max(0.0, peak * np.sin(np.pi * (h - 6.5) / 13) + float(rng.normal(0, 0.12))), 2)
            profile = (_SB_WEEKEND if off else _SB_WEEKDAY)[h] * (0.9 if holiday else 1.0)
            count = 950 * growth * profile * _sb_temp_factor(t) * (1 - 0.006 * max(0, hum - 60))
            count *= (0.12 if rain else 1.0) * (0.7 if snow else 1.0) * float(rng.lognormal(0, 0.12))
            running = not (k in closed_days or (k == half_closed and h < 8))
            vis = int(np.clip(2000 - (hum - 40) * 25 + rng.normal(0, 300), 27, 2000))
            rows.append(
                {
                    "Date": f"{day:%d/%m/%Y}",
                    _SB_COUNT: round(count) if running else 0,
                    "Hour": h,
                    _SB_TEMP: t,
                    "Humidity(%)": hum,
                    "Wind speed (m/s)": round(float(np.clip(rng.gamma(2.0, 0.8) + 0.4 * (10 <= h <= 17), 0, 7.4)), 1),
                    "Visibility (10m)": 2000 if vis > 1900 else vis,
                    "Dew point temperature(°C)": round(t - (100 - hum) / 5, 1),
                    "Solar Radiation (MJ/m2)": sun,
                    _SB_RAIN: rain,
                    "Snowfall (cm)": snow,
                    "Seasons": season,
                    "Holiday": "Holiday" if holiday else "No Holiday",
                    _SB_FUNC: "Yes" if running else "No",
                }
            )
    return pd.DataFrame(rows)


def _sb_months(d: pd.DataFrame) -> pd.Series:
    month = pd.to_datetime(d["Date"], format="%d/%m/%Y").dt.month
    return d[_SB_COUNT].groupby(month).sum().sort_values(ascending=False)


def _sb_open(d: pd.DataFrame) -> pd.DataFrame:
    return d[d[_SB_FUNC] == "Yes"]


def _sb_both_ways(value: Callable[[pd.DataFrame], Any]) -> Check:
    """Over every hour, or over the hours the scheme was running."""
    return either(has(value), has(lambda d: value(_sb_open(d))))


def _sb_rain(d: pd.DataFrame) -> np.ndarray:
    return np.asarray(d[_SB_COUNT].groupby(d[_SB_RAIN] > 0).mean().reindex([True, False]), dtype=float)


_SEOUL_QS = [
    Q(
        "what hour of the day is busiest on average?",
        _hour(lambda d: int(d[_SB_COUNT].groupby(d["Hour"]).mean().idxmax())),
        ("Hour", _SB_COUNT),
    ),
    Q(
        "average rentals per hour in each season",
        _sb_both_ways(
            lambda d: np.asarray(
                d[_SB_COUNT].groupby(d["Seasons"]).mean().reindex(["Winter", "Spring", "Summer", "Autumn"]),
                dtype=float,
            )
        ),
        (_SB_COUNT, "Seasons", _SB_FUNC),
    ),
    Q(
        "how many hours was the system not running at all?",
        has(lambda d: float((d[_SB_FUNC] == "No").sum())),
        (_SB_FUNC, _SB_COUNT),
    ),
    Q(
        "plot total rentals by month. which month was the best and whats the total",
        both(
            _month_name(lambda d: int(_sb_months(d).index[0])),
            _scaled(lambda d: float(_sb_months(d).iloc[0]), (1e3, 1e6)),
        ),
        ("Date", _SB_COUNT),
    ),
    Q(
        "is temperature correlated with the number of rentals?",
        either(
            _corr(lambda d: d[_SB_TEMP], lambda d: d[_SB_COUNT]),
            _corr(lambda d: _sb_open(d)[_SB_TEMP], lambda d: _sb_open(d)[_SB_COUNT]),
        ),
        (_SB_TEMP, _SB_COUNT, _SB_FUNC),
    ),
    Q(
        "rainy hours vs dry hours, avg bikes rented?",
        _sb_both_ways(_sb_rain),
        (_SB_RAIN, _SB_COUNT, _SB_FUNC),
    ),
]


# --- 3. NASA meteorite landings (data.nasa.gov, Meteorite_Landings.csv) --------------------------------------------

_MET_MASS = "mass (g)"
_MET_FELL = [  # (name, year, class, mass g, lat, long)
    ("Aachen", 1880, "L5", 21, 50.775, 6.08333),
    ("Aarhus", 1951, "H6", 720, 56.18333, 10.23333),
    ("Abee", 1952, "EH4", 107000, 54.21667, -113.0),
    ("Acapulco", 1976, "Acapulcoite", 1914, 16.88333, -99.9),
    ("Achiras", 1902, "L6", 780, -33.16667, -64.95),
    ("Adhi Kot", 1919, "EH4", 4239, 32.1, 71.8),
    ("Agen", 1814, "H5", 30000, 44.21667, 0.61667),
    ("Allende", 1969, "CV3", 2000000, 26.96667, -105.31667),
    ("Almahata Sitta", 2008, "Ureilite-an", 3950, 20.74575, 32.41275),
    ("Alta'ameem", 1977, "LL5", 6000, 35.27333, 44.21556),
    ("Barwell", 1965, "L5", 44000, 52.56528, -1.33972),
    ("Benld", 1938, "H6", 1770.5, 39.08333, -89.15),
    ("Bjurböle", 1899, "L/LL4", 330000, 60.4, 25.8),
    ("Bruderheim", 1960, "L6", 303000, 53.9, -112.88333),
    ("Carancas", 2007, "H4-5", 342, -16.66444, -69.04389),
    ("Chassigny", 1815, "Martian (chassignite)", 4000, 47.71667, 5.36667),
    ("Chelyabinsk", 2013, "LL5", 100000, 54.81667, 61.11667),
    ("Claxton", 1984, "L6", 1455, 32.1025, -81.87278),
    ("Ehole", 1961, "H5", 2400, -17.3, 15.83333),
    ("Forest City", 1890, "H5", 122000, 43.25, -93.66667),
    ("Gao-Guenie", 1960, "H5", 30000, 11.65, -2.18333),
    ("Holbrook", 1912, "L/LL6", 220000, 34.9, -110.18333),
    ("Innisfree", 1977, "L5", 4576, 53.415, -111.3375),
    ("Jilin", 1976, "H5", 4000000, 44.05, 126.16667),
    ("Kainsaz", 1937, "CO3.2", 200000, 55.43333, 53.25),
    ("Kunya-Urgench", 1998, "H5", 1100000, 42.25, 59.2),
    ("L'Aigle", 1803, "L6", 37000, 48.76667, 0.63333),
    ("Lost City", 1970, "H5", 17000, 36.00833, -95.15),
    ("Mbale", 1992, "L5/6", 150000, 1.06667, 34.16667),
    ("Mifflin", 2010, "L5", 3584, 42.9075, -90.36556),
    ("Mocs", 1882, "L5-6", 300000, 46.8, 23.96667),
    ("Murchison", 1969, "CM2", 100000, -36.61667, 145.2),
    ("Nakhla", 1911, "Martian (nakhlite)", 10000, 31.31667, 30.35),
    ("Neuschwanstein", 2002, "EL6", 6189, 47.525, 10.80833),
    ("Norton County", 1948, "Aubrite", 1100000, 39.68333, -99.86667),
    ("Orgueil", 1864, "CI1", 14000, 43.88333, 1.38333),
    ("Park Forest", 2003, "L5", 18000, 41.48472, -87.67917),
    ("Peekskill", 1992, "H6", 12570, 41.28333, -73.91667),
    ("Pultusk", 1868, "H5", 250000, 52.76667, 21.26667),
    ("Sikhote-Alin", 1947, "Iron, IIAB", 23000000, 46.16, 134.65333),
    ("Stannern", 1808, "Eucrite-mmict", 52000, 49.28333, 15.56667),
    ("Sutter's Mill", 2012, "C", 992.5, 38.80389, -120.90806),
    ("Sylacauga", 1954, "H4", 5560, 33.18836, -86.2945),
    ("Tagish Lake", 2000, "C2-ung", 10000, 59.70444, -134.20139),
    ("Tamdakht", 2008, "H5", 100000, 31.16333, -7.015),
    ("Tissint", 2011, "Martian (shergottite)", 7000, 29.48195, -7.61123),
    ("Wold Cottage", 1795, "L6", 25400, 54.13333, -0.4),
    ("Zagami", 1962, "Martian (shergottite)", 18000, 11.73333, 7.08333),
]
_MET_BIG = [  # famous finds, mostly irons
    ("Hoba", 1920, "Iron, IVB", 60000000, -19.58333, 17.91667),
    ("Cape York", 1818, "Iron, IIIAB", 58200000, 76.13333, -64.93333),
    ("Canyon Diablo", 1891, "Iron, IAB-MG", 30000000, 35.05, -111.03333),
    ("Armanty", 1898, "Iron, IIIE", 28000000, 47.0, 88.0),
    ("Gibeon", 1836, "Iron, IVA", 26000000, -25.5, 18.0),
    ("Chupaderos", 1852, "Iron, IIIAB", 24300000, 27.0, -105.1),
    ("Mundrabilla", 1911, "Iron, IAB-ung", 24000000, -30.78333, 127.55),
    ("Bacubirito", 1863, "Iron, ungrouped", 22000000, 26.2, -107.83333),
    ("Mbosi", 1930, "Iron, ungrouped", 16000000, -9.11667, 33.06667),
    ("Willamette", 1902, "Iron, IIIAB", 15500000, 45.36667, -122.58333),
    ("Brenham", 1882, "Pallasite, PMG-as", 4300000, 37.58333, -99.16667),
    ("Toluca", 1776, "Iron, IAB-sLL", 3000000, 19.56667, -99.56667),
    ("Henbury", 1931, "Iron, IIIAB", 2000000, -24.56667, 133.15),
    ("Gebel Kamil", 2008, "Iron, ungrouped", 1600000, 22.01833, 26.08778),
    ("Odessa (iron)", 1922, "Iron, IAB-MG", 1500000, 31.72333, -102.40333),
    ("Imilac", 1822, "Pallasite, PMG", 920000, -24.2, -68.8),
    ("Esquel", 1951, "Pallasite, PMG", 755000, -42.9, -71.33333),
    ("Muonionalusta", 1906, "Iron, IVA", 230000, 67.8, 23.1),
]
_MET_PLACES = _split(
    "Abernathy;Ackerly;Adrian;Alamogordo;Albin;Aldsworth;Alfianello;Allegan;Alvord;Anthony;Appley Bridge;Arapahoe;"
    "Archie;Ashmore;Atlanta;Aurora;Bald Mountain;Ballinger;Barratta;Beardsley;Beaver Creek;Bells;Bencubbin;Bilanga;"
    "Binningup;Bluff;Bondoc;Bovedy;Buckleboo;Burdett;Cashion;Chico;Cleburne;Clovis;Coolidge;Crumlin;Cumberland Falls;"
    "Dalgety Downs;Denton County;Dimmitt;Duchesne;Dumas;Elm Creek;Estacado;Faucett;Forsyth;Franconia;Garland;Gladstone;"
    "Goose Lake;Gruver;Hale Center;Happy Canyon;Haswell;Hugoton;Kapoeta;Kearny;Kendleton;Kimble County;Kingfisher;"
    "Ladder Creek;Lake Murray;Lamesa;Leedey;Lubbock;Macy;Maralinga;Melrose;Miller;Moorabie;Mount Tazerzait;Muleshoe;"
    "Nazareth;Ness County;Noblesville;Nuevo Mercurio;Ochansk;Oakley;Paragould;Plainview (1917);Quinyambie;Ranchapur;"
    "Rich Mountain;Richardton;Roy;Seagraves;Seminole;Shallowater;Silverton;Springwater;Tatum;Tulia;Ucera;Uden;Wellman;"
    "Weston;Willard;Woodward County;Yenberrie;Zaisho",
    ";",
)
_MET_SERIES = [  # (name, lat, long, first year, last year, weight, number style, blank or 0,0 share)
    ("Allan Hills", -76.71667, 159.66667, 1976, 2011, 9.0, "yy3", 0.0),
    ("Yamato", -71.5, 35.66667, 1969, 2010, 8.0, "yy4", 0.0),
    ("Elephant Moraine", -76.18333, 157.16667, 1979, 2007, 5.0, "yy3", 0.0),
    ("Queen Alexandra Range", -84.0, 168.0, 1990, 2002, 5.0, "yy3", 0.0),
    ("Lewis Cliff", -84.28333, 161.5, 1985, 1988, 4.0, "yy3", 0.0),
    ("Miller Range", -83.25, 157.0, 2005, 2011, 4.0, "yy3", 0.0),
    ("LaPaz Icefield", -86.36667, -70.0, 2002, 2006, 3.0, "yy3", 0.0),
    ("Grosvenor Mountains", -85.66667, 175.0, 1995, 2003, 2.0, "yy3", 0.0),
    ("Asuka", -72.0, 24.0, 1986, 1988, 2.0, "yy3", 0.0),
    ("Frontier Mountain", -72.98333, 160.5, 1984, 2000, 1.0, "yy3", 0.0),
    ("Northwest Africa", 0.0, 0.0, 2000, 2013, 9.0, "n", 1.0),
    ("Dhofar", 19.0, 54.5, 1999, 2009, 3.0, "n3", 0.05),
    ("Sayh al Uhaymir", 20.9, 56.9, 2000, 2006, 1.5, "n3", 0.05),
    ("Jiddat al Harasis", 19.7, 56.4, 2000, 2010, 1.0, "n3", 0.05),
    ("Acfer", 27.6, 4.0, 1989, 1992, 1.5, "n3", 0.0),
    ("Dar al Gani", 27.0, 16.3, 1995, 1999, 2.0, "n3", 0.0),
    ("Hammadah al Hamra", 28.7, 12.6, 1990, 1997, 1.0, "n3", 0.0),
    ("Sahara", 0.0, 0.0, 1997, 2000, 1.5, "yy3", 1.0),
    ("Roosevelt County", 34.0, -103.3, 1967, 1995, 0.8, "n3", 0.0),
    ("Catalina", -25.2, -69.7, 2008, 2012, 0.7, "n3", 0.0),
    ("El Médano", -24.85, -70.5, 2011, 2013, 0.5, "n3", 0.0),
]
_MET_CLASSES = {
    "L6": 18.0,
    "H5": 15.6,
    "L5": 10.5,
    "H6": 9.9,
    "H4": 9.2,
    "LL5": 6.0,
    "LL6": 4.5,
    "L4": 2.7,
    "H4/5": 0.9,
    "CM2": 0.9,
    "H3": 0.8,
    "L3": 0.6,
    "CO3": 0.6,
    "LL4": 0.5,
    "Ureilite": 0.6,
    "Iron, IIIAB": 0.4,
    "Eucrite-pmict": 0.4,
    "Diogenite": 0.3,
    "CV3": 0.3,
    "H5/6": 0.3,
    "EH3": 0.2,
    "Howardite": 0.2,
    "CK4": 0.15,
    "Mesosiderite-A1": 0.1,
    "Lunar (anorth)": 0.08,
    "Martian (shergottite)": 0.05,
}


def _met_mass(rng: np.random.Generator, median: float, sigma: float) -> float | int:
    m = float(median * rng.lognormal(0, sigma))
    if m < 10:
        return round(max(m, 0.05), 2)
    if m < 1000:
        return round(m, 1)
    return round(m)


def _met_row(
    name: str, fall: str, cls: str, mass: Any, year: int, lat: float | None, lon: float | None
) -> dict[str, Any]:
    return {"name": name, "fall": fall, "cls": cls, "mass": mass, "year": year, "lat": lat, "lon": lon}


def _met_label(rng: np.random.Generator, name: str, style: str, year: int) -> str:
    if style == "yy3":
        return f"{name} {year % 100:02d}{int(rng.integers(1, 1000)):03d}"
    if style == "yy4":
        return f"{name} {year % 100:02d}{int(rng.integers(1, 10000)):04d}"
    if style == "n":
        return f"{name} {int(rng.integers(1, 7800))}"
    return f"{name} {int(rng.integers(1, 1500)):03d}"


def _meteorites_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3103)
    rows = [_met_row(n, "Fell", c, m, y, la, lo) for n, y, c, m, la, lo in _MET_FELL]
    rows += [_met_row(n, "Found", c, m, y, la, lo) for n, y, c, m, la, lo in _MET_BIG]
    for i, place in enumerate(_MET_PLACES):
        region = i % 3
        p_lat = [float(rng.uniform(30, 45)), float(rng.uniform(-32, -25)), float(rng.uniform(45, 56))][region]
        p_lon = [float(rng.uniform(-105, -85)), float(rng.uniform(118, 140)), float(rng.uniform(-2, 30))][region]
        cls = "Iron, IIIAB" if rng.random() < 0.15 else str(_one(rng, list(_MET_CLASSES), list(_MET_CLASSES.values())))
        mass = _met_mass(rng, 9000.0 if cls.startswith("Iron") else 2500.0, 1.6)
        rows.append(_met_row(place, "Found", cls, mass, int(rng.integers(1850, 2001)), p_lat, p_lon))
    used = {str(r["name"]) for r in rows}
    series_w = [s[5] for s in _MET_SERIES]
    while len(rows) < 2400:
        pick = int(_one(rng, range(len(_MET_SERIES)), series_w))
        name, lat0, lon0, first, last, _, style, nowhere = _MET_SERIES[pick]
        year = int(rng.integers(first, last + 1))
        label = _met_label(rng, name, style, year)
        if label in used:
            continue
        used.add(label)
        median = 14.0 if lat0 < -60 else (250.0 if name in ("Northwest Africa", "Sahara") else 180.0)
        cls = str(_one(rng, list(_MET_CLASSES), list(_MET_CLASSES.values())))
        lat: float | None = round(lat0 + float(rng.normal(0, 0.25)), 5)
        lon: float | None = round(lon0 + float(rng.normal(0, 0.4)), 5)
        if rng.random() < nowhere:
            lat, lon = (0.0, 0.0) if name == "Northwest Africa" and rng.random() < 0.8 else (None, None)
        rows.append(_met_row(label, "Found", cls, _met_mass(rng, median, 1.6), year, lat, lon))
    for k, tag in enumerate(("048", "052", "061")):
        rows.append(_met_row(f"Österplana {tag}", "Found", "Relict OC", None, 2001 + k, 58.58333, 13.43333))
    rows.sort(key=lambda r: str(r["name"]))
    no_mass = {int(i) for i in rng.choice(len(rows), size=7, replace=False)}
    no_year = {int(i) for i in rng.choice(len(rows), size=12, replace=False)}
    famous = [b[0] for b in _MET_BIG]
    out = []
    uid = 0
    for i, r in enumerate(rows):
        uid += int(rng.integers(1, 25))
        r_lat = None if r["lat"] is None else round(float(r["lat"]), 5)
        r_lon = None if r["lon"] is None else round(float(r["lon"]), 5)
        keep = str(r["name"]) in famous or r["fall"] == "Fell"
        out.append(
            {
                "name": r["name"],
                "id": uid,
                "nametype": "Relict" if r["cls"] == "Relict OC" else "Valid",
                "recclass": r["cls"],
                _MET_MASS: None if (i in no_mass and not keep) else r["mass"],
                "fall": r["fall"],
                "year": None if (i in no_year and not keep) else f"01/01/{int(r['year'])} 12:00:00 AM",
                "reclat": r_lat,
                "reclong": r_lon,
                "GeoLocation": None if r_lat is None else f"({r_lat}, {r_lon})",
            }
        )
    df = pd.DataFrame(out)
    df[_MET_MASS] = pd.Series([r[_MET_MASS] for r in out], dtype=object)  # "21" and "0.15", as the file has them
    return df


def _met_years(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d["year"].astype(str).str[6:10], errors="coerce")


def _met_decades(fall: str | None) -> Callable[[pd.DataFrame], pd.Series]:
    def value(d: pd.DataFrame) -> pd.Series:
        rows = d if fall is None else d[d["fall"] == fall]
        years = _met_years(rows)
        decade = (years[years >= 1950] // 10 * 10).astype(int)
        return decade.value_counts()

    return value


def _met_top_decade(fall: str | None) -> Check:
    counts = _met_decades(fall)
    return both(_year_word(lambda d: int(counts(d).index[0])), has(lambda d: float(counts(d).iloc[0])))


def _met_nowhere(d: pd.DataFrame) -> float:
    blank = d["reclat"].isna() | d["reclong"].isna()
    zero = (d["reclat"] == 0) & (d["reclong"] == 0)
    return float((blank | zero).sum())


_METEORITES_QS = [
    Q(
        "how many were seen falling vs just found?",
        has(lambda d: np.asarray(d["fall"].value_counts().reindex(["Fell", "Found"]), dtype=float)),
        ("fall",),
    ),
    Q(
        "what's the heaviest meteorite in here and how much does it weigh in kg?",
        both(
            _named(lambda d: str(d.loc[d[_MET_MASS].idxmax(), "name"])),
            _scaled(lambda d: float(d[_MET_MASS].max()), (1e3, 1e6)),
        ),
        ("name", _MET_MASS),
    ),
    Q(
        "top 5 most common classes",
        _all_named(lambda d: [str(c) for c in d["recclass"].value_counts().index[:5]]),
        ("recclass",),
    ),
    Q(
        "median mass of the falls vs the finds?",
        _scaled(
            lambda d: np.asarray(d[_MET_MASS].groupby(d["fall"]).median().reindex(["Fell", "Found"]), dtype=float),
            (1e3,),
        ),
        (_MET_MASS, "fall"),
    ),
    Q(
        "plot the number of meteorites per decade since 1950 - which decade had the most, and how many?",
        either(_met_top_decade(None), _met_top_decade("Found")),
        ("year", "fall"),
    ),
    Q(
        "how many have no usable location (blank or 0,0 coordinates)?",
        has(_met_nowhere),
        ("reclat", "reclong", "GeoLocation"),
    ),
]


# --- 4. Black Friday (Analytics Vidhya / Kaggle, train.csv) --------------------------------------------------------

_BF_AGES = {"0-17": 2.7, "18-25": 18.1, "26-35": 39.9, "36-45": 20.0, "46-50": 8.3, "51-55": 7.0, "55+": 3.9}
_BF_STAY = {"0": 13.5, "1": 35.2, "2": 18.5, "3": 17.3, "4+": 15.4}
_BF_CAT1 = {  # category: (share of transactions %, mean purchase)
    5: (27.4, 6240),
    1: (25.5, 13600),
    8: (20.7, 7500),
    11: (4.4, 4685),
    2: (4.3, 11251),
    6: (3.7, 15838),
    3: (3.7, 10096),
    4: (2.1, 2329),
    16: (1.8, 14766),
    15: (1.1, 14780),
    13: (1.0, 722),
    10: (0.9, 19675),
    12: (0.7, 1350),
    7: (0.7, 16365),
    18: (0.6, 2972),
    20: (0.5, 370),
    19: (0.3, 37),
    14: (0.3, 13141),
    17: (0.1, 10170),
    9: (0.1, 15537),
}
_BF_CAT = "Product_Category_1"


def _black_friday_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3104)
    n_users, n_products, n_rows = 700, 1100, 3000
    user_ids = np.sort(rng.choice(np.arange(1000001, 1006041), size=n_users, replace=False))
    users = []
    for uid in user_ids:
        users.append(
            {
                "User_ID": int(uid),
                "Gender": "M" if rng.random() < 0.72 else "F",
                "Age": _one(rng, list(_BF_AGES), list(_BF_AGES.values())),
                "Occupation": int(
                    _one(rng, range(21), [12, 8, 4, 3, 13, 2, 4, 11, 1, 1, 2, 2, 6, 1, 5, 2, 5, 7, 1, 2, 6])
                ),
                "City_Category": _one(rng, ["A", "B", "C"], [18, 29, 53]),
                "Stay_In_Current_City_Years": _one(rng, list(_BF_STAY), list(_BF_STAY.values())),
                "Marital_Status": int(rng.random() < 0.41),
            }
        )
    city_pull = {"A": 1.6, "B": 1.45, "C": 0.55}  # A and B shoppers buy more often
    activity = rng.lognormal(0, 1.0, size=n_users) * np.array([city_pull[str(u["City_Category"])] for u in users])
    numbers = rng.choice(np.arange(1, 380000), size=n_products, replace=False)
    cats = list(_BF_CAT1)
    products = []
    for num in numbers:
        c1 = int(_one(rng, cats, [v[0] for v in _BF_CAT1.values()]))
        c2 = int(rng.integers(c1 + 1, 19)) if c1 < 17 and rng.random() < 0.72 else None
        c3 = int(rng.integers(c2 + 1, 19)) if c2 is not None and c2 < 17 and rng.random() < 0.45 else None
        base = _BF_CAT1[c1][1] * float(rng.lognormal(0, 0.22))
        products.append((f"P00{int(num):06d}", c1, c2, c3, base))
    popularity = rng.lognormal(0, 1.1, size=n_products)
    owner = np.sort(rng.choice(n_users, size=n_rows, p=activity / activity.sum()))
    rows = []
    for u in owner:
        user = users[int(u)]
        pid, c1, c2, c3, base = products[int(rng.choice(n_products, p=popularity / popularity.sum()))]
        lift = 1.04 if user["Gender"] == "M" else 0.95
        price = round(float(base * lift * float(rng.choice([1.0, 1.0, 0.95, 0.8, 0.75, 1.05])) + rng.normal(0, 40)))
        rows.append(
            user
            | {
                _BF_CAT: c1,
                "Product_Category_2": c2,
                "Product_Category_3": c3,
                "Purchase": int(np.clip(price, 12, 23961)),
            }
        )
        rows[-1]["Product_ID"] = pid
    df = pd.DataFrame(rows)
    order = ["User_ID", "Product_ID", "Gender", "Age", "Occupation", "City_Category", "Stay_In_Current_City_Years"]
    order += ["Marital_Status", _BF_CAT, "Product_Category_2", "Product_Category_3", "Purchase"]
    df = df[order]
    for col in ("Product_Category_2", "Product_Category_3"):
        df[col] = df[col].astype("Int64")
    return df


def _bf_cat_totals(d: pd.DataFrame) -> pd.Series:
    return d["Purchase"].groupby(d[_BF_CAT]).sum().sort_values(ascending=False)


def _bf_age_top(d: pd.DataFrame) -> str:
    return str(d["Purchase"].groupby(d["Age"]).sum().idxmax())


def _bf_band(value: Callable[[pd.DataFrame], str]) -> Check:
    """An age band as written ("26-35", "26–35", "26 to 35")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        band = value(df)
        if "-" in band:
            lo, hi = band.split("-")
            pattern = rf"(?<!\d){lo}\s*(?:-|–|—|to)\s*{hi}(?!\d)"
        else:
            pattern = re.escape(band)
        return None if re.search(pattern, answer, re.IGNORECASE) else f"missing band {band!r}"

    return check


_BLACK_FRIDAY_QS = [
    Q(
        "avg purchase amount for men vs women",
        has(lambda d: np.asarray(d["Purchase"].groupby(d["Gender"]).mean().reindex(["M", "F"]), dtype=float)),
        ("Purchase", "Gender"),
    ),
    Q(
        "plot total spend by age group - which group spends the most?",
        _bf_band(_bf_age_top),
        ("Age", "Purchase"),
    ),
    Q(
        "what % of the transactions are from married customers?",
        _share(lambda d: float((d["Marital_Status"] == 1).mean())),
        ("Marital_Status", "User_ID"),
    ),
    Q(
        "which product category brings in the most money?",
        either(
            asks("Product_Category_1", "Product_Category_2"),
            both(
                _code(lambda d: float(_bf_cat_totals(d).index[0])),
                _scaled(lambda d: float(_bf_cat_totals(d).iloc[0]), (1e3, 1e6)),
            ),
        ),
        (_BF_CAT, "Product_Category_2", "Product_Category_3", "Purchase"),
    ),
    Q(
        "how many different shoppers are there? and how many of them are in city C",
        has(
            lambda d: float(d["User_ID"].nunique()),
            lambda d: float(d.loc[d["City_Category"] == "C", "User_ID"].nunique()),
        ),
        ("User_ID", "City_Category"),
    ),
    Q(
        "average purchase by how many years they've lived in the city",
        has(
            lambda d: np.asarray(
                d["Purchase"].groupby(d["Stay_In_Current_City_Years"].astype(str)).mean(),
                dtype=float,
            )
        ),
        ("Purchase", "Stay_In_Current_City_Years"),
    ),
]


# --- 5. Chipotle orders (chipotle.tsv) -----------------------------------------------------------------------------

_CH_ITEMS = [  # (item_name, weight, unit price, kind)
    ("Chicken Bowl", 726, 8.75, "main"),
    ("Chicken Burrito", 553, 8.75, "main"),
    ("Chips and Guacamole", 479, 4.45, "chips"),
    ("Steak Burrito", 368, 9.25, "main"),
    ("Canned Soft Drink", 301, 1.25, "soft"),
    ("Steak Bowl", 211, 9.25, "main"),
    ("Chips", 211, 2.15, "chips"),
    ("Bottled Water", 162, 1.50, "plain"),
    ("Chicken Soft Tacos", 115, 8.75, "main"),
    ("Chicken Salad Bowl", 110, 8.75, "main"),
    ("Chips and Fresh Tomato Salsa", 110, 2.95, "chips"),
    ("Canned Soda", 104, 1.09, "soda"),
    ("Side of Chips", 101, 1.69, "chips"),
    ("Veggie Burrito", 95, 8.75, "veg"),
    ("Barbacoa Burrito", 91, 9.25, "main"),
    ("Veggie Bowl", 85, 8.75, "veg"),
    ("Carnitas Bowl", 68, 9.25, "main"),
    ("Barbacoa Bowl", 66, 9.25, "main"),
    ("Carnitas Burrito", 59, 9.25, "main"),
    ("Steak Soft Tacos", 55, 9.25, "main"),
    ("6 Pack Soft Drink", 54, 6.49, "soft"),
    ("Chips and Tomatillo Red Chili Salsa", 48, 2.95, "chips"),
    ("Chicken Crispy Tacos", 47, 8.75, "main"),
    ("Chips and Tomatillo Green Chili Salsa", 43, 2.95, "chips"),
    ("Carnitas Soft Tacos", 40, 9.25, "main"),
    ("Steak Crispy Tacos", 35, 9.25, "main"),
    ("Steak Salad Bowl", 29, 9.39, "main"),
    ("Nantucket Nectar", 27, 3.39, "nectar"),
    ("Barbacoa Soft Tacos", 25, 9.25, "main"),
    ("Chips and Roasted Chili Corn Salsa", 22, 2.95, "chips"),
    ("Izze", 20, 3.39, "izze"),
    ("Veggie Salad Bowl", 18, 8.75, "veg"),
]
_CH_FLAVOURS = {
    "soft": {"Coke": 38, "Diet Coke": 24, "Sprite": 16, "Lemonade": 12, "Nestea": 10},
    "soda": {
        "Coca Cola": 30,
        "Diet Coke": 22,
        "Sprite": 18,
        "Dr. Pepper": 14,
        "Mountain Dew": 10,
        "Diet Dr. Pepper": 6,
    },
    "nectar": {"Apple": 30, "Peach Orange": 30, "Pomegranate Cherry": 20, "Pineapple Orange Banana": 20},
    "izze": {"Clementine": 40, "Blackberry": 35, "Grapefruit": 25},
}
_CH_SALSAS = [
    "Fresh Tomato Salsa",
    "Tomatillo Red Chili Salsa",
    "Tomatillo Green Chili Salsa",
    "Roasted Chili Corn Salsa",
]
_CH_OLD_SALSAS = [
    "Fresh Tomato Salsa (Mild)",
    "Tomatillo-Red Chili Salsa (Hot)",
    "Tomatillo-Green Chili Salsa (Medium)",
    "Roasted Chili Corn Salsa (Medium)",
]
_CH_FILLINGS = {  # filling: chance it is chosen
    "Rice": 0.9,
    "Black Beans": 0.55,
    "Pinto Beans": 0.3,
    "Cheese": 0.7,
    "Sour Cream": 0.5,
    "Fajita Vegetables": 0.35,
    "Lettuce": 0.55,
    "Guacamole": 0.3,
}


def _chipotle_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3105)
    n_orders = 1000
    rows: list[dict[str, Any]] = []
    weights = [it[1] for it in _CH_ITEMS]
    for order in range(1, n_orders + 1):
        old_menu = order <= 300
        for _ in range(1 + int(min(rng.poisson(1.5), 7))):
            name, _, unit, kind = _CH_ITEMS[int(_one(rng, range(len(_CH_ITEMS)), weights))]
            qty = int(_one(rng, [1, 2, 3, 4], [93, 6, 0.8, 0.2] if kind in ("main", "veg") else [82, 14, 3, 1]))
            choice = "NULL"
            if kind in _CH_FLAVOURS:
                flav = _CH_FLAVOURS[kind]
                choice = f"[{_one(rng, list(flav), list(flav.values()))}]"
            elif kind in ("main", "veg"):
                salsa = _one(rng, _CH_OLD_SALSAS if old_menu else _CH_SALSAS, [45, 25, 15, 15])
                picked = [f for f, p in _CH_FILLINGS.items() if rng.random() < p]
                choice = f"[{salsa}, [{', '.join(picked)}]]" if picked else f"[{salsa}]"
                if old_menu and rng.random() < 0.6:
                    unit = round(unit - 0.26, 2)
                if kind == "main" and "Guacamole" in picked:
                    unit = round(unit + 2.5, 2)
            rows.append(
                {
                    "order_id": order,
                    "quantity": qty,
                    "item_name": name,
                    "choice_description": choice,
                    "item_price": f"${qty * unit:.2f} ",
                }
            )
    return pd.DataFrame(rows)


def _ch_price(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d["item_price"].astype(str).str.strip().str.lstrip("$"), errors="coerce")


def _ch_orders(d: pd.DataFrame) -> pd.Series:
    return _ch_price(d).groupby(d["order_id"]).sum()


def _ch_bowls(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["item_name"] == "Chicken Bowl"]


def _ch_units(d: pd.DataFrame) -> pd.Series:
    return d["quantity"].groupby(d["item_name"]).sum().sort_values(ascending=False)


_CHIPOTLE_QS = [
    Q(
        "how many orders are there, and what's the average order total?",
        has(lambda d: float(d["order_id"].nunique()), lambda d: float(_ch_orders(d).mean())),
        ("order_id", "item_price"),
    ),
    Q(
        "top 5 items by number sold",
        _all_named(lambda d: [str(c) for c in _ch_units(d).index[:5]]),
        ("item_name", "quantity"),
    ),
    Q(
        "how much did chicken bowls bring in altogether",
        has(lambda d: float(_ch_price(_ch_bowls(d)).sum())),
        ("item_name", "item_price"),
    ),
    Q(
        "and what's the avg price of one?",
        either(
            has(lambda d: float((_ch_price(_ch_bowls(d)) / _ch_bowls(d)["quantity"]).mean())),
            has(lambda d: float(_ch_price(_ch_bowls(d)).sum() / _ch_bowls(d)["quantity"].sum())),
        ),
        ("item_name", "item_price", "quantity"),
    ),
    Q(
        "plot a histogram of order totals - what's the median order?",
        has(lambda d: float(_ch_orders(d).median())),
        ("order_id", "item_price"),
    ),
    Q(
        "what % of orders include chips of some kind?",
        _share(lambda d: float(d["item_name"].str.contains("Chips").groupby(d["order_id"]).any().mean())),
        ("order_id", "item_name"),
    ),
]


# --- 6. UCI Heart Disease, Cleveland (processed.cleveland.data) ----------------------------------------------------

_HD_LEVELS = {  # column: (weights without disease, weights with disease), over the codes in _HD_CODES
    "cp": ([16, 41, 68, 39], [7, 9, 18, 105]),
    "slope": ([106, 49, 9], [36, 91, 12]),
    "ca": ([130, 21, 7, 3], [46, 44, 31, 17]),
    "thal": ([129, 6, 28], [37, 12, 89]),
    "restecg": ([95, 1, 68], [56, 3, 80]),
}
_HD_CODES = {"cp": [1, 2, 3, 4], "slope": [1, 2, 3], "ca": [0, 1, 2, 3], "thal": [3, 6, 7], "restecg": [0, 1, 2]}


def _heart_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3106)
    rows = []
    for num in _exact_counts(rng, {0: 164, 1: 55, 2: 36, 3: 35, 4: 13}):
        sick = num > 0
        level = {k: float(_one(rng, _HD_CODES[k], w[int(sick)])) for k, w in _HD_LEVELS.items()}
        age = float(np.clip(round(rng.normal(56.6 if sick else 52.6, 7.9 if sick else 9.5)), 29, 77))
        male = rng.random() < (0.83 if sick else 0.56)
        oldpeak = round(float(rng.exponential(1.6 if sick else 0.6)) * (rng.random() > (0.2 if sick else 0.45)), 1)
        rows.append(
            {
                "age": age,
                "sex": 1.0 if male else 0.0,
                "cp": level["cp"],
                "trestbps": float(np.clip(round(rng.normal(134 if sick else 129, 17.5) / 2) * 2, 94, 200)),
                "chol": float(
                    np.clip(round(rng.normal((251 if sick else 242) + (16 if not male else -5), 48)), 126, 564)
                ),
                "fbs": float(rng.random() < 0.15),
                "restecg": level["restecg"],
                "thalach": float(
                    np.clip(round(rng.normal(160 - 0.9 * (age - 54), 17) - (8 + 3 * num) * sick), 71, 202)
                ),
                "exang": float(rng.random() < (0.55 if sick else 0.14)),
                "oldpeak": min(oldpeak, 6.2),
                "slope": level["slope"],
                "ca": f"{level['ca']}",
                "thal": f"{level['thal']}",
                "num": int(num),
            }
        )
    df = pd.DataFrame(rows)
    for col, k in (("ca", 4), ("thal", 2)):
        df.loc[rng.choice(len(df), size=k, replace=False), col] = "?"
    return df


def _hd_sick(d: pd.DataFrame) -> pd.Series:
    return d["num"] > 0


def _hd_cp(d: pd.DataFrame) -> pd.Series:
    return d.loc[_hd_sick(d), "cp"].value_counts(normalize=True)


_HEART_QS = [
    Q(
        "what % of patients have heart disease?",
        _share(lambda d: float(_hd_sick(d).mean())),
        ("num",),
    ),
    Q(
        "avg max heart rate for people with vs without disease",
        has(lambda d: np.asarray(d["thalach"].groupby(_hd_sick(d)).mean().reindex([True, False]), dtype=float)),
        ("thalach", "num"),
    ),
    Q(
        "how many rows have a ? in them",
        has(lambda d: float((d.astype(str) == "?").any(axis=1).sum())),
        ("ca", "thal"),
    ),
    Q(
        "avg cholesterol for men and for women",
        has(lambda d: np.asarray(d["chol"].groupby(d["sex"]).mean().reindex([1.0, 0.0]), dtype=float)),
        ("chol", "sex"),
    ),
    Q(
        "plot age vs max heart rate, whats the correlation",
        _corr(lambda d: d["age"], lambda d: d["thalach"]),
        ("age", "thalach"),
    ),
    Q(
        "among the people with disease, which chest pain type is most common and what share of them have it?",
        both(
            _code(lambda d: float(_hd_cp(d).index[0]), {4: "asymptomatic"}), _share(lambda d: float(_hd_cp(d).iloc[0]))
        ),
        ("cp", "num"),
    ),
]


# --- 7. Olist Brazilian e-commerce orders (olist_orders_dataset.csv) ------------------------------------------------

_OL_MONTHS = {  # month: orders in the full file
    "2016-09": 4,
    "2016-10": 324,
    "2016-12": 1,
    "2017-01": 800,
    "2017-02": 1780,
    "2017-03": 2682,
    "2017-04": 2404,
    "2017-05": 3700,
    "2017-06": 3245,
    "2017-07": 4026,
    "2017-08": 4331,
    "2017-09": 4285,
    "2017-10": 4631,
    "2017-11": 7544,
    "2017-12": 5673,
    "2018-01": 7269,
    "2018-02": 6728,
    "2018-03": 7211,
    "2018-04": 6939,
    "2018-05": 6873,
    "2018-06": 6167,
    "2018-07": 6292,
    "2018-08": 6512,
    "2018-09": 16,
    "2018-10": 4,
}
_OL_WEEKDAYS = [1.36, 1.34, 1.30, 1.24, 1.18, 0.91, 1.00]
_OL_HOURS = [0.5, 0.25, 0.1, 0.05, 0.05, 0.1, 0.5, 1.2, 3.0, 4.8, 6.2, 6.6, 6.0, 6.5, 6.6, 6.4, 6.7, 6.1, 5.8, 5.9]
_OL_HOURS += [6.2, 6.2, 5.8, 4.2]
_OL_STATUS = {"delivered": 970.0, "shipped": 11.0, "canceled": 6.3, "unavailable": 6.1}
_OL_STATUS |= {"invoiced": 3.2, "processing": 3.0, "created": 0.05, "approved": 0.02}
_OL_STAMP = "%Y-%m-%d %H:%M:%S"


def _olist_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3107)
    total = sum(_OL_MONTHS.values())
    counts = {m: max(1, round(3000 * k / total)) for m, k in _OL_MONTHS.items()}
    rows = []
    for month in _exact_counts(rng, counts):
        start = pd.Timestamp(f"{month}-01")
        days = pd.date_range(start, start + pd.offsets.MonthEnd(0))
        w = np.array([_OL_WEEKDAYS[d.day_of_week] * (6.0 if f"{d:%Y-%m-%d}" == "2017-11-24" else 1.0) for d in days])
        day = days[int(rng.choice(len(days), p=w / w.sum()))]
        hour = int(rng.choice(24, p=np.array(_OL_HOURS) / sum(_OL_HOURS)))
        bought = day + pd.Timedelta(hours=hour, minutes=int(rng.integers(60)), seconds=int(rng.integers(60)))
        if month >= "2018-09":
            status = str(_one(rng, ["canceled", "shipped", "created"], [6, 2, 1]))
        elif month < "2017-01":
            status = str(_one(rng, ["delivered", "canceled", "shipped", "invoiced"], [80, 10, 5, 5]))
        else:
            status = str(_one(rng, list(_OL_STATUS), list(_OL_STATUS.values())))
        approved: pd.Timestamp | None = bought + pd.Timedelta(minutes=float(rng.exponential(600)) + 1)
        if status == "created" or (status == "canceled" and rng.random() < 0.4):
            approved = None
        carrier: pd.Timestamp | None = None
        delivered: pd.Timestamp | None = None
        reached_carrier = status in ("delivered", "shipped") or (status == "canceled" and rng.random() < 0.1)
        if approved is not None and reached_carrier:
            carrier = approved + pd.Timedelta(hours=float(rng.gamma(2.0, 34.0)))
        busy = "2017-11" <= month <= "2018-03"
        if status == "delivered" and carrier is not None:
            delivered = carrier + pd.Timedelta(hours=float(rng.gamma(2.0, 110.0 if busy else 85.0)) + 20)
        promised = int(np.clip(rng.normal(25.0, 7.0), 8, 60))
        estimated = bought.normalize() + pd.Timedelta(days=promised)
        rows.append(
            {
                "order_id": rng.bytes(16).hex(),
                "customer_id": rng.bytes(16).hex(),
                "order_status": status,
                "order_purchase_timestamp": bought.strftime(_OL_STAMP),
                "order_approved_at": None if approved is None else approved.strftime(_OL_STAMP),
                "order_delivered_carrier_date": None if carrier is None else carrier.strftime(_OL_STAMP),
                "order_delivered_customer_date": None if delivered is None else delivered.strftime(_OL_STAMP),
                "order_estimated_delivery_date": estimated.strftime(_OL_STAMP),
            }
        )
    df = pd.DataFrame(rows)
    lost = df.index[df["order_status"] == "delivered"][[17, 1203]]
    df.loc[lost, "order_delivered_customer_date"] = None
    return df


def _ol_time(d: pd.DataFrame, col: str) -> pd.Series:
    return pd.to_datetime(d[col])


def _ol_days(whole: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        gap = _ol_time(d, "order_delivered_customer_date") - _ol_time(d, "order_purchase_timestamp")
        return float(gap.dt.days.mean() if whole else (gap.dt.total_seconds() / 86400).mean())

    return value


def _ol_late(by_date: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        got = _ol_time(d, "order_delivered_customer_date")
        due = _ol_time(d, "order_estimated_delivery_date")
        return float((got.dt.normalize() > due).sum() if by_date else (got > due).sum())

    return value


def _ol_months(d: pd.DataFrame) -> pd.Series:
    return _ol_time(d, "order_purchase_timestamp").dt.to_period("M").value_counts()


_OLIST_QS = [
    Q(
        "what share of orders actually got delivered?",
        _share(lambda d: float((d["order_status"] == "delivered").mean())),
        ("order_status", "order_id"),
    ),
    Q(
        "avg number of days from purchase to delivery?",
        either(has(_ol_days(False), rel=0.01), has(_ol_days(True), rel=0.01)),
        ("order_purchase_timestamp", "order_delivered_customer_date", "order_status"),
    ),
    Q(
        "how many orders arrived after the estimated date?",
        either(has(_ol_late(False)), has(_ol_late(True))),
        ("order_delivered_customer_date", "order_estimated_delivery_date", "order_status"),
    ),
    Q(
        "plot orders per month - which month had the most orders, and how many?",
        both(
            _month_name(lambda d: int(_ol_months(d).index[0].month)),
            has(lambda d: float(_ol_months(d).iloc[0])),
        ),
        ("order_purchase_timestamp", "order_id"),
    ),
    Q(
        "which day of the week do people order the most?",
        _weekday(lambda d: int(_ol_time(d, "order_purchase_timestamp").dt.day_of_week.value_counts().index[0])),
        ("order_purchase_timestamp", "order_id"),
    ),
    Q(
        "how many orders got canceled in 2018?",
        has(
            lambda d: float(
                ((d["order_status"] == "canceled") & (_ol_time(d, "order_purchase_timestamp").dt.year == 2018)).sum()
            )
        ),
        ("order_status", "order_purchase_timestamp"),
    ),
]


HELDOUT31: list[Dataset] = [
    Dataset("palmer_penguins", _penguins_frame, _PENGUINS_QS),
    Dataset("seoul_bike_sharing", _seoul_frame, _SEOUL_QS),
    Dataset("meteorite_landings", _meteorites_frame, _METEORITES_QS),
    Dataset("black_friday", _black_friday_frame, _BLACK_FRIDAY_QS),
    Dataset("chipotle_orders", _chipotle_frame, _CHIPOTLE_QS),
    Dataset("heart_disease_cleveland", _heart_frame, _HEART_QS),
    Dataset("olist_orders", _olist_frame, _OLIST_QS),
]
