"""HELDOUT180: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a Close CRM opportunities export (January 2023
to June 2024, one row per opportunity) with id ("oppo_" + 40 characters), lead_id ("lead_..."), lead_name,
status_id ("stat_..."), status_label (Demo Scheduled / Proposal Sent / Negotiation / Won / Lost in the Sales
pipeline, Intro Call / Contract Out / Signed / Not a Fit in Partnerships), status_type (active / won / lost),
pipeline_id, pipeline_name, confidence (0-100), value (in cents, blank for some), value_formatted ("$12,500",
"$500 monthly"), value_period (one_time / monthly / annual), value_currency (USD), expected_date ("2023-05-31"),
date_won (blank unless won), user_id, user_name, contact_name, note, date_created and date_updated as
"2023-03-14T16:22:05.123000+00:00", created_by_name and "custom.Lead Source"; an Everhour time report export
(per task per day, January to June 2024) with Date ("2024-01-15"), User, Client, Project, Section, Task, "Task ID"
("as:1206..." for Asana tasks, "ev:..." for Everhour ones), Time ("2:15"), Hours (decimal), Billable (Yes / No),
"Billable Rate" ("$120.00"), "Billable Amount" ("$270.00", "$0.00" when not billable), Cost ("$85.00"), Tags
(blank mostly) and Comment, ending in a "Total" row whose Date is "Total" and whose Hours and amounts add up every
row above; a Nike Run Club history exported with a third-party tool (June 2022 to May 2024, one row per run) with
activity_id (uuid), name ("Sunday Morning Run"), start_time and end_time as "2023-05-14T06:32:10.000Z",
active_duration ("00:32:14"), active_duration_ms, distance_km, distance_mi, avg_pace ("5:42 /km"), calories,
avg_heart_rate and max_heart_rate (blank without a watch), elevation_gain_m (blank indoors), steps, location
(outdoor / indoor), weather (blank indoors and sometimes outdoors), terrain (road / trail / track, blank indoors)
and shoes (blank for some); an Eight Sleep sleep sessions export (one row per night, January 2023 to June 2024, some
nights away missing) with date ("2023-01-14"), score and sleep_fitness_score (blank for partial sessions),
time_in_bed ("7h 48m"), time_asleep_min, light_sleep_min, deep_sleep_min, rem_sleep_min, awake_min,
latency_asleep_min, toss_and_turns, heart_rate_avg, hrv_avg, respiratory_rate_avg, bed_temp_avg_c,
room_temp_avg_c, temperature_level (-10 to +10, the Pod setting), bedtime and wakeup as
"2023-01-14T23:12:00-08:00"; the Phoenix police calls for service for 2023 (Phoenix open data) with INCIDENT_NUM
("PHX20230000123"), CALL_RECEIVED ("1/14/2023 11:32:00 PM"), FINAL_CALL_TYPE (upper case, some padded with spaces),
FINAL_RADIO_CODE ("415", "961"), DISPOSITION_CODE, DISPOSITION (REPORT TAKEN / NO REPORT REQUIRED / CANCELLED /
ARREST MADE / GONE ON ARRIVAL), HUNDREDBLOCKADDR ("45XX W OSBORN RD", blank for some) and GRID ("BE12", blank for
some); an ABS labour force long-format Data Explorer download ("CSV with codes and labels", January 2020 to June
2024) with DATAFLOW ("ABS:LF(1.0.0)"), "MEASURE: Measure" ("M3: Employed total", "M4: Unemployed total", "M13:
Unemployment rate"), "SEX: Sex" ("1: Males", "2: Females", "3: Persons", so Persons = Males + Females), "AGE: Age"
("1599: 15 years and over"), "TSEST: Adjustment Type" ("10: Original", "20: Seasonally Adjusted"), "REGION:
Region" ("AUS: Australia" and four states, so the states do not add up to Australia), "FREQ: Frequency" ("M:
Monthly"), "TIME_PERIOD: Time Period" ("2023-07"), OBS_VALUE (thousands of persons, or percent for the rate),
"UNIT_MEASURE: Unit of Measure" ("NUM: Number", "PCT: Percent"), "UNIT_MULT: Unit of Multiplier" ("3:
Thousands", "0: Units"), "OBS_STATUS: Observation Status" and "OBS_COMMENT: Observation Comment" (blank mostly);
and the USDA FSIS recall summaries (2014 to 2024) with field_title, field_recall_number ("045-2023", "PHA-
08142023-01" for public health alerts, repeated by the Spanish translation rows), field_recall_date
("2023-08-14"), field_recall_type (Active Recall / Closed Recall / Public Health Alert),
field_recall_classification (Class I / Class II / Class III, blank for alerts), field_recall_reason (one or more,
comma-separated: "Misbranding, Unreported Allergens"), field_risk_level ("High - Class I", "Public Health Alert"),
field_states ("Nationwide", "California, Nevada"), field_establishment, field_qty_recovered ("1,240 pounds", blank
for alerts), field_processing, field_related_to_outbreak (True / False), field_year ("2023") and
field_translation_language (English / Spanish). All are generated with fixed seeds 18001-18007.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _pct, _share, _text, _year
from .heldout173 import _money, _num, _top
from .heldout178 import _abouts, _peak_month, _weekday
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import numbers_found as _found
from .offline_eval import pick_one as _one

# --- shared helpers ------------------------------------------------------------------------------------------------


def _hour(value: Callable[[pd.DataFrame], int]) -> Check:
    """An hour of the day: "23:00", "11 PM", "11pm", "hour 23", "23h"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        h = int(value(df))
        h12 = h % 12 or 12
        ampm = "p" if h >= 12 else "a"
        patterns = [
            rf"(?<![\d.:]){h:02d}:\d\d",
            rf"(?<![\d.:]){h}:\d\d(?!\s*[ap]\.?m)" if h > 12 or h == 0 else rf"(?<![\d.:]){h}:00",
            rf"(?<![\d.:]){h12}(?::\d\d)?\s*{ampm}\.?m\b",
            rf"\b(?:hour|hr)\s+(?:of\s+)?{h}(?!\d)",
            rf"(?<![\d.:]){h}(?::00)?\s*(?:h|hrs)\b",
        ]
        if any(re.search(p, answer, re.IGNORECASE) for p in patterns):
            return None
        return f"missing hour {h}"

    return check


