"""HELDOUT360: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of the spreadsheet a small outfit keeps: an ice rink's public skate sessions
(the 2022-23 and 2023-24 seasons, October to March, one row per session; one afternoon session on weekdays, three on
weekends) with Date as "2024-01-14", "Session Start" as "7:00 PM", Skaters, "Skate Rentals" (never more than the
skaters), "Admission Price" and "Rental Price" as "$9.00" and "$4.50" (a dollar more for the 2023-24 season, evening
admission a dollar more), "Zamboni Runs" (1 to 3, more for bigger crowds) and "Temp Outside (F)" (blank now and then;
colder days draw more skaters). A drywall contractor's jobs (2022 to 2024, one row per job) with "Job #" as "DW-1042"
(a running number), "Start Date" as "03/14/2024", Builder (a handful of home builders plus "Private - Homeowner"),
"Sheets Hung", "Sheet Size" ("4x8", "4x12", now and then "4X12"), "Finish Level" (1 to 5, mostly 4), "Crew Size",
Days (more sheets, more days; bigger crews fewer), Bid as "$12,450.00" (by sheets, size and finish level) and
"Extras Billed" as "$350.00" (blank when there were none). A taxidermy shop's orders (fall 2022 to 2024, one row per
order) with Ticket (a running number), "Drop Off Date" as "10/14/2023", Animal (Whitetail Deer, Elk, Black Bear,
Turkey, Mallard, Pheasant, Largemouth Bass, Coyote; deer most often), "Mount Type" (Shoulder, Full, European; by
animal), Deposit as "$250" and "Total Price" as "$650.00" (by animal and mount), "Promised Weeks" and "Picked Up Date"
as "10/14/2023" (blank for orders still in the shop; the shop usually runs late). An apiary's hive inspections (2023
and 2024, April to October, one row per hive a visit, each hive seen again and again) with "Hive ID" as "H-07", Yard
(Home, Orchard, Creek Bottom, Hilltop; each hive in one yard), "Inspection Date" as "2024-05-14", "Frames of Brood",
"Queen Seen" (Y/N, blank now and then), "Mites per 100" (mites per 100 bees, one decimal, blank when no wash was done;
rising into late summer, lower once treated), Treated (Yes/No), "Supers On" (more on strong hives) and Temperament
(1 calm to 5 hot). An insulation installer's quotes (2022 to 2024, one row per quote) with "Quote #" as "Q-23-0412",
"Quote Date" as "3/14/2023", "House Sq Ft", Material (Blown Cellulose, Fiberglass Batt, Spray Foam), "R Value" as
"R-38", Qty and Unit ("bags" for blown and batts, "board ft" for foam), "Quote Amount" as "$2,345.00" and Won (Y/N;
blank for the last weeks' quotes still pending). A bridal shop's appointments (2023 and 2024, one row per
appointment) with "Appt Date" as "2024-03-16", Bride as "First Last", Consultant, "Dresses Tried", Bought (Yes/No),
"Dress Price" as "$1,450" (blank when nothing was bought), "Alterations Booked" (Yes/No; blank when nothing was
bought), "Party Size" (people she brought; bigger parties try on more dresses) and "Came From" (Instagram, Referral,
Walk-in, Google; now and then lower case). And a window cleaning crew's route log (2023 and 2024, April to November,
one row per route run) with Date as "04/14/2024", Route ("Route 1 - Northside" to "Route 6 - Old Town"), Houses,
Panes, Crew (people on the crew, 2 to 4; bigger crews, fewer hours), Hours, "Screens Cleaned", "Total Billed" as
"$1,234.00" and Tips as "$40.00" (blank on days with none). All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _num, _text, _top, _typical
from .heldout333 import _FIRST, _LAST, _date, _either_named
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_names as _month_names
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _money(x: float) -> str:
    return f"${x:,.2f}"


def _yes(df: pd.DataFrame, col: str) -> pd.Series:
    """A yes/no column as booleans ("Y", "Yes", "TRUE" in any case)."""
    return _text(df, col).str.upper().isin(["Y", "YES", "TRUE"])


def _no(df: pd.DataFrame, col: str) -> pd.Series:
    return _text(df, col).str.upper().isin(["N", "NO", "FALSE"])


def _both_about(*values: Callable[[pd.DataFrame], float], rel: float = 0.01) -> Check:
    """Every value appears (each to within `rel`, or rounded to one decimal)."""
    return _about(lambda df: [float(v(df)) for v in values], rel=rel)


def _person(rng: np.random.Generator) -> str:
    return f"{_one(rng, _FIRST)} {_one(rng, _LAST)}"


def _month_named(value: Callable[[pd.DataFrame], int]) -> Check:
    """A month of the year by name ("July", "Jul")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        m = int(value(df))
        if re.search(rf"\b(?:{_month_names(m)})\b", answer, re.IGNORECASE):
            return None
        return f"missing month {m}"

    return check


