"""HELDOUT345: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files a small outfit keeps in a spreadsheet: a cattle sale barn's lots
(weekly Tuesday sales in 2024, one row per lot) with "Sale Date" as "01/09/2024", Consignor ("LAST, FIRST", repeat
consignors), "Lot #" (numbered from 1 each sale, so repeated across sales), Head, Class (Steers, Heifers, Cows, Bulls;
now and then upper case), "Avg Wt (lbs)", "Price/Cwt" as "$245.50" (blank on a no-sale; lighter cattle bring more per
hundredweight, cows and bulls less), Buyer (a sale barn buyer number or order buyer name, blank on a no-sale), Sold
(Y/N) and "Commission %" as "2.5%"; a mushroom farm's harvest log (2024, one row per room picked per day) with
"Harvest Date" as "2024-03-05", Room ("Room 1" to "Room 10"), Variety (Oyster, Shiitake, Lion's Mane), Flush (1 to 3,
falling off with each flush), "Lbs Picked" (one decimal), "Lbs Culled" (one decimal, blank now and then), Pickers,
Hours (quarter hours) and "Substrate Blocks"; a fire department's incident runs (2023 and 2024, one row per
incident) with "Incident #" as "24-000123", Date as "01/05/2024", "Dispatch Time" and "Arrival Time" as "14:32:10"
(the arrival blank when the unit was cancelled en route; no run crosses midnight), "Incident Type" (Fire, EMS, Alarm,
Vehicle; now and then upper case or with a trailing space), Station ("Station 1" to "Station 4", the rural one
slower), Engine ("E1", "M2", "L3" ...), Firefighters, "Property Loss" as "$12,500" ("$0" on most runs) and "Mutual
Aid" (Y/N, mostly on fires); a propane company's deliveries (September 2023 to August 2024, one row per delivery,
heavy in winter) with "Delivery Date" as "1/14/2024", Customer ("LAST, FIRST" or a business, repeat customers),
"Tank Size (gal)" (100, 250, 500, 1000), "Gallons Delivered" (one decimal, filling the tank to 80%), "Price/Gal" as
"$2.899" (dearer in winter, less on big tanks), "% Before Fill" as "23%", Driver, Route ("Route 1" to "Route 5"),
"Auto-Fill" (Y/N; auto-fill tanks filled fuller) and "Past Due" (Y/N); a seed company's germination tests (2024, one
row per test, some lots retested) with "Lot #" as "SL24-0412", Crop (Tomato, Pepper, Lettuce, Sweet Corn, Bean,
Squash), Variety, "Test Date" as "2024-02-12", "Seeds Planted" (100, 200 or 400), "Seeds Sprouted", "Days to Sprout"
(one decimal, blank now and then), "Lab Tech", Passed (Y/N, 80% or better germination) and Warehouse (North, South,
Main); a home inspector's inspections (2023 and 2024, one row per inspection) with "Inspection Date" as
"03/15/2024", Address as "1234 Oak St", City (six towns), "Sq Ft", "Year Built" (older houses with more defects),
Fee as "$425.00" (by size, plus radon), "Radon Test" (Y/N), "Defects Found", "Major Defects", Inspector and "Report
Sent" as "03/16/2024" (blank while the report is still out, the last weeks mostly); and a charter fishing boat's
trips (March to October of 2023 and 2024, one row per booked trip) with "Trip Date" as "2024-06-15", Captain, "Trip
Length" (Half Day, Full Day), Anglers, "Fish Kept", "Fish Released", "Largest Fish (lbs)" (one decimal), "Species
Most Caught" (Red Snapper, Vermilion Snapper, Gag Grouper, King Mackerel, Amberjack, Mahi), Price as "$650" (by trip
length), Tip as "$100" (blank when none) and "Cancelled - Weather" (Y/N; a cancelled trip has blank catch, species
and tip). All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _num, _text, _typical
from .heldout333 import _FIRST, _LAST, _date, _either_named, _flag
from .offline_eval import Check, Dataset, Q, both, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import has as _has
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _both_about(*values: Callable[[pd.DataFrame], float], rel: float = 0.01) -> Check:
    """Every value appears (each to within `rel`, or rounded to one decimal)."""
    return _about(lambda df: [float(v(df)) for v in values], rel=rel)


def _best(scores: pd.Series, lowest: bool = False) -> str:
    s = scores.sort_index(kind="stable")
    return str(s.idxmin() if lowest else s.idxmax())


# --- 1. Cattle sale barn lots --------------------------------------------------------------------------------------

# class: weight range (lbs), price per cwt at 500 lbs, drop per 100 lbs, share of lots
_CB_CLASSES = {
    "Steers": ((350, 900), 330.0, 22.0, 4),
    "Heifers": ((350, 850), 300.0, 20.0, 3),
    "Cows": ((950, 1500), 140.0, 0.0, 2),
    "Bulls": ((1300, 2100), 160.0, 0.0, 1),
}
_CB_BUYERS = ["Tyson Order Buyer", "Double K Feeders", "Buyer 112", "Buyer 145", "Hi-Plains Cattle Co", "Buyer 207"]


def _cattle_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34501)
    consignors = [f"{_one(rng, _LAST).upper()}, {_one(rng, _FIRST).upper()}" for _ in range(60)]
    buyer_w = [5, 4, 2, 2, 3, 1]
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2024-01-02", "2024-12-31", freq="7D"):
        season = 1.0 + 0.08 * (day.month - 1) / 11
        for lot in range(1, int(rng.integers(10, 22)) + 1):
            cls = str(_one(rng, list(_CB_CLASSES), [v[3] for v in _CB_CLASSES.values()]))
            (lo, hi), base, drop, _ = _CB_CLASSES[cls]
            wt = int(rng.integers(lo, hi))
            head = int(rng.integers(1, 4)) if cls in ("Cows", "Bulls") else int(rng.integers(3, 60))
            price = (base - drop * (wt - 500) / 100) * season + float(rng.normal(0, 9))
            sold = rng.random() > 0.07
            rows.append(
                {
                    "Sale Date": f"{day:%m/%d/%Y}",
                    "Consignor": str(_one(rng, consignors)),
                    "Lot #": lot,
                    "Head": head,
                    "Class": cls.upper() if rng.random() < 0.05 else cls,
                    "Avg Wt (lbs)": wt,
                    "Price/Cwt": f"${price:,.2f}" if sold else "",
                    "Buyer": str(_one(rng, _CB_BUYERS, buyer_w)) if sold else "",
                    "Sold": "Y" if sold else "N",
                    "Commission %": "2.5%" if head < 20 else "2%",
                }
            )
    return pd.DataFrame(rows)


def _cb_class(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Class").str.title()


def _cb_price(cls: str) -> Check:
    def values(df: pd.DataFrame) -> pd.Series:
        return _num(df, "Price/Cwt")[_cb_class(df) == cls].dropna()

    def weighted(df: pd.DataFrame) -> float:
        p = values(df)
        return float((p * df.loc[p.index, "Head"]).sum() / df.loc[p.index, "Head"].sum())

    return either(_typical(values, rel=0.005), _about(weighted, rel=0.005))


def _cb_sold(df: pd.DataFrame) -> pd.Series:
    return _flag(df, "Sold")


_CB_QS = [
    Q(
        "how many head sold this year",
        either(
            _count(lambda df: int(df["Head"][_cb_sold(df)].sum())),
            _count(lambda df: int(df["Head"].sum())),
        ),
        ("Head", "Sold", "Sale Date"),
    ),
    Q("whats the average price per hundredweight on steers", _cb_price("Steers"), ("Price/Cwt", "Class")),
    Q("and heifers?", _cb_price("Heifers"), ("Price/Cwt", "Class")),
    Q(
        "what percent of lots went unsold",
        _share(lambda df: float((~_cb_sold(df)).mean())),
        ("Sold", "Lot #"),
    ),
    Q(
        "who bought the most cattle",
        _either_named(
            lambda df: _best(df["Head"][_cb_sold(df)].groupby(_text(df, "Buyer")[_cb_sold(df)]).sum()),
            lambda df: _best(_text(df, "Buyer")[_cb_sold(df)].value_counts()),
        ),
        ("Buyer", "Head", "Sold"),
    ),
    Q(
        "do heavier cattle bring less per pound",
        _corr(lambda df: _num(df, "Avg Wt (lbs)"), lambda df: _num(df, "Price/Cwt")),
        ("Avg Wt (lbs)", "Price/Cwt"),
    ),
]


# --- 2. Mushroom farm harvest log ----------------------------------------------------------------------------------

# variety: lbs per block on a first flush, cull share
_MF_VARIETIES = {"Oyster": (1.1, 0.06), "Shiitake": (0.75, 0.09), "Lion's Mane": (0.9, 0.12)}


def _mushroom_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34502)
    pickers = 0
    rows: list[dict[str, Any]] = []
    rooms = {f"Room {i}": (str(_one(rng, list(_MF_VARIETIES))), int(rng.integers(-20, 0))) for i in range(1, 11)}
    for day in pd.date_range("2024-01-02", "2024-12-30", freq="D"):
        if day.dayofweek == 6:
            continue
        for room, (variety, start) in list(rooms.items()):
            age = (day - pd.Timestamp("2024-01-01")).days - start
            cycle = age % 42
            if cycle not in (14, 15, 24, 25, 34, 35):
                continue
            if cycle == 14 and age >= 42 and rng.random() < 0.3:
                variety = str(_one(rng, list(_MF_VARIETIES)))
                rooms[room] = (variety, start)
            flush = {14: 1, 15: 1, 24: 2, 25: 2, 34: 3, 35: 3}[cycle]
            blocks = int(rng.integers(280, 420))
            per_block, cull = _MF_VARIETIES[variety]
            picked = blocks * per_block * (1.0, 0.65, 0.35)[flush - 1] * float(rng.uniform(0.35, 0.65))
            pickers = int(rng.integers(2, 6))
            hours = round(picked / 28 / pickers * 4) / 4 + 0.25
            culled = picked * cull * float(rng.uniform(0.4, 1.6))
            rows.append(
                {
                    "Harvest Date": f"{day:%Y-%m-%d}",
                    "Room": room,
                    "Variety": variety,
                    "Flush": flush,
                    "Lbs Picked": round(picked, 1),
                    "Lbs Culled": "" if rng.random() < 0.06 else round(culled, 1),
                    "Pickers": pickers,
                    "Hours": hours,
                    "Substrate Blocks": blocks,
                }
            )
    return pd.DataFrame(rows)


def _mf_picked(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Lbs Picked")


def _mf_best_month(df: pd.DataFrame) -> pd.Timestamp:
    month = _date(df, "Harvest Date", "%Y-%m-%d").dt.to_period("M")
    return _mf_picked(df).groupby(month).sum().idxmax().to_timestamp()


_MF_QS = [
    Q("how many pounds did we pick in total", _amount(lambda df: float(_mf_picked(df).sum())), ("Lbs Picked",)),
    Q(
        "which mushroom gives the most per block",
        _either_named(
            lambda df: _best(
                _mf_picked(df).groupby(_text(df, "Variety")).sum() / df.groupby("Variety")["Substrate Blocks"].sum()
            ),
            lambda df: _best((_mf_picked(df) / df["Substrate Blocks"]).groupby(_text(df, "Variety")).mean()),
        ),
        ("Variety", "Lbs Picked", "Substrate Blocks"),
    ),
    Q(
        "what share of the harvest gets culled",
        either(
            _share(lambda df: float(_num(df, "Lbs Culled").sum() / _mf_picked(df).sum())),
            _share(
                lambda df: float(_num(df, "Lbs Culled").sum() / _mf_picked(df)[_num(df, "Lbs Culled").notna()].sum())
            ),
            _share(lambda df: float((_num(df, "Lbs Culled") / _mf_picked(df)).mean())),
        ),
        ("Lbs Culled", "Lbs Picked"),
    ),
    Q(
        "average pick on the first flush vs the third",
        either(
            _both_about(*(lambda df, f=f: float(_mf_picked(df)[df["Flush"] == f].mean()) for f in (1, 3))),
            _both_about(*(lambda df, f=f: float(_mf_picked(df)[df["Flush"] == f].median()) for f in (1, 3))),
        ),
        ("Flush", "Lbs Picked"),
    ),
    Q("which month was our best", _month_year(_mf_best_month), ("Harvest Date", "Lbs Picked")),
    Q(
        "how many rows are missing the cull weight",
        _count(lambda df: int(_num(df, "Lbs Culled").isna().sum())),
        ("Lbs Culled",),
    ),
]


# --- 3. Fire department incident runs ------------------------------------------------------------------------------

# type: share, firefighters range, chance of a loss, mutual aid chance
_FD_TYPES = {"EMS": (60, (2, 4), 0.0, 0.02), "Alarm": (18, (3, 6), 0.02, 0.01)}
_FD_TYPES |= {"Fire": (10, (4, 12), 0.8, 0.25), "Vehicle": (12, (3, 6), 0.5, 0.03)}
# station: engines, mean response minutes, share of runs
_FD_STATIONS = {
    "Station 1": (["E1", "M1", "L1"], 5.5, 4),
    "Station 2": (["E2", "M2"], 6.5, 3),
    "Station 3": (["E3", "M3"], 7.0, 2),
    "Station 4": (["E4", "T4"], 10.5, 1),
}


def _fire_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34503)
    rows: list[dict[str, Any]] = []
    serial = {2023: 0, 2024: 0}
    for day in pd.date_range("2023-01-01", "2024-12-31", freq="D"):
        for _ in range(int(rng.poisson(2.2))):
            kind = str(_one(rng, list(_FD_TYPES), [v[0] for v in _FD_TYPES.values()]))
            _, (lo, hi), loss_p, aid_p = _FD_TYPES[kind]
            station = str(_one(rng, list(_FD_STATIONS), [v[2] for v in _FD_STATIONS.values()]))
            engines, minutes, _ = _FD_STATIONS[station]
            serial[day.year] += 1
            dispatch = day + pd.Timedelta(seconds=int(rng.integers(0, 23 * 3600)))
            arrive = dispatch + pd.Timedelta(seconds=int(60 * max(1.5, rng.gamma(6.0, minutes / 6.0))))
            cancelled = kind == "Alarm" and rng.random() < 0.2
            loss = 0.0
            if rng.random() < loss_p:
                loss = round(float(rng.lognormal(8.5 if kind == "Fire" else 7.5, 1.3)), -2)
            label = kind.upper() if rng.random() < 0.04 else kind + (" " if rng.random() < 0.03 else "")
            rows.append(
                {
                    "Incident #": f"{day.year % 100}-{serial[day.year]:06d}",
                    "Date": f"{day:%m/%d/%Y}",
                    "Dispatch Time": f"{dispatch:%H:%M:%S}",
                    "Arrival Time": "" if cancelled else f"{arrive:%H:%M:%S}",
                    "Incident Type": label,
                    "Station": station,
                    "Engine": str(_one(rng, engines)),
                    "Firefighters": int(rng.integers(lo, hi + 1)),
                    "Property Loss": f"${loss:,.0f}",
                    "Mutual Aid": "Y" if rng.random() < aid_p else "N",
                }
            )
    return pd.DataFrame(rows)


def _fd_type(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Incident Type").str.upper()


def _fd_minutes(df: pd.DataFrame) -> pd.Series:
    start = pd.to_timedelta(_text(df, "Dispatch Time").replace("", None))
    end = pd.to_timedelta(_text(df, "Arrival Time").replace("", None))
    return (end - start).dt.total_seconds() / 60


def _fd_slowest(how: str) -> Callable[[pd.DataFrame], str]:
    return lambda df: _best(_fd_minutes(df).groupby(_text(df, "Station")).agg(how))


_FD_QS = [
    Q("how many calls were ems", _count(lambda df: int((_fd_type(df) == "EMS").sum())), ("Incident Type",)),
    Q("what's our average response time", _typical(_fd_minutes), ("Dispatch Time", "Arrival Time")),
    Q(
        "which station takes the longest to get there",
        _either_named(_fd_slowest("mean"), _fd_slowest("median")),
        ("Station", "Dispatch Time", "Arrival Time"),
    ),
    Q(
        "total property loss in 2024",
        _amount(lambda df: float(_num(df, "Property Loss")[_date(df, "Date", "%m/%d/%Y").dt.year == 2024].sum())),
        ("Property Loss", "Date"),
    ),
    Q("how often do we call in mutual aid", _share(lambda df: float(_flag(df, "Mutual Aid").mean())), ("Mutual Aid",)),
    Q(
        "and on fire calls?",
        _share(lambda df: float(_flag(df, "Mutual Aid")[_fd_type(df) == "FIRE"].mean())),
        ("Mutual Aid", "Incident Type"),
    ),
]


# --- 4. Propane deliveries -----------------------------------------------------------------------------------------

_PR_BUSINESSES = ["Corner Cafe", "Hillside Church", "Miller Greenhouses", "Valley Vet Clinic", "Lakeview Motel"]
_PR_DRIVERS = ["Dale Hutchins", "Rick Sorensen", "Tammy Voss", "Luis Ortega"]


def _propane_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34504)
    customers = []
    for i in range(260):
        name = (
            _PR_BUSINESSES[i] if i < len(_PR_BUSINESSES) else f"{_one(rng, _LAST).upper()}, {_one(rng, _FIRST).upper()}"
        )
        tank = int(_one(rng, [100, 250, 500, 1000], [2, 3, 6, 1]))
        if i < len(_PR_BUSINESSES):
            tank = 1000
        auto = rng.random() < 0.55
        route = f"Route {int(rng.integers(1, 6))}"
        customers.append((name, tank, auto, route, float(rng.uniform(0.0, 0.25))))
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2023-09-01", "2024-08-31", freq="D"):
        if day.dayofweek == 6:
            continue
        winter = day.month in (11, 12, 1, 2, 3)
        for _ in range(int(rng.poisson(9 if winter else 3))):
            name, tank, auto, route, late_p = customers[int(rng.integers(0, len(customers)))]
            before = float(rng.uniform(0.2, 0.4)) if auto else float(rng.uniform(0.05, 0.35))
            gallons = max(5.0, tank * (0.8 - before) + float(rng.normal(0, 3)))
            price = (3.099 if winter else 2.699) - (0.3 if tank >= 500 else 0.0) + float(rng.normal(0, 0.06))
            rows.append(
                {
                    "Delivery Date": f"{day.month}/{day.day}/{day.year}",
                    "Customer": name,
                    "Tank Size (gal)": tank,
                    "Gallons Delivered": round(gallons, 1),
                    "Price/Gal": f"${price:.3f}",
                    "% Before Fill": f"{round(100 * before)}%",
                    "Driver": str(_one(rng, _PR_DRIVERS, [4, 3, 3, 1])),
                    "Route": route,
                    "Auto-Fill": "Y" if auto else "N",
                    "Past Due": "Y" if rng.random() < late_p else "N",
                }
            )
    return pd.DataFrame(rows)


def _pr_gal(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Gallons Delivered")


def _pr_before(auto: str, how: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_num(df, "% Before Fill")[_text(df, "Auto-Fill") == auto].agg(how))


_PR_QS = [
    Q(
        "how many gallons went out in january",
        _amount(
            lambda df: float(_pr_gal(df)[_date(df, "Delivery Date", "%m/%d/%Y").dt.to_period("M") == "2024-01"].sum())
        ),
        ("Gallons Delivered", "Delivery Date"),
    ),
    Q(
        "average price per gallon?",
        either(
            _has(lambda df: float(_num(df, "Price/Gal").mean()), rel=0.003),
            _has(lambda df: float(_num(df, "Price/Gal").median()), rel=0.003),
            _has(lambda df: float((_num(df, "Price/Gal") * _pr_gal(df)).sum() / _pr_gal(df).sum()), rel=0.003),
        ),
        ("Price/Gal", "Gallons Delivered"),
    ),
    Q(
        "which driver hauled the most",
        _either_named(
            lambda df: _best(_pr_gal(df).groupby(_text(df, "Driver")).sum()),
            lambda df: _best(_text(df, "Driver").value_counts()),
        ),
        ("Driver", "Gallons Delivered"),
    ),
    Q(
        "how many customers are past due",
        either(
            _count(lambda df: int(_text(df, "Customer")[_flag(df, "Past Due")].nunique())),
            _count(lambda df: int(_flag(df, "Past Due").sum())),
        ),
        ("Customer", "Past Due"),
    ),
    Q(
        "do auto fill customers let their tanks get lower than will-call before we fill",
        either(
            _both_about(_pr_before("Y", "mean"), _pr_before("N", "mean")),
            _both_about(_pr_before("Y", "median"), _pr_before("N", "median")),
        ),
        ("% Before Fill", "Auto-Fill"),
    ),
    Q(
        "total revenue for the year",
        _amount(lambda df: float((_num(df, "Price/Gal") * _pr_gal(df)).sum())),
        ("Gallons Delivered", "Price/Gal", "Delivery Date"),
    ),
]


# --- 5. Seed germination tests -------------------------------------------------------------------------------------

# crop: varieties, germination rate, days to sprout
_SG_CROPS = {
    "Tomato": (["Cherokee Purple", "Roma", "Early Girl", "Brandywine"], 0.9, 6.5),
    "Pepper": (["California Wonder", "Jalapeno M", "Hungarian Wax"], 0.82, 10.5),
    "Lettuce": (["Buttercrunch", "Black Seeded Simpson", "Romaine Parris Island"], 0.93, 4.0),
    "Sweet Corn": (["Golden Bantam", "Silver Queen"], 0.88, 6.0),
    "Bean": (["Blue Lake 274", "Provider", "Kentucky Wonder"], 0.91, 7.0),
    "Squash": (["Black Beauty Zucchini", "Waltham Butternut"], 0.86, 7.5),
}
_SG_TECHS = ["A. Patel", "J. Moreno", "K. Olsen", "R. Chen"]


def _seed_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34505)
    rows: list[dict[str, Any]] = []
    lots = []
    for n in range(380):
        crop = str(_one(rng, list(_SG_CROPS)))
        lots.append((f"SL24-{100 + n * 3 + int(rng.integers(0, 3)):04d}", crop, str(_one(rng, _SG_CROPS[crop][0]))))
    for lot, crop, variety in lots:
        quality = float(np.clip(rng.normal(_SG_CROPS[crop][1], 0.07), 0.4, 0.99))
        warehouse = str(_one(rng, ["North", "South", "Main"], [3, 2, 4]))
        day = pd.Timestamp("2024-01-02") + pd.Timedelta(days=int(rng.integers(0, 330)))
        tests = 2 if rng.random() < 0.15 else 1
        for t in range(tests):
            planted = int(_one(rng, [100, 200, 400], [3, 5, 2]))
            sprouted = int(rng.binomial(planted, quality))
            rows.append(
                {
                    "Lot #": lot,
                    "Crop": crop,
                    "Variety": variety,
                    "Test Date": f"{day + pd.Timedelta(days=30 * t):%Y-%m-%d}",
                    "Seeds Planted": planted,
                    "Seeds Sprouted": sprouted,
                    "Days to Sprout": ""
                    if rng.random() < 0.05
                    else round(max(2.0, _SG_CROPS[crop][2] + float(rng.normal(0, 1.2))), 1),
                    "Lab Tech": str(_one(rng, _SG_TECHS)),
                    "Passed": "Y" if sprouted / planted >= 0.8 else "N",
                    "Warehouse": warehouse,
                }
            )
    frame = pd.DataFrame(rows)
    return frame.sort_values("Test Date", kind="stable").reset_index(drop=True)


def _sg_rate(df: pd.DataFrame) -> pd.Series:
    return df["Seeds Sprouted"] / df["Seeds Planted"]


def _sg_failed(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Passed").str.upper() == "N"


_SG_QS = [
    Q(
        "how many lots did we test",
        either(_count(lambda df: int(_text(df, "Lot #").nunique())), _count(lambda df: len(df))),
        ("Lot #",),
    ),
    Q(
        "overall germination rate?",
        either(
            _share(lambda df: float(df["Seeds Sprouted"].sum() / df["Seeds Planted"].sum())),
            _share(lambda df: float(_sg_rate(df).mean())),
        ),
        ("Seeds Sprouted", "Seeds Planted"),
    ),
    Q(
        "which crop germinates the worst",
        _either_named(
            lambda df: _best(
                df.groupby("Crop")["Seeds Sprouted"].sum() / df.groupby("Crop")["Seeds Planted"].sum(), True
            ),
            lambda df: _best(_sg_rate(df).groupby(_text(df, "Crop")).mean(), True),
        ),
        ("Crop", "Seeds Sprouted", "Seeds Planted"),
    ),
    Q("how many tests failed", _count(lambda df: int(_sg_failed(df).sum())), ("Passed",)),
    Q(
        "which warehouse had the most of those",
        _either_named(
            lambda df: _best(_sg_failed(df).groupby(_text(df, "Warehouse")).sum()),
            lambda df: _best(_sg_failed(df).groupby(_text(df, "Warehouse")).mean()),
        ),
        ("Warehouse", "Passed"),
    ),
    Q(
        "how many days do peppers take to come up",
        _typical(lambda df: _num(df, "Days to Sprout")[_text(df, "Crop") == "Pepper"]),
        ("Days to Sprout", "Crop"),
    ),
]


# --- 6. Home inspections -------------------------------------------------------------------------------------------

_HI_CITIES = {"Springfield": 5, "Riverton": 3, "Maple Grove": 3, "Oak Hill": 2, "Fairview": 2, "Cedar Falls": 1}
_HI_STREETS = ["Oak St", "Maple Ave", "Elm Dr", "Pine Ct", "Cedar Ln", "Main St", "Park Ave", "Hillcrest Rd"]
_HI_INSPECTORS = ["Mike Dawson", "Sarah Kline", "Tom Beckett"]


def _inspection_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34506)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2023-01-02", "2024-12-31", freq="D"):
        if day.dayofweek == 6:
            continue
        spring = day.month in (4, 5, 6, 7)
        for _ in range(int(rng.poisson(1.3 if spring else 0.8))):
            built = int(np.clip(rng.normal(1978, 25), 1890, 2023))
            sqft = int(np.clip(rng.normal(1900, 600), 700, 5200)) // 10 * 10
            radon = rng.random() < 0.45
            fee = 350 + 25 * max(0, (sqft - 1500) // 500) + (150 if radon else 0)
            inspector = str(_one(rng, _HI_INSPECTORS, [4, 3, 2]))
            picky = 1.2 if inspector == "Tom Beckett" else 1.0
            defects = int(rng.poisson(picky * (8 + 0.18 * (2024 - built))))
            major = int(rng.binomial(defects, 0.04 + 0.001 * (2024 - built)))
            lag = int(rng.choice([0, 1, 1, 1, 2, 2, 3, 5]))
            sent = day + pd.Timedelta(days=lag)
            if sent > pd.Timestamp("2024-12-31") or rng.random() < 0.01:
                sent = None
            rows.append(
                {
                    "Inspection Date": f"{day:%m/%d/%Y}",
                    "Address": f"{int(rng.integers(100, 9999))} {_one(rng, _HI_STREETS)}",
                    "City": str(_one(rng, list(_HI_CITIES), list(_HI_CITIES.values()))),
                    "Sq Ft": sqft,
                    "Year Built": built,
                    "Fee": f"${fee:,.2f}",
                    "Radon Test": "Y" if radon else "N",
                    "Defects Found": defects,
                    "Major Defects": major,
                    "Inspector": inspector,
                    "Report Sent": "" if sent is None else f"{sent:%m/%d/%Y}",
                }
            )
    return pd.DataFrame(rows)


def _hi_days(df: pd.DataFrame) -> pd.Series:
    sent = _date(df, "Report Sent", "%m/%d/%Y")
    return (sent - _date(df, "Inspection Date", "%m/%d/%Y")).dt.days.dropna()


_HI_QS = [
    Q(
        "how many inspections did we do in 2024",
        _count(lambda df: int((_date(df, "Inspection Date", "%m/%d/%Y").dt.year == 2024).sum())),
        ("Inspection Date",),
    ),
    Q("what do we charge on average", _typical(lambda df: _num(df, "Fee"), rel=0.005), ("Fee",)),
    Q(
        "do older houses have more problems",
        _corr(lambda df: df["Year Built"], lambda df: df["Defects Found"]),
        ("Year Built", "Defects Found"),
    ),
    Q("what percent of clients added radon", _share(lambda df: float(_flag(df, "Radon Test").mean())), ("Radon Test",)),
    Q(
        "which inspector finds the most major stuff per house",
        _lead(_named(lambda df: _best(df["Major Defects"].groupby(_text(df, "Inspector")).mean()))),
        ("Inspector", "Major Defects"),
    ),
    Q(
        "how long does it usually take to get the report out",
        either(_typical(_hi_days), _about(lambda df: float(_hi_days(df).mode().iloc[0]))),
        ("Inspection Date", "Report Sent"),
    ),
]


# --- 7. Charter fishing trips --------------------------------------------------------------------------------------

_CF_CAPTAINS = ["Capt. Ray Boudreaux", "Capt. Jenny Holt", "Capt. Wes Tatum"]
# species: weight, typical weight lbs
_CF_SPECIES = {
    "Red Snapper": (5, 8.0),
    "Vermilion Snapper": (4, 2.0),
    "Gag Grouper": (2, 14.0),
    "King Mackerel": (2, 18.0),
    "Amberjack": (1, 25.0),
    "Mahi": (2, 12.0),
}


def _charter_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34507)
    rows: list[dict[str, Any]] = []
    for year in (2023, 2024):
        for day in pd.date_range(f"{year}-03-01", f"{year}-10-31", freq="D"):
            summer = day.month in (6, 7, 8)
            if rng.random() > (0.95 if summer else 0.8 if day.dayofweek >= 5 else 0.5):
                continue
            for full in [rng.random() < 0.4] + ([False] if summer and rng.random() < 0.5 else []):
                rows.append(_charter_trip(rng, day, full))
    return pd.DataFrame(rows)


def _charter_trip(rng: np.random.Generator, day: pd.Timestamp, full: bool) -> dict[str, Any]:
    anglers = int(rng.integers(2, 7))
    cancelled = rng.random() < (0.14 if day.month in (3, 4, 9, 10) else 0.07)
    price = 1200 if full else 650
    row: dict[str, Any] = {
        "Trip Date": f"{day:%Y-%m-%d}",
        "Captain": str(_one(rng, _CF_CAPTAINS, [4, 3, 2])),
        "Trip Length": "Full Day" if full else "Half Day",
        "Anglers": anglers,
        "Fish Kept": "",
        "Fish Released": "",
        "Largest Fish (lbs)": "",
        "Species Most Caught": "",
        "Price": f"${price:,}",
        "Tip": "",
        "Cancelled - Weather": "Y" if cancelled else "N",
    }
    if not cancelled:
        species = str(_one(rng, list(_CF_SPECIES), [v[0] for v in _CF_SPECIES.values()]))
        caught = int(rng.poisson(anglers * (5.5 if full else 3.0)))
        kept = int(rng.binomial(caught, 0.55))
        tip = 0 if rng.random() < 0.12 else int(round(price * float(rng.uniform(0.1, 0.25)) / 10) * 10)
        row |= {
            "Fish Kept": kept,
            "Fish Released": caught - kept,
            "Largest Fish (lbs)": round(_CF_SPECIES[species][1] * float(rng.lognormal(0.2, 0.35)), 1),
            "Species Most Caught": species,
            "Tip": f"${tip}" if tip else "",
        }
    return row


def _cf_ran(df: pd.DataFrame) -> pd.Series:
    return ~_flag(df, "Cancelled - Weather")


def _cf_fish(df: pd.DataFrame) -> pd.Series:
    return (_num(df, "Fish Kept") + _num(df, "Fish Released"))[_cf_ran(df)]


def _cf_fish_by(length: str, how: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_cf_fish(df)[_text(df, "Trip Length")[_cf_ran(df)] == length].agg(how))


def _cf_biggest(df: pd.DataFrame) -> pd.Series:
    return df.loc[_num(df, "Largest Fish (lbs)").idxmax()]


def _cf_tip_share(df: pd.DataFrame) -> list[float]:
    ran = _cf_ran(df)
    tip, price = _num(df, "Tip")[ran], _num(df, "Price")[ran]
    tipped = tip.notna()
    return [
        float(tip.sum() / price.sum()),
        float(tip.sum() / price[tipped].sum()),
        float((tip.fillna(0) / price).mean()),
        float((tip / price).mean()),
    ]


_CF_QS = [
    Q(
        "how many trips got weathered out",
        _count(lambda df: int(_flag(df, "Cancelled - Weather").sum())),
        ("Cancelled - Weather",),
    ),
    Q(
        "how many fish do we catch on a typical trip",
        either(
            _typical(_cf_fish),
            _about(lambda df: float(_cf_fish(df).sum() / len(df))),
        ),
        ("Fish Kept", "Fish Released", "Cancelled - Weather"),
    ),
    Q(
        "full day vs half day, how many fish",
        either(
            _both_about(_cf_fish_by("Full Day", "mean"), _cf_fish_by("Half Day", "mean")),
            _both_about(_cf_fish_by("Full Day", "median"), _cf_fish_by("Half Day", "median")),
            _both_about(_cf_fish_by("Full Day", "sum"), _cf_fish_by("Half Day", "sum")),
        ),
        ("Trip Length", "Fish Kept", "Fish Released"),
    ),
    Q(
        "what do we catch most",
        _either_named(
            lambda df: str(_text(df, "Species Most Caught").replace("", None).dropna().value_counts().idxmax()),
        ),
        ("Species Most Caught",),
    ),
    Q(
        "biggest fish anybody landed and whose boat was it",
        both(
            _about(lambda df: float(_num(df, "Largest Fish (lbs)").max()), rel=0.002),
            _named(lambda df: str(_cf_biggest(df)["Captain"]).replace("Capt. ", "")),
        ),
        ("Largest Fish (lbs)", "Captain"),
    ),
    Q(
        "how much do people tip as a percent of the trip price",
        either(*(_share(lambda df, i=i: _cf_tip_share(df)[i]) for i in range(4))),
        ("Tip", "Price", "Cancelled - Weather"),
    ),
]


HELDOUT345 = [
    Dataset("cattle_sale_barn_lots", _cattle_frame, _CB_QS),
    Dataset("mushroom_farm_harvest_log", _mushroom_frame, _MF_QS),
    Dataset("fire_department_incident_runs", _fire_frame, _FD_QS),
    Dataset("propane_company_deliveries", _propane_frame, _PR_QS),
    Dataset("seed_company_germination_tests", _seed_frame, _SG_QS),
    Dataset("home_inspector_inspections", _inspection_frame, _HI_QS),
    Dataset("charter_boat_trips", _charter_frame, _CF_QS),
]
