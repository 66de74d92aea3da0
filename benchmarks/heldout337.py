"""HELDOUT337: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files a small service business exports from its own books: a hotel's
minibar consumption log (2024, one row per item restocked, sorted by date) with Date as "03/14/2024", Room (a
three- or four-digit number whose leading digits are the floor), Floor, Item in upper case ("COKE 12OZ",
"PRINGLES ORIG", "HEINEKEN 330ML"), Category (Snacks, "Soft Drinks", Alcohol, now and then lower case), Qty (1 to 4),
"Unit Price" as "$4.50", "Charged to Folio" (Y/N), Disputed (Y/N, only ever Y on charged lines) and Attendant
(blank now and then); an eyelash extension studio's appointments (2023 to 2024, one row per appointment) with
"Appt Date" as "2024-02-17", Artist, Service ("Classic Full Set", "Hybrid Full Set", "Volume Full Set", Fill),
Minutes, Price as "$165" (a menu price by service and artist level), Tip as "$25.00" (blank when none), "New Client"
(Y/N), "Weeks Since Last Fill" (filled in for fills only, 1 to 6, "N/A" otherwise) and Rebooked (Y/N); a tanning
salon's sessions (2024, one row per session, customers repeating) with "Session Date" as "7/9/2024", "Customer ID"
as "C1042", "Bed Level" (1 to 4), Minutes (capped lower on the stronger beds), Package (Single, Monthly,
Unlimited), Price as "$18.00" for single sessions and "INCL" for sessions on a monthly or unlimited package, Member
(Y/N, Y for every package holder), "Skin Type" (Roman numerals I to VI) and "Lotion Sold" (Y/N); a batting cage's
lane rentals (April to September 2024, one row per rental) with Date as "2024-06-08", "Time Slot" as "4:00 PM - 4:30
PM", Lane (1 to 8), "Speed (mph)" (softball lanes slower), "Ball Type" (Baseball, Softball), Tokens, Minutes (five
a token), Price as "$2.00" a token, "Customer Type" ("Walk-in", Team), "Team Name" (blank for walk-ins) and
"Machine Jammed" (Y/N, lane 6's machine the worst); a bike repair shop's service tickets (2024, one row per ticket)
with "Ticket #" as "WO-10234", "Date In" as "3/4/2024", "Date Out" (blank while the bike is still in the shop),
"Bike Type" (Road, Mountain, Hybrid, "E-Bike"), Service ("Tune-Up", "Flat Repair", Brakes, Overhaul), "Parts $"
and "Labor $" as plain numbers with two decimals, Total (their sum), Mechanic and "Waiting on Parts" (Y/N, slower
tickets); a boat storage yard's winter contracts (the 2021-22 to 2023-24 seasons, one row per boat per season,
boats returning) with Season as "2023-24", "Boat Name", Owner as "Last, First", "Length (ft)", "Storage Type"
(Indoor, Outdoor, Shrinkwrap), "Haul Out" as "10/14/2023", Launch as "05/02/2024" (blank while the boat is still
in the yard), "Rate/Ft" as "$45.00" (by type and season), Total as "$1,350.00" (length times rate), Winterize (Y/N)
and Paid (Y/N); and a county probate court's estate filings (2019 to 2024, one row per case) with "Case Number" as
"2021-PR-00123", "Filed Date" as "2021-03-15", "Decedent Age" (blank now and then), Will (Y/N), "Estate Value" as
"$245,000" ("UNKNOWN" now and then), "Executor Type" (Spouse, Child, Attorney, Other), "Closed Date" (blank while
the case is open; estates without a will close slower), Attorney (Y/N) and County in upper case. All are generated
with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _num, _text, _top, _typical
from .offline_eval import Check, Dataset, Q, both, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

_FIRST = [
    "James", "Mary", "Robert", "Linda", "Michael", "Susan", "David", "Karen", "Thomas", "Nancy", "Daniel", "Lisa",
    "Mark", "Sandra", "Paul", "Donna", "Steven", "Carol", "Kevin", "Sharon", "Brian", "Laura", "Gary", "Amy",
]  # fmt: skip
_LAST = [
    "Smith", "Johnson", "Brown", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Moore", "Jackson", "Martin",
    "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Hall", "Allen", "Young", "King", "Wright", "Hill",
]  # fmt: skip


def _date(df: pd.DataFrame, col: str, fmt: str) -> pd.Series:
    return pd.to_datetime(_text(df, col), format=fmt, errors="coerce")


def _flag(df: pd.DataFrame, col: str) -> pd.Series:
    return _text(df, col).str.upper() == "Y"


def _top_named(value: Callable[[pd.DataFrame], str], aliases: dict[str, tuple[str, ...]] | None = None) -> Check:
    return _lead(_named(value, aliases))


def _both_shares(values: Callable[[pd.DataFrame], list[float]]) -> Check:
    """Every share computed from the frame, each as a fraction or a percentage."""
    return both(*(_share(lambda df, i=i: values(df)[i]) for i in range(2)))


def _sorted_by(frame: pd.DataFrame, col: str, fmt: str) -> pd.DataFrame:
    order = pd.to_datetime(frame[col], format=fmt)
    return frame.iloc[np.argsort(order.to_numpy(), kind="stable")].reset_index(drop=True)


def _numbered(word: str, value: Callable[[pd.DataFrame], Any]) -> Check:
    """A numbered thing named with its word ("lane 6", "Lane #6"), beside a superlative when there is one."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        n = int(value(df))
        if re.search(rf"\b{word}\s*#?\s*{n}(?!\d)", answer, re.IGNORECASE):
            return None
        return f"missing {word} {n}"

    return _lead(check)


