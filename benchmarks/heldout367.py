"""HELDOUT367: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of the spreadsheet a small outfit keeps: a yoga studio's class roster (2024,
one row per class) with "Class Date" as "03/14/2024", "Class Time" as "6:00 AM", Style (Vinyasa, Yin, Hot; now and
then upper case), Teacher, Spots (room size: 20 for Hot, 24 for Yin, 30 for Vinyasa), Booked (never above Spots),
"Checked In" (at most Booked, blank when the teacher forgot to take the roll), "Drop-Ins" and "Drop-In Price" as
"$22.00" ($25.00 for Hot). A cattle ranch's calving book (2020 to 2024 spring calving, one row per calf) with "Tag #"
as "24-017" (year and running number), "Dam Tag" (a cow's tag, repeated across years), "Birth Date" as "3/14/2024",
Sex (B for bull, H for heifer), "Birth Wt (lbs)", "Calving Ease" (1 unassisted to 5 c-section; heavier calves harder),
"Wean Date" and "Wean Wt (lbs)" (both blank for calves lost before weaning) and Pasture (North, Creek, Hill, Home). A
restaurant's nightly covers (2023 and 2024, closed Mondays, one row per open day) with Date as "2024-03-14", Day
("Thu"), "Lunch Covers", "Dinner Covers" (weekends busiest), "Lunch Check Avg" and "Dinner Check Avg" as "$18.50",
Comps, Voids and "Servers On" (more on busy nights). A print-on-demand shop's order lines (2024, one row per line, so
an order id repeats) with "Order ID" as "#10432", "Order Date" as "2024-03-14 14:22", Item (T-Shirt, Hoodie, Mug),
Size (S to 2XL, "One Size" for mugs), Qty, "Unit Price" as "24.99", Shipping (per order, on its first line, "0.00"
on the others), "Discount Code" (blank, WELCOME10, SPOOKY15, HOLIDAY20) and Returned (Y/N; hoodies most). A solar
installer's projects (2021 to 2024, one row per project) with Project as "SOL-2022-014", City, "System Size (kW)",
Panels (size over 0.4 kW a panel), "Permit Date", "Install Date" and "Inspection Date" as "2022-05-14" (inspection
blank for recent jobs still waiting), "Contract Price" as "$24,500" (about $3 a watt), Rebate as "$1,000" (blank when
none) and Financed (Yes/No). A marina's slip rentals (four seasons: "Summer 2023", "Winter 2023-24", "Summer 2024",
"Winter 2024-25", one row per slip a season) with Slip as "B-07", Dock (A to E; E has the big slips), "Boat Length
(ft)" (blank when the slip sat empty), Season, "Rate/Ft" as "$68.00" (by dock and season, winter cheaper), Electric
(Y/N), "Electric Fee" as "$350.00" ("$0.00" without), "Paid in Full" (Yes/No, blank when empty) and Liveaboard (Y/N).
And a haunted house attraction's nights (2015 to 2024, mid September to November 2, one row per open night) with
Date as "10/14/2024", Weekday ("Friday"), "Tickets - General", "Tickets - Fast Pass", "General Price" and "Fast Pass
Price" as "$29.99" (up a dollar or two most years), Walkouts (more with more scare actors), "Scare Actors" and "Peak
Wait (min)" (longest on Saturdays and near Halloween). All are generated with a fixed seed.
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
from .heldout358 import _money, _yes
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_names as _month_names
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _label(value: Callable[[pd.DataFrame], str]) -> Check:
    return _lead(_named(value))


def _day_of(value: Callable[[pd.DataFrame], Any]) -> Check:
    """A calendar day: "October 31, 2020", "Oct 31 2020", "31 October 2020", "2020-10-31" or "10/31/2020"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        t = pd.Timestamp(value(df))
        names = _month_names(t.month)
        patterns = [
            rf"\b(?:{names})\.?\s+0?{t.day}(?:st|nd|rd|th)?,?\s+{t.year}\b",
            rf"\b0?{t.day}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{names})\.?,?\s+{t.year}\b",
            rf"\b{t.year}-0?{t.month}-0?{t.day}\b",
            rf"(?<![\d/])0?{t.month}/0?{t.day}/{t.year}\b",
        ]
        if any(re.search(p, answer, re.IGNORECASE) for p in patterns):
            return None
        return f"missing day {t:%Y-%m-%d}"

    return check


