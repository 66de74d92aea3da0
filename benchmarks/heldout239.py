"""HELDOUT239: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports an analyst is likely to bring along: an 18Birdies
golf round history export (one row per round, 2021-2024) with Date as "06/14/2023", Course, City, Tees (Blue, White,
Red, Black), Holes (9 or 18), Par (36 / 72 style, 35 or 71 at some courses), Score, "Score To Par" as signed text
("+12"; no round is at or under par, so "E" / "-1" never occur), Putts (blank when not tracked), "Fairways Hit" and
"Fairways Possible" (both blank on a few rounds), GIR, Penalties, "Handicap Index" after the round (one decimal,
drifting down from about 18 to about 12), Weather
(Sunny, Cloudy, Windy, Rain) and Walking (Yes / No); a DUPR pickleball match history export for a club's five players
(one row per player per match, newest first, so a match two club players played as partners repeats its "Match ID")
with Player, "Match ID" like "M-204518", Date as "2024-03-14", Event (Rec Play, League, Tournament), Format (Singles,
Doubles, Mixed Doubles), Partner (blank for singles), "Opponent 1", "Opponent 2" (blank for singles), Score from the
player's side ("11-7, 9-11, 11-5"; one game for rec play, best of three otherwise), Result (W / L), "Games Won",
"Games Lost", "Points For", "Points Against", "DUPR Before" and "DUPR After" with three decimals (chained per player)
and Location; a Mountain Project ticks export (2019-2024, routes ticked more than once repeat) with Date as
"2023-04-09", Route, Rating (YDS such as "5.10a", "5.9+", "5.11-", a few with "PG13" after, V grades such as "V4"
for boulders), Notes (mostly blank), URL ("https://www.mountainproject.com/route/105720495/the-route"), Pitches,
Location as an "area > crag" path ("California > Joshua Tree National Park > Hidden Valley Campground"), "Avg Stars"
(0-4, two decimals), "Your Stars" (-1 when not rated), Style (Lead, TR, Follow, Solo, Send, Flash, Attempt), "Lead
Style" (Onsight, Flash, Redpoint, Pinkpoint, Fell/Hung, blank when not led), "Route Type" (Sport, Trad, Boulder,
TR, and mixes such as "Sport, TR" / "Trad, TR"), "Your Rating" (mostly blank), "Length" in feet (blank for many
boulders) and "Rating Code" (a number that orders the grades); a Fishbrain catch log export (2021-2024) with "Catch
ID", "Caught At" as ISO "2023-06-14T11:42:18Z", Species (Largemouth Bass, Smallmouth Bass, Rainbow Trout, Walleye,
Northern Pike, Bluegill, Crappie, Channel Catfish), "Length (in)" (one decimal, blank sometimes), "Weight (lb)"
(two decimals, blank more often than not), "Water Body", State (two-letter), Bait, Released and Private (true /
false), Likes and Comments; a county's election-day polling place report for four elections (2020 General, 2022
General, 2024 Primary, 2024 General) with Precinct ("Precinct 3-07"), "Polling Place", Address, Ward ("Ward 3"),
"Registered Voters", "Ballots Cast" (blank where a precinct's count was not reported), Turnout as "54.3%" ("N/A"
there), "Avg Wait (min)", "Max Wait (min)", "Check-in Method" (Poll Book, Paper), Accessible and "Opened Late"
(Y / N), Machines, "Provisional Ballots", Election, and a "TOTAL" row per election that sums the precincts; the
Wisconsin State Climatology Office's ice records for the Madison lakes (LAKE Mendota, Monona, Wingra, Kegonsa;
Mendota and Monona from 1855-56, Wingra from 1900-01, Kegonsa from 1920-21, to 2023-24) with WINTER as "1855-56",
CLOSED and OPENED as "12/18/1855" ("-" when the lake never froze), DAYS (0 when it never froze, blank when unknown),
a second row for the few winters that froze twice (each row's own days), and NOTE (blank, "partial", "estimated");
and NYC DOHMH's Cooling Tower Registrations with inspections, with "Registration Number" like "CT-104523", BIN
(repeated where a building has several registrations), upper-case Address, Borough in upper case (a few written
"Brooklyn" / "Manhattan"), ZIP, "Tower Count", Status (Active, Inactive, Removed), "Last Inspection Date" as
"MM/DD/YYYY" (blank when not inspected), "Inspection Result" (Compliant, Violation, Not Inspected), "Legionella
Sample Result" (Not Detected, Detected, blank), Manufacturer, "Capacity (tons)" (blank for a few), "Registration
Date" as "MM/DD/YYYY" (a surge in 2015-16) and Latitude / Longitude (0 for a few). All are generated with a fixed
seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _year
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one

# --- shared helpers ------------------------------------------------------------------------------------------------


def _num(df: pd.DataFrame, col: str) -> pd.Series:
    """A column as numbers ("%", "+", commas, "N/A" and blanks handled)."""
    text = df[col].astype("string").str.replace(r"[$,%+\s]", "", regex=True)
    return pd.to_numeric(text, errors="coerce")


def _text(df: pd.DataFrame, col: str) -> pd.Series:
    return df[col].astype("string").fillna("").str.strip()


def _top(scores: pd.Series) -> str:
    """The label with the highest score (ties: first in label order)."""
    return str(scores.sort_index(kind="stable").idxmax())


def _any_of(values: Callable[[pd.DataFrame], list[str]]) -> Check:
    """One of the labels computed from the frame appears (ties)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        wants = values(df)
        for w in wants:
            if _named(lambda d, w=w: w)(answer, df) is None:
                return None
        return f"missing one of {wants!r}"

    return check


