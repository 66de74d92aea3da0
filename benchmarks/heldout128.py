"""HELDOUT128: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports an analyst is likely to bring along: a Brex
transactions CSV export for a small company (Transaction Date and Posted Date as "2024-01-05", Transaction Type
CARD_EXPENSE / CARD_REFUND / COLLECTION, upper-case merchant Description such as "AWS EMEA" or "UBER *TRIP",
Category (blank on the card repayments), Amount in US dollars, negative on refunds and on the "BREX CARD PAYMENT"
collections, Currency USD, Original Amount and Original Currency (EUR / GBP / CAD on a few travel and meal charges),
User as "First Last" (blank on collections), Department, Card Last Four as a number, Memo mostly blank and Receipt
Attached / Missing / Not required, 2023-2024); a Lever candidates / opportunities export (Opportunity ID as a uuid,
Contact ID repeated when one person applies to several postings, Candidate Name, Candidate Email, Posting Title,
Posting Department, Posting Location, Current Stage, Origin applied / sourced / referred / agency, Sources with some
blanks, Owner, Created At (GMT) and Archived At (GMT) as "2024-01-05 14:23:11", blank while still active, Archive
Reason Hired / Underqualified / Withdrew / Position filled / Unresponsive / Offer declined, Tags as "python; senior",
2023-2024); a Booking.com extranet reservations export for a small hotel (Book number as ten digits, Booked by as
"Last, First", Guest name(s), Check-in and Check-out as "2024-05-03", Booked on as "2024-03-01 10:22:13", Status ok /
cancelled_by_guest / no_show, Rooms, People, Adults, Children, Price as "245.60 EUR" text, Commission % and
Commission amount as "36.84 EUR" (0.00 on cancellations), Payment status, Payment method, Remarks mostly blank,
Booker group, Cancellation date blank unless cancelled, Duration (nights), Travel purpose Leisure / Business or
blank, lower-case two-letter Booker country and Unit type, check-ins through 2024); a Polar Flow training sessions
summary (Name, Sport upper-case as RUNNING / ROAD_BIKING / WALKING / STRENGTH_TRAINING, Date as "05-03-2024" day
first, Start time "07:12:45", Duration "01:02:33", Total distance (km) blank for strength sessions, Average heart
rate (bpm), Max heart rate, Average speed (km/h), Average pace (min/km) as "5:31" text, Calories, Fat percentage of
calories(%), Average cadence (rpm), Running index only on runs, Training load, Ascent (m), Descent (m), Notes mostly
blank and the athlete's Height (cm), Weight (kg), HR max, HR sit and VO2max on every row, 2023-2024); the CDC VAERS
data file (VAERSDATA) with VAERS_ID, RECVDATE, RPT_DATE, VAX_DATE, ONSET_DATE, DATEDIED and TODAYS_DATE as
"01/05/2021" (blank where unknown), two-letter STATE with blanks, AGE_YRS with blanks, CAGE_YR, CAGE_MO, SEX F / M /
U, SYMPTOM_TEXT, DIED, L_THREAT, ER_VISIT, HOSPITAL, X_STAY, DISABLE, BIRTH_DEFECT, OFC_VISIT, ER_ED_VISIT as "Y" or
blank, HOSPDAYS, RECOVD Y / N / U / blank, NUMDAYS with blanks and a few absurd values where the vaccination date
was mistyped, LAB_DATA, V_ADMINBY codes (PVT, PUB, PHM, WRK, MIL, OTH, UNK, SEN), V_FUNDBY, OTHER_MEDS, CUR_ILL,
HISTORY, PRIOR_VAX, SPLTTYPE, FORM_VERS and ALLERGIES; the UK Companies House "BasicCompanyData" file (CompanyName,
the real file's " CompanyNumber" and " RegAddress.AddressLine2" with a leading space, RegAddress.* address fields
with upper-case post towns, a few written "London", CompanyCategory, CompanyStatus Active / Active - Proposal to
Strike off / Liquidation / In Administration, CountryOfOrigin, DissolutionDate blank, IncorporationDate and the
accounts, returns and confirmation-statement dates as "15/03/2019", Accounts.AccountRefDay / Month,
Accounts.AccountCategory upper-case (MICRO ENTITY, TOTAL EXEMPTION FULL, DORMANT, NO ACCOUNTS FILED, ...),
Mortgages.NumMortCharges / Outstanding / PartSatisfied / Satisfied, SICCode.SicText_1 as "62020 - Information
technology consultancy activities" with "None Supplied", SicText_2 mostly blank, URI and PreviousName_1 columns);
and the World Bank DataBank long download of two poverty headcount indicators (Country Name, Country Code, Series
Name, Series Code SI.POV.DDAY and SI.POV.NAHC, Time 1990-2022, Time Code "YR1990", Value as text with ".." where
there is no survey, regional and World aggregates among the countries, and the "Data from database" / "Last
Updated" footer lines at the end). All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _shares, _year
from .heldout38 import _month
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, either
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
    """Numbers written with a unit or currency after them ("245.60 EUR"), blanks as NaN."""
    return pd.to_numeric(s.astype("string").str.replace(r"[^0-9.\-]", "", regex=True), errors="coerce")


def _stamp(start: str, end: str, rng: np.random.Generator, n: int) -> pd.Series:
    lo, hi = pd.Timestamp(start), pd.Timestamp(end)
    secs = np.sort(rng.integers(0, int((hi - lo).total_seconds()), n))
    return pd.Series(lo + pd.to_timedelta(secs, unit="s"))


_FIRST = ["James", "Olivia", "Liam", "Emma", "Noah", "Ava", "Ethan", "Mia", "Lucas", "Sofia", "Mason", "Chloe"]
_FIRST += ["Priya", "Wei", "Carlos", "Fatima", "Daniel", "Grace", "Omar", "Hannah", "Tom", "Aisha", "Marco", "Lena"]
_LAST = ["Smith", "Johnson", "Garcia", "Brown", "Miller", "Davis", "Patel", "Chen", "Nguyen", "Kim", "Lopez"]
_LAST += ["Wilson", "Martin", "Clark", "Lewis", "Walker", "Young", "Hall", "Allen", "Wright", "Scott", "Green"]


# --- 1. Brex transactions export -----------------------------------------------------------------------------------

_BX_USERS = [
    ("Maya Chen", "Engineering"),
    ("Jordan Lee", "Engineering"),
    ("Sam Patel", "Sales"),
    ("Rachel Kim", "Sales"),
    ("Diego Alvarez", "Marketing"),
    ("Emily Brooks", "Operations"),
    ("Noah Fischer", "Executive"),
    ("Aisha Rahman", "Operations"),
]
# category: (weight, merchants, log-mean amount, log-sd)
_BX_CATS: dict[str, tuple[float, list[str], float, float]] = {
    "Software": (24, ["AWS EMEA", "GITHUB.COM", "SLACK T0123", "FIGMA", "NOTION LABS", "DATADOG INC"], 5.6, 1.0),
    "Travel": (18, ["UNITED AIRLINES", "DELTA AIR LINES", "MARRIOTT HOTELS", "UBER *TRIP", "LYFT *RIDE"], 5.0, 1.1),
    "Meals & Entertainment": (26, ["DOORDASH*SWEETGREEN", "STARBUCKS STORE 0921", "BLUE BOTTLE COFFEE"], 3.5, 0.8),
    "Office Supplies": (12, ["AMAZON.COM*2K4L1", "STAPLES 00123", "BEST BUY 0042"], 4.3, 0.9),
    "Advertising & Marketing": (10, ["GOOGLE *ADS1234", "FACEBK *ADS", "LINKEDIN ADS"], 6.4, 0.8),
    "Telephony": (6, ["VERIZON WRLS", "COMCAST BUSINESS"], 4.9, 0.3),
    "Shipping": (4, ["FEDEX 7731", "UPS*1Z99", "USPS PO 0551"], 3.6, 0.7),
}
_BX_FX = {"EUR": 0.92, "GBP": 0.79, "CAD": 1.36}


def _brex_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12801)
    n = 1400
    days = _stamp("2023-01-01", "2024-12-31", rng, n).dt.normalize()
    cards = {u: int(rng.integers(1000, 9999)) for u, _ in _BX_USERS}
    names = list(_BX_CATS)
    weights = [_BX_CATS[c][0] for c in names]
    rows = []
    for k, day in enumerate(days):
        if k % 60 == 59:
            amount = -round(float(rng.uniform(15000, 40000)), 2)
            rows.append((day, "COLLECTION", "BREX CARD PAYMENT", "", amount, "USD", amount, "", "", "", "", ""))
            continue
        cat = str(_one(rng, names, weights))
        _, merchants, mu, sd = _BX_CATS[cat]
        user, dept = _BX_USERS[int(rng.integers(len(_BX_USERS)))]
        usd = round(float(np.exp(rng.normal(mu, sd))) + 1.0, 2)
        currency, original = "USD", usd
        if cat in ("Travel", "Meals & Entertainment") and rng.random() < 0.12:
            currency = str(_one(rng, list(_BX_FX), [5, 3, 2]))
            original = round(usd * _BX_FX[currency], 2)
        kind = "CARD_EXPENSE"
        if cat in ("Software", "Travel", "Office Supplies") and rng.random() < 0.05:
            kind, usd, original = "CARD_REFUND", -usd, -original
        if kind == "CARD_REFUND" or usd < 75:
            receipt = str(_one(rng, ["Not required", "Attached"], [3, 1]))
        else:
            receipt = str(_one(rng, ["Attached", "Missing"], [5, 1]))
        memo = str(_one(rng, ["", "", "", "", "team lunch", "client visit", "annual plan", "conference"]))
        merchant = str(_one(rng, merchants))
        rows.append((day, kind, merchant, cat, usd, "USD", original, currency, user, dept, cards[user], memo, receipt))
    fixed = []
    for r in rows:
        if len(r) == 12:
            day, kind, desc, cat, amount, cur, orig, *_ = r
            fixed.append((day, kind, desc, "", amount, cur, orig, "USD", "", "", "", "", ""))
        else:
            fixed.append(r)
    cols = ["day", "Transaction Type", "Description", "Category", "Amount", "Currency", "Original Amount"]
    cols += ["Original Currency", "User", "Department", "Card Last Four", "Memo", "Receipt"]
    out = pd.DataFrame(fixed, columns=cols)
    posted = out["day"] + pd.to_timedelta(rng.integers(0, 4, len(out)), unit="D")
    out.insert(0, "Transaction Date", out["day"].dt.strftime("%Y-%m-%d"))
    out.insert(1, "Posted Date", posted.dt.strftime("%Y-%m-%d"))
    return out.drop(columns="day")


def _bx_spend(d: pd.DataFrame, refunds: bool) -> pd.Series:
    kinds = ("CARD_EXPENSE", "CARD_REFUND") if refunds else ("CARD_EXPENSE",)
    return d["Transaction Type"].isin(kinds)


def _bx_cat_total(refunds: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        keep = _bx_spend(d, refunds)
        return _top(d.loc[keep].groupby("Category")["Amount"].sum())

    return value


def _bx_month(col: str, refunds: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(d: pd.DataFrame) -> pd.Timestamp:
        keep = _bx_spend(d, refunds)
        months = pd.to_datetime(d[col]).dt.to_period("M")
        by = d.loc[keep, "Amount"].groupby(months[keep]).sum()
        return _ranked(by).index[0]

    return lambda d: pd.Period(value(d), "M").to_timestamp()


def _bx_foreign(d: pd.DataFrame) -> pd.Series:
    return _txt(d["Original Currency"]).ne("USD") & _txt(d["Original Currency"]).ne("")


_BREX_QS = [
    Q(
        "how much did we spend on software in total?",
        either(
            _dollars(lambda d: float(d.loc[d["Category"] == "Software", "Amount"].sum())),
            _dollars(lambda d: float(d.loc[(d["Category"] == "Software") & _bx_spend(d, False), "Amount"].sum())),
        ),
        ("Category", "Amount"),
    ),
    Q(
        "which category do we spend the most on?",
        either(_lead(_named(_bx_cat_total(True))), _lead(_named(_bx_cat_total(False)))),
        ("Category", "Amount"),
    ),
    Q(
        "whats the average meal charge for each person",
        _about(
            lambda d: d.loc[d["Category"] == "Meals & Entertainment"].groupby("User")["Amount"].mean().to_numpy(),
            rel=0.01,
        ),
        ("Category", "User", "Amount"),
    ),
    Q(
        "which month did we spend the most?",
        either(*(_lead(_month_year(_bx_month(c, r))) for c in ("Transaction Date", "Posted Date") for r in (1, 0))),
        ("Transaction Date", "Posted Date", "Amount", "Transaction Type"),
    ),
    Q(
        "how many charges were in a foreign currency?",
        either(
            _count(lambda d: int(_bx_foreign(d).sum())),
            _count(lambda d: int((_bx_foreign(d) & _bx_spend(d, False)).sum())),
        ),
        ("Original Currency", "Currency", "Transaction Type"),
    ),
    Q(
        "how many of those are still missing a receipt?",
        _count(lambda d: int((_bx_foreign(d) & (_txt(d["Receipt"]) == "Missing")).sum())),
        ("Original Currency", "Currency", "Receipt"),
    ),
]


# --- 2. Lever candidates export ------------------------------------------------------------------------------------

# posting: (department, location, weight)
_LV_POSTINGS = {
    "Senior Software Engineer": ("Engineering", "San Francisco, CA", 16),
    "Backend Engineer": ("Engineering", "Remote - US", 14),
    "Product Designer": ("Design", "New York, NY", 8),
    "Account Executive": ("Sales", "New York, NY", 12),
    "Sales Development Representative": ("Sales", "Austin, TX", 20),
    "Customer Success Manager": ("Customer Success", "Austin, TX", 10),
    "Data Analyst": ("Data", "Remote - US", 12),
    "Marketing Manager": ("Marketing", "San Francisco, CA", 8),
}
# origin: (weight, hire chance, sources)
_LV_ORIGINS = {
    "applied": (55, 0.025, ["Company Website", "LinkedIn", "Indeed", ""]),
    "sourced": (25, 0.05, ["LinkedIn", "GitHub", "AngelList"]),
    "referred": (13, 0.14, ["Referral", ""]),
    "agency": (7, 0.09, ["Hire Partners Agency", "TalentBridge"]),
}
_LV_STAGES = ["New applicant", "Recruiter screen", "Phone interview", "On-site interview", "Offer"]
_LV_REASONS = ["Underqualified", "Withdrew", "Position filled", "Unresponsive", "Offer declined", "Culture fit"]


def _uuid(rng: np.random.Generator) -> str:
    h = "".join(rng.choice(list("0123456789abcdef"), 32))
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _lever_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12802)
    n = 1600
    created = _stamp("2023-01-03", "2024-12-20", rng, n)
    owners = ["Hannah Wright", "Marco Rossi", "Priya Shah"]
    people: list[tuple[str, str, str]] = []
    rows = []
    end = pd.Timestamp("2024-12-31")
    for t in created:
        if people and rng.random() < 0.08:
            contact, name, email = people[int(rng.integers(len(people)))]
        else:
            first, last = str(_one(rng, _FIRST)), str(_one(rng, _LAST))
            contact = _uuid(rng)
            name, email = f"{first} {last}", f"{first.lower()}.{last.lower()}{int(rng.integers(1, 999))}@gmail.com"
            people.append((contact, name, email))
        posting = str(_one(rng, list(_LV_POSTINGS), [v[2] for v in _LV_POSTINGS.values()]))
        dept, loc, _ = _LV_POSTINGS[posting]
        origin = str(_one(rng, list(_LV_ORIGINS), [v[0] for v in _LV_ORIGINS.values()]))
        _, hire, sources = _LV_ORIGINS[origin]
        source = str(_one(rng, sources))
        if rng.random() < hire:
            reason, stage = "Hired", "Hired"
            archived = t + pd.Timedelta(days=float(rng.gamma(6.0, 6.0)) + 10)
        elif rng.random() < 0.82:
            reason = str(_one(rng, _LV_REASONS, [30, 12, 10, 14, 3, 4]))
            stage = str(_one(rng, _LV_STAGES, [40, 25, 18, 12, 5]))
            archived = t + pd.Timedelta(days=float(rng.gamma(1.5, 8.0)) + 0.2)
        else:
            reason, stage, archived = "", str(_one(rng, _LV_STAGES, [35, 25, 20, 15, 5])), None
        if archived is not None and archived > end:
            reason, archived = "", None
        tags = str(_one(rng, ["", "", "python; senior", "remote ok", "visa sponsorship", "silver medalist"]))
        rows.append(
            {
                "Opportunity ID": _uuid(rng),
                "Contact ID": contact,
                "Candidate Name": name,
                "Candidate Email": email,
                "Posting Title": posting,
                "Posting Department": dept,
                "Posting Location": loc,
                "Current Stage": stage,
                "Origin": origin,
                "Sources": source,
                "Owner": str(_one(rng, owners)),
                "Created At (GMT)": f"{t:%Y-%m-%d %H:%M:%S}",
                "Archived At (GMT)": "" if archived is None else f"{archived:%Y-%m-%d %H:%M:%S}",
                "Archive Reason": reason,
                "Tags": tags,
            }
        )
    return pd.DataFrame(rows)


def _lv_hired(d: pd.DataFrame) -> pd.Series:
    return _txt(d["Archive Reason"]) == "Hired"


def _lv_active(d: pd.DataFrame) -> pd.Series:
    return _txt(d["Archived At (GMT)"]) == ""


def _lv_rates(archived_only: bool) -> Callable[[pd.DataFrame], list[float]]:
    def value(d: pd.DataFrame) -> list[float]:
        keep = ~_lv_active(d) if archived_only else pd.Series(True, index=d.index)
        by = _lv_hired(d)[keep].groupby(d.loc[keep, "Origin"]).mean()
        return [float(by["referred"]), float(by["applied"])]

    return value


def _lv_days(how: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        h = d[_lv_hired(d)]
        gap = pd.to_datetime(h["Archived At (GMT)"]) - pd.to_datetime(h["Created At (GMT)"])
        return float(getattr(gap.dt.total_seconds() / 86400, how)())

    return value


def _lv_month(only_applied: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(d: pd.DataFrame) -> pd.Timestamp:
        keep = d["Origin"].eq("applied") if only_applied else pd.Series(True, index=d.index)
        months = pd.to_datetime(d.loc[keep, "Created At (GMT)"]).dt.to_period("M")
        return pd.Period(_top(months.value_counts()), "M").to_timestamp()

    return value


_LEVER_QS = [
    Q(
        "how many people did we hire?",
        either(
            _count(lambda d: int(_lv_hired(d).sum())),
            _count(lambda d: int(d.loc[_lv_hired(d), "Contact ID"].nunique())),
        ),
        ("Archive Reason", "Current Stage", "Contact ID", "Opportunity ID"),
    ),
    Q(
        "which job got the most candidates?",
        either(
            _lead(_named(lambda d: _top(d["Posting Title"].value_counts()))),
            _lead(_named(lambda d: _top(d.groupby("Posting Title")["Contact ID"].nunique()))),
        ),
        ("Posting Title", "Contact ID", "Opportunity ID"),
    ),
    Q(
        "are referrals more likely to get hired than people who just applied?",
        either(_shares(_lv_rates(False)), _shares(_lv_rates(True))),
        ("Origin", "Archive Reason", "Current Stage", "Archived At (GMT)"),
    ),
    Q(
        "how many candidates are still active in the pipeline",
        either(
            _count(lambda d: int(_lv_active(d).sum())),
            _count(lambda d: int(d.loc[_lv_active(d), "Contact ID"].nunique())),
        ),
        ("Archived At (GMT)", "Archive Reason", "Contact ID", "Opportunity ID", "Current Stage"),
    ),
    Q(
        "which month did we get the most applications?",
        either(_lead(_month_year(_lv_month(False))), _lead(_month_year(_lv_month(True)))),
        ("Created At (GMT)", "Origin", "Opportunity ID"),
    ),
    Q(
        "on average how many days does it take from the candidate being added to getting hired?",
        either(_about(_lv_days("mean"), rel=0.02), _about(_lv_days("median"), rel=0.02)),
        ("Created At (GMT)", "Archived At (GMT)", "Archive Reason", "Current Stage"),
    ),
]


# --- 3. Booking.com reservations export ----------------------------------------------------------------------------

_BK_COUNTRIES = {"gb": 22, "de": 18, "nl": 12, "fr": 10, "us": 8, "it": 7, "es": 6, "be": 5, "pl": 4, "ch": 3}
_BK_ALIASES = {
    "gb": ("GB", "United Kingdom", "UK", "Britain"),
    "de": ("DE", "Germany"),
    "nl": ("NL", "Netherlands"),
    "fr": ("FR", "France"),
    "us": ("US", "United States", "USA"),
}
_BK_UNITS = {"Double Room": (95.0, 40), "Twin Room": (95.0, 20), "Superior Double Room": (130.0, 18)}
_BK_UNITS |= {"Family Room": (165.0, 12), "Single Room": (70.0, 10)}


def _booking_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12803)
    n = 950
    checkin = _stamp("2024-01-01", "2024-12-30", rng, n).dt.normalize()
    rows = []
    for t in checkin:
        season = 1.0 + 0.35 * np.sin((t.dayofyear - 100) / 365 * 2 * np.pi)
        nights = int(_one(rng, [1, 2, 3, 4, 5, 7], [25, 30, 20, 10, 8, 7]))
        unit = str(_one(rng, list(_BK_UNITS), [v[1] for v in _BK_UNITS.values()]))
        rate = _BK_UNITS[unit][0] * season * float(rng.uniform(0.9, 1.15))
        price = round(rate * nights, 2)
        purpose = str(_one(rng, ["Leisure", "Business", ""], [60, 25, 15]))
        cancel_p = 0.30 if purpose == "Business" else 0.18
        status = "ok"
        u = rng.random()
        if u < cancel_p:
            status = "cancelled_by_guest"
        elif u < cancel_p + 0.03:
            status = "no_show"
        lead = int(rng.gamma(1.6, 22)) + 1
        booked = t - pd.Timedelta(days=lead) + pd.Timedelta(seconds=int(rng.integers(0, 86400)))
        cancelled = ""
        if status == "cancelled_by_guest":
            cancelled = f"{booked + (t - booked) * float(rng.uniform(0.1, 0.95)):%Y-%m-%d}"
        adults = 1 if unit == "Single Room" else int(_one(rng, [1, 2], [2, 8]))
        children = int(_one(rng, [0, 1, 2], [6, 2, 2])) if unit == "Family Room" else 0
        group = "Family" if children else ("Solo traveller" if adults == 1 else "Couple")
        first, last = str(_one(rng, _FIRST)), str(_one(rng, _LAST))
        commission = 0.0 if status == "cancelled_by_guest" else round(price * 0.15, 2)
        rows.append(
            {
                "Book number": int(rng.integers(4_000_000_000, 4_999_999_999)),
                "Booked by": f"{last}, {first}",
                "Guest name(s)": f"{first} {last}",
                "Check-in": f"{t:%Y-%m-%d}",
                "Check-out": f"{t + pd.Timedelta(days=nights):%Y-%m-%d}",
                "Booked on": f"{booked:%Y-%m-%d %H:%M:%S}",
                "Status": status,
                "Rooms": 1,
                "People": adults + children,
                "Adults": adults,
                "Children": children,
                "Price": f"{price:.2f} EUR",
                "Commission %": 15,
                "Commission amount": f"{commission:.2f} EUR",
                "Payment status": str(_one(rng, ["Fully paid", "Paid online", "Unpaid"], [4, 3, 3])),
                "Payment method": str(_one(rng, ["Payments by Booking.com", "Pay at the property"], [6, 4])),
                "Remarks": str(_one(rng, ["", "", "", "", "Late arrival approx. 23:00", "Non-smoking please"])),
                "Booker group": group,
                "Cancellation date": cancelled,
                "Duration (nights)": nights,
                "Travel purpose": purpose,
                "Booker country": str(_one(rng, list(_BK_COUNTRIES), list(_BK_COUNTRIES.values()))),
                "Unit type": unit,
            }
        )
    return pd.DataFrame(rows)


def _bk_cancelled(d: pd.DataFrame) -> pd.Series:
    return _txt(d["Status"]).str.startswith("cancelled")


def _bk_rates(with_no_show: bool) -> Callable[[pd.DataFrame], list[float]]:
    def value(d: pd.DataFrame) -> list[float]:
        flag = _bk_cancelled(d) | (d["Status"].eq("no_show") if with_no_show else False)
        by = flag.groupby(_txt(d["Travel purpose"])).mean()
        return [float(by["Business"]), float(by["Leisure"])]

    return value


def _bk_month(only_ok: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(d: pd.DataFrame) -> pd.Timestamp:
        keep = d["Status"].eq("ok") if only_ok else pd.Series(True, index=d.index)
        months = pd.to_datetime(d.loc[keep, "Check-in"]).dt.to_period("M")
        return pd.Period(_top(months.value_counts()), "M").to_timestamp()

    return value


_BOOKING_QS = [
    Q(
        "how many bookings got cancelled?",
        _count(lambda d: int(_bk_cancelled(d).sum())),
        ("Status",),
    ),
    Q(
        "how much money did we make from guests who actually stayed?",
        either(
            _dollars(lambda d: float(_num(d.loc[d["Status"] == "ok", "Price"]).sum())),
            _dollars(lambda d: float(_num(d.loc[d["Status"] == "ok", "Price"]).sum() * 0.85)),
        ),
        ("Status", "Price", "Commission amount"),
    ),
    Q(
        "average length of stay?",
        either(
            _about(lambda d: float(d["Duration (nights)"].mean())),
            _about(lambda d: float(d.loc[d["Status"] == "ok", "Duration (nights)"].mean())),
        ),
        ("Duration (nights)", "Check-in", "Check-out", "Status"),
    ),
    Q(
        "which country do most of our guests come from",
        _lead(_named(lambda d: _top(_txt(d["Booker country"]).value_counts()), _BK_ALIASES)),
        ("Booker country",),
    ),
    Q(
        "do business travellers cancel more than leisure ones?",
        either(_shares(_bk_rates(False)), _shares(_bk_rates(True))),
        ("Travel purpose", "Status"),
    ),
    Q(
        "what's the busiest month for check-ins",
        either(_lead(_month(_bk_month(False))), _lead(_month(_bk_month(True)))),
        ("Check-in", "Status", "Book number"),
    ),
]


# --- 4. Polar Flow training sessions -------------------------------------------------------------------------------

# sport: (weight, minutes (mean, sd), km/h (mean, sd) or 0 for no distance, heart rate mean, kcal per minute)
_PF_SPORTS = {
    "RUNNING": (40, (48, 14), (10.8, 1.0), 152, 11.5),
    "ROAD_BIKING": (22, (95, 35), (26.5, 2.5), 136, 9.5),
    "WALKING": (20, (55, 18), (5.4, 0.4), 102, 4.6),
    "STRENGTH_TRAINING": (18, (50, 10), (0, 0), 118, 6.5),
}


def _hms(minutes: float) -> str:
    s = round(minutes * 60)
    return f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}"


def _polar_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12804)
    n = 430
    starts = _stamp("2023-01-02", "2024-12-30", rng, n)
    rows = []
    for t in starts:
        t = t.replace(hour=int(_one(rng, [6, 7, 12, 17, 18, 19], [3, 3, 1, 2, 3, 2])))
        sport = str(_one(rng, list(_PF_SPORTS), [v[0] for v in _PF_SPORTS.values()]))
        _, (m_mu, m_sd), (v_mu, v_sd), hr_mu, kcal = _PF_SPORTS[sport]
        month_boost = 1.25 if t.month in (5, 6, 7) else 1.0
        minutes = max(15.0, float(rng.normal(m_mu, m_sd)) * month_boost)
        speed = max(3.0, float(rng.normal(v_mu, v_sd))) if v_mu else np.nan
        km = round(speed * minutes / 60, 2) if v_mu else np.nan
        hr = int(rng.normal(hr_mu, 6))
        cals = int(minutes * kcal * float(rng.normal(1, 0.08)))
        pace = "" if sport != "RUNNING" and sport != "WALKING" else _hms(60 / speed)[3:]
        rows.append(
            {
                "Name": "Mika Virtanen",
                "Sport": sport,
                "Date": f"{t:%d-%m-%Y}",
                "Start time": f"{t:%H:%M:%S}",
                "Duration": _hms(minutes),
                "Total distance (km)": km,
                "Average heart rate (bpm)": hr,
                "Max heart rate": hr + int(rng.integers(12, 30)),
                "Average speed (km/h)": round(speed, 1) if v_mu else np.nan,
                "Average pace (min/km)": pace,
                "Calories": cals,
                "Fat percentage of calories(%)": int(rng.integers(18, 45)),
                "Average cadence (rpm)": int(rng.normal(168, 5)) if sport == "RUNNING" else np.nan,
                "Running index": int(rng.normal(49, 2)) if sport == "RUNNING" else np.nan,
                "Training load": int(minutes * (hr - 60) / 40),
                "Ascent (m)": int(km * rng.uniform(3, 12)) if v_mu else np.nan,
                "Descent (m)": int(km * rng.uniform(3, 12)) if v_mu else np.nan,
                "Notes": str(_one(rng, ["", "", "", "", "", "felt heavy", "intervals 6x800", "easy"])),
                "Height (cm)": 178,
                "Weight (kg)": 74,
                "HR max": 188,
                "HR sit": 52,
                "VO2max": 51,
            }
        )
    return pd.DataFrame(rows)


def _pf_minutes(d: pd.DataFrame) -> pd.Series:
    return pd.to_timedelta(d["Duration"]).dt.total_seconds() / 60


def _pf_runs(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["Sport"] == "RUNNING"]


def _pf_longest(answer: str, d: pd.DataFrame) -> str | None:
    m = float(_pf_minutes(d).max())
    s = round(m * 60)
    clock = f"{s // 3600}:{s // 60 % 60:02d}"
    if (
        _about(lambda _: m, rel=0.01)(answer, d) is None
        or _about(lambda _: m / 60, rel=0.01)(answer, d) is None
        or clock in answer
    ):
        return None
    return f"missing duration {m:.1f} min"


def _pf_month(d: pd.DataFrame) -> pd.Timestamp:
    months = pd.to_datetime(d["Date"], format="%d-%m-%Y").dt.to_period("M")
    return pd.Period(_top(_pf_minutes(d).groupby(months).sum()), "M").to_timestamp()


_POLAR_QS = [
    Q("how many runs did i do", _count(lambda d: int((d["Sport"] == "RUNNING").sum())), ("Sport",)),
    Q(
        "how many km have i ridden on the bike in total?",
        _about(lambda d: float(d.loc[d["Sport"] == "ROAD_BIKING", "Total distance (km)"].sum()), rel=0.005),
        ("Sport", "Total distance (km)"),
    ),
    Q(
        "what's my average heart rate on runs compared to rides",
        _about(lambda d: d.groupby("Sport")["Average heart rate (bpm)"].mean()[["RUNNING", "ROAD_BIKING"]].to_numpy()),
        ("Sport", "Average heart rate (bpm)"),
    ),
    Q("how long was my longest workout?", _pf_longest, ("Duration", "Sport", "Date", "Start time")),
    Q(
        "do longer runs burn more calories?",
        either(
            _corr(lambda d: _pf_runs(d)["Total distance (km)"], lambda d: _pf_runs(d)["Calories"]),
            _corr(lambda d: _pf_minutes(_pf_runs(d)), lambda d: _pf_runs(d)["Calories"]),
        ),
        ("Sport", "Total distance (km)", "Duration", "Calories"),
    ),
    Q(
        "which month did i train the most hours",
        _lead(_month_year(_pf_month)),
        ("Date", "Duration"),
    ),
]


# --- 5. CDC VAERS data ---------------------------------------------------------------------------------------------

_VA_STATES = {"CA": 14, "TX": 9, "FL": 8, "NY": 7, "PA": 5, "IL": 5, "OH": 4, "MI": 4, "WA": 4, "NC": 4}
_VA_STATES |= {"GA": 3, "AZ": 3, "MA": 3, "NJ": 3, "VA": 3, "CO": 2, "MN": 2, "OR": 2, "WI": 2, "PR": 1, "": 6}
_VA_STATE_NAMES = {"CA": ("California",), "TX": ("Texas",), "FL": ("Florida",), "NY": ("New York",)}
_VA_SYMPTOMS = [
    "Pt reported sore arm and fatigue the day after vaccination.",
    "Headache, chills and fever 101F lasting 2 days.",
    "Patient developed hives on arms and chest within 30 minutes; given Benadryl.",
    "Syncope after injection, recovered after 10 min observation.",
    "Swelling and redness at injection site, warm to touch.",
    "Shortness of breath and chest pain; seen in ER, troponin elevated.",
    "Patient passed away at home 6 days after vaccine; cause of death pending autopsy.",
]


def _vaers_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12805)
    n = 3200
    received = _stamp("2021-01-04", "2021-12-30", rng, n).dt.normalize()
    rows = []
    for k, t in enumerate(received):
        age = float(np.clip(rng.normal(48, 18), 0.5, 99))
        sex = str(_one(rng, ["F", "M", "U"], [64, 32, 4]))
        risk = 1 / (1 + np.exp(-(age - 80) / 9))
        died = rng.random() < 0.012 + 0.10 * risk
        hosp = died or rng.random() < 0.05 + 0.25 * risk
        numdays = int(rng.geometric(0.35)) - 1
        vax = t - pd.Timedelta(days=numdays + int(rng.integers(0, 20)))
        onset = vax + pd.Timedelta(days=numdays)
        known_age = rng.random() > 0.09
        if rng.random() < 0.004:
            numdays = int(rng.integers(36000, 44000))
            vax = onset - pd.Timedelta(days=numdays)
        elif rng.random() < 0.07:
            numdays = None
        y = "Y"
        symptom = _VA_SYMPTOMS[6] if died else str(_one(rng, _VA_SYMPTOMS[:6], [30, 25, 12, 10, 15, 8]))
        rows.append(
            {
                "VAERS_ID": 916600 + 3 * k + int(rng.integers(0, 3)),
                "RECVDATE": f"{t:%m/%d/%Y}",
                "STATE": str(_one(rng, list(_VA_STATES), list(_VA_STATES.values()))),
                "AGE_YRS": round(age, 1) if known_age else np.nan,
                "CAGE_YR": int(age) if known_age and rng.random() < 0.6 else np.nan,
                "CAGE_MO": 0.0 if known_age and age < 3 else np.nan,
                "SEX": sex,
                "RPT_DATE": "",
                "SYMPTOM_TEXT": symptom,
                "DIED": y if died else "",
                "DATEDIED": f"{onset + pd.Timedelta(days=int(rng.integers(0, 8))):%m/%d/%Y}" if died else "",
                "L_THREAT": y if (died or rng.random() < 0.02) else "",
                "ER_VISIT": "",
                "HOSPITAL": y if hosp else "",
                "HOSPDAYS": int(rng.integers(1, 12)) if hosp and rng.random() < 0.7 else np.nan,
                "X_STAY": "",
                "DISABLE": y if rng.random() < 0.015 else "",
                "RECOVD": "" if died else str(_one(rng, ["Y", "N", "U", ""], [45, 25, 22, 8])),
                "VAX_DATE": f"{vax:%m/%d/%Y}" if numdays is not None else "",
                "ONSET_DATE": f"{onset:%m/%d/%Y}" if numdays is not None else "",
                "NUMDAYS": numdays if numdays is not None else np.nan,
                "LAB_DATA": str(_one(rng, ["", "", "", "None", "CBC normal", "Troponin 0.9 ng/mL"])),
                "V_ADMINBY": str(_one(rng, ["PVT", "PUB", "PHM", "WRK", "MIL", "OTH", "UNK", "SEN"])),
                "V_FUNDBY": "",
                "OTHER_MEDS": str(_one(rng, ["", "", "None", "lisinopril", "metformin; atorvastatin", "Zyrtec"])),
                "CUR_ILL": str(_one(rng, ["", "", "None", "none reported", "UTI"])),
                "HISTORY": str(_one(rng, ["", "None", "Hypertension", "Type 2 diabetes", "Asthma", "COPD"])),
                "PRIOR_VAX": "",
                "SPLTTYPE": str(_one(rng, ["", "", "", "vsafe", "USPFIZER INC2021012345"])),
                "FORM_VERS": 2,
                "TODAYS_DATE": f"{t:%m/%d/%Y}",
                "BIRTH_DEFECT": "",
                "OFC_VISIT": y if rng.random() < 0.2 else "",
                "ER_ED_VISIT": y if rng.random() < 0.18 else "",
                "ALLERGIES": str(_one(rng, ["", "NKDA", "None", "Penicillin", "sulfa", "Shellfish"])),
            }
        )
    return pd.DataFrame(rows)


def _va_died(d: pd.DataFrame) -> pd.Series:
    return _txt(d["DIED"]) == "Y"


def _va_state(d: pd.DataFrame) -> str:
    s = _txt(d["STATE"])
    return _top(s[s != ""].value_counts())


_VAERS_QS = [
    Q("how many people died?", _count(lambda d: int(_va_died(d).sum())), ("DIED",)),
    Q(
        "and how many of them were women",
        _count(lambda d: int((_va_died(d) & (d["SEX"] == "F")).sum())),
        ("DIED", "SEX"),
    ),
    Q(
        "what share of reports ended up in the hospital?",
        _share(lambda d: float((_txt(d["HOSPITAL"]) == "Y").mean())),
        ("HOSPITAL",),
    ),
    Q(
        "which state sends in the most reports",
        _lead(_named(_va_state, _VA_STATE_NAMES)),
        ("STATE", "VAERS_ID"),
    ),
    Q(
        "typically how many days between the shot and the symptoms starting?",
        either(
            _about(lambda d: float(d["NUMDAYS"].median())),
            _about(lambda d: float(d["NUMDAYS"].mean()), rel=0.02),
            _about(lambda d: float(d.loc[d["NUMDAYS"] < 365, "NUMDAYS"].mean()), rel=0.02),
        ),
        ("NUMDAYS", "VAX_DATE", "ONSET_DATE"),
    ),
    Q("how many reports have no age?", _count(lambda d: int(d["AGE_YRS"].isna().sum())), ("AGE_YRS",)),
]


# --- 6. UK Companies House basic company data ----------------------------------------------------------------------

_CH_TOWNS = {"LONDON": 30, "MANCHESTER": 8, "BIRMINGHAM": 7, "LEEDS": 5, "BRISTOL": 5, "GLASGOW": 4}
_CH_TOWNS |= {"EDINBURGH": 3, "CARDIFF": 3, "NOTTINGHAM": 3, "LIVERPOOL": 4, "SHEFFIELD": 3, "READING": 2}
_CH_SIC = {
    "62020 - Information technology consultancy activities": 12,
    "68209 - Other letting and operating of own or leased real estate": 11,
    "70229 - Management consultancy activities other than financial management": 9,
    "47910 - Retail sale via mail order houses or via Internet": 7,
    "56101 - Licensed restaurants": 5,
    "41100 - Development of building projects": 6,
    "96090 - Other service activities n.e.c.": 5,
    "82990 - Other business support service activities n.e.c.": 5,
    "43999 - Other specialised construction activities n.e.c.": 4,
    "99999 - Dormant Company": 4,
    "None Supplied": 2,
}
_CH_CATS = {
    "Private Limited Company": 88,
    "PRI/LTD BY GUAR/NSC (Private, limited by guarantee, no share capital)": 6,
    "Limited Liability Partnership": 4,
    "Public Limited Company": 2,
}
_CH_ACCOUNTS = {"MICRO ENTITY": 38, "TOTAL EXEMPTION FULL": 22, "DORMANT": 13, "NO ACCOUNTS FILED": 14}
_CH_ACCOUNTS |= {"UNAUDITED ABRIDGED": 6, "SMALL": 4, "FULL": 2, "GROUP": 1}
_CH_STREETS = ["HIGH STREET", "STATION ROAD", "CHURCH LANE", "KINGS ROAD", "MILL LANE", "VICTORIA STREET"]
_CH_WORDS = ["ALPHA", "NORTHERN", "BRIGHT", "OAK", "CROWN", "SILVER", "PHOENIX", "APEX", "BLUE", "GREEN", "KESTREL"]
_CH_KINDS = ["CONSULTING", "PROPERTIES", "HOLDINGS", "TRADING", "SERVICES", "DIGITAL", "BUILDERS", "FOODS"]


def _companies_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12806)
    n = 2600
    rows = []
    for _ in range(n):
        year = int(_one(rng, list(range(1985, 2025)), [1 + max(0, y - 2000) ** 1.4 for y in range(1985, 2025)]))
        inc = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
        cat = str(_one(rng, list(_CH_CATS), list(_CH_CATS.values())))
        suffix = {"Limited Liability Partnership": "LLP", "Public Limited Company": "PLC"}.get(cat, "LTD")
        town = str(_one(rng, list(_CH_TOWNS), list(_CH_TOWNS.values())))
        if town == "LONDON" and rng.random() < 0.06:
            town = "London"
        acc = str(_one(rng, list(_CH_ACCOUNTS), list(_CH_ACCOUNTS.values())))
        if year >= 2024:
            acc = "NO ACCOUNTS FILED"
        sic = str(_one(rng, list(_CH_SIC), list(_CH_SIC.values())))
        charges = int(rng.poisson(2.5 if cat == "Public Limited Company" else 0.35))
        outstanding = int(rng.binomial(charges, 0.55))
        part = int(rng.binomial(charges - outstanding, 0.1))
        status = str(
            _one(rng, ["Active", "Active - Proposal to Strike off", "Liquidation", "In Administration"], [90, 5, 4, 1])
        )
        ref_month = int(_one(rng, [3, 12, inc.month], [3, 3, 6]))
        last_acc = pd.Timestamp(2023, ref_month, 1) + pd.offsets.MonthEnd(0)
        number = f"{int(rng.integers(1_000_000, 15_900_000)):08d}"
        if rng.random() < 0.05:
            number = "SC" + number[2:]
        name = f"{_one(rng, _CH_WORDS)} {_one(rng, _CH_KINDS)} {suffix}"
        if rng.random() < 0.3:
            name = f"{_one(rng, _LAST).upper()} & {_one(rng, _LAST).upper()} {suffix}"
        rows.append(
            {
                "CompanyName": name,
                " CompanyNumber": number,
                "RegAddress.CareOf": "",
                "RegAddress.POBox": "",
                "RegAddress.AddressLine1": f"{int(rng.integers(1, 300))} {_one(rng, _CH_STREETS)}",
                " RegAddress.AddressLine2": str(_one(rng, ["", "", "FIRST FLOOR", "SUITE 4", "UNIT 12"])),
                "RegAddress.PostTown": town,
                "RegAddress.County": str(_one(rng, ["", "", "GREATER LONDON", "WEST MIDLANDS", "LANCASHIRE"])),
                "RegAddress.Country": str(_one(rng, ["ENGLAND", "UNITED KINGDOM", ""], [6, 3, 1])),
                "RegAddress.PostCode": f"{_one(rng, ['EC1V', 'N1', 'M1', 'B2', 'LS1', 'BS1', 'G2'])} "
                f"{int(rng.integers(1, 9))}{_one(rng, ['AB', 'DX', 'HT', 'QS', 'JU'])}",
                "CompanyCategory": cat,
                "CompanyStatus": status,
                "CountryOfOrigin": "United Kingdom",
                "DissolutionDate": "",
                "IncorporationDate": f"{inc:%d/%m/%Y}",
                "Accounts.AccountRefDay": last_acc.day,
                "Accounts.AccountRefMonth": ref_month,
                "Accounts.NextDueDate": f"{last_acc + pd.DateOffset(months=21):%d/%m/%Y}",
                "Accounts.LastMadeUpDate": "" if acc == "NO ACCOUNTS FILED" else f"{last_acc:%d/%m/%Y}",
                "Accounts.AccountCategory": acc,
                "Returns.NextDueDate": "",
                "Returns.LastMadeUpDate": "" if year > 2015 else "31/05/2016",
                "Mortgages.NumMortCharges": charges,
                "Mortgages.NumMortOutstanding": outstanding,
                "Mortgages.NumMortPartSatisfied": part,
                "Mortgages.NumMortSatisfied": charges - outstanding - part,
                "SICCode.SicText_1": sic,
                "SICCode.SicText_2": "" if rng.random() < 0.85 else str(_one(rng, list(_CH_SIC)[:9])),
                "LimitedPartnerships.NumGenPartners": 0,
                "LimitedPartnerships.NumLimPartners": 0,
                "URI": f"http://business.data.gov.uk/id/company/{number}",
                "PreviousName_1.CONDATE": "" if rng.random() < 0.9 else f"{inc + pd.Timedelta(days=400):%d/%m/%Y}",
                "PreviousName_1.CompanyName": "",
                "ConfStmtNextDueDate": f"{inc.day:02d}/{inc.month:02d}/2025",
                "ConfStmtLastMadeUpDate": "" if year >= 2024 else f"{inc.day:02d}/{inc.month:02d}/2024",
            }
        )
        if rows[-1]["PreviousName_1.CONDATE"]:
            rows[-1]["PreviousName_1.CompanyName"] = f"{_one(rng, _CH_WORDS)} {_one(rng, _CH_KINDS)} LTD"
    return pd.DataFrame(rows)


def _ch_london(exact: bool) -> Callable[[pd.DataFrame], int]:
    def value(d: pd.DataFrame) -> int:
        town = _txt(d["RegAddress.PostTown"])
        return int((town == "LONDON").sum() if exact else (town.str.upper() == "LONDON").sum())

    return value


def _ch_outstanding(d: pd.DataFrame) -> pd.Series:
    return d["Mortgages.NumMortOutstanding"] > 0


def _ch_top_sic(d: pd.DataFrame) -> list[str]:
    return _topn(_txt(d["SICCode.SicText_1"]).value_counts(), 3)


def _ch_sic_check(answer: str, d: pd.DataFrame) -> str | None:
    """Each of the three commonest SIC lines, by its code or by its description."""
    for label in _ch_top_sic(d):
        code, _, text = label.partition(" - ")
        names = [code, text] if text else [code]
        if all(_named(lambda _, n=n: n)(answer, d) for n in names):
            return f"missing industry {label!r}"
    return None


_COMPANIES_QS = [
    Q(
        "how many companies are registered in london?",
        either(_count(_ch_london(True)), _count(_ch_london(False))),
        ("RegAddress.PostTown",),
    ),
    Q(
        "what year were the most companies set up?",
        _lead(_year(lambda d: int(_top(pd.to_datetime(d["IncorporationDate"], dayfirst=True).dt.year.value_counts())))),
        ("IncorporationDate",),
    ),
    Q(
        "what percent of them are dormant?",
        either(
            _share(lambda d: float((_txt(d["Accounts.AccountCategory"]) == "DORMANT").mean())),
            _share(lambda d: float(_txt(d["SICCode.SicText_1"]).str.startswith("99999").mean())),
        ),
        ("Accounts.AccountCategory", "SICCode.SicText_1"),
    ),
    Q("top 3 industries", _ch_sic_check, ("SICCode.SicText_1",)),
    Q(
        "how many still have a mortgage outstanding",
        _count(lambda d: int(_ch_outstanding(d).sum())),
        ("Mortgages.NumMortOutstanding",),
    ),
    Q(
        "and how many of those are in liquidation?",
        _count(lambda d: int((_ch_outstanding(d) & (_txt(d["CompanyStatus"]) == "Liquidation")).sum())),
        ("Mortgages.NumMortOutstanding", "CompanyStatus"),
    ),
]


# --- 7. World Bank poverty headcount, long format ------------------------------------------------------------------

_WB_DDAY = ("Poverty headcount ratio at $2.15 a day (2017 PPP) (% of population)", "SI.POV.DDAY")
_WB_NAHC = ("Poverty headcount ratio at national poverty lines (% of population)", "SI.POV.NAHC")
# country: (code, 1990 rate at $2.15, yearly fall in points, national-line level, survey chance)
_WB_COUNTRIES: dict[str, tuple[str, float, float, float, float]] = {
    "Angola": ("AGO", 38, 0.2, 41, 0.2),
    "Bangladesh": ("BGD", 45, 1.2, 24, 0.35),
    "Bolivia": ("BOL", 18, 0.5, 37, 0.7),
    "Brazil": ("BRA", 17, 0.5, 9, 0.85),
    "Burundi": ("BDI", 72, -0.2, 65, 0.2),
    "Central African Republic": ("CAF", 70, 0.1, 68, 0.1),
    "China": ("CHN", 66, 2.4, 8, 0.6),
    "Colombia": ("COL", 12, 0.2, 35, 0.85),
    "Congo, Dem. Rep.": ("COD", 75, 0.3, 64, 0.15),
    "Egypt, Arab Rep.": ("EGY", 4, 0.05, 28, 0.3),
    "Ethiopia": ("ETH", 60, 1.3, 24, 0.25),
    "Ghana": ("GHA", 48, 1.1, 23, 0.3),
    "Guatemala": ("GTM", 28, 0.6, 55, 0.3),
    "Haiti": ("HTI", 42, 0.3, 58, 0.1),
    "Honduras": ("HND", 30, 0.6, 60, 0.75),
    "India": ("IND", 47, 1.2, 22, 0.4),
    "Indonesia": ("IDN", 55, 1.6, 11, 0.8),
    "Kenya": ("KEN", 34, 0.3, 36, 0.25),
    "Madagascar": ("MDG", 75, -0.1, 70, 0.25),
    "Malawi": ("MWI", 68, 0.3, 51, 0.25),
    "Mexico": ("MEX", 9, 0.25, 42, 0.6),
    "Mozambique": ("MOZ", 80, 0.6, 46, 0.2),
    "Niger": ("NER", 72, 0.9, 41, 0.25),
    "Nigeria": ("NGA", 56, 0.6, 40, 0.2),
    "Pakistan": ("PAK", 50, 1.6, 22, 0.35),
    "Peru": ("PER", 14, 0.4, 26, 0.85),
    "Philippines": ("PHL", 24, 0.6, 18, 0.35),
    "Rwanda": ("RWA", 70, 0.6, 38, 0.2),
    "South Africa": ("ZAF", 28, 0.2, 55, 0.2),
    "South Sudan": ("SSD", 60, -0.4, 76, 0.05),
    "Tanzania": ("TZA", 70, 0.8, 26, 0.2),
    "Uganda": ("UGA", 66, 1.1, 20, 0.3),
    "Viet Nam": ("VNM", 50, 1.7, 7, 0.4),
    "Zambia": ("ZMB", 62, 0.1, 54, 0.2),
}
_WB_AGGREGATES = {
    "World": ("WLD", 38.0, 1.05),
    "Sub-Saharan Africa": ("SSF", 55.0, 0.55),
    "South Asia": ("SAS", 48.0, 1.35),
    "East Asia & Pacific": ("EAS", 58.0, 2.1),
    "Latin America & Caribbean": ("LCN", 15.0, 0.3),
}


def _poverty_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12807)
    years = list(range(1990, 2023))
    rows = []

    def row(name: str, code: str, series: tuple[str, str], year: int, value: float | None) -> None:
        text = ".." if value is None else f"{value:.1f}"
        rows.append((name, code, series[0], series[1], year, f"YR{year}", text))

    for name, (code, base, fall, national, chance) in _WB_COUNTRIES.items():
        for series in (_WB_DDAY, _WB_NAHC):
            level = base if series == _WB_DDAY else national
            slope = fall if series == _WB_DDAY else fall * 0.6
            for y in years:
                have = (rng.random() < chance and y >= 1992) or (series == _WB_DDAY and y in (2000, 2019))
                v = max(0.1, level - slope * (y - 1990) + float(rng.normal(0, 1.5)))
                v = min(v, 95.0)
                row(name, code, series, y, v if have else None)
    for name, (code, base, fall) in _WB_AGGREGATES.items():
        for series in (_WB_DDAY, _WB_NAHC):
            for y in years:
                v = max(1.0, base - fall * (y - 1990) + (1.2 if y == 2020 else 0.0))
                row(name, code, series, y, v if series == _WB_DDAY and y <= 2019 else None)
    out = pd.DataFrame(
        rows, columns=["Country Name", "Country Code", "Series Name", "Series Code", "Time", "Time Code", "Value"]
    )
    footer = pd.DataFrame(
        {"Country Name": ["Data from database: World Development Indicators", "Last Updated: 03/28/2024"]}
    )
    return pd.concat([out, footer], ignore_index=True)


def _wb_vals(d: pd.DataFrame, code: str, year: int, countries_only: bool = True) -> pd.Series:
    keep = (d["Series Code"] == code) & (d["Time"] == year)
    if countries_only:
        keep &= ~d["Country Code"].isin([v[0] for v in _WB_AGGREGATES.values()])
    v = pd.to_numeric(d.loc[keep, "Value"], errors="coerce")
    v.index = d.loc[keep, "Country Name"]
    return v.dropna()


def _wb_top2019(d: pd.DataFrame) -> str:
    return _top(_wb_vals(d, "SI.POV.DDAY", 2019))


def _wb_world(d: pd.DataFrame) -> pd.Series:
    keep = (d["Series Code"] == "SI.POV.DDAY") & (d["Country Code"] == "WLD")
    v = pd.to_numeric(d.loc[keep, "Value"], errors="coerce")
    v.index = d.loc[keep, "Time"].astype(int)
    return v.dropna()


_POVERTY_QS = [
    Q(
        "how many countries have a $2.15 a day number for 2019?",
        either(
            _count(lambda d: len(_wb_vals(d, "SI.POV.DDAY", 2019))),
            _count(lambda d: len(_wb_vals(d, "SI.POV.DDAY", 2019, False))),
        ),
        ("Country Name", "Country Code", "Series Name", "Series Code", "Time", "Time Code", "Value"),
    ),
    Q(
        "which country had the highest poverty rate at $2.15 a day in 2019?",
        _lead(_named(_wb_top2019)),
        ("Country Name", "Country Code", "Series Name", "Series Code", "Time", "Time Code", "Value"),
    ),
    Q(
        "and what was its rate back in 2000?",
        _about(lambda d: float(_wb_vals(d, "SI.POV.DDAY", 2000)[_wb_top2019(d)])),
        ("Country Name", "Country Code", "Series Name", "Series Code", "Time", "Time Code", "Value"),
    ),
    Q(
        "what was the first year the world rate at $2.15 dropped under 10%?",
        _year(lambda d: int(_wb_world(d)[_wb_world(d) < 10].index.min())),
        ("Country Name", "Country Code", "Series Name", "Series Code", "Time", "Time Code", "Value"),
    ),
    Q(
        "average poverty rate at national poverty lines across countries in 2015",
        _about(lambda d: float(_wb_vals(d, "SI.POV.NAHC", 2015).mean())),
        ("Country Name", "Country Code", "Series Name", "Series Code", "Time", "Time Code", "Value"),
    ),
    Q(
        "how many of the values are missing?",
        either(
            _count(lambda d: int((_txt(d["Value"]) == "..").sum())),
            _count(lambda d: int(pd.to_numeric(d["Value"], errors="coerce").isna().sum())),
        ),
        ("Value",),
    ),
]


HELDOUT128: list[Dataset] = [
    Dataset("brex_transactions_export", _brex_frame, _BREX_QS),
    Dataset("lever_candidates_export", _lever_frame, _LEVER_QS),
    Dataset("booking_com_reservations_export", _booking_frame, _BOOKING_QS),
    Dataset("polar_flow_training_sessions", _polar_frame, _POLAR_QS),
    Dataset("cdc_vaers_data", _vaers_frame, _VAERS_QS),
    Dataset("uk_companies_house_basic", _companies_frame, _COMPANIES_QS),
    Dataset("world_bank_poverty_headcount_long", _poverty_frame, _POVERTY_QS),
]
