"""HELDOUT28: a blind held-out set of seven datasets and 42 questions.

Six frames copy the column layout of well-known public datasets: Kaggle's FIFA 19 complete player dataset (data.csv)
with its unnamed index column, "€110.5M" values and "€565K" wages, 5'11 heights, "159lbs" weights, "Jul 1, 2004"
joined dates, "High/ Medium" work rates and blank clubs for free agents; seaborn's diamonds with its Fair-to-Ideal
cuts, D-J colours, I1-IF clarities and a few zero x/y/z dimensions; the 1990 California census block groups
(housing.csv, as in Géron's handson-ml) with blank total_bedrooms, incomes in tens of thousands of dollars, values
capped at 500001, ages capped at 52 and its "<1H OCEAN" and "ISLAND" ocean_proximity codes; Kaggle's WHO Life
Expectancy Data.csv for 2000-2015 with its stray spaces in headers ("Life expectancy ", " BMI ", " HIV/AIDS"),
Developed/Developing status and many blank populations, GDPs and 2015 alcohol figures; the UCI Wisconsin Diagnostic
Breast Cancer data.csv with its M/B diagnoses, "concave points_mean" and the empty trailing column a trailing comma
leaves; the Amazon Fine Food Reviews Reviews.csv with Unix-epoch Time, helpfulness numerator and denominator and
free-text reviews. One is an invented but realistic table (a UK car-hire company's rental agreements with ACRISS
vehicle codes, dd/mm/yyyy times and odometer readings in miles). All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .offline_eval import Check, Dataset, Q, asks, both, either, has, label_of, words
from .offline_eval import corr_of as _corr
from .offline_eval import labels_in as _labels
from .offline_eval import pick_one as _one
from .offline_eval import rounded_share as _share

# --- shared helpers ------------------------------------------------------------------------------------------------


def _found(answer: str) -> list[float]:
    return [float(t.replace(",", "")) for t in re.findall(r"-?\d[\d,]*(?:\.\d+)?|-?\.\d+", answer)]


def _about(values: Callable[[pd.DataFrame], Any]) -> Check:
    """Every value appears to within 1%, or rounded to one decimal (a mean of 3.23 miles read as 3.2)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        found = _found(answer)
        for w in np.atleast_1d(values(df)):
            want = float(w)
            if not any(abs(f - want) <= max(0.01 * abs(want), 0.05) for f in found):
                return f"missing number {want:.4g}"
        return None

    return check