def _pace(*values: Callable[[pd.DataFrame], float]) -> Check:
    """A pace in minutes, as "5:42" (to 3 seconds) or as decimal minutes (to 1%); any one of the values."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        clocks = [int(m) + int(s) / 60 for m, s in re.findall(r"(?<![\d:])(\d{1,2}):(\d{2})(?![\d:])", answer)]
        plain = _found(re.sub(r"\d+:\d+(?::\d+)?", " ", answer))
        for v in values:
            want = float(v(df))
            if any(abs(c - want) <= 3.01 / 60 for c in clocks) or any(abs(f - want) <= 0.01 * want for f in plain):
                return None
        return f"missing pace {float(values[0](df)):.3f}"

    return check


def _abs_corr(*pairs: tuple[Callable[[pd.DataFrame], pd.Series], Callable[[pd.DataFrame], pd.Series]]) -> Check:
    """The size of a correlation (Pearson or Spearman, either sign) of any one of the pairs, to about 1%."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        found = [abs(f) for f in _found(answer)]
        wants = []
        for x, y in pairs:
            for method in ("pearson", "spearman"):
                wants.append(abs(float(x(df).corr(y(df), method=method))))
        if any(abs(f - w) <= max(0.01 * w, 0.0051) for w in wants for f in found):
            return None
        return f"missing correlation {wants[0]:.3f}"

    return check


# --- 1. Close CRM opportunities export -----------------------------------------------------------------------------

_CL_PIPES = {
    "Sales": (["Demo Scheduled", "Proposal Sent", "Negotiation"], "Won", "Lost", 9000.0),
    "Partnerships": (["Intro Call", "Contract Out"], "Signed", "Not a Fit", 22000.0),
}
_CL_REPS = {"Megan Alvarez": 4.0, "Tom Becker": 3.0, "Priya Natarajan": 3.5, "Chris O'Neil": 2.0, "Jordan Lee": 1.5}
_CL_SOURCES = ["Inbound - Website", "Outbound", "Referral", "Webinar", "Partner", ""]
_CL_COMPANIES = ["Acme", "Bluefin", "Copperleaf", "Driftwood", "Evergreen", "Foxglove", "Granite", "Harbor", "Ironside"]
_CL_SUFFIX = ["Labs", "Logistics", "Health", "Systems", "Foods", "Capital", "Studio", "Group", "Analytics"]


def _cl_id(rng: np.random.Generator, prefix: str) -> str:
    chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return prefix + "".join(chars[int(i)] for i in rng.integers(0, len(chars), size=40))


def _close_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18001)
    n = 1450
    days = pd.date_range("2023-01-02", "2024-06-28", freq="D")
    w = np.array([1.0 + 0.6 * (d.month == 3 and d.year == 2024) + 0.25 * (d.year == 2024) for d in days])
    w = w * np.where(days.dayofweek >= 5, 0.15, 1.0)
    picks = np.sort(rng.choice(len(days), size=n, p=w / w.sum()))
    reps = list(_CL_REPS)
    rw = list(_CL_REPS.values())
    user_ids = {r: _cl_id(rng, "user_")[:29] for r in reps}
    pipe_ids = {p: _cl_id(rng, "pipe_")[:27] for p in _CL_PIPES}
    status_ids = {}
    for p, (active, won, lost, _) in _CL_PIPES.items():
        for s in (*active, won, lost):
            status_ids[(p, s)] = _cl_id(rng, "stat_")[:27]
    leads: list[tuple[str, str]] = []
    rows = []
    for i in picks:
        created = days[int(i)] + pd.Timedelta(seconds=int(rng.integers(8 * 3600, 19 * 3600)))
        pipe = "Partnerships" if rng.random() < 0.18 else "Sales"
        active, won_label, lost_label, base = _CL_PIPES[pipe]
        rep = _one(rng, reps, rw)
        age = (pd.Timestamp("2024-06-30") - days[int(i)]).days
        p_open = 0.85 if age < 45 else 0.3 if age < 120 else 0.06
        skill = {"Megan Alvarez": 0.42, "Tom Becker": 0.3, "Priya Natarajan": 0.36}.get(rep, 0.25)
        if rng.random() < p_open:
            label, kind = _one(rng, active), "active"
        elif rng.random() < skill:
            label, kind = won_label, "won"
        else:
            label, kind = lost_label, "lost"
        if leads and rng.random() < 0.2:
            lead_id, lead_name = leads[int(rng.integers(len(leads)))]
        else:
            lead_name = f"{_one(rng, _CL_COMPANIES)} {_one(rng, _CL_SUFFIX)}"
            lead_id = _cl_id(rng, "lead_")
            leads.append((lead_id, lead_name))
        period = _one(rng, ["one_time", "monthly", "annual"], [78, 16, 6])
        dollars = float(np.round(rng.lognormal(np.log(base), 0.6) / 50) * 50)
        if period == "monthly":
            dollars = float(np.round(dollars / 12 / 10) * 10)
        blank = rng.random() < 0.05
        value = None if blank else int(dollars * 100)
        formatted = "" if blank else f"${dollars:,.0f}" + ("" if period == "one_time" else f" {period}")
        conf = {"won": 100, "lost": 0}.get(kind, int(_one(rng, [10, 25, 50, 75, 90])))
        closed = created + pd.Timedelta(days=int(rng.integers(7, 100)))
        closed = min(closed, pd.Timestamp("2024-06-29 17:00"))
        updated = closed if kind != "active" else created + pd.Timedelta(days=int(rng.integers(0, max(age, 1))))
        rows.append(
            {
                "id": _cl_id(rng, "oppo_"),
                "lead_id": lead_id,
                "lead_name": lead_name,
                "status_id": status_ids[(pipe, label)],
                "status_label": label,
                "status_type": kind,
                "pipeline_id": pipe_ids[pipe],
                "pipeline_name": pipe,
                "confidence": conf,
                "value": value,
                "value_formatted": formatted,
                "value_period": "" if blank else period,
                "value_currency": "USD",
                "expected_date": (created + pd.Timedelta(days=int(rng.integers(14, 90)))).strftime("%Y-%m-%d"),
                "date_won": closed.strftime("%Y-%m-%d") if kind == "won" else "",
                "user_id": user_ids[rep],
                "user_name": rep,
                "contact_name": _one(rng, ["Sarah Chen", "Mike Ross", "Ana Silva", "Ben Wu", "Kate Moss", "Raj Patel"]),
                "note": _one(rng, ["", "", "", "Follow up after Q2 budget", "Wants annual billing", "Champion left"]),
                "date_created": created.strftime("%Y-%m-%dT%H:%M:%S.%f+00:00"),
                "date_updated": updated.strftime("%Y-%m-%dT%H:%M:%S.%f+00:00"),
                "created_by_name": rep if rng.random() < 0.9 else "Zapier Integration",
                "custom.Lead Source": _one(rng, _CL_SOURCES, [30, 25, 15, 10, 8, 12]),
            }
        )
    return pd.DataFrame(rows)


def _cl_won(d: pd.DataFrame) -> pd.Series:
    return _text(d["status_type"]) == "won"


def _cl_dollars(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d["value"], errors="coerce") / 100


