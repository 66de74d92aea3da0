"""HELDOUT191: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a Toshl Finance export (2022-2023, one row per
entry) with Date written "1/15/23" (month/day/two-digit year), Account (Current account / Cash / Credit card),
Category (Food & Drinks, Home & Utilities, Transport, Shopping, Entertainment, Health & Personal care, Travel for
expenses; Salary, Gifts, Reimbursements for income), Tags (comma separated, blank sometimes: "groceries",
"restaurants", "rent", ...), "Expense amount" and "Income amount" (text with thousands commas, "0.00" in the unused
one), Currency (mostly EUR, some USD and GBP on trips), "In main currency" (the amount in euros), "Main currency"
(EUR) and Description (mostly blank); a Personio absence periods export (2023-2024, one row per absence period)
with "Employee ID", "First name", "Last name", Department, "Absence type" (Paid vacation, Sick leave, Home office,
Training, Unpaid leave, Parental leave), "Start date" and "End date" written "13.03.2024", "Half day start" and
"Half day end" (0 / 1), "Days" (working days, halves possible), Status (approved / pending / declined), "Created at"
("2024-03-01 09:12:44") and Comment (mostly blank); a Kimai timesheet export (2024-01 to 2024-06, one row per time
entry) with Date ("2024-03-04"), From and To ("09:00"), Duration written "h:mm" ("2:30"), Rate (money earned by the
entry, 0 when not billable), "Hourly rate", User (login names), Customer, Project, Activity, Description (free text,
blank sometimes), Exported (Yes / No), Billable (Yes / No) and Tags; a Freshchat conversation report (2024-01 to
2024-04, one row per conversation) with "Conversation ID" (a uuid), "Created At" ("2024-02-03 14:22:11 UTC"),
Channel (Web Chat, WhatsApp, Facebook Messenger, iOS App, Android App), Group (Support / Sales / Billing), Agent
(full names, blank when never assigned), Status (Resolved / Open / Pending), "First Response Time" and
"Resolution Time" written "HH:MM:SS" (blank when never answered or not resolved), "CSAT Rating" (1-5, mostly
blank), "Customer Email" and "Messages Count"; the EIA-923 monthly generation and fuel consumption file (2022, one
row per plant, prime mover and fuel) with "Plant Id", "Combined Heat And Power Plant" (Y / N), "Plant Name",
"Operator Name", "Operator Id", "Plant State", "Census Region", "NERC Region", "NAICS Code", "Sector Name",
"Reported Prime Mover" (ST, CT, CA, GT, WT, PV, HY, PS), "Reported Fuel Type Code" (BIT, SUB, NG, NUC, WND, SUN,
WAT, DFO), "AER Fuel Type Code" (COL, NG, NUC, WND, SUN, HYC, DFO), "Physical Unit Label" (short tons, mcf, blank),
wide month columns "Netgen January" ... "Netgen December" (megawatthours as text with thousands commas, "." for a
month not reported, negative for pumped storage), "Total Fuel Consumption MMBtu", "Net Generation (Megawatthours)"
and YEAR, plus "State-Fuel Level Increment" rows with Plant Id 99999; the CPSC recalls list (2021-2024, one row per
recall) with "Recall Number" ("23-145"), Date ("03/14/2023"), "Recall Heading", "Name of product", Hazard (a
sentence: "The heater can overheat, posing fire and burn hazards."), "Remedy Type" (Refund / Replace / Repair /
Refund, Replace), Units as text ("About 12,500", "About 1.2 million", some with "(in addition, about 3,400 in
Canada)"), Incidents (text), "Sold At", "Manufactured In" (China, Vietnam, United States, ...) and Importer; and
the OECD PISA mean scores table (OECD.Stat long layout, 2006-2022) with LOCATION (ISO3 codes plus OAVG for the
OECD average), INDICATOR (PISAMATH / PISAREAD / PISASCIENCE), SUBJECT (TOT / BOY / GIRL), MEASURE (MEANSCORE),
FREQUENCY (A), TIME, Value (blank for Spain's 2018 reading), "Standard Error" and "Flag Codes" (M when missing).
All are generated with fixed seeds 19101-19107.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _text
from .heldout173 import _money, _num, _top
from .heldout183 import _abouts, _mdy, _peak_month, _ymd
from .offline_eval import Check, Dataset, Q, both, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year

# --- shared helpers ------------------------------------------------------------------------------------------------


def _n(s: pd.Series) -> pd.Series:
    return pd.to_numeric(s, errors="coerce")


def _amt(x: float) -> str:
    return f"{x:,.2f}"


def _hms(s: pd.Series) -> pd.Series:
    """Seconds from "HH:MM:SS" text (blanks as NaN)."""
    return pd.to_timedelta(_text(s).replace("", None), errors="coerce").dt.total_seconds()


def _month_word(value: Callable[[pd.DataFrame], int]) -> Check:
    """A month name (or its short form) for a month number."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        t = pd.Timestamp(2000, int(value(df)), 1)
        names = f"{t:%B}|{t:%b}" + ("|Sept" if t.month == 9 else "")
        return None if re.search(rf"\b(?:{names})\b", answer, re.IGNORECASE) else f"missing month {t:%B}"

    return check


# --- 1. Toshl Finance export ---------------------------------------------------------------------------------------

_TO_EXP = {
    # category: (entries per month, mean, sd, tags, account weights [current, cash, card])
    "Food & Drinks": (26, 24.0, 14.0, ["groceries", "restaurants", "coffee"], (0.4, 0.3, 0.3)),
    "Home & Utilities": (4, 310.0, 330.0, ["rent", "electricity", "internet"], (1.0, 0.0, 0.0)),
    "Transport": (8, 22.0, 15.0, ["fuel", "public transport", "taxi"], (0.3, 0.3, 0.4)),
    "Shopping": (5, 55.0, 40.0, ["clothes", "electronics", ""], (0.2, 0.1, 0.7)),
    "Entertainment": (4, 28.0, 15.0, ["cinema", "concerts", "streaming"], (0.2, 0.2, 0.6)),
    "Health & Personal care": (2, 35.0, 20.0, ["pharmacy", "haircut"], (0.3, 0.4, 0.3)),
}
_TO_RATE = {"EUR": 1.0, "USD": 0.92, "GBP": 1.16}


