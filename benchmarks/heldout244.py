"""HELDOUT244: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports an analyst is likely to bring along: a Wordle
results history exported from a stats tracker (one row per daily puzzle played, 2022-2023, a few days missed) with
"Puzzle #" (days since 2021-06-19), Date as "2022-01-15", Answer in upper case, Guesses as text ("1"-"6", or "X" when
failed, so pandas reads the column as text), "Hard Mode" (Yes/No), "Streak After" (0 after a fail, restarting at 1
after a missed day), "First Guess" as an upper-case five-letter word (CRANE, SLATE, ADIEU, ...), "Greens On First
Guess" and "Yellows On First Guess" (0-5, five greens on a first-guess win), "Time To Solve" as "2m 14s" (blank for a
few) and Shared (TRUE/FALSE); a New York Times Crossword stats export (one row per puzzle attempted, 2023 to June
2024) with Date as "2023-01-01", "Day of Week" ("Sunday"), "Puzzle Size" (15x15, 21x21 on Sundays, 5x5 minis, 7x7
Saturday minis, 9x9 midis), Type (Daily, Mini, Midi from September 2023), "Solve Time" in seconds (blank when
unfinished), Solved (Y/N), "Checks Used", "Reveals Used", "Gold Star" (Y/N: solved the same day with no checks or
reveals), Streak (the daily streak when the row was logged) and Constructor; a BG Stats board game play log export
(2022-2024) with "Play Date" as "2023-04-15", Game, "BGG ID", Location (Home, Game Cafe, Mike's, Online), Duration in
minutes (0 when the timer was not used), Players (count), "Player Names" semicolon-separated and always holding "Me"
("Me;Ana;Tom"), Winner (a player name, blank for cooperative games), "My Score" and "Winning Score" (blank for
cooperative games), Won (1/0, the team result for cooperative games), "First Play" (Yes/No), Cooperative (Yes/No) and
"Expansion Used" (blank when none); an E-ZPass toll statement for 2024 (one row per toll, plus "REPLENISHMENT" rows
with a positive amount and no agency when the balance ran low) with "Transaction Date" as "01/15/2024 07:42:13",
"Posting Date" as "01/17/2024" (one to ten days later), "Tag Number" as text ("00812345678"), Plate ("NY KLM4821"),
Agency ("NJ Turnpike", "MTA B&T", "PANYNJ", "PA Turnpike", "NYS Thruway"), "Entry Plaza", "Exit Plaza" (blank for
single-point bridge and tunnel tolls), Class (1 for the car, 2 or 3 when towing the trailer), "Toll Amount" as
negative numbers (-6.94), Discount ("Off-Peak", "Resident" or blank) and "Balance After"; a state energy office's
weekly residential heating oil price survey (October to mid-March of the 2021-22, 2022-23 and 2023-24 seasons, one
row per week per region) with "Week Of" as "10/04/2021", Region (Northeast, Central, Southern Tier, Capital District,
Long Island and a "Statewide Average" row each week whose prices are the regions' mean and whose "Retailers
Surveyed" is their sum), "Price Per Gallon ($)" with three decimals, "Change From Last Week" and "Change From Last
Year" ("N/A" on a season's first week and through the first season, so pandas reads them as numbers with blanks),
"Retailers Surveyed", "Kerosene Price Per Gallon ($)", "Propane Price Per Gallon ($)" ("N/A" for some regional rows)
and Season ("2023-24"); a city parks department's off-leash dog area inventory with "Park Name" (repeated for parks
with several areas), "Dog Area Name" ("Large Dog Run", "Small Dog Run", ...), "Borough/District" (the five NYC
boroughs), Acres (two decimals, blank for a few), Surface (Grass, Wood Chips, Gravel, Decomposed Granite, Turf),
"Separate Small Dog Area" (Y/N), Fenced (Fully, Partially, No), "Water Fountain" and Lighting (Y/N), Hours as text
("6am-9pm", "Dawn to Dusk", "24 Hours"), "Seasonal Closure" (blank or "Dec-Mar"), "Year Opened" and "Annual Visits"
(an estimate rounded to the hundred, blank for some); and a city's school crossing guard post roster with "Post ID"
as "XG-0042", Intersection ("Main St & 4th Ave"), "School Served", Ward (1-12), Shift (AM, PM, AM/PM, Midday), "Guard
Assigned" (a name, some guards holding two posts, or "VACANT"), "Hourly Rate ($)" (the budgeted rate, also on vacant
posts), "Hours Per Day", "Years Of Service" (blank when vacant), "Traffic Signal At Post" (Y/N), "Students Crossing
Daily" and "Incidents This Year". All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share
from .offline_eval import Check, Dataset, Q, either, month_year
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled


def _words(text: str, sep: str | None = None) -> list[str]:
    """A word list written as one string."""
    return [w.strip() for w in text.split(sep)]


def _top(scores: pd.Series) -> str:
    """The label with the highest score (ties: first in label order)."""
    return str(scores.sort_index(kind="stable").idxmax())


def _low(scores: pd.Series) -> str:
    """The label with the lowest score (ties: first in label order)."""
    return str(scores.sort_index(kind="stable").idxmin())


def _num(df: pd.DataFrame, col: str) -> pd.Series:
    """A column as numbers ("$", "%", commas, "N/A" and blanks handled)."""
    text = df[col].astype("string").str.replace(r"[$,%\s]", "", regex=True)
    return pd.to_numeric(text, errors="coerce")


def _text(df: pd.DataFrame, col: str) -> pd.Series:
    return df[col].astype("string").fillna("").str.strip()


def _flag(df: pd.DataFrame, col: str) -> pd.Series:
    """TRUE/FALSE, Y/N, Yes/No or 1/0 as booleans."""
    return _text(df, col).str.upper().isin(["TRUE", "Y", "YES", "1", "1.0"])


def _signless(values: Callable[[pd.DataFrame], Any], rel: float = 0.005) -> Check:
    """Every amount appears, written as positive or negative (a toll of -6.94 read as "$6.94")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        for w in np.atleast_1d(values(df)):
            v = abs(float(w))
            why = either(_about(lambda d, v=v: v, rel=rel), _about(lambda d, v=v: -v, rel=rel))(answer, df)
            if why:
                return why
        return None

    return check