# --- 1. Hotel minibar consumption log ------------------------------------------------------------------------------

_MB_ITEMS = {
    "COKE 12OZ": ("Soft Drinks", 4.50, 6),
    "DIET COKE 12OZ": ("Soft Drinks", 4.50, 4),
    "SPRITE 12OZ": ("Soft Drinks", 4.50, 2),
    "FIJI WATER 500ML": ("Soft Drinks", 6.00, 7),
    "RED BULL 8.4OZ": ("Soft Drinks", 7.00, 2),
    "PRINGLES ORIG": ("Snacks", 6.50, 4),
    "M&MS PEANUT": ("Snacks", 5.00, 4),
    "KIND BAR": ("Snacks", 5.50, 3),
    "CASHEWS 2OZ": ("Snacks", 8.00, 2),
    "TOBLERONE 100G": ("Snacks", 7.50, 2),
    "HEINEKEN 330ML": ("Alcohol", 9.00, 4),
    "CORONA 355ML": ("Alcohol", 9.00, 3),
    "ABSOLUT MINI 50ML": ("Alcohol", 12.00, 2),
    "JACK DANIELS MINI 50ML": ("Alcohol", 12.00, 2),
    "HOUSE CHARDONNAY 187ML": ("Alcohol", 14.00, 2),
}
_MB_ATTENDANTS = ["Rosa M.", "Luis G.", "Tanya P.", "Ahmed K.", "Beth S."]


def _minibar_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33701)
    days = pd.date_range("2024-01-01", "2024-12-31")
    busy = np.array(
        [{1: 0.6, 2: 0.7, 3: 0.9, 4: 1.0, 5: 1.1, 6: 1.3, 7: 1.6, 8: 1.5, 9: 1.0}.get(m, 0.8) for m in days.month]
    )
    items = list(_MB_ITEMS)
    weights = [v[2] for v in _MB_ITEMS.values()]
    rows: list[dict[str, Any]] = []
    for _ in range(2200):
        day = days[int(rng.choice(len(days), p=busy / busy.sum()))]
        floor = int(rng.integers(2, 13))
        room = floor * 100 + int(rng.integers(1, 25))
        item = str(_one(rng, items, weights))
        cat, price, _ = _MB_ITEMS[item]
        qty = int(_one(rng, [1, 2, 3, 4], [10, 4, 1.5, 0.5]))
        charged = rng.random() < 0.93
        disputed = charged and rng.random() < (0.11 if cat == "Alcohol" else 0.04)
        rows.append(
            {
                "Date": f"{day:%m/%d/%Y}",
                "Room": room,
                "Floor": floor,
                "Item": item,
                "Category": cat.lower() if rng.random() < 0.05 else cat,
                "Qty": qty,
                "Unit Price": f"${price:.2f}",
                "Charged to Folio": "Y" if charged else "N",
                "Disputed": "Y" if disputed else "N",
                "Attendant": "" if rng.random() < 0.03 else str(_one(rng, _MB_ATTENDANTS, [5, 4, 4, 3, 2])),
            }
        )
    return _sorted_by(pd.DataFrame(rows), "Date", "%m/%d/%Y")


