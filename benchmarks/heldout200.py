"""HELDOUT200: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a Google Nest thermostat history from Google
Takeout flattened to one row per day (2022-2024, a few offline days missing) with date ("2023-01-05"),
total_heating_minutes, total_cooling_minutes, avg_indoor_temp_c and avg_outdoor_temp_c (Celsius, one decimal, the
outdoor reading blank on days the weather feed dropped), hvac_mode (upper-case HEAT / COOL / HEATCOOL / OFF) and
eco_minutes; a DEGIRO Account.csv statement (2022-2024, newest first) with Date ("15-03-2024"), Time ("09:31"),
"Value date", Product (upper-case, "APPLE INC. - COMMON ST", blank on cash rows), ISIN, Description ("Buy 10 APPLE
INC. - COMMON ST@170.5 USD (US0378331005)", "DEGIRO Transaction and/or third party fees", "FX Credit", "FX Debit",
"Dividend", "Dividend Tax", "iDEAL Deposit", "DEGIRO Exchange Connection Fee 2023 (...)"), FX (rate on FX rows
only), Change (currency) and its unnamed amount column ("Unnamed: 8"), Balance (currency) and its unnamed amount
column ("Unnamed: 10"), and "Order Id" (a UUID repeated over an order's trade, FX and fee rows, blank otherwise); an
ActivityWatch window-watcher export (March 2024, one row per event) with bucket ("aw-watcher-window_thinkpad"),
timestamp (ISO with microseconds and "+00:00"), duration (seconds, fractional, some 0), app ("firefox", "Code",
"Slack", "gnome-terminal-server", "unknown") and title (window titles, a few blank); a Settle Up group export
(2023-2024, two groups "Flat 12B" and "Prague trip 2023") with "Who paid", Amount (in the row's currency),
Currency (EUR, CZK on the trip), "For whom" ("Anna;Ben;Chloe"), Weights ("1;1;2"), Purpose, Category (blank on
transfers), "Date & time" ("2023-06-12 19:32"), "Exchange rate" (blank for EUR), "Converted amount" (EUR), Type
(expense / transfer) and "Group name"; FDA FAERS adverse event reports flattened to one row per report (2023) with
primaryid (caseid and version digit), caseid (repeated when a case has a follow-up version), caseversion, event_dt
(YYYYMMDD, sometimes YYYYMM or YYYY, or blank), age, age_cod (YR / MON / DEC / DY, blank with a blank age), sex (F
/ M / UNK / blank), reporter_country ("US", "GB", "JP" ...), drugname (upper-case primary suspect), role_cod (PS),
pt (MedDRA preferred term, "Nausea", "Drug ineffective") and outc_cod (";"-joined codes "HO;LT", DE for death,
blank when not serious); Montgomery County MD employee salaries 2023 with Department (code, "POL"), "Department
Name", Division, Gender (F / M), "Base Salary" (two decimals), "2023 Overtime Pay", "2023 Longevity Pay" (0 for
most) and Grade (text, "25", "M3", "F2", "PS1"); and the US BTS Border Crossing Entry Data (2021-2024, newest first,
months with no traffic left out) with "Port Name", State (full name), "Port Code" (number, leading zero lost),
Border ("US-Canada Border" / "US-Mexico Border"), Date ("Jan 2024"), Measure ("Personal Vehicles", "Personal
Vehicle Passengers", "Pedestrians", "Trucks", "Truck Containers Loaded", "Buses", "Bus Passengers"), Value,
Latitude, Longitude and Point ("POINT (-106.45 31.76)"). All are generated with fixed seeds 20001-20007.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share, _text
from .heldout173 import _money, _top
from .heldout183 import _abouts, _peak_month, _ymd
from .offline_eval import Check, Dataset, Q, corr_of, either, scaled
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

# --- shared helpers ------------------------------------------------------------------------------------------------


def _n(s: pd.Series) -> pd.Series:
    return pd.to_numeric(s, errors="coerce")


def _signed_money(value: Callable[[pd.DataFrame], Any]) -> Check:
    """An amount as itself or with its sign flipped ("-12.50" or "12.50" for fees paid)."""
    return either(_money(value), _money(lambda d: -float(value(d))))


def _duration(value: Callable[[pd.DataFrame], float]) -> Check:
    """A span given in seconds, as seconds, minutes or hours."""
    return scaled(value, (60.0, 3600.0))


# --- 1. Google Nest thermostat history (Takeout, one row per day) --------------------------------------------------


def _nest_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20001)
    rows = []
    for day in pd.date_range("2022-01-01", "2024-12-31", freq="D"):
        doy = day.dayofyear
        outdoor = 10.5 - 11.5 * np.cos(2 * np.pi * (doy - 15) / 365.25) + rng.normal(0, 3.2)
        m = day.month
        if m in (11, 12, 1, 2, 3):
            mode = "HEAT"
        elif m in (6, 7, 8):
            mode = "COOL"
        else:
            mode = str(_one(rng, ["HEATCOOL", "OFF"], [0.75, 0.25]))
        heat = max(0.0, (16.5 - outdoor) * 24 + rng.normal(0, 25)) if mode in ("HEAT", "HEATCOOL") else 0.0
        cool = max(0.0, (outdoor - 21.0) * 32 + rng.normal(0, 20)) if mode in ("COOL", "HEATCOOL") else 0.0
        if day.year == 2023 and m == 1:
            heat *= 1.25
        eco = int(rng.choice([0, 0, 0, 120, 480, 1440], p=[0.5, 0.1, 0.1, 0.12, 0.15, 0.03]))
        indoor = 20.2 + (1.4 if mode == "COOL" else 0.0) + rng.normal(0, 0.6) - (0.8 if eco >= 480 else 0.0)
        rows.append(
            {
                "date": day.strftime("%Y-%m-%d"),
                "total_heating_minutes": int(np.rint(heat)),
                "total_cooling_minutes": int(np.rint(cool)),
                "avg_indoor_temp_c": round(indoor, 1),
                "avg_outdoor_temp_c": round(outdoor, 1) if rng.random() > 0.035 else np.nan,
                "hvac_mode": mode,
                "eco_minutes": eco,
            }
        )
    df = pd.DataFrame(rows)
    drop = rng.choice(len(df), 11, replace=False)
    return df.drop(index=drop).reset_index(drop=True)


def _ns_heat_month(d: pd.DataFrame) -> pd.Timestamp:
    return _peak_month(_ymd(d["date"]), _n(d["total_heating_minutes"]))


def _ns_cool_2023(d: pd.DataFrame) -> float:
    return float(_n(d["total_cooling_minutes"])[_ymd(d["date"]).dt.year == 2023].sum()) * 60.0


_NS_ID = ("date",)
_NEST_QS = [
    Q(
        "how many days did the heating actually come on",
        _count(lambda d: int((_n(d["total_heating_minutes"]) > 0).sum())),
        ("total_heating_minutes", *_NS_ID),
    ),
    Q(
        "which month used the most heating?",
        _lead(_month_year(_ns_heat_month)),
        ("total_heating_minutes", *_NS_ID),
    ),
    Q(
        "what's the usual temperature inside the house",
        _abouts(lambda d: _n(d["avg_indoor_temp_c"]).mean(), lambda d: _n(d["avg_indoor_temp_c"]).median()),
        ("avg_indoor_temp_c", *_NS_ID),
    ),
    Q(
        "does the heating run longer when it's colder outside",
        corr_of(lambda d: _n(d["total_heating_minutes"]), lambda d: _n(d["avg_outdoor_temp_c"])),
        ("total_heating_minutes", "avg_outdoor_temp_c", *_NS_ID),
    ),
    Q(
        "how many days are missing the outside temp",
        _count(lambda d: int(_n(d["avg_outdoor_temp_c"]).isna().sum())),
        ("avg_outdoor_temp_c", *_NS_ID),
    ),
    Q(
        "how many hours did the ac run in 2023",
        _duration(_ns_cool_2023),
        ("total_cooling_minutes", *_NS_ID),
    ),
]


# --- 2. DEGIRO account statement -----------------------------------------------------------------------------------

# short name: product, ISIN, currency, start price, buys per year, dividend per share per quarter (0: none)
_DG_PRODUCTS = {
    "Vanguard": ("VANGUARD FTSE ALL-WORLD UCITS ETF USD DIS", "IE00B3RBWM25", "EUR", 98.0, 12, 0.45),
    "iShares": ("ISHARES CORE MSCI WORLD UCITS ETF USD (ACC)", "IE00B4L5Y983", "EUR", 72.0, 8, 0.0),
    "Apple": ("APPLE INC. - COMMON ST", "US0378331005", "USD", 165.0, 5, 0.24),
    "Microsoft": ("MICROSOFT CORPORATION - COMMON STOCK", "US5949181045", "USD", 290.0, 2, 0.68),
    "Coca-Cola": ("COCA-COLA COMPANY (THE", "US1912161007", "USD", 61.0, 2, 0.46),
    "ASML": ("ASML HOLDING", "NL0010273215", "EUR", 600.0, 1, 0.0),
}


def _uuid(rng: np.random.Generator) -> str:
    h = "".join(rng.choice(list("0123456789abcdef"), 32))
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _degiro_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20002)
    events: list[dict] = []  # chronological; balances filled afterwards

    def add(t: pd.Timestamp, desc: str, cur: str, amt: float, **kw):
        vd = kw.get("value_date", t)
        events.append(
            {
                "t": t,
                "Date": t.strftime("%d-%m-%Y"),
                "Time": t.strftime("%H:%M"),
                "Value date": vd.strftime("%d-%m-%Y"),
                "Product": kw.get("product", ""),
                "ISIN": kw.get("isin", ""),
                "Description": desc,
                "FX": kw.get("fx", ""),
                "Change": cur,
                "Unnamed: 8": round(amt, 2),
                "Order Id": kw.get("order", ""),
            }
        )

    held = {k: 0 for k in _DG_PRODUCTS}
    for month in pd.date_range("2022-01-01", "2024-12-01", freq="MS"):
        dep = float(_one(rng, [500, 750, 1000, 1500], [3, 3, 3, 1]))
        add(month + pd.Timedelta(days=1, hours=8, minutes=int(rng.integers(0, 59))), "iDEAL Deposit", "EUR", dep)
        years = (month.year - 2022) + month.month / 12
        for key, (prod, isin, cur, p0, per_year, _div) in _DG_PRODUCTS.items():
            k = int(rng.poisson(per_year / 12)) if per_year < 12 else 1
            for _ in range(k):
                t = month + pd.Timedelta(days=int(rng.integers(2, 27)), hours=int(rng.integers(9, 17)))
                t += pd.Timedelta(minutes=int(rng.integers(0, 59)))
                price = round(p0 * (1 + 0.09 * years) * float(rng.normal(1, 0.04)), 2)
                sell = held[key] > 10 and rng.random() < 0.08
                qty = int(rng.integers(1, 6)) if price > 200 else int(rng.integers(2, 15))
                if sell:
                    qty = min(qty, held[key])
                held[key] += -qty if sell else qty
                order = _uuid(rng)
                verb = "Sell" if sell else "Buy"
                desc = f"{verb} {qty} {prod}@{price:g} {cur} ({isin})"
                value = qty * price * (1 if sell else -1)
                kw = {"product": prod, "isin": isin, "order": order}
                if cur == "USD":
                    fx = round(float(rng.normal(1.08, 0.03)), 4)
                    add(t, desc, "USD", value, **kw)
                    add(t, "FX Credit" if not sell else "FX Debit", "USD", -value, fx=f"{fx}", **kw)
                    add(t, "FX Debit" if not sell else "FX Credit", "EUR", value / fx, **kw)
                    add(t, "DEGIRO Transaction and/or third party fees", "EUR", -2.0, **kw)
                else:
                    add(t, desc, "EUR", value, **kw)
                    add(t, "DEGIRO Transaction and/or third party fees", "EUR", -1.0 if key != "ASML" else -3.9, **kw)
        if month.month in (3, 6, 9, 12):
            for key, (prod, isin, cur, _p0, _per, div) in _DG_PRODUCTS.items():
                if div and held[key]:
                    t = month + pd.Timedelta(days=int(rng.integers(10, 20)), hours=7, minutes=12)
                    gross = held[key] * div
                    add(t, "Dividend", cur, gross, product=prod, isin=isin, value_date=t - pd.Timedelta(days=1))
                    tax = 0.15 if cur == "USD" else 0.0
                    if tax:
                        add(t, "Dividend Tax", cur, -gross * tax, product=prod, isin=isin)
        if month.month == 1 and month.year > 2022:
            t = month + pd.Timedelta(days=int(rng.integers(2, 6)), hours=6)
            add(t, f"DEGIRO Exchange Connection Fee {month.year - 1} (New York Stock Exchange - NSY)", "EUR", -2.5)
            add(t, f"DEGIRO Exchange Connection Fee {month.year - 1} (Euronext Amsterdam - EAM)", "EUR", -2.5)
        if rng.random() < 0.3:
            t = month + pd.Timedelta(days=27, hours=5)
            add(t, "Flatex Interest Income", "EUR", round(float(rng.uniform(0.01, 1.8)), 2))
    df = pd.DataFrame(events).sort_values("t", kind="stable").reset_index(drop=True)
    bal = {"EUR": 0.0, "USD": 0.0}
    balances = []
    for cur, amt in zip(df["Change"], df["Unnamed: 8"], strict=True):
        bal[cur] += amt
        balances.append(round(bal[cur], 2))
    df["Balance"] = df["Change"]
    df["Unnamed: 10"] = balances
    df = df.iloc[::-1].reset_index(drop=True)
    cols = ["Date", "Time", "Value date", "Product", "ISIN", "Description", "FX", "Change", "Unnamed: 8"]
    return df[[*cols, "Balance", "Unnamed: 10", "Order Id"]]


def _dg_amt(d: pd.DataFrame) -> pd.Series:
    return _n(d["Unnamed: 8"])


def _dg_desc(d: pd.DataFrame) -> pd.Series:
    return _text(d["Description"])


def _dg_trades(d: pd.DataFrame) -> pd.Series:
    return _dg_desc(d).str.match(r"(?:Buy|Sell) \d")


def _dg_short(product: str) -> str:
    return next(k for k, v in _DG_PRODUCTS.items() if v[0] == product)


def _dg_top(d: pd.DataFrame) -> str:
    return _dg_short(_top(_text(d["Product"])[_dg_trades(d)].value_counts()))


def _dg_bought(d: pd.DataFrame) -> float:
    prod = _DG_PRODUCTS[_dg_top(d)][0]
    m = _dg_desc(d).str.startswith("Buy ") & _text(d["Product"]).eq(prod)
    return float(_dg_desc(d)[m].str.extract(r"^Buy (\d+) ")[0].astype(float).sum())


def _dg_coke(tax: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        kinds = ["Dividend", "Dividend Tax"] if tax else ["Dividend"]
        m = _text(d["Product"]).str.startswith("COCA-COLA") & _dg_desc(d).isin(kinds)
        return float(_dg_amt(d)[m].sum())

    return value


_DG_ID = ("Date", "Time", "Product", "Description", "Change", "Unnamed: 8", "Order Id")
_DEGIRO_QS = [
    Q(
        "how much have i paid in fees",
        either(
            _signed_money(lambda d: _dg_amt(d)[_dg_desc(d).str.contains("fee", case=False)].sum()),
            _signed_money(lambda d: _dg_amt(d)[_dg_desc(d).str.startswith("DEGIRO Transaction")].sum()),
        ),
        _DG_ID,
    ),
    Q(
        "how many times did i buy apple",
        _count(lambda d: int((_dg_desc(d).str.startswith("Buy ") & _text(d["Product"]).str.contains("APPLE")).sum())),
        ("ISIN", *_DG_ID),
    ),
    Q(
        "total money deposited?",
        _money(lambda d: _dg_amt(d)[_dg_desc(d).str.contains("Deposit")].sum()),
        _DG_ID,
    ),
    Q(
        "how much did coca cola pay me in dividends",
        either(_money(_dg_coke(False)), _money(_dg_coke(True))),
        ("ISIN", *_DG_ID),
    ),
    Q("which stock have i traded the most", _lead(_named(_dg_top)), ("ISIN", *_DG_ID)),
    Q("how many shares of it did i buy altogether", _count(_dg_bought), ("ISIN", *_DG_ID)),
]


# --- 3. ActivityWatch window events --------------------------------------------------------------------------------

# app: weight, mean seconds, titles
_AW_APPS = {
    "firefox": (
        30,
        55,
        [
            "GitHub - acme/api: Backend services — Mozilla Firefox",
            "Stack Overflow - Where Developers Learn — Mozilla Firefox",
            "YouTube — Mozilla Firefox",
            "Gmail - Inbox (3) — Mozilla Firefox",
            "Jira - Sprint board — Mozilla Firefox",
        ],
    ),
    "Code": (
        26,
        140,
        ["main.py - api - Visual Studio Code", "models.py - api - Visual Studio Code", "README.md - docs - Code"],
    ),
    "Slack": (20, 40, ["Slack | #general | Acme", "Slack | #backend | Acme", "Slack | Sam Lee (DM) | Acme"]),
    "gnome-terminal-server": (14, 70, ["dev@thinkpad: ~/api", "dev@thinkpad: ~", "htop"]),
    "Spotify": (4, 20, ["Spotify Premium", "Daft Punk - Around the World"]),
    "zoom": (3, 600, ["Zoom Meeting", "Zoom"]),
    "unknown": (3, 8, [""]),
}


def _aw_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20003)
    names = list(_AW_APPS)
    weights = [v[0] for v in _AW_APPS.values()]
    rows = []
    for day in pd.date_range("2024-03-01", "2024-03-29", freq="D"):
        if day.dayofweek >= 5 and rng.random() < 0.7:
            continue
        n = int(rng.integers(60, 240)) if day.dayofweek < 5 else int(rng.integers(15, 50))
        t = day + pd.Timedelta(hours=8, minutes=int(rng.integers(0, 40)))
        for _ in range(n):
            app = str(_one(rng, names, weights))
            _, mean, titles = _AW_APPS[app]
            dur = 0.0 if rng.random() < 0.06 else round(float(rng.exponential(mean)), 3)
            if rng.random() < 0.05:
                dur = round(float(rng.uniform(0.05, 0.99)), 3)
            title = str(_one(rng, titles))
            if app != "unknown" and rng.random() < 0.02:
                title = ""
            rows.append(
                {
                    "bucket": "aw-watcher-window_thinkpad",
                    "timestamp": (t + pd.Timedelta(microseconds=int(rng.integers(0, 999999)))).strftime(
                        "%Y-%m-%dT%H:%M:%S.%f+00:00"
                    ),
                    "duration": dur,
                    "app": app,
                    "title": title,
                }
            )
            t += pd.Timedelta(seconds=dur + float(rng.exponential(20)))
            if t.hour >= 20:
                break
    return pd.DataFrame(rows).iloc[::-1].reset_index(drop=True)


def _aw_day(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["timestamp"]).str.slice(0, 10), format="%Y-%m-%d")


def _aw_by_app(d: pd.DataFrame) -> pd.Series:
    return _n(d["duration"]).groupby(_text(d["app"])).sum()


_AW_ID = ("timestamp", "duration", "app")
_AW_QS = [
    Q("how many hours of screen time is in here", _duration(lambda d: _n(d["duration"]).sum()), _AW_ID),
    Q("which app did i spend the most time in", _lead(_named(lambda d: _top(_aw_by_app(d)))), _AW_ID),
    Q("how much time was i on slack", _duration(lambda d: _aw_by_app(d)["Slack"]), _AW_ID),
    Q(
        "what percentage of my total time is that",
        _share(lambda d: _aw_by_app(d)["Slack"] / _n(d["duration"]).sum()),
        _AW_ID,
    ),
    Q(
        "which day was i on the computer the longest",
        _lead(_day(lambda d: _n(d["duration"]).groupby(_aw_day(d)).sum().idxmax())),
        _AW_ID,
    ),
    Q(
        "how many events lasted less than a second",
        either(
            _count(lambda d: int((_n(d["duration"]) < 1).sum())),
            _count(lambda d: int(((_n(d["duration"]) < 1) & (_n(d["duration"]) > 0)).sum())),
        ),
        _AW_ID,
    ),
]


# --- 4. Settle Up group export -------------------------------------------------------------------------------------

_SU_FLAT = ["Anna", "Ben", "Chloe"]
_SU_TRIP = ["Anna", "Ben", "Chloe", "Dan"]
# category: per month, mean EUR, purposes
_SU_FLAT_SPEND = {
    "Groceries": (10, 48, ["Albert Heijn", "Lidl", "Jumbo", "groceries"]),
    "Utilities": (1, 160, ["Electricity", "Internet", "Water bill"]),
    "Restaurants": (1.5, 62, ["Pizza night", "Thai takeaway", "Sushi"]),
    "Other": (1, 25, ["Cleaning stuff", "Toilet paper", "Plants"]),
}
_SU_TRIP_SPEND = {
    "Restaurants": (14, 900, ["Lokál", "U Fleků", "Café Louvre", "Burgers", "Trdelník"]),
    "Transport": (6, 250, ["Taxi", "Tram tickets", "Bolt"]),
    "Entertainment": (4, 600, ["Castle tickets", "Boat tour", "Jazz club"]),
    "Groceries": (4, 450, ["Billa", "Albert"]),
}


def _settleup_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20004)
    rows = []

    def add(t, payer, amount, cur, whom, weights, purpose, cat, group, kind="expense", rate=None):
        conv = amount * rate if rate else amount
        rows.append(
            {
                "Who paid": payer,
                "Amount": round(amount, 2),
                "Currency": cur,
                "For whom": ";".join(whom),
                "Weights": ";".join(str(w) for w in weights),
                "Purpose": purpose,
                "Category": cat,
                "Date & time": t.strftime("%Y-%m-%d %H:%M"),
                "Exchange rate": rate if rate else np.nan,
                "Converted amount": round(conv, 2),
                "Type": kind,
                "Group name": group,
            }
        )

    for month in pd.date_range("2023-01-01", "2024-12-01", freq="MS"):
        for cat, (per, mean, purposes) in _SU_FLAT_SPEND.items():
            for _ in range(int(rng.poisson(per))):
                t = month + pd.Timedelta(days=int(rng.integers(0, 28)), hours=int(rng.integers(8, 22)))
                t += pd.Timedelta(minutes=int(rng.integers(0, 60)))
                payer = str(_one(rng, _SU_FLAT, [4, 3, 2]))
                weights = [1, 1, 2] if cat == "Utilities" and month.year == 2024 else [1, 1, 1]
                amt = max(3.0, float(rng.normal(mean, mean * 0.35)))
                add(t, payer, amt, "EUR", _SU_FLAT, weights, str(_one(rng, purposes)), cat, "Flat 12B")
        t = month + pd.Timedelta(days=27, hours=20)
        add(t, "Chloe", float(rng.uniform(40, 120)), "EUR", ["Anna"], [1], "Settle debts", "", "Flat 12B", "transfer")
    start = pd.Timestamp("2023-06-10")
    add(
        start - pd.Timedelta(days=40),
        "Dan",
        1240.0,
        "EUR",
        _SU_TRIP,
        [1, 1, 1, 1],
        "Airbnb Prague",
        "Accommodation",
        "Prague trip 2023",
    )
    add(
        start - pd.Timedelta(days=35),
        "Ben",
        684.4,
        "EUR",
        _SU_TRIP,
        [1, 1, 1, 1],
        "Flights",
        "Transport",
        "Prague trip 2023",
    )
    for cat, (k, mean, purposes) in _SU_TRIP_SPEND.items():
        for _ in range(k):
            t = start + pd.Timedelta(days=int(rng.integers(0, 7)), hours=int(rng.integers(9, 23)))
            t += pd.Timedelta(minutes=int(rng.integers(0, 60)))
            payer = str(_one(rng, _SU_TRIP))
            whom = _SU_TRIP if rng.random() < 0.75 else ["Anna", "Ben", "Dan"]
            weights = [1] * len(whom)
            if cat == "Restaurants" and rng.random() < 0.3:
                weights = [2 if w == "Ben" else 1 for w in whom]
            amt = float(round(max(80.0, rng.normal(mean, mean * 0.4)), 0))
            rate = round(float(rng.normal(0.0415, 0.0004)), 5)
            add(t, payer, amt, "CZK", whom, weights, str(_one(rng, purposes)), cat, "Prague trip 2023", rate=rate)
    for who in ("Anna", "Chloe", "Dan"):
        add(
            start + pd.Timedelta(days=12),
            who,
            float(rng.uniform(30, 90)),
            "EUR",
            ["Ben"],
            [1],
            "Settle debts",
            "",
            "Prague trip 2023",
            "transfer",
        )
    df = pd.DataFrame(rows).sort_values("Date & time", ascending=False, kind="stable").reset_index(drop=True)
    return df


def _su_exp(d: pd.DataFrame) -> pd.Series:
    return _text(d["Type"]).eq("expense")


def _su_trip(d: pd.DataFrame) -> pd.Series:
    return _text(d["Group name"]).eq("Prague trip 2023")


def _su_ben_trip(d: pd.DataFrame) -> float:
    total = 0.0
    m = _su_exp(d) & _su_trip(d)
    for whom, ws, conv in zip(d["For whom"][m], d["Weights"][m], _n(d["Converted amount"])[m], strict=True):
        names = str(whom).split(";")
        w = [float(x) for x in str(ws).split(";")]
        if "Ben" in names:
            total += conv * w[names.index("Ben")] / sum(w)
    return total


def _su_anna(transfers: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        m = _text(d["Who paid"]).eq("Anna") & (_su_exp(d) | transfers)
        return float(_n(d["Converted amount"])[m].sum())

    return value


_SU_ID = ("Who paid", "Amount", "Currency", "Converted amount", "Type", "Date & time", "Group name")
_SETTLEUP_QS = [
    Q("how much has anna paid in total", either(_money(_su_anna(False)), _money(_su_anna(True))), _SU_ID),
    Q(
        "what do we spend the most on",
        _lead(
            _named(
                lambda d: _top(_n(d["Converted amount"])[_su_exp(d)].groupby(_text(d["Category"])[_su_exp(d)]).sum())
            )
        ),
        ("Category", "Purpose", *_SU_ID),
    ),
    Q(
        "how many expenses were paid in czech crowns",
        _count(lambda d: int((_text(d["Currency"]).eq("CZK") & _su_exp(d)).sum())),
        _SU_ID,
    ),
    Q(
        "what was the priciest single thing",
        _lead(
            _named(lambda d: str(_text(d["Purpose"])[_su_exp(d)].loc[_n(d["Converted amount"])[_su_exp(d)].idxmax()]))
        ),
        ("Purpose", "Category", *_SU_ID),
    ),
    Q(
        "how much did the prague trip cost altogether",
        _money(lambda d: _n(d["Converted amount"])[_su_exp(d) & _su_trip(d)].sum()),
        _SU_ID,
    ),
    Q("and how much of that was ben's share", _money(_su_ben_trip), ("For whom", "Weights", *_SU_ID)),
]


# --- 5. FDA FAERS reports, one row per report ----------------------------------------------------------------------

# drug: weight, reactions with weights, death rate, hospitalisation rate, female share, mean age
_FA_DRUGS = {
    "HUMIRA": (
        18,
        {"Injection site pain": 5, "Drug ineffective": 6, "Arthralgia": 3, "Pneumonia": 2},
        0.02,
        0.2,
        0.6,
        52,
    ),
    "OZEMPIC": (14, {"Nausea": 8, "Vomiting": 5, "Diarrhoea": 4, "Weight decreased": 2}, 0.01, 0.12, 0.68, 56),
    "DUPIXENT": (12, {"Conjunctivitis": 5, "Eczema": 4, "Drug ineffective": 3, "Rash": 2}, 0.005, 0.05, 0.55, 40),
    "XARELTO": (9, {"Gastrointestinal haemorrhage": 6, "Haemorrhage": 4, "Anaemia": 2}, 0.08, 0.55, 0.45, 72),
    "KEYTRUDA": (8, {"Pneumonitis": 4, "Colitis": 3, "Death": 3, "Fatigue": 3}, 0.25, 0.6, 0.38, 66),
    "ELIQUIS": (7, {"Haemorrhage": 5, "Contusion": 3, "Epistaxis": 3}, 0.06, 0.45, 0.5, 74),
    "REVLIMID": (6, {"Neutropenia": 4, "Fatigue": 3, "Death": 2, "Rash": 2}, 0.2, 0.4, 0.42, 68),
    "METFORMIN": (5, {"Lactic acidosis": 4, "Diarrhoea": 3, "Nausea": 2}, 0.05, 0.5, 0.48, 61),
    "PREDNISONE": (4, {"Insomnia": 3, "Hyperglycaemia": 3, "Off label use": 2}, 0.03, 0.3, 0.57, 58),
}


def _faers_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20005)
    drugs = list(_FA_DRUGS)
    rows = []
    caseid = 22450000
    for _ in range(2600):
        caseid += int(rng.integers(1, 40))
        drug = str(_one(rng, drugs, [v[0] for v in _FA_DRUGS.values()]))
        _, reactions, death, hosp, female, mean_age = _FA_DRUGS[drug]
        pt = str(_one(rng, list(reactions), list(reactions.values())))
        outc = []
        if pt == "Death" or rng.random() < death:
            outc.append("DE")
        if rng.random() < hosp:
            outc.append("HO")
        if rng.random() < hosp * 0.25:
            outc.append("LT")
        if not outc and rng.random() < 0.4:
            outc.append("OT")
        years = float(np.clip(rng.normal(mean_age, 14), 1, 97))
        r = rng.random()
        if r < 0.22:
            age, code = np.nan, ""
        elif r < 0.25:
            age, code = float(int(years // 10)), "DEC"
        elif r < 0.27:
            age, code = float(int(rng.integers(2, 23))), "MON"
        elif r < 0.275:
            age, code = float(int(rng.integers(1, 28))), "DY"
        else:
            age, code = float(int(years)), "YR"
        sx = rng.random()
        sex = "F" if sx < female * 0.9 else ("M" if sx < 0.9 else str(_one(rng, ["UNK", ""], [1, 2])))
        country = str(_one(rng, ["US", "GB", "JP", "CA", "DE", "FR", "BR"], [70, 7, 6, 5, 5, 4, 3]))
        ev = pd.Timestamp("2022-06-01") + pd.Timedelta(days=int(rng.integers(0, 570)))
        e = rng.random()
        event = (
            ""
            if e < 0.3
            else (ev.strftime("%Y%m") if e < 0.4 else (ev.strftime("%Y") if e < 0.45 else ev.strftime("%Y%m%d")))
        )
        versions = [1] if rng.random() > 0.07 else [1, 2]
        for v in versions:
            rows.append(
                {
                    "primaryid": caseid * 10 + v,
                    "caseid": caseid,
                    "caseversion": v,
                    "event_dt": event,
                    "age": age,
                    "age_cod": code,
                    "sex": sex,
                    "reporter_country": country,
                    "drugname": drug,
                    "role_cod": "PS",
                    "pt": pt,
                    "outc_cod": ";".join(outc),
                }
            )
    return pd.DataFrame(rows)


def _fa_years(d: pd.DataFrame) -> pd.Series:
    per = {"YR": 1.0, "DEC": 10.0, "MON": 1 / 12, "WK": 1 / 52, "DY": 1 / 365}
    return _n(d["age"]) * _text(d["age_cod"]).map(per)


def _fa_dead(d: pd.DataFrame) -> pd.Series:
    return _text(d["outc_cod"]).str.contains("DE")


_FA_ID = ("primaryid", "caseid")
_FAERS_QS = [
    Q(
        "how many reports involve someone dying",
        either(
            _count(lambda d: int(_fa_dead(d).sum())),
            _count(lambda d: int(d["caseid"][_fa_dead(d)].nunique())),
        ),
        ("outc_cod", "pt", *_FA_ID),
    ),
    Q(
        "which drug shows up the most",
        _lead(_named(lambda d: _top(_text(d["drugname"]).value_counts()))),
        ("drugname", *_FA_ID),
    ),
    Q(
        "average age of the patients?",
        _abouts(lambda d: _fa_years(d).mean(), lambda d: _n(d["age"])[_text(d["age_cod"]).eq("YR")].mean()),
        ("age", "age_cod", *_FA_ID),
    ),
    Q(
        "how many women vs men",
        either(
            _count(lambda d: [int(_text(d["sex"]).eq("F").sum()), int(_text(d["sex"]).eq("M").sum())]),
            _count(
                lambda d: [
                    int(d["caseid"][_text(d["sex"]).eq("F")].nunique()),
                    int(d["caseid"][_text(d["sex"]).eq("M")].nunique()),
                ]
            ),
        ),
        ("sex", *_FA_ID),
    ),
    Q(
        "most common side effect for ozempic",
        _lead(_named(lambda d: _top(_text(d["pt"])[_text(d["drugname"]).eq("OZEMPIC")].value_counts()))),
        ("pt", "drugname", *_FA_ID),
    ),
    Q(
        "what fraction of reports come from outside the us",
        _share(lambda d: _text(d["reporter_country"]).ne("US").mean()),
        ("reporter_country", *_FA_ID),
    ),
]


# --- 6. Montgomery County MD employee salaries 2023 ----------------------------------------------------------------

# code: name, staff, mean base, overtime mean (for those with any), divisions, grades
_MC_DEPTS = {
    "POL": (
        "Department of Police",
        950,
        92000,
        14000,
        ["Patrol Services", "Investigative Services", "Management Services", "Field Services"],
        ["P2", "P3", "P4", "P5", "M3", "21"],
    ),
    "FRS": (
        "Fire and Rescue Services",
        720,
        88000,
        21000,
        ["Operations", "Volunteer Services", "Fire and Explosive Investigations", "Training Academy"],
        ["F1", "F2", "F3", "B2", "M3"],
    ),
    "HHS": (
        "Department of Health and Human Services",
        780,
        76000,
        1500,
        [
            "Children, Youth and Family Services",
            "Behavioral Health and Crisis Services",
            "Public Health Services",
            "Aging and Disability Services",
        ],
        ["18", "21", "23", "25", "28", "M3"],
    ),
    "DOT": (
        "Department of Transportation",
        520,
        64000,
        6500,
        ["Transit Services", "Highway Services", "Traffic Engineering and Operations", "Parking Management"],
        ["13", "15", "16", "18", "21", "M3"],
    ),
    "COR": (
        "Correction and Rehabilitation",
        330,
        71000,
        11000,
        ["Detention Services", "Pre-Release and Re-entry Services", "Management Services"],
        ["C2", "C3", "C4", "21", "M3"],
    ),
    "LIB": (
        "Department of Public Libraries",
        260,
        58000,
        300,
        ["Branch Services", "Collection Management", "Administration"],
        ["12", "15", "18", "21", "M3"],
    ),
    "DPS": (
        "Department of Permitting Services",
        210,
        89000,
        2000,
        ["Building Construction", "Zoning and Site Plan Enforcement", "Land Development"],
        ["21", "23", "25", "26", "M3"],
    ),
    "TBS": (
        "Department of Technology and Enterprise Business Solutions",
        160,
        112000,
        900,
        ["Enterprise Applications", "Infrastructure and Operations", "Office of Broadband Programs"],
        ["25", "26", "27", "28", "M2"],
    ),
    "CAT": (
        "Office of the County Attorney",
        70,
        128000,
        0,
        ["Litigation", "Finance and Procurement", "Human Resources and Appeals"],
        ["30", "31", "32", "M1", "M2"],
    ),
    "BOE": (
        "Board of Elections",
        45,
        61000,
        3500,
        ["Election Operations", "Voter Registration"],
        ["13", "16", "18", "M3"],
    ),
}


def _montgomery_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20006)
    rows = []
    for code, (name, staff, mean, ot, divisions, grades) in _MC_DEPTS.items():
        female_share = {"POL": 0.28, "FRS": 0.15, "HHS": 0.72, "LIB": 0.7, "COR": 0.35}.get(code, 0.48)
        for _ in range(staff):
            female = rng.random() < female_share
            base = max(32000.0, float(rng.normal(mean * (0.94 if female else 1.03), mean * 0.2)))
            if rng.random() < 0.04:
                base *= 0.5
            has_ot = ot > 0 and rng.random() < (0.8 if code in ("POL", "FRS", "COR") else 0.35)
            overtime = float(rng.gamma(1.3, ot / 1.3)) if has_ot else 0.0
            longevity = float(_one(rng, [0.0, 0.0, 0.0, 1560.0, 2850.0, 4720.0]))
            rows.append(
                {
                    "Department": code,
                    "Department Name": name,
                    "Division": str(_one(rng, divisions, list(range(len(divisions), 0, -1)))),
                    "Gender": "F" if female else "M",
                    "Base Salary": round(base, 2),
                    "2023 Overtime Pay": round(overtime, 2),
                    "2023 Longevity Pay": longevity,
                    "Grade": str(_one(rng, grades)),
                }
            )
    df = pd.DataFrame(rows)
    return df.iloc[rng.permutation(len(df))].reset_index(drop=True)


def _mc_best(d: pd.DataFrame) -> str:
    return _top(_n(d["Base Salary"]).groupby(_text(d["Department Name"])).mean())


def _mc_gender(how: str) -> Callable[[pd.DataFrame], list[float]]:
    def value(d: pd.DataFrame) -> list[float]:
        g = _n(d["Base Salary"]).groupby(_text(d["Gender"])).agg(how)
        return [float(g["F"]), float(g["M"])]

    return value


_MC_ALIASES = {
    v[0]: (k, v[0].replace("Department of ", "").replace("Office of the ", "")) for k, v in _MC_DEPTS.items()
}
_MC_ID = ("Department", "Department Name")
_MONTGOMERY_QS = [
    Q(
        "whats the average base pay",
        _abouts(lambda d: _n(d["Base Salary"]).mean(), lambda d: _n(d["Base Salary"]).median()),
        ("Base Salary",),
    ),
    Q("which department pays best on average", _lead(_named(_mc_best, _MC_ALIASES)), ("Base Salary", *_MC_ID)),
    Q(
        "how much overtime did the police get paid in total",
        _money(lambda d: _n(d["2023 Overtime Pay"])[_text(d["Department"]).eq("POL")].sum()),
        ("2023 Overtime Pay", *_MC_ID),
    ),
    Q(
        "do women earn less than men here",
        either(_abouts(_mc_gender("mean")), _abouts(_mc_gender("median"))),
        ("Gender", "Base Salary"),
    ),
    Q(
        "how many people made over 50k in overtime",
        _count(lambda d: int((_n(d["2023 Overtime Pay"]) > 50000).sum())),
        ("2023 Overtime Pay",),
    ),
    Q(
        "which division of the fire department has the most staff",
        _lead(_named(lambda d: _top(_text(d["Division"])[_text(d["Department"]).eq("FRS")].value_counts()))),
        ("Division", *_MC_ID),
    ),
]


# --- 7. BTS Border Crossing Entry Data -----------------------------------------------------------------------------

# port: state, code, border, lat, lon, monthly base per measure
_BC_PORTS = {
    "El Paso": (
        "Texas",
        2402,
        "Mexico",
        31.7587,
        -106.4869,
        {
            "Personal Vehicles": 620000,
            "Personal Vehicle Passengers": 1050000,
            "Pedestrians": 410000,
            "Trucks": 68000,
            "Truck Containers Loaded": 52000,
            "Buses": 350,
            "Bus Passengers": 5200,
        },
    ),
    "San Ysidro": (
        "California",
        2504,
        "Mexico",
        32.5422,
        -117.0302,
        {
            "Personal Vehicles": 1150000,
            "Personal Vehicle Passengers": 1700000,
            "Pedestrians": 560000,
            "Buses": 900,
            "Bus Passengers": 14000,
        },
    ),
    "Laredo": (
        "Texas",
        2304,
        "Mexico",
        27.4998,
        -99.5075,
        {
            "Personal Vehicles": 380000,
            "Personal Vehicle Passengers": 690000,
            "Pedestrians": 330000,
            "Trucks": 205000,
            "Truck Containers Loaded": 170000,
            "Buses": 1600,
            "Bus Passengers": 26000,
        },
    ),
    "Otay Mesa": (
        "California",
        2506,
        "Mexico",
        32.5500,
        -116.9386,
        {
            "Personal Vehicles": 520000,
            "Personal Vehicle Passengers": 800000,
            "Pedestrians": 95000,
            "Trucks": 88000,
            "Truck Containers Loaded": 71000,
        },
    ),
    "Nogales": (
        "Arizona",
        2604,
        "Mexico",
        31.3330,
        -110.9428,
        {
            "Personal Vehicles": 260000,
            "Personal Vehicle Passengers": 420000,
            "Pedestrians": 190000,
            "Trucks": 31000,
            "Truck Containers Loaded": 22000,
            "Buses": 300,
            "Bus Passengers": 4100,
        },
    ),
    "Detroit": (
        "Michigan",
        3801,
        "Canada",
        42.3320,
        -83.0480,
        {
            "Personal Vehicles": 230000,
            "Personal Vehicle Passengers": 360000,
            "Trucks": 130000,
            "Truck Containers Loaded": 98000,
            "Buses": 420,
            "Bus Passengers": 9800,
        },
    ),
    "Buffalo Niagara Falls": (
        "New York",
        901,
        "Canada",
        42.9060,
        -78.9058,
        {
            "Personal Vehicles": 270000,
            "Personal Vehicle Passengers": 480000,
            "Pedestrians": 9000,
            "Trucks": 77000,
            "Truck Containers Loaded": 60000,
            "Buses": 1100,
            "Bus Passengers": 31000,
        },
    ),
    "Blaine": (
        "Washington",
        3004,
        "Canada",
        49.0021,
        -122.7571,
        {
            "Personal Vehicles": 290000,
            "Personal Vehicle Passengers": 520000,
            "Pedestrians": 2500,
            "Trucks": 36000,
            "Truck Containers Loaded": 25000,
            "Buses": 500,
            "Bus Passengers": 12000,
        },
    ),
    "Champlain Rouses Point": (
        "New York",
        712,
        "Canada",
        44.9866,
        -73.4482,
        {
            "Personal Vehicles": 95000,
            "Personal Vehicle Passengers": 170000,
            "Trucks": 28000,
            "Truck Containers Loaded": 21000,
            "Buses": 240,
            "Bus Passengers": 5600,
        },
    ),
    "Sweetgrass": (
        "Montana",
        3310,
        "Canada",
        48.9986,
        -111.9597,
        {
            "Personal Vehicles": 17000,
            "Personal Vehicle Passengers": 29000,
            "Trucks": 12000,
            "Truck Containers Loaded": 9000,
            "Pedestrians": 20,
        },
    ),
}


def _bc_point(lon: float, lat: float) -> str:
    return f"POINT ({lon:g} {lat:g})"


def _border_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20007)
    rows = []
    months = pd.date_range("2021-01-01", "2024-12-01", freq="MS")
    for i, month in enumerate(months):
        recovery = min(1.0, 0.45 + i * 0.04)  # pandemic restrictions lifting through 2021-2022
        for port, (state, code, border, lat, lon, measures) in _BC_PORTS.items():
            canada_closed = border == "Canada" and month < pd.Timestamp("2021-11-01")
            season = 1 + 0.12 * np.sin(2 * np.pi * (month.month - 4) / 12)
            for measure, base in measures.items():
                freight = measure.startswith("Truck")
                factor = 1.0 if freight else recovery * season * (0.35 if canada_closed else 1.0)
                if freight:
                    factor = (1 + 0.025 * (month.year - 2021)) * float(rng.normal(1, 0.04))
                value = int(max(0.0, base * factor * float(rng.normal(1, 0.07))))
                if measure == "Pedestrians" and base < 100:
                    value = int(rng.poisson(base * factor * 0.5))
                if value == 0:
                    continue
                rows.append(
                    {
                        "Port Name": port,
                        "State": state,
                        "Port Code": code,
                        "Border": f"US-{border} Border",
                        "Date": month.strftime("%b %Y"),
                        "Measure": measure,
                        "Value": value,
                        "Latitude": lat,
                        "Longitude": lon,
                        "Point": _bc_point(lon, lat),
                    }
                )
    df = pd.DataFrame(rows)
    order = pd.to_datetime(df["Date"], format="%b %Y")
    return (
        df.assign(_o=order).sort_values("_o", ascending=False, kind="stable").drop(columns="_o").reset_index(drop=True)
    )


def _bc_month(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["Date"]), format="%b %Y", errors="coerce")


def _bc_is(d: pd.DataFrame, measure: str) -> pd.Series:
    return _text(d["Measure"]).eq(measure)


def _bc_sum(measure: str, year: int) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_n(d["Value"])[_bc_is(d, measure) & (_bc_month(d).dt.year == year)].sum())


def _bc_border(d: pd.DataFrame) -> str:
    m = _bc_is(d, "Personal Vehicles")
    top = _top(_n(d["Value"])[m].groupby(_text(d["Border"])[m]).sum())
    return "Mexico" if "Mexico" in top else "Canada"


def _bc_elpaso(d: pd.DataFrame) -> pd.Timestamp:
    m = _bc_is(d, "Pedestrians") & _text(d["Port Name"]).eq("El Paso")
    return _peak_month(_bc_month(d)[m], _n(d["Value"])[m])


_BC_ID = ("Port Name", "Date", "Measure", "Value")
_BORDER_QS = [
    Q("how many pedestrians came through in 2023", _money(_bc_sum("Pedestrians", 2023)), _BC_ID),
    Q(
        "which crossing gets the most trucks",
        _lead(
            _named(
                lambda d: _top(
                    _n(d["Value"])[_bc_is(d, "Trucks")].groupby(_text(d["Port Name"])[_bc_is(d, "Trucks")]).sum()
                )
            )
        ),
        ("Port Code", *_BC_ID),
    ),
    Q("is the mexico or canada border busier for cars", _lead(_named(_bc_border)), ("Border", *_BC_ID)),
    Q("what month did el paso have the most people walking across", _lead(_month_year(_bc_elpaso)), _BC_ID),
    Q(
        "how many trucks crossed in 2021 compared to 2024",
        _money(lambda d: [_bc_sum("Trucks", 2021)(d), _bc_sum("Trucks", 2024)(d)]),
        _BC_ID,
    ),
    Q(
        "which state has the most bus passengers",
        _lead(
            _named(
                lambda d: _top(
                    _n(d["Value"])[_bc_is(d, "Bus Passengers")]
                    .groupby(_text(d["State"])[_bc_is(d, "Bus Passengers")])
                    .sum()
                )
            )
        ),
        ("State", *_BC_ID),
    ),
]


HELDOUT200: list[Dataset] = [
    Dataset("google_nest_thermostat_daily", _nest_frame, _NEST_QS),
    Dataset("degiro_account_statement", _degiro_frame, _DEGIRO_QS),
    Dataset("activitywatch_window_events", _aw_frame, _AW_QS),
    Dataset("settle_up_group_export", _settleup_frame, _SETTLEUP_QS),
    Dataset("faers_reports_flattened", _faers_frame, _FAERS_QS),
    Dataset("montgomery_employee_salaries_2023", _montgomery_frame, _MONTGOMERY_QS),
    Dataset("bts_border_crossing_entry", _border_frame, _BORDER_QS),
]
