"""HELDOUT213: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports an analyst is likely to bring along: a Koinly
capital gains report (CSV, EUR) with one row per disposal, "Date Sold" and "Date Acquired" as "2023-03-14 09:12",
upper-case tickers in Asset, Amount to eight decimals, "Cost (EUR)", "Proceeds (EUR)" and "Gain / loss" (negative
for losses, a few zero-cost rows for airdrops), Notes mostly blank ("Airdrop", "Margin fee", "Lost"), Wallet Name
such as "Binance", "Coinbase", "Ledger BTC" and "MetaMask" and Holding period "Short term" / "Long term" (over a
year held), 2021-2023; a Ledger Live operations history export with "Operation Date" as "2023-05-12T14:33:21.000Z",
Currency Ticker (BTC, ETH, SOL, DOT, ATOM, XTZ, ADA), Operation Type IN / OUT / FEES / DELEGATE / UNDELEGATE /
REWARD, Operation Amount and Operation Fees in coin units (fees blank or 0 where the network charges none), a hex
Operation Hash, Account Name like "Bitcoin 1" or "Ethereum 2", a long "xpub..." Account xpub, Countervalue Ticker
USD, "Countervalue at Operation Date" (blank where Ledger had no price) and "Countervalue at CSV Export", newest
first; a When I Work timesheets export (January-March 2024, a café chain) with "First Last" employees, Position
(Barista, Shift Lead, Cashier, Baker), Location (Downtown, Westside), Schedule, Date as "03/05/2024", Clock In and
Clock Out as "9:02 AM" (Clock Out, Hours and Total Pay blank on a missed punch), "Break (minutes)", decimal Hours,
Hourly Rate and Total Pay written with a dollar sign ("$16.50"), Notes mostly blank and Approved Yes / No; a CircleCI
Insights workflow runs export (January-March 2024) with project as "gh/acme/<repo>", branch (main, develop,
feature/..., dependabot/...), workflow_name, status success / failed / canceled / error, created_at and stopped_at
as "2024-02-01T10:15:22.123Z", duration in seconds (blank for error runs), credits_used, triggered_by (GitHub
logins and "scheduled") and pipeline_number (repeated when a workflow is re-run); a Discogs collection export
(Catalog#, Artist with "(2)" disambiguation suffixes and "Various", Title, Label, Format like "LP, Album, RE" or
"CD, Album" or '7", Single', Rating 0-5 with 0 for unrated, Released year with 0 for unknown, release_id (a few
records owned twice), CollectionFolder "Uncategorized" / "Jazz" / "To Sell", Date Added "2019-04-12 18:03:44",
Collection Media and Sleeve Condition as "Very Good Plus (VG+)" (sleeve often blank for CDs), Collection Notes
mostly blank); an Ambient Weather WS-2902 hourly export (March-May 2024, newest row first) with Date as
"2024-03-05T14:00:00-05:00", Simple Date "2024/03/05 14:00", every column titled with its unit ("Outdoor
Temperature (°F)", "Wind Speed (mph)", "Rain Rate (in/hr)", "Daily Rain (in)" accumulating through the day and
resetting at midnight, "Relative Pressure (inHg)", "Humidity (%)", "Ultra-Violet Radiation Index", "Solar Radiation
(W/m^2)", indoor readings) and a few sensor dropouts left blank; and the Vancouver Police Department crime data
download (all neighbourhoods, 2018-2023) with TYPE ("Theft from Vehicle", "Mischief", "Break and Enter
Residential/Other", "Offence Against a Person" ...), YEAR, MONTH, DAY, HOUR, MINUTE, upper-case HUNDRED_BLOCK as "10XX
ALBERNI ST" or "OFFSET TO PROTECT PRIVACY" (then NEIGHBOURHOOD blank, HOUR and MINUTE blank and X / Y 0), and UTM X /
Y. All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _year
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

_BIG = (1e3, 1e6)


def _money(s: pd.Series) -> pd.Series:
    """Amounts written with "$" and thousands commas, as numbers."""
    return pd.to_numeric(s.astype(str).str.replace(r"[$,\s]", "", regex=True), errors="coerce")


def _top(scores: pd.Series) -> str:
    """The label with the highest score (ties: first in label order)."""
    s = scores.sort_index(kind="stable")
    return str(s.idxmax())


def _day(value: Callable[[pd.DataFrame], Any]) -> Check:
    """A calendar day: "2024-04-17", "2024/04/17", "4/17/2024", "April 17" or "17 April"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        t = pd.Timestamp(value(df))
        month = f"{t:%B}|{t:%b}"
        patterns = [
            rf"{t.year}[-/]0?{t.month}[-/]0?{t.day}(?!\d)",
            rf"(?<![\d/]){t.month:d}/0?{t.day}/{t.year}",
            rf"(?<![\d/])0{t.month}/0?{t.day}/{t.year}",
            rf"\b(?:{month})\.?\s+0?{t.day}(?!\d)",
            rf"(?<!\d)0?{t.day}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{month})\b",
        ]
        if any(re.search(p, answer, re.IGNORECASE) for p in patterns):
            return None
        return f"missing day {t:%Y-%m-%d}"

    return check


