"""HELDOUT354: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of the spreadsheet a small outfit keeps: a tree service's job log (2022 to
2024, one row per job) with "Job #" as a running number (1001 on), Date as "3/14/2023", Area (Northside, Oak Hills,
Riverside, Downtown, Westwood, Lakeview; now and then upper case), "Trees Removed" (0 for trimming-only jobs),
"Stump Grinding" (Yes/No), "Crane Used" (Y/N; more with more trees), "Crew Size" (2 to 6), "Hours On Site" (longer
for more trees and cranes, shorter with bigger crews), "Quote $" and "Final Bill $" as "$2,450.00" (the bill usually
the quote, sometimes more, blank for jobs not yet billed). A fishing charter's trip log (April to October of 2022 to
2024, one row per trip) with "Trip Date" as "2023-06-14", Boat (Reel Deal, Sea Witch, Miss Kathy), Captain (each
mostly on one boat), "Trip Type" ("Half Day" / "Full Day"), Anglers (2 to 6), "Fish Kept", "Fish Released", "Biggest
Fish (lbs)" (blank when nothing was kept), "Fuel (gal)" (more on full days), "Trip Price" as "$650" and Tip as
"$100" (blank when none). A music school's lesson roster (one row per student) with Student as "First Last",
Instrument (Piano, Guitar, Violin, Voice, Drums, Cello), Teacher, "Lesson Length (min)" (30, 45, 60), "Weekly Rate"
as "$35.00" (by length), "Start Month" as "Sep-2023", "Lessons Missed", Recital ("Yes", "No", blank when not asked)
and Age (5 to 70). A print shop's orders (2023 and 2024) with "Order ID" as "PO-24-0153", "Date In" as "03/14/2024",
Product (Flyers, Business Cards, Banners, Booklets), Qty, "Paper Stock" ("100# Gloss Text", "14pt Cardstock", "13oz
Vinyl", "80# Matte Text"), "Color" ("4/4" or "4/0"), Rush (Y/N), Price as "$245.00" (by product and quantity, more
for rush and 4/4) and "Reprint?" (Y, N or blank). A gun range's lane rentals (2023 and 2024) with Date as
"2024-03-14", Lane (1 to 12), "Member/Guest" (now and then lower case), Minutes (30, 60, 90, 120), "Rounds Bought"
(0 when they brought their own), Caliber ("9mm", ".22 LR", ".45 ACP", "5.56", ".38 Spl", "12 ga"), "Rental Gun"
(Y/N), "Lane Fee" as "$20.00" (members pay less) and "Ammo $" as "$32.50". A pool service company's weekly visits
(2024, one row per pool a week with skipped weeks) with "Pool ID" as "P-0412", "Visit Date" as "6/14/2024", Tech,
"Chlorine (ppm)" (a few blank), pH (a few "N/A"), "Acid Added (gal)" (more when the pH is high), "Filter Cleaned"
(Yes/No), "Green Pool" (TRUE / FALSE, mostly early in the season) and "Minutes On Site" (longer for green pools).
And a snow plow contractor's storm log (the winters of 2021-22 to 2023-24, one row per lot a storm, small storms
skipping the per-inch lots) with "Storm Date" as "01/14/2023", "Snow (in)" (one figure per storm), Lot (business
names), Route (A to D), Truck as "Truck 3" (a spare "Truck 5" now and then), "Hours Plowing", "Salt (tons)", Billing
("Per Push" / "Per Inch") and "Invoice $" as "$1,250.00". All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _num, _text, _top, _typical
from .heldout333 import _FIRST, _LAST, _date, _either_named
from .offline_eval import Check, Dataset, Q, either, month_names
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

# --- shared helpers ------------------------------------------------------------------------------------------------


def _money(x: float, cents: bool = True) -> str:
    return f"${x:,.2f}" if cents else f"${x:,.0f}"


def _yes(df: pd.DataFrame, col: str) -> pd.Series:
    """A yes/no column as booleans ("Y", "Yes", "TRUE" are yes)."""
    return _text(df, col).str.upper().isin(["Y", "YES", "TRUE"])


def _both_typical(*values: Callable[[pd.DataFrame], pd.Series]) -> Check:
    """Every group's mean appears, or every group's median."""
    return either(
        _about(lambda df: [float(v(df).mean()) for v in values]),
        _about(lambda df: [float(v(df).median()) for v in values]),
    )


def _month_word(value: Callable[[pd.DataFrame], int]) -> Check:
    """A month of the year by name ("July", "Jul")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        m = int(value(df))
        if re.search(rf"\b(?:{month_names(m)})\b", answer, re.IGNORECASE):
            return None
        return f"missing month {m}"

    return check