# --- 1. Yoga studio class roster -----------------------------------------------------------------------------------

# style: spots, drop-in price, typical fill
_YO_STYLES = {"Vinyasa": (30, 22.0, 0.72), "Yin": (24, 22.0, 0.55), "Hot": (20, 25.0, 0.85)}
_YO_TEACHERS = ["Maya", "Priya", "Jordan", "Elena", "Sam", "Keiko"]
_YO_TIMES = ["6:00 AM", "9:30 AM", "12:00 PM", "5:30 PM", "7:15 PM"]


def _yoga_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36701)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2024-01-01", "2024-12-31"):
        times = _YO_TIMES if day.dayofweek < 5 else _YO_TIMES[1:3]
        for time in times:
            style = str(_one(rng, list(_YO_STYLES), [5, 3, 4]))
            spots, price, fill = _YO_STYLES[style]
            peak = 1.15 if time in ("5:30 PM", "7:15 PM") else 0.9 if time == "12:00 PM" else 1.0
            jan = 1.2 if day.month == 1 else 1.0
            booked = int(min(spots, rng.binomial(spots, min(0.98, fill * peak * jan))))
            noshow = float(rng.uniform(0.05, 0.2)) * (1.5 if time == "6:00 AM" else 1.0)
            checked = int(rng.binomial(booked, 1 - noshow))
            teacher = str(_one(rng, _YO_TEACHERS))
            rows.append(
                {
                    "Class Date": f"{day:%m/%d/%Y}",
                    "Class Time": time,
                    "Style": style.upper() if rng.random() < 0.04 else style,
                    "Teacher": teacher,
                    "Spots": spots,
                    "Booked": booked,
                    "Checked In": None if rng.random() < 0.03 else checked,
                    "Drop-Ins": int(rng.poisson(2.2 if style == "Hot" else 1.5)),
                    "Drop-In Price": _money(price),
                }
            )
    frame = pd.DataFrame(rows)
    return frame.astype({"Checked In": "Int64"})


