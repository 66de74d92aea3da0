"""HELDOUT343: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files a small outfit keeps in a spreadsheet: a horse boarding stable's
monthly bills (January 2023 to December 2024, one row per horse per month, horses arriving and leaving) with Month as
"Jan 2024", Horse (a barn name), Owner (some owners with two horses), "Stall Type" (Box Stall, Stall w/ Run, Pasture;
now and then lower case), "Board Fee" as "$650.00" (by stall type, up 5% in 2024), Farrier, Vet and Lessons as
"$45.00" ("$0.00" when none), "Hay Extra" as "$40.00" or blank, "Paid Date" as "02/07/2024" (blank while unpaid, the
last months mostly) and Late (Y/N, paid after the 10th); an umpire association's game assignments (the spring seasons
of 2023 and 2024, March to June, one row per game) with "Game Date" as "4/12/2024", Level (Varsity, JV, Little
League), Field, "Plate Umpire", "Base Umpire" (blank on one-man crews, mostly little league), Fee as "$75" (the plate
umpire's fee by level), Mileage (one decimal), "Game Length (min)" (blank on a rainout), Ejections and "Rained Out"
(Y/N); an embroidery shop's orders (2024, one row per order) with "Order #" as "EMB-1043", Customer, Item (Polos, Hats,
Jackets; now and then upper case), Pieces, "Stitch Count" (per piece), "Thread Colors", "Digitizing Fee" as "$45.00"
("$0.00" on a repeat design), "Price Each" as "$12.50" (by item and stitches, less on big runs), "Due Date" as
"2024-03-15" and "Done Date" (blank while open); a title company's closings (2023 and 2024, one row per file) with
"File #" as "23-01873", "Closing Date" as "2023-03-15", Buyer and Seller as "LAST, FIRST", "Sale Price" and "Loan
Amount" as "$350,000.00" (the loan blank on a cash deal), "Title Premium" as "$1,234.50" (rising with the price),
"Escrow Officer", County (five counties, now and then upper case), "Cash Deal" (Y/N) and "Days to Close" (shorter on
cash deals); a winery tasting room's daily sales (2023 and 2024, open Wednesday to Sunday, one row per open day) with
Date as "06/01/2024", Staff (the lead pourer), "Tastings Poured", Flights, "Bottles Sold", "Wine Club Signups", "Total
Sales" as "$1,234.56", Tips as "$85.00" (blank now and then) and Weather (Sunny, Cloudy, Rain, Hot; busier on sunny
weekends and in summer); a well drilling company's well log (2019 to 2024, one row per well) with "Well ID" as
"W-2021-037", County, "Date Completed" as "6/14/2021", "Depth (ft)", "Casing (ft)", "Static Water Level (ft)" and
"Yield (gpm)" (both blank on a dry hole), Rig ("Rig 1" to "Rig 4"), Driller, "Dry Hole" (Y/N) and Price as "$18,450"
(by the foot plus a setup charge); and a dairy farm's monthly test day records (six test days in 2024, one row per
cow in milk on each test, cow ids repeated) with "Test Date" as "2024-03-12", "Cow ID" (a number), "Lact #", DIM (days
in milk), "Milk (lbs)", "Fat %" and "Protein %" (blank when the sample was lost), "SCC (x1000)", Pen (Fresh, High,
Low, Hospital), Preg (Y/N) and Breed (Holstein, Jersey, Crossbred; now and then lower case). All are generated with a
fixed seed.
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


# --- 1. Horse boarding monthly bills --------------------------------------------------------------------------------

_HB_STALLS = {"Box Stall": 650.0, "Stall w/ Run": 750.0, "Pasture": 425.0}
_HB_HORSES = [
    "Biscuit", "Dakota", "Maverick", "Juniper", "Rosie", "Cash", "Willow", "Gunner", "Pepper", "Shadow", "Luna",
    "Tucker", "Misty", "Blue", "Ginger", "Apollo", "Dixie", "Scout", "Hazel", "Ranger", "Penny", "Duke", "Sage",
    "Chester", "Bella", "Jasper", "Clover", "Remy", "Stormy", "Ollie", "Nova", "Buck",
]  # fmt: skip


def _horse_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34301)
    owners = [f"{_one(rng, _FIRST)} {_one(rng, _LAST)}" for _ in range(24)]
    horses = []
    for i, name in enumerate(_HB_HORSES):
        owner = owners[i] if i < len(owners) else owners[int(rng.integers(0, len(owners)))]
        stall = str(_one(rng, list(_HB_STALLS), [4, 2, 3]))
        start = int(rng.integers(0, 8)) if rng.random() < 0.35 else 0
        end = int(rng.integers(14, 24)) if rng.random() < 0.2 else 24
        horses.append((name, owner, stall, start, end, float(rng.uniform(0.02, 0.35)), rng.random() < 0.4))
    months = pd.date_range("2023-01-01", "2024-12-01", freq="MS")
    rows: list[dict[str, Any]] = []
    for i, month in enumerate(months):
        for name, owner, stall, start, end, late_p, rides in horses:
            if not start <= i < end:
                continue
            board = _HB_STALLS[stall] * (1.05 if month.year == 2024 else 1.0)
            farrier = float(_one(rng, [0, 45, 140], [5, 3, 2])) if i % 2 == 0 else 0.0
            vet = round(float(rng.lognormal(4.6, 0.7)), 2) if rng.random() < 0.25 else 0.0
            lessons = 55.0 * int(rng.integers(1, 5)) if rides else 0.0
            hay = float(_one(rng, [40, 60, 80])) if (stall == "Pasture" and month.month in (12, 1, 2)) else None
            if hay is None and rng.random() < 0.08:
                hay = 40.0
            due = month + pd.DateOffset(months=1)
            paid: pd.Timestamp | None
            if (i >= 22 and rng.random() < 0.5) or rng.random() < 0.01:
                paid = None
            elif rng.random() < late_p:
                paid = due + pd.Timedelta(days=int(rng.integers(10, 35)))
            else:
                paid = due + pd.Timedelta(days=int(rng.integers(0, 10)))
            rows.append(
                {
                    "Month": f"{month:%b %Y}",
                    "Horse": name,
                    "Owner": owner,
                    "Stall Type": stall.lower() if rng.random() < 0.04 else stall,
                    "Board Fee": _money(board),
                    "Farrier": _money(farrier),
                    "Vet": _money(vet),
                    "Lessons": _money(lessons),
                    "Hay Extra": "" if hay is None else _money(hay),
                    "Paid Date": "" if paid is None else f"{paid:%m/%d/%Y}",
                    "Late": "" if paid is None else ("Y" if paid.day > 10 or paid.month != due.month else "N"),
                }
            )
    return pd.DataFrame(rows)


def _hb_stall(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Stall Type").str.lower()


def _hb_board(kind: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_num(df, "Board Fee")[_hb_stall(df) == kind.lower()].mean())


def _hb_vet_2024(df: pd.DataFrame) -> float:
    year = pd.to_datetime(_text(df, "Month"), format="%b %Y").dt.year
    return float(_num(df, "Vet")[year == 2024].sum())


_HB_QS = [
    Q("how many horses do we board", _count(lambda df: int(_text(df, "Horse").nunique())), ("Horse",)),
    Q(
        "whats the average monthly board for a box stall",
        _about(_hb_board("Box Stall"), rel=0.002),
        ("Board Fee", "Stall Type"),
    ),
    Q("and for pasture?", _about(_hb_board("Pasture"), rel=0.002), ("Board Fee", "Stall Type")),
    Q(
        "what percent of bills got paid late",
        either(
            _share(lambda df: float(_flag(df, "Late").sum() / len(df))),
            _share(lambda df: float(_flag(df, "Late").sum() / (_text(df, "Late") != "").sum())),
        ),
        ("Late", "Paid Date"),
    ),
    Q("total vet charges in 2024?", _amount(_hb_vet_2024), ("Vet", "Month")),
    Q(
        "how many bills are still unpaid",
        _count(lambda df: int((_text(df, "Paid Date") == "").sum())),
        ("Paid Date",),
    ),
]


# --- 2. Umpire assignments -----------------------------------------------------------------------------------------

_UA_LEVELS = {"Varsity": (85.0, 128.0, 0.06), "JV": (65.0, 112.0, 0.04), "Little League": (45.0, 95.0, 0.02)}
_UA_FIELDS = [
    "Central HS Diamond", "Westview HS", "Memorial Park #1", "Memorial Park #2", "Riverside Complex A",
    "Riverside Complex B", "Eastside Little League", "Lincoln MS Field", "Cedar Valley HS", "Oakwood Park",
]  # fmt: skip


def _umpire_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34302)
    umps = [f"{_one(rng, _FIRST)} {_one(rng, _LAST)}" for _ in range(22)]
    busy = rng.uniform(0.5, 3.0, len(umps))
    rows: list[dict[str, Any]] = []
    for year in (2023, 2024):
        days = pd.date_range(f"{year}-03-10", f"{year}-06-08", freq="D")
        wet = {m: float(rng.uniform(0.03, 0.2)) for m in (3, 4, 5, 6)}
        wet[4] += 0.08
        for day in days:
            games = int(rng.poisson(8 if day.dayofweek >= 5 else 4))
            rainy_day = rng.random() < wet[day.month]
            for _ in range(games):
                level = str(_one(rng, list(_UA_LEVELS), [3, 2, 4]))
                fee, length, eject = _UA_LEVELS[level]
                picks = rng.choice(len(umps), size=2, replace=False, p=busy / busy.sum())
                solo = rng.random() < (0.45 if level == "Little League" else 0.08)
                rained = rainy_day and rng.random() < 0.8
                rows.append(
                    {
                        "Game Date": f"{day.month}/{day.day}/{day.year}",
                        "Level": level,
                        "Field": str(_one(rng, _UA_FIELDS)),
                        "Plate Umpire": umps[int(picks[0])],
                        "Base Umpire": "" if solo else umps[int(picks[1])],
                        "Fee": f"${fee * (0.5 if rained else 1.0):.0f}",
                        "Mileage": round(float(rng.gamma(3.0, 6.0)), 1),
                        "Game Length (min)": "" if rained else int(rng.normal(length, 16)),
                        "Ejections": 0 if rained else int(rng.poisson(eject)),
                        "Rained Out": "Y" if rained else "N",
                    }
                )
    return pd.DataFrame(rows)


def _ua_month_rainouts(df: pd.DataFrame) -> pd.Timestamp:
    day = _date(df, "Game Date", "%m/%d/%Y")
    out = _flag(df, "Rained Out").groupby(day.dt.to_period("M")).sum()
    return out.sort_index().idxmax().to_timestamp()


def _ua_ejections_by_level(rate: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        by = _num(df, "Ejections").groupby(_text(df, "Level"))
        return _top(by.mean() if rate else by.sum())

    return value


_UA_QS = [
    Q("how many games got rained out", _count(lambda df: int(_flag(df, "Rained Out").sum())), ("Rained Out",)),
    Q(
        "how long does a varsity game usually last",
        _typical(lambda df: _num(df, "Game Length (min)")[_text(df, "Level") == "Varsity"]),
        ("Game Length (min)", "Level"),
    ),
    Q(
        "who worked the plate the most",
        _lead(_named(lambda df: _top(_text(df, "Plate Umpire").value_counts()))),
        ("Plate Umpire",),
    ),
    Q("how many ejections were there in total", _count(lambda df: int(_num(df, "Ejections").sum())), ("Ejections",)),
    Q(
        "which level had the most of them",
        _either_named(_ua_ejections_by_level(False), _ua_ejections_by_level(True)),
        ("Ejections", "Level"),
    ),
    Q("what month had the most rainouts", _month_year(_ua_month_rainouts), ("Rained Out", "Game Date")),
]


# --- 3. Embroidery shop orders -------------------------------------------------------------------------------------

_EM_ITEMS = {"Polos": (11.0, 7000), "Hats": (8.5, 6000), "Jackets": (24.0, 11000)}
_EM_CUSTOMERS = [
    "Lincoln HS Booster Club", "Miller Plumbing", "St. Jude Parish", "Riverside Dental", "Ace Roofing",
    "Tri-County Fire Dept", "Green Valley Golf Club", "Hometown Realty", "Bulldogs Youth Football", "Kwik Lube",
    "Sunset Senior Living", "Harbor Marine", "Oak Street Brewing", "City of Fairview", "Pioneer Landscaping",
    "Summit Physical Therapy", "Eagle Scouts Troop 212", "Northside Auto Body", "Maple Leaf Cafe", "Precision HVAC",
]  # fmt: skip


def _embroidery_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34303)
    rows: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    days = pd.date_range("2024-01-02", "2024-12-20", freq="B")
    for n in range(640):
        placed = days[min(len(days) - 1, int(n * len(days) / 640))]
        customer = str(_one(rng, _EM_CUSTOMERS))
        item = str(_one(rng, list(_EM_ITEMS), [5, 4, 1.5]))
        base, stitch_mid = _EM_ITEMS[item]
        pieces = int(max(1, rng.lognormal(3.0, 0.8)))
        stitches = int(round(max(1500, rng.normal(stitch_mid, stitch_mid * 0.35)), -2))
        repeat = (customer, item) in seen
        seen.add((customer, item))
        price = base + stitches / 1000 * 0.6 - (1.5 if pieces >= 48 else 0.0) + float(rng.normal(0, 0.6))
        due = placed + pd.Timedelta(days=int(rng.integers(7, 22)))
        if placed > pd.Timestamp("2024-12-01") and rng.random() < 0.7:
            done = None
        else:
            done = due + pd.Timedelta(
                days=int(rng.integers(-6, 2) + (rng.integers(1, 6) if rng.random() < 0.12 else 0))
            )
        rows.append(
            {
                "Order #": f"EMB-{1001 + n}",
                "Customer": customer,
                "Item": item.upper() if rng.random() < 0.05 else item,
                "Pieces": pieces,
                "Stitch Count": stitches,
                "Thread Colors": int(min(12, 1 + rng.poisson(2.5))),
                "Digitizing Fee": _money(0.0 if repeat else float(_one(rng, [35, 45, 60, 75]))),
                "Price Each": _money(round(max(5.0, price) * 4) / 4),
                "Due Date": f"{due:%Y-%m-%d}",
                "Done Date": "" if done is None else f"{done:%Y-%m-%d}",
            }
        )
    return pd.DataFrame(rows)


def _em_item(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Item").str.title()


def _em_late(df: pd.DataFrame) -> int:
    due = _date(df, "Due Date", "%Y-%m-%d")
    done = _date(df, "Done Date", "%Y-%m-%d")
    return int((done > due).sum())


def _em_revenue(with_fee: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        goods = float((_num(df, "Pieces") * _num(df, "Price Each")).sum())
        return goods + (float(_num(df, "Digitizing Fee").sum()) if with_fee else 0.0)

    return value


_EM_QS = [
    Q(
        "what do we embroider the most",
        either(
            _lead(_named(lambda df: _top(_em_item(df).value_counts()))),
            _lead(_named(lambda df: _top(_num(df, "Pieces").groupby(_em_item(df)).sum()))),
        ),
        ("Item", "Pieces"),
    ),
    Q(
        "how many hats total did we do",
        _count(lambda df: int(_num(df, "Pieces")[_em_item(df) == "Hats"].sum())),
        ("Pieces", "Item"),
    ),
    Q("how many orders were finished after the due date", _count(_em_late), ("Due Date", "Done Date", "Order #")),
    Q(
        "how many are still not done",
        _count(lambda df: int((_text(df, "Done Date") == "").sum())),
        ("Done Date", "Order #"),
    ),
    Q(
        "how much money did all the orders bring in",
        either(_amount(_em_revenue(True)), _amount(_em_revenue(False))),
        ("Pieces", "Price Each", "Digitizing Fee"),
    ),
    Q(
        "do designs with more stitches cost more per piece?",
        _corr(lambda df: _num(df, "Stitch Count"), lambda df: _num(df, "Price Each")),
        ("Stitch Count", "Price Each"),
    ),
]


# --- 4. Title company closings -------------------------------------------------------------------------------------

_TC_COUNTIES = {"Maricopa": 1.0, "Pinal": 0.75, "Pima": 0.85, "Yavapai": 1.1, "Coconino": 1.3}
_TC_OFFICERS = {"Debbie Kowalski": 3, "Ray Alvarez": 2, "Tina Nguyen": 4, "Carl Jensen": 1.5, "Monica Reyes": 2.5}


def _title_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34304)
    rows: list[dict[str, Any]] = []
    for year in (2023, 2024):
        days = pd.date_range(f"{year}-01-03", f"{year}-12-29", freq="B")
        season = np.array([0.7, 0.8, 1.0, 1.1, 1.3, 1.4, 1.3, 1.2, 1.0, 0.9, 0.8, 0.9])
        weights = season[days.month - 1]
        picks = np.sort(rng.choice(len(days), size=430 if year == 2023 else 470, p=weights / weights.sum()))
        for n, k in enumerate(picks):
            county = str(_one(rng, list(_TC_COUNTIES), [6, 2, 3, 1.5, 1]))
            price = round(float(rng.lognormal(np.log(420000 * _TC_COUNTIES[county]), 0.35)), -3)
            cash = rng.random() < 0.22
            loan = None if cash else round(price * float(rng.uniform(0.7, 0.97)), -2)
            premium = 650 + 2.85 * price / 1000 + float(rng.normal(0, 40))
            rows.append(
                {
                    "File #": f"{year % 100}-{1001 + n * 3 + int(rng.integers(0, 3)):05d}",
                    "Closing Date": f"{days[k]:%Y-%m-%d}",
                    "Buyer": f"{_one(rng, _LAST).upper()}, {_one(rng, _FIRST).upper()}",
                    "Seller": f"{_one(rng, _LAST).upper()}, {_one(rng, _FIRST).upper()}",
                    "Sale Price": _money(price),
                    "Loan Amount": "" if loan is None else _money(loan),
                    "Title Premium": _money(round(premium, 2)),
                    "Escrow Officer": str(_one(rng, list(_TC_OFFICERS), list(_TC_OFFICERS.values()))),
                    "County": county.upper() if rng.random() < 0.05 else county,
                    "Cash Deal": "Y" if cash else "N",
                    "Days to Close": int(max(7, rng.normal(16 if cash else 38, 5 if cash else 9))),
                }
            )
    return pd.DataFrame(rows)


def _tc_county(df: pd.DataFrame) -> pd.Series:
    return _text(df, "County").str.title()


def _tc_days(cash: bool, how: str = "mean") -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_num(df, "Days to Close")[_flag(df, "Cash Deal") == cash].agg(how))


def _tc_volume_2024(df: pd.DataFrame) -> float:
    year = _date(df, "Closing Date", "%Y-%m-%d").dt.year
    return float(_num(df, "Sale Price")[year == 2024].sum())


def _tc_busiest_month(df: pd.DataFrame) -> pd.Timestamp:
    month = _date(df, "Closing Date", "%Y-%m-%d").dt.to_period("M")
    return month.value_counts().sort_index().idxmax().to_timestamp()


def _tc_priciest(how: str) -> Callable[[pd.DataFrame], str]:
    return lambda df: _top(_num(df, "Sale Price").groupby(_tc_county(df)).agg(how))


_TC_QS = [
    Q("how many closings were cash deals", _count(lambda df: int(_flag(df, "Cash Deal").sum())), ("Cash Deal",)),
    Q(
        "how long do cash deals take to close compared to financed ones",
        either(
            _both_about(_tc_days(True), _tc_days(False)),
            _both_about(_tc_days(True, "median"), _tc_days(False, "median")),
        ),
        ("Days to Close", "Cash Deal"),
    ),
    Q(
        "which escrow officer closed the most files",
        _lead(_named(lambda df: _top(_text(df, "Escrow Officer").value_counts()))),
        ("Escrow Officer", "File #"),
    ),
    Q("total sales volume for 2024", _amount(_tc_volume_2024), ("Sale Price", "Closing Date")),
    Q("which month was busiest", _month_year(_tc_busiest_month), ("Closing Date", "File #")),
    Q(
        "what county has the priciest homes",
        _either_named(_tc_priciest("mean"), _tc_priciest("median")),
        ("County", "Sale Price"),
    ),
]


# --- 5. Winery tasting room daily sales ----------------------------------------------------------------------------

_WT_WEATHER = {"Sunny": 1.15, "Cloudy": 0.95, "Rain": 0.6, "Hot": 1.0}
_WT_STAFF = ["Kelsey", "Marco", "Jen", "Dave", "Alyssa", "Tom"]
_WT_DAY = {2: 0.55, 3: 0.65, 4: 1.0, 5: 1.6, 6: 1.3}


def _winery_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34305)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2023-01-01", "2024-12-31", freq="D"):
        if day.dayofweek not in _WT_DAY or (day.month == 12 and day.day == 25):
            continue
        summer = 1.0 + 0.45 * np.sin((day.dayofyear - 100) / 365 * 2 * np.pi)
        if day.month in (6, 7, 8):
            weather = str(_one(rng, list(_WT_WEATHER), [5, 2, 0.5, 3]))
        elif day.month in (11, 12, 1, 2, 3):
            weather = str(_one(rng, list(_WT_WEATHER), [2, 4, 3, 0]))
        else:
            weather = str(_one(rng, list(_WT_WEATHER), [4, 3, 2, 0.3]))
        crowd = 38 * summer * _WT_DAY[day.dayofweek] * _WT_WEATHER[weather] * (1.08 if day.year == 2024 else 1.0)
        tastings = int(rng.poisson(max(2.0, crowd)))
        flights = int(rng.binomial(tastings, 0.3))
        bottles = int(rng.poisson(tastings * 0.55 + 1))
        club = int(rng.binomial(tastings, 0.035))
        sales = tastings * 20 + flights * 8 + bottles * float(rng.normal(32, 3)) + float(rng.normal(0, 40))
        tips = round(float(max(0.0, tastings * rng.normal(2.2, 0.6))), 0)
        rows.append(
            {
                "Date": f"{day:%m/%d/%Y}",
                "Staff": str(_one(rng, _WT_STAFF)),
                "Tastings Poured": tastings,
                "Flights": flights,
                "Bottles Sold": bottles,
                "Wine Club Signups": club,
                "Total Sales": _money(max(0.0, sales)),
                "Tips": "" if rng.random() < 0.05 else _money(tips),
                "Weather": weather,
            }
        )
    return pd.DataFrame(rows)


def _wt_when(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Date", "%m/%d/%Y")


def _wt_sales_2024(df: pd.DataFrame) -> float:
    return float(_num(df, "Total Sales")[_wt_when(df).dt.year == 2024].sum())


def _wt_weekday(how: str) -> Callable[[pd.DataFrame], str]:
    return lambda df: _top(_num(df, "Total Sales").groupby(_wt_when(df).dt.day_name()).agg(how))


def _wt_weather(kind: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_num(df, "Total Sales")[_text(df, "Weather") == kind].mean())


def _wt_best_month(df: pd.DataFrame) -> pd.Timestamp:
    sales = _num(df, "Total Sales").groupby(_wt_when(df).dt.to_period("M")).sum()
    return sales.sort_index().idxmax().to_timestamp()


_WT_QS = [
    Q("what were total sales in 2024", _amount(_wt_sales_2024), ("Total Sales", "Date")),
    Q(
        "which day of the week is our best for sales",
        either(_weekday(_wt_weekday("mean")), _weekday(_wt_weekday("sum"))),
        ("Total Sales", "Date"),
    ),
    Q(
        "how many people joined the wine club overall",
        _count(lambda df: int(_num(df, "Wine Club Signups").sum())),
        ("Wine Club Signups",),
    ),
    Q(
        "do rainy days hurt? compare average sales on rainy vs sunny days",
        _both_about(_wt_weather("Rain"), _wt_weather("Sunny")),
        ("Total Sales", "Weather"),
    ),
    Q("which month had the best sales", _month_year(_wt_best_month), ("Total Sales", "Date")),
    Q(
        "is bottles sold correlated with tastings poured",
        _corr(lambda df: _num(df, "Tastings Poured"), lambda df: _num(df, "Bottles Sold")),
        ("Tastings Poured", "Bottles Sold"),
    ),
]


# --- 6. Well drilling log ------------------------------------------------------------------------------------------

_WD_COUNTIES = {"Gallatin": (260, 0.06), "Jefferson": (340, 0.10), "Madison": (210, 0.05), "Park": (420, 0.14)}
_WD_COUNTIES |= {"Broadwater": (300, 0.09)}
_WD_DRILLERS = {"Rig 1": "Hank Sorensen", "Rig 2": "Bill Dorsey", "Rig 3": "Luis Ortega", "Rig 4": "Wade Kimball"}


def _wells_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34306)
    rows: list[dict[str, Any]] = []
    per_year = {2019: 96, 2020: 104, 2021: 131, 2022: 122, 2023: 114, 2024: 108}
    for year, count in per_year.items():
        days = pd.date_range(f"{year}-03-15", f"{year}-11-20", freq="D")
        for n, k in enumerate(np.sort(rng.choice(len(days), size=count))):
            county = str(_one(rng, list(_WD_COUNTIES), [5, 3, 2, 2, 1.5]))
            mid, dry_p = _WD_COUNTIES[county]
            depth = int(round(max(60.0, rng.lognormal(np.log(mid), 0.4)), -1) + int(rng.integers(0, 10)))
            dry = rng.random() < dry_p
            casing = int(min(depth, max(20, depth * rng.uniform(0.15, 0.6))))
            rig = str(_one(rng, list(_WD_DRILLERS), [3, 3, 2, 1] if year < 2022 else [3, 2, 3, 2]))
            driller = _WD_DRILLERS[rig] if rng.random() < 0.9 else "Chris Pearce"
            static = int(max(5, depth * rng.uniform(0.1, 0.55)))
            gpm = round(float(max(0.5, rng.lognormal(2.4, 0.7) * (300 / depth) ** 0.3)), 1)
            price = 2500 + depth * (38 if year < 2022 else 44) + casing * 14 + float(rng.normal(0, 600))
            rows.append(
                {
                    "Well ID": f"W-{year}-{n + 1:03d}",
                    "County": county,
                    "Date Completed": f"{days[k].month}/{days[k].day}/{year}",
                    "Depth (ft)": depth,
                    "Casing (ft)": casing,
                    "Static Water Level (ft)": "" if dry else static,
                    "Yield (gpm)": "" if dry else gpm,
                    "Rig": rig,
                    "Driller": driller,
                    "Dry Hole": "Y" if dry else "N",
                    "Price": f"${round(price, -1):,.0f}",
                }
            )
    return pd.DataFrame(rows)


def _wd_dry(df: pd.DataFrame) -> pd.Series:
    return _flag(df, "Dry Hole")


def _wd_deepest(how: str) -> Callable[[pd.DataFrame], str]:
    return lambda df: _top(_num(df, "Depth (ft)").groupby(_text(df, "County")).agg(how))


def _wd_top_year(df: pd.DataFrame) -> int:
    year = _date(df, "Date Completed", "%m/%d/%Y").dt.year
    return int(_top(year.value_counts()))


_WD_QS = [
    Q("how many dry holes have we drilled", _count(lambda df: int(_wd_dry(df).sum())), ("Dry Hole",)),
    Q("what percent is that", _share(lambda df: float(_wd_dry(df).mean())), ("Dry Hole", "Well ID")),
    Q(
        "which county needs the deepest wells",
        _either_named(_wd_deepest("mean"), _wd_deepest("median")),
        ("County", "Depth (ft)"),
    ),
    Q(
        "for the wells that actually produced water, whats the typical yield",
        _typical(lambda df: _num(df, "Yield (gpm)")[~_wd_dry(df)]),
        ("Yield (gpm)", "Dry Hole"),
    ),
    Q(
        "are deeper wells more expensive",
        _corr(lambda df: _num(df, "Depth (ft)"), lambda df: _num(df, "Price")),
        ("Depth (ft)", "Price"),
    ),
    Q("what year did we finish the most wells", _year(_wd_top_year), ("Date Completed", "Well ID")),
]


# --- 7. Dairy cow test day records ---------------------------------------------------------------------------------

_DC_BREEDS = {"Holstein": (82.0, 3.8, 3.1), "Jersey": (58.0, 4.9, 3.7), "Crossbred": (70.0, 4.3, 3.4)}
_DC_TESTS = ["2024-01-16", "2024-02-13", "2024-03-12", "2024-04-16", "2024-05-14", "2024-06-11"]


def _dairy_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34307)
    cows = []
    for n in range(300):
        breed = str(_one(rng, list(_DC_BREEDS), [6, 2.5, 1.5]))
        calved = pd.Timestamp("2024-01-16") - pd.Timedelta(days=int(rng.integers(-150, 330)))
        cows.append((1100 + n * 3 + int(rng.integers(0, 3)), breed, int(1 + rng.poisson(1.2)), calved, rng.random()))
    rows: list[dict[str, Any]] = []
    for test in map(pd.Timestamp, _DC_TESTS):
        for cow_id, breed, lact, calved, health in cows:
            dim = (test - calved).days
            if dim < 5 or dim > 380:
                continue
            milk_mid, fat_mid, prot_mid = _DC_BREEDS[breed]
            curve = milk_mid * (1.0 + 0.25 * min(dim, 60) / 60 - 0.0022 * max(dim - 60, 0))
            curve *= 0.85 if lact == 1 else 1.05
            scc = int(max(20, rng.lognormal(np.log(90 + 250 * (health < 0.12) + 20 * lact), 0.6)))
            pen = "Fresh" if dim <= 21 else "Hospital" if scc > 700 and rng.random() < 0.5 else "High"
            if pen == "High" and dim > 180:
                pen = "Low"
            milk = max(8.0, curve + float(rng.normal(0, 7)) - (6 if pen == "Hospital" else 0))
            lost = rng.random() < 0.04
            rows.append(
                {
                    "Test Date": f"{test:%Y-%m-%d}",
                    "Cow ID": cow_id,
                    "Lact #": lact,
                    "DIM": dim,
                    "Milk (lbs)": round(milk, 1),
                    "Fat %": "" if lost else round(fat_mid + 0.003 * dim * 0.4 + float(rng.normal(0, 0.3)), 2),
                    "Protein %": "" if lost else round(prot_mid + 0.001 * dim + float(rng.normal(0, 0.15)), 2),
                    "SCC (x1000)": scc,
                    "Pen": pen,
                    "Preg": "Y" if dim > 70 and rng.random() < min(0.9, (dim - 70) / 120) else "N",
                    "Breed": breed.lower() if rng.random() < 0.04 else breed,
                }
            )
    return pd.DataFrame(rows)


def _dc_breed(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Breed").str.title()


def _dc_milk(breed: str, how: str = "mean") -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_num(df, "Milk (lbs)")[_dc_breed(df) == breed].agg(how))


def _dc_last(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Test Date") == _text(df, "Test Date").max()


_DC_QS = [
    Q(
        "how many cows are in here",
        either(
            _count(lambda df: int(df["Cow ID"].nunique())),
            _count(lambda df: int(_dc_last(df).sum())),
        ),
        ("Cow ID", "Test Date"),
    ),
    Q(
        "how much milk do jerseys give a day compared to holsteins",
        either(
            _both_about(_dc_milk("Jersey"), _dc_milk("Holstein")),
            _both_about(_dc_milk("Jersey", "median"), _dc_milk("Holstein", "median")),
        ),
        ("Milk (lbs)", "Breed"),
    ),
    Q(
        "what share of tests had a cell count over 200 thousand",
        _share(lambda df: float((_num(df, "SCC (x1000)") > 200).mean())),
        ("SCC (x1000)",),
    ),
    Q(
        "which pen has the highest butterfat",
        _lead(_named(lambda df: _top(_num(df, "Fat %").groupby(_text(df, "Pen")).mean()))),
        ("Pen", "Fat %"),
    ),
    Q(
        "does milk drop off the longer a cow has been milking",
        _corr(lambda df: _num(df, "DIM"), lambda df: _num(df, "Milk (lbs)")),
        ("DIM", "Milk (lbs)"),
    ),
    Q(
        "how many cows were pregnant on the last test",
        _count(lambda df: int((_flag(df, "Preg") & _dc_last(df)).sum())),
        ("Preg", "Test Date", "Cow ID"),
    ),
]


HELDOUT343 = [
    Dataset("horse_stable_monthly_bills", _horse_frame, _HB_QS),
    Dataset("umpire_game_assignments", _umpire_frame, _UA_QS),
    Dataset("embroidery_shop_orders", _embroidery_frame, _EM_QS),
    Dataset("title_company_closings", _title_frame, _TC_QS),
    Dataset("winery_tasting_room_daily_sales", _winery_frame, _WT_QS),
    Dataset("well_drilling_log", _wells_frame, _WD_QS),
    Dataset("dairy_test_day_records", _dairy_frame, _DC_QS),
]
