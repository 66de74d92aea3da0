"""HELDOUT324: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a whitewater rafting
outfitter's trip log (May to September 2024, one row per boat on a trip) with "Trip Date" as "6/14/2024", "River
Section" (Upper Gauley, Lower Gauley, Lower New, Upper New), "Rapid Class" as Roman numerals ("III+", "IV", "V"),
Guide (first names, now and then in upper case), "Boat #" (1 to 12), Guests (4 to 8), "Price Per Person" as
"$129.00", Swimmers (guests who fell out, 0 up to a few), "Trip Hours" (3.5 to 7.5) and "Water Level (cfs)" (blank
when the gauge was down); a fencing club tournament's pool bouts (Foil, Epee and Sabre, six pools of seven a weapon,
round robin, one row per fencer per bout, so each bout twice) with Event, "Pool #", Fencer as "LASTNAME Firstname",
Club, Opponent, TS (touches scored), TR (touches received), "V/D" (V or D), "Bout Order" and Referee (blank on a few
sheets); a badminton league's match sheets (2023-24 season, one row per rubber) with Division ("Division 1" to
"Division 3"), "Match Date" as "12-Oct-2023", "Home Club", "Away Club", Discipline (MS, WS, MD, WD, XD), "Game 1",
"Game 2" and "Game 3" as "21-17" from the home side ("Game 3" blank when two games settled it), Winner (Home, Away)
and "Shuttles Used" (blank now and then); a biathlon World Cup weekend's results (Sprint, Pursuit, Individual, one
row per athlete per race) with Bib, Athlete as "BOE Johannes", Nation (three-letter codes), Format, "Ski Time" as
"24:31.5", "Prone Misses", "Standing Misses", "Penalty Loops" (the misses in sprint and pursuit, 0 in the individual,
which adds a minute a miss), "Total Time" ("25:40.9", "1:02:13.4" for long ones, "DNF" for non-finishers) and Rank
(blank for DNF); an orienteering event's split times (one row per runner per control) with Runner, Club, Course
(White, Yellow, Orange, Brown, Green, Blue), "Control #" (1 up to the course's last control, then "F" for the
finish), Split and Cumulative as "mm:ss" ("h:mm:ss" past an hour), Mispunch (Y/N, repeated on a runner's rows), "Age
Class" as "M21" or "F45" and "Finish Place" (repeated, blank for mispunches); a dressage show's test results (six
show days in 2024, one row per ride) with "Show Date" as "05/11/2024", Rider, Horse, Level (Training, First, Second),
Test ("First Level Test 2"), Judge ("M. Keller" style names), "Score %" as "67.857" ("E" for eliminated rides),
"Collective Marks" (sum, blank for eliminated), Errors (0 to 3), Placing (within the test on the day, blank for
eliminated) and "Entry Fee" as "$65.00"; and a handball league's season player stats (eighteen teams, one row per
player, plus a "TEAM TOTALS" row after each team) with Player, Team, Pos (LW, RW, LB, RB, CB, P, GK), GP, Goals,
Shots, "7m Goals", "7m Att", "2min" and Assists. All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _num, _text
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

_FIRST = [
    "James", "Mary", "Robert", "Linda", "Michael", "Susan", "David", "Karen", "Thomas", "Nancy", "Daniel", "Lisa",
    "Mark", "Sandra", "Paul", "Donna", "Steven", "Carol", "Kevin", "Sharon", "Brian", "Laura", "Gary", "Amy",
    "Eric", "Julie", "Scott", "Megan", "Ryan", "Heather", "Jacob", "Emma", "Ethan", "Olivia", "Noah", "Ava",
    "Liam", "Mason", "Logan", "Lucas", "Owen", "Caleb", "Wyatt", "Hunter", "Chloe", "Levi", "Eli", "Grace",
]  # fmt: skip
_LAST = [
    "Smith", "Johnson", "Brown", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Moore", "Jackson", "Martin",
    "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Hall", "Allen", "Young", "King", "Wright", "Hill",
    "Scott", "Green", "Baker", "Adams", "Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Parker",
    "Evans", "Edwards", "Collins", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Morgan", "Cooper", "Reed",
]  # fmt: skip


def _people(rng: np.random.Generator, n: int) -> list[str]:
    """n distinct "First Last" names."""
    out: list[str] = []
    while len(out) < n:
        name = f"{_one(rng, _FIRST)} {_one(rng, _LAST)}"
        if name not in out:
            out.append(name)
    return out


def _top_any(scores: Callable[[pd.DataFrame], pd.Series], lowest: bool = False) -> Check:
    """The label with the highest (or lowest) score, beside the superlative; any one of them when tied."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        s = scores(df).dropna()
        best = s.min() if lowest else s.max()
        tops = [str(v) for v in s[np.isclose(s, best)].index]
        whys = [_named(lambda _d, v=v: v)(answer, df) for v in tops]
        return None if any(w is None for w in whys) else whys[0]

    return _lead(check)


