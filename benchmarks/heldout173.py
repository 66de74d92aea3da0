"""HELDOUT173: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a HoneyBook payments / invoices export of a
small photography studio (2023-2024, one row per scheduled payment, so a project paid in two or three instalments
repeats its "Project Name" and "Client Name") with "Invoice #" ("INV-00123"), "Client Name", "Project Name",
"Project Type" (Wedding / Engagement / Portrait / Corporate Event / Family), "Payment #" ("1 of 3"), "Invoice Date"
and "Due Date" as "03/14/2024", "Payment Date" (blank while unpaid), Status (Paid / Upcoming / Overdue / Void),
Amount, Tax and Total as "$1,250.00", "Amount Paid" ("$0.00" unless paid), "Balance Due" ("$0.00" when paid or
void), "Payment Method" (Credit Card / Bank Transfer (ACH) / Check / blank) and Notes (mostly blank); a Payoneer
account activity export (2023-2024) with "Transaction Date" as "14 Mar 2024", Description ("Payment from Upwork
Global Inc.", "Card charge (AMAZON WEB SERVICES)", "Withdrawal to bank account ***1234", "Fee for withdrawal to
bank", "Annual account fee", "Currency conversion from USD to EUR"), Amount as text with thousands commas (negative
for money out), Currency (USD / EUR), Status (Completed / Pending / Canceled), "Transaction ID" (a 10-digit
number) and "Running Balance" (blank on canceled rows); an Apple Health workouts file exported by Health Auto Export
(2023 to mid 2024) with "Workout Type" (Running, Walking, Outdoor Cycling, Traditional Strength Training, High
Intensity Interval Training, Yoga, Pool Swim), Start and End as "2023-05-14 07:12:03 +0200", Duration as "0:45:12",
"Total Energy (kcal)", "Active Energy (kcal)", "Max Heart Rate (bpm)", "Avg Heart Rate (bpm)" (blank for a few),
"Distance (km)" (blank for strength / yoga / HIIT), "Avg Speed(km/hr)", "Step Count (count)", "Elevation Ascended
(m)", "Temperature (degC)" and "Humidity (%)" (blank indoors) and Location (Indoor / Outdoor / Pool); a Mailchimp
audience subscribed-members export with "Email Address", "First Name" and "Last Name" (blank for some), Address,
"Phone Number", Birthday ("03/14", blank for most), MEMBER_RATING (1-5), OPTIN_TIME (blank for imported contacts),
OPTIN_IP, CONFIRM_TIME as "2023-03-14 10:22:01", CONFIRM_IP, LATITUDE, LONGITUDE, GMTOFF, DSTOFF, TIMEZONE, CC
(two-letter country, blank for some), REGION, LAST_CHANGED, LEID, EUID, NOTES and TAGS ('"Customer","VIP"' or
blank); the City of Austin Code Department complaint cases (Socrata download, 2023 to early 2024) with CASE_ID
("2023-012345 CC", a few repeated rows), DESCRIPTION (the complaint, upper case), CASE_TYPE (Structure Condition /
High Weeds / Junk, Trash and Debris / Work Without Permit / Short-Term Rental / Parking on Lawn), ADDRESS (upper
case), ZIP_CODE, COUNCIL_DISTRICT (1-10, blank for a few), STATUS (Open / Closed / Active), PRIORITY (1 - High /
2 - Medium / 3 - Low), OPENED_DATE and CLOSED_DATE as "03/14/2023 09:12:00 AM" (blank while open), LATITUDE and
LONGITUDE; the ECB reference exchange rates as a long SDMX CSV (2022-2024, five currencies against the euro) with
KEY ("EXR.D.USD.EUR.SP00.A"), FREQ, CURRENCY, CURRENCY_DENOM, EXR_TYPE, EXR_SUFFIX, TIME_PERIOD ("2023-01-02"),
OBS_VALUE (blank on a few rows flagged OBS_STATUS "M"), OBS_STATUS, TITLE ("US dollar/Euro") and UNIT; and the CDC
"Provisional COVID-19 Deaths by Sex and Age" file (2020-2023) with "Data As Of", "Start Date", "End Date" as
"01/01/2020", Group (By Total / By Year / By Month), Year and Month (blank for totals), State ("United States", six
states and "New York City" as its own jurisdiction), Sex (All Sexes / Male / Female), "Age Group" (All Ages plus
overlapping bands such as "0-17 years" and "1-4 years", "50-64 years" and "55-64 years"), "COVID-19 Deaths", "Total
Deaths", "Pneumonia Deaths", "Pneumonia and COVID-19 Deaths", "Influenza Deaths", "Pneumonia, Influenza, or
COVID-19 Deaths" (counts of 1-9 left blank) and Footnote on those rows. All are generated with fixed seeds
17301-17307.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share, _text
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, both, corr_of, either, has
from .offline_eval import about as _about
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series, ascending: bool = False) -> str:
    """The best (or lowest) label of a score series (ties in label order)."""
    return str(_ranked(scores, ascending).index[0])


def _money(value: Callable[[pd.DataFrame], Any]) -> Check:
    """An amount in full or as thousands / millions ("$1.2M", "84.3k")."""
    return _scaled(value, (1e3, 1e6, 1e9))


def _num(s: pd.Series) -> pd.Series:
    """Numbers from text such as "$1,234.50", "-1,200.00", or blanks."""
    cleaned = s.astype("string").str.replace(r"[^0-9.\-]", "", regex=True).replace({".": "", "-": ""})
    return pd.to_numeric(cleaned, errors="coerce")


def _mdy(s: pd.Series) -> pd.Series:
    """Dates written "03/14/2024" (a time after them ignored)."""
    return pd.to_datetime(_text(s).str.slice(0, 10), format="%m/%d/%Y", errors="coerce")


# --- 1. HoneyBook payments / invoices export -----------------------------------------------------------------------

# project type: projects, median project fee, instalments
_HB_TYPES = {
    "Wedding": (70, 4200.0, 3),
    "Engagement": (55, 650.0, 1),
    "Portrait": (90, 380.0, 1),
    "Corporate Event": (35, 1800.0, 2),
    "Family": (60, 450.0, 1),
}
_HB_FIRST = [
    "Emma",
    "Olivia",
    "Ava",
    "Mia",
    "Sophia",
    "Liam",
    "Noah",
    "Ethan",
    "Lucas",
    "Grace",
    "Chloe",
    "Hannah",
    "Jack",
    "Ryan",
    "Zoe",
    "Nora",
    "Leah",
    "Maya",
]
_HB_LAST = [
    "Smith",
    "Johnson",
    "Garcia",
    "Miller",
    "Davis",
    "Lopez",
    "Wilson",
    "Taylor",
    "Moore",
    "Clark",
    "Lewis",
    "Walker",
    "Young",
    "Hall",
    "Reed",
]
_HB_ORGS = ["Acme Corp", "Brightline Tech", "Summit Realty", "Bluebird Bank", "Harbor Health"]
_HB_TODAY = pd.Timestamp("2024-11-15")


def _honeybook_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17301)
    projects = []
    for kind, (n, fee, parts) in _HB_TYPES.items():
        for _ in range(n):
            projects.append(
                (kind, fee, parts, pd.Timestamp("2023-01-05") + pd.Timedelta(days=int(rng.integers(0, 640))))
            )
    projects.sort(key=lambda p: p[3])
    rows = []
    inv = 100
    for kind, fee, parts, booked in projects:
        if kind == "Corporate Event":
            client = _one(rng, _HB_ORGS)
            name = f"{client} {_one(rng, ['Holiday Party', 'Conference', 'Headshots', 'Gala'])}"
        else:
            client = f"{_one(rng, _HB_FIRST)} {_one(rng, _HB_LAST)}"
            name = f"{client.split()[1]} {kind}"
        total_fee = round(fee * float(rng.lognormal(0, 0.25)) / 5) * 5
        taxed = kind in {"Portrait", "Family"}
        void = rng.random() < 0.04
        for k in range(parts):
            inv += 1
            amount = round(total_fee / parts, 2)
            tax = round(amount * 0.0825, 2) if taxed else 0.0
            total = round(amount + tax, 2)
            invoice_date = booked + pd.Timedelta(days=int(60 * k))
            due = invoice_date + pd.Timedelta(days=14)
            late = rng.random() < 0.18
            paid_on = due + pd.Timedelta(days=int(rng.integers(1, 25)) if late else -int(rng.integers(0, 13)))
            if void:
                status, paid_on = "Void", None
            elif paid_on <= _HB_TODAY and rng.random() > 0.03:
                status = "Paid"
            elif due < _HB_TODAY:
                status, paid_on = "Overdue", None
            else:
                status, paid_on = "Upcoming", None
            paid = total if status == "Paid" else 0.0
            balance = total if status in {"Overdue", "Upcoming"} else 0.0
            method = _one(rng, ["Credit Card", "Bank Transfer (ACH)", "Check"], [6, 3, 1]) if paid else ""
            rows.append(
                {
                    "Invoice #": f"INV-{inv:05d}",
                    "Client Name": client,
                    "Project Name": name,
                    "Project Type": kind,
                    "Payment #": f"{k + 1} of {parts}",
                    "Invoice Date": invoice_date.strftime("%m/%d/%Y"),
                    "Due Date": due.strftime("%m/%d/%Y"),
                    "Payment Date": paid_on.strftime("%m/%d/%Y") if paid_on is not None else "",
                    "Status": status,
                    "Amount": f"${amount:,.2f}",
                    "Tax": f"${tax:,.2f}",
                    "Total": f"${total:,.2f}",
                    "Amount Paid": f"${paid:,.2f}",
                    "Balance Due": f"${balance:,.2f}",
                    "Payment Method": method,
                    "Notes": "" if rng.random() < 0.9 else _one(rng, ["retainer", "final balance", "rush fee incl."]),
                }
            )
    return pd.DataFrame(rows)


def _hb_paid(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["Status"]) == "Paid"]


def _hb_top_paid(d: pd.DataFrame) -> str:
    p = _hb_paid(d)
    return _top(_num(p["Amount Paid"]).groupby(p["Project Type"]).sum())


def _hb_top_billed(d: pd.DataFrame) -> str:
    keep = d[_text(d["Status"]) != "Void"]
    return _top(_num(keep["Total"]).groupby(keep["Project Type"]).sum())


def _hb_best_month(d: pd.DataFrame) -> pd.Timestamp:
    p = _hb_paid(d)
    months = _mdy(p["Payment Date"]).dt.to_period("M")
    return _num(p["Amount Paid"]).groupby(months).sum().idxmax().to_timestamp()


def _hb_late(d: pd.DataFrame) -> pd.Series:
    return (_mdy(d["Payment Date"]) > _mdy(d["Due Date"])) & (_text(d["Status"]) == "Paid")


def _hb_wedding(d: pd.DataFrame, void: bool, col: str = "Total") -> pd.Series:
    keep = d[_text(d["Project Type"]) == "Wedding"]
    if not void:
        keep = keep[_text(keep["Status"]) != "Void"]
    return _num(keep[col])


_HB_ID = ("Invoice #", "Client Name", "Project Name")
_HB_PLURAL = {k: (k + "s",) for k in _HB_TYPES} | {"Family": ("Families", "Family sessions")}
_HONEYBOOK_QS = [
    Q(
        "how much have i been paid in total",
        _money(lambda d: float(_num(d["Amount Paid"]).sum())),
        ("Amount Paid", "Status", "Total", "Payment Date", *_HB_ID),
    ),
    Q(
        "how much money is overdue",
        _money(lambda d: float(_num(d.loc[_text(d["Status"]) == "Overdue", "Balance Due"]).sum())),
        ("Balance Due", "Status", "Total", "Due Date", *_HB_ID),
    ),
    Q(
        "which kind of shoot makes me the most money",
        either(
            _lead(_named(_hb_top_paid, _HB_PLURAL)),
            _lead(_named(_hb_top_billed, _HB_PLURAL)),
        ),
        ("Project Type", "Amount Paid", "Total", "Amount", "Status"),
    ),
    Q(
        "best month for income?",
        _month_year(_hb_best_month),
        ("Payment Date", "Amount Paid", "Status", "Total"),
    ),
    Q(
        "how many payments came in after the due date",
        either(
            _count(lambda d: int(_hb_late(d).sum())),
            _count(lambda d: int(d.loc[_hb_late(d), "Client Name"].nunique())),
        ),
        ("Payment Date", "Due Date", "Status", *_HB_ID),
    ),
    Q(
        "whats the average wedding invoice",
        either(
            _money(lambda d: float(_hb_wedding(d, False).mean())),
            _money(lambda d: float(_hb_wedding(d, True).mean())),
            _money(lambda d: float(_hb_wedding(d, False, "Amount").mean())),
            _money(
                lambda d: float(
                    _hb_wedding(d, False).groupby(d.loc[_hb_wedding(d, False).index, "Project Name"]).sum().mean()
                )
            ),
        ),
        ("Project Type", "Total", "Amount", "Status", *_HB_ID),
    ),
]


# --- 2. Payoneer account activity export ---------------------------------------------------------------------------

# payer: weight, median USD payment
_PY_PAYERS = {
    "Upwork Global Inc.": (8.0, 640.0),
    "Fiverr International Ltd": (4.0, 180.0),
    "Toptal LLC": (1.5, 2900.0),
    "Amazon Payments (Seller)": (3.0, 420.0),
    "Deel Inc.": (1.2, 2100.0),
}
_PY_CARDS = ["AMAZON WEB SERVICES", "GOOGLE *CLOUD", "CANVA PTY LTD", "ADOBE *CREATIVE CLD", "ZOOM.US", "NOTION LABS"]


def _payoneer_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17302)
    start = pd.Timestamp("2023-01-01")
    events = []
    for _ in range(520):
        day = start + pd.Timedelta(days=int(rng.integers(0, 731)))
        r = rng.random()
        if r < 0.45:
            payer = _one(rng, list(_PY_PAYERS), [v[0] for v in _PY_PAYERS.values()])
            cur = "USD"
            amt = _PY_PAYERS[payer][1] * float(rng.lognormal(0, 0.45))
            if payer == "Deel Inc." and rng.random() < 0.5:
                cur, amt = "EUR", amt * 0.92
            events.append((day, f"Payment from {payer}", round(amt, 2), cur))
        elif r < 0.75:
            events.append(
                (day, f"Card charge ({_one(rng, _PY_CARDS)})", -round(float(rng.lognormal(3.3, 0.8)), 2), "USD")
            )
        elif r < 0.9:
            amt = round(float(rng.integers(5, 60)) * 50.0, 2)
            events.append((day, "Withdrawal to bank account ***4417", -amt, "USD"))
            events.append((day, "Fee for withdrawal to bank", -round(min(max(amt * 0.02, 1.5), 30.0), 2), "USD"))
        else:
            amt = round(float(rng.integers(2, 30)) * 50.0, 2)
            events.append((day, "Currency conversion from USD to EUR", -amt, "USD"))
            events.append((day, "Currency conversion from USD to EUR", round(amt * 0.92 * 0.995, 2), "EUR"))
    for y in (2023, 2024):
        events.append((pd.Timestamp(f"{y}-06-30"), "Annual account fee", -29.95, "USD"))
    events.sort(key=lambda e: e[0])
    last = start + pd.Timedelta(days=730)
    balances = {"USD": 1200.0, "EUR": 0.0, "GBP": 0.0}
    rows = []
    for k, (day, desc, amt, cur) in enumerate(events):
        status = "Completed"
        if (last - day).days < 6 and rng.random() < 0.7:
            status = "Pending"
        elif rng.random() < 0.03:
            status = "Canceled"
        if status != "Canceled":
            balances[cur] += amt
        rows.append(
            {
                "Transaction Date": day.strftime("%d %b %Y"),
                "Description": desc,
                "Amount": f"{amt:,.2f}",
                "Currency": cur,
                "Status": status,
                "Transaction ID": str(1_600_000_000 + k * 7919 + int(rng.integers(0, 7000))),
                "Running Balance": "" if status == "Canceled" else f"{balances[cur]:,.2f}",
            }
        )
    return pd.DataFrame(rows)


def _py(d: pd.DataFrame, cancel: bool = True) -> pd.DataFrame:
    """The activity with a numeric amount `a` (canceled rows dropped unless `cancel`)."""
    out = d.assign(a=_num(d["Amount"]), desc=_text(d["Description"]))
    return out if cancel else out[_text(out["Status"]) != "Canceled"]


def _py_payer(d: pd.DataFrame, cancel: bool) -> str:
    p = _py(d, cancel)
    p = p[p["desc"].str.startswith("Payment from") & (p["Currency"] == "USD")]
    return _top(p["a"].groupby(p["desc"].str.replace("Payment from ", "", regex=False)).sum())


def _py_fees(d: pd.DataFrame, cancel: bool) -> float:
    p = _py(d, cancel)
    return float(-p.loc[p["desc"].str.contains("fee", case=False), "a"].sum())


def _py_eur(d: pd.DataFrame, conv: bool) -> pd.Series:
    p = _py(d, False)
    keep = (p["Currency"] == "EUR") & (p["a"] > 0)
    if not conv:
        keep &= p["desc"].str.startswith("Payment from")
    return p.loc[keep, "a"]


_PY_ID = ("Transaction Date", "Transaction ID", "Description")
_PAYONEER_QS = [
    Q(
        "how much did upwork pay me altogether",
        either(
            _money(lambda d: float(_py(d).loc[_py(d)["desc"].str.contains("Upwork"), "a"].sum())),
            _money(lambda d: float(_py(d, False).loc[_py(d, False)["desc"].str.contains("Upwork"), "a"].sum())),
        ),
        ("Amount", "Currency", "Status", *_PY_ID),
    ),
    Q(
        "who paid me the most",
        either(_lead(_named(lambda d: _py_payer(d, True))), _lead(_named(lambda d: _py_payer(d, False)))),
        ("Amount", "Currency", "Status", *_PY_ID),
    ),
    Q(
        "total fees i paid payoneer?",
        either(_money(lambda d: _py_fees(d, True)), _money(lambda d: _py_fees(d, False))),
        ("Amount", "Currency", "Status", *_PY_ID),
    ),
    Q(
        "how many times did i withdraw to my bank",
        either(
            _count(lambda d: int(_py(d)["desc"].str.startswith("Withdrawal").sum())),
            _count(lambda d: int(_py(d, False)["desc"].str.startswith("Withdrawal").sum())),
        ),
        ("Amount", "Status", *_PY_ID),
    ),
    Q(
        "anything still pending?",
        _count(lambda d: int((_text(d["Status"]) == "Pending").sum())),
        ("Status", "Amount", "Currency", *_PY_ID),
    ),
    Q(
        "whats the average payment i get in euros",
        either(
            _money(lambda d: float(_py_eur(d, False).mean())),
            _money(lambda d: float(_py_eur(d, True).mean())),
        ),
        ("Amount", "Currency", "Status", *_PY_ID),
    ),
]


# --- 3. Apple Health workouts (Health Auto Export CSV) -------------------------------------------------------------

# type: weight, minutes (median), kcal per minute, avg HR, km/h (None: no distance), location
_AH_TYPES: dict[str, tuple[float, float, float, float, float | None, str]] = {
    "Running": (7.0, 38.0, 11.0, 152.0, 10.2, "Outdoor"),
    "Walking": (8.0, 45.0, 4.6, 104.0, 5.3, "Outdoor"),
    "Outdoor Cycling": (4.0, 62.0, 8.5, 138.0, 23.5, "Outdoor"),
    "Traditional Strength Training": (6.0, 50.0, 5.5, 118.0, None, "Indoor"),
    "High Intensity Interval Training": (2.5, 24.0, 10.5, 158.0, None, "Indoor"),
    "Yoga": (2.0, 40.0, 3.2, 92.0, None, "Indoor"),
    "Pool Swim": (1.5, 35.0, 8.0, 132.0, 2.2, "Pool"),
}


def _applehealth_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17303)
    names = list(_AH_TYPES)
    weights = [v[0] for v in _AH_TYPES.values()]
    rows = []
    day = pd.Timestamp("2023-01-02")
    while day <= pd.Timestamp("2024-06-30"):
        summer = day.month in (5, 6, 7, 8)
        if rng.random() < (0.75 if summer else 0.55):
            kind = _one(rng, names, weights)
            _, mins, kcal_min, hr, speed, loc = _AH_TYPES[kind]
            minutes = max(8.0, mins * float(rng.lognormal(0, 0.3)) * (1.15 if summer else 1.0))
            secs = int(minutes * 60)
            start = day + pd.Timedelta(hours=int(_one(rng, [6, 7, 12, 17, 18, 19])), seconds=int(rng.integers(0, 3000)))
            end = start + pd.Timedelta(seconds=secs)
            active = minutes * kcal_min * float(rng.lognormal(0, 0.12))
            total = active + minutes * 1.25
            avg_hr = hr + float(rng.normal(0, 7))
            dist = speed * minutes / 60 * float(rng.lognormal(0, 0.08)) if speed else None
            off = "+0200" if 4 <= start.month <= 10 else "+0100"
            outdoor = loc == "Outdoor"
            rows.append(
                {
                    "Workout Type": kind,
                    "Start": f"{start:%Y-%m-%d %H:%M:%S} {off}",
                    "End": f"{end:%Y-%m-%d %H:%M:%S} {off}",
                    "Duration": f"{secs // 3600}:{secs % 3600 // 60:02d}:{secs % 60:02d}",
                    "Total Energy (kcal)": round(total, 3),
                    "Active Energy (kcal)": round(active, 3),
                    "Max Heart Rate (bpm)": round(avg_hr + float(rng.uniform(12, 30))),
                    "Avg Heart Rate (bpm)": np.nan if rng.random() < 0.03 else round(avg_hr, 1),
                    "Distance (km)": round(dist, 3) if dist else np.nan,
                    "Avg Speed(km/hr)": round(dist / minutes * 60, 2) if dist else np.nan,
                    "Step Count (count)": int(dist * 1300) if dist and kind in ("Running", "Walking") else np.nan,
                    "Elevation Ascended (m)": round(float(rng.gamma(2, 20)), 1) if outdoor else np.nan,
                    "Temperature (degC)": round(8 + 14 * np.sin((start.dayofyear - 100) / 58) + rng.normal(0, 3), 1)
                    if outdoor
                    else np.nan,
                    "Humidity (%)": int(rng.integers(35, 95)) if outdoor else np.nan,
                    "Location": loc,
                }
            )
        day += pd.Timedelta(days=1)
    return pd.DataFrame(rows)


def _ah_minutes(d: pd.DataFrame) -> pd.Series:
    return pd.to_timedelta(_text(d["Duration"]), errors="coerce").dt.total_seconds() / 60


def _ah_month(d: pd.DataFrame, col: str) -> pd.Timestamp:
    months = pd.to_datetime(_text(d["Start"]).str.slice(0, 10)).dt.to_period("M")
    return d[col].groupby(months).sum().idxmax().to_timestamp()


def _ah_hr(d: pd.DataFrame, kind: str) -> float:
    return float(d.loc[d["Workout Type"] == kind, "Avg Heart Rate (bpm)"].mean())


_AH_ID = ("Workout Type", "Start")
_APPLEHEALTH_QS = [
    Q("how many workouts have i logged", _count(lambda d: len(d)), _AH_ID),
    Q("what do i do most often", _lead(_named(lambda d: _top(d["Workout Type"].value_counts()))), _AH_ID),
    Q(
        "total km ran?",
        has(lambda d: float(d.loc[d["Workout Type"] == "Running", "Distance (km)"].sum()), rel=0.01),
        ("Distance (km)", *_AH_ID),
    ),
    Q(
        "is my heart rate higher running or cycling",
        both(
            _named(lambda d: "Running" if _ah_hr(d, "Running") > _ah_hr(d, "Outdoor Cycling") else "Cycling"),
            _about(lambda d: [_ah_hr(d, "Running"), _ah_hr(d, "Outdoor Cycling")], rel=0.01),
        ),
        ("Avg Heart Rate (bpm)", *_AH_ID),
    ),
    Q(
        "which month did i burn the most calories",
        either(
            _month_year(lambda d: _ah_month(d, "Active Energy (kcal)")),
            _month_year(lambda d: _ah_month(d, "Total Energy (kcal)")),
        ),
        ("Active Energy (kcal)", "Total Energy (kcal)", "Start"),
    ),
    Q(
        "do longer workouts burn more? how strong is that",
        either(
            corr_of(_ah_minutes, lambda d: d["Active Energy (kcal)"]),
            corr_of(_ah_minutes, lambda d: d["Total Energy (kcal)"]),
        ),
        ("Duration", "Active Energy (kcal)", "Total Energy (kcal)", "Start", "End"),
    ),
]


# --- 4. Mailchimp audience export (subscribed members) -------------------------------------------------------------

_MC_CC = {"US": 50, "GB": 12, "CA": 10, "DE": 7, "AU": 6, "FR": 4, "NL": 3, "IN": 3}
_MC_XY = {
    "US": (39.0, -95.0),
    "GB": (52.5, -1.5),
    "CA": (45.0, -79.0),
    "DE": (51.0, 10.0),
    "AU": (-33.8, 151.0),
    "FR": (47.0, 2.5),
    "NL": (52.3, 5.0),
    "IN": (19.0, 73.0),
}
_MC_TZ = {
    "US": ("America/New_York", -5, "NY"),
    "GB": ("Europe/London", 0, "ENG"),
    "CA": ("America/Toronto", -5, "ON"),
    "DE": ("Europe/Berlin", 1, "BE"),
    "AU": ("Australia/Sydney", 10, "NSW"),
    "FR": ("Europe/Paris", 1, "IDF"),
    "NL": ("Europe/Amsterdam", 1, "NH"),
    "IN": ("Asia/Kolkata", 5.5, "MH"),
}
_MC_FIRST = [
    "james",
    "mary",
    "John",
    "Patricia",
    "Robert",
    "Jennifer",
    "michael",
    "Linda",
    "David",
    "Elizabeth",
    "Sarah",
    "Tom",
    "Anna",
    "Lukas",
    "Priya",
]
_MC_LAST = [
    "Brown",
    "Jones",
    "Miller",
    "Wilson",
    "Anderson",
    "Thomas",
    "Martin",
    "Lee",
    "Walker",
    "Müller",
    "Schmidt",
    "Patel",
    "Dubois",
    "Smith",
]


def _mailchimp_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17304)
    rows = []
    for i in range(1850):
        first, last = _one(rng, _MC_FIRST), _one(rng, _MC_LAST)
        imported = rng.random() < 0.25
        if imported:
            confirm = pd.Timestamp("2022-09-12 14:03:00") + pd.Timedelta(seconds=int(rng.integers(0, 600)))
        else:
            # signups grow through 2023 and peak in the November 2023 giveaway
            day = int(rng.integers(0, 640))
            if rng.random() < 0.12:
                day = int(rng.integers(304, 334))
            confirm = pd.Timestamp("2023-01-01") + pd.Timedelta(days=day, seconds=int(rng.integers(0, 86400)))
        optin = confirm - pd.Timedelta(seconds=int(rng.integers(20, 900)))
        cc = _one(rng, list(_MC_CC), list(_MC_CC.values()))
        tz, gmt, region = _MC_TZ[cc]
        located = rng.random() > 0.15
        rating = int(_one(rng, [1, 2, 3, 4, 5], [8, 45, 22, 15, 10]))
        tags = []
        if rng.random() < 0.35:
            tags.append('"Customer"')
        if rng.random() < 0.08:
            tags.append('"VIP"')
        if not imported and confirm.month == 11 and confirm.year == 2023:
            tags.append('"Giveaway 2023"')
        email_name = f"{first.lower()}.{last.lower().replace('ü', 'u')}{int(rng.integers(1, 999))}"
        rows.append(
            {
                "Email Address": f"{email_name}@{_one(rng, ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com'])}",
                "First Name": "" if rng.random() < 0.12 else first,
                "Last Name": "" if rng.random() < 0.2 else last,
                "Address": "",
                "Phone Number": "" if rng.random() < 0.85 else f"+1 555 {int(rng.integers(1000000, 9999999))}",
                "Birthday": ""
                if rng.random() < 0.8
                else f"{int(rng.integers(1, 13)):02d}/{int(rng.integers(1, 29)):02d}",
                "MEMBER_RATING": rating,
                "OPTIN_TIME": "" if imported else f"{optin:%Y-%m-%d %H:%M:%S}",
                "OPTIN_IP": "" if imported else f"{int(rng.integers(20, 220))}.{int(rng.integers(0, 255))}.0.{i % 250}",
                "CONFIRM_TIME": f"{confirm:%Y-%m-%d %H:%M:%S}",
                "CONFIRM_IP": ""
                if imported
                else f"{int(rng.integers(20, 220))}.{int(rng.integers(0, 255))}.1.{i % 250}",
                "LATITUDE": round(_MC_XY[cc][0] + float(rng.normal(0, 3)), 7) if located else "",
                "LONGITUDE": round(_MC_XY[cc][1] + float(rng.normal(0, 4)), 7) if located else "",
                "GMTOFF": gmt if located else "",
                "DSTOFF": gmt + (1 if located and cc not in ("IN", "AU") else 0) if located else "",
                "TIMEZONE": tz if located else "",
                "CC": cc if located else "",
                "REGION": region if located else "",
                "LAST_CHANGED": f"{confirm + pd.Timedelta(days=int(rng.integers(0, 200))):%Y-%m-%d %H:%M:%S}",
                "LEID": str(100_000_000 + i * 37),
                "EUID": "".join(_one(rng, list("0123456789abcdef")) for _ in range(10)),
                "NOTES": "",
                "TAGS": ",".join(tags),
            }
        )
    return pd.DataFrame(rows)


def _mc_when(d: pd.DataFrame, col: str) -> pd.Series:
    return pd.to_datetime(_text(d[col]), errors="coerce")


def _mc_best_month(d: pd.DataFrame, col: str) -> pd.Timestamp:
    return _mc_when(d, col).dt.to_period("M").value_counts().sort_index().idxmax().to_timestamp()


_MC_ID = ("Email Address",)
_MAILCHIMP_QS = [
    Q("how many subscribers are on the list", _count(lambda d: len(d)), _MC_ID),
    Q(
        "how many joined in 2024",
        either(
            _count(lambda d: int((_mc_when(d, "CONFIRM_TIME").dt.year == 2024).sum())),
            _count(lambda d: int((_mc_when(d, "OPTIN_TIME").dt.year == 2024).sum())),
        ),
        ("CONFIRM_TIME", "OPTIN_TIME", *_MC_ID),
    ),
    Q(
        "which month did we get the most new people",
        either(
            _month_year(lambda d: _mc_best_month(d, "CONFIRM_TIME")),
            _month_year(lambda d: _mc_best_month(d, "OPTIN_TIME")),
        ),
        ("CONFIRM_TIME", "OPTIN_TIME", *_MC_ID),
    ),
    Q(
        "what country are most of them from",
        _lead(_named(lambda d: _top(_text(d["CC"])[_text(d["CC"]) != ""].value_counts()), {"US": ("United States",)})),
        ("CC", "REGION", *_MC_ID),
    ),
    Q(
        "what % have the top star rating",
        _share(lambda d: float((pd.to_numeric(d["MEMBER_RATING"], errors="coerce") == 5).mean())),
        ("MEMBER_RATING", *_MC_ID),
    ),
    Q(
        "how many are tagged vip",
        _count(lambda d: int(_text(d["TAGS"]).str.contains("VIP", case=False).sum())),
        ("TAGS", *_MC_ID),
    ),
]


# --- 5. Austin Code Department complaint cases ---------------------------------------------------------------------

# case type: weight, descriptions, median days to close
_AC_TYPES = {
    "High Weeds": (9.0, "HIGH WEEDS/GRASS;OVERGROWN VEGETATION", 9.0),
    "Junk, Trash and Debris": (8.0, "TRASH AND DEBRIS IN YARD;BULK ITEMS ON CURB;JUNK VEHICLE", 14.0),
    "Structure Condition": (6.0, "ROOF LEAK;NO HOT WATER;MOLD;BROKEN WINDOWS;PEST INFESTATION", 35.0),
    "Work Without Permit": (4.0, "WORK WITHOUT PERMIT;FENCE WITHOUT PERMIT", 28.0),
    "Short-Term Rental": (2.0, "UNLICENSED SHORT TERM RENTAL;STR NOISE/OCCUPANCY", 21.0),
    "Parking on Lawn": (3.0, "PARKING ON FRONT LAWN", 6.0),
}
_AC_STREETS = "E RIVERSIDE DR;S CONGRESS AVE;BURNET RD;E 7TH ST;MANOR RD;W SLAUGHTER LN;CAMERON RD;S 1ST ST;RUNDBERG LN"
_AC_ZIPS = [78702, 78704, 78741, 78745, 78753, 78758, 78723, 78744, 78757, 78748]


def _austin_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17305)
    streets = _AC_STREETS.split(";")
    names = list(_AC_TYPES)
    now = pd.Timestamp("2024-03-31 17:00")
    rows = []
    district_w = [3, 4, 9, 7, 5, 3, 6, 3, 4, 2]
    for _ in range(2600):
        kind = _one(rng, names, [v[0] for v in _AC_TYPES.values()])
        desc = _one(rng, _AC_TYPES[kind][1].split(";"))
        opened = pd.Timestamp("2023-01-01") + pd.Timedelta(minutes=int(rng.integers(0, 455 * 24 * 60)))
        opened = opened.floor("min")
        days = float(rng.lognormal(np.log(_AC_TYPES[kind][2]), 0.7))
        closed = opened + pd.Timedelta(days=days)
        priority = _one(
            rng, ["1 - High", "2 - Medium", "3 - Low"], [2, 5, 3] if kind == "Structure Condition" else [1, 4, 6]
        )
        if closed > now or rng.random() < 0.03:
            status, closed_txt = _one(rng, ["Open", "Active"], [2, 1]), ""
        else:
            status, closed_txt = "Closed", closed.strftime("%m/%d/%Y %I:%M:%S %p")
        district = int(_one(rng, list(range(1, 11)), district_w))
        rows.append(
            {
                "CASE_ID": f"{opened.year}-{int(rng.integers(1, 999999)):06d} CC",
                "DESCRIPTION": desc,
                "CASE_TYPE": kind,
                "ADDRESS": f"{int(rng.integers(100, 9999))} {_one(rng, streets)}",
                "ZIP_CODE": _AC_ZIPS[district - 1],
                "COUNCIL_DISTRICT": "" if rng.random() < 0.02 else district,
                "STATUS": status,
                "PRIORITY": priority,
                "OPENED_DATE": opened.strftime("%m/%d/%Y %I:%M:%S %p"),
                "CLOSED_DATE": closed_txt,
                "LATITUDE": round(30.27 + float(rng.normal(0, 0.07)), 6),
                "LONGITUDE": round(-97.74 + float(rng.normal(0, 0.07)), 6),
            }
        )
    frame = pd.DataFrame(rows)
    return pd.concat([frame, frame.iloc[[40, 512, 1999]]], ignore_index=True)


def _ac_dt(s: pd.Series) -> pd.Series:
    return pd.to_datetime(_text(s), format="%m/%d/%Y %I:%M:%S %p", errors="coerce")


def _ac_days(d: pd.DataFrame, dedup: bool = False) -> pd.Series:
    if dedup:
        d = d.drop_duplicates("CASE_ID")
    return ((_ac_dt(d["CLOSED_DATE"]) - _ac_dt(d["OPENED_DATE"])).dt.total_seconds() / 86400).dropna()


def _ac_open(d: pd.DataFrame) -> pd.Series:
    return _text(d["STATUS"]) != "Closed"


def _district(value: Callable[[pd.DataFrame], Any]) -> Check:
    """A council district by number: "District 3", "district #3", "D3"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        n = int(float(value(df)))
        if re.search(rf"(?i)\b(?:district|d)\s*#?\s*{n}(?!\d)", answer):
            return None
        return f"missing district {n}"

    return check


