"""HELDOUT216: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports an analyst is likely to bring along: an M1 Finance
account activity export (2021-2023) with Date as "03/14/2023", Activity Type Buy / Sell / Dividend / Deposit /
Withdrawal / Interest / Fee, Pie names ("Core ETFs", "Dividend Pie", "Tech"; blank for cash movements), upper-case
Symbol (blank for cash rows), Description such as "Bought 1.23456 shares of VTI", fractional Quantity to five
decimals, Price, signed Amount (money out negative) and Account Individual / Roth IRA / Traditional IRA; a Freetrade
activity feed export (GBP account, 2022-2024) with Title (company name, "Top up", "Withdrawal", "Interest",
"Monthly statement"), Type ORDER / DIVIDEND / TOP_UP / WITHDRAWAL / INTEREST_FROM_CASH / MONTHLY_STATEMENT, Timestamp
as "2023-03-14T09:12:33.123Z", Account Currency GBP, Total Amount (blank on statements), Buy / Sell as BUY / SELL,
Ticker, ISIN, price per share in GBP, Stamp Duty (0.5% on UK buys, blank otherwise), Quantity, FX Fee Amount (0.99%
on US shares, blank otherwise) and, on dividend rows only, ex and pay dates as "2023-03-14", eligible quantity,
amount per share and withheld tax (15% on US dividends, 0 on UK); a Shelly Pro 3EM hourly energy download (January-
April 2024) with "Date/time UTC" as "2024-01-05 13:00", active energy per phase and in total in Wh, returned energy
from solar panels in the middle of sunny days, min / max voltage around 230 V, a few hours missing and a few rows
with blank readings; a Reverb seller orders export (2023) with Order Date "2023-05-14", eight-digit Order Number,
Item Title, Listing SKU, Category (Electric Guitars, Effects and Pedals, Amps ...), Condition (Brand New, Mint,
Excellent, Very Good, Good, Fair), Quantity, Amount Product / Shipping / Tax, Reverb Selling Fee, Payment Processing
Fee, Payout Amount (0 for refunded and cancelled orders), Buyer Name, Buyer Location "Austin, TX" and Status shipped
/ picked_up / refunded / cancelled; an SAP Concur expense line-item export (2024) with Report ID "RPT-10234" repeated
per line, Report Name, Employee "Last, First", Department, Expense Type, Transaction Date "03/14/2024", Vendor, City,
Country, Payment Type, Amount in the local Currency (USD, EUR, GBP, CAD), Approved Amount (USD) blank while pending or
sent back, Approval Status per report and Y / N Policy Exception and Receipt Attached; SEPTA Regional Rail on-time
records (January-June 2023, one row per train and day) with date "2023-01-05", train_id as text ("9514"), line,
direction Inbound / Outbound, origin, destination, scheduled_departure "07:15", minutes_late at the terminal (blank
for cancelled trains), status On Time / Late / Cancelled (late is 6 minutes or more) and weekday name; and a GBIF
occurrence download (simple CSV, birds of Germany, the Netherlands, Belgium and Denmark, 2018-2023) with gbifID,
datasetKey uuids, occurrenceID, kingdom Animalia, phylum Chordata, class Aves, order, family, genus, species (blank
on genus-rank records), scientificName with author ("Turdus merula Linnaeus, 1758"), taxonRank, two-letter
countryCode, stateProvince, decimalLatitude / decimalLongitude, individualCount often blank, eventDate as "2021-05-14"
or "2021-05-14T07:30:00", day, month, year, basisOfRecord, institutionCode, recordedBy and semicolon-joined issue flags.
All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share, _text
from .heldout38 import _hour, _month
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

_BIG = (1e3, 1e6)


def _top(scores: pd.Series) -> str:
    """The label with the highest score (ties: first in label order)."""
    return str(scores.sort_index(kind="stable").idxmax())


def _both(*checks: Check) -> Check:
    def check(answer: str, df: pd.DataFrame) -> str | None:
        for c in checks:
            why = c(answer, df)
            if why:
                return why
        return None

    return check


def _money(value: Callable[[pd.DataFrame], Any]) -> Check:
    """An amount, in full or in thousands / millions, to about 0.3%."""
    return _scaled(value, _BIG, rel=0.003)


# --- 1. M1 Finance account activity ---------------------------------------------------------------------------------

# Symbol: pie, price in 2021, yearly drift, dividend per share per quarter (0: none)
_M1_SYMBOLS = {
    "VTI": ("Core ETFs", 210.0, 0.05, 0.8),
    "VXUS": ("Core ETFs", 60.0, 0.0, 0.35),
    "BND": ("Core ETFs", 85.0, -0.05, 0.2),
    "SCHD": ("Dividend Pie", 70.0, 0.04, 0.6),
    "O": ("Dividend Pie", 65.0, -0.03, 0.74),
    "KO": ("Dividend Pie", 55.0, 0.05, 0.44),
    "JNJ": ("Dividend Pie", 165.0, 0.0, 1.13),
    "AAPL": ("Tech", 140.0, 0.15, 0.23),
    "MSFT": ("Tech", 250.0, 0.15, 0.62),
    "NVDA": ("Tech", 200.0, 0.4, 0.04),
    "AMZN": ("Tech", 160.0, 0.05, 0.0),
}
_M1_ACCOUNTS = ["Individual", "Roth IRA", "Traditional IRA"]


def _m1_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21601)
    syms = list(_M1_SYMBOLS)
    rows: list[dict[str, Any]] = []
    start = pd.Timestamp("2021-01-04")
    for _ in range(1500):
        day = start + pd.Timedelta(days=int(rng.integers(0, 3 * 365)))
        account = str(_one(rng, _M1_ACCOUNTS, [5, 3, 2]))
        kind = str(
            _one(rng, ["Buy", "Sell", "Dividend", "Deposit", "Withdrawal", "Interest", "Fee"], [45, 8, 25, 12, 3, 4, 3])
        )
        row: dict[str, Any] = {"Date": f"{day:%m/%d/%Y}", "Activity Type": kind, "Account": account}
        if kind in ("Buy", "Sell", "Dividend"):
            sym = str(_one(rng, syms, [12, 6, 4, 8, 5, 4, 3, 7, 6, 5, 3]))
            pie, p0, drift, div = _M1_SYMBOLS[sym]
            if kind == "Dividend" and div == 0:
                sym, (pie, p0, drift, div) = "SCHD", _M1_SYMBOLS["SCHD"]
            price = round(p0 * (1 + drift) ** ((day - start).days / 365) * rng.lognormal(0, 0.06), 2)
            row |= {"Pie": pie, "Symbol": sym}
            if kind == "Dividend":
                held = round(float(rng.gamma(2.0, 8.0)), 5)
                amount = round(held * div, 2)
                row |= {"Description": f"Dividend from {sym}", "Quantity": np.nan, "Price": np.nan, "Amount": amount}
            else:
                amount = round(float(rng.lognormal(4.0, 0.9)), 2)
                qty = round(amount / price, 5)
                verb = "Bought" if kind == "Buy" else "Sold"
                sign = -1 if kind == "Buy" else 1
                row |= {
                    "Description": f"{verb} {qty} shares of {sym}",
                    "Quantity": qty,
                    "Price": price,
                    "Amount": sign * amount,
                }
        elif kind == "Deposit":
            amount = float(_one(rng, [100.0, 250.0, 500.0, 1000.0, round(float(rng.uniform(50, 3000)), 2)]))
            row |= {"Description": "Transfer from bank", "Amount": amount}
        elif kind == "Withdrawal":
            row |= {"Description": "Transfer to bank", "Amount": -round(float(rng.uniform(100, 2000)), 2)}
        elif kind == "Interest":
            row |= {"Description": "Cash interest", "Amount": round(float(rng.uniform(0.01, 4.0)), 2)}
        else:
            row |= {"Description": "M1 Plus membership fee", "Amount": -float(_one(rng, [3.0, 7.0, 125.0], [3, 3, 1]))}
        rows.append(row)
    cols = ["Date", "Activity Type", "Pie", "Symbol", "Description", "Quantity", "Price", "Amount", "Account"]
    df = pd.DataFrame(rows).reindex(columns=cols)
    order = pd.to_datetime(df["Date"], format="%m/%d/%Y").sort_values(ascending=False, kind="stable").index
    return df.loc[order].reset_index(drop=True)


def _m1_kind(df: pd.DataFrame, kind: str) -> pd.DataFrame:
    return df[_text(df["Activity Type"]) == kind]


def _m1_month(df: pd.DataFrame) -> pd.Timestamp:
    dep = _m1_kind(df, "Deposit")
    months = pd.to_datetime(dep["Date"], format="%m/%d/%Y").dt.to_period("M")
    return dep.groupby(months)["Amount"].sum().idxmax().to_timestamp()


def _m1_vti(df: pd.DataFrame) -> pd.DataFrame:
    buys = _m1_kind(df, "Buy")
    return buys[_text(buys["Symbol"]) == "VTI"]


_M1_QS = [
    Q(
        "how much have i gotten in dividends total",
        _money(lambda df: _m1_kind(df, "Dividend")["Amount"].sum()),
        ("Activity Type", "Amount"),
    ),
    Q(
        "which stock paid me the most in dividends?",
        _lead(_named(lambda df: _top(_m1_kind(df, "Dividend").groupby("Symbol")["Amount"].sum()))),
        ("Activity Type", "Symbol", "Amount"),
    ),
    Q(
        "how much did i deposit into the roth ira",
        _money(lambda df: _m1_kind(df, "Deposit").loc[lambda d: d["Account"] == "Roth IRA", "Amount"].sum()),
        ("Activity Type", "Amount", "Account"),
    ),
    Q(
        "how many buys were there vs sells",
        _count(lambda df: [len(_m1_kind(df, "Buy")), len(_m1_kind(df, "Sell"))]),
        ("Activity Type",),
    ),
    Q(
        "which month did i put the most money in",
        _lead(_month_year(_m1_month)),
        ("Date", "Activity Type", "Amount"),
    ),
    Q(
        "what's my average buy price for VTI",
        either(
            has(lambda df: _m1_vti(df)["Price"].mean(), rel=0.003),
            has(lambda df: -_m1_vti(df)["Amount"].sum() / _m1_vti(df)["Quantity"].sum(), rel=0.003),
        ),
        ("Activity Type", "Symbol", "Price", "Quantity", "Amount"),
    ),
]


# --- 2. Freetrade activity feed -------------------------------------------------------------------------------------

# Ticker: title, ISIN, GBP price, US listed, dividend per share (GBP, per half-year)
_FT_STOCKS = {
    "AAPL": ("Apple", "US0378331005", 140.0, True, 0.19),
    "MSFT": ("Microsoft", "US5949181045", 260.0, True, 0.55),
    "TSLA": ("Tesla", "US88160R1014", 180.0, True, 0.0),
    "VUSA": ("Vanguard S&P 500 ETF", "IE00B3XXRP09", 68.0, False, 0.25),
    "LGEN": ("Legal & General", "GB0005603997", 2.4, False, 0.13),
    "BP.": ("BP", "GB0007980591", 4.8, False, 0.12),
    "ULVR": ("Unilever", "GB00B10RZP78", 40.0, False, 0.37),
    "KO": ("Coca-Cola", "US1912161007", 48.0, True, 0.36),
}
_FT_COLUMNS = [
    "Title",
    "Type",
    "Timestamp",
    "Account Currency",
    "Total Amount",
    "Buy / Sell",
    "Ticker",
    "ISIN",
    "Price per Share in Account Currency",
    "Stamp Duty",
    "Quantity",
    "FX Fee Amount",
    "Dividend Ex Date",
    "Dividend Pay Date",
    "Dividend Eligible Quantity",
    "Dividend Amount Per Share",
    "Dividend Withheld Tax Amount",
]


def _freetrade_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21602)
    tickers = list(_FT_STOCKS)
    rows: list[dict[str, Any]] = []
    start = pd.Timestamp("2022-01-03")
    for _ in range(1100):
        when = start + pd.Timedelta(seconds=int(rng.integers(0, 3 * 365 * 86400)))
        stamp = f"{when:%Y-%m-%dT%H:%M:%S}.{int(rng.integers(0, 1000)):03d}Z"
        kind = str(
            _one(
                rng,
                ["ORDER", "DIVIDEND", "TOP_UP", "WITHDRAWAL", "INTEREST_FROM_CASH", "MONTHLY_STATEMENT"],
                [50, 18, 15, 3, 8, 6],
            )
        )
        row: dict[str, Any] = {"Type": kind, "Timestamp": stamp, "Account Currency": "GBP"}
        if kind in ("ORDER", "DIVIDEND"):
            t = str(_one(rng, tickers, [14, 10, 8, 16, 9, 8, 7, 6]))
            title, isin, price, us, div = _FT_STOCKS[t]
            if kind == "DIVIDEND" and div == 0:
                t = "VUSA"
                title, isin, price, us, div = _FT_STOCKS[t]
            row |= {"Title": title, "Ticker": t, "ISIN": isin}
            if kind == "ORDER":
                side = "BUY" if rng.random() < 0.82 else "SELL"
                px = round(price * float(rng.lognormal(0, 0.1)), 4)
                value = round(float(rng.lognormal(4.6, 0.8)), 2)
                qty = round(value / px, 6)
                stamp_duty = round(0.005 * value, 2) if (side == "BUY" and not us and t != "VUSA") else np.nan
                fx = round(0.0099 * value, 2) if us else np.nan
                total = value + (0 if np.isnan(stamp_duty) else stamp_duty) + (0 if np.isnan(fx) else fx)
                if side == "SELL":
                    total = value - (0 if np.isnan(fx) else fx)
                row |= {
                    "Total Amount": round(total, 2),
                    "Buy / Sell": side,
                    "Price per Share in Account Currency": px,
                    "Stamp Duty": stamp_duty,
                    "Quantity": qty,
                    "FX Fee Amount": fx,
                }
            else:
                held = round(float(rng.gamma(2.0, 6.0 if price > 20 else 120.0)), 6)
                per = round(div * float(rng.uniform(0.9, 1.1)), 4)
                gross = held * per
                tax = round(0.15 * gross, 2) if us else 0.0
                ex = when - pd.Timedelta(days=int(rng.integers(14, 40)))
                row |= {
                    "Total Amount": round(gross - tax, 2),
                    "Dividend Ex Date": f"{ex:%Y-%m-%d}",
                    "Dividend Pay Date": f"{when:%Y-%m-%d}",
                    "Dividend Eligible Quantity": held,
                    "Dividend Amount Per Share": per,
                    "Dividend Withheld Tax Amount": tax,
                }
        elif kind == "TOP_UP":
            row |= {"Title": "Top up", "Total Amount": float(_one(rng, [50.0, 100.0, 200.0, 500.0, 1000.0]))}
        elif kind == "WITHDRAWAL":
            row |= {"Title": "Withdrawal", "Total Amount": round(float(rng.uniform(50, 800)), 2)}
        elif kind == "INTEREST_FROM_CASH":
            row |= {"Title": "Interest", "Total Amount": round(float(rng.uniform(0.05, 6.0)), 2)}
        else:
            row |= {"Title": "Monthly statement"}
        rows.append(row)
    df = pd.DataFrame(rows).reindex(columns=_FT_COLUMNS)
    return df.sort_values("Timestamp", ascending=False, kind="stable").reset_index(drop=True)


def _ft_kind(df: pd.DataFrame, kind: str) -> pd.DataFrame:
    return df[_text(df["Type"]) == kind]


def _ft_year(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Timestamp"], utc=True, format="ISO8601").dt.year


def _ft_top_buy(df: pd.DataFrame) -> str:
    buys = _ft_kind(df, "ORDER")
    buys = buys[_text(buys["Buy / Sell"]) == "BUY"]
    return _top(buys.groupby("Ticker")["Total Amount"].sum())


_FT_ALIASES = {t: (v[0],) for t, v in _FT_STOCKS.items()} | {"BP.": ("BP",)}

_FREETRADE_QS = [
    Q("how much stamp duty have i paid", _money(lambda df: df["Stamp Duty"].sum()), ("Stamp Duty",)),
    Q("and fx fees?", _money(lambda df: df["FX Fee Amount"].sum()), ("FX Fee Amount",)),
    Q(
        "how much money did i top up in 2023",
        _money(lambda df: _ft_kind(df, "TOP_UP").loc[lambda d: _ft_year(d) == 2023, "Total Amount"].sum()),
        ("Type", "Timestamp", "Total Amount"),
    ),
    Q(
        "which company have i spent the most buying",
        _lead(_named(_ft_top_buy, _FT_ALIASES)),
        ("Title", "Type", "Buy / Sell", "Ticker", "Total Amount"),
    ),
    Q(
        "how much tax got withheld from dividends",
        _money(lambda df: df["Dividend Withheld Tax Amount"].sum()),
        ("Type", "Dividend Withheld Tax Amount"),
    ),
    Q(
        "whats the average dividend payment i get",
        either(
            has(lambda df: _ft_kind(df, "DIVIDEND")["Total Amount"].mean(), rel=0.005),
            has(lambda df: _ft_kind(df, "DIVIDEND")["Total Amount"].median(), rel=0.005),
        ),
        ("Type", "Total Amount", "Title", "Ticker"),
    ),
]


# --- 3. Shelly Pro 3EM hourly energy --------------------------------------------------------------------------------

_SH_A, _SH_B, _SH_C = "Phase A active energy (Wh)", "Phase B active energy (Wh)", "Phase C active energy (Wh)"
_SH_TOTAL, _SH_BACK = "Total active energy (Wh)", "Total returned energy (Wh)"
_SH_MIN, _SH_MAX, _SH_TIME = "Min voltage (V)", "Max voltage (V)", "Date/time UTC"
_SH_PROFILE = [0.35, 0.3, 0.28, 0.28, 0.3, 0.4, 0.7, 1.1, 1.0, 0.8, 0.7, 0.7]
_SH_PROFILE += [0.75, 0.7, 0.7, 0.8, 1.0, 1.4, 1.7, 1.6, 1.3, 1.0, 0.7, 0.5]


def _shelly_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21603)
    hours = pd.date_range("2024-01-01 00:00", "2024-04-30 23:00", freq="h")
    keep = rng.random(len(hours)) > 0.01
    rows = []
    for t in hours[keep]:
        month_f = (t.month - 1 + t.day / 31) / 4
        base = _SH_PROFILE[t.hour] * (1.0 - 0.25 * month_f) * float(rng.lognormal(0, 0.25))
        a = round(380 * base * float(rng.uniform(0.8, 1.2)), 1)
        b = round(520 * base * float(rng.uniform(0.8, 1.2)), 1)
        c = round(300 * base * float(rng.uniform(0.8, 1.2)), 1)
        sun = max(0.0, np.sin(np.pi * (t.hour - 6) / 12)) * (0.3 + month_f) * float(rng.uniform(0, 1.4))
        back = round(max(0.0, 1800 * sun - (a + b + c)) if sun > 0.2 else 0.0, 1)
        lo = round(float(rng.normal(226, 2.5)), 1)
        rows.append(
            {
                _SH_TIME: f"{t:%Y-%m-%d %H:%M}",
                _SH_A: a,
                _SH_B: b,
                _SH_C: c,
                _SH_TOTAL: round(a + b + c, 1),
                _SH_BACK: back,
                _SH_MIN: lo,
                _SH_MAX: round(lo + float(rng.uniform(3, 9)), 1),
            }
        )
    df = pd.DataFrame(rows)
    blank = rng.choice(len(df), 12, replace=False)
    df.loc[blank, [_SH_A, _SH_B, _SH_C, _SH_TOTAL, _SH_BACK, _SH_MIN, _SH_MAX]] = np.nan
    return df


def _sh_time(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df[_SH_TIME], format="%Y-%m-%d %H:%M")


_SHELLY_QS = [
    Q("how many kwh did we use in total", _scaled(lambda df: df[_SH_TOTAL].sum(), (1e3,), rel=0.003), (_SH_TOTAL,)),
    Q(
        "which phase draws the most",
        _lead(_named(lambda df: "Phase " + _top(df[[_SH_A, _SH_B, _SH_C]].sum().rename(lambda c: c.split()[1])))),
        (_SH_A, _SH_B, _SH_C),
    ),
    Q(
        "what time of day is usage highest on average?",
        _lead(_hour(lambda df: _top(df.groupby(_sh_time(df).dt.hour)[_SH_TOTAL].mean()))),
        (_SH_TIME, _SH_TOTAL),
    ),
    Q(
        "how much energy did we send back to the grid in march",
        _scaled(lambda df: df.loc[_sh_time(df).dt.month == 3, _SH_BACK].sum(), (1e3,), rel=0.003),
        (_SH_TIME, _SH_BACK),
    ),
    Q("lowest voltage we saw?", has(lambda df: df[_SH_MIN].min()), (_SH_MIN, _SH_TIME)),
    Q(
        "which day had the highest consumption",
        _lead(_day(lambda df: _top(df.groupby(_sh_time(df).dt.normalize())[_SH_TOTAL].sum()))),
        (_SH_TIME, _SH_TOTAL),
    ),
]


# --- 4. Reverb seller orders ----------------------------------------------------------------------------------------

# Category: weight, typical price, items
_RV_CATEGORIES = {
    "Electric Guitars": (18, 900.0, "Fender Player Stratocaster;Gibson Les Paul Studio;PRS SE Custom 24;Ibanez RG550"),
    "Effects and Pedals": (
        40,
        140.0,
        "Boss DS-1 Distortion;Electro-Harmonix Big Muff Pi;Strymon Timeline;MXR Carbon Copy",
    ),
    "Amps": (12, 650.0, "Fender Blues Junior IV;Vox AC15C1;Boss Katana 50 MkII;Orange Rocker 15"),
    "Acoustic Guitars": (10, 700.0, "Martin D-18;Taylor 214ce;Yamaha FG800"),
    "Bass Guitars": (8, 750.0, "Fender Precision Bass;Squier Classic Vibe Jazz Bass;Music Man StingRay"),
    "Keyboards and Synths": (7, 800.0, "Korg Minilogue;Arturia MicroFreak;Roland Juno-DS61"),
    "Pro Audio": (5, 250.0, "Shure SM57;Universal Audio Volt 2;Focusrite Scarlett 2i2"),
}
_RV_STATES = "CA:14;TX:10;NY:9;FL:7;IL:5;WA:5;PA:5;OH:4;GA:4;NC:4;MI:3;CO:3;MA:3;TN:3;OR:3;AZ:3;MN:2"
_RV_CITIES = {
    "CA": "Los Angeles;San Diego;Oakland",
    "TX": "Austin;Houston;Dallas",
    "NY": "Brooklyn;New York;Buffalo",
    "FL": "Miami;Orlando;Tampa",
    "IL": "Chicago",
    "WA": "Seattle;Spokane",
    "PA": "Philadelphia;Pittsburgh",
}
_RV_FIRST = [
    "James",
    "Mike",
    "Chris",
    "David",
    "Sarah",
    "Emily",
    "Josh",
    "Matt",
    "Kevin",
    "Laura",
    "Ryan",
    "Alex",
    "Tom",
    "Nick",
    "Jess",
]
_RV_LAST = [
    "Smith",
    "Johnson",
    "Brown",
    "Garcia",
    "Miller",
    "Davis",
    "Wilson",
    "Moore",
    "Taylor",
    "Lee",
    "Clark",
    "Hall",
    "Young",
    "King",
]


def _reverb_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21604)
    cats = list(_RV_CATEGORIES)
    states = [s.split(":")[0] for s in _RV_STATES.split(";")]
    sw = [float(s.split(":")[1]) for s in _RV_STATES.split(";")]
    rows = []
    for i in range(820):
        cat = str(_one(rng, cats, [v[0] for v in _RV_CATEGORIES.values()]))
        _w, price, items = _RV_CATEGORIES[cat]
        item = str(_one(rng, items.split(";")))
        day = pd.Timestamp("2023-01-01") + pd.Timedelta(days=int(rng.integers(0, 365)))
        qty = 1 if rng.random() < 0.95 else 2
        product = round(price * float(rng.lognormal(0, 0.35)) * qty, 2)
        status = str(_one(rng, ["shipped", "picked_up", "refunded", "cancelled"], [86, 4, 5, 5]))
        shipping = 0.0 if status == "picked_up" else float(_one(rng, [0.0, 9.99, 14.99, 25.0, 45.0]))
        state = str(_one(rng, states, sw))
        city = str(_one(rng, _RV_CITIES.get(state, "Springfield;Franklin;Greenville").split(";")))
        tax = round((product + shipping) * float(rng.uniform(0.0, 0.095)), 2)
        fee = round(0.05 * (product + shipping), 2)
        proc = round(0.0319 * (product + shipping + tax) + 0.49, 2)
        payout = round(product + shipping - fee - proc, 2) if status in ("shipped", "picked_up") else 0.0
        rows.append(
            {
                "Order Date": f"{day:%Y-%m-%d}",
                "Order Number": 51234567 + 97 * i + int(rng.integers(0, 90)),
                "Item Title": f"{item} ({_one(rng, ['Black', 'Sunburst', 'White', 'Red', ''])})".replace(" ()", ""),
                "Listing SKU": f"rev-{int(rng.integers(10**6, 10**7))}",
                "Category": cat,
                "Condition": str(
                    _one(rng, ["Brand New", "Mint", "Excellent", "Very Good", "Good", "Fair"], [15, 15, 35, 20, 10, 5])
                ),
                "Quantity": qty,
                "Amount Product": product,
                "Amount Shipping": shipping,
                "Amount Tax": tax,
                "Reverb Selling Fee": fee,
                "Payment Processing Fee": proc,
                "Payout Amount": payout,
                "Buyer Name": f"{_one(rng, _RV_FIRST)} {_one(rng, _RV_LAST)}",
                "Buyer Location": f"{city}, {state}",
                "Status": status,
            }
        )
    return pd.DataFrame(rows)


def _rv_ok(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df["Status"]).isin(["shipped", "picked_up"])]


def _rv_guitar(df: pd.DataFrame) -> pd.Series:
    return df.loc[_text(df["Category"]) == "Electric Guitars", "Amount Product"]


_REVERB_QS = [
    Q("how much did i get paid out in total", _money(lambda df: df["Payout Amount"].sum()), ("Payout Amount",)),
    Q(
        "which category sells the most",
        _lead(
            either(
                _named(lambda df: _top(_text(df["Category"]).value_counts())),
                _named(lambda df: _top(df.groupby("Category")["Amount Product"].sum())),
            )
        ),
        ("Category", "Quantity", "Amount Product", "Status"),
    ),
    Q(
        "how much has reverb taken in fees altogether",
        either(
            _money(lambda df: df["Reverb Selling Fee"].sum() + df["Payment Processing Fee"].sum()),
            _money(lambda df: _rv_ok(df)["Reverb Selling Fee"].sum() + _rv_ok(df)["Payment Processing Fee"].sum()),
        ),
        ("Reverb Selling Fee", "Payment Processing Fee", "Status"),
    ),
    Q(
        "what percent of orders got refunded",
        _share(lambda df: float((_text(df["Status"]) == "refunded").mean())),
        ("Status", "Order Number"),
    ),
    Q(
        "what state are most of my buyers in",
        _lead(
            _named(
                lambda df: _top(_text(df["Buyer Location"]).str.split(", ").str[-1].value_counts()),
                {"CA": ("California",), "TX": ("Texas",), "NY": ("New York",)},
            )
        ),
        ("Buyer Location",),
    ),
    Q(
        "average price an electric guitar went for?",
        either(
            has(lambda df: _rv_guitar(df).mean(), rel=0.003),
            has(lambda df: _rv_guitar(_rv_ok(df)).mean(), rel=0.003),
            has(lambda df: _rv_guitar(df).median(), rel=0.003),
        ),
        ("Category", "Amount Product", "Status", "Quantity"),
    ),
]


# --- 5. SAP Concur expense line items -------------------------------------------------------------------------------

# Expense Type: weight, typical USD amount, vendors
_CC_TYPES = {
    "Airfare": (12, 520.0, "Delta Air Lines;United Airlines;Lufthansa;British Airways"),
    "Hotel": (18, 240.0, "Marriott;Hilton;Hyatt;Holiday Inn"),
    "Meals": (32, 45.0, "Starbucks;Chipotle;Local Restaurant;Pret A Manger"),
    "Taxi": (16, 32.0, "Uber;Lyft;Yellow Cab;Bolt"),
    "Car Rental": (6, 180.0, "Hertz;Enterprise;Avis"),
    "Mileage": (10, 60.0, "Personal Vehicle"),
    "Conference Fees": (6, 700.0, "Eventbrite;Gartner;AWS re:Invent"),
}
_CC_PLACES = {
    "USD": [("New York", "United States"), ("Chicago", "United States"), ("San Francisco", "United States")],
    "EUR": [("Berlin", "Germany"), ("Paris", "France")],
    "GBP": [("London", "United Kingdom")],
    "CAD": [("Toronto", "Canada")],
}
_CC_RATE = {"USD": 1.0, "EUR": 1.08, "GBP": 1.27, "CAD": 0.74}
_CC_DEPTS = {"Sales": 40, "Engineering": 20, "Marketing": 15, "Finance": 10, "Customer Success": 15}
_CC_FIRST = [
    "Anna",
    "Ben",
    "Carla",
    "Dev",
    "Elena",
    "Frank",
    "Grace",
    "Hiro",
    "Ines",
    "Jamal",
    "Kate",
    "Luis",
    "Maya",
    "Noah",
    "Olga",
    "Priya",
]
_CC_LAST = [
    "Adams",
    "Baker",
    "Chen",
    "Diaz",
    "Evans",
    "Fischer",
    "Gupta",
    "Hughes",
    "Ito",
    "Jones",
    "Khan",
    "Lopez",
    "Martin",
    "Novak",
    "Ortiz",
    "Patel",
]


def _concur_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21605)
    people = [
        (f"{_CC_LAST[i]}, {_CC_FIRST[i]}", str(_one(rng, list(_CC_DEPTS), list(_CC_DEPTS.values())))) for i in range(16)
    ]
    types = list(_CC_TYPES)
    rows = []
    for r in range(260):
        emp, dept = people[int(rng.integers(0, len(people)))]
        start = pd.Timestamp("2024-01-02") + pd.Timedelta(days=int(rng.integers(0, 330)))
        cur = str(_one(rng, list(_CC_PLACES), [60, 20, 12, 8]))
        city, country = _CC_PLACES[cur][int(rng.integers(0, len(_CC_PLACES[cur])))]
        status = str(_one(rng, ["Approved", "Pending", "Sent Back"], [80, 13, 7]))
        name = f"{city} trip {start:%b %Y}" if rng.random() < 0.8 else f"{start:%B} expenses"
        for _ in range(int(rng.integers(1, 9))):
            kind = str(_one(rng, types, [v[0] for v in _CC_TYPES.values()]))
            _w, usd, vendors = _CC_TYPES[kind]
            amount_usd = usd * float(rng.lognormal(0, 0.4))
            local = round(amount_usd / _CC_RATE[cur], 2)
            exception = rng.random() < (0.25 if kind in ("Meals", "Hotel") and amount_usd > usd * 1.4 else 0.03)
            receipt = "N" if (kind == "Mileage" or rng.random() < 0.08) else "Y"
            approved = round(local * _CC_RATE[cur], 2) if status == "Approved" else np.nan
            day = start + pd.Timedelta(days=int(rng.integers(0, 5)))
            rows.append(
                {
                    "Report ID": f"RPT-{10200 + r}",
                    "Report Name": name,
                    "Employee": emp,
                    "Department": dept,
                    "Expense Type": kind,
                    "Transaction Date": f"{day:%m/%d/%Y}",
                    "Vendor": str(_one(rng, vendors.split(";"))),
                    "City": city,
                    "Country": country,
                    "Payment Type": "Personal Card"
                    if kind == "Mileage"
                    else str(_one(rng, ["Corporate Card", "Cash", "Personal Card"], [70, 10, 20])),
                    "Amount": local,
                    "Currency": cur,
                    "Approved Amount (USD)": approved,
                    "Approval Status": status,
                    "Policy Exception": "Y" if exception else "N",
                    "Receipt Attached": receipt,
                }
            )
    return pd.DataFrame(rows)


_CC_USD = "Approved Amount (USD)"

_CONCUR_QS = [
    Q("whats the total approved spend", _money(lambda df: df[_CC_USD].sum()), (_CC_USD, "Approval Status")),
    Q(
        "which department spent the most",
        _lead(_named(lambda df: _top(df.groupby("Department")[_CC_USD].sum()))),
        ("Department", _CC_USD, "Approval Status"),
    ),
    Q(
        "how many expenses are missing a receipt?",
        _count(lambda df: int((_text(df["Receipt Attached"]) == "N").sum())),
        ("Receipt Attached", "Report ID"),
    ),
    Q(
        "what share of line items were flagged as policy exceptions",
        _share(lambda df: float((_text(df["Policy Exception"]) == "Y").mean())),
        ("Policy Exception",),
    ),
    Q(
        "average hotel charge in dollars",
        either(
            has(lambda df: df.loc[df["Expense Type"] == "Hotel", _CC_USD].mean(), rel=0.003),
            has(lambda df: df.loc[df["Expense Type"] == "Hotel", _CC_USD].median(), rel=0.003),
        ),
        ("Expense Type", _CC_USD, "Amount", "Currency"),
    ),
    Q(
        "how many reports are still pending",
        _count(lambda df: int(df.loc[_text(df["Approval Status"]) == "Pending", "Report ID"].nunique())),
        ("Report ID", "Approval Status"),
    ),
]


# --- 6. SEPTA Regional Rail on-time performance ---------------------------------------------------------------------

# line: weight, train number base, outer terminal, mean extra lateness, cancellation rate
_SP_LINES = {
    "Paoli/Thorndale": (18, 9500, "Thorndale", 3.0, 0.02),
    "Media/Wawa": (12, 3300, "Wawa", 2.5, 0.02),
    "Warminster": (10, 400, "Warminster", 2.0, 0.015),
    "Trenton": (16, 700, "Trenton", 6.5, 0.04),
    "Airport": (12, 400 + 8000, "Airport Terminal E-F", 3.5, 0.02),
    "Lansdale/Doylestown": (14, 500, "Doylestown", 2.8, 0.02),
    "Manayunk/Norristown": (9, 200, "Norristown", 2.2, 0.02),
    "West Trenton": (9, 300 + 6000, "West Trenton", 3.2, 0.025),
}


def _septa_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21606)
    lines = list(_SP_LINES)
    rows = []
    for _ in range(4200):
        line = str(_one(rng, lines, [v[0] for v in _SP_LINES.values()]))
        _w, base, far, extra, cancel = _SP_LINES[line]
        day = pd.Timestamp("2023-01-01") + pd.Timedelta(days=int(rng.integers(0, 181)))
        inbound = rng.random() < 0.5
        k = int(rng.integers(0, 30))
        train = base + 2 * k + (0 if inbound else 1)
        hour = 5 + k * 18 // 30
        weekend = day.dayofweek >= 5
        rush = hour in (6, 7, 8, 16, 17, 18) and not weekend
        cancelled = rng.random() < cancel * (1.6 if day.month == 2 else 1.0)
        late = np.nan if cancelled else float(min(90, int(rng.exponential(1.5 + extra * (1.4 if rush else 0.7)))))
        status = "Cancelled" if cancelled else ("Late" if late >= 6 else "On Time")
        rows.append(
            {
                "date": f"{day:%Y-%m-%d}",
                "train_id": str(train),
                "line": line,
                "direction": "Inbound" if inbound else "Outbound",
                "origin": far if inbound else "30th Street Station",
                "destination": "Temple University" if inbound else far,
                "scheduled_departure": f"{hour:02d}:{int(_one(rng, [5, 15, 25, 35, 45, 55])):02d}",
                "minutes_late": late,
                "status": status,
                "weekday": f"{day:%A}",
            }
        )
    df = pd.DataFrame(rows)
    return df.sort_values(["date", "scheduled_departure"], kind="stable").reset_index(drop=True)


def _sp_ran(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df["status"]) != "Cancelled"]


def _sp_weekend(df: pd.DataFrame) -> pd.Series:
    return _text(df["weekday"]).isin(["Saturday", "Sunday"])


_SP_ALIASES = {k: (k.split("/")[0],) for k in _SP_LINES if "/" in k}

_SEPTA_QS = [
    Q(
        "whats the on time percentage overall",
        either(
            _share(lambda df: float((_text(df["status"]) == "On Time").mean())),
            _share(lambda df: float((_text(_sp_ran(df)["status"]) == "On Time").mean())),
        ),
        ("status", "minutes_late"),
    ),
    Q(
        "which line is the worst for delays",
        _lead(
            either(
                _named(lambda df: _top(df.groupby("line")["minutes_late"].mean()), _SP_ALIASES),
                _named(lambda df: _top(-(_text(df["status"]) == "On Time").groupby(df["line"]).mean()), _SP_ALIASES),
            )
        ),
        ("line", "minutes_late", "status"),
    ),
    Q(
        "how many trains got cancelled",
        _count(lambda df: int((_text(df["status"]) == "Cancelled").sum())),
        ("status", "train_id", "date"),
    ),
    Q(
        "which month had the most cancellations?",
        _lead(
            _month(
                lambda df: _top(
                    pd.to_datetime(df.loc[_text(df["status"]) == "Cancelled", "date"]).dt.to_period("M").value_counts()
                )
            )
        ),
        ("date", "status"),
    ),
    Q(
        "average delay on weekdays compared to weekends",
        _about(
            lambda df: [
                df.loc[~_sp_weekend(df), "minutes_late"].mean(),
                df.loc[_sp_weekend(df), "minutes_late"].mean(),
            ],
            rel=0.01,
        ),
        ("weekday", "minutes_late", "date", "status"),
    ),
    Q(
        "how many trains were more than 15 min late",
        either(
            _count(lambda df: int((df["minutes_late"] > 15).sum())),
            _count(lambda df: int((df["minutes_late"] >= 15).sum())),
        ),
        ("minutes_late", "status"),
    ),
]


# --- 7. GBIF occurrence download (birds) ----------------------------------------------------------------------------

# species: order, family, author, weight, flock size scale, summer visitor
_GB_SPECIES = {
    "Turdus merula": ("Passeriformes", "Turdidae", "Linnaeus, 1758", 14, 1.5, False),
    "Parus major": ("Passeriformes", "Paridae", "Linnaeus, 1758", 12, 2.0, False),
    "Anas platyrhynchos": ("Anseriformes", "Anatidae", "Linnaeus, 1758", 10, 8.0, False),
    "Columba palumbus": ("Columbiformes", "Columbidae", "Linnaeus, 1758", 9, 6.0, False),
    "Passer domesticus": ("Passeriformes", "Passeridae", "(Linnaeus, 1758)", 8, 5.0, False),
    "Cyanistes caeruleus": ("Passeriformes", "Paridae", "(Linnaeus, 1758)", 8, 2.0, False),
    "Erithacus rubecula": ("Passeriformes", "Muscicapidae", "(Linnaeus, 1758)", 7, 1.2, False),
    "Buteo buteo": ("Accipitriformes", "Accipitridae", "(Linnaeus, 1758)", 5, 1.1, False),
    "Hirundo rustica": ("Passeriformes", "Hirundinidae", "Linnaeus, 1758", 5, 4.0, True),
    "Ardea cinerea": ("Pelecaniformes", "Ardeidae", "Linnaeus, 1758", 5, 1.3, False),
    "Larus argentatus": ("Charadriiformes", "Laridae", "Pontoppidan, 1763", 6, 10.0, False),
    "Ciconia ciconia": ("Ciconiiformes", "Ciconiidae", "(Linnaeus, 1758)", 3, 2.5, True),
}
_GB_COUNTRIES = {
    "DE": (40, 51.0, 10.0, "Bayern;Nordrhein-Westfalen;Niedersachsen;Brandenburg;Hessen"),
    "NL": (30, 52.2, 5.3, "Noord-Holland;Zuid-Holland;Gelderland;Utrecht"),
    "BE": (15, 50.7, 4.5, "Vlaanderen;Wallonie;Brussels"),
    "DK": (15, 55.9, 10.0, "Hovedstaden;Midtjylland;Syddanmark"),
}
# basisOfRecord: weight, datasetKey, institutionCode
_GB_SOURCES = {
    "HUMAN_OBSERVATION": (80, "4fa7b334-ce0d-4e88-aaae-2e0c138d049e", "CLO"),
    "HUMAN_OBSERVATION ": (10, "50c9509d-22c7-4a22-a47d-8c48425ef4a7", "iNaturalist"),
    "MACHINE_OBSERVATION": (6, "b1047888-ae52-4179-9dd5-5448ea342a24", "xeno-canto"),
    "PRESERVED_SPECIMEN": (4, "15f819bd-6612-4447-854b-14d12ee1022d", "NHMD"),
}
_GB_OBSERVERS = "obsr123456;obsr881203;Jan de Vries;Anna Schmidt;Lars Nielsen;Pieter Claes;obsr550021;Mette Hansen"
_GB_ISSUES = [
    "COORDINATE_ROUNDED",
    "GEODETIC_DATUM_ASSUMED_WGS84",
    "COORDINATE_ROUNDED;GEODETIC_DATUM_ASSUMED_WGS84",
    "",
]


def _gbif_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21607)
    names = list(_GB_SPECIES)
    sources = list(_GB_SOURCES)
    codes = list(_GB_COUNTRIES)
    rows = []
    for i in range(3000):
        sp = str(_one(rng, names, [v[3] for v in _GB_SPECIES.values()]))
        order, family, author, _w, flock, summer = _GB_SPECIES[sp]
        code = str(_one(rng, codes, [v[0] for v in _GB_COUNTRIES.values()]))
        _cw, lat, lon, provinces = _GB_COUNTRIES[code]
        src = str(_one(rng, sources, [v[0] for v in _GB_SOURCES.values()]))
        _sw, key, inst = _GB_SOURCES[src]
        if src == "PRESERVED_SPECIMEN":
            year = int(rng.integers(2018, 2024))
        else:
            year = int(_one(rng, [2018, 2019, 2020, 2021, 2022, 2023], [8, 10, 14, 18, 22, 28]))
        mw = [1, 1, 2, 5, 9, 9, 7, 5, 3, 2, 1, 1] if summer else [6, 6, 8, 10, 11, 10, 8, 7, 7, 8, 7, 7]
        month = int(_one(rng, list(range(1, 13)), mw))
        day = int(rng.integers(1, 29))
        genus_only = rng.random() < 0.03
        timed = src.strip() == "HUMAN_OBSERVATION" and rng.random() < 0.6
        count = (
            np.nan if (rng.random() < 0.3 or src == "PRESERVED_SPECIMEN") else float(1 + int(rng.exponential(flock)))
        )
        if src == "PRESERVED_SPECIMEN":
            count = 1.0
        genus = sp.split()[0]
        rows.append(
            {
                "gbifID": 1800000000 + i * 7919 + int(rng.integers(0, 7000)),
                "datasetKey": key,
                "occurrenceID": f"URN:catalog:{inst}:{int(rng.integers(10**8, 10**9))}",
                "kingdom": "Animalia",
                "phylum": "Chordata",
                "class": "Aves",
                "order": order,
                "family": family,
                "genus": genus,
                "species": "" if genus_only else sp,
                "scientificName": f"{genus} {author.split(',')[0].strip('(')}" if genus_only else f"{sp} {author}",
                "taxonRank": "GENUS" if genus_only else "SPECIES",
                "countryCode": code,
                "stateProvince": str(_one(rng, provinces.split(";"))) if rng.random() < 0.85 else "",
                "decimalLatitude": round(lat + float(rng.normal(0, 0.6)), 5),
                "decimalLongitude": round(lon + float(rng.normal(0, 0.8)), 5),
                "individualCount": count,
                "eventDate": f"{year}-{month:02d}-{day:02d}"
                + (f"T{int(rng.integers(5, 20)):02d}:{int(rng.integers(0, 60)):02d}:00" if timed else ""),
                "day": day,
                "month": month,
                "year": year,
                "basisOfRecord": src.strip(),
                "institutionCode": inst,
                "recordedBy": str(_one(rng, _GB_OBSERVERS.split(";"))),
                "issue": str(_one(rng, _GB_ISSUES, [30, 10, 12, 48])),
            }
        )
    df = pd.DataFrame(rows)
    return df.replace({"species": {"": np.nan}, "stateProvince": {"": np.nan}, "issue": {"": np.nan}})


def _gb_species_rank(df: pd.DataFrame) -> str:
    return _top(_text(df["species"]).loc[lambda s: s != ""].value_counts())


_GBIF_QS = [
    Q(
        "how many records are there for each country",
        _count(lambda df: [int(n) for n in _text(df["countryCode"]).value_counts().sort_index()]),
        ("countryCode",),
    ),
    Q(
        "what's the most recorded bird species",
        _lead(
            either(
                _named(_gb_species_rank),
                _named(lambda df: _top(df.groupby("species")["individualCount"].sum())),
            )
        ),
        ("species", "scientificName", "individualCount", "gbifID"),
    ),
    Q(
        "what fraction of the records are museum specimens",
        _share(lambda df: float((_text(df["basisOfRecord"]) == "PRESERVED_SPECIMEN").mean())),
        ("basisOfRecord",),
    ),
    Q(
        "which month has the most sightings",
        _lead(_month(lambda df: pd.Timestamp(2000, int(_top(df["month"].value_counts())), 1))),
        ("month", "eventDate", "basisOfRecord"),
    ),
    Q(
        "how many records don't say how many birds were seen",
        _count(lambda df: int(df["individualCount"].isna().sum())),
        ("individualCount",),
    ),
    Q(
        "how many different species are in there",
        _count(lambda df: int(_text(df["species"]).loc[lambda s: s != ""].nunique())),
        ("species", "taxonRank", "scientificName"),
    ),
]


HELDOUT216: list[Dataset] = [
    Dataset("m1_finance_activity", _m1_frame, _M1_QS),
    Dataset("freetrade_activity_feed", _freetrade_frame, _FREETRADE_QS),
    Dataset("shelly_pro_3em_energy", _shelly_frame, _SHELLY_QS),
    Dataset("reverb_seller_orders", _reverb_frame, _REVERB_QS),
    Dataset("sap_concur_expenses", _concur_frame, _CONCUR_QS),
    Dataset("septa_regional_rail_otp", _septa_frame, _SEPTA_QS),
    Dataset("gbif_bird_occurrences", _gbif_frame, _GBIF_QS),
]