# --- 1. Ice rink public skate sessions -----------------------------------------------------------------------------

_IR_WEEKEND = {"1:00 PM": 1.15, "3:30 PM": 1.0, "7:00 PM": 1.3}


def _rink_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36001)
    rows: list[dict[str, Any]] = []
    for start, end in (("2022-10-01", "2023-03-31"), ("2023-10-01", "2024-03-31")):
        later = start.startswith("2023")
        for day in pd.date_range(start, end, freq="D"):
            mid = abs((day - pd.Timestamp(day.year if day.month < 7 else day.year + 1, 1, 15)).days)
            temp = 28 + 0.22 * mid + float(rng.normal(0, 8))
            slots = _IR_WEEKEND if day.dayofweek >= 5 else {"3:00 PM": 0.45}
            for slot, pull in slots.items():
                crowd = pull * (140 - 1.3 * (temp - 30)) * (1.35 if day.month == 12 and day.day > 20 else 1.0)
                skaters = int(max(5, rng.poisson(max(6.0, crowd))))
                rentals = int(rng.binomial(skaters, float(rng.uniform(0.3, 0.55))))
                evening = slot.endswith("PM") and slot.startswith("7")
                admission = 8.0 + (1.0 if later else 0.0) + (1.0 if evening else 0.0)
                rows.append(
                    {
                        "Date": f"{day:%Y-%m-%d}",
                        "Session Start": slot,
                        "Skaters": skaters,
                        "Skate Rentals": rentals,
                        "Admission Price": _money(admission),
                        "Rental Price": _money(4.0 + (0.5 if later else 0.0)),
                        "Zamboni Runs": 1 + int(skaters > 120) + int(skaters > 200),
                        "Temp Outside (F)": "" if rng.random() < 0.05 else round(temp),
                    }
                )
    return pd.DataFrame(rows)