def _mb_cat(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Category").str.title()


def _mb_money(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Qty") * _num(df, "Unit Price")


def _mb_top_month(units: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(df: pd.DataFrame) -> pd.Timestamp:
        month = _date(df, "Date", "%m/%d/%Y").dt.to_period("M")
        by = _num(df, "Qty").groupby(month).sum() if units else month.value_counts()
        return by.sort_index().idxmax().to_timestamp()

    return value


_MB_QS = [
    Q(
        "how much did the minibars bring in altogether",
        either(
            _amount(lambda df: float(_mb_money(df).sum())),
            _amount(lambda df: float(_mb_money(df)[_flag(df, "Charged to Folio")].sum())),
        ),
        ("Qty", "Unit Price", "Charged to Folio"),
    ),
    Q(
        "which category sells the most",
        either(
            _top_named(lambda df: _top(_num(df, "Qty").groupby(_mb_cat(df)).sum())),
            _top_named(lambda df: _top(_mb_money(df).groupby(_mb_cat(df)).sum())),
        ),
        ("Category", "Qty", "Unit Price"),
    ),
    Q(
        "what percent of charges get disputed",
        either(
            _share(lambda df: float(_flag(df, "Disputed").mean())),
            _share(lambda df: float(_flag(df, "Disputed")[_flag(df, "Charged to Folio")].mean())),
        ),
        ("Disputed", "Charged to Folio"),
    ),
    Q(
        "and for alcohol?",
        either(
            _share(lambda df: float(_flag(df, "Disputed")[_mb_cat(df) == "Alcohol"].mean())),
            _share(
                lambda df: float(
                    _flag(df, "Disputed")[(_mb_cat(df) == "Alcohol") & _flag(df, "Charged to Folio")].mean()
                )
            ),
        ),
        ("Disputed", "Category", "Charged to Folio"),
    ),
    Q(
        "which month were the minibars raided the most",
        either(_month_year(_mb_top_month(True)), _month_year(_mb_top_month(False))),
        ("Date", "Qty"),
    ),
    Q(
        "which floor goes through the most stuff",
        either(
            _numbered("floor", lambda df: int(_num(df, "Qty").groupby(_num(df, "Floor")).sum().idxmax())),
            _numbered("floor", lambda df: int(_num(df, "Floor").value_counts().sort_index().idxmax())),
        ),
        ("Floor", "Qty"),
    ),
]


# --- 2. Eyelash extension studio appointments ----------------------------------------------------------------------

_LS_SERVICES = {
    # service: (weight, minutes, price)
    "Classic Full Set": (2, 120, 150),
    "Hybrid Full Set": (2, 140, 185),
    "Volume Full Set": (1.5, 165, 220),
    "Fill": (7, 65, 75),
}
_LS_ARTISTS = {"Jasmine": 20, "Kayla": 10, "Mia": 0, "Destiny": 0, "Alexis": 10}


def _lash_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33702)
    days = pd.date_range("2023-01-01", "2024-12-31")
    open_days = days[days.dayofweek != 0]
    rows: list[dict[str, Any]] = []
    for _ in range(1900):
        day = open_days[int(rng.integers(len(open_days)))]
        artist = str(_one(rng, list(_LS_ARTISTS), [5, 4, 3, 3, 2]))
        service = str(_one(rng, list(_LS_SERVICES), [v[0] for v in _LS_SERVICES.values()]))
        _, base_minutes, base_price = _LS_SERVICES[service]
        fill = service == "Fill"
        new = (not fill) and rng.random() < 0.55
        weeks = int(np.clip(round(rng.gamma(3, 0.9)), 1, 6)) if fill else None
        minutes = base_minutes + (8 * (weeks - 2) if fill and weeks else 0) + float(rng.normal(0, 10))
        minutes = int(5 * round(max(30, minutes) / 5))
        price = base_price + _LS_ARTISTS[artist] + (15 if fill and weeks and weeks > 3 else 0)
        tip = float(rng.uniform(0.1, 0.25)) * price if rng.random() < 0.75 else 0.0
        rebook = rng.random() < (0.45 if new else 0.78)
        rows.append(
            {
                "Appt Date": f"{day:%Y-%m-%d}",
                "Artist": artist,
                "Service": service,
                "Minutes": minutes,
                "Price": f"${price}",
                "Tip": f"${round(tip):.2f}" if tip > 0 else "",
                "New Client": "Y" if new else "N",
                "Weeks Since Last Fill": weeks if weeks is not None else "N/A",
                "Rebooked": "Y" if rebook else "N",
            }
        )
    return _sorted_by(pd.DataFrame(rows), "Appt Date", "%Y-%m-%d")


def _ls_is(df: pd.DataFrame, service: str) -> pd.Series:
    return _text(df, "Service") == service


def _ls_tips(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Tip").fillna(0).groupby(_text(df, "Artist")).sum()


def _ls_rebook(df: pd.DataFrame) -> list[float]:
    by = _flag(df, "Rebooked").groupby(_flag(df, "New Client")).mean()
    return [float(by[True]), float(by[False])]


_LS_QS = [
    Q(
        "how many of the appointments were fills",
        _count(lambda df: int(_ls_is(df, "Fill").sum())),
        ("Service",),
    ),
    Q(
        "whats the average price for a volume set",
        _typical(lambda df: _num(df, "Price")[_ls_is(df, "Volume Full Set")]),
        ("Service", "Price"),
    ),
    Q(
        "who made the most in tips",
        _top_named(lambda df: _top(_ls_tips(df))),
        ("Artist", "Tip"),
    ),
    Q(
        "do new clients rebook less than returning ones",
        _both_shares(_ls_rebook),
        ("New Client", "Rebooked"),
    ),
    Q(
        "how long does a fill usually take",
        _typical(lambda df: _num(df, "Minutes")[_ls_is(df, "Fill")]),
        ("Service", "Minutes"),
    ),
    Q(
        "does waiting longer between fills make them take longer",
        _corr(lambda df: _num(df, "Weeks Since Last Fill"), lambda df: _num(df, "Minutes")),
        ("Weeks Since Last Fill", "Minutes", "Service"),
    ),
]


# --- 3. Tanning salon sessions -------------------------------------------------------------------------------------

_TN_LEVELS = {1: (20, 12), 2: (15, 16), 3: (12, 20), 4: (10, 25)}  # bed level: (max minutes, single price)
_TN_SKIN = ["I", "II", "III", "IV", "V", "VI"]


def _tanning_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33703)
    customers = []
    for i in range(320):
        package = str(_one(rng, ["Single", "Monthly", "Unlimited"], [5, 3, 2]))
        skin = str(_one(rng, _TN_SKIN, [1, 4, 6, 4, 1.5, 0.5]))
        visits = {"Single": 1.0, "Monthly": 3.0, "Unlimited": 5.0}[package] * float(rng.gamma(2, 0.6))
        customers.append((f"C{1001 + i}", package, skin, visits, float(rng.uniform(0.05, 0.35))))
    pull = np.array([c[3] for c in customers])
    days = pd.date_range("2024-01-01", "2024-12-31")
    season = np.array([{3: 1.4, 4: 1.6, 5: 1.7, 6: 1.3, 7: 1.0, 8: 0.9}.get(m, 0.7) for m in days.month])
    rows: list[dict[str, Any]] = []
    for _ in range(2400):
        day = days[int(rng.choice(len(days), p=season / season.sum()))]
        cid, package, skin, _, lotion_rate = customers[int(rng.choice(len(customers), p=pull / pull.sum()))]
        level = int(_one(rng, [1, 2, 3, 4], [4, 3, 2, 1] if skin in ("I", "II") else [2, 3, 3, 2]))
        cap, price = _TN_LEVELS[level]
        minutes = int(np.clip(round(cap * float(rng.uniform(0.5, 1.05))), 5, cap))
        rows.append(
            {
                "Session Date": f"{day.month}/{day.day}/{day.year}",
                "Customer ID": cid,
                "Bed Level": level,
                "Minutes": minutes,
                "Package": package,
                "Price": f"${price:.2f}" if package == "Single" else "INCL",
                "Member": "N" if package == "Single" else "Y",
                "Skin Type": skin,
                "Lotion Sold": "Y" if rng.random() < lotion_rate + (0.1 if package != "Single" else 0) else "N",
            }
        )
    return _sorted_by(pd.DataFrame(rows), "Session Date", "%m/%d/%Y")


_TN_QS = [
    Q(
        "how many different customers do we have",
        _count(lambda df: int(_text(df, "Customer ID").nunique())),
        ("Customer ID",),
    ),
    Q(
        "average minutes on each bed level",
        _about(lambda df: _num(df, "Minutes").groupby(_num(df, "Bed Level")).mean().sort_index().to_numpy()),
        ("Bed Level", "Minutes"),
    ),
    Q(
        "what does a single session cost on average",
        _typical(lambda df: _num(df, "Price")[_text(df, "Package") == "Single"]),
        ("Package", "Price"),
    ),
    Q(
        "how often do we sell lotion with a session",
        _share(lambda df: float(_flag(df, "Lotion Sold").mean())),
        ("Lotion Sold",),
    ),
    Q(
        "and with members?",
        _share(lambda df: float(_flag(df, "Lotion Sold")[_flag(df, "Member")].mean())),
        ("Lotion Sold", "Member"),
    ),
    Q(
        "which skin type comes in the most",
        either(
            _top_named(lambda df: _top(_text(df, "Skin Type").value_counts())),
            _top_named(lambda df: _top(df.groupby(_text(df, "Skin Type"))["Customer ID"].nunique())),
        ),
        ("Skin Type", "Customer ID"),
    ),
]


# --- 4. Batting cage lane rentals ----------------------------------------------------------------------------------

_BC_TEAMS = [
    "Riverside Rattlers 12U", "Lakeview Lightning 14U", "North Shore Storm", "Eastside Eagles 10U",
    "Valley Vipers Softball", "Hometown Heat 16U", "Central HS Varsity", "Bulldogs Travel 13U",
]  # fmt: skip


def _cage_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33704)
    days = pd.date_range("2024-04-01", "2024-09-30")
    busy = np.array([{4: 1.0, 5: 1.4, 6: 1.6, 7: 1.5, 8: 1.2, 9: 0.8}[m] for m in days.month])
    busy = busy * np.where(days.dayofweek >= 5, 2.0, 1.0)
    rows: list[dict[str, Any]] = []
    for _ in range(2600):
        day = days[int(rng.choice(len(days), p=busy / busy.sum()))]
        lane = int(rng.integers(1, 9))
        softball = lane in (7, 8) or (lane == 6 and rng.random() < 0.3)
        speed = int(_one(rng, [35, 40, 45, 50, 55]) if softball else _one(rng, [45, 50, 55, 60, 65, 70, 75, 80]))
        team = rng.random() < 0.22
        tokens = int(_one(rng, [4, 6, 8, 10], [1, 2, 3, 2]) if team else _one(rng, [1, 2, 3, 4, 5], [3, 4, 3, 2, 1]))
        hour = int(rng.integers(10, 21))
        half = int(rng.integers(0, 2)) * 30
        start = pd.Timestamp(2024, 1, 1, hour, half)
        end = start + pd.Timedelta(minutes=30)
        rows.append(
            {
                "Date": f"{day:%Y-%m-%d}",
                "Time Slot": f"{start:%-I:%M %p} - {end:%-I:%M %p}",
                "Lane": lane,
                "Speed (mph)": speed,
                "Ball Type": "Softball" if softball else "Baseball",
                "Tokens": tokens,
                "Minutes": tokens * 5,
                "Price": f"${tokens * 2:.2f}",
                "Customer Type": "Team" if team else "Walk-in",
                "Team Name": str(_one(rng, _BC_TEAMS, [3, 2, 2, 3, 1, 2, 1, 2])) if team else "",
                "Machine Jammed": "Y" if rng.random() < (0.09 if lane == 6 else 0.025) else "N",
            }
        )
    return _sorted_by(pd.DataFrame(rows), "Date", "%Y-%m-%d")


def _bc_team_spend(df: pd.DataFrame) -> pd.Series:
    team = _text(df, "Team Name")
    return _num(df, "Price")[team != ""].groupby(team[team != ""]).sum()


_BC_QS = [
    Q(
        "how many softball rentals were there",
        _count(lambda df: int((_text(df, "Ball Type") == "Softball").sum())),
        ("Ball Type",),
    ),
    Q(
        "average pitch speed for baseball vs softball",
        _about(lambda df: _num(df, "Speed (mph)").groupby(_text(df, "Ball Type")).mean().to_numpy()),
        ("Ball Type", "Speed (mph)"),
    ),
    Q(
        "which lane jams the most",
        either(
            _numbered("lane", lambda df: int(_flag(df, "Machine Jammed").groupby(_num(df, "Lane")).sum().idxmax())),
            _numbered("lane", lambda df: int(_flag(df, "Machine Jammed").groupby(_num(df, "Lane")).mean().idxmax())),
        ),
        ("Lane", "Machine Jammed"),
    ),
    Q(
        "how much money came from teams",
        _amount(lambda df: float(_num(df, "Price")[_text(df, "Customer Type") == "Team"].sum())),
        ("Customer Type", "Price"),
    ),
    Q(
        "which team spent the most",
        _top_named(lambda df: _top(_bc_team_spend(df))),
        ("Team Name", "Price"),
    ),
    Q(
        "how many hours of cage time did we sell in july",
        either(
            _about(lambda df: float(_num(df, "Minutes")[_date(df, "Date", "%Y-%m-%d").dt.month == 7].sum() / 60)),
            _count(lambda df: int(_num(df, "Minutes")[_date(df, "Date", "%Y-%m-%d").dt.month == 7].sum())),
        ),
        ("Date", "Minutes", "Tokens"),
    ),
]


# --- 5. Bike repair shop service tickets ---------------------------------------------------------------------------

_BK_SERVICES = {
    # service: (weight, parts range, labor, days in shop)
    "Tune-Up": (5, (0, 25), 85.0, 3),
    "Flat Repair": (6, (8, 15), 15.0, 1),
    "Brakes": (3, (20, 60), 40.0, 2),
    "Overhaul": (1.5, (60, 220), 225.0, 7),
}
_BK_MECHANICS = ["Dave", "Marisol", "Quinn", "Tomas"]


def _bike_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33705)
    days = pd.date_range("2024-01-02", "2024-12-20")
    season = np.array([{4: 1.6, 5: 2.0, 6: 1.9, 7: 1.7, 8: 1.5, 9: 1.2, 10: 0.9}.get(m, 0.5) for m in days.month])
    rows: list[dict[str, Any]] = []
    for _ in range(1500):
        day_in = days[int(rng.choice(len(days), p=season / season.sum()))]
        bike = str(_one(rng, ["Road", "Mountain", "Hybrid", "E-Bike"], [3, 3, 4, 2]))
        service = str(_one(rng, list(_BK_SERVICES), [v[0] for v in _BK_SERVICES.values()]))
        _, (lo, hi), labor, stay = _BK_SERVICES[service]
        parts = float(rng.uniform(lo, hi)) * (1.6 if bike == "E-Bike" else 1.0)
        labor = labor * (1.3 if bike == "E-Bike" else 1.0)
        waiting = rng.random() < (0.25 if service in ("Brakes", "Overhaul") else 0.06)
        days_out = int(max(0, rng.poisson(stay) + (int(rng.integers(4, 15)) if waiting else 0)))
        day_out = day_in + pd.Timedelta(days=days_out)
        still_in = day_out > pd.Timestamp("2024-12-20") or rng.random() < 0.015
        rows.append(
            {
                "Ticket #": "",
                "Date In": f"{day_in.month}/{day_in.day}/{day_in.year}",
                "Date Out": "" if still_in else f"{day_out.month}/{day_out.day}/{day_out.year}",
                "Bike Type": bike,
                "Service": service,
                "Parts $": round(parts, 2),
                "Labor $": round(labor, 2),
                "Total": round(round(parts, 2) + round(labor, 2), 2),
                "Mechanic": str(_one(rng, _BK_MECHANICS, [4, 3, 3, 2])),
                "Waiting on Parts": "Y" if waiting else "N",
            }
        )
    frame = _sorted_by(pd.DataFrame(rows), "Date In", "%m/%d/%Y")
    frame["Ticket #"] = [f"WO-{10001 + i}" for i in range(len(frame))]
    return frame


