"""HELDOUT252: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of public exports an analyst is likely to bring along: a GeoGuessr game
history export (one row per game, January 2023 to June 2024) with "Played At" as "2023-05-12 21:14:03", Mode
(Classic, Duels, Battle Royale Countries, Streaks, Daily Challenge), Map ("World", "A Diverse World", "US Cities",
"Europe", "Famous Places"), Rounds, "Total Score" (0-25000 for Classic and Daily Challenge, blank for the other
modes), "Time Limit" in seconds (0 for none), "Moves Allowed" (Yes/No), Result (Win/Loss for duels, blank
otherwise), "Rating Change" as "+23" / "-17" (duels only, blank otherwise), "Best Round Score" and "Worst Round Score"
(blank for battle royale and streaks) and "Avg Distance (km)" with one decimal; an osu! play history (one row per
score submitted, March 2023 to August 2024) with "Played At", Beatmap as "Artist - Title", "Difficulty Name" (Easy ...
Expert), "Star Rating" with two decimals (raised by DT and HR), Mode (osu!, taiko, catch, mania), Mods ("NM", "HD",
"HR", "DT", "HDDT", "HDHR", "EZ"), Score, "Accuracy (%)" with two decimals, "Max Combo", Misses, Rank (SS, S, A, B, C,
D, and F for failed plays), PP (blank for failed plays) and Passed as TRUE/FALSE; a Sleeper fantasy football season
for one 18-team league (one row per team per week, weeks 1-17, so every matchup appears twice) with Week, "Team
Name", Manager (a user handle), "Points For" and "Points Against" with two decimals, Result (W, L, T), Opponent,
"Projected Points" (blank on a few rows), "Top Scorer" (a player name), "Bench Points", "Waiver Moves" and Trades; a
Brewfather batch export (one row per batch, March 2018 to November 2024) with "Batch #", "Recipe Name", Style
(American IPA, Stout, Saison, Hefeweizen, Pilsner, Amber Ale, Porter), "Brew Date" as "2023-04-15", Status
(Planning, Brewing, Fermenting, Conditioning, Completed, Archived), "Batch Size (gal)", OG and FG with three decimals
(FG blank until fermentation ends and on a few old batches), "ABV (%)" (blank without FG), IBU, SRM, "Efficiency
(%)", Yeast, Rating (1-5, blank on most batches) and "Cost ($)"; the CDC's ILINet weekly influenza-like illness data
(2019 week 1 to 2023 week 52, with a week 53 in 2020) with Region ("Region 1" ... "Region 10" and a "National" row
each week that adds up the regions' counts), Year, Week, "Weighted ILI (%)" and "Unweighted ILI (%)" with five
decimals, "Age 0-4", "Age 5-24", "Age 25-49", "Age 50-64", "Age 65+", "ILI Total", "Number of Providers" and "Total
Patients" (fewer providers through the pandemic years); a state chronic absenteeism report (one row per school per
year: 2017-18, 2018-19, then 2020-21 to 2022-23 with no 2019-20) with "School Year" as "2022-23", District, "School
Name" (the same names recur across districts), "School Level" (Elementary, Middle, High), Enrollment, "Chronically
Absent Count" and "Chronic Absenteeism Rate (%)" as text ("*" when the count is 10 or fewer), "Economically
Disadvantaged Rate (%)", "Students With Disabilities Rate (%)" and "Rate Change From Prior Year" in points (blank in
the first year, in 2020-21 and on suppressed rows); and a school district's AP exam results (2019-2024, one row per
school per exam per year, eight schools and fourteen subjects, not every school offering every exam every year) with
Year, School, "AP Subject" ("AP Calculus AB", "AP Biology", "AP US History", "AP English Language", ...), "Students
Tested", "Score 1" ... "Score 5" (blank when fewer than ten students tested), "Pass Rate" (% scoring 3 or higher, one
decimal) and "Mean Score" with two decimals. All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .offline_eval import Check, Dataset, Q, both, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import numbers_found as _found
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

_BIG = (1e3, 1e6)


def _top(scores: pd.Series, lowest: bool = False) -> str:
    """The label with the highest (or lowest) score (ties: first in label order)."""
    s = scores.dropna().sort_index(kind="stable")
    return str(s.idxmin() if lowest else s.idxmax())


def _text(df: pd.DataFrame, col: str) -> pd.Series:
    return df[col].astype("string").fillna("").str.strip()


def _num(df: pd.DataFrame, col: str) -> pd.Series:
    """A column as numbers ("+23", "$", "%", commas, "*", "N/A" and blanks handled)."""
    text = df[col].astype("string").str.replace(r"[$,%\s+]", "", regex=True)
    return pd.to_numeric(text, errors="coerce")


def _named_any(values: Callable[[pd.DataFrame], list[str]]) -> Check:
    """Any one of the labels (the picks of several readings)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        whys = [_named(lambda _d, v=v: v)(answer, df) for v in values(df)]
        return None if any(w is None for w in whys) else whys[0]

    return check


