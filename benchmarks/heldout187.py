"""HELDOUT187: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a Bearable symptom and mood tracker export
(long, 2023-10-01 to 2024-03-31, one row per logged item) with date ("2024-03-14"), "date formatted" ("14 March
2024"), weekday ("Thu"), "time of day" (am / mid / pm / all day), category (Mood, Energy, Sleep, Symptoms, Factors,
Meds/Supplements, Health measurements), "rating/amount" (mood 1-10, energy 1-5, symptom severity 1-4, sleep hours,
steps, pill counts; blank for factors), detail ("Headache", "Caffeine", "Ibuprofen 200mg", "Steps"; blank for mood,
energy and sleep) and notes (mostly blank); a Habitica task history export (2023-09-01 to 2024-04-30) with "Task
Name", "Task ID" (uuid), "Task Type" (habit / daily / todo, lower case), Date ("2024-03-14 21:05:33"), Value (the
task's running value, negative when neglected) and Completed (True / False for dailies and to-dos, blank for
habits); a QuickBooks Time (TSheets) timesheet export (January to April 2024) with username, payroll_id, fname,
lname, number, group (Field Crew / Install Team / Office), local_date ("2024-03-14"), local_day ("Thursday"),
local_start_time and local_end_time ("2024-03-14T07:02:00-05:00", blank on manual entries), tz (-5 / -4), hours
(decimal), jobcode ("Smith Residence Remodel", "Shop Time", "Travel" ...), location ("(Address unavailable)" often),
notes (mostly blank) and approved_status (approved / submitted / blank); a Zoho Expense expense export (2023-07 to
2024-06) with "Expense Date" ("14 Mar 2024"), "Expense Number" ("EXP-00123"), "Report Number" ("ER-00045", blank
when unreported), "Report Name", "Submitted By", "Merchant Name" (spelled several ways: "UBER *TRIP", "Uber"),
"Category Name" (Air Travel / Lodging / Meals and Entertainment / Ground Transportation / Office Supplies / Software
Subscriptions / Mileage), Description (often blank), "Currency Code" (USD / EUR / GBP / CAD / INR), "Expense Amount"
(in its own currency), "Exchange Rate", "Total (in USD)", "Is Billable" and "Is Reimbursable" (true / false),
"Expense Status" (Unreported / Submitted / Approved / Rejected / Reimbursed) and "Receipt Attached" (Yes / No); the
Philadelphia OPA properties file with objectid, parcel_number, location ("1234 S 9TH ST"), category_code (1-6),
category_code_description (SINGLE FAMILY / MULTI FAMILY / MIXED USE / COMMERCIAL / INDUSTRIAL / VACANT LAND),
building_code_description ("ROW 2 STY MASONRY"), market_value, sale_date ("2019-06-14 00:00:00"), sale_price ($1
for nominal transfers), taxable_building, taxable_land, exempt_building, exempt_land, total_livable_area (0 for
vacant land), total_area, number_of_bedrooms and number_of_bathrooms (blank for non-residential), number_stories,
year_built ("1925", "0" when unknown), zip_code (five or nine digits), zoning ("RSA5"), owner_1 (upper case),
homestead_exemption (0 or 80000), exterior_condition and interior_condition (1-7, blank sometimes); the AFDC
alternative fuel stations download (one row per station) with "Fuel Type Code" (ELEC / E85 / LPG / CNG / BD / HY /
LNG / RD), "Station Name", "Street Address", City, State (two-letter), ZIP, "Station Phone", "Status Code" (E
open / P planned / T temporarily unavailable), "Groups With Access Code" ("Public", "Private", "Public - Credit card
at all times", "Private - Fleet customers only"), "Access Days Time", "EV Level1 EVSE Num", "EV Level2 EVSE Num",
"EV DC Fast Count" (blank when none or not electric), "EV Network" ("ChargePoint Network", "Tesla",
"Non-Networked", ...), "EV Connector Types" ("J1772 J1772COMBO"), Latitude, Longitude, "Date Last Confirmed",
ID, "Updated At" ("2024-03-01 15:22:11 UTC"), "Owner Type Code" (P / T / LG / SG / FG, blank often), "Open Date"
("2021-05-14", blank for many non-electric stations) and Country ("US"); and an ONS ASHE Table 14.7a (annual gross
pay by occupation, 4-digit SOC, all employees, 2023 provisional) as saved to CSV with Description, Code (blank on the
"All employees" total row, then 1-, 2-, 3- and 4-digit codes, so it reads back as numbers), "Number of jobs
(thousand)", Median, "Annual percentage change", Mean, a second "Annual percentage change" (read back as
"Annual percentage change.1"), the percentiles "10" ... "90", "x" where ONS suppresses an unreliable estimate,
".." where not available, and a "Median quality" column carrying the spreadsheet's shading key in words (blank for
precise, "Reasonably precise", "Acceptable, use with caution"). All are generated with fixed seeds 18701-18707.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _text
from .heldout38 import _month
from .offline_eval import DAY_WORDS, Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

# --- shared helpers ------------------------------------------------------------------------------------------------


def _abouts(*values: Callable[[pd.DataFrame], Any], rel: float = 0.01) -> Check:
    """Any one of the values, to within `rel`."""
    return either(*(_about(v, rel=rel) for v in values))


def _num(s: pd.Series) -> pd.Series:
    """Numbers from text such as "x", "..", "1,234" or blanks."""
    return pd.to_numeric(s.astype("string").str.replace(r"[^0-9.\-]", "", regex=True), errors="coerce")


def _top(scores: pd.Series, ascending: bool = False) -> str:
    return str(scores.sort_values(ascending=ascending, kind="stable").index[0])


def _pick(*labels: Callable[[pd.DataFrame], str]) -> Check:
    """Any one of the labels, named beside the answer's superlative."""
    return either(*(_lead(_named(v)) for v in labels))