# --- 1. Koinly capital gains report -------------------------------------------------------------------------------

# Asset: weight, typical EUR price in 2021, 2022, 2023
_KOINLY_ASSETS = {
    "BTC": (30, 28000.0, 24000.0, 36000.0),
    "ETH": (25, 2100.0, 1600.0, 2300.0),
    "SOL": (10, 90.0, 40.0, 60.0),
    "ADA": (10, 1.2, 0.45, 0.35),
    "DOGE": (8, 0.2, 0.08, 0.07),
    "LINK": (7, 22.0, 8.0, 12.0),
    "MATIC": (6, 1.0, 0.9, 0.8),
    "USDT": (4, 0.85, 0.95, 0.92),
}
_KOINLY_WALLETS = ["Binance", "Coinbase", "Kraken", "Ledger BTC", "MetaMask"]


def _koinly_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21301)
    names = list(_KOINLY_ASSETS)
    rows = []
    start = pd.Timestamp("2021-01-01")
    for _ in range(900):
        asset = _one(rng, names, [_KOINLY_ASSETS[a][0] for a in names])
        _, p21, p22, p23 = _KOINLY_ASSETS[asset]
        sold = pd.Timestamp("2021-06-01") + pd.Timedelta(minutes=int(rng.integers(0, 940 * 24 * 60)))
        acquired = sold - pd.Timedelta(minutes=int(rng.integers(60, 700 * 24 * 60)))
        acquired = max(acquired, start + pd.Timedelta(minutes=int(rng.integers(0, 90 * 24 * 60))))
        price_at = {2021: p21, 2022: p22, 2023: p23}
        buy_px = price_at[acquired.year] * rng.lognormal(0, 0.25)
        sell_px = price_at[sold.year] * rng.lognormal(0.2, 0.3)
        value = rng.lognormal(6.0, 1.1)
        amount = round(value / sell_px, 8)
        cost = round(amount * buy_px, 2)
        proceeds = round(amount * sell_px, 2)
        note = _one(rng, ["", "Airdrop", "Margin fee", "Lost"], [90, 4, 4, 2])
        if note == "Airdrop":
            cost = 0.0
        if note == "Lost":
            proceeds = 0.0
        wallet = (
            "Ledger BTC" if asset == "BTC" and rng.random() < 0.4 else _one(rng, [*_KOINLY_WALLETS[:3], "MetaMask"])
        )
        held = (sold - acquired).days
        rows.append(
            {
                "Date Sold": f"{sold:%Y-%m-%d %H:%M}",
                "Date Acquired": f"{acquired:%Y-%m-%d %H:%M}",
                "Asset": asset,
                "Amount": amount,
                "Cost (EUR)": cost,
                "Proceeds (EUR)": proceeds,
                "Gain / loss": round(proceeds - cost, 2),
                "Notes": note,
                "Wallet Name": wallet,
                "Holding period": "Long term" if held > 365 else "Short term",
            }
        )
    df = pd.DataFrame(rows).sort_values("Date Sold", kind="stable").reset_index(drop=True)
    df["Notes"] = df["Notes"].replace("", np.nan)
    return df


def _gain_by_asset(df: pd.DataFrame) -> pd.Series:
    return df.groupby("Asset")["Gain / loss"].sum()


