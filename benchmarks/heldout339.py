"""HELDOUT339: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the layout of files a small operation exports: a youth soccer league's game results (fall 2024,
September to November, and spring 2025, March to May, Saturdays, one row per game) with "Game Date" as "09/07/2024",
"Age Group" (U8, U10, U12), "Home Team" and "Away Team" named with their age group ("Thunder U10"), "Home Goals" and
"Away Goals" (blank on a forfeited game), Field as "Field 3A", Referee, "Weather Delay" (Y/N) and Forfeit (Y/N); a
staffing agency's weekly placements (January to June 2024, one row per worker per week, workers repeated) with "Week
Ending" as "1/5/2024" (Fridays), "Worker Name" as "Last, First", Client, "Job Title", "Regular Hours", "OT Hours",
"Pay Rate" and "Bill Rate" as "$18.50", Recruiter and "No Show" (Y/N, hours 0 when Y); an emergency room's triage
log (May to July 2024, one row per visit) with "Arrival Time" as "2024-05-03 14:22", "Triage Level" (1-5, 1 the most
urgent), "Chief Complaint" in upper case ("CHEST PAIN", "ABD PAIN"), Age, Sex (M/F, a few U), "Arrival Mode"
(Walk-in, Ambulance), "Minutes to Provider" (blank when the patient left without being seen) and Disposition
(Admitted, Discharged, Left Without Being Seen); a dental lab's case tickets (2024, one row per case) with "Case #"
as "DL-24-00123", "Dentist Office", "Case Type" (Crown, Bridge, Denture, Night Guard), Material (Zirconia, E.max,
PFM, Full Cast Gold, Acrylic, Hard/Soft), Shade ("A2", blank for night guards), "Received Date", "Due Date" and
"Shipped Date" as "01/05/2024" (shipped blank for cases still in the lab at year end), Remake (Y/N), Technician and
Price as "$185.00"; a court reporter's transcript orders (2024, one row per job) with "Job Date" as "2024-02-14",
"Case Name" ("Smith v. Acme Corp."), "Attorney Firm", Pages, "Rate Per Page" as "$3.65", "Expedite Days" (blank for
standard delivery), "Delivered Date", "Invoice Paid" (Y/N) and Reporter; an auto body shop's repair orders (2023-2024,
one row per RO) with "RO #" (a number), "Vehicle Make" in upper case, Year (model year), "Insurance Carrier" (blank on
customer pay jobs), "Estimate $", "Supplement $" (blank when there was none), "Final $", "Days In Shop", "Paint
Hours", "Customer Pay" (Y/N) and Estimator; and a sign shop's orders (2024, one row per order) with "Order #" as
"SO-1045", Customer, "Sign Type" (Banner, Vinyl, Yard Sign, Channel Letters; now and then lower case), "Width (in)",
"Height (in)", Qty, Price as "$245.00" (the order total), Rush (Y/N), "Ordered Date" as "4/12/2024" and Installed
(Y/N). All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _num, _text, _top, _typical
from .heldout333 import _FIRST, _LAST, _date, _either_count, _either_named, _flag
from .heldout338 import _money
from .offline_eval import Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _yn(flag: bool) -> str:
    return "Y" if flag else "N"


# --- 1. Youth soccer game results ----------------------------------------------------------------------------------

_YS_NAMES = ["Thunder", "Lightning", "Strikers", "Rockets", "Comets", "Sharks", "Hawks", "Dragons", "Wildcats"]
_YS_NAMES += ["Blaze", "Storm", "Mustangs"]
_YS_GROUPS = {"U8": 1.6, "U10": 1.9, "U12": 1.5}
_YS_REFS = ["Carlos Ruiz", "Jen Park", "Mike O'Brien", "Sam Patel", "Dave Kline", "Tina Flores"]


def _soccer_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33901)
    strength = {(g, n): float(rng.normal(0, 0.35)) for g in _YS_GROUPS for n in _YS_NAMES}
    days = list(pd.date_range("2024-09-07", "2024-11-23", freq="7D")) + list(
        pd.date_range("2025-03-08", "2025-05-24", freq="7D")
    )
    rows: list[dict[str, Any]] = []
    for day in days:
        for group, base in _YS_GROUPS.items():
            teams = list(rng.permutation(_YS_NAMES))
            for k in range(0, len(teams), 2):
                home, away = str(teams[k]), str(teams[k + 1])
                forfeit = rng.random() < 0.03
                hg = int(rng.poisson(max(0.2, base + 0.2 + strength[(group, home)])))
                ag = int(rng.poisson(max(0.2, base + strength[(group, away)])))
                rain = 0.25 if day.month in (10, 4) else 0.08
                rows.append(
                    {
                        "Game Date": f"{day:%m/%d/%Y}",
                        "Age Group": group,
                        "Home Team": f"{home} {group}",
                        "Away Team": f"{away} {group}",
                        "Home Goals": "" if forfeit else hg,
                        "Away Goals": "" if forfeit else ag,
                        "Field": f"Field {int(rng.integers(1, 6))}{_one(rng, ['A', 'B'])}",
                        "Referee": _one(rng, _YS_REFS),
                        "Weather Delay": _yn(rng.random() < rain),
                        "Forfeit": _yn(forfeit),
                    }
                )
    return pd.DataFrame(rows)


def _ys_played(df: pd.DataFrame) -> pd.DataFrame:
    hg, ag = _num(df, "Home Goals"), _num(df, "Away Goals")
    return pd.DataFrame({"h": hg, "a": ag}).dropna()


def _ys_team_goals(answer: str, df: pd.DataFrame) -> str | None:
    """Any team tied for the most goals scored, home and away together, named as the pick."""
    goals = pd.concat(
        [
            _num(df, "Home Goals").groupby(_text(df, "Home Team")).sum(),
            _num(df, "Away Goals").groupby(_text(df, "Away Team")).sum(),
        ]
    )
    totals = goals.groupby(level=0).sum()
    tied = sorted(totals[totals == totals.max()].index)
    whys = [_lead(_named(lambda _d, n=n: str(n)))(answer, df) for n in tied]
    return None if any(w is None for w in whys) else whys[0]


def _ys_delays(df: pd.DataFrame, group: str | None = None) -> int:
    month = _date(df, "Game Date", "%m/%d/%Y").dt.month
    keep = _flag(df, "Weather Delay") & (month == 10)
    if group:
        keep &= _text(df, "Age Group").str.upper() == group
    return int(keep.sum())


_YS_QS = [
    Q(
        "how many games were played",
        _either_count(lambda df: len(df), lambda df: int((~_flag(df, "Forfeit")).sum())),
        ("Game Date", "Forfeit"),
    ),
    Q(
        "avg goals per game?",
        _about(lambda df: float((lambda p: (p["h"] + p["a"]).mean())(_ys_played(df)))),
        ("Home Goals", "Away Goals"),
    ),
    Q(
        "which team scored the most goals",
        _ys_team_goals,
        ("Home Team", "Away Team", "Home Goals", "Away Goals"),
    ),
    Q(
        "how often does the home team win",
        either(
            _share(lambda df: float((lambda p: (p["h"] > p["a"]).mean())(_ys_played(df)))),
            _share(lambda df: float((lambda p: (p["h"] > p["a"]).sum())(_ys_played(df)) / len(df))),
        ),
        ("Home Goals", "Away Goals"),
    ),
    Q(
        "how many games got a weather delay in october",
        _count(lambda df: _ys_delays(df)),
        ("Weather Delay", "Game Date"),
    ),
    Q(
        "and how many of those were u12",
        _count(lambda df: _ys_delays(df, "U12")),
        ("Weather Delay", "Game Date", "Age Group"),
    ),
]


# --- 2. Staffing agency weekly placements --------------------------------------------------------------------------

# client: job titles with pay rates, OT tendency
_SA_CLIENTS: dict[str, tuple[dict[str, float], float]] = {
    "Midwest Cold Storage": ({"Forklift Operator": 19.5, "Warehouse Associate": 17.0}, 0.5),
    "Precision Plastics Inc": ({"Machine Operator": 18.0, "Packer": 15.5}, 0.35),
    "Harbor Freight DC": ({"Picker/Packer": 16.5, "Forklift Operator": 19.0}, 0.25),
    "St. Luke's Hospital": ({"Environmental Services": 16.0, "Patient Transporter": 16.5}, 0.1),
    "Greenway Landscaping": ({"General Labor": 16.0, "Crew Lead": 21.0}, 0.4),
    "Allied Office Park": ({"Receptionist": 17.5, "Data Entry Clerk": 17.0}, 0.05),
}
_SA_RECRUITERS = {"Brianna Cole": 0.04, "Jason Tran": 0.08, "Maria Lopez": 0.05, "Kyle Jensen": 0.12}


def _staffing_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33902)
    workers = []
    for _ in range(130):
        client = str(_one(rng, list(_SA_CLIENTS)))
        title = str(_one(rng, list(_SA_CLIENTS[client][0])))
        start, length = int(rng.integers(0, 24)), int(rng.integers(2, 26))
        name = f"{_one(rng, _LAST)}, {_one(rng, _FIRST)}"
        workers.append((name, client, title, start, length, str(_one(rng, list(_SA_RECRUITERS)))))
    weeks = pd.date_range("2024-01-05", "2024-06-28", freq="7D")
    rows: list[dict[str, Any]] = []
    for i, week in enumerate(weeks):
        for name, client, title, start, length, rec in workers:
            if not start <= i < start + length:
                continue
            jobs, ot_p = _SA_CLIENTS[client]
            pay = jobs[title]
            noshow = rng.random() < _SA_RECRUITERS[rec]
            reg = 0.0 if noshow else float(_one(rng, [40, 40, 40, 32, 36, 24, 40]))
            ot = 0.0 if noshow or reg < 40 or rng.random() > ot_p else float(rng.integers(1, 13))
            rows.append(
                {
                    "Week Ending": f"{week.month}/{week.day}/{week.year}",
                    "Worker Name": name,
                    "Client": client,
                    "Job Title": title,
                    "Regular Hours": reg,
                    "OT Hours": ot,
                    "Pay Rate": _money(pay),
                    "Bill Rate": _money(round(pay * float(rng.choice([1.38, 1.42, 1.45, 1.5])), 2)),
                    "Recruiter": rec,
                    "No Show": _yn(noshow),
                }
            )
    return pd.DataFrame(rows)


def _sa_march(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Week Ending", "%m/%d/%Y").dt.month == 3


def _sa_noshow_top(rate: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        by = _flag(df, "No Show").groupby(_text(df, "Recruiter"))
        return _top(by.mean() if rate else by.sum())

    return value


_SA_QS = [
    Q(
        "how many different workers did we place",
        _count(lambda df: int(_text(df, "Worker Name").nunique())),
        ("Worker Name",),
    ),
    Q("whats our no show rate", _share(lambda df: float(_flag(df, "No Show").mean())), ("No Show",)),
    Q(
        "which recruiter has the most no shows",
        _either_named(_sa_noshow_top(True), _sa_noshow_top(False)),
        ("Recruiter", "No Show"),
    ),
    Q(
        "which client gets the most overtime",
        _lead(_named(lambda df: _top(_num(df, "OT Hours").groupby(_text(df, "Client")).sum()))),
        ("Client", "OT Hours"),
    ),
    Q(
        "total hours worked in march?",
        _about(lambda df: float((_num(df, "Regular Hours") + _num(df, "OT Hours"))[_sa_march(df)].sum()), rel=0.002),
        ("Week Ending", "Regular Hours", "OT Hours"),
    ),
    Q(
        "how much of that was overtime",
        either(
            _about(lambda df: float(_num(df, "OT Hours")[_sa_march(df)].sum()), rel=0.002),
            _share(
                lambda df: float(
                    _num(df, "OT Hours")[_sa_march(df)].sum()
                    / (_num(df, "Regular Hours") + _num(df, "OT Hours"))[_sa_march(df)].sum()
                )
            ),
        ),
        ("Week Ending", "OT Hours", "Regular Hours"),
    ),
]


# --- 3. Emergency room triage log ----------------------------------------------------------------------------------

# complaint: weight, typical triage level, adult only
_ER_COMPLAINTS: dict[str, tuple[float, float, bool]] = {
    "CHEST PAIN": (10, 2.3, True), "ABD PAIN": (14, 3.0, False), "SHORTNESS OF BREATH": (8, 2.5, False),
    "FEVER": (10, 3.6, False), "LACERATION": (8, 4.2, False), "FALL": (8, 3.3, False), "HEADACHE": (6, 3.5, False),
    "BACK PAIN": (7, 3.9, True), "VOMITING": (7, 3.4, False), "MVC": (5, 2.8, False), "RASH": (4, 4.6, False),
    "ALTERED MENTAL STATUS": (3, 1.8, True), "EAR PAIN": (3, 4.6, False),
}  # fmt: skip
_ER_WAIT = {1: 2, 2: 14, 3: 42, 4: 65, 5: 75}
_ER_ADMIT = {1: 0.8, 2: 0.5, 3: 0.25, 4: 0.05, 5: 0.01}


def _er_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33903)
    start = pd.Timestamp("2024-05-01")
    rows: list[dict[str, Any]] = []
    for _ in range(3200):
        when = start + pd.Timedelta(minutes=int(rng.integers(0, 92 * 24 * 60)))
        complaint = str(_one(rng, list(_ER_COMPLAINTS), [v[0] for v in _ER_COMPLAINTS.values()]))
        _, lvl, adult = _ER_COMPLAINTS[complaint]
        age = int(rng.integers(18, 95)) if adult or rng.random() < 0.78 else int(rng.integers(0, 18))
        level = int(np.clip(round(rng.normal(lvl - (0.4 if age > 70 else 0), 0.7)), 1, 5))
        ambulance = rng.random() < (0.75 if level <= 2 else 0.1 + (0.15 if age > 70 else 0))
        wait = max(0, round(rng.gamma(2.0, _ER_WAIT[level] / 2) * (1.4 if 14 <= when.hour <= 22 else 1.0)))
        lwbs = level >= 3 and not ambulance and rng.random() < min(0.6, wait / 400)
        admit = rng.random() < _ER_ADMIT[level] + (0.15 if ambulance else 0)
        rows.append(
            {
                "Arrival Time": f"{when:%Y-%m-%d %H:%M}",
                "Triage Level": level,
                "Chief Complaint": complaint,
                "Age": age,
                "Sex": "U" if rng.random() < 0.005 else _one(rng, ["M", "F"]),
                "Arrival Mode": "Ambulance" if ambulance else "Walk-in",
                "Minutes to Provider": "" if lwbs else wait,
                "Disposition": "Left Without Being Seen" if lwbs else ("Admitted" if admit else "Discharged"),
            }
        )
    return pd.DataFrame(rows).sort_values("Arrival Time", kind="stable").reset_index(drop=True)


def _er_admit_share(mode: str, of_seen: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        keep = _text(df, "Arrival Mode").str.lower() == mode
        disp = _text(df, "Disposition")[keep]
        if of_seen:
            disp = disp[disp != "Left Without Being Seen"]
        return float((disp == "Admitted").mean())

    return value


_ER_QS = [
    Q(
        "how many patients came in by ambulance",
        _count(lambda df: int((_text(df, "Arrival Mode") == "Ambulance").sum())),
        ("Arrival Mode",),
    ),
    Q(
        "whats the typical wait to see a provider",
        _typical(lambda df: _num(df, "Minutes to Provider")),
        ("Minutes to Provider",),
    ),
    Q(
        "average wait by triage level",
        _about(lambda df: _num(df, "Minutes to Provider").groupby(_num(df, "Triage Level")).mean().to_numpy()),
        ("Triage Level", "Minutes to Provider"),
    ),
    Q(
        "what percent of people left without being seen",
        _share(lambda df: float((_text(df, "Disposition") == "Left Without Being Seen").mean())),
        ("Disposition",),
    ),
    Q(
        "what share of ambulance patients got admitted",
        either(_share(_er_admit_share("ambulance", False)), _share(_er_admit_share("ambulance", True))),
        ("Arrival Mode", "Disposition"),
    ),
    Q(
        "and walk-ins?",
        either(_share(_er_admit_share("walk-in", False)), _share(_er_admit_share("walk-in", True))),
        ("Arrival Mode", "Disposition"),
    ),
]


# --- 4. Dental lab case tickets ------------------------------------------------------------------------------------

# case type: weight, materials with weights and prices, days allowed
_DL_TYPES: dict[str, tuple[float, dict[str, tuple[float, float]], int]] = {
    "Crown": (55, {"Zirconia": (5, 165), "E.max": (3, 195), "PFM": (2, 145), "Full Cast Gold": (0.5, 320)}, 7),
    "Bridge": (15, {"Zirconia": (5, 495), "PFM": (3, 435)}, 10),
    "Denture": (15, {"Acrylic": (1, 390)}, 14),
    "Night Guard": (15, {"Hard/Soft": (3, 95), "Acrylic": (1, 85)}, 5),
}
_DL_OFFICES = ["Bright Smiles Family Dental", "Lakeview Dental Group", "Dr. Alan Pierce DDS", "Riverside Dentistry"]
_DL_OFFICES += ["Parkway Dental Care", "Cedar Hills Dental", "Summit Prosthodontics", "Main St. Dental"]
_DL_TECHS = {"Hector": 0.03, "Linh": 0.05, "Oksana": 0.04, "Greg": 0.11, "Renee": 0.06}
_DL_SHADES = ["A1", "A2", "A2", "A3", "A3.5", "B1", "B2", "C2", "BL2"]


def _dental_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33904)
    rows: list[dict[str, Any]] = []
    weights = [1.0 / (k + 1) for k in range(len(_DL_OFFICES))]
    for n in range(1400):
        received = pd.Timestamp("2024-01-02") + pd.Timedelta(days=int(rng.integers(0, 364)))
        while received.weekday() >= 5:
            received += pd.Timedelta(days=1)
        ctype = str(_one(rng, list(_DL_TYPES), [v[0] for v in _DL_TYPES.values()]))
        mats = _DL_TYPES[ctype][1]
        material = str(_one(rng, list(mats), [v[0] for v in mats.values()]))
        due = received + pd.Timedelta(days=_DL_TYPES[ctype][2])
        tech = str(_one(rng, list(_DL_TECHS)))
        shipped = due + pd.Timedelta(days=int(rng.choice([-3, -2, -1, -1, 0, 0, 0, 1, 2, 4])))
        shipped = max(shipped, received + pd.Timedelta(days=2))
        rows.append(
            {
                "Case #": f"DL-24-{n + 101:05d}",
                "Dentist Office": _one(rng, _DL_OFFICES, weights),
                "Case Type": ctype,
                "Material": material,
                "Shade": "" if ctype == "Night Guard" else _one(rng, _DL_SHADES),
                "Received Date": f"{received:%m/%d/%Y}",
                "Due Date": f"{due:%m/%d/%Y}",
                "Shipped Date": "" if shipped > pd.Timestamp("2024-12-31") else f"{shipped:%m/%d/%Y}",
                "Remake": _yn(rng.random() < _DL_TECHS[tech] * (1.5 if ctype == "Bridge" else 1.0)),
                "Technician": tech,
                "Price": _money(mats[material][1] * (1.0 if rng.random() < 0.9 else 0.9)),
            }
        )
    frame = pd.DataFrame(rows)
    order = pd.to_datetime(frame["Received Date"], format="%m/%d/%Y")
    frame = frame.iloc[np.argsort(order.to_numpy(), kind="stable")].reset_index(drop=True)
    frame["Case #"] = [f"DL-24-{n + 101:05d}" for n in range(len(frame))]
    return frame


def _dl_remake_top(rate: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        by = _flag(df, "Remake").groupby(_text(df, "Technician"))
        return _top(by.mean() if rate else by.sum())

    return value


def _dl_days(df: pd.DataFrame, col: str) -> pd.Series:
    return _date(df, col, "%m/%d/%Y")


def _dl_crown_days(df: pd.DataFrame) -> pd.Series:
    days = (_dl_days(df, "Shipped Date") - _dl_days(df, "Received Date")).dt.days
    return days[_text(df, "Case Type").str.lower() == "crown"].dropna()


_DL_QS = [
    Q(
        "which office sends us the most cases",
        _lead(_named(lambda df: _top(_text(df, "Dentist Office").value_counts()))),
        ("Dentist Office",),
    ),
    Q("what's our remake rate", _share(lambda df: float(_flag(df, "Remake").mean())), ("Remake",)),
    Q(
        "which tech has the most remakes",
        _either_named(_dl_remake_top(True), _dl_remake_top(False)),
        ("Technician", "Remake"),
    ),
    Q(
        "how many cases shipped late",
        _count(lambda df: int((_dl_days(df, "Shipped Date") > _dl_days(df, "Due Date")).sum())),
        ("Shipped Date", "Due Date"),
    ),
    Q(
        "average turnaround for crowns in days",
        _typical(_dl_crown_days),
        ("Case Type", "Received Date", "Shipped Date"),
    ),
    Q(
        "how much revenue did zirconia bring in",
        _amount(lambda df: float(_num(df, "Price")[_text(df, "Material").str.lower() == "zirconia"].sum())),
        ("Material", "Price"),
    ),
]


# --- 5. Court reporter transcript orders ---------------------------------------------------------------------------

_CR_FIRMS = ["Baker & Hollis LLP", "Greene Marsh PC", "Oduya Law Group", "Whitman Carver LLP", "Delgado & Finch"]
_CR_FIRMS += ["Thornton Legal", "Abernathy Scott LLC"]
_CR_REPORTERS = {"Janet Moss": 1.0, "Derek Hale": 1.3, "Amy Sorensen": 0.8, "Luis Ortega": 1.1}
_CR_DEFENDANTS = ["Acme Corp.", "City of Springfield", "Midland Trucking LLC", "Hartford Insurance Co.", "Dr. R. Patel"]
_CR_DEFENDANTS += ["Northstar Builders", "Walmart Inc.", "County of Lake", "Apex Medical Center"]
_CR_EXPEDITE = {None: (3.65, 10), 7: (4.75, 7), 5: (5.50, 5), 3: (6.40, 3), 1: (7.30, 1)}


def _court_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33905)
    cases = [f"{_one(rng, _LAST)} v. {_one(rng, _CR_DEFENDANTS)}" for _ in range(160)]
    rows: list[dict[str, Any]] = []
    for _ in range(900):
        job = pd.Timestamp("2024-01-02") + pd.Timedelta(days=int(rng.integers(0, 350)))
        while job.weekday() >= 5:
            job += pd.Timedelta(days=1)
        exp = _one(rng, list(_CR_EXPEDITE), [70, 8, 9, 8, 5])
        rate, days = _CR_EXPEDITE[exp]
        firm = str(_one(rng, _CR_FIRMS))
        reporter = str(_one(rng, list(_CR_REPORTERS)))
        pages = int(max(12, rng.gamma(2.5, 55 * _CR_REPORTERS[reporter])))
        delivered = job + pd.Timedelta(days=days + int(rng.integers(0, 3)))
        paid = rng.random() < (0.55 if firm == "Delgado & Finch" else 0.85) * (0.6 if job.month >= 11 else 1.0)
        rows.append(
            {
                "Job Date": f"{job:%Y-%m-%d}",
                "Case Name": _one(rng, cases),
                "Attorney Firm": firm,
                "Pages": pages,
                "Rate Per Page": _money(rate),
                "Expedite Days": "" if exp is None else exp,
                "Delivered Date": f"{delivered:%Y-%m-%d}",
                "Invoice Paid": _yn(paid),
                "Reporter": reporter,
            }
        )
    return pd.DataFrame(rows).sort_values("Job Date", kind="stable").reset_index(drop=True)


def _cr_owed(df: pd.DataFrame) -> pd.Series:
    due = _num(df, "Pages") * _num(df, "Rate Per Page")
    return due[~_flag(df, "Invoice Paid")]


def _cr_rates(weighted: bool) -> Callable[[pd.DataFrame], list[float]]:
    def value(df: pd.DataFrame) -> list[float]:
        rate, pages = _num(df, "Rate Per Page"), _num(df, "Pages")
        out = []
        for keep in (_num(df, "Expedite Days").notna(), _num(df, "Expedite Days").isna()):
            out.append(float((rate * pages)[keep].sum() / pages[keep].sum()) if weighted else float(rate[keep].mean()))
        return out

    return value


_CR_QS = [
    Q(
        "how many transcripts were expedited",
        _count(lambda df: int(_num(df, "Expedite Days").notna().sum())),
        ("Expedite Days",),
    ),
    Q("how many pages total this year", _count(lambda df: int(_num(df, "Pages").sum())), ("Pages",)),
    Q(
        "which reporter did the most pages",
        _lead(_named(lambda df: _top(_num(df, "Pages").groupby(_text(df, "Reporter")).sum()))),
        ("Reporter", "Pages"),
    ),
    Q(
        "avg rate per page, expedited vs regular",
        either(_about(_cr_rates(False), rel=0.005), _about(_cr_rates(True), rel=0.005)),
        ("Rate Per Page", "Expedite Days"),
    ),
    Q(
        "which firm owes us the most money",
        _lead(_named(lambda df: _top(_cr_owed(df).groupby(_text(df, "Attorney Firm")).sum()))),
        ("Attorney Firm", "Invoice Paid", "Pages", "Rate Per Page"),
    ),
    Q(
        "how much is unpaid in total",
        _amount(lambda df: float(_cr_owed(df).sum())),
        ("Invoice Paid", "Pages", "Rate Per Page"),
    ),
]


# --- 6. Auto body repair orders ------------------------------------------------------------------------------------

_AB_MAKES = {"TOYOTA": 18, "HONDA": 14, "FORD": 16, "CHEVROLET": 13, "NISSAN": 9, "HYUNDAI": 7, "SUBARU": 6}
_AB_MAKES |= {"JEEP": 6, "BMW": 4, "TESLA": 2}
_AB_CARRIERS = {"State Farm": (28, 8), "GEICO": (20, 10), "Progressive": (18, 11), "Allstate": (14, 9)}
_AB_CARRIERS |= {"USAA": (8, 7), "Liberty Mutual": (6, 12)}
_AB_ESTIMATORS = ["Rick Dawson", "Angela Pruitt", "Tony Marchetti"]


def _body_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33906)
    rows: list[dict[str, Any]] = []
    for n in range(1100):
        customer = rng.random() < 0.15
        carrier = "" if customer else str(_one(rng, list(_AB_CARRIERS), [v[0] for v in _AB_CARRIERS.values()]))
        make = str(_one(rng, list(_AB_MAKES), list(_AB_MAKES.values())))
        estimate = round(float(rng.lognormal(7.9 if not customer else 7.2, 0.6)), 2)
        supplement = (
            round(estimate * float(rng.uniform(0.1, 0.5)), 2) if rng.random() < (0.1 if customer else 0.45) else 0.0
        )
        final = round(estimate + supplement + float(rng.normal(0, 40)), 2)
        paint = round(max(0.5, final / 900 + rng.normal(0, 0.8)), 1)
        base_days = _AB_CARRIERS[carrier][1] if carrier else 6
        days = int(max(1, rng.normal(base_days + final / 2500 + (4 if supplement else 0), 2.5)))
        rows.append(
            {
                "RO #": 23001 + n,
                "Vehicle Make": make,
                "Year": int(rng.integers(2008, 2025)),
                "Insurance Carrier": carrier,
                "Estimate $": f"{estimate:.2f}",
                "Supplement $": f"{supplement:.2f}" if supplement else "",
                "Final $": f"{final:.2f}",
                "Days In Shop": days,
                "Paint Hours": paint,
                "Customer Pay": _yn(customer),
                "Estimator": _one(rng, _AB_ESTIMATORS),
            }
        )
    return pd.DataFrame(rows)


def _ab_carrier(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Insurance Carrier").replace("", pd.NA)


_AB_QS = [
    Q(
        "which insurance company sends us the most cars",
        _lead(_named(lambda df: _top(_ab_carrier(df).value_counts()))),
        ("Insurance Carrier",),
    ),
    Q("whats the average final bill", _typical(lambda df: _num(df, "Final $")), ("Final $",)),
    Q(
        "how often do jobs need a supplement",
        _share(lambda df: float((_num(df, "Supplement $").fillna(0) > 0).mean())),
        ("Supplement $",),
    ),
    Q(
        "which insurer's cars sit in the shop longest",
        either(
            _lead(_named(lambda df: _top(_num(df, "Days In Shop").groupby(_ab_carrier(df)).mean()))),
            _lead(_named(lambda df: _top(_num(df, "Days In Shop").groupby(_ab_carrier(df)).median()))),
        ),
        ("Insurance Carrier", "Days In Shop"),
    ),
    Q(
        "is paint time related to the final bill",
        _corr(lambda df: _num(df, "Paint Hours"), lambda df: _num(df, "Final $")),
        ("Paint Hours", "Final $"),
    ),
    Q(
        "how many customer pay jobs were over $5000",
        _count(lambda df: int((_flag(df, "Customer Pay") & (_num(df, "Final $") > 5000)).sum())),
        ("Customer Pay", "Final $"),
    ),
]


# --- 7. Sign shop orders -------------------------------------------------------------------------------------------

# sign type: weight, sizes (w, h), qty range, price per sq ft, install chance
_SS_TYPES: dict[str, tuple[float, list[tuple[int, int]], tuple[int, int], float, float]] = {
    "Banner": (35, [(72, 36), (96, 36), (120, 48), (48, 24)], (1, 4), 6.5, 0.15),
    "Vinyl": (25, [(24, 12), (36, 18), (48, 24), (12, 12)], (1, 10), 9.0, 0.3),
    "Yard Sign": (30, [(24, 18), (18, 12)], (10, 100), 4.0, 0.0),
    "Channel Letters": (10, [(120, 24), (180, 30), (96, 18)], (1, 1), 95.0, 0.85),
}
_SS_CUSTOMERS = ["Rosa's Taqueria", "Hilltop Realty", "First Baptist Church", "Lincoln High Boosters", "Zen Nail Spa"]
_SS_CUSTOMERS += ["Miller for Mayor", "Tri-State Auto Sales", "Oak Street Dental", "Sunset Fitness", "Bella Boutique"]
_SS_CUSTOMERS += ["Cornerstone Church", "Valley Credit Union", "Pete's Pizza"]


def _sign_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33907)
    rows: list[dict[str, Any]] = []
    for n in range(650):
        day = pd.Timestamp("2024-01-02") + pd.Timedelta(days=int(rng.integers(0, 362)))
        kind = str(_one(rng, list(_SS_TYPES), [v[0] for v in _SS_TYPES.values()]))
        if kind == "Yard Sign" and day.month in (9, 10) and rng.random() < 0.5:
            day -= pd.Timedelta(days=int(rng.integers(0, 20)))
        _, sizes, (q0, q1), per_ft, install = _SS_TYPES[kind]
        w, h = sizes[int(rng.integers(len(sizes)))]
        qty = int(rng.integers(q0, q1 + 1))
        rush = rng.random() < 0.18
        price = w * h / 144 * qty * per_ft * (1.25 if rush else 1.0) * float(rng.uniform(0.9, 1.1))
        rows.append(
            {
                "Order #": f"SO-{1001 + n}",
                "Customer": _one(rng, _SS_CUSTOMERS),
                "Sign Type": kind.lower() if rng.random() < 0.06 else kind,
                "Width (in)": w,
                "Height (in)": h,
                "Qty": qty,
                "Price": _money(max(25.0, round(price, 2))),
                "Rush": _yn(rush),
                "Ordered Date": f"{day.month}/{day.day}/{day.year}",
                "Installed": _yn(rng.random() < install),
            }
        )
    return pd.DataFrame(rows)


def _ss_type(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Sign Type").str.lower()


def _ss_top_month(df: pd.DataFrame) -> pd.Timestamp:
    month = _date(df, "Ordered Date", "%m/%d/%Y").dt.to_period("M")
    return month.value_counts().sort_index().idxmax().to_timestamp()


def _ss_rush_sums(df: pd.DataFrame) -> list[float]:
    price, rush = _num(df, "Price"), _flag(df, "Rush")
    return [float(price[rush].sum()), float(price[~rush].sum())]


_SS_QS = [
    Q("how many rush orders did we have", _count(lambda df: int(_flag(df, "Rush").sum())), ("Rush",)),
    Q(
        "what's the most popular kind of sign",
        either(
            _lead(_named(lambda df: _top(_ss_type(df).str.title().value_counts()))),
            _lead(_named(lambda df: _top(_num(df, "Qty").groupby(_ss_type(df).str.title()).sum()))),
        ),
        ("Sign Type", "Qty"),
    ),
    Q(
        "avg price of a banner",
        _typical(lambda df: _num(df, "Price")[_ss_type(df) == "banner"]),
        ("Sign Type", "Price"),
    ),
    Q("which month did we get the most orders", _month_year(_ss_top_month), ("Ordered Date",)),
    Q("revenue from rush vs regular orders", _amount(_ss_rush_sums), ("Rush", "Price")),
    Q(
        "what share of channel letter jobs got installed",
        _share(lambda df: float(_flag(df, "Installed")[_ss_type(df) == "channel letters"].mean())),
        ("Sign Type", "Installed"),
    ),
]


HELDOUT339 = [
    Dataset("youth_soccer_results", _soccer_frame, _YS_QS),
    Dataset("staffing_weekly_placements", _staffing_frame, _SA_QS),
    Dataset("er_triage_log", _er_frame, _ER_QS),
    Dataset("dental_lab_cases", _dental_frame, _DL_QS),
    Dataset("court_reporter_orders", _court_frame, _CR_QS),
    Dataset("auto_body_repair_orders", _body_frame, _AB_QS),
    Dataset("sign_shop_orders", _sign_frame, _SS_QS),
]
