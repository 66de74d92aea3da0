"""HELDOUT16: a blind held-out set of seven datasets and 42 questions.

Written without reading the analyst, and measured before any fix it prompts. Four copy the column layout of public
datasets (UCI red wine quality, UCI default of credit card clients, IMDB-Movie-Data, heart failure clinical records);
three are invented tables (SaaS subscriptions, a wind farm's daily turbine output, a pathology lab's turnaround).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .offline_eval import _NUM, Check, Dataset, Q, _duration, asks, both, either, has, label_of, share, words

# --- shared helpers ------------------------------------------------------------------------------------------------


def _corr(a: str, b: str, method: str = "pearson") -> Callable[[pd.DataFrame], float]:
    return lambda df: float(df[[a, b]].dropna().corr(method=method).iloc[0, 1])


def _corr_check(a: str, b: str) -> Check:
    """Pearson or Spearman correlation, with or without its sign (a unicode minus reads as no sign)."""
    checks = []
    for method in ("pearson", "spearman"):
        f = _corr(a, b, method)
        checks += [has(f, rel=0.01), has(lambda df, f=f: abs(f(df)), rel=0.01)]
    return either(*checks)


def _shares(values: Callable[[pd.DataFrame], Any]) -> Check:
    """Every rate in the list, as a fraction or a percentage; a percentage to one decimal place is enough."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        found = [float(t.replace(",", "")) for t in _NUM.findall(answer)]
        for w in np.atleast_1d(values(df)).astype(float):
            fraction = any(abs(f - w) <= max(0.01 * abs(w), 0.0006) for f in found)
            percent = any(abs(f - 100 * w) <= max(abs(w), 0.051) for f in found)
            if not (fraction or percent):
                return f"missing share {w:.4g}"
        return None

    return check


# --- wine quality (UCI winequality-red.csv layout) -----------------------------------------------------------------


def _wine() -> pd.DataFrame:
    rng = np.random.default_rng(1601)
    n = 1599
    quality = rng.choice([3, 4, 5, 6, 7, 8], n, p=[0.006, 0.033, 0.426, 0.399, 0.125, 0.011])
    z = quality - 5.64
    alcohol = np.clip(10.1 + 0.62 * z + rng.normal(0, 0.85, n), 8.4, 14.9)
    volatile = np.clip(0.53 - 0.06 * z + rng.gamma(3, 0.06, n) - 0.18, 0.12, 1.58)
    sulphates = np.clip(0.64 + 0.045 * z + rng.lognormal(-2.6, 0.55, n) - 0.07, 0.33, 2.0)
    fixed = np.clip(rng.normal(8.3, 1.7, n) + 0.15 * z, 4.6, 15.9)
    citric = np.clip(0.27 + 0.035 * (fixed - 8.3) + rng.normal(0, 0.15, n), 0, 1)
    sugar = np.clip(rng.lognormal(np.log(2.2), 0.38, n), 0.9, 15.5)
    chlorides = np.clip(rng.lognormal(np.log(0.08), 0.3, n), 0.012, 0.611)
    free = np.clip(np.round(rng.gamma(2.6, 6.0, n)), 1, 72)
    total = np.clip(np.round(free * rng.uniform(1.6, 4.2, n) + rng.gamma(2, 6, n)), 6, 289)
    density = 0.9967 + 0.0007 * (fixed - 8.3) - 0.0009 * (alcohol - 10.4) + rng.normal(0, 0.0008, n)
    ph = np.clip(3.31 - 0.07 * (fixed - 8.3) + rng.normal(0, 0.12, n), 2.74, 4.01)
    return pd.DataFrame(
        {
            "fixed acidity": np.round(fixed, 1),
            "volatile acidity": np.round(volatile, 3),
            "citric acid": np.round(citric, 2),
            "residual sugar": np.round(sugar, 1),
            "chlorides": np.round(chlorides, 3),
            "free sulfur dioxide": free,
            "total sulfur dioxide": total,
            "density": np.round(density, 5),
            "pH": np.round(ph, 2),
            "sulphates": np.round(sulphates, 2),
            "alcohol": np.round(alcohol, 1),
            "quality": quality,
        }
    )


def _good(df: pd.DataFrame) -> pd.Series:
    return df["quality"] >= 7


# --- default of credit card clients (UCI, Taiwan 2005 layout) ------------------------------------------------------