def _yo_style(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Style").str.title()


def _yo_show(df: pd.DataFrame) -> pd.Series:
    ok = _num(df, "Checked In").notna()
    return _num(df, "Checked In")[ok] / _num(df, "Booked")[ok]


_YO_QS = [
    Q("how many classes did we run this year", _count(lambda df: len(df)), ("Class Date", "Class Time")),
    Q(
        "which style gets the most people checking in per class",
        _label(lambda df: _top(_num(df, "Checked In").groupby(_yo_style(df)).mean())),
        ("Checked In", "Style"),
    ),
    Q(
        "what percent of people who book actually show up",
        either(
            _share(
                lambda df: float(
                    _num(df, "Checked In").sum() / _num(df, "Booked")[_num(df, "Checked In").notna()].sum()
                )
            ),
            _share(lambda df: float(_yo_show(df).mean())),
        ),
        ("Checked In", "Booked"),
    ),
    Q(
        "how much money came in from drop ins",
        _amount(lambda df: float((_num(df, "Drop-Ins") * _num(df, "Drop-In Price")).sum())),
        ("Drop-Ins", "Drop-In Price"),
    ),
    Q(
        "which teacher has the most no-shows",
        either(
            _label(lambda df: _top((_num(df, "Booked") - _num(df, "Checked In")).groupby(_text(df, "Teacher")).sum())),
            _label(lambda df: _top((_num(df, "Booked") - _num(df, "Checked In")).groupby(_text(df, "Teacher")).mean())),
        ),
        ("Teacher", "Booked", "Checked In"),
    ),
    Q(
        "how many classes are missing the check-in count",
        _count(lambda df: int(_num(df, "Checked In").isna().sum())),
        ("Checked In",),
    ),
]


# --- 2. Calving records --------------------------------------------------------------------------------------------

_CA_PASTURES = {"North": 0.0, "Creek": 15.0, "Hill": -20.0, "Home": 5.0}


def _calving_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36702)
    rows: list[dict[str, Any]] = []
    cows = [f"{int(x)}" for x in rng.choice(np.arange(100, 999), size=320, replace=False)]
    for year in range(2020, 2025):
        herd = rng.choice(cows, size=int(rng.integers(230, 290)), replace=False)
        births = pd.Timestamp(f"{year}-02-20") + pd.to_timedelta(np.sort(rng.gamma(4, 9, len(herd))), unit="D")
        wean_day = pd.Timestamp(f"{year}-10-{int(rng.integers(8, 20))}")
        for k, (dam, born) in enumerate(zip(herd, births, strict=True), start=1):
            born = born.normalize()
            sex = "B" if rng.random() < 0.51 else "H"
            bw = round(float(rng.normal(82 if sex == "B" else 76, 9)))
            ease = int(np.clip(round(1 + max(0.0, (bw - 80) / 9) + rng.normal(0, 0.7)), 1, 5))
            pasture = str(_one(rng, list(_CA_PASTURES), [4, 3, 2, 2]))
            lost = rng.random() < (0.03 + 0.04 * (ease >= 4))
            days = (wean_day - born).days
            ww = round(bw + days * float(rng.normal(2.2, 0.25)) + _CA_PASTURES[pasture] + (25 if sex == "B" else 0))
            rows.append(
                {
                    "Tag #": f"{year % 100}-{k:03d}",
                    "Dam Tag": dam,
                    "Birth Date": f"{born.month}/{born.day}/{born.year}",
                    "Sex": sex,
                    "Birth Wt (lbs)": bw,
                    "Calving Ease": ease,
                    "Wean Date": None if lost else f"{wean_day.month}/{wean_day.day}/{wean_day.year}",
                    "Wean Wt (lbs)": None if lost else ww,
                    "Pasture": pasture,
                }
            )
    return pd.DataFrame(rows).astype({"Wean Wt (lbs)": "Int64"})