def _clock(text: pd.Series) -> pd.Series:
    """ "mm:ss", "mm:ss.s" or "h:mm:ss(.s)" as seconds (anything else as NaN)."""

    def one(v: Any) -> float:
        parts = str(v).strip().split(":")
        try:
            nums = [float(p) for p in parts]
        except ValueError:
            return float("nan")
        if len(nums) == 2:
            return nums[0] * 60 + nums[1]
        if len(nums) == 3:
            return nums[0] * 3600 + nums[1] * 60 + nums[2]
        return float("nan")

    return text.astype("string").fillna("").map(one).astype(float)


def _fmt_clock(seconds: float, tenths: bool) -> str:
    s = round(seconds, 1) if tenths else round(seconds)
    h, rest = divmod(s, 3600)
    m, sec = divmod(rest, 60)
    tail = f"{sec:04.1f}" if tenths else f"{int(sec):02d}"
    return f"{int(h)}:{int(m):02d}:{tail}" if h else f"{int(m)}:{tail}"


def _duration(value: Callable[[pd.DataFrame], float]) -> Check:
    """A duration given in seconds by the frame: as minutes (to 1% or 0.1), or as "mm:ss" / "h:mm:ss" within 15 s."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = float(value(df))
        for m in re.finditer(r"(?<![\d:])(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(?![\d:])", answer):
            a, b, c = m.groups()
            secs = int(a) * 3600 + int(b) * 60 + int(c) if c else int(a) * 60 + int(b)
            if abs(secs - want) <= 15:
                return None
        if has(want / 60, rel=0.01)(answer, df) is None:
            return None
        return f"missing duration {want:.0f}s"

    return check


def _control(value: Callable[[pd.DataFrame], Any]) -> Check:
    """A control number said as a control ("control 7", "#7", "control number 7")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        c = str(value(df))
        if re.search(rf"(?:control|#|number|no\.)\s*(?:#|number|no\.)?\s*{c}(?!\d)", answer, re.IGNORECASE):
            return None
        return f"missing control {c}"

    return check


# --- 1. Whitewater rafting trip log ------------------------------------------------------------------------------

_RF_SECTIONS = {
    # section: (class, price, base cfs, swim chance per guest, hours)
    "Upper Gauley": ("V", 169.0, 2800, 0.09, 6.5),
    "Lower Gauley": ("IV", 139.0, 2800, 0.05, 5.5),
    "Lower New": ("III+", 99.0, 2200, 0.03, 4.5),
    "Upper New": ("II", 79.0, 2200, 0.01, 4.0),
}
_RF_GUIDES = ["Dusty", "Kyle", "Marcy", "Tanner", "Beth", "Josh", "Cody", "Hannah", "Wade", "Lexi", "Brent", "Sam"]


def _rafting_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32401)
    rows: list[dict[str, Any]] = []
    day = pd.Timestamp("2024-05-04")
    while day <= pd.Timestamp("2024-09-29"):
        peak = 1.0 + 1.2 * np.exp(-(((day.dayofyear - 195) / 35.0) ** 2)) + (0.8 if day.dayofweek >= 5 else 0.0)
        for section, (klass, price, cfs0, p_swim, hours) in _RF_SECTIONS.items():
            if section.endswith("Gauley") and day.month < 9 and rng.random() < 0.7:
                continue  # Gauley runs mostly on the September release
            n_boats = int(rng.poisson(peak * (1.6 if section.endswith("New") else 2.4)))
            cfs = int(cfs0 * float(np.exp(rng.normal(0, 0.35))))
            for boat in rng.choice(np.arange(1, 13), size=min(n_boats, 12), replace=False):
                guests = int(rng.integers(4, 9))
                p = float(np.clip(p_swim * (cfs / cfs0) ** 1.3, 0, 0.6))
                guide = str(_one(rng, _RF_GUIDES))
                rows.append(
                    {
                        "Trip Date": f"{day.month}/{day.day}/{day.year}",
                        "River Section": section,
                        "Rapid Class": klass,
                        "Guide": guide.upper() if rng.random() < 0.05 else guide,
                        "Boat #": int(boat),
                        "Guests": guests,
                        "Price Per Person": f"${price - (10 if day.dayofweek < 5 else 0):,.2f}",
                        "Swimmers": int(rng.binomial(guests, p)),
                        "Trip Hours": round((hours + float(rng.normal(0, 0.4))) * 2) / 2,
                        "Water Level (cfs)": "" if rng.random() < 0.04 else cfs,
                    }
                )
        day += pd.Timedelta(days=int(_one(rng, [1, 1, 1, 2])))
    return pd.DataFrame(rows)


