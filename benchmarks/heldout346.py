"""HELDOUT346: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files a small outfit keeps in a spreadsheet or exports from its point of
sale: a scrap recycling center's buyback tickets (2024, open Monday to Saturday, one row per material weighed, so a
ticket number repeats when a seller brings two metals) with "Ticket #" as "T-24-00123", Date as "03/14/2024", Seller as
"LAST, FIRST" (regulars come back many times), Material (Aluminum, Copper, Brass, Steel; now and then upper case),
Lbs (one decimal), "Price/Lb" as "$3.15" (the day's posted price, moving with the market month to month), Payout as
"$47.25" (pounds times price), "ID Checked" (Y/N, blank now and then) and "Yard Worker"; an orthodontist's patient
starts (2021 to 2024, one row per patient) with "Patient ID" as "P10234", "Start Date" as "2022-03-15", Age (mostly
kids, some adults), Appliance (Braces, Aligners; now and then lower case), "Tx Months Planned", "Debond Date" (blank
while still in treatment), "Total Fee", "Down Payment" and "Monthly Payment" as "$5,850.00" (no monthly payment when
paid in full), "Referred By" (a general dentist as "Dr. Patel", Self, Friend/Family, Google, or blank) and "Missed
Appts" (missed visits stretch the treatment); a dry cleaner's tickets (2024, closed Sundays, one row per ticket) with
"Ticket #" (a number), "Drop Off" as "3/14/2024", Customer as "SMITH, J" (regulars repeat), Items (all pieces,
pants and coats included), Shirts, Suits, Dresses, Total as "$23.50", Promised as "3/17/2024", "Picked Up" (blank
while still on the rack) and "Press Only" (Y/N, shirts pressed without cleaning); a drone survey company's flights
(March 2023 to November 2024, one row per flight) with "Flight Date" as "2024-05-03", Client, Site (sites repeat per
client), "Acres Mapped", "Flight Min", "Batteries Used", "Photos Taken" (rising with the acres), Pilot, "Wind (mph)"
(blank when the anemometer was not read), "Reflight Needed" (Y/N, likelier in wind) and "Invoice $" as "1,234.00";
a school bus contractor's route days (the 2023-24 school year, one row per route per school day, twelve routes) with
Date as "2023-09-05", "Route #" (101 to 112), Driver (the sub's name on a sub day), "Bus #" (the route's bus, a spare
now and then), "Riders AM", "Riders PM" (blank now and then), Miles (one decimal), "Late Min", Breakdown (Y/N, older
buses more) and "Sub Driver" (Y/N, later on sub days); a cheese cave's aging log (2021 to 2024, one row per wheel)
with "Wheel ID" as "W-2022-0134", Style (Cheddar, Gouda, Alpine, Blue, Tomme), "Make Date" as "2022-04-18", "Milk
Used (lbs)", "Wheel Wt (lbs)" (about a tenth of the milk), "Months Aged" (by style), "Moisture %" as "38.5%" (blank
when not tested), Grade (A, B, C), Sold (Y/N) and "Cave Room" (Cave 1 to Cave 3); and an archery range's lane
rentals (2024, open Tuesday to Sunday, one row per rental) with Date as "6/14/2024", Lane (1 to 12), Customer,
Member (Y/N), Hours (0.5 to 2), "Arrows Rented" (0 when the archer brings their own), "Bow Rental" (Y/N, mostly
non-members), "Lane Fee" as "$18.00" (members pay less per hour, a flat fee on league nights), Instructor (blank
without a lesson) and "League Night" (Y/N, Tuesday and Thursday evenings). All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _num, _text, _top, _typical, _weekday
from .heldout333 import _FIRST, _LAST, _date, _either_named, _flag
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _money(x: float) -> str:
    return f"${x:,.2f}"


def _both_about(*values: Callable[[pd.DataFrame], float], rel: float = 0.01) -> Check:
    """Every value appears (each to within `rel`, or rounded to one decimal)."""
    return _about(lambda df: [float(v(df)) for v in values], rel=rel)


def _numbered(value: Callable[[pd.DataFrame], Any], word: str) -> Check:
    """A numbered thing ("Lane 7", "lane #7", "route 104", "bus 31") named by its number after its word, or the
    number on its own."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        n = int(value(df))
        if re.search(rf"(?:\b{word}\s*(?:#|no\.?|number)?\s*{n}|(?<![\d.,$#]){n})(?!\d|[.,]\d)", answer, re.I):
            return None
        return f"missing {word} {n}"

    return check