def _credit() -> pd.DataFrame:
    rng = np.random.default_rng(1602)
    n = 3000
    sex = rng.choice([1, 2], n, p=[0.4, 0.6])
    education = rng.choice([0, 1, 2, 3, 4, 5, 6], n, p=[0.002, 0.352, 0.466, 0.164, 0.005, 0.009, 0.002])
    marriage = rng.choice([0, 1, 2, 3], n, p=[0.002, 0.455, 0.532, 0.011])
    age = np.clip(np.round(22 + rng.gamma(3.2, 4.3, n) + 3 * (marriage == 1)), 21, 75).astype(int)
    edu_factor = pd.Series(education).map({0: 1.0, 1: 1.45, 2: 1.0, 3: 0.8, 4: 1.1, 5: 0.95, 6: 0.9}).to_numpy()
    limit = np.clip(np.round(rng.lognormal(np.log(120000), 0.75, n) * edu_factor, -4), 10000, 800000).astype(int)
    risk = rng.normal(0, 1, n) - 0.25 * (education == 1) + 0.12 * (sex == 1) - 0.3 * np.log(limit / 140000)
    status_p = [0.09, 0.19, 0.49, 0.12, 0.09, 0.015, 0.005]
    statuses = np.array([-2, -1, 0, 1, 2, 3, 4])
    base = np.searchsorted(np.cumsum(status_p), rng.uniform(0, 1, n) * 0.999 + 0.0005 * (risk > 1))
    pay = {"PAY_0": statuses[np.clip(base + (risk > 1.3).astype(int) * rng.integers(0, 2, n), 0, 6)]}
    prev = pay["PAY_0"]
    for k in (2, 3, 4, 5, 6):
        step = rng.choice([-1, 0, 0, 0, 0, 1], n)
        prev = np.clip(np.where(rng.uniform(0, 1, n) < 0.7, prev, prev + step), -2, 8)
        pay[f"PAY_{k}"] = prev
    use = np.clip(rng.beta(1.2, 2.0, n) + 0.08 * risk, -0.05, 1.1)
    bills = {}
    pays = {}
    level = limit * use
    for k in range(1, 7):
        level = np.maximum(level * rng.uniform(0.85, 1.08, n), -limit * 0.02)
        bills[f"BILL_AMT{k}"] = np.round(level).astype(int)
    for k in range(1, 7):
        zero = rng.uniform(0, 1, n) < 0.18
        pays[f"PAY_AMT{k}"] = np.where(zero, 0, np.round(rng.lognormal(np.log(2200), 1.1, n))).astype(int)
    logit = -1.55 + 0.75 * np.maximum(pay["PAY_0"], 0) + 0.35 * risk
    default = (rng.uniform(0, 1, n) < 1 / (1 + np.exp(-logit))).astype(int)
    frame = pd.DataFrame(
        {
            "ID": np.arange(1, n + 1),
            "LIMIT_BAL": limit,
            "SEX": sex,
            "EDUCATION": education,
            "MARRIAGE": marriage,
            "AGE": age,
            **pay,
            **bills,
            **pays,
            "default.payment.next.month": default,
        }
    )
    return frame


_BILLS = [f"BILL_AMT{k}" for k in range(1, 7)]


# --- IMDB-Movie-Data.csv layout ------------------------------------------------------------------------------------

_GENRES = [
    "Action",
    "Adventure",
    "Animation",
    "Biography",
    "Comedy",
    "Crime",
    "Drama",
    "Family",
    "Fantasy",
    "History",
    "Horror",
    "Music",
    "Mystery",
    "Romance",
    "Sci-Fi",
    "Sport",
    "Thriller",
    "War",
    "Western",
]
_GENRE_P = [16, 14, 4, 4, 15, 8, 27, 3, 5, 2, 6, 1.5, 6, 7, 7, 1, 10, 1, 0.5]
_GENRE_EFFECT = {"Animation": 0.75, "Biography": 0.45, "Horror": -0.8, "War": 0.3, "History": 0.3, "Drama": 0.25}

_FIRST = [
    "James",
    "Sarah",
    "David",
    "Maria",
    "Tom",
    "Anna",
    "Paul",
    "Lisa",
    "Mark",
    "Olivia",
    "Peter",
    "Emma",
    "John",
    "Nina",
    "Luke",
    "Chloe",
    "Adam",
    "Rosa",
    "Ben",
    "Ines",
]
_LAST = [
    "Hale",
    "Moreno",
    "Brandt",
    "Okafor",
    "Lindqvist",
    "Tanaka",
    "Rossi",
    "Novak",
    "Fischer",
    "Kaur",
    "Walsh",
    "Duarte",
    "Becker",
    "Sato",
    "Quinn",
    "Varga",
    "Holm",
    "Mendes",
    "Ortiz",
    "Pryce",
    "Kowalski",
    "Haddad",
    "Abbott",
    "Nguyen",
    "Larsen",
]
_WORDS_A = [
    "Silent",
    "Broken",
    "Last",
    "Hidden",
    "Crimson",
    "Golden",
    "Lost",
    "Wild",
    "Dark",
    "Bright",
    "Frozen",
    "Hollow",
    "Iron",
    "Secret",
    "Burning",
]
_WORDS_B = [
    "Harbor",
    "Kingdom",
    "Signal",
    "Orchard",
    "Frontier",
    "Echo",
    "Garden",
    "Empire",
    "Voyage",
    "Covenant",
    "River",
    "Horizon",
    "Code",
    "Winter",
]


