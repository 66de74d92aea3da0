"""HELDOUT329: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a water polo league's player
box scores (one winter season, 2024, one row per player per game, 13 caps a side) with "Game Date" as "2024-01-13",
Team (now and then with a trailing space), "Cap #" (1 and 13 are goalies), Player, Goals, Shots, Assists, Steals,
Exclusions (three and a player fouls out), Ejected (Y/N), and Minutes (blank for a player who did not get in, who
then has zeros everywhere), plus a "TEAM TOTALS" row after each side's players with the sums, a blank cap, a blank
Ejected and blank Minutes; a bocce league's match sheets (four league nights, 14 weeks, three games a match, one row
per game) with Week, "League Night" ("Monday" ... "Thursday", sometimes abbreviated "Mon", "Tue"), Court (1 to 4),
"Home Team", "Away Team", Game (1 to 3), Frames, "Home Points" and "Away Points" (games to 12), Winner (a team
name) and Forfeit (Y/N; a forfeited match has blank frames and points on all three games and the team that showed up
as Winner); a cornhole club's tournament brackets (twelve 32-team single-elimination events in 2024, one row per
game) with Event, Round ("Round of 32", "Round of 16", "Quarterfinal", "Semifinal", "Final"), Board, Team, "Player
1", "Player 2", "Opponent Team", Score and "Opponent Score" (cancellation scoring to 21), "Bags In Hole" and "Bags On
Board" (the first team's bags, blank when not tracked) and Winner (a team name, now and then upper case); a
kickball league's game results (2023 and 2024, Sundays April to August) with Date as "4/21/2024", Field, "Home
Team", "Away Team", "Home Runs", "Away Runs", Innings, Umpire, Weather (Sunny, Cloudy, Hot, Windy, Rain, "N/A" or
blank now and then), Rainout (Y/N; a rained-out game has blank runs and innings) and Forfeit (blank, or the name of
the team that forfeited, with blank runs); a marching band circuit's score sheets (fall 2024, twelve contests, one
row per band per contest) with Contest, Date as "Sep 14, 2024", Band, School, Class (A, AA, AAA), "Music
Performance" (of 30), "Visual Performance" (of 20), "General Effect" (of 30), Percussion and "Color Guard" (of 10
each), Penalties (blank, or a deduction such as 0.5), "Total Score" (the captions less penalties, three decimals)
and Placement within the class at that contest as "1st", "2nd", ...; a table tennis club's ladder matches (2024,
one row per match) with Date as "2024-03-05", Player, "Player Rating", Opponent, "Opponent Rating" (both "UNR" for
a newcomer's first matches), "Games Won" and "Games Lost" (best of five), "Rating Change" as "+12" or "-8" (the
player's) and Table ("T1" to "T6"); and a racquetball league's match log (20 weeks, five divisions, one row per
match) with Week, Division (Open, A, B, C, "Women's"), Player, Opponent, "Game 1" and "Game 2" as "15-12" (the
player's score first), Tiebreaker ("11-7", blank when two games settled it), Winner, Court ("Court 1" to "Court 6")
and "No-Show" (Y/N; a no-show has blank games and the player who showed up as Winner). All are generated with a
fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _num, _text, _top, _typical
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

_FIRST = [
    "James", "Mary", "Robert", "Linda", "Michael", "Susan", "David", "Karen", "Thomas", "Nancy", "Daniel", "Lisa",
    "Mark", "Sandra", "Paul", "Donna", "Steven", "Carol", "Kevin", "Sharon", "Brian", "Laura", "Gary", "Amy",
    "Eric", "Julie", "Scott", "Megan", "Ryan", "Heather", "Jacob", "Emma", "Ethan", "Olivia", "Noah", "Ava",
    "Liam", "Mason", "Logan", "Lucas", "Owen", "Caleb", "Wyatt", "Sophia", "Harper", "Chloe", "Zoe", "Isabella",
]  # fmt: skip
_LAST = [
    "Smith", "Johnson", "Brown", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Moore", "Jackson", "Martin",
    "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Hall", "Allen", "Young", "King", "Wright", "Hill",
    "Scott", "Green", "Baker", "Adams", "Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Parker",
    "Evans", "Edwards", "Collins", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Morgan", "Cooper", "Reed",
]  # fmt: skip


def _people(rng: np.random.Generator, n: int) -> list[str]:
    """`n` distinct "First Last" names."""
    out: list[str] = []
    while len(out) < n:
        name = f"{_one(rng, _FIRST)} {_one(rng, _LAST)}"
        if name not in out:
            out.append(name)
    return out


def _flag(df: pd.DataFrame, col: str) -> pd.Series:
    return _text(df, col).str.upper() == "Y"


def _either_named(*values: Callable[[pd.DataFrame], str]) -> Check:
    return either(*(_lead(_named(v)) for v in values))


def _either_count(*values: Callable[[pd.DataFrame], Any]) -> Check:
    return either(*(_count(v) for v in values))


def _canon(df: pd.DataFrame, col: str, names: list[str]) -> pd.Series:
    """A team-name column with case and spaces evened out, mapped back to the names as written."""
    lookup = {n.upper(): n for n in names}
    return _text(df, col).str.upper().map(lookup)


# --- 1. Water polo box scores --------------------------------------------------------------------------------------

_WP_TEAMS = [
    "Long Beach Shore",
    "Harbor Aquatics",
    "Stanford Club",
    "Commerce Blue",
    "Irvine Wolfpack",
    "Riptide WPC",
    "Santa Barbara 805",
    "Del Mar Surf",
]


def _water_polo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32901)
    names = _people(rng, 13 * len(_WP_TEAMS))
    rosters = {t: names[13 * i : 13 * i + 13] for i, t in enumerate(_WP_TEAMS)}
    skill = {n: float(rng.lognormal(0, 0.3)) for n in names}
    pairs = [(a, b) for i, a in enumerate(_WP_TEAMS) for b in _WP_TEAMS[i + 1 :]]
    games = pairs + [(b, a) for a, b in pairs]
    order = rng.permutation(len(games))
    rows: list[dict[str, Any]] = []
    for k, g in enumerate(order):
        day = pd.Timestamp("2024-01-13") + pd.Timedelta(weeks=k // 4)
        for team in games[g]:
            side: list[dict[str, Any]] = []
            for cap, player in enumerate(rosters[team], start=1):
                goalie = cap in (1, 13)
                if cap == 1:
                    minutes = 32
                elif cap == 13:
                    minutes = 0 if rng.random() < 0.8 else int(rng.integers(4, 12))
                elif cap <= 7:
                    minutes = int(np.clip(rng.normal(25, 4), 12, 32))
                else:
                    minutes = 0 if rng.random() < 0.2 else int(np.clip(rng.normal(9, 4), 2, 20))
                if minutes == 0:
                    stats = dict.fromkeys(["Goals", "Shots", "Assists", "Steals", "Exclusions"], 0)
                else:
                    shots = 0 if goalie else int(rng.poisson(skill[player] * minutes / 9))
                    stats = {
                        "Goals": int(rng.binomial(shots, min(0.7, 0.3 + 0.08 * skill[player]))),
                        "Shots": shots,
                        "Assists": 0
                        if goalie and rng.random() < 0.8
                        else int(rng.poisson(skill[player] * minutes / 25)),
                        "Steals": int(rng.poisson(minutes / (40 if goalie else 18))),
                        "Exclusions": 0 if goalie else int(min(3, rng.poisson(minutes / 22))),
                    }
                ejected = minutes > 0 and rng.random() < 0.02
                shown = f"{team} " if rng.random() < 0.05 else team
                side.append(
                    {
                        "Game Date": f"{day:%Y-%m-%d}",
                        "Team": shown,
                        "Cap #": cap,
                        "Player": player,
                        **stats,
                        "Ejected": "Y" if ejected else "N",
                        "Minutes": minutes if minutes else "",
                    }
                )
            totals = {c: sum(r[c] for r in side) for c in ["Goals", "Shots", "Assists", "Steals", "Exclusions"]}
            rows += side
            rows.append(
                {
                    "Game Date": f"{day:%Y-%m-%d}",
                    "Team": team,
                    "Cap #": "",
                    "Player": "TEAM TOTALS",
                    **totals,
                    "Ejected": "",
                    "Minutes": "",
                }
            )
    return pd.DataFrame(rows)


def _wp_players(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Player").str.upper() != "TEAM TOTALS"]


def _wp_top(col: str) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        p = _wp_players(df)
        return _top(_num(p, col).groupby(_text(p, "Player")).sum())

    return value


def _wp_team_exclusions(df: pd.DataFrame) -> str:
    p = _wp_players(df)
    return _top(_num(p, "Exclusions").groupby(_canon(p, "Team", _WP_TEAMS)).sum())


_WP_QS = [
    Q(
        "how many goals were scored all season",
        _count(lambda df: int(_num(_wp_players(df), "Goals").sum())),
        ("Goals", "Player"),
    ),
    Q("who's the top scorer", _lead(_named(_wp_top("Goals"))), ("Player", "Goals")),
    Q("and who has the most assists?", _lead(_named(_wp_top("Assists"))), ("Player", "Assists")),
    Q(
        "what percent of shots actually go in",
        _share(lambda df: float(_num(_wp_players(df), "Goals").sum() / _num(_wp_players(df), "Shots").sum())),
        ("Goals", "Shots", "Player"),
    ),
    Q("which team racks up the most exclusions", _lead(_named(_wp_team_exclusions)), ("Team", "Exclusions")),
    Q(
        "how many players got ejected",
        _either_count(
            lambda df: int(_flag(df, "Ejected").sum()),
            lambda df: int(_text(df, "Player")[_flag(df, "Ejected")].nunique()),
        ),
        ("Player", "Ejected"),
    ),
]


# --- 2. Bocce league match sheets ----------------------------------------------------------------------------------

_BO_NIGHTS = ["Monday", "Tuesday", "Wednesday", "Thursday"]
_BO_WORDS = [
    "Rolling", "Pallino", "Lucky", "Lawn", "Big", "Old", "Little", "Golden", "Backyard", "Saucy", "Happy", "Night",
    "Court", "Meatball", "Vino", "Tuscan",
]  # fmt: skip
_BO_NOUNS = ["Stones", "Kissers", "Rollers", "Bombers", "Ballers", "Bocce Boys", "Pointers", "Spockers"]


def _bocce_teams() -> list[str]:
    rng = np.random.default_rng(32902)
    out: list[str] = []
    while len(out) < 32:
        name = f"{_one(rng, _BO_WORDS)} {_one(rng, _BO_NOUNS)}"
        if name not in out:
            out.append(name)
    return out


def _bocce_frame() -> pd.DataFrame:
    teams = _bocce_teams()
    rng = np.random.default_rng(32902)
    strength = {t: float(rng.normal(0, 0.5)) for t in teams}
    rows: list[dict[str, Any]] = []
    for week in range(1, 15):
        for n, night in enumerate(_BO_NIGHTS):
            league = teams[8 * n : 8 * n + 8]
            order = [league[i] for i in rng.permutation(8)]
            for court in range(1, 5):
                home, away = order[2 * court - 2], order[2 * court - 1]
                forfeit = rng.random() < 0.035
                shows = home if rng.random() < 0.5 else away
                for game in range(1, 4):
                    shown = night[:3] if rng.random() < 0.12 else night
                    row: dict[str, Any] = {
                        "Week": week,
                        "League Night": shown,
                        "Court": court,
                        "Home Team": home,
                        "Away Team": away,
                        "Game": game,
                    }
                    if forfeit:
                        row |= {"Frames": "", "Home Points": "", "Away Points": "", "Winner": shows, "Forfeit": "Y"}
                    else:
                        hp = ap = frames = 0
                        p_home = 1 / (1 + np.exp(-(strength[home] - strength[away] + 0.15)))
                        while max(hp, ap) < 12:
                            frames += 1
                            pts = int(_one(rng, [1, 2, 3, 4], [50, 30, 14, 6]))
                            if rng.random() < p_home:
                                hp += pts
                            else:
                                ap += pts
                        hp, ap = min(hp, 12), min(ap, 12)
                        row |= {
                            "Frames": frames,
                            "Home Points": hp,
                            "Away Points": ap,
                            "Winner": home if hp > ap else away,
                            "Forfeit": "N",
                        }
                    rows.append(row)
    return pd.DataFrame(rows)


def _bo_loser_points(night: str | None) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        pts = pd.concat([_num(df, "Home Points"), _num(df, "Away Points")], axis=1).min(axis=1, skipna=False)
        if night:
            pts = pts[_text(df, "League Night").str[:3].str.title() == night[:3]]
        return float(pts.dropna().mean())

    return value


def _bo_home_share(forfeits: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        keep = df if forfeits else df[~_flag(df, "Forfeit")]
        return float((_text(keep, "Winner") == _text(keep, "Home Team")).mean())

    return value


_BO_QS = [
    Q(
        "how many games were forfeits",
        _either_count(
            lambda df: int(_flag(df, "Forfeit").sum()),
            lambda df: int(_flag(df, "Forfeit").sum()) // 3,
        ),
        ("Forfeit", "Week", "League Night", "Home Team", "Away Team", "Game", "Court"),
    ),
    Q(
        "which team has won the most games",
        _either_named(
            lambda df: _top(_text(df, "Winner").value_counts()),
            lambda df: _top(_text(df, "Winner")[~_flag(df, "Forfeit")].value_counts()),
        ),
        ("Winner", "Forfeit"),
    ),
    Q("how many frames does a game usually take", _typical(lambda df: _num(df, "Frames").dropna()), ("Frames",)),
    Q(
        "how often does the home team win",
        either(_share(_bo_home_share(False)), _share(_bo_home_share(True))),
        ("Home Team", "Winner", "Forfeit", "Home Points", "Away Points"),
    ),
    Q(
        "what's the average score for the losing side",
        _about(_bo_loser_points(None)),
        ("Home Points", "Away Points", "Winner"),
    ),
    Q(
        "and on tuesday nights?",
        _about(_bo_loser_points("Tuesday")),
        ("Home Points", "Away Points", "Winner", "League Night"),
    ),
]


# --- 3. Cornhole tournament brackets -------------------------------------------------------------------------------

_CH_ROUNDS = ["Round of 32", "Round of 16", "Quarterfinal", "Semifinal", "Final"]
_CH_EVENTS = [
    "Winter Toss-Up", "Frostbite Open", "March Madness Bags", "Spring Fling", "Derby Day Doubles", "Memorial Slam",
    "Summer Sizzler", "Fourth of July Bash", "Dog Days Open", "Labor Day Classic", "Oktoberfest Toss", "Turkey Toss",
]  # fmt: skip
_CH_A = [
    "Bag", "Hole", "Corn", "Board", "Sack", "Airmail", "Slick", "Drop", "Woody", "Four", "Dirty", "Cob",
]  # fmt: skip
_CH_B = ["Daddies", "Slingers", "Bandits", "Tossers", "Hustlers", "Kings", "Crew", "Busters", "Legends", "Pushers"]


def _cornhole_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32903)
    teams: list[str] = []
    while len(teams) < 48:
        name = f"{_one(rng, _CH_A)} {_one(rng, _CH_B)}"
        if name not in teams:
            teams.append(name)
    players = _people(rng, 96)
    pair = {t: (players[2 * i], players[2 * i + 1]) for i, t in enumerate(teams)}
    p_in = {t: float(np.clip(rng.normal(0.24, 0.06), 0.08, 0.5)) for t in teams}
    rows: list[dict[str, Any]] = []
    for event in _CH_EVENTS:
        field = [teams[i] for i in rng.choice(48, size=32, replace=False, p=None)]
        for rnd in _CH_ROUNDS:
            winners = []
            for b in range(len(field) // 2):
                team, opp = field[2 * b], field[2 * b + 1]
                score = {team: 0, opp: 0}
                bags = {team: [0, 0], opp: [0, 0]}
                while max(score.values()) < 21:
                    inning = {}
                    for t in (team, opp):
                        hole = int(rng.binomial(4, p_in[t]))
                        board = int(rng.binomial(4 - hole, 0.4))
                        bags[t][0] += hole
                        bags[t][1] += board
                        inning[t] = 3 * hole + board
                    diff = inning[team] - inning[opp]
                    score[team if diff > 0 else opp] += abs(diff)
                win = team if score[team] > score[opp] else opp
                winners.append(win)
                tracked = rng.random() > 0.08
                rows.append(
                    {
                        "Event": f"{event} 2024",
                        "Round": rnd,
                        "Board": b + 1,
                        "Team": team,
                        "Player 1": pair[team][0],
                        "Player 2": pair[team][1],
                        "Opponent Team": opp,
                        "Score": score[team],
                        "Opponent Score": score[opp],
                        "Bags In Hole": bags[team][0] if tracked else "",
                        "Bags On Board": bags[team][1] if tracked else "",
                        "Winner": win.upper() if rng.random() < 0.06 else win,
                    }
                )
            field = winners
    return pd.DataFrame(rows)


def _ch_teams(df: pd.DataFrame) -> list[str]:
    return sorted(set(_text(df, "Team")) | set(_text(df, "Opponent Team")))


def _ch_winner(df: pd.DataFrame) -> pd.Series:
    return _canon(df, "Winner", _ch_teams(df))


def _ch_close(df: pd.DataFrame) -> pd.Series:
    return (_num(df, "Score") - _num(df, "Opponent Score")).abs() <= 3


_CH_QS = [
    Q("which team won the most games", _lead(_named(lambda df: _top(_ch_winner(df).value_counts()))), ("Winner",)),
    Q(
        "how many games were decided by 3 points or less",
        _count(lambda df: int(_ch_close(df).sum())),
        ("Score", "Opponent Score"),
    ),
    Q(
        "and how many of those were quarterfinals or later",
        _count(lambda df: int((_ch_close(df) & _text(df, "Round").isin(_CH_ROUNDS[2:])).sum())),
        ("Score", "Opponent Score", "Round"),
    ),
    Q(
        "who won the most tournaments",
        _lead(_named(lambda df: _top(_ch_winner(df)[_text(df, "Round") == "Final"].value_counts()))),
        ("Round", "Winner", "Event"),
    ),
    Q(
        "how many bags in the hole does a team get per game on average",
        _typical(lambda df: _num(df, "Bags In Hole").dropna()),
        ("Bags In Hole",),
    ),
    Q(
        "does getting more bags in the hole go with a higher score",
        _corr(lambda d: _num(d, "Bags In Hole"), lambda d: _num(d, "Score")),
        ("Bags In Hole", "Score"),
    ),
]


# --- 4. Kickball league results ------------------------------------------------------------------------------------

_KB_TEAMS = [
    "Ball Busters", "Kick Its", "Base Invaders", "Sunday Funday", "Pitches Be Crazy", "Red Rubber", "Fowl Balls",
    "Kickstarters", "Blue Ballers", "Bunt Intended", "Moneyball", "Grass Stains", "The Bouncers", "Foot Soldiers",
    "Dodge This", "Cleat Streak",
]  # fmt: skip
_KB_UMPS = ["Gary Ortiz", "Dana Kim", "Luis Romero", "Pat Nolan", "Sheila Grant"]
_KB_FIELDS = ["Riverside 1", "Riverside 2", "Memorial A", "Memorial B"]


def _kickball_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32904)
    strength = {t: float(rng.normal(1.0, 0.25)) for t in _KB_TEAMS}
    rows: list[dict[str, Any]] = []
    for year in (2023, 2024):
        sundays = pd.date_range(f"{year}-04-02", f"{year}-08-27", freq="W-SUN")
        for day in sundays:
            washout = rng.random() < 0.08
            order = [_KB_TEAMS[i] for i in rng.permutation(16)]
            for g in range(8):
                home, away = order[2 * g], order[2 * g + 1]
                rained = washout or rng.random() < 0.015
                weather = (
                    "Rain" if rained else str(_one(rng, ["Sunny", "Cloudy", "Hot", "Windy", "Rain"], [5, 3, 2, 1, 1]))
                )
                if not rained and rng.random() < 0.07:
                    weather = str(_one(rng, ["N/A", ""]))
                forfeit = "" if rained or rng.random() > 0.03 else str(_one(rng, [home, away]))
                row: dict[str, Any] = {
                    "Date": f"{day.month}/{day.day}/{year}",
                    "Field": _KB_FIELDS[g % 4],
                    "Home Team": home,
                    "Away Team": away,
                }
                if rained or forfeit:
                    row |= {"Home Runs": "", "Away Runs": "", "Innings": ""}
                else:
                    innings = 5 if rng.random() > 0.06 else 4
                    hr = int(rng.poisson(1.1 * strength[home] * innings / 5 * 5.5))
                    ar = int(rng.poisson(strength[away] * innings / 5 * 5.5))
                    while hr == ar:
                        innings += 1
                        hr += int(rng.poisson(1.1 * strength[home]))
                        ar += int(rng.poisson(strength[away]))
                    row |= {"Home Runs": hr, "Away Runs": ar, "Innings": innings}
                row |= {
                    "Umpire": str(_one(rng, _KB_UMPS)),
                    "Weather": weather,
                    "Rainout": "Y" if rained else "N",
                    "Forfeit": forfeit,
                }
                rows.append(row)
    return pd.DataFrame(rows)


def _kb_played(df: pd.DataFrame, year: int | None = None) -> pd.DataFrame:
    out = df[_num(df, "Home Runs").notna() & _num(df, "Away Runs").notna()]
    if year:
        out = out[pd.to_datetime(_text(out, "Date"), format="%m/%d/%Y").dt.year == year]
    return out


def _kb_home_share(year: int | None, forfeits: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        played = _kb_played(df, year)
        wins = int((_num(played, "Home Runs") > _num(played, "Away Runs")).sum())
        games = len(played)
        if forfeits:
            ff = df[_text(df, "Forfeit") != ""]
            if year:
                ff = ff[pd.to_datetime(_text(ff, "Date"), format="%m/%d/%Y").dt.year == year]
            wins += int((_text(ff, "Forfeit") == _text(ff, "Away Team")).sum())
            games += len(ff)
        return wins / games

    return value


def _kb_top_runs(df: pd.DataFrame) -> str:
    p = _kb_played(df)
    runs = pd.concat(
        [
            _num(p, "Home Runs").groupby(_text(p, "Home Team")).sum(),
            _num(p, "Away Runs").groupby(_text(p, "Away Team")).sum(),
        ]
    )
    return _top(runs.groupby(level=0).sum())


_KB_QS = [
    Q("how many games got rained out", _count(lambda df: int(_flag(df, "Rainout").sum())), ("Rainout",)),
    Q(
        "how many runs get scored in a game on average",
        _typical(lambda df: _num(_kb_played(df), "Home Runs") + _num(_kb_played(df), "Away Runs")),
        ("Home Runs", "Away Runs"),
    ),
    Q(
        "which team scored the most runs",
        _lead(_named(_kb_top_runs)),
        ("Home Team", "Away Team", "Home Runs", "Away Runs"),
    ),
    Q(
        "how often does the home team win",
        either(_share(_kb_home_share(None, False)), _share(_kb_home_share(None, True))),
        ("Home Team", "Away Team", "Home Runs", "Away Runs", "Forfeit"),
    ),
    Q(
        "what about just 2024?",
        either(_share(_kb_home_share(2024, False)), _share(_kb_home_share(2024, True))),
        ("Home Team", "Away Team", "Home Runs", "Away Runs", "Forfeit", "Date"),
    ),
    Q(
        "how many games don't have the weather filled in",
        _count(lambda df: int((_text(df, "Weather").str.upper().isin(["", "N/A"])).sum())),
        ("Weather",),
    ),
]


# --- 5. Marching band score sheets ---------------------------------------------------------------------------------

_MB_TOWNS = [
    "Lincoln", "Jefferson", "Franklin", "Washington", "Madison", "Jackson", "Roosevelt", "Kennedy", "Central", "North",
    "South", "East", "West", "Riverside", "Lakeview", "Hillcrest", "Oak Ridge", "Pine Valley", "Cedar Falls",
    "Maple Grove", "Fairview", "Greenfield", "Springfield", "Clinton", "Harrison", "Monroe", "Adams", "Grant",
    "Lawrence", "Marion", "Wayne", "Union", "Liberty", "Heritage", "Summit", "Valley", "Westfield", "Brookside",
    "Carmel", "Avon", "Fishers", "Noblesville", "Zionsville", "Plainfield", "Brownsburg", "Center Grove", "Perry",
    "Warren", "Pike", "Decatur", "Lebanon", "Tipton", "Kokomo", "Marion County", "Shelby", "Greenwood", "Franklin Twp",
    "Mooresville", "Danville", "Frankfort",
]  # fmt: skip
_MB_CAPTIONS = {
    "Music Performance": 30,
    "Visual Performance": 20,
    "General Effect": 30,
    "Percussion": 10,
    "Color Guard": 10,
}
_MB_MASCOTS = ["Marching Knights", "Pride", "Sound", "Regiment", "Band of Blue", "Marching Eagles", "Brigade"]


def _band_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32905)
    bands = []
    for i, town in enumerate(_MB_TOWNS):
        cls = "A" if i % 3 == 0 else ("AA" if i % 3 == 1 else "AAA")
        base = {"A": 62, "AA": 67, "AAA": 72}[cls] + float(rng.normal(0, 5))
        bands.append((f"{town} {_one(rng, _MB_MASCOTS)}", f"{town} High School", cls, base))
    contests = [
        "Hoosier Classic", "Cardinal Invitational", "Fall Festival of Bands", "Harvest Marching Classic",
        "River City Showcase", "Crossroads Invitational", "Prairie Band Fest", "Lakeside Marching Classic",
        "Tri-County Invitational", "Regional Championship", "Semi-State", "State Finals",
    ]  # fmt: skip
    rows: list[dict[str, Any]] = []
    for c, contest in enumerate(contests):
        day = pd.Timestamp("2024-09-07") + pd.Timedelta(weeks=c)
        picks = rng.choice(len(bands), size=int(rng.integers(24, 34)), replace=False)
        sheet = []
        for i in picks:
            band, school, cls, base = bands[int(i)]
            level = np.clip(base + 0.7 * c + float(rng.normal(0, 2.2)), 40, 97) / 100
            caps = {}
            for cap, top in _MB_CAPTIONS.items():
                caps[cap] = round(float(np.clip(top * level * rng.normal(1, 0.035), 0, top)), 2)
            penalty = float(_one(rng, [0.5, 1.0, 2.0], [5, 3, 1])) if rng.random() < 0.08 else 0.0
            total = round(sum(caps.values()) - penalty, 3)
            sheet.append(
                {
                    "Contest": contest,
                    "Date": f"{day:%b} {day.day}, {day.year}",
                    "Band": band,
                    "School": school,
                    "Class": cls,
                    **caps,
                    "Penalties": penalty if penalty else "",
                    "Total Score": f"{total:.3f}",
                    "_total": total,
                }
            )
        for cls in ("A", "AA", "AAA"):
            ranked = sorted((r for r in sheet if r["Class"] == cls), key=lambda r: -r["_total"])
            for place, r in enumerate(ranked, start=1):
                r["Placement"] = f"{place}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(place, 'th') }"
        for r in sorted(sheet, key=lambda r: (r["Class"], -r["_total"])):
            del r["_total"]
            rows.append(r)
    return pd.DataFrame(rows)


def _mb_mean(cls: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_num(df, "Total Score")[_text(df, "Class").str.upper() == cls].mean())


_MB_QS = [
    Q(
        "how many different bands competed",
        _either_count(lambda df: int(_text(df, "Band").nunique()), lambda df: int(_text(df, "School").nunique())),
        ("Band", "School"),
    ),
    Q("what's the average total score in class aaa", _about(_mb_mean("AAA")), ("Class", "Total Score")),
    Q("and in class a?", _about(_mb_mean("A")), ("Class", "Total Score")),
    Q(
        "which band took first place the most times",
        _lead(_named(lambda df: _top(_text(df, "Band")[_text(df, "Placement") == "1st"].value_counts()))),
        ("Band", "Placement"),
    ),
    Q(
        "how many performances got hit with a penalty",
        _count(lambda df: int((_num(df, "Penalties").fillna(0) > 0).sum())),
        ("Penalties",),
    ),
    Q(
        "is the percussion score related to the total",
        _corr(lambda d: _num(d, "Percussion"), lambda d: _num(d, "Total Score")),
        ("Percussion", "Total Score"),
    ),
]


# --- 6. Table tennis ladder matches --------------------------------------------------------------------------------


def _pingpong_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32906)
    names = _people(rng, 42)
    rating = {n: float(np.clip(rng.normal(1500, 330), 800, 2350)) for n in names}
    true = {n: r + float(rng.normal(0, 120)) for n, r in rating.items()}
    late = set(names[-6:])
    joined = {n: pd.Timestamp("2024-01-02") if n not in late else pd.Timestamp("2024-06-01") for n in names}
    played = dict.fromkeys(names, 0)
    days = pd.date_range("2024-01-02", "2024-12-20")
    weights = np.where(days.dayofweek.isin([1, 3]), 3.0, 1.0) * np.where(days.month.isin([6, 7, 8]), 0.7, 1.0)
    weights = weights * np.where(days.month == 10, 1.5, 1.0)
    rows: list[dict[str, Any]] = []
    for _ in range(1300):
        day = days[int(rng.choice(len(days), p=weights / weights.sum()))]
        pool = [n for n in names if joined[n] <= day]
        a = str(_one(rng, pool))
        near = sorted(pool, key=lambda n: abs(rating[n] - rating[a]))[1:8]
        b = str(_one(rng, near))
        p = 1 / (1 + 10 ** ((true[b] - true[a]) / 400))
        won = lost = 0
        while max(won, lost) < 3:
            if rng.random() < 0.5 + 0.8 * (p - 0.5):
                won += 1
            else:
                lost += 1
        expect = 1 / (1 + 10 ** ((rating[b] - rating[a]) / 400))
        change = round(32 * ((1 if won == 3 else 0) - expect))
        rows.append(
            {
                "Date": f"{day:%Y-%m-%d}",
                "Player": a,
                "Player Rating": "UNR" if a in late and played[a] < 3 else round(rating[a]),
                "Opponent": b,
                "Opponent Rating": "UNR" if b in late and played[b] < 3 else round(rating[b]),
                "Games Won": won,
                "Games Lost": lost,
                "Rating Change": f"{change:+d}",
                "Table": f"T{int(rng.integers(1, 7))}",
            }
        )
        rating[a] += change
        rating[b] -= change
        played[a] += 1
        played[b] += 1
    frame = pd.DataFrame(rows)
    return frame.sort_values("Date", kind="stable").reset_index(drop=True)


def _tt_month(df: pd.DataFrame) -> pd.Timestamp:
    months = pd.to_datetime(_text(df, "Date"), format="%Y-%m-%d").dt.to_period("M")
    return months.value_counts().sort_index().idxmax().to_timestamp()


def _tt_upsets(df: pd.DataFrame) -> int:
    mine, theirs = _num(df, "Player Rating"), _num(df, "Opponent Rating")
    won = _num(df, "Games Won") > _num(df, "Games Lost")
    return int(((mine < theirs) & won).sum() + ((mine > theirs) & ~won).sum())


_TT_QS = [
    Q(
        "how many matches went the full 5 games",
        _count(lambda df: int((_num(df, "Games Won") + _num(df, "Games Lost") == 5).sum())),
        ("Games Won", "Games Lost"),
    ),
    Q(
        "who played the most matches",
        _either_named(
            lambda df: _top(pd.concat([_text(df, "Player"), _text(df, "Opponent")]).value_counts()),
            lambda df: _top(_text(df, "Player").value_counts()),
        ),
        ("Player", "Opponent"),
    ),
    Q(
        "how many rating points does someone typically pick up for a win",
        _typical(lambda df: _num(df, "Rating Change")[_num(df, "Games Won") > _num(df, "Games Lost")]),
        ("Rating Change", "Games Won", "Games Lost"),
    ),
    Q(
        "how many upsets were there, where the lower rated player won",
        _count(_tt_upsets),
        ("Player Rating", "Opponent Rating", "Games Won", "Games Lost", "Player", "Opponent"),
    ),
    Q("which month was busiest", _month_year(_tt_month), ("Date",)),
    Q(
        "how many matches were played that month",
        _count(
            lambda df: int((pd.to_datetime(_text(df, "Date")).dt.to_period("M") == _tt_month(df).to_period("M")).sum())
        ),
        ("Date",),
    ),
]


# --- 7. Racquetball league match log -------------------------------------------------------------------------------

_RB_DIVISIONS = ["Open", "A", "B", "C", "Women's"]


def _racquetball_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32907)
    names = _people(rng, 40)
    players = {d: names[8 * i : 8 * i + 8] for i, d in enumerate(_RB_DIVISIONS)}
    skill = {n: float(rng.normal(0, 0.65)) for n in names}
    rows: list[dict[str, Any]] = []

    def game(a: str, b: str, to: int) -> tuple[int, int]:
        p = 1 / (1 + np.exp(-(skill[a] - skill[b])))
        x = y = 0
        while max(x, y) < to:
            if rng.random() < 0.5 + 0.35 * (p - 0.5):
                x += 1
            else:
                y += 1
        return x, y

    for week in range(1, 21):
        for div in _RB_DIVISIONS:
            order = [players[div][i] for i in rng.permutation(8)]
            for m in range(4):
                a, b = order[2 * m], order[2 * m + 1]
                row: dict[str, Any] = {"Week": week, "Division": div, "Player": a, "Opponent": b}
                if rng.random() < 0.05:
                    winner = str(_one(rng, [a, b]))
                    row |= {"Game 1": "", "Game 2": "", "Tiebreaker": "", "Winner": winner, "No-Show": "Y"}
                else:
                    scores = [game(a, b, 15), game(a, b, 15)]
                    wins = sum(x > y for x, y in scores)
                    tb = ""
                    if wins == 1:
                        x, y = game(a, b, 11)
                        tb = f"{x}-{y}"
                        wins += x > y
                    row |= {
                        "Game 1": f"{scores[0][0]}-{scores[0][1]}",
                        "Game 2": f"{scores[1][0]}-{scores[1][1]}",
                        "Tiebreaker": tb,
                        "Winner": a if wins >= 2 else b,
                        "No-Show": "N",
                    }
                row["Court"] = f"Court {int(_one(rng, [1, 2, 3, 4, 5, 6], [3, 5, 4, 3, 2, 1]))}"
                rows.append(
                    {k: row[k] for k in ["Week", "Division", "Player", "Opponent", "Game 1", "Game 2", "Tiebreaker"]}
                    | {k: row[k] for k in ["Winner", "Court", "No-Show"]}
                )
    return pd.DataFrame(rows)


def _rb_top(div: str) -> Callable[[pd.DataFrame], str]:
    return lambda df: _top(_text(df, "Winner")[_text(df, "Division") == div].value_counts())


def _rb_top_played(div: str) -> Callable[[pd.DataFrame], str]:
    return lambda df: _top(_text(df, "Winner")[(_text(df, "Division") == div) & ~_flag(df, "No-Show")].value_counts())


_RB_QS = [
    Q(
        "how many matches went to a tiebreaker",
        _count(lambda df: int((_text(df, "Tiebreaker") != "").sum())),
        ("Tiebreaker",),
    ),
    Q("what share of matches were no-shows", _share(lambda df: float(_flag(df, "No-Show").mean())), ("No-Show",)),
    Q(
        "who won the most matches in the b division",
        _either_named(_rb_top("B"), _rb_top_played("B")),
        ("Division", "Winner"),
    ),
    Q("and in open?", _either_named(_rb_top("Open"), _rb_top_played("Open")), ("Division", "Winner")),
    Q("which court gets used the most", _lead(_named(lambda df: _top(_text(df, "Court").value_counts()))), ("Court",)),
    Q(
        "how many different players are in the league",
        _either_count(
            lambda df: int(pd.concat([_text(df, "Player"), _text(df, "Opponent")]).nunique()),
            lambda df: int(_text(df, "Player").nunique()),
        ),
        ("Player", "Opponent"),
    ),
]


HELDOUT329 = [
    Dataset("water_polo_box_scores", _water_polo_frame, _WP_QS),
    Dataset("bocce_league_match_sheets", _bocce_frame, _BO_QS),
    Dataset("cornhole_tournament_brackets", _cornhole_frame, _CH_QS),
    Dataset("kickball_league_results", _kickball_frame, _KB_QS),
    Dataset("marching_band_score_sheets", _band_frame, _MB_QS),
    Dataset("table_tennis_ladder_matches", _pingpong_frame, _TT_QS),
    Dataset("racquetball_league_match_log", _racquetball_frame, _RB_QS),
]