def _plain(words: str) -> Check:
    """A text appears as written (case-insensitive), for labels such as "5.12a" or "1983-84"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        return None if words.lower() in answer.lower() else f"missing {words!r}"

    return check


def _plain_of(value: Callable[[pd.DataFrame], str]) -> Check:
    return lambda answer, df: _plain(str(value(df)))(answer, df)


# --- 1. 18Birdies round history --------------------------------------------------------------------------------------

# Course: city, par for 18, fairways possible on 18, difficulty (strokes over a scratch round)
_GB_COURSES: dict[str, tuple[str, int, int, float]] = {
    "Cedar Ridge Golf Club": ("Broken Arrow, OK", 72, 14, 1.0),
    "Page Belcher - Olde Page": ("Tulsa, OK", 71, 13, 0.0),
    "Page Belcher - Stone Creek": ("Tulsa, OK", 71, 14, 2.0),
    "Mohawk Park - Woodbine": ("Tulsa, OK", 72, 14, -1.0),
    "Battle Creek Golf Club": ("Broken Arrow, OK", 72, 14, 2.5),
    "LaFortune Park Golf Course": ("Tulsa, OK", 72, 13, -0.5),
    "Forest Ridge Golf Club": ("Broken Arrow, OK", 71, 12, 3.0),
}
_GB_COURSE_W = [2, 5, 2, 3, 1.5, 4, 1]


def _golf_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23901)
    names = list(_GB_COURSES)
    days = sorted(
        pd.Timestamp("2021-03-01") + pd.Timedelta(days=int(d)) for d in rng.choice(1370, size=340, replace=False)
    )
    days = [d for d in days if d.month not in (12, 1) or rng.random() < 0.3]
    rows = []
    n = len(days)
    for i, day in enumerate(days):
        course = _one(rng, names, _GB_COURSE_W)
        city, par18, fw18, hard = _GB_COURSES[course]
        holes = 9 if rng.random() < 0.22 else 18
        par = par18 if holes == 18 else (par18 + 1) // 2 if rng.random() < 0.5 else par18 // 2
        fw = fw18 if holes == 18 else fw18 // 2
        hcp = 18.4 - 6.3 * i / n + float(rng.normal(0, 0.35))
        weather = _one(rng, ["Sunny", "Cloudy", "Windy", "Rain"], [5, 3, 2, 1])
        extra = {"Sunny": 0.0, "Cloudy": 0.5, "Windy": 2.0, "Rain": 3.0}[weather]
        over = hcp * 1.13 + hard + extra + float(rng.normal(0, 3.6))
        over = over if holes == 18 else over / 2
        to_par = round(over)
        score = par + to_par
        putts = int(np.clip(round(rng.normal(33 + hcp / 8, 2.6) * holes / 18), 10, 45))
        hit = int(rng.binomial(fw, float(np.clip(0.62 - hcp / 70, 0.2, 0.8))))
        gir = int(rng.binomial(holes, float(np.clip(0.42 - hcp / 55, 0.05, 0.7))))
        walking = "Yes" if rng.random() < (0.65 if holes == 9 else 0.35) else "No"
        rows.append(
            {
                "Date": f"{day:%m/%d/%Y}",
                "Course": course,
                "City": city,
                "Tees": _one(rng, ["Blue", "White", "Red", "Black"], [3, 6, 0.4, 0.6]),
                "Holes": holes,
                "Par": par,
                "Score": score,
                "Score To Par": "E" if to_par == 0 else f"{to_par:+d}",
                "Putts": "" if rng.random() < 0.08 else putts,
                "Fairways Hit": "" if rng.random() < 0.04 else hit,
                "Fairways Possible": fw,
                "GIR": gir,
                "Penalties": int(rng.poisson(1.1 * holes / 18)),
                "Handicap Index": round(max(hcp, 0.0), 1),
                "Weather": weather,
                "Walking": walking,
            }
        )
    out = pd.DataFrame(rows)
    blank = out["Fairways Hit"] == ""
    out["Fairways Possible"] = out["Fairways Possible"].astype(object)
    out.loc[blank, "Fairways Possible"] = ""
    return out


def _gb_dates(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Date"], format="%m/%d/%Y")


def _gb_lowest_courses(df: pd.DataFrame) -> list[str]:
    full = df[df["Holes"] == 18]
    return sorted(set(full.loc[full["Score"] == full["Score"].min(), "Course"]))


def _gb_fairways(df: pd.DataFrame) -> list[float]:
    hit, poss = _num(df, "Fairways Hit"), _num(df, "Fairways Possible")
    ok = hit.notna() & poss.notna() & (poss > 0)
    return [float(hit[ok].sum() / poss[ok].sum()), float((hit[ok] / poss[ok]).mean())]


def _gb_putts(df: pd.DataFrame, eighteen: bool) -> list[float]:
    keep = df["Holes"] == 18 if eighteen else df["Holes"] > 0
    putts = _num(df, "Putts")[keep]
    means = putts.groupby(df.loc[keep, "Walking"]).mean()
    return [float(means["Yes"]), float(means["No"])]


def _gb_handicap(df: pd.DataFrame) -> list[float]:
    order = _gb_dates(df).sort_values(kind="stable").index
    h = df.loc[order, "Handicap Index"].astype(float)
    return [float(h.iloc[0]), float(h.iloc[-1])]


_GB_QS = [
    Q(
        "what's my average score for a full 18?",
        has(lambda df: df.loc[df["Holes"] == 18, "Score"].mean(), rel=0.005),
        ("Score", "Holes"),
    ),
    Q(
        "and for 9 holes?",
        has(lambda df: df.loc[df["Holes"] == 9, "Score"].mean(), rel=0.005),
        ("Score", "Holes"),
    ),
    Q(
        "where did i shoot my lowest 18 hole score",
        _lead(_any_of(_gb_lowest_courses)),
        ("Course", "Score", "Holes", "Date"),
    ),
    Q(
        "what percent of fairways do i hit",
        either(
            _share(lambda df: _gb_fairways(df)[0]),
            _share(lambda df: _gb_fairways(df)[1]),
        ),
        ("Fairways Hit", "Fairways Possible"),
    ),
    Q(
        "do i putt better when i walk or when i ride? avg putts per round",
        either(
            _about(lambda df: _gb_putts(df, True), rel=0.005),
            _about(lambda df: _gb_putts(df, False), rel=0.005),
        ),
        ("Putts", "Walking", "Holes"),
    ),
    Q(
        "how much has my handicap come down since my first round in here",
        either(
            has(lambda df: _gb_handicap(df)[0] - _gb_handicap(df)[1], rel=0.01),
            has(lambda df: _gb_handicap(df), rel=0.001),
        ),
        ("Handicap Index", "Date"),
    ),
]


# --- 2. DUPR match history -----------------------------------------------------------------------------------------

_DP_PLAYERS = {
    "Jordan Lee": 3.62,
    "Priya Nair": 3.95,
    "Marcus Webb": 4.21,
    "Dana Ortiz": 3.38,
    "Sam Cho": 3.80,
}
_DP_OUTSIDE = [
    "Chris Patel",
    "Alex Romero",
    "Taylor Brooks",
    "Morgan Diaz",
    "Riley Chen",
    "Jamie Fox",
    "Casey Nguyen",
    "Drew Miller",
    "Pat Kim",
    "Jesse Long",
    "Robin Hart",
    "Avery Scott",
    "Kelly Young",
    "Quinn Parker",
    "Hayden Ruiz",
    "Logan Price",
]
_DP_PLACES = ["Life Time Pickleball - Centennial", "Apex Center Courts", "Pickleball Kingdom", "Clement Park Courts"]


def _dp_game(rng: np.random.Generator, won: bool, to: int) -> tuple[int, int]:
    loser = int(rng.integers(0, to - 1))
    winner = to
    if loser == to - 1 or (loser >= to - 3 and rng.random() < 0.25):
        loser = to - 1 + int(rng.integers(0, 3))
        winner = loser + 2
    return (winner, loser) if won else (loser, winner)


def _dupr_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23902)
    rating = dict(_DP_PLAYERS)
    trend = {"Jordan Lee": 0.0012, "Priya Nair": 0.0004, "Marcus Webb": -0.0003, "Dana Ortiz": 0.0018}
    players = list(_DP_PLAYERS)
    rows = []
    days = sorted(pd.Timestamp("2023-01-05") + pd.Timedelta(days=int(d)) for d in rng.integers(0, 600, size=560))
    for k, day in enumerate(days):
        event = _one(rng, ["Rec Play", "League", "Tournament"], [6, 3, 1.2])
        fmt = _one(rng, ["Singles", "Doubles", "Mixed Doubles"], [1.2, 5, 2.5])
        who = [_one(rng, players)]
        if fmt != "Singles" and rng.random() < 0.3:
            who.append(_one(rng, [p for p in players if p != who[0]]))
        opp = list(rng.choice(_DP_OUTSIDE, size=2, replace=False))
        partner_out = _one(rng, [p for p in _DP_OUTSIDE if p not in opp])
        side = np.mean([_DP_PLAYERS[p] for p in who])
        p_game = float(np.clip(0.5 + (side - 3.75) * 0.3 + rng.normal(0, 0.08), 0.1, 0.9))
        games: list[tuple[int, int]] = []
        if event == "Rec Play":
            games.append(_dp_game(rng, rng.random() < p_game, 11))
        else:
            to = 15 if event == "Tournament" and rng.random() < 0.2 else 11
            while sum(a > b for a, b in games) < 2 and sum(a < b for a, b in games) < 2:
                games.append(_dp_game(rng, rng.random() < p_game, to))
        won = sum(a > b for a, b in games)
        lost = len(games) - won
        mid = f"M-{204000 + 7 * k + int(rng.integers(0, 7))}"
        for p in who:
            partner = "" if fmt == "Singles" else next((q for q in who if q != p), partner_out)
            before = rating[p]
            delta = 0.06 * ((won > lost) - p_game) * float(rng.uniform(0.5, 1.5)) + trend.get(p, 0.0)
            if event == "Rec Play":
                delta *= 0.6
            after = round(before + delta, 3)
            rating[p] = after
            rows.append(
                {
                    "Player": p,
                    "Match ID": mid,
                    "Date": f"{day:%Y-%m-%d}",
                    "Event": event,
                    "Format": fmt,
                    "Partner": partner,
                    "Opponent 1": opp[0],
                    "Opponent 2": "" if fmt == "Singles" else opp[1],
                    "Score": ", ".join(f"{a}-{b}" for a, b in games),
                    "Result": "W" if won > lost else "L",
                    "Games Won": won,
                    "Games Lost": lost,
                    "Points For": sum(a for a, _ in games),
                    "Points Against": sum(b for _, b in games),
                    "DUPR Before": round(before, 3),
                    "DUPR After": after,
                    "Location": _one(rng, _DP_PLACES, [3, 2, 2, 1]),
                }
            )
    return pd.DataFrame(rows).iloc[::-1].reset_index(drop=True)


def _dp_win_rates(df: pd.DataFrame) -> pd.Series:
    return (df["Result"] == "W").groupby(df["Player"]).mean()


def _dp_best(df: pd.DataFrame) -> str:
    return _top(_dp_win_rates(df))


def _dp_gain(df: pd.DataFrame) -> pd.Series:
    d = df.assign(_d=pd.to_datetime(df["Date"]), _i=-np.arange(len(df))).sort_values(["_d", "_i"], kind="stable")
    g = d.groupby("Player")
    return g["DUPR After"].last() - g["DUPR Before"].first()


_DP_QS = [
    Q(
        "how many matches are in this file",
        either(_count(lambda df: len(df)), _count(lambda df: df["Match ID"].nunique())),
        ("Match ID",),
    ),
    Q(
        "who wins the most? best win rate",
        _lead(_named(_dp_best)),
        ("Player", "Result"),
    ),
    Q(
        "what's their win rate in tournaments",
        _share(
            lambda df: float(
                (df.loc[(df["Player"] == _dp_best(df)) & (df["Event"] == "Tournament"), "Result"] == "W").mean()
            )
        ),
        ("Player", "Result", "Event"),
    ),
    Q(
        "avg points scored per match for singles vs doubles vs mixed",
        _about(lambda df: df.groupby("Format")["Points For"].mean().to_numpy(), rel=0.005),
        ("Points For", "Format", "Match ID"),
    ),
    Q(
        "how many matches went to a third game",
        either(
            _count(lambda df: int((df["Games Won"] + df["Games Lost"] == 3).sum())),
            _count(lambda df: df.loc[df["Games Won"] + df["Games Lost"] == 3, "Match ID"].nunique()),
        ),
        ("Games Won", "Games Lost", "Score", "Match ID"),
    ),
    Q(
        "whose dupr rating has gone up the most since the start",
        _lead(_named(lambda df: _top(_dp_gain(df)))),
        ("Player", "DUPR Before", "DUPR After", "Date"),
    ),
]


# --- 3. Mountain Project ticks ---------------------------------------------------------------------------------------

_MP_YDS = ["5.7", "5.8", "5.9", "5.9+", "5.10a", "5.10b", "5.10c", "5.10d", "5.11a", "5.11b", "5.11c", "5.11d"]
_MP_YDS += ["5.12a", "5.12b"]
_MP_V = ["V0", "V1", "V2", "V3", "V4", "V5", "V6"]
_MP_AREAS = {
    "California > Joshua Tree National Park > Hidden Valley Campground": ("Trad", 3),
    "California > Joshua Tree National Park > Echo Cove": ("Trad", 2),
    "California > Bishop Area > Buttermilk Country > Peabody Boulders": ("Boulder", 2),
    "Nevada > Red Rock > Calico Basin > Kraft Boulders": ("Boulder", 2.5),
    "Nevada > Red Rock > The Gallery": ("Sport", 2),
    "Utah > Saint George > Chuckawalla Wall": ("Sport", 2),
    "Colorado > Boulder > Boulder Canyon > Animal World": ("Sport", 2.5),
    "Colorado > Eldorado Canyon SP > The Bastille": ("Trad", 1.5),
}
_MP_WORDS = ["Crack", "Dihedral", "Arete", "Roof", "Chimney", "Slab", "Flake", "Corner", "Prow", "Traverse", "Face"]
_MP_ADJ = ["Double", "Lazy", "Hidden", "Solar", "Broken", "Sidewinder", "Coyote", "Ocean", "Loose", "Pinyon", "Red"]
_MP_NOTES = ["fell at the crux", "super fun", "chossy top", "with Jenna", "windy", "cruxy start", "bolt 3 spicy"]


def _mp_code(rating: str) -> int:
    base = rating.split()[0]
    if base.startswith("V"):
        return 20000 + 100 * _MP_V.index(base)
    return 1000 + 100 * _MP_YDS.index(base)


def _ticks_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23903)
    areas = list(_MP_AREAS)
    routes = []
    pool = [f"{a} {w}" for a in _MP_ADJ for w in _MP_WORDS]
    for i in rng.choice(len(pool), size=115, replace=False):
        name = pool[int(i)]
        area = _one(rng, areas, [w for _, w in _MP_AREAS.values()])
        kind = _MP_AREAS[area][0]
        if kind == "Boulder":
            rating = _MP_V[int(np.clip(rng.normal(3, 1.5), 0, 6))]
            pitches, length = 1, "" if rng.random() < 0.6 else int(rng.integers(10, 22))
            rtype = "Boulder"
        else:
            grade = int(np.clip(rng.normal(6 if kind == "Sport" else 4, 2.6), 0, len(_MP_YDS) - 1))
            rating = _MP_YDS[grade]
            if kind == "Trad" and rng.random() < 0.1:
                rating += " PG13"
            pitches = 1 if kind == "Sport" or rng.random() < 0.6 else int(rng.integers(2, 5))
            length = int(pitches * rng.integers(50, 110))
            rtype = kind if rng.random() < 0.8 else f"{kind}, TR"
        slug = name.lower().replace(" ", "-")
        routes.append(
            {
                "Route": name,
                "Rating": rating,
                "URL": f"https://www.mountainproject.com/route/{105700000 + int(rng.integers(0, 9000000))}/{slug}",
                "Pitches": pitches,
                "Location": area,
                "Avg Stars": round(float(np.clip(rng.normal(2.6, 0.7), 0.5, 4)), 2),
                "Route Type": rtype,
                "Length": length,
            }
        )
    rows = []
    for _ in range(720):
        day = pd.Timestamp("2019-01-01") + pd.Timedelta(days=int(rng.integers(0, 6 * 365)))
        r = routes[int(rng.integers(0, len(routes)))]
        if r["Route Type"] == "Boulder":
            style = _one(rng, ["Send", "Flash", "Attempt"], [4, 2, 3])
            lead = ""
        else:
            style = _one(rng, ["Lead", "TR", "Follow", "Solo"], [6, 3, 2, 0.15])
            lead = _one(rng, ["Onsight", "Flash", "Redpoint", "Pinkpoint", "Fell/Hung"], [3, 1, 3, 0.5, 2])
            lead = lead if style == "Lead" else ""
        rows.append(
            {
                "Date": f"{day:%Y-%m-%d}",
                "Route": r["Route"],
                "Rating": r["Rating"],
                "Notes": _one(rng, _MP_NOTES) if rng.random() < 0.15 else "",
                "URL": r["URL"],
                "Pitches": r["Pitches"],
                "Location": r["Location"],
                "Avg Stars": r["Avg Stars"],
                "Your Stars": -1
                if rng.random() < 0.45
                else int(np.clip(round(r["Avg Stars"] + rng.normal(0, 0.8)), 0, 4)),
                "Style": style,
                "Lead Style": lead,
                "Route Type": r["Route Type"],
                "Your Rating": r["Rating"].split()[0] if rng.random() < 0.08 else "",
                "Length": r["Length"],
                "Rating Code": _mp_code(r["Rating"]),
            }
        )
    return pd.DataFrame(rows).sort_values("Date", ascending=False, kind="stable").reset_index(drop=True)


def _mp_sport_rp(df: pd.DataFrame, exact: bool) -> pd.DataFrame:
    kind = _text(df, "Route Type")
    sport = kind == "Sport" if exact else kind.str.contains("Sport")
    d = df[sport & (_text(df, "Lead Style") == "Redpoint")]
    return d[d["Rating Code"] == d["Rating Code"].max()]


_MP_QS = [
    Q(
        "how many different routes have i climbed",
        _count(lambda df: df["Route"].nunique()),
        ("Route", "URL"),
    ),
    Q(
        "hardest sport grade i've redpointed?",
        either(
            _plain_of(lambda df: _mp_sport_rp(df, False)["Rating"].iloc[0]),
            _plain_of(lambda df: _mp_sport_rp(df, True)["Rating"].iloc[0]),
        ),
        ("Rating", "Rating Code", "Route Type", "Lead Style", "Style", "Route"),
    ),
    Q(
        "which route was that",
        either(
            _any_of(lambda df: sorted(set(_mp_sport_rp(df, False)["Route"]))),
            _any_of(lambda df: sorted(set(_mp_sport_rp(df, True)["Route"]))),
        ),
        ("Route", "Rating", "Rating Code", "Route Type", "Lead Style", "Style", "Date"),
    ),
    Q(
        "how many boulder problems did i log in 2023",
        _count(lambda df: int(((df["Route Type"] == "Boulder") & df["Date"].str.startswith("2023")).sum())),
        ("Route Type", "Date"),
    ),
    Q(
        "on average how many stars do i give the routes i rate",
        has(lambda df: df.loc[df["Your Stars"] >= 0, "Your Stars"].mean(), rel=0.005),
        ("Your Stars",),
    ),
    Q(
        "which year did i climb the most pitches",
        _lead(_year(lambda df: int(_top(df["Pitches"].groupby(df["Date"].str[:4]).sum())))),
        ("Pitches", "Date"),
    ),
]


# --- 4. Fishbrain catch log ------------------------------------------------------------------------------------------

# Species: weight, mean length (in), sd, weight factor (lb per in^3 * 1e4), months it is caught most
_FB_SPECIES: dict[str, tuple[float, float, float, float]] = {
    "Largemouth Bass": (6, 14.5, 3.2, 4.4),
    "Smallmouth Bass": (3, 13.5, 2.8, 4.6),
    "Rainbow Trout": (2.5, 13.0, 2.6, 3.6),
    "Walleye": (2, 17.0, 3.0, 3.3),
    "Northern Pike": (1.5, 24.0, 5.0, 2.4),
    "Bluegill": (4, 7.0, 1.2, 6.5),
    "Crappie": (3, 10.0, 1.6, 3.8),
    "Channel Catfish": (1.5, 19.0, 4.0, 3.5),
}
_FB_WATERS = {
    "Lake Minnetonka": "MN",
    "Mille Lacs Lake": "MN",
    "Lake Winnebago": "WI",
    "Green Lake": "WI",
    "Mississippi River": "MN",
    "Lake Pepin": "MN",
    "Cedar Lake": "MN",
}
_FB_BAITS = ["Plastic Worm", "Crankbait", "Spinnerbait", "Live Minnow", "Nightcrawler", "Jig", "Fly"]


def _fish_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23904)
    names = list(_FB_SPECIES)
    waters = list(_FB_WATERS)
    rows = []
    for k in range(940):
        month = _one(rng, list(range(1, 13)), [1, 1, 2, 4, 9, 12, 12, 10, 7, 4, 2, 1])
        year = int(rng.integers(2021, 2025))
        stamp = pd.Timestamp(year, month, 1) + pd.Timedelta(
            days=int(rng.integers(0, 28)), seconds=int(rng.integers(10 * 3600, 26 * 3600))
        )
        sp = _one(rng, names, [v[0] for v in _FB_SPECIES.values()])
        _, mean, sd, factor = _FB_SPECIES[sp]
        length = float(np.clip(rng.normal(mean, sd), 3.5, 46))
        weight = factor * 1e-4 * length**3 * float(rng.lognormal(0, 0.12))
        if sp == "Walleye":
            bait = _one(rng, _FB_BAITS, [0.3, 2, 0.5, 4, 3, 5, 0.1])
        elif "Bass" in sp:
            bait = _one(rng, _FB_BAITS, [6, 4, 3, 1, 1, 2, 0.3])
        else:
            bait = _one(rng, _FB_BAITS, [0.5, 1, 1, 3, 4, 2, 1.5])
        water = _one(rng, waters, [4, 2, 2, 1.5, 2, 1, 3])
        rows.append(
            {
                "Catch ID": 30218844 + 37 * k + int(rng.integers(0, 30)),
                "Caught At": f"{stamp:%Y-%m-%dT%H:%M:%SZ}",
                "Species": sp,
                "Length (in)": "" if rng.random() < 0.12 else round(length, 1),
                "Weight (lb)": "" if rng.random() < 0.58 else round(weight, 2),
                "Water Body": water,
                "State": _FB_WATERS[water],
                "Bait": bait,
                "Released": "true"
                if rng.random() < (0.55 if sp in ("Walleye", "Crappie", "Bluegill") else 0.92)
                else "false",
                "Private": "true" if rng.random() < 0.3 else "false",
                "Likes": int(rng.poisson(3 + weight * 2)),
                "Comments": int(rng.poisson(0.6)),
            }
        )
    return pd.DataFrame(rows).sort_values("Caught At", ascending=False, kind="stable").reset_index(drop=True)


def _fb_heaviest_bass(df: pd.DataFrame) -> pd.DataFrame:
    bass = df[df["Species"].str.contains("Bass")]
    w = _num(bass, "Weight (lb)")
    return bass[w == w.max()]


def _fb_released(df: pd.DataFrame) -> float:
    return float(df["Released"].astype(str).str.lower().eq("true").mean())


_FB_QS = [
    Q(
        "what fish do i catch the most",
        _lead(_named(lambda df: _top(df["Species"].value_counts()))),
        ("Species",),
    ),
    Q(
        "heaviest bass i've landed?",
        has(lambda df: float(_num(_fb_heaviest_bass(df), "Weight (lb)").max()), rel=0.002),
        ("Weight (lb)", "Species", "Caught At"),
    ),
    Q(
        "what lake was that in",
        _any_of(lambda df: sorted(set(_fb_heaviest_bass(df)["Water Body"]))),
        ("Water Body", "Weight (lb)", "Species", "Caught At", "State"),
    ),
    Q(
        "what share of my fish did i let go",
        _share(_fb_released),
        ("Released",),
    ),
    Q(
        "best bait for walleye?",
        _lead(_named(lambda df: _top(df.loc[df["Species"] == "Walleye", "Bait"].value_counts()))),
        ("Bait", "Species"),
    ),
    Q(
        "how closely does length track weight",
        _corr(lambda df: _num(df, "Length (in)"), lambda df: _num(df, "Weight (lb)")),
        ("Length (in)", "Weight (lb)"),
    ),
]


# --- 5. Polling place report ----------------------------------------------------------------------------------------

_PP_ELECTIONS = {"2020 General": 0.74, "2022 General": 0.56, "2024 Primary": 0.27, "2024 General": 0.71}
_PP_PLACES = ["Elementary School", "Middle School", "Community Center", "Public Library", "Fire Station"]
_PP_PLACES += ["Lutheran Church", "VFW Post", "Recreation Center"]
_PP_NAMES = ["Lincoln", "Jefferson", "Roosevelt", "Maple Grove", "Cedar Hills", "Riverside", "Oak Park", "Westview"]
_PP_NAMES += ["Northside", "Hillcrest", "Franklin", "Lakeview", "Prairie", "Washington", "Pinecrest"]
_PP_STREETS = ["Main St", "Oak Ave", "Elm St", "Park Blvd", "Lake Rd", "2nd Ave", "Center St", "Hill Dr"]


def _polling_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23905)
    precincts = []
    for ward in range(1, 13):
        for p in range(1, int(rng.integers(7, 12))):
            precincts.append(
                {
                    "Precinct": f"Precinct {ward}-{p:02d}",
                    "Polling Place": f"{_one(rng, _PP_NAMES)} {_one(rng, _PP_PLACES)}",
                    "Address": f"{int(rng.integers(100, 9900))} {_one(rng, _PP_STREETS)}",
                    "Ward": f"Ward {ward}",
                    "reg": int(rng.integers(700, 3600)),
                    "paper": rng.random() < 0.3,
                    "machines": int(rng.integers(2, 7)),
                    "busy": float(rng.normal(1.0, 0.25)) + (0.5 if ward in (4, 9) else 0.0),
                    "acc": "Y" if rng.random() < 0.9 else "N",
                }
            )
    rows = []
    for election, rate in _PP_ELECTIONS.items():
        block = []
        for pc in precincts:
            reg = int(pc["reg"] * rng.uniform(0.97, 1.05))
            cast = int(reg * float(np.clip(rng.normal(rate, 0.07), 0.08, 0.95)))
            reported = rng.random() > 0.02
            paper = pc["paper"] if election != "2024 General" else pc["paper"] and rng.random() < 0.5
            machines = pc["machines"] + (1 if election == "2024 General" and rng.random() < 0.3 else 0)
            avg = max(1.0, cast / machines / 60 * pc["busy"] * (1.45 if paper else 1.0) + rng.normal(0, 3))
            late = rng.random() < 0.05
            avg += 6 if late else 0
            block.append(
                {
                    "Precinct": pc["Precinct"],
                    "Polling Place": pc["Polling Place"],
                    "Address": pc["Address"],
                    "Ward": pc["Ward"],
                    "Registered Voters": reg,
                    "Ballots Cast": cast if reported else np.nan,
                    "Turnout": f"{100 * cast / reg:.1f}%" if reported else "N/A",
                    "Avg Wait (min)": round(avg, 1),
                    "Max Wait (min)": round(float(avg * rng.uniform(1.6, 3.5) + rng.integers(0, 8))),
                    "Check-in Method": "Paper" if paper else "Poll Book",
                    "Accessible": pc["acc"],
                    "Opened Late": "Y" if late else "N",
                    "Machines": machines,
                    "Provisional Ballots": int(rng.poisson(cast / 400 + 1)),
                    "Election": election,
                }
            )
        part = pd.DataFrame(block)
        reg, cast = int(part["Registered Voters"].sum()), int(part["Ballots Cast"].sum())
        total = {c: "" for c in part.columns}
        total |= {
            "Precinct": "TOTAL",
            "Registered Voters": reg,
            "Ballots Cast": cast,
            "Turnout": f"{100 * cast / reg:.1f}%",
            "Avg Wait (min)": round(float(part["Avg Wait (min)"].mean()), 1),
            "Max Wait (min)": int(part["Max Wait (min)"].max()),
            "Machines": int(part["Machines"].sum()),
            "Provisional Ballots": int(part["Provisional Ballots"].sum()),
            "Election": election,
        }
        rows.extend(block)
        rows.append(total)
    out = pd.DataFrame(rows)
    out["Ballots Cast"] = out["Ballots Cast"].astype("Int64")
    return out


def _pp_real(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Precinct").str.upper() != "TOTAL"]


def _pp_turnouts(election: str) -> Callable[[pd.DataFrame], list[float]]:
    def inner(df: pd.DataFrame) -> list[float]:
        d = _pp_real(df)
        d = d[d["Election"] == election]
        cast, reg = _num(d, "Ballots Cast"), _num(d, "Registered Voters")
        ok = cast.notna()
        pct = _num(d, "Turnout") / 100
        return [
            float(cast[ok].sum() / reg[ok].sum()),
            float(cast.sum() / reg.sum()),
            float(pct.mean()),
        ]

    return inner


def _pp_turnout_check(election: str) -> Check:
    f = _pp_turnouts(election)
    return either(*(_share(lambda df, i=i: f(df)[i]) for i in range(3)))


def _pp_worst_ward(df: pd.DataFrame) -> str:
    d = _pp_real(df)
    d = d[d["Election"] == "2024 General"]
    return _top(_num(d, "Avg Wait (min)").groupby(d["Ward"]).mean())


def _pp_ward(value: Callable[[pd.DataFrame], str]) -> Check:
    """A ward, as "Ward 4" or "ward #4"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        n = str(value(df)).split()[-1]
        return None if re.search(rf"\bward\s*#?\s*0?{n}\b", answer, re.IGNORECASE) else f"missing ward {n}"

    return check


