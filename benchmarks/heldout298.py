"""HELDOUT298: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a mobile car detailing
business's job log (2023 and 2024, one row per job, repeat customers) with Date as "03/14/2024", Customer, "Vehicle
Type" (Sedan, SUV, Truck), Package (Basic, Full, Ceramic), "Add-Ons" as "Pet Hair; Headlights" (blank when none),
Minutes, Price and Tip as "$149.00" (Tip blank when none was left) and Zip as a five-digit number; a charity 5K's
registration and results export (one race, one row per runner) with Bib, "Registration Date" as "2024-08-03",
"First Name", "Last Name", Age, Gender (M, F, X), "Shirt Size" (XS to XXL), "Fee Paid" as "$25.00" (early bird) or
"$35.00", "Extra Donation" as "$10.00" (blank when none), Team (blank for solo runners) and "Finish Time" as "27:43"
(blank for runners who did not start or finish); a bakery's daily waste log (January to June 2024, one row per item
per day) with Date as "2024-01-02", Item, Category (Bread, Pastry, Cake), Baked, Sold, Donated, "Thrown Out" (the
three add up to Baked) and "Unit Cost" as "$0.85"; a community theater's ticket sales by performance (2022 to 2024
seasons) with Show, "Performance Date" as "2023-03-10", Curtain as "7:30 PM" or "2:00 PM" (matinees), "Seats Sold",
Comps, Capacity (220 on the main stage, 120 in the studio; sold plus comps never above it), "Avg Ticket Price" and
Gross as "$4,312.50" and Concessions as "$612.25"; a state registered apprenticeship file (public data, starts from
2016 to 2024, one row per apprentice) with APPRENTICE_ID, upper-case SPONSOR_NAME, OCCUPATION_TITLE and COUNTY,
START_DATE and COMPLETION_DATE as "2019-08-12" (COMPLETION_DATE blank unless completed), APPRENTICE_STATUS
(COMPLETED, CANCELLED, ACTIVE), STARTING_WAGE as "18.50" and ENDING_WAGE (blank unless completed); a piano tuner's
appointment book (2022 to 2024, repeat clients) with Date as "4/15/2024", Client, "Piano Type" (Upright, Grand,
Spinet), "Cents Flat" before tuning, "Pitch Raise" (Y/N), Minutes, Fee as "$150.00", "Repairs $" as "45.00" (blank
when no repair) and City; and a city's public art and mural registry (public data, one row per artwork) with
Artwork ID as "PA-0123", Title, Artist, "Year Installed" (a few blank), Neighborhood, Medium (Mural, Sculpture,
Mosaic), "Commission Cost" as "$25,000" ("N/A" or blank when unknown), Condition (Good, Fair, Poor) and "Funding
Source" (Percent for Art, Private Donation, NEA Grant, Community Block Grant). All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _num, _text, _top, _typical
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _clock(value: Callable[[pd.DataFrame], float]) -> Check:
    """A time in minutes, as decimal minutes (to 1%) or as "mm:ss" (to 3 seconds)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = float(value(df))
        for m in re.finditer(r"(?<![\d:])(\d{1,3}):(\d{2})(?![\d:])", answer):
            if abs(int(m.group(1)) * 60 + int(m.group(2)) - want * 60) <= 3:
                return None
        if _about(lambda _d: want)(answer, df) is None:
            return None
        return f"missing time {want:.3f} min"

    return check


def _typical_clock(values: Callable[[pd.DataFrame], pd.Series]) -> Check:
    return either(_clock(lambda df: float(values(df).mean())), _clock(lambda df: float(values(df).median())))


def _span(days: Callable[[pd.DataFrame], float]) -> Check:
    """A length of time given in days, weeks, months or years (2%)."""
    return either(*(_about(lambda df, k=k: float(days(df)) / k, rel=0.02) for k in (1, 7, 30.44, 365.25)))


# --- 1. Mobile car detailing job log -------------------------------------------------------------------------------

_CD_PRICE = {("Basic", "Sedan"): 89, ("Basic", "SUV"): 109, ("Basic", "Truck"): 119}
_CD_PRICE |= {("Full", "Sedan"): 189, ("Full", "SUV"): 229, ("Full", "Truck"): 249}
_CD_PRICE |= {("Ceramic", "Sedan"): 649, ("Ceramic", "SUV"): 799, ("Ceramic", "Truck"): 849}
_CD_MIN = {"Basic": 75, "Full": 180, "Ceramic": 420}
_CD_ADDONS = {"Pet Hair": 40, "Headlights": 60, "Engine Bay": 50, "Odor Removal": 75, "Clay Bar": 45}