def _rf_month(how: str) -> Callable[[pd.DataFrame], Any]:
    def pick(df: pd.DataFrame) -> Any:
        month = pd.to_datetime(_text(df, "Trip Date"), format="%m/%d/%Y").dt.to_period("M")
        counts = df.groupby(month)["Guests"].sum() if how == "guests" else month.value_counts()
        return counts.sort_index().idxmax().to_timestamp()

    return pick


def _rf_swim(section: str) -> Check:
    def pooled(df: pd.DataFrame) -> float:
        mask = _text(df, "River Section") == section
        return float(df.loc[mask, "Swimmers"].sum() / df.loc[mask, "Guests"].sum())

    def per_trip(df: pd.DataFrame) -> float:
        mask = _text(df, "River Section") == section
        return float((df.loc[mask, "Swimmers"] / df.loc[mask, "Guests"]).mean())

    return either(_share(pooled), _share(per_trip))


_RF_QS = [
    Q(
        "how many trips did we run this season",
        either(
            _count(len),
            _count(lambda df: len(df.drop_duplicates(["Trip Date", "River Section"]))),
        ),
        ("Trip Date", "Boat #", "River Section"),
    ),
    Q(
        "what was our busiest month",
        either(_month_year(_rf_month("guests")), _month_year(_rf_month("trips"))),
        ("Trip Date", "Guests"),
    ),
    Q(
        "how much money did we take in total",
        _amount(lambda df: float((df["Guests"] * _num(df, "Price Per Person")).sum())),
        ("Guests", "Price Per Person"),
    ),
    Q(
        "what percent of people ended up swimming on the upper gauley",
        _rf_swim("Upper Gauley"),
        ("River Section", "Swimmers", "Guests"),
    ),
    Q("and on the lower gauley?", _rf_swim("Lower Gauley"), ("River Section", "Swimmers", "Guests")),
    Q(
        "do we get more swimmers when the water is higher",
        _corr(lambda d: _num(d, "Water Level (cfs)"), lambda d: d["Swimmers"].astype(float)),
        ("Water Level (cfs)", "Swimmers"),
    ),
]


# --- 2. Fencing tournament pool bouts ----------------------------------------------------------------------------

_FE_CLUBS = [
    "Salle Santelli", "Academy of Fencing Masters", "Nellya FC", "Boston Fencing Club", "Manhattan FC",
    "Rochester FC", "Alliance Fencing", "Capitol FC", "Denver FC", "Golubitsky FC",
]  # fmt: skip
_FE_REFS = ["Petrov A.", "Nguyen T.", "Kowalski M.", "Dubois C.", "Haddad S.", "Ortiz L."]


def _fencing_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32402)
    rows: list[dict[str, Any]] = []
    used: set[str] = set()
    for event in ["Foil", "Epee", "Sabre"]:
        for pool in range(1, 7):
            fencers: list[tuple[str, str, float]] = []
            while len(fencers) < 7:
                first, last = str(_one(rng, _FIRST)), str(_one(rng, _LAST))
                name = f"{last.upper()} {first}"
                if name in used:
                    continue
                used.add(name)
                fencers.append((name, str(_one(rng, _FE_CLUBS)), float(rng.normal(0, 1))))
            pairs = [(a, b) for a in range(7) for b in range(a + 1, 7)]
            order = rng.permutation(len(pairs))
            ref = str(_one(rng, _FE_REFS))
            for k, idx in enumerate(order, start=1):
                a, b = pairs[int(idx)]
                fa, fb = fencers[a], fencers[b]
                a_wins = rng.random() < 1 / (1 + np.exp(-(fa[2] - fb[2])))
                win = 5 if rng.random() < 0.9 else int(rng.integers(2, 5))
                lose = int(rng.integers(0, win))
                ts_a, ts_b = (win, lose) if a_wins else (lose, win)
                referee = "" if rng.random() < 0.03 else ref
                for me, them, ts, tr, won in [(fa, fb, ts_a, ts_b, a_wins), (fb, fa, ts_b, ts_a, not a_wins)]:
                    rows.append(
                        {
                            "Event": event,
                            "Pool #": pool,
                            "Fencer": me[0],
                            "Club": me[1],
                            "Opponent": them[0],
                            "TS": ts,
                            "TR": tr,
                            "V/D": "V" if won else "D",
                            "Bout Order": k,
                            "Referee": referee,
                        }
                    )
    return pd.DataFrame(rows)


def _fe_touches(event: str) -> Check:
    def per_fencer(df: pd.DataFrame) -> float:
        return float(df.loc[_text(df, "Event") == event, "TS"].mean())

    def per_bout(df: pd.DataFrame) -> float:
        sub = df[_text(df, "Event") == event]
        return float((sub["TS"] + sub["TR"]).mean())

    return either(_about(per_fencer), _about(per_bout))


