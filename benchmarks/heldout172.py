"""HELDOUT172: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a Jobber (field-service) jobs export of a small
landscaping and exterior-cleaning company (2023 to mid 2024, one row per job) with "Job #", "Client name", "Lead
source" (blank for some), "Client email", "Client phone", "Service street", "Service city", "Service province",
"Service ZIP", Title (Lawn Mowing, Spring Cleanup, Gutter Cleaning ...), "Created date", "Scheduled start date" and
"Closed date" as "Mar 14, 2024" (closed blank while the job is open), Salesperson (blank for some), "Line items"
("Lawn Mowing (1), Edging (1)"), "Invoice #s" (blank for open jobs), "Job type" (One-off / Recurring), "Total revenue
($)", "Total costs ($)" and "Profit ($)" as "$1,250.00", and "Profit %" as "34.5%" (blank on $0 warranty call-backs);
a Starling Bank business account statement CSV (2023) with Date as "14/03/2023", "Counter Party", Reference, Type
(upper case: CARD PAYMENT, FASTER PAYMENT, DIRECT DEBIT, STANDING ORDER, ONLINE PAYMENT ...), "Amount (GBP)"
(negative out), "Balance (GBP)" (running) and "Spending Category" (INCOME, BILLS_AND_SERVICES, EATING_OUT,
TRANSPORT, ...), Notes, with an "Opening Balance" first row whose amount is blank; a Withings blood pressure export
(bp.csv, newest first) with Date as "2023-05-14 07:32:10", "Heart rate" (blank for some readings), Systolic,
Diastolic and Comments (mostly blank); a Square Appointments bookings export (Jan-Jun 2024) with "Appointment ID",
Date as "03/14/2024", Time as "2:30 PM", "Duration (min)", "Customer Name", "Customer Email", "Customer Phone",
Service, Staff, Location, Price as "$45.00", Status (Accepted / Cancelled by Customer / Cancelled by Seller / No
Show), "Booking Source" and "Created At"; the Los Angeles MyLA311 service requests (2023) with SRNumber
("1-2876543210"), CreatedDate, UpdatedDate, ServiceDate and ClosedDate as "01/03/2023 09:15:00 AM" (closed blank
while open), ActionTaken, Owner (BOS / OCB / BSL / LADBS ...), RequestType (Bulky Items, Graffiti Removal, Illegal
Dumping Pickup, Homeless Encampment ...), Status (Closed / Open / Pending / Forwarded / Cancelled), RequestSource
(Mobile App / Call / Self Service / Email / Driver Self Report), MobileOS (blank off the app), Anonymous (Y / N),
AssignTo, AddressVerified, Address (upper case), ZipCode, Latitude, Longitude, CD (council district 1-15), CDMember,
NC, NCName and PolicePrecinct; the US Census Bureau state population estimates by single year of age (the
SC-EST2023 layout, both-sexes rows only) with SUMLEV (10 for the United States total rows, 40 for states), REGION,
DIVISION, STATE (FIPS), NAME, SEX (0), AGE (0-85 where 85 is 85 and over, and 999 for the all-ages total row of each
area), ESTBASE2020 and the wide POPESTIMATE2020 ... POPESTIMATE2023 columns; and Ember's yearly electricity data in
long format (2010-2023, ten countries plus the World and EU aggregates) with Area, "ISO 3 code" (blank for
aggregates), Year, "Area type" (Country / Region), Continent, "Ember region", EU, OECD, G20, G7 (1 / 0), Category
("Electricity generation"), Subcategory (Fuel / Aggregate fuel / Total), Variable (Coal, Gas, Nuclear, Hydro,
Wind, Solar, Bioenergy, Other Fossil, Other Renewables, Fossil, Renewables, Clean, Total Generation), Unit (TWh and
% rows mixed in one Value column), Value, "YoY absolute change" and "YoY % change" (blank in 2010). All are
generated with fixed seeds 17201-17207.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _text, _year
from .heldout42 import _ranked
from .offline_eval import DAY_WORDS, Check, Dataset, Q, corr_of, either, has
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
    """Numbers from text such as "$1,234.50", "34.5%", or blanks."""
    cleaned = s.astype("string").str.replace(r"[^0-9.\-]", "", regex=True).replace({".": "", "-": ""})
    return pd.to_numeric(cleaned, errors="coerce")


def _weekday(value: Callable[[pd.DataFrame], int]) -> Check:
    """A day of the week (Monday = 0), by its name or short form."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        day = int(value(df))
        return None if re.search(rf"\b(?:{DAY_WORDS[day]})\b", answer, re.IGNORECASE) else f"missing weekday {day}"

    return check