def _month_word(month: int) -> str:
    stamp = pd.Timestamp(2000, month, 1)
    return rf"\b(?:{stamp:%B}|{stamp:%b})\b"


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
    """A year as a word of its own ("2012", not "2012.5")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        y = int(year(df))
        return None if re.search(rf"(?<![\d.]){y}(?![\d])", answer) else f"missing year {y}"

    return check


def _split(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


# --- 1. FIFA 19 complete player dataset (Kaggle, data.csv) ---------------------------------------------------------

_FIFA_CLUBS = {  # club: (mean overall, wage multiplier)
    "Juventus": (82.0, 1.6),
    "FC Barcelona": (81.5, 1.9),
    "Real Madrid": (81.0, 1.9),
    "Manchester City": (80.5, 1.8),
    "FC Bayern München": (80.0, 1.5),
    "Paris Saint-Germain": (79.0, 1.6),
    "Manchester United": (78.5, 1.8),
    "Chelsea": (78.0, 1.7),
    "Liverpool": (78.0, 1.6),
    "Tottenham Hotspur": (77.0, 1.3),
    "Atlético Madrid": (77.0, 1.2),
    "Napoli": (76.5, 1.0),
    "Inter": (76.0, 1.0),
    "Borussia Dortmund": (75.5, 1.0),
    "Arsenal": (75.5, 1.5),
    "Milan": (75.0, 0.9),
    "Roma": (75.0, 0.9),
    "Lazio": (74.0, 0.8),
    "Valencia CF": (74.0, 0.7),
    "Olympique Lyonnais": (73.5, 0.7),
    "Sevilla FC": (73.5, 0.7),
    "FC Porto": (73.5, 0.35),
    "SL Benfica": (73.0, 0.35),
    "Everton": (73.0, 0.9),
    "Bayer 04 Leverkusen": (72.5, 0.7),
    "RB Leipzig": (72.5, 0.6),
    "Shakhtar Donetsk": (72.0, 0.3),
    "AS Monaco": (71.5, 0.6),
    "Ajax": (71.5, 0.3),
    "Galatasaray SK": (71.0, 0.4),
    "Burnley": (71.0, 0.6),
    "PSV": (70.5, 0.3),
    "Feyenoord": (70.0, 0.2),
    "Club Brugge KV": (69.5, 0.2),
    "Boca Juniors": (70.0, 0.1),
    "River Plate": (70.0, 0.1),
    "Club América": (69.5, 0.2),
    "Guangzhou Evergrande Taobao FC": (69.0, 0.9),
    "Celtic": (68.5, 0.3),
    "Olympiacos CF": (68.5, 0.2),
    "Cardiff City": (68.0, 0.5),
    "Stoke City": (68.0, 0.2),
    "Sparta Praha": (66.5, 0.05),
    "Al Nassr": (66.0, 0.5),
    "Leeds United": (66.0, 0.2),
    "Atlanta United": (65.0, 0.15),
    "Toronto FC": (65.0, 0.15),
    "Kawasaki Frontale": (65.0, 0.05),
    "Hammarby IF": (63.5, 0.03),
    "Ulsan Hyundai FC": (63.0, 0.05),
    "Melbourne Victory": (62.0, 0.05),
    "Rosenborg BK": (62.0, 0.03),
    "Port Vale": (58.0, 0.03),
    "Crewe Alexandra": (57.5, 0.03),
    "Bohemian FC": (55.0, 0.01),
    "Derry City": (54.0, 0.01),
}
_FIFA_NATIONS = {
    "England": 1662,
    "Germany": 1198,
    "Spain": 1072,
    "Argentina": 937,
    "France": 914,
    "Brazil": 827,
    "Italy": 702,
    "Colombia": 618,
    "Japan": 478,
    "Netherlands": 453,
    "Sweden": 397,
    "China PR": 392,
    "Chile": 391,
    "Republic of Ireland": 368,
    "Mexico": 366,
    "United States": 353,
    "Poland": 350,
    "Norway": 341,
    "Saudi Arabia": 340,
    "Denmark": 336,
    "Korea Republic": 335,
    "Portugal": 322,
    "Turkey": 303,
    "Austria": 298,
    "Scotland": 286,
    "Belgium": 260,
    "Switzerland": 220,
    "Uruguay": 149,
    "Croatia": 126,
    "Nigeria": 121,
    "Senegal": 130,
    "Ghana": 114,
}
_FIFA_POSITIONS = {
    "ST": 2152,
    "GK": 2025,
    "CB": 1778,
    "CM": 1394,
    "LB": 1322,
    "RB": 1291,
    "RM": 1124,
    "LM": 1095,
    "CAM": 958,
    "CDM": 948,
    "RCB": 662,
    "LCB": 648,
    "RCM": 391,
    "LCM": 395,
    "LW": 381,
    "RW": 370,
    "RDM": 248,
    "LDM": 243,
    "LS": 207,
    "RS": 203,
    "RWB": 87,
    "LWB": 78,
    "CF": 74,
}
_FIFA_SKILLS = _split(
    "Crossing Finishing HeadingAccuracy ShortPassing Volleys Dribbling Curve FKAccuracy LongPassing BallControl "
    "Acceleration SprintSpeed Agility Reactions Balance ShotPower Jumping Stamina Strength LongShots Aggression "
    "Interceptions Positioning Vision Penalties Composure Marking StandingTackle SlidingTackle"
)
_FIFA_GK = _split("GKDiving GKHandling GKKicking GKPositioning GKReflexes")
_FIFA_SURNAMES = _split(
    "Silva Santos Fernández González Rodríguez López Martínez Pérez García Sánchez Romero Díaz Álvarez Torres Ruiz "
    "Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White Roberts Green "
    "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Rossi Russo Ferrari Esposito Bianchi "
    "Romano Colombo Ricci Marino Greco Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Jansen "
    "de Jong van Dijk Bakker Visser Smit Nakamura Suzuki Takahashi Tanaka Watanabe Kim Lee Park Choi Jung Kang Cho "
    "Yoon Wang Li Zhang Liu Chen Yang Zhao Huang Johansson Andersson Karlsson Nilsson Eriksson Larsen Hansen Nielsen "
    "Pedersen Olsen Kowalski Nowak Wiśniewski Wójcik Yılmaz Kaya Demir Şahin Çelik Murphy Kelly Byrne Ryan O'Brien "
    "Walsh Hernández Ramírez Flores Gómez Vargas Castillo Jiménez Moreno Muñoz Rojas Reyes Cruz Ortiz Morales Mendoza "
    "Gutiérrez Castro Herrera Medina Aguilar Okafor Mensah Diallo Ndiaye Traoré Koné Diop Sow Fall Boateng Owusu "
    "Oliveira Souza Lima Pereira Costa Rodrigues Almeida Nascimento Carvalho Araújo Ribeiro Gomes Ferreira"
)
_FIFA_SKILL_BIAS = {  # position group: skill offsets (skills not named get -8 for outfielders)
    "ATT": {"Finishing": 6, "Positioning": 6, "ShotPower": 5, "Volleys": 3, "LongShots": 2, "Dribbling": 3},
    "MID": {"ShortPassing": 6, "Vision": 5, "LongPassing": 4, "BallControl": 5, "Dribbling": 3, "Stamina": 3},
    "DEF": {"StandingTackle": 8, "SlidingTackle": 7, "Marking": 7, "Interceptions": 7, "HeadingAccuracy": 5},
}


def _fifa_group(position: str) -> str:
    if position == "GK":
        return "GK"
    if position in ("ST", "LS", "RS", "CF", "LW", "RW"):
        return "ATT"
    if position.endswith(("B", "CB")):
        return "DEF"
    return "MID"


def _euro_text(value: float) -> str:
    if value >= 1e6:
        return f"€{round(value / 1e5) / 10:g}M"
    if value >= 1e3:
        return f"€{round(value / 1e3)}K"
    return "€0"


def _fifa_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2801)
    n = 2500
    clubs = list(_FIFA_CLUBS)
    club_ids = {c: int(rng.integers(1, 120000)) for c in clubs}
    nations = list(_FIFA_NATIONS)
    nation_ids = {c: int(rng.integers(1, 220)) for c in nations}
    positions = list(_FIFA_POSITIONS)
    used_ids: set[int] = set()
    rows = []
    for _ in range(n):
        pid = int(rng.integers(1000, 246000))
        while pid in used_ids:
            pid = int(rng.integers(1000, 246000))
        used_ids.add(pid)
        free_agent = rng.random() < 0.013
        club = None if free_agent else str(_one(rng, clubs))
        mean_ov, wage_mult = _FIFA_CLUBS[club] if club else (64.0, 0.0)
        age = int(np.clip(round(rng.normal(25.1, 4.6)), 16, 41))
        position = str(_one(rng, positions, list(_FIFA_POSITIONS.values())))
        group = _fifa_group(position)
        youth = 0.55 * max(0, 24 - age) ** 1.25
        decline = 0.9 * max(0, age - 32)
        overall = int(np.clip(round(mean_ov - 1.5 + rng.normal(0, 4.0) - youth - decline + 0.25 * (age - 24)), 46, 94))
        growth = max(0.0, (29 - age) * 1.55 + float(rng.normal(0, 2.2))) if age < 29 else float(rng.random() < 0.1)
        potential = int(min(95, overall + round(growth)))
        age_factor = 1.5 if age < 23 else 1.15 if age < 27 else 0.8 if age < 31 else 0.45 if age < 34 else 0.18
        value = 240000 * np.exp(0.19 * (overall - 60)) * age_factor * float(rng.lognormal(0, 0.22))
        if rng.random() < 0.008:
            value = 0.0
        wage = (
            0.0
            if free_agent
            else max(1000.0, 2600 * np.exp(0.15 * (overall - 60)) * wage_mult * float(rng.lognormal(0, 0.3)))
        )
        on_loan = club is not None and rng.random() < 0.06
        foot = "Left" if rng.random() < (0.36 if position in ("LB", "LM", "LWB", "LCB", "RW") else 0.19) else "Right"
        cm = float(rng.normal(181.3 + (6.0 if group == "GK" else 0.0) - (2.5 if group == "MID" else 0.0), 6.4))
        inches = round(cm / 2.54)
        lbs = round((cm - 100) * 0.92 * 2.2046 * float(rng.lognormal(0, 0.06)))
        reputation = 1 + int(overall >= 74) + int(overall >= 80) + int(overall >= 85) + int(overall >= 89)
        if rng.random() < 0.1:
            reputation = max(1, reputation - 1)
        joined_day = pd.Timestamp("2008-07-01") + pd.Timedelta(days=int(rng.integers(0, 3700)))
        skills = {}
        for s in _FIFA_SKILLS:
            bias = _FIFA_SKILL_BIAS.get(group, {}).get(s, -8 if group != "GK" else -45)
            skills[s] = int(np.clip(round(overall + bias + rng.normal(0, 8)), 5, 95))
        for s in _FIFA_GK:
            skills[s] = int(
                np.clip(round(overall + rng.normal(0, 3)), 40, 94) if group == "GK" else rng.integers(5, 16)
            )
        clause: str | None = _euro_text(value * float(rng.uniform(1.6, 2.1))) if value else None
        if free_agent or on_loan or rng.random() < 0.04:
            clause = None
        attack = _one(rng, ["High", "Medium", "Low"], [30, 60, 10])
        defence = _one(rng, ["High", "Medium", "Low"], [22, 66, 12])
        work = f"{attack}/ {defence}"
        if group == "GK":
            work = "Medium/ Medium"
        row: dict[str, Any] = {
            "ID": pid,
            "Name": f"{_one(rng, list('ABCDEFGHIJKLMNOPRSTVWY'))}. {_one(rng, _FIFA_SURNAMES)}",
            "Age": age,
            "Photo": f"https://cdn.sofifa.org/players/4/19/{pid}.png",
            "Nationality": _one(rng, nations, list(_FIFA_NATIONS.values())),
            "Flag": "",
            "Overall": overall,
            "Potential": potential,
            "Club": club,
            "Club Logo": f"https://cdn.sofifa.org/teams/2/light/{club_ids[club] if club else 0}.png",
            "Value": _euro_text(value),
            "Wage": _euro_text(wage),
            "Special": int(np.clip(round(rng.normal(1600 + 12 * (overall - 66), 220)), 731, 2346)),
            "Preferred Foot": foot,
            "International Reputation": float(reputation),
            "Weak Foot": float(_one(rng, [1, 2, 3, 4, 5], [1, 15, 62, 19, 3])),
            "Skill Moves": 1.0 if group == "GK" else float(_one(rng, [2, 3, 4, 5], [45, 40, 13, 2])),
            "Work Rate": work,
            "Body Type": _one(rng, ["Normal", "Lean", "Stocky"], [62, 33, 5]),
            "Real Face": "Yes" if reputation >= 3 or rng.random() < 0.05 else "No",
            "Position": position,
            "Jersey Number": float(1 if group == "GK" and rng.random() < 0.4 else int(rng.integers(2, 40))),
            "Joined": None if on_loan else f"{joined_day:%b} {joined_day.day}, {joined_day.year}",
            "Loaned From": str(_one(rng, clubs)) if on_loan else None,
            "Contract Valid Until": "Jun 30, 2019"
            if on_loan
            else (None if free_agent else str(rng.integers(2019, 2024))),
            "Height": f"{inches // 12}'{inches % 12}",
            "Weight": f"{lbs}lbs",
            **{k: float(v) for k, v in skills.items()},
            "Release Clause": clause,
        }
        row["Flag"] = f"https://cdn.sofifa.org/flags/{nation_ids[row['Nationality']]}.png"
        rows.append(row)
    df = pd.DataFrame(rows)
    blank = rng.choice(n, size=12, replace=False)  # the file's rows with most attributes missing
    cols = ["Preferred Foot", "Weak Foot", "Skill Moves", "Work Rate", "Body Type", "Real Face", "Position"]
    cols += ["Jersey Number", "Height", "Weight", *_FIFA_SKILLS, *_FIFA_GK]
    df.loc[blank, cols] = None
    df = df.sort_values(["Overall", "Potential"], ascending=False, kind="stable", ignore_index=True)
    df.insert(0, "", range(len(df)))
    return df


def _euros(s: pd.Series) -> pd.Series:
    text = s.astype(str).str.strip().str.replace("€", "", regex=False)
    scale = np.where(text.str.endswith("M"), 1e6, np.where(text.str.endswith("K"), 1e3, 1.0))
    return pd.to_numeric(text.str.rstrip("MK"), errors="coerce") * scale


def _money(values: Callable[[pd.DataFrame], Any]) -> Check:
    """Every euro amount appears: in full, in thousands ("€565K") or in millions to one decimal ("€2.4M")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        found = [f for f in _found(answer) if f > 0]
        for w in np.atleast_1d(values(df)):
            want = float(w)
            if not any(
                abs(f - want) <= max(0.006 * want, 1.0)
                or abs(f * 1e3 - want) <= max(0.006 * want, 500.0)
                or (want >= 1e5 and abs(f * 1e6 - want) <= max(0.006 * want, 50000.0))
                for f in found
            ):
                return f"missing amount {want:.6g}"
        return None

    return check


