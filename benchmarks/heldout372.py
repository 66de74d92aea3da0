"""HELDOUT372: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of the spreadsheet a small outfit keeps. A brewery taproom's daily pours
(2023 and 2024, one row per open day, closed Mondays) with Date as "03/14/2024", Day as "Thu", "Pints Poured",
Flights, "Growler Fills" (blank when nobody wrote it down), "Pint Price" as "$7.00", "Flight Price" as "$12.00" and
"Growler Price" as "$18.00" (a dollar more from 2024), "Food Truck" (Y/N) and "Trivia Night" (Y/N, Wednesdays);
weekends, food trucks and trivia nights pour more. A roofing crew's material orders (2023 and 2024, one row per
order, a job now and then has a second top-up order under the same "Job #" as "R-2301") with "Order Date" as
"2024-03-14", Supplier (ABC Supply, Beacon, SRS Distribution, Gulfside; now and then upper or lower case), Squares,
Bundles (about three a square plus waste), "Underlayment Rolls", "Drip Edge (ft)", "Delivered Late" (Y/N; Gulfside
worst) and "Material $" as "$4,512.30". An escape room's game results (2023 and 2024, one row per booking) with
Booking as "BK-5512", Date as "3/14/2024", Room (Heist, Asylum, Pharaoh; Pharaoh hardest), Players (2 to 8), Escaped
(Y/N), "Minutes Used" (60 for a failed game), "Hints Used", "Age Group" (Adults, Teens, Family, Corporate) and
"Price/Player" as "$32" (a few dollars cheaper for big groups). A driving school's road tests (2022 to 2024, one row
per attempt, students who fail come back) with Student as "S1042", "Test Date" as "14-Mar-2024", "Attempt #",
Examiner, Passed (Y/N), "Points Deducted" (more for failures), "Lessons Before Test", Car (Automatic, Manual; now and
then "automatic") and Age. A hydroponic farm's grow room sensor log (hourly over 50 days of 2024 for three rooms) with
Timestamp as "2024-03-14 13:00", Room ("Room A", "Room B", "Room C"), "Air Temp (F)", "Humidity (%)", "CO2 (ppm)"
(-999 when the sensor faulted), pH and "EC (mS/cm)" (blank on dropouts), "Lights On" (Y/N, 18 hours a day) and
"Water Temp (F)" (following the air). A laundromat's wash-and-fold orders (2024, one row per order, many repeat
customers) with "Order #" (a running number), "Drop Date" as "3/14/2024", "Pickup Date" (blank while not picked up),
Lbs, "Price/Lb" as "$1.75" ("$2.50" for rush), Rush (Y/N; rush picked up sooner), "Hang Dry Items", Customer and Paid
as "$21.70" (pounds times rate plus 50 cents a hang-dry item; blank when not paid yet). And a dumpster rental
company's haul weights (2023 and 2024, one row per rental) with "Rental ID" as "D-3021", "Size (yd)" as "20 YD",
"Drop Date" as "2024-03-14", "Pull Date" and Tons (blank while still out), "Included Tons" (by size), "Overage $/Ton"
as "$65.00", "Days Included" (7), "Extra Day Fee" as "$10.00" and City. All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _num, _text, _top, _typical
from .heldout333 import _FIRST, _LAST, _date
from .heldout358 import _yes
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _person(rng: np.random.Generator) -> str:
    return f"{_one(rng, _FIRST)} {_one(rng, _LAST)}"


def _picks(*values: Callable[[pd.DataFrame], str], aliases: dict[str, tuple[str, ...]] | None = None) -> Check:
    """Any one of the picks of two readings, named beside the superlative."""
    return either(*(_lead(_named(v, aliases)) for v in values))


def _rates(values: Callable[[pd.DataFrame], Any]) -> Check:
    """Every rate computed from the frame, each as a share."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        for w in np.atleast_1d(values(df)):
            why = _share(float(w))(answer, df)
            if why:
                return why
        return None

    return check


