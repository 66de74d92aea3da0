"""HELDOUT196: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a Firefly III transactions export (2023, one
row per split) with user_id, group_id, journal_id, created_at and updated_at ("2023-03-14T09:12:44+01:00"),
group_title (mostly blank), type (Withdrawal / Deposit / Transfer, one "Opening balance"), amount as text with twelve
decimals ("-45.230000000000" for withdrawals, positive otherwise), foreign_amount and foreign_currency_code (mostly
blank, a few USD purchases), currency_code (EUR), description, date ("2023-03-14T00:00:00+01:00"), source_name,
source_type, destination_name, destination_type ("Asset account", "Expense account", "Revenue account"),
reconciled (true / false), category (blank for transfers and some uncategorised spending), budget (often blank),
bill (only on recurring payments), tags (comma separated, mostly blank) and notes; a TripIt trips export (2016-2024,
one row per trip) with "Trip Name", "Start Date" and "End Date" ("2019-04-03"), "Primary Location" ("Chicago, IL,
United States"), "Destination City", "Destination Country", Flights, "Hotel Nights", Purpose (Business / Personal,
some blank) and "Traveler Count"; a Teamwork.com time logs export (Jan-Jun 2024) with Project, "Task list", Task,
Who, Date ("03/12/2024"), "Start time" ("9:30am"), Hours and Minutes in separate whole-number columns, Description,
"Is it billable?" (Yes / No), Invoiced (Yes / No) and "Invoice number" (blank unless invoiced); a Baremetrics MRR
movements export (2023-2024, one row per movement) with Date ("2023-01-05"), Customer, "Customer Email", "Customer
OID" ("cus_..."), Plan ("Starter (Monthly)", "Growth (Annual)" ...), Movement (New / Expansion / Contraction /
Churn / Reactivation), "MRR Change" ("$49.00", "-$199.00", "$1,250.00") and "MRR After"; an extract of the FAA
Wildlife Strike Database (2020-2023) with INDEX_NR, INCIDENT_DATE ("5/14/2021 0:00"), INCIDENT_MONTH, INCIDENT_YEAR,
TIME (often blank), AIRPORT_ID ("KDEN", ZZZZ for UNKNOWN), upper-case AIRPORT, STATE, OPERATOR_ID and upper-case
OPERATOR ("BUSINESS", "PRIVATELY OWNED" for general aviation), AIRCRAFT ("B-737-800"), AC_CLASS (A / B),
PHASE_OF_FLIGHT (Approach / Climb / Landing Roll / Take-off Run / En Route / Taxi / Parked, some blank),
DAMAGE_LEVEL (N / M / M? / S / D, some blank), SPECIES_ID, SPECIES ("Unknown bird - small", "Mourning dove", ...),
NUM_STRUCK ("1", "2-10", "11-100", "More than 100"), COST_REPAIRS (mostly blank), NR_INJURIES and NR_FATALITIES;
the MSHA Mine Data Retrieval System accident injuries file (2019-2023, one row per accident) with DOCUMENT_NO,
MINE_ID (repeated), OPERATOR_NAME (upper case), STATE (two letters), COAL_METAL_IND (C / M), SUBUNIT (UNDERGROUND,
STRIP / OPEN PIT, MILL OPERATION ...), ACCIDENT_DT ("15-MAR-19" Oracle style), CAL_YR, ACCIDENT_TIME ("1430"),
DEGREE_INJURY (MSHA's abbreviated texts such as "DAYS AWAY FROM WORK ONLY", "NO DYS AWY FRM WRK,NO RSTR ACT",
"FATALITY", "?" when unknown), OCCUPATION (upper-case job titles), CLASSIFICATION ("HANDLING OF MATERIALS", "SLIP OR
FALL OF PERSON", ...), NO_INJURIES (1), DAYS_LOST and DAYS_RESTRICT (blank when not applicable, "?"-free); and a
USDA NASS Quick Stats download of cattle inventory by state (long, 2015-2024) with Program (SURVEY), Year, Period
("FIRST OF JAN", plus "FIRST OF JUL" for the all-cattle item through 2023), "Week Ending", "Geo Level" (STATE), State
(upper case), "State ANSI", the blank Ag District / County / Zip / Region / Watershed columns, Commodity (CATTLE),
"Data Item" ("CATTLE, INCL CALVES - INVENTORY", "CATTLE, COWS, BEEF - INVENTORY", "CATTLE, COWS, MILK -
INVENTORY"), Domain (TOTAL), "Domain Category" ("NOT SPECIFIED"), Value as text with thousands commas ("12,300,000")
or " (D)" for withheld, and "CV (%)" (blank). All are generated with fixed seeds 19601-19607.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _text
from .heldout173 import _money, _num, _top
from .heldout183 import _abouts, _peak_month, _ymd
from .offline_eval import Check, Dataset, Q, either, has, month_names
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

# --- shared helpers ------------------------------------------------------------------------------------------------


def _n(s: pd.Series) -> pd.Series:
    return pd.to_numeric(s, errors="coerce")


def _all(values: Callable[[pd.DataFrame], list[str]]) -> Check:
    """Every label computed from the frame appears."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        for v in values(df):
            why = _named(lambda _d, v=v: v)(answer, df)
            if why:
                return why
        return None

    return check