# --- 1. Recycling center buyback tickets ---------------------------------------------------------------------------

# material: base price per lb, typical pounds (gamma shape, scale), weight
_RC_METALS = {
    "Aluminum": (0.55, (2.0, 18.0), 5.0),
    "Copper": (3.20, (1.6, 9.0), 2.5),
    "Brass": (2.05, (1.8, 8.0), 1.5),
    "Steel": (0.09, (2.2, 160.0), 3.0),
}
_RC_WEIGHTS = np.array([v[2] for v in _RC_METALS.values()]) / sum(v[2] for v in _RC_METALS.values())
_RC_WORKERS = {"Luis": 4, "Dwayne": 3, "Kristy": 2, "Bo": 1.5}
_RC_MARKET = [1.0, 0.98, 1.02, 1.05, 1.12, 1.08, 1.03, 0.97, 0.94, 0.96, 1.0, 0.99]


def _recycling_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34601)
    sellers = [f"{_one(rng, _LAST).upper()}, {_one(rng, _FIRST).upper()}" for _ in range(160)]
    pull = rng.pareto(1.2, len(sellers)) + 0.2
    rows: list[dict[str, Any]] = []
    n = 0
    for day in pd.date_range("2024-01-02", "2024-12-31", freq="D"):
        if day.dayofweek == 6 or (day.month, day.day) in ((7, 4), (12, 25), (11, 28)):
            continue
        busy = 1.25 if day.month in (4, 5, 6, 7, 8, 9) else 0.9
        worker = str(_one(rng, list(_RC_WORKERS), list(_RC_WORKERS.values())))
        for _ in range(int(rng.poisson(5.5 * busy * (1.4 if day.dayofweek == 5 else 1.0)))):
            n += 1
            seller = sellers[int(rng.choice(len(sellers), p=pull / pull.sum()))]
            checked = "" if rng.random() < 0.03 else ("N" if rng.random() < 0.12 else "Y")
            kinds = rng.choice(4, size=1 + int(rng.random() < 0.25), replace=False, p=_RC_WEIGHTS)
            for k in kinds:
                metal = list(_RC_METALS)[int(k)]
                base, (shape, scale), _ = _RC_METALS[metal]
                price = round(base * _RC_MARKET[day.month - 1], 2 if base > 0.5 else 3)
                lbs = round(float(rng.gamma(shape, scale)) + 0.5, 1)
                rows.append(
                    {
                        "Ticket #": f"T-24-{n:05d}",
                        "Date": f"{day:%m/%d/%Y}",
                        "Seller": seller,
                        "Material": metal.upper() if rng.random() < 0.06 else metal,
                        "Lbs": lbs,
                        "Price/Lb": f"${price:.2f}" if price >= 0.5 else f"${price:.3f}",
                        "Payout": _money(round(lbs * price, 2)),
                        "ID Checked": checked,
                        "Yard Worker": worker,
                    }
                )
    return pd.DataFrame(rows)


