"""HELDOUT296: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a plumber's service call log
(2023 and 2024, one row per call) with Date as "03/14/2024", Time as "2:35 PM", Customer, "Call Type" (Clog, Leak,
Water Heater, Install), Emergency and "After Hours" (Y/N), "Labor Hours" (quarter hours), "Parts Cost" as "$45.20"
(blank when no parts were used), "Total Billed" as "$312.50" (labor at $95 an hour, time and a half after hours, plus
parts and a $75 emergency fee) and Tech; a chiropractor's visit ledger (2024, one row per visit) with "Visit Date" as
"2024-01-08", "Patient ID" as "P0123" (repeated across visits), "Visit Type" (New Patient, Adjustment, Re-Exam),
"Insurance Plan" (BCBS, Aetna, Medicare, UnitedHealthcare, Self Pay), Billed, "Insurance Paid" (blank for self pay,
0.00 for a no-show), Copay and "No Show" (Y/N); a mobile notary's signing log (2023 and 2024, one row per signing)
with Date as "2024-02-15", "Signing Type" (Refi, Purchase, HELOC, General), "Title Company", "Miles" (round trip),
Fee as "$150", Pages, Scanbacks (Y/N) and "Paid Date" (blank while unpaid); a freelance photographer's bookings
(shoots in 2023 and 2024) with "Booking Date" and "Shoot Date" as "6/14/2024", "Shoot Type" (Wedding, Portrait, Event,
Product), Hours, "Package Price" as "$2,800.00", "Travel Fee" (blank when none), Deposit, "Photos Delivered" (blank
for shoots not yet delivered) and "Referral Source"; a self-storage facility's unit list (one row per unit, its
current or last tenancy) with "Unit #" as "B-114", Size ("5x5", "5x10", "10x10", "10x15", "10x20"), "Climate
Controlled" (Y/N), "Monthly Rent" as "$129.00", "Move-In Date" and "Move-Out Date" as "2022-06-01" (move-out blank for
current tenants), "Days Delinquent" (blank for moved-out units) and Autopay (Y/N); a state's small airport operations
counts (public data, FAA-style, 2023 and 2024, one row per airport per month) with LOC_ID as "3CK", upper-case
FACILITY_NAME, MONTH as "2023-01", ITIN_GA, LOCAL_GA, AIR_TAXI, MILITARY (blank where not reported), TOTAL_OPS (their
sum) and TOWERED (Y/N), plus a "STATEWIDE TOTAL" row (blank LOC_ID) for each month; and a county's septic permit
records (public data, 2021 to 2024) with PERMIT_NO as "SP-2021-0153", ISSUE_DATE as "1/15/2021", upper-case TOWNSHIP,
SYSTEM_TYPE (CONVENTIONAL, MOUND, AEROBIC), BEDROOMS, LOT_ACRES, TANK_GAL (1000, 1250, 1500 by bedrooms), INSPECTION
(PASS, FAIL, blank while pending) and FEE as "$350.00". All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _shares, _year
from .heldout253 import _amount, _named_any, _num, _text, _top, _typical
from .offline_eval import Check, Dataset, Q, either, month_names
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _month_of_year(value: Callable[[pd.DataFrame], int]) -> Check:
    """A month by name ("August", "Aug"), without its year."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        m = int(value(df))
        if re.search(rf"\b(?:{month_names(m)})\b", answer, re.IGNORECASE):
            return None
        return f"missing month {m}"

    return check


def _yes(df: pd.DataFrame, col: str) -> pd.Series:
    return _text(df, col).str.upper() == "Y"


# --- 1. Plumber service calls --------------------------------------------------------------------------------------

# call type: labor hours range, parts cost range, chance of parts, emergency chance, weight
_PL_TYPES: dict[str, tuple[tuple[float, float], tuple[float, float], float, float, float]] = {
    "Clog": ((0.75, 2.5), (5, 40), 0.3, 0.35, 9),
    "Leak": ((1.0, 4.0), (15, 180), 0.85, 0.45, 7),
    "Water Heater": ((2.0, 6.0), (120, 1400), 0.95, 0.3, 4),
    "Install": ((1.5, 8.0), (60, 900), 0.9, 0.02, 3),
}
_PL_TECHS = {"Mike R": 5, "Dave": 4, "Luis": 3, "Tony B": 2}
_PL_CUSTOMERS = [
    "Johnson",
    "Patel",
    "Garcia",
    "Smith",
    "Nguyen",
    "Brown",
    "Miller",
    "Davis",
    "Wilson",
    "Lee",
    "Oak Ridge Apts",
    "Main St Deli",
    "Harbor Dental",
    "Thompson",
    "Clark",
    "Lewis",
    "Walker",
    "Hall",
    "Young",
    "King",
]