def _fifa_clubs(d: pd.DataFrame) -> pd.Series:
    return d["Overall"].groupby(d["Club"]).mean().sort_values(ascending=False)


def _fifa_top_club(d: pd.DataFrame) -> str:
    return str(_fifa_clubs(d).index[0])


def _by_foot(priced_only: bool) -> Callable[[pd.DataFrame], np.ndarray]:
    """Mean market value for left and right footers, over every player or only those with a value above €0."""

    def value(d: pd.DataFrame) -> np.ndarray:
        euros = _euros(d["Value"])
        keep = euros > 0 if priced_only else euros.notna()
        means = euros[keep].groupby(d.loc[keep, "Preferred Foot"]).mean()
        return np.asarray(means.reindex(["Left", "Right"]), dtype=float)

    return value


def _inches(d: pd.DataFrame) -> pd.Series:
    parts = d["Height"].astype(str).str.extract(r"(\d+)'(\d+)").astype(float)
    return parts[0] * 12 + parts[1]


_FIFA_QS = [
    Q(
        "which club has the highest average overall rating?",
        both(label_of(_fifa_top_club), has(lambda d: float(_fifa_clubs(d).iloc[0]), rel=0.003)),
        ("Club", "Overall"),
    ),
    Q(
        "whats their total wage bill",
        _money(lambda d: float(_euros(d.loc[d["Club"] == _fifa_top_club(d), "Wage"]).sum())),
        ("Club", "Wage", "Overall"),
    ),
    Q(
        "avg market value of left footed vs right footed players?",
        either(_money(_by_foot(False)), _money(_by_foot(True))),
        ("Value", "Preferred Foot"),
    ),
    Q(
        "how many players are over 6 foot",
        either(has(lambda d: float((_inches(d) > 72).sum())), has(lambda d: float((_inches(d) >= 72).sum()))),
        ("Height",),
    ),
    Q(
        "top 5 nationalities by number of players pls",
        _labels(lambda d: list(d["Nationality"].value_counts().index[:5])),
        ("Nationality", "ID", "Name"),
    ),
    Q(
        "plot age against room to grow (potential minus overall) and give me the correlation",
        _corr(lambda d: d["Age"], lambda d: d["Potential"] - d["Overall"]),
        ("Age", "Potential", "Overall"),
    ),
]


# --- 2. seaborn diamonds (diamonds.csv) ----------------------------------------------------------------------------

_DIA_CUTS = {  # cut: (weight, median carat, price factor, depth mean, depth sd, table mean)
    "Ideal": (21551, 0.54, 1.06, 61.7, 0.7, 56.0),
    "Premium": (13791, 0.9, 1.0, 61.3, 1.1, 58.7),
    "Very Good": (12082, 0.71, 1.0, 61.8, 1.4, 58.0),
    "Good": (4906, 0.74, 0.96, 62.4, 2.2, 58.7),
    "Fair": (1610, 1.0, 0.86, 64.0, 3.6, 59.1),
}
_DIA_COLORS = {"D": (6775, 1.13, 0.8), "E": (9797, 1.08, 0.8), "F": (9542, 1.05, 0.86), "G": (11292, 1.0, 0.92)}
_DIA_COLORS |= {"H": (8304, 0.9, 1.05), "I": (5422, 0.82, 1.15), "J": (2808, 0.74, 1.25)}  # (weight, price, carat)
_DIA_CLARITY = {  # clarity: (weight, price factor, carat factor)
    "I1": (741, 0.6, 1.6),
    "SI2": (9194, 0.8, 1.3),
    "SI1": (13065, 0.93, 1.05),
    "VS2": (12258, 1.0, 0.98),
    "VS1": (8171, 1.06, 0.9),
    "VVS2": (5066, 1.15, 0.75),
    "VVS1": (3655, 1.2, 0.65),
    "IF": (1790, 1.3, 0.6),
}


def _diamonds_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2802)
    n = 3000
    cuts, colors, clarities = list(_DIA_CUTS), list(_DIA_COLORS), list(_DIA_CLARITY)
    rows = []
    for _ in range(n):
        cut = str(_one(rng, cuts, [v[0] for v in _DIA_CUTS.values()]))
        color = str(_one(rng, colors, [v[0] for v in _DIA_COLORS.values()]))
        clarity = str(_one(rng, clarities, [v[0] for v in _DIA_CLARITY.values()]))
        _w, med, cut_price, depth_mu, depth_sd, table_mu = _DIA_CUTS[cut]
        carat = med * _DIA_COLORS[color][2] * _DIA_CLARITY[clarity][2] * float(rng.lognormal(0, 0.5))
        carat = round(float(np.clip(carat, 0.2, 4.5)), 2)
        if rng.random() < 0.25:  # stones cluster just over whole and half carats
            carat = float(_one(rng, [0.3, 0.5, 0.7, 0.9, 1.0, 1.01, 1.2, 1.5, 2.0, 2.01]))
        price = (
            4100
            * carat**1.75
            * cut_price
            * _DIA_COLORS[color][1]
            * _DIA_CLARITY[clarity][1]
            * float(rng.lognormal(0, 0.16))
        )
        price = int(np.clip(round(price), 326, 18823))
        depth = round(float(np.clip(rng.normal(depth_mu, depth_sd), 50.8, 71.6)), 1)
        table = float(np.clip(round(rng.normal(table_mu, 2.0)), 50, 70))
        x = round(6.45 * carat ** (1 / 3) * float(rng.normal(1, 0.012)), 2)
        y = round(x * float(rng.normal(1.002, 0.006)), 2)
        z = round((x + y) / 2 * depth / 100, 2)
        rows.append(
            {
                "carat": carat,
                "cut": cut,
                "color": color,
                "clarity": clarity,
                "depth": depth,
                "table": table,
                "price": price,
                "x": x,
                "y": y,
                "z": z,
            }
        )
    df = pd.DataFrame(rows)
    zero_z = rng.choice(n, size=9, replace=False)
    df.loc[zero_z, "z"] = 0.0
    df.loc[zero_z[:3], ["x", "y"]] = 0.0
    zero_y = rng.choice(np.setdiff1d(np.arange(n), zero_z), size=2, replace=False)
    df.loc[zero_y, "y"] = 0.0
    return df


