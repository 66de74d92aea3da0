"""HELDOUT184: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a Flighty flight log export (2019-2024, one
row per flight) with Date ("2023-04-12"), Airline (ICAO code: UAL, DAL, AAL, ASA, SWA, JBU, ACA), Flight ("1234"),
From and To (IATA codes), "Dep Terminal", "Dep Gate", "Arr Terminal", "Arr Gate" (blank when unknown), Canceled
("false" / "true"), "Diverted To" (blank but for a few), "Gate Departure (Scheduled)", "Gate Departure (Actual)",
"Take off (Scheduled)", "Take off (Actual)", "Landing (Scheduled)", "Landing (Actual)", "Gate Arrival
(Scheduled)" and "Gate Arrival (Actual)" (local times "2023-04-12T08:05", actual times blank on cancelled flights),
"Aircraft Type Name", "Tail Number", PNR, Seat ("14C"), "Seat Type" (WINDOW / MIDDLE / AISLE), "Cabin Class"
(ECONOMY / PREMIUM_ECONOMY / BUSINESS), "Flight Reason" (LEISURE / BUSINESS / blank), Notes and "Flight Flighty ID"
(a UUID); a Wealthsimple activities export (2022-2024) with transaction_date and settlement_date ("2023-05-02"),
account_id ("HQ7X4K2LCAD"), account_type (TFSA / RRSP / Non-registered), activity_type (Trade / Dividend /
MoneyMovement / Interest), activity_sub_type (BUY / SELL / DEPOSIT / WITHDRAWAL / blank), direction (LONG or
blank), symbol and name (blank for cash movements), currency (CAD / USD), quantity and unit_price (blank for cash
movements), commission (0 but for a few) and net_cash_amount (negative for buys and withdrawals); a Loop Habit
Tracker Checkmarks.csv (one row per day, newest first, 2023-01-01 to 2024-06-30) with Date ("2024-06-30") and one
column per habit (Meditate, "Read 20 pages", Workout, "No sugar", Floss, "Journal"), each day 2 (done), 0 (not
done) or -1 (before the habit was created); a Kajabi purchases export (2023-2024) with ID, "Customer ID",
"Customer Name", "Customer Email", "Offer ID", "Offer Title" (courses, a membership billed monthly, a coaching
package, a mini course), Amount ("297.00"), Currency (USD), "Payment Type" (one-time / subscription / multipay),
"Coupon Code" (blank for most), Status (paid / refunded) and "Created At" ("2023-08-14 14:22:05 -0400"), repeated
customers; a NOAA NCEI Climate at a Glance national monthly download for the contiguous U.S. average temperature
with its title line as the header (columns "Contiguous U.S.", " Average Temperature", " All Months"), then rows
"Units: Degrees Fahrenheit", "Base Period: 1901-2000", "Missing: -99", the real header row Date / Value / Anomaly,
and one row per month from 189501 to 202412 (Date as "189501", Value and Anomaly as text), then two trailing months
of 2025 holding the -99 sentinel; a Transport for London annualised station entry/exit table (one row per station,
about 470) with Mode (LU / DLR / LO / EZL), MNLC, MASC ("OXCc"), Station, Coverage, Source (Gateline / Estimated),
"Entries Weekday", "Entries Saturday", "Entries Sunday", "Exits Weekday", "Exits Saturday", "Exits Sunday" (text
with thousands commas, "41,523") and "Annualised En/Ex" (text with commas), plus a Total row at the bottom; and a
CMS Medicare Physician & Other Practitioners by Provider and Service extract (one row per provider and HCPCS code
and place of service, repeated NPIs) with Rndrng_NPI, Rndrng_Prvdr_Last_Org_Name, Rndrng_Prvdr_First_Name,
Rndrng_Prvdr_MI, Rndrng_Prvdr_Crdntls ("M.D.", "NP", blank), Rndrng_Prvdr_Gndr (M / F, blank for organisations),
Rndrng_Prvdr_Ent_Cd (I / O), Rndrng_Prvdr_City, Rndrng_Prvdr_State_Abrvtn, Rndrng_Prvdr_Zip5, Rndrng_Prvdr_Type,
Rndrng_Prvdr_Mdcr_Prtcptg_Ind (Y), HCPCS_Cd, HCPCS_Desc, HCPCS_Drug_Ind (N / Y), Place_Of_Srvc (F / O), Tot_Benes,
Tot_Srvcs, Tot_Bene_Day_Srvcs, Avg_Sbmtd_Chrg, Avg_Mdcr_Alowd_Amt, Avg_Mdcr_Pymt_Amt and Avg_Mdcr_Stdzd_Amt. All are
generated with fixed seeds 18401-18407.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _text
from .heldout173 import _money, _num, _top
from .offline_eval import Check, Dataset, Q, both, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year

# --- shared helpers ------------------------------------------------------------------------------------------------


def _abouts(*values: Callable[[pd.DataFrame], Any], rel: float = 0.01) -> Check:
    """Any one of the values, to within `rel`."""
    return either(*(_about(v, rel=rel) for v in values))


def _names(*values: Callable[[pd.DataFrame], str]) -> Check:
    """Any one of the labels."""
    return either(*(_lead(_named(v)) for v in values))


def _peak_month(dates: pd.Series, weights: pd.Series | None = None, how: str = "sum") -> pd.Timestamp:
    months = dates.dt.to_period("M")
    w = weights if weights is not None else pd.Series(1.0, index=dates.index)
    agg = w.groupby(months).agg(how)
    return agg[agg == agg.max()].index.min().to_timestamp()


def _ymd(s: pd.Series) -> pd.Series:
    return pd.to_datetime(_text(s).str.slice(0, 10), format="%Y-%m-%d", errors="coerce")


# --- 1. Flighty flight log export ----------------------------------------------------------------------------------

_FL_AIRLINES = {"UAL": 38, "DAL": 20, "AAL": 12, "ASA": 14, "SWA": 8, "JBU": 5, "ACA": 3}
_FL_HOME = "SFO"
_FL_AIRPORTS = ["LAX", "SEA", "JFK", "ORD", "DEN", "BOS", "AUS", "YVR", "EWR", "ATL", "PDX", "LAS", "SAN", "HNL"]
_FL_PLANES = ["Boeing 737-900", "Airbus A320", "Boeing 737 MAX 8", "Airbus A321neo", "Boeing 757-200", "Embraer E175"]


def _flighty_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18401)
    rows = []
    airlines = list(_FL_AIRLINES)
    weights = np.array(list(_FL_AIRLINES.values()), dtype=float)
    year_weight = {2019: 1.0, 2020: 0.35, 2021: 0.7, 2022: 1.1, 2023: 1.4, 2024: 1.2}
    yw = np.array(list(year_weight.values()))
    n = 420
    for _ in range(n):
        year = int(rng.choice(list(year_weight), p=yw / yw.sum()))
        day = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
        airline = str(rng.choice(airlines, p=weights / weights.sum()))
        other = str(rng.choice(_FL_AIRPORTS))
        outbound = rng.random() < 0.5
        if rng.random() < 0.12:
            src, dst = str(rng.choice(_FL_AIRPORTS)), other
            if src == dst:
                src = "PHX"
        else:
            src, dst = (_FL_HOME, other) if outbound else (other, _FL_HOME)
        dep = day + pd.Timedelta(minutes=int(rng.integers(6 * 12, 22 * 12)) * 5)
        block = pd.Timedelta(minutes=int(rng.integers(14, 70)) * 5)
        arr = dep + block
        canceled = rng.random() < 0.035
        dep_delay = float(max(-8, rng.gamma(1.3, 14) - 10))
        if rng.random() < 0.06:
            dep_delay += float(rng.uniform(60, 240))
        taxi_out = rng.integers(8, 28)
        taxi_in = rng.integers(4, 15)
        air_delta = float(rng.normal(-4, 8))
        a_dep = dep + pd.Timedelta(minutes=round(dep_delay))
        a_off = a_dep + pd.Timedelta(minutes=int(taxi_out))
        s_off = dep + pd.Timedelta(minutes=15)
        a_arr = arr + pd.Timedelta(minutes=round(dep_delay + air_delta))
        a_land = a_arr - pd.Timedelta(minutes=int(taxi_in))
        s_land = arr - pd.Timedelta(minutes=8)

        def t(x: pd.Timestamp) -> str:
            return x.strftime("%Y-%m-%dT%H:%M")

        rows.append(
            {
                "Date": day.strftime("%Y-%m-%d"),
                "Airline": airline,
                "Flight": str(int(rng.integers(100, 2999))),
                "From": src,
                "To": dst,
                "Dep Terminal": str(rng.choice(["1", "2", "3", "G", ""])),
                "Dep Gate": f"{rng.choice(['A', 'B', 'C', 'D', 'E', 'F'])}{rng.integers(1, 40)}"
                if rng.random() < 0.85
                else "",
                "Arr Terminal": str(rng.choice(["1", "2", "3", "B", ""])),
                "Arr Gate": f"{rng.choice(['A', 'B', 'C', 'D'])}{rng.integers(1, 40)}" if rng.random() < 0.7 else "",
                "Canceled": "true" if canceled else "false",
                "Diverted To": "OAK" if (not canceled and rng.random() < 0.005) else "",
                "Gate Departure (Scheduled)": t(dep),
                "Gate Departure (Actual)": "" if canceled else t(a_dep),
                "Take off (Scheduled)": t(s_off),
                "Take off (Actual)": "" if canceled else t(a_off),
                "Landing (Scheduled)": t(s_land),
                "Landing (Actual)": "" if canceled else t(a_land),
                "Gate Arrival (Scheduled)": t(arr),
                "Gate Arrival (Actual)": "" if canceled else t(a_arr),
                "Aircraft Type Name": str(rng.choice(_FL_PLANES)),
                "Tail Number": f"N{rng.integers(100, 999)}{rng.choice(['UA', 'DN', 'AN', 'AS', 'WN'])}",
                "PNR": "".join(rng.choice(list("ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), 6)),
                "Seat": f"{rng.integers(1, 38)}{rng.choice(list('ABCDEF'))}" if rng.random() < 0.9 else "",
                "Seat Type": str(rng.choice(["WINDOW", "MIDDLE", "AISLE"], p=[0.45, 0.1, 0.45])),
                "Cabin Class": str(rng.choice(["ECONOMY", "PREMIUM_ECONOMY", "BUSINESS"], p=[0.75, 0.15, 0.1])),
                "Flight Reason": str(rng.choice(["LEISURE", "BUSINESS", ""], p=[0.45, 0.35, 0.2])),
                "Notes": "" if rng.random() < 0.95 else "upgrade!",
                "Flight Flighty ID": str(uuid.UUID(bytes=rng.bytes(16), version=4)),
            }
        )
    frame = pd.DataFrame(rows)
    return frame.sort_values("Gate Departure (Scheduled)", kind="stable").reset_index(drop=True)


def _fl_flown(d: pd.DataFrame) -> pd.DataFrame:
    return d[~_text(d["Canceled"]).str.lower().eq("true")]


def _fl_delay(d: pd.DataFrame, actual: str, sched: str) -> pd.Series:
    a = pd.to_datetime(_text(d[actual]), format="%Y-%m-%dT%H:%M", errors="coerce")
    s = pd.to_datetime(_text(d[sched]), format="%Y-%m-%dT%H:%M", errors="coerce")
    return ((a - s).dt.total_seconds() / 60).dropna()


def _fl_arr(d: pd.DataFrame) -> pd.Series:
    return _fl_delay(d, "Gate Arrival (Actual)", "Gate Arrival (Scheduled)")


def _fl_land(d: pd.DataFrame) -> pd.Series:
    return _fl_delay(d, "Landing (Actual)", "Landing (Scheduled)")


def _fl_top_from(d: pd.DataFrame) -> str:
    return _top(_fl_flown(d)["From"].value_counts())


def _fl_from_top(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["From"]).eq(_fl_top_from(d))]


_FL_ARR = ("Gate Arrival (Actual)", "Gate Arrival (Scheduled)", "Landing (Actual)", "Landing (Scheduled)")
_FL_DEP = ("Gate Departure (Actual)", "Gate Departure (Scheduled)", "Take off (Actual)", "Take off (Scheduled)")
_FL_ID = ("Date", "Flight", "Flight Flighty ID", "Canceled")
_FLIGHTY_QS = [
    Q(
        "how many of my flights got cancelled",
        _count(lambda d: int(_text(d["Canceled"]).str.lower().eq("true").sum())),
        ("Canceled", *_FL_ID),
    ),
    Q(
        "which airline do i fly the most",
        _names(lambda d: _top(_fl_flown(d)["Airline"].value_counts()), lambda d: _top(d["Airline"].value_counts())),
        ("Airline", *_FL_ID),
    ),
    Q(
        "on average how late do i land, in minutes",
        _abouts(
            lambda d: _fl_arr(d).mean(),
            lambda d: _fl_arr(d).median(),
            lambda d: _fl_land(d).mean(),
            lambda d: _fl_land(d).median(),
        ),
        (*_FL_ARR, *_FL_ID),
    ),
    Q(
        "how many flights got in more than 15 min late",
        either(
            _count(lambda d: int((_fl_arr(d) > 15).sum())),
            _count(lambda d: int((_fl_land(d) > 15).sum())),
        ),
        (*_FL_ARR, *_FL_ID),
    ),
    Q(
        "what airport do i fly out of most",
        _lead(_named(_fl_top_from)),
        ("From", *_FL_ID),
    ),
    Q(
        "whats my average departure delay from there",
        _abouts(
            lambda d: _fl_delay(_fl_from_top(d), "Gate Departure (Actual)", "Gate Departure (Scheduled)").mean(),
            lambda d: _fl_delay(_fl_from_top(d), "Gate Departure (Actual)", "Gate Departure (Scheduled)").median(),
            lambda d: _fl_delay(_fl_from_top(d), "Take off (Actual)", "Take off (Scheduled)").mean(),
            lambda d: _fl_delay(_fl_from_top(d), "Take off (Actual)", "Take off (Scheduled)").median(),
        ),
        ("From", *_FL_DEP, *_FL_ID),
    ),
]


# --- 2. Wealthsimple activities export -----------------------------------------------------------------------------

# symbol: name, currency, price, dividend per share per quarter (0: none), weight
_WS_STOCKS = {
    "XEQT": ("iShares Core Equity ETF Portfolio", "CAD", 27.0, 0.0, 30),
    "VFV": ("Vanguard S&P 500 Index ETF", "CAD", 110.0, 0.0, 18),
    "ENB": ("Enbridge Inc.", "CAD", 50.0, 0.89, 10),
    "TD": ("The Toronto-Dominion Bank", "CAD", 85.0, 1.0, 9),
    "SHOP": ("Shopify Inc.", "CAD", 80.0, 0.0, 8),
    "AAPL": ("Apple Inc.", "USD", 170.0, 0.24, 12),
    "MSFT": ("Microsoft Corp.", "USD", 330.0, 0.68, 8),
    "NVDA": ("NVIDIA Corp.", "USD", 45.0, 0.0, 5),
}
_WS_ACCOUNTS = {"TFSA": "HQ7X4K2LCAD", "RRSP": "HQ9PL31RCAD", "Non-registered": "HQ2MN8ZTCAD"}


def _wealthsimple_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18402)
    rows = []
    syms = list(_WS_STOCKS)
    w = np.array([v[4] for v in _WS_STOCKS.values()], dtype=float)
    accts = list(_WS_ACCOUNTS)
    days = pd.date_range("2022-01-03", "2024-12-31", freq="B")

    def base(day: pd.Timestamp, acct: str) -> dict[str, Any]:
        settle = day + pd.offsets.BDay(1)
        return {
            "transaction_date": day.strftime("%Y-%m-%d"),
            "settlement_date": settle.strftime("%Y-%m-%d"),
            "account_id": _WS_ACCOUNTS[acct],
            "account_type": acct,
        }

    for _ in range(95):
        day = days[int(rng.integers(len(days)))]
        acct = str(rng.choice(accts, p=[0.5, 0.3, 0.2]))
        wd = rng.random() < 0.1
        amt = round(float(rng.choice([250, 500, 500, 1000, 1000, 2000, 6500])) * (0.5 if wd else 1), 2)
        rows.append(
            base(day, acct)
            | {
                "activity_type": "MoneyMovement",
                "activity_sub_type": "WITHDRAWAL" if wd else "DEPOSIT",
                "direction": "",
                "symbol": "",
                "name": "",
                "currency": "CAD",
                "quantity": None,
                "unit_price": None,
                "commission": 0.0,
                "net_cash_amount": -amt if wd else amt,
            }
        )
    for _ in range(340):
        day = days[int(rng.integers(len(days)))]
        acct = str(rng.choice(accts, p=[0.5, 0.3, 0.2]))
        sym = str(rng.choice(syms, p=w / w.sum()))
        name, cur, price, _div, _ = _WS_STOCKS[sym]
        sell = rng.random() < 0.18
        px = round(price * float(np.exp(rng.normal(0, 0.12))), 2)
        qty = float(rng.integers(1, 40)) if rng.random() < 0.8 else round(float(rng.uniform(0.1, 5)), 4)
        comm = 0.0 if rng.random() < 0.97 else 4.99
        gross = round(qty * px, 2)
        rows.append(
            base(day, acct)
            | {
                "activity_type": "Trade",
                "activity_sub_type": "SELL" if sell else "BUY",
                "direction": "LONG",
                "symbol": sym,
                "name": name,
                "currency": cur,
                "quantity": -qty if sell else qty,
                "unit_price": px,
                "commission": comm,
                "net_cash_amount": round(gross - comm, 2) if sell else round(-gross - comm, 2),
            }
        )
    for q in pd.date_range("2022-03-15", "2024-12-15", freq="3MS") + pd.Timedelta(days=14):
        for sym, (name, cur, _p, div, _) in _WS_STOCKS.items():
            if div <= 0:
                continue
            for acct in accts:
                if rng.random() < 0.45:
                    continue
                shares = int(rng.integers(5, 120))
                rows.append(
                    base(q, acct)
                    | {
                        "activity_type": "Dividend",
                        "activity_sub_type": "",
                        "direction": "",
                        "symbol": sym,
                        "name": name,
                        "currency": cur,
                        "quantity": float(shares),
                        "unit_price": None,
                        "commission": 0.0,
                        "net_cash_amount": round(shares * div * (0.85 if cur == "USD" else 1.0), 2),
                    }
                )
    for m in pd.date_range("2022-01-31", "2024-12-31", freq="ME"):
        rows.append(
            base(m, "Non-registered")
            | {
                "activity_type": "Interest",
                "activity_sub_type": "",
                "direction": "",
                "symbol": "",
                "name": "",
                "currency": "CAD",
                "quantity": None,
                "unit_price": None,
                "commission": 0.0,
                "net_cash_amount": round(float(rng.uniform(0.5, 14)), 2),
            }
        )
    frame = pd.DataFrame(rows).sort_values("transaction_date", kind="stable", ascending=False)
    return frame.reset_index(drop=True)


def _ws_sub(d: pd.DataFrame, sub: str) -> pd.DataFrame:
    return d[_text(d["activity_sub_type"]).str.upper().eq(sub)]


def _ws_div(d: pd.DataFrame, cur: str) -> float:
    x = d[_text(d["activity_type"]).eq("Dividend") & _text(d["currency"]).eq(cur)]
    return float(pd.to_numeric(x["net_cash_amount"], errors="coerce").sum())


def _ws_tfsa_trades(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["activity_type"]).eq("Trade") & _text(d["account_type"]).eq("TFSA")]


_WS_ID = ("transaction_date", "activity_type", "activity_sub_type")
_WEALTHSIMPLE_QS = [
    Q(
        "how much have i deposited in total",
        _money(lambda d: float(pd.to_numeric(_ws_sub(d, "DEPOSIT")["net_cash_amount"], errors="coerce").sum())),
        ("net_cash_amount", "currency", *_WS_ID),
    ),
    Q(
        "how much did i get in dividends? cad and usd separately pls",
        either(
            _money(lambda d: [_ws_div(d, "CAD"), _ws_div(d, "USD")]),
            _abouts(lambda d: [_ws_div(d, "CAD"), _ws_div(d, "USD")]),
        ),
        ("net_cash_amount", "currency", "symbol", *_WS_ID),
    ),
    Q(
        "which stock did i buy the most times",
        _lead(_named(lambda d: _top(_ws_sub(d, "BUY")["symbol"].value_counts()))),
        ("symbol", "name", *_WS_ID),
    ),
    Q(
        "how many trades did i do in my tfsa",
        _count(lambda d: len(_ws_tfsa_trades(d))),
        ("account_type", "account_id", *_WS_ID),
    ),
    Q(
        "what % of those were sells",
        _share(lambda d: float(_text(_ws_tfsa_trades(d)["activity_sub_type"]).eq("SELL").mean())),
        ("account_type", "account_id", *_WS_ID),
    ),
    Q(
        "which month did i put the most money in",
        _lead(
            _month_year(
                lambda d: _peak_month(
                    _ymd(_ws_sub(d, "DEPOSIT")["transaction_date"]),
                    pd.to_numeric(_ws_sub(d, "DEPOSIT")["net_cash_amount"], errors="coerce"),
                )
            )
        ),
        ("net_cash_amount", "settlement_date", *_WS_ID),
    ),
]


# --- 3. Loop Habit Tracker Checkmarks.csv --------------------------------------------------------------------------

# habit: created, chance done on weekdays, on weekends
_LP_HABITS = {
    "Meditate": ("2023-01-01", 0.62, 0.5),
    "Read 20 pages": ("2023-01-01", 0.55, 0.7),
    "Workout": ("2023-02-15", 0.5, 0.35),
    "No sugar": ("2023-05-01", 0.4, 0.25),
    "Floss": ("2023-01-01", 0.7, 0.55),
    "Journal": ("2023-09-10", 0.45, 0.4),
}


def _loop_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18403)
    days = pd.date_range("2023-01-01", "2024-06-30", freq="D")
    data: dict[str, Any] = {"Date": [d.strftime("%Y-%m-%d") for d in days]}
    for habit, (start, p_wk, p_we) in _LP_HABITS.items():
        col = []
        streak = 0.0
        for d in days:
            if d < pd.Timestamp(start):
                col.append(-1)
                continue
            p = (p_we if d.weekday() >= 5 else p_wk) + streak + (0.12 if d.month in (1, 2) else 0.0)
            p -= 0.2 if d.month in (7, 8, 12) and habit != "Floss" else 0.0
            done = rng.random() < min(p, 0.95)
            streak = 0.08 if done else 0.0
            col.append(2 if done else 0)
        data[habit] = col
    return pd.DataFrame(data).iloc[::-1].reset_index(drop=True)


def _lp_done(d: pd.DataFrame, habit: str) -> pd.Series:
    return pd.to_numeric(d[habit], errors="coerce") > 0


def _lp_rate(d: pd.DataFrame, habit: str) -> float:
    v = pd.to_numeric(d[habit], errors="coerce")
    return float((v > 0).sum() / (v >= 0).sum())


def _lp_best(d: pd.DataFrame) -> str:
    return _top(pd.Series({h: _lp_rate(d, h) for h in _LP_HABITS}))


def _lp_best_count(d: pd.DataFrame) -> str:
    return _top(pd.Series({h: int(_lp_done(d, h).sum()) for h in _LP_HABITS}))


def _lp_floss(d: pd.DataFrame, weekend: bool) -> float:
    x = d[_ymd(d["Date"]).dt.weekday.ge(5) == weekend]
    v = pd.to_numeric(x["Floss"], errors="coerce")
    return float((v > 0).sum() / (v >= 0).sum())


def _lp_workout_2024(d: pd.DataFrame) -> float:
    x = d[_ymd(d["Date"]).dt.year.eq(2024)]
    return float(_lp_done(x, "Workout").mean())


_LOOP_QS = [
    Q(
        "how many days did i meditate",
        _count(lambda d: int(_lp_done(d, "Meditate").sum())),
        ("Meditate", "Date"),
    ),
    Q(
        "which habit am i best at sticking to",
        _names(_lp_best, _lp_best_count),
        (*_LP_HABITS, "Date"),
    ),
    Q(
        "what percent of days did i work out in 2024",
        _share(_lp_workout_2024),
        ("Workout", "Date"),
    ),
    Q(
        "which month did i read the most",
        _lead(_month_year(lambda d: _peak_month(_ymd(d["Date"]), _lp_done(d, "Read 20 pages").astype(float)))),
        ("Read 20 pages", "Date"),
    ),
    Q(
        "do i floss more on weekends or weekdays",
        both(
            _share(lambda d: _lp_floss(d, True)),
            _share(lambda d: _lp_floss(d, False)),
        ),
        ("Floss", "Date"),
    ),
    Q(
        "how many days is no sugar not tracked at all",
        _count(lambda d: int((pd.to_numeric(d["No sugar"], errors="coerce") < 0).sum())),
        ("No sugar", "Date"),
    ),
]


# --- 4. Kajabi purchases export ------------------------------------------------------------------------------------

# offer title: offer id, price, payment type, weight
_KJ_OFFERS = {
    "Content Creator Academy - Pay in Full": (2143871, 597.0, "one-time", 18),
    "Content Creator Academy - 3 Payments": (2143902, 215.0, "multipay", 10),
    "Inner Circle Membership": (2150117, 39.0, "subscription", 52),
    "1:1 Coaching Package": (2160455, 1200.0, "one-time", 3),
    "Reels in a Weekend Mini Course": (2171330, 47.0, "one-time", 25),
}
_KJ_FIRST = ["Ashley", "Jordan", "Maria", "Chris", "Taylor", "Priya", "Sam", "Nicole", "Megan", "Luis", "Hannah", "Ben"]
_KJ_LAST = ["Nguyen", "Smith", "Garcia", "Brown", "Lee", "Patel", "Johnson", "Martin", "Clark", "Lopez", "Wright"]


def _kajabi_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18404)
    customers = []
    for k in range(520):
        first, last = str(rng.choice(_KJ_FIRST)), str(rng.choice(_KJ_LAST))
        email = f"{first.lower()}.{last.lower()}{k}@{rng.choice(['gmail.com', 'yahoo.com', 'icloud.com'])}"
        customers.append((1_800_000 + k * 7 + int(rng.integers(0, 6)), f"{first} {last}", email))
    offers = list(_KJ_OFFERS)
    w = np.array([v[3] for v in _KJ_OFFERS.values()], dtype=float)
    rows = []
    start, end = pd.Timestamp("2023-01-01"), pd.Timestamp("2024-12-31 23:59")
    for _ in range(900):
        cid, name, email = customers[int(rng.integers(len(customers)))]
        title = str(rng.choice(offers, p=w / w.sum()))
        oid, price, ptype, _ = _KJ_OFFERS[title]
        first = start + pd.Timedelta(seconds=int(rng.integers(0, int((end - start).total_seconds()))))
        if first.month in (1, 9) and rng.random() < 0.5:
            first = first.replace(day=int(rng.integers(1, 8)))
        coupon = ""
        amount = price
        if ptype == "one-time" and rng.random() < 0.2:
            coupon = str(rng.choice(["LAUNCH50", "BLACKFRIDAY", "VIP20"]))
            amount = round(price * {"LAUNCH50": 0.5, "BLACKFRIDAY": 0.6, "VIP20": 0.8}[coupon], 2)
        n_pay = 3 if ptype == "multipay" else (int(rng.integers(1, 9)) if ptype == "subscription" else 1)
        for k in range(n_pay):
            when = first + pd.DateOffset(months=k)
            if when > end:
                break
            refunded = k == 0 and rng.random() < 0.04
            rows.append(
                {
                    "ID": 0,
                    "Customer ID": cid,
                    "Customer Name": name,
                    "Customer Email": email,
                    "Offer ID": oid,
                    "Offer Title": title,
                    "Amount": f"{amount:.2f}",
                    "Currency": "USD",
                    "Payment Type": ptype,
                    "Coupon Code": coupon if k == 0 else "",
                    "Status": "refunded" if refunded else "paid",
                    "Created At": when.strftime("%Y-%m-%d %H:%M:%S -0500"),
                }
            )
    frame = pd.DataFrame(rows).sort_values("Created At", kind="stable").reset_index(drop=True)
    frame["ID"] = 48_000_000 + np.arange(len(frame)) * 3 + rng.integers(0, 3, len(frame))
    return frame


def _kj_amt(d: pd.DataFrame) -> pd.Series:
    return _num(d["Amount"])


def _kj_paid(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["Status"]).str.lower().ne("refunded")]


def _kj_top_offer(d: pd.DataFrame) -> str:
    return _top(_kj_amt(d).groupby(d["Offer Title"]).sum())


def _kj_dates(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["Created At"]).str.slice(0, 19), format="%Y-%m-%d %H:%M:%S", errors="coerce")


_KJ_ID = ("ID", "Created At", "Status")
_KAJABI_QS = [
    Q(
        "how much money have i made in total",
        either(
            _money(lambda d: float(_kj_amt(d).sum())),
            _money(lambda d: float(_kj_amt(_kj_paid(d)).sum())),
        ),
        ("Amount", "Currency", *_KJ_ID),
    ),
    Q(
        "which offer brought in the most revenue",
        _names(_kj_top_offer, lambda d: _kj_top_offer(_kj_paid(d))),
        ("Offer Title", "Offer ID", "Amount", *_KJ_ID),
    ),
    Q(
        "how many unique customers do i have",
        either(
            _count(lambda d: int(_text(d["Customer Email"]).nunique())),
            _count(lambda d: int(d["Customer ID"].nunique())),
        ),
        ("Customer Email", "Customer ID", "Customer Name", *_KJ_ID),
    ),
    Q(
        "whats the average price people paid for the reels mini course",
        _abouts(
            lambda d: _kj_amt(d[_text(d["Offer Title"]).str.contains("Reels")]).mean(),
            lambda d: _kj_amt(_kj_paid(d)[_text(_kj_paid(d)["Offer Title"]).str.contains("Reels")]).mean(),
        ),
        ("Offer Title", "Amount", *_KJ_ID),
    ),
    Q(
        "what share of purchases used a coupon",
        either(
            _share(lambda d: float(_text(d["Coupon Code"]).ne("").mean())),
            _share(
                lambda d: float(_text(d["Coupon Code"]).ne("").sum() / _text(d["Payment Type"]).eq("one-time").sum())
            ),
        ),
        ("Coupon Code", *_KJ_ID),
    ),
    Q(
        "best month for sales?",
        either(
            _lead(_month_year(lambda d: _peak_month(_kj_dates(d), _kj_amt(d)))),
            _lead(_month_year(lambda d: _peak_month(_kj_dates(_kj_paid(d)), _kj_amt(_kj_paid(d))))),
        ),
        ("Amount", *_KJ_ID),
    ),
]


# --- 5. NOAA Climate at a Glance, contiguous U.S. monthly average temperature --------------------------------------

_NO_COLS = ["Contiguous U.S.", " Average Temperature", " All Months"]
_NO_NORMALS = [30.6, 33.7, 41.9, 51.6, 61.2, 69.9, 74.2, 72.6, 65.5, 54.3, 42.3, 33.6]


def _noaa_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18405)
    months = pd.period_range("1895-01", "2024-12", freq="M")
    years = np.array([m.year for m in months])
    trend = np.where(years < 1970, (years - 1895) * 0.006, 0.45 + (years - 1970) * 0.045)
    values = np.array([_NO_NORMALS[m.month - 1] for m in months]) + trend + rng.normal(0, 2.3, len(months))
    values = np.round(values, 2)
    frame = pd.DataFrame({"p": months, "v": values})
    base = frame[(years >= 1901) & (years <= 2000)].groupby(frame["p"].dt.month)["v"].mean()
    anomaly = np.round(values - frame["p"].dt.month.map(base).to_numpy(), 2)
    head = [
        ["Units: Degrees Fahrenheit", None, None],
        ["Base Period: 1901-2000", None, None],
        ["Missing: -99", None, None],
        ["Date", "Value", "Anomaly"],
    ]
    body = [[m.strftime("%Y%m"), f"{v:.2f}", f"{a:.2f}"] for m, v, a in zip(months, values, anomaly, strict=True)]
    tail = [["202501", "-99.00", "-99.00"], ["202502", "-99.00", "-99.00"]]
    return pd.DataFrame(head + body + tail, columns=_NO_COLS)


def _no_data(d: pd.DataFrame) -> pd.DataFrame:
    first = _text(d.iloc[:, 0])
    at = int(np.flatnonzero(first.eq("Date").to_numpy())[0])
    body = d.iloc[at + 1 :]
    out = pd.DataFrame(
        {
            "date": pd.to_datetime(_text(body.iloc[:, 0]).str.slice(0, 6), format="%Y%m", errors="coerce"),
            "value": pd.to_numeric(body.iloc[:, 1], errors="coerce"),
            "anomaly": pd.to_numeric(body.iloc[:, 2], errors="coerce"),
        }
    )
    return out[(out["value"] > -99) & out["date"].notna()]


def _no_july(d: pd.DataFrame, lo: int, hi: int) -> float:
    x = _no_data(d)
    x = x[(x["date"].dt.month == 7) & x["date"].dt.year.between(lo, hi)]
    return float(x["value"].mean())


_NO_USES = tuple(_NO_COLS)
_NOAA_QS = [
    Q(
        "what was the hottest month on record",
        _lead(_month_year(lambda d: _no_data(d).loc[_no_data(d)["value"].idxmax(), "date"])),
        _NO_USES,
    ),
    Q(
        "and the coldest?",
        _lead(_month_year(lambda d: _no_data(d).loc[_no_data(d)["value"].idxmin(), "date"])),
        _NO_USES,
    ),
    Q(
        "how many months were more than 3 degrees above normal",
        _count(lambda d: int((_no_data(d)["anomaly"] > 3).sum())),
        _NO_USES,
    ),
    Q(
        "whats the average july temperature",
        _abouts(lambda d: _no_july(d, 1895, 2024)),
        _NO_USES,
    ),
    Q(
        "is july getting hotter? compare 1895-1924 with 1995-2024",
        _abouts(lambda d: [_no_july(d, 1895, 1924), _no_july(d, 1995, 2024)]),
        _NO_USES,
    ),
    Q(
        "which year had the warmest average temperature",
        _lead(
            _named(
                lambda d: str(
                    int(_top(_no_data(d).groupby(_no_data(d)["date"].dt.year)["value"].mean()))  # type: ignore[arg-type]
                )
            )
        ),
        _NO_USES,
    ),
]


# --- 6. TfL annualised station entries and exits -------------------------------------------------------------------

_TF_MODES = {"LU": 272, "DLR": 45, "LO": 112, "EZL": 41}
_TF_COVERAGE = {"LU": "LU station", "DLR": "DLR station", "LO": "LO station", "EZL": "Elizabeth line station"}
_TF_PARTS_A = ["North", "South", "West", "East", "Upper", "Lower", "Old", "New", "Kings", "Queens", "Great", "Little"]
_TF_PARTS_B = [
    "Acton", "Ealing", "Harrow", "Barnet", "Wembley", "Finchley", "Hackney", "Bromley", "Croydon", "Greenwich",
    "Lewisham", "Hampstead", "Kilburn", "Brixton", "Stratford", "Woolwich", "Ilford", "Romford", "Wimbledon",
    "Richmond", "Kensington", "Chelsea", "Fulham", "Camden", "Islington", "Walthamstow", "Leyton", "Bow", "Poplar",
    "Southwark", "Vauxhall", "Pimlico", "Marylebone", "Paddington", "Holborn", "Bank", "Moorgate", "Aldgate",
]  # fmt: skip
_TF_SUFFIX = ["", " Broadway", " Park", " Road", " Common", " Green", " Central", " Junction", " Town", " Hill"]


def _tfl_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18406)
    names: set[str] = set()
    rows = []
    for mode, n in _TF_MODES.items():
        scale = {"LU": 11000.0, "DLR": 4500.0, "LO": 3500.0, "EZL": 9000.0}[mode]
        for _ in range(n):
            while True:
                nm = (
                    (str(rng.choice(_TF_PARTS_A)) + " " if rng.random() < 0.35 else "")
                    + str(rng.choice(_TF_PARTS_B))
                    + str(rng.choice(_TF_SUFFIX))
                )
                if nm not in names:
                    names.add(nm)
                    break
            wk_en = int(scale * float(rng.lognormal(0, 0.85)))
            sat = float(rng.uniform(0.45, 0.85))
            sun = sat * float(rng.uniform(0.6, 0.85))
            wk_ex = int(wk_en * float(rng.normal(1, 0.04)))
            vals = [wk_en, int(wk_en * sat), int(wk_en * sun), wk_ex, int(wk_ex * sat), int(wk_ex * sun)]
            annual = 253 * (vals[0] + vals[3]) + 52 * (vals[1] + vals[4]) + 60 * (vals[2] + vals[5])
            rows.append(
                {
                    "Mode": mode,
                    "MNLC": int(rng.integers(500, 800)) if mode == "LU" else int(rng.integers(5000, 9999)),
                    "MASC": (nm.replace(" ", "")[:3].upper() + str(rng.choice(["c", "d", "l", "o", "x"]))),
                    "Station": nm,
                    "Coverage": _TF_COVERAGE[mode],
                    "Source": "Estimated" if rng.random() < 0.07 else "Gateline",
                    "Entries Weekday": vals[0],
                    "Entries Saturday": vals[1],
                    "Entries Sunday": vals[2],
                    "Exits Weekday": vals[3],
                    "Exits Saturday": vals[4],
                    "Exits Sunday": vals[5],
                    "Annualised En/Ex": annual,
                }
            )
    frame = pd.DataFrame(rows)
    num = [c for c in frame.columns if c.startswith(("Entries", "Exits", "Annualised"))]
    total = {c: "" for c in frame.columns} | {"Station": "Total"} | {c: int(frame[c].sum()) for c in num}
    frame = pd.concat([frame, pd.DataFrame([total])], ignore_index=True)
    for c in num:
        frame[c] = frame[c].map(lambda v: f"{int(v):,}")
    return frame


def _tf(d: pd.DataFrame) -> pd.DataFrame:
    return d[~_text(d["Station"]).str.lower().eq("total") & _text(d["Mode"]).ne("")]


def _tf_annual(d: pd.DataFrame) -> pd.Series:
    x = _tf(d)
    return pd.Series(_num(x["Annualised En/Ex"]).to_numpy(), index=_text(x["Station"]).to_numpy())


def _tf_top10_share(d: pd.DataFrame) -> float:
    a = _tf_annual(d)
    return float(a.nlargest(10).sum() / a.sum())


_TF_ID = ("Station", "Mode")
_TFL_QS = [
    Q(
        "which station is the busiest",
        _lead(_named(lambda d: _top(_tf_annual(d)))),
        ("Annualised En/Ex", *_TF_ID),
    ),
    Q(
        "how many stations have over 10 million entries and exits a year",
        _count(lambda d: int((_tf_annual(d) > 10_000_000).sum())),
        ("Annualised En/Ex", *_TF_ID),
    ),
    Q(
        "which mode has the highest average weekday entries",
        _lead(_named(lambda d: _top(_num(_tf(d)["Entries Weekday"]).groupby(_text(_tf(d)["Mode"])).mean()))),
        ("Entries Weekday", *_TF_ID),
    ),
    Q(
        "what share of all traffic do the top 10 stations get",
        _share(_tf_top10_share),
        ("Annualised En/Ex", *_TF_ID),
    ),
    Q(
        "how many stations' numbers are estimates",
        _count(lambda d: int(_text(_tf(d)["Source"]).eq("Estimated").sum())),
        ("Source", *_TF_ID),
    ),
    Q(
        "are saturday entries correlated with weekday entries",
        _corr(lambda d: _num(_tf(d)["Entries Saturday"]), lambda d: _num(_tf(d)["Entries Weekday"])),
        ("Entries Saturday", "Entries Weekday", *_TF_ID),
    ),
]


# --- 7. CMS Medicare Physician & Other Practitioners by Provider and Service ---------------------------------------

# HCPCS: description, drug indicator, allowed amount, weight, services per beneficiary
_MD_CODES = {
    "99213": ("Established patient office or other outpatient visit, 20-29 minutes", "N", 88.0, 30, 1.6),
    "99214": ("Established patient office or other outpatient visit, 30-39 minutes", "N", 128.0, 26, 1.5),
    "99204": ("New patient office or other outpatient visit, 45-59 minutes", "N", 165.0, 8, 1.0),
    "99232": ("Subsequent hospital inpatient or observation care, 35 minutes", "N", 76.0, 10, 2.6),
    "36415": ("Insertion of needle into vein for collection of blood sample", "N", 3.0, 9, 2.2),
    "93000": ("Routine electrocardiogram (ECG) using at least 12 leads with interpretation", "N", 16.0, 7, 1.2),
    "G0439": ("Annual wellness visit, includes a personalized prevention plan of service (pps)", "N", 128.0, 6, 1.0),
    "J1100": ("Injection, dexamethasone sodium phosphate, 1 mg", "Y", 0.1, 4, 6.0),
    "71046": ("X-ray of chest, 2 views", "N", 27.0, 5, 1.1),
    "97110": (
        "Therapeutic exercise to develop strength, endurance, range of motion, and flexibility",
        "N",
        29.0,
        8,
        7.5,
    ),
}
_MD_TYPES = {
    "Internal Medicine": (["99213", "99214", "99232", "36415", "93000", "G0439"], 30, 0.45),
    "Family Practice": (["99213", "99214", "99204", "36415", "G0439", "J1100"], 28, 0.5),
    "Nurse Practitioner": (["99213", "99214", "99204", "G0439"], 20, 0.85),
    "Cardiology": (["99214", "99204", "93000", "99232"], 10, 0.2),
    "Physical Therapist": (["97110"], 8, 0.6),
    "Diagnostic Radiology": (["71046"], 5, 0.3),
}
_MD_STATES = {"CA": ("LOS ANGELES", 18), "TX": ("HOUSTON", 14), "FL": ("MIAMI", 13), "NY": ("BROOKLYN", 12)}
_MD_STATES |= {"PA": ("PHILADELPHIA", 8), "OH": ("COLUMBUS", 7), "IL": ("CHICAGO", 8), "GA": ("ATLANTA", 6)}
_MD_LAST = ["SMITH", "JOHNSON", "WILLIAMS", "PATEL", "NGUYEN", "GARCIA", "KIM", "BROWN", "DAVIS", "SHAH", "LEE"]
_MD_FIRST_F = ["MARY", "JENNIFER", "PRIYA", "LINDA", "SARAH", "ANGELA", "MICHELLE", "KAREN"]
_MD_FIRST_M = ["JAMES", "ROBERT", "DAVID", "RAJ", "MICHAEL", "JOHN", "KEVIN", "THOMAS"]


def _medicare_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18407)
    types = list(_MD_TYPES)
    tw = np.array([v[1] for v in _MD_TYPES.values()], dtype=float)
    states = list(_MD_STATES)
    sw = np.array([v[1] for v in _MD_STATES.values()], dtype=float)
    rows = []
    npis: set[int] = set()
    while len(rows) < 3000:
        npi = int(rng.integers(1_003_000_000, 1_993_000_000))
        if npi in npis:
            continue
        npis.add(npi)
        ptype = str(rng.choice(types, p=tw / tw.sum()))
        codes, _, p_female = _MD_TYPES[ptype]
        org = ptype == "Diagnostic Radiology" and rng.random() < 0.3
        female = (not org) and rng.random() < p_female
        state = str(rng.choice(states, p=sw / sw.sum()))
        city = _MD_STATES[state][0]
        cred = (
            ""
            if org
            else str(rng.choice({"Nurse Practitioner": ["NP", "FNP", "APRN"]}.get(ptype, ["M.D.", "MD", "DO"])))
        )
        if ptype == "Physical Therapist":
            cred = str(rng.choice(["PT", "DPT", ""]))
        ident = {
            "Rndrng_NPI": npi,
            "Rndrng_Prvdr_Last_Org_Name": f"{city.title()} Imaging Associates LLC"
            if org
            else str(rng.choice(_MD_LAST)),
            "Rndrng_Prvdr_First_Name": "" if org else str(rng.choice(_MD_FIRST_F if female else _MD_FIRST_M)).title(),
            "Rndrng_Prvdr_MI": "" if org or rng.random() < 0.4 else str(rng.choice(list("ABCDEJKLMR"))),
            "Rndrng_Prvdr_Crdntls": cred,
            "Rndrng_Prvdr_Gndr": "" if org else ("F" if female else "M"),
            "Rndrng_Prvdr_Ent_Cd": "O" if org else "I",
            "Rndrng_Prvdr_City": city,
            "Rndrng_Prvdr_State_Abrvtn": state,
            "Rndrng_Prvdr_Zip5": f"{int(rng.integers(10000, 99999)):05d}",
            "Rndrng_Prvdr_Type": ptype,
            "Rndrng_Prvdr_Mdcr_Prtcptg_Ind": "Y",
        }
        k = int(rng.integers(1, len(codes) + 1))
        for code in rng.choice(codes, size=k, replace=False):
            desc, drug, allowed, _, per = _MD_CODES[str(code)]
            places = ["O"] if rng.random() < 0.8 else ["O", "F"]
            for pos in places:
                benes = int(max(11, rng.lognormal(3.6, 0.8)))
                srvcs = round(benes * per * float(rng.uniform(0.8, 1.3)), 1 if drug == "Y" else 0)
                allow = allowed * float(rng.uniform(0.85, 1.15)) * (0.75 if pos == "F" else 1.0)
                allow *= 0.85 if ptype == "Nurse Practitioner" else 1.0
                rows.append(
                    ident
                    | {
                        "HCPCS_Cd": str(code),
                        "HCPCS_Desc": desc,
                        "HCPCS_Drug_Ind": drug,
                        "Place_Of_Srvc": pos,
                        "Tot_Benes": benes,
                        "Tot_Srvcs": srvcs,
                        "Tot_Bene_Day_Srvcs": min(srvcs, round(srvcs * float(rng.uniform(0.85, 1.0)))),
                        "Avg_Sbmtd_Chrg": round(allow * float(rng.uniform(1.5, 4.0)), 8),
                        "Avg_Mdcr_Alowd_Amt": round(allow, 8),
                        "Avg_Mdcr_Pymt_Amt": round(allow * float(rng.uniform(0.76, 0.8)), 8),
                        "Avg_Mdcr_Stdzd_Amt": round(allow * float(rng.uniform(0.74, 0.8)), 8),
                    }
                )
    return pd.DataFrame(rows)


def _md_99213(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["HCPCS_Cd"]).eq("99213")]


def _md_top_service(d: pd.DataFrame, by_rows: bool) -> str:
    key = _text(d["HCPCS_Cd"])
    s = key.value_counts() if by_rows else pd.to_numeric(d["Tot_Srvcs"], errors="coerce").groupby(key).sum()
    return _top(s)


def _md_providers(d: pd.DataFrame) -> pd.DataFrame:
    return d.drop_duplicates("Rndrng_NPI")


def _md_women(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["Rndrng_Prvdr_Gndr"]).eq("F")]


def _md_female_share(d: pd.DataFrame, individuals: bool) -> float:
    p = _md_providers(d)
    if individuals:
        p = p[_text(p["Rndrng_Prvdr_Gndr"]).ne("")]
    return float(_text(p["Rndrng_Prvdr_Gndr"]).eq("F").mean())


_MD_ID = ("Rndrng_NPI", "Rndrng_Prvdr_Last_Org_Name", "Rndrng_Prvdr_First_Name")
_MEDICARE_QS = [
    Q(
        "how many different providers are in this",
        _count(lambda d: int(d["Rndrng_NPI"].nunique())),
        _MD_ID,
    ),
    Q(
        "which service was done the most",
        either(
            _lead(_named(lambda d: _md_top_service(d, False))),
            _lead(_named(lambda d: _MD_CODES[_md_top_service(d, False)][0])),
            _lead(_named(lambda d: _md_top_service(d, True))),
            _lead(_named(lambda d: _MD_CODES[_md_top_service(d, True)][0])),
        ),
        ("HCPCS_Cd", "HCPCS_Desc", "Tot_Srvcs", *_MD_ID),
    ),
    Q(
        "whats the average medicare payment for 99213",
        _abouts(
            lambda d: pd.to_numeric(_md_99213(d)["Avg_Mdcr_Pymt_Amt"], errors="coerce").mean(),
            lambda d: float(
                np.average(
                    pd.to_numeric(_md_99213(d)["Avg_Mdcr_Pymt_Amt"], errors="coerce"),
                    weights=pd.to_numeric(_md_99213(d)["Tot_Srvcs"], errors="coerce"),
                )
            ),
        ),
        ("HCPCS_Cd", "HCPCS_Desc", "Avg_Mdcr_Pymt_Amt", "Tot_Srvcs", *_MD_ID),
    ),
    Q(
        "which state has the most providers",
        _lead(_named(lambda d: _top(_md_providers(d)["Rndrng_Prvdr_State_Abrvtn"].value_counts()))),
        ("Rndrng_Prvdr_State_Abrvtn", *_MD_ID),
    ),
    Q(
        "what share of providers are women",
        either(
            _share(lambda d: _md_female_share(d, False)),
            _share(lambda d: _md_female_share(d, True)),
        ),
        ("Rndrng_Prvdr_Gndr", "Rndrng_Prvdr_Ent_Cd", *_MD_ID),
    ),
    Q(
        "and what kind of provider are most of them",
        _names(
            lambda d: _top(_md_providers(_md_women(d))["Rndrng_Prvdr_Type"].value_counts()),
            lambda d: _top(_md_women(d)["Rndrng_Prvdr_Type"].value_counts()),
        ),
        ("Rndrng_Prvdr_Type", "Rndrng_Prvdr_Gndr", *_MD_ID),
    ),
]


HELDOUT184: list[Dataset] = [
    Dataset("flighty_flight_log_export", _flighty_frame, _FLIGHTY_QS),
    Dataset("wealthsimple_activities_export", _wealthsimple_frame, _WEALTHSIMPLE_QS),
    Dataset("loop_habit_tracker_checkmarks", _loop_frame, _LOOP_QS),
    Dataset("kajabi_purchases_export", _kajabi_frame, _KAJABI_QS),
    Dataset("noaa_climate_at_a_glance_us_monthly_temperature", _noaa_frame, _NOAA_QS),
    Dataset("tfl_annualised_station_entries_exits", _tfl_frame, _TFL_QS),
    Dataset("cms_medicare_physician_by_provider_and_service", _medicare_frame, _MEDICARE_QS),
]