def _detail_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29801)
    first = ["Mike", "Sarah", "Jose", "Linda", "Tom", "Aisha", "Kevin", "Maria", "Dave", "Priya", "Chris", "Amy"]
    last = ["Ramirez", "Chen", "Johnson", "Patel", "Nguyen", "Smith", "Brooks", "Lopez", "Kim", "Walsh"]
    customers = [f"{f} {g}" for f in first for g in last][:90]
    cust_car = {c: str(_one(rng, ["Sedan", "SUV", "Truck"], [4, 4, 2])) for c in customers}
    cust_zip = {c: int(_one(rng, [78701, 78704, 78745, 78749, 78731, 78759])) for c in customers}
    rows: list[dict[str, Any]] = []
    for _ in range(720):
        cust = str(_one(rng, customers))
        car = cust_car[cust]
        pkg = str(_one(rng, ["Basic", "Full", "Ceramic"], [5, 4, 1]))
        day = pd.Timestamp("2023-01-01") + pd.Timedelta(days=int(rng.integers(0, 731)))
        adds = [a for a in _CD_ADDONS if rng.random() < 0.12]
        price = _CD_PRICE[(pkg, car)] + sum(_CD_ADDONS[a] for a in adds)
        mins = int(_CD_MIN[pkg] * (1.15 if car == "Truck" else 1.0) * float(rng.uniform(0.8, 1.25)) + 20 * len(adds))
        tipped = rng.random() < 0.7
        tip = round(price * float(rng.uniform(0.08, 0.22)) / 5) * 5 if tipped else 0
        rows.append(
            {
                "Date": f"{day:%m/%d/%Y}",
                "Customer": cust,
                "Vehicle Type": car,
                "Package": pkg,
                "Add-Ons": "; ".join(adds),
                "Minutes": mins,
                "Price": f"${price:,.2f}",
                "Tip": f"${max(tip, 5):,.2f}" if tipped else "",
                "Zip": cust_zip[cust],
            }
        )
    df = pd.DataFrame(rows)
    order = pd.to_datetime(df["Date"], format="%m/%d/%Y").argsort(kind="stable")
    return df.iloc[order].reset_index(drop=True)