# --- 1. Wordle results history -------------------------------------------------------------------------------------

_WD_ANSWERS = _words(
    "CIGAR REBUT SISSY HUMPH AWAKE BLUSH FOCAL EVADE NAVAL SERVE HEATH DWARF MODEL KARMA STINK GRADE QUIET BENCH ABATE "
    "FEIGN MAJOR DEATH FRESH CRUST STOOL COLON ABASE MARRY REACT BATTY PRIDE FLOSS HELIX CROAK STAFF PAPER UNFED WHELP "
    "TRAWL OUTDO ADOBE CRAZY SOWER REPAY DIGIT CRATE CLUCK SPIKE MIMIC POUND MAXIM LINEN UNMET FLESH BOOBY FORTH FIRST "
    "STAND BELLY IVORY SEEDY PRINT YEARN DRAIN BRIBE STOUT PANEL CRASS FLUME OFFAL AGREE ERROR SWIRL ARGUE BLEED DELTA"
)
_WD_STARTS = ["CRANE", "SLATE", "ADIEU", "STARE", "AUDIO", "RAISE", "TRACE"]
_WD_START_W = [3, 5, 2, 1.5, 1.2, 1.5, 1]
_WD_GUESS_P = [0.01, 0.05, 0.24, 0.36, 0.22, 0.09, 0.03]


def _wordle_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24401)
    rows = []
    streak = 0
    last_played: pd.Timestamp | None = None
    day = pd.Timestamp("2022-01-15")
    while day <= pd.Timestamp("2023-12-31"):
        if rng.random() < 0.06:
            day += pd.Timedelta(days=1)
            continue
        hard = rng.random() < (0.7 if day >= pd.Timestamp("2023-03-01") else 0.15)
        start = _one(rng, _WD_STARTS, _WD_START_W)
        greens = int(_one(rng, [0, 1, 2, 3, 4], [30, 35, 22, 10, 3]))
        yellows = int(min(5 - greens, _one(rng, [0, 1, 2, 3], [25, 40, 25, 10])))
        p = np.array(_WD_GUESS_P)
        shift = 0.25 * greens + 0.1 * yellows - (0.2 if hard else 0.0)
        p = p * np.exp(-shift * np.arange(7) / 3 + shift * 0.6)
        g = int(rng.choice(7, p=p / p.sum())) + 1
        if g == 1:
            greens, yellows = 5, 0
        failed = g == 7
        if failed:
            streak = 0
        elif last_played is not None and (day - last_played).days == 1:
            streak += 1
        else:
            streak = 1
        last_played = day
        secs = int(np.clip(rng.gamma(3.0, 35 + 14 * min(g, 6)), 15, 1800))
        time = "" if rng.random() < 0.03 else f"{secs // 60}m {secs % 60}s"
        rows.append(
            {
                "Puzzle #": (day - pd.Timestamp("2021-06-19")).days,
                "Date": f"{day:%Y-%m-%d}",
                "Answer": _one(rng, _WD_ANSWERS),
                "Guesses": "X" if failed else str(g),
                "Hard Mode": "Yes" if hard else "No",
                "Streak After": streak,
                "First Guess": start,
                "Greens On First Guess": greens,
                "Yellows On First Guess": yellows,
                "Time To Solve": time,
                "Shared": "TRUE" if rng.random() < 0.45 else "FALSE",
            }
        )
        day += pd.Timedelta(days=1)
    return pd.DataFrame(rows)


def _wd_guesses(df: pd.DataFrame, fail_as: float | None = None) -> pd.Series:
    g = pd.to_numeric(df["Guesses"].astype("string"), errors="coerce")
    return g if fail_as is None else g.fillna(fail_as)


def _wd_seconds(df: pd.DataFrame) -> pd.Series:
    parts = df["Time To Solve"].astype("string").str.extract(r"(\d+)m\s*(\d+)s")
    return pd.to_numeric(parts[0]) * 60 + pd.to_numeric(parts[1])


def _wd_hard_means(fail_as: float | None) -> Callable[[pd.DataFrame], list[float]]:
    def means(df: pd.DataFrame) -> list[float]:
        g = _wd_guesses(df, fail_as)
        hard = df["Hard Mode"] == "Yes"
        return [float(g[hard].mean()), float(g[~hard].mean())]

    return means


def _wd_time_check() -> Check:
    """The mean solve time in seconds, in minutes, or as "2m 14s" / "2 min 14 sec"."""
    base = either(
        _about(lambda d: _wd_seconds(d).mean(), rel=0.005),
        _about(lambda d: _wd_seconds(d).mean() / 60, rel=0.01),
    )

    def check(answer: str, df: pd.DataFrame) -> str | None:
        if base(answer, df) is None:
            return None
        want = float(_wd_seconds(df).mean())
        for m in re.finditer(r"(\d+)\s*m(?:in\w*)?\.?,?\s*(?:and\s+)?(\d+)\s*s", answer, re.IGNORECASE):
            if abs(int(m.group(1)) * 60 + int(m.group(2)) - want) <= 1.0:
                return None
        return f"missing time {want:.1f}s"

    return check


_WD_QS = [
    Q(
        "how many wordles did i fail",
        _count(lambda df: int((_text(df, "Guesses").str.upper() == "X").sum())),
        ("Guesses",),
    ),
    Q(
        "whats my average number of guesses",
        either(
            _about(lambda df: _wd_guesses(df).mean(), rel=0.003),
            _about(lambda df: _wd_guesses(df, 7).mean(), rel=0.003),
        ),
        ("Guesses",),
    ),
    Q(
        "am i worse in hard mode? avg guesses hard vs normal",
        either(_about(_wd_hard_means(None), rel=0.003), _about(_wd_hard_means(7), rel=0.003)),
        ("Guesses", "Hard Mode"),
    ),
    Q(
        "which starting word do i use the most",
        _lead(_named(lambda df: _top(df["First Guess"].value_counts()))),
        ("First Guess",),
    ),
    Q(
        "longest streak i've had?",
        _count(lambda df: int(df["Streak After"].max())),
        ("Streak After", "Date", "Puzzle #"),
    ),
    Q(
        "how long does it usually take me to solve",
        either(
            _wd_time_check(),
            _about(lambda d: _wd_seconds(d).median(), rel=0.005),
            _about(lambda d: _wd_seconds(d).median() / 60, rel=0.01),
        ),
        ("Time To Solve",),
    ),
]