def _toshl_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19101)
    accounts = ["Current account", "Cash", "Credit card"]
    rows = []
    for month in pd.date_range("2022-01-01", "2023-12-01", freq="MS"):
        days = pd.date_range(month, month + pd.offsets.MonthEnd(0), freq="D")
        trip = month.month in (8, 12) or (month.year == 2023 and month.month == 5)
        for cat, (k, mean, sd, tags, aw) in _TO_EXP.items():
            for _ in range(int(rng.poisson(k))):
                day = days[int(rng.integers(len(days)))]
                tag = str(rng.choice(tags))
                if cat == "Home & Utilities":
                    tag = str(rng.choice(tags, p=[0.3, 0.35, 0.35]))
                    amount = 950.0 if tag == "rent" else round(float(rng.uniform(30, 110)), 2)
                else:
                    amount = round(max(1.5, float(rng.normal(mean, sd))), 2)
                cur = "EUR"
                if trip and rng.random() < 0.35:
                    cur = "USD" if month.month != 5 else "GBP"
                rows.append((day, str(rng.choice(accounts, p=aw)), cat, tag, amount, 0.0, cur))
        if trip:
            for _ in range(int(rng.integers(3, 7))):
                day = days[int(rng.integers(len(days)))]
                cur = "USD" if month.month != 5 else "GBP"
                amount = round(float(rng.uniform(80, 900)) * (1.6 if month == pd.Timestamp("2023-12-01") else 1), 2)
                tag = str(rng.choice(["flights", "hotel", "sightseeing"]))
                rows.append((day, "Credit card", "Travel", tag, amount, 0.0, cur))
        pay = month + pd.Timedelta(days=24)
        salary = 2850.0 if month.year == 2022 else 3010.0
        rows.append((pay, "Current account", "Salary", "", 0.0, salary, "EUR"))
        if rng.random() < 0.3:
            gift = round(float(rng.uniform(20, 200)), 2)
            rows.append((days[int(rng.integers(len(days)))], "Cash", "Gifts", "birthday", 0.0, gift, "EUR"))
        if rng.random() < 0.4:
            back = round(float(rng.uniform(15, 300)), 2)
            rows.append(
                (days[int(rng.integers(len(days)))], "Current account", "Reimbursements", "work", 0.0, back, "EUR")
            )
    rows.sort(key=lambda r: r[0], reverse=True)
    out = []
    for day, acc, cat, tag, exp, inc, cur in rows:
        if tag and rng.random() < 0.15:
            tag = tag + ", " + str(rng.choice(["weekend", "with friends", "work"]))
        if rng.random() < 0.05:
            tag = ""
        out.append(
            {
                "Date": f"{day.month}/{day.day}/{day:%y}",
                "Account": acc,
                "Category": cat,
                "Tags": tag or None,
                "Expense amount": _amt(exp),
                "Income amount": _amt(inc),
                "Currency": cur,
                "In main currency": _amt(round((exp or inc) * _TO_RATE[cur], 2)),
                "Main currency": "EUR",
                "Description": (str(rng.choice(["", "Lidl", "Uber", "dinner w/ Sam", "Amazon"])) or None)
                if rng.random() < 0.25
                else None,
            }
        )
    return pd.DataFrame(out)


def _to_date(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["Date"]), format="%m/%d/%y", errors="coerce")


def _to_exp(d: pd.DataFrame) -> pd.Series:
    return _num(d["Expense amount"]).fillna(0) > 0


def _to_inc(d: pd.DataFrame) -> pd.Series:
    return _num(d["Income amount"]).fillna(0) > 0


def _to_spent(d: pd.DataFrame, main: bool) -> pd.Series:
    """Expense amounts in euros (or as written), zero on income rows."""
    col = "In main currency" if main else "Expense amount"
    return _num(d[col]).where(_to_exp(d), 0.0)


def _to_groceries(d: pd.DataFrame) -> pd.Series:
    return _text(d["Tags"]).str.split(r",\s*").apply(lambda x: "groceries" in x)


_TO_ID = ("Date",)
_TOSHL_QS = [
    Q(
        "how much did i spend altogether",
        either(*(_money(lambda d, m=m: _to_spent(d, m).sum()) for m in (True, False))),
        ("Expense amount", "In main currency", "Currency", *_TO_ID),
    ),
    Q(
        "what do i spend the most money on",
        either(
            *(_lead(_named(lambda d, m=m: _top(_to_spent(d, m).groupby(_text(d["Category"])).sum()))) for m in (1, 0))
        ),
        ("Category", "Expense amount", "In main currency", *_TO_ID),
    ),
    Q(
        "total income for 2023?",
        either(
            _money(lambda d: _num(d["Income amount"])[_to_date(d).dt.year == 2023].sum()),
            _money(lambda d: _num(d["In main currency"])[_to_inc(d) & (_to_date(d).dt.year == 2023)].sum()),
        ),
        ("Income amount", "In main currency", *_TO_ID),
    ),
    Q(
        "which month did i spend the most",
        either(*(_lead(_month_year(lambda d, m=m: _peak_month(_to_date(d), _to_spent(d, m)))) for m in (1, 0))),
        ("Expense amount", "In main currency", *_TO_ID),
    ),
    Q(
        "how much went on groceries",
        either(
            *(_money(lambda d, m=m: _to_spent(d, m)[_to_groceries(d)].sum()) for m in (True, False)),
            *(_money(lambda d, m=m: _to_spent(d, m)[_text(d["Tags"]).str.contains("groceries")].sum()) for m in (1, 0)),
        ),
        ("Tags", "Expense amount", "In main currency", *_TO_ID),
    ),
    Q(
        "how many payments weren't in euros",
        _count(lambda d: int(_text(d["Currency"]).ne("EUR").sum())),
        ("Currency", *_TO_ID),
    ),
]


# --- 2. Personio absence periods export ----------------------------------------------------------------------------

_PE_FIRST = ["Anna", "Lukas", "Marie", "Jonas", "Sophie", "Felix", "Lea", "Paul", "Mia", "Leon", "Emma", "Tim"]
_PE_LAST = ["Schmidt", "Müller", "Weber", "Fischer", "Wagner", "Becker", "Hoffmann", "Koch", "Richter", "Klein"]
_PE_DEPTS = {"Engineering": 16, "Sales": 10, "Customer Success": 8, "Marketing": 6, "Finance": 4, "People": 3}
_PE_TYPES = {
    "Paid vacation": (5.0, (1, 12)),
    "Sick leave": (2.6, (1, 8)),
    "Home office": (3.5, (1, 2)),
    "Training": (0.6, (1, 3)),
    "Unpaid leave": (0.15, (2, 10)),
}


