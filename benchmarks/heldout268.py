"""HELDOUT268: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a Wag! walk history export
for one pet owner (one row per booking, January 2022 to June 2024) with Date as "03/14/2023", "Start Time" as
"7:45 AM", Service ("Walk 20 min", "Walk 30 min", "Walk 60 min", "Drop-In Visit", "Overnight"), Walker ("Maria G."),
Dog (Biscuit, Luna, or "Biscuit, Luna" for a shared walk), Price, Tip and Total as "$25.00" (Tip blank when none
was given), Rating (1 to 5, blank when not rated), Pee and Poo ("Yes"/"No", blank on overnights) and "Distance (mi)"
(two decimals, blank for drop-ins and overnights); a goPuff order history export (one row per order, 2023 to mid
2024) with "Order Date" as "2023-04-12 23:41:05", "Order Number" as "GP-10384721", Items, Subtotal, "Delivery Fee",
"Service Fee", Tip, "Promo Discount" (negative, 0.00 when none), Total, "Delivery Time (min)" (blank on cancelled
orders) and Status (Delivered, Cancelled); a FlixBus booking history (one row per booking, 2022 to 2024) with
"Booking Number" (ten digits), "Booking Date" as "2023-03-02", "Departure" as "15.03.2023 08:30", From and To
(city names such as "Berlin", "Praha"), Operator (FlixBus, FlixTrain, BlaBlaCar Bus), Seats, Price (two decimals),
Currency (EUR mostly, CZK and PLN on trips starting in Praha or Warszawa), Status (Completed, Cancelled, Refunded)
and "Travel Time (min)"; an Uptime Robot event log export (one row per event, 2024) with "Monitor Name", "Monitor
Type" (HTTP(s), Ping, Keyword, Port), Event (Down, Up), "Date-Time" as "2024-01-15 03:22:11", Duration as
"h:mm:ss" (how long the monitor stayed down, or up, from that event; hours may pass 24) and Reason ("Connection
Timeout", "500 Internal Server Error", "Connection Refused", "502 Bad Gateway", "Keyword Not Found" on downs, "200 OK"
or "Ping OK" on ups); a county crosswalk inventory in upper-case open-data style (one row per crosswalk) with
CROSSWALK_ID as "XW-00123", INTERSECTION as "MAIN ST & 3RD AVE", DISTRICT (1 to 5), MARKING_TYPE (CONTINENTAL,
STANDARD, LADDER, ZEBRA, DECORATIVE), CONDITION_RATING (1 worst to 5 best, blank when not rated), LAST_REPAINTED (a
year, blank when unknown), PED_SIGNAL (Y/N), COUNTDOWN_TIMER (Y/N, "N/A" where there is no signal) and ADA_RAMPS
(0 to 4); a city street resurfacing project list (one row per street segment) with PROJECT_ID as "RS-2021-0142",
STREET, FROM_STREET and TO_STREET (upper case), COUNCIL_DISTRICT (1 to 9), LENGTH_FT, LANE_MILES (two decimals),
PCI_BEFORE (0 to 100, blank on some), TREATMENT (Mill and Overlay, Slurry Seal, Reconstruction, Cape Seal,
Microsurfacing), STATUS (Completed, In Progress, Planned, Deferred), COMPLETION_DATE as "08/15/2022" (blank unless
completed) and COST as "$1,234,567" (the estimate for unfinished work); and a city animal licensing summary (one row
per zip code per month per species, January 2021 to June 2024) with ZIP_CODE (five digits as text, "00000" for
licenses with no usable address), MONTH as "2023-01", SPECIES (DOG, CAT), NEW_LICENSES, RENEWALS, TOTAL_ACTIVE and
LATE_FEES_COLLECTED as "$150.00". All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _named_any, _num, _text, _top, _typical
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _both(*checks: Check) -> Check:
    """Every one of the checks passes."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        for c in checks:
            why = c(answer, df)
            if why:
                return why
        return None

    return check


def _top_month(dates: pd.Series, values: pd.Series | None = None, how: str = "sum") -> pd.Timestamp:
    month = dates.dt.to_period("M")
    s = month.value_counts() if values is None else values.groupby(month).agg(how)
    return s.sort_index().idxmax().to_timestamp()


