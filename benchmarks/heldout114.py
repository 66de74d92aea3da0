"""HELDOUT114: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public tables an analyst is likely to bring along: a Xero bank
statement lines export (Date as "14 Mar 2023", Type "Spend Money" / "Receive Money" / "Transfer", Payee, Particulars
and Code mostly blank, Reference such as "INV-0042" or blank, "Spent" and "Received" with the other one blank, a
running Balance, Source "Bank Feed" / "Import" / "Manual", Status "Reconciled" / "Unreconciled", a first "Opening
Balance" line with only a Balance, and a few payees written in upper case); a Greenhouse candidates report (one row
per application, "Candidate ID" repeated when a person applied to two jobs, "Application ID", "First Name", "Last
Name", Email, Job such as "Senior Software Engineer", Department, Office, Source "LinkedIn" / "Referral" /
"Company Website" / "Indeed" / "Agency" / "Glassdoor", Recruiter, "Applied On" as "2023-03-14 09:12:44 UTC", Status
Active / Rejected / Hired, "Current Stage" (blank once hired or rejected), "Rejection Reason" and "Rejected On"
blank unless rejected, "Hired On" blank unless hired, Tags mostly blank); a ChargePoint charging sessions history
(the Palo Alto open-data layout: "Station Name" as "PALO ALTO CA / HAMILTON #1", "MAC Address", "Org Name", "Start
Date" and "End Date" as "1/14/2023 8:05", "Start Time Zone" PST / PDT, "Total Duration (hh:mm:ss)" and "Charging
Time (hh:mm:ss)" as "2:41:07", "Energy (kWh)", "GHG Savings (kg)", "Gasoline Savings (gallons)", "Port Type"
Level 2 / DC Fast, "Port Number", "Plug Type" J1772 / NEMA 5-20R / CHADEMO, "Address 1", City, "State/Province",
"Postal Code", Fee in dollars (0 for free sessions), "Ended By" such as "Plug Out at Vehicle" / "Customer", "Plug In
Event Id", "User ID" repeated with blanks, "Driver Postal Code" with blanks); a Poshmark seller sales report ("Order
Date" and "Listing Date" as "03/14/2023", "Order Id" hex, "Listing Title", Department Women / Men / Kids / Home,
Category, Subcategory, Brand, Color, Size, "Listing Price", "Order Price", "Offer Order" Yes / No, "Seller Shipping
Discount", "Upgraded Shipping Label Fee", "Net Earnings" as "$20.00" after Poshmark's 20% fee ($2.95 under $15),
"Buyer Username", "Buyer State" two-letter); FEMA's OpenFEMA NFIP redacted claims (camel-case columns: id,
dateOfLoss as "2017-08-27T00:00:00.000Z", yearOfLoss, state, reportedCity upper-case, reportedZipCode, countyCode,
floodZone such as "AE" / "X" / "VE", occupancyType 1-6, primaryResidenceIndicator 0 / 1, numberOfFloorsInTheInsured
Building, originalConstructionDate, amountPaidOnBuildingClaim / amountPaidOnContentsClaim /
amountPaidOnIncreasedCostOfComplianceClaim with blanks, totalBuildingInsuranceCoverage,
totalContentsInsuranceCoverage, buildingDamageAmount, causeOfDamage codes, floodEvent such as "Hurricane Harvey"
or blank, policyCount, latitude / longitude to one decimal); Freddie Mac's PMMS history as pmms.csv (date as
"4/2/1971", weekly, pmms30, pmms15 from August 1991, pmms51 from January 2005 to November 2022, blanks elsewhere);
and the Smithsonian Global Volcanism Program eruptions search results ("Volcano Number" repeated per volcano,
"Volcano Name", "Eruption Number", "Eruption Category" Confirmed / Uncertain / Discredited Eruption, "Area of
Activity" mostly blank, VEI blank when unknown, "VEI Modifier", "Start Year Modifier", "Start Year" negative for BCE,
"Start Year Uncertainty", "Start Month" and "Start Day" 0 when unknown, "Evidence Method (dating)", "End Year" blank
for older or ongoing eruptions, "End Month", "End Day", Latitude, Longitude). All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _text, _year
from .heldout38 import _draw
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, both, either, has
from .offline_eval import corr_of as _corr
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


def _num(s: pd.Series) -> pd.Series:
    """Numbers from a column that may hold "$1,234.50" text."""
    return pd.to_numeric(s.astype("string").str.replace(r"[$,\s]", "", regex=True), errors="coerce")


def _hms_hours(s: pd.Series) -> pd.Series:
    """Hours from "h:mm:ss" text."""
    parts = s.astype(str).str.split(":", expand=True).astype(float)
    return parts[0] + parts[1] / 60 + parts[2] / 3600


def _hours_or_minutes(value: Callable[[pd.DataFrame], float]) -> Check:
    """A duration in hours, or the same in minutes."""
    return either(has(value, rel=0.01), has(lambda d: 60 * float(value(d)), rel=0.01))


# --- 1. Xero bank statement lines ----------------------------------------------------------------------------------

_XE_SPEND = {
    "Amazon Web Services": (6.2, 0.3),
    "Xero": (4.2, 0.05),
    "Google": (3.6, 0.4),
    "Officeworks": (4.6, 0.7),
    "Uber": (3.3, 0.5),
    "Qantas": (6.0, 0.5),
    "Telstra": (4.9, 0.1),
    "Australian Taxation Office": (8.3, 0.4),
    "Payroll": (9.9, 0.1),
    "Landlord Pty Ltd": (8.2, 0.0),
    "Bunnings Warehouse": (4.3, 0.8),
    "Cafe Nero": (2.8, 0.4),
}
_XE_SPEND_W = "Amazon Web Services:6;Xero:3;Google:5;Officeworks:8;Uber:14;Qantas:4;Telstra:3;"
_XE_SPEND_W += "Australian Taxation Office:2;Payroll:6;Landlord Pty Ltd:3;Bunnings Warehouse:6;Cafe Nero:16"
_XE_IN = {"Stripe": (7.3, 0.6), "PayPal": (6.1, 0.7), "Harbour Logistics": (8.4, 0.3), "Kestrel Design": (7.9, 0.4)}
_XE_IN_W = "Stripe:14;PayPal:8;Harbour Logistics:3;Kestrel Design:4"


def _xero_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11401)
    n = 1380
    start = pd.Timestamp("2022-07-01")
    days = sorted(start + pd.Timedelta(days=int(x)) for x in rng.integers(0, 548, n))
    rows = []
    balance = 48_250.00
    rows.append(
        {
            "Date": f"{start:%d %b %Y}",
            "Type": "",
            "Payee": "Opening Balance",
            "Particulars": "",
            "Code": "",
            "Reference": "",
            "Spent": np.nan,
            "Received": np.nan,
            "Balance": balance,
            "Source": "",
            "Status": "",
        }
    )
    for i, day in enumerate(days):
        incoming = rng.random() < 0.3
        if incoming:
            payee = _draw(rng, _XE_IN_W)
            mu, sd = _XE_IN[payee]
        else:
            payee = _draw(rng, _XE_SPEND_W)
            mu, sd = _XE_SPEND[payee]
        amount = round(float(np.exp(rng.normal(mu, sd))) * (1.3 if day.month == 12 and not incoming else 1.0), 2)
        balance = round(balance + (amount if incoming else -amount), 2)
        ref = f"INV-{1000 + i:04d}" if incoming and payee not in ("Stripe", "PayPal") else ""
        if not incoming and rng.random() < 0.2:
            ref = f"{rng.integers(100000, 999999)}"
        status = (day > pd.Timestamp("2023-11-15") and rng.random() < 0.55) or rng.random() < 0.04
        row = {
            "Date": f"{day:%d %b %Y}",
            "Type": "Receive Money" if incoming else ("Transfer" if payee == "Payroll" else "Spend Money"),
            "Payee": payee if rng.random() > 0.03 else payee.upper(),
            "Particulars": _one(rng, ["", "", "", "", "CARD 4521", "EFTPOS"]),
            "Code": "" if rng.random() < 0.9 else _one(rng, ["400", "420", "489", "200"]),
            "Reference": ref,
            "Spent": np.nan if incoming else amount,
            "Received": amount if incoming else np.nan,
            "Balance": balance,
            "Source": _one(rng, ["Bank Feed", "Import", "Manual"], [85, 10, 5]),
            "Status": "Unreconciled" if status else "Reconciled",
        }
        rows.append(row)
    return pd.DataFrame(rows)


def _xe(d: pd.DataFrame) -> pd.DataFrame:
    """Statement lines without the opening balance line."""
    return d[_text(d["Payee"]) != "Opening Balance"]


def _xe_payee(d: pd.DataFrame) -> pd.Series:
    return _text(d["Payee"]).str.title().replace({"Paypal": "PayPal"})


def _xe_top_payee(d: pd.DataFrame) -> str:
    e = _xe(d)
    spent = _num(e["Spent"])
    names = _text(e["Payee"]).str.lower()
    top = _top(spent.groupby(names).sum())
    return next(n for n in _text(e["Payee"]) if n.lower() == top)


def _xe_peak_month(d: pd.DataFrame) -> Any:
    e = _xe(d)
    months = pd.to_datetime(e["Date"], format="%d %b %Y").dt.to_period("M")
    return _num(e["Spent"]).groupby(months).sum().idxmax().to_timestamp()


def _xe_mean_in(payee: str) -> Callable[[pd.DataFrame], float]:
    def mean(d: pd.DataFrame) -> float:
        e = _xe(d)
        return float(_num(e.loc[_text(e["Payee"]).str.lower() == payee.lower(), "Received"]).mean())

    return mean


_XE_ID = ("Date", "Payee", "Type")
_XERO_QS = [
    Q(
        "how much money came in overall",
        _money(lambda d: float(_num(_xe(d)["Received"]).sum())),
        (*_XE_ID, "Received"),
    ),
    Q(
        "who did we pay the most money to?",
        _lead(_named(_xe_top_payee)),
        (*_XE_ID, "Spent"),
    ),
    Q(
        "how many transactions still aren't reconciled",
        _count(lambda d: float((_text(_xe(d)["Status"]) == "Unreconciled").sum())),
        (*_XE_ID, "Status"),
    ),
    Q(
        "which month did we spend the most",
        _lead(_month_year(_xe_peak_month)),
        (*_XE_ID, "Spent"),
    ),
    Q(
        "whats the average payout from stripe",
        has(_xe_mean_in("Stripe"), rel=0.005),
        (*_XE_ID, "Received"),
    ),
    Q(
        "and paypal?",
        has(_xe_mean_in("PayPal"), rel=0.005),
        (*_XE_ID, "Received"),
    ),
]


# --- 2. Greenhouse candidates report ------------------------------------------------------------------------------

_GH_JOBS = {
    "Senior Software Engineer": ("Engineering", 14),
    "Software Engineer II": ("Engineering", 12),
    "Data Scientist": ("Data", 7),
    "Product Manager": ("Product", 6),
    "Product Designer": ("Design", 5),
    "Account Executive": ("Sales", 10),
    "Sales Development Representative": ("Sales", 9),
    "Customer Success Manager": ("Customer Success", 6),
    "Recruiting Coordinator": ("People", 3),
}
_GH_SOURCES = "LinkedIn:34;Company Website:22;Indeed:14;Referral:10;Agency:6;Glassdoor:8;Jobs page:6"
_GH_HIRE = {
    "LinkedIn": 0.035,
    "Company Website": 0.03,
    "Indeed": 0.015,
    "Referral": 0.16,
    "Agency": 0.09,
    "Glassdoor": 0.02,
    "Jobs page": 0.03,
}
_GH_REASONS = (
    "Lacking skill(s)/qualification(s):38;Other candidate was more qualified:18;Underqualified:12;"
    "Not a culture fit:5;Salary expectations:7;Withdrew:9;Unresponsive:8;Location:3"
)
_GH_FIRST = "Alex;Jordan;Taylor;Sam;Priya;Wei;Carlos;Fatima;Noah;Olivia;Liam;Ava;Mateo;Zara;Ethan;Mia;Kenji;Leila"
_GH_LAST = "Smith;Chen;Garcia;Patel;Kim;Nguyen;Brown;Okafor;Silva;Muller;Rossi;Cohen;Singh;Jones;Lee;Novak"


def _greenhouse_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11402)
    jobs = list(_GH_JOBS)
    jw = [_GH_JOBS[j][1] for j in jobs]
    rows = []
    cand = 41_200_000
    app = 88_500_000
    for _ in range(2150):
        cand += int(rng.integers(1, 40))
        first, last = _one(rng, _GH_FIRST.split(";")), _one(rng, _GH_LAST.split(";"))
        applied_n = 2 if rng.random() < 0.08 else 1
        for _k in range(applied_n):
            app += int(rng.integers(1, 30))
            job = str(_one(rng, jobs, jw))
            source = _draw(rng, _GH_SOURCES)
            day = pd.Timestamp("2023-01-02") + pd.Timedelta(days=int(rng.integers(0, 540)))
            if day.month in (1, 9):
                day = day + pd.Timedelta(days=int(rng.integers(0, 5)))
            applied = day + pd.Timedelta(seconds=int(rng.integers(0, 86400)))
            u = rng.random()
            hired = u < _GH_HIRE[source]
            rejected = not hired and (u < 0.78 or applied < pd.Timestamp("2024-03-01"))
            stage = ""
            hired_on = rejected_on = reason = ""
            if hired:
                hired_on = f"{applied + pd.Timedelta(days=int(rng.gamma(6, 6)) + 14):%Y-%m-%d}"
            elif rejected:
                reason = _draw(rng, _GH_REASONS)
                rejected_on = f"{applied + pd.Timedelta(days=int(rng.exponential(12))):%Y-%m-%d}"
            else:
                stage = _one(rng, ["Application Review", "Phone Screen", "Technical Interview", "Onsite", "Offer"])
            rows.append(
                {
                    "Candidate ID": cand,
                    "Application ID": app,
                    "First Name": first,
                    "Last Name": last,
                    "Email": f"{first.lower()}.{last.lower()}{rng.integers(1, 99)}@example.com",
                    "Job": job,
                    "Department": _GH_JOBS[job][0],
                    "Office": _one(rng, ["New York", "San Francisco", "Remote - US", "London"], [4, 3, 5, 2]),
                    "Source": source,
                    "Recruiter": _one(rng, ["Hannah Cole", "Marco Diaz", "Janet Wu"]),
                    "Applied On": f"{applied:%Y-%m-%d %H:%M:%S} UTC",
                    "Status": "Hired" if hired else ("Rejected" if rejected else "Active"),
                    "Current Stage": stage,
                    "Rejection Reason": reason,
                    "Rejected On": rejected_on,
                    "Hired On": hired_on,
                    "Tags": "" if rng.random() < 0.85 else _one(rng, ["Silver Medalist", "Diversity", "Boomerang"]),
                }
            )
    return pd.DataFrame(rows)


def _gh_applied(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Applied On"].astype(str).str.replace(" UTC", "", regex=False))


def _gh_top_source(d: pd.DataFrame) -> str:
    return _top((_text(d["Status"]) == "Hired").groupby(d["Source"]).sum())


def _gh_reject_share(d: pd.DataFrame) -> float:
    return float((_text(d["Status"]) == "Rejected").mean())


def _gh_top_reason(d: pd.DataFrame) -> str:
    r = _text(d["Rejection Reason"])
    return _top(r[r != ""].value_counts())


def _gh_peak_month(d: pd.DataFrame) -> Any:
    when = _gh_applied(d)
    m = when[when.dt.year == 2023].dt.to_period("M")
    return m.value_counts().sort_index().idxmax().to_timestamp()


def _gh_days(how: str) -> Callable[[pd.DataFrame], float]:
    def days(d: pd.DataFrame) -> float:
        h = d[_text(d["Status"]) == "Hired"]
        gap = (pd.to_datetime(h["Hired On"]) - _gh_applied(h).dt.normalize()).dt.days
        return float(getattr(gap, how)())

    return days


_GH_ID = ("Candidate ID", "Application ID", "Applied On")
_GREENHOUSE_QS = [
    Q(
        "how many people applied",
        either(_count(lambda d: float(len(d))), _count(lambda d: float(d["Candidate ID"].nunique()))),
        (*_GH_ID,),
    ),
    Q(
        "which source gets us the most hires?",
        _lead(_named(_gh_top_source)),
        (*_GH_ID, "Source", "Status", "Hired On"),
    ),
    Q(
        "what % of applications got rejected",
        _share(_gh_reject_share),
        (*_GH_ID, "Status", "Rejected On"),
    ),
    Q(
        "most common reason for rejecting someone?",
        _lead(_named(_gh_top_reason)),
        (*_GH_ID, "Rejection Reason", "Status"),
    ),
    Q(
        "in 2023 which month had the most applications",
        _lead(_month_year(_gh_peak_month)),
        (*_GH_ID,),
    ),
    Q(
        "how long does it usually take from applying to getting hired, in days",
        either(has(_gh_days("mean"), rel=0.01), has(_gh_days("median"), rel=0.01)),
        (*_GH_ID, "Status", "Hired On"),
    ),
]


# --- 3. ChargePoint charging sessions ------------------------------------------------------------------------------

_CP_STATIONS = {
    "PALO ALTO CA / HAMILTON #1": ("250 Hamilton Ave", "94301", 14),
    "PALO ALTO CA / HAMILTON #2": ("250 Hamilton Ave", "94301", 11),
    "PALO ALTO CA / HIGH #4": ("528 High St", "94301", 12),
    "PALO ALTO CA / WEBSTER #1": ("520 Webster St", "94301", 16),
    "PALO ALTO CA / WEBSTER #2": ("520 Webster St", "94301", 9),
    "PALO ALTO CA / BRYANT #1": ("445 Bryant St", "94301", 10),
    "PALO ALTO CA / CAMBRIDGE #1": ("475 Cambridge Ave", "94306", 8),
    "PALO ALTO CA / MPL #6": ("1213 Newell Rd", "94303", 7),
    "PALO ALTO CA / TED THOMPSON #3": ("275 Cambridge Ave", "94306", 6),
    "PALO ALTO CA / RINCONADA LIB 1": ("1213 Newell Rd", "94303", 4),
}


def _hms(hours: float) -> str:
    secs = round(hours * 3600)
    return f"{secs // 3600}:{secs % 3600 // 60:02d}:{secs % 60:02d}"


def _chargepoint_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11403)
    names = list(_CP_STATIONS)
    weights = [_CP_STATIONS[s][2] for s in names]
    users = [str(x) for x in rng.integers(100000, 999999, 420)]
    rows = []
    for i in range(3600):
        station = str(_one(rng, names, weights))
        addr, postal, _w = _CP_STATIONS[station]
        day = pd.Timestamp("2022-01-01") + pd.Timedelta(days=int(rng.integers(0, 730)))
        if day.month in (5, 6) and rng.random() < 0.3:
            day = day - pd.Timedelta(days=int(rng.integers(0, 20)))
        start = day + pd.Timedelta(minutes=int(rng.normal(11 * 60, 180)) % (24 * 60))
        total = float(np.clip(rng.gamma(2.2, 1.2), 0.05, 14))
        charging = total * float(rng.uniform(0.45, 1.0))
        energy = round(charging * rng.uniform(3.0, 6.6), 3)
        free = rng.random() < 0.35 or start < pd.Timestamp("2022-04-01")
        end = start + pd.Timedelta(hours=total)
        user = _one(rng, users) if rng.random() > 0.08 else ""
        rows.append(
            {
                "Station Name": station,
                "MAC Address": f"000D:6F00:015{names.index(station)}:{rng.integers(1000, 9999)}",
                "Org Name": "City of Palo Alto",
                "Start Date": f"{start.month}/{start.day}/{start.year} {start.hour}:{start.minute:02d}",
                "Start Time Zone": "PDT" if 3 < start.month < 11 else "PST",
                "End Date": f"{end.month}/{end.day}/{end.year} {end.hour}:{end.minute:02d}",
                "End Time Zone": "PDT" if 3 < end.month < 11 else "PST",
                "Total Duration (hh:mm:ss)": _hms(total),
                "Charging Time (hh:mm:ss)": _hms(charging),
                "Energy (kWh)": energy,
                "GHG Savings (kg)": round(energy * 0.42, 3),
                "Gasoline Savings (gallons)": round(energy * 0.125, 3),
                "Port Type": "Level 2",
                "Port Number": int(rng.integers(1, 3)),
                "Plug Type": _one(rng, ["J1772", "NEMA 5-20R"], [95, 5]),
                "Address 1": addr,
                "City": "Palo Alto",
                "State/Province": "California",
                "Postal Code": postal,
                "Fee": 0.0 if free else round(energy * 0.23 + (1.0 if total > 4 else 0.0), 2),
                "Ended By": _one(
                    rng, ["Plug Out at Vehicle", "Customer", "CPS Server", "Plug Removed"], [60, 30, 5, 5]
                ),
                "Plug In Event Id": 3_100_000 + i * 7 + int(rng.integers(0, 6)),
                "User ID": user,
                "Driver Postal Code": "" if rng.random() < 0.2 else _one(rng, ["94301", "94303", "94306", "94040"]),
            }
        )
    return pd.DataFrame(rows)


def _cp_start(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Start Date"], format="%m/%d/%Y %H:%M")


def _cp_charge_hours(how: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(getattr(_hms_hours(d["Charging Time (hh:mm:ss)"]), how)())


_CP_ID = ("Station Name", "Start Date")
_CHARGEPOINT_QS = [
    Q(
        "how much energy did the chargers hand out in total",
        _money(lambda d: float(d["Energy (kWh)"].sum())),
        (*_CP_ID, "Energy (kWh)"),
    ),
    Q(
        "which charger gets used the most?",
        _lead(_named(lambda d: _top(d["Station Name"].value_counts()))),
        (*_CP_ID, "Plug In Event Id"),
    ),
    Q(
        "on average how long are cars actually charging for",
        either(_hours_or_minutes(_cp_charge_hours("mean")), _hours_or_minutes(_cp_charge_hours("median"))),
        (*_CP_ID, "Charging Time (hh:mm:ss)"),
    ),
    Q(
        "how many sessions were free",
        _count(lambda d: float((_num(d["Fee"]) == 0).sum())),
        (*_CP_ID, "Fee"),
    ),
    Q(
        "do longer sessions give more energy? how strong is that",
        _corr(lambda d: _hms_hours(d["Total Duration (hh:mm:ss)"]), lambda d: d["Energy (kWh)"]),
        (*_CP_ID, "Total Duration (hh:mm:ss)", "Energy (kWh)", "End Date"),
    ),
    Q(
        "busiest month?",
        _lead(_month_year(lambda d: _cp_start(d).dt.to_period("M").value_counts().idxmax().to_timestamp())),
        (*_CP_ID,),
    ),
]


# --- 4. Poshmark sales report --------------------------------------------------------------------------------------

_PM_ITEMS = {
    "Women": ("Dresses:Midi;Tops:Blouses;Shoes:Sneakers;Bags:Shoulder Bags;Jeans:Skinny;Jackets & Coats:Puffers", 60),
    "Men": ("Shirts:Casual Button Down Shirts;Shoes:Sneakers;Jackets & Coats:Vests;Pants:Chinos & Khakis", 25),
    "Kids": ("Shoes:Sneakers;Matching Sets:Sets;Jackets & Coats:Raincoats", 9),
    "Home": ("Kitchen:Dining;Decor:Candles;Bedding:Quilts", 6),
}
_PM_BRANDS = {
    "Women": "Lululemon Athletica:14;Free People:10;Madewell:9;Zara:12;Anthropologie:7;Nike:8;Coach:5;J. Crew:8",
    "Men": "Nike:14;Patagonia:9;Levi's:10;Ralph Lauren:8;J. Crew:7;Adidas:9",
    "Kids": "Carter's:10;Nike:6;Gap:8;Old Navy:9",
    "Home": "Pottery Barn:6;Anthropologie:4;Target:7",
}
_PM_PRICE = {"Women": 3.4, "Men": 3.3, "Kids": 2.6, "Home": 3.0}
_PM_STATES = "CA:14;TX:10;FL:9;NY:8;PA:5;IL:5;OH:4;GA:4;NC:4;WA:3;AZ:3;NJ:3;MI:3;VA:3;CO:2;MA:2"


def _poshmark_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11404)
    depts = list(_PM_ITEMS)
    dw = [_PM_ITEMS[k][1] for k in depts]
    rows = []
    for _ in range(1420):
        dept = str(_one(rng, depts, dw))
        cat, sub = str(_one(rng, _PM_ITEMS[dept][0].split(";"))).split(":")
        brand = _draw(rng, _PM_BRANDS[dept])
        listed = pd.Timestamp("2021-06-01") + pd.Timedelta(days=int(rng.integers(0, 700)))
        sold = listed + pd.Timedelta(days=int(rng.exponential(45)) + 1)
        list_price = float(round(np.exp(rng.normal(_PM_PRICE[dept], 0.55)))) + (
            10.0 if brand in ("Lululemon Athletica", "Coach", "Patagonia") else 0.0
        )
        offer = rng.random() < 0.62
        price = round(list_price * (float(rng.uniform(0.6, 0.95)) if offer else 1.0))
        price = max(price, 3)
        net = round(price - 2.95, 2) if price < 15 else round(price * 0.8, 2)
        rows.append(
            {
                "Order Date": f"{sold:%m/%d/%Y}",
                "Listing Date": f"{listed:%m/%d/%Y}",
                "Order Id": "".join(_one(rng, list("0123456789abcdef")) for _ in range(24)),
                "Listing Title": f"{brand} {sub.rstrip('s')} {_one(rng, ['NWT', 'EUC', 'GUC', ''])}".strip(),
                "Department": dept,
                "Category": cat,
                "Subcategory": sub,
                "Brand": brand,
                "Color": _one(rng, ["Black", "White", "Blue", "Gray", "Pink", "Green", "Red", "Cream"]),
                "Size": _one(rng, ["XS", "S", "M", "L", "XL", "OS", "8", "10"]),
                "Listing Price": f"${list_price:.2f}",
                "Order Price": f"${price:.2f}",
                "Offer Order": "Yes" if offer else "No",
                "Seller Shipping Discount": _one(rng, ["$0.00", "$0.00", "$0.00", "$1.50", "$3.96"]),
                "Upgraded Shipping Label Fee": "$0.00" if rng.random() < 0.95 else "$7.67",
                "Net Earnings": f"${net:.2f}",
                "Buyer Username": f"{_one(rng, ['posh', 'closet', 'shop', 'thrift'])}{rng.integers(10, 9999)}",
                "Buyer State": _draw(rng, _PM_STATES),
            }
        )
    return pd.DataFrame(rows).sort_values("Order Date", key=pd.to_datetime, kind="stable", ignore_index=True)


def _pm_top_brand(by: str) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        if by == "count":
            return _top(d["Brand"].value_counts())
        return _top(_num(d[by]).groupby(d["Brand"]).sum())

    return top


def _pm_days(how: str) -> Callable[[pd.DataFrame], float]:
    def days(d: pd.DataFrame) -> float:
        gap = (
            pd.to_datetime(d["Order Date"], format="%m/%d/%Y") - pd.to_datetime(d["Listing Date"], format="%m/%d/%Y")
        ).dt.days
        return float(getattr(gap, how)())

    return days


def _pm_mean(dept: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_num(d.loc[_text(d["Department"]) == dept, "Order Price"]).mean())


_PM_ID = ("Order Date", "Order Id")
_POSHMARK_QS = [
    Q(
        "how much did i actually make after poshmark's cut",
        _money(lambda d: float(_num(d["Net Earnings"]).sum())),
        (*_PM_ID, "Net Earnings"),
    ),
    Q(
        "which brand sells best for me",
        either(
            _lead(_named(_pm_top_brand("count"))),
            _lead(_named(_pm_top_brand("Order Price"))),
            _lead(_named(_pm_top_brand("Net Earnings"))),
        ),
        (*_PM_ID, "Brand", "Order Price", "Net Earnings"),
    ),
    Q(
        "how long do things sit before they sell on average?",
        either(has(_pm_days("mean"), rel=0.01), has(_pm_days("median"), rel=0.01)),
        (*_PM_ID, "Listing Date"),
    ),
    Q(
        "what fraction of my sales were from offers",
        _share(lambda d: float((_text(d["Offer Order"]) == "Yes").mean())),
        (*_PM_ID, "Offer Order"),
    ),
    Q(
        "avg sale price for womens stuff",
        has(_pm_mean("Women"), rel=0.005),
        (*_PM_ID, "Department", "Order Price"),
    ),
    Q(
        "and mens?",
        has(_pm_mean("Men"), rel=0.005),
        (*_PM_ID, "Department", "Order Price"),
    ),
]


# --- 5. FEMA NFIP redacted claims ----------------------------------------------------------------------------------

_NF_STATES = {
    "TX": ("HOUSTON;BEAUMONT;GALVESTON;PORT ARTHUR;KATY", "77", 24),
    "LA": ("NEW ORLEANS;METAIRIE;BATON ROUGE;LAKE CHARLES;SLIDELL", "70", 22),
    "FL": ("MIAMI;FORT MYERS;NAPLES;TAMPA;PENSACOLA;CAPE CORAL", "33", 20),
    "NJ": ("TOMS RIVER;BRICK;HOBOKEN;LONG BEACH TOWNSHIP", "08", 9),
    "NY": ("STATEN ISLAND;LONG BEACH;FREEPORT;BROOKLYN", "11", 8),
    "NC": ("WILMINGTON;NEW BERN;KILL DEVIL HILLS", "28", 6),
    "SC": ("CHARLESTON;MYRTLE BEACH;CONWAY", "29", 4),
    "MS": ("GULFPORT;BILOXI;PASCAGOULA", "39", 4),
    "PA": ("WILKES BARRE;PITTSBURGH", "18", 2),
    "MO": ("ST. LOUIS;CAPE GIRARDEAU", "63", 1),
}
_NF_EVENTS = {
    2005: ("Hurricane Katrina", ("LA", "MS")),
    2008: ("Hurricane Ike", ("TX",)),
    2012: ("Hurricane Sandy", ("NJ", "NY")),
    2016: ("Hurricane Matthew", ("NC", "SC", "FL")),
    2017: ("Hurricane Harvey", ("TX",)),
    2022: ("Hurricane Ian", ("FL",)),
}


def _nfip_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11405)
    states = list(_NF_STATES)
    rows = []
    years = list(range(2000, 2024))
    yw = [3 if y in _NF_EVENTS else 1 for y in years]
    for _ in range(3900):
        year = int(_one(rng, years, yw))
        event = ""
        if year in _NF_EVENTS and rng.random() < 0.75:
            event, where = _NF_EVENTS[year]
            state = str(_one(rng, list(where)))
        else:
            state = str(_one(rng, states, [_NF_STATES[s][2] for s in states]))
        cities, zip2, _w = _NF_STATES[state]
        day = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
        bcov = float(_one(rng, [100000, 150000, 200000, 250000]))
        ccov = float(_one(rng, [0, 25000, 50000, 100000]))
        damage = round(float(np.exp(rng.normal(10.2, 1.1))), 2)
        paid_b = round(min(damage * rng.uniform(0.6, 0.95), bcov), 2) if rng.random() > 0.16 else np.nan
        paid_c = round(min(damage * rng.uniform(0.05, 0.4), ccov), 2) if ccov and rng.random() > 0.3 else np.nan
        icc = round(float(rng.uniform(5000, 30000)), 2) if rng.random() < 0.03 else np.nan
        rows.append(
            {
                "id": f"{rng.integers(0, 16**8):08x}-{rng.integers(0, 16**4):04x}-4{rng.integers(0, 16**3):03x}-"
                f"{rng.integers(0, 16**4):04x}-{rng.integers(0, 16**12):012x}",
                "dateOfLoss": f"{day:%Y-%m-%d}T00:00:00.000Z",
                "yearOfLoss": year,
                "state": state,
                "reportedCity": _one(rng, cities.split(";")),
                "reportedZipCode": f"{zip2}{rng.integers(0, 999):03d}",
                "countyCode": f"{rng.integers(1000, 56999):05d}",
                "floodZone": _one(rng, ["AE", "X", "VE", "A", "AO", "C", ""], [40, 25, 8, 10, 3, 4, 3]),
                "occupancyType": int(_one(rng, [1, 2, 3, 4, 6], [70, 8, 6, 6, 10])),
                "primaryResidenceIndicator": int(rng.random() < 0.71),
                "numberOfFloorsInTheInsuredBuilding": int(_one(rng, [1, 2, 3, 4], [55, 35, 7, 3])),
                "originalConstructionDate": f"{int(rng.integers(1930, year + 1))}-01-01T00:00:00.000Z",
                "amountPaidOnBuildingClaim": paid_b,
                "amountPaidOnContentsClaim": paid_c,
                "amountPaidOnIncreasedCostOfComplianceClaim": icc,
                "totalBuildingInsuranceCoverage": bcov,
                "totalContentsInsuranceCoverage": ccov,
                "buildingDamageAmount": damage,
                "causeOfDamage": _one(rng, ["4", "1", "2", "A", "B"], [60, 15, 10, 10, 5]),
                "floodEvent": event,
                "policyCount": 1 if rng.random() < 0.97 else int(rng.integers(2, 12)),
                "latitude": round(float(rng.uniform(25, 41)), 1),
                "longitude": round(float(rng.uniform(-97, -73)), 1),
            }
        )
    return pd.DataFrame(rows)


def _nf_paid(icc: bool) -> Callable[[pd.DataFrame], float]:
    def paid(d: pd.DataFrame) -> float:
        cols = ["amountPaidOnBuildingClaim", "amountPaidOnContentsClaim"]
        if icc:
            cols.append("amountPaidOnIncreasedCostOfComplianceClaim")
        return float(d[cols].apply(pd.to_numeric, errors="coerce").fillna(0).sum().sum())

    return paid


def _nf_tx_mean(zeros: bool) -> Callable[[pd.DataFrame], float]:
    def mean(d: pd.DataFrame) -> float:
        b = pd.to_numeric(d.loc[_text(d["state"]) == "TX", "amountPaidOnBuildingClaim"], errors="coerce")
        return float((b.fillna(0) if zeros else b).mean())

    return mean


_NF_ID = ("id", "dateOfLoss", "state")
_NFIP_QS = [
    Q(
        "which state has the most flood claims",
        _lead(_named(lambda d: _top(d["state"].value_counts()))),
        (*_NF_ID,),
    ),
    Q(
        "total paid out for buildings and contents combined?",
        either(_money(_nf_paid(False)), _money(_nf_paid(True))),
        (
            *_NF_ID,
            "amountPaidOnBuildingClaim",
            "amountPaidOnContentsClaim",
            "amountPaidOnIncreasedCostOfComplianceClaim",
        ),
    ),
    Q(
        "what year had the most claims",
        _lead(_year(lambda d: float(_top(d["yearOfLoss"].value_counts())))),
        (*_NF_ID, "yearOfLoss"),
    ),
    Q(
        "average building payout in texas",
        either(has(_nf_tx_mean(False), rel=0.005), has(_nf_tx_mean(True), rel=0.005)),
        (*_NF_ID, "amountPaidOnBuildingClaim"),
    ),
    Q(
        "how many claims have no building payment",
        either(
            _count(lambda d: float(pd.to_numeric(d["amountPaidOnBuildingClaim"], errors="coerce").isna().sum())),
            _count(
                lambda d: float((pd.to_numeric(d["amountPaidOnBuildingClaim"], errors="coerce").fillna(0) <= 0).sum())
            ),
        ),
        (*_NF_ID, "amountPaidOnBuildingClaim"),
    ),
    Q(
        "what share of claims were someone's main home",
        _share(lambda d: float((pd.to_numeric(d["primaryResidenceIndicator"], errors="coerce") == 1).mean())),
        (*_NF_ID, "primaryResidenceIndicator"),
    ),
]


# --- 6. Freddie Mac PMMS weekly rates ------------------------------------------------------------------------------

_PM_ANCHORS = {
    1971: 7.5,
    1974: 9.0,
    1978: 9.6,
    1981: 18.0,
    1984: 13.8,
    1987: 10.2,
    1990: 10.1,
    1993: 7.3,
    1995: 7.9,
    1998: 6.9,
    2000: 8.1,
    2003: 5.8,
    2006: 6.4,
    2009: 5.0,
    2012: 3.6,
    2013: 4.0,
    2016: 3.6,
    2018: 4.6,
    2020: 3.1,
    2021: 2.95,
    2022: 5.4,
    2023: 6.9,
    2024: 6.8,
}


def _pmms_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11406)
    weeks = pd.date_range("1971-04-02", "2024-06-27", freq="7D")
    xs = np.array([y + 0.5 for y in _PM_ANCHORS], dtype=float)
    base = np.interp(weeks.year + weeks.dayofyear / 366, xs, np.array(list(_PM_ANCHORS.values())))
    walk = np.cumsum(rng.normal(0, 0.05, len(weeks)))
    walk = walk - pd.Series(walk).rolling(52, min_periods=1).mean().to_numpy()
    r30 = np.round(base + walk + rng.normal(0, 0.03, len(weeks)), 2)
    r15 = np.round(
        r30 - rng.uniform(0.45, 0.8) - 0.1 * np.sin(np.arange(len(weeks)) / 40) + rng.normal(0, 0.04, len(weeks)), 2
    )
    r51 = np.round(r30 - 0.6 + 0.3 * np.sin(np.arange(len(weeks)) / 70) + rng.normal(0, 0.05, len(weeks)), 2)
    frame = pd.DataFrame(
        {
            "date": [f"{w.month}/{w.day}/{w.year}" for w in weeks],
            "pmms30": r30,
            "pmms15": np.where(weeks >= pd.Timestamp("1991-08-30"), r15, np.nan),
            "pmms51": np.where(
                (weeks >= pd.Timestamp("2005-01-06")) & (weeks <= pd.Timestamp("2022-11-17")), r51, np.nan
            ),
        }
    )
    gaps = rng.choice(len(frame), 3, replace=False)
    frame.loc[gaps, "pmms15"] = np.nan
    return frame


def _pr_dates(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["date"], format="%m/%d/%Y")


def _pr_peak(d: pd.DataFrame) -> pd.Series:
    return d.loc[d["pmms30"].idxmax()]


def _pr_gap(d: pd.DataFrame) -> float:
    both = d.dropna(subset=["pmms30", "pmms15"])
    return float((both["pmms30"] - both["pmms15"]).mean())


def _pr_low_year(d: pd.DataFrame) -> float:
    return float(_top(-d["pmms30"].groupby(_pr_dates(d).dt.year).mean()))


_PR_ID = ("date",)
_PMMS_QS = [
    Q(
        "what's the highest the 30 year rate has ever been, and when",
        both(
            has(lambda d: float(_pr_peak(d)["pmms30"]), rel=0.001),
            _year(lambda d: float(_pr_dates(d)[d["pmms30"].idxmax()].year)),
        ),
        (*_PR_ID, "pmms30"),
    ),
    Q(
        "average 30yr rate in 2023?",
        has(lambda d: float(d.loc[_pr_dates(d).dt.year == 2023, "pmms30"].mean()), rel=0.005),
        (*_PR_ID, "pmms30"),
    ),
    Q(
        "how much cheaper is the 15 year than the 30 year on average",
        has(_pr_gap, rel=0.02),
        (*_PR_ID, "pmms30", "pmms15"),
    ),
    Q(
        "which year had the lowest rates",
        _lead(_year(_pr_low_year)),
        (*_PR_ID, "pmms30"),
    ),
    Q(
        "how many weeks have no 5/1 arm rate",
        _count(lambda d: float(pd.to_numeric(d["pmms51"], errors="coerce").isna().sum())),
        (*_PR_ID, "pmms51"),
    ),
    Q(
        "how closely do the 15 and 30 year rates move together",
        _corr(lambda d: d["pmms15"], lambda d: d["pmms30"]),
        (*_PR_ID, "pmms30", "pmms15"),
    ),
]


# --- 7. Smithsonian GVP eruptions ----------------------------------------------------------------------------------

_GV_VOLCANOES = {
    "Etna": (211060, 37.748, 14.999, 30, 0.04),
    "Kilauea": (332010, 19.421, -155.287, 22, 0.01),
    "Asosan": (282110, 32.881, 131.106, 20, 0.02),
    "Sakurajima": (282080, 31.593, 130.657, 18, 0.05),
    "Piton de la Fournaise": (233020, -21.244, 55.708, 22, 0.0),
    "Merapi": (263250, -7.54, 110.446, 16, 0.15),
    "Vesuvius": (211020, 40.821, 14.426, 10, 0.2),
    "Villarrica": (357120, -39.42, -71.93, 14, 0.05),
    "Fuego": (342090, 14.473, -90.88, 15, 0.22),
    "Pinatubo": (273083, 15.13, 120.35, 4, 0.7),
    "Kelud": (263280, -7.93, 112.308, 9, 0.45),
    "Hekla": (372070, 63.983, -19.666, 8, 0.25),
    "Shiveluch": (300270, 56.653, 161.36, 11, 0.3),
    "Bezymianny": (300250, 55.972, 160.595, 7, 0.25),
    "St. Helens": (321050, 46.2, -122.18, 6, 0.3),
    "Cotopaxi": (352050, -0.677, -78.436, 10, 0.12),
    "Krakatau": (262000, -6.102, 105.423, 7, 0.15),
    "Taal": (273070, 14.002, 120.993, 8, 0.1),
    "Mayon": (273030, 13.257, 123.685, 12, 0.08),
    "Ruapehu": (241100, -39.28, 175.57, 9, 0.05),
    "Calbuco": (358020, -41.33, -72.618, 5, 0.4),
    "Soufriere Hills": (360050, 16.72, -62.18, 3, 0.1),
}


def _volcano_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11407)
    names = list(_GV_VOLCANOES)
    rows = []
    number = 10_000
    for name in names:
        vnum, lat, lon, weight, big = _GV_VOLCANOES[name]
        k = int(weight * rng.uniform(1.5, 2.5))
        for _ in range(k):
            number += int(rng.integers(1, 9))
            if rng.random() < 0.2:
                year = int(-rng.integers(1, 9000))
            else:
                year = int(2024 - np.floor(rng.exponential(120)))
                year = max(year, 1)
            cat = _one(
                rng,
                ["Confirmed Eruption", "Uncertain Eruption", "Discredited Eruption"],
                [86, 10, 4] if year > 1800 else [75, 20, 5],
            )
            vei: Any = np.nan
            if cat == "Confirmed Eruption" and rng.random() > (0.1 if year > 1900 else 0.35):
                vei = (
                    4 + int(rng.random() < 0.3)
                    if rng.random() < big
                    else int(_one(rng, [0, 1, 2, 3], [10, 25, 45, 20]))
                )
            dated = year > 1500
            month = int(rng.integers(1, 13)) if dated and rng.random() > 0.1 else 0
            day = int(rng.integers(1, 29)) if month and rng.random() > 0.15 else 0
            ongoing = year >= 2018 and rng.random() < 0.15
            end_year = min(year + int(rng.integers(0, 3)), 2024) if dated and not ongoing else np.nan
            rows.append(
                {
                    "Volcano Number": vnum,
                    "Volcano Name": name,
                    "Eruption Number": number,
                    "Eruption Category": cat,
                    "Area of Activity": ""
                    if rng.random() < 0.8
                    else _one(rng, ["Summit crater", "SE flank", "NE Rift"]),
                    "VEI": vei,
                    "VEI Modifier": "" if rng.random() < 0.95 else "?",
                    "Start Year Modifier": "" if year > 0 else _one(rng, ["", "", "?"]),
                    "Start Year": year,
                    "Start Year Uncertainty": "" if year > 1000 else int(_one(rng, [50, 100, 150, 300])),
                    "Start Day Modifier": "",
                    "Start Month": month,
                    "Start Day": day,
                    "Evidence Method (dating)": "Historical Observations"
                    if dated
                    else _one(rng, ["Radiocarbon (corrected)", "Tephrochronology", "Isotopic: 40Ar/39Ar"]),
                    "End Year Modifier": "",
                    "End Year": end_year,
                    "End Month": int(rng.integers(1, 13)) if dated and not ongoing else np.nan,
                    "End Day": int(rng.integers(1, 29)) if dated and not ongoing else np.nan,
                    "Latitude": lat,
                    "Longitude": lon,
                }
            )
    frame = pd.DataFrame(rows)
    return frame.sort_values(["Start Year", "Start Month"], ascending=False, kind="stable", ignore_index=True)


def _gv_confirmed(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["Eruption Category"]) == "Confirmed Eruption"]


def _gv_big(d: pd.DataFrame) -> pd.DataFrame:
    year = pd.to_numeric(d["Start Year"], errors="coerce")
    vei = pd.to_numeric(d["VEI"], errors="coerce")
    return d[(year >= 1900) & (vei >= 4)]


def _gv_top_names(d: pd.DataFrame) -> list[str]:
    counts = d["Volcano Name"].value_counts()
    return [str(n) for n in counts[counts == counts.max()].index]


def _gv_any_top(pick: Callable[[pd.DataFrame], pd.DataFrame]) -> Check:
    """Any of the volcanoes tied for the most rows of `pick`."""

    def check(answer: str, d: pd.DataFrame) -> str | None:
        for name in _gv_top_names(pick(d)):
            if _lead(_named(lambda _d, n=name: n))(answer, d) is None:
                return None
        return f"missing {_gv_top_names(pick(d))}"

    return check


def _gv_no_vei(conf: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        e = _gv_confirmed(d) if conf else d
        return float(pd.to_numeric(e["VEI"], errors="coerce").isna().mean())

    return share


_GV_ID = ("Volcano Name", "Volcano Number", "Eruption Number", "Start Year")
_VOLCANO_QS = [
    Q(
        "how many confirmed eruptions are in here",
        _count(lambda d: float(len(_gv_confirmed(d)))),
        (*_GV_ID, "Eruption Category"),
    ),
    Q(
        "which volcano erupted the most times",
        either(_gv_any_top(lambda d: d), _gv_any_top(_gv_confirmed)),
        (*_GV_ID, "Eruption Category"),
    ),
    Q(
        "how many eruptions since 1900 were vei 4 or bigger",
        _count(lambda d: float(len(_gv_big(d)))),
        (*_GV_ID, "VEI"),
    ),
    Q(
        "which volcano had the most of those",
        _gv_any_top(_gv_big),
        (*_GV_ID, "VEI"),
    ),
    Q(
        "what share of eruptions don't have a vei",
        either(_share(_gv_no_vei(False)), _share(_gv_no_vei(True))),
        (*_GV_ID, "VEI", "Eruption Category"),
    ),
    Q(
        "which decade since 1900 had the most eruptions",
        either(
            _lead(_year(lambda d: _gv_decade(d, False))),
            _lead(_year(lambda d: _gv_decade(d, True))),
        ),
        (*_GV_ID,),
    ),
]


def _gv_decade(d: pd.DataFrame, conf: bool) -> float:
    e = _gv_confirmed(d) if conf else d
    year = pd.to_numeric(e["Start Year"], errors="coerce")
    decades = (year[year >= 1900] // 10 * 10).astype(int)
    return float(_top(decades.value_counts()))


HELDOUT114: list[Dataset] = [
    Dataset("xero_bank_statement", _xero_frame, _XERO_QS),
    Dataset("greenhouse_candidates_report", _greenhouse_frame, _GREENHOUSE_QS),
    Dataset("chargepoint_charging_sessions", _chargepoint_frame, _CHARGEPOINT_QS),
    Dataset("poshmark_sales_report", _poshmark_frame, _POSHMARK_QS),
    Dataset("fema_nfip_claims", _nfip_frame, _NFIP_QS),
    Dataset("freddie_mac_pmms_rates", _pmms_frame, _PMMS_QS),
    Dataset("smithsonian_volcano_eruptions", _volcano_frame, _VOLCANO_QS),
]