def _plumber_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29601)
    rows: list[dict[str, Any]] = []
    for _ in range(950):
        kind = str(_one(rng, list(_PL_TYPES), [v[4] for v in _PL_TYPES.values()]))
        (h_lo, h_hi), (p_lo, p_hi), p_parts, p_emerg, _w = _PL_TYPES[kind]
        emergency = rng.random() < p_emerg
        day = pd.Timestamp("2023-01-01") + pd.Timedelta(days=int(rng.integers(0, 731)))
        after = rng.random() < (0.55 if emergency else 0.06)
        hour = int(rng.integers(17, 24)) if after else int(rng.integers(7, 17))
        minute = int(_one(rng, [0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]))
        stamp = pd.Timestamp(day.year, day.month, day.day, hour, minute)
        labor = round(float(rng.uniform(h_lo, h_hi)) * 4) / 4
        parts = round(float(rng.uniform(p_lo, p_hi)), 2) if rng.random() < p_parts else None
        total = labor * 95 * (1.5 if after else 1.0) + (parts or 0.0) + (75 if emergency else 0)
        rows.append(
            {
                "Date": f"{stamp:%m/%d/%Y}",
                "Time": f"{stamp:%I:%M %p}".lstrip("0"),
                "Customer": str(_one(rng, _PL_CUSTOMERS)),
                "Call Type": kind,
                "Emergency": "Y" if emergency else "N",
                "After Hours": "Y" if after else "N",
                "Labor Hours": labor,
                "Parts Cost": "" if parts is None else f"${parts:,.2f}",
                "Total Billed": f"${total:,.2f}",
                "Tech": str(_one(rng, list(_PL_TECHS), list(_PL_TECHS.values()))),
            }
        )
    frame = pd.DataFrame(rows)
    order = pd.to_datetime(frame["Date"] + " " + frame["Time"], format="%m/%d/%Y %I:%M %p").argsort(kind="stable")
    return frame.iloc[order].reset_index(drop=True)


def _pl_year(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Date"], format="%m/%d/%Y").dt.year


def _pl_mean(df: pd.DataFrame, mask: pd.Series) -> float:
    return float(_num(df, "Total Billed")[mask].mean())


_PL_QS = [
    Q(
        "how many of the calls were leaks",
        _count(lambda df: int((_text(df, "Call Type") == "Leak").sum())),
        ("Call Type",),
    ),
    Q(
        "what did we bill altogether in 2024",
        _amount(lambda df: float(_num(df, "Total Billed")[_pl_year(df) == 2024].sum())),
        ("Date", "Total Billed"),
    ),
    Q(
        "which tech brings in the most money",
        _lead(_named(lambda df: _top(_num(df, "Total Billed").groupby(_text(df, "Tech")).sum()))),
        ("Tech", "Total Billed"),
    ),
    Q(
        "what percent of calls are after hours",
        _share(lambda df: float(_yes(df, "After Hours").mean())),
        ("After Hours",),
    ),
    Q(
        "whats the average bill on a water heater job",
        _about(lambda df: _pl_mean(df, _text(df, "Call Type") == "Water Heater")),
        ("Call Type", "Total Billed"),
    ),
    Q(
        "and for the emergency ones?",
        either(
            _about(lambda df: _pl_mean(df, (_text(df, "Call Type") == "Water Heater") & _yes(df, "Emergency"))),
            _about(lambda df: _pl_mean(df, _yes(df, "Emergency"))),
        ),
        ("Call Type", "Emergency", "Total Billed"),
    ),
]


# --- 2. Chiropractor visit ledger ----------------------------------------------------------------------------------

# plan: share of patients, insurance pays per visit (fraction of billed), copay
_CH_PLANS: dict[str, tuple[float, float, float]] = {
    "BCBS": (5, 0.62, 30),
    "Aetna": (3, 0.55, 35),
    "Medicare": (3, 0.48, 0),
    "UnitedHealthcare": (3, 0.58, 25),
    "Self Pay": (2, 0.0, 0),
}
_CH_BILLED = {"New Patient": 145.0, "Adjustment": 65.0, "Re-Exam": 95.0}


def _chiro_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29602)
    patients = [f"P{i:04d}" for i in range(101, 421)]
    plan_of = {p: str(_one(rng, list(_CH_PLANS), [v[0] for v in _CH_PLANS.values()])) for p in patients}
    loyalty = {p: float(rng.gamma(1.5, 1.0)) for p in patients}
    # about half the patients were already coming before 2024; the rest start on a day of the year
    start = {p: 0 if rng.random() < 0.5 else int(rng.integers(0, 340)) for p in patients}
    seen: dict[str, int] = {p: int(start[p] == 0) for p in patients}
    rows: list[dict[str, Any]] = []
    w = np.array([loyalty[p] for p in patients])
    for _ in range(2600):
        pid = patients[int(rng.choice(len(patients), p=w / w.sum()))]
        day = pd.Timestamp("2024-01-02") + pd.Timedelta(days=int(rng.integers(start[pid], 363)))
        rows.append({"day": day, "pid": pid, "no_show": rng.random() < 0.09, "u": float(rng.random())})
    rows.sort(key=lambda r: (r["day"], r["pid"]))
    out: list[dict[str, Any]] = []
    for r in rows:
        pid = r["pid"]
        n = seen.get(pid, 0)
        seen[pid] = n + 1
        kind = "New Patient" if n == 0 else ("Re-Exam" if r["u"] < 0.1 else "Adjustment")
        plan = plan_of[pid]
        billed = _CH_BILLED[kind]
        _s, frac, copay = _CH_PLANS[plan]
        if plan == "Self Pay":
            paid, cop = "", (0.0 if r["no_show"] else billed * 0.8)
        elif r["no_show"]:
            paid, cop = "0.00", 0.0
        else:
            paid, cop = f"{billed * frac * float(rng.uniform(0.9, 1.05)):.2f}", float(copay)
        out.append(
            {
                "Visit Date": f"{r['day']:%Y-%m-%d}",
                "Patient ID": pid,
                "Visit Type": kind,
                "Insurance Plan": plan,
                "Billed": f"{billed:.2f}",
                "Insurance Paid": paid,
                "Copay": f"{cop:.2f}",
                "No Show": "Y" if r["no_show"] else "N",
            }
        )
    return pd.DataFrame(out)


