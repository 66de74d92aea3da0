"""HELDOUT106: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the layout of popular public files a person is likely to download: a Charles Schwab brokerage
"Transactions" CSV export (Date as "03/15/2023", some "03/15/2023 as of 03/14/2023", Action as "Buy", "Sell",
"Qualified Dividend", "Non-Qualified Div", "Cash Dividend", "Reinvest Dividend", "Reinvest Shares", "Bank Interest",
"MoneyLink Transfer", "Journal", "ADR Mgmt Fee", upper-case Symbol blank for cash rows, upper-case Description,
Quantity with thousands commas or fractions, Price, Fees & Comm and Amount written "$1,234.56" / "-$1,234.56" with
blanks, newest first, and a closing "Transactions Total" row that only carries the Amount total); Oura's sleep
sessions export (one row per sleep period: id, day "2023-04-02", ISO bedtime_start / bedtime_end with a UTC offset,
type long_sleep / sleep / late_nap / rest, period, durations in seconds (total_sleep_duration, deep, light, rem,
awake_time, time_in_bed, latency), efficiency in percent, average_heart_rate, lowest_heart_rate, average_hrv (blank
for some periods, mostly naps and rests), average_breath and restless_periods); a monday.com board exported to CSV
(Name, Subitems, Person with several owners as "Alex Kim, Priya Shah" or blank, Status Done / Working on it / Stuck /
Not Started / blank, Priority "Critical ⚠️️" / High / Medium / Low, "Timeline - Start" and "Timeline - End", Due date
as "2024-03-15", Budget, Estimated Hours and Actual Hours with blanks, Group, a long Item ID and Creation Log as
"Alex Kim Mar 4, 2024 10:15 AM"); a Shopify products export (one row per variant: Handle, Title, Body (HTML), Vendor,
Product Category, Type, Tags, Published, Option1-3 Name / Value, Variant SKU, Variant Grams, Variant Inventory
Tracker, Variant Inventory Qty (some negative, oversold), Variant Inventory Policy, Variant Fulfillment Service,
Variant Price, Variant Compare At Price, Variant Requires Shipping, Variant Taxable, Variant Barcode, Image Src,
Image Position, Image Alt Text, Gift Card, SEO Title, SEO Description, Variant Weight Unit and Status; product
fields only on a product's first row, later variant rows carry the Handle and variant fields only, and extra
image-only rows carry just Handle, Image Src and Image Position); an NOAA Storm Prediction Center daily storm
reports file for a big outbreak day (YYMMDD_rpts.csv: the tornado section under the header Time, F_Scale, Location,
County, State, Lat, Lon, Comments, then the wind section and the hail section, each opening with its own header row
"Time,Speed,..." / "Time,Size,..." inside the data; Time as HHMM UTC, F_Scale "UNK", wind Speed in mph or "UNK",
hail Size in hundredths of an inch (175 = 1.75"), upper-case locations and counties, two-letter states, comments
ending in the office "(LSX)"); the EPA Greenhouse Gas Reporting Program facility-level direct emitters table for
2022 (Facility Id, FRS Id, Facility Name, City, State, Zip Code as a number (leading zeros lost), Address, County,
Latitude, Longitude, Primary NAICS Code, "Industry Type (subparts)" as "C,D,W-GB", "Industry Type (sectors)" with
comma-joined sectors, "Total reported direct emissions" and gas columns in metric tons CO2e whose names keep the
file's trailing spaces ("CO2 emissions (non-biogenic) ", "Methane (CH4) emissions ", "Nitrous Oxide (N2O) emissions
"), HFC / SF6 columns mostly blank and "Biogenic CO2 emissions (metric tons)"); and the FIDE standard rating list as
CSV (ID Number, Name as "Surname, Given", three-letter Fed, Sex M / F, Tit GM / IM / FM / CM / WGM / WIM / WFM /
WCM or blank, WTit, OTit as "FA,IA", FOA, the MAR24 rating, Gms, K 10 / 20 / 40, B-day as a year or 0 when unknown,
and Flag i / w / wi / blank). All are generated with fixed seeds 10601-10607.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _text
from .heldout40 import _top_named
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _num(s: pd.Series) -> pd.Series:
    """Numbers from text written with "$", thousands commas or padding; blanks and words as NaN."""
    return pd.to_numeric(s.astype("string").str.replace(r"[$,\s]", "", regex=True), errors="coerce")


def _money(x: float) -> str:
    return f"-${abs(x):,.2f}" if x < 0 else f"${x:,.2f}"


def _top(scores: pd.Series, ascending: bool = False) -> str:
    return str(_ranked(scores, ascending).index[0])


def _amount(scale: Callable[[pd.DataFrame], Any]) -> Check:
    """A money amount, in full or as thousands / millions."""
    return _scaled(scale, (1e3, 1e6, 1e9), rel=0.006)


# --- 1. Charles Schwab brokerage transactions export ----------------------------------------------------------------

_SW_STOCKS: dict[str, tuple[str, float, float, float]] = {
    # symbol: description, start price, buy weight, yearly dividend per share
    "AAPL": ("APPLE INC", 150.0, 3, 0.94),
    "MSFT": ("MICROSOFT CORP", 260.0, 3, 2.72),
    "VTI": ("VANGUARD TOTAL STOCK MARKET ETF", 205.0, 5, 3.30),
    "SCHD": ("SCHWAB US DIVIDEND EQUITY ETF", 74.0, 6, 2.60),
    "NVDA": ("NVIDIA CORP", 180.0, 2, 0.16),
    "AMZN": ("AMAZON.COM INC", 110.0, 2, 0.0),
    "VOO": ("VANGUARD S&P 500 ETF", 380.0, 4, 6.10),
    "TSM": ("TAIWAN SEMICONDUCTOR MANUFACTURING CO LTD SPONS ADR", 85.0, 1, 1.80),
}


def _schwab_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10601)
    days = pd.bdate_range("2022-01-03", "2023-12-29")
    rows: list[dict[str, Any]] = []
    held: dict[str, float] = dict.fromkeys(_SW_STOCKS, 0.0)
    price = {s: v[1] for s, v in _SW_STOCKS.items()}
    syms = list(_SW_STOCKS)
    weights = [_SW_STOCKS[s][2] for s in syms]

    def add(day: pd.Timestamp, action: str, sym: str, desc: str, qty: Any, px: Any, fee: float | None, amt: float):
        date = f"{day:%m/%d/%Y}"
        if rng.random() < 0.06:
            date += f" as of {day - pd.Timedelta(days=int(rng.integers(1, 4))):%m/%d/%Y}"
        rows.append(
            {
                "Date": date,
                "Action": action,
                "Symbol": sym,
                "Description": desc,
                "Quantity": qty,
                "Price": px,
                "Fees & Comm": "" if fee is None else _money(fee),
                "Amount": _money(amt),
            }
        )

    for day in days:
        for s in syms:
            price[s] *= float(np.exp(rng.normal(0.0004, 0.017)))
        if day.day <= 3 and day.weekday() < 5 and rng.random() < 0.5:
            add(
                day,
                "MoneyLink Transfer",
                "",
                "Tfr WELLS FARGO BANK, JOHN",
                "",
                "",
                None,
                float(_one(rng, [1000, 2000, 2500, 5000])),
            )
        if rng.random() < 0.025:
            add(
                day,
                "MoneyLink Transfer",
                "",
                "Tfr WELLS FARGO BANK, JOHN",
                "",
                "",
                None,
                -float(_one(rng, [500, 1500, 3000])),
            )
        if rng.random() < 0.45:
            s = str(_one(rng, syms, weights))
            px = round(price[s], 2)
            if rng.random() < 0.25:
                q = round(float(rng.uniform(0.1, 3)), 4)
            else:
                q = float(
                    _one(rng, [1, 2, 3, 5, 10, 15, 20, 25, 50, 100, 1200], [6, 6, 5, 6, 6, 3, 3, 2, 1, 0.3, 0.02])
                )
            held[s] += q
            qtxt = f"{q:,.4f}".rstrip("0").rstrip(".") if q != int(q) else f"{int(q):,}"
            add(day, "Buy", s, _SW_STOCKS[s][0], qtxt, f"${px:,.2f}", None, -round(q * px, 2))
        if rng.random() < 0.1:
            s = str(_one(rng, [x for x in syms if held[x] >= 1] or syms))
            q = float(max(1, int(held[s] * float(rng.uniform(0.1, 0.5)))))
            held[s] = max(0.0, held[s] - q)
            px = round(price[s], 2)
            fee = round(float(rng.uniform(0.01, 0.12)), 2)
            add(day, "Sell", s, _SW_STOCKS[s][0], f"{int(q):,}", f"${px:,.2f}", fee, round(q * px - fee, 2))
        if day.month in (3, 6, 9, 12) and day.day in (15, 16, 17, 18, 19) and day.weekday() == 2:
            for s in syms:
                if held[s] > 0 and _SW_STOCKS[s][3] > 0:
                    amt = round(held[s] * _SW_STOCKS[s][3] / 4, 2)
                    kind = str(_one(rng, ["Qualified Dividend", "Non-Qualified Div", "Cash Dividend"], [6, 1, 1]))
                    if s in ("SCHD", "VTI") and rng.random() < 0.6:
                        kind = "Reinvest Dividend"
                    add(day, kind, s, _SW_STOCKS[s][0], "", "", None, amt)
                    if kind == "Reinvest Dividend":
                        px = round(price[s], 2)
                        q = round(amt / px, 4)
                        held[s] += q
                        add(day, "Reinvest Shares", s, _SW_STOCKS[s][0], f"{q:.4f}", f"${px:,.2f}", None, -amt)
                    if s == "TSM" and rng.random() < 0.7:
                        add(day, "ADR Mgmt Fee", s, _SW_STOCKS[s][0], "", "", None, -round(held[s] * 0.01, 2))
        if day.is_month_end:
            add(
                day,
                "Bank Interest",
                "",
                "BANK INT 010123-013123 SCHWAB BANK",
                "",
                "",
                None,
                round(float(rng.uniform(0.05, 9)), 2),
            )
        if rng.random() < 0.004:
            add(day, "Journal", "", "JOURNALED SHARES", "", "", None, round(float(rng.uniform(-200, 200)), 2))
    frame = pd.DataFrame(rows).iloc[::-1].reset_index(drop=True)
    total = _num(frame["Amount"]).sum()
    tail = {c: "" for c in frame.columns} | {"Date": "Transactions Total", "Amount": _money(round(float(total), 2))}
    return pd.concat([frame, pd.DataFrame([tail])], ignore_index=True)


def _sw(d: pd.DataFrame) -> pd.DataFrame:
    out = d[_text(d["Date"]) != "Transactions Total"].copy()
    out["when"] = pd.to_datetime(_text(out["Date"]).str[:10], format="%m/%d/%Y")
    out["amt"] = _num(out["Amount"])
    out["act"] = _text(out["Action"])
    return out


def _sw_dividends(word: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_sw(d).loc[lambda x: x["act"].str.contains(word, case=False), "amt"].sum())


def _sw_top_buy(d: pd.DataFrame) -> str:
    x = _sw(d)
    return _top(-x[x["act"] == "Buy"].groupby("Symbol")["amt"].sum())


def _sw_deposits(net: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def by_month(d: pd.DataFrame) -> pd.Series:
        x = _sw(d)
        x = x[x["act"] == "MoneyLink Transfer"]
        if not net:
            x = x[x["amt"] > 0]
        return x.groupby(x["when"].dt.to_period("M"))["amt"].sum()

    return by_month


def _sw_best_month(net: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    return lambda d: _sw_deposits(net)(d).idxmax().to_timestamp()


_SCHWAB_QS = [
    Q(
        "how much did i make in dividends in total?",
        either(_amount(_sw_dividends("Div")), _amount(_sw_dividends("Dividend"))),
        ("Action", "Amount"),
    ),
    Q(
        "how many buys and how many sells are there",
        _count(lambda d: [float((_sw(d)["act"] == a).sum()) for a in ("Buy", "Sell")]),
        ("Action",),
    ),
    Q(
        "which stock did i put the most money into?",
        _lead(_named(_sw_top_buy)),
        ("Action", "Symbol", "Amount"),
    ),
    Q(
        "total fees and commissions paid?",
        _amount(lambda d: float(_num(_sw(d)["Fees & Comm"]).sum())),
        ("Fees & Comm",),
    ),
    Q(
        "which month did i deposit the most cash",
        _lead(either(_month_year(_sw_best_month(False)), _month_year(_sw_best_month(True)))),
        ("Date", "Action", "Amount"),
    ),
    Q(
        "how much was that",
        either(
            _amount(lambda d: float(_sw_deposits(False)(d).max())),
            _amount(lambda d: float(_sw_deposits(True)(d).max())),
        ),
        ("Date", "Action", "Amount"),
    ),
]


# --- 2. Oura sleep sessions export -----------------------------------------------------------------------------------


def _oura_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10602)
    rows: list[dict[str, Any]] = []
    days = pd.date_range("2023-01-01", "2024-03-31")
    base_hrv = 42.0
    for day in days:
        if rng.random() < 0.04:
            continue  # ring not worn
        sessions = [("long_sleep", 0)]
        if rng.random() < 0.12:
            sessions.append((str(_one(rng, ["late_nap", "sleep", "rest"], [4, 2, 2])), 1))
        for kind, period in sessions:
            if kind == "long_sleep":
                start = day - pd.Timedelta(hours=24) + pd.Timedelta(hours=22.5 + float(rng.normal(0.6, 0.7)))
                bed = max(4.5, float(rng.normal(7.9, 0.8)))
            else:
                start = day + pd.Timedelta(hours=float(rng.uniform(12.5, 17)))
                bed = float(rng.uniform(0.3, 1.6))
            start = start.floor("s") + pd.Timedelta(seconds=int(rng.integers(0, 59)))
            in_bed = int(bed * 3600 // 30 * 30)
            season = 1.5 * np.sin(2 * np.pi * (day.dayofyear - 20) / 365)
            eff = int(np.clip(rng.normal(88 + season if kind == "long_sleep" else 74, 5), 55, 98))
            total = int(in_bed * eff / 100 // 30 * 30)
            hrv = base_hrv + float(rng.normal(0, 9))
            deep_frac = np.clip(0.17 + 0.0025 * (hrv - base_hrv) + float(rng.normal(0, 0.03)), 0.04, 0.35)
            deep = int(total * deep_frac // 30 * 30)
            rem = int(total * float(np.clip(rng.normal(0.22, 0.04), 0.05, 0.35)) // 30 * 30)
            light = total - deep - rem
            off = "-04:00" if 3 <= start.month <= 10 else "-05:00"
            end = start + pd.Timedelta(seconds=in_bed)
            rows.append(
                {
                    "id": "".join(str(_one(rng, list("0123456789abcdef"))) for _ in range(8))
                    + "-"
                    + "".join(str(_one(rng, list("0123456789abcdef"))) for _ in range(4)),
                    "day": f"{day:%Y-%m-%d}",
                    "bedtime_start": f"{start:%Y-%m-%dT%H:%M:%S}.000{off}",
                    "bedtime_end": f"{end:%Y-%m-%dT%H:%M:%S}.000{off}",
                    "type": kind,
                    "period": period,
                    "total_sleep_duration": total if kind != "rest" else 0,
                    "deep_sleep_duration": deep if kind != "rest" else 0,
                    "light_sleep_duration": light if kind != "rest" else 0,
                    "rem_sleep_duration": rem if kind != "rest" else 0,
                    "awake_time": in_bed - total if kind != "rest" else in_bed,
                    "time_in_bed": in_bed,
                    "efficiency": eff if kind != "rest" else "",
                    "latency": int(rng.integers(2, 40)) * 30 if kind == "long_sleep" else int(rng.integers(0, 10)) * 30,
                    "average_heart_rate": round(float(rng.normal(58 if kind == "long_sleep" else 64, 4)), 3),
                    "lowest_heart_rate": int(rng.normal(50 if kind == "long_sleep" else 57, 3.5)),
                    "average_hrv": ""
                    if (kind != "long_sleep" and rng.random() < 0.6) or rng.random() < 0.04
                    else round(max(12.0, hrv)),
                    "average_breath": round(float(rng.normal(14.6, 0.6)), 3),
                    "restless_periods": int(rng.integers(80, 320))
                    if kind == "long_sleep"
                    else int(rng.integers(0, 40)),
                }
            )
    return pd.DataFrame(rows)


def _ou(d: pd.DataFrame, night: bool) -> pd.DataFrame:
    return d[_text(d["type"]) == "long_sleep"] if night else d


def _ou_hours(night: bool, how: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(getattr(_ou(d, night)["total_sleep_duration"], how)()) / 3600


def _ou_naps(kinds: tuple[str, ...]) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_text(d["type"]).isin(kinds).sum())


def _ou_best_month(night: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def best(d: pd.DataFrame) -> pd.Timestamp:
        x = _ou(d, night)
        eff = pd.to_numeric(x["efficiency"], errors="coerce")
        return eff.groupby(pd.to_datetime(x["day"]).dt.to_period("M")).mean().idxmax().to_timestamp()

    return best


_OURA_QS = [
    Q(
        "how many hours do i sleep a night on average",
        either(*(_about(_ou_hours(n, h), rel=0.02) for n in (True, False) for h in ("mean", "median"))),
        ("total_sleep_duration", "type"),
    ),
    Q(
        "how many naps did i take",
        either(
            _count(_ou_naps(("late_nap",))),
            _count(_ou_naps(("late_nap", "sleep"))),
            _count(_ou_naps(("late_nap", "sleep", "rest"))),
        ),
        ("type",),
    ),
    Q(
        "whats my average resting heart rate",
        either(
            *(
                _about(lambda d, n=n, c=c: float(pd.to_numeric(_ou(d, n)[c]).mean()))
                for n in (True, False)
                for c in ("lowest_heart_rate", "average_heart_rate")
            )
        ),
        ("lowest_heart_rate", "average_heart_rate", "type"),
    ),
    Q(
        "do i get more deep sleep when my hrv is higher?",
        either(
            *(
                _corr(
                    lambda d, n=n: pd.to_numeric(_ou(d, n)["average_hrv"], errors="coerce"),
                    lambda d, n=n: pd.to_numeric(_ou(d, n)["deep_sleep_duration"], errors="coerce"),
                )
                for n in (True, False)
            )
        ),
        ("average_hrv", "deep_sleep_duration", "type"),
    ),
    Q(
        "which month was my sleep efficiency best",
        _lead(either(_month_year(_ou_best_month(True)), _month_year(_ou_best_month(False)))),
        ("efficiency", "day", "bedtime_start", "type"),
    ),
    Q(
        "how many sessions have no hrv",
        either(
            _count(lambda d: float(d["average_hrv"].isna().sum())),
            _count(lambda d: float(_ou(d, True)["average_hrv"].isna().sum())),
        ),
        ("average_hrv", "type"),
    ),
]


# --- 3. monday.com board export --------------------------------------------------------------------------------------

_MB_PEOPLE = ["Alex Kim", "Priya Shah", "Marcus Lee", "Sofia Rossi", "Dan O'Brien", "Hana Sato", "Tom Becker"]
_MB_GROUPS = {"Website Redesign": 1.35, "Q2 Campaign": 1.05, "Mobile App": 1.2, "Ops & Admin": 0.9, "Backlog": 1.0}
_MB_TASKS = [
    "Draft copy for",
    "Review",
    "Design mockups for",
    "QA",
    "Set up tracking for",
    "Finalize budget for",
    "Kickoff meeting:",
    "Write brief for",
    "Fix bugs in",
    "Update",
    "Launch",
    "Get sign-off on",
]
_MB_THINGS = [
    "landing page",
    "pricing page",
    "email sequence",
    "onboarding flow",
    "checkout",
    "blog template",
    "ad creatives",
    "vendor contract",
    "analytics dashboard",
    "push notifications",
    "login screen",
    "newsletter",
    "brand guide",
]


def _monday_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10603)
    rows: list[dict[str, Any]] = []
    item_id = 1402837160
    for i in range(520):
        group = str(_one(rng, list(_MB_GROUPS), [5, 4, 4, 2, 2]))
        start = pd.Timestamp("2024-01-08") + pd.Timedelta(days=int(rng.integers(0, 150)))
        length = int(rng.integers(2, 30))
        status = str(_one(rng, ["Done", "Working on it", "Stuck", "Not Started", ""], [45, 22, 9, 18, 6]))
        if start > pd.Timestamp("2024-05-01") and status == "Done" and rng.random() < 0.6:
            status = "Not Started"
        k = int(_one(rng, [0, 1, 2, 3], [8, 70, 18, 4]))
        people = ", ".join(rng.choice(_MB_PEOPLE, k, replace=False, p=np.array([5, 4, 3, 3, 2, 2, 1]) / 20))
        est = float(_one(rng, [2, 4, 6, 8, 12, 16, 24, 40]))
        actual = round(est * _MB_GROUPS[group] * float(rng.lognormal(0, 0.3)), 1) if status == "Done" else ""
        made = start - pd.Timedelta(days=int(rng.integers(1, 20)), minutes=int(rng.integers(0, 1440)))
        rows.append(
            {
                "Name": f"{_one(rng, _MB_TASKS)} {_one(rng, _MB_THINGS)}",
                "Subitems": ""
                if rng.random() < 0.7
                else ", ".join(["Research", "Draft", "Review"][: int(rng.integers(1, 4))]),
                "Person": people,
                "Status": status,
                "Priority": str(_one(rng, ["Critical ⚠️️", "High", "Medium", "Low", ""], [1, 3, 5, 3, 2])),
                "Timeline - Start": f"{start:%Y-%m-%d}",
                "Timeline - End": f"{start + pd.Timedelta(days=length):%Y-%m-%d}",
                "Due date": ""
                if rng.random() < 0.1
                else f"{start + pd.Timedelta(days=length + int(rng.integers(0, 5))):%Y-%m-%d}",
                "Budget": "" if rng.random() < 0.3 else int(_one(rng, [250, 500, 800, 1000, 1500, 2500, 5000, 12000])),
                "Estimated Hours": "" if rng.random() < 0.08 else est,
                "Actual Hours": actual,
                "Group": group,
                "Item ID": item_id + i * 7 + int(rng.integers(0, 5)),
                "Creation Log": f"{_one(rng, _MB_PEOPLE)} {made.strftime('%b')} {made.day}, {made:%Y %I:%M %p}",
            }
        )
    return pd.DataFrame(rows)


def _mb_owner_counts(split: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def counts(d: pd.DataFrame) -> pd.Series:
        p = _text(d["Person"])
        p = p[p != ""]
        if split:
            p = p.str.split(r",\s*").explode().str.strip()
        return p.value_counts()

    return counts


def _mb_over(how: str) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        diff = pd.to_numeric(d["Actual Hours"], errors="coerce") - pd.to_numeric(d["Estimated Hours"], errors="coerce")
        if how == "ratio":
            diff = pd.to_numeric(d["Actual Hours"], errors="coerce") / pd.to_numeric(
                d["Estimated Hours"], errors="coerce"
            )
        g = diff.groupby(d["Group"])
        return _top(g.sum() if how == "sum" else g.mean())

    return top


def _mb_march(d: pd.DataFrame) -> float:
    due = pd.to_datetime(d["Due date"], errors="coerce")
    st = _text(d["Status"])
    keep = (due.dt.year == 2024) & (due.dt.month == 3) & (st != "Done")
    return float(keep.sum())


_MONDAY_QS = [
    Q("how many items are stuck", _count(lambda d: float((_text(d["Status"]) == "Stuck").sum())), ("Status",)),
    Q(
        "who has the most stuff assigned to them",
        _lead(
            either(
                _named(lambda d: _top(_mb_owner_counts(True)(d))), _named(lambda d: _top(_mb_owner_counts(False)(d)))
            )
        ),
        ("Person",),
    ),
    Q(
        "whats the total budget of the items that are done",
        _amount(lambda d: float(pd.to_numeric(d.loc[_text(d["Status"]) == "Done", "Budget"], errors="coerce").sum())),
        ("Budget", "Status"),
    ),
    Q(
        "how many things were due in march 2024 but still aren't done?",
        _count(_mb_march),
        ("Due date", "Status"),
    ),
    Q(
        "which group runs over its estimated hours the most?",
        _lead(either(*(_named(_mb_over(h)) for h in ("mean", "sum", "ratio")))),
        ("Group", "Estimated Hours", "Actual Hours"),
    ),
    Q(
        "what percent of items have nobody assigned",
        _share(lambda d: float((_text(d["Person"]) == "").mean())),
        ("Person",),
    ),
]


# --- 4. Shopify products export ---------------------------------------------------------------------------------------

_SH_TYPES: dict[str, tuple[str, float, list[str], str]] = {
    # type: product category, base price, title words, option
    "Hoodies": (
        "Apparel & Accessories > Clothing > Activewear",
        58.0,
        ["Classic", "Heavyweight", "Zip", "Logo"],
        "Size",
    ),
    "T-Shirts": (
        "Apparel & Accessories > Clothing > Shirts & Tops",
        28.0,
        ["Organic", "Pocket", "Graphic", "Vintage"],
        "Size",
    ),
    "Hats": (
        "Apparel & Accessories > Clothing Accessories > Hats",
        32.0,
        ["Dad", "Trucker", "Beanie", "Bucket"],
        "Color",
    ),
    "Mugs": ("Home & Garden > Kitchen & Dining > Tableware", 18.0, ["Camp", "Ceramic", "Travel", "Stoneware"], "Color"),
    "Stickers": ("Arts & Entertainment > Hobbies & Creative Arts", 4.0, ["Die-cut", "Holo", "Vinyl", "Mini"], "Title"),
    "Posters": ("Home & Garden > Decor > Artwork", 24.0, ["Art", "Map", "Print", "Gig"], "Size"),
}
_SH_VENDORS = {"Northbound Goods": 5, "Printful": 4, "Tidewater Co": 3, "Loop & Thread": 2, "Mossy Oak Studio": 1}
_SH_NOUNS = ["Mountain", "River", "Sunset", "Fern", "Wolf", "Harbor", "Cactus", "Comet", "Tiger", "Pine", "Wave"]


def _shopify_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10604)
    cols = [
        "Handle", "Title", "Body (HTML)", "Vendor", "Product Category", "Type", "Tags", "Published", "Option1 Name",
        "Option1 Value", "Option2 Name", "Option2 Value", "Option3 Name", "Option3 Value", "Variant SKU",
        "Variant Grams", "Variant Inventory Tracker", "Variant Inventory Qty", "Variant Inventory Policy",
        "Variant Fulfillment Service", "Variant Price", "Variant Compare At Price", "Variant Requires Shipping",
        "Variant Taxable", "Variant Barcode", "Image Src", "Image Position", "Image Alt Text", "Gift Card",
        "SEO Title", "SEO Description", "Variant Weight Unit", "Status",
    ]  # fmt: skip
    rows: list[dict[str, Any]] = []
    used: set[str] = set()
    for _ in range(170):
        kind = str(_one(rng, list(_SH_TYPES), [4, 6, 3, 3, 2, 2]))
        cat, base, words, opt = _SH_TYPES[kind]
        for _try in range(50):
            title = f"{_one(rng, _SH_NOUNS)} {_one(rng, words)} {kind.rstrip('s') if kind != 'T-Shirts' else 'Tee'}"
            if title not in used:
                break
        else:
            title += f" {len(used)}"
        used.add(title)
        handle = title.lower().replace(" ", "-")
        vendor = str(_one(rng, list(_SH_VENDORS), list(_SH_VENDORS.values())))
        status = str(_one(rng, ["active", "draft", "archived"], [14, 4, 1]))
        values = {
            "Size": ["S", "M", "L", "XL", "2XL"],
            "Color": ["Black", "Navy", "Sand", "Forest"],
            "Title": ["Default Title"],
        }[opt]
        if opt == "Size" and kind == "Posters":
            values = ["12x18", "18x24", "24x36"]
        values = values[: int(rng.integers(1, len(values) + 1))] if opt != "Title" else values
        price = round(base * float(rng.uniform(0.8, 1.3))) - 0.01
        on_sale = rng.random() < 0.25
        images = int(rng.integers(1, 4))
        for j, v in enumerate(values):
            vp = price + (4 if v in ("2XL", "24x36") else 0)
            row = dict.fromkeys(cols, "")
            row |= {
                "Handle": handle,
                "Option1 Value": v,
                "Variant SKU": f"{vendor[:2].upper()}-{1000 + len(rows)}-{v[:3].upper()}",
                "Variant Grams": int(base * 9 + rng.integers(0, 60)),
                "Variant Inventory Tracker": "shopify",
                "Variant Inventory Qty": int(
                    _one(rng, [0, int(rng.integers(1, 120)), -int(rng.integers(1, 4))], [2, 9, 0.6])
                ),
                "Variant Inventory Policy": str(_one(rng, ["deny", "continue"], [5, 1])),
                "Variant Fulfillment Service": "manual",
                "Variant Price": f"{vp:.2f}",
                "Variant Compare At Price": f"{round(vp * 1.25) - 0.01:.2f}" if on_sale else "",
                "Variant Requires Shipping": "TRUE",
                "Variant Taxable": "TRUE",
                "Variant Barcode": "" if rng.random() < 0.6 else str(int(rng.integers(10**11, 10**12))),
                "Variant Weight Unit": "kg",
            }
            if j == 0:
                row |= {
                    "Title": title,
                    "Body (HTML)": f"<p>Our {title.lower()}, made in small batches.</p>",
                    "Vendor": vendor,
                    "Product Category": cat,
                    "Type": kind,
                    "Tags": ", ".join(
                        rng.choice(["new", "bestseller", "gift", "summer", "unisex", "limited"], 2, replace=False)
                    ),
                    "Published": "TRUE" if status == "active" else "FALSE",
                    "Option1 Name": opt,
                    "Image Src": f"https://cdn.shopify.com/s/files/1/0612/3456/products/{handle}-1.jpg?v=1690000000",
                    "Image Position": 1,
                    "Gift Card": "FALSE",
                    "SEO Title": "",
                    "SEO Description": "",
                    "Status": status,
                }
            rows.append(row)
        for k in range(2, images + 1):
            row = dict.fromkeys(cols, "")
            row |= {
                "Handle": handle,
                "Image Src": f"https://cdn.shopify.com/s/files/1/0612/3456/products/{handle}-{k}.jpg",
                "Image Position": k,
            }
            rows.append(row)
    return pd.DataFrame(rows, columns=cols)


def _sh_variants(d: pd.DataFrame) -> pd.DataFrame:
    x = d.copy()
    for c in ("Title", "Vendor", "Type", "Status"):
        x[c] = x[c].where(_text(x[c]) != "").groupby(x["Handle"]).transform("first")
    return x[_num(x["Variant Price"]).notna()]


def _sh_products(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["Title"]) != ""]


def _sh_stockout(neg: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        q = _num(_sh_variants(d)["Variant Inventory Qty"])
        return float((q <= 0).sum() if neg else (q == 0).sum())

    return count


def _sh_hoodie_price(all_variants: bool) -> Callable[[pd.DataFrame], float]:
    def mean(d: pd.DataFrame) -> float:
        x = _sh_variants(d) if all_variants else _sh_products(d)
        return float(_num(x.loc[_text(x["Type"]) == "Hoodies", "Variant Price"]).mean())

    return mean


def _sh_sale(products: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        x = _sh_variants(d)
        sale = _num(x["Variant Compare At Price"]) > _num(x["Variant Price"])
        return float(x.loc[sale, "Handle"].nunique() if products else sale.sum())

    return count


_SHOPIFY_QS = [
    Q("how many products do we have", _count(lambda d: float(d["Handle"].nunique())), ("Handle", "Title")),
    Q(
        "how many variants are out of stock?",
        either(_count(_sh_stockout(True)), _count(_sh_stockout(False))),
        ("Variant Inventory Qty", "Variant SKU", "Handle"),
    ),
    Q(
        "which vendor has the most products",
        _lead(
            either(
                _named(lambda d: _top(_text(_sh_products(d)["Vendor"]).value_counts())),
                _named(lambda d: _top(_text(_sh_variants(d)["Vendor"]).value_counts())),
            )
        ),
        ("Vendor", "Handle", "Title"),
    ),
    Q(
        "avg price for hoodies?",
        either(_about(_sh_hoodie_price(True)), _about(_sh_hoodie_price(False))),
        ("Variant Price", "Type", "Handle"),
    ),
    Q(
        "how many things are on sale right now",
        either(_count(_sh_sale(False)), _count(_sh_sale(True))),
        ("Variant Compare At Price", "Variant Price", "Handle"),
    ),
    Q(
        "what share of products are still drafts",
        _share(lambda d: float((_text(_sh_products(d)["Status"]) == "draft").mean())),
        ("Status", "Handle", "Title"),
    ),
]


# --- 5. NOAA SPC daily storm reports (one outbreak day, YYMMDD_rpts.csv) ---------------------------------------------

_SR_STATES: dict[str, tuple[float, float, float, str, list[str]]] = {
    # state: weight, lat, lon, office, counties
    "MO": (5, 38.3, -92.5, "LSX", ["ST. LOUIS", "FRANKLIN", "PHELPS", "BOONE", "JEFFERSON", "GREENE"]),
    "IL": (5, 39.5, -89.4, "ILX", ["SANGAMON", "MACON", "MADISON", "CHAMPAIGN", "VERMILION"]),
    "AR": (4, 35.2, -92.4, "LZK", ["PULASKI", "FAULKNER", "WHITE", "SALINE", "LONOKE"]),
    "TN": (4, 35.8, -86.6, "OHX", ["DAVIDSON", "WILLIAMSON", "RUTHERFORD", "SUMNER", "MAURY"]),
    "KY": (3, 37.6, -85.7, "LMK", ["JEFFERSON", "HARDIN", "NELSON", "WARREN", "BULLITT"]),
    "IN": (3, 39.3, -86.3, "IND", ["MARION", "MONROE", "JOHNSON", "BARTHOLOMEW"]),
    "MS": (2, 33.4, -89.6, "JAN", ["HINDS", "MADISON", "LEFLORE", "GRENADA"]),
    "OH": (2, 39.6, -83.4, "ILN", ["HAMILTON", "CLERMONT", "GREENE", "ROSS"]),
    "TX": (1.5, 32.9, -96.8, "FWD", ["DALLAS", "COLLIN", "DENTON", "ELLIS"]),
    "AL": (1.5, 34.3, -86.8, "HUN", ["MADISON", "LIMESTONE", "MORGAN", "CULLMAN"]),
}
_SR_PLACES = ["N", "NE", "E", "SE", "S", "SW", "W", "NW", "NNE", "ENE", "ESE", "SSE", "SSW", "WSW", "WNW", "NNW"]
_SR_NOTES = {
    "torn": ["TORNADO CONFIRMED BY SPOTTERS.", "BRIEF TOUCHDOWN OBSERVED IN OPEN FIELD.",
             "DAMAGE TO OUTBUILDINGS AND TREES.", "LAW ENFORCEMENT REPORTED A TORNADO."],
    "wind": ["TREES DOWN ON POWER LINES.", "MEASURED GUST AT ASOS.", "SHED ROOF BLOWN OFF.",
             "SEVERAL LARGE LIMBS DOWN."],
    "hail": ["QUARTER SIZE HAIL.", "HAIL COVERING THE GROUND.", "PUBLIC REPORT VIA SOCIAL MEDIA.", "DELAYED REPORT."],
}  # fmt: skip
_SR_TOWNS = ["SPRINGFIELD", "FAIRVIEW", "CLINTON", "GREENVILLE", "SALEM", "OAKLAND", "MILTON", "CENTERVILLE", "DOVER"]


def _storm_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10605)
    states = list(_SR_STATES)
    w = [_SR_STATES[s][0] for s in states]
    out: list[list[Any]] = []
    for kind, n in (("torn", 64), ("wind", 231), ("hail", 168)):
        if kind != "torn":
            out.append(
                ["Time", "Speed" if kind == "wind" else "Size", "Location", "County", "State", "Lat", "Lon", "Comments"]
            )
        times = np.sort((1200 + np.clip(rng.normal(9, 3.5, n), 0, 23.9) * 60 / 60 * 100).astype(int))
        section = []
        for t in times:
            hh = (t // 100) % 24
            mm = int(rng.integers(0, 60))
            st = str(_one(rng, states, w))
            _, lat, lon, office, counties = _SR_STATES[st]
            dist = int(rng.integers(1, 12))
            loc = f"{dist} {_one(rng, _SR_PLACES)} {_one(rng, _SR_TOWNS)}"
            if kind == "torn":
                mag: Any = str(_one(rng, ["UNK", "EF0", "EF1", "EF2"], [12, 2, 1, 0.5]))
                note = str(_one(rng, _SR_NOTES["torn"]))
            elif kind == "wind":
                mag = (
                    "UNK"
                    if rng.random() < 0.62
                    else int(_one(rng, [58, 60, 61, 62, 65, 70, 75, 80, 90], [6, 5, 3, 3, 4, 3, 2, 1, 0.4]))
                )
                note = str(_one(rng, _SR_NOTES["wind"]))
            else:
                mag = int(_one(rng, [100, 125, 150, 175, 200, 250, 275, 300], [30, 18, 8, 14, 5, 3, 2, 0.5]))
                note = str(_one(rng, _SR_NOTES["hail"]))
            section.append(
                [
                    f"{hh:02d}{mm:02d}",
                    mag,
                    loc,
                    str(_one(rng, counties)),
                    st,
                    round(lat + float(rng.normal(0, 0.8)), 2),
                    round(lon + float(rng.normal(0, 1.0)), 2),
                    f"{note} ({office})",
                ]
            )
        out.extend(section)
    return pd.DataFrame(out, columns=["Time", "F_Scale", "Location", "County", "State", "Lat", "Lon", "Comments"])


def _sr(d: pd.DataFrame) -> pd.DataFrame:
    head = _text(d["Time"]) == "Time"
    kind = _text(d["F_Scale"]).where(head).ffill().fillna("F_Scale")
    out = d.assign(kind=kind.map({"F_Scale": "torn", "Speed": "wind", "Size": "hail"}))
    return out[~head]


def _sr_of(d: pd.DataFrame, kind: str) -> pd.DataFrame:
    x = _sr(d)
    return x[x["kind"] == kind]


def _sr_mag(d: pd.DataFrame, kind: str) -> pd.Series:
    return pd.to_numeric(_sr_of(d, kind)["F_Scale"], errors="coerce")


_SR_NAMES = {
    "MO": ("Missouri",), "IL": ("Illinois",), "AR": ("Arkansas",), "TN": ("Tennessee",), "KY": ("Kentucky",),
    "IN": ("Indiana",), "MS": ("Mississippi",), "OH": ("Ohio",), "TX": ("Texas",), "AL": ("Alabama",),
}  # fmt: skip

_STORM_QS = [
    Q("how many tornado reports are there", _count(lambda d: float(len(_sr_of(d, "torn")))), ("F_Scale", "Time")),
    Q(
        "what was the biggest hail",
        either(has(lambda d: _sr_mag(d, "hail").max()), has(lambda d: _sr_mag(d, "hail").max() / 100)),
        ("F_Scale", "Time"),
    ),
    Q(
        "which state had the most reports overall?",
        _lead(_named(lambda d: _top(_text(_sr(d)["State"]).value_counts()), _SR_NAMES)),
        ("State",),
    ),
    Q(
        "how many wind reports had an actual measured speed",
        _count(lambda d: float(_sr_mag(d, "wind").notna().sum())),
        ("F_Scale", "Time"),
    ),
    Q("and the strongest gust?", has(lambda d: _sr_mag(d, "wind").max()), ("F_Scale", "Time")),
    Q(
        "what fraction of the hail reports were 2 inches or bigger",
        _share(lambda d: float((_sr_mag(d, "hail") >= 200).mean())),
        ("F_Scale", "Time"),
    ),
]


# --- 6. EPA GHGRP facility-level direct emitters (2022) --------------------------------------------------------------

_GH_SECTORS: dict[str, tuple[float, str, str, float, float]] = {
    # sector: weight, subparts, naics, log-mean emissions, methane share
    "Power Plants": (14, "C,D", "221112", 13.2, 0.002),
    "Petroleum and Natural Gas Systems": (22, "C,W-GB", "486210", 10.8, 0.25),
    "Waste": (16, "HH", "562212", 11.0, 0.85),
    "Chemicals": (8, "C,P", "325120", 11.3, 0.01),
    "Minerals": (5, "C,H", "327310", 12.6, 0.001),
    "Metals": (4, "C,Q", "331110", 12.0, 0.002),
    "Refineries": (3, "C,MM,Y", "324110", 13.4, 0.004),
    "Pulp and Paper": (4, "AA,C", "322121", 11.6, 0.01),
    "Other": (12, "C", "311221", 10.7, 0.005),
}
_GH_STATES: dict[str, tuple[float, str, float, float, list[str]]] = {
    "TX": (18, "Texas", 30.5, -97.5, ["HOUSTON", "ODESSA", "MIDLAND", "BEAUMONT", "CORPUS CHRISTI"]),
    "CA": (9, "California", 36.0, -119.5, ["BAKERSFIELD", "FRESNO", "LONG BEACH", "RICHMOND"]),
    "LA": (7, "Louisiana", 30.6, -91.5, ["LAKE CHARLES", "BATON ROUGE", "NORCO"]),
    "PA": (7, "Pennsylvania", 40.6, -77.7, ["PITTSBURGH", "ALLENTOWN", "ERIE"]),
    "OH": (6, "Ohio", 40.2, -82.7, ["CLEVELAND", "TOLEDO", "DAYTON"]),
    "OK": (6, "Oklahoma", 35.5, -97.5, ["TULSA", "ENID", "LAWTON"]),
    "IL": (5, "Illinois", 40.0, -89.2, ["JOLIET", "PEORIA", "DECATUR"]),
    "WY": (4, "Wyoming", 42.9, -107.5, ["GILLETTE", "CASPER"]),
    "NJ": (3, "New Jersey", 40.2, -74.5, ["LINDEN", "PAULSBORO", "NEWARK"]),
    "MA": (2, "Massachusetts", 42.3, -71.8, ["EVERETT", "SOMERSET"]),
}
_GH_WORDS = [
    "Energy Center",
    "Generating Station",
    "Compressor Station",
    "Landfill",
    "Plant",
    "Refinery",
    "Mill",
    "Works",
]
_GH_NAMES = [
    "Riverbend", "Eagle Point", "Cedar Creek", "Big Sandy", "Prairie View", "Lone Star", "Bayou", "Summit",
    "Granite Falls", "Red Hill", "Harbor", "Twin Oaks", "Pine Ridge", "Mesa", "Blue Lake", "Ironwood",
]  # fmt: skip
_GH_ROADS = ["COUNTY ROAD", "INDUSTRIAL PKWY", "HWY", "PLANT RD"]
_GH_COUNTIES = ["HARRIS", "KERN", "CADDO", "ERIE", "LUCAS", "TULSA", "WILL", "CAMPBELL"]


def _ghgrp_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10606)
    rows: list[dict[str, Any]] = []
    sectors = list(_GH_SECTORS)
    states = list(_GH_STATES)
    used: set[str] = set()
    for i in range(1650):
        sec = str(_one(rng, sectors, [_GH_SECTORS[s][0] for s in sectors]))
        _, subparts, naics, mu, ch4 = _GH_SECTORS[sec]
        label = sec
        if sec == "Power Plants" and rng.random() < 0.08:
            label, subparts = "Petroleum and Natural Gas Systems,Power Plants", "C,D,W-GB"
        if sec == "Chemicals" and rng.random() < 0.2:
            label = "Chemicals,Other"
        st = str(_one(rng, states, [_GH_STATES[s][0] for s in states]))
        _, _, lat, lon, cities = _GH_STATES[st]
        total = round(float(np.clip(rng.lognormal(mu, 1.0), 25000 * rng.uniform(0.2, 1.0), 2.2e7)), 3)
        methane = round(total * ch4 * float(rng.uniform(0.5, 1.5)), 3)
        n2o = round(total * 0.003 * float(rng.uniform(0.2, 1.5)), 3)
        sf6 = round(float(rng.uniform(1, 900)), 3) if sec == "Power Plants" and rng.random() < 0.2 else ""
        co2 = round(total - methane - n2o - (sf6 or 0), 3)
        for _try in range(40):
            name = f"{_one(rng, _GH_NAMES)} {_one(rng, _GH_WORDS)}"
            if name not in used:
                break
        else:
            name = f"{name} {i}"
        used.add(name)
        zipc = int(rng.integers(1000, 99999)) if st not in ("MA", "NJ") else int(rng.integers(1000, 8999))
        rows.append(
            {
                "Facility Id": 1000000 + i * 13 + int(rng.integers(0, 10)),
                "FRS Id": "" if rng.random() < 0.05 else 110000300000 + int(rng.integers(0, 99999999)),
                "Facility Name": name.upper() if rng.random() < 0.3 else name,
                "City": str(_one(rng, cities)),
                "State": st,
                "Zip Code": zipc,
                "Address": f"{int(rng.integers(10, 9999))} {_one(rng, _GH_ROADS)} {int(rng.integers(1, 400))}",
                "County": f"{_one(rng, _GH_COUNTIES)} COUNTY",
                "Latitude": round(lat + float(rng.normal(0, 1.2)), 5),
                "Longitude": round(lon + float(rng.normal(0, 1.5)), 5),
                "Primary NAICS Code": int(naics),
                "Industry Type (subparts)": subparts,
                "Industry Type (sectors)": label,
                "Total reported direct emissions": total,
                "CO2 emissions (non-biogenic) ": co2,
                "Methane (CH4) emissions ": methane,
                "Nitrous Oxide (N2O) emissions ": n2o,
                "HFC emissions": "",
                "PFC emissions": "",
                "SF6 emissions ": sf6,
                "NF3 emissions": "",
                "Biogenic CO2 emissions (metric tons)": round(total * float(rng.uniform(0.1, 0.9)), 1)
                if sec == "Pulp and Paper"
                else 0.0,
            }
        )
    return pd.DataFrame(rows)


_GH_TOTAL = "Total reported direct emissions"
_GH_NAMED = {k: (v[1],) for k, v in _GH_STATES.items()}


def _gh_power_share(contains: bool) -> Callable[[pd.DataFrame], float]:
    def frac(d: pd.DataFrame) -> float:
        sec = _text(d["Industry Type (sectors)"])
        pick = sec.str.contains("Power Plants") if contains else sec == "Power Plants"
        return float(d.loc[pick, _GH_TOTAL].sum() / d[_GH_TOTAL].sum())

    return frac


_GHGRP_QS = [
    Q(
        "what are the total emissions across all facilities?",
        _amount(lambda d: float(d[_GH_TOTAL].sum())),
        (_GH_TOTAL,),
    ),
    Q(
        "which state emits the most",
        _lead(_named(lambda d: _top(d.groupby("State")[_GH_TOTAL].sum()), _GH_NAMED)),
        ("State", _GH_TOTAL),
    ),
    Q(
        "top 5 biggest emitting facilities",
        _top_named(lambda d: _ranked(d.set_index("Facility Name")[_GH_TOTAL]), 5),
        ("Facility Name", _GH_TOTAL, "Facility Id"),
    ),
    Q(
        "what share of the total comes from power plants",
        either(_share(_gh_power_share(False)), _share(_gh_power_share(True))),
        ("Industry Type (sectors)", _GH_TOTAL),
    ),
    Q(
        "how many facilities report more than 25,000 tons of methane",
        _count(lambda d: float((pd.to_numeric(d["Methane (CH4) emissions "], errors="coerce") > 25000).sum())),
        ("Methane (CH4) emissions ", "Facility Id", "Facility Name"),
    ),
    Q(
        "average emissions per facility in texas?",
        _amount(lambda d: float(d.loc[_text(d["State"]) == "TX", _GH_TOTAL].mean())),
        ("State", _GH_TOTAL),
    ),
]


# --- 7. FIDE standard rating list (MAR24) -----------------------------------------------------------------------------

_FD_FEDS: dict[str, tuple[float, float, tuple[str, ...], list[str], list[str]]] = {
    # fed: weight, rating shift, aliases, surnames, given names
    "IND": (
        14,
        -60,
        ("India",),
        ["Sharma", "Patel", "Iyer", "Reddy", "Nair", "Gupta", "Das", "Rao"],
        ["Arjun", "Priya", "Rohan", "Divya", "Vikram"],
    ),
    "RUS": (
        10,
        60,
        ("Russia",),
        ["Ivanov", "Petrov", "Smirnov", "Volkov", "Popov", "Sokolov"],
        ["Ivan", "Anna", "Dmitry", "Elena", "Sergey"],
    ),
    "GER": (
        9,
        20,
        ("Germany",),
        ["Mueller", "Schmidt", "Weber", "Fischer", "Wagner", "Becker"],
        ["Lukas", "Anna", "Jonas", "Lea", "Felix"],
    ),
    "ESP": (
        7,
        10,
        ("Spain",),
        ["Garcia", "Martinez", "Lopez", "Sanchez", "Romero"],
        ["Javier", "Lucia", "Pablo", "Marta", "Diego"],
    ),
    "FRA": (
        6,
        15,
        ("France",),
        ["Martin", "Bernard", "Dubois", "Moreau", "Laurent"],
        ["Louis", "Chloe", "Hugo", "Camille", "Theo"],
    ),
    "USA": (
        6,
        30,
        ("United States", "US", "America"),
        ["Smith", "Johnson", "Brown", "Miller", "Davis"],
        ["John", "Emily", "Michael", "Sarah"],
    ),
    "UKR": (
        4,
        50,
        ("Ukraine",),
        ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko"],
        ["Oleksandr", "Olena", "Andriy", "Iryna"],
    ),
    "ARM": (
        2,
        70,
        ("Armenia",),
        ["Petrosyan", "Sargsyan", "Hakobyan", "Grigoryan"],
        ["Tigran", "Lilit", "Levon", "Ani"],
    ),
    "CHN": (3, 40, ("China",), ["Wang", "Li", "Zhang", "Liu", "Chen"], ["Wei", "Jing", "Hao", "Yu", "Ming"]),
}


def _fide_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10607)
    feds = list(_FD_FEDS)
    rows: list[dict[str, Any]] = []
    used: set[str] = set()
    for i in range(2400):
        fed = str(_one(rng, feds, [_FD_FEDS[f][0] for f in feds]))
        _, shift, _, surnames, given = _FD_FEDS[fed]
        sex = "F" if rng.random() < 0.11 else "M"
        rating = int(np.clip(rng.normal(1650 + shift - (70 if sex == "F" else 0), 270), 1400, 2840))
        if rng.random() < 0.03:
            rating = int(rng.integers(2480, 2790))
        gms = int(max(0, rng.normal(-2 + (rating - 1400) / 180, 5)))
        born = int(np.clip(rng.normal(1988 - (rating - 1600) / 60, 17), 1935, 2017))
        tit = ""
        if rating >= 2500 and rng.random() < 0.85:
            tit = "GM"
        elif rating >= 2400 and rng.random() < 0.8:
            tit = "IM"
        elif rating >= 2300 and rng.random() < 0.7:
            tit = "FM"
        elif rating >= 2200 and rng.random() < 0.3:
            tit = "CM"
        wtit = ""
        if sex == "F" and not tit and rating >= 2000:
            wtit = str(_one(rng, ["WGM", "WIM", "WFM", "WCM"], [1, 2, 3, 3]))
            tit = wtit if rng.random() < 0.5 else ""
        inactive = rng.random() < (0.35 if gms == 0 else 0.1)
        flag = ("w" if sex == "F" else "") + ("i" if inactive else "")
        if inactive:
            gms = 0
        for _try in range(60):
            name = f"{_one(rng, surnames)}{'' if _try < 20 else '-' + str(_one(rng, surnames))}, {_one(rng, given)}"
            if rating < 2550 or name.split(",")[0] not in used:
                break
        used.add(name.split(",")[0])
        rows.append(
            {
                "ID Number": 1000000 + i * 97 + int(rng.integers(0, 90)),
                "Name": name,
                "Fed": fed,
                "Sex": sex,
                "Tit": tit,
                "WTit": wtit,
                "OTit": "" if rng.random() < 0.96 else str(_one(rng, ["FA", "IA", "FT", "FA,IA", "FI"])),
                "FOA": "" if rng.random() < 0.97 else "AIM",
                "MAR24": rating,
                "Gms": gms,
                "K": 40 if born >= 2006 and rating < 2300 else (10 if rating >= 2400 else 20),
                "B-day": 0 if rng.random() < 0.03 else born,
                "Flag": flag,
            }
        )
    return pd.DataFrame(rows)


def _fd_top_active(d: pd.DataFrame) -> str:
    active = d[~_text(d["Flag"]).str.contains("i")]
    return str(active.loc[active["MAR24"].idxmax(), "Name"]).split(",")[0]


def _fd_gm_feds(d: pd.DataFrame) -> str:
    return _top(_text(d.loc[_text(d["Tit"]) == "GM", "Fed"]).value_counts())


_FD_NAMED = {k: v[2] for k, v in _FD_FEDS.items()}

_FIDE_QS = [
    Q(
        "how many players are rated over 2500?",
        either(
            _count(lambda d: float((d["MAR24"] > 2500).sum())),
            _count(lambda d: float((d["MAR24"] >= 2500).sum())),
        ),
        ("MAR24",),
    ),
    Q("which country has the most grandmasters", _lead(_named(_fd_gm_feds, _FD_NAMED)), ("Fed", "Tit")),
    Q(
        "average rating for women vs men",
        _about(lambda d: d.groupby(_text(d["Sex"]))["MAR24"].mean().loc[["F", "M"]].to_numpy()),
        ("Sex", "MAR24"),
    ),
    Q(
        "what share of the list is inactive",
        _share(lambda d: float(_text(d["Flag"]).str.contains("i").mean())),
        ("Flag",),
    ),
    Q("who's the top rated active player", _lead(_named(_fd_top_active)), ("Name", "MAR24", "Flag")),
    Q(
        "do people who play more games have higher ratings?",
        _corr(lambda d: d["Gms"], lambda d: d["MAR24"]),
        ("Gms", "MAR24"),
    ),
]


HELDOUT106: list[Dataset] = [
    Dataset("schwab_brokerage_transactions", _schwab_frame, _SCHWAB_QS),
    Dataset("oura_sleep_sessions", _oura_frame, _OURA_QS),
    Dataset("monday_board_export", _monday_frame, _MONDAY_QS),
    Dataset("shopify_products_export", _shopify_frame, _SHOPIFY_QS),
    Dataset("noaa_storm_reports_daily", _storm_frame, _STORM_QS),
    Dataset("epa_ghgrp_facility_emissions", _ghgrp_frame, _GHGRP_QS),
    Dataset("fide_ratings_list", _fide_frame, _FIDE_QS),
]