def _one_of(values: Callable[[pd.DataFrame], list[float]]) -> Check:
    """Any one of the counts (the readings of a question)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        whys = [_count(lambda _d, v=v: v)(answer, df) for v in values(df)]
        return None if any(w is None for w in whys) else whys[0]

    return check


def _about_any(readings: list[Callable[[pd.DataFrame], Any]], rel: float = 0.005) -> Check:
    """Every value of any one reading, to within `rel` or one decimal."""
    return either(*[_about(r, rel=rel) for r in readings])


# --- 1. GeoGuessr game history -------------------------------------------------------------------------------------

_GG_MODES = ["Classic", "Duels", "Battle Royale Countries", "Streaks", "Daily Challenge"]
_GG_MAPS = {"World": 1.0, "A Diverse World": 0.93, "US Cities": 1.12, "Europe": 1.05, "Famous Places": 1.18}


def _geoguessr_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25201)
    rows = []
    rating = 850
    skill = 0.55
    for day in pd.date_range("2023-01-05", "2024-06-30", freq="D"):
        n = int(rng.poisson(2.6 if day.day_of_week >= 5 else 1.4))
        if rng.random() < 0.25:
            n = 0
        skill = min(0.8, skill + 0.0004)
        stamps = sorted(int(x) for x in rng.integers(8 * 3600, 24 * 3600, size=n))
        for sec in stamps:
            t = day + pd.Timedelta(seconds=sec)
            mode = _one(rng, _GG_MODES, [34, 30, 10, 8, 18])
            row: dict[str, Any] = {
                "Played At": f"{t:%Y-%m-%d %H:%M:%S}",
                "Mode": mode,
                "Map": "World",
                "Rounds": 5,
                "Total Score": None,
                "Time Limit": 0,
                "Moves Allowed": "Yes",
                "Result": "",
                "Rating Change": "",
                "Best Round Score": None,
                "Worst Round Score": None,
                "Avg Distance (km)": None,
            }
            if mode in ("Classic", "Daily Challenge"):
                gmap = "World" if mode == "Daily Challenge" else _one(rng, list(_GG_MAPS), [38, 22, 14, 16, 10])
                moves = "Yes" if mode == "Daily Challenge" else _one(rng, ["Yes", "No"], [60, 40])
                limit = 120 if mode == "Daily Challenge" else int(_one(rng, [0, 60, 120, 180], [45, 15, 20, 20]))
                base = skill * _GG_MAPS[gmap] * (1.0 if moves == "Yes" else 0.9) * (0.93 if limit == 60 else 1.0)
                rounds = np.clip(rng.normal(base * 5000, 1100, size=5), 0, 5000).round()
                dist = np.clip(rng.gamma(1.3, 2600 * (1.25 - base), size=5), 0.01, 18000)
                row |= {
                    "Map": gmap,
                    "Total Score": int(rounds.sum()),
                    "Time Limit": limit,
                    "Moves Allowed": moves,
                    "Best Round Score": int(rounds.max()),
                    "Worst Round Score": int(rounds.min()),
                    "Avg Distance (km)": round(float(dist.mean()), 1),
                }
            elif mode == "Duels":
                rounds = int(rng.integers(3, 11))
                win = rng.random() < 0.42 + 0.25 * (skill - 0.55) / 0.25
                change = int(rng.integers(8, 32)) * (1 if win else -1)
                rating += change
                scores = np.clip(rng.normal(skill * 5000, 1000, size=rounds), 0, 5000).round()
                row |= {
                    "Rounds": rounds,
                    "Time Limit": 15,
                    "Moves Allowed": _one(rng, ["Yes", "No"], [55, 45]),
                    "Result": "Win" if win else "Loss",
                    "Rating Change": f"{change:+d}",
                    "Best Round Score": int(scores.max()),
                    "Worst Round Score": int(scores.min()),
                    "Avg Distance (km)": round(float(rng.gamma(1.4, 900)), 1),
                }
            elif mode == "Battle Royale Countries":
                row |= {"Rounds": int(rng.integers(2, 9)), "Time Limit": 0, "Moves Allowed": "No"}
            else:
                row |= {"Rounds": int(rng.geometric(0.12)), "Time Limit": 0}
            rows.append(row)
    out = pd.DataFrame(rows)
    for col in ("Total Score", "Best Round Score", "Worst Round Score"):
        out[col] = out[col].astype("Int64")
    return out


def _gg_scored(df: pd.DataFrame, classic_only: bool) -> pd.DataFrame:
    keep = df["Mode"] == "Classic" if classic_only else df["Total Score"].notna()
    return df[keep & df["Total Score"].notna()]


def _gg_best_maps(df: pd.DataFrame) -> list[str]:
    return [_top(_gg_scored(df, c).groupby("Map")["Total Score"].mean()) for c in (True, False)]


def _gg_duels(df: pd.DataFrame) -> pd.DataFrame:
    return df[df["Mode"] == "Duels"]


def _gg_moves(df: pd.DataFrame, classic_only: bool) -> list[float]:
    d = _gg_scored(df, classic_only)
    means = d.groupby(_text(d, "Moves Allowed"))["Total Score"].mean()
    return [float(means["Yes"]), float(means["No"])]


_GG_QS = [
    Q(
        "how many games have i played in each mode",
        _count(lambda df: df["Mode"].value_counts().to_numpy()),
        ("Mode", "Played At"),
    ),
    Q(
        "whats my average score in classic games",
        either(
            has(lambda df: _gg_scored(df, True)["Total Score"].mean(), rel=0.002),
            has(lambda df: _gg_scored(df, True)["Total Score"].median(), rel=0.002),
        ),
        ("Total Score", "Mode"),
    ),
    Q(
        "which map do i score best on",
        _lead(_named_any(_gg_best_maps)),
        ("Map", "Total Score", "Mode"),
    ),
    Q(
        "what's my win rate in duels",
        _share(lambda df: float((_text(_gg_duels(df), "Result") == "Win").mean())),
        ("Result", "Mode"),
    ),
    Q(
        "and how much rating have i gained or lost overall from them",
        has(lambda df: float(_num(_gg_duels(df), "Rating Change").sum()), rel=0.001),
        ("Rating Change", "Mode", "Result"),
    ),
    Q(
        "do i score better when moving is allowed? avg score with and without moves",
        _about_any([lambda df: _gg_moves(df, True), lambda df: _gg_moves(df, False)], rel=0.002),
        ("Moves Allowed", "Total Score", "Mode"),
    ),
]


# --- 2. osu! play history ------------------------------------------------------------------------------------------

_OS_MAPS = [
    ("xi", "FREEDOM DiVE"),
    ("Camellia", "Exit This Earth's Atomosphere"),
    ("DragonForce", "Through the Fire and Flames"),
    ("YOASOBI", "Idol"),
    ("Kurokotei", "Galaxy Collapse"),
    ("Hige Driver", "Miracle Sugite Yabai"),
    ("LiSA", "Gurenge"),
    ("Reol", "No title"),
    ("Nekomata Master", "Far east nightbird"),
    ("Toby Fox", "MEGALOVANIA"),
    ("ginkiha", "EOS"),
    ("Imperial Circus Dead Decadence", "Uta"),
    ("cYsmix", "Escapism"),
    ("Aitsuki Nakuru", "Monochrome Butterfly"),
    ("Yunomi", "Ohayou"),
    ("Yooh", "Ice Angel"),
    ("Memme", "Chinese Restaurant"),
    ("The Quick Brown Fox", "The Big Black"),
]
_OS_DIFFS = [("Easy", 1.8), ("Normal", 2.6), ("Hard", 3.6), ("Insane", 4.7), ("Extra", 5.7), ("Expert", 6.6)]
_OS_MODS = ["NM", "HD", "HR", "DT", "HDDT", "HDHR", "EZ"]


def _os_rank(acc: float, misses: int) -> str:
    if acc >= 100:
        return "SS"
    if acc > 93.17 and misses == 0:
        return "S"
    if acc > 90 and (misses == 0 or acc > 93.17):
        return "A"
    if acc > 80:
        return "B"
    return "C" if acc > 70 else "D"


def _osu_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25202)
    rows = []
    skill = 4.3
    for day in pd.date_range("2023-03-01", "2024-08-31", freq="D"):
        if rng.random() < 0.35:
            continue
        month_push = 1.6 if day.month in (7, 8, 12) else 1.0
        n = int(rng.poisson(4.5 * month_push))
        skill += 0.002
        for sec in sorted(int(x) for x in rng.integers(0, 86400, size=n)):
            t = day + pd.Timedelta(seconds=sec)
            artist, title = _OS_MAPS[int(rng.integers(len(_OS_MAPS)))]
            name, base = _OS_DIFFS[int(_one(rng, range(6), [3, 6, 14, 30, 30, 17]))]
            stars = round(float(base + rng.uniform(-0.4, 0.45)), 2)
            mode = _one(rng, ["osu!", "taiko", "catch", "mania"], [80, 6, 4, 10])
            mods = _one(rng, _OS_MODS, [46, 22, 8, 9, 7, 5, 3])
            if "DT" in mods:
                stars = round(stars * 1.38, 2)
            if "HR" in mods:
                stars = round(stars * 1.08, 2)
            gap = stars - skill
            acc = float(np.clip(rng.normal(96.2 - 3.2 * max(gap, -1) - (0.8 if "HD" in mods else 0), 2.3), 55, 100))
            if rng.random() < 0.015 and gap < -1:
                acc = 100.0
            passed = rng.random() > 1 / (1 + np.exp(-2.2 * (gap - 0.3)))
            notes = int(rng.integers(350, 2200))
            misses = 0 if acc >= 100 else int(rng.poisson(max(0.15, 1.6 + 3.5 * gap)))
            if not passed:
                misses += int(rng.integers(5, 40))
                acc = min(acc, float(rng.uniform(70, 95)))
            combo = notes if misses == 0 else int(notes * rng.uniform(0.05, 0.7))
            rank = _os_rank(round(acc, 2), misses) if passed else "F"
            score = int(
                acc / 100 * (combo / notes) ** 0.5 * rng.uniform(0.85, 1.0) * 1_000_000 * (1.3 if "DT" in mods else 1.0)
            )
            pp = round(float(stars**2.7 * 2.1 * (acc / 100) ** 12 * (0.97**misses) * rng.uniform(0.9, 1.1)), 2)
            rows.append(
                {
                    "Played At": f"{t:%Y-%m-%d %H:%M:%S}",
                    "Beatmap": f"{artist} - {title}",
                    "Difficulty Name": name,
                    "Star Rating": stars,
                    "Mode": mode,
                    "Mods": mods,
                    "Score": score,
                    "Accuracy (%)": round(acc, 2),
                    "Max Combo": combo,
                    "Misses": misses,
                    "Rank": rank,
                    "PP": pp if passed else None,
                    "Passed": "TRUE" if passed else "FALSE",
                }
            )
    return pd.DataFrame(rows)


def _os_passed(df: pd.DataFrame) -> pd.Series:
    return df["Passed"].astype("string").str.upper() == "TRUE"


def _os_best(df: pd.DataFrame) -> str:
    beatmap = str(df.loc[_num(df, "PP").idxmax(), "Beatmap"])
    return beatmap.split(" - ", 1)[1]


def _os_hd_acc(df: pd.DataFrame, passed_only: bool) -> list[float]:
    d = df[_os_passed(df)] if passed_only else df
    hd = _text(d, "Mods").str.contains("HD")
    return [float(d.loc[hd, "Accuracy (%)"].mean()), float(d.loc[~hd, "Accuracy (%)"].mean())]


def _os_busiest(df: pd.DataFrame) -> pd.Timestamp:
    return pd.to_datetime(df["Played At"]).dt.to_period("M").value_counts().sort_index().idxmax().to_timestamp()


def _os_s_ranks(df: pd.DataFrame) -> int:
    return int(_text(df, "Rank").isin(["S", "SS"]).sum())


_OS_QS = [
    Q(
        "how many of my plays were fails",
        _count(lambda df: int((~_os_passed(df)).sum())),
        ("Passed", "Rank"),
    ),
    Q(
        "whats my highest pp play and what map was it on",
        both(has(lambda df: _num(df, "PP").max(), rel=0.001), _named(_os_best)),
        ("PP", "Beatmap", "Difficulty Name"),
    ),
    Q(
        "avg accuracy on plays with HD in the mods vs without",
        _about_any([lambda df: _os_hd_acc(df, False), lambda df: _os_hd_acc(df, True)], rel=0.001),
        ("Mods", "Accuracy (%)"),
    ),
    Q(
        "which month did i play the most",
        _lead(_month_year(_os_busiest)),
        ("Played At",),
    ),
    Q(
        "how many times did i get an S or SS",
        _count(_os_s_ranks),
        ("Rank",),
    ),
    Q(
        "what share of my passed plays is that",
        either(
            _share(lambda df: _os_s_ranks(df) / float(_os_passed(df).sum())),
            _share(lambda df: _os_s_ranks(df) / float(len(df))),
        ),
        ("Rank", "Passed"),
    ),
]


# --- 3. Sleeper fantasy football season ----------------------------------------------------------------------------

_SL_TEAMS = [
    ("Mahomes Alone", "jdawg22"),
    ("The Kupp Runneth Over", "kaylaf"),
    ("Bijan Mustard", "mikeyT"),
    ("Waddle Waddle", "ssingh"),
    ("CeeDeez Nutz", "broncofan88"),
    ("Tua Legit Tua Quit", "lizzo_ff"),
    ("Hurts Donut", "dannyb"),
    ("Lamb of God", "rachelm"),
    ("Chubb Thumpers", "theo_w"),
    ("Purdy Little Liars", "marcus.j"),
    ("Run CMC", "pat_ok"),
    ("Saquon Deez", "emmaline"),
    ("Breece Lightning", "coachcarl"),
    ("Dak to the Future", "nguyenv"),
    ("Ja'Marr the Merrier", "big_rob"),
    ("Kittle Me This", "jess_h"),
    ("London Fog", "tomasg"),
    ("Stroud Awakening", "alexr99"),
]
_SL_PLAYERS = ["Christian McCaffrey", "Tyreek Hill", "CeeDee Lamb", "Josh Allen", "Jalen Hurts", "Breece Hall"]
_SL_PLAYERS += ["Puka Nacua", "Travis Kelce", "Kyren Williams", "Lamar Jackson", "Amon-Ra St. Brown", "De'Von Achane"]
_SL_PLAYERS += ["Ja'Marr Chase", "Raheem Mostert", "Mike Evans", "Dak Prescott", "Sam LaPorta", "Keenan Allen"]


def _sleeper_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25203)
    n = len(_SL_TEAMS)
    strength = rng.normal(118, 9, size=n)
    moves_habit = rng.uniform(0.3, 3.0, size=n)
    stars = [list(rng.choice(_SL_PLAYERS, size=3, replace=False)) for _ in range(n)]
    rows = []
    for week in range(1, 18):
        order = rng.permutation(n)
        waivers = [int(rng.poisson(moves_habit[i])) for i in range(n)]
        points = [round(float(strength[i] + 2.2 * waivers[i] + rng.normal(0, 22)), 2) for i in range(n)]
        for a, b in zip(order[::2], order[1::2], strict=True):
            for me, them in ((a, b), (b, a)):
                pf, pa = points[me], points[them]
                result = "W" if pf > pa else "L" if pf < pa else "T"
                projected = round(float(strength[me] + rng.normal(0, 6)), 2) if rng.random() > 0.03 else None
                rows.append(
                    {
                        "Week": week,
                        "Team Name": _SL_TEAMS[me][0],
                        "Manager": _SL_TEAMS[me][1],
                        "Points For": pf,
                        "Points Against": pa,
                        "Result": result,
                        "Opponent": _SL_TEAMS[them][0],
                        "Projected Points": projected,
                        "Top Scorer": _one(rng, stars[me], [5, 3, 2]),
                        "Bench Points": round(float(rng.gamma(4, 9)), 2),
                        "Waiver Moves": waivers[me],
                        "Trades": int(rng.random() < 0.04),
                    }
                )
    return pd.DataFrame(rows)


def _sl_totals(df: pd.DataFrame) -> pd.DataFrame:
    return df.groupby("Team Name").agg(
        pf=("Points For", "sum"), bench=("Bench Points", "sum"), moves=("Waiver Moves", "sum")
    )


def _sl_leader(df: pd.DataFrame) -> str:
    return _top(_sl_totals(df)["pf"])


def _sl_manager(team: str) -> Callable[[pd.DataFrame], list[str]]:
    return lambda df: [team, str(df.loc[df["Team Name"] == team, "Manager"].iloc[0])]


def _sl_pick(team: Callable[[pd.DataFrame], str]) -> Check:
    """The team, or its manager."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        return _named_any(_sl_manager(team(df)))(answer, df)

    return check


