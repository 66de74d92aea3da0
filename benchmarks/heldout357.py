"""HELDOUT357: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of the spreadsheet a small outfit keeps: a pawn shop's loan ledger (2023 and
2024, one row per loan, 1,800 loans) with "Loan #" as "PL-23-00412", "Loan Date" and "Due Date" as "03/14/2023" (due
30 days on), "Item Category" (Jewelry, Electronics, Firearms, Tools, Musical Instruments, Video Games; now and then
upper case), "Loan Amount" as "$150.00" (jewelry and firearms lent more), "Monthly Fee %" as "20%", "Redeemed Date"
(blank when never redeemed), "Forfeited" (Yes / No; loans still running are No with no redeemed date) and "Sold
Price" as "$210.00" (only for forfeited items already sold, blank otherwise). A maple sugarhouse's boil log (the 2010
to 2024 seasons, February to April, one row per boil) with "Boil Date" as "3/14/2019", "Sap (gal)", "Sap Brix" (1.4
to 3.2, blank when the refractometer was not used), "Syrup (gal)" (about sap times brix over 86, the rule of 86),
Grade ("Golden Delicate", "Amber Rich", "Dark Robust", "Very Dark Strong"; darker late in the season), "Boil Hrs"
and "Wood (cords)". A dog kennel's boarding stays (2023 and 2024, one row per stay, returning dogs) with "Dog Name",
Breed, "Weight (lbs)", "Check In" and "Check Out" as "2024-03-14", "Run Size" (Small, Medium, Large, Suite; by
weight), "Nightly Rate" as "$45.00" (by run size), Baths (0 to 2), "Meds Given" (Y / N) and "Vaccines Current" (Y /
N, a few blank). An oyster farm's harvest log (2022 to 2024, one row per harvest lot) with Lease as "LEASE 12-A",
"Harvest Date" as "2023-10-05", Bags, "Oysters/Bag" (100, some 50 for jumbos), Size (petite / select / jumbo, lower
case), "Mortality %" as "4.5%" (higher in warm water), "Water Temp (F)", "Sold To" (restaurants, a distributor and
the farm stand) and "Price/Doz" as "$9.50" (by size). A roofing crew's job list (2021 to 2024, one row per job) with
"Job #" as "R-2104", "Start Date" as "5/14/2022", Address as "1423 Maple St", Squares, Pitch as "6/12" (4/12 to
12/12), "Shingle Line" (GAF Timberline HDZ, Owens Corning Duration, CertainTeed Landmark, IKO Cambridge),
"Tear-Off Layers" (0 to 3), Dumpsters, "Crew Days" (more on steep roofs and more layers), "Contract Price" as
"$14,250" and "Change Orders $" as "$1,200" (blank when none). A mini golf course's daily tally (every day of the
April to October seasons of 2021 to 2024, with a "2022 TOTAL" row closing each season) with Date as "2024-06-14",
"18-Hole Rounds", "9-Hole Rounds", "Party Pkgs", "Hole-in-One Prizes", "Snack Bar $" as "$412.50", "Hours Open" (0
on days the course stayed shut) and Rain (Y / N; rainy days quieter). And a blacksmith school's class signups (2019
to 2024, one row per weekend class) with Class (Intro to Blacksmithing, Knife Making, Tomahawk Forging, Damascus
Billet, Hooks & Hardware, Forge Your Own Tongs), "Weekend Of" as "03/16/2024" (a Saturday), Students, Seats,
"Tuition/Student" as "$395" (by class), "Coal (lbs)" (about students times 18 lb), "Steel (lbs)", Instructor and
Waitlist (blank when the class did not fill). All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _num, _text, _top, _typical
from .heldout333 import _date
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

# --- shared helpers ------------------------------------------------------------------------------------------------


def _money(x: float) -> str:
    return f"${x:,.2f}"


def _both_about(*values: Callable[[pd.DataFrame], float], rel: float = 0.01) -> Check:
    """Every value appears (each to within `rel`)."""
    return _about(lambda df: [float(v(df)) for v in values], rel=rel)


def _either_named(*values: Callable[[pd.DataFrame], str]) -> Check:
    return either(*(_lead(_named(v)) for v in values))


def _year_named(value: Callable[[pd.DataFrame], int]) -> Check:
    def check(answer: str, df: pd.DataFrame) -> str | None:
        y = int(value(df))
        return None if re.search(rf"(?<![\d.,]){y}(?!\d)", answer) else f"missing year {y}"

    return _lead(check)


def _month_named(value: Callable[[pd.DataFrame], int]) -> Check:
    def check(answer: str, df: pd.DataFrame) -> str | None:
        m = int(value(df))
        stamp = pd.Timestamp(2000, m, 1)
        pattern = rf"\b(?:{stamp:%B}|{stamp:%b})\b"
        return None if re.search(pattern, answer, re.IGNORECASE) else f"missing month {stamp:%B}"

    return _lead(check)


# --- 1. Pawn shop loans --------------------------------------------------------------------------------------------

# category: weight, loan amount range, resale markup
_PW_CATS: dict[str, tuple[float, tuple[int, int], float]] = {
    "Jewelry": (5, (60, 1500), 1.6),
    "Electronics": (4, (25, 400), 1.4),
    "Firearms": (2, (100, 700), 1.5),
    "Tools": (3, (20, 300), 1.5),
    "Musical Instruments": (1.5, (40, 800), 1.7),
    "Video Games": (2, (10, 150), 1.3),
}


def _pawn_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35701)
    days = pd.date_range("2023-01-01", "2024-12-31", freq="D")
    end = pd.Timestamp("2024-12-31")
    rows: list[dict[str, Any]] = []
    for i in range(1800):
        cat = str(_one(rng, list(_PW_CATS), [w for w, _, _ in _PW_CATS.values()]))
        lo, hi = _PW_CATS[cat][1]
        amount = round(float(np.exp(rng.uniform(np.log(lo), np.log(hi)))) / 5) * 5
        start = days[int(rng.integers(len(days)))]
        due = start + pd.Timedelta(days=30)
        redeemed = ""
        forfeited = "No"
        sold = ""
        if rng.random() < 0.68:
            back = start + pd.Timedelta(days=int(rng.integers(3, 45)))
            if back <= end:
                redeemed = f"{back:%m/%d/%Y}"
        elif due + pd.Timedelta(days=30) <= end:
            forfeited = "Yes"
            if rng.random() < 0.75:
                sold = _money(round(amount * _PW_CATS[cat][2] * float(rng.uniform(0.8, 1.3))))
        rows.append(
            {
                "Loan #": f"PL-{start:%y}-{i + 101:05d}",
                "Loan Date": f"{start:%m/%d/%Y}",
                "Item Category": cat.upper() if rng.random() < 0.05 else cat,
                "Loan Amount": _money(amount),
                "Monthly Fee %": f"{int(_one(rng, [10, 15, 20, 25], [1, 2, 5, 2]))}%",
                "Due Date": f"{due:%m/%d/%Y}",
                "Redeemed Date": redeemed,
                "Forfeited": forfeited,
                "Sold Price": sold,
            }
        )
    return pd.DataFrame(rows)


def _pw_cat(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Item Category").str.title()


_PW_QS = [
    Q(
        "how many loans ended up forfeited",
        _count(lambda df: int((_text(df, "Forfeited").str.lower() == "yes").sum())),
        ("Forfeited",),
    ),
    Q(
        "whats the typical loan on jewelry",
        _typical(lambda df: _num(df, "Loan Amount")[_pw_cat(df) == "Jewelry"]),
        ("Loan Amount", "Item Category"),
    ),
    Q(
        "which kind of item gets the biggest loans on average",
        _lead(_named(lambda df: _top(_num(df, "Loan Amount").groupby(_pw_cat(df)).mean()))),
        ("Loan Amount", "Item Category"),
    ),
    Q(
        "what percent of loans got paid back",
        _share(lambda df: float((_text(df, "Redeemed Date") != "").mean())),
        ("Redeemed Date", "Loan #"),
    ),
    Q(
        "how much did we get in total selling forfeited stuff",
        _amount(lambda df: float(_num(df, "Sold Price").sum())),
        ("Sold Price", "Forfeited"),
    ),
    Q(
        "which month did we write the most loans",
        _month_year(
            lambda df: (
                _date(df, "Loan Date", "%m/%d/%Y").dt.to_period("M").value_counts().sort_index().idxmax().start_time
            )
        ),
        ("Loan Date", "Loan #"),
    ),
]


# --- 2. Maple sugarhouse boil log ----------------------------------------------------------------------------------

_MS_GRADES = ["Golden Delicate", "Amber Rich", "Dark Robust", "Very Dark Strong"]


def _maple_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35702)
    rows: list[dict[str, Any]] = []
    for year in range(2010, 2025):
        season = float(rng.uniform(0.7, 1.3))
        first = pd.Timestamp(year, 2, int(rng.integers(18, 28)))
        day = first
        while len(rows) < 10_000:
            day = day + pd.Timedelta(days=int(rng.integers(1, 5)))
            if day > pd.Timestamp(year, 4, 20):
                break
            frac = (day - first).days / 55
            sap = round(float(rng.uniform(250, 900) * season) / 10) * 10
            brix = float(np.clip(rng.normal(2.4 - 0.6 * frac, 0.3), 1.4, 3.2))
            syrup = round(sap * brix / 86 * float(rng.uniform(0.92, 1.05)), 1)
            g = int(np.clip(round(frac * 3 + rng.normal(0, 0.6)), 0, 3))
            hrs = round(sap / 95 * float(rng.uniform(0.85, 1.2)), 1)
            rows.append(
                {
                    "Boil Date": f"{day.month}/{day.day}/{day.year}",
                    "Sap (gal)": sap,
                    "Sap Brix": "" if rng.random() < 0.09 else round(brix, 1),
                    "Syrup (gal)": syrup,
                    "Grade": _MS_GRADES[g],
                    "Boil Hrs": hrs,
                    "Wood (cords)": round(hrs * 0.14 * float(rng.uniform(0.85, 1.15)), 2),
                }
            )
    return pd.DataFrame(rows)


def _ms_year(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Boil Date", "%m/%d/%Y").dt.year


_MS_QS = [
    Q(
        "how much syrup did we make in 2020",
        _about(lambda df: float(_num(df, "Syrup (gal)")[_ms_year(df) == 2020].sum())),
        ("Syrup (gal)", "Boil Date"),
    ),
    Q(
        "which season was our best",
        _year_named(lambda df: int(_num(df, "Syrup (gal)").groupby(_ms_year(df)).sum().idxmax())),
        ("Syrup (gal)", "Boil Date"),
    ),
    Q(
        "how many gallons of sap does it take to make a gallon of syrup",
        either(
            _about(lambda df: float(_num(df, "Sap (gal)").sum() / _num(df, "Syrup (gal)").sum()), rel=0.02),
            _typical(lambda df: _num(df, "Sap (gal)") / _num(df, "Syrup (gal)"), rel=0.02),
        ),
        ("Sap (gal)", "Syrup (gal)"),
    ),
    Q(
        "how many boils are missing the sugar reading",
        _count(lambda df: int(_num(df, "Sap Brix").isna().sum())),
        ("Sap Brix",),
    ),
    Q(
        "does sweeter sap give more syrup per gallon",
        _corr(lambda df: _num(df, "Sap Brix"), lambda df: _num(df, "Syrup (gal)") / _num(df, "Sap (gal)")),
        ("Sap Brix", "Syrup (gal)", "Sap (gal)"),
    ),
    Q(
        "what share of boils came out dark robust",
        _share(lambda df: float((_text(df, "Grade") == "Dark Robust").mean())),
        ("Grade",),
    ),
]


# --- 3. Dog kennel boarding stays ----------------------------------------------------------------------------------

# breed: weight, typical weight in lbs
_DK_BREEDS = {
    "Labrador Retriever": (6, 70),
    "Golden Retriever": (4, 65),
    "German Shepherd": (3, 75),
    "French Bulldog": (3, 25),
    "Beagle": (2.5, 24),
    "Dachshund": (2, 12),
    "Goldendoodle": (3.5, 50),
    "Shih Tzu": (2, 13),
    "Boxer": (1.5, 65),
    "Mixed": (4, 40),
}
_DK_NAMES = [
    "Bella", "Max", "Luna", "Charlie", "Daisy", "Cooper", "Lucy", "Bailey", "Sadie", "Tucker", "Molly", "Buddy",
    "Rosie", "Bear", "Maggie", "Duke", "Zoey", "Rocky", "Penny", "Milo", "Ruby", "Finn", "Gracie", "Murphy",
]  # fmt: skip
_DK_RATES = {"Small": 38.0, "Medium": 45.0, "Large": 52.0, "Suite": 68.0}


def _kennel_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35703)
    dogs = []
    for _ in range(520):
        breed = str(_one(rng, list(_DK_BREEDS), [w for w, _ in _DK_BREEDS.values()]))
        weight = round(_DK_BREEDS[breed][1] * float(rng.uniform(0.75, 1.25)), 1)
        dogs.append((str(_one(rng, _DK_NAMES)), breed, weight, bool(rng.random() < 0.2)))
    days = pd.date_range("2023-01-01", "2024-12-20", freq="D")
    rows: list[dict[str, Any]] = []
    for _ in range(1500):
        name, breed, weight, meds = dogs[int(rng.integers(len(dogs)))]
        start = days[int(rng.integers(len(days)))]
        nights = int(rng.integers(1, 15))
        run = "Small" if weight < 25 else "Medium" if weight < 50 else "Large"
        if rng.random() < 0.12:
            run = "Suite"
        vacc = "" if rng.random() < 0.03 else str(_one(rng, ["Y", "N"], [0.92, 0.08]))
        rows.append(
            {
                "Dog Name": name,
                "Breed": breed,
                "Weight (lbs)": weight,
                "Check In": f"{start:%Y-%m-%d}",
                "Check Out": f"{start + pd.Timedelta(days=nights):%Y-%m-%d}",
                "Run Size": run,
                "Nightly Rate": _money(_DK_RATES[run]),
                "Baths": int(_one(rng, [0, 1, 2], [5, 4, 1])),
                "Meds Given": "Y" if meds else "N",
                "Vaccines Current": vacc,
            }
        )
    return pd.DataFrame(rows)


def _dk_nights(df: pd.DataFrame) -> pd.Series:
    return (_date(df, "Check Out", "%Y-%m-%d") - _date(df, "Check In", "%Y-%m-%d")).dt.days


def _dk_unvacc(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Vaccines Current") == "N"


def _dk_unvacc_or_blank(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Vaccines Current") != "Y"


_DK_QS = [
    Q(
        "how long do dogs usually stay with us",
        _typical(_dk_nights),
        ("Check In", "Check Out"),
    ),
    Q(
        "what breed do we board the most",
        _either_named(
            lambda df: _top(_text(df, "Breed").value_counts()),
            lambda df: _top(df.drop_duplicates(["Dog Name", "Breed", "Weight (lbs)"])["Breed"].value_counts()),
        ),
        ("Breed", "Dog Name"),
    ),
    Q(
        "what does a typical stay cost",
        _typical(lambda df: _num(df, "Nightly Rate") * _dk_nights(df)),
        ("Nightly Rate", "Check In", "Check Out"),
    ),
    Q(
        "how many stays had dogs that weren't up to date on shots",
        either(
            _count(lambda df: int(_dk_unvacc(df).sum())),
            _count(lambda df: int(_dk_unvacc_or_blank(df).sum())),
        ),
        ("Vaccines Current",),
    ),
    Q(
        "how many of those were on meds?",
        either(
            _count(lambda df: int((_dk_unvacc(df) & (_text(df, "Meds Given") == "Y")).sum())),
            _count(lambda df: int((_dk_unvacc_or_blank(df) & (_text(df, "Meds Given") == "Y")).sum())),
        ),
        ("Vaccines Current", "Meds Given"),
    ),
    Q(
        "do heavier dogs cost more per night",
        _corr(lambda df: _num(df, "Weight (lbs)"), lambda df: _num(df, "Nightly Rate")),
        ("Weight (lbs)", "Nightly Rate"),
    ),
]


# --- 4. Oyster farm harvest ----------------------------------------------------------------------------------------

_OY_LEASES = ["LEASE 12-A", "LEASE 12-B", "LEASE 7", "LEASE 19-C", "LEASE 3"]
_OY_BUYERS = ["Salt Line Oyster Bar", "Harbor Fish Co (dist)", "Farm Stand", "The Rusty Anchor", "Pearl & Brine"]
# size: weight, $ per dozen
_OY_SIZES = {"petite": (3, 8.0), "select": (5, 10.5), "jumbo": (2, 14.0)}


def _oyster_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35704)
    days = pd.date_range("2022-01-01", "2024-12-31", freq="D")
    rows: list[dict[str, Any]] = []
    for _ in range(1200):
        day = days[int(rng.integers(len(days)))]
        lease = str(_one(rng, _OY_LEASES))
        size = str(_one(rng, list(_OY_SIZES), [w for w, _ in _OY_SIZES.values()]))
        temp = 55 + 18 * np.sin(2 * np.pi * (day.day_of_year - 120) / 365) + float(rng.normal(0, 3))
        base = {"LEASE 12-A": 3.0, "LEASE 12-B": 3.5, "LEASE 7": 5.5, "LEASE 19-C": 4.0, "LEASE 3": 2.5}[lease]
        mort = max(0.2, base + 0.15 * (temp - 55) + float(rng.normal(0, 1.2)))
        price = _OY_SIZES[size][1] * float(rng.uniform(0.9, 1.1))
        buyer = str(_one(rng, _OY_BUYERS, [3, 5, 1.5, 2, 2]))
        rows.append(
            {
                "Lease": lease,
                "Harvest Date": f"{day:%Y-%m-%d}",
                "Bags": int(rng.integers(2, 30)) * (3 if "dist" in buyer else 1),
                "Oysters/Bag": 50 if size == "jumbo" and rng.random() < 0.5 else 100,
                "Size": size,
                "Mortality %": f"{mort:.1f}%",
                "Water Temp (F)": round(temp),
                "Sold To": buyer,
                "Price/Doz": _money(round(price * 4) / 4),
            }
        )
    return pd.DataFrame(rows)


def _oy_count(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Bags") * _num(df, "Oysters/Bag")


_OY_QS = [
    Q(
        "how many oysters did we pull in total",
        _amount(lambda df: float(_oy_count(df).sum())),
        ("Bags", "Oysters/Bag"),
    ),
    Q(
        "avg price per dozen for jumbos",
        _typical(lambda df: _num(df, "Price/Doz")[_text(df, "Size") == "jumbo"]),
        ("Price/Doz", "Size"),
    ),
    Q(
        "which lease loses the most oysters",
        _lead(_named(lambda df: _top(_num(df, "Mortality %").groupby(_text(df, "Lease")).mean()))),
        ("Mortality %", "Lease"),
    ),
    Q(
        "is die-off worse when the water is warmer",
        _corr(lambda df: _num(df, "Water Temp (F)"), lambda df: _num(df, "Mortality %")),
        ("Mortality %", "Water Temp (F)"),
    ),
    Q(
        "who's our biggest buyer",
        _either_named(
            lambda df: _top(_num(df, "Bags").groupby(_text(df, "Sold To")).sum()),
            lambda df: _top(_oy_count(df).groupby(_text(df, "Sold To")).sum()),
            lambda df: _top((_oy_count(df) / 12 * _num(df, "Price/Doz")).groupby(_text(df, "Sold To")).sum()),
        ),
        ("Sold To", "Bags", "Oysters/Bag", "Price/Doz"),
    ),
    Q(
        "what did we take in for 2023",
        _amount(
            lambda df: float(
                (_oy_count(df) / 12 * _num(df, "Price/Doz"))[
                    _date(df, "Harvest Date", "%Y-%m-%d").dt.year == 2023
                ].sum()
            )
        ),
        ("Harvest Date", "Bags", "Oysters/Bag", "Price/Doz"),
    ),
]


# --- 5. Roofing crew jobs ------------------------------------------------------------------------------------------

_RF_LINES = {
    "GAF Timberline HDZ": (5, 1.0),
    "Owens Corning Duration": (3, 1.03),
    "CertainTeed Landmark": (2, 1.05),
    "IKO Cambridge": (1.5, 0.92),
}
_RF_STREETS = ["Maple St", "Oak Ave", "Ridge Rd", "Elm St", "Cedar Ln", "Hillcrest Dr", "Park Ave", "Willow Ct"]


def _roofing_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35705)
    days = pd.date_range("2021-03-01", "2024-11-30", freq="D")
    days = days[(days.month >= 3) & (days.month <= 11)]
    rows: list[dict[str, Any]] = []
    for i in range(420):
        start = days[int(rng.integers(len(days)))]
        squares = int(rng.integers(14, 46))
        rise = int(_one(rng, list(range(4, 13)), [3, 6, 8, 7, 5, 3, 2, 1.5, 1]))
        line = str(_one(rng, list(_RF_LINES), [w for w, _ in _RF_LINES.values()]))
        layers = int(_one(rng, [0, 1, 2, 3], [1, 6, 3, 0.6]))
        dumpsters = max(1, round(squares * max(layers, 0.4) / 30))
        crew = max(1, round(squares / 14 * (1 + 0.09 * (rise - 6)) * (1 + 0.15 * layers) + float(rng.normal(0, 0.5))))
        per_sq = 420 * _RF_LINES[line][1] * (1 + 0.05 * max(rise - 6, 0)) + 60 * layers
        price = round(squares * per_sq * float(rng.uniform(0.93, 1.08)) / 50) * 50
        change = ""
        if rng.random() < 0.27:
            change = f"${round(float(rng.uniform(150, 3500)) / 25) * 25:,.0f}"
        rows.append(
            {
                "Job #": f"R-{start:%y}{i + 1:02d}",
                "Start Date": f"{start.month}/{start.day}/{start.year}",
                "Address": f"{int(rng.integers(100, 9900))} {_one(rng, _RF_STREETS)}",
                "Squares": squares,
                "Pitch": f"{rise}/12",
                "Shingle Line": line,
                "Tear-Off Layers": layers,
                "Dumpsters": dumpsters,
                "Crew Days": crew,
                "Contract Price": f"${price:,.0f}",
                "Change Orders $": change,
            }
        )
    return pd.DataFrame(rows)


def _rf_rise(df: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(_text(df, "Pitch").str.split("/").str[0], errors="coerce")


def _rf_change(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Change Orders $").fillna(0)


_RF_QS = [
    Q(
        "what do we charge per square on average",
        either(
            _about(lambda df: float(_num(df, "Contract Price").sum() / _num(df, "Squares").sum())),
            _typical(lambda df: _num(df, "Contract Price") / _num(df, "Squares")),
        ),
        ("Contract Price", "Squares"),
    ),
    Q(
        "how many jobs were 8/12 or steeper",
        _count(lambda df: int((_rf_rise(df) >= 8).sum())),
        ("Pitch",),
    ),
    Q(
        "how many crew days do those take on average compared to the flatter ones",
        _both_about(
            lambda df: float(_num(df, "Crew Days")[_rf_rise(df) >= 8].mean()),
            lambda df: float(_num(df, "Crew Days")[_rf_rise(df) < 8].mean()),
        ),
        ("Crew Days", "Pitch"),
    ),
    Q(
        "which shingle do we put on the most",
        _either_named(
            lambda df: _top(_text(df, "Shingle Line").value_counts()),
            lambda df: _top(_num(df, "Squares").groupby(_text(df, "Shingle Line")).sum()),
        ),
        ("Shingle Line", "Squares"),
    ),
    Q(
        "total change orders across all jobs",
        _amount(lambda df: float(_rf_change(df).sum())),
        ("Change Orders $",),
    ),
    Q(
        "what share of jobs had a change order at all",
        _share(lambda df: float((_rf_change(df) > 0).mean())),
        ("Change Orders $",),
    ),
]


# --- 6. Mini golf daily tally --------------------------------------------------------------------------------------


def _minigolf_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35706)
    rows: list[dict[str, Any]] = []
    for year in range(2021, 2025):
        season: list[dict[str, Any]] = []
        for day in pd.date_range(f"{year}-04-01", f"{year}-10-31", freq="D"):
            rain = rng.random() < 0.22
            summer = 1 + 0.9 * np.sin(np.pi * (day.day_of_year - 91) / 214)
            weekend = 1.7 if day.day_of_week >= 5 else 1.0
            hours = 0 if rain and rng.random() < 0.3 else int(_one(rng, [8, 10, 12], [1, 2, 3]))
            scale = hours / 10 * summer * weekend * (0.55 if rain else 1.0)
            r18 = int(rng.poisson(55 * scale))
            r9 = int(rng.poisson(22 * scale))
            parties = int(rng.poisson(1.4 * scale * (2 if day.day_of_week == 5 else 1)))
            snack = round((r18 + r9) * float(rng.uniform(2.6, 4.2)) + 25 * parties, 2) if hours else 0.0
            season.append(
                {
                    "Date": f"{day:%Y-%m-%d}",
                    "18-Hole Rounds": r18,
                    "9-Hole Rounds": r9,
                    "Party Pkgs": parties,
                    "Hole-in-One Prizes": int(rng.binomial(r18 + r9, 0.02)),
                    "Snack Bar $": _money(snack),
                    "Hours Open": hours,
                    "Rain": "Y" if rain else "N",
                }
            )
        total = pd.DataFrame(season)
        snack_total = _num(total, "Snack Bar $").sum()
        season.append(
            {
                "Date": f"{year} TOTAL",
                "18-Hole Rounds": int(total["18-Hole Rounds"].sum()),
                "9-Hole Rounds": int(total["9-Hole Rounds"].sum()),
                "Party Pkgs": int(total["Party Pkgs"].sum()),
                "Hole-in-One Prizes": int(total["Hole-in-One Prizes"].sum()),
                "Snack Bar $": _money(snack_total),
                "Hours Open": int(total["Hours Open"].sum()),
                "Rain": "",
            }
        )
        rows.extend(season)
    return pd.DataFrame(rows)


def _mg_days(df: pd.DataFrame) -> pd.DataFrame:
    """The daily rows, the season total rows left out, with the date parsed."""
    d = _date(df, "Date", "%Y-%m-%d")
    out = df[d.notna()].copy()
    out["_day"] = d[d.notna()]
    return out


def _mg_rounds(df: pd.DataFrame) -> pd.Series:
    return _num(df, "18-Hole Rounds") + _num(df, "9-Hole Rounds")


_MG_QS = [
    Q(
        "how many 18 hole rounds did we do in 2023",
        _count(lambda df: int(_num(_mg_days(df), "18-Hole Rounds")[_mg_days(df)["_day"].dt.year == 2023].sum())),
        ("18-Hole Rounds", "Date"),
    ),
    Q(
        "how much snack bar money do we make on rainy days vs dry ones",
        either(
            _both_about(
                lambda df: float(_num(_mg_days(df), "Snack Bar $")[_text(_mg_days(df), "Rain") == "Y"].mean()),
                lambda df: float(_num(_mg_days(df), "Snack Bar $")[_text(_mg_days(df), "Rain") == "N"].mean()),
            ),
            _both_about(
                lambda df: float(
                    _num(_mg_days(df), "Snack Bar $")[
                        (_text(_mg_days(df), "Rain") == "Y") & (_num(_mg_days(df), "Hours Open") > 0)
                    ].mean()
                ),
                lambda df: float(_num(_mg_days(df), "Snack Bar $")[_text(_mg_days(df), "Rain") == "N"].mean()),
            ),
        ),
        ("Snack Bar $", "Rain", "Hours Open"),
    ),
    Q(
        "which month is usually the busiest",
        either(
            _month_named(
                lambda df: int(_mg_rounds(_mg_days(df)).groupby(_mg_days(df)["_day"].dt.month).sum().idxmax())
            ),
            _month_named(
                lambda df: int(
                    _num(_mg_days(df), "18-Hole Rounds").groupby(_mg_days(df)["_day"].dt.month).sum().idxmax()
                )
            ),
        ),
        ("18-Hole Rounds", "9-Hole Rounds", "Date"),
    ),
    Q(
        "how many hole in one prizes have we given out altogether",
        _count(lambda df: int(_num(_mg_days(df), "Hole-in-One Prizes").sum())),
        ("Hole-in-One Prizes",),
    ),
    Q(
        "avg party packages on saturdays",
        _typical(lambda df: _num(_mg_days(df), "Party Pkgs")[_mg_days(df)["_day"].dt.day_of_week == 5]),
        ("Party Pkgs", "Date"),
    ),
    Q(
        "does snack money go up with the number of rounds played",
        either(
            _corr(lambda df: _mg_rounds(_mg_days(df)), lambda df: _num(_mg_days(df), "Snack Bar $")),
            _corr(lambda df: _num(_mg_days(df), "18-Hole Rounds"), lambda df: _num(_mg_days(df), "Snack Bar $")),
        ),
        ("Snack Bar $", "18-Hole Rounds", "9-Hole Rounds"),
    ),
]


# --- 7. Blacksmith school class signups ----------------------------------------------------------------------------

# class: weight, seats, tuition per student, steel lbs per student, demand
_BS_CLASSES: dict[str, tuple[float, int, int, float, float]] = {
    "Intro to Blacksmithing": (5, 8, 345, 3.0, 1.15),
    "Knife Making": (4, 6, 495, 2.0, 1.35),
    "Tomahawk Forging": (2, 6, 525, 3.5, 1.0),
    "Damascus Billet": (1.5, 4, 650, 6.0, 1.2),
    "Hooks & Hardware": (2, 8, 295, 2.5, 0.8),
    "Forge Your Own Tongs": (1.5, 6, 375, 4.0, 0.75),
}
_BS_TEACHERS = ["Hank Ostrowski", "Maria Delgado", "Tom Brannigan", "Jess Whitfield"]


def _blacksmith_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35707)
    saturdays = pd.date_range("2019-01-05", "2024-12-28", freq="7D")
    rows: list[dict[str, Any]] = []
    for sat in saturdays:
        for _ in range(int(_one(rng, [0, 1, 2], [1, 5, 2]))):
            cls = str(_one(rng, list(_BS_CLASSES), [c[0] for c in _BS_CLASSES.values()]))
            _, seats, tuition, steel, demand = _BS_CLASSES[cls]
            want = int(rng.poisson(seats * demand * (0.8 + 0.08 * (sat.year - 2019))))
            students = min(seats, want)
            wait = want - seats if want > seats else None
            rows.append(
                {
                    "Class": cls,
                    "Weekend Of": f"{sat:%m/%d/%Y}",
                    "Students": students,
                    "Seats": seats,
                    "Tuition/Student": f"${tuition + 25 * (sat.year >= 2023):,}",
                    "Coal (lbs)": round(students * 18 * float(rng.uniform(0.8, 1.25)) + 15),
                    "Steel (lbs)": round(students * steel * float(rng.uniform(0.85, 1.2)), 1),
                    "Instructor": str(_one(rng, _BS_TEACHERS, [4, 3, 2, 1.5])),
                    "Waitlist": "" if wait is None else wait,
                }
            )
    return pd.DataFrame(rows)


def _bs_tuition(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Students") * _num(df, "Tuition/Student")


def _bs_top_teacher(df: pd.DataFrame) -> str:
    return _top(_num(df, "Students").groupby(_text(df, "Instructor")).sum())


_BS_QS = [
    Q(
        "how full do our classes get",
        either(
            _share(lambda df: float(_num(df, "Students").sum() / _num(df, "Seats").sum())),
            _share(lambda df: float((_num(df, "Students") / _num(df, "Seats")).mean())),
        ),
        ("Students", "Seats"),
    ),
    Q(
        "which class has the longest waitlist",
        _either_named(
            lambda df: _top(_num(df, "Waitlist").fillna(0).groupby(_text(df, "Class")).mean()),
            lambda df: _top(_num(df, "Waitlist").groupby(_text(df, "Class")).mean()),
            lambda df: _top(_num(df, "Waitlist").fillna(0).groupby(_text(df, "Class")).sum()),
        ),
        ("Class", "Waitlist"),
    ),
    Q(
        "how much tuition did we bring in during 2024",
        _amount(lambda df: float(_bs_tuition(df)[_date(df, "Weekend Of", "%m/%d/%Y").dt.year == 2024].sum())),
        ("Students", "Tuition/Student", "Weekend Of"),
    ),
    Q(
        "how much coal do we burn per student",
        either(
            _about(lambda df: float(_num(df, "Coal (lbs)").sum() / _num(df, "Students").sum())),
            _typical(
                lambda df: (_num(df, "Coal (lbs)") / _num(df, "Students"))[_num(df, "Students") > 0],
            ),
        ),
        ("Coal (lbs)", "Students"),
    ),
    Q(
        "which instructor has taught the most students",
        _lead(_named(_bs_top_teacher)),
        ("Instructor", "Students"),
    ),
    Q(
        "how many classes have they taught?",
        _count(lambda df: int((_text(df, "Instructor") == _bs_top_teacher(df)).sum())),
        ("Instructor", "Class"),
    ),
]


HELDOUT357: list[Dataset] = [
    Dataset("pawn_shop_loans", _pawn_frame, _PW_QS),
    Dataset("maple_sugarhouse_boil_log", _maple_frame, _MS_QS),
    Dataset("dog_kennel_boarding_stays", _kennel_frame, _DK_QS),
    Dataset("oyster_farm_harvest", _oyster_frame, _OY_QS),
    Dataset("roofing_crew_jobs", _roofing_frame, _RF_QS),
    Dataset("mini_golf_daily_tally", _minigolf_frame, _MG_QS),
    Dataset("blacksmith_school_signups", _blacksmith_frame, _BS_QS),
]