def _personio_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19102)
    people = []
    names = [(f, last) for f in _PE_FIRST for last in _PE_LAST]
    order = rng.permutation(len(names))
    k = 0
    for dept, n in _PE_DEPTS.items():
        for _ in range(n):
            f, last = names[int(order[k])]
            people.append((1000 + k * 7, f, last, dept, float(rng.uniform(0.6, 1.6))))
            k += 1
    hol = pd.bdate_range("2023-01-02", "2024-12-31")
    rows = []
    for pid, f, last, dept, sickly in people:
        for kind, (rate, (lo, hi)) in _PE_TYPES.items():
            per_year = rate * (sickly * (1.4 if dept == "Customer Success" else 1.0) if kind == "Sick leave" else 1.0)
            for _ in range(int(rng.poisson(per_year * 2))):
                start = hol[int(rng.integers(len(hol)))]
                if kind == "Sick leave" and rng.random() < 0.35:
                    start = hol[(hol.month.isin([1, 2])) & (hol.year == 2024)][int(rng.integers(40))]
                days = int(rng.integers(lo, hi + 1))
                end = start + pd.offsets.BDay(days - 1)
                half = kind == "Paid vacation" and rng.random() < 0.1
                status = str(rng.choice(["approved", "pending", "declined"], p=[0.88, 0.08, 0.04]))
                if kind == "Sick leave":
                    status = "approved"
                rows.append(
                    {
                        "Employee ID": pid,
                        "First name": f,
                        "Last name": last,
                        "Department": dept,
                        "Absence type": kind,
                        "Start date": start.strftime("%d.%m.%Y"),
                        "End date": end.strftime("%d.%m.%Y"),
                        "Half day start": 0,
                        "Half day end": int(half),
                        "Days": days - 0.5 * half,
                        "Status": status,
                        "Created at": (start - pd.Timedelta(days=float(rng.uniform(0, 40)))).strftime(
                            "%Y-%m-%d %H:%M:%S"
                        ),
                        "Comment": str(rng.choice(["Urlaub", "Arzttermin", "family trip", "conference"]))
                        if rng.random() < 0.12
                        else None,
                    }
                )
    # one long parental leave
    rows.append(
        {
            "Employee ID": people[3][0],
            "First name": people[3][1],
            "Last name": people[3][2],
            "Department": people[3][3],
            "Absence type": "Parental leave",
            "Start date": "01.07.2024",
            "End date": "31.12.2024",
            "Half day start": 0,
            "Half day end": 0,
            "Days": 132.0,
            "Status": "approved",
            "Created at": "2024-04-02 10:01:13",
            "Comment": None,
        }
    )
    frame = pd.DataFrame(rows)
    frame["_start"] = pd.to_datetime(frame["Start date"], format="%d.%m.%Y")
    return frame.sort_values(["_start", "Employee ID"]).drop(columns="_start").reset_index(drop=True)


def _pe_start(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["Start date"]), format="%d.%m.%Y", errors="coerce")


def _pe_kind(d: pd.DataFrame, kind: str, approved: bool) -> pd.Series:
    m = _text(d["Absence type"]).eq(kind)
    return m & _text(d["Status"]).eq("approved") if approved else m


def _pe_name(d: pd.DataFrame) -> pd.Series:
    return _text(d["First name"]) + " " + _text(d["Last name"])


_PE_ID = ("Employee ID", "First name", "Last name", "Start date", "End date")
_PERSONIO_QS = [
    Q(
        "how many sick days did people take in total",
        either(
            _about(lambda d: _n(d["Days"])[_pe_kind(d, "Sick leave", False)].sum(), rel=0.002),
            _count(lambda d: int(_pe_kind(d, "Sick leave", False).sum())),
        ),
        ("Absence type", "Days", "Status", *_PE_ID),
    ),
    Q(
        "which team is off sick the most",
        either(
            _lead(
                _named(lambda d: _top(_n(d["Days"])[_pe_kind(d, "Sick leave", False)].groupby(d["Department"]).sum()))
            ),
            _lead(_named(lambda d: _top(_text(d["Department"])[_pe_kind(d, "Sick leave", False)].value_counts()))),
        ),
        ("Absence type", "Days", "Department", *_PE_ID),
    ),
    Q(
        "how many requests are still waiting for approval",
        _count(lambda d: int(_text(d["Status"]).eq("pending").sum())),
        ("Status", *_PE_ID),
    ),
    Q(
        "who took the most holiday",
        either(
            *(
                _lead(
                    _named(
                        lambda d, a=a: _top(_n(d["Days"])[_pe_kind(d, "Paid vacation", a)].groupby(_pe_name(d)).sum())
                    )
                )
                for a in (True, False)
            )
        ),
        ("Absence type", "Days", "Status", *_PE_ID),
    ),
    Q(
        "in which month were the most people out sick",
        either(
            _lead(_month_year(lambda d: _peak_month(_pe_start(d)[_pe_kind(d, "Sick leave", False)]))),
            _lead(
                _month_year(
                    lambda d: _peak_month(
                        _pe_start(d)[_pe_kind(d, "Sick leave", False)], _n(d["Days"])[_pe_kind(d, "Sick leave", False)]
                    )
                )
            ),
        ),
        ("Absence type", "Days", *_PE_ID),
    ),
    Q(
        "how long is a typical vacation, in days",
        either(
            *(
                _abouts(
                    lambda d, a=a: _n(d["Days"])[_pe_kind(d, "Paid vacation", a)].mean(),
                    lambda d, a=a: _n(d["Days"])[_pe_kind(d, "Paid vacation", a)].median(),
                    rel=0.01,
                )
                for a in (True, False)
            )
        ),
        ("Absence type", "Days", "Status", *_PE_ID),
    ),
]


# --- 3. Kimai timesheet export -------------------------------------------------------------------------------------

_KI_USERS = {"jdoe": 85.0, "mkowalski": 95.0, "asmith": 110.0, "tnguyen": 75.0}
_KI_PROJECTS = {
    "Website Relaunch": ("Northwind GmbH", 30),
    "SEO Retainer": ("Northwind GmbH", 10),
    "Mobile App": ("Blue Harbor Ltd", 25),
    "Data Migration": ("Cedar & Finch", 15),
    "Internal": ("Our Company", 12),
    "Support Contract": ("Blue Harbor Ltd", 8),
}
_KI_ACTS = ["Development", "Design", "Meeting", "Project Management", "Testing", "Support"]


