"""HELDOUT23: a blind held-out set of seven datasets and 42 questions.

Written without reading the analyst, and measured before any fix it prompts. Four frames copy the column layout of
well-known public datasets (Kaggle's Lichess "Chess Game Dataset" games.csv with its epoch-millisecond timestamps,
the OSMI Mental Health in Tech Survey 2014 survey.csv with its free-text Gender and junk ages, Seattle's 2016 Building
Energy Benchmarking file with its unit-suffixed headers and mixed-case neighborhoods, TidyTuesday's Himalayan
expeditions.csv); three are invented but realistic tables (a council's Freedom of Information request log, a dairy
herd's monthly milk recording, a consultancy's timesheet export). All are generated with a fixed seed.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from .offline_eval import Check, Dataset, Q, asks, both, either, has, label_of, words
from .offline_eval import corr_of as _corr
from .offline_eval import rounded_share as _share
from .offline_eval import rounded_shares as _shares

# --- shared helpers ------------------------------------------------------------------------------------------------


def _col(name: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: pd.to_numeric(d[name], errors="coerce")


def _labels(values: Callable[[pd.DataFrame], list[str]]) -> Check:
    """Every label computed from the frame appears."""
    return lambda answer, df: words(*values(df))(answer, df)


def _split(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


def _pick(rng: np.random.Generator, options: list[Any], p: Sequence[float], n: int) -> np.ndarray:
    w = np.asarray(p, dtype=float)
    return rng.choice(np.asarray(options, dtype=object), size=n, p=w / w.sum())


def _month_label(month: Callable[[pd.DataFrame], int]) -> Check:
    """A calendar month of the year, as "May" / "May 2024" or numbered ("2024-05")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        m = int(month(df))
        stamp = pd.Timestamp(2024, m, 1)
        return either(
            lambda a, _d: None if re.search(rf"\b(?:{stamp:%B}|{stamp:%b})\b", a, re.IGNORECASE) else "no month",
            words(f"2024-{m:02d}"),
        )(answer, df)

    return check


def _dmy(d: pd.DataFrame, col: str) -> pd.Series:
    return pd.to_datetime(d[col], format="%d/%m/%Y")


# --- 1. Lichess games (Kaggle "Chess Game Dataset (Lichess)" games.csv) --------------------------------------------

# eco, opening_name, opening_ply, weight, lean (+: favoured by stronger players)
_OPENINGS: list[tuple[str, str, int, float, float]] = [
    ("A00", "Van't Kruijs Opening", 1, 6.0, -1.0),
    ("C20", "King's Pawn Game: Wayward Queen Attack", 3, 3.6, -1.2),
    ("B01", "Scandinavian Defense: Mieses-Kotroc Variation", 4, 4.4, -0.4),
    ("C00", "French Defense: Knight Variation", 3, 4.0, 0.0),
    ("D00", "Queen's Pawn Game: Mason Attack", 3, 3.5, -0.2),
    ("B20", "Sicilian Defense: Bowdler Attack", 3, 3.2, 0.1),
    ("A40", "Horwitz Defense", 2, 2.9, 0.0),
    ("C50", "Italian Game: Anti-Fried Liver Defense", 6, 2.7, -0.3),
    ("C41", "Philidor Defense #3", 4, 2.5, -0.2),
    ("C45", "Scotch Game", 5, 2.4, 0.2),
    ("D00", "Queen's Pawn Game: Chigorin Variation", 4, 2.3, 0.0),
    ("B10", "Caro-Kann Defense", 2, 2.2, 0.5),
    ("A45", "Indian Game", 2, 2.1, 0.3),
    ("A10", "English Opening", 1, 1.9, 0.8),
    ("C78", "Ruy Lopez: Morphy Defense", 7, 1.8, 0.8),
    ("D30", "Queen's Gambit Declined", 4, 1.7, 0.9),
    ("B00", "Owen Defense", 2, 1.4, -0.6),
    ("B90", "Sicilian Defense: Najdorf Variation", 10, 1.1, 1.4),
    ("C42", "Russian Game: Classical Attack", 5, 1.0, 0.7),
    ("C44", "King's Pawn Game: Tayler Opening", 5, 0.9, -0.3),
]
_INCREMENTS = {
    "10+0": 30.0,
    "15+0": 6.0,
    "15+15": 5.0,
    "20+0": 5.0,
    "10+5": 5.0,
    "15+10": 4.0,
    "30+0": 4.0,
    "10+10": 3.5,
    "8+0": 3.0,
    "5+5": 3.0,
    "15+2": 3.0,
    "5+8": 2.5,
    "7+2": 2.0,
    "25+0": 2.0,
    "45+45": 1.5,
    "180+0": 0.8,
}
_SAN = _split(
    "e4 e5 Nf3 Nc6 d4 exd4 Nxd4 Nf6 Nc3 Bb4 Bd3 d5 exd5 Qxd5 O-O Be7 Re1 c6 Bf4 Bg4 h3 Bh5 Qe2 Qd7 a3 Ba5 b4 Bb6 "
    "Rad1 Rfe8 g4 Bg6 Kh2 h6 Nb5 cxb5 Bxb5 Qc7 c4 a6 Rd3 Rac8 f3 Nh5 Bg3 Nxg3 Kxg3 Qe5+ Kg2 Rxc4 Bxf7+ Kf8 Rxe8+ "
    "Kxe8 Qxd7+ Kxd7 Ne5+ Kc7 b5 axb5 Rc1 g5 f4 gxf4 Kf3 Ke6 h4 Kd5 Rc8 Rb8 a4 bxa4"
)
_HANDLE_A = _split(
    "dark swift silent lazy mighty lucky grumpy clever sneaky brave royal iron golden frozen wild tiny crazy "
    "rapid sleepy bold quiet"
)
_HANDLE_B = _split(
    "knight rook pawn bishop gambit castle blitz endgame zugzwang fianchetto queen king tactic sicilian "
    "caro dragon najdorf patzer grinder"
)


