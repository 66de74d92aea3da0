"""HELDOUT361: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of the spreadsheet a small business keeps. A billiards hall's table log
(January to June 2024, one row per table session) with "Table #" (1 to 14, each table one size), "Table Size" ("7ft",
"8ft", "9ft"), "Start" and "End" as "03/14/2024 07:05 PM" (End blank for the few walk-outs), Players (1 to 6),
"Hourly Rate" as "$12.00" (by table size, a flat $8.00 on league nights), "Drinks Tab" as "$23.50" (blank when
nobody ordered; bigger groups run up bigger tabs) and "League Night" (Yes/No; Tuesday and Thursday evenings). A fish
hatchery's raceway records (2023, one row per raceway a week) with Raceway as "RW-07" (twelve, each one species),
Species (Rainbow Trout, Brown Trout, Brook Trout, Cutthroat Trout), Date as "03/14/2023", "Fish Count" (falling
by the week's losses, restocked with fingerlings after a stock-out), "Avg Length (in)" (growing faster in warm
water), "Feed (lbs)", Mortalities (more in warm water, most for brook trout), "Water Temp (F)" ("N/A" now and then,
which reads back as a blank) and "Stocked Out" (Y/N; Y when the fish reach about ten inches). A tailor's
alteration tickets (2024, one row per ticket) with Ticket as "T-4102", "In Date" and "Due Date" as "3/14/2024"
(three days to three weeks, less for rush jobs), Garment (Pants, Suit Jacket, Dress, Shirt, Skirt, Coat, Wedding
Gown), Alteration (Hem, Take In, Let Out, Shorten Sleeves, Replace Zipper, Taper), Pieces, Price as "$18.00" (by
alteration and garment, times pieces), "Rush Fee" as "$15.00" (blank for ordinary jobs) and "Ready On Time" (Y/N,
blank for tickets still open in late December). A kiln-firing service for potters (2023 and 2024, one row per
firing) with "Firing #" (a running number), Date as "2024-03-14", Kiln (Big Skutt, L&L Easy-Fire, Test Kiln), Cone
("Cone 04", "Cone 06", "Cone 5", "Cone 6", "Cone 10"; hotter cones crack more), "Shelves Used", Pieces, "Pieces
Cracked", "Charge per Shelf" as "$14.00" (by cone, a dollar more in 2024) and "Firing Hours" (by cone; blank now
and then). An axe throwing venue's lane bookings (2024, one row per booking) with "Booking ID" as "AX-10234",
Date as "2024-03-14", Lane (1 to 8), Throwers, Hours (1, 1.5, 2), Package (Standard, League, Party; now and then
lower case; leagues on weeknights), Bullseyes (blank now and then), Price as "$150.00" (by package, throwers and
hours) and Drinks as "$45.00" (blank when no drinks). A consignment shop's items (2023 and 2024, one row per item)
with "Item #" as "C-00123", Consignor ("First Last", repeated), Category (Women's Clothing, Men's Clothing, Kids,
Furniture, Jewelry, Home Decor), "Date In" and "Sold Date" as "03/14/2023" (sold blank for items still on the
floor), "List Price" as "$45.00", Markdowns (0 to 3, one every 30 days unsold), "Sale Price" as "$36.00" (blank when
unsold; 20% off list a markdown) and "Consignor Split %" as "40%" (by category). And a towing company's calls (2024,
one row per call) with "Call #" (a running number), Date as "3/14/2024", Time as "2:35 PM", "Call Type" (Accident,
Breakdown, Impound, Lockout), "Miles Towed" (0 for lockouts, blank now and then), Truck ("Wrecker 1", "Wrecker 2",
"Flatbed 3", "Flatbed 4", "Service Van" for lockouts), "Hook Fee" and "Mileage Fee" as "$95.00" (by call type;
$4.50 a mile) and "Paid By" (Motor Club, Cash, Police; now and then upper case; police for impounds and most
accidents). All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _num, _text, _top, _typical, _weekday
from .heldout333 import _FIRST, _LAST, _date, _either_named
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _money(x: float) -> str:
    return f"${x:,.2f}"


def _yes(df: pd.DataFrame, col: str) -> pd.Series:
    """A yes/no column as booleans ("Y", "Yes", "TRUE" in any case)."""
    return _text(df, col).str.upper().isin(["Y", "YES", "TRUE"])


def _both_about(*values: Callable[[pd.DataFrame], float], rel: float = 0.01) -> Check:
    """Every value appears (each to within `rel`, or rounded to one decimal)."""
    return _about(lambda df: [float(v(df)) for v in values], rel=rel)


def _person(rng: np.random.Generator) -> str:
    return f"{_one(rng, _FIRST)} {_one(rng, _LAST)}"


# --- 1. Billiards hall table log -----------------------------------------------------------------------------------

_BH_SIZES = {"7ft": 10.0, "8ft": 12.0, "9ft": 16.0}
_BH_TABLES = {n: ("7ft" if n <= 5 else "8ft" if n <= 10 else "9ft") for n in range(1, 15)}
_BH_FMT = "%m/%d/%Y %I:%M %p"
_BH_ALIASES = {s: (s.replace("ft", " ft"), s.replace("ft", "-foot"), s.replace("ft", " foot")) for s in _BH_SIZES}


def _billiards_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36101)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2024-01-01", "2024-06-30", freq="D"):
        weekend = day.dayofweek >= 4
        for _ in range(int(rng.poisson(9.0 if weekend else 5.0))):
            table = int(rng.integers(1, 15))
            size = _BH_TABLES[table]
            start = day + pd.Timedelta(minutes=int(rng.integers(11 * 60, 23 * 60)))
            league = day.dayofweek in (1, 3) and start.hour >= 18
            players = int(_one(rng, [1, 2, 3, 4, 5, 6], [3, 40, 14, 22, 6, 4]))
            minutes = 5 * round(float(rng.gamma(4, 22 if not league else 35)) / 5) + 15
            end = start + pd.Timedelta(minutes=minutes)
            walkout = rng.random() < 0.02
            drinks = players * float(rng.gamma(2.0, 5.5)) * (1.2 if weekend else 1.0)
            rows.append(
                {
                    "Table #": table,
                    "Table Size": size,
                    "Start": f"{start:{_BH_FMT}}",
                    "End": "" if walkout else f"{end:{_BH_FMT}}",
                    "Players": players,
                    "Hourly Rate": _money(8.0 if league else _BH_SIZES[size]),
                    "Drinks Tab": "" if rng.random() < 0.3 else _money(drinks),
                    "League Night": "Yes" if league else "No",
                }
            )
    return pd.DataFrame(rows)


def _bh_hours(df: pd.DataFrame) -> pd.Series:
    return (_date(df, "End", _BH_FMT) - _date(df, "Start", _BH_FMT)).dt.total_seconds() / 3600


def _bh_table_money(df: pd.DataFrame) -> pd.Series:
    return (_bh_hours(df) * _num(df, "Hourly Rate")).groupby(_text(df, "Table Size")).sum()


def _bh_drinks(df: pd.DataFrame, blank_as_zero: bool) -> pd.Series:
    tab = _num(df, "Drinks Tab")
    return tab.fillna(0.0) if blank_as_zero else tab


_BH_QS = [
    Q(
        "how many games were played on league nights",
        _count(lambda df: int(_yes(df, "League Night").sum())),
        ("League Night", "Table #"),
    ),
    Q(
        "how long do people usually play for",
        either(_typical(_bh_hours), _typical(lambda df: _bh_hours(df) * 60)),
        ("Start", "End"),
    ),
    Q(
        "which size of table makes the most money from table time",
        _lead(_named(lambda df: _top(_bh_table_money(df)), _BH_ALIASES)),
        ("Table Size", "Start", "End", "Hourly Rate"),
    ),
    Q(
        "and how much did it bring in",
        _amount(lambda df: float(_bh_table_money(df).max())),
        ("Table Size", "Start", "End", "Hourly Rate"),
    ),
    Q(
        "how much did we sell in drinks in march",
        _amount(
            lambda df: float(_num(df, "Drinks Tab")[_date(df, "Start", _BH_FMT).dt.month == 3].sum()),
        ),
        ("Drinks Tab", "Start"),
    ),
    Q(
        "do bigger groups drink more",
        either(
            _corr(lambda df: _num(df, "Players"), lambda df: _bh_drinks(df, False)),
            _corr(lambda df: _num(df, "Players"), lambda df: _bh_drinks(df, True)),
        ),
        ("Players", "Drinks Tab"),
    ),
]


# --- 2. Fish hatchery raceway records ------------------------------------------------------------------------------

# species: weekly growth in inches at 52F, weekly death rate, raceways
_FH_SPECIES = {
    "Rainbow Trout": (0.32, 0.004, 4),
    "Brown Trout": (0.26, 0.003, 3),
    "Brook Trout": (0.24, 0.009, 3),
    "Cutthroat Trout": (0.22, 0.005, 2),
}


def _hatchery_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36102)
    kinds = [species for species, (_, _, n) in _FH_SPECIES.items() for _ in range(n)]
    raceways = [(f"RW-{i + 1:02d}", species) for i, species in enumerate(kinds)]
    rows: list[dict[str, Any]] = []
    for raceway, species in raceways:
        growth, death, _ = _FH_SPECIES[species]
        count = int(rng.integers(6000, 12000))
        length = float(rng.uniform(2.0, 6.0))
        for day in pd.date_range("2023-01-03", "2023-12-26", freq="7D"):
            temp = 51.0 + 9.0 * np.sin((day.dayofyear - 110) / 365 * 2 * np.pi) + float(rng.normal(0, 1.2))
            lost = int(rng.poisson(count * death * (1 + max(0.0, temp - 54) * 0.25)))
            count = max(0, count - lost)
            length += growth * (1 + (temp - 52) * 0.05) * float(rng.uniform(0.8, 1.2))
            feed = count * 0.0009 * length**1.4 * (1 + (temp - 52) * 0.03)
            stocked = length >= 10.0
            rows.append(
                {
                    "Raceway": raceway,
                    "Species": species,
                    "Date": f"{day:%m/%d/%Y}",
                    "Fish Count": count,
                    "Avg Length (in)": round(length, 1),
                    "Feed (lbs)": round(feed, 1),
                    "Mortalities": lost,
                    "Water Temp (F)": "N/A" if rng.random() < 0.05 else round(temp, 1),
                    "Stocked Out": "Y" if stocked else "N",
                }
            )
            if stocked:
                count = int(rng.integers(6000, 12000))
                length = float(rng.uniform(2.0, 3.0))
    return pd.DataFrame(rows)


def _fh_deaths(by_rate: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        species = _text(df, "Species")
        dead = _num(df, "Mortalities").groupby(species).sum()
        if by_rate:
            return _top(dead / (_num(df, "Fish Count") + _num(df, "Mortalities")).groupby(species).sum())
        return _top(dead)

    return value


def _fh_rainbow_out(df: pd.DataFrame) -> pd.Series:
    pick = (_text(df, "Species") == "Rainbow Trout") & _yes(df, "Stocked Out")
    return _num(df, "Avg Length (in)")[pick]


_FH_QS = [
    Q(
        "how many fish died altogether",
        _count(lambda df: int(_num(df, "Mortalities").sum())),
        ("Mortalities",),
    ),
    Q(
        "which kind of fish do we lose the most of",
        either(
            _either_named(_fh_deaths(False), _fh_deaths(True)),
            _either_named(lambda df: _fh_deaths(False)(df).split()[0], lambda df: _fh_deaths(True)(df).split()[0]),
        ),
        ("Species", "Mortalities", "Fish Count"),
    ),
    Q(
        "does warmer water mean more deaths",
        _corr(lambda df: _num(df, "Water Temp (F)"), lambda df: _num(df, "Mortalities")),
        ("Water Temp (F)", "Mortalities"),
    ),
    Q(
        "how many of the readings have no water temp",
        _count(lambda df: int(_num(df, "Water Temp (F)").isna().sum())),
        ("Water Temp (F)",),
    ),
    Q(
        "how many pounds of feed went out in july",
        _about(
            lambda df: float(_num(df, "Feed (lbs)")[_date(df, "Date", "%m/%d/%Y").dt.month == 7].sum()),
            rel=0.003,
        ),
        ("Feed (lbs)", "Date"),
    ),
    Q(
        "how big are the rainbows when they get stocked out",
        _typical(_fh_rainbow_out),
        ("Avg Length (in)", "Species", "Stocked Out"),
    ),
]


# --- 3. Tailor alteration tickets ----------------------------------------------------------------------------------

# alteration: base price, weight
_TA_ALTERATIONS = {
    "Hem": (16.0, 9),
    "Take In": (28.0, 5),
    "Let Out": (30.0, 2),
    "Shorten Sleeves": (24.0, 3),
    "Replace Zipper": (22.0, 2),
    "Taper": (26.0, 3),
}
# garment: price factor, weight
_TA_GARMENTS = {
    "Pants": (1.0, 9),
    "Suit Jacket": (1.5, 4),
    "Dress": (1.3, 4),
    "Shirt": (0.9, 3),
    "Skirt": (1.0, 2),
    "Coat": (1.6, 1.5),
    "Wedding Gown": (3.5, 0.8),
}


def _tailor_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36103)
    rows: list[dict[str, Any]] = []
    ticket = 4100
    for day in pd.date_range("2024-01-02", "2024-12-31", freq="D"):
        if day.dayofweek == 6:
            continue
        busy = 1.6 if day.month in (5, 6, 10, 11, 12) else 1.0
        for _ in range(int(rng.poisson(2.4 * busy))):
            ticket += 1
            garment = str(_one(rng, list(_TA_GARMENTS), [w for _, w in _TA_GARMENTS.values()]))
            alt = str(_one(rng, list(_TA_ALTERATIONS), [w for _, w in _TA_ALTERATIONS.values()]))
            if garment == "Shirt" and alt == "Taper":
                alt = "Take In"
            pieces = int(_one(rng, [1, 2, 3, 4], [70, 20, 7, 3]))
            rush = rng.random() < 0.15
            days = int(rng.integers(2, 5)) if rush else int(_one(rng, [3, 5, 7, 10, 14, 21], [1, 3, 5, 3, 2, 1]))
            due = day + pd.Timedelta(days=days)
            late_p = (
                0.08 + (0.1 if busy > 1 else 0) + (0.12 if rush else 0) + (0.15 if garment == "Wedding Gown" else 0)
            )
            open_ticket = due > pd.Timestamp("2024-12-24")
            price = round(_TA_ALTERATIONS[alt][0] * _TA_GARMENTS[garment][0]) * pieces
            rows.append(
                {
                    "Ticket": f"T-{ticket}",
                    "In Date": f"{day.month}/{day.day}/{day.year}",
                    "Due Date": f"{due.month}/{due.day}/{due.year}",
                    "Garment": garment,
                    "Alteration": alt,
                    "Pieces": pieces,
                    "Price": _money(price),
                    "Rush Fee": _money(15.0 if pieces == 1 else 25.0) if rush else "",
                    "Ready On Time": "" if open_ticket else ("N" if rng.random() < late_p else "Y"),
                }
            )
    return pd.DataFrame(rows)


def _ta_on_time(rush_only: bool, skip_blank: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        flag = _text(df, "Ready On Time").str.upper()
        keep = pd.Series(True, index=df.index)
        if rush_only:
            keep &= _num(df, "Rush Fee").fillna(0) > 0
        if skip_blank:
            keep &= flag != ""
        return float((flag[keep] == "Y").mean())

    return value


def _ta_days(df: pd.DataFrame) -> pd.Series:
    return (_date(df, "Due Date", "%m/%d/%Y") - _date(df, "In Date", "%m/%d/%Y")).dt.days


def _ta_hems(df: pd.DataFrame, per_piece: bool) -> pd.Series:
    hem = _text(df, "Alteration") == "Hem"
    price = _num(df, "Price") / (_num(df, "Pieces") if per_piece else 1)
    return price[hem]


_TA_QS = [
    Q(
        "how many tickets came in during april",
        _count(lambda df: int((_date(df, "In Date", "%m/%d/%Y").dt.month == 4).sum())),
        ("Ticket", "In Date"),
    ),
    Q(
        "what's the most common alteration",
        _lead(_named(lambda df: _top(_text(df, "Alteration").value_counts()))),
        ("Alteration", "Ticket"),
    ),
    Q(
        "what do we charge for a hem on average",
        either(_typical(lambda df: _ta_hems(df, False)), _typical(lambda df: _ta_hems(df, True))),
        ("Price", "Alteration", "Pieces"),
    ),
    Q(
        "what share of jobs were ready on time",
        either(_share(_ta_on_time(False, True)), _share(_ta_on_time(False, False))),
        ("Ready On Time",),
    ),
    Q(
        "and for the rush jobs?",
        either(_share(_ta_on_time(True, True)), _share(_ta_on_time(True, False))),
        ("Ready On Time", "Rush Fee"),
    ),
    Q(
        "how many days do we usually give people before it's due",
        _typical(_ta_days),
        ("In Date", "Due Date"),
    ),
]


# --- 4. Kiln-firing service ----------------------------------------------------------------------------------------

# cone: charge per shelf, hours, crack rate, weight
_KF_CONES = {
    "Cone 04": (12.0, 8.5, 0.015, 5),
    "Cone 06": (11.0, 8.0, 0.02, 2),
    "Cone 5": (16.0, 10.5, 0.03, 3),
    "Cone 6": (16.0, 11.0, 0.035, 5),
    "Cone 10": (22.0, 13.5, 0.06, 1.5),
}
_KF_KILNS = {"Big Skutt": (10, 5), "L&L Easy-Fire": (7, 4), "Test Kiln": (3, 1.5)}


def _kiln_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36104)
    rows: list[dict[str, Any]] = []
    firing = 0
    for day in pd.date_range("2023-01-02", "2024-12-31", freq="D"):
        season = 1.0 + 0.5 * (day.month in (11, 12)) + 0.2 * (day.month in (4, 5))
        for _ in range(int(rng.poisson(1.1 * season))):
            firing += 1
            kiln = str(_one(rng, list(_KF_KILNS), [w for _, w in _KF_KILNS.values()]))
            cone = str(_one(rng, list(_KF_CONES), [v[3] for v in _KF_CONES.values()]))
            if kiln == "Test Kiln" and cone == "Cone 10":
                cone = "Cone 6"
            charge, hours, crack, _ = _KF_CONES[cone]
            shelves = int(rng.integers(1, _KF_KILNS[kiln][0] + 1))
            pieces = int(sum(rng.integers(3, 9) for _ in range(shelves)))
            rows.append(
                {
                    "Firing #": firing,
                    "Date": f"{day:%Y-%m-%d}",
                    "Kiln": kiln,
                    "Cone": cone,
                    "Shelves Used": shelves,
                    "Pieces": pieces,
                    "Pieces Cracked": int(rng.binomial(pieces, crack)),
                    "Charge per Shelf": _money(charge + (1.0 if day.year == 2024 else 0.0)),
                    "Firing Hours": "" if rng.random() < 0.04 else round(hours + float(rng.normal(0, 0.6)), 1),
                }
            )
    return pd.DataFrame(rows)


def _kf_crack(by_rate: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        cone = _text(df, "Cone")
        cracked = _num(df, "Pieces Cracked").groupby(cone).sum()
        return _top(cracked / _num(df, "Pieces").groupby(cone).sum() if by_rate else cracked)

    return value


def _kf_year_money(df: pd.DataFrame) -> float:
    year = _date(df, "Date", "%Y-%m-%d").dt.year
    return float((_num(df, "Shelves Used") * _num(df, "Charge per Shelf"))[year == 2023].sum())


def _kf_busiest(what: str | None) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(df: pd.DataFrame) -> pd.Timestamp:
        month = _date(df, "Date", "%Y-%m-%d").dt.to_period("M")
        s = _num(df, what).groupby(month).sum() if what else month.value_counts().sort_index()
        return s.sort_index().idxmax().to_timestamp()

    return value


_KF_QS = [
    Q(
        "how many pieces have we fired in total",
        _count(lambda df: int(_num(df, "Pieces").sum())),
        ("Pieces",),
    ),
    Q(
        "what percent of them cracked",
        either(
            _share(lambda df: float(_num(df, "Pieces Cracked").sum() / _num(df, "Pieces").sum())),
            _share(lambda df: float((_num(df, "Pieces Cracked") / _num(df, "Pieces")).mean())),
        ),
        ("Pieces", "Pieces Cracked"),
    ),
    Q(
        "which cone cracks the most",
        _either_named(_kf_crack(True), _kf_crack(False)),
        ("Cone", "Pieces Cracked", "Pieces"),
    ),
    Q(
        "how much money did firings bring in in 2023",
        _amount(_kf_year_money),
        ("Shelves Used", "Charge per Shelf", "Date"),
    ),
    Q(
        "how long does a cone 6 firing usually take",
        _typical(lambda df: _num(df, "Firing Hours")[_text(df, "Cone") == "Cone 6"].dropna()),
        ("Firing Hours", "Cone"),
    ),
    Q(
        "which month was busiest",
        either(
            _month_year(_kf_busiest(None)),
            _month_year(_kf_busiest("Pieces")),
            _month_year(_kf_busiest("Shelves Used")),
        ),
        ("Date", "Firing #", "Pieces", "Shelves Used"),
    ),
]


# --- 5. Axe throwing lane bookings ---------------------------------------------------------------------------------

# package: price per thrower-hour, weight on weekdays, weight on weekends
_AX_PACKAGES = {"Standard": (25.0, 4, 5), "League": (15.0, 4, 0.3), "Party": (32.0, 1.5, 4)}


def _axe_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36105)
    rows: list[dict[str, Any]] = []
    booking = 10200
    for day in pd.date_range("2024-01-01", "2024-12-31", freq="D"):
        weekend = day.dayofweek >= 4
        for _ in range(int(rng.poisson(5.5 if weekend else 2.2))):
            booking += 1
            pack = str(_one(rng, list(_AX_PACKAGES), [v[2 if weekend else 1] for v in _AX_PACKAGES.values()]))
            throwers = int(rng.integers(6, 17)) if pack == "Party" else int(rng.integers(1, 7))
            hours = float(_one(rng, [1.0, 1.5, 2.0], [5, 3, 2] if pack != "League" else [0, 0, 1]))
            skill = 0.9 if pack == "League" else 0.35
            bulls = int(rng.poisson(throwers * hours * 6 * skill))
            drinks = throwers * float(rng.gamma(2.0, 6.0)) if rng.random() < 0.6 else None
            rows.append(
                {
                    "Booking ID": f"AX-{booking}",
                    "Date": f"{day:%Y-%m-%d}",
                    "Lane": int(rng.integers(1, 9)),
                    "Throwers": throwers,
                    "Hours": hours,
                    "Package": pack.lower() if rng.random() < 0.05 else pack,
                    "Bullseyes": "" if rng.random() < 0.05 else bulls,
                    "Price": _money(_AX_PACKAGES[pack][0] * throwers * hours),
                    "Drinks": "" if drinks is None else _money(drinks),
                }
            )
    return pd.DataFrame(rows)


def _ax_package(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Package").str.title()


def _ax_top_package(with_drinks: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        money = _num(df, "Price") + (_num(df, "Drinks").fillna(0) if with_drinks else 0)
        return _top(money.groupby(_ax_package(df)).sum())

    return value


def _ax_league_bulls(per_row: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        league = (_ax_package(df) == "League") & _num(df, "Bullseyes").notna()
        bulls, throwers = _num(df, "Bullseyes")[league], _num(df, "Throwers")[league]
        return float((bulls / throwers).mean()) if per_row else float(bulls.sum() / throwers.sum())

    return value


def _ax_weekday(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Date", "%Y-%m-%d").dt.day_name()


def _ax_busiest(what: str | None) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        day = _ax_weekday(df)
        return _top(_num(df, what).groupby(day).sum() if what else day.value_counts())

    return value


def _ax_day_drinks(what: str | None) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        return float(_num(df, "Drinks")[_ax_weekday(df) == _ax_busiest(what)(df)].sum())

    return value


_AX_QS = [
    Q(
        "how many party bookings did we have",
        _count(lambda df: int((_ax_package(df) == "Party").sum())),
        ("Package", "Booking ID"),
    ),
    Q(
        "how many people are in a typical group",
        _typical(lambda df: _num(df, "Throwers")),
        ("Throwers",),
    ),
    Q(
        "which package makes us the most money",
        _either_named(_ax_top_package(False), _ax_top_package(True)),
        ("Package", "Price", "Drinks"),
    ),
    Q(
        "how many bullseyes does a league thrower get on average",
        either(_about(_ax_league_bulls(True)), _about(_ax_league_bulls(False))),
        ("Bullseyes", "Throwers", "Package"),
    ),
    Q(
        "what day of the week is busiest",
        either(_weekday(_ax_busiest(None)), _weekday(_ax_busiest("Throwers"))),
        ("Date", "Booking ID", "Throwers"),
    ),
    Q(
        "how much did we sell in drinks on that day",
        either(_amount(_ax_day_drinks(None)), _amount(_ax_day_drinks("Throwers"))),
        ("Drinks", "Date"),
    ),
]


# --- 6. Consignment shop items -------------------------------------------------------------------------------------

# category: consignor split, list price (log mean, log sd), sell chance a 30 days, weight
_CS_CATEGORIES = {
    "Women's Clothing": ("40%", 3.3, 0.5, 0.35, 8),
    "Men's Clothing": ("40%", 3.4, 0.5, 0.28, 4),
    "Kids": ("40%", 2.6, 0.4, 0.4, 3),
    "Furniture": ("60%", 5.3, 0.6, 0.22, 2),
    "Jewelry": ("50%", 3.9, 0.8, 0.25, 2),
    "Home Decor": ("50%", 3.2, 0.6, 0.3, 3),
}


def _consignment_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36106)
    consignors = list(dict.fromkeys(_person(rng) for _ in range(60)))
    weights = rng.pareto(1.5, len(consignors)) + 0.2
    rows: list[dict[str, Any]] = []
    end = pd.Timestamp("2024-12-31")
    for n in range(1, 2401):
        cat = str(_one(rng, list(_CS_CATEGORIES), [v[4] for v in _CS_CATEGORIES.values()]))
        split, mu, sd, chance, _ = _CS_CATEGORIES[cat]
        date_in = pd.Timestamp("2023-01-03") + pd.Timedelta(days=int(rng.integers(0, 720)))
        list_price = max(4.0, round(float(rng.lognormal(mu, sd)) / 2) * 2)
        sold, markdowns = None, 0
        for step in range(6):
            if rng.random() < chance * (1 + 0.25 * step):
                sold = date_in + pd.Timedelta(days=int(30 * step + rng.integers(1, 31)))
                break
            markdowns = min(3, step + 1)
        if sold is not None and sold > end:
            sold = None
        if sold is None:
            markdowns = min(markdowns, max(0, (end - date_in).days // 30))
        sale = round(list_price * (1 - 0.2 * markdowns), 2) if sold is not None else None
        rows.append(
            {
                "Item #": f"C-{n:05d}",
                "Consignor": str(_one(rng, consignors, list(weights))),
                "Category": cat,
                "Date In": f"{date_in:%m/%d/%Y}",
                "List Price": _money(list_price),
                "Markdowns": markdowns,
                "Sold Date": "" if sold is None else f"{sold:%m/%d/%Y}",
                "Sale Price": "" if sale is None else _money(sale),
                "Consignor Split %": split,
            }
        )
    return pd.DataFrame(rows)


def _cs_sold(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Sold Date") != ""


def _cs_days(df: pd.DataFrame) -> pd.Series:
    return (_date(df, "Sold Date", "%m/%d/%Y") - _date(df, "Date In", "%m/%d/%Y")).dt.days.dropna()


def _cs_payout(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Sale Price").fillna(0) * _num(df, "Consignor Split %") / 100


def _cs_marked(marked: bool, how: str) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        pick = _cs_sold(df) & ((_num(df, "Markdowns") > 0) == marked)
        return float(getattr(_num(df, "Sale Price")[pick], how)())

    return value


_CS_QS = [
    Q(
        "how many items haven't sold yet",
        _count(lambda df: int((~_cs_sold(df)).sum())),
        ("Sold Date", "Sale Price", "Item #"),
    ),
    Q(
        "what percent of the furniture sold",
        _share(lambda df: float(_cs_sold(df)[_text(df, "Category") == "Furniture"].mean())),
        ("Category", "Sold Date", "Sale Price"),
    ),
    Q(
        "how long does stuff take to sell",
        _typical(_cs_days),
        ("Date In", "Sold Date"),
    ),
    Q(
        "how much have we paid out to consignors in total",
        _amount(lambda df: float(_cs_payout(df).sum())),
        ("Sale Price", "Consignor Split %"),
    ),
    Q(
        "who's our best consignor",
        _either_named(
            lambda df: _top(_num(df, "Sale Price").groupby(_text(df, "Consignor")).sum()),
            lambda df: _top(_cs_payout(df).groupby(_text(df, "Consignor")).sum()),
            lambda df: _top(_cs_sold(df).groupby(_text(df, "Consignor")).sum()),
        ),
        ("Consignor", "Sale Price", "Consignor Split %", "Sold Date", "Item #"),
    ),
    Q(
        "do marked down things sell for less than stuff that was never marked down",
        either(
            _both_about(_cs_marked(True, "mean"), _cs_marked(False, "mean")),
            _both_about(_cs_marked(True, "median"), _cs_marked(False, "median")),
        ),
        ("Markdowns", "Sale Price"),
    ),
]


# --- 7. Towing company calls ---------------------------------------------------------------------------------------

# call type: hook fee, weight, share paid by police, by motor club
_TW_TYPES = {
    "Accident": (150.0, 3, 0.6, 0.25),
    "Breakdown": (95.0, 6, 0.0, 0.7),
    "Impound": (175.0, 2, 1.0, 0.0),
    "Lockout": (65.0, 3, 0.0, 0.6),
}


def _towing_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36107)
    rows: list[dict[str, Any]] = []
    call = 24000
    for day in pd.date_range("2024-01-01", "2024-12-31", freq="D"):
        winter = 1.4 if day.month in (1, 2, 12) else 1.0
        for _ in range(int(rng.poisson(4.0 * winter))):
            call += 1
            kind = str(_one(rng, list(_TW_TYPES), [v[1] for v in _TW_TYPES.values()]))
            hook, _, police, club = _TW_TYPES[kind]
            night = rng.random() < (0.45 if kind in ("Impound", "Accident") else 0.2)
            minute = int(rng.integers(20 * 60, 30 * 60)) % (24 * 60) if night else int(rng.integers(6 * 60, 20 * 60))
            stamp = pd.Timestamp(2024, 1, 1) + pd.Timedelta(minutes=minute)
            miles = 0.0 if kind == "Lockout" else round(float(rng.gamma(2.2, 6.0 if kind != "Impound" else 2.5)), 1)
            if kind == "Lockout":
                truck = "Service Van"
            else:
                truck = str(_one(rng, ["Wrecker 1", "Wrecker 2", "Flatbed 3", "Flatbed 4"], [4, 3, 3, 2]))
            u = rng.random()
            payer = "Police" if u < police else "Motor Club" if u < police + club else "Cash"
            rows.append(
                {
                    "Call #": call,
                    "Date": f"{day.month}/{day.day}/{day.year}",
                    "Time": f"{stamp:%I:%M %p}".lstrip("0"),
                    "Call Type": kind,
                    "Miles Towed": "" if kind != "Lockout" and rng.random() < 0.03 else miles,
                    "Truck": truck,
                    "Hook Fee": _money(hook),
                    "Mileage Fee": _money(4.5 * miles),
                    "Paid By": payer.upper() if rng.random() < 0.06 else payer,
                }
            )
    return pd.DataFrame(rows)


def _tw_type(df: pd.DataFrame, kind: str) -> pd.Series:
    return _text(df, "Call Type").str.title() == kind


def _tw_hour(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Time"), format="%I:%M %p").dt.hour


def _tw_accident_month(df: pd.DataFrame) -> pd.Timestamp:
    month = _date(df, "Date", "%m/%d/%Y").dt.to_period("M")[_tw_type(df, "Accident")]
    return month.value_counts().sort_index().idxmax().to_timestamp()


_TW_QS = [
    Q(
        "how many lockouts did we do",
        _count(lambda df: int(_tw_type(df, "Lockout").sum())),
        ("Call Type", "Call #"),
    ),
    Q(
        "how far do we usually tow cars after an accident",
        _typical(lambda df: _num(df, "Miles Towed")[_tw_type(df, "Accident")].dropna()),
        ("Miles Towed", "Call Type"),
    ),
    Q(
        "how much did the motor clubs pay us in total",
        _amount(
            lambda df: float(
                (_num(df, "Hook Fee") + _num(df, "Mileage Fee"))[_text(df, "Paid By").str.title() == "Motor Club"].sum()
            )
        ),
        ("Hook Fee", "Mileage Fee", "Paid By"),
    ),
    Q(
        "what share of calls come in at night, say 8pm to 6am",
        _share(lambda df: float(((_tw_hour(df) >= 20) | (_tw_hour(df) < 6)).mean())),
        ("Time",),
    ),
    Q(
        "which truck does the most tows",
        either(
            _lead(_named(lambda df: _top(_text(df, "Truck")[~_tw_type(df, "Lockout")].value_counts()))),
            _lead(_named(lambda df: _top(_text(df, "Truck").value_counts()))),
        ),
        ("Truck", "Call #", "Call Type"),
    ),
    Q(
        "which month had the most accidents",
        _month_year(_tw_accident_month),
        ("Date", "Call Type", "Call #"),
    ),
]


HELDOUT361 = [
    Dataset("billiards_hall_table_sessions", _billiards_frame, _BH_QS),
    Dataset("hatchery_raceway_weekly_records", _hatchery_frame, _FH_QS),
    Dataset("tailor_alteration_tickets", _tailor_frame, _TA_QS),
    Dataset("kiln_firing_service_log", _kiln_frame, _KF_QS),
    Dataset("axe_throwing_lane_bookings", _axe_frame, _AX_QS),
    Dataset("consignment_shop_items", _consignment_frame, _CS_QS),
    Dataset("towing_company_dispatch_calls", _towing_frame, _TW_QS),
]
