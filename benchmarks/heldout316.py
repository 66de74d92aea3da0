"""HELDOUT316: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the layout of small public tables a club or a community group publishes or keeps as a
spreadsheet: a high school track meet results export (Athletic.net / Hy-Tek style, one row per athlete per event per
meet, 2023 outdoor season) with Meet, Date as "03/18/2023", Event as "100m" / "200m" / "400m" / "1600m" / "Long
Jump" / "Shot Put", Gender "Boys" / "Girls", Athlete, School, Grade 9-12, Mark written as the event writes it
("12.45" seconds, "4:58.12" minutes, "18-04.25" feet-inches) or "DNF" / "DNS" / "FOUL", Wind as "+1.2" / "-0.4"
only for the 100m, 200m and long jump ("NWI" now and then, blank otherwise), Place (blank for DNF / DNS / FOUL),
Points 10-8-6-4-2-1 for the first six and "PR" or blank; a pub darts league's match stats (one row per player per
match) with Week, Date "2023-09-14", Home Team, Away Team, Team (the player's side), Player, Legs Won, Legs Played,
"3 Dart Avg" to two decimals, 180s, High Checkout ("-" when the player won no leg) and Ton+; a village cricket
club's batting scorebook (one row per batter per match, 2019 and 2021-2023) with Match Date "14/05/2022", Opponent,
Venue Home / Away, Batter, Bat Pos 1-11, Runs, Balls, 4s, 6s (blank for "did not bat"), How Out "bowled" /
"caught" / "lbw" / "run out" / "stumped" / "not out" / "did not bat" and the match Result "Won" / "Lost" / "Draw" /
"Abandoned" repeated on every row; a community seed library's checkout log (2021-2024) with Checkout Date
"2023-04-12", Patron ID "P0123" (patrons repeat), Branch, Crop "Tomato" / "Bean" / ..., Variety, Packets, Grower
Experience "Beginner" / "Experienced" (some blank) and Returned Seed "Y" / "N" (blank for the last season, not yet
due); a neighbourhood tool library's loan records with Loan ID, Tool, Category, Borrower ID "B-0412", Checkout Date /
Due Date / Return Date as "3/14/2023" (Return Date blank while out), Days Late, Late Fee as "$2.50", Damaged "Y" /
"N" (blank while out) and Membership Tier "Basic" / "Plus" / "Contractor"; a makerspace equipment usage log with
Session ID, Member, Member ID, Equipment ("Laser Cutter", "3D Printer", "CNC Router", "Lathe"), Date "2024-02-03",
Start Time / End Time "14:05", Minutes, Material (blank sometimes), Cost Charged "$12.40" and Certified "Y" / "N";
and a sheep shearing crew's tally sheets (one row per shearer per shed day, New Zealand season Nov 2022 - Mar 2024)
with Date "12/11/2023", Farm, Shed, Shearer, Breed ("Romney", "Merino", "Perendale", "Coopworth"), Sheep Shorn,
Lambs Shorn (blank when none), "Rate ($/head)" as "3.10", Wool Bales and Second Cuts. All are generated with a fixed
seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _shares
from .heldout253 import _amount, _num, _text, _top, _typical
from .heldout313 import _month_word
from .offline_eval import Check, Dataset, Q, either, words
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

_FIRST = [
    "Liam",
    "Noah",
    "Mason",
    "Ethan",
    "Logan",
    "Lucas",
    "Jackson",
    "Aiden",
    "Owen",
    "Caleb",
    "Wyatt",
    "Isaac",
    "Gavin",
    "Tyler",
    "Dylan",
    "Evan",
    "Carter",
    "Hunter",
    "Emma",
    "Olivia",
    "Ava",
    "Sophia",
    "Mia",
    "Harper",
    "Ella",
    "Avery",
    "Chloe",
    "Grace",
    "Lily",
    "Nora",
    "Zoe",
    "Hannah",
    "Addison",
    "Brooke",
    "Riley",
    "Paige",
]
_LAST = [
    "Smith",
    "Johnson",
    "Brown",
    "Miller",
    "Davis",
    "Wilson",
    "Moore",
    "Taylor",
    "Anderson",
    "Thomas",
    "Jackson",
    "White",
    "Harris",
    "Martin",
    "Thompson",
    "Garcia",
    "Clark",
    "Lewis",
    "Walker",
    "Hall",
    "Allen",
    "Young",
    "King",
    "Wright",
    "Scott",
    "Green",
    "Baker",
    "Adams",
    "Nelson",
    "Hill",
    "Campbell",
    "Mitchell",
    "Roberts",
]


def _people(rng: np.random.Generator, n: int, first: list[str] | None = None) -> list[str]:
    """`n` distinct "First Last" names."""
    out: list[str] = []
    while len(out) < n:
        name = f"{_one(rng, first or _FIRST)} {_one(rng, _LAST)}"
        if name not in out:
            out.append(name)
    return out


def _when(df: pd.DataFrame, col: str, fmt: str) -> pd.Series:
    return pd.to_datetime(_text(df, col), format=fmt, errors="coerce")


def _any_named(*values: Callable[[pd.DataFrame], str]) -> Check:
    return either(*(_lead(_named(v)) for v in values))


# --- 1. High school track meet results -----------------------------------------------------------------------------

_TR_SCHOOLS = ["Central", "Lincoln", "Westview", "North Ridge", "St. Joseph", "Eastwood", "Valley", "Riverside"]
_TR_MEETS = [
    ("Early Bird Invitational", "03/18/2023"),
    ("Riverside Relays", "03/25/2023"),
    ("Westview Dual", "04/01/2023"),
    ("County Championships", "04/15/2023"),
    ("Lincoln Invitational", "04/22/2023"),
    ("Conference Meet", "05/06/2023"),
    ("Sectional Qualifier", "05/13/2023"),
]
# event: boys base, girls base, spread (seconds or inches), kind
_TR_EVENTS = {
    "100m": (11.6, 13.3, 0.6, "sprint"),
    "200m": (23.8, 27.6, 1.2, "sprint"),
    "400m": (54.0, 63.0, 3.0, "sprint"),
    "1600m": (290.0, 340.0, 20.0, "distance"),
    "Long Jump": (236.0, 190.0, 16.0, "jump"),
    "Shot Put": (480.0, 370.0, 60.0, "jump"),
}
_TR_WINDY = ("100m", "200m", "Long Jump")


def _tr_mark(value: float, kind: str) -> str:
    if kind == "sprint":
        return f"{value:.2f}"
    if kind == "distance":
        m, s = divmod(value, 60)
        return f"{int(m)}:{s:05.2f}"
    feet, inches = divmod(round(value * 4) / 4, 12)
    return f"{int(feet)}-{inches:05.2f}"


def _track_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31601)
    boys = _people(rng, 110, _FIRST[:18])
    girls = _people(rng, 100, _FIRST[18:])
    roster = [(n, "Boys") for n in boys] + [(n, "Girls") for n in girls]
    info = {n: (_one(rng, _TR_SCHOOLS), int(rng.integers(9, 13)), float(rng.normal(0, 0.8))) for n, _ in roster}
    events = {n: list(rng.choice(list(_TR_EVENTS), size=2, replace=False)) for n, _ in roster}
    best: dict[tuple[str, str], float] = {}
    rows = []
    for meet, date in _TR_MEETS:
        for ev, (b, g, sd, kind) in _TR_EVENTS.items():
            for gender in ("Boys", "Girls"):
                field = [n for n, gg in roster if gg == gender and ev in events[n] and rng.random() < 0.8]
                res = []
                for n in field:
                    school, grade, talent = info[n]
                    base = b if gender == "Boys" else g
                    growth = (grade - 10) * 0.02 * base * (1 if kind == "jump" else -1)
                    v = base + growth - talent * sd * (1 if kind != "jump" else -1) + rng.normal(0, sd * 0.5)
                    status = _one(rng, ["ok", "DNF", "DNS", "FOUL"], [0.95, 0.02, 0.02, 0.01 if kind == "jump" else 0])
                    if kind == "jump" and status == "DNF":
                        status = "FOUL"
                    if kind != "jump" and status == "FOUL":
                        status = "DNF"
                    res.append((n, v, status))
                ok = sorted([r for r in res if r[2] == "ok"], key=lambda r: -r[1] if kind == "jump" else r[1])
                place = {r[0]: i + 1 for i, r in enumerate(ok)}
                wind = f"{rng.normal(0.8, 1.2):+.1f}" if ev in _TR_WINDY else ""
                for n, v, status in res:
                    school, grade, _ = info[n]
                    p = place.get(n)
                    key = (n, ev)
                    pr = ""
                    if p is not None:
                        better = key not in best or (v > best[key] if kind == "jump" else v < best[key])
                        if better:
                            if key in best:
                                pr = "PR"
                            best[key] = v
                    rows.append(
                        {
                            "Meet": meet,
                            "Date": date,
                            "Event": ev,
                            "Gender": gender,
                            "Athlete": n,
                            "School": school,
                            "Grade": grade,
                            "Mark": _tr_mark(v, kind) if status == "ok" else status,
                            "Wind": ("NWI" if rng.random() < 0.05 else wind) if ev in _TR_WINDY else "",
                            "Place": p,
                            "Points": {1: 10, 2: 8, 3: 6, 4: 4, 5: 2, 6: 1}.get(p or 0, 0),
                            "PR": pr,
                        }
                    )
    return pd.DataFrame(rows)


def _tr_seconds(df: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(_text(df, "Mark"), errors="coerce")


def _tr_fastest(gender: str) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        keep = (_text(df, "Event") == "100m") & (_text(df, "Gender") == gender)
        return float(_tr_seconds(df)[keep].min())

    return value


def _tr_inches(mark: str) -> float:
    feet, inches = mark.split("-")
    return 12 * int(feet) + float(inches)


def _tr_best_throw(df: pd.DataFrame) -> str:
    keep = (_text(df, "Event") == "Shot Put") & (_text(df, "Gender") == "Boys") & _text(df, "Mark").str.contains("-")
    marks = _text(df, "Mark")[keep]
    return str(marks.loc[marks.map(_tr_inches).idxmax()])


def _tr_throw_check() -> Check:
    """The best throw as written ("52-03.50"), or in feet or inches."""
    return either(
        lambda a, df: words(_tr_best_throw(df))(a, df),
        _about(lambda df: _tr_inches(_tr_best_throw(df)) / 12, rel=0.003),
        _about(lambda df: _tr_inches(_tr_best_throw(df)), rel=0.002),
    )


_TR_QS = [
    Q("how many different kids competed this season", _count(lambda df: _text(df, "Athlete").nunique()), ("Athlete",)),
    Q(
        "which school scored the most points",
        _lead(_named(lambda df: _top(_num(df, "Points").groupby(_text(df, "School")).sum()))),
        ("School", "Points"),
    ),
    Q(
        "fastest girls 100m time?",
        _about(_tr_fastest("Girls"), rel=0.001),
        ("Event", "Gender", "Mark", "Athlete"),
    ),
    Q("and the boys", _about(_tr_fastest("Boys"), rel=0.001), ("Event", "Gender", "Mark", "Athlete")),
    Q("how many PRs were set", _count(lambda df: int((_text(df, "PR") == "PR").sum())), ("PR",)),
    Q("what's the longest boys shot put throw", _tr_throw_check(), ("Event", "Gender", "Mark", "Athlete")),
]


# --- 2. Pub darts league match stats -------------------------------------------------------------------------------

_DA_TEAMS = [
    "Red Lion A",
    "Red Lion B",
    "The Plough",
    "Kings Arms",
    "Royal Oak",
    "The Crown",
    "Fox & Hounds",
    "White Hart",
]


def _darts_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31602)
    names = _people(rng, 48)
    squads = {t: names[i * 6 : (i + 1) * 6] for i, t in enumerate(_DA_TEAMS)}
    skill = {n: float(rng.normal(52, 9)) for n in names}
    rows = []
    start = pd.Timestamp("2023-09-14")
    for week in range(1, 23):
        order = list(rng.permutation(_DA_TEAMS))
        date = start + pd.Timedelta(weeks=week - 1)
        for i in range(0, 8, 2):
            home, away = str(order[i]), str(order[i + 1])
            for team in (home, away):
                for player in rng.choice(squads[team], size=4, replace=False):
                    player = str(player)
                    avg = max(22.0, skill[player] + rng.normal(0, 6) + (1.5 if team == home else 0))
                    played = int(rng.integers(3, 6))
                    p_win = 1 / (1 + np.exp(-(avg - 52) / 8)) * (1.08 if team == home else 0.95)
                    won = int(rng.binomial(played, min(p_win, 0.95)))
                    darts = played * 18
                    tons = int(rng.poisson(max(avg - 30, 1) / 60 * darts / 3 * 0.5))
                    s180 = int(rng.poisson(max(avg - 40, 0.5) / 300 * played))
                    checkout = "-" if won == 0 else str(int(min(170, rng.gamma(3, 14) + 20)))
                    rows.append(
                        {
                            "Week": week,
                            "Date": f"{date:%Y-%m-%d}",
                            "Home Team": home,
                            "Away Team": away,
                            "Team": team,
                            "Player": player,
                            "Legs Won": won,
                            "Legs Played": played,
                            "3 Dart Avg": round(avg, 2),
                            "180s": s180,
                            "High Checkout": checkout,
                            "Ton+": max(tons, s180),
                        }
                    )
    return pd.DataFrame(rows)


def _da_side(df: pd.DataFrame, home: bool) -> pd.Series:
    same = _text(df, "Team") == _text(df, "Home Team")
    return same if home else ~same


def _da_rates(pooled: bool) -> Callable[[pd.DataFrame], list[float]]:
    def value(df: pd.DataFrame) -> list[float]:
        out = []
        for home in (True, False):
            s = df[_da_side(df, home)]
            w, p = _num(s, "Legs Won"), _num(s, "Legs Played")
            out.append(float(w.sum() / p.sum()) if pooled else float((w / p).mean()))
        return out

    return value


def _da_best(weighted: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        avg, legs = _num(df, "3 Dart Avg"), _num(df, "Legs Played")
        who = _text(df, "Player")
        if weighted:
            return _top((avg * legs).groupby(who).sum() / legs.groupby(who).sum())
        return _top(avg.groupby(who).mean())

    return value


_DA_QS = [
    Q(
        "who's hit the most 180s",
        _lead(_named(lambda df: _top(_num(df, "180s").groupby(_text(df, "Player")).sum()))),
        ("Player", "180s"),
    ),
    Q("what's the highest checkout anyone got", _count(lambda df: _num(df, "High Checkout").max()), ("High Checkout",)),
    Q("who has the best average", _any_named(_da_best(False), _da_best(True)), ("Player", "3 Dart Avg", "Legs Played")),
    Q(
        "do home players win more legs than away players? give me the leg win % for each",
        either(_shares(_da_rates(True)), _shares(_da_rates(False))),
        ("Team", "Home Team", "Away Team", "Legs Won", "Legs Played"),
    ),
    Q(
        "is a higher average linked to more ton-plus scores",
        _corr(lambda df: _num(df, "3 Dart Avg"), lambda df: _num(df, "Ton+")),
        ("3 Dart Avg", "Ton+"),
    ),
    Q(
        "how many players have never hit a 180",
        _count(lambda df: int((_num(df, "180s").groupby(_text(df, "Player")).sum() == 0).sum())),
        ("Player", "180s"),
    ),
]


# --- 3. Village cricket club batting scorebook ---------------------------------------------------------------------

_CR_OPPONENTS = ["Little Hadham", "Much Wenlock", "Ashby CC", "Stow Longa", "Kimbolton", "Great Bardfield", "Ely XI"]
_CR_OUTS = ["bowled", "caught", "lbw", "run out", "stumped"]


def _cricket_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31603)
    squad = _people(rng, 22, _FIRST[:18])
    skill = {n: float(rng.gamma(2.5, 7)) for n in squad}
    rows = []
    for year in (2019, 2021, 2022, 2023):
        sats = pd.date_range(f"{year}-05-01", f"{year}-08-31", freq="W-SAT")
        for date in sats:
            opp = _one(rng, _CR_OPPONENTS)
            result = _one(rng, ["Won", "Lost", "Draw", "Abandoned"], [42, 36, 16, 6])
            xi = sorted(rng.choice(squad, size=11, replace=False), key=lambda n: -skill[str(n)] + rng.normal(0, 4))
            wickets = int(rng.integers(4, 11)) if result != "Abandoned" else int(rng.integers(0, 3))
            for pos, name in enumerate(xi, start=1):
                name = str(name)
                row: dict[str, Any] = {
                    "Match Date": f"{date:%d/%m/%Y}",
                    "Opponent": opp,
                    "Venue": _one(rng, ["Home", "Away"]),
                    "Batter": name,
                    "Bat Pos": pos,
                }
                if pos > wickets + 2:
                    row |= {"Runs": None, "Balls": None, "4s": None, "6s": None, "How Out": "did not bat"}
                else:
                    runs = int(rng.gamma(1.2, skill[name] / 1.2 * (1.3 if pos <= 5 else 0.6)))
                    balls = max(1, int(runs / rng.uniform(0.45, 1.1)) + int(rng.integers(0, 6)))
                    sixes = int(rng.binomial(runs // 6, 0.08))
                    fours = int(rng.binomial(max(runs - 6 * sixes, 0) // 4, 0.35))
                    out = "not out" if pos > wickets or rng.random() < 0.08 else _one(rng, _CR_OUTS, [30, 40, 14, 8, 5])
                    row |= {"Runs": runs, "Balls": balls, "4s": fours, "6s": sixes, "How Out": out}
                row["Result"] = result
                rows.append(row)
    return pd.DataFrame(rows)


def _cr_top(df: pd.DataFrame) -> str:
    return _top(_num(df, "Runs").groupby(_text(df, "Batter")).sum())


def _cr_top_average(df: pd.DataFrame) -> list[float]:
    s = df[_text(df, "Batter") == _cr_top(df)]
    runs = _num(s, "Runs")
    how = _text(s, "How Out")
    outs = int((~how.isin(["not out", "did not bat"]) & runs.notna()).sum())
    return [float(runs.sum() / outs), float(runs.mean())]


def _cr_wins(df: pd.DataFrame) -> int:
    won = df[_text(df, "Result") == "Won"]
    return int(_text(won, "Match Date").nunique())


_CR_QS = [
    Q(
        "who's scored the most runs",
        _lead(_named(_cr_top)),
        ("Batter", "Runs"),
    ),
    Q(
        "what's the most common way to get out",
        _lead(
            _named(
                lambda df: _top(
                    _text(df, "How Out")[~_text(df, "How Out").isin(["not out", "did not bat"])].value_counts()
                )
            )
        ),
        ("How Out",),
    ),
    Q(
        "what does that top scorer average per innings",
        either(_about(lambda df: _cr_top_average(df)[0]), _about(lambda df: _cr_top_average(df)[1])),
        ("Batter", "Runs", "How Out"),
    ),
    Q(
        "how many sixes did we hit in 2022",
        _count(lambda df: _num(df, "6s")[_when(df, "Match Date", "%d/%m/%Y").dt.year == 2022].sum()),
        ("Match Date", "6s"),
    ),
    Q(
        "overall strike rate, runs per 100 balls",
        _about(lambda df: 100 * _num(df, "Runs").sum() / _num(df, "Balls").sum()),
        ("Runs", "Balls"),
    ),
    Q("how many matches did we win", _count(_cr_wins), ("Match Date", "Opponent", "Result")),
]


# --- 4. Community seed library checkout log ------------------------------------------------------------------------

_SL_CROPS = {
    "Tomato": (30, ["Cherokee Purple", "Brandywine", "Sungold", "Roma", "Black Krim"]),
    "Bean": (22, ["Kentucky Wonder", "Provider", "Scarlet Runner", "Dragon Tongue"]),
    "Lettuce": (14, ["Buttercrunch", "Black Seeded Simpson", "Red Sails"]),
    "Squash": (10, ["Waltham Butternut", "Black Beauty Zucchini", "Delicata"]),
    "Pepper": (9, ["California Wonder", "Jalapeno", "Shishito"]),
    "Pea": (8, ["Sugar Snap", "Green Arrow"]),
    "Sunflower": (7, ["Mammoth Grey Stripe", "Autumn Beauty"]),
}
_SL_BRANCHES = {"Main Library": 40, "Eastside Branch": 25, "Oak Park Branch": 20, "Hillcrest Branch": 15}
_SL_MONTHS = {1: 2, 2: 10, 3: 34, 4: 26, 5: 14, 6: 5, 7: 2, 8: 2, 9: 2, 10: 1, 11: 1, 12: 1}


def _seed_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31604)
    patrons = [f"P{i:04d}" for i in rng.choice(np.arange(1, 2000), size=520, replace=False)]
    home = {p: _one(rng, list(_SL_BRANCHES), list(_SL_BRANCHES.values())) for p in patrons}
    level = {p: _one(rng, ["Beginner", "Experienced", ""], [55, 38, 7]) for p in patrons}
    rows = []
    for _ in range(2400):
        p = _one(rng, patrons)
        year = _one(rng, [2021, 2022, 2023, 2024], [18, 24, 28, 30])
        month = _one(rng, list(_SL_MONTHS), list(_SL_MONTHS.values()))
        day = int(rng.integers(1, 29))
        crop = _one(rng, list(_SL_CROPS), [v[0] for v in _SL_CROPS.values()])
        back_p = 0.45 if level[p] == "Experienced" else 0.2
        returned = "" if year == 2024 else ("Y" if rng.random() < back_p else "N")
        rows.append(
            {
                "Checkout Date": f"{year}-{month:02d}-{day:02d}",
                "Patron ID": p,
                "Branch": home[p] if rng.random() < 0.85 else _one(rng, list(_SL_BRANCHES)),
                "Crop": crop,
                "Variety": _one(rng, _SL_CROPS[crop][1]),
                "Packets": int(_one(rng, [1, 2, 3, 4, 5], [50, 28, 12, 6, 4])),
                "Grower Experience": level[p],
                "Returned Seed": returned,
            }
        )
    return pd.DataFrame(rows).sort_values("Checkout Date", kind="stable").reset_index(drop=True)


def _sl_back(known_only: bool, group: str | None = None) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        flag = _text(df, "Returned Seed")
        if group is not None:
            flag = flag[_text(df, "Grower Experience") == group]
        base = flag[flag.isin(["Y", "N"])] if known_only else flag
        return float((base == "Y").mean())

    return value


_SL_QS = [
    Q(
        "what's the most popular crop",
        _any_named(
            lambda df: _top(_num(df, "Packets").groupby(_text(df, "Crop")).sum()),
            lambda df: _top(_text(df, "Crop").value_counts()),
        ),
        ("Crop", "Packets"),
    ),
    Q(
        "how many packets went out in 2023",
        _count(lambda df: _num(df, "Packets")[_when(df, "Checkout Date", "%Y-%m-%d").dt.year == 2023].sum()),
        ("Checkout Date", "Packets"),
    ),
    Q(
        "what percent of checkouts came back with seed",
        either(_share(_sl_back(True)), _share(_sl_back(False))),
        ("Returned Seed",),
    ),
    Q(
        "is that different for beginners vs experienced growers",
        either(
            _shares(lambda df: [_sl_back(True, "Beginner")(df), _sl_back(True, "Experienced")(df)]),
            _shares(lambda df: [_sl_back(False, "Beginner")(df), _sl_back(False, "Experienced")(df)]),
        ),
        ("Returned Seed", "Grower Experience"),
    ),
    Q(
        "which branch has the most different patrons",
        _lead(_named(lambda df: _top(_text(df, "Patron ID").groupby(_text(df, "Branch")).nunique()))),
        ("Branch", "Patron ID"),
    ),
    Q(
        "what time of year do people take the most seeds",
        either(
            _month_word(
                lambda df: _top(_num(df, "Packets").groupby(_when(df, "Checkout Date", "%Y-%m-%d").dt.month).sum())
            ),
            _month_word(lambda df: _top(_when(df, "Checkout Date", "%Y-%m-%d").dt.month.value_counts())),
        ),
        ("Checkout Date", "Packets"),
    ),
]


# --- 5. Neighbourhood tool library loan records --------------------------------------------------------------------

_TL_TOOLS = {
    "Cordless Drill": ("Power Tools", 16),
    "Circular Saw": ("Power Tools", 8),
    "Jigsaw": ("Power Tools", 6),
    "Orbital Sander": ("Power Tools", 7),
    "Pressure Washer": ("Outdoor", 9),
    "Lawn Mower": ("Outdoor", 6),
    "Hedge Trimmer": ("Outdoor", 5),
    "Extension Ladder": ("Ladders", 7),
    "Step Ladder": ("Ladders", 6),
    "Tile Saw": ("Specialty", 3),
    "Carpet Cleaner": ("Specialty", 5),
    "Stud Finder": ("Hand Tools", 4),
    "Socket Set": ("Hand Tools", 6),
    "Pipe Wrench": ("Hand Tools", 3),
}
_TL_DAMAGE = {"Power Tools": 0.06, "Outdoor": 0.12, "Ladders": 0.03, "Specialty": 0.09, "Hand Tools": 0.02}


def _tool_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31605)
    borrowers = [f"B-{i:04d}" for i in rng.choice(np.arange(1, 1500), size=380, replace=False)]
    tier = {b: _one(rng, ["Basic", "Plus", "Contractor"], [60, 30, 10]) for b in borrowers}
    rows = []
    end = pd.Timestamp("2024-06-30")
    for i in range(2200):
        b = _one(rng, borrowers)
        tool = _one(rng, list(_TL_TOOLS), [v[1] for v in _TL_TOOLS.values()])
        cat = _TL_TOOLS[tool][0]
        out = pd.Timestamp("2022-01-03") + pd.Timedelta(days=int(rng.integers(0, 910)))
        due = out + pd.Timedelta(days=7 if tier[b] != "Contractor" else 14)
        late = int(rng.choice([0, 0, 0, 0, 0, 1, 2, 3, 5, 8, 14]))
        back = due + pd.Timedelta(days=late) - pd.Timedelta(days=int(rng.integers(0, 5)) if late == 0 else 0)
        damage_p = _TL_DAMAGE[cat] * (1.6 if tier[b] == "Contractor" else 1.0)
        still_out = back > end or rng.random() < 0.01
        rows.append(
            {
                "Loan ID": 10001 + i,
                "Tool": tool,
                "Category": cat,
                "Borrower ID": b,
                "Checkout Date": f"{out.month}/{out.day}/{out.year}",
                "Due Date": f"{due.month}/{due.day}/{due.year}",
                "Return Date": "" if still_out else f"{back.month}/{back.day}/{back.year}",
                "Days Late": None if still_out else late,
                "Late Fee": "" if still_out else f"${0.5 * late:.2f}",
                "Damaged": "" if still_out else ("Y" if rng.random() < damage_p else "N"),
                "Membership Tier": tier[b],
            }
        )
    return pd.DataFrame(rows).sort_values("Loan ID").reset_index(drop=True)


_TL_TIERS = ["Basic", "Plus", "Contractor"]


def _tl_damage(known_only: bool, by: str) -> Callable[[pd.DataFrame], pd.Series]:
    def value(df: pd.DataFrame) -> pd.Series:
        flag = _text(df, "Damaged")
        keep = flag.isin(["Y", "N"]) if known_only else flag.notna()
        return (flag[keep] == "Y").groupby(_text(df, by)[keep]).mean()

    return value


_TL_QS = [
    Q(
        "what gets borrowed the most",
        _lead(_named(lambda df: _top(_text(df, "Tool").value_counts()))),
        ("Tool", "Loan ID"),
    ),
    Q("how much have we made in late fees", _amount(lambda df: _num(df, "Late Fee").sum()), ("Late Fee",)),
    Q(
        "when things come back late, how late on average",
        _typical(lambda df: _num(df, "Days Late")[_num(df, "Days Late") > 0]),
        ("Days Late", "Return Date", "Due Date"),
    ),
    Q("how many tools are still out", _count(lambda df: int((_text(df, "Return Date") == "").sum())), ("Return Date",)),
    Q(
        "what share of loans come back damaged, by membership tier",
        either(
            _shares(lambda df: _tl_damage(True, "Membership Tier")(df).reindex(_TL_TIERS).tolist()),
            _shares(lambda df: _tl_damage(False, "Membership Tier")(df).reindex(_TL_TIERS).tolist()),
        ),
        ("Damaged", "Membership Tier", "Return Date"),
    ),
    Q(
        "which kind of tool gets damaged most often",
        _any_named(
            lambda df: _top(_tl_damage(True, "Category")(df)), lambda df: _top(_tl_damage(False, "Category")(df))
        ),
        ("Damaged", "Category", "Return Date"),
    ),
]


# --- 6. Makerspace equipment usage log -----------------------------------------------------------------------------

# equipment: weight, typical minutes, $ per minute, materials
_MK_EQUIPMENT = {
    "Laser Cutter": (35, 40, 0.50, ["3mm Birch Plywood", "Acrylic", "Cardboard", "MDF"]),
    "3D Printer": (40, 150, 0.05, ["PLA", "PETG", "TPU"]),
    "CNC Router": (15, 90, 0.40, ["MDF", "Hardwood", "HDPE"]),
    "Lathe": (10, 60, 0.20, ["Aluminum", "Hardwood", "Brass"]),
}


def _maker_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31606)
    members = _people(rng, 150)
    ids = {m: f"M{1000 + i}" for i, m in enumerate(members)}
    certified = {m: rng.random() < 0.82 for m in members}
    activity = rng.gamma(1.0, 1.0, size=len(members))
    rows = []
    for i in range(2600):
        m = members[int(rng.choice(len(members), p=activity / activity.sum()))]
        eq = _one(rng, list(_MK_EQUIPMENT), [v[0] for v in _MK_EQUIPMENT.values()])
        _, typical, rate, mats = _MK_EQUIPMENT[eq]
        day = pd.Timestamp("2023-07-01") + pd.Timedelta(days=int(rng.integers(0, 366)))
        start = day + pd.Timedelta(minutes=int(rng.integers(9 * 4, 20 * 4)) * 15 + int(rng.integers(0, 15)))
        minutes = int(max(5, rng.gamma(2.5, typical / 2.5)))
        end = start + pd.Timedelta(minutes=minutes)
        cert = "Y" if certified[m] or eq == "3D Printer" else "N"
        rows.append(
            {
                "Session ID": 5001 + i,
                "Member": m,
                "Member ID": ids[m],
                "Equipment": eq,
                "Date": f"{day:%Y-%m-%d}",
                "Start Time": f"{start:%H:%M}",
                "End Time": f"{end:%H:%M}",
                "Minutes": minutes,
                "Material": "" if rng.random() < 0.07 else _one(rng, mats),
                "Cost Charged": f"${minutes * rate + (2 if eq != '3D Printer' else 0):.2f}",
                "Certified": cert,
            }
        )
    return pd.DataFrame(rows)


def _mk_minutes_by(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Minutes").groupby(_text(df, "Equipment"))


def _mk_laser(df: pd.DataFrame) -> float:
    return float(_num(df, "Minutes")[_text(df, "Equipment") == "Laser Cutter"].sum())


_MK_ORDER = list(_MK_EQUIPMENT)

_MK_QS = [
    Q(
        "which machine gets used the most hours",
        _lead(_named(lambda df: _top(_mk_minutes_by(df).sum()))),
        ("Equipment", "Minutes"),
    ),
    Q(
        "total hours on the laser cutter?",
        either(_about(lambda df: _mk_laser(df) / 60), _count(_mk_laser)),
        ("Equipment", "Minutes"),
    ),
    Q("how much money did we take in", _amount(lambda df: _num(df, "Cost Charged").sum()), ("Cost Charged",)),
    Q(
        "average session length for each machine",
        either(
            _about(lambda df: _mk_minutes_by(df).mean().reindex(_MK_ORDER).to_numpy()),
            _about(lambda df: _mk_minutes_by(df).median().reindex(_MK_ORDER).to_numpy()),
        ),
        ("Equipment", "Minutes"),
    ),
    Q(
        "how many sessions were by people who aren't certified",
        _count(lambda df: int((_text(df, "Certified") == "N").sum())),
        ("Certified",),
    ),
    Q(
        "which member had the most of those",
        _lead(_named(lambda df: _top(_text(df, "Member")[_text(df, "Certified") == "N"].value_counts()))),
        ("Member", "Member ID", "Certified"),
    ),
]


# --- 7. Sheep shearing crew tally sheets ---------------------------------------------------------------------------

# farm: shed, breed mix
_SH_FARMS = {
    "Glenmore Station": ("Glenmore Woolshed", {"Merino": 70, "Romney": 30}),
    "Kowhai Downs": ("Top Shed", {"Romney": 60, "Perendale": 40}),
    "Te Awa Farm": ("Te Awa Shed", {"Romney": 80, "Coopworth": 20}),
    "Hillend": ("Hillend No 2", {"Perendale": 70, "Coopworth": 30}),
    "Ben Ohau": ("Ben Ohau Woolshed", {"Merino": 100}),
    "Riverlea": ("Riverlea Shed", {"Romney": 50, "Coopworth": 50}),
}
_SH_BREED_PACE = {"Romney": 1.0, "Perendale": 0.95, "Coopworth": 0.97, "Merino": 0.6}
_SH_MONTHS = {11: 18, 12: 24, 1: 26, 2: 18, 3: 14}


def _shearing_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31607)
    crew = _people(rng, 14, _FIRST[:18])
    pace = {s: float(rng.normal(280, 45)) for s in crew}
    rows = []
    for season in (2022, 2023):
        for month, days in _SH_MONTHS.items():
            year = season if month >= 11 else season + 1
            if season == 2023 and month == 3:
                days = 9
            for day in sorted(rng.choice(np.arange(1, 29), size=min(days, 28), replace=False)):
                farm = _one(rng, list(_SH_FARMS))
                shed, mix = _SH_FARMS[farm]
                breed = _one(rng, list(mix), list(mix.values()))
                for s in rng.choice(crew, size=int(rng.integers(4, 9)), replace=False):
                    s = str(s)
                    sheep = int(max(60, rng.normal(pace[s] * _SH_BREED_PACE[breed], 30)))
                    lambs = int(rng.integers(20, 120)) if month in (11, 12) and rng.random() < 0.5 else 0
                    rate = 3.10 if breed != "Merino" else 4.25
                    rows.append(
                        {
                            "Date": f"{day:02d}/{month:02d}/{year}",
                            "Farm": farm,
                            "Shed": shed,
                            "Shearer": s,
                            "Breed": breed,
                            "Sheep Shorn": sheep,
                            "Lambs Shorn": lambs if lambs else None,
                            "Rate ($/head)": f"{rate + (0.15 if year == 2024 else 0):.2f}",
                            "Wool Bales": round(
                                sheep * (0.0265 if breed != "Merino" else 0.02) + rng.normal(0, 0.4), 1
                            ),
                            "Second Cuts": int(rng.poisson(max(0.5, (sheep - 150) / 40))),
                        }
                    )
    return pd.DataFrame(rows)


def _sh_total(with_lambs: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def value(df: pd.DataFrame) -> pd.Series:
        sheep = _num(df, "Sheep Shorn")
        return sheep + _num(df, "Lambs Shorn").fillna(0) if with_lambs else sheep

    return value


def _sh_when(df: pd.DataFrame) -> pd.Series:
    return _when(df, "Date", "%d/%m/%Y")


def _sh_breed_means(how: str) -> Check:
    """Each breed's mean (or median) tally, written after the breed's name and before the other breed's."""
    breeds = ("Merino", "Romney")

    def check(answer: str, df: pd.DataFrame) -> str | None:
        values = _num(df, "Sheep Shorn").groupby(_text(df, "Breed")).agg(how)
        low = answer.lower()
        for breed in breeds:
            spots = [m.start() for m in re.finditer(breed.lower(), low)]
            ends = [m.start() for b in breeds if b != breed for m in re.finditer(b.lower(), low)]
            pieces = [answer[p : min([e for e in ends if e > p] + [p + 120])] for p in spots]
            if not any(_about(lambda _d, v=float(values[breed]): v)(x, df) is None for x in pieces):
                return f"missing {breed} {float(values[breed]):.4g}"
        return None

    return check