# --- 2. NYT Crossword stats ----------------------------------------------------------------------------------------

_CW_DAILY_SECS = {0: 430, 1: 580, 2: 800, 3: 1350, 4: 1250, 5: 1650, 6: 2300}
_CW_FAIL = {0: 0.02, 1: 0.03, 2: 0.05, 3: 0.12, 4: 0.1, 5: 0.18, 6: 0.12}
_CW_CONSTRUCTORS = [
    "Joel Fagliano",
    "Robyn Weintraub",
    "Brooke Husic",
    "Sam Ezersky",
    "David Steinberg",
    "Kameron Austin Collins",
    "Wyna Liu",
    "Ryan McCarty",
    "Rebecca Goldstein",
    "Patti Varol",
]


def _crossword_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24402)
    rows = []
    streak = 0
    day = pd.Timestamp("2023-01-01")
    while day <= pd.Timestamp("2024-06-30"):
        dow = day.dayofweek
        kinds = []
        if rng.random() < 0.62:
            kinds.append("Daily")
        if rng.random() < 0.8:
            kinds.append("Mini")
        if day >= pd.Timestamp("2023-09-05") and rng.random() < 0.25:
            kinds.append("Midi")
        daily_gold = False
        for kind in kinds:
            checks = int(rng.poisson(0.15 if kind == "Mini" else 0.5 + 0.25 * dow))
            reveals = int(rng.poisson(0.02 if kind == "Mini" else 0.05 + 0.05 * dow))
            if kind == "Daily":
                size = "21x21" if dow == 6 else "15x15"
                secs = _CW_DAILY_SECS[dow] * rng.lognormal(0, 0.35) + 90 * checks
                solved = rng.random() > _CW_FAIL[dow] * (1 + reveals)
                same_day = rng.random() > 0.15
            elif kind == "Mini":
                size = "7x7" if dow == 5 else "5x5"
                secs = (95 if dow == 5 else 48) * rng.lognormal(0, 0.4) + 15 * checks
                solved = rng.random() > 0.01
                same_day = rng.random() > 0.05
            else:
                size = "9x9"
                secs = 210 * rng.lognormal(0, 0.35) + 30 * checks
                solved = rng.random() > 0.03
                same_day = rng.random() > 0.1
            gold = solved and same_day and checks == 0 and reveals == 0
            if kind == "Daily":
                daily_gold = solved and same_day
            rows.append(
                {
                    "Date": f"{day:%Y-%m-%d}",
                    "Day of Week": f"{day:%A}",
                    "Puzzle Size": size,
                    "Type": kind,
                    "Solve Time": round(secs) if solved else None,
                    "Solved": "Y" if solved else "N",
                    "Checks Used": checks,
                    "Reveals Used": reveals,
                    "Gold Star": "Y" if gold else "N",
                    "Streak": 0,
                    "Constructor": _one(rng, _CW_CONSTRUCTORS[:4]) if kind == "Mini" else _one(rng, _CW_CONSTRUCTORS),
                }
            )
        streak = streak + 1 if daily_gold else 0
        for row in rows[len(rows) - len(kinds) :]:
            row["Streak"] = streak
        day += pd.Timedelta(days=1)
    out = pd.DataFrame(rows)
    out["Solve Time"] = out["Solve Time"].astype("Int64")
    return out


def _cw_daily(df: pd.DataFrame) -> pd.DataFrame:
    return df[(df["Type"] == "Daily") & df["Solve Time"].notna()]


def _cw_top_month(df: pd.DataFrame) -> pd.Timestamp:
    d = df[df["Solved"] == "Y"]
    counts = pd.to_datetime(d["Date"]).dt.to_period("M").value_counts()
    return counts.sort_index(kind="stable").idxmax().to_timestamp()


_CW_QS = [
    Q(
        "which day of the week is the daily puzzle slowest for me",
        _lead(_named(lambda df: _top(_cw_daily(df).groupby("Day of Week")["Solve Time"].mean()))),
        ("Day of Week", "Solve Time", "Type"),
    ),
    Q(
        "how many gold stars have i got",
        _count(lambda df: int((df["Gold Star"] == "Y").sum())),
        ("Gold Star",),
    ),
    Q(
        "what share of puzzles did i not finish",
        _share(lambda df: float((df["Solved"] == "N").mean())),
        ("Solved", "Solve Time"),
    ),
    Q(
        "average time on the mini?",
        either(
            _about(lambda df: df.loc[df["Type"] == "Mini", "Solve Time"].mean(), rel=0.005),
            _about(lambda df: df.loc[df["Type"] == "Mini", "Solve Time"].median(), rel=0.005),
        ),
        ("Solve Time", "Type"),
    ),
    Q(
        "do checks slow me down on the daily",
        either(
            _corr(lambda df: _cw_daily(df)["Checks Used"], lambda df: _cw_daily(df)["Solve Time"]),
            _corr(lambda df: df["Checks Used"], lambda df: df["Solve Time"]),
        ),
        ("Checks Used", "Solve Time", "Type"),
    ),
    Q(
        "which month did i finish the most puzzles",
        _lead(month_year(_cw_top_month)),
        ("Date", "Solved"),
    ),
]


# --- 3. BG Stats play log --------------------------------------------------------------------------------------------

