"""HELDOUT232: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports an analyst is likely to bring along: a League of
Legends match history from a tracker site (Riot API, one row per game, January 2023 to June 2024) with "Game ID" as
"NA1_4612345678" (a few games repeated by a re-sync), Date as "2024-03-14 21:05", Queue (Ranked Solo/Duo, Ranked
Flex, Normal Draft, ARAM), Champion, Role (Top, Jungle, Mid, ADC, Support; blank for ARAM), Result (Victory, Defeat,
Remake), Kills, Deaths, Assists, CS, "Gold Earned", "Damage to Champions", "Vision Score", "Game Duration" as "mm:ss"
and "LP Change" as "+18" / "-15" / "0" (blank outside ranked queues); a Betterment account activity export (2021-2024)
with Date as "2023-01-15", Account (Taxable Investing, Roth IRA, Traditional IRA, Cash Reserve), "Transaction Type"
(Deposit, Withdrawal, Dividend, Fee, Rebalance, Tax Loss Harvest, Interest), Description, Amount as "$1,250.00" with
negatives in parentheses "($12.34)", Ticker (VTI, VEA, VWO, BND, VTEB, SCHF, IEMG; blank for cash rows), Shares and
Price (blank for cash rows) and "Balance After" as "$12,345.67"; an itch.io creator purchases export (2022 to June
2024) with id, object_name (five game titles), amount and amount_delivered_to_you as "$4.99", tip as "0.00",
currency (USD, EUR, GBP), created_at as "2023-05-14 18:22:10 UTC", source (direct, bundle, jam page), country_code
(two letters, blank for some), platform_purchased_on (web, app), refunded as true / false and a hashed email; a state
DMV driver license and ID card issuance file (monthly by county, 2023-2024, only the combinations with activity) with
Month as "2023-04", County (twelve counties plus one "STATEWIDE TOTAL" row a month whose other fields read "ALL"),
"Credential Type" (Driver License, Learner Permit, ID Card, Commercial Driver License, REAL ID Driver License),
Transaction (Original, Renewal, Duplicate, Transfer from Out of State), "Age Band" (16-17, 18-24, 25-44, 45-64, 65+),
Count, "Average Wait" in minutes (blank for Online and Mail) and Channel (Office, Online, Mail); San Francisco SFMTA
style parking meter transactions (June-August 2023) with "Transaction ID", "Post ID" as "591-23110", "Street Block"
as "MISSION ST 2300", "Meter Type" (SS, MS), "Payment Type" (CREDIT CARD, CASH, SMART CARD, PAY BY PHONE), "Session
Start Date" and "Session End Date" as "2023/06/14 02:11:09 PM", "Meter Event Type" (NS, AT, SC), "Gross Paid Amt" in
dollars (0 for SC rows), Duration in minutes, Neighborhood and "Rate Area" ("Area 1" ... "Area 5"); a USDA National
School Lunch Program participation file (twenty states by month, fiscal years 2019-2023, October first) with "Fiscal
Year", State (full names), Month (full month names), "Schools Participating" (blank for a few rows), "Free Lunches
Served", "Reduced Price Lunches Served", "Paid Lunches Served", "Total Lunches Served", "Average Daily
Participation" and "Federal Reimbursement" as "$12,345,678"; and a Nanoleaf panels usage log from the local API (one
row per state change, January-April 2024) with Timestamp as "2024-01-03 18:22:41", Device (Shapes Living Room,
Lines Office, Canvas Bedroom), Event (Power On, Power Off, Effect Change, Brightness Change, Rhythm Mode On, Rhythm
Mode Off), Effect (Northern Lights, Flames, Forest, Snowfall; blank when no effect runs), Brightness 0-100 (0 on
Power Off), "Color Temp" in kelvin (blank while an effect runs), Trigger (App, Schedule, Touch, Voice, HomeKit) and
"Power Draw" in watts. All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _year
from .offline_eval import Check, Dataset, Q, either, has, month_year
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

_BIG = (1e3, 1e6)
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]
_MONTHS += ["November", "December"]
_MONTH_ALIASES = {m: (m[:3],) for m in _MONTHS}


def _top(scores: pd.Series) -> str:
    """The label with the highest score (ties: first in label order)."""
    return str(scores.sort_index(kind="stable").idxmax())


def _money(s: pd.Series) -> pd.Series:
    """Dollar text ("$1,250.00", "($12.34)", "0.00") as numbers; parentheses are negative."""
    t = s.astype("string").str.strip()
    neg = t.str.startswith("(") | t.str.startswith("-")
    v = pd.to_numeric(t.str.replace(r"[$,()\-\s]", "", regex=True), errors="coerce")
    return v.where(~neg.fillna(False), -v)


def _blank(s: pd.Series) -> pd.Series:
    return s.isna() | (s.astype("string").str.strip() == "")


def _flag(s: pd.Series) -> pd.Series:
    return s.astype(str).str.strip().str.lower().isin(["true", "1", "yes"])


def _hour(value: Callable[[pd.DataFrame], int]) -> Check:
    """An hour of the day: "14:00", "2 PM", "2pm", "2 p.m.", "14h"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        h = int(value(df))
        h12 = h % 12 or 12
        half = "a" if h < 12 else "p"
        patterns = [
            rf"(?<![\d:.]){h:d}:00",
            rf"(?<![\d:.])0?{h}h\b",
            rf"(?<![\d:.]){h12}(?::00)?\s*{half}\.?m\b",
        ]
        if h == 12:
            patterns.append(r"\bnoon\b")
        if any(re.search(p, answer, re.IGNORECASE) for p in patterns):
            return None
        return f"missing hour {h}"

    return check


# --- 1. League of Legends match history (tracker export) ---------------------------------------------------------