def _sold_year(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Date Sold"]).dt.year


_KOINLY_QS = [
    Q(
        "how many of these sales count as long term?",
        _count(lambda df: int((df["Holding period"] == "Long term").sum())),
        ("Holding period",),
    ),
    Q(
        "what's my overall gain or loss?",
        either(
            _scaled(lambda df: df["Gain / loss"].sum(), _BIG, rel=0.002),
            _scaled(lambda df: abs(df["Gain / loss"].sum()), _BIG, rel=0.002),
        ),
        ("Gain / loss",),
    ),
    Q(
        "which coin made me the most money",
        _named(lambda df: _top(_gain_by_asset(df))),
        ("Asset", "Gain / loss"),
    ),
    Q(
        "and which one lost the most?",
        _named(lambda df: _top(-_gain_by_asset(df))),
        ("Asset", "Gain / loss"),
    ),
    Q(
        "what percent of the disposals were at a loss",
        _share(lambda df: float((df["Gain / loss"] < 0).mean())),
        ("Gain / loss",),
    ),
    Q(
        "total proceeds from stuff sold in 2023?",
        _scaled(lambda df: df.loc[_sold_year(df) == 2023, "Proceeds (EUR)"].sum(), _BIG, rel=0.002),
        ("Proceeds (EUR)", "Date Sold"),
    ),
]


# --- 2. Ledger Live operations history ----------------------------------------------------------------------------

# Ticker: weight, account name, USD price at export, price drift sd, typical amount, fee per operation
_LEDGER_COINS = {
    "BTC": (25, "Bitcoin 1", 64000.0, 0.35, 0.02, 0.00002),
    "ETH": (25, "Ethereum 1", 3100.0, 0.35, 0.4, 0.0015),
    "SOL": (12, "Solana 1", 140.0, 0.5, 8.0, 0.000005),
    "DOT": (10, "Polkadot 1", 7.0, 0.4, 60.0, 0.0156),
    "ATOM": (10, "Cosmos 1", 9.0, 0.4, 40.0, 0.005),
    "XTZ": (8, "Tezos 1", 1.0, 0.4, 300.0, 0.0014),
    "ADA": (10, "Cardano 1", 0.45, 0.4, 900.0, 0.17),
}


def _ledger_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21302)
    coins = list(_LEDGER_COINS)
    rows = []
    for _ in range(1200):
        tick = _one(rng, coins, [_LEDGER_COINS[c][0] for c in coins])
        _, account, px, sd, size, fee = _LEDGER_COINS[tick]
        if tick in ("BTC", "ETH") and rng.random() < 0.3:
            account = account.replace("1", "2")
        stakes = tick in ("SOL", "DOT", "ATOM", "XTZ", "ADA")
        kinds = ["IN", "OUT", "FEES", "DELEGATE", "UNDELEGATE", "REWARD"]
        kind = _one(rng, kinds, [40, 25, 5, 6, 2, 30] if stakes else [55, 38, 7, 0, 0, 0])
        when = pd.Timestamp("2022-01-01") + pd.Timedelta(seconds=int(rng.integers(0, 820 * 86400)))
        amount = round(size * rng.lognormal(0, 1.0) * (0.02 if kind == "REWARD" else 1.0), 8)
        fees = round(fee * rng.lognormal(0, 0.3), 8) if kind in ("OUT", "FEES", "DELEGATE", "UNDELEGATE") else 0.0
        if kind == "FEES":
            amount = fees
        then_px = px * rng.lognormal(-0.3, sd)
        then = round(amount * then_px, 2) if rng.random() > 0.04 else np.nan
        rows.append(
            {
                "Operation Date": f"{when:%Y-%m-%dT%H:%M:%S}.000Z",
                "Currency Ticker": tick,
                "Operation Type": kind,
                "Operation Amount": amount,
                "Operation Fees": fees if (fees > 0 or rng.random() < 0.5) else np.nan,
                "Operation Hash": "".join(rng.choice(list("0123456789abcdef"), 64)),
                "Account Name": account,
                "Account xpub": "xpub6"
                + "".join(rng.choice(list("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz123456789"), 106)),
                "Countervalue Ticker": "USD",
                "Countervalue at Operation Date": then,
                "Countervalue at CSV Export": round(amount * px, 2),
            }
        )
    df = pd.DataFrame(rows).sort_values("Operation Date", ascending=False, kind="stable").reset_index(drop=True)
    xpubs = {a: df.loc[df["Account Name"] == a, "Account xpub"].iloc[0] for a in df["Account Name"].unique()}
    df["Account xpub"] = df["Account Name"].map(xpubs)
    return df


def _ledger_month(df: pd.DataFrame) -> pd.Timestamp:
    months = pd.to_datetime(df["Operation Date"]).dt.tz_localize(None).dt.to_period("M")
    counts = months.value_counts().sort_index()
    return counts.idxmax().to_timestamp()


_LEDGER_QS = [
    Q(
        "how many staking rewards have i gotten",
        _count(lambda df: int((df["Operation Type"] == "REWARD").sum())),
        ("Operation Type",),
    ),
    Q(
        "how much eth did i receive in total?",
        has(
            lambda df: df.loc[
                (df["Currency Ticker"] == "ETH") & (df["Operation Type"] == "IN"), "Operation Amount"
            ].sum(),
            rel=0.003,
        ),
        ("Currency Ticker", "Operation Type", "Operation Amount"),
    ),
    Q(
        "what were all my incoming transfers worth in dollars at the time they came in",
        _scaled(
            lambda df: df.loc[df["Operation Type"] == "IN", "Countervalue at Operation Date"].sum(), _BIG, rel=0.002
        ),
        ("Operation Type", "Countervalue at Operation Date"),
    ),
    Q(
        "how many operations don't have a usd value from when they happened?",
        _count(lambda df: int(df["Countervalue at Operation Date"].isna().sum())),
        ("Countervalue at Operation Date",),
    ),
    Q(
        "which month was i most active",
        _month_year(_ledger_month),
        ("Operation Date",),
    ),
    Q(
        "number of transactions per coin",
        has(lambda df: df["Currency Ticker"].value_counts().to_numpy(), rel=0.001),
        ("Currency Ticker",),
    ),
]


# --- 3. When I Work timesheets ------------------------------------------------------------------------------------

_WIW_POSITIONS = {"Barista": (15.5, 18.0), "Cashier": (14.5, 16.0), "Shift Lead": (19.0, 22.0), "Baker": (17.0, 20.0)}
_WIW_FIRST = ["Jordan", "Maya", "Luis", "Priya", "Sam", "Ava", "Noah", "Chloe", "Ethan", "Zoe", "Marcus", "Lena"]
_WIW_FIRST += ["Omar", "Grace", "Tyler", "Nina", "Ben", "Hana", "Caleb", "Rosa"]
_WIW_LAST = ["Reed", "Patel", "Garcia", "Nguyen", "Okafor", "Kim", "Brooks", "Silva", "Moreau", "Chen"]


