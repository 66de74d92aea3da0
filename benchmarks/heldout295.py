"""HELDOUT295: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a lawn care company's job log
(March to November 2024, one row per job) with "Job Date" as "04/12/2024", Customer, Service (Mow, Aerate, Leaf
Cleanup, Fertilize), "Yard Size (sq ft)" (blank where nobody measured the yard), Crew, Minutes, Price as "$48.00" and
Recurring (Y/N, fixed per customer); a roofing contractor's estimate log (2023 and 2024, one row per bid) with "Bid
Date" as "2023-05-14", Customer (repeat customers repeated), "Roof Squares" (one decimal, a few blank), Material
(Asphalt Shingle, Metal, Tile), Stories, "Bid Amount" as "$18,450", Won (Y/N), "Start Date" (blank unless won) and
Salesperson; a swimmer's training log (2023 and 2024, one row per swim) with Date as "2024-03-09", Pool (two 25-yard
pools and an open-water lake), Yards, "Main Stroke" (Freestyle, Backstroke, Breaststroke, Butterfly, IM), "Time
(min)" with one decimal, "Avg Pace /100yd" written "1:42", Sets and "Effort (1-10)" (a few blank); an ice cream
shop's daily flavor sales (April to September 2024, one row per flavor per store per day, 4,392 rows) with Date as
"4/1/2024", Store (Main St, Lakeside, Mall Kiosk), Flavor, "Scoops Sold", "Pints Sold" ("N/A" at the Mall Kiosk,
which sells no pints), "Waffle Cones", "High Temp (F)" and Revenue as "$123.45" (blank on register-outage rows); a
towing company's tow log (2024, one row per tow) with "Call Time" as "3/9/2024 2:32 PM", Reason (Accident,
Breakdown, Impound, Private Property), "Vehicle Type", "Miles Towed" (one decimal), Driver, "Storage Days", "Tow
Charge" and "Storage Charge" as "$125.00" and "Insurance Paid" (Y/N, a few blank); a county's election results by
precinct (public data, one row per precinct per contest per candidate) with Precinct as "PCT 0307", Ward (1-8),
upper-case Contest ("MAYOR", "PROPOSITION A"), upper-case Candidate (three mayoral candidates, "WRITE-IN", "YES",
"NO", and "OVER VOTES" and "UNDER VOTES" pseudo-candidates in every contest), Party (DEM, REP, IND, blank otherwise),
"Election Day Votes", "Early Votes", "Mail Votes", "Total Votes" (their sum) and "Registered Voters" (the precinct's,
repeated on each of its rows); and a state's workers' compensation claims (public data, accident years 2021 to 2023,
one row per claim, a few claims repeated) with "Claim Identifier" (eight digits), "Accident Date" as "07/18/2022"
(a few blank), upper-case "Industry Code Description", Occupation, "WCIO Part Of Body Description" and "WCIO Nature
of Injury Description", "Days Lost" (blank on some open claims), "Medical Paid" and "Indemnity Paid" (plain numbers
with cents) and "Claim Status" (OPEN/CLOSED). All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _named_any, _num, _text, _top, _typical
from .heldout293 import _month_of_year
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import numbers_found as _found
from .offline_eval import pick_one as _one

_FIRST = ["Karen", "Mike", "Linda", "Dave", "Susan", "Tom", "Angela", "Raj", "Maria", "Greg", "Beth", "Luis", "Tina"]
_FIRST += ["Paul", "Nancy", "Omar", "Julie", "Steve", "Grace", "Victor"]
_LAST = ["Holt", "Nguyen", "Smith", "Garcia", "Patel", "Brooks", "Kowalski", "Reed", "Murphy", "Chen", "Lopez"]
_LAST += ["Walsh", "Ford", "Diaz", "Novak", "Price", "Kim", "Ortiz", "Baker", "Shah"]


def _people(rng: np.random.Generator, n: int) -> list[str]:
    names: list[str] = []
    while len(names) < n:
        name = f"{_one(rng, _FIRST)} {_one(rng, _LAST)}"
        if name not in names:
            names.append(name)
    return names


def _month_either(monthly: Callable[[pd.DataFrame], pd.Series]) -> Check:
    """The top month of a monthly series indexed by Timestamp, by name alone or with its year."""
    return either(
        _month_of_year(lambda df: int(monthly(df).idxmax().month)),
        _month_year(lambda df: monthly(df).idxmax()),
    )


# --- 1. Lawn care job log ------------------------------------------------------------------------------------------

_LC_MONTHS = {3: 0.3, 4: 0.9, 5: 1.2, 6: 1.35, 7: 1.1, 8: 1.0, 9: 1.0, 10: 1.2, 11: 0.6}
# service: base price, $ per sq ft, minutes base, minutes per 1,000 sq ft
_LC_SERVICES: dict[str, tuple[float, float, float, float]] = {
    "Mow": (35, 0.004, 15, 3.0),
    "Aerate": (60, 0.008, 20, 5.0),
    "Leaf Cleanup": (120, 0.012, 45, 9.0),
    "Fertilize": (45, 0.005, 10, 2.0),
}


def _lc_service(rng: np.random.Generator, month: int) -> str:
    if month in (3, 4):
        w = [4, 2, 0, 3]
    elif month == 9:
        w = [6, 3, 0, 2]
    elif month in (10, 11):
        w = [3, 0.3, 6, 0.5]
    else:
        w = [10, 0, 0, 2]
    return str(_one(rng, list(_LC_SERVICES), w))


def _lawn_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29501)
    customers = _people(rng, 140)
    sizes = {c: int(round(float(rng.lognormal(np.log(8000), 0.45)) / 100) * 100) for c in customers}
    recurring = {c: bool(rng.random() < 0.45) for c in customers}
    unmeasured = {c for c in customers if rng.random() < 0.05}
    weights = [2.0 if recurring[c] else 1.0 for c in customers]
    crews = {"Crew 1": 5, "Crew 2": 4, "Crew 3": 2.5}
    months = list(_LC_MONTHS)
    rows: list[dict[str, Any]] = []
    for _ in range(2300):
        month = int(_one(rng, months, list(_LC_MONTHS.values())))
        start = pd.Timestamp(2024, month, 15 if month == 3 else 1)
        end = pd.Timestamp(2024, month, 30) if month == 11 else start + pd.offsets.MonthEnd(0)
        day = start + pd.Timedelta(days=int(rng.integers(0, (end - start).days + 1)))
        customer = str(_one(rng, customers, weights))
        service = _lc_service(rng, month)
        if service == "Mow" and not recurring[customer] and rng.random() < 0.6:
            service = _lc_service(rng, month)
        base, per, m0, m1 = _LC_SERVICES[service]
        size = sizes[customer]
        price = round((base + per * size) * (0.9 if recurring[customer] else 1.0) * float(rng.normal(1, 0.04)))
        minutes = int(max(10, round(m0 + m1 * size / 1000 + float(rng.normal(0, 6)))))
        rows.append(
            {
                "Job Date": f"{day:%m/%d/%Y}",
                "Customer": customer,
                "Service": service,
                "Yard Size (sq ft)": "" if customer in unmeasured else size,
                "Crew": str(_one(rng, list(crews), list(crews.values()))),
                "Minutes": minutes,
                "Price": f"${price:,.2f}",
                "Recurring": "Y" if recurring[customer] else "N",
                "Sort": day,
            }
        )
    return pd.DataFrame(rows).sort_values("Sort", kind="stable").drop(columns="Sort").reset_index(drop=True)


def _lc_when(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Job Date"], format="%m/%d/%Y")


def _lc_monthly(by_money: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def monthly(df: pd.DataFrame) -> pd.Series:
        months = _lc_when(df).dt.to_period("M").dt.to_timestamp()
        s = _num(df, "Price").groupby(months).sum() if by_money else months.value_counts()
        return s.sort_index(kind="stable")

    return monthly


def _lc_recurring(service: str | None = None) -> Callable[[pd.DataFrame], float]:
    def rate(df: pd.DataFrame) -> float:
        keep = _text(df, "Service") == service if service else pd.Series(True, index=df.index)
        return float((_text(df, "Recurring")[keep] == "Y").mean())

    return rate


_LC_QS = [
    Q("how much money did we bring in this year", _amount(lambda df: float(_num(df, "Price").sum())), ("Price",)),
    Q(
        "which service makes us the most money",
        _lead(_named(lambda df: _top(_num(df, "Price").groupby(_text(df, "Service")).sum()))),
        ("Service", "Price"),
    ),
    Q(
        "avg price to mow a yard bigger than 10,000 sq ft",
        _about(
            lambda df: float(
                _num(df, "Price")[(_text(df, "Service") == "Mow") & (_num(df, "Yard Size (sq ft)") > 10000)].mean()
            ),
            0.005,
        ),
        ("Price", "Service", "Yard Size (sq ft)"),
    ),
    Q(
        "what was our busiest month",
        _lead(either(_month_either(_lc_monthly(False)), _month_either(_lc_monthly(True)))),
        ("Job Date", "Price"),
    ),
    Q("what share of our jobs are for recurring customers", _share(_lc_recurring()), ("Recurring",)),
    Q("and just for mowing?", _share(_lc_recurring("Mow")), ("Recurring", "Service")),
]


# --- 2. Roofing estimate log ---------------------------------------------------------------------------------------

_RF_MATERIALS = {"Asphalt Shingle": (450, 6.0), "Metal": (950, 2.5), "Tile": (1150, 1.0)}
_RF_SALES = {"Jim Porter": (0.42, 5), "Ashley Grant": (0.51, 4), "Derek Mills": (0.33, 4.5), "Nina Vo": (0.47, 2.5)}
_RF_SALES |= {"Carlos Ruiz": (0.38, 3)}


def _roofing_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29502)
    customers = _people(rng, 380)
    sellers = list(_RF_SALES)
    rows: list[dict[str, Any]] = []
    for _ in range(900):
        day = pd.Timestamp("2023-01-02") + pd.Timedelta(days=int(rng.integers(0, 729)))
        material = str(_one(rng, list(_RF_MATERIALS), [v[1] for v in _RF_MATERIALS.values()]))
        squares = round(float(np.clip(rng.lognormal(np.log(24), 0.35), 8, 75)), 1)
        stories = int(_one(rng, [1, 2, 3], [5, 4, 1]))
        amount = round(
            squares * _RF_MATERIALS[material][0] * (1 + 0.08 * (stories - 1)) * float(rng.normal(1, 0.08)) / 50
        )
        seller = str(_one(rng, sellers, [v[1] for v in _RF_SALES.values()]))
        won = rng.random() < _RF_SALES[seller][0] * (0.85 if material == "Tile" else 1.0)
        start = day + pd.Timedelta(days=int(rng.integers(7, 75)))
        rows.append(
            {
                "Bid Date": f"{day:%Y-%m-%d}",
                "Customer": str(_one(rng, customers)),
                "Roof Squares": "" if rng.random() < 0.02 else squares,
                "Material": material,
                "Stories": stories,
                "Bid Amount": f"${amount * 50:,.0f}",
                "Won": "Y" if won else "N",
                "Start Date": f"{start:%Y-%m-%d}" if won else "",
                "Salesperson": seller,
            }
        )
    return pd.DataFrame(rows).sort_values("Bid Date", kind="stable").reset_index(drop=True)


def _rf_won(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Won") == "Y"


def _rf_lead_days(df: pd.DataFrame) -> pd.Series:
    won = df[_rf_won(df)]
    bid = pd.to_datetime(won["Bid Date"], format="%Y-%m-%d")
    return (pd.to_datetime(won["Start Date"], format="%Y-%m-%d") - bid).dt.days.astype(float)


_RF_QS = [
    Q("what's our win rate on bids", _share(lambda df: float(_rf_won(df).mean())), ("Won",)),
    Q(
        "who has won the most jobs",
        _lead(_named(lambda df: _top(_rf_won(df).groupby(_text(df, "Salesperson")).sum()))),
        ("Salesperson", "Won"),
    ),
    Q(
        "what does a metal roof usually go for",
        _typical(lambda df: _num(df, "Bid Amount")[_text(df, "Material") == "Metal"]),
        ("Bid Amount", "Material"),
    ),
    Q(
        "once we win a bid how long until the job starts, in days",
        _typical(_rf_lead_days, 0.015),
        ("Bid Date", "Start Date", "Won"),
    ),
    Q(
        "does a bigger roof mean a bigger bid",
        _corr(lambda df: _num(df, "Roof Squares"), lambda df: _num(df, "Bid Amount")),
        ("Roof Squares", "Bid Amount"),
    ),
    Q(
        "total $ of the bids we won in 2024",
        _amount(
            lambda df: float(
                _num(df, "Bid Amount")[_rf_won(df) & df["Bid Date"].astype(str).str.startswith("2024")].sum()
            )
        ),
        ("Bid Amount", "Won", "Bid Date"),
    ),
]


# --- 3. Swim training log ------------------------------------------------------------------------------------------

_SW_STROKES = {"Freestyle": (95, 6.0), "IM": (112, 1.5), "Backstroke": (110, 1.0), "Breaststroke": (125, 1.0)}
_SW_STROKES |= {"Butterfly": (115, 0.4)}
_SW_POOLS = {"Westside Y (25 yd)": 5, "Aquatic Center (25 yd)": 3, "Cedar Lake (open water)": 0.8}


def _swim_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29503)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2023-01-02", "2024-12-31"):
        if rng.random() > 0.52:
            continue
        pool = str(_one(rng, list(_SW_POOLS), list(_SW_POOLS.values())))
        if pool.startswith("Cedar") and day.month not in (6, 7, 8, 9):
            pool = "Westside Y (25 yd)"
        stroke = str(_one(rng, list(_SW_STROKES), [v[1] for v in _SW_STROKES.values()]))
        yards = int(round(float(np.clip(rng.normal(2800, 700), 1000, 4800)) / 50) * 50)
        effort = int(np.clip(round(float(rng.normal(6, 1.8))), 1, 10))
        trend = -4.0 * (day - pd.Timestamp("2023-01-01")).days / 730
        pace = round(_SW_STROKES[stroke][0] + trend - 2.5 * (effort - 6) + float(rng.normal(0, 4)))
        minutes = round(yards / 100 * pace / 60, 1)
        rows.append(
            {
                "Date": f"{day:%Y-%m-%d}",
                "Pool": pool,
                "Yards": yards,
                "Main Stroke": stroke,
                "Time (min)": minutes,
                "Avg Pace /100yd": f"{pace // 60}:{pace % 60:02d}",
                "Sets": int(rng.integers(3, 13)),
                "Effort (1-10)": "" if rng.random() < 0.05 else effort,
            }
        )
    return pd.DataFrame(rows)


def _sw_pace(df: pd.DataFrame) -> pd.Series:
    parts = _text(df, "Avg Pace /100yd").str.split(":", expand=True)
    return pd.to_numeric(parts[0]) * 60 + pd.to_numeric(parts[1])


def _pace(values: Callable[[pd.DataFrame], list[float]]) -> Check:
    """Any one pace in seconds, said as "1:42" (within 1.5 s), as seconds or as decimal minutes (within 1%)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        clocks = [int(m) * 60 + float(s) for m, s in re.findall(r"(?<![\d:])(\d{1,2}):(\d{2}(?:\.\d+)?)", answer)]
        found = _found(answer)
        for want in values(df):
            if any(abs(c - want) <= 1.5 for c in clocks):
                return None
            if any(abs(f - want) <= 0.01 * want or abs(f * 60 - want) <= 0.01 * want for f in found):
                return None
        return f"missing pace {values(df)[0]:.1f} s"

    return check