# --- 1. Brewery taproom daily pours ---------------------------------------------------------------------------------

_TP_DAYS = {"Mon": "Monday", "Tue": "Tuesday", "Wed": "Wednesday", "Thu": "Thursday", "Fri": "Friday"}
_TP_DAYS |= {"Sat": "Saturday", "Sun": "Sunday"}
_TP_ALIASES = {k: (v,) for k, v in _TP_DAYS.items()}


def _taproom_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37201)
    rows: list[dict[str, Any]] = []
    base = {"Tue": 95, "Wed": 110, "Thu": 140, "Fri": 240, "Sat": 270, "Sun": 160}
    for day in pd.date_range("2023-01-03", "2024-12-31", freq="D"):
        name = f"{day:%a}"
        if name == "Mon":
            continue
        truck = rng.random() < (0.6 if name in ("Fri", "Sat") else 0.25)
        trivia = name == "Wed" and rng.random() < 0.9
        season = 1 + 0.25 * np.sin(2 * np.pi * (day.dayofyear - 100) / 365)
        mean = base[name] * season * (1.2 if truck else 1.0) * (1.35 if trivia else 1.0)
        bump = 1.0 if day.year == 2023 else 0.0
        growlers = int(rng.poisson(mean / 12))
        rows.append(
            {
                "Date": f"{day:%m/%d/%Y}",
                "Day": name,
                "Pints Poured": int(rng.poisson(mean)),
                "Flights": int(rng.poisson(mean / 9)),
                "Growler Fills": "" if rng.random() < 0.05 else growlers,
                "Pint Price": f"${8.0 - bump:.2f}",
                "Flight Price": f"${13.0 - bump:.2f}",
                "Growler Price": f"${19.0 - bump:.2f}",
                "Food Truck": "Y" if truck else "N",
                "Trivia Night": "Y" if trivia else "N",
            }
        )
    return pd.DataFrame(rows)


def _tp_pints(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Pints Poured")


_TP_QS = [
    Q("how many pints did we pour altogether", _count(lambda df: int(_tp_pints(df).sum())), ("Pints Poured",)),
    Q(
        "which day of the week is busiest",
        _picks(
            lambda df: _top(_tp_pints(df).groupby(_text(df, "Day")).sum()),
            lambda df: _top(_tp_pints(df).groupby(_text(df, "Day")).mean()),
            aliases=_TP_ALIASES,
        ),
        ("Pints Poured", "Day", "Date"),
    ),
    Q(
        "do we pour more when there's a food truck",
        _about(lambda df: _tp_pints(df).groupby(_yes(df, "Food Truck")).mean().to_numpy()),
        ("Pints Poured", "Food Truck"),
    ),
    Q(
        "and on trivia nights?",
        _about(lambda df: _tp_pints(df).groupby(_yes(df, "Trivia Night")).mean().to_numpy()),
        ("Pints Poured", "Trivia Night"),
    ),
    Q(
        "which month made the most money on pints",
        _month_year(
            lambda df: (
                (_tp_pints(df) * _num(df, "Pint Price"))
                .groupby(_date(df, "Date", "%m/%d/%Y").dt.to_period("M"))
                .sum()
                .idxmax()
                .to_timestamp()
            )
        ),
        ("Pints Poured", "Pint Price", "Date"),
    ),
    Q(
        "how many days are missing growler numbers",
        _count(lambda df: int(_num(df, "Growler Fills").isna().sum())),
        ("Growler Fills", "Date"),
    ),
]


# --- 2. Roofing crew material orders --------------------------------------------------------------------------------

_RF_SUPPLIERS = {"ABC Supply": 0.08, "Beacon": 0.12, "SRS Distribution": 0.10, "Gulfside": 0.30}


def _roofing_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37202)
    rows: list[dict[str, Any]] = []
    days = pd.date_range("2023-03-01", "2024-11-30", freq="B")
    picks = np.sort(rng.choice(len(days), size=430, replace=False))
    names = list(_RF_SUPPLIERS)
    for k, i in enumerate(picks):
        job = f"R-{2301 + k}"
        supplier = str(_one(rng, names, [0.35, 0.25, 0.25, 0.15]))
        squares = int(rng.integers(14, 46))
        orders = [(days[i], squares)]
        if rng.random() < 0.15:
            orders.append((days[i] + pd.Timedelta(days=int(rng.integers(1, 5))), int(rng.integers(1, 4))))
        for when, sq in orders:
            bundles = 3 * sq + int(rng.integers(0, 4))
            rolls = max(1, round(sq / 4 + rng.normal(0, 0.5)))
            drip = int(round(sq * 9 + rng.normal(0, 20), -1)) if sq > 5 else 0
            cost = bundles * rng.uniform(34, 40) + rolls * 62 + drip * 0.9
            shown = supplier
            if rng.random() < 0.06:
                shown = supplier.upper() if rng.random() < 0.5 else supplier.lower()
            rows.append(
                {
                    "Job #": job,
                    "Order Date": f"{when:%Y-%m-%d}",
                    "Supplier": shown,
                    "Squares": sq,
                    "Bundles": bundles,
                    "Underlayment Rolls": rolls,
                    "Drip Edge (ft)": drip,
                    "Delivered Late": "Y" if rng.random() < _RF_SUPPLIERS[supplier] else "N",
                    "Material $": f"${cost:,.2f}",
                }
            )
    return pd.DataFrame(rows)