def _hour(value: Callable[[pd.DataFrame], int]) -> Check:
    """An hour of the day: "23:00", "11 PM", "11pm", "11 p.m.", or "23h"/"hour 23"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        h = int(value(df))
        h12 = h % 12 or 12
        half = "a" if h < 12 else "p"
        patterns = [
            rf"(?<![\d.:]){h}:00",
            rf"(?<![\d.:])0{h}:00" if h < 10 else r"(?!x)x",
            rf"(?<![\d.:]){h12}(?::00)?\s*{half}\.?m\b",
            rf"\bhour\s+{h}\b",
            rf"(?<![\d.:]){h}\s*h\b",
        ]
        if any(re.search(p, answer, re.IGNORECASE) for p in patterns):
            return None
        return f"missing hour {h}"

    return check


# --- 1. Wag! walk history ------------------------------------------------------------------------------------------

_WG_WALKERS = {"Maria G.": 30, "Devon T.": 22, "Priya S.": 14, "Jake W.": 9, "Alicia M.": 6, "Sam K.": 4}
# service: price, weight, minutes of walking (0: no walk)
_WG_SERVICES: dict[str, tuple[float, float, int]] = {
    "Walk 20 min": (17.0, 18, 20),
    "Walk 30 min": (22.0, 40, 30),
    "Walk 60 min": (34.0, 22, 60),
    "Drop-In Visit": (20.0, 14, 0),
    "Overnight": (65.0, 6, 0),
}


def _wag_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26801)
    rows: list[dict[str, Any]] = []
    services = list(_WG_SERVICES)
    s_weights = [_WG_SERVICES[s][1] for s in services]
    walkers = list(_WG_WALKERS)
    w_weights = list(_WG_WALKERS.values())
    for day in pd.date_range("2022-01-01", "2024-06-30", freq="D"):
        busy = 1.4 if day.month in (6, 7, 12) else 0.9
        if day.day_of_week >= 5:
            busy *= 0.4
        for _ in range(int(rng.poisson(busy))):
            service = _one(rng, services, s_weights)
            price, _, minutes = _WG_SERVICES[service]
            if day >= pd.Timestamp("2023-07-01"):
                price += 2.0
            hour = 20 if service == "Overnight" else int(_one(rng, [7, 8, 11, 12, 13, 17, 18]))
            minute = int(_one(rng, [0, 15, 30, 45]))
            tip = float(_one(rng, [0, 2, 3, 4, 5, 10], [25, 15, 25, 15, 15, 5]))
            walk = minutes > 0
            dist = rng.normal(minutes / 60 * 2.1, 0.25 + minutes / 200) if walk else None
            rated = rng.random() < 0.7
            rating = int(_one(rng, [5, 4, 3, 2, 1], [70, 18, 7, 3, 2])) if rated else None
            overnight = service == "Overnight"
            rows.append(
                {
                    "Date": f"{day:%m/%d/%Y}",
                    "Start Time": f"{hour % 12 or 12}:{minute:02d} {'AM' if hour < 12 else 'PM'}",
                    "Service": service,
                    "Walker": _one(rng, walkers, w_weights),
                    "Dog": _one(rng, ["Biscuit", "Luna", "Biscuit, Luna"], [45, 25, 30]),
                    "Price": f"${price:.2f}",
                    "Tip": "" if tip == 0 else f"${tip:.2f}",
                    "Total": f"${price + tip:.2f}",
                    "Rating": rating,
                    "Pee": "" if overnight else ("Yes" if rng.random() < 0.93 else "No"),
                    "Poo": "" if overnight else ("Yes" if rng.random() < (0.35 + minutes / 120) else "No"),
                    "Distance (mi)": None if dist is None else round(max(0.2, float(dist)), 2),
                }
            )
    return pd.DataFrame(rows)


def _wg_date(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Date"), format="%m/%d/%Y")


def _wg_walks(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Service").str.startswith("Walk")]


def _wg_poo(walks_only: bool) -> Callable[[pd.DataFrame], float]:
    def rate(df: pd.DataFrame) -> float:
        d = _wg_walks(df) if walks_only else df[_text(df, "Poo") != ""]
        return float((_text(d, "Poo") == "Yes").mean())

    return rate


def _wg_busiest(walks_only: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    return lambda df: _top_month(_wg_date(_wg_walks(df) if walks_only else df))


_WG_QS = [
    Q("how much have i spent on wag altogether", _amount(lambda df: float(_num(df, "Total").sum())), ("Total",)),
    Q(
        "who's walked my dogs the most",
        _lead(_named(lambda df: _top(_text(df, "Walker").value_counts()))),
        ("Walker",),
    ),
    Q(
        "whats my average tip",
        either(
            _about(lambda df: float(_num(df, "Tip").mean())),
            _about(lambda df: float(_num(df, "Tip").fillna(0).mean())),
            _about(lambda df: float(_num(df, "Tip").median())),
        ),
        ("Tip",),
    ),
    Q(
        "how often do they poop on walks",
        either(_share(_wg_poo(True)), _share(_wg_poo(False))),
        ("Poo", "Service"),
    ),
    Q(
        "how far does an hour long walk usually go",
        _typical(lambda df: _num(df[_text(df, "Service") == "Walk 60 min"], "Distance (mi)")),
        ("Distance (mi)", "Service"),
    ),
    Q(
        "which month did i book the most walks",
        _lead(either(_month_year(_wg_busiest(True)), _month_year(_wg_busiest(False)))),
        ("Date", "Service"),
    ),
]


# --- 2. goPuff orders ----------------------------------------------------------------------------------------------


def _gopuff_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26802)
    rows: list[dict[str, Any]] = []
    start = pd.Timestamp("2023-01-01")
    hours = list(range(24))
    h_weights = [6, 4, 2, 1, 0.5, 0.3, 0.3, 0.5, 1, 1, 1.5, 2, 3, 2.5, 2, 2, 2.5, 3, 4, 5, 6, 7, 9, 10]
    number = 10_384_000
    for _ in range(640):
        day = start + pd.Timedelta(days=int(rng.integers(0, 547)))
        t = day + pd.Timedelta(hours=int(_one(rng, hours, h_weights)), seconds=int(rng.integers(0, 3600)))
        items = int(1 + rng.poisson(3.2))
        subtotal = round(float(sum(rng.uniform(1.5, 9.5) for _ in range(items))), 2)
        delivery = 0.0 if subtotal >= 30 and rng.random() < 0.6 else float(_one(rng, [1.95, 2.95, 3.95]))
        service = round(max(1.0, 0.05 * subtotal), 2)
        tip = float(_one(rng, [0, 2, 3, 4, 5], [20, 30, 25, 15, 10]))
        promo = -float(_one(rng, [0, 0, 0, 3, 5, 10])) if rng.random() < 0.5 else 0.0
        promo = max(promo, -subtotal) + 0.0
        cancelled = rng.random() < 0.06
        late_night = t.hour >= 22 or t.hour < 3
        minutes = rng.normal(22 + 1.3 * items + (6 if late_night else 0), 6)
        number += int(rng.integers(200, 4000))
        rows.append(
            {
                "Order Date": t,
                "Order Number": f"GP-{number}",
                "Items": items,
                "Subtotal": subtotal,
                "Delivery Fee": delivery,
                "Service Fee": service,
                "Tip": tip,
                "Promo Discount": promo,
                "Total": round(subtotal + delivery + service + tip + promo, 2),
                "Delivery Time (min)": None if cancelled else int(max(8, round(float(minutes)))),
                "Status": "Cancelled" if cancelled else "Delivered",
            }
        )
    df = pd.DataFrame(rows).sort_values("Order Date", ascending=False, kind="stable")
    df["Order Date"] = df["Order Date"].dt.strftime("%Y-%m-%d %H:%M:%S")
    for col in ("Subtotal", "Delivery Fee", "Service Fee", "Tip", "Promo Discount", "Total"):
        df[col] = df[col].map(lambda v: f"{v:.2f}")
    return df.reset_index(drop=True)


def _gp_time(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Order Date"), format="%Y-%m-%d %H:%M:%S")


def _gp_delivered(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Status") == "Delivered"]


def _gp_promo(delivered_only: bool) -> Callable[[pd.DataFrame], float]:
    return lambda df: abs(float(_num(_gp_delivered(df) if delivered_only else df, "Promo Discount").sum()))


_GP_QS = [
    Q(
        "how many of my orders got cancelled",
        _count(lambda df: int((_text(df, "Status") == "Cancelled").sum())),
        ("Status",),
    ),
    Q(
        "how much did i spend on the ones that actually came",
        _amount(lambda df: float(_num(_gp_delivered(df), "Total").sum())),
        ("Total", "Status"),
    ),
    Q(
        "how long does delivery usually take",
        _typical(lambda df: _num(df, "Delivery Time (min)")),
        ("Delivery Time (min)",),
    ),
    Q(
        "what time of day do i order the most",
        _lead(_hour(lambda df: int(_gp_time(df).dt.hour.value_counts().sort_index().idxmax()))),
        ("Order Date",),
    ),
    Q(
        "how much have promo codes saved me",
        either(_amount(_gp_promo(False)), _amount(_gp_promo(True))),
        ("Promo Discount", "Status"),
    ),
    Q(
        "do bigger orders take longer to arrive",
        _corr(lambda df: _num(df, "Items"), lambda df: _num(df, "Delivery Time (min)")),
        ("Items", "Delivery Time (min)"),
    ),
]


# --- 3. FlixBus bookings -------------------------------------------------------------------------------------------

# (from, to): minutes, EUR price, weight
_FX_ROUTES: dict[tuple[str, str], tuple[int, float, float]] = {
    ("Berlin", "Hamburg"): (200, 14.99, 20),
    ("Hamburg", "Berlin"): (195, 14.99, 18),
    ("Berlin", "Praha"): (275, 19.99, 9),
    ("Praha", "Berlin"): (280, 499.0, 8),
    ("Berlin", "Dresden"): (130, 9.99, 8),
    ("Dresden", "Berlin"): (130, 9.99, 7),
    ("Berlin", "Warszawa"): (500, 24.99, 5),
    ("Warszawa", "Berlin"): (505, 99.0, 4),
    ("Berlin", "München"): (480, 29.99, 6),
    ("München", "Berlin"): (480, 29.99, 5),
    ("Hamburg", "Kopenhagen"): (330, 27.99, 3),
    ("Berlin", "Leipzig"): (110, 8.99, 6),
}
_FX_CURRENCY = {"Praha": "CZK", "Warszawa": "PLN"}


def _flixbus_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26803)
    routes = list(_FX_ROUTES)
    r_weights = [_FX_ROUTES[r][2] for r in routes]
    rows: list[dict[str, Any]] = []
    start = pd.Timestamp("2022-01-01")
    for _ in range(420):
        src, dst = _one(rng, routes, r_weights)
        minutes, base, _ = _FX_ROUTES[(src, dst)]
        travel = start + pd.Timedelta(days=int(rng.integers(0, 1090)))
        travel += pd.Timedelta(
            hours=int(_one(rng, [6, 8, 10, 12, 14, 16, 18, 22])), minutes=int(_one(rng, [0, 15, 30]))
        )
        ahead = int(min(120, rng.exponential(14)))
        seats = int(_one(rng, [1, 2, 3], [75, 20, 5]))
        price = base * seats * float(rng.uniform(0.8, 1.6)) * (1 + 0.6 * (ahead < 3))
        train = (src, dst) in {("Berlin", "Hamburg"), ("Hamburg", "Berlin"), ("Berlin", "Leipzig")}
        operator = _one(rng, ["FlixBus", "FlixTrain"], [60, 40]) if train else "FlixBus"
        if operator == "FlixBus" and rng.random() < 0.12:
            operator = "BlaBlaCar Bus"
        status = _one(rng, ["Completed", "Cancelled", "Refunded"], [84, 7, 9])
        rows.append(
            {
                "Booking Number": str(int(rng.integers(3_000_000_000, 3_400_000_000))),
                "Booking Date": f"{(travel.normalize() - pd.Timedelta(days=ahead)):%Y-%m-%d}",
                "Departure": travel,
                "From": src,
                "To": dst,
                "Operator": operator,
                "Seats": seats,
                "Price": round(price, 0 if _FX_CURRENCY.get(src) == "CZK" else 2),
                "Currency": _FX_CURRENCY.get(src, "EUR"),
                "Status": status,
                "Travel Time (min)": int(minutes + max(-15, rng.normal(10, 18))),
            }
        )
    df = pd.DataFrame(rows).sort_values("Departure", ascending=False, kind="stable")
    df["Departure"] = df["Departure"].dt.strftime("%d.%m.%Y %H:%M")
    return df.reset_index(drop=True)


def _fx_route(df: pd.DataFrame) -> tuple[str, str]:
    pair = _text(df, "From") + " -> " + _text(df, "To")
    return tuple(_top(pair.value_counts()).split(" -> "))  # type: ignore[return-value]


def _fx_eur(statuses: tuple[str, ...]) -> Callable[[pd.DataFrame], float]:
    def total(df: pd.DataFrame) -> float:
        d = df[(_text(df, "Currency") == "EUR") & _text(df, "Status").isin(statuses)]
        return float(_num(d, "Price").sum())

    return total


def _fx_ahead(df: pd.DataFrame) -> pd.Series:
    booked = pd.to_datetime(_text(df, "Booking Date"), format="%Y-%m-%d")
    leaves = pd.to_datetime(_text(df, "Departure"), format="%d.%m.%Y %H:%M").dt.normalize()
    return (leaves - booked).dt.days


def _fx_bh_time(both_ways: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def times(df: pd.DataFrame) -> pd.Series:
        f, t = _text(df, "From"), _text(df, "To")
        keep = (f == "Berlin") & (t == "Hamburg")
        if both_ways:
            keep |= (f == "Hamburg") & (t == "Berlin")
        return _num(df[keep], "Travel Time (min)")

    return times


_ALL = ("Completed", "Cancelled", "Refunded")
_FX_QS = [
    Q(
        "how many trips did i actually take",
        _count(lambda df: int((_text(df, "Status") == "Completed").sum())),
        ("Status",),
    ),
    Q(
        "what's my most common route",
        _lead(_both(_named(lambda df: _fx_route(df)[0]), _named(lambda df: _fx_route(df)[1]))),
        ("From", "To"),
    ),
    Q(
        "how much have i spent in euros",
        either(
            _amount(_fx_eur(_ALL)),
            _amount(_fx_eur(("Completed",))),
            _amount(_fx_eur(("Completed", "Cancelled"))),
        ),
        ("Price", "Currency", "Status"),
    ),
    Q(
        "how long does berlin to hamburg usually take",
        either(_typical(_fx_bh_time(False)), _typical(_fx_bh_time(True))),
        ("Travel Time (min)", "From", "To"),
    ),
    Q(
        "how many days ahead do i normally book",
        _typical(_fx_ahead),
        ("Booking Date", "Departure"),
    ),
    Q(
        "what fraction of bookings ended up refunded",
        _share(lambda df: float((_text(df, "Status") == "Refunded").mean())),
        ("Status",),
    ),
]


# --- 4. Uptime Robot event log -------------------------------------------------------------------------------------

# monitor: type, outages per month, up reason
_UR_MONITORS: dict[str, tuple[str, float]] = {
    "Main Website": ("HTTP(s)", 2.0),
    "API - api.acme.io": ("HTTP(s)", 3.5),
    "Checkout Page": ("Keyword", 1.5),
    "DB Server": ("Ping", 0.8),
    "Mail Server SMTP": ("Port", 1.2),
    "Staging": ("HTTP(s)", 4.5),
    "Status Page": ("HTTP(s)", 0.5),
}
_UR_REASONS = {
    "HTTP(s)": (
        ["Connection Timeout", "500 Internal Server Error", "502 Bad Gateway", "Connection Refused"],
        [35, 25, 25, 15],
    ),
    "Keyword": (["Keyword Not Found", "Connection Timeout", "500 Internal Server Error"], [50, 30, 20]),
    "Ping": (["Connection Timeout"], [1]),
    "Port": (["Connection Refused", "Connection Timeout"], [60, 40]),
}


def _hms(seconds: int) -> str:
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def _uptime_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26804)
    rows: list[dict[str, Any]] = []
    start = pd.Timestamp("2024-01-01")
    end = pd.Timestamp("2025-01-01")
    for name, (kind, per_month) in _UR_MONITORS.items():
        t = start + pd.Timedelta(hours=float(rng.uniform(0, 200)))
        while t < end:
            rate = per_month * (2.5 if t.month in (3, 4) and name != "Status Page" else 1.0)
            up_for = int(rng.exponential(30 * 86400 / rate))
            down_for = int(max(60, rng.lognormal(np.log(420), 1.1)))
            if kind == "Ping":
                down_for = int(down_for * 1.8)
            reasons, weights = _UR_REASONS[kind]
            ok = "Ping OK" if kind == "Ping" else ("Port OK" if kind == "Port" else "200 OK")
            rows.append(
                {
                    "Monitor Name": name,
                    "Monitor Type": kind,
                    "Event": "Up",
                    "Date-Time": t,
                    "Duration": _hms(up_for),
                    "Reason": ok,
                }
            )
            t = t + pd.Timedelta(seconds=up_for)
            if t >= end:
                break
            rows.append(
                {
                    "Monitor Name": name,
                    "Monitor Type": kind,
                    "Event": "Down",
                    "Date-Time": t,
                    "Duration": _hms(down_for),
                    "Reason": _one(rng, reasons, weights),
                }
            )
            t = t + pd.Timedelta(seconds=down_for)
    df = pd.DataFrame(rows).sort_values("Date-Time", ascending=False, kind="stable")
    df["Date-Time"] = df["Date-Time"].dt.strftime("%Y-%m-%d %H:%M:%S")
    return df.reset_index(drop=True)


def _ur_seconds(df: pd.DataFrame) -> pd.Series:
    parts = _text(df, "Duration").str.split(":", expand=True).astype(int)
    return parts[0] * 3600 + parts[1] * 60 + parts[2]


def _ur_downs(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Event") == "Down"]


def _ur_worst(df: pd.DataFrame) -> str:
    return _top(_text(_ur_downs(df), "Monitor Name").value_counts())


def _ur_worst_hours(df: pd.DataFrame) -> float:
    d = _ur_downs(df)
    return float(_ur_seconds(d)[_text(d, "Monitor Name") == _ur_worst(df)].sum()) / 3600


def _ur_month(by_time: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def month(df: pd.DataFrame) -> pd.Timestamp:
        d = _ur_downs(df)
        when = pd.to_datetime(_text(d, "Date-Time"), format="%Y-%m-%d %H:%M:%S")
        return _top_month(when, _ur_seconds(d).astype(float) if by_time else None)

    return month


_UR_QS = [
    Q("how many outages were there", _count(lambda df: len(_ur_downs(df))), ("Event",)),
    Q(
        "which site goes down the most",
        _lead(_named(_ur_worst)),
        ("Monitor Name", "Event"),
    ),
    Q(
        "how many hours was it down in total",
        either(
            _about(_ur_worst_hours, rel=0.01),
            _about(lambda df: _ur_worst_hours(df) * 60, rel=0.01),
        ),
        ("Monitor Name", "Event", "Duration"),
    ),
    Q(
        "whats the most common reason things go down",
        _lead(_named(lambda df: _top(_text(_ur_downs(df), "Reason").value_counts()))),
        ("Reason", "Event"),
    ),
    Q(
        "how long does a typical outage last",
        either(
            _typical(lambda df: _ur_seconds(_ur_downs(df)) / 60),
            _typical(lambda df: _ur_seconds(_ur_downs(df)).astype(float)),
        ),
        ("Duration", "Event"),
    ),
    Q(
        "which month was the worst for downtime",
        _lead(either(_month_year(_ur_month(True)), _month_year(_ur_month(False)))),
        ("Date-Time", "Duration", "Event"),
    ),
]


# --- 5. County crosswalk inventory ---------------------------------------------------------------------------------

_CW_STREETS = ["MAIN ST", "OAK AVE", "ELM ST", "BROADWAY", "PARK BLVD", "LINCOLN AVE", "WASHINGTON ST", "MILL RD"]
_CW_CROSS = ["1ST AVE", "2ND AVE", "3RD AVE", "4TH ST", "5TH ST", "CEDAR LN", "PINE ST", "HIGH ST", "CHURCH ST"]
# marking: weight, condition shift
_CW_MARKINGS = {"CONTINENTAL": (40, 0.4), "STANDARD": (32, -0.3), "LADDER": (15, 0.1), "ZEBRA": (8, 0.0)}
_CW_MARKINGS |= {"DECORATIVE": (5, -0.6)}


def _crosswalk_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26805)
    rows: list[dict[str, Any]] = []
    markings = list(_CW_MARKINGS)
    m_weights = [_CW_MARKINGS[m][0] for m in markings]
    for i in range(1, 1351):
        district = int(_one(rng, [1, 2, 3, 4, 5], [30, 24, 20, 16, 10]))
        marking = _one(rng, markings, m_weights)
        painted = int(_one(rng, list(range(2008, 2025)), [1 + k * 0.4 for k in range(17)]))
        known = rng.random() > 0.08
        age = 2024 - painted
        score = 4.6 - 0.22 * age + _CW_MARKINGS[marking][1] + rng.normal(0, 0.6)
        rated = rng.random() > 0.05
        signal = rng.random() < (0.55 if district <= 2 else 0.3)
        countdown = ("Y" if rng.random() < 0.7 else "N") if signal else "N/A"
        rows.append(
            {
                "CROSSWALK_ID": f"XW-{i:05d}",
                "INTERSECTION": f"{_one(rng, _CW_STREETS)} & {_one(rng, _CW_CROSS)}",
                "DISTRICT": district,
                "MARKING_TYPE": marking,
                "CONDITION_RATING": int(np.clip(round(score), 1, 5)) if rated else None,
                "LAST_REPAINTED": painted if known else None,
                "PED_SIGNAL": "Y" if signal else "N",
                "COUNTDOWN_TIMER": countdown,
                "ADA_RAMPS": int(_one(rng, [0, 1, 2, 3, 4], [8, 6, 40, 6, 40])),
            }
        )
    return pd.DataFrame(rows)


def _cw_signal(df: pd.DataFrame) -> pd.Series:
    return _text(df, "PED_SIGNAL") == "Y"


def _cw_old(with_unknown: bool) -> Callable[[pd.DataFrame], int]:
    def count(df: pd.DataFrame) -> int:
        year = _num(df, "LAST_REPAINTED")
        return int(((year < 2015) | (year.isna() & with_unknown)).sum())

    return count


_CW_QS = [
    Q(
        "how many crosswalks in each district",
        _count(lambda df: _num(df, "DISTRICT").value_counts().sort_index().to_numpy()),
        ("DISTRICT",),
    ),
    Q(
        "what percent have a walk signal",
        _share(lambda df: float(_cw_signal(df).mean())),
        ("PED_SIGNAL",),
    ),
    Q(
        "and of those how many have the countdown timers",
        either(
            _count(lambda df: int((_text(df, "COUNTDOWN_TIMER") == "Y").sum())),
            _share(lambda df: float((_text(df[_cw_signal(df)], "COUNTDOWN_TIMER") == "Y").mean())),
        ),
        ("PED_SIGNAL", "COUNTDOWN_TIMER"),
    ),
    Q(
        "which kind of marking is in the worst condition on average",
        _lead(_named(lambda df: _top(_num(df, "CONDITION_RATING").groupby(_text(df, "MARKING_TYPE")).mean(), True))),
        ("MARKING_TYPE", "CONDITION_RATING"),
    ),
    Q(
        "how many haven't been repainted since before 2015",
        either(_count(_cw_old(False)), _count(_cw_old(True))),
        ("LAST_REPAINTED",),
    ),
    Q(
        "how many have no curb ramps at all",
        _count(lambda df: int((_num(df, "ADA_RAMPS") == 0).sum())),
        ("ADA_RAMPS",),
    ),
]


# --- 6. Street resurfacing projects --------------------------------------------------------------------------------

_RS_STREETS = [
    "MARKET ST",
    "FOLSOM ST",
    "GEARY BLVD",
    "MISSION ST",
    "VALENCIA ST",
    "DIVISADERO ST",
    "IRVING ST",
    "TARAVAL ST",
    "OCEAN AVE",
    "SAN BRUNO AVE",
    "CESAR CHAVEZ ST",
    "FULTON ST",
    "HAIGHT ST",
    "POTRERO AVE",
]
_RS_CROSS = ["1ST ST", "2ND ST", "3RD ST", "5TH AVE", "10TH AVE", "19TH AVE", "ELM ST", "OAK ST", "PINE ST", "LAKE ST"]
# treatment: weight, $ per lane mile, PCI centre
_RS_TREATMENTS = {
    "Mill and Overlay": (40, 520_000, 48),
    "Slurry Seal": (25, 60_000, 70),
    "Reconstruction": (8, 1_900_000, 22),
    "Cape Seal": (12, 110_000, 60),
    "Microsurfacing": (15, 85_000, 66),
}


def _resurfacing_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26806)
    treatments = list(_RS_TREATMENTS)
    t_weights = [_RS_TREATMENTS[t][0] for t in treatments]
    rows: list[dict[str, Any]] = []
    for i in range(960):
        year = int(_one(rng, [2019, 2020, 2021, 2022, 2023, 2024, 2025]))
        treatment = _one(rng, treatments, t_weights)
        _, per_mile, pci = _RS_TREATMENTS[treatment]
        length = int(rng.integers(250, 2800))
        lanes = int(_one(rng, [2, 2, 2, 4, 4, 6]))
        lane_miles = round(length * lanes / 5280, 2)
        if year <= 2022:
            status = _one(rng, ["Completed", "Deferred"], [93, 7])
        elif year == 2023:
            status = _one(rng, ["Completed", "In Progress", "Deferred"], [80, 14, 6])
        elif year == 2024:
            status = _one(rng, ["Completed", "In Progress", "Planned"], [35, 40, 25])
        else:
            status = "Planned"
        done = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(60, 330)))
        cost = lane_miles * per_mile * float(rng.uniform(0.75, 1.35))
        rows.append(
            {
                "PROJECT_ID": f"RS-{year}-{i:04d}",
                "STREET": _one(rng, _RS_STREETS),
                "FROM_STREET": _one(rng, _RS_CROSS),
                "TO_STREET": _one(rng, _RS_CROSS),
                "COUNCIL_DISTRICT": int(rng.integers(1, 10)),
                "LENGTH_FT": length,
                "LANE_MILES": lane_miles,
                "PCI_BEFORE": None if rng.random() < 0.07 else int(np.clip(rng.normal(pci, 9), 2, 99)),
                "TREATMENT": treatment,
                "STATUS": status,
                "COMPLETION_DATE": f"{done:%m/%d/%Y}" if status == "Completed" else "",
                "COST": f"${cost:,.0f}",
            }
        )
    return pd.DataFrame(rows)


def _rs_done(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "STATUS") == "Completed"]


def _rs_per_mile(pooled: bool) -> Callable[[pd.DataFrame], str]:
    def pick(df: pd.DataFrame) -> str:
        g = _text(df, "TREATMENT")
        cost, miles = _num(df, "COST"), _num(df, "LANE_MILES")
        if pooled:
            return _top(cost.groupby(g).sum() / miles.groupby(g).sum())
        return _top((cost / miles).groupby(g).mean())

    return pick


def _district(values: Callable[[pd.DataFrame], list[int]]) -> Check:
    """One of the district numbers, written on its own ("District 6", "district #6", "6"), not inside another number."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        wants = values(df)
        for n in wants:
            if re.search(rf"(?<![\d.,$]){n}(?!\d|[.,]\d)", answer):
                return None
        return f"missing district {wants[0]}"

    return check