def _clock(t: pd.Timestamp) -> str:
    return f"{t.hour % 12 or 12}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"


def _wiw_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21303)
    people = []
    for i, first in enumerate(_WIW_FIRST):
        pos = _one(rng, list(_WIW_POSITIONS), [40, 25, 15, 20])
        lo, hi = _WIW_POSITIONS[pos]
        rate = round(float(rng.uniform(lo, hi)) * 4) / 4
        people.append((f"{first} {_WIW_LAST[i % len(_WIW_LAST)]}", pos, _one(rng, ["Downtown", "Westside"]), rate))
    rows = []
    days = pd.date_range("2024-01-01", "2024-03-31", freq="D")
    for _ in range(1500):
        name, pos, loc, rate = people[int(rng.integers(len(people)))]
        day = days[int(rng.integers(len(days)))]
        start_h = _one(rng, [6, 7, 9, 11, 14], [25, 20, 25, 15, 15]) if pos != "Baker" else 5
        start = day + pd.Timedelta(hours=start_h, minutes=int(rng.integers(-8, 12)))
        length = float(rng.choice([4, 5, 6, 8, 8, 8])) * 60 + float(rng.integers(-15, 25))
        stop = start + pd.Timedelta(minutes=length)
        brk = int(_one(rng, [0, 15, 30, 30, 45])) if length > 300 else 0
        missed = rng.random() < 0.03
        hours = round((length - brk) / 60, 2)
        rows.append(
            {
                "Employee": name,
                "Position": pos,
                "Location": loc,
                "Schedule": f"{loc} - {pos}",
                "Date": f"{day:%m/%d/%Y}",
                "Clock In": _clock(start),
                "Clock Out": "" if missed else _clock(stop),
                "Break (minutes)": brk,
                "Hours": np.nan if missed else hours,
                "Hourly Rate": f"${rate:.2f}",
                "Total Pay": "" if missed else f"${hours * rate:,.2f}",
                "Notes": _one(rng, ["", "", "", "", "", "", "", "", "covered for Sam", "forgot to clock in, fixed"]),
                "Approved": "No" if (missed or rng.random() < 0.08) else "Yes",
            }
        )
    df = pd.DataFrame(rows)
    df = df.assign(_d=pd.to_datetime(df["Date"], format="%m/%d/%Y")).sort_values(["_d", "Employee"], kind="stable")
    df = df.drop(columns="_d").reset_index(drop=True)
    for col in ("Clock Out", "Total Pay", "Notes"):
        df[col] = df[col].replace("", np.nan)
    return df


def _wiw_month(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Date"], format="%m/%d/%Y").dt.month


_WIW_QS = [
    Q(
        "how many hours did everyone work altogether",
        has(lambda df: df["Hours"].sum(), rel=0.002),
        ("Hours",),
    ),
    Q(
        "who put in the most hours?",
        _named(lambda df: _top(df.groupby("Employee")["Hours"].sum())),
        ("Employee", "Hours"),
    ),
    Q(
        "what did we pay out in february",
        _scaled(lambda df: _money(df["Total Pay"])[_wiw_month(df) == 2].sum(), _BIG, rel=0.002),
        ("Total Pay", "Date"),
    ),
    Q(
        "average hourly rate for each position?",
        either(
            _about(lambda df: _money(df["Hourly Rate"]).groupby(df["Position"]).mean().to_numpy(), rel=0.003),
            _about(
                lambda df: (
                    df.assign(r=_money(df["Hourly Rate"]))
                    .drop_duplicates("Employee")
                    .groupby("Position")["r"]
                    .mean()
                    .to_numpy()
                ),
                rel=0.003,
            ),
        ),
        ("Position", "Hourly Rate"),
    ),
    Q(
        "how many shifts still aren't approved",
        _count(lambda df: int((df["Approved"] == "No").sum())),
        ("Approved",),
    ),
    Q(
        "and how many of those are missing a clock out?",
        _count(lambda df: int(((df["Approved"] == "No") & df["Clock Out"].isna()).sum())),
        ("Approved", "Clock Out"),
    ),
]


# --- 4. CircleCI Insights workflow runs ---------------------------------------------------------------------------

# workflow_name: weight, typical duration (s), failure weight
_CI_WORKFLOWS = {
    "build-and-test": (55, 420, 14),
    "lint": (20, 90, 6),
    "deploy": (12, 600, 8),
    "e2e-tests": (13, 1500, 26),
}
_CI_USERS = ["mkowalski", "jdoe-dev", "priya-s", "tchen", "alopez", "scheduled"]


def _circle_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21304)
    rows = []
    pipeline = {"gh/acme/api": 1800, "gh/acme/web": 950, "gh/acme/infra": 310}
    for _ in range(2000):
        project = _one(rng, list(pipeline), [50, 35, 15])
        wf = _one(rng, list(_CI_WORKFLOWS), [w[0] for w in _CI_WORKFLOWS.values()])
        _, base, fail_w = _CI_WORKFLOWS[wf]
        user = _one(rng, _CI_USERS, [28, 22, 18, 14, 10, 8])
        branch = (
            "main"
            if user == "scheduled" or wf == "deploy"
            else _one(
                rng,
                ["main", "develop", "feature/login-flow", "feature/billing-v2", "dependabot/npm_and_yarn/axios-1.6.7"],
                [30, 25, 20, 15, 10],
            )
        )
        status = _one(rng, ["success", "failed", "canceled", "error"], [100 - fail_w - 6, fail_w, 4, 2])
        created = pd.Timestamp("2024-01-01") + pd.Timedelta(milliseconds=int(rng.integers(0, 91 * 86400 * 1000)))
        dur = base * rng.lognormal(0, 0.35) * (0.6 if status in ("failed", "canceled") else 1.0)
        dur *= 1.4 if branch == "main" else 0.8
        dur = round(dur)
        stopped = created + pd.Timedelta(seconds=dur, milliseconds=int(rng.integers(0, 999)))
        pipeline[project] += int(rng.random() < 0.85)
        size = {"lint": 5, "deploy": 10, "e2e-tests": 20}.get(wf, 10)
        rows.append(
            {
                "project": project,
                "branch": branch,
                "workflow_name": wf,
                "status": status,
                "created_at": f"{created:%Y-%m-%dT%H:%M:%S}.{created.microsecond // 1000:03d}Z",
                "stopped_at": f"{stopped:%Y-%m-%dT%H:%M:%S}.{stopped.microsecond // 1000:03d}Z",
                "duration": np.nan if status == "error" else dur,
                "credits_used": 0 if status == "error" else int(np.ceil(dur / 60) * size),
                "triggered_by": user,
                "pipeline_number": pipeline[project],
            }
        )
    return pd.DataFrame(rows).sort_values("created_at", kind="stable").reset_index(drop=True)