def _cd_year(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Date"], format="%m/%d/%Y").dt.year


def _cd_tips(df: pd.DataFrame, blanks_zero: bool) -> float:
    tip = _num(df, "Tip")
    ceramic = _text(df, "Package") == "Ceramic"
    tip = tip.fillna(0) if blanks_zero else tip
    return float(tip[ceramic].mean())


_CD_QS = [
    Q("how many jobs did i do in 2024", _count(lambda df: int((_cd_year(df) == 2024).sum())), ("Date",)),
    Q(
        "whats my total revenue",
        either(
            _amount(lambda df: float(_num(df, "Price").sum())),
            _amount(lambda df: float(_num(df, "Price").sum() + _num(df, "Tip").sum())),
        ),
        ("Price", "Tip"),
    ),
    Q(
        "which package brings in the most money",
        _lead(_named(lambda df: _top(_num(df, "Price").groupby(_text(df, "Package")).sum()))),
        ("Package", "Price"),
    ),
    Q(
        "avg tip on ceramic jobs?",
        either(_about(lambda df: _cd_tips(df, False)), _about(lambda df: _cd_tips(df, True))),
        ("Tip", "Package"),
    ),
    Q(
        "how long does a full detail on a truck usually take",
        _typical(
            lambda df: df["Minutes"][(_text(df, "Package") == "Full") & (_text(df, "Vehicle Type") == "Truck")].astype(
                float
            )
        ),
        ("Minutes", "Package", "Vehicle Type"),
    ),
    Q("what share of jobs got no tip", _share(lambda df: float(_num(df, "Tip").isna().mean())), ("Tip",)),
]


# --- 2. Charity 5K registration and results ------------------------------------------------------------------------


def _fivek_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29802)
    first_m = ["James", "Robert", "Daniel", "Luis", "Ethan", "Marcus", "Ryan", "Ben", "Omar", "Jack"]
    first_f = ["Emily", "Jessica", "Ana", "Grace", "Olivia", "Hannah", "Keisha", "Laura", "Mei", "Rachel"]
    lasts = ["Miller", "Garcia", "Davis", "Wilson", "Moore", "Taylor", "Lee", "Clark", "Young", "Hall", "Reed"]
    teams = ["Run For Rosie", "Mercy Hospital", "Oak Street Striders", "Team Hope", "Lincoln High XC"]
    rows: list[dict[str, Any]] = []
    for i in range(860):
        gender = str(_one(rng, ["F", "M", "X"], [55, 43, 2]))
        first = str(_one(rng, first_f if gender == "F" else first_m))
        age = int(np.clip(rng.normal(38, 13), 8, 79))
        reg = pd.Timestamp("2024-06-01") + pd.Timedelta(days=int(rng.integers(0, 95)))
        fee = 25.0 if reg < pd.Timestamp("2024-08-01") else 35.0
        donation = float(_one(rng, [0, 0, 0, 5, 10, 10, 20, 25, 50, 100]))
        team = str(_one(rng, teams, [3, 4, 2, 3, 2])) if rng.random() < 0.4 else ""
        finished = rng.random() > 0.08
        secs = (1500 + 22 * abs(age - 28) + (170 if gender == "F" else 0)) * float(rng.lognormal(0, 0.2))
        secs = int(np.clip(secs, 960, 3900))
        rows.append(
            {
                "Bib": 101 + i,
                "Registration Date": f"{reg:%Y-%m-%d}",
                "First Name": first,
                "Last Name": str(_one(rng, lasts)),
                "Age": age,
                "Gender": gender,
                "Shirt Size": str(_one(rng, ["XS", "S", "M", "L", "XL", "XXL"], [1, 4, 6, 5, 3, 1])),
                "Fee Paid": f"${fee:.2f}",
                "Extra Donation": f"${donation:.2f}" if donation else "",
                "Team": team,
                "Finish Time": f"{secs // 60}:{secs % 60:02d}" if finished else "",
            }
        )
    return pd.DataFrame(rows)


def _fk_minutes(df: pd.DataFrame, gender: str | None = None) -> pd.Series:
    parts = _text(df, "Finish Time").str.extract(r"^(\d+):(\d{2})$").astype(float)
    mins = parts[0] + parts[1] / 60
    if gender:
        mins = mins[_text(df, "Gender") == gender]
    return mins.dropna()


_FK_QS = [
    Q("how many people signed up", _count(len), ("Bib",)),
    Q(
        "how much money did we raise in total, fees plus donations",
        _amount(lambda df: float(_num(df, "Fee Paid").sum() + _num(df, "Extra Donation").sum())),
        ("Fee Paid", "Extra Donation"),
    ),
    Q("what was the average finish time", _typical_clock(_fk_minutes), ("Finish Time",)),
    Q("and for women?", _typical_clock(lambda df: _fk_minutes(df, "F")), ("Finish Time", "Gender")),
    Q(
        "which team had the most runners",
        _lead(_named(lambda df: _top(_text(df, "Team")[_text(df, "Team") != ""].value_counts()))),
        ("Team",),
    ),
    Q(
        "how many registered but have no finish time",
        _count(lambda df: int((_text(df, "Finish Time") == "").sum())),
        ("Finish Time", "Bib"),
    ),
]


# --- 3. Bakery daily waste log -------------------------------------------------------------------------------------

# item: category, unit cost, usual baked, sell-through
_BK_ITEMS: dict[str, tuple[str, float, int, float]] = {
    "Sourdough Loaf": ("Bread", 1.40, 40, 0.82),
    "Baguette": ("Bread", 0.55, 60, 0.78),
    "Multigrain Loaf": ("Bread", 1.25, 25, 0.70),
    "Croissant": ("Pastry", 0.85, 80, 0.80),
    "Pain au Chocolat": ("Pastry", 1.05, 50, 0.84),
    "Cinnamon Roll": ("Pastry", 0.95, 45, 0.74),
    "Blueberry Muffin": ("Pastry", 0.60, 48, 0.68),
    "Carrot Cake Slice": ("Cake", 1.80, 24, 0.72),
    "Chocolate Cake Slice": ("Cake", 1.90, 30, 0.80),
    "Cheesecake Slice": ("Cake", 2.20, 20, 0.76),
}


