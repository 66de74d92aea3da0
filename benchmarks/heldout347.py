"""HELDOUT347: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files a small outfit keeps in a spreadsheet: a fish hatchery's stocking
trips (2022 to 2024, one row per load, stocking in spring and fall) with "Stock Date" as "2023-04-12", "Water Body"
(lakes, ponds and creeks), County (six counties; now and then upper case), Species (Rainbow Trout, Brown Trout,
Largemouth Bass, Walleye), "Fish Stocked", "Avg Length (in)" (one decimal, by species), Truck ("T-1" to "T-4"),
"Miles Driven", Mortality (fish dead on arrival, rising with the miles; blank when not counted) and Crew (the crew
lead); a car wash's transactions (January to June 2024, one row per wash) with Timestamp as "2024-03-05 14:23:11",
Package (Basic, Deluxe, Ultimate), Price as "$10.00" ("$0.00" for a member, who pays monthly), Member (Y/N), Payment
(Card, Cash, App; "Membership" for members), Bay (1 to 3), "Vehicle Type" (Sedan, SUV, Truck, Van), "Add-Ons"
("Tire Shine; Rain-X" or blank), Attendant and Rewash (Y/N; more often on basic washes); a sawmill's log tally (2024,
one row per log) with Date as "03/14/2024", "Log #" (sequential), Species (Red Oak, White Oak, Pine, Poplar, Walnut;
now and then upper case), "Length (ft)" (8 to 16, even), "SED (in)" (small end diameter), "BF Scaled" (Doyle rule),
"BF Sawn" (more than scaled, the most on small logs; blank while the log waits in the yard), Grade ("#1", "#2", "#3",
"Pallet"), Sawyer and Supplier; an ambulance service's transports (2024, one row per run) with "Run #" as
"24-00123", Date as "2024-01-05", "Call Time", "On Scene Time" and "At Hospital Time" as "14:23" (runs cross
midnight; the hospital time blank now and then), Level (BLS, ALS), Miles (one decimal), "Patient Age", Hospital
(four), "Billed $" as "1,234.50" (by level plus mileage), "Collected $" (blank when nothing came in yet) and Payer
(Medicare, Medicaid, Private, Self Pay; self pay collects least); a tire shop's work orders (2024, one row per order)
with "WO #" (a number), Date as "1/5/2024", Customer as "LAST, FIRST", Vehicle as "2017 Honda Civic", "Tires Sold"
(0, 1, 2 or 4), "Tire Brand" (Michelin, Goodyear, Bridgestone, Cooper, General; blank with no tires, now and then
lower case), "Price/Tire" as "$145.99" (blank with no tires), Alignment (Y/N), "Labor $" as "85.00", Tech and
"Warranty Claim" (Y/N); a greenhouse's crop trays (2024, one row per tray) with "Tray ID" as "T-0001", Crop (Tomato,
Pepper, Lettuce, Basil, Marigold, Petunia), Variety, "Sow Date" as "2024-02-14", "Cells/Tray" (72, 128, 288),
"Cells Germinated", "Transplant Date" (blank while still in the tray), House ("GH1" to "GH4"), Grower, Sold (Y/N) and
"Price/Tray" as "$24.00"; and a wedding DJ company's bookings (2022 to 2025, one row per wedding, mostly Saturdays
from May to October) with "Event Date" as "06/15/2024", Couple as "Smith / Johnson", Venue, DJ, Hours, "Package $" as
"$1,450" (by hours and extras), "Deposit $" as "$500", "Balance Due" as "$950" ("$0" once paid), Uplighting and
"Photo Booth" (Y/N), "Travel Miles" and "Booked Date" as "01/20/2024" (months ahead of the event). All are generated
with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _year
from .heldout253 import _amount, _num, _text, _top, _typical, _weekday
from .heldout333 import _FIRST, _LAST, _date, _either_named, _flag
from .offline_eval import Check, Dataset, Q, both, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_names as _month_names
from .offline_eval import pick_one as _one


def _money(x: float) -> str:
    return f"${x:,.2f}"


def _pair(a: Callable[[pd.DataFrame], float], b: Callable[[pd.DataFrame], float], rel: float = 0.01) -> Check:
    """Both values appear (each to within `rel`, or rounded to one decimal)."""
    return _about(lambda df: [float(a(df)), float(b(df))], rel=rel)


def _month_name(value: Callable[[pd.DataFrame], int]) -> Check:
    """A month of the year by name ("June", "Jun")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        m = int(value(df))
        if re.search(rf"\b(?:{_month_names(m)})\b", answer, re.IGNORECASE):
            return None
        return f"missing month {m}"

    return check