def _sw_paces(df: pd.DataFrame) -> list[float]:
    pace = _sw_pace(df)
    return [float(pace.mean()), float(pace.median()), float(60 * df["Time (min)"].sum() / df["Yards"].sum() * 100)]


def _sw_long(df: pd.DataFrame) -> pd.Series:
    return df["Yards"].astype(float) > 3000


_SW_QS = [
    Q(
        "how many yards did i swim in 2024",
        _amount(lambda df: float(df.loc[df["Date"].astype(str).str.startswith("2024"), "Yards"].sum())),
        ("Date", "Yards"),
    ),
    Q(
        "what stroke do i do the most",
        _lead(_named(lambda df: _top(_text(df, "Main Stroke").value_counts()))),
        ("Main Stroke",),
    ),
    Q("what's my average pace", _pace(_sw_paces), ("Avg Pace /100yd", "Time (min)", "Yards")),
    Q(
        "am i faster when i push harder",
        _corr(lambda df: _num(df, "Effort (1-10)"), _sw_pace),
        ("Effort (1-10)", "Avg Pace /100yd"),
    ),
    Q("how many swims were over 3000 yards", _count(lambda df: int(_sw_long(df).sum())), ("Yards",)),
    Q(
        "how many of those were freestyle",
        _count(lambda df: int((_sw_long(df) & (_text(df, "Main Stroke") == "Freestyle")).sum())),
        ("Yards", "Main Stroke"),
    ),
]


