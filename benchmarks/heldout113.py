"""HELDOUT113: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public tables an analyst is likely to bring along: a FreshBooks
expenses report export (Date as "2023-04-17", Category such as "Travel" / "Meals and Entertainment" / "Office
Supplies" / "Software", Vendor often blank, Client and Project mostly blank, Notes free text, Amount before tax,
"Tax 1 Name" GST / HST with "Tax 1 Amount", "Tax 2 Name" / "Tax 2 Amount" nearly always blank, Currency USD,
"Has Receipt" Yes / No, Author as a person's name, and a last "Total" row whose Date is blank and whose Amount is the
sum of the rest); a Gusto payroll journal (one row per employee per paycheck, "Payroll Check Date", "Pay Period
Start" and "Pay Period End" as "01/13/2023", "Employee ID" repeated on every check, "Employee Last Name" and
"Employee First Name", Department, "Check Type" Regular / Off-Cycle / Bonus, "Payment Method" Direct Deposit /
Check, "Regular Hours" and "Overtime Hours", "Gross Earnings", employee taxes (federal income tax, social security,
medicare, state income tax), "401(k) Employee" often 0, "Net Pay", and employer social security, medicare, FUTA and
SUTA, biweekly from January 2023 to June 2024); a Fitbod workout history export (one row per set, Date as
"2023-03-14 18:02:11 +0000" shared by every set of a workout, Exercise such as "Barbell Bench Press", Reps,
"Weight(kg)" 0 for body-weight moves, "Duration(s)" and "Distance(m)" 0 except for cardio, Incline and Resistance
always 0, isWarmup as "true" / "false", Note mostly blank and multiplier 1.0 or 2.0 for dumbbell moves); a Wave
accounting transactions export (double entry: two lines per "Transaction ID", one on the bank account and one on an
income or expense account, "Transaction Date" as "2023-02-28", "Account Name", "Transaction Description",
"Amount (One column)" with debits positive and credits negative, "Debit Amount (Two Column Approach)" and "Credit
Amount (Two Column Approach)" with blanks, "Other Accounts for this Transaction", Customer and Vendor on both lines
(blank when not recorded), "Invoice Number", "Sales Tax Amount", "Account Group" Assets / Income / Expense and
"Account Type"); US CBP's Southwest Land Border Encounters (one row per month, component, area of responsibility,
demographic, citizenship, title and encounter type, "Fiscal Year" as "2022" with the current year as "2024 (FYTD)",
"Month (abbv)" as upper-case "OCT", Component "U.S. Border Patrol" / "Office of Field Operations", "Area of
Responsibility" sectors and field offices with "AOR (Abbv)" codes, Demographic "Single Adults" / "FMUA" /
"Accompanied Minors" / "UC / Single Minors", upper-case Citizenship with "OTHER", "Title of Authority" Title 8 /
Title 42 (Title 42 ending in May 2023), "Encounter Type" Apprehensions / Expulsions / Inadmissibles and "Encounter
Count"); NYC HPD Housing Maintenance Code Violations (ViolationID, BuildingID repeated per building, BoroID and
upper-case Boro, HouseNumber, StreetName, Postcode, Apartment often blank, Story, Block, Lot, Class A / B / C / I,
InspectionDate, ApprovedDate, OriginalCertifyByDate and CertifiedDate as "06/14/2021" (the last mostly blank),
OrderNumber, NOVID, NOVDescription in upper case with "§ 27-2005 ADM CODE" style text, NOVIssuedDate, CurrentStatus
such as "VIOLATION CLOSED" / "NOV SENT OUT", NovType Original / Reissue, ViolationStatus Open / Close, RentImpairing
Y / N, Latitude / Longitude with blanks, CommunityBoard and CouncilDistrict); and the Premier League transfers table
of github.com/ewenme/transfers (premier-league.csv: club_name, player_name, age, position as "Centre-Forward",
club_involved_name, fee as written on Transfermarkt ("£21.60m", "£900Th.", "Loan", "loan fee:£1.80m", "free
transfer", "End of loan", "?", "-"), transfer_movement in / out, transfer_period Summer / Winter, fee_cleaned in
millions of pounds (blank when unknown, 0 for free moves), league_name "Premier League", year and season
"2018/2019", 2014-2021). All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _shares, _text, _year
from .heldout38 import _draw
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import corr_of as _corr
from .offline_eval import month_names as _month_names
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores).index[0])


def _money(value: Callable[[pd.DataFrame], Any]) -> Check:
    """An amount in full or as thousands / millions ("$12.4k", "1.2 million")."""
    return _scaled(value, (1e3, 1e6))


def _either_sign(value: Callable[[pd.DataFrame], float]) -> Check:
    """An amount written as itself or with its sign flipped (credits shown negative)."""
    return either(_money(value), _money(lambda d: -float(value(d))))


def _num(s: pd.Series) -> pd.Series:
    return pd.to_numeric(s, errors="coerce")


# --- 1. FreshBooks expenses report export -------------------------------------------------------------------------

_FB_CATS = (
    "Travel:14;Meals and Entertainment:16;Office Supplies:13;Software:12;Advertising:7;Car & Truck Expenses:9;"
    "Rent or Lease:4;Utilities:5;Professional Services:6;Telephone:5;Shipping:4;Education and Training:3;"
    "Bank Fees:2"
)
_FB_SCALE = {
    "Travel": (5.6, 0.8),
    "Meals and Entertainment": (3.8, 0.6),
    "Office Supplies": (3.9, 0.8),
    "Software": (3.6, 0.9),
    "Advertising": (5.5, 0.7),
    "Car & Truck Expenses": (4.0, 0.6),
    "Rent or Lease": (7.4, 0.1),
    "Utilities": (4.9, 0.3),
    "Professional Services": (6.2, 0.6),
    "Telephone": (4.4, 0.2),
    "Shipping": (3.2, 0.7),
    "Education and Training": (5.4, 0.6),
    "Bank Fees": (2.5, 0.5),
}
_FB_VENDORS = {
    "Travel": "Delta Air Lines;United Airlines;Marriott;Hilton;Uber;Lyft;Airbnb",
    "Meals and Entertainment": "Starbucks;Chipotle;Panera Bread;DoorDash;The Capital Grille;Uber Eats",
    "Office Supplies": "Staples;Amazon;Office Depot;Costco",
    "Software": "Adobe;Google Workspace;Slack;Zoom;Dropbox;GitHub;Microsoft 365",
    "Advertising": "Google Ads;Facebook Ads;LinkedIn;Vistaprint",
    "Car & Truck Expenses": "Shell;Chevron;ExxonMobil;Jiffy Lube;SpotHero",
    "Rent or Lease": "WeWork;Regus",
    "Utilities": "Con Edison;Comcast;Verizon Fios",
    "Professional Services": "LegalZoom;Smith & Co CPA;Upwork;Fiverr",
    "Telephone": "Verizon Wireless;AT&T;T-Mobile",
    "Shipping": "FedEx;UPS;USPS",
    "Education and Training": "Udemy;Coursera;O'Reilly Media",
    "Bank Fees": "Chase;Stripe;PayPal",
}


def _freshbooks_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11301)
    n = 1240
    start = pd.Timestamp("2022-01-01")
    rows = []
    for _ in range(n):
        cat = _draw(rng, _FB_CATS)
        mu, sd = _FB_SCALE[cat]
        day = start + pd.Timedelta(days=int(rng.integers(0, 730)))
        amount = round(float(np.exp(rng.normal(mu, sd))) * (1.25 if day.month in (3, 10) else 1.0), 2)
        vendor = _one(rng, _FB_VENDORS[cat].split(";"))
        if rng.random() < 0.12:
            vendor = ""
        client = _one(rng, ["Acme Corp", "Brightline LLC", "Northwind Traders", "Globex"]) if rng.random() < 0.2 else ""
        project = _one(rng, ["Website Redesign", "Q3 Campaign", "Onboarding"]) if client and rng.random() < 0.6 else ""
        taxed = rng.random() < 0.3
        rows.append(
            {
                "Date": f"{day:%Y-%m-%d}",
                "Category": cat,
                "Vendor": vendor,
                "Client": client,
                "Project": project,
                "Notes": _one(rng, ["", "", "", "client meeting", "conference", "monthly subscription", "reimbursed"]),
                "Amount": amount,
                "Tax 1 Name": _one(rng, ["GST", "HST"]) if taxed else "",
                "Tax 1 Amount": round(amount * 0.05, 2) if taxed else 0.0,
                "Tax 2 Name": "",
                "Tax 2 Amount": 0.0,
                "Currency": "USD",
                "Has Receipt": "No"
                if rng.random() < (0.35 if cat in ("Meals and Entertainment", "Travel") else 0.15)
                else "Yes",
                "Author": _one(rng, ["Dana Whitfield", "Marcus Lee", "Priya Raman"], [5, 3, 2]),
            }
        )
    frame = pd.DataFrame(rows).sort_values("Date", kind="stable").reset_index(drop=True)
    total = {c: "" for c in frame.columns}
    total.update({"Category": "Total", "Amount": round(frame["Amount"].sum(), 2)})
    total.update({"Tax 1 Amount": round(frame["Tax 1 Amount"].sum(), 2), "Tax 2 Amount": 0.0})
    return pd.concat([frame, pd.DataFrame([total])], ignore_index=True)


def _fb(d: pd.DataFrame) -> pd.DataFrame:
    """The expense rows, without the report's Total line."""
    return d[_text(d["Category"]) != "Total"]