_AC_ID = ("CASE_ID", "OPENED_DATE")
_AUSTIN_QS = [
    Q(
        "how many complaints are in here",
        either(_count(lambda d: len(d)), _count(lambda d: int(d["CASE_ID"].nunique()))),
        _AC_ID,
    ),
    Q(
        "what do people complain about most",
        either(
            _lead(_named(lambda d: _top(d["CASE_TYPE"].value_counts()))),
            _lead(_named(lambda d: _top(d["DESCRIPTION"].value_counts()))),
        ),
        ("CASE_TYPE", "DESCRIPTION", *_AC_ID),
    ),
    Q(
        "which district has the most cases",
        _lead(_district(lambda d: _top(pd.to_numeric(d["COUNCIL_DISTRICT"]).dropna().astype(int).value_counts()))),
        ("COUNCIL_DISTRICT", *_AC_ID),
    ),
    Q(
        "how long does it usually take to close one",
        either(
            has(lambda d: float(_ac_days(d).mean()), rel=0.02),
            has(lambda d: float(_ac_days(d).median()), rel=0.02),
            has(lambda d: float(_ac_days(d, True).mean()), rel=0.02),
            has(lambda d: float(_ac_days(d, True).median()), rel=0.02),
        ),
        ("OPENED_DATE", "CLOSED_DATE", "STATUS", "CASE_ID"),
    ),
    Q(
        "how many are still open",
        either(
            _count(lambda d: int(_ac_open(d).sum())),
            _count(lambda d: int(_ac_open(d.drop_duplicates("CASE_ID")).sum())),
            _count(lambda d: int((_text(d["STATUS"]) == "Open").sum())),
        ),
        ("STATUS", "CLOSED_DATE", *_AC_ID),
    ),
    Q(
        "and how many of those are high priority",
        either(
            _count(lambda d: int((_ac_open(d) & _text(d["PRIORITY"]).str.startswith("1")).sum())),
            _count(
                lambda d: int(
                    (_ac_open(d) & _text(d["PRIORITY"]).str.startswith("1"))[~d["CASE_ID"].duplicated()].sum()
                )
            ),
            _count(lambda d: int(((_text(d["STATUS"]) == "Open") & _text(d["PRIORITY"]).str.startswith("1")).sum())),
        ),
        ("STATUS", "PRIORITY", "CLOSED_DATE", *_AC_ID),
    ),
]