def _minutes(df: pd.DataFrame, col: str) -> pd.Series:
    t = pd.to_datetime(_text(df, col), format="%H:%M", errors="coerce")
    return t.dt.hour * 60 + t.dt.minute


# --- 1. Fish hatchery stocking trips --------------------------------------------------------------------------------

_FS_SPECIES = {"Rainbow Trout": (10.5, 1800), "Brown Trout": (9.0, 1200), "Largemouth Bass": (4.0, 2500)}
_FS_SPECIES |= {"Walleye": (2.5, 9000)}
_FS_WATERS = {
    "Clear Lake": "Adams", "Miller Pond": "Adams", "Beaver Creek": "Brown", "Sugar Lake": "Brown",
    "Fox River": "Clark", "Hidden Pond": "Clark", "Pine Lake": "Dane", "Rock Creek": "Dane", "Long Lake": "Fulton",
    "Mill Pond": "Fulton", "Otter Creek": "Grant", "Twin Lakes": "Grant", "Cedar Reservoir": "Grant",
}  # fmt: skip


def _stocking_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34701)
    crews = [f"{_one(rng, _FIRST)} {_one(rng, _LAST)}" for _ in range(5)]
    rows: list[dict[str, Any]] = []
    for year in (2022, 2023, 2024):
        trips = int(rng.integers(240, 330))
        for _ in range(trips):
            fall = rng.random() < 0.35
            day = pd.Timestamp(year, 9 if fall else 3, 15) + pd.Timedelta(days=int(rng.integers(0, 75)))
            species = str(_one(rng, list(_FS_SPECIES), [5, 3, 2, 1.5]))
            length, size = _FS_SPECIES[species]
            water = str(_one(rng, list(_FS_WATERS)))
            county = _FS_WATERS[water]
            fish = int(max(100, rng.normal(size, size * 0.3)))
            miles = int(max(5, rng.gamma(3.0, 22.0)))
            dead = int(rng.binomial(fish, min(0.2, 0.002 + 0.0002 * miles)))
            rows.append(
                {
                    "Stock Date": f"{day:%Y-%m-%d}",
                    "Water Body": water,
                    "County": county.upper() if rng.random() < 0.06 else county,
                    "Species": species,
                    "Fish Stocked": fish,
                    "Avg Length (in)": round(float(max(1.0, rng.normal(length, length * 0.12))), 1),
                    "Truck": f"T-{int(rng.integers(1, 5))}",
                    "Miles Driven": miles,
                    "Mortality": "" if rng.random() < 0.07 else dead,
                    "Crew": str(_one(rng, crews)),
                }
            )
    frame = pd.DataFrame(rows)
    return frame.sort_values("Stock Date", kind="stable").reset_index(drop=True)


def _fs_county(df: pd.DataFrame) -> pd.Series:
    return _text(df, "County").str.title()


