"""HELDOUT375: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of the spreadsheet a small outfit keeps. An ambulance service's run log
(2023 and 2024, one row per run) with "Run #" as "23-00417", Date as "03/14/2024", "Dispatch Time" and "On Scene
Time" as "14:05" (a run past midnight arrives the next day; On Scene blank when the run was cancelled en route), "Call
Type" (Fall, Chest Pain, Breathing Problem, Sick Person, MVA, Transfer, Cardiac Arrest, Psych; now and then typed in
upper case), Priority (1 to 3), "Loaded Miles" (one decimal, blank when nobody was transported), Transported (Y/N),
Hospital (four local hospitals, blank when not transported) and "Billed $" as "$1,250.00" ("$0.00" when not
transported). A soap maker's batch sheet (2022 to 2024, one row per batch) with Batch as "SB-0101", Scent (Lavender,
Oatmeal Honey, Peppermint, Unscented, Lemongrass, Charcoal Tea Tree), "Oils (lbs)", "Lye (oz)" (about 2.2 oz a pound
of oils), "Bars Cut" (about 3.6 bars a pound), "Cure Start" as "2023-03-04", "Cure Weeks" (4 to 6, blank when not
written down), "Bars Sold", "Price/Bar" as "$7.00" and Channel (Market, Online). A pest control company's service
calls (2023 and 2024, one row per visit, accounts repeat) with Account as "A1042", "Service Date" as "3/14/2024", Pest
(Ants, Roaches, Termites, Rodents, Bed Bugs; now and then upper case), Treatment (Spray, Bait, Liquid Barrier, Trap,
Heat, Fumigation), "Product Oz" (blank for traps and heat), Price as "$150.00" (termites and bed bugs dearest),
Technician and Callback (Y/N). A bed and breakfast's bookings (2023 and 2024, one row per booking) with Guest, Room
(five named rooms), "Check-In" as "2024-06-14", Nights, Guests, "Nightly Rate" as "$189" (by room, dearer in
summer), "Breakfasts Served" (0 when cancelled), "Booked Through" (Direct, Airbnb, Booking.com) and Cancelled (Y/N).
A beach's lifeguard tower log (the 2022 to 2024 summer seasons, one row per tower a day) with Date as "06/14/2023",
Tower ("Tower 1" to "Tower 6"), "Water Temp (F)", "Wave Ht (ft)" (one decimal), "Rip Flag" (Green, Yellow, Red; blank
now and then), Rescues, "First Aid", "Lost Children" and "Crowd Est." (rounded to 50, "N/A" on some days). A coffee
cart's daily sales (2023 and 2024, weekdays, one row per day at one spot) with Date as "2024-03-14", Spot (Campus,
Hospital, Park), Drip, Latte, "Cold Brew", Pastries (counts), "Card $", "Cash $", Tips (two decimals) and Weather
(Sunny, Cloudy, Rain, Hot, Cold). And a tire shop's service tickets (2023 and 2024, one row per ticket) with Ticket
(a running number), Date as "3/14/2024", Service (Rotation, Mount & Balance, Flat Repair, Alignment), "Tires Sold" (0
to 4), "Tire Brand" (Michelin, Goodyear, Bridgestone, Cooper, General; blank when no tires were sold), "Labor $",
"Parts $" (blank when no parts), Tech and Comeback (Y/N). All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _share
from .heldout253 import _amount, _num, _text, _typical
from .heldout333 import _date
from .heldout358 import _money, _yes
from .heldout373 import _gap, _month_name, _person, _pick
from .offline_eval import Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _days(rng: np.random.Generator, start: str, end: str, n: int) -> pd.Series:
    """`n` random days between two dates, sorted."""
    span = (pd.Timestamp(end) - pd.Timestamp(start)).days + 1
    return pd.Series(pd.Timestamp(start) + pd.to_timedelta(np.sort(rng.integers(0, span, n)), unit="D"))


def _upper_now_and_then(rng: np.random.Generator, value: str, p: float = 0.05) -> str:
    return value.upper() if rng.random() < p else value


def _top_month(dates: Callable[[pd.DataFrame], pd.Series], weights: Callable[[pd.DataFrame], pd.Series] | None) -> Any:
    def top(df: pd.DataFrame) -> pd.Timestamp:
        d = dates(df)
        w = pd.Series(1.0, index=df.index) if weights is None else weights(df)
        return w.groupby(d.dt.to_period("M")).sum().sort_index(kind="stable").idxmax().to_timestamp()

    return top


# --- 1. Ambulance service run log ----------------------------------------------------------------------------------

_AM_CALLS = {
    "Fall": 20,
    "Chest Pain": 12,
    "Breathing Problem": 13,
    "Sick Person": 18,
    "MVA": 9,
    "Transfer": 14,
    "Cardiac Arrest": 3,
    "Psych": 7,
}
_AM_HOSPITALS = ["St. Mary's", "Regional Medical Center", "Mercy General", "Children's Hospital"]


def _ambulance_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37501)
    n = 1850
    days = _days(rng, "2023-01-01", "2024-12-31", n)
    counters: dict[int, int] = {}
    rows: list[dict[str, Any]] = []
    for day in days:
        counters[day.year] = counters.get(day.year, 0) + 1
        kind = str(_one(rng, list(_AM_CALLS), list(_AM_CALLS.values())))
        priority = 1 if kind in ("Cardiac Arrest", "Chest Pain", "MVA") else int(_one(rng, [1, 2, 3], [2, 5, 3]))
        if kind == "Transfer":
            priority = 3
        dispatch = int(rng.integers(0, 1440))
        response = max(3, int(rng.gamma(3.0, 3.2 if priority == 1 else 4.0)))
        cancelled = rng.random() < 0.05
        scene = (dispatch + response) % 1440
        transported = not cancelled and rng.random() < (0.9 if kind == "Transfer" else 0.74)
        miles = round(float(rng.gamma(2.5, 3.0)) + 0.5, 1) if transported else None
        if transported:
            billed = 850 + 350 * (priority == 1) + 15 * float(miles or 0) + float(rng.normal(0, 60))
            billed = round(billed, 2)
        else:
            billed = 0.0
        rows.append(
            {
                "Run #": f"{day.year % 100}-{counters[day.year]:05d}",
                "Date": f"{day:%m/%d/%Y}",
                "Dispatch Time": f"{dispatch // 60:02d}:{dispatch % 60:02d}",
                "On Scene Time": None if cancelled else f"{scene // 60:02d}:{scene % 60:02d}",
                "Call Type": _upper_now_and_then(rng, kind),
                "Priority": priority,
                "Loaded Miles": miles,
                "Transported": "Y" if transported else "N",
                "Hospital": str(_one(rng, _AM_HOSPITALS, [4, 3, 2, 1])) if transported else None,
                "Billed $": _money(billed),
            }
        )
    return pd.DataFrame(rows)


def _am_response(df: pd.DataFrame) -> pd.Series:
    """Minutes from dispatch to on scene (a run past midnight wraps), blank when cancelled."""

    def minutes(col: str) -> pd.Series:
        parts = _text(df, col).str.split(":", expand=True)
        return pd.to_numeric(parts[0], errors="coerce") * 60 + pd.to_numeric(parts[1], errors="coerce")

    gap = minutes("On Scene Time") - minutes("Dispatch Time")
    return (gap % 1440).dropna()


_AM_QS = [
    Q(
        "how many runs did we do in 2024",
        _count(lambda df: int((_date(df, "Date", "%m/%d/%Y").dt.year == 2024).sum())),
        ("Date", "Run #"),
    ),
    Q(
        "whats our average response time from dispatch to on scene",
        _typical(_am_response),
        ("Dispatch Time", "On Scene Time"),
    ),
    Q(
        "what kind of call do we get the most",
        _pick(lambda df: _text(df, "Call Type").str.upper().value_counts()),
        ("Call Type", "Run #"),
    ),
    Q(
        "what percent of calls didnt end in a transport",
        _share(lambda df: float((~_yes(df, "Transported")).mean())),
        ("Transported", "Run #"),
    ),
    Q(
        "which hospital do we take the most patients to",
        _pick(lambda df: _text(df, "Hospital").replace("", pd.NA).dropna().value_counts()),
        ("Hospital", "Transported", "Run #"),
    ),
    Q(
        "how much did we bill for priority 1 calls altogether",
        _amount(lambda df: float(_num(df, "Billed $")[_num(df, "Priority") == 1].sum())),
        ("Billed $", "Priority"),
    ),
]


# --- 2. Soap maker batches -----------------------------------------------------------------------------------------

_SP_SCENTS = {
    "Lavender": 1.0,
    "Oatmeal Honey": 0.95,
    "Peppermint": 0.85,
    "Unscented": 0.7,
    "Lemongrass": 0.8,
    "Charcoal Tea Tree": 0.9,
}


def _soap_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37502)
    n = 420
    days = _days(rng, "2022-01-05", "2024-11-30", n)
    rows: list[dict[str, Any]] = []
    for i, day in enumerate(days):
        scent = str(_one(rng, list(_SP_SCENTS), [5, 4, 3, 2, 2, 3]))
        oils = float(_one(rng, [5.0, 7.5, 10.0, 12.5, 15.0], [2, 3, 5, 2, 1]))
        cut = round(float(oils * 3.6 + rng.normal(0, 1.5)))
        channel = "Market" if rng.random() < 0.6 else "Online"
        price = float(_one(rng, [6.0, 7.0, 8.0], [3, 5, 2])) + (1.0 if channel == "Online" else 0.0)
        sold = min(cut, int(rng.binomial(cut, min(0.98, _SP_SCENTS[scent] * (0.9 if day.year < 2024 else 0.75)))))
        weeks = int(_one(rng, [4, 5, 6], [3, 4, 3]))
        rows.append(
            {
                "Batch": f"SB-{101 + i:04d}",
                "Scent": scent,
                "Oils (lbs)": oils,
                "Lye (oz)": round(oils * 2.2 + float(rng.normal(0, 0.1)), 1),
                "Bars Cut": cut,
                "Cure Start": f"{day:%Y-%m-%d}",
                "Cure Weeks": weeks if rng.random() > 0.07 else None,
                "Bars Sold": sold,
                "Price/Bar": _money(price),
                "Channel": channel,
            }
        )
    return pd.DataFrame(rows)


_SP_QS = [
    Q("how many bars have we cut in total", _count(lambda df: int(_num(df, "Bars Cut").sum())), ("Bars Cut",)),
    Q(
        "which scent sells best",
        either(
            _pick(lambda df: _num(df, "Bars Sold").groupby(_text(df, "Scent")).sum()),
            _pick(lambda df: _num(df, "Bars Sold").groupby(_text(df, "Scent")).mean()),
        ),
        ("Scent", "Bars Sold"),
    ),
    Q(
        "what fraction of the bars we make actually sell",
        either(
            _share(lambda df: float(_num(df, "Bars Sold").sum() / _num(df, "Bars Cut").sum())),
            _share(lambda df: float((_num(df, "Bars Sold") / _num(df, "Bars Cut")).mean())),
        ),
        ("Bars Sold", "Bars Cut"),
    ),
    Q(
        "is there a correlation between pounds of oil and how many bars we get",
        _corr(lambda df: _num(df, "Oils (lbs)"), lambda df: _num(df, "Bars Cut")),
        ("Oils (lbs)", "Bars Cut"),
    ),
    Q(
        "avg price per bar at the market vs online?",
        _gap(lambda df: [_num(df, "Price/Bar")[_text(df, "Channel") == c].mean() for c in ("Market", "Online")]),
        ("Price/Bar", "Channel"),
    ),
    Q(
        "how many batches are missing the cure time",
        _count(lambda df: int(_num(df, "Cure Weeks").isna().sum())),
        ("Cure Weeks", "Batch"),
    ),
]


# --- 3. Pest control service calls ---------------------------------------------------------------------------------

# pest: weight, treatments, price range
_PC_PESTS: dict[str, tuple[float, list[str], tuple[float, float]]] = {
    "Ants": (30, ["Spray", "Bait", "Liquid Barrier"], (95, 160)),
    "Roaches": (25, ["Spray", "Bait"], (110, 190)),
    "Termites": (10, ["Liquid Barrier", "Fumigation", "Bait"], (450, 1400)),
    "Rodents": (22, ["Trap", "Bait"], (140, 260)),
    "Bed Bugs": (13, ["Heat", "Spray"], (400, 1100)),
}


def _pest_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37503)
    n = 1600
    days = _days(rng, "2023-01-02", "2024-12-31", n)
    techs = [_person(rng) for _ in range(5)]
    sloppy = {t: 0.04 + 0.05 * k for k, t in enumerate(techs)}
    accounts = [f"A{1000 + k}" for k in range(620)]
    rows: list[dict[str, Any]] = []
    for day in days:
        summer = day.month in (5, 6, 7, 8, 9)
        w = [v[0] * (1.6 if p in ("Ants", "Termites") and summer else 1.0) for p, v in _PC_PESTS.items()]
        pest = str(_one(rng, list(_PC_PESTS), w))
        _w, treatments, (lo, hi) = _PC_PESTS[pest]
        treatment = str(_one(rng, treatments))
        oz = (
            None
            if treatment in ("Trap", "Heat")
            else round(float(rng.gamma(3.0, 4.0 if pest != "Termites" else 15.0)), 1)
        )
        tech = str(_one(rng, techs))
        rows.append(
            {
                "Account": str(_one(rng, accounts)),
                "Service Date": f"{day.month}/{day.day}/{day.year}",
                "Pest": _upper_now_and_then(rng, pest),
                "Treatment": treatment,
                "Product Oz": oz,
                "Price": _money(round(float(rng.uniform(lo, hi)) / 5) * 5),
                "Technician": tech,
                "Callback": "Y" if rng.random() < sloppy[tech] + (0.08 if pest == "Bed Bugs" else 0) else "N",
            }
        )
    return pd.DataFrame(rows)


def _pc_pest(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Pest").str.title()


def _pc_when(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Service Date", "%m/%d/%Y")


_PC_QS = [
    Q("how many different customers do we have", _count(lambda df: int(_text(df, "Account").nunique())), ("Account",)),
    Q(
        "what pest do we get called out for the most",
        _pick(lambda df: _pc_pest(df).value_counts()),
        ("Pest", "Account"),
    ),
    Q(
        "whats a bed bug job usually cost",
        _typical(lambda df: _num(df, "Price")[_pc_pest(df) == "Bed Bugs"]),
        ("Price", "Pest"),
    ),
    Q(
        "which tech has the worst callback rate",
        _pick(lambda df: _yes(df, "Callback").groupby(_text(df, "Technician")).mean()),
        ("Technician", "Callback"),
    ),
    Q(
        "busiest month?",
        either(
            _month_year(_top_month(_pc_when, None)),
            _lead(_month_name(lambda df: int(_pc_when(df).dt.month.value_counts().sort_index().idxmax()))),
        ),
        ("Service Date", "Account"),
    ),
    Q(
        "how many ounces of product did we put down on roaches",
        _about(lambda df: float(_num(df, "Product Oz")[_pc_pest(df) == "Roaches"].sum()), rel=0.005),
        ("Product Oz", "Pest"),
    ),
]


# --- 4. Bed and breakfast bookings ---------------------------------------------------------------------------------

_BB_ROOMS = {"Rose Room": 159, "Garden Suite": 229, "Captain's Quarters": 199, "Lighthouse View": 249, "The Attic": 129}


def _bnb_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37504)
    n = 950
    days = _days(rng, "2023-01-01", "2024-12-31", n)
    rows: list[dict[str, Any]] = []
    for day in days:
        room = str(_one(rng, list(_BB_ROOMS), [3, 2, 3, 2, 2]))
        summer = day.month in (6, 7, 8)
        rate = _BB_ROOMS[room] + (30 if summer else 0) + 10 * (day.year == 2024)
        channel = str(_one(rng, ["Direct", "Airbnb", "Booking.com"], [4, 4, 2]))
        nights = int(_one(rng, [1, 2, 3, 4, 5, 7], [3, 8, 5, 2, 1, 0.5]))
        guests = int(_one(rng, [1, 2, 3, 4], [1, 8, 1, 1 if room == "Garden Suite" else 0.2]))
        cancelled = rng.random() < (0.16 if channel == "Booking.com" else 0.11 if channel == "Airbnb" else 0.05)
        eaten = 0 if cancelled else max(0, nights * guests - int(rng.integers(0, 2)))
        rows.append(
            {
                "Guest": _person(rng),
                "Room": room,
                "Check-In": f"{day:%Y-%m-%d}",
                "Nights": nights,
                "Guests": guests,
                "Nightly Rate": f"${rate}",
                "Breakfasts Served": eaten,
                "Booked Through": channel,
                "Cancelled": "Y" if cancelled else "N",
            }
        )
    return pd.DataFrame(rows)


def _bb_revenue(keep_cancelled: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def revenue(df: pd.DataFrame) -> pd.Series:
        money = _num(df, "Nights") * _num(df, "Nightly Rate")
        if not keep_cancelled:
            money = money[~_yes(df, "Cancelled")]
        return money.groupby(_text(df, "Room")).sum()

    return revenue


def _bb_airbnb(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Booked Through") == "Airbnb"


_BB_QS = [
    Q("how many bookings got cancelled", _count(lambda df: int(_yes(df, "Cancelled").sum())), ("Cancelled", "Guest")),
    Q(
        "how long do people usually stay",
        either(
            _typical(lambda df: _num(df, "Nights")),
            _typical(lambda df: _num(df, "Nights")[~_yes(df, "Cancelled")]),
        ),
        ("Nights", "Cancelled"),
    ),
    Q(
        "which room brings in the most money",
        either(_pick(_bb_revenue(False)), _pick(_bb_revenue(True))),
        ("Room", "Nights", "Nightly Rate", "Cancelled"),
    ),
    Q(
        "what share of our bookings come from airbnb",
        either(
            _share(lambda df: float(_bb_airbnb(df).mean())),
            _share(lambda df: float(_bb_airbnb(df)[~_yes(df, "Cancelled")].mean())),
        ),
        ("Booked Through", "Cancelled", "Guest"),
    ),
    Q(
        "and how often do those cancel",
        _share(lambda df: float(_yes(df, "Cancelled")[_bb_airbnb(df)].mean())),
        ("Booked Through", "Cancelled"),
    ),
    Q(
        "total breakfasts served in 2024?",
        _count(lambda df: int(_num(df, "Breakfasts Served")[_date(df, "Check-In", "%Y-%m-%d").dt.year == 2024].sum())),
        ("Breakfasts Served", "Check-In"),
    ),
]


# --- 5. Beach lifeguard tower log ----------------------------------------------------------------------------------


def _lifeguard_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37505)
    rows: list[dict[str, Any]] = []
    busy = {1: 0.7, 2: 1.0, 3: 1.4, 4: 1.2, 5: 0.9, 6: 0.6}
    for year in (2022, 2023, 2024):
        for day in pd.date_range(f"{year}-05-27", f"{year}-09-04"):
            temp = 64 + 10 * np.sin(np.pi * (day.dayofyear - 147) / 110) + float(rng.normal(0, 1.5))
            waves = round(max(0.5, float(rng.gamma(3.0, 0.9))), 1)
            flag = "Red" if waves >= 4.5 else "Yellow" if waves >= 2.5 else "Green"
            weekend = day.dayofweek >= 5 or (day.month == 7 and day.day == 4)
            crowd_day = float(rng.uniform(300, 1200)) * (1.8 if weekend else 1.0) * (temp - 55) / 12
            for tower in range(1, 7):
                crowd = crowd_day * busy[tower] * float(rng.uniform(0.8, 1.2))
                mu = crowd / 1000 * (0.4 + 0.35 * waves)
                rows.append(
                    {
                        "Date": f"{day:%m/%d/%Y}",
                        "Tower": f"Tower {tower}",
                        "Water Temp (F)": round(float(temp)),
                        "Wave Ht (ft)": waves,
                        "Rip Flag": flag if rng.random() > 0.04 else None,
                        "Rescues": int(rng.poisson(mu)),
                        "First Aid": int(rng.poisson(crowd / 350)),
                        "Lost Children": int(rng.poisson(crowd / 1500)),
                        "Crowd Est.": str(int(round(crowd / 50) * 50)) if rng.random() > 0.05 else "N/A",
                    }
                )
    return pd.DataFrame(rows)


_LG_QS = [
    Q("how many rescues in total", _count(lambda df: int(_num(df, "Rescues").sum())), ("Rescues",)),
    Q(
        "which tower does the most rescues",
        _pick(lambda df: _num(df, "Rescues").groupby(_text(df, "Tower")).sum()),
        ("Tower", "Rescues"),
    ),
    Q(
        "how many rescues on a red flag day compared to green",
        either(
            _gap(lambda df: [_num(df, "Rescues")[_text(df, "Rip Flag") == f].mean() for f in ("Red", "Green")]),
            _gap(
                lambda df: [
                    _num(df, "Rescues")[_text(df, "Rip Flag") == f].groupby(df["Date"]).sum().mean()
                    for f in ("Red", "Green")
                ]
            ),
        ),
        ("Rip Flag", "Rescues", "Date"),
    ),
    Q(
        "do bigger waves mean more rescues?",
        _corr(lambda df: _num(df, "Wave Ht (ft)"), lambda df: _num(df, "Rescues")),
        ("Wave Ht (ft)", "Rescues"),
    ),
    Q(
        "how many lost kids were there in 2024",
        _count(lambda df: int(_num(df, "Lost Children")[_date(df, "Date", "%m/%d/%Y").dt.year == 2024].sum())),
        ("Lost Children", "Date"),
    ),
    Q(
        "whats the typical crowd at a tower",
        _typical(lambda df: _num(df, "Crowd Est.").dropna()),
        ("Crowd Est.", "Tower"),
    ),
]


# --- 6. Coffee cart daily sales ------------------------------------------------------------------------------------


def _coffee_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37506)
    rows: list[dict[str, Any]] = []
    traffic = {"Campus": 1.0, "Hospital": 1.25, "Park": 0.8}
    for day in pd.bdate_range("2023-01-02", "2024-12-31"):
        if rng.random() < 0.06:
            continue
        spot = str(_one(rng, list(traffic), [2, 2, 1]))
        if day.month in (6, 7, 8) and spot == "Campus":
            spot = "Park"
        summer = day.month in (5, 6, 7, 8, 9)
        weather = str(
            _one(rng, ["Sunny", "Cloudy", "Rain", "Hot", "Cold"], [4, 3, 2, 3, 0.2] if summer else [3, 4, 2, 0, 3])
        )
        k = traffic[spot] * (0.7 if weather == "Rain" else 1.0) * (1.0 + 0.08 * (day.year == 2024))
        drip = int(rng.poisson(60 * k * (1.2 if weather == "Cold" else 1.0)))
        latte = int(rng.poisson(45 * k * (1.2 if spot == "Campus" else 1.0)))
        cold = int(rng.poisson(25 * k * (2.0 if weather == "Hot" else 0.5 if weather == "Cold" else 1.0)))
        pastry = int(rng.poisson(30 * k))
        total = drip * 2.5 + latte * 4.75 + cold * 4.25 + pastry * 3.5
        cash_share = float(rng.uniform(0.08, 0.25)) * (1.5 if spot == "Park" else 1.0)
        rows.append(
            {
                "Date": f"{day:%Y-%m-%d}",
                "Spot": spot,
                "Drip": drip,
                "Latte": latte,
                "Cold Brew": cold,
                "Pastries": pastry,
                "Card $": round(total * (1 - cash_share), 2),
                "Cash $": round(total * cash_share, 2),
                "Tips": round(total * float(rng.uniform(0.05, 0.12)), 2),
                "Weather": weather,
            }
        )
    return pd.DataFrame(rows)


def _cf_sales(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Card $") + _num(df, "Cash $")


_CF_QS = [
    Q("how much have we sold in total", _amount(lambda df: float(_cf_sales(df).sum())), ("Card $", "Cash $")),
    Q(
        "which spot sells the most lattes",
        either(
            _pick(lambda df: _num(df, "Latte").groupby(_text(df, "Spot")).sum()),
            _pick(lambda df: _num(df, "Latte").groupby(_text(df, "Spot")).mean()),
        ),
        ("Spot", "Latte"),
    ),
    Q(
        "cold brews on hot days vs rainy days, on average?",
        _gap(lambda df: [_num(df, "Cold Brew")[_text(df, "Weather") == w].mean() for w in ("Hot", "Rain")]),
        ("Cold Brew", "Weather"),
    ),
    Q(
        "what percent of our sales are cash",
        either(
            _share(lambda df: float(_num(df, "Cash $").sum() / _cf_sales(df).sum())),
            _share(lambda df: float((_num(df, "Cash $") / _cf_sales(df)).mean())),
        ),
        ("Cash $", "Card $"),
    ),
    Q(
        "which month had our best sales",
        either(
            _month_year(_top_month(lambda df: _date(df, "Date", "%Y-%m-%d"), _cf_sales)),
            _lead(
                _month_name(
                    lambda df: int(_cf_sales(df).groupby(_date(df, "Date", "%Y-%m-%d").dt.month).sum().idxmax())
                )
            ),
        ),
        ("Date", "Card $", "Cash $"),
    ),
    Q(
        "average tips per day at the hospital",
        _typical(lambda df: _num(df, "Tips")[_text(df, "Spot") == "Hospital"]),
        ("Tips", "Spot", "Date"),
    ),
]


# --- 7. Tire shop service tickets ----------------------------------------------------------------------------------

_TS_SERVICES = {
    "Rotation": (30, 25.0),
    "Mount & Balance": (35, 25.0),
    "Flat Repair": (20, 25.0),
    "Alignment": (15, 99.0),
}
_TS_BRANDS = {"Michelin": 185.0, "Goodyear": 150.0, "Bridgestone": 165.0, "Cooper": 125.0, "General": 110.0}


def _tire_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37507)
    n = 2100
    days = _days(rng, "2023-01-02", "2024-12-31", n)
    techs = [_person(rng) for _ in range(4)]
    rows: list[dict[str, Any]] = []
    for i, day in enumerate(days):
        service = str(_one(rng, list(_TS_SERVICES), [v[0] for v in _TS_SERVICES.values()]))
        base = _TS_SERVICES[service][1]
        tires = int(_one(rng, [1, 2, 4], [1, 3, 4])) if service == "Mount & Balance" else 0
        if service == "Flat Repair" and rng.random() < 0.15:
            tires = 1
        brand = str(_one(rng, list(_TS_BRANDS), [3, 3, 2, 2, 2])) if tires else None
        labor = base * (tires if tires and service == "Mount & Balance" else 1) + float(_one(rng, [0, 0, 10, 20]))
        parts = tires * _TS_BRANDS[brand] * float(rng.uniform(0.9, 1.15)) if brand else 0.0
        if service == "Flat Repair" and not tires:
            parts = 8.0 if rng.random() < 0.7 else 0.0
        tech = techs[int(_one(rng, [0, 1, 2, 3], [4, 3, 3, 2]))]
        comeback = rng.random() < (0.03 + (0.06 if tech == techs[3] else 0) + (0.04 if service == "Alignment" else 0))
        rows.append(
            {
                "Ticket": 40001 + i,
                "Date": f"{day.month}/{day.day}/{day.year}",
                "Service": service,
                "Tires Sold": tires,
                "Tire Brand": brand,
                "Labor $": round(labor, 2),
                "Parts $": round(parts, 2) if parts else None,
                "Tech": tech,
                "Comeback": "Y" if comeback else "N",
            }
        )
    return pd.DataFrame(rows)


def _ts_bill(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Labor $") + _num(df, "Parts $").fillna(0)


_TS_QS = [
    Q("how many tires have we sold", _count(lambda df: int(_num(df, "Tires Sold").sum())), ("Tires Sold",)),
    Q(
        "which brand do we sell the most of",
        either(
            _pick(lambda df: _num(df, "Tires Sold").groupby(_text(df, "Tire Brand")).sum().drop("", errors="ignore")),
            _pick(lambda df: _text(df, "Tire Brand").replace("", pd.NA).dropna().value_counts()),
        ),
        ("Tire Brand", "Tires Sold", "Ticket"),
    ),
    Q(
        "avg labor on an alignment",
        _typical(lambda df: _num(df, "Labor $")[_text(df, "Service") == "Alignment"]),
        ("Labor $", "Service"),
    ),
    Q(
        "how often do cars come back",
        _share(lambda df: float(_yes(df, "Comeback").mean())),
        ("Comeback", "Ticket"),
    ),
    Q(
        "which tech has the most of those",
        either(
            _pick(lambda df: _yes(df, "Comeback").groupby(_text(df, "Tech")).mean()),
            _pick(lambda df: _yes(df, "Comeback").groupby(_text(df, "Tech")).sum()),
        ),
        ("Tech", "Comeback", "Ticket"),
    ),
    Q(
        "total revenue for 2024, labor plus parts",
        _amount(lambda df: float(_ts_bill(df)[_date(df, "Date", "%m/%d/%Y").dt.year == 2024].sum())),
        ("Labor $", "Parts $", "Date"),
    ),
]


HELDOUT375 = [
    Dataset("ambulance_service_run_log", _ambulance_frame, _AM_QS),
    Dataset("soap_maker_batches", _soap_frame, _SP_QS),
    Dataset("pest_control_service_calls", _pest_frame, _PC_QS),
    Dataset("bed_and_breakfast_bookings", _bnb_frame, _BB_QS),
    Dataset("lifeguard_tower_log", _lifeguard_frame, _LG_QS),
    Dataset("coffee_cart_daily_sales", _coffee_frame, _CF_QS),
    Dataset("tire_shop_service_tickets", _tire_frame, _TS_QS),
]