# --- 6. ECB reference exchange rates, long SDMX CSV ----------------------------------------------------------------

# currency: title, start value, daily volatility, drift per day
_ECB_CCY = {
    "USD": ("US dollar/Euro", 1.1326, 0.0042, -0.00005),
    "GBP": ("UK pound sterling/Euro", 0.8403, 0.0032, 0.00001),
    "JPY": ("Japanese yen/Euro", 130.9, 0.0065, 0.00025),
    "CHF": ("Swiss franc/Euro", 1.0378, 0.0035, -0.00006),
    "SEK": ("Swedish krona/Euro", 10.28, 0.0045, 0.00008),
}


def _ecb_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17306)
    days = pd.bdate_range("2022-01-03", "2024-12-31")
    holidays = {(1, 1), (5, 1), (12, 25), (12, 26)}
    days = [d for d in days if (d.month, d.day) not in holidays]
    rows = []
    for cur, (title, start, vol, drift) in _ECB_CCY.items():
        value = start
        places = 2 if cur == "JPY" else 4
        for day in days:
            value *= float(np.exp(rng.normal(drift, vol)))
            missing = rng.random() < 0.004
            rows.append(
                {
                    "KEY": f"EXR.D.{cur}.EUR.SP00.A",
                    "FREQ": "D",
                    "CURRENCY": cur,
                    "CURRENCY_DENOM": "EUR",
                    "EXR_TYPE": "SP00",
                    "EXR_SUFFIX": "A",
                    "TIME_PERIOD": f"{day:%Y-%m-%d}",
                    "OBS_VALUE": "" if missing else round(value, places),
                    "OBS_STATUS": "M" if missing else "A",
                    "TITLE": title,
                    "UNIT": cur,
                }
            )
    return pd.DataFrame(rows)