def _fe_wins(df: pd.DataFrame) -> pd.Series:
    return (_text(df, "V/D") == "V").groupby(_text(df, "Fencer")).sum()


_FE_QS = [
    Q("how many fencers took part", _count(lambda df: int(_text(df, "Fencer").nunique())), ("Fencer",)),
    Q(
        "which club won the most bouts",
        _top_any(lambda df: (_text(df, "V/D") == "V").groupby(_text(df, "Club")).sum()),
        ("Club", "V/D"),
    ),
    Q("average touches per bout in sabre?", _fe_touches("Sabre"), ("Event", "TS", "TR")),
    Q("what about epee", _fe_touches("Epee"), ("Event", "TS", "TR")),
    Q(
        "who had the best touch difference, scored minus received",
        _top_any(lambda df: (df["TS"] - df["TR"]).groupby(_text(df, "Fencer")).sum()),
        ("Fencer", "TS", "TR"),
    ),
    Q(
        "how many fencers went undefeated in their pool",
        _count(lambda df: int((_fe_wins(df) == 6).sum())),
        ("Fencer", "V/D", "Pool #"),
    ),
]


# --- 3. Badminton league match sheets ----------------------------------------------------------------------------

_BD_CLUBS = {
    "Division 1": ["Riverside BC", "Kingsway", "Shuttle Stars", "Oakfield", "Northgate", "Phoenix BC"],
    "Division 2": ["Millbrook", "Ashton Park", "Smashers", "Westfield", "Eagle BC", "St Marys"],
    "Division 3": ["Hillcrest", "Feather Flyers", "Parkside", "Greenway", "Dropshots", "Lakeside"],
}


def _bd_game(rng: np.random.Generator, home_wins: bool) -> str:
    lose = int(rng.integers(8, 20))
    win = 21
    if rng.random() < 0.15:
        lose = int(rng.integers(20, 29))
        win = min(lose + 2, 30)
    return f"{win}-{lose}" if home_wins else f"{lose}-{win}"


def _badminton_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32403)
    rows: list[dict[str, Any]] = []
    for division, clubs in _BD_CLUBS.items():
        strength = {c: float(rng.normal(0, 0.5)) for c in clubs}
        fixtures = [(h, a) for h in clubs for a in clubs if h != a]
        for home, away in fixtures:
            date = pd.Timestamp("2023-09-18") + pd.Timedelta(days=int(rng.integers(0, 200)))
            for disc in ["MS", "WS", "MD", "WD", "XD"]:
                p = 1 / (1 + np.exp(-(strength[home] - strength[away] + 0.2)))
                games = [bool(rng.random() < p) for _ in range(3)]
                if games[0] == games[1]:
                    games = games[:2]
                home_won = sum(games) >= 2
                scores = [_bd_game(rng, g) for g in games]
                shuttles: Any = int(rng.integers(2, 5)) + (2 if len(games) == 3 else 0)
                rows.append(
                    {
                        "Division": division,
                        "Match Date": f"{date:%d-%b-%Y}",
                        "Home Club": home,
                        "Away Club": away,
                        "Discipline": disc,
                        "Game 1": scores[0],
                        "Game 2": scores[1],
                        "Game 3": scores[2] if len(scores) == 3 else "",
                        "Winner": "Home" if home_won else "Away",
                        "Shuttles Used": "" if rng.random() < 0.05 else shuttles,
                    }
                )
    return pd.DataFrame(rows)


def _bd_winner(df: pd.DataFrame) -> pd.Series:
    return pd.Series(np.where(_text(df, "Winner") == "Home", _text(df, "Home Club"), _text(df, "Away Club")))


def _bd_busiest(df: pd.DataFrame) -> Any:
    month = pd.to_datetime(_text(df, "Match Date"), format="%d-%b-%Y").dt.to_period("M")
    fixtures = pd.DataFrame({"m": month, "h": _text(df, "Home Club"), "a": _text(df, "Away Club")})
    return fixtures.drop_duplicates()["m"].value_counts().sort_index().idxmax().to_timestamp()


def _bd_busiest_rows(df: pd.DataFrame) -> Any:
    month = pd.to_datetime(_text(df, "Match Date"), format="%d-%b-%Y").dt.to_period("M")
    return month.value_counts().sort_index().idxmax().to_timestamp()


