"""HELDOUT340: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the layout of the spreadsheets a small shop keeps and exports: a screen printing shop's job log
(2024, one row per job) with "Job #" as "SP-24-0153", Client (a business, team or school, repeated), "Garment Type"
(T-Shirt, Hoodie, Tank Top, Polo, Tote Bag; now and then upper case), Pieces, "Ink Colors" (1 to 6), "Print
Locations" (1 to 3), "Setup Fee" as "$70.00" (a screen charge per color per location), "Price Per Piece" as "$8.75",
Misprints (blank now and then when nobody counted), "Due Date" and "Shipped Date" as "03/15/2024" (shipped blank on
the jobs still open in late December); a machine shop's CNC job log (2023 and 2024, one row per job, part numbers
repeated on reorders) with "Part #" as "PN-40213-A", Customer, Material ("6061 AL", "304 SS", "1018 STEEL", "DELRIN",
"360 BRASS", "TI-6AL-4V"), "Qty Ordered", "Qty Scrapped", "Cycle Time (min)" (two decimals), "Setup Hours" (one
decimal), Machine ("HAAS VF-2", "HAAS VF-4", "MAZAK QT-250", "OKUMA LB3000", "DMG MORI NLX"), Operator (first name),
"Ship Date" as "2024-03-05" and "On Time" (Y/N); a creamery's daily milk receiving log (January to June 2024, one row
per farm pickup, most farms every other day) with Date as "2024-01-03", Farm, Hauler, Pounds, "Butterfat %" and
"Protein %" (two decimals), SCC (somatic cell count in cells/mL, "N/A" when the lab had no result), "Temp F" (one
decimal, blank now and then) and Rejected (Y/N; rejected loads keep their pounds); a feed mill's customer orders
(2024, one row per order) with "Order Date" as "1/5/2024", Farm, "Feed Type" (Layer, Broiler, Hog, Cattle), Tons (one
decimal), "Bagged/Bulk" (Bagged, Bulk), "Price/Ton" as "$412.00", "Delivery Miles" (0 and no driver on a pickup at
the mill), Driver and Paid (Y/N); a residential real estate appraiser's assignments (2023 and 2024, one row per
order) with "Order Date" as "2024-02-14", Lender, "Property Type" (SFR, Condo, 2-4 Unit, Manufactured, Land), County,
"Sq Ft" (blank on land), "Appraised Value" and "Contract Price" as "$325,000" (contract price blank on refinances),
Fee as "$550", "Days to Complete" and "Revision Requested" (Y/N); a gravel pit's scale house truck loads (April to
November 2024, one row per ticket, a few voided tickets at 0.00 tons) with Ticket (a number), Date as "04/02/2024",
Hauler, "Truck #" as "T-12", Material ("CRUSHED STONE", "SAND", "FILL", "VOID" on a voided ticket; now and then
title case), Tons (two decimals), "Price/Ton" as "$14.50", "Job Site" and Cash (Y/N); and a watch repair counter's
tickets (2024, one row per watch) with Ticket as "W-2301", "Drop-off Date" as "2024-01-08", Brand, Service (Battery,
Band, Overhaul, Crystal), Quoted and Final as "$45.00" (Final blank until the watch is picked up, "$0.00" on a
warranty job), "Promised Date", "Picked Up Date" (blank while the watch waits) and Warranty (Y/N). All are generated
with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _num, _text, _top, _typical
from .heldout333 import _LAST, _date, _either_count, _either_named, _flag
from .offline_eval import Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _money(x: float) -> str:
    return f"${x:,.2f}"


def _sorted(frame: pd.DataFrame, col: str, fmt: str) -> pd.DataFrame:
    order = pd.to_datetime(frame[col], format=fmt)
    return frame.iloc[np.argsort(order.to_numpy(), kind="stable")].reset_index(drop=True)


def _peak_month(values: Callable[[pd.DataFrame], pd.Series], dates: Callable[[pd.DataFrame], pd.Series]):
    def value(df: pd.DataFrame) -> pd.Timestamp:
        d = dates(df)
        by = values(df).groupby(d.dt.to_period("M")).sum()
        return by.sort_index().idxmax().to_timestamp()

    return value


# --- 1. Screen printing jobs ---------------------------------------------------------------------------------------

# garment: share of jobs, typical pieces, base price per piece
_SP_GARMENTS = {
    "T-Shirt": (10, 60, 6.5),
    "Hoodie": (4, 40, 17.0),
    "Tank Top": (2, 45, 6.0),
    "Polo": (2, 30, 14.0),
    "Tote Bag": (1.5, 80, 5.0),
}
_SP_CLIENTS = [
    "Lincoln High Boosters", "Riverside 5K", "Brew Brothers Taproom", "Oak Hill Little League", "Mesa Fire Dept",
    "Sunset Yoga Studio", "Hartwell Plumbing", "Camp Pinewood", "St. Mary's Parish", "Northgate Church",
    "Delgado Landscaping", "Fresh Cut Barbers", "Westside Soccer Club", "Tri-County Fair", "Iron Forge Gym",
    "Blue Heron Marina", "Valley Credit Union", "Maple St. Bakery", "Crossroads Band", "Summit Realty",
]  # fmt: skip


def _screen_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34001)
    weights = rng.lognormal(0, 0.8, len(_SP_CLIENTS))
    days = pd.bdate_range("2024-01-03", "2024-12-27")
    rows: list[dict[str, Any]] = []
    for n in range(1, 641):
        ordered = days[int(rng.integers(len(days)))]
        garment = str(_one(rng, list(_SP_GARMENTS), [g[0] for g in _SP_GARMENTS.values()]))
        _, size, base = _SP_GARMENTS[garment]
        pieces = int(max(12, round(rng.lognormal(np.log(size), 0.6))))
        colors = int(_one(rng, [1, 2, 3, 4, 5, 6], [5, 6, 4, 2, 1, 0.5]))
        spots = int(_one(rng, [1, 2, 3], [6, 3, 1]))
        price = base + 0.5 * (colors - 1) + 1.5 * (spots - 1) - (1.0 if pieces >= 100 else 0.0)
        due = ordered + pd.Timedelta(days=int(rng.integers(7, 22)))
        misprints = int(rng.poisson(pieces * (0.006 + 0.006 * colors)))
        late = int(rng.integers(1, 6)) if rng.random() < 0.15 + 0.03 * colors else -int(rng.integers(0, 4))
        shipped = due + pd.Timedelta(days=late)
        rows.append(
            {
                "Job #": f"SP-24-{n:04d}",
                "Client": str(_one(rng, _SP_CLIENTS, list(weights))),
                "Garment Type": garment.upper() if rng.random() < 0.06 else garment,
                "Pieces": pieces,
                "Ink Colors": colors,
                "Print Locations": spots,
                "Setup Fee": _money(35.0 * colors * spots),
                "Price Per Piece": _money(round(price * 4) / 4),
                "Misprints": "" if rng.random() < 0.05 else misprints,
                "Due Date": f"{due:%m/%d/%Y}",
                "Shipped Date": "" if shipped > pd.Timestamp("2024-12-20") else f"{shipped:%m/%d/%Y}",
            }
        )
    return pd.DataFrame(rows)


def _sp_revenue(setup: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        money = _num(df, "Pieces") * _num(df, "Price Per Piece")
        if setup:
            money = money + _num(df, "Setup Fee")
        return _top(money.groupby(_text(df, "Client")).sum())

    return value


def _sp_misprint_rate(per_job: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        bad, pieces = _num(df, "Misprints"), _num(df, "Pieces")
        if per_job:
            return float((bad / pieces).mean())
        keep = bad.notna()
        return float(bad[keep].sum() / pieces[keep].sum())

    return value


def _sp_late(df: pd.DataFrame) -> int:
    due = _date(df, "Due Date", "%m/%d/%Y")
    shipped = _date(df, "Shipped Date", "%m/%d/%Y")
    return int((shipped > due).sum())


_SP_QS = [
    Q(
        "how many hoodie jobs did we do",
        _count(lambda df: int((_text(df, "Garment Type").str.upper() == "HOODIE").sum())),
        ("Garment Type",),
    ),
    Q("how many pieces did we print all year", _count(lambda df: int(_num(df, "Pieces").sum())), ("Pieces",)),
    Q(
        "what's our misprint rate",
        either(_share(_sp_misprint_rate(False)), _share(_sp_misprint_rate(True))),
        ("Misprints", "Pieces"),
    ),
    Q(
        "which client spent the most with us",
        _either_named(_sp_revenue(True), _sp_revenue(False)),
        ("Client", "Pieces", "Price Per Piece", "Setup Fee"),
    ),
    Q("how many jobs went out after the due date", _count(_sp_late), ("Due Date", "Shipped Date", "Job #")),
    Q(
        "do jobs with more ink colors get more misprints?",
        either(
            _corr(lambda df: _num(df, "Ink Colors"), lambda df: _num(df, "Misprints")),
            _corr(lambda df: _num(df, "Ink Colors"), lambda df: _num(df, "Misprints") / _num(df, "Pieces")),
        ),
        ("Ink Colors", "Misprints", "Pieces"),
    ),
]


# --- 2. CNC job log ------------------------------------------------------------------------------------------------

# material: weight, cycle time factor, scrap rate
_CN_MATERIALS = {
    "6061 AL": (8, 1.0, 0.015),
    "304 SS": (4, 1.8, 0.03),
    "1018 STEEL": (4, 1.4, 0.02),
    "DELRIN": (2, 0.8, 0.025),
    "360 BRASS": (2, 0.9, 0.012),
    "TI-6AL-4V": (1, 2.6, 0.06),
}
# machine: weight, cycle base minutes, setup hours
_CN_MACHINES = {
    "HAAS VF-2": (4, 6.0, 1.5),
    "HAAS VF-4": (3, 8.5, 2.0),
    "MAZAK QT-250": (3, 3.5, 1.0),
    "OKUMA LB3000": (2, 4.0, 1.2),
    "DMG MORI NLX": (2, 3.0, 1.4),
}
_CN_OPERATORS = {"Luis": 0.9, "Dave": 0.8, "Kim": 0.93, "Travis": 0.72, "Ana": 0.86, "Greg": 0.82}
_CN_CUSTOMERS = [
    "Apex Aerospace", "Midwest Hydraulics", "Beacon Medical Devices", "Tri-State Pump", "Kessler Robotics",
    "Northfield Ag Equipment", "Precision Fluid Power", "Vantage Defense", "Orion Instruments", "Hollis Marine",
]  # fmt: skip


def _cnc_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34002)
    parts = []
    for _ in range(150):
        material = str(_one(rng, list(_CN_MATERIALS), [m[0] for m in _CN_MATERIALS.values()]))
        machine = str(_one(rng, list(_CN_MACHINES), [m[0] for m in _CN_MACHINES.values()]))
        number = f"PN-{int(rng.integers(10000, 99999))}-{_one(rng, ['A', 'A', 'B', 'C'])}"
        parts.append((number, str(_one(rng, _CN_CUSTOMERS)), material, machine, float(rng.lognormal(0, 0.35))))
    days = pd.bdate_range("2023-01-03", "2024-12-20")
    rows: list[dict[str, Any]] = []
    for _ in range(920):
        number, customer, material, machine, hard = parts[int(rng.integers(len(parts)))]
        _, factor, scrap = _CN_MATERIALS[material]
        _, cycle, setup = _CN_MACHINES[machine]
        qty = int(_one(rng, [5, 10, 25, 50, 100, 250, 500], [2, 3, 4, 4, 3, 2, 1]))
        operator = str(_one(rng, list(_CN_OPERATORS)))
        day = days[int(rng.integers(len(days)))]
        on_time = rng.random() < _CN_OPERATORS[operator] - (0.06 if day.year == 2023 else 0.0)
        rows.append(
            {
                "Part #": number,
                "Customer": customer,
                "Material": material,
                "Qty Ordered": qty,
                "Qty Scrapped": int(rng.binomial(qty, min(0.5, scrap * hard))),
                "Cycle Time (min)": round(cycle * factor * hard * float(rng.normal(1, 0.08)), 2),
                "Setup Hours": round(max(0.3, setup * hard + float(rng.normal(0, 0.4))), 1),
                "Machine": machine,
                "Operator": operator,
                "Ship Date": f"{day:%Y-%m-%d}",
                "On Time": "Y" if on_time else "N",
            }
        )
    return _sorted(pd.DataFrame(rows), "Ship Date", "%Y-%m-%d")


def _cn_scrap(per_job: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        bad, qty = _num(df, "Qty Scrapped"), _num(df, "Qty Ordered")
        return float((bad / qty).mean()) if per_job else float(bad.sum() / qty.sum())

    return value


def _cn_worst_material(rate: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        material = _text(df, "Material")
        bad = _num(df, "Qty Scrapped").groupby(material).sum()
        return _top(bad / _num(df, "Qty Ordered").groupby(material).sum() if rate else bad)

    return value


def _cn_setup(df: pd.DataFrame) -> list[float]:
    return [float(v) for v in _num(df, "Setup Hours").groupby(_text(df, "Machine")).sum().sort_index()]


_CN_QS = [
    Q(
        "what's our scrap rate",
        either(_share(_cn_scrap(False)), _share(_cn_scrap(True))),
        ("Qty Scrapped", "Qty Ordered"),
    ),
    Q(
        "which material do we scrap the most of",
        either(_lead(_named(_cn_worst_material(True))), _lead(_named(_cn_worst_material(False)))),
        ("Material", "Qty Scrapped", "Qty Ordered"),
    ),
    Q(
        "average cycle time on the mazak?",
        _typical(lambda df: _num(df, "Cycle Time (min)")[_text(df, "Machine").str.upper() == "MAZAK QT-250"]),
        ("Cycle Time (min)", "Machine"),
    ),
    Q(
        "what percent of jobs shipped on time in 2024",
        _share(lambda df: float(_flag(df, "On Time")[_date(df, "Ship Date", "%Y-%m-%d").dt.year == 2024].mean())),
        ("On Time", "Ship Date"),
    ),
    Q(
        "which operator has the best on time record",
        _lead(_named(lambda df: _top(_flag(df, "On Time").groupby(_text(df, "Operator")).mean()))),
        ("Operator", "On Time"),
    ),
    Q("total setup hours for each machine", _about(_cn_setup, rel=0.002), ("Setup Hours", "Machine")),
]


# --- 3. Creamery milk receiving ------------------------------------------------------------------------------------

# farm: hauler, herd pounds per pickup, butterfat, protein, log SCC mean, every day?
_MK_FARMS = {
    "Van Dyke Dairy": ("Route 9 Hauling", 21000, 3.95, 3.15, 12.0, True),
    "Hillcrest Farm": ("Route 9 Hauling", 9000, 4.10, 3.25, 12.2, False),
    "Schrock Bros": ("Miller Trucking", 6500, 4.35, 3.40, 12.4, False),
    "Meadow Brook Jerseys": ("Miller Trucking", 7800, 4.85, 3.70, 12.1, False),
    "Kline Family Farm": ("Miller Trucking", 5200, 3.80, 3.10, 12.7, False),
    "Twin Oaks Holsteins": ("Route 9 Hauling", 16500, 3.85, 3.05, 11.9, True),
    "Zimmerman Farm": ("Dutch Valley Transport", 4800, 4.05, 3.20, 12.5, False),
    "Sunny Slope Dairy": ("Dutch Valley Transport", 11000, 3.90, 3.12, 12.3, False),
    "Hostetler Farm": ("Dutch Valley Transport", 3900, 4.20, 3.30, 12.9, False),
    "Cedar Run Dairy": ("Route 9 Hauling", 13500, 3.75, 3.02, 12.0, True),
    "Beiler Acres": ("Miller Trucking", 5600, 4.15, 3.28, 12.6, False),
}


def _milk_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34003)
    days = pd.date_range("2024-01-01", "2024-06-30")
    rows: list[dict[str, Any]] = []
    for i, day in enumerate(days):
        season = 1 + 0.08 * np.sin((day.dayofyear - 30) / 365 * 2 * np.pi)
        for j, (farm, (hauler, lbs, fat, protein, scc, daily)) in enumerate(_MK_FARMS.items()):
            if not daily and (i + j) % 2:
                continue
            if rng.random() < 0.02:
                continue
            temp = round(float(rng.normal(38.5, 2.2)) + (7 if rng.random() < 0.03 else 0), 1)
            count = int(np.exp(rng.normal(scc, 0.35)) / 1000) * 1000
            bad = temp > 45 or count > 750000 or rng.random() < 0.006
            rows.append(
                {
                    "Date": f"{day:%Y-%m-%d}",
                    "Farm": farm,
                    "Hauler": hauler,
                    "Pounds": int(lbs * (2 if not daily else 1) * season * float(rng.normal(1, 0.06))),
                    "Butterfat %": round(fat - 0.12 * (season - 1) / 0.08 + float(rng.normal(0, 0.09)), 2),
                    "Protein %": round(protein + float(rng.normal(0, 0.06)), 2),
                    "SCC": "N/A" if rng.random() < 0.03 else count,
                    "Temp F": "" if rng.random() < 0.03 else temp,
                    "Rejected": "Y" if bad else "N",
                }
            )
    return pd.DataFrame(rows)


def _mk_fat_top(weighted: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        fat, farm = _num(df, "Butterfat %"), _text(df, "Farm")
        if weighted:
            lbs = _num(df, "Pounds")
            return _top((fat * lbs).groupby(farm).sum() / lbs.groupby(farm).sum())
        return _top(fat.groupby(farm).mean())

    return value


def _mk_pounds(accepted_only: bool) -> Callable[[pd.Series], pd.Series]:
    def value(df: pd.DataFrame) -> pd.Series:
        lbs = _num(df, "Pounds")
        return lbs[~_flag(df, "Rejected")] if accepted_only else lbs

    return value


def _mk_day(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Date", "%Y-%m-%d")


_MK_QS = [
    Q(
        "how much milk did we take in total",
        either(*(_amount(lambda df, a=a: float(_mk_pounds(a)(df).sum())) for a in (False, True))),
        ("Pounds", "Rejected"),
    ),
    Q(
        "which farm has the highest butterfat",
        _either_named(_mk_fat_top(False), _mk_fat_top(True)),
        ("Farm", "Butterfat %", "Pounds"),
    ),
    Q("how many loads got rejected", _count(lambda df: int(_flag(df, "Rejected").sum())), ("Rejected",)),
    Q("what's the average somatic cell count", _typical(lambda df: _num(df, "SCC").dropna()), ("SCC",)),
    Q(
        "how many loads came in warmer than 45 degrees",
        _count(lambda df: int((_num(df, "Temp F") > 45).sum())),
        ("Temp F",),
    ),
    Q(
        "which month did we receive the most milk",
        either(*(_month_year(_peak_month(_mk_pounds(a), _mk_day)) for a in (False, True))),
        ("Pounds", "Date", "Rejected"),
    ),
]


# --- 4. Feed mill customer orders ----------------------------------------------------------------------------------

# feed: weight, price per ton bulk, bagged premium, typical tons
_FM_FEEDS = {"Layer": (3, 395, 90, 3.0), "Broiler": (2, 410, 85, 8.0), "Hog": (4, 365, 80, 6.0)}
_FM_FEEDS |= {"Cattle": (4, 310, 70, 5.0)}
_FM_DRIVERS = ["Earl Yoder", "Jim Stauffer", "Rick Nolt", "Mandy Horst"]


def _feed_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34004)
    farms = []
    for _ in range(48):
        farm = f"{_one(rng, _LAST)} {_one(rng, ['Farm', 'Farms', 'Acres', 'Poultry', 'Hog Farm', 'Cattle Co'])}"
        farms.append((farm, str(_one(rng, list(_FM_FEEDS), [f[0] for f in _FM_FEEDS.values()])), rng.gamma(3, 7)))
    farms = list({f[0]: f for f in farms}.values())
    days = pd.bdate_range("2024-01-02", "2024-12-27")
    rows: list[dict[str, Any]] = []
    for _ in range(780):
        farm, feed, miles = farms[int(rng.integers(len(farms)))]
        if rng.random() < 0.15:
            feed = str(_one(rng, list(_FM_FEEDS)))
        _, price, premium, size = _FM_FEEDS[feed]
        day = days[int(rng.integers(len(days)))]
        bagged = rng.random() < 0.3
        tons = round(max(0.5, float(rng.gamma(2, size / 2 * (0.4 if bagged else 1.0 + miles / 25)))), 1)
        pickup = bagged and rng.random() < 0.5
        month_bump = 12 * max(0, day.month - 6)
        rows.append(
            {
                "Order Date": f"{day.month}/{day.day}/{day.year}",
                "Farm": farm,
                "Feed Type": feed,
                "Tons": tons,
                "Bagged/Bulk": "Bagged" if bagged else "Bulk",
                "Price/Ton": _money(round(price + month_bump + (premium if bagged else 0) + rng.normal(0, 6))),
                "Delivery Miles": 0 if pickup else round(miles + float(rng.normal(0, 1)), 1),
                "Driver": "" if pickup else str(_one(rng, _FM_DRIVERS, [4, 3, 3, 1])),
                "Paid": "N" if rng.random() < (0.35 if day.month >= 11 else 0.06) else "Y",
            }
        )
    return _sorted(pd.DataFrame(rows), "Order Date", "%m/%d/%Y")


def _fm_price(df: pd.DataFrame, weighted: bool) -> list[float]:
    price, tons, kind = _num(df, "Price/Ton"), _num(df, "Tons"), _text(df, "Bagged/Bulk")
    out = []
    for k in ("Bagged", "Bulk"):
        keep = kind == k
        out.append(float((price * tons)[keep].sum() / tons[keep].sum()) if weighted else float(price[keep].mean()))
    return out


def _fm_dates(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Order Date", "%m/%d/%Y")


def _fm_top_driver(df: pd.DataFrame) -> str:
    driver = _text(df, "Driver")
    keep = driver != ""
    return _top(_num(df, "Delivery Miles")[keep].groupby(driver[keep]).sum())


_FM_QS = [
    Q(
        "how many tons of hog feed did we sell",
        _about(lambda df: float(_num(df, "Tons")[_text(df, "Feed Type") == "Hog"].sum()), rel=0.002),
        ("Tons", "Feed Type"),
    ),
    Q(
        "what do we get per ton for bagged vs bulk",
        either(_about(lambda df: _fm_price(df, False)), _about(lambda df: _fm_price(df, True))),
        ("Price/Ton", "Bagged/Bulk", "Tons"),
    ),
    Q(
        "how much money is still unpaid",
        _amount(lambda df: float((_num(df, "Tons") * _num(df, "Price/Ton"))[~_flag(df, "Paid")].sum())),
        ("Paid", "Tons", "Price/Ton"),
    ),
    Q(
        "which driver drove the most miles",
        _lead(_named(_fm_top_driver)),
        ("Driver", "Delivery Miles"),
    ),
    Q(
        "what was our busiest month",
        either(
            _month_year(_peak_month(lambda df: _num(df, "Tons"), _fm_dates)),
            _month_year(_peak_month(lambda df: _num(df, "Tons") * 0 + 1, _fm_dates)),
        ),
        ("Order Date", "Tons"),
    ),
    Q(
        "do farther deliveries tend to be bigger orders?",
        _corr(
            lambda df: _num(df, "Delivery Miles")[_num(df, "Delivery Miles") > 0],
            lambda df: _num(df, "Tons")[_num(df, "Delivery Miles") > 0],
        ),
        ("Delivery Miles", "Tons"),
    ),
]


# --- 5. Appraiser assignments --------------------------------------------------------------------------------------

# type: weight, sq ft mean, $ per sq ft, fee, days
_AP_TYPES = {
    "SFR": (10, 1850, 185, 525, 7),
    "Condo": (3, 1100, 210, 475, 6),
    "2-4 Unit": (1.5, 2600, 140, 750, 10),
    "Manufactured": (1, 1400, 95, 550, 8),
    "Land": (0.8, 0, 0, 450, 9),
}
_AP_LENDERS = {"Rocket Mortgage": 5, "First Community Bank": 3, "Guild Mortgage": 2, "Movement Mortgage": 2}
_AP_LENDERS |= {"Valley Federal CU": 2, "loanDepot": 3}
_AP_COUNTIES = {"Washoe": 1.1, "Carson City": 1.0, "Douglas": 1.25, "Lyon": 0.8, "Storey": 0.9}


def _appraisal_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34005)
    days = pd.bdate_range("2023-01-03", "2024-12-20")
    revise = {name: float(rng.uniform(0.05, 0.25)) for name in _AP_LENDERS}
    rows: list[dict[str, Any]] = []
    for _ in range(720):
        kind = str(_one(rng, list(_AP_TYPES), [t[0] for t in _AP_TYPES.values()]))
        _, sqft_mean, ppsf, fee, turn = _AP_TYPES[kind]
        county = str(_one(rng, list(_AP_COUNTIES), [5, 3, 2, 2, 0.5]))
        lender = str(_one(rng, list(_AP_LENDERS), list(_AP_LENDERS.values())))
        day = days[int(rng.integers(len(days)))]
        if kind == "Land":
            sqft = ""
            value = round(float(rng.lognormal(np.log(140000), 0.5)) * _AP_COUNTIES[county], -3)
        else:
            sqft = int(max(500, rng.normal(sqft_mean, sqft_mean * 0.25)))
            value = round(sqft * ppsf * _AP_COUNTIES[county] * float(rng.normal(1, 0.1)), -3)
        purchase = rng.random() < 0.6
        contract = value / (1 + float(rng.normal(0.02, 0.025))) if purchase else 0.0
        rows.append(
            {
                "Order Date": f"{day:%Y-%m-%d}",
                "Lender": lender,
                "Property Type": kind,
                "County": county,
                "Sq Ft": sqft,
                "Appraised Value": f"${value:,.0f}",
                "Contract Price": f"${round(contract, -3):,.0f}" if purchase else "",
                "Fee": f"${fee + int(_one(rng, [0, 0, 0, 50, 100])) + (25 if day.year == 2024 else 0)}",
                "Days to Complete": int(max(1, rng.poisson(turn))),
                "Revision Requested": "Y" if rng.random() < revise[lender] else "N",
            }
        )
    return _sorted(pd.DataFrame(rows), "Order Date", "%Y-%m-%d")


def _ap_under(all_rows: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        v, c = _num(df, "Appraised Value"), _num(df, "Contract Price")
        under = v < c
        return float(under.mean()) if all_rows else float(under[c.notna()].mean())

    return value


def _ap_revisions(rate: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        by = _flag(df, "Revision Requested").groupby(_text(df, "Lender"))
        return _top(by.mean() if rate else by.sum())

    return value


def _ap_ppsf(pooled: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        keep = _text(df, "Property Type") == "SFR"
        v, s = _num(df, "Appraised Value")[keep], _num(df, "Sq Ft")[keep]
        return float(v.sum() / s.sum()) if pooled else float((v / s).mean())

    return value


_AP_QS = [
    Q(
        "how many condos did we appraise",
        _count(lambda df: int((_text(df, "Property Type") == "Condo").sum())),
        ("Property Type",),
    ),
    Q("what's our average fee", _typical(lambda df: _num(df, "Fee")), ("Fee",)),
    Q(
        "how often does the value come in under the contract price",
        either(_share(_ap_under(False)), _share(_ap_under(True))),
        ("Appraised Value", "Contract Price"),
    ),
    Q(
        "which lender asks for revisions the most",
        _either_named(_ap_revisions(True), _ap_revisions(False)),
        ("Lender", "Revision Requested"),
    ),
    Q(
        "average price per square foot on single family homes",
        either(_about(_ap_ppsf(False)), _about(_ap_ppsf(True))),
        ("Appraised Value", "Sq Ft", "Property Type"),
    ),
    Q(
        "how many days does a 2-4 unit usually take",
        _typical(lambda df: _num(df, "Days to Complete")[_text(df, "Property Type") == "2-4 Unit"]),
        ("Days to Complete", "Property Type"),
    ),
]


# --- 6. Gravel pit truck loads -------------------------------------------------------------------------------------

# material: weight, price per ton, tons per load mean
_GP_MATERIALS = {"CRUSHED STONE": (5, 16.5, 22.0), "SAND": (3, 12.0, 20.0), "FILL": (2, 6.5, 18.0)}
_GP_HAULERS = {
    "Brennan Excavating": (["T-12", "T-14", "T-21"], 4),
    "R&J Trucking": (["RJ-3", "RJ-7"], 3),
    "Miller Paving": (["MP-101", "MP-104"], 2),
    "Cash Customer": (["PICKUP"], 1),
    "Dirt Works LLC": (["DW-1"], 1.5),
}
_GP_SITES = ["Route 30 Widening", "Oakmont Subdivision", "County Landfill Cell 4", "Hwy 9 Bridge", "Various"]


def _gravel_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34006)
    days = pd.bdate_range("2024-04-01", "2024-11-27")
    rows: list[dict[str, Any]] = []
    for _ in range(1650):
        day = days[int(rng.integers(len(days)))]
        hauler = str(_one(rng, list(_GP_HAULERS), [h[1] for h in _GP_HAULERS.values()]))
        material = str(_one(rng, list(_GP_MATERIALS), [m[0] for m in _GP_MATERIALS.values()]))
        _, price, load = _GP_MATERIALS[material]
        small = hauler == "Cash Customer"
        tons = round(float(rng.normal(3.5 if small else load, 0.8 if small else 2.0)), 2)
        summer = 1.0 if 6 <= day.month <= 8 else 0.0
        if rng.random() < 0.25 * (1 - summer) and not small:
            continue
        name = material.title() if rng.random() < 0.04 else material
        rows.append(
            {
                "Date": f"{day:%m/%d/%Y}",
                "Hauler": hauler,
                "Truck #": str(_one(rng, _GP_HAULERS[hauler][0])),
                "Material": name,
                "Tons": max(0.5, tons),
                "Price/Ton": _money(price + (1.0 if small else 0.0)),
                "Job Site": "" if small else str(_one(rng, _GP_SITES, [4, 3, 2, 2, 1])),
                "Cash": "Y" if small or rng.random() < 0.03 else "N",
            }
        )
    for _ in range(7):
        day = days[int(rng.integers(len(days)))]
        rows.append(
            {"Date": f"{day:%m/%d/%Y}", "Hauler": str(_one(rng, list(_GP_HAULERS))), "Truck #": "", "Material": "VOID"}
        )
        rows[-1] |= {"Tons": 0.0, "Price/Ton": "$0.00", "Job Site": "", "Cash": "N"}
    frame = _sorted(pd.DataFrame(rows), "Date", "%m/%d/%Y")
    frame.insert(0, "Ticket", np.arange(40113, 40113 + len(frame)))
    return frame


def _gp_material(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Material").str.upper()


def _gp_loads(df: pd.DataFrame) -> pd.DataFrame:
    return df[_gp_material(df) != "VOID"]


def _gp_top_hauler(by_loads: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        rows = _gp_loads(df)
        by = _num(rows, "Tons").groupby(_text(rows, "Hauler"))
        return _top(by.count() if by_loads else by.sum())

    return value


def _gp_dates(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Date", "%m/%d/%Y")


_GP_QS = [
    Q(
        "how many tons of sand went out",
        _about(lambda df: float(_num(df, "Tons")[_gp_material(df) == "SAND"].sum()), rel=0.002),
        ("Tons", "Material"),
    ),
    Q(
        "which hauler took the most",
        _either_named(_gp_top_hauler(False), _gp_top_hauler(True)),
        ("Hauler", "Tons", "Ticket"),
    ),
    Q(
        "what was total revenue",
        _amount(lambda df: float((_num(df, "Tons") * _num(df, "Price/Ton")).sum())),
        ("Tons", "Price/Ton"),
    ),
    Q(
        "what share of loads were paid in cash",
        either(
            _share(lambda df: float(_flag(df, "Cash").mean())),
            _share(lambda df: float(_flag(_gp_loads(df), "Cash").mean())),
        ),
        ("Cash", "Ticket", "Material"),
    ),
    Q(
        "which month moved the most tonnage",
        _month_year(_peak_month(lambda df: _num(df, "Tons"), _gp_dates)),
        ("Tons", "Date"),
    ),
    Q(
        "how big is a typical load of fill",
        _typical(lambda df: _num(df, "Tons")[_gp_material(df) == "FILL"]),
        ("Tons", "Material"),
    ),
]


# --- 7. Watch repair tickets ---------------------------------------------------------------------------------------

# service: weight, quote range, days promised
_WR_SERVICES = {"Battery": (8, (12, 25), 1), "Band": (4, (20, 85), 3), "Overhaul": (2, (175, 650), 28)}
_WR_SERVICES |= {"Crystal": (2, (45, 140), 10)}
_WR_BRANDS = {"Seiko": 5, "Timex": 4, "Casio": 4, "Citizen": 4, "Fossil": 3, "Bulova": 2, "Tissot": 1.5}
_WR_BRANDS |= {"Omega": 1, "Rolex": 1}


def _watch_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34007)
    days = pd.date_range("2024-01-02", "2024-12-28")
    days = days[days.dayofweek < 6]
    end = pd.Timestamp("2024-12-31")
    rows: list[dict[str, Any]] = []
    for _ in range(860):
        day = days[int(rng.integers(len(days)))]
        brand = str(_one(rng, list(_WR_BRANDS), list(_WR_BRANDS.values())))
        service = str(_one(rng, list(_WR_SERVICES), [s[0] for s in _WR_SERVICES.values()]))
        _, (lo, hi), promised = _WR_SERVICES[service]
        luxury = 1.8 if brand in ("Omega", "Rolex") else 1.0
        quote = round(float(rng.uniform(lo, hi)) * luxury / 5) * 5
        warranty = rng.random() < 0.06
        over = rng.random() < (0.3 if service == "Overhaul" else 0.08)
        final = quote * (1 + float(rng.uniform(0.1, 0.4))) if over else quote
        ready = day + pd.Timedelta(days=int(promised + rng.integers(-1, 6 if service == "Overhaul" else 3)))
        picked = ready + pd.Timedelta(days=int(rng.exponential(4)))
        waiting = picked > end or rng.random() < 0.03
        rows.append(
            {
                "Drop-off Date": f"{day:%Y-%m-%d}",
                "Brand": brand,
                "Service": service,
                "Quoted": _money(quote),
                "Final": "" if waiting else _money(0 if warranty else round(final)),
                "Promised Date": f"{day + pd.Timedelta(days=promised):%Y-%m-%d}",
                "Picked Up Date": "" if waiting else f"{picked:%Y-%m-%d}",
                "Warranty": "Y" if warranty else "N",
            }
        )
    frame = _sorted(pd.DataFrame(rows), "Drop-off Date", "%Y-%m-%d")
    frame.insert(0, "Ticket", [f"W-{n}" for n in range(2301, 2301 + len(frame))])
    return frame


def _wr_over(all_rows: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        q, f = _num(df, "Quoted"), _num(df, "Final")
        over = f > q
        return float(over.mean()) if all_rows else float(over[f.notna()].mean())

    return value


def _wr_days(df: pd.DataFrame) -> pd.Series:
    gap = _date(df, "Picked Up Date", "%Y-%m-%d") - _date(df, "Drop-off Date", "%Y-%m-%d")
    return gap.dt.days.dropna()


_WR_QS = [
    Q(
        "how many battery changes did we do",
        _count(lambda df: int((_text(df, "Service") == "Battery").sum())),
        ("Service",),
    ),
    Q(
        "what brand do we see the most",
        _lead(_named(lambda df: _top(_text(df, "Brand").value_counts()))),
        ("Brand",),
    ),
    Q(
        "how often does the final bill come in over the quote",
        either(_share(_wr_over(False)), _share(_wr_over(True))),
        ("Quoted", "Final"),
    ),
    Q(
        "what do we usually charge for an overhaul",
        either(
            _typical(lambda df: _num(df, "Final")[_text(df, "Service") == "Overhaul"].dropna()),
            _typical(lambda df: _num(df, "Final")[(_text(df, "Service") == "Overhaul") & ~_flag(df, "Warranty")]),
            _typical(lambda df: _num(df, "Quoted")[_text(df, "Service") == "Overhaul"]),
        ),
        ("Final", "Quoted", "Service", "Warranty"),
    ),
    Q(
        "how many watches are still waiting to be picked up",
        _either_count(lambda df: int((_text(df, "Picked Up Date") == "").sum())),
        ("Picked Up Date", "Ticket"),
    ),
    Q(
        "for the ones that did get picked up, how many days were they here on average",
        _typical(_wr_days),
        ("Picked Up Date", "Drop-off Date"),
    ),
]


HELDOUT340 = [
    Dataset("screen_printing_jobs", _screen_frame, _SP_QS),
    Dataset("cnc_machine_shop_job_log", _cnc_frame, _CN_QS),
    Dataset("creamery_milk_receiving", _milk_frame, _MK_QS),
    Dataset("feed_mill_customer_orders", _feed_frame, _FM_QS),
    Dataset("appraiser_assignments", _appraisal_frame, _AP_QS),
    Dataset("gravel_pit_truck_loads", _gravel_frame, _GP_QS),
    Dataset("watch_repair_tickets", _watch_frame, _WR_QS),
]