def _ecb(d: pd.DataFrame, cur: str) -> pd.Series:
    """One currency's rates indexed by day, blanks dropped."""
    keep = d[d["CURRENCY"] == cur]
    values = pd.to_numeric(keep["OBS_VALUE"], errors="coerce")
    return pd.Series(values.to_numpy(), index=pd.to_datetime(keep["TIME_PERIOD"])).dropna()


def _ecb_vol(d: pd.DataFrame, how: str) -> str:
    scores = {}
    for cur in d["CURRENCY"].unique():
        s = _ecb(d, cur)
        scores[cur] = float(s.pct_change().std()) if how == "returns" else float(s.std() / s.mean())
    return _top(pd.Series(scores))


def _ecb_gbp_month(d: pd.DataFrame) -> pd.Timestamp:
    s = _ecb(d, "GBP")
    s = s[s.index.year == 2024]
    return s.groupby(s.index.to_period("M")).mean().idxmax().to_timestamp()


_ECB_ID = ("KEY", "CURRENCY", "TIME_PERIOD", "OBS_VALUE")
_ECB_QS = [
    Q(
        "whats the average dollar rate in 2023",
        has(lambda d: float(_ecb(d, "USD")[lambda s: s.index.year == 2023].mean()), rel=0.002),
        _ECB_ID,
    ),
    Q(
        "what was the highest it got, and when",
        both(
            has(lambda d: float(_ecb(d, "USD").max()), rel=0.0005),
            _day(lambda d: _ecb(d, "USD").idxmax()),
        ),
        _ECB_ID,
    ),
    Q(
        "how much did the yen move from the first day to the last",
        either(
            has(lambda d: float(_ecb(d, "JPY").iloc[-1] - _ecb(d, "JPY").iloc[0]), rel=0.01),
            has(lambda d: [float(_ecb(d, "JPY").iloc[0]), float(_ecb(d, "JPY").iloc[-1])], rel=0.001),
            has(lambda d: 100 * float(_ecb(d, "JPY").iloc[-1] / _ecb(d, "JPY").iloc[0] - 1), rel=0.01),
        ),
        _ECB_ID,
    ),
    Q(
        "which currency bounced around the most",
        either(
            _lead(_named(lambda d: _ecb_vol(d, "returns"))),
            _lead(_named(lambda d: _ecb_vol(d, "level"))),
        ),
        _ECB_ID,
    ),
    Q(
        "in 2024 which month had the highest average pound rate",
        _month_year(_ecb_gbp_month),
        _ECB_ID,
    ),
    Q(
        "are there any gaps in the data",
        either(
            _count(lambda d: int(pd.to_numeric(d["OBS_VALUE"], errors="coerce").isna().sum())),
            _count(lambda d: int((_text(d["OBS_STATUS"]) == "M").sum())),
        ),
        ("OBS_VALUE", "OBS_STATUS", "TIME_PERIOD", "CURRENCY", "KEY"),
    ),
]