_LOL_ROLES = {"Top": 18, "Jungle": 30, "Mid": 22, "ADC": 12, "Support": 18}
_LOL_CHAMPS = {
    "Top": ["Darius", "Garen", "Sett", "Camille"],
    "Jungle": ["Lee Sin", "Vi", "Kha'Zix", "Graves", "Viego"],
    "Mid": ["Ahri", "Syndra", "Yasuo", "Orianna"],
    "ADC": ["Jinx", "Kai'Sa", "Ezreal"],
    "Support": ["Thresh", "Lulu", "Nautilus"],
}
_LOL_CHAMP_W = {"Lee Sin": 3.0, "Viego": 1.6, "Ahri": 1.8, "Thresh": 1.5}
_LOL_ARAM = ["Ahri", "Jinx", "Sett", "Lux", "Veigar", "Brand", "Ziggs", "Darius", "Ezreal", "Nautilus"]
_LOL_WIN = {"Top": 0.50, "Jungle": 0.55, "Mid": 0.49, "ADC": 0.45, "Support": 0.52}


def _mmss(seconds: int) -> str:
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


def _lol_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23201)
    start = pd.Timestamp("2023-01-01")
    span = int((pd.Timestamp("2024-07-01") - start).total_seconds() // 60)
    stamps = np.sort(rng.integers(0, span, 960))
    rows = []
    gid = 4_512_000_000
    for m in stamps:
        t = start + pd.Timedelta(minutes=int(m))
        gid += int(rng.integers(20_000, 400_000))
        queue = _one(rng, ["Ranked Solo/Duo", "Ranked Flex", "Normal Draft", "ARAM"], [50, 12, 18, 20])
        if queue == "ARAM":
            role = ""
            champ = _one(rng, _LOL_ARAM)
            p_win = 0.5
        else:
            role = _one(rng, list(_LOL_ROLES), list(_LOL_ROLES.values()))
            champs = _LOL_CHAMPS[role]
            champ = _one(rng, champs, [_LOL_CHAMP_W.get(c, 1.0) for c in champs])
            p_win = _LOL_WIN[role]
        remake = rng.random() < 0.02
        win = rng.random() < p_win
        result = "Remake" if remake else ("Victory" if win else "Defeat")
        if remake:
            secs = int(rng.integers(180, 280))
        elif queue == "ARAM":
            secs = int(rng.integers(14 * 60, 26 * 60))
        else:
            secs = int(np.clip(rng.normal(29 * 60, 5.5 * 60), 15 * 60, 48 * 60))
        mins = secs / 60
        k = 0 if remake else int(rng.poisson((7 if queue == "ARAM" else 5) * (1.3 if win else 0.8)))
        d = 0 if remake else int(rng.poisson((7 if queue == "ARAM" else 5) * (0.75 if win else 1.25)))
        a = 0 if remake else int(rng.poisson(15 if queue == "ARAM" else (11 if role == "Support" else 6)))
        cs_rate = {"Top": 7.0, "Jungle": 5.8, "Mid": 7.4, "ADC": 8.0, "Support": 1.2, "": 2.8}[role]
        cs = int(max(0, rng.normal(cs_rate * mins, 18)))
        gold = int(450 + 290 * mins + 300 * k + 120 * a + 20 * cs + rng.normal(0, 700)) if not remake else 500
        dmg_rate = {"Top": 720, "Jungle": 640, "Mid": 880, "ADC": 900, "Support": 380, "": 1300}[role]
        dmg = (
            int(max(0, dmg_rate * mins * rng.lognormal(0, 0.25) + 900 * k)) if not remake else int(rng.integers(0, 600))
        )
        vision = int(max(0, rng.normal((2.2 if role == "Support" else 0.9) * mins, 6))) if queue != "ARAM" else 0
        lp = ""
        if queue.startswith("Ranked"):
            if remake:
                lp = "0"
            elif win:
                lp = f"+{int(rng.integers(14, 25))}"
            else:
                lp = f"-{int(rng.integers(12, 23))}"
        rows.append(
            {
                "Game ID": f"NA1_{gid}",
                "Date": f"{t:%Y-%m-%d %H:%M}",
                "Queue": queue,
                "Champion": champ,
                "Role": role,
                "Result": result,
                "Kills": k,
                "Deaths": d,
                "Assists": a,
                "CS": cs,
                "Gold Earned": gold,
                "Damage to Champions": dmg,
                "Vision Score": vision,
                "Game Duration": _mmss(secs),
                "LP Change": lp,
            }
        )
    df = pd.DataFrame(rows)
    again = df.iloc[np.sort(rng.choice(len(df), 9, replace=False))]
    return pd.concat([df, again]).sort_values("Date", kind="stable").reset_index(drop=True)


def _lol_views(df: pd.DataFrame) -> list[pd.DataFrame]:
    return [df, df.drop_duplicates("Game ID")]


def _lol_win_rates(queue: str | None) -> Callable[[pd.DataFrame], list[float]]:
    def rates(df: pd.DataFrame) -> list[float]:
        out = []
        for d in _lol_views(df):
            if queue:
                d = d[d["Queue"] == queue]
            wins = (d["Result"] == "Victory").sum()
            out += [wins / len(d), wins / d["Result"].isin(["Victory", "Defeat"]).sum()]
        return out

    return rates


def _lol_winrate_check(queue: str | None) -> Check:
    return either(*(_share(lambda df, i=i: _lol_win_rates(queue)(df)[i]) for i in range(4)))


def _lol_lp(df: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(df["LP Change"].astype("string").str.replace("+", "", regex=False), errors="coerce")


def _lol_minutes(df: pd.DataFrame) -> pd.Series:
    parts = df["Game Duration"].astype(str).str.split(":", expand=True).astype(int)
    return parts[0] + parts[1] / 60


_LOL_QS = [
    Q(
        "how many games are in my history",
        either(_count(lambda df: len(df)), _count(lambda df: int(df["Game ID"].nunique()))),
        ("Game ID",),
    ),
    Q("whats my win rate", _lol_winrate_check(None), ("Result", "Game ID")),
    Q("and just in solo queue?", _lol_winrate_check("Ranked Solo/Duo"), ("Result", "Queue", "Game ID")),
    Q(
        "which champ do i play the most",
        either(
            _lead(_named(lambda df: _top(df["Champion"].value_counts()))),
            _lead(_named(lambda df: _top(df.drop_duplicates("Game ID")["Champion"].value_counts()))),
        ),
        ("Champion", "Game ID"),
    ),
    Q(
        "how much lp have i gained or lost overall in solo/duo",
        either(
            has(lambda df: _lol_lp(df)[df["Queue"] == "Ranked Solo/Duo"].sum(), rel=0.001),
            has(
                lambda df: _lol_lp(df.drop_duplicates("Game ID"))[
                    df.drop_duplicates("Game ID")["Queue"] == "Ranked Solo/Duo"
                ].sum(),
                rel=0.001,
            ),
        ),
        ("LP Change", "Queue", "Game ID"),
    ),
    Q(
        "do i do more damage in longer games?",
        _corr(_lol_minutes, lambda df: df["Damage to Champions"]),
        ("Game Duration", "Damage to Champions"),
    ),
]


# --- 2. Betterment account activity --------------------------------------------------------------------------------

_BT_FUNDS = {"VTI": 230.0, "VEA": 46.0, "VWO": 41.0, "BND": 73.0, "VTEB": 50.0, "SCHF": 34.0, "IEMG": 50.0}
_BT_YIELD = {"VTI": 0.014, "VEA": 0.031, "VWO": 0.034, "BND": 0.030, "VTEB": 0.026, "SCHF": 0.029, "IEMG": 0.027}
_BT_MIX = {
    "Taxable Investing": {"VTI": 0.40, "VEA": 0.18, "VWO": 0.07, "VTEB": 0.20, "SCHF": 0.10, "IEMG": 0.05},
    "Roth IRA": {"VTI": 0.50, "VEA": 0.25, "VWO": 0.10, "BND": 0.15},
    "Traditional IRA": {"VTI": 0.35, "VEA": 0.15, "BND": 0.50},
}


def _dollars(x: float) -> str:
    return f"(${-x:,.2f})" if x < 0 else f"${x:,.2f}"


def _betterment_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23202)
    events: list[tuple[pd.Timestamp, str, str, str, float, str]] = []
    months = pd.date_range("2021-01-01", "2024-12-01", freq="MS")
    for m in months:
        for day in (1, 15):
            amt = float(_one(rng, [500.0, 750.0, 1000.0, 1500.0], [3, 3, 3, 1]))
            events.append((m + pd.Timedelta(days=day - 1), "Taxable Investing", "Deposit", "Auto-deposit", amt, ""))
        if m.month in (1, 2, 3, 4):
            amt = 6000.0 if m.year < 2023 else (6500.0 if m.year == 2023 else 7000.0)
            if m.month == 2 + (m.year % 2):
                events.append((m + pd.Timedelta(days=9), "Roth IRA", "Deposit", f"{m.year} contribution", amt, ""))
        if rng.random() < 0.35:
            amt = float(round(rng.uniform(200, 3000), -1))
            events.append(
                (m + pd.Timedelta(days=int(rng.integers(0, 27))), "Cash Reserve", "Deposit", "Transfer", amt, "")
            )
        if rng.random() < 0.2:
            amt = -float(round(rng.uniform(300, 2500), -1))
            events.append(
                (m + pd.Timedelta(days=int(rng.integers(0, 27))), "Cash Reserve", "Withdrawal", "Transfer", amt, "")
            )
        if rng.random() < 0.06:
            amt = -float(round(rng.uniform(1000, 8000), -2))
            events.append((m + pd.Timedelta(days=20), "Taxable Investing", "Withdrawal", "Withdrawal", amt, ""))
        apy = {2021: 0.003, 2022: 0.012, 2023: 0.045, 2024: 0.048}[m.year]
        base = 4000 + 250 * (m - months[0]).days / 30
        interest = round(base * apy / 12 * rng.uniform(0.9, 1.1), 2)
        events.append((m + pd.offsets.MonthEnd(0), "Cash Reserve", "Interest", "Interest payment", interest, ""))
        grown = 1 + (m - months[0]).days / 365
        for acct, size in (
            ("Taxable Investing", 12000 * grown),
            ("Roth IRA", 8000 * grown),
            ("Traditional IRA", 30000),
        ):
            fee = -round(size * 0.0025 / 12 * rng.uniform(0.95, 1.05), 2)
            events.append((m + pd.offsets.MonthEnd(0), acct, "Fee", "Advisory fee", fee, ""))
            if m.month in (3, 6, 9, 12):
                for tk, w in _BT_MIX[acct].items():
                    div = round(size * w * _BT_YIELD[tk] / 4 * rng.uniform(0.8, 1.2), 2)
                    events.append(
                        (m + pd.Timedelta(days=int(rng.integers(20, 28))), acct, "Dividend", f"Dividend {tk}", div, tk)
                    )
            if rng.random() < 0.12:
                a, b = rng.choice(list(_BT_MIX[acct]), 2, replace=False)
                amt = round(size * rng.uniform(0.01, 0.05), 2)
                day = m + pd.Timedelta(days=int(rng.integers(3, 25)))
                events.append((day, acct, "Rebalance", f"Sell {a}", -amt, str(a)))
                events.append((day, acct, "Rebalance", f"Buy {b}", amt, str(b)))
        if rng.random() < (0.5 if m.year == 2022 else 0.18):
            pairs = [("VTI", "SCHB"), ("VEA", "SCHF"), ("VWO", "IEMG")]
            a, b = pairs[int(rng.integers(0, 3))]
            amt = round(float(rng.uniform(800, 6000)), 2)
            day = m + pd.Timedelta(days=int(rng.integers(3, 25)))
            events.append((day, "Taxable Investing", "Tax Loss Harvest", f"Sell {a} (tax loss harvest)", -amt, a))
            events.append((day, "Taxable Investing", "Tax Loss Harvest", f"Buy {b} (tax loss harvest)", amt, b))
    events.sort(key=lambda e: e[0])
    balance = {"Taxable Investing": 0.0, "Roth IRA": 0.0, "Traditional IRA": 42000.0, "Cash Reserve": 2500.0}
    rows = []
    for day, acct, kind, desc, amt, tk in events:
        if kind not in ("Rebalance", "Tax Loss Harvest"):
            balance[acct] += amt
        if kind in ("Deposit", "Withdrawal", "Fee", "Interest"):
            balance[acct] *= 1 + rng.normal(0.002, 0.01) if acct != "Cash Reserve" else 1
        price = _BT_FUNDS.get(tk, 60.0) * (1 + 0.004 * (day.year - 2021) * 12) * rng.uniform(0.9, 1.1) if tk else None
        rows.append(
            {
                "Date": f"{day:%Y-%m-%d}",
                "Account": acct,
                "Transaction Type": kind,
                "Description": desc,
                "Amount": _dollars(amt),
                "Ticker": tk,
                "Shares": f"{abs(amt) / price:.4f}" if price else "",
                "Price": f"{price:.2f}" if price else "",
                "Balance After": _dollars(balance[acct]),
            }
        )
    return pd.DataFrame(rows)


def _bt_amount(df: pd.DataFrame) -> pd.Series:
    return _money(df["Amount"])


def _bt_sum(kind: str, account: str | None = None, year: int | None = None) -> Callable[[pd.DataFrame], float]:
    def total(df: pd.DataFrame) -> float:
        keep = df["Transaction Type"] == kind
        if account:
            keep &= df["Account"] == account
        if year:
            keep &= pd.to_datetime(df["Date"]).dt.year == year
        return float(_bt_amount(df)[keep].sum())

    return total


_BT_ACCT = ("Account", "Transaction Type", "Amount")
_BETTERMENT_QS = [
    Q(
        "how much have i put in altogether",
        _scaled(_bt_sum("Deposit"), _BIG, rel=0.002),
        ("Transaction Type", "Amount"),
    ),
    Q("and how much of that went into the roth?", _scaled(_bt_sum("Deposit", "Roth IRA"), _BIG, rel=0.002), _BT_ACCT),
    Q(
        "what have i paid in fees",
        either(
            _scaled(lambda df: abs(_bt_sum("Fee")(df)), _BIG, rel=0.002),
            _scaled(lambda df: _bt_sum("Fee")(df), _BIG, rel=0.002),
        ),
        ("Transaction Type", "Amount"),
    ),
    Q(
        "which fund has paid me the most in dividends",
        _lead(
            _named(lambda df: _top(_bt_amount(df)[df["Transaction Type"] == "Dividend"].groupby(df["Ticker"]).sum()))
        ),
        ("Transaction Type", "Ticker", "Amount"),
    ),
    Q(
        "how many tax loss harvesting trades were there in 2023",
        either(
            _count(
                lambda df: int(
                    ((df["Transaction Type"] == "Tax Loss Harvest") & df["Date"].str.startswith("2023")).sum()
                )
            ),
            _count(
                lambda df: (
                    int(((df["Transaction Type"] == "Tax Loss Harvest") & df["Date"].str.startswith("2023")).sum()) // 2
                )
            ),
        ),
        ("Transaction Type", "Date"),
    ),
    Q(
        "how much interest did the cash reserve earn in 2024",
        _scaled(_bt_sum("Interest", "Cash Reserve", 2024), _BIG, rel=0.002),
        ("Account", "Transaction Type", "Amount", "Date"),
    ),
]


# --- 3. itch.io purchases export ---------------------------------------------------------------------------------

_ITCH_GAMES = {"Moss Lantern": (9.99, 30), "Tiny Rail Tycoon": (4.99, 28), "Gloomhollow": (14.99, 14)}
_ITCH_GAMES |= {"Pixel Petals OST": (2.99, 12), "Harbor Nights (Jam Edition)": (0.0, 16)}
_ITCH_COUNTRIES = {"US": 38, "DE": 10, "GB": 9, "FR": 6, "CA": 7, "BR": 6, "PL": 4, "JP": 4, "AU": 4, "NL": 3}


def _itch_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23203)
    start = pd.Timestamp("2022-01-01")
    span = int((pd.Timestamp("2024-07-01") - start).total_seconds())
    offs = np.concatenate([rng.integers(0, span, 1900), rng.integers(58_000_000, 58_000_000 + 2_400_000, 420)])
    rows = []
    for i, off in enumerate(np.sort(offs)):
        t = start + pd.Timedelta(seconds=int(off))
        game = _one(rng, list(_ITCH_GAMES), [w for _, w in _ITCH_GAMES.values()])
        price = _ITCH_GAMES[game][0]
        source = _one(rng, ["direct", "bundle", "jam page"], [78, 14, 8] if price else [40, 5, 55])
        if source == "bundle":
            amount = round(float(rng.uniform(0.2, 1.2)), 2)
        elif price == 0:
            amount = float(_one(rng, [1.0, 2.0, 3.0, 5.0], [4, 3, 2, 1]))
        else:
            amount = price if rng.random() < 0.85 else round(price + float(_one(rng, [1.0, 2.0, 5.0])), 2)
        tip = float(_one(rng, [0.0, 1.0, 2.0, 5.0], [88, 6, 4, 2])) if source != "bundle" else 0.0
        delivered = max(0.0, round((amount + tip) * 0.9 - 0.3 - 0.029 * (amount + tip), 2))
        rows.append(
            {
                "id": 9_100_000 + i * 37 + int(rng.integers(0, 30)),
                "object_name": game,
                "amount": f"${amount:.2f}",
                "amount_delivered_to_you": f"${delivered:.2f}",
                "tip": f"{tip:.2f}",
                "currency": _one(rng, ["USD", "EUR", "GBP"], [70, 20, 10]),
                "created_at": f"{t:%Y-%m-%d %H:%M:%S} UTC",
                "source": source,
                "country_code": _one(rng, list(_ITCH_COUNTRIES), list(_ITCH_COUNTRIES.values()))
                if rng.random() > 0.05
                else "",
                "platform_purchased_on": "web" if rng.random() < 0.83 else "app",
                "refunded": "true" if rng.random() < 0.035 else "false",
                "email": "".join(rng.choice(list("0123456789abcdef"), 32)),
            }
        )
    return pd.DataFrame(rows)