def _ir_take(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Skaters") * _num(df, "Admission Price") + _num(df, "Skate Rentals") * _num(df, "Rental Price")


_IR_QS = [
    Q("how many people skated in total", _count(lambda df: int(_num(df, "Skaters").sum())), ("Skaters",)),
    Q(
        "what share of skaters rent skates",
        either(
            _share(lambda df: float(_num(df, "Skate Rentals").sum() / _num(df, "Skaters").sum())),
            _share(lambda df: float((_num(df, "Skate Rentals") / _num(df, "Skaters")).mean())),
        ),
        ("Skate Rentals", "Skaters"),
    ),
    Q(
        "which session time draws the biggest crowd",
        _either_named(
            lambda df: _top(_num(df, "Skaters").groupby(_text(df, "Session Start")).mean()),
            lambda df: _top(_num(df, "Skaters").groupby(_text(df, "Session Start")).sum()),
        ),
        ("Session Start", "Skaters"),
    ),
    Q(
        "does it get busier when it's colder out",
        _corr(lambda df: _num(df, "Temp Outside (F)"), lambda df: _num(df, "Skaters")),
        ("Temp Outside (F)", "Skaters"),
    ),
    Q(
        "how much did we take in on admissions plus rentals in january 2024",
        _amount(lambda df: float(_ir_take(df)[_date(df, "Date", "%Y-%m-%d").dt.to_period("M") == "2024-01"].sum())),
        ("Date", "Skaters", "Admission Price", "Skate Rentals", "Rental Price"),
    ),
    Q(
        "how many sessions are missing the temperature",
        _count(lambda df: int(_num(df, "Temp Outside (F)").isna().sum())),
        ("Temp Outside (F)",),
    ),
]


# --- 2. Drywall contractor jobs ------------------------------------------------------------------------------------

_DW_BUILDERS = {
    "Pulte Homes": 5, "Ryan Homes": 4, "Stonegate Custom Homes": 2, "Meridian Builders": 3,
    "Lakeside Construction": 2, "Private - Homeowner": 2.5,
}  # fmt: skip
_DW_LEVELS = {1: 0.5, 2: 1, 3: 2, 4: 8, 5: 1.5}


def _drywall_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36002)
    rows: list[dict[str, Any]] = []
    job = 1000
    for day in pd.date_range("2022-01-03", "2024-12-31", freq="B"):
        if rng.random() > 0.55:
            continue
        job += 1
        builder = str(_one(rng, list(_DW_BUILDERS), list(_DW_BUILDERS.values())))
        private = builder.startswith("Private")
        sheets = int(np.clip(rng.normal(70 if private else 260, 30 if private else 80), 12, 520))
        size = "4x12" if rng.random() < (0.3 if private else 0.7) else "4x8"
        level = int(_one(rng, list(_DW_LEVELS), list(_DW_LEVELS.values())))
        crew = int(np.clip(round(sheets / 90 + rng.normal(1.2, 0.7)), 1, 6))
        days = max(1, round(sheets * (1.5 if size == "4x12" else 1.0) / (crew * 28) * (1 + 0.25 * (level - 3)) + 1.5))
        per = (16.0 if size == "4x8" else 22.5) * (1 + 0.18 * (level - 4)) * float(rng.uniform(0.92, 1.1))
        bid = round(sheets * per + (250 if private else 0), -1)
        extras = float(rng.gamma(2, 220)) if rng.random() < 0.3 else 0.0
        rows.append(
            {
                "Job #": f"DW-{job}",
                "Start Date": f"{day:%m/%d/%Y}",
                "Builder": builder,
                "Sheets Hung": sheets,
                "Sheet Size": size.upper() if rng.random() < 0.05 else size,
                "Finish Level": level,
                "Crew Size": crew,
                "Days": days,
                "Bid": _money(bid),
                "Extras Billed": _money(round(extras, -1)) if extras else "",
            }
        )
    return pd.DataFrame(rows)