def _kimai_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19103)
    projects = list(_KI_PROJECTS)
    pw = np.array([v[1] for v in _KI_PROJECTS.values()], dtype=float)
    rows = []
    for day in pd.bdate_range("2024-01-02", "2024-06-28"):
        for user, hourly in _KI_USERS.items():
            if rng.random() < 0.08:
                continue
            t = pd.Timestamp(day) + pd.Timedelta(hours=8, minutes=int(rng.integers(0, 8)) * 15)
            for _ in range(int(rng.integers(1, 4))):
                mins = int(rng.integers(2, 14)) * 15
                if day.month == 3:
                    mins += 15
                end = t + pd.Timedelta(minutes=mins)
                proj = str(rng.choice(projects, p=pw / pw.sum()))
                cust = _KI_PROJECTS[proj][0]
                billable = cust != "Our Company"
                rate = round(mins / 60 * hourly, 2) if billable else 0.0
                exported = day < pd.Timestamp("2024-05-01") or (day.month == 5 and rng.random() < 0.3)
                rows.append(
                    {
                        "Date": day.strftime("%Y-%m-%d"),
                        "From": t.strftime("%H:%M"),
                        "To": end.strftime("%H:%M"),
                        "Duration": f"{mins // 60}:{mins % 60:02d}",
                        "Rate": rate,
                        "Hourly rate": hourly if billable else 0.0,
                        "User": user,
                        "Customer": cust,
                        "Project": proj,
                        "Activity": str(rng.choice(_KI_ACTS)),
                        "Description": str(rng.choice(["", "standup", "fix login bug", "client call", "review PR"]))
                        or None,
                        "Exported": "Yes" if exported else "No",
                        "Billable": "Yes" if billable else "No",
                        "Tags": "remote" if rng.random() < 0.3 else None,
                    }
                )
                t = end + pd.Timedelta(minutes=int(rng.integers(0, 5)) * 15)
    return pd.DataFrame(rows)


def _ki_hours(d: pd.DataFrame) -> pd.Series:
    parts = _text(d["Duration"]).str.split(":", expand=True)
    return _n(parts[0]) + _n(parts[1]) / 60


_KI_ID = ("Date", "From", "To")
_KIMAI_QS = [
    Q("how many hours did we log in total", _about(lambda d: _ki_hours(d).sum(), rel=0.002), ("Duration", *_KI_ID)),
    Q(
        "and how many hours per person?",
        _about(lambda d: _ki_hours(d).groupby(d["User"]).sum().to_numpy(), rel=0.0005),
        ("Duration", "User", *_KI_ID),
    ),
    Q(
        "which client earned us the most",
        _lead(_named(lambda d: _top(_n(d["Rate"]).groupby(_text(d["Customer"])).sum()))),
        ("Rate", "Customer", *_KI_ID),
    ),
    Q(
        "how much money is in entries that haven't been exported yet",
        _money(lambda d: _n(d["Rate"])[_text(d["Exported"]).eq("No")].sum()),
        ("Rate", "Exported", *_KI_ID),
    ),
    Q(
        "what's our average hourly rate on billable work",
        _abouts(
            lambda d: _n(d["Hourly rate"])[_text(d["Billable"]).eq("Yes")].mean(),
            lambda d: _n(d["Rate"]).sum() / _ki_hours(d)[_text(d["Billable"]).eq("Yes")].sum(),
            rel=0.005,
        ),
        ("Hourly rate", "Rate", "Billable", "Duration", *_KI_ID),
    ),
    Q(
        "busiest month by hours?",
        _lead(_month_year(lambda d: _peak_month(_ymd(d["Date"]), _ki_hours(d)))),
        ("Duration", *_KI_ID),
    ),
]


# --- 4. Freshchat conversation report ------------------------------------------------------------------------------

_FC_AGENTS = {"Priya Nair": (0.3, 4.4), "Tom Becker": (0.25, 3.9), "Lena Ortiz": (0.2, 4.1), "Marco Rossi": (0.15, 3.6)}
_FC_AGENTS |= {"Sam Okafor": (0.1, 4.0)}
_FC_CHANNELS = {"Web Chat": 45, "WhatsApp": 25, "Facebook Messenger": 10, "iOS App": 12, "Android App": 8}
_FC_SLOW = {"Web Chat": 1.0, "WhatsApp": 2.2, "Facebook Messenger": 3.0, "iOS App": 1.3, "Android App": 1.4}


def _hhmmss(secs: float) -> str:
    s = int(secs)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def _freshchat_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19104)
    agents = list(_FC_AGENTS)
    aw = np.array([v[0] for v in _FC_AGENTS.values()])
    chans = list(_FC_CHANNELS)
    cw = np.array(list(_FC_CHANNELS.values()), dtype=float)
    rows = []
    for _ in range(2600):
        created = pd.Timestamp("2024-01-01") + pd.Timedelta(minutes=float(rng.uniform(0, 121 * 24 * 60)))
        chan = str(rng.choice(chans, p=cw / cw.sum()))
        group = str(rng.choice(["Support", "Sales", "Billing"], p=[0.65, 0.15, 0.2]))
        agent = str(rng.choice(agents, p=aw)) if rng.random() > 0.07 else None
        status = str(rng.choice(["Resolved", "Open", "Pending"], p=[0.82, 0.1, 0.08])) if agent else "Open"
        first = float(rng.lognormal(np.log(180 * _FC_SLOW[chan] ** 0.5), 0.9)) if agent else None
        resolved = (
            first + float(rng.lognormal(np.log(1800 * _FC_SLOW[chan]), 0.8)) if status == "Resolved" and first else None
        )
        csat = None
        if status == "Resolved" and rng.random() < 0.3:
            csat = int(np.clip(round(rng.normal(_FC_AGENTS[agent][1], 0.9)), 1, 5))
        rows.append(
            {
                "Conversation ID": f"{int(rng.integers(16**8)):08x}-{int(rng.integers(16**4)):04x}-4"
                f"{int(rng.integers(16**3)):03x}-8{int(rng.integers(16**3)):03x}-{int(rng.integers(16**12)):012x}",
                "Created At": created.strftime("%Y-%m-%d %H:%M:%S UTC"),
                "Channel": chan,
                "Group": group,
                "Agent": agent,
                "Status": status,
                "First Response Time": _hhmmss(first) if first is not None else None,
                "Resolution Time": _hhmmss(resolved) if resolved is not None else None,
                "CSAT Rating": csat,
                "Customer Email": f"user{int(rng.integers(1, 1800))}@mail.example",
                "Messages Count": int(rng.integers(2, 18)),
            }
        )
    return pd.DataFrame(rows)