def _month(value: Callable[[pd.DataFrame], int]) -> Check:
    """A month of the year by name ("August", "Aug")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        m = int(value(df))
        return None if re.search(rf"\b(?:{month_names(m)})\b", answer, re.IGNORECASE) else f"missing month {m}"

    return check


# --- 1. Firefly III transactions export ----------------------------------------------------------------------------

_FF_CHECKING = "ING Checking"
_FF_SAVINGS = "ING Savings"
_FF_CARD = "Amex Gold"
# category: (per month, mean, sd, shops, budget)
_FF_SPEND: dict[str, tuple[float, float, float, list[str], str]] = {
    "Groceries": (9, 48, 22, ["Albert Heijn", "Lidl", "Jumbo", "Aldi"], "Food"),
    "Eating out": (6, 27, 14, ["Vapiano", "Starbucks", "Thuisbezorgd", "Burger King"], "Food"),
    "Transport": (5, 19, 10, ["NS", "Shell", "GVB", "Uber"], "Transport"),
    "Shopping": (3, 64, 40, ["Bol.com", "Zara", "IKEA", "MediaMarkt", "Amazon"], ""),
    "Entertainment": (2, 22, 12, ["Pathe", "Steam", "Ticketmaster"], "Fun"),
    "Health": (1, 35, 20, ["Etos", "Kruidvat", "Apotheek"], ""),
}
_FF_BILLS = [("Rent", "Vesteda", 1250.0, "Rent"), ("Utilities", "Vattenfall", 145.0, "Energy")]
_FF_BILLS += [("Phone & internet", "KPN", 62.5, "Internet"), ("Insurance", "Zilveren Kruis", 138.0, "Health insurance")]


def _firefly_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19601)
    rows: list[dict[str, object]] = []

    def add(day: pd.Timestamp, kind: str, amt: float, desc: str, src: tuple[str, str], dst: tuple[str, str], **kw):
        rows.append({"day": day, "type": kind, "amt": round(amt, 2), "desc": desc, "src": src, "dst": dst, **kw})

    start = pd.Timestamp("2023-01-01")
    add(
        start,
        "Opening balance",
        3420.55,
        'Initial balance for "ING Checking"',
        ("ING Checking initial balance", "Initial balance account"),
        (_FF_CHECKING, "Asset account"),
    )
    for month in pd.date_range("2023-01-01", "2023-12-01", freq="MS"):
        end = month + pd.offsets.MonthEnd(0)
        pay = round(float(rng.normal(3380, 25)), 2) if month.month != 12 else 3380 + 2900.0
        add(
            month + pd.Timedelta(days=24),
            "Deposit",
            pay,
            "Salary Acme BV",
            ("Acme BV", "Revenue account"),
            (_FF_CHECKING, "Asset account"),
            category="Salary",
        )
        for cat, desc_to, amt, bill in _FF_BILLS:
            a = amt if cat != "Utilities" else round(amt + float(rng.normal(0, 18)), 2)
            add(
                month + pd.Timedelta(days=int(rng.integers(0, 4))),
                "Withdrawal",
                a,
                f"{bill} {month:%B}",
                (_FF_CHECKING, "Asset account"),
                (desc_to, "Expense account"),
                category=cat,
                budget="Fixed",
                bill=bill,
            )
        save = 400.0 if month.month not in (7, 8) else 150.0
        add(
            month + pd.Timedelta(days=25),
            "Transfer",
            save,
            "Monthly savings",
            (_FF_CHECKING, "Asset account"),
            (_FF_SAVINGS, "Asset account"),
        )
        card = 0.0
        for cat, (per, mean, sd, shops, budget) in _FF_SPEND.items():
            bump = 1.8 if (cat == "Shopping" and month.month == 11) else 1.0
            for _ in range(int(rng.poisson(per * bump))):
                a = round(max(2.5, float(rng.normal(mean, sd))), 2)
                day = month + pd.Timedelta(days=int(rng.integers(0, end.day)))
                src = _FF_CARD if rng.random() < 0.45 else _FF_CHECKING
                card += a if src == _FF_CARD else 0.0
                blank = rng.random() < 0.12
                add(
                    day,
                    "Withdrawal",
                    a,
                    _one(rng, shops),
                    (src, "Asset account"),
                    (_one(rng, shops), "Expense account"),
                    category="" if blank else cat,
                    budget=budget if rng.random() < 0.8 else "",
                    tags=_one(rng, ["", "", "", "", "weekend", "holiday", "reimbursable"]),
                )
        if month.month == 8:
            for shop, a in [("Booking.com", 684.0), ("Transavia", 312.4), ("Hertz", 228.9)]:
                add(
                    month + pd.Timedelta(days=int(rng.integers(1, 10))),
                    "Withdrawal",
                    a,
                    shop,
                    (_FF_CARD, "Asset account"),
                    (shop, "Expense account"),
                    category="Travel",
                    budget="Fun",
                    tags="holiday",
                    foreign=True,
                )
                card += a
        add(
            end,
            "Transfer",
            round(card, 2),
            "Amex payment",
            (_FF_CHECKING, "Asset account"),
            (_FF_CARD, "Asset account"),
        )
        if rng.random() < 0.5:
            add(
                month + pd.Timedelta(days=int(rng.integers(3, 20))),
                "Deposit",
                round(float(rng.uniform(15, 90)), 2),
                "Tikkie refund",
                ("Tikkie", "Revenue account"),
                (_FF_CHECKING, "Asset account"),
                category=_one(rng, ["Eating out", ""]),
            )
    rows.sort(key=lambda r: r["day"])
    out = []
    for i, r in enumerate(rows):
        day = r["day"]
        tz = "+02:00" if 4 <= day.month <= 10 else "+01:00"
        created = day + pd.Timedelta(hours=int(rng.integers(7, 23)), minutes=int(rng.integers(0, 60)))
        sign = "-" if r["type"] == "Withdrawal" else ""
        foreign = bool(r.get("foreign"))
        out.append(
            {
                "user_id": 1,
                "group_id": i + 1,
                "journal_id": i + 1,
                "created_at": f"{created:%Y-%m-%dT%H:%M:%S}{tz}",
                "updated_at": f"{created:%Y-%m-%dT%H:%M:%S}{tz}",
                "group_title": "",
                "type": r["type"],
                "amount": f"{sign}{r['amt']:.12f}",
                "foreign_amount": f"{sign}{r['amt'] * 1.09:.12f}" if foreign else "",
                "currency_code": "EUR",
                "foreign_currency_code": "USD" if foreign else "",
                "description": r["desc"],
                "date": f"{day:%Y-%m-%d}T00:00:00{tz}",
                "source_name": r["src"][0],
                "source_iban": "NL91INGB0001234567" if r["src"][0] == _FF_CHECKING else "",
                "source_type": r["src"][1],
                "destination_name": r["dst"][0],
                "destination_iban": "NL33INGB0007654321" if r["dst"][0] == _FF_SAVINGS else "",
                "destination_type": r["dst"][1],
                "reconciled": "true" if day.month < 11 else "false",
                "category": r.get("category", ""),
                "budget": r.get("budget", ""),
                "bill": r.get("bill", ""),
                "tags": r.get("tags", ""),
                "notes": "",
            }
        )
    return pd.DataFrame(out)


def _ff_amt(d: pd.DataFrame) -> pd.Series:
    return _n(d["amount"])


def _ff_spent(d: pd.DataFrame) -> pd.Series:
    """Spending as positive amounts, withdrawals only."""
    return -_ff_amt(d)[_text(d["type"]).eq("Withdrawal")]


def _ff_day(d: pd.DataFrame) -> pd.Series:
    return _ymd(d["date"])


def _ff_by_cat(d: pd.DataFrame) -> pd.Series:
    spent = _ff_spent(d)
    return spent.groupby(_text(d["category"])[spent.index]).sum().drop("", errors="ignore")


_FF_ID = ("date", "description", "type", "group_id", "journal_id")
_FF_AMT = ("amount", "type", "category")
_FIREFLY_QS = [
    Q("how much did i spend in total", _money(lambda d: _ff_spent(d).sum()), (*_FF_AMT, *_FF_ID)),
    Q("what do i spend the most on", _lead(_named(lambda d: _top(_ff_by_cat(d)))), (*_FF_AMT, *_FF_ID)),
    Q(
        "how much of that is groceries",
        either(
            _money(lambda d: _ff_by_cat(d)["Groceries"]),
            _share(lambda d: _ff_by_cat(d)["Groceries"] / _ff_spent(d).sum()),
        ),
        (*_FF_AMT, *_FF_ID),
    ),
    Q(
        "how many purchases don't have a category",
        either(
            _count(lambda d: int(_text(d["category"])[_text(d["type"]).eq("Withdrawal")].eq("").sum())),
            _count(lambda d: int((_text(d["category"]).eq("") & ~_text(d["type"]).eq("Transfer")).sum())),
        ),
        (*_FF_AMT, *_FF_ID),
    ),
    Q(
        "which month did i spend the most",
        _lead(_month_year(lambda d: _peak_month(_ff_day(d)[_ff_spent(d).index], _ff_spent(d)))),
        (*_FF_AMT, *_FF_ID),
    ),
    Q(
        "how much did i move into savings",
        _money(
            lambda d: _ff_amt(d)[_text(d["type"]).eq("Transfer") & _text(d["destination_name"]).eq(_FF_SAVINGS)].sum()
        ),
        ("amount", "type", "destination_name", "destination_type", "source_name", *_FF_ID),
    ),
]


# --- 2. TripIt trips export ----------------------------------------------------------------------------------------

# city: (country, region text, weight, business share, flights typical)
_TI_PLACES: dict[str, tuple[str, str, float, float, int]] = {
    "Chicago": ("United States", "IL", 10, 0.85, 2),
    "New York": ("United States", "NY", 12, 0.7, 2),
    "San Francisco": ("United States", "CA", 8, 0.8, 2),
    "Austin": ("United States", "TX", 5, 0.75, 2),
    "Denver": ("United States", "CO", 4, 0.5, 2),
    "Orlando": ("United States", "FL", 4, 0.1, 2),
    "Toronto": ("Canada", "ON", 5, 0.6, 2),
    "London": ("United Kingdom", "England", 6, 0.6, 2),
    "Paris": ("France", "Ile-de-France", 3, 0.3, 2),
    "Cancun": ("Mexico", "Quintana Roo", 3, 0.0, 2),
    "Tokyo": ("Japan", "Tokyo", 2, 0.5, 3),
    "Lisbon": ("Portugal", "Lisbon", 2, 0.2, 3),
    "Honolulu": ("United States", "HI", 2, 0.05, 3),
}


def _tripit_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19602)
    cities = list(_TI_PLACES)
    weights = [_TI_PLACES[c][2] for c in cities]
    rows = []
    per_year = {2016: 31, 2017: 35, 2018: 39, 2019: 48, 2020: 12, 2021: 21, 2022: 37, 2023: 44, 2024: 41}
    for year, n in per_year.items():
        for _ in range(n):
            city = _one(rng, cities, weights)
            country, region, _, biz, fl = _TI_PLACES[city]
            business = rng.random() < biz
            far = country not in ("United States", "Canada", "Mexico")
            length = int(rng.integers(2, 5)) if business else int(rng.integers(3, 11))
            length += int(rng.integers(2, 5)) if far else 0
            start = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 360)))
            end = start + pd.Timedelta(days=length)
            flights = fl + (int(rng.integers(0, 3)) if far else int(rng.random() < 0.25)) + (length > 8)
            if city == "Chicago" and rng.random() < 0.3:
                flights = 0  # drove
            nights = length if rng.random() < 0.8 else int(rng.integers(0, length))
            purpose = "Business" if business else "Personal"
            if rng.random() < 0.06:
                purpose = ""
            name = f"{city}, {region}" if country in ("United States", "Canada") else f"{city} {start.year}"
            if not business and rng.random() < 0.3:
                name = _one(rng, ["Family trip", "Vacation", "Wedding", "Long weekend"]) + f" - {city}"
            rows.append(
                {
                    "Trip Name": name,
                    "Start Date": start.strftime("%Y-%m-%d"),
                    "End Date": end.strftime("%Y-%m-%d"),
                    "Primary Location": f"{city}, {region}, {country}",
                    "Destination City": city,
                    "Destination Country": country,
                    "Flights": flights,
                    "Hotel Nights": nights,
                    "Purpose": purpose,
                    "Traveler Count": 1 if business else int(_one(rng, [1, 2, 2, 3, 4])),
                }
            )
    return pd.DataFrame(rows).sort_values("Start Date", kind="stable").reset_index(drop=True)


def _ti_days(d: pd.DataFrame) -> pd.Series:
    return (_ymd(d["End Date"]) - _ymd(d["Start Date"])).dt.days


def _ti_year(d: pd.DataFrame) -> str:
    return _top(_ymd(d["Start Date"]).dt.year.value_counts())


_TI_ID = ("Trip Name", "Start Date", "End Date")
_TRIPIT_QS = [
    Q(
        "how many of my trips were for work",
        _count(lambda d: int(_text(d["Purpose"]).eq("Business").sum())),
        ("Purpose", *_TI_ID),
    ),
    Q(
        "which country have i been to the most",
        _lead(_named(lambda d: _top(_text(d["Destination Country"]).value_counts()))),
        ("Destination Country", "Primary Location", *_TI_ID),
    ),
    Q(
        "how long is a typical trip",
        _abouts(
            lambda d: _ti_days(d).mean(),
            lambda d: _ti_days(d).median(),
            lambda d: _ti_days(d).mean() + 1,
            lambda d: _ti_days(d).median() + 1,
        ),
        _TI_ID,
    ),
    Q("what year did i travel the most", _lead(_named(_ti_year)), _TI_ID),
    Q(
        "total hotel nights business vs personal",
        has(
            lambda d: _n(d["Hotel Nights"])[_text(d["Purpose"]).eq("Business")].sum(),
            lambda d: _n(d["Hotel Nights"])[_text(d["Purpose"]).eq("Personal")].sum(),
            rel=0.001,
        ),
        ("Hotel Nights", "Purpose", *_TI_ID),
    ),
    Q(
        "do longer trips mean more flights?",
        _corr(_ti_days, lambda d: _n(d["Flights"])),
        ("Flights", *_TI_ID),
    ),
]


# --- 3. Teamwork.com time logs export ------------------------------------------------------------------------------

# project: (weight, billable share, task lists with tasks)
_TW_PROJECTS: dict[str, tuple[float, float, dict[str, list[str]]]] = {
    "Northwind Website Redesign": (
        30,
        0.9,
        {
            "Design": ["Wireframes", "Homepage mockups", "Style guide"],
            "Development": ["Header & nav", "CMS templates", "Contact form", "QA fixes"],
            "Launch": ["DNS cutover", "Redirect map"],
        },
    ),
    "Acme Mobile App": (
        26,
        0.95,
        {
            "Sprint 4": ["Login screen", "Push notifications", "API integration"],
            "Sprint 5": ["Offline mode", "Crash fixes", "App store assets"],
        },
    ),
    "Globex SEO Retainer": (14, 1.0, {"Monthly": ["Keyword report", "On-page fixes", "Backlink audit"]}),
    "Initech Brand Refresh": (
        12,
        0.85,
        {
            "Discovery": ["Stakeholder interviews", "Competitor review"],
            "Identity": ["Logo concepts", "Brand guidelines"],
        },
    ),
    "Internal": (18, 0.0, {"Admin": ["Team meeting", "Timesheets", "Hiring"], "Training": ["Courses", "Conference"]}),
}
_TW_PEOPLE = {
    "Sarah Connor": 1.2,
    "James Patel": 1.0,
    "Mia Wong": 1.0,
    "Lucas Berg": 0.8,
    "Aisha Bello": 0.7,
    "Tom Reyes": 0.5,
}


def _teamwork_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19603)
    projects = list(_TW_PROJECTS)
    people = list(_TW_PEOPLE)
    rows = []
    for day in pd.bdate_range("2024-01-02", "2024-06-28"):
        for who in people:
            for _ in range(int(rng.poisson(2.2 * _TW_PEOPLE[who]))):
                proj = _one(rng, projects, [_TW_PROJECTS[p][0] for p in projects])
                _, bill_share, lists = _TW_PROJECTS[proj]
                tl = _one(rng, list(lists))
                task = _one(rng, lists[tl])
                mins = int(np.clip(rng.gamma(2.2, 45), 5, 480))
                mins = int(round(mins / 5) * 5) or 15
                billable = rng.random() < bill_share
                invoiced = billable and day < pd.Timestamp("2024-05-01") and rng.random() < 0.92
                start_h = int(rng.integers(8, 17))
                start_m = int(_one(rng, [0, 15, 30, 45]))
                ampm = "am" if start_h < 12 else "pm"
                rows.append(
                    {
                        "Project": proj,
                        "Task list": tl,
                        "Task": task,
                        "Who": who,
                        "Date": day.strftime("%m/%d/%Y"),
                        "Start time": f"{(start_h - 1) % 12 + 1}:{start_m:02d}{ampm}",
                        "Hours": mins // 60,
                        "Minutes": mins % 60,
                        "Description": _one(rng, ["", "", "", "call with client", "review", "fixes", "planning"]),
                        "Is it billable?": "Yes" if billable else "No",
                        "Invoiced": "Yes" if invoiced else "No",
                        "Invoice number": f"INV-{1000 + (day.month - 1) * 7 + int(rng.integers(0, 3))}"
                        if invoiced
                        else "",
                    }
                )
    return pd.DataFrame(rows)


def _tw_hours(d: pd.DataFrame) -> pd.Series:
    return _n(d["Hours"]).fillna(0) + _n(d["Minutes"]).fillna(0) / 60


def _tw_by(d: pd.DataFrame, col: str) -> pd.Series:
    return _tw_hours(d).groupby(_text(d[col])).sum()


_TW_ID = ("Date", "Hours", "Minutes")
_TW_BILL = ("Is it billable?",)
_TEAMWORK_QS = [
    Q("how many hours did we log in total", _about(lambda d: _tw_hours(d).sum(), rel=0.002), _TW_ID),
    Q("who logged the most time", _lead(_named(lambda d: _top(_tw_by(d, "Who")))), ("Who", *_TW_ID)),
    Q(
        "what percent of hours are billable",
        _share(lambda d: _tw_hours(d)[_text(d["Is it billable?"]).eq("Yes")].sum() / _tw_hours(d).sum()),
        (*_TW_BILL, *_TW_ID),
    ),
    Q(
        "how many billable hours havent been invoiced yet",
        _about(
            lambda d: _tw_hours(d)[_text(d["Is it billable?"]).eq("Yes") & _text(d["Invoiced"]).eq("No")].sum(),
            rel=0.003,
        ),
        (*_TW_BILL, "Invoiced", "Invoice number", *_TW_ID),
    ),
    Q(
        "which client project took the most time",
        _lead(_named(lambda d: _top(_tw_by(d, "Project").drop("Internal", errors="ignore")))),
        ("Project", *_TW_ID),
    ),
    Q(
        "and how many hours was that",
        _about(lambda d: _tw_by(d, "Project").drop("Internal", errors="ignore").max(), rel=0.002),
        ("Project", *_TW_ID),
    ),
]


# --- 4. Baremetrics MRR movements export ---------------------------------------------------------------------------

_BM_PLANS = {
    "Starter (Monthly)": 29.0,
    "Growth (Monthly)": 99.0,
    "Growth (Annual)": 82.5,
    "Pro (Monthly)": 249.0,
    "Enterprise (Annual)": 1250.0,
}
_BM_ORDER = list(_BM_PLANS)
_BM_FIRST = ["Olivia", "Liam", "Emma", "Noah", "Ava", "Ethan", "Sophia", "Mason", "Isabella", "Lucas", "Mia", "Leo"]
_BM_LAST = ["Smith", "Garcia", "Kim", "Novak", "Okafor", "Silva", "Chen", "Muller", "Haddad", "Rossi", "Tanaka"]


def _baremetrics_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19604)
    rows = []
    active: dict[str, str] = {}
    churned: dict[str, str] = {}
    names: dict[str, tuple[str, str]] = {}
    k = 0

    def row(day: pd.Timestamp, cid: str, plan: str, move: str, change: float, after: float) -> None:
        nm, email = names[cid]
        rows.append(
            {
                "Date": day.strftime("%Y-%m-%d"),
                "Customer": nm,
                "Customer Email": email,
                "Customer OID": cid,
                "Plan": plan,
                "Movement": move,
                "MRR Change": f"-${abs(change):,.2f}" if change < 0 else f"${change:,.2f}",
                "MRR After": f"${after:,.2f}",
            }
        )

    for day in pd.date_range("2023-01-01", "2024-12-31", freq="D"):
        growth = 1.0 + (day.year - 2023) * 0.35
        for _ in range(int(rng.poisson(1.0 * growth))):
            k += 1
            cid = f"cus_{k:04d}{''.join(rng.choice(list('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'), 10))}"
            first, last = _one(rng, _BM_FIRST), _one(rng, _BM_LAST)
            company = _one(rng, ["", "", "Labs", "Studio", "Co", "HQ"])
            nm = f"{first} {last}" if not company else f"{last} {company}"
            names[cid] = (nm, f"{first.lower()}.{last.lower()}{k}@example.com")
            plan = _one(rng, _BM_ORDER, [40, 28, 10, 16, 3])
            active[cid] = plan
            row(day, cid, plan, "New", _BM_PLANS[plan], _BM_PLANS[plan])
        for cid in list(active):
            plan = active[cid]
            idx = _BM_ORDER.index(plan)
            churn_p = {0: 0.0042, 1: 0.0022, 2: 0.0012, 3: 0.0016, 4: 0.0006}[idx]
            u = rng.random()
            if u < churn_p:
                row(day, cid, plan, "Churn", -_BM_PLANS[plan], 0.0)
                churned[cid] = plan
                del active[cid]
            elif u < churn_p + 0.0016 and idx < 4:
                new = _BM_ORDER[idx + 1] if idx != 1 else "Pro (Monthly)"
                row(day, cid, new, "Expansion", _BM_PLANS[new] - _BM_PLANS[plan], _BM_PLANS[new])
                active[cid] = new
            elif u < churn_p + 0.0022 and idx in (1, 3):
                new = "Starter (Monthly)" if idx == 1 else "Growth (Monthly)"
                row(day, cid, new, "Contraction", _BM_PLANS[new] - _BM_PLANS[plan], _BM_PLANS[new])
                active[cid] = new
        for cid in list(churned):
            if rng.random() < 0.0025:
                plan = churned.pop(cid)
                row(day, cid, plan, "Reactivation", _BM_PLANS[plan], _BM_PLANS[plan])
                active[cid] = plan
    return pd.DataFrame(rows)


def _bm_mrr(d: pd.DataFrame) -> pd.Series:
    return _num(d["MRR Change"])


def _bm_is(d: pd.DataFrame, move: str) -> pd.Series:
    return _text(d["Movement"]).eq(move)


def _bm_net_month(d: pd.DataFrame) -> pd.Timestamp:
    return _peak_month(_ymd(d["Date"]), _bm_mrr(d))


_BM_ID = ("Date", "Movement", "MRR Change")
_BAREMETRICS_QS = [
    Q(
        "how much new mrr did we add in 2024",
        _money(lambda d: _bm_mrr(d)[_bm_is(d, "New") & _ymd(d["Date"]).dt.year.eq(2024)].sum()),
        _BM_ID,
    ),
    Q(
        "how many customers churned",
        either(
            _count(lambda d: int(_bm_is(d, "Churn").sum())),
            _count(lambda d: int(d["Customer OID"][_bm_is(d, "Churn")].nunique())),
        ),
        (*_BM_ID, "Customer", "Customer OID", "Customer Email"),
    ),
    Q("what's the net mrr change over the whole period", _money(lambda d: _bm_mrr(d).sum()), _BM_ID),
    Q(
        "which plan loses the most to churn",
        either(
            _lead(_named(lambda d: _top(-_bm_mrr(d)[_bm_is(d, "Churn")].groupby(_text(d["Plan"])).sum()))),
            _lead(_named(lambda d: _top(_text(d["Plan"])[_bm_is(d, "Churn")].value_counts()))),
        ),
        (*_BM_ID, "Plan"),
    ),
    Q("best month for net new mrr?", _lead(_month_year(_bm_net_month)), _BM_ID),
    Q(
        "average size of an expansion",
        either(
            _money(lambda d: _bm_mrr(d)[_bm_is(d, "Expansion")].mean()),
            _money(lambda d: _bm_mrr(d)[_bm_is(d, "Expansion")].median()),
        ),
        _BM_ID,
    ),
]


# --- 5. FAA Wildlife Strike Database extract -----------------------------------------------------------------------

# airport id: (name, state, weight)
_FAA_AIRPORTS: dict[str, tuple[str, str, float]] = {
    "KDEN": ("DENVER INTL AIRPORT", "CO", 14),
    "KDFW": ("DALLAS/FORT WORTH INTL ARPT", "TX", 10),
    "KORD": ("CHICAGO O'HARE INTL ARPT", "IL", 8),
    "KMEM": ("MEMPHIS INTL", "TN", 7),
    "KJFK": ("JOHN F KENNEDY INTL", "NY", 6),
    "KSMF": ("SACRAMENTO INTL", "CA", 6),
    "KAUS": ("AUSTIN-BERGSTROM INTL", "TX", 5),
    "KMCI": ("KANSAS CITY INTL", "MO", 5),
    "KLGA": ("LA GUARDIA ARPT", "NY", 4),
    "KPHL": ("PHILADELPHIA INTL", "PA", 4),
    "ZZZZ": ("UNKNOWN", "", 6),
}
_FAA_OPS = {
    "SOUTHWEST AIRLINES": 14,
    "AMERICAN AIRLINES": 12,
    "UNITED AIRLINES": 11,
    "DELTA AIR LINES": 10,
    "FEDEX EXPRESS": 6,
    "SKYWEST AIRLINES": 6,
    "BUSINESS": 7,
    "PRIVATELY OWNED": 5,
    "MILITARY": 2,
}
_FAA_OP_IDS = {
    "SOUTHWEST AIRLINES": "SWA",
    "AMERICAN AIRLINES": "AAL",
    "UNITED AIRLINES": "UAL",
    "DELTA AIR LINES": "DAL",
    "FEDEX EXPRESS": "FDX",
    "SKYWEST AIRLINES": "SKW",
    "BUSINESS": "BUS",
    "PRIVATELY OWNED": "PVT",
    "MILITARY": "MIL",
}
_FAA_AC = {
    "SOUTHWEST AIRLINES": ["B-737-700", "B-737-800", "B-737-8 MAX"],
    "AMERICAN AIRLINES": ["A-321", "B-737-800"],
    "UNITED AIRLINES": ["B-737-900", "A-320", "B-777-200"],
    "DELTA AIR LINES": ["A-321", "B-757-200", "A-220-100"],
    "FEDEX EXPRESS": ["B-767-300", "MD-11"],
    "SKYWEST AIRLINES": ["CRJ900", "EMB-175"],
    "BUSINESS": ["CITATION 560", "LEARJET 45"],
    "PRIVATELY OWNED": ["C-172", "PA-28"],
    "MILITARY": ["C-130"],
}
_FAA_SPECIES = {
    "Unknown bird - small": ("UNKBS", 22),
    "Unknown bird - medium": ("UNKBM", 12),
    "Mourning dove": ("N5112", 9),
    "Barn swallow": ("R1104", 8),
    "Horned lark": ("R2004", 7),
    "Killdeer": ("M1107", 5),
    "European starling": ("YI005", 5),
    "American kestrel": ("K5114", 4),
    "Red-tailed hawk": ("K3302", 3),
    "Canada goose": ("J2104", 2),
    "Hoary bat": ("2T1", 2),
}
_FAA_PHASES = {
    "Approach": 36,
    "Landing Roll": 16,
    "Take-off Run": 17,
    "Climb": 15,
    "En Route": 3,
    "Taxi": 1,
    "Parked": 1,
    "": 11,
}
_FAA_MONTH_W = [3, 3, 4, 6, 8, 8, 12, 15, 13, 10, 6, 4]


def _faa_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19605)
    ports = list(_FAA_AIRPORTS)
    ops = list(_FAA_OPS)
    species = list(_FAA_SPECIES)
    phases = list(_FAA_PHASES)
    rows = []
    for i in range(3600):
        year = int(_one(rng, [2020, 2021, 2022, 2023], [17, 23, 29, 31]))
        month = int(_one(rng, list(range(1, 13)), _FAA_MONTH_W))
        day = pd.Timestamp(year, month, 1) + pd.Timedelta(days=int(rng.integers(0, 28)))
        port = _one(rng, ports, [_FAA_AIRPORTS[p][2] for p in ports])
        op = _one(rng, ops, [_FAA_OPS[o] for o in ops])
        sp = _one(rng, species, [_FAA_SPECIES[s][1] for s in species])
        big = sp in ("Canada goose", "Red-tailed hawk")
        dmg = _one(rng, ["N", "M", "M?", "S", "D", ""], [80, 6, 4, 3, 0.3, 7] if not big else [45, 15, 10, 25, 2, 3])
        cost = ""
        if dmg in ("M", "M?", "S", "D") and rng.random() < 0.35:
            cost = str(int(rng.lognormal(10.5 if dmg != "M" else 8.5, 1.1)))
        struck = _one(rng, ["1", "2-10", "11-100", "More than 100"], [85, 13, 1.8, 0.2])
        hour = int(rng.integers(0, 24))
        rows.append(
            {
                "INDEX_NR": 1_400_000 + i * 7 + int(rng.integers(0, 7)),
                "INCIDENT_DATE": f"{day.month}/{day.day}/{day.year} 0:00",
                "INCIDENT_MONTH": day.month,
                "INCIDENT_YEAR": day.year,
                "TIME": f"{hour:02d}:{int(rng.integers(0, 60)):02d}" if rng.random() < 0.55 else "",
                "AIRPORT_ID": port,
                "AIRPORT": _FAA_AIRPORTS[port][0],
                "STATE": _FAA_AIRPORTS[port][1],
                "OPERATOR_ID": _FAA_OP_IDS[op],
                "OPERATOR": op,
                "AIRCRAFT": _one(rng, _FAA_AC[op]),
                "AC_CLASS": "A" if op != "MILITARY" else _one(rng, ["A", "B"]),
                "PHASE_OF_FLIGHT": _one(rng, phases, [_FAA_PHASES[p] for p in phases]),
                "DAMAGE_LEVEL": dmg,
                "SPECIES_ID": _FAA_SPECIES[sp][0],
                "SPECIES": sp,
                "NUM_STRUCK": struck,
                "COST_REPAIRS": cost,
                "NR_INJURIES": 1 if (dmg == "S" and rng.random() < 0.02) else "",
                "NR_FATALITIES": "",
            }
        )
    return pd.DataFrame(rows).sort_values("INDEX_NR").reset_index(drop=True)


def _faa_damaged(d: pd.DataFrame) -> pd.Series:
    return _text(d["DAMAGE_LEVEL"]).isin(["M", "M?", "S", "D"])


_FAA_ID = ("INDEX_NR", "INCIDENT_DATE")
_FAA_QS = [
    Q(
        "how many bird strikes happened at denver",
        _count(lambda d: int(_text(d["AIRPORT_ID"]).eq("KDEN").sum())),
        ("AIRPORT_ID", "AIRPORT", "STATE", *_FAA_ID),
    ),
    Q(
        "what kind of bird gets hit the most",
        either(
            _lead(_named(lambda d: _top(_text(d["SPECIES"]).value_counts()))),
            _lead(
                _named(
                    lambda d: _top(_text(d["SPECIES"])[~_text(d["SPECIES"]).str.startswith("Unknown")].value_counts())
                )
            ),
        ),
        ("SPECIES", "SPECIES_ID", *_FAA_ID),
    ),
    Q(
        "what share of strikes damaged the plane",
        either(
            _share(lambda d: _faa_damaged(d).mean()),
            _share(lambda d: _faa_damaged(d)[_text(d["DAMAGE_LEVEL"]).ne("")].mean()),
        ),
        ("DAMAGE_LEVEL", *_FAA_ID),
    ),
    Q("total repair costs?", _money(lambda d: _n(d["COST_REPAIRS"]).sum()), ("COST_REPAIRS", *_FAA_ID)),
    Q(
        "which part of the flight do most strikes happen in",
        _lead(_named(lambda d: _top(_text(d["PHASE_OF_FLIGHT"]).replace("", np.nan).dropna().value_counts()))),
        ("PHASE_OF_FLIGHT", *_FAA_ID),
    ),
    Q(
        "what time of year is worst for strikes",
        _lead(_month(lambda d: int(_top(_n(d["INCIDENT_MONTH"]).astype(int).value_counts())))),
        ("INCIDENT_MONTH", "INCIDENT_DATE", "INDEX_NR"),
    ),
]


# --- 6. MSHA accident injuries -------------------------------------------------------------------------------------

# state: (weight, coal share)
_MS_STATES = {
    "WV": (16, 0.95),
    "KY": (11, 0.9),
    "PA": (9, 0.6),
    "AL": (6, 0.7),
    "VA": (5, 0.85),
    "IL": (5, 0.7),
    "TX": (7, 0.05),
    "NV": (6, 0.0),
    "AZ": (5, 0.0),
    "CA": (5, 0.0),
    "MN": (4, 0.0),
    "WY": (5, 0.3),
    "OH": (4, 0.3),
    "MO": (3, 0.0),
    "UT": (3, 0.4),
}
_MS_DEGREE = {
    "DAYS AWAY FROM WORK ONLY": 36,
    "NO DYS AWY FRM WRK,NO RSTR ACT": 30,
    "DAYS RESTRICTED ACTIVITY ONLY": 16,
    "DYS AWY FRM WRK & RESTRCTD ACT": 11,
    "PERM TOT OR PERM PRTL DISABLTY": 1.2,
    "FATALITY": 0.5,
    "OCCUPATNAL ILLNESS NOT DEG 1-6": 1.5,
    "ACCIDENT ONLY": 2.5,
    "?": 1,
}
_MS_CLASS = {
    "HANDLING OF MATERIALS": 28,
    "SLIP OR FALL OF PERSON": 22,
    "POWERED HAULAGE": 10,
    "MACHINERY": 11,
    "HAND TOOLS": 10,
    "FALL OF ROOF OR BACK": 5,
    "STEPPING OR KNEELING ON OBJECT": 4,
    "OTHER": 6,
    "ELECTRICAL": 1.5,
    "EXPLOSIVES AND BREAKING AGENTS": 0.5,
}
_MS_OCC_C = [
    "ROOF BOLTER",
    "CONTINUOUS MINER OPERATOR",
    "SHUTTLE CAR OPERATOR",
    "LABORER, BLACKSMITH",
    "MECHANIC/REPAIRMAN/HELPER",
    "SECTION FOREMAN",
    "BELTMAN/BELT SHOVELER",
]
_MS_OCC_M = [
    "TRUCK DRIVER",
    "LABORER, BLACKSMITH",
    "MECHANIC/REPAIRMAN/HELPER",
    "FRONT-END LOADER OPERATOR",
    "MILL OPERATOR",
    "WELDER",
    "DRILLER",
]
_MS_OPS_C = [
    "ALLIANCE COAL LLC",
    "CONSOL PENNSYLVANIA COAL CO LLC",
    "WARRIOR MET COAL MINING LLC",
    "MURRAY AMERICAN ENERGY INC",
]
_MS_OPS_M = [
    "VULCAN CONSTRUCTION MATERIALS LLC",
    "NEVADA GOLD MINES LLC",
    "FREEPORT-MCMORAN BAGDAD INC",
    "MARTIN MARIETTA MATERIALS",
    "CEMEX CONSTRUCTION MATERIALS",
]


def _msha_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19606)
    states = list(_MS_STATES)
    degrees = list(_MS_DEGREE)
    classes = list(_MS_CLASS)
    mines = {}
    rows = []
    year_n = {2019: 900, 2020: 720, 2021: 760, 2022: 820, 2023: 780}
    doc = 220190000000
    for year, n in year_n.items():
        for _ in range(n):
            st = _one(rng, states, [_MS_STATES[s][0] for s in states])
            coal = rng.random() < _MS_STATES[st][1]
            key = (st, coal, int(rng.integers(0, 12)))
            if key not in mines:
                mines[key] = (f"{int(rng.integers(100000, 4800000)):07d}", _one(rng, _MS_OPS_C if coal else _MS_OPS_M))
            mine_id, op = mines[key]
            day = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
            deg = _one(rng, degrees, [_MS_DEGREE[g] for g in degrees])
            cls = _one(rng, classes, [_MS_CLASS[c] for c in classes])
            lost: object = ""
            restr: object = ""
            if deg in ("DAYS AWAY FROM WORK ONLY", "DYS AWY FRM WRK & RESTRCTD ACT"):
                lost = int(np.clip(rng.lognormal(3.0 if cls != "SLIP OR FALL OF PERSON" else 3.4, 1.0), 1, 365))
            if deg in ("DAYS RESTRICTED ACTIVITY ONLY", "DYS AWY FRM WRK & RESTRCTD ACT"):
                restr = int(np.clip(rng.lognormal(2.8, 0.9), 1, 365))
            if deg == "NO DYS AWY FRM WRK,NO RSTR ACT":
                lost, restr = 0, 0
            doc += int(rng.integers(1, 40))
            rows.append(
                {
                    "DOCUMENT_NO": doc,
                    "MINE_ID": mine_id,
                    "OPERATOR_NAME": op,
                    "STATE": st,
                    "COAL_METAL_IND": "C" if coal else "M",
                    "SUBUNIT": _one(rng, ["UNDERGROUND", "SURFACE AT UNDERGROUND", "PREPARATION PLANT"])
                    if coal
                    else _one(rng, ["STRIP, QUARY, OPEN PIT", "MILL OPERATION/PREPARATION PLANT", "UNDERGROUND"]),
                    "ACCIDENT_DT": day.strftime("%d-%b-%y").upper(),
                    "CAL_YR": year,
                    "ACCIDENT_TIME": f"{int(rng.integers(0, 24)):02d}{int(_one(rng, [0, 15, 30, 45])):02d}",
                    "DEGREE_INJURY": deg,
                    "OCCUPATION": _one(rng, _MS_OCC_C if coal else _MS_OCC_M),
                    "CLASSIFICATION": cls,
                    "NO_INJURIES": 1,
                    "DAYS_LOST": lost,
                    "DAYS_RESTRICT": restr,
                }
            )
    return pd.DataFrame(rows)


def _ms_lost(d: pd.DataFrame) -> pd.Series:
    return _n(d["DAYS_LOST"])


def _ms_slip(d: pd.DataFrame) -> pd.Series:
    return _ms_lost(d)[_text(d["CLASSIFICATION"]).eq("SLIP OR FALL OF PERSON")]


_MS_ID = ("DOCUMENT_NO", "ACCIDENT_DT", "CAL_YR")
_MSHA_QS = [
    Q(
        "how many people died",
        _count(lambda d: int(_text(d["DEGREE_INJURY"]).eq("FATALITY").sum())),
        ("DEGREE_INJURY", "NO_INJURIES", *_MS_ID),
    ),
    Q(
        "which state has the most accidents",
        _lead(_named(lambda d: _top(_text(d["STATE"]).value_counts()))),
        ("STATE", *_MS_ID),
    ),
    Q("total days lost from work?", _count(lambda d: int(_ms_lost(d).sum())), ("DAYS_LOST", *_MS_ID)),
    Q(
        "average days lost for slips and falls",
        _abouts(
            lambda d: _ms_slip(d).mean(),
            lambda d: _ms_slip(d)[_ms_slip(d) > 0].mean(),
            lambda d: _ms_slip(d).fillna(0).mean(),
        ),
        ("DAYS_LOST", "CLASSIFICATION", *_MS_ID),
    ),
    Q(
        "coal vs metal mines, how many accidents each",
        has(
            lambda d: int(_text(d["COAL_METAL_IND"]).eq("C").sum()),
            lambda d: int(_text(d["COAL_METAL_IND"]).eq("M").sum()),
            rel=0.001,
        ),
        ("COAL_METAL_IND", *_MS_ID),
    ),
    Q(
        "which year was worst",
        _lead(_named(lambda d: _top(_n(d["CAL_YR"]).astype(int).value_counts()))),
        _MS_ID,
    ),
]


# --- 7. USDA NASS Quick Stats: cattle inventory by state -----------------------------------------------------------

# state: (ANSI, all cattle 2015 in thousands, beef cows, milk cows)
_NASS_STATES: dict[str, tuple[str, float, float, float]] = {
    "TEXAS": ("48", 11800, 4200, 480),
    "NEBRASKA": ("31", 6450, 1780, 60),
    "KANSAS": ("20", 6000, 1400, 135),
    "CALIFORNIA": ("06", 5150, 620, 1780),
    "OKLAHOMA": ("40", 4800, 1900, 40),
    "MISSOURI": ("29", 4050, 1900, 90),
    "IOWA": ("19", 3850, 900, 210),
    "SOUTH DAKOTA": ("46", 3700, 1600, 95),
    "WISCONSIN": ("55", 3500, 250, 1270),
    "COLORADO": ("08", 2650, 700, 140),
    "MONTANA": ("30", 2550, 1450, 14),
    "IDAHO": ("16", 2400, 480, 580),
    "MINNESOTA": ("27", 2400, 340, 460),
    "KENTUCKY": ("21", 2200, 1000, 65),
    "NEW YORK": ("36", 1450, 100, 615),
    "PENNSYLVANIA": ("42", 1600, 190, 530),
    "FLORIDA": ("12", 1700, 910, 120),
    "VERMONT": ("50", 260, 12, 130),
    "NEW HAMPSHIRE": ("33", 32, 4, 13),
    "RHODE ISLAND": ("44", 5, 1.6, 0.9),
    "DELAWARE": ("10", 17, 3, 4.5),
}


def _nass_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19607)
    items = ["CATTLE, INCL CALVES - INVENTORY", "CATTLE, COWS, BEEF - INVENTORY", "CATTLE, COWS, MILK - INVENTORY"]
    rows = []
    for state, (ansi, total, beef, milk) in _NASS_STATES.items():
        levels = {items[0]: total, items[1]: beef, items[2]: milk}
        trend = {items[0]: -0.004, items[1]: -0.012, items[2]: 0.004 if state in ("TEXAS", "IDAHO") else -0.006}
        for year in range(2015, 2025):
            drift = 1.0 + (0.015 if 2016 <= year <= 2019 else -0.02 if year >= 2021 else 0.0)
            if year > 2015:
                for it in items:
                    levels[it] *= (1 + trend[it]) * drift * float(rng.normal(1.0, 0.012))
            periods = [("FIRST OF JAN", it) for it in items]
            if year <= 2023:
                periods.append(("FIRST OF JUL", items[0]))
            for period, item in periods:
                val = levels[item] * (1.08 if period == "FIRST OF JUL" else 1.0)
                thousands = val * 1000
                unit = 1000 if val >= 100 else 100
                v = int(round(thousands / unit) * unit)
                withheld = (
                    state in ("RHODE ISLAND", "DELAWARE", "NEW HAMPSHIRE") and item != items[0] and (rng.random() < 0.7)
                )
                rows.append(
                    {
                        "Program": "SURVEY",
                        "Year": year,
                        "Period": period,
                        "Week Ending": "",
                        "Geo Level": "STATE",
                        "State": state,
                        "State ANSI": ansi,
                        "Ag District": "",
                        "Ag District Code": "",
                        "County": "",
                        "County ANSI": "",
                        "Zip Code": "",
                        "Region": "",
                        "watershed_code": 0,
                        "Watershed": "",
                        "Commodity": "CATTLE",
                        "Data Item": item,
                        "Domain": "TOTAL",
                        "Domain Category": "NOT SPECIFIED",
                        "Value": " (D)" if withheld else f"{v:,}",
                        "CV (%)": "",
                    }
                )
    return pd.DataFrame(rows).sort_values(["Year", "State", "Data Item", "Period"], ascending=[False, True, True, True])


_NASS_ALL = "CATTLE, INCL CALVES - INVENTORY"
_NASS_MILK = "CATTLE, COWS, MILK - INVENTORY"
_NASS_BEEF = "CATTLE, COWS, BEEF - INVENTORY"


def _ns(d: pd.DataFrame, item: str, year: int, period: str = "FIRST OF JAN") -> pd.Series:
    """Values of one item by state, for one year and period (withheld values dropped)."""
    rows = d[_text(d["Data Item"]).eq(item) & _n(d["Year"]).eq(year) & _text(d["Period"]).eq(period)]
    return _num(rows["Value"]).set_axis(_text(rows["State"])).dropna()


def _ns_all(d: pd.DataFrame, year: int) -> float:
    return float(_ns(d, _NASS_ALL, year).sum())


_NS_ID = ("State", "Year", "Period", "Data Item", "Value")
_NASS_QS = [
    Q("which state has the most cattle", _lead(_named(lambda d: _top(_ns(d, _NASS_ALL, 2024)).title())), _NS_ID),
    Q("how many did texas have in 2024", _money(lambda d: _ns(d, _NASS_ALL, 2024)["TEXAS"]), _NS_ID),
    Q(
        "how much has the total herd shrunk since 2015",
        either(
            _money(lambda d: _ns_all(d, 2015) - _ns_all(d, 2024)),
            _share(lambda d: (_ns_all(d, 2015) - _ns_all(d, 2024)) / _ns_all(d, 2015)),
        ),
        _NS_ID,
    ),
    Q("how many values are hidden or withheld", _count(lambda d: int(_text(d["Value"]).eq("(D)").sum())), _NS_ID),
    Q("who has the most dairy cows", _lead(_named(lambda d: _top(_ns(d, _NASS_MILK, 2024)).title())), _NS_ID),
    Q(
        "what share of wisconsin's cows are dairy",
        either(
            _share(
                lambda d: (
                    _ns(d, _NASS_MILK, 2024)["WISCONSIN"]
                    / (_ns(d, _NASS_MILK, 2024)["WISCONSIN"] + _ns(d, _NASS_BEEF, 2024)["WISCONSIN"])
                )
            ),
            _share(lambda d: _ns(d, _NASS_MILK, 2024)["WISCONSIN"] / _ns(d, _NASS_ALL, 2024)["WISCONSIN"]),
        ),
        _NS_ID,
    ),
]


HELDOUT196 = [
    Dataset("firefly_iii_transactions", _firefly_frame, _FIREFLY_QS),
    Dataset("tripit_trips", _tripit_frame, _TRIPIT_QS),
    Dataset("teamwork_time_logs", _teamwork_frame, _TEAMWORK_QS),
    Dataset("baremetrics_mrr_movements", _baremetrics_frame, _BAREMETRICS_QS),
    Dataset("faa_wildlife_strikes_2020_2023", _faa_frame, _FAA_QS),
    Dataset("msha_accident_injuries", _msha_frame, _MSHA_QS),
    Dataset("usda_nass_cattle_inventory", _nass_frame, _NASS_QS),
]