def _ca_born(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Birth Date", "%m/%d/%Y")


_CA_QS = [
    Q(
        "how many calves were born in 2023",
        _count(lambda df: int((_ca_born(df).dt.year == 2023).sum())),
        ("Birth Date", "Tag #"),
    ),
    Q(
        "average birth weight for bulls vs heifers",
        _about(lambda df: _num(df, "Birth Wt (lbs)").groupby(_text(df, "Sex")).mean().to_numpy()),
        ("Birth Wt (lbs)", "Sex"),
    ),
    Q(
        "what share of calvings needed help, like ease score 3 or worse",
        _share(lambda df: float((_num(df, "Calving Ease") >= 3).mean())),
        ("Calving Ease",),
    ),
    Q(
        "are heavier calves harder to pull? correlation",
        _corr(lambda df: _num(df, "Birth Wt (lbs)"), lambda df: _num(df, "Calving Ease")),
        ("Birth Wt (lbs)", "Calving Ease"),
    ),
    Q(
        "which pasture weans the heaviest calves",
        _label(lambda df: _top(_num(df, "Wean Wt (lbs)").groupby(_text(df, "Pasture")).mean())),
        ("Wean Wt (lbs)", "Pasture"),
    ),
    Q(
        "how many calves never got a weaning weight",
        _count(lambda df: int(_num(df, "Wean Wt (lbs)").isna().sum())),
        ("Wean Wt (lbs)",),
    ),
]


# --- 3. Restaurant nightly covers ----------------------------------------------------------------------------------


def _covers_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36703)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2023-01-01", "2024-12-31"):
        if day.dayofweek == 0:
            continue
        boost = {4: 1.35, 5: 1.5, 6: 1.1}.get(day.dayofweek, 1.0)
        season = 1.0 + 0.15 * np.sin(2 * np.pi * (day.dayofyear - 100) / 365) + (0.2 if day.month == 12 else 0.0)
        lunch = int(rng.poisson(55 * season * (1.2 if day.dayofweek >= 5 else 1.0)))
        dinner = int(rng.poisson(95 * season * boost))
        servers = int(np.clip(round((lunch + dinner) / 28 + rng.normal(0, 0.6)), 2, 9))
        year_up = 1.0 if day.year == 2023 else 1.06
        rows.append(
            {
                "Date": f"{day:%Y-%m-%d}",
                "Day": f"{day:%a}",
                "Lunch Covers": lunch,
                "Dinner Covers": dinner,
                "Lunch Check Avg": _money(float(rng.normal(18.5, 1.4)) * year_up),
                "Dinner Check Avg": _money(float(rng.normal(42.0, 3.0)) * year_up * (1.05 if boost > 1.2 else 1.0)),
                "Comps": int(rng.poisson(2)),
                "Voids": int(rng.poisson(1.2)),
                "Servers On": servers,
            }
        )
    return pd.DataFrame(rows)


