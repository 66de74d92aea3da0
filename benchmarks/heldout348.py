"""HELDOUT348: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of the spreadsheet a small outfit keeps: a shrimp farm's pond harvests (2020
to 2024, two crops a year in 48 ponds, one row per crop) with Pond as "P-07", "Stocking Date" and "Harvest Date" as
"3/15/2023", "PL Stocked" (post larvae, a whole number), "Lbs Harvested", "Avg Count/Lb" (shrimp per pound, bigger
shrimp fewer), "Feed Lbs", "Survival %" as "68.4%", "Price/Lb" as "$5.25" (more for bigger shrimp) and Buyer (now and
then upper case); the last crop of 2024 still in some ponds has its harvest date, pounds, count, price and buyer
blank and "N/A" for survival. A blood bank's donor drives (2022 to 2024, one row per drive, a TOTAL row at the
bottom) with "Drive Date" as "2024-03-15", "Host Site" (a school, church or business, repeated), "Site Type" (School,
Church, Business; now and then upper case), "Donors Registered", "Units Collected", Deferrals, "First Time Donors"
(many more at schools), Phlebotomists, Hours and "Goal Units" (blank now and then). A parking garage's tickets (April
to June 2024, one row per ticket) with "Ticket #" (a seven-digit number), "Entry Time" and "Exit Time" as
"2024-05-03 07:42" (exit blank for cars still inside at the end), Level (P1 to P4, Roof), "Vehicle Type" (Car, SUV,
Truck, Motorcycle), "Rate Type" (Hourly, Daily, Monthly), "Amount Paid" as "$12.00" ("$0.00" on a monthly pass),
Validated (Y/N, two free hours), "Lost Ticket" (Y/N, a $40 flat charge) and "Payment Method" (Credit Card, Cash,
Mobile App, Monthly Pass). A timber cruise's plots (October and November 2023, one row per species tallied on a
plot, plot numbers running across the whole cruise and repeated across a plot's rows) with "Plot #", Stand ("Stand
101" to "Stand 112"), Date as "10/14/2023", "Trees Tallied" (20 BAF prism count), Species as a code (DF, WH, RC, RA,
BM; now and then lower case), "DBH (in)", "Height (ft)" (blank when not measured), "BA (sq ft/ac)" (count times 20),
"Volume (MBF)" (per acre), Cruiser and "Slope %" (one per plot, steeper plots carrying fewer trees). A bike shop's
repair tickets (2024, one row per ticket) with Ticket (a number), "Check-In Date", "Promised Date" and "Done Date"
as "03/14/2024" (done blank while open), "Bike Type" (Road, Mountain, E-Bike, Kids; now and then lower case), Repair
(Tune-Up, Flat, Brakes, Drivetrain), "Parts $" and "Labor $" (plain numbers), Mechanic and "Customer Waiting" (Y/N,
mostly flats). A plant nursery's sales lines (March to October 2024, one row per line, several lines per invoice)
with Invoice as "INV-20417" (repeated across its lines), Date as "2024-04-13", "Customer Type" (Retail, Landscaper),
Plant, "Container Size" ("1 gal", "3 gal", "5 gal", "15 gal"), Qty, "Unit Price" as "$24.99" (by plant and size),
"Discount %" as "15%" (landscapers mostly), Delivered (Y/N, one per invoice) and Salesperson. And a rug cleaning
company's jobs (2023 and 2024, one row per rug, customers returning) with "Job #" as "J-10234", Date as "5/3/2023",
Customer as "First Last", "Rug Type" (Wool, Silk, Synthetic; now and then lower case), "Sq Ft", "Price/Sq Ft" as
"$3.50" (by rug type), "Pet Odor Treatment" and Pickup (Y/N), "Days in Plant" (longer for silk), Technician and
"Repair $" as "$85.00" (blank when none). All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _year
from .heldout253 import _amount, _num, _text, _top, _typical, _weekday
from .heldout333 import _FIRST, _LAST, _date, _either_named, _flag
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _money(x: float) -> str:
    return f"${x:,.2f}"


def _both_about(*values: Callable[[pd.DataFrame], float], rel: float = 0.01) -> Check:
    """Every value appears (each to within `rel`, or rounded to one decimal)."""
    return _about(lambda df: [float(v(df)) for v in values], rel=rel)


# --- 1. Shrimp farm pond harvests ----------------------------------------------------------------------------------

_SH_BUYERS = {"Gulf Coast Seafood": 1.0, "Bayou Processing": 0.94, "Harbor Fresh Market": 1.08, "Delta Shrimp Co": 0.97}


def _shrimp_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34801)
    acres = rng.uniform(1.0, 4.5, 48)
    rows: list[dict[str, Any]] = []
    for year in range(2020, 2025):
        for crop in (0, 1):
            for p in range(48):
                stocked = pd.Timestamp(year, 3 if crop == 0 else 7, 1) + pd.Timedelta(days=int(rng.integers(0, 40)))
                density = float(rng.uniform(45000, 120000))
                pl = int(round(acres[p] * density, -3))
                survival = float(np.clip(0.92 - density / 400000 + rng.normal(0, 0.07), 0.25, 0.95))
                count = float(np.clip(rng.normal(32, 6), 18, 55))
                lbs = pl * survival / count
                price = (9.2 - 0.11 * count + float(rng.normal(0, 0.3))) * 1.0
                buyer = str(_one(rng, list(_SH_BUYERS), [4, 3, 1.5, 2]))
                price *= _SH_BUYERS[buyer]
                feed = lbs * float(rng.uniform(1.25, 2.1))
                harvested = stocked + pd.Timedelta(days=int(rng.integers(100, 145)))
                open_crop = year == 2024 and crop == 1 and rng.random() < 0.4
                if open_crop:
                    feed *= 0.6
                rows.append(
                    {
                        "Pond": f"P-{p + 1:02d}",
                        "Stocking Date": f"{stocked.month}/{stocked.day}/{stocked.year}",
                        "Harvest Date": "" if open_crop else f"{harvested.month}/{harvested.day}/{harvested.year}",
                        "PL Stocked": pl,
                        "Lbs Harvested": "" if open_crop else round(lbs),
                        "Avg Count/Lb": "" if open_crop else round(count, 1),
                        "Feed Lbs": round(feed),
                        "Survival %": "N/A" if open_crop else f"{100 * survival:.1f}%",
                        "Price/Lb": "" if open_crop else _money(price),
                        "Buyer": "" if open_crop else (buyer.upper() if rng.random() < 0.05 else buyer),
                    }
                )
    return pd.DataFrame(rows)


def _sh_buyer(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Buyer").str.title()


def _sh_best_buyer(weighted: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        ok = _sh_buyer(df) != ""
        price, lbs, buyer = _num(df, "Price/Lb")[ok], _num(df, "Lbs Harvested")[ok], _sh_buyer(df)[ok]
        if weighted:
            return _top((price * lbs).groupby(buyer).sum() / lbs.groupby(buyer).sum())
        return _top(price.groupby(buyer).mean())

    return value


def _sh_best_year(df: pd.DataFrame) -> int:
    year = _date(df, "Harvest Date", "%m/%d/%Y").dt.year
    return int(_num(df, "Lbs Harvested").groupby(year).sum().idxmax())


_SH_QS = [
    Q(
        "how many pounds of shrimp have we harvested in total",
        _amount(lambda df: float(_num(df, "Lbs Harvested").sum())),
        ("Lbs Harvested",),
    ),
    Q("whats the typical survival rate", _typical(lambda df: _num(df, "Survival %")), ("Survival %",)),
    Q(
        "which buyer pays the most per pound",
        _either_named(_sh_best_buyer(False), _sh_best_buyer(True)),
        ("Buyer", "Price/Lb", "Lbs Harvested"),
    ),
    Q("what year had the biggest harvest", _year(_sh_best_year), ("Lbs Harvested", "Harvest Date")),
    Q(
        "how many ponds havent been harvested yet",
        _count(lambda df: int((_text(df, "Harvest Date") == "").sum())),
        ("Harvest Date", "Pond"),
    ),
    Q(
        "does stocking more larvae mean lower survival?",
        _corr(lambda df: _num(df, "PL Stocked"), lambda df: _num(df, "Survival %")),
        ("PL Stocked", "Survival %"),
    ),
]


# --- 2. Blood bank donor drives ------------------------------------------------------------------------------------

_BD_SITES = {
    "Lincoln High School": "School", "Westview High School": "School", "Central Community College": "School",
    "Jefferson Middle School": "School", "St. Mary's Parish": "Church", "First Baptist Church": "Church",
    "Grace Lutheran Church": "Church", "Temple Beth Shalom": "Church", "Riverside Methodist": "Church",
    "Acme Manufacturing": "Business", "County Courthouse": "Business", "Mercy Hospital Staff": "Business",
    "Summit Insurance": "Business", "Northgate Mall": "Business", "Tri-State Logistics": "Business",
    "Oak Ridge Credit Union": "Business", "Valley Tech Park": "Business", "Eastside High School": "School",
}  # fmt: skip
_BD_SIZE = {"School": (46, 0.42), "Church": (34, 0.1), "Business": (28, 0.14)}


def _blood_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34802)
    days = pd.date_range("2022-01-04", "2024-12-20", freq="D")
    picks = np.sort(rng.choice(len(days), size=920, replace=True))
    rows: list[dict[str, Any]] = []
    for k in picks:
        site = str(_one(rng, list(_BD_SITES)))
        kind = _BD_SITES[site]
        size, first_p = _BD_SIZE[kind]
        registered = int(max(8, rng.normal(size, size * 0.25)))
        deferrals = int(rng.binomial(registered, 0.12))
        qns = int(rng.binomial(registered - deferrals, 0.04))
        units = registered - deferrals - qns
        goal = int(round(size * 0.84 / 5) * 5)
        rows.append(
            {
                "Drive Date": f"{days[k]:%Y-%m-%d}",
                "Host Site": site,
                "Site Type": kind.upper() if rng.random() < 0.05 else kind,
                "Donors Registered": registered,
                "Units Collected": units,
                "Deferrals": deferrals,
                "First Time Donors": int(rng.binomial(registered, first_p)),
                "Phlebotomists": int(min(7, max(2, round(registered / 10)))),
                "Hours": float(_one(rng, [4.0, 5.0, 6.0, 6.5, 8.0], [2, 3, 3, 1, 1])),
                "Goal Units": "" if rng.random() < 0.06 else goal,
            }
        )
    frame = pd.DataFrame(rows)
    total: dict[str, Any] = {c: "" for c in frame.columns}
    total["Drive Date"] = "TOTAL"
    for c in ("Donors Registered", "Units Collected", "Deferrals", "First Time Donors"):
        total[c] = int(frame[c].sum())
    return pd.concat([frame, pd.DataFrame([total])], ignore_index=True)


def _bd(df: pd.DataFrame) -> pd.DataFrame:
    """The drives, without the TOTAL row."""
    return df[_date(df, "Drive Date", "%Y-%m-%d").notna()]


def _bd_type(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Site Type").str.title()


def _bd_units_2024(df: pd.DataFrame) -> int:
    d = _bd(df)
    return int(_num(d, "Units Collected")[_date(d, "Drive Date", "%Y-%m-%d").dt.year == 2024].sum())


def _bd_goal_share(all_rows: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        d = _bd(df)
        goal = _num(d, "Goal Units")
        met = int((_num(d, "Units Collected") >= goal).sum())
        return met / (len(d) if all_rows else int(goal.notna().sum()))

    return value


def _bd_deferral(pooled: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        d = _bd(df)
        if pooled:
            return float(_num(d, "Deferrals").sum() / _num(d, "Donors Registered").sum())
        return float((_num(d, "Deferrals") / _num(d, "Donors Registered")).mean())

    return value


_BD_QS = [
    Q("how many units did we collect in 2024", _count(_bd_units_2024), ("Units Collected", "Drive Date")),
    Q(
        "what kind of site brings in the most units per drive",
        _lead(_named(lambda df: _top(_num(_bd(df), "Units Collected").groupby(_bd_type(_bd(df))).mean()))),
        ("Units Collected", "Site Type"),
    ),
    Q(
        "what percent of drives hit their goal",
        either(_share(_bd_goal_share(False)), _share(_bd_goal_share(True))),
        ("Units Collected", "Goal Units"),
    ),
    Q(
        "whats our deferral rate",
        either(_share(_bd_deferral(True)), _share(_bd_deferral(False))),
        ("Deferrals", "Donors Registered"),
    ),
    Q(
        "how many first time donors did we get overall",
        _count(lambda df: int(_num(_bd(df), "First Time Donors").sum())),
        ("First Time Donors",),
    ),
    Q(
        "and how many of them at schools",
        _count(lambda df: int(_num(_bd(df), "First Time Donors")[_bd_type(_bd(df)) == "School"].sum())),
        ("First Time Donors", "Site Type"),
    ),
]


# --- 3. Parking garage tickets -------------------------------------------------------------------------------------

_PG_LEVELS = ["P1", "P2", "P3", "P4", "Roof"]


def _parking_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34803)
    days = pd.date_range("2024-04-01", "2024-06-30", freq="D")
    rows: list[dict[str, Any]] = []
    ticket = 4810233
    end = pd.Timestamp("2024-06-30 23:59")
    for day in days:
        weekend = day.dayofweek >= 5
        n = int(rng.poisson(30 if weekend else 50 + 4 * day.dayofweek))
        for _ in range(n):
            ticket += int(rng.integers(1, 3))
            rate = str(_one(rng, ["Hourly", "Daily", "Monthly"], [7, 1.2, 2.5 if not weekend else 0.5]))
            if rate == "Monthly":
                start = day + pd.Timedelta(minutes=int(rng.normal(7.8 * 60, 40)))
                stay = float(rng.normal(9.0, 0.8))
            elif rate == "Daily":
                start = day + pd.Timedelta(minutes=int(rng.uniform(8 * 60, 19 * 60)))
                stay = float(rng.uniform(3, 12))
            else:
                start = day + pd.Timedelta(minutes=int(rng.uniform(6 * 60, 21 * 60)))
                stay = float(rng.gamma(1.6, 1.5)) + 0.1
            leave = start + pd.Timedelta(minutes=int(stay * 60))
            lost = rate != "Monthly" and rng.random() < 0.012
            validated = rate == "Hourly" and rng.random() < 0.18
            if rate == "Monthly":
                paid = 0.0
            elif lost:
                paid = 40.0
            elif rate == "Daily":
                paid = 20.0
            else:
                hours = int(np.ceil(stay))
                paid = min(24.0, 3.0 * max(0, hours - (2 if validated else 0)))
            method = (
                "Monthly Pass"
                if rate == "Monthly"
                else str(_one(rng, ["Credit Card", "Cash", "Mobile App"], [6, 1.5, 2.5]))
            )
            rows.append(
                {
                    "Ticket #": ticket,
                    "Entry Time": f"{start:%Y-%m-%d %H:%M}",
                    "Exit Time": "" if leave > end else f"{leave:%Y-%m-%d %H:%M}",
                    "Level": str(_one(rng, _PG_LEVELS, [5, 4, 3, 2, 1])),
                    "Vehicle Type": str(_one(rng, ["Car", "SUV", "Truck", "Motorcycle"], [6, 3, 1.2, 0.3])),
                    "Rate Type": rate,
                    "Amount Paid": _money(paid),
                    "Validated": "Y" if validated else "N",
                    "Lost Ticket": "Y" if lost else "N",
                    "Payment Method": method,
                }
            )
    return pd.DataFrame(rows)


def _pg_stay(unit: float) -> Callable[[pd.DataFrame], pd.Series]:
    def value(df: pd.DataFrame) -> pd.Series:
        fmt = "%Y-%m-%d %H:%M"
        gap = _date(df, "Exit Time", fmt) - _date(df, "Entry Time", fmt)
        return (gap.dt.total_seconds() / unit).dropna()

    return value


def _pg_busiest_day(df: pd.DataFrame) -> str:
    day = _date(df, "Entry Time", "%Y-%m-%d %H:%M").dt.day_name()
    return _top(day.value_counts())


def _pg_hourly(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Amount Paid")[_text(df, "Rate Type") == "Hourly"]


_PG_QS = [
    Q(
        "how much money did the garage take in",
        _amount(lambda df: float(_num(df, "Amount Paid").sum())),
        ("Amount Paid",),
    ),
    Q(
        "how long do people usually park",
        either(_typical(_pg_stay(3600.0)), _typical(_pg_stay(60.0))),
        ("Entry Time", "Exit Time"),
    ),
    Q(
        "what share of tickets got validated",
        _share(lambda df: float(_flag(df, "Validated").mean())),
        ("Validated", "Ticket #"),
    ),
    Q("how many people lost their ticket", _count(lambda df: int(_flag(df, "Lost Ticket").sum())), ("Lost Ticket",)),
    Q("which day of the week is busiest", _weekday(_pg_busiest_day), ("Entry Time", "Ticket #")),
    Q("what do hourly parkers pay on average", _typical(_pg_hourly), ("Amount Paid", "Rate Type")),
]


# --- 4. Timber cruise plots ----------------------------------------------------------------------------------------

# species: weight, mean dbh, height at 20 in
_TC_SPECIES = {"DF": (5, 22.0, 125.0), "WH": (3, 16.0, 105.0), "RC": (1.5, 20.0, 95.0), "RA": (2, 12.0, 80.0)}
_TC_SPECIES |= {"BM": (0.8, 14.0, 70.0)}
_TC_CRUISERS = ["J. Ortiz", "M. Lindqvist", "T. Begay", "R. Holloway"]


def _timber_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34804)
    rows: list[dict[str, Any]] = []
    plot = 0
    day = pd.Timestamp("2023-10-09")
    for s in range(12):
        stand = f"Stand {101 + s}"
        stand_slope = float(rng.uniform(10, 50))
        crew = [str(c) for c in rng.choice(_TC_CRUISERS, size=2, replace=False)]
        for _ in range(int(rng.integers(22, 48))):
            plot += 1
            if rng.random() < 0.12:
                day += pd.Timedelta(days=1 if day.dayofweek < 4 else 3)
            slope = int(np.clip(rng.normal(stand_slope, 12), 0, 85))
            cruiser = str(_one(rng, crew, [3, 2]))
            n_species = int(_one(rng, [1, 2, 3, 4], [2, 4, 3, 1]))
            names = list(_TC_SPECIES)
            weights = np.array([_TC_SPECIES[k][0] for k in names])
            chosen = rng.choice(names, size=n_species, replace=False, p=weights / weights.sum())
            for sp in chosen:
                _, dbh_mid, ht20 = _TC_SPECIES[str(sp)]
                trees = int(max(1, rng.poisson(max(0.6, 5.5 - slope / 25) / n_species * 2.2)))
                dbh = float(np.clip(rng.normal(dbh_mid, dbh_mid * 0.25), 5, 60))
                height = ht20 * (dbh / 20) ** 0.45 * float(rng.normal(1, 0.08))
                ba = trees * 20
                volume = ba * height * 0.0021 * (1.0 if sp in ("DF", "WH", "RC") else 0.7)
                rows.append(
                    {
                        "Plot #": plot,
                        "Stand": stand,
                        "Date": f"{day:%m/%d/%Y}",
                        "Trees Tallied": trees,
                        "Species": str(sp).lower() if rng.random() < 0.04 else str(sp),
                        "DBH (in)": round(dbh, 1),
                        "Height (ft)": "" if rng.random() < 0.09 else round(height),
                        "BA (sq ft/ac)": ba,
                        "Volume (MBF)": round(volume, 2),
                        "Cruiser": cruiser,
                        "Slope %": slope,
                    }
                )
    return pd.DataFrame(rows)


def _tc_species(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Species").str.upper()


def _tc_df_dbh(how: str) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        is_df = _tc_species(df) == "DF"
        dbh, trees = _num(df, "DBH (in)")[is_df], _num(df, "Trees Tallied")[is_df]
        if how == "weighted":
            return float((dbh * trees).sum() / trees.sum())
        return float(dbh.agg(how))

    return value


def _tc_top_cruiser(by_rows: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        if by_rows:
            return _top(_text(df, "Cruiser").value_counts())
        return _top(_num(df, "Plot #").groupby(_text(df, "Cruiser")).nunique())

    return value


def _tc_plot_sums(df: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({"plot": _num(df, "Plot #"), "slope": _num(df, "Slope %"), "vol": _num(df, "Volume (MBF)")})


_TC_QS = [
    Q("how many plots did they cruise", _count(lambda df: int(_num(df, "Plot #").nunique())), ("Plot #",)),
    Q(
        "whats the average dbh for DF",
        either(_about(_tc_df_dbh("mean")), _about(_tc_df_dbh("median")), _about(_tc_df_dbh("weighted"))),
        ("DBH (in)", "Species", "Trees Tallied"),
    ),
    Q(
        "which species has the most volume",
        _lead(_named(lambda df: _top(_num(df, "Volume (MBF)").groupby(_tc_species(df)).sum()))),
        ("Volume (MBF)", "Species"),
    ),
    Q(
        "how many rows are missing a height",
        _count(lambda df: int(_num(df, "Height (ft)").isna().sum())),
        ("Height (ft)",),
    ),
    Q(
        "which cruiser did the most plots",
        _either_named(_tc_top_cruiser(False), _tc_top_cruiser(True)),
        ("Cruiser", "Plot #"),
    ),
    Q(
        "do steeper plots have less timber on them?",
        either(
            _corr(lambda df: _num(df, "Slope %"), lambda df: _num(df, "Volume (MBF)")),
            _corr(
                lambda df: _tc_plot_sums(df).groupby("plot")["slope"].first(),
                lambda df: _tc_plot_sums(df).groupby("plot")["vol"].sum(),
            ),
        ),
        ("Slope %", "Volume (MBF)", "Plot #"),
    ),
]


# --- 5. Bike shop repair tickets -----------------------------------------------------------------------------------

# repair: weight, labor $, parts $ (mean), days to promise
_BR_REPAIRS = {"Tune-Up": (5, 85.0, 18.0, 5), "Flat": (6, 15.0, 9.0, 1), "Brakes": (3, 35.0, 28.0, 3)}
_BR_REPAIRS |= {"Drivetrain": (2.5, 60.0, 75.0, 5)}
_BR_BIKES = {"Road": (4, 1.0), "Mountain": (4, 1.15), "E-Bike": (2, 1.45), "Kids": (1.5, 0.7)}
_BR_MECHANICS = {"Dave": 4, "Marisol": 3, "Kenji": 3, "Tyler": 1.5}


def _bike_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34805)
    days = pd.date_range("2024-01-02", "2024-12-21", freq="D")
    season = np.array([0.4, 0.5, 0.9, 1.4, 1.7, 1.8, 1.7, 1.5, 1.2, 0.9, 0.6, 0.5])
    weights = season[days.month - 1] * np.where(days.dayofweek == 6, 0.0, 1.0)
    picks = np.sort(rng.choice(len(days), size=1650, p=weights / weights.sum()))
    rows: list[dict[str, Any]] = []
    for n, k in enumerate(picks):
        checked = days[k]
        repair = str(_one(rng, list(_BR_REPAIRS), [v[0] for v in _BR_REPAIRS.values()]))
        _, labor, parts, lead = _BR_REPAIRS[repair]
        bike = str(_one(rng, list(_BR_BIKES), [v[0] for v in _BR_BIKES.values()]))
        factor = _BR_BIKES[bike][1]
        waiting = (repair == "Flat" and rng.random() < 0.6) or rng.random() < 0.03
        promised = checked + pd.Timedelta(days=0 if waiting else int(lead + rng.integers(0, 3)))
        slip = int(rng.integers(-2, 1)) + (int(rng.integers(1, 6)) if rng.random() < 0.15 else 0)
        done = max(checked, promised + pd.Timedelta(days=0 if waiting else slip))
        still_open = checked > pd.Timestamp("2024-12-10") and rng.random() < 0.7
        done_text = "" if still_open else f"{done:%m/%d/%Y}"
        rows.append(
            {
                "Ticket": 24001 + n,
                "Check-In Date": f"{checked:%m/%d/%Y}",
                "Bike Type": bike.lower() if rng.random() < 0.05 else bike,
                "Repair": repair,
                "Parts $": round(max(0.0, float(rng.gamma(2.0, parts * factor / 2.0))), 2),
                "Labor $": round(labor * factor * float(_one(rng, [1.0, 1.0, 1.25, 0.8])), 2),
                "Mechanic": str(_one(rng, list(_BR_MECHANICS), list(_BR_MECHANICS.values()))),
                "Promised Date": f"{promised:%m/%d/%Y}",
                "Done Date": done_text,
                "Customer Waiting": "Y" if waiting else "N",
            }
        )
    return pd.DataFrame(rows)


def _br_bike(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Bike Type").str.lower()


def _br_late(df: pd.DataFrame) -> int:
    done = _date(df, "Done Date", "%m/%d/%Y")
    return int((done > _date(df, "Promised Date", "%m/%d/%Y")).sum())


def _br_cost(bike: str, with_parts: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        cost = _num(df, "Labor $") + (_num(df, "Parts $") if with_parts else 0.0)
        return float(cost[_br_bike(df) == bike].mean())

    return value


_BR_QS = [
    Q(
        "whats the most common repair we do",
        _lead(_named(lambda df: _top(_text(df, "Repair").value_counts()))),
        ("Repair",),
    ),
    Q(
        "how much labor do we charge for a tune up on average",
        _typical(lambda df: _num(df, "Labor $")[_text(df, "Repair") == "Tune-Up"]),
        ("Labor $", "Repair"),
    ),
    Q("how many bikes were finished after the promised date", _count(_br_late), ("Promised Date", "Done Date")),
    Q(
        "how many tickets are still open",
        _count(lambda df: int((_text(df, "Done Date") == "").sum())),
        ("Done Date", "Ticket"),
    ),
    Q(
        "which mechanic brought in the most labor money",
        _lead(_named(lambda df: _top(_num(df, "Labor $").groupby(_text(df, "Mechanic")).sum()))),
        ("Mechanic", "Labor $"),
    ),
    Q(
        "do e-bike repairs cost more than road bike ones on average?",
        either(
            _both_about(_br_cost("e-bike", True), _br_cost("road", True)),
            _both_about(_br_cost("e-bike", False), _br_cost("road", False)),
        ),
        ("Bike Type", "Parts $", "Labor $"),
    ),
]


# --- 6. Nursery plant sales ----------------------------------------------------------------------------------------

_NS_PLANTS = {
    "Knockout Rose": 1.0, "Limelight Hydrangea": 1.25, "Boxwood": 0.9, "Japanese Maple": 2.4, "Lavender": 0.6,
    "Blue Fescue": 0.45, "Arborvitae": 1.3, "Crape Myrtle": 1.6, "Hosta": 0.55, "Red Twig Dogwood": 0.95,
    "Black-Eyed Susan": 0.5, "Dwarf Alberta Spruce": 1.7, "Coral Bells": 0.6, "Serviceberry": 1.9,
}  # fmt: skip
_NS_SIZES = {"1 gal": (12.99, 5), "3 gal": (29.99, 4), "5 gal": (44.99, 2.5), "15 gal": (139.99, 0.8)}
_NS_STAFF = ["Linda", "Carlos", "Becky", "Jorge", "Pat"]


def _nursery_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34806)
    days = pd.date_range("2024-03-01", "2024-10-31", freq="D")
    season = np.array([0, 0, 1.2, 1.9, 2.2, 1.4, 0.8, 0.7, 1.1, 0.9, 0, 0])
    weights = season[days.month - 1]
    picks = np.sort(rng.choice(len(days), size=880, p=weights / weights.sum()))
    pop = np.array([3, 2.5, 2.5, 1, 2, 1.2, 1.8, 1.2, 1.6, 0.8, 1.5, 0.6, 1.0, 0.5])
    rows: list[dict[str, Any]] = []
    for n, k in enumerate(picks):
        pro = rng.random() < 0.3
        delivered = rng.random() < (0.7 if pro else 0.12)
        staff = str(_one(rng, _NS_STAFF))
        for _ in range(int(rng.integers(1, 6 if pro else 4))):
            plant = str(_one(rng, list(_NS_PLANTS), list(pop)))
            size = str(_one(rng, list(_NS_SIZES), [v[1] for v in _NS_SIZES.values()]))
            price = round(_NS_SIZES[size][0] * _NS_PLANTS[plant]) - 0.01
            qty = int(rng.integers(5, 40)) if pro else int(_one(rng, [1, 1, 1, 2, 3, 5]))
            discount = int(_one(rng, [10, 15, 20], [2, 3, 1])) if pro else (10 if rng.random() < 0.08 else 0)
            rows.append(
                {
                    "Invoice": f"INV-{20001 + n}",
                    "Date": f"{days[k]:%Y-%m-%d}",
                    "Customer Type": "Landscaper" if pro else "Retail",
                    "Plant": plant,
                    "Container Size": size,
                    "Qty": qty,
                    "Unit Price": _money(max(4.99, price)),
                    "Discount %": f"{discount}%",
                    "Delivered": "Y" if delivered else "N",
                    "Salesperson": staff,
                }
            )
    return pd.DataFrame(rows)


def _ns_sales(net: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def value(df: pd.DataFrame) -> pd.Series:
        gross = _num(df, "Qty") * _num(df, "Unit Price")
        return gross * (1 - _num(df, "Discount %") / 100) if net else gross

    return value


def _ns_pro(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Customer Type") == "Landscaper"


def _ns_top_plant(by: str) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        plant = _text(df, "Plant")
        if by == "lines":
            return _top(plant.value_counts())
        score = _num(df, "Qty") if by == "qty" else _ns_sales(by == "net")(df)
        return _top(score.groupby(plant).sum())

    return value


def _ns_pro_share(by: str) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        pro = _ns_pro(df)
        if by == "invoices":
            return float(_text(df, "Invoice")[pro].nunique() / _text(df, "Invoice").nunique())
        if by == "lines":
            return float(pro.mean())
        sales = _ns_sales(by == "net")(df)
        return float(sales[pro].sum() / sales.sum())

    return value


def _ns_best_month(by: str) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(df: pd.DataFrame) -> pd.Timestamp:
        month = _date(df, "Date", "%Y-%m-%d").dt.to_period("M")
        if by == "invoices":
            score = _text(df, "Invoice").groupby(month).nunique()
        elif by == "lines":
            score = month.value_counts()
        elif by == "qty":
            score = _num(df, "Qty").groupby(month).sum()
        else:
            score = _ns_sales(by == "net")(df).groupby(month).sum()
        return score.sort_index().idxmax().to_timestamp()

    return value


def _ns_pro_delivered(distinct: bool) -> Callable[[pd.DataFrame], int]:
    def value(df: pd.DataFrame) -> int:
        hit = _ns_pro(df) & _flag(df, "Delivered")
        return int(_text(df, "Invoice")[hit].nunique()) if distinct else int(hit.sum())

    return value


_NS_QS = [
    Q(
        "how many invoices are there",
        either(_count(lambda df: int(_text(df, "Invoice").nunique())), _count(lambda df: len(df))),
        ("Invoice",),
    ),
    Q(
        "what were total sales after discounts",
        _amount(lambda df: float(_ns_sales(True)(df).sum())),
        ("Qty", "Unit Price", "Discount %"),
    ),
    Q(
        "which plant sells the most",
        _either_named(_ns_top_plant("qty"), _ns_top_plant("net"), _ns_top_plant("gross"), _ns_top_plant("lines")),
        ("Plant", "Qty", "Unit Price", "Discount %"),
    ),
    Q(
        "what share of our sales come from landscapers",
        either(*(_share(_ns_pro_share(by)) for by in ("net", "gross", "invoices", "lines"))),
        ("Customer Type", "Qty", "Unit Price", "Discount %", "Invoice"),
    ),
    Q(
        "which month was busiest",
        either(*(_month_year(_ns_best_month(by)) for by in ("net", "gross", "invoices", "lines", "qty"))),
        ("Date", "Invoice", "Qty", "Unit Price", "Discount %"),
    ),
    Q(
        "how many landscaper orders got delivered",
        either(_count(_ns_pro_delivered(True)), _count(_ns_pro_delivered(False))),
        ("Delivered", "Customer Type", "Invoice"),
    ),
]


# --- 7. Rug cleaning jobs ------------------------------------------------------------------------------------------

# rug type: weight, $ per sq ft, days in plant
_RC_TYPES = {"Wool": (6, 3.5, 7.0), "Silk": (1.3, 6.0, 12.0), "Synthetic": (3, 2.25, 4.5)}
_RC_TECHS = ["Arman", "Luis", "Deb", "Nguyen"]


def _rug_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34807)
    customers = [f"{_one(rng, _FIRST)} {_one(rng, _LAST)}" for _ in range(480)]
    loyalty = rng.pareto(2.8, len(customers)) + 0.3
    days = pd.date_range("2023-01-03", "2024-12-20", freq="B")
    picks = np.sort(rng.choice(len(days), size=1150))
    rows: list[dict[str, Any]] = []
    for n, k in enumerate(picks):
        kind = str(_one(rng, list(_RC_TYPES), [v[0] for v in _RC_TYPES.values()]))
        _, rate, stay = _RC_TYPES[kind]
        sqft = int(_one(rng, [15, 24, 35, 40, 54, 70, 80, 96, 108, 120, 140], [2, 4, 3, 3, 4, 3, 3, 3, 2, 1, 1]))
        rows.append(
            {
                "Job #": f"J-{10001 + n}",
                "Date": f"{days[k].month}/{days[k].day}/{days[k].year}",
                "Customer": customers[int(rng.choice(len(customers), p=loyalty / loyalty.sum()))],
                "Rug Type": kind.lower() if rng.random() < 0.06 else kind,
                "Sq Ft": sqft,
                "Price/Sq Ft": _money(rate + float(_one(rng, [0.0, 0.0, 0.25, 0.5, -0.25]))),
                "Pet Odor Treatment": "Y" if rng.random() < 0.27 else "N",
                "Pickup": "Y" if rng.random() < 0.55 else "N",
                "Days in Plant": int(max(2, rng.normal(stay + sqft / 40, 2.0))),
                "Technician": str(_one(rng, _RC_TECHS, [4, 3, 2, 2])),
                "Repair $": _money(float(_one(rng, [45, 85, 120, 250]))) if rng.random() < 0.14 else "",
            }
        )
    return pd.DataFrame(rows)


def _rc_type(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Rug Type").str.title()


def _rc_silk_rate(how: str) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        silk = _rc_type(df) == "Silk"
        rate, sqft = _num(df, "Price/Sq Ft")[silk], _num(df, "Sq Ft")[silk]
        return float((rate * sqft).sum() / sqft.sum()) if how == "weighted" else float(rate.agg(how))

    return value


def _rc_revenue(with_repairs: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        cleaning = float((_num(df, "Sq Ft") * _num(df, "Price/Sq Ft")).sum())
        return cleaning + (float(_num(df, "Repair $").sum()) if with_repairs else 0.0)

    return value


_RC_QS = [
    Q(
        "how many rugs got the pet odor treatment",
        _count(lambda df: int(_flag(df, "Pet Odor Treatment").sum())),
        ("Pet Odor Treatment",),
    ),
    Q(
        "whats the average price per square foot for silk",
        either(*(_about(_rc_silk_rate(how), rel=0.005) for how in ("mean", "median", "weighted"))),
        ("Price/Sq Ft", "Rug Type", "Sq Ft"),
    ),
    Q(
        "how much money did we make altogether",
        either(_amount(_rc_revenue(True)), _amount(_rc_revenue(False))),
        ("Sq Ft", "Price/Sq Ft", "Repair $"),
    ),
    Q("how long do rugs usually stay in the plant", _typical(lambda df: _num(df, "Days in Plant")), ("Days in Plant",)),
    Q(
        "and the silk ones?",
        _typical(lambda df: _num(df, "Days in Plant")[_rc_type(df) == "Silk"]),
        ("Days in Plant", "Rug Type"),
    ),
    Q(
        "which customer has sent us the most rugs",
        _lead(_named(lambda df: _top(_text(df, "Customer").value_counts()))),
        ("Customer", "Job #"),
    ),
]


HELDOUT348 = [
    Dataset("shrimp_pond_harvests", _shrimp_frame, _SH_QS),
    Dataset("blood_bank_drive_results", _blood_frame, _BD_QS),
    Dataset("parking_garage_tickets", _parking_frame, _PG_QS),
    Dataset("timber_cruise_plots", _timber_frame, _TC_QS),
    Dataset("bike_shop_repair_tickets", _bike_frame, _BR_QS),
    Dataset("nursery_plant_sales", _nursery_frame, _NS_QS),
    Dataset("rug_cleaning_jobs", _rug_frame, _RC_QS),
]