_PP_QS = [
    Q(
        "what was turnout for the 2024 general overall",
        _pp_turnout_check("2024 General"),
        ("Turnout", "Ballots Cast", "Registered Voters", "Election"),
    ),
    Q(
        "and the 2022 one?",
        _pp_turnout_check("2022 General"),
        ("Turnout", "Ballots Cast", "Registered Voters", "Election"),
    ),
    Q(
        "which ward had the longest waits in the 2024 general",
        _lead(_pp_ward(_pp_worst_ward)),
        ("Ward", "Avg Wait (min)", "Max Wait (min)", "Election"),
    ),
    Q(
        "how many polling places opened late in each election",
        _count(lambda df: _pp_real(df).groupby("Election")["Opened Late"].apply(lambda s: int((s == "Y").sum()))),
        ("Opened Late", "Election", "Polling Place", "Precinct"),
    ),
    Q(
        "are waits longer with paper check-in than with poll books",
        _about(
            lambda df: _num(_pp_real(df), "Avg Wait (min)").groupby(_pp_real(df)["Check-in Method"]).mean().to_numpy(),
            rel=0.005,
        ),
        ("Check-in Method", "Avg Wait (min)"),
    ),
    Q(
        "do more machines mean shorter max waits? correlation",
        _corr(lambda df: _num(_pp_real(df), "Machines"), lambda df: _num(_pp_real(df), "Max Wait (min)")),
        ("Machines", "Max Wait (min)"),
    ),
]