_FC_ID = ("Conversation ID", "Created At")
_FRESHCHAT_QS = [
    Q(
        "how many chats came in over whatsapp",
        _count(lambda d: int(_text(d["Channel"]).eq("WhatsApp").sum())),
        ("Channel", *_FC_ID),
    ),
    Q(
        "what's the average satisfaction rating",
        _about(lambda d: _n(d["CSAT Rating"]).mean(), rel=0.005),
        ("CSAT Rating", *_FC_ID),
    ),
    Q(
        "which agent gets the best ratings",
        _lead(_named(lambda d: _top(_n(d["CSAT Rating"]).groupby(_text(d["Agent"])).mean()))),
        ("CSAT Rating", "Agent", *_FC_ID),
    ),
    Q(
        "typical first response time in minutes?",
        _abouts(
            lambda d: _hms(d["First Response Time"]).median() / 60,
            lambda d: _hms(d["First Response Time"]).mean() / 60,
            rel=0.02,
        ),
        ("First Response Time", *_FC_ID),
    ),
    Q(
        "what % of conversations got resolved",
        _share(lambda d: float(_text(d["Status"]).eq("Resolved").mean())),
        ("Status", *_FC_ID),
    ),
    Q(
        "which channel takes longest to resolve",
        either(
            *(
                _lead(_named(lambda d, h=h: _top(_hms(d["Resolution Time"]).groupby(_text(d["Channel"])).agg(h))))
                for h in ("mean", "median")
            )
        ),
        ("Resolution Time", "Channel", "Status", *_FC_ID),
    ),
]


# --- 5. EIA-923 monthly generation and fuel consumption ------------------------------------------------------------

_EI_MONTHS = [pd.Timestamp(2022, m, 1).strftime("%B") for m in range(1, 13)]
_EI_NET = [f"Netgen {m}" for m in _EI_MONTHS]
_EI_STATES = {
    "TX": ("WSC", "TRE", 30),
    "CA": ("PACC", "WECC", 26),
    "PA": ("MAT", "RFC", 14),
    "FL": ("SAT", "SERC", 16),
    "IL": ("ENC", "RFC", 12),
    "OH": ("ENC", "RFC", 10),
    "GA": ("SAT", "SERC", 9),
    "NY": ("MAT", "NPCC", 12),
    "IA": ("WNC", "MRO", 8),
    "WA": ("PACN", "WECC", 9),
}
# (prime mover, reported fuel, AER fuel, unit, weight, typical annual MWh, capacity-factor shape)
_EI_KINDS = [
    ("CA", "NG", "NG", "mcf", 24, 900_000, "summer"),
    ("GT", "NG", "NG", "mcf", 14, 60_000, "summer"),
    ("ST", "BIT", "COL", "short tons", 6, 2_400_000, "flat"),
    ("ST", "SUB", "COL", "short tons", 5, 3_000_000, "flat"),
    ("ST", "NUC", "NUC", "", 3, 8_500_000, "flat"),
    ("WT", "WND", "WND", "", 18, 350_000, "spring"),
    ("PV", "SUN", "SUN", "", 20, 120_000, "summer"),
    ("HY", "WAT", "HYC", "", 7, 200_000, "spring"),
    ("PS", "WAT", "HPS", "", 1, -80_000, "flat"),
    ("GT", "DFO", "DFO", "barrels", 4, 800, "winter"),
]
_EI_SHAPE = {
    "summer": [0.8, 0.75, 0.8, 0.85, 0.95, 1.15, 1.35, 1.35, 1.1, 0.9, 0.8, 0.85],
    "flat": [1.05, 0.95, 0.98, 0.85, 0.92, 1.02, 1.08, 1.08, 0.98, 0.9, 0.95, 1.05],
    "spring": [1.0, 1.05, 1.25, 1.35, 1.2, 1.0, 0.8, 0.75, 0.8, 0.95, 1.0, 1.0],
    "winter": [1.8, 1.4, 0.8, 0.5, 0.4, 0.6, 0.9, 0.9, 0.5, 0.4, 0.8, 1.4],
}
_EI_NAMES = ["Riverside", "Oak Creek", "Mesa Verde", "Pine Bluff", "Cedar Ridge", "Lakeview", "Prairie Wind"]
_EI_NAMES += ["Sunfield", "Granite", "Bayshore", "Hill Top", "Eagle Point", "Willow", "Stone Harbor"]
_EI_OPS = ["NextEra Energy", "Duke Energy", "Vistra Corp", "Southern Power", "Calpine", "Xcel Energy"]


def _mwh(x: float) -> str:
    return f"{x:,.0f}" if x == x else "."