def _ch_paid_pick(df: pd.DataFrame, shows_only: bool) -> str:
    paid = _num(df, "Insurance Paid")
    if shows_only:
        paid = paid[~_yes(df, "No Show")]
    return _top(paid.groupby(_text(df, "Insurance Plan")).mean().dropna())


def _ch_new_month(df: pd.DataFrame) -> int:
    months = pd.to_datetime(df["Visit Date"], format="%Y-%m-%d").dt.month
    return int(months[_text(df, "Visit Type") == "New Patient"].value_counts().sort_index().idxmax())


_CH_QS = [
    Q("how many different patients came in", _count(lambda df: int(df["Patient ID"].nunique())), ("Patient ID",)),
    Q("whats our no show rate", _share(lambda df: float(_yes(df, "No Show").mean())), ("No Show",)),
    Q(
        "which insurance pays us the most per visit on average",
        _lead(_named_any(lambda df: [_ch_paid_pick(df, False), _ch_paid_pick(df, True)])),
        ("Insurance Plan", "Insurance Paid", "No Show"),
    ),
    Q(
        "how much did insurance pay us in total",
        _amount(lambda df: float(_num(df, "Insurance Paid").sum())),
        ("Insurance Paid",),
    ),
    Q(
        "which month did we get the most new patients",
        _lead(_month_of_year(_ch_new_month)),
        ("Visit Date", "Visit Type", "Patient ID"),
    ),
    Q(
        "how many no shows were medicare patients",
        _count(lambda df: int((_yes(df, "No Show") & (_text(df, "Insurance Plan") == "Medicare")).sum())),
        ("No Show", "Insurance Plan"),
    ),
]


# --- 3. Mobile notary signing log ----------------------------------------------------------------------------------

# signing type: fee range, pages range, scanback chance, weight
_NO_TYPES: dict[str, tuple[tuple[int, int], tuple[int, int], float, float]] = {
    "Refi": ((100, 175), (90, 160), 0.6, 6),
    "Purchase": ((125, 200), (110, 200), 0.7, 4),
    "HELOC": ((75, 125), (40, 90), 0.4, 3),
    "General": ((25, 60), (1, 12), 0.0, 3),
}
# title company: weight, typical days to pay
_NO_TITLE = {
    "First American": (5, 18),
    "Stewart Title": (4, 25),
    "Fidelity National": (3, 14),
    "Old Republic": (2, 35),
    "Snapdocs Direct": (3, 7),
    "(walk-in)": (2, 0),
}