_BD_QS = [
    Q(
        "how many matches went to a third game",
        _count(lambda df: int((_text(df, "Game 3") != "").sum())),
        ("Game 3",),
    ),
    Q(
        "how often does the home side win",
        _share(lambda df: float((_text(df, "Winner") == "Home").mean())),
        ("Winner",),
    ),
    Q(
        "which club won the most matches",
        _top_any(lambda df: _bd_winner(df).value_counts()),
        ("Winner", "Home Club", "Away Club"),
    ),
    Q(
        "how many shuttles on average in mixed doubles",
        _about(lambda df: float(_num(df, "Shuttles Used")[_text(df, "Discipline") == "XD"].mean())),
        ("Discipline", "Shuttles Used"),
    ),
    Q(
        "total shuttles used all season?",
        _count(lambda df: float(_num(df, "Shuttles Used").sum())),
        ("Shuttles Used",),
    ),
    Q(
        "which month had the most matches played",
        either(_month_year(_bd_busiest), _month_year(_bd_busiest_rows)),
        ("Match Date",),
    ),
]


# --- 4. Biathlon race results ------------------------------------------------------------------------------------

_BI_NATIONS = ["NOR", "FRA", "GER", "SWE", "ITA", "AUT", "SUI", "USA", "CAN", "FIN", "CZE", "SLO", "UKR", "EST"]
_BI_FORMATS = {
    # format: (starters, ski seconds, shootings, loop seconds or penalty minute)
    "Sprint": (125, 1450.0, 2, 24.0),
    "Pursuit": (60, 1850.0, 4, 24.0),
    "Individual": (120, 2900.0, 4, 60.0),
}