def _chess_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2301)
    n = 2000
    handles: list[str] = []
    seen: set[str] = set()
    while len(handles) < 650:
        a, b = str(rng.choice(_HANDLE_A)), str(rng.choice(_HANDLE_B))
        sep = str(rng.choice(["", "_", "-", ""]))
        tail = str(rng.integers(1, 2000)) if rng.random() < 0.7 else ""
        h = f"{a}{sep}{b}{tail}"
        if h not in seen:
            seen.add(h)
            handles.append(h)
    strength = np.clip(rng.normal(1595, 285, len(handles)), 784, 2650)
    activity = rng.pareto(1.6, len(handles)) + 0.2
    activity /= activity.sum()
    codes = list(_INCREMENTS)
    code_w = np.array(list(_INCREMENTS.values()))
    day0 = pd.Timestamp("2013-08-01")
    days = pd.date_range(day0, "2017-09-01", freq="D")
    day_w = np.exp(0.0022 * np.arange(len(days)))
    alphabet = list(string.ascii_letters + string.digits)
    rows = []
    for _ in range(n):
        w, b = rng.choice(len(handles), size=2, replace=False, p=activity)
        wr = int(np.round(strength[w] + rng.normal(0, 35)))
        br = int(np.round(strength[b] + rng.normal(0, 35)))
        diff = wr - br
        mean_r = (wr + br) / 2
        p_draw = 0.03 + 0.04 * np.exp(-abs(diff) / 150) * (1 + max(mean_r - 1500, 0) / 800)
        if rng.random() < p_draw:
            winner = "draw"
            status = "draw" if rng.random() < 0.9 else "outoftime"
        else:
            p_white = 1 / (1 + 10 ** (-(diff + 35) / 400))
            winner = "white" if rng.random() < p_white else "black"
            status = str(rng.choice(["resign", "mate", "outoftime"], p=[0.58, 0.33, 0.09]))
        base_turns = {"draw": 88.0, "resign": 57.0, "mate": 63.0, "outoftime": 76.0}[status]
        turns = int(np.clip(np.round(base_turns * np.exp(-abs(diff) / 900) * rng.lognormal(0, 0.42)), 1, 349))
        ow = np.array([o[3] * np.exp(o[4] * (mean_r - 1600) / 300) for o in _OPENINGS])
        eco, opening, ply, _w, _lean = _OPENINGS[int(rng.choice(len(_OPENINGS), p=ow / ow.sum()))]
        ply = min(ply + int(rng.integers(0, 2)), turns) if turns > 1 else 1
        code = str(rng.choice(codes, p=code_w / code_w.sum()))
        base_min, inc = (int(x) for x in code.split("+"))
        per_ply = min(base_min * 60 / 40 * rng.lognormal(0, 0.3) + inc * 0.8, 2 * base_min * 60 / max(turns, 1) + inc)
        secs = turns * per_ply if status != "outoftime" else 2 * base_min * 60 * rng.uniform(0.9, 1.0) + turns * inc
        day = pd.Timestamp(rng.choice(days.to_numpy(), p=day_w / day_w.sum()))
        created = float(day.value // 10**6 + int(rng.integers(0, 86_400_000)))
        last = created if rng.random() < 0.09 else created + float(np.round(secs * 1000))
        moves = [str(rng.choice(_SAN)) for _ in range(turns)]
        if status == "mate":
            moves[-1] = moves[-1].rstrip("+") + "#"
        rows.append(
            {
                "id": "".join(rng.choice(alphabet, size=8)),
                "rated": bool(rng.random() < 0.805),
                "created_at": created,
                "last_move_at": last,
                "turns": turns,
                "victory_status": status,
                "winner": winner,
                "increment_code": code,
                "white_id": handles[w],
                "white_rating": wr,
                "black_id": handles[b],
                "black_rating": br,
                "moves": " ".join(moves),
                "opening_eco": eco,
                "opening_name": opening,
                "opening_ply": ply,
            }
        )
    return pd.DataFrame(rows)


def _wins(d: pd.DataFrame) -> list[float]:
    return [float((d["winner"] == "white").mean()), float((d["winner"] == "black").mean())]


def _rated(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["rated"].astype(str).str.lower() == "true"]


def _minutes(d: pd.DataFrame, skip_zero: bool) -> float:
    m = (d["last_move_at"] - d["created_at"]) / 60_000
    return float(m[m > 0].mean() if skip_zero else m.mean())


def _endings(d: pd.DataFrame) -> pd.Series:
    return d["victory_status"].value_counts()


def _gap(signed: bool) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: (
        (d["white_rating"] - d["black_rating"]) if signed else (d["white_rating"] - d["black_rating"]).abs()
    )


_CHESS_QS = [
    Q(
        "how often does white win vs black? as a %",
        _shares(_wins),
        ("winner",),
    ),
    Q(
        "and just in rated games?",
        _shares(lambda d: _wins(_rated(d))),
        ("winner", "rated"),
    ),
    Q(
        "What are the 5 most played openings?",
        _labels(lambda d: list(d["opening_name"].value_counts().index[:5])),
        ("opening_name", "opening_eco"),
    ),
    Q(
        "how do games usually end - resignation, checkmate, running out of time?",
        either(
            _shares(lambda d: (_endings(d) / len(d)).loc[["resign", "mate", "outoftime"]].to_numpy()),
            has(lambda d: _endings(d).loc[["resign", "mate", "outoftime"]].to_numpy(float)),
        ),
        ("victory_status",),
    ),
    Q(
        "Is the rating gap between the two players related to how many turns the game lasts?",
        either(_corr(_gap(False), _col("turns")), _corr(_gap(True), _col("turns"))),
        ("white_rating", "black_rating", "turns"),
    ),
    Q(
        "on avg how many mins does a game take?",
        either(has(lambda d: _minutes(d, False), rel=0.01), has(lambda d: _minutes(d, True), rel=0.01)),
        ("created_at", "last_move_at"),
    ),
]


# --- 2. OSMI Mental Health in Tech Survey 2014 (survey.csv) --------------------------------------------------------

# the free-text answers as typed, with counts (the rest are "Male")
_GENDER_TEXT = {
    "male": 205,
    "Female": 121,
    "M": 116,
    "female": 62,
    "F": 38,
    "m": 34,
    "f": 15,
    "Make": 4,
    "Male ": 3,
    "Woman": 3,
    "Man": 2,
    "Cis Male": 2,
    "Female ": 2,
    "Female (trans)": 2,
    "woman": 1,
    "Trans-female": 1,
    "Trans woman": 1,
    "cis-female/femme": 1,
    "Female (cis)": 1,
    "Cis Female": 1,
    "Femake": 1,
    "femail": 1,
    "Male (CIS)": 1,
    "cis male": 1,
    "Cis Man": 1,
    "Mal": 1,
    "maile": 1,
    "Malr": 1,
    "msle": 1,
    "Mail": 1,
    "Male-ish": 1,
    "something kinda male?": 1,
    "Guy (-ish) ^_^": 1,
    "ostensibly male, unsure what that really means": 1,
    "male leaning androgynous": 1,
    "queer/she/they": 1,
    "non-binary": 1,
    "Genderqueer": 1,
    "Androgyne": 1,
    "Agender": 1,
    "Enby": 1,
    "fluid": 1,
    "Neuter": 1,
    "queer": 1,
    "Nah": 1,
    "All": 1,
    "A little about you": 1,
    "p": 1,
}
_WOMEN = {"female", "f", "woman", "female (cis)", "cis female", "cis-female/femme", "femake", "femail"}
_TRANS_WOMEN = {"female (trans)", "trans-female", "trans woman"}
_MEN = {"male", "m", "man", "make", "cis male", "male (cis)", "cis man", "mal", "maile", "malr", "msle", "mail"}
_COUNTRIES = {
    "United Kingdom": 186,
    "Canada": 73,
    "Germany": 46,
    "Ireland": 31,
    "Netherlands": 25,
    "Australia": 21,
    "France": 13,
    "India": 10,
    "New Zealand": 8,
    "Sweden": 7,
    "Poland": 7,
    "Switzerland": 7,
    "Italy": 7,
    "Brazil": 6,
    "South Africa": 6,
    "Belgium": 6,
    "Israel": 5,
    "Singapore": 4,
    "Bulgaria": 4,
    "Mexico": 3,
    "Finland": 3,
    "Russia": 3,
    "Austria": 3,
    "Denmark": 2,
    "Portugal": 2,
    "Croatia": 2,
    "Greece": 2,
    "Colombia": 2,
    "Spain": 1,
    "Norway": 1,
    "Japan": 1,
}
_STATES = ["CA", "WA", "NY", "TN", "TX", "OH", "IL", "OR", "PA", "IN", "MI", "MN", "MA", "FL", "NC", "VA", "WI", "GA"]
_STATE_W = [138, 70, 57, 45, 44, 30, 29, 29, 29, 27, 22, 21, 20, 15, 14, 14, 12, 12]
_SIZES = ["1-5", "6-25", "26-100", "100-500", "500-1000", "More than 1000"]
_BENEFIT_YES = {"1-5": 0.08, "6-25": 0.18, "26-100": 0.31, "100-500": 0.5, "500-1000": 0.58, "More than 1000": 0.66}
_OSMI_COMMENTS = [
    "I'm not on my company's health insurance which could be part of the reason I answered Don't know.",
    "My company is very small so some of these questions don't apply.",
    "I have chronic depression and my manager has been great about it.",
    "Mental health is still a taboo in my office, nobody talks about it.",
    "We do have an employee assistance program but no one uses it.",
    "I'm self employed, so answers about employer are not really relevant.",
    "Our HR department is one person.",
    "I would never bring it up in an interview.",
]


def _osmi_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2302)
    n = 1259
    typed = [g for g, k in _GENDER_TEXT.items() for _ in range(k)]
    genders = rng.permutation(np.asarray(typed + ["Male"] * (n - len(typed)), dtype=object))
    countries = [c for c, k in _COUNTRIES.items() for _ in range(k)]
    country = rng.permutation(np.asarray(countries + ["United States"] * (n - len(countries)), dtype=object))
    low = np.array([str(g).strip().lower() for g in genders])
    woman = np.isin(low, list(_WOMEN | _TRANS_WOMEN))
    age = np.clip(np.round(18 + rng.gamma(4.0, 3.5, n)), 18, 72).astype(np.int64)
    junk = rng.choice(n, size=8, replace=False)
    age[junk] = [-29, -1726, 329, 99999999999, 5, 8, 11, -1]
    start = pd.Timestamp("2014-08-27 11:29:00")
    burst = start + pd.to_timedelta(rng.gamma(1.2, 30.0, n), unit="h")
    late = pd.Timestamp("2014-09-15") + pd.to_timedelta(rng.uniform(0, 520, n), unit="D")
    stamp = np.where(rng.random(n) < 0.9, burst, late)
    stamp = pd.DatetimeIndex(np.sort(stamp)).round("s")
    family = np.where(rng.random(n) < 0.39, "Yes", "No")
    p_treat = np.where(family == "Yes", 0.72, 0.36) + np.where(woman, 0.17, 0.0)
    treatment = np.where(rng.random(n) < np.clip(p_treat, 0, 0.95), "Yes", "No")
    interfere = np.where(
        treatment == "Yes",
        _pick(rng, ["Sometimes", "Often", "Rarely", "Never", "NA"], [45, 22, 20, 4, 9], n),
        _pick(rng, ["NA", "Never", "Rarely", "Sometimes", "Often"], [40, 30, 13, 15, 2], n),
    )
    size = _pick(rng, _SIZES, [12.5, 23, 23, 14, 4.8, 22.5], n)
    p_yes = pd.Series(size).map(_BENEFIT_YES).to_numpy(float)
    u = rng.random(n)
    benefits = np.where(u < p_yes, "Yes", np.where(u < p_yes + (1 - p_yes) * 0.45, "Don't know", "No"))
    big = np.isin(size, ["100-500", "500-1000", "More than 1000"])
    us = country == "United States"
    state = np.where(us, _pick(rng, _STATES, _STATE_W, n), "NA")
    state[us & (rng.random(n) < 0.01)] = "NA"
    self_emp = np.where(rng.random(n) < 0.115, "Yes", "No").astype(object)
    self_emp[:18] = "NA"

    def answer3(opts: list[str], p: list[float]) -> np.ndarray:
        return _pick(rng, opts, p, n)

    comments = np.where(rng.random(n) < 0.13, _pick(rng, _OSMI_COMMENTS, [1] * len(_OSMI_COMMENTS), n), "NA")
    return pd.DataFrame(
        {
            "Timestamp": stamp.strftime("%Y-%m-%d %H:%M:%S"),
            "Age": age,
            "Gender": genders,
            "Country": country,
            "state": state,
            "self_employed": self_emp,
            "family_history": family,
            "treatment": treatment,
            "work_interfere": interfere,
            "no_employees": size,
            "remote_work": np.where(rng.random(n) < np.where(big, 0.22, 0.36), "Yes", "No"),
            "tech_company": np.where(rng.random(n) < 0.82, "Yes", "No"),
            "benefits": benefits,
            "care_options": np.where(
                benefits == "Yes",
                answer3(["Yes", "Not sure", "No"], [60, 25, 15]),
                answer3(["No", "Not sure", "Yes"], [55, 35, 10]),
            ),
            "wellness_program": np.where(big, answer3(["No", "Yes", "Don't know"], [55, 28, 17]), "No"),
            "seek_help": answer3(["No", "Don't know", "Yes"], [51, 29, 20]),
            "anonymity": answer3(["Don't know", "Yes", "No"], [65, 29, 6]),
            "leave": answer3(
                ["Don't know", "Somewhat easy", "Very easy", "Somewhat difficult", "Very difficult"],
                [45, 21, 16, 10, 8],
            ),
            "mental_health_consequence": answer3(["No", "Maybe", "Yes"], [39, 38, 23]),
            "phys_health_consequence": answer3(["No", "Maybe", "Yes"], [73, 22, 5]),
            "coworkers": answer3(["Some of them", "No", "Yes"], [62, 21, 17]),
            "supervisor": answer3(["Yes", "No", "Some of them"], [41, 31, 28]),
            "mental_health_interview": answer3(["No", "Maybe", "Yes"], [80, 17, 3]),
            "phys_health_interview": answer3(["Maybe", "No", "Yes"], [44, 40, 16]),
            "mental_vs_physical": answer3(["Don't know", "Yes", "No"], [46, 27, 27]),
            "obs_consequence": np.where(rng.random(n) < 0.146, "Yes", "No"),
            "comments": comments,
        }
    )