def _bakery_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29803)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2024-01-02", "2024-06-29"):
        if day.dayofweek == 0:
            continue
        season = 1.0 + 0.15 * np.sin(day.dayofyear / 30)
        for item, (cat, cost, usual, sell) in _BK_ITEMS.items():
            baked = int(usual * float(rng.uniform(0.9, 1.1)) * (1.2 if day.dayofweek >= 5 else 1.0))
            sold = min(baked, int(baked * sell * season * float(rng.normal(1, 0.1))))
            left = baked - sold
            donated = int(left * float(rng.uniform(0.2, 0.7))) if cat != "Cake" else int(left * 0.2)
            rows.append(
                {
                    "Date": f"{day:%Y-%m-%d}",
                    "Item": item,
                    "Category": cat,
                    "Baked": baked,
                    "Sold": sold,
                    "Donated": donated,
                    "Thrown Out": left - donated,
                    "Unit Cost": f"${cost:.2f}",
                }
            )
    return pd.DataFrame(rows)


def _bk_trash_rate(df: pd.DataFrame, cat: str | None = None) -> float:
    keep = _text(df, "Category") == cat if cat else pd.Series(True, index=df.index)
    return float(df["Thrown Out"][keep].sum() / df["Baked"][keep].sum())


def _bk_worst_month(df: pd.DataFrame) -> pd.Timestamp:
    month = pd.to_datetime(df["Date"]).dt.to_period("M")
    return df["Thrown Out"].groupby(month).sum().idxmax().to_timestamp()


_BK_QS = [
    Q("how many items did we throw out in total", _count(lambda df: int(df["Thrown Out"].sum())), ("Thrown Out",)),
    Q(
        "which item gets thrown away the most",
        _lead(_named(lambda df: _top(df["Thrown Out"].groupby(_text(df, "Item")).sum()))),
        ("Item", "Thrown Out"),
    ),
    Q("what % of what we bake ends up in the trash", _share(_bk_trash_rate), ("Thrown Out", "Baked")),
    Q("and for cakes?", _share(lambda df: _bk_trash_rate(df, "Cake")), ("Thrown Out", "Baked", "Category")),
    Q(
        "how much money did the thrown out stuff cost us",
        _amount(lambda df: float((df["Thrown Out"] * _num(df, "Unit Cost")).sum())),
        ("Thrown Out", "Unit Cost"),
    ),
    Q("which month was the worst for waste", _lead(_month_year(_bk_worst_month)), ("Date", "Thrown Out")),
]


# --- 4. Community theater ticket sales by performance --------------------------------------------------------------

# show: year, stage capacity, popularity, base price
_TH_SHOWS: dict[str, tuple[int, int, float, float]] = {
    "The Music Man": (2022, 220, 0.85, 26),
    "Our Town": (2022, 120, 0.70, 20),
    "A Christmas Carol": (2022, 220, 0.95, 24),
    "Little Shop of Horrors": (2023, 220, 0.90, 26),
    "Doubt": (2023, 120, 0.60, 20),
    "Annie": (2023, 220, 0.92, 25),
    "The Odd Couple": (2023, 120, 0.75, 22),
    "Into the Woods": (2024, 220, 0.88, 28),
    "Proof": (2024, 120, 0.62, 21),
    "Clue": (2024, 220, 0.80, 24),
    "Steel Magnolias": (2024, 120, 0.78, 22),
    "Elf the Musical": (2024, 220, 0.97, 27),
    "Fiddler on the Roof": (2022, 220, 0.86, 26),
    "Almost, Maine": (2023, 120, 0.66, 20),
    "Mamma Mia!": (2024, 220, 0.93, 28),
}