def _rc_metal(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Material").str.title()


def _rc_copper_price(weighted: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        cu = _rc_metal(df) == "Copper"
        if weighted:
            return float(_num(df, "Payout")[cu].sum() / _num(df, "Lbs")[cu].sum())
        return float(_num(df, "Price/Lb")[cu].mean())

    return value


def _rc_no_id(df: pd.DataFrame) -> list[Callable[[pd.DataFrame], float]]:
    tickets = df.drop_duplicates("Ticket #")
    flag = _text(tickets, "ID Checked").str.upper()
    return [
        lambda _d: float((flag == "N").mean()),
        lambda _d: float((flag != "Y").mean()),
        lambda _d: float((flag == "N").sum() / (flag != "").sum()),
        lambda _d: float((_text(df, "ID Checked").str.upper() == "N").mean()),
    ]


def _rc_best_month(df: pd.DataFrame) -> pd.Timestamp:
    month = _date(df, "Date", "%m/%d/%Y").dt.to_period("M")
    return _num(df, "Payout").groupby(month).sum().idxmax().to_timestamp()


_RC_QS = [
    Q(
        "how many tickets did we write this year",
        either(_count(lambda df: int(df["Ticket #"].nunique())), _count(lambda df: len(df))),
        ("Ticket #", "Date"),
    ),
    Q("how much did we pay out in total", _amount(lambda df: float(_num(df, "Payout").sum())), ("Payout",)),
    Q(
        "which metal do we take in the most pounds of",
        _lead(_named(lambda df: _top(_num(df, "Lbs").groupby(_rc_metal(df)).sum()))),
        ("Material", "Lbs"),
    ),
    Q(
        "what's the average price we paid per pound for copper",
        either(_about(_rc_copper_price(False), rel=0.005), _about(_rc_copper_price(True), rel=0.005)),
        ("Price/Lb", "Material", "Payout", "Lbs"),
    ),
    Q(
        "what percent of tickets didn't get an id check",
        lambda answer, df: either(*(_share(v) for v in _rc_no_id(df)))(answer, df),
        ("ID Checked", "Ticket #"),
    ),
    Q("which month did we pay out the most", _month_year(_rc_best_month), ("Payout", "Date")),
]


# --- 2. Orthodontist patient starts --------------------------------------------------------------------------------

_OR_REFERRERS = {
    "Dr. Patel": 6, "Dr. Nguyen": 4, "Dr. Kim": 3, "Dr. Alvarez": 2.5, "Dr. Brooks": 2, "Self": 3,
    "Friend/Family": 3, "Google": 2, "": 1.5,
}  # fmt: skip


def _ortho_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34602)
    rows: list[dict[str, Any]] = []
    cutoff = pd.Timestamp("2025-01-31")
    starts = pd.date_range("2021-01-04", "2024-12-20", freq="B")
    picks = np.sort(rng.choice(len(starts), size=620, replace=True))
    for i, k in enumerate(picks):
        start = starts[int(k)]
        adult = rng.random() < 0.22
        age = int(rng.integers(19, 52)) if adult else int(np.clip(round(rng.normal(13, 1.8)), 9, 18))
        aligners = rng.random() < (0.7 if adult else 0.3)
        appliance = "Aligners" if aligners else "Braces"
        planned = int(np.clip(round(rng.normal(18 if aligners else 22, 4)), 8, 32))
        missed = int(rng.poisson(1.3 if age < 19 else 0.8))
        actual = planned + 0.9 * missed + float(rng.normal(0, 1.5))
        debond = start + pd.Timedelta(days=int(actual * 30.4))
        fee = round(float(rng.normal(6200 if aligners else 5800, 500)) / 50) * 50
        if rng.random() < 0.1:
            down, monthly = float(fee), 0.0
        else:
            down = float(_one(rng, [500, 750, 1000, 1500], [3, 2, 4, 1]))
            monthly = round((fee - down) / planned, 2)
        referred = str(_one(rng, list(_OR_REFERRERS), list(_OR_REFERRERS.values())))
        rows.append(
            {
                "Patient ID": f"P{10101 + i}",
                "Start Date": f"{start:%Y-%m-%d}",
                "Age": age,
                "Appliance": appliance.lower() if rng.random() < 0.05 else appliance,
                "Tx Months Planned": planned,
                "Debond Date": "" if debond > cutoff or rng.random() < 0.02 else f"{debond:%Y-%m-%d}",
                "Total Fee": _money(fee),
                "Down Payment": _money(down),
                "Monthly Payment": _money(monthly),
                "Referred By": referred,
                "Missed Appts": missed,
            }
        )
    return pd.DataFrame(rows)


def _or_fee(kind: str, how: str = "mean") -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        fee = _num(df, "Total Fee")[_text(df, "Appliance").str.title() == kind]
        return float(fee.agg(how))

    return value


def _or_length(df: pd.DataFrame) -> pd.Series:
    return (_date(df, "Debond Date", "%Y-%m-%d") - _date(df, "Start Date", "%Y-%m-%d")).dt.days


_OR_QS = [
    Q(
        "how many new patients did we start in 2023",
        _count(lambda df: int((_date(df, "Start Date", "%Y-%m-%d").dt.year == 2023).sum())),
        ("Start Date", "Patient ID"),
    ),
    Q(
        "whats the average fee for braces",
        either(_about(_or_fee("Braces"), rel=0.002), _about(_or_fee("Braces", "median"), rel=0.002)),
        ("Total Fee", "Appliance"),
    ),
    Q(
        "and aligners?",
        either(_about(_or_fee("Aligners"), rel=0.002), _about(_or_fee("Aligners", "median"), rel=0.002)),
        ("Total Fee", "Appliance"),
    ),
    Q("how old are our patients usually", _typical(lambda df: _num(df, "Age")), ("Age",)),
    Q(
        "which dentist sends us the most patients",
        _lead(
            _named(
                lambda df: _top(_text(df, "Referred By")[_text(df, "Referred By").str.startswith("Dr")].value_counts())
            )
        ),
        ("Referred By", "Patient ID"),
    ),
    Q(
        "do patients who miss more appointments end up in treatment longer?",
        _corr(lambda df: _num(df, "Missed Appts"), _or_length),
        ("Missed Appts", "Start Date", "Debond Date", "Tx Months Planned"),
    ),
]


# --- 3. Dry cleaner tickets ----------------------------------------------------------------------------------------

_DC_PRICES = {"Shirts": 3.25, "Suits": 14.0, "Dresses": 12.5, "Other": 7.5}


def _drycleaner_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34603)
    customers = sorted({f"{_one(rng, _LAST).upper()}, {_one(rng, _FIRST)[0]}" for _ in range(260)})
    pull = rng.pareto(1.1, len(customers)) + 0.15
    rows: list[dict[str, Any]] = []
    n = 40001
    days = pd.date_range("2024-01-02", "2024-12-28", freq="D")
    day_mult = {0: 1.6, 1: 1.0, 2: 0.9, 3: 0.9, 4: 1.1, 5: 1.2}
    for day in days:
        if day.dayofweek == 6 or (day.month, day.day) in ((7, 4), (12, 25), (11, 28)):
            continue
        for _ in range(int(rng.poisson(7.5 * day_mult[day.dayofweek]))):
            customer = customers[int(rng.choice(len(customers), p=pull / pull.sum()))]
            shirts = int(rng.poisson(3.0)) if rng.random() < 0.75 else 0
            suits = int(rng.poisson(0.5))
            dresses = int(rng.poisson(0.35))
            other = int(rng.poisson(0.9))
            if shirts + suits + dresses + other == 0:
                other = 1
            press = shirts > 0 and suits + dresses + other == 0 and rng.random() < 0.3
            shirt_price = 2.5 if press else _DC_PRICES["Shirts"]
            total = shirts * shirt_price + suits * 14.0 + dresses * 12.5 + other * 7.5
            promised = day + pd.Timedelta(days=2 if shirts and not (suits or dresses) else 3)
            if promised.dayofweek == 6:
                promised += pd.Timedelta(days=1)
            wait = int(rng.gamma(1.4, 3.0)) + (2 if rng.random() < 0.7 else 0)
            picked = day + pd.Timedelta(days=wait)
            gone = picked > pd.Timestamp("2024-12-31") or rng.random() < 0.025
            rows.append(
                {
                    "Ticket #": n,
                    "Drop Off": f"{day.month}/{day.day}/{day.year}",
                    "Customer": customer,
                    "Items": shirts + suits + dresses + other,
                    "Shirts": shirts,
                    "Suits": suits,
                    "Dresses": dresses,
                    "Total": f"${total:.2f}",
                    "Promised": f"{promised.month}/{promised.day}/{promised.year}",
                    "Picked Up": "" if gone else f"{picked.month}/{picked.day}/{picked.year}",
                    "Press Only": "Y" if press else "N",
                }
            )
            n += 1
    return pd.DataFrame(rows)


