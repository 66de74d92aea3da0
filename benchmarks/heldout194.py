"""HELDOUT194: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a Quicken for Windows transaction report
exported to CSV (2024, three accounts) with Date ("1/15/2024", no zero padding), Account ("Chase Checking", "Amex
Blue Cash", "Ally Savings"), Num (check numbers, mostly blank), Payee, Memo (mostly blank), Category (with
subcategories written "Auto:Fuel", "Food & Dining:Groceries", "Home:Rent", income as "Salary", transfers written as
the other account in brackets, "[Ally Savings]"), Tag ("Vacation", "Business", mostly blank), Clr ("R" reconciled,
"c" cleared, blank for uncleared) and Amount (signed text with thousands commas, "-1,850.00"), ending with three
report total rows ("Total Inflows", "Total Outflows", "Net Total" in the Date column, everything else blank but
Amount); an Exist.io attributes export (long, Jan-Dec 2024) with date ("2024-01-15"), attribute (steps, mood on a
1-9 scale, sleep and time_in_bed in minutes, coffees, workouts, weight in kg) and value (text; blank for unrated mood
days, weight only on weigh-in days); a Wrike tasks export with Id ("IEAAB3XYKQ..."), Title, Status (Active,
Completed, Deferred, Cancelled), Importance (High, Normal, Low), "Assigned To" (comma separated names, blank when
unassigned), "Start Date", "Due Date", "Completed Date" ("03/12/2024", blank when not done), Duration ("5d"),
Folders (project name), "Created By" and "Created Date"; a Kustomer conversations export (Jan-Jun 2024, one row per
conversation) with "Conversation ID" (24 hex characters), Channel (email, chat, sms, voice, facebook, lower case),
Status (open, done, snoozed), Priority (1-5, 3 normal), "Assigned Team", "Assigned User" (blank when unassigned),
"Created At" ("2024-03-12T14:22:05.123Z"), "First Response Time (sec)" (blank when never answered), "Satisfaction
Score" (1-5, mostly blank) and Tags (comma separated, blank when none); the HUD Fair Market Rents by county file for
FY2023 and FY2024 (one row per county and year) with fips (10 digits, "0600199999"), state (numeric code), stusps,
countyname ("Alameda County"), hud_area_code ("METRO41860MM5775" / "NCNTY06049N06049"), hud_area_name, metro (1 / 0),
fy, fmr_0 ... fmr_4 (whole dollars, one column per bedroom count) and pop2020; the CMS Medicaid State Drug
Utilization Data (2023-2024) with "Utilization Type" (FFSU / MCOU), State (two-letter codes, plus "XX" rows holding
the national total), NDC (11 digits as text), "Labeler Code", "Product Code", "Package Size", Year, Quarter,
"Suppression Used" (true / false: suppressed rows have blank counts and amounts), "Product Name" (upper case,
truncated to ten characters, "ATORVASTAT"), "Units Reimbursed", "Number of Prescriptions", "Total Amount Reimbursed",
"Medicaid Amount Reimbursed" and "Non Medicaid Amount Reimbursed"; and the USCIS H-1B Employer Data Hub file (fiscal
years 2019-2023, one row per employer, year and location) with "Fiscal Year", Employer (upper case), "Initial
Approvals", "Initial Denials", "Continuing Approvals", "Continuing Denials", NAICS (two-digit sector code), "Tax ID"
(last four digits, blank sometimes), State, City and ZIP (some blank). All are generated with fixed seeds
19401-19407.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _text
from .heldout173 import _money, _top
from .heldout183 import _abouts, _mdy, _peak_month, _ymd
from .offline_eval import Check, Dataset, Q, both, corr_of, either
from .offline_eval import about as _about
from .offline_eval import month_year as _month_year

# --- shared helpers ------------------------------------------------------------------------------------------------


def _n(s: pd.Series) -> pd.Series:
    return pd.to_numeric(s, errors="coerce")


def _amt(s: pd.Series) -> pd.Series:
    """Amounts written "-1,850.00" or "$1,234", as numbers."""
    return _n(_text(s).str.replace(r"[$,\s]", "", regex=True))


def _named_all(values: Callable[[pd.DataFrame], list[str]]) -> Check:
    def check(answer: str, df: pd.DataFrame) -> str | None:
        for v in values(df):
            why = _named(lambda _d, v=v: v)(answer, df)
            if why:
                return why
        return None

    return check


def _quarter(value: Callable[[pd.DataFrame], Any]) -> Check:
    """A quarter: "Q3", "quarter 3", "3rd quarter", "third quarter"."""
    ords = {1: "first|1st", 2: "second|2nd", 3: "third|3rd", 4: "fourth|4th"}

    def check(answer: str, df: pd.DataFrame) -> str | None:
        q = int(value(df))
        pattern = rf"\bQ\s*{q}\b|\bquarter\s*{q}\b|\b(?:{ords[q]})\s+quarter\b"
        return None if re.search(pattern, answer, re.IGNORECASE) else f"missing quarter {q}"

    return check


# --- 1. Quicken transactions export --------------------------------------------------------------------------------

_QK_SPEND = {
    # category: (per month, mean, sd, payees, account)
    "Food & Dining:Groceries": (6, 78, 28, ["Kroger", "Trader Joe's", "Costco"], "Amex Blue Cash"),
    "Food & Dining:Restaurants": (
        5,
        36,
        15,
        ["Chipotle", "Olive Garden", "Starbucks", "Panera Bread"],
        "Amex Blue Cash",
    ),
    "Auto:Fuel": (3, 44, 8, ["Shell", "Exxon", "BP"], "Amex Blue Cash"),
    "Auto:Service": (0.25, 180, 60, ["Jiffy Lube", "Firestone"], "Chase Checking"),
    "Bills & Utilities:Electric": (1, 110, 30, ["Duke Energy"], "Chase Checking"),
    "Bills & Utilities:Internet": (1, 74.99, 0, ["Spectrum"], "Chase Checking"),
    "Shopping:Clothing": (1.2, 64, 30, ["Target", "Old Navy", "Amazon"], "Amex Blue Cash"),
    "Entertainment:Movies": (1, 24, 8, ["AMC Theatres", "Regal"], "Amex Blue Cash"),
}


def _quicken_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19401)
    rows: list[dict[str, Any]] = []

    def add(day: pd.Timestamp, acct: str, payee: str, cat: str, amt: float, tag: str = "", num: str = "") -> None:
        rows.append({"day": day, "Account": acct, "Num": num, "Payee": payee, "Category": cat, "Tag": tag, "a": amt})

    for month in pd.date_range("2024-01-01", "2024-12-01", freq="MS"):
        end = month + pd.offsets.MonthEnd(0)
        for day in (month + pd.Timedelta(days=14), end):
            add(day, "Chase Checking", "ACME CORP PAYROLL", "Salary", round(float(rng.normal(2640, 25)), 2))
        add(month, "Chase Checking", "Oakwood Apartments", "Home:Rent", -1850.0, num=str(2001 + month.month))
        add(month + pd.Timedelta(days=3), "Chase Checking", "Transfer", "[Ally Savings]", -400.0)
        add(month + pd.Timedelta(days=3), "Ally Savings", "Transfer", "[Chase Checking]", 400.0)
        for cat, (per, mean, sd, payees, acct) in _QK_SPEND.items():
            k = int(rng.poisson(per)) if per != 1 else 1
            if cat == "Food & Dining:Restaurants" and month.month in (11, 12):
                k += 4
            for _ in range(k):
                amt = round(max(4.0, float(rng.normal(mean, sd))), 2)
                day = month + pd.Timedelta(days=int(rng.integers(0, end.day)))
                tag = "Business" if cat == "Food & Dining:Restaurants" and rng.random() < 0.15 else ""
                add(day, acct, str(rng.choice(payees)), cat, -amt, tag)
        if month.month == 7:
            trip = pd.Timestamp("2024-07-08")
            add(trip, "Amex Blue Cash", "Delta Air Lines", "Travel:Air Travel", -612.40, "Vacation")
            add(trip + pd.Timedelta(days=1), "Amex Blue Cash", "Marriott", "Travel:Hotel", -1184.55, "Vacation")
            for j in range(5):
                amt = -round(float(rng.uniform(30, 95)), 2)
                add(
                    trip + pd.Timedelta(days=1 + j),
                    "Amex Blue Cash",
                    "Beach Grill",
                    "Food & Dining:Restaurants",
                    amt,
                    "Vacation",
                )
        add(end, "Ally Savings", "Interest Paid", "Interest Inc", round(float(rng.uniform(9, 16)), 2))
    df = pd.DataFrame(rows).sort_values("day", kind="stable").reset_index(drop=True)
    out = pd.DataFrame(
        {
            "Date": [f"{d.month}/{d.day}/{d.year}" for d in df["day"]],
            "Account": df["Account"],
            "Num": df["Num"],
            "Payee": df["Payee"],
            "Memo": ["" if rng.random() < 0.9 else "see receipt" for _ in range(len(df))],
            "Category": df["Category"],
            "Tag": df["Tag"],
            "Clr": ["R" if d < pd.Timestamp("2024-11-01") else ("c" if rng.random() < 0.5 else "") for d in df["day"]],
            "Amount": [f"{a:,.2f}" for a in df["a"]],
        }
    )
    inflow, outflow = df["a"][df["a"] > 0].sum(), df["a"][df["a"] < 0].sum()
    totals = [("Total Inflows", inflow), ("Total Outflows", outflow), ("Net Total", inflow + outflow)]
    tail = pd.DataFrame([{c: "" for c in out.columns} | {"Date": k, "Amount": f"{v:,.2f}"} for k, v in totals])
    return pd.concat([out, tail], ignore_index=True)


def _qk_cat(d: pd.DataFrame, cat: str) -> pd.Series:
    return _amt(d["Amount"])[_text(d["Category"]).eq(cat)]


def _qk_spend(d: pd.DataFrame) -> pd.Series:
    cat = _text(d["Category"])
    amt = _amt(d["Amount"])
    keep = cat.ne("") & ~cat.str.startswith("[") & amt.lt(0)
    return -amt[keep].groupby(cat[keep]).sum()


_QK_ID = ("Date", "Account", "Payee", "Num")
_QUICKEN_QS = [
    Q(
        "how much did i spend on gas this year",
        _money(lambda d: -_qk_cat(d, "Auto:Fuel").sum()),
        ("Amount", "Category", *_QK_ID),
    ),
    Q(
        "what category do i spend the most on",
        _lead(
            either(
                _named(lambda d: _top(_qk_spend(d)).split(":")[-1]),
                _named(lambda d: _top(_qk_spend(d)).split(":")[0]),
            )
        ),
        ("Amount", "Category", *_QK_ID),
    ),
    Q(
        "how many transactions havent cleared yet",
        either(
            _count(lambda d: int((_text(d["Clr"]).eq("") & _text(d["Category"]).ne("")).sum())),
            _count(lambda d: int((_text(d["Clr"]).isin(["", "c"]) & _text(d["Category"]).ne("")).sum())),
        ),
        ("Clr", *_QK_ID),
    ),
    Q(
        "what do i spend on groceries a month on average",
        _money(lambda d: -_qk_cat(d, "Food & Dining:Groceries").sum() / 12),
        ("Amount", "Category", *_QK_ID),
    ),
    Q(
        "which month did i eat out the most",
        _lead(
            either(
                _month_year(
                    lambda d: _peak_month(
                        _mdy(d["Date"]),
                        -_amt(d["Amount"]).where(_text(d["Category"]).eq("Food & Dining:Restaurants")).fillna(0),
                    )
                ),
                _month_year(
                    lambda d: _peak_month(
                        _mdy(d["Date"]), _text(d["Category"]).eq("Food & Dining:Restaurants").astype(float)
                    )
                ),
            )
        ),
        ("Amount", "Category", *_QK_ID),
    ),
    Q(
        "how much did the vacation cost me, going by the tag",
        _money(lambda d: -_amt(d["Amount"])[_text(d["Tag"]).eq("Vacation")].sum()),
        ("Amount", "Tag", "Category", *_QK_ID),
    ),
]


# --- 2. Exist.io attributes export ---------------------------------------------------------------------------------


def _exist_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19402)
    rows = []
    weight = 82.0
    for day in pd.date_range("2024-01-01", "2024-12-31", freq="D"):
        weekend = day.dayofweek >= 5
        sleep = int(np.clip(rng.normal(440 if weekend else 405, 45), 240, 600))
        bed = sleep + int(rng.integers(10, 50))
        steps = int(max(800, rng.normal(7600 if weekend else 9100, 3000)))
        workouts = int(rng.random() < 0.35)
        coffees = int(rng.poisson(2.6 if day.month in (10, 11) else 1.8))
        mood = int(
            np.clip(
                np.rint(5 + (sleep - 420) / 40 + workouts * 0.6 - 0.3 * max(0, coffees - 3) + rng.normal(0, 1.1)), 1, 9
            )
        )
        weight += float(rng.normal(-0.012, 0.15))
        vals = [
            ("steps", str(steps)),
            ("mood", "" if rng.random() < 0.12 else str(mood)),
            ("sleep", str(sleep)),
            ("time_in_bed", str(bed)),
            ("coffees", str(coffees)),
            ("workouts", str(workouts)),
        ]
        if rng.random() < 0.4:
            vals.append(("weight", f"{weight:.1f}"))
        for attr, v in vals:
            rows.append({"date": day.strftime("%Y-%m-%d"), "attribute": attr, "value": v})
    return pd.DataFrame(rows)


def _ex(d: pd.DataFrame, attr: str) -> pd.Series:
    """An attribute's values, indexed by date."""
    sub = d[_text(d["attribute"]).eq(attr)]
    return pd.Series(_n(sub["value"]).to_numpy(), index=_ymd(sub["date"]))