# --- 6. Madison lake ice records ------------------------------------------------------------------------------------

# Lake: first winter, mean days of ice in 1855, loss per decade, chance of no freeze (late years), extra noise
_LI_LAKES: dict[str, tuple[int, float, float, float]] = {
    "Mendota": (1855, 118.0, 2.3, 0.0),
    "Monona": (1855, 121.0, 2.2, 0.0),
    "Wingra": (1900, 128.0, 2.0, 0.03),
    "Kegonsa": (1920, 112.0, 2.6, 0.09),
}


def _ice_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23906)
    rows = []
    for lake, (first, base, loss, nofreeze) in _LI_LAKES.items():
        for y in range(first, 2024):
            winter = f"{y}-{(y + 1) % 100:02d}"
            mean = base - loss * (y - 1855) / 10
            if y >= 1980 and rng.random() < nofreeze:
                rows.append({"LAKE": lake, "WINTER": winter, "CLOSED": "-", "OPENED": "-", "DAYS": 0, "NOTE": ""})
                continue
            close = pd.Timestamp(y, 12, 1) + pd.Timedelta(days=int(rng.normal(18 + (y - 1855) * 0.07, 9)))
            days = int(np.clip(rng.normal(mean, 16), 20, 165))
            note = _one(rng, ["", "partial", "estimated"], [30, 1, 1.5]) if y < 1900 else ""
            unknown = y < 1880 and rng.random() < 0.03
            if rng.random() < 0.05 and days > 50:
                first_days = int(rng.integers(4, 15))
                gap = int(rng.integers(3, 20))
                open1 = close + pd.Timedelta(days=first_days)
                close2 = open1 + pd.Timedelta(days=gap)
                open2 = close2 + pd.Timedelta(days=days - first_days)
                segs = [(close, open1, first_days), (close2, open2, days - first_days)]
            else:
                segs = [(close, close + pd.Timedelta(days=days), days)]
            for c, o, d in segs:
                rows.append(
                    {
                        "LAKE": lake,
                        "WINTER": winter,
                        "CLOSED": f"{c.month}/{c.day}/{c.year}",
                        "OPENED": f"{o.month}/{o.day}/{o.year}",
                        "DAYS": "" if unknown else d,
                        "NOTE": note,
                    }
                )
    return pd.DataFrame(rows)