def _imdb() -> pd.DataFrame:
    rng = np.random.default_rng(1603)
    n = 1000
    titles: list[str] = []
    seen: set[str] = set()
    while len(titles) < n:
        form = rng.integers(0, 4)
        a, b = rng.choice(_WORDS_A), rng.choice(_WORDS_B)
        c = rng.choice(_WORDS_B)
        t = [f"The {a} {b}", f"{a} {b}", f"{b} of the {a} {c}", f"{a} {b} {rng.integers(2, 4)}"][form]
        if t not in seen and b != c:
            seen.add(t)
            titles.append(t)
    directors_pool = [f"{f} {last}" for f in _FIRST for last in _LAST]
    directors = list(rng.choice(directors_pool, n - 9))
    directors += ["Ridley Scott"] * 9
    rng.shuffle(directors)
    p = np.array(_GENRE_P) / sum(_GENRE_P)
    genres = []
    effects = np.zeros(n)
    for i in range(n):
        k = rng.choice([1, 2, 3], p=[0.2, 0.3, 0.5])
        g = sorted(rng.choice(_GENRES, k, replace=False, p=p))
        genres.append(",".join(g))
        effects[i] = sum(_GENRE_EFFECT.get(x, 0.0) for x in g)
    year = rng.choice(np.arange(2006, 2017), n, p=np.array([44, 53, 52, 51, 60, 63, 64, 91, 98, 127, 297]) / 1000)
    runtime = np.clip(np.round(rng.normal(113, 18, n)), 66, 191).astype(int)
    rating = np.clip(np.round(6.55 + effects + rng.normal(0, 0.85, n), 1), 1.9, 9.0)
    votes = rng.lognormal(np.log(110000), 1.0, n) * np.exp(0.4 * (rating - 6.7))
    votes = np.round(np.clip(votes, 61, 1.79e6)).astype(int)
    revenue = rng.lognormal(np.log(40), 0.9, n) * (votes / 110000) ** 0.45 * (1 + 0.03 * (year - 2006))
    revenue = np.round(np.clip(revenue, 0.01, 936.63), 2)
    revenue[rng.choice(n, 128, replace=False)] = np.nan
    meta = np.clip(np.round(59 + 11 * (rating - 6.7) + rng.normal(0, 11, n)), 11, 100)
    meta[rng.choice(n, 64, replace=False)] = np.nan
    actor_pool = [f"{f} {last}" for f in _FIRST[::-1] for last in _LAST[3:]]
    actors = [", ".join(rng.choice(actor_pool, 4, replace=False)) for _ in range(n)]
    descriptions = [
        f"A {rng.choice(['young', 'retired', 'reluctant', 'gifted'])}"
        f" {rng.choice(['detective', 'pilot', 'teacher', 'thief'])}"
        f" must {rng.choice(['save', 'escape', 'uncover', 'rebuild'])}"
        f" {rng.choice(['a town', 'the family', 'a secret'])}."
        for _ in range(n)
    ]
    frame = pd.DataFrame(
        {
            "Title": titles,
            "Genre": genres,
            "Description": descriptions,
            "Director": directors,
            "Actors": actors,
            "Year": year,
            "Runtime (Minutes)": runtime,
            "Rating": rating,
            "Votes": votes,
            "Revenue (Millions)": revenue,
            "Metascore": meta,
        }
    )
    frame = frame.sample(frac=1, random_state=3).reset_index(drop=True)
    frame.insert(0, "Rank", np.arange(1, n + 1))
    return frame


def _genre_ratings(df: pd.DataFrame) -> pd.Series:
    one = df.assign(g=df["Genre"].str.split(",")).explode("g")
    return one.groupby("g")["Rating"].mean()


def _top_director(df: pd.DataFrame) -> str:
    return str(df["Director"].value_counts().idxmax())


# --- heart failure clinical records (Chicco & Jurman 2020 layout) --------------------------------------------------