_EX = ("date", "attribute", "value")
_EXIST_QS = [
    Q("whats my average daily step count", _about(lambda d: _ex(d, "steps").mean()), _EX),
    Q(
        "how many days did i hit 10k steps",
        either(
            _count(lambda d: int((_ex(d, "steps") >= 10000).sum())),
            _count(lambda d: int((_ex(d, "steps") > 10000).sum())),
        ),
        _EX,
    ),
    Q(
        "how much do i sleep on average, in hours",
        either(_about(lambda d: _ex(d, "sleep").mean() / 60), _about(lambda d: _ex(d, "sleep").mean())),
        _EX,
    ),
    Q(
        "is my mood better when i sleep more",
        corr_of(lambda d: _ex(d, "mood").reindex(_ex(d, "sleep").index), lambda d: _ex(d, "sleep")),
        _EX,
    ),
    Q(
        "which month did i drink the most coffee",
        _lead(
            either(
                _month_year(
                    lambda d: _peak_month(pd.Series(_ex(d, "coffees").index), pd.Series(_ex(d, "coffees").to_numpy()))
                ),
                _month_year(
                    lambda d: _peak_month(
                        pd.Series(_ex(d, "coffees").index), pd.Series(_ex(d, "coffees").to_numpy()), "mean"
                    )
                ),
            )
        ),
        _EX,
    ),
    Q(
        "how many days didnt i log my mood",
        _count(lambda d: int(_ex(d, "mood").isna().sum())),
        _EX,
    ),
]


