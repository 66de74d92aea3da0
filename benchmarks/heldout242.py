"""HELDOUT242: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of public exports an analyst is likely to bring along: a Greenlight family
account export of chores and allowance (one row per chore or payment, 2023-01 to 2024-06) with Date as "MM/DD/YYYY",
Child (Maya, Leo, Ava), Type (Chore, Allowance, Reward, Purchase, Savings Transfer, Interest), Description ("Take out
trash", "Weekly allowance", "Roblox gift card"), Amount as text with a dollar sign ("$5.00", "-$24.99" for
purchases, "$0.00" for missed chores), Status (Completed, Missed, Paid, Declined), "Spend Balance", "Save Balance"
and "Give Balance" as "$12.34" text and "Approved By" (Mom, Dad, blank for purchases, interest and transfers); a
Wealthfront transaction export (2021-01 to 2024-06) with Date as "2023-04-12", Account (Automated Investing -
Individual, Roth IRA, Cash Account, 529 Plan), Type (Deposit, Withdrawal, Dividend, Interest, Fee, Rebalance Buy,
Rebalance Sell, Tax-Loss Harvest Sell, Tax-Loss Harvest Buy), Symbol (VTI, VEA, VWO, BND, VIG, MUB, blank for cash
rows), Quantity and Price (blank for cash rows), Amount (signed plain number, negative for buys, fees and
withdrawals), Description and "Realized Gain/Loss" (blank except on sells, always negative on tax-loss harvest
sells); a Beancount ledger for 2023 exported with bean-query as one row per posting: date ("2023-03-04"), flag (*
or !), payee, narration, account ("Expenses:Food:Groceries", "Assets:Bank:Checking", "Liabilities:CreditCard:Visa",
"Income:Salary"), number (negative for credits), currency (USD, EUR for a Lisbon trip in May, VTI for brokerage
buys), cost (blank except "{221.40 USD}" on the VTI buys), tags ("#trip-lisbon" or blank) and links (blank); a
Flightradar24 "My Flights" export (2018-2024) with Date as "2023-05-14", "Flight number" ("UA1234"), From and To
as "San Francisco / SFO (KSFO)", "Dep time" and "Arr time" as "08:15:00", Duration as "hh:mm:ss", Airline as
"United Airlines / UA (UAL)", Aircraft as "Boeing 737-924(ER) (B739)", Registration, "Seat number" ("23A", blank
on some), "Seat type", "Flight class" and "Flight reason" as numeric codes, Note (mostly blank) and Distance as
text with its unit ("2,565 mi"); a state DOT's wildlife-vehicle collision (carcass) reports (2019-2023) with
"Report ID" ("WVC-2021-00123"), Date as "MM/DD/YYYY", Species, Sex (Male, Female, Unknown), Age (Adult, Yearling,
Fawn/Calf, Unknown), Highway ("I-80", "US-287", "SH-9"), Milepost with one decimal, County, District ("District
3"), "Reported By" (Maintenance Crew, Trooper, Public, Contractor), Latitude and Longitude (0 on a few reports
with no GPS fix) and Removed (Y / N); a county treasurer's tax lien sale list (tax years 2019-2023) with "Parcel
ID" ("14-213-05-017", parcels delinquent more than one year repeat), "Owner Name" in upper case (a few investor
LLCs own many parcels), "Property Address", City, "Tax Year", "Taxes Due ($)", "Interest & Penalties ($)", "Total
Due ($)", "Property Class" (Residential, Commercial, Vacant Land, Agricultural), "Assessed Value", "Sale Date" as
"MM/DD/YYYY", "Lien Status" (Sold, Redeemed, Struck Off to County, Withdrawn), "Winning Bid Rate (%)" (blank unless
sold or redeemed), "Bidder Number" (blank unless sold or redeemed) and a closing "TOTAL" row that sums the money
columns; and a transit agency's stop-level ridership file with "Stop ID", "Stop Name" in upper case ("MAIN ST &
5TH AVE"), Routes as text ("12, 14, 22"), Direction (NB, SB, EB, WB), Period (Fall 2022, Spring 2023, Fall 2023;
a few stops missing from some periods), "Avg Weekday Boardings" and "Avg Weekday Alightings" with one decimal,
Shelter, Bench and "ADA Accessible" (Yes / No), Latitude and Longitude. All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout39 import _month_of
from .offline_eval import Check, Dataset, Q, either, month_year
from .offline_eval import about as _about
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

_BIG = (1e3, 1e6)


def _top(scores: pd.Series) -> str:
    """The label with the highest score (ties: first in label order)."""
    return str(scores.sort_index(kind="stable").idxmax())


def _num(df: pd.DataFrame, col: str) -> pd.Series:
    """A column as numbers ("$", "%", "mi", commas and blanks handled)."""
    text = df[col].astype("string").str.replace(r"[$,%\s]|mi", "", regex=True)
    return pd.to_numeric(text, errors="coerce")


def _text(df: pd.DataFrame, col: str) -> pd.Series:
    return df[col].astype("string").fillna("").str.strip()


def _money(value: Callable[[pd.DataFrame], Any], rel: float = 0.005) -> Check:
    """Every amount appears, its sign ignored ("-$512.40" or "$512.40"), in full or in thousands / millions."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        flipped = re.sub(r"-(?=\$?\d)", "", answer)
        return _scaled(lambda d: np.abs(np.atleast_1d(value(d)).astype(float)), _BIG, rel=rel)(flipped, df)

    return check


