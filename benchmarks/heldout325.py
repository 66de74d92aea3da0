"""HELDOUT325: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a cottage kitchen's jam and
preserves batch log (2024, one row per batch) with "Batch #" as "JB-0042", Product ("Strawberry Jam", "Peach
Preserves"), Fruit, "Fruit (lbs)", "Sugar (lbs)", "Jars Filled", "Jar Size (oz)" (4, 8 or 16), "Set Test" (Y, N,
sometimes lower case), pH (blank when not read), "Batch Date" as "03/14/2024" and "Best By" a year later; a rabbit
show's ARBA-style entry list (one row per rabbit) with "Ear #" tattoo, Exhibitor, Breed, Variety, Class ("Sr Buck",
"Jr Doe", "6-8 Doe"), "Weight (lb)", Placing (a number, "DQ" for disqualified), BOB (Y/N), Judge, "Entry Fee" as
"$4.00" and Division (Youth, Open); a squash club's challenge ladder (2024, one row per match) with "Match Date" as
"2024-01-15", Challenger, "Challenger Rank", Defender, "Defender Rank", "Games Won" and "Games Lost" from the
challenger's side (blank for walkovers), Winner, Court ("Court 1" to "Court 4") and "Booking Fee" as "$12.00" ("$0.00"
off peak); a boarding stable's feed and board chart (2024, one row per horse per month) with Month as "Jan 2024",
Horse, Owner, Stall ("B-07"), "Hay Flakes AM", "Hay Flakes PM", "Grain Type", "Grain (lbs/day)", Supplements (";"
separated, blank for none), "Turnout Group", "Monthly Board" as "$850.00" and "Farrier Due" as "3/12/2024"; a
cyclocross series' results (eight rounds, one row per start) with Race ("Rd 3 - Jackson Park"), Category ("Cat 3
Men", "Women 1/2/3"...), Place (blank for DNF and DNS), Rider, Team (blank when unattached), Laps, Time as "0:48:12"
(blank unless finished), Status (FIN, DNF, DNS), "Series Points" and "Upgrade Points"; an ultimate league's game log
(one row per team per game, so each game twice) with Date as "9/14/2024", Field, Team, Opponent, "Points For",
"Points Against", "Spirit Score" (received, out of 20, blank sometimes), MVP, Forfeit (Y/N, forfeits 13-0 with no
halftime) and Halftime as "8-5" from the row's side; and a stream team's macroinvertebrate survey (2024, one row per
taxon per sample) with Site, "Sample Date" as "2024-04-18", Taxon (a family), Order, Count, "Tolerance Value" (0 to
10), EPT (Y/N), Habitat (Riffle, Pool, Run) and Collector initials. All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _num, _text, _top
from .heldout323 import _date, _either_named, _people
from .offline_eval import Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _busiest(df: pd.DataFrame, col: str, fmt: str) -> pd.Timestamp:
    months = _date(df, col, fmt).dt.to_period("M")
    return months.value_counts().sort_index().idxmax().to_timestamp()


# --- 1. Jam batch log ----------------------------------------------------------------------------------------------

_JM_FRUIT = {
    "Strawberry": ("Jam", 3.2, 5), "Blueberry": ("Jam", 3.3, 4), "Raspberry": ("Jam", 3.1, 3),
    "Peach": ("Preserves", 3.5, 3), "Apricot": ("Preserves", 3.4, 2), "Cherry": ("Preserves", 3.4, 2),
    "Plum": ("Jam", 3.2, 2), "Pepper": ("Jelly", 3.6, 2), "Apple": ("Butter", 3.5, 2),
}  # fmt: skip


def _jam_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32501)
    rows: list[dict[str, Any]] = []
    days = sorted(int(x) for x in rng.integers(0, 366, size=430))
    for i, d in enumerate(days):
        fruit = str(_one(rng, list(_JM_FRUIT), [v[2] for v in _JM_FRUIT.values()]))
        kind, ph, _ = _JM_FRUIT[fruit]
        lbs = round(float(rng.uniform(4, 24)), 1)
        sugar = round(lbs * float(rng.uniform(0.55, 0.95)), 1)
        size = int(_one(rng, [4, 8, 16], [2, 6, 2]))
        jars = int(max(1, round((lbs + sugar) * 16 * 0.85 / size + rng.normal(0, 2))))
        ok = rng.random() < (0.9 if fruit != "Strawberry" else 0.8)
        flag = "Y" if ok else "N"
        if rng.random() < 0.05:
            flag = flag.lower()
        day = pd.Timestamp("2024-01-01") + pd.Timedelta(days=d)
        rows.append(
            {
                "Batch #": f"JB-{i + 1:04d}",
                "Product": f"{fruit} {kind}",
                "Fruit": fruit,
                "Fruit (lbs)": lbs,
                "Sugar (lbs)": sugar,
                "Jars Filled": jars,
                "Jar Size (oz)": size,
                "Set Test": flag,
                "pH": "" if rng.random() < 0.08 else round(ph + float(rng.normal(0, 0.12)), 2),
                "Batch Date": f"{day:%m/%d/%Y}",
                "Best By": f"{day + pd.DateOffset(years=1):%m/%d/%Y}",
            }
        )
    return pd.DataFrame(rows)


def _jm_failed(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Set Test").str.upper() == "N"


def _jm_top(how: str) -> Callable[[pd.DataFrame], str]:
    def pick(df: pd.DataFrame) -> str:
        fruit = _text(df, "Fruit")
        if how == "count":
            return _top(fruit.value_counts())
        return _top(_num(df, how).groupby(fruit).sum())

    return pick


_JM_QS = [
    Q("how many jars did we fill all year", _count(lambda df: int(_num(df, "Jars Filled").sum())), ("Jars Filled",)),
    Q(
        "what fruit do we make the most of",
        _either_named(_jm_top("count"), _jm_top("Jars Filled"), _jm_top("Fruit (lbs)")),
        ("Fruit", "Jars Filled", "Fruit (lbs)", "Batch #", "Product"),
    ),
    Q(
        "what percent of batches failed the set test",
        _share(lambda df: float(_jm_failed(df).mean())),
        ("Set Test", "Batch #"),
    ),
    Q(
        "and just the strawberry ones?",
        _share(lambda df: float(_jm_failed(df)[_text(df, "Fruit") == "Strawberry"].mean())),
        ("Set Test", "Fruit", "Batch #", "Product"),
    ),
    Q("whats the average ph", _about(lambda df: float(_num(df, "pH").mean()), rel=0.003), ("pH",)),
    Q("which month were we busiest", _month_year(lambda df: _busiest(df, "Batch Date", "%m/%d/%Y")), ("Batch Date",)),
]


# --- 2. Rabbit show entries ----------------------------------------------------------------------------------------

# breed: varieties, senior weight lb, share of entries
_RB_BREEDS: dict[str, tuple[list[str], float, int]] = {
    "Holland Lop": (["Broken Orange", "Chestnut", "Tort", "Broken Black"], 3.4, 8),
    "Mini Rex": (["Castor", "Black", "Broken Blue", "Opal"], 3.9, 7),
    "Netherland Dwarf": (["Ruby Eyed White", "Black Otter", "Chestnut"], 2.2, 6),
    "Mini Lop": (["Chestnut", "Broken Orange", "Sable Point"], 5.8, 4),
    "Dutch": (["Black", "Chocolate", "Blue"], 4.8, 3),
    "Californian": (["White"], 9.3, 2),
    "New Zealand": (["White", "Black", "Red"], 10.5, 3),
    "Lionhead": (["Tort", "Ruby Eyed White", "Blue"], 3.2, 4),
}
_RB_CLASSES = {"Sr Buck": 1.0, "Sr Doe": 1.05, "Jr Buck": 0.7, "Jr Doe": 0.72, "6-8 Buck": 0.85, "6-8 Doe": 0.88}


def _rabbit_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32502)
    exhibitors = _people(rng, 70)
    youth = {e: rng.random() < 0.4 for e in exhibitors}
    rows: list[dict[str, Any]] = []
    for _ in range(640):
        breed = str(_one(rng, list(_RB_BREEDS), [v[2] for v in _RB_BREEDS.values()]))
        cls = str(_one(rng, list(_RB_CLASSES)))
        ex = str(_one(rng, exhibitors))
        rows.append(
            {
                "Ear #": f"{_one(rng, list('ABCDEFGHKLMR'))}{int(rng.integers(1, 99))}",
                "Exhibitor": ex,
                "Breed": breed,
                "Variety": str(_one(rng, _RB_BREEDS[breed][0])),
                "Class": cls,
                "Weight (lb)": round(_RB_BREEDS[breed][1] * _RB_CLASSES[cls] * float(rng.normal(1, 0.07)), 2),
                "Judge": "",
                "Entry Fee": "$4.00" if youth[ex] else "$5.00",
                "Division": "Youth" if youth[ex] else "Open",
                "_q": float(rng.normal()),
            }
        )
    df = pd.DataFrame(rows)
    judges = {b: str(_one(rng, ["R. Kline", "D. Ortiz", "S. Beaman", "T. Walsh"])) for b in _RB_BREEDS}
    df["Judge"] = df["Breed"].map(judges)
    dq = rng.random(len(df)) < 0.04
    df["Placing"] = df.groupby(["Breed", "Class"])["_q"].rank(ascending=False, method="first").astype(int)
    df["Placing"] = df["Placing"].astype(str).where(~dq, "DQ")
    best = df[~dq].sort_values("_q", ascending=False).drop_duplicates("Breed").index
    df["BOB"] = np.where(df.index.isin(best), "Y", "N")
    cols = ["Ear #", "Exhibitor", "Breed", "Variety", "Class", "Weight (lb)", "Placing", "BOB", "Judge"]
    return df[[*cols, "Entry Fee", "Division"]]


_RB_QS = [
    Q("how many rabbits were entered", _count(lambda df: len(df)), ("Ear #",)),
    Q(
        "which breed had the most entries",
        _lead(_named(lambda df: _top(_text(df, "Breed").value_counts()))),
        ("Breed",),
    ),
    Q(
        "how much did the show take in from entry fees",
        _amount(lambda df: float(_num(df, "Entry Fee").sum())),
        ("Entry Fee",),
    ),
    Q(
        "avg weight of the senior does for mini rex",
        _about(
            lambda df: float(
                _num(df, "Weight (lb)")[(_text(df, "Breed") == "Mini Rex") & (_text(df, "Class") == "Sr Doe")].mean()
            ),
            rel=0.003,
        ),
        ("Weight (lb)", "Breed", "Class"),
    ),
    Q("how many got disqualified", _count(lambda df: int((_text(df, "Placing") == "DQ").sum())), ("Placing",)),
    Q(
        "what share of entries came from youth exhibitors",
        either(
            _share(lambda df: float((_text(df, "Division") == "Youth").mean())),
            _share(lambda df: float((df.drop_duplicates("Exhibitor")["Division"] == "Youth").mean())),
        ),
        ("Division", "Exhibitor"),
    ),
]


# --- 3. Squash challenge ladder ------------------------------------------------------------------------------------


def _squash_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32503)
    players = _people(rng, 40)
    skill = {p: float(rng.normal(0, 1)) for p in players}
    ladder = sorted(players, key=lambda p: -skill[p] + float(rng.normal(0, 0.8)))
    rows: list[dict[str, Any]] = []
    days = sorted(int(x) for x in rng.integers(0, 360, size=520))
    for d in days:
        lo = int(rng.integers(1, len(ladder)))
        hi = max(0, lo - int(rng.integers(1, 4)))
        ch, de = ladder[lo], ladder[hi]
        p = 1 / (1 + np.exp(-(skill[ch] - skill[de]) * 1.2))
        walkover = rng.random() < 0.04
        ch_wins = rng.random() < p
        if walkover:
            gw = gl = ""
        else:
            other = int(_one(rng, [0, 1, 2], [3, 4, 3]))
            gw, gl = (3, other) if ch_wins else (other, 3)
        day = pd.Timestamp("2024-01-03") + pd.Timedelta(days=d)
        peak = day.dayofweek < 5 and rng.random() < 0.6
        rows.append(
            {
                "Match Date": f"{day:%Y-%m-%d}",
                "Challenger": ch,
                "Challenger Rank": lo + 1,
                "Defender": de,
                "Defender Rank": hi + 1,
                "Games Won": gw,
                "Games Lost": gl,
                "Winner": ch if ch_wins else de,
                "Court": f"Court {int(rng.integers(1, 5))}",
                "Booking Fee": "$12.00" if peak else "$0.00",
            }
        )
        if ch_wins:
            ladder.insert(hi, ladder.pop(lo))
    return pd.DataFrame(rows)


def _sq_ch_won(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Winner") == _text(df, "Challenger")


def _sq_five(df: pd.DataFrame) -> int:
    total = _num(df, "Games Won") + _num(df, "Games Lost")
    return int((total == 5).sum())


_SQ_QS = [
    Q("how many ladder matches got played", _count(lambda df: len(df)), ("Match Date",)),
    Q(
        "how often does the challenger win",
        either(
            _share(lambda df: float(_sq_ch_won(df).mean())),
            _share(lambda df: float(_sq_ch_won(df)[_num(df, "Games Won").notna()].mean())),
        ),
        ("Challenger", "Winner"),
    ),
    Q(
        "who won the most matches",
        _lead(_named(lambda df: _top(_text(df, "Winner").value_counts()))),
        ("Winner",),
    ),
    Q("how many went the full five games", _count(_sq_five), ("Games Won", "Games Lost")),
    Q(
        "total court booking fees for the year?",
        _amount(lambda df: float(_num(df, "Booking Fee").sum())),
        ("Booking Fee",),
    ),
    Q(
        "what month had the most matches",
        _month_year(lambda df: _busiest(df, "Match Date", "%Y-%m-%d")),
        ("Match Date",),
    ),
]


# --- 4. Stable feed and board chart --------------------------------------------------------------------------------

_ST_HORSES = [
    "Biscuit", "Dakota", "Moonshine", "Rebel", "Willow", "Gus", "Pepper", "Jasper", "Maverick", "Daisy", "Scout",
    "Bentley", "Luna", "Tucker", "Sage", "Copper", "Blue", "Remi", "Whiskey", "Stormy", "Chance", "Honey",
    "Ranger", "Ziggy", "Penny", "Duke", "Tango", "Opal", "Fancy", "Murphy", "Cash", "Dolly",
]  # fmt: skip
_ST_GRAIN = {"Senior Feed": 5, "Sweet Feed": 3, "Ration Balancer": 1, "Pellets": 3, "None": 0}
_ST_SUPPS = ["SmartPak Joint", "Biotin", "Electrolytes", "Flax", "Vitamin E", "Probiotic"]


def _stable_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32504)
    owners = _people(rng, 24)
    horses = []
    for i, h in enumerate(_ST_HORSES):
        grain = str(_one(rng, list(_ST_GRAIN), [3, 3, 2, 3, 1]))
        supps = [str(s) for s in rng.choice(_ST_SUPPS, size=int(_one(rng, [0, 1, 2, 3], [3, 4, 3, 1])), replace=False)]
        horses.append(
            {
                "Horse": h,
                "Owner": str(_one(rng, owners)),
                "Stall": f"{_one(rng, ['A', 'B'])}-{i % 16 + 1:02d}",
                "am": int(_one(rng, [2, 3, 4])),
                "Grain Type": grain,
                "lbs": 0.0 if grain == "None" else round(_ST_GRAIN[grain] * float(rng.uniform(0.7, 1.4)) * 2) / 2,
                "Supplements": "; ".join(supps),
                "Turnout Group": str(_one(rng, ["Mares", "Geldings 1", "Geldings 2", "Private"], [3, 3, 3, 1])),
                "board": 950 if rng.random() < 0.3 else 850,
                "start": int(rng.integers(0, 4)) if rng.random() < 0.25 else 0,
                "end": 12 - int(rng.integers(1, 5)) if rng.random() < 0.15 else 12,
                "shoe": int(rng.integers(0, 42)),
            }
        )
    rows: list[dict[str, Any]] = []
    for m in range(12):
        month = pd.Timestamp(2024, m + 1, 1)
        for h in horses:
            if not h["start"] <= m < h["end"]:
                continue
            pm = h["am"] + int(_one(rng, [0, 1], [3, 1]))
            extra = 50 if h["Turnout Group"] == "Private" else 0
            rows.append(
                {
                    "Month": f"{month:%b %Y}",
                    "Horse": h["Horse"],
                    "Owner": h["Owner"],
                    "Stall": h["Stall"],
                    "Hay Flakes AM": h["am"],
                    "Hay Flakes PM": pm,
                    "Grain Type": h["Grain Type"],
                    "Grain (lbs/day)": h["lbs"],
                    "Supplements": h["Supplements"],
                    "Turnout Group": h["Turnout Group"],
                    "Monthly Board": f"${h['board'] + extra:,.2f}",
                    "Farrier Due": f"{month + pd.Timedelta(days=h['shoe'] % 28 + 3):%-m/%-d/%Y}",
                }
            )
    return pd.DataFrame(rows)


def _st_hay(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Hay Flakes AM") + _num(df, "Hay Flakes PM")


def _st_top_owner(df: pd.DataFrame) -> str:
    return _top(_num(df, "Monthly Board").groupby(_text(df, "Owner")).sum())


_ST_QS = [
    Q("how many horses do we board", _count(lambda df: int(df["Horse"].nunique())), ("Horse",)),
    Q(
        "total board billed for the year",
        _amount(lambda df: float(_num(df, "Monthly Board").sum())),
        ("Monthly Board", "Month"),
    ),
    Q("which owner paid us the most", _lead(_named(_st_top_owner)), ("Owner", "Monthly Board")),
    Q(
        "how many horses does that owner have here",
        _count(lambda df: int(df.loc[_text(df, "Owner") == _st_top_owner(df), "Horse"].nunique())),
        ("Owner", "Horse"),
    ),
    Q(
        "how many horses don't get any grain",
        either(
            _count(lambda df: int(df.loc[_text(df, "Grain Type").isin(["", "None"]), "Horse"].nunique())),
            _count(lambda df: int(_text(df, "Grain Type").isin(["", "None"]).sum())),
        ),
        ("Grain Type", "Grain (lbs/day)", "Horse"),
    ),
    Q(
        "which turnout group gets the most hay per horse per day",
        either(
            _lead(_named(lambda df: _top(_st_hay(df).groupby(_text(df, "Turnout Group")).mean()))),
            _lead(
                _named(
                    lambda df: _top(
                        _st_hay(df)
                        .groupby([_text(df, "Turnout Group"), _text(df, "Horse")])
                        .mean()
                        .groupby(level=0)
                        .mean()
                    )
                )
            ),
        ),
        ("Turnout Group", "Hay Flakes AM", "Hay Flakes PM", "Horse"),
    ),
]


# --- 5. Cyclocross series results ----------------------------------------------------------------------------------

_CX_RACES = [
    "Rd 1 - Jackson Park", "Rd 2 - Sunset Hill", "Rd 3 - Riverside", "Rd 4 - Campton Hills", "Rd 5 - Montrose",
    "Rd 6 - Lake Ellyn", "Rd 7 - Woodstock", "Rd 8 - Dan Ryan Woods",
]  # fmt: skip
_CX_CATS = {"Cat 1/2 Men": (24, 11), "Cat 3 Men": (38, 9), "Cat 4 Men": (45, 6), "Women 1/2/3": (18, 9)}
_CX_CATS |= {"Women 4": (16, 6), "Masters 40+": (34, 8), "Juniors": (14, 5)}
_CX_TEAMS = [
    "Half Acre Cycling", "Pony Shop", "Verge Sport", "xXx Racing", "Tati Cycles", "Alberto's CX", "Get A Grip",
    "Spin Doctor", "Rhythm Racing", "Bike Bros",
]  # fmt: skip
_CX_POINTS = [50, 45, 40, 36, 32, 29, 26, 24, 22, 20, 18, 16, 14, 12, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]


def _cx_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32505)
    names = iter(_people(rng, 260))
    fields: dict[str, list[tuple[str, str, float]]] = {}
    for cat, (n, _) in _CX_CATS.items():
        fields[cat] = []
        for _ in range(n):
            team = str(_one(rng, _CX_TEAMS)) if rng.random() < 0.7 else ""
            fields[cat].append((next(names), team, float(rng.normal(0, 1))))
    rows: list[dict[str, Any]] = []
    for race in _CX_RACES:
        for cat, (_, laps) in _CX_CATS.items():
            starters = [r for r in fields[cat] if rng.random() < 0.75]
            perf = {r[0]: r[2] + float(rng.normal(0, 0.6)) for r in starters}
            order = sorted(starters, key=lambda r: -perf[r[0]])
            place = 0
            for rider, team, _ in order:
                status = str(_one(rng, ["FIN", "DNF", "DNS"], [90, 7, 3]))
                row: dict[str, Any] = {"Race": race, "Category": cat, "Place": "", "Rider": rider, "Team": team}
                if status == "FIN":
                    place += 1
                    secs = int(laps * (330 - perf[rider] * 8) + place * 4)
                    pts = _CX_POINTS[place - 1] if place <= len(_CX_POINTS) else 0
                    up = max(0, 6 - place) if cat.startswith(("Cat 3", "Cat 4", "Women 4")) else 0
                    row |= {
                        "Place": place,
                        "Laps": laps,
                        "Time": f"{secs // 3600}:{secs % 3600 // 60:02d}:{secs % 60:02d}",
                    }
                    row |= {"Status": "FIN", "Series Points": pts, "Upgrade Points": up}
                else:
                    done = 0 if status == "DNS" else int(rng.integers(1, laps))
                    row |= {"Laps": done, "Time": "", "Status": status, "Series Points": 0, "Upgrade Points": 0}
                rows.append(row)
    return pd.DataFrame(rows)


def _cx_leader(df: pd.DataFrame) -> str:
    sub = df[_text(df, "Category") == "Cat 3 Men"]
    return _top(_num(sub, "Series Points").groupby(_text(sub, "Rider")).sum())


def _cx_status(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Status").str.upper()


_CX_QS = [
    Q("how many different riders raced this season", _count(lambda df: int(df["Rider"].nunique())), ("Rider",)),
    Q("how many dnfs were there", _count(lambda df: int((_cx_status(df) == "DNF").sum())), ("Status",)),
    Q(
        "which team racked up the most series points",
        _lead(
            _named(lambda df: _top(_num(df, "Series Points").groupby(_text(df, "Team")[_text(df, "Team") != ""]).sum()))
        ),
        ("Team", "Series Points"),
    ),
    Q("who's leading the cat 3 men", _lead(_named(_cx_leader)), ("Category", "Rider", "Series Points")),
    Q(
        "how many races did he finish",
        _count(lambda df: int(((_text(df, "Rider") == _cx_leader(df)) & (_cx_status(df) == "FIN")).sum())),
        ("Rider", "Status", "Race"),
    ),
    Q(
        "what share of starters didn't finish",
        either(
            _share(lambda df: float((_cx_status(df) == "DNF").sum() / (_cx_status(df) != "DNS").sum())),
            _share(lambda df: float((_cx_status(df) == "DNF").mean())),
            _share(lambda df: float((_cx_status(df) != "FIN").mean())),
        ),
        ("Status",),
    ),
]


# --- 6. Ultimate league game log -----------------------------------------------------------------------------------

_UF_TEAMS = [
    "Huck Norris", "Disc Jockeys", "Layout Legends", "Flick Nasty", "Stack Overflow", "Hammer Time", "Zone Defense",
    "Pull Request", "Sky Walkers", "Mint Condition", "Dump Truck", "Break Mark", "Hucking Fun", "Scoober Doo",
    "Greatest Hits", "Cup Cakes",
]  # fmt: skip
_UF_MVPS = ["Alex", "Sam", "Jordan", "Taylor", "Casey", "Riley", "Morgan", "Jamie", "Quinn", "Drew", "Avery", "Reese"]


def _ultimate_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32506)
    power = {t: float(rng.normal(0, 1)) for t in _UF_TEAMS}
    spirit = {t: float(rng.normal(13, 1.5)) for t in _UF_TEAMS}
    rows: list[dict[str, Any]] = []
    for week in range(20):
        day = pd.Timestamp("2024-04-02") + pd.Timedelta(days=7 * week)
        order = [_UF_TEAMS[i] for i in rng.permutation(len(_UF_TEAMS))]
        for g in range(8):
            a, b = order[2 * g], order[2 * g + 1]
            field = f"Field {g % 4 + 1}"
            if rng.random() < 0.04:
                loser = a if rng.random() < 0.5 else b
                sides = [(a, b, 0 if a == loser else 13, 13 if a == loser else 0, "", "Y")]
                sides.append((b, a, sides[0][3], sides[0][2], "", "Y"))
            else:
                p = 1 / (1 + np.exp(-(power[a] - power[b])))
                a_wins = rng.random() < p
                lose = int(rng.integers(4, 14))
                sa, sb = (15, lose) if a_wins else (lose, 15)
                ha = int(np.clip(round(sa / 2 + rng.normal(0, 1.5)), 0, 8))
                hb = int(np.clip(round(sb / 2 + rng.normal(0, 1.5)), 0, 8))
                if ha == hb:
                    ha, hb = (8, min(hb, 7)) if a_wins else (min(ha, 7), 8)
                if max(ha, hb) < 8:
                    ha, hb = (8, hb) if ha > hb else (ha, 8)
                sides = [(a, b, sa, sb, f"{ha}-{hb}", "N"), (b, a, sb, sa, f"{hb}-{ha}", "N")]
            for team, opp, pf, pa, half, forfeit in sides:
                sp = int(np.clip(round(spirit[team] + rng.normal(0, 1.5)), 4, 20))
                rows.append(
                    {
                        "Date": f"{day:%-m/%-d/%Y}",
                        "Field": field,
                        "Team": team,
                        "Opponent": opp,
                        "Points For": pf,
                        "Points Against": pa,
                        "Spirit Score": "" if forfeit == "Y" or rng.random() < 0.05 else sp,
                        "MVP": "" if forfeit == "Y" else f"{_one(rng, _UF_MVPS)} ({team.split()[0]})",
                        "Forfeit": forfeit,
                        "Halftime": half,
                    }
                )
    return pd.DataFrame(rows)


def _uf_wins(df: pd.DataFrame) -> pd.Series:
    won = _num(df, "Points For") > _num(df, "Points Against")
    return won.groupby(_text(df, "Team")).sum()


def _uf_half_held(df: pd.DataFrame) -> float:
    half = _text(df, "Halftime").str.split("-", expand=True)
    ok = _text(df, "Halftime") != ""
    h1, h2 = pd.to_numeric(half[0], errors="coerce"), pd.to_numeric(half[1], errors="coerce")
    led = ok & (h1 > h2)
    return float((_num(df, "Points For") > _num(df, "Points Against"))[led].mean())


_UF_QS = [
    Q(
        "which team won the most games",
        _lead(_named(lambda df: _top(_uf_wins(df)))),
        ("Team", "Points For", "Points Against"),
    ),
    Q(
        "how many games were forfeited",
        either(
            _count(lambda df: int((_text(df, "Forfeit").str.upper() == "Y").sum()) // 2),
            _count(lambda df: int((_text(df, "Forfeit").str.upper() == "Y").sum())),
        ),
        ("Forfeit",),
    ),
    Q("average spirit score?", _about(lambda df: float(_num(df, "Spirit Score").mean()), rel=0.003), ("Spirit Score",)),
    Q(
        "who has the best spirit",
        _lead(_named(lambda df: _top(_num(df, "Spirit Score").groupby(_text(df, "Team")).mean()))),
        ("Team", "Spirit Score"),
    ),
    Q(
        "how many points did stack overflow score all season",
        _count(lambda df: int(_num(df, "Points For")[_text(df, "Team") == "Stack Overflow"].sum())),
        ("Team", "Points For"),
    ),
    Q(
        "when a team is up at half how often do they win",
        _share(_uf_half_held),
        ("Halftime", "Points For", "Points Against"),
    ),
]


# --- 7. Stream macroinvertebrate survey ----------------------------------------------------------------------------

# taxon: order, tolerance value, typical habitat
_MI_TAXA: dict[str, tuple[str, int, str]] = {
    "Heptageniidae": ("Ephemeroptera", 4, "Riffle"), "Baetidae": ("Ephemeroptera", 5, "Riffle"),
    "Ephemerellidae": ("Ephemeroptera", 2, "Riffle"), "Perlidae": ("Plecoptera", 1, "Riffle"),
    "Perlodidae": ("Plecoptera", 2, "Riffle"), "Hydropsychidae": ("Trichoptera", 5, "Riffle"),
    "Philopotamidae": ("Trichoptera", 3, "Run"), "Limnephilidae": ("Trichoptera", 4, "Pool"),
    "Chironomidae": ("Diptera", 7, "Pool"), "Simuliidae": ("Diptera", 6, "Run"), "Tipulidae": ("Diptera", 4, "Run"),
    "Elmidae": ("Coleoptera", 5, "Riffle"), "Psephenidae": ("Coleoptera", 4, "Riffle"),
    "Gomphidae": ("Odonata", 5, "Pool"), "Asellidae": ("Isopoda", 8, "Pool"), "Physidae": ("Gastropoda", 8, "Pool"),
    "Oligochaeta": ("Haplotaxida", 10, "Pool"),
}  # fmt: skip
_MI_SITES = {"Mill Creek @ Rt 9": 0.8, "Mill Creek @ Park": 0.3, "Bear Run Upper": 1.0, "Bear Run Lower": 0.4}
_MI_SITES |= {"Town Branch": -0.6, "Sawmill Brook": 0.1}


def _macro_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32507)
    rows: list[dict[str, Any]] = []
    for site, health in _MI_SITES.items():
        for month in (4, 5, 6, 7, 9, 10):
            day = pd.Timestamp(2024, month, int(rng.integers(1, 28)))
            who = str(_one(rng, ["KM", "JD", "LP", "RB", "AT"]))
            for hab in ("Riffle", "Pool", "Run"):
                for taxon, (order, tol, home) in _MI_TAXA.items():
                    good = (5 - tol) * health * 0.5
                    if rng.random() > 0.35 + 0.25 * (home == hab) + 0.05 * good:
                        continue
                    lam = np.exp(1.5 + 0.25 * good + (0.7 if home == hab else 0) + rng.normal(0, 0.5))
                    rows.append(
                        {
                            "Site": site,
                            "Sample Date": f"{day:%Y-%m-%d}",
                            "Taxon": taxon,
                            "Order": order,
                            "Count": int(max(1, rng.poisson(lam))),
                            "Tolerance Value": tol,
                            "EPT": "Y" if order in ("Ephemeroptera", "Plecoptera", "Trichoptera") else "N",
                            "Habitat": hab,
                            "Collector": who,
                        }
                    )
    return pd.DataFrame(rows)


def _mi_ept_share(df: pd.DataFrame) -> pd.Series:
    c = _num(df, "Count")
    return c.where(_text(df, "EPT") == "Y", 0).groupby(_text(df, "Site")).sum() / c.groupby(_text(df, "Site")).sum()


_MI_QS = [
    Q("how many bugs did we count in total", _count(lambda df: int(_num(df, "Count").sum())), ("Count",)),
    Q(
        "which order was most abundant",
        _lead(_named(lambda df: _top(_num(df, "Count").groupby(_text(df, "Order")).sum()))),
        ("Order", "Count"),
    ),
    Q(
        "what fraction of the critters were EPT",
        _share(lambda df: float(_num(df, "Count")[_text(df, "EPT") == "Y"].sum() / _num(df, "Count").sum())),
        ("EPT", "Count"),
    ),
    Q(
        "which site had the highest ept share",
        _lead(_named(lambda df: _top(_mi_ept_share(df)))),
        ("Site", "EPT", "Count"),
    ),
    Q(
        "which site had the most different taxa",
        _lead(_named(lambda df: _top(_text(df, "Taxon").groupby(_text(df, "Site")).nunique()))),
        ("Site", "Taxon"),
    ),
    Q(
        "are more tolerant bugs found in bigger numbers",
        _corr(lambda d: _num(d, "Tolerance Value"), lambda d: _num(d, "Count")),
        ("Tolerance Value", "Count"),
    ),
]


HELDOUT325 = [
    Dataset("jam_batch_log", _jam_frame, _JM_QS),
    Dataset("rabbit_show_entries", _rabbit_frame, _RB_QS),
    Dataset("squash_challenge_ladder", _squash_frame, _SQ_QS),
    Dataset("stable_feed_board_chart", _stable_frame, _ST_QS),
    Dataset("cyclocross_series_results", _cx_frame, _CX_QS),
    Dataset("ultimate_league_games", _ultimate_frame, _UF_QS),
    Dataset("stream_macroinvertebrates", _macro_frame, _MI_QS),
]