def _fs_dead_share(counted_only: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        dead = _num(df, "Mortality")
        fish = _num(df, "Fish Stocked")
        if counted_only:
            fish = fish[dead.notna()]
        return float(dead.sum() / fish.sum())

    return value


def _fs_year(df: pd.DataFrame) -> int:
    return int(_top(_date(df, "Stock Date", "%Y-%m-%d").dt.year.value_counts()))


_FS_QS = [
    Q(
        "how many fish did we stock altogether",
        _count(lambda df: int(_num(df, "Fish Stocked").sum())),
        ("Fish Stocked",),
    ),
    Q(
        "which county got the most fish",
        _lead(_named(lambda df: _top(_num(df, "Fish Stocked").groupby(_fs_county(df)).sum()))),
        ("County", "Fish Stocked"),
    ),
    Q(
        "how big are the walleye we put out, on average",
        _typical(lambda df: _num(df, "Avg Length (in)")[_text(df, "Species") == "Walleye"]),
        ("Avg Length (in)", "Species"),
    ),
    Q(
        "what percent of fish died on the way",
        either(
            _share(_fs_dead_share(True)),
            _share(_fs_dead_share(False)),
            _share(lambda df: float((_num(df, "Mortality") / _num(df, "Fish Stocked")).mean())),
        ),
        ("Mortality", "Fish Stocked"),
    ),
    Q(
        "do longer drives kill more fish?",
        either(
            _corr(lambda df: _num(df, "Miles Driven"), lambda df: _num(df, "Mortality")),
            _corr(lambda df: _num(df, "Miles Driven"), lambda df: _num(df, "Mortality") / _num(df, "Fish Stocked")),
        ),
        ("Miles Driven", "Mortality", "Fish Stocked"),
    ),
    Q("which year had the most stocking trips", _year(_fs_year), ("Stock Date",)),
]


# --- 2. Car wash transactions ---------------------------------------------------------------------------------------

_CW_PACKAGES = {"Basic": (10.0, 0.06), "Deluxe": (16.0, 0.035), "Ultimate": (22.0, 0.02)}
_CW_ADDONS = ["Tire Shine", "Rain-X", "Air Freshener", "Undercarriage"]


def _carwash_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34702)
    staff = [f"{_one(rng, _FIRST)} {_one(rng, _LAST)[0]}." for _ in range(6)]
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2024-01-01", "2024-06-30"):
        busy = 14 + (10 if day.dayofweek >= 5 else 0) + (4 if day.month >= 4 else 0)
        for _ in range(int(rng.poisson(busy))):
            stamp = day + pd.Timedelta(seconds=int(rng.integers(8 * 3600, 19 * 3600)))
            package = str(_one(rng, list(_CW_PACKAGES), [5, 3, 2]))
            price, redo = _CW_PACKAGES[package]
            member = rng.random() < 0.3
            extras = [a for a in _CW_ADDONS if rng.random() < 0.12]
            rows.append(
                {
                    "Timestamp": f"{stamp:%Y-%m-%d %H:%M:%S}",
                    "Package": package,
                    "Price": _money(0.0 if member else price + 3.0 * len(extras)),
                    "Member": "Y" if member else "N",
                    "Payment": "Membership" if member else str(_one(rng, ["Card", "Cash", "App"], [6, 2, 2])),
                    "Bay": int(rng.integers(1, 4)),
                    "Vehicle Type": str(_one(rng, ["Sedan", "SUV", "Truck", "Van"], [5, 4, 2, 1])),
                    "Add-Ons": "; ".join(extras),
                    "Attendant": str(_one(rng, staff)),
                    "Rewash": "Y" if rng.random() < redo else "N",
                }
            )
    frame = pd.DataFrame(rows)
    return frame.sort_values("Timestamp", kind="stable").reset_index(drop=True)


def _cw_rewash(package: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_flag(df, "Rewash")[_text(df, "Package") == package].mean())


def _cw_busiest_day(df: pd.DataFrame) -> str:
    day = pd.to_datetime(_text(df, "Timestamp"), format="%Y-%m-%d %H:%M:%S").dt.day_name()
    return _top(day.value_counts())


_CW_QS = [
    Q("how many cars did we wash", _count(lambda df: len(df)), ("Timestamp",)),
    Q("how much money did we take in", _amount(lambda df: float(_num(df, "Price").sum())), ("Price",)),
    Q(
        "which wash do people buy the most",
        _lead(_named(lambda df: _top(_text(df, "Package").value_counts()))),
        ("Package",),
    ),
    Q("what share of the washes are members", _share(lambda df: float(_flag(df, "Member").mean())), ("Member",)),
    Q("busiest day of the week?", _weekday(_cw_busiest_day), ("Timestamp",)),
    Q(
        "do basic washes get redone more often than ultimate ones",
        both(_share(_cw_rewash("Basic")), _share(_cw_rewash("Ultimate"))),
        ("Rewash", "Package"),
    ),
]


# --- 3. Sawmill log tally -------------------------------------------------------------------------------------------

_SM_SPECIES = {"Red Oak": 15.0, "White Oak": 16.0, "Pine": 13.0, "Poplar": 17.0, "Walnut": 14.0}
_SM_SUPPLIERS = ["Hickory Ridge Logging", "Dale Yoder", "Miller Timber Co", "Tri-State Forest Products", "Ray Sanders"]


