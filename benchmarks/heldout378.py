"""HELDOUT378: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of the spreadsheet a small outfit keeps: a ferry's crossing log (2023 and
2024, one row per crossing, six to ten a day) with Date as "2024-07-04", "Departure" as "07:30" (24-hour), Direction
("Eastbound", "Westbound"; now and then upper case), Vehicles, Passengers (everyone aboard, walk-ons included), Bikes,
"Walk-On Pax", "Fare Revenue" as "$1,234.50" (by vehicles, walk-ons and bikes, more in summer) and "Weather Delay
(min)" (0 mostly, blank when the deckhand did not fill it in; longer delays in winter). A cemetery's plot and service
sales (2019 to 2024, one row per contract) with "Contract #" as "C-2019-001", "Sale Date" as "03/14/2022", Section
("A" to "F", "Garden of Peace", "Veterans"), "Plot Type" (Single, Companion, Niche; now and then lower case), Price as
"$2,450.00" (by type and section, dearer each year), "Opening-Closing Fee" as "$1,195.00" (blank on pre-need
contracts not yet used), Vault (Y/N; never for niches), "Need Type" ("Pre-Need", "At-Need") and Salesperson. A dairy
farm's monthly DHIA milk test (January 2023 to December 2024, one row per cow in milk on a test day) with "Cow ID" as
a barn number (repeated each month), "Test Date" as "1/18/2024", "Lbs Milk" (one decimal), "Fat %" and "Protein %"
(two decimals; Jerseys richer, fatter late in lactation), SCC (somatic cells in thousands; a few high ones),
DIM (days in milk), "Lact #" and Breed ("Holstein", "Jersey", "Brown Swiss", "HOL X JER"). A municipal pool's daily
attendance (summer seasons 2022 to 2024, Memorial Day weekend to Labor Day, one row per open day) with DATE as
"06/15/2023", "HIGH TEMP (F)", "ADULT SWIMS", "KID SWIMS", "SEASON PASS SWIMS", "SWIM LESSONS" (kids enrolled that
day, none on weekends), "HRS CLOSED - THUNDER" (0, 0.5, 1, 1.5 ...) and "CONCESSION $" as "412.75" (blank on days the
stand was shut); hotter days are busier and a "TOTAL" row closes each season. A pizza shop's delivery driver log
(2024, one row per driver shift) with Driver (first names), "Shift Date" as "2024-03-14", Deliveries, Miles (one
decimal), "Cash Tips" and "Card Tips" as "$45.00", "Mileage Paid" (at $0.35 a mile, as "12.25"), Hours (one decimal)
and "Late Deliveries" (a count, blank now and then). A hearing clinic's fittings (2022 to 2024, one row per fitting)
with "Patient ID" as "P10234" (a few patients fitted twice), Age, "Fitting Date" as "2023-05-20", "HA Model"
("Phonak Audeo L90", "Oticon Real 1", "Signia Pure C&G", "ReSound Omnia 9", "Starkey Genesis AI 24", "Widex Moment"),
Style ("BTE", "ITE", "RIC"), "Price/Pair" as "$4,800", Insurance ("Medicare Advantage", "Private", "VA", "None"; blank
when unknown) and "Returned <45 Days" (Y/N; returns likelier among ITE fittings). And a campground store's day sales
(2024 season, May to mid-October, one row per day and site type) with Date as "5/24/2024", "Site Type" (Tent, RV
Full Hookup, RV Electric, Cabin), "Firewood Bundles", "Ice Bags", "S'mores Kits", "Propane Swaps", "Camp Fees $" and
"Store $" (both as "1,234.50"; busiest on holiday weekends). All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _num, _text, _typical, _weekday
from .heldout333 import _date
from .heldout358 import _money, _yes
from .offline_eval import Check, Dataset, Q, either, month_names
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _top_label(scores: pd.Series, lowest: bool = False) -> str:
    s = scores.sort_index(kind="stable")
    return str(s.idxmin() if lowest else s.idxmax())


def _pick(score: Callable[[pd.DataFrame], pd.Series], lowest: bool = False) -> Check:
    """The top (or bottom) label of a score, named beside the superlative."""
    return _lead(_named(lambda df: _top_label(score(df), lowest)))


def _day(value: Callable[[pd.DataFrame], Any]) -> Check:
    """A calendar day: "07/04/2023", "7/4/2023", "2023-07-04", "July 4, 2023", "Jul 4th" or "4 July"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        t = pd.Timestamp(value(df))
        month = f"(?:{month_names(t.month)})\\.?"
        patterns = [
            rf"(?<![\d/])0?{t.month}/0?{t.day}(?:/(?:{t.year}|{t.year % 100:02d}))?(?!\d)",
            rf"{t.year}-0?{t.month}-0?{t.day}(?!\d)",
            rf"\b{month}\s+0?{t.day}(?:st|nd|rd|th)?\b",
            rf"\b{t.day}(?:st|nd|rd|th)?\s+(?:of\s+)?{month}",
        ]
        if any(re.search(pat, answer, re.IGNORECASE) for pat in patterns):
            return None
        return f"missing day {t:%Y-%m-%d}"

    return check