def _sl_record(answer: str, df: pd.DataFrame) -> str | None:
    """Wins and losses, as "12-5" or in words (the dash not read as a minus sign)."""
    mine = _text(df[df["Team Name"] == _sl_leader(df)], "Result")
    found = [abs(f) for f in _found(answer)]
    for want in (int((mine == "W").sum()), int((mine == "L").sum())):
        if want not in found:
            return f"missing number {want}"
    return None


_SL_QS = [
    Q(
        "who scored the most points this season",
        _lead(_sl_pick(_sl_leader)),
        ("Team Name", "Manager", "Points For"),
    ),
    Q(
        "what was their record",
        _sl_record,
        ("Team Name", "Manager", "Result"),
    ),
    Q(
        "highest score in a single week",
        has(lambda df: df["Points For"].max(), rel=0.0005),
        ("Points For", "Week", "Team Name", "Manager"),
    ),
    Q(
        "how often did teams beat their projection",
        either(
            _share(lambda df: float((df["Points For"] > df["Projected Points"]).mean())),
            _share(
                lambda df: float((df["Points For"] > df["Projected Points"])[df["Projected Points"].notna()].mean())
            ),
        ),
        ("Points For", "Projected Points"),
    ),
    Q(
        "which team left the most points on the bench",
        _lead(_sl_pick(lambda df: _top(_sl_totals(df)["bench"]))),
        ("Team Name", "Manager", "Bench Points"),
    ),
    Q(
        "do teams that make more waiver moves score more? how strong is that",
        either(
            _corr(lambda df: df["Waiver Moves"], lambda df: df["Points For"]),
            _corr(lambda df: _sl_totals(df)["moves"], lambda df: _sl_totals(df)["pf"]),
        ),
        ("Waiver Moves", "Points For", "Team Name"),
    ),
]


