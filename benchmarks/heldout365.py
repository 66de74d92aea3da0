"""HELDOUT365: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of the spreadsheet a small outfit keeps. A dentist office's appointment
schedule (2023 and 2024, one row per appointment) with "Appt ID" as "A10234", Date as "03/14/2024", Hygienist (first
names), "Proc Code" (D1110, D2391, D2740), Procedure (Cleaning, Filling, Crown; now and then upper case), "Chair Min"
(blank for no-shows), Billed, "Ins Paid" and "Pt Paid" as "$125.00" ("$0.00" for no-shows; insurance plus patient
make the bill) and "No Show" (Y/N). A golf course's tee sheet (April to October 2024, one row per group) with "Tee
Time" as "7:40 AM", Date as "2024-05-14", Players (1 to 4), Holes (9 or 18), Cart (Y/N), "Green Fee Each" as "$45.00"
("$0.00" for members; more for 18 holes and on weekends), "Cart Fee Each" ("$18.00", blank without a cart), Member
(Y/N) and "Round Minutes" (blank when nobody logged the finish; bigger groups and 18 holes take longer). A library
system's monthly circulation (2023 to 2025, one row per branch a month plus a "SYSTEM TOTAL" row each month that adds
up the branches) with Branch, Month as "2023-01", "Adult Books", "Kids Books", DVDs (falling year on year), "E-Books"
(rising), "New Cards", Visitors and "Program Attendance" (blank now and then). An auto body shop's repair orders
(2023 and 2024, one row per RO) with "RO #" (a running number), "Date In" and "Date Out" as "3/14/2024" ("Date Out"
blank while the car is still in the shop), Make (upper case), Insurer (State Farm, GEICO, Progressive, Allstate,
USAA, "Customer Pay"), "Estimate $" (plain numbers), "Final $" (blank while open; higher when supplemented), "Paint
Hrs", "Body Hrs" and Supplement (Y/N). A florist's wedding orders (2023 to 2025, one row per wedding) with Order as
"FL-1043", "Wedding Date" as "06/14/2025" (summer and fall busiest), Bouquets, Boutonnieres, Centerpieces, "Bouquet
Price" and "Centerpiece Price" as "$185" (each), "Delivery Fee" as "$75.00" ("$0.00" for pick-ups), "Deposit Paid"
and Balance as "$1,234.00" (the balance still owed; "$0.00" once paid off). A climbing gym's daily sales (2023 and
2024, one row a day) with Date as "2024-03-14", "Day Passes", "Pass Price" as "$22.00" ("$24.00" from June 2024),
"Shoe Rentals", "Shoe Rental Price" ("$5.00"), "Harness Rentals", "New Members" and "Staff On" (weekends busier; the
counts blank on a few days nobody filled in). And an HVAC company's maintenance agreements (2021 to 2024, one row per
agreement, some customers with two or three systems) with "Agreement #" as "MA-20431", Customer, System (Furnace, AC,
"Heat Pump"), "Signed Date" as "2022-04-18", "Annual Fee" as "$189.00", "Visits Included" (1 or 2), "Visits Done",
Renewed (Y/N, blank when not yet up for renewal) and Tonnage (2.0 to 5.0, "N/A" for furnaces). All are generated with
a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _num, _text, _top, _typical, _weekday
from .heldout333 import _FIRST, _LAST, _date
from .heldout358 import _money, _yes
from .heldout363 import _month_name
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _either_share(*values: Callable[[pd.DataFrame], float]) -> Check:
    return either(*(_share(v) for v in values))


def _either_named(*values: Callable[[pd.DataFrame], str]) -> Check:
    return either(*(_lead(_named(v)) for v in values))


# --- 1. Dentist appointment schedule -------------------------------------------------------------------------------

# procedure: code, minutes (mean, sd), fee, insurance share, weight
_DE_PROCS = {
    "Cleaning": ("D1110", 55, 8, 125.0, 0.8, 6),
    "Filling": ("D2391", 45, 10, 210.0, 0.7, 3),
    "Crown": ("D2740", 90, 15, 1150.0, 0.5, 1),
}
# hygienist: weight, no-show probability
_DE_HYG = {"Tanya": (4, 0.06), "Marisol": (3, 0.09), "Beth": (3, 0.05), "Kendra": (2, 0.12)}


def _dentist_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36501)
    rows: list[dict[str, Any]] = []
    days = pd.date_range("2023-01-02", "2024-12-31", freq="B")
    appt = 10000
    for day in days:
        for _ in range(int(rng.integers(2, 6))):
            appt += int(rng.integers(1, 3))
            proc = str(_one(rng, list(_DE_PROCS), [v[5] for v in _DE_PROCS.values()]))
            code, mins, sd, fee, ins, _w = _DE_PROCS[proc]
            hyg = str(_one(rng, list(_DE_HYG), [v[0] for v in _DE_HYG.values()]))
            no_show = rng.random() < _DE_HYG[hyg][1]
            billed = 0.0 if no_show else round(fee * rng.uniform(0.9, 1.15), 2)
            ins_paid = 0.0 if no_show else round(billed * min(1.0, max(0.0, rng.normal(ins, 0.1))), 2)
            rows.append(
                {
                    "Appt ID": f"A{appt}",
                    "Date": f"{day:%m/%d/%Y}",
                    "Hygienist": hyg,
                    "Proc Code": code,
                    "Procedure": proc.upper() if rng.random() < 0.04 else proc,
                    "Chair Min": None if no_show else max(15, int(rng.normal(mins, sd))),
                    "Billed": _money(billed),
                    "Ins Paid": _money(ins_paid),
                    "Pt Paid": _money(round(billed - ins_paid, 2)),
                    "No Show": "Y" if no_show else "N",
                }
            )
    return pd.DataFrame(rows)


def _de_proc(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Procedure").str.title()


def _de_patient_share(df: pd.DataFrame, mask: pd.Series | None = None) -> float:
    m = pd.Series(True, index=df.index) if mask is None else mask
    return float(_num(df, "Pt Paid")[m].sum() / _num(df, "Billed")[m].sum())


def _de_patient_row_share(df: pd.DataFrame, mask: pd.Series | None = None) -> float:
    m = (_num(df, "Billed") > 0) if mask is None else mask & (_num(df, "Billed") > 0)
    return float((_num(df, "Pt Paid")[m] / _num(df, "Billed")[m]).mean())


_DE_QS = [
    Q(
        "how many no shows have we had",
        _count(lambda df: int(_yes(df, "No Show").sum())),
        ("No Show", "Appt ID"),
    ),
    Q(
        "which hygienist gets the most no-shows",
        _either_named(
            lambda df: _top(_yes(df, "No Show").groupby(_text(df, "Hygienist")).sum()),
            lambda df: _top(_yes(df, "No Show").groupby(_text(df, "Hygienist")).mean()),
        ),
        ("No Show", "Hygienist", "Appt ID"),
    ),
    Q(
        "how long does a crown usually keep someone in the chair",
        _typical(lambda df: _num(df, "Chair Min")[_de_proc(df) == "Crown"].dropna()),
        ("Chair Min", "Procedure", "Proc Code"),
    ),
    Q(
        "total insurance payments in 2024?",
        _amount(lambda df: float(_num(df, "Ins Paid")[_date(df, "Date", "%m/%d/%Y").dt.year == 2024].sum())),
        ("Ins Paid", "Date"),
    ),
    Q(
        "what share of what we bill do patients end up paying out of pocket",
        _either_share(_de_patient_share, _de_patient_row_share),
        ("Pt Paid", "Billed", "Ins Paid"),
    ),
    Q(
        "and just for fillings?",
        _either_share(
            lambda df: _de_patient_share(df, _de_proc(df) == "Filling"),
            lambda df: _de_patient_row_share(df, _de_proc(df) == "Filling"),
        ),
        ("Pt Paid", "Billed", "Ins Paid", "Procedure", "Proc Code"),
    ),
]


# --- 2. Golf course tee sheet --------------------------------------------------------------------------------------


def _golf_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36502)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2024-04-01", "2024-10-31", freq="D"):
        weekend = day.dayofweek >= 5
        peak = 1.0 + 0.4 * np.exp(-(((day.dayofyear - 180) / 45) ** 2))
        n = int(rng.poisson((20 if weekend else 11) * peak))
        starts = np.sort(rng.choice(np.arange(6 * 60 + 30, 16 * 60, 10), size=min(n, 57), replace=False))
        for t in starts:
            players = int(_one(rng, [1, 2, 3, 4], [1, 4, 3, 5]))
            holes = 9 if rng.random() < (0.35 if t > 14 * 60 else 0.15) else 18
            member = rng.random() < 0.3
            cart = rng.random() < (0.7 if holes == 18 else 0.4)
            fee = 0.0 if member else (45.0 if holes == 18 else 28.0) + (12.0 if weekend else 0.0)
            minutes = rng.normal((245 if holes == 18 else 125) + 8 * (players - 2) - (10 if member else 0), 18)
            hour, minute = divmod(int(t), 60)
            rows.append(
                {
                    "Tee Time": f"{(hour - 1) % 12 + 1}:{minute:02d} {'AM' if hour < 12 else 'PM'}",
                    "Date": f"{day:%Y-%m-%d}",
                    "Players": players,
                    "Holes": holes,
                    "Cart": "Y" if cart else "N",
                    "Green Fee Each": _money(fee),
                    "Cart Fee Each": _money(18.0 if holes == 18 else 11.0) if cart else None,
                    "Member": "Y" if member else "N",
                    "Round Minutes": None if rng.random() < 0.08 else int(minutes),
                }
            )
    return pd.DataFrame(rows)


def _gf_month(df: pd.DataFrame, weights: pd.Series) -> pd.Timestamp:
    months = _date(df, "Date", "%Y-%m-%d").dt.to_period("M")
    return weights.groupby(months).sum().idxmax().to_timestamp()


def _gf_member_means(df: pd.DataFrame, holes: int | None) -> list[float]:
    m = pd.Series(True, index=df.index) if holes is None else _num(df, "Holes") == holes
    means = _num(df, "Round Minutes")[m].groupby(_yes(df, "Member")[m]).mean()
    return [float(means[True]), float(means[False])]


_GF_QS = [
    Q(
        "how many golfers came out in total",
        _count(lambda df: int(_num(df, "Players").sum())),
        ("Players",),
    ),
    Q(
        "how long does an 18 hole round take usually",
        _typical(lambda df: _num(df, "Round Minutes")[_num(df, "Holes") == 18].dropna()),
        ("Round Minutes", "Holes"),
    ),
    Q(
        "what percent of groups take a cart",
        _share(lambda df: float(_yes(df, "Cart").mean())),
        ("Cart",),
    ),
    Q(
        "how much did we take in on green fees",
        _amount(lambda df: float((_num(df, "Players") * _num(df, "Green Fee Each")).sum())),
        ("Green Fee Each", "Players"),
    ),
    Q(
        "busiest month?",
        either(
            _lead(_month_name(lambda df: _gf_month(df, pd.Series(1, index=df.index)).month)),
            _lead(_month_name(lambda df: _gf_month(df, _num(df, "Players")).month)),
            _month_year(lambda df: _gf_month(df, pd.Series(1, index=df.index))),
            _month_year(lambda df: _gf_month(df, _num(df, "Players"))),
        ),
        ("Date", "Players", "Tee Time"),
    ),
    Q(
        "do members play quicker than everyone else",
        either(
            _about(lambda df: _gf_member_means(df, None)),
            _about(lambda df: _gf_member_means(df, 18)),
        ),
        ("Round Minutes", "Member", "Holes"),
    ),
]


# --- 3. Library branch monthly circulation -------------------------------------------------------------------------

# branch: size
_LB_BRANCHES = {
    "Central": 3.0, "Eastside": 1.4, "Westgate": 1.2, "Northridge": 1.0, "Riverside": 0.9, "Oak Park": 0.8,
    "Maple Hill": 0.6, "Southport": 0.7, "Lakeview": 0.5,
}  # fmt: skip
_LB_COUNTS = ["Adult Books", "Kids Books", "DVDs", "E-Books", "New Cards", "Visitors", "Program Attendance"]


def _library_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36503)
    rows: list[dict[str, Any]] = []
    for k, month in enumerate(pd.date_range("2023-01-01", "2025-12-01", freq="MS")):
        summer = 1.35 if month.month in (6, 7, 8) else 1.0
        block: list[dict[str, Any]] = []
        for branch, size in _LB_BRANCHES.items():
            visitors = int(rng.normal(6000 * size * summer, 500 * size))
            kids_lean = float(rng.uniform(0.7, 1.3))
            prog = int(rng.poisson(300 * size * summer * kids_lean))
            block.append(
                {
                    "Branch": branch,
                    "Month": f"{month:%Y-%m}",
                    "Adult Books": int(visitors * rng.uniform(0.8, 1.0)),
                    "Kids Books": int(visitors * rng.uniform(0.45, 0.6) * kids_lean * summer),
                    "DVDs": int(rng.poisson(900 * size * 0.985**k)),
                    "E-Books": int(rng.poisson(700 * size * 1.02**k)),
                    "New Cards": int(rng.poisson(visitors / 60)),
                    "Visitors": visitors,
                    "Program Attendance": None if rng.random() < 0.06 else prog,
                }
            )
        total: dict[str, Any] = {"Branch": "SYSTEM TOTAL", "Month": f"{month:%Y-%m}"}
        for col in _LB_COUNTS:
            total[col] = int(sum(r[col] or 0 for r in block))
        rows.extend([*block, total])
    return pd.DataFrame(rows)


def _lb(df: pd.DataFrame) -> pd.DataFrame:
    """Branch rows only (the monthly total row dropped)."""
    return df[_text(df, "Branch").str.upper() != "SYSTEM TOTAL"]


def _lb_year(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Month", "%Y-%m").dt.year


def _lb_top_month(df: pd.DataFrame) -> pd.Timestamp:
    b = _lb(df)
    return pd.Timestamp(_num(b, "Visitors").groupby(_date(b, "Month", "%Y-%m")).sum().idxmax())


_LB_QS = [
    Q(
        "which branch lends out the most kids books",
        _lead(_named(lambda df: _top(_num(_lb(df), "Kids Books").groupby(_text(_lb(df), "Branch")).sum()))),
        ("Kids Books", "Branch"),
    ),
    Q(
        "total ebook checkouts in 2024",
        _amount(lambda df: float(_num(_lb(df), "E-Books")[_lb_year(_lb(df)) == 2024].sum())),
        ("E-Books", "Month", "Branch"),
    ),
    Q(
        "how are dvd checkouts trending year to year",
        _about(lambda df: _num(_lb(df), "DVDs").groupby(_lb_year(_lb(df))).sum().to_numpy(), rel=0.005),
        ("DVDs", "Month", "Branch"),
    ),
    Q(
        "do branches with more visitors sign up more new cardholders",
        _corr(lambda df: _num(_lb(df), "Visitors"), lambda df: _num(_lb(df), "New Cards")),
        ("Visitors", "New Cards", "Branch"),
    ),
    Q(
        "how many people come to programs at a branch in a typical month",
        either(
            _typical(lambda df: _num(_lb(df), "Program Attendance").dropna()),
            _about(lambda df: float(_num(_lb(df), "Program Attendance").fillna(0).mean())),
        ),
        ("Program Attendance", "Branch", "Month"),
    ),
    Q(
        "which month had the most visitors across the whole system",
        _month_year(_lb_top_month),
        ("Visitors", "Month", "Branch"),
    ),
]


# --- 4. Auto body shop repair orders -------------------------------------------------------------------------------

_AB_MAKES = {
    "TOYOTA": 16, "HONDA": 13, "FORD": 14, "CHEVROLET": 11, "NISSAN": 8, "JEEP": 6, "HYUNDAI": 6, "SUBARU": 5,
    "KIA": 5, "BMW": 3, "RAM": 4, "GMC": 3, "TESLA": 2, "MAZDA": 3, "VOLKSWAGEN": 3,
}  # fmt: skip
# insurer: weight, supplement probability, typical supplement bump
_AB_INSURERS = {
    "State Farm": (28, 0.35, 0.18), "GEICO": (20, 0.45, 0.22), "Progressive": (18, 0.40, 0.20),
    "Allstate": (14, 0.38, 0.25), "USAA": (10, 0.30, 0.15), "Customer Pay": (10, 0.10, 0.08),
}  # fmt: skip


def _body_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36504)
    rows: list[dict[str, Any]] = []
    days = pd.date_range("2023-01-02", "2024-12-31", freq="B")
    picks = np.sort(rng.choice(len(days), size=1400))
    for k, i in enumerate(picks):
        day_in = days[i]
        insurer = str(_one(rng, list(_AB_INSURERS), [v[0] for v in _AB_INSURERS.values()]))
        _w, p_sup, bump = _AB_INSURERS[insurer]
        body = round(float(rng.gamma(2.2, 6)), 1)
        paint = round(body * rng.uniform(0.4, 0.9), 1)
        estimate = round(body * 62 + paint * 62 + rng.gamma(2, 400), 2)
        sup = rng.random() < p_sup
        final = round(estimate * (1 + (rng.uniform(0.5, 1.5) * bump if sup else rng.normal(0, 0.02))), 2)
        stay = int(max(1, rng.normal(4 + body / 3 + (4 if sup else 0), 2.5)))
        day_out = day_in + pd.Timedelta(days=stay)
        still_in = day_out > pd.Timestamp("2024-12-31")
        rows.append(
            {
                "RO #": 23001 + k,
                "Date In": f"{day_in.month}/{day_in.day}/{day_in.year}",
                "Date Out": None if still_in else f"{day_out.month}/{day_out.day}/{day_out.year}",
                "Make": str(_one(rng, list(_AB_MAKES), list(_AB_MAKES.values()))),
                "Insurer": insurer,
                "Estimate $": estimate,
                "Final $": None if still_in else final,
                "Paint Hrs": paint,
                "Body Hrs": body,
                "Supplement": "Y" if sup else "N",
            }
        )
    return pd.DataFrame(rows)


def _ab_days(df: pd.DataFrame) -> pd.Series:
    return (_date(df, "Date Out", "%m/%d/%Y") - _date(df, "Date In", "%m/%d/%Y")).dt.days.dropna()


def _ab_bump(df: pd.DataFrame, ratio: bool) -> str:
    final, est = _num(df, "Final $"), _num(df, "Estimate $")
    gap = (final / est - 1) if ratio else (final - est)
    return _top(gap.groupby(_text(df, "Insurer")).mean())


_AB_QS = [
    Q(
        "how many cars are still in the shop",
        _count(lambda df: int(_text(df, "Date Out").eq("").sum())),
        ("Date Out", "RO #"),
    ),
    Q(
        "average days from drop off to pick up",
        _typical(_ab_days),
        ("Date In", "Date Out", "RO #"),
    ),
    Q(
        "what % of jobs needed a supplement",
        _share(lambda df: float(_yes(df, "Supplement").mean())),
        ("Supplement", "RO #"),
    ),
    Q(
        "which insurance company's jobs go over the estimate the most",
        _either_named(lambda df: _ab_bump(df, False), lambda df: _ab_bump(df, True)),
        ("Insurer", "Estimate $", "Final $", "Supplement"),
    ),
    Q(
        "total body hours and paint hours",
        _about(lambda df: [float(_num(df, "Body Hrs").sum()), float(_num(df, "Paint Hrs").sum())], rel=0.002),
        ("Body Hrs", "Paint Hrs"),
    ),
    Q(
        "what make comes in most",
        _lead(_named(lambda df: _top(_text(df, "Make").value_counts()))),
        ("Make", "RO #"),
    ),
]


# --- 5. Florist wedding orders -------------------------------------------------------------------------------------

_FL_MONTHS = {1: 1, 2: 1, 3: 2, 4: 4, 5: 7, 6: 11, 7: 7, 8: 8, 9: 12, 10: 13, 11: 4, 12: 2}


def _florist_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36505)
    rows: list[dict[str, Any]] = []
    order = 1000
    for year in (2023, 2024, 2025):
        n = int(rng.integers(120, 160))
        for _ in range(n):
            order += 1
            month = int(_one(rng, list(_FL_MONTHS), list(_FL_MONTHS.values())))
            day = pd.Timestamp(year, month, 1) + pd.Timedelta(days=int(rng.integers(0, 28)))
            party = int(rng.integers(2, 9))
            guests = int(rng.normal(120, 40))
            bouquets = party + 1
            bouts = party + int(rng.integers(1, 4))
            centers = max(4, guests // 9 + int(rng.integers(-2, 3)))
            b_price = float(_one(rng, [125, 150, 165, 185, 225, 275])) + 10 * (party > 6)
            c_price = float(_one(rng, [65, 75, 85, 95, 120, 150]))
            delivery = 0.0 if rng.random() < 0.12 else float(_one(rng, [50, 75, 100, 125]))
            total = bouquets * b_price + bouts * 25 + centers * c_price + delivery
            deposit = round(total * float(_one(rng, [0.25, 0.3, 0.5])), -1)
            paid_off = day < pd.Timestamp("2025-06-01") or rng.random() < 0.15
            rows.append(
                {
                    "Order": f"FL-{order}",
                    "Wedding Date": f"{day:%m/%d/%Y}",
                    "Bouquets": bouquets,
                    "Boutonnieres": bouts,
                    "Centerpieces": centers,
                    "Bouquet Price": f"${b_price:.0f}",
                    "Centerpiece Price": f"${c_price:.0f}",
                    "Delivery Fee": _money(delivery),
                    "Deposit Paid": _money(deposit),
                    "Balance": _money(0.0 if paid_off else total - deposit),
                }
            )
    return pd.DataFrame(rows)


def _fl_date(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Wedding Date", "%m/%d/%Y")


def _fl_month(df: pd.DataFrame) -> int:
    return int(_fl_date(df).dt.month.value_counts().sort_index().idxmax())


_FL_QS = [
    Q(
        "how many weddings did we do in 2024",
        _count(lambda df: int((_fl_date(df).dt.year == 2024).sum())),
        ("Wedding Date", "Order"),
    ),
    Q(
        "what month are most weddings in",
        either(
            _lead(_month_name(_fl_month)),
            _month_year(lambda df: _fl_date(df).dt.to_period("M").value_counts().sort_index().idxmax().to_timestamp()),
        ),
        ("Wedding Date", "Order"),
    ),
    Q(
        "how many centerpieces does a wedding usually get",
        _typical(lambda df: _num(df, "Centerpieces")),
        ("Centerpieces",),
    ),
    Q(
        "how much money are couples still owing us all together",
        _amount(lambda df: float(_num(df, "Balance").sum())),
        ("Balance", "Order"),
    ),
    Q(
        "centerpiece sales in 2024, in dollars",
        _amount(
            lambda df: float(
                (_num(df, "Centerpieces") * _num(df, "Centerpiece Price"))[_fl_date(df).dt.year == 2024].sum()
            )
        ),
        ("Centerpieces", "Centerpiece Price", "Wedding Date"),
    ),
    Q(
        "is there any link between how many bouquets they order and the bouquet price",
        _corr(lambda df: _num(df, "Bouquets"), lambda df: _num(df, "Bouquet Price")),
        ("Bouquets", "Bouquet Price"),
    ),
]


# --- 6. Climbing gym daily sales -----------------------------------------------------------------------------------


def _climbing_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36506)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2023-01-01", "2024-12-31", freq="D"):
        weekend = day.dayofweek >= 5
        winter = 1.25 if day.month in (1, 2, 11, 12) else 1.0
        staff = int(rng.integers(4, 7)) if weekend else int(rng.integers(2, 5))
        passes = int(rng.poisson((95 if weekend else 45) * winter))
        blank = rng.random() < 0.02
        rows.append(
            {
                "Date": f"{day:%Y-%m-%d}",
                "Day Passes": None if blank else passes,
                "Pass Price": _money(24.0 if day >= pd.Timestamp("2024-06-01") else 22.0),
                "Shoe Rentals": None if blank else int(rng.binomial(passes, 0.55)),
                "Shoe Rental Price": _money(5.0),
                "Harness Rentals": None if blank else int(rng.binomial(passes, 0.3)),
                "New Members": None if blank else int(rng.poisson(0.5 + 0.4 * staff)),
                "Staff On": staff,
            }
        )
    return pd.DataFrame(rows)


def _cg_date(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Date", "%Y-%m-%d")


def _cg_weekday(df: pd.DataFrame, how: str) -> str:
    return str(_num(df, "Day Passes").groupby(_cg_date(df).dt.day_name()).agg(how).idxmax())


def _cg_shoe_row(df: pd.DataFrame) -> float:
    p, s = _num(df, "Day Passes"), _num(df, "Shoe Rentals")
    m = p > 0
    return float((s[m] / p[m]).mean())


_CG_QS = [
    Q(
        "how many day passes did we sell altogether",
        _count(lambda df: int(_num(df, "Day Passes").sum())),
        ("Day Passes",),
    ),
    Q(
        "whats the busiest day of the week",
        either(_lead(_weekday(lambda df: _cg_weekday(df, "sum"))), _lead(_weekday(lambda df: _cg_weekday(df, "mean")))),
        ("Day Passes", "Date"),
    ),
    Q(
        "what fraction of day pass climbers rent shoes",
        _either_share(
            lambda df: float(_num(df, "Shoe Rentals").sum() / _num(df, "Day Passes").sum()),
            _cg_shoe_row,
        ),
        ("Shoe Rentals", "Day Passes"),
    ),
    Q(
        "day pass revenue for 2024",
        _amount(
            lambda df: float((_num(df, "Day Passes") * _num(df, "Pass Price"))[_cg_date(df).dt.year == 2024].sum())
        ),
        ("Day Passes", "Pass Price", "Date"),
    ),
    Q(
        "how many days have no day pass count filled in",
        _count(lambda df: int(_num(df, "Day Passes").isna().sum())),
        ("Day Passes", "Date"),
    ),
    Q(
        "do we get more new members on days with more staff working",
        _corr(lambda df: _num(df, "Staff On"), lambda df: _num(df, "New Members")),
        ("Staff On", "New Members"),
    ),
]


# --- 7. HVAC maintenance agreements --------------------------------------------------------------------------------

# system: weight, fee choices, tonnage choices (None: furnace)
_HV_SYSTEMS = {
    "Furnace": (4, [149.0, 169.0, 189.0], None),
    "AC": (4, [159.0, 179.0, 199.0], [2.0, 2.5, 3.0, 3.5, 4.0, 5.0]),
    "Heat Pump": (2, [199.0, 229.0, 249.0], [2.0, 2.5, 3.0, 3.5, 4.0, 5.0]),
}


def _hvac_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36507)
    rows: list[dict[str, Any]] = []
    number = 20400
    days = pd.date_range("2021-01-04", "2024-12-31", freq="D")
    customers = [f"{_one(rng, _FIRST)} {_one(rng, _LAST)}" for _ in range(900)]
    customers = list(dict.fromkeys(customers))
    for cust in customers:
        n = int(_one(rng, [1, 2, 3], [10, 3, 1]))
        signed = days[int(rng.integers(len(days)))]
        for system in rng.choice(list(_HV_SYSTEMS), size=n, replace=False, p=[0.4, 0.4, 0.2]):
            number += int(rng.integers(1, 4))
            _w, fees, tons = _HV_SYSTEMS[str(system)]
            visits = 2 if system == "Heat Pump" or rng.random() < 0.3 else 1
            done = int(min(visits, rng.binomial(visits, 0.85)))
            up = signed < pd.Timestamp("2024-01-01")
            renewed = None if not up else ("Y" if rng.random() < (0.55 + 0.15 * (done == visits)) else "N")
            rows.append(
                {
                    "Agreement #": f"MA-{number}",
                    "Customer": cust,
                    "System": str(system),
                    "Signed Date": f"{signed:%Y-%m-%d}",
                    "Annual Fee": _money(
                        float(_one(rng, fees)) + (50.0 if visits == 2 and system != "Heat Pump" else 0.0)
                    ),
                    "Visits Included": visits,
                    "Visits Done": done,
                    "Renewed": renewed,
                    "Tonnage": "N/A" if tons is None else _one(rng, tons),
                }
            )
    return pd.DataFrame(rows)


def _hv_renew(df: pd.DataFrame, mask: pd.Series | None = None) -> list[float]:
    m = pd.Series(True, index=df.index) if mask is None else mask
    flag = _text(df, "Renewed").str.upper()[m]
    return [float((flag == "Y").sum() / flag.isin(["Y", "N"]).sum()), float((flag == "Y").mean())]


def _hv_rate(mask: Callable[[pd.DataFrame], pd.Series] | None = None) -> Check:
    return _either_share(
        lambda df: _hv_renew(df, None if mask is None else mask(df))[0],
        lambda df: _hv_renew(df, None if mask is None else mask(df))[1],
    )


_HV_QS = [
    Q(
        "how many agreements do we have for each kind of system",
        _count(lambda df: _text(df, "System").value_counts().to_numpy()),
        ("System", "Agreement #"),
    ),
    Q(
        "what's our renewal rate",
        _hv_rate(),
        ("Renewed", "Agreement #"),
    ),
    Q(
        "and for heat pumps?",
        _hv_rate(lambda df: _text(df, "System") == "Heat Pump"),
        ("Renewed", "System", "Agreement #"),
    ),
    Q(
        "how many customers have more than one agreement",
        _count(lambda df: int((_text(df, "Customer").value_counts() > 1).sum())),
        ("Customer", "Agreement #"),
    ),
    Q(
        "average yearly fee by system type",
        _about(lambda df: _num(df, "Annual Fee").groupby(_text(df, "System")).mean().to_numpy(), rel=0.005),
        ("Annual Fee", "System"),
    ),
    Q(
        "how many agreements got fewer visits than they paid for",
        _count(lambda df: int((_num(df, "Visits Done") < _num(df, "Visits Included")).sum())),
        ("Visits Done", "Visits Included", "Agreement #"),
    ),
]


HELDOUT365 = [
    Dataset("dentist_appointment_schedule", _dentist_frame, _DE_QS),
    Dataset("golf_course_tee_sheet", _golf_frame, _GF_QS),
    Dataset("library_branch_monthly_circulation", _library_frame, _LB_QS),
    Dataset("auto_body_repair_orders", _body_frame, _AB_QS),
    Dataset("florist_wedding_orders", _florist_frame, _FL_QS),
    Dataset("climbing_gym_daily_sales", _climbing_frame, _CG_QS),
    Dataset("hvac_maintenance_agreements", _hvac_frame, _HV_QS),
]