def _notary_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29603)
    rows: list[dict[str, Any]] = []
    end = pd.Timestamp("2024-12-31")
    for _ in range(620):
        kind = str(_one(rng, list(_NO_TYPES), [v[3] for v in _NO_TYPES.values()]))
        (f_lo, f_hi), (pg_lo, pg_hi), p_scan, _w = _NO_TYPES[kind]
        title = "(walk-in)" if kind == "General" else str(_one(rng, list(_NO_TITLE)[:5], [5, 4, 3, 2, 3]))
        day = pd.Timestamp("2023-01-01") + pd.Timedelta(days=int(rng.integers(0, 731)))
        pages = int(rng.integers(pg_lo, pg_hi + 1))
        miles = int(max(4, rng.gamma(2.2, 14)))
        fee = int(round((f_lo + (f_hi - f_lo) * (pages - pg_lo) / max(1, pg_hi - pg_lo)) / 5 + rng.normal(0, 2)) * 5)
        fee = max(f_lo, fee) + (25 if miles > 60 and kind != "General" else 0)
        lag = _NO_TITLE[title][1]
        paid_on = day + pd.Timedelta(days=int(max(0, rng.normal(lag, lag / 3 + 0.5))))
        unpaid = paid_on > end or rng.random() < 0.03
        rows.append(
            {
                "Date": f"{day:%Y-%m-%d}",
                "Signing Type": kind,
                "Title Company": title,
                "Miles": miles,
                "Fee": f"${fee}",
                "Pages": pages,
                "Scanbacks": "Y" if rng.random() < p_scan else "N",
                "Paid Date": "" if unpaid else f"{paid_on:%Y-%m-%d}",
            }
        )
    return pd.DataFrame(rows).sort_values("Date", kind="stable").reset_index(drop=True)


def _no_days_to_pay(df: pd.DataFrame) -> pd.Series:
    paid = pd.to_datetime(df["Paid Date"], format="%Y-%m-%d", errors="coerce")
    return (paid - pd.to_datetime(df["Date"], format="%Y-%m-%d")).dt.days.dropna()


_NO_QS = [
    Q(
        "how many refis have i done",
        _count(lambda df: int((_text(df, "Signing Type") == "Refi").sum())),
        ("Signing Type",),
    ),
    Q("how much have i made total", _amount(lambda df: float(_num(df, "Fee").sum())), ("Fee",)),
    Q(
        "which title company sends me the most signings",
        _lead(_named(lambda df: _top(_text(df, "Title Company")[lambda s: s != "(walk-in)"].value_counts()))),
        ("Title Company",),
    ),
    Q(
        "how many signings haven't been paid yet",
        _count(lambda df: int((_text(df, "Paid Date") == "").sum())),
        ("Paid Date",),
    ),
    Q("how long does it usually take to get paid", _typical(_no_days_to_pay), ("Date", "Paid Date")),
    Q(
        "does the fee go up with more pages",
        _corr(lambda df: df["Pages"].astype(float), lambda df: _num(df, "Fee")),
        ("Pages", "Fee"),
    ),
]


# --- 4. Photographer shoot bookings --------------------------------------------------------------------------------

# shoot type: hours range, price per hour range, lead days (gamma mean), weight
_PH_TYPES: dict[str, tuple[tuple[int, int], tuple[float, float], float, float]] = {
    "Wedding": ((6, 10), (300, 420), 240, 4),
    "Portrait": ((1, 2), (175, 250), 21, 7),
    "Event": ((2, 5), (150, 220), 35, 4),
    "Product": ((2, 6), (120, 180), 14, 2),
}
_PH_SOURCES = {"Instagram": 6, "Google": 4, "Past Client": 3, "The Knot": 2, "Friend/Family": 3}
# month weights for weddings (outdoor season) and everything else
_PH_WED_MONTHS = [0.2, 0.2, 0.4, 0.6, 1.3, 1.6, 0.8, 0.8, 2.2, 3.6, 0.8, 0.3]


def _photo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29604)
    rows: list[dict[str, Any]] = []
    for _ in range(420):
        kind = str(_one(rng, list(_PH_TYPES), [v[3] for v in _PH_TYPES.values()]))
        (h_lo, h_hi), (r_lo, r_hi), lead, _w = _PH_TYPES[kind]
        year = int(_one(rng, [2023, 2024]))
        weights = _PH_WED_MONTHS if kind == "Wedding" else None
        month = int(_one(rng, list(range(1, 13)), weights)) if weights else int(rng.integers(1, 13))
        shoot = pd.Timestamp(year, month, 1) + pd.Timedelta(days=int(rng.integers(0, 28)))
        booked = shoot - pd.Timedelta(days=int(max(2, rng.gamma(3.0, lead / 3))))
        hours = int(rng.integers(h_lo, h_hi + 1))
        price = round(hours * float(rng.uniform(r_lo, r_hi)) / 50) * 50
        travel = int(_one(rng, [0, 0, 0, 50, 75, 150])) if kind != "Product" else 0
        per_hour = {"Wedding": 70, "Portrait": 30, "Event": 60, "Product": 15}[kind]
        delivered = int(hours * per_hour * float(rng.uniform(0.7, 1.3)))
        late = shoot > pd.Timestamp("2024-11-30") or rng.random() < 0.02
        rows.append(
            {
                "Booking Date": f"{booked.month}/{booked.day}/{booked.year}",
                "Shoot Date": f"{shoot.month}/{shoot.day}/{shoot.year}",
                "Shoot Type": kind,
                "Hours": hours,
                "Package Price": f"${price:,.2f}",
                "Travel Fee": f"${travel:,.2f}" if travel else "",
                "Deposit": f"${round(price * (0.3 if kind == 'Wedding' else 0.5)):,.2f}",
                "Photos Delivered": "" if late else delivered,
                "Referral Source": str(_one(rng, list(_PH_SOURCES), list(_PH_SOURCES.values()))),
            }
        )
    frame = pd.DataFrame(rows)
    order = pd.to_datetime(frame["Shoot Date"], format="%m/%d/%Y").argsort(kind="stable")
    return frame.iloc[order].reset_index(drop=True)