# --- 7. CDC provisional COVID-19 deaths by sex and age, long format ------------------------------------------------

# disjoint age bands: share of COVID deaths, share of all deaths
_CDC_BANDS = {
    "Under 1 year": (0.0004, 0.008),
    "1-4 years": (0.0002, 0.002),
    "5-14 years": (0.0003, 0.003),
    "15-24 years": (0.002, 0.014),
    "25-34 years": (0.008, 0.027),
    "35-44 years": (0.02, 0.038),
    "45-54 years": (0.05, 0.07),
    "55-64 years": (0.12, 0.15),
    "65-74 years": (0.21, 0.21),
    "75-84 years": (0.26, 0.24),
    "85 years and over": (0.3306, 0.238),
}
# overlapping bands as shares of the disjoint ones
_CDC_OVERLAP = {
    "0-17 years": {"Under 1 year": 1, "1-4 years": 1, "5-14 years": 1, "15-24 years": 0.3},
    "18-29 years": {"15-24 years": 0.7, "25-34 years": 0.5},
    "30-39 years": {"25-34 years": 0.5, "35-44 years": 0.5},
    "40-49 years": {"35-44 years": 0.5, "45-54 years": 0.5},
    "50-64 years": {"45-54 years": 0.5, "55-64 years": 1},
}
_CDC_AGES = [
    "All Ages",
    "Under 1 year",
    "0-17 years",
    "1-4 years",
    "5-14 years",
    "15-24 years",
    "18-29 years",
    "25-34 years",
    "30-39 years",
    "35-44 years",
    "40-49 years",
    "45-54 years",
    "50-64 years",
    "55-64 years",
    "65-74 years",
    "75-84 years",
    "85 years and over",
]
# jurisdiction: share of the US
_CDC_STATES = {
    "United States": 1.0,
    "California": 0.093,
    "Texas": 0.081,
    "Florida": 0.074,
    "New York": 0.037,
    "New York City": 0.038,
    "Ohio": 0.039,
    "Vermont": 0.0009,
}
_CDC_YEAR = {2020: 385_000, 2021: 463_000, 2022: 245_000, 2023: 76_000}
_CDC_ALL_YEAR = {2020: 3_390_000, 2021: 3_464_000, 2022: 3_279_000, 2023: 3_090_000}
_CDC_NOTE = (
    "One or more data cells have counts between 1-9 and have been suppressed in accordance with NCHS confidentiality"
    " standards."
)