def _dia_cuts(d: pd.DataFrame) -> pd.Series:
    return d["price"].groupby(d["cut"]).mean().sort_values(ascending=False)


def _per_carat(how: str) -> Callable[[pd.DataFrame], np.ndarray]:
    def value(d: pd.DataFrame) -> np.ndarray:
        if how == "mean":
            ratio = (d["price"] / d["carat"]).groupby(d["cut"]).mean()
        else:
            ratio = d["price"].groupby(d["cut"]).sum() / d["carat"].groupby(d["cut"]).sum()
        return np.asarray(ratio.reindex(["Ideal", "Fair"]), dtype=float)

    return value


_DIAMOND_QS = [
    Q(
        "which cut has the highest avg price?",
        both(label_of(lambda d: str(_dia_cuts(d).index[0])), has(lambda d: float(_dia_cuts(d).iloc[0]))),
        ("cut", "price"),
    ),
    Q(
        "hm thats odd. whats the avg carat for each cut then",
        has(lambda d: np.asarray(d["carat"].groupby(d["cut"]).mean(), dtype=float)),
        ("cut", "carat"),
    ),
    Q(
        "compare price per carat for ideal vs fair cut",
        either(has(_per_carat("mean")), has(_per_carat("pooled"))),
        ("price", "carat", "cut"),
    ),
    Q(
        "how many rows have a zero in any of the dimensions (x, y or z)?",
        has(lambda d: float((d[["x", "y", "z"]] == 0).any(axis=1).sum())),
        ("x", "y", "z"),
    ),
    Q(
        "how strong is the corelation between carat and price",
        _corr(lambda d: d["carat"], lambda d: d["price"]),
        ("carat", "price"),
    ),
    Q(
        "what % of the diamonds are colour D, and whats the median price of those?",
        both(
            _share(lambda d: float((d["color"] == "D").mean())),
            has(lambda d: float(d.loc[d["color"] == "D", "price"].median())),
        ),
        ("color", "price"),
    ),
]


# --- 3. California housing, 1990 census block groups (housing.csv) -------------------------------------------------

_CA_AREAS = {  # ocean_proximity: (weight, centre lat, centre lon, spread, value factor, income shift)
    "<1H OCEAN": (9136, 34.0, -118.1, 0.55, 1.0, 0.25),
    "INLAND": (6551, 36.6, -119.8, 1.1, 0.56, -0.55),
    "NEAR OCEAN": (2658, 34.4, -119.0, 0.9, 1.05, 0.1),
    "NEAR BAY": (2290, 37.8, -122.25, 0.15, 1.12, 0.3),
}


def _ca_row(rng: np.random.Generator, area: str) -> dict[str, Any]:
    if area == "ISLAND":
        lat, lon, factor, shift = 33.35, -118.32, 1.75, 0.0
    else:
        _w, lat, lon, spread, factor, shift = _CA_AREAS[area]
        lat = float(np.clip(lat + rng.normal(0, spread), 32.55, 41.95))
        lon = float(np.clip(lon + rng.normal(0, spread), -124.3, -114.35))
    income = round(float(np.clip(rng.lognormal(np.log(3.5) + 0.15 * shift, 0.45), 0.4999, 15.0001)), 4)
    age = float(min(52, max(1, round(rng.normal(28.6, 12.5)))))
    if rng.random() < 0.05:
        age = 52.0
    value = 52000 + 41000 * income * factor * float(rng.lognormal(0, 0.3))
    value = float(min(500001.0, max(14999.0, round(value, -2))))
    if value > 480000:
        value = 500001.0
    households = max(2.0, round(float(rng.lognormal(np.log(420), 0.6))))
    rooms = max(2.0, round(households * float(rng.lognormal(np.log(5.2), 0.22))))
    bedrooms: float | None = max(1.0, round(rooms * float(rng.normal(0.205, 0.025))))
    if rng.random() < 0.01:
        bedrooms = None
    population = max(3.0, round(households * float(rng.lognormal(np.log(2.85), 0.25))))
    return {
        "longitude": round(lon, 2),
        "latitude": round(lat, 2),
        "housing_median_age": age,
        "total_rooms": rooms,
        "total_bedrooms": bedrooms,
        "population": population,
        "households": households,
        "median_income": income,
        "median_house_value": value,
        "ocean_proximity": area,
    }


def _housing_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2803)
    n = 3000
    areas = list(_CA_AREAS)
    rows = [_ca_row(rng, str(_one(rng, areas, [v[0] for v in _CA_AREAS.values()]))) for _ in range(n - 3)]
    rows += [_ca_row(rng, "ISLAND") for _ in range(3)]
    df = pd.DataFrame(rows).sort_values(["longitude", "latitude"], ascending=[False, True], ignore_index=True)
    return df


def _ca_values(d: pd.DataFrame) -> pd.Series:
    return d["median_house_value"].groupby(d["ocean_proximity"]).mean().sort_values(ascending=False)


def _incomes(d: pd.DataFrame) -> np.ndarray:
    return np.asarray(d["median_income"].groupby(d["ocean_proximity"]).mean().reindex(["INLAND", "NEAR BAY"]))


_HOUSING_QS = [
    Q(
        "how many districts are missing total bedrooms?",
        has(lambda d: float(d["total_bedrooms"].isna().sum())),
        ("total_bedrooms",),
    ),
    Q(
        "avg house value by ocean proximity - which is highest, and whats the avg for inland?",
        both(
            label_of(lambda d: str(_ca_values(d).index[0])),
            has(lambda d: float(_ca_values(d).iloc[0])),
            has(lambda d: float(_ca_values(d)["INLAND"])),
        ),
        ("median_house_value", "ocean_proximity"),
    ),
    Q(
        "how many districts have a median house value of 500k or more",
        has(lambda d: float((d["median_house_value"] >= 500000).sum())),
        ("median_house_value",),
    ),
    Q(
        "is median income correlated with house value?",
        _corr(lambda d: d["median_income"], lambda d: d["median_house_value"]),
        ("median_income", "median_house_value"),
    ),
    Q(
        "what's the avg number of rooms per household",
        either(
            has(lambda d: float((d["total_rooms"] / d["households"]).mean())),
            has(lambda d: float(d["total_rooms"].sum() / d["households"].sum())),
        ),
        ("total_rooms", "households"),
    ),
    Q(
        "average income for inland vs near bay districts? i think its in 10ks",
        either(has(_incomes), has(lambda d: _incomes(d) * 10000)),
        ("median_income", "ocean_proximity"),
    ),
]


# --- 4. WHO life expectancy 2000-2015 (Kaggle, Life Expectancy Data.csv) ------------------------------------------