def _bk_days(df: pd.DataFrame) -> pd.Series:
    return (_date(df, "Date Out", "%m/%d/%Y") - _date(df, "Date In", "%m/%d/%Y")).dt.days


def _bk_mean_total(df: pd.DataFrame) -> list[float]:
    by = _num(df, "Total").groupby(_text(df, "Bike Type")).mean()
    return [float(by["E-Bike"]), float(by["Road"])]


def _bk_month(df: pd.DataFrame) -> pd.Timestamp:
    month = _date(df, "Date In", "%m/%d/%Y").dt.to_period("M")
    return month.value_counts().sort_index().idxmax().to_timestamp()


_BK_QS = [
    Q(
        "how many bikes are still in the shop",
        _count(lambda df: int(_text(df, "Date Out").eq("").sum())),
        ("Date Out", "Ticket #"),
    ),
    Q(
        "how many days does an overhaul take on average",
        _typical(lambda df: _bk_days(df)[_text(df, "Service") == "Overhaul"].dropna()),
        ("Service", "Date In", "Date Out"),
    ),
    Q(
        "which mechanic brought in the most labor",
        _top_named(lambda df: _top(_num(df, "Labor $").groupby(_text(df, "Mechanic")).sum())),
        ("Mechanic", "Labor $"),
    ),
    Q(
        "average ticket for e-bikes compared to road bikes",
        _about(_bk_mean_total),
        ("Bike Type", "Total"),
    ),
    Q(
        "what fraction of tickets got held up waiting on parts",
        _share(lambda df: float(_flag(df, "Waiting on Parts").mean())),
        ("Waiting on Parts",),
    ),
    Q(
        "busiest month for drop offs?",
        _month_year(_bk_month),
        ("Date In", "Ticket #"),
    ),
]