def _pair(values: Callable[[pd.DataFrame], Any]) -> Check:
    """Two group figures, or the gap between them."""
    return either(
        _about(lambda df: np.asarray(values(df), dtype=float)),
        _about(lambda df: abs(float(np.diff(np.asarray(values(df), dtype=float))[0]))),
    )


# --- 1. Ferry crossing log -----------------------------------------------------------------------------------------

_FE_TIMES = ["06:15", "07:30", "08:45", "10:00", "11:30", "13:00", "14:30", "16:00", "17:30", "19:00"]


def _ferry_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37801)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2023-01-01", "2024-12-31", freq="D"):
        summer = day.month in (6, 7, 8)
        winter = day.month in (12, 1, 2)
        times = _FE_TIMES[1:9] if summer else _FE_TIMES[1:8] if day.month in (5, 9) else _FE_TIMES[2:7]
        weekend = day.day_of_week >= 5
        for k, t in enumerate(times):
            direction = "Eastbound" if k % 2 == 0 else "Westbound"
            lift = (1.8 if summer else 0.7 if winter else 1.0) * (1.3 if weekend else 1.0)
            vehicles = int(min(rng.poisson(22 * lift), 48))
            walk = int(rng.poisson(14 * lift))
            bikes = int(rng.poisson(4 * lift if summer else 1.0))
            pax = walk + int(np.round(vehicles * rng.uniform(1.4, 2.6)))
            fare = vehicles * 18.5 + walk * 7.25 + bikes * 3.0
            delay = int(rng.choice([0, 5, 10, 15, 30, 45, 60], p=[0.62, 0.12, 0.1, 0.07, 0.05, 0.025, 0.015]))
            if not winter and rng.random() < 0.6:
                delay = 0
            rows.append(
                {
                    "Date": f"{day:%Y-%m-%d}",
                    "Departure": t,
                    "Direction": direction.upper() if rng.random() < 0.04 else direction,
                    "Vehicles": vehicles,
                    "Passengers": pax,
                    "Bikes": bikes,
                    "Walk-On Pax": walk,
                    "Fare Revenue": _money(fare),
                    "Weather Delay (min)": "" if rng.random() < 0.05 else delay,
                }
            )
    return pd.DataFrame(rows)