def _rf_supplier(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Supplier").str.upper()


_RF_NAMES = {s.upper(): s for s in _RF_SUPPLIERS}


def _rf_late_top(how: str) -> Callable[[pd.DataFrame], str]:
    def pick(df: pd.DataFrame) -> str:
        late = _yes(df, "Delivered Late").groupby(_rf_supplier(df))
        return _RF_NAMES[_top(late.mean() if how == "mean" else late.sum())]

    return pick


_RF_QS = [
    Q(
        "how many jobs did we order materials for",
        either(
            _count(lambda df: int(_text(df, "Job #").nunique())),
            _count(lambda df: len(df)),
        ),
        ("Job #",),
    ),
    Q(
        "how much have we spent on materials in total",
        _amount(lambda df: _num(df, "Material $").sum()),
        ("Material $",),
    ),
    Q(
        "which supplier is late the most",
        _picks(_rf_late_top("mean"), _rf_late_top("sum")),
        ("Supplier", "Delivered Late"),
    ),
    Q(
        "what percent of deliveries came late overall",
        _share(lambda df: float(_yes(df, "Delivered Late").mean())),
        ("Delivered Late",),
    ),
    Q("typical number of squares on an order", _typical(lambda df: _num(df, "Squares")), ("Squares",)),
    Q(
        "does the material cost go up with squares",
        _corr(lambda df: _num(df, "Squares"), lambda df: _num(df, "Material $")),
        ("Squares", "Material $"),
    ),
]


# --- 3. Escape room game results ------------------------------------------------------------------------------------

_ER_ROOMS = {"Heist": 0.62, "Asylum": 0.48, "Pharaoh": 0.31}


def _escape_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37203)
    rows: list[dict[str, Any]] = []
    days = pd.date_range("2023-01-01", "2024-12-31", freq="D")
    picks = np.sort(rng.choice(len(days), size=1400))
    for k, i in enumerate(picks):
        room = str(_one(rng, list(_ER_ROOMS), [0.4, 0.35, 0.25]))
        group = str(_one(rng, ["Adults", "Teens", "Family", "Corporate"], [0.45, 0.15, 0.25, 0.15]))
        players = int(rng.integers(2, 9))
        hints = int(rng.poisson(1.8))
        chance = _ER_ROOMS[room] + 0.02 * (players - 4) - 0.03 * max(hints - 2, 0)
        escaped = rng.random() < chance
        minutes = int(np.clip(rng.normal(50 - 0.8 * players, 6), 28, 59)) if escaped else 60
        price = 32 if players <= 5 else 28
        rows.append(
            {
                "Booking": f"BK-{5001 + k}",
                "Date": f"{days[i].month}/{days[i].day}/{days[i].year}",
                "Room": room,
                "Players": players,
                "Escaped": "Y" if escaped else "N",
                "Minutes Used": minutes,
                "Hints Used": hints,
                "Age Group": group,
                "Price/Player": f"${price}",
            }
        )
    return pd.DataFrame(rows)