def _dw_big(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Sheet Size").str.lower() == "4x12"


_DW_QS = [
    Q(
        "which builder gives us the most work",
        _either_named(
            lambda df: _top(_text(df, "Builder").value_counts()),
            lambda df: _top(_num(df, "Bid").groupby(_text(df, "Builder")).sum()),
            lambda df: _top(_num(df, "Sheets Hung").groupby(_text(df, "Builder")).sum()),
        ),
        ("Builder", "Job #", "Bid", "Sheets Hung"),
    ),
    Q(
        "what do we bid per sheet on average",
        either(
            _about(lambda df: float(_num(df, "Bid").sum() / _num(df, "Sheets Hung").sum())),
            _typical(lambda df: _num(df, "Bid") / _num(df, "Sheets Hung")),
        ),
        ("Bid", "Sheets Hung"),
    ),
    Q(
        "how many jobs were level 5 finish",
        _count(lambda df: int((_num(df, "Finish Level") == 5).sum())),
        ("Finish Level", "Job #"),
    ),
    Q(
        "typical crew size on the 12 foot board jobs",
        _typical(lambda df: _num(df, "Crew Size")[_dw_big(df)]),
        ("Crew Size", "Sheet Size"),
    ),
    Q(
        "total extras we billed in 2023",
        _amount(lambda df: float(_num(df, "Extras Billed")[_date(df, "Start Date", "%m/%d/%Y").dt.year == 2023].sum())),
        ("Extras Billed", "Start Date"),
    ),
    Q(
        "do bigger jobs take more days",
        _corr(lambda df: _num(df, "Sheets Hung"), lambda df: _num(df, "Days")),
        ("Sheets Hung", "Days"),
    ),
]


# --- 3. Taxidermy shop orders --------------------------------------------------------------------------------------

# animal: weight, mount types with weights, price per mount type
_TX_ANIMALS: dict[str, tuple[float, dict[str, float], dict[str, float]]] = {
    "Whitetail Deer": (
        10,
        {"Shoulder": 7, "European": 3, "Full": 0.2},
        {"Shoulder": 650, "European": 175, "Full": 2400},
    ),
    "Elk": (1.5, {"Shoulder": 6, "European": 3}, {"Shoulder": 1350, "European": 300}),
    "Black Bear": (1.2, {"Full": 3, "Shoulder": 2, "European": 1}, {"Full": 2800, "Shoulder": 900, "European": 225}),
    "Turkey": (3, {"Full": 8, "Shoulder": 0.5}, {"Full": 750, "Shoulder": 350}),
    "Mallard": (2, {"Full": 1}, {"Full": 400}),
    "Pheasant": (1.5, {"Full": 1}, {"Full": 375}),
    "Largemouth Bass": (2, {"Full": 1}, {"Full": 450}),
    "Coyote": (1, {"Full": 2, "Shoulder": 1}, {"Full": 1100, "Shoulder": 550}),
}


def _taxidermy_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36003)
    rows: list[dict[str, Any]] = []
    ticket = 2200
    end = pd.Timestamp("2024-12-31")
    for day in pd.date_range("2022-09-01", "2024-12-31", freq="D"):
        fall = day.month in (10, 11, 12) or (day.month == 1 and day.day < 20)
        for _ in range(int(rng.poisson(1.4 if fall else 0.25))):
            ticket += 1
            animal = str(_one(rng, list(_TX_ANIMALS), [w for w, *_ in _TX_ANIMALS.values()]))
            _, mounts, prices = _TX_ANIMALS[animal]
            mount = str(_one(rng, list(mounts), list(mounts.values())))
            total = round(prices[mount] * float(rng.uniform(0.9, 1.15)) / 5) * 5
            deposit = 100 if total < 500 else 250 if total < 1500 else 500
            weeks = 12 if mount == "European" else 40 if mount == "Full" and total > 1500 else 30
            ready = day + pd.Timedelta(weeks=weeks * float(rng.uniform(0.9, 1.5)))
            picked = ready + pd.Timedelta(days=int(rng.gamma(1.5, 12)))
            if rng.random() < 0.03:
                picked = end + pd.Timedelta(days=1)
            rows.append(
                {
                    "Ticket": ticket,
                    "Drop Off Date": f"{day:%m/%d/%Y}",
                    "Animal": animal,
                    "Mount Type": mount,
                    "Deposit": f"${deposit}",
                    "Total Price": _money(total),
                    "Promised Weeks": weeks,
                    "Picked Up Date": "" if picked > end else f"{picked:%m/%d/%Y}",
                }
            )
    return pd.DataFrame(rows)


