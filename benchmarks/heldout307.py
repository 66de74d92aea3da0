"""HELDOUT307: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the layout of small-business and public tables as a person would download or export them: a
skydiving drop zone's jump log (one row per jump, 2023-2024 seasons) with "Jump Date" as "06/15/2024", Jumper (fun
jumpers and AFF students repeat, tandem customers mostly once), License as A / B / C / D / Student (blank for tandem
passengers), "Jump Type" as Tandem / Fun Jump / AFF, "Exit Altitude (ft)" (13500 mostly, hop-and-pops at 5500, a few
blank), "Load #" numbered from 1 each day, "Canopy (sqft)", Malfunction Y / N (a few blank) and Cost as "$249.00";
a zipline park's tour bookings (one row per tour, 2024) with snake_case columns tour_date "2024-07-04", tour_time
"10:30 AM", course (Canopy Tour, Sky Rider, Mini Zip), guests, guide, weight_refusals (guests turned away for the
weight limit), tour_price (the booking's total for the guests who rode), tips (blank when none was recorded) and
weather_delay_min (0 mostly, blank on some tours); a corn maze's ticket count table (four seasons 2021-2024, one row
per weekend day and ticket type) with Date "9/16/2023", Day "Saturday" / "Sunday", "Ticket Type" Adult / Child /
Senior / Group plus a "TOTAL" row per day (Price blank), Count (0 on rained-out days) and Price as "$14.00" per
ticket, going up each year; a firewood seller's deliveries (Sep 2022 - Mar 2024) with Date "2023-10-14", repeat
Customers, Town, Cords in halves, "Wood Type" Oak / Maple / Mixed / Birch, Seasoned Y / N, "Delivery Miles",
Price as "$385.00" (a per-cord rate plus a fuel charge past 15 miles) and Paid Y / N (a few blank); a sawmill's log
scale sheet with upper-case underscore columns DATE "03/05/2024", TICKET "LT-10432" repeated for every log on the
load, upper-case SPECIES, LENGTH_FT, SED_IN (small end diameter), BF_DOYLE (gross Doyle scale), GRADE (PRIME,
SELECT, #1 COMMON, #2 COMMON, PALLET), DEFECT_PCT (the scaler's deduction, 0 on most logs) and PRICE_MBF; a state
forestry agency's timber sale auction results (2015-2023) with "Sale Name", Forest, County, "Sale Date" "3/14/2019",
Acres, "Est Volume (MBF)", "Appraised Value" and "High Bid" as "$123,456.00", upper-case "Winning Bidder" ("NO BID"
with a blank High Bid and 0 bidders when nobody bid) and "No. of Bidders"; and a gravel quarry's scale house tickets
(2024 weekdays) with Date "01/05/2024", "Time In" "07:42", "Ticket No" in sequence, upper-case Hauler, "Truck No"
"T-12", upper-case Material (CRUSHED STONE, SAND, RIP RAP, GRAVEL, or VOID on voided tickets with zero tons), "Gross
Tons", "Tare Tons", "Net Tons", "Price/Ton" and upper-case "Job Site" (blank on cash sales). All are generated with a
fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------

_MONEY = (1e3, 1e6)


def _txt(df: pd.DataFrame, col: str) -> pd.Series:
    """A text column stripped, blanks as empty strings."""
    return df[col].astype("string").fillna("").str.strip()


def _num(df: pd.DataFrame, col: str) -> pd.Series:
    """A number column, "$1,234.00" style text parsed, blanks as NaN."""
    s = df[col]
    if pd.api.types.is_numeric_dtype(s):
        return s.astype(float)
    clean = s.astype("string").str.replace(r"[$,%\s]", "", regex=True)
    return pd.to_numeric(clean, errors="coerce").astype(float)


def _date(df: pd.DataFrame, col: str, fmt: str) -> pd.Series:
    return pd.to_datetime(_txt(df, col), format=fmt, errors="coerce")


def _top(scores: pd.Series, lowest: bool = False) -> str:
    return str(_ranked(scores, ascending=lowest).index[0])


def _top_month(stamps: pd.Series, weights: pd.Series | None = None) -> pd.Timestamp:
    period = stamps.dt.to_period("M")
    scores = (weights if weights is not None else pd.Series(1.0, index=stamps.index)).groupby(period).sum()
    return scores.idxmax().to_timestamp()


def _money(x: float) -> str:
    return f"${x:,.2f}"


# --- 1. Skydiving center jump log ----------------------------------------------------------------------------------

_SD_FIRST = ["Mike", "Sarah", "Jake", "Emily", "Chris", "Ashley", "Tyler", "Megan", "Ryan", "Jess", "Matt", "Kayla"]
_SD_FIRST += ["Dan", "Laura", "Kevin", "Nicole", "Brandon", "Amanda", "Josh", "Rachel", "Eric", "Lauren", "Nate"]
_SD_LAST = ["Johnson", "Miller", "Garcia", "Brown", "Davis", "Rodriguez", "Wilson", "Martinez", "Anderson", "Taylor"]
_SD_LAST += ["Thomas", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis", "Young"]


def _sd_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30701)
    names = sorted({f"{f} {last}" for f in _SD_FIRST for last in _SD_LAST})
    picks = rng.permutation(len(names))
    licensed = [names[i] for i in picks[:38]]
    students = [names[i] for i in picks[38:62]]
    licenses = {n: _one(rng, ["A", "B", "C", "D"], [3, 3, 2, 2]) for n in licensed}
    activity = rng.pareto(1.2, len(licensed)) + 0.3
    days = pd.date_range("2023-04-01", "2024-10-31", freq="D")
    days = days[(days.month >= 4) & (days.month <= 10)]
    day_w = np.where(days.dayofweek >= 5, 6.0, 1.0) * (1 + 0.6 * np.isin(days.month, [6, 7, 8]))
    rows = []
    for _ in range(1850):
        day = days[int(rng.choice(len(days), p=day_w / day_w.sum()))]
        kind = _one(rng, ["Fun Jump", "Tandem", "AFF"], [55, 30, 15])
        if kind == "Fun Jump":
            who = licensed[int(rng.choice(len(licensed), p=activity / activity.sum()))]
            lic = licenses[who]
            alt = _one(rng, [13500, 13500, 13500, 10500, 5500])
            canopy = _one(rng, [97, 107, 120, 135, 150, 170, 190, 210, 230])
            cost = 32.0 if alt > 6000 else 22.0
        elif kind == "Tandem":
            who = f"{_one(rng, _SD_FIRST)} {_one(rng, _SD_LAST)}"
            lic = ""
            alt = _one(rng, [10000, 13500, 13500])
            canopy = _one(rng, [330, 365])
            cost = 249.0 if alt == 10000 else 279.0
        else:
            who = _one(rng, students)
            lic = "Student"
            alt = 13500
            canopy = _one(rng, [230, 260, 290])
            cost = _one(rng, [215.0, 189.0], [1, 3])
        mal = "Y" if rng.random() < (0.012 if canopy > 200 else 0.025) else "N"
        if rng.random() < 0.02:
            mal = ""
        rows.append(
            {
                "day": day,
                "Jumper": who,
                "License": lic,
                "Jump Type": kind,
                "Exit Altitude (ft)": float("nan") if rng.random() < 0.03 else alt,
                "Canopy (sqft)": canopy,
                "Malfunction": mal,
                "Cost": _money(cost),
            }
        )
    df = pd.DataFrame(rows).sort_values("day", kind="stable").reset_index(drop=True)
    df.insert(0, "Jump Date", df.pop("day").dt.strftime("%m/%d/%Y"))
    df.insert(5, "Load #", df.groupby("Jump Date").cumcount() // 5 + 1)
    return df


def _sd_fun(df: pd.DataFrame) -> pd.Series:
    return _txt(df, "Jumper")[_txt(df, "Jump Type") == "Fun Jump"].value_counts()


_SD_QS = [
    Q("how many tandems did we do", _count(lambda df: int((_txt(df, "Jump Type") == "Tandem").sum())), ("Jump Type",)),
    Q(
        "whats the malfunction rate",
        either(
            _share(lambda df: float((_txt(df, "Malfunction") == "Y").sum() / (_txt(df, "Malfunction") != "").sum())),
            _share(lambda df: float((_txt(df, "Malfunction") == "Y").mean())),
        ),
        ("Malfunction",),
    ),
    Q(
        "average price for each kind of jump",
        _about(lambda df: _num(df, "Cost").groupby(_txt(df, "Jump Type")).mean().to_numpy()),
        ("Jump Type", "Cost"),
    ),
    Q(
        "which month was the busiest",
        _month_year(lambda df: _top_month(_date(df, "Jump Date", "%m/%d/%Y"))),
        ("Jump Date",),
    ),
    Q("who did the most fun jumps", _lead(_named(lambda df: _top(_sd_fun(df)))), ("Jumper", "Jump Type")),
    Q("how many did they do", _count(lambda df: int(_sd_fun(df).max())), ("Jumper", "Jump Type")),
]


# --- 2. Zipline park tour bookings ---------------------------------------------------------------------------------

_ZL_COURSES = {"Canopy Tour": 129.0, "Sky Rider": 99.0, "Mini Zip": 59.0}
_ZL_GUIDES = {"Marcus": 1.3, "Hailey": 1.0, "Deshawn": 0.9, "Brooke": 1.1, "Tanner": 0.8, "Luis": 1.0, "Kenzie": 0.95}
_ZL_TIMES = ["9:00 AM", "10:30 AM", "12:00 PM", "1:30 PM", "3:00 PM", "4:30 PM"]


def _zl_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30702)
    days = pd.date_range("2024-04-15", "2024-10-31", freq="D")
    rows = []
    for _ in range(1400):
        day = days[int(rng.integers(len(days)))]
        course = _one(rng, list(_ZL_COURSES), [5, 3, 2])
        guide = _one(rng, list(_ZL_GUIDES))
        guests = int(rng.integers(1, 11))
        refused = int(min(rng.poisson(0.06), guests - 1))
        price = (guests - refused) * _ZL_COURSES[course]
        tip = max(0.0, round(float(rng.normal(6 * guests * _ZL_GUIDES[guide], 8)), 0))
        delay = 0.0 if rng.random() > 0.13 else float(_one(rng, [10, 15, 20, 30, 45, 60, 90]))
        rows.append(
            {
                "tour_date": day,
                "tour_time": _one(rng, _ZL_TIMES),
                "course": course,
                "guests": guests,
                "guide": guide,
                "weight_refusals": refused,
                "tour_price": price,
                "tips": float("nan") if rng.random() < 0.18 else tip,
                "weather_delay_min": float("nan") if rng.random() < 0.08 else delay,
            }
        )
    df = pd.DataFrame(rows).sort_values("tour_date", kind="stable").reset_index(drop=True)
    df["tour_date"] = df["tour_date"].dt.strftime("%Y-%m-%d")
    return df


def _zl_tips(fill: bool) -> Callable[[pd.DataFrame], str]:
    def pick(df: pd.DataFrame) -> str:
        tips = _num(df, "tips").fillna(0) if fill else _num(df, "tips")
        return _top(tips.groupby(_txt(df, "guide")).mean())

    return pick


def _zl_delay(df: pd.DataFrame) -> pd.Series:
    return _num(df, "weather_delay_min")


_ZL_QS = [
    Q("how many guests did we take out this year", _count(lambda df: int(_num(df, "guests").sum())), ("guests",)),
    Q(
        "revenue by course?",
        _scaled(lambda df: _num(df, "tour_price").groupby(_txt(df, "course")).sum().to_numpy(), _MONEY),
        ("course", "tour_price"),
    ),
    Q(
        "how often do tours get delayed by weather",
        either(
            _share(lambda df: float((_zl_delay(df) > 0).sum() / _zl_delay(df).notna().sum())),
            _share(lambda df: float((_zl_delay(df) > 0).mean())),
        ),
        ("weather_delay_min",),
    ),
    Q(
        "and how long is the delay on average when it happens",
        has(lambda df: float(_zl_delay(df)[_zl_delay(df) > 0].mean()), rel=0.01),
        ("weather_delay_min",),
    ),
    Q(
        "which guide makes the best tips",
        either(_lead(_named(_zl_tips(False))), _lead(_named(_zl_tips(True)))),
        ("guide", "tips"),
    ),
    Q(
        "do bigger groups tip more",
        _corr(lambda d: _num(d, "guests"), lambda d: _num(d, "tips")),
        ("guests", "tips"),
    ),
]


# --- 3. Corn maze ticket counts ------------------------------------------------------------------------------------

_CM_DAYS = {"Saturday": ("Saturdays", "Sat"), "Sunday": ("Sundays", "Sun")}
_CM_TYPES = {"Adult": (15.0, 260), "Child": (11.0, 210), "Senior": (12.0, 45), "Group": (10.0, 70)}


def _cm_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30703)
    rows = []
    for year in (2021, 2022, 2023, 2024):
        bump = year - 2021
        days = pd.date_range(f"{year}-09-01", f"{year}-10-31", freq="D")
        for day in days[days.dayofweek >= 5]:
            closed = rng.random() < 0.04
            peak = 1.0 + 1.2 * (day.month == 10) + 0.25 * (day.dayofweek == 5) + 0.08 * bump
            total = 0
            for kind, (price, base) in _CM_TYPES.items():
                n = 0 if closed else int(rng.poisson(base * peak * rng.uniform(0.6, 1.3)))
                total += n
                rows.append(
                    {
                        "Date": f"{day.month}/{day.day}/{day.year}",
                        "Day": day.day_name(),
                        "Ticket Type": kind,
                        "Count": n,
                        "Price": _money(price + bump),
                    }
                )
            rows.append(
                {"Date": f"{day.month}/{day.day}/{day.year}", "Day": day.day_name(), "Ticket Type": "TOTAL"}
                | {"Count": total, "Price": ""}
            )
    return pd.DataFrame(rows)


def _cm_real(df: pd.DataFrame) -> pd.DataFrame:
    out = df[_txt(df, "Ticket Type").str.upper() != "TOTAL"].copy()
    out["_d"] = _date(out, "Date", "%m/%d/%Y")
    out["_n"] = _num(out, "Count")
    out["_p"] = _num(out, "Price")
    return out


_CM_QS = [
    Q(
        "how many tickets did we sell in 2024",
        _count(lambda df: int(_cm_real(df).pipe(lambda d: d["_n"][d["_d"].dt.year == 2024].sum()))),
        ("Count", "Date", "Ticket Type"),
    ),
    Q(
        "how much money have we made overall",
        _scaled(lambda df: float(_cm_real(df).pipe(lambda d: (d["_n"] * d["_p"]).sum())), _MONEY),
        ("Count", "Price", "Ticket Type"),
    ),
    Q(
        "saturdays or sundays, which is busier",
        _lead(_named(lambda df: _top(_cm_real(df).pipe(lambda d: d["_n"].groupby(_txt(d, "Day")).sum())), _CM_DAYS)),
        ("Day", "Count", "Ticket Type"),
    ),
    Q(
        "what percent of tickets are kids",
        _share(
            lambda df: float(
                _cm_real(df).pipe(lambda d: d["_n"][_txt(d, "Ticket Type") == "Child"].sum() / d["_n"].sum())
            )
        ),
        ("Ticket Type", "Count"),
    ),
    Q(
        "which day had the biggest crowd",
        _day(lambda df: _cm_real(df).pipe(lambda d: d["_n"].groupby(d["_d"]).sum().idxmax())),
        ("Date", "Count", "Ticket Type"),
    ),
    Q(
        "how has attendance changed year to year",
        _count(lambda df: _cm_real(df).pipe(lambda d: d["_n"].groupby(d["_d"].dt.year).sum().to_numpy())),
        ("Date", "Count", "Ticket Type"),
    ),
]


# --- 4. Firewood deliveries ----------------------------------------------------------------------------------------

_FW_TOWNS = {"Millbrook": (8, 30), "Cedar Falls": (14, 22), "Hartwell": (22, 15), "Pine Ridge": (6, 20)}
_FW_TOWNS |= {"Stony Point": (28, 8), "Ashford": (18, 12), "North Haven": (35, 5)}
_FW_RATE = {"Oak": 330.0, "Maple": 310.0, "Mixed": 275.0, "Birch": 345.0}


def _fw_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30704)
    first = ["Bob", "Linda", "Gary", "Susan", "Tom", "Karen", "Bill", "Donna", "Steve", "Carol", "Jim", "Patty"]
    last = ["Whitcomb", "Dubois", "Perkins", "Haskell", "Morrow", "Gagnon", "Tuttle", "Bradford", "Libby", "Foss"]
    customers = sorted({f"{f} {la}" for f in first for la in last})
    home = {c: _one(rng, list(_FW_TOWNS), [w for _, w in _FW_TOWNS.values()]) for c in customers}
    loyal = rng.pareto(1.5, len(customers)) + 0.2
    days = pd.date_range("2022-09-01", "2024-03-31", freq="D")
    day_w = np.where(np.isin(days.month, [10, 11, 12]), 3.0, np.where(np.isin(days.month, [4, 5, 6, 7, 8]), 0.0, 1.0))
    rows = []
    for _ in range(900):
        cust = customers[int(rng.choice(len(customers), p=loyal / loyal.sum()))]
        town = home[cust]
        wood = _one(rng, list(_FW_RATE), [4, 3, 5, 1])
        seasoned = _one(rng, ["Y", "N"], [3, 1])
        cords = float(_one(rng, [0.5, 1.0, 1.5, 2.0, 3.0], [2, 6, 1, 3, 1]))
        miles = round(max(2.0, _FW_TOWNS[town][0] + rng.normal(0, 3)), 1)
        rate = _FW_RATE[wood] - (60 if seasoned == "N" else 0)
        price = cords * rate + max(0.0, miles - 15) * 2.5
        paid = _one(rng, ["Y", "N", ""], [88, 9, 3])
        rows.append(
            {
                "Date": days[int(rng.choice(len(days), p=day_w / day_w.sum()))],
                "Customer": cust,
                "Town": town,
                "Cords": cords,
                "Wood Type": wood,
                "Seasoned": seasoned,
                "Delivery Miles": miles,
                "Price": _money(round(price, 2)),
                "Paid": paid,
            }
        )
    df = pd.DataFrame(rows).sort_values("Date", kind="stable").reset_index(drop=True)
    df["Date"] = df["Date"].dt.strftime("%Y-%m-%d")
    return df


def _fw_per_cord(df: pd.DataFrame, ratio_mean: bool) -> np.ndarray:
    price, cords, s = _num(df, "Price"), _num(df, "Cords"), _txt(df, "Seasoned")
    if ratio_mean:
        return (price / cords).groupby(s).mean().to_numpy()
    return (price.groupby(s).sum() / cords.groupby(s).sum()).to_numpy()


def _fw_owed(df: pd.DataFrame, blanks: bool) -> pd.Series:
    paid = _txt(df, "Paid")
    return (paid == "N") | ((paid == "") & blanks)


_FW_QS = [
    Q("how many cords did we sell altogether", has(lambda df: float(_num(df, "Cords").sum()), rel=0.001), ("Cords",)),
    Q(
        "which town do we deliver to the most",
        either(
            _lead(_named(lambda df: _top(_txt(df, "Town").value_counts()))),
            _lead(_named(lambda df: _top(_num(df, "Cords").groupby(_txt(df, "Town")).sum()))),
        ),
        ("Town",),
    ),
    Q(
        "whats the price per cord for seasoned vs green wood",
        either(_about(lambda df: _fw_per_cord(df, True)), _about(lambda df: _fw_per_cord(df, False))),
        ("Seasoned", "Price", "Cords"),
    ),
    Q(
        "how much money is still owed to us",
        either(
            _scaled(lambda df: float(_num(df, "Price")[_fw_owed(df, False)].sum()), _MONEY),
            _scaled(lambda df: float(_num(df, "Price")[_fw_owed(df, True)].sum()), _MONEY),
        ),
        ("Paid", "Price"),
    ),
    Q(
        "who owes the most",
        either(
            _lead(_named(lambda df: _top(_num(df, "Price")[_fw_owed(df, False)].groupby(_txt(df, "Customer")).sum()))),
            _lead(_named(lambda df: _top(_num(df, "Price")[_fw_owed(df, True)].groupby(_txt(df, "Customer")).sum()))),
        ),
        ("Customer", "Paid", "Price"),
    ),
    Q(
        "does a longer drive mean a higher price",
        _corr(lambda d: _num(d, "Delivery Miles"), lambda d: _num(d, "Price")),
        ("Delivery Miles", "Price"),
    ),
]


# --- 5. Sawmill log scale sheet ------------------------------------------------------------------------------------

_SM_SPECIES = {"RED OAK": (30, 620), "WHITE OAK": (18, 700), "HARD MAPLE": (15, 560), "SOFT MAPLE": (12, 380)}
_SM_SPECIES |= {"CHERRY": (8, 820), "ASH": (7, 420), "POPLAR": (20, 300)}
_SM_SED = {"RED OAK": 17, "WHITE OAK": 16, "HARD MAPLE": 15, "SOFT MAPLE": 14, "CHERRY": 13, "ASH": 15, "POPLAR": 19}
_SM_GRADES = {"PRIME": 1.6, "SELECT": 1.25, "#1 COMMON": 1.0, "#2 COMMON": 0.7, "PALLET": 0.4}


def _sm_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30705)
    rows = []
    days = pd.date_range("2024-01-02", "2024-12-20", freq="B")
    ticket = 10400
    while len(rows) < 2600:
        ticket += int(rng.integers(1, 4))
        day = days[min(len(days) - 1, (ticket - 10400) * len(days) // 260)]
        for _ in range(int(rng.integers(14, 34))):
            sp = _one(rng, list(_SM_SPECIES), [w for w, _ in _SM_SPECIES.values()])
            sed = int(np.clip(round(rng.normal(_SM_SED[sp], 3.5)), 9, 32))
            length = int(_one(rng, [8, 10, 12, 14, 16], [1, 3, 4, 2, 2]))
            bf = round(((sed - 4) / 4) ** 2 * length)
            grade_w = [max(0.1, sed - 17), max(0.1, sed - 13), 5, 4, max(0.1, 16 - sed)]
            grade = _one(rng, list(_SM_GRADES), grade_w)
            defect = 0 if rng.random() < 0.7 else int(_one(rng, [5, 10, 15, 20, 25, 30, 40]))
            if rng.random() < 0.35 and sed < 13:
                defect += 10
            price = round(_SM_SPECIES[sp][1] * _SM_GRADES[grade] / 5) * 5
            rows.append(
                {
                    "DATE": day.strftime("%m/%d/%Y"),
                    "TICKET": f"LT-{ticket}",
                    "SPECIES": sp,
                    "LENGTH_FT": length,
                    "SED_IN": sed,
                    "BF_DOYLE": bf,
                    "GRADE": grade,
                    "DEFECT_PCT": defect,
                    "PRICE_MBF": price,
                }
            )
    return pd.DataFrame(rows)


def _sm_bf(df: pd.DataFrame, net: bool) -> pd.Series:
    bf = _num(df, "BF_DOYLE")
    return bf * (1 - _num(df, "DEFECT_PCT").fillna(0) / 100) if net else bf


def _sm_cherry(net: bool) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_sm_bf(df, net)[_txt(df, "SPECIES") == "CHERRY"].sum())


def _sm_value(net: bool) -> Callable[[pd.DataFrame], float]:
    return lambda df: float((_sm_bf(df, net) / 1000 * _num(df, "PRICE_MBF")).sum())


_SM_QS = [
    Q("how many logs did we scale", _count(lambda df: len(df)), ("TICKET", "DATE")),
    Q(
        "how many board feet of cherry came in",
        either(_scaled(_sm_cherry(False), (1e3, 1e6)), _scaled(_sm_cherry(True), (1e3, 1e6))),
        ("SPECIES", "BF_DOYLE", "DEFECT_PCT"),
    ),
    Q(
        "avg diameter for each species",
        _about(lambda df: _num(df, "SED_IN").groupby(_txt(df, "SPECIES")).mean().to_numpy()),
        ("SPECIES", "SED_IN"),
    ),
    Q("how many truckloads was that", _count(lambda df: int(_txt(df, "TICKET").nunique())), ("TICKET",)),
    Q(
        "what are all the logs worth",
        either(_scaled(_sm_value(False), _MONEY), _scaled(_sm_value(True), _MONEY)),
        ("BF_DOYLE", "PRICE_MBF", "DEFECT_PCT"),
    ),
    Q(
        "do the skinnier logs have more defect",
        _corr(lambda d: _num(d, "SED_IN"), lambda d: _num(d, "DEFECT_PCT")),
        ("SED_IN", "DEFECT_PCT"),
    ),
]


# --- 6. State timber sale auctions ---------------------------------------------------------------------------------

_TS_FORESTS = {"Sproul State Forest": ("Clinton", "Centre"), "Tioga State Forest": ("Tioga",)}
_TS_FORESTS |= {"Susquehannock State Forest": ("Potter",), "Elk State Forest": ("Elk", "Cameron")}
_TS_FORESTS |= {"Moshannon State Forest": ("Clearfield", "Centre"), "Rothrock State Forest": ("Huntingdon",)}
_TS_BIDDERS = ["HIGHLAND FOREST RESOURCES", "KANE HARDWOOD", "ALLEGHENY WOOD PRODUCTS", "BROOKVILLE WOOD PRODUCTS"]
_TS_BIDDERS += ["MATSON LUMBER CO", "DWIGHT LEWIS LUMBER", "BINGAMAN & SON LUMBER", "NORTHERN TIER LOGGING LLC"]
_TS_NAMES = ["Bear Run", "Cherry Springs", "Laurel Hill", "Pine Creek", "Sugar Camp", "Wolf Hollow", "Panther Run"]
_TS_NAMES += ["Beech Bottom", "Hemlock Ridge", "Rock Run", "Fox Gap", "Deer Lick", "Maple Flats", "Kettle Creek"]


def _ts_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30706)
    pull = np.array([5, 4, 3.5, 3, 2, 2, 1.5, 1])
    rows = []
    for i in range(430):
        forest = _one(rng, list(_TS_FORESTS))
        acres = round(float(rng.uniform(25, 320)), 1)
        volume = int(acres * rng.uniform(3, 9))
        per_mbf = float(rng.uniform(180, 520))
        appraised = round(volume * per_mbf, -2)
        bidders = int(rng.choice([0, 1, 2, 3, 4, 5, 6, 7], p=[0.1, 0.15, 0.2, 0.2, 0.15, 0.1, 0.06, 0.04]))
        if bidders:
            high = round(appraised * (1 + max(0.0, rng.normal(0.08 * bidders, 0.1))), 2)
            winner = _TS_BIDDERS[int(rng.choice(len(pull), p=pull / pull.sum()))]
        else:
            high, winner = float("nan"), "NO BID"
        day = pd.Timestamp("2015-01-01") + pd.Timedelta(days=int(rng.integers(0, 9 * 365)))
        rows.append(
            {
                "Sale Name": f"{_one(rng, _TS_NAMES)} {_one(rng, ['Thin', 'Shelterwood', 'Salvage', 'Overstory'])}"
                + f" {i % 9 + 1}",
                "Forest": forest,
                "County": _one(rng, list(_TS_FORESTS[forest])),
                "_day": day,
                "Acres": acres,
                "Est Volume (MBF)": volume,
                "Appraised Value": _money(appraised),
                "High Bid": "" if np.isnan(high) else _money(high),
                "Winning Bidder": winner,
                "No. of Bidders": bidders,
            }
        )
    df = pd.DataFrame(rows).sort_values("_day", kind="stable").reset_index(drop=True)
    df.insert(3, "Sale Date", df.pop("_day").map(lambda t: f"{t.month}/{t.day}/{t.year}"))
    return df


def _ts_sold(df: pd.DataFrame) -> pd.Series:
    return _num(df, "High Bid").notna() & (_txt(df, "Winning Bidder") != "NO BID")


def _ts_over(df: pd.DataFrame) -> pd.Series:
    sold = _ts_sold(df)
    return _num(df, "High Bid")[sold] / _num(df, "Appraised Value")[sold]


def _ts_top(df: pd.DataFrame) -> str:
    return _top(_txt(df, "Winning Bidder")[_ts_sold(df)].value_counts())


_TS_QS = [
    Q(
        "how many sales didnt get any bids",
        _count(lambda df: int((~_ts_sold(df)).sum())),
        ("High Bid", "Winning Bidder", "No. of Bidders"),
    ),
    Q(
        "what's the total of all the winning bids",
        _scaled(lambda df: float(_num(df, "High Bid").sum()), _MONEY),
        ("High Bid",),
    ),
    Q(
        "on average how far above the appraisal do sales go",
        either(
            has(lambda df: float(100 * (_ts_over(df).mean() - 1)), rel=0.01),
            has(lambda df: float(_ts_over(df).mean() - 1), rel=0.01),
            has(
                lambda df: float(
                    100 * (_num(df, "High Bid").sum() / _num(df, "Appraised Value")[_ts_sold(df)].sum() - 1)
                ),
                rel=0.01,
            ),
            has(lambda df: float(100 * (_ts_over(df).median() - 1)), rel=0.01),
        ),
        ("High Bid", "Appraised Value"),
    ),
    Q("which company won the most sales", _lead(_named(_ts_top)), ("Winning Bidder",)),
    Q(
        "how much did they pay in total",
        _scaled(lambda df: float(_num(df, "High Bid")[_txt(df, "Winning Bidder") == _ts_top(df)].sum()), _MONEY),
        ("Winning Bidder", "High Bid"),
    ),
    Q(
        "do more bidders push the price further over appraisal",
        _corr(lambda d: _num(d, "No. of Bidders")[_ts_sold(d)], lambda d: _ts_over(d)),
        ("No. of Bidders", "High Bid", "Appraised Value"),
    ),
]


# --- 7. Gravel quarry scale house tickets ----------------------------------------------------------------------------

_QY_MATERIALS = {"CRUSHED STONE": (14.50, 45), "GRAVEL": (11.25, 25), "SAND": (9.75, 20), "RIP RAP": (22.00, 10)}
_QY_HAULERS = ["MILLER TRUCKING", "J&R EXCAVATING", "BLUE LINE HAULING", "DONNELLY CONSTRUCTION", "T. ROSS & SONS"]
_QY_HAULERS += ["CAPITAL AGGREGATE HAULERS", "KEYSTONE PAVING", "WHITE OAK LANDSCAPE"]
_QY_SITES = ["AIRPORT EXPANSION", "RT 22 WIDENING", "MAPLE GROVE SUBDIVISION", "COUNTY LANDFILL CELL 4"]
_QY_SITES += ["HIGH SCHOOL PARKING LOT", "RIVERSIDE DRIVEWAYS", ""]


def _qy_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30707)
    days = pd.date_range("2024-03-01", "2024-11-27", freq="B")
    hauler_w = np.array([6, 5, 4, 4, 3, 2, 2, 1], dtype=float)
    trucks = {h: [f"T-{int(rng.integers(1, 60))}" for _ in range(4)] for h in _QY_HAULERS}
    rows = []
    for _ in range(4200):
        day = days[int(rng.integers(len(days)))]
        minute = int(np.clip(rng.normal(10.5 * 60, 150), 6 * 60, 17 * 60))
        if rng.random() < 0.18:
            minute = int(rng.integers(7 * 60, 8 * 60))
        hauler = _QY_HAULERS[int(rng.choice(len(hauler_w), p=hauler_w / hauler_w.sum()))]
        mat = _one(rng, list(_QY_MATERIALS), [w for _, w in _QY_MATERIALS.values()])
        tare = round(float(rng.uniform(13.5, 16.5)), 2)
        net = round(float(rng.uniform(14, 24)), 2)
        rows.append(
            {
                "_when": day + pd.Timedelta(minutes=minute),
                "Hauler": hauler,
                "Truck No": _one(rng, trucks[hauler]),
                "Material": mat,
                "Gross Tons": round(tare + net, 2),
                "Tare Tons": tare,
                "Net Tons": net,
                "Price/Ton": _QY_MATERIALS[mat][0],
                "Job Site": _one(rng, _QY_SITES, [5, 4, 3, 2, 2, 2, 3]),
            }
        )
    df = pd.DataFrame(rows).sort_values("_when", kind="stable").reset_index(drop=True)
    void = rng.random(len(df)) < 0.01
    df.loc[void, ["Material", "Job Site"]] = ["VOID", ""]
    df.loc[void, ["Gross Tons", "Tare Tons", "Net Tons", "Price/Ton"]] = 0.0
    when = df.pop("_when")
    df.insert(0, "Date", when.dt.strftime("%m/%d/%Y"))
    df.insert(1, "Time In", when.dt.strftime("%H:%M"))
    df.insert(2, "Ticket No", np.arange(48211, 48211 + len(df)))
    return df


def _qy_hour(df: pd.DataFrame) -> int:
    hours = pd.to_numeric(_txt(df, "Time In").str.split(":").str[0], errors="coerce")
    return int(_ranked(hours.value_counts()).index[0])


def _hour(value: Callable[[pd.DataFrame], int]) -> Check:
    """An hour of the day: "7 AM", "7am", "7:00", "07:00", "7-8", "7 to 8", "between 7 and 8", "hour 7"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        h = value(df)
        h12 = h % 12 or 12
        half = "am|a\\.m\\." if h < 12 else "pm|p\\.m\\."
        patterns = [
            rf"(?<![\d:.]){h12}(?::00)?\s*(?:{half})\b",
            rf"(?<![\d:.])0?{h}:[0-5]\d",
            rf"(?<![\d:.])0?{h}\s*(?:-|–|to|and)\s*0?{h + 1}(?!\d)",
            rf"\bhour\s+(?:of\s+)?0?{h}(?!\d)",
        ]
        if any(re.search(p, answer, re.IGNORECASE) for p in patterns):
            return None
        return f"missing hour {h}"

    return check