def _rs_district(done_only: bool) -> Callable[[pd.DataFrame], int]:
    def pick(df: pd.DataFrame) -> str:
        d = _rs_done(df) if done_only else df
        return int(_top(_num(d, "LANE_MILES").groupby(_num(d, "COUNCIL_DISTRICT").astype(int)).sum()))

    return pick


def _rs_done_in(year: int) -> Callable[[pd.DataFrame], int]:
    def count(df: pd.DataFrame) -> int:
        when = pd.to_datetime(_text(df, "COMPLETION_DATE").replace("", None), format="%m/%d/%Y")
        return int((when.dt.year == year).sum())

    return count


_RS_QS = [
    Q(
        "how many of these projects are finished",
        _count(lambda df: len(_rs_done(df))),
        ("STATUS",),
    ),
    Q(
        "what did the finished ones cost all together",
        _amount(lambda df: float(_num(_rs_done(df), "COST").sum())),
        ("COST", "STATUS"),
    ),
    Q(
        "which treatment is the most expensive per lane mile",
        _lead(_named_any(lambda df: [_rs_per_mile(True)(df), _rs_per_mile(False)(df)])),
        ("TREATMENT", "COST", "LANE_MILES"),
    ),
    Q(
        "which council district has gotten the most lane miles paved",
        _lead(_district(lambda df: [_rs_district(True)(df), _rs_district(False)(df)])),
        ("COUNCIL_DISTRICT", "LANE_MILES", "STATUS"),
    ),
    Q(
        "what was the typical pavement condition score before work",
        _typical(lambda df: _num(df, "PCI_BEFORE")),
        ("PCI_BEFORE",),
    ),
    Q(
        "how many got completed in 2023",
        _count(_rs_done_in(2023)),
        ("COMPLETION_DATE", "STATUS"),
    ),
]