def _tx_open(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Picked Up Date") == ""


def _tx_days(df: pd.DataFrame) -> pd.Series:
    fmt = "%m/%d/%Y"
    return (_date(df, "Picked Up Date", fmt) - _date(df, "Drop Off Date", fmt)).dt.days


_TX_QS = [
    Q(
        "what animal do we get the most",
        _lead(_named(lambda df: _top(_text(df, "Animal").value_counts()))),
        ("Animal",),
    ),
    Q(
        "whats a deer shoulder mount cost on average",
        _typical(
            lambda df: _num(df, "Total Price")[
                (_text(df, "Animal") == "Whitetail Deer") & (_text(df, "Mount Type") == "Shoulder")
            ]
        ),
        ("Total Price", "Animal", "Mount Type"),
    ),
    Q("how many orders haven't been picked up yet", _count(lambda df: int(_tx_open(df).sum())), ("Picked Up Date",)),
    Q(
        "and how much is still owed on those",
        _amount(lambda df: float((_num(df, "Total Price") - _num(df, "Deposit"))[_tx_open(df)].sum())),
        ("Total Price", "Deposit", "Picked Up Date"),
    ),
    Q(
        "how long do people actually wait from drop off to pick up",
        either(
            _typical(_tx_days),
            _typical(lambda df: _tx_days(df) / 7),
            _typical(lambda df: _tx_days(df) / 30.44),
        ),
        ("Drop Off Date", "Picked Up Date"),
    ),
    Q(
        "what fraction are european mounts",
        _share(lambda df: float((_text(df, "Mount Type").str.lower() == "european").mean())),
        ("Mount Type",),
    ),
]


# --- 4. Apiary hive inspections ------------------------------------------------------------------------------------

_AP_YARDS = {"Home": (0.0, 10), "Orchard": (0.8, 12), "Creek Bottom": (1.6, 9), "Hilltop": (-0.4, 8)}


def _apiary_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36004)
    hives: list[dict[str, Any]] = []
    n = 0
    for yard, (_, size) in _AP_YARDS.items():
        for _ in range(size):
            n += 1
            hives.append(
                {"id": f"H-{n:02d}", "yard": yard, "vigor": float(rng.normal(0, 1)), "hot": rng.integers(1, 4)}
            )
    rows: list[dict[str, Any]] = []
    for year in (2023, 2024):
        for h in hives:
            day = pd.Timestamp(year, 4, 1) + pd.Timedelta(days=int(rng.integers(0, 12)))
            treated_on: pd.Timestamp | None = None
            while day.month <= 10:
                season = day.dayofyear / 365
                brood = int(np.clip(rng.normal(4 + 4 * np.sin(np.pi * (season - 0.2) / 0.6) + h["vigor"], 1.2), 0, 10))
                mites = max(0.0, rng.gamma(2, 0.4 + 2.2 * max(0.0, season - 0.3) + _AP_YARDS[h["yard"]][0] * 0.6))
                if treated_on is None and day.month >= 8 and mites > 2.5:
                    treated_on = day
                treated = treated_on is not None and day >= treated_on
                if treated and day > treated_on:
                    mites *= 0.35
                supers = int(np.clip(round(brood / 3 + h["vigor"] + rng.normal(0, 0.6)), 0, 4))
                rows.append(
                    {
                        "Hive ID": h["id"],
                        "Yard": h["yard"],
                        "Inspection Date": f"{day:%Y-%m-%d}",
                        "Frames of Brood": brood,
                        "Queen Seen": "" if rng.random() < 0.06 else ("Y" if rng.random() < 0.64 else "N"),
                        "Mites per 100": "" if rng.random() < 0.15 else round(mites, 1),
                        "Treated": "Yes" if treated else "No",
                        "Supers On": supers,
                        "Temperament": int(np.clip(h["hot"] + rng.integers(-1, 2), 1, 5)),
                    }
                )
                day += pd.Timedelta(days=int(rng.integers(10, 18)))
    return pd.DataFrame(rows)