def _cl_rate(d: pd.DataFrame, closed_only: bool) -> float:
    kind = _text(d["status_type"])
    base = kind.isin(["won", "lost"]) if closed_only else kind != ""
    return float((kind[base] == "won").mean())


def _cl_pipe_means(d: pd.DataFrame, won_only: bool, how: str) -> list[float]:
    keep = d[_cl_won(d)] if won_only else d
    by = _cl_dollars(keep).groupby(_text(keep["pipeline_name"])).agg(how)
    return [float(by["Sales"]), float(by["Partnerships"])]


_CL_ID = ("id", "lead_id", "lead_name", "date_created")
_CL_STATUS = ("status_type", "status_label", "status_id")
_CL_VALUE = ("value", "value_formatted", "value_period", "value_currency")
_CLOSE_QS = [
    Q(
        "how many deals have we won so far",
        either(
            _count(lambda d: int(_cl_won(d).sum())),
            _count(lambda d: int(d.loc[_cl_won(d), "lead_id"].nunique())),
        ),
        (*_CL_STATUS, *_CL_ID, "date_won"),
    ),
    Q(
        "and whats the total value of those",
        _money(lambda d: float(_cl_dollars(d)[_cl_won(d)].sum())),
        (*_CL_VALUE, *_CL_STATUS, *_CL_ID, "date_won"),
    ),
    Q(
        "what's our win rate",
        either(_share(lambda d: _cl_rate(d, True)), _share(lambda d: _cl_rate(d, False))),
        (*_CL_STATUS, *_CL_ID, "date_won"),
    ),
    Q(
        "which rep has won the most",
        either(
            _lead(_named(lambda d: _top(d.loc[_cl_won(d), "user_name"].value_counts()))),
            _lead(_named(lambda d: _top(_cl_dollars(d)[_cl_won(d)].groupby(d["user_name"]).sum()))),
        ),
        ("user_name", "user_id", *_CL_STATUS, *_CL_VALUE, *_CL_ID),
    ),
    Q(
        "average deal size in each pipeline?",
        either(
            _money(lambda d: _cl_pipe_means(d, False, "mean")),
            _money(lambda d: _cl_pipe_means(d, True, "mean")),
            _money(lambda d: _cl_pipe_means(d, False, "median")),
        ),
        ("pipeline_name", "pipeline_id", *_CL_VALUE, *_CL_STATUS, *_CL_ID),
    ),
    Q(
        "which month did we open the most new opportunities",
        _month_year(lambda d: _peak_month(pd.to_datetime(_text(d["date_created"]).str.slice(0, 10)))),
        _CL_ID,
    ),
]


# --- 2. Everhour time report export --------------------------------------------------------------------------------

_EH_PROJECTS = {
    "Acme Website Redesign": ("Acme Corp", ["Design", "Development", "QA"], 150.0, 30),
    "Acme SEO Retainer": ("Acme Corp", ["Audit", "Content"], 120.0, 12),
    "Northwind Mobile App": ("Northwind Traders", ["Design", "iOS", "Android", "Backend"], 140.0, 26),
    "Globex Brand Refresh": ("Globex", ["Strategy", "Design"], 130.0, 14),
    "Internal - Admin": ("Internal", ["Meetings", "Admin"], 0.0, 12),
    "Internal - Sales": ("Internal", ["Proposals"], 0.0, 6),
}
_EH_USERS = {"Hannah Fischer": 60.0, "Leo Martins": 55.0, "Aisha Karim": 70.0, "Ben Okafor": 45.0}
_EH_USERS |= {"Julia Novak": 50.0, "Marco Ricci": 65.0}
_EH_TASKS = ["Wireframes", "Sprint work", "Bug fixes", "Client call", "Review", "Copy edits", "Standup", "Research"]


def _hm(hours: float) -> str:
    minutes = round(hours * 60)
    return f"{minutes // 60}:{minutes % 60:02d}"


def _everhour_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18002)
    days = pd.bdate_range("2024-01-02", "2024-06-28")
    projects = list(_EH_PROJECTS)
    base_w = np.array([v[3] for v in _EH_PROJECTS.values()], dtype=float)
    rows = []
    for day in days:
        w = base_w.copy()
        if day.month == 4:
            w[2] *= 2.2
        if day.month >= 5:
            w[3] *= 1.8
        for user in _EH_USERS:
            if rng.random() < 0.08:
                continue
            total = float(np.clip(rng.normal(7.2 if user != "Julia Novak" else 5.5, 1.0), 2.0, 10.0))
            k = int(rng.integers(1, 5))
            parts = rng.dirichlet(np.ones(k)) * total
            for part in parts:
                hours = max(0.25, round(part * 4) / 4)
                proj = projects[int(rng.choice(len(projects), p=w / w.sum()))]
                client, sections, rate, _ = _EH_PROJECTS[proj]
                billable = rate > 0 and rng.random() < 0.9
                task = _one(rng, _EH_TASKS)
                asana = rng.random() < 0.7
                tid = f"as:120{int(rng.integers(10**12, 10**13))}" if asana else f"ev:{int(rng.integers(10**8))}"
                rows.append(
                    {
                        "Date": day.strftime("%Y-%m-%d"),
                        "User": user,
                        "Client": client,
                        "Project": proj,
                        "Section": _one(rng, sections),
                        "Task": task,
                        "Task ID": tid,
                        "Time": _hm(hours),
                        "Hours": hours,
                        "Billable": "Yes" if billable else "No",
                        "Billable Rate": f"${rate if billable else 0:,.2f}",
                        "Billable Amount": f"${(rate * hours) if billable else 0:,.2f}",
                        "Cost": f"${_EH_USERS[user] * hours:,.2f}",
                        "Tags": _one(rng, ["", "", "", "", "meeting", "revision", "overtime"]),
                        "Comment": _one(rng, ["", "", "", "per client feedback", "blocked on assets", "v2"]),
                    }
                )
    frame = pd.DataFrame(rows)
    total = {c: "" for c in frame.columns}
    total["Date"] = "Total"
    total["Hours"] = float(frame["Hours"].sum())
    total["Time"] = _hm(float(frame["Hours"].sum()))
    total["Billable Amount"] = f"${_num(frame['Billable Amount']).sum():,.2f}"
    total["Cost"] = f"${_num(frame['Cost']).sum():,.2f}"
    return pd.concat([frame, pd.DataFrame([total])], ignore_index=True)


def _eh(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["Date"]) != "Total"]


def _eh_billable_hours(d: pd.DataFrame) -> float:
    k = _eh(d)
    return float(k.loc[_text(k["Billable"]) == "Yes", "Hours"].sum())


def _eh_user_days(d: pd.DataFrame) -> pd.Series:
    k = _eh(d)
    return k.groupby([_text(k["User"]), _text(k["Date"])])["Hours"].sum()