def _ph_lead(df: pd.DataFrame) -> pd.Series:
    shoot = pd.to_datetime(df["Shoot Date"], format="%m/%d/%Y")
    booked = pd.to_datetime(df["Booking Date"], format="%m/%d/%Y")
    return (shoot - booked).dt.days[_text(df, "Shoot Type") == "Wedding"]


def _ph_busy_month(df: pd.DataFrame) -> int:
    months = pd.to_datetime(df["Shoot Date"], format="%m/%d/%Y").dt.month
    return int(months.value_counts().sort_index().idxmax())


_PH_QS = [
    Q(
        "how many weddings have i shot",
        _count(lambda df: int((_text(df, "Shoot Type") == "Wedding").sum())),
        ("Shoot Type",),
    ),
    Q(
        "average package price for each type of shoot",
        _about(
            lambda df: _num(df, "Package Price").groupby(_text(df, "Shoot Type")).mean().to_numpy(),
        ),
        ("Shoot Type", "Package Price"),
    ),
    Q(
        "where do most of my clients find me",
        _lead(_named(lambda df: _top(_text(df, "Referral Source").value_counts()))),
        ("Referral Source",),
    ),
    Q(
        "how far ahead do couples usually book a wedding",
        _typical(_ph_lead),
        ("Booking Date", "Shoot Date", "Shoot Type"),
    ),
    Q("total travel fees i've charged", _amount(lambda df: float(_num(df, "Travel Fee").sum())), ("Travel Fee",)),
    Q("what's my busiest month of the year for shoots", _lead(_month_of_year(_ph_busy_month)), ("Shoot Date",)),
]


# --- 5. Self-storage unit ledger -----------------------------------------------------------------------------------

# size: base rent, units in the building
_ST_SIZES: dict[str, tuple[float, int]] = {
    "5x5": (49.0, 90),
    "5x10": (79.0, 130),
    "10x10": (129.0, 170),
    "10x15": (169.0, 90),
    "10x20": (219.0, 80),
}


def _storage_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29605)
    rows: list[dict[str, Any]] = []
    today = pd.Timestamp("2024-12-31")
    number = 0
    for size, (base, n) in _ST_SIZES.items():
        for _ in range(n):
            number += 1
            building = "ABCD"[number % 4]
            climate = rng.random() < 0.35
            move_in = pd.Timestamp("2018-01-01") + pd.Timedelta(days=int(2550 * float(rng.random()) ** 0.6))
            rent = base * (1.3 if climate else 1.0) * (1 + 0.03 * (move_in.year - 2018)) + float(rng.normal(0, 4))
            rent = round(rent) - 0.01 if rng.random() < 0.5 else float(round(rent))
            stay = int(rng.gamma(1.4, 420))
            move_out = move_in + pd.Timedelta(days=stay)
            gone = move_out <= today
            autopay = rng.random() < 0.55
            late_chance = 0.05 if autopay else 0.22
            delinquent = 0 if rng.random() >= late_chance else int(rng.integers(1, 120))
            rows.append(
                {
                    "Unit #": f"{building}-{100 + number}",
                    "Size": size,
                    "Climate Controlled": "Y" if climate else "N",
                    "Monthly Rent": f"${rent:,.2f}",
                    "Move-In Date": f"{move_in:%Y-%m-%d}",
                    "Move-Out Date": f"{move_out:%Y-%m-%d}" if gone else "",
                    "Days Delinquent": "" if gone else delinquent,
                    "Autopay": "Y" if autopay else "N",
                }
            )
    return pd.DataFrame(rows)


def _st_late_shares(df: pd.DataFrame) -> np.ndarray:
    days = pd.to_numeric(df["Days Delinquent"], errors="coerce")
    keep = days.notna()
    late = (days[keep] > 0).groupby(_yes(df, "Autopay")[keep]).mean()
    return np.array([late[True], late[False]])