def _ap_mites(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Mites per 100")


_AP_QS = [
    Q("how many hives do we have", _count(lambda df: int(_text(df, "Hive ID").nunique())), ("Hive ID",)),
    Q(
        "which yard has the worst mites",
        _either_named(
            lambda df: _top(_ap_mites(df).groupby(_text(df, "Yard")).mean()),
            lambda df: _top(_ap_mites(df).groupby(_text(df, "Yard")).median()),
        ),
        ("Yard", "Mites per 100"),
    ),
    Q(
        "what percent of inspections did we spot the queen",
        either(
            _share(lambda df: float(_yes(df, "Queen Seen").mean())),
            _share(lambda df: float(_yes(df, "Queen Seen")[_text(df, "Queen Seen") != ""].mean())),
        ),
        ("Queen Seen",),
    ),
    Q(
        "average mite count in august 2024",
        _about(
            lambda df: float(
                _ap_mites(df)[_date(df, "Inspection Date", "%Y-%m-%d").dt.to_period("M") == "2024-08"].mean()
            )
        ),
        ("Mites per 100", "Inspection Date"),
    ),
    Q(
        "are the treated hives lower on mites than untreated",
        _both_about(
            lambda df: float(_ap_mites(df)[_yes(df, "Treated")].mean()),
            lambda df: float(_ap_mites(df)[_no(df, "Treated")].mean()),
        ),
        ("Treated", "Mites per 100"),
    ),
    Q(
        "do hives with more brood carry more supers",
        _corr(lambda df: _num(df, "Frames of Brood"), lambda df: _num(df, "Supers On")),
        ("Frames of Brood", "Supers On"),
    ),
]


# --- 5. Insulation installer quotes --------------------------------------------------------------------------------

# material: weight, R values, $ per sq ft per R-point, unit, qty per sq ft per R-point, chance to win
_IN_MATERIALS: dict[str, tuple[float, list[str], float, str, float, float]] = {
    "Blown Cellulose": (5, ["R-38", "R-49", "R-60"], 0.032, "bags", 0.0009, 0.52),
    "Fiberglass Batt": (3, ["R-13", "R-19", "R-30", "R-38"], 0.045, "bags", 0.0011, 0.44),
    "Spray Foam": (2.5, ["R-21", "R-30", "R-38"], 0.2, "board ft", 0.16, 0.33),
}


def _insulation_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36005)
    rows: list[dict[str, Any]] = []
    counts: dict[int, int] = {}
    for day in pd.date_range("2022-01-03", "2024-12-31", freq="B"):
        for _ in range(int(rng.poisson(1.3 if day.month in (9, 10, 11, 1, 2) else 0.8))):
            counts[day.year] = counts.get(day.year, 0) + 1
            mat = str(_one(rng, list(_IN_MATERIALS), [w for w, *_ in _IN_MATERIALS.values()]))
            _, rvals, rate, unit, per, win = _IN_MATERIALS[mat]
            r = str(_one(rng, rvals))
            rnum = int(r[2:])
            sqft = int(np.clip(rng.lognormal(np.log(1900), 0.35), 700, 5200) // 10 * 10)
            area = sqft * float(rng.uniform(0.45, 0.9))
            qty = round(area * rnum * per * float(rng.uniform(0.95, 1.05)))
            amount = round(area * rnum * rate * float(rng.uniform(0.9, 1.12)) + 250, 2)
            pending = day > pd.Timestamp("2024-12-06")
            won = rng.random() < win * (1.15 if amount < 3000 else 0.9)
            rows.append(
                {
                    "Quote #": f"Q-{day:%y}-{counts[day.year]:04d}",
                    "Quote Date": f"{day.month}/{day.day}/{day.year}",
                    "House Sq Ft": sqft,
                    "Material": mat,
                    "R Value": r,
                    "Qty": qty,
                    "Unit": unit,
                    "Quote Amount": _money(amount),
                    "Won": "" if pending else ("Y" if won else "N"),
                }
            )
    return pd.DataFrame(rows)


def _in_rate(df: pd.DataFrame, decided: bool) -> pd.Series:
    won = _yes(df, "Won")
    keep = _text(df, "Won") != "" if decided else pd.Series(True, index=df.index)
    return won[keep].groupby(_text(df, "Material")[keep]).mean()


_IN_QS = [
    Q("how many quotes did we send out", _count(lambda df: len(df)), ("Quote #",)),
    Q(
        "whats our win rate",
        either(
            _share(lambda df: float(_yes(df, "Won").mean())),
            _share(lambda df: float(_yes(df, "Won")[_text(df, "Won") != ""].mean())),
        ),
        ("Won",),
    ),
    Q(
        "which material do we win most often",
        _either_named(
            lambda df: _top(_in_rate(df, True)),
            lambda df: _top(_in_rate(df, False)),
            lambda df: _top(_yes(df, "Won").groupby(_text(df, "Material")).sum()),
        ),
        ("Material", "Won"),
    ),
    Q(
        "average quote for spray foam",
        _typical(lambda df: _num(df, "Quote Amount")[_text(df, "Material") == "Spray Foam"]),
        ("Quote Amount", "Material"),
    ),
    Q(
        "how much work did we win in 2024",
        _amount(
            lambda df: float(
                _num(df, "Quote Amount")[_yes(df, "Won") & (_date(df, "Quote Date", "%m/%d/%Y").dt.year == 2024)].sum()
            )
        ),
        ("Quote Amount", "Won", "Quote Date"),
    ),
    Q(
        "bigger houses = bigger quotes?",
        _corr(lambda df: _num(df, "House Sq Ft"), lambda df: _num(df, "Quote Amount")),
        ("House Sq Ft", "Quote Amount"),
    ),
]


# --- 6. Bridal shop appointments -----------------------------------------------------------------------------------

_BR_CONSULTANTS = {"Danielle": 0.3, "Priya": 0.0, "Hannah": -0.35, "Gabriela": 0.15, "Tess": -0.1}
_BR_SOURCES = {"Instagram": 4, "Referral": 3, "Walk-in": 1.2, "Google": 2.5}
_BR_BRIDES = [
    "Emily", "Madison", "Hannah", "Ashley", "Sarah", "Jessica", "Lauren", "Taylor", "Kayla", "Brittany", "Alexis",
    "Rachel", "Morgan", "Samantha", "Abigail", "Sophia", "Chloe", "Grace", "Natalie", "Victoria", "Maria", "Jasmine",
]  # fmt: skip


def _bridal_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36006)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2023-01-01", "2024-12-31", freq="D"):
        if day.dayofweek == 0:
            continue
        busy = 4.5 if day.dayofweek == 5 else 2.6 if day.dayofweek == 6 else 1.4
        busy *= 1.4 if day.month in (1, 2, 3) else 1.0
        for _ in range(int(rng.poisson(busy))):
            who = str(_one(rng, list(_BR_CONSULTANTS)))
            src = str(_one(rng, list(_BR_SOURCES), list(_BR_SOURCES.values())))
            party = int(np.clip(rng.poisson(2.6), 0, 9))
            tried = int(np.clip(rng.normal(5 + 0.8 * party, 2), 1, 18))
            logit = -0.4 + _BR_CONSULTANTS[who] + (0.5 if src == "Referral" else -0.4 if src == "Walk-in" else 0)
            bought = rng.random() < 1 / (1 + np.exp(-logit))
            price = round(float(rng.lognormal(np.log(1500), 0.35)) / 50) * 50 if bought else None
            rows.append(
                {
                    "Appt Date": f"{day:%Y-%m-%d}",
                    "Bride": f"{_one(rng, _BR_BRIDES)} {_one(rng, _LAST)}",
                    "Consultant": who,
                    "Dresses Tried": tried,
                    "Bought": "Yes" if bought else "No",
                    "Dress Price": f"${price:,.0f}" if price else "",
                    "Alterations Booked": ("Yes" if rng.random() < 0.7 else "No") if bought else "",
                    "Party Size": party,
                    "Came From": src.lower() if rng.random() < 0.06 else src,
                }
            )
    return pd.DataFrame(rows)


