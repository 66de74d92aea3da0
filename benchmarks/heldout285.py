"""HELDOUT285: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a home aquarium keeper's water
test log (2023 and 2024, roughly weekly per tank) with "Date" as "3/5/2024", "Tank" (Living Room 55, Betta 5,
Shrimp 10, Reef 40), "Gallons", "pH", "Ammonia (ppm)", "Nitrite (ppm)", "Nitrate (ppm)" (kit readings such as 0.25,
blank when a test was skipped), "Temp (F)", "Water Change %" (0 when none) and "Fish Deaths" that week; a coworking
space's desk booking export (2024) with Member, Company (blank for freelancers), Plan (Hot Desk, Dedicated Desk,
Private Office), "Booking Date" as "2024-02-14", "Start Time" / "End Time" as "09:00" / "13:30", Resource ("Desk 12",
"Meeting Room A", "Phone Booth 2"), "Credits Used" (0 on cancelled bookings), Guests and Cancelled as Yes/No; a car
wash's point-of-sale export (one row per wash, January to June 2024) with Timestamp as "2024-05-03 14:22:10", Site
(Main St, Route 9, Airport Rd), Package (Basic, Deluxe, Ultimate), Member as Y/N, upper-case Plate (repeat cars),
Price as "$12.00" ("$0.00" for members' included washes), "Add-Ons" separated by ";" (blank when none) and Payment
(Card, Cash, Membership, App); a small landlord's rent roll (one row per unit per month, 2023 and 2024) with
Property as a street address, Unit, Tenant, Month as "2024-01", "Rent Due" / "Amount Paid" / "Late Fee" as
"$1,250.00", "Date Paid" as "01/03/2024" (blank when unpaid), "Days Late" (blank when unpaid) and Status (Paid,
Partial, Unpaid); a mobile game's in-app purchase log from the developer console (2024) with purchase_time as
"2024-04-12T18:22:05Z", player_id as "p_8f3a2c" (repeat buyers), two-letter country, sku ("gems_500",
"skin_dragon", "season_pass_s3"), item_type (currency, skin, pass), price_usd, refunded as TRUE/FALSE and platform
(iOS, Android); a recreational runner's road race history (2012 to 2024) with Race, Date as "4/14/2019", City,
Distance (5K, 10K, Half, Marathon), Km (5, 10, 21.1, 42.2), "Finish Time" as "0:24:31", "Pace (/km)" as "4:54",
"Overall Place", "AG Place" (blank on a few) and "Field Size"; and a state lottery's scratch-off sales by game and
week (public data, fiscal year July 2023 to June 2024) with "Week Ending" as "06/29/2024", "Game #", upper-case
"Game Name", "Ticket Price" as "$5", "Tickets Sold", "Sales" and "Prizes Paid" as "$1,234,500" and
"Top Prizes Remaining" (games launch and close during the year). All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _named_any, _num, _text, _top, _typical, _weekday
from .heldout278 import _hours
from .offline_eval import Check, Dataset, Q, either, labels_in
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

# --- shared helpers ------------------------------------------------------------------------------------------------


def _money(x: float) -> str:
    return f"${x:,.2f}"


def _clock(value: Callable[[pd.DataFrame], float]) -> Check:
    """A time of so many seconds written as "21:40", "0:21:40" or "21 min 40 s" (to the second)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = round(float(value(df)))
        for m in re.finditer(r"(?<![\d:])(?:(\d{1,2}):)?(\d{1,2}):(\d{2})(?![\d:])", answer):
            secs = int(m.group(1) or 0) * 3600 + int(m.group(2)) * 60 + int(m.group(3))
            if abs(secs - want) <= 1:
                return None
        for m in re.finditer(
            r"(\d+)\s*(?:m|min|mins|minutes?)\.?,?\s*(?:and\s+)?(\d+)\s*(?:s|sec|secs|seconds?)\b", answer
        ):
            if abs(int(m.group(1)) * 60 + int(m.group(2)) - want) <= 1:
                return None
        return f"missing time {want // 60}:{want % 60:02d}"

    return check


# --- 1. Aquarium water test log ------------------------------------------------------------------------------------

# tank: gallons, pH centre, ammonia risk, nitrate build-up per week, temp F, fish stocked
_AQ_TANKS = {
    "Living Room 55": (55, 7.4, 0.10, 4.0, 77, 1.0),
    "Betta 5": (5, 7.0, 0.25, 6.0, 80, 0.15),
    "Shrimp 10": (10, 7.2, 0.12, 3.0, 74, 0.3),
    "Reef 40": (40, 8.2, 0.08, 2.0, 78, 0.6),
}
_AQ_KIT = [0.0, 0.25, 0.5, 1.0, 2.0]