def _theater_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29804)
    rows: list[dict[str, Any]] = []
    for n, (show, (year, cap, pop, base)) in enumerate(_TH_SHOWS.items()):
        opening = pd.Timestamp(year, 1 + (n % 4) * 3, 3) + pd.Timedelta(days=int(rng.integers(0, 10)))
        opening += pd.Timedelta(days=(4 - opening.dayofweek) % 7)
        for week in range(int(rng.integers(5, 7))):
            for offset, curtain in ((0, "7:30 PM"), (1, "7:30 PM"), (1, "2:00 PM"), (2, "2:00 PM")):
                day = opening + pd.Timedelta(days=7 * week + offset)
                comps = int(rng.integers(0, 15))
                want = cap * pop * float(rng.normal(1, 0.12)) * (0.85 if curtain == "2:00 PM" else 1.0)
                sold = int(np.clip(want, 20, cap - comps))
                avg = round(base * float(rng.uniform(0.85, 1.0)) * (0.9 if curtain == "2:00 PM" else 1.0), 2)
                conc = round((sold + comps) * float(rng.uniform(2.5, 4.5)), 2)
                rows.append(
                    {
                        "Show": show,
                        "Performance Date": f"{day:%Y-%m-%d}",
                        "Curtain": curtain,
                        "Seats Sold": sold,
                        "Comps": comps,
                        "Capacity": cap,
                        "Avg Ticket Price": f"${avg:,.2f}",
                        "Gross": f"${sold * avg:,.2f}",
                        "Concessions": f"${conc:,.2f}",
                    }
                )
    return pd.DataFrame(rows)


def _th_matinee(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Curtain").str.contains("PM") & _text(df, "Curtain").str.startswith(("1:", "2:", "3:"))


def _th_means(with_comps: bool) -> Callable[[pd.DataFrame], list[float]]:
    def means(df: pd.DataFrame) -> list[float]:
        people = df["Seats Sold"] + (df["Comps"] if with_comps else 0)
        mat = _th_matinee(df)
        return [float(people[mat].mean()), float(people[~mat].mean())]

    return means


_TH_QS = [
    Q(
        "which show made the most money",
        _lead(_named(lambda df: _top(_num(df, "Gross").groupby(_text(df, "Show")).sum()))),
        ("Show", "Gross"),
    ),
    Q(
        "how many performances sold out",
        either(
            _count(lambda df: int((df["Seats Sold"] >= df["Capacity"]).sum())),
            _count(lambda df: int((df["Seats Sold"] + df["Comps"] >= df["Capacity"]).sum())),
        ),
        ("Seats Sold", "Comps", "Capacity"),
    ),
    Q(
        "do matinees draw smaller crowds than evening shows",
        either(_about(_th_means(False)), _about(_th_means(True))),
        ("Curtain", "Seats Sold", "Comps"),
    ),
    Q(
        "total concession sales in 2023?",
        _amount(lambda df: float(_num(df, "Concessions")[df["Performance Date"].astype(str).str[:4] == "2023"].sum())),
        ("Concessions", "Performance Date"),
    ),
    Q(
        "is there a link between how many people came and concession sales",
        either(
            _corr(lambda df: df["Seats Sold"], lambda df: _num(df, "Concessions")),
            _corr(lambda df: df["Seats Sold"] + df["Comps"], lambda df: _num(df, "Concessions")),
        ),
        ("Seats Sold", "Comps", "Concessions"),
    ),
    Q("how many free tickets did we give away overall", _count(lambda df: int(df["Comps"].sum())), ("Comps",)),
]


# --- 5. State registered apprenticeship file -----------------------------------------------------------------------

# occupation: weight, starting wage, wage growth when completed, term in years
_AP_OCC: dict[str, tuple[float, float, float, float]] = {
    "ELECTRICIAN": (8, 17.5, 1.75, 4),
    "PLUMBER": (5, 17.0, 1.70, 4),
    "CARPENTER": (5, 16.0, 1.55, 3),
    "HVAC TECHNICIAN": (4, 16.5, 1.55, 3),
    "MACHINIST": (3, 18.0, 1.45, 3),
    "CERTIFIED NURSING ASSISTANT": (4, 14.5, 1.20, 1),
    "IRONWORKER": (2, 19.0, 1.70, 3),
    "CULINARY COOK": (2, 13.5, 1.25, 2),
}
_AP_SPONSORS = {
    "ELECTRICIAN": ["IBEW LOCAL 58 JATC", "INDEPENDENT ELECTRICAL CONTRACTORS"],
    "PLUMBER": ["PLUMBERS LOCAL 98 JAC", "ABC PLUMBING INC"],
    "CARPENTER": ["CARPENTERS TRAINING FUND", "HOMEBUILDERS ASSOCIATION"],
    "HVAC TECHNICIAN": ["PIPEFITTERS LOCAL 636", "COMFORT AIR SERVICES LLC"],
    "MACHINIST": ["PRECISION TOOL & DIE CO", "WEST MICHIGAN MANUFACTURERS"],
    "CERTIFIED NURSING ASSISTANT": ["MERCY HEALTH SYSTEM"],
    "IRONWORKER": ["IRONWORKERS LOCAL 25"],
    "CULINARY COOK": ["GRAND HOTEL CULINARY PROGRAM"],
}


def _apprentice_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29805)
    counties = ["WAYNE", "OAKLAND", "MACOMB", "KENT", "WASHTENAW", "GENESEE", "INGHAM", "KALAMAZOO"]
    occs = list(_AP_OCC)
    rows: list[dict[str, Any]] = []
    cutoff = pd.Timestamp("2024-12-31")
    for i in range(1600):
        occ = str(_one(rng, occs, [v[0] for v in _AP_OCC.values()]))
        _w, wage0, growth, term = _AP_OCC[occ]
        start = pd.Timestamp("2016-01-01") + pd.Timedelta(days=int(rng.integers(0, 3288)))
        days = int(term * 365 * float(rng.uniform(0.9, 1.3)))
        cancelled = rng.random() < 0.35
        if cancelled:
            status = "CANCELLED"
        elif start + pd.Timedelta(days=days) <= cutoff:
            status = "COMPLETED"
        else:
            status = "ACTIVE"
        wage = round(wage0 * float(rng.uniform(0.9, 1.15)) * (1 + 0.03 * (start.year - 2016)), 2)
        done = status == "COMPLETED"
        rows.append(
            {
                "APPRENTICE_ID": 2016000 + i * 7 + int(rng.integers(0, 7)),
                "SPONSOR_NAME": str(_one(rng, _AP_SPONSORS[occ])),
                "OCCUPATION_TITLE": occ,
                "COUNTY": str(_one(rng, counties, [6, 5, 4, 4, 2, 2, 2, 1])),
                "START_DATE": f"{start:%Y-%m-%d}",
                "COMPLETION_DATE": f"{start + pd.Timedelta(days=days):%Y-%m-%d}" if done else "",
                "APPRENTICE_STATUS": status,
                "STARTING_WAGE": f"{wage:.2f}",
                "ENDING_WAGE": f"{wage * growth * float(rng.uniform(0.9, 1.1)):.2f}" if done else "",
            }
        )
    return pd.DataFrame(rows)


