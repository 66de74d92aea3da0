"""HELDOUT306: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a wool mill's processing
orders (2022 to 2024, one row per order) with "Order No" as "WM-1001", Received as "3/14/2023", Customer (repeat
farms), Fiber (Wool, Alpaca, Mohair), "Raw Wt (lb)", "Washed Wt (lb)" (blank while the fleece waits for the wash),
Service (Roving, Batts, Yarn), "Yarn Weight" (Fingering, Sport, Worsted, Bulky; blank unless the service is Yarn),
Charge as "$123.45" and "Picked Up" as "4/2/2023" (blank while the order waits on the shelf); a polo club's match
results (2023 and 2024 seasons, one row per team per match, so every match twice) with Season, Date as
"2024-05-12", Tournament, Team, Opponent, Handicap (the team's goals, 6 to 22), Goals, "Opp Goals", Result (W, L;
no draws), "Chukkers Played" (6, 7 after a sudden-death chukker) and MVP (the match's player, on both rows, blank
when none was named); a curling club's league games by draw (2023-24 season, one row per game) with "Draw Date" as
"2024-01-09", League, Sheet (A to D), "Skip (Home)", "Skip (Away)", "Ends Played" (8, fewer after a concession, 9
with an extra end), "Home Score", "Away Score", "Hammer 1st End" (Home, Away) and "Extra End" (Y, N); a university
rowing team's erg tests (2023-24, one row per rower per test) with "Test Date" as "9/23/2023", Rower, Side (Port,
Starboard), "Weight (kg)" (blank when not weighed), "2k Time" as "6:45.3", Split as "1:41.3" per 500 m, Watts and
Lightweight (Y, N); a sailing club's regatta results (three 2024 regattas, one row per boat per race) with Regatta,
Race, "Boat Name", "Sail No" as "USA 41234", Class (J/24, Laser, Etchells, PHRF A), Skipper, "Finish Time" as
"14:32:07", "Corrected Time" as "01:12:33" (both blank for a scoring code), Place (blank with a code) and Code (DNF,
DSQ, OCS or blank); a scuba dive shop's dive log (2023 and 2024, one row per diver per dive) with Date as
"2024-06-15", Site, Diver, Certification (Open Water, Advanced, Rescue, Divemaster), "Max Depth (ft)", "Bottom Time
(min)", "Start PSI", "End PSI", "Water Temp (F)" (blank when not logged) and "Visibility (ft)" ("N/A" when not
logged); and a hot air balloon company's flight manifest (April to October 2023 and 2024, one row per scheduled
flight) with Date as "06/14/2024", Slot (AM, PM), "Launch Site", Pilot, Balloon as "N4521B", Passengers (booked),
"Flight Minutes" and "Landing Site" (blank when cancelled), "Wind (kts)", Cancelled (Y, N) and Revenue as
"$2,340.00" ("$0.00" when cancelled). All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _num, _text, _top, _typical
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_names as _month_names
from .offline_eval import month_year as _month_year
from .offline_eval import numbers_found as _found
from .offline_eval import pick_one as _one


def _when(df: pd.DataFrame, col: str, fmt: str) -> pd.Series:
    return pd.to_datetime(_text(df, col), format=fmt, errors="coerce")


def _span(days: Callable[[pd.DataFrame], float]) -> Check:
    """A length of time given in days or weeks (2%)."""
    return either(*(_about(lambda df, k=k: float(days(df)) / k, rel=0.02) for k in (1, 7)))


_CLOCK = re.compile(r"(?<![\d:.])(?:(\d{1,2}):)?(\d{1,2}):(\d{2}(?:\.\d+)?)(?![\d:])")


def _clock(seconds: Callable[[pd.DataFrame], Any], tol: float = 0.6) -> Check:
    """Every duration appears as a clock ("6:45.3", "1:12:33"), in seconds or in minutes (to `tol` seconds)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        said = []
        for m in _CLOCK.finditer(answer):
            h, mm, ss = m.groups()
            said.append(3600 * int(h or 0) + 60 * int(mm) + float(ss))
        said += [f for f in _found(answer)] + [60 * f for f in _found(answer)]
        for w in np.atleast_1d(seconds(df)):
            want = float(w)
            if not any(abs(s - want) <= max(tol, 0.002 * want) for s in said):
                return f"missing duration {want:.1f}s"
        return None

    return check


def _to_seconds(col: pd.Series) -> pd.Series:
    """ "6:45.3" or "01:12:33" as seconds (blank: NaN)."""

    def one(text: Any) -> float:
        if not isinstance(text, str) or ":" not in text:
            return float("nan")
        parts = [float(p) for p in text.strip().split(":")]
        total = 0.0
        for p in parts:
            total = 60 * total + p
        return total

    return col.map(one).astype(float)