def _heart() -> pd.DataFrame:
    rng = np.random.default_rng(1604)
    n = 299
    age = np.clip(np.round(rng.normal(60.8, 11.9, n)), 40, 95)
    odd = rng.choice(n, 3, replace=False)
    age[odd] = [60.667, 60.667, 61.0]
    anaemia = (rng.uniform(0, 1, n) < 0.43).astype(int)
    cpk = np.clip(np.round(rng.lognormal(np.log(250), 1.0, n)), 23, 7861).astype(int)
    diabetes = (rng.uniform(0, 1, n) < 0.42).astype(int)
    ef = rng.choice([14, 15, 17, 20, 25, 30, 35, 38, 40, 45, 50, 55, 60, 62, 65, 70, 80], n)
    ef = np.where(rng.uniform(0, 1, n) < 0.7, rng.choice([20, 25, 30, 35, 38, 40, 45, 50, 60], n), ef)
    hbp = (rng.uniform(0, 1, n) < 0.35).astype(int)
    platelets = np.round(rng.normal(263000, 97000, n).clip(25100, 850000), -3)
    platelets[rng.choice(n, 25, replace=False)] = 263358.03
    creat = np.round(np.clip(rng.lognormal(np.log(1.15), 0.4, n), 0.5, 9.4), 2)
    sodium = np.clip(np.round(rng.normal(136.6, 4.4, n)), 113, 148).astype(int)
    sex = (rng.uniform(0, 1, n) < 0.65).astype(int)
    smoking = np.where(sex == 1, rng.uniform(0, 1, n) < 0.45, rng.uniform(0, 1, n) < 0.06).astype(int)
    logit = -1.1 + 0.05 * (age - 60) - 0.06 * (ef - 38) + 1.1 * (creat - 1.3) - 0.05 * (sodium - 137)
    death = (rng.uniform(0, 1, n) < 1 / (1 + np.exp(-logit))).astype(int)
    time = np.where(death == 1, rng.integers(4, 120, n), rng.integers(10, 286, n))
    return pd.DataFrame(
        {
            "age": age,
            "anaemia": anaemia,
            "creatinine_phosphokinase": cpk,
            "diabetes": diabetes,
            "ejection_fraction": ef,
            "high_blood_pressure": hbp,
            "platelets": platelets,
            "serum_creatinine": creat,
            "serum_sodium": sodium,
            "sex": sex,
            "smoking": smoking,
            "time": time,
            "DEATH_EVENT": death,
        }
    )


def _cpk_p90(df: pd.DataFrame) -> list[float]:
    s = df["creatinine_phosphokinase"]
    return [float(s.quantile(0.9, interpolation=m)) for m in ("linear", "lower", "higher", "nearest", "midpoint")]


# --- SaaS subscriptions (invented) ---------------------------------------------------------------------------------


def _saas() -> pd.DataFrame:
    rng = np.random.default_rng(1605)
    n = 1200
    tier = rng.choice(["Starter", "Growth", "Enterprise"], n, p=[0.55, 0.33, 0.12])
    region = rng.choice(["AMER", "EMEA", "APAC", "LATAM"], n, p=[0.4, 0.32, 0.18, 0.1])
    start = pd.Timestamp("2022-01-01")
    signup = start + pd.to_timedelta(rng.integers(0, 912, n), unit="D")
    seats = np.where(
        tier == "Starter",
        rng.integers(1, 6, n),
        np.where(tier == "Growth", rng.integers(5, 41, n), np.round(rng.lognormal(np.log(110), 0.6, n)).clip(40, 500)),
    ).astype(int)
    price = pd.Series(tier).map({"Starter": 12.0, "Growth": 25.0, "Enterprise": 45.0}).to_numpy()
    cycle = np.where(rng.uniform(0, 1, n) < np.where(tier == "Starter", 0.25, 0.55), "A", "M")
    mrr = np.round(seats * price * rng.uniform(0.8, 1.0, n) * np.where(cycle == "A", 0.85, 1.0), 2)
    hazard = 0.3 + 0.15 * (tier == "Starter") - 0.12 * (tier == "Enterprise") - 0.15 * (cycle == "A")
    hazard = hazard + pd.Series(region).map({"AMER": 0.0, "EMEA": -0.03, "APAC": 0.04, "LATAM": 0.14}).to_numpy()
    churned = rng.uniform(0, 1, n) < hazard
    end = pd.Timestamp("2024-09-30")
    span = (end - signup).days
    churn = signup + pd.to_timedelta((rng.uniform(0.1, 1, n) * span).astype(int), unit="D")
    nps = rng.choice(np.arange(0, 11), n, p=[0.02, 0.01, 0.02, 0.03, 0.04, 0.08, 0.1, 0.17, 0.2, 0.17, 0.16])
    csat = rng.choice([1, 2, 3, 4, 5], n, p=[0.05, 0.08, 0.2, 0.37, 0.3])
    frame = pd.DataFrame(
        {
            "AccountID": [f"ACC-{10001 + i}" for i in range(n)],
            "plan_tier": tier,
            "region": region,
            "SignupDate": signup.strftime("%Y-%m-%d"),
            "churn_date": np.where(churned, churn.strftime("%Y-%m-%d"), None),
            "billing_cycle": cycle,
            "seats": seats,
            "MRR_usd": mrr,
            "is_trial_converted": rng.choice(["Y", "N"], n, p=[0.62, 0.38]),
            "NPS_score": np.where(rng.uniform(0, 1, n) < 0.3, np.nan, nps),
            "CSAT_score": np.where(rng.uniform(0, 1, n) < 0.2, np.nan, csat),
            "support_tickets_90d": rng.poisson(np.where(tier == "Enterprise", 6, 2), n),
        }
    )
    return frame.sort_values("SignupDate", kind="stable").reset_index(drop=True)


def _churned(df: pd.DataFrame) -> pd.Series:
    return df["churn_date"].notna()