def _fb_total(with_tax: bool) -> Callable[[pd.DataFrame], float]:
    def total(d: pd.DataFrame) -> float:
        e = _fb(d)
        return float(e["Amount"].sum() + (e["Tax 1 Amount"].fillna(0).sum() if with_tax else 0))

    return total


def _fb_top_cat(d: pd.DataFrame) -> str:
    return _top(_fb(d).groupby("Category")["Amount"].sum())


def _fb_peak_month(with_tax: bool) -> Callable[[pd.DataFrame], Any]:
    def peak(d: pd.DataFrame) -> Any:
        e = _fb(d)
        months = pd.to_datetime(e["Date"]).dt.to_period("M")
        money = e["Amount"] + (e["Tax 1 Amount"].fillna(0) if with_tax else 0)
        return money.groupby(months).sum().idxmax().to_timestamp()

    return peak


def _fb_mean(cat: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_fb(d).loc[_text(_fb(d)["Category"]) == cat, "Amount"].mean())


_FB_ID = ("Date", "Category")
_FRESHBOOKS_QS = [
    Q(
        "how much did we spend in total?",
        either(_money(_fb_total(False)), _money(_fb_total(True))),
        (*_FB_ID, "Amount", "Tax 1 Amount", "Tax 2 Amount"),
    ),
    Q(
        "which category did we spend the most on",
        _lead(_named(_fb_top_cat)),
        (*_FB_ID, "Amount"),
    ),
    Q(
        "show spending by month. which month was the most expensive?",
        either(_lead(_month_year(_fb_peak_month(False))), _lead(_month_year(_fb_peak_month(True)))),
        (*_FB_ID, "Amount", "Tax 1 Amount"),
    ),
    Q(
        "how many expenses don't have a receipt?",
        _count(lambda d: float((_text(_fb(d)["Has Receipt"]) == "No").sum())),
        (*_FB_ID, "Has Receipt"),
    ),
    Q(
        "whats the average travel expense",
        has(_fb_mean("Travel"), rel=0.005),
        (*_FB_ID, "Amount"),
    ),
    Q(
        "and for meals?",
        has(_fb_mean("Meals and Entertainment"), rel=0.005),
        (*_FB_ID, "Amount"),
    ),
]


# --- 2. Gusto payroll journal --------------------------------------------------------------------------------------

_GU_DEPTS = "Engineering:12;Sales:8;Customer Support:7;Operations:5;Marketing:4;Finance:3"
_GU_PAY = {
    "Engineering": 68.0,
    "Sales": 42.0,
    "Customer Support": 27.0,
    "Operations": 31.0,
    "Marketing": 40.0,
    "Finance": 47.0,
}
_GU_FIRST = "James;Maria;Robert;Linda;Michael;Aisha;David;Sofia;Daniel;Emily;Kevin;Grace;Luis;Hannah;Omar;Chloe"
_GU_LAST = (
    "Nguyen;Garcia;Smith;Johnson;Patel;Brown;Kim;Martinez;Okafor;Davis;Wilson;Lopez;Chen;Taylor;Anderson;Thomas;"
    "Moore;Jackson;White;Harris;Clark;Lewis;Walker;Young;Allen;King;Wright;Scott;Hill;Green;Adams;Baker;Rivera;"
    "Campbell;Mitchell;Carter;Roberts;Phillips;Evans;Turner"
)