# --- 3. Wrike tasks export -----------------------------------------------------------------------------------------

_WR_PEOPLE = ["Anna Kowalski", "Ben Ortiz", "Chloe Martin", "Dev Patel", "Elena Rossi", "Farid Haddad", "Grace Lee"]
_WR_FOLDERS = {
    "Website Relaunch": 0.3,
    "Q3 Campaign": 0.22,
    "Mobile App v2": 0.2,
    "Customer Onboarding": 0.16,
    "Ops": 0.12,
}
_WR_VERBS = ["Draft", "Review", "Update", "Design", "Set up", "Test", "Fix", "Write", "Plan", "Publish"]
_WR_THINGS = [
    "landing page",
    "email sequence",
    "pricing table",
    "release notes",
    "API docs",
    "onboarding flow",
    "FAQ",
    "banner ads",
    "analytics dashboard",
    "checkout",
]


def _wrike_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19403)
    rows = []
    folders = list(_WR_FOLDERS)
    weights = np.array(list(_WR_FOLDERS.values()))
    pw = np.array([0.24, 0.18, 0.14, 0.14, 0.12, 0.1, 0.08])
    for _i in range(820):
        created = pd.Timestamp("2024-01-02") + pd.Timedelta(days=int(rng.integers(0, 260)))
        start = created + pd.Timedelta(days=int(rng.integers(0, 10)))
        imp = str(rng.choice(["High", "Normal", "Low"], p=[0.2, 0.65, 0.15]))
        dur = int(max(1, rng.gamma(2.0, 4.5 if imp == "High" else 3.0)))
        due = start + pd.Timedelta(days=int(dur * 1.4))
        status = str(rng.choice(["Completed", "Active", "Deferred", "Cancelled"], p=[0.58, 0.3, 0.07, 0.05]))
        if created > pd.Timestamp("2024-08-15") and status == "Completed" and rng.random() < 0.5:
            status = "Active"
        done = ""
        if status == "Completed":
            done = (due + pd.Timedelta(days=int(rng.integers(-8, 7)))).strftime("%m/%d/%Y")
        k = int(rng.choice([0, 1, 2, 3], p=[0.08, 0.62, 0.24, 0.06]))
        who = ", ".join(rng.choice(_WR_PEOPLE, size=k, replace=False, p=pw)) if k else ""
        rows.append(
            {
                "Id": "IEAAB3XY" + "".join(rng.choice(list("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), 8)),
                "Title": f"{rng.choice(_WR_VERBS)} {rng.choice(_WR_THINGS)}",
                "Status": status,
                "Importance": imp,
                "Assigned To": who,
                "Start Date": start.strftime("%m/%d/%Y"),
                "Due Date": due.strftime("%m/%d/%Y"),
                "Completed Date": done,
                "Duration": f"{dur}d",
                "Folders": str(rng.choice(folders, p=weights)),
                "Created By": str(rng.choice(["Anna Kowalski", "Grace Lee", "Ben Ortiz"], p=[0.5, 0.3, 0.2])),
                "Created Date": created.strftime("%m/%d/%Y"),
            }
        )
    return pd.DataFrame(rows)


def _wr_people(d: pd.DataFrame) -> pd.Series:
    names = _text(d["Assigned To"]).str.split(",").explode().str.strip()
    return names[names.ne("")].value_counts()


def _wr_dur(d: pd.DataFrame) -> pd.Series:
    return _n(_text(d["Duration"]).str.extract(r"(\d+)")[0])


def _wr_open(d: pd.DataFrame, top: str, how: str) -> int:
    st = _text(d["Status"])[_text(d["Folders"]).eq(top)]
    return int(st.eq("Active").sum()) if how == "active" else int((~st.isin(["Completed", "Cancelled"])).sum())


_WR_ID = ("Id", "Title")
_WRIKE_QS = [
    Q("how many tasks are done", _count(lambda d: int(_text(d["Status"]).eq("Completed").sum())), ("Status", *_WR_ID)),
    Q("who's got the most tasks", _lead(_named(lambda d: _top(_wr_people(d)))), ("Assigned To", *_WR_ID)),
    Q(
        "how many tasks were finished late",
        _count(lambda d: int((_mdy(d["Completed Date"]) > _mdy(d["Due Date"])).sum())),
        ("Completed Date", "Due Date", "Status", *_WR_ID),
    ),
    Q(
        "average duration for high importance tasks?",
        _about(lambda d: _wr_dur(d)[_text(d["Importance"]).eq("High")].mean()),
        ("Duration", "Importance", *_WR_ID),
    ),
    Q(
        "which project has the most tasks",
        _lead(_named(lambda d: _top(_text(d["Folders"]).value_counts()))),
        ("Folders", *_WR_ID),
    ),
    Q(
        "how many of its tasks are still open",
        either(
            _count(lambda d: _wr_open(d, _top(_text(d["Folders"]).value_counts()), "active")),
            _count(lambda d: _wr_open(d, _top(_text(d["Folders"]).value_counts()), "not done")),
        ),
        ("Folders", "Status", *_WR_ID),
    ),
]


# --- 4. Kustomer conversations export ------------------------------------------------------------------------------

_KU_TEAMS = {
    # team: (users, response seconds scale)
    "Tier 1 Support": (["Maya Chen", "Luis Gomez", "Sara Ali", "Tom Reed"], 900),
    "Billing": (["Nina Park", "Omar Diaz"], 1700),
    "Technical Support": (["Ivan Petrov", "Julia Stone", "Kenji Mori"], 2600),
    "VIP Care": (["Rachel Green"], 420),
}
_KU_CHANNELS = {
    "email": (0.42, 2.2),
    "chat": (0.3, 0.15),
    "sms": (0.1, 0.6),
    "voice": (0.08, 0.05),
    "facebook": (0.1, 1.4),
}
_KU_TAGS = ["billing", "refund", "shipping", "bug", "account", "feedback", "cancel"]


def _kustomer_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19404)
    rows = []
    chans = list(_KU_CHANNELS)
    cp = np.array([v[0] for v in _KU_CHANNELS.values()])
    teams = list(_KU_TEAMS)
    start = pd.Timestamp("2024-01-01")
    for _ in range(2600):
        ch = str(rng.choice(chans, p=cp))
        team = str(rng.choice(teams, p=[0.5, 0.2, 0.22, 0.08]))
        users, scale = _KU_TEAMS[team]
        created = start + pd.Timedelta(seconds=int(rng.integers(0, 182 * 86400)))
        status = str(rng.choice(["done", "open", "snoozed"], p=[0.82, 0.13, 0.05]))
        tags = sorted(rng.choice(_KU_TAGS, size=int(rng.choice([0, 1, 2], p=[0.3, 0.5, 0.2])), replace=False))
        if "refund" in tags and status == "done" and rng.random() < 0.25:
            status = "open"
        frt = float(rng.lognormal(np.log(scale * _KU_CHANNELS[ch][1]), 0.7))
        unanswered = status != "done" and rng.random() < 0.3
        csat = ""
        if status == "done" and rng.random() < 0.28:
            base = 4.4 - 0.4 * (ch == "email") - 0.5 * ("refund" in tags) + 0.3 * (ch == "chat")
            csat = str(int(np.clip(np.rint(rng.normal(base, 0.9)), 1, 5)))
        rows.append(
            {
                "Conversation ID": "".join(rng.choice(list("0123456789abcdef"), 24)),
                "Channel": ch,
                "Status": status,
                "Priority": int(rng.choice([1, 2, 3, 4, 5], p=[0.05, 0.12, 0.6, 0.17, 0.06])),
                "Assigned Team": team,
                "Assigned User": "" if status == "open" and rng.random() < 0.4 else str(rng.choice(users)),
                "Created At": created.strftime("%Y-%m-%dT%H:%M:%S.") + f"{int(rng.integers(0, 1000)):03d}Z",
                "First Response Time (sec)": "" if unanswered else str(int(frt)),
                "Satisfaction Score": csat,
                "Tags": ",".join(tags),
            }
        )
    return pd.DataFrame(rows)


def _ku_frt(d: pd.DataFrame) -> pd.Series:
    return _n(d["First Response Time (sec)"])


def _ku_refund(d: pd.DataFrame) -> pd.Series:
    return _text(d["Tags"]).str.split(",").apply(lambda t: "refund" in t)


_KU_ID = ("Conversation ID", "Created At")
_KUSTOMER_QS = [
    Q(
        "how many convos came in by email",
        _count(lambda d: int(_text(d["Channel"]).eq("email").sum())),
        ("Channel", *_KU_ID),
    ),
    Q(
        "what's our average first response time",
        either(
            _about(lambda d: _ku_frt(d).mean()),
            _about(lambda d: _ku_frt(d).mean() / 60),
            _about(lambda d: _ku_frt(d).mean() / 3600),
        ),
        ("First Response Time (sec)", *_KU_ID),
    ),
    Q(
        "which team answers fastest",
        _lead(
            either(
                _named(lambda d: _top(_ku_frt(d).groupby(_text(d["Assigned Team"])).mean(), ascending=True)),
                _named(lambda d: _top(_ku_frt(d).groupby(_text(d["Assigned Team"])).median(), ascending=True)),
            )
        ),
        ("First Response Time (sec)", "Assigned Team", *_KU_ID),
    ),
    Q(
        "avg satisfaction score for email vs chat",
        both(
            _about(lambda d: _n(d["Satisfaction Score"])[_text(d["Channel"]).eq("email")].mean()),
            _about(lambda d: _n(d["Satisfaction Score"])[_text(d["Channel"]).eq("chat")].mean()),
        ),
        ("Satisfaction Score", "Channel", *_KU_ID),
    ),
    Q("how many conversations are tagged refund", _count(lambda d: int(_ku_refund(d).sum())), ("Tags", *_KU_ID)),
    Q(
        "what share of those are still open",
        either(
            _share(lambda d: _text(d["Status"])[_ku_refund(d)].eq("open").mean()),
            _share(lambda d: _text(d["Status"])[_ku_refund(d)].isin(["open", "snoozed"]).mean()),
        ),
        ("Tags", "Status", *_KU_ID),
    ),
]


# --- 5. HUD Fair Market Rents by county ----------------------------------------------------------------------------

_HUD_STATES = {
    # stusps: (state code, counties, 2br base, metro share)
    "CA": (6, 58, 2100, 0.65),
    "TX": (48, 90, 1250, 0.35),
    "NY": (36, 62, 1350, 0.5),
    "FL": (12, 67, 1550, 0.6),
    "OH": (39, 88, 1000, 0.45),
    "GA": (13, 80, 1050, 0.4),
    "MA": (25, 14, 2000, 0.85),
    "MS": (28, 50, 880, 0.25),
}
_HUD_NAMES = [
    "Washington",
    "Jefferson",
    "Franklin",
    "Lincoln",
    "Madison",
    "Jackson",
    "Clay",
    "Marion",
    "Monroe",
    "Greene",
    "Union",
    "Wayne",
    "Warren",
    "Hamilton",
    "Lake",
    "Orange",
    "Polk",
    "Adams",
    "Brown",
    "Butler",
    "Carroll",
    "Clark",
    "Douglas",
    "Fayette",
    "Fulton",
    "Grant",
    "Harrison",
    "Henry",
    "Howard",
    "Knox",
    "Lee",
    "Logan",
    "Marshall",
    "Mercer",
    "Montgomery",
    "Morgan",
    "Perry",
    "Pike",
    "Putnam",
    "Richland",
    "Scott",
    "Shelby",
    "Sullivan",
    "Taylor",
]


def _hud_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19405)
    rows = []
    for st, (code, n, base, metro_share) in _HUD_STATES.items():
        names = list(rng.permutation(_HUD_NAMES))
        for i in range(n):
            name = (
                names[i]
                if i < len(names)
                else f"{names[i % len(names)]} {['North', 'South', 'East'][i // len(names) - 1]}"
            )
            metro = rng.random() < metro_share
            level = base * float(rng.lognormal(0.18 if metro else -0.12, 0.16))
            fips5 = f"{code:02d}{2 * i + 1:03d}"
            area_code = (
                f"METRO{int(rng.integers(10000, 49999))}M{int(rng.integers(10000, 49999))}"
                if metro
                else f"NCNTY{fips5}N{fips5}"
            )
            area = f"{name} County, {st} MSA" if metro else f"{name} County, {st}"
            pop = int(rng.lognormal(11.8 if metro else 10.2, 0.9))
            growth = float(rng.normal(1.09 if metro else 1.07, 0.03))
            for fy in (2023, 2024):
                two = level * (growth if fy == 2024 else 1.0)
                ratios = (0.78, 0.86, 1.0, 1.29, 1.47)
                fmr = [round(two * r * float(rng.normal(1, 0.015))) for r in ratios]
                rows.append(
                    {
                        "fips": f"{fips5}99999",
                        "state": code,
                        "stusps": st,
                        "countyname": f"{name} County",
                        "hud_area_code": area_code,
                        "hud_area_name": area,
                        "metro": int(metro),
                        "fy": fy,
                        **{f"fmr_{b}": fmr[b] for b in range(5)},
                        "pop2020": pop,
                    }
                )
    return pd.DataFrame(rows)


def _hud(d: pd.DataFrame, fy: int) -> pd.DataFrame:
    return d[_n(d["fy"]).eq(fy)]


def _hud_rise(d: pd.DataFrame) -> list[float]:
    a, b = _hud(d, 2023).set_index("fips")["fmr_2"], _hud(d, 2024).set_index("fips")["fmr_2"]
    return [b.mean() / a.mean() - 1, (b / a - 1).mean(), b.mean() - a.mean(), (b / a - 1).median()]


def _hud_cheapest(d: pd.DataFrame) -> str:
    sub = _hud(d, 2024)
    return str(sub.loc[_n(sub["fmr_0"]).idxmin(), "countyname"])


_HUD_ID = ("fips", "countyname", "stusps", "state", "fy")
_HUD_QS = [
    Q(
        "what's the average 2 bedroom rent in 2024",
        _abouts(lambda d: _n(_hud(d, 2024)["fmr_2"]).mean(), lambda d: _n(_hud(d, 2024)["fmr_2"]).median(), rel=0.003),
        ("fmr_2", *_HUD_ID),
    ),
    Q(
        "which state has the highest one bedroom fmr on average in 2024",
        _lead(_named(lambda d: _top(_n(_hud(d, 2024)["fmr_1"]).groupby(_text(_hud(d, 2024)["stusps"])).mean()))),
        ("fmr_1", *_HUD_ID),
    ),
    Q(
        "how many counties are over $2000 for a 2br in 2024",
        _count(lambda d: int((_n(_hud(d, 2024)["fmr_2"]) > 2000).sum())),
        ("fmr_2", *_HUD_ID),
    ),
    Q(
        "how much did 2br rents go up from 2023 to 2024",
        either(
            _share(lambda d: _hud_rise(d)[0]),
            _share(lambda d: _hud_rise(d)[1]),
            _share(lambda d: _hud_rise(d)[3]),
            _about(lambda d: _hud_rise(d)[2]),
        ),
        ("fmr_2", *_HUD_ID),
    ),
    Q(
        "metro vs non-metro, average 3 bedroom rent in 2024",
        both(
            _about(lambda d: _n(_hud(d, 2024)["fmr_3"])[_n(_hud(d, 2024)["metro"]).eq(1)].mean(), rel=0.003),
            _about(lambda d: _n(_hud(d, 2024)["fmr_3"])[_n(_hud(d, 2024)["metro"]).eq(0)].mean(), rel=0.003),
        ),
        ("fmr_3", "metro", *_HUD_ID),
    ),
    Q(
        "where's the cheapest studio in 2024",
        _lead(_named(_hud_cheapest)),
        ("fmr_0", "hud_area_name", *_HUD_ID),
    ),
]


# --- 6. Medicaid State Drug Utilization Data -----------------------------------------------------------------------

_SD_DRUGS = {
    # product name: (labeler, product, package, units per rx, price per unit, prescriptions per state-quarter)
    "ATORVASTAT": ("00093", "5057", "98", 30, 0.21, 5200),
    "LISINOPRIL": ("68180", "0513", "01", 30, 0.09, 4800),
    "METFORMIN ": ("00093", "1048", "01", 60, 0.07, 5600),
    "AMOXICILLI": ("65862", "0015", "05", 21, 0.24, 3900),
    "ALBUTEROL ": ("00487", "9801", "01", 18, 2.9, 3100),
    "HUMIRA PEN": ("00074", "4339", "02", 2, 3250.0, 95),
    "OZEMPIC": ("00169", "4132", "12", 3, 320.0, 520),
    "GABAPENTIN": ("60429", "0398", "05", 90, 0.06, 4100),
}
_SD_STATES = {"CA": 3.2, "TX": 2.1, "NY": 2.6, "FL": 1.6, "OH": 1.2, "PA": 1.3, "GA": 0.8, "VT": 0.08, "WY": 0.05}


def _sdud_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19406)
    rows = []
    for year in (2023, 2024):
        for q in (1, 2, 3, 4):
            seas = {1: 1.08, 2: 0.96, 3: 0.93, 4: 1.03}[q] * (1.04 if year == 2024 else 1.0)
            for drug, (lab, prod, pkg, upr, ppu, base) in _SD_DRUGS.items():
                nat = {k: 0.0 for k in ("u", "n", "t", "m")}
                for st, size in _SD_STATES.items():
                    for util in ("FFSU", "MCOU"):
                        share_ = 0.3 if util == "FFSU" else 0.7
                        n = int(base * size * share_ * seas * float(rng.lognormal(0, 0.12)))
                        if drug == "OZEMPIC":
                            n = int(n * (1 + 0.12 * ((year - 2023) * 4 + q)))
                        units = round(n * upr * float(rng.normal(1, 0.05)), 3)
                        total = round(units * ppu * float(rng.normal(1, 0.04)), 2)
                        medicaid = round(total * float(rng.uniform(0.96, 0.995)), 2)
                        suppressed = n < 11
                        for k, v in zip(("u", "n", "t", "m"), (units, n, total, medicaid), strict=True):
                            nat[k] += 0.0 if suppressed else v
                        rows.append(
                            {
                                "Utilization Type": util,
                                "State": st,
                                "NDC": f"{lab}{prod}{pkg}".ljust(11, "0")[:11],
                                "Labeler Code": lab,
                                "Product Code": prod,
                                "Package Size": pkg,
                                "Year": year,
                                "Quarter": q,
                                "Suppression Used": "true" if suppressed else "false",
                                "Product Name": drug,
                                "Units Reimbursed": "" if suppressed else units,
                                "Number of Prescriptions": "" if suppressed else n,
                                "Total Amount Reimbursed": "" if suppressed else total,
                                "Medicaid Amount Reimbursed": "" if suppressed else medicaid,
                                "Non Medicaid Amount Reimbursed": "" if suppressed else round(total - medicaid, 2),
                            }
                        )
                rows.append(
                    rows[-1]
                    | {
                        "Utilization Type": "MCOU",
                        "State": "XX",
                        "Suppression Used": "false",
                        "Units Reimbursed": round(nat["u"], 3),
                        "Number of Prescriptions": int(nat["n"]),
                        "Total Amount Reimbursed": round(nat["t"], 2),
                        "Medicaid Amount Reimbursed": round(nat["m"], 2),
                        "Non Medicaid Amount Reimbursed": round(nat["t"] - nat["m"], 2),
                    }
                )
    return pd.DataFrame(rows)