def _it_kept(df: pd.DataFrame) -> pd.DataFrame:
    return df[~_flag(df["refunded"])]


def _it_total(col: str, kept: bool) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_money((_it_kept(df) if kept else df)[col]).sum())


def _it_best(col: str, kept: bool) -> Callable[[pd.DataFrame], str]:
    def best(df: pd.DataFrame) -> str:
        d = _it_kept(df) if kept else df
        return _top(_money(d[col]).groupby(d["object_name"]).sum())

    return best


def _it_month(df: pd.DataFrame) -> pd.Timestamp:
    t = pd.to_datetime(df["created_at"].str.replace(" UTC", "", regex=False))
    return df.groupby(t.dt.to_period("M")).size().idxmax().to_timestamp()


_ITCH_QS = [
    Q(
        "how many sales have i had",
        either(_count(lambda df: len(df)), _count(lambda df: len(_it_kept(df)))),
        ("id", "refunded"),
    ),
    Q(
        "how much money actually reached me",
        either(
            _scaled(_it_total("amount_delivered_to_you", False), _BIG, rel=0.002),
            _scaled(_it_total("amount_delivered_to_you", True), _BIG, rel=0.002),
        ),
        ("amount_delivered_to_you", "refunded"),
    ),
    Q(
        "how much did people tip in total",
        either(
            _scaled(_it_total("tip", False), _BIG, rel=0.002),
            _scaled(_it_total("tip", True), _BIG, rel=0.002),
        ),
        ("tip", "refunded"),
    ),
    Q(
        "which game brings in the most money",
        either(
            *(
                _lead(_named(_it_best(col, kept)))
                for col in ("amount", "amount_delivered_to_you")
                for kept in (False, True)
            )
        ),
        ("object_name", "amount", "amount_delivered_to_you", "refunded"),
    ),
    Q(
        "what percent of purchases got refunded",
        _share(lambda df: float(_flag(df["refunded"]).mean())),
        ("refunded", "id"),
    ),
    Q("which month did i sell the most", month_year(_it_month), ("created_at", "id")),
]


