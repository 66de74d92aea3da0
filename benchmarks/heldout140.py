"""HELDOUT140: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports: a Robinhood crypto order history export (Order
ID as a UUID, Created At as ISO "2022-03-14T15:02:11.482Z", Symbol BTC / ETH / DOGE / SOL / LTC / SHIB, Side buy /
sell, Type market / limit, State filled / canceled / failed, Quantity with up to 8 decimals, Average Price blank
unless filled, Notional as "$25.00", Fees 0, 2021-2024, newest first); an Intercom tickets export (Ticket ID, Ticket
title, Ticket type Bug report / Billing question / Feature request / Account access, Ticket category Customer /
Back-office, Ticket state Submitted / In progress / Waiting on customer / Resolved, Created at / Updated at / Resolved
at as "2024-03-05 14:22:10 UTC", Resolved at blank unless resolved, Team assigned, Teammate assigned blank when
unassigned, Company name, Customer email, Priority true / false, Conversation rating 1-5 mostly blank, 2024); the
activities.csv of a Strava bulk export (Activity ID, Activity Date as "Mar 5, 2023, 6:12:44 AM", Activity Name,
Activity Type Run / Ride / Walk / Hike / Weight Training, Activity Description mostly blank, Elapsed Time in seconds,
Distance in km with two decimals, Max Heart Rate, Relative Effort, Commute false / true, Activity Gear, Filename as
"activities/123.fit.gz", then the detail block repeating Elapsed Time and Distance (in metres, read back as
"Elapsed Time.1" / "Distance.1"), Moving Time, Elevation Gain, Average Heart Rate and Calories, heart rate blank
without a strap, 2021-2024); an Amazon Seller Central FBA inventory health report (snapshot-date, sku, fnsku, asin,
product-name, condition, available, pending-removal-quantity, inv-age-0-to-90-days ... inv-age-365-plus-days,
currency USD, units-shipped-t30 / t90, your-price, sales-rank blank for some, days-of-supply, estimated-storage-
cost-next-month, recommended-action "No action required" / "Restock" / "Create removal order" / "Create sales
promotion", storage-type Standard / Oversize, alert "Low inventory" / "Excess inventory" / blank, one snapshot); EIA
natural gas prices by sector, monthly, wide (Date as "Jan-1989", U.S. citygate, residential, commercial, industrial
and electric power prices in dollars per thousand cubic feet with the long EIA column titles, electric power blank
before 1997 and "NA" for a few withheld months, 1989 to mid-2024, newest first); City of Chicago Divvy Bicycle Stations
(ID, Station Name, Short Name such as "TA1307000039", Total Docks, Docks in Service, Status "In Service" / "Not In
Service", Latitude, Longitude, Location as "(41.8810, -87.6298)"); and UN World Population Prospects demographic
indicators, medium variant (SortOrder, LocID, Notes, ISO3_code / ISO2_code / SDMX_code blank on aggregates,
LocTypeID, LocTypeName "World" / "Region" / "Country/Area", ParentID, Location, VarID 2, Variant "Medium", Time,
TPopulation1July in thousands, PopDensity, PopSexRatio, MedianAgePop, PopGrowthRate, Births, CBR, TFR, Deaths, CDR,
LEx, LExMale, LExFemale, IMR, NetMigrations, 1990-2023, World and region rows summing the countries). All are
generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _year
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, both, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series) -> str:
    return str(_ranked(scores).index[0])


def _bottom(scores: pd.Series) -> str:
    return str(_ranked(scores, ascending=True).index[0])


def _dollars(value: Callable[[pd.DataFrame], Any]) -> Check:
    return _scaled(value, (1e3, 1e6, 1e9))


def _txt(s: pd.Series) -> pd.Series:
    return s.astype("string").fillna("").str.strip()


def _num(s: pd.Series) -> pd.Series:
    return pd.to_numeric(s.astype("string").str.replace(r"[^0-9.\-]", "", regex=True), errors="coerce")


def _uuid(rng: np.random.Generator) -> str:
    h = "".join(f"{int(x):x}" for x in rng.integers(0, 16, 32))
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


# --- 1. Robinhood crypto order history -----------------------------------------------------------------------------

_RH_COINS = {"BTC": (38000.0, 10), "ETH": (2400.0, 9), "DOGE": (0.12, 8), "SOL": (60.0, 5), "LTC": (90.0, 3)}
_RH_COINS |= {"SHIB": (0.000018, 4)}


def _robinhood_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14001)
    n = 1150
    lo, hi = pd.Timestamp("2021-02-01"), pd.Timestamp("2024-05-31")
    span = (hi - lo).total_seconds()
    # a burst of trading in spring 2021
    u = rng.random(n)
    burst = rng.random(n) < 0.25
    secs = np.where(burst, rng.uniform(0.05, 0.12, n), u) * span
    stamps = sorted(lo + pd.Timedelta(seconds=float(s)) for s in secs)
    syms = list(_RH_COINS)
    rows = []
    for t in stamps:
        sym = str(_one(rng, syms, [v[1] for v in _RH_COINS.values()]))
        base = _RH_COINS[sym][0]
        px = base * float(np.exp(rng.normal(0, 0.3)))
        side = str(_one(rng, ["buy", "sell"], [0.62, 0.38]))
        kind = str(_one(rng, ["market", "limit"], [0.8, 0.2]))
        state = str(_one(rng, ["filled", "canceled", "failed"], [0.84, 0.13, 0.03]))
        notional = float(_one(rng, [5, 10, 25, 50, 100, 250, 500], [2, 4, 5, 4, 3, 1, 1])) * (
            1 + 0.1 * rng.integers(0, 3)
        )
        qty = notional / px
        rows.append(
            {
                "Order ID": _uuid(rng),
                "Created At": f"{t:%Y-%m-%dT%H:%M:%S}.{int(rng.integers(0, 1000)):03d}Z",
                "Symbol": sym,
                "Side": side,
                "Type": kind,
                "State": state,
                "Quantity": round(qty, 8) if qty < 1000 else round(qty, 2),
                "Average Price": (f"{px:.8f}" if px < 1 else f"{px:.2f}") if state == "filled" else "",
                "Notional": f"${notional:,.2f}",
                "Fees": "0.00",
            }
        )
    return pd.DataFrame(rows[::-1])


def _rh_filled(d: pd.DataFrame) -> pd.Series:
    return _txt(d["State"]).str.lower() == "filled"


def _rh_time(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_txt(d["Created At"]).str[:19], format="%Y-%m-%dT%H:%M:%S")


def _rh_busiest(d: pd.DataFrame) -> pd.Timestamp:
    return pd.Period(_top(_rh_time(d).dt.to_period("M").astype(str).value_counts())).to_timestamp()


def _rh_busiest_filled(d: pd.DataFrame) -> pd.Timestamp:
    m = _rh_time(d)[_rh_filled(d)].dt.to_period("M").astype(str).value_counts()
    return pd.Period(_top(m)).to_timestamp()


def _rh_buys(d: pd.DataFrame, sym: str) -> pd.DataFrame:
    keep = _rh_filled(d) & (_txt(d["Side"]) == "buy") & (_txt(d["Symbol"]) == sym)
    return d[keep]


_RH_ALIASES = {"BTC": ("Bitcoin",), "ETH": ("Ethereum",), "DOGE": ("Dogecoin",), "SOL": ("Solana",)}
_RH_ALIASES |= {"LTC": ("Litecoin",), "SHIB": ("Shiba",)}

_ROBINHOOD_QS = [
    Q(
        "how many of my crypto orders actually filled",
        _count(lambda d: int(_rh_filled(d).sum())),
        ("State",),
    ),
    Q(
        "what fraction of all orders were sells?",
        either(
            _share(lambda d: float((_txt(d["Side"]) == "sell").mean())),
            _share(lambda d: float((_txt(d.loc[_rh_filled(d), "Side"]) == "sell").mean())),
        ),
        ("Side", "State"),
    ),
    Q(
        "which coin did i buy most often",
        _lead(
            either(
                _named(
                    lambda d: _top(_txt(d.loc[_rh_filled(d) & (_txt(d["Side"]) == "buy"), "Symbol"]).value_counts()),
                    _RH_ALIASES,
                ),
                _named(lambda d: _top(_txt(d.loc[_txt(d["Side"]) == "buy", "Symbol"]).value_counts()), _RH_ALIASES),
            )
        ),
        ("Symbol", "Side", "State"),
    ),
    Q(
        "how much money did i spend buying doge altogether",
        _dollars(lambda d: float(_num(_rh_buys(d, "DOGE")["Notional"]).sum())),
        ("Notional", "Symbol", "Side", "State"),
    ),
    Q(
        "what was my average price paid for bitcoin",
        either(
            _about(lambda d: float(_num(_rh_buys(d, "BTC")["Average Price"]).mean()), rel=0.005),
            _about(
                lambda d: float(
                    _num(_rh_buys(d, "BTC")["Notional"]).sum() / _num(_rh_buys(d, "BTC")["Quantity"]).sum()
                ),
                rel=0.005,
            ),
        ),
        ("Average Price", "Symbol", "Side", "State", "Quantity", "Notional"),
    ),
    Q(
        "which month did i trade the most",
        _lead(either(_month_year(_rh_busiest), _month_year(_rh_busiest_filled))),
        ("Created At", "State"),
    ),
]


# --- 2. Intercom tickets export --------------------------------------------------------------------------------------

_IC_TYPES = {
    "Bug report": ("Product", ["App crashes on export", "Dashboard not loading", "Sync error with Slack"], 30),
    "Billing question": ("Billing", ["Charged twice this month", "Need an invoice copy", "Refund request"], 25),
    "Feature request": ("Product", ["Dark mode please", "Bulk edit for tags", "API for reports"], 20),
    "Account access": ("Support", ["Cannot reset password", "2FA locked out", "SSO login fails"], 25),
}
_IC_PEOPLE = {"Product": ["Maya Chen", "Tom Hale"], "Billing": ["Rosa Diaz"], "Support": ["Ben Ode", "Ana Silva"]}
_IC_COMPANIES = ["Acme Corp", "Globex", "Initech", "Hooli", "Vandelay Industries", "Stark Analytics", "Pied Piper"]
_IC_FMT = "%Y-%m-%d %H:%M:%S UTC"


def _intercom_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14002)
    n = 1300
    lo = pd.Timestamp("2024-01-02")
    rows = []
    for i in range(n):
        kind = str(_one(rng, list(_IC_TYPES), [v[2] for v in _IC_TYPES.values()]))
        team, titles, _ = _IC_TYPES[kind]
        created = lo + pd.Timedelta(seconds=int(rng.integers(0, 180 * 86400)))
        state = str(_one(rng, ["Submitted", "In progress", "Waiting on customer", "Resolved"], [6, 10, 8, 76]))
        hours = float(rng.gamma(1.5, {"Product": 30.0, "Billing": 10.0, "Support": 6.0}[team]))
        resolved = created + pd.Timedelta(hours=hours)
        updated = resolved if state == "Resolved" else created + pd.Timedelta(hours=hours * rng.random())
        person = str(_one(rng, _IC_PEOPLE[team])) if (state != "Submitted" and rng.random() < 0.9) else ""
        rating = ""
        if state == "Resolved" and rng.random() < 0.35:
            mood = 4.6 - 0.02 * hours - (0.6 if kind == "Billing question" else 0.0)
            rating = str(int(np.clip(round(mood + rng.normal(0, 0.8)), 1, 5)))
        company = str(_one(rng, _IC_COMPANIES))
        rows.append(
            {
                "Ticket ID": 1000 + i,
                "Ticket title": str(_one(rng, titles)),
                "Ticket type": kind,
                "Ticket category": "Back-office" if kind == "Feature request" else "Customer",
                "Ticket state": state,
                "Created at": f"{created:{_IC_FMT}}",
                "Updated at": f"{updated:{_IC_FMT}}",
                "Resolved at": f"{resolved:{_IC_FMT}}" if state == "Resolved" else "",
                "Team assigned": team,
                "Teammate assigned": person,
                "Company name": company,
                "Customer email": f"user{int(rng.integers(1, 400))}@{company.lower().replace(' ', '')}.com",
                "Priority": "true" if rng.random() < 0.12 else "false",
                "Conversation rating": rating,
            }
        )
    return pd.DataFrame(rows)


def _ic_hours(d: pd.DataFrame) -> pd.Series:
    c = pd.to_datetime(_txt(d["Created at"]).str[:19], errors="coerce")
    r = pd.to_datetime(_txt(d["Resolved at"]).str[:19], errors="coerce")
    return ((r - c).dt.total_seconds() / 3600).dropna()


def _ic_rating(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d["Conversation rating"], errors="coerce").dropna()


_INTERCOM_QS = [
    Q(
        "how many tickets are still open",
        _count(lambda d: int((_txt(d["Ticket state"]) != "Resolved").sum())),
        ("Ticket state",),
    ),
    Q(
        "which team gets the most tickets",
        _lead(_named(lambda d: _top(_txt(d["Team assigned"]).value_counts()))),
        ("Team assigned",),
    ),
    Q(
        "how long does it take to resolve a ticket, typically? in hours",
        either(
            _about(lambda d: float(_ic_hours(d).mean()), rel=0.01),
            _about(lambda d: float(_ic_hours(d).median()), rel=0.01),
        ),
        ("Created at", "Resolved at", "Ticket state"),
    ),
    Q(
        "how many tickets have nobody assigned",
        _count(lambda d: int((_txt(d["Teammate assigned"]) == "").sum())),
        ("Teammate assigned",),
    ),
    Q(
        "what's the average customer rating",
        _about(lambda d: float(_ic_rating(d).mean()), rel=0.005),
        ("Conversation rating",),
    ),
    Q(
        "and just for billing questions?",
        _about(
            lambda d: float(_ic_rating(d[_txt(d["Ticket type"]) == "Billing question"]).mean()),
            rel=0.005,
        ),
        ("Conversation rating", "Ticket type"),
    ),
]


# --- 3. Strava activities.csv --------------------------------------------------------------------------------------

_SV_TYPES = {"Run": 45, "Ride": 30, "Walk": 12, "Hike": 5, "Weight Training": 8}


def _strava_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14003)
    n = 900
    lo = pd.Timestamp("2021-01-01")
    days = np.sort(rng.integers(0, 4 * 365, n))
    rows = []
    for k, day in enumerate(days):
        t = lo + pd.Timedelta(days=int(day)) + pd.Timedelta(seconds=int(rng.integers(5 * 3600, 20 * 3600)))
        kind = str(_one(rng, list(_SV_TYPES), list(_SV_TYPES.values())))
        year_boost = 1.0 + 0.25 * (t.year == 2023)
        if kind == "Run":
            km, speed = float(rng.gamma(4, 2.2)) * year_boost, float(rng.normal(10.5, 1.2))
        elif kind == "Ride":
            km, speed = float(rng.gamma(3, 12.0)), float(rng.normal(24, 3))
        elif kind in ("Walk", "Hike"):
            km, speed = float(rng.gamma(3, 1.6 if kind == "Walk" else 3.5)), float(rng.normal(5, 0.5))
        else:
            km, speed = 0.0, 1.0
        moving = int(km / speed * 3600) if km > 0 else int(rng.integers(1800, 4200))
        elapsed = int(moving * (1 + rng.uniform(0, 0.25)))
        strap = rng.random() < 0.78 and kind != "Walk"
        avg_hr = float(np.clip(rng.normal({"Run": 152, "Ride": 138, "Hike": 128}.get(kind, 115), 8), 90, 185))
        effort = int(max(1, moving / 60 * (avg_hr - 100) / 40 + rng.normal(0, 8)))
        gear = {"Run": "Pegasus 39", "Ride": "Canyon Endurace", "Hike": "Salomon X Ultra"}.get(kind, "")
        name = {
            "Run": "Morning Run" if t.hour < 12 else "Evening Run",
            "Ride": "Morning Ride" if t.hour < 12 else "Afternoon Ride",
        }.get(kind, f"{kind}")
        aid = 4_500_000_000 + k * 1_700_000 + int(rng.integers(0, 90000))
        rows.append(
            [
                aid,
                f"{t:%b} {t.day}, {t.year}, {t.hour % 12 or 12}:{t:%M:%S} {'AM' if t.hour < 12 else 'PM'}",
                name,
                kind,
                "legs heavy" if rng.random() < 0.05 else "",
                elapsed,
                f"{km:.2f}",
                int(avg_hr + rng.integers(10, 25)) if strap else "",
                effort if strap else "",
                "true" if (kind == "Ride" and rng.random() < 0.3) else "false",
                gear,
                f"activities/{aid}.fit.gz",
                float(elapsed),
                round(km * 1000, 1),
                float(moving),
                round(float(rng.gamma(2, 40)) if km > 0 else 0.0, 1),
                round(avg_hr, 1) if strap else "",
                round(moving / 60 * {"Run": 11.5, "Ride": 9.0}.get(kind, 5.0) * rng.uniform(0.9, 1.1), 0),
            ]
        )
    cols = ["Activity ID", "Activity Date", "Activity Name", "Activity Type", "Activity Description", "Elapsed Time"]
    cols += ["Distance", "Max Heart Rate", "Relative Effort", "Commute", "Activity Gear", "Filename"]
    cols += ["Elapsed Time", "Distance", "Moving Time", "Elevation Gain", "Average Heart Rate", "Calories"]
    return pd.DataFrame(rows, columns=cols)


def _sv_kind(d: pd.DataFrame, kind: str) -> pd.DataFrame:
    return d[_txt(d["Activity Type"]) == kind]


def _sv_year(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Activity Date"], format="%b %d, %Y, %I:%M:%S %p").dt.year


def _sv_run_year(col: str, scale: float) -> Callable[[pd.DataFrame], int]:
    def value(d: pd.DataFrame) -> int:
        r = _sv_kind(d, "Run")
        return int(_top(pd.to_numeric(r[col], errors="coerce").groupby(_sv_year(r)).sum() / scale))

    return value


def _sv_hr_means(d: pd.DataFrame) -> list[float]:
    return [float(pd.to_numeric(_sv_kind(d, k)["Average Heart Rate"], errors="coerce").mean()) for k in ("Run", "Ride")]


def _sv_run_pair(d: pd.DataFrame) -> pd.DataFrame:
    r = _sv_kind(d, "Run")
    out = pd.DataFrame({"km": pd.to_numeric(r["Distance"], errors="coerce"), "e": pd.to_numeric(r["Relative Effort"])})
    return out.dropna()


_STRAVA_QS = [
    Q(
        "how many runs have i logged",
        _count(lambda d: len(_sv_kind(d, "Run"))),
        ("Activity Type",),
    ),
    Q(
        "total km on the bike?",
        _about(lambda d: float(pd.to_numeric(_sv_kind(d, "Ride")["Distance"]).sum()), rel=0.003),
        ("Distance", "Distance.1", "Activity Type"),
    ),
    Q(
        "which year did i run the furthest",
        _lead(_year(_sv_run_year("Distance", 1.0))),
        ("Activity Date", "Distance", "Distance.1", "Activity Type"),
    ),
    Q(
        "average heart rate on runs vs rides",
        _about(_sv_hr_means, rel=0.005),
        ("Average Heart Rate", "Max Heart Rate", "Activity Type"),
    ),
    Q(
        "how many activities dont have any heart rate data",
        either(
            _count(lambda d: int(pd.to_numeric(d["Average Heart Rate"], errors="coerce").isna().sum())),
            _count(lambda d: int(pd.to_numeric(d["Max Heart Rate"], errors="coerce").isna().sum())),
        ),
        ("Average Heart Rate", "Max Heart Rate"),
    ),
    Q(
        "for runs, does longer distance go with higher relative effort?",
        _corr(lambda d: _sv_run_pair(d)["km"], lambda d: _sv_run_pair(d)["e"]),
        ("Distance", "Distance.1", "Relative Effort", "Activity Type"),
    ),
]


# --- 4. Amazon FBA inventory health report -------------------------------------------------------------------------

_FBA_ITEMS = ["Silicone Spatula Set", "Bamboo Cutting Board", "Stainless Water Bottle 32oz", "Yoga Mat 6mm"]
_FBA_ITEMS += ["LED Desk Lamp", "Phone Stand Aluminum", "Resistance Bands Set", "Cast Iron Skillet 10in"]
_FBA_ITEMS += ["Dog Poop Bags 300ct", "Kids Art Smock", "Travel Pillow Memory Foam", "Garlic Press"]
_FBA_VARIANTS = ["Black", "Blue", "Red", "Grey", "Green", "Large", "Small", "2-Pack", "4-Pack", "White"]


def _fba_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14004)
    rows = []
    used: set[str] = set()
    for i in range(640):
        item, var = str(_one(rng, _FBA_ITEMS)), str(_one(rng, _FBA_VARIANTS))
        name = f"{item} - {var}"
        if name in used:
            name = f"{name}, Style {i}"
        used.add(name)
        pop = float(rng.lognormal(2.3, 1.1))
        t30 = int(rng.poisson(pop))
        t90 = t30 + int(rng.poisson(2 * pop))
        stale = rng.random() < 0.18
        ages = [int(rng.poisson(pop * 2.5)), int(rng.poisson(pop * 0.6)), 0, 0, 0]
        if stale:
            ages[2:] = [int(rng.poisson(25)), int(rng.poisson(18)), int(rng.poisson(30))]
        if rng.random() < 0.09:
            ages = [0, 0, 0, 0, 0]
        avail = sum(ages)
        daily = t30 / 30
        dos = int(min(avail / daily, 999)) if daily > 0 else (999 if avail else 0)
        oversize = rng.random() < 0.15
        cost = avail * (0.09 if not oversize else 0.42) * rng.uniform(0.8, 1.2)
        if avail == 0 or dos < 20:
            action, alert = "Restock", "Low inventory"
        elif stale and ages[4] > 25:
            action, alert = "Create removal order", "Excess inventory"
        elif stale:
            action, alert = "Create sales promotion", "Excess inventory"
        else:
            action, alert = "No action required", ""
        rows.append(
            {
                "snapshot-date": "2024-05-13T00:00:00+00:00",
                "sku": f"{item[:3].upper()}-{var[:3].upper()}-{1000 + i}",
                "fnsku": f"X00{int(rng.integers(1e6, 9e6)):07d}",
                "asin": f"B0{int(rng.integers(1e7, 9e7)):08d}",
                "product-name": name,
                "condition": "New",
                "available": avail,
                "pending-removal-quantity": int(rng.integers(1, 20))
                if action == "Create removal order" and rng.random() < 0.3
                else 0,
                "inv-age-0-to-90-days": ages[0],
                "inv-age-91-to-180-days": ages[1],
                "inv-age-181-to-270-days": ages[2],
                "inv-age-271-to-365-days": ages[3],
                "inv-age-365-plus-days": ages[4],
                "currency": "USD",
                "units-shipped-t30": t30,
                "units-shipped-t90": t90,
                "your-price": round(float(rng.uniform(7, 60)), 2) - 0.01 * (i % 2),
                "sales-rank": int(2e6 / (1 + t30) * rng.uniform(0.5, 1.5)) if rng.random() < 0.92 else "",
                "days-of-supply": dos,
                "estimated-storage-cost-next-month": round(cost, 2),
                "recommended-action": action,
                "storage-type": "Oversize" if oversize else "Standard",
                "alert": alert,
            }
        )
    return pd.DataFrame(rows)


def _fba_removal(d: pd.DataFrame) -> pd.Series:
    return _txt(d["recommended-action"]) == "Create removal order"


_FBA_QS = [
    Q(
        "how many units do we have available in total",
        _count(lambda d: int(d["available"].sum())),
        ("available",),
    ),
    Q(
        "how many skus are out of stock",
        _count(lambda d: int((d["available"] == 0).sum())),
        ("available", "sku"),
    ),
    Q(
        "which product sold the most in the last 30 days",
        _lead(_named(lambda d: str(d.loc[d["units-shipped-t30"].idxmax(), "product-name"]))),
        ("product-name", "sku", "units-shipped-t30"),
    ),
    Q(
        "how many units have been sitting there over a year",
        _count(lambda d: int(d["inv-age-365-plus-days"].sum())),
        ("inv-age-365-plus-days",),
    ),
    Q(
        "what percent of skus does amazon want us to remove",
        _share(lambda d: float(_fba_removal(d).mean())),
        ("recommended-action", "sku"),
    ),
    Q(
        "whats the estimated storage cost next month for those",
        _dollars(lambda d: float(d.loc[_fba_removal(d), "estimated-storage-cost-next-month"].sum())),
        ("estimated-storage-cost-next-month", "recommended-action"),
    ),
]


# --- 5. EIA natural gas prices by sector, monthly ------------------------------------------------------------------

_EIA_UNIT = "(Dollars per Thousand Cubic Feet)"
_EIA_CITY = f"U.S. Natural Gas Citygate Price {_EIA_UNIT}"
_EIA_RES = f"U.S. Price of Natural Gas Delivered to Residential Consumers {_EIA_UNIT}"
_EIA_COM = f"U.S. Price of Natural Gas Sold to Commercial Consumers {_EIA_UNIT}"
_EIA_IND = f"U.S. Natural Gas Industrial Price {_EIA_UNIT}"
_EIA_ELEC = f"U.S. Natural Gas Electric Power Price {_EIA_UNIT}"


def _eia_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14005)
    months = pd.date_range("1989-01-01", "2024-06-01", freq="MS")
    n = len(months)
    # a wandering wholesale level with spikes in 2005-2008 and 2022
    level = np.exp(np.cumsum(rng.normal(0, 0.045, n)))
    years = months.year + (months.month - 1) / 12
    trend = 1.8 + 3.2 * np.exp(-(((years - 2007) / 2.5) ** 2)) + 3.0 * np.exp(-(((years - 2022.5) / 0.6) ** 2))
    trend += 1.2 * np.clip((years - 1999) / 6, 0, 1)
    whole = np.clip(trend * level / level.mean() ** 0.3, 1.2, 12)
    winter = np.cos(2 * np.pi * (months.month - 1) / 12)
    city = whole + 1.2 + rng.normal(0, 0.15, n)
    res = city + 4.0 - 2.5 * winter + 0.08 * (years - 1989) + rng.normal(0, 0.35, n)
    com = city + 2.2 - 0.8 * winter + rng.normal(0, 0.25, n)
    ind = whole + 0.6 + rng.normal(0, 0.2, n)
    elec = whole + 0.3 + rng.normal(0, 0.2, n)
    out = pd.DataFrame(
        {
            "Date": [f"{m:%b-%Y}" for m in months],
            _EIA_CITY: np.round(city, 2),
            _EIA_RES: np.round(res, 2),
            _EIA_COM: np.round(com, 2),
            _EIA_IND: np.round(ind, 2),
            _EIA_ELEC: [f"{v:.2f}" if m.year >= 1997 else "" for v, m in zip(elec, months, strict=True)],
        }
    )
    withheld = rng.choice(np.flatnonzero(months.year >= 1997), 5, replace=False)
    out.loc[withheld, _EIA_ELEC] = "NA"
    return out.iloc[::-1].reset_index(drop=True)


def _eia_when(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Date"], format="%b-%Y")


def _eia_peak(d: pd.DataFrame) -> pd.Timestamp:
    return _eia_when(d)[pd.to_numeric(d[_EIA_RES]).idxmax()]


def _eia_low_since(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d.loc[_eia_when(d) >= "2015-01-01", _EIA_IND])


_EIA_QS = [
    Q(
        "average residential gas price in 2023?",
        _about(lambda d: float(d.loc[_eia_when(d).dt.year == 2023, _EIA_RES].mean()), rel=0.005),
        ("Date", _EIA_RES),
    ),
    Q(
        "when were home prices at their highest ever",
        _lead(_month_year(_eia_peak)),
        ("Date", _EIA_RES),
    ),
    Q(
        "on average how much more per thousand cubic feet do households pay than industry",
        _about(lambda d: float((d[_EIA_RES] - d[_EIA_IND]).mean()), rel=0.01),
        ("Date", _EIA_RES, _EIA_IND),
    ),
    Q(
        "how many months have no electric power price",
        _count(lambda d: int(pd.to_numeric(d[_EIA_ELEC], errors="coerce").isna().sum())),
        ("Date", _EIA_ELEC),
    ),
    Q(
        "is the citygate price correlated with the industrial price",
        _corr(lambda d: d[_EIA_CITY], lambda d: d[_EIA_IND]),
        (_EIA_CITY, _EIA_IND),
    ),
    Q(
        "lowest industrial price since 2015 and which month was it",
        both(
            _about(lambda d: float(_eia_low_since(d).min()), rel=0.001),
            _month_year(lambda d: _eia_when(d)[_eia_low_since(d).idxmin()]),
        ),
        ("Date", _EIA_IND),
    ),
]


# --- 6. Chicago Divvy bicycle stations -----------------------------------------------------------------------------

_DV_STREETS = ["State St", "Clark St", "Halsted St", "Ashland Ave", "Western Ave", "Damen Ave", "Racine Ave"]
_DV_STREETS += ["Wells St", "Lincoln Ave", "Milwaukee Ave", "Kedzie Ave", "Pulaski Rd", "Broadway", "Sheridan Rd"]
_DV_CROSS = ["Madison St", "Division St", "North Ave", "Fullerton Ave", "Belmont Ave", "Lawrence Ave", "Roosevelt Rd"]
_DV_CROSS += ["Cermak Rd", "35th St", "47th St", "63rd St", "Chicago Ave", "Grand Ave", "Irving Park Rd"]


def _divvy_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14006)
    rows = []
    used: set[str] = set()
    ids = rng.choice(np.arange(2, 1700), 820, replace=False)
    for k, sid in enumerate(ids):
        for _ in range(50):
            name = f"{_one(rng, _DV_STREETS)} & {_one(rng, _DV_CROSS)}"
            if name not in used:
                break
            name = f"{name} ({k})"
        used.add(name)
        lat = float(rng.uniform(41.65, 42.02))
        lon = float(rng.uniform(-87.80, -87.58))
        central = np.exp(-(((lat - 41.89) / 0.05) ** 2))
        docks = int(np.clip(round(rng.normal(13 + 10 * central, 3)), 7, 40))
        status = "Not In Service" if rng.random() < 0.06 else "In Service"
        broken = docks if status == "Not In Service" else int(rng.binomial(docks, 0.04))
        rows.append(
            {
                "ID": int(sid),
                "Station Name": name,
                "Short Name": f"{_one(rng, ['TA', 'KA', 'SL', 'WL'])!s}{int(rng.integers(1e9, 9e9))}",
                "Total Docks": docks,
                "Docks in Service": docks - broken,
                "Status": status,
                "Latitude": round(lat, 6),
                "Longitude": round(lon, 6),
                "Location": f"({lat:.4f}, {lon:.4f})",
            }
        )
    df = pd.DataFrame(rows)
    # one flagship station, clearly the biggest
    df.loc[5, ["Station Name", "Total Docks", "Docks in Service"]] = ["Streeter Dr & Grand Ave", 55, 53]
    df.loc[5, "Status"] = "In Service"
    return df


def _dv_north(d: pd.DataFrame) -> pd.Series:
    return d["Latitude"] > 41.9


_DIVVY_QS = [
    Q(
        "how many stations are there",
        _count(lambda d: len(d)),
        ("ID", "Station Name"),
    ),
    Q(
        "how many aren't in service right now",
        _count(lambda d: int((_txt(d["Status"]) == "Not In Service").sum())),
        ("Status",),
    ),
    Q(
        "total number of docks across the city",
        _count(lambda d: int(d["Total Docks"].sum())),
        ("Total Docks",),
    ),
    Q(
        "how many docks are out of service",
        _count(lambda d: int((d["Total Docks"] - d["Docks in Service"]).sum())),
        ("Total Docks", "Docks in Service", "Status"),
    ),
    Q(
        "which station is the biggest",
        _lead(_named(lambda d: str(d.loc[d["Total Docks"].idxmax(), "Station Name"]))),
        ("Station Name", "Total Docks", "ID"),
    ),
    Q(
        "do stations north of latitude 41.9 have more docks on average than the rest?",
        _about(
            lambda d: [
                float(d.loc[_dv_north(d), "Total Docks"].mean()),
                float(d.loc[~_dv_north(d), "Total Docks"].mean()),
            ],
            rel=0.005,
        ),
        ("Latitude", "Total Docks", "Location"),
    ),
]


# --- 7. UN World Population Prospects, demographic indicators ------------------------------------------------------

_WPP_REGIONS = {
    "Africa": (903, ["Nigeria", "Ethiopia", "Egypt", "Kenya", "Ghana", "Senegal", "Uganda", "Morocco"]),
    "Asia": (935, ["India", "Indonesia", "Viet Nam", "Japan", "Republic of Korea", "Thailand", "Pakistan", "Nepal"]),
    "Europe": (908, ["Germany", "Italy", "Poland", "Spain", "Sweden", "Portugal", "Greece", "Czechia"]),
    "Latin America and the Caribbean": (904, ["Brazil", "Mexico", "Colombia", "Peru", "Chile", "Cuba", "Bolivia"]),
    "Northern America": (905, ["United States of America", "Canada"]),
}
_WPP_COLS = ["TPopulation1July", "PopDensity", "PopSexRatio", "MedianAgePop", "PopGrowthRate", "Births", "CBR"]
_WPP_COLS += ["TFR", "Deaths", "CDR", "LEx", "LExMale", "LExFemale", "IMR", "NetMigrations"]


def _wpp_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14007)
    years = np.arange(1990, 2024)
    stats: dict[str, dict[str, np.ndarray]] = {}
    meta: list[tuple[str, int, str, int, str]] = []
    loc = 4
    for region, (rid, countries) in _WPP_REGIONS.items():
        dev = {"Africa": 0.0, "Asia": 0.5, "Europe": 1.0, "Latin America and the Caribbean": 0.55}.get(region, 0.95)
        for c in countries:
            d = float(np.clip(dev + rng.normal(0, 0.15), 0, 1.1))
            pop0 = float(rng.lognormal(10.3, 1.0))
            growth = (2.8 - 2.6 * d) / 100 + rng.normal(0, 0.002)
            slow = np.linspace(1, 0.6, len(years))
            pop = pop0 * np.cumprod(1 + growth * slow)
            tfr0 = 6.2 - 4.6 * d + rng.normal(0, 0.3)
            tfr = np.clip(
                tfr0 - np.linspace(0, (tfr0 - 1.2) * 0.45, len(years)) + rng.normal(0, 0.04, len(years)), 0.8, 8
            )
            lex = 52 + 26 * d + np.linspace(0, 8 - 4 * d, len(years)) + rng.normal(0, 0.3, len(years))
            lex[years == 2020] -= 1.2
            lex[years == 2021] -= 1.6
            gap = 4.0 + 2.5 * d + rng.normal(0, 0.5)
            cbr = np.clip(tfr * 6.5 + rng.normal(0, 0.5, len(years)), 6, 50)
            cdr = np.clip(20 - 0.18 * lex + 2.5 * d + rng.normal(0, 0.3, len(years)), 3, 20)
            area = pop0 / float(rng.uniform(20, 400))
            stats[c] = {
                "TPopulation1July": pop,
                "PopDensity": pop / area,
                "PopSexRatio": 100 + rng.normal(0, 3) - 4 * d + np.zeros(len(years)),
                "MedianAgePop": 16 + 26 * d + np.linspace(0, 5, len(years)),
                "PopGrowthRate": growth * slow * 100,
                "Births": pop * cbr / 1000,
                "CBR": cbr,
                "TFR": tfr,
                "Deaths": pop * cdr / 1000,
                "CDR": cdr,
                "LEx": lex,
                "LExMale": lex - gap / 2,
                "LExFemale": lex + gap / 2,
                "IMR": np.clip(110 - 100 * d - np.linspace(0, 30 * (1.1 - d), len(years)), 1.5, 150),
                "NetMigrations": pop * (d - 0.5) * 0.004 + rng.normal(0, 5, len(years)),
            }
            iso = "".join(w[0] for w in c.split()).upper()[:3].ljust(3, c[1].upper()) if " " in c else c[:3].upper()
            meta.append((c, loc, iso, rid, "Country/Area"))
            loc += 7
    rows = []

    def add(name: str, lid: int, iso: str, parent: int, kind: str, values: dict[str, np.ndarray]) -> None:
        for j, y in enumerate(years):
            row: dict[str, Any] = {
                "SortOrder": len(rows) // len(years) + 1,
                "LocID": lid,
                "Notes": "",
                "ISO3_code": iso,
                "ISO2_code": iso[:2],
                "SDMX_code": iso,
                "LocTypeID": {"World": 1, "Region": 5}.get(kind, 4),
                "LocTypeName": kind,
                "ParentID": parent,
                "Location": name,
                "VarID": 2,
                "Variant": "Medium",
                "Time": int(y),
            }
            for col in _WPP_COLS:
                v = float(values[col][j])
                row[col] = round(v, 3)
            rows.append(row)

    def aggregate(names: list[str]) -> dict[str, np.ndarray]:
        pops = np.array([stats[c]["TPopulation1July"] for c in names])
        w = pops / pops.sum(axis=0)
        out = {}
        for col in _WPP_COLS:
            arr = np.array([stats[c][col] for c in names])
            out[col] = (
                arr.sum(axis=0)
                if col in ("TPopulation1July", "Births", "Deaths", "NetMigrations")
                else ((arr * w).sum(axis=0))
            )
        return out

    everyone = [m[0] for m in meta]
    add("World", 900, "", 0, "World", aggregate(everyone))
    for region, (rid, countries) in _WPP_REGIONS.items():
        add(region, rid, "", 1840, "Region", aggregate(countries))
        for c, lid, iso, parent, kind in meta:
            if parent == rid:
                add(c, lid, iso, parent, kind, stats[c])
    df = pd.DataFrame(rows)
    agg = df["LocTypeName"] != "Country/Area"
    df.loc[agg, ["ISO3_code", "ISO2_code", "SDMX_code"]] = ""
    df.loc[(df["Location"] == "Japan") & (df["Time"] >= 2021), "Notes"] = "a"
    return df


def _wpp_countries(d: pd.DataFrame, year: int) -> pd.DataFrame:
    return d[(_txt(d["LocTypeName"]) == "Country/Area") & (d["Time"] == year)]


def _wpp_world(d: pd.DataFrame, col: str) -> float:
    return float(d.loc[(_txt(d["Location"]) == "World") & (d["Time"] == 2023), col].iloc[0])


def _wpp_low_fert(d: pd.DataFrame) -> pd.DataFrame:
    c = _wpp_countries(d, 2023)
    return c[c["TFR"] < 2.1]


_WPP_QS = [
    Q(
        "which country had the highest life expectancy in 2023",
        _lead(_named(lambda d: _top(_wpp_countries(d, 2023).set_index("Location")["LEx"]))),
        ("Location", "Time", "LEx", "LocTypeName"),
    ),
    Q(
        "what was the world population in 2023",
        _scaled(lambda d: _wpp_world(d, "TPopulation1July") * 1000, (1e3, 1e6, 1e9)),
        ("Location", "Time", "TPopulation1July", "LocTypeName"),
    ),
    Q(
        "average fertility rate across countries in 1990 compared to 2023",
        either(
            _about(lambda d: [float(_wpp_countries(d, y)["TFR"].mean()) for y in (1990, 2023)], rel=0.005),
            _about(lambda d: [float(_wpp_countries(d, y)["TFR"].median()) for y in (1990, 2023)], rel=0.005),
        ),
        ("TFR", "Time", "Location", "LocTypeName"),
    ),
    Q(
        "how many countries were below 2.1 kids per woman in 2023",
        _count(lambda d: len(_wpp_low_fert(d))),
        ("TFR", "Time", "Location", "LocTypeName"),
    ),
    Q(
        "which of those is the lowest",
        _lead(_named(lambda d: _bottom(_wpp_low_fert(d).set_index("Location")["TFR"]))),
        ("TFR", "Time", "Location", "LocTypeName"),
    ),
    Q(
        "for the world overall in 2023 how long do women live vs men",
        _about(lambda d: [_wpp_world(d, "LExFemale"), _wpp_world(d, "LExMale")], rel=0.003),
        ("LExFemale", "LExMale", "Location", "Time", "LocTypeName"),
    ),
]


HELDOUT140: list[Dataset] = [
    Dataset("robinhood_crypto_orders", _robinhood_frame, _ROBINHOOD_QS),
    Dataset("intercom_tickets_export", _intercom_frame, _INTERCOM_QS),
    Dataset("strava_bulk_activities", _strava_frame, _STRAVA_QS),
    Dataset("amazon_seller_fba_inventory", _fba_frame, _FBA_QS),
    Dataset("eia_natural_gas_prices_monthly", _eia_frame, _EIA_QS),
    Dataset("chicago_divvy_stations", _divvy_frame, _DIVVY_QS),
    Dataset("un_population_prospects", _wpp_frame, _WPP_QS),
]