def _li_winters(df: pd.DataFrame, lake: str) -> pd.Series:
    d = df[df["LAKE"] == lake]
    days = _num(d, "DAYS")
    return days.groupby(d["WINTER"]).sum(min_count=1).dropna()


def _li_mean_days(lake: str) -> Check:
    def rows(df: pd.DataFrame) -> float:
        return float(_num(df[df["LAKE"] == lake], "DAYS").mean())

    return either(
        has(lambda df: _li_winters(df, lake).mean(), rel=0.005),
        has(rows, rel=0.005),
    )


def _li_era(df: pd.DataFrame) -> list[float]:
    w = _li_winters(df, "Mendota")
    start = w.index.str[:4].astype(int)
    return [float(w[start < 1900].mean()), float(w[start >= 2000].mean())]


def _li_era_rows(df: pd.DataFrame) -> list[float]:
    d = df[df["LAKE"] == "Mendota"]
    start = d["WINTER"].str[:4].astype(int)
    days = _num(d, "DAYS")
    return [float(days[start < 1900].mean()), float(days[start >= 2000].mean())]


def _li_earliest_out(df: pd.DataFrame) -> pd.Series:
    d = df[(df["LAKE"] == "Mendota") & (df["OPENED"] != "-")].copy()
    d["_o"] = pd.to_datetime(d["OPENED"], format="%m/%d/%Y")
    last = d.sort_values("_o").groupby("WINTER").tail(1)
    key = last["_o"].dt.month * 100 + last["_o"].dt.day
    return last[key == key.min()].iloc[0]