# --- 4. DMV license and ID card issuance -------------------------------------------------------------------------

_DMV_COUNTIES = {"Ada": 9, "Canyon": 5, "Kootenai": 4, "Bonneville": 3, "Bannock": 2.5, "Twin Falls": 2.2}
_DMV_COUNTIES |= {"Bingham": 1.2, "Nez Perce": 1.1, "Madison": 1.0, "Latah": 0.9, "Elmore": 0.7, "Jerome": 0.6}
_DMV_CRED = {
    "Driver License": 10,
    "Learner Permit": 2.5,
    "ID Card": 3,
    "Commercial Driver License": 0.8,
    "REAL ID Driver License": 6,
}
_DMV_TX = {"Original": 3, "Renewal": 6, "Duplicate": 1.5, "Transfer from Out of State": 1.2}
_DMV_AGES = {"16-17": 1, "18-24": 2, "25-44": 5, "45-64": 4, "65+": 2.5}
_DMV_CHAN = {"Office": 6, "Online": 3, "Mail": 0.6}


def _dmv_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23204)
    rows = []
    for month in pd.date_range("2023-01-01", "2024-12-01", freq="MS"):
        season = (
            1 + 0.25 * np.sin((month.month - 3) / 12 * 2 * np.pi) + (0.35 if month == pd.Timestamp("2024-05-01") else 0)
        )
        first = len(rows)
        for county, size in _DMV_COUNTIES.items():
            for cred, cw in _DMV_CRED.items():
                for tx, tw in _DMV_TX.items():
                    if cred == "Learner Permit" and tx in ("Renewal", "Transfer from Out of State"):
                        continue
                    for age, aw in _DMV_AGES.items():
                        if age == "16-17" and (
                            tx == "Renewal" or cred not in ("Learner Permit", "Driver License", "ID Card")
                        ):
                            continue
                        if cred == "Learner Permit":
                            aw = {"16-17": 8, "18-24": 2, "25-44": 0.5, "45-64": 0.1, "65+": 0.05}[age]
                        for chan, chw in _DMV_CHAN.items():
                            if chan != "Office" and tx in ("Original", "Transfer from Out of State"):
                                continue
                            online = chw * (1.3 if month.year == 2024 else 1.0) if chan == "Online" else chw
                            lam = 0.09 * size * cw * tw * aw * online * season
                            if lam < 4 and rng.random() < 0.9:
                                continue
                            n = int(rng.poisson(lam))
                            if n == 0 or rng.random() < 0.86:
                                continue
                            wait = ""
                            if chan == "Office":
                                wait = f"{max(2.0, rng.normal(18 + 2.5 * size**0.5, 6)):.1f}"
                            rows.append(
                                {
                                    "Month": f"{month:%Y-%m}",
                                    "County": county,
                                    "Credential Type": cred,
                                    "Transaction": tx,
                                    "Age Band": age,
                                    "Count": n,
                                    "Average Wait": wait,
                                    "Channel": chan,
                                }
                            )
        total = sum(r["Count"] for r in rows[first:])
        rows.append(
            {
                "Month": f"{month:%Y-%m}",
                "County": "STATEWIDE TOTAL",
                "Credential Type": "ALL",
                "Transaction": "ALL",
                "Age Band": "ALL",
                "Count": total,
                "Average Wait": "",
                "Channel": "ALL",
            }
        )
    return pd.DataFrame(rows)