def _ap_done(df: pd.DataFrame) -> pd.Series:
    return _text(df, "APPRENTICE_STATUS") == "COMPLETED"


def _ap_gain(df: pd.DataFrame) -> float:
    done = _ap_done(df)
    return float((_num(df, "ENDING_WAGE") - _num(df, "STARTING_WAGE"))[done].mean())


def _ap_days(df: pd.DataFrame) -> pd.Series:
    done = _ap_done(df)
    end = pd.to_datetime(df["COMPLETION_DATE"][done])
    return (end - pd.to_datetime(df["START_DATE"][done])).dt.days.astype(float)


def _ap_county_2023(df: pd.DataFrame) -> str:
    y2023 = df["START_DATE"].astype(str).str[:4] == "2023"
    return _top(_text(df, "COUNTY")[y2023].value_counts())


_AP_QS = [
    Q(
        "what share of apprentices actually finish their program",
        either(
            _share(lambda df: float(_ap_done(df).mean())),
            _share(lambda df: float(_ap_done(df).sum() / _text(df, "APPRENTICE_STATUS").ne("ACTIVE").sum())),
        ),
        ("APPRENTICE_STATUS",),
    ),
    Q(
        "which trade has the most apprentices",
        _lead(_named(lambda df: _top(_text(df, "OCCUPATION_TITLE").value_counts()))),
        ("OCCUPATION_TITLE",),
    ),
    Q(
        "average starting pay for electricians",
        _about(lambda df: float(_num(df, "STARTING_WAGE")[_text(df, "OCCUPATION_TITLE") == "ELECTRICIAN"].mean())),
        ("STARTING_WAGE", "OCCUPATION_TITLE"),
    ),
    Q(
        "for people who completed, how much did their wage go up on average",
        _about(_ap_gain),
        ("STARTING_WAGE", "ENDING_WAGE", "APPRENTICE_STATUS"),
    ),
    Q(
        "how long does it usually take them to finish",
        either(_span(lambda df: float(_ap_days(df).mean())), _span(lambda df: float(_ap_days(df).median()))),
        ("START_DATE", "COMPLETION_DATE", "APPRENTICE_STATUS"),
    ),
    Q(
        "which county had the most new apprentices start in 2023",
        _lead(_named(_ap_county_2023)),
        ("COUNTY", "START_DATE"),
    ),
]