def _treated(d: pd.DataFrame) -> pd.Series:
    return d["treatment"] == "Yes"


def _ages(d: pd.DataFrame) -> pd.Series:
    a = pd.to_numeric(d["Age"], errors="coerce")
    return a[(a >= 15) & (a <= 100)]


def _women_share(trans: bool, of_known: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        g = d["Gender"].astype(str).str.strip().str.lower()
        women = g.isin(_WOMEN | (_TRANS_WOMEN if trans else set()))
        known = women | g.isin(_MEN | _TRANS_WOMEN)
        return float(women.sum() / (known.sum() if of_known else len(d)))

    return value


def _benefit_rates(of_answered: bool) -> Callable[[pd.DataFrame], np.ndarray]:
    def value(d: pd.DataFrame) -> np.ndarray:
        pool = d[d["benefits"].isin(["Yes", "No"])] if of_answered else d
        return np.asarray((pool["benefits"] == "Yes").groupby(pool["no_employees"]).mean(), dtype=float)

    return value


_OSMI_QS = [
    Q(
        "what % of respondents have sought treatment for a mental health condition?",
        _share(lambda d: float(_treated(d).mean())),
        ("treatment",),
    ),
    Q(
        "is that higher for people with a family history of mental illness?",
        _shares(lambda d: _treated(d).groupby(d["family_history"]).mean().to_numpy()),
        ("treatment", "family_history"),
    ),
    Q(
        "What's the typical age of the people who answered? a few of the ages are obviously junk",
        either(
            has(lambda d: float(pd.to_numeric(d["Age"], errors="coerce").median())),
            has(lambda d: float(_ages(d).median())),
            has(lambda d: float(_ages(d).mean()), rel=0.01),
        ),
        ("Age",),
    ),
    Q(
        "which 5 countries have the most respondents",
        _labels(lambda d: list(d["Country"].value_counts().index[:5])),
        ("Country",),
    ),
    Q(
        "does company size make a difference to whether people get mental health benefits? % yes by size pls",
        either(_shares(_benefit_rates(False)), _shares(_benefit_rates(True))),
        ("benefits", "no_employees"),
    ),
    Q(
        "roughly what proportion of respondents are women? the gender field is a free-text mess",
        either(*(_share(_women_share(t, k)) for t in (True, False) for k in (True, False))),
        ("Gender",),
    ),
]


# --- 3. Seattle 2016 Building Energy Benchmarking (data.seattle.gov) -----------------------------------------------

# primary type: building type, weight, site EUI, median GFA, floors (lo, hi), gas share, largest use, has score
_SEA_TYPES: dict[str, tuple[str, float, float, float, tuple[int, int], float, str, bool]] = {
    "Low-Rise Multifamily": ("Multifamily LR (1-4)", 28.0, 38.0, 32000, (2, 4), 0.2, "Multifamily Housing", True),
    "Mid-Rise Multifamily": ("Multifamily MR (5-9)", 16.0, 42.0, 72000, (5, 9), 0.22, "Multifamily Housing", True),
    "High-Rise Multifamily": ("Multifamily HR (10+)", 3.5, 48.0, 240000, (10, 41), 0.25, "Multifamily Housing", True),
    "Small- and Mid-Sized Office": ("NonResidential", 8.5, 61.0, 45000, (1, 8), 0.25, "Office", True),
    "Large Office": ("NonResidential", 5.5, 72.0, 330000, (8, 62), 0.2, "Office", True),
    "Other": ("NonResidential", 7.0, 82.0, 60000, (1, 6), 0.35, "Other", False),
    "Warehouse": ("NonResidential", 5.5, 31.0, 62000, (1, 3), 0.45, "Non-Refrigerated Warehouse", True),
    "K-12 School": ("SPS-District K-12", 4.0, 49.0, 70000, (1, 4), 0.55, "K-12 School", True),
    "Mixed Use Property": ("NonResidential", 3.9, 70.0, 110000, (2, 20), 0.3, "Office", False),
    "Retail Store": ("NonResidential", 2.7, 58.0, 55000, (1, 3), 0.25, "Retail Store", True),
    "Hotel": ("NonResidential", 2.2, 96.0, 160000, (3, 30), 0.5, "Hotel", True),
    "Worship Facility": ("NonResidential", 2.1, 36.0, 38000, (1, 3), 0.6, "Worship Facility", True),
    "Distribution Center": ("NonResidential", 1.6, 29.0, 90000, (1, 2), 0.45, "Distribution Center", True),
    "Senior Care Community": ("NonResidential", 1.3, 104.0, 110000, (2, 9), 0.45, "Senior Care Community", True),
    "Medical Office": ("NonResidential", 1.2, 112.0, 70000, (1, 8), 0.3, "Medical Office", True),
    "Supermarket / Grocery Store": (
        "NonResidential",
        1.2,
        236.0,
        48000,
        (1, 2),
        0.3,
        "Supermarket/Grocery Store",
        True,
    ),
    "Self-Storage Facility": ("NonResidential", 0.8, 18.0, 70000, (1, 4), 0.1, "Self-Storage Facility", False),
    "University": ("Campus", 0.7, 140.0, 480000, (2, 12), 0.5, "College/University", False),
    "Residence Hall": ("NonResidential", 0.6, 64.0, 90000, (3, 12), 0.4, "Residence Hall/Dormitory", True),
    "Refrigerated Warehouse": ("NonResidential", 0.4, 108.0, 80000, (1, 2), 0.1, "Refrigerated Warehouse", False),
    "Restaurant": ("NonResidential", 0.4, 205.0, 24000, (1, 2), 0.65, "Restaurant", False),
    "Hospital": ("NonResidential", 0.35, 330.0, 550000, (4, 14), 0.55, "Hospital (General Medical & Surgical)", True),
    "Laboratory": ("NonResidential", 0.35, 225.0, 120000, (2, 6), 0.4, "Laboratory", False),
    "Office": ("NonResidential", 0.15, 65.0, 60000, (1, 6), 0.25, "Office", True),
}
# canonical neighborhood: weight, zips, council district, lat, lon
_SEA_HOODS: dict[str, tuple[float, list[int], int, float, float]] = {
    "DOWNTOWN": (15.0, [98101, 98104, 98121, 98154], 7, 47.608, -122.335),
    "EAST": (12.0, [98122, 98102, 98112], 3, 47.615, -122.31),
    "MAGNOLIA / QUEEN ANNE": (12.0, [98109, 98119, 98199], 7, 47.637, -122.37),
    "GREATER DUWAMISH": (11.0, [98108, 98134, 98106], 2, 47.56, -122.33),
    "NORTHEAST": (8.5, [98105, 98115, 98125], 4, 47.67, -122.3),
    "LAKE UNION": (7.5, [98109, 98102, 98103], 4, 47.632, -122.34),
    "NORTHWEST": (6.5, [98117, 98133, 98177], 5, 47.7, -122.36),
    "SOUTHWEST": (5.0, [98126, 98136, 98116], 1, 47.55, -122.38),
    "NORTH": (4.5, [98133, 98125], 5, 47.71, -122.33),
    "BALLARD": (4.0, [98107, 98117], 6, 47.668, -122.385),
    "CENTRAL": (4.0, [98122, 98144], 3, 47.6, -122.3),
    "SOUTHEAST": (4.0, [98118, 98178], 2, 47.53, -122.27),
    "DELRIDGE": (2.5, [98106, 98126], 1, 47.54, -122.36),
}
# how a neighborhood is sometimes spelled in the file
_SEA_SPELLING = {
    "BALLARD": ("Ballard", 0.07),
    "NORTH": ("North", 0.06),
    "NORTHWEST": ("Northwest", 0.05),
    "CENTRAL": ("Central", 0.05),
    "DELRIDGE": ("Delridge", 0.05),
}
_SEA_STREETS = _split(
    "Pine St|Olive Way|1st Ave|4th Ave|Aurora Ave N|Rainier Ave S|NE 45th St|15th Ave NE|Westlake Ave N|Denny Way|"
    "Airport Way S|California Ave SW|Leary Way NW|E Madison St|Roosevelt Way NE|Elliott Ave W|Fairview Ave N|"
    "Broadway E|Delridge Way SW|Lake City Way NE|Market St NW|Union St|3rd Ave|S Jackson St",
    "|",
)
_SEA_WORDS = _split(
    "Cascade|Olympic|Rainier|Pioneer|Emerald|Harbor|Summit|Evergreen|Cedar|Madrona|Alki|Puget|Union|Westlake|"
    "Belltown|Fremont|Wallingford|Greenwood|Columbia|Sound|Pacific|Lakeview|Denny|Yesler",
    "|",
)
_SEA_SUFFIX = {
    "Multifamily Housing": ["Apartments", "APARTMENTS", "Lofts", "Condominiums", "Court"],
    "Office": ["Building", "Tower", "Plaza", "Center", "OFFICE BUILDING"],
    "K-12 School": ["Elementary", "Middle School", "High School"],
    "Hotel": ["Hotel", "Inn", "Suites"],
}


def _seattle_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2303)
    n = 1700
    types = list(_SEA_TYPES)
    tw = np.array([_SEA_TYPES[t][1] for t in types])
    ptype = rng.choice(np.asarray(types, dtype=object), size=n, p=tw / tw.sum())
    hoods = list(_SEA_HOODS)
    rows = []
    for i in range(n):
        t = str(ptype[i])
        btype, _w, eui_mu, gfa_mu, (f_lo, f_hi), gas, largest, scored = _SEA_TYPES[t]
        hw = np.array([_SEA_HOODS[h][0] for h in hoods])
        if t in ("Large Office", "Hotel", "High-Rise Multifamily", "Mixed Use Property"):
            hw[hoods.index("DOWNTOWN")] *= 5
        if t in ("Warehouse", "Distribution Center", "Refrigerated Warehouse"):
            hw[hoods.index("GREATER DUWAMISH")] *= 6
        if t in ("Hospital", "Medical Office"):
            hw[[hoods.index("EAST"), hoods.index("CENTRAL")]] *= 4
        hood = hoods[int(rng.choice(len(hoods), p=hw / hw.sum()))]
        _hw, zips, district, lat, lon = _SEA_HOODS[hood]
        spelled = hood
        if hood in _SEA_SPELLING and rng.random() < _SEA_SPELLING[hood][1]:
            spelled = _SEA_SPELLING[hood][0]
        if hood == "DELRIDGE" and rng.random() < 0.02:
            spelled = "DELRIDGE NEIGHBORHOODS"
        centre = {"Multifamily": 1965, "Office": 1978, "Warehouse": 1965, "K-12": 1955}
        mid = next((v for k, v in centre.items() if k in t), 1972)
        year = int(np.clip(np.round(rng.normal(mid, 26)), 1900, 2015))
        gfa = int(max(20000, np.round(gfa_mu * rng.lognormal(0, 0.55))))
        parking = int(np.round(gfa * rng.uniform(0.1, 0.35))) if rng.random() < 0.22 else 0
        building = gfa - parking
        floors = int(rng.integers(f_lo, f_hi + 1))
        eui = eui_mu * (1 + 0.0035 * (1985 - year)) * rng.lognormal(0, 0.33)
        eui = round(float(eui), 1) if rng.random() > 0.004 else 0.0
        gas_share = float(np.clip(gas + rng.normal(0, 0.12), 0, 0.9))
        steam_share = float(rng.uniform(0.2, 0.6)) if hood == "DOWNTOWN" and rng.random() < 0.12 else 0.0
        elec_share = max(0.0, 1 - gas_share - steam_share)
        if elec_share == 0.0:
            gas_share = 1 - steam_share
        site = eui * building
        wn = 1 + rng.normal(0.02, 0.01)
        source_eui = eui * (elec_share * 2.8 + gas_share * 1.05 + steam_share * 1.2)
        elec_kbtu = site * elec_share
        gas_kbtu = site * gas_share
        steam_kbtu = site * steam_share
        ghg = elec_kbtu * 0.00001537 + gas_kbtu * 0.00005311 + steam_kbtu * 0.00008456  # metric tons CO2e
        score: float = float("nan")
        if scored and rng.random() > 0.12 and eui > 0:
            score = float(np.clip(np.round(55 - 62 * np.log(eui / eui_mu) + rng.normal(0, 17)), 1, 100))
        uses = [largest]
        if parking:
            uses.append("Parking")
        second, second_gfa = ("Parking", float(parking)) if parking else (None, float("nan"))
        if rng.random() < 0.18 and largest != "Retail Store":
            extra = str(rng.choice(["Retail Store", "Office", "Restaurant"]))
            uses.append(extra)
            if second is None:
                second, second_gfa = extra, float(np.round(building * rng.uniform(0.05, 0.25)))
        words_ = _SEA_SUFFIX.get(largest, ["", "Building", "BLDG"])
        name = f"{rng.choice(_SEA_WORDS)} {rng.choice(words_)}".strip()
        if rng.random() < 0.3:
            name = name.upper()
        certified = str(rng.choice(["2016", "2015", "2014, 2015, 2016", "2016, 2013"])) if rng.random() < 0.04 else None
        u = rng.random()
        status = (
            "Compliant"
            if u < 0.955
            else "Error - Correct Default Data"
            if u < 0.988
            else "Non-Compliant"
            if u < 0.996
            else "Missing Data"
        )
        rows.append(
            {
                "DataYear": 2016,
                "BuildingType": btype,
                "PrimaryPropertyType": t,
                "PropertyName": name,
                "Address": f"{int(rng.integers(100, 9999))} {rng.choice(_SEA_STREETS)}",
                "City": "Seattle",
                "State": "WA",
                "ZipCode": float(rng.choice(zips)) if rng.random() > 0.005 else float("nan"),
                "TaxParcelIdentificationNumber": f"{int(rng.integers(10**9, 10**10 - 1))}",
                "CouncilDistrictCode": district,
                "Neighborhood": spelled,
                "Latitude": round(lat + rng.normal(0, 0.012), 5),
                "Longitude": round(lon + rng.normal(0, 0.012), 5),
                "YearBuilt": year,
                "NumberofBuildings": (
                    float(rng.integers(2, 30)) if btype == "Campus" else (0.0 if rng.random() < 0.01 else 1.0)
                ),
                "NumberofFloors": floors,
                "PropertyGFATotal": gfa,
                "PropertyGFAParking": parking,
                "PropertyGFABuilding(s)": building,
                "ListOfAllPropertyUseTypes": ", ".join(uses),
                "LargestPropertyUseType": largest,
                "LargestPropertyUseTypeGFA": float(np.round(building * rng.uniform(0.75, 1.0))),
                "SecondLargestPropertyUseType": second,
                "SecondLargestPropertyUseTypeGFA": second_gfa,
                "ThirdLargestPropertyUseType": None,
                "ThirdLargestPropertyUseTypeGFA": float("nan"),
                "YearsENERGYSTARCertified": certified,
                "ENERGYSTARScore": score,
                "SiteEUI(kBtu/sf)": eui,
                "SiteEUIWN(kBtu/sf)": round(eui * wn, 1),
                "SourceEUI(kBtu/sf)": round(source_eui, 1),
                "SourceEUIWN(kBtu/sf)": round(source_eui * wn, 1),
                "SiteEnergyUse(kBtu)": round(site, 1),
                "SiteEnergyUseWN(kBtu)": round(site * wn, 1),
                "SteamUse(kBtu)": round(steam_kbtu, 1),
                "Electricity(kWh)": round(elec_kbtu / 3.412, 1),
                "Electricity(kBtu)": round(elec_kbtu, 0),
                "NaturalGas(therms)": round(gas_kbtu / 100, 1),
                "NaturalGas(kBtu)": round(gas_kbtu, 0),
                "DefaultData": bool(status == "Error - Correct Default Data" or rng.random() < 0.005),
                "Comments": None,
                "ComplianceStatus": status,
                "Outlier": ("High outlier" if eui > 3 * eui_mu else "Low outlier") if rng.random() < 0.01 else None,
                "TotalGHGEmissions": round(ghg, 2),
                "GHGEmissionsIntensity": round(ghg * 1000 / gfa, 2),
            }
        )
    df = pd.DataFrame(rows)
    df.insert(0, "OSEBuildingID", np.sort(rng.choice(np.arange(1, 50_200), size=n, replace=False)))
    return df