_SH_QS = [
    Q(
        "who shore the most sheep overall",
        _any_named(
            lambda df: _top(_sh_total(False)(df).groupby(_text(df, "Shearer")).sum()),
            lambda df: _top(_sh_total(True)(df).groupby(_text(df, "Shearer")).sum()),
        ),
        ("Shearer", "Sheep Shorn", "Lambs Shorn"),
    ),
    Q(
        "biggest tally by one shearer in a day?",
        either(_count(lambda df: _sh_total(False)(df).max()), _count(lambda df: _sh_total(True)(df).max())),
        ("Shearer", "Date", "Sheep Shorn", "Lambs Shorn"),
    ),
    Q("how many bales of wool altogether", _about(lambda df: _num(df, "Wool Bales").sum(), rel=0.002), ("Wool Bales",)),
    Q(
        "average sheep per shearer per day, merinos vs romneys",
        either(_sh_breed_means("mean"), _sh_breed_means("median")),
        ("Breed", "Sheep Shorn", "Shearer", "Date"),
    ),
    Q(
        "do shearers who do more sheep in a day leave more second cuts",
        _corr(lambda df: _num(df, "Sheep Shorn"), lambda df: _num(df, "Second Cuts")),
        ("Sheep Shorn", "Second Cuts"),
    ),
    Q(
        "which month was the busiest",
        either(
            _month_year(
                lambda df: _sh_total(False)(df).groupby(_sh_when(df).dt.to_period("M")).sum().idxmax().to_timestamp()
            ),
            _month_word(lambda df: _top(_sh_total(False)(df).groupby(_sh_when(df).dt.month).sum())),
        ),
        ("Date", "Sheep Shorn", "Lambs Shorn"),
    ),
]


HELDOUT316: list[Dataset] = [
    Dataset("track_meet_results", _track_frame, _TR_QS),
    Dataset("darts_league_stats", _darts_frame, _DA_QS),
    Dataset("cricket_batting_scorebook", _cricket_frame, _CR_QS),
    Dataset("seed_library_checkouts", _seed_frame, _SL_QS),
    Dataset("tool_library_loans", _tool_frame, _TL_QS),
    Dataset("makerspace_usage", _maker_frame, _MK_QS),
    Dataset("shearing_tally", _shearing_frame, _SH_QS),
]