# --- 7. Animal licensing by zip and month --------------------------------------------------------------------------

_AL_ZIPS = [
    "98101",
    "98102",
    "98103",
    "98105",
    "98107",
    "98109",
    "98112",
    "98115",
    "98116",
    "98117",
    "98118",
    "98122",
    "98125",
    "98126",
    "98144",
]


def _animal_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26807)
    rows: list[dict[str, Any]] = []
    months = pd.period_range("2021-01", "2024-06", freq="M")
    sizes = {z: float(rng.uniform(0.4, 1.8)) for z in _AL_ZIPS}
    for z in [*_AL_ZIPS, "00000"]:
        for species in ("DOG", "CAT"):
            base = (0.04 if z == "00000" else sizes[z]) * (1.0 if species == "DOG" else 0.55)
            active = int(base * 2400)
            for m in months:
                season = {1: 1.5, 2: 1.25}.get(m.month, 1.15 if m.month in (3, 4, 5) else 1.0)
                new = int(rng.poisson(base * 38 * (1.2 if m.month in (5, 6, 7) else 1.0)))
                renew = int(rng.poisson(base * 160 * season))
                lapsed = int(rng.poisson(base * 190 * season * 0.98))
                active = max(0, active + new + renew - lapsed)
                late = int(rng.binomial(renew, 0.12)) * 15
                rows.append(
                    {
                        "ZIP_CODE": z,
                        "MONTH": f"{m:%Y-%m}",
                        "SPECIES": species,
                        "NEW_LICENSES": new,
                        "RENEWALS": renew,
                        "TOTAL_ACTIVE": active,
                        "LATE_FEES_COLLECTED": f"${late:,.2f}",
                    }
                )
    return pd.DataFrame(rows)