def _gusto_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11302)
    firsts, lasts = _GU_FIRST.split(";"), _GU_LAST.split(";")
    people = []
    for i, last in enumerate(lasts[:39]):
        dept = _draw(rng, _GU_DEPTS)
        rate = _GU_PAY[dept] * float(np.exp(rng.normal(0, 0.18)))
        hired = pd.Timestamp("2023-01-01") + pd.Timedelta(days=int(rng.integers(0, 500))) if i % 5 == 0 else None
        gone = pd.Timestamp("2023-03-01") + pd.Timedelta(days=int(rng.integers(0, 450))) if i % 9 == 4 else None
        hourly = dept in ("Customer Support", "Operations")
        people.append((f"{1001 + i}", _one(rng, firsts), last, dept, round(rate, 2), hired, gone, hourly))
    checks = pd.date_range("2023-01-13", "2024-06-30", freq="14D")
    rows = []
    for pay_day in checks:
        runs = [("Regular", pay_day)]
        if rng.random() < 0.15:
            runs.append(("Off-Cycle", pay_day + pd.Timedelta(days=int(rng.integers(2, 9)))))
        if pay_day.month == 12 and pay_day.day > 10 and pay_day.day <= 24:
            runs.append(("Bonus", pay_day + pd.Timedelta(days=3)))
        for kind, day in runs:
            for pid, first, last, dept, rate, hired, gone, hourly in people:
                if (hired is not None and day < hired) or (gone is not None and day > gone):
                    continue
                if kind == "Off-Cycle" and rng.random() > 0.12:
                    continue
                reg = 80.0 if not hourly else float(np.round(rng.normal(76, 4), 2).clip(40, 80))
                ot = float(np.round(max(0, rng.normal(6 if hourly else 0.5, 4 if hourly else 1.0)), 2))
                if kind == "Regular":
                    gross = reg * rate + ot * rate * 1.5
                elif kind == "Off-Cycle":
                    reg, ot = 0.0, 0.0
                    gross = float(rng.uniform(200, 2500))
                else:
                    reg, ot = 0.0, 0.0
                    gross = rate * float(rng.uniform(40, 160))
                gross = round(gross, 2)
                fit = round(gross * float(rng.uniform(0.1, 0.2)), 2)
                ss = round(gross * 0.062, 2)
                med = round(gross * 0.0145, 2)
                sit = round(gross * float(rng.uniform(0.03, 0.06)), 2)
                k401 = round(gross * 0.05, 2) if int(pid) % 3 else 0.0
                rows.append(
                    {
                        "Payroll Check Date": f"{day:%m/%d/%Y}",
                        "Pay Period Start": f"{pay_day - pd.Timedelta(days=18):%m/%d/%Y}",
                        "Pay Period End": f"{pay_day - pd.Timedelta(days=5):%m/%d/%Y}",
                        "Employee ID": pid,
                        "Employee Last Name": last,
                        "Employee First Name": first,
                        "Department": dept,
                        "Check Type": kind,
                        "Payment Method": "Check" if int(pid) % 11 == 0 else "Direct Deposit",
                        "Regular Hours": reg,
                        "Overtime Hours": ot,
                        "Gross Earnings": gross,
                        "Employee Federal Income Tax": fit,
                        "Employee Social Security": ss,
                        "Employee Medicare": med,
                        "Employee State Income Tax": sit,
                        "401(k) Employee": k401,
                        "Net Pay": round(gross - fit - ss - med - sit - k401, 2),
                        "Employer Social Security": ss,
                        "Employer Medicare": med,
                        "Employer FUTA": round(gross * 0.006, 2) if day.month < 4 else 0.0,
                        "Employer SUTA": round(gross * 0.027, 2) if day.month < 5 else 0.0,
                    }
                )
    return pd.DataFrame(rows)


def _gu_dates(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Payroll Check Date"], format="%m/%d/%Y")


def _gu_top_dept(per_person: bool) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        if per_person:
            return _top(d.groupby(["Department", "Employee ID"])["Net Pay"].mean().groupby(level=0).mean())
        return _top(d.groupby("Department")["Net Pay"].mean())

    return top


def _gu_overtime_person(d: pd.DataFrame) -> list[str]:
    pid = d.groupby("Employee ID")["Overtime Hours"].sum().idxmax()
    row = d[d["Employee ID"] == pid].iloc[0]
    return [str(row["Employee First Name"]), str(row["Employee Last Name"])]


def _gu_offcycle(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["Check Type"]) == "Off-Cycle"]


def _gu_named_person(answer: str, d: pd.DataFrame) -> str | None:
    first, last = _gu_overtime_person(d)
    return None if re.search(rf"\b{last}\b", answer) else f"missing employee {first} {last}"


_GU_ID = ("Employee ID", "Payroll Check Date")
_GUSTO_QS = [
    Q(
        "what was total gross pay in 2023",
        _money(lambda d: float(d.loc[_gu_dates(d).dt.year == 2023, "Gross Earnings"].sum())),
        (*_GU_ID, "Gross Earnings"),
    ),
    Q(
        "how many employees do we have?",
        _count(lambda d: float(d["Employee ID"].nunique())),
        ("Employee ID", "Employee Last Name", "Employee First Name"),
    ),
    Q(
        "which department has the highest average net pay per paycheck",
        _lead(either(_named(_gu_top_dept(False)), _named(_gu_top_dept(True)))),
        (*_GU_ID, "Department", "Net Pay"),
    ),
    Q(
        "who worked the most overtime?",
        _lead(_gu_named_person),
        (*_GU_ID, "Overtime Hours", "Employee Last Name", "Employee First Name"),
    ),
    Q(
        "how many off-cycle checks were there",
        _count(lambda d: float(len(_gu_offcycle(d)))),
        (*_GU_ID, "Check Type"),
    ),
    Q(
        "and how much gross pay was on those?",
        _money(lambda d: float(_gu_offcycle(d)["Gross Earnings"].sum())),
        (*_GU_ID, "Check Type", "Gross Earnings"),
    ),
]


# --- 3. Fitbod workout history export ------------------------------------------------------------------------------

# exercise: body part day, start weight (kg), weekly gain, reps range, dumbbell (multiplier 2)
_FT_EXERCISES: dict[str, tuple[str, float, float, tuple[int, int], bool]] = {
    "Barbell Bench Press": ("push", 55, 0.35, (5, 10), False),
    "Dumbbell Bench Press": ("push", 20, 0.15, (8, 12), True),
    "Dumbbell Shoulder Press": ("push", 14, 0.1, (8, 12), True),
    "Incline Dumbbell Bench Press": ("push", 18, 0.1, (8, 12), True),
    "Tricep Pushdown": ("push", 25, 0.1, (10, 15), False),
    "Dips": ("push", 0, 0, (6, 15), False),
    "Deadlift": ("pull", 90, 0.6, (3, 8), False),
    "Barbell Row": ("pull", 50, 0.3, (6, 10), False),
    "Lat Pulldown": ("pull", 50, 0.25, (8, 12), False),
    "Pull Up": ("pull", 0, 0, (4, 10), False),
    "Dumbbell Bicep Curl": ("pull", 10, 0.05, (8, 12), True),
    "Barbell Squat": ("legs", 70, 0.5, (5, 10), False),
    "Leg Press": ("legs", 120, 0.8, (8, 12), False),
    "Romanian Deadlift": ("legs", 60, 0.35, (8, 10), False),
    "Dumbbell Lunge": ("legs", 12, 0.08, (8, 12), True),
    "Leg Extension": ("legs", 40, 0.2, (10, 15), False),
}


