"""HELDOUT123: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports an analyst is likely to bring along: a Steam
account's purchase history (Date as "15 Mar, 2021", Items with game names or "Steam Community Market", Type as
Purchase / Gift Purchase / In-Game Purchase / Market Transaction / Refund, Payment Method as Visa / Mastercard /
PayPal / Wallet, Total as "$19.99" text, Wallet Change as "-$4.99" / "+$0.87" text and blank when the wallet was not
touched, Wallet Balance as "$12.34" text, blank likewise); a Vanguard brokerage "transactions" download for two
accounts (Account Number, Trade Date and Settlement Date as "2023-01-17", Transaction Type Buy / Sell / Dividend /
Reinvestment / Funds Received / Sweep in / Sweep out, Transaction Description, upper-case Investment Name, Symbol
blank for cash rows, Shares negative on sells and 0.0 on dividends, Share Price 0.0 where none applies, Principal
Amount and Net Amount negative on buys and reinvestments, Commissions and Fees 0.0, Accrued Interest 0.0, Account
Type CASH, 2019-2024); a Mindbody class visits report (Visit Date as "1/5/2024", Visit Time as "6:00 AM", Client ID
as a nine-digit number repeated over visits, Client Name as "Last, First", Class Name, Staff as "Emily R.", two
locations, Service Category, Pricing Option with some blanks, Visit Type Class, Status Signed In / Late Cancel / No
Show / Booked, Booked Via Online / Mindbody App / Front Desk, January-June 2024); a Square Team timecards export
(First Name, Last Name, Team Member ID "TM..." codes, Location Downtown / Eastside, Job Title, Clock In Date and Clock
Out Date as "01/05/2024", Clock In Time and Clock Out Time as "6:58 AM", Unpaid Breaks in minutes with some blanks,
Paid Hours, Regular Hours and Overtime Hours over eight hours a day, Hourly Rate, Labor Cost, Card Tips and Declared
Cash Tips as "$16.50" text, and a few open shifts at the end with no clock out, hours or cost, January-March 2024);
an IPEDS Data Center graduation-rate export for 2020 (unitid, institution name, year, then "HD2020.State
abbreviation", "HD2020.Sector of institution" as labels such as "Public, 4-year or above", "DRVEF2020.Total
enrollment" with its double space, "DRVGR2020.Graduation rate, total cohort", the bachelor's-within-4-years rate
(blank for 2-year schools), and the men and women rates, each blank where a school had no cohort); OPEC's monthly
crude oil production by member country in thousand barrels a day, wide, one row per month from "Jan-1995" to
"Dec-2024" and one column per member country (IR Iran, UAE, ... plus Qatar, Ecuador, Indonesia and Gabon), blank in
the months a country was not a member, with a "Total OPEC" column that adds up the members; and the Supreme Court
Database's case-centered decisions file for the 1980-2019 terms (caseId "1980-001", docketId, caseIssuesId, voteId,
dateDecision and dateArgument as "11/18/1980", decisionType, usCite "449 U.S. 1" blank for the newest cases,
sctCite, ledCite, lexisCite, term, naturalCourt, chief Burger / Rehnquist / Roberts, docket, upper-case caseName
"SMITH v. JONES", numeric codes for petitioner, respondent, jurisdiction, caseOrigin, caseSource, certReason,
lcDisposition, caseDisposition, partyWinning, precedentAlteration, voteUnclear, issue, issueArea,
decisionDirection, majOpinWriter, majOpinAssigner and splitVote, and majVotes / minVotes with a few blanks). All
are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _shares, _year
from .heldout38 import _hour, _month
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _money(s: pd.Series) -> pd.Series:
    """Amounts written as "$1,234.50", "-$4.99" or "+$0.87" (blanks as NaN)."""
    text = s.astype("string").str.replace(r"[$,+\s]", "", regex=True)
    return pd.to_numeric(text, errors="coerce")


def _top(scores: pd.Series) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores).index[0])


def _dollars(value: Callable[[pd.DataFrame], Any]) -> Check:
    """An amount, in full or in thousands / millions."""
    return _scaled(value, (1e3, 1e6))


def _fmt(x: float) -> str:
    return f"${x:,.2f}"


# --- 1. Steam purchase history -------------------------------------------------------------------------------------

_ST_GAMES = [
    ("Counter-Strike 2 Prime Status Upgrade", 14.99),
    ("Elden Ring", 59.99),
    ("Baldur's Gate 3", 59.99),
    ("Hades", 24.99),
    ("Stardew Valley", 14.99),
    ("Hollow Knight", 14.99),
    ("Cyberpunk 2077", 59.99),
    ("Terraria", 9.99),
    ("Portal 2", 9.99),
    ("Deep Rock Galactic", 29.99),
    ("Valheim", 19.99),
    ("Disco Elysium - The Final Cut", 39.99),
    ("Red Dead Redemption 2", 59.99),
    ("Slay the Spire", 24.99),
    ("Factorio", 35.00),
    ("Among Us", 4.99),
    ("Rocket League", 19.99),
    ("The Witcher 3: Wild Hunt", 39.99),
    ("Celeste", 19.99),
    ("Lethal Company", 9.99),
    ("Vampire Survivors", 4.99),
    ("It Takes Two", 39.99),
    ("Sea of Thieves", 39.99),
    ("Left 4 Dead 2", 9.99),
]
_ST_INGAME = ["Dota 2", "Team Fortress 2", "PUBG: BATTLEGROUNDS", "Apex Legends", "Warframe"]


def _steam_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12301)
    n = 640
    days = np.sort(rng.integers(0, (pd.Timestamp("2024-12-31") - pd.Timestamp("2016-01-01")).days, n))
    balance = 25.0
    rows = []
    for k in days:
        day = pd.Timestamp("2016-01-01") + pd.Timedelta(days=int(k))
        kind = _one(
            rng, ["Purchase", "Gift Purchase", "In-Game Purchase", "Market Transaction", "Refund"], [56, 9, 13, 15, 7]
        )
        if kind == "Market Transaction":
            amount = round(float(rng.gamma(1.2, 1.4)) + 0.03, 2)
            sold = rng.random() < 0.45
            item = "Steam Community Market"
            change = amount * 0.87 if sold else -amount
            if not sold and balance < amount:
                change = amount * 0.87
            balance += change
            rows.append((day, item, kind, "Wallet", amount, change, balance))
            continue
        if kind == "In-Game Purchase":
            item = _one(rng, _ST_INGAME)
            amount = float(_one(rng, [0.99, 2.49, 4.99, 9.99, 19.99], [3, 3, 4, 3, 1]))
        else:
            item, price = _ST_GAMES[int(rng.integers(len(_ST_GAMES)))]
            discount = float(_one(rng, [0, 0.25, 0.5, 0.75], [5, 2, 3, 1]))
            amount = round(price * (1 - discount), 2)
            if kind == "Gift Purchase":
                item = f"{item} (gift)"
        method = str(_one(rng, ["Visa", "Mastercard", "PayPal", "Wallet"], [4, 2, 2, 3]))
        if method == "Wallet" and balance < amount:
            method = "Visa"
        if method == "Wallet":
            change = amount if kind == "Refund" else -amount
            balance += change
            rows.append((day, item, kind, method, amount, change, balance))
        else:
            rows.append((day, item, kind, method, amount, np.nan, np.nan))
    out = pd.DataFrame(rows, columns=["day", "Items", "Type", "Payment Method", "total", "change", "bal"])
    return pd.DataFrame(
        {
            "Date": [f"{d.day} {d:%b}, {d.year}" for d in out["day"]],
            "Items": out["Items"],
            "Type": out["Type"],
            "Payment Method": out["Payment Method"],
            "Total": [_fmt(x) for x in out["total"]],
            "Wallet Change": ["" if np.isnan(x) else ("+" if x > 0 else "-") + _fmt(abs(x)) for x in out["change"]],
            "Wallet Balance": ["" if np.isnan(x) else _fmt(x) for x in out["bal"]],
        }
    )


def _st_total(d: pd.DataFrame) -> pd.Series:
    return _money(d["Total"])


def _st_year_spend(types: tuple[str, ...]) -> Callable[[pd.DataFrame], int]:
    def value(d: pd.DataFrame) -> int:
        years = pd.to_datetime(d["Date"], format="%d %b, %Y").dt.year
        keep = d["Type"].isin(types)
        return int(_top(_st_total(d)[keep].groupby(years[keep]).sum()))

    return value


def _st_wallet(d: pd.DataFrame) -> pd.Series:
    return d["Payment Method"].astype("string").str.strip() == "Wallet"


_STEAM_QS = [
    Q("how many refunds have i had?", _count(lambda d: int((d["Type"] == "Refund").sum())), ("Type",)),
    Q(
        "how much have i spent on normal store purchases in total?",
        _dollars(lambda d: float(_st_total(d)[d["Type"] == "Purchase"].sum())),
        ("Type", "Total"),
    ),
    Q(
        "which year did i spend the most on purchases?",
        either(
            _lead(_year(_st_year_spend(("Purchase",)))),
            _lead(_year(_st_year_spend(("Purchase", "Gift Purchase", "In-Game Purchase")))),
        ),
        ("Date", "Type", "Total"),
    ),
    Q(
        "avg price of the gifts i bought",
        has(lambda d: float(_st_total(d)[d["Type"] == "Gift Purchase"].mean())),
        ("Type", "Total"),
    ),
    Q(
        "what share of my transactions were paid from the steam wallet?",
        _share(lambda d: float(_st_wallet(d).mean())),
        ("Payment Method",),
    ),
    Q(
        "what's the biggest one of those?",
        has(lambda d: float(_st_total(d)[_st_wallet(d)].max())),
        ("Payment Method", "Total", "Items", "Date", "Type"),
    ),
]


# --- 2. Vanguard brokerage transactions ----------------------------------------------------------------------------

_VG_FUNDS = {
    "VTI": ("VANGUARD TOTAL STOCK MARKET ETF", 150.0, 0.0145),
    "VXUS": ("VANGUARD TOTAL INTL STOCK ETF", 55.0, 0.030),
    "BND": ("VANGUARD TOTAL BOND MARKET ETF", 80.0, 0.028),
    "VOO": ("VANGUARD S&P 500 ETF", 250.0, 0.015),
}
_VG_MMF = ("VMFXX", "VANGUARD FEDERAL MONEY MARKET FUND")


def _vg_price(symbol: str, t: pd.Timestamp) -> float:
    base = _VG_FUNDS[symbol][1]
    years = (t - pd.Timestamp("2019-01-01")).days / 365.25
    growth = {"VTI": 0.11, "VXUS": 0.03, "BND": -0.01, "VOO": 0.12}[symbol]
    dip = 0.75 if pd.Timestamp("2020-03-01") <= t < pd.Timestamp("2020-06-01") else 1.0
    return base * (1 + growth) ** years * dip


def _vanguard_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12302)
    accounts = {"48210967": ("VTI", "VXUS", "BND"), "71553802": ("VOO", "VTI", "BND")}
    rows = []
    for acct, funds in accounts.items():
        held = dict.fromkeys(funds, 0.0)
        for month in pd.date_range("2019-01-01", "2024-12-01", freq="MS"):
            day = month + pd.Timedelta(days=int(rng.integers(0, 10)))
            day = day + pd.offsets.BDay(0)
            deposit = float(round(rng.choice([500, 750, 1000, 1500, 2000]) * 1.0, 2))
            rows.append((acct, day, day, "Funds Received", "Funds Received", "CASH", "", 0.0, 1.0, deposit, deposit))
            rows.append(
                (acct, day, day, "Sweep in", "Sweep In", _VG_MMF[1], _VG_MMF[0], deposit, 1.0, -deposit, -deposit)
            )
            bday = day + pd.offsets.BDay(1)
            for sym in funds:
                if rng.random() < 0.55:
                    price = round(_vg_price(sym, bday) * float(rng.normal(1, 0.02)), 2)
                    shares = round(float(rng.uniform(150, 800)) / price, 4)
                    cost = round(shares * price, 2)
                    held[sym] += shares
                    rows.append(
                        (
                            acct,
                            bday,
                            bday + pd.offsets.BDay(1),
                            "Buy",
                            "Buy",
                            _VG_FUNDS[sym][0],
                            sym,
                            shares,
                            price,
                            -cost,
                            -cost,
                        )
                    )
                    rows.append(
                        (
                            acct,
                            bday + pd.offsets.BDay(1),
                            bday + pd.offsets.BDay(1),
                            "Sweep out",
                            "Sweep Out",
                            _VG_MMF[1],
                            _VG_MMF[0],
                            -cost,
                            1.0,
                            cost,
                            cost,
                        )
                    )
            if rng.random() < 0.04:
                sym = funds[int(rng.integers(len(funds)))]
                price = round(_vg_price(sym, bday), 2)
                shares = round(held[sym] * 0.2, 4)
                if shares > 0:
                    held[sym] -= shares
                    amt = round(shares * price, 2)
                    rows.append(
                        (
                            acct,
                            bday,
                            bday + pd.offsets.BDay(1),
                            "Sell",
                            "Sell",
                            _VG_FUNDS[sym][0],
                            sym,
                            -shares,
                            price,
                            amt,
                            amt,
                        )
                    )
            mmf = round(float(rng.uniform(0.5, 4.0)) * (3 if month.year >= 2023 else 1), 2)
            end = month + pd.offsets.BMonthEnd(0)
            rows.append((acct, end, end, "Dividend", "Dividend Received", _VG_MMF[1], _VG_MMF[0], 0.0, 0.0, mmf, mmf))
            if month.month in (3, 6, 9, 12):
                for sym in funds:
                    if held[sym] <= 0:
                        continue
                    price = _vg_price(sym, end)
                    div = round(held[sym] * price * _VG_FUNDS[sym][2] / 4 * float(rng.uniform(0.85, 1.15)), 2)
                    rows.append(
                        (acct, end, end, "Dividend", "Dividend Received", _VG_FUNDS[sym][0], sym, 0.0, 0.0, div, div)
                    )
                    if sym != "BND":
                        sh = round(div / price, 4)
                        held[sym] += sh
                        rows.append(
                            (
                                acct,
                                end,
                                end,
                                "Reinvestment",
                                "Dividend Reinvestment",
                                _VG_FUNDS[sym][0],
                                sym,
                                sh,
                                round(price, 2),
                                -div,
                                -div,
                            )
                        )
    cols = [
        "Account Number",
        "trade",
        "settle",
        "Transaction Type",
        "Transaction Description",
        "Investment Name",
        "Symbol",
        "Shares",
        "Share Price",
        "Principal Amount",
        "Net Amount",
    ]
    out = pd.DataFrame(rows, columns=cols).sort_values(["trade", "Account Number"], kind="stable")
    out = out.iloc[::-1].reset_index(drop=True)
    return pd.DataFrame(
        {
            "Account Number": out["Account Number"],
            "Trade Date": out["trade"].dt.strftime("%Y-%m-%d"),
            "Settlement Date": out["settle"].dt.strftime("%Y-%m-%d"),
            "Transaction Type": out["Transaction Type"],
            "Transaction Description": out["Transaction Description"],
            "Investment Name": out["Investment Name"],
            "Symbol": out["Symbol"],
            "Shares": out["Shares"],
            "Share Price": out["Share Price"],
            "Principal Amount": out["Principal Amount"],
            "Commissions and Fees": 0.0,
            "Net Amount": out["Net Amount"],
            "Accrued Interest": 0.0,
            "Account Type": "CASH",
        }
    )


def _vg_type(d: pd.DataFrame, kind: str) -> pd.Series:
    return d["Transaction Type"].astype("string").str.strip() == kind


def _vg_top_dividend(d: pd.DataFrame) -> str:
    keep = _vg_type(d, "Dividend")
    return _top(d["Net Amount"][keep].groupby(d["Symbol"][keep]).sum())


_VG_ALIASES = {sym: (name,) for sym, (name, _, _) in _VG_FUNDS.items()} | {_VG_MMF[0]: (_VG_MMF[1],)}


def _vg_vti_2023(kinds: tuple[str, ...]) -> pd.Series:
    def rows(d: pd.DataFrame) -> pd.Series:
        year = pd.to_datetime(d["Trade Date"]).dt.year
        return d["Transaction Type"].isin(kinds) & (d["Symbol"] == "VTI") & (year == 2023)

    return rows


def _vg_invested(kinds: tuple[str, ...]) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(-d["Net Amount"][_vg_vti_2023(kinds)(d)].sum())


def _vg_avg_price(kinds: tuple[str, ...], weighted: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        sel = d[_vg_vti_2023(kinds)(d)]
        if weighted:
            return float(-sel["Principal Amount"].sum() / sel["Shares"].sum())
        return float(sel["Share Price"].mean())

    return value


_BUY = ("Buy",)
_BUY_RE = ("Buy", "Reinvestment")

_VANGUARD_QS = [
    Q("how many buys are there?", _count(lambda d: int(_vg_type(d, "Buy").sum())), ("Transaction Type",)),
    Q(
        "how much have i gotten in dividends overall",
        _dollars(lambda d: float(d["Net Amount"][_vg_type(d, "Dividend")].sum())),
        ("Transaction Type", "Net Amount"),
    ),
    Q(
        "which fund paid me the most dividends?",
        _lead(_named(_vg_top_dividend, _VG_ALIASES)),
        ("Transaction Type", "Net Amount", "Symbol", "Investment Name"),
    ),
    Q(
        "how much money did i put into VTI in 2023?",
        either(_dollars(_vg_invested(_BUY)), _dollars(_vg_invested(_BUY_RE))),
        ("Trade Date", "Transaction Type", "Symbol", "Net Amount", "Principal Amount", "Shares", "Share Price"),
    ),
    Q(
        "what did i pay per share on average for it that year?",
        either(
            has(_vg_avg_price(_BUY, False)),
            has(_vg_avg_price(_BUY, True)),
            has(_vg_avg_price(_BUY_RE, False)),
            has(_vg_avg_price(_BUY_RE, True)),
        ),
        ("Trade Date", "Transaction Type", "Symbol", "Share Price", "Shares", "Principal Amount", "Net Amount"),
    ),
    Q(
        "how many transactions in each account?",
        _count(lambda d: d.groupby("Account Number").size().to_numpy()),
        ("Account Number",),
    ),
]


# --- 3. Mindbody class visits --------------------------------------------------------------------------------------

# class name, service category, staff, location, weekdays (Mon=0), hour, popularity
_MB_SCHEDULE = [
    ("Vinyasa Flow 60", "Yoga Classes", "Emily R.", "Downtown", (0, 2, 4), 6, 9),
    ("Vinyasa Flow 60", "Yoga Classes", "Marcus T.", "Downtown", (1, 3), 18, 12),
    ("Hot Power Yoga", "Yoga Classes", "Priya S.", "Downtown", (0, 1, 2, 3), 17, 14),
    ("Hot Power Yoga", "Yoga Classes", "Emily R.", "Westside", (5,), 9, 16),
    ("Barre Burn", "Barre", "Jess K.", "Westside", (0, 2), 9, 8),
    ("Barre Burn", "Barre", "Jess K.", "Downtown", (1, 3), 12, 6),
    ("Yin & Restore", "Yoga Classes", "Marcus T.", "Westside", (6,), 16, 7),
    ("HIIT Express", "Strength & HIIT", "Dan O.", "Westside", (0, 1, 2, 3, 4), 7, 6),
    ("Sculpt & Tone", "Strength & HIIT", "Priya S.", "Westside", (1, 4), 18, 9),
    ("Beginner Yoga", "Yoga Classes", "Sofia L.", "Downtown", (5, 6), 11, 10),
    ("Pilates Mat", "Barre", "Sofia L.", "Westside", (2, 4), 12, 5),
]
_MB_FIRST = "Ava;Liam;Mia;Noah;Emma;Olivia;Ethan;Chloe;Grace;Lucas;Hannah;Maya;Zoe;Nora;Owen;Leah;Isla;Ben;Ruby;Jack"
_MB_LAST = "Nguyen;Smith;Patel;Garcia;Kim;Brown;Lee;Martin;Chen;Lopez;Walker;Young;Hall;Khan;Rossi;Cohen;Diaz;Ward"
_MB_OPTIONS = ("Unlimited Monthly", "10 Class Pack", "5 Class Pack", "Drop-In", "Intro Offer - 2 Weeks Unlimited")


def _mindbody_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12303)
    firsts, lasts = _MB_FIRST.split(";"), _MB_LAST.split(";")
    clients = []
    for i in range(260):
        clients.append(
            (
                str(100_004_000 + i * 37 + int(rng.integers(0, 30))),
                f"{_one(rng, lasts)}, {_one(rng, firsts)}",
                str(_one(rng, _MB_OPTIONS, [4, 3, 2, 2, 1])),
                float(rng.gamma(1.5, 1.0)),
            )
        )
    weights = np.array([c[3] for c in clients])
    weights = weights / weights.sum()
    rows = []
    for day in pd.date_range("2024-01-01", "2024-06-30"):
        for name, cat, staff, loc, wdays, hour, pop in _MB_SCHEDULE:
            if day.dayofweek not in wdays:
                continue
            size = int(rng.poisson(pop * 0.65))
            if day.month == 1:
                size += int(rng.poisson(3))
            picks = rng.choice(len(clients), size=min(size, 30), replace=False, p=weights)
            for c in picks:
                cid, cname, option, _ = clients[int(c)]
                status = _one(rng, ["Signed In", "Late Cancel", "No Show"], [86, 8 if loc == "Downtown" else 5, 5])
                if day > pd.Timestamp("2024-06-27"):
                    status = "Booked"
                rows.append(
                    {
                        "Visit Date": f"{day.month}/{day.day}/{day.year}",
                        "Visit Time": f"{hour % 12 or 12}:00 {'AM' if hour < 12 else 'PM'}",
                        "Client ID": cid,
                        "Client Name": cname,
                        "Class Name": name,
                        "Staff": staff,
                        "Location": loc,
                        "Service Category": cat,
                        "Pricing Option": "" if rng.random() < 0.03 else option,
                        "Visit Type": "Class",
                        "Status": status,
                        "Booked Via": _one(rng, ["Online", "Mindbody App", "Front Desk"], [3, 5, 2]),
                    }
                )
    return pd.DataFrame(rows)


def _mb_signed(d: pd.DataFrame) -> pd.Series:
    return d["Status"] == "Signed In"


def _mb_hour(signed_only: bool) -> Callable[[pd.DataFrame], int]:
    def value(d: pd.DataFrame) -> int:
        sel = d[_mb_signed(d)] if signed_only else d
        hours = pd.to_datetime(sel["Visit Time"], format="%I:%M %p").dt.hour
        return int(_top(hours.value_counts()))

    return value


def _mb_late_rates(d: pd.DataFrame) -> list[float]:
    return (d["Status"] == "Late Cancel").groupby(d["Location"]).mean().sort_index().tolist()


_MINDBODY_QS = [
    Q("how many no shows were there", _count(lambda d: int((d["Status"] == "No Show").sum())), ("Status",)),
    Q(
        "which class is the most popular?",
        either(
            _lead(_named(lambda d: _top(d["Class Name"].value_counts()))),
            _lead(_named(lambda d: _top(d["Class Name"][_mb_signed(d)].value_counts()))),
        ),
        ("Class Name", "Status"),
    ),
    Q(
        "how many different people came to class?",
        either(
            _count(lambda d: int(d["Client ID"].nunique())),
            _count(lambda d: int(d["Client ID"][_mb_signed(d)].nunique())),
        ),
        ("Client ID", "Client Name", "Status"),
    ),
    Q(
        "busiest time of day?",
        either(_lead(_hour(_mb_hour(False))), _lead(_hour(_mb_hour(True)))),
        ("Visit Time", "Status"),
    ),
    Q(
        "late cancel rate at each location",
        _shares(_mb_late_rates),
        ("Status", "Location"),
    ),
    Q(
        "and which instructor has the most people actually signed in?",
        _lead(_named(lambda d: _top(d["Staff"][_mb_signed(d)].value_counts()))),
        ("Staff", "Status"),
    ),
]


# --- 4. Square timecards -------------------------------------------------------------------------------------------

# first, last, location, job, hourly rate, shifts a week
_SQ_TEAM = [
    ("Maria", "Lopez", "Downtown", "Shift Lead", 19.50, 5),
    ("Tyler", "Brooks", "Downtown", "Barista", 16.50, 4),
    ("Aisha", "Bello", "Downtown", "Barista", 16.00, 5),
    ("Kevin", "Tran", "Downtown", "Barista", 16.00, 3),
    ("Sam", "Ortiz", "Downtown", "Baker", 18.00, 5),
    ("Jordan", "Price", "Downtown", "Cashier", 15.50, 3),
    ("Hana", "Sato", "Eastside", "Shift Lead", 19.00, 5),
    ("Leo", "Marino", "Eastside", "Barista", 16.50, 4),
    ("Chloe", "Dubois", "Eastside", "Barista", 16.00, 4),
    ("Devon", "Reid", "Eastside", "Barista", 15.75, 2),
    ("Ingrid", "Berg", "Eastside", "Baker", 18.50, 4),
    ("Omar", "Haddad", "Eastside", "Cashier", 15.50, 3),
    ("Rosa", "Vega", "Eastside", "Cashier", 15.50, 2),
]


def _clock(t: pd.Timestamp) -> str:
    return f"{t.hour % 12 or 12}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"


def _square_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12304)
    rows = []
    for i, (first, last, loc, job, rate, per_week) in enumerate(_SQ_TEAM):
        tm = f"TM{int(rng.integers(10**7, 10**8))}"
        for day in pd.date_range("2024-01-01", "2024-03-31"):
            if rng.random() > per_week / 7:
                continue
            start_h = {"Baker": 5, "Shift Lead": 6}.get(job, int(_one(rng, [6, 7, 10, 12], [3, 3, 2, 2])))
            start = day + pd.Timedelta(hours=start_h, minutes=int(rng.integers(-8, 12)))
            length = float(np.clip(rng.normal(8.0 if job in ("Shift Lead", "Baker") else 6.5, 1.1), 3.5, 10.5))
            end = start + pd.Timedelta(minutes=int(length * 60))
            brk = int(_one(rng, [0, 30, 30, 45])) if length > 5 else 0
            paid = round((end - start).total_seconds() / 3600 - brk / 60, 2)
            regular = min(paid, 8.0)
            overtime = round(max(0.0, paid - 8.0), 2)
            cost = round(regular * rate + overtime * rate * 1.5, 2)
            tips = round(float(rng.gamma(2.0, 9.0)), 2) if job != "Baker" else 0.0
            cash = "" if rng.random() < 0.3 else _fmt(round(float(rng.uniform(0, 15)), 2))
            rows.append(
                [
                    first,
                    last,
                    tm,
                    loc,
                    job,
                    start,
                    end,
                    "" if rng.random() < 0.04 else brk,
                    paid,
                    regular,
                    overtime,
                    rate,
                    cost,
                    tips,
                    cash,
                    i,
                ]
            )
    out = pd.DataFrame(rows)
    out = out.sort_values([5, 15], kind="stable").reset_index(drop=True)
    frame = pd.DataFrame(
        {
            "First Name": out[0],
            "Last Name": out[1],
            "Team Member ID": out[2],
            "Location": out[3],
            "Job Title": out[4],
            "Clock In Date": out[5].dt.strftime("%m/%d/%Y"),
            "Clock In Time": [_clock(t) for t in out[5]],
            "Clock Out Date": out[6].dt.strftime("%m/%d/%Y"),
            "Clock Out Time": [_clock(t) for t in out[6]],
            "Unpaid Breaks": out[7],
            "Paid Hours": out[8],
            "Regular Hours": out[9],
            "Overtime Hours": out[10],
            "Hourly Rate": [_fmt(x) for x in out[11]],
            "Labor Cost": [_fmt(x) for x in out[12]],
            "Card Tips": [_fmt(x) for x in out[13]],
            "Declared Cash Tips": out[14],
        }
    )
    open_rows = frame.index[-4:]
    for col in ("Clock Out Date", "Clock Out Time", "Unpaid Breaks", "Labor Cost", "Declared Cash Tips"):
        frame.loc[open_rows, col] = ""
    for col in ("Paid Hours", "Regular Hours", "Overtime Hours"):
        frame.loc[open_rows, col] = np.nan
    return frame


def _sq_hours_by_person(d: pd.DataFrame) -> pd.Series:
    return d.groupby(d["First Name"] + " " + d["Last Name"])["Paid Hours"].sum()


def _sq_top_first(d: pd.DataFrame) -> str:
    return _top(_sq_hours_by_person(d)).split()[0]


def _sq_feb_cost(d: pd.DataFrame) -> float:
    month = pd.to_datetime(d["Clock In Date"], format="%m/%d/%Y").dt.month
    return float(_money(d["Labor Cost"])[month == 2].sum())


def _sq_open(d: pd.DataFrame) -> int:
    return int(d["Clock Out Time"].astype("string").str.strip().fillna("").eq("").sum())


_SQUARE_QS = [
    Q("how many hours did everyone work in total?", has(lambda d: float(d["Paid Hours"].sum())), ("Paid Hours",)),
    Q(
        "who worked the most hours",
        _lead(_named(_sq_top_first)),
        ("First Name", "Last Name", "Team Member ID", "Paid Hours"),
    ),
    Q(
        "what's the average shift length for baristas?",
        either(
            has(lambda d: float(d["Paid Hours"][d["Job Title"] == "Barista"].mean())),
            has(lambda d: float(d["Paid Hours"][d["Job Title"] == "Barista"].median())),
        ),
        ("Job Title", "Paid Hours", "Clock In Time", "Clock Out Time", "Clock In Date", "Clock Out Date"),
    ),
    Q(
        "how much did we spend on labor in february?",
        _dollars(_sq_feb_cost),
        ("Clock In Date", "Labor Cost"),
    ),
    Q(
        "are there shifts where someone never clocked out? how many",
        _count(_sq_open),
        ("Clock Out Date", "Clock Out Time"),
    ),
    Q(
        "card tips per location",
        _dollars(lambda d: _money(d["Card Tips"]).groupby(d["Location"]).sum().to_numpy()),
        ("Location", "Card Tips"),
    ),
]


# --- 5. IPEDS graduation rates -------------------------------------------------------------------------------------

_IP_STATES = {
    "CA": ("California", 14, 0),
    "TX": ("Texas", 10, -3),
    "NY": ("New York", 10, 3),
    "FL": ("Florida", 8, -2),
    "PA": ("Pennsylvania", 7, 4),
    "OH": ("Ohio", 6, -1),
    "IL": ("Illinois", 6, 1),
    "MA": ("Massachusetts", 5, 11),
    "NC": ("North Carolina", 5, 2),
    "GA": ("Georgia", 5, -2),
    "MI": ("Michigan", 4, 0),
    "VA": ("Virginia", 4, 3),
    "WA": ("Washington", 3, 1),
    "AZ": ("Arizona", 3, -6),
    "MN": ("Minnesota", 3, 4),
    "NM": ("New Mexico", 1.5, -9),
    "VT": ("Vermont", 1, 6),
}
_IP_SECTORS = {
    "Public, 4-year or above": (18, 58),
    "Private not-for-profit, 4-year or above": (26, 64),
    "Private for-profit, 4-year or above": (9, 35),
    "Public, 2-year": (22, 30),
    "Private for-profit, 2-year": (10, 55),
    "Private for-profit, less-than 2-year": (15, 65),
}
_IP_CITY = "Springfield;Riverside;Fairview;Franklin;Greenville;Madison;Clinton;Salem;Georgetown;Ashland;Oxford;Dover"
_IP = ["HD2020.State abbreviation", "HD2020.Sector of institution", "DRVEF2020.Total  enrollment"]
_IP_RATE = "DRVGR2020.Graduation rate, total cohort"
_IP_FOUR = "DRVGR2020.Graduation rate - Bachelor degree within 4 years, total"
_IP_MEN = "DRVGR2020.Graduation rate, men"
_IP_WOMEN = "DRVGR2020.Graduation rate, women"


def _ipeds_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12305)
    states, sectors = list(_IP_STATES), list(_IP_SECTORS)
    rows, used = [], set()
    unit = 100600
    for _ in range(1800):
        st = str(_one(rng, states, [v[1] for v in _IP_STATES.values()]))
        sec = str(_one(rng, sectors, [v[0] for v in _IP_SECTORS.values()]))
        city = str(_one(rng, _IP_CITY.split(";")))
        pattern = {
            "Public, 4-year or above": ["{S} State University", "University of {S}-{c}", "{c} State University"],
            "Private not-for-profit, 4-year or above": ["{c} College", "{c} University", "Saint {c} College"],
            "Private for-profit, 4-year or above": ["{c} Institute of Technology", "American University of {c}"],
            "Public, 2-year": ["{c} Community College", "{c} Technical College"],
            "Private for-profit, 2-year": ["{c} Career Institute", "{c} School of Nursing"],
            "Private for-profit, less-than 2-year": ["{c} Beauty Academy", "Paul Mitchell the School-{c}"],
        }[sec]
        name = str(_one(rng, pattern)).format(S=_IP_STATES[st][0], c=city)
        k = 2
        base = name
        while name in used:
            name = f"{base}-Campus {k}"
            k += 1
        used.add(name)
        unit += int(rng.integers(5, 60))
        enrol = int(rng.lognormal(8.3 if "4-year" in sec else 7.2, 1.0))
        rate = float(np.clip(rng.normal(_IP_SECTORS[sec][1] + _IP_STATES[st][2], 13), 3, 98))
        has_rate = rng.random() > (0.06 if "4-year" in sec else 0.12)
        r = round(rate) if has_rate else np.nan
        four = round(rate * rng.uniform(0.55, 0.8)) if has_rate and "4-year" in sec else np.nan
        gap = float(rng.normal(6, 4))
        men = np.clip(round(rate - gap / 2), 0, 100) if has_rate else np.nan
        women = np.clip(round(rate + gap / 2), 0, 100) if has_rate else np.nan
        if has_rate and rng.random() < 0.05:
            men = np.nan
        rows.append([unit, name, 2020, st, sec, enrol, r, four, men, women])
    return pd.DataFrame(
        rows, columns=["unitid", "institution name", "year", *_IP, _IP_RATE, _IP_FOUR, _IP_MEN, _IP_WOMEN]
    )


def _ip_state_means(d: pd.DataFrame) -> pd.Series:
    return d.groupby(_IP[0])[_IP_RATE].mean()


def _ip_sector_means(d: pd.DataFrame) -> list[float]:
    means = d.groupby(_IP[1])[_IP_RATE].mean()
    return [float(means["Public, 4-year or above"]), float(means["Private not-for-profit, 4-year or above"])]


_IPEDS_QS = [
    Q("how many schools are in here", _count(lambda d: len(d)), ("unitid", "institution name")),
    Q(
        "what's the typical graduation rate?",
        either(has(lambda d: float(d[_IP_RATE].mean())), has(lambda d: float(d[_IP_RATE].median()))),
        (_IP_RATE,),
    ),
    Q(
        "which state has the best grad rate on average",
        _lead(_named(lambda d: _top(_ip_state_means(d)), {k: (v[0],) for k, v in _IP_STATES.items()})),
        (_IP[0], _IP_RATE),
    ),
    Q(
        "do men or women graduate at higher rates? give me both averages",
        _about(lambda d: [float(d[_IP_MEN].mean()), float(d[_IP_WOMEN].mean())]),
        (_IP_MEN, _IP_WOMEN),
    ),
    Q(
        "how many schools have no graduation rate at all?",
        _count(lambda d: int(d[_IP_RATE].isna().sum())),
        (_IP_RATE, "unitid", "institution name"),
    ),
    Q(
        "compare public 4 year schools with private nonprofit 4 year ones",
        _about(_ip_sector_means),
        (_IP[1], _IP_RATE, _IP_FOUR),
    ),
]


# --- 6. OPEC monthly crude oil production (tb/d) -------------------------------------------------------------------

# country: level in 1995, member from, member until (exclusive), yearly drift
_OP_COUNTRIES: dict[str, tuple[float, str, str, float]] = {
    "Algeria": (1180, "1995-01", "2025-01", -5),
    "Angola": (1400, "2007-01", "2024-01", 0),
    "Congo": (330, "2018-06", "2025-01", -2),
    "Ecuador": (500, "2007-11", "2020-01", 1),
    "Equatorial Guinea": (170, "2017-05", "2025-01", -6),
    "Gabon": (200, "2016-07", "2025-01", 0),
    "Indonesia": (1350, "1995-01", "2009-01", -45),
    "IR Iran": (3650, "1995-01", "2025-01", 0),
    "Iraq": (600, "1995-01", "2025-01", 0),
    "Kuwait": (2000, "1995-01", "2025-01", 25),
    "Libya": (1400, "1995-01", "2025-01", 0),
    "Nigeria": (1950, "1995-01", "2025-01", -5),
    "Qatar": (440, "1995-01", "2019-01", 10),
    "Saudi Arabia": (8100, "1995-01", "2025-01", 40),
    "UAE": (2200, "1995-01", "2025-01", 35),
    "Venezuela": (2900, "1995-01", "2025-01", 0),
}


def _op_level(country: str, t: pd.Timestamp, base: float, drift: float, rng: np.random.Generator) -> float:
    y = t.year + (t.month - 1) / 12 - 1995
    v = base + drift * y
    if country == "Iraq":
        v = 600 + 110 * y if t.year < 2003 else 1300 + 190 * (y - 8)
        v = min(v, 4600) - (250 if t.year >= 2020 else 0)
        if t == pd.Timestamp("2019-11-01"):
            v = 4900
    if country == "IR Iran":
        v = 3750 if t.year < 2012 else (2900 if t.year < 2016 else 3800 if t.year < 2019 else 2100)
        v += 700 if t.year >= 2023 else 0
    if country == "Venezuela":
        v = 2900 - 40 * y if t.year < 2016 else max(450.0, 2300 - 330 * (y - 21))
    if country == "Libya":
        v = 0.0 if t.year == 2011 and 3 <= t.month <= 9 else (1000 if t.year >= 2013 and t.month % 4 == 0 else 1400)
        v = 400 if t.year in (2015, 2016) else v
    if country == "Saudi Arabia" and pd.Timestamp("2020-05-01") <= t <= pd.Timestamp("2021-12-01"):
        v -= 1500
    if country == "Angola" and t.year >= 2010:
        v = 1750 - 60 * (t.year - 2010)
    return max(0.0, v * float(rng.normal(1, 0.025)))


def _opec_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12306)
    months = pd.date_range("1995-01-01", "2024-12-01", freq="MS")
    data: dict[str, Any] = {"Month": [f"{t:%b-%Y}" for t in months]}
    for c, (base, start, end, drift) in _OP_COUNTRIES.items():
        lo, hi = pd.Timestamp(start), pd.Timestamp(end)
        data[c] = [round(_op_level(c, t, base, drift, rng), 1) if lo <= t < hi else np.nan for t in months]
    frame = pd.DataFrame(data)
    frame["Total OPEC"] = frame[list(_OP_COUNTRIES)].sum(axis=1).round(1)
    return frame


def _op_month(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Month"], format="%b-%Y")


def _op_iran(year: int) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(d["IR Iran"][_op_month(d).dt.year == year].mean())


_OP_ALL = ("Month", *_OP_COUNTRIES, "Total OPEC")

_OPEC_QS = [
    Q(
        "which country pumps the most oil on average?",
        _lead(_named(lambda d: _top(d[list(_OP_COUNTRIES)].mean()))),
        _OP_ALL,
    ),
    Q(
        "what was total opec output in april 2020",
        has(lambda d: float(d["Total OPEC"][_op_month(d) == pd.Timestamp("2020-04-01")].iloc[0])),
        ("Month", "Total OPEC"),
    ),
    Q(
        "when did iraq's production peak?",
        _month_year(lambda d: _op_month(d)[d["Iraq"].idxmax()]),
        ("Month", "Iraq"),
    ),
    Q(
        "how did iran's average production in 2018 compare to 2020?",
        _about(lambda d: [_op_iran(2018)(d), _op_iran(2020)(d)]),
        ("Month", "IR Iran"),
    ),
    Q("how many months are missing for gabon", _count(lambda d: int(d["Gabon"].isna().sum())), ("Month", "Gabon")),
    Q(
        "is libya's output correlated with nigeria's?",
        _corr(lambda d: d["Libya"], lambda d: d["Nigeria"]),
        ("Month", "Libya", "Nigeria"),
    ),
]


# --- 7. Supreme Court Database, case-centered ----------------------------------------------------------------------

_SC_PARTIES = "SMITH;JOHNSON;UNITED STATES;WILLIAMS;BROWN;JONES;MILLER;DAVIS;GARCIA;TEXAS;CALIFORNIA;OHIO;FLORIDA"
_SC_VOTES = "9-0:40;8-1:9;7-2:12;6-3:15;5-4:18;8-0:4;7-1:2"


def _scotus_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12307)
    parties = _SC_PARTIES.split(";")
    votes, weights = zip(*[(v.split(":")[0], float(v.split(":")[1])) for v in _SC_VOTES.split(";")], strict=True)
    rows = []
    for term in range(1980, 2020):
        n = int(max(55, 150 - 2.3 * (term - 1980) + rng.normal(0, 6))) + (25 if term == 1981 else 0)
        chief = "Burger" if term < 1986 else "Rehnquist" if term < 2005 else "Roberts"
        court = 1600 + (term - 1980) // 4
        for i in range(1, n + 1):
            month = int(_one(rng, [10, 11, 12, 1, 2, 3, 4, 5, 6, 7], [1, 4, 6, 6, 7, 9, 8, 10, 30, 2]))
            year = term if month >= 10 else term + 1
            decided = pd.Timestamp(year, month, int(rng.integers(1, 29)))
            argued = decided - pd.Timedelta(days=int(rng.integers(30, 200)))
            vote = str(_one(rng, list(votes), list(weights)))
            maj, mnr = (float(x) for x in vote.split("-"))
            if rng.random() < 0.012:
                maj, mnr = np.nan, np.nan
            vol = 449 + (term - 1980) * 12 + i // 12
            rows.append(
                {
                    "caseId": f"{term}-{i:03d}",
                    "docketId": f"{term}-{i:03d}-01",
                    "caseIssuesId": f"{term}-{i:03d}-01-01",
                    "voteId": f"{term}-{i:03d}-01-01-01",
                    "dateDecision": f"{decided.month}/{decided.day}/{decided.year}",
                    "decisionType": int(_one(rng, [1, 2, 7], [85, 12, 3])),
                    "usCite": "" if term >= 2017 and rng.random() < 0.7 else f"{vol} U.S. {int(rng.integers(1, 900))}",
                    "sctCite": f"{101 + term - 1980} S. Ct. {int(rng.integers(1, 3000))}",
                    "ledCite": f"{66 + term - 1980} L. Ed. 2d {int(rng.integers(1, 900))}",
                    "lexisCite": f"{year} U.S. LEXIS {int(rng.integers(1, 4000))}",
                    "term": term,
                    "naturalCourt": court,
                    "chief": chief,
                    "docket": f"{int(rng.integers(80, 99)) if term < 2000 else int(rng.integers(0, 19)):02d}-"
                    f"{int(rng.integers(1, 2000))}",
                    "caseName": f"{_one(rng, parties)} v. {_one(rng, parties)}",
                    "dateArgument": ""
                    if decided.month == 6 and rng.random() < 0.1
                    else f"{argued.month}/{argued.day}/{argued.year}",
                    "dateRearg": "",
                    "petitioner": int(rng.integers(1, 600)),
                    "respondent": int(rng.integers(1, 600)),
                    "jurisdiction": int(_one(rng, [1, 2, 6], [90, 6, 4])),
                    "caseOrigin": int(rng.integers(1, 400)),
                    "caseSource": int(rng.integers(1, 400)),
                    "certReason": int(rng.integers(1, 13)),
                    "lcDisposition": int(rng.integers(1, 12)),
                    "caseDisposition": int(_one(rng, [2, 3, 4, 5], [20, 25, 10, 45])),
                    "partyWinning": int(_one(rng, [0, 1, 2], [35, 63, 2])),
                    "precedentAlteration": int(rng.random() < 0.02),
                    "voteUnclear": int(np.isnan(maj)),
                    "issue": int(rng.integers(10010, 140080)),
                    "issueArea": int(rng.integers(1, 15)),
                    "decisionDirection": int(_one(rng, [1, 2, 3], [48, 50, 2])),
                    "majOpinWriter": int(rng.integers(78, 115)),
                    "majOpinAssigner": int(rng.integers(78, 115)),
                    "splitVote": 1,
                    "majVotes": maj,
                    "minVotes": mnr,
                }
            )
    return pd.DataFrame(rows)


def _sc_month(d: pd.DataFrame) -> pd.Timestamp:
    months = pd.to_datetime(d["dateDecision"], format="%m/%d/%Y").dt.month
    return pd.Timestamp(2000, int(_top(months.value_counts())), 1)


_SCOTUS_QS = [
    Q(
        "how many cases under each chief justice?",
        _count(lambda d: d.groupby("chief").size().to_numpy()),
        ("chief", "caseId"),
    ),
    Q(
        "what fraction of decisions were unanimous?",
        either(
            _share(lambda d: float((d["minVotes"] == 0).mean())),
            _share(lambda d: float((d["minVotes"].dropna() == 0).mean())),
        ),
        ("minVotes", "majVotes", "caseId"),
    ),
    Q(
        "how many 5-4 decisions were there under roberts",
        _count(lambda d: int(((d["chief"] == "Roberts") & (d["majVotes"] == 5) & (d["minVotes"] == 4)).sum())),
        ("chief", "majVotes", "minVotes", "caseId"),
    ),
    Q(
        "which term had the most cases?",
        _lead(_year(lambda d: int(_top(d["term"].value_counts())))),
        ("term", "caseId"),
    ),
    Q(
        "what month do most decisions come out in?",
        _lead(_month(_sc_month)),
        ("dateDecision", "caseId"),
    ),
    Q(
        "average number of dissenting votes per chief",
        _about(lambda d: d.groupby("chief")["minVotes"].mean().to_numpy()),
        ("chief", "minVotes"),
    ),
]


HELDOUT123: list[Dataset] = [
    Dataset("steam_purchase_history", _steam_frame, _STEAM_QS),
    Dataset("vanguard_transactions_export", _vanguard_frame, _VANGUARD_QS),
    Dataset("mindbody_class_visits", _mindbody_frame, _MINDBODY_QS),
    Dataset("square_timecards_export", _square_frame, _SQUARE_QS),
    Dataset("ipeds_graduation_rates", _ipeds_frame, _IPEDS_QS),
    Dataset("opec_crude_production_monthly", _opec_frame, _OPEC_QS),
    Dataset("scotus_case_decisions", _scotus_frame, _SCOTUS_QS),
]