def _sd(d: pd.DataFrame) -> pd.DataFrame:
    """The state rows (no national "XX" totals)."""
    return d[_text(d["State"]).ne("XX")]


def _sd_cost(d: pd.DataFrame, col: str, ratio: bool) -> float:
    s = _sd(d)
    s = s[_text(s["Product Name"]).eq("ATORVASTAT")]
    a, n = _n(s[col]), _n(s["Number of Prescriptions"])
    return float(a.sum() / n.sum()) if ratio else float((a / n).mean())


def _sd_quarter(d: pd.DataFrame) -> int:
    s = _sd(d)
    s = s[_n(s["Year"]).eq(2023)]
    return int(_top(_n(s["Medicaid Amount Reimbursed"]).groupby(_n(s["Quarter"])).sum()))


_SD_ID = ("State", "NDC", "Product Name", "Year", "Quarter", "Utilization Type")
_SDUD_QS = [
    Q(
        "how much did medicaid pay in total across the states",
        _money(lambda d: _n(_sd(d)["Medicaid Amount Reimbursed"]).sum()),
        ("Medicaid Amount Reimbursed", *_SD_ID),
    ),
    Q(
        "how many rows are suppressed",
        _count(lambda d: int(_text(d["Suppression Used"]).str.lower().eq("true").sum())),
        ("Suppression Used", *_SD_ID),
    ),
    Q(
        "which drug had the most prescriptions",
        _lead(
            _named(lambda d: _top(_n(_sd(d)["Number of Prescriptions"]).groupby(_text(_sd(d)["Product Name"])).sum()))
        ),
        ("Number of Prescriptions", *_SD_ID),
    ),
    Q(
        "whats the average cost per prescription for atorvastatin",
        either(
            *(
                _about(lambda d, c=c, r=r: _sd_cost(d, c, r))
                for c in ("Total Amount Reimbursed", "Medicaid Amount Reimbursed")
                for r in (True, False)
            )
        ),
        ("Number of Prescriptions", "Total Amount Reimbursed", "Medicaid Amount Reimbursed", *_SD_ID),
    ),
    Q(
        "which quarter of 2023 had the highest medicaid spending",
        _lead(_quarter(_sd_quarter)),
        ("Medicaid Amount Reimbursed", *_SD_ID),
    ),
    Q(
        "how many prescriptions in texas in 2024",
        _count(lambda d: _n(d["Number of Prescriptions"])[_text(d["State"]).eq("TX") & _n(d["Year"]).eq(2024)].sum()),
        ("Number of Prescriptions", *_SD_ID),
    ),
]