def _dmv_real(df: pd.DataFrame) -> pd.DataFrame:
    return df[df["County"] != "STATEWIDE TOTAL"]


def _dmv_waits(df: pd.DataFrame) -> list[float]:
    d = df[df["Channel"] == "Office"]
    w = pd.to_numeric(d["Average Wait"], errors="coerce")
    ok = w.notna()
    return [float(w.mean()), float((w[ok] * d["Count"][ok]).sum() / d["Count"][ok].sum()), float(w.median())]


def _dmv_online(year: int) -> Callable[[pd.DataFrame], int]:
    def total(df: pd.DataFrame) -> int:
        keep = (df["Channel"] == "Online") & (df["Transaction"] == "Renewal") & df["Month"].str.startswith(str(year))
        return int(df.loc[keep, "Count"].sum())

    return total


def _dmv_permit_share(df: pd.DataFrame) -> float:
    d = df[df["Credential Type"] == "Learner Permit"]
    return float(d.loc[d["Age Band"] == "16-17", "Count"].sum() / d["Count"].sum())


_DMV_QS = [
    Q(
        "how many real id licenses were issued altogether",
        _count(lambda df: int(df.loc[df["Credential Type"] == "REAL ID Driver License", "Count"].sum())),
        ("Credential Type", "Count"),
    ),
    Q(
        "which county does the most renewals",
        _lead(_named(lambda df: _top(df[df["Transaction"] == "Renewal"].groupby("County")["Count"].sum()))),
        ("County", "Transaction", "Count"),
    ),
    Q(
        "how long do people usually wait at the office",
        either(*(_about(lambda df, i=i: _dmv_waits(df)[i], rel=0.01) for i in range(3))),
        ("Channel", "Average Wait", "Count"),
    ),
    Q(
        "did online renewals go up from 2023 to 2024?",
        has(_dmv_online(2023), _dmv_online(2024), rel=0.001),
        ("Channel", "Transaction", "Month", "Count"),
    ),
    Q(
        "what share of learner permits go to 16-17 year olds",
        _share(_dmv_permit_share),
        ("Credential Type", "Age Band", "Count"),
    ),
    Q(
        "which month was the busiest",
        month_year(lambda df: pd.Timestamp(_top(_dmv_real(df).groupby("Month")["Count"].sum()))),
        ("Month", "Count", "County"),
    ),
]


