"""HELDOUT359: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of the spreadsheet a small business keeps. A glassblowing studio's class
sign-ups (2023 and 2024, one row per class) with "Class Date" as "04/12/2024", "Class Type" (Paperweight, Ornament,
Cup; now and then upper case), Instructor (now and then with a trailing space), Students (0 for the few classes
nobody signed up for), Seats (6 for paperweights, 8 for ornaments, 4 for cups), "Price Per Seat" as "$85.00" (by
class type, five dollars more in 2024), "Gift Cert Used" (Y/N, blank now and then) and "Pieces Broken" (more in cup
classes and with more students). A photo booth rental company's events (2022 to 2024, one row per event) with "Event
Date" as "2024-06-15", Venue (halls, hotels, barns and a few "Private Residence"), "Event Type" (Wedding, Corporate,
Birthday, Prom, Bar/Bat Mitzvah, Holiday Party), "Hours Booked" in half hours (weddings longer), Prints (more the
longer the booth runs), Backdrop (Gold Sequin, Black Sequin, Flower Wall, Greenery, Balloon Arch; blank for none),
"Props Package" (Yes/No), Deposit as "$150" (a flat deposit, more for weddings), "Balance Due" as "$475.00" (the
price by hours, props and backdrop less the deposit) and "Travel Miles" (blank now and then). A bike rental shop's
2024 season (April to October, one row per bike out, so a group shares its "Rental ID" as "R-24-0153") with "Bike
Type" (Cruiser, E-Bike, Tandem; now and then "e-bike" or "ebike"), "Out Time" and "Back Time" as "2024-07-04
10:15", Hours (billed to the half hour), "Rate/Hr" as "$25.00" (by bike type), Helmet (Y/N), "Damage Fee" (mostly
blank, now and then 25, 50 or 150) and "Customer Zip" as a number (New England zips lose their leading zero). A
sawmill's log intake (2023 and 2024, one row per truck load) with "Load #" (a running number), Date as "3/14/2024",
Supplier (logging outfits), Species in upper case (RED OAK, WHITE OAK, HARD MAPLE, SOFT MAPLE, POPLAR, CHERRY,
WALNUT, ASH), Logs, "BF Scaled" (Doyle board feet, blank for loads not yet scaled), Grade ("Prime", "#1", "#2",
"#3"), "Price/MBF" as "$850" (by species and grade) and "Trucked By" (Supplier, Mill Truck, Contract Hauler). A
christmas tree farm's cut-your-own seasons (2013 to 2024, one row per open day from the day after Thanksgiving to
December 23, and a "2024 TOTAL" style row closing every season) with Date as "11/29/2024", "Weekend/Weekday",
"Trees Sold", Fraser, Douglas and Balsam counts (adding up to trees sold), "Avg Height (ft)", "Wreaths Sold",
Hayrides (weekends only, blank on weekdays), "Cash Total" and "Card Total" as "$1,234.00" (card taking over in later
years). A karate school's class attendance (2023 and 2024, one row per class) with "Class Date" as "2024-03-14",
Class (Little Dragons, Teens, Adults), Present, "On Roster" (the class roster that month), Instructor ("Sensei
Mike", ...), Minutes (45, 60 or 75 by class, a few short classes) and "Mat Fee Collected" (drop-in fees in dollars,
blank now and then); attendance dips in summer and around the holidays. And a bingo hall's session log (2022 to 2024,
one row per session, Wednesday, Friday and Saturday) with "Session Date" as "03/14/2024", Session (Early Bird,
Evening, Late Night), Players, "Cards Sold", "Price Per Card" as "$1.00" or "$2.00", "Jackpot Paid" as "$500.00"
(blank when nobody won, a few odd progressive payouts), "Snack Sales" (more players, more snacks) and Volunteers.
All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _num, _text, _top, _typical
from .heldout333 import _date, _either_named
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_names as _month_names
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _money(x: float) -> str:
    return f"${x:,.2f}"


def _yes(df: pd.DataFrame, col: str) -> pd.Series:
    """A yes/no column as booleans ("Y", "Yes", "TRUE" in any case)."""
    return _text(df, col).str.upper().isin(["Y", "YES", "TRUE"])


def _both_about(*values: Callable[[pd.DataFrame], float], rel: float = 0.01) -> Check:
    """Every value appears (each to within `rel`, or rounded to one decimal)."""
    return _about(lambda df: [float(v(df)) for v in values], rel=rel)


def _day(stamp: Callable[[pd.DataFrame], Any]) -> Check:
    """A day: "2024-03-14", "03/14/2024", "3/14/24", "March 14, 2024", "Mar 14th 2024" or "14 March 2024"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        t = pd.Timestamp(stamp(df))
        names = _month_names(t.month)
        patterns = [
            rf"(?<!\d){t.year}-0?{t.month}-0?{t.day}(?!\d)",
            rf"(?<![\d/]){t.month:02d}/{t.day:02d}/(?:{t.year}|{t.year % 100:02d})(?!\d)",
            rf"(?<![\d/]){t.month}/{t.day}/(?:{t.year}|{t.year % 100:02d})(?!\d)",
            rf"\b(?:{names})\.?\s+0?{t.day}(?:st|nd|rd|th)?,?\s+{t.year}\b",
            rf"(?<!\d)0?{t.day}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{names})\.?,?\s+{t.year}\b",
        ]
        if any(re.search(p, answer, re.IGNORECASE) for p in patterns):
            return None
        return f"missing day {t:%Y-%m-%d}"

    return check