# --- 4. Ice cream shop daily flavor sales --------------------------------------------------------------------------

_IC_FLAVORS = {"Vanilla Bean": 1.2, "Chocolate": 1.15, "Mint Chip": 0.9, "Cookie Dough": 1.0, "Strawberry": 0.7}
_IC_FLAVORS |= {"Salted Caramel": 0.95, "Cookies & Cream": 1.1, "Butter Pecan": 0.5}
_IC_STORES = {"Main St": 1.0, "Lakeside": 1.3, "Mall Kiosk": 0.7}


def _icecream_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29504)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2024-04-01", "2024-09-30"):
        temp0 = 62 + 24 * np.sin(np.pi * (day.day_of_year - 91) / 183) + float(rng.normal(0, 6))
        weekend = 1.35 if day.day_of_week >= 5 else 1.0
        for store, size in _IC_STORES.items():
            temp = round(float(temp0) + float(rng.normal(0, 1.5)))
            heat = max(0.2, (temp - 45) / 35)
            for flavor, pop in _IC_FLAVORS.items():
                scoops = int(rng.poisson(14 * size * pop * heat * weekend))
                pints = None if store == "Mall Kiosk" else int(rng.poisson(2.5 * pop * weekend))
                cones = int(rng.binomial(scoops, 0.3))
                revenue = scoops * 4.5 + (pints or 0) * 8.99 + cones * 1.0
                rows.append(
                    {
                        "Date": f"{day.month}/{day.day}/{day.year}",
                        "Store": store,
                        "Flavor": flavor,
                        "Scoops Sold": scoops,
                        "Pints Sold": "N/A" if pints is None else pints,
                        "Waffle Cones": cones,
                        "High Temp (F)": temp,
                        "Revenue": "" if rng.random() < 0.012 else f"${revenue:,.2f}",
                    }
                )
    return pd.DataFrame(rows)