def _weekday(value: Callable[[pd.DataFrame], int]) -> Check:
    """A weekday (Monday = 0) by its name or short form."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        day = int(value(df))
        return None if re.search(rf"\b(?:{DAY_WORDS[day]})s?\b", answer, re.IGNORECASE) else f"missing day {day}"

    return check


def _when(value: Callable[[pd.DataFrame], Any]) -> Check:
    """A month, by name alone or with its year."""
    return either(_month_year(value), _month(value))


# --- 1. Bearable symptom and mood tracker export -------------------------------------------------------------------

_BR_SYMPTOMS = ["Headache", "Fatigue", "Brain fog", "Nausea", "Back pain", "Anxiety", "Bloating"]
_BR_SYMPTOM_P = [0.30, 0.25, 0.15, 0.06, 0.10, 0.09, 0.05]
_BR_FACTORS = ["Caffeine", "Alcohol", "Exercise", "Meditation", "Work stress", "Social time"]


def _bearable_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18701)
    rows: list[dict[str, Any]] = []

    def add(day: pd.Timestamp, tod: str, cat: str, amount: Any, detail: str = "", notes: str = "") -> None:
        rows.append(
            {
                "date": day.strftime("%Y-%m-%d"),
                "date formatted": f"{day.day} {day:%B %Y}",
                "weekday": f"{day:%a}",
                "time of day": tod,
                "category": cat,
                "rating/amount": amount,
                "detail": detail,
                "notes": notes,
            }
        )

    for day in pd.date_range("2023-10-01", "2024-03-31", freq="D"):
        if rng.random() < 0.07:
            continue
        sleep = float(np.clip(rng.normal(7.0, 1.1), 3.5, 10.0))
        add(day, "all day", "Sleep", f"{round(sleep * 4) / 4:g}")
        dip = -0.9 if day.month == 1 else (0.4 if day.month == 10 else 0.0)
        base = 5.6 + 0.55 * (sleep - 7.0) + dip
        for tod in ("am", "mid", "pm"):
            if tod != "am" and rng.random() < 0.35:
                continue
            add(day, tod, "Mood", int(np.clip(round(base + rng.normal(0, 1.3)), 1, 10)))
            if rng.random() < 0.6:
                add(day, tod, "Energy", int(np.clip(round(3 + 0.4 * (sleep - 7) + rng.normal(0, 0.9)), 1, 5)))
        for _ in range(int(rng.poisson(0.9 + (0.6 if sleep < 6 else 0.0)))):
            symptom = _one(rng, _BR_SYMPTOMS, _BR_SYMPTOM_P)
            add(day, _one(rng, ["am", "mid", "pm"]), "Symptoms", int(rng.integers(1, 5)), symptom)
        for factor in _BR_FACTORS:
            if rng.random() < (0.7 if factor == "Caffeine" else 0.25):
                add(day, "all day", "Factors", "", factor)
        if rng.random() < 0.3:
            add(day, "pm", "Meds/Supplements", int(rng.integers(1, 3)), "Ibuprofen 200mg")
        if rng.random() < 0.8:
            add(day, "all day", "Health measurements", int(max(rng.normal(7500, 2500), 800)), "Steps")
        if rng.random() < 0.05:
            rows[-1]["notes"] = _one(rng, ["rough day", "travel", "period started", "slept badly", "good run"])
    return pd.DataFrame(rows)


def _br_rows(d: pd.DataFrame, cat: str) -> pd.DataFrame:
    out = d[_text(d["category"]) == cat].copy()
    out["_v"] = _num(out["rating/amount"])
    out["_d"] = pd.to_datetime(out["date"])
    return out


def _br_daily(d: pd.DataFrame, cat: str) -> pd.Series:
    r = _br_rows(d, cat)
    return r.groupby("_d")["_v"].mean()


def _br_worst_month(daily: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(d: pd.DataFrame) -> pd.Timestamp:
        if daily:
            s = _br_daily(d, "Mood")
            by = s.groupby(s.index.to_period("M")).mean()
        else:
            r = _br_rows(d, "Mood")
            by = r.groupby(r["_d"].dt.to_period("M"))["_v"].mean()
        return by.idxmin().to_timestamp()

    return value


def _br_headache(d: pd.DataFrame) -> pd.DataFrame:
    r = _br_rows(d, "Symptoms")
    return r[_text(r["detail"]) == "Headache"]


_BR_ID = ("date", "category", "rating/amount")
_BEARABLE_QS = [
    Q(
        "whats my average mood",
        _abouts(lambda d: _br_rows(d, "Mood")["_v"].mean(), lambda d: _br_daily(d, "Mood").mean(), rel=0.004),
        _BR_ID,
    ),
    Q(
        "on how many days did i have a headache",
        either(_count(lambda d: int(_br_headache(d)["date"].nunique())), _count(lambda d: len(_br_headache(d)))),
        (*_BR_ID, "detail"),
    ),
    Q(
        "which symptom do i get most",
        _pick(lambda d: _top(_br_rows(d, "Symptoms")["detail"].value_counts())),
        (*_BR_ID, "detail"),
    ),
    Q(
        "how much do i sleep on average",
        _abouts(lambda d: _br_rows(d, "Sleep")["_v"].mean(), lambda d: _br_rows(d, "Sleep")["_v"].median()),
        _BR_ID,
    ),
    Q(
        "is my mood better when i sleep more?",
        _corr(lambda d: _br_daily(d, "Sleep"), lambda d: _br_daily(d, "Mood")),
        _BR_ID,
    ),
    Q(
        "which month was my mood worst",
        either(_when(_br_worst_month(True)), _when(_br_worst_month(False))),
        _BR_ID,
    ),
]


# --- 2. Habitica task history export -------------------------------------------------------------------------------

_HB_HABITS = ["Drink water", "No social media before noon", "Take the stairs", "Eat a vegetable", "Snacking"]
_HB_DAILIES = [
    ("Make bed", 0.9, False),
    ("Duolingo lesson", 0.75, False),
    ("Read 20 pages", 0.55, False),
    ("Workout", 0.5, True),
    ("Journal", 0.45, False),
    ("Floss", 0.65, False),
    ("Inbox zero", 0.6, True),
    ("Stretch", 0.4, False),
]
_HB_TODOS = [
    "Renew passport",
    "Call dentist",
    "Fix bike tire",
    "Book flights",
    "File taxes",
    "Clean garage",
    "Buy gift for mom",
    "Update resume",
    "Cancel gym trial",
    "Return package",
    "Order contacts",
    "Plan birthday party",
    "Back up laptop",
    "Pay parking ticket",
    "Schedule oil change",
    "Sort photos",
    "Write thank-you notes",
    "Replace smoke detector",
    "Donate clothes",
    "Set up budget sheet",
    "Research new phone",
    "Email landlord",
    "Fix leaky faucet",
    "Read lease",
]


def _hb_uuid(rng: np.random.Generator) -> str:
    h = "".join(_one(rng, list("0123456789abcdef")) for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{h[16:20]}-{h[20:]}"


def _habitica_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18702)
    ids = {name: _hb_uuid(rng) for name in [*_HB_HABITS, *(n for n, _, _ in _HB_DAILIES), *_HB_TODOS]}
    rows: list[dict[str, Any]] = []
    values = {name: 0.0 for name in ids}
    days = pd.date_range("2023-09-01", "2024-04-30", freq="D")
    for day in days:
        slump = 0.7 if day.month == 12 else 1.0
        for name, p, weekdays_only in _HB_DAILIES:
            if weekdays_only and day.weekday() >= 5:
                continue
            done = rng.random() < p * slump * (0.8 if day.weekday() == 6 else 1.0)
            v = values[name]
            values[name] = round(v + (0.9 ** max(v, 0)) if done else v - 0.8 * (0.96 ** max(-v, 0)), 4)
            stamp = day + pd.Timedelta(seconds=int(rng.integers(6 * 3600, 23 * 3600)))
            rows.append((name, "daily", stamp, values[name], done))
        for name in _HB_HABITS:
            for _ in range(int(rng.poisson(0.5))):
                bad = name == "Snacking"
                values[name] = round(values[name] + (-1.0 if bad else 0.9 ** max(values[name], 0)), 4)
                stamp = day + pd.Timedelta(seconds=int(rng.integers(7 * 3600, 23 * 3600)))
                rows.append((name, "habit", stamp, values[name], None))
    for name in _HB_TODOS:
        made = days[int(rng.integers(0, len(days) - 10))]
        done = rng.random() < 0.7
        when = made + pd.Timedelta(days=int(rng.integers(0, 40)), seconds=int(rng.integers(8 * 3600, 22 * 3600)))
        rows.append((name, "todo", min(when, days[-1] + pd.Timedelta(hours=20)), round(rng.uniform(-3, 1), 4), done))
    rows.sort(key=lambda r: r[2])
    return pd.DataFrame(
        {
            "Task Name": [r[0] for r in rows],
            "Task ID": [ids[r[0]] for r in rows],
            "Task Type": [r[1] for r in rows],
            "Date": [r[2].strftime("%Y-%m-%d %H:%M:%S") for r in rows],
            "Value": [r[3] for r in rows],
            "Completed": [r[4] for r in rows],
        }
    )


def _hb(d: pd.DataFrame, kind: str) -> pd.DataFrame:
    out = d[_text(d["Task Type"]) == kind].copy()
    out["_done"] = _text(out["Completed"]).str.lower() == "true"
    out["_t"] = pd.to_datetime(out["Date"])
    return out


def _hb_march(d: pd.DataFrame) -> float:
    r = _hb(d, "daily")
    return float(r.loc[r["_t"].dt.to_period("M") == pd.Period("2024-03", "M"), "_done"].mean())


def _hb_best_day(rate: bool) -> Callable[[pd.DataFrame], int]:
    def value(d: pd.DataFrame) -> int:
        r = _hb(d, "daily")
        g = r.groupby(r["_t"].dt.weekday)["_done"]
        return int(_top(g.mean() if rate else g.sum()))

    return value


def _hb_skipped(rate: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        r = _hb(d, "daily")
        g = (~r["_done"]).groupby(r["Task Name"])
        return _top(g.mean() if rate else g.sum())

    return value


_HB_ID = ("Task Name", "Task Type", "Task ID", "Date")
_HABITICA_QS = [
    Q(
        "how many different habits am i tracking",
        _count(lambda d: int(_hb(d, "habit")["Task Name"].nunique())),
        _HB_ID,
    ),
    Q(
        "what percent of my dailies did i actually get done",
        _share(lambda d: float(_hb(d, "daily")["_done"].mean())),
        (*_HB_ID, "Completed"),
    ),
    Q("and in march 2024?", _share(_hb_march), (*_HB_ID, "Completed")),
    Q(
        "which daily do i skip the most",
        _pick(_hb_skipped(False), _hb_skipped(True)),
        (*_HB_ID, "Completed"),
    ),
    Q(
        "what day of the week am i best at doing my dailies",
        either(_weekday(_hb_best_day(True)), _weekday(_hb_best_day(False))),
        (*_HB_ID, "Completed"),
    ),
    Q(
        "how many to-dos are still not done",
        _count(lambda d: int((~_hb(d, "todo")["_done"]).sum())),
        (*_HB_ID, "Completed"),
    ),
]


# --- 3. QuickBooks Time (TSheets) timesheet export -----------------------------------------------------------------

_QT_PEOPLE = [
    ("Marcus", "Bell", "Field Crew"),
    ("Dana", "Ortiz", "Field Crew"),
    ("Luis", "Herrera", "Field Crew"),
    ("Kevin", "Walsh", "Field Crew"),
    ("Tyrone", "Jackson", "Field Crew"),
    ("Amy", "Nguyen", "Install Team"),
    ("Brett", "Larson", "Install Team"),
    ("Carlos", "Mendez", "Install Team"),
    ("Jenna", "Fox", "Install Team"),
    ("Priya", "Shah", "Office"),
    ("Megan", "Doyle", "Office"),
    ("Sam", "Kowalski", "Office"),
]
_QT_JOBS = {
    "Field Crew": ["Smith Residence Remodel", "Oak St Duplex", "Riverside Deck", "Travel", "Shop Time"],
    "Install Team": ["Oak St Duplex", "Lakeview Kitchen", "Smith Residence Remodel", "Travel", "Warranty Callback"],
    "Office": ["Admin", "Estimating", "Payroll", "Admin"],
}


def _tsheets_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18703)
    rows: list[dict[str, Any]] = []
    for k, (first, last, group) in enumerate(_QT_PEOPLE):
        user = f"{first[0].lower()}{last.lower()}"
        for day in pd.bdate_range("2024-01-02", "2024-04-30"):
            if rng.random() < 0.08:
                continue
            tz = -4 if day >= pd.Timestamp("2024-03-10") else -5
            start = day + pd.Timedelta(hours=float(rng.choice([6.5, 7.0, 7.0, 7.5, 8.0])))
            for _ in range(int(_one(rng, [1, 2, 3], [0.4, 0.4, 0.2]))):
                length = float(np.clip(rng.normal(3.6, 1.3), 0.3, 9.0))
                end = start + pd.Timedelta(minutes=round(length * 60))
                manual = rng.random() < 0.06
                hours = round((end - start).total_seconds() / 3600, 2)
                status = _one(rng, ["approved", "submitted", ""], [0.8, 0.12, 0.08])
                if day >= pd.Timestamp("2024-04-22"):
                    status = _one(rng, ["approved", "submitted", ""], [0.2, 0.5, 0.3])
                rows.append(
                    {
                        "username": user,
                        "payroll_id": f"{1040 + k}",
                        "fname": first,
                        "lname": last,
                        "number": 100 + k,
                        "group": group,
                        "local_date": f"{day:%Y-%m-%d}",
                        "local_day": f"{day:%A}",
                        "local_start_time": "" if manual else f"{start:%Y-%m-%dT%H:%M:00}{tz:+03d}:00",
                        "local_end_time": "" if manual else f"{end:%Y-%m-%dT%H:%M:00}{tz:+03d}:00",
                        "tz": tz,
                        "hours": hours,
                        "jobcode": _one(rng, _QT_JOBS[group]),
                        "location": "(Address unavailable)" if rng.random() < 0.5 else "Shop - 410 Industrial Dr",
                        "notes": "" if rng.random() < 0.85 else _one(rng, ["forgot to clock in", "lunch", "rain"]),
                        "approved_status": status,
                    }
                )
                start = end + pd.Timedelta(minutes=int(rng.integers(0, 45)))
    return pd.DataFrame(rows)


def _qt_people(d: pd.DataFrame) -> pd.Series:
    return d.groupby(_text(d["fname"]) + " " + _text(d["lname"]))["hours"].sum()


_QT_ID = ("fname", "lname", "username", "local_date", "hours")
_TSHEETS_QS = [
    Q("how many hours were logged in total", has(lambda d: d["hours"].sum(), rel=0.001), ("hours",)),
    Q(
        "who put in the most hours",
        either(
            _pick(lambda d: _top(_qt_people(d))),
            _pick(lambda d: _top(d.groupby("username")["hours"].sum())),
        ),
        _QT_ID,
    ),
    Q(
        "which job took up the most time",
        _pick(lambda d: _top(d.groupby("jobcode")["hours"].sum())),
        ("jobcode", "hours"),
    ),
    Q(
        "how long is a typical time entry",
        _abouts(lambda d: d["hours"].mean(), lambda d: d["hours"].median()),
        ("hours",),
    ),
    Q(
        "how many hours did the field crew log in february",
        has(
            lambda d: d.loc[
                (_text(d["group"]) == "Field Crew") & d["local_date"].astype(str).str.startswith("2024-02"), "hours"
            ].sum(),
            rel=0.001,
        ),
        ("group", "local_date", "hours"),
    ),
    Q(
        "how many entries still havent been approved",
        _count(lambda d: int((_text(d["approved_status"]) != "approved").sum())),
        ("approved_status",),
    ),
]


# --- 4. Zoho Expense expense export --------------------------------------------------------------------------------

_ZE_PEOPLE = ["Hannah Reyes", "Omar Farouk", "Lisa Chen", "Greg Thompson", "Anita Desai", "Peter Novak"]
# category: merchants, typical USD amount, spread
_ZE_CATEGORIES: dict[str, tuple[list[str], float, float]] = {
    "Air Travel": (["Delta Air Lines", "DELTA AIR", "United Airlines", "British Airways", "Air Canada"], 420, 0.5),
    "Lodging": (["Marriott", "Hilton Garden Inn", "HILTON HOTELS", "Premier Inn", "Airbnb"], 210, 0.45),
    "Meals and Entertainment": (["Starbucks", "STARBUCKS #1123", "Chipotle", "Pret A Manger", "Local Bistro"], 38, 0.7),
    "Ground Transportation": (["Uber", "UBER *TRIP", "Lyft", "Hertz", "Yellow Cab"], 32, 0.6),
    "Office Supplies": (["Staples", "Amazon", "AMAZON MKTPLACE", "Office Depot"], 55, 0.7),
    "Software Subscriptions": (["Zoom", "Adobe", "Slack", "Dropbox"], 29, 0.4),
    "Mileage": (["", ""], 48, 0.5),
}
_ZE_CAT_P = [0.07, 0.1, 0.33, 0.25, 0.1, 0.07, 0.08]
_ZE_RATES = {"USD": 1.0, "EUR": 1.08, "GBP": 1.26, "CAD": 0.74, "INR": 0.012}


def _zoho_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18704)
    rows: list[dict[str, Any]] = []
    days = pd.date_range("2023-07-01", "2024-06-30", freq="D")
    report = 40
    for i in range(1450):
        cat = _one(rng, list(_ZE_CATEGORIES), _ZE_CAT_P)
        merchants, usd, spread = _ZE_CATEGORIES[cat]
        person = _one(rng, _ZE_PEOPLE, [3, 2, 2, 1.5, 1, 1])
        cur = "USD" if cat == "Mileage" else _one(rng, list(_ZE_RATES), [0.72, 0.12, 0.08, 0.06, 0.02])
        rate = _ZE_RATES[cur] * float(rng.uniform(0.98, 1.02)) if cur != "USD" else 1.0
        total_usd = round(usd * float(rng.lognormal(0, spread)) * (1.6 if person == "Greg Thompson" else 1.0), 2)
        amount = round(total_usd / rate, 2)
        status = _one(rng, ["Reimbursed", "Approved", "Submitted", "Rejected", "Unreported"], [55, 15, 12, 5, 13])
        if rng.random() < 0.2:
            report += 1
        rows.append(
            {
                "Expense Date": f"{days[int(rng.integers(len(days)))]:%d %b %Y}",
                "Expense Number": f"EXP-{i + 1:05d}",
                "Report Number": "" if status == "Unreported" else f"ER-{report:05d}",
                "Report Name": "" if status == "Unreported" else f"{person.split()[0]} trip {report}",
                "Submitted By": person,
                "Merchant Name": _one(rng, merchants),
                "Category Name": cat,
                "Description": "" if rng.random() < 0.6 else _one(rng, ["client dinner", "conference", "team lunch"]),
                "Currency Code": cur,
                "Expense Amount": amount,
                "Exchange Rate": round(rate, 4),
                "Total (in USD)": round(amount * round(rate, 4), 2),
                "Is Billable": _one(rng, ["true", "false"], [0.3, 0.7]),
                "Is Reimbursable": "false" if cat == "Software Subscriptions" else "true",
                "Expense Status": status,
                "Receipt Attached": "No" if cat == "Mileage" or rng.random() < 0.09 else "Yes",
            }
        )
    return pd.DataFrame(rows)


def _ze_kept(d: pd.DataFrame, drop_rejected: bool) -> pd.DataFrame:
    return d[_text(d["Expense Status"]) != "Rejected"] if drop_rejected else d


_ZE_ID = ("Total (in USD)", "Expense Number")
_ZOHO_QS = [
    Q(
        "how much have we spent in total in dollars",
        either(
            has(lambda d: d["Total (in USD)"].sum(), rel=0.002),
            has(lambda d: _ze_kept(d, True)["Total (in USD)"].sum(), rel=0.002),
        ),
        (*_ZE_ID, "Expense Status"),
    ),
    Q(
        "which category do we spend the most on",
        _pick(
            lambda d: _top(d.groupby("Category Name")["Total (in USD)"].sum()),
            lambda d: _top(_ze_kept(d, True).groupby("Category Name")["Total (in USD)"].sum()),
        ),
        (*_ZE_ID, "Category Name", "Expense Status"),
    ),
    Q(
        "how many expenses were paid in euros",
        _count(lambda d: int((_text(d["Currency Code"]) == "EUR").sum())),
        ("Currency Code", "Expense Number"),
    ),
    Q(
        "whats the average hotel bill",
        _abouts(
            lambda d: d.loc[_text(d["Category Name"]) == "Lodging", "Total (in USD)"].mean(),
            lambda d: _ze_kept(d, True).loc[lambda x: _text(x["Category Name"]) == "Lodging", "Total (in USD)"].mean(),
        ),
        (*_ZE_ID, "Category Name", "Expense Status", "Merchant Name"),
    ),
    Q(
        "who spent the most",
        _pick(
            lambda d: _top(d.groupby("Submitted By")["Total (in USD)"].sum()),
            lambda d: _top(_ze_kept(d, True).groupby("Submitted By")["Total (in USD)"].sum()),
        ),
        (*_ZE_ID, "Submitted By", "Expense Status"),
    ),
    Q(
        "how many expenses are missing a receipt",
        _count(lambda d: int((_text(d["Receipt Attached"]) == "No").sum())),
        ("Receipt Attached", "Expense Number"),
    ),
]


# --- 5. Philadelphia OPA properties --------------------------------------------------------------------------------

# description: code, weight, typical market value, building code descriptions
_OPA_KINDS: dict[str, tuple[int, float, float, list[str]]] = {
    "SINGLE FAMILY": (1, 0.62, 260_000, ["ROW 2 STY MASONRY", "ROW 3 STY MASONRY", "TWIN CONVENTIONAL", "DET 2 STY"]),
    "MULTI FAMILY": (2, 0.12, 390_000, ["ROW CONV/APT 3 STY MAS", "APTS 2-4 UNITS", "ROW W/GAR 3 STY MAS"]),
    "MIXED USE": (3, 0.06, 420_000, ["ROW W/OFF STR 2STY MASONRY", "STORE W/APT 3 STY MAS"]),
    "COMMERCIAL": (4, 0.06, 900_000, ["STORE 1 STY MASONRY", "OFFICE BLDG MASONRY", "GARAGE SERVICE"]),
    "INDUSTRIAL": (5, 0.03, 1_200_000, ["WAREHOUSE MASONRY", "MANUFACTURING"]),
    "VACANT LAND": (6, 0.11, 45_000, ["VACANT LAND RESIDE < ACRE", "VAC LAND COMM < ACRE"]),
}
_OPA_ZIPS = {"19103": 2.3, "19147": 1.6, "19130": 1.7, "19104": 1.2, "19125": 1.1, "19148": 0.9, "19134": 0.45}
_OPA_ZIPS |= {"19140": 0.4, "19143": 0.55, "19120": 0.6, "19149": 0.75, "19111": 0.85}
_OPA_STREETS = ["S 9TH ST", "N BROAD ST", "FEDERAL ST", "W GIRARD AVE", "E SUSQUEHANNA AVE", "CASTOR AVE", "PINE ST"]


def _opa_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18705)
    rows: list[dict[str, Any]] = []
    kinds = list(_OPA_KINDS)
    for i in range(3200):
        kind = _one(rng, kinds, [_OPA_KINDS[k][1] for k in kinds])
        code, _, typical, buildings = _OPA_KINDS[kind]
        zip5 = _one(rng, list(_OPA_ZIPS))
        vacant = kind == "VACANT LAND"
        area = 0 if vacant else int(max(rng.normal(1300, 350), 500) * (1.0 if code <= 2 else 2.5))
        value = typical * _OPA_ZIPS[zip5] * float(rng.lognormal(0, 0.3)) * (1 if vacant else area / 1300) ** 0.8
        value = int(round(value, -2))
        land = int(round(value * rng.uniform(0.1, 0.25), -2))
        exempt = rng.random() < 0.04
        homestead = 80000 if code == 1 and rng.random() < 0.45 else 0
        built = 0 if rng.random() < 0.05 or vacant else int(np.clip(rng.normal(1928, 22), 1850, 2023))
        if rng.random() < 0.12:
            built = int(rng.integers(2005, 2024)) if not vacant else 0
        sale = pd.Timestamp("1985-01-01") + pd.Timedelta(days=int(rng.integers(0, 14000)))
        nominal = rng.random() < 0.08
        price = 1 if nominal else int(round(value * float(rng.uniform(0.5, 1.2)) * (0.6 + (sale.year - 1985) / 50), -2))
        residential = code <= 3
        rows.append(
            {
                "objectid": 400000 + i,
                "parcel_number": f"{int(rng.integers(10, 89)):02d}{int(rng.integers(1000000, 9999999))}",
                "location": f"{int(rng.integers(100, 7000))} {_one(rng, _OPA_STREETS)}",
                "category_code": code,
                "category_code_description": kind,
                "building_code_description": _one(rng, buildings),
                "market_value": value,
                "sale_date": f"{sale:%Y-%m-%d} 00:00:00",
                "sale_price": price,
                "taxable_building": 0 if exempt else max(value - land - homestead, 0),
                "taxable_land": 0 if exempt else land,
                "exempt_building": value - land if exempt else min(homestead, value - land),
                "exempt_land": land if exempt else 0,
                "total_livable_area": area,
                "total_area": int(area * rng.uniform(0.6, 1.4)) + (int(rng.integers(600, 3000)) if vacant else 0),
                "number_of_bedrooms": int(rng.integers(2, 5)) if residential and not vacant else None,
                "number_of_bathrooms": int(rng.integers(1, 3)) if residential and not vacant else None,
                "number_stories": 0 if vacant else int(rng.integers(1, 4)),
                "year_built": str(built),
                "zip_code": zip5 + f"{int(rng.integers(1000, 9999))}" if rng.random() < 0.6 else zip5,
                "zoning": _one(rng, ["RSA5", "RM1", "CMX2", "CMX2.5", "I2", "RSA3"]),
                "owner_1": _one(rng, ["SMITH JOHN", "CITY OF PHILA", "PHILA HOUSING AUTH", "NGUYEN LINH", "LLC 2201"]),
                "homestead_exemption": homestead,
                "exterior_condition": None if vacant or rng.random() < 0.05 else int(rng.integers(1, 8)),
                "interior_condition": None if vacant or rng.random() < 0.08 else int(rng.integers(1, 8)),
            }
        )
    return pd.DataFrame(rows)


def _opa_zip_top(how: str) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        z = d["zip_code"].astype("Int64").astype(str).str[:5]
        return _top(d.groupby(z)["market_value"].agg(how))

    return value


def _opa_built(single: bool, how: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        y = _num(d["year_built"])
        keep = y > 0
        if single:
            keep &= _text(d["category_code_description"]) == "SINGLE FAMILY"
        return float(y[keep].agg(how))

    return value


def _opa_big_sales(d: pd.DataFrame) -> int:
    when = pd.to_datetime(d["sale_date"])
    return int(((d["sale_price"] > 500_000) & (when >= "2020-01-01")).sum())


def _opa_area(positive: bool) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: d["total_livable_area"].where(d["total_livable_area"] > 0) if positive else d["total_livable_area"]


_OPA_ID = ("category_code_description", "category_code", "objectid", "parcel_number")
_OPA_QS = [
    Q(
        "how many vacant lots are there",
        _count(lambda d: int((_text(d["category_code_description"]) == "VACANT LAND").sum())),
        _OPA_ID,
    ),
    Q(
        "median market value of single family homes?",
        has(
            lambda d: d.loc[_text(d["category_code_description"]) == "SINGLE FAMILY", "market_value"].median(),
            rel=0.003,
        ),
        (*_OPA_ID, "market_value"),
    ),
    Q(
        "which zip code has the highest average value",
        _pick(_opa_zip_top("mean"), _opa_zip_top("median")),
        ("zip_code", "market_value", *_OPA_ID),
    ),
    Q(
        "how many places sold for over 500k since 2020",
        _count(_opa_big_sales),
        ("sale_price", "sale_date", *_OPA_ID),
    ),
    Q(
        "do bigger homes have higher market values",
        either(
            _corr(_opa_area(False), lambda d: d["market_value"]),
            _corr(_opa_area(True), lambda d: d["market_value"]),
        ),
        ("total_livable_area", "market_value", *_OPA_ID),
    ),
    Q(
        "whats the typical year the houses were built, ignoring the zeros",
        either(
            *(has(_opa_built(s, h), rel=0.0003) for s in (True, False) for h in ("mean", "median")),
        ),
        ("year_built", *_OPA_ID),
    ),
]


# --- 6. AFDC alternative fuel stations -----------------------------------------------------------------------------

_AF_STATES = {"CA": 30, "NY": 7, "FL": 6, "TX": 6, "MA": 5, "WA": 4.5, "CO": 4, "IL": 3.5, "GA": 3, "OH": 3}
_AF_STATES |= {"NC": 3, "PA": 3, "MI": 2.5, "AZ": 2.5, "MN": 2, "IA": 1.2, "OK": 1.5, "NE": 0.8}
_AF_NAMES = {"CA": "California", "NY": "New York", "FL": "Florida", "TX": "Texas", "MA": "Massachusetts"}
_AF_FUELS = ["ELEC", "E85", "LPG", "CNG", "BD", "HY", "LNG", "RD"]
_AF_FUEL_P = [0.82, 0.06, 0.05, 0.03, 0.015, 0.005, 0.003, 0.017]
_AF_NETWORKS = ["ChargePoint Network", "Non-Networked", "Tesla", "Blink Network", "Electrify America", "EVgo Network"]
_AF_NETWORK_P = [0.38, 0.2, 0.14, 0.1, 0.07, 0.06]
_AF_NETWORKS += ["SHELL_RECHARGE", "FLO"]
_AF_NETWORK_P += [0.03, 0.02]


def _afdc_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18706)
    rows: list[dict[str, Any]] = []
    states = list(_AF_STATES)
    for i in range(3600):
        fuel = _one(rng, _AF_FUELS, _AF_FUEL_P)
        state = _one(rng, states, [_AF_STATES[s] for s in states])
        elec = fuel == "ELEC"
        network = _one(rng, _AF_NETWORKS, _AF_NETWORK_P) if elec else ""
        fast = network in ("Tesla", "Electrify America", "EVgo Network") or (elec and rng.random() < 0.08)
        status = _one(rng, ["E", "P", "T"], [0.93, 0.05, 0.02])
        public = rng.random() < (0.86 if elec else 0.7)
        opened = pd.Timestamp("2011-01-01") + pd.Timedelta(days=int(4800 * rng.random() ** 0.55))
        access = (
            _one(rng, ["Public", "Public - Credit card at all times", "Public - Call ahead"], [0.7, 0.2, 0.1])
            if public
            else _one(rng, ["Private", "Private - Fleet customers only", "Private - Government only"])
        )
        confirmed = pd.Timestamp("2024-01-01") + pd.Timedelta(days=int(rng.integers(0, 90)))
        rows.append(
            {
                "Fuel Type Code": fuel,
                "Station Name": f"{_one(rng, ['CITY OF', 'Walmart', 'Whole Foods', 'Kwik Trip', 'Hyatt'])} {i}",
                "Street Address": f"{int(rng.integers(1, 9999))} {_one(rng, ['Main St', 'Oak Ave', 'Hwy 1'])}",
                "City": f"City{int(rng.integers(1, 60))}",
                "State": state,
                "ZIP": f"{int(rng.integers(10000, 99999))}",
                "Station Phone": "" if rng.random() < 0.4 else "888-758-4389",
                "Status Code": status,
                "Groups With Access Code": access,
                "Access Days Time": "24 hours daily" if rng.random() < 0.6 else "7am-7pm M-F",
                "EV Level1 EVSE Num": int(rng.integers(1, 3)) if elec and rng.random() < 0.05 else None,
                "EV Level2 EVSE Num": int(rng.integers(1, 9)) if elec and not (fast and rng.random() < 0.7) else None,
                "EV DC Fast Count": int(_one(rng, [1, 2, 4, 6, 8, 12])) if fast else None,
                "EV Network": network,
                "EV Connector Types": ("J1772COMBO CHADEMO" if fast else "J1772") if elec else "",
                "Latitude": round(float(rng.uniform(25, 48)), 6),
                "Longitude": round(float(rng.uniform(-124, -70)), 6),
                "Date Last Confirmed": f"{confirmed:%Y-%m-%d}",
                "ID": 100000 + i * 7,
                "Updated At": "2024-03-01 15:22:11 UTC",
                "Owner Type Code": "" if rng.random() < 0.5 else _one(rng, ["P", "T", "LG", "SG", "FG"]),
                "Open Date": f"{opened:%Y-%m-%d}" if elec or rng.random() < 0.4 else "",
                "Country": "US",
            }
        )
    return pd.DataFrame(rows)


def _af_elec(d: pd.DataFrame, open_only: bool = False) -> pd.DataFrame:
    out = d[_text(d["Fuel Type Code"]) == "ELEC"]
    return out[_text(out["Status Code"]) == "E"] if open_only else out


def _af_public(elec: bool, exact: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        r = _af_elec(d) if elec else d
        g = _text(r["Groups With Access Code"])
        return float((g == "Public").mean() if exact else g.str.startswith("Public").mean())

    return value


def _af_network(skip_none: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        n = _text(_af_elec(d)["EV Network"])
        return _top(n[n != "Non-Networked"].value_counts() if skip_none else n.value_counts())

    return value


def _af_opened(elec: bool) -> Callable[[pd.DataFrame], int]:
    def value(d: pd.DataFrame) -> int:
        r = _af_elec(d) if elec else d
        return int((pd.to_datetime(r["Open Date"]).dt.year == 2022).sum())

    return value


def _af_state(d: pd.DataFrame) -> str:
    return _top(_af_elec(d)["State"].value_counts())


_AF_ID = ("Fuel Type Code", "ID", "Station Name")
_AFDC_QS = [
    Q(
        "how many ev charging stations are in here",
        either(_count(lambda d: len(_af_elec(d))), _count(lambda d: len(_af_elec(d, True)))),
        (*_AF_ID, "Status Code"),
    ),
    Q(
        "which state has the most of them",
        either(_lead(_named(_af_state)), _lead(_named(lambda d: _AF_NAMES.get(_af_state(d), _af_state(d))))),
        (*_AF_ID, "State"),
    ),
    Q(
        "how many dc fast chargers are there in total",
        _count(lambda d: int(d["EV DC Fast Count"].sum())),
        (*_AF_ID, "EV DC Fast Count"),
    ),
    Q(
        "which charging network has the most stations",
        _pick(_af_network(False), _af_network(True)),
        (*_AF_ID, "EV Network"),
    ),
    Q(
        "how many stations opened in 2022",
        either(_count(_af_opened(False)), _count(_af_opened(True))),
        (*_AF_ID, "Open Date"),
    ),
    Q(
        "what share of stations are open to the public",
        either(*(_share(_af_public(e, x)) for e in (True, False) for x in (True, False))),
        (*_AF_ID, "Groups With Access Code", "Status Code"),
    ),
]


# --- 7. ONS ASHE Table 14.7a: annual gross pay by occupation --------------------------------------------------------

_ASHE_MAJOR = [
    ("Managers, directors and senior officials", 48000, 2400),
    ("Professional occupations", 43000, 6400),
    ("Associate professional occupations", 36000, 3900),
    ("Administrative and secretarial occupations", 24500, 2700),
    ("Skilled trades occupations", 30000, 2100),
    ("Caring, leisure and other service occupations", 17500, 2600),
    ("Sales and customer service occupations", 15500, 2000),
    ("Process, plant and machine operatives", 28000, 1600),
    ("Elementary occupations", 14000, 3100),
]
_ASHE_WORDS = ["managers", "officers", "assistants", "technicians", "workers", "specialists", "supervisors"]
_ASHE_FIELDS = [
    "finance",
    "health",
    "engineering",
    "retail",
    "education",
    "IT",
    "transport",
    "construction",
    "legal",
    "hospitality",
    "agricultural",
    "marketing",
    "security",
    "property",
    "media",
    "science",
    "social care",
]
_ASHE_PCTS = ["10", "20", "25", "30", "40", "60", "70", "75", "80", "90"]
_ASHE_Z = [-1.2816, -0.8416, -0.6745, -0.5244, -0.2533, 0.2533, 0.5244, 0.6745, 0.8416, 1.2816]


def _ashe_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18707)
    leaves: list[list[Any]] = []
    tree: list[tuple[str, str, list[int]]] = []
    used: set[str] = set()
    for m, (major, level, jobs) in enumerate(_ASHE_MAJOR, start=1):
        start = len(leaves)
        for s in range(1, int(rng.integers(3, 6))):
            sub_start = len(leaves)
            sub_name = f"{_one(rng, _ASHE_FIELDS).capitalize()} and related {_one(rng, _ASHE_WORDS)}"
            for n in range(1, int(rng.integers(2, 6))):
                minor_start = len(leaves)
                field_ = _one(rng, _ASHE_FIELDS)
                minor_name = f"{field_.capitalize()} {_one(rng, _ASHE_WORDS)}"
                for u in range(1, int(rng.integers(3, 8))):
                    median = level * float(rng.lognormal(0, 0.22))
                    name = f"{_one(rng, _ASHE_FIELDS).capitalize()} {_one(rng, _ASHE_WORDS)}"
                    while name in used:
                        name = f"{field_.capitalize()} {_one(rng, _ASHE_WORDS)} n.e.c. {len(used)}"
                    used.add(name)
                    leaves.append(
                        [
                            name,
                            f"{m}{s}{n}{u}",
                            median,
                            float(rng.lognormal(0, 1.4)),
                            float(rng.normal(6.2, 4.0)),
                        ]
                    )
                tree.append((minor_name, f"{m}{s}{n}", list(range(minor_start, len(leaves)))))
            tree.append((sub_name, f"{m}{s}", list(range(sub_start, len(leaves)))))
        tree.append((major, f"{m}", list(range(start, len(leaves)))))
        scale = jobs / sum(leaves[i][3] for i in range(start, len(leaves)))
        for i in range(start, len(leaves)):
            leaves[i][3] *= scale

    def row(name: str, code: str, idx: list[int], quality_draw: float) -> list[Any]:
        jobs = sum(leaves[i][3] for i in idx)
        median = sum(leaves[i][2] * leaves[i][3] for i in idx) / jobs
        change = sum(leaves[i][4] * leaves[i][3] for i in idx) / jobs
        mean = median * float(rng.uniform(1.12, 1.3))
        pcts = [median * float(np.exp(0.45 * z)) for z in _ASHE_Z]
        small = jobs < 12
        hide = small and quality_draw < 0.35
        quality = "" if jobs > 60 else ("Reasonably precise" if jobs > 15 else "Acceptable, use with caution")
        out: list[Any] = [name, code, round(jobs)]
        out += ["x" if hide else round(median), "x" if hide else round(change, 1)]
        out += [
            "x" if small and quality_draw < 0.6 else round(mean),
            "x" if small else round(change + rng.normal(0, 1), 1),
        ]
        out += [".." if (k == 0 and small) or (hide and k in (0, 9)) else round(p) for k, p in enumerate(pcts)]
        return [*out, "" if hide else quality]

    rows = [row("All employees", "", list(range(len(leaves))), 1.0)]
    by_code = {code: (name, idx) for name, code, idx in tree}
    for code in sorted({*by_code, *(x[1] for x in leaves)}, key=lambda c: (c[0], c)):
        if code in by_code:
            rows.append(row(by_code[code][0], code, by_code[code][1], 1.0))
        else:
            i = next(k for k, x in enumerate(leaves) if x[1] == code)
            rows.append(row(leaves[i][0], code, [i], float(rng.random())))
    columns = ["Description", "Code", "Number of jobs (thousand)", "Median", "Annual percentage change", "Mean"]
    columns += ["Annual percentage change", *_ASHE_PCTS, "Median quality"]
    return pd.DataFrame(rows, columns=columns)


def _ashe_digits(d: pd.DataFrame) -> pd.Series:
    """How many digits each row's code has (0 for the total row)."""
    code = pd.to_numeric(d["Code"], errors="coerce")
    return code.map(lambda c: 0 if pd.isna(c) else len(str(int(c))))