_EUI = "SiteEUI(kBtu/sf)"
_SRC = "SourceEUI(kBtu/sf)"


def _type_eui(col: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: d.groupby("PrimaryPropertyType")[col].mean().sort_values(ascending=False)


def _top_eui(col: str) -> Check:
    """The property type with the highest mean EUI, and that mean."""
    means = _type_eui(col)
    return both(label_of(lambda d: str(means(d).index[0])), has(lambda d: float(means(d).iloc[0])))


def _hood_ghg(d: pd.DataFrame) -> pd.Series:
    return d.groupby("Neighborhood")["TotalGHGEmissions"].sum().sort_values(ascending=False)


_SEATTLE_QS = [
    Q(
        "which property type uses the most energy per square foot on average?",
        either(_top_eui(_EUI), _top_eui(_SRC)),
        ("PrimaryPropertyType", _EUI, "SiteEUIWN(kBtu/sf)", _SRC, "SourceEUIWN(kBtu/sf)", "LargestPropertyUseType"),
    ),
    Q(
        "whats the avg energy star score, and how many buildings don't have one?",
        has(lambda d: float(d["ENERGYSTARScore"].mean()), lambda d: float(d["ENERGYSTARScore"].isna().sum())),
        ("ENERGYSTARScore", "YearsENERGYSTARCertified"),
    ),
    Q(
        "Are older buildings less efficient? correlation between year built and site EUI",
        _corr(_col("YearBuilt"), _col(_EUI)),
        ("YearBuilt", _EUI, "SiteEUIWN(kBtu/sf)"),
    ),
    Q(
        "Which neighbourhood has the highest total greenhouse gas emissions?",
        both(label_of(lambda d: str(_hood_ghg(d).index[0])), has(lambda d: float(_hood_ghg(d).iloc[0]))),
        ("Neighborhood", "TotalGHGEmissions", "GHGEmissionsIntensity"),
    ),
    Q(
        "how many buildings are in Ballard?",
        has(lambda d: float(d["Neighborhood"].astype(str).str.strip().str.upper().eq("BALLARD").sum())),
        ("Neighborhood",),
    ),
    Q(
        "what's the average energy use?",
        either(asks("EUI", "EnergyUse"), asks("per square", "total"), asks("per sq", "total")),
        (
            _EUI,
            "SiteEUIWN(kBtu/sf)",
            _SRC,
            "SourceEUIWN(kBtu/sf)",
            "SiteEnergyUse(kBtu)",
            "SiteEnergyUseWN(kBtu)",
            "Electricity(kWh)",
            "Electricity(kBtu)",
            "NaturalGas(therms)",
            "NaturalGas(kBtu)",
            "SteamUse(kBtu)",
        ),
    ),
]


# --- 4. TidyTuesday Himalayan expeditions (2020-09-22 expeditions.csv) ---------------------------------------------

# peak_id: name, height, weight, success, P(oxygen) after 2000, days base camp to summit, spring share
_PEAKS: dict[str, tuple[str, int, float, float, float, float, float]] = {
    "EVER": ("Everest", 8850, 30.0, 0.42, 0.92, 38.0, 0.82),
    "AMAD": ("Ama Dablam", 6814, 19.0, 0.74, 0.02, 13.0, 0.3),
    "CHOY": ("Cho Oyu", 8188, 14.0, 0.55, 0.45, 24.0, 0.4),
    "MANA": ("Manaslu", 8163, 8.0, 0.5, 0.6, 26.0, 0.3),
    "LHOT": ("Lhotse", 8516, 4.0, 0.45, 0.75, 33.0, 0.85),
    "DHA1": ("Dhaulagiri I", 8167, 5.0, 0.32, 0.25, 30.0, 0.5),
    "MAKA": ("Makalu", 8485, 3.5, 0.3, 0.35, 34.0, 0.6),
    "BARU": ("Baruntse", 7152, 3.0, 0.55, 0.05, 18.0, 0.3),
    "ANN1": ("Annapurna I", 8091, 2.5, 0.3, 0.25, 28.0, 0.6),
    "PUMO": ("Pumori", 7138, 2.5, 0.4, 0.02, 20.0, 0.25),
    "HIML": ("Himlung Himal", 7126, 3.0, 0.7, 0.03, 15.0, 0.15),
    "KANG": ("Kangchenjunga", 8586, 2.0, 0.35, 0.5, 35.0, 0.7),
}
_SEASON_CODE = {"Spring": 1, "Summer": 2, "Autumn": 3, "Winter": 4}
_FAILS = {
    "Bad weather (storms, high winds)": 30.0,
    "Bad conditions (deep snow, avalanching, falling ice, or rock)": 25.0,
    "Route technically too difficult, lack of experience, strength, or motivation": 12.0,
    "Illness, AMS, exhaustion, or frostbite": 9.0,
    "Accident (death or serious injury)": 5.0,
    "Lack of time": 4.0,
    "Lack (or loss) of supplies, support or equipment": 3.0,
    "Other": 4.0,
    "Unknown": 3.0,
    "Did not reach base camp": 2.0,
    "Did not attempt climb": 2.0,
    "Attempt rumoured": 1.0,
}
_AGENCIES = [
    "Seven Summit Treks",
    "Himalayan Experience",
    "Asian Trekking",
    "Adventure Consultants",
    "Thamserku Trekking",
    "Cho-Oyu Trekking",
    "Himalayan Guides",
    "International Mountain Guides",
    "Summit Trekking",
    "Arun Treks & Expeditions",
]


def _himalaya_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2304)
    n = 2200
    years = np.arange(1980, 2020)
    yw = np.exp(0.058 * (years - 1980)) * np.where(years == 2015, 0.45, 1.0) * np.where(years == 2014, 0.8, 1.0)
    yw = yw * rng.lognormal(0, 0.08, len(years))
    peaks = list(_PEAKS)
    pw = np.array([_PEAKS[p][2] for p in peaks])
    seq: dict[tuple[str, int, int], int] = {}
    rows = []
    for _ in range(n):
        year = int(rng.choice(years, p=yw / yw.sum()))
        pid = peaks[int(rng.choice(len(peaks), p=pw / pw.sum()))]
        name, height, _w, p_ok, p_oxy, days_up, spring = _PEAKS[pid]
        u = rng.random()
        season = "Spring" if u < spring * 0.94 else "Autumn" if u < 0.94 else "Winter" if u < 0.985 else "Summer"
        if rng.random() < 0.004:
            season = "Unknown"
        oxy_p = p_oxy if year >= 2000 else p_oxy * 0.6
        oxygen = bool(rng.random() < oxy_p)
        p = p_ok + 0.006 * (year - 2000) + (0.16 if oxygen and height > 8000 else 0.0)
        p -= 0.25 if season == "Winter" else 0.0
        success = rng.random() < np.clip(p, 0.03, 0.95)
        if success:
            reason = str(
                rng.choice(["Success (main peak)", "Success (subpeak)", "Success (claimed)"], p=[0.95, 0.03, 0.02])
            )
        else:
            reason = str(rng.choice(list(_FAILS), p=np.array(list(_FAILS.values())) / sum(_FAILS.values())))
        month = {"Spring": 4, "Summer": 6, "Autumn": 9, "Winter": 12, "Unknown": 5}[season]
        bc = pd.Timestamp(year, month, 1) + pd.Timedelta(days=int(rng.integers(0, 28)))
        up = max(1, int(np.round(days_up * rng.lognormal(0, 0.25) * (1.0 if success else 0.8))))
        high = bc + pd.Timedelta(days=up)
        end = high + pd.Timedelta(days=int(rng.integers(1, 6)))
        no_dates = rng.random() < (0.25 if year < 1995 else 0.06)
        if reason in ("Did not reach base camp", "Attempt rumoured", "Did not attempt climb"):
            bc_s, high_s, end_s = None, None, (None if no_dates else bc.strftime("%Y-%m-%d"))
        else:
            bc_s = None if no_dates else bc.strftime("%Y-%m-%d")
            high_s = None if no_dates or rng.random() < 0.05 else high.strftime("%Y-%m-%d")
            end_s = None if no_dates or rng.random() < 0.03 else end.strftime("%Y-%m-%d")
        if reason.startswith("Success") and reason != "Success (subpeak)":
            reached: float = float(height)
        elif reason in ("Did not reach base camp", "Did not attempt climb", "Attempt rumoured"):
            reached = float("nan")
        else:
            reached = float(np.round(height - rng.gamma(2.0, 350.0)))
        if rng.random() < 0.07:
            reached = float("nan")
        members = int(max(1, rng.poisson(11 if pid == "EVER" else 6)))
        staff = int(rng.poisson(members * (0.9 if pid == "EVER" else 0.45 if height > 8000 else 0.25)))
        death_p = {"ANN1": 0.02, "KANG": 0.012, "EVER": 0.005, "DHA1": 0.01}.get(pid, 0.003)
        member_deaths = int(rng.binomial(members, death_p))
        staff_deaths = int(rng.binomial(staff, death_p * 0.6))
        key = (pid, year, _SEASON_CODE.get(season, 0))
        seq[key] = seq.get(key, 0) + 1
        rows.append(
            {
                "expedition_id": f"{pid}{year % 100:02d}{key[2]}{seq[key]:02d}",
                "peak_id": pid,
                "peak_name": name,
                "year": year,
                "season": season,
                "basecamp_date": bc_s,
                "highpoint_date": high_s,
                "termination_date": end_s,
                "termination_reason": reason,
                "highpoint_metres": reached,
                "members": members,
                "member_deaths": member_deaths,
                "hired_staff": staff,
                "hired_staff_deaths": staff_deaths,
                "oxygen_used": oxygen,
                "trekking_agency": str(rng.choice(_AGENCIES)) if year >= 1998 and rng.random() < 0.55 else None,
            }
        )
    df = pd.DataFrame(rows)
    return df.sort_values(["year", "expedition_id"], ignore_index=True)


