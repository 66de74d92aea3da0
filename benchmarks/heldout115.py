"""HELDOUT115: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public tables an analyst is likely to bring along: an Expensify
expense report CSV export (the default CSV template: Timestamp as "2023-04-17 00:00:00", Merchant, Amount in US
dollars with a few negative refunds, MCC as a four-digit merchant category code, Category such as "Meals" /
"Airfare" / "Lodging" and sometimes blank, Tag "Client: Acme Corp" / "Internal" or blank, Comment free text mostly
blank, Reimbursable "Yes" / "No" (company-card charges are not), "Original Currency" USD / EUR / GBP / CAD with
"Original Amount" in that currency, and Receipt as an expensify.com image link, blank when no receipt was attached,
January 2023 to June 2024); a PagerDuty incidents CSV export (analytics layout: id as a 14-character code,
incident_number, description, service_name in lower-case kebab case such as "payments-service",
escalation_policy_name, team_name, urgency high / low, priority "P1"-"P4" or blank, status mostly resolved with a few
triggered / acknowledged, created_on and resolved_on as ISO stamps with a "-07:00" / "-08:00" offset (resolved_on
blank when open), seconds_to_first_ack blank when nobody acknowledged, seconds_to_resolve blank when open,
auto_resolved True / False, assigned_to_user_names and acknowledged_by_user_names (blank when never acknowledged),
escalation_count, July 2023 to June 2024 with an incident storm in one month); a Zwift ride activities export (one row
per ride: Date as "2023-01-14 18:32", "Activity Name" as "Zwift - Volcano Flat in Watopia" or "Zwift - Group Ride:
..." / "Zwift - Race: ...", World, Route, Sport "VirtualRide", "Distance (km)", "Elevation Gain (m)", "Moving Time"
and "Elapsed Time" as "1:02:33", "Avg Speed (km/h)", "Avg Power (W)", "Normalized Power (W)", "Max Power (W)", "Avg
Heart Rate (bpm)" and "Max Heart Rate (bpm)" blank when no strap was worn, "Avg Cadence (rpm)", Calories, TSS and the
FTP at the time, January 2022 to March 2024); an Upwork freelancer transaction history CSV (Date as "Mar 15, 2023",
"Ref ID", Type Hourly / "Fixed Price" / Bonus / "Service Fee" / Withdrawal / "Withdrawal Fee" / "Membership Fee",
Description such as "Invoice for 03/06/2023-03/12/2023" or "Service Fee for Ref ID 512345678", Agency and PO blank,
Freelancer, Team as the client company, "Account Name" the client's contact, Amount with fees and withdrawals
negative, "Amount in local currency" as "$1,200.00" / "($120.00)", Currency USD and a running Balance, newest rows
first, 2022-2023); NIH RePORTER funded projects (one row per project per fiscal year: "Application ID", "Project
Number" as "5R01CA123456-04", "Project Title", "Administering IC" two-letter codes such as CA / AI / HL, Activity
R01 / R21 / U01 / K08 / F31 / P30 / R35 / T32 / R03 / R44, Type 1 / 2 / 5, "Contact PI / Project Leader" as "SMITH,
JOHN A", upper-case "Organization Name", "Organization City", "Organization State", "Organization Country", "Fiscal
Year" 2019-2023, "Project Start Date" / "Project End Date" / "Budget Start Date" / "Budget End Date" as
"09/01/2020", "Total Cost" blank for sub-projects whose cost is in "Total Cost (Sub Projects)", "Direct Cost IC",
"Indirect Cost IC" and "Funding IC(s)" as "NCI:550000"); USDA SNAP participation and benefits by state and month
(State as the full name with District of Columbia, Guam and Virgin Islands, "Fiscal Year" 2022 / 2023, Month as "Oct
2021", Households, Persons, Benefits as a dollar string "$123,456,789", "Avg Benefit per Household" and "Avg Benefit
per Person", and a "U.S. Total" row for every month; benefits drop after the emergency allotments end in February
2023); and CDC VSRR provisional drug overdose death counts (State as a two-letter code with "US" for the nation and
"YC" for New York City, Year, Month as "January", Period "12 month-ending", Indicator "Number of Drug Overdose Deaths"
/ "Synthetic opioids, excl. methadone (T40.4)" / "Psychostimulants with abuse potential (T43.6)" / "Percent with drugs
specified", "Data Value" as text with thousands commas, blank for drug-specific counts where too few deaths name a
drug, "Percent Complete", "Percent Pending Investigation", "State Name", Footnote, "Footnote Symbol" and "Predicted
Value" (reported counts adjusted for delays), 12-month periods ending January 2022 to September 2023). All are
generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _lead, _named, _pct, _share, _text, _year
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
    """An amount in full or as thousands / millions / billions ("$12.4k", "1.2 million")."""
    return _scaled(value, (1e3, 1e6, 1e9))


def _either_sign(value: Callable[[pd.DataFrame], float]) -> Check:
    """An amount written as itself or with its sign flipped (fees shown negative)."""
    return either(_money(value), _money(lambda d: -float(value(d))))


def _num(s: pd.Series) -> pd.Series:
    """Numbers from text such as "$1,234.50" or "1,234" (blanks stay missing)."""
    return pd.to_numeric(_text(s).str.replace(r"[$,]", "", regex=True).replace("", None), errors="coerce")


def _duration(seconds: Callable[[pd.DataFrame], float]) -> Check:
    """A duration in seconds, minutes or hours."""
    return _scaled(seconds, (60.0, 3600.0), rel=0.01)


# --- 1. Expensify expense report export ----------------------------------------------------------------------------

_EX_CATS = (
    "Meals:22;Travel:8;Airfare:6;Lodging:9;Car Rental:4;Fuel:6;Parking:7;Office Supplies:10;Software:8;Phone:4;"
    "Entertainment:5;Other:3"
)
# category: (log mean, log sd, MCC, merchants)
_EX_KIND: dict[str, tuple[float, float, int, str]] = {
    "Meals": (3.4, 0.6, 5812, "Starbucks;Chipotle;Sweetgreen;Panera Bread;Shake Shack;The Smith;Pret A Manger"),
    "Travel": (3.3, 0.7, 4121, "Uber;Lyft;Yellow Cab;Amtrak;MTA"),
    "Airfare": (6.0, 0.4, 4511, "Delta Air Lines;United Airlines;American Airlines;Southwest Airlines;JetBlue"),
    "Lodging": (5.6, 0.5, 7011, "Marriott;Hilton;Hyatt;Airbnb;Holiday Inn"),
    "Car Rental": (5.2, 0.5, 7512, "Hertz;Enterprise;Avis;National"),
    "Fuel": (3.9, 0.3, 5542, "Shell;Chevron;BP;ExxonMobil"),
    "Parking": (3.0, 0.5, 7523, "SpotHero;ParkWhiz;LAZ Parking;ParkMobile"),
    "Office Supplies": (3.8, 0.7, 5943, "Staples;Amazon;Office Depot;Best Buy"),
    "Software": (3.7, 0.8, 5734, "Adobe;Zoom;Slack;Dropbox;Notion;GitHub"),
    "Phone": (4.4, 0.2, 4814, "Verizon Wireless;AT&T;T-Mobile"),
    "Entertainment": (4.8, 0.6, 7832, "AMC Theatres;Topgolf;Ticketmaster;Eventbrite"),
    "Other": (3.6, 0.9, 5999, "CVS;Walgreens;FedEx Office;USPS"),
}
_EX_FX = {"USD": 1.0, "EUR": 1.08, "GBP": 1.26, "CAD": 0.74}


def _expensify_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11501)
    start = pd.Timestamp("2023-01-01")
    rows = []
    for _ in range(860):
        cat = _draw(rng, _EX_CATS)
        mu, sd, mcc, merchants = _EX_KIND[cat]
        day = start + pd.Timedelta(days=int(rng.integers(0, 547)))
        boost = 1.6 if (day.year, day.month) == (2023, 10) else 1.0
        amount = round(float(np.exp(rng.normal(mu, sd))) * boost, 2)
        if rng.random() < 0.012:
            amount = -amount
        currency = _one(rng, list(_EX_FX), [86, 7, 4, 3])
        card = rng.random() < 0.35
        receipt = "" if rng.random() < 0.17 else f"https://www.expensify.com/receipts/w_{rng.integers(10**15):x}.jpg"
        rows.append(
            {
                "Timestamp": f"{day:%Y-%m-%d} 00:00:00",
                "Merchant": _one(rng, merchants.split(";")),
                "Amount": amount,
                "MCC": mcc,
                "Category": "" if rng.random() < 0.05 else cat,
                "Tag": _one(rng, ["", "", "Internal", "Client: Acme Corp", "Client: Globex", "Client: Initech"]),
                "Comment": _one(rng, ["", "", "", "", "team lunch", "client dinner", "conference", "per diem"]),
                "Reimbursable": "No" if card else "Yes",
                "Original Currency": currency,
                "Original Amount": round(amount / _EX_FX[currency], 2),
                "Receipt": receipt,
            }
        )
    return pd.DataFrame(rows).sort_values("Timestamp", kind="stable").reset_index(drop=True)


def _ex_foreign(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["Original Currency"]) != "USD"]


def _ex_peak(d: pd.DataFrame) -> Any:
    months = pd.to_datetime(d["Timestamp"]).dt.to_period("M")
    return d["Amount"].groupby(months).sum().idxmax().to_timestamp()


_EX_ID = ("Timestamp", "Merchant")
_EXPENSIFY_QS = [
    Q(
        "how much did i spend in total?",
        _money(lambda d: float(d["Amount"].sum())),
        (*_EX_ID, "Amount"),
    ),
    Q(
        "which category did most of the money go to",
        _lead(_named(lambda d: _top(d.groupby(_text(d["Category"]).replace("", None))["Amount"].sum()))),
        (*_EX_ID, "Category", "Amount"),
    ),
    Q(
        "what was my most expensive month",
        _lead(_month_year(_ex_peak)),
        (*_EX_ID, "Amount"),
    ),
    Q(
        "how many expenses don't have a receipt",
        _count(lambda d: float((_text(d["Receipt"]) == "").sum())),
        (*_EX_ID, "Receipt"),
    ),
    Q(
        "how many were paid in a foreign currency?",
        _count(lambda d: float(len(_ex_foreign(d)))),
        (*_EX_ID, "Original Currency", "Original Amount"),
    ),
    Q(
        "and how much do those add up to in dollars",
        _money(lambda d: float(_ex_foreign(d)["Amount"].sum())),
        (*_EX_ID, "Original Currency", "Original Amount", "Amount"),
    ),
]


# --- 2. PagerDuty incidents export ---------------------------------------------------------------------------------

_PD_SERVICES = (
    "api-gateway:22;payments-service:17;checkout-web:14;search-indexer:12;auth-service:10;data-pipeline:15;"
    "notifications:10"
)
_PD_TEAMS = {
    "api-gateway": "Platform",
    "payments-service": "Payments",
    "checkout-web": "Storefront",
    "search-indexer": "Search",
    "auth-service": "Platform",
    "data-pipeline": "Data",
    "notifications": "Storefront",
}
_PD_PEOPLE = "Ana Souza;Ben Carter;Chen Wei;Dmitri Petrov;Ella Brooks;Farah Khan;Gus Olsen;Hana Sato"
_PD_WHAT = "High error rate;Latency above threshold;Pod CrashLoopBackOff;Disk usage > 90%;Health check failing"
_PD_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def _pagerduty_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11502)
    start = pd.Timestamp("2023-07-01")
    people = _PD_PEOPLE.split(";")
    rows = []
    for k in range(1480):
        if rng.random() < 0.1:
            created = pd.Timestamp("2023-11-01") + pd.Timedelta(minutes=int(rng.integers(0, 30 * 1440)))
        else:
            created = start + pd.Timedelta(minutes=int(rng.integers(0, 366 * 1440)))
        service = _draw(rng, _PD_SERVICES)
        high = rng.random() < (0.55 if service in ("payments-service", "auth-service") else 0.35)
        auto = (not high) and rng.random() < 0.35
        acked = not auto and rng.random() < (0.95 if high else 0.8)
        ack_s = int(np.exp(rng.normal(5.0 if high else 6.2, 0.7))) if acked else None
        resolve_s = int(np.exp(rng.normal(7.4 if high else 8.1, 0.9)))
        if auto:
            resolve_s = int(np.exp(rng.normal(6.3, 0.6)))
        status = "resolved"
        if created > pd.Timestamp("2024-06-28") and rng.random() < 0.5:
            status = "acknowledged" if acked else "triggered"
        offset = "-07:00" if 3 <= created.month <= 10 else "-08:00"
        owner = _one(rng, people)
        rows.append(
            {
                "id": "Q" + "".join(_one(rng, list(_PD_ALPHABET)) for _ in range(13)),
                "incident_number": 41200 + k,
                "description": f"[{service}] {_one(rng, _PD_WHAT.split(';'))}",
                "service_name": service,
                "escalation_policy_name": f"{_PD_TEAMS[service]} On-Call",
                "team_name": _PD_TEAMS[service],
                "urgency": "high" if high else "low",
                "priority": (_one(rng, ["P1", "P2", "P3"], [2, 5, 3]) if high else _one(rng, ["", "P3", "P4"]))
                if rng.random() < 0.8
                else "",
                "status": status,
                "created_on": f"{created:%Y-%m-%dT%H:%M:%S}{offset}",
                "resolved_on": f"{created + pd.Timedelta(seconds=resolve_s):%Y-%m-%dT%H:%M:%S}{offset}"
                if status == "resolved"
                else "",
                "seconds_to_first_ack": ack_s,
                "seconds_to_resolve": resolve_s if status == "resolved" else None,
                "auto_resolved": auto,
                "assigned_to_user_names": owner,
                "acknowledged_by_user_names": owner if acked else "",
                "escalation_count": int(rng.poisson(0.8 if acked else 1.6)),
            }
        )
    frame = pd.DataFrame(rows)
    order = frame["created_on"].str[:19].argsort(kind="stable")
    frame = frame.iloc[order].reset_index(drop=True)
    frame["incident_number"] = range(41200, 41200 + len(frame))
    return frame


def _pd_peak(d: pd.DataFrame) -> Any:
    return pd.Timestamp(str(d["created_on"].astype(str).str[:7].value_counts().sort_index().idxmax()) + "-01")


def _pd_resolve(high: bool) -> Check:
    def part(d: pd.DataFrame) -> pd.Series:
        rows = d[_text(d["urgency"]) == "high"] if high else d
        return rows["seconds_to_resolve"].dropna()

    return either(_duration(lambda d: float(part(d).mean())), _duration(lambda d: float(part(d).median())))


_PD_ID = ("id", "incident_number", "created_on")
_PAGERDUTY_QS = [
    Q(
        "how many incidents did we get",
        _count(lambda d: float(len(d))),
        _PD_ID,
    ),
    Q(
        "which service pages us the most?",
        _lead(_named(lambda d: _top(d["service_name"].value_counts()))),
        (*_PD_ID, "service_name"),
    ),
    Q(
        "what month had the most incidents",
        _lead(_month_year(_pd_peak)),
        _PD_ID,
    ),
    Q(
        "what percent never got acknowledged",
        _share(lambda d: float(d["seconds_to_first_ack"].isna().mean())),
        (*_PD_ID, "seconds_to_first_ack", "acknowledged_by_user_names", "status"),
    ),
    Q(
        "how long does it usually take to resolve one",
        _pd_resolve(False),
        (*_PD_ID, "seconds_to_resolve", "resolved_on", "status"),
    ),
    Q(
        "and for the high urgency ones?",
        _pd_resolve(True),
        (*_PD_ID, "seconds_to_resolve", "resolved_on", "status", "urgency"),
    ),
]


# --- 3. Zwift ride activities export -------------------------------------------------------------------------------

_ZW_WORLDS = {
    "Watopia": "Volcano Flat;Tempus Fugit;Road to Sky;Triple Flat Loops;Big Foot Hills;Tick Tock",
    "London": "Greater London Flat;Keith Hill After Party;London Loop",
    "New York": "Park Perimeter Loop;Knickerbocker;Gotham Grinzo",
    "Innsbruck": "Innsbruckring;Lutscher",
    "Richmond": "Richmond UCI Worlds;The Fan Flats",
    "Yorkshire": "Yorkshire UCI Worlds;Royal Pump Room 8",
    "Makuri Islands": "Castle to Castle;Neokyo All-Nighter",
    "France": "Tour de Provence;Petit Boucle",
    "Scotland": "Glasgow Crit Circuit;Sgurr Summit South",
}


def _hms(seconds: int) -> str:
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def _zwift_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11503)
    start = pd.Timestamp("2022-01-01")
    span = (pd.Timestamp("2024-03-31") - start).days
    days = sorted(int(x) for x in rng.integers(0, span, 430))
    worlds = list(_ZW_WORLDS)
    rows = []
    for day_n in days:
        when = start + pd.Timedelta(days=day_n, minutes=int(rng.integers(6 * 60, 21 * 60)))
        ftp = 228 + 40 * day_n / span + float(rng.normal(0, 2))
        world = _one(rng, worlds, [40, 9, 8, 6, 6, 6, 9, 4, 4])
        route = _one(rng, _ZW_WORLDS[world].split(";"))
        kind = _one(rng, ["ride", "group", "race"], [7, 2, 1])
        intensity = {"ride": 0.66, "group": 0.72, "race": 0.88}[kind] + float(rng.normal(0, 0.06))
        power = round(ftp * intensity)
        moving = int(rng.integers(25, 125) * 60 + rng.integers(0, 60))
        if kind == "race":
            moving = int(moving * 0.6)
        speed = 24 + 0.055 * (power - 150) + float(rng.normal(0, 1.5))
        dist = round(speed * moving / 3600, 2)
        hr = None if rng.random() < 0.14 else round(92 + 0.3 * power + float(rng.normal(0, 6)))
        name = {"ride": f"{route} in {world}", "group": f"Group Ride: {route}", "race": f"Race: {route}"}[kind]
        rows.append(
            {
                "Date": f"{when:%Y-%m-%d %H:%M}",
                "Activity Name": f"Zwift - {name}",
                "World": world,
                "Route": route,
                "Sport": "VirtualRide",
                "Distance (km)": dist,
                "Elevation Gain (m)": round(dist * float(rng.uniform(4, 22))),
                "Moving Time": _hms(moving),
                "Elapsed Time": _hms(moving + int(rng.integers(0, 240))),
                "Avg Speed (km/h)": round(dist / moving * 3600, 1),
                "Avg Power (W)": power,
                "Normalized Power (W)": round(power * float(rng.uniform(1.02, 1.12))),
                "Max Power (W)": round(power * float(rng.uniform(2.5, 4.5))),
                "Avg Heart Rate (bpm)": hr,
                "Max Heart Rate (bpm)": None if hr is None else hr + int(rng.integers(15, 35)),
                "Avg Cadence (rpm)": int(rng.normal(86, 4)),
                "Calories": round(power * moving / 1000 * 1.05),
                "TSS": round(moving / 3600 * intensity**2 * 100),
                "FTP": round(ftp),
            }
        )
    return pd.DataFrame(rows)


def _zw_hours(year: int, column: str) -> Callable[[pd.DataFrame], float]:
    def hours(d: pd.DataFrame) -> float:
        rows = d[pd.to_datetime(d["Date"]).dt.year == year]
        return float(pd.to_timedelta(rows[column]).dt.total_seconds().sum() / 3600)

    return hours


def _zw_hours_check(year: int) -> Check:
    return either(
        _scaled(_zw_hours(year, "Moving Time"), (1 / 60,), rel=0.005),
        _scaled(_zw_hours(year, "Elapsed Time"), (1 / 60,), rel=0.005),
    )


def _zw_hr(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["Avg Heart Rate (bpm)"].notna()]


_ZW_ID = ("Date", "Activity Name")
_ZWIFT_QS = [
    Q(
        "how many rides are in here",
        _count(lambda d: float(len(d))),
        _ZW_ID,
    ),
    Q(
        "how far have i ridden in total?",
        _scaled(lambda d: float(d["Distance (km)"].sum()), (1e3,), rel=0.005),
        (*_ZW_ID, "Distance (km)"),
    ),
    Q(
        "which world do i ride in most",
        _lead(
            either(
                _named(lambda d: _top(d["World"].value_counts())),
                _named(lambda d: _top(d.groupby("World")["Distance (km)"].sum())),
            )
        ),
        (*_ZW_ID, "World", "Distance (km)"),
    ),
    Q(
        "does my heart rate go up with power?",
        _corr(lambda d: _zw_hr(d)["Avg Power (W)"], lambda d: _zw_hr(d)["Avg Heart Rate (bpm)"]),
        (*_ZW_ID, "Avg Power (W)", "Avg Heart Rate (bpm)"),
    ),
    Q(
        "how many hours did i ride in 2023",
        _zw_hours_check(2023),
        (*_ZW_ID, "Moving Time", "Elapsed Time"),
    ),
    Q(
        "and in 2022?",
        _zw_hours_check(2022),
        (*_ZW_ID, "Moving Time", "Elapsed Time"),
    ),
]


# --- 4. Upwork freelancer transaction history ----------------------------------------------------------------------

# client company: (contact, hourly rate or None for fixed-price only, weekly hours, fixed-price chance per week)
_UW_CLIENTS: dict[str, tuple[str, float | None, float, float]] = {
    "Brightwave Labs": ("Jenna Ortiz", 65.0, 14.0, 0.02),
    "Northpeak Analytics": ("Tom Becker", 72.0, 9.0, 0.0),
    "Cobalt Health Inc": ("Priya Menon", 60.0, 6.0, 0.05),
    "Lumen Retail": ("Sam Whitaker", None, 0.0, 0.12),
    "Fernwood Media": ("Alicia Grant", None, 0.0, 0.09),
    "Quarry Logistics": ("Victor Hale", None, 0.0, 0.06),
    "Tidepool Apps": ("Noor Haddad", None, 0.0, 0.08),
    "Greystone Legal": ("Mark Lindqvist", None, 0.0, 0.04),
}


def _uw_local(x: float) -> str:
    return f"(${-x:,.2f})" if x < 0 else f"${x:,.2f}"


def _upwork_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11504)
    ref = 500_000_000
    events: list[tuple[pd.Timestamp, str, str, str, str, float]] = []
    for week in pd.date_range("2022-01-03", "2023-12-25", freq="7D"):
        for team, (contact, rate, hours, fixed_p) in _UW_CLIENTS.items():
            active = not (team == "Cobalt Health Inc" and week.year == 2022 and week.month < 6)
            if rate and active and rng.random() < 0.92:
                worked = max(0.5, round(float(rng.normal(hours, hours * 0.3)), 2))
                paid = week + pd.Timedelta(days=10)
                desc = f"Invoice for {week:%m/%d/%Y}-{week + pd.Timedelta(days=6):%m/%d/%Y}"
                events.append((paid, "Hourly", desc, team, contact, round(worked * rate, 2)))
            if rng.random() < fixed_p:
                amount = float(_one(rng, [250, 400, 500, 750, 1000, 1500, 2000, 3000], [3, 3, 4, 3, 3, 2, 1, 1]))
                milestone = _one(rng, ["Milestone 1", "Milestone 2", "Final delivery", "Landing page", "Dashboard"])
                day = week + pd.Timedelta(days=int(rng.integers(0, 7)))
                events.append((day, "Fixed Price", f"{milestone} - {team}", team, contact, amount))
            if rate and rng.random() < 0.01:
                day = week + pd.Timedelta(days=int(rng.integers(0, 7)))
                events.append((day, "Bonus", "Bonus", team, contact, float(_one(rng, [100, 200, 250, 500]))))
    rows: list[tuple[pd.Timestamp, str, str, str, str, float]] = []
    for day, kind, desc, team, contact, amount in sorted(events, key=lambda e: e[0]):
        rows.append((day, kind, desc, team, contact, amount))
        rows.append((day, "Service Fee", "", team, contact, round(-0.1 * amount, 2)))
    for month in pd.date_range("2023-01-05", "2023-12-05", freq="MS") + pd.Timedelta(days=4):
        rows.append((month, "Membership Fee", "Freelancer Plus Membership", "", "", -14.99))
    rows.sort(key=lambda e: e[0])
    out = []
    balance = 0.0
    last_withdrawal = pd.Timestamp("2022-01-01")
    for day, kind, desc, team, contact, amount in rows:
        if (day - last_withdrawal).days >= int(rng.integers(12, 30)) and balance > 300:
            take = round(balance * float(rng.uniform(0.85, 1.0)), 2)
            for wk, wd, wa in (
                ("Withdrawal", "Direct to Local Bank (USD) - Xxxx-4821", -take),
                ("Withdrawal Fee", "", -0.99),
            ):
                ref += int(rng.integers(1, 500))
                balance = round(balance + wa, 2)
                out.append((day, ref, wk, wd or f"Withdrawal Fee for Ref ID {ref - 1}", "", "", wa, balance))
            last_withdrawal = day
        ref += int(rng.integers(1, 500))
        if kind == "Service Fee":
            desc = f"Service Fee for Ref ID {ref - 1}"
        balance = round(balance + amount, 2)
        out.append((day, ref, kind, desc, team, contact, amount, balance))
    frame = pd.DataFrame(
        [
            {
                "Date": f"{day:%b} {day.day}, {day.year}",
                "Ref ID": r,
                "Type": kind,
                "Description": desc,
                "Agency": "",
                "Freelancer": "Jordan Reyes",
                "Team": team,
                "Account Name": contact,
                "PO": "",
                "Amount": amount,
                "Amount in local currency": _uw_local(amount),
                "Currency": "USD",
                "Balance": bal,
            }
            for day, r, kind, desc, team, contact, amount, bal in out
        ]
    )
    return frame.iloc[::-1].reset_index(drop=True)


_UW_EARN = ("Hourly", "Fixed Price", "Bonus")


def _uw_type(d: pd.DataFrame, *kinds: str) -> pd.DataFrame:
    return d[_text(d["Type"]).isin(kinds)]


def _uw_sum(*kinds: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_uw_type(d, *kinds)["Amount"].sum())


def _uw_fixed_share(with_bonus: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        base = _UW_EARN if with_bonus else ("Hourly", "Fixed Price")
        return _uw_sum("Fixed Price")(d) / _uw_sum(*base)(d)

    return share


_UW_ID = ("Date", "Ref ID", "Type")
_UPWORK_QS = [
    Q(
        "how much did i make in total?",
        either(
            _money(_uw_sum(*_UW_EARN)),
            _money(_uw_sum(*_UW_EARN, "Service Fee")),
            _money(_uw_sum(*_UW_EARN, "Service Fee", "Withdrawal Fee", "Membership Fee")),
        ),
        (*_UW_ID, "Amount", "Amount in local currency"),
    ),
    Q(
        "how much went to upwork in fees",
        either(
            _either_sign(_uw_sum("Service Fee")),
            _either_sign(_uw_sum("Service Fee", "Withdrawal Fee")),
            _either_sign(_uw_sum("Service Fee", "Withdrawal Fee", "Membership Fee")),
        ),
        (*_UW_ID, "Amount", "Amount in local currency", "Description"),
    ),
    Q(
        "which client paid me the most",
        _lead(_named(lambda d: _top(_uw_type(d, *_UW_EARN).groupby("Team")["Amount"].sum()))),
        (*_UW_ID, "Team", "Account Name", "Amount", "Amount in local currency"),
    ),
    Q(
        "what share of my earnings came from fixed price jobs",
        either(_share(_uw_fixed_share(True)), _share(_uw_fixed_share(False))),
        (*_UW_ID, "Amount", "Amount in local currency"),
    ),
    Q(
        "how many times did i withdraw money",
        _count(lambda d: float(len(_uw_type(d, "Withdrawal")))),
        (*_UW_ID, "Description"),
    ),
    Q(
        "and how much did i withdraw altogether?",
        _either_sign(_uw_sum("Withdrawal")),
        (*_UW_ID, "Description", "Amount", "Amount in local currency"),
    ),
]


# --- 5. NIH RePORTER funded projects -------------------------------------------------------------------------------

_NIH_ICS = "CA:16;AI:14;HL:11;GM:12;MH:7;NS:8;DK:8;AG:9;DA:4;HD:5;EY:3;ES:3"
_NIH_IC_NAMES = {
    "CA": "NCI",
    "AI": "NIAID",
    "HL": "NHLBI",
    "GM": "NIGMS",
    "MH": "NIMH",
    "NS": "NINDS",
    "DK": "NIDDK",
    "AG": "NIA",
    "DA": "NIDA",
    "HD": "NICHD",
    "EY": "NEI",
    "ES": "NIEHS",
}
# activity: weight, log mean cost, years
_NIH_ACTIVITIES: dict[str, tuple[float, float, int]] = {
    "R01": (44, 13.15, 5),
    "R21": (12, 12.33, 2),
    "U01": (5, 13.9, 5),
    "K08": (5, 12.15, 5),
    "F31": (6, 10.7, 3),
    "P30": (2, 14.4, 5),
    "R35": (7, 13.6, 5),
    "T32": (5, 12.7, 5),
    "R03": (3, 11.4, 2),
    "R44": (3, 13.2, 2),
}
_NIH_ORGS = [
    ("JOHNS HOPKINS UNIVERSITY", "BALTIMORE", "MD", 9),
    ("UNIVERSITY OF CALIFORNIA, SAN FRANCISCO", "SAN FRANCISCO", "CA", 8),
    ("UNIVERSITY OF PENNSYLVANIA", "PHILADELPHIA", "PA", 7),
    ("UNIVERSITY OF MICHIGAN AT ANN ARBOR", "ANN ARBOR", "MI", 7),
    ("WASHINGTON UNIVERSITY", "SAINT LOUIS", "MO", 6),
    ("STANFORD UNIVERSITY", "STANFORD", "CA", 6),
    ("UNIVERSITY OF PITTSBURGH AT PITTSBURGH", "PITTSBURGH", "PA", 6),
    ("DUKE UNIVERSITY", "DURHAM", "NC", 5),
    ("YALE UNIVERSITY", "NEW HAVEN", "CT", 5),
    ("UNIVERSITY OF WASHINGTON", "SEATTLE", "WA", 6),
    ("COLUMBIA UNIVERSITY HEALTH SCIENCES", "NEW YORK", "NY", 5),
    ("MASSACHUSETTS GENERAL HOSPITAL", "BOSTON", "MA", 5),
    ("UNIV OF NORTH CAROLINA CHAPEL HILL", "CHAPEL HILL", "NC", 5),
    ("VANDERBILT UNIVERSITY MEDICAL CENTER", "NASHVILLE", "TN", 4),
    ("EMORY UNIVERSITY", "ATLANTA", "GA", 4),
    ("UNIVERSITY OF MINNESOTA", "MINNEAPOLIS", "MN", 3),
    ("OHIO STATE UNIVERSITY", "COLUMBUS", "OH", 3),
    ("UNIVERSITY OF UTAH", "SALT LAKE CITY", "UT", 2),
    ("BAYLOR COLLEGE OF MEDICINE", "HOUSTON", "TX", 3),
    ("UNIVERSITY OF WISCONSIN-MADISON", "MADISON", "WI", 3),
]
_NIH_WORDS = (
    "Mechanisms;Targeting;Role of;Novel;Regulation of;Immune;Tumor;Neural;Metabolic;Genetic;Circuits;Signaling;"
    "Resistance;Inflammation;Aging;Microbiome;Cardiac;Vaccine;Imaging;Therapy"
)
_NIH_LAST = "SMITH;CHEN;PATEL;GARCIA;KIM;NGUYEN;JOHNSON;WANG;MILLER;LOPEZ;DAVIS;ZHANG;BROWN;LI;WILSON;SINGH"
_NIH_FIRST = "JOHN A;MARIA;DAVID M;LINDA K;WEI;SARAH J;ROBERT;ANITA;MICHAEL T;JENNIFER;HAO;EMILY R"


def _nih_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11505)
    acts = list(_NIH_ACTIVITIES)
    org_w = [o[3] for o in _NIH_ORGS]
    words = _NIH_WORDS.split(";")
    rows = []
    app_id = 10_000_000
    serial_used: set[int] = set()
    for _ in range(820):
        act = _one(rng, acts, [_NIH_ACTIVITIES[a][0] for a in acts])
        _, log_cost, years = _NIH_ACTIVITIES[act]
        ic = _draw(rng, _NIH_ICS)
        org = _NIH_ORGS[int(rng.choice(len(_NIH_ORGS), p=np.array(org_w) / sum(org_w)))]
        serial = int(rng.integers(10000, 999999))
        while serial in serial_used:
            serial = int(rng.integers(10000, 999999))
        serial_used.add(serial)
        first_fy = int(rng.integers(2015, 2024))
        base = float(np.exp(rng.normal(log_cost, 0.35)))
        title = " ".join(_one(rng, words) for _ in range(4)).capitalize()
        pi = f"{_one(rng, _NIH_LAST.split(';'))}, {_one(rng, _NIH_FIRST.split(';'))}"
        start = pd.Timestamp(first_fy - 1, int(_one(rng, [7, 8, 9, 4, 12])), 1)
        end = start + pd.DateOffset(years=years) - pd.Timedelta(days=1)
        sub = act in ("P30", "U01") and rng.random() < 0.25
        for k in range(years):
            fy = first_fy + k
            if not 2019 <= fy <= 2023:
                continue
            app_id += int(rng.integers(1, 4000))
            cost = round(base * (1 + 0.02 * k) * (1.04 if fy >= 2022 else 1.0))
            indirect = round(cost * float(rng.uniform(0.25, 0.36)))
            bstart = start + pd.DateOffset(years=k)
            rows.append(
                {
                    "Application ID": app_id,
                    "Project Number": f"{1 if k == 0 else 5}{act}{ic}{serial:06d}-{k + 1:02d}",
                    "Project Title": title,
                    "Administering IC": ic,
                    "Activity": act,
                    "Type": 1 if k == 0 else 5,
                    "Contact PI / Project Leader": pi,
                    "Organization Name": org[0],
                    "Organization City": org[1],
                    "Organization State": org[2],
                    "Organization Country": "UNITED STATES",
                    "Fiscal Year": fy,
                    "Project Start Date": f"{start:%m/%d/%Y}",
                    "Project End Date": f"{end:%m/%d/%Y}",
                    "Budget Start Date": f"{bstart:%m/%d/%Y}",
                    "Budget End Date": f"{bstart + pd.DateOffset(years=1) - pd.Timedelta(days=1):%m/%d/%Y}",
                    "Total Cost": None if sub else cost,
                    "Total Cost (Sub Projects)": cost if sub else None,
                    "Direct Cost IC": None if sub else cost - indirect,
                    "Indirect Cost IC": None if sub else indirect,
                    "Funding IC(s)": f"{_NIH_IC_NAMES[ic]}:{cost}",
                }
            )
    return pd.DataFrame(rows).sort_values(["Fiscal Year", "Application ID"]).reset_index(drop=True)


def _nih_act(d: pd.DataFrame, act: str) -> pd.DataFrame:
    return d[_text(d["Activity"]) == act]


def _nih_cost(d: pd.DataFrame, with_sub: bool) -> pd.Series:
    return d["Total Cost"].fillna(d["Total Cost (Sub Projects)"]) if with_sub else d["Total Cost"]


def _nih_mean(act: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_nih_act(d, act)["Total Cost"].mean())


def _nih_core(d: pd.DataFrame) -> pd.Series:
    return d["Project Number"].astype(str).str[1:].str.split("-").str[0]


def _nih_top_orgs(d: pd.DataFrame) -> list[str]:
    return list(_ranked(d.groupby("Organization Name")["Total Cost"].sum()).index[:5])


_NIH_ID = ("Application ID", "Project Number", "Fiscal Year")
_NIH_COST = ("Total Cost", "Total Cost (Sub Projects)", "Direct Cost IC", "Indirect Cost IC")
_NIH_QS = [
    Q(
        "how much money is in here in total",
        either(_money(lambda d: float(_nih_cost(d, False).sum())), _money(lambda d: float(_nih_cost(d, True).sum()))),
        (*_NIH_ID, *_NIH_COST),
    ),
    Q(
        "which institute gives out the most money?",
        _lead(
            _named(
                lambda d: _top(d.groupby("Administering IC")["Total Cost"].sum()),
                {k: (v,) for k, v in _NIH_IC_NAMES.items()},
            )
        ),
        (*_NIH_ID, "Administering IC", "Funding IC(s)", *_NIH_COST),
    ),
    Q(
        "how many r01 grants are there",
        either(
            _count(lambda d: float(len(_nih_act(d, "R01")))),
            _count(lambda d: float(_nih_core(_nih_act(d, "R01")).nunique())),
        ),
        (*_NIH_ID, "Activity"),
    ),
    Q(
        "whats the average award for those vs r21s",
        both(_money(_nih_mean("R01")), _money(_nih_mean("R21"))),
        (*_NIH_ID, "Activity", *_NIH_COST),
    ),
    Q(
        "top 5 organizations by funding",
        _all_named(_nih_top_orgs),
        (*_NIH_ID, "Organization Name", *_NIH_COST),
    ),
    Q(
        "which year had the most funding",
        _lead(_year(lambda d: int(_top(d.groupby("Fiscal Year")["Total Cost"].sum())))),
        (*_NIH_ID, *_NIH_COST),
    ),
]


# --- 6. USDA SNAP participation and benefits by state and month ----------------------------------------------------

# state: persons (thousands) in October 2021
_SNAP_STATES = (
    "Alabama:760;Alaska:95;Arizona:920;Arkansas:365;California:5350;Colorado:560;Connecticut:395;Delaware:125;"
    "District of Columbia:145;Florida:3150;Georgia:1620;Guam:46;Hawaii:170;Idaho:140;Illinois:2030;Indiana:620;"
    "Iowa:280;Kansas:195;Kentucky:560;Louisiana:870;Maine:165;Maryland:700;Massachusetts:1080;Michigan:1450;"
    "Minnesota:440;Mississippi:410;Missouri:690;Montana:90;Nebraska:160;Nevada:480;New Hampshire:75;"
    "New Jersey:780;New Mexico:470;New York:2880;North Carolina:1480;North Dakota:50;Ohio:1460;Oklahoma:640;"
    "Oregon:730;Pennsylvania:1900;Rhode Island:150;South Carolina:590;South Dakota:75;Tennessee:850;Texas:3450;"
    "Utah:155;Vermont:70;Virgin Islands:24;Virginia:840;Washington:900;West Virginia:320;Wisconsin:700;Wyoming:27"
)


def _snap_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11506)
    states = [(s.rsplit(":", 1)[0], float(s.rsplit(":", 1)[1])) for s in _SNAP_STATES.split(";")]
    months = pd.date_range("2021-10-01", "2023-09-01", freq="MS")
    drift = {name: float(rng.normal(0.0015, 0.004)) for name, _ in states}
    size = {name: float(rng.uniform(1.9, 2.3)) for name, _ in states}
    level = {name: float(rng.normal(1.0, 0.05)) for name, _ in states}
    rows = []
    for i, month in enumerate(months):
        total = {"Households": 0, "Persons": 0, "Benefits": 0}
        season = 1.0 + 0.01 * np.cos(2 * np.pi * (month.month - 1) / 12)
        for name, base in states:
            persons = int(base * 1000 * (1 + drift[name]) ** i * season * float(rng.normal(1, 0.004)))
            households = int(persons / size[name])
            emergency = month < pd.Timestamp("2023-03-01") and name not in ("Florida", "Idaho", "Montana", "Iowa")
            per_person = (238.0 if emergency else 184.0) * level[name] * (1.12 if month.year == 2023 else 1.0)
            benefits = int(persons * per_person * float(rng.normal(1, 0.01)))
            total["Households"] += households
            total["Persons"] += persons
            total["Benefits"] += benefits
            rows.append((name, month, households, persons, benefits))
        rows.append(("U.S. Total", month, total["Households"], total["Persons"], total["Benefits"]))
    return pd.DataFrame(
        [
            {
                "State": name,
                "Fiscal Year": month.year + (1 if month.month >= 10 else 0),
                "Month": f"{month:%b %Y}",
                "Households": households,
                "Persons": persons,
                "Benefits": f"${benefits:,}",
                "Avg Benefit per Household": round(benefits / households, 2),
                "Avg Benefit per Person": round(benefits / persons, 2),
            }
            for name, month, households, persons, benefits in rows
        ]
    )


def _sn_states(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["State"]) != "U.S. Total"]


def _sn_month(d: pd.DataFrame, month: str) -> pd.DataFrame:
    return d[_text(d["Month"]) == month]


def _sn_big(d: pd.DataFrame) -> list[str]:
    rows = _sn_month(_sn_states(d), "Sep 2023")
    return sorted(rows.loc[rows["Persons"] > 1_000_000, "State"].astype(str))


def _sn_top(latest: bool) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        s = _sn_states(d)
        if latest:
            s = _sn_month(s, "Sep 2023")
        return _top(s.groupby("State")["Persons"].mean())

    return top


def _sn_peak(d: pd.DataFrame) -> Any:
    s = _sn_states(d)
    return pd.to_datetime(s.groupby("Month")["Persons"].sum().idxmax(), format="%b %Y")


def _sn_national(how: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        s = _sn_month(_sn_states(d), "Sep 2023")
        if how == "weighted":
            return float(_num(s["Benefits"]).sum() / s["Persons"].sum())
        if how == "states":
            return float(s["Avg Benefit per Person"].mean())
        return float(s["Avg Benefit per Person"].median())

    return value


_SN_ID = ("State", "Fiscal Year", "Month")
_SNAP_QS = [
    Q(
        "how much was paid out in benefits in fiscal year 2023",
        _money(lambda d: float(_num(_sn_states(d).loc[_sn_states(d)["Fiscal Year"] == 2023, "Benefits"]).sum())),
        (*_SN_ID, "Benefits"),
    ),
    Q(
        "which state has the most people on snap?",
        _lead(either(_named(_sn_top(True)), _named(_sn_top(False)))),
        (*_SN_ID, "Persons"),
    ),
    Q(
        "how many states had more than a million people on it in september 2023",
        _count(lambda d: float(len(_sn_big(d)))),
        (*_SN_ID, "Persons"),
    ),
    Q(
        "which ones?",
        _all_named(_sn_big),
        (*_SN_ID, "Persons"),
    ),
    Q(
        "what was the average benefit per person nationally that month",
        either(*(has(_sn_national(h), rel=0.003) for h in ("weighted", "states", "median"))),
        (*_SN_ID, "Persons", "Benefits", "Avg Benefit per Person"),
    ),
    Q(
        "which month had the most people on snap overall",
        _lead(_month_year(_sn_peak)),
        (*_SN_ID, "Persons"),
    ),
]


# --- 7. CDC VSRR provisional drug overdose death counts ------------------------------------------------------------

# code, name, 12-month deaths at the start (reported), yearly growth
_CDC_STATES = (
    "AL:Alabama:1450;AK:Alaska:250;AZ:Arizona:2600;AR:Arkansas:620;CA:California:10600;CO:Colorado:1850;"
    "CT:Connecticut:1500;DE:Delaware:500;DC:District of Columbia:430;FL:Florida:8200;GA:Georgia:2300;"
    "HI:Hawaii:290;ID:Idaho:340;IL:Illinois:3900;IN:Indiana:2800;IA:Iowa:480;KS:Kansas:520;KY:Kentucky:2400;"
    "LA:Louisiana:2300;ME:Maine:630;MD:Maryland:2800;MA:Massachusetts:2600;MI:Michigan:3100;MN:Minnesota:1300;"
    "MS:Mississippi:680;MO:Missouri:2150;MT:Montana:230;NE:Nebraska:250;NV:Nevada:1000;NH:New Hampshire:440;"
    "NJ:New Jersey:3100;NM:New Mexico:1000;NY:New York:5800;NC:North Carolina:4000;ND:North Dakota:120;"
    "OH:Ohio:5300;OK:Oklahoma:1000;OR:Oregon:1100;PA:Pennsylvania:5400;RI:Rhode Island:430;"
    "SC:South Carolina:2100;SD:South Dakota:100;TN:Tennessee:3700;TX:Texas:4700;UT:Utah:680;VT:Vermont:230;"
    "VA:Virginia:2600;WA:Washington:2300;WV:West Virginia:1500;WI:Wisconsin:1800;WY:Wyoming:110"
)
_CDC_DRUGS = {
    "Synthetic opioids, excl. methadone (T40.4)": (0.66, 0.12),
    "Psychostimulants with abuse potential (T43.6)": (0.31, 0.12),
}
_CDC_TOTAL = "Number of Drug Overdose Deaths"
_CDC_PCT = "Percent with drugs specified"
_CDC_UNDER = "Underreported due to incomplete data."


def _cdc_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11507)
    states = [tuple(x.split(":")) for x in _CDC_STATES.split(";")]
    months = pd.date_range("2022-01-01", "2023-09-01", freq="MS")
    growth = {code: float(rng.normal(0.02, 0.06)) for code, _, _ in states}
    specified = {code: float(np.clip(rng.normal(95, 4), 78, 99.9)) for code, _, _ in states}
    shares = {
        (code, k): float(np.clip(rng.normal(m, s), 0.05, 0.9))
        for code, _, _ in states
        for k, (m, s) in _CDC_DRUGS.items()
    }
    rows = []
    for i, month in enumerate(months):
        us: dict[str, float] = {}
        us_pred: dict[str, float] = {}
        pending = max(0.05, 1.6 - 0.06 * (len(months) - 1 - i) + float(rng.normal(0, 0.1)))
        block = []
        for code, name, base in states:
            deaths = round(float(base) * (1 + growth[code]) ** (i / 12) * float(rng.normal(1, 0.006)))
            adj = 1 + max(0.0, float(rng.normal(0.004 + 0.002 * (i > 15), 0.004)))
            values = {_CDC_TOTAL: deaths}
            for k in _CDC_DRUGS:
                values[k] = round(deaths * shares[(code, k)] * float(rng.normal(1, 0.01)))
            for k, v in values.items():
                us[k] = us.get(k, 0) + v
                us_pred[k] = us_pred.get(k, 0) + round(v * adj)
            block.append((code, name, values, adj, specified[code] + float(rng.normal(0, 0.3))))
            if code == "NY":
                nyc = round(deaths * 0.52)
                nyc_values = {_CDC_TOTAL: nyc, **{k: round(nyc * shares[("NY", k)]) for k in _CDC_DRUGS}}
                block.append(("YC", "New York City", nyc_values, adj, specified["NY"]))
        block.append(("US", "United States", us, None, 96.5 + float(rng.normal(0, 0.2))))
        for code, name, values, adj, pct in block:
            low = pct < 90
            for indicator in (_CDC_TOTAL, *_CDC_DRUGS, _CDC_PCT):
                if indicator == _CDC_PCT:
                    value, predicted, note = f"{min(pct, 100):.1f}", None, ""
                elif indicator != _CDC_TOTAL and low:
                    value, predicted, note = "", None, _CDC_UNDER
                else:
                    v = values[indicator]
                    value = f"{v:,}"
                    predicted = us_pred[indicator] if adj is None else round(v * adj)
                    note = ""
                rows.append(
                    {
                        "State": code,
                        "Year": month.year,
                        "Month": f"{month:%B}",
                        "Period": "12 month-ending",
                        "Indicator": indicator,
                        "Data Value": value,
                        "Percent Complete": 100,
                        "Percent Pending Investigation": round(pending * float(rng.uniform(0.5, 1.5)), 6),
                        "State Name": name,
                        "Footnote": note
                        or "Numbers may differ from published reports using final data. See Technical Notes.",
                        "Footnote Symbol": "**" if note else "*",
                        "Predicted Value": predicted,
                    }
                )
    return pd.DataFrame(rows)


_CDC_ALIASES = {name: (code,) for code, name, _ in (x.split(":") for x in _CDC_STATES.split(";"))}


def _cdc_rows(d: pd.DataFrame, indicator: str, year: int, month: str) -> pd.DataFrame:
    m = (_text(d["Indicator"]) == indicator) & (d["Year"] == year) & (_text(d["Month"]) == month)
    return d[m]


def _cdc_value(d: pd.DataFrame, predicted: bool) -> pd.Series:
    return d["Predicted Value"] if predicted else _num(d["Data Value"])


def _cdc_us(indicator: str, predicted: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        rows = _cdc_rows(d, indicator, 2023, "September")
        return float(_cdc_value(rows[_text(rows["State"]) == "US"], predicted).iloc[0])

    return value


def _cdc_states(d: pd.DataFrame) -> pd.DataFrame:
    return d[~_text(d["State"]).isin(["US", "YC"])]


def _cdc_dec(predicted: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def scores(d: pd.DataFrame) -> pd.Series:
        rows = _cdc_states(_cdc_rows(d, _CDC_TOTAL, 2022, "December"))
        return pd.Series(_cdc_value(rows, predicted).to_numpy(), index=rows["State Name"].astype(str))

    return scores


def _cdc_over(predicted: bool) -> Callable[[pd.DataFrame], list[str]]:
    return lambda d: sorted(s for s, v in _cdc_dec(predicted)(d).items() if v > 5000)


def _cdc_ohio(kind: str, predicted: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        oh = d[_text(d["State"]) == "OH"]
        a = float(_cdc_value(_cdc_rows(oh, _CDC_TOTAL, 2022, "December"), predicted).iloc[0])
        b = float(_cdc_value(_cdc_rows(oh, _CDC_TOTAL, 2023, "September"), predicted).iloc[0])
        return b - a if kind == "diff" else (b - a) / a

    return value


def _cdc_ohio_check() -> Check:
    out = []
    for predicted in (False, True):
        diff = _cdc_ohio("diff", predicted)
        out.append(has(diff, rel=0.001))
        out.append(has(lambda d, diff=diff: -diff(d), rel=0.001))
        out.append(_pct(_cdc_ohio("pct", predicted)))
    return either(*out)


def _cdc_missing(d: pd.DataFrame) -> float:
    return float((_text(d["Data Value"]) == "").sum())


_CDC_ID = ("State", "State Name", "Year", "Month", "Period", "Indicator")
_CDC_VAL = ("Data Value", "Predicted Value")
_CDC_QS = [
    Q(
        "how many people died of overdoses in the us in the 12 months ending september 2023",
        either(_count(_cdc_us(_CDC_TOTAL, False)), _count(_cdc_us(_CDC_TOTAL, True))),
        (*_CDC_ID, *_CDC_VAL),
    ),
    Q(
        "what share of those involved synthetic opioids",
        either(
            *(
                _share(
                    lambda d, p=p: (
                        _cdc_us("Synthetic opioids, excl. methadone (T40.4)", p)(d) / _cdc_us(_CDC_TOTAL, p)(d)
                    )
                )
                for p in (False, True)
            )
        ),
        (*_CDC_ID, *_CDC_VAL),
    ),
    Q(
        "which state had the most deaths in the 12 months ending december 2022?",
        _lead(
            either(
                _named(lambda d: _top(_cdc_dec(False)(d)), _CDC_ALIASES),
                _named(lambda d: _top(_cdc_dec(True)(d)), _CDC_ALIASES),
            )
        ),
        (*_CDC_ID, *_CDC_VAL),
    ),
    Q(
        "which states were over 5,000 then",
        either(_all_named(_cdc_over(False), _CDC_ALIASES), _all_named(_cdc_over(True), _CDC_ALIASES)),
        (*_CDC_ID, *_CDC_VAL),
    ),
    Q(
        "how much did ohio change between dec 2022 and sep 2023",
        _cdc_ohio_check(),
        (*_CDC_ID, *_CDC_VAL),
    ),
    Q(
        "how many death counts are blank",
        _count(_cdc_missing),
        (*_CDC_ID, *_CDC_VAL, "Footnote", "Footnote Symbol"),
    ),
]


HELDOUT115: list[Dataset] = [
    Dataset("expensify_expense_report", _expensify_frame, _EXPENSIFY_QS),
    Dataset("pagerduty_incidents_export", _pagerduty_frame, _PAGERDUTY_QS),
    Dataset("zwift_activities_export", _zwift_frame, _ZWIFT_QS),
    Dataset("upwork_transaction_history", _upwork_frame, _UPWORK_QS),
    Dataset("nih_reporter_grants", _nih_frame, _NIH_QS),
    Dataset("usda_snap_participation", _snap_frame, _SNAP_QS),
    Dataset("cdc_drug_overdose_deaths", _cdc_frame, _CDC_QS),
]