# --- 5. SFMTA parking meter transactions -------------------------------------------------------------------------

_PK_HOODS = {
    "Mission": (["MISSION ST", "VALENCIA ST", "24TH ST"], "Area 3", 2.5, 20),
    "South of Market": (["FOLSOM ST", "HOWARD ST", "4TH ST"], "Area 2", 3.5, 18),
    "Financial District": (["MONTGOMERY ST", "SANSOME ST", "CALIFORNIA ST"], "Area 1", 5.0, 14),
    "Marina": (["CHESTNUT ST", "LOMBARD ST"], "Area 4", 2.0, 12),
    "North Beach": (["COLUMBUS AVE", "STOCKTON ST", "GRANT AVE"], "Area 3", 3.0, 13),
    "Hayes Valley": (["HAYES ST", "GOUGH ST"], "Area 4", 2.25, 9),
    "Inner Sunset": (["IRVING ST", "9TH AVE"], "Area 5", 1.5, 8),
    "Castro": (["MARKET ST", "18TH ST"], "Area 5", 2.0, 6),
}
_PK_HOURS = {h: w for h, w in zip(range(7, 22), [2, 4, 6, 8, 9, 13, 10, 9, 8, 8, 9, 8, 7, 5, 3], strict=True)}


def _parking_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23205)
    days = pd.date_range("2023-06-01", "2023-08-31", freq="D")
    posts = {
        h: [f"{int(rng.integers(200, 800))}-{int(rng.integers(10000, 40000))}" for _ in range(25)] for h in _PK_HOODS
    }
    rows = []
    for _ in range(4200):
        hood = _one(rng, list(_PK_HOODS), [v[3] for v in _PK_HOODS.values()])
        streets, area, rate, _w = _PK_HOODS[hood]
        post = _one(rng, posts[hood])
        day = _one(rng, list(days))
        hour = int(_one(rng, list(_PK_HOURS), list(_PK_HOURS.values())))
        start = day + pd.Timedelta(hours=hour, minutes=int(rng.integers(0, 60)), seconds=int(rng.integers(0, 60)))
        event = _one(rng, ["NS", "AT", "SC"], [75, 20, 5])
        pay = _one(rng, ["CREDIT CARD", "CASH", "SMART CARD", "PAY BY PHONE"], [44, 17, 9, 30])
        if event == "SC":
            dur, paid = int(_one(rng, [0, 5, 10])), 0.0
        else:
            dur = int(_one(rng, [15, 30, 45, 60, 90, 120, 180, 240], [8, 18, 12, 24, 12, 14, 7, 5]))
            if event == "AT":
                dur = int(_one(rng, [10, 15, 30, 60], [2, 3, 4, 2]))
            paid = round(rate * dur / 60 * rng.uniform(0.9, 1.1) * 4) / 4
            if pay == "CASH":
                paid = round(paid * 4) / 4
        rows.append(
            {
                "Transaction ID": "",
                "Post ID": post,
                "Street Block": f"{_one(rng, streets)} {int(rng.integers(1, 40)) * 100}",
                "Meter Type": "SS" if rng.random() < 0.82 else "MS",
                "Payment Type": pay,
                "Session Start Date": f"{start:%Y/%m/%d %I:%M:%S %p}",
                "Session End Date": f"{start + pd.Timedelta(minutes=dur):%Y/%m/%d %I:%M:%S %p}",
                "Meter Event Type": event,
                "Gross Paid Amt": f"{paid:.2f}",
                "Duration": dur,
                "Neighborhood": hood,
                "Rate Area": area,
            }
        )
    df = pd.DataFrame(rows)
    df = df.iloc[np.argsort(pd.to_datetime(df["Session Start Date"], format="%Y/%m/%d %I:%M:%S %p"), kind="stable")]
    df["Transaction ID"] = [str(46_200_000_000 + 7 * i + int(rng.integers(0, 7))) for i in range(len(df))]
    return df.reset_index(drop=True)


