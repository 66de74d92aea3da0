"""HELDOUT201: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the layout of public exports an analyst is likely to bring along: a Sense home energy monitor
device usage export (one row per device and day of 2023) with DateTime ("2023-01-05"), Device ID (hex ids, and
"always_on" / "unknown" for Sense's own buckets), Name ("Tesla Model 3", "Dryer", "Fridge", "Always On", "Other"),
Device Type, Device Make and Device Model (often blank), Device Location, Avg Wattage, kWh, On Time (min) and Cost
(dollars at 16 cents a kWh), plus a "Total Usage" row per day that sums the devices (so a naive sum doubles), and
devices missing on days they did not run; an eToro account statement "Closed Positions" sheet with Position ID,
Action ("Buy Tesla", a few "Sell ..." shorts), Amount (USD), Units, Open Rate, Close Rate, Leverage, Spread, Profit,
Open Date and Close Date as "14/03/2022 15:31:07" (day first), Take profit rate and Stop lose rate (0 when not set),
Rollover Fees And Dividends, Copied From ("-"), Type (Stocks / Crypto / ETF), ISIN (blank for crypto) and Notes
(blank); a Serializd TV diary export with Show Name, Season, Episode (blank for season-level logs), Rating out of 10
in halves (blank when unrated), Date Watched ("2023-04-12"), Rewatch (true / false) and Review (mostly blank); an
Emma budgeting app transactions export with Date ("14/05/2023", day first), Merchant, Amount (negative for spending,
positive for income and refunds), Currency (GBP), Category ("Groceries", "Eating out", "Transfers", "Income" ...),
Custom Category (mostly blank), Account ("Monzo Current Account", "Amex Platinum Cashback", "Barclays Savings"),
Notes and Is Excluded (TRUE for transfers and card repayments); DataSF's Film Locations in San Francisco with Title,
Release Year, Locations (one row per location, so titles repeat; some blank), Fun Facts (mostly blank), Production
Company, Distributor (some blank), Director, Writer, Actor 1, Actor 2 and Actor 3 (the later ones often blank);
NHTSA's flattened vehicle complaints file (FLAT_CMPL) with CMPLID, ODINO (repeated when one complaint names several
components), MFR_NAME, upper-case MAKETXT and MODELTXT, YEARTXT (9999 when unknown), CRASH and FIRE as Y / N,
INJURED, DEATHS, FAILDATE as a number 20190312 (blank for some), upper-case COMPDESC ("SERVICE BRAKES, HYDRAULIC",
"ENGINE AND ENGINE COOLING"), CITY, STATE, MILES (often blank) and LDATE; and the WRI Global Power Plant Database
(global_power_plant_database.csv) with country ("USA"), country_long, name, gppd_idnr, capacity_mw, latitude,
longitude, primary_fuel, other_fuel1, commissioning_year as a decimal ("1987.4167", often blank), owner (often
blank), source, year_of_capacity_data, generation_gwh_2013 to generation_gwh_2019 (mostly blank outside the USA and
before a plant opened, a few negative) and generation_data_source. All are generated with fixed seeds 20101-20107.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _lead, _named, _share, _text
from .heldout173 import _money, _top
from .heldout183 import _abouts, _dmy, _ymd
from .offline_eval import Check, Dataset, Q, both, corr_of, either, has
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

# --- shared helpers ------------------------------------------------------------------------------------------------


def _n(s: pd.Series) -> pd.Series:
    return pd.to_numeric(s, errors="coerce")


def _amount(value: Callable[[pd.DataFrame], float]) -> Check:
    """An amount whatever its sign ("-£1,234" or "1234 spent")."""
    return either(_money(lambda d: abs(float(value(d)))), _money(lambda d: -abs(float(value(d)))))


def _pair(a: Callable[[pd.DataFrame], float], b: Callable[[pd.DataFrame], float]) -> Check:
    """Two amounts, whatever their signs."""
    return both(_amount(a), _amount(b))


def _month_peak(dates: pd.Series, weights: pd.Series) -> pd.Timestamp:
    agg = weights.groupby(dates.dt.to_period("M")).sum()
    return agg[agg == agg.max()].index.min().to_timestamp()


def _top_k(scores: pd.Series, k: int) -> list[str]:
    frame = pd.DataFrame({"label": [str(x) for x in scores.index], "score": scores.to_numpy()})
    frame = frame.sort_values(["score", "label"], ascending=[False, True], kind="stable")
    return list(frame["label"].head(k))


# --- 1. Sense home energy monitor: device usage export ---------------------------------------------------------------

# name: (id, type, make, model, location, watts, days a week used (7 = daily), mean minutes, winter only)
_SE_DEVICES: dict[str, tuple[str, str, str, str, str, float, float, float, bool]] = {
    "Tesla Model 3": ("4f1a9c2e", "EV", "Tesla", "Wall Connector", "Garage", 7600.0, 3.6, 105.0, False),
    "Space Heater": ("9b77e0d1", "Heat", "Lasko", "", "Office", 1450.0, 7.0, 260.0, True),
    "Dryer": ("c03d5a18", "Dryer", "Whirlpool", "WED5000", "Laundry", 4800.0, 3.0, 48.0, False),
    "Fridge": ("1e8a44b7", "Fridge", "Samsung", "", "Kitchen", 140.0, 7.0, 620.0, False),
    "Dishwasher": ("77ab02fc", "Dishwasher", "Bosch", "", "Kitchen", 1250.0, 4.5, 95.0, False),
    "Oven": ("ae5510c3", "Stove", "", "", "Kitchen", 2900.0, 3.5, 38.0, False),
    "Microwave": ("5c2e8f90", "Microwave", "", "", "Kitchen", 1150.0, 6.0, 9.0, False),
    "AC": ("d81c3b6e", "AC", "Carrier", "", "", 3300.0, 7.0, 200.0, False),
    "Well Pump": ("0a93f7c4", "Pump", "", "", "Basement", 1000.0, 7.0, 55.0, False),
    "Kettle": ("b4e6d2a1", "Kettle", "", "", "Kitchen", 1500.0, 6.5, 7.0, False),
    "Always On": ("always_on", "Always On", "", "", "", 150.0, 7.0, 1440.0, False),
    "Other": ("unknown", "Other", "", "", "", 180.0, 7.0, 1440.0, False),
}


def _sense_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20101)
    rows = []
    for day in pd.date_range("2023-01-01", "2023-12-31", freq="D"):
        winter = day.month in (1, 2, 3, 11, 12)
        summer = day.month in (6, 7, 8, 9)
        total_kwh = total_cost = total_min = 0.0
        day_rows = []
        for name, (dev_id, kind, make, model, loc, watts, per_week, minutes, winter_only) in _SE_DEVICES.items():
            if winter_only and not winter:
                continue
            if name == "AC" and not summer:
                continue
            if rng.random() > per_week / 7:
                continue
            mins = minutes if minutes == 1440 else max(3.0, rng.normal(minutes, minutes * 0.3))
            if name == "Space Heater" and day.month in (1, 12):
                mins *= 1.35
            mins = float(min(1440, round(mins)))
            w = watts * rng.uniform(0.85, 1.12)
            kwh = round(w * mins / 60 / 1000, 3)
            avg_w = round(kwh * 1000 / (mins / 60), 1)
            cost = round(kwh * 0.16, 2)
            total_kwh += kwh
            total_cost += cost
            total_min = 1440.0
            day_rows.append([day.strftime("%Y-%m-%d"), dev_id, name, kind, make, model, loc, avg_w, kwh, mins, cost])
        rows.extend(day_rows)
        total = round(total_kwh, 3)
        total_row = [day.strftime("%Y-%m-%d"), "", "Total Usage", "", "", "", "", round(total * 1000 / 24, 1)]
        rows.append([*total_row, total, total_min, round(total_cost, 2)])
    cols = ["DateTime", "Device ID", "Name", "Device Type", "Device Make", "Device Model", "Device Location"]
    cols += ["Avg Wattage", "kWh", "On Time (min)", "Cost"]
    return pd.DataFrame(rows, columns=cols)


def _se_dev(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["Name"]).ne("Total Usage")]


def _se_name(d: pd.DataFrame, name: str) -> pd.DataFrame:
    return d[_text(d["Name"]).eq(name)]


_SE_ID = ("DateTime", "Name", "Device ID", "Device Type")

_SENSE_QS = [
    Q(
        "which device used the most electricity this year",
        _lead(_named(lambda d: _top(_n(_se_dev(d)["kWh"]).groupby(_text(_se_dev(d)["Name"])).sum()))),
        ("kWh", "Avg Wattage", *_SE_ID),
    ),
    Q(
        "how much did the fridge cost me in total",
        _money(lambda d: _n(_se_name(d, "Fridge")["Cost"]).sum()),
        ("Cost", "kWh", *_SE_ID),
    ),
    Q(
        "on average how much does the dryer use per day",
        _abouts(
            lambda d: _n(_se_name(d, "Dryer")["kWh"]).mean(),
            lambda d: _n(_se_name(d, "Dryer")["kWh"]).sum() / _text(d["DateTime"]).nunique(),
        ),
        ("kWh", "On Time (min)", *_SE_ID),
    ),
    Q(
        "which month did we use the most power",
        _lead(_month_year(lambda d: _month_peak(_ymd(_se_dev(d)["DateTime"]), _n(_se_dev(d)["kWh"])))),
        ("kWh", *_SE_ID),
    ),
    Q(
        "for the space heater is on time correlated with kwh",
        corr_of(
            lambda d: _n(_se_name(d, "Space Heater")["On Time (min)"]),
            lambda d: _n(_se_name(d, "Space Heater")["kWh"]),
        ),
        ("On Time (min)", "kWh", *_SE_ID),
    ),
    Q(
        "how many days did it run for more than 5 hours",
        _count(lambda d: int((_n(_se_name(d, "Space Heater")["On Time (min)"]) > 300).sum())),
        ("On Time (min)", *_SE_ID),
    ),
]


# --- 2. eToro account statement: Closed Positions ------------------------------------------------------------------

# instrument: (type, start price, yearly drift, volatility, ISIN, weight)
_ET_INSTR: dict[str, tuple[str, float, float, float, str, float]] = {
    "Tesla": ("Stocks", 700.0, -0.1, 0.6, "US88160R1014", 14),
    "Apple": ("Stocks", 140.0, 0.15, 0.28, "US0378331005", 10),
    "NVIDIA": ("Stocks", 150.0, 0.5, 0.5, "US67066G1040", 9),
    "Amazon.com Inc": ("Stocks", 160.0, 0.0, 0.35, "US0231351067", 7),
    "Microsoft": ("Stocks", 230.0, 0.12, 0.27, "US5949181045", 6),
    "Alibaba": ("Stocks", 230.0, -0.35, 0.45, "US01609W1027", 5),
    "NIO Inc.": ("Stocks", 40.0, -0.5, 0.7, "US62914V1061", 5),
    "Bitcoin": ("Crypto", 33000.0, 0.05, 0.75, "", 12),
    "Ethereum": ("Crypto", 1000.0, 0.2, 0.85, "", 10),
    "Cardano": ("Crypto", 0.3, -0.2, 1.0, "", 6),
    "XRP": ("Crypto", 0.25, -0.1, 1.0, "", 4),
    "SPDR S&P 500 ETF": ("ETF", 370.0, 0.08, 0.18, "US78462F1030", 6),
    "Invesco QQQ": ("ETF", 310.0, 0.1, 0.24, "US46090E1038", 4),
    "ARK Innovation ETF": ("ETF", 120.0, -0.4, 0.55, "US00214Q1040", 4),
}


def _etoro_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20102)
    names = list(_ET_INSTR)
    weights = [v[5] for v in _ET_INSTR.values()]
    t0 = pd.Timestamp("2021-01-04")
    rows = []
    pid = 1_834_550_000
    for _ in range(640):
        name = _one(rng, names, weights)
        kind, p0, drift, vol, isin, _w = _ET_INSTR[name]
        opened = t0 + pd.Timedelta(minutes=int(rng.integers(0, 2.9 * 365 * 1440)))
        held = pd.Timedelta(minutes=int(rng.exponential(25 * 1440)) + 30)
        closed = min(opened + held, pd.Timestamp("2023-12-29 21:00:00"))
        years = (opened - t0).days / 365
        open_rate = p0 * np.exp(drift * years + rng.normal(0, vol * 0.3))
        ret = rng.normal(0.004 * held.days / 30, vol * np.sqrt(max(held.days, 1) / 365))
        close_rate = open_rate * float(np.exp(ret))
        short = kind == "Stocks" and rng.random() < 0.07
        lev = 1 if kind == "Crypto" else int(_one(rng, [1, 2, 5], [80, 12, 8]))
        amount = round(float(_one(rng, [50, 100, 200, 250, 500, 1000], [10, 25, 20, 15, 20, 10])), 2)
        units = amount * lev / open_rate
        spread = round(amount * lev * (0.01 if kind == "Crypto" else 0.0009), 2)
        move = (open_rate - close_rate) if short else (close_rate - open_rate)
        fees = round(-0.0002 * amount * (lev - 1) * held.days, 2) if lev > 1 or short else 0.0
        profit = round(units * move + fees, 2)
        profit = max(profit, -amount)
        digits = 6 if open_rate < 5 else 2
        tp = round(open_rate * 1.5, digits) if rng.random() < 0.3 else 0
        sl = round(open_rate * 0.6, digits) if rng.random() < 0.4 else 0
        rows.append(
            {
                "Position ID": pid,
                "Action": f"{'Sell' if short else 'Buy'} {name}",
                "Amount": amount,
                "Units": round(units, 6),
                "Open Rate": round(open_rate, digits),
                "Close Rate": round(close_rate, digits),
                "Leverage": lev,
                "Spread": spread,
                "Profit": profit,
                "Open Date": opened.strftime("%d/%m/%Y %H:%M:%S"),
                "Close Date": closed.strftime("%d/%m/%Y %H:%M:%S"),
                "Take profit rate": tp,
                "Stop lose rate": sl,
                "Rollover Fees And Dividends": fees,
                "Copied From": "-",
                "Type": kind,
                "ISIN": isin,
                "Notes": "",
            }
        )
        pid += int(rng.integers(1_000, 900_000))
    return pd.DataFrame(rows).sort_values("Position ID").reset_index(drop=True)


def _et_dt(s: pd.Series) -> pd.Series:
    return pd.to_datetime(_text(s), format="%d/%m/%Y %H:%M:%S", errors="coerce")


def _et_instr(d: pd.DataFrame) -> pd.Series:
    return _text(d["Action"]).str.replace(r"^(?:Buy|Sell)\s+", "", regex=True)


def _et_best(d: pd.DataFrame, stocks_only: bool) -> str:
    keep = _text(d["Type"]).eq("Stocks") if stocks_only else pd.Series(True, index=d.index)
    return _top(_n(d["Profit"])[keep].groupby(_et_instr(d)[keep]).sum())


def _et_held(d: pd.DataFrame) -> pd.Series:
    return _et_dt(d["Close Date"]) - _et_dt(d["Open Date"])


_ET_ID = ("Position ID", "Action", "Type")

_ETORO_QS = [
    Q("how much profit have i made overall", _money(lambda d: _n(d["Profit"]).sum()), ("Profit", *_ET_ID)),
    Q(
        "what % of my trades were winners",
        _share(lambda d: float((_n(d["Profit"]) > 0).mean())),
        ("Profit", *_ET_ID),
    ),
    Q(
        "which stock made me the most money",
        either(_lead(_named(lambda d: _et_best(d, True))), _lead(_named(lambda d: _et_best(d, False)))),
        ("Profit", *_ET_ID),
    ),
    Q(
        "average profit per trade on crypto vs stocks?",
        has(
            lambda d: _n(d["Profit"])[_text(d["Type"]).eq("Crypto")].mean(),
            lambda d: _n(d["Profit"])[_text(d["Type"]).eq("Stocks")].mean(),
            rel=0.01,
        ),
        ("Profit", *_ET_ID),
    ),
    Q(
        "how many positions did i keep open for more than 30 days",
        either(
            _count(lambda d: int((_et_held(d) > pd.Timedelta(days=30)).sum())),
            _count(lambda d: int((_et_held(d).dt.days >= 30).sum())),
            _count(
                lambda d: int(
                    (
                        (_et_dt(d["Close Date"]).dt.normalize() - _et_dt(d["Open Date"]).dt.normalize()).dt.days > 30
                    ).sum()
                )
            ),
        ),
        ("Open Date", "Close Date", *_ET_ID),
    ),
    Q(
        "which month did i close the most trades in",
        _lead(_month_year(lambda d: _month_peak(_et_dt(d["Close Date"]), pd.Series(1.0, index=d.index)))),
        ("Close Date", *_ET_ID),
    ),
]


# --- 3. Serializd TV diary export ----------------------------------------------------------------------------------

# show: (seasons, episodes a season, mean rating, weight)
_SZ_SHOWS: dict[str, tuple[int, int, float, float]] = {
    "The Office": (9, 22, 8.0, 16),
    "Succession": (4, 10, 8.9, 6),
    "The Bear": (2, 9, 8.6, 4),
    "Severance": (1, 9, 8.8, 3),
    "Grey's Anatomy": (12, 24, 6.8, 12),
    "Breaking Bad": (5, 13, 9.1, 7),
    "Ted Lasso": (3, 11, 8.0, 5),
    "The Last of Us": (1, 9, 8.4, 2),
    "Abbott Elementary": (3, 18, 7.6, 6),
    "Love Island": (5, 40, 5.9, 9),
    "Stranger Things": (4, 9, 7.4, 5),
    "Brooklyn Nine-Nine": (8, 20, 7.7, 10),
    "Euphoria": (2, 8, 7.1, 3),
    "House of the Dragon": (2, 10, 7.3, 3),
    "Only Murders in the Building": (3, 10, 7.9, 4),
}


def _serializd_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20103)
    names = list(_SZ_SHOWS)
    weights = [v[3] for v in _SZ_SHOWS.values()]
    reviews = ["", "", "", "", "", "", "that ending!!", "filler episode", "so good", "meh", "cried", "peak tv"]
    rows = []
    start = pd.Timestamp("2021-06-01")
    for _ in range(1450):
        show = _one(rng, names, weights)
        seasons, eps, mean, _w = _SZ_SHOWS[show]
        season = int(rng.integers(1, seasons + 1))
        episode: Any = int(rng.integers(1, eps + 1)) if rng.random() > 0.07 else ""
        rated = rng.random() > 0.22
        rating: Any = float(np.clip(np.round(rng.normal(mean, 1.1) * 2) / 2, 0.5, 10)) if rated else ""
        rewatch = show in ("The Office", "Brooklyn Nine-Nine", "Breaking Bad") and rng.random() < 0.35
        if rewatch and rated:
            rating = float(min(10.0, rating + 0.5))
        day = start + pd.Timedelta(days=int(rng.integers(0, 1000)))
        rows.append(
            {
                "Show Name": show,
                "Season": season,
                "Episode": episode,
                "Rating": rating,
                "Date Watched": day.strftime("%Y-%m-%d"),
                "Rewatch": "true" if rewatch else "false",
                "Review": _one(rng, reviews) if rated else "",
            }
        )
    return pd.DataFrame(rows).sort_values("Date Watched", kind="stable").reset_index(drop=True)


def _sz_rated(d: pd.DataFrame) -> pd.Series:
    return _n(d["Rating"])


def _sz_rewatch(d: pd.DataFrame) -> pd.Series:
    return _text(d["Rewatch"]).str.lower().eq("true")


def _sz_best(d: pd.DataFrame) -> str:
    r = _sz_rated(d)
    g = r.groupby(_text(d["Show Name"]))
    means = g.mean()[g.count() >= 10]
    return _top(means)


_SZ_ID = ("Show Name", "Season", "Episode", "Date Watched")

_SERIALIZD_QS = [
    Q(
        "how many episodes did i log in 2023",
        either(
            _count(lambda d: int(_ymd(d["Date Watched"]).dt.year.eq(2023).sum())),
            _count(lambda d: int((_ymd(d["Date Watched"]).dt.year.eq(2023) & _n(d["Episode"]).notna()).sum())),
        ),
        _SZ_ID,
    ),
    Q(
        "what show have i watched the most",
        _lead(_named(lambda d: _top(_text(d["Show Name"]).value_counts()))),
        _SZ_ID,
    ),
    Q("whats my average rating", has(lambda d: _sz_rated(d).mean(), rel=0.01), ("Rating", *_SZ_ID)),
    Q(
        "and for rewatches?",
        has(lambda d: _sz_rated(d)[_sz_rewatch(d)].mean(), rel=0.01),
        ("Rating", "Rewatch", *_SZ_ID),
    ),
    Q(
        "how many entries don't have a rating",
        _count(lambda d: int(_sz_rated(d).isna().sum())),
        ("Rating", *_SZ_ID),
    ),
    Q(
        "which show do i rate highest on average, only shows with at least 10 ratings",
        _lead(_named(_sz_best)),
        ("Rating", *_SZ_ID),
    ),
]


# --- 4. Emma budgeting app transactions export ---------------------------------------------------------------------

# merchant: (category, account, mean amount (negative = spending), times a month)
_EM_MERCHANTS: dict[str, tuple[str, str, float, float]] = {
    "Tesco": ("Groceries", "Monzo Current Account", -38.0, 5.0),
    "Sainsbury's": ("Groceries", "Amex Platinum Cashback", -52.0, 2.5),
    "Lidl": ("Groceries", "Monzo Current Account", -21.0, 2.0),
    "Pret A Manger": ("Eating out", "Monzo Current Account", -7.5, 6.0),
    "Deliveroo": ("Eating out", "Amex Platinum Cashback", -27.0, 2.5),
    "Dishoom": ("Eating out", "Amex Platinum Cashback", -68.0, 0.5),
    "TfL": ("Transport", "Monzo Current Account", -6.8, 14.0),
    "Uber": ("Transport", "Amex Platinum Cashback", -16.0, 1.5),
    "Trainline": ("Transport", "Amex Platinum Cashback", -54.0, 0.7),
    "Amazon": ("Shopping", "Amex Platinum Cashback", -29.0, 3.0),
    "ASOS": ("Shopping", "Amex Platinum Cashback", -61.0, 0.6),
    "Netflix": ("Entertainment", "Amex Platinum Cashback", -10.99, 1.0),
    "Spotify": ("Entertainment", "Monzo Current Account", -11.99, 1.0),
    "Odeon": ("Entertainment", "Monzo Current Account", -14.5, 0.5),
    "Octopus Energy": ("Bills", "Monzo Current Account", -96.0, 1.0),
    "Thames Water": ("Bills", "Monzo Current Account", -38.0, 1.0),
    "Hyperoptic": ("Bills", "Monzo Current Account", -30.0, 1.0),
    "Foxtons Lettings": ("Bills", "Monzo Current Account", -1450.0, 1.0),
    "PureGym": ("Health", "Monzo Current Account", -24.99, 1.0),
    "Boots": ("Health", "Amex Platinum Cashback", -12.0, 1.0),
}


def _emma_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20104)
    rows = []
    for month in pd.period_range("2023-01", "2024-06", freq="M"):
        start = month.to_timestamp()
        days = month.days_in_month
        for merchant, (cat, acct, mean, per_month) in _EM_MERCHANTS.items():
            fixed = per_month == 1.0 and cat in ("Bills", "Health", "Entertainment")
            k = 1 if fixed else int(rng.poisson(per_month))
            for _ in range(k):
                day = 1 + (sum(map(ord, merchant)) % 27 if fixed else int(rng.integers(0, days)))
                amt = mean if fixed and merchant != "Octopus Energy" else mean * rng.uniform(0.4, 1.7)
                if cat == "Eating out" and month.month == 12:
                    amt *= 1.6
                custom = "Coffee" if merchant == "Pret A Manger" else ("Gym" if merchant == "PureGym" else "")
                rows.append([start + pd.Timedelta(days=day - 1), merchant, round(amt, 2), cat, custom, acct, ""])
        rows.append(
            [start + pd.Timedelta(days=27), "ACME LTD SALARY", 2875.42, "Income", "", "Monzo Current Account", ""]
        )
        if rng.random() < 0.3:
            extra = round(float(rng.uniform(80, 600)), 2)
            rows.append(
                [start + pd.Timedelta(days=14), "Vinted", extra, "Income", "Side hustle", "Monzo Current Account", ""]
            )
        amex_bill = round(float(rng.uniform(450, 900)), 2)
        rows.append(
            [start + pd.Timedelta(days=4), "American Express", -amex_bill, "Transfers", "", "Monzo Current Account", ""]
        )
        rows.append(
            [
                start + pd.Timedelta(days=4),
                "Payment Received - Thank You",
                amex_bill,
                "Transfers",
                "",
                "Amex Platinum Cashback",
                "",
            ]
        )
        save = float(_one(rng, [200, 300, 500]))
        rows.append(
            [
                start + pd.Timedelta(days=28),
                "Transfer to Savings",
                -save,
                "Transfers",
                "",
                "Monzo Current Account",
                "pot",
            ]
        )
        rows.append(
            [start + pd.Timedelta(days=28), "Transfer from Monzo", save, "Transfers", "", "Barclays Savings", ""]
        )
        if rng.random() < 0.4:
            rows.append(
                [
                    start + pd.Timedelta(days=9),
                    "Amazon",
                    round(float(rng.uniform(8, 40)), 2),
                    "Shopping",
                    "",
                    "Amex Platinum Cashback",
                    "refund",
                ]
            )
    frame = pd.DataFrame(
        rows, columns=["when", "Merchant", "Amount", "Category", "Custom Category", "Account", "Notes"]
    )
    frame = frame[frame["when"] <= pd.Timestamp("2024-06-30")].sort_values("when", kind="stable", ascending=False)
    frame.insert(0, "Date", frame.pop("when").dt.strftime("%d/%m/%Y"))
    frame.insert(3, "Currency", "GBP")
    frame["Is Excluded"] = np.where(frame["Category"].eq("Transfers"), "TRUE", "FALSE")
    return frame.reset_index(drop=True)


def _em_spend(d: pd.DataFrame) -> pd.Series:
    """Spending rows: negative, not excluded."""
    return (_n(d["Amount"]) < 0) & _text(d["Is Excluded"]).str.lower().ne("true")


def _em_cat(d: pd.DataFrame, cat: str) -> pd.Series:
    return _text(d["Category"]).eq(cat)


def _em_month_spend(d: pd.DataFrame, cat: str) -> pd.Timestamp:
    keep = _em_spend(d) & _em_cat(d, cat)
    return _month_peak(_dmy(d["Date"])[keep], -_n(d["Amount"])[keep])


def _em_account(d: pd.DataFrame, acct: str, excluded_too: bool) -> float:
    keep = (_n(d["Amount"]) < 0) if excluded_too else _em_spend(d)
    return float(_n(d["Amount"])[keep & _text(d["Account"]).eq(acct)].sum())


_EM_AMEX = "Amex Platinum Cashback"
_EM_MONZO = "Monzo Current Account"
_EM_ID = ("Date", "Merchant", "Category", "Account", "Is Excluded")

_EMMA_QS = [
    Q(
        "how much have i spent on groceries",
        _amount(lambda d: _n(d["Amount"])[_em_cat(d, "Groceries")].sum()),
        ("Amount", *_EM_ID),
    ),
    Q(
        "whats my average monthly income",
        _abouts(
            lambda d: _n(d["Amount"])[_em_cat(d, "Income")].groupby(_dmy(d["Date"]).dt.to_period("M")).sum().mean(),
            lambda d: _n(d["Amount"])[_em_cat(d, "Income")].sum() / _dmy(d["Date"]).dt.to_period("M").nunique(),
        ),
        ("Amount", "Custom Category", *_EM_ID),
    ),
    Q(
        "top 3 places i spend the most money at",
        either(
            _all_named(
                lambda d: _top_k(-_n(d["Amount"])[_em_spend(d)].groupby(_text(d["Merchant"])[_em_spend(d)]).sum(), 3)
            ),
            _all_named(
                lambda d: _top_k(
                    -_n(d["Amount"])[(_n(d["Amount"]) < 0) & ~_em_cat(d, "Transfers")]
                    .groupby(_text(d["Merchant"])[(_n(d["Amount"]) < 0) & ~_em_cat(d, "Transfers")])
                    .sum(),
                    3,
                )
            ),
        ),
        ("Amount", *_EM_ID),
    ),
    Q(
        "how many transactions are excluded",
        _count(lambda d: int(_text(d["Is Excluded"]).str.lower().eq("true").sum())),
        _EM_ID,
    ),
    Q(
        "which month did i spend the most eating out",
        _lead(_month_year(lambda d: _em_month_spend(d, "Eating out"))),
        ("Amount", *_EM_ID),
    ),
    Q(
        "how does my amex spending compare to monzo",
        either(
            _pair(lambda d: _em_account(d, _EM_AMEX, False), lambda d: _em_account(d, _EM_MONZO, False)),
            _pair(lambda d: _em_account(d, _EM_AMEX, True), lambda d: _em_account(d, _EM_MONZO, True)),
        ),
        ("Amount", *_EM_ID),
    ),
]


# --- 5. DataSF Film Locations in San Francisco ---------------------------------------------------------------------

_SF_PLACES = [
    ("Golden Gate Bridge", 14),
    ("Alcatraz Island", 6),
    ("City Hall", 7),
    ("Coit Tower", 4),
    ("Fisherman's Wharf", 5),
    ("Lombard Street", 4),
    ("Chinatown", 5),
    ("Union Square", 4),
    ("Transamerica Pyramid", 3),
    ("Palace of Fine Arts (3301 Lyon Street)", 4),
    ("Bay Bridge", 5),
    ("Grace Cathedral (1100 California Street)", 2),
    ("Mission Dolores (3321 16th Street)", 2),
    ("Alamo Square", 3),
    ("Twin Peaks", 3),
    ("Ferry Building", 4),
    ("Embarcadero Center", 2),
    ("Washington Square Park", 2),
    ("Fairmont Hotel (950 Mason Street)", 3),
    ("Ocean Beach", 2),
    ("Hunters Point", 1),
    ("Candlestick Park", 1),
    ("Sutro Baths", 1),
    ("Presidio", 3),
    ("Market Street", 4),
    ("California Street between Powell and Mason", 2),
    ("Broadway between Columbus and Kearny", 2),
    ("Hyde Street Pier", 1),
    ("Castro Theatre (429 Castro Street)", 2),
    ("Dolores Park", 2),
    ("Pier 39", 2),
    ("Haight and Ashbury", 2),
]
_SF_DIRECTORS = [
    "Alfred Hitchcock",
    "Clint Eastwood",
    "Chris Columbus",
    "Francis Ford Coppola",
    "Don Siegel",
    "Peter Yates",
    "Philip Kaufman",
    "Gus Van Sant",
    "David Fincher",
    "Wayne Wang",
    "Garry Marshall",
    "Ryan Coogler",
    "Joe Talbot",
    "Peter Bogdanovich",
    "Nancy Meyers",
    "Barry Jenkins",
    "Sofia Coppola",
    "Woody Allen",
    "Michael Bay",
    "Andy Tennant",
    "Rob Reiner",
    "Delmer Daves",
    "John Huston",
    "Richard Lester",
    "Mike Binder",
    "Andrew Haigh",
    "Jack Clayton",
    "Ang Lee",
    "Terry Zwigoff",
    "Chris Nolan",
    "Phil Alden Robinson",
    "Steven Spielberg",
    "Dan Fogelman",
    "Hal Ashby",
    "George Lucas",
    "Ken Kwapis",
    "Marc Forster",
    "Rupert Wyatt",
    "Gareth Edwards",
    "Jon Turteltaub",
]
_SF_ACTORS = [
    "Clint Eastwood",
    "Michael Douglas",
    "Sean Penn",
    "Tom Hanks",
    "Julia Roberts",
    "Steve McQueen",
    "Kim Novak",
    "James Stewart",
    "Robin Williams",
    "Sally Field",
    "Humphrey Bogart",
    "Lauren Bacall",
    "Jennifer Lopez",
    "Will Smith",
    "Danny Glover",
    "Karl Malden",
    "Jimmy Fails",
    "Jonathan Majors",
    "Anne Hathaway",
    "Owen Wilson",
    "Meg Ryan",
    "Nicolas Cage",
    "Sharon Stone",
    "Kathleen Turner",
    "Jeff Bridges",
    "Ellen Page",
    "Mahershala Ali",
    "Emma Stone",
    "Sam Rockwell",
    "Diane Keaton",
    "Goldie Hawn",
    "Chevy Chase",
    "Dwayne Johnson",
    "Brad Pitt",
    "Jake Gyllenhaal",
    "Mark Ruffalo",
]
_SF_COMPANIES = [
    ("Warner Bros. Pictures", "Warner Bros."),
    ("Paramount Pictures", "Paramount Pictures"),
    ("Universal Pictures", "Universal Pictures"),
    ("Columbia Pictures", "Sony Pictures Releasing"),
    ("Twentieth Century Fox Film Corporation", "20th Century Fox"),
    ("Pixar Animation Studios", "Walt Disney Studios"),
    ("Lucasfilm", "Twentieth Century Fox"),
    ("Zoetrope Studios", "United Artists"),
    ("A24", "A24"),
    ("Netflix Studios", "Netflix"),
    ("HBO Films", "HBO"),
    ("Fantasy Films", "United Artists"),
]
_SF_WORDS_A = ["The", "A", "Blue", "Last", "Dark", "Golden", "Midnight", "Sweet", "Lost", "Crooked", "Final", "Silent"]
_SF_WORDS_B = [
    "Bay",
    "Fog",
    "Hills",
    "Bridge",
    "Harbor",
    "Mission",
    "Streets",
    "Summer",
    "Chase",
    "Cable",
    "Heart",
    "Pier",
    "Wharf",
    "Tide",
    "Shadows",
    "Light",
    "Escape",
    "Affair",
    "Reunion",
    "Heist",
]


def _sf_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20105)
    places = [p for p, _w in _SF_PLACES]
    pw = [w for _p, w in _SF_PLACES]
    dw = [
        6 if d == "Alfred Hitchcock" else (5 if d == "Chris Columbus" else 1.4 if d == "Clint Eastwood" else 1)
        for d in _SF_DIRECTORS
    ]
    facts = [
        "The bridge was closed for two hours for filming.",
        "Scenes were shot at night to avoid traffic.",
        "The building's interior was recreated on a sound stage.",
        "The director lived nearby for the duration of the shoot.",
        "Over 300 extras were used in this scene.",
    ]
    titles: set[str] = set()
    rows = []
    while len(titles) < 320:
        title = f"{_one(rng, _SF_WORDS_A)} {_one(rng, _SF_WORDS_B)}"
        if rng.random() < 0.3:
            title += f" {_one(rng, ['II', 'Returns', 'in San Francisco', 'Forever', 'of Love'])}"
        if title in titles:
            continue
        titles.add(title)
        year = int(np.clip(round(2022 - rng.exponential(22)), 1924, 2022))
        director = _one(rng, _SF_DIRECTORS, dw)
        writer = (
            director
            if rng.random() < 0.3
            else _one(rng, _SF_ACTORS[::-1]).split()[0] + " " + _one(rng, ["Rosen", "Miller", "Okafor", "Chen", "Ruiz"])
        )
        company, distributor = _SF_COMPANIES[int(rng.integers(len(_SF_COMPANIES)))]
        cast = list(rng.choice(_SF_ACTORS, size=3, replace=False, p=None))
        if rng.random() < 0.25:
            cast[0] = "Clint Eastwood"
            cast = list(dict.fromkeys(cast)) + [""] * (3 - len(dict.fromkeys(cast)))
        n_cast = int(_one(rng, [1, 2, 3], [10, 25, 65]))
        cast = cast[:n_cast] + [""] * (3 - n_cast)
        k = 1 + int(rng.poisson(4.5))
        spots = list(dict.fromkeys(_one(rng, places, pw) for _ in range(k)))
        for spot in spots:
            rows.append(
                {
                    "Title": title,
                    "Release Year": year,
                    "Locations": "" if rng.random() < 0.03 else spot,
                    "Fun Facts": _one(rng, facts) if rng.random() < 0.16 else "",
                    "Production Company": company,
                    "Distributor": "" if rng.random() < 0.05 else distributor,
                    "Director": director,
                    "Writer": writer,
                    "Actor 1": cast[0],
                    "Actor 2": cast[1],
                    "Actor 3": cast[2],
                }
            )
    return pd.DataFrame(rows).sort_values(["Title", "Release Year"], kind="stable").reset_index(drop=True)


def _sf_actor(d: pd.DataFrame, distinct: bool) -> str:
    long = pd.concat(
        [pd.DataFrame({"t": _text(d["Title"]), "a": _text(d[c])}) for c in ("Actor 1", "Actor 2", "Actor 3")]
    )
    long = long[long["a"].ne("")]
    if distinct:
        long = long.drop_duplicates()
    return _top(long["a"].value_counts())


def _sf_director(d: pd.DataFrame, distinct: bool) -> str:
    g = _text(d["Title"]).groupby(_text(d["Director"]))
    return _top(g.nunique() if distinct else g.size())


def _sf_before(d: pd.DataFrame, year: int) -> pd.Series:
    return _n(d["Release Year"]) < year


_SF_ID = ("Title", "Release Year")

_SF_QS = [
    Q("how many different movies are in this", _count(lambda d: int(_text(d["Title"]).nunique())), _SF_ID),
    Q(
        "what's the most filmed spot",
        _lead(_named(lambda d: _top(_text(d["Locations"])[_text(d["Locations"]).ne("")].value_counts()))),
        ("Locations", *_SF_ID),
    ),
    Q(
        "which director shot the most films here",
        either(_lead(_named(lambda d: _sf_director(d, True))), _lead(_named(lambda d: _sf_director(d, False)))),
        ("Director", *_SF_ID),
    ),
    Q(
        "how many films came out before 1970",
        either(
            _count(lambda d: int(_text(d["Title"])[_sf_before(d, 1970)].nunique())),
            _count(lambda d: int(_sf_before(d, 1970).sum())),
        ),
        _SF_ID,
    ),
    Q(
        "what share of the locations have a fun fact",
        either(
            _share(lambda d: float(_text(d["Fun Facts"]).ne("").mean())),
            _share(lambda d: float(_text(d["Fun Facts"])[_text(d["Locations"]).ne("")].ne("").mean())),
        ),
        ("Fun Facts", "Locations", *_SF_ID),
    ),
    Q(
        "who's the actor that shows up the most",
        either(_lead(_named(lambda d: _sf_actor(d, True))), _lead(_named(lambda d: _sf_actor(d, False)))),
        ("Actor 1", "Actor 2", "Actor 3", *_SF_ID),
    ),
]


# --- 6. NHTSA vehicle complaints (FLAT_CMPL, flattened) --------------------------------------------------------------

# (manufacturer, make, model, years, weight)
_NH_MODELS = [
    ("Ford Motor Company", "FORD", "F-150", (2009, 2023), 16),
    ("Ford Motor Company", "FORD", "EXPLORER", (2011, 2023), 9),
    ("Ford Motor Company", "FORD", "ESCAPE", (2013, 2023), 6),
    ("General Motors LLC", "CHEVROLET", "SILVERADO 1500", (2014, 2023), 10),
    ("General Motors LLC", "CHEVROLET", "EQUINOX", (2015, 2023), 7),
    ("Toyota Motor Engineering & Manufacturing", "TOYOTA", "CAMRY", (2012, 2023), 9),
    ("Toyota Motor Engineering & Manufacturing", "TOYOTA", "RAV4", (2013, 2023), 8),
    ("Honda (American Honda Motor Co.)", "HONDA", "CIVIC", (2012, 2023), 8),
    ("Honda (American Honda Motor Co.)", "HONDA", "CR-V", (2015, 2023), 9),
    ("Tesla, Inc.", "TESLA", "MODEL 3", (2018, 2023), 7),
    ("Tesla, Inc.", "TESLA", "MODEL Y", (2020, 2023), 6),
    ("Hyundai Motor America", "HYUNDAI", "SONATA", (2011, 2023), 6),
    ("Kia America, Inc.", "KIA", "SORENTO", (2011, 2023), 5),
    ("Nissan North America, Inc.", "NISSAN", "ROGUE", (2014, 2023), 7),
]
# component: (weight, crash rate, fire rate)
_NH_COMPONENTS = {
    "SERVICE BRAKES, HYDRAULIC": (9, 0.18, 0.0),
    "ENGINE AND ENGINE COOLING": (12, 0.03, 0.05),
    "ELECTRICAL SYSTEM": (13, 0.03, 0.08),
    "POWER TRAIN": (11, 0.06, 0.01),
    "STEERING": (7, 0.1, 0.0),
    "AIR BAGS": (8, 0.35, 0.0),
    "FORWARD COLLISION AVOIDANCE": (6, 0.2, 0.0),
    "SUSPENSION": (5, 0.05, 0.0),
    "FUEL/PROPULSION SYSTEM": (5, 0.04, 0.12),
    "VISIBILITY/WIPER": (3, 0.02, 0.0),
    "SEAT BELTS": (2, 0.15, 0.0),
    "UNKNOWN OR OTHER": (4, 0.05, 0.02),
}
_NH_STATES = ["CA", "TX", "FL", "NY", "PA", "OH", "IL", "GA", "NC", "MI", "AZ", "WA", "VA", "NJ", "CO", "MN"]
_NH_CITIES = {
    "CA": "LOS ANGELES",
    "TX": "HOUSTON",
    "FL": "ORLANDO",
    "NY": "BROOKLYN",
    "PA": "PITTSBURGH",
    "OH": "COLUMBUS",
    "IL": "CHICAGO",
    "GA": "ATLANTA",
    "NC": "CHARLOTTE",
    "MI": "DETROIT",
    "AZ": "PHOENIX",
    "WA": "SEATTLE",
    "VA": "RICHMOND",
    "NJ": "NEWARK",
    "CO": "DENVER",
    "MN": "MINNEAPOLIS",
}


def _nhtsa_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20106)
    comps = list(_NH_COMPONENTS)
    cw = [v[0] for v in _NH_COMPONENTS.values()]
    rows = []
    cmplid = 1_540_200
    odino = 11_400_000
    for _ in range(2400):
        mfr, make, model, (y0, y1), _w = _NH_MODELS[int(_one(rng, range(len(_NH_MODELS)), [m[4] for m in _NH_MODELS]))]
        year = int(rng.integers(y0, y1 + 1))
        if make == "FORD" and model == "F-150" and rng.random() < 0.25:
            year = 2018
        fail = pd.Timestamp(year - 1, 9, 1) + pd.Timedelta(days=int(rng.integers(30, 2200)))
        fail = min(fail, pd.Timestamp("2023-12-20"))
        filed = fail + pd.Timedelta(days=int(rng.exponential(40)))
        yeartxt = 9999 if rng.random() < 0.02 else year
        k = int(_one(rng, [1, 2, 3], [78, 17, 5]))
        parts = list(dict.fromkeys(_one(rng, comps, cw) for _ in range(k)))
        crash = any(rng.random() < _NH_COMPONENTS[c][1] for c in parts)
        fire = any(rng.random() < _NH_COMPONENTS[c][2] for c in parts)
        injured = int(rng.poisson(1.1)) if crash and rng.random() < 0.45 else 0
        deaths = int(rng.random() < 0.03) if crash else 0
        state = _one(rng, _NH_STATES)
        miles: Any = int(rng.integers(50, 140000)) if rng.random() < 0.55 else ""
        faildate: Any = int(fail.strftime("%Y%m%d")) if rng.random() > 0.04 else ""
        for comp in parts:
            rows.append(
                {
                    "CMPLID": cmplid,
                    "ODINO": odino,
                    "MFR_NAME": mfr,
                    "MAKETXT": make,
                    "MODELTXT": model,
                    "YEARTXT": yeartxt,
                    "CRASH": "Y" if crash else "N",
                    "FAILDATE": faildate,
                    "FIRE": "Y" if fire else "N",
                    "INJURED": injured,
                    "DEATHS": deaths,
                    "COMPDESC": comp,
                    "CITY": _NH_CITIES[state],
                    "STATE": state,
                    "MILES": miles,
                    "LDATE": int(filed.strftime("%Y%m%d")),
                }
            )
            cmplid += 1
        odino += int(rng.integers(1, 40))
    return pd.DataFrame(rows)


def _nh_one(d: pd.DataFrame) -> pd.DataFrame:
    """One row per complaint."""
    return d.drop_duplicates("ODINO")


def _nh_fail_year(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_n(d["FAILDATE"]).astype("Int64").astype("string"), format="%Y%m%d", errors="coerce").dt.year


def _nh_f150_year(d: pd.DataFrame, distinct: bool) -> str:
    f = d[_text(d["MAKETXT"]).eq("FORD") & _text(d["MODELTXT"]).eq("F-150") & _n(d["YEARTXT"]).ne(9999)]
    if distinct:
        f = _nh_one(f)
    return _top(_n(f["YEARTXT"]).astype(int).value_counts())


def _nh_crash_year(d: pd.DataFrame, distinct: bool) -> str:
    f = _nh_one(d) if distinct else d
    f = f[_text(f["CRASH"]).eq("Y")]
    return _top(_nh_fail_year(f).dropna().astype(int).value_counts())


_NH_ID = ("ODINO", "CMPLID")

_NHTSA_QS = [
    Q(
        "how many complaints are in here",
        either(_count(lambda d: int(_n(d["ODINO"]).nunique())), _count(lambda d: len(d))),
        _NH_ID,
    ),
    Q(
        "how many people died in total",
        either(_count(lambda d: int(_n(_nh_one(d)["DEATHS"]).sum())), _count(lambda d: int(_n(d["DEATHS"]).sum()))),
        ("DEATHS", *_NH_ID),
    ),
    Q(
        "which part gets complained about the most",
        _lead(_named(lambda d: _top(_text(d["COMPDESC"]).value_counts()))),
        ("COMPDESC", *_NH_ID),
    ),
    Q(
        "what percent of complaints involved a fire",
        either(
            _share(lambda d: float(_text(_nh_one(d)["FIRE"]).eq("Y").mean())),
            _share(lambda d: float(_text(d["FIRE"]).eq("Y").mean())),
        ),
        ("FIRE", *_NH_ID),
    ),
    Q(
        "for the ford f-150 which model year has the most complaints",
        either(_lead(_named(lambda d: _nh_f150_year(d, True))), _lead(_named(lambda d: _nh_f150_year(d, False)))),
        ("MAKETXT", "MODELTXT", "YEARTXT", "MFR_NAME", *_NH_ID),
    ),
    Q(
        "what year had the most crashes",
        either(_lead(_named(lambda d: _nh_crash_year(d, True))), _lead(_named(lambda d: _nh_crash_year(d, False)))),
        ("CRASH", "FAILDATE", "LDATE", *_NH_ID),
    ),
]


# --- 7. WRI Global Power Plant Database ----------------------------------------------------------------------------

# country: (long name, plants, share with generation data)
_GP_COUNTRIES = {
    "USA": ("United States of America", 900, 0.93),
    "CHN": ("China", 420, 0.0),
    "IND": ("India", 300, 0.85),
    "DEU": ("Germany", 260, 0.0),
    "GBR": ("United Kingdom", 220, 0.0),
    "BRA": ("Brazil", 240, 0.0),
    "AUS": ("Australia", 160, 0.8),
    "JPN": ("Japan", 150, 0.0),
    "FRA": ("France", 140, 0.0),
    "ZAF": ("South Africa", 50, 0.0),
}
# fuel: (mean capacity MW, capacity factor, weights by country order)
_GP_FUELS = {
    "Solar": (12.0, 0.2, [30, 45, 30, 40, 40, 10, 25, 55, 35, 20]),
    "Wind": (60.0, 0.33, [20, 15, 15, 35, 25, 15, 20, 5, 25, 15]),
    "Hydro": (90.0, 0.4, [12, 10, 12, 8, 8, 50, 8, 15, 15, 3]),
    "Gas": (320.0, 0.45, [18, 5, 6, 7, 12, 8, 14, 12, 6, 2]),
    "Coal": (900.0, 0.6, [7, 20, 25, 5, 2, 3, 10, 8, 1, 40]),
    "Oil": (60.0, 0.05, [4, 1, 2, 2, 3, 6, 8, 4, 2, 5]),
    "Nuclear": (2400.0, 0.9, [2, 2, 1, 1, 1, 0.3, 0.0001, 1, 8, 1]),
    "Biomass": (30.0, 0.6, [5, 2, 8, 6, 8, 7, 3, 2, 4, 2]),
    "Waste": (25.0, 0.6, [3, 1, 1, 4, 5, 0.5, 1, 2, 3, 0.5]),
}


def _gppd_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20107)
    fuels = list(_GP_FUELS)
    rows = []
    owners = ["", "", "", "NextEra Energy", "Duke Energy", "NTPC", "RWE", "EDF", "Engie", "Eskom", "AGL", "Enel"]
    for ci, (code, (long, count, gen_share)) in enumerate(_GP_COUNTRIES.items()):
        fw = [_GP_FUELS[f][2][ci] for f in fuels]
        for i in range(count):
            fuel = _one(rng, fuels, fw)
            mean_cap, cf, _w = _GP_FUELS[fuel]
            cap = round(float(mean_cap * rng.lognormal(0, 0.8)), 1)
            cap = max(cap, 1.0)
            base = {"Solar": 2012, "Wind": 2008, "Hydro": 1965, "Gas": 1995, "Coal": 1978}.get(fuel, 1990)
            spread = 6 if fuel in ("Solar", "Wind") else 15
            yr = float(np.clip(base + rng.normal(0, spread), 1910, 2020))
            commissioning: Any = round(yr + int(rng.integers(0, 12)) / 12, 4) if rng.random() < 0.6 else ""
            if code == "USA" and commissioning == "" and rng.random() < 0.8:
                commissioning = round(yr, 4)
            has_gen = rng.random() < gen_share
            gens: dict[str, Any] = {}
            for y in range(2013, 2020):
                if has_gen and y >= yr and rng.random() > 0.06:
                    g = cap * 8.76 * cf * rng.uniform(0.6, 1.25)
                    if fuel == "Coal":
                        g *= 1.05 - 0.05 * (y - 2013)
                    if rng.random() < 0.01:
                        g = -abs(g) * 0.01
                    gens[f"generation_gwh_{y}"] = round(float(g), 4)
                else:
                    gens[f"generation_gwh_{y}"] = ""
            rows.append(
                {
                    "country": code,
                    "country_long": long,
                    "name": f"{_one(rng, ['North', 'South', 'East', 'West', 'Lake', 'River', 'Hill', 'Bay'])} "
                    f"{_one(rng, ['Ridge', 'Valley', 'Creek', 'Point', 'Field', 'Park', 'Station', 'Plains'])} "
                    f"{fuel} {i + 1}",
                    "gppd_idnr": f"{'USA' if code == 'USA' else 'WRI'}{1000000 + ci * 10000 + i}",
                    "capacity_mw": cap,
                    "latitude": round(float(rng.uniform(-40, 60)), 4),
                    "longitude": round(float(rng.uniform(-120, 150)), 4),
                    "primary_fuel": fuel,
                    "other_fuel1": "Oil" if fuel in ("Gas", "Coal") and rng.random() < 0.2 else "",
                    "commissioning_year": commissioning,
                    "owner": _one(rng, owners),
                    "source": "U.S. Energy Information Administration" if code == "USA" else "WRI",
                    "year_of_capacity_data": 2019 if code == "USA" else (2018 if rng.random() < 0.5 else ""),
                    **gens,
                    "generation_data_source": "U.S. Energy Information Administration"
                    if code == "USA" and has_gen
                    else ("Central Electricity Authority" if has_gen and code == "IND" else ""),
                }
            )
    return pd.DataFrame(rows)


def _gp_us_coal(d: pd.DataFrame) -> pd.Series:
    return _text(d["country"]).eq("USA") & _text(d["primary_fuel"]).eq("Coal")


def _gp_solar_top(d: pd.DataFrame) -> str:
    solar = d[_text(d["primary_fuel"]).eq("Solar")]
    return _top(_n(solar["capacity_mw"]).groupby(_text(solar["country_long"])).sum())


_GP_SOLAR_ALIASES = {
    "United States of America": ("United States", "USA", "US"),
    "China": ("CHN",),
    "Germany": ("DEU",),
    "India": ("IND",),
    "Japan": ("JPN",),
    "United Kingdom": ("GBR", "UK"),
}
_G13, _G19 = "generation_gwh_2013", "generation_gwh_2019"
_GP_ID = ("country", "country_long", "name", "gppd_idnr", "primary_fuel")

_GPPD_QS = [
    Q(
        "which country has the most solar capacity",
        _lead(_named(_gp_solar_top, _GP_SOLAR_ALIASES)),
        ("capacity_mw", *_GP_ID),
    ),
    Q(
        "what's the total coal capacity in the us",
        _money(lambda d: _n(d["capacity_mw"])[_gp_us_coal(d)].sum()),
        ("capacity_mw", *_GP_ID),
    ),
    Q(
        "and on average when were those plants built",
        has(lambda d: _n(d["commissioning_year"])[_gp_us_coal(d)].mean(), rel=0.0004),
        ("commissioning_year", "capacity_mw", *_GP_ID),
    ),
    Q(
        "how many plants have no 2019 generation numbers",
        _count(lambda d: int(_n(d[_G19]).isna().sum())),
        (_G19, *_GP_ID),
    ),
    Q(
        "how did total generation change between 2013 and 2019",
        either(
            _pair(lambda d: _n(d[_G13]).sum(), lambda d: _n(d[_G19]).sum()),
            _pair(
                lambda d: _n(d[_G13])[_n(d[_G13]).notna() & _n(d[_G19]).notna()].sum(),
                lambda d: _n(d[_G19])[_n(d[_G13]).notna() & _n(d[_G19]).notna()].sum(),
            ),
        ),
        (_G13, _G19, *_GP_ID),
    ),
    Q(
        "do bigger plants generate more? like capacity vs 2019 generation",
        corr_of(lambda d: _n(d["capacity_mw"]), lambda d: _n(d[_G19])),
        ("capacity_mw", _G19, *_GP_ID),
    ),
]


HELDOUT201 = [
    Dataset("sense_device_usage", _sense_frame, _SENSE_QS),
    Dataset("etoro_closed_positions", _etoro_frame, _ETORO_QS),
    Dataset("serializd_tv_diary", _serializd_frame, _SERIALIZD_QS),
    Dataset("emma_budget_transactions", _emma_frame, _EMMA_QS),
    Dataset("sf_film_locations", _sf_frame, _SF_QS),
    Dataset("nhtsa_vehicle_complaints", _nhtsa_frame, _NHTSA_QS),
    Dataset("wri_global_power_plants", _gppd_frame, _GPPD_QS),
]
