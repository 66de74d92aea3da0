"""HELDOUT192: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a HomeBank transactions CSV export (2022-2023,
one row per transaction, the file semicolon-separated but read here as a table) with date ("14-03-23",
day-month-two-digit-year), paymode as HomeBank's number (0 none, 1 credit card, 2 cheque, 3 cash, 4 transfer,
6 debit card, 7 standing order, 8 electronic payment, 9 deposit, 10 bank fee), info (cheque numbers or blank),
payee (blank for some cash), memo (mostly blank), amount (negative for expenses, positive for income and refunds),
category as "Food:Groceries" with a colon before the subcategory (blank for a few uncategorised rows) and tags
(space separated, mostly blank, "vacation" on a summer trip); a BreatheHR employee list export (about 600 people,
one row per employee) with "Ref No" ("EMP0042"), First Name, Last Name, Email, Job Title, Department, Location
(London / Manchester / Leeds / Remote), "Start Date" and "Leaving Date" written "14/03/2019" (leaving blank for
current staff), Status ("Current employee" / "Former employee"), "Working Pattern" ("Full time 37.5 hrs",
"Part time 22.5 hrs", "Part time 30 hrs", "Compressed hours 37.5 hrs"), "Contract Type" (Permanent / Fixed term),
Gender (Female / Male / Non-binary / blank) and "Line Manager" (a name, blank for the top); a TimeCamp detailed time
report (January-June 2024, one row per time entry) with User (a full name), Email, Task, Project ("Client > Project"
path), Date ("2024-03-04"), "Start Time" and "End Time" ("09:15:00"), Duration as "01:25:00", Billable (Yes / No)
and Note (blank for many); a HappyFox support tickets export (2023, one row per ticket) with "Ticket ID"
("#HF00123"), Subject, Status (New / Pending / On Hold / Solved / Closed), Priority (Low / Medium / High / Urgent),
Category (Technical / Billing / Account / Feature Request), Assignee (blank when unassigned), Contact Email,
"Created On", "First Response On" (blank when never answered) and "Resolved On" (blank while open), all
"2023-04-05 14:22:10", "SLA Breached" (Yes / No) and Channel (Email / Web Form / Chat / Phone); PJM Data Miner's
hourly real-time LMPs (rt_hrl_lmps, 20 days of July 2023 for ten zones, long: one row per hour and zone) with
datetime_beginning_utc and datetime_beginning_ept ("7/10/2023 1:00:00 PM"), pnode_id, pnode_name ("DOMINION",
"BGE", "PECO"), voltage and equipment (blank), type (ZONE), zone ("DOM"), system_energy_price_rt, total_lmp_rt,
congestion_price_rt and marginal_loss_price_rt (total = system + congestion + loss, negative hours at night),
row_is_current (TRUE) and version_nbr; the USDA ERS county unemployment and median household income file (wide,
2015-2020) with FIPS_Code (0 for the United States, 8000 for the Colorado total, 8001 for a county), State (two
letters), Area_name ("Adams County, CO" for counties, "Colorado" for states, "United States"),
Rural_urban_continuum_code_2013, Urban_influence_code_2013, Metro_2013 (blank for state and national rows), then
Civilian_labor_force_YYYY, Employed_YYYY and Unemployed_YYYY as text with thousands commas ("12,345") and
Unemployment_rate_YYYY per year, Median_Household_Income_2020 as text with commas ("58,123")
 and Med_HH_Income_Percent_of_State_Total_2020, a few small counties blank in some years; and the NCES Civil
Rights Data Collection 2017-18 school-level discipline file (wide) with LEA_STATE, LEA_STATE_NAME (upper case),
LEAID, LEA_NAME, SCHID, SCH_NAME, COMBOKEY, JJ (Yes / No) and one column per measure, race and sex
("SCH_DISCWODIS_ISS_BL_F": in-school suspensions, single and multiple out-of-school suspensions, expulsions with and
without educational services, races HI / AM / AS / HP / BL / WH / TR, sexes M / F), with CRDC's negative sentinels
(-9 not applicable for juvenile-justice schools, -5 suppressed) in place of counts. All are generated with fixed
seeds 19201-19207.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _text
from .heldout38 import _hour
from .heldout173 import _money, _num, _top
from .heldout183 import _abouts, _peak_month
from .offline_eval import Check, Dataset, Q, both, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year

# --- shared helpers ------------------------------------------------------------------------------------------------


def _n(s: pd.Series) -> pd.Series:
    return pd.to_numeric(s, errors="coerce")


def _pick(rng: np.random.Generator, weights: dict[str, float]) -> str:
    keys = list(weights)
    w = np.array(list(weights.values()), dtype=float)
    return str(keys[int(rng.choice(len(keys), p=w / w.sum()))])


# --- 1. HomeBank transactions CSV export ---------------------------------------------------------------------------

# category: (payee list, paymode, mean, sd, per month)
_HB_SPEND: dict[str, tuple[str, int, float, float, float]] = {
    "Food:Groceries": ("Tesco;Sainsbury's;Lidl;Aldi", 6, 48, 22, 9),
    "Food:Restaurants": ("Pizza Express;Nando's;Wagamama;The Red Lion", 1, 34, 15, 4),
    "Transport:Fuel": ("Shell;BP;Esso", 6, 55, 12, 3),
    "Transport:Train": ("Trainline", 1, 42, 25, 1.5),
    "Housing:Rent": ("Foxtons Lettings", 7, 1250, 0, 1),
    "Utilities:Electricity": ("Octopus Energy", 7, 95, 20, 1),
    "Utilities:Internet": ("Virgin Media", 7, 38, 0, 1),
    "Leisure:Subscriptions": ("Netflix;Spotify", 1, 11, 2, 2),
    "Shopping:Clothing": ("Uniqlo;Zara;Next", 1, 45, 25, 1.2),
    "Health:Pharmacy": ("Boots", 3, 14, 8, 1),
    "Bank Charges": ("", 10, 6, 3, 0.4),
}


def _homebank_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19201)
    rows: list[dict[str, Any]] = []
    months = pd.date_range("2022-01-01", "2023-12-01", freq="MS")
    for m in months:
        days = m.days_in_month
        for cat, (payees, mode, mean, sd, per) in _HB_SPEND.items():
            k = int(rng.poisson(per)) if per != 1 or sd > 0 else 1
            if cat in ("Housing:Rent", "Utilities:Internet"):
                k = 1
            for _ in range(k):
                day = m + pd.Timedelta(days=int(rng.integers(days)))
                amt = round(max(1.0, float(rng.normal(mean * (1.12 if m.month == 12 else 1), sd))), 2)
                if cat == "Housing:Rent" and m.year == 2023:
                    amt = 1325.0
                payee = str(rng.choice(payees.split(";"))) if payees else ""
                rows.append(
                    {
                        "date": day,
                        "paymode": mode,
                        "info": "",
                        "payee": payee,
                        "memo": "",
                        "amount": -amt,
                        "category": cat if rng.random() > 0.03 else "",
                        "tags": "",
                    }
                )
        pay = m + pd.Timedelta(days=27)
        rows.append(
            {
                "date": pay,
                "paymode": 9,
                "info": "",
                "payee": "Northwind Ltd",
                "memo": "salary",
                "amount": 2850.0 if m.year == 2022 else 2990.0,
                "category": "Income:Salary",
                "tags": "",
            }
        )
        if rng.random() < 0.3:
            rows.append(
                {
                    "date": m + pd.Timedelta(days=int(rng.integers(days))),
                    "paymode": 8,
                    "info": "",
                    "payee": "HMRC" if rng.random() < 0.3 else "Vinted",
                    "memo": "",
                    "amount": round(float(rng.uniform(15, 120)), 2),
                    "category": "Income:Other",
                    "tags": "",
                }
            )
    for year, start in ((2022, "2022-08-06"), (2023, "2023-07-22")):
        for j in range(int(rng.integers(7, 11))):
            cat = str(rng.choice(["Food:Restaurants", "Leisure:Activities", "Travel:Hotel", "Travel:Flights"]))
            rows.append(
                {
                    "date": pd.Timestamp(start) + pd.Timedelta(days=j % 7),
                    "paymode": 1,
                    "info": "",
                    "payee": str(rng.choice(["Airbnb", "Ryanair", "Taverna Nikos", "Boat trip", "easyJet"])),
                    "memo": f"holiday {year}",
                    "amount": -round(float(rng.uniform(20, 320)), 2),
                    "category": cat,
                    "tags": "vacation" if rng.random() > 0.1 else "vacation travel",
                }
            )
    frame = pd.DataFrame(rows).sort_values("date", kind="stable").reset_index(drop=True)
    cheques = rng.random(len(frame)) < 0.01
    frame.loc[cheques, "paymode"] = 2
    frame.loc[cheques, "info"] = [str(x) for x in rng.integers(100100, 100300, int(cheques.sum()))]
    memos = rng.random(len(frame)) < 0.06
    frame.loc[memos & frame["memo"].eq(""), "memo"] = "split with flatmate"
    frame["date"] = frame["date"].dt.strftime("%d-%m-%y")
    return frame


def _hb_date(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["date"]), format="%d-%m-%y", errors="coerce")


def _hb_spent(d: pd.DataFrame) -> pd.Series:
    """Money out, as positive amounts (0 for income)."""
    a = _n(d["amount"])
    return (-a).clip(lower=0)


def _hb_cat_spend(top_level: bool) -> Callable[[pd.DataFrame], str]:
    def pick(d: pd.DataFrame) -> str:
        cat = _text(d["category"])
        if top_level:
            cat = cat.str.split(":").str[0]
        spent = _hb_spent(d)[cat.ne("")]
        return _top(spent.groupby(cat[cat.ne("")]).sum())

    return pick


def _hb_cat_label(top_level: bool) -> Callable[[pd.DataFrame], str]:
    """The category as a person would say it: the part after the colon for a full category."""

    def label(d: pd.DataFrame) -> str:
        name = _hb_cat_spend(top_level)(d)
        return name.split(":")[-1]

    return label


_HB_ID = ("date", "payee")
_HOMEBANK_QS = [
    Q(
        "how much have i spent on groceries altogether",
        _money(lambda d: _hb_spent(d)[_text(d["category"]).eq("Food:Groceries")].sum()),
        ("amount", "category", *_HB_ID),
    ),
    Q(
        "what do i spend the most money on",
        either(_lead(_named(_hb_cat_label(False))), _lead(_named(_hb_cat_label(True)))),
        ("amount", "category", *_HB_ID),
    ),
    Q(
        "in 2023 how much came in and how much went out",
        both(
            _money(lambda d: _n(d["amount"])[(_hb_date(d).dt.year == 2023) & (_n(d["amount"]) > 0)].sum()),
            _money(lambda d: -_n(d["amount"])[(_hb_date(d).dt.year == 2023) & (_n(d["amount"]) < 0)].sum()),
        ),
        ("amount", *_HB_ID),
    ),
    Q(
        "which month did i spend the most",
        _lead(_month_year(lambda d: _peak_month(_hb_date(d), _hb_spent(d)))),
        ("amount", *_HB_ID),
    ),
    Q(
        "how many transactions arent categorised",
        _count(lambda d: int(_text(d["category"]).eq("").sum())),
        ("category", *_HB_ID),
    ),
    Q(
        "how much did the holidays cost me, the stuff tagged vacation",
        _money(lambda d: _hb_spent(d)[_text(d["tags"]).str.contains("vacation")].sum()),
        ("amount", "tags", *_HB_ID),
    ),
]


# --- 2. BreatheHR employee list export -----------------------------------------------------------------------------

_BR_DEPTS = {
    "Engineering": ("Software Engineer;Senior Software Engineer;QA Analyst;Engineering Manager", 30),
    "Customer Success": ("Customer Success Manager;Support Specialist;Team Lead", 22),
    "Sales": ("Account Executive;Sales Development Rep;Sales Manager", 18),
    "Marketing": ("Marketing Executive;Content Writer;Marketing Manager", 9),
    "Finance": ("Accountant;Finance Assistant;Finance Manager", 7),
    "People": ("HR Advisor;Recruiter;People Partner", 6),
    "Operations": ("Operations Coordinator;Office Manager;Facilities Assistant", 8),
}
_BR_FIRST_F = "Amelia;Olivia;Isla;Emily;Sophie;Grace;Chloe;Priya;Aisha;Hannah;Lucy;Megan;Zara;Ellie;Freya;Niamh"
_BR_FIRST_M = "Oliver;Harry;Jack;George;Noah;Charlie;Thomas;James;Mohammed;Arjun;Daniel;Liam;Ryan;Callum;Ben;Tom"
_BR_LAST = (
    "Smith;Jones;Taylor;Brown;Williams;Wilson;Johnson;Davies;Patel;Robinson;Wright;Thompson;Evans;Walker;White;"
    "Roberts;Green;Hall;Wood;Jackson;Clarke;Khan;Hughes;Edwards;Turner;Hill;Moore;Cooper;Ward;Morris"
)


def _breathe_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19202)
    rows = []
    depts = {k: v[1] for k, v in _BR_DEPTS.items()}
    for i in range(620):
        dept = _pick(rng, depts)
        gender = _pick(rng, {"Female": 46, "Male": 50, "Non-binary": 1.5, "": 2.5})
        female = gender == "Female" or (gender in ("", "Non-binary") and rng.random() < 0.5)
        first = str(rng.choice((_BR_FIRST_F if female else _BR_FIRST_M).split(";")))
        last = str(rng.choice(_BR_LAST.split(";")))
        start = pd.Timestamp("2015-01-05") + pd.Timedelta(days=int(rng.integers(0, 3450)))
        left = None
        if rng.random() < 0.38:
            stay = int(rng.gamma(2.0, 330)) + 40
            t = start + pd.Timedelta(days=stay)
            if t < pd.Timestamp("2024-06-28"):
                left = t
        location = _pick(rng, {"London": 45, "Manchester": 25, "Leeds": 15, "Remote": 15})
        part = 0.28 if female else 0.1
        if location == "London":
            part -= 0.05
        pattern = (
            str(rng.choice(["Part time 22.5 hrs", "Part time 30 hrs"]))
            if rng.random() < part
            else ("Compressed hours 37.5 hrs" if rng.random() < 0.05 else "Full time 37.5 hrs")
        )
        rows.append(
            {
                "Ref No": f"EMP{i + 1:04d}",
                "First Name": first,
                "Last Name": last,
                "Email": f"{first.lower()}.{last.lower()}@brightwave.co.uk",
                "Job Title": str(rng.choice(_BR_DEPTS[dept][0].split(";"))),
                "Department": dept,
                "Location": location,
                "Start Date": start.strftime("%d/%m/%Y"),
                "Leaving Date": left.strftime("%d/%m/%Y") if left is not None else "",
                "Status": "Former employee" if left is not None else "Current employee",
                "Working Pattern": pattern,
                "Contract Type": "Fixed term" if rng.random() < 0.07 else "Permanent",
                "Gender": gender,
                "Line Manager": ""
                if i == 0
                else f"{rng.choice(_BR_FIRST_F.split(';'))} {rng.choice(_BR_LAST.split(';'))}",
            }
        )
    return pd.DataFrame(rows)


def _br_current(d: pd.DataFrame) -> pd.Series:
    return _text(d["Leaving Date"]).eq("")


def _br_dates(d: pd.DataFrame, col: str) -> pd.Series:
    return pd.to_datetime(_text(d[col]), format="%d/%m/%Y", errors="coerce")


def _br_part(d: pd.DataFrame) -> pd.Series:
    return _text(d["Working Pattern"]).str.startswith("Part time")


def _br_part_share(where: Callable[[pd.DataFrame], pd.Series] | None) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        mask = _br_current(d) & (where(d) if where else True)
        return float(_br_part(d)[mask].mean())

    return share


def _br_tenure(d: pd.DataFrame, days: float) -> float:
    gone = ~_br_current(d)
    span = (_br_dates(d, "Leaving Date") - _br_dates(d, "Start Date")).dt.days[gone]
    return float(span.mean() / days)


_BR_ID = ("Ref No", "First Name", "Last Name", "Status", "Leaving Date")
_BREATHE_QS = [
    Q(
        "how many people work here right now",
        _count(lambda d: int(_br_current(d).sum())),
        _BR_ID,
    ),
    Q(
        "which team is the biggest",
        either(
            _lead(_named(lambda d: _top(_text(d["Department"])[_br_current(d)].value_counts()))),
            _lead(_named(lambda d: _top(_text(d["Department"]).value_counts()))),
        ),
        ("Department", *_BR_ID),
    ),
    Q(
        "how many people left during 2023",
        _count(lambda d: int((_br_dates(d, "Leaving Date").dt.year == 2023).sum())),
        _BR_ID,
    ),
    Q(
        "what % of current staff work part time",
        _share(_br_part_share(None)),
        ("Working Pattern", *_BR_ID),
    ),
    Q(
        "and just in the london office?",
        _share(_br_part_share(lambda d: _text(d["Location"]).eq("London"))),
        ("Working Pattern", "Location", *_BR_ID),
    ),
    Q(
        "on average how long did leavers stay, in years",
        _abouts(lambda d: _br_tenure(d, 365.25), lambda d: _br_tenure(d, 365.0), rel=0.02),
        ("Start Date", *_BR_ID),
    ),
]


# --- 3. TimeCamp detailed time report ------------------------------------------------------------------------------

_TC_USERS = {
    "Anna Kowalska": 1.0,
    "Ben Carter": 1.0,
    "Chiara Rossi": 0.9,
    "David Okafor": 1.0,
    "Emma Lindqvist": 0.6,
    "Felix Braun": 0.95,
    "Grace Liu": 0.8,
    "Hugo Martin": 0.5,
}
# project path: (weight, billable share, tasks)
_TC_PROJECTS = {
    "Acme Corp > Website Redesign": (22, 0.92, "Design;Frontend;Client call;QA"),
    "Acme Corp > SEO Retainer": (10, 0.95, "Keyword research;Content;Reporting"),
    "Blue Harbor > Mobile App": (20, 0.9, "Backend;iOS;Android;Client call"),
    "Greenleaf Foods > Brand Refresh": (12, 0.88, "Design;Copywriting;Client call"),
    "Internal > Admin": (12, 0.0, "Email;Timesheets;Planning"),
    "Internal > Team Meetings": (9, 0.0, "Standup;Retro;1:1"),
    "Nordic Tools > Data Migration": (15, 0.85, "Scripting;Testing;Client call"),
}


def _tc_hms(secs: int) -> str:
    return f"{secs // 3600:02d}:{secs % 3600 // 60:02d}:{secs % 60:02d}"


def _timecamp_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19203)
    projects = {k: v[0] for k, v in _TC_PROJECTS.items()}
    rows = []
    for day in pd.bdate_range("2024-01-02", "2024-06-28"):
        for user, busy in _TC_USERS.items():
            if rng.random() > 0.9 * busy + 0.05:
                continue
            t = day + pd.Timedelta(hours=8, minutes=int(rng.integers(0, 90)))
            for _ in range(int(rng.integers(1, 5))):
                path = _pick(rng, projects)
                _, bill, tasks = _TC_PROJECTS[path]
                secs = int(rng.gamma(2.2, 2400)) // 60 * 60 + int(rng.integers(0, 60))
                secs = max(300, min(secs, 5 * 3600))
                end = t + pd.Timedelta(seconds=secs)
                rows.append(
                    {
                        "User": user,
                        "Email": user.lower().replace(" ", ".") + "@pixelforge.io",
                        "Task": str(rng.choice(tasks.split(";"))),
                        "Project": path,
                        "Date": day.strftime("%Y-%m-%d"),
                        "Start Time": t.strftime("%H:%M:%S"),
                        "End Time": end.strftime("%H:%M:%S"),
                        "Duration": _tc_hms(secs),
                        "Billable": "Yes" if rng.random() < bill else "No",
                        "Note": ""
                        if rng.random() < 0.45
                        else str(rng.choice(["fixes", "review with client", "sprint work", "call", "wip"])),
                    }
                )
                t = end + pd.Timedelta(minutes=int(rng.integers(0, 40)))
    return pd.DataFrame(rows)


def _tc_hours(d: pd.DataFrame) -> pd.Series:
    return pd.to_timedelta(_text(d["Duration"]), errors="coerce").dt.total_seconds() / 3600


def _tc_bill(d: pd.DataFrame) -> pd.Series:
    return _text(d["Billable"]).eq("Yes")


def _tc_project(d: pd.DataFrame) -> str:
    path = _text(d["Project"])
    return _top(_tc_hours(d).groupby(path).sum()).split(" > ")[-1]


_TC_ID = ("User", "Date", "Project", "Task")
_TIMECAMP_QS = [
    Q(
        "how many hours got tracked in total",
        _about(lambda d: _tc_hours(d).sum(), rel=0.003),
        ("Duration", *_TC_ID),
    ),
    Q(
        "who put in the most time",
        _lead(_named(lambda d: _top(_tc_hours(d).groupby(_text(d["User"])).sum()))),
        ("Duration", *_TC_ID),
    ),
    Q(
        "what fraction of the hours were billable",
        either(
            _share(lambda d: float(_tc_hours(d)[_tc_bill(d)].sum() / _tc_hours(d).sum())),
            _share(lambda d: float(_tc_bill(d).mean())),
        ),
        ("Duration", "Billable", *_TC_ID),
    ),
    Q(
        "which project ate the most hours",
        _lead(_named(_tc_project)),
        ("Duration", *_TC_ID),
    ),
    Q(
        "how many billable hours in march",
        _about(
            lambda d: _tc_hours(d)[_tc_bill(d) & (pd.to_datetime(_text(d["Date"])).dt.month == 3)].sum(),
            rel=0.003,
        ),
        ("Duration", "Billable", *_TC_ID),
    ),
    Q(
        "how many entries dont have a note",
        _count(lambda d: int(_text(d["Note"]).eq("").sum())),
        ("Note", *_TC_ID),
    ),
]


# --- 4. HappyFox support tickets export ----------------------------------------------------------------------------

_HF_AGENTS = {"Maya Fischer": 24, "Tariq Hassan": 22, "Lou Bernard": 18, "Sven Olsen": 16, "Keiko Sato": 12, "": 8}
_HF_CATS = {"Technical": 45, "Billing": 22, "Account": 20, "Feature Request": 13}
_HF_PRIO = {"Low": 30, "Medium": 42, "High": 20, "Urgent": 8}
_HF_SUBJECTS = {
    "Technical": "App crashes on login;Sync not working;Error 500 on export;Cannot upload files;Slow dashboard",
    "Billing": "Charged twice;Need invoice copy;Refund request;Update card details",
    "Account": "Reset password;Add a new user;Change account owner;Delete my account",
    "Feature Request": "Dark mode please;API rate limits;Bulk edit;Calendar integration",
}
_HF_MONTHS = "1:7;2:7;3:8;4:8;5:8;6:8;7:7;8:7;9:9;10:11;11:11;12:9"


def _happyfox_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19204)
    rows = []
    months = {k.split(":")[0]: float(k.split(":")[1]) for k in _HF_MONTHS.split(";")}
    for i in range(1850):
        month = int(_pick(rng, months))
        created = pd.Timestamp(2023, month, 1) + pd.Timedelta(
            days=int(rng.integers(pd.Timestamp(2023, month, 1).days_in_month)),
            seconds=int(rng.integers(7 * 3600, 19 * 3600)),
        )
        cat = _pick(rng, _HF_CATS)
        prio = _pick(rng, _HF_PRIO)
        agent = _pick(rng, _HF_AGENTS)
        speed = {"Low": 14, "Medium": 8, "High": 3.5, "Urgent": 1.2}[prio]
        first = created + pd.Timedelta(minutes=int(rng.gamma(1.4, speed * 60 / 1.4)) + 2)
        answered = agent != "" or rng.random() < 0.3
        late_in_year = created > pd.Timestamp("2023-12-15")
        status = _pick(rng, {"Closed": 70, "Solved": 22, "Pending": 3, "On Hold": 2, "New": 3})
        if late_in_year and rng.random() < 0.5:
            status = _pick(rng, {"New": 1, "Pending": 1, "On Hold": 1})
        if not answered:
            status = "New"
        resolved = first + pd.Timedelta(hours=float(rng.gamma(1.6, 18)))
        done = status in ("Solved", "Closed")
        limit = {"Low": 48, "Medium": 24, "High": 8, "Urgent": 2}[prio]
        breached = (first - created).total_seconds() / 3600 > limit or (not answered and rng.random() < 0.7)
        rows.append(
            {
                "Ticket ID": f"#HF{i + 1:05d}",
                "Subject": str(rng.choice(_HF_SUBJECTS[cat].split(";"))),
                "Status": status,
                "Priority": prio,
                "Category": cat,
                "Assignee": agent,
                "Contact Email": f"customer{int(rng.integers(1, 900))}@example.com",
                "Created On": created.strftime("%Y-%m-%d %H:%M:%S"),
                "First Response On": first.strftime("%Y-%m-%d %H:%M:%S") if answered else "",
                "Resolved On": resolved.strftime("%Y-%m-%d %H:%M:%S") if done and answered else "",
                "SLA Breached": "Yes" if breached else "No",
                "Channel": _pick(rng, {"Email": 50, "Web Form": 25, "Chat": 18, "Phone": 7}),
            }
        )
    return pd.DataFrame(rows).sort_values("Created On", kind="stable").reset_index(drop=True)


def _hf_time(d: pd.DataFrame, col: str) -> pd.Series:
    return pd.to_datetime(_text(d[col]), format="%Y-%m-%d %H:%M:%S", errors="coerce")


def _hf_reply_hours(d: pd.DataFrame) -> pd.Series:
    return ((_hf_time(d, "First Response On") - _hf_time(d, "Created On")).dt.total_seconds() / 3600).dropna()


def _hf_reply(prio: str | None) -> Check:
    def sel(d: pd.DataFrame) -> pd.Series:
        h = _hf_reply_hours(d)
        return h[_text(d["Priority"]).loc[h.index].eq(prio)] if prio else h

    return _abouts(lambda d: sel(d).mean(), lambda d: sel(d).median(), rel=0.01)


_HF_ID = ("Ticket ID", "Created On")
_HAPPYFOX_QS = [
    Q(
        "how many tickets are still open",
        _count(lambda d: int((~_text(d["Status"]).isin(["Solved", "Closed"])).sum())),
        ("Status", "Resolved On", *_HF_ID),
    ),
    Q(
        "what percent of tickets breached sla",
        _share(lambda d: float(_text(d["SLA Breached"]).eq("Yes").mean())),
        ("SLA Breached", *_HF_ID),
    ),
    Q(
        "which agent handles the most tickets",
        _lead(_named(lambda d: _top(_text(d["Assignee"])[_text(d["Assignee"]).ne("")].value_counts()))),
        ("Assignee", *_HF_ID),
    ),
    Q(
        "how long do we usually take to first reply, in hours",
        _hf_reply(None),
        ("First Response On", *_HF_ID),
    ),
    Q(
        "and for urgent tickets?",
        _hf_reply("Urgent"),
        ("First Response On", "Priority", *_HF_ID),
    ),
    Q(
        "which month got the most tickets",
        _lead(_month_year(lambda d: _peak_month(_hf_time(d, "Created On")))),
        _HF_ID,
    ),
]


# --- 5. PJM hourly real-time LMPs (Data Miner rt_hrl_lmps) ---------------------------------------------------------

# zone: (pnode_id, pnode_name, congestion level, loss level)
_PJM_ZONES = {
    "AECO": (51291, "AECO", 4.0, 1.6),
    "AEP": (8445784, "AEP", -2.5, -0.9),
    "BGE": (51292, "BGE", 9.0, 1.9),
    "COMED": (33092371, "COMED", -5.0, -1.6),
    "DOM": (34964545, "DOMINION", 7.0, 1.2),
    "DPL": (51293, "DPL", 5.0, 1.8),
    "PECO": (51297, "PECO", 2.0, 1.1),
    "PEPCO": (51298, "PEPCO", 8.0, 1.7),
    "PPL": (51299, "PPL", -0.5, 0.4),
    "PSEG": (51300, "PSEG", 3.0, 1.4),
}


def _pjm_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19205)
    rows = []
    hours = pd.date_range("2023-07-10 00:00", "2023-07-29 23:00", freq="h")
    for t in hours:
        shape = 22 + 28 * np.exp(-((t.hour - 17.5) ** 2) / 12) - 6 * (t.hour < 6)
        heat = 1 + 0.9 * (t.day in (27, 28)) + 0.3 * (t.day in (12, 13))
        system = round(float(shape * heat + rng.normal(0, 4) + 30 * (rng.random() < 0.01)), 2)
        if t.hour in (2, 3, 4) and rng.random() < 0.05:
            system = round(float(rng.uniform(-12, -1)), 2)
        utc = t + pd.Timedelta(hours=4)
        for zone, (pid, name, cong, loss) in _PJM_ZONES.items():
            c = round(float(cong * heat * (0.4 + shape / 40) + rng.normal(0, 3)), 2)
            loss_v = round(float(loss * system / 30 + rng.normal(0, 0.3)), 2)
            rows.append(
                {
                    "datetime_beginning_utc": f"{utc.month}/{utc.day}/{utc.year} {utc:%I:%M:%S %p}",
                    "datetime_beginning_ept": f"{t.month}/{t.day}/{t.year} {t:%I:%M:%S %p}",
                    "pnode_id": pid,
                    "pnode_name": name,
                    "voltage": "",
                    "equipment": "",
                    "type": "ZONE",
                    "zone": zone,
                    "system_energy_price_rt": system,
                    "total_lmp_rt": round(system + c + loss_v, 2),
                    "congestion_price_rt": c,
                    "marginal_loss_price_rt": loss_v,
                    "row_is_current": True,
                    "version_nbr": 1,
                }
            )
    frame = pd.DataFrame(rows)
    frame["datetime_beginning_utc"] = frame["datetime_beginning_utc"].str.replace(r" 0(\d):", r" \1:", regex=True)
    frame["datetime_beginning_ept"] = frame["datetime_beginning_ept"].str.replace(r" 0(\d):", r" \1:", regex=True)
    return frame


def _pjm_time(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["datetime_beginning_ept"]), format="%m/%d/%Y %I:%M:%S %p", errors="coerce")


def _pjm_lmp(d: pd.DataFrame) -> pd.Series:
    return _n(d["total_lmp_rt"])


_PJM_ID = ("datetime_beginning_ept", "datetime_beginning_utc", "zone", "pnode_name")
_PJM_QS = [
    Q(
        "whats the average price in dominion",
        _about(lambda d: _pjm_lmp(d)[_text(d["pnode_name"]).eq("DOMINION")].mean(), rel=0.005),
        ("total_lmp_rt", *_PJM_ID),
    ),
    Q(
        "which zone was the most expensive on average",
        _lead(
            _named(
                lambda d: _top(_pjm_lmp(d).groupby(_text(d["zone"])).mean()),
                {"DOM": ("DOMINION", "Dominion")},
            )
        ),
        ("total_lmp_rt", *_PJM_ID),
    ),
    Q(
        "what was the single highest hourly price and where",
        both(
            has(lambda d: _pjm_lmp(d).max()),
            _named(
                lambda d: str(_text(d["zone"])[_pjm_lmp(d).idxmax()]),
                {"DOM": ("DOMINION", "Dominion")},
            ),
        ),
        ("total_lmp_rt", *_PJM_ID),
    ),
    Q(
        "how often did prices go negative",
        either(
            _count(lambda d: int((_pjm_lmp(d) < 0).sum())),
            _count(lambda d: int(_pjm_time(d)[_pjm_lmp(d) < 0].nunique())),
        ),
        ("total_lmp_rt", *_PJM_ID),
    ),
    Q(
        "what time of day is power usually priciest",
        _lead(_hour(lambda d: int(_top(_pjm_lmp(d).groupby(_pjm_time(d).dt.hour).mean())))),
        ("total_lmp_rt", *_PJM_ID),
    ),
    Q(
        "avg congestion cost in bge",
        _about(lambda d: _n(d["congestion_price_rt"])[_text(d["zone"]).eq("BGE")].mean(), rel=0.01),
        ("congestion_price_rt", *_PJM_ID),
    ),
]


# --- 6. USDA ERS county unemployment and median household income (wide) -------------------------------------------

_ERS_STATES = {
    "CO": (8, "Colorado", 64, 4.6, 74000),
    "KS": (20, "Kansas", 105, 5.9, 60000),
    "NM": (35, "New Mexico", 33, 8.2, 51000),
    "OR": (41, "Oregon", 36, 7.6, 64000),
    "WV": (54, "West Virginia", 55, 8.3, 47000),
    "VT": (50, "Vermont", 14, 5.6, 62000),
}
_ERS_NAMES = (
    "Adams;Baker;Benton;Boone;Carbon;Clark;Clay;Crawford;Custer;Douglas;Elk;Franklin;Grant;Greene;Hamilton;Harper;"
    "Jackson;Jefferson;Kiowa;Lake;Lincoln;Logan;Marion;Marshall;Mineral;Monroe;Morgan;Ottawa;Park;Pike;Pleasant;"
    "Polk;Putnam;Rice;Rush;Scott;Sherman;Sierra;Summit;Taylor;Union;Wayne;Wheeler;Wood;Allen;Barton;Butler;Cedar;"
    "Cherokee;Cloud;Dallas;Delta;Eagle;Elbert;Ford;Garfield;Gray;Hays;Hill;Jewell;Kearny;Lane;Linn;Lyon;Meade;Mesa;"
    "Miami;Mitchell;Morris;Ness;Norton;Osage;Otero;Phillips;Pratt;Rawlins;Reno;Riley;Rooks;Routt;Saline;Seward;"
    "Smith;Stafford;Stanton;Stevens;Sumner;Thomas;Trego;Wallace;Washington;Wichita;Wilson;Yuma;Hardy;Hampshire;"
    "Mingo;Nicholas;Ohio;Pendleton;Preston;Ritchie;Roane;Tucker;Tyler;Upshur;Wetzel;Wirt;Lamoille;Orange;Essex"
)
_ERS_YEARS = range(2015, 2021)
_ERS_WAVE = {2015: 1.12, 2016: 1.0, 2017: 0.9, 2018: 0.82, 2019: 0.76, 2020: 1.55}


def _usda_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19206)
    names = _ERS_NAMES.split(";")
    rows: list[dict[str, Any]] = []
    for st, (fips, state, k, rate, income) in _ERS_STATES.items():
        picked = sorted(rng.choice(names, size=k, replace=False))
        counties = []
        for j, nm in enumerate(picked):
            rucc = int(rng.choice(range(1, 10), p=[0.06, 0.08, 0.08, 0.1, 0.06, 0.16, 0.16, 0.12, 0.18]))
            size = float(rng.lognormal(np.log(9000 if rucc > 3 else 70000), 0.9))
            base = max(1.8, rate * float(rng.lognormal(0, 0.28)))
            inc = int(income * (1.15 if rucc <= 3 else 0.85) * float(rng.lognormal(0, 0.15)) * (1 - (base - rate) / 40))
            row: dict[str, Any] = {
                "FIPS_Code": fips * 1000 + 2 * j + 1,
                "State": st,
                "Area_name": f"{nm} County, {st}",
                "Rural_urban_continuum_code_2013": rucc,
                "Urban_influence_code_2013": min(12, rucc + int(rng.integers(0, 4))),
                "Metro_2013": int(rucc <= 3),
            }
            blank_year = 2015 if (size < 2500 and rng.random() < 0.4) else None
            for y in _ERS_YEARS:
                lf = int(size * (1 + 0.005 * (y - 2015)) * float(rng.normal(1, 0.01)))
                r = base * _ERS_WAVE[y] * float(rng.lognormal(0, 0.08))
                un = round(lf * r / 100)
                if y == blank_year:
                    row |= {f"Civilian_labor_force_{y}": None, f"Employed_{y}": None, f"Unemployed_{y}": None}
                    row[f"Unemployment_rate_{y}"] = None
                else:
                    row[f"Civilian_labor_force_{y}"] = lf
                    row[f"Employed_{y}"] = lf - un
                    row[f"Unemployed_{y}"] = un
                    row[f"Unemployment_rate_{y}"] = round(100 * un / lf, 1)
            row["Median_Household_Income_2020"] = inc
            counties.append(row)
        total: dict[str, Any] = {"FIPS_Code": fips * 1000, "State": st, "Area_name": state}
        for y in _ERS_YEARS:
            for col in ("Civilian_labor_force", "Employed", "Unemployed"):
                total[f"{col}_{y}"] = int(sum(c[f"{col}_{y}"] or 0 for c in counties))
            total[f"Unemployment_rate_{y}"] = round(
                100 * total[f"Unemployed_{y}"] / total[f"Civilian_labor_force_{y}"], 1
            )
        total["Median_Household_Income_2020"] = int(
            np.median([c["Median_Household_Income_2020"] for c in counties]) * 1.04
        )
        for c in counties:
            c["Med_HH_Income_Percent_of_State_Total_2020"] = round(
                100 * c["Median_Household_Income_2020"] / total["Median_Household_Income_2020"], 1
            )
        total["Med_HH_Income_Percent_of_State_Total_2020"] = 100.0
        rows.append(total)
        rows.extend(counties)
    us: dict[str, Any] = {"FIPS_Code": 0, "State": "US", "Area_name": "United States"}
    for y in _ERS_YEARS:
        for col in ("Civilian_labor_force", "Employed", "Unemployed"):
            us[f"{col}_{y}"] = int(sum(r[f"{col}_{y}"] for r in rows if r["FIPS_Code"] % 1000 == 0)) * 31
        us[f"Unemployment_rate_{y}"] = round(100 * us[f"Unemployed_{y}"] / us[f"Civilian_labor_force_{y}"], 1)
    us["Median_Household_Income_2020"] = 67340
    us["Med_HH_Income_Percent_of_State_Total_2020"] = None
    frame = pd.DataFrame([us, *rows])
    for y in _ERS_YEARS:
        for col in ("Civilian_labor_force", "Employed", "Unemployed"):
            c = f"{col}_{y}"
            frame[c] = [f"{int(v):,}" if pd.notna(v) else "" for v in frame[c]]
    frame["Median_Household_Income_2020"] = [f"{int(v):,}" for v in frame["Median_Household_Income_2020"]]
    for c in ("Rural_urban_continuum_code_2013", "Urban_influence_code_2013", "Metro_2013"):
        frame[c] = frame[c].astype("Int64")
    return frame


def _ers_county(d: pd.DataFrame) -> pd.Series:
    return _n(d["FIPS_Code"]) % 1000 != 0


def _ers_rate(d: pd.DataFrame, y: int) -> pd.Series:
    return _n(d[f"Unemployment_rate_{y}"])


def _ers_corr(counties_only: bool) -> Check:
    def pick(d: pd.DataFrame) -> pd.Series:
        return _ers_county(d) if counties_only else pd.Series(True, index=d.index)

    return _corr(
        lambda d: _num(d["Median_Household_Income_2020"])[pick(d)],
        lambda d: _ers_rate(d, 2020)[pick(d)],
    )


def _ers_state(d: pd.DataFrame, name: str, col: str) -> float:
    return float(_num(d[col])[_text(d["Area_name"]).eq(name)].iloc[0])


_ERS_ID = ("FIPS_Code", "State", "Area_name")
_USDA_QS = [
    Q(
        "which county had the worst unemployment in 2020",
        _lead(_named(lambda d: str(d["Area_name"][_ers_rate(d, 2020)[_ers_county(d)].idxmax()]))),
        ("Unemployment_rate_2020", *_ERS_ID),
    ),
    Q(
        "how many counties were above 10% unemployment that year",
        _count(lambda d: int(((_ers_rate(d, 2020) > 10) & _ers_county(d)).sum())),
        ("Unemployment_rate_2020", *_ERS_ID),
    ),
    Q(
        "whats the median household income in kansas",
        either(
            _money(lambda d: _ers_state(d, "Kansas", "Median_Household_Income_2020")),
            _money(
                lambda d: _num(d["Median_Household_Income_2020"])[_ers_county(d) & _text(d["State"]).eq("KS")].median()
            ),
        ),
        ("Median_Household_Income_2020", *_ERS_ID),
    ),
    Q(
        "average county unemployment rate in 2019 vs 2020",
        either(
            _about(lambda d: [_ers_rate(d, y)[_ers_county(d)].mean() for y in (2019, 2020)], rel=0.01),
            _about(lambda d: [_ers_rate(d, y).mean() for y in (2019, 2020)], rel=0.01),
        ),
        ("Unemployment_rate_2019", "Unemployment_rate_2020", *_ERS_ID),
    ),
    Q(
        "do richer counties have lower unemployment?",
        either(_ers_corr(True), _ers_corr(False)),
        ("Median_Household_Income_2020", "Unemployment_rate_2020", *_ERS_ID),
    ),
    Q(
        "how many people were unemployed in colorado in 2020",
        _count(lambda d: _ers_state(d, "Colorado", "Unemployed_2020")),
        ("Unemployed_2020", *_ERS_ID),
    ),
]


# --- 7. CRDC 2017-18 school-level discipline (suspensions and expulsions, wide) ------------------------------------

_CR_RACES = ("HI", "AM", "AS", "HP", "BL", "WH", "TR")
_CR_MEASURES = ("ISS", "SINGOOS", "MULTOOS", "EXPWE", "EXPWOE")
# state: (code, name, schools, discipline level, race mix HI AM AS HP BL WH TR)
_CR_STATES = {
    "GA": ("13", "GEORGIA", 230, 1.25, (16, 0.3, 4, 0.2, 37, 39, 3.5)),
    "OH": ("39", "OHIO", 250, 1.0, (6, 0.2, 2.5, 0.1, 17, 69, 5)),
    "AZ": ("04", "ARIZONA", 180, 0.8, (46, 5, 3, 0.3, 5.5, 37, 3)),
    "MN": ("27", "MINNESOTA", 150, 0.7, (10, 1.8, 7, 0.1, 11, 65, 5)),
}
_CR_WORDS = "Lincoln;Washington;Oak Grove;Riverside;Maple;Cedar Ridge;Lakeview;Hillcrest;Pine;Eastside;Westwood;Central"


def _cr_columns(measures: tuple[str, ...], races: tuple[str, ...] = _CR_RACES, sexes: str = "MF") -> list[str]:
    return [f"SCH_DISCWODIS_{m}_{r}_{s}" for m in measures for r in races for s in sexes]


def _crdc_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19207)
    rows = []
    words = _CR_WORDS.split(";")
    used: set[str] = set()
    rate = {"ISS": 0.05, "SINGOOS": 0.03, "MULTOOS": 0.012, "EXPWE": 0.0012, "EXPWOE": 0.0006}
    race_lift = {"HI": 1.0, "AM": 1.6, "AS": 0.3, "HP": 1.1, "BL": 2.6, "WH": 0.9, "TR": 1.3}
    for st, (code, state_name, k, level, mix) in _CR_STATES.items():
        for _ in range(k):
            lea = f"{code}{int(rng.integers(10000, 10060)):05d}"
            kind = _pick(rng, {"Elementary School": 55, "Middle School": 22, "High School": 20, "Academy": 3})
            while True:
                name = f"{rng.choice(words)} {kind}"
                if rng.random() < 0.5:
                    name = f"{rng.choice(['North', 'South', 'East', 'West', 'Mount'])} {name}"
                if name not in used:
                    used.add(name)
                    break
                name = f"{name} {int(rng.integers(2, 9))}"
                if name not in used:
                    used.add(name)
                    break
            schid = f"{int(rng.integers(1, 9999)):05d}"
            jj = rng.random() < 0.02
            enrol = int(rng.lognormal(np.log(420 if kind == "Elementary School" else 780), 0.4))
            grade = {"Elementary School": 0.45, "Middle School": 1.4, "High School": 1.3, "Academy": 1.0}[kind]
            lean = float(rng.lognormal(0, 0.6))
            row: dict[str, Any] = {
                "LEA_STATE": st,
                "LEA_STATE_NAME": state_name,
                "LEAID": lea,
                "LEA_NAME": f"{rng.choice(words).upper()} COUNTY SCHOOL DISTRICT",
                "SCHID": schid,
                "SCH_NAME": name.upper(),
                "COMBOKEY": f"{lea}{schid}",
                "JJ": "Yes" if jj else "No",
            }
            w = np.array(mix) / sum(mix)
            for m in _CR_MEASURES:
                for r, share in zip(_CR_RACES, w, strict=True):
                    for s in "MF":
                        if jj and m in ("EXPWE", "EXPWOE"):
                            row[f"SCH_DISCWODIS_{m}_{r}_{s}"] = -9
                            continue
                        lam = (
                            enrol
                            * share
                            / 2
                            * rate[m]
                            * race_lift[r]
                            * grade
                            * level
                            * lean
                            * (1.9 if s == "M" else 0.7)
                        )
                        row[f"SCH_DISCWODIS_{m}_{r}_{s}"] = int(rng.poisson(lam))
            rows.append(row)
    frame = pd.DataFrame(rows)
    cols = _cr_columns(_CR_MEASURES)
    hide = rng.random((len(frame), len(cols))) < 0.004
    values = frame[cols].to_numpy().copy()
    values[hide & (values >= 0)] = -5
    frame[cols] = values
    return frame


def _cr_sum(d: pd.DataFrame, cols: list[str]) -> pd.Series:
    """Per-school totals of the named columns, CRDC's negative codes counted as nothing."""
    return d[cols].apply(_n).clip(lower=0).sum(axis=1)