def _success(d: pd.DataFrame, main_only: bool) -> pd.Series:
    r = d["termination_reason"].astype(str)
    return r.eq("Success (main peak)") if main_only else r.str.startswith("Success")


def _peak_share(peak: str, main_only: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_success(d, main_only)[d["peak_name"] == peak].mean())


def _peak_rate(peak: str) -> Check:
    return either(_share(_peak_share(peak, True)), _share(_peak_share(peak, False)))


def _oxygen_rates(main_only: bool) -> Callable[[pd.DataFrame], np.ndarray]:
    return lambda d: _success(d, main_only).groupby(d["oxygen_used"].astype(str)).mean().to_numpy()


def _bc_days(d: pd.DataFrame) -> pd.Series:
    return (pd.to_datetime(d["termination_date"]) - pd.to_datetime(d["basecamp_date"])).dt.days.dropna()


_HIMALAYA_QS = [
    Q(
        "which mountain has had the most expeditions?",
        both(
            label_of(lambda d: str(d["peak_name"].value_counts().index[0])),
            has(lambda d: float(d["peak_name"].value_counts().iloc[0])),
        ),
        ("peak_name", "peak_id", "expedition_id"),
    ),
    Q(
        "What's the success rate on Everest?",
        _peak_rate("Everest"),
        ("termination_reason", "peak_name", "peak_id"),
    ),
    Q(
        "and on ama dablam?",
        _peak_rate("Ama Dablam"),
        ("termination_reason", "peak_name", "peak_id"),
    ),
    Q(
        "Do teams that use supplemental oxygen summit more often than ones that don't?",
        either(_shares(_oxygen_rates(True)), _shares(_oxygen_rates(False))),
        ("oxygen_used", "termination_reason"),
    ),
    Q(
        "how many days do expeditions typically spend from base camp to the end of the trip?",
        either(has(lambda d: float(_bc_days(d).mean()), rel=0.01), has(lambda d: float(_bc_days(d).median()))),
        ("basecamp_date", "termination_date"),
    ),
    Q(
        "plot the number of expeditons per year, which year was the busiest?",
        both(
            has(lambda d: float(d["year"].value_counts().index[0])),
            has(lambda d: float(d["year"].value_counts().iloc[0])),
        ),
        ("year", "expedition_id"),
    ),
]