def _er_out(df: pd.DataFrame) -> pd.Series:
    return _yes(df, "Escaped")


_ER_QS = [
    Q(
        "which room is the hardest to get out of",
        _lead(_named(lambda df: _top(_er_out(df).groupby(_text(df, "Room")).mean(), lowest=True))),
        ("Room", "Escaped"),
    ),
    Q(
        "whats the escape rate for each room",
        _rates(lambda df: _er_out(df).groupby(_text(df, "Room")).mean().to_numpy()),
        ("Room", "Escaped"),
    ),
    Q(
        "how long do the groups that get out usually take",
        _typical(lambda df: _num(df, "Minutes Used")[_er_out(df)]),
        ("Minutes Used", "Escaped"),
    ),
    Q("how many players have come through in total", _count(lambda df: int(_num(df, "Players").sum())), ("Players",)),
    Q(
        "how much money is that",
        _amount(lambda df: float((_num(df, "Players") * _num(df, "Price/Player")).sum())),
        ("Players", "Price/Player"),
    ),
    Q(
        "do bigger groups finish faster",
        either(
            _corr(lambda df: _num(df, "Players"), lambda df: _num(df, "Minutes Used")),
            _corr(lambda df: _num(df, "Players")[_er_out(df)], lambda df: _num(df, "Minutes Used")[_er_out(df)]),
        ),
        ("Players", "Minutes Used", "Escaped"),
    ),
]


# --- 4. Driving school road tests -----------------------------------------------------------------------------------

_DT_EXAMINERS = {"Hughes": 0.0, "Okafor": 0.06, "Patel": -0.04, "Brennan": -0.16, "Lindqvist": 0.02}


def _driving_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37204)
    rows: list[dict[str, Any]] = []
    start = pd.Timestamp("2022-01-03")
    for s in range(620):
        student = f"S{1001 + s}"
        age = int(np.clip(rng.normal(20, 6), 16, 62))
        manual = rng.random() < 0.3
        lessons = int(np.clip(rng.normal(14, 5), 2, 35))
        when = start + pd.Timedelta(days=int(rng.integers(0, 1000)))
        for attempt in range(1, 5):
            examiner = str(_one(rng, list(_DT_EXAMINERS)))
            chance = 0.42 + 0.015 * lessons + _DT_EXAMINERS[examiner] - (0.08 if manual else 0) + 0.05 * (attempt - 1)
            passed = rng.random() < chance
            points = int(rng.integers(0, 13)) if passed else int(rng.integers(10, 30))
            car = "Manual" if manual else ("automatic" if rng.random() < 0.05 else "Automatic")
            rows.append(
                {
                    "Student": student,
                    "Test Date": f"{when:%d-%b-%Y}",
                    "Attempt #": attempt,
                    "Examiner": examiner,
                    "Passed": "Y" if passed else "N",
                    "Points Deducted": points,
                    "Lessons Before Test": lessons,
                    "Car": car,
                    "Age": age,
                }
            )
            if passed or when > pd.Timestamp("2024-10-31"):
                break
            lessons += int(rng.integers(2, 7))
            when += pd.Timedelta(days=int(rng.integers(21, 60)))
    return pd.DataFrame(rows)


def _dt_pass(df: pd.DataFrame) -> pd.Series:
    return _yes(df, "Passed")


