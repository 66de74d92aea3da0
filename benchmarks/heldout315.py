"""HELDOUT315: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a shooting range's lane rental
log (2023 to 2024, one row per lane rental) with Date as "03/14/2024", "Check-In" as "2:35 PM", Lane (1 to 18),
Member (Y, N), Shooters (1 to 4), Minutes (blank on a few rows), "Lane Fee" as "$44.00", Targets, "Ammo Boxes",
"Firearm Rental" (upper-case model such as "GLOCK 19", blank when the shooters brought their own) and RSO (the range
safety officer's first name), plus a "TOTAL" row at the bottom that sums the number columns; a backcountry hut
association's overnight bookings (summers 2022 to 2024) with Hut (nine huts), "Arrival Date" as "14.07.2023", Nights,
"Party Size", Members and "Non-Members" (adding up to the party), "Fee/Night" (the party's fee for one night, in
euros), "Booked Via" (Online, Phone, Email, Walk-in, blank on some), Cancelled (yes, no) and "Elevation m" (the hut's
height, repeated on every row); a gliding club's flight log (2023 to 2024) with Date as "14/05/2023", Glider
(registrations such as "G-CKLP"), Pilot (as "J. Whitfield"), Launch (Aerotow, Winch), Takeoff and Landing as
"13:05", Duration as "0:42" (hours:minutes), "Max Alt (ft)", "Distance (km)" (blank for local soaring), "Tow Fee" as
"£34.00" and Instructional (Y, N); a stamp collector's inventory spreadsheet with Country, "Scott #" ("245", "C18",
"J7a"), Year (blank on a few), Denomination ("5c", "$1", "2d"), Condition (Mint, Used, MNH), "Catalog Value" as
"$12.50" ("N/A" where the catalogue lists none), "Price Paid" as "$3.00" per stamp (blank for gifts), Qty and
"Album Page"; a gymnastics invitational's score sheet (one row per gymnast) with Gymnast, Club, Level ("Level 6" to
"Level 10"), "Age Group" (Junior A, Junior B, Senior), Vault, Bars, Beam, Floor (blank for a scratched event), AA (the
sum of the events done) and "VT Place", "UB Place", "BB Place", "FX Place", "AA Place" (within level and age group,
blank when scratched); a high school swim championship's results (one row per swim) with Event ("Girls 100 Free",
"Boys 200 IM" ...), Heat, Lane, Swimmer as "Last, First", Gr (9 to 12), Team (school names), "Seed Time" and "Final
Time" as "1:02.45" or "26.81" ("NT" for no seed time, Final Time blank when disqualified), Place and Points (blank
when disqualified) and DQ ("DQ" or blank); and a sled dog race's checkpoint log (one row per musher per checkpoint)
with Musher, Bib, Checkpoint (Willow start to Nome finish), Mile, "In Time" and "Out Time" as "03/05/2024 14:22"
(no In Time at the start, no Out Time at the finish or where a team scratched), "Dogs In", "Dogs Out", Rest as
"6h 30m", "Dropped Dogs" and Scratched ("Y" on the checkpoint where a team quit, blank otherwise). All are generated
with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _lead, _named, _share
from .heldout253 import _amount, _num, _text, _top, _typical
from .heldout313 import _any_named, _month_word
from .offline_eval import Check, Dataset, Q, both, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one


def _when(df: pd.DataFrame, col: str, fmt: str) -> pd.Series:
    return pd.to_datetime(_text(df, col), format=fmt, errors="coerce")


def _means(values: Callable[[pd.DataFrame], list[float]], rel: float = 0.01) -> Check:
    return _about(lambda df: np.array(values(df), dtype=float), rel=rel)


# --- 1. Shooting range lane rentals --------------------------------------------------------------------------------

_SR_GUNS = ["GLOCK 19", "GLOCK 17", "S&W M&P 9", "SIG P320", "RUGER 10/22", "AR-15", "REMINGTON 870", "BERETTA 92FS"]
_SR_GUN_W = [9, 6, 5, 7, 4, 6, 2, 3]
_SR_RSO = {"Dwayne": 5, "Kelly": 4, "Marco": 4, "Tess": 3, "Earl": 2}


def _range_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31501)
    rows: list[dict[str, Any]] = []
    days = sorted(int(x) for x in rng.integers(0, 731, size=2600))
    for d in days:
        day = pd.Timestamp("2023-01-01") + pd.Timedelta(days=d)
        member = rng.random() < (0.42 if day.year == 2023 else 0.5)
        shooters = int(_one(rng, [1, 2, 3, 4], [50, 32, 12, 6]))
        minutes = int(_one(rng, [30, 60, 90, 120, 180], [1, 6, 3, 3, 1] if member else [3, 7, 2, 1, 0.3]))
        fee = (14.0 if member else 22.0) * minutes / 60 + (0 if member else 8.0 * (shooters - 1))
        rental = "" if rng.random() < 0.74 else str(_one(rng, _SR_GUNS, _SR_GUN_W))
        ammo = int(rng.poisson(0.6 + 0.7 * shooters + (0.8 if rental else 0)))
        hour = int(_one(rng, list(range(9, 21)), [2, 3, 4, 5, 5, 5, 5, 6, 6, 6, 4, 2]))
        minute = int(rng.integers(0, 60))
        rows.append(
            {
                "Date": f"{day:%m/%d/%Y}",
                "Check-In": f"{(hour - 1) % 12 + 1}:{minute:02d} {'AM' if hour < 12 else 'PM'}",
                "Lane": int(rng.integers(1, 19)),
                "Member": "Y" if member else "N",
                "Shooters": shooters,
                "Minutes": None if rng.random() < 0.02 else minutes,
                "Lane Fee": f"${fee:,.2f}",
                "Targets": int(rng.integers(0, 3 + shooters)),
                "Ammo Boxes": ammo,
                "Firearm Rental": rental,
                "RSO": str(_one(rng, list(_SR_RSO), list(_SR_RSO.values()))),
            }
        )
    df = pd.DataFrame(rows)
    total: dict[str, Any] = {c: None for c in df.columns}
    total["Date"] = "TOTAL"
    for c in ("Shooters", "Minutes", "Targets", "Ammo Boxes"):
        total[c] = float(pd.to_numeric(df[c]).sum())
    total["Lane Fee"] = f"${float(_num(df, 'Lane Fee').sum()):,.2f}"
    return pd.concat([df, pd.DataFrame([total])], ignore_index=True)


def _sr(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Date").str.upper() != "TOTAL"]


def _sr_minutes(member: str) -> Callable[[pd.DataFrame], pd.Series]:
    def values(df: pd.DataFrame) -> pd.Series:
        d = _sr(df)
        return pd.to_numeric(d["Minutes"], errors="coerce")[_text(d, "Member").str.upper() == member].dropna()

    return values


_SR_QS = [
    Q(
        "how many lane rentals were there in 2024",
        _count(lambda df: int((_when(_sr(df), "Date", "%m/%d/%Y").dt.year == 2024).sum())),
        ("Date",),
    ),
    Q(
        "what percent of rentals are members",
        _share(lambda df: float((_text(_sr(df), "Member").str.upper() == "Y").mean())),
        ("Member",),
    ),
    Q("how long do members usually shoot for", _typical(_sr_minutes("Y")), ("Member", "Minutes")),
    Q("and non members?", _typical(_sr_minutes("N")), ("Member", "Minutes")),
    Q(
        "which rental gun is the most popular",
        _lead(_named(lambda df: _top(_text(_sr(df), "Firearm Rental").replace("", pd.NA).dropna().value_counts()))),
        ("Firearm Rental",),
    ),
    Q(
        "do bigger groups buy more ammo? how strong is the link",
        _corr(
            lambda df: pd.to_numeric(_sr(df)["Shooters"]).astype(float),
            lambda df: pd.to_numeric(_sr(df)["Ammo Boxes"]).astype(float),
        ),
        ("Shooters", "Ammo Boxes"),
    ),
]


# --- 2. Backcountry hut bookings -----------------------------------------------------------------------------------

# hut: elevation, weight
_HT_HUTS = {
    "Adlerhorst Hut": (2310, 5),
    "Blauer See Hut": (1870, 8),
    "Gamskar Hut": (2540, 3),
    "Hochalm Hut": (1620, 7),
    "Krähennest Hut": (2780, 2),
    "Lärchenboden Hut": (1490, 6),
    "Murmeltier Hut": (2150, 5),
    "Steinbock Hut": (2960, 2),
    "Zirbenwald Hut": (1750, 6),
}
_HT_VIA = ["Online", "Phone", "Email", "Walk-in"]


def _hut_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31502)
    rows: list[dict[str, Any]] = []
    for _ in range(3100):
        year = int(_one(rng, [2022, 2023, 2024], [3, 4, 4]))
        day = pd.Timestamp(year, 6, 10) + pd.Timedelta(days=int(np.clip(rng.normal(55, 24), 0, 115)))
        hut = str(_one(rng, list(_HT_HUTS), [v[1] for v in _HT_HUTS.values()]))
        elev = _HT_HUTS[hut][0]
        size = int(_one(rng, list(range(1, 13)), [10, 26, 12, 14, 6, 6, 3, 3, 2, 2, 1, 1]))
        members = int(rng.binomial(size, 0.55))
        nights = int(_one(rng, [1, 2, 3, 4], [60, 25, 10, 5] if elev < 2400 else [75, 20, 4, 1]))
        via = str(_one(rng, _HT_VIA, [55, 20, 10, 15])) if rng.random() > 0.05 else ""
        rows.append(
            {
                "Hut": hut,
                "Arrival Date": f"{day:%d.%m.%Y}",
                "Nights": nights,
                "Party Size": size,
                "Members": members,
                "Non-Members": size - members,
                "Fee/Night": float(members * 28 + (size - members) * 42),
                "Booked Via": via,
                "Cancelled": "yes" if rng.random() < (0.12 if via == "Online" else 0.06) else "no",
                "Elevation m": elev,
            }
        )
    return pd.DataFrame(rows)


def _ht_live(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Cancelled").str.lower() == "no"


def _ht_busiest(live: bool, how: str) -> Callable[[pd.DataFrame], str]:
    def top(df: pd.DataFrame) -> str:
        keep = _ht_live(df) if live else pd.Series(True, index=df.index)
        size = pd.to_numeric(df["Party Size"])
        value = {"rows": size * 0 + 1, "guests": size, "nights": size * pd.to_numeric(df["Nights"])}[how]
        return _top(value[keep].groupby(_text(df, "Hut")[keep]).sum())

    return top


def _ht_nights(live: bool) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda df: pd.to_numeric(df["Nights"])[_ht_live(df) | (not live)]


def _ht_month(live: bool) -> Callable[[pd.DataFrame], int]:
    def top(df: pd.DataFrame) -> int:
        months = _when(df, "Arrival Date", "%d.%m.%Y").dt.month[_ht_live(df) | (not live)]
        return int(months.value_counts().sort_index().idxmax())

    return top


_HT_QS = [
    Q("how many bookings got cancelled", _count(lambda df: int((~_ht_live(df)).sum())), ("Cancelled",)),
    Q(
        "which hut is the busiest",
        _any_named(*(_ht_busiest(live, how) for live in (False, True) for how in ("rows", "guests", "nights"))),
        ("Hut", "Party Size", "Nights", "Cancelled"),
    ),
    Q(
        "how many nights do people typically stay",
        either(_typical(_ht_nights(False)), _typical(_ht_nights(True))),
        ("Nights", "Cancelled"),
    ),
    Q(
        "how much did the huts take in fees in 2023, leaving out cancellations",
        _amount(
            lambda df: float(
                (pd.to_numeric(df["Fee/Night"]) * pd.to_numeric(df["Nights"]))[
                    _ht_live(df) & (_when(df, "Arrival Date", "%d.%m.%Y").dt.year == 2023)
                ].sum()
            )
        ),
        ("Fee/Night", "Nights", "Arrival Date", "Cancelled"),
    ),
    Q(
        "which month do most people arrive",
        either(_month_word(_ht_month(False)), _month_word(_ht_month(True))),
        ("Arrival Date", "Party Size", "Cancelled"),
    ),
    Q(
        "how many bookings dont say how they were made",
        _count(lambda df: int((_text(df, "Booked Via") == "").sum())),
        ("Booked Via",),
    ),
]


# --- 3. Gliding club flight log ------------------------------------------------------------------------------------

_GL_GLIDERS = {"G-CKLP": 6, "G-DDXK": 5, "G-CHPW": 4, "G-CJVB": 3, "G-DHEB": 3, "G-CKRN": 2, "G-CFYH": 2}
_GL_PILOTS = {"J. Whitfield": 6, "A. Okafor": 5, "R. Lindqvist": 4, "M. Brennan": 4, "S. Patel": 3}
_GL_PILOTS |= {"K. Moreau": 3, "D. Hughes": 2, "T. Nakamura": 2, "L. Fairbairn": 2, "P. Costa": 1}


def _glider_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31503)
    rows: list[dict[str, Any]] = []
    days = sorted(int(x) for x in rng.integers(0, 731, size=2200))
    for d in days:
        day = pd.Timestamp("2023-01-01") + pd.Timedelta(days=d)
        summer = day.month in (4, 5, 6, 7, 8)
        aerotow = rng.random() < 0.4
        instr = rng.random() < 0.3
        if aerotow:
            tow_height = int(_one(rng, [2000, 3000], [3, 2]))
            minutes = int(np.clip(rng.gamma(2.0, 45 if summer else 20), 15, 400))
            fee = 34.0 if tow_height == 2000 else 42.0
            alt = int(np.clip(tow_height + rng.normal(1500 if summer else 300, 1200) + minutes * 8, 800, 11000))
        else:
            minutes = int(np.clip(rng.gamma(1.5, 18 if summer else 6), 4, 300))
            fee = 10.5
            alt = int(np.clip(1200 + rng.normal(400, 500) + minutes * 12, 700, 9000))
        if instr:
            minutes = min(minutes, int(rng.integers(8, 60)))
            alt = min(alt, 1200 + minutes * 40)
        alt = int(round(alt, -1))
        dist = None
        if minutes > 90 and not instr and rng.random() < 0.8:
            dist = round(float(minutes * rng.uniform(0.4, 1.3) * (alt / 5000)), 1)
        start = 10 * 60 + int(rng.integers(0, 360))
        end = start + minutes
        rows.append(
            {
                "Date": f"{day:%d/%m/%Y}",
                "Glider": str(_one(rng, list(_GL_GLIDERS), list(_GL_GLIDERS.values()))),
                "Pilot": str(_one(rng, list(_GL_PILOTS), list(_GL_PILOTS.values()))),
                "Launch": "Aerotow" if aerotow else "Winch",
                "Takeoff": f"{start // 60:02d}:{start % 60:02d}",
                "Landing": f"{end // 60:02d}:{end % 60:02d}",
                "Duration": f"{minutes // 60}:{minutes % 60:02d}",
                "Max Alt (ft)": alt,
                "Distance (km)": dist,
                "Tow Fee": f"£{fee:.2f}",
                "Instructional": "Y" if instr else "N",
            }
        )
    return pd.DataFrame(rows)


def _gl_minutes(df: pd.DataFrame) -> pd.Series:
    parts = _text(df, "Duration").str.extract(r"^(\d+):(\d{2})$").astype(float)
    return parts[0] * 60 + parts[1]


def _gl_launch_means(df: pd.DataFrame) -> list[float]:
    by = _gl_minutes(df).groupby(_text(df, "Launch")).mean()
    return [float(by["Aerotow"]), float(by["Winch"])]


def _gl_fee(df: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(_text(df, "Tow Fee").str.replace(r"[£,\s]", "", regex=True), errors="coerce")


def _gl_longest(df: pd.DataFrame) -> pd.Series:
    return df.loc[pd.to_numeric(df["Distance (km)"], errors="coerce").idxmax()]


_GL_QS = [
    Q(
        "how many flights were winch launches",
        _count(lambda df: int((_text(df, "Launch") == "Winch").sum())),
        ("Launch",),
    ),
    Q(
        "average flight time for aerotows vs winch launches",
        either(_means(_gl_launch_means), _means(lambda df: [m / 60 for m in _gl_launch_means(df)])),
        ("Launch", "Duration", "Takeoff", "Landing"),
    ),
    Q(
        "who flies the most",
        _any_named(
            lambda df: _top(_text(df, "Pilot").value_counts()),
            lambda df: _top(_gl_minutes(df).groupby(_text(df, "Pilot")).sum()),
        ),
        ("Pilot", "Duration", "Takeoff", "Landing"),
    ),
    Q(
        "whats the longest distance anyone flew and who was it",
        both(
            _about(lambda df: float(pd.to_numeric(df["Distance (km)"], errors="coerce").max())),
            _named(lambda df: str(_gl_longest(df)["Pilot"])),
        ),
        ("Distance (km)", "Pilot"),
    ),
    Q(
        "is max altitude correlated with distance",
        _corr(
            lambda df: pd.to_numeric(df["Max Alt (ft)"]).astype(float),
            lambda df: pd.to_numeric(df["Distance (km)"], errors="coerce"),
        ),
        ("Max Alt (ft)", "Distance (km)"),
    ),
    Q(
        "how much did we spend on tows in 2023",
        _amount(lambda df: float(_gl_fee(df)[_when(df, "Date", "%d/%m/%Y").dt.year == 2023].sum())),
        ("Tow Fee", "Date", "Launch"),
    ),
]


# --- 4. Stamp collection inventory ---------------------------------------------------------------------------------

# country: weight, denomination style, earliest year
_ST_COUNTRIES = {
    "United States": (30, "c", 1847),
    "Great Britain": (14, "d", 1840),
    "Canada": (10, "c", 1851),
    "Germany": (8, "pf", 1872),
    "France": (7, "fr", 1849),
    "Australia": (5, "d", 1913),
    "Japan": (4, "sen", 1871),
    "Switzerland": (3, "rp", 1850),
}


def _stamp_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31504)
    rows: list[dict[str, Any]] = []
    used: set[tuple[str, str]] = set()
    while len(rows) < 1600:
        country = str(_one(rng, list(_ST_COUNTRIES), [v[0] for v in _ST_COUNTRIES.values()]))
        _, unit, first = _ST_COUNTRIES[country]
        prefix = str(_one(rng, ["", "C", "J", "B"], [85, 8, 4, 3]))
        number = int(rng.integers(1, 3200 if prefix == "" else 150))
        scott = f"{prefix}{number}{'a' if rng.random() < 0.06 else ''}"
        if (country, scott) in used:
            continue
        used.add((country, scott))
        year = int(np.clip(first + (2000 - first) * rng.beta(2.5, 1.2), first, 2023))
        condition = str(_one(rng, ["Used", "Mint", "MNH"], [55, 25, 20]))
        age = 2024 - year
        value = float(rng.lognormal(np.log(0.3 + age / 25), 1.1)) * (1.6 if condition == "MNH" else 1.0)
        value = max(0.25, round(value * 4) / 4) if value < 20 else round(value, 0)
        paid = round(value * float(rng.uniform(0.1, 0.6)), 2)
        denom = str(int(_one(rng, [1, 2, 3, 4, 5, 6, 8, 10, 15, 20, 25, 50])))
        rows.append(
            {
                "Country": country,
                "Scott #": scott,
                "Year": None if rng.random() < 0.03 else year,
                "Denomination": f"${denom}" if country == "United States" and rng.random() < 0.05 else denom + unit,
                "Condition": condition,
                "Catalog Value": "N/A" if rng.random() < 0.04 else f"${value:,.2f}",
                "Price Paid": "" if rng.random() < 0.12 else f"${paid:,.2f}",
                "Qty": int(_one(rng, [1, 2, 3, 4, 5, 10], [70, 15, 6, 4, 3, 2])),
                "Album Page": int(rng.integers(1, 120)),
            }
        )
    return pd.DataFrame(rows)


def _st_cat(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Catalog Value")


def _st_top5(df: pd.DataFrame) -> list[str]:
    top = _st_cat(df).sort_values(ascending=False, kind="stable").index[:5]
    return [str(x) for x in _text(df, "Scott #")[top]]


def _st_cond_means(df: pd.DataFrame) -> list[float]:
    by = _st_cat(df).groupby(_text(df, "Condition")).mean()
    return [float(by["MNH"]), float(by["Used"])]


_ST_QS = [
    Q(
        "what is my collection worth at catalog value",
        either(
            _amount(lambda df: float((_st_cat(df) * pd.to_numeric(df["Qty"])).sum())),
            _amount(lambda df: float(_st_cat(df).sum())),
        ),
        ("Catalog Value", "Qty"),
    ),
    Q(
        "and how much did i actually pay for everything",
        either(
            _amount(lambda df: float((_num(df, "Price Paid") * pd.to_numeric(df["Qty"])).sum())),
            _amount(lambda df: float(_num(df, "Price Paid").sum())),
        ),
        ("Price Paid", "Qty"),
    ),
    Q(
        "which country do i have the most stamps from",
        _any_named(
            lambda df: _top(_text(df, "Country").value_counts()),
            lambda df: _top(pd.to_numeric(df["Qty"]).groupby(_text(df, "Country")).sum()),
        ),
        ("Country", "Qty", "Scott #"),
    ),
    Q("avg catalog value mnh vs used", _means(_st_cond_means), ("Condition", "Catalog Value")),
    Q(
        "how many stamps have no catalog value",
        either(
            _count(lambda df: int(_st_cat(df).isna().sum())),
            _count(lambda df: int(pd.to_numeric(df["Qty"])[_st_cat(df).isna()].sum())),
        ),
        ("Catalog Value", "Qty", "Scott #"),
    ),
    Q("top 5 most valuable stamps", _all_named(_st_top5), ("Scott #", "Country", "Catalog Value")),
]


# --- 5. Gymnastics meet score sheet --------------------------------------------------------------------------------

_GY_CLUBS = {"Flip City": 0.25, "Summit Gymnastics": 0.1, "Golden Oaks GC": 0.0, "Riverside Elite": 0.15}
_GY_CLUBS |= {"Starlight Tumblers": -0.15, "Northshore Gym": -0.05, "Apex Academy": 0.05}
_GY_FIRST = ["Ava", "Mia", "Sofia", "Chloe", "Lily", "Emma", "Harper", "Zoe", "Nora", "Ella", "Aria", "Maya", "Ruby"]
_GY_FIRST += ["Isla", "Layla", "Addison", "Brooke", "Kinsley", "Piper", "Quinn", "Reese", "Sadie", "Tessa"]
_GY_LAST = ["Thompson", "Nguyen", "Garcia", "Patel", "Kowalski", "Brooks", "Rivera", "Chen", "Murphy", "Olsen"]
_GY_LAST += ["Foster", "Delgado", "Hayes", "Kim", "Larsen", "Moreno", "Price", "Sato", "Walsh", "Young", "Ibrahim"]
_GY_EVENTS = {"Vault": "VT Place", "Bars": "UB Place", "Beam": "BB Place", "Floor": "FX Place"}


def _gym_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31505)
    rows: list[dict[str, Any]] = []
    names: set[str] = set()
    while len(rows) < 420:
        name = f"{_one(rng, _GY_FIRST)} {_one(rng, _GY_LAST)}"
        if name in names:
            continue
        names.add(name)
        level = int(_one(rng, [6, 7, 8, 9, 10], [5, 5, 4, 3, 2]))
        club = str(_one(rng, list(_GY_CLUBS)))
        skill = float(rng.normal(0, 0.35)) + _GY_CLUBS[club] + 0.12 * (level - 6)
        row: dict[str, Any] = {
            "Gymnast": name,
            "Club": club,
            "Level": f"Level {level}",
            "Age Group": str(_one(rng, ["Junior A", "Junior B", "Senior"])),
        }
        base = {"Vault": 8.9, "Bars": 8.6, "Beam": 8.7, "Floor": 8.95}
        for ev, b in base.items():
            noise = float(rng.normal(0, 0.35)) - (float(rng.exponential(0.5)) if rng.random() < 0.15 else 0)
            score = float(np.clip(b + 0.6 * skill + noise, 6.5, 9.9))
            row[ev] = None if rng.random() < 0.03 else round(score * 40) / 40
        rows.append(row)
    df = pd.DataFrame(rows)
    df["AA"] = df[list(_GY_EVENTS)].sum(axis=1, min_count=1).round(3)
    group = [df["Level"], df["Age Group"]]
    for ev, place in [*_GY_EVENTS.items(), ("AA", "AA Place")]:
        df[place] = df[ev].groupby(group).rank(method="min", ascending=False).astype("Int64")
    return df


def _gy_full(df: pd.DataFrame) -> pd.Series:
    return df[list(_GY_EVENTS)].notna().all(axis=1)


def _gy_club(full: bool) -> Callable[[pd.DataFrame], str]:
    def top(df: pd.DataFrame) -> str:
        keep = _gy_full(df) | (not full)
        return _top(pd.to_numeric(df["AA"])[keep].groupby(_text(df, "Club")[keep]).mean())

    return top


def _gy_beam(level: str | None) -> Callable[[pd.DataFrame], float]:
    def mean(df: pd.DataFrame) -> float:
        keep = (_text(df, "Level") == level) if level else pd.Series(True, index=df.index)
        return float(pd.to_numeric(df["Beam"])[keep].mean())

    return mean


_GY_QS = [
    Q(
        "how many girls scratched at least one event",
        _count(lambda df: int((~_gy_full(df)).sum())),
        ("Gymnast", *_GY_EVENTS, "AA"),
    ),
    Q(
        "which club has the best average all around",
        _any_named(_gy_club(False), _gy_club(True)),
        ("Club", "AA", *_GY_EVENTS),
    ),
    Q("whats the average beam score", _about(_gy_beam(None), rel=0.002), ("Beam",)),
    Q("and for level 10?", _about(_gy_beam("Level 10"), rel=0.002), ("Beam", "Level")),
    Q(
        "who had the highest all around score in level 8",
        _lead(
            _named(
                lambda df: str(
                    df.loc[pd.to_numeric(df["AA"]).where(_text(df, "Level") == "Level 8").idxmax(), "Gymnast"]
                )
            )
        ),
        ("Gymnast", "AA", "Level"),
    ),
    Q(
        "are bars and beam scores correlated",
        _corr(lambda df: pd.to_numeric(df["Bars"]), lambda df: pd.to_numeric(df["Beam"])),
        ("Bars", "Beam"),
    ),
]


# --- 6. High school swim championship results ---------------------------------------------------------------------

_SW_EVENTS = {"200 Free": 125.0, "200 IM": 145.0, "50 Free": 27.0, "100 Fly": 66.0, "100 Free": 59.0}
_SW_EVENTS |= {"500 Free": 340.0, "100 Back": 67.0, "100 Breast": 75.0}
_SW_TEAMS = {"Central": 0.02, "Lincoln": 0.0, "Westbrook": -0.015, "St. Mary's": 0.01, "Harbor Ridge": 0.0}
_SW_TEAMS |= {"Eastview": 0.025, "Mountain View": -0.01, "Jefferson": 0.015}
_SW_FIRST_G = ["Emily", "Hannah", "Grace", "Olivia", "Abby", "Claire", "Megan", "Jenna", "Lauren", "Paige", "Kate"]
_SW_FIRST_B = ["Ethan", "Tyler", "Jacob", "Ryan", "Owen", "Caleb", "Lucas", "Nate", "Connor", "Luke", "Evan"]
_SW_LAST = ["Anderson", "Baker", "Carlson", "Diaz", "Ellis", "Fischer", "Grant", "Hoffman", "Ito", "Jensen", "Keller"]
_SW_LAST += ["Lopez", "Mahoney", "Novak", "Ortiz", "Peters", "Reyes", "Schultz", "Tran", "Vance", "Weber", "Zimmer"]
_SW_POINTS = [20, 17, 16, 15, 14, 13, 12, 11, 9, 7, 6, 5, 4, 3, 2, 1]


def _sw_clock(seconds: float) -> str:
    if seconds < 60:
        return f"{seconds:.2f}"
    return f"{int(seconds // 60)}:{seconds % 60:05.2f}"


def _swim_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31506)
    swimmers: list[tuple[str, str, int, str, float]] = []
    seen: set[str] = set()
    while len(swimmers) < 240:
        girl = len(swimmers) % 2 == 0
        name = f"{_one(rng, _SW_LAST)}, {_one(rng, _SW_FIRST_G if girl else _SW_FIRST_B)}"
        if name in seen:
            continue
        seen.add(name)
        team = str(_one(rng, list(_SW_TEAMS)))
        swimmers.append((name, "Girls" if girl else "Boys", int(rng.integers(9, 13)), team, float(rng.normal(0, 0.04))))
    rows: list[dict[str, Any]] = []
    for gender in ("Girls", "Boys"):
        pool = [s for s in swimmers if s[1] == gender]
        for event, base in _SW_EVENTS.items():
            picks = rng.choice(len(pool), size=int(rng.integers(28, 41)), replace=False)
            entries = []
            for i in picks:
                name, _, grade, team, skill = pool[int(i)]
                std = base * (1.0 if gender == "Girls" else 0.89)
                std *= 1 + skill - 0.008 * (grade - 9) + _SW_TEAMS[team]
                seed = None if rng.random() < 0.07 else std * float(rng.normal(1.01, 0.015))
                final = std * float(rng.normal(1.0, 0.012))
                dq = rng.random() < 0.035
                entries.append((name, grade, team, seed, final, dq))
            entries.sort(key=lambda e: e[3] if e[3] is not None else 1e9, reverse=True)
            ranked = sorted((e for e in entries if not e[5]), key=lambda e: e[4])
            place = {e[0]: k + 1 for k, e in enumerate(ranked)}
            for k, (name, grade, team, seed, final, dq) in enumerate(entries):
                p = place.get(name)
                rows.append(
                    {
                        "Event": f"{gender} {event}",
                        "Heat": k // 8 + 1,
                        "Lane": k % 8 + 1,
                        "Swimmer": name,
                        "Gr": grade,
                        "Team": team,
                        "Seed Time": "NT" if seed is None else _sw_clock(seed),
                        "Final Time": "" if dq else _sw_clock(final),
                        "Place": p,
                        "Points": (_SW_POINTS[p - 1] if p <= len(_SW_POINTS) else 0) if p else None,
                        "DQ": "DQ" if dq else "",
                    }
                )
    return pd.DataFrame(rows)


def _sw_seconds(df: pd.DataFrame, col: str) -> pd.Series:
    parts = _text(df, col).str.extract(r"^(?:(\d+):)?(\d+\.\d+)$")
    return parts[0].astype(float).fillna(0) * 60 + parts[1].astype(float)


def _sw_dq(df: pd.DataFrame) -> pd.Series:
    return _text(df, "DQ").str.upper() == "DQ"


def _clock(value: Callable[[pd.DataFrame], float]) -> Check:
    """A swim time as "1:01.23", "61.23" or "61.23 seconds", to the hundredth."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = float(value(df))
        for m in re.finditer(r"(?<![\d:.])(?:(\d+):)?(\d+(?:\.\d+)?)", answer):
            got = float(m.group(1) or 0) * 60 + float(m.group(2))
            if abs(got - want) <= 0.011:
                return None
        return f"missing time {_sw_clock(want)}"

    return check