def _ic_when(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Date"], format="%m/%d/%Y")


def _ic_best(df: pd.DataFrame) -> list[str]:
    flavor = _text(df, "Flavor")
    scoops = df["Scoops Sold"].astype(float)
    both = scoops + _num(df, "Pints Sold").fillna(0)
    return [_top(s.groupby(flavor).sum()) for s in (scoops, _num(df, "Revenue"), both)]


def _ic_daily(df: pd.DataFrame, by_store: bool) -> pd.DataFrame:
    keys = [_text(df, "Store"), _ic_when(df)] if by_store else [_ic_when(df)]
    d = df.assign(s=df["Scoops Sold"].astype(float), t=df["High Temp (F)"].astype(float))
    return d.groupby(keys).agg(s=("s", "sum"), t=("t", "mean"))


def _ic_hot() -> Check:
    row = _corr(lambda df: df["High Temp (F)"].astype(float), lambda df: df["Scoops Sold"].astype(float))
    per_store = _corr(lambda df: _ic_daily(df, True)["t"], lambda df: _ic_daily(df, True)["s"])
    per_day = _corr(lambda df: _ic_daily(df, False)["t"], lambda df: _ic_daily(df, False)["s"])
    return either(row, per_store, per_day)


def _ic_daily_revenue(df: pd.DataFrame) -> list[float]:
    daily = _num(df, "Revenue").groupby([_text(df, "Store"), _ic_when(df)]).sum()
    return daily.groupby(level=0).mean().to_numpy().tolist()


_IC_QS = [
    Q("what's our best selling flavor", _lead(_named_any(_ic_best)), ("Flavor", "Scoops Sold", "Revenue")),
    Q(
        "how many scoops did we sell in july",
        _amount(lambda df: float(df.loc[_ic_when(df).dt.month == 7, "Scoops Sold"].sum())),
        ("Date", "Scoops Sold"),
    ),
    Q("do we sell more on hot days", _ic_hot(), ("High Temp (F)", "Scoops Sold", "Date", "Store")),
    Q(
        "which store makes the most money",
        _lead(_named(lambda df: _top(_num(df, "Revenue").groupby(_text(df, "Store")).sum()))),
        ("Store", "Revenue"),
    ),
    Q("average revenue per day at each store", _about(_ic_daily_revenue, 0.01), ("Store", "Revenue", "Date")),
    Q(
        "how many rows are missing revenue",
        _count(lambda df: int(_num(df, "Revenue").isna().sum())),
        ("Revenue",),
    ),
]


# --- 5. Towing company tow log -------------------------------------------------------------------------------------

# reason: weight, typical miles, share stored, insurance pays
_TW_REASONS: dict[str, tuple[float, float, float, float]] = {
    "Accident": (3, 4.5, 0.7, 0.8),
    "Breakdown": (5, 11, 0.1, 0.35),
    "Impound": (1.5, 3.5, 1.0, 0.0),
    "Private Property": (2, 2.5, 0.9, 0.0),
}
_TW_VEHICLES = {"Car": (95, 6), "SUV": (125, 3), "Pickup": (125, 2.5), "Motorcycle": (85, 0.6), "Box Truck": (225, 0.5)}
_TW_DRIVERS = {"Rick Dawson": 5, "Tony Alvarez": 4.5, "Sam Whitfield": 3.5, "Jen Morales": 3, "Dwayne Carter": 2}
_TW_DRIVERS |= {"Pete Lund": 1.2}


def _tow_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29505)
    rows: list[dict[str, Any]] = []
    for _ in range(1350):
        day = pd.Timestamp("2024-01-01") + pd.Timedelta(days=int(rng.integers(0, 366)))
        stamp = day + pd.Timedelta(minutes=int(rng.integers(0, 24 * 60)))
        reason = str(_one(rng, list(_TW_REASONS), [v[0] for v in _TW_REASONS.values()]))
        _w, typical, stored, insured = _TW_REASONS[reason]
        vehicle = str(_one(rng, list(_TW_VEHICLES), [v[1] for v in _TW_VEHICLES.values()]))
        miles = round(float(rng.lognormal(np.log(typical), 0.6)), 1)
        days = int(rng.geometric(0.15)) - 1 if rng.random() < stored else 0
        tow = 150.0 if reason == "Impound" else round(_TW_VEHICLES[vehicle][0] + 4.5 * miles)
        paid = rng.random() < insured
        hour = stamp.hour % 12 or 12
        rows.append(
            {
                "Call Time": f"{stamp.month}/{stamp.day}/{stamp.year} {hour}:{stamp.minute:02d} "
                + ("AM" if stamp.hour < 12 else "PM"),
                "Reason": reason,
                "Vehicle Type": vehicle,
                "Miles Towed": miles,
                "Driver": str(_one(rng, list(_TW_DRIVERS), list(_TW_DRIVERS.values()))),
                "Storage Days": days,
                "Tow Charge": f"${tow:,.2f}",
                "Storage Charge": f"${45.0 * days:,.2f}",
                "Insurance Paid": "" if rng.random() < 0.02 else ("Y" if paid else "N"),
                "Sort": stamp,
            }
        )
    return pd.DataFrame(rows).sort_values("Sort", kind="stable").drop(columns="Sort").reset_index(drop=True)