# game: BGG ID, cooperative, players (min, max), minutes, weight of plays, top score
_BG_GAMES: dict[str, tuple[int, bool, tuple[int, int], int, float, int]] = {
    "Wingspan": (266192, False, (2, 5), 70, 9, 95),
    "Catan": (13, False, (3, 4), 85, 5, 10),
    "Azul": (230802, False, (2, 4), 40, 7, 80),
    "Ticket to Ride": (9209, False, (2, 5), 55, 6, 120),
    "Pandemic": (30549, True, (2, 4), 50, 5, 0),
    "Spirit Island": (162886, True, (1, 4), 120, 3, 0),
    "Terraforming Mars": (167791, False, (2, 5), 140, 4, 90),
    "7 Wonders Duel": (173346, False, (2, 2), 30, 6, 70),
    "Codenames": (178900, False, (4, 7), 20, 4, 1),
    "Cascadia": (295947, False, (2, 4), 40, 7, 95),
    "The Crew": (284083, True, (3, 5), 25, 4, 0),
    "Everdell": (199792, False, (2, 4), 80, 3, 75),
}
_BG_EXPANSIONS = {
    "Wingspan": "European Expansion",
    "Catan": "Seafarers",
    "Terraforming Mars": "Prelude",
    "Everdell": "Pearlbrook",
    "Pandemic": "On the Brink",
}
_BG_FRIENDS = {"Ana": 1.3, "Tom": 0.9, "Mike": 1.1, "Priya": 1.0, "Jordan": 0.7, "Sam": 0.8}
_BG_PLACES = ["Home", "Game Cafe", "Mike's", "Online"]


def _boardgame_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24403)
    rows = []
    games = list(_BG_GAMES)
    seen: set[str] = set()
    friends = list(_BG_FRIENDS)
    for _ in range(640):
        day = pd.Timestamp("2022-01-01") + pd.Timedelta(days=int(rng.integers(0, 1096)))
        game = _one(rng, games, [v[4] for v in _BG_GAMES.values()])
        bgg, coop, (lo, hi), minutes, _, top = _BG_GAMES[game]
        place = _one(rng, _BG_PLACES, [50, 15, 22, 13])
        n = int(rng.integers(lo, hi + 1))
        others = list(rng.choice(friends, size=n - 1, replace=False)) if n > 1 else []
        if place == "Mike's" and "Mike" not in others and others:
            others[0] = "Mike"
        names = ["Me", *others]
        first = game not in seen or rng.random() < 0.02
        seen.add(game)
        duration = round(float(minutes * (0.8 + 0.12 * n) * (1.3 if first else 1.0) * rng.uniform(0.75, 1.3)))
        if rng.random() < 0.03:
            duration = 0
        expansion = _BG_EXPANSIONS.get(game, "") if rng.random() < 0.3 else ""
        if coop:
            won = int(rng.random() < (0.42 if game == "Spirit Island" else 0.55))
            winner, my_score, win_score = "", None, None
        else:
            skill = np.array([1.05 if place != "Mike's" else 0.8, *(_BG_FRIENDS[o] for o in others)])
            if place == "Mike's":
                skill[[i for i, x in enumerate(names) if x == "Mike"]] *= 1.4
            winner = str(names[int(rng.choice(n, p=skill / skill.sum()))])
            won = int(winner == "Me")
            if top == 1:
                win_score, my_score = 1, (1 if won else 0)
            else:
                win_score = int(top * rng.uniform(0.75, 1.15))
                my_score = win_score if won else int(win_score * rng.uniform(0.6, 0.97))
        rows.append(
            {
                "Play Date": f"{day:%Y-%m-%d}",
                "Game": game,
                "BGG ID": bgg,
                "Location": place,
                "Duration": duration,
                "Players": n,
                "Player Names": ";".join(names),
                "Winner": winner,
                "My Score": my_score,
                "Winning Score": win_score,
                "Won": won,
                "First Play": "Yes" if first else "No",
                "Cooperative": "Yes" if coop else "No",
                "Expansion Used": expansion,
            }
        )
    out = pd.DataFrame(rows).sort_values("Play Date", kind="stable").reset_index(drop=True)
    # "First Play" follows the date order, as the app writes it
    out["First Play"] = np.where(~out["Game"].duplicated(), "Yes", "No")
    return out


def _bg_rate(where: str | None, competitive: bool) -> Callable[[pd.DataFrame], float]:
    def rate(df: pd.DataFrame) -> float:
        d = df if where is None else df[df["Location"] == where]
        if competitive:
            d = d[d["Cooperative"] == "No"]
        return float(pd.to_numeric(d["Won"]).mean())

    return rate


def _bg_first_means(skip_zero: bool) -> Callable[[pd.DataFrame], list[float]]:
    def means(df: pd.DataFrame) -> list[float]:
        d = df[df["Duration"] > 0] if skip_zero else df
        m = d.groupby("First Play")["Duration"].mean()
        return [float(m["Yes"]), float(m["No"])]

    return means


def _bg_beats_me(df: pd.DataFrame) -> str:
    w = _text(df, "Winner")
    return _top(w[(w != "") & (w != "Me")].value_counts())


_BG_QS = [
    Q(
        "which game have i played the most",
        _lead(_named(lambda df: _top(df["Game"].value_counts()))),
        ("Game",),
    ),
    Q(
        "whats my win rate",
        either(_share(_bg_rate(None, False)), _share(_bg_rate(None, True))),
        ("Won", "Cooperative"),
    ),
    Q(
        "and at mike's?",
        either(_share(_bg_rate("Mike's", False)), _share(_bg_rate("Mike's", True))),
        ("Won", "Location", "Cooperative"),
    ),
    Q(
        "who beats me most often",
        _lead(_named(_bg_beats_me)),
        ("Winner", "Won", "Cooperative"),
    ),
    Q(
        "how many hours have i spent playing in total",
        _scaled(lambda df: float(df["Duration"].sum()), (60.0,), rel=0.005),
        ("Duration",),
    ),
    Q(
        "are first plays longer? avg length first time vs repeat",
        either(_about(_bg_first_means(False), rel=0.005), _about(_bg_first_means(True), rel=0.005)),
        ("Duration", "First Play"),
    ),
]


# --- 4. E-ZPass toll statement ---------------------------------------------------------------------------------------