def _signups_2023(df: pd.DataFrame) -> Any:
    d = pd.to_datetime(df["SignupDate"])
    return d[d.dt.year == 2023].dt.month.value_counts().sort_index().to_numpy()


def _per_seat(df: pd.DataFrame, how: str) -> Any:
    order = ["Starter", "Growth", "Enterprise"]
    if how == "mean":
        return (df["MRR_usd"] / df["seats"]).groupby(df["plan_tier"]).mean()[order].to_numpy()
    g = df.groupby("plan_tier")[["MRR_usd", "seats"]].sum()
    return (g["MRR_usd"] / g["seats"])[order].to_numpy()


# --- wind farm daily output (invented) -----------------------------------------------------------------------------


def _wind() -> pd.DataFrame:
    rng = np.random.default_rng(1606)
    days = pd.date_range("2023-01-01", "2023-12-31", freq="D")
    doy = days.dayofyear.to_numpy()
    season = np.cos(2 * np.pi * (doy - 15) / 365)
    site_wind = 7.4 + 1.6 * season + rng.normal(0, 2.0, len(days))
    temp = 8.5 - 6.5 * season + rng.normal(0, 3.0, len(days))
    rows = []
    for t in range(1, 13):
        site = "Crosswinds" if t <= 6 else "Hollow Fell"
        cap = 3.6 if t <= 6 else 2.5
        tweak = {4: 1.06, 9: 1.03}.get(t, 1.0)
        ws = np.clip(site_wind * (1.0 if t <= 6 else 0.93) + rng.normal(0, 0.6, len(days)), 0.4, 24)
        cf = np.clip(1 / (1 + np.exp(-(ws - 8.8) / 1.6)) * 0.92, 0, 0.95)
        icing = (temp < 0) & (rng.uniform(0, 1, len(days)) < 0.5)
        down = np.where(rng.uniform(0, 1, len(days)) < 0.06, rng.uniform(1, 24, len(days)), 0.0)
        down = np.where(icing, np.maximum(down, rng.uniform(4, 18, len(days))), down)
        down = np.round(down, 1)
        avail = np.round(100 * (24 - down) / 24, 1)
        energy = np.round(cap * 24 * cf * tweak * avail / 100 * rng.uniform(0.93, 1.04, len(days)), 2)
        energy[rng.uniform(0, 1, len(days)) < 0.015] = np.nan
        codes = np.where(icing & (down > 0), "E205", rng.choice(["E112", "E205", "E310", "E044"], len(days)))
        fault = np.where(down > 0, codes, None)
        rows.append(
            pd.DataFrame(
                {
                    "Date": days.strftime("%d/%m/%Y"),
                    "TurbineID": f"WTG{t:02d}",
                    "Site": site,
                    "Capacity_MW": cap,
                    "AvgWindSpeed_ms": np.round(ws, 1),
                    "Energy_MWh": energy,
                    "Availability_pct": avail,
                    "Downtime_hrs": down,
                    "AmbientTemp_C": np.round(temp + rng.normal(0, 0.3, len(days)), 1),
                    "FaultCode": fault,
                }
            )
        )
    frame = pd.concat(rows, ignore_index=True)
    order = pd.to_datetime(frame["Date"], dayfirst=True)
    return frame.assign(_o=order).sort_values(["_o", "TurbineID"]).drop(columns="_o").reset_index(drop=True)


def _monthly_mwh(df: pd.DataFrame) -> pd.Series:
    d = pd.to_datetime(df["Date"], dayfirst=True)
    return df.groupby(d.dt.month)["Energy_MWh"].sum()


def _best_month(df: pd.DataFrame) -> Check:
    m = int(_monthly_mwh(df).idxmax())
    name = pd.Timestamp(2023, m, 1).strftime("%B")
    return either(words(name[:3]), words(f"2023-{m:02d}"))


def _capacity_factors(df: pd.DataFrame, how: str) -> Any:
    full = df["Capacity_MW"] * 24
    if how == "mean":
        return (df["Energy_MWh"] / full).groupby(df["Site"]).mean().to_numpy()
    ok = df["Energy_MWh"].notna() if how == "sum" else pd.Series(True, index=df.index)
    return (df["Energy_MWh"].groupby(df["Site"]).sum() / full[ok].groupby(df["Site"][ok]).sum()).to_numpy()


def _freezing(df: pd.DataFrame, strict: bool) -> list[float]:
    cold = df["AmbientTemp_C"] < 0 if strict else df["AmbientTemp_C"] <= 0
    return [float(df.loc[cold, "Availability_pct"].mean()), float(df.loc[~cold, "Availability_pct"].mean())]


# --- pathology lab turnaround (invented) ---------------------------------------------------------------------------