def _ci_month(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["created_at"]).dt.month


_CIRCLE_QS = [
    Q(
        "what's our failure rate?",
        either(
            _share(lambda df: float((df["status"] == "failed").mean())),
            _share(lambda df: float(df["status"].isin(["failed", "error"]).mean())),
            _share(lambda df: float((df["status"] == "failed").sum() / df["status"].isin(["success", "failed"]).sum())),
        ),
        ("status",),
    ),
    Q(
        "which workflow fails the most",
        _lead(
            either(
                _named(lambda df: _top(df.loc[df["status"] == "failed", "workflow_name"].value_counts())),
                _named(lambda df: _top((df["status"] == "failed").groupby(df["workflow_name"]).mean())),
            )
        ),
        ("workflow_name", "status"),
    ),
    Q(
        "how long does a run on main take on average, in minutes?",
        either(
            _about(lambda df: df.loc[df["branch"] == "main", "duration"].mean() / 60, rel=0.01),
            _about(
                lambda df: df.loc[(df["branch"] == "main") & (df["status"] == "success"), "duration"].mean() / 60,
                rel=0.01,
            ),
        ),
        ("branch", "duration", "status"),
    ),
    Q(
        "total credits burned in march",
        _scaled(lambda df: df.loc[_ci_month(df) == 3, "credits_used"].sum(), _BIG, rel=0.002),
        ("credits_used", "created_at"),
    ),
    Q(
        "who kicks off the most runs?",
        _named(lambda df: _top(df["triggered_by"].value_counts())),
        ("triggered_by",),
    ),
    Q(
        "do longer runs use more credits? correlation?",
        _corr(lambda df: df["duration"], lambda df: df["credits_used"]),
        ("duration", "credits_used"),
    ),
]


# --- 5. Discogs collection export ---------------------------------------------------------------------------------

# Artist, label, catalogue prefix, typical year
_DISCOGS_ARTISTS = [
    ("Miles Davis", "Columbia", "CL", 1959),
    ("Prince (2)", "Warner Bros. Records", "1-", 1984),
    ("Radiohead", "Parlophone", "7243 8", 1997),
    ("Fleetwood Mac", "Warner Bros. Records", "BSK ", 1977),
    ("Daft Punk", "Virgin", "V", 2001),
    ("Various", "K-Tel", "NU ", 1980),
    ("John Coltrane", "Impulse!", "A-", 1965),
    ("The Cure", "Fiction Records", "FIXH ", 1985),
    ("Kendrick Lamar", "Top Dawg Entertainment", "B00", 2015),
    ("Nirvana", "DGC", "DGC-", 1991),
    ("Talking Heads", "Sire", "SRK ", 1980),
    ("Bill Evans", "Riverside Records", "RLP ", 1961),
    ("Björk", "One Little Indian", "TPLP", 1995),
    ("Depeche Mode", "Mute", "STUMM", 1987),
]
_DISCOGS_WEIGHTS = [8, 14, 10, 9, 6, 7, 7, 9, 4, 6, 6, 5, 4, 5]
_GRADES = [
    "Mint (M)",
    "Near Mint (NM or M-)",
    "Very Good Plus (VG+)",
    "Very Good (VG)",
    "Good Plus (G+)",
    "Good (G)",
]