_WHO_GROUPS = [  # (countries, LE in 2000 low-high, yearly gain low-high, status, log GDP per head, schooling)
    (
        "Australia;Austria;Belgium;Denmark;Finland;France;Germany;Greece;Iceland;Ireland;Italy;Luxembourg;Netherlands;"
        "New Zealand;Norway;Portugal;Spain;Sweden;Switzerland;United Kingdom of Great Britain and Northern Ireland;"
        "Canada;United States of America;Israel;Malta;Cyprus",
        (76.5, 79.8),
        (0.15, 0.26),
        "Developed",
        10.3,
        15.8,
    ),
    (
        "Czechia;Poland;Hungary;Slovenia;Slovakia;Estonia;Latvia;Lithuania;Croatia;Bulgaria;Romania",
        (70.5, 75.5),
        (0.2, 0.33),
        "Developed",
        9.3,
        15.2,
    ),
    (
        "Argentina;Brazil;Chile;Colombia;Costa Rica;Cuba;Ecuador;Mexico;Peru;Uruguay;"
        "Venezuela (Bolivarian Republic of);Bolivia (Plurinational State of);Paraguay;Guatemala;Honduras;Nicaragua;"
        "El Salvador;Panama;Dominican Republic;Jamaica;Trinidad and Tobago",
        (68.0, 76.5),
        (0.12, 0.3),
        "Developing",
        8.6,
        13.0,
    ),
    (
        "China;India;Indonesia;Pakistan;Bangladesh;Viet Nam;Thailand;Philippines;Malaysia;Sri Lanka;Nepal;Cambodia;"
        "Myanmar;Mongolia;Iran (Islamic Republic of);Iraq;Jordan;Lebanon;Saudi Arabia;Turkey;Syrian Arab Republic;"
        "Yemen;Kazakhstan;Uzbekistan;Kyrgyzstan;Tajikistan;Republic of Korea;Oman;Qatar;Bhutan;"
        "Lao People's Democratic Republic",
        (61.0, 76.0),
        (0.2, 0.42),
        "Developing",
        8.2,
        11.6,
    ),
    (
        "Egypt;Algeria;Morocco;Tunisia;Ghana;Senegal;Kenya;Madagascar;Rwanda;Ethiopia;Sudan;Gabon;Namibia;Botswana;"
        "Benin;Togo;Mauritania;Eritrea;Cameroon;Côte d'Ivoire;Guinea;Niger;Burkina Faso;Mali;Chad;Nigeria;Angola;"
        "Mozambique;Malawi;Zambia;Zimbabwe;Uganda;United Republic of Tanzania;Democratic Republic of the Congo;"
        "Burundi;Liberia;Lesotho;Swaziland;Central African Republic;South Sudan;Somalia;Afghanistan;Haiti",
        (46.0, 62.0),
        (0.38, 0.78),
        "Developing",
        7.1,
        8.6,
    ),
]
_WHO_FIXED = {  # country: (LE in 2000, yearly gain)
    "Japan": (81.3, 0.2),
    "Singapore": (78.1, 0.28),
    "Sierra Leone": (38.5, 0.68),
}


def _who_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2804)
    countries: list[tuple[str, float, float, str, float, float]] = []
    for names, (lo, hi), (g_lo, g_hi), status, gdp, school in _WHO_GROUPS:
        for name in names.split(";"):
            countries.append((name, float(rng.uniform(lo, hi)), float(rng.uniform(g_lo, g_hi)), status, gdp, school))
    countries.append(("Japan", *_WHO_FIXED["Japan"], "Developed", 10.5, 15.3))
    countries.append(("Singapore", *_WHO_FIXED["Singapore"], "Developing", 10.6, 14.8))
    countries.append(("Sierra Leone", *_WHO_FIXED["Sierra Leone"], "Developing", 6.4, 7.9))
    countries.sort()
    rows = []
    for name, le0, gain, status, gdp_log, school0 in countries:
        pop0 = float(rng.lognormal(np.log(9e6), 1.5))
        hiv = float(rng.lognormal(np.log(3.0), 1.0)) if le0 < 56 else 0.1
        alcohol0 = float(rng.uniform(0.01, 3.0) if le0 < 62 else rng.uniform(1.0, 13.5))
        no_pop = rng.random() < 0.22
        no_gdp = rng.random() < 0.13
        no_hepb = rng.random() < 0.15
        for year in range(2015, 1999, -1):
            t = year - 2000
            le = le0 + gain * t + float(rng.normal(0, 0.45))
            school = school0 + 0.22 * (le - le0) + 0.12 * (le0 - 60) + float(rng.normal(0, 1.0))
            gdp = float(np.exp(gdp_log + 0.025 * t + rng.normal(0, 0.55)))
            infant = int(pop0 * np.exp(-0.06 * (le - 40)) * 0.0002 * float(rng.lognormal(0, 0.2)))
            under_five = int(infant * float(rng.uniform(1.15, 1.4)))
            row = {
                "Country": name,
                "Year": year,
                "Status": status,
                "Life expectancy ": round(le, 1),
                "Adult Mortality": float(max(1, round((82 - le) * 11 + rng.normal(0, 25)))),
                "infant deaths": infant,
                "Alcohol": round(max(0.01, alcohol0 + float(rng.normal(0, 0.4))), 2),
                "percentage expenditure": round(gdp * float(rng.uniform(0.01, 0.12)), 6) if rng.random() > 0.2 else 0.0,
                "Hepatitis B": float(np.clip(round(rng.normal(70 + t * 1.5, 18)), 2, 99)),
                "Measles ": int(rng.lognormal(2.0, 2.2)) if rng.random() > 0.3 else 0,
                " BMI ": round(float(np.clip(rng.normal(15 + 0.5 * (le - 40), 8), 1, 77)), 1),
                "under-five deaths ": under_five,
                "Polio": float(np.clip(round(rng.normal(75 + 0.6 * (le - 60) + t, 12)), 3, 99)),
                "Total expenditure": round(float(np.clip(rng.normal(4.5 + 0.1 * (le - 60), 1.8), 0.37, 17.6)), 2),
                "Diphtheria ": float(np.clip(round(rng.normal(75 + 0.6 * (le - 60) + t, 12)), 2, 99)),
                " HIV/AIDS": round(max(0.1, hiv * (1 - 0.045 * t)), 1),
                "GDP": round(gdp, 6),
                "Population": round(pop0 * 1.013**t * float(rng.lognormal(0, 0.03))),
                " thinness  1-19 years": round(float(np.clip(rng.normal(14 - 0.18 * (le - 40), 2.5), 0.1, 27.7)), 1),
                " thinness 5-9 years": round(float(np.clip(rng.normal(14 - 0.18 * (le - 40), 2.6), 0.1, 28.6)), 1),
                "Income composition of resources": round(float(np.clip(0.3 + 0.011 * (le - 45), 0.25, 0.948)), 3),
                "Schooling": round(float(np.clip(school, 2.9, 20.7)), 1),
            }
            if year == 2015 and rng.random() < 0.95:
                row["Alcohol"] = None
            if no_pop:
                row["Population"] = None
            if no_gdp:
                row["GDP"] = None
            if no_hepb or rng.random() < 0.04:
                row["Hepatitis B"] = None
            if rng.random() < 0.07:
                row["Total expenditure"] = None
            if rng.random() < 0.04:
                row["Schooling"] = None
                row["Income composition of resources"] = None
            rows.append(row)
    return pd.DataFrame(rows)


_LE = "Life expectancy "


def _le_by_year(d: pd.DataFrame) -> pd.Series:
    return d[_LE].groupby(d["Year"]).mean()


def _le_2015(d: pd.DataFrame) -> pd.Series:
    pool = d[d["Year"] == 2015]
    return pool.set_index("Country")[_LE].dropna().sort_values(ascending=False)


_WHO_QS = [
    Q(
        "avg life expectancy in developed vs developing countries?",
        has(lambda d: np.asarray(d[_LE].groupby(d["Status"]).mean().reindex(["Developed", "Developing"]))),
        (_LE, "Status"),
    ),
    Q(
        "plot the global average life expectancy by year. how much did it go up between 2000 and 2015?",
        either(
            _about(lambda d: float(_le_by_year(d)[2015] - _le_by_year(d)[2000])),
            has(lambda d: np.asarray(_le_by_year(d)[[2000, 2015]])),
        ),
        (_LE, "Year"),
    ),
    Q(
        "which country had the highest life expectancy in 2015",
        both(label_of(lambda d: str(_le_2015(d).index[0])), has(lambda d: float(_le_2015(d).iloc[0]))),
        (_LE, "Country", "Year"),
    ),
    Q(
        "and the lowest?",
        both(label_of(lambda d: str(_le_2015(d).index[-1])), has(lambda d: float(_le_2015(d).iloc[-1]))),
        (_LE, "Country", "Year"),
    ),
    Q(
        "whats the average health expenditure",
        asks("percentage expenditure", "total expenditure"),
        ("percentage expenditure", "Total expenditure"),
    ),
    Q(
        "correlation between schooling and life expectancy?",
        _corr(lambda d: d["Schooling"], lambda d: d[_LE]),
        ("Schooling", _LE),
    ),
]