def _aquarium_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28501)
    rows: list[dict[str, Any]] = []
    for tank, (gal, ph, amm, build, temp, fish) in _AQ_TANKS.items():
        day = pd.Timestamp("2023-01-02") + pd.Timedelta(days=int(rng.integers(0, 4)))
        nitrate = 10.0
        while day < pd.Timestamp("2024-12-31"):
            change = int(_one(rng, [0, 10, 20, 25, 30, 50], [4, 2, 3, 3, 2, 1]))
            nitrate = max(0.0, nitrate + build * float(rng.uniform(0.5, 1.8)) - nitrate * change / 100)
            a_level = float(_one(rng, _AQ_KIT, [1 - amm, amm * 0.6, amm * 0.25, amm * 0.1, amm * 0.05]))
            n_level = float(_one(rng, _AQ_KIT, [1 - amm, amm * 0.6, amm * 0.25, amm * 0.1, amm * 0.05]))
            no3 = min(160.0, nitrate)
            no3_read = float(min([0, 5, 10, 20, 40, 80, 160], key=lambda k: abs(k - no3)))
            stress = a_level + n_level + no3_read / 80
            deaths = int(rng.poisson(fish * (0.15 + 0.9 * stress)))
            rows.append(
                {
                    "Date": f"{day.month}/{day.day}/{day.year}",
                    "Tank": tank,
                    "Gallons": gal,
                    "pH": round(ph + float(rng.normal(0, 0.15)), 1),
                    "Ammonia (ppm)": a_level if rng.random() > 0.05 else "",
                    "Nitrite (ppm)": n_level if rng.random() > 0.07 else "",
                    "Nitrate (ppm)": no3_read if rng.random() > 0.08 else "",
                    "Temp (F)": round(temp + float(rng.normal(0, 1.2)), 1),
                    "Water Change %": change,
                    "Fish Deaths": deaths,
                }
            )
            day += pd.Timedelta(days=int(_one(rng, [6, 7, 7, 7, 8, 10, 14])))
    df = pd.DataFrame(rows)
    order = pd.to_datetime(df["Date"], format="%m/%d/%Y").argsort(kind="stable")
    return df.iloc[order].reset_index(drop=True)