def _eia_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19105)
    states = list(_EI_STATES)
    sw = np.array([v[2] for v in _EI_STATES.values()], dtype=float)
    kw = np.array([k[4] for k in _EI_KINDS], dtype=float)
    rows = []
    used: set[str] = set()
    for k in range(380):
        st = str(rng.choice(states, p=sw / sw.sum()))
        mover, fuel, aer, unit, _w, annual, shape = _EI_KINDS[int(rng.choice(len(_EI_KINDS), p=kw / kw.sum()))]
        base = str(rng.choice(_EI_NAMES))
        suffix = {"NG": "Energy Center", "COL": "Generating Station", "NUC": "Nuclear Plant", "WND": "Wind Farm"}
        suffix |= {"SUN": "Solar", "HYC": "Dam", "HPS": "Pumped Storage", "DFO": "Peaker"}
        name = f"{base} {suffix[aer]}"
        n = 2
        while name in used:
            name = f"{base} {suffix[aer]} {n}"
            n += 1
        used.add(name)
        size = float(rng.lognormal(0, 0.7)) * annual / 12
        net = [size * f * float(rng.uniform(0.85, 1.15)) for f in _EI_SHAPE[shape]]
        if aer == "NUC" and rng.random() < 0.7:
            net[int(rng.choice([3, 9]))] *= 0.15  # refuelling outage
        if rng.random() < 0.03:
            net[11] = float("nan")
        total = float(np.nansum(net))
        heat = {"NG": 7.2, "COL": 10.4, "DFO": 11.0, "NUC": 10.4}.get(aer, 0.0) * total if aer != "HPS" else 0.0
        rows.append(
            {
                "Plant Id": 50000 + k * 37 if k % 3 else 1000 + k * 11,
                "Combined Heat And Power Plant": "Y" if aer == "NG" and rng.random() < 0.1 else "N",
                "Plant Name": name,
                "Operator Name": str(rng.choice(_EI_OPS)),
                "Operator Id": int(rng.integers(1000, 60000)),
                "Plant State": st,
                "Census Region": _EI_STATES[st][0],
                "NERC Region": _EI_STATES[st][1],
                "NAICS Code": 22,
                "Sector Name": "Electric Utility" if rng.random() < 0.45 else "IPP Non-CHP",
                "Reported Prime Mover": mover,
                "Reported Fuel Type Code": fuel,
                "AER Fuel Type Code": aer,
                "Physical Unit Label": unit or None,
                **{c: _mwh(v) for c, v in zip(_EI_NET, net, strict=True)},
                "Total Fuel Consumption MMBtu": _mwh(heat),
                "Net Generation (Megawatthours)": _mwh(total),
                "YEAR": 2022,
            }
        )
    for st in ("TX", "CA", "FL"):
        for aer, fuel, mover in (("SUN", "SUN", "PV"), ("NG", "NG", "CT")):
            net = [float(rng.uniform(2000, 9000)) for _ in range(12)]
            rows.append(
                {
                    "Plant Id": 99999,
                    "Combined Heat And Power Plant": "N",
                    "Plant Name": "State-Fuel Level Increment",
                    "Operator Name": "State-Fuel Level Increment",
                    "Operator Id": 99999,
                    "Plant State": st,
                    "Census Region": _EI_STATES[st][0],
                    "NERC Region": _EI_STATES[st][1],
                    "NAICS Code": 22,
                    "Sector Name": "Electric Utility",
                    "Reported Prime Mover": mover,
                    "Reported Fuel Type Code": fuel,
                    "AER Fuel Type Code": aer,
                    "Physical Unit Label": "mcf" if aer == "NG" else None,
                    **{c: _mwh(v) for c, v in zip(_EI_NET, net, strict=True)},
                    "Total Fuel Consumption MMBtu": _mwh(7.4 * sum(net) if aer == "NG" else 0.0),
                    "Net Generation (Megawatthours)": _mwh(sum(net)),
                    "YEAR": 2022,
                }
            )
    return pd.DataFrame(rows)


def _ei_total(d: pd.DataFrame, inc: bool) -> pd.Series:
    v = _num(d["Net Generation (Megawatthours)"])
    return v if inc else v[_n(d["Plant Id"]) != 99999]


def _ei_months(d: pd.DataFrame, inc: bool) -> pd.Series:
    keep = d if inc else d[_n(d["Plant Id"]) != 99999]
    return pd.Series([_num(keep[c]).sum() for c in _EI_NET], index=range(1, 13))


_EI_ID = ("Plant Id", "Plant Name", "YEAR")
_EIA_QS = [
    Q(
        "how much electricity was generated in total",
        either(*(_money(lambda d, i=i: _ei_total(d, i).sum()) for i in (True, False))),
        ("Net Generation (Megawatthours)", *_EI_NET, *_EI_ID),
    ),
    Q(
        "which state generated the most",
        _lead(_named(lambda d: _top(_ei_total(d, True).groupby(_text(d["Plant State"])).sum()))),
        ("Net Generation (Megawatthours)", "Plant State", *_EI_NET, *_EI_ID),
    ),
    Q(
        "which month had the highest generation",
        either(*(_lead(_month_word(lambda d, i=i: int(_ei_months(d, i).idxmax()))) for i in (True, False))),
        (*_EI_NET, "Net Generation (Megawatthours)", *_EI_ID),
    ),
    Q(
        "what share of the power came from natural gas (NG)",
        either(
            *(
                _share(
                    lambda d, i=i: float(
                        _ei_total(d, i)[_text(d["AER Fuel Type Code"]).eq("NG")].sum() / _ei_total(d, i).sum()
                    )
                )
                for i in (True, False)
            )
        ),
        ("Net Generation (Megawatthours)", "AER Fuel Type Code", "Reported Fuel Type Code", *_EI_NET, *_EI_ID),
    ),
    Q(
        "how many plants are listed",
        either(
            _count(lambda d: int(d["Plant Id"].nunique())),
            _count(lambda d: int(d.loc[_n(d["Plant Id"]) != 99999, "Plant Id"].nunique())),
            _count(lambda d: len(d)),
        ),
        _EI_ID,
    ),
    Q(
        "which single plant produced the most",
        _lead(_named(lambda d: _top(_ei_total(d, False).groupby(_text(d["Plant Name"])).sum()))),
        ("Net Generation (Megawatthours)", *_EI_NET, *_EI_ID),
    ),
]


# --- 6. CPSC recalls list ------------------------------------------------------------------------------------------

_CP_HAZARDS = {
    "fire": ("The {p} can overheat, posing fire and burn hazards.", 22),
    "fall": ("The {p} can break or collapse, posing a fall hazard.", 14),
    "tip": ("The {p} can tip over if not anchored to the wall, posing tip-over and entrapment hazards.", 10),
    "choke": ("Small parts of the {p} can detach, posing a choking hazard to young children.", 16),
    "cut": ("The {p} can shatter, posing a laceration hazard.", 10),
    "shock": ("The {p} can short circuit, posing an electrical shock hazard.", 8),
    "poison": ("The {p} packaging is not child resistant, posing a risk of poisoning if swallowed.", 8),
}
_CP_PRODUCTS = {
    "fire": ["Space Heater", "Power Bank", "Electric Kettle", "E-Bike Battery", "Air Fryer"],
    "fall": ["Bunk Bed", "Step Stool", "Bicycle", "Baby Bouncer", "Office Chair"],
    "tip": ["Dresser", "Bookcase", "TV Stand"],
    "choke": ["Teething Toy", "Plush Toy", "Bath Toy", "Building Blocks"],
    "cut": ["Glass Water Bottle", "Blender", "Kitchen Knife Set"],
    "shock": ["Extension Cord", "Hair Dryer", "Holiday Light String"],
    "poison": ["Lidocaine Cream", "Laundry Detergent Pods", "Essential Oil"],
}
_CP_HEADING = {"fire": "Fire and Burn", "fall": "Fall", "tip": "Tip-Over and Entrapment", "choke": "Choking"}
_CP_HEADING |= {"cut": "Laceration", "shock": "Shock", "poison": "Poisoning"}
_CP_BRANDS = ["Acme", "Brightway", "HomeJoy", "Kidzy", "NovaTech", "Urban Nest", "Vello", "Zenith"]
_CP_COUNTRIES = {"China": 62, "Vietnam": 10, "United States": 12, "Taiwan": 4, "Mexico": 5, "India": 4, "Italy": 3}
_CP_SELLERS = ["Amazon", "Walmart", "Target", "Home Depot", "Wayfair", "Costco"]