def _dc_late_pickups(df: pd.DataFrame) -> int:
    return int((_date(df, "Picked Up", "%m/%d/%Y") > _date(df, "Promised", "%m/%d/%Y")).sum())


def _dc_busiest_weekday(by: str) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        day = _date(df, "Drop Off", "%m/%d/%Y").dt.day_name()
        return _top(day.value_counts() if by == "tickets" else _num(df, "Items").groupby(day).sum())

    return value


_DC_QS = [
    Q("how many shirts did we do in all", _count(lambda df: int(_num(df, "Shirts").sum())), ("Shirts",)),
    Q("whats the average ticket", _typical(lambda df: _num(df, "Total")), ("Total", "Ticket #")),
    Q(
        "how many orders are still sitting here not picked up",
        _count(lambda df: int((_text(df, "Picked Up") == "").sum())),
        ("Picked Up", "Ticket #"),
    ),
    Q(
        "how many people picked up later than the promised day",
        _count(_dc_late_pickups),
        ("Picked Up", "Promised", "Ticket #"),
    ),
    Q(
        "who's our biggest customer by money spent",
        _lead(_named(lambda df: _top(_num(df, "Total").groupby(_text(df, "Customer")).sum()))),
        ("Customer", "Total"),
    ),
    Q(
        "what day of the week do most people drop off",
        either(_weekday(_dc_busiest_weekday("tickets")), _weekday(_dc_busiest_weekday("items"))),
        ("Drop Off", "Ticket #", "Items"),
    ),
]