_NAMES = ["Maya", "Jonas", "Priya", "Caleb", "Rosa", "Declan", "Hana", "Theo"]

# --- 1. Glassblowing studio class sign-ups -------------------------------------------------------------------------

# class type: seats, price per seat (2023), breakage per student
_GB_CLASSES = {"Paperweight": (6, 85.0, 0.12), "Ornament": (8, 65.0, 0.18), "Cup": (4, 110.0, 0.35)}
_GB_INSTRUCTORS = {"Maya Torres": 4, "Jonas Lindqvist": 3, "Priya Raman": 2.5, "Caleb Frost": 1.5}


def _glass_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35901)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2023-01-05", "2024-12-29", freq="D"):
        if day.dayofweek not in (3, 4, 5, 6):
            continue
        for kind in _GB_CLASSES:
            chance = 0.55 + (0.35 if day.month in (11, 12) and kind == "Ornament" else 0.0)
            if rng.random() > chance:
                continue
            seats, price, brittle = _GB_CLASSES[kind]
            fill = 0.85 if day.dayofweek >= 5 else 0.6
            students = int(rng.binomial(seats, fill)) if rng.random() > 0.03 else 0
            instructor = str(_one(rng, list(_GB_INSTRUCTORS), list(_GB_INSTRUCTORS.values())))
            rows.append(
                {
                    "Class Date": f"{day:%m/%d/%Y}",
                    "Class Type": kind.upper() if rng.random() < 0.05 else kind,
                    "Instructor": instructor + " " if rng.random() < 0.06 else instructor,
                    "Students": students,
                    "Seats": seats,
                    "Price Per Seat": _money(price + (5 if day.year == 2024 else 0)),
                    "Gift Cert Used": "" if rng.random() < 0.04 else ("Y" if students and rng.random() < 0.18 else "N"),
                    "Pieces Broken": int(rng.binomial(students, brittle)),
                }
            )
    return pd.DataFrame(rows)