def _st_climate_means(df: pd.DataFrame) -> np.ndarray:
    return _num(df, "Monthly Rent").groupby(_yes(df, "Climate Controlled")).mean().to_numpy()


_ST_QS = [
    Q(
        "how many units are rented out right now",
        _count(lambda df: int((_text(df, "Move-Out Date") == "").sum())),
        ("Move-Out Date", "Move-In Date", "Unit #"),
    ),
    Q(
        "what's the average rent on a 10x10",
        _about(lambda df: float(_num(df, "Monthly Rent")[_text(df, "Size") == "10x10"].mean())),
        ("Size", "Monthly Rent"),
    ),
    Q(
        "how much more do climate controlled units go for",
        either(
            _about(lambda df: float(np.diff(_st_climate_means(df))[0])),
            _about(_st_climate_means),
        ),
        ("Climate Controlled", "Monthly Rent", "Size"),
    ),
    Q(
        "how many tenants are more than 30 days late",
        _count(lambda df: int((pd.to_numeric(df["Days Delinquent"], errors="coerce") > 30).sum())),
        ("Days Delinquent", "Unit #"),
    ),
    Q(
        "are people on autopay less likely to be behind? compare the two",
        _shares(_st_late_shares),
        ("Autopay", "Days Delinquent", "Move-Out Date"),
    ),
    Q(
        "which year had the most move ins",
        _lead(_year(lambda df: _top(pd.to_datetime(df["Move-In Date"]).dt.year.value_counts()))),
        ("Move-In Date",),
    ),
]


# --- 6. State small airport operations counts ----------------------------------------------------------------------

# id: name, towered, monthly ops scale, share itinerant, share air taxi, military scale (None: not reported)
_AP_FIELDS: dict[str, tuple[str, bool, float, float, float, float | None]] = {
    "3CK": ("LAKE IN THE HILLS", False, 3200, 0.45, 0.01, None),
    "ARR": ("AURORA MUNICIPAL", True, 7800, 0.55, 0.05, 40),
    "DPA": ("DUPAGE", True, 9200, 0.6, 0.08, 60),
    "LOT": ("LEWIS UNIVERSITY", True, 5400, 0.4, 0.02, 15),
    "UGN": ("WAUKEGAN NATIONAL", True, 6100, 0.58, 0.07, 25),
    "PWK": ("CHICAGO EXECUTIVE", True, 8700, 0.62, 0.12, 30),
    "C09": ("MORRIS MUNICIPAL-JAMES R WASHBURN FLD", False, 2100, 0.5, 0.01, None),
    "RFD": ("CHICAGO/ROCKFORD INTL", True, 5900, 0.7, 0.06, 90),
    "DKB": ("DEKALB TAYLOR MUNICIPAL", False, 2700, 0.52, 0.02, 8),
    "FEP": ("ALBERTUS", False, 1500, 0.4, 0.0, None),
    "JOT": ("JOLIET REGIONAL", False, 2400, 0.45, 0.01, 5),
    "IKK": ("GREATER KANKAKEE", False, 2300, 0.6, 0.02, 12),
    "PIA": ("GENERAL DOWNING-PEORIA INTL", True, 4700, 0.65, 0.09, 140),
    "BMI": ("CENTRAL IL RGNL ARPT AT BLOOMINGTON-NORMAL", True, 4200, 0.6, 0.08, 45),
    "CMI": ("UNIVERSITY OF ILLINOIS-WILLARD", True, 6300, 0.45, 0.03, 35),
    "SPI": ("ABRAHAM LINCOLN CAPITAL", True, 3900, 0.68, 0.07, 210),
    "DEC": ("DECATUR", True, 2600, 0.62, 0.04, 50),
    "MWA": ("VETERANS AIRPORT OF SOUTHERN ILLINOIS", True, 3400, 0.55, 0.04, 20),
    "1C5": ("BOLINGBROOK'S CLOW INTL", False, 2900, 0.35, 0.0, None),
    "PNT": ("PONTIAC MUNICIPAL", False, 900, 0.5, 0.01, 3),
    "GBG": ("GALESBURG MUNICIPAL", False, 1100, 0.6, 0.03, 10),
    "SQI": ("WHITESIDE COUNTY-JOS H BITTORF FLD", False, 1300, 0.55, 0.01, None),
    "TIP": ("RANTOUL NATL AVN CNTR-FRANK ELLIOTT FLD", False, 1000, 0.45, 0.0, 6),
    "VLA": ("VANDALIA MUNICIPAL", False, 700, 0.6, 0.01, 2),
}
# seasonal factor by month
_AP_SEASON = [0.62, 0.66, 0.85, 1.0, 1.15, 1.28, 1.33, 1.3, 1.12, 1.0, 0.8, 0.62]