def _fitbod_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11303)
    rows = []
    day = pd.Timestamp("2022-09-05")
    cycle = ["push", "pull", "legs"]
    k = 0
    while day < pd.Timestamp("2024-02-29"):
        part = cycle[k % 3]
        k += 1
        stamp = day + pd.Timedelta(hours=int(rng.integers(6, 21)), minutes=int(rng.integers(0, 60)))
        stamp_text = f"{stamp:%Y-%m-%d %H:%M:%S} +0000"
        weeks = (day - pd.Timestamp("2022-09-05")).days / 7
        names = [e for e, v in _FT_EXERCISES.items() if v[0] == part]
        for ex in rng.choice(names, size=min(len(names), int(rng.integers(3, 6))), replace=False):
            _, base, gain, (lo, hi), dumbbell = _FT_EXERCISES[str(ex)]
            top = base + gain * weeks * float(rng.uniform(0.85, 1.1))
            top = round(top / 2.5) * 2.5 if not dumbbell else round(top)
            warm = 1 if base >= 40 and rng.random() < 0.7 else 0
            for s in range(warm + int(rng.integers(3, 5))):
                is_warm = s < warm
                weight = round(top * 0.5 / 2.5) * 2.5 if is_warm else top
                rows.append(
                    {
                        "Date": stamp_text,
                        "Exercise": str(ex),
                        "Reps": int(rng.integers(lo, hi + 1)) if not is_warm else 10,
                        "Weight(kg)": float(weight),
                        "Duration(s)": 0.0,
                        "Distance(m)": 0.0,
                        "Incline": 0.0,
                        "Resistance": 0.0,
                        "isWarmup": "true" if is_warm else "false",
                        "Note": "felt heavy" if rng.random() < 0.02 else "",
                        "multiplier": 2.0 if dumbbell else 1.0,
                    }
                )
        if rng.random() < 0.3:
            rows.append(
                {
                    "Date": stamp_text,
                    "Exercise": _one(rng, ["Running", "Stationary Bike", "Rowing"]),
                    "Reps": 0,
                    "Weight(kg)": 0.0,
                    "Duration(s)": float(rng.integers(600, 1800)),
                    "Distance(m)": float(rng.integers(1500, 5000)),
                    "Incline": 0.0,
                    "Resistance": 0.0,
                    "isWarmup": "false",
                    "Note": "",
                    "multiplier": 1.0,
                }
            )
        gap = int(_one(rng, [1, 1, 2, 2, 3, 4, 6], [3, 2, 4, 2, 2, 1, 0.5]))
        if pd.Timestamp("2023-07-10") <= day < pd.Timestamp("2023-08-01"):
            gap += 5
        day = day + pd.Timedelta(days=gap)
    return pd.DataFrame(rows)


def _ft_when(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Date"].str[:19])


def _ft_work(d: pd.DataFrame, warmups: bool) -> pd.DataFrame:
    return d if warmups else d[_text(d["isWarmup"]).str.lower() != "true"]


def _ft_top_exercise(warmups: bool) -> Callable[[pd.DataFrame], str]:
    return lambda d: _top(_ft_work(d, warmups)["Exercise"].value_counts())


def _ft_peak_month(warmups: bool, mult: bool) -> Callable[[pd.DataFrame], Any]:
    def peak(d: pd.DataFrame) -> Any:
        w = _ft_work(d, warmups)
        vol = w["Reps"] * w["Weight(kg)"] * (w["multiplier"] if mult else 1)
        return vol.groupby(_ft_when(w).dt.to_period("M")).sum().idxmax().to_timestamp()

    return peak


def _ft_squat_reps(warmups: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_ft_work(d, warmups).query("Exercise == 'Barbell Squat'")["Reps"].mean())


_FT_ID = ("Date", "Exercise")
_FITBOD_QS = [
    Q(
        "how many workouts have i logged?",
        either(
            _count(lambda d: float(d["Date"].nunique())),
            _count(lambda d: float(_ft_when(d).dt.date.nunique())),
        ),
        _FT_ID,
    ),
    Q(
        "what exercise do i do the most sets of",
        _lead(either(_named(_ft_top_exercise(True)), _named(_ft_top_exercise(False)))),
        (*_FT_ID, "isWarmup"),
    ),
    Q(
        "whats my heaviest bench press",
        has(lambda d: float(d.loc[d["Exercise"] == "Barbell Bench Press", "Weight(kg)"].max())),
        (*_FT_ID, "Weight(kg)"),
    ),
    Q(
        "how many sets were warmups",
        _count(lambda d: float((_text(d["isWarmup"]).str.lower() == "true").sum())),
        (*_FT_ID, "isWarmup"),
    ),
    Q(
        "total volume (weight x reps) by month - which month was my biggest?",
        either(*(_lead(_month_year(_ft_peak_month(w, m))) for w in (True, False) for m in (True, False))),
        (*_FT_ID, "Reps", "Weight(kg)", "isWarmup", "multiplier"),
    ),
    Q(
        "average reps per set on squats",
        either(has(_ft_squat_reps(True), rel=0.005), has(_ft_squat_reps(False), rel=0.005)),
        (*_FT_ID, "Reps", "isWarmup"),
    ),
]


# --- 4. Wave accounting transactions export ------------------------------------------------------------------------

# expense account: weight, log mean, log sd, vendors
_WV_EXPENSES: dict[str, tuple[float, float, float, str]] = {
    "Rent Expense": (3, 8.0, 0.02, "Parkside Properties"),
    "Payroll - Salary & Wages": (5, 8.9, 0.15, "Gusto"),
    "Advertising & Promotion": (6, 6.2, 0.7, "Google;Meta Platforms;Yelp"),
    "Computer – Software": (8, 4.2, 0.8, "Adobe;Intuit;Microsoft;Shopify"),
    "Office Supplies": (7, 4.3, 0.7, "Staples;Amazon"),
    "Meals and Entertainment": (8, 3.9, 0.6, "Starbucks;Sweetgreen;Local Diner"),
    "Vehicle – Fuel": (6, 4.0, 0.4, "Shell;BP;Sunoco"),
    "Utilities": (4, 5.3, 0.3, "PSE&G;Comcast Business"),
    "Professional Fees": (3, 6.8, 0.5, "Baker Tilly;LegalShield"),
    "Bank Service Charges": (5, 2.8, 0.5, "TD Bank;Stripe"),
    "Insurance – General Liability": (2, 6.3, 0.1, "Hiscox"),
}
_WV_CUSTOMERS = (
    "Harbor Dental:12;Lumen Architects:9;Oakridge School District:6;Pine & Co:8;Riverside Clinic:7;Summit Realty:5"
)


def _wave_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11304)
    rows = []
    names = list(_WV_EXPENSES)
    weights = [_WV_EXPENSES[n][0] for n in names]
    tid = 480211
    for day in pd.date_range("2023-01-01", "2024-06-30", freq="D"):
        for _ in range(int(rng.poisson(1.9))):
            tid += int(rng.integers(1, 40))
            added = f"{day + pd.Timedelta(days=int(rng.integers(0, 5))):%Y-%m-%d}"
            if rng.random() < 0.32:
                cust = _draw(rng, _WV_CUSTOMERS) if rng.random() < 0.9 else ""
                amount = round(float(np.exp(rng.normal(7.3, 0.6))) * (0.6 if day.month in (7, 8) else 1.0), 2)
                tax = round(amount * 0.06625 / 1.06625, 2) if rng.random() < 0.5 else 0.0
                inv = f"{int(rng.integers(1000, 1999))}" if cust else ""
                desc = f"Payment for invoice #{inv}" if inv else "Deposit"
                lines = [
                    ("Business Checking", "Assets", "Cash and Bank", amount, "Sales"),
                    ("Sales", "Income", "Income", -amount, "Business Checking"),
                ]
                vend = ""
            else:
                acct = str(_one(rng, names, weights))
                _, mu, sd, vendors = _WV_EXPENSES[acct]
                amount = round(float(np.exp(rng.normal(mu, sd))), 2)
                vend = _one(rng, vendors.split(";")) if rng.random() < 0.82 else ""
                cust, inv, tax = "", "", 0.0
                desc = vend or _one(rng, ["POS PURCHASE", "ACH DEBIT", "CARD 4417"])
                lines = [
                    (acct, "Expense", "Operating Expense", amount, "Business Checking"),
                    ("Business Checking", "Assets", "Cash and Bank", -amount, acct),
                ]
            for acct, group, atype, signed, other in lines:
                rows.append(
                    {
                        "Transaction ID": tid,
                        "Transaction Date": f"{day:%Y-%m-%d}",
                        "Account Name": acct,
                        "Transaction Description": desc,
                        "Transaction Line Description": "",
                        "Amount (One column)": signed,
                        "Debit Amount (Two Column Approach)": signed if signed > 0 else np.nan,
                        "Credit Amount (Two Column Approach)": -signed if signed < 0 else np.nan,
                        "Other Accounts for this Transaction": other,
                        "Customer": cust,
                        "Vendor": vend,
                        "Invoice Number": inv,
                        "Bill Number": "",
                        "Notes / Memo": "",
                        "Amount Before Sales Tax": round(abs(signed) - tax, 2) if group == "Income" else np.nan,
                        "Sales Tax Amount": tax if group == "Income" else np.nan,
                        "Sales Tax Name": "NJ Sales Tax" if tax and group == "Income" else "",
                        "Transaction Date Added": added,
                        "Transaction Date Last Modified": added,
                        "Account Group": group,
                        "Account Type": atype,
                    }
                )
    return pd.DataFrame(rows)