def _co_date(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Date", "%Y-%m-%d")


def _co_total(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Lunch Covers") + _num(df, "Dinner Covers")


def _co_dinner_day(how: str) -> Callable[[pd.DataFrame], str]:
    def pick(df: pd.DataFrame) -> str:
        return _top(getattr(_num(df, "Dinner Covers").groupby(_co_date(df).dt.day_name()), how)())

    return pick


def _weekday_of(value: Callable[[pd.DataFrame], str]) -> Check:
    def check(answer: str, df: pd.DataFrame) -> str | None:
        name = value(df)
        return None if re.search(rf"\b{name[:3]}(?:{name[3:]})?s?\b", answer, re.IGNORECASE) else f"missing {name}"

    return _lead(check)


_CO_QS = [
    Q(
        "whats the busiest night of the week for dinner",
        either(_weekday_of(_co_dinner_day("mean")), _weekday_of(_co_dinner_day("sum"))),
        ("Dinner Covers", "Day", "Date"),
    ),
    Q(
        "how many covers total did we do in 2024",
        _count(lambda df: int(_co_total(df)[_co_date(df).dt.year == 2024].sum())),
        ("Lunch Covers", "Dinner Covers", "Date"),
    ),
    Q(
        "what does a dinner guest typically spend",
        either(
            _typical(lambda df: _num(df, "Dinner Check Avg")),
            _about(
                lambda df: float(
                    (_num(df, "Dinner Check Avg") * _num(df, "Dinner Covers")).sum() / _num(df, "Dinner Covers").sum()
                )
            ),
        ),
        ("Dinner Check Avg", "Dinner Covers"),
    ),
    Q(
        "roughly how much did dinner bring in over the whole two years",
        _amount(lambda df: float((_num(df, "Dinner Check Avg") * _num(df, "Dinner Covers")).sum())),
        ("Dinner Check Avg", "Dinner Covers"),
    ),
    Q(
        "which month had the most covers",
        _month_year(lambda df: _co_total(df).groupby(_co_date(df).dt.to_period("M")).sum().idxmax().to_timestamp()),
        ("Lunch Covers", "Dinner Covers", "Date"),
    ),
    Q(
        "do we get more covers when more servers are on? correlation",
        either(
            _corr(_co_total, lambda df: _num(df, "Servers On")),
            _corr(lambda df: _num(df, "Dinner Covers"), lambda df: _num(df, "Servers On")),
        ),
        ("Servers On", "Lunch Covers", "Dinner Covers"),
    ),
]


# --- 4. Print-on-demand order lines --------------------------------------------------------------------------------

# item: price by size, return chance
_PO_ITEMS = {"T-Shirt": (24.99, 0.05), "Hoodie": (44.99, 0.11), "Mug": (16.99, 0.03)}
_PO_SIZES = ["S", "M", "L", "XL", "2XL"]
_PO_CODES = ["", "WELCOME10", "SPOOKY15", "HOLIDAY20"]


def _pod_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36704)
    rows: list[dict[str, Any]] = []
    days = pd.date_range("2024-01-01", "2024-12-31")
    weights = np.array([1.0 + (1.5 if d.month in (11, 12) else 0.0) + (0.6 if d.month == 10 else 0.0) for d in days])
    n_orders = 1500
    picks = np.sort(rng.choice(len(days), size=n_orders, p=weights / weights.sum()))
    for k, i in enumerate(picks):
        day = days[i]
        stamp = day + pd.Timedelta(minutes=int(rng.integers(6 * 60, 24 * 60)))
        code_p = [70, 10, 20 if day.month == 10 else 2, 20 if day.month in (11, 12) else 1]
        code = str(_one(rng, _PO_CODES, code_p))
        n_lines = int(_one(rng, [1, 2, 3], [6, 3, 1]))
        for line in range(n_lines):
            item = str(_one(rng, list(_PO_ITEMS), [5, 3, 2]))
            price, back = _PO_ITEMS[item]
            size = "One Size" if item == "Mug" else str(_one(rng, _PO_SIZES, [2, 4, 4, 2, 1]))
            if size == "2XL":
                price += 2.0
            rows.append(
                {
                    "Order ID": f"#{10001 + k}",
                    "Order Date": f"{stamp:%Y-%m-%d %H:%M}",
                    "Item": item,
                    "Size": size,
                    "Qty": int(_one(rng, [1, 2, 3, 4], [12, 4, 1, 1])),
                    "Unit Price": f"{price:.2f}",
                    "Shipping": f"{(0.0 if line else (4.99 if n_lines == 1 else 7.99)):.2f}",
                    "Discount Code": code,
                    "Returned": "Y" if rng.random() < back else "N",
                }
            )
    return pd.DataFrame(rows)


def _po_return(item: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_yes(df, "Returned")[_text(df, "Item") == item].mean())


def _po_dec(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Order Date").str.startswith("2024-12")


_PO_QS = [
    Q(
        "how many orders did we get",
        either(_count(lambda df: int(_text(df, "Order ID").nunique())), _count(lambda df: len(df))),
        ("Order ID",),
    ),
    Q(
        "whats our best seller",
        either(
            _label(lambda df: _top(_num(df, "Qty").groupby(_text(df, "Item")).sum())),
            _label(lambda df: _top(_text(df, "Item").value_counts())),
        ),
        ("Item", "Qty"),
    ),
    Q(
        "what percent of orders used a discount code",
        either(
            _share(lambda df: float((_text(df, "Discount Code") != "").groupby(_text(df, "Order ID")).any().mean())),
            _share(lambda df: float((_text(df, "Discount Code") != "").mean())),
        ),
        ("Discount Code", "Order ID"),
    ),
    Q("return rate on hoodies?", _share(_po_return("Hoodie")), ("Returned", "Item")),
    Q("and shirts", _share(_po_return("T-Shirt")), ("Returned", "Item")),
    Q(
        "how much did we sell in december",
        either(
            _amount(lambda df: float((_num(df, "Qty") * _num(df, "Unit Price"))[_po_dec(df)].sum())),
            _amount(
                lambda df: float(((_num(df, "Qty") * _num(df, "Unit Price")) + _num(df, "Shipping"))[_po_dec(df)].sum())
            ),
        ),
        ("Qty", "Unit Price", "Order Date", "Shipping"),
    ),
]


# --- 5. Solar installer projects -----------------------------------------------------------------------------------

_SO_CITIES = {"Fresno": 5, "Clovis": 3, "Visalia": 3, "Madera": 2, "Hanford": 2, "Selma": 1}


def _solar_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36705)
    rows: list[dict[str, Any]] = []
    for year in range(2021, 2025):
        n = int(rng.integers(95, 130))
        permits = np.sort(rng.choice(pd.date_range(f"{year}-01-04", f"{year}-12-10"), size=n))
        for k, permit in enumerate(permits, start=1):
            permit = pd.Timestamp(permit)
            panel_kw = 0.4 if year >= 2023 else 0.37
            panels = int(rng.integers(12, 36))
            kw = round(panels * panel_kw, 2)
            install = permit + pd.Timedelta(days=int(rng.gamma(3, 9)) + 7)
            inspect = install + pd.Timedelta(days=int(rng.gamma(2, 6)) + 2)
            waiting = inspect > pd.Timestamp("2024-12-15") or (year == 2024 and rng.random() < 0.05)
            price = round(kw * 1000 * float(rng.normal(3.05, 0.25)) / 100) * 100
            rebate = int(_one(rng, [0, 500, 1000, 1500], [5, 2, 3, 1]))
            rows.append(
                {
                    "Project": f"SOL-{year}-{k:03d}",
                    "City": str(_one(rng, list(_SO_CITIES), list(_SO_CITIES.values()))),
                    "System Size (kW)": kw,
                    "Panels": panels,
                    "Permit Date": f"{permit:%Y-%m-%d}",
                    "Install Date": f"{install:%Y-%m-%d}",
                    "Inspection Date": "" if waiting else f"{inspect:%Y-%m-%d}",
                    "Contract Price": f"${price:,.0f}",
                    "Rebate": "" if rebate == 0 else f"${rebate:,}",
                    "Financed": "Yes" if rng.random() < 0.45 else "No",
                }
            )
    return pd.DataFrame(rows)


def _so_days(df: pd.DataFrame) -> pd.Series:
    return (_date(df, "Install Date", "%Y-%m-%d") - _date(df, "Permit Date", "%Y-%m-%d")).dt.days


def _so_watt(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Contract Price") / (_num(df, "System Size (kW)") * 1000)


_SO_QS = [
    Q(
        "whats the average system size",
        _typical(lambda df: _num(df, "System Size (kW)")),
        ("System Size (kW)",),
    ),
    Q(
        "how long does it usually take from permit to install",
        _typical(_so_days),
        ("Permit Date", "Install Date"),
    ),
    Q(
        "what are we charging per watt on average",
        either(
            _typical(_so_watt),
            _about(lambda df: float(_num(df, "Contract Price").sum() / (_num(df, "System Size (kW)").sum() * 1000))),
        ),
        ("Contract Price", "System Size (kW)"),
    ),
    Q(
        "which city do we do the most jobs in",
        _label(lambda df: _top(_text(df, "City").value_counts())),
        ("City", "Project"),
    ),
    Q(
        "how many are still waiting on inspection",
        _count(lambda df: int((_text(df, "Inspection Date") == "").sum())),
        ("Inspection Date",),
    ),
    Q(
        "what share of customers financed",
        _share(lambda df: float(_yes(df, "Financed").mean())),
        ("Financed",),
    ),
]


# --- 6. Marina slip rentals ----------------------------------------------------------------------------------------

# dock: number of slips, boat length range, summer rate per foot
_MA_DOCKS = {"A": (30, (18, 28), 58.0), "B": (30, (22, 32), 62.0), "C": (28, (26, 38), 66.0)}
_MA_DOCKS |= {"D": (24, (30, 44), 72.0), "E": (16, (40, 65), 85.0)}
_MA_SEASONS = ["Summer 2023", "Winter 2023-24", "Summer 2024", "Winter 2024-25"]


def _marina_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36706)
    rows: list[dict[str, Any]] = []
    for s, season in enumerate(_MA_SEASONS):
        winter = season.startswith("Winter")
        for dock, (n, (lo, hi), rate) in _MA_DOCKS.items():
            season_rate = rate * (0.55 if winter else 1.0) * (1.05 if s >= 2 else 1.0)
            for slip in range(1, n + 1):
                empty = rng.random() < (0.22 if winter else 0.07)
                length = int(rng.integers(lo, hi + 1))
                live = (not empty) and rng.random() < (0.12 if dock in "DE" else 0.04)
                electric = (not empty) and (live or rng.random() < 0.6)
                fee = (250.0 if winter else 350.0) if electric else 0.0
                rows.append(
                    {
                        "Slip": f"{dock}-{slip:02d}",
                        "Dock": dock,
                        "Boat Length (ft)": None if empty else length,
                        "Season": season,
                        "Rate/Ft": _money(round(season_rate, 0)),
                        "Electric": "Y" if electric else "N",
                        "Electric Fee": _money(fee),
                        "Paid in Full": "" if empty else ("Yes" if rng.random() < 0.82 else "No"),
                        "Liveaboard": "Y" if live else "N",
                    }
                )
    return pd.DataFrame(rows).astype({"Boat Length (ft)": "Int64"})


def _ma_rent(df: pd.DataFrame) -> pd.Series:
    return (_num(df, "Boat Length (ft)") * _num(df, "Rate/Ft")).fillna(0)


def _ma_s24(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Season") == "Summer 2024"


_MA_QS = [
    Q(
        "how long is the typical boat here",
        _typical(lambda df: _num(df, "Boat Length (ft)")),
        ("Boat Length (ft)",),
    ),
    Q(
        "which dock has the biggest boats",
        _label(lambda df: _top(_num(df, "Boat Length (ft)").groupby(_text(df, "Dock")).mean())),
        ("Boat Length (ft)", "Dock"),
    ),
    Q(
        "how much slip rent did we bill for summer 2024",
        either(
            _amount(lambda df: float(_ma_rent(df)[_ma_s24(df)].sum())),
            _amount(lambda df: float((_ma_rent(df) + _num(df, "Electric Fee"))[_ma_s24(df)].sum())),
        ),
        ("Boat Length (ft)", "Rate/Ft", "Season", "Electric Fee"),
    ),
    Q(
        "what share of renters haven't paid in full",
        _share(lambda df: float((_text(df, "Paid in Full") == "No").sum() / (_text(df, "Paid in Full") != "").sum())),
        ("Paid in Full", "Boat Length (ft)"),
    ),
    Q(
        "how many liveaboards did we have this past winter (2024-25)",
        _count(lambda df: int((_yes(df, "Liveaboard") & (_text(df, "Season") == "Winter 2024-25")).sum())),
        ("Liveaboard", "Season"),
    ),
    Q(
        "how many slips sat empty each season",
        _count(lambda df: _num(df, "Boat Length (ft)").isna().groupby(_text(df, "Season")).sum().to_numpy()),
        ("Boat Length (ft)", "Season", "Slip"),
    ),
]


# --- 7. Haunted house nights ---------------------------------------------------------------------------------------


def _haunt_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36707)
    rows: list[dict[str, Any]] = []
    for year in range(2015, 2025):
        general = 24.99 + (year - 2015) * 1.0 + (1.0 if year >= 2022 else 0.0)
        fast = general + 20.0
        for day in pd.date_range(f"{year}-09-16", f"{year}-11-02"):
            late = day >= pd.Timestamp(f"{year}-10-24")
            if not late and day.dayofweek not in (3, 4, 5, 6):
                continue
            if year == 2020 and rng.random() < 0.4:
                continue
            pull = {3: 0.6, 4: 1.2, 5: 1.5, 6: 0.8}.get(day.dayofweek, 0.5)
            pull *= 1.0 + (0.8 if late else 0.0) + 0.05 * (year - 2015) - (0.4 if year == 2020 else 0.0)
            pull *= 1.9 if (day.month == 10 and day.day == 31) else 1.0
            gen = int(rng.poisson(420 * pull))
            fp = int(rng.binomial(gen, 0.14)) + int(rng.poisson(8))
            actors = int(np.clip(round(18 + 10 * pull + rng.normal(0, 3)), 12, 60))
            rows.append(
                {
                    "Date": f"{day:%m/%d/%Y}",
                    "Weekday": f"{day:%A}",
                    "Tickets - General": gen,
                    "Tickets - Fast Pass": fp,
                    "General Price": _money(general),
                    "Fast Pass Price": _money(fast),
                    "Walkouts": int(rng.poisson(0.004 * gen + 0.25 * actors)),
                    "Scare Actors": actors,
                    "Peak Wait (min)": int(max(5, round(gen / 9 + rng.normal(0, 10)))),
                }
            )
    return pd.DataFrame(rows)


def _ha_date(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Date", "%m/%d/%Y")


def _ha_tickets(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Tickets - General") + _num(df, "Tickets - Fast Pass")


def _ha_revenue(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Tickets - General") * _num(df, "General Price") + _num(df, "Tickets - Fast Pass") * _num(
        df, "Fast Pass Price"
    )


_HA_QS = [
    Q(
        "how many tickets did we sell in 2024",
        _count(lambda df: int(_ha_tickets(df)[_ha_date(df).dt.year == 2024].sum())),
        ("Tickets - General", "Tickets - Fast Pass", "Date"),
    ),
    Q(
        "what share of tickets are fast pass",
        _share(lambda df: float(_num(df, "Tickets - Fast Pass").sum() / _ha_tickets(df).sum())),
        ("Tickets - General", "Tickets - Fast Pass"),
    ),
    Q(
        "which night of the week has the worst lines",
        either(
            _weekday_of(lambda df: _top(_num(df, "Peak Wait (min)").groupby(_text(df, "Weekday")).mean())),
            _weekday_of(lambda df: _top(_num(df, "Peak Wait (min)").groupby(_text(df, "Weekday")).median())),
        ),
        ("Peak Wait (min)", "Weekday", "Date"),
    ),
    Q(
        "how much did tickets bring in for 2023",
        _amount(lambda df: float(_ha_revenue(df)[_ha_date(df).dt.year == 2023].sum())),
        ("Tickets - General", "Tickets - Fast Pass", "General Price", "Fast Pass Price", "Date"),
    ),
    Q(
        "do more scare actors mean more walkouts",
        _corr(lambda df: _num(df, "Scare Actors"), lambda df: _num(df, "Walkouts")),
        ("Scare Actors", "Walkouts"),
    ),
    Q(
        "what was our biggest night ever",
        either(
            _lead(_day_of(lambda df: _ha_date(df)[_ha_tickets(df).idxmax()])),
            _lead(_day_of(lambda df: _ha_date(df)[_ha_revenue(df).idxmax()])),
        ),
        ("Date", "Tickets - General", "Tickets - Fast Pass", "General Price", "Fast Pass Price"),
    ),
]


HELDOUT367 = [
    Dataset("yoga_studio_roster", _yoga_frame, _YO_QS),
    Dataset("ranch_calving_records", _calving_frame, _CA_QS),
    Dataset("restaurant_nightly_covers", _covers_frame, _CO_QS),
    Dataset("pod_shop_orders", _pod_frame, _PO_QS),
    Dataset("solar_installer_projects", _solar_frame, _SO_QS),
    Dataset("marina_slip_rentals", _marina_frame, _MA_QS),
    Dataset("haunted_house_nights", _haunt_frame, _HA_QS),
]