def _month_of_year(value: Callable[[pd.DataFrame], int]) -> Check:
    """A month by name ("July", "Jul")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        m = int(value(df))
        return None if re.search(rf"\b(?:{_month_names(m)})\b", answer, re.IGNORECASE) else f"missing month {m}"

    return check


# --- 1. Wool mill processing orders --------------------------------------------------------------------------------

_WM_FIBER = {"Wool": (0.58, 1.0), "Alpaca": (0.85, 1.35), "Mohair": (0.7, 1.2)}
_WM_RATE = {"Roving": 14.0, "Batts": 15.5, "Yarn": 24.0}


def _wool_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30601)
    farms = ["Hidden Creek Farm", "Bluebird Alpacas", "Sutter Hill Sheep", "Two Rivers Fiber", "Maple Hollow"]
    farms += ["Wind Ridge Ranch", "Larkspur Angoras", "Cedar Knoll", "Pine Gap Alpacas", "Ewe & Me Farm"]
    farms += ["Stonewall Flock", "Dancing Goat Farm", "Meadowsweet", "High Desert Fiber", "Old Mill Road Farm"]
    rows: list[dict[str, Any]] = []
    for _ in range(880):
        fiber = str(_one(rng, list(_WM_FIBER), [6, 3, 1]))
        keep, rate_mult = _WM_FIBER[fiber]
        service = str(_one(rng, list(_WM_RATE), [5, 2, 3]))
        day = pd.Timestamp("2022-01-03") + pd.Timedelta(days=int(rng.integers(0, 1090)))
        raw = float(np.round(rng.lognormal(2.3, 0.55), 1))
        washed = round(raw * float(np.clip(rng.normal(keep, 0.06), 0.35, 0.97)), 1)
        pending_wash = day > pd.Timestamp("2024-11-15") and rng.random() < 0.6
        charge = washed * _WM_RATE[service] * rate_mult + 15
        weeks = int(rng.integers(6, 20)) + (4 if service == "Yarn" else 0)
        pick = day + pd.Timedelta(weeks=weeks) + pd.Timedelta(days=int(rng.integers(0, 30)))
        waiting = pick > pd.Timestamp("2024-12-31") or rng.random() < 0.03
        rows.append(
            {
                "Order No": "",
                "Received": f"{day.month}/{day.day}/{day.year}",
                "Customer": str(_one(rng, farms, [5, 4, 4, 3, 3, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1])),
                "Fiber": fiber,
                "Raw Wt (lb)": raw,
                "Washed Wt (lb)": None if pending_wash else washed,
                "Service": service,
                "Yarn Weight": str(_one(rng, ["Fingering", "Sport", "Worsted", "Bulky"], [2, 3, 5, 2]))
                if service == "Yarn"
                else "",
                "Charge": f"${charge:,.2f}",
                "Picked Up": "" if waiting else f"{pick.month}/{pick.day}/{pick.year}",
            }
        )
    df = pd.DataFrame(rows)
    df = df.iloc[pd.to_datetime(df["Received"], format="%m/%d/%Y").argsort(kind="stable")].reset_index(drop=True)
    df["Order No"] = [f"WM-{1001 + i}" for i in range(len(df))]
    return df


def _wm_loss(df: pd.DataFrame) -> list[float]:
    raw, washed = df["Raw Wt (lb)"].astype(float), pd.to_numeric(df["Washed Wt (lb)"], errors="coerce")
    ok = washed.notna()
    return [float((1 - washed / raw)[ok].mean()), float(1 - washed[ok].sum() / raw[ok].sum())]


def _wm_wait(df: pd.DataFrame) -> pd.Series:
    return (_when(df, "Picked Up", "%m/%d/%Y") - _when(df, "Received", "%m/%d/%Y")).dt.days.astype(float).dropna()


_WM_QS = [
    Q(
        "how many orders are still sitting here waiting to be picked up",
        _count(lambda df: int((_text(df, "Picked Up") == "").sum())),
        ("Picked Up", "Order No"),
    ),
    Q(
        "how much weight do fleeces lose in the wash on average",
        either(
            _share(lambda df: _wm_loss(df)[0]),
            _share(lambda df: _wm_loss(df)[1]),
            _about(
                lambda df: float(
                    (df["Raw Wt (lb)"] - pd.to_numeric(df["Washed Wt (lb)"], errors="coerce")).dropna().mean()
                ),
                rel=0.01,
            ),
        ),
        ("Raw Wt (lb)", "Washed Wt (lb)"),
    ),
    Q(
        "which fiber brings in the most money",
        _lead(_named(lambda df: _top(_num(df, "Charge").groupby(_text(df, "Fiber")).sum()))),
        ("Fiber", "Charge"),
    ),
    Q(
        "what did we bill in 2023",
        _amount(lambda df: float(_num(df, "Charge")[_when(df, "Received", "%m/%d/%Y").dt.year == 2023].sum())),
        ("Received", "Charge"),
    ),
    Q(
        "for yarn orders, what weight of yarn do people ask for most",
        _lead(_named(lambda df: _top(_text(df, "Yarn Weight")[_text(df, "Yarn Weight") != ""].value_counts()))),
        ("Yarn Weight", "Service"),
    ),
    Q(
        "how long is it usually from drop off to pick up",
        either(_span(lambda df: float(_wm_wait(df).mean())), _span(lambda df: float(_wm_wait(df).median()))),
        ("Received", "Picked Up"),
    ),
]


# --- 2. Polo club match results ------------------------------------------------------------------------------------

_PL_TEAMS = {"Valiente": 20, "La Dolfina Blue": 18, "Palm Beach Sporting": 16, "Tonka": 14, "Coca Cola": 12}
_PL_TEAMS |= {"Santa Clara": 16, "Pilot": 18, "Park Place": 10, "Great Oaks": 8, "Mayacama": 12}
_PL_TOURNAMENTS = ["Iglehart Cup", "C.V. Whitney Cup", "USPA Gold Cup", "U.S. Open Polo Championship"]
_PL_PLAYERS = ["Adolfo Cambiaso", "Facundo Pieres", "Polito Pieres", "Hilario Ulloa", "Juan Britos", "Nic Roldan"]
_PL_PLAYERS += ["Pablo Mac Donough", "Matias Torres Zavaleta", "Jared Zenni", "Juan Martin Zubia", "Lucas Escobar"]


def _polo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30602)
    star = {p: float(rng.uniform(0.5, 2.0)) for p in _PL_PLAYERS}
    rows: list[dict[str, Any]] = []
    teams = list(_PL_TEAMS)
    for season in (2023, 2024):
        day = pd.Timestamp(f"{season}-01-04")
        for t, tour in enumerate(_PL_TOURNAMENTS):
            for _ in range(40 + 6 * t + 5 * (season - 2023)):
                day = day + pd.Timedelta(days=int(_one(rng, [0, 1, 2], [2, 3, 2])))
                a, b = (teams[int(i)] for i in rng.choice(len(teams), size=2, replace=False))
                ha, hb = _PL_TEAMS[a] + int(rng.integers(-2, 3)), _PL_TEAMS[b] + int(rng.integers(-2, 3))
                ga = int(rng.poisson(8 + 0.25 * (ha - 14)))
                gb = int(rng.poisson(8 + 0.25 * (hb - 14)))
                chukkers = 6
                if ga == gb:
                    chukkers = 7
                    if rng.random() < 0.5:
                        ga += 1
                    else:
                        gb += 1
                mvp = "" if rng.random() < 0.08 else str(_one(rng, _PL_PLAYERS, list(star.values())))
                for team, opp, h, g, og in ((a, b, ha, ga, gb), (b, a, hb, gb, ga)):
                    rows.append(
                        {
                            "Season": season,
                            "Date": f"{day:%Y-%m-%d}",
                            "Tournament": tour,
                            "Team": team,
                            "Opponent": opp,
                            "Handicap": h,
                            "Goals": g,
                            "Opp Goals": og,
                            "Result": "W" if g > og else "L",
                            "Chukkers Played": chukkers,
                            "MVP": mvp,
                        }
                    )
    return pd.DataFrame(rows)


def _pl_matches(season: int) -> Callable[[pd.DataFrame], int]:
    return lambda df: int(((_text(df, "Result") == "W") & (df["Season"] == season)).sum())


def _pl_mvp(df: pd.DataFrame) -> str:
    named = _text(df, "MVP")[_text(df, "Result") == "W"]
    return _top(named[named != ""].value_counts())


_PL_QS = [
    Q("how many matches were played in 2024", _count(_pl_matches(2024)), ("Season", "Date", "Result")),
    Q("and in 2023?", _count(_pl_matches(2023)), ("Season", "Date", "Result")),
    Q(
        "which team won the most",
        _lead(_named(lambda df: _top((_text(df, "Result") == "W").groupby(_text(df, "Team")).sum()))),
        ("Team", "Result"),
    ),
    Q(
        "how many goals does a team score in a game on average",
        has(lambda df: float(df["Goals"].mean()), rel=0.01),
        ("Goals",),
    ),
    Q(
        "does a higher handicap mean more goals",
        _corr(lambda d: d["Handicap"].astype(float), lambda d: d["Goals"].astype(float)),
        ("Handicap", "Goals"),
    ),
    Q("who got mvp the most", _lead(_named(_pl_mvp)), ("MVP",)),
]


# --- 3. Curling club league games ----------------------------------------------------------------------------------

_CU_SKIPS = {"Jamie Sinclair": 1.3, "Cory Thiesse": 1.1, "Tabitha Peterson": 1.25, "Rich Ruohonen": 0.9}
_CU_SKIPS |= {"Pete Fenson": 1.0, "Tom Brenner": 0.8, "Dale Swenson": 0.7, "Sue Larkin": 0.95, "Mike Farbelow": 0.85}
_CU_SKIPS |= {"Gwen Hanley": 0.75, "Ed Cole": 0.65, "Nina Roth": 1.15, "Hal Gustafson": 0.6, "Kim Lind": 0.9}
_CU_SKIPS |= {"Bob Pollard": 0.7, "Ann Dorsey": 0.8}
_CU_LEAGUES = {0: "Monday Men's", 1: "Tuesday Mixed", 2: "Wednesday Open", 3: "Thursday Women's"}


def _curling_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30603)
    skips = list(_CU_SKIPS)
    rows: list[dict[str, Any]] = []
    start = pd.Timestamp("2023-10-02")
    for week in range(26):
        for night, league in _CU_LEAGUES.items():
            day = start + pd.Timedelta(weeks=week, days=night)
            order = rng.permutation(len(skips))
            for s, sheet in enumerate("ABCD"):
                home, away = skips[int(order[2 * s])], skips[int(order[2 * s + 1])]
                hammer = str(_one(rng, ["Home", "Away"]))
                score = {"Home": 0, "Away": 0}
                has_hammer = hammer
                ends = 8
                for end in range(1, 9):
                    other = "Away" if has_hammer == "Home" else "Home"
                    who = home if has_hammer == "Home" else away
                    pts = int(rng.poisson(1.1 * _CU_SKIPS[who]))
                    steal = rng.random() < 0.15 / _CU_SKIPS[who]
                    if steal:
                        score[other] += 1
                    elif pts > 0:
                        score[has_hammer] += pts
                        has_hammer = other
                    if end >= 5 and abs(score["Home"] - score["Away"]) >= 6 and rng.random() < 0.7:
                        ends = end
                        break
                extra = "N"
                if score["Home"] == score["Away"]:
                    extra, ends = "Y", 9
                    score[has_hammer if rng.random() < 0.65 else ("Away" if has_hammer == "Home" else "Home")] += 1
                rows.append(
                    {
                        "Draw Date": f"{day:%Y-%m-%d}",
                        "League": league,
                        "Sheet": sheet,
                        "Skip (Home)": home,
                        "Skip (Away)": away,
                        "Ends Played": ends,
                        "Home Score": score["Home"],
                        "Away Score": score["Away"],
                        "Hammer 1st End": hammer,
                        "Extra End": extra,
                    }
                )
    return pd.DataFrame(rows)


def _cu_winner(df: pd.DataFrame) -> pd.Series:
    home = df["Home Score"] > df["Away Score"]
    return _text(df, "Skip (Home)").where(home, _text(df, "Skip (Away)"))


def _cu_hammer_wins(df: pd.DataFrame) -> float:
    home = df["Home Score"] > df["Away Score"]
    return float(((_text(df, "Hammer 1st End") == "Home") == home).mean())


def _cu_total(df: pd.DataFrame) -> pd.Series:
    return (df["Home Score"] + df["Away Score"]).astype(float)


_CU_QS = [
    Q(
        "how many games went to an extra end",
        _count(lambda df: int((_text(df, "Extra End") == "Y").sum())),
        ("Extra End",),
    ),
    Q(
        "which skip won the most games",
        _lead(_named(lambda df: _top(_cu_winner(df).value_counts()))),
        ("Skip (Home)", "Skip (Away)", "Home Score", "Away Score"),
    ),
    Q(
        "does having hammer in the first end help you win? what % of those teams won",
        _share(_cu_hammer_wins),
        ("Hammer 1st End", "Home Score", "Away Score"),
    ),
    Q("avg total points scored in a game", _typical(_cu_total), ("Home Score", "Away Score")),
    Q(
        "how many games were called early",
        _count(lambda df: int((df["Ends Played"] < 8).sum())),
        ("Ends Played",),
    ),
    Q(
        "which sheet has the highest scoring games",
        either(
            _lead(_named(lambda df: _top(_cu_total(df).groupby(_text(df, "Sheet")).mean()))),
            _lead(_named(lambda df: _top(_cu_total(df).groupby(_text(df, "Sheet")).sum()))),
        ),
        ("Sheet", "Home Score", "Away Score"),
    ),
]


# --- 4. Rowing erg tests -------------------------------------------------------------------------------------------


def _mss(seconds: float) -> str:
    m, s = divmod(round(seconds, 1), 60)
    return f"{int(m)}:{s:04.1f}"


def _erg_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30604)
    first = ["Jack", "Owen", "Eli", "Sam", "Ben", "Max", "Luke", "Theo", "Cole", "Finn", "Nate", "Reid", "Adam"]
    first += ["Grace", "Ella", "Maya", "Zoe", "Ruth", "Ivy", "Nora", "Lena", "Tess", "Kate", "Abby"]
    last = ["Hart", "Quinn", "Moore", "Park", "Walsh", "Ito", "Berg", "Nash", "Lowe", "Shaw", "Diaz", "Kerr", "Frey"]
    rowers = []
    names = rng.choice(len(first) * len(last), size=60, replace=False)
    for k in names:
        f, g = first[int(k) // len(last)], last[int(k) % len(last)]
        woman = f in first[13:]
        light = rng.random() < 0.3
        weight = (
            (rng.normal(57, 1.5) if woman else rng.normal(70, 1.5)) if light else rng.normal(72 if woman else 88, 6)
        )
        side = str(_one(rng, ["Port", "Starboard"]))
        base = (
            (440 if woman else 390)
            + (3 if side == "Port" else 0)
            - 0.9 * (weight - (65 if woman else 80))
            + rng.normal(0, 10)
        )
        rowers.append((f"{f} {g}", side, float(weight), light, float(base)))
    tests = ["9/23/2023", "10/21/2023", "11/18/2023", "1/13/2024", "2/10/2024", "3/9/2024", "4/6/2024"]
    rows: list[dict[str, Any]] = []
    for t, date in enumerate(tests):
        for name, side, weight, light, base in rowers:
            if rng.random() < 0.15:
                continue
            secs = base * (1 - 0.004 * t) + float(rng.normal(0, 3))
            split = secs / 4
            watts = 2.80 / (split / 500) ** 3
            wkg = weight + float(rng.normal(0, 0.6))
            rows.append(
                {
                    "Test Date": date,
                    "Rower": name,
                    "Side": side,
                    "Weight (kg)": None if rng.random() < 0.05 else round(wkg, 1),
                    "2k Time": _mss(secs),
                    "Split": _mss(split),
                    "Watts": round(watts, 1),
                    "Lightweight": "Y" if light else "N",
                }
            )
    return pd.DataFrame(rows)


def _er_secs(df: pd.DataFrame) -> pd.Series:
    return _to_seconds(df["2k Time"])


_ER_QS = [
    Q(
        "whats the fastest 2k anyone pulled",
        _clock(lambda df: float(_er_secs(df).min()), tol=0.06),
        ("2k Time", "Rower"),
    ),
    Q("how many rowers are on the team", _count(lambda df: int(_text(df, "Rower").nunique())), ("Rower",)),
    Q(
        "are port or starboard faster on average",
        _clock(lambda df: _er_secs(df).groupby(_text(df, "Side")).mean().to_numpy(), tol=0.2),
        ("Side", "2k Time"),
    ),
    Q(
        "average watts for the lightweights?",
        has(lambda df: float(df["Watts"][_text(df, "Lightweight") == "Y"].mean()), rel=0.005),
        ("Watts", "Lightweight"),
    ),
    Q(
        "and for everyone else",
        has(lambda df: float(df["Watts"][_text(df, "Lightweight") == "N"].mean()), rel=0.005),
        ("Watts", "Lightweight"),
    ),
    Q(
        "do heavier rowers put out more watts",
        _corr(lambda d: pd.to_numeric(d["Weight (kg)"], errors="coerce"), lambda d: d["Watts"].astype(float)),
        ("Weight (kg)", "Watts"),
    ),
]


# --- 5. Sailing regatta results ------------------------------------------------------------------------------------

_RG_CLASSES = {"J/24": (3300, 1.0), "Laser": (2700, 1.0), "Etchells": (3600, 1.0), "PHRF A": (4200, 0.0)}
_RG_NAMES = ["Wind Dancer", "Sea Biscuit", "Knot Again", "Blue Heron", "Reel Time", "Second Wind", "Aquaholic"]
_RG_NAMES += ["Breakaway", "Salty Dog", "Carpe Ventum", "Windfall", "Pura Vida", "Osprey", "Liquid Asset"]
_RG_NAMES += ["Tempest", "Gale Force", "Black Pearl", "Whisper", "Mischief", "Rum Runner", "Seaduction", "Luna"]
_RG_NAMES += ["Zephyr", "Heron II", "Sea Spray", "Nauti Buoy", "Marlin", "Starlight", "Freedom", "Odyssey"]
_RG_NAMES += ["Kestrel", "Serenity", "Moxie", "Bravado", "Halcyon", "Rascal", "Valkyrie", "Wahoo", "Sirocco"]
_RG_NAMES += ["Trident", "Solstice", "Mojo", "Jubilee", "Avalon"]
_RG_SKIPPERS = ["Tom Becker", "Linda Shaw", "Greg Ortiz", "Paul Myers", "Amy Chen", "Rob Kline", "Dave Ruiz"]
_RG_SKIPPERS += ["Kate Moran", "Sam Pike", "Jill Hart", "Ray Costa", "Ted Nolan", "Ann Lutz", "Bill Frey"]
_RG_SKIPPERS += ["Erin Cobb", "Nick Vance", "Lou Grant", "Jo Marsh", "Ken Doyle", "Mia Sol", "Al Brandt", "Pat Ross"]
_RG_SKIPPERS += ["Dan Webb", "Sue Kerr", "Hank Ives", "Liz Ward", "Ron Bly", "Gail Fox", "Joe Abel", "Meg Ryle"]
_RG_SKIPPERS += ["Vic Lowe", "Bea Stone", "Cal Dunn", "Dee Hull", "Ike Moss", "Ned Pratt", "Ora Fitz", "Roy Tate"]
_RG_SKIPPERS += ["Uma Bell", "Wes Kane", "Zed Farr", "Flo Gunn", "Guy Hale", "Ida Penn"]


def _regatta_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30605)
    order = rng.permutation(len(_RG_NAMES))
    boats = []
    for i, k in enumerate(order):
        cls = list(_RG_CLASSES)[i % 4]
        sail = f"USA {int(rng.integers(100, 99999))}" if cls != "Laser" else f"{int(rng.integers(180000, 220000))}"
        rating = int(rng.integers(30, 120)) if cls == "PHRF A" else 0
        boats.append((_RG_NAMES[int(k)], sail, cls, _RG_SKIPPERS[i], rating, float(rng.normal(1, 0.03))))
    regattas = [("Spring Series 2024", "2024-05-18", 7), ("Firecracker Regatta 2024", "2024-07-04", 6)]
    regattas += [("Fall Classic 2024", "2024-09-21", 8)]
    rows: list[dict[str, Any]] = []
    for name, date, races in regattas:
        for race in range(1, races + 1):
            start = pd.Timestamp(date) + pd.Timedelta(hours=11 + (race - 1) % 3 * 1.5, days=(race - 1) // 3)
            for cls, (base, _) in _RG_CLASSES.items():
                wind = float(rng.normal(1, 0.08))
                fleet = [b for b in boats if b[2] == cls]
                done = []
                for boat, sail, _c, skip, rating, skill in fleet:
                    code = str(_one(rng, ["", "DNF", "DSQ", "OCS"], [92, 4, 2, 2]))
                    elapsed = base * wind * skill * float(rng.normal(1, 0.025))
                    # PHRF time-on-distance: rating in s/mile over about 8 miles
                    corrected = elapsed - rating * 8 if cls == "PHRF A" else elapsed
                    done.append((boat, sail, skip, code, elapsed, corrected))
                fin = sorted([d for d in done if not d[3]], key=lambda d: d[5])
                place = {d[0]: i + 1 for i, d in enumerate(fin)}
                for boat, sail, skip, code, elapsed, corrected in done:
                    finish = start + pd.Timedelta(seconds=round(elapsed))
                    shown = code in ("", "DSQ")
                    rows.append(
                        {
                            "Regatta": name,
                            "Race": race,
                            "Boat Name": boat,
                            "Sail No": sail,
                            "Class": cls,
                            "Skipper": skip,
                            "Finish Time": f"{finish:%H:%M:%S}" if shown else "",
                            "Corrected Time": _hms(corrected) if not code else "",
                            "Place": place.get(boat),
                            "Code": code,
                        }
                    )
    return pd.DataFrame(rows).astype({"Place": "Int64"})


def _hms(seconds: float) -> str:
    s = round(seconds)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def _rg_place(df: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(df["Place"], errors="coerce")


_RG_QS = [
    Q(
        "how many boats didnt finish",
        either(
            _count(lambda df: int((_text(df, "Code") == "DNF").sum())),
            _count(lambda df: int(_text(df, "Code").isin(["DNF", "OCS"]).sum())),
            _count(lambda df: int((_text(df, "Code") != "").sum())),
        ),
        ("Code", "Place", "Finish Time"),
    ),
    Q(
        "which boat won the most races",
        _lead(_named(lambda df: _top((_rg_place(df) == 1).groupby(_text(df, "Boat Name")).sum()))),
        ("Boat Name", "Place"),
    ),
    Q(
        "what share of starts were over early",
        _share(lambda df: float((_text(df, "Code") == "OCS").mean())),
        ("Code",),
    ),
    Q(
        "avg corrected time for the phrf boats",
        _clock(lambda df: float(_to_seconds(df["Corrected Time"])[_text(df, "Class") == "PHRF A"].mean()), tol=1.0),
        ("Class", "Corrected Time"),
    ),
    Q(
        "which skipper has the best average finish",
        _lead(_named(lambda df: _top(_rg_place(df).groupby(_text(df, "Skipper")).mean(), lowest=True))),
        ("Skipper", "Place"),
    ),
    Q(
        "how many races did each regatta have",
        has(lambda df: df.groupby(_text(df, "Regatta"))["Race"].nunique().to_numpy(), rel=0.001),
        ("Regatta", "Race"),
    ),
]


# --- 6. Scuba dive shop log ----------------------------------------------------------------------------------------

_DV_SITES = {"Blue Heron Bridge": (18, 25, 78), "Molasses Reef": (45, 70, 79), "Spiegel Grove": (105, 60, 78)}
_DV_SITES |= {"Christ of the Abyss": (25, 55, 80), "Duane Wreck": (110, 65, 77), "French Reef": (40, 75, 79)}
_DV_SITES |= {"Benwood Wreck": (40, 50, 79), "Conch Wall": (85, 80, 78)}
_DV_CERTS = ["Open Water", "Advanced", "Rescue", "Divemaster"]


def _dive_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30606)
    first = ["Mike", "Sara", "Tony", "Jess", "Carl", "Dana", "Eric", "Fay", "Gabe", "Hana", "Ian", "Jade", "Kyle"]
    last = ["Reyes", "Brooks", "Olsen", "Patel", "Kim", "Novak", "Grant", "Lopez"]
    divers = [(f"{f} {g}", str(_one(rng, _DV_CERTS, [5, 4, 2, 1]))) for f in first for g in last[:5]]
    rows: list[dict[str, Any]] = []
    for _ in range(1250):
        site = str(_one(rng, list(_DV_SITES), [3, 4, 2, 3, 1, 3, 2, 1]))
        depth_base, vis, temp = _DV_SITES[site]
        diver, cert = divers[int(rng.integers(len(divers)))]
        day = pd.Timestamp("2023-01-01") + pd.Timedelta(days=int(rng.integers(0, 731)))
        limit = 60 if cert == "Open Water" else 130
        depth = int(np.clip(rng.normal(depth_base, 10), 10, limit + 10))
        bottom = int(np.clip(rng.normal(70 - 0.4 * depth, 8), 12, 75))
        start = int(rng.choice([2900, 3000, 3000, 3100, 3200]))
        used = (depth / 33 + 1) * bottom * float(rng.normal(22, 3))
        end = int(np.clip(round((start - used) / 50) * 50, 300, 2400))
        season = 4 * np.sin((day.dayofyear - 120) / 365 * 2 * np.pi)
        rows.append(
            {
                "Date": f"{day:%Y-%m-%d}",
                "Site": site,
                "Diver": diver,
                "Certification": cert,
                "Max Depth (ft)": depth,
                "Bottom Time (min)": bottom,
                "Start PSI": start,
                "End PSI": end,
                "Water Temp (F)": None if rng.random() < 0.08 else round(float(temp + season + rng.normal(0, 1))),
                "Visibility (ft)": "N/A" if rng.random() < 0.1 else str(int(np.clip(rng.normal(vis, 12), 10, 120))),
            }
        )
    df = pd.DataFrame(rows)
    return df.sort_values("Date", kind="stable").reset_index(drop=True)


def _dv_deep(df: pd.DataFrame, strict: bool) -> pd.Series:
    d = df["Max Depth (ft)"].astype(float)
    return d > 100 if strict else d >= 100


_DV_QS = [
    Q("how deep do people usually go", _typical(lambda df: df["Max Depth (ft)"].astype(float)), ("Max Depth (ft)",)),
    Q(
        "which site has the best visibility",
        _lead(_named(lambda df: _top(_num(df, "Visibility (ft)").groupby(_text(df, "Site")).mean()))),
        ("Site", "Visibility (ft)"),
    ),
    Q(
        "how much air does a dive use on average",
        has(lambda df: float((df["Start PSI"] - df["End PSI"]).mean()), rel=0.005),
        ("Start PSI", "End PSI"),
    ),
    Q(
        "do deeper dives mean shorter bottom times",
        _corr(lambda d: d["Max Depth (ft)"].astype(float), lambda d: d["Bottom Time (min)"].astype(float)),
        ("Max Depth (ft)", "Bottom Time (min)"),
    ),
    Q(
        "how many dives went past 100 ft",
        either(_count(lambda df: int(_dv_deep(df, True).sum())), _count(lambda df: int(_dv_deep(df, False).sum()))),
        ("Max Depth (ft)",),
    ),
    Q(
        "which site were most of those at",
        either(
            *(
                _lead(_named(lambda df, s=s: _top(_text(df, "Site")[_dv_deep(df, s)].value_counts())))
                for s in (True, False)
            )
        ),
        ("Max Depth (ft)", "Site"),
    ),
]


# --- 7. Hot air balloon flight manifest ----------------------------------------------------------------------------

_BL_SITES = {"Hermosa Park": ["Corrales Fields", "Rio Rancho Mesa", "Alameda Open Space"]}
_BL_SITES |= {"Balloon Fiesta Park": ["Sandia Ranch", "Paseo Lot", "Alameda Open Space", "Tramway Field"]}
_BL_SITES |= {"Bernalillo Field": ["Placitas Mesa", "Algodones Flats", "Corrales Fields"]}
_BL_PILOTS = {"Scott Appelman": 1.0, "Rita Vega": 1.0, "Dan Keller": 0.9, "Marcy Lund": 0.8, "Joe Baca": 0.6}
_BL_BALLOONS = {"N4521B": 12, "N77HB": 8, "N908AV": 16, "N2214Q": 4}


def _balloon_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30607)
    rows: list[dict[str, Any]] = []
    days = []
    for year in (2023, 2024):
        days += list(pd.date_range(f"{year}-04-01", f"{year}-10-31", freq="D"))
    for day in days:
        for slot in ("AM", "PM"):
            if rng.random() > (0.55 if slot == "AM" else 0.3) * (1.6 if day.month == 10 else 1.0):
                continue
            site = str(_one(rng, list(_BL_SITES), [3, 5, 2]))
            balloon = str(_one(rng, list(_BL_BALLOONS), [4, 3, 2, 2]))
            seats = _BL_BALLOONS[balloon]
            pax = int(rng.integers(max(1, seats // 3), seats + 1))
            wind = round(float(rng.gamma(3, 2.2 if slot == "AM" else 3.0)), 1)
            cancelled = wind > 12 or rng.random() < 0.04 + 0.02 * (slot == "PM")
            price = 415 if day.month == 10 else 345
            rows.append(
                {
                    "Date": f"{day:%m/%d/%Y}",
                    "Slot": slot,
                    "Launch Site": site,
                    "Pilot": str(_one(rng, list(_BL_PILOTS), list(_BL_PILOTS.values()))),
                    "Balloon": balloon,
                    "Passengers": pax,
                    "Flight Minutes": None if cancelled else int(np.clip(rng.normal(62, 9), 35, 95)),
                    "Landing Site": "" if cancelled else str(_one(rng, _BL_SITES[site])),
                    "Wind (kts)": wind,
                    "Cancelled": "Y" if cancelled else "N",
                    "Revenue": "$0.00" if cancelled else f"${pax * price * float(rng.uniform(0.9, 1.0)):,.2f}",
                }
            )
    return pd.DataFrame(rows)


def _bl_flown(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Cancelled") == "N"


def _bl_month(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Revenue").groupby(_when(df, "Date", "%m/%d/%Y").dt.to_period("M")).sum()


_BL_QS = [
    Q("what fraction of flights got scrubbed", _share(lambda df: float((~_bl_flown(df)).mean())), ("Cancelled",)),
    Q(
        "how windy was it on cancelled flights compared to ones that went up",
        has(lambda df: df["Wind (kts)"].astype(float).groupby(_text(df, "Cancelled")).mean().to_numpy(), rel=0.01),
        ("Wind (kts)", "Cancelled"),
    ),
    Q(
        "total revenue for 2024",
        _amount(lambda df: float(_num(df, "Revenue")[_when(df, "Date", "%m/%d/%Y").dt.year == 2024].sum())),
        ("Date", "Revenue"),
    ),
    Q(
        "which pilot took up the most passengers",
        either(
            _lead(
                _named(
                    lambda df: _top(df["Passengers"][_bl_flown(df)].groupby(_text(df, "Pilot")[_bl_flown(df)]).sum())
                )
            ),
            _lead(_named(lambda df: _top(df["Passengers"].groupby(_text(df, "Pilot")).sum()))),
        ),
        ("Pilot", "Passengers", "Cancelled"),
    ),
    Q(
        "how long is a typical flight",
        _typical(lambda df: pd.to_numeric(df["Flight Minutes"], errors="coerce").dropna()),
        ("Flight Minutes",),
    ),
    Q(
        "which month made the most money",
        either(
            _month_year(lambda df: _bl_month(df).idxmax().to_timestamp()),
            _month_of_year(
                lambda df: int(_num(df, "Revenue").groupby(_when(df, "Date", "%m/%d/%Y").dt.month).sum().idxmax())
            ),
        ),
        ("Date", "Revenue"),
    ),
]


HELDOUT306 = [
    Dataset("wool_mill_orders", _wool_frame, _WM_QS),
    Dataset("polo_match_results", _polo_frame, _PL_QS),
    Dataset("curling_league_games", _curling_frame, _CU_QS),
    Dataset("rowing_erg_tests", _erg_frame, _ER_QS),
    Dataset("regatta_race_results", _regatta_frame, _RG_QS),
    Dataset("scuba_shop_dive_log", _dive_frame, _DV_QS),
    Dataset("balloon_flight_manifest", _balloon_frame, _BL_QS),
]
