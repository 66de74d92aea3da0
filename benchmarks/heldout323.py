"""HELDOUT323: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a KCBS-style barbecue contest's
score sheet (one contest, 48 teams, one row per team, category and judge) with Team, Category (Chicken, Pork Ribs,
Pork, Brisket), "Judge Seat" (1 to 6), Appearance, Taste and Tenderness as whole scores 5 to 9 (Appearance blank on a
few sheets), "Weighted Score" (appearance x 0.56, taste x 2.2972, tenderness x 1.1428, blank when a score is
missing), and the team's Place and "Prize Money" in that category ("$1,000", blank out of the money) repeated on every
judge's row; a harbor master's mooring field list (2024 season, one row per boat) with "Mooring #" as "B-14" or
"WAITLIST", "Boat Name", Owner as "Jane Doe", "Boat Length (ft)", "Boat Type" (Sail, Power, sometimes upper case),
"Season Fee" as "$1,260.00" (blank for the waitlist), "Paid Date" as "4/18/2024" (blank when unpaid or waitlisted),
"Waitlist Since" as "6/2/2017" (only for waitlisted boats), Inspected (Y, N, blank for the waitlist) and "Mooring
Weight (lbs)" (blank for the waitlist); a seed company's germination trial log (2023 to 2024, one row per test,
retests repeat the lot number) with "Lot Number" as "L23-0412", Crop, Variety, "Seeds Planted" (100, 200 or 400),
"Germinated Day 7" (blank now and then), "Germinated Day 14" (cumulative), "Abnormal Seedlings", "Test Date" as
"2024-02-13", "Pass Threshold %" (a crop's standard) and "Lab Tech" initials; a university extension soybean variety
trial (2024, six locations, 30 entries, four replicates, one row per plot) with Location, Variety, Company, Rep,
"Yield (bu/ac)" ("." for lost plots), "Moisture (%)", "Test Weight (lb/bu)", "Plant Height (in)", "Lodging (%)" and
"Maturity Group" (2.2 to 3.9); a soil testing lab's results (2024, one row per sample) with "Sample ID" as
"S24-00123", Farm, Field, Acres, pH, "Buffer pH" (only when pH is under 6.5), "OM (%)", "P (ppm)", "K (ppm)",
"CEC (meq/100g)", "Lime Rec (tons/acre)" (0 when none) and "Date Received" as "03/15/2024"; a youth wrestling
tournament's bout results (twelve weight classes, 16-man brackets, one row per wrestler per bout, so each bout twice)
with "Weight Class" (53 to 150), Round ("Round of 16", Quarterfinal, Semifinal, Final), Wrestler, Club, Opponent,
"Opponent Club", Result (W, L), "Win Type" (Fall, Decision, Major, Tech Fall, Forfeit, the same on both rows), Score
as "8-3" from the row's side (blank for falls and forfeits) and "Match Time" as "1:23" (the fall's time, "4:00" for a
full match, blank for forfeits); and a cub scout pack's pinewood derby heats (80 scouts, four heats each, one per
lane) with Heat, Lane (1 to 4), Scout, Den (Lion, Tiger, Wolf, Bear, Webelos, AOL), "Car Weight (oz)", "Time (s)"
(blank for a car that did not finish), "Place" in the heat, "Final Rank" (repeated on a scout's rows) and "Design
Award" (blank for most). All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _num, _text, _top
from .offline_eval import Check, Dataset, Q, either, has, words
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

_FIRST = [
    "James", "Mary", "Robert", "Linda", "Michael", "Susan", "David", "Karen", "Thomas", "Nancy", "Daniel", "Lisa",
    "Mark", "Sandra", "Paul", "Donna", "Steven", "Carol", "Kevin", "Sharon", "Brian", "Laura", "Gary", "Amy",
    "Eric", "Julie", "Scott", "Megan", "Ryan", "Heather", "Jacob", "Emma", "Ethan", "Olivia", "Noah", "Ava",
    "Liam", "Mason", "Logan", "Lucas", "Owen", "Caleb", "Wyatt", "Hunter", "Carter", "Levi", "Eli", "Gavin",
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


def _either_named(*values: Callable[[pd.DataFrame], str]) -> Check:
    return either(*(_lead(_named(v)) for v in values))


def _date(df: pd.DataFrame, col: str, fmt: str) -> pd.Series:
    return pd.to_datetime(_text(df, col), format=fmt, errors="coerce")


# --- 1. Barbecue contest scores ------------------------------------------------------------------------------------

_BQ_CATS = {"Chicken": 0.2, "Pork Ribs": 0.0, "Pork": -0.15, "Brisket": -0.3}
_BQ_TEAMS = [
    "Smokin' Aces", "Pork Chop Express", "Butt Kickin' BBQ", "Q Dogs", "Rib Ticklers", "Hickory Hollow",
    "Swine Flu Crew", "Blue Smoke", "Smoke Ring Circus", "Lost Nation BBQ", "Sweet Swine O' Mine", "Grill Sergeants",
    "Bone Yard Boys", "Ribs R Us", "Burnt Ends Brigade", "Low & Slow", "Fire in the Hole", "Cast Iron Cookers",
    "Holy Smokes", "Brisket Bandits", "Meat Sweats", "Oink & Moo", "Smoke Signals", "Pit Boss Posse",
    "Rollin' Smoke", "Big Pig Jig", "Hogs Gone Wild", "Bark Side", "Tailgate Tailgators", "Ember Eaters",
    "Bubba's Q", "Smoke Show", "The Rub Club", "Que Tips", "Pitmaster P", "Flat Iron Flames",
    "Midwest Meatheads", "Prairie Smoke", "Rib Rangers", "Oak & Ash", "Bacon Bros", "Saucy Sisters",
    "Charred Hearts", "Mesquite Mafia", "Pig Latin", "Smoke N' Mirrors", "Lazy Q Ranch", "Drip & Dip",
]  # fmt: skip
_BQ_PRIZES = {1: 1000, 2: 700, 3: 500, 4: 350, 5: 250, 6: 200, 7: 150, 8: 125, 9: 100, 10: 100}


def _bbq_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32301)
    skill = {t: float(rng.normal(0, 0.6)) for t in _BQ_TEAMS}
    rows: list[dict[str, Any]] = []
    for cat, bump in _BQ_CATS.items():
        block: list[dict[str, Any]] = []
        for team in _BQ_TEAMS:
            level = 7.6 + skill[team] + bump + float(rng.normal(0, 0.4))
            for seat in range(1, 7):
                app = int(np.clip(round(level + 0.3 + rng.normal(0, 0.6)), 5, 9))
                taste = int(np.clip(round(0.6 * level + 0.4 * app + rng.normal(0, 0.7) - 0.2), 5, 9))
                tend = int(np.clip(round(level + rng.normal(0, 0.8)), 5, 9))
                app_out: Any = "" if rng.random() < 0.01 else app
                weighted = "" if app_out == "" else round(app * 0.56 + taste * 2.2972 + tend * 1.1428, 4)
                block.append(
                    {
                        "Team": team,
                        "Category": cat,
                        "Judge Seat": seat,
                        "Appearance": app_out,
                        "Taste": taste,
                        "Tenderness": tend,
                        "Weighted Score": weighted,
                    }
                )
        totals = pd.Series(
            {t: sum(float(r["Weighted Score"] or 0) for r in block if r["Team"] == t) for t in _BQ_TEAMS}
        )
        totals = totals + pd.Series(np.arange(len(totals)) * 1e-6, index=totals.index)
        place = totals.rank(ascending=False, method="first").astype(int)
        for r in block:
            p = int(place[r["Team"]])
            r["Place"] = p
            r["Prize Money"] = f"${_BQ_PRIZES[p]:,}" if p in _BQ_PRIZES else ""
        rows.extend(block)
    return pd.DataFrame(rows)


def _bq_mean(col: str, cat: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_num(df, col)[_text(df, "Category") == cat].mean())


def _bq_money(df: pd.DataFrame) -> str:
    once = df.drop_duplicates(["Team", "Category"])
    return _top(_num(once, "Prize Money").fillna(0).groupby(once["Team"]).sum())


_BQ_QS = [
    Q("how many teams were in this thing", _count(lambda df: int(df["Team"].nunique())), ("Team",)),
    Q(
        "which meat got the best taste scores on average",
        _lead(_named(lambda df: _top(_num(df, "Taste").groupby(_text(df, "Category")).mean()))),
        ("Category", "Taste"),
    ),
    Q(
        "whats the average tenderness score for brisket",
        _about(_bq_mean("Tenderness", "Brisket")),
        ("Category", "Tenderness"),
    ),
    Q("and for chicken?", _about(_bq_mean("Tenderness", "Chicken")), ("Category", "Tenderness")),
    Q("which team won the most money overall", _lead(_named(_bq_money)), ("Team", "Prize Money", "Category")),
    Q(
        "do the better looking entries also taste better",
        _corr(lambda d: _num(d, "Appearance"), lambda d: _num(d, "Taste")),
        ("Appearance", "Taste"),
    ),
]


# --- 2. Mooring field assignments ----------------------------------------------------------------------------------

_MO_SAIL = ["Windsong", "Serenity", "Blue Heron", "Osprey", "Second Wind", "Tranquility", "Sea Smoke", "Kestrel"]
_MO_POWER = ["Reel Therapy", "Knot Working", "Aquaholic", "Sea Ya", "Miss Behavin", "Fin-Addict", "Lobstah", "Tide Me"]


def _mooring_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32302)
    owners = _people(rng, 410)
    rows: list[dict[str, Any]] = []
    for i, owner in enumerate(owners):
        sail = rng.random() < 0.55
        length = int(np.clip(round(rng.normal(31 if sail else 25, 6)), 14, 48))
        kind = "Sail" if sail else "Power"
        if rng.random() < 0.08:
            kind = kind.upper()
        name = str(_one(rng, _MO_SAIL if sail else _MO_POWER))
        if rng.random() < 0.3:
            name += f" {int(rng.integers(2, 5))}"
        row: dict[str, Any] = {"Boat Name": name, "Owner": owner, "Boat Length (ft)": length, "Boat Type": kind}
        if i < 330:
            field = str(_one(rng, ["A", "B", "C", "D"]))
            fee = length * 42.0
            paid = ""
            if rng.random() < 0.85:
                paid = f"{pd.Timestamp('2024-02-01') + pd.Timedelta(days=int(rng.integers(0, 100))):%-m/%-d/%Y}"
            row |= {
                "Mooring #": f"{field}-{i % 90 + 1}",
                "Season Fee": f"${fee:,.2f}",
                "Paid Date": paid,
                "Waitlist Since": "",
                "Inspected": "Y" if rng.random() < 0.78 else "N",
                "Mooring Weight (lbs)": int(_one(rng, [300, 500, 750, 1000, 1500]) if length < 40 else 2000),
            }
        else:
            since = pd.Timestamp("2012-01-01") + pd.Timedelta(days=int(rng.integers(0, 4500)))
            row |= {
                "Mooring #": "WAITLIST",
                "Season Fee": "",
                "Paid Date": "",
                "Waitlist Since": f"{since:%-m/%-d/%Y}",
                "Inspected": "",
                "Mooring Weight (lbs)": np.nan,
            }
        rows.append(row)
    cols = ["Mooring #", "Boat Name", "Owner", "Boat Length (ft)", "Boat Type", "Season Fee", "Paid Date"]
    cols += ["Waitlist Since", "Inspected", "Mooring Weight (lbs)"]
    return pd.DataFrame(rows)[cols]


def _mo_assigned(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Mooring #").str.upper() != "WAITLIST"


def _mo_type_mean(kind: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_num(df, "Boat Length (ft)")[_text(df, "Boat Type").str.title() == kind].mean())


def _mo_longest_wait(df: pd.DataFrame, col: str) -> str:
    since = _date(df, "Waitlist Since", "%m/%d/%Y")
    return str(_text(df, col)[since.idxmin()])


_MO_QS = [
    Q("how many boats are on the waiting list", _count(lambda df: int((~_mo_assigned(df)).sum())), ("Mooring #",)),
    Q(
        "are sailboats longer than powerboats on average",
        has(_mo_type_mean("Sail"), _mo_type_mean("Power"), rel=0.01),
        ("Boat Length (ft)", "Boat Type"),
    ),
    Q(
        "how much in mooring fees have we collected so far",
        _amount(lambda df: float(_num(df, "Season Fee")[_text(df, "Paid Date") != ""].sum())),
        ("Season Fee", "Paid Date"),
    ),
    Q(
        "how many people still havent paid",
        _count(lambda df: int((_mo_assigned(df) & (_text(df, "Paid Date") == "")).sum())),
        ("Paid Date", "Mooring #", "Season Fee", "Owner"),
    ),
    Q(
        "what percent of the moorings haven't been inspected yet",
        _share(lambda df: float((_text(df, "Inspected")[_mo_assigned(df)].str.upper() == "N").mean())),
        ("Inspected", "Mooring #"),
    ),
    Q(
        "who's been waiting for a mooring the longest",
        _either_named(lambda df: _mo_longest_wait(df, "Owner"), lambda df: _mo_longest_wait(df, "Boat Name")),
        ("Owner", "Waitlist Since", "Boat Name", "Mooring #"),
    ),
]


# --- 3. Seed germination trial -------------------------------------------------------------------------------------

# crop: varieties, typical germination, pass threshold %
_GE_CROPS: dict[str, tuple[list[str], float, int]] = {
    "Tomato": (["Brandywine", "Early Girl", "Sungold", "Roma"], 0.90, 80),
    "Pepper": (["California Wonder", "Jalapeno M", "Carmen"], 0.82, 75),
    "Lettuce": (["Black Seeded Simpson", "Buttercrunch", "Parris Island"], 0.92, 80),
    "Carrot": (["Danvers 126", "Scarlet Nantes", "Bolero"], 0.74, 70),
    "Onion": (["Walla Walla", "Yellow Granex", "Red Burgundy"], 0.78, 70),
    "Bean": (["Provider", "Blue Lake 274", "Contender"], 0.88, 80),
    "Squash": (["Black Beauty", "Waltham Butternut", "Delicata"], 0.86, 75),
}


def _germ_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32303)
    rows: list[dict[str, Any]] = []
    lots: list[tuple[str, str, str, float]] = []
    for _ in range(520):
        day = pd.Timestamp("2023-01-09") + pd.Timedelta(days=int(rng.integers(0, 700)))
        if lots and rng.random() < 0.1:
            lot, crop, variety, quality = lots[int(rng.integers(len(lots)))]
        else:
            crop = str(_one(rng, list(_GE_CROPS)))
            variety = str(_one(rng, _GE_CROPS[crop][0]))
            quality = float(np.clip(rng.normal(_GE_CROPS[crop][1], 0.07), 0.3, 0.99))
            lot = f"L{day.year % 100}-{int(rng.integers(100, 9999)):04d}"
            lots.append((lot, crop, variety, quality))
        planted = int(_one(rng, [100, 200, 400], [2, 5, 2]))
        d14 = int(rng.binomial(planted, quality))
        d7 = int(rng.binomial(d14, float(np.clip(rng.normal(0.7, 0.12), 0.2, 1.0))))
        rows.append(
            {
                "Lot Number": lot,
                "Crop": crop,
                "Variety": variety,
                "Seeds Planted": planted,
                "Germinated Day 7": "" if rng.random() < 0.04 else d7,
                "Germinated Day 14": d14,
                "Abnormal Seedlings": int(rng.binomial(d14, 0.03)),
                "Test Date": f"{day:%Y-%m-%d}",
                "Pass Threshold %": _GE_CROPS[crop][2],
                "Lab Tech": str(_one(rng, ["JMK", "RP", "ALS", "TW"])),
            }
        )
    return pd.DataFrame(rows).sort_values("Test Date", kind="stable").reset_index(drop=True)


def _ge_rate(df: pd.DataFrame, normal: bool = False) -> pd.Series:
    good = _num(df, "Germinated Day 14") - (_num(df, "Abnormal Seedlings") if normal else 0)
    return good / _num(df, "Seeds Planted")


def _ge_failed(df: pd.DataFrame, normal: bool) -> pd.Series:
    return 100 * _ge_rate(df, normal) < _num(df, "Pass Threshold %")


def _ge_best(df: pd.DataFrame, pooled: bool) -> str:
    crop = _text(df, "Crop")
    if pooled:
        return _top(_num(df, "Germinated Day 14").groupby(crop).sum() / _num(df, "Seeds Planted").groupby(crop).sum())
    return _top(_ge_rate(df).groupby(crop).mean())


def _ge_busiest(df: pd.DataFrame) -> pd.Timestamp:
    months = _date(df, "Test Date", "%Y-%m-%d").dt.to_period("M")
    counts = months.value_counts().sort_index()
    return counts.idxmax().to_timestamp()


_GE_QS = [
    Q(
        "how many seed lots got tested",
        either(_count(lambda df: int(df["Lot Number"].nunique())), _count(lambda df: len(df))),
        ("Lot Number",),
    ),
    Q(
        "which crop germinates best",
        _either_named(lambda df: _ge_best(df, False), lambda df: _ge_best(df, True)),
        ("Crop", "Germinated Day 14", "Seeds Planted"),
    ),
    Q(
        "how many tests failed to meet the threshold",
        either(_count(lambda df: int(_ge_failed(df, False).sum())), _count(lambda df: int(_ge_failed(df, True).sum()))),
        ("Germinated Day 14", "Seeds Planted", "Pass Threshold %", "Abnormal Seedlings"),
    ),
    Q(
        "how many of those were carrots",
        either(
            *(
                _count(lambda df, n=n: int((_ge_failed(df, n) & (_text(df, "Crop") == "Carrot")).sum()))
                for n in (False, True)
            )
        ),
        ("Crop", "Germinated Day 14", "Seeds Planted", "Pass Threshold %", "Abnormal Seedlings"),
    ),
    Q("what month did the lab run the most tests", _month_year(_ge_busiest), ("Test Date",)),
    Q(
        "does the day 7 count tell you much about the final count",
        either(
            _corr(lambda d: _num(d, "Germinated Day 7"), lambda d: _num(d, "Germinated Day 14")),
            _corr(
                lambda d: _num(d, "Germinated Day 7") / _num(d, "Seeds Planted"),
                lambda d: _num(d, "Germinated Day 14") / _num(d, "Seeds Planted"),
            ),
        ),
        ("Germinated Day 7", "Germinated Day 14", "Seeds Planted"),
    ),
]


# --- 4. Soybean variety trial --------------------------------------------------------------------------------------

_VT_LOCS = {"Ames": 4.0, "Crawfordsville": 2.0, "Nashua": -1.5, "Sutherland": -3.0, "Lewis": 1.0, "Kanawha": -0.5}
_VT_COMPANIES = {"Asgrow": 1.0, "Pioneer": 1.5, "Channel": 0.2, "Stine": -0.8, "NK": -0.3, "Dyna-Gro": -1.2}


def _trial_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32304)
    entries = []
    for i in range(30):
        comp = str(_one(rng, list(_VT_COMPANIES)))
        mg = float(_one(rng, [2.2, 2.4, 2.5, 2.7, 2.8, 2.9, 3.1, 3.2, 3.4, 3.5, 3.7, 3.9]))
        code = {"Asgrow": "AG", "Pioneer": "P", "Channel": "CH", "Stine": "ST", "NK": "NK", "Dyna-Gro": "S"}[comp]
        name = f"{code}{int(mg * 10)}{'X' if i % 2 else 'E'}{i:02d}"
        entries.append((name, comp, mg, float(rng.normal(_VT_COMPANIES[comp], 2.5)), float(rng.normal(38, 3))))
    rows: list[dict[str, Any]] = []
    for loc, lbump in _VT_LOCS.items():
        for name, comp, mg, g, height in entries:
            for rep in range(1, 5):
                h = height + float(rng.normal(0, 2.5)) + lbump * 0.5
                lodging = float(np.clip(rng.normal((h - 33) * 2.2, 6), 0, 60))
                yld = 62 + lbump + g + (mg - 3) * 2 - lodging * 0.08 + float(rng.normal(0, 3.5))
                rows.append(
                    {
                        "Location": loc,
                        "Variety": name,
                        "Company": comp,
                        "Rep": rep,
                        "Yield (bu/ac)": "." if rng.random() < 0.025 else f"{yld:.1f}",
                        "Moisture (%)": round(float(rng.normal(12.4, 0.8)), 1),
                        "Test Weight (lb/bu)": round(float(rng.normal(56.5 - (mg - 3), 0.9)), 1),
                        "Plant Height (in)": round(h),
                        "Lodging (%)": round(lodging / 5) * 5,
                        "Maturity Group": mg,
                    }
                )
    return pd.DataFrame(rows)


def _vt_top(group: str, lowest: bool = False) -> Callable[[pd.DataFrame], str]:
    return lambda df: _top(_num(df, "Yield (bu/ac)").groupby(_text(df, group)).mean(), lowest=lowest)


_VT_QS = [
    Q("which variety yielded the most", _lead(_named(_vt_top("Variety"))), ("Variety", "Yield (bu/ac)")),
    Q(
        "what about by company, who has the best average yield",
        _lead(_named(_vt_top("Company"))),
        ("Company", "Yield (bu/ac)"),
    ),
    Q(
        "how many plots are missing a yield",
        _count(lambda df: int(_num(df, "Yield (bu/ac)").isna().sum())),
        ("Yield (bu/ac)",),
    ),
    Q(
        "which location was the worst for yield",
        _lead(_named(_vt_top("Location", True))),
        ("Location", "Yield (bu/ac)"),
    ),
    Q(
        "do taller plants fall over more",
        _corr(lambda d: _num(d, "Plant Height (in)"), lambda d: _num(d, "Lodging (%)")),
        ("Plant Height (in)", "Lodging (%)"),
    ),
    Q(
        "avg test weight for the maturity groups above 3",
        _about(lambda df: float(_num(df, "Test Weight (lb/bu)")[_num(df, "Maturity Group") > 3].mean()), rel=0.002),
        ("Test Weight (lb/bu)", "Maturity Group"),
    ),
]


# --- 5. Soil test results ------------------------------------------------------------------------------------------

_SO_FARMS = {
    "Miller Farms": -0.4,
    "Hilltop Acres": 0.3,
    "Cedar Creek": -0.1,
    "Rolling Meadows": 0.5,
    "Brook Hollow": -0.7,
}


_SO_FIELDS = ["North", "South", "East", "West", "Home", "Creek", "Back"]


def _soil_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32305)
    rows: list[dict[str, Any]] = []
    days = sorted(int(x) for x in rng.gamma(2.0, 45, size=640) % 330)
    for i, d in enumerate(days):
        farm = str(_one(rng, list(_SO_FARMS)))
        ph = float(np.clip(rng.normal(6.4 + _SO_FARMS[farm], 0.45), 4.8, 7.9))
        om = float(np.clip(rng.normal(3.2, 0.9), 0.8, 7.5))
        buffer = round(float(np.clip(6.9 - (6.5 - ph) * 0.35 + rng.normal(0, 0.05), 6.0, 7.0)), 2)
        lime = 0.0 if ph >= 6.2 else round(max(0.5, (6.8 - ph) * 2.2 + float(rng.normal(0, 0.2))) * 2) / 2
        rows.append(
            {
                "Sample ID": f"S24-{i + 101:05d}",
                "Farm": farm,
                "Field": f"{_one(rng, _SO_FIELDS)} {int(rng.integers(1, 6))}",
                "Acres": round(float(rng.uniform(4, 80)), 1),
                "pH": round(ph, 1),
                "Buffer pH": buffer if ph < 6.5 else "",
                "OM (%)": round(om, 1),
                "P (ppm)": int(np.clip(rng.lognormal(3.3, 0.6), 3, 250)),
                "K (ppm)": int(np.clip(rng.normal(160, 55), 50, 480)),
                "CEC (meq/100g)": round(float(np.clip(4 + om * 2.8 + rng.normal(0, 2), 3, 35)), 1),
                "Lime Rec (tons/acre)": lime,
                "Date Received": f"{pd.Timestamp('2024-01-02') + pd.Timedelta(days=d):%m/%d/%Y}",
            }
        )
    return pd.DataFrame(rows)


def _so_busiest(df: pd.DataFrame) -> pd.Timestamp:
    months = _date(df, "Date Received", "%m/%d/%Y").dt.to_period("M")
    return months.value_counts().sort_index().idxmax().to_timestamp()


_SO_QS = [
    Q("how many samples came in", _count(lambda df: int(df["Sample ID"].nunique())), ("Sample ID",)),
    Q("what's the average ph", _about(lambda df: float(_num(df, "pH").mean()), rel=0.005), ("pH",)),
    Q(
        "what share of samples need lime",
        _share(lambda df: float((_num(df, "Lime Rec (tons/acre)") > 0).mean())),
        ("Lime Rec (tons/acre)", "Sample ID"),
    ),
    Q(
        "which farm has the most acidic ground",
        _lead(_named(lambda df: _top(_num(df, "pH").groupby(_text(df, "Farm")).mean(), lowest=True))),
        ("Farm", "pH"),
    ),
    Q(
        "how many tons of lime in total to do all the fields that need it",
        _about(lambda df: float((_num(df, "Lime Rec (tons/acre)") * _num(df, "Acres")).sum()), rel=0.005),
        ("Lime Rec (tons/acre)", "Acres", "Field", "Farm"),
    ),
    Q("which month did we get the most samples", _month_year(_so_busiest), ("Date Received", "Sample ID")),
]


# --- 6. Youth wrestling bout results -------------------------------------------------------------------------------

_WR_CLASSES = [53, 58, 63, 68, 74, 80, 87, 95, 105, 115, 130, 150]
_WR_CLUBS = {
    "Mat Rats WC": 0.6, "Ironmen Youth": 0.3, "Black Cat WC": 0.1, "Eagle Ridge": 0.0, "Titan Takedown": -0.1,
    "Riverside Rams": -0.3, "Prairie Pride": -0.2, "North Shore Grapplers": 0.2,
}  # fmt: skip
_WR_ROUNDS = ["Round of 16", "Quarterfinal", "Semifinal", "Final"]


def _wrestling_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32306)
    names = iter(_people(rng, 16 * len(_WR_CLASSES)))
    rows: list[dict[str, Any]] = []
    for wc in _WR_CLASSES:
        field = []
        for _ in range(16):
            club = str(_one(rng, list(_WR_CLUBS)))
            field.append((next(names), club, _WR_CLUBS[club] + float(rng.normal(0, 0.8))))
        for rnd in _WR_ROUNDS:
            winners = []
            for a, b in zip(field[::2], field[1::2], strict=True):
                p = 1 / (1 + np.exp(-(a[2] - b[2]) * 1.5))
                win, lose = (a, b) if rng.random() < p else (b, a)
                kind = str(_one(rng, ["Fall", "Decision", "Major", "Tech Fall", "Forfeit"], [35, 35, 14, 10, 6]))
                ws = ls = 0
                time = "4:00"
                if kind == "Fall":
                    secs = int(rng.integers(12, 240))
                    time = f"{secs // 60}:{secs % 60:02d}"
                    score = ("", "")
                elif kind == "Forfeit":
                    time, score = "", ("", "")
                else:
                    ls = int(rng.integers(0, 6))
                    ws = ls + {"Decision": int(rng.integers(1, 8)), "Major": int(rng.integers(8, 15))}.get(kind, 15)
                    if kind == "Tech Fall":
                        secs = int(rng.integers(90, 240))
                        time = f"{secs // 60}:{secs % 60:02d}"
                    score = (f"{ws}-{ls}", f"{ls}-{ws}")
                for me, them, res, sc in ((win, lose, "W", score[0]), (lose, win, "L", score[1])):
                    rows.append(
                        {
                            "Weight Class": wc,
                            "Round": rnd,
                            "Wrestler": me[0],
                            "Club": me[1],
                            "Opponent": them[0],
                            "Opponent Club": them[1],
                            "Result": res,
                            "Win Type": kind,
                            "Score": sc,
                            "Match Time": time,
                        }
                    )
                winners.append(win)
            field = winners
    return pd.DataFrame(rows)


def _wr_wins(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Result").str.upper() == "W"]


def _wr_top_club(df: pd.DataFrame) -> str:
    return _top(_text(_wr_wins(df), "Club").value_counts())


def _wr_fastest(df: pd.DataFrame) -> tuple[str, int]:
    falls = _text(df, "Match Time")[_text(df, "Win Type") == "Fall"]
    secs = falls.str.split(":").map(lambda p: int(p[0]) * 60 + int(p[1]))
    s = int(secs.min())
    return f"{s // 60}:{s % 60:02d}", s


def _wr_fastest_check() -> Check:
    return either(
        lambda a, df: words(_wr_fastest(df)[0])(a, df),
        _count(lambda df: _wr_fastest(df)[1]),
    )


_WR_QS = [
    Q(
        "how many matches were there",
        either(_count(lambda df: len(df) // 2), _count(lambda df: len(df))),
        ("Weight Class", "Round", "Wrestler", "Opponent"),
    ),
    Q("which club won the most matches", _lead(_named(_wr_top_club)), ("Club", "Result")),
    Q(
        "how many of those wins were pins",
        _count(
            lambda df: int(
                (_text(_wr_wins(df), "Win Type")[_text(_wr_wins(df), "Club") == _wr_top_club(df)] == "Fall").sum()
            )
        ),
        ("Club", "Result", "Win Type"),
    ),
    Q(
        "overall what percent of matches ended in a pin",
        _share(lambda df: float((_text(_wr_wins(df), "Win Type") == "Fall").mean())),
        ("Win Type", "Result"),
    ),
    Q("what was the quickest pin", _wr_fastest_check(), ("Match Time", "Win Type", "Wrestler", "Weight Class")),
    Q(
        "how many matches were forfeits",
        either(
            _count(lambda df: int((_text(_wr_wins(df), "Win Type") == "Forfeit").sum())),
            _count(lambda df: int((_text(df, "Win Type") == "Forfeit").sum())),
        ),
        ("Win Type", "Result"),
    ),
]


# --- 7. Pinewood derby heats ---------------------------------------------------------------------------------------

_PD_DENS = ["Lion", "Tiger", "Wolf", "Bear", "Webelos", "AOL"]
_PD_AWARDS = ["Most Creative", "Best Paint Job", "Most Realistic", "Funniest Car", "Best in Show"]
_PD_LANES = {1: 0.0, 2: 0.012, 3: 0.03, 4: 0.05}


def _derby_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32307)
    scouts = [n.split()[0] + " " + n.split()[1][0] + "." for n in _people(rng, 80)]
    scouts = list(dict.fromkeys(scouts))[:80]
    while len(scouts) < 80:
        scouts.append(f"Scout {len(scouts) + 1}")
    info = {}
    for s in scouts:
        weight = round(float(np.clip(rng.normal(4.85, 0.12), 4.3, 5.0)), 2)
        speed = 3.15 - (weight - 4.8) * 0.6 + float(rng.normal(0, 0.09))
        info[s] = (str(_one(rng, _PD_DENS)), weight, speed)
    rows: list[dict[str, Any]] = []
    order = list(scouts)
    heat = 0
    for lap in range(4):
        if lap == 0:
            order = [order[i] for i in rng.permutation(len(order))]
        for h in range(20):
            heat += 1
            racers = order[h * 4 : h * 4 + 4]
            times = {}
            for lane, s in enumerate(racers, start=1):
                lane_no = (lane + lap - 1) % 4 + 1
                t = info[s][2] + _PD_LANES[lane_no] + float(rng.normal(0, 0.03))
                times[(s, lane_no)] = None if rng.random() < 0.02 else round(t, 3)
            done = sorted((t, k) for k, t in times.items() if t is not None)
            place = {k: i + 1 for i, (_, k) in enumerate(done)}
            for (s, lane_no), t in sorted(times.items(), key=lambda kv: kv[0][1]):
                rows.append(
                    {
                        "Heat": heat,
                        "Lane": lane_no,
                        "Scout": s,
                        "Den": info[s][0],
                        "Car Weight (oz)": info[s][1],
                        "Time (s)": "" if t is None else t,
                        "Place": place.get((s, lane_no), ""),
                    }
                )
    df = pd.DataFrame(rows)
    avg = pd.to_numeric(df["Time (s)"], errors="coerce").fillna(9.999).groupby(df["Scout"]).mean()
    rank = avg.rank(method="first").astype(int)
    df["Final Rank"] = df["Scout"].map(rank)
    award_to = {s: a for s, a in zip(rng.choice(scouts, size=len(_PD_AWARDS), replace=False), _PD_AWARDS, strict=True)}
    df["Design Award"] = df["Scout"].map(award_to).fillna("")
    return df


def _pd_time(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Time (s)")


def _pd_lane(how: str) -> Callable[[pd.DataFrame], str]:
    return lambda df: str(getattr(_pd_time(df).groupby(_num(df, "Lane").astype(int)), how)().idxmin())


_PD_QS = [
    Q("how many kids raced", _count(lambda df: int(df["Scout"].nunique())), ("Scout",)),
    Q(
        "who had the single fastest run",
        _lead(_named(lambda df: str(df.loc[_pd_time(df).idxmin(), "Scout"]))),
        ("Scout", "Time (s)", "Heat", "Lane"),
    ),
    Q(
        "is one lane faster than the others",
        _either_named(lambda df: f"lane {_pd_lane('mean')(df)}", lambda df: f"lane {_pd_lane('median')(df)}"),
        ("Lane", "Time (s)"),
    ),
    Q(
        "does a heavier car actually go faster",
        _corr(lambda d: _num(d, "Car Weight (oz)"), lambda d: _pd_time(d)),
        ("Car Weight (oz)", "Time (s)"),
    ),
    Q(
        "which den has the fastest cars on average",
        _lead(_named(lambda df: _top(_pd_time(df).groupby(_text(df, "Den")).mean(), lowest=True))),
        ("Den", "Time (s)"),
    ),
    Q("how many runs didn't finish", _count(lambda df: int(_pd_time(df).isna().sum())), ("Time (s)",)),
]


HELDOUT323 = [
    Dataset("bbq_contest_scores", _bbq_frame, _BQ_QS),
    Dataset("mooring_field_assignments", _mooring_frame, _MO_QS),
    Dataset("seed_germination_trial", _germ_frame, _GE_QS),
    Dataset("soybean_variety_trial", _trial_frame, _VT_QS),
    Dataset("soil_test_results", _soil_frame, _SO_QS),
    Dataset("youth_wrestling_bouts", _wrestling_frame, _WR_QS),
    Dataset("pinewood_derby_heats", _derby_frame, _PD_QS),
]
