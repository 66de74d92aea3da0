"""HELDOUT331: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: an ice fishing derby's catch
log (three one-day derbies in January and February 2024, one row per fish brought to the scale) with Angler, Team
(some anglers fish alone and have a blank Team), Lake ("Mille Lacs", "Gull Lake", "Lake Winnibigoshish"), Species as
the volunteers typed it (WALLEYE, PERCH, PIKE, CRAPPIE, now and then "Walleye" or "perch"), "Length (in)" to a
quarter inch, "Weight (lb)" to two decimals (blank for a few fish released before they were weighed), "Time Caught"
as "1/27/2024 9:42 AM", "Hole #", Released (Y/N) and Prize ("$500", "$250", "$100" for the places, blank for the
rest); a state's wild turkey harvest reports (spring and fall seasons 2022 to 2024, one row per bird, hunters
repeat) with "Report Date" as "04/22/2024", County in upper case, "Hunter ID" as "H0012345", Season (Spring, Fall),
Method (Shotgun, Archery, Crossbow), "Beard Length (in)" and "Spur Length (in)" (blank for hens and for beardless
fall birds; spurs 0 for jakes now and then), "Weight (lb)", "Youth Hunter" (Y/N) and "Land Type" (Public, Private);
a game farm's pheasant release and harvest log (seasons 2021-22 to 2023-24, October to March, one row per hunt) with
Date as "10/14/2023", Field ("North 40", "Creek Bottom", "Cedar Strip", "Switchgrass", "Old Orchard"), "Birds
Released", Hunters, "Birds Harvested" (never more than released), "Hens Harvested" (hens are only legal on the
preserve's hen hunts, mostly 0), "Dogs Used", Guide (first names) and "Fee Per Hunter" as "$175.00" ($195.00 from
the 2022-23 season, $25 more on hen hunts); a duck banding station's capture records (August and September 2022 to
2024, one row per capture, a recaptured bird repeats its band) with "Band Number" as "1807-42315", Species (Mallard,
"Wood Duck", "Blue-winged Teal", "American Black Duck", "Northern Pintail"), Sex (M, F, U), "Age Class" (AHY, HY,
U), "Wing Chord (mm)", "Weight (g)" (blank now and then), "Capture Date" as "2023-08-21", Recapture (Y/N), Bander as
initials and Trap ("Swim-in 1", "Swim-in 2", "Rocket Net", "Bait Trap"); a pool league's player statistics for one
session (one row per player, then a "LEAGUE TOTAL" row with a blank Team) with Player, Team, SL (skill level 2 to
7), MP and MW (matches played and won), "Win %" as "62%" ("0%" with no matches, blank for the total row), "Games
Won", "Games Lost", "8 on Break", "Break & Run" and Points; a Scrabble club's game log (2024, every game written
twice, once from each player's side) with Date as "2024-03-12", Player, Opponent, "Player Score", "Opponent Score",
Bingos, "High Word" (the best single play's score), Spread (player minus opponent), "Rating Before" and "Rating
After"; and an airsoft field's session bookings (April to October 2024, one row per player per session) with Date as
"6/15/2024", Session (Day, Night), "Player Name", Age, "Rental Gun" (Y/N), "BB Bags", "Entry Fee" as "$35.00" (day
$35, night $40, $5 off for group bookings), Team (Red, Blue, blank before teams are picked), "Waiver Signed" (Y/N,
blank now and then) and "Group Booking" (a party name, blank for walk-ins). All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _year
from .heldout253 import _amount, _num, _text, _top, _typical
from .heldout328 import _FIRST, _LAST, _date, _either_count, _either_named, _flag
from .offline_eval import Check, Dataset, Q, both, either
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _person(rng: np.random.Generator) -> str:
    return f"{_one(rng, _FIRST)} {_one(rng, _LAST)}"


def _people(rng: np.random.Generator, n: int) -> list[str]:
    names: list[str] = []
    while len(names) < n:
        name = _person(rng)
        if name not in names:
            names.append(name)
    return names


def _all_named(values: Callable[[pd.DataFrame], list[str]]) -> Check:
    def check(answer: str, df: pd.DataFrame) -> str | None:
        for v in values(df):
            why = _named(lambda _d, v=v: v)(answer, df)
            if why:
                return why
        return None

    return check


# --- 1. Ice fishing derby catch log --------------------------------------------------------------------------------

_IF_SPECIES = {"WALLEYE": (16.0, 2.6, 30), "PERCH": (9.5, 1.4, 40), "PIKE": (24.0, 4.5, 15), "CRAPPIE": (10.5, 1.3, 15)}
_IF_LAKES = ["Mille Lacs", "Gull Lake", "Lake Winnibigoshish"]
_IF_DAYS = ["2024-01-13", "2024-01-27", "2024-02-10"]
_IF_TEAMS = [
    "Hole Hoppers",
    "Frozen Assets",
    "Tip-Up Titans",
    "Shanty Boys",
    "Auger Doctors",
    "Cold Feet",
    "Slab Masters",
]


def _derby_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33101)
    anglers = _people(rng, 160)
    team_of = {a: (_one(rng, _IF_TEAMS) if rng.random() < 0.8 else "") for a in anglers}
    rows: list[dict[str, Any]] = []
    for i, day in enumerate(_IF_DAYS):
        lake = _IF_LAKES[i]
        for _ in range(int(rng.integers(380, 460))):
            sp = str(_one(rng, list(_IF_SPECIES), [v[2] for v in _IF_SPECIES.values()]))
            mean, sd, _w = _IF_SPECIES[sp]
            length = max(5.0, round(float(rng.normal(mean, sd)) * 4) / 4)
            weight = round(0.000335 * length**3.2 * float(rng.lognormal(0, 0.1)), 2)
            when = pd.Timestamp(day) + pd.Timedelta(minutes=int(7 * 60 + rng.integers(0, 9 * 60)))
            released = rng.random() < (0.45 if sp in ("PIKE", "WALLEYE") else 0.2)
            angler = str(_one(rng, anglers))
            shown = sp if rng.random() < 0.9 else str(_one(rng, [sp.title(), sp.lower()]))
            rows.append(
                {
                    "Angler": angler,
                    "Team": team_of[angler],
                    "Lake": lake,
                    "Species": shown,
                    "Length (in)": length,
                    "Weight (lb)": np.nan if released and rng.random() < 0.15 else weight,
                    "Time Caught": f"{when:%-m/%-d/%Y %-I:%M %p}",
                    "Hole #": int(rng.integers(1, 250)),
                    "Released": "Y" if released else "N",
                    "Prize": "",
                }
            )
    df = pd.DataFrame(rows)
    days = pd.to_datetime(df["Time Caught"], format="%m/%d/%Y %I:%M %p").dt.date
    for _day, idx in df.groupby(days).groups.items():
        best = df.loc[idx, "Weight (lb)"].sort_values(ascending=False).index[:3]
        for place, j in zip(["$500", "$250", "$100"], best, strict=True):
            df.loc[j, "Prize"] = place
    return df


def _if_species(df: pd.DataFrame, sp: str) -> pd.Series:
    return _text(df, "Species").str.upper() == sp


def _if_biggest_pike(df: pd.DataFrame) -> str:
    pike = df[_if_species(df, "PIKE")]
    return str(pike.loc[_num(pike, "Weight (lb)").idxmax(), "Angler"])


_IF_QS = [
    Q("how many fish were caught overall", _count(lambda df: len(df)), ("Angler", "Species")),
    Q(
        "whats the average length of a walleye",
        _typical(lambda df: _num(df, "Length (in)")[_if_species(df, "WALLEYE")]),
        ("Species", "Length (in)"),
    ),
    Q(
        "which team brought in the most total weight",
        _lead(
            _named(lambda df: _top(_num(df, "Weight (lb)").groupby(_text(df, "Team")[_text(df, "Team") != ""]).sum()))
        ),
        ("Team", "Weight (lb)"),
    ),
    Q(
        "who caught the heaviest pike",
        _lead(_named(_if_biggest_pike)),
        ("Angler", "Species", "Weight (lb)"),
    ),
    Q(
        "what % of the fish got released",
        _share(lambda df: float(_flag(df, "Released").mean())),
        ("Released",),
    ),
    Q(
        "how many fish have no weight recorded",
        _count(lambda df: int(_num(df, "Weight (lb)").isna().sum())),
        ("Weight (lb)",),
    ),
]


# --- 2. Wild turkey harvest reports --------------------------------------------------------------------------------

_WT_COUNTIES = {"ADAMS": 6, "BROWN": 9, "CLARK": 5, "CRAWFORD": 11, "GRANT": 14, "JACKSON": 8, "MONROE": 10, "SAUK": 7}
_WT_METHODS = {"Shotgun": 78, "Archery": 9, "Crossbow": 13}


def _turkey_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33102)
    hunters = [f"H{int(x):07d}" for x in rng.choice(np.arange(10000, 99999), 900, replace=False)]
    youth = {h: rng.random() < 0.12 for h in hunters}
    rows: list[dict[str, Any]] = []
    for year, n in [(2022, 1050), (2023, 1240), (2024, 1130)]:
        for _ in range(n):
            spring = rng.random() < 0.82
            if spring:
                day = pd.Timestamp(year, 4, 12) + pd.Timedelta(days=int(rng.integers(0, 45)))
            else:
                day = pd.Timestamp(year, 10, 8) + pd.Timedelta(days=int(rng.integers(0, 40)))
            hen = (not spring) and rng.random() < 0.35
            jake = (not hen) and rng.random() < 0.18
            if hen:
                weight = float(rng.normal(10.5, 1.2))
                beard, spur = np.nan, np.nan
            elif jake:
                weight = float(rng.normal(15.0, 1.6))
                beard = round(float(rng.uniform(2.0, 5.0)) * 4) / 4
                spur = 0.0 if rng.random() < 0.4 else round(float(rng.uniform(0.1, 0.4)), 2)
            else:
                beard = round(float(rng.normal(9.6, 1.3)) * 4) / 4
                spur = round(float(rng.normal(0.95, 0.2)), 2)
                weight = float(rng.normal(20.5, 2.2)) + 0.6 * (beard - 9.6)
            hunter = str(_one(rng, hunters))
            rows.append(
                {
                    "Report Date": f"{day:%m/%d/%Y}",
                    "County": str(_one(rng, list(_WT_COUNTIES), list(_WT_COUNTIES.values()))),
                    "Hunter ID": hunter,
                    "Season": "Spring" if spring else "Fall",
                    "Method": str(_one(rng, list(_WT_METHODS), list(_WT_METHODS.values()))),
                    "Beard Length (in)": beard,
                    "Spur Length (in)": spur,
                    "Weight (lb)": round(weight, 1),
                    "Youth Hunter": "Y" if youth[hunter] else "N",
                    "Land Type": "Public" if rng.random() < 0.22 else "Private",
                }
            )
    return pd.DataFrame(rows)


def _wt_weight(season: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda df: _num(df, "Weight (lb)")[_text(df, "Season") == season]


_WT_QS = [
    Q("how many turkeys got reported", _count(lambda df: len(df)), ("Report Date", "Hunter ID")),
    Q(
        "which county had the most birds taken",
        _lead(_named(lambda df: _top(_text(df, "County").value_counts()))),
        ("County",),
    ),
    Q(
        "average weight spring vs fall?",
        both(_typical(_wt_weight("Spring")), _typical(_wt_weight("Fall"))),
        ("Weight (lb)", "Season"),
    ),
    Q(
        "what share of the harvest came from youth hunters",
        _share(lambda df: float(_flag(df, "Youth Hunter").mean())),
        ("Youth Hunter",),
    ),
    Q(
        "which year had the biggest harvest",
        _year(lambda df: int(_date(df, "Report Date", "%m/%d/%Y").dt.year.value_counts().idxmax())),
        ("Report Date",),
    ),
    Q(
        "do longer beards go with heavier birds",
        _corr(lambda d: _num(d, "Beard Length (in)"), lambda d: _num(d, "Weight (lb)")),
        ("Beard Length (in)", "Weight (lb)"),
    ),
]


# --- 3. Pheasant game farm release and harvest log -----------------------------------------------------------------

_PH_FIELDS = {"North 40": 0.62, "Creek Bottom": 0.71, "Cedar Strip": 0.55, "Switchgrass": 0.78, "Old Orchard": 0.5}
_PH_GUIDES = ["Dale", "Rick", "Tammy", "Curt", "Jolene", "Marv"]


def _pheasant_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33103)
    rows: list[dict[str, Any]] = []
    for start in (2021, 2022, 2023):
        days = pd.date_range(f"{start}-10-01", f"{start + 1}-03-31")
        days = days[(days.dayofweek >= 4) | (rng.random(len(days)) < 0.15)]
        for day in days:
            for _ in range(int(rng.integers(0, 4))):
                field = str(_one(rng, list(_PH_FIELDS)))
                hunters = int(_one(rng, [1, 2, 3, 4, 5, 6], [1, 4, 4, 4, 2, 1]))
                released = int(hunters * int(_one(rng, [3, 4, 5])) + rng.integers(0, 4))
                rate = _PH_FIELDS[field]
                dogs = int(_one(rng, [0, 1, 2, 3], [1, 5, 3, 1]))
                harvested = int(min(released, rng.binomial(released, min(0.95, rate * (0.7 + 0.15 * dogs)))))
                hen_hunt = rng.random() < 0.1
                fee = 175 if day.year == 2021 or (day.year == 2022 and day.month < 7) else 195
                rows.append(
                    {
                        "Date": f"{day:%m/%d/%Y}",
                        "Field": field,
                        "Birds Released": released,
                        "Hunters": hunters,
                        "Birds Harvested": harvested,
                        "Hens Harvested": int(rng.binomial(harvested, 0.3)) if hen_hunt else 0,
                        "Dogs Used": dogs,
                        "Guide": str(_one(rng, _PH_GUIDES, [4, 3, 3, 2, 2, 1])),
                        "Fee Per Hunter": f"${fee + (25 if hen_hunt else 0):.2f}",
                    }
                )
    return pd.DataFrame(rows)


def _ph_rates(df: pd.DataFrame, pooled: bool) -> pd.Series:
    field = _text(df, "Field")
    got, out = _num(df, "Birds Harvested"), _num(df, "Birds Released")
    if pooled:
        return got.groupby(field).sum() / out.groupby(field).sum()
    return (got / out).groupby(field).mean()


_PH_QS = [
    Q(
        "how many birds were put out in total",
        _amount(lambda df: float(_num(df, "Birds Released").sum())),
        ("Birds Released",),
    ),
    Q(
        "and what percent of them got shot?",
        either(
            _share(lambda df: float(_num(df, "Birds Harvested").sum() / _num(df, "Birds Released").sum())),
            _share(lambda df: float((_num(df, "Birds Harvested") / _num(df, "Birds Released")).mean())),
        ),
        ("Birds Released", "Birds Harvested"),
    ),
    Q(
        "which field gives the best harvest rate",
        _either_named(lambda df: _top(_ph_rates(df, True)), lambda df: _top(_ph_rates(df, False))),
        ("Field", "Birds Released", "Birds Harvested"),
    ),
    Q(
        "how much money came in from hunter fees",
        _amount(lambda df: float((_num(df, "Fee Per Hunter") * _num(df, "Hunters")).sum())),
        ("Fee Per Hunter", "Hunters"),
    ),
    Q(
        "which guide took out the most hunters",
        _either_named(
            lambda df: _top(_num(df, "Hunters").groupby(_text(df, "Guide")).sum()),
            lambda df: _top(_text(df, "Guide").value_counts()),
        ),
        ("Guide", "Hunters"),
    ),
    Q(
        "do more dogs mean more birds bagged",
        _corr(lambda d: _num(d, "Dogs Used"), lambda d: _num(d, "Birds Harvested")),
        ("Dogs Used", "Birds Harvested"),
    ),
]


# --- 4. Duck banding station captures ------------------------------------------------------------------------------

# species: weight, wing chord mm (male), weight g (male), female factor
_DB_SPECIES = {
    "Mallard": (45, 285, 1250, 0.88),
    "Wood Duck": (25, 228, 680, 0.9),
    "Blue-winged Teal": (15, 188, 410, 0.92),
    "American Black Duck": (10, 282, 1330, 0.87),
    "Northern Pintail": (5, 270, 1000, 0.85),
}
_DB_BANDERS = ["JRK", "MLS", "TAB", "KEH", "DWP"]
_DB_TRAPS = ["Swim-in 1", "Swim-in 2", "Rocket Net", "Bait Trap"]


def _banding_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33104)
    rows: list[dict[str, Any]] = []
    banded: list[dict[str, Any]] = []
    serial = 42000
    for year in (2022, 2023, 2024):
        days = pd.date_range(f"{year}-08-01", f"{year}-09-30")
        for _ in range(int(rng.integers(600, 760))):
            day = days[int(rng.integers(len(days)))]
            if banded and rng.random() < 0.09:
                bird = dict(banded[int(rng.integers(len(banded)))])
                recap = True
            else:
                sp = str(_one(rng, list(_DB_SPECIES), [v[0] for v in _DB_SPECIES.values()]))
                serial += int(rng.integers(1, 4))
                bird = {"band": f"1807-{serial}", "sp": sp, "sex": str(_one(rng, ["M", "F", "U"], [48, 48, 4]))}
                bird["age"] = str(_one(rng, ["AHY", "HY", "U"], [45, 52, 3]))
                banded.append(bird)
                recap = False
            _w, wing, grams, fem = _DB_SPECIES[bird["sp"]]
            f = fem if bird["sex"] == "F" else (1.0 if bird["sex"] == "M" else 0.94)
            young = 0.96 if bird["age"] == "HY" else 1.0
            rows.append(
                {
                    "Band Number": bird["band"],
                    "Species": bird["sp"],
                    "Sex": bird["sex"],
                    "Age Class": bird["age"],
                    "Wing Chord (mm)": round(wing * f**0.5 * young + float(rng.normal(0, 6))),
                    "Weight (g)": np.nan if rng.random() < 0.06 else round(grams * f * young * rng.lognormal(0, 0.08)),
                    "Capture Date": f"{day:%Y-%m-%d}",
                    "Recapture": "Y" if recap else "N",
                    "Bander": str(_one(rng, _DB_BANDERS, [5, 4, 3, 2, 1])),
                    "Trap": str(_one(rng, _DB_TRAPS, [4, 3, 2, 3])),
                }
            )
    return pd.DataFrame(rows).sort_values("Capture Date", kind="stable").reset_index(drop=True)


def _db_weight(sex: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda df: _num(df, "Weight (g)")[(_text(df, "Species") == "Mallard") & (_text(df, "Sex") == sex)]


_DB_QS = [
    Q(
        "how many different ducks were banded",
        _either_count(lambda df: int(df["Band Number"].nunique()), lambda df: int((~_flag(df, "Recapture")).sum())),
        ("Band Number", "Recapture"),
    ),
    Q(
        "what species did we catch the most",
        _lead(_named(lambda df: _top(_text(df, "Species").value_counts()))),
        ("Species",),
    ),
    Q(
        "avg weight of male vs female mallards",
        both(_typical(_db_weight("M")), _typical(_db_weight("F"))),
        ("Species", "Sex", "Weight (g)"),
    ),
    Q(
        "what fraction of captures were recaptures",
        _share(lambda df: float(_flag(df, "Recapture").mean())),
        ("Recapture",),
    ),
    Q(
        "who banded the most birds",
        _either_named(
            lambda df: _top(_text(df, "Bander").value_counts()),
            lambda df: _top(_text(df, "Bander")[~_flag(df, "Recapture")].value_counts()),
        ),
        ("Bander", "Recapture"),
    ),
    Q(
        "how many ducks did we catch in september 2023",
        _count(lambda df: int(_date(df, "Capture Date", "%Y-%m-%d").dt.strftime("%Y-%m").eq("2023-09").sum())),
        ("Capture Date",),
    ),
]


# --- 5. Pool league player stats -----------------------------------------------------------------------------------

_PL_TEAMS = [
    "Rack Attack", "Cue Tips", "Scratch That", "Chalk Dust", "Side Pocket Posse", "Bank Shots", "8 Ball Wizards",
    "Felt Up", "Corner Pocket", "Stroke of Luck", "Kiss Shot", "Break Point", "Sharks", "Sticks & Stones",
    "Lucky Rollers", "Ball Busters", "Rail Riders", "Bridge Club", "Cue Balls", "Slop Shots",
    "Dead Stroke", "Masse Mayhem", "Hustlers", "Pocket Rockets", "Combo Kings", "Jump Shot Jokers",
    "Nine Lives", "Table Runners", "Eight Is Enough", "Chalk It Up", "Sink Or Swim", "Ghost Ballers",
    "Rolling Thunder", "Safety First", "Draw Partners", "English Majors", "Straight Shooters", "Last Call",
    "Bar Box Bandits", "Double Kiss", "Cheap Shots", "Frozen Rope", "Hanger Hunters", "Spin Doctors",
    "Pool Sharks", "Cue Crew", "Ball in Hand", "Rack Em Up", "Stripes", "Solids", "Coin Flippers",
    "Wedge Hogs", "Cut Throats", "Lag Winners", "Tip Top", "Money Ball", "Run Out Gang", "Kick Shot Crew",
    "Slate Mates", "Dirty Rails",
]  # fmt: skip


def _league_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33105)
    names = _people(rng, 420)
    rows: list[dict[str, Any]] = []
    for i, name in enumerate(names):
        sl = int(_one(rng, [2, 3, 4, 5, 6, 7], [6, 22, 28, 24, 13, 7]))
        mp = int(rng.integers(0, 17)) if rng.random() < 0.92 else 0
        p = float(np.clip(0.5 + 0.03 * (sl - 4) + rng.normal(0, 0.12), 0.05, 0.95))
        mw = int(rng.binomial(mp, p))
        race = 3 + (sl - 2) // 2
        gw = int(mw * race + rng.binomial((mp - mw) * race, 0.45))
        gl = int((mp - mw) * race + rng.binomial(mw * race, 0.35))
        games = gw + gl
        rows.append(
            {
                "Player": name,
                "Team": _PL_TEAMS[i // 7],
                "SL": sl,
                "MP": mp,
                "MW": mw,
                "Win %": f"{round(100 * mw / mp) if mp else 0}%",
                "Games Won": gw,
                "Games Lost": gl,
                "8 on Break": int(rng.binomial(games, 0.012 + 0.004 * (sl - 2))),
                "Break & Run": int(rng.binomial(games, 0.004 + 0.012 * (sl - 2))),
                "Points": int(mw * 2 + gw // 2 + rng.integers(0, 3) * (mp > 0)),
            }
        )
    df = pd.DataFrame(rows)
    total = {
        c: int(df[c].sum()) for c in ["MP", "MW", "Games Won", "Games Lost", "8 on Break", "Break & Run", "Points"]
    }
    total |= {"Player": "LEAGUE TOTAL", "Team": "", "SL": "", "Win %": ""}
    return pd.concat([df, pd.DataFrame([total])], ignore_index=True)


def _pl(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Player").str.upper() != "LEAGUE TOTAL"]


def _pl_best(df: pd.DataFrame) -> str:
    d = _pl(df)
    d = d[_num(d, "MP") >= 10]
    rate = (_num(d, "MW") / _num(d, "MP")).set_axis(_text(d, "Player"))
    return _top(rate)


_PL_QS = [
    Q("how many players are in the league", _count(lambda df: len(_pl(df))), ("Player",)),
    Q(
        "who has the best win rate among people with at least 10 matches",
        _lead(_named(_pl_best)),
        ("Player", "MP", "MW", "Win %"),
    ),
    Q(
        "how many 8 on the breaks were there all season",
        _count(lambda df: int(_num(_pl(df), "8 on Break").sum())),
        ("8 on Break",),
    ),
    Q(
        "which team had the most of those",
        _lead(_named(lambda df: _top(_num(_pl(df), "8 on Break").groupby(_text(_pl(df), "Team")).sum()))),
        ("Team", "8 on Break"),
    ),
    Q(
        "do higher skill levels win more often",
        either(
            _corr(
                lambda d: _num(_pl(d), "SL")[_num(_pl(d), "MP") > 0],
                lambda d: (_num(_pl(d), "MW") / _num(_pl(d), "MP"))[_num(_pl(d), "MP") > 0],
            ),
            _corr(lambda d: _num(_pl(d), "SL"), lambda d: _num(_pl(d), "Win %")),
        ),
        ("SL", "MP", "MW", "Win %"),
    ),
    Q(
        "top 3 players by points",
        _all_named(lambda df: list(_pl(df).sort_values("Points", ascending=False, kind="stable")["Player"][:3])),
        ("Player", "Points"),
    ),
]


# --- 6. Scrabble club game log -------------------------------------------------------------------------------------


def _scrabble_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33106)
    players = _people(rng, 28)
    skill = {p: float(rng.normal(0, 1)) for p in players}
    rating = {p: round(1200 + 250 * skill[p] + rng.normal(0, 60)) for p in players}
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2024-01-02", "2024-12-31", freq="W-TUE"):
        present = list(rng.choice(players, int(rng.integers(10, 19)), replace=False))
        for _round in range(3):
            order = list(rng.permutation(present))
            for a, b in zip(order[0::2], order[1::2], strict=False):
                res = {}
                for p in (a, b):
                    bingos = int(rng.poisson(1.1 + 0.35 * skill[p]) if skill[p] > -3 else 0)
                    score = round(330 + 22 * skill[p] + 45 * bingos + rng.normal(0, 40))
                    res[p] = (max(180, score), bingos, round(max(24, rng.normal(60 + 18 * bingos, 15))))
                win_a = res[a][0] - res[b][0]
                expect = 1 / (1 + 10 ** ((rating[b] - rating[a]) / 400))
                outcome = 1.0 if win_a > 0 else (0.0 if win_a < 0 else 0.5)
                delta = round(32 * (outcome - expect))
                for p, q, sign in ((a, b, 1), (b, a, -1)):
                    before = rating[p]
                    rating[p] = before + sign * delta
                    rows.append(
                        {
                            "Date": f"{day:%Y-%m-%d}",
                            "Player": p,
                            "Opponent": q,
                            "Player Score": res[p][0],
                            "Opponent Score": res[q][0],
                            "Bingos": res[p][1],
                            "High Word": res[p][2],
                            "Spread": res[p][0] - res[q][0],
                            "Rating Before": before,
                            "Rating After": rating[p],
                        }
                    )
    return pd.DataFrame(rows)


def _sc_top_word(df: pd.DataFrame) -> str:
    return str(df.loc[_num(df, "High Word").idxmax(), "Player"])


def _sc_gain(df: pd.DataFrame) -> pd.Series:
    d = df.assign(_when=_date(df, "Date", "%Y-%m-%d")).sort_values("_when", kind="stable")
    g = d.groupby(_text(d, "Player"))
    return _num(d, "Rating After").groupby(_text(d, "Player")).last() - g["Rating Before"].first().astype(float)


_SC_QS = [
    Q(
        "how many games are in the log",
        _either_count(lambda df: len(df), lambda df: len(df) // 2),
        ("Date", "Player", "Opponent"),
    ),
    Q(
        "who won the most games",
        _lead(_named(lambda df: _top((_num(df, "Spread") > 0).groupby(_text(df, "Player")).sum()))),
        ("Player", "Spread", "Player Score", "Opponent Score"),
    ),
    Q("what's a typical score", _typical(lambda df: _num(df, "Player Score")), ("Player Score",)),
    Q(
        "what was the highest scoring single word and who played it",
        both(_count(lambda df: float(_num(df, "High Word").max())), _named(_sc_top_word)),
        ("High Word", "Player"),
    ),
    Q(
        "which player gained the most rating over the year",
        _either_named(
            lambda df: _top(_sc_gain(df)),
            lambda df: _top((_num(df, "Rating After") - _num(df, "Rating Before")).groupby(_text(df, "Player")).sum()),
        ),
        ("Player", "Rating Before", "Rating After", "Date"),
    ),
    Q(
        "do more bingos mean higher scores",
        _corr(lambda d: _num(d, "Bingos"), lambda d: _num(d, "Player Score")),
        ("Bingos", "Player Score"),
    ),
]


# --- 7. Airsoft field session bookings -----------------------------------------------------------------------------

_AS_GROUPS = ["Miller Birthday", "Troop 114", "Hendricks Bachelor", "Youth Group", "Office Outing", "Taylor Party"]
_AS_MONTHS = {4: 0.7, 5: 1.0, 6: 1.5, 7: 1.7, 8: 1.4, 9: 1.0, 10: 1.2}


def _airsoft_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33107)
    regulars = _people(rng, 150)
    days = pd.date_range("2024-04-06", "2024-10-27")
    days = days[days.dayofweek >= 5]
    rows: list[dict[str, Any]] = []
    for day in days:
        for session in ("Day", "Night"):
            if session == "Night" and day.dayofweek != 5:
                continue
            base = (28 if session == "Day" else 14) * _AS_MONTHS[day.month]
            n_walk = int(rng.poisson(base))
            party: list[tuple[str, str]] = [(str(_one(rng, regulars)), "") for _ in range(n_walk)]
            if rng.random() < 0.35:
                group = f"{_one(rng, _AS_GROUPS)} {day:%-m/%-d}"
                party += [(_person(rng), group) for _ in range(int(rng.integers(6, 16)))]
            for name, group in party:
                age = int(np.clip(rng.normal(24 if not group else 17, 8), 12, 62))
                if session == "Night":
                    age = max(age, 16)
                fee = (35 if session == "Day" else 40) - (5 if group else 0)
                rental = rng.random() < (0.7 if group else 0.25)
                waiver = _one(rng, ["Y", "N", ""], [92, 5, 3])
                rows.append(
                    {
                        "Date": f"{day:%-m/%-d/%Y}",
                        "Session": session,
                        "Player Name": name,
                        "Age": age,
                        "Rental Gun": "Y" if rental else "N",
                        "BB Bags": int(rng.poisson(1.6 if rental else 0.9)),
                        "Entry Fee": f"${fee:.2f}",
                        "Team": str(_one(rng, ["Red", "Blue", ""], [47, 47, 6])),
                        "Waiver Signed": waiver,
                        "Group Booking": group,
                    }
                )
    return pd.DataFrame(rows)


_AS_QS = [
    Q(
        "how many bookings were for night games",
        _count(lambda df: int((_text(df, "Session") == "Night").sum())),
        ("Session",),
    ),
    Q("how old are the players usually", _typical(lambda df: _num(df, "Age")), ("Age",)),
    Q(
        "what share rented a gun",
        _share(lambda df: float(_flag(df, "Rental Gun").mean())),
        ("Rental Gun",),
    ),
    Q(
        "total made from entry fees?",
        _amount(lambda df: float(_num(df, "Entry Fee").sum())),
        ("Entry Fee",),
    ),
    Q(
        "how many people played without a signed waiver",
        _either_count(
            lambda df: int((_text(df, "Waiver Signed").str.upper() == "N").sum()),
            lambda df: int((_text(df, "Waiver Signed").str.upper() != "Y").sum()),
        ),
        ("Waiver Signed", "Player Name"),
    ),
    Q(
        "which month was the busiest",
        _month_year(lambda df: _date(df, "Date", "%m/%d/%Y").dt.to_period("M").value_counts().idxmax().to_timestamp()),
        ("Date",),
    ),
]


HELDOUT331 = [
    Dataset("ice_fishing_derby_catches", _derby_frame, _IF_QS),
    Dataset("wild_turkey_harvest_reports", _turkey_frame, _WT_QS),
    Dataset("pheasant_game_farm_log", _pheasant_frame, _PH_QS),
    Dataset("duck_banding_captures", _banding_frame, _DB_QS),
    Dataset("pool_league_player_stats", _league_frame, _PL_QS),
    Dataset("scrabble_club_game_log", _scrabble_frame, _SC_QS),
    Dataset("airsoft_session_bookings", _airsoft_frame, _AS_QS),
]