def _lab() -> pd.DataFrame:
    rng = np.random.default_rng(1607)
    n = 2500
    source = rng.choice(["ED", "Inpatient", "GP", "Outpatient"], n, p=[0.3, 0.3, 0.28, 0.12])
    test = np.empty(n, dtype=object)
    for s, p in {
        "ED": [0.25, 0.25, 0.1, 0.15, 0.2, 0.0, 0.05],
        "Inpatient": [0.25, 0.25, 0.15, 0.15, 0.05, 0.03, 0.12],
        "GP": [0.22, 0.22, 0.15, 0.08, 0.0, 0.28, 0.05],
        "Outpatient": [0.2, 0.2, 0.2, 0.1, 0.0, 0.25, 0.05],
    }.items():
        idx = np.where(source == s)[0]
        test[idx] = rng.choice(["FBC", "U&E", "LFT", "CRP", "TROP", "HBA1C", "COAG"], len(idx), p=p)
    urgent = np.where(source == "ED", 0.85, np.where(source == "Inpatient", 0.35, 0.03))
    priority = np.where(rng.uniform(0, 1, n) < urgent, "Urgent", "Routine")
    collected = pd.Timestamp("2024-03-04 07:00") + pd.to_timedelta(rng.integers(0, 28 * 24 * 60, n), unit="min").floor(
        "min"
    )
    transport = np.where(source == "ED", rng.integers(5, 35, n), np.where(source == "Inpatient", 20, 150))
    transport = transport + rng.integers(0, 90, n) * (source != "ED")
    received = collected + pd.to_timedelta(transport, unit="min")
    base = pd.Series(test).map({"FBC": 32, "U&E": 55, "LFT": 60, "CRP": 50, "TROP": 48, "HBA1C": 900, "COAG": 45})
    lab = base.to_numpy() * np.where(priority == "Urgent", 0.75, 1.15) * rng.lognormal(0, 0.35, n)
    reported = received + pd.to_timedelta(np.round(lab).astype(int), unit="min")
    pending = rng.uniform(0, 1, n) < 0.03
    haem_p = pd.Series(source).map({"ED": 0.08, "Inpatient": 0.035, "GP": 0.055, "Outpatient": 0.02}).to_numpy()
    flag = rng.choice(["H", "L", "N", ""], n, p=[0.18, 0.1, 0.62, 0.1])
    frame = pd.DataFrame(
        {
            "specimen_id": [f"S24{rng.integers(0, 10)}{i:06d}" for i in range(n)],
            "test_code": test,
            "priority": priority,
            "source": source,
            "collected_at": collected.strftime("%Y-%m-%d %H:%M"),
            "received_at": received.strftime("%Y-%m-%d %H:%M"),
            "reported_at": np.where(pending, None, reported.strftime("%Y-%m-%d %H:%M")),
            "analyser": np.where(np.isin(test, ["FBC"]), "Sysmex-XN", rng.choice(["Cobas-1", "Cobas-2"], n)),
            "result_flag": np.where(pending, "", flag),
            "haemolysed": np.where(rng.uniform(0, 1, n) < haem_p, "Y", "N"),
        }
    )
    return frame.sort_values("collected_at", kind="stable").reset_index(drop=True)


def _lab_minutes(df: pd.DataFrame) -> pd.Series:
    return (pd.to_datetime(df["reported_at"]) - pd.to_datetime(df["received_at"])).dt.total_seconds() / 60


def _trop_within(df: pd.DataFrame) -> list[float]:
    m = _lab_minutes(df)[df["test_code"] == "TROP"]
    out = []
    for within in (m <= 60, m < 60):
        out += [float(within.sum() / m.notna().sum()), float(within.sum() / len(m))]
    return out


def _haem_by_source(df: pd.DataFrame) -> Any:
    return (df["haemolysed"] == "Y").groupby(df["source"]).mean().to_numpy()


# --- the set -------------------------------------------------------------------------------------------------------