def _airport_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29606)
    rows: list[dict[str, Any]] = []
    for year in (2023, 2024):
        for month in range(1, 13):
            label = f"{year}-{month:02d}"
            sums = {"ITIN_GA": 0, "LOCAL_GA": 0, "AIR_TAXI": 0, "MILITARY": 0, "TOTAL_OPS": 0}
            for loc, (name, towered, scale, itin, taxi, mil) in _AP_FIELDS.items():
                ops = scale * _AP_SEASON[month - 1] * (1.04 if year == 2024 else 1.0) * float(rng.normal(1, 0.08))
                air_taxi = int(ops * taxi * float(rng.uniform(0.8, 1.2)))
                ga = ops - air_taxi
                itin_ga = int(ga * itin)
                local_ga = int(ga - itin_ga)
                military = None if mil is None else int(rng.poisson(mil))
                total = itin_ga + local_ga + air_taxi + (military or 0)
                rows.append(
                    {
                        "LOC_ID": loc,
                        "FACILITY_NAME": name,
                        "MONTH": label,
                        "ITIN_GA": itin_ga,
                        "LOCAL_GA": local_ga,
                        "AIR_TAXI": air_taxi,
                        "MILITARY": "" if military is None else military,
                        "TOTAL_OPS": total,
                        "TOWERED": "Y" if towered else "N",
                    }
                )
                for k, v in zip(sums, (itin_ga, local_ga, air_taxi, military or 0, total), strict=True):
                    sums[k] += v
            rows.append({"LOC_ID": "", "FACILITY_NAME": "STATEWIDE TOTAL", "MONTH": label, **sums, "TOWERED": ""})
    return pd.DataFrame(rows)


def _ap_fields(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "FACILITY_NAME") != "STATEWIDE TOTAL"]


def _ap_busiest(df: pd.DataFrame) -> list[str]:
    f = _ap_fields(df)
    loc = _top(f["TOTAL_OPS"].astype(float).groupby(_text(f, "LOC_ID")).sum())
    return [loc, str(f.loc[_text(f, "LOC_ID") == loc, "FACILITY_NAME"].iloc[0])]


def _ap_peak_month(df: pd.DataFrame) -> pd.Timestamp:
    f = _ap_fields(df)
    by = f["TOTAL_OPS"].astype(float).groupby(_text(f, "MONTH")).sum()
    return pd.Timestamp(_top(by) + "-01")


def _ap_tower_means(df: pd.DataFrame) -> np.ndarray:
    f = _ap_fields(df)
    return f["TOTAL_OPS"].astype(float).groupby(_text(f, "TOWERED")).mean().to_numpy()


_AP_QS = [
    Q(
        "which airport is the busiest",
        _lead(_named_any(_ap_busiest)),
        ("LOC_ID", "FACILITY_NAME", "TOTAL_OPS"),
    ),
    Q(
        "how many operations were there statewide in 2024",
        _amount(lambda df: float(_ap_fields(df)["TOTAL_OPS"][_text(_ap_fields(df), "MONTH").str[:4] == "2024"].sum())),
        ("MONTH", "TOTAL_OPS", "FACILITY_NAME"),
    ),
    Q("what was the busiest month", _lead(_month_year(_ap_peak_month)), ("MONTH", "TOTAL_OPS", "FACILITY_NAME")),
    Q(
        "how many of these airports have a tower",
        _count(lambda df: int(_ap_fields(df).loc[_yes(_ap_fields(df), "TOWERED"), "LOC_ID"].nunique())),
        ("TOWERED", "LOC_ID", "FACILITY_NAME"),
    ),
    Q(
        "what share of all the traffic is military",
        _share(lambda df: float(_num(_ap_fields(df), "MILITARY").sum() / _ap_fields(df)["TOTAL_OPS"].sum())),
        ("MILITARY", "TOTAL_OPS", "FACILITY_NAME"),
    ),
    Q(
        "average monthly ops at towered airports vs ones without a tower",
        _about(_ap_tower_means),
        ("TOWERED", "TOTAL_OPS", "MONTH", "LOC_ID", "FACILITY_NAME"),
    ),
]


# --- 7. County septic permit records -------------------------------------------------------------------------------

_SE_TOWNSHIPS = {
    "HARMONY": 5,
    "PLEASANT VALLEY": 4,
    "CEDAR CREEK": 3,
    "LIBERTY": 4,
    "WASHINGTON": 3,
    "MILL CREEK": 2,
    "NORTH FORK": 2,
}
# township: chance of mound (wet soils)
_SE_MOUND = {
    "HARMONY": 0.15,
    "PLEASANT VALLEY": 0.2,
    "CEDAR CREEK": 0.55,
    "LIBERTY": 0.1,
    "WASHINGTON": 0.25,
    "MILL CREEK": 0.5,
    "NORTH FORK": 0.3,
}
_SE_FAIL = {"CONVENTIONAL": 0.07, "MOUND": 0.12, "AEROBIC": 0.2}
_SE_FEE = {"CONVENTIONAL": 350.0, "MOUND": 475.0, "AEROBIC": 525.0}