def _gb_kind(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Class Type").str.title()


def _gb_year(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Class Date", "%m/%d/%Y").dt.year


def _gb_revenue(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Students") * _num(df, "Price Per Seat")


def _gb_busiest(df: pd.DataFrame) -> pd.Timestamp:
    month = _date(df, "Class Date", "%m/%d/%Y").dt.to_period("M")
    return _num(df, "Students").groupby(month).sum().idxmax().to_timestamp()


_GB_QS = [
    Q(
        "whats the average class size for the cup classes",
        either(
            _about(lambda df: float(_num(df, "Students")[_gb_kind(df) == "Cup"].mean())),
            _about(lambda df: float(_num(df, "Students")[(_gb_kind(df) == "Cup") & (_num(df, "Students") > 0)].mean())),
        ),
        ("Students", "Class Type"),
    ),
    Q(
        "how full do classes get on average",
        either(
            _share(lambda df: float(_num(df, "Students").sum() / _num(df, "Seats").sum())),
            _share(lambda df: float((_num(df, "Students") / _num(df, "Seats")).mean())),
        ),
        ("Students", "Seats"),
    ),
    Q(
        "which instructor brings in the most money",
        _lead(_named(lambda df: _top(_gb_revenue(df).groupby(_text(df, "Instructor")).sum()))),
        ("Instructor", "Students", "Price Per Seat"),
    ),
    Q(
        "how many pieces broke in 2024",
        _count(lambda df: int(_num(df, "Pieces Broken")[_gb_year(df) == 2024].sum())),
        ("Pieces Broken", "Class Date"),
    ),
    Q(
        "and in 2023?",
        _count(lambda df: int(_num(df, "Pieces Broken")[_gb_year(df) == 2023].sum())),
        ("Pieces Broken", "Class Date"),
    ),
    Q(
        "what month had the most people sign up",
        _month_year(_gb_busiest),
        ("Class Date", "Students"),
    ),
]


# --- 2. Photo booth rental events ----------------------------------------------------------------------------------

# event type: weight, mean hours, deposit
_PB_EVENTS = {
    "Wedding": (5, 4.0, 250), "Corporate": (2.5, 3.0, 150), "Birthday": (2.5, 2.5, 150),
    "Prom": (1, 3.5, 150), "Bar/Bat Mitzvah": (1, 3.5, 200), "Holiday Party": (1.5, 3.0, 150),
}  # fmt: skip
_PB_BACKDROPS = {"Gold Sequin": 3, "Flower Wall": 4.5, "Greenery": 2.5, "Black Sequin": 2, "Balloon Arch": 1.5, "": 2}
_PB_VENUES = {
    "The Grand Oak Ballroom": 18, "Riverside Barn": 22, "Hilton Garden Inn": 12, "Lakeview Country Club": 10,
    "St. Mary's Parish Hall": 9, "Marriott Downtown": 14, "The Foundry": 16, "Willow Creek Winery": 28,
    "Private Residence": 8, "Elks Lodge #112": 6,
}  # fmt: skip


def _booth_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35902)
    rows: list[dict[str, Any]] = []
    days = pd.date_range("2022-01-01", "2024-12-31", freq="D")
    for _ in range(720):
        day = days[int(rng.integers(len(days)))]
        if day.dayofweek < 4 and rng.random() < 0.6:
            day = day + pd.Timedelta(days=int(5 - day.dayofweek))
        kind = str(_one(rng, list(_PB_EVENTS), [w for w, _, _ in _PB_EVENTS.values()]))
        _, mean_hours, deposit = _PB_EVENTS[kind]
        hours = float(np.clip(np.round(rng.normal(mean_hours, 0.8) * 2) / 2, 2.0, 6.0))
        venue = str(_one(rng, list(_PB_VENUES)))
        props = rng.random() < 0.55
        backdrop = str(_one(rng, list(_PB_BACKDROPS), list(_PB_BACKDROPS.values())))
        price = 300 + 125 * hours + (75 if props else 0) + (50 if backdrop else 0)
        prints = int(max(0, rng.normal(55 * hours, 25)))
        miles = round(float(_PB_VENUES[venue] * rng.uniform(0.9, 1.1)), 1)
        rows.append(
            {
                "Event Date": f"{day:%Y-%m-%d}",
                "Venue": venue,
                "Event Type": kind,
                "Hours Booked": hours,
                "Prints": prints,
                "Backdrop": backdrop,
                "Props Package": "Yes" if props else "No",
                "Deposit": f"${deposit}",
                "Balance Due": _money(price - deposit),
                "Travel Miles": "" if rng.random() < 0.07 else miles,
            }
        )
    frame = pd.DataFrame(rows)
    order = np.argsort(frame["Event Date"].to_numpy(), kind="stable")
    return frame.iloc[order].reset_index(drop=True)


def _pb_kind(df: pd.DataFrame, kind: str) -> pd.Series:
    return _text(df, "Event Type") == kind


_PB_QS = [
    Q("how many weddings have we done", _count(lambda df: int(_pb_kind(df, "Wedding").sum())), ("Event Type",)),
    Q(
        "how long do weddings usually book the booth for",
        _typical(lambda df: _num(df, "Hours Booked")[_pb_kind(df, "Wedding")]),
        ("Hours Booked", "Event Type"),
    ),
    Q(
        "and corporate ones?",
        _typical(lambda df: _num(df, "Hours Booked")[_pb_kind(df, "Corporate")]),
        ("Hours Booked", "Event Type"),
    ),
    Q(
        "how much is owed in balances altogether",
        _amount(lambda df: float(_num(df, "Balance Due").sum())),
        ("Balance Due",),
    ),
    Q(
        "most popular backdrop?",
        _lead(_named(lambda df: _top(_text(df, "Backdrop")[_text(df, "Backdrop") != ""].value_counts()))),
        ("Backdrop",),
    ),
    Q(
        "do longer bookings print more photos",
        _corr(lambda df: _num(df, "Hours Booked"), lambda df: _num(df, "Prints")),
        ("Hours Booked", "Prints"),
    ),
]


# --- 3. Bike rental shop -------------------------------------------------------------------------------------------

# bike type: rate per hour, weight, mean hours
_BK_BIKES = {"Cruiser": (12.0, 6, 2.5), "E-Bike": (25.0, 3.5, 3.0), "Tandem": (18.0, 1, 2.0)}
_BK_ZIPS = [2657, 2642, 2664, 2536, 1602, 6103, 10025, 11215, 19103, 2139, 3801, 4101, 7030, 12207]


def _bike_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35903)
    rows: list[dict[str, Any]] = []
    number = 0
    for day in pd.date_range("2024-04-01", "2024-10-31", freq="D"):
        peak = {6: 1.6, 7: 2.4, 8: 1.9, 9: 1.5}.get(day.month, 1.0)
        groups = int(rng.poisson(4.5 * peak * (1.5 if day.dayofweek >= 5 else 1.0)))
        for _ in range(groups):
            number += 1
            out = day + pd.Timedelta(minutes=int(rng.integers(9 * 60, 16 * 60) // 5 * 5))
            zip_code = int(_one(rng, _BK_ZIPS))
            size = int(_one(rng, [1, 2, 3, 4], [5, 4, 1.5, 1]))
            for _ in range(size):
                kind = str(_one(rng, list(_BK_BIKES), [w for _, w, _ in _BK_BIKES.values()]))
                rate, _, mean_hours = _BK_BIKES[kind]
                minutes = int(np.clip(rng.gamma(4, mean_hours * 15), 25, 8 * 60))
                back = out + pd.Timedelta(minutes=minutes)
                hours = max(1.0, float(np.ceil(minutes / 30) / 2))
                label = kind
                if kind == "E-Bike" and rng.random() < 0.1:
                    label = str(_one(rng, ["e-bike", "ebike"]))
                damage = "" if rng.random() > 0.03 else int(_one(rng, [25, 50, 150], [5, 3, 1]))
                rows.append(
                    {
                        "Rental ID": f"R-24-{number:04d}",
                        "Bike Type": label,
                        "Out Time": f"{out:%Y-%m-%d %H:%M}",
                        "Back Time": f"{back:%Y-%m-%d %H:%M}",
                        "Hours": hours,
                        "Rate/Hr": _money(rate),
                        "Helmet": "Y" if rng.random() < (0.7 if kind == "E-Bike" else 0.4) else "N",
                        "Damage Fee": damage,
                        "Customer Zip": zip_code,
                    }
                )
    return pd.DataFrame(rows)


def _bk_kind(df: pd.DataFrame) -> pd.Series:
    text = _text(df, "Bike Type").str.lower().str.replace("-", "", regex=False)
    return text.map({"cruiser": "Cruiser", "ebike": "E-Bike", "tandem": "Tandem"})


def _bk_busiest(df: pd.DataFrame) -> pd.Timestamp:
    month = _date(df, "Out Time", "%Y-%m-%d %H:%M").dt.to_period("M")
    return month.value_counts().sort_index().idxmax().to_timestamp()


def _bk_busiest_groups(df: pd.DataFrame) -> pd.Timestamp:
    month = _date(df, "Out Time", "%Y-%m-%d %H:%M").dt.to_period("M")
    return df["Rental ID"].groupby(month).nunique().idxmax().to_timestamp()


_BK_QS = [
    Q(
        "how many e-bike rentals did we have",
        either(
            _count(lambda df: int((_bk_kind(df) == "E-Bike").sum())),
            _count(lambda df: int(df.loc[_bk_kind(df) == "E-Bike", "Rental ID"].nunique())),
        ),
        ("Bike Type", "Rental ID"),
    ),
    Q(
        "how long do people keep the bikes out usually",
        either(
            _typical(lambda df: _num(df, "Hours")),
            _typical(
                lambda df: (
                    (
                        _date(df, "Back Time", "%Y-%m-%d %H:%M") - _date(df, "Out Time", "%Y-%m-%d %H:%M")
                    ).dt.total_seconds()
                    / 3600
                )
            ),
            _typical(
                lambda df: (
                    (
                        _date(df, "Back Time", "%Y-%m-%d %H:%M") - _date(df, "Out Time", "%Y-%m-%d %H:%M")
                    ).dt.total_seconds()
                    / 60
                )
            ),
        ),
        ("Hours", "Out Time", "Back Time"),
    ),
    Q(
        "which kind of bike makes us the most money",
        either(
            _lead(_named(lambda df: _top((_num(df, "Hours") * _num(df, "Rate/Hr")).groupby(_bk_kind(df)).sum()))),
            _lead(
                _named(
                    lambda df: _top(
                        (_num(df, "Hours") * _num(df, "Rate/Hr") + _num(df, "Damage Fee").fillna(0))
                        .groupby(_bk_kind(df))
                        .sum()
                    )
                )
            ),
        ),
        ("Bike Type", "Hours", "Rate/Hr", "Damage Fee"),
    ),
    Q(
        "what percent of riders take a helmet",
        _share(lambda df: float(_yes(df, "Helmet").mean())),
        ("Helmet",),
    ),
    Q(
        "what about just the e-bike people?",
        _share(lambda df: float(_yes(df, "Helmet")[_bk_kind(df) == "E-Bike"].mean())),
        ("Helmet", "Bike Type"),
    ),
    Q(
        "busiest month",
        either(_month_year(_bk_busiest), _month_year(_bk_busiest_groups)),
        ("Out Time", "Rental ID"),
    ),
]


# --- 4. Sawmill log intake -----------------------------------------------------------------------------------------

# species: weight, $ per MBF for grade #1, mean board feet per log
_SM_SPECIES = {
    "RED OAK": (6, 850, 95), "WHITE OAK": (4, 1050, 100), "HARD MAPLE": (2.5, 900, 90), "SOFT MAPLE": (2, 550, 85),
    "POPLAR": (5, 450, 110), "CHERRY": (1.5, 1000, 80), "WALNUT": (1, 1900, 70), "ASH": (2, 500, 90),
}  # fmt: skip
_SM_GRADES = {"Prime": (1.35, 1), "#1": (1.0, 3), "#2": (0.75, 4), "#3": (0.5, 2)}
_SM_SUPPLIERS = {
    "Hartley Logging": 5, "Beech Ridge Timber": 4, "Dunmore & Sons": 3, "K&L Forest Products": 2.5,
    "Pine Hollow Logging": 2, "Amos Yoder": 1,
}  # fmt: skip


def _mill_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35904)
    rows: list[dict[str, Any]] = []
    load = 4100
    for day in pd.date_range("2023-01-02", "2024-12-31", freq="B"):
        for _ in range(int(rng.poisson(1.8 if day.month not in (3, 4) else 0.9))):
            load += 1
            species = str(_one(rng, list(_SM_SPECIES), [w for w, _, _ in _SM_SPECIES.values()]))
            grade = str(_one(rng, list(_SM_GRADES), [w for _, w in _SM_GRADES.values()]))
            supplier = str(_one(rng, list(_SM_SUPPLIERS), list(_SM_SUPPLIERS.values())))
            _, price, per_log = _SM_SPECIES[species]
            logs = int(rng.integers(12, 45))
            feet = int(logs * per_log * rng.uniform(0.8, 1.2))
            scaled = rng.random() > (0.25 if day >= pd.Timestamp("2024-12-16") else 0.015)
            by = "Mill Truck" if rng.random() < 0.3 else ("Supplier" if rng.random() < 0.7 else "Contract Hauler")
            rows.append(
                {
                    "Load #": load,
                    "Date": f"{day.month}/{day.day}/{day.year}",
                    "Supplier": supplier,
                    "Species": species,
                    "Logs": logs,
                    "BF Scaled": feet if scaled else "",
                    "Grade": grade,
                    "Price/MBF": f"${round(price * _SM_GRADES[grade][0] / 5) * 5:,}",
                    "Trucked By": by,
                }
            )
    return pd.DataFrame(rows)


def _sm_year(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Date", "%m/%d/%Y").dt.year


def _sm_value(df: pd.DataFrame) -> pd.Series:
    return _num(df, "BF Scaled") / 1000 * _num(df, "Price/MBF")


def _sm_walnut(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Species").str.upper() == "WALNUT"


_SM_QS = [
    Q(
        "how many board feet came in altogether",
        _amount(lambda df: float(_num(df, "BF Scaled").sum())),
        ("BF Scaled",),
    ),
    Q(
        "what species do we get the most of",
        _either_named(
            lambda df: _top(_num(df, "BF Scaled").groupby(_text(df, "Species")).sum()),
            lambda df: _top(_text(df, "Species").value_counts()),
            lambda df: _top(_num(df, "Logs").groupby(_text(df, "Species")).sum()),
        ),
        ("Species", "BF Scaled", "Logs", "Load #"),
    ),
    Q(
        "what are we paying per thousand for walnut on average",
        either(
            _about(lambda df: float(_num(df, "Price/MBF")[_sm_walnut(df)].mean()), rel=0.005),
            _about(lambda df: float(_num(df, "Price/MBF")[_sm_walnut(df)].median()), rel=0.005),
            _about(
                lambda df: float(
                    _sm_value(df)[_sm_walnut(df)].sum() / _num(df, "BF Scaled")[_sm_walnut(df)].sum() * 1000
                ),
                rel=0.005,
            ),
        ),
        ("Price/MBF", "Species", "BF Scaled"),
    ),
    Q(
        "how much did we spend on logs in 2024",
        _amount(lambda df: float(_sm_value(df)[_sm_year(df) == 2024].sum())),
        ("BF Scaled", "Price/MBF", "Date"),
    ),
    Q(
        "and 2023",
        _amount(lambda df: float(_sm_value(df)[_sm_year(df) == 2023].sum())),
        ("BF Scaled", "Price/MBF", "Date"),
    ),
    Q(
        "how many loads havent been scaled yet",
        _count(lambda df: int(_num(df, "BF Scaled").isna().sum())),
        ("BF Scaled", "Load #"),
    ),
]


# --- 5. Christmas tree farm cut-your-own seasons -------------------------------------------------------------------


def _thanksgiving(year: int) -> pd.Timestamp:
    first = pd.Timestamp(year, 11, 1)
    return first + pd.Timedelta(days=(3 - first.dayofweek) % 7 + 21)


def _tree_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35905)
    rows: list[dict[str, Any]] = []
    for year in range(2013, 2025):
        growth = 1.0 + 0.04 * (year - 2013)
        card_share = min(0.85, 0.35 + 0.045 * (year - 2013))
        totals = dict.fromkeys(["Trees Sold", "Fraser", "Douglas", "Balsam", "Wreaths Sold", "Hayrides"], 0)
        cash_sum = card_sum = 0.0
        for day in pd.date_range(_thanksgiving(year) + pd.Timedelta(days=1), f"{year}-12-23", freq="D"):
            weekend = day.dayofweek >= 5
            early = 1.4 if (day - _thanksgiving(year)).days <= 10 else 0.8
            trees = int(rng.poisson((48 if weekend else 14) * early * growth))
            split = rng.multinomial(trees, [0.5, 0.3, 0.2])
            wreaths = int(rng.poisson((18 if weekend else 6) * growth))
            hayrides = int(rng.poisson(22 * growth)) if weekend else None
            price = 55 + 2.5 * (year - 2013)
            money = trees * price * float(rng.uniform(0.95, 1.1)) + wreaths * 30 + (hayrides or 0) * 5
            card = round(money * float(np.clip(rng.normal(card_share, 0.05), 0, 1)), 2)
            cash = round(money - card, 2)
            rows.append(
                {
                    "Date": f"{day:%m/%d/%Y}",
                    "Weekend/Weekday": "Weekend" if weekend else "Weekday",
                    "Trees Sold": trees,
                    "Fraser": int(split[0]),
                    "Douglas": int(split[1]),
                    "Balsam": int(split[2]),
                    "Avg Height (ft)": round(float(rng.normal(6.8, 0.4)), 1) if trees else "",
                    "Wreaths Sold": wreaths,
                    "Hayrides": "" if hayrides is None else hayrides,
                    "Cash Total": _money(cash),
                    "Card Total": _money(card),
                }
            )
            for key, value in zip(totals, [trees, *split, wreaths, hayrides or 0], strict=True):
                totals[key] += int(value)
            cash_sum += cash
            card_sum += card
        rows.append(
            {
                "Date": f"{year} TOTAL",
                "Weekend/Weekday": "",
                **totals,
                "Avg Height (ft)": "",
                "Cash Total": _money(cash_sum),
                "Card Total": _money(card_sum),
            }
        )
    return pd.DataFrame(rows)


def _tf_days(df: pd.DataFrame) -> pd.DataFrame:
    """The daily rows, without the season totals."""
    return df[_date(df, "Date", "%m/%d/%Y").notna()]


def _tf_year(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Date", "%m/%d/%Y").dt.year


def _tf_weekend(df: pd.DataFrame, how: str) -> list[float]:
    days = _tf_days(df)
    trees = _num(days, "Trees Sold").groupby(_text(days, "Weekend/Weekday")).agg(how)
    return [float(trees["Weekend"]), float(trees["Weekday"])]


_TF_QS = [
    Q(
        "how many trees did we sell in 2024",
        _count(lambda df: int(_num(_tf_days(df), "Trees Sold")[_tf_year(_tf_days(df)) == 2024].sum())),
        ("Trees Sold", "Date"),
    ),
    Q(
        "which kind of tree sells best",
        _lead(_named(lambda df: _top(_tf_days(df)[["Fraser", "Douglas", "Balsam"]].sum()))),
        ("Fraser", "Douglas", "Balsam"),
    ),
    Q(
        "do weekends sell more trees than weekdays? by how much per day",
        either(
            _about(lambda df: _tf_weekend(df, "mean")),
            _about(lambda df: _tf_weekend(df, "median")),
        ),
        ("Weekend/Weekday", "Trees Sold", "Date"),
    ),
    Q(
        "what was the best year for wreaths",
        _lead(
            _named(lambda df: str(_num(_tf_days(df), "Wreaths Sold").groupby(_tf_year(_tf_days(df))).sum().idxmax()))
        ),
        ("Wreaths Sold", "Date"),
    ),
    Q(
        "how much money did we take in overall",
        _amount(lambda df: float(_num(_tf_days(df), "Cash Total").sum() + _num(_tf_days(df), "Card Total").sum())),
        ("Cash Total", "Card Total"),
    ),
    Q(
        "how much of that was cash",
        either(
            _share(
                lambda df: float(
                    _num(_tf_days(df), "Cash Total").sum()
                    / (_num(_tf_days(df), "Cash Total").sum() + _num(_tf_days(df), "Card Total").sum())
                )
            ),
            _amount(lambda df: float(_num(_tf_days(df), "Cash Total").sum())),
        ),
        ("Cash Total", "Card Total"),
    ),
]


# --- 6. Karate school class attendance -----------------------------------------------------------------------------

# class: days of the week, roster size, minutes, instructors
_KS_CLASSES = {
    "Little Dragons": ((0, 2, 5), 22, 45, ["Sensei Mike", "Sensei Ana"]),
    "Teens": ((1, 3, 5), 18, 60, ["Sensei Ana", "Sensei Dave"]),
    "Adults": ((0, 1, 2, 3), 26, 75, ["Sensei Mike", "Sensei Dave", "Sensei Kenji"]),
}
_KS_SEASON = {1: 0.92, 2: 0.88, 3: 0.85, 4: 0.83, 5: 0.8, 6: 0.68, 7: 0.6, 8: 0.64, 9: 0.86, 10: 0.84, 11: 0.8}
_KS_SEASON |= {12: 0.7}
_KS_PULL = {"Sensei Mike": 1.03, "Sensei Ana": 1.0, "Sensei Dave": 0.96, "Sensei Kenji": 1.06}


def _karate_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35906)
    rows: list[dict[str, Any]] = []
    rosters = {c: spec[1] for c, spec in _KS_CLASSES.items()}
    for day in pd.date_range("2023-01-03", "2024-12-31", freq="D"):
        if day.day == 1:
            rosters = {c: max(8, n + int(rng.integers(-2, 3))) for c, n in rosters.items()}
        for name, (days, _, minutes, teachers) in _KS_CLASSES.items():
            if day.dayofweek not in days or rng.random() < 0.03:
                continue
            teacher = str(_one(rng, teachers))
            roster = rosters[name]
            rate = min(0.98, _KS_SEASON[day.month] * _KS_PULL[teacher])
            present = int(rng.binomial(roster, rate))
            fee = int(rng.poisson(0.8)) * 15
            rows.append(
                {
                    "Class Date": f"{day:%Y-%m-%d}",
                    "Class": name,
                    "Present": present,
                    "On Roster": roster,
                    "Instructor": teacher,
                    "Minutes": 30 if rng.random() < 0.03 else minutes,
                    "Mat Fee Collected": "" if rng.random() < 0.08 else fee,
                }
            )
    return pd.DataFrame(rows)


def _ks_rate(name: str) -> Check:
    def pick(df: pd.DataFrame) -> pd.Series:
        return _text(df, "Class") == name

    return either(
        _share(lambda df: float(_num(df, "Present")[pick(df)].sum() / _num(df, "On Roster")[pick(df)].sum())),
        _share(lambda df: float((_num(df, "Present") / _num(df, "On Roster"))[pick(df)].mean())),
    )


def _ks_low_month(how: str) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(df: pd.DataFrame) -> pd.Timestamp:
        month = _date(df, "Class Date", "%Y-%m-%d").dt.to_period("M")
        return _num(df, "Present").groupby(month).agg(how).idxmin().to_timestamp()

    return value


_KS_QS = [
    Q(
        "how many people show up to the adult class on average",
        _about(lambda df: float(_num(df, "Present")[_text(df, "Class") == "Adults"].mean())),
        ("Present", "Class"),
    ),
    Q("what's the attendance rate for teens", _ks_rate("Teens"), ("Present", "On Roster", "Class")),
    Q("and the little dragons?", _ks_rate("Little Dragons"), ("Present", "On Roster", "Class")),
    Q(
        "which instructor gets the best turnout",
        _either_named(
            lambda df: _top((_num(df, "Present") / _num(df, "On Roster")).groupby(_text(df, "Instructor")).mean()),
            lambda df: _top(
                _num(df, "Present").groupby(_text(df, "Instructor")).sum()
                / _num(df, "On Roster").groupby(_text(df, "Instructor")).sum()
            ),
            lambda df: _top(_num(df, "Present").groupby(_text(df, "Instructor")).mean()),
        ),
        ("Instructor", "Present", "On Roster"),
    ),
    Q(
        "which month was attendance the worst",
        either(_month_year(_ks_low_month("sum")), _month_year(_ks_low_month("mean"))),
        ("Class Date", "Present", "On Roster"),
    ),
    Q(
        "how much did we collect in mat fees in 2024",
        _amount(
            lambda df: float(_num(df, "Mat Fee Collected")[_date(df, "Class Date", "%Y-%m-%d").dt.year == 2024].sum())
        ),
        ("Mat Fee Collected", "Class Date"),
    ),
]


# --- 7. Bingo hall session log -------------------------------------------------------------------------------------

# session: mean players, price per card, jackpot chance
_BG_SESSIONS = {"Early Bird": (45, 1.0, 0.35), "Evening": (110, 2.0, 0.55), "Late Night": (60, 2.0, 0.45)}


def _bingo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35907)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2022-01-05", "2024-12-28", freq="D"):
        if day.dayofweek not in (2, 4, 5):
            continue
        for name, (mean_players, price, chance) in _BG_SESSIONS.items():
            if name == "Late Night" and day.dayofweek == 2:
                continue
            players = int(rng.poisson(mean_players * (1.2 if day.dayofweek == 5 else 1.0)))
            cards = int(players * rng.uniform(2.5, 4.5))
            jackpot = ""
            if rng.random() < chance:
                amount = float(_one(rng, [250, 500, 1000], [3, 4, 1]))
                if rng.random() < 0.03:
                    amount = round(float(rng.uniform(1200, 4800)), 2)
                jackpot = _money(amount)
            rows.append(
                {
                    "Session Date": f"{day:%m/%d/%Y}",
                    "Session": name,
                    "Players": players,
                    "Cards Sold": cards,
                    "Price Per Card": _money(price),
                    "Jackpot Paid": jackpot,
                    "Snack Sales": round(float(players * rng.uniform(2.0, 4.0)), 2),
                    "Volunteers": int(rng.integers(3, 8)),
                }
            )
    return pd.DataFrame(rows)


def _bg_session(df: pd.DataFrame, name: str) -> pd.Series:
    return _text(df, "Session") == name


def _bg_biggest(df: pd.DataFrame) -> pd.Timestamp:
    jackpots = _num(df, "Jackpot Paid")
    return _date(df, "Session Date", "%m/%d/%Y")[jackpots.idxmax()]


_BG_QS = [
    Q(
        "how many players do we get at the late night session on average",
        _about(lambda df: float(_num(df, "Players")[_bg_session(df, "Late Night")].mean())),
        ("Players", "Session"),
    ),
    Q(
        "how much did card sales bring in during 2023",
        _amount(
            lambda df: float(
                (_num(df, "Cards Sold") * _num(df, "Price Per Card"))[
                    _date(df, "Session Date", "%m/%d/%Y").dt.year == 2023
                ].sum()
            )
        ),
        ("Cards Sold", "Price Per Card", "Session Date"),
    ),
    Q(
        "which session sells the most snacks",
        _either_named(
            lambda df: _top(_num(df, "Snack Sales").groupby(_text(df, "Session")).sum()),
            lambda df: _top(_num(df, "Snack Sales").groupby(_text(df, "Session")).mean()),
        ),
        ("Session", "Snack Sales"),
    ),
    Q(
        "how many sessions didnt pay out a jackpot",
        _count(lambda df: int(_num(df, "Jackpot Paid").isna().sum())),
        ("Jackpot Paid", "Session Date", "Session"),
    ),
    Q(
        "whats the biggest jackpot we ever paid",
        _amount(lambda df: float(_num(df, "Jackpot Paid").max())),
        ("Jackpot Paid",),
    ),
    Q("when was that", _day(_bg_biggest), ("Session Date", "Jackpot Paid", "Session")),
]


HELDOUT359 = [
    Dataset("glassblowing_class_signups", _glass_frame, _GB_QS),
    Dataset("photo_booth_rental_events", _booth_frame, _PB_QS),
    Dataset("bike_rental_shop_rentals", _bike_frame, _BK_QS),
    Dataset("sawmill_log_intake", _mill_frame, _SM_QS),
    Dataset("christmas_tree_farm_season", _tree_frame, _TF_QS),
    Dataset("karate_school_attendance", _karate_frame, _KS_QS),
    Dataset("bingo_hall_session_log", _bingo_frame, _BG_QS),
]