def _fe_date(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Date", "%Y-%m-%d")


def _fe_delayed(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Weather Delay (min)") > 0


_FE_QS = [
    Q(
        "how many passengers did the ferry carry in 2024",
        _count(lambda df: int(_num(df, "Passengers")[_fe_date(df).dt.year == 2024].sum())),
        ("Passengers", "Date"),
    ),
    Q(
        "whats the busiest departure time on average",
        either(
            _pick(lambda df: _num(df, "Passengers").groupby(_text(df, "Departure")).mean()),
            _pick(lambda df: _num(df, "Vehicles").groupby(_text(df, "Departure")).mean()),
        ),
        ("Departure", "Passengers", "Vehicles"),
    ),
    Q(
        "which month brought in the most fare money",
        _month_year(
            lambda df: _num(df, "Fare Revenue").groupby(_fe_date(df).dt.to_period("M")).sum().idxmax().to_timestamp()
        ),
        ("Fare Revenue", "Date"),
    ),
    Q(
        "what share of crossings got delayed by weather",
        either(
            _share(lambda df: float(_fe_delayed(df).mean())),
            _share(lambda df: float(_fe_delayed(df)[_num(df, "Weather Delay (min)").notna()].mean())),
        ),
        ("Weather Delay (min)",),
    ),
    Q(
        "and how long was the average delay when there was one",
        _typical(lambda df: _num(df, "Weather Delay (min)")[_fe_delayed(df)]),
        ("Weather Delay (min)",),
    ),
    Q(
        "do more bikes go eastbound or westbound",
        either(
            _pair(lambda df: _num(df, "Bikes").groupby(_text(df, "Direction").str.title()).sum().to_numpy()),
            _pair(lambda df: _num(df, "Bikes").groupby(_text(df, "Direction").str.title()).mean().to_numpy()),
        ),
        ("Bikes", "Direction"),
    ),
]


# --- 2. Cemetery plot and service sales ----------------------------------------------------------------------------

_CE_SECTIONS = {"A": 1.0, "B": 1.0, "C": 0.9, "D": 0.85, "E": 0.8, "F": 0.8, "Garden of Peace": 1.35, "Veterans": 0.7}
_CE_TYPES = {"Single": 2200.0, "Companion": 4100.0, "Niche": 1500.0}
_CE_STAFF = ["Linda Parker", "Gary Mitchell", "Donna Hill", "Paul Turner"]


def _cemetery_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37802)
    days = pd.date_range("2019-01-01", "2024-12-31", freq="D")
    picks = np.sort(rng.choice(len(days), size=640, replace=True))
    rows: list[dict[str, Any]] = []
    counters: dict[int, int] = {}
    for i in picks:
        day = days[i]
        counters[day.year] = counters.get(day.year, 0) + 1
        kind = _one(rng, list(_CE_TYPES), [5, 3, 2])
        section = _one(rng, list(_CE_SECTIONS), [3, 3, 2, 2, 2, 2, 1.5, 1])
        need = _one(rng, ["Pre-Need", "At-Need"], [45, 55])
        price = _CE_TYPES[kind] * _CE_SECTIONS[section] * (1.04 ** (day.year - 2019)) + 25 * int(rng.integers(-4, 5))
        price = float(np.round(price, -1))
        fee = 650.0 if kind == "Niche" else 1195.0 if kind == "Single" else 1395.0
        fee += 50.0 * (day.year >= 2022)
        vault = kind != "Niche" and rng.random() < (0.75 if need == "At-Need" else 0.55)
        rows.append(
            {
                "Contract #": f"C-{day.year}-{counters[day.year]:03d}",
                "Sale Date": f"{day:%m/%d/%Y}",
                "Section": section,
                "Plot Type": kind.lower() if rng.random() < 0.05 else kind,
                "Price": _money(price),
                "Opening-Closing Fee": "" if need == "Pre-Need" and rng.random() < 0.5 else _money(fee),
                "Vault": "Y" if vault else "N",
                "Need Type": need,
                "Salesperson": _one(rng, _CE_STAFF, [4, 3, 3, 2]),
            }
        )
    return pd.DataFrame(rows)


def _ce_date(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Sale Date", "%m/%d/%Y")


def _ce_type(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Plot Type").str.title()


_CE_QS = [
    Q(
        "how many plots did we sell in 2023",
        _count(lambda df: int((_ce_date(df).dt.year == 2023).sum())),
        ("Sale Date", "Contract #"),
    ),
    Q(
        "average price for single vs companion vs niche",
        either(
            _about(lambda df: _num(df, "Price").groupby(_ce_type(df)).mean().to_numpy()),
            _about(lambda df: _num(df, "Price").groupby(_ce_type(df)).median().to_numpy()),
        ),
        ("Price", "Plot Type"),
    ),
    Q(
        "who sold the most",
        either(
            _pick(lambda df: _text(df, "Salesperson").value_counts()),
            _pick(lambda df: _num(df, "Price").groupby(_text(df, "Salesperson")).sum()),
        ),
        ("Salesperson", "Price", "Contract #"),
    ),
    Q(
        "what percent of sales are pre-need",
        _share(lambda df: float((_text(df, "Need Type") == "Pre-Need").mean())),
        ("Need Type",),
    ),
    Q(
        "how many of those dont have an opening closing fee yet",
        _count(lambda df: int(((_text(df, "Need Type") == "Pre-Need") & _num(df, "Opening-Closing Fee").isna()).sum())),
        ("Need Type", "Opening-Closing Fee"),
    ),
    Q(
        "total plot revenue by year, which year was best",
        _lead(_named(lambda df: str(int(_num(df, "Price").groupby(_ce_date(df).dt.year).sum().idxmax())))),
        ("Price", "Sale Date"),
    ),
]


# --- 3. Dairy monthly milk test ------------------------------------------------------------------------------------

_DA_BREEDS = {
    "Holstein": (82.0, 3.75, 3.05),
    "Jersey": (58.0, 4.85, 3.7),
    "Brown Swiss": (72.0, 4.05, 3.45),
    "HOL X JER": (70.0, 4.3, 3.35),
}


def _dairy_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37803)
    cows = []
    for k in range(110):
        breed = _one(rng, list(_DA_BREEDS), [6, 2, 1, 1.5])
        calved = pd.Timestamp("2022-09-01") + pd.Timedelta(days=int(rng.integers(0, 700)))
        cows.append((1001 + k * 3 + int(rng.integers(0, 3)), breed, calved, int(rng.integers(1, 5)), rng.random()))
    rows: list[dict[str, Any]] = []
    for month in pd.date_range("2023-01-01", "2024-12-01", freq="MS"):
        test = month + pd.Timedelta(days=int(rng.integers(9, 22)))
        for cow, breed, calved, lact0, mastitis in cows:
            dim = (test - calved).days % 395
            lact = lact0 + (test - calved).days // 395
            if dim < 5 or dim > 330 or (test < calved):
                continue
            milk0, fat0, prot0 = _DA_BREEDS[breed]
            curve = 1.0 + 0.35 * np.exp(-((dim - 55) ** 2) / 3000) - 0.0012 * dim
            milk = milk0 * curve * (0.85 if lact == 1 else 1.0) + rng.normal(0, 6)
            fat = fat0 + 0.0018 * dim + rng.normal(0, 0.22)
            prot = prot0 + 0.001 * dim + rng.normal(0, 0.12)
            scc = float(np.exp(rng.normal(4.4 + (1.6 if mastitis < 0.12 else 0.0), 0.7)))
            rows.append(
                {
                    "Cow ID": cow,
                    "Test Date": f"{test.month}/{test.day}/{test.year}",
                    "Lbs Milk": round(max(milk, 8.0), 1),
                    "Fat %": round(fat, 2),
                    "Protein %": round(prot, 2),
                    "SCC": int(np.round(scc)),
                    "DIM": dim,
                    "Lact #": min(lact, 9),
                    "Breed": breed,
                }
            )
    return pd.DataFrame(rows)


def _da_date(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Test Date", "%m/%d/%Y")


_DA_QS = [
    Q(
        "how many cows do we have in the records",
        _count(lambda df: int(_text(df, "Cow ID").nunique())),
        ("Cow ID",),
    ),
    Q(
        "which breed has the highest butterfat",
        _pick(lambda df: _num(df, "Fat %").groupby(_text(df, "Breed")).mean()),
        ("Breed", "Fat %"),
    ),
    Q(
        "whats the average milk per cow on the last test",
        either(
            _about(lambda df: float(_num(df, "Lbs Milk")[_da_date(df) == _da_date(df).max()].mean())),
            _about(lambda df: float(_num(df, "Lbs Milk")[_da_date(df) == _da_date(df).max()].median())),
        ),
        ("Lbs Milk", "Test Date", "Cow ID"),
    ),
    Q(
        "how many tests had a cell count over 200",
        _count(lambda df: int((_num(df, "SCC") > 200).sum())),
        ("SCC", "Cow ID", "Test Date"),
    ),
    Q(
        "which cow has the worst cell count on average",
        _pick(lambda df: _num(df, "SCC").groupby(_text(df, "Cow ID")).mean()),
        ("Cow ID", "SCC"),
    ),
    Q(
        "is fat related to days in milk",
        _corr(lambda df: _num(df, "DIM"), lambda df: _num(df, "Fat %")),
        ("Fat %", "DIM"),
    ),
]


# --- 4. Municipal pool daily attendance ----------------------------------------------------------------------------


def _pool_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37804)
    rows: list[dict[str, Any]] = []
    seasons = [("2022-05-28", "2022-09-05"), ("2023-05-27", "2023-09-04"), ("2024-05-25", "2024-09-02")]
    for start, end in seasons:
        season: list[dict[str, Any]] = []
        for day in pd.date_range(start, end, freq="D"):
            temp = int(np.round(84 + 6 * np.sin((day.dayofyear - 150) / 95 * np.pi) + rng.normal(0, 5)))
            weekend = day.day_of_week >= 5
            thunder = float(_one(rng, [0.0, 0.5, 1.0, 1.5, 2.0, 3.0], [80, 6, 6, 3, 3, 2]))
            lift = max(0.15, (temp - 62) / 25) * (1.5 if weekend else 1.0) * (1 - thunder / 10)
            adult = int(rng.poisson(60 * lift))
            kid = int(rng.poisson(95 * lift))
            pass_swims = int(rng.poisson(70 * lift))
            lessons = 0 if weekend else int(rng.poisson(38 if day.month in (6, 7) else 12))
            concession = np.round((adult + kid) * rng.uniform(1.8, 2.6), 2)
            season.append(
                {
                    "DATE": f"{day:%m/%d/%Y}",
                    "HIGH TEMP (F)": temp,
                    "ADULT SWIMS": adult,
                    "KID SWIMS": kid,
                    "SEASON PASS SWIMS": pass_swims,
                    "SWIM LESSONS": lessons,
                    "HRS CLOSED - THUNDER": thunder,
                    "CONCESSION $": "" if rng.random() < 0.04 else f"{concession:.2f}",
                }
            )
        total = {"DATE": "TOTAL", "HIGH TEMP (F)": ""}
        for col in ("ADULT SWIMS", "KID SWIMS", "SEASON PASS SWIMS", "SWIM LESSONS", "HRS CLOSED - THUNDER"):
            total[col] = sum(r[col] for r in season)
        total["CONCESSION $"] = f"{sum(float(r['CONCESSION $'] or 0) for r in season):.2f}"
        rows += [*season, total]
    return pd.DataFrame(rows)


def _po_days(df: pd.DataFrame) -> pd.DataFrame:
    """The day rows (the seasons' TOTAL rows dropped)."""
    return df[_date(df, "DATE", "%m/%d/%Y").notna()]


def _po_date(df: pd.DataFrame) -> pd.Series:
    return _date(df, "DATE", "%m/%d/%Y")


def _po_swims(df: pd.DataFrame) -> pd.Series:
    return _num(df, "ADULT SWIMS") + _num(df, "KID SWIMS") + _num(df, "SEASON PASS SWIMS")


_PO_QS = [
    Q(
        "how many kids swam in 2023",
        _count(lambda df: int(_num(_po_days(df), "KID SWIMS")[_po_date(_po_days(df)).dt.year == 2023].sum())),
        ("KID SWIMS", "DATE"),
    ),
    Q(
        "what was the busiest day ever",
        _lead(_day(lambda df: _po_date(_po_days(df))[_po_swims(_po_days(df)).idxmax()])),
        ("DATE", "ADULT SWIMS", "KID SWIMS", "SEASON PASS SWIMS"),
    ),
    Q(
        "does the temperature drive attendance",
        either(
            _corr(lambda df: _num(_po_days(df), "HIGH TEMP (F)"), lambda df: _po_swims(_po_days(df))),
            _corr(
                lambda df: _num(_po_days(df), "HIGH TEMP (F)"),
                lambda df: _num(_po_days(df), "ADULT SWIMS") + _num(_po_days(df), "KID SWIMS"),
            ),
        ),
        ("HIGH TEMP (F)", "ADULT SWIMS", "KID SWIMS", "SEASON PASS SWIMS"),
    ),
    Q(
        "how many hours did we lose to thunder each summer",
        _about(
            lambda df: (
                _num(_po_days(df), "HRS CLOSED - THUNDER").groupby(_po_date(_po_days(df)).dt.year).sum().to_numpy()
            )
        ),
        ("HRS CLOSED - THUNDER", "DATE"),
    ),
    Q(
        "average concession sales on weekends vs weekdays",
        _pair(
            lambda df: (
                _num(_po_days(df), "CONCESSION $").groupby(_po_date(_po_days(df)).dt.day_of_week >= 5).mean().to_numpy()
            )
        ),
        ("CONCESSION $", "DATE"),
    ),
    Q(
        "how many days was the snack stand closed",
        _count(lambda df: int(_num(_po_days(df), "CONCESSION $").isna().sum())),
        ("CONCESSION $", "DATE"),
    ),
]


# --- 5. Pizza delivery driver log ----------------------------------------------------------------------------------

_PZ_DRIVERS = {"Mike": 1.0, "Jess": 1.15, "Tony": 0.9, "Kayla": 1.05, "Dre": 0.95, "Sam": 1.0}


def _pizza_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37805)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2024-01-01", "2024-12-31", freq="D"):
        crew = rng.choice(list(_PZ_DRIVERS), size=3 if day.day_of_week >= 4 else 2, replace=False)
        for driver in crew:
            hours = round(float(rng.choice([4.0, 4.5, 5.0, 5.5, 6.0, 6.5])), 1)
            busy = 2.6 if day.day_of_week >= 4 else 1.9
            deliveries = int(rng.poisson(busy * hours))
            miles = round(deliveries * rng.uniform(3.2, 5.8), 1)
            tips = deliveries * 4.1 * _PZ_DRIVERS[str(driver)] * rng.uniform(0.7, 1.3)
            cash_part = rng.uniform(0.2, 0.45)
            late = int(rng.binomial(deliveries, 0.06 if driver != "Tony" else 0.13))
            rows.append(
                {
                    "Driver": str(driver),
                    "Shift Date": f"{day:%Y-%m-%d}",
                    "Deliveries": deliveries,
                    "Miles": miles,
                    "Cash Tips": _money(float(np.round(tips * cash_part))),
                    "Card Tips": _money(float(np.round(tips * (1 - cash_part), 2))),
                    "Mileage Paid": f"{miles * 0.35:.2f}",
                    "Hours": hours,
                    "Late Deliveries": "" if rng.random() < 0.04 else late,
                }
            )
    return pd.DataFrame(rows)


def _pz_tips(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Cash Tips") + _num(df, "Card Tips")


def _pz_by(df: pd.DataFrame, col: str) -> pd.Series:
    return _num(df, col).groupby(_text(df, "Driver")).sum()


def _pz_late_count(df: pd.DataFrame) -> pd.Series:
    return _pz_by(df, "Late Deliveries")


def _pz_late_rate(df: pd.DataFrame, all_rows: bool = False) -> pd.Series:
    """Late deliveries per delivery, over the shifts with a late count (or over every shift)."""
    known = df if all_rows else df[_num(df, "Late Deliveries").notna()]
    return _pz_late_count(df) / _pz_by(known, "Deliveries")


_PZ_QS = [
    Q(
        "how many deliveries did we do all year",
        _count(lambda df: int(_num(df, "Deliveries").sum())),
        ("Deliveries",),
    ),
    Q(
        "who makes the most in tips per delivery",
        either(
            _pick(lambda df: _pz_tips(df).groupby(_text(df, "Driver")).sum() / _pz_by(df, "Deliveries")),
            _pick(lambda df: (_pz_tips(df) / _num(df, "Deliveries")).groupby(_text(df, "Driver")).mean()),
        ),
        ("Driver", "Cash Tips", "Card Tips", "Deliveries"),
    ),
    Q(
        "total cash tips vs card tips",
        _amount(lambda df: [float(_num(df, "Cash Tips").sum()), float(_num(df, "Card Tips").sum())]),
        ("Cash Tips", "Card Tips"),
    ),
    Q(
        "how much did we pay out in mileage",
        _amount(lambda df: float(_num(df, "Mileage Paid").sum())),
        ("Mileage Paid", "Miles"),
    ),
    Q(
        "which driver is late the most",
        either(_pick(_pz_late_count), _pick(_pz_late_rate)),
        ("Driver", "Late Deliveries", "Deliveries"),
    ),
    Q(
        "whats their late rate",
        either(
            _share(lambda df: float(_pz_late_rate(df)[_top_label(_pz_late_count(df))])),
            _share(lambda df: float(_pz_late_rate(df)[_top_label(_pz_late_rate(df))])),
            _share(lambda df: float(_pz_late_rate(df, True)[_top_label(_pz_late_count(df))])),
            _share(lambda df: float(_pz_late_rate(df, True)[_top_label(_pz_late_rate(df, True))])),
        ),
        ("Driver", "Late Deliveries", "Deliveries"),
    ),
]


# --- 6. Hearing clinic fittings ------------------------------------------------------------------------------------

_HC_MODELS = {
    "Phonak Audeo L90": ("RIC", 5600),
    "Oticon Real 1": ("RIC", 6200),
    "Signia Pure C&G": ("RIC", 5200),
    "ReSound Omnia 9": ("BTE", 5400),
    "Starkey Genesis AI 24": ("ITE", 6400),
    "Widex Moment": ("ITE", 4800),
}
_HC_INS = ["Medicare Advantage", "Private", "VA", "None"]


def _hearing_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37806)
    days = pd.bdate_range("2022-01-03", "2024-12-31")
    picks = np.sort(rng.choice(len(days), size=520, replace=False))
    rows: list[dict[str, Any]] = []
    seen: list[tuple[str, int]] = []
    for i in picks:
        day = days[i]
        if seen and rng.random() < 0.05:
            pid, age = seen[int(rng.integers(len(seen)))]
        else:
            pid, age = f"P{int(rng.integers(10000, 99999))}", int(np.clip(rng.normal(71, 11), 28, 96))
            seen.append((pid, age))
        model = _one(rng, list(_HC_MODELS), [4, 3, 2, 2, 2, 1.5])
        style, base = _HC_MODELS[model]
        if style == "RIC" and rng.random() < 0.15:
            style = "BTE"
        returned = rng.random() < (0.16 if style == "ITE" else 0.07)
        rows.append(
            {
                "Patient ID": pid,
                "Age": age,
                "Fitting Date": f"{day:%Y-%m-%d}",
                "HA Model": model,
                "Style": style,
                "Price/Pair": f"${base + 200 * int(rng.integers(-3, 4)) + 150 * (day.year - 2022):,}",
                "Insurance": "" if rng.random() < 0.06 else _one(rng, _HC_INS, [4, 3, 1.5, 2]),
                "Returned <45 Days": "Y" if returned else "N",
            }
        )
    return pd.DataFrame(rows)


_HC_QS = [
    Q(
        "how many fittings did we do",
        either(
            _count(lambda df: len(df)),
            _count(lambda df: int(_text(df, "Patient ID").nunique())),
        ),
        ("Patient ID", "Fitting Date"),
    ),
    Q(
        "whats the most popular hearing aid",
        _pick(lambda df: _text(df, "HA Model").value_counts()),
        ("HA Model",),
    ),
    Q(
        "what percent get returned",
        _share(lambda df: float(_yes(df, "Returned <45 Days").mean())),
        ("Returned <45 Days",),
    ),
    Q(
        "is that worse for the in the ear ones",
        _share(lambda df: float(_yes(df, "Returned <45 Days")[_text(df, "Style") == "ITE"].mean())),
        ("Returned <45 Days", "Style"),
    ),
    Q(
        "average age of our patients",
        either(
            _typical(lambda df: _num(df, "Age")),
            _typical(lambda df: _num(df, "Age").groupby(_text(df, "Patient ID")).first()),
        ),
        ("Age", "Patient ID"),
    ),
    Q(
        "how much revenue from VA patients in 2024",
        _amount(
            lambda df: float(
                _num(df, "Price/Pair")[
                    (_text(df, "Insurance") == "VA") & (_date(df, "Fitting Date", "%Y-%m-%d").dt.year == 2024)
                ].sum()
            )
        ),
        ("Price/Pair", "Insurance", "Fitting Date"),
    ),
]


# --- 7. Campground store sales -------------------------------------------------------------------------------------

_CG_SITES = {"Tent": 0.8, "RV Full Hookup": 1.3, "RV Electric": 1.0, "Cabin": 0.6}
_CG_FEES = {"Tent": 28.0, "RV Full Hookup": 58.0, "RV Electric": 45.0, "Cabin": 85.0}
_CG_HOLIDAYS = {"2024-05-25", "2024-05-26", "2024-07-04", "2024-07-05", "2024-07-06", "2024-08-31", "2024-09-01"}


def _camp_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37807)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2024-05-01", "2024-10-14", freq="D"):
        weekend = day.day_of_week >= 4
        lift = (2.2 if f"{day:%Y-%m-%d}" in _CG_HOLIDAYS else 1.6 if weekend else 1.0) * (
            1.3 if day.month in (6, 7, 8) else 0.7
        )
        for site, share in _CG_SITES.items():
            occupied = int(rng.poisson(9 * share * lift))
            wood = int(rng.poisson(occupied * (0.9 if site in ("Tent", "Cabin") else 0.5)))
            ice = int(rng.poisson(occupied * (0.7 if day.month in (6, 7, 8) else 0.3)))
            smores = int(rng.poisson(occupied * 0.25))
            propane = int(rng.poisson(occupied * (0.12 if site.startswith("RV") else 0.03)))
            store = wood * 7.0 + ice * 3.5 + smores * 9.99 + propane * 24.99 + float(np.round(rng.gamma(2, 15), 2))
            rows.append(
                {
                    "Date": f"{day.month}/{day.day}/{day.year}",
                    "Site Type": site,
                    "Firewood Bundles": wood,
                    "Ice Bags": ice,
                    "S'mores Kits": smores,
                    "Propane Swaps": propane,
                    "Camp Fees $": f"{occupied * _CG_FEES[site]:,.2f}",
                    "Store $": f"{store:,.2f}",
                }
            )
    return pd.DataFrame(rows)