def _qy_site(df: pd.DataFrame) -> pd.Series:
    return _txt(df, "Job Site") == "AIRPORT EXPANSION"


_QY_QS = [
    Q("how many tons went out in total", has(lambda df: float(_num(df, "Net Tons").sum()), rel=0.002), ("Net Tons",)),
    Q(
        "which material do we sell the most of",
        _lead(_named(lambda df: _top(_num(df, "Net Tons").groupby(_txt(df, "Material")).sum()))),
        ("Material", "Net Tons"),
    ),
    Q(
        "which hauler brought us the most money",
        _lead(
            _named(lambda df: _top((_num(df, "Net Tons") * _num(df, "Price/Ton")).groupby(_txt(df, "Hauler")).sum()))
        ),
        ("Hauler", "Net Tons", "Price/Ton"),
    ),
    Q("what time of day do most trucks come in", _hour(_qy_hour), ("Time In",)),
    Q("how many loads went to the airport job", _count(lambda df: int(_qy_site(df).sum())), ("Job Site",)),
    Q(
        "and how many tons was that",
        has(lambda df: float(_num(df, "Net Tons")[_qy_site(df)].sum()), rel=0.002),
        ("Job Site", "Net Tons"),
    ),
]


HELDOUT307: list[Dataset] = [
    Dataset("skydive_jump_log", _sd_frame, _SD_QS),
    Dataset("zipline_tour_bookings", _zl_frame, _ZL_QS),
    Dataset("corn_maze_ticket_counts", _cm_frame, _CM_QS),
    Dataset("firewood_deliveries", _fw_frame, _FW_QS),
    Dataset("sawmill_log_scale", _sm_frame, _SM_QS),
    Dataset("timber_sale_auctions", _ts_frame, _TS_QS),
    Dataset("quarry_scale_tickets", _qy_frame, _QY_QS),
]