def _al_species(df: pd.DataFrame, species: str) -> pd.DataFrame:
    return df[_text(df, "SPECIES") == species]


def _al_latest_top_zip(df: pd.DataFrame) -> str:
    d = _al_species(df, "DOG")
    month = _text(d, "MONTH")
    d = d[month == month.max()]
    zips = d["ZIP_CODE"].astype("string").str.strip().str.zfill(5)
    return _top(_num(d, "TOTAL_ACTIVE").groupby(zips).sum())


def _al_month(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "MONTH"), format="%Y-%m")


def _al_renewal_share(df: pd.DataFrame) -> float:
    new, renew = float(_num(df, "NEW_LICENSES").sum()), float(_num(df, "RENEWALS").sum())
    return renew / (new + renew)


_AL_QS = [
    Q(
        "how many new dog licenses were issued in total",
        _count(lambda df: float(_num(_al_species(df, "DOG"), "NEW_LICENSES").sum())),
        ("NEW_LICENSES", "SPECIES"),
    ),
    Q(
        "and for cats?",
        _count(lambda df: float(_num(_al_species(df, "CAT"), "NEW_LICENSES").sum())),
        ("NEW_LICENSES", "SPECIES"),
    ),
    Q(
        "which zip code has the most licensed dogs right now",
        _lead(_named(_al_latest_top_zip)),
        ("ZIP_CODE", "TOTAL_ACTIVE", "SPECIES", "MONTH"),
    ),
    Q(
        "how much did the city collect in late fees in 2023",
        _amount(lambda df: float(_num(df, "LATE_FEES_COLLECTED")[_al_month(df).dt.year == 2023].sum())),
        ("LATE_FEES_COLLECTED", "MONTH"),
    ),
    Q(
        "which month had the most renewals",
        _lead(_month_year(lambda df: _top_month(_al_month(df), _num(df, "RENEWALS")))),
        ("RENEWALS", "MONTH"),
    ),
    Q(
        "are most licenses renewals or new ones? what's the split",
        either(_share(_al_renewal_share), _share(lambda df: 1 - _al_renewal_share(df))),
        ("NEW_LICENSES", "RENEWALS"),
    ),
]


HELDOUT268: list[Dataset] = [
    Dataset("wag_walk_history_export", _wag_frame, _WG_QS),
    Dataset("gopuff_order_history", _gopuff_frame, _GP_QS),
    Dataset("flixbus_booking_history", _flixbus_frame, _FX_QS),
    Dataset("uptime_robot_event_log", _uptime_frame, _UR_QS),
    Dataset("county_crosswalk_inventory", _crosswalk_frame, _CW_QS),
    Dataset("city_street_resurfacing_projects", _resurfacing_frame, _RS_QS),
    Dataset("city_animal_licensing_by_zip_month", _animal_frame, _AL_QS),
]