def _cdc_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17307)
    # monthly US COVID deaths: winter waves
    months = pd.period_range("2020-01", "2023-12", freq="M")
    wave = {"2020-04": 3.5, "2020-12": 4.0, "2021-01": 5.2, "2021-09": 3.0, "2022-01": 4.6, "2022-12": 1.6}
    raw = np.array([wave.get(str(m), 1.0) * float(rng.lognormal(0, 0.25)) for m in months])
    raw[0] = 0.0
    raw[1] = 0.0003
    monthly = {}
    for y, total in _CDC_YEAR.items():
        idx = [i for i, m in enumerate(months) if m.year == y]
        for i in idx:
            monthly[months[i]] = total * raw[i] / raw[idx].sum()
    rows = []

    def cells(covid: float, all_deaths: float, male: float) -> dict[str, dict[str, float]]:
        """Counts by sex and age for one jurisdiction and period."""
        out: dict[str, dict[str, float]] = {}
        for sex, part in (("Male", male), ("Female", 1 - male)):
            bands = {}
            for band, (c, a) in _CDC_BANDS.items():
                jitter = float(rng.lognormal(0, 0.05))
                old = band in ("75-84 years", "85 years and over")
                tilt = (0.85 if old else 1.1) if sex == "Male" else (1.15 if old else 0.9)
                bands[band] = (covid * part * c * jitter * tilt, all_deaths * part * a * jitter)
            out[sex] = {b: v for b, v in bands.items()}
        return out

    def emit(group: str, start: str, end: str, year: Any, month: Any, state: str, by_sex: dict) -> None:
        per_sex = {}
        for sex, bands in by_sex.items():
            ints = {b: (round(c), round(a)) for b, (c, a) in bands.items()}
            per_sex[sex] = ints
        per_sex["All Sexes"] = {
            b: tuple(per_sex["Male"][b][k] + per_sex["Female"][b][k] for k in (0, 1)) for b in _CDC_BANDS
        }
        for sex in ("All Sexes", "Male", "Female"):
            ints = per_sex[sex]
            for age in _CDC_AGES:
                if age == "All Ages":
                    c = sum(v[0] for v in ints.values())
                    a = sum(v[1] for v in ints.values())
                elif age in _CDC_OVERLAP:
                    c = round(sum(ints[b][0] * w for b, w in _CDC_OVERLAP[age].items()))
                    a = round(sum(ints[b][1] * w for b, w in _CDC_OVERLAP[age].items()))
                else:
                    c, a = ints[age]
                pneu = round(a * 0.075 + c * 0.45)
                both_ = round(c * 0.42)
                flu = round(a * 0.002)
                pic = pneu + c - both_ + flu
                values = {
                    "COVID-19 Deaths": c,
                    "Total Deaths": a,
                    "Pneumonia Deaths": pneu,
                    "Pneumonia and COVID-19 Deaths": both_,
                    "Influenza Deaths": flu,
                    "Pneumonia, Influenza, or COVID-19 Deaths": pic,
                }
                hidden = any(1 <= v <= 9 for v in values.values())
                rows.append(
                    {
                        "Data As Of": "04/03/2024",
                        "Start Date": start,
                        "End Date": end,
                        "Group": group,
                        "Year": year,
                        "Month": month,
                        "State": state,
                        "Sex": sex,
                        "Age Group": age,
                        **{k: ("" if 1 <= v <= 9 else v) for k, v in values.items()},
                        "Footnote": _CDC_NOTE if hidden else "",
                    }
                )

    for state, part in _CDC_STATES.items():
        yearly = {}
        for y in _CDC_YEAR:
            c = _CDC_YEAR[y] * part * float(rng.lognormal(0, 0.08) if state != "United States" else 1.0)
            a = _CDC_ALL_YEAR[y] * part
            yearly[y] = cells(c, a, 0.555)
        total = {
            sex: {b: tuple(sum(yearly[y][sex][b][k] for y in yearly) for k in (0, 1)) for b in _CDC_BANDS}
            for sex in ("Male", "Female")
        }
        emit("By Total", "01/01/2020", "12/31/2023", "", "", state, total)
        for y in _CDC_YEAR:
            emit("By Year", f"01/01/{y}", f"12/31/{y}", y, "", state, yearly[y])
        if state == "United States":
            for m in months:
                share = monthly[m] / _CDC_YEAR[m.year]
                by_sex = {
                    sex: {b: (v[0] * share, v[1] / 12) for b, v in yearly[m.year][sex].items()}
                    for sex in ("Male", "Female")
                }
                emit(
                    "By Month",
                    f"{m.start_time:%m/%d/%Y}",
                    f"{m.end_time:%m/%d/%Y}",
                    m.year,
                    m.month,
                    state,
                    by_sex,
                )
    return pd.DataFrame(rows)