# --- 5. A council's Freedom of Information request log (invented) --------------------------------------------------

_DIRECTORATES = {  # weight, P(on time)
    "Adult Social Care": (14.0, 0.78),
    "Children's Services": (16.0, 0.7),
    "Place & Environment": (24.0, 0.9),
    "Finance & Resources": (17.0, 0.93),
    "Housing": (15.0, 0.84),
    "Chief Executive's Office": (6.0, 0.95),
    "Public Health": (8.0, 0.88),
}
_REQUESTERS = {  # weight, P(internal review)
    "Member of Public": (45.0, 0.035),
    "Journalist": (16.0, 0.07),
    "Business": (14.0, 0.025),
    "Campaign Group": (8.0, 0.17),
    "Researcher/Student": (8.0, 0.02),
    "Solicitor": (5.0, 0.06),
    "MP/Councillor": (4.0, 0.05),
}
_SUBJECTS = {
    "Adult Social Care": ["Care home fees 2023/24", "Number of DoLS applications", "Home care providers on framework"],
    "Children's Services": ["Children in care placed out of area", "Spend on agency social workers", "EHCP timescales"],
    "Place & Environment": ["Pothole compensation claims", "PCNs issued by street", "Fly-tipping prosecutions"],
    "Finance & Resources": ["Business rates credit balances", "Council tax arrears by band", "IT contracts"],
    "Housing": ["Temporary accommodation costs", "Empty homes list", "Damp and mould complaints"],
    "Chief Executive's Office": ["Senior officer pay", "Gifts and hospitality register", "Chief Exec diary"],
    "Public Health": ["Public health funerals", "Drug and alcohol service contract", "Vaping complaints"],
}
_EXEMPTIONS = ["s.40(2)", "s.43(2)", "s.21", "s.31(1)(a)", "s.22", "s.36", "s.42"]


def _foi_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2305)
    n = 1450
    days = pd.date_range("2022-04-01", "2025-03-31", freq="D")
    w = np.where(days.day_of_week >= 5, 0.25, 1.0) * (1 + 0.3 * np.asarray((days - days[0]).days) / 365)
    recv = pd.DatetimeIndex(np.sort(rng.choice(days.to_numpy(), size=n, p=w / w.sum())))
    directorate = _pick(rng, list(_DIRECTORATES), [v[0] for v in _DIRECTORATES.values()], n)
    requester = _pick(rng, list(_REQUESTERS), [v[0] for v in _REQUESTERS.values()], n)
    p_on = pd.Series(directorate).map({k: v[1] for k, v in _DIRECTORATES.items()}).to_numpy(float)
    p_on = np.clip(p_on + np.where(recv.year >= 2024, 0.04, 0.0), 0, 0.99)
    on_time = rng.random(n) < p_on
    wd = np.where(
        on_time,
        np.clip(np.round(rng.gamma(4.0, 3.2, n)), 1, 20),
        21 + np.round(rng.gamma(1.5, 12.0, n)),
    ).astype(int)
    d64 = recv.to_numpy().astype("datetime64[D]")
    due = np.busday_offset(d64, 20, roll="forward")
    responded = np.busday_offset(d64, wd, roll="forward")
    extract = np.datetime64("2025-03-31")
    open_ = (responded > extract) | (rng.random(n) < 0.012)
    outcome = _pick(
        rng,
        [
            "Released in full",
            "Partially released",
            "Refused - exemption",
            "Information not held",
            "Refused - s.12 cost limit",
            "Withdrawn",
        ],
        [48, 20, 10, 14, 5, 3],
        n,
    )
    exemption = np.empty(n, dtype=object)
    exemption[:] = None
    for i in np.flatnonzero(np.isin(outcome, ["Partially released", "Refused - exemption"])):
        k = 1 if rng.random() < 0.8 else 2
        p = np.array([45, 20, 12, 10, 6, 4, 3], dtype=float)
        if requester[i] == "Business":
            p[1] *= 3
        exemption[i] = "; ".join(rng.choice(_EXEMPTIONS, size=k, replace=False, p=p / p.sum()))
    exemption[outcome == "Refused - s.12 cost limit"] = "s.12"
    review_p = pd.Series(requester).map({k: v[1] for k, v in _REQUESTERS.items()}).to_numpy(float)
    review_p = review_p * np.where(np.isin(outcome, ["Refused - exemption", "Refused - s.12 cost limit"]), 2.5, 1.0)
    review = np.where((rng.random(n) < review_p) & ~open_ & (outcome != "Withdrawn"), "Y", "N")
    within = np.where(wd <= 20, "Y", "N").astype(object)
    within[outcome == "Withdrawn"] = None
    hrs = np.round(rng.gamma(2.0, 1.6, n) * np.where(outcome == "Refused - s.12 cost limit", 3.0, 1.0) * 2) / 2
    hrs = np.where(rng.random(n) < 0.15, np.nan, np.maximum(hrs, 0.5))
    resp_text = pd.DatetimeIndex(responded).strftime("%d/%m/%Y").to_numpy(dtype=object)
    resp_text[open_] = None
    within[open_] = None
    outcome_col = outcome.copy()
    outcome_col[open_] = None
    exemption[open_] = None
    subject = [str(rng.choice(_SUBJECTS[str(d)])) for d in directorate]
    fy = [f"{y if m >= 4 else y - 1}" for y, m in zip(recv.year, recv.month, strict=True)]
    seqs: dict[str, int] = {}
    refs = []
    for y in fy:
        seqs[y] = seqs.get(y, 0) + 1
        refs.append(f"FOI-{y}-{seqs[y]:04d}")
    return pd.DataFrame(
        {
            "FOI Ref": refs,
            "Date Rec'd": recv.strftime("%d/%m/%Y"),
            "Directorate": directorate,
            "Requester Type": requester,
            "Subject": subject,
            "Due Date": pd.DatetimeIndex(due).strftime("%d/%m/%Y"),
            "Date Responded": resp_text,
            "Within Deadline (Y/N)": within,
            "Outcome": outcome_col,
            "Exemption(s) Applied": exemption,
            "Internal Review Req'd": review,
            "Officer Hrs": hrs,
        }
    )


_ON_TIME = "Within Deadline (Y/N)"


def _on_time(d: pd.DataFrame, answered: bool) -> float:
    col = d[_ON_TIME]
    return float((col == "Y").sum() / (col.notna().sum() if answered else len(col)))