def _discogs_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21305)
    rows = []
    for i in range(640):
        artist, label, prefix, year = _DISCOGS_ARTISTS[
            int(rng.choice(len(_DISCOGS_ARTISTS), p=np.array(_DISCOGS_WEIGHTS) / sum(_DISCOGS_WEIGHTS)))
        ]
        fmt = _one(
            rng,
            ["LP, Album", "LP, Album, RE", "LP, Album, RP", "CD, Album", '7", Single', '12", Maxi', "2xLP, Album, RE"],
            [30, 18, 8, 22, 8, 6, 8],
        )
        released = int(
            np.clip(
                year + rng.normal(0, 3 if "RE" not in fmt else 0) + (rng.integers(10, 35) if "RE" in fmt else 0),
                1950,
                2024,
            )
        )
        if rng.random() < 0.05:
            released = 0
        added = pd.Timestamp("2016-01-01") + pd.Timedelta(seconds=int(rng.integers(0, 8 * 365 * 86400)))
        cd = fmt.startswith("CD")
        rows.append(
            {
                "Catalog#": f"{prefix}{int(rng.integers(100, 99999))}",
                "Artist": artist,
                "Title": f"Title {int(rng.integers(1, 60))}",
                "Label": label,
                "Format": fmt,
                "Rating": int(_one(rng, [0, 1, 2, 3, 4, 5], [45, 1, 4, 15, 20, 15])),
                "Released": released,
                "release_id": int(rng.integers(10000, 30000000)),
                "CollectionFolder": _one(rng, ["Uncategorized", "Jazz", "To Sell"], [70, 20, 10]),
                "Date Added": f"{added:%Y-%m-%d %H:%M:%S}",
                "Collection Media Condition": _one(rng, _GRADES, [10, 30, 35, 18, 5, 2]),
                "Collection Sleeve Condition": ""
                if cd and rng.random() < 0.6
                else _one(rng, _GRADES, [5, 25, 35, 25, 7, 3]),
                "Collection Notes": _one(
                    rng, ["", "", "", "", "", "", "", "", "", "signed", "gatefold", "first press"]
                ),
            }
        )
        if i % 40 == 7:
            again = dict(rows[-1])
            again["Date Added"] = f"{added + pd.Timedelta(days=int(rng.integers(30, 900))):%Y-%m-%d %H:%M:%S}"
            again["Collection Media Condition"] = _one(rng, _GRADES)
            rows.append(again)
    df = pd.DataFrame(rows).sort_values(["Artist", "Title"], kind="stable").reset_index(drop=True)
    for col in ("Collection Sleeve Condition", "Collection Notes"):
        df[col] = df[col].replace("", np.nan)
    return df


_DISCOGS_QS = [
    Q(
        "how many records are in my collection",
        either(
            _count(lambda df: len(df)),
            _count(lambda df: int(df["release_id"].nunique())),
        ),
        ("release_id",),
    ),
    Q(
        "how many of them are vinyl LPs?",
        _count(lambda df: int(df["Format"].str.contains("LP").sum())),
        ("Format",),
    ),
    Q(
        "which artist do i own the most of",
        _named(lambda df: _top(df["Artist"].value_counts()), {"Prince (2)": ("Prince",)}),
        ("Artist",),
    ),
    Q(
        "what's my average rating, leaving out the ones i haven't rated?",
        has(lambda df: df.loc[df["Rating"] > 0, "Rating"].mean(), rel=0.003),
        ("Rating",),
    ),
    Q(
        "how many records came out in the 80s",
        _count(lambda df: int(df["Released"].between(1980, 1989).sum())),
        ("Released",),
    ),
    Q(
        "which year did i add the most stuff to the collection?",
        _year(lambda df: int(_top(pd.to_datetime(df["Date Added"]).dt.year.value_counts()))),
        ("Date Added",),
    ),
]


# --- 6. Ambient Weather WS-2902 hourly export ---------------------------------------------------------------------

_T = "Outdoor Temperature (°F)"
_RH = "Humidity (%)"
_GUST = "Wind Gust (mph)"
_RATE = "Rain Rate (in/hr)"


