"""HELDOUT199: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a Habitify habit log export (Jan-Jun 2024,
one row per habit and day, the last habit started in March) with "Habit Name" ("Drink Water", "Meditate", "Read"),
Area ("Health", "Mind", "Work", blank for habits outside an area), Date ("2024-01-15"), Status (completed / skipped /
failed / none), "Goal Value", "Goal Unit" ("glasses", "min", "pages", "times", "steps") and "Log Value" (blank when
nothing was logged); a Trading 212 transaction history export (2022-2024, account in GBP) with Action ("Deposit",
"Market buy", "Market sell", "Limit buy", "Dividend (Ordinary)", "Interest on cash", "Withdrawal"), Time ("2023-03-14
14:32:05"), ISIN, Ticker, Name (blank on cash rows), "No. of shares" (fractional), "Price / share", "Currency (Price /
share)" (USD / GBX / EUR), "Exchange rate" (price currency per pound, 100 for GBX), Result (sells only, GBP),
"Currency (Result)", Total (GBP), "Currency (Total)", "Withholding tax" and "Currency (Withholding tax)" (dividends
only, in the share's currency), Notes, ID ("EOF1234567890") and "Currency conversion fee" (GBP, blank on GBP
lines); a Jibble attendance timesheet export (Jan-Mar 2024, one row per member and worked day, plus a final
"Total" row) with Member, Group ("Sales", "Engineering", "Support", "Operations"), Date ("15/01/2024"), "First In"
and "Last Out" ("08:57", blank on leave days), "Tracked Hours", "Regular Hours", Overtime and "Break Time" written
"7h 45m", "8h", "45m", "0h"; a Tricount group expenses export (a four-person flat share, 2023) with Title, Amount,
Currency (EUR, a few USD and GBP), "Exchange rate", "Amount in default currency (EUR)", Date ("14/07/2023 19:32"),
"Paid by", one "Impacted to <name>" column per flatmate (that person's share, zero when not involved, negative on
income) and "Transaction type" (Expense / Money transfer / Income); Seattle pet licenses (issued 2015-2023) with
"License Issue Date" ("November 16 2018"), "License Number" (digits or "S107948", some repeated), "Animal's Name"
(blank for some), Species (Dog / Cat / Pig / Goat), "Primary Breed" ("Retriever, Labrador", "Domestic Shorthair"),
"Secondary Breed" (often blank, "Mix") and "ZIP Code" (five digits, some ZIP+4 "98103-1234", a few blank); Iowa
liquor sales (2023, one row per invoice line) with "Invoice/Item Number" ("INV-58123400012"), Date ("03/14/2023"),
"Store Number", "Store Name", City and County (upper case, a few counties blank), "Category Name" ("AMERICAN VODKAS",
"CANADIAN WHISKIES", "STRAIGHT BOURBON WHISKIES", "SPICED RUM"), "Vendor Name", "Item Description" ("TITOS HANDMADE
VODKA", "FIREBALL CINNAMON WHISKEY"), Pack, "Bottle Volume (ml)", "State Bottle Cost", "State Bottle Retail",
"Bottles Sold", "Sale (Dollars)", "Volume Sold (Liters)" and "Volume Sold (Gallons)"; and the UK gender pay gap
service reporting data (one row per employer and reporting year, snapshot years 2021-2023, some employers missing
years) with EmployerName (upper case), EmployerId, PostCode, CompanyNumber (blank for public bodies), SicCodes
("1,\\n84110" or ",\\n47110,\\n47190"), DiffMeanHourlyPercent, DiffMedianHourlyPercent, DiffMeanBonusPercent and
DiffMedianBonusPercent (blank when no bonus is paid), MaleBonusPercent, FemaleBonusPercent, the eight
Male/Female{Lower,LowerMiddle,UpperMiddle,Top}Quartile shares, EmployerSize ("Less than 250", "250 to 499", "500 to
999", "1000 to 4999", "5000 to 19,999", "20,000 or more", "Not Provided"), SubmittedAfterTheDeadline (True / False),
DueDate ("2023/04/05 00:00:00", public bodies "2023/03/30 00:00:00") and DateSubmitted ("2023/03/28 16:01:07").
All are generated with fixed seeds 19901-19907.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _lead, _named, _share, _text
from .heldout173 import _money, _top
from .heldout183 import _abouts, _peak_month, _ymd
from .offline_eval import Check, Dataset, Q, corr_of, either
from .offline_eval import about as _about
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

# --- shared helpers ------------------------------------------------------------------------------------------------


def _n(s: pd.Series) -> pd.Series:
    return pd.to_numeric(s, errors="coerce")


def _named_any(*values: Callable[[pd.DataFrame], str]) -> Check:
    return either(*(_named(v) for v in values))


# --- 1. Habitify habit log export ----------------------------------------------------------------------------------

# habit: (area, goal, unit, p completed, p skipped, p failed, typical log, start)
_HF_HABITS = {
    "Drink Water": ("Health", 8, "glasses", 0.62, 0.05, 0.23, 6.8, "2024-01-01"),
    "Meditate": ("Mind", 10, "min", 0.55, 0.12, 0.18, 9.0, "2024-01-01"),
    "Read": ("Mind", 20, "pages", 0.48, 0.10, 0.22, 17.0, "2024-01-01"),
    "Morning Run": ("Health", 1, "times", 0.38, 0.22, 0.20, 1.0, "2024-01-01"),
    "Walk 10k Steps": ("Health", 10000, "steps", 0.45, 0.03, 0.40, 8600.0, "2024-01-01"),
    "No Sugar": ("", 1, "times", 0.57, 0.02, 0.31, 1.0, "2024-01-01"),
    "Inbox Zero": ("Work", 1, "times", 0.42, 0.18, 0.15, 1.0, "2024-01-01"),
    "Journal": ("Mind", 1, "times", 0.66, 0.08, 0.10, 1.0, "2024-03-04"),
}


def _habitify_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19901)
    rows = []
    for day in pd.date_range("2024-01-01", "2024-06-30"):
        # motivation drifts: strong in January, a slump in April
        boost = {1: 0.10, 2: 0.04, 3: 0.0, 4: -0.12, 5: -0.02, 6: 0.0}[day.month]
        for habit, (area, goal, unit, pc, ps, pf, typical, start) in _HF_HABITS.items():
            if day < pd.Timestamp(start):
                continue
            c = min(0.95, max(0.05, pc + boost))
            rest = 1 - pc
            p = [c, ps * (1 - c) / rest, pf * (1 - c) / rest, (1 - ps - pf - pc) * (1 - c) / rest]
            status = str(_one(rng, ["completed", "skipped", "failed", "none"], p))
            if status == "none":
                value: Any = ""
            elif status == "completed":
                value = goal if goal == 1 else round(goal * float(rng.uniform(1.0, 1.3)))
            elif status == "skipped":
                value = 0
            else:
                value = 0 if goal == 1 else round(min(goal - 1, typical * float(rng.uniform(0.2, 0.9))))
            rows.append(
                {
                    "Habit Name": habit,
                    "Area": area,
                    "Date": day.strftime("%Y-%m-%d"),
                    "Status": status,
                    "Goal Value": goal,
                    "Goal Unit": unit,
                    "Log Value": value,
                }
            )
    return pd.DataFrame(rows)


def _hf_done(d: pd.DataFrame) -> pd.Series:
    return _text(d["Status"]).str.lower().eq("completed")


def _hf_habit(d: pd.DataFrame, name: str) -> pd.Series:
    return _text(d["Habit Name"]).eq(name)


def _hf_best_month(d: pd.DataFrame) -> pd.Timestamp:
    m = _hf_done(d)
    return _peak_month(_ymd(d["Date"])[m])


def _hf_failed_in_best(d: pd.DataFrame) -> int:
    in_month = _ymd(d["Date"]).dt.to_period("M") == _hf_best_month(d).to_period("M")
    return int((in_month & _text(d["Status"]).str.lower().eq("failed")).sum())


def _hf_med_rate(logged: bool) -> Callable[[pd.DataFrame], float]:
    def rate(d: pd.DataFrame) -> float:
        m = _hf_habit(d, "Meditate")
        if logged:
            m &= _text(d["Status"]).str.lower().ne("none")
        return float(_hf_done(d)[m].mean())

    return rate


def _hf_water(fill: bool) -> Callable[[pd.DataFrame], float]:
    def mean(d: pd.DataFrame) -> float:
        v = _n(d["Log Value"])[_hf_habit(d, "Drink Water")]
        return float(v.fillna(0).mean() if fill else v.mean())

    return mean


_HF_ID = ("Habit Name", "Date")
_HABITIFY_QS = [
    Q("how many habits am i tracking", _count(lambda d: _text(d["Habit Name"]).nunique()), _HF_ID),
    Q(
        "which habit do i actually complete the most",
        _lead(_named(lambda d: _top(_text(d["Habit Name"])[_hf_done(d)].value_counts()))),
        ("Status", *_HF_ID),
    ),
    Q(
        "whats my success rate on meditating",
        either(_share(_hf_med_rate(False)), _share(_hf_med_rate(True))),
        ("Status", *_HF_ID),
    ),
    Q(
        "on average how many glasses of water do i drink a day",
        _abouts(_hf_water(False), _hf_water(True)),
        ("Log Value", "Goal Value", "Goal Unit", "Status", *_HF_ID),
    ),
    Q("which month did i complete the most habits", _lead(_month_year(_hf_best_month)), ("Status", *_HF_ID)),
    Q("and how many did i fail that month", _count(_hf_failed_in_best), ("Status", *_HF_ID)),
]


# --- 2. Trading 212 transaction history export ---------------------------------------------------------------------

# ticker: (ISIN, name, currency, start price, yearly drift, dividend per share per quarter, weight)
_T2_STOCKS = {
    "AAPL": ("US0378331005", "Apple", "USD", 150.0, 0.25, 0.24, 14),
    "MSFT": ("US5949181045", "Microsoft", "USD", 280.0, 0.30, 0.68, 10),
    "VUSA": ("IE00B3XXRP09", "Vanguard S&P 500 (Dist)", "GBX", 6200.0, 0.15, 25.0, 22),
    "TSLA": ("US88160R1014", "Tesla", "USD", 260.0, -0.10, 0.0, 9),
    "LLOY": ("GB0008706128", "Lloyds Banking Group", "GBX", 48.0, 0.02, 0.9, 7),
    "NVDA": ("US67066G1040", "NVIDIA", "USD", 180.0, 1.10, 0.04, 8),
    "ASML": ("NL0010273215", "ASML Holding", "EUR", 560.0, 0.20, 1.45, 4),
}
_T2_FX = {"USD": 1.25, "EUR": 1.16, "GBX": 100.0}


def _t212_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19902)
    start = pd.Timestamp("2022-01-03")
    rows: list[dict] = []
    held = dict.fromkeys(_T2_STOCKS, 0.0)
    cost = dict.fromkeys(_T2_STOCKS, 0.0)

    def price(t: str, when: pd.Timestamp) -> float:
        _, _, _, p0, drift, _, _ = _T2_STOCKS[t]
        years = (when - start).days / 365.25
        return p0 * (1 + drift) ** years * float(np.exp(rng.normal(0, 0.06)))

    def add(action: str, when: pd.Timestamp, **kw: Any) -> None:
        rows.append(
            {
                "Action": action,
                "Time": when.strftime("%Y-%m-%d %H:%M:%S"),
                "ISIN": kw.get("isin", ""),
                "Ticker": kw.get("ticker", ""),
                "Name": kw.get("name", ""),
                "No. of shares": kw.get("shares", ""),
                "Price / share": kw.get("price", ""),
                "Currency (Price / share)": kw.get("ccy", ""),
                "Exchange rate": kw.get("fx", ""),
                "Result": kw.get("result", ""),
                "Currency (Result)": "GBP" if kw.get("result", "") != "" else "",
                "Total": kw["total"],
                "Currency (Total)": "GBP",
                "Withholding tax": kw.get("wht", ""),
                "Currency (Withholding tax)": kw.get("wht_ccy", ""),
                "Notes": kw.get("notes", ""),
                "ID": f"EOF{int(rng.integers(10**9, 10**10))}" if action != "Interest on cash" else "",
                "Currency conversion fee": kw.get("fee", ""),
            }
        )

    tickers = list(_T2_STOCKS)
    weights = [v[-1] for v in _T2_STOCKS.values()]
    for month in pd.date_range("2022-01-01", "2024-12-01", freq="MS"):
        day = month + pd.Timedelta(days=int(rng.integers(0, 5)), hours=9, minutes=int(rng.integers(0, 60)))
        amount = float(_one(rng, [250.0, 500.0, 500.0, 750.0, 1000.0]))
        add("Deposit", day, total=amount, notes="Bank Transfer")
        for _ in range(int(rng.integers(3, 8))):
            t = str(_one(rng, tickers, weights))
            isin, name, ccy, *_ = _T2_STOCKS[t]
            when = day + pd.Timedelta(days=int(rng.integers(0, 25)), minutes=int(rng.integers(0, 400)))
            p = price(t, when)
            fx = round(_T2_FX[ccy] * float(np.exp(rng.normal(0, 0.03))), 5) if ccy != "GBX" else 100.0
            gbp = float(rng.uniform(40, 220))
            shares = round(gbp * fx / p, 7)
            fee = round(0.0015 * gbp, 2) if ccy in ("USD", "EUR") else ""
            total = round(shares * p / fx + (fee or 0), 2)
            action = "Limit buy" if rng.random() < 0.1 else "Market buy"
            add(
                action,
                when,
                isin=isin,
                ticker=t,
                name=name,
                shares=shares,
                price=round(p, 2),
                ccy=ccy,
                fx=fx,
                total=total,
                fee=fee,
            )
            held[t] += shares
            cost[t] += total
        if rng.random() < 0.45:
            t = str(_one(rng, [k for k in tickers if held[k] > 0]))
            isin, name, ccy, *_ = _T2_STOCKS[t]
            when = day + pd.Timedelta(days=int(rng.integers(5, 25)), hours=3)
            p = price(t, when)
            fx = round(_T2_FX[ccy] * float(np.exp(rng.normal(0, 0.03))), 5) if ccy != "GBX" else 100.0
            shares = round(held[t] * float(rng.uniform(0.2, 0.6)), 7)
            avg = cost[t] / held[t]
            fee = round(0.0015 * shares * p / fx, 2) if ccy in ("USD", "EUR") else ""
            total = round(shares * p / fx - (fee or 0), 2)
            result = round(total - shares * avg, 2)
            add(
                "Market sell",
                when,
                isin=isin,
                ticker=t,
                name=name,
                shares=shares,
                price=round(p, 2),
                ccy=ccy,
                fx=fx,
                result=result,
                total=total,
                fee=fee,
            )
            held[t] -= shares
            cost[t] -= shares * avg
        if month.month in (3, 6, 9, 12):
            for t in tickers:
                isin, name, ccy, _, _, dps, _ = _T2_STOCKS[t]
                if dps == 0 or held[t] <= 0:
                    continue
                when = month + pd.Timedelta(days=int(rng.integers(8, 27)), hours=11)
                gross = held[t] * dps
                wht = round(0.15 * gross, 2) if ccy == "USD" else ""
                fx = round(_T2_FX[ccy] * float(np.exp(rng.normal(0, 0.02))), 5) if ccy != "GBX" else 100.0
                net = (gross - (wht or 0)) / fx
                add(
                    "Dividend (Ordinary)",
                    when,
                    isin=isin,
                    ticker=t,
                    name=name,
                    shares=round(held[t], 7),
                    price=round(dps, 4),
                    ccy=ccy,
                    fx=fx,
                    total=round(net, 2),
                    wht=wht,
                    wht_ccy=ccy if wht != "" else "",
                )
        add(
            "Interest on cash",
            month + pd.offsets.MonthEnd(0) + pd.Timedelta(hours=23),
            total=round(float(rng.uniform(0.05, 1.8)), 2),
            notes="",
        )
    add("Withdrawal", pd.Timestamp("2023-08-14 10:12:00"), total=-1500.0, notes="Sent to Bank Account")
    return pd.DataFrame(rows).sort_values("Time", kind="stable").reset_index(drop=True)


def _t2(d: pd.DataFrame, prefix: str) -> pd.Series:
    return _text(d["Action"]).str.startswith(prefix)


def _t2_buys(d: pd.DataFrame, limit: bool) -> pd.Series:
    return _t2(d, "Market buy") | (limit & _t2(d, "Limit buy"))


_T2_ID = ("Action", "Time", "Ticker", "Name", "ISIN", "ID")
_T212_QS = [
    Q("how much have i deposited in total", _money(lambda d: _n(d["Total"])[_t2(d, "Deposit")].sum()), _T2_ID),
    Q(
        "how much have i earned from dividends",
        _money(lambda d: _n(d["Total"])[_t2(d, "Dividend")].sum()),
        ("Total", "Currency (Total)", *_T2_ID),
    ),
    Q(
        "which stock did i buy most often",
        _lead(
            either(
                *(
                    _named_any(
                        lambda d, k=k: _top(_text(d["Ticker"])[_t2_buys(d, k)].value_counts()),
                        lambda d, k=k: _top(_text(d["Name"])[_t2_buys(d, k)].value_counts()),
                    )
                    for k in (False, True)
                )
            )
        ),
        _T2_ID,
    ),
    Q(
        "whats my total realised profit from selling",
        _money(lambda d: _n(d["Result"])[_t2(d, "Market sell")].sum()),
        ("Result", "Currency (Result)", *_T2_ID),
    ),
    Q(
        "how many of those sells lost money",
        _count(lambda d: int((_n(d["Result"])[_t2(d, "Market sell")] < 0).sum())),
        ("Result", *_T2_ID),
    ),
    Q(
        "how much tax got withheld on my dividends",
        _money(lambda d: _n(d["Withholding tax"]).sum()),
        ("Withholding tax", "Currency (Withholding tax)", *_T2_ID),
    ),
]


# --- 3. Jibble attendance timesheet export -------------------------------------------------------------------------

# member: (group, usual start hh:mm, late-prone, overtime-prone)
_JB_MEMBERS = {
    "Aisha Khan": ("Sales", "08:50", 0.05, 0.10),
    "Ben Carter": ("Sales", "09:05", 0.25, 0.05),
    "Chloe Martin": ("Sales", "08:45", 0.03, 0.30),
    "Diego Alvarez": ("Sales", "09:00", 0.10, 0.08),
    "Emma Wilson": ("Engineering", "09:15", 0.20, 0.35),
    "Farid Haddad": ("Engineering", "09:25", 0.55, 0.25),
    "Grace Lee": ("Engineering", "08:55", 0.05, 0.55),
    "Hiro Tanaka": ("Engineering", "09:10", 0.15, 0.20),
    "Isla Brown": ("Support", "07:55", 0.02, 0.05),
    "Jonas Weber": ("Support", "08:00", 0.08, 0.05),
    "Kemi Adeyemi": ("Support", "08:05", 0.12, 0.10),
    "Liam O'Connor": ("Operations", "08:30", 0.10, 0.15),
    "Maya Patel": ("Operations", "08:40", 0.06, 0.20),
    "Noah Schmidt": ("Operations", "08:35", 0.30, 0.05),
}
_JB_BREAK = {"Sales": 45, "Engineering": 55, "Support": 35, "Operations": 40}


def _hm(minutes: int) -> str:
    h, m = divmod(int(minutes), 60)
    if h and m:
        return f"{h}h {m}m"
    return f"{h}h" if h or not m else f"{m}m"


def _jibble_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19903)
    rows = []
    for day in pd.bdate_range("2024-01-02", "2024-03-29"):
        for member, (group, usual, late_p, ot_p) in _JB_MEMBERS.items():
            if rng.random() < 0.04:
                continue
            base = {"Date": day.strftime("%d/%m/%Y"), "Member": member, "Group": group}
            if rng.random() < 0.03:
                rows.append(
                    base
                    | {
                        "First In": "",
                        "Last Out": "",
                        "Tracked Hours": "0h",
                        "Regular Hours": "0h",
                        "Overtime": "0h",
                        "Break Time": "0m",
                    }
                )
                continue
            h, m = map(int, usual.split(":"))
            start = h * 60 + m + int(rng.integers(-8, 9))
            if rng.random() < late_p:
                start += int(rng.integers(20, 70))
            brk = max(15, int(_JB_BREAK[group] + rng.normal(0, 8)))
            work = int(rng.normal(465, 20)) + (int(rng.integers(30, 150)) if rng.random() < ot_p else 0)
            end = start + work + brk
            regular = min(work, 480)
            rows.append(
                base
                | {
                    "First In": f"{start // 60:02d}:{start % 60:02d}",
                    "Last Out": f"{end // 60:02d}:{end % 60:02d}",
                    "Tracked Hours": _hm(work),
                    "Regular Hours": _hm(regular),
                    "Overtime": _hm(work - regular),
                    "Break Time": _hm(brk),
                }
            )
    df = pd.DataFrame(rows)[
        ["Member", "Group", "Date", "First In", "Last Out", "Tracked Hours", "Regular Hours", "Overtime", "Break Time"]
    ]
    mins = {c: df[c].map(_jb_minutes).sum() for c in ("Tracked Hours", "Regular Hours", "Overtime", "Break Time")}
    total = {"Member": "Total", "Group": "", "Date": "", "First In": "", "Last Out": ""} | {
        c: _hm(v) for c, v in mins.items()
    }
    return pd.concat([df, pd.DataFrame([total])], ignore_index=True)


def _jb_minutes(text: Any) -> float:
    s = "" if pd.isna(text) else str(text)
    h = re.search(r"(\d+)h", s)
    m = re.search(r"(\d+)m", s)
    return (int(h.group(1)) if h else 0) * 60 + (int(m.group(1)) if m else 0)


def _jb(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["Member"]).ne("Total")]


def _jb_hours(d: pd.DataFrame, col: str) -> pd.Series:
    return d[col].map(_jb_minutes) / 60


def _jb_late(d: pd.DataFrame) -> pd.Series:
    d = _jb(d)
    first = _text(d["First In"])
    return first.ne("") & (first > "09:30")


def _jb_sales_mean(worked_only: bool) -> Callable[[pd.DataFrame], float]:
    def mean(d: pd.DataFrame) -> float:
        d = _jb(d)
        h = _jb_hours(d, "Tracked Hours")[_text(d["Group"]).eq("Sales")]
        return float(h[h > 0].mean() if worked_only else h.mean())

    return mean


_JB_ID = ("Member", "Date")
_JIBBLE_QS = [
    Q(
        "how many hours did everyone work in total",
        _abouts(lambda d: _jb_hours(_jb(d), "Tracked Hours").sum(), rel=0.005),
        ("Tracked Hours", "Regular Hours", *_JB_ID),
    ),
    Q(
        "who did the most overtime",
        _lead(_named(lambda d: _top(_jb_hours(_jb(d), "Overtime").groupby(_text(_jb(d)["Member"])).sum()))),
        ("Overtime", *_JB_ID),
    ),
    Q(
        "average hours per day for the sales team?",
        _abouts(_jb_sales_mean(False), _jb_sales_mean(True)),
        ("Tracked Hours", "Regular Hours", "Group", *_JB_ID),
    ),
    Q(
        "which team takes the longest breaks",
        _lead(_named(lambda d: _top(_jb_hours(_jb(d), "Break Time").groupby(_text(_jb(d)["Group"])).mean()))),
        ("Break Time", "Group", *_JB_ID),
    ),
    Q(
        "how many times did someone clock in after 9:30",
        _count(lambda d: int(_jb_late(d).sum())),
        ("First In", *_JB_ID),
    ),
    Q(
        "who was late like that the most",
        _lead(_named(lambda d: _top(_text(_jb(d)["Member"])[_jb_late(d)].value_counts()))),
        ("First In", *_JB_ID),
    ),
]


# --- 4. Tricount group expenses export -----------------------------------------------------------------------------

_TC_PEOPLE = ["Anna", "Ben", "Chloé", "David"]
# title: (per month, mean EUR, sd, payers weights, split among)
_TC_ITEMS = {
    "Groceries": (9, 62.0, 25.0, [4, 2, 3, 1], "all"),
    "Lidl": (6, 28.0, 10.0, [1, 3, 1, 2], "all"),
    "Toilet paper & cleaning": (1, 18.0, 5.0, [1, 1, 3, 1], "all"),
    "Pizza night": (1.2, 48.0, 12.0, [1, 2, 1, 3], "some"),
    "Drinks at Café Luna": (2.5, 36.0, 15.0, [1, 3, 2, 2], "some"),
    "Netflix": (1, 17.99, 0.0, [0, 0, 0, 1], "all"),
    "Internet (Free)": (1, 39.99, 0.0, [1, 0, 0, 0], "all"),
    "Electricity EDF": (1, 95.0, 30.0, [0, 1, 0, 0], "all"),
}


def _tricount_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19904)
    rows: list[dict] = []

    def add(title: str, amount: float, ccy: str, fx: float, when: pd.Timestamp, payer: str, shares: dict, kind: str):
        eur = round(amount * fx, 2)
        row = {
            "Title": title,
            "Amount": round(amount, 2),
            "Currency": ccy,
            "Exchange rate": fx,
            "Amount in default currency (EUR)": eur,
            "Date": when.strftime("%d/%m/%Y %H:%M"),
            "Paid by": payer,
        }
        for p in _TC_PEOPLE:
            row[f"Impacted to {p}"] = shares.get(p, 0.0)
        row["Transaction type"] = kind
        rows.append(row)

    def split(eur: float, people: list[str]) -> dict:
        each = round(eur / len(people), 2)
        out = dict.fromkeys(people, each)
        out[people[0]] = round(eur - each * (len(people) - 1), 2)
        return out

    for month in pd.date_range("2023-01-01", "2023-12-01", freq="MS"):
        end = month + pd.offsets.MonthEnd(0)
        for title, (per, mean, sd, pw, among) in _TC_ITEMS.items():
            for _ in range(int(rng.poisson(per)) if per != 1 or sd else 1):
                amt = max(4.0, float(rng.normal(mean, sd))) if sd else mean
                when = month + pd.Timedelta(days=int(rng.integers(0, end.day)), minutes=int(rng.integers(480, 1380)))
                payer = str(_one(rng, _TC_PEOPLE, pw))
                people = _TC_PEOPLE
                if among == "some":
                    others = [p for p in _TC_PEOPLE if p != payer and rng.random() < 0.6]
                    people = [payer, *others]
                add(title, amt, "EUR", 1.0, when, payer, split(round(amt, 2), people), "Expense")
        day1 = month + pd.Timedelta(hours=10)
        add("Rent", 1840.0, "EUR", 1.0, day1, "Anna", split(1840.0, _TC_PEOPLE), "Expense")
        # settling up: everyone pays Anna their rent share
        for p in _TC_PEOPLE[1:]:
            add(f"{p} → Anna", 460.0, "EUR", 1.0, day1 + pd.Timedelta(days=2), p, {"Anna": 460.0}, "Money transfer")
    # a trip to New York and one to London
    for i in range(14):
        when = pd.Timestamp("2023-08-05 09:00") + pd.Timedelta(hours=int(rng.integers(0, 240)))
        payer = str(_one(rng, _TC_PEOPLE))
        usd = float(rng.gamma(2.0, 60.0)) + (900 if i == 0 else 0)
        title = (
            "Airbnb Brooklyn" if i == 0 else str(_one(rng, ["Diner", "Subway cards", "MoMA tickets", "Uber", "Bar"]))
        )
        fx = round(0.9105 + float(rng.normal(0, 0.004)), 4)
        add(title, usd, "USD", fx, when, payer, split(round(usd * fx, 2), _TC_PEOPLE), "Expense")
    for _ in range(6):
        when = pd.Timestamp("2023-11-17 12:00") + pd.Timedelta(hours=int(rng.integers(0, 60)))
        gbp = float(rng.gamma(2.0, 35.0))
        fx = round(1.1452 + float(rng.normal(0, 0.003)), 4)
        title = str(_one(rng, ["Pub", "Tube", "Borough Market", "Fish & chips"]))
        add(title, gbp, "GBP", fx, when, str(_one(rng, _TC_PEOPLE)), split(round(gbp * fx, 2), _TC_PEOPLE), "Expense")
    deposit = split(-600.0, _TC_PEOPLE)
    add("Deposit refund (old flat)", -600.0, "EUR", 1.0, pd.Timestamp("2023-02-20 18:00"), "Anna", deposit, "Income")
    add("Ben → Chloé", 85.5, "EUR", 1.0, pd.Timestamp("2023-09-02 20:00"), "Ben", {"Chloé": 85.5}, "Money transfer")
    return pd.DataFrame(rows).sort_values("Date", key=lambda s: pd.to_datetime(s, format="%d/%m/%Y %H:%M"))


def _tc_when(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["Date"]), format="%d/%m/%Y %H:%M", errors="coerce")


def _tc_exp(d: pd.DataFrame) -> pd.Series:
    return _text(d["Transaction type"]).eq("Expense")


def _tc_eur(d: pd.DataFrame) -> pd.Series:
    return _n(d["Amount in default currency (EUR)"])


def _tc_top_payer(d: pd.DataFrame, transfers: bool) -> str:
    m = _tc_exp(d) | (transfers & _text(d["Transaction type"]).eq("Money transfer"))
    return _top(_tc_eur(d)[m].groupby(_text(d["Paid by"])[m]).sum())


def _tc_ben(income: bool) -> Callable[[pd.DataFrame], float]:
    def owed(d: pd.DataFrame) -> float:
        m = _tc_exp(d) | (income & _text(d["Transaction type"]).eq("Income"))
        return float(_n(d["Impacted to Ben"])[m].sum())

    return owed


_TC_ID = ("Title", "Date", "Transaction type")
_TC_AMOUNT = ("Amount", "Amount in default currency (EUR)", "Currency", "Exchange rate")
_TRICOUNT_QS = [
    Q(
        "how much did we spend in total",
        either(
            _money(lambda d: _tc_eur(d)[_tc_exp(d)].sum()),
            _money(lambda d: _tc_eur(d)[_text(d["Transaction type"]).ne("Money transfer")].sum()),
        ),
        (*_TC_AMOUNT, *_TC_ID),
    ),
    Q(
        "who paid for the most stuff",
        _lead(either(_named(lambda d: _tc_top_payer(d, False)), _named(lambda d: _tc_top_payer(d, True)))),
        ("Paid by", *_TC_AMOUNT, *_TC_ID),
    ),
    Q(
        "what was ben's share of all the expenses",
        either(_money(_tc_ben(False)), _money(_tc_ben(True))),
        ("Impacted to Ben", *_TC_AMOUNT, *_TC_ID),
    ),
    Q(
        "whats the single biggest expense apart from rent",
        _lead(
            _named(
                lambda d: str(
                    d.loc[_tc_eur(d)[_tc_exp(d) & _text(d["Title"]).ne("Rent")].sort_values(kind="stable").index[-1]][
                        "Title"
                    ]
                )
            )
        ),
        (*_TC_AMOUNT, *_TC_ID),
    ),
    Q(
        "how many things were paid in dollars",
        _count(lambda d: int(_text(d["Currency"]).eq("USD").sum())),
        ("Currency", *_TC_ID),
    ),
    Q(
        "which month did we spend the most",
        _lead(_month_year(lambda d: _peak_month(_tc_when(d)[_tc_exp(d)], _tc_eur(d)[_tc_exp(d)]))),
        (*_TC_AMOUNT, *_TC_ID),
    ),
]


# --- 5. Seattle pet licenses ---------------------------------------------------------------------------------------

_SP_DOG_NAMES = ["Luna", "Charlie", "Lucy", "Bella", "Cooper", "Daisy", "Max", "Penny", "Murphy", "Winston", "Olive"]
_SP_DOG_W = [30, 24, 22, 20, 17, 16, 15, 13, 12, 11, 10]
_SP_CAT_NAMES = ["Oliver", "Luna", "Lucy", "Leo", "Milo", "Charlie", "Chloe", "Lily", "Jack", "Pepper", "Simon"]
_SP_CAT_W = [14, 21, 11, 12, 10, 9, 8, 8, 7, 7, 6]
_SP_DOG_BREEDS = {
    "Retriever, Labrador": 18,
    "Retriever, Golden": 9,
    "Terrier": 8,
    "Chihuahua, Short Coat": 6,
    "German Shepherd": 5,
    "Poodle, Miniature": 5,
    "Australian Shepherd": 5,
    "Terrier, Jack Russell": 4,
    "Dachshund, Standard Smooth Haired": 3,
    "Mixed Breed, Medium (up to 44 lbs fully grown)": 7,
    "Bulldog, French": 3,
}
_SP_CAT_BREEDS = {"Domestic Shorthair": 62, "Domestic Medium Hair": 14, "Domestic Longhair": 11, "Siamese": 5}
_SP_ZIPS = {98115: 11, 98103: 13, 98117: 10, 98107: 6, 98118: 7, 98125: 8, 98122: 6, 98105: 6, 98144: 5, 98116: 6}
_SP_YEARS = {2015: 2, 2016: 3, 2017: 5, 2018: 12, 2019: 16, 2020: 15, 2021: 18, 2022: 17, 2023: 12}


def _seattle_pets_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19905)
    n = 4200
    rows = []
    for _ in range(n):
        species = str(_one(rng, ["Dog", "Cat", "Goat", "Pig"], [66, 33.5, 0.3, 0.2]))
        year = int(_one(rng, list(_SP_YEARS), list(_SP_YEARS.values())))
        day = pd.Timestamp(f"{year}-01-01") + pd.Timedelta(days=int(rng.integers(0, 365)))
        if species == "Dog":
            name = str(_one(rng, [*_SP_DOG_NAMES, "Rocky", "Buddy", "Zoe", "Sadie"], [*_SP_DOG_W, 6, 6, 6, 6]))
            primary = str(_one(rng, list(_SP_DOG_BREEDS), list(_SP_DOG_BREEDS.values())))
            secondary = str(_one(rng, ["", "", "Mix", "Poodle, Standard", "Retriever, Labrador"], [40, 20, 25, 8, 7]))
        elif species == "Cat":
            name = str(_one(rng, [*_SP_CAT_NAMES, "Kitty", "Tiger", "Shadow"], [*_SP_CAT_W, 5, 5, 5]))
            primary = str(_one(rng, list(_SP_CAT_BREEDS), list(_SP_CAT_BREEDS.values())))
            secondary = str(_one(rng, ["", "Mix"], [80, 20]))
        elif species == "Goat":
            name = str(_one(rng, ["Billy", "Daisy", "Pepper", "Clover"]))
            primary, secondary = str(_one(rng, ["Miniature", "Nigerian Dwarf", "Alpine"])), ""
        else:
            name = str(_one(rng, ["Hamlet", "Wilbur", "Penelope"]))
            primary, secondary = "Pot-Bellied", ""
        if rng.random() < 0.02:
            name = ""
        zip5 = int(_one(rng, list(_SP_ZIPS), list(_SP_ZIPS.values())))
        r = rng.random()
        zipcode = "" if r < 0.01 else (f"{zip5}-{int(rng.integers(1000, 9999))}" if r < 0.06 else str(zip5))
        number = (
            str(int(rng.integers(100000, 999999))) if rng.random() < 0.4 else f"S{int(rng.integers(100000, 999999))}"
        )
        rows.append(
            {
                "License Issue Date": f"{day:%B} {day.day} {day.year}",
                "License Number": number,
                "Animal's Name": name,
                "Species": species,
                "Primary Breed": primary,
                "Secondary Breed": secondary,
                "ZIP Code": zipcode,
            }
        )
    df = pd.DataFrame(rows)
    # re-licensed animals: a few repeated license numbers from later years
    dup = df.sample(60, random_state=5).copy()
    dup["License Issue Date"] = [f"March {int(k)} 2023" for k in rng.integers(1, 29, len(dup))]
    return pd.concat([df, dup], ignore_index=True)


def _sp_species(d: pd.DataFrame, kind: str) -> pd.Series:
    return _text(d["Species"]).eq(kind)


def _sp_top_name(kind: str) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        names = _text(d["Animal's Name"])
        return _top(names[_sp_species(d, kind) & names.ne("")].value_counts())

    return top


def _sp_lab_share(either_breed: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        dogs = d[_sp_species(d, "Dog")]
        lab = _text(dogs["Primary Breed"]).eq("Retriever, Labrador")
        if either_breed:
            lab |= _text(dogs["Secondary Breed"]).eq("Retriever, Labrador")
        return float(lab.mean())

    return share


def _sp_year(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["License Issue Date"]), format="%B %d %Y", errors="coerce").dt.year


_SP_ID = ("License Number", "Animal's Name", "Species")
_SEATTLE_QS = [
    Q(
        "how many dogs and how many cats are there",
        _count(lambda d: [int(_sp_species(d, "Dog").sum()), int(_sp_species(d, "Cat").sum())]),
        _SP_ID,
    ),
    Q("whats the most popular dog name", _lead(_named(_sp_top_name("Dog"))), _SP_ID),
    Q("and for cats?", _lead(_named(_sp_top_name("Cat"))), _SP_ID),
    Q(
        "what percent of the dogs are labs",
        either(_share(_sp_lab_share(False)), _share(_sp_lab_share(True))),
        ("Primary Breed", "Secondary Breed", *_SP_ID),
    ),
    Q(
        "how many licenses were issued in 2022",
        _count(lambda d: int((_sp_year(d) == 2022).sum())),
        ("License Issue Date", *_SP_ID),
    ),
    Q(
        "which zip code has the most pets",
        _lead(
            _named_any(
                lambda d: _top(_text(d["ZIP Code"]).str.slice(0, 5).replace("", pd.NA).dropna().value_counts()),
                lambda d: _top(_text(d["ZIP Code"]).replace("", pd.NA).dropna().value_counts()),
            )
        ),
        ("ZIP Code", *_SP_ID),
    ),
]


# --- 6. Iowa liquor sales ------------------------------------------------------------------------------------------

# item: (category, vendor, item number, [(ml, pack, cost)], weight)
_IA_ITEMS = {
    "TITOS HANDMADE VODKA": (
        "AMERICAN VODKAS",
        "FIFTH GENERATION INC",
        38176,
        [(750, 12, 12.7), (1000, 12, 16.0), (1750, 6, 24.5)],
        14,
    ),
    "FIREBALL CINNAMON WHISKEY": (
        "WHISKEY LIQUEUR",
        "SAZERAC COMPANY  INC",
        64866,
        [(50, 10, 6.0), (750, 12, 9.0), (1750, 6, 16.6)],
        10,
    ),
    "BLACK VELVET": ("CANADIAN WHISKIES", "SAZERAC COMPANY  INC", 11788, [(1750, 6, 10.5), (750, 12, 5.2)], 12),
    "HAWKEYE VODKA": ("AMERICAN VODKAS", "HEAVEN HILL BRANDS", 36308, [(1750, 6, 7.4), (375, 24, 1.9)], 11),
    "CAPTAIN MORGAN ORIGINAL SPICED": ("SPICED RUM", "DIAGEO AMERICAS", 43337, [(750, 12, 10.0), (1750, 6, 18.3)], 7),
    "JACK DANIELS OLD #7 BLACK LABEL": (
        "TENNESSEE WHISKIES",
        "BROWN FORMAN CORP.",
        26827,
        [(750, 12, 16.5), (1750, 6, 30.0)],
        6,
    ),
    "CROWN ROYAL": ("CANADIAN WHISKIES", "DIAGEO AMERICAS", 10628, [(750, 12, 18.0), (1000, 12, 22.5)], 6),
    "BUFFALO TRACE BOURBON": ("STRAIGHT BOURBON WHISKIES", "SAZERAC COMPANY  INC", 17956, [(750, 12, 17.6)], 4),
    "SMIRNOFF 80PRF": ("AMERICAN VODKAS", "DIAGEO AMERICAS", 37996, [(750, 12, 8.3), (1750, 6, 15.0)], 6),
    "JOSE CUERVO ESPECIAL REPOSADO": ("MIXTO TEQUILA", "PROXIMO", 89196, [(750, 12, 11.5)], 4),
}
# county: (city, stores, weight)
_IA_COUNTIES = {
    "POLK": (["DES MOINES", "WEST DES MOINES", "ANKENY", "URBANDALE"], 34),
    "LINN": (["CEDAR RAPIDS", "MARION"], 15),
    "SCOTT": (["DAVENPORT", "BETTENDORF"], 12),
    "JOHNSON": (["IOWA CITY", "CORALVILLE"], 11),
    "BLACK HAWK": (["WATERLOO", "CEDAR FALLS"], 9),
    "POTTAWATTAMIE": (["COUNCIL BLUFFS"], 6),
    "STORY": (["AMES"], 7),
    "DUBUQUE": (["DUBUQUE"], 6),
}
_IA_CHAINS = ["HY-VEE #{n} / {c}", "CASEY'S GENERAL STORE #{n} / {c}", "FAREWAY STORES #{n} / {c}", "KUM & GO #{n}"]


def _iowa_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19906)
    stores = []
    for county, (cities, w) in _IA_COUNTIES.items():
        for k in range(len(cities) * 3):
            city = cities[k % len(cities)]
            name = str(_one(rng, _IA_CHAINS)).format(n=int(rng.integers(1, 900)), c=city.title())
            stores.append((int(rng.integers(2500, 6000)), name.upper(), city, county, w / len(cities)))
    items = list(_IA_ITEMS)
    rows = []
    days = pd.bdate_range("2023-01-02", "2023-12-29")
    season = np.array([0.8, 0.8, 0.9, 0.95, 1.05, 1.1, 1.15, 1.0, 0.95, 0.95, 1.1, 1.6])
    day_w = season[days.month - 1]
    for i in range(5000):
        day = days[int(rng.choice(len(days), p=day_w / day_w.sum()))]
        sn, sname, city, county, _ = stores[
            int(rng.choice(len(stores), p=np.array([s[4] for s in stores]) / sum(s[4] for s in stores)))
        ]
        item = str(_one(rng, items, [v[-1] for v in _IA_ITEMS.values()]))
        cat, vendor, num, sizes, _ = _IA_ITEMS[item]
        ml, pack, cost = sizes[int(rng.integers(len(sizes)))]
        retail = round(cost * 1.5, 2)
        bottles = int(pack * rng.integers(1, 5)) if rng.random() < 0.7 else int(rng.integers(1, pack + 1))
        if rng.random() < 0.004:
            bottles = -bottles
        liters = round(bottles * ml / 1000, 2)
        rows.append(
            {
                "Invoice/Item Number": f"INV-{58000000 + i * 37:08d}{int(rng.integers(1, 40)):03d}"[:15],
                "Date": day.strftime("%m/%d/%Y"),
                "Store Number": sn,
                "Store Name": sname,
                "City": city,
                "County": "" if rng.random() < 0.015 else county,
                "Category Name": cat,
                "Vendor Name": vendor,
                "Item Number": num,
                "Item Description": item,
                "Pack": pack,
                "Bottle Volume (ml)": ml,
                "State Bottle Cost": cost,
                "State Bottle Retail": retail,
                "Bottles Sold": bottles,
                "Sale (Dollars)": round(bottles * retail, 2),
                "Volume Sold (Liters)": liters,
                "Volume Sold (Gallons)": round(liters * 0.264172, 2),
            }
        )
    return pd.DataFrame(rows)


def _ia_sales(d: pd.DataFrame) -> pd.Series:
    return _n(d["Sale (Dollars)"])


def _ia_top3_counties(d: pd.DataFrame) -> list[str]:
    c = _text(d["County"])
    s = _ia_sales(d)[c.ne("")].groupby(c[c.ne("")]).sum().sort_values(ascending=False)
    return [str(x) for x in s.index[:3]]


def _ia_titos(d: pd.DataFrame) -> pd.Series:
    return _text(d["Item Description"]).eq("TITOS HANDMADE VODKA")


_IA_ID = ("Invoice/Item Number", "Date", "Item Description", "Store Name")
_IOWA_QS = [
    Q("what were total sales in dollars", _money(lambda d: _ia_sales(d).sum()), ("Sale (Dollars)", *_IA_ID)),
    Q(
        "which product sold the most bottles",
        _lead(_named(lambda d: _top(_n(d["Bottles Sold"]).groupby(_text(d["Item Description"])).sum()))),
        ("Bottles Sold", *_IA_ID),
    ),
    Q(
        "top 3 counties by sales",
        _all_named(_ia_top3_counties),
        ("County", "Sale (Dollars)", *_IA_ID),
    ),
    Q(
        "whats the average price of a bottle of titos",
        _abouts(
            lambda d: _n(d["State Bottle Retail"])[_ia_titos(d)].mean(),
            lambda d: _ia_sales(d)[_ia_titos(d)].sum() / _n(d["Bottles Sold"])[_ia_titos(d)].sum(),
        ),
        ("State Bottle Retail", "Sale (Dollars)", "Bottles Sold", "Bottle Volume (ml)", *_IA_ID),
    ),
    Q(
        "how many liters of vodka were sold",
        _abouts(
            lambda d: _n(d["Volume Sold (Liters)"])[_text(d["Category Name"]).str.contains("VODKA")].sum(), rel=0.005
        ),
        ("Volume Sold (Liters)", "Category Name", *_IA_ID),
    ),
    Q(
        "which month had the highest sales",
        _lead(_month_year(lambda d: _peak_month(pd.to_datetime(_text(d["Date"]), format="%m/%d/%Y"), _ia_sales(d)))),
        ("Sale (Dollars)", *_IA_ID),
    ),
]


# --- 7. UK gender pay gap service data -----------------------------------------------------------------------------

_GP_SIZES = {
    "Less than 250": (4, 7.0),
    "250 to 499": (38, 9.5),
    "500 to 999": (24, 10.5),
    "1000 to 4999": (22, 12.5),
    "5000 to 19,999": (6, 15.5),
    "20,000 or more": (2, 13.0),
    "Not Provided": (4, 8.0),
}
_GP_SECTORS = {
    "84110": ("COUNCIL", 1.5, 0.2, True),
    "85310": ("ACADEMY TRUST", 3.5, 0.7, True),
    "86101": ("NHS FOUNDATION TRUST", -2.0, 0.8, True),
    "47110": ("RETAIL LIMITED", 0.5, 0.6, False),
    "64191": ("BANK PLC", 12.0, 0.9, False),
    "62020": ("TECHNOLOGY LTD", 7.0, 0.85, False),
    "41201": ("CONSTRUCTION LIMITED", 9.0, 0.8, False),
    "56101": ("RESTAURANTS LIMITED", -4.5, 0.4, False),
}
_GP_WORDS = ["NORTHGATE", "ABBEY", "CASTLE", "MERIDIAN", "OAKWOOD", "RIVERSIDE", "HARBOUR", "PENNINE", "SEVERN", "ASH"]


def _gpg_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19907)
    rows = []
    sizes = list(_GP_SIZES)
    for eid in range(700):
        sic = str(_one(rng, list(_GP_SECTORS), [8, 10, 4, 14, 5, 12, 10, 9]))
        kind, shift, bonus_p, public = _GP_SECTORS[sic]
        first, second = rng.choice(_GP_WORDS, 2, replace=False)
        name = f"{first} {second} {kind}"
        size = str(_one(rng, sizes, [v[0] for v in _GP_SIZES.values()]))
        base = _GP_SIZES[size][1] + shift + float(rng.normal(0, 6))
        top_f = float(np.clip(50 - 1.6 * base + rng.normal(0, 8), 3, 95))
        pays_bonus = rng.random() < bonus_p
        postcode = f"{_one(rng, ['LS1', 'M1', 'B3', 'EC2A', 'BS1', 'NE1', 'CF10', 'G2'])} {rng.integers(1, 9)}AB"
        company = "" if public else f"{int(rng.integers(100000, 14000000)):08d}"
        for year in (2021, 2022, 2023):
            if rng.random() < 0.12:
                continue
            drift = -0.8 * (year - 2021)
            mean_gap = round(base + drift + float(rng.normal(0, 2)), 1)
            median_gap = round(mean_gap * float(rng.uniform(0.6, 1.2)) + float(rng.normal(0, 2)), 1)
            quart = np.clip(top_f + np.array([24, 16, 8, 0]) + rng.normal(0, 4, 4), 1, 99).round(1)
            male_b = round(float(rng.uniform(5, 80)), 1) if pays_bonus else 0.0
            female_b = round(float(np.clip(male_b * rng.uniform(0.6, 1.15), 0, 100)), 1) if pays_bonus else 0.0
            bonus_gap: Any = round(float(25 + 0.45 * (50 - quart[3]) + rng.normal(0, 15)), 1) if pays_bonus else ""
            bonus_med: Any = round(float(bonus_gap) * 0.8, 1) if pays_bonus else ""
            due = f"{year + 1}/03/30 00:00:00" if public else f"{year + 1}/04/05 00:00:00"
            late = rng.random() < 0.05
            sub = pd.Timestamp(f"{year + 1}-03-01") + pd.Timedelta(minutes=int(rng.integers(0, 60 * 24 * 34)))
            if late:
                sub = pd.Timestamp(f"{year + 1}-04-20") + pd.Timedelta(minutes=int(rng.integers(0, 60 * 24 * 90)))
            row = {
                "EmployerName": name,
                "EmployerId": 1000 + eid,
                "PostCode": postcode,
                "CompanyNumber": company,
                "SicCodes": f"1,\n{sic}" if public else f",\n{sic}",
                "DiffMeanHourlyPercent": mean_gap,
                "DiffMedianHourlyPercent": median_gap,
                "DiffMeanBonusPercent": bonus_gap,
                "DiffMedianBonusPercent": bonus_med,
                "MaleBonusPercent": male_b,
                "FemaleBonusPercent": female_b,
            }
            for label, f in zip(("Lower", "LowerMiddle", "UpperMiddle", "Top"), quart, strict=True):
                row[f"Male{label}Quartile"] = round(100 - float(f), 1)
                row[f"Female{label}Quartile"] = float(f)
            row |= {
                "EmployerSize": size,
                "SubmittedAfterTheDeadline": "True" if late else "False",
                "DueDate": due,
                "DateSubmitted": sub.strftime("%Y/%m/%d %H:%M:%S"),
            }
            rows.append(row)
    return pd.DataFrame(rows)


def _gp_year(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["DueDate"]).str.slice(0, 10), format="%Y/%m/%d").dt.year


def _gp_by_year(how: str) -> Callable[[pd.DataFrame], list[float]]:
    def values(d: pd.DataFrame) -> list[float]:
        return _n(d["DiffMedianHourlyPercent"]).groupby(_gp_year(d)).agg(how).tolist()

    return values


_GP_ID = ("EmployerName", "EmployerId", "DueDate")
_GPG_QS = [
    Q(
        "whats the average median pay gap across all the reports",
        _abouts(lambda d: _n(d["DiffMedianHourlyPercent"]).mean()),
        ("DiffMedianHourlyPercent", *_GP_ID),
    ),
    Q(
        "how many employers pay women more than men on average",
        either(
            _count(lambda d: int((_n(d["DiffMeanHourlyPercent"]) < 0).sum())),
            _count(lambda d: int(_text(d["EmployerId"])[_n(d["DiffMeanHourlyPercent"]) < 0].nunique())),
        ),
        ("DiffMeanHourlyPercent", *_GP_ID),
    ),
    Q(
        "which company size has the biggest gap",
        _lead(
            either(
                *(
                    _named(lambda d, c=c: _top(_n(d[c]).groupby(_text(d["EmployerSize"])).mean()))
                    for c in ("DiffMedianHourlyPercent", "DiffMeanHourlyPercent")
                )
            )
        ),
        ("EmployerSize", "DiffMedianHourlyPercent", "DiffMeanHourlyPercent", *_GP_ID),
    ),
    Q(
        "has the median gap been shrinking over the years",
        either(_about(_gp_by_year("mean")), _about(_gp_by_year("median"))),
        ("DiffMedianHourlyPercent", "DateSubmitted", *_GP_ID),
    ),
    Q(
        "what percent of women get a bonus, on average",
        _abouts(
            lambda d: _n(d["FemaleBonusPercent"]).mean(),
            lambda d: _n(d["FemaleBonusPercent"])[_n(d["FemaleBonusPercent"]) > 0].mean(),
        ),
        ("FemaleBonusPercent", *_GP_ID),
    ),
    Q(
        "is the bonus gap linked to how many women are in the top pay quarter",
        corr_of(lambda d: _n(d["DiffMeanBonusPercent"]), lambda d: _n(d["FemaleTopQuartile"])),
        ("DiffMeanBonusPercent", "FemaleTopQuartile", "MaleTopQuartile", *_GP_ID),
    ),
]


HELDOUT199: list[Dataset] = [
    Dataset("habitify_habit_log", _habitify_frame, _HABITIFY_QS),
    Dataset("trading212_transactions", _t212_frame, _T212_QS),
    Dataset("jibble_attendance_timesheet", _jibble_frame, _JIBBLE_QS),
    Dataset("tricount_group_expenses", _tricount_frame, _TRICOUNT_QS),
    Dataset("seattle_pet_licenses", _seattle_pets_frame, _SEATTLE_QS),
    Dataset("iowa_liquor_sales", _iowa_frame, _IOWA_QS),
    Dataset("uk_gender_pay_gap", _gpg_frame, _GPG_QS),
]