# --- 6. Boat storage yard winter contracts -------------------------------------------------------------------------

_BS_RATES = {"Indoor": 62.0, "Outdoor": 34.0, "Shrinkwrap": 45.0}
_BS_BOATS = [
    "Reel Deal", "Sea Biscuit", "Knot Working", "Mary Ellen", "Osprey", "Blue Moon", "Second Wind", "Happy Hour",
    "Lady Luck", "Windward", "Salty Dog", "Miss Molly", "Kingfisher", "Breakaway", "Odyssey", "Daydream",
]  # fmt: skip


def _storage_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33706)
    boats = []
    for i in range(380):
        base = _BS_BOATS[i % len(_BS_BOATS)]
        name = base if i < len(_BS_BOATS) else f"{base} {i // len(_BS_BOATS) + 1}"
        length = int(np.clip(round(rng.lognormal(np.log(25), 0.25)), 16, 48))
        kind = str(_one(rng, list(_BS_RATES), [1 + length / 20, 3, 3]))
        owner = f"{_one(rng, _LAST)}, {_one(rng, _FIRST)}"
        boats.append((name, owner, length, kind, float(rng.uniform(0.6, 0.95))))
    rows: list[dict[str, Any]] = []
    for start in (2021, 2022, 2023):
        bump = 1.0 + 0.05 * (start - 2021)
        for name, owner, length, kind, loyalty in boats:
            if rng.random() > loyalty:
                continue
            haul = pd.Timestamp(start, 9, 25) + pd.Timedelta(days=int(rng.integers(0, 50)))
            launch = pd.Timestamp(start + 1, 4, 10) + pd.Timedelta(days=int(rng.integers(0, 60)))
            rate = round(_BS_RATES[kind] * bump, 2)
            still = start == 2023 and rng.random() < 0.12
            rows.append(
                {
                    "Season": f"{start}-{(start + 1) % 100:02d}",
                    "Boat Name": name,
                    "Owner": owner,
                    "Length (ft)": length,
                    "Storage Type": kind,
                    "Haul Out": f"{haul:%m/%d/%Y}",
                    "Launch": "" if still else f"{launch:%m/%d/%Y}",
                    "Rate/Ft": f"${rate:.2f}",
                    "Total": f"${length * rate:,.2f}",
                    "Winterize": "Y" if rng.random() < (0.85 if kind != "Indoor" else 0.6) else "N",
                    "Paid": "N" if rng.random() < (0.15 if start == 2023 else 0.03) else "Y",
                }
            )
    return pd.DataFrame(rows)