# --- 5. Wisconsin Diagnostic Breast Cancer (UCI / Kaggle, data.csv) ------------------------------------------------

_WDBC_FEATURES = [
    "radius",
    "texture",
    "perimeter",
    "area",
    "smoothness",
    "compactness",
    "concavity",
    "concave points",
    "symmetry",
    "fractal_dimension",
]


def _wdbc_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2805)
    n = 569
    rows = []
    for _ in range(n):
        bad = rng.random() < 0.373
        z = float(rng.normal())
        radius = float(
            np.clip(np.exp(np.log(17.1) + 0.18 * z) if bad else np.exp(np.log(12.0) + 0.15 * z), 6.98, 28.11)
        )
        texture = float(np.clip(rng.normal(21.6 if bad else 17.9, 3.8 if bad else 4.0), 9.71, 39.28))
        smooth = float(np.clip(rng.normal(0.1029 if bad else 0.0925, 0.0126 if bad else 0.0134), 0.0526, 0.1634))
        compact = float(np.clip(rng.lognormal(np.log(0.135 if bad else 0.072), 0.38 if bad else 0.42), 0.0194, 0.3454))
        concave = compact * (1.1 if bad else 0.55) + float(rng.normal(0, 0.04 if bad else 0.018))
        concave = float(np.clip(concave, 0.0, 0.4268))
        if not bad and rng.random() < 0.04:
            concave = 0.0
        points = (
            0.0 if concave == 0 else concave * (0.52 if bad else 0.5) + float(rng.normal(0, 0.011 if bad else 0.005))
        )
        points = float(np.clip(points, 0.0, 0.2012))
        sym = float(np.clip(rng.normal(0.193 if bad else 0.174, 0.028 if bad else 0.025), 0.106, 0.304))
        fractal = float(np.clip(rng.normal(0.0627, 0.007), 0.04996, 0.09744))
        mean = {
            "radius": round(radius, 2),
            "texture": round(texture, 2),
            "perimeter": round(radius * 6.55 + float(rng.normal(0, 1.2)), 2),
            "area": round(np.pi * radius**2 * float(rng.normal(1.0, 0.025)), 1),
            "smoothness": round(smooth, 5),
            "compactness": round(compact, 5),
            "concavity": round(concave, 5),
            "concave points": round(points, 5),
            "symmetry": round(sym, 4),
            "fractal_dimension": round(fractal, 5),
        }
        r_se = float(rng.lognormal(np.log(0.55 if bad else 0.26), 0.45))
        se = {
            "radius": round(r_se, 4),
            "texture": round(float(rng.lognormal(np.log(1.1), 0.4)), 4),
            "perimeter": round(r_se * 7.1 * float(rng.lognormal(0, 0.1)), 3),
            "area": round(r_se * radius * 7.5 * float(rng.lognormal(0, 0.15)), 2),
            "smoothness": round(float(rng.lognormal(np.log(0.0064), 0.35)), 6),
            "compactness": round(compact * 0.3 * float(rng.lognormal(0, 0.35)), 5),
            "concavity": round(concave * 0.38 * float(rng.lognormal(0, 0.4)), 5),
            "concave points": round(points * 0.3 * float(rng.lognormal(0, 0.3)), 5),
            "symmetry": round(float(rng.lognormal(np.log(0.019), 0.35)), 5),
            "fractal_dimension": round(float(rng.lognormal(np.log(0.0034), 0.4)), 6),
        }
        r_worst = radius * (1.2 if bad else 1.1) * float(rng.normal(1, 0.04))
        worst = {
            "radius": round(r_worst, 2),
            "texture": round(texture * 1.33 * float(rng.normal(1, 0.05)), 2),
            "perimeter": round(r_worst * 6.7 * float(rng.normal(1, 0.02)), 2),
            "area": round(np.pi * r_worst**2 * 1.02 * float(rng.normal(1, 0.03)), 1),
            "smoothness": round(smooth * 1.37 * float(rng.normal(1, 0.07)), 4),
            "compactness": round(compact * 2.6 * float(rng.lognormal(0, 0.2)), 4),
            "concavity": round(concave * 2.9 * float(rng.lognormal(0, 0.2)), 4),
            "concave points": round(min(0.291, points * 2.3 * float(rng.lognormal(0, 0.15))), 4),
            "symmetry": round(sym * 1.67 * float(rng.normal(1, 0.08)), 4),
            "fractal_dimension": round(fractal * 1.33 * float(rng.normal(1, 0.08)), 5),
        }
        row: dict[str, Any] = {"id": int(rng.integers(8670, 911320502)), "diagnosis": "M" if bad else "B"}
        for suffix, block in (("mean", mean), ("se", se), ("worst", worst)):
            for feature in _WDBC_FEATURES:
                row[f"{feature}_{suffix}"] = block[feature]
        row[""] = None
        rows.append(row)
    return pd.DataFrame(rows)


def _malignant(d: pd.DataFrame) -> pd.Series:
    return d["diagnosis"].astype(str).str.strip() == "M"


_WDBC_QS = [
    Q(
        "what % of the tumours are malignant?",
        _share(lambda d: float(_malignant(d).mean())),
        ("diagnosis", "id"),
    ),
    Q(
        "avg radius for malignant vs benign",
        has(lambda d: np.asarray(d["radius_mean"].groupby(d["diagnosis"]).mean().reindex(["M", "B"]), dtype=float)),
        ("radius_mean", "diagnosis"),
    ),
    Q(
        "how many have an area_mean over 800? and how many of those are malignant",
        has(
            lambda d: float((d["area_mean"] > 800).sum()),
            lambda d: float(((d["area_mean"] > 800) & _malignant(d)).sum()),
        ),
        ("area_mean", "diagnosis"),
    ),
    Q(
        "how correlated are concavity and concave points (the mean ones)",
        _corr(lambda d: d["concavity_mean"], lambda d: d["concave points_mean"]),
        ("concavity_mean", "concave points_mean"),
    ),
    Q(
        "are there any missing values in this file?",
        words("unnamed"),
        None,
    ),
    Q(
        "plot a histogram of radius_worst and tell me the median",
        has(lambda d: float(d["radius_worst"].median())),
        ("radius_worst",),
    ),
]


# --- 6. Amazon Fine Food Reviews (Kaggle / SNAP, Reviews.csv) ------------------------------------------------------