def _pk_start(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Session Start Date"], format="%Y/%m/%d %I:%M:%S %p")


def _pk_paid(df: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(df["Gross Paid Amt"], errors="coerce")


_PARKING_QS = [
    Q(
        "how much money did the meters take in",
        _scaled(lambda df: float(_pk_paid(df).sum()), _BIG, rel=0.002),
        ("Gross Paid Amt",),
    ),
    Q(
        "whats the most common way people pay",
        _lead(_named(lambda df: _top(df["Payment Type"].value_counts()))),
        ("Payment Type",),
    ),
    Q(
        "which neighborhood brings in the most money",
        _lead(_named(lambda df: _top(_pk_paid(df).groupby(df["Neighborhood"]).sum()))),
        ("Neighborhood", "Gross Paid Amt"),
    ),
    Q(
        "how long does a typical parking session last",
        either(
            _about(lambda df: float(df["Duration"].mean())),
            _about(lambda df: float(df["Duration"].median())),
            _about(lambda df: float(df.loc[df["Meter Event Type"] == "NS", "Duration"].mean())),
            _about(lambda df: float(df.loc[df["Meter Event Type"] == "NS", "Duration"].median())),
        ),
        ("Duration", "Meter Event Type"),
    ),
    Q(
        "what time of day do most sessions start",
        _lead(_hour(lambda df: int(_pk_start(df).dt.hour.value_counts().sort_index().idxmax()))),
        ("Session Start Date",),
    ),
    Q(
        "how many people paid with cash in july",
        _count(lambda df: int(((df["Payment Type"] == "CASH") & (_pk_start(df).dt.month == 7)).sum())),
        ("Payment Type", "Session Start Date"),
    ),
]


# --- 6. USDA National School Lunch Program participation -------------------------------------------------------

_NSLP_STATES = {"California": 38, "Texas": 33, "Florida": 20, "New York": 19, "Illinois": 12, "Georgia": 11.5}
_NSLP_STATES |= {"Pennsylvania": 11, "Ohio": 10.5, "North Carolina": 10, "Michigan": 8.5, "Arizona": 7.8}
_NSLP_STATES |= {"Washington": 6.5, "Tennessee": 6.8, "Indiana": 6.7, "Virginia": 7.2, "Missouri": 5.6}
_NSLP_STATES |= {"Colorado": 5.0, "Oregon": 3.4, "Utah": 4.1, "Nevada": 3.2}
_NSLP_MONTHS = ["October", "November", "December", "January", "February", "March", "April", "May", "June"]
_NSLP_MONTHS += ["July", "August", "September"]
_NSLP_DAYS = {"October": 21, "November": 17, "December": 15, "January": 18, "February": 18, "March": 21}
_NSLP_DAYS |= {"April": 18, "May": 20, "June": 8, "July": 3, "August": 12, "September": 20}


def _nslp_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23206)
    rows = []
    for fy in range(2019, 2024):
        for state, size in _NSLP_STATES.items():
            schools = int(size * 270 * rng.uniform(0.95, 1.05))
            free_share = float(np.clip(rng.normal(0.62, 0.06), 0.45, 0.78))
            for month in _NSLP_MONTHS:
                days = _NSLP_DAYS[month]
                scale = 1.0
                if fy == 2020 and month in ("April", "May", "June"):
                    scale = 0.12
                if fy == 2021:
                    scale = 0.55
                adp = size * 60_000 * scale * rng.uniform(0.93, 1.07) * (0.5 if month in ("June", "July") else 1)
                total = int(adp * days)
                if fy in (2021, 2022):
                    free, reduced = int(total * 0.97), 0
                else:
                    free = int(total * free_share)
                    reduced = int(total * rng.uniform(0.05, 0.08))
                paid = total - free - reduced
                reimb = free * 4.25 + reduced * 3.85 + paid * 0.45
                if fy in (2021, 2022):
                    reimb = total * 4.56
                rows.append(
                    {
                        "Fiscal Year": fy,
                        "State": state,
                        "Month": month,
                        "Schools Participating": ""
                        if rng.random() < 0.02
                        else int(schools * (0.6 if month == "July" else 1)),
                        "Free Lunches Served": free,
                        "Reduced Price Lunches Served": reduced,
                        "Paid Lunches Served": paid,
                        "Total Lunches Served": total,
                        "Average Daily Participation": int(total / days),
                        "Federal Reimbursement": f"${reimb:,.0f}",
                    }
                )
    return pd.DataFrame(rows)


def _nslp_corrs(df: pd.DataFrame) -> list[float]:
    s = pd.to_numeric(df["Schools Participating"], errors="coerce")
    a = df["Average Daily Participation"]
    by = pd.DataFrame({"s": s, "a": a, "st": df["State"]}).groupby("st").mean()
    return [float(s.corr(a)), float(s.corr(a, method="spearman")), float(by["s"].corr(by["a"]))]


_NSLP_QS = [
    Q(
        "which state served the most lunches overall",
        _lead(_named(lambda df: _top(df.groupby("State")["Total Lunches Served"].sum()))),
        ("State", "Total Lunches Served"),
    ),
    Q(
        "how much federal money did texas get in fy 2023",
        _scaled(
            lambda df: float(
                _money(df["Federal Reimbursement"])[(df["State"] == "Texas") & (df["Fiscal Year"] == 2023)].sum()
            ),
            (*_BIG, 1e9),
            rel=0.002,
        ),
        ("State", "Fiscal Year", "Federal Reimbursement"),
    ),
    Q(
        "what fraction of all the lunches were free",
        _share(lambda df: float(df["Free Lunches Served"].sum() / df["Total Lunches Served"].sum())),
        ("Free Lunches Served", "Total Lunches Served"),
    ),
    Q(
        "which year had the fewest lunches",
        _lead(_year(lambda df: int(df.groupby("Fiscal Year")["Total Lunches Served"].sum().idxmin()))),
        ("Fiscal Year", "Total Lunches Served"),
    ),
    Q(
        "do places with more schools have higher daily participation",
        either(*(has(lambda df, i=i: _nslp_corrs(df)[i], rel=0.01) for i in range(3))),
        ("Schools Participating", "Average Daily Participation", "State"),
    ),
    Q(
        "in california which month usually has the most lunches",
        _lead(
            _named(
                lambda df: _top(df[df["State"] == "California"].groupby("Month")["Total Lunches Served"].sum()),
                _MONTH_ALIASES,
            )
        ),
        ("State", "Month", "Total Lunches Served"),
    ),
]


# --- 7. Nanoleaf panels usage log --------------------------------------------------------------------------------

_NL_DEVICES = {"Shapes Living Room": (18, 0.55, 1.0), "Lines Office": (12, 0.4, 0.8), "Canvas Bedroom": (9, 0.3, 0.7)}
_NL_EFFECTS = {"Northern Lights": 40, "Flames": 18, "Forest": 22, "Snowfall": 12}
_NL_TRIGGERS = {"App": 38, "Schedule": 22, "Touch": 14, "Voice": 16, "HomeKit": 10}


def _nl_row(rng: np.random.Generator, t: pd.Timestamp, state: dict, event: str, trigger: str) -> dict:
    """One log row for a panel in `state` (device, panel count, watts per panel, effect, brightness, colour temp)."""
    on = event != "Power Off"
    b = state["bright"] if on else 0
    draw = 0.4
    if on:
        draw = round(state["panels"] * state["watts"] * (0.15 + 0.85 * b / 100) * rng.uniform(0.95, 1.05), 1)
    return {
        "Timestamp": f"{t:%Y-%m-%d %H:%M:%S}",
        "Device": state["device"],
        "Event": event,
        "Effect": state["effect"],
        "Brightness": b,
        "Color Temp": "" if state["effect"] else state["temp"],
        "Trigger": trigger,
        "Power Draw": draw,
    }


def _nanoleaf_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23207)
    rows = []
    days = pd.date_range("2024-01-01", "2024-04-30", freq="D")
    for dev, (panels, watts, use) in _NL_DEVICES.items():
        for day in days:
            if rng.random() > use:
                continue
            t = day + pd.Timedelta(hours=float(rng.uniform(6.5, 20)))
            bright = int(rng.integers(30, 101))
            effect = ""
            temp = int(_one(rng, [2700, 3000, 4000, 5000, 6500], [30, 30, 20, 10, 10]))

            state = {"device": dev, "panels": panels, "watts": watts, "effect": effect, "bright": bright, "temp": temp}
            rows.append(_nl_row(rng, t, state, "Power On", _one(rng, list(_NL_TRIGGERS), list(_NL_TRIGGERS.values()))))
            for _ in range(int(rng.integers(0, 5))):
                t += pd.Timedelta(minutes=float(rng.uniform(3, 90)))
                event = _one(
                    rng, ["Effect Change", "Brightness Change", "Rhythm Mode On", "Rhythm Mode Off"], [45, 40, 8, 7]
                )
                if event == "Effect Change":
                    effect = (
                        ""
                        if effect and rng.random() < 0.3
                        else _one(rng, list(_NL_EFFECTS), list(_NL_EFFECTS.values()))
                    )
                elif event == "Brightness Change":
                    bright = int(rng.integers(5, 101))
                state |= {"effect": effect, "bright": bright}
                rows.append(
                    _nl_row(rng, t, state, event, _one(rng, ["App", "Touch", "Voice", "HomeKit"], [45, 20, 22, 13]))
                )
            t += pd.Timedelta(minutes=float(rng.uniform(10, 240)))
            rows.append(_nl_row(rng, t, state, "Power Off", _one(rng, list(_NL_TRIGGERS), list(_NL_TRIGGERS.values()))))
    return pd.DataFrame(rows).sort_values("Timestamp", kind="stable").reset_index(drop=True)