_BS_QS = [
    Q(
        "how many boats did we store in the 2023-24 season",
        _count(lambda df: int((_text(df, "Season") == "2023-24").sum())),
        ("Season", "Boat Name"),
    ),
    Q(
        "average length of the boats we keep indoors",
        _typical(lambda df: _num(df, "Length (ft)")[_text(df, "Storage Type") == "Indoor"]),
        ("Storage Type", "Length (ft)"),
    ),
    Q(
        "how much money is still owed to us",
        _amount(lambda df: float(_num(df, "Total")[~_flag(df, "Paid")].sum())),
        ("Paid", "Total"),
    ),
    Q(
        "which type of storage makes the most money",
        _top_named(lambda df: _top(_num(df, "Total").groupby(_text(df, "Storage Type")).sum())),
        ("Storage Type", "Total"),
    ),
    Q(
        "what share of boats get winterized",
        _share(lambda df: float(_flag(df, "Winterize").mean())),
        ("Winterize",),
    ),
    Q(
        "is boat length correlated with what they pay",
        _corr(lambda df: _num(df, "Length (ft)"), lambda df: _num(df, "Total")),
        ("Length (ft)", "Total"),
    ),
]


# --- 7. County probate court estate filings ------------------------------------------------------------------------

_PR_COUNTIES = {"FRANKLIN": (5, 1.0), "DELAWARE": (2, 1.8), "LICKING": (2, 0.9), "FAIRFIELD": (1.5, 1.1)}
_PR_COUNTIES |= {"MADISON": (0.8, 0.8), "PICKAWAY": (0.8, 0.85)}