# --- 4. Drone survey flights ---------------------------------------------------------------------------------------

_DR_CLIENTS = {
    "Hartman Construction": (["Maple Ridge Ph 2", "Route 9 Interchange", "Lakeview Lots"], 5, 60),
    "County of Lake": (["Landfill Cell 3", "Fairgrounds", "Hwy 12 Corridor"], 3, 140),
    "Ridgeview Solar": (["Site A - Bowman Rd", "Site B - Dunlap"], 2.5, 260),
    "Greenfield Ag Co-op": (["North Section", "Creek Bottom", "Miller Farm"], 3.5, 320),
    "Summit Aggregates": (["Quarry East Pit", "Quarry West Pit"], 2.5, 90),
    "Bayside Developers": (["Harbor Pointe", "Bayside Commons"], 2, 35),
    "Tri-State Pipeline": (["ROW Seg 14", "ROW Seg 15", "ROW Seg 16"], 1.5, 180),
    "Oakmont Golf Club": (["Back Nine"], 0.8, 75),
}
_DR_PILOTS = {"Jason Reyes": 4, "Amber Cole": 3, "Nick Forsythe": 2.5, "Tasha Grant": 1.5}


def _drone_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34604)
    clients = list(_DR_CLIENTS)
    weights = [v[1] for v in _DR_CLIENTS.values()]
    days = pd.date_range("2023-03-01", "2024-11-30", freq="D")
    keep = [d for d in days if d.dayofweek < 6 and d.month not in (12, 1, 2)]
    picks = np.sort(rng.choice(len(keep), size=460, replace=True))
    rows: list[dict[str, Any]] = []
    for k in picks:
        day = keep[int(k)]
        client = str(_one(rng, clients, weights))
        sites, _w, acres_mid = _DR_CLIENTS[client]
        acres = round(float(rng.lognormal(np.log(acres_mid), 0.35)), 1)
        minutes = round(float(acres * 0.28 + 9 + rng.normal(0, 4)))
        wind = round(float(rng.gamma(3.0, 3.3)), 0)
        reflight = rng.random() < (0.03 + 0.02 * max(0.0, wind - 8))
        rows.append(
            {
                "Flight Date": f"{day:%Y-%m-%d}",
                "Client": client,
                "Site": str(_one(rng, sites)),
                "Acres Mapped": acres,
                "Flight Min": max(6, minutes),
                "Batteries Used": int(np.ceil(max(6, minutes) / 24)),
                "Photos Taken": int(acres * float(rng.normal(11, 1.2)) + rng.integers(20, 60)),
                "Pilot": str(_one(rng, list(_DR_PILOTS), list(_DR_PILOTS.values()))),
                "Wind (mph)": "" if rng.random() < 0.05 else int(wind),
                "Reflight Needed": "Y" if reflight else "N",
                "Invoice $": f"{round(450 + acres * 9.5, -1):,.2f}",
            }
        )
    return pd.DataFrame(rows)


def _dr_wind(reflown: bool) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_num(df, "Wind (mph)")[_flag(df, "Reflight Needed") == reflown].mean())


_DR_QS = [
    Q(
        "how many acres did we map in 2024",
        _about(
            lambda df: float(_num(df, "Acres Mapped")[_date(df, "Flight Date", "%Y-%m-%d").dt.year == 2024].sum()),
            rel=0.002,
        ),
        ("Acres Mapped", "Flight Date"),
    ),
    Q(
        "which client has paid us the most",
        _lead(_named(lambda df: _top(_num(df, "Invoice $").groupby(_text(df, "Client")).sum()))),
        ("Client", "Invoice $"),
    ),
    Q(
        "what percent of flights had to be reflown",
        _share(lambda df: float(_flag(df, "Reflight Needed").mean())),
        ("Reflight Needed",),
    ),
    Q(
        "was it windier on those than on the ones that went fine",
        _both_about(_dr_wind(True), _dr_wind(False), rel=0.01),
        ("Wind (mph)", "Reflight Needed"),
    ),
    Q(
        "is there a link between acres and how many photos we take",
        _corr(lambda df: _num(df, "Acres Mapped"), lambda df: _num(df, "Photos Taken")),
        ("Acres Mapped", "Photos Taken"),
    ),
    Q(
        "which pilot has spent the most time in the air",
        _lead(_named(lambda df: _top(_num(df, "Flight Min").groupby(_text(df, "Pilot")).sum()))),
        ("Pilot", "Flight Min"),
    ),
]


