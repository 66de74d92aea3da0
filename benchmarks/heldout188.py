"""HELDOUT188: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a MapMyRun (Under Armour) workout history
export (2019-2023, one row per workout) with "Date Submitted" and "Workout Date" written "Jan. 5, 2020" (May, June
and July without a dot, "Sept."), "Activity Type" (Run, Walk, Bike Ride, Treadmill Run, Hike), "Calories Burned
(kCal)", "Distance (mi)", "Workout Time (seconds)", "Avg Pace (min/mi)", "Max Pace (min/mi)", "Avg Speed (mi/h)",
"Max Speed (mi/h)", "Avg Heart Rate" (blank without a strap), Steps (blank for rides), Notes (mostly blank), Source
("Map My Run iPhone", "Garmin Connect") and Link ("http://www.mapmyfitness.com/workout/..."); a Citi credit card
account activity download (2023) with Status (Cleared / Pending), Date ("01/15/2023"), upper-case Description with
store numbers and cities ("WHOLEFDS HOU 10234 AUSTIN TX"), Debit (purchases, blank otherwise), Credit (payments and
refunds written negative, blank otherwise) and "Member Name" (two card holders, upper case); a Front conversation
analytics export (2024-01 to 2024-06, one row per conversation) with "Conversation ID" ("cnv_1a2b3c"), Subject,
Inbox (Support / Sales / Billing), Channel (email / chat / sms), Status (archived / open / deleted), Assignee (an
email, blank when unassigned), Tags (comma separated, blank when none), "Created at" ("2024-02-03 14:22:11"),
"First response time (s)" and "Resolution time (s)" (blank when never answered or still open), "Messages received"
and "Messages sent"; a Luma event guests export (one event, one row per guest) with api_id ("gst-..."), name,
first_name, last_name, email, phone_number (often blank), created_at and checked_in_at
("2024-05-02T18:21:44.123Z", check-in blank when the guest did not come), approval_status (approved / declined /
pending_approval / waitlist / invited), amount and amount_tax (dollars, 0 for free tickets), currency (usd or
blank), coupon_code (mostly blank), ticket_type_id, ticket_name (General Admission / Student / VIP / Speaker) and
two registration answers ("What company do you work for?", "What's your role?") with messy free text; the CAL FIRE
incidents list (mapdataall.csv, 2013-2023) with incident_name, incident_is_final (Y / N), incident_date_last_update,
incident_date_created ("2020-08-16T10:46:00Z"), incident_administrative_unit, incident_county (a few multi-county
"Riverside, San Bernardino"), incident_location, incident_acres_burned (a few blank), incident_containment (0-100,
blank sometimes), incident_cooperating_agencies, incident_longitude, incident_latitude, incident_type (mostly
blank, "Wildfire"), incident_id (a uuid), incident_url, incident_date_extinguished (blank for some),
incident_dateonly_extinguished, incident_dateonly_created ("2020-08-16"), is_active (Y / N) and calfire_incident
(True / False); USGS groundwater field measurements (gwlevels download for 14 wells in Colorado, 1995-2023) with
agency_cd (USGS), site_no (15 digits), site_tp_cd (GW), lev_dt ("2019-06-12"), lev_tm ("10:30", blank sometimes),
lev_tz_cd (UTC), lev_va (depth to water in feet below land surface, blank when the well was dry or pumping),
sl_lev_va and sl_datum_cd (blank), lev_status_cd (blank, P, R, D), lev_agency_cd, lev_dt_acy_cd (D / m),
lev_acy_cd, lev_src_cd (S / A), lev_meth_cd (S / T / V) and lev_age_cd (A / P); and the FBI Crime Data Explorer
law enforcement employees file (pe_1960_2022.csv style, 2015-2022, one row per agency and year) with data_year,
ori ("TX0570100"), pub_agency_name, pub_agency_unit (blank), state_abbr, division_name, region_name, county_name
(upper case), agency_type_name (City / County / University or College / State Police / Other), population_group_desc,
population (0 for universities and state police), male_officer_ct, male_civilian_ct, male_total_ct,
female_officer_ct, female_civilian_ct, female_total_ct, officer_ct, civilian_ct, total_pe_ct and pe_ct_per_1000
(blank when the population is 0). All are generated with fixed seeds 18801-18807.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _text, _year
from .heldout173 import _money, _top
from .heldout183 import _abouts, _mdy, _peak_month, _ymd
from .offline_eval import Check, Dataset, Q, both, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year

# --- shared helpers ------------------------------------------------------------------------------------------------


def _n(s: pd.Series) -> pd.Series:
    return pd.to_numeric(s, errors="coerce")


def _all_about(values: Callable[[pd.DataFrame], Any], rel: float = 0.01) -> Check:
    """Every value of a list, each to within `rel`."""
    return _about(values, rel=rel)


# --- 1. MapMyRun workout history export ----------------------------------------------------------------------------

_MM_TYPES = {"Run": 40, "Walk": 25, "Bike Ride": 15, "Treadmill Run": 12, "Hike": 8}
_MM_SPEED = {"Run": 6.2, "Walk": 3.2, "Bike Ride": 13.5, "Treadmill Run": 6.0, "Hike": 2.4}


def _mm_date(t: pd.Timestamp) -> str:
    month = {5: "May", 6: "June", 7: "July", 9: "Sept."}.get(t.month, t.strftime("%b") + ".")
    return f"{month} {t.day}, {t.year}"


def _mm_parse(s: pd.Series) -> pd.Series:
    x = _text(s).str.replace(".", "", regex=False).str.replace("Sept", "Sep", regex=False)
    x = x.str.replace("June", "Jun", regex=False).str.replace("July", "Jul", regex=False)
    return pd.to_datetime(x, format="%b %d, %Y", errors="coerce")


def _mapmyrun_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18801)
    types = list(_MM_TYPES)
    w = np.array(list(_MM_TYPES.values()), dtype=float)
    rows = []
    t = pd.Timestamp("2019-01-03")
    while t < pd.Timestamp("2023-12-28"):
        t += pd.Timedelta(days=float(rng.exponential(2.6 if t.year in (2020, 2021) else 3.6)))
        kind = str(rng.choice(types, p=w / w.sum()))
        speed = max(1.5, rng.normal(_MM_SPEED[kind], _MM_SPEED[kind] * 0.12))
        dist = max(0.4, rng.lognormal(np.log({"Bike Ride": 14, "Hike": 5, "Walk": 2.2}.get(kind, 4.0)), 0.4))
        secs = int(dist / speed * 3600)
        hr = rng.random() < 0.55
        day = t.normalize()
        rows.append(
            {
                "Date Submitted": _mm_date(day + pd.Timedelta(days=int(rng.random() < 0.08))),
                "Workout Date": _mm_date(day),
                "Activity Type": kind,
                "Calories Burned (kCal)": int(
                    secs / 60 * {"Bike Ride": 9, "Walk": 4.5, "Hike": 7}.get(kind, 11.5) * rng.uniform(0.85, 1.15)
                ),
                "Distance (mi)": round(dist, 5),
                "Workout Time (seconds)": secs,
                "Avg Pace (min/mi)": round(60 / speed, 5),
                "Max Pace (min/mi)": round(60 / (speed * rng.uniform(1.2, 1.6)), 5),
                "Avg Speed (mi/h)": round(speed, 5),
                "Max Speed (mi/h)": round(speed * rng.uniform(1.2, 1.6), 5),
                "Avg Heart Rate": int(rng.normal(110 + 7 * speed if kind != "Bike Ride" else 135, 8)) if hr else None,
                "Steps": int(dist * rng.normal(1500 if "Run" in kind else 2100, 80)) if kind != "Bike Ride" else None,
                "Notes": str(rng.choice(["felt good", "hot out", "legs tired", "with the dog"]))
                if rng.random() < 0.1
                else None,
                "Source": "Garmin Connect" if hr and rng.random() < 0.6 else "Map My Run iPhone",
                "Link": f"http://www.mapmyfitness.com/workout/{int(rng.integers(10**9, 9 * 10**9))}",
            }
        )
    return pd.DataFrame(rows)


def _mm_runs(d: pd.DataFrame, exact: bool) -> pd.Series:
    kind = _text(d["Activity Type"])
    return kind.eq("Run") if exact else kind.str.contains("Run")


def _mm_year_miles(d: pd.DataFrame) -> pd.Series:
    return _n(d["Distance (mi)"]).groupby(_mm_parse(d["Workout Date"]).dt.year).sum()


_MM_ID = ("Workout Date", "Date Submitted", "Activity Type")
_MAPMYRUN_QS = [
    Q("how many workouts are in here", _count(lambda d: len(d)), _MM_ID),
    Q(
        "how far have i run in total, all my runs together",
        either(
            _about(lambda d: _n(d["Distance (mi)"])[_mm_runs(d, True)].sum(), rel=0.005),
            _about(lambda d: _n(d["Distance (mi)"])[_mm_runs(d, False)].sum(), rel=0.005),
        ),
        ("Distance (mi)", *_MM_ID),
    ),
    Q(
        "avg calories per workout for each kind of activity",
        _all_about(lambda d: _n(d["Calories Burned (kCal)"]).groupby(_text(d["Activity Type"])).mean().to_numpy()),
        ("Calories Burned (kCal)", *_MM_ID),
    ),
    Q(
        "which year did i cover the most miles",
        _lead(_year(lambda d: int(_mm_year_miles(d).idxmax()))),
        ("Distance (mi)", *_MM_ID),
    ),
    Q(
        "how many workouts went over an hour",
        _count(lambda d: int((_n(d["Workout Time (seconds)"]) > 3600).sum())),
        ("Workout Time (seconds)", *_MM_ID),
    ),
    Q(
        "is my heart rate higher when i go faster?",
        _corr(lambda d: _n(d["Avg Speed (mi/h)"]), lambda d: _n(d["Avg Heart Rate"])),
        ("Avg Speed (mi/h)", "Avg Heart Rate", "Avg Pace (min/mi)", *_MM_ID),
    ),
]


# --- 2. Citi credit card account activity --------------------------------------------------------------------------

_CT_SHOPS = {
    "WHOLEFDS HOU 10234 AUSTIN TX": (9, 85, 40),
    "H-E-B #412 AUSTIN TX": (14, 70, 35),
    "AMAZON.COM*2K4LM SEATTLE WA": (12, 45, 35),
    "SHELL OIL 57444 AUSTIN TX": (8, 48, 12),
    "NETFLIX.COM LOS GATOS CA": (1.2, 15.49, 0),
    "STARBUCKS STORE 08812 AUSTIN TX": (10, 7.5, 2.5),
    "TARGET 00012345 AUSTIN TX": (7, 60, 40),
    "UBER   *TRIP HELP.UBER.COM CA": (6, 22, 10),
    "DELTA AIR LINES ATLANTA GA": (0.6, 420, 150),
    "COSTCO WHSE #0681 AUSTIN TX": (4, 180, 70),
    "CHUYS AUSTIN TX": (5, 48, 15),
}
_CT_MEMBERS = ["DANIEL REYES", "MARIA REYES"]


def _citi_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18802)
    shops = list(_CT_SHOPS)
    w = np.array([v[0] for v in _CT_SHOPS.values()], dtype=float)
    rows = []
    for day in pd.date_range("2023-01-01", "2023-12-31", freq="D"):
        for _ in range(int(rng.poisson(2.4 if day.month in (11, 12) else 1.8))):
            shop = str(rng.choice(shops, p=w / w.sum()))
            _, mean, sd = _CT_SHOPS[shop]
            amt = round(max(1.5, float(rng.normal(mean, sd))), 2)
            refund = rng.random() < 0.03
            rows.append(
                {
                    "Status": "Cleared",
                    "Date": day.strftime("%m/%d/%Y"),
                    "Description": shop,
                    "Debit": None if refund else amt,
                    "Credit": -amt if refund else None,
                    "Member Name": _CT_MEMBERS[int(rng.random() < 0.42)],
                }
            )
        if day.day == 20:
            rows.append(
                {
                    "Status": "Cleared",
                    "Date": day.strftime("%m/%d/%Y"),
                    "Description": "ONLINE PAYMENT, THANK YOU",
                    "Debit": None,
                    "Credit": -round(float(rng.uniform(1800, 3200)), 2),
                    "Member Name": _CT_MEMBERS[0],
                }
            )
    frame = pd.DataFrame(rows).iloc[::-1].reset_index(drop=True)
    frame.loc[: int(rng.integers(6, 11)), "Status"] = "Pending"
    return frame


def _ct_month(d: pd.DataFrame) -> pd.Timestamp:
    return _peak_month(_mdy(d["Date"]), _n(d["Debit"]).fillna(0))


_CT_ID = ("Date", "Status", "Description")
_CITI_QS = [
    Q(
        "how much did we spend on the card this year",
        either(
            _money(lambda d: _n(d["Debit"]).sum()),
            _money(
                lambda d: (
                    _n(d["Debit"]).sum()
                    + _n(d["Credit"])[_text(d["Description"]).ne("ONLINE PAYMENT, THANK YOU")].sum()
                )
            ),
        ),
        ("Debit", "Credit", *_CT_ID),
    ),
    Q(
        "and how much did we pay off",
        _money(lambda d: -_n(d["Credit"])[_text(d["Description"]).str.contains("PAYMENT")].sum()),
        ("Credit", *_CT_ID),
    ),
    Q("which month was the most expensive", _lead(_month_year(_ct_month)), ("Debit", *_CT_ID)),
    Q(
        "who spent more, daniel or maria?",
        _named(lambda d: _top(_n(d["Debit"]).groupby(_text(d["Member Name"])).sum()).split()[0]),
        ("Debit", "Member Name", *_CT_ID),
    ),
    Q(
        "whats the biggest single purchase",
        _money(lambda d: _n(d["Debit"]).max()),
        ("Debit", *_CT_ID),
    ),
    Q(
        "how many charges are still pending",
        _count(lambda d: int(_text(d["Status"]).eq("Pending").sum())),
        ("Status", "Date", "Description"),
    ),
]


# --- 3. Front conversation analytics export ------------------------------------------------------------------------

_FR_AGENTS = ["priya@acme.io", "tom@acme.io", "lena@acme.io", "marco@acme.io", "sam@acme.io"]
_FR_TAGS = ["billing", "bug", "feature request", "onboarding", "urgent", "refund"]


def _front_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18803)
    rows = []
    start = pd.Timestamp("2024-01-02")
    for k in range(2400):
        inbox = str(rng.choice(["Support", "Sales", "Billing"], p=[0.6, 0.15, 0.25]))
        created = start + pd.Timedelta(minutes=float(rng.uniform(0, 181 * 24 * 60)))
        tags = [t for t in _FR_TAGS if rng.random() < (0.7 if (t == "billing" and inbox == "Billing") else 0.12)]
        assignee = str(rng.choice(_FR_AGENTS, p=[0.3, 0.25, 0.2, 0.15, 0.1])) if rng.random() > 0.08 else None
        status = str(rng.choice(["archived", "open", "deleted"], p=[0.86, 0.1, 0.04]))
        answered = assignee is not None and rng.random() > 0.05
        first = int(rng.lognormal(np.log(1500 if inbox != "Sales" else 3600), 0.9)) if answered else None
        resolved = (
            int(first + rng.lognormal(np.log(6 * 3600 if "billing" in tags else 3 * 3600), 0.8))
            if (answered and status == "archived")
            else None
        )
        rows.append(
            {
                "Conversation ID": f"cnv_{k * 7919 + 100000:x}",
                "Subject": str(
                    rng.choice(["Re: invoice question", "Login problem", "Pricing", "Can't export", "Hello"])
                ),
                "Inbox": inbox,
                "Channel": str(rng.choice(["email", "chat", "sms"], p=[0.6, 0.35, 0.05])),
                "Status": status,
                "Assignee": assignee,
                "Tags": ", ".join(tags) if tags else None,
                "Created at": created.strftime("%Y-%m-%d %H:%M:%S"),
                "First response time (s)": first,
                "Resolution time (s)": resolved,
                "Messages received": int(rng.integers(1, 6)),
                "Messages sent": int(rng.integers(0, 5)) if answered else 0,
            }
        )
    return pd.DataFrame(rows)


def _fr_billing(d: pd.DataFrame) -> pd.Series:
    return _text(d["Tags"]).str.split(r",\s*").apply(lambda x: "billing" in x)


_FR_ID = ("Conversation ID", "Created at")
_FRONT_QS = [
    Q(
        "how many conversations did each inbox get",
        _all_about(lambda d: _text(d["Inbox"]).value_counts().to_numpy(), rel=0.001),
        ("Inbox", *_FR_ID),
    ),
    Q(
        "whats our typical first response time in minutes",
        _abouts(
            lambda d: _n(d["First response time (s)"]).median() / 60,
            lambda d: _n(d["First response time (s)"]).mean() / 60,
        ),
        ("First response time (s)", *_FR_ID),
    ),
    Q(
        "who on the team handled the most conversations",
        _lead(_named(lambda d: _top(_text(d["Assignee"]).replace("", np.nan).dropna().value_counts()))),
        ("Assignee", *_FR_ID),
    ),
    Q(
        "how many never got assigned to anyone",
        _count(lambda d: int(d["Assignee"].isna().sum())),
        ("Assignee", *_FR_ID),
    ),
    Q(
        "what share of conversations are tagged billing",
        _share(lambda d: float(_fr_billing(d).mean())),
        ("Tags", *_FR_ID),
    ),
    Q(
        "and for those, how long did they take to resolve on average, in hours",
        _abouts(
            lambda d: _n(d["Resolution time (s)"])[_fr_billing(d)].mean() / 3600,
            lambda d: _n(d["Resolution time (s)"])[_fr_billing(d)].median() / 3600,
        ),
        ("Tags", "Resolution time (s)", *_FR_ID),
    ),
]


# --- 4. Luma event guests export -----------------------------------------------------------------------------------

_LU_FIRST = ["Alex", "Sam", "Jordan", "Priya", "Wei", "Maya", "Chris", "Lena", "Omar", "Kate", "Diego", "Nina"]
_LU_LAST = ["Chen", "Patel", "Smith", "Garcia", "Kim", "Nguyen", "Brown", "Lopez", "Shah", "Miller", "Wong"]
_LU_COMPANIES = {"Stripe": 9, "Google": 8, "Notion": 5, "Figma": 4, "Vercel": 6, "Self-employed": 7, "Acme AI": 3}
_LU_TICKETS = {"General Admission": (60, 25.0), "Student": (18, 0.0), "VIP": (12, 120.0), "Speaker": (4, 0.0)}


def _luma_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18804)
    comp = list(_LU_COMPANIES)
    cw = np.array(list(_LU_COMPANIES.values()), dtype=float)
    tickets = list(_LU_TICKETS)
    tw = np.array([v[0] for v in _LU_TICKETS.values()], dtype=float)
    event = pd.Timestamp("2024-06-13 18:00")
    rows = []
    for k in range(860):
        first, last = str(rng.choice(_LU_FIRST)), str(rng.choice(_LU_LAST))
        ticket = str(rng.choice(tickets, p=tw / tw.sum()))
        status = str(
            rng.choice(
                ["approved", "declined", "pending_approval", "waitlist", "invited"], p=[0.72, 0.08, 0.07, 0.1, 0.03]
            )
        )
        created = event - pd.Timedelta(minutes=float(rng.uniform(30, 40 * 24 * 60)))
        came = status == "approved" and rng.random() < (0.85 if ticket in ("VIP", "Speaker") else 0.62)
        price = _LU_TICKETS[ticket][1] if status == "approved" else 0.0
        coupon = rng.random() < 0.06 and price > 0
        price = round(price * (0.5 if coupon else 1.0), 2)
        company = (
            str(rng.choice(comp, p=cw / cw.sum())) if rng.random() < 0.55 else f"Startup {int(rng.integers(1, 200))}"
        )
        if rng.random() < 0.2:
            company = company.lower()
        rows.append(
            {
                "api_id": f"gst-{k * 104729 + 555:x}",
                "name": f"{first} {last}",
                "first_name": first,
                "last_name": last,
                "email": f"{first.lower()}.{last.lower()}{k}@example.com",
                "phone_number": f"+1415555{int(rng.integers(1000, 9999))}" if rng.random() < 0.3 else None,
                "created_at": created.strftime("%Y-%m-%dT%H:%M:%S.") + f"{int(rng.integers(1000)):03d}Z",
                "approval_status": status,
                "checked_in_at": (event + pd.Timedelta(minutes=float(rng.uniform(-20, 90)))).strftime(
                    "%Y-%m-%dT%H:%M:%S.000Z"
                )
                if came
                else None,
                "amount": price,
                "amount_tax": round(price * 0.08625, 2),
                "currency": "usd" if price > 0 else None,
                "coupon_code": "EARLYBIRD" if coupon else None,
                "ticket_type_id": f"evtticktyp-{tickets.index(ticket) + 1}a9",
                "ticket_name": ticket,
                "What company do you work for?": company if rng.random() > 0.05 else None,
                "What's your role?": str(rng.choice(["Engineer", "Founder", "PM", "Designer", "student", "eng"])),
            }
        )
    return pd.DataFrame(rows)


def _lu_in(d: pd.DataFrame) -> pd.Series:
    return _text(d["checked_in_at"]).ne("")


def _lu_companies(d: pd.DataFrame, fold: bool) -> list[str]:
    c = _text(d["What company do you work for?"])
    c = c[c.ne("")]
    if fold:
        c = c.str.lower()
    return [str(x) for x in c.value_counts().index[:3]]


_LU_ID = ("api_id", "name", "email")
_LUMA_QS = [
    Q(
        "how many people registered",
        either(_count(lambda d: len(d)), _count(lambda d: int(_text(d["approval_status"]).eq("approved").sum()))),
        ("approval_status", *_LU_ID),
    ),
    Q("how many actually showed up", _count(lambda d: int(_lu_in(d).sum())), ("checked_in_at", *_LU_ID)),
    Q(
        "what % of approved guests checked in",
        _share(lambda d: float(_lu_in(d)[_text(d["approval_status"]).eq("approved")].mean())),
        ("approval_status", "checked_in_at", *_LU_ID),
    ),
    Q(
        "how much money did tickets bring in",
        either(
            _money(lambda d: _n(d["amount"]).sum()),
            _money(lambda d: _n(d["amount"]).sum() + _n(d["amount_tax"]).sum()),
        ),
        ("amount", "amount_tax", "currency", *_LU_ID),
    ),
    Q(
        "which ticket type was most popular",
        either(
            _lead(_named(lambda d: _top(_text(d["ticket_name"]).value_counts()))),
            _lead(
                _named(
                    lambda d: _top(_text(d["ticket_name"])[_text(d["approval_status"]).eq("approved")].value_counts())
                )
            ),
        ),
        ("ticket_name", "ticket_type_id", "approval_status", *_LU_ID),
    ),
    Q(
        "top 3 companies people work at?",
        either(
            both(*(_named(lambda d, i=i: _lu_companies(d, True)[i]) for i in range(3))),
            both(*(_named(lambda d, i=i: _lu_companies(d, False)[i]) for i in range(3))),
        ),
        ("What company do you work for?", *_LU_ID),
    ),
]


# --- 5. CAL FIRE incidents -----------------------------------------------------------------------------------------

_CF_COUNTIES = {
    "Riverside": (14, "RRU", 33.8, -116.9),
    "San Diego": (11, "MVU", 33.0, -116.8),
    "Los Angeles": (9, "LAC", 34.4, -118.3),
    "Kern": (8, "KRN", 35.3, -118.7),
    "San Bernardino": (8, "BDU", 34.3, -117.2),
    "Fresno": (6, "FKU", 36.9, -119.3),
    "Shasta": (6, "SHU", 40.6, -122.2),
    "Butte": (5, "BTU", 39.7, -121.6),
    "Sonoma": (5, "LNU", 38.5, -122.8),
    "Tehama": (4, "TGU", 40.1, -122.2),
    "Mendocino": (4, "MEU", 39.3, -123.4),
    "Siskiyou": (4, "SKU", 41.6, -122.6),
    "Monterey": (4, "BEU", 36.3, -121.3),
    "Tulare": (4, "TUU", 36.2, -118.8),
    "Napa": (3, "LNU", 38.5, -122.3),
    "Riverside, San Bernardino": (1, "RRU", 34.0, -117.1),
}
_CF_YEARS = {
    2013: 70,
    2014: 90,
    2015: 110,
    2016: 120,
    2017: 190,
    2018: 160,
    2019: 130,
    2020: 170,
    2021: 150,
    2022: 120,
    2023: 110,
}
_CF_BIG = {2017: 1.6, 2018: 1.7, 2020: 2.0, 2021: 1.8}
_CF_WORDS = ["Creek", "Canyon", "Ridge", "Oak", "Pine", "River", "Valley", "Grade", "Lake", "Hill", "Mill", "Bear"]


def _calfire_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18805)
    counties = list(_CF_COUNTIES)
    cw = np.array([v[0] for v in _CF_COUNTIES.values()], dtype=float)
    rows = []
    for year, n in _CF_YEARS.items():
        for _ in range(n):
            county = str(rng.choice(counties, p=cw / cw.sum()))
            _, unit, lat, lon = _CF_COUNTIES[county]
            month = int(rng.choice(range(1, 13), p=np.array([1, 1, 1, 2, 5, 10, 16, 18, 16, 12, 6, 2]) / 90))
            created = pd.Timestamp(
                year, month, int(rng.integers(1, 29)), int(rng.integers(0, 24)), int(rng.integers(60))
            )
            acres = float(np.round(rng.lognormal(np.log(60), 1.9) * _CF_BIG.get(year, 1.0), 0))
            out_days = float(rng.lognormal(np.log(1.5 + acres**0.35), 0.6))
            done = created + pd.Timedelta(days=out_days)
            final = done < pd.Timestamp("2023-12-15")
            name = f"{rng.choice(_CF_WORDS)} {rng.choice(['Fire', 'Fire', 'Fire', 'Complex'])}"
            rows.append(
                {
                    "incident_name": name,
                    "incident_is_final": "Y" if final else "N",
                    "incident_date_last_update": (done + pd.Timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "incident_date_created": created.strftime("%Y-%m-%dT%H:%M:00Z"),
                    "incident_administrative_unit": f"CAL FIRE {county.split(',')[0]} Unit",
                    "incident_county": county,
                    "incident_location": f"{rng.choice(_CF_WORDS)} Rd and Hwy {int(rng.integers(1, 199))}",
                    "incident_acres_burned": acres if rng.random() > 0.03 else None,
                    "incident_containment": 100.0
                    if final
                    else (float(rng.integers(0, 100)) if rng.random() > 0.2 else None),
                    "incident_cooperating_agencies": "CAL FIRE/" + unit + (", USFS" if rng.random() < 0.3 else ""),
                    "incident_longitude": round(lon + float(rng.normal(0, 0.3)), 5),
                    "incident_latitude": round(lat + float(rng.normal(0, 0.3)), 5),
                    "incident_type": "Wildfire" if rng.random() < 0.3 else None,
                    "incident_id": f"{int(rng.integers(16**8)):08x}-{int(rng.integers(16**4)):04x}-"
                    f"4{int(rng.integers(16**3)):03x}-"
                    f"a{int(rng.integers(16**3)):03x}-{int(rng.integers(16**12)):012x}",
                    "incident_url": "https://www.fire.ca.gov/incidents/"
                    + f"{year}/{month}/{name.lower().replace(' ', '-')}",
                    "incident_date_extinguished": done.strftime("%Y-%m-%dT%H:%M:00Z")
                    if final and rng.random() > 0.1
                    else None,
                    "incident_dateonly_extinguished": None,
                    "incident_dateonly_created": created.strftime("%Y-%m-%d"),
                    "is_active": "N" if final else "Y",
                    "calfire_incident": bool(rng.random() < 0.75),
                }
            )
    frame = pd.DataFrame(rows)
    frame["incident_dateonly_extinguished"] = frame["incident_date_extinguished"].str.slice(0, 10)
    return frame


def _cf_acres(d: pd.DataFrame) -> pd.Series:
    return _n(d["incident_acres_burned"])


def _cf_year_acres(d: pd.DataFrame) -> pd.Series:
    return _cf_acres(d).groupby(_ymd(d["incident_dateonly_created"]).dt.year).sum()


def _cf_days(d: pd.DataFrame) -> pd.Series:
    a = pd.to_datetime(d["incident_date_created"], utc=True, errors="coerce")
    b = pd.to_datetime(d["incident_date_extinguished"], utc=True, errors="coerce")
    return ((b - a).dt.total_seconds() / 86400).dropna()


def _cf_days_dateonly(d: pd.DataFrame) -> pd.Series:
    return ((_ymd(d["incident_dateonly_extinguished"]) - _ymd(d["incident_dateonly_created"])).dt.days).dropna()


_CF_ID = ("incident_name", "incident_id", "incident_date_created", "incident_dateonly_created")
_CALFIRE_QS = [
    Q(
        "which county had the most fires",
        _lead(_named(lambda d: _top(_text(d["incident_county"]).value_counts()))),
        ("incident_county", *_CF_ID),
    ),
    Q(
        "what year burned the most acres",
        _lead(_year(lambda d: int(_cf_year_acres(d).idxmax()))),
        ("incident_acres_burned", *_CF_ID),
    ),
    Q(
        "how many acres was that",
        _money(lambda d: _cf_year_acres(d).max()),
        ("incident_acres_burned", *_CF_ID),
    ),
    Q(
        "whats the biggest fire in the list",
        _lead(_named(lambda d: str(d.loc[_cf_acres(d).idxmax(), "incident_name"]))),
        ("incident_acres_burned", *_CF_ID),
    ),
    Q(
        "how many fires were over 10,000 acres",
        either(
            _count(lambda d: int((_cf_acres(d) > 10000).sum())),
            _count(lambda d: int((_cf_acres(d) >= 10000).sum())),
        ),
        ("incident_acres_burned", *_CF_ID),
    ),
    Q(
        "how many days does it usually take to put a fire out",
        either(
            _abouts(lambda d: _cf_days(d).median(), lambda d: _cf_days(d).mean(), rel=0.02),
            _abouts(lambda d: _cf_days_dateonly(d).median(), lambda d: _cf_days_dateonly(d).mean(), rel=0.02),
        ),
        ("incident_date_extinguished", "incident_dateonly_extinguished", *_CF_ID),
    ),
]


# --- 6. USGS groundwater levels (field measurements) ---------------------------------------------------------------


def _usgs_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18806)
    rows = []
    for k in range(14):
        off = int(rng.integers(0, 99))
        site = 394329104570101 + k * 1_000_307_100 + (off if k else 0)
        base = float(rng.uniform(8, 220))
        drop = float(rng.normal(0.6, 0.5))
        t = pd.Timestamp(int(rng.integers(1995, 2005)), int(rng.integers(1, 13)), int(rng.integers(1, 28)))
        while t < pd.Timestamp("2023-12-01"):
            t += pd.Timedelta(days=float(rng.uniform(25, 200)))
            yrs = (t - pd.Timestamp("1995-01-01")).days / 365.25
            depth = base + drop * yrs + 2.5 * np.sin(2 * np.pi * t.month / 12) + float(rng.normal(0, 1.2))
            status = str(rng.choice(["", "P", "R", "D"], p=[0.9, 0.04, 0.04, 0.02]))
            rows.append(
                {
                    "agency_cd": "USGS",
                    "site_no": site,
                    "site_tp_cd": "GW",
                    "lev_dt": t.strftime("%Y-%m-%d"),
                    "lev_tm": f"{int(rng.integers(8, 16)):02d}:{int(rng.integers(0, 60)):02d}"
                    if rng.random() > 0.1
                    else None,
                    "lev_tz_cd": "UTC",
                    "lev_va": None if status in ("P", "D") else round(depth, 2),
                    "sl_lev_va": None,
                    "sl_datum_cd": None,
                    "lev_status_cd": status or None,
                    "lev_agency_cd": "USGS",
                    "lev_dt_acy_cd": "D" if rng.random() > 0.02 else "m",
                    "lev_acy_cd": None,
                    "lev_src_cd": "S" if rng.random() > 0.1 else "A",
                    "lev_meth_cd": str(rng.choice(["S", "T", "V"], p=[0.5, 0.45, 0.05])),
                    "lev_age_cd": "A" if t.year < 2023 else "P",
                }
            )
    return pd.DataFrame(rows).sort_values(["site_no", "lev_dt"]).reset_index(drop=True)


def _us_depth(d: pd.DataFrame) -> pd.Series:
    return _n(d["lev_va"])


_US_Q5_SITE = 394329104570101


def _us_one(d: pd.DataFrame) -> pd.DataFrame:
    return d[_n(d["site_no"]) == _n(d["site_no"]).min()]


_US_ID = ("site_no", "lev_dt")
_USGS_QS = [
    Q("how many wells are in this file", _count(lambda d: int(d["site_no"].nunique())), ("site_no",)),
    Q(
        "which well has the deepest water on average",
        _lead(_named(lambda d: str(_top(_us_depth(d).groupby(d["site_no"].astype(str)).mean())))),
        ("lev_va", *_US_ID),
    ),
    Q(
        "average depth to water in 2023 across all the wells",
        _about(lambda d: _us_depth(d)[_ymd(d["lev_dt"]).dt.year == 2023].mean()),
        ("lev_va", *_US_ID),
    ),
    Q(
        "how many measurements have no water level",
        _count(lambda d: int(_us_depth(d).isna().sum())),
        ("lev_va", "lev_status_cd", *_US_ID),
    ),
    Q(
        f"for well {_US_Q5_SITE}, what was the shallowest reading and when",
        both(
            _about(lambda d: _us_depth(_us_one(d)).min()),
            either(
                *(
                    _named(
                        lambda d, f=f: (
                            _ymd(_us_one(d).loc[_us_depth(_us_one(d)).idxmin(), ["lev_dt"]]).iloc[0].strftime(f)
                        )
                    )
                    for f in ("%Y-%m-%d", "%B %-d, %Y", "%b %-d, %Y", "%-m/%-d/%Y")
                )
            ),
        ),
        ("lev_va", *_US_ID),
    ),
    Q(
        "is the water getting deeper over the years for that well?",
        _corr(lambda d: _ymd(_us_one(d)["lev_dt"]).dt.year.astype(float), lambda d: _us_depth(_us_one(d))),
        ("lev_va", *_US_ID),
    ),
]


# --- 7. FBI Crime Data Explorer: law enforcement employees ---------------------------------------------------------

_FB_STATES = {
    "TX": ("West South Central", "South", ["HARRIS", "DALLAS", "TRAVIS", "BEXAR", "EL PASO"]),
    "CA": ("Pacific", "West", ["LOS ANGELES", "ORANGE", "SAN DIEGO", "FRESNO"]),
    "OH": ("East North Central", "Midwest", ["FRANKLIN", "CUYAHOGA", "HAMILTON"]),
    "GA": ("South Atlantic", "South", ["FULTON", "COBB", "CHATHAM"]),
    "PA": ("Middle Atlantic", "Northeast", ["ALLEGHENY", "PHILADELPHIA", "DAUPHIN"]),
    "CO": ("Mountain", "West", ["DENVER", "EL PASO", "BOULDER"]),
}
_FB_TOWNS = [
    "Springdale",
    "Riverton",
    "Fairview",
    "Lakewood",
    "Oak Hill",
    "Franklin",
    "Madison",
    "Georgetown",
    "Clinton",
    "Salem",
    "Greenville",
    "Bristol",
    "Milton",
    "Ashland",
    "Dover",
    "Newport",
]


def _fbi_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18807)
    agencies = []
    for st, (_div, _reg, counties) in _FB_STATES.items():
        for j in range(int(rng.integers(18, 30))):
            kind = str(
                rng.choice(
                    ["City", "County", "University or College", "State Police", "Other"],
                    p=[0.62, 0.22, 0.1, 0.02, 0.04],
                )
            )
            county = str(rng.choice(counties))
            if kind == "City":
                name, pop = (
                    f"{_FB_TOWNS[j % len(_FB_TOWNS)]}{' ' + st if j >= len(_FB_TOWNS) else ''}",
                    rng.lognormal(10.3, 1.2),
                )
            elif kind == "County":
                name, pop = f"{county.title()} County Sheriff's Office {j}", rng.lognormal(11.5, 0.9)
            elif kind == "University or College":
                name, pop = f"State University Campus {st}-{j}", 0.0
            elif kind == "State Police":
                name, pop = f"{st} State Patrol Troop {j}", 0.0
            else:
                name, pop = f"{county.title()} Transit Police {j}", 0.0
            agencies.append((st, county, kind, name, float(pop), f"{st}0{int(rng.integers(10, 99))}{j:02d}00"))
    rows = []
    for st, county, kind, name, pop, ori in agencies:
        size = pop / 1000 * rng.uniform(1.6, 2.8) if pop else rng.uniform(15, 260)
        fem = rng.uniform(0.06, 0.18)
        for year in range(2015, 2023):
            if rng.random() < 0.06:
                continue
            p = int(pop * (1 + 0.008 * (year - 2015)))
            officers = max(1, int(size * (1 - 0.01 * max(0, year - 2019)) * rng.uniform(0.96, 1.04)))
            civ = int(officers * rng.uniform(0.2, 0.45) * (1 + 0.015 * (year - 2015)))
            fo = round(officers * (fem + 0.003 * (year - 2015)))
            fc = round(civ * rng.uniform(0.55, 0.75))
            total = officers + civ
            rows.append(
                {
                    "data_year": year,
                    "ori": ori,
                    "pub_agency_name": name,
                    "pub_agency_unit": None,
                    "state_abbr": st,
                    "division_name": _FB_STATES[st][0],
                    "region_name": _FB_STATES[st][1],
                    "county_name": county,
                    "agency_type_name": kind,
                    "population_group_desc": "Cities from 50,000 thru 99,999"
                    if 50000 <= p < 100000 and kind == "City"
                    else (
                        "Non-city"
                        if kind != "City"
                        else "Cities under 50,000"
                        if p < 50000
                        else "Cities 100,000 or over"
                    ),
                    "population": p,
                    "male_officer_ct": officers - fo,
                    "male_civilian_ct": civ - fc,
                    "male_total_ct": officers - fo + civ - fc,
                    "female_officer_ct": fo,
                    "female_civilian_ct": fc,
                    "female_total_ct": fo + fc,
                    "officer_ct": officers,
                    "civilian_ct": civ,
                    "total_pe_ct": total,
                    "pe_ct_per_1000": round(total / p * 1000, 2) if p else None,
                }
            )
    return pd.DataFrame(rows)


def _fb_year(d: pd.DataFrame, year: int) -> pd.DataFrame:
    return d[_n(d["data_year"]) == year]


_FB_ID = ("data_year", "ori", "pub_agency_name")
_FBI_QS = [
    Q(
        "how many police officers were there in total in 2022",
        _count(lambda d: int(_n(_fb_year(d, 2022)["officer_ct"]).sum())),
        ("officer_ct", *_FB_ID),
    ),
    Q(
        "what share of them were women",
        _share(
            lambda d: float(
                _n(_fb_year(d, 2022)["female_officer_ct"]).sum() / _n(_fb_year(d, 2022)["officer_ct"]).sum()
            )
        ),
        ("officer_ct", "female_officer_ct", "male_officer_ct", *_FB_ID),
    ),
    Q(
        "which state had the most officers that year",
        _lead(
            _named(
                lambda d: _top(
                    _n(_fb_year(d, 2022)["officer_ct"]).groupby(_text(_fb_year(d, 2022)["state_abbr"])).sum()
                )
            )
        ),
        ("officer_ct", "state_abbr", *_FB_ID),
    ),
    Q(
        "average staff per 1000 residents by type of agency",
        _all_about(
            lambda d: [
                x
                for x in _n(d["pe_ct_per_1000"]).groupby(_text(d["agency_type_name"])).mean().to_numpy()
                if np.isfinite(x)
            ]
        ),
        ("pe_ct_per_1000", "agency_type_name", "total_pe_ct", "population", *_FB_ID),
    ),
    Q(
        "how did the number of civilian employees change between 2015 and 2022?",
        either(
            both(
                _count(lambda d: int(_n(_fb_year(d, 2015)["civilian_ct"]).sum())),
                _count(lambda d: int(_n(_fb_year(d, 2022)["civilian_ct"]).sum())),
            ),
            _about(
                lambda d: (
                    100 * (_n(_fb_year(d, 2022)["civilian_ct"]).sum() / _n(_fb_year(d, 2015)["civilian_ct"]).sum() - 1)
                )
            ),
        ),
        ("civilian_ct", *_FB_ID),
    ),
    Q(
        "is a bigger population linked to more officers?",
        _corr(lambda d: _n(d["population"]), lambda d: _n(d["officer_ct"])),
        ("population", "officer_ct", *_FB_ID),
    ),
]


HELDOUT188: list[Dataset] = [
    Dataset("mapmyrun_workout_history_export", _mapmyrun_frame, _MAPMYRUN_QS),
    Dataset("citi_credit_card_account_activity", _citi_frame, _CITI_QS),
    Dataset("front_conversation_analytics_export", _front_frame, _FRONT_QS),
    Dataset("luma_event_guests_export", _luma_frame, _LUMA_QS),
    Dataset("calfire_incidents_list", _calfire_frame, _CALFIRE_QS),
    Dataset("usgs_groundwater_levels_field_measurements", _usgs_frame, _USGS_QS),
    Dataset("fbi_cde_law_enforcement_employees", _fbi_frame, _FBI_QS),
]