def _eh_april_top(d: pd.DataFrame) -> str:
    k = _eh(d)
    april = pd.to_datetime(k["Date"]).dt.month == 4
    return _top(k[april].groupby("Project")["Hours"].sum())


_EH_ID = ("Date", "User", "Time", "Hours")
_EVERHOUR_QS = [
    Q(
        "how many hours were logged in total",
        _abouts(lambda d: _eh(d)["Hours"].sum(), rel=0.005),
        _EH_ID,
    ),
    Q(
        "who put in the most time",
        _lead(_named(lambda d: _top(_eh(d).groupby("User")["Hours"].sum()))),
        _EH_ID,
    ),
    Q(
        "what % of the hours were billable",
        _share(lambda d: _eh_billable_hours(d) / float(_eh(d)["Hours"].sum())),
        ("Billable", "Billable Amount", "Billable Rate", *_EH_ID),
    ),
    Q(
        "how much can we bill acme so far",
        _money(lambda d: float(_num(_eh(d).loc[_text(_eh(d)["Client"]) == "Acme Corp", "Billable Amount"]).sum())),
        ("Client", "Project", "Billable Amount", "Billable", "Billable Rate", *_EH_ID),
    ),
    Q(
        "which project ate the most time in april",
        _lead(_named(_eh_april_top)),
        ("Project", "Client", *_EH_ID),
    ),
    Q(
        "on average how many hours a day does someone log",
        _abouts(lambda d: _eh_user_days(d).mean(), lambda d: _eh_user_days(d).median()),
        _EH_ID,
    ),
]


# --- 3. Nike Run Club runs export ----------------------------------------------------------------------------------

_NR_SHOES = ["Pegasus 40", "Invincible 3", "Vaporfly 3", ""]


def _nrc_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18003)
    days = pd.date_range("2022-06-01", "2024-05-31", freq="D")
    rows = []
    for day in days:
        season = 1.0 + 0.35 * np.sin((day.dayofyear - 60) / 365 * 2 * np.pi)
        ramp = 0.75 + 0.35 * (day - days[0]).days / len(days)
        p = (0.62 if day.dayofweek in (1, 3, 5, 6) else 0.26) * ramp
        if rng.random() > p:
            continue
        long_run = day.dayofweek == 6 and rng.random() < 0.7
        km = float(rng.normal(15.0, 3.5) if long_run else rng.lognormal(np.log(6.5), 0.3)) * season**0.3
        km = round(float(np.clip(km, 1.2, 32.0)), 2)
        indoor = rng.random() < (0.25 if day.month in (12, 1, 2) else 0.06)
        pace = float(rng.normal(5.55 if not long_run else 5.9, 0.3)) - 0.12 * (day - days[0]).days / len(days)
        pace += 0.15 if indoor else 0.0
        secs = int(km * pace * 60)
        start = day + pd.Timedelta(hours=float(_one(rng, [6.2, 7.0, 12.3, 17.8, 18.6], [3, 3, 1, 3, 2])))
        start += pd.Timedelta(seconds=int(rng.integers(0, 1800)))
        end = start + pd.Timedelta(seconds=secs + int(rng.integers(0, 240)))
        has_hr = rng.random() < 0.7
        hr = round(150 + 18 * (5.6 - pace) + float(rng.normal(0, 5))) if has_hr else None
        part = _one(rng, ["Morning", "Lunch", "Afternoon", "Evening"])
        ps = round(pace * 60)
        rows.append(
            {
                "activity_id": "-".join(f"{int(rng.integers(0, 16**k)):0{k}x}" for k in (8, 4, 4, 4, 12)),
                "name": f"{day.day_name()} {part} Run" if not indoor else "Treadmill Run",
                "start_time": start.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                "end_time": end.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                "active_duration": f"{secs // 3600:02d}:{secs % 3600 // 60:02d}:{secs % 60:02d}",
                "active_duration_ms": secs * 1000,
                "distance_km": km,
                "distance_mi": round(km / 1.609344, 2),
                "avg_pace": f"{ps // 60}:{ps % 60:02d} /km",
                "calories": int(km * rng.normal(68, 4)),
                "avg_heart_rate": hr,
                "max_heart_rate": None if hr is None else hr + int(rng.integers(8, 25)),
                "elevation_gain_m": None if indoor else round(float(km * rng.gamma(2.0, 4.0)), 1),
                "steps": int(secs / 60 * rng.normal(168, 5)),
                "location": "indoor" if indoor else "outdoor",
                "weather": ""
                if indoor or rng.random() < 0.2
                else _one(rng, ["Sunny", "Cloudy", "Partly Cloudy", "Rain", "Windy"]),
                "terrain": "" if indoor else _one(rng, ["road", "trail", "track"], [75, 18, 7]),
                "shoes": _one(rng, _NR_SHOES, [40, 25, 10, 25]),
            }
        )
    return pd.DataFrame(rows)


def _nr_start(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["start_time"]).str.slice(0, 19), format="%Y-%m-%dT%H:%M:%S")


def _nr_pace(d: pd.DataFrame) -> pd.Series:
    parts = _text(d["avg_pace"]).str.extract(r"(\d+):(\d+)").astype(float)
    return parts[0] + parts[1] / 60


def _nr_total_pace(d: pd.DataFrame) -> float:
    return float(d["active_duration_ms"].sum() / 60000 / d["distance_km"].sum())


_NR_ID = ("activity_id", "start_time", "name")
_NRC_QS = [
    Q(
        "how many runs did i do in 2023",
        _count(lambda d: int((_nr_start(d).dt.year == 2023).sum())),
        _NR_ID,
    ),
    Q(
        "how far have i run in total",
        either(
            _abouts(lambda d: d["distance_km"].sum(), rel=0.005),
            _abouts(lambda d: d["distance_mi"].sum(), rel=0.005),
        ),
        ("distance_km", "distance_mi", *_NR_ID),
    ),
    Q(
        "longest run?",
        either(
            _abouts(lambda d: d["distance_km"].max(), rel=0.002),
            _abouts(lambda d: d["distance_mi"].max(), rel=0.002),
        ),
        ("distance_km", "distance_mi", "active_duration", "active_duration_ms", *_NR_ID),
    ),
    Q(
        "whats my average pace",
        _pace(
            lambda d: float(_nr_pace(d).mean()),
            _nr_total_pace,
            lambda d: float(_nr_pace(d).median()),
            lambda d: _nr_total_pace(d) * 1.609344,
        ),
        ("avg_pace", "active_duration", "active_duration_ms", "distance_km", "distance_mi", "end_time", *_NR_ID),
    ),
    Q(
        "does my heart rate go up when i run faster",
        _abs_corr(
            (_nr_pace, lambda d: d["avg_heart_rate"]),
            (lambda d: 60 / _nr_pace(d), lambda d: d["avg_heart_rate"]),
            (lambda d: d["distance_km"] / d["active_duration_ms"] * 3.6e6, lambda d: d["avg_heart_rate"]),
        ),
        (
            "avg_heart_rate",
            "max_heart_rate",
            "avg_pace",
            "active_duration",
            "active_duration_ms",
            "distance_km",
            "distance_mi",
            *_NR_ID,
        ),
    ),
    Q(
        "which month did i put in the most km",
        _month_year(lambda d: _peak_month(_nr_start(d), d["distance_km"])),
        ("distance_km", "distance_mi", *_NR_ID),
    ),
]