_AMZ_YEARS = {
    1999: 0.02,
    2000: 0.07,
    2001: 0.03,
    2002: 0.06,
    2003: 0.2,
    2004: 0.9,
    2005: 1.9,
    2006: 3.2,
    2007: 4.4,
    2008: 6.5,
    2009: 10.0,
    2010: 15.0,
    2011: 28.6,
    2012: 34.9,
}
_AMZ_SCORES = [9.2, 5.2, 7.5, 14.2, 63.9]
_AMZ_GOOD = [
    "I love this stuff and so does my whole family.",
    "Great flavor, not too sweet, and the price on here beats the grocery store by a mile.",
    "Arrived quickly and well packaged.",
    "My dog goes crazy for these treats, he sits by the cupboard every evening.",
    "This is the best coffee I have had in a long time, smooth and never bitter.",
    "I have ordered this three times now and will keep subscribing.",
    "The texture is perfect and it keeps well in the pantry.",
    "Highly recommended if you are gluten free like me.",
    "A little goes a long way so one bag lasts for weeks.",
    "It tastes just like the one I used to buy in Italy.",
    "My kids ask for it every morning before school.",
    "Subscribe and save makes this a really good deal.",
]
_AMZ_MIXED = [
    "It is okay but nothing special compared to other brands.",
    "The flavor was fine but a bit too salty for my taste.",
    "Some of the bags were crushed in shipping, the rest were fine.",
    "I expected more for the price.",
    "Good enough for everyday use, though I probably will not buy it again.",
    "The first batch was great but the second one tasted stale.",
]
_AMZ_BAD = [
    "This product arrived expired and the box was damaged.",
    "The taste is awful, it has a strange chemical aftertaste that lingers for hours.",
    "Do not waste your money on this.",
    "The label says made in the USA but the package says otherwise which really bothers me.",
    "My cat refused to eat it and I had to throw the whole case away.",
    "Amazon would not accept a return because it is a grocery item, so I am stuck with eleven cans.",
    "The ingredients list changed and now it contains corn syrup, which the description does not mention.",
    "Way too expensive for what you get and half of it was broken into crumbs.",
]
_AMZ_SUMMARY = {
    5: ["Great taste", "Love it!", "Best treats ever", "Delicious", "Five stars", "Excellent coffee", "Yummy"],
    4: ["Pretty good", "Good product", "Tasty", "Nice flavor", "Very good but pricey"],
    3: ["Just okay", "Not bad", "Meh", "It's fine", "Could be better"],
    2: ["Disappointed", "Not great", "Too salty", "Stale"],
    1: ["Terrible", "Do not buy", "Awful aftertaste", "Expired product", "Yuck"],
}
_AMZ_FIRST = _split(
    "Mary John Linda James Karen Robert Susan Michael Lisa David Nancy William Betty Richard Sandra Joseph Donna "
    "Thomas Carol Charles Sharon Daniel Michelle Mark Laura Paul Sarah Steven Kim Kevin Jessica Brian Amy Gary Anna"
)
_AMZ_LAST = _split(
    "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Moore Jackson Martin Lee Thompson White "
    "Harris Clark Lewis Walker Hall Allen Young King Wright Scott Green Baker Adams Nelson Hill Campbell"
)
_AMZ_HANDLES = ["Coffee Lover", "dog mom", "A Customer", "Foodie", "Tea Drinker", "Gourmet Gal", "Busy Mom"]
_ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _amazon_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2806)
    n = 3000
    products = [f"B00{''.join(_one(rng, _ALNUM) for _ in range(7))}" for _ in range(620)]
    pw = 1.0 / (np.arange(len(products)) + 25.0) ** 1.1
    pw[0] *= 1.5
    quality = rng.normal(0, 0.55, size=len(products))
    users = [f"A{''.join(_one(rng, _ALNUM) for _ in range(int(rng.integers(12, 14))))}" for _ in range(2300)]
    uw = 1.0 / (np.arange(len(users)) + 20.0) ** 0.8
    names: dict[str, str | None] = {}
    for u in users:
        r = rng.random()
        first, last = _one(rng, _AMZ_FIRST), _one(rng, _AMZ_LAST)
        names[u] = (
            None
            if r < 0.004
            else str(_one(rng, _AMZ_HANDLES))
            if r < 0.15
            else f'{first} {last} "{first.lower()}{int(rng.integers(1, 99))}"'
            if r < 0.25
            else f"{first} {last}"
        )
    years = list(_AMZ_YEARS)
    rows = []
    for _ in range(n):
        p = int(rng.choice(len(products), p=pw / pw.sum()))
        user = users[int(rng.choice(len(users), p=uw / uw.sum()))]
        year = int(_one(rng, years, list(_AMZ_YEARS.values())))
        last_day = 298 if year == 2012 else 364
        day = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, last_day + 1)))
        w = np.asarray(_AMZ_SCORES) * np.exp(quality[p] * (np.arange(1, 6) - 3) * 0.45)
        score = int(rng.choice(5, p=w / w.sum())) + 1
        target = int(np.clip(rng.lognormal(np.log(48 if score >= 4 else 66 if score == 3 else 74), 0.55), 12, 600))
        pool = _AMZ_GOOD if score >= 4 else _AMZ_MIXED if score == 3 else _AMZ_BAD
        sentences: list[str] = []
        while sum(len(s.split()) for s in sentences) < target:
            mixed = rng.random() < 0.2
            sentences.append(str(_one(rng, _AMZ_MIXED if mixed else pool)))
        age = 2013 - year
        votes = 0 if rng.random() < 0.47 else int(rng.lognormal(0.5 + 0.12 * age, 0.9)) + 1
        helpful = int(rng.binomial(votes, {5: 0.86, 4: 0.8, 3: 0.62, 2: 0.45, 1: 0.38}[score]))
        rows.append(
            {
                "ProductId": products[p],
                "UserId": user,
                "ProfileName": names[user],
                "HelpfulnessNumerator": helpful,
                "HelpfulnessDenominator": votes,
                "Score": score,
                "Time": int(day.timestamp()),
                "Summary": str(_one(rng, _AMZ_SUMMARY[score])),
                "Text": " ".join(sentences),
            }
        )
    df = pd.DataFrame(rows).sort_values(["ProductId", "Time"], kind="stable", ignore_index=True)
    df.insert(0, "Id", range(1, len(df) + 1))
    return df


