"""HELDOUT364: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of the spreadsheet a small outfit keeps: a bakery's wholesale ledger (the
first half of 2024, one row per delivery) with Account as "WH-104", "Cafe Name" (now and then with a trailing space),
"Invoice Date" as "3/14/2024", "Delivery Day" ("Tue"; each cafe takes one to three days a week, Monday to Saturday),
"Loaves Ordered", "Croissants Ordered", "Loaf Price" and "Croissant Price" as "$4.25" (one price per account), Returns
(unsold loaves taken back, blank for none), "Invoice Total" as "$1,234.50" (loaves kept and croissants at their prices)
and Paid ("Yes"/"No", now and then "yes" or "NO"; the latest invoices unpaid more). A hotel's housekeeping board (March
and April 2024, one row per room cleaned) with Date as "2024-03-14", Floor (2 to 6), "Room #" (204), "Room Type" (KING,
DOUBLE, SUITE by room number), Status ("C/O" for a checkout, "STAY" for a stayover), "Minutes To Clean" (blank now and
then; checkouts and suites slower), Housekeeper (first names), Inspected ("PASS"/"FAIL", blank when not inspected) and
"Linen Changes". A campground's reservations (mid-May to mid-October 2023 and 2024, one row per reservation) with "Res
#" (10001 on), Site ("T07", "R14", "C3"), "Site Type" (Tent, RV, Cabin; now and then "rv" or "TENT"), Arrive and
Depart as "6/14/2024", Nights, People (blank now and then), "Nightly Rate" as "$32.00" (by type, three dollars more in
2024), Deposit (one night), Total and "Balance Due" ("$0.00" once the stay began before July 2024). A plumber's service
calls (2023 and 2024 weekdays, one row per call) with "Call ID" as "SC-20417", Date as "3/14/2024", "Customer Type"
(Residential, Commercial; now and then upper case), Problem (Clogged drain, Water heater, Leaking pipe, Toilet repair,
Sewer line, Faucet replacement, Sump pump), "Trip Charge" as "$89.00", "Labor Hours", "Hourly Rate" ($115, $135 for
commercial, half again after hours), "Parts $" (blank when none), "After Hours" (Y/N) and "Callback 30 Days" (Y/N;
sewer lines and water heaters come back most). A farmers market's stall fees (Saturdays May to October 2023 and 2024,
one row per vendor a market) with "Market Date" as "2024-06-15", Vendor, Category (Produce, Bakery, Crafts), "Stall
Size" ("10x10", "10x20"), "Stall Fee" as "$35.00" ($35 or $60, $10 more with power), Electricity (Y/N), "Sales
Reported" as "$1,234.00" (blank when a vendor did not report; rain cuts sales) and Weather (Sunny, Cloudy, Rain, Hot).
A moving company's jobs (2023 and 2024, one row per job, summers and month ends busiest) with "Job #" (23001 on, 24001
from 2024), "Move Date" as "06/14/2023", "From Zip" and "To Zip" (Massachusetts zips written "01602", read back
without the zero; long moves go anywhere), Bedrooms ("Studio", "1" to "4", "5+"), "Crew Size", "Truck Ft" ("16 ft",
"20 ft", "26 ft"), Hours, Miles, "Hourly Rate" as "$169/hr" (by crew), "Mileage Rate" as "$1.25/mi" ($1.35 in 2024)
and "Damage Claim $" (blank for none). And a car wash's daily tunnel counts (2023 and 2024, closed Christmas and
Thanksgiving) with Date as "1/14/2024", "Basic Washes", "Deluxe Washes", "Ultimate Washes", "Basic Price" ("$10.00"),
"Deluxe Price" ("$15.00", "$17.00" from 4/1/2024), "Ultimate Price" ("$22.00"), "Members Washed" (member cars among
the three counts) and "Rain (in)" as "0.35" (rain cuts the counts). All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _num, _text, _top, _typical, _weekday
from .heldout333 import _date, _either_named
from .heldout358 import _money, _yes
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_names as _month_names
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _month_name(value: Callable[[pd.DataFrame], int]) -> Check:
    """A calendar month by name ("October", "Oct")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        m = int(value(df))
        if re.search(rf"\b(?:{_month_names(m)})\b", answer, re.IGNORECASE):
            return None
        return f"missing month {m}"

    return check