# --- 6. Piano tuner appointment book -------------------------------------------------------------------------------

_PT_FEE = {"Upright": 150.0, "Grand": 185.0, "Spinet": 140.0}


def _piano_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29806)
    names = ["Anderson", "Bennett", "Carver", "Delgado", "Ellis", "Foster", "Greene", "Hayes", "Ito", "Jensen"]
    names += ["Kowalski", "Lindqvist", "Morales", "Novak", "O'Brien", "Park", "Quinn", "Russo", "Sato", "Turner"]
    clients = [f"{t} {n}" for n in names for t in ("Mrs.", "Mr.", "Dr.")][:48]
    clients += ["First Baptist Church", "Lakeside Elementary", "Riverside Music Academy", "The Blue Note Lounge"]
    cities = ["Springfield", "Chatham", "Rochester", "Sherman", "Auburn"]
    piano = {c: str(_one(rng, list(_PT_FEE), [6, 3, 1])) for c in clients}
    city = {c: str(_one(rng, cities, [6, 3, 2, 2, 1])) for c in clients}
    rows: list[dict[str, Any]] = []
    for _ in range(470):
        client = str(_one(rng, clients))
        kind = piano[client]
        day = pd.Timestamp("2022-01-03") + pd.Timedelta(days=int(rng.integers(0, 1090)))
        flat = int(np.clip(rng.gamma(1.6, 9), 1, 90))
        raise_ = flat >= 25
        mins = int(60 + 0.9 * flat + (35 if raise_ else 0) + (15 if kind == "Grand" else 0) + rng.normal(0, 12))
        fee = _PT_FEE[kind] + (75.0 if raise_ else 0.0)
        repair = float(_one(rng, [25, 45, 60, 90, 150])) if rng.random() < 0.2 else 0.0
        rows.append(
            {
                "Date": f"{day.month}/{day.day}/{day.year}",
                "Client": client,
                "Piano Type": kind,
                "Cents Flat": flat,
                "Pitch Raise": "Y" if raise_ else "N",
                "Minutes": mins,
                "Fee": f"${fee:,.2f}",
                "Repairs $": f"{repair:.2f}" if repair else "",
                "City": city[client],
            }
        )
    df = pd.DataFrame(rows)
    order = pd.to_datetime(df["Date"], format="%m/%d/%Y").argsort(kind="stable")
    return df.iloc[order].reset_index(drop=True)


def _pt_fee_means(df: pd.DataFrame) -> list[float]:
    fee = _num(df, "Fee").groupby(_text(df, "Piano Type")).mean()
    return [float(fee["Grand"]), float(fee["Upright"])]


_PT_QS = [
    Q(
        "how many tunings did i do in 2023",
        _count(lambda df: int((pd.to_datetime(df["Date"], format="%m/%d/%Y").dt.year == 2023).sum())),
        ("Date",),
    ),
    Q("how many different clients do i have", _count(lambda df: int(_text(df, "Client").nunique())), ("Client",)),
    Q("whats the average fee for a grand vs an upright", _about(_pt_fee_means), ("Fee", "Piano Type")),
    Q(
        "how often do pianos need a pitch raise",
        _share(lambda df: float((_text(df, "Pitch Raise") == "Y").mean())),
        ("Pitch Raise",),
    ),
    Q(
        "do the more out of tune pianos take longer",
        _corr(lambda df: df["Cents Flat"].astype(float), lambda df: df["Minutes"].astype(float)),
        ("Cents Flat", "Minutes"),
    ),
    Q(
        "which town brings in the most money",
        either(
            _lead(_named(lambda df: _top(_num(df, "Fee").groupby(_text(df, "City")).sum()))),
            _lead(
                _named(
                    lambda df: _top(
                        (_num(df, "Fee") + _num(df, "Repairs $").fillna(0)).groupby(_text(df, "City")).sum()
                    )
                )
            ),
        ),
        ("City", "Fee", "Repairs $"),
    ),
]