def _aq_tank(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Tank")


def _aq_deaths_by_tank(df: pd.DataFrame) -> str:
    return _top(_num(df, "Fish Deaths").groupby(_aq_tank(df)).sum())


_AQ_QS = [
    Q(
        "how many times did i test the betta tank",
        _count(lambda df: int((_aq_tank(df) == "Betta 5").sum())),
        ("Tank", "Date"),
    ),
    Q(
        "average ph in each tank",
        _about(lambda df: _num(df, "pH").groupby(_aq_tank(df)).mean().to_numpy()),
        ("pH", "Tank"),
    ),
    Q(
        "how many tests showed ammonia above 0.25",
        _count(lambda df: int((_num(df, "Ammonia (ppm)") > 0.25).sum())),
        ("Ammonia (ppm)",),
    ),
    Q("how many fish have died in total", _count(lambda df: int(_num(df, "Fish Deaths").sum())), ("Fish Deaths",)),
    Q(
        "which tank lost the most",
        _lead(_named(_aq_deaths_by_tank)),
        ("Fish Deaths", "Tank"),
    ),
    Q(
        "is nitrate related to fish dying",
        _corr(lambda df: _num(df, "Nitrate (ppm)"), lambda df: _num(df, "Fish Deaths")),
        ("Nitrate (ppm)", "Fish Deaths"),
    ),
]


# --- 2. Coworking desk bookings ------------------------------------------------------------------------------------

_CW_COMPANIES = ["Brightline Labs", "Kestrel Design", "Northwind Legal", "Pixel & Pine", "Orbit Analytics", ""]
_CW_PLANS = {"Hot Desk": 5, "Dedicated Desk": 3, "Private Office": 2}
_CW_FIRST = ["Ana", "Ben", "Chloe", "Dev", "Elif", "Femi", "Gus", "Hana", "Ivan", "Jade", "Kai", "Lena", "Marco"]
_CW_LAST = ["Ortiz", "Nguyen", "Park", "Shah", "Kowalski", "Adeyemi", "Rossi", "Berg", "Tanaka", "Moreau"]


def _coworking_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28502)
    members = []
    for i in range(60):
        name = f"{_CW_FIRST[i % len(_CW_FIRST)]} {_CW_LAST[(i * 7) % len(_CW_LAST)]}"
        company = str(_one(rng, _CW_COMPANIES, [4, 3, 2, 2, 1, 3]))
        plan = str(_one(rng, list(_CW_PLANS), list(_CW_PLANS.values())))
        members.append((name, company, plan, float(rng.uniform(0.3, 2.0))))
    weights = np.array([m[3] for m in members])
    rows: list[dict[str, Any]] = []
    month_weight = [6, 7, 9, 9, 8, 6, 4, 5, 9, 10, 9, 5]
    for _ in range(2200):
        name, company, plan, _w = members[int(rng.choice(len(members), p=weights / weights.sum()))]
        month = int(_one(rng, list(range(1, 13)), month_weight))
        day = pd.Timestamp(2024, month, 1) + pd.Timedelta(days=int(rng.integers(0, 28)))
        if plan == "Private Office" or rng.random() < 0.3:
            resource = str(_one(rng, ["Meeting Room A", "Meeting Room B", "Phone Booth 1", "Phone Booth 2"]))
            length = int(_one(rng, [1, 2, 2, 3, 4])) * 30
        else:
            resource = f"Desk {int(rng.integers(1, 41))}"
            length = int(_one(rng, [4, 6, 8, 10, 16])) * 30
        start = int(_one(rng, list(range(16, 34))))
        start_min = start * 30
        end_min = min(start_min + length, 21 * 60)
        cancelled = rng.random() < 0.11
        credits = 0 if cancelled else int(np.ceil((end_min - start_min) / 60)) * (2 if "Room" in resource else 1)
        rows.append(
            {
                "Member": name,
                "Company": company,
                "Plan": plan,
                "Booking Date": day.strftime("%Y-%m-%d"),
                "Start Time": f"{start_min // 60:02d}:{start_min % 60:02d}",
                "End Time": f"{end_min // 60:02d}:{end_min % 60:02d}",
                "Resource": resource,
                "Credits Used": credits,
                "Guests": int(rng.poisson(1.5)) if "Room" in resource else 0,
                "Cancelled": "Yes" if cancelled else "No",
            }
        )
    df = pd.DataFrame(rows)
    return df.sort_values(["Booking Date", "Start Time"], kind="stable").reset_index(drop=True)