# agency: plazas, single point (no exit), base toll for class 1, weight
_EZ_AGENCIES: dict[str, tuple[list[str], bool, tuple[float, float], float]] = {
    "NJ Turnpike": (
        ["1 - Delaware Memorial Br", "8A - Jamesburg", "9 - New Brunswick", "11 - Woodbridge", "14 - Newark Airport"],
        False,
        (1.9, 11.5),
        30,
    ),
    "MTA B&T": (["Verrazzano-Narrows Br", "RFK Br", "Queens Midtown Tun", "Throgs Neck Br"], True, (6.94, 6.94), 28),
    "PANYNJ": (
        ["George Washington Br", "Lincoln Tun", "Holland Tun", "Goethals Br", "Outerbridge Crossing"],
        True,
        (16.06, 16.06),
        22,
    ),
    "PA Turnpike": (
        ["Delaware River Br", "Philadelphia", "King of Prussia", "Harrisburg East", "Carlisle"],
        False,
        (3.5, 24.0),
        10,
    ),
    "NYS Thruway": (["Woodbury", "Harriman", "New Paltz", "Kingston", "Albany"], False, (1.2, 9.8), 10),
}


def _ezpass_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24404)
    rows = []
    balance = 75.0
    agencies = list(_EZ_AGENCIES)
    stamps = sorted(
        pd.Timestamp("2024-01-01") + pd.Timedelta(seconds=int(s)) for s in rng.integers(0, 366 * 86400, size=820)
    )
    for t in stamps:
        agency = _one(rng, agencies, [v[3] for v in _EZ_AGENCIES.values()])
        plazas, single, (lo, hi), _ = _EZ_AGENCIES[agency]
        summer = 5 <= t.month <= 9
        towing = rng.random() < (0.25 if summer else 0.04)
        cls = int(_one(rng, [2, 3], [3, 1])) if towing else 1
        entry = _one(rng, plazas)
        exit_ = ""
        if single:
            base = lo
        else:
            exit_ = _one(rng, [p for p in plazas if p != entry])
            base = lo + (hi - lo) * abs(plazas.index(entry) - plazas.index(exit_)) / (len(plazas) - 1)
        peak = t.dayofweek < 5 and (6 <= t.hour < 10 or 16 <= t.hour < 20)
        discount = ""
        amount = base
        if agency == "PANYNJ" and not peak:
            discount, amount = "Off-Peak", 14.06
        elif agency == "NJ Turnpike" and not peak and rng.random() < 0.5:
            discount, amount = "Off-Peak", base * 0.9
        elif agency == "MTA B&T" and entry == "Verrazzano-Narrows Br" and rng.random() < 0.6:
            discount, amount = "Resident", 2.75
        amount = round(amount * {1: 1.0, 2: 2.0, 3: 3.0}[cls], 2)
        balance = round(balance - amount, 2)
        lag = int(rng.integers(2, 11)) if agency == "PA Turnpike" else int(rng.integers(1, 5))
        rows.append(
            {
                "Transaction Date": f"{t:%m/%d/%Y %H:%M:%S}",
                "Posting Date": f"{t + pd.Timedelta(days=lag):%m/%d/%Y}",
                "Tag Number": "00812345678",
                "Plate": "NY KLM4821",
                "Agency": agency,
                "Entry Plaza": entry,
                "Exit Plaza": exit_,
                "Class": cls,
                "Toll Amount": -amount,
                "Discount": discount,
                "Balance After": balance,
            }
        )
        if balance < 25:
            balance = round(balance + 100.0, 2)
            r = t + pd.Timedelta(minutes=int(rng.integers(5, 120)))
            rows.append(
                {
                    "Transaction Date": f"{r:%m/%d/%Y %H:%M:%S}",
                    "Posting Date": f"{r:%m/%d/%Y}",
                    "Tag Number": "00812345678",
                    "Plate": "NY KLM4821",
                    "Agency": "",
                    "Entry Plaza": "REPLENISHMENT",
                    "Exit Plaza": "",
                    "Class": None,
                    "Toll Amount": 100.0,
                    "Discount": "",
                    "Balance After": balance,
                }
            )
    out = pd.DataFrame(rows)
    out["Class"] = out["Class"].astype("Int64")
    return out


def _ez_tolls(df: pd.DataFrame) -> pd.DataFrame:
    return df[pd.to_numeric(df["Toll Amount"]) < 0]


def _ez_class_means(df: pd.DataFrame) -> list[float]:
    d = _ez_tolls(df)
    towing = pd.to_numeric(d["Class"]) >= 2
    return [float(d.loc[towing, "Toll Amount"].mean()), float(d.loc[~towing, "Toll Amount"].mean())]


def _ez_top_month(df: pd.DataFrame) -> pd.Timestamp:
    d = _ez_tolls(df)
    month = pd.to_datetime(d["Transaction Date"], format="%m/%d/%Y %H:%M:%S").dt.to_period("M")
    return pd.Series(-d["Toll Amount"].to_numpy(), index=month).groupby(level=0).sum().idxmax().to_timestamp()


def _ez_lag(how: str, tolls_only: bool) -> Callable[[pd.DataFrame], float]:
    def lag(df: pd.DataFrame) -> float:
        d = _ez_tolls(df) if tolls_only else df
        posted = pd.to_datetime(d["Posting Date"], format="%m/%d/%Y")
        done = pd.to_datetime(d["Transaction Date"], format="%m/%d/%Y %H:%M:%S").dt.normalize()
        return float(getattr((posted - done).dt.days, how)())

    return lag