# --- 7. Public art and mural registry ------------------------------------------------------------------------------

_PA_HOODS = ["Downtown", "Eastside", "Riverside", "Old Town", "Northgate", "Southpark", "Arts District", "Westview"]
_PA_FUNDS = ["Percent for Art", "Private Donation", "NEA Grant", "Community Block Grant"]


def _art_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29807)
    artists = ["Maya Ortiz", "Jamal Wright", "Elena Petrova", "Sam Okafor", "Lily Tran", "Rosa Delgado"]
    artists += ["Ben Holt", "Nia Freeman", "Kenji Mori", "Clara Voss", "Hector Ruiz", "Youth Mural Collective"]
    words1 = ["River", "Harvest", "Unity", "Skyline", "Roots", "Migration", "Echoes", "Dreamers", "Bloom", "Tides"]
    words2 = ["of Hope", "Rising", "Garden", "Wall", "Song", "Gateway", "Spirit", "Journey", "Memory", "Light"]
    rows: list[dict[str, Any]] = []
    for i in range(540):
        medium = str(_one(rng, ["Mural", "Sculpture", "Mosaic"], [6, 3, 1]))
        year = int(rng.integers(1975, 2025))
        cost_base = {"Mural": 18000, "Sculpture": 60000, "Mosaic": 25000}[medium]
        cost = round(cost_base * float(rng.lognormal(0, 0.5)) * (1 + (year - 1975) / 60), -2)
        age = 2025 - year
        cond = str(
            _one(rng, ["Good", "Fair", "Poor"], [max(60 - age, 8), 25, 5 + age * (1.2 if medium == "Mural" else 0.5)])
        )
        missing_cost = rng.random() < (0.3 if year < 1995 else 0.08)
        rows.append(
            {
                "Artwork ID": f"PA-{i + 1:04d}",
                "Title": f"{_one(rng, words1)} {_one(rng, words2)}",
                "Artist": str(_one(rng, artists)),
                "Year Installed": "" if rng.random() < 0.04 else year,
                "Neighborhood": str(_one(rng, _PA_HOODS, [5, 4, 3, 3, 2, 2, 6, 2])),
                "Medium": medium,
                "Commission Cost": str(_one(rng, ["N/A", ""])) if missing_cost else f"${cost:,.0f}",
                "Condition": cond,
                "Funding Source": str(_one(rng, _PA_FUNDS, [5, 3, 1, 2])),
            }
        )
    return pd.DataFrame(rows)


def _pa_poor(df: pd.DataFrame, fund: str | None = None) -> int:
    poor = _text(df, "Condition") == "Poor"
    if fund:
        poor &= _text(df, "Funding Source") == fund
    return int(poor.sum())


_PA_QS = [
    Q("how many murals are there", _count(lambda df: int((_text(df, "Medium") == "Mural").sum())), ("Medium",)),
    Q(
        "which neighborhood has the most public art",
        _lead(_named(lambda df: _top(_text(df, "Neighborhood").value_counts()))),
        ("Neighborhood",),
    ),
    Q(
        "what does a sculpture typically cost to commission",
        _typical(lambda df: _num(df, "Commission Cost")[_text(df, "Medium") == "Sculpture"].dropna()),
        ("Commission Cost", "Medium"),
    ),
    Q("how many pieces are in poor shape", _count(_pa_poor), ("Condition",)),
    Q(
        "how many of those were paid for by percent for art",
        _count(lambda df: _pa_poor(df, "Percent for Art")),
        ("Condition", "Funding Source"),
    ),
    Q(
        "how many artworks have no cost listed",
        _count(lambda df: int(_num(df, "Commission Cost").isna().sum())),
        ("Commission Cost",),
    ),
]


HELDOUT298: list[Dataset] = [
    Dataset("mobile_car_detailing_job_log", _detail_frame, _CD_QS),
    Dataset("charity_5k_registration_results", _fivek_frame, _FK_QS),
    Dataset("bakery_daily_waste_log", _bakery_frame, _BK_QS),
    Dataset("community_theater_ticket_sales", _theater_frame, _TH_QS),
    Dataset("state_registered_apprenticeship", _apprentice_frame, _AP_QS),
    Dataset("piano_tuner_appointment_book", _piano_frame, _PT_QS),
    Dataset("public_art_mural_registry", _art_frame, _PA_QS),
]