def _wv_group(d: pd.DataFrame, group: str) -> pd.DataFrame:
    return d[_text(d["Account Group"]) == group]


def _wv_sales_2023(d: pd.DataFrame) -> float:
    s = _wv_group(d, "Income")
    return float(s.loc[pd.to_datetime(s["Transaction Date"]).dt.year == 2023, "Amount (One column)"].abs().sum())


def _wv_worst_month(d: pd.DataFrame) -> Any:
    pl = pd.concat([_wv_group(d, "Income"), _wv_group(d, "Expense")])
    profit = -pl["Amount (One column)"]
    return profit.groupby(pd.to_datetime(pl["Transaction Date"]).dt.to_period("M")).sum().idxmin().to_timestamp()


_WV_ID = ("Transaction ID", "Transaction Date", "Account Name", "Account Group")
_WV_MONEY = ("Amount (One column)", "Debit Amount (Two Column Approach)", "Credit Amount (Two Column Approach)")
_WAVE_QS = [
    Q(
        "how many transactions are in here",
        either(_count(lambda d: float(d["Transaction ID"].nunique())), _count(lambda d: float(len(d)))),
        _WV_ID,
    ),
    Q(
        "what's our biggest expense category?",
        _lead(_named(lambda d: _top(_wv_group(d, "Expense").groupby("Account Name")["Amount (One column)"].sum()))),
        (*_WV_ID, "Account Type", *_WV_MONEY),
    ),
    Q(
        "how much did we bring in from sales in 2023",
        _either_sign(_wv_sales_2023),
        (*_WV_ID, "Account Type", *_WV_MONEY),
    ),
    Q(
        "which customer paid us the most?",
        _lead(
            _named(
                lambda d: _top(
                    _wv_group(d, "Income")
                    .assign(c=lambda x: _text(x["Customer"]))
                    .query("c != ''")
                    .groupby("c")["Amount (One column)"]
                    .sum()
                    * -1
                )
            )
        ),
        (*_WV_ID, "Customer", *_WV_MONEY),
    ),
    Q(
        "how many expense transactions have no vendor?",
        _count(lambda d: float((_text(_wv_group(d, "Expense")["Vendor"]) == "").sum())),
        (*_WV_ID, "Vendor"),
    ),
    Q(
        "profit by month (income minus expenses). which month was the worst?",
        _lead(_month_year(_wv_worst_month)),
        (*_WV_ID, "Account Type", *_WV_MONEY),
    ),
]


# --- 5. CBP Southwest Land Border Encounters ------------------------------------------------------------------------

# AOR: component, abbreviation, weight
_CB_AORS: dict[str, tuple[str, str, float]] = {
    "Rio Grande Valley Sector": ("U.S. Border Patrol", "RGV", 22),
    "Del Rio Sector": ("U.S. Border Patrol", "DRT", 16),
    "El Paso Sector": ("U.S. Border Patrol", "EPT", 12),
    "Tucson Sector": ("U.S. Border Patrol", "TCA", 12),
    "San Diego Sector": ("U.S. Border Patrol", "SDC", 7),
    "Yuma Sector": ("U.S. Border Patrol", "YUM", 8),
    "Laredo Sector": ("U.S. Border Patrol", "LRT", 5),
    "El Centro Sector": ("U.S. Border Patrol", "ELC", 2),
    "Big Bend Sector": ("U.S. Border Patrol", "BBT", 1),
    "San Diego Field Office": ("Office of Field Operations", "SND", 5),
    "Laredo Field Office": ("Office of Field Operations", "LRD", 4),
    "El Paso Field Office": ("Office of Field Operations", "ELP", 3),
    "Tucson Field Office": ("Office of Field Operations", "TUC", 3),
}
_CB_CITIZEN = (
    "MEXICO:36;GUATEMALA:9;HONDURAS:9;VENEZUELA:7;CUBA:7;EL SALVADOR:4;COLOMBIA:5;NICARAGUA:6;ECUADOR:4;HAITI:2;"
    "OTHER:11"
)
_CB_DEMO = "Single Adults:70;FMUA:20;UC / Single Minors:7;Accompanied Minors:3"
_CB_MONTHS = ("OCT", "NOV", "DEC", "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP")


def _cbp_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11305)
    rows = []
    aors = list(_CB_AORS)
    aw = [_CB_AORS[a][2] for a in aors]
    level = {}
    for m in pd.period_range("2020-10", "2023-12", freq="M"):
        fy = m.year + (1 if m.month >= 10 else 0)
        t = (m - pd.Period("2020-10", freq="M")).n
        scale = 110 + 45 * np.sin(t / 6.0) + 3.0 * t + (60 if m == pd.Period("2022-12", freq="M") else 0)
        for _ in range(85):
            aor = str(_one(rng, aors, aw))
            comp, abbv, _ = _CB_AORS[aor]
            cit = _draw(rng, _CB_CITIZEN)
            demo = _draw(rng, _CB_DEMO)
            t42 = m <= pd.Period("2023-05", freq="M") and rng.random() < (0.55 if cit == "MEXICO" else 0.25)
            if comp == "U.S. Border Patrol":
                etype = "Expulsions" if t42 else "Apprehensions"
            else:
                etype = "Expulsions" if t42 else "Inadmissibles"
            key = (str(m), aor, demo, cit, t42, etype)
            boost = 2.5 if cit == "VENEZUELA" and fy >= 2022 else 1.0
            count = int(max(1, rng.lognormal(np.log(scale * boost), 1.1)))
            level[key] = level.get(key, 0) + count
    for (m, aor, demo, cit, t42, etype), count in level.items():
        comp, abbv, _ = _CB_AORS[aor]
        p = pd.Period(m, freq="M")
        fy = p.year + (1 if p.month >= 10 else 0)
        rows.append(
            {
                "Fiscal Year": f"{fy}" if fy < 2024 else "2024 (FYTD)",
                "Month (abbv)": _CB_MONTHS[(p.month - 10) % 12],
                "Component": comp,
                "Land Border Region": "Southwest Land Border",
                "Area of Responsibility": aor,
                "AOR (Abbv)": abbv,
                "Demographic": demo,
                "Citizenship": cit,
                "Title of Authority": "Title 42" if t42 else "Title 8",
                "Encounter Type": etype,
                "Encounter Count": count,
            }
        )
    return pd.DataFrame(rows)