_EZ_QS = [
    Q(
        "how much did i spend on tolls this year",
        _signless(lambda df: _ez_tolls(df)["Toll Amount"].sum(), rel=0.002),
        ("Toll Amount",),
    ),
    Q(
        "which agency got the most of my money",
        _lead(_named(lambda df: _low(_ez_tolls(df).groupby("Agency")["Toll Amount"].sum()))),
        ("Agency", "Toll Amount"),
    ),
    Q(
        "how many tolls got the off peak discount",
        _count(lambda df: int((_text(df, "Discount") == "Off-Peak").sum())),
        ("Discount",),
    ),
    Q(
        "what's the average toll when i'm towing the trailer vs not",
        _signless(_ez_class_means, rel=0.005),
        ("Toll Amount", "Class"),
    ),
    Q(
        "which month did i spend the most on tolls",
        _lead(month_year(_ez_top_month)),
        ("Transaction Date", "Toll Amount"),
    ),
    Q(
        "how many days does it usually take for a toll to post",
        either(
            _about(_ez_lag("mean", True), rel=0.01),
            _about(_ez_lag("median", True), rel=0.01),
            _about(_ez_lag("mean", False), rel=0.01),
        ),
        ("Transaction Date", "Posting Date"),
    ),
]


# --- 5. Weekly heating oil price survey ------------------------------------------------------------------------------

_HO_REGIONS = {
    "Northeast": 0.02,
    "Central": -0.08,
    "Southern Tier": -0.14,
    "Capital District": 0.06,
    "Long Island": 0.3,
}
_HO_SEASONS = {"2021-22": (3.05, 4.6), "2022-23": (5.45, 4.35), "2023-24": (4.45, 4.05)}


def _heating_oil_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24405)
    rows = []
    prev: dict[str, float] = {}
    last_year: dict[tuple[str, int], float] = {}
    for s_i, (season, (p0, p1)) in enumerate(_HO_SEASONS.items()):
        year = 2021 + s_i
        start = pd.Timestamp(f"{year}-10-01")
        start += pd.Timedelta(days=(7 - start.dayofweek) % 7)
        weeks = 24
        level = p0
        for w in range(weeks):
            week = start + pd.Timedelta(weeks=w)
            trend = p0 + (p1 - p0) * w / (weeks - 1)
            if season == "2021-22" and w >= 21:
                trend += 1.1 * (w - 20) / 3
            level = 0.5 * level + 0.5 * trend + rng.normal(0, 0.05)
            prices, kero, prop, shops = [], [], [], []
            for off in _HO_REGIONS.values():
                p = round(level + off + rng.normal(0, 0.04), 3)
                k = round(p + 0.75 + rng.normal(0, 0.08), 3)
                pr = round(3.1 + 0.12 * off + 0.15 * (p - 4) + rng.normal(0, 0.06), 3)
                n = int(rng.integers(12, 34))
                prices.append(p)
                kero.append(k)
                shops.append(n)
                prop.append(None if rng.random() < 0.08 else pr)
            regions = [*_HO_REGIONS, "Statewide Average"]
            prop_ok = [x for x in prop if x is not None]
            prices.append(round(float(np.mean(prices)), 3))
            kero.append(round(float(np.mean(kero)), 3))
            prop.append(round(float(np.mean(prop_ok)), 3))
            shops.append(int(sum(shops)))
            for region, p, k, pr, n in zip(regions, prices, kero, prop, shops, strict=True):
                ly = last_year.get((region, w))
                rows.append(
                    {
                        "Week Of": f"{week:%m/%d/%Y}",
                        "Region": region,
                        "Price Per Gallon ($)": p,
                        "Change From Last Week": "N/A" if w == 0 else f"{p - prev[region]:.3f}",
                        "Change From Last Year": "N/A" if ly is None else f"{p - ly:.3f}",
                        "Retailers Surveyed": n,
                        "Kerosene Price Per Gallon ($)": k,
                        "Propane Price Per Gallon ($)": "N/A" if pr is None else f"{pr:.3f}",
                        "Season": season,
                    }
                )
                prev[region] = p
                last_year[(region, w)] = p
    return pd.DataFrame(rows)


def _ho_regions(df: pd.DataFrame) -> pd.DataFrame:
    return df[df["Region"] != "Statewide Average"]


def _ho_state(df: pd.DataFrame) -> pd.DataFrame:
    return df[df["Region"] == "Statewide Average"]


def _ho_peak_week(df: pd.DataFrame) -> pd.Timestamp:
    s = _ho_state(df)
    return pd.to_datetime(s.loc[s["Price Per Gallon ($)"].idxmax(), "Week Of"], format="%m/%d/%Y")


def _ho_season_means(state: bool) -> Callable[[pd.DataFrame], Any]:
    def means(df: pd.DataFrame) -> Any:
        d = _ho_state(df) if state else _ho_regions(df)
        return d.groupby("Season")["Price Per Gallon ($)"].mean().to_numpy()

    return means


_HO_QS = [
    Q(
        "which region has the cheapest heating oil on average",
        _lead(_named(lambda df: _low(_ho_regions(df).groupby("Region")["Price Per Gallon ($)"].mean()))),
        ("Region", "Price Per Gallon ($)"),
    ),
    Q(
        "when was heating oil most expensive statewide",
        _lead(_day(_ho_peak_week)),
        ("Week Of", "Price Per Gallon ($)", "Region"),
    ),
    Q(
        "avg price each winter",
        either(_about(_ho_season_means(True), rel=0.003), _about(_ho_season_means(False), rel=0.003)),
        ("Price Per Gallon ($)", "Season", "Region"),
    ),
    Q(
        "how many weeks was long island above $5",
        _count(lambda df: int((df.loc[df["Region"] == "Long Island", "Price Per Gallon ($)"] > 5).sum())),
        ("Region", "Price Per Gallon ($)", "Week Of"),
    ),
    Q(
        "does kerosene move with heating oil",
        either(
            _corr(lambda df: df["Kerosene Price Per Gallon ($)"], lambda df: df["Price Per Gallon ($)"]),
            _corr(
                lambda df: _ho_regions(df)["Kerosene Price Per Gallon ($)"],
                lambda df: _ho_regions(df)["Price Per Gallon ($)"],
            ),
        ),
        ("Kerosene Price Per Gallon ($)", "Price Per Gallon ($)"),
    ),
    Q(
        "how many propane prices are missing",
        _count(lambda df: int(_num(df, "Propane Price Per Gallon ($)").isna().sum())),
        ("Propane Price Per Gallon ($)",),
    ),
]