def _change(a: Callable[[pd.DataFrame], float], b: Callable[[pd.DataFrame], float]) -> Check:
    """A change from a to b, as the difference or as a percentage of a."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        x, y = float(a(df)), float(b(df))
        if _money(lambda d: y - x, rel=0.01)(answer, df) is None:
            return None
        pct = abs(y - x) / x * 100
        found = [float(t.replace(",", "")) for t in re.findall(r"\d[\d,]*(?:\.\d+)?", answer)]
        if any(abs(f - pct) <= max(0.01 * pct, 0.051) for f in found):
            return None
        return f"missing change {y - x:.6g} ({pct:.3g}%)"

    return check


def _hours_or_minutes(value: Callable[[pd.DataFrame], float]) -> Check:
    return either(_about(value, rel=0.01), _about(lambda d: 60 * value(d), rel=0.01))


# --- 1. Greenlight family account export ---------------------------------------------------------------------------

_GL_KIDS = {"Maya": (10.0, 0.10, 0.9), "Leo": (7.0, 0.30, 1.2), "Ava": (5.0, 0.15, 0.5)}
_GL_CHORES = {
    "Take out trash": 1.0,
    "Make bed": 0.5,
    "Empty dishwasher": 1.0,
    "Feed the dog": 0.5,
    "Clean room": 2.0,
    "Vacuum living room": 3.0,
    "Fold laundry": 1.5,
    "Mow the lawn": 10.0,
}
_GL_CHORE_W = [5, 6, 4, 3, 2, 1.5, 2, 0.5]
_GL_BUYS = {
    "Roblox gift card": 25.0,
    "Target": 18.0,
    "Candy at 7-Eleven": 3.5,
    "Minecraft Marketplace": 9.99,
    "Barnes & Noble": 14.0,
    "Claire's": 12.0,
    "Amazon": 22.0,
    "Taco Bell": 7.5,
}
_GL_REWARDS = ["Good report card", "Helped with groceries", "Birthday money from Grandma", "Extra credit chore"]


def _usd(x: float) -> str:
    return f"-${-x:,.2f}" if x < 0 else f"${x:,.2f}"


def _greenlight_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24201)
    rows = []
    bal = {k: [0.0, 0.0, 0.0] for k in _GL_KIDS}

    def add(day: pd.Timestamp, kid: str, kind: str, desc: str, amount: float, status: str, who: str) -> None:
        b = bal[kid]
        if status in ("Completed", "Paid"):
            if kind == "Allowance":
                b[0] += round(amount * 0.8, 2)
                b[1] += round(amount * 0.1, 2)
                b[2] += round(amount * 0.1, 2)
            elif kind == "Savings Transfer":
                b[0] -= amount
                b[1] += amount
            elif kind == "Interest":
                b[1] += amount
            else:
                b[0] += amount
        rows.append(
            {
                "Date": f"{day:%m/%d/%Y}",
                "Child": kid,
                "Type": kind,
                "Description": desc,
                "Amount": _usd(amount),
                "Status": status,
                "Spend Balance": _usd(round(b[0], 2)),
                "Save Balance": _usd(round(b[1], 2)),
                "Give Balance": _usd(round(b[2], 2)),
                "Approved By": who,
            }
        )

    for day in pd.date_range("2023-01-01", "2024-06-30", freq="D"):
        for kid, (allowance, miss, spendy) in _GL_KIDS.items():
            if day.dayofweek == 6:
                add(day, kid, "Allowance", "Weekly allowance", allowance, "Paid", _one(rng, ["Mom", "Dad"], [2, 1]))
            if rng.random() < 0.45:
                chore = _one(rng, list(_GL_CHORES), _GL_CHORE_W)
                done = rng.random() >= miss
                amount = _GL_CHORES[chore] if done else 0.0
                who = _one(rng, ["Mom", "Dad"], [3, 2]) if done else ""
                add(day, kid, "Chore", chore, amount, "Completed" if done else "Missed", who)
            if rng.random() < 0.05 * spendy:
                item = _one(rng, list(_GL_BUYS))
                price = round(_GL_BUYS[item] * rng.uniform(0.6, 1.5), 2)
                if item == "Roblox gift card":
                    price = float(_one(rng, [10.0, 25.0, 50.0], [2, 3, 1]))
                declined = rng.random() < (0.2 if price > bal[kid][0] else 0.04)
                add(day, kid, "Purchase", item, -price, "Declined" if declined else "Paid", "")
            if rng.random() < 0.006:
                amt = float(_one(rng, [5.0, 10.0, 20.0, 25.0]))
                add(day, kid, "Reward", _one(rng, _GL_REWARDS), amt, "Paid", _one(rng, ["Mom", "Dad"]))
            if day.day == 15 and bal[kid][0] > 10 and rng.random() < 0.6:
                amt = round(float(rng.uniform(2, min(15, bal[kid][0] - 1))), 2)
                add(day, kid, "Savings Transfer", "Move to savings", amt, "Completed", "")
            if day.is_month_end:
                interest = round(bal[kid][1] * 0.02 / 12, 2)
                if interest > 0:
                    add(day, kid, "Interest", "Savings interest", interest, "Paid", "")
    return pd.DataFrame(rows)


def _gl_spent(kid: str, paid_only: bool) -> Callable[[pd.DataFrame], float]:
    def total(df: pd.DataFrame) -> float:
        keep = (_text(df, "Child") == kid) & (_text(df, "Type") == "Purchase")
        if paid_only:
            keep &= _text(df, "Status") != "Declined"
        return float(_num(df, "Amount")[keep].sum())

    return total


def _gl_missed(rate: bool) -> Callable[[pd.DataFrame], str]:
    def who(df: pd.DataFrame) -> str:
        chores = df[_text(df, "Type") == "Chore"]
        missed = _text(chores, "Status") == "Missed"
        by = missed.groupby(_text(chores, "Child"))
        return _top(by.mean() if rate else by.sum())

    return who


def _gl_interest_2023(df: pd.DataFrame) -> float:
    d = pd.to_datetime(df["Date"], format="%m/%d/%Y")
    return float(_num(df, "Amount")[(_text(df, "Type") == "Interest") & (d.dt.year == 2023)].sum())


_GL_QS = [
    Q(
        "how many chores did each kid actually get done",
        _count(
            lambda df: (
                df[(_text(df, "Type") == "Chore") & (_text(df, "Status") == "Completed")]
                .groupby("Child")
                .size()
                .to_numpy()
            )
        ),
        ("Child", "Type", "Status"),
    ),
    Q(
        "who skips their chores the most",
        either(_lead(_named(_gl_missed(False))), _lead(_named(_gl_missed(True)))),
        ("Child", "Type", "Status"),
    ),
    Q(
        "how much has maya spent on stuff",
        either(_money(_gl_spent("Maya", True)), _money(_gl_spent("Maya", False))),
        ("Child", "Type", "Amount", "Status"),
    ),
    Q(
        "and leo?",
        either(_money(_gl_spent("Leo", True)), _money(_gl_spent("Leo", False))),
        ("Child", "Type", "Amount", "Status"),
    ),
    Q(
        "what % of purchases got declined",
        _share(lambda df: (_text(df, "Status")[_text(df, "Type") == "Purchase"] == "Declined").mean()),
        ("Type", "Status"),
    ),
    Q(
        "how much interest did the kids earn in 2023 altogether",
        _money(_gl_interest_2023, rel=0.01),
        ("Type", "Amount", "Date"),
    ),
]


# --- 2. Wealthfront transaction export ------------------------------------------------------------------------------

_WF_ACCOUNTS = {
    "Automated Investing - Individual": (["VTI", "VEA", "VWO", "MUB", "VIG"], 1500.0),
    "Roth IRA": (["VTI", "VEA", "VWO", "BND"], 500.0),
    "529 Plan": (["VTI", "VEA", "BND"], 250.0),
}
_WF_PRICES = {"VTI": 200.0, "VEA": 45.0, "VWO": 42.0, "BND": 76.0, "VIG": 150.0, "MUB": 107.0}
_WF_YIELD = {"VTI": 0.015, "VEA": 0.03, "VWO": 0.03, "BND": 0.028, "VIG": 0.018, "MUB": 0.022}
_WF_TLH_SWAP = {"VTI": "VIG", "VEA": "VWO", "VWO": "VEA", "BND": "MUB", "VIG": "VTI", "MUB": "BND"}


def _wealthfront_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24202)
    rows: list[dict[str, Any]] = []
    held: dict[str, dict[str, float]] = {a: dict.fromkeys(_WF_PRICES, 0.0) for a in _WF_ACCOUNTS}
    cash_bal = 5000.0

    def row(day: pd.Timestamp, acct: str, kind: str, sym: str, qty: float | None, price: float | None, amt: float,
            desc: str, gain: float | None = None) -> None:  # fmt: skip
        rows.append(
            {
                "Date": f"{day:%Y-%m-%d}",
                "Account": acct,
                "Type": kind,
                "Symbol": sym,
                "Quantity": None if qty is None else round(qty, 4),
                "Price": None if price is None else round(price, 2),
                "Amount": round(amt, 2),
                "Description": desc,
                "Realized Gain/Loss": None if gain is None else round(gain, 2),
            }
        )

    months = pd.date_range("2021-01-01", "2024-06-01", freq="MS")
    for i, m in enumerate(months):
        drift = 1 + 0.006 * i + 0.05 * np.sin(i / 4)
        prices = {s: p * drift * rng.uniform(0.97, 1.03) for s, p in _WF_PRICES.items()}
        for acct, (funds, monthly) in _WF_ACCOUNTS.items():
            day = m + pd.Timedelta(days=int(rng.integers(0, 5)))
            amount = monthly
            if acct == "Automated Investing - Individual" and m == pd.Timestamp("2023-03-01"):
                amount = 25000.0
            elif acct == "Roth IRA" and m.month == 1 and rng.random() < 0.7:
                amount = 6000.0
            row(day, acct, "Deposit", "", None, None, amount, "Recurring deposit" if amount == monthly else "Deposit")
            for sym in funds:
                px = prices[sym]
                qty = amount / len(funds) / px
                held[acct][sym] += qty
                row(day + pd.Timedelta(days=1), acct, "Rebalance Buy", sym, qty, px, -qty * px, f"Buy {sym}")
            fee = -round(sum(held[acct][s] * prices[s] for s in funds) * 0.0025 / 12, 2)
            if fee < -0.005:
                row(m + pd.Timedelta(days=27), acct, "Fee", "", None, None, fee, "Advisory fee")
            if m.month in (3, 6, 9, 12):
                for sym in funds:
                    if held[acct][sym] > 0:
                        div = held[acct][sym] * prices[sym] * _WF_YIELD[sym] / 4 * rng.uniform(0.85, 1.15)
                        row(m + pd.Timedelta(days=24), acct, "Dividend", sym, None, None, div, f"Dividend {sym}")
            if rng.random() < 0.08:
                sym = _one(rng, funds)
                qty = held[acct][sym] * rng.uniform(0.05, 0.15)
                if qty > 0:
                    held[acct][sym] -= qty
                    gain = qty * prices[sym] * rng.uniform(0.02, 0.2)
                    d = m + pd.Timedelta(days=int(rng.integers(8, 20)))
                    row(d, acct, "Rebalance Sell", sym, qty, prices[sym], qty * prices[sym], f"Sell {sym}", gain)
            if acct == "Automated Investing - Individual" and np.sin(i / 4) < -0.3 and rng.random() < 0.6:
                sym = _one(rng, funds)
                qty = held[acct][sym] * rng.uniform(0.2, 0.5)
                if qty > 0:
                    held[acct][sym] -= qty
                    loss = -qty * prices[sym] * rng.uniform(0.03, 0.12)
                    d = m + pd.Timedelta(days=int(rng.integers(10, 20)))
                    proceeds = qty * prices[sym]
                    row(d, acct, "Tax-Loss Harvest Sell", sym, qty, prices[sym], proceeds, f"TLH sell {sym}", loss)
                    swap = _WF_TLH_SWAP[sym]
                    q2 = proceeds / prices[swap]
                    held[acct][swap] += q2
                    row(d, acct, "Tax-Loss Harvest Buy", swap, q2, prices[swap], -proceeds, f"TLH buy {swap}")
        interest = cash_bal * (0.005 if m.year < 2023 else 0.045) / 12
        cash_bal += interest
        row(m + pd.Timedelta(days=27), "Cash Account", "Interest", "", None, None, interest, "Interest payment")
        if rng.random() < 0.5:
            dep = round(float(rng.uniform(200, 2000)), -1)
            cash_bal += dep
            row(m + pd.Timedelta(days=int(rng.integers(0, 27))), "Cash Account", "Deposit", "", None, None, dep,
                "Transfer from checking")  # fmt: skip
        if rng.random() < 0.2 and cash_bal > 2000:
            w = round(float(rng.uniform(300, 1500)), -1)
            cash_bal -= w
            row(m + pd.Timedelta(days=int(rng.integers(0, 27))), "Cash Account", "Withdrawal", "", None, None, -w,
                "Transfer to checking")  # fmt: skip
    out = pd.DataFrame(rows)
    return out.sort_values("Date", kind="stable").reset_index(drop=True)


def _wf_sum(kind: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(df.loc[_text(df, "Type") == kind, "Amount"].sum())


def _wf_top_deposit_month(df: pd.DataFrame) -> pd.Timestamp:
    dep = df[_text(df, "Type") == "Deposit"]
    by = dep.groupby(pd.to_datetime(dep["Date"]).dt.to_period("M"))["Amount"].sum()
    return by.idxmax().to_timestamp()


_WF_QS = [
    Q(
        "how much money have i put in overall",
        either(_money(_wf_sum("Deposit")), _money(lambda df: _wf_sum("Deposit")(df) + _wf_sum("Withdrawal")(df))),
        ("Type", "Amount"),
    ),
    Q(
        "dividends by account",
        _money(lambda df: df[_text(df, "Type") == "Dividend"].groupby("Account")["Amount"].sum().to_numpy()),
        ("Account", "Type", "Amount"),
    ),
    Q(
        "which fund paid me the most in dividends",
        _lead(_named(lambda df: _top(df[_text(df, "Type") == "Dividend"].groupby("Symbol")["Amount"].sum()))),
        ("Symbol", "Type", "Amount"),
    ),
    Q(
        "total fees so far?",
        _money(_wf_sum("Fee")),
        ("Type", "Amount"),
    ),
    Q(
        "how much in losses has tax loss harvesting booked",
        _money(lambda df: df.loc[_text(df, "Type") == "Tax-Loss Harvest Sell", "Realized Gain/Loss"].sum()),
        ("Type", "Realized Gain/Loss"),
    ),
    Q(
        "which month did i deposit the most",
        _lead(month_year(_wf_top_deposit_month)),
        ("Date", "Type", "Amount"),
    ),
]


# --- 3. Beancount ledger postings ----------------------------------------------------------------------------------

_BC_SHOPS = {
    "Expenses:Food:Groceries": (["Whole Foods", "Trader Joe's", "Safeway", "Costco"], 95.0, 0.32),
    "Expenses:Food:Restaurants": (["Chipotle", "Sweetgreen", "Tartine", "Nopa", "Blue Bottle"], 38.0, 0.3),
    "Expenses:Transport:Rideshare": (["Uber", "Lyft"], 21.0, 0.12),
    "Expenses:Shopping:Clothing": (["Uniqlo", "REI", "Nordstrom"], 85.0, 0.04),
    "Expenses:Entertainment:Streaming": (["Netflix", "Spotify"], 14.0, 0.0),
}


def _beancount_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24203)
    rows: list[dict[str, Any]] = []
    seen: set[tuple[str, str, str]] = set()

    def txn(day: pd.Timestamp, payee: str, narration: str, legs: list[tuple[str, float, str, str]], tag: str = "",
            flag: str | None = None) -> None:  # fmt: skip
        key = (f"{day:%Y-%m-%d}", payee, narration)
        k = 2
        while key in seen:
            key = (key[0], payee, f"{narration} ({k})")
            k += 1
        seen.add(key)
        f = flag or ("!" if rng.random() < 0.05 else "*")
        for account, number, currency, cost in legs:
            rows.append(
                {
                    "date": key[0],
                    "flag": f,
                    "payee": payee,
                    "narration": key[2],
                    "account": account,
                    "number": round(number, 2) if currency != "VTI" else round(number, 3),
                    "currency": currency,
                    "cost": cost,
                    "tags": tag,
                    "links": "",
                }
            )

    for day in pd.date_range("2023-01-01", "2023-12-31", freq="D"):
        trip = pd.Timestamp("2023-05-12") <= day <= pd.Timestamp("2023-05-21")
        if day.day == 1:
            txn(day, "Mission Property Mgmt", "Rent", [("Expenses:Housing:Rent", 3150.0, "USD", ""),
                ("Assets:Bank:Checking", -3150.0, "USD", "")])  # fmt: skip
            bill = round(float(rng.uniform(60, 180)), 2)
            txn(day, "PG&E", "Electric bill", [("Expenses:Utilities:Electric", bill, "USD", ""),
                ("Assets:Bank:Checking", -bill, "USD", "")])  # fmt: skip
            for name, price in (("Netflix", 15.49), ("Spotify", 10.99)):
                txn(day, name, "Subscription", [("Expenses:Entertainment:Streaming", price, "USD", ""),
                    ("Liabilities:CreditCard:Visa", -price, "USD", "")])  # fmt: skip
        if day.day in (15, 30) or (day.month == 2 and day.day == 28):
            pay = round(4180.0 * (1.04 if day.month >= 7 else 1.0) + float(rng.normal(0, 40)), 2)
            if day.month == 3 and day.day == 15:
                pay += 6500.0
            txn(day, "Acme Corp", "Paycheck", [("Assets:Bank:Checking", pay, "USD", ""),
                ("Income:Salary", -pay, "USD", "")])  # fmt: skip
        if day.day == 20:
            card = round(float(rng.uniform(1200, 2600)), 2)
            txn(day, "Chase", "Credit card payment", [("Liabilities:CreditCard:Visa", card, "USD", ""),
                ("Assets:Bank:Checking", -card, "USD", "")])  # fmt: skip
        if day.day == 5 and day.month % 2 == 0:
            shares = round(float(rng.uniform(2, 6)), 3)
            px = round(210 + day.month * 2.2 + float(rng.normal(0, 3)), 2)
            txn(day, "Vanguard", "Buy VTI", [("Assets:Brokerage:VTI", shares, "VTI", f"{{{px:.2f} USD}}"),
                ("Assets:Bank:Checking", -round(shares * px, 2), "USD", "")])  # fmt: skip
        if trip:
            for acct, (shops, avg, _) in (
                ("Expenses:Food:Restaurants", (["Time Out Market", "Cervejaria Ramiro", "Pasteis de Belem"], 32, 0)),
                ("Expenses:Transport:Rideshare", (["Bolt", "Uber"], 9, 0)),
            ):
                for _ in range(int(rng.integers(1, 3))):
                    amt = round(float(rng.gamma(3, avg / 3)), 2)
                    txn(day, _one(rng, shops), "Lisbon", [(acct, amt, "EUR", ""),
                        ("Liabilities:CreditCard:Visa", -amt, "EUR", "")], "#trip-lisbon")  # fmt: skip
            if day == pd.Timestamp("2023-05-12"):
                txn(day, "Airbnb", "Alfama apartment", [("Expenses:Travel:Lodging", 1240.0, "EUR", ""),
                    ("Liabilities:CreditCard:Visa", -1240.0, "EUR", "")], "#trip-lisbon")  # fmt: skip
            continue
        if day == pd.Timestamp("2023-03-02"):
            txn(day, "TAP Air Portugal", "Flights SFO-LIS", [("Expenses:Travel:Flights", 1386.4, "USD", ""),
                ("Liabilities:CreditCard:Visa", -1386.4, "USD", "")], "#trip-lisbon")  # fmt: skip
        for acct, (shops, avg, p) in _BC_SHOPS.items():
            if rng.random() < p:
                amt = round(float(rng.gamma(3, avg / 3)), 2)
                shop = _one(rng, shops)
                if acct.endswith("Groceries") and rng.random() < 0.15:
                    cut = round(amt * 0.3, 2)
                    txn(day, shop, "Groceries and household", [(acct, amt - cut, "USD", ""),
                        ("Expenses:Home:Supplies", cut, "USD", ""),
                        ("Liabilities:CreditCard:Visa", -amt, "USD", "")])  # fmt: skip
                else:
                    txn(day, shop, "", [(acct, amt, "USD", ""), ("Liabilities:CreditCard:Visa", -amt, "USD", "")])
    return pd.DataFrame(rows)


def _bc_exp(df: pd.DataFrame, currency: str) -> pd.DataFrame:
    return df[_text(df, "account").str.startswith("Expenses:") & (_text(df, "currency") == currency)]


def _bc_top3(df: pd.DataFrame) -> list[str]:
    e = _bc_exp(df, "USD")
    top = e.groupby("account")["number"].sum().sort_values(ascending=False).index[:3]
    return [a.split(":")[-1] for a in top]


def _bc_trip(currency: str) -> Callable[[pd.DataFrame], float]:
    def total(df: pd.DataFrame) -> float:
        e = _bc_exp(df, currency)
        return float(e.loc[_text(e, "tags").str.contains("trip-lisbon"), "number"].sum())

    return total


def _bc_flagged(distinct: bool) -> Callable[[pd.DataFrame], int]:
    def n(df: pd.DataFrame) -> int:
        f = df[_text(df, "flag") == "!"]
        return len(f.drop_duplicates(["date", "payee", "narration"])) if distinct else len(f)

    return n


def _bc_monthly_salary(df: pd.DataFrame) -> float:
    s = df[_text(df, "account") == "Income:Salary"]
    return float(-s.groupby(s["date"].str[:7])["number"].sum().mean())


def _all_leaves(values: Callable[[pd.DataFrame], list[str]]) -> Check:
    def check(answer: str, df: pd.DataFrame) -> str | None:
        for v in values(df):
            why = _named(lambda d, v=v: v)(answer, df)
            if why:
                return why
        return None

    return check


_BC_QS = [
    Q(
        "how much did i spend on groceries this year",
        _money(lambda df: df.loc[_text(df, "account") == "Expenses:Food:Groceries", "number"].sum()),
        ("account", "number"),
    ),
    Q(
        "what are my top 3 spending categories in dollars",
        _all_leaves(_bc_top3),
        ("account", "number", "currency"),
    ),
    Q(
        "what did the lisbon trip cost me in euros",
        _money(_bc_trip("EUR")),
        ("tags", "account", "number", "currency"),
    ),
    Q(
        "and in dollars?",
        _money(_bc_trip("USD")),
        ("tags", "account", "number", "currency"),
    ),
    Q(
        "how many transactions are still flagged with !",
        either(_count(_bc_flagged(True)), _count(_bc_flagged(False))),
        ("flag", "date", "payee", "narration"),
    ),
    Q(
        "how much salary do i make per month on average",
        _money(_bc_monthly_salary),
        ("account", "number", "date"),
    ),
]


# --- 4. Flightradar24 My Flights export ----------------------------------------------------------------------------

_FR_AIRPORTS = {
    "SFO": ("San Francisco", "KSFO", 37.62, -122.38),
    "LAX": ("Los Angeles", "KLAX", 33.94, -118.41),
    "SEA": ("Seattle", "KSEA", 47.45, -122.31),
    "DEN": ("Denver", "KDEN", 39.86, -104.67),
    "ORD": ("Chicago", "KORD", 41.98, -87.90),
    "JFK": ("New York", "KJFK", 40.64, -73.78),
    "BOS": ("Boston", "KBOS", 42.36, -71.01),
    "HNL": ("Honolulu", "PHNL", 21.32, -157.92),
    "NRT": ("Tokyo", "RJAA", 35.77, 140.39),
    "LHR": ("London", "EGLL", 51.47, -0.45),
    "MEX": ("Mexico City", "MMMX", 19.44, -99.07),
}
_FR_DEST_W = [0, 6, 4, 3, 3, 3, 2, 1.5, 0.6, 0.8, 1]
_FR_AIRLINES = {
    "United Airlines / UA (UAL)": (
        "UA",
        ["Boeing 737-924(ER) (B739)", "Airbus A320-232 (A320)", "Boeing 787-9 (B789)"],
    ),
    "Alaska Airlines / AS (ASA)": ("AS", ["Boeing 737-990(ER) (B739)", "Boeing 737-8 MAX (B38M)"]),
    "Delta Air Lines / DL (DAL)": ("DL", ["Airbus A321-211 (A321)", "Airbus A330-941 (A339)"]),
    "Southwest Airlines / WN (SWA)": ("WN", ["Boeing 737-7H4 (B737)", "Boeing 737-8 MAX (B38M)"]),
    "British Airways / BA (BAW)": ("BA", ["Boeing 777-236(ER) (B772)"]),
}


def _fr_miles(a: str, b: str) -> int:
    _, _, la1, lo1 = _FR_AIRPORTS[a]
    _, _, la2, lo2 = _FR_AIRPORTS[b]
    p1, p2, dl = np.radians(la1), np.radians(la2), np.radians(lo2 - lo1)
    c = np.sin(p1) * np.sin(p2) + np.cos(p1) * np.cos(p2) * np.cos(dl)
    return round(3958.8 * float(np.arccos(np.clip(c, -1, 1))))


def _fr_label(code: str) -> str:
    city, icao, _, _ = _FR_AIRPORTS[code]
    return f"{city} / {code} ({icao})"


def _flightradar_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24204)
    rows = []
    codes = list(_FR_AIRPORTS)
    airlines = list(_FR_AIRLINES)
    for _ in range(180):
        day = pd.Timestamp("2018-01-01") + pd.Timedelta(days=int(rng.integers(0, 7 * 365)))
        if day.year == 2020 and rng.random() < 0.7:
            day = day + pd.DateOffset(years=int(rng.integers(1, 4)))
        dest = _one(rng, codes, _FR_DEST_W)
        if dest == "LHR":
            airline = _one(rng, ["British Airways / BA (BAW)", "United Airlines / UA (UAL)"])
        elif dest in ("NRT", "HNL", "MEX"):
            airline = "United Airlines / UA (UAL)"
        else:
            airline = _one(rng, airlines[:4], [5, 3, 2, 2])
        iata, planes = _FR_AIRLINES[airline]
        miles = _fr_miles("SFO", dest)
        for leg, (a, b) in enumerate((("SFO", dest), (dest, "SFO"))):
            if leg == 1 and rng.random() < 0.08:
                continue
            d = day + pd.Timedelta(days=int(rng.integers(2, 12))) if leg else day
            long_haul = miles > 2600 and len(planes) > 1 and airline != "Alaska Airlines / AS (ASA)"
            plane = planes[-1] if long_haul else _one(rng, planes[:-1] if len(planes) > 2 else planes)
            secs = int((miles / 470 + 0.45) * 3600 + rng.normal(0, 900)) + (1800 if leg == 0 and miles > 2000 else 0)
            dep = int(rng.integers(6 * 3600, 22 * 3600)) // 300 * 300
            arr = (dep + secs) % 86400
            rows.append(
                {
                    "Date": f"{d:%Y-%m-%d}",
                    "Flight number": f"{iata}{int(rng.integers(10, 2400))}",
                    "From": _fr_label(a),
                    "To": _fr_label(b),
                    "Dep time": f"{dep // 3600:02d}:{dep // 60 % 60:02d}:00",
                    "Arr time": f"{arr // 3600:02d}:{arr // 60 % 60:02d}:00",
                    "Duration": f"{secs // 3600:02d}:{secs // 60 % 60:02d}:{secs % 60:02d}",
                    "Airline": airline,
                    "Aircraft": plane,
                    "Registration": f"N{int(rng.integers(100, 999))}{''.join(rng.choice(list('ABCDEFGHJKLMNP'), 2))}"
                    if iata != "BA"
                    else f"G-{''.join(rng.choice(list('ABCDEFGHIJKLMNOPQRSTUVWXYZ'), 4))}",
                    "Seat number": "" if rng.random() < 0.1 else f"{int(rng.integers(1, 45))}{_one(rng, 'ABCDEF')}",
                    "Seat type": int(_one(rng, [1, 2, 3], [5, 1, 4])),
                    "Flight class": int(_one(rng, [1, 2, 3, 4], [7, 1, 0.2, 2])),
                    "Flight reason": int(_one(rng, [1, 2, 4], [6, 3, 0.3])),
                    "Note": _one(rng, ["upgrade!", "delayed 2h", "wifi broken", "red-eye"])
                    if rng.random() < 0.08
                    else "",
                    "Distance": f"{miles + int(rng.integers(-3, 4)):,} mi",
                }
            )
    out = pd.DataFrame(rows)
    return out.sort_values(["Date", "Dep time"], kind="stable").reset_index(drop=True)


def _fr_hours(df: pd.DataFrame) -> pd.Series:
    parts = df["Duration"].astype("string").str.split(":", expand=True).astype(float)
    return parts[0] + parts[1] / 60 + parts[2] / 3600


def _fr_longest(df: pd.DataFrame) -> pd.Series:
    return df.loc[_fr_hours(df).idxmax()]


_FR_QS = [
    Q(
        "how many flights did i take in 2023",
        _count(lambda df: int((pd.to_datetime(df["Date"]).dt.year == 2023).sum())),
        ("Date",),
    ),
    Q(
        "which airline do i fly the most",
        _lead(_named(lambda df: _top(_text(df, "Airline").str.split(" / ").str[0].value_counts()))),
        ("Airline",),
    ),
    Q(
        "total miles flown?",
        _about(lambda df: _num(df, "Distance").sum(), rel=0.005),
        ("Distance",),
    ),
    Q(
        "what was my longest flight time-wise",
        either(
            _named(lambda df: str(_fr_longest(df)["Flight number"])),
            _named(lambda df: str(_fr_longest(df)["To"]).split(" / ")[0]),
        ),
        ("Duration", "Date", "Flight number", "From", "To"),
    ),
    Q(
        "avg flight length in hours",
        _hours_or_minutes(lambda df: float(_fr_hours(df).mean())),
        ("Duration",),
    ),
    Q(
        "how many different plane types have i been on",
        _count(lambda df: int(_text(df, "Aircraft").nunique())),
        ("Aircraft",),
    ),
]


# --- 5. State DOT wildlife-vehicle collision reports ---------------------------------------------------------------

_WV_SPECIES = {
    "White-tailed Deer": (50, [1, 1, 1, 1.2, 1.5, 1.8, 1.4, 1.4, 1.6, 2.6, 4.2, 2.2]),
    "Mule Deer": (22, [1, 1, 1, 1.3, 1.8, 1.4, 1.1, 1.1, 1.6, 2.8, 3.4, 1.8]),
    "Elk": (7, [1.5, 1.5, 1.2, 1, 1, 1, 1, 1, 1.6, 2.4, 2, 1.8]),
    "Moose": (2, [1] * 12),
    "Black Bear": (2.5, [0, 0, 0.3, 1, 1.5, 1.8, 1.8, 2, 1.8, 1.2, 0.3, 0]),
    "Coyote": (6, [1] * 12),
    "Raccoon": (7, [0.6, 0.6, 0.8, 1, 1.2, 1.4, 1.5, 1.4, 1.2, 1, 0.8, 0.6]),
    "Wild Turkey": (3.5, [0.6, 0.6, 1, 1.6, 1.8, 1.2, 1, 1, 1, 1, 0.8, 0.6]),
}
_WV_ROADS = {
    "I-80": ("Summit", "District 3", 40.70, -111.0),
    "US-287": ("Larimer", "District 4", 40.60, -105.2),
    "SH-9": ("Grand", "District 3", 40.00, -106.1),
    "I-25": ("Douglas", "District 1", 39.40, -104.9),
    "US-40": ("Routt", "District 3", 40.45, -106.8),
    "SH-14": ("Jackson", "District 4", 40.70, -106.3),
    "US-160": ("La Plata", "District 5", 37.25, -107.9),
    "I-70": ("Eagle", "District 3", 39.64, -106.6),
}
_WV_ROAD_W = [3, 5, 2, 3, 2.5, 1, 2.5, 4]


def _wildlife_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24205)
    rows = []
    species = list(_WV_SPECIES)
    roads = list(_WV_ROADS)
    per_year = {2019: 560, 2020: 520, 2021: 600, 2022: 640, 2023: 610}
    k = 0
    for year, n in per_year.items():
        for _ in range(n):
            sp = _one(rng, species, [v[0] for v in _WV_SPECIES.values()])
            month = int(_one(rng, list(range(1, 13)), _WV_SPECIES[sp][1]))
            day = pd.Timestamp(year, month, 1) + pd.Timedelta(days=int(rng.integers(0, 28)))
            road = _one(rng, roads, _WV_ROAD_W)
            if sp == "Moose":
                road = _one(rng, ["SH-14", "SH-9", "US-40"])
            county, district, lat, lon = _WV_ROADS[road]
            k += 1
            gps = rng.random() > 0.03
            age = _one(rng, ["Adult", "Yearling", "Fawn/Calf", "Unknown"], [6, 2, 1.2 if month > 5 else 0.2, 1])
            rows.append(
                {
                    "Report ID": f"WVC-{year}-{k:05d}",
                    "Date": f"{day:%m/%d/%Y}",
                    "Species": sp,
                    "Sex": _one(rng, ["Male", "Female", "Unknown"], [4, 4.5, 2]),
                    "Age": age,
                    "Highway": road,
                    "Milepost": round(float(rng.uniform(0, 180)), 1),
                    "County": county,
                    "District": district,
                    "Reported By": _one(rng, ["Maintenance Crew", "Trooper", "Public", "Contractor"], [6, 2, 2, 1]),
                    "Latitude": round(lat + float(rng.normal(0, 0.2)), 5) if gps else 0,
                    "Longitude": round(lon + float(rng.normal(0, 0.2)), 5) if gps else 0,
                    "Removed": "Y"
                    if rng.random() < (0.93 if sp in ("Elk", "Moose", "White-tailed Deer") else 0.8)
                    else "N",
                }
            )
    return pd.DataFrame(rows)


def _wv_deer_month(species: tuple[str, ...]) -> Callable[[pd.DataFrame], int]:
    def month(df: pd.DataFrame) -> int:
        d = pd.to_datetime(df["Date"], format="%m/%d/%Y")
        return int(_top(d[_text(df, "Species").isin(species)].dt.month.value_counts()))

    return month


_WV_QS = [
    Q(
        "what animal gets hit the most",
        _lead(_named(lambda df: _top(_text(df, "Species").value_counts()))),
        ("Species",),
    ),
    Q(
        "which month is worst for deer",
        either(
            _lead(_month_of(_wv_deer_month(("White-tailed Deer", "Mule Deer")))),
            _lead(_month_of(_wv_deer_month(("White-tailed Deer",)))),
        ),
        ("Species", "Date"),
    ),
    Q(
        "how many elk and moose were hit in 2022",
        _count(
            lambda df: int(
                (
                    _text(df, "Species").isin(["Elk", "Moose"])
                    & (pd.to_datetime(df["Date"], format="%m/%d/%Y").dt.year == 2022)
                ).sum()
            )
        ),
        ("Species", "Date"),
    ),
    Q(
        "which road has the most collisions",
        _lead(_named(lambda df: _top(_text(df, "Highway").value_counts()))),
        ("Highway",),
    ),
    Q(
        "what percent of carcasses were left on the road and not removed",
        _share(lambda df: (_text(df, "Removed") == "N").mean()),
        ("Removed",),
    ),
    Q(
        "of the black bears, how many were female",
        _count(lambda df: int(((_text(df, "Species") == "Black Bear") & (_text(df, "Sex") == "Female")).sum())),
        ("Species", "Sex"),
    ),
]


# --- 6. County treasurer tax lien sale list ------------------------------------------------------------------------

_TL_CITIES = ["MILLBROOK", "CEDAR FALLS", "RIVERTON", "OAK HILL", "FAIRVIEW", "PINE GROVE"]
_TL_CITY_W = [9, 5, 4, 3, 2, 1.5]
_TL_STREETS = ["MAIN ST", "OAK AVE", "MAPLE DR", "2ND ST", "LINCOLN RD", "RIVER RD", "ELM ST", "COUNTY RD 12"]
_TL_FIRST = ["JOHN", "MARY", "ROBERT", "LINDA", "JAMES", "PATRICIA", "DAVID", "BARBARA", "GARY", "SANDRA"]
_TL_LAST = ["SMITH", "JOHNSON", "MILLER", "DAVIS", "WILSON", "MOORE", "TAYLOR", "ANDERSON", "HARRIS", "CLARK"]
_TL_LLCS = ["HIGHPOINT HOLDINGS LLC", "BLUE RIVER PROPERTIES LLC", "MIDWEST LAND TRUST"]
_TL_CLASSES = {"Residential": (60, 140000), "Commercial": (10, 420000), "Vacant Land": (20, 30000),
               "Agricultural": (10, 210000)}  # fmt: skip


def _lien_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24206)
    parcels = []
    for _ in range(900):
        cls = _one(rng, list(_TL_CLASSES), [v[0] for v in _TL_CLASSES.values()])
        owner = f"{_one(rng, _TL_LAST)} {_one(rng, _TL_FIRST)}"
        if rng.random() < 0.07:
            owner = _one(rng, _TL_LLCS, [5, 2, 1])
            cls = _one(rng, ["Commercial", "Residential", "Vacant Land"], [3, 2, 1])
        if rng.random() < 0.2:
            owner += f" & {_one(rng, _TL_FIRST)}"
        value = round(_TL_CLASSES[cls][1] * float(rng.lognormal(0, 0.45)), -2)
        parcels.append(
            (
                f"{int(rng.integers(10, 40))}-{int(rng.integers(100, 999))}-{int(rng.integers(1, 40)):02d}-"
                f"{int(rng.integers(1, 999)):03d}",
                owner,
                f"{int(rng.integers(100, 9999))} {_one(rng, _TL_STREETS)}",
                _one(rng, _TL_CITIES, _TL_CITY_W),
                cls,
                value,
            )
        )
    rows: list[dict[str, Any]] = []
    for pid, owner, addr, city, cls, value in parcels:
        first = int(rng.integers(2019, 2024))
        years = [first] + ([first + 1] if first < 2023 and rng.random() < 0.3 else [])
        for year in years:
            rate_tax = 0.021 if cls == "Commercial" else 0.016
            taxes = round(value * rate_tax * float(rng.uniform(0.4, 1.0)), 2)
            pen = round(taxes * float(rng.uniform(0.04, 0.18)), 2)
            sale = pd.Timestamp(year + 1, 11, 1) + pd.Timedelta(days=int(rng.integers(0, 14)))
            status = _one(rng, ["Sold", "Redeemed", "Struck Off to County", "Withdrawn"], [50, 25, 12, 8])
            if cls == "Vacant Land" and rng.random() < 0.3:
                status = "Struck Off to County"
            sold = status in ("Sold", "Redeemed")
            base = {"Residential": 6, "Commercial": 8, "Vacant Land": 11, "Agricultural": 5}[cls]
            rows.append(
                {
                    "Parcel ID": pid,
                    "Owner Name": owner,
                    "Property Address": addr,
                    "City": city,
                    "Tax Year": year,
                    "Taxes Due ($)": taxes,
                    "Interest & Penalties ($)": pen,
                    "Total Due ($)": round(taxes + pen, 2),
                    "Property Class": cls,
                    "Assessed Value": value,
                    "Sale Date": f"{sale:%m/%d/%Y}",
                    "Lien Status": status,
                    "Winning Bid Rate (%)": round(float(np.clip(rng.normal(base, 2.5), 0.25, 18)), 2) if sold else None,
                    "Bidder Number": int(rng.integers(101, 260)) if sold else None,
                }
            )
    out = pd.DataFrame(rows).sort_values(["Tax Year", "Parcel ID"], kind="stable").reset_index(drop=True)
    money = ["Taxes Due ($)", "Interest & Penalties ($)", "Total Due ($)"]
    total = {c: None for c in out.columns} | {"Parcel ID": "TOTAL"} | {c: round(out[c].sum(), 2) for c in money}
    out = pd.concat([out, pd.DataFrame([total])], ignore_index=True)
    out["Bidder Number"] = out["Bidder Number"].astype("Int64")
    out["Tax Year"] = out["Tax Year"].astype("Int64")
    return out


def _tl(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Parcel ID").str.upper() != "TOTAL"]


def _tl_sold(both: bool) -> Callable[[pd.DataFrame], int]:
    keep = ["Sold", "Redeemed"] if both else ["Sold"]
    return lambda df: int(_text(_tl(df), "Lien Status").isin(keep).sum())


_TL_QS = [
    Q(
        "how much is owed in total",
        _money(lambda df: _tl(df)["Total Due ($)"].sum()),
        ("Total Due ($)",),
    ),
    Q(
        "how many liens were sold",
        either(_count(_tl_sold(False)), _count(_tl_sold(True))),
        ("Lien Status",),
    ),
    Q(
        "avg winning interest rate for each property type",
        _about(lambda df: _tl(df).groupby("Property Class")["Winning Bid Rate (%)"].mean().to_numpy(), rel=0.005),
        ("Property Class", "Winning Bid Rate (%)"),
    ),
    Q(
        "which town has the most delinquent properties",
        _lead(_named(lambda df: _top(_text(_tl(df), "City").value_counts()))),
        ("City", "Parcel ID"),
    ),
    Q(
        "who owes the most money",
        _lead(_named(lambda df: _top(_tl(df).groupby(_text(_tl(df), "Owner Name"))["Total Due ($)"].sum()))),
        ("Owner Name", "Total Due ($)", "Parcel ID"),
    ),
    Q(
        "what share ended up struck off to the county",
        _share(lambda df: (_text(_tl(df), "Lien Status") == "Struck Off to County").mean()),
        ("Lien Status",),
    ),
]


# --- 7. Transit stop-level ridership -------------------------------------------------------------------------------

_TR_STREETS = ["MAIN ST", "BROADWAY", "MARKET ST", "COLFAX AVE", "UNIVERSITY BLVD", "LINCOLN AVE", "PARK AVE"]
_TR_CROSS = ["1ST AVE", "2ND AVE", "5TH AVE", "8TH AVE", "OAK ST", "ELM ST", "PINE ST", "13TH ST", "CENTER ST",
             "HOSPITAL DR", "COLLEGE AVE", "18TH ST"]  # fmt: skip
_TR_ROUTES = {"MAIN ST": ["12", "22"], "BROADWAY": ["14", "122"], "MARKET ST": ["22", "3"], "COLFAX AVE": ["15"],
              "UNIVERSITY BLVD": ["24", "12"], "LINCOLN AVE": ["7", "14"], "PARK AVE": ["3", "220"]}  # fmt: skip
_TR_PERIODS = {"Fall 2022": 0.9, "Spring 2023": 0.97, "Fall 2023": 1.05}


def _transit_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24207)
    rows = []
    sid = 1000
    for street in _TR_STREETS:
        ns = street in ("BROADWAY", "UNIVERSITY BLVD", "PARK AVE")
        for cross in _TR_CROSS:
            for direction in ("NB", "SB") if ns else ("EB", "WB"):
                sid += int(rng.integers(1, 20))
                routes = list(_TR_ROUTES[street])
                if rng.random() < 0.25:
                    routes.append(_one(rng, ["2", "8", "32", "40"]))
                if rng.random() < 0.15 and len(routes) > 1:
                    routes.pop(0)
                base = float(rng.lognormal(3.4, 0.9)) * (1 + 0.4 * (len(routes) - 1))
                if street == "MARKET ST" and cross == "5TH AVE":
                    base = 900.0
                shelter = "Yes" if (base > 40 and rng.random() < 0.7) or rng.random() < 0.15 else "No"
                bench = "Yes" if shelter == "Yes" or rng.random() < 0.4 else "No"
                ada = "Yes" if rng.random() < 0.78 else "No"
                lat, lon = 39.70 + float(rng.uniform(0, 0.1)), -105.05 + float(rng.uniform(0, 0.12))
                for period, f in _TR_PERIODS.items():
                    if rng.random() < 0.04:
                        continue
                    b = base * f * float(rng.uniform(0.85, 1.15))
                    rows.append(
                        {
                            "Stop ID": sid,
                            "Stop Name": f"{street} & {cross}",
                            "Routes": ", ".join(routes),
                            "Direction": direction,
                            "Period": period,
                            "Avg Weekday Boardings": round(b, 1),
                            "Avg Weekday Alightings": round(b * float(rng.uniform(0.6, 1.4)), 1),
                            "Shelter": shelter,
                            "Bench": bench,
                            "ADA Accessible": ada,
                            "Latitude": round(lat, 6),
                            "Longitude": round(lon, 6),
                        }
                    )
    return pd.DataFrame(rows)


def _tr_period(df: pd.DataFrame, period: str) -> pd.DataFrame:
    return df[_text(df, "Period") == period]


def _tr_busiest(both: bool) -> Callable[[pd.DataFrame], str]:
    def top(df: pd.DataFrame) -> str:
        p = _tr_period(df, "Fall 2023")
        score = p["Avg Weekday Boardings"] + (p["Avg Weekday Alightings"] if both else 0)
        return str(p.loc[score.idxmax(), "Stop Name"])

    return top


def _tr_total(period: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_tr_period(df, period)["Avg Weekday Boardings"].sum())


def _tr_route(df: pd.DataFrame, route: str) -> pd.Series:
    return _text(df, "Routes").str.split(r"\s*,\s*").apply(lambda r: route in r)


def _tr_shelter_means(latest: bool) -> Callable[[pd.DataFrame], Any]:
    def means(df: pd.DataFrame) -> Any:
        d = _tr_period(df, "Fall 2023") if latest else df
        return d.groupby("Shelter")["Avg Weekday Boardings"].mean().to_numpy()

    return means


def _tr_ada(how: str) -> Callable[[pd.DataFrame], float]:
    def rate(df: pd.DataFrame) -> float:
        if how == "rows":
            d = df
        elif how == "stops":
            d = df.drop_duplicates("Stop ID")
        else:
            d = _tr_period(df, "Fall 2023")
        return float((_text(d, "ADA Accessible") == "Yes").mean())

    return rate


_TR_QS = [
    Q(
        "which stop is the busiest in fall 2023",
        either(_lead(_named(_tr_busiest(False))), _lead(_named(_tr_busiest(True)))),
        ("Stop Name", "Stop ID", "Period", "Avg Weekday Boardings"),
    ),
    Q(
        "total boardings for each period",
        _about(lambda df: df.groupby("Period")["Avg Weekday Boardings"].sum().to_numpy(), rel=0.002),
        ("Period", "Avg Weekday Boardings"),
    ),
    Q(
        "how much did that change from fall 2022 to fall 2023",
        _change(_tr_total("Fall 2022"), _tr_total("Fall 2023")),
        ("Period", "Avg Weekday Boardings"),
    ),
    Q(
        "how many stops does route 22 serve",
        either(
            _count(lambda df: int(df.loc[_tr_route(df, "22"), "Stop ID"].nunique())),
            _count(lambda df: int(_tr_route(_tr_period(df, "Fall 2023"), "22").sum())),
        ),
        ("Routes", "Stop ID"),
    ),
    Q(
        "do stops with a shelter get more riders on average",
        either(_about(_tr_shelter_means(False)), _about(_tr_shelter_means(True))),
        ("Shelter", "Avg Weekday Boardings"),
    ),
    Q(
        "what share of stops are wheelchair accessible",
        either(*(_share(_tr_ada(h)) for h in ("rows", "stops", "latest"))),
        ("ADA Accessible", "Stop ID"),
    ),
]


HELDOUT242: list[Dataset] = [
    Dataset("greenlight_family_chores_allowance", _greenlight_frame, _GL_QS),
    Dataset("wealthfront_transactions_export", _wealthfront_frame, _WF_QS),
    Dataset("beancount_ledger_postings", _beancount_frame, _BC_QS),
    Dataset("flightradar24_my_flights", _flightradar_frame, _FR_QS),
    Dataset("dot_wildlife_vehicle_collisions", _wildlife_frame, _WV_QS),
    Dataset("county_tax_lien_sale_list", _lien_frame, _TL_QS),
    Dataset("transit_stop_ridership_by_period", _transit_frame, _TR_QS),
]