# --- 7. USCIS H-1B Employer Data Hub -------------------------------------------------------------------------------

_H1_EMPLOYERS = [
    # name, state, city, zip, naics, size
    ("AMAZON COM SERVICES LLC", "WA", "SEATTLE", "98109", 45, 4200),
    ("COGNIZANT TECHNOLOGY SOLUTIONS US CORP", "NJ", "TEANECK", "07666", 54, 2600),
    ("INFOSYS LIMITED", "TX", "RICHARDSON", "75082", 54, 2900),
    ("TATA CONSULTANCY SERVICES LIMITED", "MD", "ROCKVILLE", "20850", 54, 2300),
    ("GOOGLE LLC", "CA", "MOUNTAIN VIEW", "94043", 51, 2100),
    ("MICROSOFT CORPORATION", "WA", "REDMOND", "98052", 51, 2000),
    ("META PLATFORMS INC", "CA", "MENLO PARK", "94025", 51, 1300),
    ("APPLE INC", "CA", "CUPERTINO", "95014", 33, 1200),
    ("DELOITTE CONSULTING LLP", "PA", "PHILADELPHIA", "19103", 54, 1100),
    ("INTEL CORPORATION", "CA", "SANTA CLARA", "95054", 33, 800),
]
_H1_SMALL_CITIES = {
    "CA": [("SAN JOSE", "95110"), ("SAN FRANCISCO", "94105"), ("IRVINE", "92618"), ("LOS ANGELES", "90017")],
    "TX": [("AUSTIN", "78701"), ("DALLAS", "75201"), ("HOUSTON", "77002"), ("PLANO", "75024")],
    "NY": [("NEW YORK", "10001"), ("BROOKLYN", "11201")],
    "NJ": [("EDISON", "08817"), ("JERSEY CITY", "07302"), ("PRINCETON", "08540")],
    "IL": [("CHICAGO", "60601"), ("SCHAUMBURG", "60173")],
    "MA": [("BOSTON", "02110"), ("CAMBRIDGE", "02139")],
    "WA": [("BELLEVUE", "98004"), ("SEATTLE", "98101")],
    "GA": [("ATLANTA", "30303"), ("ALPHARETTA", "30009")],
}
_H1_WORDS = [
    "TECH",
    "SYSTEMS",
    "SOLUTIONS",
    "DATA",
    "CLOUD",
    "HEALTH",
    "ANALYTICS",
    "SOFT",
    "INFO",
    "NET",
    "BIO",
    "LOGIC",
]
_H1_PREFIX = [
    "APEX",
    "BLUE",
    "NOVA",
    "PRIME",
    "SUMMIT",
    "VERTEX",
    "ZEN",
    "ORBIT",
    "IRIS",
    "KITE",
    "LUMEN",
    "PIXEL",
    "QUANT",
]