def _dt_car(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Car").str.title()


_DT_QS = [
    Q("what's the pass rate", _share(lambda df: float(_dt_pass(df).mean())), ("Passed",)),
    Q(
        "is it different for automatic vs manual",
        _rates(lambda df: _dt_pass(df).groupby(_dt_car(df)).mean().to_numpy()),
        ("Passed", "Car"),
    ),
    Q(
        "which examiner fails the most people",
        _picks(
            lambda df: _top((~_dt_pass(df)).groupby(_text(df, "Examiner")).mean()),
            lambda df: _top((~_dt_pass(df)).groupby(_text(df, "Examiner")).sum()),
        ),
        ("Examiner", "Passed"),
    ),
    Q(
        "how many students passed first time",
        _count(lambda df: int((_dt_pass(df) & (_num(df, "Attempt #") == 1)).sum())),
        ("Student", "Passed", "Attempt #"),
    ),
    Q(
        "average points taken off when someone fails",
        _typical(lambda df: _num(df, "Points Deducted")[~_dt_pass(df)]),
        ("Points Deducted", "Passed"),
    ),
    Q(
        "do more lessons mean fewer points deducted",
        _corr(lambda df: _num(df, "Lessons Before Test"), lambda df: _num(df, "Points Deducted")),
        ("Lessons Before Test", "Points Deducted"),
    ),
]


# --- 5. Hydroponic grow room sensor log -----------------------------------------------------------------------------

_HY_ROOMS = {"Room A": (76.0, 62.0), "Room B": (73.0, 68.0), "Room C": (78.5, 58.0)}


def _hydro_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37205)
    rows: list[dict[str, Any]] = []
    for stamp in pd.date_range("2024-02-01 00:00", periods=50 * 24, freq="h"):
        lights = 6 <= stamp.hour < 24
        for room, (temp, hum) in _HY_ROOMS.items():
            air = temp + (2.5 if lights else -3.0) + rng.normal(0, 1.2)
            co2 = 1150 + rng.normal(0, 90) if lights else 650 + rng.normal(0, 70)
            ph = rng.normal(5.95, 0.22)
            dropout = rng.random() < 0.03
            rows.append(
                {
                    "Timestamp": f"{stamp:%Y-%m-%d %H:%M}",
                    "Room": room,
                    "Air Temp (F)": round(air, 1),
                    "Humidity (%)": round(float(np.clip(hum - 0.8 * (air - temp) + rng.normal(0, 3), 35, 95)), 1),
                    "CO2 (ppm)": -999 if rng.random() < 0.02 else int(np.rint(co2)),
                    "pH": "" if dropout else round(ph, 2),
                    "EC (mS/cm)": "" if dropout else round(rng.normal(1.8, 0.15), 2),
                    "Lights On": "Y" if lights else "N",
                    "Water Temp (F)": round(66 + 0.25 * (air - 70) + rng.normal(0, 0.6), 1),
                }
            )
    return pd.DataFrame(rows)


def _hy_co2(df: pd.DataFrame) -> pd.Series:
    s = _num(df, "CO2 (ppm)")
    return s.where(s >= 0)


_HY_QS = [
    Q(
        "average air temp in each room",
        _about(lambda df: _num(df, "Air Temp (F)").groupby(_text(df, "Room")).mean().to_numpy()),
        ("Air Temp (F)", "Room"),
    ),
    Q(
        "which room is the most humid",
        _lead(_named(lambda df: _top(_num(df, "Humidity (%)").groupby(_text(df, "Room")).mean()))),
        ("Humidity (%)", "Room"),
    ),
    Q(
        "co2 with lights on vs off",
        either(
            _about(lambda df: _hy_co2(df).groupby(_yes(df, "Lights On")).mean().to_numpy()),
            _about(lambda df: _num(df, "CO2 (ppm)").groupby(_yes(df, "Lights On")).mean().to_numpy()),
        ),
        ("CO2 (ppm)", "Lights On"),
    ),
    Q(
        "how many readings had the ph outside 5.5 to 6.5",
        _count(lambda df: int(((_num(df, "pH") < 5.5) | (_num(df, "pH") > 6.5)).sum())),
        ("pH", "Timestamp"),
    ),
    Q("how many ph readings are missing", _count(lambda df: int(_num(df, "pH").isna().sum())), ("pH", "Timestamp")),
    Q(
        "does the water temp follow the air temp",
        _corr(lambda df: _num(df, "Air Temp (F)"), lambda df: _num(df, "Water Temp (F)")),
        ("Air Temp (F)", "Water Temp (F)"),
    ),
]