def _cb_fy(d: pd.DataFrame) -> pd.Series:
    return d["Fiscal Year"].astype(str).str[:4].astype(int)


def _cb_month(d: pd.DataFrame) -> pd.Series:
    """The calendar month of each row (October of fiscal year 2022 is October 2021)."""
    m = d["Month (abbv)"].map({a: i for i, a in enumerate(_CB_MONTHS)}) + 10
    year = _cb_fy(d) - (m <= 12).astype(int)
    month = ((m - 1) % 12) + 1
    return pd.to_datetime(pd.DataFrame({"year": year, "month": month, "day": 1}))


def _cb_peak(d: pd.DataFrame) -> pd.Timestamp:
    return pd.Timestamp(d["Encounter Count"].groupby(_cb_month(d)).sum().idxmax())


def _cb_peak_fiscal(answer: str, d: pd.DataFrame) -> str | None:
    """The peak month by name with its fiscal year ("DEC FY2023")."""
    t = _cb_peak(d)
    fy = t.year + (1 if t.month >= 10 else 0)
    name = re.search(rf"\b(?:{_month_names(t.month)})\b", answer, re.IGNORECASE)
    return None if name and re.search(rf"\bFY\s?'?(?:{fy}|{fy % 100})\b", answer, re.IGNORECASE) else "missing month"


def _cb_country_fy(country: str, fy: int) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(d.loc[(_cb_fy(d) == fy) & (d["Citizenship"] == country), "Encounter Count"].sum())


_CB_ID = ("Fiscal Year", "Month (abbv)", "Encounter Count")
_CBP_QS = [
    Q(
        "how many encounters were there in fiscal year 2022",
        _count(lambda d: float(d.loc[_cb_fy(d) == 2022, "Encounter Count"].sum())),
        _CB_ID,
    ),
    Q(
        "which country do most people come from?",
        _lead(_named(lambda d: _top(d.groupby("Citizenship")["Encounter Count"].sum()))),
        (*_CB_ID, "Citizenship"),
    ),
    Q(
        "which month had the most encounters overall",
        _lead(either(_month_year(_cb_peak), _cb_peak_fiscal)),
        _CB_ID,
    ),
    Q(
        "what share of encounters were under title 42?",
        _share(
            lambda d: (
                float(d.loc[d["Title of Authority"] == "Title 42", "Encounter Count"].sum())
                / float(d["Encounter Count"].sum())
            )
        ),
        (*_CB_ID, "Title of Authority"),
    ),
    Q(
        "border patrol vs field operations - total encounters for each",
        _count(lambda d: d.groupby("Component")["Encounter Count"].sum().to_numpy()),
        (*_CB_ID, "Component"),
    ),
    Q(
        "for venezuela how did it change from fy2021 to fy2023?",
        _count(lambda d: [_cb_country_fy("VENEZUELA", 2021)(d), _cb_country_fy("VENEZUELA", 2023)(d)]),
        (*_CB_ID, "Citizenship"),
    ),
]


# --- 6. NYC HPD Housing Maintenance Code Violations ----------------------------------------------------------------

# Boro: BoroID, weight, streets, postcodes, lat, lon
_HP_BOROS: dict[str, tuple[int, float, str, str, float, float]] = {
    "BRONX": (
        2,
        33,
        "GRAND CONCOURSE;WALTON AVENUE;SOUTHERN BOULEVARD;WEBSTER AVENUE;CREEK AVENUE;MORRIS AVENUE",
        "10452;10453;10457;10458;10468",
        40.85,
        -73.90,
    ),
    "BROOKLYN": (
        3,
        30,
        "OCEAN AVENUE;FLATBUSH AVENUE;EASTERN PARKWAY;NOSTRAND AVENUE;LINDEN BOULEVARD;BEDFORD AVENUE",
        "11226;11225;11213;11212;11207",
        40.65,
        -73.95,
    ),
    "MANHATTAN": (
        1,
        22,
        "WEST 141 STREET;AMSTERDAM AVENUE;BROADWAY;EAST 116 STREET;ST NICHOLAS AVENUE",
        "10031;10032;10033;10029;10040",
        40.82,
        -73.94,
    ),
    "QUEENS": (
        4,
        13,
        "ROOSEVELT AVENUE;37 AVENUE;JAMAICA AVENUE;PARSONS BOULEVARD;34 AVENUE",
        "11372;11373;11432;11368",
        40.73,
        -73.86,
    ),
    "STATEN ISLAND": (5, 2, "VICTORY BOULEVARD;RICHMOND TERRACE;BAY STREET", "10301;10304;10310", 40.63, -74.09),
}
_HP_NOV = {
    "A": "§ 27-2013 ADM CODE PAINT WITH LIGHT COLORED PAINT TO THE SATISFACTION OF THIS DEPARTMENT;"
    "§ 27-2046.1 HMC: REPAIR THE BROKEN OR DEFECTIVE CARBON MONOXIDE DETECTING DEVICE",
    "B": "§ 27-2005 ADM CODE PROPERLY REPAIR THE BROKEN OR DEFECTIVE PLASTERED SURFACES;"
    "§ 27-2005 ADM CODE REPAIR THE LEAKY AND/OR DEFECTIVE FAUCET;"
    "§ 27-2018 ADM CODE ABATE THE NUISANCE CONSISTING OF ROACHES",
    "C": "§ 27-2017.4 ADM CODE ABATE THE INFESTATION CONSISTING OF MICE;"
    "§ 27-2029 ADM CODE PROVIDE HOT WATER AT ALL HOURS;"
    "§ 27-2056.6 ADM CODE CORRECT THE LEAD-BASED PAINT HAZARD;"
    "§ 27-2046.1 HMC: PROVIDE A SMOKE DETECTING DEVICE",
    "I": "§ 27-2115 ORDER TO CORRECT: FILE A VALID REGISTRATION STATEMENT",
}