# --- 4. Brewfather batch export ------------------------------------------------------------------------------------

# style: weight, recipes, OG range, attenuation, IBU range, SRM range, yeasts
_BF_STYLES: dict[str, tuple[float, list[str], tuple[float, float], float, tuple[int, int], tuple[int, int], list[str]]]
_BF_STYLES = {
    "American IPA": (
        30,
        ["Citra Bomb IPA", "West Coast Classic", "Mosaic Mind", "Simcoe Sunrise"],
        (1.058, 1.070),
        0.79,
        (50, 75),
        (5, 9),
        ["SafAle US-05", "Wyeast 1056", "Imperial A07 Flagship"],
    ),
    "Stout": (
        16,
        ["Midnight Oatmeal Stout", "Dry Irish Stout", "Coffee Imperial Stout"],
        (1.044, 1.095),
        0.72,
        (30, 60),
        (30, 45),
        ["SafAle S-04", "Wyeast 1084 Irish Ale"],
    ),
    "Saison": (
        12,
        ["Farmhouse Saison", "Peppercorn Saison"],
        (1.048, 1.062),
        0.88,
        (20, 35),
        (3, 7),
        ["Wyeast 3711 French Saison", "LalBrew Belle Saison"],
    ),
    "Hefeweizen": (14, ["Bavarian Hefe", "Banana Split Wheat"], (1.046, 1.054), 0.75, (10, 16), (3, 6), ["WLP300"]),
    "Pilsner": (
        12,
        ["Czech Pils", "German Pils"],
        (1.044, 1.052),
        0.80,
        (28, 42),
        (2, 4),
        ["Saflager W-34/70", "Wyeast 2124 Bohemian Lager"],
    ),
    "Amber Ale": (9, ["Red Rye Amber", "Copper Ale"], (1.050, 1.060), 0.74, (25, 40), (11, 17), ["SafAle US-05"]),
    "Porter": (7, ["Robust Porter", "Vanilla Porter"], (1.050, 1.065), 0.73, (25, 45), (22, 35), ["Wyeast 1028"]),
}