def _cdc(d: pd.DataFrame, group: str, state: str = "United States", sex: str = "All Sexes", age: str = "All Ages"):
    keep = (d["Group"] == group) & (d["State"] == state) & (d["Sex"] == sex) & (d["Age Group"] == age)
    return d[keep]


def _cdc_total(d: pd.DataFrame, sex: str = "All Sexes", age: str = "All Ages", state: str = "United States") -> float:
    return float(pd.to_numeric(_cdc(d, "By Total", state, sex, age)["COVID-19 Deaths"]).sum())


def _cdc_best_year(d: pd.DataFrame) -> int:
    y = _cdc(d, "By Year")
    return int(y.set_index("Year")["COVID-19 Deaths"].astype(float).idxmax())


def _cdc_best_month(d: pd.DataFrame) -> pd.Timestamp:
    m = _cdc(d, "By Month")
    best = m.loc[m["COVID-19 Deaths"].astype(float).idxmax()]
    return pd.Timestamp(int(best["Year"]), int(best["Month"]), 1)


def _cdc_old_share(d: pd.DataFrame) -> float:
    old = sum(_cdc_total(d, age=a) for a in ("65-74 years", "75-84 years", "85 years and over"))
    return old / _cdc_total(d)


def _cdc_top_state(d: pd.DataFrame) -> str:
    t = d[(d["Group"] == "By Total") & (d["Sex"] == "All Sexes") & (d["Age Group"] == "All Ages")]
    t = t[t["State"] != "United States"]
    return _top(pd.to_numeric(t["COVID-19 Deaths"]).groupby(t["State"]).sum())