def _sw_fastest(df: pd.DataFrame) -> pd.Series:
    girls = _text(df, "Event") == "Girls 100 Free"
    return df.loc[_sw_seconds(df, "Final Time").where(girls).idxmin()]


def _sw_drop(df: pd.DataFrame) -> pd.Series:
    return (_sw_seconds(df, "Seed Time") - _sw_seconds(df, "Final Time")).dropna()


_SW_QS = [
    Q(
        "how many swimmers got disqualified",
        either(
            _count(lambda df: int(_sw_dq(df).sum())),
            _count(lambda df: int(_text(df, "Swimmer")[_sw_dq(df)].nunique())),
        ),
        ("DQ", "Swimmer", "Final Time"),
    ),
    Q(
        "which team scored the most points",
        _lead(_named(lambda df: _top(pd.to_numeric(df["Points"]).groupby(_text(df, "Team")).sum()))),
        ("Team", "Points"),
    ),
    Q(
        "and which team had the most dqs",
        _lead(_named(lambda df: _top(_sw_dq(df).groupby(_text(df, "Team")).sum()))),
        ("Team", "DQ"),
    ),
    Q(
        "who swam the fastest girls 100 free and what was the time",
        both(
            _named(lambda df: str(_sw_fastest(df)["Swimmer"]).split(",")[0]),
            _clock(lambda df: float(_sw_seconds(df, "Final Time")[_sw_fastest(df).name])),
        ),
        ("Event", "Swimmer", "Final Time"),
    ),
    Q(
        "on average how much time did people drop from their seed",
        either(
            _about(lambda df: abs(float(_sw_drop(df).mean())), rel=0.02),
            _about(lambda df: abs(float(_sw_drop(df).median())), rel=0.02),
        ),
        ("Seed Time", "Final Time", "Swimmer", "Event"),
    ),
    Q("how many different swimmers are there", _count(lambda df: int(_text(df, "Swimmer").nunique())), ("Swimmer",)),
]