_LI_QS = [
    Q(
        "on average how many days a year is mendota frozen",
        _li_mean_days("Mendota"),
        ("DAYS", "LAKE", "WINTER"),
    ),
    Q(
        "and monona",
        _li_mean_days("Monona"),
        ("DAYS", "LAKE", "WINTER"),
    ),
    Q(
        "which winter had the longest ice cover on monona",
        _lead(_plain_of(lambda df: _top(_li_winters(df, "Monona")))),
        ("WINTER", "DAYS", "LAKE"),
    ),
    Q(
        "how many times did a lake not freeze at all",
        _count(lambda df: int((_text(df, "CLOSED") == "-").sum())),
        ("CLOSED", "OPENED", "DAYS", "LAKE", "WINTER"),
    ),
    Q(
        "mendota ice days: 1800s vs since 2000",
        either(_about(_li_era, rel=0.005), _about(_li_era_rows, rel=0.005)),
        ("DAYS", "LAKE", "WINTER"),
    ),
    Q(
        "what's the earliest in the year the ice has gone out on mendota",
        either(
            _year(lambda df: int(_li_earliest_out(df)["OPENED"].split("/")[-1])),
            _plain_of(lambda df: str(_li_earliest_out(df)["WINTER"])),
        ),
        ("OPENED", "LAKE", "WINTER"),
    ),
]


