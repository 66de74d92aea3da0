"""HELDOUT189: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a Goodbudget transactions export (2023, one
row per transaction) with Date ("01/15/2023"), Envelope (Groceries, Dining Out, Gas, Rent, Utilities, Household,
Entertainment, Gifts; "[Unallocated]" for income; blank for split transactions), Account (Checking, Visa Card,
Cash), Name (payee), Notes (mostly blank), Amount (text with thousands commas, expenses negative: "-1,450.00",
"2,310.55"), Status ("cleared" or blank) and Details (the split parts "Groceries|-42.10||Household|-18.00", blank
otherwise); a Hubstaff time and activities report export (2024-02 to 2024-04, one row per member, project and day)
with Organization, "Time Zone", Member, "Member email", Project, Date ("2024-02-05"), Tracked and Manual ("6:42:10"
as hours:minutes:seconds), Activity ("57%", "-" when only manual time), Spent ("$214.50") and Currency (USD); a
WakaTime coding activity export flattened to CSV (2023-09 to 2024-03, one row per day, project and language) with
date ("2023-09-04"), project ("Unknown Project" for unnamed folders), language, editor (VS Code, PyCharm, Neovim),
operating_system (Mac / Linux), machine, total_seconds (float with decimals) and text ("1 hr 12 mins"); a Zammad
helpdesk ticket export (2024-01 to 2024-06) with Number (five digits), Title, State (new, open, pending reminder,
closed, merged), Priority ("1 low", "2 normal", "3 high"), Group (Users, Sales, Technik, Billing), Owner ("-" when
unassigned), Customer, Organization (blank sometimes), "Create Channel" (email, phone, web), Tags (comma separated,
blank sometimes), "Article Count", "First Response In Min" (blank when never answered), "Close In Min" (blank while
open), "Created At" and "Closed At" ("2024-03-05 09:14:22 UTC", blank while open); the NYPD Shooting Incident Data
(Historic) (2016-2022, one row per victim, so INCIDENT_KEY repeats) with INCIDENT_KEY (nine digits), OCCUR_DATE
("01/04/2021"), OCCUR_TIME ("19:40:00"), BORO (upper case), LOC_OF_OCCUR_DESC (INSIDE / OUTSIDE / blank),
PRECINCT, JURISDICTION_CODE (0 / 1 / 2), LOC_CLASSFCTN_DESC, LOCATION_DESC (upper case, "(null)" or blank),
STATISTICAL_MURDER_FLAG (true / false), PERP_AGE_GROUP ("18-24", "25-44", "<18", "45-64", "65+", "UNKNOWN",
"(null)", blank and a few sentinel codes such as "1020"), PERP_SEX (M / F / U / "(null)" / blank), PERP_RACE,
VIC_AGE_GROUP, VIC_SEX (M / F / U), VIC_RACE (upper case), X_COORD_CD, Y_COORD_CD, Latitude, Longitude and
Lon_Lat ("POINT (-73.91 40.81)"); the ERCOT native load by weather zone (2023-01-01 to 2023-06-30, wide) with
"Hour Ending" ("01/01/2023 01:00", midnight written "24:00" on the day before, the spring DST hour missing), one
column per weather zone (COAST, EAST, FWEST, NORTH, NCENT, SOUTH, SCENT, WEST, in MW) and ERCOT (their total); and
a NAEP state results download (2003-2022) with Year, Jurisdiction (50 states, "District of Columbia", "DoDEA" and
"National public"), Subject (Mathematics / Reading), Grade (4 / 8), "Average scale score" (one decimal, "‡" when
reporting standards were not met) and "At or above Proficient" (whole percent, "‡" likewise). All are generated
with fixed seeds 18901-18907.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share, _text, _year
from .heldout173 import _money, _num, _top
from .heldout183 import _abouts, _mdy, _peak_month, _ymd
from .offline_eval import Check, Dataset, Q, both, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year

# --- shared helpers ------------------------------------------------------------------------------------------------


def _n(s: pd.Series) -> pd.Series:
    return pd.to_numeric(s, errors="coerce")


def _hms_hours(s: pd.Series) -> pd.Series:
    """Durations written "6:42:10" as hours."""
    parts = _text(s).str.split(":", expand=True)
    return _n(parts[0]) + _n(parts[1]) / 60 + _n(parts[2]) / 3600


def _hms(hours: float) -> str:
    secs = round(hours * 3600)
    return f"{secs // 3600}:{secs // 60 % 60:02d}:{secs % 60:02d}"


# --- 1. Goodbudget transactions export -----------------------------------------------------------------------------

_GB_ENVELOPES = {
    "Groceries": (14, 62, 30, ["H-E-B", "Trader Joe's", "Costco", "Aldi"]),
    "Dining Out": (9, 34, 16, ["Chipotle", "Torchy's Tacos", "Starbucks", "Pho Saigon"]),
    "Gas": (5, 44, 10, ["Shell", "Exxon", "Buc-ee's"]),
    "Household": (4, 38, 22, ["Target", "Home Depot", "Amazon"]),
    "Entertainment": (3, 28, 15, ["Netflix", "AMC Theatres", "Steam"]),
    "Gifts": (1, 55, 30, ["Etsy", "Amazon"]),
}


def _gb_amount(x: float) -> str:
    return f"{x:,.2f}"


def _goodbudget_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18901)
    envs = list(_GB_ENVELOPES)
    w = np.array([v[0] for v in _GB_ENVELOPES.values()], dtype=float)
    rows = []
    for day in pd.date_range("2023-01-01", "2023-12-31", freq="D"):
        date = day.strftime("%m/%d/%Y")
        if day.day in (1, 15):
            pay = round(float(rng.normal(2310, 40)), 2)
            rows.append((date, "[Unallocated]", "Checking", "Acme Corp Payroll", "paycheck", pay, ""))
        if day.day == 1:
            rows.append((date, "Rent", "Checking", "Oak Street Apartments", "", -1450.0, ""))
        if day.day == 12:
            bill = -round(float(rng.normal(140, 35)), 2)
            rows.append((date, "Utilities", "Checking", "Austin Energy", "", bill, ""))
        busy = 1.5 if day.month in (11, 12) else 1.0
        for _ in range(int(rng.poisson(1.3 * busy))):
            env = str(rng.choice(envs, p=w / w.sum()))
            _, mean, sd, payees = _GB_ENVELOPES[env]
            amt = round(max(3.0, float(rng.normal(mean * (2.2 if env == "Gifts" and busy > 1 else 1), sd))), 2)
            acct = str(rng.choice(["Visa Card", "Checking", "Cash"], p=[0.6, 0.3, 0.1]))
            if env == "Groceries" and rng.random() < 0.12:
                extra = round(float(rng.uniform(8, 30)), 2)
                details = f"Groceries|-{amt:.2f}||Household|-{extra:.2f}"
                shop = str(rng.choice(["Target", "Costco"]))
                rows.append((date, "", acct, shop, "", -round(amt + extra, 2), details))
                continue
            note = str(rng.choice(["", "", "", "", "w/ Sam", "birthday", "split w roommate"]))
            rows.append((date, env, acct, str(rng.choice(payees)), note, -amt, ""))
    frame = pd.DataFrame(rows, columns=["Date", "Envelope", "Account", "Name", "Notes", "Amount", "Details"])
    cleared = rng.random(len(frame)) < 0.94
    cleared[-25:] = rng.random(25) < 0.4
    frame["Status"] = np.where(cleared, "cleared", "")
    frame["Amount"] = frame["Amount"].map(_gb_amount)
    frame = frame.iloc[::-1].reset_index(drop=True)
    return frame[["Date", "Envelope", "Account", "Name", "Notes", "Amount", "Status", "Details"]]


def _gb_amt(d: pd.DataFrame) -> pd.Series:
    return _num(d["Amount"])


def _gb_env_spend(d: pd.DataFrame, env: str, splits: bool) -> float:
    total = -float(_gb_amt(d)[_text(d["Envelope"]).eq(env)].sum())
    if splits:
        parts = _text(d["Details"]).str.extractall(rf"{env}\|(-?[\d.,]+)")[0]
        total += -float(_num(parts).sum())
    return total


def _gb_by_env(d: pd.DataFrame) -> pd.Series:
    a = _gb_amt(d)
    env = _text(d["Envelope"])
    keep = a.lt(0) & env.ne("")
    return (-a[keep]).groupby(env[keep]).sum()


def _gb_month(d: pd.DataFrame) -> pd.Timestamp:
    a = _gb_amt(d)
    return _peak_month(_mdy(d["Date"]), (-a).where(a < 0, 0.0))


_GB_ID = ("Date", "Name")
_GOODBUDGET_QS = [
    Q(
        "how much did i spend on groceries this year",
        either(
            _money(lambda d: _gb_env_spend(d, "Groceries", False)),
            _money(lambda d: _gb_env_spend(d, "Groceries", True)),
        ),
        ("Envelope", "Amount", "Details", *_GB_ID),
    ),
    Q(
        "and on eating out?",
        _money(lambda d: _gb_env_spend(d, "Dining Out", False)),
        ("Envelope", "Amount", *_GB_ID),
    ),
    Q(
        "which envelope ate the most money",
        _lead(_named(lambda d: _top(_gb_by_env(d)))),
        ("Envelope", "Amount", *_GB_ID),
    ),
    Q("what month did i spend the most", _lead(_month_year(_gb_month)), ("Amount", *_GB_ID)),
    Q(
        "total income for the year?",
        _money(lambda d: float(_gb_amt(d)[_gb_amt(d) > 0].sum())),
        ("Amount", "Envelope", *_GB_ID),
    ),
    Q(
        "how many transactions havent cleared",
        _count(lambda d: int(_text(d["Status"]).str.lower().ne("cleared").sum())),
        ("Status", *_GB_ID),
    ),
]


# --- 2. Hubstaff time and activities report ------------------------------------------------------------------------

_HS_MEMBERS = {
    "Priya Nair": ("priya@brightpixel.io", 7.6, 68, 42.0),
    "Tom Becker": ("tom@brightpixel.io", 6.8, 55, 38.0),
    "Ana Souza": ("ana@brightpixel.io", 7.9, 72, 45.0),
    "Kevin Li": ("kevin@brightpixel.io", 5.2, 41, 30.0),
    "Maya Cohen": ("maya@brightpixel.io", 7.1, 61, 40.0),
    "Jonas Weber": ("jonas@brightpixel.io", 6.3, 49, 35.0),
}
_HS_PROJECTS = {"Client Portal": 5, "Mobile App": 4, "Internal Tools": 2, "Marketing Site": 1.5, "Meetings": 1}


def _hubstaff_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18902)
    projects = list(_HS_PROJECTS)
    pw = np.array(list(_HS_PROJECTS.values()), dtype=float)
    rows = []
    for day in pd.bdate_range("2024-02-01", "2024-04-30"):
        for member, (email, hours, act, rate) in _HS_MEMBERS.items():
            if rng.random() < 0.07:
                continue
            total = max(1.0, float(rng.normal(hours, 1.4)))
            k = int(rng.integers(1, 4))
            picks = rng.choice(projects, size=k, replace=False, p=pw / pw.sum())
            split = rng.dirichlet(np.ones(k) * 2)
            for proj, frac in zip(picks, split, strict=True):
                h = total * float(frac)
                manual_only = rng.random() < 0.04
                manual = h if manual_only else (float(rng.uniform(0, 0.4)) if rng.random() < 0.1 else 0.0)
                tracked = 0.0 if manual_only else h
                a = int(np.clip(rng.normal(act, 9), 5, 98))
                rows.append(
                    {
                        "Organization": "BrightPixel Studio",
                        "Time Zone": "America/New_York",
                        "Member": member,
                        "Member email": email,
                        "Project": str(proj),
                        "Date": day.strftime("%Y-%m-%d"),
                        "Tracked": _hms(tracked),
                        "Manual": _hms(manual),
                        "Activity": "-" if manual_only else f"{a}%",
                        "Spent": f"${(tracked + manual) * rate:,.2f}",
                        "Currency": "USD",
                    }
                )
    return pd.DataFrame(rows)


def _hs_hours(d: pd.DataFrame, manual: bool) -> pd.Series:
    h = _hms_hours(d["Tracked"])
    return h + _hms_hours(d["Manual"]) if manual else h


def _hs_act(d: pd.DataFrame) -> pd.Series:
    return _n(_text(d["Activity"]).str.rstrip("%"))


def _hs_member_act(d: pd.DataFrame, weighted: bool) -> pd.Series:
    a = _hs_act(d)
    m = _text(d["Member"])
    if not weighted:
        return a.groupby(m).mean()
    h = _hs_hours(d, False)
    ok = a.notna()
    return (a * h)[ok].groupby(m[ok]).sum() / h[ok].groupby(m[ok]).sum()


def _hs_long_days(d: pd.DataFrame, who: str, manual: bool) -> int:
    keep = _text(d["Member"]).str.startswith(who)
    per_day = _hs_hours(d, manual)[keep].groupby(_text(d["Date"])[keep]).sum()
    return int((per_day > 8).sum())


_HS_ID = ("Member", "Date")
_HUBSTAFF_QS = [
    Q(
        "how many hours did each person log",
        either(
            _about(lambda d: _hs_hours(d, True).groupby(_text(d["Member"])).sum().to_numpy(), rel=0.005),
            _about(lambda d: _hs_hours(d, False).groupby(_text(d["Member"])).sum().to_numpy(), rel=0.005),
        ),
        ("Tracked", "Manual", *_HS_ID),
    ),
    Q(
        "who has the lowest activity",
        _lead(_named(lambda d: _top(_hs_member_act(d, False), ascending=True))),
        ("Activity", *_HS_ID),
    ),
    Q(
        "which project ate up the most time",
        _lead(_named(lambda d: _top(_hs_hours(d, True).groupby(_text(d["Project"])).sum()))),
        ("Project", "Tracked", "Manual", *_HS_ID),
    ),
    Q(
        "how much did we pay out in total",
        _money(lambda d: float(_num(d["Spent"]).sum())),
        ("Spent", "Currency", *_HS_ID),
    ),
    Q(
        "how many days did priya put in more than 8 hours",
        either(
            _count(lambda d: _hs_long_days(d, "Priya", True)),
            _count(lambda d: _hs_long_days(d, "Priya", False)),
        ),
        ("Tracked", "Manual", *_HS_ID),
    ),
    Q(
        "whats the team's average activity %",
        either(
            _about(lambda d: float(_hs_act(d).mean())),
            _about(
                lambda d: float(
                    (_hs_act(d) * _hs_hours(d, False)).sum() / _hs_hours(d, False)[_hs_act(d).notna()].sum()
                )
            ),
        ),
        ("Activity", *_HS_ID),
    ),
]


# --- 3. WakaTime coding activity -----------------------------------------------------------------------------------

_WT_PROJECTS = {"api-server": 5, "dashboard-ui": 4, "dotfiles": 1, "ml-experiments": 2.5, "Unknown Project": 1}
_WT_LANGS = {
    "api-server": {"Go": 6, "SQL": 1.5, "YAML": 0.7, "Markdown": 0.4},
    "dashboard-ui": {"TypeScript": 6, "CSS": 1.5, "JSON": 0.6, "Markdown": 0.3},
    "dotfiles": {"Bash": 3, "Lua": 2, "Text": 0.5},
    "ml-experiments": {"Python": 6, "Markdown": 0.8, "JSON": 0.3},
    "Unknown Project": {"Python": 1, "Text": 1, "JSON": 0.5},
}


def _wt_text(secs: float) -> str:
    h, m = int(secs // 3600), int(secs // 60 % 60)
    if h and m:
        return f"{h} hr{'s' if h > 1 else ''} {m} min{'s' if m != 1 else ''}"
    if h:
        return f"{h} hr{'s' if h > 1 else ''}"
    return f"{m} min{'s' if m != 1 else ''}" if m else f"{int(secs)} secs"


def _wakatime_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18903)
    projects = list(_WT_PROJECTS)
    pw = np.array(list(_WT_PROJECTS.values()), dtype=float)
    rows = []
    for day in pd.date_range("2023-09-01", "2024-03-31", freq="D"):
        weekend = day.weekday() >= 5
        if rng.random() < (0.55 if weekend else 0.06) or (day.month == 12 and day.day > 22):
            continue
        base = 2.2 if weekend else (4.6 if day.month in (10, 11) else 3.8)
        total = max(0.2, float(rng.normal(base, 1.2))) * 3600
        k = int(rng.integers(1, 4))
        picks = rng.choice(projects, size=k, replace=False, p=pw / pw.sum())
        for proj, frac in zip(picks, rng.dirichlet(np.ones(k) * 2), strict=True):
            langs = _WT_LANGS[str(proj)]
            used = [x for x in langs if rng.random() < 0.9 or x == next(iter(langs))]
            lw2 = np.array([langs[x] for x in used], dtype=float) * rng.uniform(0.6, 1.4, len(used))
            for lang, share in zip(used, lw2 / lw2.sum(), strict=True):
                secs = round(total * float(frac) * float(share), 3)
                if secs < 30:
                    continue
                rows.append(
                    {
                        "date": day.strftime("%Y-%m-%d"),
                        "project": str(proj),
                        "language": lang,
                        "editor": "Neovim" if proj == "dotfiles" else ("PyCharm" if lang == "Python" else "VS Code"),
                        "operating_system": "Linux" if weekend and rng.random() < 0.7 else "Mac",
                        "machine": "thinkpad-home" if weekend else "MacBook-Pro-Work",
                        "total_seconds": secs,
                        "text": _wt_text(secs),
                    }
                )
    return pd.DataFrame(rows)


def _wt_secs(d: pd.DataFrame) -> pd.Series:
    return _n(d["total_seconds"])


def _wt_weekend(d: pd.DataFrame) -> pd.Series:
    return _ymd(d["date"]).dt.weekday >= 5


def _wt_top_projects(d: pd.DataFrame) -> list[str]:
    s = _wt_secs(d).groupby(_text(d["project"])).sum().sort_values(ascending=False)
    return [str(x) for x in s.index[:3]]


_WT_ID = ("date",)
_WAKATIME_QS = [
    Q(
        "how many hours have i coded in total",
        _about(lambda d: float(_wt_secs(d).sum() / 3600), rel=0.005),
        ("total_seconds", *_WT_ID),
    ),
    Q(
        "what language do i use the most",
        _lead(_named(lambda d: _top(_wt_secs(d).groupby(_text(d["language"])).sum()))),
        ("language", "total_seconds", *_WT_ID),
    ),
    Q(
        "top 3 projects by time",
        both(*(_named(lambda d, i=i: _wt_top_projects(d)[i]) for i in range(3))),
        ("project", "total_seconds", *_WT_ID),
    ),
    Q(
        "which month was i most productive",
        _lead(_month_year(lambda d: _peak_month(_ymd(d["date"]), _wt_secs(d)))),
        ("total_seconds", *_WT_ID),
    ),
    Q(
        "on average how many minutes a day do i code",
        _abouts(
            lambda d: float(_wt_secs(d).sum() / 60 / _text(d["date"]).nunique()),
            lambda d: float(_wt_secs(d).sum() / 60 / ((_ymd(d["date"]).max() - _ymd(d["date"]).min()).days + 1)),
            lambda d: float(_wt_secs(d).groupby(_text(d["date"])).sum().median() / 60),
        ),
        ("total_seconds", *_WT_ID),
    ),
    Q(
        "what share of my coding happens on weekends",
        _share(lambda d: float(_wt_secs(d)[_wt_weekend(d)].sum() / _wt_secs(d).sum())),
        ("total_seconds", *_WT_ID),
    ),
]


# --- 4. Zammad ticket export ---------------------------------------------------------------------------------------

_ZM_GROUPS = {"Users": 45, "Technik": 25, "Billing": 18, "Sales": 12}
_ZM_AGENTS = {"Nicole Braun": 30, "Marco Rossi": 25, "Julia Weiss": 20, "Ahmed Karim": 15, "Lars Olsen": 10}
_ZM_TITLES = ["Cannot log in", "Invoice question", "VPN not working", "Printer offline", "Upgrade plan", "Refund"]


def _zammad_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18904)
    groups = list(_ZM_GROUPS)
    gw = np.array(list(_ZM_GROUPS.values()), dtype=float)
    agents = list(_ZM_AGENTS)
    aw = np.array(list(_ZM_AGENTS.values()), dtype=float)
    now = pd.Timestamp("2024-07-01")
    rows = []
    for k in range(1800):
        created = pd.Timestamp("2024-01-02") + pd.Timedelta(minutes=float(rng.uniform(0, 181 * 1440)))
        prio = str(rng.choice(["1 low", "2 normal", "3 high"], p=[0.15, 0.7, 0.15]))
        hours = float(rng.lognormal(np.log({"1 low": 40, "2 normal": 22, "3 high": 7}[prio]), 0.9))
        closed_at = created + pd.Timedelta(hours=hours)
        state = "closed" if closed_at < now and rng.random() > 0.06 else None
        if state and rng.random() < 0.03:
            state = "merged"
        if state is None:
            state = str(rng.choice(["new", "open", "pending reminder"], p=[0.3, 0.5, 0.2]))
        owner = str(rng.choice(agents, p=aw / aw.sum())) if (state != "new" or rng.random() < 0.3) else "-"
        answered = owner != "-" and rng.random() > 0.03
        first = round(float(rng.lognormal(np.log(55 if prio == "3 high" else 180), 0.8))) if answered else None
        done = state in ("closed", "merged")
        rows.append(
            {
                "Number": str(31001 + k),
                "Title": str(rng.choice(_ZM_TITLES)),
                "State": state,
                "Priority": prio,
                "Group": str(rng.choice(groups, p=gw / gw.sum())),
                "Owner": owner,
                "Customer": f"customer{int(rng.integers(1, 600))}@example.com",
                "Organization": str(rng.choice(["Acme GmbH", "Nordwind AG", "Globex", ""])),
                "Create Channel": str(rng.choice(["email", "phone", "web"], p=[0.6, 0.15, 0.25])),
                "Tags": str(rng.choice(["", "vpn", "billing, refund", "login", "hardware", ""])),
                "Article Count": int(rng.integers(1, 4) + (hours > 30) * rng.integers(0, 5)),
                "First Response In Min": first,
                "Close In Min": round(hours * 60) if done else None,
                "Created At": created.strftime("%Y-%m-%d %H:%M:%S UTC"),
                "Closed At": closed_at.strftime("%Y-%m-%d %H:%M:%S UTC") if done else "",
            }
        )
    return pd.DataFrame(rows)


def _zm_hours(d: pd.DataFrame) -> pd.Series:
    a = pd.to_datetime(_text(d["Created At"]).str.slice(0, 19), errors="coerce")
    b = pd.to_datetime(_text(d["Closed At"]).str.slice(0, 19), errors="coerce")
    return (b - a).dt.total_seconds() / 3600


def _zm_close(prio: str | None) -> Check:
    def pick(d: pd.DataFrame, how: str, merged: bool) -> float:
        h = _zm_hours(d)
        keep = h.notna()
        if not merged:
            keep &= _text(d["State"]).eq("closed")
        if prio:
            keep &= _text(d["Priority"]).eq(prio)
        return float(h[keep].agg(how))

    return _abouts(*(lambda d, h=h, m=m: pick(d, h, m) for h in ("mean", "median") for m in (True, False)))


_ZM_ID = ("Number", "Created At")
_ZAMMAD_QS = [
    Q(
        "how many tickets are still open",
        either(
            _count(lambda d: int((~_text(d["State"]).isin(["closed", "merged"])).sum())),
            _count(lambda d: int(_text(d["State"]).eq("open").sum())),
        ),
        ("State", *_ZM_ID),
    ),
    Q(
        "which group gets the most tickets",
        _lead(_named(lambda d: _top(_text(d["Group"]).value_counts()))),
        ("Group", *_ZM_ID),
    ),
    Q("avg time to close a ticket, in hours", _zm_close(None), ("Close In Min", "Closed At", *_ZM_ID)),
    Q(
        "and for the high priority ones?",
        _zm_close("3 high"),
        ("Priority", "Close In Min", "Closed At", *_ZM_ID),
    ),
    Q(
        "who closed the most tickets",
        _lead(
            _named(
                lambda d: _top(
                    _text(d["Owner"])[_text(d["State"]).eq("closed")].value_counts().drop("-", errors="ignore")
                )
            )
        ),
        ("Owner", "State", *_ZM_ID),
    ),
    Q(
        "how many messages does a ticket usually have",
        _abouts(lambda d: float(_n(d["Article Count"]).mean()), lambda d: float(_n(d["Article Count"]).median())),
        ("Article Count", *_ZM_ID),
    ),
]


# --- 5. NYPD shooting incident data (historic) ---------------------------------------------------------------------

_NY_BOROS = {
    "BROOKLYN": (40, [67, 73, 75, 79, 81, 77, 71], 40.67, -73.93),
    "BRONX": (29, [40, 42, 44, 46, 47, 52], 40.84, -73.89),
    "QUEENS": (15, [101, 103, 105, 113, 114], 40.70, -73.80),
    "MANHATTAN": (13, [23, 25, 28, 32, 34], 40.80, -73.94),
    "STATEN ISLAND": (3, [120, 121, 122], 40.62, -74.10),
}
_NY_YEARS = {2016: 900, 2017: 760, 2018: 750, 2019: 730, 2020: 1400, 2021: 1520, 2022: 1250}
_NY_AGES = ["<18", "18-24", "25-44", "45-64", "65+", "UNKNOWN"]


def _nypd_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18905)
    boros = list(_NY_BOROS)
    bw = np.array([v[0] for v in _NY_BOROS.values()], dtype=float)
    rows = []
    key = 150_000_000
    for year, n in _NY_YEARS.items():
        for _ in range(n // 3):
            key += int(rng.integers(1000, 90000))
            boro = str(rng.choice(boros, p=bw / bw.sum()))
            if year == 2021 and rng.random() < 0.12:
                boro = "BRONX"
            _, precincts, lat, lon = _NY_BOROS[boro]
            month = int(rng.choice(range(1, 13), p=np.array([6, 5, 6, 7, 9, 11, 12, 11, 9, 8, 7, 6]) / 97))
            day = pd.Timestamp(year, month, int(rng.integers(1, 29)))
            hour = int(
                rng.choice(
                    range(24),
                    p=np.array([9, 8, 7, 5, 3, 2, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 6, 7, 8, 9, 9, 9]) / 111,
                )
            )
            la, lo = lat + float(rng.normal(0, 0.03)), lon + float(rng.normal(0, 0.03))
            known = rng.random() < 0.6
            perp_age = (
                str(rng.choice(_NY_AGES, p=[0.1, 0.35, 0.4, 0.07, 0.01, 0.07]))
                if known
                else str(rng.choice(["", "(null)", "UNKNOWN"], p=[0.5, 0.3, 0.2]))
            )
            if known and rng.random() < 0.003:
                perp_age = str(rng.choice(["1020", "940", "224"]))
            perp_sex = ("M" if rng.random() < 0.93 else "F") if known else str(rng.choice(["", "(null)", "U"]))
            loc = str(
                rng.choice(
                    [
                        "MULTI DWELL - PUBLIC HOUS",
                        "MULTI DWELL - APT BUILD",
                        "(null)",
                        "",
                        "GROCERY/BODEGA",
                        "BAR/NIGHT CLUB",
                    ],
                    p=[0.2, 0.15, 0.15, 0.4, 0.05, 0.05],
                )
            )
            inside = rng.random() < 0.18
            for _v in range(int(rng.choice([1, 2, 3], p=[0.86, 0.11, 0.03]))):
                rows.append(
                    {
                        "INCIDENT_KEY": key,
                        "OCCUR_DATE": day.strftime("%m/%d/%Y"),
                        "OCCUR_TIME": f"{hour:02d}:{int(rng.integers(60)):02d}:00",
                        "BORO": boro,
                        "LOC_OF_OCCUR_DESC": ("INSIDE" if inside else "OUTSIDE") if year >= 2022 else "",
                        "PRECINCT": int(rng.choice(precincts)),
                        "JURISDICTION_CODE": int(rng.choice([0, 1, 2], p=[0.83, 0.01, 0.16])),
                        "LOC_CLASSFCTN_DESC": ("DWELLING" if "DWELL" in loc else "STREET") if year >= 2022 else "",
                        "LOCATION_DESC": loc,
                        "STATISTICAL_MURDER_FLAG": "true" if rng.random() < 0.19 else "false",
                        "PERP_AGE_GROUP": perp_age,
                        "PERP_SEX": perp_sex,
                        "PERP_RACE": str(
                            rng.choice(["BLACK", "WHITE HISPANIC", "BLACK HISPANIC", "WHITE"], p=[0.7, 0.15, 0.1, 0.05])
                        )
                        if known
                        else str(rng.choice(["", "(null)", "UNKNOWN"])),
                        "VIC_AGE_GROUP": str(rng.choice(_NY_AGES, p=[0.11, 0.36, 0.45, 0.065, 0.01, 0.005])),
                        "VIC_SEX": str(rng.choice(["M", "F", "U"], p=[0.9, 0.098, 0.002])),
                        "VIC_RACE": str(
                            rng.choice(
                                ["BLACK", "WHITE HISPANIC", "BLACK HISPANIC", "WHITE", "ASIAN / PACIFIC ISLANDER"],
                                p=[0.71, 0.14, 0.1, 0.03, 0.02],
                            )
                        ),
                        "X_COORD_CD": round(1_000_000 + (lo + 73.95) * 277_000 + float(rng.normal(0, 30)), 0),
                        "Y_COORD_CD": round(200_000 + (la - 40.7) * 364_000 + float(rng.normal(0, 30)), 0),
                        "Latitude": round(la, 6),
                        "Longitude": round(lo, 6),
                        "Lon_Lat": f"POINT ({lo:.6f} {la:.6f})",
                    }
                )
    frame = pd.DataFrame(rows)
    return frame.sample(frac=1.0, random_state=int(rng.integers(1000))).reset_index(drop=True)


def _ny_year(d: pd.DataFrame) -> pd.Series:
    return _mdy(d["OCCUR_DATE"]).dt.year


def _ny_peak_year(d: pd.DataFrame, distinct: bool, boro: str | None = None) -> int:
    x = d if boro is None else d[_text(d["BORO"]).eq(boro)]
    if distinct:
        x = x.drop_duplicates("INCIDENT_KEY")
    return int(_top(_ny_year(x).value_counts()))


_NY_ID = ("INCIDENT_KEY", "OCCUR_DATE")
_NYPD_QS = [
    Q(
        "how many shootings are in this data",
        either(_count(lambda d: len(d)), _count(lambda d: int(d["INCIDENT_KEY"].nunique()))),
        _NY_ID,
    ),
    Q(
        "which borough has the most shootings",
        _lead(_named(lambda d: _top(_text(d["BORO"]).value_counts()), {"BROOKLYN": ("Brooklyn",)})),
        ("BORO", *_NY_ID),
    ),
    Q(
        "how many people died",
        _count(lambda d: int(_text(d["STATISTICAL_MURDER_FLAG"]).str.lower().eq("true").sum())),
        ("STATISTICAL_MURDER_FLAG", *_NY_ID),
    ),
    Q(
        "what year was the worst",
        either(_lead(_year(lambda d: _ny_peak_year(d, False))), _lead(_year(lambda d: _ny_peak_year(d, True)))),
        _NY_ID,
    ),
    Q(
        "and just in the bronx?",
        either(
            _lead(_year(lambda d: _ny_peak_year(d, False, "BRONX"))),
            _lead(_year(lambda d: _ny_peak_year(d, True, "BRONX"))),
        ),
        ("BORO", *_NY_ID),
    ),
    Q(
        "how many rows dont have the shooter's age",
        either(
            _count(lambda d: int(d["PERP_AGE_GROUP"].isna().sum())),
            _count(lambda d: int(_text(d["PERP_AGE_GROUP"]).isin(["", "(null)"]).sum())),
            _count(lambda d: int(_text(d["PERP_AGE_GROUP"]).isin(["", "(null)", "UNKNOWN"]).sum())),
        ),
        ("PERP_AGE_GROUP", *_NY_ID),
    ),
]


# --- 6. ERCOT native load by weather zone --------------------------------------------------------------------------

_ER_ZONES = {
    "COAST": (11800, 0.35),
    "EAST": (1450, 0.3),
    "FWEST": (5600, 0.05),
    "NORTH": (850, 0.3),
    "NCENT": (13200, 0.42),
    "SOUTH": (3400, 0.35),
    "SCENT": (7000, 0.4),
    "WEST": (1250, 0.2),
}


def _ercot_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18906)
    stamps = pd.date_range("2023-01-01 01:00", "2023-07-01 00:00", freq="h")
    stamps = stamps[~((stamps.month == 3) & (stamps.day == 12) & (stamps.hour == 3))]
    doy = stamps.dayofyear.to_numpy()
    hour = stamps.hour.to_numpy()
    temp = 12 + 16 * (1 - np.cos((doy - 15) / 365 * 2 * np.pi)) / 2 * 1.6 + 5 * np.sin((hour - 9) / 24 * 2 * np.pi)
    temp = temp + np.convolve(rng.normal(0, 2.5, len(stamps)), np.ones(48) / 7, mode="same")
    cold = (doy >= 32) & (doy <= 35)
    temp[cold] -= 12
    heat = np.maximum(temp - 22, 0) ** 1.35 + 1.2 * np.maximum(8 - temp, 0) ** 1.2
    daily = 1 + 0.1 * np.sin((hour - 10) / 24 * 2 * np.pi)
    out = {}
    for zone, (base, sens) in _ER_ZONES.items():
        growth = 1 + (0.0004 * (doy - 1) if zone == "FWEST" else 0)
        val = base * growth * daily * (1 + sens * heat / 40) * rng.normal(1, 0.012, len(stamps))
        out[zone] = np.round(val, 2)
    frame = pd.DataFrame(out)
    frame["ERCOT"] = np.round(frame.sum(axis=1), 2)
    shown = [
        (t - pd.Timedelta(days=1)).strftime("%m/%d/%Y") + " 24:00" if t.hour == 0 else t.strftime("%m/%d/%Y %H:%M")
        for t in stamps
    ]
    frame.insert(0, "Hour Ending", shown)
    return frame


def _er_stamp(d: pd.DataFrame) -> pd.Series:
    s = _text(d["Hour Ending"])
    day = pd.to_datetime(s.str.slice(0, 10), format="%m/%d/%Y", errors="coerce")
    return day + pd.to_timedelta(_n(s.str.slice(11, 13)), unit="h")


def _er_day(d: pd.DataFrame) -> pd.Timestamp:
    i = _n(d["ERCOT"]).idxmax()
    return pd.to_datetime(_text(d["Hour Ending"])[i][:10], format="%m/%d/%Y")


def _er_month(d: pd.DataFrame, how: str) -> pd.Timestamp:
    start = _er_stamp(d) - pd.Timedelta(hours=1)
    return _peak_month(start, _n(d["ERCOT"]), how)


_ER_ZONE_COLS = tuple(_ER_ZONES)
_ER_ID = ("Hour Ending",)
_ERCOT_QS = [
    Q(
        "what was the peak load and what day",
        both(_about(lambda d: float(_n(d["ERCOT"]).max()), rel=0.001), _day(_er_day)),
        ("ERCOT", *_ER_ID),
    ),
    Q("average load on the coast", _about(lambda d: float(_n(d["COAST"]).mean()), rel=0.002), ("COAST", *_ER_ID)),
    Q(
        "which zone uses the most power",
        _lead(_named(lambda d: _top(d[list(_ER_ZONE_COLS)].apply(_n).sum()))),
        (*_ER_ZONE_COLS, *_ER_ID),
    ),
    Q(
        "which month had the highest demand",
        either(_lead(_month_year(lambda d: _er_month(d, "mean"))), _lead(_month_year(lambda d: _er_month(d, "sum")))),
        ("ERCOT", *_ER_ID),
    ),
    Q(
        "what share of the total load is far west",
        _share(lambda d: float(_n(d["FWEST"]).sum() / _n(d["ERCOT"]).sum())),
        ("FWEST", "ERCOT", *_ER_ID),
    ),
    Q(
        "does coast load move with north central?",
        _corr(lambda d: _n(d["COAST"]), lambda d: _n(d["NCENT"])),
        ("COAST", "NCENT", *_ER_ID),
    ),
]


# --- 7. NAEP state results -----------------------------------------------------------------------------------------

_NP_STATES = [
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
    "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
    "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
    "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma",
    "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
    "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "District of Columbia",
]  # fmt: skip
_NP_YEARS = [2003, 2005, 2007, 2009, 2011, 2013, 2015, 2017, 2019, 2022]
_NP_BASE = {("Mathematics", 4): 234.0, ("Mathematics", 8): 276.0, ("Reading", 4): 219.0, ("Reading", 8): 261.0}
_NP_CUT = {("Mathematics", 4): 249, ("Mathematics", 8): 299, ("Reading", 4): 238, ("Reading", 8): 281}


def _naep_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18907)
    effect = {s: float(rng.normal(0, 5)) for s in _NP_STATES}
    effect["Massachusetts"] = 11.0
    effect["New Mexico"] = -10.0
    effect["District of Columbia"] = -14.0
    slope = {s: float(rng.normal(0.35, 0.25)) for s in _NP_STATES}
    rows = []
    for (subject, grade), base in _NP_BASE.items():
        for year in _NP_YEARS:
            t = min(year, 2019) - 2003
            drop = -8.0 if subject == "Mathematics" and grade == 8 else (-5.0 if subject == "Mathematics" else -3.0)
            covid = drop if year == 2022 else 0.0
            trend = (0.6 if subject == "Mathematics" else 0.15) * min(t, 10) + covid
            nat = base + trend
            places = [*_NP_STATES, "DoDEA", "National public"]
            for place in places:
                if place == "National public":
                    score = nat + float(rng.normal(0, 0.2))
                elif place == "DoDEA":
                    score = nat + 4 + 0.2 * t + float(rng.normal(0, 1))
                else:
                    score = nat + effect[place] + slope[place] * (t - 8) * 0.6 + float(rng.normal(0, 1.3))
                prof = 50 * (1 + math.erf((score - _NP_CUT[(subject, grade)]) / (36 * math.sqrt(2))))
                bad = (place == "DoDEA" and year == 2003) or (rng.random() < 0.004 and place != "National public")
                rows.append(
                    {
                        "Year": year,
                        "Jurisdiction": place,
                        "Subject": subject,
                        "Grade": grade,
                        "Average scale score": "‡" if bad else f"{score:.1f}",
                        "At or above Proficient": "‡" if bad else str(round(prof)),
                    }
                )
    return pd.DataFrame(rows)


def _np_pick(d: pd.DataFrame, subject: str, grade: int, year: int | None = None) -> pd.DataFrame:
    keep = _text(d["Subject"]).eq(subject) & (_n(d["Grade"]) == grade)
    if year is not None:
        keep &= _n(d["Year"]) == year
    return d[keep]


def _np_score(d: pd.DataFrame) -> pd.Series:
    return _n(d["Average scale score"])


def _np_value(d: pd.DataFrame, subject: str, grade: int, year: int, place: str, col: str) -> float:
    x = _np_pick(d, subject, grade, year)
    return float(_n(x[col])[_text(x["Jurisdiction"]).eq(place)].iloc[0])


def _np_top_2022(d: pd.DataFrame) -> str:
    x = _np_pick(d, "Mathematics", 8, 2022)
    x = x[~_text(x["Jurisdiction"]).isin(["National public", "DoDEA", "District of Columbia"])]
    return _top(_np_score(x).groupby(_text(x["Jurisdiction"])).max())


def _np_below(d: pd.DataFrame, states_only: bool) -> int:
    x = _np_pick(d, "Mathematics", 4, 2022)
    if states_only:
        x = x[~_text(x["Jurisdiction"]).isin(["National public", "DoDEA"])]
    return int((_np_score(x) < 240).sum())


def _np_gain(d: pd.DataFrame) -> str:
    x = _np_pick(d, "Mathematics", 8)
    x = x[~_text(x["Jurisdiction"]).isin(["National public", "DoDEA"])]
    wide = _np_score(x).groupby([_text(x["Jurisdiction"]), _n(x["Year"])]).first().unstack()
    return _top((wide[2022] - wide[2003]).dropna())


_NP_ID = ("Jurisdiction", "Year", "Subject", "Grade")
_NAEP_QS = [
    Q(
        "which state scored highest in 8th grade math in 2022",
        _lead(_named(_np_top_2022)),
        ("Average scale score", *_NP_ID),
    ),
    Q(
        "how much did 4th grade reading drop nationally between 2019 and 2022",
        _abouts(
            lambda d: (
                _np_value(d, "Reading", 4, 2019, "National public", "Average scale score")
                - _np_value(d, "Reading", 4, 2022, "National public", "Average scale score")
            ),
            rel=0.02,
        ),
        ("Average scale score", *_NP_ID),
    ),
    Q(
        "what % of 8th graders in texas were proficient in math in 2022",
        _about(lambda d: _np_value(d, "Mathematics", 8, 2022, "Texas", "At or above Proficient"), rel=0.001),
        ("At or above Proficient", *_NP_ID),
    ),
    Q(
        "and california?",
        _about(lambda d: _np_value(d, "Mathematics", 8, 2022, "California", "At or above Proficient"), rel=0.001),
        ("At or above Proficient", *_NP_ID),
    ),
    Q(
        "how many states were under 240 in 4th grade math in 2022",
        either(_count(lambda d: _np_below(d, True)), _count(lambda d: _np_below(d, False))),
        ("Average scale score", *_NP_ID),
    ),
    Q(
        "which state improved the most in 8th grade math from 2003 to 2022",
        _lead(_named(_np_gain)),
        ("Average scale score", *_NP_ID),
    ),
]


HELDOUT189: list[Dataset] = [
    Dataset("goodbudget_transactions_export", _goodbudget_frame, _GOODBUDGET_QS),
    Dataset("hubstaff_time_and_activities_report", _hubstaff_frame, _HUBSTAFF_QS),
    Dataset("wakatime_coding_activity_export", _wakatime_frame, _WAKATIME_QS),
    Dataset("zammad_ticket_export", _zammad_frame, _ZAMMAD_QS),
    Dataset("nypd_shooting_incident_data_historic", _nypd_frame, _NYPD_QS),
    Dataset("ercot_native_load_by_weather_zone", _ercot_frame, _ERCOT_QS),
    Dataset("naep_state_results", _naep_frame, _NAEP_QS),
]