def _day_or_month(value: Callable[[pd.DataFrame], pd.Timestamp]) -> Check:
    """A date ("April 1, 2024", "4/1/2024", "2024-04-01") or its month of its year ("April 2024")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        t = pd.Timestamp(value(df))
        patterns = [
            rf"\b(?:{_month_names(t.month)})\.?\s+0?{t.day}(?:st|nd|rd|th)?,?\s+{t.year}\b",
            rf"\b0?{t.day}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_month_names(t.month)})\.?,?\s+{t.year}\b",
            rf"(?<![\d/.])0?{t.month}/0?{t.day}/{t.year}\b",
        ]
        if any(re.search(p, answer, re.IGNORECASE) for p in patterns):
            return None
        return _month_year(lambda _: t)(answer, df)

    return check


def _n(df: pd.DataFrame, col: str) -> pd.Series:
    """A column as numbers, units inside the values dropped ("$169/hr", "26 ft", "$1,234.50")."""
    text = _text(df, col).str.replace(",", "", regex=False).str.extract(r"(-?\d+(?:\.\d+)?)")[0]
    return pd.to_numeric(text, errors="coerce").astype("float64")


_DAYS = {"Mon": "Monday", "Tue": "Tuesday", "Wed": "Wednesday", "Thu": "Thursday", "Fri": "Friday"}
_DAYS |= {"Sat": "Saturday", "Sun": "Sunday"}


# --- 1. Bakery wholesale ledger ------------------------------------------------------------------------------------

_BK_CAFES = [
    "Bean There", "Common Grounds", "The Daily Grind", "Perk Up", "Mugshots", "Steam Room", "Brew & Bloom",
    "Fourth Street Coffee", "Little Spoon", "Corner Cup", "Harbor Roasters", "Tall Order", "Good Morning Deli",
    "Nook Cafe", "Red Door Bistro", "Sip & Sit", "Granary Market", "Mill Pond Cafe",
]  # fmt: skip
_BK_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]


def _bakery_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36401)
    accounts = []
    for k, cafe in enumerate(_BK_CAFES):
        n_days = int(_one(rng, [1, 2, 3], [3, 4, 2]))
        days = sorted(rng.choice(6, size=n_days, replace=False).tolist())
        accounts.append(
            (
                f"WH-{101 + k}",
                cafe,
                days,
                float(rng.gamma(4, 9)),
                float(rng.gamma(3, 12)),
                float(_one(rng, [4.00, 4.25, 4.50, 4.75])),
                float(_one(rng, [1.95, 2.10, 2.25])),
            )
        )
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2024-01-01", "2024-06-29", freq="D"):
        if day.weekday() == 6:
            continue
        for account, cafe, days, loaves, croissants, lp, cp in accounts:
            if day.weekday() not in days or rng.random() < 0.03:
                continue
            boost = 1.25 if day.weekday() in (4, 5) else 1.0
            n_loaves = max(4, int(rng.poisson(loaves * boost)))
            n_crois = int(rng.poisson(croissants * boost))
            returned = int(rng.binomial(n_loaves, 0.06)) if rng.random() < 0.45 else 0
            total = (n_loaves - returned) * lp + n_crois * cp
            unpaid = 0.6 if day >= pd.Timestamp("2024-06-01") else 0.05
            paid = "No" if rng.random() < unpaid else "Yes"
            if rng.random() < 0.04:
                paid = paid.lower() if rng.random() < 0.5 else paid.upper()
            rows.append(
                {
                    "Account": account,
                    "Cafe Name": cafe + (" " if rng.random() < 0.04 else ""),
                    "Invoice Date": f"{day.month}/{day.day}/{day.year}",
                    "Delivery Day": f"{day:%a}",
                    "Loaves Ordered": n_loaves,
                    "Croissants Ordered": n_crois,
                    "Loaf Price": _money(lp),
                    "Croissant Price": _money(cp),
                    "Returns": "" if returned == 0 else returned,
                    "Invoice Total": _money(total),
                    "Paid": paid,
                }
            )
    return pd.DataFrame(rows)


def _bk_day(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Delivery Day").map(_DAYS)


def _bk_top_day(df: pd.DataFrame) -> str:
    return _top(_num(df, "Loaves Ordered").groupby(_bk_day(df)).sum())


def _bk_top_day_rows(df: pd.DataFrame) -> str:
    return _top(_bk_day(df).value_counts())


def _bk_loaves_on(day: Callable[[pd.DataFrame], str]) -> Callable[[pd.DataFrame], list[float]]:
    def values(df: pd.DataFrame) -> list[float]:
        on = _bk_day(df) == day(df)
        loaves = _num(df, "Loaves Ordered")[on]
        per_date = loaves.groupby(_text(df, "Invoice Date")[on]).sum()
        return [float(loaves.mean()), float(loaves.median()), float(per_date.mean()), float(per_date.median())]

    return values


def _bk_avg_on_top_day(answer: str, df: pd.DataFrame) -> str | None:
    for day in (_bk_top_day, _bk_top_day_rows):
        for want in _bk_loaves_on(day)(df):
            if _about(lambda _, w=want: w)(answer, df) is None:
                return None
    return "missing the average loaves on the busiest day"


_BK_QS = [
    Q(
        "how many cafes do we supply",
        _count(lambda df: int(_text(df, "Cafe Name").nunique())),
        ("Cafe Name", "Account"),
    ),
    Q(
        "who buys the most croissants from us",
        _lead(_named(lambda df: _top(_num(df, "Croissants Ordered").groupby(_text(df, "Cafe Name")).sum()))),
        ("Croissants Ordered", "Cafe Name", "Account"),
    ),
    Q(
        "how much money are we still owed",
        _amount(lambda df: float(_num(df, "Invoice Total")[~_yes(df, "Paid")].sum())),
        ("Invoice Total", "Paid", "Account", "Cafe Name"),
    ),
    Q(
        "what percent of the bread comes back",
        either(
            _share(lambda df: float(_num(df, "Returns").sum() / _num(df, "Loaves Ordered").sum())),
            _share(lambda df: float((_num(df, "Returns").fillna(0) / _num(df, "Loaves Ordered")).mean())),
        ),
        ("Returns", "Loaves Ordered"),
    ),
    Q(
        "which day of the week do the most loaves go out",
        either(_weekday(_bk_top_day), _weekday(_bk_top_day_rows)),
        ("Delivery Day", "Loaves Ordered", "Invoice Date"),
    ),
    Q(
        "how many loaves is that on average",
        _bk_avg_on_top_day,
        ("Delivery Day", "Loaves Ordered", "Invoice Date"),
    ),
]


# --- 2. Hotel housekeeping board -----------------------------------------------------------------------------------

# housekeeper: speed factor, chance of failing inspection
_HK_STAFF = {
    "Maria": (0.9, 0.04), "Rosa": (1.0, 0.06), "Ana": (1.1, 0.05), "Lupe": (0.95, 0.12), "Keisha": (1.05, 0.08),
    "Tran": (0.85, 0.15), "Olga": (1.2, 0.03),
}  # fmt: skip
_HK_BASE = {"KING": 30.0, "DOUBLE": 35.0, "SUITE": 52.0}


def _hotel_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36402)
    staff = list(_HK_STAFF)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2024-03-01", "2024-04-30", freq="D"):
        occupancy = 0.7 if day.weekday() in (4, 5) else 0.55
        for floor in range(2, 7):
            for num in range(1, 13):
                if rng.random() > occupancy:
                    continue
                kind = "SUITE" if num <= 2 else ("KING" if num % 2 else "DOUBLE")
                checkout = rng.random() < 0.45
                who = str(_one(rng, staff))
                speed, fail = _HK_STAFF[who]
                beds = 2 if kind == "DOUBLE" else 1
                linens = beds + int(rng.integers(0, 2)) if checkout else int(rng.integers(0, beds + 1))
                minutes = _HK_BASE[kind] * (1.0 if checkout else 0.55) * speed + 3 * linens + rng.normal(0, 4)
                inspected = "" if rng.random() < 0.1 else ("FAIL" if rng.random() < fail else "PASS")
                rows.append(
                    {
                        "Date": f"{day:%Y-%m-%d}",
                        "Floor": floor,
                        "Room #": floor * 100 + num,
                        "Room Type": kind,
                        "Status": "C/O" if checkout else "STAY",
                        "Minutes To Clean": "" if rng.random() < 0.03 else round(max(8.0, minutes)),
                        "Housekeeper": who,
                        "Inspected": inspected,
                        "Linen Changes": linens,
                    }
                )
    return pd.DataFrame(rows)


def _hk_by_status(how: str) -> Callable[[pd.DataFrame], list[float]]:
    def value(df: pd.DataFrame) -> list[float]:
        by = _num(df, "Minutes To Clean").groupby(_text(df, "Status")).agg(how)
        return [float(by["C/O"]), float(by["STAY"])]

    return value


def _hk_fail(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Inspected").str.upper() == "FAIL"


def _hk_april_4(df: pd.DataFrame) -> pd.Series:
    return (_date(df, "Date", "%Y-%m-%d").dt.month == 4) & (_num(df, "Floor") == 4)


_HK_QS = [
    Q(
        "how long does it take to clean a suite",
        _typical(lambda df: _num(df, "Minutes To Clean")[_text(df, "Room Type") == "SUITE"].dropna()),
        ("Minutes To Clean", "Room Type"),
    ),
    Q(
        "are checkouts a lot slower than stayovers",
        either(_about(_hk_by_status("mean")), _about(_hk_by_status("median"))),
        ("Minutes To Clean", "Status"),
    ),
    Q(
        "what share of rooms fail inspection",
        either(
            _share(lambda df: float(_hk_fail(df).mean())),
            _share(lambda df: float(_hk_fail(df)[_text(df, "Inspected") != ""].mean())),
        ),
        ("Inspected",),
    ),
    Q(
        "which housekeeper fails the most",
        _either_named(
            lambda df: _top(_hk_fail(df).groupby(_text(df, "Housekeeper")).sum()),
            lambda df: _top(_hk_fail(df)[_text(df, "Inspected") != ""].groupby(_text(df, "Housekeeper")).mean()),
        ),
        ("Housekeeper", "Inspected"),
    ),
    Q(
        "how many rooms have no cleaning time written down",
        _count(lambda df: int(_num(df, "Minutes To Clean").isna().sum())),
        ("Minutes To Clean",),
    ),
    Q(
        "how many rooms got cleaned on the 4th floor in april",
        either(
            _count(lambda df: int(_hk_april_4(df).sum())),
            _count(lambda df: int(_num(df, "Room #")[_hk_april_4(df)].nunique())),
        ),
        ("Floor", "Date", "Room #"),
    ),
]


# --- 3. Campground reservations ------------------------------------------------------------------------------------

# site type: number of sites, prefix, 2023 nightly rate, mean extra nights, mean people
_CG_TYPES = {"Tent": (24, "T", 32.0, 1.0, 3.2), "RV": (30, "R", 55.0, 2.2, 2.6), "Cabin": (8, "C", 95.0, 1.6, 4.1)}


def _campground_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36403)
    rows: list[dict[str, Any]] = []
    res = 10001
    cutoff = pd.Timestamp("2024-07-01")
    for year in (2023, 2024):
        days = pd.date_range(f"{year}-05-15", f"{year}-10-10", freq="D")
        weights = np.array(
            [(2.0 if d.weekday() in (4, 5) else 1.0) * (1.6 if d.month in (7, 8) else 1.0) for d in days]
        )
        n = int(rng.integers(620, 720))
        picks = np.sort(rng.choice(len(days), size=n, p=weights / weights.sum()))
        for i in picks:
            arrive = days[i]
            kind = str(_one(rng, list(_CG_TYPES), [4, 5, 2]))
            n_sites, prefix, rate, extra, people = _CG_TYPES[kind]
            rate += 3.0 if year == 2024 else 0.0
            nights = 1 + int(rng.poisson(extra))
            party = max(1, int(rng.poisson(people - 0.5)) + int(nights > 3))
            depart = arrive + pd.Timedelta(days=nights)
            total = nights * rate
            balance = 0.0 if arrive < cutoff else total - rate
            label = kind
            if rng.random() < 0.04:
                label = kind.lower() if rng.random() < 0.5 else kind.upper()
            rows.append(
                {
                    "Res #": res,
                    "Site": f"{prefix}{int(rng.integers(1, n_sites + 1)):02d}"
                    if prefix != "C"
                    else f"C{int(rng.integers(1, n_sites + 1))}",
                    "Site Type": label,
                    "Arrive": f"{arrive.month}/{arrive.day}/{arrive.year}",
                    "Depart": f"{depart.month}/{depart.day}/{depart.year}",
                    "Nights": nights,
                    "People": "" if rng.random() < 0.05 else party,
                    "Nightly Rate": _money(rate),
                    "Deposit": _money(rate),
                    "Total": _money(total),
                    "Balance Due": _money(balance),
                }
            )
            res += 1
    return pd.DataFrame(rows)


def _cg_type(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Site Type").str.upper().map({"TENT": "Tent", "RV": "RV", "CABIN": "Cabin"})


def _cg_arrive(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Arrive", "%m/%d/%Y")


def _cg_top_2024(df: pd.DataFrame) -> pd.Timestamp:
    a = _cg_arrive(df)
    a = a[a.dt.year == 2024]
    return a.dt.to_period("M").value_counts().sort_index().idxmax().to_timestamp()


def _cg_people(how: str) -> Callable[[pd.DataFrame], list[float]]:
    def value(df: pd.DataFrame) -> list[float]:
        by = _num(df, "People").groupby(_cg_type(df)).agg(how)
        return [float(by["Cabin"]), float(by["Tent"])]

    return value


_CG_QS = [
    Q(
        "how many rv reservations are there",
        _count(lambda df: int((_cg_type(df) == "RV").sum())),
        ("Site Type", "Res #"),
    ),
    Q("how long do people usually stay", _typical(lambda df: _num(df, "Nights")), ("Nights", "Arrive", "Depart")),
    Q(
        "which month had the most check-ins in 2024",
        either(_month_year(_cg_top_2024), _month_name(lambda df: _cg_top_2024(df).month)),
        ("Arrive", "Res #"),
    ),
    Q(
        "how much money is still outstanding",
        _amount(lambda df: float(_num(df, "Balance Due").sum())),
        ("Balance Due", "Res #"),
    ),
    Q(
        "average group size for cabins compared to tents",
        either(_about(_cg_people("mean")), _about(_cg_people("median"))),
        ("People", "Site Type"),
    ),
    Q(
        "do bigger groups stay longer",
        _corr(lambda df: _num(df, "People"), lambda df: _num(df, "Nights")),
        ("People", "Nights"),
    ),
]


# --- 4. Plumber service calls --------------------------------------------------------------------------------------

# problem: weight, mean labor hours, mean parts $, callback chance
_PL_PROBLEMS = {
    "Clogged drain": (30, 1.2, 15.0, 0.06), "Water heater": (12, 3.5, 420.0, 0.12),
    "Leaking pipe": (20, 1.8, 45.0, 0.07), "Toilet repair": (18, 1.0, 35.0, 0.05),
    "Sewer line": (6, 4.5, 260.0, 0.16), "Faucet replacement": (10, 1.3, 140.0, 0.03),
    "Sump pump": (4, 2.4, 310.0, 0.09),
}  # fmt: skip


def _plumber_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36404)
    problems = list(_PL_PROBLEMS)
    weights = [v[0] for v in _PL_PROBLEMS.values()]
    rows: list[dict[str, Any]] = []
    call = 20001
    for day in pd.date_range("2023-01-02", "2024-12-31", freq="B"):
        for _ in range(int(rng.poisson(2.3))):
            problem = str(_one(rng, problems, weights))
            _, hours, parts, callback = _PL_PROBLEMS[problem]
            commercial = rng.random() < 0.22
            after = rng.random() < 0.14
            rate = (135.0 if commercial else 115.0) * (1.5 if after else 1.0)
            labor = max(0.5, round(float(rng.gamma(4, hours / 4)) * 4) / 4)
            part_cost = round(float(rng.gamma(2, parts / 2)), 2) if rng.random() < 0.8 else 0.0
            kind = "Commercial" if commercial else "Residential"
            rows.append(
                {
                    "Call ID": f"SC-{call}",
                    "Date": f"{day.month}/{day.day}/{day.year}",
                    "Customer Type": kind.upper() if rng.random() < 0.03 else kind,
                    "Problem": problem,
                    "Trip Charge": _money(89.0 if day.year == 2023 else 95.0),
                    "Labor Hours": labor,
                    "Hourly Rate": _money(rate),
                    "Parts $": "" if part_cost == 0 else _money(part_cost),
                    "After Hours": "Y" if after else "N",
                    "Callback 30 Days": "Y" if rng.random() < callback else "N",
                }
            )
            call += 1
    return pd.DataFrame(rows)


def _pl_problem(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Problem")


def _pl_bill(df: pd.DataFrame) -> pd.Series:
    commercial = _text(df, "Customer Type").str.title() == "Commercial"
    bill = _num(df, "Trip Charge") + _num(df, "Labor Hours") * _num(df, "Hourly Rate") + _num(df, "Parts $").fillna(0)
    return bill[commercial]


_PL_QS = [
    Q(
        "what do we get called out for the most",
        _lead(_named(lambda df: _top(_pl_problem(df).value_counts()))),
        ("Problem", "Call ID"),
    ),
    Q(
        "how long does a water heater job usually take",
        _typical(lambda df: _num(df, "Labor Hours")[_pl_problem(df) == "Water heater"]),
        ("Labor Hours", "Problem"),
    ),
    Q(
        "what percent of calls are after hours",
        _share(lambda df: float(_yes(df, "After Hours").mean())),
        ("After Hours", "Call ID"),
    ),
    Q(
        "which kind of job has us going back the most",
        _either_named(
            lambda df: _top(_yes(df, "Callback 30 Days").groupby(_pl_problem(df)).mean()),
            lambda df: _top(_yes(df, "Callback 30 Days").groupby(_pl_problem(df)).sum()),
        ),
        ("Problem", "Callback 30 Days", "Call ID"),
    ),
    Q(
        "how much did we spend on parts in 2023",
        _amount(lambda df: float(_num(df, "Parts $")[_date(df, "Date", "%m/%d/%Y").dt.year == 2023].sum())),
        ("Parts $", "Date"),
    ),
    Q(
        "whats the average bill on a commercial call, trip charge plus labor plus parts",
        _typical(_pl_bill),
        ("Trip Charge", "Labor Hours", "Hourly Rate", "Parts $", "Customer Type"),
    ),
]


# --- 5. Farmers market stall fees ----------------------------------------------------------------------------------

_FM_VENDORS = [
    ("Green Acres Farm", "Produce"), ("Hillside Orchard", "Produce"), ("Miller Family Farm", "Produce"),
    ("Sunny Patch Produce", "Produce"), ("Two Creeks Farm", "Produce"), ("Root & Stem", "Produce"),
    ("Blue Heron Berries", "Produce"), ("Oak Hollow Greens", "Produce"), ("Mushroom Mike", "Produce"),
    ("Valley Honey Co", "Produce"), ("Rise & Shine Bakery", "Bakery"), ("Crumb Bros", "Bakery"),
    ("Sweet Tooth Pies", "Bakery"), ("Daily Loaf", "Bakery"), ("Grandma's Kitchen", "Bakery"),
    ("Sourdough Sam", "Bakery"), ("Flour Power", "Bakery"), ("Knot Just Pretzels", "Bakery"),
    ("Clay Hands Pottery", "Crafts"), ("Woven Wonders", "Crafts"), ("Lavender Lane Soap", "Crafts"),
    ("Driftwood Designs", "Crafts"), ("Silver Thread Jewelry", "Crafts"), ("Candle Cove", "Crafts"),
    ("Leather & Loom", "Crafts"), ("Paper Moon Prints", "Crafts"), ("Maple Turnings", "Crafts"),
    ("Wild Violet Dyes", "Crafts"), ("Happy Hen Eggs", "Produce"), ("Pickle Barrel", "Bakery"),
]  # fmt: skip
_FM_SALES = {"Produce": 620.0, "Bakery": 540.0, "Crafts": 380.0}
_FM_WEATHER = {"Sunny": (5, 1.0), "Cloudy": (3, 0.9), "Rain": (2, 0.55), "Hot": (2, 0.8)}


def _market_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36405)
    vendors = []
    for name, cat in _FM_VENDORS:
        big = rng.random() < 0.35
        power = rng.random() < (0.6 if cat == "Bakery" else 0.2)
        vendors.append((name, cat, big, power, float(rng.uniform(0.6, 1.5)), float(rng.uniform(0.6, 0.95))))
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2023-05-06", "2024-10-26", freq="W-SAT"):
        if day.month < 5 or day.month > 10:
            continue
        weather = str(_one(rng, list(_FM_WEATHER), [v[0] for v in _FM_WEATHER.values()]))
        mult = _FM_WEATHER[weather][1]
        for name, cat, big, power, scale, attend in vendors:
            if rng.random() > attend:
                continue
            fee = (60.0 if big else 35.0) + (10.0 if power else 0.0)
            sales = round(float(rng.gamma(6, _FM_SALES[cat] * scale * mult * (1.3 if big else 1.0) / 6)))
            rows.append(
                {
                    "Market Date": f"{day:%Y-%m-%d}",
                    "Vendor": name,
                    "Category": cat,
                    "Stall Size": "10x20" if big else "10x10",
                    "Stall Fee": _money(fee),
                    "Electricity": "Y" if power else "N",
                    "Sales Reported": "" if rng.random() < 0.08 else _money(sales),
                    "Weather": weather,
                }
            )
    return pd.DataFrame(rows)


def _fm_by(col: str, how: str, keys: list[str]) -> Callable[[pd.DataFrame], list[float]]:
    def value(df: pd.DataFrame) -> list[float]:
        by = _num(df, "Sales Reported").groupby(_text(df, col)).agg(how)
        return [float(by[k]) for k in keys]

    return value


_FM_CATS = ["Produce", "Bakery", "Crafts"]

_FM_QS = [
    Q("how many different vendors have sold here", _count(lambda df: int(_text(df, "Vendor").nunique())), ("Vendor",)),
    Q(
        "how much did we take in from stall fees in 2024",
        _amount(lambda df: float(_num(df, "Stall Fee")[_text(df, "Market Date").str.startswith("2024")].sum())),
        ("Stall Fee", "Market Date"),
    ),
    Q(
        "average sales for each category",
        either(_about(_fm_by("Category", "mean", _FM_CATS)), _about(_fm_by("Category", "median", _FM_CATS))),
        ("Sales Reported", "Category"),
    ),
    Q(
        "how do sales on rainy days compare to sunny ones",
        either(
            _about(_fm_by("Weather", "mean", ["Rain", "Sunny"])),
            _about(_fm_by("Weather", "median", ["Rain", "Sunny"])),
        ),
        ("Sales Reported", "Weather", "Market Date"),
    ),
    Q(
        "how often do vendors skip reporting their sales",
        either(
            _count(lambda df: int(_num(df, "Sales Reported").isna().sum())),
            _share(lambda df: float(_num(df, "Sales Reported").isna().mean())),
        ),
        ("Sales Reported", "Vendor", "Market Date"),
    ),
    Q(
        "which vendor has sold the most overall",
        _lead(_named(lambda df: _top(_num(df, "Sales Reported").groupby(_text(df, "Vendor")).sum()))),
        ("Vendor", "Sales Reported"),
    ),
]


# --- 6. Moving company jobs ----------------------------------------------------------------------------------------

_MV_ZIPS = ["01602", "01604", "01609", "01545", "01581", "01701", "01752", "02134", "02148", "02451", "01420"]
# bedrooms: weight, crew, truck ft, mean hours
_MV_SIZES = {
    "Studio": (3, 2, 16, 3.0), "1": (6, 2, 16, 3.8), "2": (7, 3, 20, 5.2), "3": (5, 3, 26, 6.8), "4": (3, 4, 26, 8.5),
    "5+": (1, 5, 26, 10.5),
}  # fmt: skip
_MV_RATE = {2: 129.0, 3: 169.0, 4: 209.0, 5: 249.0}


def _moving_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36406)
    days = pd.date_range("2023-01-02", "2024-12-31", freq="D")
    weights = np.array(
        [
            (2.4 if d.month in (6, 7, 8) else 1.4 if d.month in (5, 9) else 0.7)
            * (1.8 if d.day >= 27 or d.day == 1 else 1.0)
            * (1.4 if d.weekday() >= 5 else 1.0)
            for d in days
        ]
    )
    picks = np.sort(rng.choice(len(days), size=1350, p=weights / weights.sum()))
    sizes = list(_MV_SIZES)
    rows: list[dict[str, Any]] = []
    job = {2023: 23000, 2024: 24000}
    for i in picks:
        day = days[i]
        job[day.year] += 1
        beds = str(_one(rng, sizes, [v[0] for v in _MV_SIZES.values()]))
        _, crew, truck, hours = _MV_SIZES[beds]
        crew = min(5, crew + int(rng.random() < 0.15))
        long_move = rng.random() < 0.12
        miles = round(float(rng.uniform(60, 400) if long_move else rng.gamma(2, 6)), 1)
        worked = max(2.0, round((float(rng.gamma(8, hours / 8)) + miles / 45) * 4) / 4)
        claim = round(float(rng.gamma(2, 180)), 2) if rng.random() < 0.06 else None
        src = str(_one(rng, _MV_ZIPS))
        dst = str(_one(rng, _MV_ZIPS)) if not long_move else f"{int(rng.integers(3000, 9999)):05d}"
        rows.append(
            {
                "Job #": job[day.year],
                "Move Date": f"{day:%m/%d/%Y}",
                "From Zip": src,
                "To Zip": dst,
                "Bedrooms": beds,
                "Crew Size": crew,
                "Truck Ft": f"{truck} ft",
                "Hours": worked,
                "Miles": miles,
                "Hourly Rate": f"${_MV_RATE[crew]:.0f}/hr",
                "Mileage Rate": "$1.25/mi" if day.year == 2023 else "$1.35/mi",
                "Damage Claim $": "" if claim is None else _money(claim),
            }
        )
    return pd.DataFrame(rows)


def _mv_date(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Move Date", "%m/%d/%Y")


def _mv_cost(df: pd.DataFrame) -> pd.Series:
    return _n(df, "Hours") * _n(df, "Hourly Rate") + _n(df, "Miles") * _n(df, "Mileage Rate")


_MV_QS = [
    Q(
        "how many moves did we do in 2024",
        _count(lambda df: int((_mv_date(df).dt.year == 2024).sum())),
        ("Move Date", "Job #"),
    ),
    Q(
        "how many hours does a 3 bedroom move take on average",
        _typical(lambda df: _n(df, "Hours")[_text(df, "Bedrooms") == "3"]),
        ("Hours", "Bedrooms"),
    ),
    Q(
        "what percent of jobs end up with a damage claim",
        _share(lambda df: float((_n(df, "Damage Claim $") > 0).mean())),
        ("Damage Claim $", "Job #"),
    ),
    Q(
        "how much have we paid out on those",
        _amount(lambda df: float(_n(df, "Damage Claim $").sum())),
        ("Damage Claim $", "Job #"),
    ),
    Q(
        "what month are we busiest",
        either(
            _month_name(lambda df: int(_mv_date(df).dt.month.value_counts().sort_index().idxmax())),
            _month_year(lambda df: _mv_date(df).dt.to_period("M").value_counts().sort_index().idxmax().to_timestamp()),
        ),
        ("Move Date", "Job #"),
    ),
    Q(
        "what does a typical job come to, hours times the hourly rate plus miles times the mileage rate",
        _typical(_mv_cost),
        ("Hours", "Hourly Rate", "Miles", "Mileage Rate"),
    ),
]


# --- 7. Car wash daily tunnel counts -------------------------------------------------------------------------------

_CW_PACKAGES = ["Basic", "Deluxe", "Ultimate"]
_CW_CLOSED = {"2023-11-23", "2023-12-25", "2024-11-28", "2024-12-25"}


def _carwash_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36407)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2023-01-01", "2024-12-31", freq="D"):
        if f"{day:%Y-%m-%d}" in _CW_CLOSED:
            continue
        rain = round(float(rng.gamma(0.6, 0.35)), 2) if rng.random() < 0.3 else 0.0
        busy = (1.5 if day.weekday() >= 5 else 1.0) * (1.3 if day.month in (3, 4, 12) else 1.0)
        busy *= max(0.15, 1.0 - 1.4 * rain)
        deluxe_price = 17.0 if day >= pd.Timestamp("2024-04-01") else 15.0
        basic = int(rng.poisson(110 * busy))
        deluxe = int(rng.poisson((70 if deluxe_price == 15.0 else 58) * busy))
        ultimate = int(rng.poisson(45 * busy))
        members = int(rng.binomial(basic + deluxe + ultimate, 0.32))
        rows.append(
            {
                "Date": f"{day.month}/{day.day}/{day.year}",
                "Basic Washes": basic,
                "Deluxe Washes": deluxe,
                "Ultimate Washes": ultimate,
                "Basic Price": _money(10.0),
                "Deluxe Price": _money(deluxe_price),
                "Ultimate Price": _money(22.0),
                "Members Washed": members,
                "Rain (in)": f"{rain:.2f}",
            }
        )
    return pd.DataFrame(rows)


_CW_COUNTS = tuple(f"{p} Washes" for p in _CW_PACKAGES)
_CW_PRICES = tuple(f"{p} Price" for p in _CW_PACKAGES)


def _cw_date(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Date", "%m/%d/%Y")


def _cw_total(df: pd.DataFrame) -> pd.Series:
    return sum(_num(df, c) for c in _CW_COUNTS)


def _cw_top_package(df: pd.DataFrame) -> str:
    money = pd.Series({p: float((_num(df, f"{p} Washes") * _num(df, f"{p} Price")).sum()) for p in _CW_PACKAGES})
    return _top(money)


def _cw_price_up(df: pd.DataFrame) -> pd.Timestamp:
    price = _num(df, "Deluxe Price")
    return _cw_date(df)[price > price.iloc[0]].min()


_CW_QS = [
    Q(
        "how many cars went through in 2024",
        _count(lambda df: int(_cw_total(df)[_cw_date(df).dt.year == 2024].sum())),
        ("Date", *_CW_COUNTS),
    ),
    Q(
        "how many ultimate washes do we do on a typical day",
        _typical(lambda df: _num(df, "Ultimate Washes")),
        ("Ultimate Washes",),
    ),
    Q(
        "which wash package makes us the most money",
        _lead(_named(_cw_top_package)),
        (*_CW_COUNTS, *_CW_PRICES),
    ),
    Q("when did the deluxe price go up", _day_or_month(_cw_price_up), ("Deluxe Price", "Date")),
    Q(
        "what share of the cars are members",
        either(
            _share(lambda df: float(_num(df, "Members Washed").sum() / _cw_total(df).sum())),
            _share(lambda df: float((_num(df, "Members Washed") / _cw_total(df)).mean())),
        ),
        ("Members Washed", *_CW_COUNTS),
    ),
    Q(
        "does rain keep people away",
        _corr(lambda df: _num(df, "Rain (in)"), _cw_total),
        ("Rain (in)", "Date", *_CW_COUNTS),
    ),
]


HELDOUT364 = [
    Dataset("bakery_wholesale_accounts_ledger", _bakery_frame, _BK_QS),
    Dataset("hotel_housekeeping_board", _hotel_frame, _HK_QS),
    Dataset("campground_site_reservations", _campground_frame, _CG_QS),
    Dataset("plumber_dispatch_service_calls", _plumber_frame, _PL_QS),
    Dataset("farmers_market_vendor_stall_fees", _market_frame, _FM_QS),
    Dataset("moving_company_jobs", _moving_frame, _MV_QS),
    Dataset("car_wash_daily_tunnel_counts", _carwash_frame, _CW_QS),
]