def _brewfather_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25204)
    rows = []
    styles = list(_BF_STYLES)
    day = pd.Timestamp("2018-03-10")
    number = 0
    end = pd.Timestamp("2024-11-20")
    while day <= end:
        number += 1
        style = _one(rng, styles, [v[0] for v in _BF_STYLES.values()])
        _, recipes, (og_lo, og_hi), atten, (ibu_lo, ibu_hi), (srm_lo, srm_hi), yeasts = _BF_STYLES[style]
        recipe = _one(rng, recipes)
        og = round(float(rng.uniform(og_lo, og_hi)), 3)
        if "Imperial" in recipe:
            og = round(float(rng.uniform(1.085, 1.105)), 3)
        fg = round(1 + (og - 1) * (1 - float(np.clip(rng.normal(atten, 0.03), 0.6, 0.95))), 3)
        age = (end - day).days
        if age < 3:
            status = _one(rng, ["Planning", "Brewing"])
        elif age < 16:
            status = "Fermenting"
        elif age < 40:
            status = "Conditioning"
        else:
            status = _one(rng, ["Completed", "Archived"], [60, 40])
        if status in ("Planning", "Brewing", "Fermenting"):
            fg_out: float | None = None
        else:
            fg_out = fg if rng.random() > 0.04 else None
        size = float(_one(rng, [5.0, 5.5, 2.5, 10.0], [55, 25, 12, 8]))
        year = day.year
        rating: float | None = None
        if status in ("Completed", "Archived") and rng.random() < 0.6:
            rating = float(np.clip(round(rng.normal(3.3 + 0.08 * (year - 2018) + 4 * (og - 1.05), 0.8)), 1, 5))
        abv = round((og - fg_out) * 131.25, 1) if fg_out is not None else None
        rows.append(
            {
                "Batch #": number,
                "Recipe Name": recipe,
                "Style": style,
                "Brew Date": f"{day:%Y-%m-%d}",
                "Status": status,
                "Batch Size (gal)": size,
                "OG": og,
                "FG": fg_out,
                "ABV (%)": abv,
                "IBU": int(rng.integers(ibu_lo, ibu_hi + 1)),
                "SRM": int(rng.integers(srm_lo, srm_hi + 1)),
                "Efficiency (%)": round(float(np.clip(rng.normal(66 + 1.5 * (year - 2018), 4), 50, 85)), 1),
                "Yeast": _one(rng, yeasts),
                "Rating": rating,
                "Cost ($)": round(float(size * rng.uniform(5.5, 9.5) * (1.5 if og > 1.08 else 1.0)), 2),
            }
        )
        day = day + pd.Timedelta(days=int(rng.integers(3, 11)))
    out = pd.DataFrame(rows)
    out["Rating"] = out["Rating"].astype("Int64")
    return out