def _cp_units_text(n: int, canada: int) -> str:
    main = f"About {n / 1e6:.1f} million" if n >= 1_000_000 else f"About {n:,}"
    return main + (f" (in addition, about {canada:,} in Canada)" if canada else "")


def _cpsc_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19106)
    hz = list(_CP_HAZARDS)
    hw = np.array([v[1] for v in _CP_HAZARDS.values()], dtype=float)
    countries = list(_CP_COUNTRIES)
    cw = np.array(list(_CP_COUNTRIES.values()), dtype=float)
    rows = []
    per_year = {2021: 300, 2022: 320, 2023: 330, 2024: 310}
    for year, n in per_year.items():
        dates = sorted(
            pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
            for _ in range(int(n * float(rng.uniform(0.28, 0.34))))
        )
        for j, day in enumerate(dates):
            h = str(rng.choice(hz, p=hw / hw.sum()))
            prod = f"{rng.choice(_CP_BRANDS)} {rng.choice(_CP_PRODUCTS[h])}"
            plural = prod if prod.endswith("s") else prod + "s"
            n_units = int(round(float(rng.lognormal(np.log(25_000), 1.3)) * (25 if rng.random() < 0.02 else 1), -2))
            if n_units >= 1_000_000:
                n_units = round(n_units, -5)
            canada = int(round(n_units * float(rng.uniform(0.03, 0.12)), -2)) if rng.random() < 0.15 else 0
            remedy = str(rng.choice(["Refund", "Replace", "Repair", "Refund, Replace"], p=[0.45, 0.2, 0.2, 0.15]))
            injuries = int(rng.poisson(2))
            rows.append(
                {
                    "Recall Number": f"{year % 100}-{j + 1:03d}",
                    "Date": day.strftime("%m/%d/%Y"),
                    "Recall Heading": f"{plural} Recalled Due to {_CP_HEADING[h]} Hazard",
                    "Name of product": plural,
                    "Hazard": _CP_HAZARDS[h][0].format(p=prod.split(" ", 1)[1].lower()),
                    "Remedy Type": remedy,
                    "Units": _cp_units_text(n_units, canada),
                    "Incidents": f"The firm has received {injuries} reports of incidents, including no injuries."
                    if injuries
                    else "None reported",
                    "Sold At": f"{rng.choice(_CP_SELLERS)} and online at {rng.choice(_CP_SELLERS)}.com",
                    "Manufactured In": str(rng.choice(countries, p=cw / cw.sum())),
                    "Importer": f"{prod.split()[0]} Inc., of Dallas, Texas" if rng.random() < 0.8 else None,
                }
            )
    frame = pd.DataFrame(rows)
    # a few extra June 2023 recalls (a recall wave)
    extra = frame.sample(12, random_state=19106).copy()
    extra["Date"] = [f"06/{int(x):02d}/2023" for x in rng.integers(1, 29, 12)]
    extra["Recall Number"] = [f"23-{500 + i}" for i in range(12)]
    frame = pd.concat([frame, extra], ignore_index=True)
    return frame.iloc[np.argsort(pd.to_datetime(frame["Date"], format="%m/%d/%Y").to_numpy(), kind="stable")[::-1]]


def _cp_units(d: pd.DataFrame, canada: bool) -> pd.Series:
    t = _text(d["Units"])
    head = t.str.extract(r"About ([\d.,]+)( million)?")
    n = _n(head[0].str.replace(",", "")) * np.where(head[1].notna(), 1e6, 1.0)
    if canada:
        n = n + _n(t.str.extract(r"about ([\d,]+) in Canada")[0].str.replace(",", "")).fillna(0)
    return pd.Series(n, index=d.index)


_CP_ID = ("Recall Number", "Date", "Name of product", "Recall Heading")
_CPSC_QS = [
    Q(
        "how many recalls were there in 2023",
        _count(lambda d: int((_mdy(d["Date"]).dt.year == 2023).sum())),
        _CP_ID,
    ),
    Q(
        "where are most recalled products made",
        _lead(_named(lambda d: _top(_text(d["Manufactured In"]).value_counts()))),
        ("Manufactured In", *_CP_ID),
    ),
    Q(
        "how many recalls were for a fire hazard",
        _count(lambda d: int(_text(d["Hazard"]).str.contains("fire", case=False).sum())),
        ("Hazard", *_CP_ID),
    ),
    Q(
        "which recall covered the most units",
        _lead(_named(lambda d: str(d.loc[_cp_units(d, False).idxmax(), "Name of product"]))),
        ("Units", *_CP_ID),
    ),
    Q(
        "what share of recalls offer a refund",
        either(
            _share(lambda d: float(_text(d["Remedy Type"]).str.contains("Refund").mean())),
            _share(lambda d: float(_text(d["Remedy Type"]).eq("Refund").mean())),
        ),
        ("Remedy Type", *_CP_ID),
    ),
    Q(
        "busiest month for recalls?",
        _lead(_month_year(lambda d: _peak_month(_mdy(d["Date"])))),
        _CP_ID,
    ),
]


# --- 7. OECD PISA mean scores --------------------------------------------------------------------------------------

_PI_COUNTRIES = {
    "SGP": 555, "JPN": 530, "KOR": 528, "EST": 524, "CHE": 512, "CAN": 515, "NLD": 508, "IRL": 503, "FIN": 515,
    "POL": 500, "BEL": 502, "DNK": 496, "GBR": 495, "AUS": 495, "NZL": 494, "DEU": 498, "SWE": 492, "AUT": 491,
    "CZE": 492, "SVN": 497, "NOR": 490, "FRA": 490, "PRT": 487, "USA": 485, "ESP": 482, "ITA": 480, "HUN": 478,
    "LTU": 474, "ISR": 465, "GRC": 455, "CHL": 430, "MEX": 412, "COL": 405, "TUR": 448, "BRA": 398,
}  # fmt: skip
_PI_SUBJECTS = {"PISAMATH": 0.0, "PISAREAD": -4.0, "PISASCIENCE": 3.0}
_PI_YEARS = [2006, 2009, 2012, 2015, 2018, 2022]
_PI_TREND = {2006: 4.0, 2009: 4.0, 2012: 3.0, 2015: 0.0, 2018: 0.0, 2022: -13.0}