def _amz_years(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Time"], unit="s").dt.year.value_counts()


def _amz_top_product(d: pd.DataFrame) -> str:
    return str(d["ProductId"].value_counts().index[0])


def _helpful(how: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        voted = d[d["HelpfulnessDenominator"] > 0]
        if how == "mean":
            return float((voted["HelpfulnessNumerator"] / voted["HelpfulnessDenominator"]).mean())
        return float(voted["HelpfulnessNumerator"].sum() / voted["HelpfulnessDenominator"].sum())

    return value


_AMAZON_QS = [
    Q(
        "whats the average review score?",
        has(lambda d: float(d["Score"].mean()), rel=0.003),
        ("Score",),
    ),
    Q(
        "what % of reviews are 5 stars",
        _share(lambda d: float((d["Score"] == 5).mean())),
        ("Score",),
    ),
    Q(
        "plot the number of reviews per year - which year had the most?",
        both(_year_word(lambda d: int(_amz_years(d).index[0])), has(lambda d: float(_amz_years(d).iloc[0]))),
        ("Time", "Id"),
    ),
    Q(
        "which product got the most reviews, and whats its avg score?",
        both(
            label_of(_amz_top_product),
            has(lambda d: float(d["ProductId"].value_counts().iloc[0])),
            has(lambda d: float(d.loc[d["ProductId"] == _amz_top_product(d), "Score"].mean()), rel=0.003),
        ),
        ("ProductId", "Score", "Id"),
    ),
    Q(
        "for reviews where at least one person voted on helpfulness, whats the avg helpful %?",
        either(_share(_helpful("mean")), _share(_helpful("pooled"))),
        ("HelpfulnessNumerator", "HelpfulnessDenominator"),
    ),
    Q(
        "do longer reviews get lower scores? corr between review length in words and score",
        _corr(lambda d: d["Text"].astype(str).str.split().str.len(), lambda d: d["Score"]),
        ("Text", "Score"),
    ),
]


# --- 7. A UK car-hire company's rental agreements (invented) -------------------------------------------------------

_RA_BRANCHES = {  # branch: (code, weight, rate factor)
    "London Heathrow T5": ("LHR", 28, 1.15),
    "Manchester Airport": ("MAN", 20, 1.0),
    "Edinburgh Airport": ("EDI", 14, 1.05),
    "Birmingham New Street": ("BHX", 13, 0.95),
    "Glasgow Central": ("GLA", 10, 0.92),
    "Bristol Temple Meads": ("BRS", 9, 0.97),
}
_RA_CARS = {  # ACRISS code: (weight, base daily rate GBP)
    "MBMR": (6, 27.0),
    "ECMR": (16, 31.0),
    "EDAR": (4, 35.0),
    "CDMR": (20, 37.0),
    "CDAR": (4, 41.0),
    "IDAR": (13, 45.0),
    "SDAR": (8, 52.0),
    "FDAR": (5, 60.0),
    "IFAR": (8, 55.0),
    "SFAR": (6, 66.0),
    "PDAR": (4, 86.0),
    "PFAR": (3, 98.0),
    "LDAR": (2, 125.0),
    "FVMR": (3, 78.0),
}
_RA_MONTHS = [0.7, 0.7, 0.85, 1.0, 1.05, 1.15, 1.35, 1.45, 1.0, 0.9, 0.75, 0.95]
_RA_SEASON = [0.9, 0.88, 0.95, 1.0, 1.02, 1.1, 1.28, 1.32, 1.0, 0.95, 0.92, 1.12]
_RA_CHANNELS = {"Direct Web": (38, 1.0), "Broker": (27, 0.9), "Corporate": (15, 0.85), "Walk-in": (12, 1.12)}
_RA_CHANNELS["Phone"] = (8, 1.0)


def _ra_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2807)
    n = 2600
    days = pd.date_range("2023-01-01", "2024-06-30")
    dw = np.array([_RA_MONTHS[d.month - 1] * (1 + 0.1 * (d - days[0]).days / 365) for d in days])
    branches, cars, channels = list(_RA_BRANCHES), list(_RA_CARS), list(_RA_CHANNELS)
    rows = []
    for _ in range(n):
        branch = str(_one(rng, branches, [v[1] for v in _RA_BRANCHES.values()]))
        code, _w, branch_rate = _RA_BRANCHES[branch]
        car = str(_one(rng, cars, [v[0] for v in _RA_CARS.values()]))
        channel = str(_one(rng, channels, [v[0] for v in _RA_CHANNELS.values()]))
        day = pd.Timestamp(days[int(rng.choice(len(days), p=dw / dw.sum()))])
        pickup = day + pd.Timedelta(hours=int(rng.integers(7, 21)), minutes=int(_one(rng, [0, 15, 30, 45])))
        length = int(rng.integers(1, 4)) if channel == "Corporate" else 1 + int(rng.poisson(3.4))
        back = pickup + pd.Timedelta(days=length, minutes=int(rng.integers(-150, 40)))
        rate = round(
            _RA_CARS[car][1]
            * branch_rate
            * _RA_SEASON[day.month - 1]
            * _RA_CHANNELS[channel][1]
            * float(rng.lognormal(0, 0.08)),
            2,
        )
        extras = 0.0
        if rng.random() < 0.45:
            extras += 14.99 * length
        if rng.random() < 0.12:
            extras += 9.5 * length
        if rng.random() < 0.1:
            extras += 12.0 * length
        if rng.random() < 0.15:
            extras += 35.0  # one-way or out-of-hours fee
        age = int(np.clip(round(rng.normal(44, 13)), 21, 82))
        if rng.random() < 0.09:
            age = int(rng.integers(21, 25))
        odo_out = int(rng.integers(1500, 48000))
        miles = int(rng.lognormal(np.log(62 * length**0.8), 0.55))
        damaged = rng.random() < 0.035 + (0.06 if age < 25 else 0.0) + (0.03 if car == "FVMR" else 0.0)
        rows.append(
            {
                "Pickup Branch": branch,
                "Channel": channel,
                "Pickup": f"{pickup:%d/%m/%Y %H:%M}",
                "Return": f"{back:%d/%m/%Y %H:%M}",
                "ACRISS": car,
                "Days": length,
                "Daily Rate (£)": rate,
                "Extras (£)": round(extras, 2),
                "Total (£)": round(rate * length + extras, 2),
                "Odometer Out (mi)": odo_out,
                "Odometer In (mi)": odo_out + miles if rng.random() > 0.02 else None,
                "Fuel Out": "8/8",
                "Fuel In": str(_one(rng, ["8/8", "7/8", "6/8", "4/8", "2/8"], [80, 8, 5, 4, 3])),
                "Damage": "Y" if damaged else "N",
                "Driver Age": age,
                "Loyalty Tier": _one(rng, [None, "Silver", "Gold", "Platinum"], [58, 24, 13, 5]),
                "_code": code,
                "_start": pickup,
            }
        )
    df = pd.DataFrame(rows).sort_values("_start", kind="stable", ignore_index=True)
    df.insert(0, "Agreement No", [f"{c}-{230000 + i:06d}" for i, c in enumerate(df["_code"])])
    df["Odometer In (mi)"] = df["Odometer In (mi)"].astype("Int64")
    return df.drop(columns=["_code", "_start"])


def _ra_month(col: str) -> Callable[[pd.DataFrame], pd.Series]:
    def totals(d: pd.DataFrame) -> pd.Series:
        month = pd.to_datetime(d[col], format="%d/%m/%Y %H:%M").dt.to_period("M")
        return d["Total (£)"].groupby(month).sum().sort_values(ascending=False)

    return totals


def _ra_best_month(col: str) -> Check:
    """The month with the most revenue, dated by pickup or by return, and its total."""
    return both(
        _period_label(lambda d: _ra_month(col)(d).index[0]),
        has(lambda d: float(_ra_month(col)(d).iloc[0])),
    )


def _ra_rate(d: pd.DataFrame) -> np.ndarray:
    cls = d["ACRISS"].astype(str).str[0]
    return np.asarray(d["Daily Rate (£)"].groupby(cls).mean().reindex(["E", "P"]), dtype=float)


def _damaged(d: pd.DataFrame) -> pd.Series:
    return d["Damage"].astype(str).str.strip().str.upper() == "Y"


def _ra_branches(d: pd.DataFrame) -> pd.Series:
    return d["Total (£)"].groupby(d["Pickup Branch"]).sum().sort_values(ascending=False)


_RENTAL_QS = [
    Q(
        "plot monthly revenue and tell me which month was the best and how much we took",
        either(_ra_best_month("Pickup"), _ra_best_month("Return")),
        ("Total (£)", "Pickup", "Return", "Daily Rate (£)", "Days", "Extras (£)"),
    ),
    Q(
        "whats the avg daily rate for economy vs premium cars",
        has(_ra_rate),
        ("Daily Rate (£)", "ACRISS"),
    ),
    Q(
        "on average how many miles does a rental do",
        _about(lambda d: float((d["Odometer In (mi)"] - d["Odometer Out (mi)"]).mean())),
        ("Odometer In (mi)", "Odometer Out (mi)", "Days"),
    ),
    Q(
        "what % of cars came back damaged?",
        _share(lambda d: float(_damaged(d).mean())),
        ("Damage",),
    ),
    Q(
        "and for drivers under 25?",
        _share(lambda d: float(_damaged(d)[d["Driver Age"] < 25].mean())),
        ("Damage", "Driver Age"),
    ),
    Q(
        "which branch brings in the most money",
        both(label_of(lambda d: str(_ra_branches(d).index[0])), has(lambda d: float(_ra_branches(d).iloc[0]))),
        ("Pickup Branch", "Total (£)"),
    ),
]


HELDOUT28: list[Dataset] = [
    Dataset("fifa19_players", _fifa_frame, _FIFA_QS),
    Dataset("diamonds", _diamonds_frame, _DIAMOND_QS),
    Dataset("california_housing", _housing_frame, _HOUSING_QS),
    Dataset("who_life_expectancy", _who_frame, _WHO_QS),
    Dataset("breast_cancer_wisconsin", _wdbc_frame, _WDBC_QS),
    Dataset("amazon_food_reviews", _amazon_frame, _AMAZON_QS),
    Dataset("car_hire_agreements", _ra_frame, _RENTAL_QS),
]