def _bf_years(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Brew Date"]).dt.year


_BF_QS = [
    Q(
        "how many batches have i brewed of each style",
        _count(lambda df: df["Style"].value_counts().to_numpy()),
        ("Style", "Batch #"),
    ),
    Q(
        "which style comes out strongest on average",
        _lead(_named(lambda df: _top(df.groupby("Style")["ABV (%)"].mean()))),
        ("Style", "ABV (%)"),
    ),
    Q(
        "has my efficiency gotten better over the years? avg per year",
        _about(lambda df: df.groupby(_bf_years(df))["Efficiency (%)"].mean(), rel=0.002),
        ("Efficiency (%)", "Brew Date"),
    ),
    Q(
        "how many batches dont have a final gravity yet",
        _count(lambda df: int(df["FG"].isna().sum())),
        ("FG", "Status", "Batch #"),
    ),
    Q(
        "how much did i spend on brewing in 2023",
        _scaled(lambda df: df.loc[_bf_years(df) == 2023, "Cost ($)"].sum(), _BIG, rel=0.002),
        ("Cost ($)", "Brew Date"),
    ),
    Q(
        "do my higher rated beers tend to be stronger",
        _corr(lambda df: df["Rating"], lambda df: df["ABV (%)"]),
        ("Rating", "ABV (%)"),
    ),
]


# --- 5. CDC ILINet by HHS region -----------------------------------------------------------------------------------

# region: population weight, providers, patients per provider, season strength, peak shift (weeks)
_IL_REGIONS = {
    f"Region {k}": (w, p, pp, s, d)
    for k, w, p, pp, s, d in [
        (1, 4.5, 180, 230, 0.85, 2),
        (2, 8.8, 260, 310, 1.05, 1),
        (3, 9.4, 300, 260, 1.0, 0),
        (4, 20.5, 520, 280, 1.25, -1),
        (5, 15.9, 480, 240, 0.95, 1),
        (6, 12.7, 350, 300, 1.3, -2),
        (7, 4.3, 150, 220, 0.9, 0),
        (8, 3.7, 160, 200, 0.8, 1),
        (9, 15.6, 330, 360, 1.1, 0),
        (10, 4.1, 130, 210, 0.75, 2),
    ]
}
_IL_AGES = ["Age 0-4", "Age 5-24", "Age 25-49", "Age 50-64", "Age 65+"]


def _ilinet_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25205)
    weeks = [(y, w) for y in range(2019, 2024) for w in range(1, (54 if y == 2020 else 53))]
    peaks = {2019: (6, 5.1), 2020: (6, 6.4), 2021: (60, 1.0), 2022: (48, 7.2), 2023: (51, 4.8)}
    rows = []
    for i, (year, week) in enumerate(weeks):
        national: dict[str, Any] = {"Region": "National", "Year": year, "Week": week}
        counts = {c: 0 for c in [*_IL_AGES, "ILI Total", "Number of Providers", "Total Patients"]}
        weighted = 0.0
        covid = 1.0 if i < 62 else 0.7 if i < 100 else 1.0
        for region, (pop, providers, per, strength, shift) in _IL_REGIONS.items():
            level = 1.0
            for season_year, (peak_week, height) in peaks.items():
                peak = (season_year - 2019) * 52 + peak_week + shift + (1 if season_year > 2020 else 0)
                level += strength * (height - 1) * np.exp(-((((i + 1) - peak) / 4.5) ** 2))
            rate = max(0.3, level * rng.uniform(0.9, 1.1))
            prov = int(providers * covid * rng.uniform(0.85, 1.0))
            patients = int(prov * per * rng.uniform(0.9, 1.1))
            total = int(rng.binomial(patients, rate / 100))
            ages = rng.multinomial(total, [0.17, 0.33, 0.28, 0.12, 0.10])
            wili = round(float(rate * rng.uniform(0.95, 1.05)), 5)
            row = {"Region": region, "Year": year, "Week": week, "Weighted ILI (%)": wili}
            row |= {"Unweighted ILI (%)": round(100 * total / patients, 5)}
            row |= {a: int(v) for a, v in zip(_IL_AGES, ages, strict=True)}
            row |= {"ILI Total": total, "Number of Providers": prov, "Total Patients": patients}
            rows.append(row)
            for c in counts:
                counts[c] += int(row[c])
            weighted += pop * wili
        national |= {"Weighted ILI (%)": round(weighted / sum(v[0] for v in _IL_REGIONS.values()), 5)}
        national |= {"Unweighted ILI (%)": round(100 * counts["ILI Total"] / counts["Total Patients"], 5)}
        national |= counts
        rows.append(national)
    return pd.DataFrame(rows)


def _il_region(df: pd.DataFrame, region: str) -> pd.DataFrame:
    return df[_text(df, "Region") == region]


def _il_peak(df: pd.DataFrame, col: str) -> pd.Series:
    nat = _il_region(df, "National")
    return nat.loc[nat[col].idxmax()]


def _il_peak_week(answer: str, df: pd.DataFrame) -> str | None:
    whys = []
    for col in ("Weighted ILI (%)", "Unweighted ILI (%)"):
        row = _il_peak(df, col)
        whys.append(_count(lambda _d, r=row: [float(r["Year"]), float(r["Week"])])(answer, df))
    return None if any(w is None for w in whys) else whys[0]


def _il_peak_rate(answer: str, df: pd.DataFrame) -> str | None:
    whys = []
    for pick in ("Weighted ILI (%)", "Unweighted ILI (%)"):
        row = _il_peak(df, pick)
        for col in ("Weighted ILI (%)", "Unweighted ILI (%)"):
            whys.append(_about(lambda _d, v=float(row[col]): v, rel=0.005)(answer, df))
    return None if any(w is None for w in whys) else whys[0]


def _il_weeks_over(region: str) -> Callable[[pd.DataFrame], list[float]]:
    def values(df: pd.DataFrame) -> list[float]:
        d = _il_region(df, region)
        return [float((d["Weighted ILI (%)"] > 5).sum()), float((d["Unweighted ILI (%)"] > 5).sum())]

    return values


_IL_QS = [
    Q(
        "which week had the highest flu activity nationally",
        _il_peak_week,
        ("Region", "Year", "Week", "Weighted ILI (%)", "Unweighted ILI (%)"),
    ),
    Q(
        "what was the ili percentage that week",
        _il_peak_rate,
        ("Region", "Year", "Week", "Weighted ILI (%)", "Unweighted ILI (%)"),
    ),
    Q(
        "total ili patients across the country in 2022",
        _count(lambda df: int(_il_region(df, "National").loc[lambda d: d["Year"] == 2022, "ILI Total"].sum())),
        ("Region", "Year", "ILI Total"),
    ),
    Q(
        "which region has the highest average ili rate",
        _lead(
            _named_any(
                lambda df: [
                    _top(df[_text(df, "Region") != "National"].groupby("Region")[c].mean())
                    for c in ("Weighted ILI (%)", "Unweighted ILI (%)")
                ]
            )
        ),
        ("Region", "Weighted ILI (%)", "Unweighted ILI (%)"),
    ),
    Q(
        "how many weeks was region 4 above 5%",
        _one_of(_il_weeks_over("Region 4")),
        ("Region", "Week", "Year", "Weighted ILI (%)", "Unweighted ILI (%)"),
    ),
    Q(
        "and nationally?",
        _one_of(_il_weeks_over("National")),
        ("Region", "Week", "Year", "Weighted ILI (%)", "Unweighted ILI (%)"),
    ),
]


# --- 6. State chronic absenteeism report ---------------------------------------------------------------------------

