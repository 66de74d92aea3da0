"""HELDOUT116: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public tables an analyst is likely to bring along: a Google
Analytics 4 "Pages and screens" report export (one row per page per day, "Page path and screen class" such as
"/pricing" or "/blog/how-to-track-utm-links" with a "(not set)" path now and then, Date written the GA4 way as
20240315, Views, "Active users", "Views per active user", "Average engagement time per active user" in seconds,
"Event count", "Key events" mostly 0 and "Total revenue" almost always 0, January to March 2024, and a "Grand total"
row first with a blank Date); a BambooHR employee report ("Employee #", "First Name", "Last Name", "Preferred Name"
mostly blank, "Job Title", Department, Division, Location such as "Salt Lake City, Utah" or "Remote", "Employment
Status" Full-Time / Part-Time / Contractor, "Hire Date" as "03/15/2019", "Termination Date" written "0000-00-00" for
people still employed, Status Active / Inactive, Gender with blanks, "Pay Rate" as "85000.00 USD" or "22.50 USD",
"Pay Type" Salary / Hourly, "Paid Per" Year / Hour and "Reporting To"); an Everlance mileage log (one row per trip,
"Started At" / "Ended At" as "2023-05-04 08:14", From / To addresses, Miles to one decimal, Classification Business /
Personal / Unclassified, Purpose mostly for business trips, "Deduction Value" as "$7.34" at the IRS rate of the year
and "$0.00" off business, Vehicle, Notes, 2023-2024); a Grubhub for Restaurants order history (transactions) export
(restaurant, order_number repeated when an order is cancelled or adjusted later, transaction_date as "10/03/2023",
transaction_time_local "18:42:11", transaction_type "Prepaid Order" / "Cancellation" / "Adjustment",
order_channel Grubhub / Seamless / Yelp, fulfillment_type Delivery / Pick-Up, subtotal, subtotal_sales_tax, tip,
commission, delivery_commission and processing_fee written negative as deductions (cancellations reverse them) and
merchant_net_total); CMS's Hospital Readmissions Reduction Program file (FY_2024_Hospital_Readmissions_Reduction_
Program_Hospital.csv: "Facility Name" in upper case, "Facility ID" as a six-digit code with leading zeros, State,
"Measure Name" READM-30-AMI-HRRP / -CABG- / -COPD- / -HF- / -HIP-KNEE- / -PN-, "Number of Discharges" and the
ratios and rates written "N/A" for small hospitals with Footnote 1 or 5, "Number of Readmissions" as "Too Few to
Report" below 11, "Excess Readmission Ratio", "Predicted Readmission Rate", "Expected Readmission Rate", "Start
Date" 07/01/2019 and "End Date" 06/30/2022); the WHO/UNICEF national immunization coverage estimates (WUENIC) in
their wide layout (unicef_region codes such as ESAR / WCAR / ROSA, iso3, country, vaccine codes BCG / DTP1 / DTP3 /
HEPB3 / HEPBB / MCV1 / MCV2 / POL3, then one column per year from "2023" down to "2000" holding whole percentages,
blank where there is no estimate, e.g. HEPBB before a country introduced it); and NOAA's HURDAT2 Atlantic best track
as the common CSV conversion (atlantic.csv: ID as "AL122005", Name upper case and right-aligned with leading spaces,
"UNNAMED" for unnamed storms, Date as 20050825, Time as 0 / 600 / 1200 / 1800, Event
blank or " L" for landfall, Status with a leading space (" HU", " TS", " TD", " EX", " LO"), Latitude "25.4N" and
Longitude "80.1W", "Maximum Wind" in knots, "Minimum Pressure" with -999 for unknown, and wind radii columns
"Low Wind NE" ... "High Wind NW" mostly -999; 1990-2022). All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share, _text, _year
from .heldout38 import _draw
from .heldout42 import _ranked
from .offline_eval import DAY_WORDS, Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series, ascending: bool = False) -> str:
    """The best (or lowest) label of a score series (ties in label order)."""
    return str(_ranked(scores, ascending).index[0])


def _money(value: Callable[[pd.DataFrame], Any]) -> Check:
    """An amount in full or as thousands / millions ("$12.4k", "1.2 million")."""
    return _scaled(value, (1e3, 1e6))


def _either_sign(value: Callable[[pd.DataFrame], float]) -> Check:
    """An amount written as itself or with its sign flipped (deductions shown negative)."""
    return either(_money(value), _money(lambda d: -float(value(d))))


def _num(s: pd.Series) -> pd.Series:
    """Numbers from text such as "$7.34", "85000.00 USD", "N/A"."""
    return pd.to_numeric(_text(s).str.replace(r"[$,]|USD", "", regex=True).str.strip(), errors="coerce")


# --- 1. Google Analytics 4 pages and screens report ---------------------------------------------------------------

_GA_PAGES = (
    "/:30;/pricing:9;/features:7;/signup:6;/login:8;/about:3;/contact:2;/docs:5;/docs/getting-started:4;"
    "/docs/api-reference:3;/docs/integrations:2;/blog:4;/blog/how-to-track-utm-links:3;"
    "/blog/ga4-migration-checklist:4;/blog/email-subject-lines-that-work:2;/blog/remote-team-rituals:1;"
    "/blog/pricing-page-teardown:2;/blog/2023-year-in-review:1;/careers:1;/privacy:1;/terms:1;/checkout:2;"
    "/checkout/success:1;/account/settings:2;/integrations/slack:1;/integrations/hubspot:1;(not set):1"
)


def _ga_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11601)
    paths = [x.rsplit(":", 1) for x in _GA_PAGES.split(";")]
    rows = []
    for day in pd.date_range("2024-01-01", "2024-03-31"):
        trend = 1.0 + 0.004 * (day - pd.Timestamp("2024-01-01")).days
        weekday = 0.6 if day.day_of_week >= 5 else 1.0
        spike = 2.4 if day == pd.Timestamp("2024-02-20") else 1.0
        for path, weight in paths:
            if rng.random() < 0.06:
                continue
            base = float(weight) * 48 * trend * weekday * (spike if path.startswith("/blog") else 1.0)
            views = int(rng.poisson(base)) + 1
            users = max(1, int(np.rint(views / rng.uniform(1.1, 1.9))))
            engage = rng.gamma(4, 14 if path.startswith("/blog/") else (9 if path.startswith("/docs") else 6))
            events = int(views * rng.uniform(3.0, 5.5))
            key = int(rng.binomial(users, 0.08)) if path in ("/signup", "/pricing", "/checkout/success") else 0
            revenue = round(key * 49.0, 2) if path == "/checkout/success" else 0
            rows.append(
                {
                    "Page path and screen class": path,
                    "Date": int(f"{day:%Y%m%d}"),
                    "Views": views,
                    "Active users": users,
                    "Views per active user": round(views / users, 2),
                    "Average engagement time per active user": round(float(engage), 2),
                    "Event count": events,
                    "Key events": key,
                    "Total revenue": revenue,
                }
            )
    frame = pd.DataFrame(rows).sort_values(["Date", "Views"], ascending=[True, False], kind="stable")
    total = {
        "Page path and screen class": "Grand total",
        "Date": None,
        "Views": int(frame["Views"].sum()),
        "Active users": int(frame["Active users"].sum() * 0.71),
        "Views per active user": round(frame["Views"].sum() / (frame["Active users"].sum() * 0.71), 2),
        "Average engagement time per active user": round(
            float(frame["Average engagement time per active user"].mean()), 2
        ),
        "Event count": int(frame["Event count"].sum()),
        "Key events": int(frame["Key events"].sum()),
        "Total revenue": round(float(frame["Total revenue"].sum()), 2),
    }
    return pd.concat([pd.DataFrame([total]), frame], ignore_index=True)


_GA_PATH = "Page path and screen class"


def _ga(d: pd.DataFrame) -> pd.DataFrame:
    """The page rows, without the Grand total line."""
    return d[(_text(d[_GA_PATH]) != "Grand total") & d["Date"].notna()]


def _ga_dates(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_ga(d)["Date"].astype("int64").astype(str), format="%Y%m%d")


def _ga_blog(weighted: bool) -> Callable[[pd.DataFrame], float]:
    def mean(d: pd.DataFrame) -> float:
        g = _ga(d)
        b = g[_text(g[_GA_PATH]).str.startswith("/blog/")]
        t = b["Average engagement time per active user"]
        return float((t * b["Active users"]).sum() / b["Active users"].sum()) if weighted else float(t.mean())

    return mean


def _ga_top_post(d: pd.DataFrame) -> str:
    g = _ga(d)
    posts = g[_text(g[_GA_PATH]).str.startswith("/blog/")]
    return _top(posts.groupby(_GA_PATH)["Views"].sum())


def _ga_top_day(d: pd.DataFrame) -> pd.Timestamp:
    g = _ga(d)
    return g["Active users"].groupby(_ga_dates(d)).sum().idxmax()


def _ymd(value: Callable[[pd.DataFrame], Any]) -> Check:
    """A day as `_day` reads it, or written the GA4 way (20240220)."""

    def compact(answer: str, df: pd.DataFrame) -> str | None:
        t = pd.Timestamp(value(df))
        return None if re.search(rf"(?<!\d){t:%Y%m%d}(?!\d)", answer) else f"missing day {t:%Y%m%d}"

    return either(_day(value), compact)


def _ga_pricing_share(d: pd.DataFrame) -> float:
    g = _ga(d)
    return float(g.loc[_text(g[_GA_PATH]) == "/pricing", "Views"].sum() / g["Views"].sum())


def _ga_pricing_march_keys(d: pd.DataFrame) -> float:
    g = _ga(d)
    keep = (_text(g[_GA_PATH]) == "/pricing") & (_ga_dates(d).dt.month == 3)
    return float(g.loc[keep, "Key events"].sum())


_GA_ID = (_GA_PATH, "Date")
_GA_QS = [
    Q(
        "how many views did the site get overall?",
        _count(lambda d: float(_ga(d)["Views"].sum())),
        (*_GA_ID, "Views"),
    ),
    Q(
        "which blog post gets the most views",
        _lead(_named(_ga_top_post)),
        (*_GA_ID, "Views"),
    ),
    Q(
        "whats the average engagement time on the blog posts",
        either(_about(_ga_blog(False)), _about(_ga_blog(True))),
        (*_GA_ID, "Average engagement time per active user", "Active users"),
    ),
    Q(
        "which day had the most users?",
        _lead(_ymd(_ga_top_day)),
        (*_GA_ID, "Active users"),
    ),
    Q(
        "what percent of all views were on the pricing page",
        _share(_ga_pricing_share),
        (*_GA_ID, "Views"),
    ),
    Q(
        "and how many key events did pricing get in march?",
        _count(_ga_pricing_march_keys),
        (*_GA_ID, "Key events"),
    ),
]


# --- 2. BambooHR employee report -----------------------------------------------------------------------------------

_BH_DEPTS = "Engineering:30;Sales:22;Customer Success:18;Marketing:9;Operations:12;Finance:5;People:4"
_BH_TITLES = {
    "Engineering": "Software Engineer;Senior Software Engineer;Staff Engineer;QA Analyst;Engineering Manager",
    "Sales": "Account Executive;Sales Development Representative;Sales Manager;Account Manager",
    "Customer Success": "Customer Support Specialist;Customer Success Manager;Support Team Lead",
    "Marketing": "Marketing Manager;Content Strategist;Product Marketing Manager;Designer",
    "Operations": "Operations Associate;Warehouse Associate;Operations Manager",
    "Finance": "Accountant;Financial Analyst;Controller",
    "People": "HR Generalist;Recruiter;People Operations Manager",
}
_BH_SALARY = {
    "Engineering": 128000,
    "Sales": 74000,
    "Customer Success": 58000,
    "Marketing": 82000,
    "Operations": 56000,
    "Finance": 91000,
    "People": 76000,
}
_BH_FIRST_F = "Emily;Sarah;Jessica;Ashley;Megan;Priya;Maria;Hannah;Olivia;Grace;Chloe;Fatima;Rachel;Lauren;Ana"
_BH_FIRST_M = "James;Michael;David;Daniel;Ryan;Tyler;Kevin;Luis;Omar;Brandon;Ethan;Jacob;Nathan;Wei;Carlos"
_BH_LAST = (
    "Smith;Johnson;Williams;Brown;Jones;Garcia;Miller;Davis;Rodriguez;Martinez;Hernandez;Lopez;Wilson;Anderson;"
    "Thomas;Taylor;Moore;Jackson;Martin;Lee;Thompson;White;Harris;Clark;Lewis;Young;Allen;Nguyen;Patel;Kim;Christensen;"
    "Jensen;Larsen;Peterson"
)


def _bamboo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11602)
    n = 640
    rows = []
    for i in range(n):
        dept = _draw(rng, _BH_DEPTS)
        female = rng.random() < (0.32 if dept == "Engineering" else 0.55)
        hire = pd.Timestamp("2014-01-06") + pd.Timedelta(days=int(rng.integers(0, 3650)))
        left = rng.random() < 0.27
        term = hire + pd.Timedelta(days=int(rng.integers(60, 1500))) if left else None
        if term is not None and term > pd.Timestamp("2024-03-29"):
            term = None
        status = "Inactive" if term is not None else "Active"
        hourly = dept in ("Customer Success", "Operations") and rng.random() < 0.45
        emp = "Contractor" if rng.random() < 0.05 else ("Part-Time" if hourly and rng.random() < 0.3 else "Full-Time")
        if hourly:
            rate, pay_type, per = round(float(rng.uniform(17, 29)) * 4) / 4, "Hourly", "Hour"
        else:
            rate = round(_BH_SALARY[dept] * float(np.exp(rng.normal(0, 0.18))) / 500) * 500
            pay_type, per = "Salary", "Year"
        gender = "Female" if female else "Male"
        if rng.random() < 0.04:
            gender = ""
        elif rng.random() < 0.01:
            gender = "Nonbinary"
        first = _one(rng, (_BH_FIRST_F if female else _BH_FIRST_M).split(";"))
        rows.append(
            {
                "Employee #": 1001 + i,
                "First Name": first,
                "Last Name": _one(rng, _BH_LAST.split(";")),
                "Preferred Name": first[:3] if rng.random() < 0.06 else "",
                "Job Title": _one(rng, _BH_TITLES[dept].split(";")),
                "Department": dept,
                "Division": _one(rng, ["North America", "EMEA"], [4, 1]),
                "Location": _one(rng, ["Salt Lake City, Utah", "Austin, Texas", "Remote", "London, UK"], [5, 2, 3, 1]),
                "Employment Status": emp,
                "Hire Date": f"{hire:%m/%d/%Y}",
                "Termination Date": f"{term:%m/%d/%Y}" if term is not None else "0000-00-00",
                "Status": status,
                "Gender": gender,
                "Pay Rate": f"{rate:.2f} USD",
                "Pay Type": pay_type,
                "Paid Per": per,
                "Reporting To": f"{_one(rng, _BH_FIRST_M.split(';'))} {_one(rng, _BH_LAST.split(';'))}",
            }
        )
    return pd.DataFrame(rows)


def _bh_active(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["Status"]) == "Active"]


def _bh_biggest(active: bool) -> Callable[[pd.DataFrame], str]:
    return lambda d: _top((_bh_active(d) if active else d)["Department"].value_counts())


def _bh_salary(dept: str, active: bool) -> Callable[[pd.DataFrame], float]:
    def mean(d: pd.DataFrame) -> float:
        e = _bh_active(d) if active else d
        e = e[(_text(e["Department"]) == dept) & (_text(e["Pay Type"]) == "Salary")]
        return float(_num(e["Pay Rate"]).mean())

    return mean


def _bh_salary_check(dept: str) -> Check:
    return either(_money(_bh_salary(dept, True)), _money(_bh_salary(dept, False)))


def _bh_year(column: str, year: int) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        days = pd.to_datetime(_text(d[column]), format="%m/%d/%Y", errors="coerce")
        return float((days.dt.year == year).sum())

    return count


_BH_ID = ("Employee #", "First Name", "Last Name")
_BAMBOO_QS = [
    Q(
        "how many people currently work here?",
        _count(lambda d: float(len(_bh_active(d)))),
        (*_BH_ID, "Status", "Termination Date"),
    ),
    Q(
        "which department is the biggest",
        either(_lead(_named(_bh_biggest(True))), _lead(_named(_bh_biggest(False)))),
        (*_BH_ID, "Department", "Status"),
    ),
    Q(
        "whats the average salary in engineering",
        _bh_salary_check("Engineering"),
        (*_BH_ID, "Department", "Pay Rate", "Pay Type", "Paid Per", "Status"),
    ),
    Q(
        "and in sales?",
        _bh_salary_check("Sales"),
        (*_BH_ID, "Department", "Pay Rate", "Pay Type", "Paid Per", "Status"),
    ),
    Q(
        "how many people did we hire in 2022",
        _count(_bh_year("Hire Date", 2022)),
        (*_BH_ID, "Hire Date"),
    ),
    Q(
        "how many left in 2023?",
        _count(_bh_year("Termination Date", 2023)),
        (*_BH_ID, "Termination Date", "Status"),
    ),
]


# --- 3. Everlance mileage log --------------------------------------------------------------------------------------

_EV_PLACES = (
    "1200 S State St, Salt Lake City, UT;455 E 400 S, Salt Lake City, UT;3300 W 3500 S, West Valley City, UT;"
    "10 N Main St, Provo, UT;2150 S 1300 E, Sugar House, UT;7050 Union Park Ave, Midvale, UT;"
    "5 Triad Center, Salt Lake City, UT;1820 Woodland Park Dr, Layton, UT;650 E Center St, Ogden, UT"
)
_EV_PURPOSE = "Client Meeting:5;Site Visit:4;Supply Run:2;Airport:1;Bank Deposit:1;Delivery:2"
_EV_RATE = {2023: 0.655, 2024: 0.67}


def _everlance_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11603)
    places = _EV_PLACES.split(";")
    home = "88 W 900 N, Bountiful, UT"
    rows = []
    for day in pd.date_range("2023-01-02", "2024-12-31"):
        busy = 1.5 if day.month in (4, 5, 9, 10) else 1.0
        k = int(rng.poisson((1.6 if day.day_of_week < 5 else 0.5) * busy))
        clock = pd.Timestamp(day) + pd.Timedelta(minutes=int(rng.integers(420, 600)))
        for _ in range(k):
            kind = _draw(rng, "Business:6;Personal:3;Unclassified:2")
            miles = round(float(np.exp(rng.normal(2.4 if kind == "Business" else 1.9, 0.7))), 1)
            miles = max(miles, 0.3)
            minutes = int(miles * rng.uniform(1.4, 2.4)) + 3
            end = clock + pd.Timedelta(minutes=minutes)
            rate = _EV_RATE[day.year] if kind == "Business" else 0.0
            rows.append(
                {
                    "Started At": f"{clock:%Y-%m-%d %H:%M}",
                    "Ended At": f"{end:%Y-%m-%d %H:%M}",
                    "From": _one(rng, [home, *places], [3] + [1] * len(places)),
                    "To": _one(rng, places),
                    "Miles": miles,
                    "Classification": kind,
                    "Purpose": _draw(rng, _EV_PURPOSE) if kind == "Business" else "",
                    "Deduction Value": f"${miles * rate:,.2f}",
                    "Vehicle": _one(rng, ["2019 Toyota RAV4", "2016 Honda Civic"], [5, 1]),
                    "Notes": _one(rng, ["", "", "", "", "parking $8", "toll", "dropped samples"]),
                }
            )
            clock = end + pd.Timedelta(minutes=int(rng.integers(20, 200)))
    return pd.DataFrame(rows)


def _ev(d: pd.DataFrame, kind: str | None = None) -> pd.DataFrame:
    return d if kind is None else d[_text(d["Classification"]) == kind]


def _ev_deduction(year: int | None) -> Callable[[pd.DataFrame], float]:
    def total(d: pd.DataFrame) -> float:
        keep = pd.to_datetime(d["Started At"]).dt.year == year if year else pd.Series(True, index=d.index)
        return float(_num(d.loc[keep, "Deduction Value"]).sum())

    return total


def _ev_peak(kind: str | None) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def peak(d: pd.DataFrame) -> pd.Timestamp:
        e = _ev(d, kind)
        month = pd.to_datetime(e["Started At"]).dt.to_period("M")
        return e["Miles"].groupby(month).sum().idxmax().to_timestamp()

    return peak


_EV_ID = ("Started At", "Ended At")
_EVERLANCE_QS = [
    Q(
        "how many business miles did i drive",
        has(lambda d: float(_ev(d, "Business")["Miles"].sum()), rel=0.002),
        (*_EV_ID, "Miles", "Classification"),
    ),
    Q(
        "whats my total deduction",
        _money(_ev_deduction(None)),
        (*_EV_ID, "Deduction Value", "Classification"),
    ),
    Q(
        "and just for 2024?",
        _money(_ev_deduction(2024)),
        (*_EV_ID, "Deduction Value", "Classification"),
    ),
    Q(
        "which month did i drive the most",
        either(_lead(_month_year(_ev_peak(None))), _lead(_month_year(_ev_peak("Business")))),
        (*_EV_ID, "Miles", "Classification"),
    ),
    Q(
        "how many trips still aren't classified?",
        _count(lambda d: float(len(_ev(d, "Unclassified")))),
        (*_EV_ID, "Classification"),
    ),
    Q(
        "average length of a business trip in miles?",
        _about(lambda d: float(_ev(d, "Business")["Miles"].mean()), rel=0.005),
        (*_EV_ID, "Miles", "Classification"),
    ),
]


# --- 4. Grubhub for Restaurants order history ----------------------------------------------------------------------


def _grubhub_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11604)
    rows = []
    order_no = 3_814_220_000
    day_weight = {0: 0.7, 1: 0.75, 2: 0.85, 3: 0.95, 4: 1.6, 5: 1.3, 6: 1.05}
    for day in pd.date_range("2023-07-01", "2023-12-31"):
        for _ in range(int(rng.poisson(9 * day_weight[day.day_of_week]))):
            order_no += int(rng.integers(3, 900))
            channel = _draw(rng, "Grubhub:6;Seamless:3;Yelp:1")
            fulfil = _draw(rng, "Delivery:7;Pick-Up:3")
            sub = round(float(np.exp(rng.normal(3.3, 0.45))), 2)
            tax = round(sub * 0.08875, 2)
            tip = round(sub * float(rng.choice([0.1, 0.15, 0.18, 0.2, 0.25])), 2) if fulfil == "Delivery" else 0.0
            if fulfil == "Pick-Up" and rng.random() < 0.3:
                tip = round(float(rng.choice([1.0, 2.0, 3.0])), 2)
            commission = -round(sub * (0.20 if fulfil == "Delivery" else 0.10), 2)
            del_comm = -round(sub * 0.05, 2) if fulfil == "Delivery" else 0.0
            fee = -round(0.3 + 0.0305 * (sub + tax + tip), 2)
            net = round(sub + tax + tip + commission + del_comm + fee, 2)
            t = pd.Timestamp(day) + pd.Timedelta(seconds=int(rng.integers(11 * 3600, 22 * 3600)))
            base = {
                "restaurant": "Lucky Dragon Noodle House",
                "order_number": order_no,
                "transaction_date": f"{t:%m/%d/%Y}",
                "transaction_time_local": f"{t:%H:%M:%S}",
                "order_channel": channel,
                "fulfillment_type": fulfil,
            }
            money = {
                "subtotal": sub,
                "subtotal_sales_tax": tax,
                "tip": tip,
                "commission": commission,
                "delivery_commission": del_comm,
                "processing_fee": fee,
                "merchant_net_total": net,
            }
            rows.append({**base, "transaction_type": "Prepaid Order", **money})
            r = rng.random()
            if r < 0.03:
                later = t + pd.Timedelta(minutes=int(rng.integers(5, 40)))
                undo = {k: -v if v else 0.0 for k, v in money.items()}
                rows.append(
                    {
                        **base,
                        "transaction_date": f"{later:%m/%d/%Y}",
                        "transaction_time_local": f"{later:%H:%M:%S}",
                        "transaction_type": "Cancellation",
                        **undo,
                    }
                )
            elif r < 0.06:
                adj = -round(float(rng.uniform(3, 12)), 2)
                zero = {k: 0.0 for k in money}
                rows.append(
                    {**base, "transaction_type": "Adjustment", **zero, "subtotal": adj, "merchant_net_total": adj}
                )
    cols = ["restaurant", "order_number", "transaction_date", "transaction_time_local", "transaction_type"]
    cols += ["order_channel", "fulfillment_type", "subtotal", "subtotal_sales_tax", "tip", "commission"]
    cols += ["delivery_commission", "processing_fee", "merchant_net_total"]
    return pd.DataFrame(rows)[cols]


def _gh_orders(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["transaction_type"]) == "Prepaid Order"]


def _gh_sales(all_rows: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float((d if all_rows else _gh_orders(d))["subtotal"].sum())


def _gh_commission(columns: tuple[str, ...], all_rows: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float((d if all_rows else _gh_orders(d))[list(columns)].sum().sum())


def _gh_commission_check() -> Check:
    options = [("commission",), ("commission", "delivery_commission")]
    options.append(("commission", "delivery_commission", "processing_fee"))
    return either(*(_either_sign(_gh_commission(c, a)) for c in options for a in (True, False)))


def _gh_busiest(d: pd.DataFrame) -> int:
    o = _gh_orders(d)
    days = pd.to_datetime(o["transaction_date"], format="%m/%d/%Y").dt.day_of_week
    return int(_top(days.value_counts()))


def _weekday(value: Callable[[pd.DataFrame], int]) -> Check:
    def check(answer: str, df: pd.DataFrame) -> str | None:
        day = value(df)
        return None if re.search(rf"\b(?:{DAY_WORDS[day]})s?\b", answer, re.IGNORECASE) else f"missing day {day}"

    return check


def _gh_tip(kind: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_gh_orders(d).loc[_text(_gh_orders(d)["fulfillment_type"]) == kind, "tip"].mean())


def _gh_seamless(d: pd.DataFrame) -> float:
    return float((_text(_gh_orders(d)["order_channel"]) == "Seamless").mean())


_GH_ID = ("order_number", "transaction_date", "transaction_type")
_GRUBHUB_QS = [
    Q(
        "how many orders did we get?",
        either(_count(lambda d: float(len(_gh_orders(d)))), _count(lambda d: float(d["order_number"].nunique()))),
        _GH_ID,
    ),
    Q(
        "what were our total sales",
        either(_money(_gh_sales(True)), _money(_gh_sales(False))),
        (*_GH_ID, "subtotal", "subtotal_sales_tax"),
    ),
    Q(
        "how much did grubhub take in commission",
        _gh_commission_check(),
        (*_GH_ID, "commission", "delivery_commission", "processing_fee"),
    ),
    Q(
        "whats the busiest day of the week",
        _lead(_weekday(_gh_busiest)),
        (*_GH_ID, "transaction_time_local"),
    ),
    Q(
        "do delivery customers tip more than pickup ones? avg tip for each",
        has(_gh_tip("Delivery"), _gh_tip("Pick-Up"), rel=0.005),
        (*_GH_ID, "tip", "fulfillment_type"),
    ),
    Q(
        "what share of orders came in through seamless",
        _share(_gh_seamless),
        (*_GH_ID, "order_channel"),
    ),
]


# --- 5. CMS Hospital Readmissions Reduction Program --------------------------------------------------------------

_CMS_MEASURES = {
    "READM-30-AMI-HRRP": (0.145, 0.9),
    "READM-30-CABG-HRRP": (0.118, 0.35),
    "READM-30-COPD-HRRP": (0.192, 1.0),
    "READM-30-HF-HRRP": (0.205, 1.6),
    "READM-30-HIP-KNEE-HRRP": (0.042, 0.7),
    "READM-30-PN-HRRP": (0.158, 1.5),
}
_CMS_ALIASES = {
    "READM-30-AMI-HRRP": ("AMI", "heart attack"),
    "READM-30-CABG-HRRP": ("CABG", "bypass"),
    "READM-30-COPD-HRRP": ("COPD",),
    "READM-30-HF-HRRP": ("HF", "heart failure"),
    "READM-30-HIP-KNEE-HRRP": ("HIP-KNEE", "hip/knee", "hip and knee"),
    "READM-30-PN-HRRP": ("PN", "pneumonia"),
}
_CMS_STATES = (
    "CA:30;TX:26;FL:20;NY:17;PA:15;IL:13;OH:14;GA:10;NC:9;MI:11;NJ:8;VA:8;TN:9;IN:8;MO:8;AL:7;LA:7;KY:7;"
    "SC:6;AZ:6;MA:6;WI:5;MN:4;OK:6;MS:6;AR:5;CO:4;WA:4;MD:4;KS:3;IA:3;OR:3;CT:3;NV:2;UT:2;WV:3;NE:2;NM:2"
)
_CMS_WORDS = "ST. JOSEPH;MERCY;BAPTIST;METHODIST;REGIONAL;MEMORIAL;GENERAL;UNIVERSITY;COMMUNITY;SAINT MARY'S;VALLEY"
_CMS_TOWNS = "SPRINGFIELD;FRANKLIN;CLINTON;GREENVILLE;MADISON;SALEM;FAIRVIEW;RIVERSIDE;GEORGETOWN;MARION;JACKSON"


def _cms_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11605)
    rows = []
    used: set[str] = set()
    state_lean = {s: float(rng.normal(0, 0.025)) for s in [x.split(":")[0] for x in _CMS_STATES.split(";")]}
    for i in range(460):
        state = _draw(rng, _CMS_STATES)
        name = f"{_one(rng, _CMS_TOWNS.split(';'))} {_one(rng, _CMS_WORDS.split(';'))} "
        name += _one(rng, ["HOSPITAL", "MEDICAL CENTER", "HEALTH SYSTEM", "REGIONAL MEDICAL CENTER"])
        while name in used:
            name += " " + _one(rng, ["NORTH", "SOUTH", "EAST", "WEST", "II"])
        used.add(name)
        fid = f"{_one(rng, [1, 3, 5, 10, 14, 23, 33, 36, 39, 45, 49, 50]) * 10000 + i + 1:06d}"
        size = float(np.exp(rng.normal(0, 0.8)))
        quality = float(rng.normal(0, 0.04)) + state_lean[state]
        for measure, (rate, volume) in _CMS_MEASURES.items():
            discharges = int(rng.poisson(260 * size * volume))
            row = {
                "Facility Name": name,
                "Facility ID": fid,
                "State": state,
                "Measure Name": measure,
                "Number of Discharges": "N/A",
                "Footnote": "",
                "Excess Readmission Ratio": "N/A",
                "Predicted Readmission Rate": "N/A",
                "Expected Readmission Rate": "N/A",
                "Number of Readmissions": "N/A",
                "Start Date": "07/01/2019",
                "End Date": "06/30/2022",
            }
            if measure == "READM-30-CABG-HRRP" and rng.random() < 0.55:
                row["Footnote"] = "5"
            elif discharges < 25:
                row["Footnote"] = "1"
                row["Number of Readmissions"] = "Too Few to Report"
            else:
                ratio = float(np.clip(1.0 + quality + rng.normal(0, 0.05) + 0.000004 * discharges, 0.7, 1.4))
                if measure == "READM-30-HF-HRRP":
                    ratio += 0.012
                expected = rate * float(np.exp(rng.normal(0, 0.06)))
                predicted = expected * ratio
                readm = int(np.rint(discharges * predicted))
                row.update(
                    {
                        "Number of Discharges": str(discharges),
                        "Excess Readmission Ratio": f"{ratio:.4f}",
                        "Predicted Readmission Rate": f"{100 * predicted:.4f}",
                        "Expected Readmission Rate": f"{100 * expected:.4f}",
                        "Number of Readmissions": str(readm) if readm > 10 else "Too Few to Report",
                    }
                )
            rows.append(row)
    return pd.DataFrame(rows)


def _cms_ratio(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d["Excess Readmission Ratio"], errors="coerce")


def _cms_top_measure(d: pd.DataFrame) -> str:
    return _top(_cms_ratio(d).groupby(d["Measure Name"]).mean())


def _cms_hf_above(d: pd.DataFrame) -> float:
    return float(((_text(d["Measure Name"]) == "READM-30-HF-HRRP") & (_cms_ratio(d) > 1)).sum())


def _cms_state(d: pd.DataFrame) -> str:
    return _top(_cms_ratio(d).groupby(d["State"]).mean())


_CMS_ID = ("Facility Name", "Facility ID", "Measure Name")
_CMS_QS = [
    Q(
        "how many hospitals are in this data",
        _count(lambda d: float(d["Facility ID"].nunique())),
        ("Facility Name", "Facility ID"),
    ),
    Q(
        "which condition has the highest average excess readmission ratio?",
        _lead(_named(_cms_top_measure, _CMS_ALIASES)),
        (*_CMS_ID, "Excess Readmission Ratio"),
    ),
    Q(
        "how many hospitals are over 1 for heart failure",
        _count(_cms_hf_above),
        (*_CMS_ID, "Excess Readmission Ratio"),
    ),
    Q(
        "which state has the worst average ratio",
        _lead(_named(_cms_state)),
        (*_CMS_ID, "State", "Excess Readmission Ratio"),
    ),
    Q(
        "how many rows don't have a ratio at all",
        _count(lambda d: float(_cms_ratio(d).isna().sum())),
        (*_CMS_ID, "Excess Readmission Ratio", "Footnote"),
    ),
    Q(
        "does the number of discharges have anything to do with the ratio? correlation",
        _corr(lambda d: pd.to_numeric(d["Number of Discharges"], errors="coerce"), _cms_ratio),
        (*_CMS_ID, "Number of Discharges", "Excess Readmission Ratio"),
    ),
]


# --- 6. WHO/UNICEF immunization coverage estimates (wide) ---------------------------------------------------------

_UN_REGIONS = {
    "ESAR": ("AGO;BDI;COM;ERI;ETH;KEN;LSO;MDG;MWI;MOZ;NAM;RWA;SOM;SSD;SWZ;TZA;UGA;ZAF;ZMB;ZWE", 0.82),
    "WCAR": ("BEN;BFA;CMR;CAF;TCD;COD;COG;CIV;GNQ;GAB;GMB;GHA;GIN;GNB;LBR;MLI;MRT;NER;NGA;SEN;SLE;TGO", 0.74),
    "ROSA": ("AFG;BGD;BTN;IND;MDV;NPL;PAK;LKA", 0.86),
    "MENA": ("DZA;DJI;EGY;IRN;IRQ;JOR;LBN;LBY;MAR;OMN;SDN;SYR;TUN;YEM", 0.85),
    "EAPR": ("KHM;CHN;FJI;IDN;LAO;MYS;MNG;MMR;PNG;PHL;THA;TLS;VNM;PRK;SLB;VUT", 0.86),
    "LACR": ("ARG;BOL;BRA;CHL;COL;CRI;CUB;DOM;ECU;SLV;GTM;HTI;HND;JAM;MEX;NIC;PAN;PRY;PER;URY;VEN", 0.84),
    "ECAR": ("ALB;ARM;AZE;BLR;BIH;BGR;GEO;KAZ;KGZ;MDA;MNE;MKD;ROU;SRB;TJK;TUR;TKM;UKR;UZB", 0.9),
}
_UN_NAMES = {
    "AGO": "Angola", "BDI": "Burundi", "COM": "Comoros", "ERI": "Eritrea", "ETH": "Ethiopia", "KEN": "Kenya",
    "LSO": "Lesotho", "MDG": "Madagascar", "MWI": "Malawi", "MOZ": "Mozambique", "NAM": "Namibia",
    "RWA": "Rwanda", "SOM": "Somalia", "SSD": "South Sudan", "SWZ": "Eswatini", "TZA": "United Republic of Tanzania",
    "UGA": "Uganda", "ZAF": "South Africa", "ZMB": "Zambia", "ZWE": "Zimbabwe", "BEN": "Benin",
    "BFA": "Burkina Faso", "CMR": "Cameroon", "CAF": "Central African Republic", "TCD": "Chad",
    "COD": "Democratic Republic of the Congo", "COG": "Congo", "CIV": "Cote d'Ivoire", "GNQ": "Equatorial Guinea",
    "GAB": "Gabon", "GMB": "Gambia", "GHA": "Ghana", "GIN": "Guinea", "GNB": "Guinea-Bissau", "LBR": "Liberia",
    "MLI": "Mali", "MRT": "Mauritania", "NER": "Niger", "NGA": "Nigeria", "SEN": "Senegal", "SLE": "Sierra Leone",
    "TGO": "Togo", "AFG": "Afghanistan", "BGD": "Bangladesh", "BTN": "Bhutan", "IND": "India", "MDV": "Maldives",
    "NPL": "Nepal", "PAK": "Pakistan", "LKA": "Sri Lanka", "DZA": "Algeria", "DJI": "Djibouti", "EGY": "Egypt",
    "IRN": "Iran (Islamic Republic of)", "IRQ": "Iraq", "JOR": "Jordan", "LBN": "Lebanon", "LBY": "Libya",
    "MAR": "Morocco", "OMN": "Oman", "SDN": "Sudan", "SYR": "Syrian Arab Republic", "TUN": "Tunisia",
    "YEM": "Yemen", "KHM": "Cambodia", "CHN": "China", "FJI": "Fiji", "IDN": "Indonesia",
    "LAO": "Lao People's Democratic Republic", "MYS": "Malaysia", "MNG": "Mongolia", "MMR": "Myanmar",
    "PNG": "Papua New Guinea", "PHL": "Philippines", "THA": "Thailand", "TLS": "Timor-Leste", "VNM": "Viet Nam",
    "PRK": "Democratic People's Republic of Korea", "SLB": "Solomon Islands", "VUT": "Vanuatu",
    "ARG": "Argentina", "BOL": "Bolivia (Plurinational State of)", "BRA": "Brazil", "CHL": "Chile",
    "COL": "Colombia", "CRI": "Costa Rica", "CUB": "Cuba", "DOM": "Dominican Republic", "ECU": "Ecuador",
    "SLV": "El Salvador", "GTM": "Guatemala", "HTI": "Haiti", "HND": "Honduras", "JAM": "Jamaica", "MEX": "Mexico",
    "NIC": "Nicaragua", "PAN": "Panama", "PRY": "Paraguay", "PER": "Peru", "URY": "Uruguay",
    "VEN": "Venezuela (Bolivarian Republic of)", "ALB": "Albania", "ARM": "Armenia", "AZE": "Azerbaijan",
    "BLR": "Belarus", "BIH": "Bosnia and Herzegovina", "BGR": "Bulgaria", "GEO": "Georgia", "KAZ": "Kazakhstan",
    "KGZ": "Kyrgyzstan", "MDA": "Republic of Moldova", "MNE": "Montenegro", "MKD": "North Macedonia",
    "ROU": "Romania", "SRB": "Serbia", "TJK": "Tajikistan", "TUR": "Turkiye", "TKM": "Turkmenistan",
    "UKR": "Ukraine", "UZB": "Uzbekistan",
}  # fmt: skip
_UN_VACCINES = {"BCG": 0.06, "DTP1": 0.05, "DTP3": 0.0, "HEPB3": -0.01, "HEPBB": -0.2, "MCV1": -0.02}
_UN_VACCINES |= {"MCV2": -0.12, "POL3": -0.005}
_UN_YEARS = list(range(2023, 1999, -1))


def _unicef_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11606)
    rows = []
    for region, (codes, level) in _UN_REGIONS.items():
        for iso in codes.split(";"):
            country = min(0.99, max(0.25, level + float(rng.normal(0, 0.09))))
            growth = float(rng.uniform(0.0, 0.012))
            for vaccine, offset in _UN_VACCINES.items():
                start = int(rng.integers(2000, 2012)) if vaccine in ("HEPB3", "MCV2") else 2000
                if vaccine == "HEPBB":
                    start = int(rng.integers(2005, 2030))
                row: dict[str, Any] = {"unicef_region": region, "iso3": iso, "country": _UN_NAMES[iso]}
                row["vaccine"] = vaccine
                for year in _UN_YEARS:
                    if year < start:
                        row[str(year)] = None
                        continue
                    v = country + offset - growth * (2019 - min(year, 2019))
                    v += {2020: -0.03, 2021: -0.045, 2022: -0.02, 2023: -0.01}.get(year, 0.0)
                    v += float(rng.normal(0, 0.025))
                    row[str(year)] = int(np.rint(100 * min(0.99, max(0.02, v))))
                rows.append(row)
    return pd.DataFrame(rows)


def _un(d: pd.DataFrame, vaccine: str) -> pd.DataFrame:
    return d[_text(d["vaccine"]) == vaccine]


def _un_mean(vaccine: str, year: int) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_un(d, vaccine)[str(year)].mean())


def _un_paired(d: pd.DataFrame) -> list[float]:
    both_years = _un(d, "DTP3")[["2019", "2020"]].dropna()
    return [float(both_years["2019"].mean()), float(both_years["2020"].mean())]


def _un_lowest(d: pd.DataFrame) -> str:
    m = _un(d, "MCV1").dropna(subset=["2023"])
    return _top(m.set_index("country")["2023"], ascending=True)


def _un_region(d: pd.DataFrame) -> str:
    m = _un(d, "MCV2")
    return _top(m.groupby("unicef_region")["2023"].mean())


_UN_ID = ("unicef_region", "iso3", "country", "vaccine")
_UNICEF_QS = [
    Q(
        "what was the average dtp3 coverage in 2023?",
        _about(_un_mean("DTP3", 2023)),
        ("country", "vaccine", "2023"),
    ),
    Q(
        "which country had the lowest mcv1 coverage in 2023",
        _lead(_named(_un_lowest)),
        ("country", "iso3", "vaccine", "2023"),
    ),
    Q(
        "how did dtp3 in 2020 compare with 2019",
        either(_about(lambda d: [_un_mean("DTP3", 2019)(d), _un_mean("DTP3", 2020)(d)]), _about(_un_paired)),
        ("country", "vaccine", "2019", "2020"),
    ),
    Q(
        "how many countries were at 90% or more for dtp3 in 2023",
        _count(lambda d: float((_un(d, "DTP3")["2023"] >= 90).sum())),
        ("country", "vaccine", "2023"),
    ),
    Q(
        "which region had the best mcv2 coverage in 2023",
        _lead(_named(_un_region)),
        (*_UN_ID, "2023"),
    ),
    Q(
        "how many countries have no 2023 number for the hep b birth dose",
        _count(lambda d: float(_un(d, "HEPBB")["2023"].isna().sum())),
        ("country", "iso3", "vaccine", "2023"),
    ),
]


# --- 7. NOAA HURDAT2 Atlantic storms ------------------------------------------------------------------------------

_HU_NAMES = (
    "ALLISON;BARRY;CHANTAL;DEAN;ERIN;FELIX;GABRIELLE;HUMBERTO;IRIS;JERRY;KAREN;LORENZO;MELISSA;NOEL;OLGA;PABLO;"
    "REBEKAH;SEBASTIEN;TANYA;VAN;WENDY;ANDREA;BERTHA;CRISTOBAL;DOLLY;EDOUARD;FAY;GONZALO;HANNA;ISAIAS;JOSEPHINE;KYLE;"
    "LAURA;MARCO;NANA;OMAR;PAULETTE;RENE;SALLY;TEDDY;VICKY;WILFRED;ARTHUR;BEATRIZ;CLAUDETTE;DANNY;ELSA;FRED;GRACE;"
    "HENRI;IDA;JULIAN;KATE;LARRY;MINDY;NICHOLAS;ODETTE;PETER;ROSE;SAM;TERESA;VICTOR"
)
_HU_STATUS_WIND = ((" TD", 0, 33), (" TS", 34, 63), (" HU", 64, 200))


def _hu_status(wind: int) -> str:
    return next(s for s, lo, hi in _HU_STATUS_WIND if lo <= wind <= hi)


def _hurdat_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11607)
    names = _HU_NAMES.split(";")
    radii = [f"{w} Wind {q}" for w in ("Low", "Moderate", "High") for q in ("NE", "SE", "SW", "NW")]
    rows = []
    for year in range(1990, 2023):
        k = 10 if year == 2005 else int(rng.integers(2, 8)) + (2 if year in (1995, 2020) else 0)
        for num in range(1, k + 1):
            name = "UNNAMED" if rng.random() < 0.08 else _one(rng, names)
            peak = int(min(150, 25 + rng.gamma(2.2, 22)) // 5 * 5)
            if year == 2005:
                peak = 165 if num == 4 else max(peak, 70 + 5 * (num % 4))
            length = int(rng.integers(8, 44))
            top_at = int(rng.integers(2, length - 2))
            lat, lon = float(rng.uniform(11, 28)), float(rng.uniform(-85, -35))
            t = pd.Timestamp(year, int(rng.choice([6, 7, 8, 8, 9, 9, 9, 10, 10, 11])), int(rng.integers(1, 28)))
            t += pd.Timedelta(hours=int(rng.choice([0, 6, 12, 18])))
            landfall_at = int(rng.integers(top_at, length)) if rng.random() < 0.35 else -1
            for p in range(length):
                shape = 1 - abs(p - top_at) / max(top_at, length - top_at)
                wind = int(max(20, round((25 + (peak - 25) * shape + rng.normal(0, 3)) / 5) * 5))
                wind = peak if p == top_at else min(wind, peak - 5 if wind >= peak else wind)
                pressure = int(np.rint(1013 - 0.0035 * wind**2 - 0.3 * wind + rng.normal(0, 3)))
                if year < 2004 and wind < 40 and rng.random() < 0.5:
                    pressure = -999
                status = _hu_status(wind)
                if p == length - 1 and rng.random() < 0.5:
                    status = " EX"
                elif p == 0 and rng.random() < 0.2:
                    status = " LO"
                radius = {c: -999 for c in radii}
                if year >= 2004 and wind >= 34:
                    radius.update({c: int(rng.integers(20, 200)) for c in radii[:4]})
                    if wind >= 50:
                        radius.update({c: int(rng.integers(10, 90)) for c in radii[4:8]})
                    if wind >= 64:
                        radius.update({c: int(rng.integers(5, 40)) for c in radii[8:]})
                rows.append(
                    {
                        "ID": f"AL{num:02d}{year}",
                        "Name": f"{name:>19}",
                        "Date": int(f"{t:%Y%m%d}"),
                        "Time": int(f"{t:%H}") * 100,
                        "Event": " L" if p == landfall_at else "",
                        "Status": status,
                        "Latitude": f"{lat:.1f}N",
                        "Longitude": f"{-lon:.1f}W",
                        "Maximum Wind": wind,
                        "Minimum Pressure": pressure,
                        **radius,
                    }
                )
                t += pd.Timedelta(hours=6)
                lat += float(rng.uniform(0.2, 1.1))
                lon += float(rng.uniform(-1.2, 0.9)) if lat < 28 else float(rng.uniform(0.3, 2.0))
    return pd.DataFrame(rows)


def _hu_pressure(d: pd.DataFrame) -> pd.Series:
    p = pd.to_numeric(d["Minimum Pressure"], errors="coerce")
    return p.where(p > 0)


def _hu_strongest(d: pd.DataFrame) -> str:
    row = d.loc[d["Maximum Wind"].idxmax()]
    return str(row["Name"]).strip()


def _hu_strongest_id(d: pd.DataFrame) -> str:
    return str(d.loc[d["Maximum Wind"].idxmax(), "ID"])


def _hu_year_counts(by_storm: bool) -> Callable[[pd.DataFrame], int]:
    def year(d: pd.DataFrame) -> int:
        hu = d[_text(d["Status"]) == "HU"]
        years = hu["Date"].astype(str).str[:4].astype(int)
        counts = hu.groupby(years)["ID"].nunique() if by_storm else years.value_counts()
        return int(_top(counts))

    return year


_HU_ID = ("ID", "Name", "Date", "Time")
_HURDAT_QS = [
    Q(
        "how many storms are in here",
        _count(lambda d: float(d["ID"].nunique())),
        ("ID", "Name", "Date"),
    ),
    Q(
        "which storm had the strongest winds",
        _lead(either(_named(_hu_strongest), _named(_hu_strongest_id))),
        (*_HU_ID, "Maximum Wind"),
    ),
    Q(
        "whats the lowest pressure recorded",
        has(lambda d: float(_hu_pressure(d).min()), rel=0.0005),
        (*_HU_ID, "Minimum Pressure"),
    ),
    Q(
        "which year had the most hurricanes?",
        either(_lead(_year(_hu_year_counts(True))), _lead(_year(_hu_year_counts(False)))),
        (*_HU_ID, "Status"),
    ),
    Q(
        "how many storms made landfall",
        _count(lambda d: float(d.loc[_text(d["Event"]) == "L", "ID"].nunique())),
        (*_HU_ID, "Event"),
    ),
    Q(
        "how does wind speed relate to pressure",
        _corr(lambda d: d["Maximum Wind"].where(_hu_pressure(d).notna()), _hu_pressure),
        (*_HU_ID, "Maximum Wind", "Minimum Pressure"),
    ),
]

HELDOUT116: list[Dataset] = [
    Dataset("google_analytics_pages_report", _ga_frame, _GA_QS),
    Dataset("bamboohr_employee_report", _bamboo_frame, _BAMBOO_QS),
    Dataset("everlance_mileage_log", _everlance_frame, _EVERLANCE_QS),
    Dataset("grubhub_order_history", _grubhub_frame, _GRUBHUB_QS),
    Dataset("cms_hospital_readmissions", _cms_frame, _CMS_QS),
    Dataset("unicef_immunization_coverage", _unicef_frame, _UNICEF_QS),
    Dataset("noaa_hurdat2_storms", _hurdat_frame, _HURDAT_QS),
]