def _ambient_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21306)
    stamps = pd.date_range("2024-03-01 00:00", "2024-05-31 23:00", freq="h")
    n = len(stamps)
    doy = np.arange(n) / 24.0
    hour = stamps.hour.to_numpy()
    weather = np.cumsum(rng.normal(0, 0.6, n))
    weather -= np.convolve(weather, np.ones(240) / 240, mode="same")
    temp = 42 + doy * 0.28 + 10 * np.sin((hour - 9) / 24 * 2 * np.pi) + weather * 1.5 + rng.normal(0, 1.2, n)
    wet = np.zeros(n, dtype=bool)
    i = 0
    while i < n:
        if rng.random() < 0.012:
            span = int(rng.integers(2, 14))
            wet[i : i + span] = True
            i += span
        i += 1
    rain = np.where(wet, np.round(rng.gamma(1.2, 0.05, n), 2), 0.0)
    humidity = np.clip(95 - 0.9 * (temp - 40) + wet * 15 + rng.normal(0, 6, n), 12, 100).round()
    dew = temp - (100 - humidity) / 5
    wind = np.clip(rng.gamma(2.0, 2.8, n) + wet * 3, 0, None).round(1)
    gust = (wind * rng.uniform(1.2, 1.9, n) + rng.gamma(1.0, 1.5, n)).round(1)
    solar = np.clip(np.sin((hour - 6) / 14 * np.pi), 0, None) * (500 + doy * 4) * np.where(wet, 0.3, 1.0)
    solar = (solar * rng.uniform(0.7, 1.0, n)).round(1)
    frame = pd.DataFrame({"stamp": stamps, "rain": rain, "gust": gust})
    day = frame["stamp"].dt.date
    daily = frame.groupby(day)["rain"].cumsum().round(2)
    maxgust = frame.groupby(day)["gust"].cummax()
    feels = np.where(temp < 50, temp - 0.7 * np.sqrt(wind), temp)
    df = pd.DataFrame(
        {
            "Date": [f"{s:%Y-%m-%dT%H:%M:%S}-0{4 if s >= pd.Timestamp('2024-03-10 02:00') else 5}:00" for s in stamps],
            "Simple Date": [f"{s:%Y/%m/%d %H:%M}" for s in stamps],
            _T: temp.round(1),
            "Feels Like (°F)": feels.round(1),
            "Dew Point (°F)": dew.round(1),
            "Wind Speed (mph)": wind,
            _GUST: gust,
            "Max Daily Gust (mph)": maxgust.to_numpy(),
            "Wind Direction (°)": rng.integers(0, 360, n),
            _RATE: rain,
            "Daily Rain (in)": daily.to_numpy(),
            "Relative Pressure (inHg)": (30.0 - weather * 0.03 - wet * 0.1 + rng.normal(0, 0.02, n)).round(2),
            _RH: humidity,
            "Ultra-Violet Radiation Index": np.floor(solar / 100).astype(int),
            "Solar Radiation (W/m^2)": solar,
            "Indoor Temperature (°F)": (69 + 1.5 * np.sin((hour - 15) / 24 * 2 * np.pi) + rng.normal(0, 0.6, n)).round(
                1
            ),
            "Indoor Humidity (%)": np.clip(38 + (humidity - 60) * 0.15 + rng.normal(0, 2, n), 20, 70).round(),
        }
    )
    drop = rng.random(n) < 0.01
    for col in (_T, "Feels Like (°F)", "Dew Point (°F)", _RH):
        df.loc[drop, col] = np.nan
    df.loc[rng.random(n) < 0.02, ["Ultra-Violet Radiation Index", "Solar Radiation (W/m^2)"]] = np.nan
    return df.iloc[::-1].reset_index(drop=True)