# --- 7. NYC cooling tower registrations ------------------------------------------------------------------------------

# Borough: weight, ZIP prefixes / examples, latitude, longitude
_CT_BOROUGHS: dict[str, tuple[float, list[int], float, float]] = {
    "MANHATTAN": (10, [10001, 10016, 10017, 10019, 10022, 10036, 10038, 10065], 40.758, -73.985),
    "BROOKLYN": (3.5, [11201, 11211, 11215, 11220, 11232], 40.678, -73.944),
    "QUEENS": (3.5, [11101, 11354, 11368, 11432, 11434], 40.728, -73.830),
    "BRONX": (2.5, [10451, 10454, 10461, 10467], 40.845, -73.880),
    "STATEN ISLAND": (0.8, [10301, 10314], 40.590, -74.150),
}
_CT_MAKERS = ["Baltimore Aircoil", "EVAPCO", "Marley", "Tower Tech", "Delta Cooling Towers"]
_CT_STREETS = ["BROADWAY", "MADISON AVENUE", "PARK AVENUE", "WEST 34 STREET", "7 AVENUE", "JAMAICA AVENUE"]
_CT_STREETS += ["FLATBUSH AVENUE", "GRAND CONCOURSE", "NORTHERN BOULEVARD", "ATLANTIC AVENUE", "LEXINGTON AVENUE"]