def _tw_insured(reason: str | None = None) -> Check:
    def rate(df: pd.DataFrame, answered: bool) -> float:
        paid = _text(df, "Insurance Paid")
        if reason:
            paid = paid[_text(df, "Reason") == reason]
        if answered:
            paid = paid[paid != ""]
        return float((paid == "Y").mean())

    return either(_share(lambda df: rate(df, False)), _share(lambda df: rate(df, True)))


_TW_QS = [
    Q("how many impounds did we do", _count(lambda df: int((_text(df, "Reason") == "Impound").sum())), ("Reason",)),
    Q(
        "how much have we made from storage fees",
        _amount(lambda df: float(_num(df, "Storage Charge").sum())),
        ("Storage Charge",),
    ),
    Q(
        "how far do we usually tow accident cars",
        _typical(lambda df: df.loc[_text(df, "Reason") == "Accident", "Miles Towed"].astype(float)),
        ("Miles Towed", "Reason"),
    ),
    Q(
        "which driver does the most tows",
        _lead(_named(lambda df: _top(_text(df, "Driver").value_counts()))),
        ("Driver",),
    ),
    Q("what percent of tows got paid by insurance", _tw_insured(), ("Insurance Paid",)),
    Q("what about for accidents", _tw_insured("Accident"), ("Insurance Paid", "Reason")),
]