def _year_word(value: Callable[[pd.DataFrame], int]) -> Check:
    def check(answer: str, df: pd.DataFrame) -> str | None:
        y = int(value(df))
        return None if re.search(rf"(?<![\d.,]){y}(?!\d)", answer) else f"missing year {y}"

    return check


_CDC_ID = ("Group", "State", "Sex", "Age Group", "COVID-19 Deaths")
_CDC_QS = [
    Q("how many people died of covid in the us overall", has(_cdc_total, rel=0.001), _CDC_ID),
    Q("which year was the worst", _lead(_year_word(_cdc_best_year)), (*_CDC_ID, "Year", "Start Date")),
    Q(
        "how many men died vs women",
        has(lambda d: _cdc_total(d, "Male"), lambda d: _cdc_total(d, "Female"), rel=0.001),
        _CDC_ID,
    ),
    Q(
        "what share of covid deaths were 65 or older",
        _share(_cdc_old_share),
        _CDC_ID,
    ),
    Q("worst month?", _month_year(_cdc_best_month), (*_CDC_ID, "Year", "Month", "Start Date", "End Date")),
    Q(
        "which state had the most covid deaths",
        _lead(_named(_cdc_top_state)),
        _CDC_ID,
    ),
]


HELDOUT173: list[Dataset] = [
    Dataset("honeybook_invoices_export", _honeybook_frame, _HONEYBOOK_QS),
    Dataset("payoneer_transactions_export", _payoneer_frame, _PAYONEER_QS),
    Dataset("apple_health_workouts_auto_export", _applehealth_frame, _APPLEHEALTH_QS),
    Dataset("mailchimp_audience_export", _mailchimp_frame, _MAILCHIMP_QS),
    Dataset("austin_code_complaint_cases", _austin_frame, _AUSTIN_QS),
    Dataset("ecb_exchange_rates_long", _ecb_frame, _ECB_QS),
    Dataset("cdc_covid_deaths_by_sex_age", _cdc_frame, _CDC_QS),
]