def _pisa_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19107)
    rows = []
    table: dict[tuple[str, str, int], tuple[float, float]] = {}
    for loc, level in _PI_COUNTRIES.items():
        drift = float(rng.normal(0, 6))
        for subj, off in _PI_SUBJECTS.items():
            for year in _PI_YEARS:
                tot = level + off + _PI_TREND[year] * (1.6 if subj == "PISAMATH" else 1.0) + drift * (year - 2015) / 7
                tot += float(rng.normal(0, 4))
                gap = {"PISAMATH": 8.0, "PISAREAD": -28.0, "PISASCIENCE": 1.0}[subj] + float(rng.normal(0, 5))
                table[(loc, subj, year)] = (tot, gap)
    for (loc, subj, year), (tot, gap) in table.items():
        for sex, v in (("TOT", tot), ("BOY", tot + gap / 2), ("GIRL", tot - gap / 2)):
            missing = loc == "ESP" and subj == "PISAREAD" and year == 2018
            rows.append((loc, subj, sex, year, None if missing else round(v), "M" if missing else None))
    for subj in _PI_SUBJECTS:
        for year in _PI_YEARS:
            vals = [table[(c, subj, year)] for c in _PI_COUNTRIES if (c, subj, year) != ("ESP", "PISAREAD", 2018)]
            tot = float(np.mean([v[0] for v in vals]))
            gap = float(np.mean([v[1] for v in vals]))
            for sex, v in (("TOT", tot), ("BOY", tot + gap / 2), ("GIRL", tot - gap / 2)):
                rows.append(("OAVG", subj, sex, year, round(v), None))
    out = pd.DataFrame(rows, columns=["LOCATION", "INDICATOR", "SUBJECT", "TIME", "Value", "Flag Codes"])
    out.insert(3, "MEASURE", "MEANSCORE")
    out.insert(4, "FREQUENCY", "A")
    se = [round(float(rng.uniform(1.8, 4.2)) * (0.4 if loc == "OAVG" else 1.0), 1) for loc in out["LOCATION"]]
    out.insert(7, "Standard Error", se)
    out.loc[out["Value"].isna(), "Standard Error"] = None
    return out.sort_values(["LOCATION", "INDICATOR", "SUBJECT", "TIME"]).reset_index(drop=True)


def _pi_pick(d: pd.DataFrame, subj: str, sex: str, oavg: bool) -> pd.DataFrame:
    m = _text(d["INDICATOR"]).eq(subj) & _text(d["SUBJECT"]).eq(sex)
    if not oavg:
        m &= _text(d["LOCATION"]).ne("OAVG")
    return d[m]


def _pi_score(d: pd.DataFrame, subj: str, sex: str, oavg: bool) -> pd.Series:
    p = _pi_pick(d, subj, sex, oavg)
    return pd.Series(_n(p["Value"]).to_numpy(), index=pd.MultiIndex.from_arrays([p["LOCATION"], p["TIME"]]))


def _pi_oavg(d: pd.DataFrame, year: int) -> float:
    s = _pi_score(d, "PISAMATH", "TOT", True)
    return float(s[("OAVG", year)])


def _pi_gap(d: pd.DataFrame, year: int, oavg: bool) -> float:
    g = _pi_score(d, "PISAREAD", "GIRL", oavg) - _pi_score(d, "PISAREAD", "BOY", oavg)
    return float(g[g.index.get_level_values(1) == year].mean())


def _pi_pair(d: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    m = _pi_score(d, "PISAMATH", "TOT", False)
    s = _pi_score(d, "PISASCIENCE", "TOT", False)
    j = pd.concat([m, s], axis=1).dropna()
    return j[0], j[1]


_PI_ID = ("LOCATION", "TIME")
_PISA_QS = [
    Q(
        "which country had the best maths score in 2022",
        _lead(_named(lambda d: _top(_pi_score(d, "PISAMATH", "TOT", False).xs(2022, level=1)))),
        ("Value", "INDICATOR", "SUBJECT", *_PI_ID),
    ),
    Q(
        "how much did the oecd average in maths drop between 2018 and 2022",
        either(
            _about(lambda d: abs(_pi_oavg(d, 2018) - _pi_oavg(d, 2022)), rel=0.01),
            both(_about(lambda d: _pi_oavg(d, 2018)), _about(lambda d: _pi_oavg(d, 2022))),
        ),
        ("Value", "INDICATOR", "SUBJECT", *_PI_ID),
    ),
    Q(
        "in 2022, how far ahead of boys are girls in reading, on average across countries",
        either(*(_about(lambda d, o=o: _pi_gap(d, 2022, o), rel=0.01) for o in (True, False))),
        ("Value", "INDICATOR", "SUBJECT", *_PI_ID),
    ),
    Q(
        "how many countries are in the data",
        either(
            _count(lambda d: int(d["LOCATION"].nunique())),
            _count(lambda d: int(_text(d["LOCATION"]).loc[lambda s: s.ne("OAVG")].nunique())),
        ),
        ("LOCATION",),
    ),
    Q(
        "any scores missing? how many",
        _count(lambda d: int(_n(d["Value"]).isna().sum())),
        ("Value", "Flag Codes", *_PI_ID),
    ),
    Q(
        "do countries that do well in maths also do well in science",
        _corr(lambda d: _pi_pair(d)[0], lambda d: _pi_pair(d)[1]),
        ("Value", "INDICATOR", "SUBJECT", *_PI_ID),
    ),
]


HELDOUT191: list[Dataset] = [
    Dataset("toshl_finance_export", _toshl_frame, _TOSHL_QS),
    Dataset("personio_absence_periods_export", _personio_frame, _PERSONIO_QS),
    Dataset("kimai_timesheet_export", _kimai_frame, _KIMAI_QS),
    Dataset("freshchat_conversation_report", _freshchat_frame, _FRESHCHAT_QS),
    Dataset("eia923_monthly_generation_and_fuel", _eia_frame, _EIA_QS),
    Dataset("cpsc_recalls_list", _cpsc_frame, _CPSC_QS),
    Dataset("oecd_pisa_mean_scores", _pisa_frame, _PISA_QS),
]