# --- 6. County election results by precinct ------------------------------------------------------------------------

_EL_MAYOR = {"MARIA DELGADO": "DEM", "ROBERT HALE": "REP", "KEVIN O'BRIEN": "IND"}
_EL_PSEUDO = ("OVER VOTES", "UNDER VOTES")


def _election_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29506)
    rows: list[dict[str, Any]] = []
    for ward in range(1, 9):
        lean = float(rng.normal(0, 0.12))
        turnout0 = float(rng.uniform(0.28, 0.55))
        for p in range(1, 16):
            registered = int(rng.integers(600, 2600))
            ballots = int(registered * float(np.clip(turnout0 + rng.normal(0, 0.06), 0.12, 0.8)))
            split = rng.dirichlet([6, 3, 2.5])
            mail_lean = float(rng.normal(0.06, 0.03))
            precinct = f"PCT {ward:02d}{p:02d}"
            base = {"Precinct": precinct, "Ward": ward}
            shares = np.array([0.46 + lean, 0.42 - lean, 0.09, 0.006])
            shares = np.clip(shares + rng.normal(0, 0.03, 4), 0.002, None)
            mayor = {"MARIA DELGADO": 0, "ROBERT HALE": 1, "KEVIN O'BRIEN": 2, "WRITE-IN": 3}
            for contest, names, weights, under in (
                ("MAYOR", list(mayor), shares, 0.02),
                ("PROPOSITION A", ["YES", "NO"], np.array([0.53 + lean / 2, 0.47 - lean / 2]), 0.08),
            ):
                voted = ballots * (1 - under - 0.002)
                counts: list[tuple[str, np.ndarray]] = []
                w = weights / weights.sum()
                for name, s in zip(names, w, strict=True):
                    tilt = np.array([1.0, 1.0, 1.0 + (mail_lean if name in ("MARIA DELGADO", "YES") else -mail_lean)])
                    counts.append((name, np.round(voted * s * split * tilt * rng.normal(1, 0.03, 3))))
                counts.append(("OVER VOTES", np.round(ballots * 0.002 * split * rng.uniform(0.5, 1.5, 3))))
                counts.append(("UNDER VOTES", np.round(ballots * under * split * rng.uniform(0.8, 1.2, 3))))
                for name, c in counts:
                    c = np.maximum(c, 0).astype(int)
                    party = _EL_MAYOR.get(name, "")
                    rows.append(
                        base
                        | {"Contest": contest, "Candidate": name, "Party": party}
                        | {"Election Day Votes": c[0], "Early Votes": c[1], "Mail Votes": c[2]}
                        | {"Total Votes": int(c.sum()), "Registered Voters": registered}
                    )
    return pd.DataFrame(rows)


def _el_contest(df: pd.DataFrame, contest: str, real_only: bool = False) -> pd.DataFrame:
    d = df[_text(df, "Contest") == contest]
    return d[~_text(d, "Candidate").isin(_EL_PSEUDO)] if real_only else d


def _el_mayor_totals(df: pd.DataFrame) -> pd.Series:
    d = _el_contest(df, "MAYOR", True)
    return d["Total Votes"].groupby(_text(d, "Candidate")).sum()


def _el_yes(df: pd.DataFrame, all_ballots: bool) -> float:
    d = _el_contest(df, "PROPOSITION A", not all_ballots)
    votes = d["Total Votes"].groupby(_text(d, "Candidate")).sum()
    return float(votes["YES"] / votes.sum())


def _el_turnout(df: pd.DataFrame) -> list[str]:
    picks = []
    for real_only in (False, True):
        d = _el_contest(df, "MAYOR", real_only)
        by = d.groupby(_text(d, "Precinct")).agg(v=("Total Votes", "sum"), r=("Registered Voters", "first"))
        picks.append(_top(by["v"] / by["r"]))
    return [*picks, *(p.removeprefix("PCT ") for p in picks)]