# --- 7. Sled dog race checkpoint log -------------------------------------------------------------------------------

_SD_CHECKPOINTS = {"Willow": 0, "Yentna": 42, "Skwentna": 83, "Finger Lake": 123, "Rainy Pass": 153}
_SD_CHECKPOINTS |= {"Rohn": 188, "Nikolai": 263, "McGrath": 311, "Takotna": 329, "Ophir": 352, "Iditarod": 432}
_SD_CHECKPOINTS |= {"Shageluk": 487, "Anvik": 512, "Grayling": 530, "Eagle Island": 592, "Kaltag": 652}
_SD_CHECKPOINTS |= {"Unalakleet": 737, "Shaktoolik": 777, "Koyuk": 827, "Elim": 875, "White Mountain": 921}
_SD_CHECKPOINTS |= {"Safety": 976, "Nome": 998}
_SD_FIRST = ["Dallas", "Pete", "Jessie", "Aliy", "Brent", "Ryan", "Nic", "Mille", "Kelly", "Matt", "Hunter", "Riley"]
_SD_FIRST += ["Travis", "Amanda", "Wade", "Jeff", "Anna", "Eddie", "Michelle", "Richie", "Paige", "Bailey", "Lev"]
_SD_LAST = ["Kaiser", "Holmes", "Seavey", "Burmeister", "Redington", "Petit", "Diehl", "Kopp", "Deeter", "Hall"]
_SD_LAST += ["Sundberg", "Lanier", "Marrs", "Phillips", "Roalofs", "Ernst", "Jonrowe", "Hendrickson", "Baker"]