def _biathlon_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32404)
    athletes: list[tuple[str, str, float, float]] = []
    seen: set[str] = set()
    while len(athletes) < 130:
        name = f"{str(_one(rng, _LAST)).upper()} {_one(rng, _FIRST)}"
        if name in seen:
            continue
        seen.add(name)
        nation = str(_one(rng, _BI_NATIONS, p=[4, 4, 4, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2]))
        athletes.append((name, nation, float(rng.normal(0, 1)), float(np.clip(rng.normal(0.13, 0.05), 0.03, 0.3))))
    rows: list[dict[str, Any]] = []
    sprint_order: list[int] = []
    for fmt, (starters, ski0, shootings, cost) in _BI_FORMATS.items():
        field = sprint_order[:starters] if fmt == "Pursuit" else list(rng.permutation(130)[:starters])
        block: list[dict[str, Any]] = []
        for bib, i in enumerate(field, start=1):
            name, nation, speed, miss = athletes[int(i)]
            ski = ski0 * (1 + 0.025 * (-speed) + float(rng.normal(0, 0.012)))
            prone = int(rng.binomial(5 * (shootings // 2), miss * 0.8))
            standing = int(rng.binomial(5 * (shootings // 2), miss * 1.3))
            misses = prone + standing
            total = ski + misses * cost
            dnf = rng.random() < 0.03
            block.append(
                {
                    "Bib": bib,
                    "Athlete": name,
                    "Nation": nation,
                    "Format": fmt,
                    "Ski Time": _fmt_clock(ski, True),
                    "Prone Misses": prone,
                    "Standing Misses": standing,
                    "Penalty Loops": 0 if fmt == "Individual" else misses,
                    "_t": float("inf") if dnf else total,
                    "_i": int(i),
                }
            )
        ranked = sorted(block, key=lambda r: r["_t"])
        for rank, r in enumerate(ranked, start=1):
            finished = r["_t"] != float("inf")
            r["Total Time"] = _fmt_clock(r["_t"], True) if finished else "DNF"
            r["Rank"] = rank if finished else ""
        if fmt == "Sprint":
            sprint_order = [r["_i"] for r in ranked if r["_t"] != float("inf")]
        rows.extend({k: v for k, v in r.items() if not k.startswith("_")} for r in block)
    return pd.DataFrame(rows)


def _bi_fastest(fmt: str) -> Callable[[pd.DataFrame], str]:
    def pick(df: pd.DataFrame) -> str:
        sub = df[_text(df, "Format") == fmt]
        return str(sub.loc[_clock(sub["Ski Time"]).idxmin(), "Athlete"])

    return pick


def _bi_fin(df: pd.DataFrame) -> pd.DataFrame:
    return df[(_text(df, "Format") == "Sprint") & _num(df, "Rank").notna()]


_BI_QS = [
    Q("how many didn't finish", _count(lambda df: int((_text(df, "Total Time") == "DNF").sum())), ("Total Time",)),
    Q(
        "which country got the most top 10 finishes",
        _top_any(lambda df: (_num(df, "Rank") <= 10).groupby(_text(df, "Nation")).sum()),
        ("Nation", "Rank"),
    ),
    Q(
        "average misses prone vs standing",
        has(lambda df: [df["Prone Misses"].mean(), df["Standing Misses"].mean()], rel=0.01),
        ("Prone Misses", "Standing Misses"),
    ),
    Q("who skied fastest in the individual", _lead(_named(_bi_fastest("Individual"))), ("Athlete", "Ski Time")),
    Q("and in the sprint?", _lead(_named(_bi_fastest("Sprint"))), ("Athlete", "Ski Time", "Format")),
    Q(
        "in the sprint does missing more shots mean a worse finish",
        _corr(
            lambda d: (_bi_fin(d)["Prone Misses"] + _bi_fin(d)["Standing Misses"]).astype(float),
            lambda d: _num(_bi_fin(d), "Rank"),
        ),
        ("Prone Misses", "Standing Misses", "Penalty Loops", "Rank", "Format"),
    ),
]


# --- 5. Orienteering split times ---------------------------------------------------------------------------------

_OR_COURSES = {"White": (6, 95), "Yellow": (8, 120), "Orange": (10, 170), "Brown": (11, 190)}
_OR_COURSES |= {"Green": (13, 230), "Blue": (15, 260)}
_OR_CLUBS = ["QOC", "DVOA", "NEOC", "GAOC", "BAOC", "CascadeOC", "HVO", "OK Quantico"]


def _orienteering_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32405)
    names = _people(rng, 160)
    rows: list[dict[str, Any]] = []
    for course, (controls, leg) in _OR_COURSES.items():
        pool = [names.pop() for _ in range(int(rng.integers(20, 32)))]
        hard = {c: float(np.exp(rng.normal(0, 0.35))) for c in range(1, controls + 1)}
        runners = []
        for runner in pool:
            ability = float(np.exp(rng.normal(0, 0.25)))
            splits = [leg * hard[c] * ability * float(np.exp(rng.normal(0, 0.2))) for c in range(1, controls + 1)]
            splits.append(25 * ability)  # run-in to the finish
            mp = rng.random() < 0.07
            female = rng.random() < 0.4
            age = int(_one(rng, [14, 16, 18, 21, 21, 35, 40, 45, 50, 55, 60, 65]))
            runners.append((runner, str(_one(rng, _OR_CLUBS)), splits, mp, f"{'F' if female else 'M'}{age}"))
        finish = {r[0]: sum(r[2]) for r in runners if not r[3]}
        place = {n: i for i, n in enumerate(sorted(finish, key=finish.__getitem__), start=1)}
        for runner, club, splits, mp, age_class in runners:
            cum = 0.0
            for k, s in enumerate(splits, start=1):
                cum += s
                rows.append(
                    {
                        "Runner": runner,
                        "Club": club,
                        "Course": course,
                        "Control #": "F" if k == len(splits) else k,
                        "Split": _fmt_clock(s, False),
                        "Cumulative": _fmt_clock(cum, False),
                        "Mispunch": "Y" if mp else "N",
                        "Age Class": age_class,
                        "Finish Place": "" if mp else place[runner],
                    }
                )
    return pd.DataFrame(rows)


def _or_hardest(df: pd.DataFrame) -> str:
    sub = df[(_text(df, "Course") == "Green") & (_text(df, "Control #") != "F")]
    return str(_clock(sub["Split"]).groupby(_text(sub, "Control #")).mean().idxmax())


def _or_finish(clean: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        sub = df[(_text(df, "Course") == "Yellow") & (_text(df, "Control #") == "F")]
        if clean:
            sub = sub[_text(sub, "Mispunch") == "N"]
        return float(_clock(sub["Cumulative"]).mean())

    return value


def _or_winner(df: pd.DataFrame) -> str:
    sub = df[(_text(df, "Course") == "Orange") & (_num(df, "Finish Place") == 1)]
    return str(sub["Runner"].iloc[0])


_OR_QS = [
    Q(
        "how many people ran blue",
        _count(lambda df: int(df.loc[_text(df, "Course") == "Blue", "Runner"].nunique())),
        ("Course", "Runner"),
    ),
    Q(
        "how many mispunched",
        either(
            _count(lambda df: int(df.loc[_text(df, "Mispunch") == "Y", "Runner"].nunique())),
            _count(lambda df: int((_text(df, "Mispunch") == "Y").sum())),
        ),
        ("Mispunch", "Runner"),
    ),
    Q("who won orange", _named(_or_winner), ("Course", "Runner", "Finish Place")),
    Q(
        "which control on green took people the longest",
        _control(_or_hardest),
        ("Course", "Control #", "Split"),
    ),
    Q(
        "what's the average finish time on yellow",
        either(_duration(_or_finish(True)), _duration(_or_finish(False))),
        ("Course", "Cumulative", "Control #", "Mispunch"),
    ),
    Q(
        "which club brought the most runners",
        _top_any(lambda df: df.groupby(_text(df, "Club"))["Runner"].nunique()),
        ("Club", "Runner"),
    ),
]


# --- 6. Dressage show results ------------------------------------------------------------------------------------

_DR_TESTS = {
    "Training": ["Training Level Test 1", "Training Level Test 2", "Training Level Test 3"],
    "First": ["First Level Test 1", "First Level Test 2", "First Level Test 3"],
    "Second": ["Second Level Test 1", "Second Level Test 2", "Second Level Test 3"],
}
_DR_JUDGES = {"M. Keller": -1.8, "S. Oliveira": 0.0, "D. Brandt": 0.6, "J. Whitfield": 1.2, "L. Moreau": -0.4}
_DR_HORSES = [
    "Wyatt", "Fiorano", "Sir Donnerhall", "Bella Rose", "Totilas Jr", "Dancing Queen", "Rembrandt", "Valegro Star",
    "Mocha", "Lord Byron", "Fidertanz", "Sunday Best", "Quincy", "Wallace", "Halo", "Escapado", "Biscuit", "Gigi",
    "Rocket Man", "Maverick", "Diva", "Legolas", "Cosmo", "Finnegan", "Pepper", "Rubinstein", "Winston", "Zara",
]  # fmt: skip


def _dressage_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32406)
    riders = _people(rng, 70)
    pairs = []
    for r in riders:
        level = str(_one(rng, list(_DR_TESTS), p=[5, 4, 2]))
        pairs.append((r, f"{_one(rng, _DR_HORSES)}", level, float(rng.normal(0, 2.5))))
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2024-05-11", periods=6, freq="14D"):  # show days
        for rider, horse, level, skill in pairs:
            for test in rng.choice(_DR_TESTS[level], size=int(rng.integers(1, 3)), replace=False):
                judge = str(_one(rng, list(_DR_JUDGES)))
                errors = int(_one(rng, [0, 1, 2, 3], p=[70, 20, 7, 3]))
                base = {"Training": 66.5, "First": 65.0, "Second": 63.5}[level]
                score = base + skill + _DR_JUDGES[judge] - 1.2 * errors + float(rng.normal(0, 2.0))
                elim = rng.random() < 0.02
                rows.append(
                    {
                        "Show Date": f"{day:%m/%d/%Y}",
                        "Rider": rider,
                        "Horse": horse,
                        "Level": level,
                        "Test": str(test),
                        "Judge": judge,
                        "Score %": "E" if elim else f"{score:.3f}",
                        "Collective Marks": "" if elim else round((score / 10 * 4 + float(rng.normal(0, 1))) * 2) / 2,
                        "Errors": errors,
                        "_s": -1.0 if elim else score,
                        "Entry Fee": f"${_one(rng, [55.0, 65.0]) if level == 'Training' else 75.0:.2f}",
                    }
                )
    df = pd.DataFrame(rows)
    rank = df[df["_s"] >= 0].groupby(["Show Date", "Test"])["_s"].rank(ascending=False, method="min")
    df["Placing"] = rank.reindex(df.index).map(lambda v: "" if pd.isna(v) else str(int(v)))
    cols = [
        "Show Date",
        "Rider",
        "Horse",
        "Level",
        "Test",
        "Judge",
        "Score %",
        "Collective Marks",
        "Errors",
        "Placing",
        "Entry Fee",
    ]
    return df[cols]


def _dr_score(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Score %")


_DR_QS = [
    Q("whats the average score", _about(lambda df: float(_dr_score(df).mean())), ("Score %",)),
    Q(
        "which level scores best on average",
        _top_any(lambda df: _dr_score(df).groupby(_text(df, "Level")).mean()),
        ("Level", "Score %"),
    ),
    Q(
        "which judge is the toughest marker",
        _top_any(lambda df: _dr_score(df).groupby(_text(df, "Judge")).mean(), lowest=True),
        ("Judge", "Score %"),
    ),
    Q("how many rides had at least one error", _count(lambda df: int((df["Errors"] >= 1).sum())), ("Errors",)),
    Q(
        "how much did the show take in entry fees",
        _amount(lambda df: float(_num(df, "Entry Fee").sum())),
        ("Entry Fee",),
    ),
    Q(
        "do errors pull the score down much",
        either(
            _corr(lambda d: d["Errors"].astype(float), _dr_score),
            has(
                lambda d: _dr_score(d)[d["Errors"] == 0].mean() - _dr_score(d)[d["Errors"] >= 1].mean(),
                rel=0.02,
            ),
        ),
        ("Errors", "Score %"),
    ),
]


# --- 7. Handball league player stats -----------------------------------------------------------------------------

_HB_TEAMS = [
    "THW Kiel", "SG Flensburg", "Fuchse Berlin", "SC Magdeburg", "Rhein-Neckar Lowen", "MT Melsungen",
    "TSV Hannover", "HSG Wetzlar", "Frisch Auf Goppingen", "VfL Gummersbach", "TBV Lemgo", "HC Erlangen",
    "Bergischer HC", "HSV Hamburg", "ThSV Eisenach", "HC Stuttgart", "GWD Minden", "SC DHfK Leipzig",
]  # fmt: skip
_HB_POS = ["GK", "GK", "LW", "LW", "RW", "RW", "LB", "LB", "RB", "RB", "CB", "CB", "P", "P", "LB", "CB", "GK"]
_HB_RATE = {"GK": 0.0, "LW": 3.2, "RW": 3.0, "LB": 4.3, "RB": 3.6, "CB": 3.4, "P": 2.9}


def _handball_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32407)
    names = _people(rng, len(_HB_TEAMS) * len(_HB_POS))
    rows: list[dict[str, Any]] = []
    for team in _HB_TEAMS:
        block: list[dict[str, Any]] = []
        for pos in _HB_POS:
            gp = int(rng.integers(8, 35))
            rate = _HB_RATE[pos] * float(np.exp(rng.normal(0, 0.45)))
            goals = int(rng.poisson(rate * gp)) if pos != "GK" else int(rng.integers(0, 3))
            acc = float(np.clip(rng.normal(0.78 if pos in ("LW", "RW", "P") else 0.6, 0.07), 0.3, 0.95))
            shots = max(goals, round(goals / acc)) if goals else int(rng.integers(0, 3))
            taker = pos in ("LW", "RW", "LB", "RB") and rng.random() < 0.25
            att = int(rng.poisson(2.0 * gp)) if taker else int(rng.integers(0, 2))
            g7 = min(int(rng.binomial(att, 0.76)), goals)
            block.append(
                {
                    "Player": names.pop(),
                    "Team": team,
                    "Pos": pos,
                    "GP": gp,
                    "Goals": goals,
                    "Shots": shots,
                    "7m Goals": g7,
                    "7m Att": att,
                    "2min": int(rng.poisson(0.35 * gp * (1.6 if pos in ("P", "LB", "RB", "CB") else 0.5))),
                    "Assists": int(rng.poisson(gp * (2.5 if pos == "CB" else 1.0 if pos != "GK" else 0.05))),
                }
            )
        rows.extend(block)
        total = {k: sum(r[k] for r in block) for k in ["Goals", "Shots", "7m Goals", "7m Att", "2min", "Assists"]}
        rows.append({"Player": "TEAM TOTALS", "Team": team, "Pos": "", "GP": 34, **total})
    return pd.DataFrame(rows)


def _hb_players(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Player") != "TEAM TOTALS"]


def _hb_shooting(df: pd.DataFrame) -> pd.Series:
    p = _hb_players(df)
    p = p[p["Shots"] >= 50]
    return (p["Goals"] / p["Shots"]).set_axis(_text(p, "Player"))


def _hb_7m_per_player(df: pd.DataFrame) -> float:
    p = _hb_players(df)
    p = p[p["7m Att"] > 0]
    return float((p["7m Goals"] / p["7m Att"]).mean())


def _hb_wings(pooled: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        p = _hb_players(df)
        p = p[_text(p, "Pos").isin(["LW", "RW"])]
        return float(p["Goals"].sum() / p["GP"].sum()) if pooled else float((p["Goals"] / p["GP"]).mean())

    return value


_HB_QS = [
    Q(
        "who's the top scorer",
        _top_any(lambda df: _hb_players(df).set_index("Player")["Goals"]),
        ("Player", "Goals"),
    ),
    Q(
        "which team picked up the most 2 minute suspensions",
        _top_any(lambda df: _hb_players(df).groupby("Team")["2min"].sum()),
        ("Team", "2min"),
    ),
    Q(
        "best shooting percentage among players with at least 50 shots",
        _top_any(_hb_shooting),
        ("Player", "Goals", "Shots"),
    ),
    Q(
        "what's the overall 7m conversion rate",
        either(
            _share(lambda df: float(_hb_players(df)["7m Goals"].sum() / _hb_players(df)["7m Att"].sum())),
            _share(_hb_7m_per_player),
        ),
        ("7m Goals", "7m Att"),
    ),
    Q(
        "how many goals a game do the wingers average",
        either(_about(_hb_wings(True)), _about(_hb_wings(False))),
        ("Pos", "Goals", "GP"),
    ),
    Q(
        "how many goalkeepers are there",
        _count(lambda df: int((_text(df, "Pos") == "GK").sum())),
        ("Pos", "Player"),
    ),
]


HELDOUT324 = [
    Dataset("rafting_trip_log", _rafting_frame, _RF_QS),
    Dataset("fencing_pool_bouts", _fencing_frame, _FE_QS),
    Dataset("badminton_match_sheets", _badminton_frame, _BD_QS),
    Dataset("biathlon_results", _biathlon_frame, _BI_QS),
    Dataset("orienteering_splits", _orienteering_frame, _OR_QS),
    Dataset("dressage_test_results", _dressage_frame, _DR_QS),
    Dataset("handball_player_stats", _handball_frame, _HB_QS),
]
