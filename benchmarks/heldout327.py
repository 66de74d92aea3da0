"""HELDOUT327: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files a small business or survey keeps: a trophy and engraving shop's
order lines (2024, an order of several items repeats its "Order #" like "T-10234") with Customer, "Organization/Team"
(blank for walk-ins), Item (Plaque, Trophy, Medal, Acrylic Award, now and then upper case), Qty, "Unit Price" as
"$12.50", "Engraving Lines" (0 to 4), "Engraving Fee/Line" as "$1.50", "Order Date" as "03/14/2024", "Pickup Date"
(blank while not picked up) and Paid (Y/N); a body piercing studio's log (2024, one row per piercing) with Date as
"2024-03-14", Piercer, "Client Age", "Piercing Type" (Helix, Septum, Nostril, Lobe, Industrial), "Jewelry Material"
(Titanium, 14k Gold, Surgical Steel), "Jewelry Price" and "Service Price" as "$45.00", Tip (blank when none),
"Aftercare Kit" (Y/N) and "Downsize Visit" as "2024-04-20" (blank for most); a junk removal company's jobs (2024) with
"Job #" like "J-24017", Date as "1/5/2024", Zip (five digits), "Load Size" ("1/8", "1/4", "1/2", "3/4", "Full"),
Price as "$349", "Dump Fee" as "$45", "Items Donated", Mattresses, Appliances, "Crew Size" (2 to 4), Hours and
"Review Stars" (1 to 5, blank when no review); a guitar shop's repair tickets (2023 to 2024) with Ticket (a number),
Instrument (Acoustic Guitar, Electric Guitar, Bass, Mandolin, Ukulele), Brand, Work (Setup, Refret, Electronics, Nut,
Crack Repair), "Parts $", "Labor Hours", "Labor Rate" as "$75/hr", "Drop-off Date" and "Ready Date" as "2024-03-01"
(ready blank while in the shop) and "Picked Up" (Y/N); a shoe repair shop's tickets (2024) with "Ticket #", Customer,
"Item Type" (Boots, Heels, Dress Shoes, Bags, Belts), Service (Resole, Heel, Stretch, Dye, Zipper), Price as
"$65.00", "Drop-off Date", "Promised Date" and "Picked Up Date" as "03/02/2024" (picked up blank when not collected)
and Rush (Y/N); a party rental company's order lines (2024, an order repeats its number for each item) with Order,
"Event Date" as "6/15/2024", Item ("Tent 20x20", Tables, Chairs, "Bounce House", Linens), Qty, "Daily Rate" as
"$2.50", Days, "Delivery Fee" (repeated on each line of an order), Deposit, "Damage Charge" (blank for most) and
"Returned Late" (Y/N); and a dragonfly and damselfly survey (2024 season, one row per species and behavior on a
visit) with Site, "Survey Date" as "2024-06-14", Species (common names), Suborder (Anisoptera, Zygoptera), Count,
Behavior (Patrolling, Ovipositing, Mating, Perched), "Air Temp (F)", "Cloud Cover (%)" and Observer initials. All are
generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _named_any, _num, _text, _top, _typical
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

_FIRST = [
    "James", "Mary", "Robert", "Linda", "Michael", "Susan", "David", "Karen", "Thomas", "Nancy", "Daniel", "Lisa",
    "Mark", "Sandra", "Paul", "Donna", "Steven", "Carol", "Kevin", "Sharon", "Brian", "Laura", "Gary", "Amy",
    "Eric", "Julie", "Scott", "Megan", "Ryan", "Heather", "Jacob", "Emma", "Ethan", "Olivia", "Noah", "Ava",
]  # fmt: skip
_LAST = [
    "Smith", "Johnson", "Brown", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Moore", "Jackson", "Martin",
    "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Hall", "Allen", "Young", "King", "Wright", "Hill",
]  # fmt: skip


def _person(rng: np.random.Generator) -> str:
    return f"{_one(rng, _FIRST)} {_one(rng, _LAST)}"


def _day_in(rng: np.random.Generator, start: str, days: int, p: np.ndarray | None = None) -> pd.Timestamp:
    """A day in the `days` days from `start`, weighted by month when `p` (12 weights) is given."""
    while True:
        t = pd.Timestamp(start) + pd.Timedelta(days=int(rng.integers(0, days)))
        if p is None or rng.random() < p[t.month - 1] / p.max():
            return t


def _date(df: pd.DataFrame, col: str, fmt: str) -> pd.Series:
    return pd.to_datetime(_text(df, col), format=fmt, errors="coerce")


def _yes(df: pd.DataFrame, col: str) -> pd.Series:
    return _text(df, col).str.upper().str.startswith("Y")


def _either_count(*values: Callable[[pd.DataFrame], Any]) -> Check:
    return either(*(_count(v) for v in values))


def _either_share(*values: Callable[[pd.DataFrame], float]) -> Check:
    return either(*(_share(v) for v in values))


def _either_top(*values: Callable[[pd.DataFrame], str]) -> Check:
    return either(*(_lead(_named(v)) for v in values))


# --- 1. Trophy and engraving shop orders ---------------------------------------------------------------------------

# item: unit price range, typical qty range
_TR_ITEMS: dict[str, tuple[tuple[float, float], tuple[int, int], float]] = {
    "Plaque": ((28.0, 85.0), (1, 6), 3),
    "Trophy": ((12.0, 65.0), (1, 25), 4),
    "Medal": ((3.5, 9.0), (10, 60), 2.5),
    "Acrylic Award": ((35.0, 120.0), (1, 4), 1.5),
}
_TR_ORGS = [
    "Eastside Little League", "Lincoln HS Wrestling", "Metro Bowling League", "Riverside Soccer Club",
    "St. Mark's Booster Club", "Valley Swim Team", "Rotary Club", "Northgate Chess Club", "Acme Corp HR",
    "Hillcrest Golf Assn", "YMCA Youth Basketball", "Bayview Realty",
]  # fmt: skip


def _trophy_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32701)
    season = np.array([6, 5, 6, 7, 10, 12, 7, 5, 6, 7, 8, 11], dtype=float)
    rows: list[dict[str, Any]] = []
    order = 10230
    while len(rows) < 900:
        order += 1
        ordered = _day_in(rng, "2024-01-02", 360, season)
        org = str(_one(rng, _TR_ORGS)) if rng.random() < 0.7 else ""
        customer = _person(rng)
        paid = "Y" if rng.random() < 0.86 else "N"
        pickup = ""
        if (ordered < pd.Timestamp("2024-12-10") or rng.random() < 0.3) and rng.random() < 0.93:
            pickup = f"{ordered + pd.Timedelta(days=int(rng.integers(3, 9) + rng.poisson(2))):%m/%d/%Y}"
        for _ in range(int(_one(rng, [1, 1, 1, 2, 2, 3]))):
            item = str(_one(rng, list(_TR_ITEMS), [v[2] for v in _TR_ITEMS.values()]))
            (lo, hi), (qlo, qhi), _w = _TR_ITEMS[item]
            qty = int(rng.integers(qlo, qhi + 1)) if org else int(rng.integers(1, 3))
            price = round(float(rng.uniform(lo, hi)) * 2) / 2
            rows.append(
                {
                    "Order #": f"T-{order}",
                    "Customer": customer,
                    "Organization/Team": org,
                    "Item": item.upper() if rng.random() < 0.05 else item,
                    "Qty": qty,
                    "Unit Price": f"${price:,.2f}",
                    "Engraving Lines": int(_one(rng, [0, 1, 2, 3, 4], [1, 2, 4, 3, 1])),
                    "Engraving Fee/Line": str(_one(rng, ["$1.50", "$1.50", "$2.00", "$1.25"])),
                    "Order Date": f"{ordered:%m/%d/%Y}",
                    "Pickup Date": pickup,
                    "Paid": paid,
                }
            )
    return pd.DataFrame(rows)


def _tr_item(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Item").str.title()


def _tr_goods(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Qty") * _num(df, "Unit Price")


def _tr_wait(df: pd.DataFrame) -> pd.Series:
    once = df.drop_duplicates("Order #")
    days = _date(once, "Pickup Date", "%m/%d/%Y") - _date(once, "Order Date", "%m/%d/%Y")
    return days.dt.days.dropna()


def _tr_wait_rows(df: pd.DataFrame) -> pd.Series:
    days = _date(df, "Pickup Date", "%m/%d/%Y") - _date(df, "Order Date", "%m/%d/%Y")
    return days.dt.days.dropna()


def _tr_org_spend(df: pd.DataFrame) -> str:
    org = _text(df, "Organization/Team")
    return _top(_tr_goods(df)[org != ""].groupby(org[org != ""]).sum())


def _tr_org_spend_engraved(df: pd.DataFrame) -> str:
    org = _text(df, "Organization/Team")
    total = _tr_goods(df) + _num(df, "Qty") * _num(df, "Engraving Lines") * _num(df, "Engraving Fee/Line")
    return _top(total[org != ""].groupby(org[org != ""]).sum())


_TR_QS = [
    Q(
        "how many orders do we have",
        _either_count(lambda df: int(df["Order #"].nunique()), lambda df: len(df)),
        ("Order #",),
    ),
    Q(
        "what do we sell the most of",
        _either_top(
            lambda df: _top(_num(df, "Qty").groupby(_tr_item(df)).sum()),
            lambda df: _top(_tr_item(df).value_counts()),
        ),
        ("Item", "Qty"),
    ),
    Q(
        "how much did trophies bring in, just qty times price",
        _amount(lambda df: float(_tr_goods(df)[_tr_item(df) == "Trophy"].sum())),
        ("Item", "Qty", "Unit Price"),
    ),
    Q(
        "how many orders are still unpaid",
        _either_count(
            lambda df: int(df.loc[~_yes(df, "Paid"), "Order #"].nunique()), lambda df: int((~_yes(df, "Paid")).sum())
        ),
        ("Paid", "Order #"),
    ),
    Q(
        "how many days between ordering and pickup usually",
        either(_typical(_tr_wait), _typical(_tr_wait_rows)),
        ("Order Date", "Pickup Date", "Order #"),
    ),
    Q(
        "which team or organization spent the most with us",
        _either_top(_tr_org_spend, _tr_org_spend_engraved),
        ("Organization/Team", "Qty", "Unit Price", "Engraving Lines", "Engraving Fee/Line", "Order #"),
    ),
]


# --- 2. Body piercing studio log -----------------------------------------------------------------------------------

_PI_TYPES = {"Helix": (55, 6), "Septum": (70, 3.5), "Nostril": (50, 5), "Lobe": (35, 4), "Industrial": (75, 1.5)}
_PI_METALS = {"Titanium": (1.0, 6), "14k Gold": (3.2, 1.5), "Surgical Steel": (0.6, 2.5)}
_PI_STAFF = ["Jade", "Marcus", "Riley", "Sofia"]


def _piercing_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32702)
    season = np.array([7, 6, 8, 8, 9, 11, 12, 13, 9, 8, 7, 10], dtype=float)
    rows: list[dict[str, Any]] = []
    for _ in range(1300):
        day = _day_in(rng, "2024-01-01", 366, season)
        kind = str(_one(rng, list(_PI_TYPES), [v[1] for v in _PI_TYPES.values()]))
        metal = str(_one(rng, list(_PI_METALS), [v[1] for v in _PI_METALS.values()]))
        piercer = str(_one(rng, _PI_STAFF, [4, 3, 3, 2]))
        age = int(np.clip(round(rng.normal(27 if kind in ("Septum", "Industrial") else 24, 7)), 16, 64))
        jewel = round(float(rng.uniform(25, 45)) * _PI_METALS[metal][0], 0)
        service = _PI_TYPES[kind][0]
        tip = ""
        if rng.random() < 0.7:
            tip = f"{max(2.0, round(float(rng.normal(0.18, 0.06)) * (jewel + service))):.2f}"
        downsize = ""
        if kind in ("Helix", "Industrial", "Septum", "Nostril") and rng.random() < 0.3:
            downsize = f"{day + pd.Timedelta(days=int(rng.integers(28, 70))):%Y-%m-%d}"
        rows.append(
            {
                "Date": f"{day:%Y-%m-%d}",
                "Piercer": piercer,
                "Client Age": age,
                "Piercing Type": kind,
                "Jewelry Material": metal,
                "Jewelry Price": f"${jewel:.2f}",
                "Service Price": f"${service:.2f}",
                "Tip": tip,
                "Aftercare Kit": "Y" if rng.random() < 0.42 else "N",
                "Downsize Visit": downsize,
            }
        )
    return pd.DataFrame(rows).sort_values("Date", kind="stable").reset_index(drop=True)


def _pi_busiest(df: pd.DataFrame) -> pd.Timestamp:
    return _date(df, "Date", "%Y-%m-%d").dt.to_period("M").value_counts().sort_index().idxmax().to_timestamp()


_PI_QS = [
    Q(
        "what's the most common piercing people get",
        _lead(_named(lambda df: _top(_text(df, "Piercing Type").value_counts()))),
        ("Piercing Type",),
    ),
    Q(
        "how old are septum clients on average",
        _typical(lambda df: _num(df, "Client Age")[_text(df, "Piercing Type") == "Septum"]),
        ("Client Age", "Piercing Type"),
    ),
    Q("how much did we get in tips altogether", _amount(lambda df: float(_num(df, "Tip").sum())), ("Tip",)),
    Q(
        "which piercer got the most tips",
        _lead(_named(lambda df: _top(_num(df, "Tip").fillna(0).groupby(_text(df, "Piercer")).sum()))),
        ("Piercer", "Tip"),
    ),
    Q(
        "what percent of people bought the aftercare kit",
        _share(lambda df: float(_yes(df, "Aftercare Kit").mean())),
        ("Aftercare Kit",),
    ),
    Q("which month was busiest", _month_year(_pi_busiest), ("Date",)),
]


# --- 3. Junk removal jobs ------------------------------------------------------------------------------------------

# load size: price range, dump fee range, weight
_JR_LOADS = {
    "1/8": ((129, 179), (15, 30), 2),
    "1/4": ((199, 259), (25, 45), 3),
    "1/2": ((329, 399), (45, 75), 4),
    "3/4": ((459, 529), (65, 100), 2.5),
    "Full": ((579, 649), (90, 140), 2),
}
_JR_ZIPS = ["30301", "30305", "30306", "30307", "30308", "30309", "30312", "30316", "30318", "30324", "30329"]


def _junk_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32703)
    rows: list[dict[str, Any]] = []
    for i in range(1400):
        day = _day_in(rng, "2024-01-02", 364)
        load = str(_one(rng, list(_JR_LOADS), [v[2] for v in _JR_LOADS.values()]))
        (plo, phi), (dlo, dhi), _w = _JR_LOADS[load]
        step = list(_JR_LOADS).index(load)
        crew = int(_one(rng, [2, 3, 4], [6, 3, 1] if step < 3 else [2, 5, 3]))
        hours = round(max(0.5, (0.8 + 0.6 * step) * (1.25 - 0.12 * crew) + float(rng.normal(0, 0.3))) * 4) / 4
        stars: Any = ""
        if rng.random() < 0.45:
            stars = int(_one(rng, [1, 2, 3, 4, 5], [1, 1, 2, 6, 14]))
        rows.append(
            {
                "Job #": f"J-24{i + 1:03d}",
                "Date": f"{day.month}/{day.day}/{day.year}",
                "Zip": str(_one(rng, _JR_ZIPS)),
                "Load Size": load,
                "Price": f"${int(rng.integers(plo, phi + 1))}",
                "Dump Fee": f"${int(rng.integers(dlo, dhi + 1))}",
                "Items Donated": int(rng.poisson(0.4 + 0.5 * step)),
                "Mattresses": int(rng.poisson(0.3 + 0.2 * step)),
                "Appliances": int(rng.poisson(0.2 + 0.25 * step)),
                "Crew Size": crew,
                "Hours": hours,
                "Review Stars": stars,
            }
        )
    return pd.DataFrame(rows)


_JR_QS = [
    Q(
        "what does a full truck load usually cost",
        _typical(lambda df: _num(df, "Price")[_text(df, "Load Size").str.lower() == "full"]),
        ("Load Size", "Price"),
    ),
    Q(
        "how much did we keep after dump fees, total",
        _amount(lambda df: float((_num(df, "Price") - _num(df, "Dump Fee")).sum())),
        ("Price", "Dump Fee"),
    ),
    Q("how many mattresses did we haul away", _count(lambda df: int(_num(df, "Mattresses").sum())), ("Mattresses",)),
    Q(
        "whats our average review",
        has(lambda df: float(_num(df, "Review Stars").mean()), rel=0.005),
        ("Review Stars",),
    ),
    Q(
        "what share of jobs even left a review",
        _share(lambda df: float(_num(df, "Review Stars").notna().mean())),
        ("Review Stars", "Job #"),
    ),
    Q(
        "do bigger crews finish faster",
        _corr(lambda d: _num(d, "Crew Size"), lambda d: _num(d, "Hours")),
        ("Crew Size", "Hours"),
    ),
]


# --- 4. Guitar shop repair tickets ---------------------------------------------------------------------------------

_GR_INSTR = {"Acoustic Guitar": 5, "Electric Guitar": 6, "Bass": 2, "Mandolin": 0.6, "Ukulele": 0.8}
_GR_BRANDS = {
    "Acoustic Guitar": ["Martin", "Taylor", "Gibson", "Yamaha", "Seagull"],
    "Electric Guitar": ["Fender", "Gibson", "PRS", "Epiphone", "Squier", "Ibanez"],
    "Bass": ["Fender", "Ibanez", "Music Man", "Squier"],
    "Mandolin": ["Eastman", "Kentucky", "Gibson"],
    "Ukulele": ["Kala", "Kamaka", "Martin"],
}
# work: parts range, labor hours mean, weight
_GR_WORK = {
    "Setup": ((0, 15), 1.2, 10),
    "Refret": ((30, 80), 6.5, 1.5),
    "Electronics": ((10, 90), 1.8, 3),
    "Nut": ((12, 45), 1.5, 2),
    "Crack Repair": ((5, 25), 3.5, 1.5),
}


def _guitar_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32704)
    rows: list[dict[str, Any]] = []
    for i in range(850):
        instr = str(_one(rng, list(_GR_INSTR), list(_GR_INSTR.values())))
        work = str(_one(rng, list(_GR_WORK), [v[2] for v in _GR_WORK.values()]))
        if instr != "Electric Guitar" and instr != "Bass" and work == "Electronics":
            work = "Setup"
        (plo, phi), hrs, _w = _GR_WORK[work]
        drop = _day_in(rng, "2023-01-03", 720)
        ready = drop + pd.Timedelta(days=int(rng.integers(2, 8) + rng.poisson(hrs * 1.5)))
        in_shop = ready > pd.Timestamp("2024-12-28") or rng.random() < 0.02
        picked = "N" if in_shop or (ready > pd.Timestamp("2024-12-01") and rng.random() < 0.5) else "Y"
        if not in_shop and picked == "Y" and rng.random() < 0.03:
            picked = "N"
        rows.append(
            {
                "Ticket": 4101 + i,
                "Instrument": instr,
                "Brand": str(_one(rng, _GR_BRANDS[instr])),
                "Work": work,
                "Parts $": round(float(rng.uniform(plo, phi)), 2),
                "Labor Hours": round(max(0.5, float(rng.normal(hrs, hrs * 0.25))) * 4) / 4,
                "Labor Rate": str(_one(rng, ["$75/hr", "$75/hr", "$75/hr", "$85/hr"])),
                "Drop-off Date": f"{drop:%Y-%m-%d}",
                "Ready Date": "" if in_shop else f"{ready:%Y-%m-%d}",
                "Picked Up": picked,
            }
        )
    return pd.DataFrame(rows)


def _gr_rate(df: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(_text(df, "Labor Rate").str.extract(r"([\d.]+)")[0], errors="coerce")


def _gr_bill(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Parts $") + _num(df, "Labor Hours") * _gr_rate(df)


def _gr_days(df: pd.DataFrame) -> pd.Series:
    return (_date(df, "Ready Date", "%Y-%m-%d") - _date(df, "Drop-off Date", "%Y-%m-%d")).dt.days.dropna()


_GR_QS = [
    Q(
        "how many of the repairs were basses",
        _count(lambda df: int((_text(df, "Instrument") == "Bass").sum())),
        ("Instrument",),
    ),
    Q(
        "what kind of work takes the longest",
        _lead(_named(lambda df: _top(_num(df, "Labor Hours").groupby(_text(df, "Work")).mean()))),
        ("Work", "Labor Hours"),
    ),
    Q(
        "whats a refret cost on average, parts plus labor",
        _typical(lambda df: _gr_bill(df)[_text(df, "Work") == "Refret"]),
        ("Work", "Parts $", "Labor Hours", "Labor Rate"),
    ),
    Q(
        "how long does it take to get an instrument back usually",
        _typical(_gr_days),
        ("Drop-off Date", "Ready Date"),
    ),
    Q(
        "how many finished ones are still sitting here waiting for pickup",
        _count(lambda df: int(((_text(df, "Ready Date") != "") & ~_yes(df, "Picked Up")).sum())),
        ("Ready Date", "Picked Up", "Ticket"),
    ),
    Q(
        "which brand do we see the most",
        _lead(_named(lambda df: _top(_text(df, "Brand").value_counts()))),
        ("Brand",),
    ),
]


# --- 5. Shoe repair tickets ----------------------------------------------------------------------------------------

# service: items it applies to, price range, days promised
_SH_SERVICES: dict[str, tuple[list[str], tuple[int, int], int, float]] = {
    "Resole": (["Boots", "Dress Shoes"], (55, 95), 7, 4),
    "Heel": (["Boots", "Heels", "Dress Shoes"], (18, 40), 3, 5),
    "Stretch": (["Boots", "Heels", "Dress Shoes"], (15, 25), 2, 2),
    "Dye": (["Boots", "Heels", "Dress Shoes", "Bags", "Belts"], (35, 75), 7, 1.5),
    "Zipper": (["Boots", "Bags"], (30, 60), 5, 2),
}


def _shoe_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32705)
    rows: list[dict[str, Any]] = []
    for i in range(1100):
        service = str(_one(rng, list(_SH_SERVICES), [v[3] for v in _SH_SERVICES.values()]))
        items, (lo, hi), days, _w = _SH_SERVICES[service]
        item = str(_one(rng, items))
        rush = rng.random() < 0.15
        drop = _day_in(rng, "2024-01-02", 355)
        promised = drop + pd.Timedelta(days=max(1, days // 2) if rush else days)
        picked = ""
        if rng.random() < 0.9:
            picked = f"{promised + pd.Timedelta(days=int(rng.integers(-1, 5) + rng.poisson(1.5))):%m/%d/%Y}"
        price = float(rng.integers(lo, hi + 1)) + (15 if rush else 0)
        rows.append(
            {
                "Ticket #": 20001 + i,
                "Customer": _person(rng),
                "Item Type": item,
                "Service": service,
                "Price": f"${price:.2f}",
                "Drop-off Date": f"{drop:%m/%d/%Y}",
                "Promised Date": f"{promised:%m/%d/%Y}",
                "Picked Up Date": picked,
                "Rush": "Y" if rush else "N",
            }
        )
    return pd.DataFrame(rows)


def _sh_rush_means(df: pd.DataFrame) -> list[float]:
    rush = _yes(df, "Rush")
    price = _num(df, "Price")
    return [float(price[rush].mean()), float(price[~rush].mean())]


def _sh_late(df: pd.DataFrame) -> int:
    picked = _date(df, "Picked Up Date", "%m/%d/%Y")
    return int((picked > _date(df, "Promised Date", "%m/%d/%Y")).sum())


_SH_QS = [
    Q("how many rush jobs were there", _count(lambda df: int(_yes(df, "Rush").sum())), ("Rush",)),
    Q(
        "what does a resole usually run",
        _typical(lambda df: _num(df, "Price")[_text(df, "Service") == "Resole"]),
        ("Service", "Price"),
    ),
    Q("do rush jobs cost more on average", has(_sh_rush_means, rel=0.01), ("Rush", "Price")),
    Q(
        "how many got picked up after the promised date",
        _count(_sh_late),
        ("Picked Up Date", "Promised Date"),
    ),
    Q(
        "what percent never got picked up",
        _share(lambda df: float((_text(df, "Picked Up Date") == "").mean())),
        ("Picked Up Date",),
    ),
    Q(
        "which service makes the most money",
        _lead(_named(lambda df: _top(_num(df, "Price").groupby(_text(df, "Service")).sum()))),
        ("Service", "Price"),
    ),
]


# --- 6. Party rental orders ----------------------------------------------------------------------------------------

# item: daily rate, qty range, deposit per unit, weight
_PR_ITEMS: dict[str, tuple[float, tuple[int, int], float, float]] = {
    "Tent 20x20": (225.0, (1, 2), 100.0, 2),
    "Tables": (9.0, (4, 20), 5.0, 5),
    "Chairs": (2.5, (20, 150), 1.0, 6),
    "Bounce House": (175.0, (1, 1), 100.0, 2.5),
    "Linens": (12.0, (4, 20), 3.0, 3.5),
}


def _party_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32706)
    season = np.array([2, 2, 3, 5, 9, 13, 12, 11, 9, 6, 3, 4], dtype=float)
    rows: list[dict[str, Any]] = []
    order = 5200
    while len(rows) < 1100:
        order += 1
        event = _day_in(rng, "2024-01-01", 366, season)
        days = int(_one(rng, [1, 1, 1, 2, 3]))
        fee = int(_one(rng, [45, 65, 85, 120]))
        late = "Y" if rng.random() < 0.09 else "N"
        k = int(_one(rng, [1, 2, 2, 3, 4]))
        picks = rng.choice(list(_PR_ITEMS), size=k, replace=False, p=np.array([2, 5, 6, 2.5, 3.5]) / 19)
        for item in picks:
            rate, (lo, hi), dep, _w = _PR_ITEMS[str(item)]
            qty = int(rng.integers(lo, hi + 1))
            damage = ""
            if rng.random() < 0.05:
                damage = f"{round(float(rng.uniform(15, 180)), 2):.2f}"
            rows.append(
                {
                    "Order": order,
                    "Event Date": f"{event.month}/{event.day}/{event.year}",
                    "Item": str(item),
                    "Qty": qty,
                    "Daily Rate": f"${rate:.2f}",
                    "Days": days,
                    "Delivery Fee": fee,
                    "Deposit": round(dep * qty, 2),
                    "Damage Charge": damage,
                    "Returned Late": late,
                }
            )
    return pd.DataFrame(rows)


def _pr_income(df: pd.DataFrame) -> float:
    return float((_num(df, "Qty") * _num(df, "Daily Rate") * _num(df, "Days")).sum())


def _pr_busiest(rows: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(df: pd.DataFrame) -> pd.Timestamp:
        d = df if rows else df.drop_duplicates("Order")
        month = _date(d, "Event Date", "%m/%d/%Y").dt.to_period("M")
        return month.value_counts().sort_index().idxmax().to_timestamp()

    return value


_PR_QS = [
    Q(
        "what gets rented the most",
        _either_top(
            lambda df: _top(_text(df, "Item").value_counts()),
            lambda df: _top(_num(df, "Qty").groupby(_text(df, "Item")).sum()),
        ),
        ("Item", "Qty"),
    ),
    Q(
        "how much rental income is that in total, rate times qty times days",
        _amount(_pr_income),
        ("Qty", "Daily Rate", "Days"),
    ),
    Q(
        "how many chairs went out in july",
        _count(
            lambda df: int(
                _num(df, "Qty")[
                    (_text(df, "Item") == "Chairs") & (_date(df, "Event Date", "%m/%d/%Y").dt.month == 7)
                ].sum()
            )
        ),
        ("Item", "Qty", "Event Date"),
    ),
    Q(
        "how often does stuff come back late",
        _either_share(
            lambda df: float(_yes(df, "Returned Late").mean()),
            lambda df: float(_yes(df.drop_duplicates("Order"), "Returned Late").mean()),
        ),
        ("Returned Late", "Order"),
    ),
    Q(
        "total damage charges?",
        _amount(lambda df: float(_num(df, "Damage Charge").sum())),
        ("Damage Charge",),
    ),
    Q(
        "which month had the most events",
        either(_month_year(_pr_busiest(False)), _month_year(_pr_busiest(True))),
        ("Event Date", "Order"),
    ),
]


# --- 7. Dragonfly and damselfly survey -----------------------------------------------------------------------------

# species: suborder, typical count, weight
_DF_SPECIES: dict[str, tuple[str, float, float]] = {
    "Common Green Darner": ("Anisoptera", 3.5, 5),
    "Twelve-spotted Skimmer": ("Anisoptera", 2.5, 4),
    "Widow Skimmer": ("Anisoptera", 2.5, 4),
    "Eastern Pondhawk": ("Anisoptera", 4.5, 5),
    "Blue Dasher": ("Anisoptera", 5.5, 6),
    "Common Whitetail": ("Anisoptera", 3.0, 4),
    "Halloween Pennant": ("Anisoptera", 1.5, 2),
    "Ebony Jewelwing": ("Zygoptera", 3.0, 3),
    "Eastern Forktail": ("Zygoptera", 5.0, 5),
    "Familiar Bluet": ("Zygoptera", 6.0, 4),
    "Slender Spreadwing": ("Zygoptera", 2.0, 2),
    "Fragile Forktail": ("Zygoptera", 2.5, 2),
}
_DF_SITES = ["Mill Pond", "Cedar Marsh", "Heron Creek", "North Fen", "Beaver Lake"]
_DF_OBS = ["KL", "MT", "JR", "AP"]
_DF_BEHAVIOR = ["Patrolling", "Ovipositing", "Mating", "Perched"]


def _dragonfly_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32707)
    rows: list[dict[str, Any]] = []
    names = list(_DF_SPECIES)
    weights = [v[2] for v in _DF_SPECIES.values()]
    for site in _DF_SITES:
        richness = int(rng.integers(6, 13))
        here = list(rng.choice(names, size=richness, replace=False, p=np.array(weights) / sum(weights)))
        for week in range(22):
            day = pd.Timestamp("2024-05-06") + pd.Timedelta(days=7 * week + int(rng.integers(0, 4)))
            temp = round(float(58 + 24 * np.sin(np.pi * week / 21)) + float(rng.normal(0, 5)))
            cloud = int(_one(rng, [0, 10, 20, 30, 40, 50, 60, 75, 90, 100]))
            lift = max(0.15, (temp - 55) / 25) * (1.2 - cloud / 150)
            obs = str(_one(rng, _DF_OBS, [4, 3, 2, 1]))
            for sp in here:
                if rng.random() > 0.3 + 0.5 * min(1.0, lift):
                    continue
                suborder, base, _w = _DF_SPECIES[str(sp)]
                for beh in rng.choice(
                    _DF_BEHAVIOR, size=int(rng.integers(1, 3)), replace=False, p=[0.4, 0.15, 0.15, 0.3]
                ):
                    count = int(rng.poisson(base * lift)) + 1
                    rows.append(
                        {
                            "Site": site,
                            "Survey Date": f"{day:%Y-%m-%d}",
                            "Species": str(sp),
                            "Suborder": suborder,
                            "Count": count,
                            "Behavior": str(beh),
                            "Air Temp (F)": temp,
                            "Cloud Cover (%)": cloud,
                            "Observer": obs,
                        }
                    )
    return pd.DataFrame(rows)


def _df_visits(df: pd.DataFrame) -> pd.DataFrame:
    return df.groupby(["Site", "Survey Date"]).agg(temp=("Air Temp (F)", "first"), n=("Count", "sum"))


def _df_suborders(df: pd.DataFrame) -> list[float]:
    return [float(_num(df, "Count")[_text(df, "Suborder") == s].sum()) for s in ("Anisoptera", "Zygoptera")]


_DF_QS = [
    Q("how many were counted in each suborder", has(_df_suborders, rel=0.001), ("Suborder", "Count")),
    Q(
        "which species showed up the most",
        _either_top(
            lambda df: _top(_num(df, "Count").groupby(_text(df, "Species")).sum()),
            lambda df: _top(_text(df, "Species").value_counts()),
        ),
        ("Species", "Count"),
    ),
    Q(
        "how many different species were seen at mill pond",
        _count(lambda df: int(df.loc[_text(df, "Site") == "Mill Pond", "Species"].nunique())),
        ("Site", "Species"),
    ),
    Q(
        "do warmer days bring out more of them",
        either(
            _corr(lambda d: _num(d, "Air Temp (F)"), lambda d: _num(d, "Count")),
            _corr(lambda d: _df_visits(d)["temp"], lambda d: _df_visits(d)["n"]),
        ),
        ("Air Temp (F)", "Count", "Site", "Survey Date"),
    ),
    Q(
        "what share of the sightings were mating",
        _either_share(
            lambda df: float((_text(df, "Behavior") == "Mating").mean()),
            lambda df: float(_num(df, "Count")[_text(df, "Behavior") == "Mating"].sum() / _num(df, "Count").sum()),
        ),
        ("Behavior", "Count"),
    ),
    Q(
        "which observer recorded the most",
        _named_any(
            lambda df: [
                _top(_text(df, "Observer").value_counts()),
                _top(_num(df, "Count").groupby(_text(df, "Observer")).sum()),
                _top(df.drop_duplicates(["Site", "Survey Date"])["Observer"].astype(str).value_counts()),
            ]
        ),
        ("Observer", "Count", "Site", "Survey Date"),
    ),
]


HELDOUT327 = [
    Dataset("trophy_engraving_orders", _trophy_frame, _TR_QS),
    Dataset("piercing_studio_log", _piercing_frame, _PI_QS),
    Dataset("junk_removal_jobs", _junk_frame, _JR_QS),
    Dataset("guitar_repair_tickets", _guitar_frame, _GR_QS),
    Dataset("shoe_repair_tickets", _shoe_frame, _SH_QS),
    Dataset("party_rental_orders", _party_frame, _PR_QS),
    Dataset("dragonfly_damselfly_survey", _dragonfly_frame, _DF_QS),
]