_CA_DISTRICTS = ["Riverside Unified", "Maple Valley SD", "Northgate City Schools", "Cedar County SD"]
_CA_DISTRICTS += ["Eastport Public Schools", "Pine Ridge SD", "Harbor View Unified", "Granite Falls SD"]
_CA_NAMES = ["Lincoln", "Washington", "Jefferson", "Roosevelt", "Oak Grove", "Hillcrest", "Lakeview", "Sunset"]
_CA_NAMES += ["Kennedy", "Franklin", "Central", "Westside", "Meadowbrook", "Eastwood", "Parkside", "Jackson"]
_CA_YEARS = ["2017-18", "2018-19", "2020-21", "2021-22", "2022-23"]
_CA_BUMP = {"2017-18": 0.0, "2018-19": 0.5, "2020-21": 5.5, "2021-22": 12.5, "2022-23": 8.0}


def _absentee_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25206)
    schools = []
    for district in _CA_DISTRICTS:
        poverty = float(rng.uniform(20, 80))
        for level, k, size in (("Elementary", int(rng.integers(6, 10)), 420), ("Middle", 3, 650), ("High", 2, 1100)):
            for name in rng.choice(_CA_NAMES, size=k, replace=False):
                suffix = {"Elementary": "Elementary School", "Middle": "Middle School", "High": "High School"}[level]
                enroll = int(max(40, rng.normal(size, size * 0.35)))
                if rng.random() < 0.06:
                    enroll = int(rng.integers(25, 60))
                econ = float(np.clip(poverty + rng.normal(0, 12), 3, 98))
                schools.append((district, f"{name} {suffix}", level, enroll, econ))
    rows = []
    for district, name, level, enroll, econ in schools:
        prior: float | None = None
        swd = float(np.clip(rng.normal(14, 4), 4, 30))
        base = 6 + 0.17 * econ + {"Elementary": 0.0, "Middle": 2.5, "High": 6.0}[level] + rng.normal(0, 3)
        for year in _CA_YEARS:
            n = int(max(15, enroll * rng.uniform(0.9, 1.1)))
            rate_true = float(np.clip(base + _CA_BUMP[year] * rng.uniform(0.7, 1.3) + rng.normal(0, 2), 1, 75))
            count = round(n * rate_true / 100)
            rate = round(100 * count / n, 1)
            change: float | None = round(rate - prior, 1) if prior is not None and year != "2020-21" else None
            rows.append(
                {
                    "School Year": year,
                    "District": district,
                    "School Name": name,
                    "School Level": level,
                    "Enrollment": n,
                    "Chronically Absent Count": "*" if count <= 10 else str(count),
                    "Chronic Absenteeism Rate (%)": "*" if count <= 10 else f"{rate:.1f}",
                    "Economically Disadvantaged Rate (%)": round(float(np.clip(econ + rng.normal(0, 2), 1, 99)), 1),
                    "Students With Disabilities Rate (%)": round(float(np.clip(swd + rng.normal(0, 1), 2, 40)), 1),
                    "Rate Change From Prior Year": change if count > 10 else None,
                }
            )
            prior = rate
    return pd.DataFrame(rows)


def _ca_year(df: pd.DataFrame, year: str) -> pd.DataFrame:
    return df[_text(df, "School Year") == year]


def _ca_rates(df: pd.DataFrame, by: str, pooled: bool) -> pd.Series:
    count = _num(df, "Chronically Absent Count")
    rate = _num(df, "Chronic Absenteeism Rate (%)")
    if not pooled:
        return rate.groupby(df[by]).mean()
    known = count.notna()
    return (
        100
        * count[known].groupby(df.loc[known, by]).sum()
        / df.loc[known, "Enrollment"].groupby(df.loc[known, by]).sum()
    )


def _ca_worst(by: str, year: str | None) -> Callable[[pd.DataFrame], list[str]]:
    def values(df: pd.DataFrame) -> list[str]:
        d = df if year is None else _ca_year(df, year)
        return [_top(_ca_rates(d, by, pooled)) for pooled in (True, False)]

    return values


_CA_QS = [
    Q(
        "how many schools are in the 2022-23 data",
        _one_of(
            lambda df: [float(len(_ca_year(df, "2022-23"))), float(_ca_year(df, "2022-23")["School Name"].nunique())]
        ),
        ("School Year", "School Name"),
    ),
    Q(
        "which year was chronic absenteeism worst",
        _lead(_named_any(_ca_worst("School Year", None))),
        ("School Year", "Chronic Absenteeism Rate (%)", "Chronically Absent Count", "Enrollment"),
    ),
    Q(
        "avg rate by school level in 2022-23",
        _about_any(
            [
                lambda df: _ca_rates(_ca_year(df, "2022-23"), "School Level", False),
                lambda df: _ca_rates(_ca_year(df, "2022-23"), "School Level", True),
            ],
            rel=0.003,
        ),
        ("School Level", "Chronic Absenteeism Rate (%)", "School Year", "Chronically Absent Count", "Enrollment"),
    ),
    Q(
        "which district had the highest rate that year",
        _lead(_named_any(_ca_worst("District", "2022-23"))),
        ("District", "Chronic Absenteeism Rate (%)", "School Year", "Chronically Absent Count", "Enrollment"),
    ),
    Q(
        "how many schools had more than 30% of kids chronically absent in 2022-23",
        _count(lambda df: int((_num(_ca_year(df, "2022-23"), "Chronic Absenteeism Rate (%)") > 30).sum())),
        ("Chronic Absenteeism Rate (%)", "School Year", "School Name"),
    ),
    Q(
        "do schools with more low income kids have more absenteeism? how strong",
        either(
            _corr(
                lambda df: df["Economically Disadvantaged Rate (%)"],
                lambda df: _num(df, "Chronic Absenteeism Rate (%)"),
            ),
            _corr(
                lambda df: _ca_year(df, "2022-23")["Economically Disadvantaged Rate (%)"],
                lambda df: _num(_ca_year(df, "2022-23"), "Chronic Absenteeism Rate (%)"),
            ),
        ),
        ("Economically Disadvantaged Rate (%)", "Chronic Absenteeism Rate (%)"),
    ),
]


# --- 7. District AP exam results -----------------------------------------------------------------------------------

