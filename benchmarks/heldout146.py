"""HELDOUT146: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: an OpenTable guest reservations export (January
to June 2024) with "Visit Date" as "01/15/2024", "Visit Time" as "7:30 PM", "Guest Name" as "Last, First", Email and
Phone (blank for walk-ins), "Party Size", Status (Completed / Cancelled / No Show), Table ("12", "12+13", blank when
never seated), Server (blank when not seated), Source (OpenTable Network, Restaurant Website, Phone/In-House, Google,
Walk-In), "Booked On" as "2024-01-03 14:22", semicolon-separated Tags ("VIP; Birthday") and free-text "Special
Requests", both mostly blank; a Rippling time off requests report for 2024 with Employee, "Employee ID" (repeated
over a person's requests), "Work Email", Department, Manager, Policy ("Vacation (PTO)", "Sick Leave", "Parental
Leave", "Bereavement", "Jury Duty", "Unpaid Leave"), "Start Date" and "End Date" as "2024-03-04", Duration with its
unit ("24.0 hours"), Status (Approved / Pending / Declined / Canceled), "Requested On" as "2024-02-20 09:14", Approver
(blank while pending) and a mostly blank Reason; an AWS Cost Explorer CSV download in its wide layout (daily
granularity for 2024, grouped by service) with a first column "Service" holding "Service total" on the first row and
then dates as "2024-01-01", one column per service named like "EC2-Instances($)", "Relational Database Service($)",
"S3($)", blanks where a service cost nothing that day, "Tax($)" only on the first day of each month, and "Total
costs($)"; a Reddit data request comments.csv with id, permalink, date as "2023-05-14 18:22:31 UTC", ip (blank before
2024), subreddit (lower-case name without "r/"), gildings, link, parent (a "t1_" id for replies, blank for top-level
comments), body (multi-line text with commas and quotes) and media (blank); an ABS Data Explorer labour force extract
in long SDMX form (January 2020 to June 2024, seasonally adjusted) with DATAFLOW, "MEASURE: Measure" ("M3: Employed
total", "M13: Unemployment rate", "M16: Participation rate"), "SEX: Sex" ("1: Males", "2: Females", "3: Persons"),
"AGE: Age", "TSEST: Adjustment Type", "REGION: Region" ("1: New South Wales" ... "8: Australian Capital Territory" and
"AUS: Australia", the national total), "FREQ: Frequency", TIME_PERIOD as "2024-06", OBS_VALUE (employed in
thousands, rates in percent), "UNIT_MEASURE: Unit of Measure", "UNIT_MULT: Unit of Multiplier", "OBS_STATUS:
Observation Status" and "OBS_COMMENT: Observation Comment" (mostly blank); NYC DOT Automated Traffic Volume Counts
with RequestID, Boro, Yr, M, D, HH, MM (15-minute bins), Vol, SegmentID, WktGeom as "POINT (987123.4 203456.7)",
upper-case street / fromSt / toSt, and Direction (NB / SB / EB / WB), a few rows repeated; and the FAO Food Price Index
monthly table from 1990-01 to 2024-12 with Date as "1990-01", "Food Price Index", Meat, Dairy, Cereals, Oils and
Sugar (2014-2016 = 100). All are generated with fixed seeds 14601-14607.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _year
from .heldout143 import _hour, _money, _top
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

_FIRST = ["James", "Maria", "Wei", "Olga", "Ahmed", "Sofia", "Liam", "Chloe", "Raj", "Nina", "Pedro", "Hana", "Emma"]
_LAST = ["Smith", "Garcia", "Chen", "Ivanova", "Khan", "Rossi", "Murphy", "Martin", "Patel", "Berg", "Silva", "Novak"]


def _peak_month(values: pd.Series, stamps: pd.Series) -> pd.Timestamp:
    return pd.Timestamp(str(_top(values.groupby(stamps.dt.to_period("M")).sum())))


# --- 1. OpenTable guest reservations export -------------------------------------------------------------------------

_OT_SOURCES = {"OpenTable Network": 5, "Restaurant Website": 2.5, "Phone/In-House": 1.8, "Google": 1.6, "Walk-In": 1}
_OT_MONTH = {1: 0.7, 2: 0.85, 3: 0.9, 4: 0.95, 5: 1.3, 6: 1.05}


def _opentable_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14601)
    days = pd.date_range("2024-01-01", "2024-06-30", freq="D")
    weights = np.array([_OT_MONTH[d.month] * (1.6 if d.dayofweek >= 4 else 1.0) for d in days])
    rows = []
    for _ in range(3200):
        day = days[int(rng.choice(len(days), p=weights / weights.sum()))]
        source = _one(rng, list(_OT_SOURCES), list(_OT_SOURCES.values()))
        party = int(_one(rng, [1, 2, 3, 4, 5, 6, 7, 8, 10, 12], [2, 20, 6, 9, 3, 2.2, 0.6, 0.6, 0.3, 0.15]))
        if source == "Walk-In":
            status = "Completed"
            party = min(party, 4)
        else:
            status = _one(rng, ["Completed", "Cancelled", "No Show"], [80, 13, 7 if source != "Google" else 12])
        minute = int(_one(rng, list(range(17 * 60, 22 * 60 + 1, 15))))
        t = pd.Timestamp(2024, 1, 1, minute // 60, minute % 60)
        first, last = _one(rng, _FIRST), _one(rng, _LAST)
        seated = status == "Completed"
        table = ""
        if seated:
            n = int(rng.integers(1, 31))
            table = f"{n}+{n + 1}" if party >= 7 else str(n)
        booked = day - pd.Timedelta(days=int(rng.integers(0, 30)), minutes=int(rng.integers(0, 1440)))
        rows.append(
            {
                "Visit Date": day.strftime("%m/%d/%Y"),
                "Visit Time": t.strftime("%I:%M %p").lstrip("0"),
                "Guest Name": f"{last}, {first}",
                "Email": ""
                if source == "Walk-In"
                else f"{first.lower()}.{last.lower()}{int(rng.integers(1, 99))}@gmail.com",
                "Phone": "" if source == "Walk-In" else f"(212) 555-{int(rng.integers(1000, 9999))}",
                "Party Size": party,
                "Status": status,
                "Table": table,
                "Server": _one(rng, ["Alex", "Jordan", "Sam", "Taylor", "Riley"]) if seated else "",
                "Source": source,
                "Booked On": (day if source == "Walk-In" else booked).strftime("%Y-%m-%d %H:%M"),
                "Tags": "" if rng.random() < 0.85 else _one(rng, ["VIP", "Birthday", "Anniversary", "VIP; Birthday"]),
                "Special Requests": "" if rng.random() < 0.9 else _one(rng, ["Booth please", "High chair", "Window"]),
            }
        )
    return pd.DataFrame(rows)


def _ot_day(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Visit Date"], format="%m/%d/%Y")


def _ot_covers(completed: bool) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: d["Party Size"].where(d["Status"] == "Completed", 0) if completed else d["Party Size"]


def _ot_peak(d: pd.DataFrame) -> pd.Timestamp:
    return _peak_month(pd.Series(1, index=d.index), _ot_day(d))


def _ot_peak_guests(completed: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        month = _ot_day(d).dt.to_period("M")
        return float(_ot_covers(completed)(d)[month == _ot_peak(d).to_period("M")].sum())

    return value


_OT_WHEN = ("Visit Date",)

_OPENTABLE_QS = [
    Q("how many reservations are in here", _count(lambda d: len(d)), ("Visit Date", "Guest Name")),
    Q(
        "whats our no show rate",
        either(
            _share(lambda d: float((d["Status"] == "No Show").mean())),
            _share(lambda d: float((d["Status"] == "No Show").sum() / (d["Status"] != "Cancelled").sum())),
            _share(lambda d: float((d["Status"] == "No Show").sum() / (d["Source"] != "Walk-In").sum())),
        ),
        ("Status",),
    ),
    Q(
        "average party size for the ones that actually showed up",
        either(
            _about(lambda d: d.loc[d["Status"] == "Completed", "Party Size"].mean()),
            _about(lambda d: d.loc[d["Status"] == "Completed", "Party Size"].median()),
        ),
        ("Party Size", "Status"),
    ),
    Q(
        "which booking source brings in the most guests?",
        either(*(_lead(_named(lambda d, c=c: _top(_ot_covers(c)(d).groupby(d["Source"]).sum()))) for c in (1, 0))),
        ("Source", "Party Size", "Status"),
    ),
    Q("what month had the most bookings", _month_year(_ot_peak), (*_OT_WHEN,)),
    Q(
        "how many people came that month",
        either(_count(_ot_peak_guests(True)), _count(_ot_peak_guests(False))),
        (*_OT_WHEN, "Party Size", "Status"),
    ),
]


# --- 2. Rippling time off requests report ---------------------------------------------------------------------------

_RP_DEPTS = {"Engineering": 40, "Sales": 30, "Customer Success": 22, "Marketing": 14, "Finance": 9, "People": 6}
_RP_POLICIES = {
    "Vacation (PTO)": (10, (8, 80)),
    "Sick Leave": (5, (4, 24)),
    "Parental Leave": (0.25, (160, 480)),
    "Bereavement": (0.3, (8, 40)),
    "Jury Duty": (0.2, (8, 40)),
    "Unpaid Leave": (0.3, (8, 80)),
}
_RP_SICK_MONTH = {1: 2.2, 2: 2.0, 3: 1.3, 4: 0.9, 5: 0.7, 6: 0.6, 7: 0.5, 8: 0.6, 9: 0.8, 10: 1.0, 11: 1.3, 12: 1.6}


def _rippling_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14602)
    people = []
    depts = list(_RP_DEPTS)
    for i in range(130):
        first, last = _one(rng, _FIRST), _one(rng, _LAST)
        dept = _one(rng, depts, list(_RP_DEPTS.values()))
        people.append((f"{first} {last}", 1000 + i, f"{first[0].lower()}{last.lower()}{i}@acme.com", dept))
    managers = {d: f"{_one(rng, _FIRST)} {_one(rng, _LAST)}" for d in depts}
    days = pd.date_range("2024-01-02", "2024-12-20", freq="B")
    rows = []
    pols = list(_RP_POLICIES)
    for _ in range(980):
        name, emp_id, email, dept = people[int(rng.integers(len(people)))]
        policy = _one(rng, pols, [v[0] for v in _RP_POLICIES.values()])
        if policy == "Sick Leave":
            w = np.array([_RP_SICK_MONTH[d.month] for d in days])
            start = days[int(rng.choice(len(days), p=w / w.sum()))]
        else:
            w = np.array([1.8 if d.month in (7, 8, 12) else 1.0 for d in days])
            start = days[int(rng.choice(len(days), p=w / w.sum()))]
        lo, hi = _RP_POLICIES[policy][1]
        hours = float(8 * int(rng.integers(lo // 8 if lo >= 8 else 1, hi // 8 + 1)))
        if policy == "Sick Leave" and rng.random() < 0.3:
            hours = 4.0
        n_days = max(1, int(np.ceil(hours / 8)))
        end = start + pd.offsets.BDay(n_days - 1)
        status = _one(rng, ["Approved", "Pending", "Declined", "Canceled"], [82, 6, 6, 6])
        if start > pd.Timestamp("2024-11-15") and rng.random() < 0.4:
            status = "Pending"
        requested = start - pd.Timedelta(days=int(rng.integers(1, 45)), minutes=int(rng.integers(0, 1440)))
        rows.append(
            {
                "Employee": name,
                "Employee ID": emp_id,
                "Work Email": email,
                "Department": dept,
                "Manager": managers[dept],
                "Policy": policy,
                "Start Date": start.strftime("%Y-%m-%d"),
                "End Date": end.strftime("%Y-%m-%d"),
                "Duration": f"{hours:.1f} hours",
                "Status": status,
                "Requested On": requested.strftime("%Y-%m-%d %H:%M"),
                "Approver": "" if status == "Pending" else managers[dept],
                "Reason": "" if rng.random() < 0.8 else _one(rng, ["Family trip", "Doctor appointment", "Moving"]),
            }
        )
    return pd.DataFrame(rows)


def _rp_hours(d: pd.DataFrame) -> pd.Series:
    return d["Duration"].astype(str).str.extract(r"([\d.]+)")[0].astype(float)


def _rp_rows(d: pd.DataFrame, approved: bool) -> pd.Series:
    return d["Status"] == "Approved" if approved else pd.Series(True, index=d.index)


def _rp_vacation(approved: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_rp_hours(d)[_rp_rows(d, approved) & (d["Policy"] == "Vacation (PTO)")].sum())


def _rp_top_dept(approved: bool) -> Callable[[pd.DataFrame], str]:
    return lambda d: _top(_rp_hours(d)[_rp_rows(d, approved)].groupby(d["Department"]).sum())


def _rp_sick_peak(approved: bool, hours: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(d: pd.DataFrame) -> pd.Timestamp:
        keep = _rp_rows(d, approved) & (d["Policy"] == "Sick Leave")
        amount = _rp_hours(d) if hours else pd.Series(1.0, index=d.index)
        return _peak_month(amount[keep], pd.to_datetime(d.loc[keep, "Start Date"]))

    return value


_RIPPLING_QS = [
    Q("how many time off requests got approved", _count(lambda d: int((d["Status"] == "Approved").sum())), ("Status",)),
    Q(
        "total hours of vacation people took",
        either(_scaled(_rp_vacation(True), (1e3,)), _scaled(_rp_vacation(False), (1e3,))),
        ("Policy", "Duration", "Status"),
    ),
    Q(
        "which team takes the most time off",
        either(_lead(_named(_rp_top_dept(True))), _lead(_named(_rp_top_dept(False)))),
        ("Department", "Duration", "Status", "Employee", "Employee ID"),
    ),
    Q(
        "how long is a typical request, in hours",
        either(_about(lambda d: _rp_hours(d).mean()), _about(lambda d: _rp_hours(d).median())),
        ("Duration",),
    ),
    Q("what share of requests were declined", _share(lambda d: float((d["Status"] == "Declined").mean())), ("Status",)),
    Q(
        "which month had the most sick leave",
        either(*(_month_year(_rp_sick_peak(a, h)) for a in (True, False) for h in (True, False))),
        ("Policy", "Start Date", "Duration", "Status"),
    ),
]


# --- 3. AWS Cost Explorer CSV download (daily, by service, wide) ---------------------------------------------------

# Column: (daily base cost, growth over the year, chance of a blank day)
_AWS_SERVICES = {
    "EC2-Instances($)": (142.0, 0.35, 0.0),
    "Relational Database Service($)": (58.0, 0.10, 0.0),
    "EC2-Other($)": (21.0, 0.25, 0.0),
    "S3($)": (12.5, 0.60, 0.0),
    "Elastic Load Balancing($)": (9.1, 0.05, 0.0),
    "CloudFront($)": (6.4, 0.9, 0.05),
    "CloudWatch($)": (4.2, 0.2, 0.0),
    "Lambda($)": (1.8, 1.5, 0.25),
    "DynamoDB($)": (1.1, 0.3, 0.35),
    "VPC($)": (3.3, 0.0, 0.0),
}


def _aws_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14603)
    days = pd.date_range("2024-01-01", "2024-12-31", freq="D")
    rows = []
    for i, day in enumerate(days):
        row: dict[str, Any] = {"Service": day.strftime("%Y-%m-%d")}
        frac = i / len(days)
        for col, (base, growth, blank) in _AWS_SERVICES.items():
            if rng.random() < blank:
                row[col] = np.nan
                continue
            cost = base * (1 + growth * frac) * float(rng.lognormal(0, 0.12))
            if col == "EC2-Instances($)" and day.month == 10:
                cost *= 1.45
            if day.dayofweek >= 5 and col in ("Lambda($)", "CloudFront($)"):
                cost *= 0.6
            row[col] = round(cost, 6)
        row["Tax($)"] = np.nan
        rows.append(row)
    frame = pd.DataFrame(rows)
    services = list(_AWS_SERVICES)
    month = pd.to_datetime(frame["Service"]).dt.to_period("M")
    monthly = frame[services].sum(axis=1).groupby(month).transform("sum")
    first = pd.to_datetime(frame["Service"]).dt.day == 1
    frame.loc[first, "Tax($)"] = (monthly[first] * 0.0875).round(2)
    cols = [*services, "Tax($)"]
    frame["Total costs($)"] = frame[cols].sum(axis=1).round(6)
    total = {"Service": "Service total", **{c: round(float(frame[c].sum()), 6) for c in [*cols, "Total costs($)"]}}
    return pd.concat([pd.DataFrame([total]), frame], ignore_index=True)


def _aws_days(d: pd.DataFrame) -> pd.DataFrame:
    out = d[d["Service"] != "Service total"].copy()
    out["_day"] = pd.to_datetime(out["Service"], format="%Y-%m-%d")
    return out


def _aws_month_total(month: int, tax: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = _aws_days(d)
        x = x[x["_day"].dt.month == month]
        return float(x["Total costs($)"].sum() - (0 if tax else x["Tax($)"].fillna(0).sum()))

    return value


def _aws_peak(tax: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(d: pd.DataFrame) -> pd.Timestamp:
        x = _aws_days(d)
        amount = x["Total costs($)"] - (0 if tax else x["Tax($)"].fillna(0))
        return _peak_month(amount, x["_day"])

    return value


def _aws_top(d: pd.DataFrame) -> str:
    x = _aws_days(d)
    return _top(x[list(_AWS_SERVICES)].sum()).removesuffix("($)")


def _aws_rds_share(tax: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = _aws_days(d)
        whole = x["Total costs($)"].sum() - (0 if tax else x["Tax($)"].fillna(0).sum())
        return float(x["Relational Database Service($)"].sum() / whole)

    return value


_AWS_WHEN = ("Service",)

_AWS_QS = [
    Q(
        "how much did we spend on aws in total",
        either(_money(lambda d: _aws_days(d)["Total costs($)"].sum())),
        ("Total costs($)", "Service"),
    ),
    Q(
        "which service costs us the most",
        _lead(_named(_aws_top, {"EC2-Instances": ("EC2 Instances", "EC2 instances", "EC2")})),
        (*_AWS_WHEN, *_AWS_SERVICES),
    ),
    Q(
        "what was the bill for march",
        either(_money(_aws_month_total(3, True)), _money(_aws_month_total(3, False))),
        (*_AWS_WHEN, "Total costs($)", "Tax($)"),
    ),
    Q(
        "which month was the most expensive",
        either(_month_year(_aws_peak(True)), _month_year(_aws_peak(False))),
        (*_AWS_WHEN, "Total costs($)", "Tax($)"),
    ),
    Q(
        "how much does s3 cost per day on average",
        _money(lambda d: _aws_days(d)["S3($)"].mean()),
        (*_AWS_WHEN, "S3($)"),
    ),
    Q(
        "what share of the total is the database",
        either(_share(_aws_rds_share(True)), _share(_aws_rds_share(False))),
        (*_AWS_WHEN, "Relational Database Service($)", "Total costs($)", "Tax($)", "DynamoDB($)"),
    ),
]


# --- 4. Reddit data request comments.csv ----------------------------------------------------------------------------

_RD_SUBS = {"python": 9, "AskReddit": 6, "datascience": 4, "learnprogramming": 3, "running": 2.5, "Cooking": 1.5}
_RD_YEAR = {2019: 0.5, 2020: 1.0, 2021: 1.6, 2022: 1.2, 2023: 0.9, 2024: 0.7}
_RD_BODIES = [
    "Have you tried using a virtualenv? It fixed this for me.",
    "This is the way.",
    'I\'d say "it depends", honestly.',
    "Great write-up, thanks for sharing!\n\nOne thing I'd add: check the docs first.",
    "pandas is fine for this, but for 50GB you want something like duckdb or polars.",
    "lol",
    "Same here, happened to me last week, and the fix was to restart twice.",
    "Source? I've never seen that claim backed up by anything.",
    "Ran my first half marathon yesterday, 1:52. Legs are toast.",
    "Salt the water more than you think, like seawater.",
    "You can use a list comprehension: [x for x in items if x]",
    "Agreed. The second point especially, people underestimate it.",
]
_B36 = "0123456789abcdefghijklmnopqrstuvwxyz"


def _b36(rng: np.random.Generator, n: int) -> str:
    return "".join(_B36[int(i)] for i in rng.integers(0, 36, n))


def _reddit_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14604)
    years = list(_RD_YEAR)
    rows = []
    for _ in range(2400):
        year = int(_one(rng, years, list(_RD_YEAR.values())))
        end = pd.Timestamp("2024-09-30") if year == 2024 else pd.Timestamp(year, 12, 31, 23, 59)
        start = pd.Timestamp(year, 1, 1)
        when = start + pd.Timedelta(seconds=int(rng.uniform(0, (end - start).total_seconds())))
        sub = _one(rng, list(_RD_SUBS), list(_RD_SUBS.values()))
        post = _b36(rng, 6)
        cid = _b36(rng, 7)
        link = f"https://www.reddit.com/r/{sub}/comments/{post}/{_one(rng, ['question', 'help_needed', 'discussion'])}/"
        body = _one(rng, _RD_BODIES)
        if rng.random() < 0.3:
            body = body + " " + _one(rng, _RD_BODIES)
        rows.append(
            {
                "id": cid,
                "permalink": f"{link}{cid}/",
                "date": when.strftime("%Y-%m-%d %H:%M:%S UTC"),
                "ip": f"73.{int(rng.integers(0, 255))}.{int(rng.integers(0, 255))}.{int(rng.integers(1, 255))}"
                if year == 2024
                else "",
                "subreddit": sub,
                "gildings": int(_one(rng, [0, 1, 2], [97, 2.5, 0.5])),
                "link": link,
                "parent": f"t1_{_b36(rng, 7)}" if rng.random() < 0.62 else "",
                "body": body,
                "media": "",
            }
        )
    frame = pd.DataFrame(rows)
    return frame.sort_values("date", ascending=False, kind="stable").reset_index(drop=True)


def _rd_year(d: pd.DataFrame) -> int:
    years = pd.to_datetime(d["date"].str.replace(" UTC", ""), format="%Y-%m-%d %H:%M:%S").dt.year
    return int(_top(years.value_counts()))


def _rd_length(words: bool, how: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        body = d["body"].fillna("").astype(str)
        n = body.str.split().str.len() if words else body.str.len()
        return float(getattr(n, how)())

    return value


_REDDIT_QS = [
    Q("how many comments have i posted", _count(lambda d: len(d)), ("id",)),
    Q(
        "where do i comment the most",
        _lead(_named(lambda d: _top(d["subreddit"].value_counts()))),
        ("subreddit",),
    ),
    Q("which year was i most active", _year(_rd_year), ("date",)),
    Q(
        "how many of those were replies to other comments, not to the post itself",
        _count(lambda d: int(d["parent"].notna().sum())),
        ("parent", "id", "link"),
    ),
    Q(
        "how long are my comments usually",
        either(*(_about(_rd_length(w, h)) for w in (False, True) for h in ("mean", "median"))),
        ("body",),
    ),
    Q(
        "how many times did i get gilded",
        either(_count(lambda d: int(d["gildings"].sum())), _count(lambda d: int((d["gildings"] > 0).sum()))),
        ("gildings",),
    ),
]


# --- 5. ABS labour force by state and sex (Data Explorer CSV, long form) -------------------------------------------

_ABS_STATES = {
    "1: New South Wales": (4150.0, 4.6),
    "2: Victoria": (3450.0, 4.9),
    "3: Queensland": (2720.0, 5.2),
    "4: South Australia": (890.0, 5.6),
    "5: Western Australia": (1480.0, 4.3),
    "6: Tasmania": (270.0, 6.1),
    "7: Northern Territory": (135.0, 5.0),
    "8: Australian Capital Territory": (240.0, 3.6),
}
_ABS_MEASURES = ("M3: Employed total", "M13: Unemployment rate", "M16: Participation rate")


def _abs_shock(month: pd.Timestamp) -> float:
    """Extra unemployment (points) over 2020-2024: a 2020 spike, then a fall below the start."""
    k = (month.year - 2020) * 12 + month.month - 1
    spike = 2.3 * np.exp(-(((k - 6) / 3.2) ** 2))
    return float(spike - 1.4 * min(max(k - 10, 0), 30) / 30 + 0.25 * max(k - 40, 0) / 14)


def _abs_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14605)
    months = pd.date_range("2020-01-01", "2024-06-01", freq="MS")
    rows = []
    head = {"DATAFLOW": "ABS:LF(1.0.0)", "AGE: Age": "1599: 15 years and over"}
    tail = {"TSEST: Adjustment Type": "20: Seasonally Adjusted", "FREQ: Frequency": "M: Monthly"}
    for month in months:
        nat = {m: {s: 0.0 for s in ("1", "2")} for m in ("emp", "lf", "pop")}
        state_vals = {}
        for region, (emp0, ur0) in _ABS_STATES.items():
            growth = 1 + 0.018 * ((month - months[0]).days / 365)
            part = {}
            for sex, share_m in (("1", 0.53), ("2", 0.47)):
                ur = max(2.0, ur0 + _abs_shock(month) + (0.25 if sex == "1" else -0.1) + float(rng.normal(0, 0.22)))
                emp = emp0 * share_m * growth * (1 - 0.012 * max(_abs_shock(month), 0)) * float(rng.normal(1, 0.003))
                pr = (70.5 if sex == "1" else 61.5) + 0.5 * (month.year - 2020) - 0.6 * max(_abs_shock(month), 0)
                pr += float(rng.normal(0, 0.3))
                lf = emp / (1 - ur / 100)
                part[sex] = (emp, lf, lf / (pr / 100))
                nat["emp"][sex] += emp
                nat["lf"][sex] += lf
                nat["pop"][sex] += lf / (pr / 100)
            state_vals[region] = part
        state_vals["AUS: Australia"] = {s: (nat["emp"][s], nat["lf"][s], nat["pop"][s]) for s in ("1", "2")}
        for region, part in state_vals.items():
            both = tuple(part["1"][i] + part["2"][i] for i in range(3))
            for sex_label, (emp, lf, pop) in (
                ("1: Males", part["1"]),
                ("2: Females", part["2"]),
                ("3: Persons", both),
            ):
                values = {
                    _ABS_MEASURES[0]: round(emp, 1),
                    _ABS_MEASURES[1]: round(100 * (1 - emp / lf), 1),
                    _ABS_MEASURES[2]: round(100 * lf / pop, 1),
                }
                for measure, value in values.items():
                    is_count = measure.startswith("M3")
                    rows.append(
                        {
                            **head,
                            "MEASURE: Measure": measure,
                            "SEX: Sex": sex_label,
                            **tail,
                            "REGION: Region": region,
                            "TIME_PERIOD: Time Period": month.strftime("%Y-%m"),
                            "OBS_VALUE": value,
                            "UNIT_MEASURE: Unit of Measure": "NUM: Number" if is_count else "PCT: Percent",
                            "UNIT_MULT: Unit of Multiplier": "3: Thousands" if is_count else "0: Units",
                            "OBS_STATUS: Observation Status": "",
                            "OBS_COMMENT: Observation Comment": "",
                        }
                    )
    frame = pd.DataFrame(rows)
    cols = ["DATAFLOW", "MEASURE: Measure", "SEX: Sex", "AGE: Age", "TSEST: Adjustment Type", "REGION: Region"]
    cols += ["FREQ: Frequency", "TIME_PERIOD: Time Period", "OBS_VALUE", "UNIT_MEASURE: Unit of Measure"]
    cols += ["UNIT_MULT: Unit of Multiplier", "OBS_STATUS: Observation Status", "OBS_COMMENT: Observation Comment"]
    return frame[cols]


def _abs_pick(d: pd.DataFrame, measure: str, sex: str = "3: Persons", region: str | None = None) -> pd.DataFrame:
    keep = (d["MEASURE: Measure"] == measure) & (d["SEX: Sex"] == sex)
    if region:
        keep &= d["REGION: Region"] == region
    return d[keep]


def _abs_latest(d: pd.DataFrame, measure: str, sex: str = "3: Persons", region: str | None = None) -> pd.DataFrame:
    x = _abs_pick(d, measure, sex, region)
    return x[x["TIME_PERIOD: Time Period"] == x["TIME_PERIOD: Time Period"].max()]


def _abs_state_rank(lowest: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        x = _abs_latest(d, _ABS_MEASURES[1])
        x = x[x["REGION: Region"] != "AUS: Australia"]
        scores = pd.Series(x["OBS_VALUE"].to_numpy(), index=x["REGION: Region"].str.split(": ").str[1])
        return _top(-scores if lowest else scores)

    return value


def _abs_one(measure: str, sex: str, region: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_abs_latest(d, measure, sex, region)["OBS_VALUE"].iloc[0])


def _abs_peak(d: pd.DataFrame) -> pd.Timestamp:
    x = _abs_pick(d, _ABS_MEASURES[1], region="AUS: Australia")
    return pd.Timestamp(str(x.loc[x["OBS_VALUE"].idxmax(), "TIME_PERIOD: Time Period"]))


_ABS_KEYS = ("MEASURE: Measure", "SEX: Sex", "REGION: Region", "TIME_PERIOD: Time Period", "OBS_VALUE")
_ABS_UR = _ABS_MEASURES[1]

_ABS_QS = [
    Q(
        "what's the latest unemployment rate for australia",
        _about(_abs_one(_ABS_UR, "3: Persons", "AUS: Australia")),
        _ABS_KEYS,
    ),
    Q("which state has the highest unemployment right now", _lead(_named(_abs_state_rank(False))), _ABS_KEYS),
    Q("and the lowest?", _lead(_named(_abs_state_rank(True))), _ABS_KEYS),
    Q(
        "how many people have a job in victoria",
        either(
            _about(_abs_one(_ABS_MEASURES[0], "3: Persons", "2: Victoria")),
            _scaled(lambda d: 1000 * _abs_one(_ABS_MEASURES[0], "3: Persons", "2: Victoria")(d), (1e3, 1e6)),
        ),
        (*_ABS_KEYS, "UNIT_MULT: Unit of Multiplier"),
    ),
    Q("when was unemployment at its worst nationally", _month_year(_abs_peak), _ABS_KEYS),
    Q(
        "compare men and women's unemployment rate across australia in the latest month",
        _about(
            lambda d: [
                _abs_one(_ABS_UR, "1: Males", "AUS: Australia")(d),
                _abs_one(_ABS_UR, "2: Females", "AUS: Australia")(d),
            ]
        ),
        _ABS_KEYS,
    ),
]


# --- 6. NYC DOT Automated Traffic Volume Counts ---------------------------------------------------------------------

# street, fromSt, toSt, Boro, directions, base volume per 15 minutes
_NY_SITES = [
    ("BROADWAY", "W 72 ST", "W 73 ST", "Manhattan", ("NB", "SB"), 95),
    ("ATLANTIC AVENUE", "FLATBUSH AVENUE", "4 AVENUE", "Brooklyn", ("EB", "WB"), 140),
    ("QUEENS BOULEVARD", "71 AVENUE", "70 ROAD", "Queens", ("EB", "WB"), 185),
    ("GRAND CONCOURSE", "E 161 ST", "E 162 ST", "Bronx", ("NB", "SB"), 120),
    ("HYLAN BOULEVARD", "NELSON AVENUE", "KATAN AVENUE", "Staten Island", ("NB", "SB"), 80),
    ("BROADWAY", "W 181 ST", "W 182 ST", "Manhattan", ("NB", "SB"), 70),
    ("OCEAN PARKWAY", "AVENUE J", "AVENUE K", "Brooklyn", ("NB", "SB"), 110),
]
_NY_HOUR = np.array([0.25, 0.15, 0.1, 0.1, 0.18, 0.4, 0.75, 1.05, 1.1, 0.95, 0.85, 0.85])
_NY_HOUR = np.concatenate([_NY_HOUR, [0.9, 0.92, 0.95, 1.0, 1.12, 1.22, 1.0, 0.8, 0.65, 0.55, 0.45, 0.35]])


def _nyc_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14606)
    rows = []
    for i, (street, fr, to, boro, dirs, base) in enumerate(_NY_SITES):
        segment = int(rng.integers(10000, 300000))
        x, y = float(rng.uniform(950000, 1040000)), float(rng.uniform(150000, 260000))
        start = pd.Timestamp("2023-10-03") + pd.Timedelta(days=int(7 * i + rng.integers(0, 5)))
        for direction in dirs:
            request = int(30000 + 11 * i + rng.integers(0, 10))
            for k in range(2 * 96):
                t = start + pd.Timedelta(minutes=15 * k)
                tilt = 1.15 if (direction in ("NB", "EB")) == (t.hour < 12) else 0.9
                vol = int(rng.poisson(base * _NY_HOUR[t.hour] * tilt))
                rows.append(
                    {
                        "RequestID": request,
                        "Boro": boro,
                        "Yr": t.year,
                        "M": t.month,
                        "D": t.day,
                        "HH": t.hour,
                        "MM": t.minute,
                        "Vol": vol,
                        "SegmentID": segment,
                        "WktGeom": f"POINT ({x:.4f} {y:.4f})",
                        "street": street,
                        "fromSt": fr,
                        "toSt": to,
                        "Direction": direction,
                    }
                )
    frame = pd.DataFrame(rows)
    dupes = frame.iloc[rng.choice(len(frame), 25, replace=False)]
    return pd.concat([frame, dupes], ignore_index=True)


def _ny(d: pd.DataFrame, dedup: bool) -> pd.DataFrame:
    return d.drop_duplicates() if dedup else d


def _ny_both(value: Callable[[pd.DataFrame], Any], check: Callable[[Callable[[pd.DataFrame], Any]], Check]) -> Check:
    return either(*(check(lambda d, u=u: value(_ny(d, u))) for u in (False, True)))


_NY_WHERE = ("street", "fromSt", "toSt", "SegmentID", "RequestID")

_NYC_QS = [
    Q("how many vehicles were counted in total", _ny_both(lambda d: int(d["Vol"].sum()), _count), ("Vol",)),
    Q(
        "which borough has the most traffic",
        either(
            _lead(_named(lambda d: _top(d.groupby("Boro")["Vol"].sum()))),
            _lead(_named(lambda d: _top(d.groupby("Boro")["Vol"].mean()))),
        ),
        ("Boro", "Vol"),
    ),
    Q(
        "what time of day is busiest",
        either(
            _hour(lambda d: int(_top(d.groupby("HH")["Vol"].sum()))),
            _hour(lambda d: int(_top(d.groupby("HH")["Vol"].mean()))),
        ),
        ("HH", "MM", "Vol"),
    ),
    Q(
        "average count per 15 minutes on broadway",
        _ny_both(lambda d: float(d.loc[d["street"] == "BROADWAY", "Vol"].mean()), _about),
        ("street", "Vol", "MM"),
    ),
    Q(
        "how many different road segments were counted",
        _count(lambda d: int(d["SegmentID"].nunique())),
        _NY_WHERE,
    ),
    Q(
        "compare northbound and southbound traffic",
        either(
            _ny_both(
                lambda d: d[d["Direction"].isin(["NB", "SB"])].groupby("Direction")["Vol"].sum().to_numpy(), _count
            ),
            _ny_both(
                lambda d: d[d["Direction"].isin(["NB", "SB"])].groupby("Direction")["Vol"].mean().to_numpy(), _about
            ),
        ),
        ("Direction", "Vol"),
    ),
]


# --- 7. FAO Food Price Index (monthly, with sub-indices) -----------------------------------------------------------

# Sub-index: (level in 2014-2016 = 100 terms at 1990, sensitivity to the 2008 / 2011 / 2022 booms, noise)
_FAO_SUBS = {
    "Meat": (70.0, 0.55, 1.2),
    "Dairy": (55.0, 1.0, 2.5),
    "Cereals": (60.0, 1.05, 2.0),
    "Oils": (50.0, 1.6, 3.0),
    "Sugar": (75.0, 1.1, 4.0),
}
_FAO_W = {"Meat": 0.35, "Dairy": 0.17, "Cereals": 0.29, "Oils": 0.12, "Sugar": 0.07}


def _fao_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14607)
    months = pd.date_range("1990-01-01", "2024-12-01", freq="MS")
    t = np.array([m.year + (m.month - 1) / 12 for m in months])

    def bump(center: float, width: float, height: float) -> np.ndarray:
        return height * np.exp(-(((t - center) / width) ** 2))

    booms = bump(2008.4, 0.5, 45) + bump(2011.3, 1.0, 55) + bump(2022.25, 0.8, 60) + bump(2013.0, 2.5, 15)
    trend = np.clip(t - 2002, 0, None) * 2.2 - np.clip(t - 2015, 0, None) * 1.4
    out: dict[str, Any] = {"Date": [m.strftime("%Y-%m") for m in months]}
    for name, (level, sens, noise) in _FAO_SUBS.items():
        walk = np.cumsum(rng.normal(0, noise * 0.35, len(t)))
        walk -= np.linspace(0, walk[-1], len(t)) * 0.7
        series = level + trend * (1.0 if name != "Meat" else 1.4) + sens * booms + walk
        if name == "Meat":
            series += bump(2022.5, 1.2, 18)
        out[name] = np.round(np.clip(series, 35, None), 1)
    frame = pd.DataFrame(out)
    frame.insert(1, "Food Price Index", np.round(sum(_FAO_W[k] * frame[k] for k in _FAO_W) * 1.02, 1))
    return frame


def _fao(d: pd.DataFrame) -> pd.DataFrame:
    out = d.copy()
    out["_m"] = pd.to_datetime(out["Date"], format="%Y-%m")
    return out


def _fao_peak(d: pd.DataFrame) -> pd.Timestamp:
    x = _fao(d)
    return x.loc[x["Food Price Index"].idxmax(), "_m"]


def _fao_top_2022(d: pd.DataFrame) -> str:
    x = _fao(d)
    return _top(x.loc[x["_m"].dt.year == 2022, list(_FAO_SUBS)].mean())


_FAO_QS = [
    Q("when did food prices peak", _month_year(_fao_peak), ("Date", "Food Price Index")),
    Q("how high did it get", _about(lambda d: d["Food Price Index"].max()), ("Date", "Food Price Index")),
    Q(
        "whats the average index for 2023",
        _about(lambda d: _fao(d).loc[lambda x: x["_m"].dt.year == 2023, "Food Price Index"].mean()),
        ("Date", "Food Price Index"),
    ),
    Q(
        "which food group was most expensive in 2022 on average",
        _lead(_named(_fao_top_2022, {"Oils": ("Oil", "vegetable oil")})),
        ("Date", *_FAO_SUBS),
    ),
    Q(
        "do cereal and oil prices move together",
        _corr(lambda d: d["Cereals"], lambda d: d["Oils"]),
        ("Cereals", "Oils"),
    ),
    Q(
        "how many months was the index above 120",
        _count(lambda d: int((d["Food Price Index"] > 120).sum())),
        ("Date", "Food Price Index"),
    ),
]


HELDOUT146: list[Dataset] = [
    Dataset("opentable_reservations_export", _opentable_frame, _OPENTABLE_QS),
    Dataset("rippling_time_off_report", _rippling_frame, _RIPPLING_QS),
    Dataset("aws_cost_explorer_export", _aws_frame, _AWS_QS),
    Dataset("reddit_data_request_comments", _reddit_frame, _REDDIT_QS),
    Dataset("abs_labour_force_by_state", _abs_frame, _ABS_QS),
    Dataset("nyc_dot_traffic_volume_counts", _nyc_frame, _NYC_QS),
    Dataset("fao_food_price_index", _fao_frame, _FAO_QS),
]