# --- 6. Off-leash dog park inventory ---------------------------------------------------------------------------------

_DP_BOROUGHS = {"Brooklyn": 30, "Queens": 26, "Manhattan": 24, "Bronx": 14, "Staten Island": 8}
_DP_NAMES = _words(
    "Washington Hudson Riverside Tompkins Carl Schurz Marcus Garvey Highbridge Fort Greene Prospect McCarren Cooper "
    "Owl's Head Hillside Seton Falls Ewen Pelham Forest Juniper Valley Astoria Kissena Cunningham Alley Pond Silver "
    "Lake Clove Lakes Wolfe's Pond Conference House Seaview Dyker Beach Sunset Bensonhurst Marine Canarsie Pier "
    "Manhattan Beach Windmuller Murray Playground Crocheron Little Bay Bowne Corlears Hook St Nicholas Morningside "
    "Inwood Hill J Hood Wright Sirius Chelsea Waterside Theodore Roosevelt Madison Square Stuyvesant Square Robert "
    "Moses Sara Roosevelt Thomas Jefferson Poe Van Cortlandt Ferry Point Soundview Claremont Williamsbridge Oval"
)
_DP_SURFACES = ["Grass", "Wood Chips", "Gravel", "Decomposed Granite", "Turf"]
_DP_AREAS = ["Dog Run", "Large Dog Run", "Small Dog Run", "Off-Leash Area", "Dog Run East", "Dog Run West"]


def _dog_park_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24406)
    rows = []
    used: set[str] = set()
    boroughs = list(_DP_BOROUGHS)
    while len(rows) < 330:
        first = _one(rng, _DP_NAMES)
        second = _one(rng, ["Park", "Playground", "Square", "Field", "Park", "Park"])
        name = f"{first} {second}"
        if name in used:
            continue
        used.add(name)
        borough = _one(rng, boroughs, list(_DP_BOROUGHS.values()))
        n_areas = int(_one(rng, [1, 2, 3], [60, 30, 10]))
        areas = ["Dog Run"] if n_areas == 1 else list(rng.choice(_DP_AREAS[1:], size=n_areas, replace=False))
        opened = int(rng.integers(1985, 2025))
        for area in areas:
            surface = _one(rng, _DP_SURFACES, [20, 25, 30, 15, 10] if borough != "Manhattan" else [5, 10, 40, 20, 25])
            acres = round(float(np.clip(rng.lognormal(-1.6 if borough == "Manhattan" else -1.0, 0.6), 0.03, 4)), 2)
            visits = acres * rng.uniform(40_000, 90_000) * (2.2 if borough == "Manhattan" else 1.0)
            visits *= {"Turf": 1.5, "Gravel": 1.05, "Decomposed Granite": 1.1, "Wood Chips": 0.9, "Grass": 0.85}[
                surface
            ]
            lit = rng.random() < 0.45
            rows.append(
                {
                    "Park Name": name,
                    "Dog Area Name": area,
                    "Borough/District": borough,
                    "Acres": None if rng.random() < 0.04 else acres,
                    "Surface": surface,
                    "Separate Small Dog Area": "Y" if (area == "Small Dog Run" or rng.random() < 0.3) else "N",
                    "Fenced": _one(rng, ["Fully", "Partially", "No"], [72, 18, 10]),
                    "Water Fountain": "Y" if rng.random() < 0.6 else "N",
                    "Lighting": "Y" if lit else "N",
                    "Hours": _one(rng, ["6am-9pm", "6am-1am", "24 Hours"], [5, 3, 1]) if lit else "Dawn to Dusk",
                    "Seasonal Closure": _one(rng, ["", "Dec-Mar", "Nov-Apr"], [85, 10, 5]),
                    "Year Opened": opened + int(rng.integers(0, 4)) if area != "Dog Run" else opened,
                    "Annual Visits": None if rng.random() < 0.17 else int(round(visits, -2)),
                }
            )
    out = pd.DataFrame(rows)
    out["Year Opened"] = out["Year Opened"].clip(upper=2024)
    out["Annual Visits"] = out["Annual Visits"].astype("Int64")
    return out


def _dp_top_borough(df: pd.DataFrame) -> str:
    return _top(df["Borough/District"].value_counts())


_DP_QS = [
    Q(
        "which borough has the most dog runs",
        _lead(_named(_dp_top_borough)),
        ("Borough/District", "Dog Area Name", "Park Name"),
    ),
    Q(
        "how many of those have a separate small dog section",
        _count(
            lambda df: int(_flag(df[df["Borough/District"] == _dp_top_borough(df)], "Separate Small Dog Area").sum())
        ),
        ("Borough/District", "Separate Small Dog Area"),
    ),
    Q(
        "total acres of off leash space citywide",
        _about(lambda df: df["Acres"].sum(), rel=0.003),
        ("Acres",),
    ),
    Q(
        "what percent are fully fenced",
        _share(lambda df: float((df["Fenced"] == "Fully").mean())),
        ("Fenced",),
    ),
    Q(
        "which surface type gets the most visitors on average",
        _lead(_named(lambda df: _top(df.groupby("Surface")["Annual Visits"].mean()))),
        ("Surface", "Annual Visits"),
    ),
    Q(
        "how many have no visitor estimate",
        _count(lambda df: int(df["Annual Visits"].isna().sum())),
        ("Annual Visits",),
    ),
]


# --- 7. School crossing guard posts ----------------------------------------------------------------------------------