# --- 4. Eight Sleep sleep sessions export --------------------------------------------------------------------------


def _eightsleep_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18004)
    nights = pd.date_range("2023-01-01", "2024-06-30", freq="D")
    away = set(rng.choice(len(nights), size=40, replace=False).tolist())
    rows = []
    for k, night in enumerate(nights):
        if k in away:
            continue
        level = int(np.clip(round(rng.normal(-3 if night.month in (6, 7, 8, 9) else 0, 3)), -10, 10))
        weekend = night.dayofweek in (4, 5)
        bed = night + pd.Timedelta(hours=float(rng.normal(23.9 if weekend else 23.2, 0.6)))
        in_bed = float(np.clip(rng.normal(440 if not weekend else 470, 45), 200, 620))
        latency = int(np.clip(rng.gamma(2.0, 7.0), 2, 90))
        awake = int(np.clip(rng.gamma(2.0, 12.0) + (10 if night.dayofweek == 6 else 0), 3, 150))
        asleep = int(max(in_bed - latency - awake, 150))
        deep = int(asleep * float(np.clip(rng.normal(0.17 - 0.006 * level, 0.03), 0.05, 0.35)))
        rem = int(asleep * float(np.clip(rng.normal(0.22, 0.04), 0.08, 0.35)))
        light = asleep - deep - rem
        hrv = round(float(rng.normal(52, 9) - (8 if night.dayofweek in (4, 5) else 0)), 1)
        score = int(np.clip(round(45 + asleep / 12 + deep / 12 - awake / 6 + rng.normal(0, 5)), 20, 100))
        partial = rng.random() < 0.035
        wake = bed + pd.Timedelta(minutes=in_bed)
        rows.append(
            {
                "date": night.strftime("%Y-%m-%d"),
                "score": None if partial else score,
                "sleep_fitness_score": None if partial else int(np.clip(score + rng.normal(-3, 6), 20, 100)),
                "time_in_bed": f"{int(in_bed) // 60}h {int(in_bed) % 60}m",
                "time_asleep_min": asleep,
                "light_sleep_min": light,
                "deep_sleep_min": deep,
                "rem_sleep_min": rem,
                "awake_min": awake,
                "latency_asleep_min": latency,
                "toss_and_turns": int(rng.poisson(14 + awake / 10)),
                "heart_rate_avg": round(float(rng.normal(56, 3) + (3 if night.dayofweek in (4, 5) else 0)), 1),
                "hrv_avg": hrv,
                "respiratory_rate_avg": round(float(rng.normal(14.2, 0.6)), 1),
                "bed_temp_avg_c": round(29.0 + 0.45 * level + float(rng.normal(0, 0.4)), 1),
                "room_temp_avg_c": round(float(rng.normal(24 if night.month in (6, 7, 8) else 20, 1.2)), 1),
                "temperature_level": level,
                "bedtime": bed.strftime("%Y-%m-%dT%H:%M:%S-08:00"),
                "wakeup": wake.strftime("%Y-%m-%dT%H:%M:%S-08:00"),
            }
        )
    return pd.DataFrame(rows)


def _es_weekday_low(d: pd.DataFrame) -> int:
    return int(d.groupby(pd.to_datetime(d["date"]).dt.dayofweek)["score"].mean().idxmin())


_ES_ID = ("date",)
_ES_ASLEEP = ("time_asleep_min", "time_in_bed", "bedtime", "wakeup")
_EIGHTSLEEP_QS = [
    Q(
        "what's my average sleep score",
        _abouts(lambda d: d["score"].mean(), rel=0.005),
        ("score", *_ES_ID),
    ),
    Q(
        "how much sleep do i usually get",
        _abouts(
            lambda d: d["time_asleep_min"].mean() / 60,
            lambda d: d["time_asleep_min"].median() / 60,
            lambda d: d["time_asleep_min"].mean(),
            lambda d: d["time_asleep_min"].median(),
            rel=0.01,
        ),
        (*_ES_ASLEEP, *_ES_ID),
    ),
    Q(
        "how many nights did i get less than 6 hours",
        either(
            _count(lambda d: int((d["time_asleep_min"] < 360).sum())),
            _count(lambda d: int((d["time_asleep_min"] <= 360).sum())),
        ),
        (*_ES_ASLEEP, *_ES_ID),
    ),
    Q(
        "does a colder bed give me more deep sleep",
        either(
            _corr(lambda d: d["temperature_level"], lambda d: d["deep_sleep_min"]),
            _corr(lambda d: d["bed_temp_avg_c"], lambda d: d["deep_sleep_min"]),
        ),
        ("temperature_level", "bed_temp_avg_c", "deep_sleep_min", *_ES_ID),
    ),
    Q(
        "which night of the week do i sleep worst",
        _lead(_weekday(_es_weekday_low)),
        ("score", *_ES_ID),
    ),
    Q(
        "how many nights are missing a score",
        _count(lambda d: int(d["score"].isna().sum())),
        ("score", "sleep_fitness_score", *_ES_ID),
    ),
]


# --- 5. Phoenix police calls for service ---------------------------------------------------------------------------

_PX_TYPES = {
    "SUSPICIOUS PERSON": ("415", 15),
    "TRAFFIC ACCIDENT": ("961", 12),
    "DISTURBANCE - FAMILY FIGHT": ("415F", 11),
    "CHECK WELFARE": ("918", 10),
    "BURGLARY": ("459", 6),
    "THEFT": ("487", 8),
    "LOUD PARTY": ("415P", 5),
    "SHOTS FIRED": ("999", 4),
    "TRESPASSING": ("602", 6),
    "ASSAULT": ("245", 5),
    "STOLEN VEHICLE": ("488", 4),
    "FRAUD": ("470", 3),
    "ANIMAL CALL": ("960", 3),
}
_PX_DISP = {
    "REPORT TAKEN": ("R", 30),
    "NO REPORT REQUIRED": ("N", 38),
    "CANCELLED": ("C", 14),
    "ARREST MADE": ("A", 6),
    "GONE ON ARRIVAL": ("G", 12),
}
_PX_STREETS = ["W OSBORN RD", "N 19TH AVE", "E MCDOWELL RD", "W INDIAN SCHOOL RD", "N 35TH AVE", "E VAN BUREN ST"]
_PX_GRIDS = ["BE", "BF", "CD", "CE", "DF"]
_PX_STREETS += ["W CAMELBACK RD", "N 7TH ST", "E THOMAS RD", "S CENTRAL AVE", "W BETHANY HOME RD"]


