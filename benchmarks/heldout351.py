"""HELDOUT351: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of the spreadsheet a small outfit keeps. A feed store's register tape (2024,
one row per line, several lines per sale) with "Trans #" (a five-digit number repeated across a sale's lines), Date
as "03/15/2024", Item (a bagged product such as "Layer Pellets 50 lb"), Category (Poultry, Horse, Dog, Cattle; now
and then upper case), Bags, "Unit Price" as "$18.99" (by item, a few cents off now and then), "Customer Type"
(Walk-In, Farm Account; farm accounts buy more bags) and "Payment Method" (Cash, Card, Check, Charge; charge only on
farm accounts, one per sale). A hardware store's special orders (2024, one row per order) with "SO #" as "SO-4417",
"Order Date", "Received Date" and "Picked Up Date" as "3/4/2024" (received blank while on order, picked up blank
while waiting on the shelf), Customer as "First Last", Vendor, Item, Qty, "Cost Each" and "Retail Each" as "$12.50"
and "Customer Called" (Y/N, blank until received). A dumpster rental company's rentals (2023 and 2024, one row per
rental) with "Rental ID" as "R23-0412", Size as "20 YD" (10, 15, 20, 30, 40 YD), "Drop Date" and "Pickup Date" as
"2024-05-02" (pickup blank while still out), Tons (blank until weighed, bigger cans heavier, roofing and concrete
heavier), "Overage Fee" as "$85.00" ("$0.00" when under the size's allowance, blank while out), "Customer Type"
(Residential, Contractor), Town and "Debris Type" (C&D, Household, Yard Waste, Roofing, Concrete). A water taxi's
trip log (May to September 2024, one row per run) with Date as "06/14/2024", Boat, Captain, "Depart Stop" and
"Arrive Stop" (five landings), "Depart Time" as "2:35 PM", Passengers, "Fare Collected" as "$84.00" ($7 a rider,
$2 a bike, some kids and passes free), Bikes and Weather (Sunny, Cloudy, Rain, Windy; now and then upper case; fewer
riders in rain). A church's weekly offering count sheet (2022 to 2024, one row per service, a TOTAL row at the
bottom) with "Week Of" as "1/7/2024", Service ("8:00 AM", "10:30 AM", "Saturday 5:00 PM"), Attendance, Envelopes,
"Loose Cash" and Checks as "$1,234.50", "Online Giving" (the week's online total, on the 10:30 row only, blank on the
others), "Special Collection" (blank most weeks) and Total. A scout troop's popcorn sales (September to November
2024, one row per sale entry, scouts repeated) with Scout as "First L.", Rank (Scout to Eagle), Product (Butter
Microwave, Kettle Corn, Caramel Corn, Chocolate Pretzels, Military Donation), Containers, Price as "$20.00" (by
product), "Sale Type" (Show and Sell, Take Order, Online), "Money Turned In" as "$120.00" (blank on online sales,
which are paid online, and short now and then on the others) and Date as "9/21/2024". And a pool hall's table time
log (January to June 2024, one row per rental) with Date as "2024-02-10", "Table #" (1 to 14), "Table Type" (9ft
Pool, 7ft Bar Box, Snooker), "Start Time" and "End Time" as "19:42" (past midnight now and then), Players, "Hourly
Rate" as "$14.00" (by type, cheaper on league night), "League Night" (Y/N, Tuesdays and Thursdays) and "Amount
Charged" as "$23.33" (time times rate, half an hour at least). All are generated with a fixed seed.
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
from .offline_eval import Check, Dataset, Q, both, either, month_names
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one


def _money(x: float) -> str:
    return f"${x:,.2f}"


def _both_about(*values: Callable[[pd.DataFrame], float], rel: float = 0.01) -> Check:
    """Every value appears (each to within `rel`, or rounded to one decimal)."""
    return _about(lambda df: [float(v(df)) for v in values], rel=rel)


def _month(value: Callable[[pd.DataFrame], Any]) -> Check:
    """A month by name ("March", "Mar"), the data covering a single year."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        m = int(value(df))
        if re.search(rf"\b(?:{month_names(m)})\b", answer, re.IGNORECASE):
            return None
        return f"missing month {m}"

    return check