_XG_STREETS = _words(
    "Main St;Oak St;Maple Ave;Elm St;Washington Blvd;Lincoln Ave;Park Ave;Lake St;Church St;Broadway;"
    "Jefferson St;Grand Ave;Cedar St;Hill St;Union St;Market St;Pine St;Franklin Ave;Central Ave;River Rd",
    ";",
)
_XG_CROSS = [f"{n}{'th' if 11 <= n <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')} Ave" for n in range(1, 31)]
_XG_SCHOOLS = [
    f"{n} {k}"
    for n in _words(
        "Adams Bryant Carver Douglass Emerson Fulton Garfield Hawthorne Irving Jackson King Lowell Madison "
        "Nightingale Owen Parker Quincy Roosevelt Stevens Truman Whitman"
    )
    for k in ("Elementary", "Middle School")
]
_XG_FIRST = _words(
    "Maria James Linda Robert Patricia John Barbara Michael Dorothy William Gloria Carlos Denise Luis Angela Frank "
    "Teresa Raymond Yolanda Harold Brenda Walter Sharon Eugene Carmen Ronald Joyce Dennis"
)
_XG_LAST = _words(
    "Johnson Williams Brown Garcia Davis Martinez Wilson Anderson Thomas Moore Jackson Lee Harris Lopez Clark Lewis "
    "Walker Young Allen Wright Scott Nguyen Hill Green Adams Baker Rivera Campbell Mitchell Carter Roberts Phillips"
)
_XG_HOURS = {"AM": 2.0, "PM": 2.0, "AM/PM": 4.0, "Midday": 1.5}


def _crossing_guard_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24407)
    rows = []
    used: set[str] = set()
    guards: list[str] = []
    ward_vacancy = {w: 0.05 + 0.02 * ((w * 7) % 12) for w in range(1, 13)}
    for i in range(430):
        while True:
            where = f"{_one(rng, _XG_STREETS)} & {_one(rng, _XG_CROSS)}"
            if where not in used:
                used.add(where)
                break
        ward = int(rng.integers(1, 13))
        shift = _one(rng, list(_XG_HOURS), [30, 25, 38, 7])
        vacant = rng.random() < ward_vacancy[ward]
        if vacant:
            guard, years = "VACANT", None
        elif guards and shift in ("AM", "PM") and rng.random() < 0.12:
            guard, years = _one(rng, guards), None
        else:
            guard = f"{_one(rng, _XG_FIRST)} {_one(rng, _XG_LAST)}"
            while guard in guards:
                guard = f"{_one(rng, _XG_FIRST)} {_one(rng, _XG_LAST)}"
            years = int(np.clip(rng.gamma(1.8, 4.0), 0, 35))
            guards.append(guard)
        if guard != "VACANT" and years is None:
            prior = [r for r in rows if r["Guard Assigned"] == guard]
            years = prior[0]["Years Of Service"] if prior else int(rng.integers(1, 10))
        rate = round(17.25 + 0.15 * (years if years is not None else 0) + _one(rng, [0.0, 0.5]), 2)
        signal = rng.random() < 0.55
        students = int(np.clip(rng.lognormal(4.6, 0.6), 15, 600))
        incidents = int(rng.poisson(0.15 + students / 250 * (0.6 if signal else 1.4)))
        rows.append(
            {
                "Post ID": f"XG-{i + 1:04d}",
                "Intersection": where,
                "School Served": _one(rng, _XG_SCHOOLS),
                "Ward": ward,
                "Shift": shift,
                "Guard Assigned": guard,
                "Hourly Rate ($)": rate,
                "Hours Per Day": _XG_HOURS[shift] + (0.5 if rng.random() < 0.1 else 0.0),
                "Years Of Service": years,
                "Traffic Signal At Post": "Y" if signal else "N",
                "Students Crossing Daily": students,
                "Incidents This Year": incidents,
            }
        )
    out = pd.DataFrame(rows)
    out["Years Of Service"] = out["Years Of Service"].astype("Int64")
    return out


def _xg_vacant(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Guard Assigned").str.upper() == "VACANT"


def _xg_payroll(filled_only: bool) -> Callable[[pd.DataFrame], float]:
    def pay(df: pd.DataFrame) -> float:
        d = df[~_xg_vacant(df)] if filled_only else df
        return float((d["Hourly Rate ($)"] * d["Hours Per Day"]).sum())

    return pay


def _xg_signal_means(df: pd.DataFrame) -> list[float]:
    m = df.groupby("Traffic Signal At Post")["Incidents This Year"].mean()
    return [float(m["Y"]), float(m["N"])]


_XG_QS = [
    Q(
        "how many posts don't have a guard right now",
        _count(lambda df: int(_xg_vacant(df).sum())),
        ("Guard Assigned", "Post ID"),
    ),
    Q(
        "which ward has the most of those",
        _lead(_named(lambda df: _top(df.loc[_xg_vacant(df), "Ward"].value_counts()))),
        ("Ward", "Guard Assigned", "Post ID"),
    ),
    Q(
        "what does the city pay out per day for guards",
        either(
            _scaled(_xg_payroll(True), (1e3,), rel=0.003),
            _scaled(_xg_payroll(False), (1e3,), rel=0.003),
        ),
        ("Hourly Rate ($)", "Hours Per Day", "Guard Assigned"),
    ),
    Q(
        "average years on the job",
        either(
            _about(lambda df: df["Years Of Service"].mean(), rel=0.005),
            _about(lambda df: df.drop_duplicates("Guard Assigned")["Years Of Service"].mean(), rel=0.005),
        ),
        ("Years Of Service", "Guard Assigned"),
    ),
    Q(
        "do posts with a traffic light have fewer incidents",
        _about(_xg_signal_means, rel=0.005),
        ("Traffic Signal At Post", "Incidents This Year"),
    ),
    Q(
        "is there a link between how many kids cross and incidents",
        _corr(lambda df: df["Students Crossing Daily"], lambda df: df["Incidents This Year"]),
        ("Students Crossing Daily", "Incidents This Year"),
    ),
]


HELDOUT244: list[Dataset] = [
    Dataset("wordle_results_history", _wordle_frame, _WD_QS),
    Dataset("nyt_crossword_stats", _crossword_frame, _CW_QS),
    Dataset("bg_stats_play_log", _boardgame_frame, _BG_QS),
    Dataset("ezpass_toll_statement", _ezpass_frame, _EZ_QS),
    Dataset("heating_oil_price_survey", _heating_oil_frame, _HO_QS),
    Dataset("dog_park_inventory", _dog_park_frame, _DP_QS),
    Dataset("crossing_guard_posts", _crossing_guard_frame, _XG_QS),
]