def _phoenix_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18005)
    n = 4600
    days = pd.date_range("2023-01-01", "2023-12-31", freq="D")
    w = np.array([1.0 + 0.22 * (d.month in (6, 7)) + 0.1 * (d.dayofweek >= 4) for d in days])
    day_idx = np.sort(rng.choice(len(days), size=n, p=w / w.sum()))
    hour_w = np.array([5, 4, 3, 2, 1.5, 1.5, 2, 3, 4, 4.5, 5, 5.5, 5.5, 5.5, 6, 6.5, 7, 7.5, 7.2, 6.8, 6.4, 6, 5.6])
    hour_w = np.append(hour_w, 5.2)
    types = list(_PX_TYPES)
    tw = [v[1] for v in _PX_TYPES.values()]
    disps = list(_PX_DISP)
    dw = [v[1] for v in _PX_DISP.values()]
    rows = []
    for k, i in enumerate(day_idx):
        t = days[int(i)] + pd.Timedelta(hours=int(rng.choice(24, p=hour_w / hour_w.sum())))
        t += pd.Timedelta(seconds=int(rng.integers(0, 3600)))
        kind = _one(rng, types, tw)
        disp = _one(rng, disps, dw)
        if kind in ("BURGLARY", "THEFT", "STOLEN VEHICLE", "FRAUD") and rng.random() < 0.5:
            disp = "REPORT TAKEN"
        label = kind if rng.random() > 0.04 else f"{kind}  "
        rows.append(
            {
                "INCIDENT_NUM": f"PHX2023{k * 7 + int(rng.integers(0, 7)) + 1:07d}",
                "CALL_RECEIVED": f"{t.month}/{t.day}/{t.year} {t.strftime('%I:%M:%S %p').lstrip('0')}",
                "FINAL_CALL_TYPE": label,
                "FINAL_RADIO_CODE": _PX_TYPES[kind][0],
                "DISPOSITION_CODE": _PX_DISP[disp][0],
                "DISPOSITION": disp,
                "HUNDREDBLOCKADDR": ""
                if rng.random() < 0.06
                else f"{int(rng.integers(1, 99))}XX {_one(rng, _PX_STREETS)}",
                "GRID": "" if rng.random() < 0.03 else f"{_one(rng, _PX_GRIDS)}{int(rng.integers(10, 40))}",
            }
        )
    return pd.DataFrame(rows)


def _px_time(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["CALL_RECEIVED"]), format="%m/%d/%Y %I:%M:%S %p")


def _px_type(d: pd.DataFrame) -> pd.Series:
    return _text(d["FINAL_CALL_TYPE"])


def _px_top(d: pd.DataFrame) -> str:
    return _top(_px_type(d).value_counts())


def _px_reported(d: pd.DataFrame, with_arrests: bool) -> int:
    keep = ["REPORT TAKEN", "ARREST MADE"] if with_arrests else ["REPORT TAKEN"]
    return int(((_px_type(d) == _px_top(d)) & _text(d["DISPOSITION"]).isin(keep)).sum())


_PX_ID = ("INCIDENT_NUM", "CALL_RECEIVED")
_PHOENIX_QS = [
    Q(
        "what kind of call comes in the most",
        _lead(_named(_px_top)),
        ("FINAL_CALL_TYPE", "FINAL_RADIO_CODE", *_PX_ID),
    ),
    Q(
        "how many of those ended with a report",
        either(_count(lambda d: _px_reported(d, False)), _count(lambda d: _px_reported(d, True))),
        ("FINAL_CALL_TYPE", "FINAL_RADIO_CODE", "DISPOSITION", "DISPOSITION_CODE", *_PX_ID),
    ),
    Q(
        "what time of day is busiest",
        _lead(_hour(lambda d: int(_top(_px_time(d).dt.hour.value_counts())))),
        _PX_ID,
    ),
    Q(
        "how many calls came in during july",
        _count(lambda d: int((_px_time(d).dt.month == 7).sum())),
        _PX_ID,
    ),
    Q(
        "what fraction got cancelled",
        _share(lambda d: float((_text(d["DISPOSITION"]) == "CANCELLED").mean())),
        ("DISPOSITION", "DISPOSITION_CODE", *_PX_ID),
    ),
    Q(
        "how many calls don't have an address",
        _count(lambda d: int((_text(d["HUNDREDBLOCKADDR"]) == "").sum())),
        ("HUNDREDBLOCKADDR", *_PX_ID),
    ),
]


# --- 6. ABS labour force, long-format Data Explorer CSV ------------------------------------------------------------

_ABS_REGIONS = {
    "AUS: Australia": (13_250.0, 0.0),
    "1: New South Wales": (4_150.0, -0.1),
    "2: Victoria": (3_420.0, 0.25),
    "3: Queensland": (2_650.0, 0.35),
    "5: Western Australia": (1_440.0, -0.3),
}
_ABS_SEX = {"1: Males": (0.53, -0.1), "2: Females": (0.47, 0.15)}


def _abs_rate_path(months: pd.DatetimeIndex) -> np.ndarray:
    out = []
    for m in months:
        k = (m.year - 2020) * 12 + m.month - 1
        if k < 3:
            r = 5.15 + 0.05 * k
        elif k < 7:
            r = 5.3 + [0.9, 1.8, 2.2, 2.0][k - 3]
        elif k < 30:
            r = 7.3 - (k - 7) * 0.16
        else:
            r = 3.6 + 0.02 * (k - 30)
        out.append(r)
    return np.array(out)