def _h1b_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19407)
    employers = [(n, s, c, z, k, float(size)) for n, s, c, z, k, size in _H1_EMPLOYERS]
    used = {e[0] for e in employers}
    states = list(_H1_SMALL_CITIES)
    while len(employers) < 420:
        name = f"{rng.choice(_H1_PREFIX)} {rng.choice(_H1_WORDS)} {rng.choice(['INC', 'LLC', 'CORP', 'GROUP INC'])}"
        if name in used:
            continue
        used.add(name)
        st = str(rng.choice(states, p=[0.24, 0.18, 0.1, 0.14, 0.1, 0.08, 0.08, 0.08]))
        city, zip_ = _H1_SMALL_CITIES[st][int(rng.integers(len(_H1_SMALL_CITIES[st])))]
        naics = int(rng.choice([54, 51, 62, 61, 52, 33], p=[0.5, 0.15, 0.1, 0.1, 0.1, 0.05]))
        employers.append((name, st, city, zip_, naics, float(rng.lognormal(1.6, 1.0))))
    rows = []
    for fy in range(2019, 2024):
        deny = {2019: 0.24, 2020: 0.13, 2021: 0.04, 2022: 0.02, 2023: 0.025}[fy]
        for name, st, city, zip_, naics, size in employers:
            if size < 20 and rng.random() < 0.3:
                continue
            lam = size * float(rng.lognormal(0, 0.15))
            ia, ca = int(rng.poisson(lam * 0.4)), int(rng.poisson(lam * 0.6))
            idn = int(rng.binomial(ia + 5, deny * (1.6 if naics == 54 else 0.7))) if ia else int(rng.random() < 0.1)
            cdn = int(rng.binomial(ca + 5, deny * 0.5)) if ca else 0
            blank = size < 20 and rng.random() < 0.05
            rows.append(
                {
                    "Fiscal Year": fy,
                    "Employer": name,
                    "Initial Approvals": ia,
                    "Initial Denials": idn,
                    "Continuing Approvals": ca,
                    "Continuing Denials": cdn,
                    "NAICS": naics,
                    "Tax ID": "" if rng.random() < 0.06 else f"{int(rng.integers(0, 10000)):04d}",
                    "State": "" if blank else st,
                    "City": "" if blank else city,
                    "ZIP": "" if blank else zip_,
                }
            )
    return pd.DataFrame(rows)