def _probate_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33707)
    days = pd.date_range("2019-01-01", "2024-12-31")
    rows: list[dict[str, Any]] = []
    for _ in range(1700):
        filed = days[int(rng.integers(len(days)))]
        county = str(_one(rng, list(_PR_COUNTIES), [v[0] for v in _PR_COUNTIES.values()]))
        age = int(np.clip(round(rng.normal(78, 11)), 19, 104))
        will = rng.random() < (0.35 + 0.004 * (age - 50))
        value = float(rng.lognormal(np.log(180000), 0.9)) * _PR_COUNTIES[county][1] * (1.3 if will else 1.0)
        executor = str(_one(rng, ["Spouse", "Child", "Attorney", "Other"], [3, 5, 1, 1] if will else [2, 4, 2, 2]))
        attorney = executor == "Attorney" or rng.random() < (0.7 if value > 250000 else 0.45)
        closed = filed + pd.Timedelta(days=int(rng.gamma(3, 80 if will else 130)))
        open_case = closed > pd.Timestamp("2024-12-31")
        rows.append(
            {
                "Case Number": "",
                "Filed Date": f"{filed:%Y-%m-%d}",
                "Decedent Age": "" if rng.random() < 0.05 else age,
                "Will": "Y" if will else "N",
                "Estate Value": "UNKNOWN" if rng.random() < 0.04 else f"${round(value, -2):,.0f}",
                "Executor Type": executor,
                "Closed Date": "" if open_case else f"{closed:%Y-%m-%d}",
                "Attorney": "Y" if attorney else "N",
                "County": county,
            }
        )
    frame = _sorted_by(pd.DataFrame(rows), "Filed Date", "%Y-%m-%d")
    year = frame["Filed Date"].str[:4]
    frame["Case Number"] = [f"{y}-PR-{n:05d}" for y, n in zip(year, frame.groupby(year).cumcount() + 1, strict=True)]
    return frame