def _abs_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18006)
    months = pd.date_range("2020-01-01", "2024-06-01", freq="MS")
    base = _abs_rate_path(months)
    seasonal = np.array([0.45, 0.35, 0.05, -0.05, -0.1, -0.05, 0.05, -0.1, -0.2, -0.2, -0.15, -0.1])
    growth = np.array([1.0 + 0.0055 * i / 1.0 * 0.42 for i in range(len(months))])
    growth[3:6] *= [0.97, 0.955, 0.965]
    mult = {"NUM: Number": "3: Thousands", "PCT: Percent": "0: Units"}
    rows = []
    for region, (level, offset) in _ABS_REGIONS.items():
        noise_r = rng.normal(0, 0.12, size=len(months))
        for tsest in ("10: Original", "20: Seasonally Adjusted"):
            emp_p = np.zeros(len(months))
            unemp_p = np.zeros(len(months))
            parts = {}
            for sex, (weight, soff) in _ABS_SEX.items():
                rate = base + offset + soff + noise_r + rng.normal(0, 0.05, size=len(months))
                emp_noise = rng.normal(0, 0.002, size=len(months))
                if tsest == "10: Original":
                    rate = rate + seasonal[months.month - 1] + rng.normal(0, 0.1, size=len(months))
                    emp_noise = emp_noise - 0.4 * seasonal[months.month - 1] / 100
                emp = np.round(level * weight * growth * (1 + emp_noise), 1)
                unemp = np.round(emp * rate / (100 - rate), 1)
                parts[sex] = (emp, unemp)
                emp_p += emp
                unemp_p += unemp
            parts["3: Persons"] = (np.round(emp_p, 1), np.round(unemp_p, 1))
            for sex, (emp, unemp) in parts.items():
                rate = np.round(100 * unemp / (emp + unemp), 1)
                for measure, values, unit in (
                    ("M3: Employed total", emp, "NUM: Number"),
                    ("M4: Unemployed total", unemp, "NUM: Number"),
                    ("M13: Unemployment rate", rate, "PCT: Percent"),
                ):
                    for m, v in zip(months, values, strict=True):
                        rows.append(
                            {
                                "DATAFLOW": "ABS:LF(1.0.0)",
                                "MEASURE: Measure": measure,
                                "SEX: Sex": sex,
                                "AGE: Age": "1599: 15 years and over",
                                "TSEST: Adjustment Type": tsest,
                                "REGION: Region": region,
                                "FREQ: Frequency": "M: Monthly",
                                "TIME_PERIOD: Time Period": m.strftime("%Y-%m"),
                                "OBS_VALUE": float(v),
                                "UNIT_MEASURE: Unit of Measure": unit,
                                "UNIT_MULT: Unit of Multiplier": mult[unit],
                                "OBS_STATUS: Observation Status": "",
                                "OBS_COMMENT: Observation Comment": "",
                            }
                        )
    frame = pd.DataFrame(rows)
    flagged = rng.choice(len(frame), size=25, replace=False)
    frame.loc[flagged, "OBS_STATUS: Observation Status"] = "r: Revised"
    return frame


def _abs_series(d: pd.DataFrame, measure: str, sex: str, region: str, tsest: str) -> pd.Series:
    keep = (
        (_text(d["MEASURE: Measure"]) == measure)
        & (_text(d["SEX: Sex"]) == sex)
        & (_text(d["REGION: Region"]) == region)
        & (_text(d["TSEST: Adjustment Type"]) == tsest)
    )
    sub = d[keep]
    return pd.Series(sub["OBS_VALUE"].to_numpy(), index=_text(sub["TIME_PERIOD: Time Period"]).to_numpy())


_ABS_TS = ("10: Original", "20: Seasonally Adjusted")
_ABS_RATE = "M13: Unemployment rate"
_ABS_EMP = "M3: Employed total"


def _abs_at(measure: str, sex: str, region: str, period: str) -> Check:
    return either(
        *(_abouts(lambda d, t=t: _abs_series(d, measure, sex, region, t)[period], rel=0.001) for t in _ABS_TS)
    )


def _abs_state_top(d: pd.DataFrame, tsest: str) -> str:
    means = {}
    for region in _ABS_REGIONS:
        if region.startswith("AUS"):
            continue
        s = _abs_series(d, _ABS_RATE, "3: Persons", region, tsest)
        means[region.split(": ", 1)[1]] = float(s[s.index.str.startswith("2023")].mean())
    return _top(pd.Series(means))


def _abs_peak(d: pd.DataFrame, tsest: str) -> pd.Timestamp:
    s = _abs_series(d, _ABS_RATE, "3: Persons", "AUS: Australia", tsest)
    return pd.Timestamp(str(s.idxmax()))


def _abs_growth(d: pd.DataFrame, tsest: str) -> float:
    s = _abs_series(d, _ABS_EMP, "3: Persons", "AUS: Australia", tsest)
    return float(s["2024-06"] / s["2020-01"] - 1)


_ABS_DIMS = (
    "MEASURE: Measure",
    "SEX: Sex",
    "REGION: Region",
    "TSEST: Adjustment Type",
    "TIME_PERIOD: Time Period",
    "OBS_VALUE",
    "UNIT_MULT: Unit of Multiplier",
    "UNIT_MEASURE: Unit of Measure",
    "AGE: Age",
)
_ABS_QS = [
    Q(
        "what was the unemployment rate in australia in june 2024",
        _abs_at(_ABS_RATE, "3: Persons", "AUS: Australia", "2024-06"),
        _ABS_DIMS,
    ),
    Q(
        "and for women?",
        _abs_at(_ABS_RATE, "2: Females", "AUS: Australia", "2024-06"),
        _ABS_DIMS,
    ),
    Q(
        "which state had the highest unemployment in 2023",
        either(
            _lead(_named(lambda d: _abs_state_top(d, _ABS_TS[0]))),
            _lead(_named(lambda d: _abs_state_top(d, _ABS_TS[1]))),
        ),
        _ABS_DIMS,
    ),
    Q(
        "how many people had a job in victoria in the latest month",
        either(
            *(
                _money(lambda d, t=t: 1000 * _abs_series(d, _ABS_EMP, "3: Persons", "2: Victoria", t)["2024-06"])
                for t in _ABS_TS
            )
        ),
        _ABS_DIMS,
    ),
    Q(
        "when did unemployment peak",
        either(
            _month_year(lambda d: _abs_peak(d, _ABS_TS[0])),
            _month_year(lambda d: _abs_peak(d, _ABS_TS[1])),
        ),
        _ABS_DIMS,
    ),
    Q(
        "how much has employment grown nationally since jan 2020",
        either(
            _pct(lambda d: _abs_growth(d, _ABS_TS[0])),
            _pct(lambda d: _abs_growth(d, _ABS_TS[1])),
            _money(
                lambda d: (
                    1000
                    * (
                        _abs_series(d, _ABS_EMP, "3: Persons", "AUS: Australia", _ABS_TS[1])["2024-06"]
                        - _abs_series(d, _ABS_EMP, "3: Persons", "AUS: Australia", _ABS_TS[1])["2020-01"]
                    )
                )
            ),
        ),
        _ABS_DIMS,
    ),
]


# --- 7. USDA FSIS recall summaries ---------------------------------------------------------------------------------