def _amb_when(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Simple Date"], format="%Y/%m/%d %H:%M")


def _april_rain(df: pd.DataFrame) -> float:
    when = _amb_when(df)
    april = df[when.dt.month == 4]
    return float(april.groupby(when[when.dt.month == 4].dt.date)["Daily Rain (in)"].max().sum())


_AMBIENT_QS = [
    Q(
        "what was the hottest it got outside?",
        has(lambda df: df[_T].max(), rel=0.001),
        (_T,),
    ),
    Q(
        "what day was that",
        _day(lambda df: _amb_when(df)[df[_T].idxmax()]),
        ("Simple Date", "Date", _T),
    ),
    Q(
        "how much rain fell in april in total?",
        either(
            has(_april_rain, rel=0.01),
            has(lambda df: df.loc[_amb_when(df).dt.month == 4, _RATE].sum(), rel=0.01),
        ),
        ("Daily Rain (in)", _RATE, "Simple Date", "Date"),
    ),
    Q(
        "average humidity for each month",
        _about(lambda df: df[_RH].groupby(_amb_when(df).dt.month).mean().to_numpy(), rel=0.003),
        (_RH, "Simple Date", "Date"),
    ),
    Q(
        "is humidity related to temperature",
        _corr(lambda df: df[_T], lambda df: df[_RH]),
        (_T, _RH),
    ),
    Q(
        "how many readings had gusts over 20 mph?",
        _count(lambda df: int((df[_GUST] > 20).sum())),
        (_GUST,),
    ),
]


# --- 7. Vancouver Police Department crime data --------------------------------------------------------------------

_VPD_TYPES = {
    "Theft from Vehicle": 30,
    "Other Theft": 22,
    "Mischief": 14,
    "Break and Enter Residential/Other": 8,
    "Break and Enter Commercial": 7,
    "Offence Against a Person": 9,
    "Theft of Vehicle": 3,
    "Theft of Bicycle": 5,
    "Vehicle Collision or Pedestrian Struck (with Injury)": 2,
}
# Neighbourhood: weight, centre X, centre Y
_VPD_HOODS = {
    "Central Business District": (30, 491300, 5459200),
    "West End": (9, 490200, 5459700),
    "Mount Pleasant": (7, 493200, 5456900),
    "Strathcona": (6, 493800, 5458600),
    "Kitsilano": (6, 487800, 5457200),
    "Fairview": (7, 490600, 5456900),
    "Grandview-Woodland": (6, 495300, 5457900),
    "Renfrew-Collingwood": (6, 497700, 5455300),
    "Kensington-Cedar Cottage": (5, 495300, 5455400),
    "Sunset": (4, 494400, 5452300),
    "Marpole": (4, 490600, 5451000),
    "Hastings-Sunrise": (5, 497600, 5458800),
}
_VPD_STREETS = ["ALBERNI ST", "GRANVILLE ST", "W BROADWAY", "E HASTINGS ST", "KINGSWAY", "COMMERCIAL DR"]
_VPD_STREETS += ["MAIN ST", "W 4TH AVE", "DAVIE ST", "ROBSON ST", "FRASER ST", "KNIGHT ST"]


def _vpd_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21307)
    types = list(_VPD_TYPES)
    hoods = list(_VPD_HOODS)
    year_w = {2018: 17, 2019: 18, 2020: 14, 2021: 15, 2022: 17, 2023: 19}
    rows = []
    for _ in range(4200):
        kind = _one(rng, types, list(_VPD_TYPES.values()))
        year = int(_one(rng, list(year_w), list(year_w.values())))
        if kind == "Theft of Bicycle" and year == 2020:
            year = int(_one(rng, [2020, 2021], [3, 1]))
        month = int(rng.integers(1, 13))
        day = int(rng.integers(1, 29))
        hood_w = [_VPD_HOODS[h][0] * (2.5 if kind.startswith("Break") and h == "Kitsilano" else 1) for h in hoods]
        hood = _one(rng, hoods, hood_w)
        _, cx, cy = _VPD_HOODS[hood]
        hour = int(_one(rng, list(range(24)), [3, 3, 2, 2, 1, 1, 1, 2, 3, 4, 4, 5, 6, 6, 6, 6, 6, 6, 6, 5, 5, 5, 4, 4]))
        if kind == "Offence Against a Person":
            rows.append([kind, year, month, day, np.nan, np.nan, "OFFSET TO PROTECT PRIVACY", np.nan, 0.0, 0.0])
            continue
        block = f"{int(rng.integers(1, 60))}XX {_one(rng, _VPD_STREETS)}"
        x = round(cx + rng.normal(0, 500), 6)
        y = round(cy + rng.normal(0, 400), 6)
        rows.append([kind, year, month, day, hour, int(rng.integers(0, 60)), block, hood, x, y])
    cols = ["TYPE", "YEAR", "MONTH", "DAY", "HOUR", "MINUTE", "HUNDRED_BLOCK", "NEIGHBOURHOOD", "X", "Y"]
    df = pd.DataFrame(rows, columns=cols)
    return df.sort_values(["YEAR", "MONTH", "DAY"], kind="stable").reset_index(drop=True)


def _vpd_breakins(df: pd.DataFrame) -> pd.DataFrame:
    return df[df["TYPE"].str.startswith("Break and Enter")]


_VPD_QS = [
    Q(
        "what's the most common type of crime",
        _named(lambda df: _top(df["TYPE"].value_counts())),
        ("TYPE",),
    ),
    Q(
        "how many bikes got stolen in 2022?",
        _count(lambda df: int(((df["TYPE"] == "Theft of Bicycle") & (df["YEAR"] == 2022)).sum())),
        ("TYPE", "YEAR"),
    ),
    Q(
        "which neighbourhood gets the most break-ins",
        either(
            _named(lambda df: _top(_vpd_breakins(df)["NEIGHBOURHOOD"].value_counts())),
            _named(
                lambda df: _top(
                    df.loc[df["TYPE"] == "Break and Enter Residential/Other", "NEIGHBOURHOOD"].value_counts()
                )
            ),
        ),
        ("NEIGHBOURHOOD", "TYPE"),
    ),
    Q(
        "which year had the most crime overall?",
        _year(lambda df: int(_top(df["YEAR"].value_counts()))),
        ("YEAR",),
    ),
    Q(
        "theft from vehicles per year - going up or down?",
        has(
            lambda df: df.loc[df["TYPE"] == "Theft from Vehicle", "YEAR"].value_counts().sort_index().to_numpy(),
            rel=0.001,
        ),
        ("TYPE", "YEAR"),
    ),
    Q(
        "how many incidents have no location given",
        either(
            _count(lambda df: int((df["HUNDRED_BLOCK"] == "OFFSET TO PROTECT PRIVACY").sum())),
            _count(lambda df: int(df["NEIGHBOURHOOD"].isna().sum())),
        ),
        ("HUNDRED_BLOCK", "NEIGHBOURHOOD", "X", "Y"),
    ),
]


HELDOUT213: list[Dataset] = [
    Dataset("koinly_capital_gains", _koinly_frame, _KOINLY_QS),
    Dataset("ledger_live_operations", _ledger_frame, _LEDGER_QS),
    Dataset("when_i_work_timesheets", _wiw_frame, _WIW_QS),
    Dataset("circleci_workflow_runs", _circle_frame, _CIRCLE_QS),
    Dataset("discogs_collection", _discogs_frame, _DISCOGS_QS),
    Dataset("ambient_weather_ws2902", _ambient_frame, _AMBIENT_QS),
    Dataset("vancouver_police_crime", _vpd_frame, _VPD_QS),
]