# --- 6. Laundromat wash-and-fold orders -----------------------------------------------------------------------------


def _laundry_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37206)
    rows: list[dict[str, Any]] = []
    customers = sorted({_person(rng) for _ in range(140)})
    weights = rng.pareto(1.5, len(customers)) + 0.2
    days = pd.date_range("2024-01-02", "2024-12-31", freq="D")
    picks = np.sort(rng.choice(len(days), size=1900))
    for k, i in enumerate(picks):
        drop = days[i]
        rush = rng.random() < 0.18
        lbs = round(float(np.clip(rng.gamma(4, 4), 4, 60)), 1)
        rate = 2.50 if rush else 1.75
        hang = int(rng.poisson(0.8))
        wait = int(rng.integers(0, 2)) if rush else int(rng.integers(1, 5))
        if rng.random() < 0.05:
            wait += int(rng.integers(5, 15))
        pickup = drop + pd.Timedelta(days=wait)
        still_out = pickup > pd.Timestamp("2024-12-31") or rng.random() < 0.01
        total = lbs * rate + 0.5 * hang
        rows.append(
            {
                "Order #": 10001 + k,
                "Drop Date": f"{drop.month}/{drop.day}/{drop.year}",
                "Pickup Date": "" if still_out else f"{pickup.month}/{pickup.day}/{pickup.year}",
                "Lbs": lbs,
                "Price/Lb": f"${rate:.2f}",
                "Rush": "Y" if rush else "N",
                "Hang Dry Items": hang,
                "Customer": str(_one(rng, customers, weights)),
                "Paid": "" if (still_out or rng.random() < 0.04) else f"${total:,.2f}",
            }
        )
    return pd.DataFrame(rows)


def _ld_wait(df: pd.DataFrame) -> pd.Series:
    drop = _date(df, "Drop Date", "%m/%d/%Y")
    return (_date(df, "Pickup Date", "%m/%d/%Y") - drop).dt.days


def _ld_month(df: pd.DataFrame, how: str) -> pd.Timestamp:
    month = _date(df, "Drop Date", "%m/%d/%Y").dt.to_period("M")
    counts = _num(df, "Lbs").groupby(month)
    return (counts.sum() if how == "sum" else counts.size()).idxmax().to_timestamp()


_LD_QS = [
    Q("how many pounds of laundry did we do this year", _count(lambda df: _num(df, "Lbs").sum()), ("Lbs",)),
    Q(
        "how long do people usually take to pick up",
        _typical(lambda df: _ld_wait(df).dropna()),
        ("Drop Date", "Pickup Date"),
    ),
    Q(
        "rush vs regular on that?",
        either(
            _about(lambda df: _ld_wait(df).groupby(_yes(df, "Rush")).mean().to_numpy()),
            _about(lambda df: _ld_wait(df).groupby(_yes(df, "Rush")).median().to_numpy()),
        ),
        ("Drop Date", "Pickup Date", "Rush"),
    ),
    Q(
        "who brings us the most laundry",
        _picks(
            lambda df: _top(_num(df, "Lbs").groupby(_text(df, "Customer")).sum()),
            lambda df: _top(_num(df, "Lbs").groupby(_text(df, "Customer")).size()),
        ),
        ("Customer", "Lbs", "Order #"),
    ),
    Q(
        "how many orders haven't been paid",
        _count(lambda df: int(_num(df, "Paid").isna().sum())),
        ("Paid", "Order #"),
    ),
    Q(
        "busiest month?",
        either(_month_year(lambda df: _ld_month(df, "sum")), _month_year(lambda df: _ld_month(df, "count"))),
        ("Drop Date", "Lbs", "Order #"),
    ),
]