def _septic_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29607)
    rows: list[dict[str, Any]] = []
    seq: dict[int, int] = {}
    for _ in range(1250):
        day = pd.Timestamp("2021-01-01") + pd.Timedelta(days=int(rng.integers(0, 1461)))
        rows.append({"day": day, "u": float(rng.random())})
    rows.sort(key=lambda r: r["day"])
    out: list[dict[str, Any]] = []
    for r in rows:
        day = r["day"]
        seq[day.year] = seq.get(day.year, 0) + 1
        town = str(_one(rng, list(_SE_TOWNSHIPS), list(_SE_TOWNSHIPS.values())))
        kind = "MOUND" if rng.random() < _SE_MOUND[town] else str(_one(rng, ["CONVENTIONAL", "AEROBIC"], [4, 1]))
        beds = int(_one(rng, [1, 2, 3, 4, 5, 6], [1, 4, 10, 8, 3, 1]))
        tank = 1000 if beds <= 3 else (1250 if beds == 4 else 1500)
        if rng.random() < 0.04:
            tank = 1500
        acres = round(float(rng.lognormal(0.4, 0.6)), 2)
        pending = day > pd.Timestamp("2024-11-15") or rng.random() < 0.02
        fail = rng.random() < _SE_FAIL[kind]
        out.append(
            {
                "PERMIT_NO": f"SP-{day.year}-{seq[day.year]:04d}",
                "ISSUE_DATE": f"{day.month}/{day.day}/{day.year}",
                "TOWNSHIP": town,
                "SYSTEM_TYPE": kind,
                "BEDROOMS": beds,
                "LOT_ACRES": acres,
                "TANK_GAL": tank,
                "INSPECTION": "" if pending else ("FAIL" if fail else "PASS"),
                "FEE": f"${_SE_FEE[kind] + (50 if beds >= 5 else 0):,.2f}",
            }
        )
    return pd.DataFrame(out)


def _se_fail_rates(df: pd.DataFrame, kind: str | None = None) -> list[float]:
    result = _text(df, "INSPECTION")
    if kind:
        result = result[_text(df, "SYSTEM_TYPE") == kind]
    fails = float((result == "FAIL").sum())
    return [fails / float(result.isin(["PASS", "FAIL"]).sum()), fails / float(len(result))]


_SE_QS = [
    Q(
        "how many permits were issued in 2023",
        _count(lambda df: int((pd.to_datetime(df["ISSUE_DATE"], format="%m/%d/%Y").dt.year == 2023).sum())),
        ("ISSUE_DATE", "PERMIT_NO"),
    ),
    Q(
        "which township puts in the most mound systems",
        _lead(_named(lambda df: _top(_text(df, "TOWNSHIP")[_text(df, "SYSTEM_TYPE") == "MOUND"].value_counts()))),
        ("TOWNSHIP", "SYSTEM_TYPE"),
    ),
    Q(
        "what's the inspection failure rate",
        either(_share(lambda df: _se_fail_rates(df)[0]), _share(lambda df: _se_fail_rates(df)[1])),
        ("INSPECTION",),
    ),
    Q(
        "and just for aerobic systems?",
        either(
            _share(lambda df: _se_fail_rates(df, "AEROBIC")[0]),
            _share(lambda df: _se_fail_rates(df, "AEROBIC")[1]),
        ),
        ("INSPECTION", "SYSTEM_TYPE"),
    ),
    Q(
        "do houses with more bedrooms get bigger tanks",
        _corr(lambda df: df["BEDROOMS"].astype(float), lambda df: df["TANK_GAL"].astype(float)),
        ("BEDROOMS", "TANK_GAL"),
    ),
    Q(
        "how many inspections are still pending",
        _count(lambda df: int((_text(df, "INSPECTION") == "").sum())),
        ("INSPECTION",),
    ),
]


HELDOUT296: list[Dataset] = [
    Dataset("plumber_service_calls", _plumber_frame, _PL_QS),
    Dataset("chiropractor_visit_ledger", _chiro_frame, _CH_QS),
    Dataset("mobile_notary_signing_log", _notary_frame, _NO_QS),
    Dataset("photographer_shoot_bookings", _photo_frame, _PH_QS),
    Dataset("self_storage_unit_ledger", _storage_frame, _ST_QS),
    Dataset("state_airport_operations", _airport_frame, _AP_QS),
    Dataset("septic_permit_records", _septic_frame, _SE_QS),
]