def _br_insta(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Came From").str.lower() == "instagram"


_BR_QS = [
    Q("how many brides bought a dress", _count(lambda df: int(_yes(df, "Bought").sum())), ("Bought",)),
    Q(
        "which consultant closes the most sales",
        _either_named(
            lambda df: _top(_yes(df, "Bought").groupby(_text(df, "Consultant")).mean()),
            lambda df: _top(_yes(df, "Bought").groupby(_text(df, "Consultant")).sum()),
        ),
        ("Consultant", "Bought"),
    ),
    Q(
        "what's the typical dress price",
        _typical(lambda df: _num(df, "Dress Price").dropna()),
        ("Dress Price",),
    ),
    Q(
        "do brides who bring more people try on more dresses",
        _corr(lambda df: _num(df, "Party Size"), lambda df: _num(df, "Dresses Tried")),
        ("Party Size", "Dresses Tried"),
    ),
    Q(
        "what percent of appointments came from instagram",
        _share(lambda df: float(_br_insta(df).mean())),
        ("Came From",),
    ),
    Q(
        "and how many of those bought?",
        either(
            _count(lambda df: int((_br_insta(df) & _yes(df, "Bought")).sum())),
            _share(lambda df: float(_yes(df, "Bought")[_br_insta(df)].mean())),
        ),
        ("Came From", "Bought"),
    ),
]


# --- 7. Window cleaning crew routes --------------------------------------------------------------------------------

# route: houses a run, panes a house, $ a house
_WC_ROUTES = {
    "Route 1 - Northside": (9, 22, 165), "Route 2 - Lakeshore": (6, 38, 285),
    "Route 3 - Maple Heights": (11, 20, 150), "Route 4 - Downtown Lofts": (14, 12, 95),
    "Route 5 - Country Club": (5, 44, 340), "Route 6 - Old Town": (10, 18, 135),
}  # fmt: skip


def _window_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36007)
    rows: list[dict[str, Any]] = []
    for year in (2023, 2024):
        for day in pd.date_range(f"{year}-04-01", f"{year}-11-30", freq="B"):
            if rng.random() < 0.2:
                continue
            for route in rng.choice(list(_WC_ROUTES), size=int(rng.integers(1, 3)), replace=False):
                houses_avg, panes_avg, price = _WC_ROUTES[str(route)]
                season = 1.3 if day.month in (4, 5) else 1.0
                houses = int(max(2, rng.poisson(houses_avg * season)))
                panes = int(sum(rng.poisson(panes_avg, houses)))
                crew = int(_one(rng, [2, 3, 4], [4, 3, 1]))
                hours = round(panes * 0.045 / crew * 2 * float(rng.uniform(0.85, 1.2)) + 0.5, 2)
                screens = int(rng.binomial(panes, 0.35))
                billed = houses * price * (1.05 if year == 2024 else 1.0) * float(rng.uniform(0.9, 1.1))
                tips = round(float(rng.gamma(2, 12)) * houses / 4) if rng.random() < 0.55 else 0
                rows.append(
                    {
                        "Date": f"{day:%m/%d/%Y}",
                        "Route": str(route),
                        "Houses": houses,
                        "Panes": panes,
                        "Crew": crew,
                        "Hours": hours,
                        "Screens Cleaned": screens,
                        "Total Billed": _money(round(billed, -1)),
                        "Tips": _money(tips) if tips else "",
                    }
                )
    return pd.DataFrame(rows)