def _hour(value: Callable[[pd.DataFrame], Any]) -> Check:
    """An hour of the day: "14:00", "2 PM", "2pm", "2:00 p.m.", "2-3 PM"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        h = int(value(df))
        h12 = 12 if h % 12 == 0 else h % 12
        half = "pm|p\\.m\\." if h >= 12 else "am|a\\.m\\."
        patterns = [
            rf"(?<![\d:.]){h}:00",
            rf"(?<![\d:.]){h:02d}:00",
            rf"(?<![\d:.]){h12}(?::00)?\s*(?:-|–|to)?\s*(?:\d{{1,2}}(?::00)?)?\s*(?:{half})",
            rf"\bhour\s+{h}\b",
        ]
        if any(re.search(p, answer, re.IGNORECASE) for p in patterns):
            return None
        return f"missing hour {h}"

    return check


# --- 1. Feed store register tape -----------------------------------------------------------------------------------

_FS_ITEMS = {
    "Layer Pellets 50 lb": ("Poultry", 17.99),
    "Chick Starter 25 lb": ("Poultry", 13.49),
    "Scratch Grains 50 lb": ("Poultry", 15.99),
    "Sweet Feed 50 lb": ("Horse", 19.99),
    "Senior Horse 50 lb": ("Horse", 27.49),
    "Timothy Pellets 40 lb": ("Horse", 21.99),
    "Adult Dog 40 lb": ("Dog", 42.99),
    "Puppy Chow 30 lb": ("Dog", 38.49),
    "Cattle Cubes 50 lb": ("Cattle", 16.49),
    "Calf Starter 50 lb": ("Cattle", 22.99),
    "Mineral Block 50 lb": ("Cattle", 11.99),
}


def _feed_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35101)
    rows: list[dict[str, Any]] = []
    trans = 20417
    items = list(_FS_ITEMS)
    weights = [5, 3, 3, 3, 2, 2, 2, 1, 3, 1.5, 2]
    days = pd.date_range("2024-01-02", "2024-12-31", freq="D")
    days = days[days.day_of_week != 6]
    for day in sorted(days[rng.integers(0, len(days), 1300)]):
        farm = rng.random() < 0.3
        ctype = "Farm Account" if farm else "Walk-In"
        if farm:
            pay = _one(rng, ["Charge", "Check", "Card", "Cash"], [5, 2, 3, 1])
        else:
            pay = _one(rng, ["Cash", "Card", "Check"], [4, 6, 1])
        spring = 1.4 if day.month in (3, 4, 5) else 1.0
        for _ in range(int(rng.integers(1, 4))):
            item = str(_one(rng, items, weights))
            cat, price = _FS_ITEMS[item]
            if rng.random() < 0.04:
                price = round(price - 0.5, 2)
            bags = int(rng.integers(2, 16) if farm else rng.integers(1, 4))
            bags = max(1, round(bags * spring * (1.3 if cat == "Cattle" and farm else 1.0)))
            rows.append(
                {
                    "Trans #": trans,
                    "Date": f"{day:%m/%d/%Y}",
                    "Item": item,
                    "Category": cat.upper() if rng.random() < 0.05 else cat,
                    "Bags": bags,
                    "Unit Price": _money(price),
                    "Customer Type": ctype,
                    "Payment Method": pay,
                }
            )
        trans += int(rng.integers(1, 3))
    return pd.DataFrame(rows)


def _fs_sales(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Bags") * _num(df, "Unit Price")


def _fs_cat(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Category").str.title()


def _fs_top_cat(df: pd.DataFrame) -> str:
    return _top(_fs_sales(df).groupby(_fs_cat(df)).sum())


def _fs_cash_share(how: str) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        cash = _text(df, "Payment Method") == "Cash"
        if how == "dollars":
            return float(_fs_sales(df)[cash].sum() / _fs_sales(df).sum())
        if how == "sales":
            return float(df.loc[cash, "Trans #"].nunique() / df["Trans #"].nunique())
        return float(cash.mean())

    return value


def _fs_month(how: str) -> Callable[[pd.DataFrame], int]:
    def value(df: pd.DataFrame) -> int:
        month = _date(df, "Date", "%m/%d/%Y").dt.month
        if how == "bags":
            return int(_num(df, "Bags").groupby(month).sum().idxmax())
        if how == "dollars":
            return int(_fs_sales(df).groupby(month).sum().idxmax())
        if how == "sales":
            return int(df["Trans #"].groupby(month).nunique().idxmax())
        return int(month.value_counts().sort_index().idxmax())

    return value


def _fs_bags_by_type(ctype: str, per_sale: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        mine = _text(df, "Customer Type") == ctype
        bags = _num(df, "Bags")[mine]
        if per_sale:
            return float(bags.groupby(df.loc[mine, "Trans #"]).sum().mean())
        return float(bags.mean())

    return value


_FS_QS = [
    Q("how many bags did we sell this year", _count(lambda df: int(_num(df, "Bags").sum())), ("Bags",)),
    Q(
        "which kind of animal feed brings in the most money",
        _lead(_named(_fs_top_cat)),
        ("Category", "Bags", "Unit Price"),
    ),
    Q(
        "how much was that",
        _amount(lambda df: float(_fs_sales(df).groupby(_fs_cat(df)).sum().max())),
        ("Category", "Bags", "Unit Price"),
    ),
    Q(
        "what share of sales are paid in cash",
        either(_share(_fs_cash_share("dollars")), _share(_fs_cash_share("sales")), _share(_fs_cash_share("lines"))),
        ("Payment Method", "Trans #", "Bags", "Unit Price"),
    ),
    Q(
        "busiest month?",
        either(*(_month(_fs_month(h)) for h in ("bags", "dollars", "sales", "lines"))),
        ("Date", "Bags", "Unit Price", "Trans #"),
    ),
    Q(
        "do farm accounts buy more bags at a time than walk ins",
        either(
            _both_about(_fs_bags_by_type("Farm Account", False), _fs_bags_by_type("Walk-In", False)),
            _both_about(_fs_bags_by_type("Farm Account", True), _fs_bags_by_type("Walk-In", True)),
        ),
        ("Customer Type", "Bags", "Trans #"),
    ),
]


# --- 2. Hardware store special orders ------------------------------------------------------------------------------

_HW_VENDORS = {"Do it Best": 6, "Orgill": 9, "Emery Jensen": 12, "Hillman": 5, "Milwaukee Tool": 15}
_HW_ITEMS = {
    "Do it Best": [("Storm Door 36in", 189.0), ("Mailbox Post", 42.0), ("Shop Vac 12 gal", 88.0)],
    "Orgill": [("Ceiling Fan 52in", 96.0), ("Water Heater Element", 14.5), ("Garage Door Opener", 162.0)],
    "Emery Jensen": [("Pipe Threader Die", 61.0), ("Brass Ball Valve 2in", 38.0), ("Sump Pump 1/2 HP", 118.0)],
    "Hillman": [("Stainless Eye Bolt Kit", 9.75), ("Key Blank Box", 23.0), ("Anchor Assortment", 17.25)],
    "Milwaukee Tool": [("M18 Impact Driver", 129.0), ("Sawzall Blade 25pk", 47.0), ("M12 Battery 2-Pack", 79.0)],
}


def _hw_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35102)
    rows: list[dict[str, Any]] = []
    end = pd.Timestamp("2024-12-31")
    for i in range(640):
        ordered = pd.Timestamp("2024-01-02") + pd.Timedelta(days=int(rng.integers(0, 364)))
        vendor = str(_one(rng, list(_HW_VENDORS), [4, 3, 2, 2, 2]))
        item, cost = _HW_ITEMS[vendor][int(rng.integers(3))]
        cost = round(cost * float(rng.uniform(0.95, 1.05)), 2)
        retail = round(cost * float(rng.uniform(1.3, 1.75)), 2) - 0.01
        lead = max(1, int(rng.normal(_HW_VENDORS[vendor], 3)))
        received = ordered + pd.Timedelta(days=lead)
        got = received <= end and rng.random() > 0.03
        pickup_days = int(rng.exponential(6))
        picked = received + pd.Timedelta(days=pickup_days)
        took = got and picked <= end and rng.random() > 0.08
        called = ("Y" if rng.random() < 0.8 or took else "N") if got else ""
        rows.append(
            {
                "SO #": f"SO-{4100 + i}",
                "Order Date": f"{ordered.month}/{ordered.day}/{ordered.year}",
                "Customer": f"{_one(rng, _FIRST)} {_one(rng, _LAST)}",
                "Vendor": vendor,
                "Item": item,
                "Qty": int(_one(rng, [1, 1, 1, 2, 2, 3, 4, 6, 10])),
                "Cost Each": _money(cost),
                "Retail Each": _money(retail),
                "Received Date": f"{received.month}/{received.day}/{received.year}" if got else "",
                "Picked Up Date": f"{picked.month}/{picked.day}/{picked.year}" if took else "",
                "Customer Called": called,
            }
        )
    return pd.DataFrame(rows)


def _hw_waiting(df: pd.DataFrame) -> pd.Series:
    return (_text(df, "Received Date") != "") & (_text(df, "Picked Up Date") == "")


def _hw_slowest(how: str) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        days = (_date(df, "Received Date", "%m/%d/%Y") - _date(df, "Order Date", "%m/%d/%Y")).dt.days
        return _top(days.groupby(_text(df, "Vendor")).agg(how))

    return value


def _hw_markup(how: str) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        cost, retail, qty = _num(df, "Cost Each"), _num(df, "Retail Each"), _num(df, "Qty")
        if how == "row":
            return float(((retail - cost) / cost).mean())
        if how == "total":
            return float(((retail - cost) * qty).sum() / (cost * qty).sum())
        if how == "margin":
            return float(((retail - cost) / retail).mean())
        return float(((retail - cost) * qty).sum() / (retail * qty).sum())

    return value


_HW_QS = [
    Q(
        "how many special orders are still waiting to come in",
        _count(lambda df: int((_text(df, "Received Date") == "").sum())),
        ("Received Date", "SO #"),
    ),
    Q(
        "which supplier takes the longest to deliver",
        _either_named(_hw_slowest("mean"), _hw_slowest("median")),
        ("Vendor", "Order Date", "Received Date"),
    ),
    Q(
        "whats our average markup on these",
        either(*(_share(_hw_markup(h)) for h in ("row", "total", "margin", "margin_total"))),
        ("Cost Each", "Retail Each", "Qty"),
    ),
    Q(
        "how many orders came in but nobody has picked them up",
        _count(lambda df: int(_hw_waiting(df).sum())),
        ("Received Date", "Picked Up Date", "SO #"),
    ),
    Q(
        "of those how many customers havent been called",
        _count(lambda df: int((_hw_waiting(df) & ~_flag(df, "Customer Called")).sum())),
        ("Received Date", "Picked Up Date", "Customer Called", "SO #", "Customer"),
    ),
    Q(
        "total retail value of everything that has been picked up",
        _amount(lambda df: float((_num(df, "Qty") * _num(df, "Retail Each"))[_text(df, "Picked Up Date") != ""].sum())),
        ("Qty", "Retail Each", "Picked Up Date"),
    ),
]


# --- 3. Dumpster rentals -------------------------------------------------------------------------------------------

_DR_SIZES = {10: 1.5, 15: 2.0, 20: 3.0, 30: 4.0, 40: 5.0}
_DR_DEBRIS = {"C&D": 1.0, "Household": 0.7, "Yard Waste": 0.6, "Roofing": 1.5, "Concrete": 2.2}
_DR_TOWNS = ["Millbrook", "Cedar Falls", "Ashland", "Riverton", "Glenwood", "Oak Hill"]


def _dumpster_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35103)
    rows: list[dict[str, Any]] = []
    end = pd.Timestamp("2024-12-31")
    for i in range(1150):
        drop = pd.Timestamp("2023-01-03") + pd.Timedelta(days=int(rng.integers(0, 728)))
        contractor = rng.random() < 0.45
        size = int(_one(rng, list(_DR_SIZES), [2, 2, 5, 3, 1.5] if contractor else [3, 3, 4, 1, 0.3]))
        debris = str(_one(rng, list(_DR_DEBRIS), [5, 0.5, 0.5, 3, 1.5] if contractor else [1.5, 5, 2.5, 1.5, 0.5]))
        keep = max(1, int(rng.gamma(2.0, 3.5 if contractor else 2.5)))
        pickup = drop + pd.Timedelta(days=keep)
        out = pickup > end
        allow = _DR_SIZES[size]
        tons = float(np.clip(size / 20 * 2.4 * _DR_DEBRIS[debris] * rng.lognormal(0, 0.3), 0.2, 12))
        fee = max(0.0, tons - allow) * 85
        fee = round(np.ceil(fee / 5) * 5, 2) if fee > 0 else 0.0
        rows.append(
            {
                "Rental ID": f"R{drop.year % 100}-{i + 101:04d}",
                "Size": f"{size} YD",
                "Drop Date": f"{drop:%Y-%m-%d}",
                "Pickup Date": "" if out else f"{pickup:%Y-%m-%d}",
                "Tons": "" if out else round(tons, 2),
                "Overage Fee": "" if out else _money(fee),
                "Customer Type": "Contractor" if contractor else "Residential",
                "Town": str(_one(rng, _DR_TOWNS, [5, 3, 3, 2, 2, 1])),
                "Debris Type": debris,
            }
        )
    return pd.DataFrame(rows)


_DR_ALIASES = {f"{s} YD": (f"{s}-yard", f"{s} yard", f"{s} yd", f"{s}yd", f"{s}-yd") for s in _DR_SIZES}


def _dr_size(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Size").str.upper()


def _dr_days(df: pd.DataFrame) -> pd.Series:
    return (_date(df, "Pickup Date", "%Y-%m-%d") - _date(df, "Drop Date", "%Y-%m-%d")).dt.days


def _dr_overage_rate(ctype: str, done_only: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        mine = _text(df, "Customer Type") == ctype
        if done_only:
            mine &= _text(df, "Overage Fee") != ""
        return float((_num(df, "Overage Fee")[mine].fillna(0) > 0).mean())

    return value


_DR_QS = [
    Q(
        "what size dumpster gets rented the most",
        _lead(_named(lambda df: _top(_dr_size(df).value_counts()), _DR_ALIASES)),
        ("Size", "Rental ID"),
    ),
    Q(
        "average tons per dumpster for each size",
        _about(lambda df: _num(df, "Tons").groupby(_dr_size(df)).mean().to_numpy()),
        ("Size", "Tons"),
    ),
    Q("how long do people keep them", _typical(_dr_days), ("Drop Date", "Pickup Date")),
    Q(
        "how much have we made in overage fees",
        _amount(lambda df: float(_num(df, "Overage Fee").sum())),
        ("Overage Fee",),
    ),
    Q(
        "which town do we rent to most",
        _lead(_named(lambda df: _top(_text(df, "Town").value_counts()))),
        ("Town", "Rental ID"),
    ),
    Q(
        "are contractors more likely to get hit with an overage fee than homeowners",
        either(
            both(_share(_dr_overage_rate("Contractor", True)), _share(_dr_overage_rate("Residential", True))),
            both(_share(_dr_overage_rate("Contractor", False)), _share(_dr_overage_rate("Residential", False))),
        ),
        ("Customer Type", "Overage Fee"),
    ),
]


# --- 4. Water taxi trip log ----------------------------------------------------------------------------------------

_WT_STOPS = ["Harbor Point", "Fish Pier", "Old Town", "Convention Center", "Island Park"]
_WT_WEATHER = {"Sunny": 1.0, "Cloudy": 0.85, "Windy": 0.7, "Rain": 0.45}


def _taxi_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35104)
    rows: list[dict[str, Any]] = []
    boats = {"Miss Molly": ["Dave Reyes", "Tom Berg"], "Sea Otter": ["Ann Kowalski", "Tom Berg"]}
    boats["Harbor Hopper"] = ["Luis Ortega", "Ann Kowalski"]
    for day in pd.date_range("2024-05-01", "2024-09-30", freq="D"):
        weather = str(_one(rng, list(_WT_WEATHER), [5, 3, 1.5, 1.5]))
        weekend = day.day_of_week >= 5
        for boat, caps in boats.items():
            captain = caps[int(rng.integers(2))] if rng.random() < 0.7 else caps[0]
            stop = int(rng.integers(len(_WT_STOPS)))
            minute = 10 * 60 + int(rng.integers(0, 30))
            while minute < 21 * 60 and rng.random() > 0.04:
                nxt = (stop + int(rng.integers(1, len(_WT_STOPS)))) % len(_WT_STOPS)
                hour = minute / 60
                peak = 1.0 + 0.9 * np.exp(-((hour - 17.5) ** 2) / 2) + 0.4 * np.exp(-((hour - 12.5) ** 2) / 2)
                lam = 9 * peak * _WT_WEATHER[weather] * (1.3 if weekend else 1.0)
                pax = int(min(rng.poisson(lam), 40))
                bikes = int(rng.binomial(pax, 0.06 if weather != "Rain" else 0.02)) if pax else 0
                free = int(rng.binomial(pax, 0.12)) if pax else 0
                h = minute // 60
                rows.append(
                    {
                        "Date": f"{day:%m/%d/%Y}",
                        "Boat": boat,
                        "Captain": captain,
                        "Depart Stop": _WT_STOPS[stop],
                        "Arrive Stop": _WT_STOPS[nxt],
                        "Depart Time": f"{(h - 1) % 12 + 1}:{minute % 60:02d} {'PM' if h >= 12 else 'AM'}",
                        "Passengers": pax,
                        "Fare Collected": _money(7 * (pax - free) + 2 * bikes),
                        "Bikes": bikes,
                        "Weather": weather.upper() if rng.random() < 0.04 else weather,
                    }
                )
                stop = nxt
                minute += int(rng.integers(35, 80))
    return pd.DataFrame(rows)


def _wt_hour(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Depart Time"), format="%I:%M %p", errors="coerce").dt.hour


def _wt_busiest_hour(by_riders: bool) -> Callable[[pd.DataFrame], int]:
    def value(df: pd.DataFrame) -> int:
        if by_riders:
            return int(_num(df, "Passengers").groupby(_wt_hour(df)).sum().idxmax())
        return int(_wt_hour(df).value_counts().sort_index().idxmax())

    return value


def _wt_weather(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Weather").str.title()


_WT_QS = [
    Q(
        "how many people rode the water taxi this season",
        _count(lambda df: int(_num(df, "Passengers").sum())),
        ("Passengers",),
    ),
    Q(
        "which captain carried the most passengers",
        _lead(_named(lambda df: _top(_num(df, "Passengers").groupby(_text(df, "Captain")).sum()))),
        ("Captain", "Passengers"),
    ),
    Q(
        "what time of day is busiest",
        either(_hour(_wt_busiest_hour(True)), _hour(_wt_busiest_hour(False))),
        ("Depart Time", "Passengers"),
    ),
    Q(
        "how much do we collect per rider on average",
        either(
            _about(lambda df: float(_num(df, "Fare Collected").sum() / _num(df, "Passengers").sum())),
            _about(
                lambda df: float((_num(df, "Fare Collected") / _num(df, "Passengers").where(lambda s: s > 0)).mean())
            ),
        ),
        ("Fare Collected", "Passengers"),
    ),
    Q(
        "how many riders do we average per trip when it rains",
        _typical(lambda df: _num(df, "Passengers")[_wt_weather(df) == "Rain"]),
        ("Passengers", "Weather"),
    ),
    Q(
        "and when its sunny?",
        _typical(lambda df: _num(df, "Passengers")[_wt_weather(df) == "Sunny"]),
        ("Passengers", "Weather"),
    ),
]


# --- 5. Church offering count sheet --------------------------------------------------------------------------------

_CH_SERVICES = {"8:00 AM": 70, "10:30 AM": 185, "Saturday 5:00 PM": 95}


def _church_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35105)
    rows: list[dict[str, Any]] = []
    totals = dict.fromkeys(["Attendance", "Envelopes", "Loose Cash", "Checks", "Online Giving", "Special"], 0.0)
    for week in pd.date_range("2022-01-02", "2024-12-29", freq="W-SUN"):
        year_lift = 1.0 + 0.04 * (week.year - 2022)
        holiday = 1.6 if (week.month == 12 and week.day >= 18) or (week.month == 4 and week.day <= 16) else 1.0
        summer = 0.8 if week.month in (7, 8) else 1.0
        special = float(round(rng.uniform(300, 1500), 2)) if rng.random() < 0.15 else None
        online = float(round(rng.normal(2100, 300) * (1 + 0.12 * (week.year - 2022)), 2))
        for service, base in _CH_SERVICES.items():
            att = max(10, int(rng.normal(base, base * 0.12) * holiday * summer))
            per = att * year_lift
            env = round(per * float(rng.uniform(8, 12)), 2)
            loose = round(per * float(rng.uniform(0.8, 2.2)), 2)
            checks = round(per * float(rng.uniform(3, 6)), 2)
            on = online if service == "10:30 AM" else None
            spec = round(special * att / 350, 2) if special is not None else None
            total = env + loose + checks + (on or 0) + (spec or 0)
            for k, v in zip(totals, [att, env, loose, checks, on or 0, spec or 0], strict=True):
                totals[k] += v
            rows.append(
                {
                    "Week Of": f"{week.month}/{week.day}/{week.year}",
                    "Service": service,
                    "Attendance": att,
                    "Envelopes": _money(env),
                    "Loose Cash": _money(loose),
                    "Checks": _money(checks),
                    "Online Giving": _money(on) if on is not None else "",
                    "Special Collection": _money(spec) if spec is not None else "",
                    "Total": _money(total),
                }
            )
    grand = sum(v for k, v in totals.items() if k != "Attendance")
    rows.append(
        {
            "Week Of": "TOTAL",
            "Service": "",
            "Attendance": int(totals["Attendance"]),
            "Envelopes": _money(totals["Envelopes"]),
            "Loose Cash": _money(totals["Loose Cash"]),
            "Checks": _money(totals["Checks"]),
            "Online Giving": _money(totals["Online Giving"]),
            "Special Collection": _money(totals["Special"]),
            "Total": _money(grand),
        }
    )
    return pd.DataFrame(rows)


def _ch_rows(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Service") != ""


def _ch_week(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Week Of", "%m/%d/%Y")


def _ch_year_totals(with_special: bool) -> Callable[[pd.DataFrame], Any]:
    def value(df: pd.DataFrame) -> Any:
        ok = _ch_rows(df)
        total = _num(df, "Total")[ok]
        if not with_special:
            total = total - _num(df, "Special Collection")[ok].fillna(0)
        return total.groupby(_ch_week(df)[ok].dt.year).sum().to_numpy()

    return value


def _ch_plate(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Envelopes") + _num(df, "Loose Cash") + _num(df, "Checks")


_CH_QS = [
    Q(
        "what was total giving in 2023",
        either(
            _amount(lambda df: float(_ch_year_totals(True)(df)[1])),
            _amount(lambda df: float(_ch_year_totals(False)(df)[1])),
        ),
        ("Week Of", "Total", "Special Collection"),
    ),
    Q(
        "which service has the best attendance on average",
        _lead(_named(lambda df: _top(_num(df, "Attendance")[_ch_rows(df)].groupby(_text(df, "Service")).mean()))),
        ("Service", "Attendance"),
    ),
    Q(
        "how much comes in online per week",
        _typical(lambda df: _num(df, "Online Giving")[_ch_rows(df)].dropna()),
        ("Online Giving", "Week Of"),
    ),
    Q(
        "is giving going up or down year to year",
        either(_amount(_ch_year_totals(True)), _amount(_ch_year_totals(False))),
        ("Week Of", "Total", "Special Collection"),
    ),
    Q(
        "how many weeks had a special collection",
        either(
            _count(lambda df: int(_ch_week(df)[_ch_rows(df) & (_num(df, "Special Collection") > 0)].nunique())),
            _count(lambda df: int((_ch_rows(df) & (_num(df, "Special Collection") > 0)).sum())),
        ),
        ("Special Collection", "Week Of"),
    ),
    Q(
        "do bigger crowds put more in the plate",
        either(
            _corr(lambda df: _num(df, "Attendance")[_ch_rows(df)], lambda df: _ch_plate(df)[_ch_rows(df)]),
            _corr(lambda df: _num(df, "Attendance")[_ch_rows(df)], lambda df: _num(df, "Total")[_ch_rows(df)]),
            _corr(
                lambda df: _num(df, "Attendance")[_ch_rows(df)],
                lambda df: (_num(df, "Envelopes") + _num(df, "Loose Cash"))[_ch_rows(df)],
            ),
        ),
        ("Attendance", "Envelopes", "Loose Cash", "Checks", "Total"),
    ),
]


# --- 6. Scout troop popcorn sales ----------------------------------------------------------------------------------

_PC_PRODUCTS = {
    "Butter Microwave": 20.0,
    "Kettle Corn": 20.0,
    "Caramel Corn": 15.0,
    "Chocolate Pretzels": 30.0,
    "Military Donation": 50.0,
}
_PC_RANKS = {"Scout": 0.6, "Tenderfoot": 0.8, "Second Class": 0.9, "First Class": 1.1, "Star": 1.3, "Life": 1.7}
_PC_RANKS["Eagle"] = 1.2


def _popcorn_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35106)
    rows: list[dict[str, Any]] = []
    firsts = rng.permutation(_FIRST)[:34]
    scouts = [(f"{f} {_one(rng, _LAST)[0]}.", str(_one(rng, list(_PC_RANKS), [5, 5, 4, 4, 3, 3, 1]))) for f in firsts]
    zeal = rng.lognormal(0, 0.5, len(scouts))
    days = pd.date_range("2024-09-01", "2024-11-15", freq="D")
    while len(rows) < 900:
        k = int(rng.integers(len(scouts)))
        if rng.random() > zeal[k] / zeal.max():
            continue
        name, rank = scouts[k]
        stype = str(_one(rng, ["Show and Sell", "Take Order", "Online"], [4, 4, 2]))
        product = str(_one(rng, list(_PC_PRODUCTS), [5, 4, 3, 2, 1]))
        price = _PC_PRODUCTS[product]
        n = max(1, int(rng.poisson(2.5 * _PC_RANKS[rank])))
        due = n * price
        if stype == "Online":
            paid = ""
        else:
            short = rng.random() < 0.1
            paid = _money(due - price * int(rng.integers(1, n + 1)) if short else due)
        day = days[int(rng.integers(len(days)))]
        rows.append(
            {
                "Scout": name,
                "Rank": rank,
                "Product": product,
                "Containers": n,
                "Price": _money(price),
                "Sale Type": stype,
                "Money Turned In": paid,
                "Date": f"{day.month}/{day.day}/{day.year}",
            }
        )
    return pd.DataFrame(rows)


def _pc_sales(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Containers") * _num(df, "Price")


def _pc_owed(skip_online: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        ok = _text(df, "Sale Type") != "Online" if skip_online else _text(df, "Scout") != ""
        return float(_pc_sales(df)[ok].sum() - _num(df, "Money Turned In")[ok].fillna(0).sum())

    return value


def _pc_online_share(how: str) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        online = _text(df, "Sale Type") == "Online"
        w = {"dollars": _pc_sales(df), "containers": _num(df, "Containers")}.get(how, pd.Series(1.0, index=df.index))
        return float(w[online].sum() / w.sum())

    return value


def _pc_best_rank(how: str) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        amount = _pc_sales(df) if how == "dollars" else _num(df, "Containers")
        per_scout = amount.groupby([_text(df, "Rank"), _text(df, "Scout")]).sum()
        return _top(per_scout.groupby(level=0).mean())

    return value


_PC_QS = [
    Q(
        "who sold the most popcorn",
        _either_named(
            lambda df: _top(_num(df, "Containers").groupby(_text(df, "Scout")).sum()),
            lambda df: _top(_pc_sales(df).groupby(_text(df, "Scout")).sum()),
        ),
        ("Scout", "Containers", "Price"),
    ),
    Q(
        "how much did the troop sell in dollars",
        _amount(lambda df: float(_pc_sales(df).sum())),
        ("Containers", "Price"),
    ),
    Q(
        "how much of that is still owed",
        either(_amount(_pc_owed(True)), _amount(_pc_owed(False))),
        ("Containers", "Price", "Money Turned In", "Sale Type"),
    ),
    Q(
        "most popular flavor?",
        _either_named(
            lambda df: _top(_num(df, "Containers").groupby(_text(df, "Product")).sum()),
            lambda df: _top(_text(df, "Product").value_counts()),
        ),
        ("Product", "Containers"),
    ),
    Q(
        "what percent of sales were online",
        either(*(_share(_pc_online_share(h)) for h in ("dollars", "containers", "rows"))),
        ("Sale Type", "Containers", "Price"),
    ),
    Q(
        "which rank sells the most per scout",
        _either_named(_pc_best_rank("containers"), _pc_best_rank("dollars")),
        ("Rank", "Scout", "Containers", "Price"),
    ),
]


# --- 7. Pool hall table time log -----------------------------------------------------------------------------------

_PH_TYPES = {"9ft Pool": 14.0, "7ft Bar Box": 10.0, "Snooker": 18.0}


def _pool_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35107)
    rows: list[dict[str, Any]] = []
    tables = {n: "9ft Pool" if n <= 8 else ("7ft Bar Box" if n <= 12 else "Snooker") for n in range(1, 15)}
    busy = {0: 0.5, 1: 1.0, 2: 0.8, 3: 1.0, 4: 1.5, 5: 1.7, 6: 0.9}
    for day in pd.date_range("2024-01-01", "2024-06-30", freq="D"):
        league = day.day_of_week in (1, 3)
        for _ in range(int(rng.poisson(18 * busy[day.day_of_week]))):
            table = int(rng.integers(1, 15))
            ttype = tables[table]
            start = 12 * 60 + int(rng.integers(0, 12 * 60))
            if league and rng.random() < 0.6:
                start = 19 * 60 + int(rng.integers(0, 30))
            minutes = int(np.clip(rng.gamma(2.5, 35), 15, 300)) if not league else int(rng.normal(150, 30))
            end = start + minutes
            rate = _PH_TYPES[ttype] - (4.0 if league else 0.0)
            players = int(_one(rng, [2, 2, 2, 3, 4], None)) if not league else int(_one(rng, [2, 4, 4, 5]))
            charged = rate * max(minutes, 30) / 60
            rows.append(
                {
                    "Date": f"{day:%Y-%m-%d}",
                    "Table #": table,
                    "Table Type": ttype,
                    "Start Time": f"{start // 60 % 24:02d}:{start % 60:02d}",
                    "End Time": f"{end // 60 % 24:02d}:{end % 60:02d}",
                    "Players": players,
                    "Hourly Rate": _money(rate),
                    "League Night": "Y" if league else "N",
                    "Amount Charged": _money(charged),
                }
            )
    return pd.DataFrame(rows)


def _ph_minutes(df: pd.DataFrame) -> pd.Series:
    def mins(col: str) -> pd.Series:
        parts = _text(df, col).str.split(":", expand=True).astype(float)
        return parts[0] * 60 + parts[1]

    return (mins("End Time") - mins("Start Time")) % (24 * 60)


def _ph_busiest_day(how: str) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        day = _date(df, "Date", "%Y-%m-%d").dt.day_name()
        if how == "money":
            return _top(_num(df, "Amount Charged").groupby(day).sum())
        if how == "time":
            return _top(_ph_minutes(df).groupby(day).sum())
        return _top(day.value_counts())

    return value


_PH_QS = [
    Q(
        "how much did we take in on tables",
        _amount(lambda df: float(_num(df, "Amount Charged").sum())),
        ("Amount Charged",),
    ),
    Q(
        "how long does a typical table rental last",
        either(
            _typical(_ph_minutes),
            _typical(lambda df: _ph_minutes(df) / 60),
        ),
        ("Start Time", "End Time"),
    ),
    Q(
        "which type of table makes the most money",
        _lead(_named(lambda df: _top(_num(df, "Amount Charged").groupby(_text(df, "Table Type")).sum()))),
        ("Table Type", "Amount Charged"),
    ),
    Q(
        "on league nights how many players per table on average",
        _about(lambda df: float(_num(df, "Players")[_flag(df, "League Night")].mean())),
        ("Players", "League Night"),
    ),
    Q(
        "and on other nights?",
        _about(lambda df: float(_num(df, "Players")[~_flag(df, "League Night")].mean())),
        ("Players", "League Night"),
    ),
    Q(
        "what day of the week are we busiest",
        either(*(_weekday(_ph_busiest_day(h)) for h in ("rentals", "money", "time"))),
        ("Date", "Amount Charged", "Start Time", "End Time"),
    ),
]


HELDOUT351 = [
    Dataset("feed_store_register_tape", _feed_frame, _FS_QS),
    Dataset("hardware_special_orders", _hw_frame, _HW_QS),
    Dataset("dumpster_rentals", _dumpster_frame, _DR_QS),
    Dataset("water_taxi_trip_log", _taxi_frame, _WT_QS),
    Dataset("church_offering_count_sheet", _church_frame, _CH_QS),
    Dataset("scout_popcorn_sales", _popcorn_frame, _PC_QS),
    Dataset("pool_hall_table_log", _pool_frame, _PH_QS),
]