def _nl_on_counts(df: pd.DataFrame) -> np.ndarray:
    return df[df["Event"] == "Power On"].groupby("Device").size().to_numpy()


def _nl_bright(df: pd.DataFrame) -> list[float]:
    return [float(df.loc[df["Event"] != "Power Off", "Brightness"].mean()), float(df["Brightness"].mean())]


def _nl_power(df: pd.DataFrame, on: bool) -> str:
    d = df[df["Event"] != "Power Off"] if on else df
    return _top(d.groupby("Device")["Power Draw"].mean())


_NANOLEAF_QS = [
    Q("how many times did each of my lights get turned on", _count(_nl_on_counts), ("Device", "Event")),
    Q(
        "which effect do i use the most",
        either(
            _lead(_named(lambda df: _top(df["Effect"].value_counts()))),
            _lead(_named(lambda df: _top(df.loc[df["Event"] == "Effect Change", "Effect"].value_counts()))),
        ),
        ("Effect", "Event"),
    ),
    Q(
        "whats the average brightness when they're on",
        either(_about(lambda df: _nl_bright(df)[0]), _about(lambda df: _nl_bright(df)[1])),
        ("Brightness", "Event"),
    ),
    Q(
        "how many entries are missing a color temperature",
        _count(lambda df: int(_blank(df["Color Temp"]).sum())),
        ("Color Temp",),
    ),
    Q(
        "what percent of changes were done by voice",
        either(
            _share(lambda df: float((df["Trigger"] == "Voice").mean())),
            _share(
                lambda df: float((df.loc[~df["Event"].isin(["Power On", "Power Off"]), "Trigger"] == "Voice").mean())
            ),
        ),
        ("Trigger", "Event"),
    ),
    Q(
        "and which light uses the most power on average",
        either(_lead(_named(lambda df: _nl_power(df, True))), _lead(_named(lambda df: _nl_power(df, False)))),
        ("Device", "Power Draw", "Event"),
    ),
]


HELDOUT232: list[Dataset] = [
    Dataset("lol_match_history_tracker", _lol_frame, _LOL_QS),
    Dataset("betterment_account_activity", _betterment_frame, _BETTERMENT_QS),
    Dataset("itch_io_purchases_export", _itch_frame, _ITCH_QS),
    Dataset("dmv_license_issuance_monthly", _dmv_frame, _DMV_QS),
    Dataset("sfmta_parking_meter_transactions", _parking_frame, _PARKING_QS),
    Dataset("usda_nslp_state_monthly", _nslp_frame, _NSLP_QS),
    Dataset("nanoleaf_usage_log", _nanoleaf_frame, _NANOLEAF_QS),
]