def _wc_per_hour(df: pd.DataFrame, by_row: bool) -> pd.Series:
    g = _text(df, "Route")
    if by_row:
        return (_num(df, "Total Billed") / _num(df, "Hours")).groupby(g).mean()
    return _num(df, "Total Billed").groupby(g).sum() / _num(df, "Hours").groupby(g).sum()


def _wc_month(df: pd.DataFrame) -> pd.Timestamp:
    when = _date(df, "Date", "%m/%d/%Y")
    keep = when.dt.year == 2024
    return _num(df, "Total Billed")[keep].groupby(when[keep].dt.to_period("M")).sum().idxmax().to_timestamp()


_WC_QS = [
    Q(
        "how much did we bill in 2024",
        _amount(lambda df: float(_num(df, "Total Billed")[_date(df, "Date", "%m/%d/%Y").dt.year == 2024].sum())),
        ("Total Billed", "Date"),
    ),
    Q(
        "which route makes the most per hour",
        _either_named(lambda df: _top(_wc_per_hour(df, False)), lambda df: _top(_wc_per_hour(df, True))),
        ("Route", "Total Billed", "Hours"),
    ),
    Q(
        "how many panes per house on average",
        either(
            _about(lambda df: float(_num(df, "Panes").sum() / _num(df, "Houses").sum())),
            _typical(lambda df: _num(df, "Panes") / _num(df, "Houses")),
        ),
        ("Panes", "Houses"),
    ),
    Q(
        "what do we make in tips on a typical day",
        either(
            _typical(lambda df: _num(df, "Tips").fillna(0).groupby(_text(df, "Date")).sum()),
            _typical(lambda df: _num(df, "Tips").fillna(0)),
            _typical(lambda df: _num(df, "Tips").dropna()),
        ),
        ("Tips", "Date"),
    ),
    Q(
        "which month in 2024 brought in the most money",
        either(_month_year(_wc_month), _month_named(lambda df: _wc_month(df).month)),
        ("Date", "Total Billed"),
    ),
    Q(
        "does a bigger crew get done faster",
        either(
            _corr(lambda df: _num(df, "Crew"), lambda df: _num(df, "Hours")),
            _corr(lambda df: _num(df, "Crew"), lambda df: _num(df, "Hours") / _num(df, "Houses")),
            _corr(lambda df: _num(df, "Crew"), lambda df: _num(df, "Hours") / _num(df, "Panes")),
        ),
        ("Crew", "Hours", "Houses", "Panes"),
    ),
]


HELDOUT360 = [
    Dataset("ice_rink_public_skate_log", _rink_frame, _IR_QS),
    Dataset("drywall_contractor_jobs", _drywall_frame, _DW_QS),
    Dataset("taxidermy_shop_orders", _taxidermy_frame, _TX_QS),
    Dataset("apiary_hive_inspections", _apiary_frame, _AP_QS),
    Dataset("insulation_installer_quotes", _insulation_frame, _IN_QS),
    Dataset("bridal_shop_appointments", _bridal_frame, _BR_QS),
    Dataset("window_cleaning_route_log", _window_frame, _WC_QS),
]