HELDOUT16 = [
    Dataset(
        "wine_quality",
        _wine,
        [
            Q(
                "Which quality score is the most common, and how many wines got it?",
                both(
                    has(lambda d: d["quality"].value_counts().iloc[0]),
                    has(lambda d: d["quality"].value_counts().idxmax()),
                ),
                ("quality",),
            ),
            Q(
                "does alcohol go up with quality? give me the average alcohol % for each score",
                has(lambda d: d.groupby("quality")["alcohol"].mean().to_numpy(), rel=0.01),
                ("alcohol", "quality"),
            ),
            Q(
                "how strongly is volatile acidity related to the quality rating?",
                _corr_check("volatile acidity", "quality"),
                ("volatile acidity", "quality"),
            ),
            Q(
                "What share of the wines would count as good, say a quality of 7 or higher?",
                share(lambda d: _good(d).mean()),
                ("quality",),
            ),
            Q(
                "Do the good ones have more sulphates than the rest? Is that difference significant?",
                has(
                    lambda d: d.loc[_good(d), "sulphates"].mean(),
                    lambda d: d.loc[~_good(d), "sulphates"].mean(),
                    rel=0.01,
                ),
                ("sulphates", "quality"),
            ),
            Q(
                "plot a histogram of alcohol content and tell me the median and the range",
                both(
                    has(lambda d: d["alcohol"].median()),
                    either(
                        has(lambda d: d["alcohol"].min(), lambda d: d["alcohol"].max()),
                        has(lambda d: d["alcohol"].max() - d["alcohol"].min()),
                    ),
                ),
                ("alcohol",),
            ),
        ],
    ),
    Dataset(
        "credit_default",
        _credit,
        [
            Q(
                "What's the overall default rate next month?",
                share(lambda d: d["default.payment.next.month"].mean()),
                ("default.payment.next.month",),
            ),
            Q(
                "is it different for men and women? (SEX 1 is male, 2 is female)",
                _shares(lambda d: d.groupby("SEX")["default.payment.next.month"].mean().to_numpy()),
                ("default.payment.next.month", "SEX"),
            ),
            Q(
                "avergae credit limit by education level (1 grad school, 2 university, 3 high school)",
                has(lambda d: d.groupby("EDUCATION")["LIMIT_BAL"].mean()[[1, 2, 3]].to_numpy(), rel=0.01),
                ("LIMIT_BAL", "EDUCATION"),
            ),
            Q(
                "How many clients were two or more months behind on their most recent repayment status (PAY_0)?",
                has(lambda d: int((d["PAY_0"] >= 2).sum())),
                ("PAY_0",),
            ),
            Q(
                "what's the typical credit utilisation, i.e. the latest bill (BILL_AMT1) as a share of the limit?",
                either(
                    share(lambda d: (d["BILL_AMT1"] / d["LIMIT_BAL"]).mean()),
                    share(lambda d: d["BILL_AMT1"].sum() / d["LIMIT_BAL"].sum()),
                    share(lambda d: (d["BILL_AMT1"] / d["LIMIT_BAL"]).median()),
                ),
                ("BILL_AMT1", "LIMIT_BAL"),
            ),
            Q(
                "what's the average bill amount?",
                either(
                    asks("BILL_AMT"),
                    has(lambda d: d[_BILLS].mean().to_numpy(), rel=0.01),
                    has(lambda d: d[_BILLS].stack().mean(), rel=0.01),
                ),
                tuple(_BILLS),
            ),
        ],
    ),
    Dataset(
        "imdb_movies",
        _imdb,
        [
            Q(
                "Which director has the most films in this list, and what's their average rating?",
                both(
                    label_of(_top_director),
                    has(lambda d: d.loc[d["Director"] == _top_director(d), "Rating"].mean(), rel=0.01),
                ),
                ("Director", "Rating"),
            ),
            Q(
                "how many films have no box office figure?",
                has(lambda d: int(d["Revenue (Millions)"].isna().sum())),
                ("Revenue (Millions)",),
            ),
            Q(
                "Has average box office gone up or down over the years? show it by year",
                has(
                    lambda d: d.groupby("Year")["Revenue (Millions)"].mean().iloc[[0, -1]].to_numpy(),
                    rel=0.01,
                ),
                ("Revenue (Millions)", "Year"),
            ),
            Q(
                "do critics and audiences agree? how correlated are the metascore and the imdb rating",
                _corr_check("Metascore", "Rating"),
                ("Metascore", "Rating"),
            ),
            Q(
                "top 5 biggest earners",
                lambda a, d: words(*d.nlargest(5, "Revenue (Millions)")["Title"])(a, d),
                ("Title", "Revenue (Millions)"),
            ),
            Q(
                "If you split the genre lists into single genres, which genre has the highest average rating?",
                both(
                    label_of(lambda d: str(_genre_ratings(d).idxmax())),
                    has(lambda d: _genre_ratings(d).max(), rel=0.01),
                ),
                ("Genre", "Rating"),
            ),
        ],
    ),
    Dataset(
        "heart_failure",
        _heart,
        [
            Q(
                "what proportion of patients died during the follow-up?",
                share(lambda d: d["DEATH_EVENT"].mean()),
                ("DEATH_EVENT",),
            ),
            Q(
                "Is ejection fraction lower in the patients who died? is it significant?",
                has(
                    lambda d: d.groupby("DEATH_EVENT")["ejection_fraction"].mean().to_numpy(),
                    rel=0.01,
                ),
                ("ejection_fraction", "DEATH_EVENT"),
            ),
            Q(
                "cross-tab smokers against deaths",
                has(lambda d: pd.crosstab(d["smoking"], d["DEATH_EVENT"]).to_numpy().ravel()),
                ("smoking", "DEATH_EVENT"),
            ),
            Q(
                "death rate for patients over 70 versus 70 and under",
                _shares(lambda d: d["DEATH_EVENT"].groupby(d["age"] > 70).mean()[[True, False]].to_numpy()),
                ("age", "DEATH_EVENT"),
            ),
            Q(
                "What's the median follow-up period in days?",
                has(lambda d: d["time"].median()),
                ("time",),
            ),
            Q(
                "what's the 90th percentile of CPK?",
                either(*(has(lambda d, i=i: _cpk_p90(d)[i], rel=0.01) for i in range(5))),
                ("creatinine_phosphokinase",),
            ),
        ],
    ),
    Dataset(
        "saas_subscriptions",
        _saas,
        [
            Q(
                "What's our total MRR from accounts that haven't churned?",
                has(lambda d: d.loc[~_churned(d), "MRR_usd"].sum(), rel=0.01),
                ("MRR_usd", "churn_date"),
            ),
            Q(
                "average revenue per seat for each plan",
                either(
                    has(lambda d: _per_seat(d, "mean"), rel=0.01),
                    has(lambda d: _per_seat(d, "sum"), rel=0.01),
                ),
                ("MRR_usd", "seats", "plan_tier"),
            ),
            Q(
                "churn rate by region - which one is worst?",
                both(
                    label_of(lambda d: str(_churned(d).groupby(d["region"]).mean().idxmax())),
                    share(lambda d: _churned(d).groupby(d["region"]).mean().max()),
                ),
                ("churn_date", "region"),
            ),
            Q(
                "How many new signups did we get each month in 2023? plot it too",
                has(_signups_2023),
                ("SignupDate",),
            ),
            Q(
                "do customers on annual billing churn less than the monthly ones?",
                _shares(lambda d: _churned(d).groupby(d["billing_cycle"]).mean().to_numpy()),
                ("billing_cycle", "churn_date"),
            ),
            Q(
                "whats the avg customer score?",
                either(
                    asks("NPS", "CSAT"),
                    has(lambda d: d["NPS_score"].mean(), lambda d: d["CSAT_score"].mean(), rel=0.01),
                ),
                ("NPS_score", "CSAT_score"),
            ),
        ],
    ),
    Dataset(
        "wind_farm",
        _wind,
        [
            Q(
                "Which turbine generated the most energy over the year, and how much?",
                both(
                    label_of(lambda d: str(d.groupby("TurbineID")["Energy_MWh"].sum().idxmax())),
                    has(lambda d: d.groupby("TurbineID")["Energy_MWh"].sum().max(), rel=0.01),
                ),
                ("TurbineID", "Energy_MWh"),
            ),
            Q(
                "total output for the whole farm by month - which month was best?",
                both(has(lambda d: _monthly_mwh(d).max(), rel=0.01), lambda a, d: _best_month(d)(a, d)),
                ("Date", "Energy_MWh"),
            ),
            Q(
                "what's the capacity factor at each site?",
                either(
                    _shares(lambda d: _capacity_factors(d, "mean")),
                    _shares(lambda d: _capacity_factors(d, "sum")),
                    _shares(lambda d: _capacity_factors(d, "all")),
                ),
                ("Energy_MWh", "Capacity_MW", "Site"),
            ),
            Q(
                "how closely does output follow the wind speed?",
                _corr_check("AvgWindSpeed_ms", "Energy_MWh"),
                ("AvgWindSpeed_ms", "Energy_MWh"),
            ),
            Q(
                "how many turbine-days had a fault logged, and what's the most frequent fault code?",
                both(
                    has(lambda d: int(d["FaultCode"].notna().sum())),
                    label_of(lambda d: str(d["FaultCode"].value_counts().idxmax())),
                ),
                ("FaultCode", "Date", "TurbineID"),
            ),
            Q(
                "is availability worse when it's below freezing? compare the averages",
                either(
                    has(lambda d: _freezing(d, True)),
                    has(lambda d: _freezing(d, False)),
                ),
                ("Availability_pct", "AmbientTemp_C"),
            ),
        ],
    ),
    Dataset(
        "lab_turnaround",
        _lab,
        [
            Q(
                "What's the median turnaround from when a sample is recieved to when it's reported, in minutes?",
                _duration(lambda d: _lab_minutes(d).median()),
                ("received_at", "reported_at"),
            ),
            Q(
                "and for urgent vs routine?",
                _duration(lambda d: _lab_minutes(d).groupby(d["priority"]).median().to_numpy()),
                ("received_at", "reported_at", "priority"),
            ),
            Q(
                "which test takes longest in the lab on average?",
                label_of(lambda d: str(_lab_minutes(d).groupby(d["test_code"]).mean().idxmax())),
                ("received_at", "reported_at", "test_code"),
            ),
            Q(
                "what % of troponins were reported within an hour of reaching the lab?",
                either(*(share(lambda d, i=i: _trop_within(d)[i]) for i in range(4))),
                ("test_code", "received_at", "reported_at"),
            ),
            Q(
                "how many samples haven't been reported yet?",
                has(lambda d: int(d["reported_at"].isna().sum())),
                ("reported_at",),
            ),
            Q(
                "haemolysis rate by where the sample came from, as a table",
                _shares(_haem_by_source),
                ("haemolysed", "source"),
            ),
        ],
    ),
]