_FS_REASONS = {
    "Unreported Allergens": 34,
    "Product Contamination": 22,
    "Misbranding": 16,
    "Produced Without Benefit of Inspection": 10,
    "Processing Defect": 6,
    "Import Violation": 5,
    "Insanitary Conditions": 4,
    "Unapproved Substance": 3,
}
_FS_YEARS = {2014: 94, 2015: 150, 2016: 122, 2017: 131, 2018: 125, 2019: 124}
_FS_YEARS |= {2020: 57, 2021: 48, 2022: 44, 2023: 66, 2024: 62}
_FS_STATES = ["Nationwide", "California", "Texas", "New York", "Florida", "Illinois", "Georgia", "Ohio", "Arizona"]
_FS_FIRMS = ["Foods Inc.", "Meat Co.", "Provisions LLC", "Sausage Co.", "Poultry Farms", "Kitchens Inc."]
_FS_NAMES = ["Tyson", "Hormel", "Pilgrim's", "Smithfield", "Perdue", "Conagra", "Sunrise", "Blue Ridge", "Valley"]
_FS_PROCESS = ["Fully Cooked - Not Shelf Stable", "Raw - Intact", "Raw - Non-Intact", "Heat Treated - Shelf Stable"]
_FS_PROCESS += ["Not Heat Treated - Shelf Stable", "Slaughter"]


def _fsis_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18007)
    reasons = list(_FS_REASONS)
    rw = list(_FS_REASONS.values())
    rows = []
    for year, count in _FS_YEARS.items():
        days = pd.date_range(f"{year}-01-02", f"{year}-12-30", freq="D")
        picks = np.sort(rng.choice(len(days), size=count, replace=False))
        seq = 0
        for i in picks:
            day = days[int(i)]
            pha = rng.random() < 0.12
            reason = _one(rng, reasons, rw)
            if rng.random() < 0.18:
                second = _one(rng, reasons, rw)
                if second != reason:
                    reason = f"{reason}, {second}" if rng.random() < 0.5 else f"Misbranding, {reason}"
            if pha:
                number = f"PHA-{day:%m%d%Y}-01"
                cls = ""
                risk = "Public Health Alert"
            else:
                seq += 1
                number = f"{seq:03d}-{year}"
                cls = _one(rng, ["Class I", "Class II", "Class III"], [68, 25, 7])
                risk = {"Class I": "High - Class I", "Class II": "Low - Class II", "Class III": "Marginal - Class III"}[
                    cls
                ]
            active = year >= 2024 and rng.random() < 0.6
            kind = "Public Health Alert" if pha else ("Active Recall" if active else "Closed Recall")
            pounds = int(rng.lognormal(np.log(9000), 1.6))
            firm = f"{_one(rng, _FS_NAMES)} {_one(rng, _FS_FIRMS)}"
            states = (
                "Nationwide"
                if rng.random() < 0.3
                else ", ".join(sorted({_one(rng, _FS_STATES[1:]) for _ in range(int(rng.integers(1, 4)))}))
            )
            outbreak = "Product Contamination" in reason and rng.random() < 0.25
            row = {
                "field_title": f"{firm} Recalls Products Due to {reason.split(', ')[-1]}",
                "field_recall_number": number,
                "field_recall_date": day.strftime("%Y-%m-%d"),
                "field_recall_type": kind,
                "field_recall_classification": cls,
                "field_recall_reason": reason,
                "field_risk_level": risk,
                "field_states": states,
                "field_establishment": firm,
                "field_qty_recovered": "" if pha else f"{pounds:,} pounds",
                "field_processing": _one(rng, _FS_PROCESS),
                "field_related_to_outbreak": "True" if outbreak else "False",
                "field_year": str(year),
                "field_translation_language": "English",
            }
            rows.append(row)
            if rng.random() < 0.2:
                spanish = dict(row)
                spanish["field_title"] = f"{firm} retira productos del mercado"
                spanish["field_translation_language"] = "Spanish"
                rows.append(spanish)
    return pd.DataFrame(rows)


def _fs_en(d: pd.DataFrame) -> pd.DataFrame:
    return d.drop_duplicates("field_recall_number")


def _fs_recalls(d: pd.DataFrame) -> pd.DataFrame:
    e = _fs_en(d)
    return e[_text(e["field_recall_type"]) != "Public Health Alert"]


def _fs_year(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["field_recall_date"]).dt.year


def _fs_reason_top(d: pd.DataFrame) -> str:
    return _top(_text(_fs_en(d)["field_recall_reason"]).str.split(", ").explode().value_counts())


def _fs_class1(frame: pd.DataFrame) -> float:
    return float((_text(frame["field_recall_classification"]) == "Class I").mean())


def _fs_pounds(d: pd.DataFrame) -> float:
    e = _fs_en(d)
    return float(_num(e.loc[_fs_year(e) == 2022, "field_qty_recovered"]).sum())


_FS_ID = ("field_recall_number", "field_recall_date", "field_year", "field_title", "field_translation_language")
_FSIS_QS = [
    Q(
        "how many recalls were there in 2023",
        either(
            _count(lambda d: int((_fs_year(_fs_en(d)) == 2023).sum())),
            _count(lambda d: int((_fs_year(_fs_recalls(d)) == 2023).sum())),
        ),
        ("field_recall_type", *_FS_ID),
    ),
    Q(
        "what's the most common reason for a recall",
        either(
            _lead(_named(_fs_reason_top)),
            _lead(_named(lambda d: _top(_text(_fs_en(d)["field_recall_reason"]).value_counts()))),
        ),
        ("field_recall_reason", "field_recall_type", *_FS_ID),
    ),
    Q(
        "what share are class i",
        either(
            _share(lambda d: _fs_class1(_fs_recalls(d))),
            _share(lambda d: _fs_class1(_fs_en(d))),
        ),
        ("field_recall_classification", "field_risk_level", "field_recall_type", *_FS_ID),
    ),
    Q(
        "which year had the most recalls",
        either(
            _lead(_year(lambda d: int(_top(_fs_year(_fs_en(d)).value_counts())))),
            _lead(_year(lambda d: int(_top(_fs_year(_fs_recalls(d)).value_counts())))),
        ),
        ("field_recall_type", *_FS_ID),
    ),
    Q(
        "how many pounds got recalled in 2022",
        _money(_fs_pounds),
        ("field_qty_recovered", "field_recall_type", *_FS_ID),
    ),
    Q(
        "how many were tied to an outbreak",
        _count(lambda d: int((_text(_fs_en(d)["field_related_to_outbreak"]).str.lower() == "true").sum())),
        ("field_related_to_outbreak", "field_recall_reason", "field_recall_type", *_FS_ID),
    ),
]


HELDOUT180: list[Dataset] = [
    Dataset("close_crm_opportunities_export", _close_frame, _CLOSE_QS),
    Dataset("everhour_time_report_export", _everhour_frame, _EVERHOUR_QS),
    Dataset("nike_run_club_runs_export", _nrc_frame, _NRC_QS),
    Dataset("eight_sleep_sleep_sessions_export", _eightsleep_frame, _EIGHTSLEEP_QS),
    Dataset("phoenix_police_calls_for_service_2023", _phoenix_frame, _PHOENIX_QS),
    Dataset("abs_labour_force_data_explorer_csv", _abs_frame, _ABS_QS),
    Dataset("usda_fsis_meat_poultry_recall_summaries", _fsis_frame, _FSIS_QS),
]