def _sawmill_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34703)
    sawyers = [f"{_one(rng, _FIRST)} {_one(rng, _LAST)}" for _ in range(3)]
    rows: list[dict[str, Any]] = []
    days = pd.date_range("2024-01-02", "2024-12-20", freq="B")
    n = 1500
    for i in range(n):
        day = days[min(len(days) - 1, int(i * len(days) / n))]
        species = str(_one(rng, list(_SM_SPECIES), [4, 3, 3, 3, 1]))
        sed = round(float(max(8, rng.normal(_SM_SPECIES[species], 3.5))))
        length = int(_one(rng, [8, 10, 12, 14, 16], [1, 2, 3, 2, 2]))
        scaled = round((sed - 4) ** 2 * length / 16)
        overrun = 1.0 + max(0.02, rng.normal(0.9 - 0.035 * sed, 0.08))
        grade = str(_one(rng, ["#1", "#2", "#3", "Pallet"], [1 + sed / 10, 3, 3, 1]))
        waiting = i >= n - 60 and rng.random() < 0.7
        rows.append(
            {
                "Date": f"{day:%m/%d/%Y}",
                "Log #": 1001 + i,
                "Species": species.upper() if rng.random() < 0.05 else species,
                "Length (ft)": length,
                "SED (in)": sed,
                "BF Scaled": scaled,
                "BF Sawn": "" if waiting else round(scaled * overrun),
                "Grade": grade,
                "Sawyer": str(_one(rng, sawyers)),
                "Supplier": str(_one(rng, _SM_SUPPLIERS, [3, 1, 2, 2, 1])),
            }
        )
    return pd.DataFrame(rows)


