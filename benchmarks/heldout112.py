"""HELDOUT112: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the layout of popular public downloads: a Fidelity "Portfolio_Positions_Mar-15-2024.csv"
positions export for an adviser's book of accounts (Account Number such as "Z23456789" or "238-104522", Account Name
such as "ROTH IRA" / "Individual - TOD" / "Joint WROS - TOD" / "Health Savings Account", Symbol with "SPAXX**" and
"FDRXX**" core cash rows, Description in upper case, Quantity, and "$123.45" / "+$1.23" / "-$0.54" / "+2.31%" money and
percent strings, cash rows with blank prices, gains and cost basis, a "Pending Activity" row per some accounts with
only Current Value, "--" for gains where the cost basis is unknown, Type Cash / Margin, and the disclaimer lines
Fidelity appends in the first column with the rest blank); a GitLab merge requests CSV export ("MR IID", "URL",
"Title", "State" opened / merged / closed / locked, "Description", "Source Branch", "Target Branch", project ids,
"Author", "Author Username", "Assignees" and "Assignee Usernames" (blank when none, comma-joined when several),
"Approvers", "Merged User", "Created At (UTC)" etc. as "2023-05-04 13:22:11", merged and closed stamps blank when not
applicable, "Milestone" often blank, comma-joined "Labels", "Time Estimate" and "Time Spent" in seconds); a Lyft driver
ride history download (Ride ID, "Requested At" as "03/14/2023 07:42 PM", Ride Type Lyft / Lyft XL / Shared /
Priority Pickup, Status Completed / Canceled by passenger / Canceled by driver, upper-case pickup and dropoff
neighbourhoods, Distance as "4.2 mi" and Duration as "17 min" (blank for cancellations), "$12.34" Fare, Tip, Bonus,
Cancel Fee and Total Earnings); a Strong app workout export (one row per set: "Date" as
"2023-01-05 07:32:11", "Workout Name", "Duration" as "1h 5m" or "58m", "Exercise Name" such as "Bench Press
(Barbell)", "Set Order" 1, 2, ... or "W" for warm-ups, Weight in lb, Reps, Distance and Seconds for cardio with Weight
0, Notes, "Workout Notes" and RPE mostly blank); a CDC WONDER natality "Natality, 2016-2022 expanded" export by state
and year (Notes, State, State Code as two-digit FIPS, Year, Year Code, Births, "Average Age of Mother (years)",
"Average Birth Weight (grams)"), with a "Total" row after each state (Notes "Total", Year blank), a grand total row and
the "---" notes block at the bottom with only Notes filled; an Olympic medal table history (Year, Season Summer /
Winter, Games "Beijing 2008", Host_country, Rank with ties, NOC code, Country ("United States", "Soviet Union", "West
Germany", "Unified Team"), Gold, Silver, Bronze, Total), 1896-2022; and a BLS CPI-U flat-file extract in long format
(series_id such as "CUUR0000SA0" padded with trailing spaces as the flat file has them, item_code, item_name, year,
period "M01"-"M12" plus "M13" annual averages, period_name, value, footnote_codes), 2015-2025 not seasonally adjusted,
with October 2025 published blank. All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _pct, _share, _text, _year
from .heldout38 import _month
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import scaled as _scaled

_MONEY = (1e3, 1e6, 1e9)


def _top(scores: pd.Series) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores).index[0])


def _bottom(scores: pd.Series) -> str:
    return str(_ranked(scores, ascending=True).index[0])


def _dollars(s: pd.Series) -> pd.Series:
    """ "$1,234.56", "+$1.23", "-$0.54", "--" or blank as numbers (NaN where none)."""
    text = _text(s).str.replace(r"[$,+%\s]", "", regex=True)
    return pd.to_numeric(text.where(~text.isin(["", "--", "-"])), errors="coerce")


def _amount(value: Callable[[pd.DataFrame], Any]) -> Check:
    return _scaled(value, _MONEY, rel=0.006)


# --- 1. Fidelity portfolio positions export (Portfolio_Positions_Mar-15-2024.csv) ------------------------------------

_FI_COLUMNS = [
    "Account Number",
    "Account Name",
    "Symbol",
    "Description",
    "Quantity",
    "Last Price",
    "Last Price Change",
    "Current Value",
    "Today's Gain/Loss Dollar",
    "Today's Gain/Loss Percent",
    "Total Gain/Loss Dollar",
    "Total Gain/Loss Percent",
    "Percent Of Account",
    "Cost Basis Total",
    "Average Cost Basis",
    "Type",
]
# symbol: description, price, typical drift since purchase, weight
_FI_HOLDINGS: dict[str, tuple[str, float, float, float]] = {
    "FXAIX": ("FIDELITY 500 INDEX FUND", 178.42, 0.35, 9),
    "FZROX": ("FIDELITY ZERO TOTAL MARKET INDEX FUND", 17.61, 0.30, 6),
    "FTIHX": ("FIDELITY TOTAL INTERNATIONAL INDEX FUND", 13.48, 0.05, 5),
    "FXNAX": ("FIDELITY U.S. BOND INDEX FUND", 10.21, -0.08, 4),
    "VTI": ("VANGUARD INDEX FDS VANGUARD TOTAL STK MKT ETF", 252.80, 0.28, 5),
    "VOO": ("VANGUARD INDEX FUNDS S&P 500 ETF USD", 468.15, 0.32, 5),
    "QQQ": ("INVESCO QQQ TR UNIT SER 1", 439.50, 0.40, 3),
    "AAPL": ("APPLE INC", 172.62, 0.45, 6),
    "MSFT": ("MICROSOFT CORP", 425.22, 0.60, 5),
    "NVDA": ("NVIDIA CORPORATION COM", 878.37, 1.80, 4),
    "AMZN": ("AMAZON.COM INC", 174.42, 0.30, 4),
    "GOOGL": ("ALPHABET INC CAP STK CL A", 141.18, 0.20, 3),
    "TSLA": ("TESLA INC", 163.57, -0.25, 3),
    "INTC": ("INTEL CORP", 42.77, -0.15, 2),
    "DIS": ("WALT DISNEY CO", 113.11, -0.10, 2),
    "PFE": ("PFIZER INC", 27.09, -0.30, 2),
    "KO": ("COCA-COLA CO", 59.62, 0.05, 2),
    "JNJ": ("JOHNSON &JOHNSON COM USD1.00", 156.62, -0.02, 2),
    "SCHD": ("SCHWAB STRATEGIC TR US DIVIDEND EQUITY ETF", 78.06, 0.08, 3),
    "BND": ("VANGUARD BD INDEX FDS TOTAL BND MRKT", 72.15, -0.07, 2),
}
_FI_TODAY_PCT = "Today's Gain/Loss Percent"
_FI_ACCOUNTS = [
    ("Individual - TOD", 3),
    ("ROTH IRA", 3),
    ("Traditional IRA", 2),
    ("Rollover IRA", 1.5),
    ("Joint WROS - TOD", 1.5),
    ("Health Savings Account", 1),
]


def _fidelity_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11201)
    symbols = list(_FI_HOLDINGS)
    weights = np.array([_FI_HOLDINGS[s][3] for s in symbols], dtype=float)
    names = [a for a, _ in _FI_ACCOUNTS]
    name_w = np.array([w for _, w in _FI_ACCOUNTS], dtype=float)
    rows: list[dict[str, Any]] = []
    for k in range(34):
        number = (
            f"Z{rng.integers(10_000_000, 99_999_999)}"
            if k % 3
            else f"{rng.integers(200, 299)}-{rng.integers(100_000, 999_999)}"
        )
        name = names[int(rng.choice(len(names), p=name_w / name_w.sum()))]
        picks = rng.choice(len(symbols), size=int(rng.integers(6, 13)), replace=False, p=weights / weights.sum())
        block: list[dict[str, Any]] = []
        cash = float(np.round(rng.lognormal(7.5, 1.2), 2))
        core = "SPAXX**" if rng.random() < 0.7 else "FDRXX**"
        block.append(
            {
                "Symbol": core,
                "Description": "HELD IN MONEY MARKET",
                "Current Value": cash,
                "Type": "Cash",
            }
        )
        for i in picks:
            sym = symbols[int(i)]
            desc, price, drift, _ = _FI_HOLDINGS[sym]
            last = round(price * float(rng.uniform(0.995, 1.005)), 2)
            qty = round(float(rng.lognormal(3.2, 1.0)), 3 if sym.startswith("F") and len(sym) == 5 else 0)
            qty = max(qty, 1.0)
            value = round(qty * last, 2)
            change = round(last * float(rng.normal(0.002, 0.012)), 2)
            row: dict[str, Any] = {
                "Symbol": sym,
                "Description": desc,
                "Quantity": qty,
                "Last Price": last,
                "Last Price Change": change,
                "Current Value": value,
                "Today's Gain/Loss Dollar": round(change * qty, 2),
                "Today's Gain/Loss Percent": round(100 * change / (last - change), 2),
                "Type": "Margin" if name.startswith(("Individual", "Joint")) and rng.random() < 0.3 else "Cash",
            }
            if rng.random() < 0.06:
                row["Cost Basis"] = None
            else:
                cost = round(value / max(0.2, 1 + drift * float(rng.uniform(0.0, 1.6)) + float(rng.normal(0, 0.12))), 2)
                row["Cost Basis"] = cost
            block.append(row)
        if rng.random() < 0.25:
            block.append({"Symbol": "Pending Activity", "Current Value": round(float(rng.normal(0, 400)), 2)})
        total = sum(float(r["Current Value"]) for r in block)
        for r in block:
            out: dict[str, Any] = {c: "" for c in _FI_COLUMNS}
            out["Account Number"], out["Account Name"] = number, name
            out["Symbol"] = r["Symbol"]
            out["Description"] = r.get("Description", "")
            out["Current Value"] = (
                f"${r['Current Value']:,.2f}" if r["Current Value"] >= 0 else f"-${-r['Current Value']:,.2f}"
            )
            if "Quantity" in r:
                out["Quantity"] = r["Quantity"]
                out["Last Price"] = f"${r['Last Price']:,.2f}"
                out["Last Price Change"] = (
                    f"{'+' if r['Last Price Change'] >= 0 else '-'}${abs(r['Last Price Change']):.2f}"
                )
                d = r["Today's Gain/Loss Dollar"]
                out["Today's Gain/Loss Dollar"] = f"{'+' if d >= 0 else '-'}${abs(d):,.2f}"
                out["Today's Gain/Loss Percent"] = f"{'+' if d >= 0 else '-'}{abs(r[_FI_TODAY_PCT]):.2f}%"
                cost = r["Cost Basis"]
                if cost is None:
                    out["Total Gain/Loss Dollar"] = "--"
                    out["Total Gain/Loss Percent"] = "--"
                    out["Cost Basis Total"] = ""
                    out["Average Cost Basis"] = "--"
                else:
                    g = r["Current Value"] - cost
                    out["Total Gain/Loss Dollar"] = f"{'+' if g >= 0 else '-'}${abs(g):,.2f}"
                    out["Total Gain/Loss Percent"] = f"{'+' if g >= 0 else '-'}{abs(100 * g / cost):.2f}%"
                    out["Cost Basis Total"] = f"${cost:,.2f}"
                    out["Average Cost Basis"] = f"${cost / r['Quantity']:,.2f}"
            if r["Symbol"] != "Pending Activity":
                out["Percent Of Account"] = f"{100 * r['Current Value'] / total:.2f}%"
            out["Type"] = r.get("Type", "")
            rows.append(out)
    for line in (
        "The data and information in this spreadsheet is provided to you solely for your use and is not for "
        "distribution. The spreadsheet is provided for informational purposes only.",
        "Brokerage services are provided by Fidelity Brokerage Services LLC (FBS), 900 Salem Street, Smithfield, "
        "RI 02917. Custody and other services provided by National Financial Services LLC (NFS).",
        "Date downloaded 03/15/2024 4:32 PM ET",
    ):
        rows.append({c: (line if c == "Account Number" else "") for c in _FI_COLUMNS})
    return pd.DataFrame(rows, columns=_FI_COLUMNS)


def _fi_held(d: pd.DataFrame) -> pd.DataFrame:
    """Security rows: a price, so not cash, pending activity or the footer."""
    return d[_dollars(d["Last Price"]).notna()]


def _fi_values(d: pd.DataFrame) -> pd.Series:
    return _dollars(d["Current Value"])


def _fi_losers(d: pd.DataFrame) -> pd.DataFrame:
    return d[_dollars(d["Total Gain/Loss Dollar"]) < 0]


def _fi_gain_pct(d: pd.DataFrame) -> float:
    held = d[_dollars(d["Cost Basis Total"]).notna()]
    return float(_dollars(held["Total Gain/Loss Dollar"]).sum() / _dollars(held["Cost Basis Total"]).sum())


_FI_ID = ("Account Number", "Account Name", "Symbol", "Description")
_FIDELITY_QS = [
    Q(
        "how much is everything worth altogether?",
        either(
            _amount(lambda d: float(_fi_values(d).sum())),
            _amount(lambda d: float(_fi_values(d[_text(d["Symbol"]) != "Pending Activity"]).sum())),
        ),
        (*_FI_ID, "Current Value"),
    ),
    Q(
        "what's my biggest holding",
        _lead(_named(lambda d: _top(_fi_values(_fi_held(d)).groupby(_text(_fi_held(d)["Symbol"])).sum()))),
        (*_FI_ID, "Current Value"),
    ),
    Q(
        "how many positions are underwater",
        _count(lambda d: float(len(_fi_losers(d)))),
        (*_FI_ID, "Total Gain/Loss Dollar", "Total Gain/Loss Percent", "Current Value", "Cost Basis Total"),
    ),
    Q(
        "which of those is down the most in dollars?",
        _lead(_named(lambda d: str(d.loc[_dollars(d["Total Gain/Loss Dollar"]).idxmin(), "Symbol"]).strip())),
        (*_FI_ID, "Total Gain/Loss Dollar", "Total Gain/Loss Percent", "Current Value", "Cost Basis Total"),
    ),
    Q(
        "overall am i up or down, in percent?",
        _share(_fi_gain_pct),
        (*_FI_ID, "Total Gain/Loss Dollar", "Total Gain/Loss Percent", "Cost Basis Total", "Current Value"),
    ),
    Q(
        "which kind of account has the most money in it",
        _lead(_named(lambda d: _top(_fi_values(d).groupby(_text(d["Account Name"])).sum().drop("", errors="ignore")))),
        (*_FI_ID, "Current Value"),
    ),
]


# --- 2. GitLab merge requests CSV export -----------------------------------------------------------------------------

_GL_COLUMNS = [
    "MR IID",
    "URL",
    "Title",
    "State",
    "Description",
    "Source Branch",
    "Target Branch",
    "Source Project ID",
    "Target Project ID",
    "Milestone",
    "Author",
    "Author Username",
    "Assignees",
    "Assignee Usernames",
    "Approvers",
    "Approver Usernames",
    "Merged User",
    "Merged Username",
    "Milestone ID",
    "Created At (UTC)",
    "Updated At (UTC)",
    "Closed At (UTC)",
    "Merged At (UTC)",
    "Labels",
    "Time Estimate",
    "Time Spent",
]
# display name, username, weight
_GL_PEOPLE = [
    ("Priya Raman", "praman", 14),
    ("Tomasz Kowalski", "tkowalski", 11),
    ("Alex Chen", "achen", 10),
    ("Maria Gonzalez", "mgonzalez", 8),
    ("Jordan Blake", "jblake", 7),
    ("Sven Larsen", "slarsen", 6),
    ("Aiko Tanaka", "atanaka", 5),
    ("dependabot", "dependabot-bot", 9),
    ("Chris O'Neil", "coneil", 4),
]
_GL_LABELS = ["bug", "feature", "backend", "frontend", "documentation", "security", "dependencies", "refactor"]
_GL_VERBS = ["Fix", "Add", "Update", "Refactor", "Remove", "Improve", "Bump"]
_GL_THINGS = [
    "login redirect",
    "pagination on /api/v2/projects",
    "CSV export encoding",
    "flaky integration test",
    "dark mode toggle",
    "rate limiter",
    "README setup steps",
    "webhook retries",
    "search indexing job",
    "lodash from 4.17.20 to 4.17.21",
]


def _gitlab_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11202)
    n = 1400
    pw = np.array([p[2] for p in _GL_PEOPLE], dtype=float)
    start = pd.Timestamp("2022-09-01")
    rows = []
    for i in range(n):
        iid = 120 + i
        author = _GL_PEOPLE[int(rng.choice(len(_GL_PEOPLE), p=pw / pw.sum()))]
        bot = author[1] == "dependabot-bot"
        # busier in early 2023
        day = float(rng.uniform(0, 540))
        if rng.random() < 0.25:
            day = float(rng.uniform(175, 235))
        created = start + pd.Timedelta(days=day) + pd.Timedelta(seconds=int(rng.integers(0, 86400)))
        state = str(rng.choice(["merged", "opened", "closed", "locked"], p=[0.72, 0.13, 0.14, 0.01]))
        if created > pd.Timestamp("2024-02-01") and state == "merged" and rng.random() < 0.4:
            state = "opened"
        hours = float(rng.lognormal(3.0 if not bot else 2.0, 1.1))
        merged = created + pd.Timedelta(hours=hours) if state == "merged" else None
        closed = created + pd.Timedelta(hours=hours * 1.5) if state in ("closed", "locked") else None
        labels: list[str] = []
        if bot:
            labels = ["dependencies"]
            title = f"Bump {_GL_THINGS[9]}"
        else:
            verb = str(rng.choice(_GL_VERBS[:-1]))
            title = f"{verb} {rng.choice(_GL_THINGS[:9])}"
            if verb == "Fix" or rng.random() < 0.12:
                labels.append("bug")
            labels += [str(x) for x in rng.choice(_GL_LABELS[1:], size=int(rng.integers(0, 3)), replace=False)]
            labels = list(dict.fromkeys(labels))
        if rng.random() < 0.25:
            title = f"Draft: {title}"
        k = int(rng.choice([0, 1, 1, 1, 2]))
        others = [p for p in _GL_PEOPLE if p != author and p[1] != "dependabot-bot"]
        chosen = [others[int(j)] for j in rng.choice(len(others), size=k, replace=False)]
        approvers = [others[int(j)] for j in rng.choice(len(others), size=int(rng.integers(0, 3)), replace=False)]
        merger = others[int(rng.integers(len(others)))] if merged is not None else None
        updated = max(t for t in (created, merged, closed) if t is not None) + pd.Timedelta(
            minutes=int(rng.integers(0, 600))
        )
        milestone = str(rng.choice(["", "", "16.0", "16.1", "16.2", "Q3 Hardening"]))
        rows.append(
            {
                "MR IID": iid,
                "URL": f"https://gitlab.com/acme-corp/platform/web-app/-/merge_requests/{iid}",
                "Title": title,
                "State": state,
                "Description": "" if rng.random() < 0.3 else f"Closes #{rng.integers(300, 2400)}",
                "Source Branch": f"{author[1]}/{title.lower().replace(' ', '-')[:28]}",
                "Target Branch": "main" if rng.random() < 0.93 else "release-16.1",
                "Source Project ID": 41_822_317,
                "Target Project ID": 41_822_317,
                "Milestone": milestone,
                "Author": author[0],
                "Author Username": author[1],
                "Assignees": ", ".join(p[0] for p in chosen),
                "Assignee Usernames": ", ".join(p[1] for p in chosen),
                "Approvers": ", ".join(p[0] for p in approvers),
                "Approver Usernames": ", ".join(p[1] for p in approvers),
                "Merged User": merger[0] if merger else "",
                "Merged Username": merger[1] if merger else "",
                "Milestone ID": {"": "", "16.0": 3301, "16.1": 3302, "16.2": 3303, "Q3 Hardening": 3290}[milestone],
                "Created At (UTC)": f"{created:%Y-%m-%d %H:%M:%S}",
                "Updated At (UTC)": f"{updated:%Y-%m-%d %H:%M:%S}",
                "Closed At (UTC)": f"{closed:%Y-%m-%d %H:%M:%S}" if closed is not None else "",
                "Merged At (UTC)": f"{merged:%Y-%m-%d %H:%M:%S}" if merged is not None else "",
                "Labels": ",".join(labels),
                "Time Estimate": int(rng.choice([0, 0, 0, 3600, 7200, 14400])),
                "Time Spent": int(rng.choice([0, 0, 0, 1800, 3600, 5400])),
            }
        )
    return pd.DataFrame(rows, columns=_GL_COLUMNS)


def _gl_merge_hours(d: pd.DataFrame) -> pd.Series:
    made = pd.to_datetime(d["Created At (UTC)"], errors="coerce")
    merged = pd.to_datetime(d["Merged At (UTC)"], errors="coerce")
    return ((merged - made).dt.total_seconds() / 3600).dropna()


def _gl_busiest(d: pd.DataFrame) -> pd.Timestamp:
    months = pd.to_datetime(d["Created At (UTC)"]).dt.to_period("M").astype(str)
    return pd.Period(_top(months.value_counts())).to_timestamp()


def _gl_bug(d: pd.DataFrame) -> float:
    tags = _text(d["Labels"]).str.split(",")
    return float(tags.map(lambda t: "bug" in [x.strip() for x in t]).mean())


_GL_ID = ("MR IID", "Title", "URL")
_GITLAB_QS = [
    Q("how many got merged", _count(lambda d: float((_text(d["State"]) == "merged").sum())), (*_GL_ID, "State")),
    Q(
        "who opens the most MRs?",
        _lead(_named(lambda d: _top(_text(d["Author"]).value_counts()))),
        (*_GL_ID, "Author", "Author Username"),
    ),
    Q(
        "on average how long does it take to get merged",
        either(
            _about(lambda d: float(_gl_merge_hours(d).mean()), rel=0.01),
            _about(lambda d: float(_gl_merge_hours(d).mean() / 24), rel=0.01),
        ),
        (*_GL_ID, "State", "Created At (UTC)", "Merged At (UTC)"),
    ),
    Q(
        "which month had the most new merge requests",
        _lead(_month_year(_gl_busiest)),
        (*_GL_ID, "Created At (UTC)"),
    ),
    Q("what % are bugs", _share(_gl_bug), (*_GL_ID, "Labels")),
    Q(
        "how many don't have anyone assigned",
        _count(lambda d: float((_text(d["Assignees"]) == "").sum())),
        (*_GL_ID, "Assignees", "Assignee Usernames"),
    ),
]


# --- 3. Lyft driver ride history -------------------------------------------------------------------------------------

_LY_COLUMNS = [
    "Ride ID",
    "Requested At",
    "Ride Type",
    "Status",
    "Pickup",
    "Dropoff",
    "Distance",
    "Duration",
    "Fare",
    "Tip",
    "Bonus",
    "Cancel Fee",
    "Total Earnings",
]
_LY_PLACES = [
    "MISSION DISTRICT",
    "SOMA",
    "SFO AIRPORT",
    "NOE VALLEY",
    "NORTH BEACH",
    "THE CASTRO",
    "MARINA",
    "SUNSET",
    "RICHMOND",
    "FINANCIAL DISTRICT",
    "DALY CITY",
    "OAKLAND DOWNTOWN",
]


def _lyft_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11203)
    n = 2100
    start = pd.Timestamp("2023-01-02")
    rows = []
    # weekend nights busier and richer
    for _ in range(n):
        day = start + pd.Timedelta(days=int(rng.integers(0, 365)))
        wd = day.day_of_week
        if wd < 4 and rng.random() < 0.35:
            day += pd.Timedelta(days=int(4 - wd + rng.integers(0, 2)))
        hour = int(rng.choice([7, 8, 9, 12, 17, 18, 19, 20, 21, 22, 23, 0, 1]))
        stamp = day + pd.Timedelta(hours=hour, minutes=int(rng.integers(0, 60)))
        kind = str(rng.choice(["Lyft", "Lyft XL", "Shared", "Priority Pickup"], p=[0.68, 0.12, 0.1, 0.1]))
        status = str(rng.choice(["Completed", "Canceled by passenger", "Canceled by driver"], p=[0.9, 0.07, 0.03]))
        pick, drop = rng.choice(_LY_PLACES, size=2, replace=False)
        row: dict[str, Any] = {
            "Ride ID": f"{rng.integers(10**17, 10**18)}",
            "Requested At": stamp.strftime("%m/%d/%Y %I:%M %p"),
            "Ride Type": kind,
            "Status": status,
            "Pickup": pick,
            "Dropoff": drop if status == "Completed" else "",
        }
        if status == "Completed":
            miles = round(float(rng.gamma(2.2, 2.4)) + (10 if "SFO" in (pick, drop) else 0), 1)
            minutes = int(max(3, round(miles * rng.uniform(2.2, 3.6) + rng.normal(4, 2))))
            mult = {"Lyft": 1.0, "Lyft XL": 1.55, "Shared": 0.75, "Priority Pickup": 1.2}[kind]
            fare = round(mult * (2.3 + 1.05 * miles + 0.28 * minutes) * (1.15 if wd >= 4 and hour >= 20 else 1.0), 2)
            tip = 0.0
            if rng.random() < 0.38:
                tip = float(rng.choice([1, 2, 3, 5])) + round(0.08 * miles * float(rng.uniform(0, 2)), 2)
            bonus = float(rng.choice([0, 0, 0, 0, 1.5, 3.0]))
            row |= {
                "Distance": f"{miles:.1f} mi",
                "Duration": f"{minutes} min",
                "Fare": fare,
                "Tip": round(tip, 2),
                "Bonus": bonus,
                "Cancel Fee": 0.0,
            }
        else:
            fee = 5.0 if status == "Canceled by passenger" and rng.random() < 0.6 else 0.0
            row |= {"Distance": "", "Duration": "", "Fare": 0.0, "Tip": 0.0, "Bonus": 0.0, "Cancel Fee": fee}
        row["Total Earnings"] = round(row["Fare"] + row["Tip"] + row["Bonus"] + row["Cancel Fee"], 2)
        rows.append(row)
    frame = pd.DataFrame(rows, columns=_LY_COLUMNS)
    frame["_t"] = pd.to_datetime(frame["Requested At"], format="%m/%d/%Y %I:%M %p")
    frame = frame.sort_values("_t", ascending=False, kind="stable").drop(columns="_t").reset_index(drop=True)
    for c in ("Fare", "Tip", "Bonus", "Cancel Fee", "Total Earnings"):
        frame[c] = frame[c].map(lambda x: f"${x:,.2f}")
    return frame


def _ly_when(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Requested At"], format="%m/%d/%Y %I:%M %p")


def _ly_total(d: pd.DataFrame) -> pd.Series:
    return _dollars(d["Total Earnings"])


def _ly_best_day(how: str) -> Callable[[pd.DataFrame], str]:
    return lambda d: _top(_ly_total(d).groupby(_ly_when(d).dt.day_name()).agg(how))


def _ly_best_month(d: pd.DataFrame) -> pd.Timestamp:
    return pd.Period(_top(_ly_total(d).groupby(_ly_when(d).dt.to_period("M").astype(str)).sum())).to_timestamp()


def _ly_miles(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(_text(d["Distance"]).str.replace(" mi", "", regex=False), errors="coerce")


_LY_ID = ("Ride ID", "Requested At")
_LYFT_QS = [
    Q(
        "how much did i make in total",
        _amount(lambda d: float(_ly_total(d).sum())),
        (*_LY_ID, "Total Earnings", "Fare", "Tip", "Bonus", "Cancel Fee"),
    ),
    Q("and how much of that was tips?", _amount(lambda d: float(_dollars(d["Tip"]).sum())), (*_LY_ID, "Tip")),
    Q(
        "which day of the week pays best",
        _lead(either(_named(_ly_best_day("sum")), _named(_ly_best_day("mean")))),
        (*_LY_ID, "Total Earnings", "Fare"),
    ),
    Q(
        "how many rides got cancelled",
        _count(lambda d: float(_text(d["Status"]).str.startswith("Canceled").sum())),
        (*_LY_ID, "Status"),
    ),
    Q(
        "do longer trips get bigger tips?",
        _corr(_ly_miles, lambda d: _dollars(d["Tip"]).where(_ly_miles(d).notna())),
        (*_LY_ID, "Distance", "Tip", "Status"),
    ),
    Q(
        "what was my best month",
        _lead(either(_month_year(_ly_best_month), _month(_ly_best_month))),
        (*_LY_ID, "Total Earnings"),
    ),
]


# --- 4. Strong app workout log (one row per set) ---------------------------------------------------------------------

_ST_COLUMNS = [
    "Date",
    "Workout Name",
    "Duration",
    "Exercise Name",
    "Set Order",
    "Weight",
    "Reps",
    "Distance",
    "Seconds",
    "Notes",
    "Workout Notes",
    "RPE",
]
# workout: exercises as (name, starting weight lb, reps, sets)
_ST_PLAN: dict[str, list[tuple[str, float, int, int]]] = {
    "Push Day": [
        ("Bench Press (Barbell)", 135, 8, 4),
        ("Overhead Press (Barbell)", 85, 8, 3),
        ("Incline Bench Press (Dumbbell)", 45, 10, 3),
        ("Triceps Pushdown (Cable - Straight Bar)", 50, 12, 3),
    ],
    "Pull Day": [
        ("Deadlift (Barbell)", 185, 5, 3),
        ("Pull Up", 0, 8, 3),
        ("Bent Over Row (Barbell)", 115, 8, 3),
        ("Bicep Curl (Dumbbell)", 25, 12, 3),
    ],
    "Leg Day": [
        ("Squat (Barbell)", 155, 6, 4),
        ("Romanian Deadlift (Barbell)", 135, 8, 3),
        ("Leg Press", 270, 10, 3),
        ("Calf Raise (Machine)", 120, 15, 3),
    ],
    "Evening Cardio": [("Running (Treadmill)", 0, 0, 1)],
}


def _strong_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11204)
    rows = []
    day = pd.Timestamp("2023-01-03")
    cycle = ["Push Day", "Pull Day", "Leg Day"]
    k = 0
    while day < pd.Timestamp("2023-12-20"):
        progress = (day - pd.Timestamp("2023-01-03")).days / 350
        name = cycle[k % 3] if rng.random() > 0.12 else "Evening Cardio"
        k += name != "Evening Cardio"
        start = day + pd.Timedelta(hours=int(rng.choice([6, 7, 7, 18, 19])), minutes=int(rng.integers(0, 60)))
        stamp = f"{start:%Y-%m-%d %H:%M:%S}"
        minutes = int(rng.integers(45, 85)) if name != "Evening Cardio" else int(rng.integers(20, 40))
        duration = f"{minutes // 60}h {minutes % 60}m" if minutes >= 60 else f"{minutes}m"
        note = "" if rng.random() < 0.85 else str(rng.choice(["felt strong", "bad sleep", "gym crowded"]))
        for ex, base, reps, sets in _ST_PLAN[name]:
            if ex.startswith("Running"):
                rows.append(
                    {
                        "Date": stamp,
                        "Workout Name": name,
                        "Duration": duration,
                        "Exercise Name": ex,
                        "Set Order": 1,
                        "Weight": 0,
                        "Reps": 0,
                        "Distance": round(float(rng.uniform(1.5, 4.0)), 2),
                        "Seconds": int(minutes * 60 - rng.integers(0, 200)),
                        "Workout Notes": note,
                    }
                )
                continue
            top = base * (1 + 0.3 * progress) if base else 0
            top = 5 * round(top * float(rng.uniform(0.96, 1.04)) / 5)
            if base >= 100 and rng.random() < 0.8:
                for w in (45, 5 * round(0.6 * top / 5)):
                    rows.append(
                        {
                            "Date": stamp,
                            "Workout Name": name,
                            "Duration": duration,
                            "Exercise Name": ex,
                            "Set Order": "W",
                            "Weight": w,
                            "Reps": 8,
                            "Workout Notes": note,
                        }
                    )
            for s in range(1, sets + 1):
                rows.append(
                    {
                        "Date": stamp,
                        "Workout Name": name,
                        "Duration": duration,
                        "Exercise Name": ex,
                        "Set Order": s,
                        "Weight": top,
                        "Reps": int(max(1, reps + rng.integers(-2, 2) - (s > 2))),
                        "Notes": "" if rng.random() < 0.95 else "pause reps",
                        "Workout Notes": note,
                        "RPE": "" if rng.random() < 0.8 else float(rng.choice([7, 7.5, 8, 8.5, 9])),
                    }
                )
        day += pd.Timedelta(days=int(rng.choice([1, 1, 2, 2, 3, 4])))
    return pd.DataFrame(rows, columns=_ST_COLUMNS)


def _st_minutes(text: str) -> float:
    h = int(text.split("h")[0]) if "h" in text else 0
    m = int(text.split("h")[-1].strip().rstrip("m") or 0)
    return 60.0 * h + m


def _st_ex(d: pd.DataFrame, name: str, warmups: bool = True) -> pd.DataFrame:
    rows = d[_text(d["Exercise Name"]) == name]
    return rows if warmups else rows[_text(rows["Set Order"]) != "W"]


def _st_volume(warmups: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        rows = _st_ex(d, "Squat (Barbell)", warmups)
        return float((rows["Weight"].astype(float) * rows["Reps"].astype(float)).sum())

    return value


def _st_march(warmups: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        when = pd.to_datetime(d["Date"])
        rows = d[(when.dt.year == 2023) & (when.dt.month == 3)]
        return float(len(rows) if warmups else (_text(rows["Set Order"]) != "W").sum())

    return value


_ST_ID = ("Date", "Workout Name", "Exercise Name")
_STRONG_QS = [
    Q("how many workouts have i logged", _count(lambda d: float(d["Date"].nunique())), ("Date", "Workout Name")),
    Q(
        "what's the heaviest i've benched",
        has(lambda d: float(_st_ex(d, "Bench Press (Barbell)")["Weight"].max())),
        (*_ST_ID, "Weight"),
    ),
    Q(
        "which exercise have i done the most sets of?",
        _lead(
            either(
                _named(lambda d: _top(_text(d["Exercise Name"]).value_counts())),
                _named(lambda d: _top(_text(d.loc[_text(d["Set Order"]) != "W", "Exercise Name"]).value_counts())),
            )
        ),
        (*_ST_ID, "Set Order"),
    ),
    Q(
        "total volume on squats (weight x reps)",
        either(_scaled(_st_volume(True), (1e3, 1e6)), _scaled(_st_volume(False), (1e3, 1e6))),
        (*_ST_ID, "Weight", "Reps", "Set Order"),
    ),
    Q(
        "how long is a typical workout in minutes",
        either(
            _about(lambda d: float(d.drop_duplicates("Date")["Duration"].map(_st_minutes).mean()), rel=0.01),
            _about(lambda d: float(d.drop_duplicates("Date")["Duration"].map(_st_minutes).median()), rel=0.01),
        ),
        ("Date", "Workout Name", "Duration"),
    ),
    Q(
        "how many sets did i do in march 2023",
        either(_count(_st_march(True)), _count(_st_march(False))),
        (*_ST_ID, "Set Order"),
    ),
]


# --- 5. CDC WONDER natality by state and year ------------------------------------------------------------------------

_CD_COLUMNS = [
    "Notes",
    "State",
    "State Code",
    "Year",
    "Year Code",
    "Births",
    "Average Age of Mother (years)",
    "Average Birth Weight (grams)",
]
# state: FIPS, births in 2016, yearly trend, mean age of mother
_CD_STATES: dict[str, tuple[int, int, float, float]] = {
    "Alabama": (1, 59151, -0.008, 27.4),
    "Alaska": (2, 11209, -0.02, 28.4),
    "Arizona": (4, 84520, -0.01, 28.2),
    "Arkansas": (5, 38274, -0.01, 27.0),
    "California": (6, 488827, -0.028, 30.1),
    "Colorado": (8, 66613, -0.012, 29.8),
    "Connecticut": (9, 36015, -0.006, 30.8),
    "Delaware": (10, 10992, -0.004, 29.1),
    "District of Columbia": (11, 9858, -0.01, 31.6),
    "Florida": (12, 225018, -0.002, 29.3),
    "Georgia": (13, 130042, -0.004, 28.6),
    "Hawaii": (15, 18059, -0.02, 29.6),
    "Idaho": (16, 22827, 0.002, 27.9),
    "Illinois": (17, 154445, -0.025, 29.6),
    "Indiana": (18, 83984, -0.008, 27.9),
    "Iowa": (19, 39403, -0.008, 28.6),
    "Kansas": (20, 38053, -0.012, 28.3),
    "Kentucky": (21, 55449, -0.008, 27.5),
    "Louisiana": (22, 63178, -0.014, 27.3),
    "Maine": (23, 12705, -0.005, 29.3),
    "Maryland": (24, 73136, -0.006, 30.2),
    "Massachusetts": (25, 71867, -0.007, 31.2),
    "Michigan": (26, 113315, -0.01, 28.9),
    "Minnesota": (27, 69749, -0.01, 29.6),
    "Mississippi": (28, 37928, -0.012, 26.8),
    "Missouri": (29, 75086, -0.009, 28.2),
    "Montana": (30, 12282, -0.004, 28.4),
    "Nebraska": (31, 26589, -0.007, 28.5),
    "Nevada": (32, 36260, -0.005, 28.6),
    "New Hampshire": (33, 12267, -0.002, 30.1),
    "New Jersey": (34, 102647, -0.004, 30.9),
    "New Mexico": (35, 24692, -0.022, 27.4),
    "New York": (36, 237274, -0.018, 30.4),
    "North Carolina": (37, 120779, 0.0, 28.7),
    "North Dakota": (38, 11383, -0.015, 28.1),
    "Ohio": (39, 139467, -0.009, 28.5),
    "Oklahoma": (40, 52592, -0.015, 27.1),
    "Oregon": (41, 45535, -0.025, 29.6),
    "Pennsylvania": (42, 139409, -0.012, 29.2),
    "Rhode Island": (44, 10798, -0.006, 30.0),
    "South Carolina": (45, 57368, 0.002, 28.2),
    "South Dakota": (46, 12114, -0.006, 28.0),
    "Tennessee": (47, 81306, 0.0, 27.9),
    "Texas": (48, 398047, -0.003, 28.2),
    "Utah": (49, 50464, -0.018, 28.2),
    "Vermont": (50, 5823, -0.01, 30.1),
    "Virginia": (51, 101460, -0.01, 29.8),
    "Washington": (53, 90505, -0.012, 29.8),
    "West Virginia": (54, 19079, -0.015, 27.2),
    "Wisconsin": (55, 64686, -0.01, 29.0),
    "Wyoming": (56, 7386, -0.015, 27.8),
}


def _natality_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11205)
    rows: list[dict[str, Any]] = []
    grand = 0
    for state, (fips, base, trend, age) in _CD_STATES.items():
        births_all, w_all, age_all = 0, 0.0, 0.0
        for k, year in enumerate(range(2016, 2023)):
            dip = -0.035 if year == 2020 else (0.01 if year == 2021 else 0.0)
            births = int(base * (1 + trend) ** k * (1 + dip) * float(rng.normal(1, 0.006)))
            a = round(age + 0.17 * k + float(rng.normal(0, 0.06)), 2)
            w = round(3290 + 22 * (a - 28) + float(rng.normal(0, 18)), 2)
            rows.append(
                {
                    "Notes": "",
                    "State": state,
                    "State Code": f"{fips:02d}",
                    "Year": year,
                    "Year Code": year,
                    "Births": births,
                    "Average Age of Mother (years)": a,
                    "Average Birth Weight (grams)": w,
                }
            )
            births_all += births
            w_all += births * w
            age_all += births * a
        grand += births_all
        rows.append(
            {
                "Notes": "Total",
                "State": state,
                "State Code": f"{fips:02d}",
                "Births": births_all,
                "Average Age of Mother (years)": round(age_all / births_all, 2),
                "Average Birth Weight (grams)": round(w_all / births_all, 2),
            }
        )
    rows.append({"Notes": "Total", "Births": grand, "Average Age of Mother (years)": 29.12})
    for line in (
        "---",
        '"Dataset: Natality, 2016-2022 expanded"',
        '"Query Parameters:"',
        '"Group By: State; Year"',
        '"Show Totals: True"',
        "---",
        '"Help: See http://wonder.cdc.gov/wonder/help/natality-expanded.html for more information."',
        "---",
        '"Query Date: Mar 4, 2024 11:12:08 AM"',
    ):
        rows.append({"Notes": line})
    frame = pd.DataFrame(rows, columns=_CD_COLUMNS)
    frame["Year"] = frame["Year"].astype("Int64")
    frame["Year Code"] = frame["Year Code"].astype("Int64")
    frame["Births"] = frame["Births"].astype("Int64")
    return frame


def _cd_rows(d: pd.DataFrame) -> pd.DataFrame:
    """State-year rows only (no totals, no notes)."""
    return d[d["Year"].notna() & d["State"].notna() & (_text(d["Notes"]) != "Total")]


def _cd_year(d: pd.DataFrame) -> pd.Series:
    rows = _cd_rows(d)
    return rows.groupby(rows["Year"].astype(int))["Births"].sum()


def _cd_age(state: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        rows = _cd_rows(d)
        return float(
            rows[(rows["State"] == state) & (rows["Year"].astype(int) == 2022)]["Average Age of Mother (years)"].iloc[0]
        )

    return value


_CD_ID = ("State", "Year", "Notes", "State Code", "Year Code")
_NATALITY_QS = [
    Q("how many babies were born in 2020", _count(lambda d: float(_cd_year(d)[2020])), (*_CD_ID, "Births")),
    Q(
        "which state had the most births overall",
        _lead(_named(lambda d: _top(_cd_rows(d).groupby("State")["Births"].sum()))),
        (*_CD_ID, "Births"),
    ),
    Q(
        "how much did births change nationally between 2016 and 2022?",
        _pct(lambda d: float(_cd_year(d)[2022] / _cd_year(d)[2016] - 1)),
        (*_CD_ID, "Births"),
    ),
    Q(
        "avg age of moms in utah vs new york in 2022",
        has(_cd_age("Utah"), _cd_age("New York"), rel=0.002),
        (*_CD_ID, "Average Age of Mother (years)"),
    ),
    Q("which year had the fewest births", _lead(_year(lambda d: int(_cd_year(d).idxmin()))), (*_CD_ID, "Births")),
    Q(
        "are older moms having heavier babies?",
        _corr(
            lambda d: _cd_rows(d)["Average Age of Mother (years)"].astype(float),
            lambda d: _cd_rows(d)["Average Birth Weight (grams)"].astype(float),
        ),
        (*_CD_ID, "Average Age of Mother (years)", "Average Birth Weight (grams)"),
    ),
]


# --- 6. Olympic medal tables by games and country -------------------------------------------------------------------

_OL_COLUMNS = ["Year", "Season", "Games", "Host_country", "Rank", "NOC", "Country", "Gold", "Silver", "Bronze", "Total"]
# NOC: country, strength summer, strength winter, first year, last year
_OL_NATIONS: list[tuple[str, str, float, float, int, int]] = [
    ("USA", "United States", 10, 6, 1896, 2022),
    ("URS", "Soviet Union", 10, 7, 1952, 1988),
    ("EUN", "Unified Team", 9, 6, 1992, 1992),
    ("RUS", "Russia", 6, 5, 1996, 2016),
    ("GER", "Germany", 6, 7, 1896, 2022),
    ("FRG", "West Germany", 4, 3, 1968, 1988),
    ("GDR", "East Germany", 7, 6, 1968, 1988),
    ("GBR", "Great Britain", 6, 1, 1896, 2022),
    ("FRA", "France", 5, 2, 1896, 2022),
    ("ITA", "Italy", 4.5, 3, 1900, 2022),
    ("CHN", "China", 8, 2.5, 1984, 2022),
    ("JPN", "Japan", 4, 2, 1912, 2022),
    ("AUS", "Australia", 4, 0.6, 1896, 2022),
    ("SWE", "Sweden", 3.5, 3.5, 1896, 2022),
    ("NOR", "Norway", 1, 9, 1900, 2022),
    ("CAN", "Canada", 2.5, 5.5, 1900, 2022),
    ("AUT", "Austria", 1, 6, 1896, 2022),
    ("SUI", "Switzerland", 1.5, 4.5, 1896, 2022),
    ("FIN", "Finland", 2.5, 3, 1908, 2022),
    ("NED", "Netherlands", 3, 4, 1900, 2022),
    ("HUN", "Hungary", 3.5, 0.2, 1896, 2022),
    ("KOR", "South Korea", 3, 2.5, 1948, 2022),
    ("KEN", "Kenya", 1.5, 0, 1964, 2022),
    ("JAM", "Jamaica", 1.5, 0, 1948, 2022),
    ("BRA", "Brazil", 1.8, 0, 1920, 2022),
    ("CUB", "Cuba", 2.5, 0, 1900, 2022),
    ("ESP", "Spain", 2, 0.3, 1900, 2022),
    ("POL", "Poland", 2.5, 0.8, 1924, 2022),
    ("NZL", "New Zealand", 1.5, 0.2, 1908, 2022),
    ("CZE", "Czech Republic", 1.5, 1.2, 1996, 2022),
    ("ROU", "Romania", 2.5, 0, 1924, 2022),
    ("BEL", "Belgium", 1.5, 0.3, 1900, 2022),
]
_OL_SMALL = [
    ("MEX", "Mexico"),
    ("GRE", "Greece"),
    ("TUR", "Turkey"),
    ("IRL", "Ireland"),
    ("IND", "India"),
    ("ARG", "Argentina"),
    ("DEN", "Denmark"),
    ("ETH", "Ethiopia"),
    ("EGY", "Egypt"),
    ("NGR", "Nigeria"),
    ("THA", "Thailand"),
    ("IRI", "Iran"),
    ("UKR", "Ukraine"),
    ("BLR", "Belarus"),
    ("KAZ", "Kazakhstan"),
    ("SLO", "Slovenia"),
    ("CRO", "Croatia"),
    ("SRB", "Serbia"),
    ("COL", "Colombia"),
    ("POR", "Portugal"),
    ("BUL", "Bulgaria"),
    ("MGL", "Mongolia"),
    ("CHI", "Chile"),
    ("MAR", "Morocco"),
    ("LAT", "Latvia"),
]
_OL_SUMMER = (
    "1896:Athens:Greece;1900:Paris:France;1904:St. Louis:United States;1908:London:Great Britain;"
    "1912:Stockholm:Sweden;1920:Antwerp:Belgium;1924:Paris:France;1928:Amsterdam:Netherlands;"
    "1932:Los Angeles:United States;1936:Berlin:Germany;1948:London:Great Britain;1952:Helsinki:Finland;"
    "1956:Melbourne:Australia;1960:Rome:Italy;1964:Tokyo:Japan;1968:Mexico City:Mexico;1972:Munich:West Germany;"
    "1976:Montreal:Canada;1980:Moscow:Soviet Union;1984:Los Angeles:United States;1988:Seoul:South Korea;"
    "1992:Barcelona:Spain;1996:Atlanta:United States;2000:Sydney:Australia;2004:Athens:Greece;2008:Beijing:China;"
    "2012:London:Great Britain;2016:Rio de Janeiro:Brazil;2020:Tokyo:Japan"
)
_OL_WINTER = (
    "1924:Chamonix:France;1928:St. Moritz:Switzerland;1932:Lake Placid:United States;"
    "1936:Garmisch-Partenkirchen:Germany;1948:St. Moritz:Switzerland;1952:Oslo:Norway;1956:Cortina d'Ampezzo:Italy;"
    "1960:Squaw Valley:United States;1964:Innsbruck:Austria;1968:Grenoble:France;1972:Sapporo:Japan;"
    "1976:Innsbruck:Austria;1980:Lake Placid:United States;1984:Sarajevo:Yugoslavia;1988:Calgary:Canada;"
    "1992:Albertville:France;1994:Lillehammer:Norway;1998:Nagano:Japan;2002:Salt Lake City:United States;"
    "2006:Turin:Italy;2010:Vancouver:Canada;2014:Sochi:Russia;2018:PyeongChang:South Korea;2022:Beijing:China"
)


def _olympic_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11206)
    rows = []
    for season, table in (("Summer", _OL_SUMMER), ("Winter", _OL_WINTER)):
        for entry in table.split(";"):
            year_s, city, host = entry.split(":")
            year = int(year_s)
            events = int((40 + 2.6 * (year - 1896)) if season == "Summer" else (14 + 0.95 * (year - 1924)))
            present = [x for x in _OL_NATIONS if x[4] <= year <= x[5]]
            if 1968 <= year <= 1988:
                present = [x for x in present if x[0] != "GER"]
            if year in (1920, 1924, 1948):
                present = [x for x in present if x[0] != "GER"]
            strength = np.array([x[2] if season == "Summer" else x[3] for x in present], dtype=float)
            strength = strength * np.array([1.6 if x[1] == host else 1.0 for x in present])
            strength = strength + 0.05
            games_rows = []
            medals = {x[0]: [0, 0, 0] for x in present}
            for _ in range(events):
                for m in range(3):
                    who = present[int(rng.choice(len(present), p=strength / strength.sum()))][0]
                    medals[who][m] += 1
            # a long tail of nations with one or two medals
            for j in range(int(rng.integers(3, 25 if season == "Summer" else 6)) if year >= 1948 else 0):
                medals[f"X{j:02d}"] = [int(rng.random() < 0.3), int(rng.random() < 0.4), 1]
            for noc, (g, s, b) in medals.items():
                if g + s + b == 0:
                    continue
                country = next((x[1] for x in _OL_NATIONS if x[0] == noc), None)
                if country is None:
                    noc, country = _OL_SMALL[int(noc[1:])]
                games_rows.append(
                    {
                        "Year": year,
                        "Season": season,
                        "Games": f"{city} {year}",
                        "Host_country": host,
                        "NOC": noc,
                        "Country": country,
                        "Gold": g,
                        "Silver": s,
                        "Bronze": b,
                        "Total": g + s + b,
                    }
                )
            block = pd.DataFrame(games_rows).sort_values(["Gold", "Silver", "Bronze"], ascending=False)
            block["Rank"] = (
                block[["Gold", "Silver", "Bronze"]].apply(tuple, axis=1).rank(method="min", ascending=False).astype(int)
            )
            rows += block.to_dict("records")
    return pd.DataFrame(rows, columns=_OL_COLUMNS)


def _ol_gold_leader(d: pd.DataFrame) -> str:
    return _top(d.groupby(_text(d["Country"]))["Gold"].sum())


def _ol_biggest(d: pd.DataFrame) -> int:
    sums = d.groupby(["Year", "Season"])["Total"].sum()
    return int(sums.idxmax()[0])


def _ol_norway(d: pd.DataFrame) -> float:
    rows = d[_text(d["Country"]) == "Norway"]
    return float(rows.loc[rows["Season"] == "Winter", "Total"].sum() / rows["Total"].sum())


def _ol_germany_best(by_year: bool) -> Callable[[pd.DataFrame], int]:
    def value(d: pd.DataFrame) -> int:
        rows = d[_text(d["Country"]) == "Germany"]
        if by_year:
            return int(_top(rows.groupby("Year")["Total"].sum()))
        return int(rows.loc[rows["Total"].idxmax(), "Year"])

    return value


_OL_ID = ("Year", "Season", "Games", "NOC", "Country")
_OLYMPIC_QS = [
    Q(
        "who has won the most gold medals of all time",
        _lead(
            either(
                _named(_ol_gold_leader),
                _named(lambda d: _top(d.groupby(_text(d["NOC"]))["Gold"].sum())),
            )
        ),
        (*_OL_ID, "Gold"),
    ),
    Q(
        "how many medals has the us won at the winter olympics",
        _count(lambda d: float(d.loc[(d["NOC"] == "USA") & (d["Season"] == "Winter"), "Total"].sum())),
        (*_OL_ID, "Total", "Gold", "Silver", "Bronze"),
    ),
    Q(
        "which games gave out the most medals",
        _lead(_year(_ol_biggest)),
        (*_OL_ID, "Total", "Gold", "Silver", "Bronze"),
    ),
    Q(
        "how many different countries have ever won a gold",
        either(
            _count(lambda d: float(d.loc[d["Gold"] > 0, "Country"].nunique())),
            _count(lambda d: float(d.loc[d["Gold"] > 0, "NOC"].nunique())),
        ),
        (*_OL_ID, "Gold"),
    ),
    Q(
        "what share of norway's medals came from the winter games",
        _share(_ol_norway),
        (*_OL_ID, "Total", "Gold", "Silver", "Bronze"),
    ),
    Q(
        "what was germany's best year",
        _lead(either(_year(_ol_germany_best(True)), _year(_ol_germany_best(False)))),
        (*_OL_ID, "Total", "Gold", "Silver", "Bronze", "Rank"),
    ),
]


# --- 7. BLS CPI-U monthly, long format (cu.data flat file joined to cu.item) -----------------------------------------

_BL_COLUMNS = ["series_id", "item_code", "item_name", "year", "period", "period_name", "value", "footnote_codes"]
# item code: name, index in Jan 2015, yearly drift before 2021, extra 2021-22 push, monthly noise
_BL_ITEMS: dict[str, tuple[str, float, float, float, float]] = {
    "SA0": ("All items", 233.707, 0.018, 0.055, 0.002),
    "SA0L1E": ("All items less food and energy", 239.854, 0.021, 0.04, 0.0015),
    "SAF1": ("Food", 245.727, 0.012, 0.08, 0.002),
    "SEFV": ("Food away from home", 262.010, 0.026, 0.06, 0.0015),
    "SETB01": ("Gasoline (all types)", 190.995, 0.0, 0.28, 0.03),
    "SAH1": ("Shelter", 274.720, 0.032, 0.05, 0.0015),
    "SAM": ("Medical care", 446.510, 0.028, 0.02, 0.0015),
    "SETA02": ("Used cars and trucks", 144.218, -0.005, 0.2, 0.008),
    "SEEB01": ("College tuition and fees", 257.421, 0.022, 0.01, 0.001),
}


def _cpi_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11207)
    rows = []
    for code, (name, start, drift, push, noise) in _BL_ITEMS.items():
        level = start
        monthly: dict[int, list[float]] = {}
        for year in range(2015, 2026):
            for m in range(1, 13):
                if (year, m) != (2015, 1):
                    g = drift / 12
                    if year in (2021, 2022):
                        g += push / 12 * (1.4 if year == 2021 and code == "SETA02" else 1.0)
                    if code == "SETB01" and year == 2022 and m >= 7:
                        g -= 0.035
                    if code == "SETB01" and year == 2020 and m in (3, 4):
                        g -= 0.09
                    level *= 1 + g + float(rng.normal(0, noise))
                value: float | None = round(level, 3)
                foot = ""
                if year == 2025 and m == 10:
                    value, foot = None, "Data unavailable due to the 2025 lapse in appropriations."
                if value is not None:
                    monthly.setdefault(year, []).append(value)
                rows.append(
                    {
                        "series_id": f"CUUR0000{code}".ljust(17),
                        "item_code": code,
                        "item_name": name,
                        "year": year,
                        "period": f"M{m:02d}",
                        "period_name": pd.Timestamp(2000, m, 1).strftime("%B"),
                        "value": value,
                        "footnote_codes": foot,
                    }
                )
            if year < 2025:
                rows.append(
                    {
                        "series_id": f"CUUR0000{code}".ljust(17),
                        "item_code": code,
                        "item_name": name,
                        "year": year,
                        "period": "M13",
                        "period_name": "Annual",
                        "value": round(float(np.mean(monthly[year])), 3),
                        "footnote_codes": "",
                    }
                )
    return pd.DataFrame(rows, columns=_BL_COLUMNS)


def _bl_at(d: pd.DataFrame, name: str, year: int, period: str) -> float:
    rows = d[(_text(d["item_name"]) == name) & (d["year"] == year) & (_text(d["period"]) == period)]
    return float(rows["value"].iloc[0])


def _bl_months(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["period"]) != "M13"]


def _bl_fastest(d: pd.DataFrame) -> str:
    rows = _bl_months(d).dropna(subset=["value"])
    rows = rows.assign(t=rows["year"] * 100 + rows["period"].str[1:].astype(int)).sort_values("t")
    grew = rows.groupby(_text(rows["item_name"]))["value"].agg(lambda v: v.iloc[-1] / v.iloc[0])
    return _top(grew)


def _bl_peak(d: pd.DataFrame) -> pd.Timestamp:
    rows = _bl_months(d)
    rows = rows[_text(rows["item_name"]) == "All items"]
    best = rows.loc[rows["value"].idxmax()]
    return pd.Timestamp(int(best["year"]), int(str(best["period"])[1:]), 1)


_BL_ID = ("series_id", "item_code", "item_name", "year", "period", "period_name")
_CPI_QS = [
    Q(
        "how much did prices go up overall from jan 2020 to jan 2024",
        _pct(lambda d: _bl_at(d, "All items", 2024, "M01") / _bl_at(d, "All items", 2020, "M01") - 1),
        (*_BL_ID, "value"),
    ),
    Q("which category rose the most over the whole period", _lead(_named(_bl_fastest)), (*_BL_ID, "value")),
    Q(
        "what was the gas index in june 2022",
        has(lambda d: _bl_at(d, "Gasoline (all types)", 2022, "M06"), rel=0.0005),
        (*_BL_ID, "value"),
    ),
    Q(
        "what was food inflation in 2022",
        either(
            _pct(lambda d: _bl_at(d, "Food", 2022, "M13") / _bl_at(d, "Food", 2021, "M13") - 1),
            _pct(lambda d: _bl_at(d, "Food", 2022, "M12") / _bl_at(d, "Food", 2021, "M12") - 1),
        ),
        (*_BL_ID, "value"),
    ),
    Q(
        "when was the all items index at its highest",
        _lead(_month_year(_bl_peak)),
        (*_BL_ID, "value"),
    ),
    Q(
        "are any values missing?",
        _count(lambda d: float(d["value"].isna().sum())),
        (*_BL_ID, "value", "footnote_codes"),
    ),
]

HELDOUT112: list[Dataset] = [
    Dataset("fidelity_positions_export", _fidelity_frame, _FIDELITY_QS),
    Dataset("gitlab_merge_requests_export", _gitlab_frame, _GITLAB_QS),
    Dataset("lyft_driver_ride_history", _lyft_frame, _LYFT_QS),
    Dataset("strong_app_workout_log", _strong_frame, _STRONG_QS),
    Dataset("cdc_natality_by_state_year", _natality_frame, _NATALITY_QS),
    Dataset("olympic_medal_table_history", _olympic_frame, _OLYMPIC_QS),
    Dataset("bls_cpi_u_monthly", _cpi_frame, _CPI_QS),
]