def _hpd_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11306)
    buildings = []
    for b in range(520):
        boro = _one(rng, list(_HP_BOROS), [v[1] for v in _HP_BOROS.values()])
        boro_id, _, streets, zips, lat, lon = _HP_BOROS[boro]
        buildings.append(
            (
                100000 + b * 37,
                boro,
                boro_id,
                f"{int(rng.integers(1, 2400))}",
                _one(rng, streets.split(";")),
                int(_one(rng, zips.split(";"))),
                int(rng.integers(2, 7)),
                lat + float(rng.normal(0, 0.02)),
                lon + float(rng.normal(0, 0.02)),
                float(np.exp(rng.normal(0, 1.0))),
            )
        )
    weights = [x[-1] for x in buildings]
    weights[int(np.argmax(weights))] *= 1.6
    rows = []
    vid = 13900000
    for _ in range(4200):
        bid, boro, boro_id, num, street, zipc, floors, lat, lon, _w = _one(rng, buildings, weights)
        vid += int(rng.integers(1, 90))
        cls = _draw(rng, "A:24;B:44;C:30;I:2")
        inspected = pd.Timestamp("2018-01-01") + pd.Timedelta(days=int(rng.integers(0, 6 * 365)))
        if inspected.year == 2020 and rng.random() < 0.45:
            inspected = inspected + pd.Timedelta(days=365)
        approved = inspected + pd.Timedelta(days=int(rng.integers(0, 4)))
        open_ = rng.random() < (0.25 + 0.08 * (inspected.year - 2018))
        certify = approved + pd.Timedelta(days={"A": 90, "B": 30, "C": 5, "I": 30}[cls] + 5)
        status = (
            _one(rng, ["NOV SENT OUT", "NOT COMPLIED WITH", "FIRST NO ACCESS TO RE- INSPECT VIOLATION"], [6, 2, 1])
            if open_
            else _one(rng, ["VIOLATION CLOSED", "VIOLATION DISMISSED", "NOV CERTIFIED LATE"], [6, 2, 1])
        )
        rent = "Y" if cls == "C" and rng.random() < (0.35 if boro == "BRONX" else 0.2) else "N"
        apt = f"{int(rng.integers(1, floors + 1))}{_one(rng, list('ABCDEF'))}" if rng.random() < 0.8 else ""
        rows.append(
            {
                "ViolationID": vid,
                "BuildingID": bid,
                "RegistrationID": bid * 3 + 100000 if rng.random() < 0.95 else 0,
                "BoroID": boro_id,
                "Boro": boro,
                "HouseNumber": num,
                "StreetName": street,
                "Postcode": zipc,
                "Apartment": apt,
                "Story": apt[:-1] if apt else ("ALL STORIES" if rng.random() < 0.5 else ""),
                "Block": 2000 + bid % 900,
                "Lot": 1 + bid % 80,
                "Class": cls,
                "InspectionDate": f"{inspected:%m/%d/%Y}",
                "ApprovedDate": f"{approved:%m/%d/%Y}",
                "OriginalCertifyByDate": f"{certify:%m/%d/%Y}",
                "CertifiedDate": "" if open_ or rng.random() < 0.5 else f"{certify - pd.Timedelta(days=3):%m/%d/%Y}",
                "OrderNumber": int(_one(rng, [501, 502, 508, 530, 550, 556, 616, 780])),
                "NOVID": vid // 3 + 1000000,
                "NOVDescription": _one(rng, _HP_NOV[cls].split(";")),
                "NOVIssuedDate": f"{approved + pd.Timedelta(days=1):%m/%d/%Y}",
                "CurrentStatus": status,
                "NovType": "Reissue" if rng.random() < 0.04 else "Original",
                "ViolationStatus": "Open" if open_ else "Close",
                "RentImpairing": rent,
                "Latitude": round(lat, 6) if rng.random() < 0.97 else np.nan,
                "Longitude": round(lon, 6) if rng.random() < 0.97 else np.nan,
                "CommunityBoard": int(rng.integers(1, 13)),
                "CouncilDistrict": int(rng.integers(1, 52)),
            }
        )
    return pd.DataFrame(rows)


def _hp_worst_building(d: pd.DataFrame) -> pd.Series:
    bid = _ranked(d["BuildingID"].astype(str).value_counts()).index[0]
    return d[d["BuildingID"].astype(str) == bid].iloc[0]


def _hp_address(answer: str, d: pd.DataFrame) -> str | None:
    row = _hp_worst_building(d)
    if re.search(rf"(?<!\d){row['HouseNumber']}(?!\d)", answer) and str(row["StreetName"]).lower() in answer.lower():
        return None
    return f"missing address {row['HouseNumber']} {row['StreetName']}"