def _sm_species(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Species").str.title()


def _sm_overrun(pooled: bool, sawn_only: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        sawn = _num(df, "BF Sawn")
        scaled = _num(df, "BF Scaled")
        if pooled:
            return float(sawn.sum() / scaled[sawn.notna() if sawn_only else scaled.notna()].sum() - 1)
        return float((sawn / scaled).mean() - 1)

    return value


def _sm_walnut(col: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_num(df, col)[_sm_species(df) == "Walnut"].sum())


_SM_QS = [
    Q("how many board feet have we sawn", _count(lambda df: int(_num(df, "BF Sawn").sum())), ("BF Sawn",)),
    Q(
        "how much more lumber are we getting than the scale says, percentage-wise",
        either(
            _share(_sm_overrun(True, True)),
            _share(_sm_overrun(True, False)),
            _share(_sm_overrun(False, True)),
        ),
        ("BF Sawn", "BF Scaled"),
    ),
    Q(
        "which species comes in the thickest",
        either(
            _lead(_named(lambda df: _top(_num(df, "SED (in)").groupby(_sm_species(df)).mean()))),
            _lead(_named(lambda df: _top(_num(df, "SED (in)").groupby(_sm_species(df)).median()))),
        ),
        ("Species", "SED (in)"),
    ),
    Q("how many walnut logs did we get", _count(lambda df: int((_sm_species(df) == "Walnut").sum())), ("Species",)),
    Q(
        "how many board feet was that",
        either(_count(_sm_walnut("BF Sawn")), _count(_sm_walnut("BF Scaled"))),
        ("Species", "BF Sawn", "BF Scaled"),
    ),
    Q(
        "how many logs are still waiting to be sawn",
        _count(lambda df: int(_num(df, "BF Sawn").isna().sum())),
        ("BF Sawn", "Log #"),
    ),
]


# --- 4. Ambulance transports ----------------------------------------------------------------------------------------

_AM_HOSPITALS = ["St. Mary's Medical Center", "County General", "Riverside Regional", "Mercy Hospital"]
_AM_PAYERS = {"Medicare": 0.55, "Medicaid": 0.35, "Private": 0.8, "Self Pay": 0.12}


def _ambulance_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34704)
    rows: list[dict[str, Any]] = []
    n = 2200
    for i in range(n):
        day = pd.Timestamp("2024-01-01") + pd.Timedelta(days=int(i * 366 / n))
        call = int(rng.integers(0, 1440))
        level = "ALS" if rng.random() < 0.4 else "BLS"
        response = int(max(3, rng.gamma(4.0, 2.3)))
        scene = int(max(5, rng.normal(18, 6)))
        miles = round(float(max(0.5, rng.gamma(2.5, 3.0))), 1)
        ride = int(max(4, 2.2 * miles + rng.normal(4, 3)))
        age = int(np.clip(rng.normal(70 if level == "ALS" else 58, 19), 0, 101))
        payer = str(_one(rng, list(_AM_PAYERS), [5 if age >= 65 else 1, 3, 3, 1]))
        billed = (1450.0 if level == "ALS" else 950.0) + 18.5 * miles
        paid = rng.random() < (0.9 if payer != "Self Pay" else 0.35)
        collected = round(billed * min(1.0, max(0.05, rng.normal(_AM_PAYERS[payer], 0.08))), 2)
        rows.append(
            {
                "Run #": f"24-{i + 1:05d}",
                "Date": f"{day:%Y-%m-%d}",
                "Call Time": f"{call // 60:02d}:{call % 60:02d}",
                "On Scene Time": f"{(call + response) % 1440 // 60:02d}:{(call + response) % 60:02d}",
                "At Hospital Time": ""
                if rng.random() < 0.04
                else f"{(call + response + scene + ride) % 1440 // 60:02d}:{(call + response + scene + ride) % 60:02d}",
                "Level": level,
                "Miles": miles,
                "Patient Age": age,
                "Hospital": str(_one(rng, _AM_HOSPITALS, [4, 3, 2, 1])),
                "Billed $": f"{billed:,.2f}",
                "Collected $": f"{collected:,.2f}" if paid else "",
                "Payer": payer,
            }
        )
    return pd.DataFrame(rows)


def _am_response(df: pd.DataFrame) -> pd.Series:
    return (_minutes(df, "On Scene Time") - _minutes(df, "Call Time")) % 1440


def _am_collected(paid_only: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        got = _num(df, "Collected $")
        billed = _num(df, "Billed $")
        return float(got.sum() / (billed[got.notna()] if paid_only else billed).sum())

    return value


def _am_age(level: str, how: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_num(df, "Patient Age")[_text(df, "Level") == level].agg(how))


_AM_QS = [
    Q(
        "whats our average response time",
        _typical(_am_response),
        ("Call Time", "On Scene Time"),
    ),
    Q("how many ALS runs did we do", _count(lambda df: int((_text(df, "Level") == "ALS").sum())), ("Level",)),
    Q(
        "how much of what we bill do we actually collect",
        either(_share(_am_collected(False)), _share(_am_collected(True))),
        ("Billed $", "Collected $"),
    ),
    Q(
        "which payer brings in the most money",
        _lead(_named(lambda df: _top(_num(df, "Collected $").groupby(_text(df, "Payer")).sum()))),
        ("Payer", "Collected $"),
    ),
    Q(
        "which hospital do we take the most patients to",
        _lead(_named(lambda df: _top(_text(df, "Hospital").value_counts()))),
        ("Hospital",),
    ),
    Q(
        "are ALS patients older than BLS ones",
        either(
            _pair(_am_age("ALS", "mean"), _am_age("BLS", "mean")),
            _pair(_am_age("ALS", "median"), _am_age("BLS", "median")),
        ),
        ("Patient Age", "Level"),
    ),
]


# --- 5. Tire shop work orders ---------------------------------------------------------------------------------------

_TS_BRANDS = {"Michelin": 189.0, "Goodyear": 159.0, "Bridgestone": 169.0, "Cooper": 129.0, "General": 119.0}
_TS_CARS = [
    "Honda Civic", "Toyota Camry", "Ford F-150", "Chevy Silverado", "Honda CR-V", "Toyota RAV4", "Jeep Wrangler",
    "Nissan Altima", "Subaru Outback", "Ram 1500", "Hyundai Elantra", "Ford Escape",
]  # fmt: skip


def _tire_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34705)
    techs = [f"{_one(rng, _FIRST)} {_one(rng, _LAST)}" for _ in range(5)]
    claims = rng.uniform(0.01, 0.06, len(techs))
    rows: list[dict[str, Any]] = []
    days = pd.date_range("2024-01-02", "2024-12-28", freq="D")
    days = days[days.dayofweek < 6]
    n = 1600
    for i in range(n):
        day = days[min(len(days) - 1, int(i * len(days) / n))]
        tires = int(_one(rng, [0, 1, 2, 4], [2, 1.5, 3, 5]))
        brand = str(_one(rng, list(_TS_BRANDS), [3, 3, 2, 2, 1.5])) if tires else ""
        align = (tires == 4 and rng.random() < 0.45) or rng.random() < 0.05
        tech = int(rng.integers(0, len(techs)))
        rows.append(
            {
                "WO #": 20001 + i,
                "Date": f"{day.month}/{day.day}/{day.year}",
                "Customer": f"{_one(rng, _LAST).upper()}, {_one(rng, _FIRST).upper()}",
                "Vehicle": f"{int(rng.integers(2008, 2024))} {_one(rng, _TS_CARS)}",
                "Tires Sold": tires,
                "Tire Brand": brand.lower() if brand and rng.random() < 0.05 else brand,
                "Price/Tire": _money(round(_TS_BRANDS[brand] + float(rng.normal(0, 20)), 0) - 0.01) if tires else "",
                "Alignment": "Y" if align else "N",
                "Labor $": f"{25.0 * tires + (89.99 if align else 0.0) + (0.0 if tires else 40.0):.2f}",
                "Tech": techs[tech],
                "Warranty Claim": "Y" if rng.random() < claims[tech] else "N",
            }
        )
    return pd.DataFrame(rows)


def _ts_brand(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Tire Brand").str.title()


def _ts_michelin(weighted: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        mask = _ts_brand(df) == "Michelin"
        price = _num(df, "Price/Tire")[mask]
        if weighted:
            tires = _num(df, "Tires Sold")[mask]
            return float((price * tires).sum() / tires.sum())
        return float(price.mean())

    return value


def _ts_march(with_labor: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        mask = _date(df, "Date", "%m/%d/%Y").dt.month == 3
        tires = (_num(df, "Tires Sold") * _num(df, "Price/Tire").fillna(0))[mask].sum()
        return float(tires + (_num(df, "Labor $")[mask].sum() if with_labor else 0.0))

    return value


def _ts_claims(rate: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        by = _flag(df, "Warranty Claim").groupby(_text(df, "Tech"))
        return _top(by.mean() if rate else by.sum())

    return value


_TS_QS = [
    Q("how many tires did we sell this year", _count(lambda df: int(_num(df, "Tires Sold").sum())), ("Tires Sold",)),
    Q(
        "which brand moves the most",
        either(
            _lead(_named(lambda df: _top(_num(df, "Tires Sold").groupby(_ts_brand(df)).sum()))),
            _lead(_named(lambda df: _top(_ts_brand(df)[_ts_brand(df) != ""].value_counts()))),
        ),
        ("Tire Brand", "Tires Sold"),
    ),
    Q(
        "whats the average price of a michelin tire",
        either(_about(_ts_michelin(False)), _about(_ts_michelin(True))),
        ("Price/Tire", "Tire Brand"),
    ),
    Q(
        "what percent of jobs had an alignment done",
        _share(lambda df: float(_flag(df, "Alignment").mean())),
        ("Alignment",),
    ),
    Q(
        "which tech has the most warranty claims",
        _either_named(_ts_claims(False), _ts_claims(True)),
        ("Tech", "Warranty Claim"),
    ),
    Q(
        "how much did we make on tires in march",
        either(_amount(_ts_march(False)), _amount(_ts_march(True))),
        ("Tires Sold", "Price/Tire", "Date", "Labor $"),
    ),
]


# --- 6. Greenhouse crop trays ---------------------------------------------------------------------------------------

_GH_CROPS = {
    "Tomato": (["Better Boy", "Roma", "Sungold", "Early Girl"], 0.9, 42, 24.0),
    "Pepper": (["California Wonder", "Jalapeno", "Sweet Banana"], 0.78, 55, 24.0),
    "Lettuce": (["Buttercrunch", "Romaine", "Red Sails"], 0.88, 28, 18.0),
    "Basil": (["Genovese", "Thai", "Purple Ruffles"], 0.82, 35, 20.0),
    "Marigold": (["Bonanza", "Crackerjack"], 0.85, 45, 22.0),
    "Petunia": (["Wave Purple", "Supertunia", "Easy Wave"], 0.7, 60, 26.0),
}


def _greenhouse_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34706)
    growers = [f"{_one(rng, _FIRST)} {_one(rng, _LAST)}" for _ in range(4)]
    house_p = {"GH1": 0.0, "GH2": 0.03, "GH3": -0.04, "GH4": 0.01}
    rows: list[dict[str, Any]] = []
    n = 1200
    for i in range(n):
        sow = pd.Timestamp("2024-01-08") + pd.Timedelta(days=int(i * 150 / n))
        crop = str(_one(rng, list(_GH_CROPS), [4, 3, 2, 2, 2, 2]))
        varieties, germ, grow, price = _GH_CROPS[crop]
        house = str(_one(rng, list(house_p)))
        cells = int(_one(rng, [72, 128, 288], [3, 3, 1]))
        germinated = int(rng.binomial(cells, np.clip(germ + house_p[house] + rng.normal(0, 0.05), 0.2, 1.0)))
        transplant = sow + pd.Timedelta(days=int(max(14, rng.normal(grow, 6))))
        moved = transplant <= pd.Timestamp("2024-06-20") and rng.random() > 0.03
        sold = moved and rng.random() < 0.8
        rows.append(
            {
                "Tray ID": f"T-{i + 1:04d}",
                "Crop": crop,
                "Variety": str(_one(rng, varieties)),
                "Sow Date": f"{sow:%Y-%m-%d}",
                "Cells/Tray": cells,
                "Cells Germinated": germinated,
                "Transplant Date": f"{transplant:%Y-%m-%d}" if moved else "",
                "House": house,
                "Grower": str(_one(rng, growers)),
                "Sold": "Y" if sold else "N",
                "Price/Tray": _money(price * (1.6 if cells == 288 else 1.0 if cells == 128 else 0.75)),
            }
        )
    return pd.DataFrame(rows)


def _gh_germ(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Cells Germinated") / _num(df, "Cells/Tray")


def _gh_worst(pooled: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        crop = _text(df, "Crop")
        if pooled:
            rate = _num(df, "Cells Germinated").groupby(crop).sum() / _num(df, "Cells/Tray").groupby(crop).sum()
        else:
            rate = _gh_germ(df).groupby(crop).mean()
        return _top(rate, lowest=True)

    return value


def _gh_days(df: pd.DataFrame) -> pd.Series:
    days = (_date(df, "Transplant Date", "%Y-%m-%d") - _date(df, "Sow Date", "%Y-%m-%d")).dt.days
    return days[_text(df, "Crop") == "Tomato"]


_GH_QS = [
    Q(
        "what's our germination rate",
        either(
            _share(lambda df: float(_num(df, "Cells Germinated").sum() / _num(df, "Cells/Tray").sum())),
            _share(lambda df: float(_gh_germ(df).mean())),
        ),
        ("Cells Germinated", "Cells/Tray"),
    ),
    Q(
        "which crop comes up the worst",
        either(_lead(_named(_gh_worst(True))), _lead(_named(_gh_worst(False)))),
        ("Crop", "Cells Germinated", "Cells/Tray"),
    ),
    Q(
        "how many trays haven't been transplanted yet",
        _count(lambda df: int((_text(df, "Transplant Date") == "").sum())),
        ("Transplant Date", "Tray ID"),
    ),
    Q(
        "how long do tomatoes usually sit before transplant",
        _typical(_gh_days),
        ("Sow Date", "Transplant Date", "Crop"),
    ),
    Q(
        "how much have we made from trays we sold",
        _amount(lambda df: float(_num(df, "Price/Tray")[_flag(df, "Sold")].sum())),
        ("Price/Tray", "Sold"),
    ),
    Q(
        "which greenhouse has the most trays left unsold",
        _lead(_named(lambda df: _top(_text(df, "House")[~_flag(df, "Sold")].value_counts()))),
        ("House", "Sold"),
    ),
]


# --- 7. Wedding DJ bookings -----------------------------------------------------------------------------------------

_DJ_VENUES = [
    "The Willow Barn", "Grand Oak Ballroom", "Lakeside Pavilion", "Heritage Country Club", "Stonebridge Winery",
    "The Foundry", "Maple Hill Farm", "Riverfront Hotel", "St. Andrews Hall", "Cedar Creek Lodge",
]  # fmt: skip


def _dj_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34707)
    djs = ["DJ Mike", "DJ Tasha", "DJ Rob", "DJ Kenny"]
    rows: list[dict[str, Any]] = []
    for year in (2022, 2023, 2024, 2025):
        count = {2022: 85, 2023: 105, 2024: 120, 2025: 60}[year]
        for _ in range(count):
            month = int(_one(rng, list(range(1, 13)), [1, 1, 2, 3, 8, 11, 7, 6, 11, 10, 4, 3]))
            first = pd.Timestamp(year, month, 1)
            sats = pd.date_range(first, first + pd.offsets.MonthEnd(0), freq="W-SAT")
            event = sats[int(rng.integers(0, len(sats)))] - pd.Timedelta(days=1 if rng.random() < 0.15 else 0)
            hours = int(_one(rng, [4, 5, 6, 7], [2, 4, 3, 1]))
            lights = rng.random() < 0.4
            booth = rng.random() < 0.3
            package = 250.0 * hours + (300.0 if lights else 0.0) + (550.0 if booth else 0.0)
            deposit = 500.0
            booked = event - pd.Timedelta(days=int(max(21, rng.normal(300, 110))))
            done = event < pd.Timestamp("2025-03-01")
            rows.append(
                {
                    "Event Date": f"{event:%m/%d/%Y}",
                    "Couple": f"{_one(rng, _LAST)} / {_one(rng, _LAST)}",
                    "Venue": str(_one(rng, _DJ_VENUES)),
                    "DJ": str(_one(rng, djs, [4, 3, 3, 1])),
                    "Hours": hours,
                    "Package $": f"${package:,.0f}",
                    "Deposit $": f"${deposit:,.0f}",
                    "Balance Due": "$0" if done else f"${package - deposit:,.0f}",
                    "Uplighting": "Y" if lights else "N",
                    "Photo Booth": "Y" if booth else "N",
                    "Travel Miles": int(rng.gamma(2.0, 15.0)),
                    "Booked Date": f"{booked:%m/%d/%Y}",
                }
            )
    frame = pd.DataFrame(rows)
    order = pd.to_datetime(frame["Event Date"], format="%m/%d/%Y").argsort(kind="stable")
    return frame.iloc[order].reset_index(drop=True)


def _dj_event(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Event Date", "%m/%d/%Y")


def _dj_lead_days(df: pd.DataFrame) -> pd.Series:
    return (_dj_event(df) - _date(df, "Booked Date", "%m/%d/%Y")).dt.days


_DJ_QS = [
    Q(
        "how many weddings did we play in 2024",
        _count(lambda df: int((_dj_event(df).dt.year == 2024).sum())),
        ("Event Date",),
    ),
    Q(
        "whats the busiest month for weddings",
        _month_name(lambda df: int(_top(_dj_event(df).dt.month.value_counts()))),
        ("Event Date",),
    ),
    Q("average package price?", _typical(lambda df: _num(df, "Package $")), ("Package $",)),
    Q(
        "how far ahead do couples usually book",
        either(_typical(_dj_lead_days), _typical(lambda df: _dj_lead_days(df) / 30.44, rel=0.03)),
        ("Event Date", "Booked Date"),
    ),
    Q("what share get a photo booth", _share(lambda df: float(_flag(df, "Photo Booth").mean())), ("Photo Booth",)),
    Q(
        "which dj brings in the most money",
        _lead(_named(lambda df: _top(_num(df, "Package $").groupby(_text(df, "DJ")).sum()))),
        ("DJ", "Package $"),
    ),
]


HELDOUT347 = [
    Dataset("fish_stocking_trips", _stocking_frame, _FS_QS),
    Dataset("car_wash_transactions", _carwash_frame, _CW_QS),
    Dataset("sawmill_log_tally", _sawmill_frame, _SM_QS),
    Dataset("ambulance_transports", _ambulance_frame, _AM_QS),
    Dataset("tire_shop_work_orders", _tire_frame, _TS_QS),
    Dataset("greenhouse_crop_trays", _greenhouse_frame, _GH_QS),
    Dataset("wedding_dj_bookings", _dj_frame, _DJ_QS),
]