def _sled_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31507)
    mushers: list[str] = []
    while len(mushers) < 46:
        name = f"{_one(rng, _SD_FIRST)} {_one(rng, _SD_LAST)}"
        if name not in mushers:
            mushers.append(name)
    stops = list(_SD_CHECKPOINTS.items())
    rest_stop = {"Takotna": 24.0, "White Mountain": 8.0, "Kaltag": 6.0}
    rows: list[dict[str, Any]] = []
    start = pd.Timestamp("2024-03-03 14:00")
    for bib, musher in enumerate(mushers, start=2):
        speed = float(rng.uniform(7.5, 10.5))
        quit_at = int(rng.integers(3, len(stops) - 1)) if rng.random() < 0.22 else None
        dogs = int(_one(rng, [12, 13, 14, 15, 16], [1, 2, 4, 6, 12]))
        t = start + pd.Timedelta(minutes=2 * (bib - 2))
        prev_mile = 0
        for k, (cp, mile) in enumerate(stops):
            first, last = k == 0, k == len(stops) - 1
            if not first:
                t = t + pd.Timedelta(hours=(mile - prev_mile) / speed * float(rng.uniform(0.9, 1.2)))
            prev_mile = mile
            scratched = quit_at == k
            if first:
                rest = 0.0
            elif cp in rest_stop:
                rest = rest_stop[cp] + float(rng.uniform(0, 3))
            else:
                rest = float(rng.choice([0.2, 1.0, 3.0, 5.0, 7.0], p=[0.25, 0.2, 0.25, 0.2, 0.1])) * float(
                    rng.uniform(0.7, 1.3)
                )
            rest = round(rest * 12) / 12
            dropped = 0 if first or last else int(rng.binomial(1, 0.25) + rng.binomial(1, 0.04))
            dropped = min(dropped, dogs - 6)
            out = t + pd.Timedelta(hours=rest)
            done = scratched or last
            rows.append(
                {
                    "Musher": musher,
                    "Bib": bib,
                    "Checkpoint": cp,
                    "Mile": mile,
                    "In Time": "" if first else f"{t:%m/%d/%Y %H:%M}",
                    "Out Time": "" if done else f"{out:%m/%d/%Y %H:%M}",
                    "Dogs In": None if first else dogs,
                    "Dogs Out": None if done else dogs - dropped,
                    "Rest": "" if first or done else f"{int(rest)}h {round(rest % 1 * 60):02d}m",
                    "Dropped Dogs": None if done else dropped,
                    "Scratched": "Y" if scratched else "",
                }
            )
            if done:
                break
            dogs -= dropped
            t = out
    return pd.DataFrame(rows)