# --- 5. School bus route days --------------------------------------------------------------------------------------

_SB_BREAKS = [
    ("2023-11-22", "2023-11-24"), ("2023-12-22", "2024-01-02"), ("2024-01-15", "2024-01-15"),
    ("2024-02-19", "2024-02-19"), ("2024-03-25", "2024-03-29"), ("2024-05-27", "2024-05-27"),
]  # fmt: skip
_SB_SUBS = ["Gloria Price", "Hank Dobbs", "Renee Walsh"]


def _bus_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34605)
    off = set()
    for a, b in _SB_BREAKS:
        off |= set(pd.date_range(a, b, freq="D"))
    days = [d for d in pd.date_range("2023-09-05", "2024-06-07", freq="B") if d not in off]
    drivers = [f"{_one(rng, _FIRST)} {_one(rng, _LAST)}" for _ in range(12)]
    buses = [int(b) for b in rng.choice(np.arange(12, 48), size=12, replace=False)]
    age = {b: float(rng.uniform(0.002, 0.012)) for b in buses}
    age[buses[3]] = 0.03
    spares = [50, 51]
    age |= {50: 0.015, 51: 0.01}
    routes = []
    for i in range(12):
        routes.append((101 + i, drivers[i], buses[i], float(rng.uniform(18, 58)), float(rng.uniform(24, 62))))
    rows: list[dict[str, Any]] = []
    for day in days:
        for route, driver, bus, riders, miles in routes:
            sub = rng.random() < 0.06
            use_bus = spares[int(rng.integers(0, 2))] if rng.random() < 0.05 else bus
            broke = rng.random() < age[use_bus]
            late = 0
            if broke:
                late = int(rng.integers(15, 60))
            elif rng.random() < (0.35 if sub else 0.12):
                late = int(rng.gamma(1.6, 4.0)) + 1
            am = int(rng.poisson(riders * (0.85 if day.dayofweek == 4 else 1.0)))
            rows.append(
                {
                    "Date": f"{day:%Y-%m-%d}",
                    "Route #": route,
                    "Driver": str(_one(rng, _SB_SUBS)) if sub else driver,
                    "Bus #": use_bus,
                    "Riders AM": am,
                    "Riders PM": "" if rng.random() < 0.012 else int(rng.poisson(riders * 0.92)),
                    "Miles": round(miles + float(rng.normal(0, 1.5)) + (6.0 if broke else 0.0), 1),
                    "Late Min": late,
                    "Breakdown": "Y" if broke else "N",
                    "Sub Driver": "Y" if sub else "N",
                }
            )
    return pd.DataFrame(rows)


def _sb_late(sub: bool) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_num(df, "Late Min")[_flag(df, "Sub Driver") == sub].mean())


_SB_QS = [
    Q("how many breakdowns did we have", _count(lambda df: int(_flag(df, "Breakdown").sum())), ("Breakdown",)),
    Q(
        "which bus broke down the most",
        _lead(_numbered(lambda df: _top(_flag(df, "Breakdown").groupby(_num(df, "Bus #")).sum()), "bus")),
        ("Bus #", "Breakdown"),
    ),
    Q(
        "which route has the most kids riding in the morning on average",
        _lead(_numbered(lambda df: _top(_num(df, "Riders AM").groupby(_num(df, "Route #")).mean()), "route")),
        ("Route #", "Riders AM"),
    ),
    Q(
        "are buses later when a sub is driving? average late minutes with and without a sub",
        _both_about(_sb_late(True), _sb_late(False), rel=0.01),
        ("Late Min", "Sub Driver"),
    ),
    Q(
        "how many times was a bus more than 10 min late",
        _count(lambda df: int((_num(df, "Late Min") > 10).sum())),
        ("Late Min",),
    ),
    Q(
        "total miles driven in october",
        _about(lambda df: float(_num(df, "Miles")[_date(df, "Date", "%Y-%m-%d").dt.month == 10].sum()), rel=0.002),
        ("Miles", "Date"),
    ),
]


# --- 6. Cheese cave aging log --------------------------------------------------------------------------------------