def _towers_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23907)
    boroughs = list(_CT_BOROUGHS)
    rows = []
    bins: list[tuple[int, str, str, int]] = []
    for k in range(1850):
        if bins and rng.random() < 0.12:
            bin_, address, boro, zip_ = bins[int(rng.integers(0, len(bins)))]
        else:
            boro = _one(rng, boroughs, [v[0] for v in _CT_BOROUGHS.values()])
            bin_ = int(rng.integers(1, 6)) * 1000000 + int(rng.integers(0, 99999))
            address = f"{int(rng.integers(1, 1500))} {_one(rng, _CT_STREETS)}"
            zip_ = _one(rng, _CT_BOROUGHS[boro][1])
            bins.append((bin_, address, boro, zip_))
        _, _, lat, lon = _CT_BOROUGHS[boro]
        year = _one(rng, list(range(2015, 2025)), [14, 6, 2, 1.6, 1.5, 1.2, 1.3, 1.2, 1.1, 1.0])
        reg = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
        if year == 2015:
            reg = pd.Timestamp(2015, 8, 1) + pd.Timedelta(days=int(rng.integers(0, 150)))
        status = _one(rng, ["Active", "Inactive", "Removed"], [8, 1.2, 1])
        result = (
            "Not Inspected"
            if status == "Removed" or rng.random() < 0.08
            else _one(rng, ["Compliant", "Violation"], [4, 1])
        )
        inspected = result != "Not Inspected"
        last = pd.Timestamp("2022-01-01") + pd.Timedelta(days=int(rng.integers(0, 1000)))
        legion = ""
        if inspected and rng.random() < 0.9:
            legion = "Detected" if rng.random() < (0.09 if boro == "BRONX" else 0.05) else "Not Detected"
        tower_count = int(_one(rng, [1, 2, 3, 4, 6], [10, 5, 2, 1, 0.4]))
        maker = _one(rng, _CT_MAKERS, [5, 4, 4, 1, 1])
        cap = float(rng.lognormal(np.log(450 if maker in ("Marley", "Baltimore Aircoil") else 260), 0.5)) * tower_count
        label = boro.title() if rng.random() < 0.04 else boro
        bad_geo = rng.random() < 0.02
        rows.append(
            {
                "Registration Number": f"CT-{104000 + 3 * k + int(rng.integers(0, 3))}",
                "BIN": bin_,
                "Address": address,
                "Borough": label,
                "ZIP": zip_,
                "Tower Count": tower_count,
                "Status": status,
                "Last Inspection Date": f"{last:%m/%d/%Y}" if inspected else "",
                "Inspection Result": result,
                "Legionella Sample Result": legion,
                "Manufacturer": maker,
                "Capacity (tons)": "" if rng.random() < 0.04 else round(cap),
                "Registration Date": f"{reg:%m/%d/%Y}",
                "Latitude": 0 if bad_geo else round(lat + float(rng.normal(0, 0.02)), 6),
                "Longitude": 0 if bad_geo else round(lon + float(rng.normal(0, 0.02)), 6),
            }
        )
    return pd.DataFrame(rows)


def _ct_boro(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Borough").str.upper()


def _ct_violation(df: pd.DataFrame) -> list[float]:
    r = _text(df, "Inspection Result")
    inspected = r.isin(["Compliant", "Violation"])
    return [float((r[inspected] == "Violation").mean()), float((r == "Violation").mean())]


def _ct_detected(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Legionella Sample Result") == "Detected"


def _ct_boro_named(value: Callable[[pd.DataFrame], str]) -> Check:
    """A borough in any case ("MANHATTAN", "Manhattan", "the Bronx")."""
    return _named(lambda df: str(value(df)).title())


_CT_QS = [
    Q(
        "how many active registrations are there",
        _count(lambda df: int((_text(df, "Status") == "Active").sum())),
        ("Status", "Registration Number"),
    ),
    Q(
        "which borough has the most cooling towers",
        _lead(
            either(
                _ct_boro_named(lambda df: _top(df["Tower Count"].groupby(_ct_boro(df)).sum())),
                _ct_boro_named(lambda df: _top(_ct_boro(df).value_counts())),
            )
        ),
        ("Borough", "Tower Count", "Registration Number", "Status"),
    ),
    Q(
        "what share of inspections found a violation",
        either(_share(lambda df: _ct_violation(df)[0]), _share(lambda df: _ct_violation(df)[1])),
        ("Inspection Result",),
    ),
    Q(
        "how many came back positive for legionella",
        either(
            _count(lambda df: int(_ct_detected(df).sum())),
            _count(lambda df: int(df.loc[_ct_detected(df), "Tower Count"].sum())),
        ),
        ("Legionella Sample Result", "Tower Count", "Registration Number"),
    ),
    Q(
        "which borough were most of those in",
        _lead(_ct_boro_named(lambda df: _top(_ct_boro(df)[_ct_detected(df)].value_counts()))),
        ("Borough", "Legionella Sample Result", "Tower Count"),
    ),
    Q(
        "which year had the most new registrations",
        _lead(
            _year(
                lambda df: int(_top(pd.to_datetime(df["Registration Date"], format="%m/%d/%Y").dt.year.value_counts()))
            )
        ),
        ("Registration Date", "Registration Number"),
    ),
]


HELDOUT239: list[Dataset] = [
    Dataset("18birdies_round_history", _golf_frame, _GB_QS),
    Dataset("dupr_match_history", _dupr_frame, _DP_QS),
    Dataset("mountain_project_ticks", _ticks_frame, _MP_QS),
    Dataset("fishbrain_catch_log", _fish_frame, _FB_QS),
    Dataset("county_polling_place_report", _polling_frame, _PP_QS),
    Dataset("madison_lake_ice_records", _ice_frame, _LI_QS),
    Dataset("nyc_cooling_tower_registrations", _towers_frame, _CT_QS),
]