# subject: demand, difficulty (mean score shift)
_AP_SUBJECTS = {
    "AP Calculus AB": (1.0, -0.1),
    "AP Calculus BC": (0.45, 0.5),
    "AP Biology": (0.8, -0.2),
    "AP Chemistry": (0.5, -0.35),
    "AP Physics 1": (0.6, -0.75),
    "AP US History": (1.0, -0.25),
    "AP World History: Modern": (0.9, -0.15),
    "AP English Language": (1.3, 0.0),
    "AP English Literature": (0.8, 0.05),
    "AP Psychology": (1.0, 0.15),
    "AP Statistics": (0.7, -0.05),
    "AP Spanish Language": (0.4, 0.7),
    "AP Computer Science A": (0.45, 0.25),
    "AP Environmental Science": (0.6, -0.45),
}
_AP_SCHOOLS = {
    "Lincoln High School": (1.3, 0.3),
    "Washington High School": (1.0, 0.0),
    "Roosevelt High School": (0.8, -0.4),
    "Jefferson High School": (0.9, -0.1),
    "Kennedy High School": (0.6, -0.6),
    "Eastside High School": (0.5, -0.3),
    "North Valley Academy": (0.3, 0.6),
    "Central Early College": (0.25, 0.2),
}


def _ap_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25207)
    rows = []
    for year in range(2019, 2025):
        growth = 1 + 0.06 * (year - 2019) - (0.12 if year == 2021 else 0)
        for school, (size, skill) in _AP_SCHOOLS.items():
            for subject, (demand, shift) in _AP_SUBJECTS.items():
                if size * demand < 0.3 and rng.random() < 0.6:
                    continue
                tested = int(rng.poisson(max(1.0, 32 * size * demand * growth)))
                if tested == 0:
                    continue
                mean = 2.85 + skill + shift - (0.15 if year == 2021 else 0) + rng.normal(0, 0.15)
                p = np.exp(-((np.arange(1, 6) - mean) ** 2) / 2.2)
                counts = rng.multinomial(tested, p / p.sum())
                small = tested < 10
                row: dict[str, Any] = {"Year": year, "School": school, "AP Subject": subject}
                row |= {"Students Tested": tested}
                row |= {f"Score {k}": None if small else int(counts[k - 1]) for k in range(1, 6)}
                row |= {"Pass Rate": round(100 * counts[2:].sum() / tested, 1)}
                row |= {"Mean Score": round(float((counts * np.arange(1, 6)).sum() / tested), 2)}
                rows.append(row)
    out = pd.DataFrame(rows)
    for k in range(1, 6):
        out[f"Score {k}"] = out[f"Score {k}"].astype("Int64")
    return out


def _ap_year(df: pd.DataFrame, year: int) -> pd.DataFrame:
    return df[df["Year"] == year]


def _ap_pass(d: pd.DataFrame, how: str) -> float:
    if how == "weighted":
        return float((d["Pass Rate"] * d["Students Tested"]).sum() / d["Students Tested"].sum() / 100)
    if how == "counts":
        known = d["Score 3"].notna()
        k = d[known]
        return float((k["Score 3"] + k["Score 4"] + k["Score 5"]).sum() / k["Students Tested"].sum())
    return float(d["Pass Rate"].mean() / 100)


def _ap_school_pass(df: pd.DataFrame, how: str) -> pd.Series:
    d = _ap_year(df, 2024)
    return pd.Series({s: _ap_pass(g, how) for s, g in d.groupby("School")})


def _ap_pass_check(answer: str, df: pd.DataFrame) -> str | None:
    d = _ap_year(df, 2024)
    return either(*[_share(lambda _d, h=h: _ap_pass(d, h)) for h in ("weighted", "counts", "mean")])(answer, df)


_AP_QS = [
    Q(
        "how many kids took ap calc ab in 2024",
        _count(
            lambda df: int(
                _ap_year(df, 2024).loc[lambda d: d["AP Subject"] == "AP Calculus AB", "Students Tested"].sum()
            )
        ),
        ("AP Subject", "Year", "Students Tested"),
    ),
    Q(
        "whats the district wide pass rate in 2024",
        _ap_pass_check,
        ("Pass Rate", "Year", "Students Tested", "Score 3", "Score 4", "Score 5"),
    ),
    Q(
        "which ap class has the best average score",
        _lead(
            _named_any(
                lambda df: [
                    _top(df.groupby("AP Subject")["Mean Score"].mean()),
                    _top(
                        (df["Mean Score"] * df["Students Tested"]).groupby(df["AP Subject"]).sum()
                        / df.groupby("AP Subject")["Students Tested"].sum()
                    ),
                ]
            )
        ),
        ("AP Subject", "Mean Score", "Students Tested"),
    ),
    Q(
        "how many 5s did each school get in 2024",
        _count(lambda df: _ap_year(df, 2024).groupby("School")["Score 5"].sum().to_numpy()),
        ("School", "Score 5", "Year"),
    ),
    Q(
        "which school had the lowest pass rate that year",
        _lead(
            _named_any(lambda df: [_top(_ap_school_pass(df, h), lowest=True) for h in ("weighted", "counts", "mean")])
        ),
        ("School", "Pass Rate", "Year", "Students Tested", "Score 3", "Score 4", "Score 5"),
    ),
    Q(
        "is the number of exams taken going up? total per year",
        _count(lambda df: df.groupby("Year")["Students Tested"].sum().to_numpy()),
        ("Year", "Students Tested"),
    ),
]


HELDOUT252: list[Dataset] = [
    Dataset("geoguessr_game_history", _geoguessr_frame, _GG_QS),
    Dataset("osu_play_history", _osu_frame, _OS_QS),
    Dataset("sleeper_fantasy_season", _sleeper_frame, _SL_QS),
    Dataset("brewfather_batches", _brewfather_frame, _BF_QS),
    Dataset("cdc_ilinet_regions", _ilinet_frame, _IL_QS),
    Dataset("chronic_absenteeism_report", _absentee_frame, _CA_QS),
    Dataset("ap_exam_results", _ap_frame, _AP_QS),
]