def _district(value: Callable[[pd.DataFrame], int]) -> Check:
    """A council district by number: "District 9", "CD 9", "CD9", "council district #9"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        n = int(value(df))
        if re.search(rf"\b(?:district|cd)\s*(?:#|no\.?\s*)?{n}(?!\d)", answer, re.IGNORECASE):
            return None
        return f"missing district {n}"

    return check


# --- 1. Jobber jobs export -----------------------------------------------------------------------------------------

# title: weight, median revenue, cost share, recurring probability, line items
_JB_TITLES = {
    "Lawn Mowing": (9.0, 55.0, 0.55, 0.8, "Lawn Mowing;Edging;Bagging Clippings"),
    "Spring Cleanup": (3.0, 420.0, 0.6, 0.0, "Spring Cleanup;Mulch Install;Debris Haul Away"),
    "Gutter Cleaning": (3.0, 240.0, 0.45, 0.15, "Gutter Cleaning;Downspout Flush"),
    "Window Washing": (2.5, 310.0, 0.5, 0.2, "Exterior Windows;Interior Windows;Screen Cleaning"),
    "Hedge Trimming": (2.0, 180.0, 0.55, 0.1, "Hedge Trimming;Debris Haul Away"),
    "Pressure Washing": (2.0, 380.0, 0.5, 0.0, "Driveway Wash;House Wash;Deck Wash"),
    "Snow Removal": (2.5, 95.0, 0.65, 0.7, "Driveway Plow;Walkway Shovel;Salt Application"),
}
_JB_SALES = ["Mike Turner", "Sarah Lopez", "Dev Patel", ""]
_JB_CITIES = {
    "Columbus": "43215",
    "Dublin": "43017",
    "Westerville": "43081",
    "Hilliard": "43026",
    "Grove City": "43123",
}
_JB_FIRST = "James;Mary;Robert;Linda;David;Susan;Chris;Karen;Brian;Nancy;Kevin;Lisa;Jason;Amy;Eric;Megan;Tom;Julie"
_JB_LAST = "Smith;Johnson;Miller;Davis;Wilson;Anderson;Taylor;Thomas;Moore;Martin;Clark;Lewis;Walker;Hall;Young;King"
_JB_STREETS = ["Maple Ave", "Oak St", "Elm Dr", "Sawmill Rd", "High St", "Cedar Ln", "Riverside Dr", "Park Blvd"]
_JB_EXPORT = pd.Timestamp("2024-07-01")


def _fmt_day(t: pd.Timestamp) -> str:
    return f"{t:%b} {t.day}, {t.year}"


def _jobber_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17201)
    titles = list(_JB_TITLES)
    firsts, lasts = _JB_FIRST.split(";"), _JB_LAST.split(";")
    clients = []
    for _ in range(420):
        name = f"{_one(rng, firsts)} {_one(rng, lasts)}"
        city = _one(rng, list(_JB_CITIES), [5, 2, 2, 1.5, 1])
        clients.append(
            (
                name,
                f"{name.lower().replace(' ', '.')}{int(rng.integers(1, 99))}@gmail.com",
                f"({int(rng.integers(614, 615))}) 555-{int(rng.integers(1000, 9999))}",
                f"{int(rng.integers(100, 9999))} {_one(rng, _JB_STREETS)}",
                city,
            )
        )
    rows = []
    invoice = 1000
    for k in range(1650):
        title = _one(rng, titles, [v[0] for v in _JB_TITLES.values()])
        _, median, cost_share, recur_p, items = _JB_TITLES[title]
        day = int(rng.integers(0, 547))
        created = pd.Timestamp("2023-01-01") + pd.Timedelta(days=day)
        if title == "Snow Removal":
            created = pd.Timestamp(_one(rng, ["2023-01-05", "2023-02-10", "2023-12-01", "2024-01-08", "2024-02-01"]))
            created += pd.Timedelta(days=int(rng.integers(0, 30)))
        if title in {"Lawn Mowing", "Spring Cleanup"} and created.month not in (4, 5, 6, 7, 8, 9):
            created = pd.Timestamp(f"{created.year}-04-01") + pd.Timedelta(days=int(rng.integers(0, 140)))
        start = created + pd.Timedelta(days=int(rng.integers(0, 21)))
        closed = start + pd.Timedelta(days=int(rng.integers(0, 35)))
        open_job = closed > _JB_EXPORT or rng.random() < 0.05
        client = clients[int(rng.integers(0, len(clients)))]
        recurring = rng.random() < recur_p
        visits = int(rng.integers(4, 16)) if recurring else 1
        revenue = round(median * visits * float(rng.lognormal(0, 0.3)), 2)
        if rng.random() < 0.025:
            revenue = 0.0  # warranty call-back
        costs = round(max(revenue, median * 0.8) * cost_share * float(rng.lognormal(0, 0.2)), 2)
        profit = round(revenue - costs, 2)
        sales = _one(rng, _JB_SALES, [5, 4, 2.5, 1])
        if title in {"Pressure Washing", "Window Washing"} and sales and rng.random() < 0.5:
            sales = "Sarah Lopez"
        picked = items.split(";")[: int(rng.integers(1, len(items.split(";")) + 1))]
        invoices = ""
        if not open_job:
            invoice += int(rng.integers(1, 3))
            invoices = str(invoice) if visits < 6 else f"{invoice}, {invoice + 1}"
        rows.append(
            {
                "Job #": 101 + k,
                "Client name": client[0],
                "Lead source": _one(rng, ["Google", "Referral", "Facebook", "Yard Sign", ""], [4, 3, 2, 1, 2]),
                "Client email": client[1],
                "Client phone": client[2],
                "Service street": client[3],
                "Service city": client[4],
                "Service province": "OH",
                "Service ZIP": _JB_CITIES[client[4]],
                "Title": title,
                "Created date": _fmt_day(created),
                "Scheduled start date": _fmt_day(start),
                "Closed date": "" if open_job else _fmt_day(closed),
                "Salesperson": sales,
                "Line items": ", ".join(f"{p} ({visits if p == picked[0] else 1})" for p in picked),
                "Invoice #s": invoices,
                "Job type": "Recurring" if recurring else "One-off",
                "Total revenue ($)": f"${revenue:,.2f}",
                "Total costs ($)": f"${costs:,.2f}",
                "Profit ($)": f"-${-profit:,.2f}" if profit < 0 else f"${profit:,.2f}",
                "Profit %": "" if revenue == 0 else f"{100 * profit / revenue:.1f}%",
            }
        )
    return pd.DataFrame(rows)


def _jb_margins(d: pd.DataFrame, ratio: bool) -> list[float]:
    out = []
    for kind in ("One-off", "Recurring"):
        part = d[d["Job type"] == kind]
        if ratio:
            out.append(float(100 * _num(part["Profit ($)"]).sum() / _num(part["Total revenue ($)"]).sum()))
        else:
            out.append(float(_num(part["Profit %"]).mean()))
    return out


def _jb_profit(d: pd.DataFrame) -> pd.Series:
    s = _text(d["Profit ($)"])
    return _num(s) * np.where(s.str.startswith("-"), -1, 1)


def _jb_busy(d: pd.DataFrame) -> pd.Timestamp:
    months = pd.to_datetime(d["Created date"], format="%b %d, %Y").dt.to_period("M")
    return months.value_counts().sort_index().idxmax().to_timestamp()


def _jb_sales_top(d: pd.DataFrame, by_count: bool) -> str:
    named = d[_text(d["Salesperson"]) != ""]
    if by_count:
        return _top(named["Salesperson"].value_counts())
    return _top(_num(named["Total revenue ($)"]).groupby(named["Salesperson"]).sum())


_JB_ID = ("Job #", "Title", "Client name")
_JOBBER_QS = [
    Q("how many jobs are in here", _count(lambda d: len(d)), _JB_ID),
    Q(
        "what's our total revenue",
        _money(lambda d: float(_num(d["Total revenue ($)"]).sum())),
        ("Total revenue ($)", *_JB_ID),
    ),
    Q(
        "who sold the most",
        either(
            _lead(_named(lambda d: _jb_sales_top(d, False))),
            _lead(_named(lambda d: _jb_sales_top(d, True))),
        ),
        ("Salesperson", "Total revenue ($)", *_JB_ID),
    ),
    Q(
        "avg profit margin on recurring vs one off jobs",
        either(
            has(lambda d: _jb_margins(d, False), rel=0.01),
            has(lambda d: _jb_margins(d, True), rel=0.01),
        ),
        ("Job type", "Profit %", "Profit ($)", "Total revenue ($)"),
    ),
    Q(
        "how many jobs are still open",
        _count(lambda d: int((_text(d["Closed date"]) == "").sum())),
        ("Closed date", *_JB_ID),
    ),
    Q("which month did we book the most jobs", _month_year(_jb_busy), ("Created date", *_JB_ID)),
]


# --- 2. Starling Bank business statement ---------------------------------------------------------------------------

# counter party: type, category, median amount (negative out), per-year count, reference
_ST_PAYEES = {
    "Tesco": ("CARD PAYMENT", "GROCERIES", -24.0, 60, "TESCO STORES 2231"),
    "Pret A Manger": ("CARD PAYMENT", "EATING_OUT", -8.9, 90, "PRET A MANGER"),
    "Dishoom": ("CARD PAYMENT", "EATING_OUT", -58.0, 10, "DISHOOM SHOREDITCH"),
    "Deliveroo": ("ONLINE PAYMENT", "EATING_OUT", -27.0, 35, "DELIVEROO"),
    "Uber": ("ONLINE PAYMENT", "TRANSPORT", -16.0, 45, "UBER *TRIP"),
    "Trainline": ("ONLINE PAYMENT", "TRANSPORT", -62.0, 14, "TRAINLINE"),
    "Amazon": ("ONLINE PAYMENT", "SHOPPING", -41.0, 40, "AMAZON.CO.UK"),
    "Adobe": ("ONLINE PAYMENT", "BILLS_AND_SERVICES", -19.97, 12, "ADOBE *CREATIVE CLD"),
    "WeWork": ("DIRECT DEBIT", "BILLS_AND_SERVICES", -480.0, 12, "WEWORK MEMBERSHIP"),
    "Vodafone": ("DIRECT DEBIT", "BILLS_AND_SERVICES", -38.0, 12, "VODAFONE LTD"),
    "Hiscox": ("DIRECT DEBIT", "BILLS_AND_SERVICES", -31.5, 12, "HISCOX INSURANCE"),
    "HMRC": ("FASTER PAYMENT", "TAX", -2600.0, 4, "VAT Q"),
    "J Carter": ("STANDING ORDER", "PAYMENTS", -3900.0, 12, "SALARY"),
}
_ST_CLIENTS = ["Northgate Media Ltd", "Bramble & Finch", "Oakline Studio", "Pixel Harbour Ltd", "T. Adeyemi"]


def _starling_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17202)
    start = pd.Timestamp("2023-01-01")
    events: list[tuple[pd.Timestamp, str, float]] = []
    for name, (_, _, median, per_year, _) in _ST_PAYEES.items():
        if per_year == 12:
            for m in range(12):
                day = start + pd.DateOffset(months=m) + pd.Timedelta(days=int(rng.integers(0, 4)) + 1)
                amount = median * (1 if name != "WeWork" else float(rng.uniform(0.95, 1.08)))
                events.append((day, name, round(amount, 2)))
        elif per_year == 4:
            for q in range(4):
                day = start + pd.DateOffset(months=3 * q + 1) + pd.Timedelta(days=6)
                events.append((day, name, round(median * float(rng.lognormal(0, 0.2)), 2)))
        else:
            for _ in range(per_year):
                day = start + pd.Timedelta(days=int(rng.integers(0, 365)))
                events.append((day, name, round(median * float(rng.lognormal(0, 0.4)), 2)))
    for _ in range(44):
        day = start + pd.Timedelta(days=int(rng.integers(0, 365)))
        events.append((day, "client:" + _one(rng, _ST_CLIENTS, [4, 3, 2, 2, 1]), 0.0))
    events.sort(key=lambda e: (e[0], e[1]))
    balance = 6420.55
    rows = [
        {
            "Date": "01/01/2023",
            "Counter Party": "Opening Balance",
            "Reference": "",
            "Type": "",
            "Amount (GBP)": np.nan,
            "Balance (GBP)": balance,
            "Spending Category": "",
            "Notes": "",
        }
    ]
    for k, (day, name, amount) in enumerate(events):
        if name.startswith("client:"):
            name = name[7:]
            kind, cat, ref = "FASTER PAYMENT", "INCOME", f"INV {2300 + k}"
            amount = round(float(rng.lognormal(np.log(1900), 0.55)), 2)
            if day.month in (7, 8):
                amount = round(amount * 0.4, 2)  # the quiet summer
        else:
            kind, cat, _, _, ref = _ST_PAYEES[name]
        balance = round(balance + amount, 2)
        rows.append(
            {
                "Date": day.strftime("%d/%m/%Y"),
                "Counter Party": name,
                "Reference": ref,
                "Type": kind,
                "Amount (GBP)": amount,
                "Balance (GBP)": balance,
                "Spending Category": cat,
                "Notes": "" if rng.random() < 0.93 else _one(rng, ["client lunch", "receipt in drive", "refund due"]),
            }
        )
    return pd.DataFrame(rows)


def _st_tx(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["Amount (GBP)"].notna()]


def _st_low_month(d: pd.DataFrame) -> pd.Timestamp:
    at = d["Balance (GBP)"].idxmin()
    return pd.to_datetime(d.loc[at, "Date"], format="%d/%m/%Y")


def _st_incoming(d: pd.DataFrame) -> pd.Series:
    return _st_tx(d).loc[lambda x: x["Amount (GBP)"] > 0, "Amount (GBP)"]


_ST_ID = ("Date", "Counter Party", "Reference")
_STARLING_QS = [
    Q(
        "what's the balance at the end",
        has(lambda d: float(d["Balance (GBP)"].iloc[-1]), rel=0.001),
        ("Balance (GBP)", *_ST_ID),
    ),
    Q(
        "how much did we spend on eating out",
        _money(lambda d: float(-d.loc[d["Spending Category"] == "EATING_OUT", "Amount (GBP)"].sum())),
        ("Spending Category", "Amount (GBP)", *_ST_ID),
    ),
    Q(
        "who did we pay the most money to",
        _lead(
            _named(
                lambda d: _top(-_st_tx(d).loc[d["Amount (GBP)"] < 0, "Amount (GBP)"].groupby(d["Counter Party"]).sum())
            )
        ),
        ("Counter Party", "Amount (GBP)", "Reference", "Date"),
    ),
    Q(
        "how many direct debits went out",
        _count(lambda d: int((d["Type"] == "DIRECT DEBIT").sum())),
        ("Type", *_ST_ID),
    ),
    Q(
        "whats a typical payment coming in",
        either(
            has(lambda d: float(_st_incoming(d).mean()), rel=0.01),
            has(lambda d: float(_st_incoming(d).median()), rel=0.01),
        ),
        ("Amount (GBP)", "Spending Category", "Type", *_ST_ID),
    ),
    Q("which month was the balance lowest", _month_year(_st_low_month), ("Balance (GBP)", "Date")),
]


# --- 3. Withings blood pressure export -----------------------------------------------------------------------------


def _withings_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17203)
    rows = []
    for day in pd.date_range("2023-03-01", "2024-05-31"):
        stress = 9.0 if (day.year == 2023 and day.month == 11) else 0.0
        trend = -4.0 * (day - pd.Timestamp("2023-03-01")).days / 457
        for evening in (False, True):
            if rng.random() < (0.25 if not evening else 0.55):
                continue
            hour = int(rng.integers(6, 9)) if not evening else int(rng.integers(19, 23))
            when = day + pd.Timedelta(hours=hour, minutes=int(rng.integers(0, 60)), seconds=int(rng.integers(0, 60)))
            hr = 64 + rng.normal(0, 6) + (4 if evening else 0)
            sys_ = 131 + stress + trend + (5 if not evening else 0) + 0.45 * (hr - 64) + rng.normal(0, 8)
            dia = 0.55 * sys_ + 10 + rng.normal(0, 5)
            rows.append(
                {
                    "Date": when.strftime("%Y-%m-%d %H:%M:%S"),
                    "Heart rate": np.nan if rng.random() < 0.06 else int(np.rint(hr)),
                    "Systolic": int(np.rint(sys_)),
                    "Diastolic": int(np.rint(dia)),
                    "Comments": "" if rng.random() < 0.94 else _one(rng, ["after coffee", "stressed", "after run"]),
                }
            )
    return pd.DataFrame(rows[::-1])


def _wi_when(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Date"], format="%Y-%m-%d %H:%M:%S")


def _wi_peak(d: pd.DataFrame) -> pd.Timestamp:
    return d["Systolic"].groupby(_wi_when(d).dt.to_period("M")).mean().idxmax().to_timestamp()


def _wi_am_pm(d: pd.DataFrame) -> list[float]:
    am = _wi_when(d).dt.hour < 12
    return [float(d.loc[am, "Systolic"].mean()), float(d.loc[~am, "Systolic"].mean())]


_WI_BP = ("Systolic", "Diastolic", "Date")
_WITHINGS_QS = [
    Q(
        "whats my average blood pressure",
        either(
            _about(lambda d: [float(d["Systolic"].mean()), float(d["Diastolic"].mean())]),
            _about(lambda d: [float(d["Systolic"].median()), float(d["Diastolic"].median())]),
        ),
        _WI_BP,
    ),
    Q(
        "how many readings had the top number at 140 or more",
        _count(lambda d: int((d["Systolic"] >= 140).sum())),
        _WI_BP,
    ),
    Q("which month was it highest", _month_year(_wi_peak), _WI_BP),
    Q(
        "does my pulse go up when my bp does",
        either(
            corr_of(lambda d: d["Heart rate"], lambda d: d["Systolic"]),
            corr_of(lambda d: d["Heart rate"], lambda d: d["Diastolic"]),
        ),
        ("Heart rate", *_WI_BP),
    ),
    Q(
        "how many readings are missing the pulse",
        _count(lambda d: int(d["Heart rate"].isna().sum())),
        ("Heart rate", "Date"),
    ),
    Q("are my morning readings higher than evening ones", _about(_wi_am_pm), _WI_BP),
]


# --- 4. Square Appointments bookings export ------------------------------------------------------------------------

# service: weight, price, minutes
_SQ_SERVICES = {
    "Women's Haircut": (6.0, 65.0, 60),
    "Men's Haircut": (7.0, 35.0, 30),
    "Blowout": (3.0, 45.0, 45),
    "Single Process Color": (3.0, 95.0, 90),
    "Balayage": (1.5, 210.0, 180),
    "Beard Trim": (2.0, 20.0, 15),
    "Kids Cut": (1.5, 25.0, 30),
}
_SQ_STAFF = {"Jenna R.": 4.0, "Marcus T.": 3.5, "Priya S.": 3.0, "Leo M.": 2.0}
_SQ_FIRST = "Emma;Olivia;Ava;Sophia;Mia;Liam;Noah;Ethan;Lucas;Mason;Chloe;Grace;Zoe;Ella;Jack;Owen;Ryan;Nora;Leah;Ivy"
_SQ_LAST = "Nguyen;Garcia;Brown;Kim;Patel;Lee;Rivera;Scott;Green;Baker;Adams;Hill;Ward;Cruz;Reed;Price;Ross;Hayes"


def _square_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17204)
    firsts, lasts = _SQ_FIRST.split(";"), _SQ_LAST.split(";")
    used: set[str] = set()
    customers = []
    while len(customers) < 300:
        name = f"{_one(rng, firsts)} {_one(rng, lasts)}"
        if name in used:
            continue
        used.add(name)
        customers.append((name, f"{name.lower().replace(' ', '')}@example.com", f"+1 503-555-{len(customers):04d}"))
    loyalty = rng.pareto(1.6, len(customers)) + 0.2
    services = list(_SQ_SERVICES)
    # weekday weights Monday..Sunday (closed Monday)
    day_w = np.array([0.0, 1.0, 1.1, 1.3, 1.6, 2.2, 0.7])
    rows = []
    for _ in range(1900):
        c = customers[int(rng.choice(len(customers), p=loyalty / loyalty.sum()))]
        svc = _one(rng, services, [v[0] for v in _SQ_SERVICES.values()])
        _, price, minutes = _SQ_SERVICES[svc]
        while True:
            day = pd.Timestamp("2024-01-01") + pd.Timedelta(days=int(rng.integers(0, 182)))
            if rng.random() < day_w[day.dayofweek] / day_w.max():
                break
        start = day + pd.Timedelta(minutes=int(9 * 60 + 30 * rng.integers(0, 18)))
        staff = _one(rng, list(_SQ_STAFF), list(_SQ_STAFF.values()))
        status = _one(rng, ["Accepted", "Cancelled by Customer", "Cancelled by Seller", "No Show"], [84, 10, 2, 4])
        charged = price * (1.15 if staff == "Jenna R." else 1.0)
        created = start - pd.Timedelta(hours=int(rng.integers(2, 24 * 30)))
        rows.append(
            {
                "Appointment ID": "".join(_one(rng, list("abcdefghijklmnopqrstuvwxyz0123456789")) for _ in range(14)),
                "Date": start.strftime("%m/%d/%Y"),
                "Time": f"{start.hour % 12 or 12}:{start:%M} {start:%p}",
                "Duration (min)": minutes,
                "Customer Name": c[0],
                "Customer Email": c[1] if rng.random() < 0.97 else "",
                "Customer Phone": c[2],
                "Service": svc,
                "Staff": staff,
                "Location": "Alberta St Salon",
                "Price": f"${charged:,.2f}",
                "Status": status,
                "Booking Source": _one(rng, ["Online Booking Site", "Seller", "Instagram", "Google"], [6, 3, 1, 1]),
                "Created At": created.strftime("%m/%d/%Y %I:%M %p"),
            }
        )
    frame = pd.DataFrame(rows)
    order = pd.to_datetime(frame["Date"] + " " + frame["Time"], format="%m/%d/%Y %I:%M %p").argsort(kind="stable")
    return frame.iloc[order].reset_index(drop=True)


def _sq_staff(d: pd.DataFrame, accepted: bool) -> pd.Series:
    part = d[d["Status"] == "Accepted"] if accepted else d
    return _num(part["Price"]).groupby(part["Staff"]).sum()


def _sq_busy_day(d: pd.DataFrame, accepted: bool) -> int:
    part = d[d["Status"] == "Accepted"] if accepted else d
    days = pd.to_datetime(part["Date"], format="%m/%d/%Y").dt.dayofweek
    return int(_top(days.value_counts()))


def _sq_repeat(d: pd.DataFrame, key: str) -> int:
    counts = d.loc[_text(d[key]) != "", key].value_counts()
    return int((counts > 1).sum())


_SQ_ID = ("Appointment ID", "Date", "Customer Name")
_SQUARE_QS = [
    Q("how many no shows did we have", _count(lambda d: int((d["Status"] == "No Show").sum())), ("Status", *_SQ_ID)),
    Q(
        "what % of bookings got cancelled",
        _share(lambda d: float(d["Status"].str.startswith("Cancelled").mean())),
        ("Status", *_SQ_ID),
    ),
    Q(
        "most popular service?",
        either(
            _lead(_named(lambda d: _top(d["Service"].value_counts()))),
            _lead(_named(lambda d: _top(d.loc[d["Status"] == "Accepted", "Service"].value_counts()))),
        ),
        ("Service", *_SQ_ID),
    ),
    Q(
        "how much did each stylist bring in",
        either(_money(lambda d: _sq_staff(d, True).to_numpy()), _money(lambda d: _sq_staff(d, False).to_numpy())),
        ("Staff", "Price", "Status"),
    ),
    Q(
        "busiest day of the week?",
        either(_lead(_weekday(lambda d: _sq_busy_day(d, False))), _lead(_weekday(lambda d: _sq_busy_day(d, True)))),
        ("Date", "Time", *_SQ_ID),
    ),
    Q(
        "how many customers came more than once",
        either(_count(lambda d: _sq_repeat(d, "Customer Name")), _count(lambda d: _sq_repeat(d, "Customer Email"))),
        ("Customer Name", "Customer Email", "Customer Phone", "Appointment ID"),
    ),
]


# --- 5. Los Angeles MyLA311 service requests -----------------------------------------------------------------------

# request type: weight, owner, median days to close
_LA_TYPES = {
    "Bulky Items": (30.0, "BOS", 3.0),
    "Graffiti Removal": (14.0, "OCB", 2.0),
    "Illegal Dumping Pickup": (12.0, "BOS", 4.0),
    "Metal/Household Appliances": (6.0, "BOS", 4.0),
    "Electronic Waste": (4.0, "BOS", 5.0),
    "Homeless Encampment": (9.0, "LASAN", 20.0),
    "Dead Animal Removal": (3.0, "BOS", 1.0),
    "Single Streetlight Issue": (3.0, "BSL", 25.0),
    "Other": (2.0, "ITA", 10.0),
}
# council district: member, weight, neighborhood councils, precinct
_LA_CDS = {
    1: ("Eunisses Hernandez", 1.3, "HISTORIC HIGHLAND PARK NC;GREATER CYPRESS PARK NC", "NORTHEAST"),
    2: ("Paul Krekorian", 0.9, "NORTH HOLLYWOOD NC;VALLEY VILLAGE NC", "NORTH HOLLYWOOD"),
    3: ("Bob Blumenfield", 0.8, "WOODLAND HILLS-WARNER CENTER NC;CANOGA PARK NC", "TOPANGA"),
    4: ("Nithya Raman", 0.8, "GREATER WILSHIRE NC;SHERMAN OAKS NC", "WILSHIRE"),
    5: ("Katy Yaroslavsky", 0.7, "PALMS NC;WESTWOOD NC", "WEST LOS ANGELES"),
    6: ("Imelda Padilla", 1.1, "VAN NUYS NC;ARLETA NC", "VAN NUYS"),
    7: ("Monica Rodriguez", 0.9, "SUNLAND-TUJUNGA NC;PACOIMA NC", "FOOTHILL"),
    8: ("Marqueece Harris-Dawson", 1.4, "EMPOWERMENT CONGRESS WEST AREA NC;PARK MESA HEIGHTS CC", "77TH STREET"),
    9: ("Curren Price", 1.6, "SOUTH CENTRAL NC;VOICES OF 90037", "NEWTON"),
    10: ("Heather Hutt", 1.0, "MID CITY NC;UNITED NEIGHBORHOODS NC", "SOUTHWEST"),
    11: ("Traci Park", 0.8, "VENICE NC;MAR VISTA CC", "PACIFIC"),
    12: ("John Lee", 0.6, "NORTHRIDGE EAST NC;CHATSWORTH NC", "DEVONSHIRE"),
    13: ("Hugo Soto-Martinez", 1.2, "EAST HOLLYWOOD NC;HOLLYWOOD STUDIO DISTRICT NC", "HOLLYWOOD"),
    14: ("Kevin de Leon", 1.5, "BOYLE HEIGHTS NC;DOWNTOWN LOS ANGELES NC", "HOLLENBECK"),
    15: ("Tim McOsker", 0.9, "WILMINGTON NC;HARBOR CITY NC", "HARBOR"),
}
_LA_STREETS = ["FIGUEROA ST", "VERMONT AVE", "SHERMAN WAY", "CESAR E CHAVEZ AVE", "SEPULVEDA BLVD", "MAIN ST"]
_LA_FMT = "%m/%d/%Y %I:%M:%S %p"
_LA_EXPORT = pd.Timestamp("2024-01-10")


def _la311_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17205)
    types = list(_LA_TYPES)
    cds = list(_LA_CDS)
    rows = []
    for _ in range(4200):
        kind = _one(rng, types, [v[0] for v in _LA_TYPES.values()])
        _, owner, median = _LA_TYPES[kind]
        cd_w = [v[1] * (3.0 if (kind == "Graffiti Removal" and cd == 14) else 1.0) for cd, v in _LA_CDS.items()]
        cd = int(_one(rng, cds, cd_w))
        member, _, ncs, precinct = _LA_CDS[cd]
        day = int(rng.integers(0, 365))
        if kind == "Bulky Items" and rng.random() < 0.25:
            day = int(rng.integers(181, 243))  # summer move-outs: July-August
        created = pd.Timestamp("2023-01-01") + pd.Timedelta(days=day, seconds=int(rng.integers(6 * 3600, 23 * 3600)))
        took = pd.Timedelta(hours=float(24 * rng.lognormal(np.log(median), 0.7)))
        closed = created + took
        source = _one(rng, ["Mobile App", "Call", "Self Service", "Email", "Driver Self Report"], [9, 7, 4, 1, 1.5])
        r = rng.random()
        if closed > _LA_EXPORT or r < 0.05:
            status, closed_txt = _one(rng, ["Open", "Pending", "Forwarded"], [3, 2, 1]), ""
            updated = created + pd.Timedelta(days=int(rng.integers(0, 5)))
        elif r < 0.08:
            status, closed_txt, updated = "Cancelled", closed.strftime(_LA_FMT), closed
        else:
            status, closed_txt, updated = "Closed", closed.strftime(_LA_FMT), closed
        service = created + took * float(rng.uniform(0.3, 0.9))
        nc = _one(rng, ncs.split(";"))
        rows.append(
            {
                "SRNumber": f"1-{int(rng.integers(2_600_000_000, 3_100_000_000))}",
                "CreatedDate": created.strftime(_LA_FMT),
                "UpdatedDate": updated.strftime(_LA_FMT),
                "ActionTaken": "SR Created" if status != "Forwarded" else "SR Transferred",
                "Owner": owner,
                "RequestType": kind,
                "Status": status,
                "RequestSource": source,
                "MobileOS": _one(rng, ["iOS", "Android"], [3, 2]) if source == "Mobile App" else "",
                "Anonymous": "Y" if rng.random() < 0.22 else "N",
                "AssignTo": _one(rng, ["NC", "WV", "EV", "SLA", "GRAFFITI"]) if status != "Cancelled" else "",
                "ServiceDate": service.strftime(_LA_FMT) if kind in {"Bulky Items", "Electronic Waste"} else "",
                "ClosedDate": closed_txt,
                "AddressVerified": "Y" if rng.random() < 0.9 else "N",
                "Address": f"{int(rng.integers(100, 19999))} {_one(rng, _LA_STREETS)}, "
                f"{90000 + int(rng.integers(1, 99))}",
                "ZipCode": 90000 + int(rng.integers(1, 99)) if rng.random() < 0.97 else np.nan,
                "Latitude": round(34.05 + float(rng.normal(0, 0.09)), 8),
                "Longitude": round(-118.3 + float(rng.normal(0, 0.12)), 8),
                "CD": cd,
                "CDMember": member,
                "NC": 10 + cds.index(cd) * 2 + ncs.split(";").index(nc),
                "NCName": nc,
                "PolicePrecinct": precinct,
            }
        )
    return pd.DataFrame(rows)


def _la_graffiti_days(d: pd.DataFrame, how: str, status: bool) -> float:
    g = d[d["RequestType"] == "Graffiti Removal"]
    g = g[g["Status"] == "Closed"] if status else g[_text(g["ClosedDate"]) != ""]
    span = pd.to_datetime(g["ClosedDate"], format=_LA_FMT) - pd.to_datetime(g["CreatedDate"], format=_LA_FMT)
    days = span.dt.total_seconds() / 86400
    return float(days.mean() if how == "mean" else days.median())


def _la_busy(d: pd.DataFrame) -> pd.Timestamp:
    months = pd.to_datetime(d["CreatedDate"], format=_LA_FMT).dt.to_period("M")
    return months.value_counts().sort_index().idxmax().to_timestamp()


_LA_ID = ("SRNumber", "CreatedDate")
_LA311_QS = [
    Q(
        "what gets reported the most",
        _lead(_named(lambda d: _top(d["RequestType"].value_counts()))),
        ("RequestType", *_LA_ID),
    ),
    Q(
        "what share came in thru the app",
        _share(lambda d: float((d["RequestSource"] == "Mobile App").mean())),
        ("RequestSource", "MobileOS", *_LA_ID),
    ),
    Q(
        "which council district has the most graffiti requests",
        _lead(_district(lambda d: int(_top(d.loc[d["RequestType"] == "Graffiti Removal", "CD"].value_counts())))),
        ("RequestType", "CD", "CDMember", *_LA_ID),
    ),
    Q(
        "how long does graffiti take to get cleaned up on average",
        either(
            *(
                _about(lambda d, how=how, st=st: _la_graffiti_days(d, how, st), rel=0.02)
                for how in ("mean", "median")
                for st in (False, True)
            )
        ),
        ("RequestType", "CreatedDate", "ClosedDate", "Status", "ServiceDate", "UpdatedDate"),
    ),
    Q(
        "how many requests are still open",
        either(
            _count(lambda d: int(d["Status"].isin(["Open", "Pending", "Forwarded"]).sum())),
            _count(lambda d: int(d["Status"].isin(["Open", "Pending"]).sum())),
            _count(lambda d: int((d["Status"] == "Open").sum())),
            _count(lambda d: int((_text(d["ClosedDate"]) == "").sum())),
        ),
        ("Status", "ClosedDate", *_LA_ID),
    ),
    Q("busiest month?", _month_year(_la_busy), _LA_ID),
]


# --- 6. US Census state population estimates by single year of age -------------------------------------------------

# state: FIPS, region, division, 2020 population (millions), growth per year, share aged 65+ in 2020
_CE_STATES: dict[str, tuple[int, int, int, float, float, float]] = {
    "Alabama": (1, 3, 6, 5.03, 0.005, 0.173),
    "Alaska": (2, 4, 9, 0.733, -0.001, 0.130),
    "Arizona": (4, 4, 8, 7.16, 0.012, 0.180),
    "Arkansas": (5, 3, 7, 3.01, 0.005, 0.174),
    "California": (6, 4, 9, 39.5, -0.003, 0.152),
    "Colorado": (8, 4, 8, 5.78, 0.007, 0.148),
    "Connecticut": (9, 1, 1, 3.61, 0.002, 0.179),
    "Delaware": (10, 3, 5, 0.99, 0.011, 0.197),
    "District of Columbia": (11, 3, 5, 0.69, -0.004, 0.124),
    "Florida": (12, 3, 5, 21.6, 0.016, 0.212),
    "Georgia": (13, 3, 5, 10.7, 0.009, 0.145),
    "Hawaii": (15, 4, 9, 1.45, -0.003, 0.193),
    "Idaho": (16, 4, 8, 1.84, 0.019, 0.163),
    "Illinois": (17, 2, 3, 12.8, -0.003, 0.166),
    "Indiana": (18, 2, 3, 6.79, 0.004, 0.164),
    "Iowa": (19, 2, 4, 3.19, 0.002, 0.177),
    "Kansas": (20, 2, 4, 2.94, 0.002, 0.166),
    "Kentucky": (21, 3, 6, 4.51, 0.003, 0.170),
    "Louisiana": (22, 3, 7, 4.66, -0.005, 0.163),
    "Maine": (23, 1, 1, 1.36, 0.006, 0.218),
    "Maryland": (24, 3, 5, 6.18, 0.002, 0.162),
    "Massachusetts": (25, 1, 1, 7.03, 0.001, 0.170),
    "Michigan": (26, 2, 3, 10.08, 0.0, 0.178),
    "Minnesota": (27, 2, 4, 5.71, 0.003, 0.163),
    "Mississippi": (28, 3, 6, 2.96, -0.002, 0.164),
    "Missouri": (29, 2, 4, 6.15, 0.002, 0.173),
    "Montana": (30, 4, 8, 1.08, 0.013, 0.193),
    "Nebraska": (31, 2, 4, 1.96, 0.003, 0.160),
    "Nevada": (32, 4, 8, 3.11, 0.011, 0.160),
    "New Hampshire": (33, 1, 1, 1.38, 0.005, 0.189),
    "New Jersey": (34, 1, 2, 9.29, 0.002, 0.167),
    "New Mexico": (35, 4, 8, 2.12, 0.0, 0.185),
    "New York": (36, 1, 2, 20.1, -0.006, 0.172),
    "North Carolina": (37, 3, 5, 10.44, 0.012, 0.167),
    "North Dakota": (38, 2, 4, 0.78, 0.002, 0.157),
    "Ohio": (39, 2, 3, 11.8, 0.0, 0.178),
    "Oklahoma": (40, 3, 7, 3.96, 0.006, 0.160),
    "Oregon": (41, 4, 9, 4.24, 0.001, 0.186),
    "Pennsylvania": (42, 1, 2, 13.0, 0.0, 0.188),
    "Rhode Island": (44, 1, 1, 1.10, 0.0, 0.182),
    "South Carolina": (45, 3, 5, 5.12, 0.015, 0.182),
    "South Dakota": (46, 2, 4, 0.89, 0.009, 0.170),
    "Tennessee": (47, 3, 6, 6.91, 0.011, 0.166),
    "Texas": (48, 3, 7, 29.2, 0.016, 0.128),
    "Utah": (49, 4, 8, 3.27, 0.014, 0.113),
    "Vermont": (50, 1, 1, 0.64, 0.001, 0.204),
    "Virginia": (51, 3, 5, 8.63, 0.004, 0.160),
    "Washington": (53, 4, 9, 7.71, 0.007, 0.159),
    "West Virginia": (54, 3, 5, 1.79, -0.003, 0.208),
    "Wisconsin": (55, 2, 3, 5.89, 0.002, 0.178),
    "Wyoming": (56, 4, 8, 0.58, 0.003, 0.175),
}
_CE_YEARS = [2020, 2021, 2022, 2023]


def _ce_ages(rng: np.random.Generator, total: float, old: float) -> np.ndarray:
    young = np.ones(65) * np.linspace(1.0, 1.05, 65)
    young = young / young.sum()
    elder = np.linspace(1.0, 0.25, 20)
    elder = np.append(elder, 1.6) / np.append(elder, 1.6).sum()
    w = np.concatenate([(1 - old) * young, old * elder]) * rng.uniform(0.97, 1.03, 86)
    return np.round(total * w / w.sum()).astype(int)


def _census_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17206)
    blocks = []
    national = np.zeros((86, 5), dtype=np.int64)
    for name, (fips, region, division, pop, growth, old) in _CE_STATES.items():
        total = pop * 1e6 * float(rng.uniform(0.995, 1.005))
        cols = []
        base = _ce_ages(rng, total * float(rng.uniform(0.997, 1.0)), old)
        cols.append(base)
        for i in range(len(_CE_YEARS)):
            if i:
                total *= 1 + growth + float(rng.normal(0, 0.003))
            cols.append(_ce_ages(rng, total, old + 0.004 * i))
        ages = np.stack(cols, axis=1)
        national += ages
        blocks.append((40, region, division, fips, name, ages))
    blocks.insert(0, (10, 0, 0, 0, "United States", national))
    rows = []
    for sumlev, region, division, fips, name, ages in blocks:
        for age in [*range(86), 999]:
            vals = ages.sum(axis=0) if age == 999 else ages[age]
            row: dict[str, Any] = {
                "SUMLEV": sumlev,
                "REGION": region,
                "DIVISION": division,
                "STATE": fips,
                "NAME": name,
                "SEX": 0,
                "AGE": age,
                "ESTBASE2020": int(vals[0]),
            }
            for j, y in enumerate(_CE_YEARS):
                row[f"POPESTIMATE{y}"] = int(vals[j + 1])
            rows.append(row)
    return pd.DataFrame(rows)


def _ce_totals(d: pd.DataFrame, dc: bool = True) -> pd.DataFrame:
    t = d[(d["SUMLEV"] == 40) & (d["AGE"] == 999)].set_index("NAME")
    return t if dc else t.drop(index="District of Columbia")


def _ce_old_share(d: pd.DataFrame) -> pd.Series:
    s = d[d["SUMLEV"] == 40]
    old = s[(s["AGE"] >= 65) & (s["AGE"] <= 85)].groupby("NAME")["POPESTIMATE2023"].sum()
    return old / _ce_totals(d)["POPESTIMATE2023"]


def _ce_us_old(d: pd.DataFrame) -> float:
    us = d[d["SUMLEV"] == 10]
    return float(us.loc[us["AGE"].between(65, 85), "POPESTIMATE2023"].sum() / us.loc[us["AGE"] == 999].iloc[0, -1])


_CE_ID = ("NAME", "AGE", "SUMLEV", "STATE", "SEX")
_CENSUS_QS = [
    Q(
        "which state grew the most between 2020 and 2023",
        either(
            _lead(_named(lambda d: _top(_ce_totals(d)["POPESTIMATE2023"] - _ce_totals(d)["POPESTIMATE2020"]))),
            _lead(_named(lambda d: _top(_ce_totals(d)["POPESTIMATE2023"] / _ce_totals(d)["POPESTIMATE2020"]))),
        ),
        ("POPESTIMATE2020", "POPESTIMATE2023", *_CE_ID),
    ),
    Q(
        "what's the total us population in 2023",
        _scaled(lambda d: float(_ce_totals(d)["POPESTIMATE2023"].sum()), (1e3, 1e6, 1e9), rel=0.002),
        ("POPESTIMATE2023", *_CE_ID),
    ),
    Q(
        "how many states lost people from 2022 to 2023",
        either(
            _count(lambda d: int((_ce_totals(d)["POPESTIMATE2023"] < _ce_totals(d)["POPESTIMATE2022"]).sum())),
            _count(
                lambda d: int((_ce_totals(d, False)["POPESTIMATE2023"] < _ce_totals(d, False)["POPESTIMATE2022"]).sum())
            ),
        ),
        ("POPESTIMATE2022", "POPESTIMATE2023", *_CE_ID),
    ),
    Q("what share of the country is 65 or older", _share(_ce_us_old), ("POPESTIMATE2023", *_CE_ID)),
    Q(
        "which state has the highest share of seniors",
        _lead(_named(lambda d: _top(_ce_old_share(d)))),
        ("POPESTIMATE2023", *_CE_ID),
    ),
    Q(
        "how many kids under 5 live in texas",
        _scaled(
            lambda d: float(d.loc[(d["NAME"] == "Texas") & (d["AGE"] < 5), "POPESTIMATE2023"].sum()),
            (1e3, 1e6),
            rel=0.002,
        ),
        ("POPESTIMATE2023", *_CE_ID),
    ),
]


# --- 7. Ember yearly electricity data (long format) ----------------------------------------------------------------

_EM_FUELS = ["Coal", "Gas", "Other Fossil", "Nuclear", "Hydro", "Wind", "Solar", "Bioenergy", "Other Renewables"]
# area: ISO, type, continent, Ember region, EU, OECD, G20, G7, total TWh 2010 and 2023, mixes 2010 and 2023
# (coal, gas, nuclear, hydro, wind, solar, bioenergy; other fossil takes the rest, other renewables a sliver)
_EM_AREAS: dict[str, tuple[Any, ...]] = {
    "China": ("CHN", "Country", "Asia", "Asia", 0, 0, 1, 0, 4200, 9450,
              (0.77, 0.02, 0.02, 0.17, 0.011, 0.0, 0.005), (0.61, 0.03, 0.048, 0.13, 0.094, 0.062, 0.02)),
    "United States of America": ("USA", "Country", "North America", "North America", 0, 1, 1, 1, 4350, 4180,
              (0.45, 0.24, 0.19, 0.06, 0.023, 0.001, 0.015), (0.16, 0.42, 0.18, 0.057, 0.10, 0.057, 0.012)),
    "India": ("IND", "Country", "Asia", "Asia", 0, 0, 1, 0, 970, 1950,
              (0.68, 0.12, 0.025, 0.12, 0.02, 0.0, 0.02), (0.74, 0.025, 0.025, 0.075, 0.045, 0.058, 0.02)),
    "Germany": ("DEU", "Country", "Europe", "EU", 1, 1, 1, 1, 630, 510,
              (0.43, 0.14, 0.22, 0.04, 0.06, 0.02, 0.05), (0.26, 0.16, 0.014, 0.04, 0.27, 0.12, 0.09)),
    "France": ("FRA", "Country", "Europe", "EU", 1, 1, 1, 1, 570, 510,
              (0.04, 0.04, 0.75, 0.12, 0.02, 0.001, 0.01), (0.005, 0.06, 0.65, 0.11, 0.10, 0.05, 0.02)),
    "United Kingdom": ("GBR", "Country", "Europe", "Europe", 0, 1, 1, 1, 380, 285,
              (0.28, 0.46, 0.16, 0.01, 0.03, 0.0, 0.03), (0.01, 0.35, 0.14, 0.02, 0.29, 0.05, 0.12)),
    "Brazil": ("BRA", "Country", "Latin America and Caribbean", "Latin America and Caribbean", 0, 0, 1, 0, 515, 710,
              (0.02, 0.07, 0.03, 0.78, 0.005, 0.0, 0.06), (0.02, 0.05, 0.02, 0.60, 0.135, 0.07, 0.08)),
    "Japan": ("JPN", "Country", "Asia", "Asia", 0, 1, 1, 1, 1150, 1010,
              (0.27, 0.27, 0.25, 0.08, 0.004, 0.003, 0.02), (0.29, 0.33, 0.08, 0.075, 0.01, 0.11, 0.045)),
    "Spain": ("ESP", "Country", "Europe", "EU", 1, 1, 0, 0, 300, 270,
              (0.09, 0.32, 0.21, 0.14, 0.16, 0.02, 0.02), (0.015, 0.23, 0.20, 0.10, 0.23, 0.17, 0.025)),
    "Norway": ("NOR", "Country", "Europe", "Europe", 0, 1, 0, 0, 124, 154,
              (0.001, 0.04, 0.0, 0.95, 0.007, 0.0, 0.001), (0.001, 0.002, 0.0, 0.88, 0.10, 0.001, 0.002)),
    "Denmark": ("DNK", "Country", "Europe", "EU", 1, 1, 0, 0, 38, 34,
              (0.44, 0.20, 0.0, 0.001, 0.22, 0.0, 0.11), (0.07, 0.04, 0.0, 0.001, 0.58, 0.09, 0.20)),
    "South Africa": ("ZAF", "Country", "Africa", "Africa", 0, 0, 1, 0, 255, 225,
              (0.93, 0.0, 0.05, 0.01, 0.0, 0.0, 0.001), (0.82, 0.0, 0.04, 0.01, 0.05, 0.055, 0.001)),
    "World": ("", "Region", "", "", 0, 0, 0, 0, 21500, 29900,
              (0.40, 0.22, 0.13, 0.16, 0.016, 0.002, 0.015), (0.355, 0.225, 0.091, 0.143, 0.078, 0.055, 0.023)),
    "EU": ("", "Region", "", "", 0, 0, 0, 0, 3000, 2700,
              (0.25, 0.23, 0.28, 0.12, 0.05, 0.01, 0.04), (0.12, 0.17, 0.23, 0.12, 0.18, 0.09, 0.06)),
}  # fmt: skip
_EM_ALIASES = {"United States of America": ("United States", "US", "USA"), "United Kingdom": ("UK",)}


def _ember_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17207)
    rows = []
    for area, (iso, kind, cont, region, eu, oecd, g20, g7, t0, t1, m0, m1) in _EM_AREAS.items():
        for year in range(2010, 2024):
            f = (year - 2010) / 13
            f_solar = f**2.2  # solar grows late
            total = (t0 + (t1 - t0) * f) * float(rng.uniform(0.985, 1.015))
            mix = {}
            for i, fuel in enumerate(["Coal", "Gas", "Nuclear", "Hydro", "Wind", "Solar", "Bioenergy"]):
                g = f_solar if fuel == "Solar" else f
                mix[fuel] = max(0.0, (m0[i] + (m1[i] - m0[i]) * g) * float(rng.uniform(0.96, 1.04)))
            mix["Other Renewables"] = 0.003 * float(rng.uniform(0.5, 1.5))
            mix["Other Fossil"] = max(0.002, 1 - sum(mix.values()))
            scale = sum(mix.values())
            twh = {k: round(total * v / scale, 2) for k, v in mix.items()}
            total_twh = round(sum(twh.values()), 2)
            meta = {"Area": area, "ISO 3 code": iso, "Year": year, "Area type": kind, "Continent": cont}
            meta |= {"Ember region": region, "EU": eu, "OECD": oecd, "G20": g20, "G7": g7}
            meta["Category"] = "Electricity generation"
            groups = {
                "Fossil": ["Coal", "Gas", "Other Fossil"],
                "Renewables": ["Hydro", "Wind", "Solar", "Bioenergy", "Other Renewables"],
                "Clean": ["Nuclear", "Hydro", "Wind", "Solar", "Bioenergy", "Other Renewables"],
            }
            values = [("Fuel", fuel, twh[fuel]) for fuel in _EM_FUELS]
            values += [("Aggregate fuel", g, round(sum(twh[x] for x in parts), 2)) for g, parts in groups.items()]
            for sub, var, v in values:
                rows.append(
                    meta | {"Subcategory": sub, "Variable": var, "Unit": "%", "Value": round(100 * v / total_twh, 2)}
                )
                rows.append(meta | {"Subcategory": sub, "Variable": var, "Unit": "TWh", "Value": v})
            rows.append(
                meta | {"Subcategory": "Total", "Variable": "Total Generation", "Unit": "TWh", "Value": total_twh}
            )
    frame = pd.DataFrame(rows).sort_values(["Area", "Year", "Subcategory", "Variable", "Unit"], kind="stable")
    frame = frame.reset_index(drop=True)
    prev = frame.groupby(["Area", "Variable", "Unit"])["Value"].shift(1)
    frame["YoY absolute change"] = (frame["Value"] - prev).round(2)
    frame["YoY % change"] = (100 * (frame["Value"] - prev) / prev.where(prev != 0)).round(2)
    return frame


def _em_get(d: pd.DataFrame, area: str, var: str, unit: str, year: int) -> float:
    row = d[(d["Area"] == area) & (d["Variable"] == var) & (d["Unit"] == unit) & (d["Year"] == year)]
    return float(row["Value"].iloc[0])


def _em_year(d: pd.DataFrame, var: str, unit: str, year: int, countries: bool = True) -> pd.Series:
    x = d[(d["Variable"] == var) & (d["Unit"] == unit) & (d["Year"] == year)]
    if countries:
        x = x[x["Area type"] == "Country"]
    return x.set_index("Area")["Value"]


def _em_china_solar(d: pd.DataFrame) -> int:
    x = d[(d["Area"] == "China") & (d["Variable"] == "Solar") & (d["Unit"] == "TWh") & (d["Value"] >= 100)]
    return int(x["Year"].min())


_EM_ID = ("Area", "Year", "Variable", "Unit", "Value", "Category", "Subcategory", "Area type", "ISO 3 code")
_EMBER_QS = [
    Q(
        "how much solar power did the world make in 2023",
        _about(lambda d: _em_get(d, "World", "Solar", "TWh", 2023)),
        _EM_ID,
    ),
    Q(
        "which country had the biggest share of wind in 2023",
        _lead(_named(lambda d: _top(_em_year(d, "Wind", "%", 2023)), _EM_ALIASES)),
        _EM_ID,
    ),
    Q("when did china's solar pass 100 twh", _year(_em_china_solar), _EM_ID),
    Q(
        "how has coal's share of world power changed since 2010",
        either(
            _about(lambda d: [_em_get(d, "World", "Coal", "%", 2010), _em_get(d, "World", "Coal", "%", 2023)]),
            _about(lambda d: abs(_em_get(d, "World", "Coal", "%", 2023) - _em_get(d, "World", "Coal", "%", 2010))),
        ),
        _EM_ID,
    ),
    Q(
        "who generates the most nuclear",
        _lead(_named(lambda d: _top(_em_year(d, "Nuclear", "TWh", 2023)), _EM_ALIASES)),
        _EM_ID,
    ),
    Q(
        "how many countries got more than half their electricity from renewables in 2023",
        either(
            _count(lambda d: int((_em_year(d, "Renewables", "%", 2023) > 50).sum())),
            _count(lambda d: int((_em_year(d, "Renewables", "%", 2023, False) > 50).sum())),
        ),
        _EM_ID,
    ),
]


HELDOUT172: list[Dataset] = [
    Dataset("jobber_jobs_export", _jobber_frame, _JOBBER_QS),
    Dataset("starling_business_statement", _starling_frame, _STARLING_QS),
    Dataset("withings_blood_pressure_export", _withings_frame, _WITHINGS_QS),
    Dataset("square_appointments_bookings", _square_frame, _SQUARE_QS),
    Dataset("la_myla311_requests", _la311_frame, _LA311_QS),
    Dataset("census_state_popest_by_age", _census_frame, _CENSUS_QS),
    Dataset("ember_yearly_electricity_long", _ember_frame, _EMBER_QS),
]
