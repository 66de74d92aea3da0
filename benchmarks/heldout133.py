"""HELDOUT133: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports an analyst is likely to bring along: a Venmo for
Business monthly statement for a small bakery (ID, Datetime as "2024-03-04T09:15:22", Type Payment / Refund /
Standard Transfer / Instant Transfer, Status Complete / Issued, Note with emoji-free free text, From and To as
display names, Amount (total) as text "+ $12.50" / "- $500.00", Amount (tip) / Amount (tax) mostly blank, Amount
(fee) as "- $0.34" on customer payments and instant transfers, Tax Rate, Tax Exempt, Funding Source, Destination as
"Venmo balance" or a bank "Chase Bank Checking *4421", and the statement's own summary rows: a first row holding only
the Beginning Balance and a last row holding only the Ending Balance, Statement Period Venmo Fees and Year to Date
Venmo Fees, plus a Disclaimer column, March 2024); a Greenhouse interviews / scorecards report (Candidate ID,
Candidate, Application ID, Job, Job ID, Department, Office, Stage, Interview, Interviewer, Interview Date as
"03/05/2024 02:00 PM", Scorecard Submitted Yes / No, Scorecard Submitted Date in the same format and blank while due,
Overall Recommendation Strong Yes / Yes / No / Definitely Not / No Decision and blank while not submitted, a
candidate interviewed several times and a few candidates applying to two jobs, 2023-2024); a MyFitnessPal exercise
summary export (Date as "2024-01-05", Exercise as the app's long names "Walking, 3.0 mph, mod. pace" or "Bench Press,
Barbell", Type Cardio / Strength, Exercise Calories, Exercise Minutes, Sets, Reps Per Set, Pounds, Steps and Note,
strength rows with blank calories and minutes, "MFP iOS calorie adjustment" step rows with 0 minutes, 2023-2024); a
Toast POS item selection details / product mix export for one restaurant (Location, Order Id, Order #, Sent Date and
Order Date as "3/1/24 11:32 AM", Check Id, Server as "Last, First" (blank on DoorDash orders), Table, Dining Area,
Service Lunch / Dinner, Dining Option Dine In / Take Out / DoorDash, Item Selection Id, Menu Item, Menu Group, Menu,
Sales Category Food / Beverage / Alcohol, Gross Price, Discount, Net Price, Qty, Tax, Void? true / false, Deferred
and Tax Exempt, March 2024); NCES public school enrollment by state and grade (the wide Digest-style layout: State
with a "United States" total row each year, Year as "Fall 2013" ... "Fall 2022", Total as text with thousands commas,
Prekindergarten with "—" where not reported and "‡" where reporting standards were not met, Kindergarten, Grade 1 ...
Grade 12 and Ungraded); USGS volcano hazard notices (Notice ID, Observatory AVO / HVO / CVO / YVO / CalVO / AVO-NMI,
Volcano Name, Volcano Number, Notice Type VAN/VONA / DU / WU / MU / IS, Sent (UTC) as "2023-05-12 18:22:00", Alert
Level NORMAL / ADVISORY / WATCH / WARNING, Aviation Color Code GREEN / YELLOW / ORANGE / RED, Previous Alert Level
and Previous Color Code blank when unchanged, Latitude, Longitude and a Summary, 2021-2024); and Premier League match
events for part of a season (match_id, date "2023-08-11", season "2023/24", home_team, away_team, team, minute as
text with stoppage time "45+2", event_type Goal / Penalty / Own Goal / Missed Penalty / Yellow Card / Second Yellow /
Red Card / Substitution, player, assist blank unless a goal was assisted, player_off on substitutions). All are
generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _year
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, either, labels_in
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores).index[0])


def _topn(scores: pd.Series, n: int) -> list[str]:
    return [str(x) for x in _ranked(scores).index[:n]]


def _dollars(value: Callable[[pd.DataFrame], Any]) -> Check:
    """An amount, in full or in thousands / millions."""
    return _scaled(value, (1e3, 1e6))


def _txt(s: pd.Series) -> pd.Series:
    return s.astype("string").fillna("").str.strip()


def _num(s: pd.Series) -> pd.Series:
    """Numbers written with a sign, currency or thousands commas ("- $1,250.00"), blanks and dashes as NaN."""
    return pd.to_numeric(s.astype("string").str.replace(r"[^0-9.\-]", "", regex=True), errors="coerce")


def _stamp(start: str, end: str, rng: np.random.Generator, n: int) -> pd.Series:
    lo, hi = pd.Timestamp(start), pd.Timestamp(end)
    secs = np.sort(rng.integers(0, int((hi - lo).total_seconds()), n))
    return pd.Series(lo + pd.to_timedelta(secs, unit="s"))


_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _weekday(value: Callable[[pd.DataFrame], int]) -> Check:
    """A weekday by name (pandas' day_of_week, Monday = 0), full or short."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        name = _WEEKDAYS[int(value(df))]
        pattern = rf"\b(?:{name}|{name[:3]})s?\b"
        return None if re.search(pattern, answer, re.IGNORECASE) else f"missing weekday {name}"

    return check


def _hour(value: Callable[[pd.DataFrame], int]) -> Check:
    """An hour of the day: "18", "18:00", "6 PM", "6pm", "6:00 p.m."."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        h = int(value(df))
        twelve = h % 12 or 12
        half = "a" if h < 12 else "p"
        patterns = [
            rf"(?<![\d:.]){h:d}:00(?!\d)",
            rf"(?<![\d:.]){h:02d}:00(?!\d)",
            rf"(?<![\d:.]){twelve}(?::00)?\s*{half}\.?m\b",
            rf"\bhour\s+{h}\b",
            rf"(?<![\d:.$]){h}(?:\s*-\s*{h + 1})?\s*(?:h\b|hrs?\b|o'?clock)",
        ]
        return None if any(re.search(p, answer, re.IGNORECASE) for p in patterns) else f"missing hour {h}"

    return check


_FIRST = ["James", "Olivia", "Liam", "Emma", "Noah", "Ava", "Ethan", "Mia", "Lucas", "Sofia", "Mason", "Chloe"]
_FIRST += ["Priya", "Wei", "Carlos", "Fatima", "Daniel", "Grace", "Omar", "Hannah", "Tom", "Aisha", "Marco", "Lena"]
_FIRST += ["Jack", "Harry", "Ruby", "Ivy", "Kai", "Zara", "Leo", "Nina", "Sam", "Elena", "Felix", "Maya"]
_LAST = ["Smith", "Johnson", "Garcia", "Brown", "Miller", "Davis", "Patel", "Chen", "Nguyen", "Kim", "Lopez"]
_LAST += ["Wilson", "Martin", "Clark", "Lewis", "Walker", "Young", "Hall", "Allen", "Wright", "Scott", "Green"]
_LAST += ["Okafor", "Silva", "Novak", "Berg", "Costa", "Reyes", "Ward", "Hughes", "Murphy", "Price", "Bennett"]


def _person(rng: np.random.Generator) -> str:
    return f"{_one(rng, _FIRST)} {_one(rng, _LAST)}"


# --- 1. Venmo for Business monthly statement -----------------------------------------------------------------------

_VM_BIZ = "Sunrise Bakery"
_VM_NOTES = ["coffee", "croissants", "sourdough loaf", "birthday cake deposit", "bagels", "catering order", "pastries"]
_VM_NOTES += ["latte + muffin", "Order #", "cookies", "thanks!"]
_VM_COLS = ["ID", "Datetime", "Type", "Status", "Note", "From", "To", "Amount (total)", "Amount (tip)"]
_VM_COLS += ["Amount (tax)", "Amount (fee)", "Tax Rate", "Tax Exempt", "Funding Source", "Destination"]
_VM_COLS += ["Beginning Balance", "Ending Balance", "Statement Period Venmo Fees", "Terminal Location"]
_VM_COLS += ["Year to Date Venmo Fees", "Disclaimer"]


def _money(x: float) -> str:
    sign = "-" if x < 0 else "+"
    return f"{sign} ${abs(x):,.2f}"


def _venmo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13301)
    n = 1150
    times = _stamp("2024-03-01 06:30", "2024-03-31 19:00", rng, n)
    customers = list(dict.fromkeys(_person(rng) for _ in range(260)))[:180]
    weights = 1.0 / np.arange(1, len(customers) + 1) ** 0.9
    rows: list[dict[str, Any]] = []
    start_balance = 1843.27
    balance = start_balance
    fees_total = 0.0
    paid: list[tuple[str, float]] = []
    next_id = 4012736150123456789
    for t in times:
        # fewer customers on Mondays, more on weekends
        if t.dayofweek == 0 and rng.random() < 0.35:
            continue
        if t.hour < 6 or t.hour > 18:
            continue
        next_id += int(rng.integers(1000, 90000))
        row = {c: "" for c in _VM_COLS}
        row["ID"] = str(next_id)
        row["Datetime"] = f"{t:%Y-%m-%dT%H:%M:%S}"
        r = rng.random()
        if r < 0.035 and paid:
            who, amount = paid[int(rng.integers(len(paid)))]
            row |= {"Type": "Refund", "Status": "Complete", "Note": "refund - " + str(_one(rng, _VM_NOTES))}
            row |= {"From": _VM_BIZ, "To": who, "Amount (total)": _money(-amount), "Funding Source": "Venmo balance"}
            balance -= amount
        elif r < 0.075:
            instant = rng.random() < 0.4
            amount = round(float(rng.uniform(300, 1500)), 2)
            row |= {"Type": "Instant Transfer" if instant else "Standard Transfer", "Status": "Issued"}
            row |= {"From": _VM_BIZ, "Amount (total)": _money(-amount), "Destination": "Chase Bank Checking *4421"}
            if instant:
                fee = round(min(max(amount * 0.0175, 0.25), 25.0), 2)
                row["Amount (fee)"] = _money(-fee)
                fees_total += fee
                balance -= fee
            balance -= amount
        else:
            who = str(_one(rng, customers, weights))
            if rng.random() < 0.1:
                amount = round(float(rng.uniform(40, 260)), 2)
            else:
                amount = round(float(rng.gamma(3.0, 4.2)) + 2.5, 2)
            fee = round(amount * 0.019 + 0.10, 2)
            fees_total += fee
            tip = ""
            if rng.random() < 0.12:
                tip = _money(round(amount * float(_one(rng, [0.1, 0.15, 0.2])), 2))
            note = str(_one(rng, _VM_NOTES))
            if note == "Order #":
                note = f"Order #{int(rng.integers(1000, 9999))}"
            row |= {"Type": "Payment", "Status": "Complete", "Note": note, "From": who, "To": _VM_BIZ}
            row |= {"Amount (total)": _money(amount), "Amount (tip)": tip, "Amount (fee)": _money(-fee)}
            row |= {"Tax Rate": "0", "Tax Exempt": "", "Destination": "Venmo balance"}
            row["Funding Source"] = str(
                _one(rng, ["Venmo balance", "Visa Debit *1234", "", "Bank *8812"], [3, 3, 2, 1])
            )
            balance += amount - fee
            paid.append((who, amount))
        rows.append(row)
    head = {c: "" for c in _VM_COLS} | {"Beginning Balance": f"${start_balance:,.2f}"}
    tail = {c: "" for c in _VM_COLS} | {"Ending Balance": f"${balance:,.2f}"}
    tail |= {
        "Statement Period Venmo Fees": f"-${fees_total:,.2f}",
        "Year to Date Venmo Fees": f"-${fees_total * 3.1:,.2f}",
    }
    tail["Disclaimer"] = "In case of errors or questions about your electronic transfers: contact Venmo support."
    return pd.DataFrame([head, *rows, tail], columns=_VM_COLS)


def _vm_in(d: pd.DataFrame) -> pd.Series:
    return (_txt(d["Type"]) == "Payment") & (_num(d["Amount (total)"]) > 0)


def _vm_when(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Datetime"], errors="coerce")


def _vm_busiest(by_amount: bool) -> Callable[[pd.DataFrame], int]:
    def value(d: pd.DataFrame) -> int:
        keep = _vm_in(d)
        days = _vm_when(d)[keep].dt.dayofweek
        score = _num(d.loc[keep, "Amount (total)"]).groupby(days).sum() if by_amount else days.value_counts()
        return int(_ranked(score).index[0])

    return value


def _vm_regular(d: pd.DataFrame) -> str:
    return _top(_txt(d.loc[_vm_in(d), "From"]).value_counts())


def _vm_paid_by(net: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        who = _vm_regular(d)
        total = float(_num(d.loc[_vm_in(d) & (_txt(d["From"]) == who), "Amount (total)"]).sum())
        if net:
            total += float(_num(d.loc[(_txt(d["Type"]) == "Refund") & (_txt(d["To"]) == who), "Amount (total)"]).sum())
        return total

    return value


_VM_REFUND = lambda d: _txt(d["Type"]) == "Refund"  # noqa: E731

_VENMO_QS = [
    Q(
        "how much money came in from customers this month?",
        either(
            _dollars(lambda d: float(_num(d.loc[_vm_in(d), "Amount (total)"]).sum())),
            _dollars(
                lambda d: float(
                    _num(d.loc[_vm_in(d), "Amount (total)"]).sum() + _num(d["Amount (fee)"])[_vm_in(d)].sum()
                )
            ),
        ),
        ("Type", "Amount (total)", "Amount (fee)", "To"),
    ),
    Q(
        "how much did venmo take in fees?",
        either(
            _dollars(lambda d: float(-_num(d["Amount (fee)"]).sum())),
            _dollars(lambda d: float(-_num(d.loc[_vm_in(d), "Amount (fee)"]).sum())),
        ),
        ("Amount (fee)", "Statement Period Venmo Fees", "Type"),
    ),
    Q(
        "which day of the week gets the most payments",
        either(_lead(_weekday(_vm_busiest(False))), _lead(_weekday(_vm_busiest(True)))),
        ("Datetime", "Type", "Amount (total)"),
    ),
    Q(
        "how many refunds did we give and how much were they",
        _count(lambda d: [int(_VM_REFUND(d).sum()), float(-_num(d.loc[_VM_REFUND(d), "Amount (total)"]).sum())]),
        ("Type", "Amount (total)"),
    ),
    Q(
        "who paid us the most times",
        _lead(_named(_vm_regular)),
        ("From", "Type", "ID"),
    ),
    Q(
        "how much did they pay in total?",
        either(_dollars(_vm_paid_by(False)), _dollars(_vm_paid_by(True))),
        ("From", "Type", "Amount (total)", "To"),
    ),
]


# --- 2. Greenhouse interviews report -------------------------------------------------------------------------------

# job: (department, office, job id, weight)
_GH_JOBS = {
    "Software Engineer, Backend": ("Engineering", "San Francisco", 4412001, 22),
    "Senior Frontend Engineer": ("Engineering", "Remote", 4412002, 14),
    "Product Manager": ("Product", "New York", 4412003, 10),
    "Account Executive": ("Sales", "Chicago", 4412004, 16),
    "Data Scientist": ("Data", "Remote", 4412005, 12),
    "Customer Support Specialist": ("Support", "Austin", 4412006, 14),
}
_GH_ROUNDS = [
    ("Recruiter Phone Screen", "Application Review"),
    ("Hiring Manager Interview", "Phone Interview"),
    ("Technical Interview", "Face to Face"),
    ("Values Interview", "Face to Face"),
    ("Final Interview", "Face to Face"),
]
_GH_RECS = ["Strong Yes", "Yes", "No", "Definitely Not", "No Decision"]
# interviewer: mean hours to submit
_GH_PANEL = {
    "Alex Moreno": 8,
    "Beth Carter": 20,
    "Chris Ito": 30,
    "Dana Whitfield": 14,
    "Evan Schultz": 55,
    "Farah Haddad": 12,
    "Gabe Novak": 26,
    "Helen Park": 40,
    "Ian Brooks": 18,
    "Julia Santos": 10,
}
_GH_FMT = "%m/%d/%Y %I:%M %p"


def _greenhouse_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13302)
    panel = list(_GH_PANEL)
    load = [5, 4, 3, 4, 2, 5, 3, 2, 4, 3]
    rows = []
    end = pd.Timestamp("2024-12-20 18:00")
    cand_id = 38810000
    app_id = 61220000
    known: list[tuple[int, str]] = []
    for _ in range(560):
        if known and rng.random() < 0.06:
            cid, name = known[int(rng.integers(len(known)))]
        else:
            cand_id += int(rng.integers(3, 400))
            cid, name = cand_id, _person(rng)
            known.append((cid, name))
        app_id += int(rng.integers(5, 900))
        job = str(_one(rng, list(_GH_JOBS), [v[3] for v in _GH_JOBS.values()]))
        dept, office, jid, _ = _GH_JOBS[job]
        quality = rng.normal(0, 1)
        day = pd.Timestamp("2023-01-09") + pd.Timedelta(days=int(rng.integers(0, 700)))
        rounds = int(_one(rng, [1, 2, 3, 4, 5], [25, 25, 20, 15, 15]))
        for k in range(rounds):
            interview, stage = _GH_ROUNDS[k]
            day = day + pd.Timedelta(days=int(rng.integers(2, 9)))
            at = day.normalize() + pd.Timedelta(hours=int(rng.integers(9, 17)), minutes=int(_one(rng, [0, 15, 30, 45])))
            if at.dayofweek >= 5:
                at += pd.Timedelta(days=7 - at.dayofweek)
            who = str(_one(rng, panel, load))
            lag = pd.Timedelta(hours=float(rng.gamma(1.6, _GH_PANEL[who] / 1.6)) + 0.8)
            submitted = at + lag
            missing = submitted > end or rng.random() < 0.05
            score = quality + rng.normal(0, 0.8)
            rec = "Strong Yes" if score > 1.3 else "Yes" if score > 0.2 else "No" if score > -1.0 else "Definitely Not"
            if rng.random() < 0.06:
                rec = "No Decision"
            rows.append(
                {
                    "Candidate ID": cid,
                    "Candidate": name,
                    "Application ID": app_id,
                    "Job": job,
                    "Job ID": jid,
                    "Department": dept,
                    "Office": office,
                    "Stage": stage,
                    "Interview": interview,
                    "Interviewer": who,
                    "Interview Date": at.strftime(_GH_FMT),
                    "Scorecard Submitted": "No" if missing else "Yes",
                    "Scorecard Submitted Date": "" if missing else submitted.strftime(_GH_FMT),
                    "Overall Recommendation": "" if missing else rec,
                }
            )
            if score < -0.6 and k >= 1:
                break
    out = pd.DataFrame(rows)
    out = out[pd.to_datetime(out["Interview Date"], format=_GH_FMT) <= end]
    return out.sort_values("Interview Date", key=lambda s: pd.to_datetime(s, format=_GH_FMT)).reset_index(drop=True)


def _gh_lag(d: pd.DataFrame) -> pd.Series:
    a = pd.to_datetime(d["Interview Date"], format=_GH_FMT, errors="coerce")
    b = pd.to_datetime(d["Scorecard Submitted Date"], format=_GH_FMT, errors="coerce")
    return (b - a).dt.total_seconds() / 86400


def _gh_slowest(how: str) -> Callable[[pd.DataFrame], str]:
    return lambda d: _top(_gh_lag(d).groupby(d["Interviewer"]).agg(how))


_GREENHOUSE_QS = [
    Q(
        "how many candidates have we interviewed?",
        either(
            _count(lambda d: int(d["Candidate ID"].nunique())), _count(lambda d: int(d["Application ID"].nunique()))
        ),
        ("Candidate ID", "Candidate", "Application ID"),
    ),
    Q(
        "who has done the most interviews",
        _lead(_named(lambda d: _top(d["Interviewer"].value_counts()))),
        ("Interviewer",),
    ),
    Q(
        "what percent of scorecards still haven't been turned in?",
        _share(lambda d: float((_txt(d["Scorecard Submitted"]) == "No").mean())),
        ("Scorecard Submitted", "Scorecard Submitted Date", "Overall Recommendation"),
    ),
    Q(
        "which job gets the most strong yes votes",
        _lead(_named(lambda d: _top(d.loc[_txt(d["Overall Recommendation"]) == "Strong Yes", "Job"].value_counts()))),
        ("Job", "Job ID", "Overall Recommendation"),
    ),
    Q(
        "on average how long after the interview do people submit their scorecard?",
        either(
            _about(lambda d: float(_gh_lag(d).mean()), rel=0.02),
            _about(lambda d: float(_gh_lag(d).mean() * 24), rel=0.02),
            _about(lambda d: float(_gh_lag(d).median()), rel=0.02),
            _about(lambda d: float(_gh_lag(d).median() * 24), rel=0.02),
        ),
        ("Interview Date", "Scorecard Submitted Date", "Scorecard Submitted"),
    ),
    Q(
        "who's the slowest at it?",
        either(_lead(_named(_gh_slowest("mean"))), _lead(_named(_gh_slowest("median")))),
        ("Interviewer", "Interview Date", "Scorecard Submitted Date", "Scorecard Submitted"),
    ),
]


# --- 3. MyFitnessPal exercise summary ------------------------------------------------------------------------------

# exercise: (weight, calories per minute, minutes mean)
_MF_CARDIO = {
    "Walking, 3.0 mph, mod. pace": (30, 4.6, 40),
    "Running (jogging), 5 mph (12 min mile)": (14, 11.0, 30),
    "Cycling, stationary, moderate": (12, 8.5, 35),
    "Elliptical Trainer, general": (8, 8.0, 30),
    "Swimming laps, freestyle, light/moderate effort": (5, 9.0, 35),
    "Yoga": (6, 3.2, 50),
}
_MF_STRENGTH = {
    "Bench Press, Barbell": (9, (95, 185)),
    "Squats": (8, (115, 225)),
    "Deadlift": (6, (135, 265)),
    "Dumbbell Curl": (6, (20, 40)),
    "Lat Pulldown": (5, (70, 130)),
}
_MF_ADJ = "MFP iOS calorie adjustment"


def _mfp_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13303)
    rows = []
    names = list(_MF_CARDIO) + list(_MF_STRENGTH)
    weights = [v[0] for v in _MF_CARDIO.values()] + [v[0] for v in _MF_STRENGTH.values()]
    weight_kg = 92.0
    for day in pd.date_range("2023-01-02", "2024-12-30", freq="D"):
        # keener in January and spring
        keen = 0.55 + 0.25 * (day.month in (1, 2, 4, 5)) - 0.2 * (day.month in (11, 12))
        if rng.random() > keen:
            continue
        weight_kg -= 0.01
        for _ in range(int(_one(rng, [1, 1, 1, 2, 3]))):
            ex = str(_one(rng, names, weights))
            row = {"Date": f"{day:%Y-%m-%d}", "Exercise": ex, "Type": "", "Exercise Calories": np.nan}
            row |= {"Exercise Minutes": np.nan, "Sets": np.nan, "Reps Per Set": np.nan, "Pounds": np.nan}
            row |= {"Steps": np.nan, "Note": ""}
            if ex in _MF_CARDIO:
                _, per_min, mean_min = _MF_CARDIO[ex]
                mins = int(max(8, round(rng.normal(mean_min, mean_min * 0.3))))
                cal = round(mins * per_min * weight_kg / 85 * float(rng.normal(1, 0.08)))
                row |= {"Type": "Cardio", "Exercise Calories": cal, "Exercise Minutes": mins}
            else:
                lo, hi = _MF_STRENGTH[ex][1]
                progress = (day - pd.Timestamp("2023-01-01")).days / 730
                pounds = 5 * round((lo + (hi - lo) * progress * float(rng.uniform(0.7, 1.0))) / 5)
                row |= {
                    "Type": "Strength",
                    "Sets": int(_one(rng, [3, 3, 4, 5])),
                    "Reps Per Set": int(_one(rng, [5, 8, 10, 12])),
                }
                row["Pounds"] = pounds
            row["Note"] = str(_one(rng, ["", "", "", "", "", "felt good", "tired", "gym", "w/ Sam"]))
            rows.append(row)
        if rng.random() < 0.3:
            steps = int(rng.integers(9000, 19000))
            rows.append(
                {
                    "Date": f"{day:%Y-%m-%d}",
                    "Exercise": _MF_ADJ,
                    "Type": "Cardio",
                    "Exercise Calories": int((steps - 8000) * 0.04),
                    "Exercise Minutes": 0,
                    "Sets": np.nan,
                    "Reps Per Set": np.nan,
                    "Pounds": np.nan,
                    "Steps": steps,
                    "Note": "",
                }
            )
    return pd.DataFrame(rows)


def _mf_real(d: pd.DataFrame) -> pd.Series:
    return d["Exercise"] != _MF_ADJ


def _mf_month(adj: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(d: pd.DataFrame) -> pd.Timestamp:
        keep = pd.Series(True, index=d.index) if adj else _mf_real(d)
        months = pd.to_datetime(d["Date"]).dt.to_period("M")
        return pd.Period(
            _ranked(d.loc[keep, "Exercise Calories"].groupby(months[keep]).sum()).index[0], "M"
        ).to_timestamp()

    return value


def _mf_cardio(d: pd.DataFrame, zeros: bool) -> pd.DataFrame:
    keep = (d["Type"] == "Cardio") & (zeros | (d["Exercise Minutes"] > 0))
    return d[keep]


_MFP_QS = [
    Q(
        "how many calories have i burned exercising in total?",
        either(
            _dollars(lambda d: float(d["Exercise Calories"].sum())),
            _dollars(lambda d: float(d.loc[_mf_real(d), "Exercise Calories"].sum())),
        ),
        ("Exercise Calories", "Exercise"),
    ),
    Q(
        "what workout do i do most often",
        either(
            _lead(_named(lambda d: _top(d["Exercise"].value_counts()))),
            _lead(_named(lambda d: _top(d.loc[_mf_real(d), "Exercise"].value_counts()))),
        ),
        ("Exercise", "Type"),
    ),
    Q(
        "how long is a typical cardio session",
        either(
            *(
                _about(lambda d, z=z, h=h: float(_mf_cardio(d, z)["Exercise Minutes"].agg(h)), rel=0.01)
                for z in (True, False)
                for h in ("mean", "median")
            )
        ),
        ("Exercise Minutes", "Type", "Exercise"),
    ),
    Q(
        "which month did i burn the most calories",
        either(_lead(_month_year(_mf_month(True))), _lead(_month_year(_mf_month(False)))),
        ("Date", "Exercise Calories", "Exercise"),
    ),
    Q(
        "do longer workouts actually burn more? how strong is the link",
        either(
            _corr(
                lambda d: _mf_cardio(d, False)["Exercise Minutes"], lambda d: _mf_cardio(d, False)["Exercise Calories"]
            ),
            _corr(
                lambda d: _mf_cardio(d, True)["Exercise Minutes"], lambda d: _mf_cardio(d, True)["Exercise Calories"]
            ),
        ),
        ("Exercise Minutes", "Exercise Calories", "Type", "Exercise"),
    ),
    Q(
        "whats the heaviest i've benched",
        _count(lambda d: float(d.loc[d["Exercise"].str.contains("Bench Press"), "Pounds"].max())),
        ("Exercise", "Pounds"),
    ),
]


# --- 4. Toast item selection details / product mix -----------------------------------------------------------------

# item: (menu group, sales category, price, weight)
_TS_ITEMS = {
    "Classic Burger": ("Burgers", "Food", 15.0, 14),
    "Bacon Cheeseburger": ("Burgers", "Food", 17.0, 10),
    "Veggie Burger": ("Burgers", "Food", 15.0, 4),
    "Fried Chicken Sandwich": ("Sandwiches", "Food", 14.5, 9),
    "Caesar Salad": ("Salads", "Food", 12.0, 6),
    "Cobb Salad": ("Salads", "Food", 14.0, 4),
    "Truffle Fries": ("Sides", "Food", 8.0, 12),
    "French Fries": ("Sides", "Food", 5.0, 16),
    "Onion Rings": ("Sides", "Food", 6.0, 6),
    "Wings (10pc)": ("Starters", "Food", 16.0, 7),
    "Fountain Soda": ("Soft Drinks", "Beverage", 3.0, 15),
    "Iced Tea": ("Soft Drinks", "Beverage", 3.5, 6),
    "Milkshake": ("Desserts", "Food", 7.5, 5),
    "IPA Draft": ("Beer", "Alcohol", 7.0, 9),
    "Lager Draft": ("Beer", "Alcohol", 6.0, 7),
    "House Margarita": ("Cocktails", "Alcohol", 11.0, 5),
    "Glass of Cabernet": ("Wine", "Alcohol", 12.0, 3),
}
_TS_SERVERS = ["Diaz, Maria", "Okafor, Ben", "Nguyen, Tina", "Reyes, Luis", "Walsh, Kate", "Park, Jin"]
_TS_FMT = "%-m/%-d/%y %-I:%M %p"


def _toast_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13304)
    items = list(_TS_ITEMS)
    weights = [v[3] for v in _TS_ITEMS.values()]
    rows = []
    order_id = 700000000000012345
    for day in pd.date_range("2024-03-01", "2024-03-24", freq="D"):
        n_orders = int(rng.poisson(42 if day.dayofweek >= 4 else 30))
        hours = rng.choice(np.arange(11, 22), size=n_orders, p=np.array([8, 14, 11, 5, 3, 4, 9, 13, 12, 6, 3]) / 88)
        for order_no, h in enumerate(np.sort(hours), start=1):
            at = day + pd.Timedelta(hours=int(h), minutes=int(rng.integers(0, 60)))
            order_id += int(rng.integers(100, 5000))
            option = str(_one(rng, ["Dine In", "Take Out", "DoorDash"], [6, 2, 2]))
            server = str(_one(rng, _TS_SERVERS, [5, 4, 4, 3, 3, 2])) if option != "DoorDash" else ""
            table = str(int(rng.integers(1, 25))) if option == "Dine In" else ""
            area = str(_one(rng, ["Main Dining", "Bar", "Patio"], [5, 3, 1])) if option == "Dine In" else ""
            check_id = order_id + 7
            for _ in range(int(rng.integers(1, 6))):
                item = str(_one(rng, items, weights))
                group, cat, price, _ = _TS_ITEMS[item]
                if cat == "Alcohol" and option != "Dine In":
                    item, (group, cat, price, _) = "Fountain Soda", _TS_ITEMS["Fountain Soda"]
                qty = int(_one(rng, [1, 1, 1, 1, 2, 3]))
                gross = round(price * qty, 2)
                discount = round(gross * 0.2, 2) if rng.random() < 0.06 else 0.0
                void = rng.random() < 0.02
                net = round(gross - discount, 2)
                rows.append(
                    {
                        "Location": "Harbor Grill - Main St",
                        "Order Id": order_id,
                        "Order #": order_no,
                        "Sent Date": (at + pd.Timedelta(minutes=1)).strftime(_TS_FMT),
                        "Order Date": at.strftime(_TS_FMT),
                        "Check Id": check_id,
                        "Server": server,
                        "Table": table,
                        "Dining Area": area,
                        "Service": "Lunch" if h < 16 else "Dinner",
                        "Dining Option": option,
                        "Item Selection Id": int(order_id * 10 + rng.integers(0, 9)),
                        "Menu Item": item,
                        "Menu Group": group,
                        "Menu": "Bar Menu" if cat == "Alcohol" else "Main Menu",
                        "Sales Category": cat,
                        "Gross Price": gross,
                        "Discount": discount,
                        "Net Price": net,
                        "Qty": qty,
                        "Tax": round(net * 0.0875, 2),
                        "Void?": "true" if void else "false",
                        "Deferred": "false",
                        "Tax Exempt": "false",
                    }
                )
    return pd.DataFrame(rows)


def _ts_ok(d: pd.DataFrame, voids: bool) -> pd.Series:
    return pd.Series(True, index=d.index) if voids else _txt(d["Void?"]).str.lower() != "true"


def _ts_busy(by_rows: bool) -> Callable[[pd.DataFrame], int]:
    def value(d: pd.DataFrame) -> int:
        hours = pd.to_datetime(d["Order Date"], format="%m/%d/%y %I:%M %p").dt.hour
        score = hours.value_counts() if by_rows else hours.groupby(d["Order Id"]).first().value_counts()
        return int(_ranked(score).index[0])

    return value


_TOAST_QS = [
    Q(
        "what did we do in total sales?",
        either(
            *(
                _dollars(lambda d, v=v, c=c: float(d.loc[_ts_ok(d, v), c].sum()))
                for v in (True, False)
                for c in ("Net Price", "Gross Price")
            )
        ),
        ("Net Price", "Gross Price", "Void?"),
    ),
    Q(
        "top 5 items by how many we sold",
        either(
            labels_in(lambda d: _topn(d.loc[_ts_ok(d, False)].groupby("Menu Item")["Qty"].sum(), 5)),
            labels_in(lambda d: _topn(d.groupby("Menu Item")["Qty"].sum(), 5)),
        ),
        ("Menu Item", "Qty", "Void?"),
    ),
    Q(
        "how much did we sell in food vs alcohol",
        either(
            *(
                _dollars(
                    lambda d, v=v, c=c: (
                        d.loc[_ts_ok(d, v)].groupby("Sales Category")[c].sum()[["Food", "Alcohol"]].to_numpy()
                    )
                )
                for v in (True, False)
                for c in ("Net Price", "Gross Price")
            )
        ),
        ("Sales Category", "Net Price", "Gross Price", "Void?"),
    ),
    Q(
        "which server sold the most?",
        either(
            _lead(_named(lambda d: _top(d.loc[_ts_ok(d, False)].groupby("Server")["Net Price"].sum()))),
            _lead(_named(lambda d: _top(d.groupby("Server")["Net Price"].sum()))),
        ),
        ("Server", "Net Price", "Gross Price", "Void?"),
    ),
    Q(
        "how many items got voided",
        either(
            _count(lambda d: int((~_ts_ok(d, False)).sum())),
            _count(lambda d: int(d.loc[~_ts_ok(d, False), "Qty"].sum())),
        ),
        ("Void?", "Qty", "Menu Item"),
    ),
    Q(
        "what time of day are we busiest",
        either(_lead(_hour(_ts_busy(False))), _lead(_hour(_ts_busy(True)))),
        ("Order Date", "Order Id", "Sent Date"),
    ),
]


# --- 5. NCES public school enrollment by state and grade -----------------------------------------------------------

# state: fall 2013 enrollment in thousands
_NC_STATES = {
    "Alabama": 745, "Alaska": 131, "Arizona": 1103, "Arkansas": 490, "California": 6237, "Colorado": 877,
    "Connecticut": 547, "Delaware": 132, "District of Columbia": 78, "Florida": 2720, "Georgia": 1723, "Hawaii": 186,
    "Idaho": 296, "Illinois": 2067, "Indiana": 1047, "Iowa": 502, "Kansas": 497, "Kentucky": 677, "Louisiana": 711,
    "Maine": 183, "Maryland": 866, "Massachusetts": 955, "Michigan": 1549, "Minnesota": 851, "Mississippi": 492,
    "Missouri": 918, "Montana": 144, "Nebraska": 312, "Nevada": 452, "New Hampshire": 187, "New Jersey": 1370,
    "New Mexico": 339, "New York": 2733, "North Carolina": 1530, "North Dakota": 103, "Ohio": 1724, "Oklahoma": 681,
    "Oregon": 593, "Pennsylvania": 1755, "Rhode Island": 142, "South Carolina": 746, "South Dakota": 133,
    "Tennessee": 993, "Texas": 5153, "Utah": 626, "Vermont": 88, "Virginia": 1273, "Washington": 1058,
    "West Virginia": 280, "Wisconsin": 874, "Wyoming": 92,
}  # fmt: skip
_NC_GRADES = ["Kindergarten"] + [f"Grade {g}" for g in range(1, 13)]


def _nces_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13305)
    years = list(range(2013, 2023))
    states = list(_NC_STATES)
    growth = {s: float(rng.normal(0.002, 0.009)) for s in states}
    prek_share = {s: float(rng.uniform(0.005, 0.09)) for s in states}
    no_prek = set(rng.choice(states, 5, replace=False).tolist())
    shaky = {str(x) for x in rng.choice(states, 4, replace=False)}
    ungraded = set(rng.choice(states, 12, replace=False).tolist())
    rows = []
    for y in years:
        block = []
        for s in states:
            base = _NC_STATES[s] * 1000 * (1 + growth[s]) ** (y - 2013)
            if y >= 2020:
                base *= 0.97 if y == 2020 else 0.975 + 0.003 * (y - 2020)
            per = base / 13.5
            rec: dict[str, Any] = {"State": s, "Year": f"Fall {y}"}
            kind = per * (0.9 if y == 2020 else 1.0) * float(rng.normal(1, 0.01))
            values = {"Kindergarten": int(kind)}
            for g in range(1, 13):
                tilt = 1 + 0.004 * (g - 6) + (0.01 if g == 9 else 0) - (0.05 if g == 12 else 0)
                values[f"Grade {g}"] = int(per * tilt * float(rng.normal(1, 0.008)))
            prek = int(per * prek_share[s] * 13.5 * float(rng.normal(1, 0.03)))
            ung = int(per * 0.01 * float(rng.uniform(0.2, 1.0))) if s in ungraded else 0
            total = sum(values.values()) + ung
            if s in no_prek:
                prek_text = "—"
            elif s in shaky and y in (2015, 2016, 2020):
                prek_text = "‡"
            else:
                prek_text = str(prek)
                total += prek
            rec["Total"] = f"{total:,}"
            rec["Prekindergarten"] = prek_text
            rec |= values
            rec["Ungraded"] = str(ung) if s in ungraded else "—"
            block.append(rec)
        us: dict[str, Any] = {"State": "United States", "Year": f"Fall {y}"}
        frame = pd.DataFrame(block)
        us["Total"] = f"{int(_num(frame['Total']).sum()):,}"
        us["Prekindergarten"] = str(int(_num(frame["Prekindergarten"]).sum()))
        for g in _NC_GRADES:
            us[g] = int(frame[g].sum())
        us["Ungraded"] = str(int(_num(frame["Ungraded"]).sum()))
        rows.append(us)
        rows.extend(block)
    cols = ["State", "Year", "Total", "Prekindergarten", *_NC_GRADES, "Ungraded"]
    return pd.DataFrame(rows)[cols]


def _nc_states(d: pd.DataFrame, year: int) -> pd.DataFrame:
    return d[(_txt(d["State"]) != "United States") & (_txt(d["Year"]) == f"Fall {year}")]


def _nc_us(d: pd.DataFrame, year: int, col: str) -> float:
    return float(_num(d.loc[(_txt(d["State"]) == "United States") & (_txt(d["Year"]) == f"Fall {year}"), col]).iloc[0])


def _nc_growth(d: pd.DataFrame) -> pd.Series:
    a = _nc_states(d, 2013).set_index("State")["Total"].pipe(_num)
    b = _nc_states(d, 2022).set_index("State")["Total"].pipe(_num)
    return b / a - 1


def _nc_prek_missing(d: pd.DataFrame) -> pd.Series:
    keep = _txt(d["State"]) != "United States"
    return keep & _num(d["Prekindergarten"]).isna()


_NCES_QS = [
    Q(
        "which state had the most kids in public school in fall 2022?",
        _lead(_named(lambda d: _top(_nc_states(d, 2022).set_index("State")["Total"].pipe(_num)))),
        ("State", "Year", "Total"),
    ),
    Q(
        "how many students were enrolled nationwide in 2015",
        _dollars(lambda d: _nc_us(d, 2015, "Total")),
        ("State", "Year", "Total"),
    ),
    Q(
        "how much did kindergarten enrollment change across the country from 2013 to 2022?",
        either(
            _dollars(lambda d: abs(_nc_us(d, 2022, "Kindergarten") - _nc_us(d, 2013, "Kindergarten"))),
            _share(lambda d: abs(_nc_us(d, 2022, "Kindergarten") / _nc_us(d, 2013, "Kindergarten") - 1)),
        ),
        ("State", "Year", "Kindergarten"),
    ),
    Q(
        "which state grew the most in percentage terms over that stretch? total enrollment i mean",
        _lead(_named(lambda d: _top(_nc_growth(d)))),
        ("State", "Year", "Total"),
    ),
    Q(
        "how many states are missing pre-k numbers",
        either(
            _count(lambda d: int(d.loc[_nc_prek_missing(d), "State"].nunique())),
            _count(lambda d: int(_nc_prek_missing(d).sum())),
        ),
        ("State", "Year", "Prekindergarten"),
    ),
    Q(
        "average number of 12th graders per state in 2022?",
        either(
            _about(lambda d: float(_nc_states(d, 2022)["Grade 12"].mean()), rel=0.005),
            _about(lambda d: float(_nc_states(d, 2022)["Grade 12"].median()), rel=0.005),
            _about(
                lambda d: float(_nc_states(d, 2022).query("State != 'District of Columbia'")["Grade 12"].mean()),
                rel=0.005,
            ),
        ),
        ("State", "Year", "Grade 12"),
    ),
]


# --- 6. USGS volcano hazard notices --------------------------------------------------------------------------------

# volcano: (observatory, number, lat, lon, restlessness)
_VO = {
    "Kilauea": ("HVO", 332010, 19.421, -155.287, 0.9),
    "Mauna Loa": ("HVO", 332020, 19.475, -155.608, 0.25),
    "Great Sitkin": ("AVO", 311120, 52.076, -176.13, 0.8),
    "Shishaldin": ("AVO", 311360, 54.756, -163.97, 0.5),
    "Pavlof": ("AVO", 312030, 55.417, -161.894, 0.45),
    "Semisopochnoi": ("AVO", 311060, 51.93, 179.58, 0.55),
    "Cleveland": ("AVO", 311240, 52.825, -169.944, 0.5),
    "Atka volcanic complex": ("AVO", 311160, 52.331, -174.139, 0.2),
    "Spurr": ("AVO", 313040, 61.299, -152.251, 0.3),
    "Mount St. Helens": ("CVO", 321050, 46.2, -122.18, 0.05),
    "Mount Rainier": ("CVO", 321030, 46.853, -121.76, 0.0),
    "Yellowstone": ("YVO", 325010, 44.43, -110.67, 0.0),
    "Long Valley Caldera": ("CalVO", 323822, 37.7, -118.87, 0.0),
    "Ahyi": ("AVO-NMI", 284141, 20.42, 145.03, 0.35),
}
_VO_COLOR = {"NORMAL": "GREEN", "ADVISORY": "YELLOW", "WATCH": "ORANGE", "WARNING": "RED"}
_VO_LEVELS = list(_VO_COLOR)


def _volcano_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13306)
    rows = []
    seq = 0
    for name, (obs, vnum, lat, lon, rest) in _VO.items():
        level = 1 if rest > 0.6 else 0
        for week in pd.date_range("2021-01-04", "2024-12-23", freq="W-MON"):
            old = level
            r = rng.random()
            if r < 0.05 * rest and level < 3:
                level += 1 if level < 2 or rng.random() < 0.35 else 0
            elif r > 1 - 0.06 and level > 0:
                level -= 1
            notices: list[str] = []
            if level != old:
                notices.append("VAN/VONA")
            if level >= 2:
                notices += ["DU"] * int(rng.integers(3, 7))
            elif level == 1 or (rest > 0 and rng.random() < 0.3):
                notices.append("WU")
            elif week.day <= 7 and obs in ("YVO", "CalVO", "CVO"):
                notices.append("MU")
            if rng.random() < 0.02:
                notices.append("IS")
            for k, kind in enumerate(notices):
                seq += 1
                at = week + pd.Timedelta(days=k, hours=int(rng.integers(0, 24)), minutes=int(rng.integers(0, 60)))
                lv = _VO_LEVELS[level]
                color = _VO_COLOR[lv]
                if lv == "WATCH" and rng.random() < 0.15:
                    color = "RED"
                changed = kind == "VAN/VONA"
                summary = {
                    "VAN/VONA": f"Alert level changed to {lv} at {name}",
                    "DU": "Eruption continues; seismicity elevated" if level >= 2 else "Unrest continues",
                    "WU": "Low-level unrest continues" if level else "No significant changes",
                    "MU": "Activity remains at background levels",
                    "IS": "Information statement",
                }[kind]
                rows.append(
                    {
                        "Notice ID": f"DOI-USGS-{obs}-{at:%Y-%m-%dT%H:%M:%S}+00:00",
                        "Observatory": obs,
                        "Volcano Name": name,
                        "Volcano Number": vnum,
                        "Notice Type": kind,
                        "Sent (UTC)": f"{at:%Y-%m-%d %H:%M:%S}",
                        "Alert Level": lv,
                        "Aviation Color Code": color,
                        "Previous Alert Level": _VO_LEVELS[old] if changed else "",
                        "Previous Color Code": _VO_COLOR[_VO_LEVELS[old]] if changed else "",
                        "Latitude": lat,
                        "Longitude": lon,
                        "Summary": summary,
                    }
                )
    out = pd.DataFrame(rows).sort_values("Sent (UTC)", kind="stable").reset_index(drop=True)
    return out


def _vo_up(d: pd.DataFrame) -> pd.Series:
    return (_txt(d["Previous Color Code"]) == "GREEN") & (_txt(d["Aviation Color Code"]) == "YELLOW")


def _vo_kil(d: pd.DataFrame) -> pd.DataFrame:
    return d[_txt(d["Volcano Name"]) == "Kilauea"]


_VOLCANO_QS = [
    Q(
        "how many notices did each observatory put out",
        _count(lambda d: d["Observatory"].value_counts().to_numpy()),
        ("Observatory", "Notice ID"),
    ),
    Q(
        "which volcano has the most notices?",
        _lead(_named(lambda d: _top(d["Volcano Name"].value_counts()))),
        ("Volcano Name", "Volcano Number", "Notice ID"),
    ),
    Q(
        "how many notices were at the top alert level (warning)",
        either(
            _count(lambda d: int((_txt(d["Alert Level"]) == "WARNING").sum())),
            _count(
                lambda d: int(((_txt(d["Alert Level"]) == "WARNING") | (_txt(d["Aviation Color Code"]) == "RED")).sum())
            ),
        ),
        ("Alert Level", "Aviation Color Code"),
    ),
    Q(
        "what year had the most notices",
        _lead(_year(lambda d: int(_ranked(pd.to_datetime(d["Sent (UTC)"]).dt.year.value_counts()).index[0]))),
        ("Sent (UTC)", "Notice ID"),
    ),
    Q(
        "for kilauea, what share of its notices were at watch?",
        either(
            _share(lambda d: float((_txt(_vo_kil(d)["Alert Level"]) == "WATCH").mean())),
            _share(lambda d: float(_txt(_vo_kil(d)["Alert Level"]).isin(["WATCH", "WARNING"]).mean())),
        ),
        ("Volcano Name", "Alert Level", "Aviation Color Code"),
    ),
    Q(
        "how many volcanoes ever went from green up to yellow",
        either(
            _count(lambda d: int(d.loc[_vo_up(d), "Volcano Name"].nunique())),
            _count(lambda d: int(_vo_up(d).sum())),
        ),
        ("Volcano Name", "Aviation Color Code", "Previous Color Code", "Alert Level", "Previous Alert Level"),
    ),
]


# --- 7. Premier League match events --------------------------------------------------------------------------------

# team: attack strength, discipline (cards per match)
_PL_TEAMS = {
    "Manchester City": (2.3, 1.4), "Arsenal": (2.2, 1.6), "Liverpool": (2.2, 1.8), "Aston Villa": (1.8, 2.2),
    "Tottenham Hotspur": (1.8, 2.4), "Chelsea": (1.8, 2.6), "Newcastle United": (1.7, 2.0),
    "Manchester United": (1.5, 2.1), "West Ham United": (1.4, 2.0), "Crystal Palace": (1.3, 2.1),
    "Brighton & Hove Albion": (1.4, 2.0), "Bournemouth": (1.3, 2.3), "Fulham": (1.3, 2.2), "Wolves": (1.3, 2.5),
    "Everton": (1.1, 2.1), "Brentford": (1.4, 2.0), "Nottingham Forest": (1.2, 2.3), "Luton Town": (1.1, 1.9),
    "Burnley": (1.0, 1.8), "Sheffield United": (0.9, 2.6),
}  # fmt: skip


def _pl_minute(rng: np.random.Generator, lo: int = 1) -> str:
    m = int(rng.integers(lo, 91))
    if m == 45 and rng.random() < 0.6:
        return f"45+{int(rng.integers(1, 5))}"
    if m >= 89 and rng.random() < 0.7:
        return f"90+{int(rng.integers(1, 8))}"
    return str(m)


def _pl_order(minute: str) -> float:
    base, _, extra = minute.partition("+")
    return int(base) + (int(extra) / 100 if extra else 0)


def _premier_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13307)
    teams = list(_PL_TEAMS)
    squads: dict[str, list[str]] = {}
    for t in teams:
        names: list[str] = []
        while len(names) < 20:
            p = _person(rng)
            if p not in names and all(p not in s for s in squads.values()):
                names.append(p)
        squads[t] = names
    # the first four of a squad are forwards / attacking midfielders who score most
    shot_w = np.array([10, 7, 5, 4] + [1.2] * 7 + [0.4] * 9)
    pairs = [(h, a) for h in teams for a in teams if h != a]
    order = rng.permutation(len(pairs))[:300]
    start = pd.Timestamp("2023-08-11")
    rows = []
    for k, idx in enumerate(sorted(order)):
        home, away = pairs[int(idx)]
        date = start + pd.Timedelta(days=int(k // 10) * 7 + int(_one(rng, [0, 1, 1, 2, 3])))
        mid = 2023080 * 1000 + k + 1
        events = []
        for team, other, boost in ((home, away, 1.15), (away, home, 0.9)):
            att = _PL_TEAMS[team][0] * boost * 0.62
            for _ in range(int(rng.poisson(att))):
                minute = _pl_minute(rng)
                r = rng.random()
                if r < 0.04:
                    scorer = str(_one(rng, squads[other][4:], None))
                    events.append((team, minute, "Own Goal", scorer, "", ""))
                    continue
                kind = "Penalty" if r < 0.14 else "Goal"
                scorer = squads[team][int(rng.choice(20, p=shot_w / shot_w.sum()))]
                assist = ""
                if kind == "Goal" and rng.random() < 0.72:
                    mates = [p for p in squads[team][:11] if p != scorer]
                    assist = mates[int(rng.integers(len(mates)))]
                events.append((team, minute, kind, scorer, assist, ""))
            if rng.random() < 0.03:
                events.append((team, _pl_minute(rng), "Missed Penalty", squads[team][0], "", ""))
            for _ in range(int(rng.poisson(_PL_TEAMS[team][1]))):
                player = squads[team][int(rng.integers(0, 16))]
                events.append((team, _pl_minute(rng, 10), "Yellow Card", player, "", ""))
                if rng.random() < 0.03:
                    events.append((team, _pl_minute(rng, 60), "Second Yellow", player, "", ""))
            if rng.random() < 0.03:
                events.append((team, _pl_minute(rng, 20), "Red Card", squads[team][int(rng.integers(4, 11))], "", ""))
            for s in range(int(_one(rng, [2, 3, 3, 4]))):
                off = squads[team][int(rng.integers(0, 11))]
                on = squads[team][11 + s]
                events.append((team, _pl_minute(rng, 46), "Substitution", on, "", off))
        events.sort(key=lambda e: _pl_order(e[1]))
        for team, minute, kind, player, assist, off in events:
            rows.append(
                {
                    "match_id": mid,
                    "date": f"{date:%Y-%m-%d}",
                    "season": "2023/24",
                    "home_team": home,
                    "away_team": away,
                    "team": team,
                    "minute": minute,
                    "event_type": kind,
                    "player": player,
                    "assist": assist,
                    "player_off": off,
                }
            )
    return pd.DataFrame(rows)


_PL_GOALS = ("Goal", "Penalty", "Own Goal")


def _pl_goal(d: pd.DataFrame, own: bool) -> pd.Series:
    return _txt(d["event_type"]).isin(_PL_GOALS if own else _PL_GOALS[:2])


_PREMIER_QS = [
    Q(
        "how many goals were scored altogether",
        either(_count(lambda d: int(_pl_goal(d, True).sum())), _count(lambda d: int(_pl_goal(d, False).sum()))),
        ("event_type",),
    ),
    Q(
        "who's the top scorer?",
        either(
            _lead(_named(lambda d: _top(d.loc[_pl_goal(d, False), "player"].value_counts()))),
            _lead(_named(lambda d: _top(d.loc[_pl_goal(d, True), "player"].value_counts()))),
        ),
        ("player", "event_type", "team"),
    ),
    Q(
        "which team picked up the most yellow cards",
        either(
            _lead(_named(lambda d: _top(d.loc[_txt(d["event_type"]) == "Yellow Card", "team"].value_counts()))),
            _lead(
                _named(
                    lambda d: _top(
                        d.loc[_txt(d["event_type"]).isin(["Yellow Card", "Second Yellow"]), "team"].value_counts()
                    )
                )
            ),
        ),
        ("team", "event_type"),
    ),
    Q(
        "how many goals came in stoppage time",
        either(
            *(
                _count(lambda d, o=o: int((_pl_goal(d, o) & _txt(d["minute"]).str.contains("+", regex=False)).sum()))
                for o in (True, False)
            )
        ),
        ("minute", "event_type"),
    ),
    Q(
        "average goals per game?",
        either(
            *(
                _about(lambda d, o=o: float(_pl_goal(d, o).sum() / d["match_id"].nunique()), rel=0.01)
                for o in (True, False)
            )
        ),
        ("match_id", "event_type"),
    ),
    Q(
        "and who has the most assists",
        _lead(_named(lambda d: _top(_txt(d["assist"]).replace("", pd.NA).dropna().value_counts()))),
        ("assist", "event_type"),
    ),
]


HELDOUT133: list[Dataset] = [
    Dataset("venmo_business_statement", _venmo_frame, _VENMO_QS),
    Dataset("greenhouse_interviews_report", _greenhouse_frame, _GREENHOUSE_QS),
    Dataset("myfitnesspal_exercise_log", _mfp_frame, _MFP_QS),
    Dataset("toast_menu_item_sales", _toast_frame, _TOAST_QS),
    Dataset("nces_school_enrollment_by_state", _nces_frame, _NCES_QS),
    Dataset("usgs_volcano_alerts", _volcano_frame, _VOLCANO_QS),
    Dataset("premier_league_match_events", _premier_frame, _PREMIER_QS),
]