_CR_OOS = _cr_columns(("SINGOOS", "MULTOOS"))
_CR_ISS = _cr_columns(("ISS",))
_CR_EXP = _cr_columns(("EXPWE", "EXPWOE"))
_CR_ID = ("LEA_STATE", "LEA_STATE_NAME", "SCH_NAME", "COMBOKEY", "SCHID", "LEAID", "LEA_NAME")


def _cr_no_exp(with_codes: bool) -> Callable[[pd.DataFrame], int]:
    """Schools with no expulsion, counting or leaving out those whose expulsion cells are all negative codes."""

    def count(d: pd.DataFrame) -> int:
        zero = _cr_sum(d, _CR_EXP).eq(0)
        if not with_codes:
            zero &= (d[_CR_EXP].apply(_n) >= 0).any(axis=1)
        return int(zero.sum())

    return count


_CRDC_QS = [
    Q(
        "how many out of school suspensions are there in total",
        _count(lambda d: _cr_sum(d, _CR_OOS).sum()),
        (*_CR_OOS, *_CR_ID),
    ),
    Q(
        "in-school suspensions, boys vs girls?",
        both(
            _count(lambda d: _cr_sum(d, [c for c in _CR_ISS if c.endswith("_M")]).sum()),
            _count(lambda d: _cr_sum(d, [c for c in _CR_ISS if c.endswith("_F")]).sum()),
        ),
        (*_CR_ISS, *_CR_ID),
    ),
    Q(
        "which school expelled the most kids",
        _lead(_named(lambda d: str(d["SCH_NAME"][_cr_sum(d, _CR_EXP).idxmax()]))),
        (*_CR_EXP, *_CR_ID),
    ),
    Q(
        "what share of out of school suspensions went to black students",
        _share(lambda d: float(_cr_sum(d, [c for c in _CR_OOS if "_BL_" in c]).sum() / _cr_sum(d, _CR_OOS).sum())),
        (*_CR_OOS, *_CR_ID),
    ),
    Q(
        "how many schools didnt expel anybody",
        either(_count(_cr_no_exp(True)), _count(_cr_no_exp(False))),
        (*_CR_EXP, "JJ", *_CR_ID),
    ),
    Q(
        "which state hands out the most in-school suspensions",
        _lead(
            _named(
                lambda d: _top(_cr_sum(d, _CR_ISS).groupby(_text(d["LEA_STATE_NAME"])).sum()),
                {name: (name.title(), code) for code, (_, name, *_rest) in _CR_STATES.items()},
            )
        ),
        (*_CR_ISS, *_CR_ID),
    ),
]


HELDOUT192: list[Dataset] = [
    Dataset("homebank_transactions_csv_export", _homebank_frame, _HOMEBANK_QS),
    Dataset("breathehr_employee_list_export", _breathe_frame, _BREATHE_QS),
    Dataset("timecamp_time_entries_report", _timecamp_frame, _TIMECAMP_QS),
    Dataset("happyfox_tickets_export", _happyfox_frame, _HAPPYFOX_QS),
    Dataset("pjm_hourly_rt_lmps", _pjm_frame, _PJM_QS),
    Dataset("usda_ers_county_unemployment_income", _usda_frame, _USDA_QS),
    Dataset("crdc_school_discipline_counts", _crdc_frame, _CRDC_QS),
]