def _number_word(value: Callable[[pd.DataFrame], int]) -> Check:
    """A whole number said on its own ("lane 7", "#7")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        n = int(value(df))
        if re.search(rf"(?<![\d.,]){n}(?![\d]|\.\d)", answer):
            return None
        return f"missing number {n}"

    return check


def _name(rng: np.random.Generator) -> str:
    return f"{_one(rng, _FIRST)} {_one(rng, _LAST)}"


# --- 1. Tree service job log ---------------------------------------------------------------------------------------

_TS_AREAS = {"Northside": 4, "Oak Hills": 3, "Riverside": 3, "Downtown": 1.5, "Westwood": 2.5, "Lakeview": 2}


def _tree_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35401)
    days = pd.date_range("2022-01-03", "2024-12-20", freq="B")
    rows: list[dict[str, Any]] = []
    job = 1000
    for day in days:
        busy = 0.55 + 0.35 * np.cos(2 * np.pi * (day.dayofyear - 150) / 365)
        for _ in range(int(rng.poisson(busy))):
            job += 1
            area = str(_one(rng, list(_TS_AREAS), list(_TS_AREAS.values())))
            trees = int(_one(rng, [0, 1, 2, 3, 4, 5, 6, 8], [2, 6, 4, 2.5, 1.5, 1, 0.6, 0.3]))
            crane = trees > 0 and rng.random() < 0.08 + 0.07 * trees
            crew = int(np.clip(rng.normal(3 + 0.3 * trees + (1 if crane else 0), 0.8), 2, 6))
            hours = max(1.0, (2 + 2.4 * trees + (3 if crane else 0)) * (3.5 / crew) * rng.lognormal(0, 0.2))
            stump = trees > 0 and rng.random() < 0.45
            quote = 250 + 650 * trees + (1200 if crane else 0) + (180 * trees if stump else 0)
            quote = round(quote * rng.lognormal(0, 0.18) / 25) * 25
            bill: Any = quote
            if rng.random() < 0.22:
                bill = quote + round(rng.uniform(50, 0.3 * quote) / 5) * 5
            billed = _money(bill) if (day < pd.Timestamp("2024-12-02") or rng.random() < 0.4) else ""
            if rng.random() < 0.02:
                billed = ""
            rows.append(
                {
                    "Job #": job,
                    "Date": f"{day.month}/{day.day}/{day.year}",
                    "Area": area.upper() if rng.random() < 0.04 else area,
                    "Trees Removed": trees,
                    "Stump Grinding": "Yes" if stump else "No",
                    "Crane Used": "Y" if crane else "N",
                    "Crew Size": crew,
                    "Hours On Site": round(hours * 2) / 2,
                    "Quote $": _money(quote),
                    "Final Bill $": billed,
                }
            )
    return pd.DataFrame(rows)


def _ts_crane(df: pd.DataFrame) -> pd.Series:
    return _yes(df, "Crane Used")


def _ts_area(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Area").str.title()


def _ts_over(blank_as_not: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        bill, quote = _num(df, "Final Bill $"), _num(df, "Quote $")
        over = (bill > quote).fillna(False).astype(bool)
        return float(over.mean() if blank_as_not else over[bill.notna()].mean())

    return value


_TS_QS = [
    Q("how many jobs needed a crane", _count(lambda df: int(_ts_crane(df).sum())), ("Crane Used",)),
    Q(
        "what's the average final bill on those",
        _typical(lambda df: _num(df, "Final Bill $")[_ts_crane(df)]),
        ("Final Bill $", "Crane Used"),
    ),
    Q(
        "which part of town brings in the most money",
        _lead(_named(lambda df: _top(_num(df, "Final Bill $").groupby(_ts_area(df)).sum()))),
        ("Area", "Final Bill $"),
    ),
    Q(
        "how often does the bill end up higher than the quote",
        either(_share(_ts_over(False)), _share(_ts_over(True))),
        ("Quote $", "Final Bill $"),
    ),
    Q(
        "total trees taken down in 2023",
        _count(lambda df: int(df["Trees Removed"][_date(df, "Date", "%m/%d/%Y").dt.year == 2023].sum())),
        ("Trees Removed", "Date"),
    ),
    Q(
        "do bigger crews get done quicker?",
        _corr(lambda df: _num(df, "Crew Size"), lambda df: _num(df, "Hours On Site")),
        ("Crew Size", "Hours On Site"),
    ),
]


# --- 2. Fishing charter trip log -----------------------------------------------------------------------------------

_FC_BOATS = {"Reel Deal": ["Dale Hutchins", "Rick Moreau"], "Sea Witch": ["Tommy Vance"], "Miss Kathy": ["Bo Landry"]}


def _fish_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35402)
    rows: list[dict[str, Any]] = []
    skill = {"Dale Hutchins": 1.0, "Rick Moreau": 0.85, "Tommy Vance": 1.2, "Bo Landry": 0.95}
    for day in pd.date_range("2022-04-01", "2024-10-31", freq="D"):
        if day.month < 4 or day.month > 10:
            continue
        season = 0.35 + 0.45 * np.exp(-(((day.month - 7.2) / 1.6) ** 2)) + (0.2 if day.dayofweek >= 5 else 0)
        for boat, captains in _FC_BOATS.items():
            if rng.random() > season:
                continue
            captain = captains[0] if len(captains) == 1 or rng.random() < 0.6 else captains[1]
            if rng.random() < 0.04:
                captain = str(_one(rng, [c for cs in _FC_BOATS.values() for c in cs]))
            full = rng.random() < 0.38
            anglers = int(_one(rng, [2, 3, 4, 5, 6], [2, 2, 4, 2, 1.5]))
            catch = rng.poisson(anglers * (5.5 if full else 3.0) * skill[captain])
            kept = int(rng.binomial(catch, 0.45))
            biggest: Any = round(float(rng.lognormal(np.log(6 if full else 3.5), 0.45)), 1) if kept else ""
            price = (1150 if full else 650) + 75 * max(anglers - 4, 0)
            tip: Any = ""
            if rng.random() < 0.82:
                tip = _money(round(price * rng.uniform(0.08, 0.25) / 10) * 10, cents=False)
            rows.append(
                {
                    "Trip Date": f"{day:%Y-%m-%d}",
                    "Boat": boat,
                    "Captain": captain,
                    "Trip Type": "Full Day" if full else "Half Day",
                    "Anglers": anglers,
                    "Fish Kept": kept,
                    "Fish Released": int(catch - kept),
                    "Biggest Fish (lbs)": biggest,
                    "Fuel (gal)": round(float(rng.normal(78 if full else 36, 8 if full else 5) + 2 * anglers), 1),
                    "Trip Price": _money(price, cents=False),
                    "Tip": tip,
                }
            )
    return pd.DataFrame(rows)


def _fc_full(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Trip Type").str.lower() == "full day"


def _fc_tip(kind: bool, blanks_zero: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def values(df: pd.DataFrame) -> pd.Series:
        tip = _num(df, "Tip")
        if blanks_zero:
            tip = tip.fillna(0)
        return tip[_fc_full(df) == kind]

    return values


def _fc_big_captain(df: pd.DataFrame) -> str:
    return str(df.loc[_num(df, "Biggest Fish (lbs)").idxmax(), "Captain"])


_FC_QS = [
    Q("how many full day trips did we run", _count(lambda df: int(_fc_full(df).sum())), ("Trip Type",)),
    Q(
        "average tip on full days vs half days",
        either(
            _both_typical(_fc_tip(True, False), _fc_tip(False, False)),
            _both_typical(_fc_tip(True, True), _fc_tip(False, True)),
        ),
        ("Tip", "Trip Type"),
    ),
    Q(
        "whats the biggest fish anyone's caught and who was the captain",
        _about(lambda df: float(_num(df, "Biggest Fish (lbs)").max()), rel=0.001),
        ("Biggest Fish (lbs)", "Captain", "Trip Date", "Boat"),
    ),
    Q(
        "what percent of the fish get thrown back",
        _share(lambda df: float(df["Fish Released"].sum() / (df["Fish Released"].sum() + df["Fish Kept"].sum()))),
        ("Fish Kept", "Fish Released"),
    ),
    Q(
        "which month is the busiest",
        _lead(_month_word(lambda df: int(_date(df, "Trip Date", "%Y-%m-%d").dt.month.value_counts().idxmax()))),
        ("Trip Date",),
    ),
    Q(
        "does fuel use go up with more people on board",
        _corr(lambda df: _num(df, "Anglers"), lambda df: _num(df, "Fuel (gal)")),
        ("Anglers", "Fuel (gal)"),
    ),
]


# --- 3. Music school lesson roster ---------------------------------------------------------------------------------

_MS_TEACHERS = {
    "Piano": ["Ms. Alvarez", "Mr. Chen"],
    "Guitar": ["Jake Porter", "Mr. Chen"],
    "Violin": ["Dr. Ivanova"],
    "Voice": ["Ms. Alvarez", "Renee Brooks"],
    "Drums": ["Jake Porter"],
    "Cello": ["Dr. Ivanova"],
}
_MS_RATES = {30: 32.0, 45: 45.0, 60: 58.0}


def _music_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35403)
    rows: list[dict[str, Any]] = []
    months = pd.date_range("2021-09-01", "2024-11-01", freq="MS")
    for _ in range(420):
        inst = str(_one(rng, list(_MS_TEACHERS), [9, 7, 3, 4, 3, 1.5]))
        teacher = str(_one(rng, _MS_TEACHERS[inst]))
        adult = rng.random() < 0.18
        age = int(rng.integers(19, 71)) if adult else int(np.clip(rng.normal(11, 3), 5, 18))
        length = int(_one(rng, [30, 45, 60], [5, 3, 2] if age < 12 else [2, 3, 3]))
        rate = _MS_RATES[length] + (3.0 if teacher == "Dr. Ivanova" else 0.0)
        start = months[int(rng.integers(len(months)))]
        recital: Any = "Yes" if rng.random() < (0.55 if age < 18 else 0.2) else "No"
        if rng.random() < 0.07:
            recital = ""
        rows.append(
            {
                "Student": _name(rng),
                "Instrument": inst,
                "Teacher": teacher,
                "Lesson Length (min)": length,
                "Weekly Rate": _money(rate),
                "Start Month": f"{start:%b-%Y}",
                "Lessons Missed": int(rng.poisson(2.5 if age < 18 else 4)),
                "Recital": recital,
                "Age": age,
            }
        )
    return pd.DataFrame(rows)


def _ms_piano(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Instrument").str.lower() == "piano"


def _ms_recital(blanks_no: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        said = _text(df, "Recital")
        yes = said.str.lower() == "yes"
        return float(yes.mean() if blanks_no else yes[said != ""].mean())

    return value


_MS_QS = [
    Q("how many students take piano", _count(lambda df: int(_ms_piano(df).sum())), ("Instrument",)),
    Q(
        "how old are they on average",
        _typical(lambda df: _num(df, "Age")[_ms_piano(df)]),
        ("Age", "Instrument"),
    ),
    Q(
        "which teacher has the most students",
        _lead(_named(lambda df: _top(_text(df, "Teacher").value_counts()))),
        ("Teacher",),
    ),
    Q(
        "what percent are in the recital",
        either(_share(_ms_recital(False)), _share(_ms_recital(True))),
        ("Recital",),
    ),
    Q(
        "avg weekly rate for each lesson length",
        _about(lambda df: _num(df, "Weekly Rate").groupby(df["Lesson Length (min)"]).mean().to_numpy()),
        ("Weekly Rate", "Lesson Length (min)"),
    ),
    Q(
        "how many started in 2024",
        _count(lambda df: int((_date(df, "Start Month", "%b-%Y").dt.year == 2024).sum())),
        ("Start Month",),
    ),
]


# --- 4. Print shop orders ------------------------------------------------------------------------------------------

# product: weight, stock options, quantities, base price, price per piece
_PS_PRODUCTS = {
    "Flyers": (5, ["100# Gloss Text", "80# Matte Text"], [250, 500, 1000, 2500, 5000], 45.0, 0.09),
    "Business Cards": (6, ["14pt Cardstock"], [250, 500, 1000], 25.0, 0.05),
    "Banners": (2, ["13oz Vinyl"], [1, 2, 3, 4, 6], 60.0, 55.0),
    "Booklets": (2, ["80# Matte Text", "100# Gloss Text"], [25, 50, 100, 250, 500], 120.0, 2.4),
}


def _print_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35404)
    rows: list[dict[str, Any]] = []
    seq = {2023: 0, 2024: 0}
    for day in pd.date_range("2023-01-02", "2024-12-31", freq="B"):
        busy = 1.8 + 0.8 * np.exp(-(((day.month - 10) / 1.5) ** 2)) + (0.6 if day.year == 2024 else 0)
        for _ in range(int(rng.poisson(busy))):
            product = str(_one(rng, list(_PS_PRODUCTS), [v[0] for v in _PS_PRODUCTS.values()]))
            _, stocks, qtys, base, each = _PS_PRODUCTS[product]
            qty = int(_one(rng, qtys))
            double = product != "Banners" and rng.random() < (0.7 if product == "Business Cards" else 0.4)
            rush = rng.random() < 0.15
            price = (base + each * qty) * (1.25 if double else 1.0) * (1.5 if rush else 1.0)
            reprint_chance = {"Flyers": 0.03, "Business Cards": 0.02, "Banners": 0.05, "Booklets": 0.09}[product]
            reprint: Any = "Y" if rng.random() < reprint_chance * (2 if rush else 1) else "N"
            if rng.random() < 0.1:
                reprint = ""
            seq[day.year] += 1
            rows.append(
                {
                    "Order ID": f"PO-{day.year % 100}-{seq[day.year]:04d}",
                    "Date In": f"{day:%m/%d/%Y}",
                    "Product": product,
                    "Qty": qty,
                    "Paper Stock": str(_one(rng, stocks)),
                    "Color": "4/4" if double else "4/0",
                    "Rush": "Y" if rush else "N",
                    "Price": _money(round(price * rng.uniform(0.95, 1.05), 2)),
                    "Reprint?": reprint,
                }
            )
    return pd.DataFrame(rows)


def _ps_reprints(rate: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        yes = _yes(df, "Reprint?")
        grouped = yes.groupby(_text(df, "Product"))
        return _top(grouped.mean() if rate else grouped.sum())

    return value


def _ps_price(rush: bool) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda df: _num(df, "Price")[_yes(df, "Rush") == rush]


_PS_QS = [
    Q("how many rush jobs have we had", _count(lambda df: int(_yes(df, "Rush").sum())), ("Rush",)),
    Q(
        "total banner sales",
        _amount(lambda df: float(_num(df, "Price")[_text(df, "Product") == "Banners"].sum())),
        ("Product", "Price"),
    ),
    Q(
        "which product needs reprinting the most",
        _either_named(_ps_reprints(False), _ps_reprints(True)),
        ("Product", "Reprint?"),
    ),
    Q(
        "what % of orders are printed on both sides",
        _share(lambda df: float((_text(df, "Color") == "4/4").mean())),
        ("Color",),
    ),
    Q(
        "how much more does a rush order cost on average than a normal one",
        either(
            _both_typical(_ps_price(True), _ps_price(False)),
            _about(lambda df: float(_ps_price(True)(df).mean() - _ps_price(False)(df).mean())),
        ),
        ("Price", "Rush"),
    ),
    Q(
        "busiest month?",
        _lead(
            _month_year(
                lambda df: _date(df, "Date In", "%m/%d/%Y").dt.to_period("M").value_counts().idxmax().start_time
            )
        ),
        ("Date In", "Order ID"),
    ),
]


# --- 5. Gun range lane rentals -------------------------------------------------------------------------------------

# caliber: weight, price per box of 50, box size
_GR_CALIBERS = {
    "9mm": (10, 18.0, 50),
    ".22 LR": (6, 6.5, 50),
    ".45 ACP": (3, 32.5, 50),
    "5.56": (3, 24.0, 20),
    ".38 Spl": (2, 27.0, 50),
    "12 ga": (1, 9.0, 25),
}


def _range_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35405)
    rows: list[dict[str, Any]] = []
    lane_w = [1.0, 1.2, 1.15, 1.1, 1.0, 0.9, 1.5, 0.8, 0.8, 0.7, 0.6, 0.5]
    for day in pd.date_range("2023-01-01", "2024-12-31", freq="D"):
        busy = 3.0 + (2.5 if day.dayofweek >= 5 else 0.0) + (0.6 if day.year == 2024 else 0.0)
        for _ in range(int(rng.poisson(busy))):
            member = rng.random() < 0.45
            minutes = int(_one(rng, [30, 60, 90, 120], [2, 5, 2, 1] if not member else [1, 3, 4, 3]))
            caliber = str(_one(rng, list(_GR_CALIBERS), [v[0] for v in _GR_CALIBERS.values()]))
            _, box_price, box = _GR_CALIBERS[caliber]
            rental = (not member and rng.random() < 0.5) or (member and rng.random() < 0.08)
            own_ammo = not rental and rng.random() < 0.35
            boxes = 0 if own_ammo else max(1, int(rng.poisson(minutes / 30)))
            fee = (12.0 if member else 20.0) * minutes / 60 + (10.0 if rental else 0.0)
            rows.append(
                {
                    "Date": f"{day:%Y-%m-%d}",
                    "Lane": int(_one(rng, list(range(1, 13)), lane_w)),
                    "Member/Guest": ("Member" if member else "Guest").lower()
                    if rng.random() < 0.03
                    else ("Member" if member else "Guest"),
                    "Minutes": minutes,
                    "Rounds Bought": boxes * box,
                    "Caliber": caliber,
                    "Rental Gun": "Y" if rental else "N",
                    "Lane Fee": _money(fee),
                    "Ammo $": _money(boxes * box_price),
                }
            )
    return pd.DataFrame(rows)


def _gr_minutes(who: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda df: _num(df, "Minutes")[_text(df, "Member/Guest").str.lower() == who]


_GR_QS = [
    Q(
        "how many guests came in",
        _count(lambda df: int((_text(df, "Member/Guest").str.lower() == "guest").sum())),
        ("Member/Guest",),
    ),
    Q(
        "most popular caliber",
        _lead(_named(lambda df: _top(_text(df, "Caliber").value_counts()))),
        ("Caliber",),
    ),
    Q(
        "how much did we make on ammo in 2024",
        _amount(lambda df: float(_num(df, "Ammo $")[_date(df, "Date", "%Y-%m-%d").dt.year == 2024].sum())),
        ("Ammo $", "Date"),
    ),
    Q(
        "do members stay longer than guests",
        _both_typical(_gr_minutes("member"), _gr_minutes("guest")),
        ("Minutes", "Member/Guest"),
    ),
    Q(
        "which lane gets used the most",
        _lead(_number_word(lambda df: int(_top(_num(df, "Lane").astype(int).value_counts())))),
        ("Lane",),
    ),
    Q(
        "is there a link between time on the lane and how many rounds people buy",
        _corr(lambda df: _num(df, "Minutes"), lambda df: _num(df, "Rounds Bought")),
        ("Minutes", "Rounds Bought"),
    ),
]


# --- 6. Pool service weekly visits ---------------------------------------------------------------------------------

_PL_TECHS = {"Marco": 1.0, "Jenna": 0.9, "Travis": 1.2, "Luis": 1.05}


def _pool_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35406)
    rows: list[dict[str, Any]] = []
    pools = [f"P-{n:04d}" for n in sorted(rng.choice(np.arange(100, 900), size=58, replace=False))]
    tech_of = {p: str(_one(rng, list(_PL_TECHS))) for p in pools}
    for week in pd.date_range("2024-03-04", "2024-11-25", freq="W-MON"):
        for pool in pools:
            if rng.random() < 0.08:
                continue
            day = week + pd.Timedelta(days=int(rng.integers(0, 5)))
            tech = tech_of[pool] if rng.random() < 0.9 else str(_one(rng, list(_PL_TECHS)))
            early = week.month <= 5
            green = rng.random() < (0.06 if early else 0.015)
            ph = float(np.clip(rng.normal(7.6, 0.22), 6.9, 8.4))
            acid = max(0.0, round((ph - 7.4) * 1.6 + rng.normal(0, 0.15), 2)) if ph > 7.4 else 0.0
            chlorine: Any = round(float(np.clip(rng.normal(0.4 if green else 2.6, 0.9 if not green else 0.3), 0, 6)), 1)
            if rng.random() < 0.03:
                chlorine = ""
            ph_txt: Any = round(ph, 1)
            if rng.random() < 0.02:
                ph_txt = "N/A"
            minutes = rng.normal(22, 5) * _PL_TECHS[tech] + (55 if green else 0)
            rows.append(
                {
                    "Pool ID": pool,
                    "Visit Date": f"{day.month}/{day.day}/{day.year}",
                    "Tech": tech,
                    "Chlorine (ppm)": chlorine,
                    "pH": ph_txt,
                    "Acid Added (gal)": round(acid * 4) / 4,
                    "Filter Cleaned": "Yes" if rng.random() < (0.9 if green else 0.22) else "No",
                    "Green Pool": "TRUE" if green else "FALSE",
                    "Minutes On Site": int(max(8, round(minutes))),
                }
            )
    return pd.DataFrame(rows)


def _pl_green(df: pd.DataFrame) -> pd.Series:
    return _yes(df, "Green Pool")


def _pl_tech_minutes(how: str) -> Callable[[pd.DataFrame], str]:
    return lambda df: _top(getattr(_num(df, "Minutes On Site").groupby(_text(df, "Tech")), how)())


_PL_QS = [
    Q("how many pools do we take care of", _count(lambda df: int(_text(df, "Pool ID").nunique())), ("Pool ID",)),
    Q(
        "how many times did we show up to a green pool",
        _count(lambda df: int(_pl_green(df).sum())),
        ("Green Pool",),
    ),
    Q(
        "typical chlorine level?",
        _typical(lambda df: _num(df, "Chlorine (ppm)")),
        ("Chlorine (ppm)",),
    ),
    Q(
        "how many visits had ph above 7.8",
        _count(lambda df: int((_num(df, "pH") > 7.8).sum())),
        ("pH",),
    ),
    Q(
        "which tech spends the longest at each stop",
        _either_named(_pl_tech_minutes("mean"), _pl_tech_minutes("median")),
        ("Tech", "Minutes On Site"),
    ),
    Q(
        "does higher ph mean more acid gets added",
        _corr(lambda df: _num(df, "pH"), lambda df: _num(df, "Acid Added (gal)")),
        ("pH", "Acid Added (gal)"),
    ),
]


# --- 7. Snow plow storm log ----------------------------------------------------------------------------------------

# lot: route, billing, size (acres)
_SP_LOTS = {
    "Walgreens Main St": ("A", "Per Push", 1.2),
    "First Baptist Church": ("A", "Per Inch", 2.5),
    "Hillcrest Apartments": ("A", "Per Inch", 4.0),
    "Cedar Point Plaza": ("B", "Per Push", 5.5),
    "Dollar General": ("B", "Per Push", 0.8),
    "Lincoln Elementary": ("B", "Per Inch", 3.0),
    "Mercy Clinic": ("C", "Per Push", 1.5),
    "Riverside Credit Union": ("C", "Per Push", 0.9),
    "Oakwood Condos": ("C", "Per Inch", 3.5),
    "Kwik Trip #412": ("D", "Per Push", 1.1),
    "Home Depot": ("D", "Per Inch", 7.0),
    "Valley Dental": ("D", "Per Push", 0.6),
    "St. Mark's Lutheran": ("A", "Per Push", 1.8),
    "Pine Ridge Office Park": ("C", "Per Inch", 4.5),
}
_SP_TRUCKS = {"A": "Truck 1", "B": "Truck 2", "C": "Truck 3", "D": "Truck 4"}


def _snow_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35407)
    rows: list[dict[str, Any]] = []
    storms: list[tuple[pd.Timestamp, float]] = []
    for year in (2021, 2022, 2023):
        start = pd.Timestamp(year, 11, 15)
        days = sorted(rng.choice(np.arange(0, 135), size=int(rng.integers(11, 17)), replace=False))
        storms += [(start + pd.Timedelta(days=int(d)), round(float(rng.gamma(2.0, 2.4)) + 1, 1)) for d in days]
    for when, inches in storms:
        for lot, (route, billing, acres) in _SP_LOTS.items():
            if billing == "Per Inch" and inches < 2:
                continue
            pushes = 1 + int(inches // 6)
            hours = max(0.25, round((0.35 * acres * pushes + 0.05 * inches * acres) * rng.lognormal(0, 0.15) * 4) / 4)
            salt = round(float(acres * (0.6 + 0.03 * inches) * rng.lognormal(0, 0.2)), 1)
            rate = 95 + 40 * acres
            invoice = rate * pushes if billing == "Per Push" else (22 + 9 * acres) * inches
            invoice += 85 * salt
            truck = _SP_TRUCKS[route] if rng.random() < 0.93 else "Truck 5"
            rows.append(
                {
                    "Storm Date": f"{when:%m/%d/%Y}",
                    "Snow (in)": inches,
                    "Lot": lot,
                    "Route": route,
                    "Truck": truck,
                    "Hours Plowing": hours,
                    "Salt (tons)": salt,
                    "Billing": billing,
                    "Invoice $": _money(round(invoice, 2)),
                }
            )
    return pd.DataFrame(rows)


def _sp_invoice(billing: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda df: _num(df, "Invoice $")[_text(df, "Billing").str.lower() == billing]


_SP_QS = [
    Q("how many storms have we plowed", _count(lambda df: int(_text(df, "Storm Date").nunique())), ("Storm Date",)),
    Q(
        "what was the biggest one, how many inches",
        _about(lambda df: float(_num(df, "Snow (in)").max()), rel=0.001),
        ("Snow (in)", "Storm Date"),
    ),
    Q(
        "total salt we've put down",
        _about(lambda df: float(_num(df, "Salt (tons)").sum()), rel=0.002),
        ("Salt (tons)",),
    ),
    Q(
        "which lot do we bill the most",
        _lead(_named(lambda df: _top(_num(df, "Invoice $").groupby(_text(df, "Lot")).sum()))),
        ("Lot", "Invoice $"),
    ),
    Q(
        "avg invoice for per push vs per inch customers",
        _both_typical(_sp_invoice("per push"), _sp_invoice("per inch")),
        ("Invoice $", "Billing"),
    ),
    Q(
        "does more snow mean more hours plowing",
        _corr(lambda df: _num(df, "Snow (in)"), lambda df: _num(df, "Hours Plowing")),
        ("Snow (in)", "Hours Plowing"),
    ),
]


HELDOUT354: list[Dataset] = [
    Dataset("tree_removal_jobs", _tree_frame, _TS_QS),
    Dataset("charter_boat_log", _fish_frame, _FC_QS),
    Dataset("music_lesson_roster", _music_frame, _MS_QS),
    Dataset("print_order_log", _print_frame, _PS_QS),
    Dataset("range_lane_rentals", _range_frame, _GR_QS),
    Dataset("pool_route_visits", _pool_frame, _PL_QS),
    Dataset("plow_storm_invoices", _snow_frame, _SP_QS),
]