# style: weight, milk lbs per wheel (mean, sd), yield, months aged (mean, sd)
_CC_STYLES = {
    "Cheddar": (5, (410, 30), 0.101, (12, 4)),
    "Gouda": (4, (220, 20), 0.105, (8, 3)),
    "Alpine": (2, (720, 50), 0.088, (14, 3.5)),
    "Blue": (2, (85, 8), 0.112, (3, 1)),
    "Tomme": (3, (120, 12), 0.098, (5, 1.5)),
}
_CC_ROOMS = {"Cave 1": 0.62, "Cave 2": 0.5, "Cave 3": 0.42}


def _cheese_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34606)
    days = pd.date_range("2021-02-01", "2024-10-31", freq="D")
    picks = np.sort(rng.choice(len(days), size=560, replace=True))
    rows: list[dict[str, Any]] = []
    count: dict[int, int] = {}
    for k in picks:
        made = days[int(k)]
        style = str(_one(rng, list(_CC_STYLES), [v[0] for v in _CC_STYLES.values()]))
        _w, (milk_mid, milk_sd), yld, (age_mid, age_sd) = _CC_STYLES[style]
        milk = round(float(rng.normal(milk_mid, milk_sd)))
        room = str(_one(rng, list(_CC_ROOMS), [4, 3, 3]))
        a_share = _CC_ROOMS[room]
        grade = str(_one(rng, ["A", "B", "C"], [a_share, (1 - a_share) * 0.75, (1 - a_share) * 0.25]))
        months = int(np.clip(round(rng.normal(age_mid, age_sd)), 1, 30))
        count[made.year] = count.get(made.year, 0) + 1
        rows.append(
            {
                "Wheel ID": f"W-{made.year}-{count[made.year]:04d}",
                "Style": style,
                "Make Date": f"{made:%Y-%m-%d}",
                "Milk Used (lbs)": milk,
                "Wheel Wt (lbs)": round(milk * float(rng.normal(yld, 0.006)), 1),
                "Months Aged": months,
                "Moisture %": "" if rng.random() < 0.07 else f"{rng.normal(38 if style != 'Blue' else 44, 2.2):.1f}%",
                "Grade": grade,
                "Sold": "Y" if rng.random() < (0.85 if made.year < 2024 else 0.35) else "N",
                "Cave Room": room,
            }
        )
    return pd.DataFrame(rows)