_EL_QS = [
    Q("how many precincts are there", _count(lambda df: int(_text(df, "Precinct").nunique())), ("Precinct",)),
    Q(
        "who won the mayor's race",
        _lead(_named(lambda df: _top(_el_mayor_totals(df)))),
        ("Contest", "Candidate", "Total Votes"),
    ),
    Q(
        "how many votes did they get",
        _amount(lambda df: float(_el_mayor_totals(df).max())),
        ("Contest", "Candidate", "Total Votes"),
    ),
    Q(
        "what % voted yes on prop a",
        either(_share(lambda df: _el_yes(df, False)), _share(lambda df: _el_yes(df, True))),
        ("Contest", "Candidate", "Total Votes"),
    ),
    Q(
        "how many mail ballots were cast in the mayor race",
        either(
            _amount(lambda df: float(_el_contest(df, "MAYOR")["Mail Votes"].sum())),
            _amount(lambda df: float(_el_contest(df, "MAYOR", True)["Mail Votes"].sum())),
        ),
        ("Contest", "Mail Votes", "Candidate"),
    ),
    Q(
        "which precinct had the best turnout",
        _lead(_named_any(_el_turnout)),
        ("Precinct", "Registered Voters", "Total Votes", "Contest", "Candidate"),
    ),
]


# --- 7. Workers' compensation claims -------------------------------------------------------------------------------

_WC_INDUSTRIES = {
    "HEALTH CARE AND SOCIAL ASSISTANCE": 6,
    "CONSTRUCTION": 4,
    "RETAIL TRADE": 4.5,
    "MANUFACTURING": 3,
    "TRANSPORTATION AND WAREHOUSING": 3.5,
    "EDUCATIONAL SERVICES": 2,
    "ACCOMMODATION AND FOOD SERVICES": 2.5,
    "PUBLIC ADMINISTRATION": 2.2,
}
_WC_JOBS = {
    "HEALTH CARE AND SOCIAL ASSISTANCE": ["REGISTERED NURSES", "NURSING ASSISTANTS", "HOME HEALTH AIDES"],
    "CONSTRUCTION": ["CARPENTERS", "CONSTRUCTION LABORERS", "ELECTRICIANS"],
    "RETAIL TRADE": ["STOCK CLERKS", "CASHIERS", "RETAIL SALESPERSONS"],
    "MANUFACTURING": ["ASSEMBLERS", "MACHINISTS", "PACKAGING MACHINE OPERATORS"],
    "TRANSPORTATION AND WAREHOUSING": ["HEAVY TRUCK DRIVERS", "LABORERS AND MATERIAL MOVERS", "DELIVERY DRIVERS"],
    "EDUCATIONAL SERVICES": ["TEACHERS", "JANITORS", "TEACHING ASSISTANTS"],
    "ACCOMMODATION AND FOOD SERVICES": ["COOKS", "WAITERS AND WAITRESSES", "HOUSEKEEPING CLEANERS"],
    "PUBLIC ADMINISTRATION": ["POLICE OFFICERS", "FIREFIGHTERS", "CORRECTIONAL OFFICERS"],
}
# body part: weight, medical cost scale
_WC_BODY = {"LOWER BACK AREA": (6, 1.2), "KNEE": (4, 1.6), "SHOULDER(S)": (4, 1.8), "HAND": (3.5, 0.6)}
_WC_BODY |= {"FINGER(S)": (3, 0.4), "MULTIPLE BODY PARTS": (2.5, 2.0), "ANKLE": (2.5, 0.9), "WRIST": (2, 0.8)}
_WC_BODY |= {"HEAD": (1.5, 1.1), "EYE(S)": (1, 0.3)}
_WC_NATURE = {"STRAIN OR TEAR": 7, "CONTUSION": 4, "SPRAIN OR TEAR": 3.5, "LACERATION": 3, "FRACTURE": 1.5}
_WC_NATURE |= {"PUNCTURE": 1, "INFLAMMATION": 1, "ALL OTHER SPECIFIC INJURIES, NOC": 1.2}