def _ashe_top_pay(leaves_only: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        r = d[_ashe_digits(d) == 4] if leaves_only else d
        return _top(_num(r["Median"]).set_axis(_text(r["Description"])).dropna())

    return value


def _ashe_major_low(d: pd.DataFrame) -> str:
    r = d[_ashe_digits(d) == 1]
    return _top(_num(r["Median"]).set_axis(_text(r["Description"])), ascending=True)


def _ashe_growth(leaves_only: bool) -> Callable[[pd.DataFrame], int]:
    def value(d: pd.DataFrame) -> int:
        r = d[_ashe_digits(d) == 4] if leaves_only else d
        return int((_num(r["Annual percentage change"]) > 10).sum())

    return value


def _ashe_total(d: pd.DataFrame) -> pd.Series:
    return d[_ashe_digits(d) == 0].iloc[0]


_ASHE_ID = ("Description", "Code")
_ASHE_QS = [
    Q(
        "which job has the highest median pay",
        _pick(_ashe_top_pay(True), _ashe_top_pay(False)),
        (*_ASHE_ID, "Median"),
    ),
    Q(
        "how many rows have the median hidden with an x",
        _count(lambda d: int((_text(d["Median"]) == "x").sum())),
        (*_ASHE_ID, "Median"),
    ),
    Q(
        "of the 9 big occupation groups which one is paid the least",
        _lead(_named(_ashe_major_low)),
        (*_ASHE_ID, "Median"),
    ),
    Q(
        "how many jobs saw pay go up more than 10% on last year",
        either(_count(_ashe_growth(True)), _count(_ashe_growth(False))),
        (*_ASHE_ID, "Annual percentage change"),
    ),
    Q(
        "for all employees, how far apart are mean and median pay",
        has(
            lambda d: float(
                _num(pd.Series([_ashe_total(d)["Mean"]])).iloc[0] - _num(pd.Series([_ashe_total(d)["Median"]])).iloc[0]
            ),
            rel=0.001,
        ),
        (*_ASHE_ID, "Mean", "Median"),
    ),
    Q(
        "how many people work in professional occupations",
        either(
            has(lambda d: float(_num(d.loc[_ashe_digits(d) == 1, "Number of jobs (thousand)"]).iloc[1]), rel=0.001),
            has(
                lambda d: 1000 * float(_num(d.loc[_ashe_digits(d) == 1, "Number of jobs (thousand)"]).iloc[1]),
                rel=0.001,
            ),
        ),
        (*_ASHE_ID, "Number of jobs (thousand)"),
    ),
]


HELDOUT187: list[Dataset] = [
    Dataset("bearable_symptom_mood_export", _bearable_frame, _BEARABLE_QS),
    Dataset("habitica_task_history_export", _habitica_frame, _HABITICA_QS),
    Dataset("quickbooks_time_tsheets_timesheets", _tsheets_frame, _TSHEETS_QS),
    Dataset("zoho_expense_expense_export", _zoho_frame, _ZOHO_QS),
    Dataset("philadelphia_opa_properties", _opa_frame, _OPA_QS),
    Dataset("afdc_alt_fuel_stations", _afdc_frame, _AFDC_QS),
    Dataset("ons_ashe_table14_occupation_pay", _ashe_frame, _ASHE_QS),
]