def _sd_rest(df: pd.DataFrame) -> pd.Series:
    parts = _text(df, "Rest").str.extract(r"^(\d+)h\s*(\d+)m$").astype(float)
    return parts[0] + parts[1] / 60


def _sd_winner(df: pd.DataFrame) -> pd.Series:
    nome = df[_text(df, "Checkpoint") == "Nome"]
    return nome.loc[_when(nome, "In Time", "%m/%d/%Y %H:%M").idxmin()]


def _sd_scratched(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Scratched").str.upper() == "Y"


_SD_QS = [
    Q(
        "how many mushers scratched",
        _count(lambda df: int(_text(df, "Musher")[_sd_scratched(df)].nunique())),
        ("Musher", "Scratched", "Bib"),
    ),
    Q("who won", _lead(_named(lambda df: str(_sd_winner(df)["Musher"]))), ("Musher", "Checkpoint", "In Time", "Bib")),
    Q(
        "how many dogs did they finish with",
        _count(lambda df: int(_sd_winner(df)["Dogs In"])),
        ("Musher", "Checkpoint", "Dogs In", "Bib"),
    ),
    Q(
        "how many dogs got dropped in total",
        _count(lambda df: int(pd.to_numeric(df["Dropped Dogs"]).sum())),
        ("Dropped Dogs", "Dogs In", "Dogs Out"),
    ),
    Q(
        "where do teams rest the longest on average",
        _lead(_named(lambda df: _top(_sd_rest(df).groupby(_text(df, "Checkpoint")).mean()))),
        ("Checkpoint", "Rest", "In Time", "Out Time"),
    ),
    Q(
        "what's the average number of dogs a team starts with",
        _about(lambda df: float(pd.to_numeric(df["Dogs Out"])[_text(df, "Checkpoint") == "Willow"].mean())),
        ("Dogs Out", "Checkpoint", "Musher"),
    ),
]


HELDOUT315 = [
    Dataset("range_lane_log", _range_frame, _SR_QS),
    Dataset("hut_overnights", _hut_frame, _HT_QS),
    Dataset("glider_flight_log", _glider_frame, _GL_QS),
    Dataset("stamp_inventory", _stamp_frame, _ST_QS),
    Dataset("gymnastics_scores", _gym_frame, _GY_QS),
    Dataset("swim_meet_results", _swim_frame, _SW_QS),
    Dataset("sled_dog_checkpoints", _sled_frame, _SD_QS),
]