def _claims_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29507)
    industries = list(_WC_INDUSTRIES)
    rows: list[dict[str, Any]] = []
    ids = rng.choice(np.arange(5_400_000, 6_100_000), size=3100, replace=False)
    for cid in sorted(int(i) for i in ids):
        day = pd.Timestamp("2021-01-01") + pd.Timedelta(days=int(rng.integers(0, 1095)))
        day += pd.Timedelta(days=int(rng.integers(0, 80))) if day.year == 2022 else pd.Timedelta(0)
        day = min(day, pd.Timestamp("2023-12-31"))
        industry = str(_one(rng, industries, list(_WC_INDUSTRIES.values())))
        body = str(_one(rng, list(_WC_BODY), [v[0] for v in _WC_BODY.values()]))
        nature = str(_one(rng, list(_WC_NATURE), list(_WC_NATURE.values())))
        if nature == "FRACTURE":
            scale = 3.0
        elif nature in ("LACERATION", "PUNCTURE"):
            scale = 0.5
        else:
            scale = 1.0
        is_open = rng.random() < {2021: 0.08, 2022: 0.2, 2023: 0.45}[day.year]
        lost = int(rng.gamma(0.7, 40 * scale)) if rng.random() < 0.6 else 0
        medical = round(float(rng.lognormal(np.log(2500 * _WC_BODY[body][1] * scale), 0.9)), 2)
        indemnity = round(lost * float(rng.uniform(110, 190)), 2)
        rows.append(
            {
                "Claim Identifier": cid,
                "Accident Date": "" if rng.random() < 0.01 else f"{day:%m/%d/%Y}",
                "Industry Code Description": industry,
                "Occupation": str(_one(rng, _WC_JOBS[industry])),
                "WCIO Part Of Body Description": body,
                "WCIO Nature of Injury Description": nature,
                "Days Lost": "" if is_open and rng.random() < 0.35 else lost,
                "Medical Paid": medical,
                "Indemnity Paid": indemnity,
                "Claim Status": "OPEN" if is_open else "CLOSED",
            }
        )
    frame = pd.DataFrame(rows)
    repeats = frame.sample(n=18, random_state=np.random.RandomState(29507))
    return pd.concat([frame, repeats]).sort_values("Claim Identifier", kind="stable").reset_index(drop=True)


def _wc_unique(df: pd.DataFrame) -> pd.DataFrame:
    return df.drop_duplicates("Claim Identifier")


def _wc_both(value: Callable[[pd.DataFrame], float], how: Callable[..., Check]) -> Check:
    """The value on every row, or on each claim once."""
    return either(how(value), how(lambda df: value(_wc_unique(df))))


def _wc_year(df: pd.DataFrame) -> int:
    years = pd.to_datetime(df["Accident Date"], format="%m/%d/%Y").dt.year.dropna().astype(int)
    return int(years.value_counts().sort_index(kind="stable").idxmax())


def _wc_said_year(value: Callable[[pd.DataFrame], int]) -> Check:
    def check(answer: str, df: pd.DataFrame) -> str | None:
        y = int(value(df))
        return None if re.search(rf"(?<![\d.,]){y}(?!\d)", answer) else f"missing year {y}"

    return check


def _wc_injury(df: pd.DataFrame) -> list[str]:
    picks = []
    for d in (df, _wc_unique(df)):
        picks += [_top(_text(d, c).value_counts()) for c in _WC_INJURY_COLS]
    return picks


_WC_INJURY_COLS = ("WCIO Nature of Injury Description", "WCIO Part Of Body Description")


def _wc_knee(df: pd.DataFrame) -> pd.Series:
    return df.loc[_text(df, "WCIO Part Of Body Description") == "KNEE", "Medical Paid"].astype(float)


_WC_QS = [
    Q(
        "how many claims are still open",
        _wc_both(lambda df: int((_text(df, "Claim Status") == "OPEN").sum()), _count),
        ("Claim Status", "Claim Identifier"),
    ),
    Q(
        "which industry has the most claims",
        _lead(_named(lambda df: _top(_text(df, "Industry Code Description").value_counts()))),
        ("Industry Code Description", "Claim Identifier"),
    ),
    Q("what's the most common kind of injury", _lead(_named_any(_wc_injury)), _WC_INJURY_COLS),
    Q(
        "avg medical cost for a knee injury",
        either(_typical(_wc_knee), _typical(lambda df: _wc_knee(_wc_unique(df)))),
        ("Medical Paid", "WCIO Part Of Body Description"),
    ),
    Q(
        "how much has been paid out in total, medical plus indemnity",
        _wc_both(lambda df: float(df["Medical Paid"].sum() + df["Indemnity Paid"].sum()), _amount),
        ("Medical Paid", "Indemnity Paid"),
    ),
    Q(
        "which year had the most injuries",
        _lead(either(_wc_said_year(_wc_year), _wc_said_year(lambda df: _wc_year(_wc_unique(df))))),
        ("Accident Date", "Claim Identifier"),
    ),
]


HELDOUT295: list[Dataset] = [
    Dataset("lawn_care_job_log", _lawn_frame, _LC_QS),
    Dataset("roofing_estimate_log", _roofing_frame, _RF_QS),
    Dataset("swim_training_log", _swim_frame, _SW_QS),
    Dataset("ice_cream_daily_flavor_sales", _icecream_frame, _IC_QS),
    Dataset("towing_company_tow_log", _tow_frame, _TW_QS),
    Dataset("county_precinct_election_results", _election_frame, _EL_QS),
    Dataset("workers_comp_claims", _claims_frame, _WC_QS),
]