def _hp_rent_share(boro: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float((d.loc[d["Boro"] == boro, "RentImpairing"] == "Y").mean())


_HP_ID = ("ViolationID", "BuildingID")
_HPD_QS = [
    Q(
        "which borough has the most violations",
        _lead(_named(lambda d: _top(d["Boro"].value_counts()), {"BRONX": ("Bronx",)})),
        (*_HP_ID, "Boro", "BoroID"),
    ),
    Q(
        "what percent of them are class c?",
        _share(lambda d: float((d["Class"] == "C").mean())),
        (*_HP_ID, "Class"),
    ),
    Q(
        "how many violations are still open",
        _count(lambda d: float((d["ViolationStatus"] == "Open").sum())),
        (*_HP_ID, "ViolationStatus", "CurrentStatus"),
    ),
    Q(
        "which building has the most violations? whats the address",
        _lead(_hp_address),
        (*_HP_ID, "HouseNumber", "StreetName", "Boro", "Postcode"),
    ),
    Q(
        "violations per year by inspection date - which year had the most?",
        _lead(_year(lambda d: float(_top(pd.to_datetime(d["InspectionDate"]).dt.year.astype(str).value_counts())))),
        (*_HP_ID, "InspectionDate"),
    ),
    Q(
        "share of violations that are rent impairing in the bronx vs brooklyn",
        _shares(lambda d: [_hp_rent_share("BRONX")(d), _hp_rent_share("BROOKLYN")(d)]),
        (*_HP_ID, "Boro", "RentImpairing"),
    ),
]


# --- 7. Premier League transfers (github.com/ewenme/transfers, premier-league.csv) ---------------------------------

# club: weight, spending power
_PL_CLUBS = (
    "Chelsea:1.8;Manchester City:1.7;Manchester United:1.6;Arsenal:1.3;Liverpool:1.3;Tottenham Hotspur:1.1;"
    "Everton:1.0;Leicester City:0.8;West Ham United:0.9;Aston Villa:0.8;Newcastle United:0.7;"
    "Wolverhampton Wanderers:0.8;"
    "Southampton:0.6;Crystal Palace:0.5;Brighton & Hove Albion:0.6;Burnley:0.35;Watford:0.5;AFC Bournemouth:0.5;"
    "Leeds United:0.6;Sheffield United:0.4;Fulham:0.45;Norwich City:0.3"
)
_PL_POSITIONS = (
    "Centre-Forward:14;Central Midfield:12;Centre-Back:16;Goalkeeper:8;Right Winger:8;Left Winger:8;"
    "Attacking Midfield:8;Defensive Midfield:8;Right-Back:7;Left-Back:7;Second Striker:2"
)
_PL_POS_PREMIUM = {
    "Centre-Forward": 1.4,
    "Attacking Midfield": 1.25,
    "Right Winger": 1.2,
    "Left Winger": 1.2,
    "Goalkeeper": 0.6,
}
_PL_OTHER = (
    "Benfica;Juventus;Real Madrid;Barcelona;Atlético Madrid;Borussia Dortmund;RB Leipzig;Ajax;Porto;Lyon;Monaco;"
    "Celtic;Rangers;Norwich City U23;Middlesbrough;Stoke City;Swansea City;Bristol City;Derby County;Hull City;"
    "Sporting CP;Napoli;AS Roma;Inter;Bayer 04 Leverkusen;Valencia;Sevilla FC;Without Club;Retired"
)
_PL_FIRST = "Jack;Harry;Luka;Mateo;Kai;Joao;Lucas;Diego;Ben;James;Ollie;Youssef;Ibrahim;Karim;Nathan;Emile;Rui;Sam"
_PL_LAST = (
    "Walker;Silva;Fernandes;Mendy;Costa;Kovac;Traore;Diallo;Richards;Young;Pereira;Muller;Rossi;Janssen;Hughes;"
    "Mitrovic;Okonkwo;Murphy;Lindqvist;Alvarez;Hernandez;Gomez;Sarr;Dubois;Tanaka;Novak;Schmidt"
)


def _pl_fee_text(rng: np.random.Generator, kind: str, fee: float) -> str:
    if kind == "fee":
        return f"£{fee:.2f}m" if fee >= 1 else f"£{round(fee * 1000)}Th."
    if kind == "loanfee":
        return f"loan fee:£{fee:.2f}m" if fee >= 1 else f"loan fee:£{round(fee * 1000)}Th."
    return {"loan": "Loan", "free": "free transfer", "endloan": "End of loan", "unknown": "?", "dash": "-"}[kind]


def _transfers_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11307)
    firsts, lasts = _PL_FIRST.split(";"), _PL_LAST.split(";")
    others = _PL_OTHER.split(";")
    rows = []
    for year in range(2014, 2022):
        inflation = 1.0 + 0.12 * (year - 2014) - (0.35 if year == 2020 else 0.0)
        for _ in range(int(rng.integers(340, 420))):
            club = _draw(rng, _PL_CLUBS)
            power = float(_PL_CLUBS.split(club + ":")[1].split(";")[0])
            pos = _draw(rng, _PL_POSITIONS)
            move = "in" if rng.random() < 0.5 else "out"
            period = "Summer" if rng.random() < 0.72 else "Winter"
            age = int(np.clip(rng.normal(24 if move == "in" else 25, 3.8), 16, 38))
            kind = str(
                _one(rng, ["fee", "loan", "loanfee", "free", "endloan", "unknown", "dash"], [48, 16, 3, 13, 12, 5, 3])
            )
            fee = float(np.exp(rng.normal(1.6, 1.1))) * power * inflation * _PL_POS_PREMIUM.get(pos, 1.0)
            fee *= max(0.3, 1.0 - abs(age - 25) * 0.07)
            fee = round(min(fee, 110.0), 2) if kind in ("fee",) else round(min(fee * 0.08, 6), 2)
            cleaned = fee if kind in ("fee", "loanfee") else (0.0 if kind in ("loan", "free", "endloan") else np.nan)
            rows.append(
                {
                    "club_name": club,
                    "player_name": f"{_one(rng, firsts)} {_one(rng, lasts)}",
                    "age": age,
                    "position": pos,
                    "club_involved_name": _one(rng, others + _PL_CLUBS.replace(":", ";").split(";")[::2]),
                    "fee": _pl_fee_text(rng, kind, fee),
                    "transfer_movement": move,
                    "transfer_period": period,
                    "fee_cleaned": cleaned,
                    "league_name": "Premier League",
                    "year": year,
                    "season": f"{year}/{year + 1}",
                }
            )
    frame = pd.DataFrame(rows)
    record = frame.index[(frame["club_name"] == "Chelsea") & (frame["transfer_movement"] == "in")][0]
    frame.loc[record, ["player_name", "fee", "fee_cleaned", "club_involved_name"]] = [
        "Romelu Vasquez",
        "£115.00m",
        115.0,
        "Inter",
    ]
    return frame


def _pl_in(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["transfer_movement"] == "in"]


def _pl_arsenal(d: pd.DataFrame) -> pd.DataFrame:
    s = _pl_in(d)
    return s[(s["club_name"] == "Arsenal") & (s["year"] == 2019) & (s["transfer_period"] == "Summer")]


def _pl_paid(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["fee_cleaned"] > 0]


def _pl_best_season(paid_only: bool) -> Callable[[pd.DataFrame], str]:
    def best(d: pd.DataFrame) -> str:
        s = _pl_in(d)
        s = _pl_paid(s) if paid_only else s
        return _top(s.groupby("season")["fee_cleaned"].mean())

    return best


_PL_ID = ("player_name", "club_name")
_PL_MILLIONS = (1e-6, 1e3)
_TRANSFERS_QS = [
    Q(
        "which club spent the most on new signings?",
        _lead(_named(lambda d: _top(_pl_in(d).groupby("club_name")["fee_cleaned"].sum()))),
        (*_PL_ID, "transfer_movement", "fee_cleaned", "fee"),
    ),
    Q(
        "how much did chelsea spend in total",
        _scaled(lambda d: float(_pl_in(d).loc[_pl_in(d)["club_name"] == "Chelsea", "fee_cleaned"].sum()), _PL_MILLIONS),
        (*_PL_ID, "transfer_movement", "fee_cleaned", "fee"),
    ),
    Q(
        "who was the most expensive transfer",
        _lead(_named(lambda d: str(d.loc[d["fee_cleaned"].fillna(0).idxmax(), "player_name"]))),
        (*_PL_ID, "fee_cleaned", "fee"),
    ),
    Q(
        "which season had the highest average fee for incoming players",
        _lead(either(_named(_pl_best_season(False)), _named(_pl_best_season(True)))),
        (*_PL_ID, "season", "year", "transfer_movement", "fee_cleaned", "fee"),
    ),
    Q(
        "is age correlated with the fee?",
        either(
            _corr(
                lambda d: d.loc[d["fee_cleaned"].notna(), "age"],
                lambda d: d.loc[d["fee_cleaned"].notna(), "fee_cleaned"],
            ),
            _corr(lambda d: _pl_paid(d)["age"], lambda d: _pl_paid(d)["fee_cleaned"]),
        ),
        (*_PL_ID, "age", "fee_cleaned", "fee"),
    ),
    Q(
        "how many players did arsenal sign in summer 2019",
        _count(lambda d: float(len(_pl_arsenal(d)))),
        (*_PL_ID, "transfer_movement", "transfer_period", "year", "season"),
    ),
]

HELDOUT113: list[Dataset] = [
    Dataset("freshbooks_expenses_export", _freshbooks_frame, _FRESHBOOKS_QS),
    Dataset("gusto_payroll_journal", _gusto_frame, _GUSTO_QS),
    Dataset("fitbod_workout_export", _fitbod_frame, _FITBOD_QS),
    Dataset("wave_accounting_transactions", _wave_frame, _WAVE_QS),
    Dataset("cbp_southwest_border_encounters", _cbp_frame, _CBP_QS),
    Dataset("nyc_hpd_housing_violations", _hpd_frame, _HPD_QS),
    Dataset("premier_league_transfers", _transfers_frame, _TRANSFERS_QS),
]
