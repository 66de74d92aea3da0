"""HELDOUT255: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a FanDuel Sportsbook bet
history export (one row per bet, January 2023 to December 2024) with Placed and Settled as "Oct 13, 2024 7:02PM ET"
(Settled blank while the bet is Open), Sport (NFL, NBA, MLB, NHL, NCAAF, Soccer, UFC), "Bet Type" (Moneyline, Spread,
Total, Player Prop, Parlay, Same Game Parlay), Legs (1 for straight bets), Selection as text ("Chiefs -3.5", "Over
47.5", "3 Leg Parlay"), Odds in American form ("+150", "-110"), Stake as "$25.00", "Bonus Bet" (Yes/No: a bonus bet's
stake is not returned, so a lost bonus bet has Profit "$0.00" and a won one returns only the winnings), Result (Won,
Lost, Void, Cashed Out, Open), Returned as "$47.50" ("$0.00" when lost, blank while open) and Profit as "-$25.00" or
"$22.50" (blank while open); a Grouvee game collection export (one row per game) with name, shelves (one or several
of "Played", "Playing", "Backlog", "Wish List", "Beaten" joined by ", "), platforms ("PlayStation 5, PC"), rating
(1-5, blank when unrated), review (mostly blank), dates (date added as "2021-03-14"), statuses (mostly blank,
"Completed", "Abandoned"), genres ("Action, Adventure"), franchises (often blank), release_date ("2018-04-20", blank
for some), developers, publishers and giantbomb_id; a TrueTrophies PlayStation game list export (one row per game)
with Game, Platform (PS3, PS4, PS5, Vita), "Trophies Earned", "Trophies Total", "Completion %" as "45.45%", Platinum
(Yes/No, blank when the game has no platinum), "TrueTrophy Score Earned", "TrueTrophy Score Total", Ratio (score
total over trophies base, like 1.84), "First Trophy Date" and "Last Trophy Date" as "14/03/2021" (blank when no
trophy is earned), "Hours Played" (self reported, mostly blank) and Genre; a Code::Stats coding activity export (one
row per day per language per machine, 2023 to 2024) with Date as "2023-01-05", Language (Python, TypeScript, Rust,
Markdown, YAML, Shell, ...), Machine (work-laptop, home-desktop, steam-deck), XP, "Level After" (the language's level
over all machines after that day, level = floor(0.025 * sqrt(total XP))) and "New Level" (TRUE on the language's
last row of a day on which its level went up, else FALSE); a city library's new card sign-up report (one row per
branch per month, January 2023 to December 2024, 15 branches plus "Online") with Month as "Jan-2023", Branch, "New
Cards Adult", "New Cards Teen", "New Cards Child", "New Cards Total" (their sum), "Card Type eCard", "Non-Resident
Cards (paid)", Campaign ("Library Card Sign-Up Month" each September, "Summer Reading" each June and July, else
blank), "Branch Open Hours" (blank for Online, 0 for a branch closed for renovation) and Circulation (blank for
Online); a state liquor control board license list (one row per license) with "License Number" (six digits),
Licensee and "Trade Name" in upper case, "License Type" ("Restaurant - Beer & Wine", "Restaurant - Spirits, Beer &
Wine", "Tavern", "Grocery Store - Beer & Wine", "Spirits Retailer", "Brewery", "Winery", "Distillery"), Status
(ACTIVE, EXPIRED, SUSPENDED, PENDING, DISCONTINUED), County and City (upper case), Zip (five digits or ZIP+4), "Issue
Date" and "Expiration Date" as "MM/DD/YYYY" (expiration blank while pending), Privileges ("ON", "OFF", "ON/OFF") and
Violations (count in the past three years); and a public housing authority's Housing Choice Voucher utilization
report (one row per month, January 2000 to December 2024) with "Reporting Month" as "2000-01", "Vouchers
Authorized", "Vouchers Leased", "Utilization Rate (%)" as "94.3%", "Budget Authority ($)" and "HAP Expenses ($)" as
"$1,234,567", "Average HAP Per Unit ($)", "Waitlist Size" ("N/A" in months the list was not counted), "New
Admissions", "Voucher Turnovers", "Port-Ins", "Port-Outs" and "Average Days To Lease Up". All are generated with a
fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _year
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

_BIG = (1e3, 1e6)


def _text(df: pd.DataFrame, col: str) -> pd.Series:
    return df[col].astype("string").fillna("").str.strip()


def _num(df: pd.DataFrame, col: str) -> pd.Series:
    """A column as numbers ("$", "%", "+", commas, "N/A" and blanks handled)."""
    text = df[col].astype("string").str.replace(r"[$,%+\s]", "", regex=True)
    return pd.to_numeric(text, errors="coerce")


def _top(scores: pd.Series, lowest: bool = False) -> str:
    """The label with the highest (or lowest) score (ties: first in label order)."""
    s = scores.sort_index(kind="stable")
    return str(s.idxmin() if lowest else s.idxmax())


def _amount(value: Callable[[pd.DataFrame], Any]) -> Check:
    return _scaled(value, _BIG, rel=0.005)


def _signed_amount(value: Callable[[pd.DataFrame], float]) -> Check:
    """An amount with or without its sign ("lost $312.50" or "-$312.50")."""
    return _amount(lambda df: abs(float(value(df))))


def _items(s: pd.Series) -> pd.Series:
    """A ", "-joined list column, one item per row."""
    return s.astype("string").fillna("").str.split(",").explode().str.strip().loc[lambda x: x != ""]


def _has_item(s: pd.Series, item: str) -> pd.Series:
    return s.astype("string").fillna("").str.split(",").map(lambda xs: item in [x.strip() for x in xs])


# --- 1. FanDuel Sportsbook bet history -----------------------------------------------------------------------------

_FD_SPORTS = {
    "NFL": (["Chiefs", "Eagles", "Bills", "49ers", "Cowboys", "Lions", "Ravens", "Packers"], 30),
    "NBA": (["Celtics", "Lakers", "Nuggets", "Knicks", "Bucks", "Warriors", "Suns"], 25),
    "MLB": (["Yankees", "Dodgers", "Braves", "Astros", "Phillies", "Orioles"], 14),
    "NHL": (["Rangers", "Bruins", "Oilers", "Panthers", "Avalanche"], 8),
    "NCAAF": (["Georgia", "Michigan", "Alabama", "Ohio State", "Texas"], 12),
    "Soccer": (["Arsenal", "Man City", "Liverpool", "Real Madrid", "Inter Miami"], 6),
    "UFC": (["Jones", "Adesanya", "O'Malley", "Makhachev", "Pereira"], 5),
}
_FD_PLAYERS = ["Mahomes", "Kelce", "Jokic", "Tatum", "LeBron", "Judge", "Ohtani", "McDavid", "Lamb", "Doncic"]


def _american(decimal: float) -> str:
    return f"+{round((decimal - 1) * 100)}" if decimal >= 2 else f"-{round(100 / (decimal - 1))}"


def _fd_stamp(t: pd.Timestamp) -> str:
    hour = t.hour % 12 or 12
    return f"{t:%b} {t.day}, {t.year} {hour}:{t:%M}{'AM' if t.hour < 12 else 'PM'} ET"


def _money(x: float) -> str:
    return f"-${abs(x):,.2f}" if x < 0 else f"${x:,.2f}"


def _fanduel_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25501)
    rows = []
    start = pd.Timestamp("2023-01-01")
    sports = list(_FD_SPORTS)
    for _ in range(1150):
        placed = start + pd.Timedelta(minutes=int(rng.integers(0, 730 * 24 * 60)))
        sport = _one(rng, sports, [_FD_SPORTS[s][1] for s in sports])
        if sport in ("NFL", "NCAAF") and placed.month in (3, 4, 5, 6, 7):
            sport = "MLB"
        teams = _FD_SPORTS[sport][0]
        kind = _one(
            rng, ["Moneyline", "Spread", "Total", "Player Prop", "Parlay", "Same Game Parlay"], [20, 24, 14, 14, 16, 12]
        )
        if sport == "UFC":
            kind = _one(rng, ["Moneyline", "Parlay"], [3, 1])
        legs = 1
        team = _one(rng, teams)
        if kind == "Moneyline":
            dec = float(rng.uniform(1.3, 3.6))
            sel = team
        elif kind == "Spread":
            dec = float(rng.uniform(1.83, 1.95))
            sel = f"{team} {_one(rng, ['-', '+'])}{_one(rng, [1.5, 2.5, 3.5, 6.5, 7.5, 10.5])}"
        elif kind == "Total":
            dec = float(rng.uniform(1.83, 1.95))
            sel = f"{_one(rng, ['Over', 'Under'])} {_one(rng, [8.5, 44.5, 47.5, 51.5, 218.5, 226.5, 5.5])}"
        elif kind == "Player Prop":
            dec = float(rng.uniform(1.6, 3.2))
            sel = f"{_one(rng, _FD_PLAYERS)} Over {_one(rng, [0.5, 1.5, 24.5, 64.5, 249.5])}"
        else:
            legs = int(rng.integers(2, 7))
            dec = float(np.prod(rng.uniform(1.5, 2.0, legs)))
            sel = f"{legs} Leg {'Parlay' if kind == 'Parlay' else 'Same Game Parlay'}"
        odds = _american(dec)
        o = int(odds)
        dec = 1 + (o / 100 if o > 0 else 100 / -o)
        stake = (
            float(_one(rng, [5, 10, 10, 20, 25, 25, 50, 100]))
            if kind not in ("Parlay", "Same Game Parlay")
            else float(_one(rng, [2, 5, 5, 10, 20]))
        )
        bonus = rng.random() < 0.08
        p_win = 1 / dec * 0.93
        open_ = placed > pd.Timestamp("2024-12-27")
        if open_:
            result = "Open"
        else:
            r = rng.random()
            result = "Void" if r < 0.02 else "Cashed Out" if r < 0.07 else "Won" if rng.random() < p_win else "Lost"
        if result == "Won":
            returned = round(stake * (dec - 1), 2) if bonus else round(stake * dec, 2)
        elif result == "Lost":
            returned = 0.0
        elif result == "Void":
            returned = 0.0 if bonus else stake
        elif result == "Cashed Out":
            returned = round(stake * float(rng.uniform(0.3, 1.6)), 2)
        else:
            returned = None
        profit = None if returned is None else round(returned - (0 if bonus else stake), 2)
        settled = "" if open_ else _fd_stamp(placed + pd.Timedelta(minutes=int(rng.integers(90, 60 * 30))))
        rows.append(
            {
                "Placed": _fd_stamp(placed),
                "Settled": settled,
                "Sport": sport,
                "Bet Type": kind,
                "Legs": legs,
                "Selection": sel,
                "Odds": odds,
                "Stake": _money(stake),
                "Bonus Bet": "Yes" if bonus else "No",
                "Result": result,
                "Returned": "" if returned is None else _money(returned),
                "Profit": "" if profit is None else _money(profit),
                "_t": placed,
            }
        )
    df = pd.DataFrame(rows).sort_values("_t", ascending=False).drop(columns="_t")
    return df.reset_index(drop=True)


def _fd_placed(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Placed").str.replace(" ET", "", regex=False), format="%b %d, %Y %I:%M%p")


def _fd_parlay_rate(df: pd.DataFrame, kinds: list[str], settled_only: bool) -> float:
    sub = _text(df, "Result")[_text(df, "Bet Type").isin(kinds)]
    base = sub.isin(["Won", "Lost"]) if settled_only else sub != "Open"
    return float((sub[base] == "Won").mean())


_FD_QS = [
    Q(
        "am i up or down overall? by how much",
        _signed_amount(lambda df: float(_num(df, "Profit").sum())),
        ("Profit",),
    ),
    Q(
        "which sport am i losing the most on",
        _lead(_named(lambda df: _top(_num(df, "Profit").groupby(_text(df, "Sport")).sum(), lowest=True))),
        ("Sport", "Profit"),
    ),
    Q(
        "how often do my parlays hit",
        either(
            *[
                _share(lambda df, k=k, s=s: _fd_parlay_rate(df, k, s))
                for k in (["Parlay"], ["Parlay", "Same Game Parlay"])
                for s in (True, False)
            ]
        ),
        ("Bet Type", "Result"),
    ),
    Q(
        "how much money have i put on nfl games",
        either(
            _amount(lambda df: float(_num(df, "Stake")[_text(df, "Sport") == "NFL"].sum())),
            _amount(
                lambda df: float(
                    _num(df, "Stake")[(_text(df, "Sport") == "NFL") & (_text(df, "Bonus Bet") == "No")].sum()
                )
            ),
        ),
        ("Stake", "Sport", "Bonus Bet"),
    ),
    Q(
        "how many bets are still waiting to settle",
        _count(lambda df: int((_text(df, "Result") == "Open").sum())),
        ("Result", "Settled"),
    ),
    Q(
        "which month did i bet the most money",
        _lead(
            _month_year(
                lambda df: _num(df, "Stake").groupby(_fd_placed(df).dt.to_period("M")).sum().idxmax().start_time
            )
        ),
        ("Placed", "Stake"),
    ),
]


# --- 2. Grouvee collection -----------------------------------------------------------------------------------------

_GV_GAMES = [
    "Elden Ring",
    "Hades",
    "Celeste",
    "Hollow Knight",
    "God of War",
    "Stardew Valley",
    "Disco Elysium",
    "Outer Wilds",
    "Red Dead Redemption 2",
    "The Witcher 3: Wild Hunt",
    "Persona 5 Royal",
    "Baldur's Gate 3",
    "Returnal",
    "Inside",
    "Dead Cells",
    "Control",
    "Death Stranding",
    "Sekiro: Shadows Die Twice",
    "Bloodborne",
    "Final Fantasy VII Remake",
    "Spider-Man",
    "Ghost of Tsushima",
    "Horizon Zero Dawn",
    "Cyberpunk 2077",
    "Hi-Fi Rush",
    "Tunic",
    "Cuphead",
    "Portal 2",
    "Half-Life 2",
    "Doom Eternal",
    "Slay the Spire",
    "Into the Breach",
    "Subnautica",
    "Terraria",
    "Minecraft",
    "It Takes Two",
    "Alan Wake 2",
    "Starfield",
    "Lies of P",
    "Pentiment",
    "Sea of Stars",
    "Dredge",
]
_GV_GENRES = [
    "Action",
    "Adventure",
    "Role-Playing",
    "Platformer",
    "Shooter",
    "Strategy",
    "Puzzle",
    "Simulation",
    "Roguelike",
    "Fighting",
    "Racing",
    "Sports",
]
_GV_PLATFORMS = ["PC", "PlayStation 5", "PlayStation 4", "Nintendo Switch", "Xbox Series X|S", "Xbox One", "Steam Deck"]
_GV_STUDIOS = [
    "FromSoftware",
    "Supergiant Games",
    "Nintendo",
    "Ubisoft Montreal",
    "Square Enix",
    "Santa Monica Studio",
    "Team Cherry",
    "Larian Studios",
    "Remedy Entertainment",
    "Motion Twin",
    "Insomniac Games",
    "Valve",
]
_GV_PUBS = [
    "Sony Interactive Entertainment",
    "Bandai Namco",
    "Nintendo",
    "Ubisoft",
    "Square Enix",
    "Devolver Digital",
    "Annapurna Interactive",
    "Microsoft",
    "Electronic Arts",
    "Valve",
]


def _grouvee_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25502)
    rows = []
    names: set[str] = set()
    suffixes = ["", " II", " 2", " Remastered", ": Definitive Edition", " HD", " Deluxe", " Origins", " Legends"]
    while len(rows) < 620:
        name = _one(rng, _GV_GAMES) + _one(rng, suffixes)
        if name in names:
            name = f"{name} ({int(rng.integers(1995, 2024))})"
        if name in names:
            continue
        names.add(name)
        main = _one(rng, ["Backlog", "Played", "Wish List", "Playing", "Beaten"], [34, 28, 20, 6, 12])
        shelves = [main]
        if main == "Beaten":
            shelves = ["Played", "Beaten"]
        elif main == "Played" and rng.random() < 0.15:
            shelves.append("Backlog")
        k = int(rng.choice([1, 1, 1, 2, 2, 3]))
        plats = list(rng.choice(_GV_PLATFORMS, size=k, replace=False, p=np.array([30, 22, 14, 16, 8, 5, 5]) / 100))
        rated = (main in ("Played", "Beaten") and rng.random() < 0.75) or (main == "Playing" and rng.random() < 0.3)
        rating = int(rng.choice([1, 2, 3, 4, 5], p=[0.04, 0.1, 0.26, 0.36, 0.24])) if rated else None
        added = pd.Timestamp("2018-01-01") + pd.Timedelta(days=int(rng.integers(0, 365 * 7)))
        if rng.random() < 0.12:
            added = pd.Timestamp("2019-11-23") + pd.Timedelta(days=int(rng.integers(0, 2)))  # the big import day
        g = list(rng.choice(_GV_GENRES, size=int(rng.choice([1, 2, 2, 3])), replace=False))
        rel = pd.Timestamp("1998-01-01") + pd.Timedelta(days=int(rng.integers(0, 365 * 27)))
        status = ""
        if main in ("Played", "Beaten"):
            status = _one(rng, ["", "Completed", "Abandoned"], [5, 3, 2])
        rows.append(
            {
                "name": name,
                "shelves": ", ".join(shelves),
                "platforms": ", ".join(plats),
                "rating": rating,
                "review": _one(rng, ["", "", "", "", "", "loved it", "too long", "great soundtrack", "meh"])
                if rating
                else "",
                "dates": f"{added:%Y-%m-%d}",
                "statuses": status,
                "genres": ", ".join(g),
                "franchises": _one(rng, ["", "", "", "Souls", "Final Fantasy", "Zelda", "Metroid", "Halo"]),
                "release_date": "" if rng.random() < 0.06 else f"{rel:%Y-%m-%d}",
                "developers": _one(rng, _GV_STUDIOS),
                "publishers": _one(rng, _GV_PUBS),
                "giantbomb_id": int(rng.integers(1000, 90000)),
            }
        )
    return pd.DataFrame(rows)


_GV_QS = [
    Q(
        "how many games are sitting in my backlog",
        _count(lambda df: int(_has_item(df["shelves"], "Backlog").sum())),
        ("shelves", "name"),
    ),
    Q(
        "what do i rate games on average",
        _about(lambda df: float(pd.to_numeric(df["rating"], errors="coerce").mean()), rel=0.005),
        ("rating",),
    ),
    Q(
        "how many have no rating at all",
        _count(lambda df: int(pd.to_numeric(df["rating"], errors="coerce").isna().sum())),
        ("rating",),
    ),
    Q(
        "which platform do i have the most games on",
        _lead(_named(lambda df: _top(_items(df["platforms"]).value_counts()))),
        ("platforms",),
    ),
    Q(
        "how many of my games count as shooters",
        _count(lambda df: int(_has_item(df["genres"], "Shooter").sum())),
        ("genres",),
    ),
    Q(
        "what year did i add the most games",
        _lead(_year(lambda df: int(pd.to_datetime(df["dates"]).dt.year.value_counts().sort_index().idxmax()))),
        ("dates",),
    ),
]


# --- 3. TrueTrophies game list -------------------------------------------------------------------------------------

_TT_GENRES = ["Action", "Adventure", "RPG", "Shooter", "Platformer", "Racing", "Sports", "Horror", "Puzzle", "Fighting"]
_TT_WORDS = ["Shadow", "Legend", "Dark", "Crystal", "Iron", "Star", "Lost", "Night", "Blood", "Sky", "Neon", "Echo"]
_TT_NOUNS = ["Kingdom", "Odyssey", "Protocol", "Souls", "Hunter", "Drift", "Tales", "Frontier", "Rising", "Saga"]


def _trophies_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25503)
    rows = []
    seen: set[str] = set()
    while len(rows) < 420:
        game = f"{_one(rng, _TT_WORDS)} {_one(rng, _TT_NOUNS)}"
        if rng.random() < 0.4:
            game += f" {int(rng.integers(2, 5))}"
        if game in seen:
            continue
        seen.add(game)
        plat = _one(rng, ["PS3", "PS4", "PS5", "Vita"], [18, 45, 27, 10])
        year0 = {"PS3": 2010, "PS4": 2014, "PS5": 2021, "Vita": 2012}[plat]
        total = int(rng.integers(12, 70))
        has_plat = rng.random() < 0.78
        skill = {"PS3": 0.45, "PS4": 0.55, "PS5": 0.65, "Vita": 0.5}[plat]
        if rng.random() < 0.15:
            frac = 1.0
        elif rng.random() < 0.06:
            frac = 0.0
        else:
            frac = float(np.clip(rng.beta(2, 2) * skill * 1.6, 0.02, 0.97))
        earned = round(frac * total) if frac < 1 else total
        ratio = round(float(rng.uniform(1.2, 3.4)), 2)
        base = int(total * 15)
        score_total = round(base * ratio)
        score_earned = (
            round(score_total * earned / total * float(rng.uniform(0.85, 1.1))) if earned < total else score_total
        )
        first = pd.Timestamp(year0, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365 * 3)))
        last = first + pd.Timedelta(days=int(rng.integers(0, 400 * max(frac, 0.05))))
        hours = None
        if rng.random() < 0.35:
            hours = round(float(max(1.0, 5 + 60 * frac + rng.normal(0, 12))), 1)
        rows.append(
            {
                "Game": game,
                "Platform": plat,
                "Trophies Earned": earned,
                "Trophies Total": total,
                "Completion %": f"{100 * earned / total:.2f}%",
                "Platinum": ("Yes" if earned == total else "No") if has_plat else "",
                "TrueTrophy Score Earned": min(score_earned, score_total),
                "TrueTrophy Score Total": score_total,
                "Ratio": ratio,
                "First Trophy Date": "" if earned == 0 else f"{first:%d/%m/%Y}",
                "Last Trophy Date": "" if earned == 0 else f"{last:%d/%m/%Y}",
                "Hours Played": hours,
                "Genre": _one(rng, _TT_GENRES),
            }
        )
    return pd.DataFrame(rows)


def _tt_pct(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Completion %")


_TT_QS = [
    Q(
        "how many platinums have i got",
        _count(lambda df: int((_text(df, "Platinum") == "Yes").sum())),
        ("Platinum",),
    ),
    Q(
        "whats my average completion",
        either(
            _about(lambda df: float(_tt_pct(df).mean()), rel=0.005),
            _about(lambda df: 100 * float(df["Trophies Earned"].sum() / df["Trophies Total"].sum()), rel=0.005),
        ),
        ("Completion %", "Trophies Earned", "Trophies Total"),
    ),
    Q(
        "how many games have i fully 100%'d",
        _count(lambda df: int((df["Trophies Earned"] == df["Trophies Total"]).sum())),
        ("Trophies Earned", "Trophies Total", "Completion %"),
    ),
    Q(
        "which console do i finish the most of on average",
        _lead(_named(lambda df: _top(_tt_pct(df).groupby(_text(df, "Platform")).mean()))),
        ("Platform", "Completion %"),
    ),
    Q(
        "total trophies i've earned on ps5?",
        _count(lambda df: int(df.loc[_text(df, "Platform") == "PS5", "Trophies Earned"].sum())),
        ("Trophies Earned", "Platform"),
    ),
    Q(
        "do games i put more hours into end up more complete",
        _corr(lambda df: pd.to_numeric(df["Hours Played"], errors="coerce"), _tt_pct),
        ("Hours Played", "Completion %"),
    ),
]


# --- 4. Code::Stats activity ---------------------------------------------------------------------------------------

_CS_LANGS = {
    "Python": 30,
    "TypeScript": 22,
    "Rust": 10,
    "Markdown": 8,
    "YAML": 6,
    "Shell": 5,
    "JSON": 5,
    "SQL": 4,
    "Go": 4,
    "HTML": 3,
    "CSS": 3,
}
_CS_MACHINES = {"work-laptop": 0.6, "home-desktop": 0.3, "steam-deck": 0.05}


def _codestats_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25504)
    langs = list(_CS_LANGS)
    w = np.array([_CS_LANGS[x] for x in langs], dtype=float)
    totals = dict.fromkeys(langs, 0)
    rows = []
    for day in pd.date_range("2023-01-01", "2024-12-31", freq="D"):
        weekend = day.dayofweek >= 5
        if rng.random() < (0.55 if weekend else 0.12):
            continue
        todays: list[dict[str, Any]] = []
        for machine, p in _CS_MACHINES.items():
            on = rng.random() < (p * (0.1 if weekend else 1) if machine == "work-laptop" else p * (2 if weekend else 1))
            if not on:
                continue
            k = int(rng.integers(1, 4))
            picked = rng.choice(len(langs), size=k, replace=False, p=w / w.sum())
            for i in picked:
                lang = langs[int(i)]
                season = 1.3 if day.month in (10, 11) else 0.8 if day.month in (7, 8, 12) else 1.0
                xp = int(rng.gamma(2.0, 900 * season * _CS_LANGS[lang] / 20))
                if lang == "Rust" and day.year == 2023:
                    xp = int(xp * 0.3)
                todays.append({"Date": f"{day:%Y-%m-%d}", "Language": lang, "Machine": machine, "XP": max(xp, 1)})
        by_lang: dict[str, list[dict[str, Any]]] = {}
        for r in todays:
            by_lang.setdefault(r["Language"], []).append(r)
        for lang, rs in by_lang.items():
            before = int(0.025 * np.sqrt(totals[lang]))
            totals[lang] += sum(r["XP"] for r in rs)
            after = int(0.025 * np.sqrt(totals[lang]))
            for j, r in enumerate(rs):
                r["Level After"] = after
                r["New Level"] = "TRUE" if after > before and j == len(rs) - 1 else "FALSE"
        rows.extend(todays)
    return pd.DataFrame(rows)


def _cs_day(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Date"])


def _cs_levelups(df: pd.DataFrame, lang: str) -> int:
    flag = _text(df, "New Level").str.upper() == "TRUE"
    return int((flag & (_text(df, "Language") == lang)).sum())


def _cs_work_xp(df: pd.DataFrame, top_only: bool) -> int:
    """XP on the work laptop: in the most-written language, or in everything."""
    keep = _text(df, "Machine") == "work-laptop"
    if top_only:
        keep &= _text(df, "Language") == _top(df.groupby(_text(df, "Language"))["XP"].sum())
    return int(df.loc[keep, "XP"].sum())


def _cs_work_share(df: pd.DataFrame, top_only: bool) -> float:
    lang = _top(df.groupby(_text(df, "Language"))["XP"].sum())
    base = df.loc[_text(df, "Language") == lang, "XP"].sum() if top_only else df["XP"].sum()
    return _cs_work_xp(df, top_only) / float(base)


_CS_QS = [
    Q(
        "how much xp have i racked up in total",
        _count(lambda df: int(df["XP"].sum())),
        ("XP",),
    ),
    Q(
        "what language do i write the most",
        _lead(_named(lambda df: _top(df.groupby(_text(df, "Language"))["XP"].sum()))),
        ("Language", "XP"),
    ),
    Q(
        "how much of that is on the work laptop",
        either(
            _share(lambda df: _cs_work_share(df, True)),
            _share(lambda df: _cs_work_share(df, False)),
            _count(lambda df: _cs_work_xp(df, True)),
        ),
        ("Machine", "XP", "Language"),
    ),
    Q(
        "what was my most productive month",
        _lead(_month_year(lambda df: df.groupby(_cs_day(df).dt.to_period("M"))["XP"].sum().idxmax().start_time)),
        ("Date", "XP"),
    ),
    Q(
        "how many times did rust level up",
        _count(lambda df: _cs_levelups(df, "Rust")),
        ("Language", "New Level", "Level After"),
    ),
    Q(
        "on days i code, how much xp do i do on average",
        either(
            _about(lambda df: float(df.groupby("Date")["XP"].sum().mean()), rel=0.01),
            _about(lambda df: float(df.groupby("Date")["XP"].sum().median()), rel=0.01),
        ),
        ("Date", "XP"),
    ),
]


# --- 5. Library card sign-ups --------------------------------------------------------------------------------------

_LC_BRANCHES = {
    "Central": 2.4,
    "Northgate": 1.1,
    "Eastside": 1.0,
    "Westwood": 0.9,
    "Riverside": 1.2,
    "Oak Park": 0.8,
    "Hillcrest": 0.7,
    "Lakeview": 1.0,
    "Southgate": 0.9,
    "Maple Grove": 0.6,
    "Fairview": 0.7,
    "Cedar Hills": 0.5,
    "Pine Street": 0.6,
    "Harbor": 0.8,
    "University": 1.3,
    "Online": 1.5,
}


def _library_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25505)
    rows = []
    for month in pd.date_range("2023-01-01", "2024-12-01", freq="MS"):
        campaign = (
            "Library Card Sign-Up Month" if month.month == 9 else "Summer Reading" if month.month in (6, 7) else ""
        )
        lift = {9: 1.7, 6: 1.4, 7: 1.3, 8: 1.15, 1: 1.1, 12: 0.7}.get(month.month, 1.0)
        for branch, size in _LC_BRANCHES.items():
            online = branch == "Online"
            closed = branch == "Oak Park" and pd.Timestamp("2024-02-01") <= month <= pd.Timestamp("2024-05-01")
            base = 60 * size * lift * (1.08 if month.year == 2024 else 1.0)
            adult = 0 if closed else int(rng.poisson(base * 0.55))
            teen = 0 if closed else int(rng.poisson(base * (0.1 if online else 0.14)))
            child = (
                0
                if closed
                else int(rng.poisson(base * (0.12 if online else 0.31) * (1.5 if month.month in (6, 7) else 1)))
            )
            total = adult + teen + child
            ecard = total if online else int(rng.binomial(total, 0.08)) if total else 0
            hours = "" if online else 0 if closed else int(_one(rng, [40, 48, 56, 64])) if branch != "Central" else 72
            circ = (
                ""
                if online
                else 0
                if closed
                else int(rng.normal(9000 * size, 900 * size) * (hours / 56 if hours else 0))
            )
            rows.append(
                {
                    "Month": f"{month:%b-%Y}",
                    "Branch": branch,
                    "New Cards Adult": adult,
                    "New Cards Teen": teen,
                    "New Cards Child": child,
                    "New Cards Total": total,
                    "Card Type eCard": ecard,
                    "Non-Resident Cards (paid)": int(rng.poisson(1.5 * size)) if not online and not closed else 0,
                    "Campaign": campaign,
                    "Branch Open Hours": hours,
                    "Circulation": circ,
                }
            )
    return pd.DataFrame(rows)


def _lc_month(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Month"), format="%b-%Y")


def _lc_circ_hours(df: pd.DataFrame) -> pd.DataFrame:
    out = pd.DataFrame(
        {
            "h": pd.to_numeric(df["Branch Open Hours"], errors="coerce"),
            "c": pd.to_numeric(df["Circulation"], errors="coerce"),
        }
    )
    return out.dropna()


_LC_QS = [
    Q(
        "how many new library cards did we hand out in 2024",
        _count(lambda df: int(df.loc[_lc_month(df).dt.year == 2024, "New Cards Total"].sum())),
        ("New Cards Total", "Month"),
    ),
    Q(
        "which branch signs up the most kids",
        _lead(_named(lambda df: _top(df.groupby(_text(df, "Branch"))["New Cards Child"].sum()))),
        ("Branch", "New Cards Child"),
    ),
    Q(
        "what share of all sign ups came through online",
        _share(
            lambda df: float(
                df.loc[_text(df, "Branch") == "Online", "New Cards Total"].sum() / df["New Cards Total"].sum()
            )
        ),
        ("Branch", "New Cards Total"),
    ),
    Q(
        "whats the busiest month for new cards",
        _lead(_month_year(lambda df: df.groupby(_lc_month(df))["New Cards Total"].sum().idxmax())),
        ("Month", "New Cards Total"),
    ),
    Q(
        "how many cards came in during the sign-up month campaigns",
        _count(lambda df: int(df.loc[_text(df, "Campaign") == "Library Card Sign-Up Month", "New Cards Total"].sum())),
        ("Campaign", "New Cards Total", "Month"),
    ),
    Q(
        "do branches that are open longer lend out more",
        _corr(lambda df: _lc_circ_hours(df)["h"], lambda df: _lc_circ_hours(df)["c"]),
        ("Branch Open Hours", "Circulation", "Branch"),
    ),
]


# --- 6. Liquor license list ----------------------------------------------------------------------------------------

_LQ_TYPES = {
    "Restaurant - Beer & Wine": (26, "ON"),
    "Restaurant - Spirits, Beer & Wine": (22, "ON"),
    "Tavern": (12, "ON"),
    "Grocery Store - Beer & Wine": (20, "OFF"),
    "Spirits Retailer": (8, "OFF"),
    "Brewery": (6, "ON/OFF"),
    "Winery": (4, "ON/OFF"),
    "Distillery": (2, "ON/OFF"),
}
_LQ_PLACES = {
    "KING": (["SEATTLE", "BELLEVUE", "KENT", "RENTON", "REDMOND"], 40, "981"),
    "PIERCE": (["TACOMA", "LAKEWOOD", "PUYALLUP"], 14, "984"),
    "SNOHOMISH": (["EVERETT", "LYNNWOOD", "EDMONDS"], 12, "982"),
    "SPOKANE": (["SPOKANE", "SPOKANE VALLEY"], 10, "992"),
    "CLARK": (["VANCOUVER", "CAMAS"], 8, "986"),
    "THURSTON": (["OLYMPIA", "LACEY"], 5, "985"),
    "YAKIMA": (["YAKIMA", "SUNNYSIDE"], 5, "989"),
    "WHATCOM": (["BELLINGHAM", "FERNDALE"], 6, "982"),
}
_LQ_A = ["BLUE", "RED", "GOLDEN", "OLD", "NORTHWEST", "CASCADE", "RAINIER", "SALISH", "IRON", "COPPER", "LUCKY"]
_LQ_B = ["HORSE", "OAK", "LANTERN", "ANCHOR", "BARREL", "FERN", "MOUNTAIN", "RIVER", "CROW", "SALMON", "PINE"]
_LQ_KIND = {
    "Brewery": "BREWING",
    "Winery": "CELLARS",
    "Distillery": "SPIRITS",
    "Tavern": "TAVERN",
    "Grocery Store - Beer & Wine": "MARKET",
    "Spirits Retailer": "LIQUOR",
}


def _liquor_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25506)
    rows = []
    numbers = rng.choice(np.arange(350000, 440000), size=3400, replace=False)
    types = list(_LQ_TYPES)
    counties = list(_LQ_PLACES)
    for i in range(3400):
        kind = _one(rng, types, [_LQ_TYPES[t][0] for t in types])
        county = _one(
            rng, counties, [_LQ_PLACES[c][1] * (2.5 if kind in ("Winery",) and c == "YAKIMA" else 1) for c in counties]
        )
        cities, _w, zip3 = _LQ_PLACES[county]
        city = _one(rng, cities, [3] + [1] * (len(cities) - 1))
        venue = _LQ_KIND.get(kind) or _one(rng, ["KITCHEN", "BISTRO", "GRILL", "CAFE", "TAQUERIA"])
        trade = f"{_one(rng, _LQ_A)} {_one(rng, _LQ_B)} {venue}"
        legal = f"{trade.split()[0]} {trade.split()[1]} {_one(rng, ['LLC', 'INC', 'HOLDINGS LLC', 'CORP', 'LLC'])}"
        status = _one(rng, ["ACTIVE", "EXPIRED", "SUSPENDED", "PENDING", "DISCONTINUED"], [72, 10, 2, 5, 11])
        issued = pd.Timestamp("2005-01-01") + pd.Timedelta(days=int(rng.integers(0, 365 * 20)))
        if status == "PENDING":
            issued = pd.Timestamp("2024-09-01") + pd.Timedelta(days=int(rng.integers(0, 120)))
        if status == "ACTIVE":
            exp = pd.Timestamp(int(_one(rng, [2025, 2025, 2025, 2026])), issued.month, 1) + pd.offsets.MonthEnd(0)
        elif status == "PENDING":
            exp = None
        else:
            exp = pd.Timestamp(
                int(rng.integers(min(max(issued.year + 1, 2012), 2024), 2025)), issued.month, 1
            ) + pd.offsets.MonthEnd(0)
        risk = {"Tavern": 1.6, "Restaurant - Spirits, Beer & Wine": 1.0, "Grocery Store - Beer & Wine": 0.7}.get(
            kind, 0.4
        )
        viol = int(rng.poisson(risk * (3 if status == "SUSPENDED" else 1)))
        z = f"{zip3}{int(rng.integers(0, 100)):02d}"
        if rng.random() < 0.15:
            z += f"-{int(rng.integers(1000, 9999))}"
        rows.append(
            {
                "License Number": int(numbers[i]),
                "Licensee": legal,
                "Trade Name": trade,
                "License Type": kind,
                "Status": status,
                "County": county,
                "City": city,
                "Zip": z,
                "Issue Date": f"{issued:%m/%d/%Y}",
                "Expiration Date": "" if exp is None else f"{exp:%m/%d/%Y}",
                "Privileges": _LQ_TYPES[kind][1],
                "Violations": viol,
            }
        )
    return pd.DataFrame(rows)


def _lq_exp_year(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Expiration Date"), format="%m/%d/%Y", errors="coerce").dt.year


_LQ_QS = [
    Q(
        "how many licenses are currently active",
        _count(lambda df: int((_text(df, "Status") == "ACTIVE").sum())),
        ("Status",),
    ),
    Q(
        "what county has the most breweries",
        either(
            _lead(_named(lambda df: _top(_text(df, "County")[_text(df, "License Type") == "Brewery"].value_counts()))),
            _lead(
                _named(
                    lambda df: _top(
                        _text(df, "County")[
                            (_text(df, "License Type") == "Brewery") & (_text(df, "Status") == "ACTIVE")
                        ].value_counts()
                    )
                )
            ),
        ),
        ("County", "License Type", "Status"),
    ),
    Q(
        "what percent are suspended",
        _share(lambda df: float((_text(df, "Status") == "SUSPENDED").mean())),
        ("Status",),
    ),
    Q(
        "how many are set to expire in 2025",
        either(
            _count(lambda df: int((_lq_exp_year(df) == 2025).sum())),
            _count(lambda df: int(((_lq_exp_year(df) == 2025) & (_text(df, "Status") == "ACTIVE")).sum())),
        ),
        ("Expiration Date", "Status"),
    ),
    Q(
        "which kind of license racks up the most violations on average",
        _lead(_named(lambda df: _top(df.groupby(_text(df, "License Type"))["Violations"].mean()))),
        ("License Type", "Violations"),
    ),
    Q(
        "how many places in seattle have 3 or more violations",
        _count(lambda df: int(((_text(df, "City") == "SEATTLE") & (df["Violations"] >= 3)).sum())),
        ("City", "Violations"),
    ),
]


# --- 7. Housing Choice Voucher utilization -------------------------------------------------------------------------


def _voucher_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25507)
    rows = []
    authorized = 4200
    leased = 3900
    waitlist = 6000
    for i, month in enumerate(pd.date_range("2000-01-01", "2024-12-01", freq="MS")):
        if month.month == 1 and i and rng.random() < 0.35:
            authorized += int(_one(rng, [50, 100, 150, 200]))
        hap = 420 * (1.028 ** (i / 12)) * float(rng.uniform(0.98, 1.02))
        days = int(np.clip(rng.normal(45 + (hap - 420) * 0.06, 8), 14, 160))
        budget_per = 420 * (1.026 ** (i / 12))
        admissions = int(rng.poisson(60 if month.year not in (2013,) else 15))
        turnover = int(rng.poisson(55))
        port_in = int(rng.poisson(6))
        port_out = int(rng.poisson(7))
        leased = int(min(authorized * 1.02, leased + admissions - turnover + port_in - port_out))
        if month.year == 2013 and month.month >= 3:  # sequestration
            leased = int(leased * 0.995)
        waitlist = max(200, waitlist + int(rng.normal(40, 120)) - admissions)
        if month.month == 4 and month.year in (2008, 2016, 2022):
            waitlist += int(rng.integers(4000, 9000))  # list reopened
        hap_total = leased * hap
        budget = authorized * budget_per * float(rng.uniform(0.95, 1.03))
        rows.append(
            {
                "Reporting Month": f"{month:%Y-%m}",
                "Vouchers Authorized": authorized,
                "Vouchers Leased": leased,
                "Utilization Rate (%)": f"{100 * leased / authorized:.1f}%",
                "Budget Authority ($)": f"${budget:,.0f}",
                "HAP Expenses ($)": f"${hap_total:,.0f}",
                "Average HAP Per Unit ($)": round(hap, 2),
                "Waitlist Size": "N/A" if rng.random() < 0.08 and i < 299 else waitlist,
                "New Admissions": admissions,
                "Voucher Turnovers": turnover,
                "Port-Ins": port_in,
                "Port-Outs": port_out,
                "Average Days To Lease Up": days,
            }
        )
    return pd.DataFrame(rows)


def _hv_month(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Reporting Month"), format="%Y-%m")


def _hv_year(df: pd.DataFrame, year: int) -> pd.DataFrame:
    return df[_hv_month(df).dt.year == year]


_HV_QS = [
    Q(
        "what was utilization like in 2023 on average",
        either(
            _about(lambda df: float(_num(_hv_year(df, 2023), "Utilization Rate (%)").mean()), rel=0.002),
            _about(
                lambda df: (
                    100
                    * float(
                        _hv_year(df, 2023)["Vouchers Leased"].sum() / _hv_year(df, 2023)["Vouchers Authorized"].sum()
                    )
                ),
                rel=0.002,
            ),
        ),
        ("Utilization Rate (%)", "Reporting Month", "Vouchers Leased", "Vouchers Authorized"),
    ),
    Q(
        "which month had the highest utilization ever",
        _lead(_month_year(lambda df: _hv_month(df)[_num(df, "Utilization Rate (%)").idxmax()])),
        ("Utilization Rate (%)", "Reporting Month"),
    ),
    Q(
        "how much did we pay out in housing assistance in 2024",
        _amount(lambda df: float(_num(_hv_year(df, 2024), "HAP Expenses ($)").sum())),
        ("HAP Expenses ($)", "Reporting Month"),
    ),
    Q(
        "how many months did we spend more than the budget",
        _count(lambda df: int((_num(df, "HAP Expenses ($)") > _num(df, "Budget Authority ($)")).sum())),
        ("HAP Expenses ($)", "Budget Authority ($)", "Reporting Month"),
    ),
    Q(
        "how long is the waiting list right now",
        _count(lambda df: int(_num(df, "Waitlist Size").dropna().iloc[-1])),
        ("Waitlist Size", "Reporting Month"),
    ),
    Q(
        "does it take longer to lease up when the average payment per unit is higher",
        _corr(lambda df: _num(df, "Average HAP Per Unit ($)"), lambda df: _num(df, "Average Days To Lease Up")),
        ("Average HAP Per Unit ($)", "Average Days To Lease Up"),
    ),
]


HELDOUT255: list[Dataset] = [
    Dataset("fanduel_bet_history", _fanduel_frame, _FD_QS),
    Dataset("grouvee_collection", _grouvee_frame, _GV_QS),
    Dataset("truetrophies_game_list", _trophies_frame, _TT_QS),
    Dataset("codestats_activity", _codestats_frame, _CS_QS),
    Dataset("library_card_signups", _library_frame, _LC_QS),
    Dataset("liquor_license_list", _liquor_frame, _LQ_QS),
    Dataset("hcv_voucher_utilization", _voucher_frame, _HV_QS),
]