def _directorate_on_time(answered: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def value(d: pd.DataFrame) -> pd.Series:
        col = d[_ON_TIME]
        yes = (col == "Y").groupby(d["Directorate"]).sum()
        den = col.notna().groupby(d["Directorate"]).sum() if answered else col.groupby(d["Directorate"]).size()
        return (yes / den).sort_values()

    return value


def _response_days(d: pd.DataFrame, working: bool) -> float:
    done = d[d["Date Responded"].notna()]
    a, b = _dmy(done, "Date Rec'd"), _dmy(done, "Date Responded")
    if working:
        return float(np.busday_count(a.to_numpy().astype("datetime64[D]"), b.to_numpy().astype("datetime64[D]")).mean())
    return float((b - a).dt.days.mean())


def _s40(of_outcome: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        if of_outcome:
            pool = d[d["Outcome"].isin(["Partially released", "Refused - exemption"])]
        else:
            pool = d[d["Exemption(s) Applied"].notna()]
        return float(pool["Exemption(s) Applied"].astype(str).str.contains("s.40", regex=False).mean())

    return value


def _review_rates(answered: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def value(d: pd.DataFrame) -> pd.Series:
        pool = d[d["Date Responded"].notna()] if answered else d
        return (pool["Internal Review Req'd"] == "Y").groupby(pool["Requester Type"]).mean().sort_values()

    return value


_FOI_QS = [
    Q(
        "what % of FOIs did we answer within the 20 working day deadline?",
        either(_share(lambda d: _on_time(d, True)), _share(lambda d: _on_time(d, False))),
        (_ON_TIME, "Due Date", "Date Responded", "Date Rec'd"),
    ),
    Q(
        "which directorate is worst for that?",
        both(
            label_of(lambda d: str(_directorate_on_time(True)(d).index[0])),
            either(
                _share(lambda d: float(_directorate_on_time(True)(d).iloc[0])),
                _share(lambda d: float(_directorate_on_time(False)(d).iloc[0])),
            ),
        ),
        ("Directorate", _ON_TIME, "Due Date", "Date Responded", "Date Rec'd"),
    ),
    Q(
        "On average how long are we taking to respond, in days?",
        either(
            has(lambda d: _response_days(d, False), rel=0.01),
            has(lambda d: _response_days(d, True), rel=0.01),
        ),
        ("Date Rec'd", "Date Responded", "Due Date"),
    ),
    Q(
        "how many requests did we recieve in 2023 compared with 2024?",
        has(
            lambda d: float((_dmy(d, "Date Rec'd").dt.year == 2023).sum()),
            lambda d: float((_dmy(d, "Date Rec'd").dt.year == 2024).sum()),
        ),
        ("Date Rec'd", "FOI Ref"),
    ),
    Q(
        "where we applied an exemption, what share involved s40 (personal data)?",
        either(_share(_s40(False)), _share(_s40(True))),
        ("Exemption(s) Applied", "Outcome"),
    ),
    Q(
        "Which type of requester asks for an internal review most often, as a % of their requests?",
        both(
            label_of(lambda d: str(_review_rates(False)(d).index[-1])),
            either(
                _share(lambda d: float(_review_rates(False)(d).iloc[-1])),
                _share(lambda d: float(_review_rates(True)(d).iloc[-1])),
            ),
        ),
        ("Requester Type", "Internal Review Req'd"),
    ),
]


# --- 6. A dairy herd's monthly milk recording (invented) ------------------------------------------------------------

_BREEDS = {  # weight, peak yield (kg), fat %, protein %
    "Holstein Friesian": (62.0, 44.0, 4.0, 3.3),
    "HF x Jersey": (12.0, 35.0, 4.7, 3.6),
    "Jersey": (14.0, 29.0, 5.4, 3.9),
    "Brown Swiss": (6.0, 38.0, 4.1, 3.55),
    "Ayrshire": (6.0, 34.0, 4.1, 3.35),
}
_SEASON = {1: 0.97, 2: 0.98, 3: 1.02, 4: 1.07, 5: 1.11, 6: 1.03, 7: 0.95, 8: 0.93, 9: 0.97, 10: 1.0, 11: 0.98, 12: 0.97}
_NOTES = ["Lame", "Served", "PD+", "Served", "Bulling", "Thin"]


def _dairy_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2306)
    tests = []
    for m in range(1, 13):
        first = pd.Timestamp(2024, m, 8)
        tests.append(first + pd.Timedelta(days=(1 - first.weekday()) % 7))
    breeds = list(_BREEDS)
    bw = np.array([_BREEDS[b][0] for b in breeds])
    cows = []
    for k in range(255):
        heifer_in = k >= 205
        lact = 1 if heifer_in else int(rng.choice([1, 2, 3, 4, 5, 6, 7], p=[0.28, 0.24, 0.19, 0.13, 0.09, 0.05, 0.02]))
        calved = (
            pd.Timestamp("2024-01-01") + pd.Timedelta(days=int(rng.integers(0, 330)))
            if heifer_in
            else pd.Timestamp("2024-01-01") - pd.Timedelta(days=int(rng.integers(0, 390)))
        )
        cull = pd.Timestamp("2024-01-01") + pd.Timedelta(days=int(rng.integers(0, 366) * 3))
        cows.append(
            {
                "no": 1000 + k * 3 + int(rng.integers(0, 3)),
                "breed": breeds[int(rng.choice(len(breeds), p=bw / bw.sum()))],
                "lact": lact,
                "calved": calved,
                "cull": cull,
                "scc": float(rng.lognormal(np.log(70), 0.5)),
                "dry_at": 305 + int(rng.integers(-20, 25)),
            }
        )
    rows = []
    for cow in cows:
        calved, lact = cow["calved"], cow["lact"]
        _bw, peak, fat0, prot0 = _BREEDS[cow["breed"]]
        for t in tests:
            if t >= cow["cull"] or t < calved:
                continue
            dim = (t - calved).days
            dry_at = cow["dry_at"]
            while dim > dry_at + 62:  # recalved after the dry period
                calved = calved + pd.Timedelta(days=dry_at + 62)
                lact += 1
                dry_at = 305 + int(rng.integers(-20, 25))
                dim = (t - calved).days
            cow["calved"], cow["lact"], cow["dry_at"] = calved, lact, dry_at
            if dim < 4 or dim > dry_at:
                continue
            parity = 0.8 if lact == 1 else 0.93 if lact == 2 else 1.0
            curve = (dim / 50) ** 0.2 * np.exp(-0.004 * (dim - 50))
            scc = cow["scc"] * (1 + 0.15 * (lact - 1)) * rng.lognormal(0, 0.6)
            if rng.random() < 0.04:
                scc *= rng.uniform(4, 15)
            milk = peak * parity * curve * _SEASON[t.month] * rng.lognormal(0, 0.1)
            milk *= 1 - 0.05 * np.log2(max(scc / 100, 1))
            fat = fat0 - 0.035 * (milk - 0.78 * peak) + (0.4 if dim < 30 else 0.0) + rng.normal(0, 0.22)
            prot = prot0 - 0.012 * (milk - 0.78 * peak) + 0.0008 * dim + rng.normal(0, 0.1)
            spoiled = rng.random() < 0.03
            mastitis = rng.random() < (0.01 + (0.25 if scc > 400 else 0.0))
            note = "Treated - milk withheld" if mastitis else (str(rng.choice(_NOTES)) if rng.random() < 0.05 else None)
            pen = "Heifers" if lact == 1 else "Fresh" if dim < 21 else "High Yielders" if dim < 150 else "Low Yielders"
            rows.append(
                {
                    "Cow No": cow["no"],
                    "Breed": cow["breed"],
                    "Lact No": lact,
                    "Calving Date": calved.strftime("%d/%m/%Y"),
                    "Test Date": t.strftime("%d/%m/%Y"),
                    "Milk (kg)": round(float(milk), 1),
                    "Fat %": float("nan") if spoiled else round(float(fat), 2),
                    "Prot %": float("nan") if spoiled else round(float(prot), 2),
                    "SCC ('000/ml)": int(np.round(scc)),
                    "Mastitis (Y/N)": "Y" if mastitis else "N",
                    "Pen": pen,
                    "Notes": note,
                }
            )
    df = pd.DataFrame(rows)
    order = np.lexsort((df["Cow No"].to_numpy(), pd.to_datetime(df["Test Date"], format="%d/%m/%Y").to_numpy()))
    return df.iloc[order].reset_index(drop=True)


_MILK = "Milk (kg)"
_SCC = "SCC ('000/ml)"


def _by_breed(col: str, per_cow: bool) -> Callable[[pd.DataFrame], np.ndarray]:
    def value(d: pd.DataFrame) -> np.ndarray:
        if per_cow:
            return np.asarray(d.groupby(["Breed", "Cow No"])[col].mean().groupby(level=0).mean(), dtype=float)
        return np.asarray(d.groupby("Breed")[col].mean(), dtype=float)

    return value


def _test_months(d: pd.DataFrame) -> pd.Series:
    return d.groupby(_dmy(d, "Test Date").dt.month)[_MILK].mean()


def _first_vs_rest(d: pd.DataFrame) -> list[float]:
    first = d["Lact No"] == 1
    return [float(d.loc[first, _MILK].mean()), float(d.loc[~first, _MILK].mean())]


_DAIRY_QS = [
    Q(
        "avg milk yield per cow by breed?",
        either(has(_by_breed(_MILK, False)), has(_by_breed(_MILK, True))),
        ("Breed", _MILK, "Cow No"),
    ),
    Q(
        "what about butterfat %?",
        either(has(_by_breed("Fat %", False)), has(_by_breed("Fat %", True))),
        ("Breed", "Fat %", "Cow No"),
    ),
    Q(
        "how many samples came back over 200k SCC?",
        either(has(lambda d: float((d[_SCC] > 200).sum())), has(lambda d: float((d[_SCC] >= 200).sum()))),
        (_SCC,),
    ),
    Q(
        "does a high cell count go with lower yields? correlation pls",
        either(
            _corr(_col(_SCC), _col(_MILK)),
            has(lambda d: float(np.log(d[_SCC].clip(lower=1)).corr(d[_MILK])), rel=0.01),
        ),
        (_SCC, _MILK),
    ),
    Q(
        "Plot the average daily yield for each test month - which month was highest?",
        both(
            _month_label(lambda d: int(_test_months(d).idxmax())),
            has(lambda d: float(_test_months(d).max())),
        ),
        ("Test Date", _MILK),
    ),
    Q(
        "how do the first-lactation heifers compare with the older cows on yield?",
        has(_first_vs_rest),
        ("Lact No", _MILK, "Pen"),
    ),
]


# --- 7. A consultancy's timesheet export (invented) -----------------------------------------------------------------

_GRADES = {  # share of staff, billable share, day rate (£), weekly hours
    "Analyst": (9, 0.8, 650.0, 37.5),
    "Consultant": (11, 0.8, 850.0, 38.5),
    "Senior Consultant": (8, 0.72, 1050.0, 40.0),
    "Manager": (6, 0.58, 1300.0, 42.0),
    "Director": (4, 0.38, 1650.0, 44.0),
}
_PRACTICES = {"Digital": 1.0, "Finance Transformation": 0.95, "Data & Analytics": 1.07, "People & Change": 0.8}
_CLIENTS = {  # practice weights, rate discount
    "Harbour Bank plc": ({"Finance Transformation": 5, "Data & Analytics": 4, "Digital": 3}, 0.92),
    "Northwind Utilities": ({"Digital": 3, "Data & Analytics": 2}, 1.0),
    "Greenfield NHS Trust": ({"People & Change": 4, "Digital": 2, "Data & Analytics": 1}, 0.85),
    "Castlegate Council": ({"People & Change": 3, "Finance Transformation": 2, "Digital": 1}, 0.8),
    "Apex Retail Group": ({"Digital": 3, "Data & Analytics": 3}, 1.0),
    "Meridian Insurance": ({"Finance Transformation": 3, "Data & Analytics": 2}, 0.95),
    "Blue Fern Housing": ({"People & Change": 2, "Finance Transformation": 1}, 0.85),
    "Kestrel Energy": ({"Data & Analytics": 2, "Digital": 1, "Finance Transformation": 1}, 1.0),
}
_FIRST = _split(
    "Aisha Ben Chloe Dan Ella Farah Greg Hannah Imran Jack Kate Liam Maya Nina Owen Priya Rob Sara Tom Uma Will Zoe "
    "Alex Beth Conor Dev"
)
_LAST = _split(
    "Okafor Hughes Patel Murray Kowalski Reid Nguyen Fraser Doyle Singh Walsh Brennan Clarke Moreno Hartley Osei "
    "Lindqvist Barker Quinn Mistry Ferreira Dunn Yates"
)
_INTERNAL = {"INT-BD": "Business development", "INT-ADM": "Admin", "INT-TRN": "Training", "INT-KM": "Knowledge mgmt"}


def _timesheet_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2307)
    names: list[str] = []
    while len(names) < 38:
        nm = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        if nm not in names and all(nm.split()[0] != x.split()[0] or nm.split()[1] != x.split()[1] for x in names):
            names.append(nm)
    grades = [g for g, v in _GRADES.items() for _ in range(v[0])]
    grades = list(rng.permutation(np.asarray(grades, dtype=object)))
    practice = _pick(rng, list(_PRACTICES), [30, 24, 28, 18], len(names))
    projects = {
        c: [f"PRJ-{int(x)}" for x in rng.choice(np.arange(1000, 9999), size=3, replace=False)] for c in _CLIENTS
    }
    skill = rng.normal(1.0, 0.08, len(names))
    weeks = pd.date_range("2024-01-05", "2024-06-28", freq="7D")
    rows = []
    for i, who in enumerate(names):
        grade, prac = str(grades[i]), str(practice[i])
        _k, bill, rate, week_hrs = _GRADES[grade]
        cw = np.array([_CLIENTS[c][0].get(prac, 0.2) for c in _CLIENTS], dtype=float)
        client = str(rng.choice(list(_CLIENTS), p=cw / cw.sum()))
        project = str(rng.choice(projects[client]))
        for wk_no, wk in enumerate(weeks):
            if rng.random() < 0.09:
                client = str(rng.choice(list(_CLIENTS), p=cw / cw.sum()))
                project = str(rng.choice(projects[client]))
            hours = week_hrs + rng.normal(0, 1.5)
            lines: list[tuple[str, str, str, float, str]] = []
            u = rng.random()
            leave = 37.5 if u < 0.06 else 7.5 * int(rng.integers(1, 3)) if u < 0.17 else 0.0
            if leave:
                lines.append(("Internal", "LEAVE", "Annual Leave", leave, "N"))
            work = max(hours - leave, 0.0)
            f = (
                0.0
                if rng.random() < 0.05
                else float(np.clip(bill * _PRACTICES[prac] * skill[i] * rng.normal(1, 0.1), 0, 1))
            )
            billable = work * f
            if billable > 0:
                if rng.random() < 0.3:
                    other = str(rng.choice(list(_CLIENTS), p=cw / cw.sum()))
                    split = float(rng.uniform(0.15, 0.4))
                    lines.append((other, str(rng.choice(projects[other])), "Delivery", billable * split, "Y"))
                    billable *= 1 - split
                flag = "N" if rng.random() < 0.04 else "Y"
                lines.append((client, project, "Delivery" if flag == "Y" else "Delivery - written off", billable, flag))
            rest = work - work * f
            if rest > 0.4:
                codes = rng.choice(list(_INTERNAL), size=int(rng.integers(1, 3)), replace=False)
                parts = rng.dirichlet(np.ones(len(codes))) * rest
                lines += [
                    ("Internal", str(c), _INTERNAL[str(c)], float(p), "N") for c, p in zip(codes, parts, strict=True)
                ]
            late = wk_no >= len(weeks) - 3
            for cl, code, task, hrs, flag in lines:
                h = float(np.round(hrs * 2) / 2)
                if h <= 0:
                    continue
                v = rng.random()
                status = (
                    ("Submitted" if v < 0.4 else "Draft" if v < 0.46 else "Approved")
                    if late
                    else ("Approved" if v < 0.97 else "Rejected" if v < 0.985 else "Submitted")
                )
                rows.append(
                    {
                        "W/E Date": wk.strftime("%d/%m/%Y"),
                        "Employee": who,
                        "Grade": grade,
                        "Practice": prac,
                        "Client": cl,
                        "Project Code": code,
                        "Task": task,
                        "Hrs": h,
                        "Billable (Y/N)": flag,
                        "Day Rate (£)": round(rate * _CLIENTS[cl][1], 0) if flag == "Y" and cl in _CLIENTS else None,
                        "Status": status,
                    }
                )
    df = pd.DataFrame(rows)
    df.insert(0, "Line ID", [f"TS{100000 + i}" for i in range(len(df))])
    return df


def _billable(d: pd.DataFrame) -> pd.Series:
    return d["Billable (Y/N)"] == "Y"


def _utilisation(d: pd.DataFrame, no_leave: bool) -> float:
    pool = d[d["Project Code"] != "LEAVE"] if no_leave else d
    return float(pool.loc[_billable(pool), "Hrs"].sum() / pool["Hrs"].sum())


def _practice_util(no_leave: bool) -> Callable[[pd.DataFrame], np.ndarray]:
    def value(d: pd.DataFrame) -> np.ndarray:
        pool = d[d["Project Code"] != "LEAVE"] if no_leave else d
        hours = pool.groupby("Practice")["Hrs"].sum()
        return np.asarray(pool.loc[_billable(pool)].groupby("Practice")["Hrs"].sum() / hours, dtype=float)

    return value


def _client_hours(d: pd.DataFrame) -> pd.Series:
    return d[_billable(d)].groupby("Client")["Hrs"].sum().sort_values(ascending=False)


def _people(d: pd.DataFrame) -> pd.Series:
    return d[_billable(d)].groupby("Employee")["Hrs"].sum().sort_values(ascending=False)


def _waiting(d: pd.DataFrame, with_draft: bool) -> pd.DataFrame:
    return d[d["Status"].isin(["Submitted", "Draft"] if with_draft else ["Submitted"])]


_TIMESHEET_QS = [
    Q(
        "what's our utilisation overall? billable hrs as a % of all hours",
        either(_share(lambda d: _utilisation(d, False)), _share(lambda d: _utilisation(d, True))),
        ("Hrs", "Billable (Y/N)", "Project Code", "Task"),
    ),
    Q(
        "and by practice?",
        either(_shares(_practice_util(False)), _shares(_practice_util(True))),
        ("Practice", "Hrs", "Billable (Y/N)", "Project Code", "Task"),
    ),
    Q(
        "Which client have we billed the most hours to?",
        both(
            label_of(lambda d: str(_client_hours(d).index[0])),
            either(
                has(lambda d: float(_client_hours(d).iloc[0])),
                has(lambda d: float(d.loc[d["Client"] == _client_hours(d).index[0], "Hrs"].sum())),
            ),
        ),
        ("Client", "Hrs", "Billable (Y/N)"),
    ),
    Q(
        "top 5 people by billable hours",
        _labels(lambda d: list(_people(d).index[:5])),
        ("Employee", "Hrs", "Billable (Y/N)"),
    ),
    Q(
        "How many timesheet lines are still waiting for approval, and how many hours is that?",
        either(
            has(lambda d: float(len(_waiting(d, False))), lambda d: float(_waiting(d, False)["Hrs"].sum())),
            has(lambda d: float(len(_waiting(d, True))), lambda d: float(_waiting(d, True)["Hrs"].sum())),
        ),
        ("Status", "Hrs", "Line ID"),
    ),
    Q(
        "who's our best consultant?",
        either(asks("hours", "rate"), asks("hours", "billable"), asks("hours", "utilisation")),
        ("Employee", "Hrs", "Billable (Y/N)", "Day Rate (£)", "Grade"),
    ),
]


HELDOUT23: list[Dataset] = [
    Dataset("lichess_games", _chess_frame, _CHESS_QS),
    Dataset("osmi_mental_health_survey", _osmi_frame, _OSMI_QS),
    Dataset("seattle_building_energy_2016", _seattle_frame, _SEATTLE_QS),
    Dataset("himalayan_expeditions", _himalaya_frame, _HIMALAYA_QS),
    Dataset("foi_requests", _foi_frame, _FOI_QS),
    Dataset("milk_recording", _dairy_frame, _DAIRY_QS),
    Dataset("timesheets", _timesheet_frame, _TIMESHEET_QS),
]