def _pr_days(df: pd.DataFrame) -> pd.Series:
    return (_date(df, "Closed Date", "%Y-%m-%d") - _date(df, "Filed Date", "%Y-%m-%d")).dt.days


def _pr_close(how: str) -> Callable[[pd.DataFrame], list[float]]:
    def value(df: pd.DataFrame) -> list[float]:
        by = _pr_days(df).groupby(_flag(df, "Will"))
        agg = by.mean() if how == "mean" else by.median()
        return [float(agg[True]), float(agg[False])]

    return value


_PR_QS = [
    Q(
        "how many estates were filed in each county",
        _count(lambda df: _text(df, "County").value_counts().to_numpy()),
        ("County", "Case Number"),
    ),
    Q(
        "whats a typical estate worth",
        _typical(lambda df: _num(df, "Estate Value")),
        ("Estate Value",),
    ),
    Q(
        "what share of people left a will",
        _share(lambda df: float(_flag(df, "Will").mean())),
        ("Will",),
    ),
    Q(
        "do cases with a will close faster",
        either(_about(_pr_close("mean")), _about(_pr_close("median"))),
        ("Will", "Filed Date", "Closed Date"),
    ),
    Q(
        "which county has the biggest estates on average",
        _top_named(lambda df: _top(_num(df, "Estate Value").groupby(_text(df, "County")).mean())),
        ("County", "Estate Value"),
    ),
    Q(
        "how many cases don't have the age filled in",
        _count(lambda df: int(_num(df, "Decedent Age").isna().sum())),
        ("Decedent Age",),
    ),
]


HELDOUT337 = [
    Dataset("hotel_minibar_consumption_log", _minibar_frame, _MB_QS),
    Dataset("eyelash_studio_appointments", _lash_frame, _LS_QS),
    Dataset("tanning_salon_sessions", _tanning_frame, _TN_QS),
    Dataset("batting_cage_lane_rentals", _cage_frame, _BC_QS),
    Dataset("bike_shop_service_tickets", _bike_frame, _BK_QS),
    Dataset("boat_storage_winter_contracts", _storage_frame, _BS_QS),
    Dataset("probate_court_estate_filings", _probate_frame, _PR_QS),
]