def _cw_cancelled(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Cancelled") == "Yes"


def _cw_hours(df: pd.DataFrame) -> pd.Series:
    start = pd.to_datetime(_text(df, "Start Time"), format="%H:%M")
    end = pd.to_datetime(_text(df, "End Time"), format="%H:%M")
    return (end - start).dt.total_seconds() / 3600


def _cw_month(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Booking Date"), format="%Y-%m-%d").dt.to_period("M")


def _cw_busiest(keep_cancelled: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(df: pd.DataFrame) -> pd.Timestamp:
        m = _cw_month(df) if keep_cancelled else _cw_month(df)[~_cw_cancelled(df)]
        return m.value_counts().sort_index(kind="stable").idxmax().to_timestamp()

    return value


def _cw_top_company(keep_cancelled: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        c = _text(df, "Company")
        c = c if keep_cancelled else c[~_cw_cancelled(df)]
        return _top(c[c != ""].value_counts())

    return value


def _cw_march_guests(keep_cancelled: bool) -> Callable[[pd.DataFrame], int]:
    def value(df: pd.DataFrame) -> int:
        mask = _cw_month(df) == pd.Period("2024-03", "M")
        if not keep_cancelled:
            mask &= ~_cw_cancelled(df)
        return int(_num(df, "Guests")[mask].sum())

    return value


_CW_QS = [
    Q("how many bookings got cancelled", _count(lambda df: int(_cw_cancelled(df).sum())), ("Cancelled",)),
    Q(
        "which company books the most",
        either(_lead(_named(_cw_top_company(True))), _lead(_named(_cw_top_company(False)))),
        ("Company", "Cancelled"),
    ),
    Q(
        "how long is a booking on average",
        either(
            _hours(lambda df: float(_cw_hours(df).mean())),
            _hours(lambda df: float(_cw_hours(df)[~_cw_cancelled(df)].mean())),
        ),
        ("Start Time", "End Time", "Cancelled"),
    ),
    Q(
        "total credits used by hot desk members",
        _count(lambda df: int(_num(df, "Credits Used")[_text(df, "Plan") == "Hot Desk"].sum())),
        ("Credits Used", "Plan"),
    ),
    Q(
        "busiest month?",
        either(_lead(_month_year(_cw_busiest(True))), _lead(_month_year(_cw_busiest(False)))),
        ("Booking Date", "Cancelled"),
    ),
    Q(
        "how many guests came in during march",
        either(_count(_cw_march_guests(True)), _count(_cw_march_guests(False))),
        ("Guests", "Booking Date", "Cancelled"),
    ),
]


# --- 3. Car wash point-of-sale export ------------------------------------------------------------------------------

_WC_PRICES = {"Basic": 10.0, "Deluxe": 16.0, "Ultimate": 22.0}
_WC_ADDONS = {"Tire Shine": 3.0, "Rain-X": 4.0, "Underbody": 5.0, "Air Freshener": 2.0}
_WC_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def _carwash_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28503)
    plates = []
    for _ in range(900):
        letters = "".join(_WC_LETTERS[int(rng.integers(0, len(_WC_LETTERS)))] for _ in range(3))
        plates.append((f"{letters}{int(rng.integers(1000, 10000))}", rng.random() < 0.3, float(rng.pareto(1.5) + 0.2)))
    pw = np.array([p[2] for p in plates])
    rows: list[dict[str, Any]] = []
    day_weight = [0.8, 0.7, 0.8, 0.9, 1.2, 1.9, 1.5]
    start = pd.Timestamp("2024-01-01")
    days = [start + pd.Timedelta(days=i) for i in range(182)]
    dw = np.array([day_weight[d.day_of_week] for d in days])
    for _ in range(3400):
        plate, member, _w = plates[int(rng.choice(len(plates), p=pw / pw.sum()))]
        day = days[int(rng.choice(len(days), p=dw / dw.sum()))]
        stamp = day + pd.Timedelta(seconds=int(rng.uniform(7.5, 19.5) * 3600))
        package = str(_one(rng, list(_WC_PRICES), [2, 2, 1.4] if member else [5, 3, 1.5]))
        addons = [a for a in _WC_ADDONS if rng.random() < 0.12]
        if member:
            price = sum(_WC_ADDONS[a] for a in addons)
            payment = "Membership" if not addons else str(_one(rng, ["Card", "App"]))
        else:
            price = _WC_PRICES[package] + sum(_WC_ADDONS[a] for a in addons)
            if rng.random() < 0.05:
                price -= 5.0
            payment = str(_one(rng, ["Card", "Cash", "App"], [6, 2, 2]))
        rows.append(
            {
                "Timestamp": stamp.strftime("%Y-%m-%d %H:%M:%S"),
                "Site": str(_one(rng, ["Main St", "Route 9", "Airport Rd"], [4, 3, 2])),
                "Package": package,
                "Member": "Y" if member else "N",
                "Plate": plate,
                "Price": _money(price),
                "Add-Ons": ";".join(addons),
                "Payment": payment,
            }
        )
    df = pd.DataFrame(rows)
    return df.sort_values("Timestamp", kind="stable").reset_index(drop=True)


def _wc_day(df: pd.DataFrame) -> str:
    when = pd.to_datetime(_text(df, "Timestamp"), format="%Y-%m-%d %H:%M:%S")
    names = when.dt.day_name()
    return _top(names.value_counts())


_WC_QS = [
    Q(
        "how many washes at each location",
        _count(lambda df: _text(df, "Site").value_counts().sort_index().to_numpy()),
        ("Site",),
    ),
    Q("total revenue?", _amount(lambda df: float(_num(df, "Price").sum())), ("Price",)),
    Q("what share of washes were members", _share(lambda df: float((_text(df, "Member") == "Y").mean())), ("Member",)),
    Q(
        "avg price non-members paid for the ultimate",
        _about(
            lambda df: float(
                _num(df, "Price")[(_text(df, "Member") == "N") & (_text(df, "Package") == "Ultimate")].mean()
            )
        ),
        ("Price", "Member", "Package"),
    ),
    Q("busiest day of the week", _lead(_weekday(_wc_day)), ("Timestamp",)),
    Q(
        "how many cars came in more than 10 times",
        _count(lambda df: int((_text(df, "Plate").value_counts() > 10).sum())),
        ("Plate",),
    ),
]


# --- 4. Rent roll --------------------------------------------------------------------------------------------------

_RR_UNITS = {
    "412 Maple Ave": ["1", "2", "3", "4"],
    "88 Harbor St": ["A", "B", "C", "D", "E"],
    "1530 W Elm Rd": ["101", "102", "201", "202", "301"],
}
_RR_NAMES = [
    "J. Alvarez",
    "M. Chen",
    "T. Brooks",
    "S. Patel",
    "R. Okafor",
    "L. Novak",
    "D. Kim",
    "K. Murphy",
    "A. Haddad",
    "P. Silva",
    "E. Johansson",
    "C. Dubois",
    "B. Walker",
    "N. Gupta",
    "F. Reyes",
    "G. Larsen",
    "H. Mensah",
    "I. Costa",
    "J. Byrne",
    "O. Lindqvist",
    "Q. Sato",
    "U. Hassan",
    "V. Romero",
    "W. Fischer",
    "Y. Ito",
]


def _rentroll_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28504)
    rows: list[dict[str, Any]] = []
    name_i = 0
    months = pd.period_range("2023-01", "2024-12", freq="M")
    for prop, units in _RR_UNITS.items():
        for unit in units:
            rent = float(_one(rng, [950, 1100, 1250, 1400, 1650]))
            tenant = _RR_NAMES[name_i]
            name_i += 1
            lateness = 0.55 if tenant == "R. Okafor" else float(rng.uniform(0.03, 0.25))
            moved = int(rng.integers(6, 30)) if rng.random() < 0.2 else 99
            for i, m in enumerate(months):
                if i == moved:
                    tenant = _RR_NAMES[name_i]
                    name_i += 1
                    rent += 50
                    lateness = float(rng.uniform(0.03, 0.2))
                if m == pd.Period("2024-01", "M"):
                    rent += 25
                r = rng.random()
                if r < 0.03:
                    status, paid, days = "Unpaid", 0.0, None
                elif r < 0.03 + lateness:
                    days = int(rng.integers(2, 20))
                    part = rng.random() < 0.25
                    status = "Partial" if part else "Paid"
                    paid = round(rent * float(rng.uniform(0.4, 0.9)), -1) if part else rent
                else:
                    status, paid, days = "Paid", rent, int(_one(rng, [0, 0, 0, 1]))
                fee = 50.0 if days is not None and days > 5 else 0.0
                due = m.to_timestamp()
                rows.append(
                    {
                        "Property": prop,
                        "Unit": unit,
                        "Tenant": tenant,
                        "Month": str(m),
                        "Rent Due": _money(rent),
                        "Amount Paid": _money(paid),
                        "Date Paid": "" if days is None else (due + pd.Timedelta(days=days)).strftime("%m/%d/%Y"),
                        "Late Fee": _money(fee),
                        "Days Late": "" if days is None else days,
                        "Status": status,
                    }
                )
    return pd.DataFrame(rows)


def _rr_late(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Days Late") > 0


def _rr_late_tenant(df: pd.DataFrame) -> str:
    return _top(_rr_late(df).groupby(_text(df, "Tenant")).sum())


_RR_QS = [
    Q(
        "how much rent did i collect in 2024",
        _amount(lambda df: float(_num(df, "Amount Paid")[_text(df, "Month").str.startswith("2024")].sum())),
        ("Amount Paid", "Month"),
    ),
    Q(
        "how many times did someone not pay at all",
        _count(lambda df: int((_text(df, "Status") == "Unpaid").sum())),
        ("Status",),
    ),
    Q("total late fees charged", _amount(lambda df: float(_num(df, "Late Fee").sum())), ("Late Fee",)),
    Q("who's late the most", _lead(_named(_rr_late_tenant)), ("Tenant", "Days Late")),
    Q(
        "when people are late, how many days late on average",
        _typical(lambda df: _num(df, "Days Late")[_rr_late(df)]),
        ("Days Late",),
    ),
    Q(
        "how much is still owed overall",
        _amount(lambda df: float((_num(df, "Rent Due") - _num(df, "Amount Paid")).sum())),
        ("Rent Due", "Amount Paid"),
    ),
]


# --- 5. Mobile game in-app purchases -------------------------------------------------------------------------------

_GP_SKUS = {
    "gems_100": ("currency", 0.99, 30),
    "gems_500": ("currency", 4.99, 22),
    "gems_1200": ("currency", 9.99, 12),
    "gems_6500": ("currency", 49.99, 2),
    "skin_dragon": ("skin", 7.99, 8),
    "skin_neon_ninja": ("skin", 4.99, 10),
    "skin_gold_knight": ("skin", 14.99, 4),
    "season_pass_s3": ("pass", 9.99, 7),
    "season_pass_s4": ("pass", 9.99, 5),
}
_GP_COUNTRIES = {"US": (30, 1.3), "GB": (8, 1.1), "DE": (9, 1.0), "BR": (14, 0.5), "JP": (7, 2.2), "IN": (12, 0.35)}
_GP_COUNTRIES |= {"FR": (6, 0.9), "CA": (6, 1.1), "MX": (8, 0.5)}


def _gamepay_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28505)
    players = []
    for _ in range(1300):
        country = str(_one(rng, list(_GP_COUNTRIES), [v[0] for v in _GP_COUNTRIES.values()]))
        pid = f"p_{int(rng.integers(0, 16**6)):06x}"
        players.append(
            (pid, country, "iOS" if rng.random() < (0.6 if country in ("US", "JP", "GB") else 0.3) else "Android")
        )
    pw = np.array([rng.pareto(1.2) + 0.1 for _ in players])
    skus = list(_GP_SKUS)
    rows: list[dict[str, Any]] = []
    start = pd.Timestamp("2024-01-01")
    for _ in range(4200):
        pid, country, platform = players[int(rng.choice(len(players), p=pw / pw.sum()))]
        spend = _GP_COUNTRIES[country][1]
        w = [v[2] * v[1] ** (0.4 * np.log(spend)) for v in _GP_SKUS.values()]
        sku = str(_one(rng, skus, w))
        kind, price, _x = _GP_SKUS[sku]
        stamp = start + pd.Timedelta(seconds=int(rng.integers(0, 366 * 86400)))
        rows.append(
            {
                "purchase_time": stamp.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "player_id": pid,
                "country": country,
                "sku": sku,
                "item_type": kind,
                "price_usd": price,
                "refunded": "TRUE" if rng.random() < 0.035 else "FALSE",
                "platform": platform,
            }
        )
    df = pd.DataFrame(rows)
    return df.sort_values("purchase_time", kind="stable").reset_index(drop=True)


def _gp_refunded(df: pd.DataFrame) -> pd.Series:
    return _text(df, "refunded").str.upper() == "TRUE"


def _gp_revenue(keep_refunds: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def value(df: pd.DataFrame) -> pd.Series:
        price = _num(df, "price_usd")
        return price if keep_refunds else price.where(~_gp_refunded(df), 0.0)

    return value


def _gp_platform(keep_refunds: bool) -> Callable[[pd.DataFrame], Any]:
    return lambda df: _gp_revenue(keep_refunds)(df).groupby(_text(df, "platform")).sum().to_numpy()


def _gp_per_player(keep_refunds: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        rev = _gp_revenue(keep_refunds)(df).groupby(_text(df, "country")).sum()
        players = _text(df, "player_id").groupby(_text(df, "country")).nunique()
        return _top(rev / players)

    return value


def _gp_top3(df: pd.DataFrame) -> list[str]:
    counts = _text(df, "sku").value_counts().sort_index(kind="stable")
    return list(counts.sort_values(ascending=False, kind="stable").index[:3])


_GP_QS = [
    Q(
        "how much money did we make",
        either(
            _amount(lambda df: float(_gp_revenue(True)(df).sum())),
            _amount(lambda df: float(_gp_revenue(False)(df).sum())),
        ),
        ("price_usd", "refunded"),
    ),
    Q(
        "how many different players bought something",
        _count(lambda df: int(_text(df, "player_id").nunique())),
        ("player_id",),
    ),
    Q(
        "ios vs android revenue",
        either(_amount(_gp_platform(True)), _amount(_gp_platform(False))),
        ("platform", "price_usd", "refunded"),
    ),
    Q("refund rate?", _share(lambda df: float(_gp_refunded(df).mean())), ("refunded",)),
    Q(
        "which country spends the most per player",
        either(_lead(_named(_gp_per_player(True))), _lead(_named(_gp_per_player(False)))),
        ("country", "player_id", "price_usd", "refunded"),
    ),
    Q("top 3 items by number of purchases", labels_in(_gp_top3), ("sku",)),
]


# --- 6. Road race history ------------------------------------------------------------------------------------------

_RC_DIST = {"5K": (5.0, 3, 1500), "10K": (10.0, 2, 1800), "Half": (21.1, 1.4, 5000), "Marathon": (42.2, 0.5, 12000)}
_RC_CITIES = ["Portland", "Salem", "Eugene", "Bend", "Seattle", "Vancouver", "Corvallis", "Hood River", "Boise"]
_RC_NAMES = ["Turkey Trot", "Shamrock Run", "Harvest Dash", "River Run", "Firecracker", "Hot Chocolate", "Bridge Run"]


def _races_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28506)
    rows: list[dict[str, Any]] = []
    per_year = {y: int(rng.integers(18, 32)) for y in range(2012, 2025)}
    for year, n in per_year.items():
        fitness = 1.0 - 0.012 * (year - 2012) + (0.03 if year >= 2020 else 0.0)
        for _ in range(n):
            label = str(_one(rng, list(_RC_DIST), [v[1] for v in _RC_DIST.values()]))
            km, _w, field = _RC_DIST[label]
            day = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
            pace = (5.0 + 0.18 * np.log(km / 5) * 2.2) * 60 * fitness * float(rng.normal(1, 0.035))
            secs = round(pace * km)
            size = int(field * float(rng.uniform(0.2, 1.2)))
            overall = max(1, int(size * np.clip(rng.normal(0.22, 0.08), 0.005, 0.9)))
            ag = max(1, int(overall * float(rng.uniform(0.04, 0.12))))
            city = str(_one(rng, _RC_CITIES, [5, 2, 2, 1, 2, 1, 1, 1, 1]))
            rows.append(
                {
                    "Race": f"{city} {_one(rng, _RC_NAMES)!s} {label}",
                    "Date": f"{day.month}/{day.day}/{day.year}",
                    "City": city,
                    "Distance": label,
                    "Km": km,
                    "Finish Time": f"{secs // 3600}:{secs % 3600 // 60:02d}:{secs % 60:02d}",
                    "Pace (/km)": f"{int(secs / km) // 60}:{int(secs / km) % 60:02d}",
                    "Overall Place": overall,
                    "AG Place": ag if rng.random() > 0.04 else "",
                    "Field Size": size,
                }
            )
    df = pd.DataFrame(rows)
    order = pd.to_datetime(df["Date"], format="%m/%d/%Y").argsort(kind="stable")
    return df.iloc[order].reset_index(drop=True)


def _rc_seconds(df: pd.DataFrame) -> pd.Series:
    return pd.to_timedelta(_text(df, "Finish Time")).dt.total_seconds()


def _rc_year(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Date"), format="%m/%d/%Y").dt.year


def _rc_busiest_years(df: pd.DataFrame) -> list[str]:
    """Every year tied for the most races."""
    counts = _rc_year(df).value_counts()
    return [str(y) for y in sorted(counts[counts == counts.max()].index)]


_RC_QS = [
    Q(
        "how many marathons have i done",
        _count(lambda df: int((_text(df, "Distance") == "Marathon").sum())),
        ("Distance",),
    ),
    Q(
        "what's my fastest 5k",
        _clock(lambda df: float(_rc_seconds(df)[_text(df, "Distance") == "5K"].min())),
        ("Finish Time", "Distance"),
    ),
    Q(
        "which year did i race the most",
        _lead(_named_any(_rc_busiest_years)),
        ("Date",),
    ),
    Q(
        "how often did i finish in the top 10% of the field",
        either(
            _share(lambda df: float((_num(df, "Overall Place") / _num(df, "Field Size") <= 0.10).mean())),
            _count(lambda df: int((_num(df, "Overall Place") / _num(df, "Field Size") <= 0.10).sum())),
        ),
        ("Overall Place", "Field Size"),
    ),
    Q(
        "how many age group podiums (top 3)",
        _count(lambda df: int((_num(df, "AG Place") <= 3).sum())),
        ("AG Place",),
    ),
    Q(
        "total km raced in 2023",
        _about(lambda df: float(_num(df, "Km")[_rc_year(df) == 2023].sum())),
        ("Km", "Date"),
    ),
]


# --- 7. Scratch-off ticket sales by game and week ------------------------------------------------------------------

# name: price, weekly tickets at launch, prize payout share, top prizes at launch
_LT_GAMES = {
    "LUCKY 7S": (1, 90000, 0.58),
    "BINGO BONANZA": (2, 52000, 0.62),
    "CASH BLAST": (5, 48000, 0.66),
    "WILD CHERRY": (1, 70000, 0.57),
    "MONEY MULTIPLIER": (10, 22000, 0.70),
    "FROSTY FORTUNE": (5, 30000, 0.65),
    "200X THE MONEY": (20, 9000, 0.74),
    "MILLIONAIRE CLUB": (30, 5000, 0.75),
    "GOLD RUSH": (10, 18000, 0.71),
    "HOLIDAY CASH": (2, 40000, 0.61),
    "DIAMOND DELUXE": (20, 7000, 0.73),
    "CROSSWORD": (3, 35000, 0.63),
}


def _lottery_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28507)
    weeks = pd.date_range("2023-07-01", "2024-06-29", freq="W-SAT")
    rows: list[dict[str, Any]] = []
    for g, (name, (price, base, payout)) in enumerate(_LT_GAMES.items()):
        number = 1480 + g * 7
        first = int(rng.integers(0, 20)) if g % 3 else 0
        last = len(weeks) - (int(rng.integers(0, 15)) if g % 4 == 1 else 0)
        if name == "HOLIDAY CASH":
            first, last = 17, 30
        tops = int(_one(rng, [4, 6, 8, 10]))
        for i in range(first, last):
            age = i - first
            season = 1.25 if weeks[i].month in (11, 12) else 1.0
            sold = int(base * np.exp(-0.015 * age) * season * float(rng.normal(1, 0.08)))
            sales = sold * price
            prizes = int(round(sales * payout * float(rng.normal(1, 0.1)), -1))
            if tops > 0 and rng.random() < 0.06:
                tops -= 1
            rows.append(
                {
                    "Week Ending": weeks[i].strftime("%m/%d/%Y"),
                    "Game #": number,
                    "Game Name": name,
                    "Ticket Price": f"${price}",
                    "Tickets Sold": sold,
                    "Sales": f"${sales:,}",
                    "Prizes Paid": f"${prizes:,}",
                    "Top Prizes Remaining": tops,
                }
            )
    df = pd.DataFrame(rows)
    order = pd.to_datetime(df["Week Ending"], format="%m/%d/%Y").argsort(kind="stable")
    return df.iloc[order].reset_index(drop=True)


def _lt_week(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Week Ending"), format="%m/%d/%Y")


def _lt_price(df: pd.DataFrame, price: int) -> pd.Series:
    return _num(df, "Ticket Price") == price


def _lt_top_month(df: pd.DataFrame) -> pd.Timestamp:
    sales = _num(df, "Sales").groupby(_lt_week(df).dt.to_period("M")).sum()
    return sales.sort_index(kind="stable").idxmax().to_timestamp()


def _lt_last_week_left(df: pd.DataFrame) -> int:
    week = _lt_week(df)
    return int((_num(df, "Top Prizes Remaining")[week == week.max()] > 0).sum())


_LT_QS = [
    Q("total scratcher sales for the year", _amount(lambda df: float(_num(df, "Sales").sum())), ("Sales",)),
    Q(
        "which game sold the most tickets",
        _lead(_named(lambda df: _top(_num(df, "Tickets Sold").groupby(_text(df, "Game Name")).sum()))),
        ("Game Name", "Tickets Sold"),
    ),
    Q(
        "what % of sales got paid back out in prizes",
        either(
            _share(lambda df: float(_num(df, "Prizes Paid").sum() / _num(df, "Sales").sum())),
            _share(lambda df: float((_num(df, "Prizes Paid") / _num(df, "Sales")).mean())),
        ),
        ("Prizes Paid", "Sales"),
    ),
    Q(
        "average weekly sales for the $20 games",
        either(
            _amount(lambda df: float(_num(df, "Sales")[_lt_price(df, 20)].mean())),
            _amount(lambda df: float(_num(df, "Sales")[_lt_price(df, 20)].groupby(_lt_week(df)).sum().mean())),
        ),
        ("Sales", "Ticket Price", "Week Ending"),
    ),
    Q("which month had the biggest sales", _lead(_month_year(_lt_top_month)), ("Week Ending", "Sales")),
    Q(
        "in the latest week, how many games still had a top prize left",
        _count(_lt_last_week_left),
        ("Top Prizes Remaining", "Week Ending", "Game Name"),
    ),
]


HELDOUT285: list[Dataset] = [
    Dataset("aquarium_water_test_log", _aquarium_frame, _AQ_QS),
    Dataset("coworking_desk_bookings", _coworking_frame, _CW_QS),
    Dataset("car_wash_pos_export", _carwash_frame, _WC_QS),
    Dataset("landlord_rent_roll", _rentroll_frame, _RR_QS),
    Dataset("mobile_game_iap_log", _gamepay_frame, _GP_QS),
    Dataset("road_race_history", _races_frame, _RC_QS),
    Dataset("scratch_off_weekly_sales", _lottery_frame, _LT_QS),
]