def _h1_rate(d: pd.DataFrame, fy: int) -> float:
    s = d[_n(d["Fiscal Year"]).eq(fy)]
    den = _n(s["Initial Denials"]).sum()
    return float(den / (den + _n(s["Initial Approvals"]).sum()))


_H1_ID = ("Fiscal Year", "Employer")
_H1_INIT = ("Initial Approvals", "Initial Denials")
_H1B_QS = [
    Q(
        "how many new h1b approvals were there in 2022",
        _count(lambda d: _n(d["Initial Approvals"])[_n(d["Fiscal Year"]).eq(2022)].sum()),
        ("Initial Approvals", *_H1_ID),
    ),
    Q(
        "which company got the most approvals overall",
        _lead(
            either(
                _named(
                    lambda d: _top(
                        (_n(d["Initial Approvals"]) + _n(d["Continuing Approvals"])).groupby(_text(d["Employer"])).sum()
                    )
                ),
                _named(lambda d: _top(_n(d["Initial Approvals"]).groupby(_text(d["Employer"])).sum())),
            )
        ),
        ("Initial Approvals", "Continuing Approvals", *_H1_ID),
    ),
    Q("what was the denial rate for new petitions in 2019", _share(lambda d: _h1_rate(d, 2019)), (*_H1_INIT, *_H1_ID)),
    Q("and in 2023?", _share(lambda d: _h1_rate(d, 2023)), (*_H1_INIT, *_H1_ID)),
    Q(
        "how many employers are in california",
        either(
            _count(lambda d: _text(d["Employer"])[_text(d["State"]).eq("CA")].nunique()),
            _count(lambda d: int(_text(d["State"]).eq("CA").sum())),
        ),
        ("State", *_H1_ID),
    ),
    Q(
        "which state had the most initial approvals in 2023",
        _lead(
            _named(
                lambda d: _top(
                    _n(d["Initial Approvals"])[_n(d["Fiscal Year"]).eq(2023)]
                    .groupby(_text(d["State"])[_n(d["Fiscal Year"]).eq(2023)])
                    .sum()
                )
            )
        ),
        ("Initial Approvals", "State", *_H1_ID),
    ),
]


HELDOUT194: list[Dataset] = [
    Dataset("quicken_transactions_export", _quicken_frame, _QUICKEN_QS),
    Dataset("exist_io_attributes_export", _exist_frame, _EXIST_QS),
    Dataset("wrike_tasks_export", _wrike_frame, _WRIKE_QS),
    Dataset("kustomer_conversations_export", _kustomer_frame, _KUSTOMER_QS),
    Dataset("hud_fair_market_rents_county", _hud_frame, _HUD_QS),
    Dataset("medicaid_state_drug_utilization", _sdud_frame, _SDUD_QS),
    Dataset("uscis_h1b_employer_data_hub", _h1b_frame, _H1B_QS),
]