# --- 7. Dumpster rental haul weights --------------------------------------------------------------------------------

_DM_SIZES = {10: (1.0, 0.2), 15: (1.5, 0.15), 20: (2.0, 0.35), 30: (3.0, 0.2), 40: (4.0, 0.1)}
_DM_CITIES = ["Springfield", "Riverton", "Oak Hill", "Maple Grove", "Fairview", "Lakeside"]


def _dumpster_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37207)
    rows: list[dict[str, Any]] = []
    days = pd.date_range("2023-01-02", "2024-12-31", freq="D")
    picks = np.sort(rng.choice(len(days), size=1250))
    sizes = list(_DM_SIZES)
    for k, i in enumerate(picks):
        size = int(_one(rng, sizes, [w for _, w in _DM_SIZES.values()]))
        included = _DM_SIZES[size][0]
        drop = days[i]
        pull = drop + pd.Timedelta(days=int(np.clip(rng.gamma(3, 2.5), 1, 30)))
        out = pull > pd.Timestamp("2024-12-31")
        tons = float(np.clip(rng.normal(0.95 * included, 0.3 * included), 0.2, 2 * included))
        rows.append(
            {
                "Rental ID": f"D-{3001 + k}",
                "Size (yd)": f"{size} YD",
                "Drop Date": f"{drop:%Y-%m-%d}",
                "Pull Date": "" if out else f"{pull:%Y-%m-%d}",
                "Tons": "" if out else round(tons, 2),
                "Included Tons": included,
                "Overage $/Ton": "$65.00",
                "Days Included": 7,
                "Extra Day Fee": "$10.00",
                "City": str(_one(rng, _DM_CITIES, [0.3, 0.2, 0.15, 0.15, 0.12, 0.08])),
            }
        )
    return pd.DataFrame(rows)


def _dm_size(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Size (yd)").str.extract(r"(\d+)")[0].astype(float)


def _dm_over(df: pd.DataFrame) -> pd.Series:
    return (_num(df, "Tons") - _num(df, "Included Tons")).clip(lower=0)


def _dm_size_name(df: pd.DataFrame) -> str:
    return _top(_dm_size(df).value_counts()).split(".")[0]


_DM_QS = [
    Q("which size dumpster gets rented the most", _lead(_named(_dm_size_name)), ("Size (yd)",)),
    Q(
        "average weight for each size",
        _about(lambda df: _num(df, "Tons").groupby(_dm_size(df)).mean().to_numpy()),
        ("Tons", "Size (yd)"),
    ),
    Q(
        "how many went over the included tonnage",
        _count(lambda df: int((_num(df, "Tons") > _num(df, "Included Tons")).sum())),
        ("Tons", "Included Tons"),
    ),
    Q(
        "how much did we bill in overweight charges",
        _amount(lambda df: float((_dm_over(df) * _num(df, "Overage $/Ton")).sum())),
        ("Tons", "Included Tons", "Overage $/Ton"),
    ),
    Q(
        "which city do we rent to the most",
        _lead(_named(lambda df: _top(_text(df, "City").value_counts()))),
        ("City", "Rental ID"),
    ),
    Q("how many dumpsters are still out", _count(lambda df: int(_text(df, "Pull Date").eq("").sum())), ("Pull Date",)),
]


HELDOUT372 = [
    Dataset("taproom_daily_pour_sheet", _taproom_frame, _TP_QS),
    Dataset("roofing_material_orders", _roofing_frame, _RF_QS),
    Dataset("escape_room_game_results", _escape_frame, _ER_QS),
    Dataset("driving_school_road_tests", _driving_frame, _DT_QS),
    Dataset("hydroponic_grow_room_sensor_log", _hydro_frame, _HY_QS),
    Dataset("laundromat_wash_and_fold_orders", _laundry_frame, _LD_QS),
    Dataset("dumpster_rental_haul_weights", _dumpster_frame, _DM_QS),
]