def _cg_date(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Date", "%m/%d/%Y")


_CG_QS = [
    Q(
        "how much firewood did we sell this season",
        _count(lambda df: int(_num(df, "Firewood Bundles").sum())),
        ("Firewood Bundles",),
    ),
    Q(
        "which site type spends the most at the store",
        either(
            _pick(lambda df: _num(df, "Store $").groupby(_text(df, "Site Type")).sum()),
            _pick(lambda df: _num(df, "Store $").groupby(_text(df, "Site Type")).mean()),
        ),
        ("Site Type", "Store $"),
    ),
    Q(
        "what was our best day for store sales",
        _lead(_day(lambda df: _num(df, "Store $").groupby(_cg_date(df)).sum().idxmax())),
        ("Date", "Store $"),
    ),
    Q(
        "store sales as a percent of camp fees",
        _share(lambda df: float(_num(df, "Store $").sum() / _num(df, "Camp Fees $").sum())),
        ("Store $", "Camp Fees $"),
    ),
    Q(
        "how many propane swaps in july",
        _count(lambda df: int(_num(df, "Propane Swaps")[_cg_date(df).dt.month == 7].sum())),
        ("Propane Swaps", "Date"),
    ),
    Q(
        "which day of the week sells the most s'mores kits",
        _lead(_weekday(lambda df: str(_num(df, "S'mores Kits").groupby(_cg_date(df).dt.day_name()).sum().idxmax()))),
        ("S'mores Kits", "Date"),
    ),
]


HELDOUT378 = [
    Dataset("ferry_crossing_log", _ferry_frame, _FE_QS),
    Dataset("cemetery_plot_service_sales", _cemetery_frame, _CE_QS),
    Dataset("dairy_herd_monthly_milk_test", _dairy_frame, _DA_QS),
    Dataset("municipal_pool_daily_attendance", _pool_frame, _PO_QS),
    Dataset("pizza_delivery_driver_log", _pizza_frame, _PZ_QS),
    Dataset("hearing_clinic_fittings", _hearing_frame, _HC_QS),
    Dataset("campground_store_day_sales", _camp_frame, _CG_QS),
]