def _cc_yield(pooled: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        wt, milk = _num(df, "Wheel Wt (lbs)"), _num(df, "Milk Used (lbs)")
        return float(wt.sum() / milk.sum()) if pooled else float((wt / milk).mean())

    return value


def _cc_best_room(rate: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        a = (_text(df, "Grade") == "A").groupby(_text(df, "Cave Room"))
        return _top(a.mean() if rate else a.sum())

    return value


_CC_QS = [
    Q(
        "how many gouda wheels have we made",
        _count(lambda df: int((_text(df, "Style") == "Gouda").sum())),
        ("Style", "Wheel ID"),
    ),
    Q(
        "whats our yield, like pounds of cheese per pound of milk",
        either(_share(_cc_yield(True)), _share(_cc_yield(False))),
        ("Wheel Wt (lbs)", "Milk Used (lbs)"),
    ),
    Q(
        "which style gets aged the longest on average",
        _lead(_named(lambda df: _top(_num(df, "Months Aged").groupby(_text(df, "Style")).mean()))),
        ("Style", "Months Aged"),
    ),
    Q("what share of wheels graded A", _share(lambda df: float((_text(df, "Grade") == "A").mean())), ("Grade",)),
    Q(
        "which cave room turns out the most A wheels",
        _either_named(_cc_best_room(True), _cc_best_room(False)),
        ("Cave Room", "Grade"),
    ),
    Q(
        "how many wheels are missing a moisture reading",
        _count(lambda df: int((_text(df, "Moisture %") == "").sum())),
        ("Moisture %", "Wheel ID"),
    ),
]


# --- 7. Archery range lane rentals ---------------------------------------------------------------------------------

_AR_INSTRUCTORS = {"Coach Dana": 3, "Mike T.": 2, "Priya": 1.5}
_AR_LANES = [3.0, 2.2, 1.8, 1.6, 1.5, 1.4, 1.3, 1.2, 1.1, 1.0, 0.9, 0.8]


def _archery_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34607)
    members = [f"{_one(rng, _FIRST)} {_one(rng, _LAST)}" for _ in range(70)]
    rows: list[dict[str, Any]] = []
    season = {1: 1.0, 2: 0.95, 3: 0.9, 4: 0.8, 5: 0.75, 6: 0.85, 7: 0.9, 8: 0.95, 9: 1.0, 10: 1.1, 11: 1.45, 12: 1.15}
    for day in pd.date_range("2024-01-02", "2024-12-31", freq="D"):
        if day.dayofweek == 0 or (day.month, day.day) in ((12, 25), (11, 28), (1, 1)):
            continue
        weekend = day.dayofweek >= 5
        league = day.dayofweek in (1, 3)
        for _ in range(int(rng.poisson(6.5 * season[day.month] * (1.6 if weekend else 1.0)))):
            on_league = league and rng.random() < 0.45
            member = on_league or rng.random() < 0.33
            customer = str(_one(rng, members)) if member else f"{_one(rng, _FIRST)} {_one(rng, _LAST)}"
            hours = float(_one(rng, [0.5, 1.0, 1.5, 2.0], [1, 4, 2, 2] if member else [2, 5, 1.5, 0.7]))
            if on_league:
                hours = 2.0
            bow = (not member and rng.random() < 0.7) or (member and rng.random() < 0.04)
            arrows = int(_one(rng, [6, 12], [2, 1])) if bow or (not member and rng.random() < 0.3) else 0
            fee = 15.0 if on_league else hours * (10.0 if member else 18.0)
            lesson = not on_league and rng.random() < (0.18 if not member else 0.05)
            rows.append(
                {
                    "Date": f"{day.month}/{day.day}/{day.year}",
                    "Lane": int(rng.choice(12, p=np.array(_AR_LANES) / sum(_AR_LANES))) + 1,
                    "Customer": customer,
                    "Member": "Y" if member else "N",
                    "Hours": hours,
                    "Arrows Rented": arrows,
                    "Bow Rental": "Y" if bow else "N",
                    "Lane Fee": _money(fee),
                    "Instructor": str(_one(rng, list(_AR_INSTRUCTORS), list(_AR_INSTRUCTORS.values())))
                    if lesson
                    else "",
                    "League Night": "Y" if on_league else "N",
                }
            )
    return pd.DataFrame(rows)


def _ar_hours(member: bool, how: str = "mean") -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_num(df, "Hours")[_flag(df, "Member") == member].agg(how))


def _ar_busiest(df: pd.DataFrame) -> pd.Timestamp:
    month = _date(df, "Date", "%m/%d/%Y").dt.to_period("M")
    return month.value_counts().sort_index().idxmax().to_timestamp()


_AR_QS = [
    Q("how much did we make on lane fees", _amount(lambda df: float(_num(df, "Lane Fee").sum())), ("Lane Fee",)),
    Q(
        "what percent of rentals are members",
        _share(lambda df: float(_flag(df, "Member").mean())),
        ("Member",),
    ),
    Q(
        "do members shoot longer than non members",
        either(
            _both_about(_ar_hours(True), _ar_hours(False), rel=0.005),
            _both_about(_ar_hours(True, "median"), _ar_hours(False, "median"), rel=0.005),
        ),
        ("Hours", "Member"),
    ),
    Q(
        "and how many of the non-members rented a bow",
        _count(lambda df: int((~_flag(df, "Member") & _flag(df, "Bow Rental")).sum())),
        ("Bow Rental", "Member"),
    ),
    Q(
        "which lane gets used the most",
        either(
            _lead(_numbered(lambda df: _top(_num(df, "Lane").value_counts()), "lane")),
            _lead(_numbered(lambda df: _top(_num(df, "Hours").groupby(_num(df, "Lane")).sum()), "lane")),
        ),
        ("Lane", "Hours"),
    ),
    Q("what was our busiest month", _month_year(_ar_busiest), ("Date",)),
]


HELDOUT346 = [
    Dataset("recycling_buyback_tickets", _recycling_frame, _RC_QS),
    Dataset("orthodontist_patient_starts", _ortho_frame, _OR_QS),
    Dataset("dry_cleaner_drop_off_tickets", _drycleaner_frame, _DC_QS),
    Dataset("drone_survey_flights", _drone_frame, _DR_QS),
    Dataset("school_bus_route_days", _bus_frame, _SB_QS),
    Dataset("cheese_cave_aging_log", _cheese_frame, _CC_QS),
    Dataset("archery_lane_rentals", _archery_frame, _AR_QS),
]
