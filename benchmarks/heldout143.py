"""HELDOUT143: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: an American Express business card statement
(activity.csv for 2023) with Date as "01/15/2023", an empty Receipt column, upper-case merchant Description, Card
Member in capitals (four people on one account), "Account #" as "-41007" per member, Amount positive for charges and
negative for payments and refunds, multi-line "Extended Details", "Appears On Your Statement As", Address, "City/State"
as "SEATTLE\\nWA", Zip Code, Country, a quoted Reference and Category as "Restaurant-Restaurant" / "Travel-Airline",
blank for the monthly "AUTOPAY PAYMENT RECEIVED - THANK YOU" rows; a Zoho Desk tickets export (first half of 2024)
with an 18-digit "Ticket Id", "Request Id", Subject, Department, Contact Name, Email, Status (Open / On Hold /
Escalated / Closed), Priority with "-None-" where unset, Channel, Ticket Owner (blank when unassigned), "Created Time"
and "Closed Time" as "15 Jan 2024 10:32 AM" (Closed blank for unclosed tickets), "Happiness Rating" (Good / Okay /
Bad, mostly blank), Category (often blank) and Language; a COROS training hub activity export (July 2023 to June
2024) with Activity Name, Sport Type (Run, Trail Run, Indoor Run, Bike, Pool Swim, Strength), Date as
"2024-03-05 06:42", "Total Time" as "00:52:31", Distance with its unit ("10.02 km", "--" for strength), "Avg Pace" as
"5:14 /km" or "2:05 /100m", "Avg HR" and "Max HR" ("--" without a heart-rate strap), Calories, "Elevation Gain" as
"123 m", "Training Load" and "Avg Cadence"; a Shopify "Sales by discount" report (January to June 2024) with one row
per Day and discount, "Discount name" (codes such as WELCOME10 and automatic discounts named in words), "Discount
type" (Percentage / Fixed amount / Free shipping / Buy X get Y), "Discount method" (Code / Automatic), Orders, and
money columns "Gross sales", "Discounts" (negative), "Returns" (negative), "Net sales", "Shipping", "Taxes", "Total
sales"; USDA ERS farm income and wealth statistics in long form (FarmIncome_WealthStatisticsData) with artificialKey,
Year 2008-2023, two-letter State plus a "US" row that is the national total (more than the twelve states present),
VariableDescriptionTotal / Part1 / Part2, Amount in thousand dollars (a few blank), ChainType_GDP_Deflator and
VariableCode; Seattle Real Time Fire 911 Calls (2023-2024) with upper-case Address ("3RD AVE / PIKE ST"), Type
("Aid Response", "Medic Response", "Auto Fire Alarm", ...), Datetime as "01/15/2024 10:32:00 AM", Latitude,
Longitude and "Report Location" as "POINT (-122.33 47.61)" (all blank for some calls) and Incident Number "F240001234"
(a few rows repeated); and a WHO Global Health Expenditure Database extract with location, ISO3 code, WHO region code
(AFR, AMR, SEAR, EUR, EMR, WPR), World Bank income group, year 2000-2021 and the indicators che_gdp, che_pc_usd,
gghed_che, oop_che and ext_che (percentages and US dollars, blank where not reported). All are generated with fixed
seeds 14301-14307.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _year
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import labels_in as _labels_in
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores).index[0])


def _money(value: Callable[[pd.DataFrame], Any]) -> Check:
    """A dollar amount in full or as thousands / millions ("$1.2M", "84.3k")."""
    return _scaled(value, (1e3, 1e6))


def _hour(value: Callable[[pd.DataFrame], int]) -> Check:
    """An hour of the day: "17:00", "17h", "hour 17", "5 pm", "5-6pm"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        h = int(value(df))
        twelve = h % 12 or 12
        half = "pm" if h >= 12 else "am"
        patterns = [
            rf"(?<![\d.:]){h:d}:00",
            rf"(?<![\d.:])0?{h:d}:\d\d",
            rf"(?<![\d.:]){h:02d}(?:00)?\s*(?:h|hrs|hours?)\b",
            rf"\bhour\s+(?:of\s+)?0?{h:d}\b",
            rf"(?<![\d.:]){twelve}(?::00)?\s*(?:-\s*\d+(?::00)?\s*)?{half}\b",
            rf"(?<![\d.:]){twelve}(?::00)?\s*{half[0]}\.m\.",
        ]
        if any(re.search(p, answer, re.IGNORECASE) for p in patterns):
            return None
        return f"missing hour {h}"

    return check


# --- 1. American Express business card statement (activity.csv) --------------------------------------------------

_AX_MEMBERS = {"DANA WHITFIELD": ("-41007", 1.6), "MARCUS OYELARAN": ("-42015", 1.0)}
_AX_MEMBERS |= {"PRIYA RAMASWAMY": ("-43021", 0.7), "KEVIN LUND": ("-44039", 0.45)}

# Category: merchants (description, statement name, city/state, zip), amount range, weight
_AX_CATS: dict[str, tuple[list[tuple[str, str, str]], tuple[float, float], float]] = {
    "Restaurant-Restaurant": (
        [
            ("TST* SERIOUS PIE", "SEATTLE\nWA", "98101"),
            ("CANLIS", "SEATTLE\nWA", "98109"),
            ("STARBUCKS STORE 00312", "SEATTLE\nWA", "98104"),
            ("DIN TAI FUNG", "BELLEVUE\nWA", "98004"),
        ],
        (8, 260),
        28,
    ),
    "Restaurant-Bar & Café": (
        [("ZEITGEIST COFFEE", "SEATTLE\nWA", "98104"), ("THE PINK DOOR", "SEATTLE\nWA", "98101")],
        (5, 120),
        10,
    ),
    "Travel-Airline": (
        [
            ("ALASKA AIRLINES", "SEATTLE\nWA", "98168"),
            ("DELTA AIR LINES", "ATLANTA\nGA", "30320"),
            ("UNITED AIRLINES", "HOUSTON\nTX", "77032"),
        ],
        (180, 1450),
        7,
    ),
    "Travel-Lodging": (
        [("MARRIOTT SAN FRANCISCO", "SAN FRANCISCO\nCA", "94103"), ("HILTON GARDEN INN", "PORTLAND\nOR", "97204")],
        (190, 980),
        6,
    ),
    "Transportation-Taxis & Coach": (
        [("UBER TRIP", "SAN FRANCISCO\nCA", "94105"), ("LYFT *RIDE", "SAN FRANCISCO\nCA", "94107")],
        (9, 85),
        14,
    ),
    "Business Services-Internet Services": (
        [
            ("AMAZON WEB SERVICES", "SEATTLE\nWA", "98109"),
            ("GOOGLE *GSUITE", "MOUNTAIN VIEW\nCA", "94043"),
            ("ZOOM.US", "SAN JOSE\nCA", "95113"),
        ],
        (15, 2400),
        9,
    ),
    "Merchandise & Supplies-Internet Purchase": (
        [("AMAZON.COM*2K4T81", "SEATTLE\nWA", "98109"), ("BEST BUY 00012", "RICHFIELD\nMN", "55423")],
        (12, 1100),
        12,
    ),
    "Business Services-Office Supplies": (
        [("STAPLES 00114", "SEATTLE\nWA", "98121"), ("OFFICE DEPOT 2231", "TUKWILA\nWA", "98188")],
        (10, 420),
        6,
    ),
    "Fees & Adjustments-Fees & Adjustments": ([("ANNUAL MEMBERSHIP FEE", "", "")], (375, 375), 0.2),
}


def _amex_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14301)
    names = list(_AX_MEMBERS)
    member_w = [_AX_MEMBERS[m][1] for m in names]
    cats = list(_AX_CATS)
    cat_w = [_AX_CATS[c][2] for c in cats]
    days = pd.date_range("2023-01-01", "2023-12-31", freq="D")
    month_boost = {3: 1.15, 6: 1.1, 9: 1.5, 10: 1.2, 12: 0.9}
    rows: list[dict[str, Any]] = []
    for _ in range(1350):
        day = days[int(rng.integers(len(days)))]
        if rng.random() > month_boost.get(day.month, 1.0) / 1.5:
            day = days[int(rng.integers(len(days)))]
        member = _one(rng, names, member_w)
        cat = _one(rng, cats, cat_w)
        merchants, (lo, hi), _w = _AX_CATS[cat]
        desc, city, zip_code = _one(rng, merchants)
        amount = lo if lo == hi else round(float(np.exp(rng.uniform(np.log(lo), np.log(hi)))), 2)
        if cat == "Travel-Airline" and day.month == 9:
            amount = round(amount * 1.4, 2)
        if rng.random() < 0.025 and cat != "Fees & Adjustments-Fees & Adjustments":
            amount = -round(amount * float(rng.uniform(0.2, 1.0)), 2)
        rows.append(_ax_row(rng, day, desc, member, amount, city, zip_code, cat))
    for month in range(1, 13):
        day = pd.Timestamp(2023, month, 1) + pd.Timedelta(days=int(rng.integers(3, 9)))
        rows.append(
            _ax_row(
                rng,
                day,
                "AUTOPAY PAYMENT RECEIVED - THANK YOU",
                names[0],
                -round(rng.uniform(9e3, 2.4e4), 2),
                "",
                "",
                "",
            )
        )
    frame = pd.DataFrame(rows)
    frame = frame.sort_values("_day", ascending=False, kind="stable").drop(columns="_day").reset_index(drop=True)
    return frame


def _ax_row(
    rng: np.random.Generator,
    day: pd.Timestamp,
    desc: str,
    member: str,
    amount: float,
    city: str,
    zip_code: str,
    cat: str,
) -> dict[str, Any]:
    ref = f"'3{int(rng.integers(10**16, 10**17 - 1))}'"
    return {
        "_day": day,
        "Date": day.strftime("%m/%d/%Y"),
        "Receipt": "",
        "Description": desc,
        "Card Member": member,
        "Account #": _AX_MEMBERS[member][0],
        "Amount": amount,
        "Extended Details": f"{int(rng.integers(10**5, 10**6))}     {desc}\n{desc}\n{city.split(chr(10))[0]}",
        "Appears On Your Statement As": desc + (f"  {city.split(chr(10))[0]}" if city else ""),
        "Address": "" if not city else f"{int(rng.integers(100, 9999))} {_one(rng, ['PINE ST', '1ST AVE', 'MAIN ST'])}",
        "City/State": city,
        "Zip Code": zip_code,
        "Country": "UNITED STATES" if city else "",
        "Reference": ref,
        "Category": cat,
    }


def _ax(d: pd.DataFrame) -> pd.DataFrame:
    out = d.copy()
    out["_day"] = pd.to_datetime(out["Date"], format="%m/%d/%Y")
    out["_amt"] = pd.to_numeric(out["Amount"], errors="coerce")
    out["_pay"] = out["Description"].astype(str).str.contains("PAYMENT", na=False)
    return out


def _ax_charges(d: pd.DataFrame) -> pd.Series:
    """Spending read as positive rows."""
    x = _ax(d)
    return x["_amt"].where(x["_amt"] > 0, 0.0)


def _ax_net(d: pd.DataFrame) -> pd.Series:
    """Spending read as every row but payments (refunds netted)."""
    x = _ax(d)
    return x["_amt"].where(~x["_pay"], 0.0)


def _ax_top_member(how: Callable[[pd.DataFrame], pd.Series]) -> Callable[[pd.DataFrame], str]:
    return lambda d: _top(how(d).groupby(d["Card Member"]).sum())


def _ax_top_cat(how: Callable[[pd.DataFrame], pd.Series], level: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        cat = d["Category"].fillna("")
        key = cat.str.split("-").str[0] if level else cat
        scores = how(d).groupby(key).sum()
        return _top(scores[scores.index != ""])

    return value


def _ax_peak(how: Callable[[pd.DataFrame], pd.Series]) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(d: pd.DataFrame) -> pd.Timestamp:
        month = _ax(d)["_day"].dt.to_period("M")
        return pd.Timestamp(str(_top(how(d).groupby(month).sum())))

    return value


def _ax_peak_total(how: Callable[[pd.DataFrame], pd.Series]) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        month = _ax(d)["_day"].dt.to_period("M")
        return float(how(d).groupby(month).sum().max())

    return value


_AX_WHO = ("Card Member", "Account #")

_AMEX_QS = [
    Q(
        "how much did we spend on the card in total",
        either(_money(lambda d: _ax_charges(d).sum()), _money(lambda d: _ax_net(d).sum())),
        ("Amount", "Description", "Category", "Date"),
    ),
    Q(
        "who spent the most?",
        either(_lead(_named(_ax_top_member(_ax_charges))), _lead(_named(_ax_top_member(_ax_net)))),
        (*_AX_WHO, "Amount", "Description", "Category"),
    ),
    Q(
        "whats our biggest expense category",
        either(*(_lead(_named(_ax_top_cat(how, level))) for how in (_ax_charges, _ax_net) for level in (False, True))),
        ("Category", "Amount", "Description"),
    ),
    Q(
        "how many charges were over $500",
        either(
            _count(lambda d: int((_ax(d)["_amt"] > 500).sum())), _count(lambda d: int((_ax(d)["_amt"] >= 500).sum()))
        ),
        ("Amount", "Date", "Description"),
    ),
    Q(
        "which month did we spend the most",
        either(_month_year(_ax_peak(_ax_charges)), _month_year(_ax_peak(_ax_net))),
        ("Date", "Amount", "Description", "Category"),
    ),
    Q(
        "how much was that",
        either(_money(_ax_peak_total(_ax_charges)), _money(_ax_peak_total(_ax_net))),
        ("Date", "Amount", "Description", "Category"),
    ),
]


# --- 2. Zoho Desk tickets export ------------------------------------------------------------------------------------

_ZD_AGENTS = {"Ananya Iyer": 1.5, "Tom Becker": 1.2, "Lucia Ferraro": 1.0, "Samuel Osei": 0.8, "Grace Kim": 0.6}
_ZD_SUBJECTS = {
    "Support": [
        "Cannot log in",
        "App crashes on startup",
        "Sync not working",
        "How do I export my data?",
        "Error 500 on dashboard",
        "Password reset link expired",
    ],
    "Billing": ["Refund request", "Charged twice", "Update credit card", "Invoice missing VAT number"],
    "Sales": ["Pricing for 50 seats", "Request a demo", "Upgrade to Enterprise"],
}
_ZD_FIRST = ["James", "Maria", "Wei", "Olga", "Ahmed", "Sofia", "Liam", "Chloe", "Raj", "Nina", "Pedro", "Hana"]
_ZD_LAST = ["Smith", "Garcia", "Chen", "Ivanova", "Khan", "Rossi", "Murphy", "Martin", "Patel", "Berg", "Silva"]
_ZD_FMT = "%d %b %Y %I:%M %p"


def _zoho_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14302)
    start = pd.Timestamp("2024-01-01")
    span = (pd.Timestamp("2024-06-30 23:59") - start).total_seconds()
    agents = list(_ZD_AGENTS)
    rows = []
    for i in range(1600):
        created = start + pd.Timedelta(seconds=int(rng.uniform(0, span)))
        created = created.floor("min")
        dept = _one(rng, list(_ZD_SUBJECTS), [6, 3, 1.5])
        priority = _one(rng, ["High", "Medium", "Low", "-None-"], [2, 4, 2.5, 1.5])
        channel = _one(rng, ["Email", "Web", "Phone", "Chat", "Twitter"], [5, 3, 1.6, 2.2, 0.3])
        age_days = (pd.Timestamp("2024-07-01") - created).days
        status = _one(rng, ["Closed", "Open", "On Hold", "Escalated"], [10, 1.2, 0.5, 0.3])
        if age_days < 10 and rng.random() < 0.5:
            status = "Open"
        owner = "" if status == "Open" and rng.random() < 0.4 else _one(rng, agents, list(_ZD_AGENTS.values()))
        closed = ""
        rating = ""
        if status == "Closed":
            scale = {"High": 9, "Medium": 22, "Low": 40, "-None-": 30}[priority]
            hours = float(rng.gamma(1.4, scale)) + 0.2
            closed_at = min(created + pd.Timedelta(hours=hours), pd.Timestamp("2024-06-30 23:59"))
            closed = closed_at.floor("min").strftime(_ZD_FMT)
            if rng.random() < 0.35:
                bad = 0.08 + (0.25 if hours > 48 else 0)
                rating = _one(rng, ["Good", "Okay", "Bad"], [1 - bad - 0.15, 0.15, bad])
        first, last = _one(rng, _ZD_FIRST), _one(rng, _ZD_LAST)
        rows.append(
            {
                "Ticket Id": 512345000000100000 + 37 * i + int(rng.integers(0, 30)),
                "Request Id": 10231 + i,
                "Subject": _one(rng, _ZD_SUBJECTS[dept]),
                "Department": dept,
                "Contact Name": f"{first} {last}",
                "Email": f"{first.lower()}.{last.lower()}@{_one(rng, ['gmail.com', 'outlook.com', 'acme.io'])}",
                "Status": status,
                "Priority": priority,
                "Channel": channel,
                "Ticket Owner": owner,
                "Created Time": created.strftime(_ZD_FMT),
                "Closed Time": closed,
                "Happiness Rating": rating,
                "Category": "" if rng.random() < 0.6 else _one(rng, ["Bug", "Question", "Feature Request", "Account"]),
                "Language": "English" if rng.random() < 0.93 else _one(rng, ["German", "Spanish", "French"]),
            }
        )
    return pd.DataFrame(rows)


def _zd(d: pd.DataFrame) -> pd.DataFrame:
    out = d.copy()
    out["_c"] = pd.to_datetime(out["Created Time"], format=_ZD_FMT)
    out["_x"] = pd.to_datetime(out["Closed Time"], format=_ZD_FMT, errors="coerce")
    out["_h"] = (out["_x"] - out["_c"]).dt.total_seconds() / 3600
    return out


def _zd_hours(priority: str | None, how: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = _zd(d)
        if priority:
            x = x[x["Priority"] == priority]
        return float(getattr(x["_h"].dropna(), how)())

    return value


def _zd_time(priority: str | None) -> Check:
    return either(*(_scaled(_zd_hours(priority, how), (24, 1 / 60), rel=0.01) for how in ("mean", "median")))


def _zd_bad(rated_only: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        r = d["Happiness Rating"].fillna("")
        base = r[r != ""] if rated_only else r
        return float((base == "Bad").sum() / len(base))

    return value


def _zd_march_closer(by_closed: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        x = _zd(d)
        when = x["_x"] if by_closed else x["_c"]
        x = x[(x["Status"] == "Closed") & (when.dt.month == 3) & (when.dt.year == 2024)]
        return _top(x.groupby("Ticket Owner").size())

    return value


_ZD_ID = ("Request Id", "Ticket Id")

_ZOHO_QS = [
    Q(
        "how many tickets are still open",
        either(
            _count(lambda d: int((d["Status"] == "Open").sum())),
            _count(lambda d: int((d["Status"] != "Closed").sum())),
        ),
        (*_ZD_ID, "Status"),
    ),
    Q(
        "where do most tickets come in from? email, phone, chat...",
        _lead(_named(lambda d: _top(d.groupby("Channel").size()))),
        (*_ZD_ID, "Channel"),
    ),
    Q(
        "how long does it usually take to close a ticket",
        _zd_time(None),
        (*_ZD_ID, "Created Time", "Closed Time", "Status"),
    ),
    Q(
        "and the high priority ones?",
        _zd_time("High"),
        (*_ZD_ID, "Created Time", "Closed Time", "Status", "Priority"),
    ),
    Q(
        "what % of rated tickets got a bad rating",
        either(_share(_zd_bad(True)), _share(_zd_bad(False))),
        (*_ZD_ID, "Happiness Rating"),
    ),
    Q(
        "which agent closed the most tickets in march",
        either(_lead(_named(_zd_march_closer(True))), _lead(_named(_zd_march_closer(False)))),
        (*_ZD_ID, "Ticket Owner", "Status", "Closed Time", "Created Time"),
    ),
]


# --- 3. COROS training log ------------------------------------------------------------------------------------------

# Sport Type: weight, names, km range, pace (min per km, or per 100 m for swims), cadence range, kcal per minute
_CR_SPORTS: dict[str, tuple[float, list[str], tuple[float, float], tuple[float, float], tuple[int, int], float]] = {
    "Run": (45, ["Morning Run", "Easy Run", "Tempo Run", "Long Run", "Intervals"], (4, 22), (4.3, 6.2), (164, 182), 11),
    "Trail Run": (10, ["Trail Run", "Tiger Mountain Trail Run"], (6, 28), (6.0, 9.5), (150, 170), 12),
    "Indoor Run": (8, ["Treadmill Run", "Indoor Run"], (3, 12), (4.8, 6.3), (166, 180), 10.5),
    "Bike": (20, ["Evening Ride", "Commute", "Group Ride", "Zwift - Watopia"], (12, 95), (1.7, 2.8), (78, 92), 9),
    "Pool Swim": (8, ["Pool Swim"], (1.0, 3.2), (1.8, 2.6), (0, 0), 9.5),
    "Strength": (9, ["Strength", "Gym - Legs", "Core"], (0, 0), (0, 0), (0, 0), 6),
}


def _clock(seconds: float) -> str:
    s = round(seconds)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def _coros_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14303)
    sports = list(_CR_SPORTS)
    days = pd.date_range("2023-07-01", "2024-06-30", freq="D")
    rows = []
    for _ in range(620):
        day = days[int(rng.integers(len(days)))]
        sport = _one(rng, sports, [_CR_SPORTS[s][0] for s in sports])
        _w, names, (klo, khi), (plo, phi), (clo, chi), kcal = _CR_SPORTS[sport]
        if sport in ("Run", "Trail Run") and day.month in (3, 4) and rng.random() < 0.4:
            klo, khi = klo + 6, khi + 8  # marathon block
        start = day + pd.Timedelta(minutes=int(rng.integers(5 * 60 + 30, 20 * 60)))
        if sport == "Strength":
            km, secs = 0.0, float(rng.uniform(25, 70) * 60)
        elif sport == "Pool Swim":
            km = round(float(rng.uniform(klo, khi)), 2)
            secs = km * 10 * float(rng.uniform(plo, phi)) * 60
        else:
            km = round(float(rng.uniform(klo, khi)), 2)
            secs = km * float(rng.uniform(plo, phi)) * 60
        minutes = secs / 60
        hr = int(rng.normal({"Strength": 118, "Pool Swim": 132, "Bike": 136}.get(sport, 150), 8))
        no_hr = rng.random() < (0.25 if sport in ("Pool Swim", "Strength") else 0.04)
        load = max(5, int(minutes * (hr - 90) / 55 * float(rng.uniform(0.8, 1.2))))
        calories = int(minutes * kcal * float(rng.uniform(0.85, 1.15)) + 0.4 * load)
        if sport in ("Pool Swim",):
            pace_s = secs / (km * 10)
            pace = f"{int(pace_s // 60)}:{int(pace_s % 60):02d} /100m"
        elif km > 0:
            pace_s = secs / km
            pace = f"{int(pace_s // 60)}:{int(pace_s % 60):02d} /km"
        else:
            pace = "--"
        gain = (
            "--"
            if sport in ("Pool Swim", "Strength", "Indoor Run")
            else f"{int(km * rng.uniform(3, 9 if sport == 'Trail Run' else 4) * (8 if sport == 'Trail Run' else 2))} m"
        )
        rows.append(
            {
                "Activity Name": _one(rng, names),
                "Sport Type": sport,
                "Date": start.strftime("%Y-%m-%d %H:%M"),
                "Total Time": _clock(secs),
                "Distance": "--" if km == 0 else f"{km:.2f} km",
                "Avg Pace": pace,
                "Avg HR": "--" if no_hr else str(hr),
                "Max HR": "--" if no_hr else str(hr + int(rng.integers(8, 30))),
                "Calories": calories,
                "Elevation Gain": gain,
                "Training Load": load,
                "Avg Cadence": "--" if chi == 0 else str(int(rng.integers(clo, chi))),
            }
        )
    frame = pd.DataFrame(rows).sort_values("Date", ascending=False, kind="stable")
    return frame.reset_index(drop=True)


_CR_RUNS = ("Run", "Trail Run", "Indoor Run")


def _cr_km(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d["Distance"].astype(str).str.replace(" km", "", regex=False), errors="coerce")


def _cr_hr(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d["Avg HR"], errors="coerce")


def _cr_runs(all_kinds: bool) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: d["Sport Type"].isin(_CR_RUNS if all_kinds else ("Run",))


def _cr_hours(d: pd.DataFrame) -> pd.Series:
    return pd.to_timedelta(d["Total Time"]).dt.total_seconds() / 3600


def _cr_peak(d: pd.DataFrame) -> pd.Timestamp:
    month = pd.to_datetime(d["Date"]).dt.to_period("M")
    return pd.Timestamp(str(_top(_cr_hours(d).groupby(month).sum())))


_COROS_QS = [
    Q(
        "how many runs have i logged",
        either(*(_count(lambda d, a=a: int(_cr_runs(a)(d).sum())) for a in (False, True))),
        ("Sport Type", "Date"),
    ),
    Q(
        "how far did i run in total",
        either(*(_about(lambda d, a=a: float(_cr_km(d)[_cr_runs(a)(d)].sum()), rel=0.005) for a in (False, True))),
        ("Sport Type", "Distance"),
    ),
    Q(
        "whats my average heart rate on runs compared to bike rides",
        either(
            *(
                _about(
                    lambda d, a=a: [
                        float(_cr_hr(d)[_cr_runs(a)(d)].mean()),
                        float(_cr_hr(d)[d["Sport Type"] == "Bike"].mean()),
                    ]
                )
                for a in (False, True)
            )
        ),
        ("Sport Type", "Avg HR"),
    ),
    Q(
        "which month did i train the most hours",
        _month_year(_cr_peak),
        ("Date", "Total Time"),
    ),
    Q(
        "is training load correlated with calories burned?",
        _corr(lambda d: pd.to_numeric(d["Training Load"]), lambda d: pd.to_numeric(d["Calories"])),
        ("Training Load", "Calories"),
    ),
    Q(
        "how many activities have no heart rate",
        _count(lambda d: int(_cr_hr(d).isna().sum())),
        ("Avg HR", "Max HR"),
    ),
]


# --- 4. Shopify sales by discount report ----------------------------------------------------------------------------

# Discount name: type, method, first and last month, daily chance, orders per active day, share off
_SH_CODES: dict[str, tuple[str, str, int, int, float, float, float]] = {
    "WELCOME10": ("Percentage", "Code", 1, 6, 0.92, 4.0, 0.10),
    "FREESHIP": ("Free shipping", "Code", 1, 6, 0.8, 3.2, 0.0),
    "SPRING20": ("Percentage", "Code", 3, 4, 0.95, 7.5, 0.20),
    "VIP15": ("Percentage", "Code", 1, 6, 0.5, 1.6, 0.15),
    "NEWSLETTER5": ("Fixed amount", "Code", 1, 6, 0.6, 1.8, 0.0),
    "SUMMER25": ("Percentage", "Code", 6, 6, 0.97, 9.0, 0.25),
    "Buy 2 get 1 free": ("Buy X get Y", "Automatic", 2, 5, 0.85, 3.6, 0.22),
    "10% off orders over $75": ("Percentage", "Automatic", 1, 6, 0.9, 4.4, 0.10),
    "INFLUENCER-MAYA": ("Percentage", "Code", 4, 6, 0.55, 2.4, 0.15),
}


def _shopify_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14304)
    rows = []
    for day in pd.date_range("2024-01-01", "2024-06-30", freq="D"):
        for name, (kind, method, m0, m1, chance, per_day, off) in _SH_CODES.items():
            if not m0 <= day.month <= m1 or rng.random() > chance:
                continue
            orders = max(1, int(rng.poisson(per_day * (1.3 if day.dayofweek >= 5 else 1.0))))
            gross = round(float(sum(rng.gamma(3.0, 26.0) for _ in range(orders))), 2)
            if kind == "Fixed amount":
                disc = -5.0 * orders
            elif kind == "Free shipping":
                disc = 0.0
            else:
                disc = -round(gross * off, 2)
            returns = -round(gross * float(rng.uniform(0.1, 0.5)), 2) if rng.random() < 0.08 else 0.0
            net = round(gross + disc + returns, 2)
            shipping = 0.0 if kind == "Free shipping" else round(6.95 * orders * float(rng.uniform(0.4, 1.0)), 2)
            taxes = round(net * 0.0825, 2)
            rows.append(
                {
                    "Day": day.strftime("%Y-%m-%d"),
                    "Discount name": name,
                    "Discount type": kind,
                    "Discount method": method,
                    "Orders": orders,
                    "Gross sales": gross,
                    "Discounts": disc,
                    "Returns": returns,
                    "Net sales": net,
                    "Shipping": shipping,
                    "Taxes": taxes,
                    "Total sales": round(net + shipping + taxes, 2),
                }
            )
    return pd.DataFrame(rows)


def _sh_month(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Day"]).dt.to_period("M")


def _sh_peak(d: pd.DataFrame) -> pd.Timestamp:
    return pd.Timestamp(str(_top(d["Orders"].groupby(_sh_month(d)).sum())))


def _sh_peak_code(d: pd.DataFrame) -> str:
    x = d[_sh_month(d) == _sh_peak(d).to_period("M")]
    return _top(x.groupby("Discount name")["Orders"].sum())


def _sh_auto(by_orders: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        auto = d["Discount method"] == "Automatic"
        if by_orders:
            return float(d.loc[auto, "Orders"].sum() / d["Orders"].sum())
        return float(auto.mean())

    return value


_SH_NAME = ("Discount name", "Discount method", "Discount type")

_SHOPIFY_QS = [
    Q(
        "which discount code made us the most money",
        either(
            *(
                _lead(
                    _named(lambda d, c=c, k=k: _top(d[d["Discount method"].isin(k)].groupby("Discount name")[c].sum()))
                )
                for c in ("Net sales", "Total sales", "Gross sales")
                for k in (("Code",), ("Code", "Automatic"))
            )
        ),
        (*_SH_NAME, "Net sales", "Total sales", "Gross sales"),
    ),
    Q(
        "how many orders used WELCOME10",
        _count(lambda d: int(d.loc[d["Discount name"] == "WELCOME10", "Orders"].sum())),
        (*_SH_NAME, "Orders"),
    ),
    Q(
        "how much did we give away in discounts in february",
        _money(lambda d: float(-d.loc[_sh_month(d) == pd.Period("2024-02", "M"), "Discounts"].sum())),
        ("Day", "Discounts"),
    ),
    Q(
        "what share of orders came from automatic discounts rather than codes",
        either(_share(_sh_auto(True)), _share(_sh_auto(False))),
        (*_SH_NAME, "Orders"),
    ),
    Q(
        "which month had the most discounted orders",
        _month_year(_sh_peak),
        ("Day", "Orders"),
    ),
    Q(
        "and what code was used the most that month",
        _lead(_named(_sh_peak_code)),
        ("Day", *_SH_NAME, "Orders"),
    ),
]


# --- 5. USDA ERS farm income and wealth statistics by state (long form) --------------------------------------------

# State: name, scale of its farm economy (billion dollars of cash receipts in 2008), crop share
_US_STATES = {
    "IA": ("Iowa", 24.0, 0.5),
    "CA": ("California", 36.0, 0.72),
    "NE": ("Nebraska", 17.0, 0.45),
    "TX": ("Texas", 19.0, 0.32),
    "KS": ("Kansas", 14.0, 0.42),
    "MN": ("Minnesota", 14.5, 0.55),
    "IL": ("Illinois", 14.0, 0.8),
    "NC": ("North Carolina", 10.0, 0.3),
    "WI": ("Wisconsin", 9.0, 0.3),
    "WA": ("Washington", 8.5, 0.7),
    "GA": ("Georgia", 7.5, 0.35),
    "OH": ("Ohio", 8.0, 0.62),
}
_US_ALIASES = {code: (name,) for code, (name, _s, _c) in _US_STATES.items()}
# VariableDescriptionTotal: Part1, Part2, VariableCode
_US_VARS = {
    "Cash receipts value, crops, all": ("Cash receipts value", "crops, all", "Cr_V"),
    "Cash receipts value, animals and products, all": ("Cash receipts value", "animals and products, all", "An_V"),
    "Government payments, total": ("Government payments", "total", "GovPay"),
    "Total production expenses": ("Total production expenses", "all", "TPE"),
    "Gross cash income": ("Gross cash income", "all", "GCI"),
    "Net farm income": ("Net farm income", "all", "NFI"),
}
_US_DEFLATOR = dict(
    zip(
        range(2008, 2024),
        [85.2, 85.8, 86.8, 88.6, 90.4, 91.9, 93.6, 94.6, 95.4, 97.3, 99.4, 101.0, 102.3, 106.9, 114.9, 119.3],
        strict=True,
    )
)


def _usda_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14305)
    crop_cycle = dict(
        zip(
            range(2008, 2024),
            [1.1, 0.95, 1.0, 1.2, 1.35, 1.3, 1.1, 0.95, 0.92, 0.93, 0.95, 0.94, 1.0, 1.25, 1.45, 1.3],
            strict=True,
        )
    )
    animal_cycle = dict(
        zip(
            range(2008, 2024),
            [1.0, 0.88, 1.0, 1.1, 1.12, 1.15, 1.32, 1.25, 1.08, 1.12, 1.1, 1.1, 1.05, 1.2, 1.38, 1.35],
            strict=True,
        )
    )
    gov_cycle = dict(
        zip(
            range(2008, 2024),
            [0.9, 0.9, 0.8, 0.7, 0.75, 0.7, 0.6, 0.8, 0.95, 0.85, 1.0, 1.6, 3.3, 2.0, 1.1, 0.8],
            strict=True,
        )
    )
    rows = []
    key = 1
    for year in range(2008, 2024):
        totals = dict.fromkeys(_US_VARS, 0.0)
        for code, (_name, scale, crop) in _US_STATES.items():
            crops = scale * crop * crop_cycle[year] * float(rng.normal(1, 0.06)) * 1e6
            animals = scale * (1 - crop) * animal_cycle[year] * float(rng.normal(1, 0.06)) * 1e6
            gov = scale * 0.045 * gov_cycle[year] * float(rng.normal(1, 0.15)) * 1e6
            gross = (crops + animals + gov) * float(rng.uniform(1.06, 1.12))
            expenses = (crops + animals) * float(rng.uniform(0.74, 0.86)) * (1 + 0.012 * (year - 2008))
            net = gross - expenses + float(rng.normal(0, 0.02)) * scale * 1e6
            values = dict(zip(_US_VARS, [crops, animals, gov, expenses, gross, net], strict=True))
            for var, v in values.items():
                totals[var] += v
                rows.append(_us_row(key, year, code, var, round(v)))
                key += 1
        for var, v in totals.items():
            rows.append(_us_row(key, year, "US", var, round(v * float(rng.uniform(2.45, 2.6)))))
            key += 1
    frame = pd.DataFrame(rows)
    blank = rng.choice(len(frame), 14, replace=False)
    blank = [b for b in blank if frame.loc[b, "State"] != "US" and frame.loc[b, "VariableCode"] != "NFI"]
    frame["Amount"] = frame["Amount"].astype(float)
    frame.loc[blank, "Amount"] = np.nan
    return frame


def _us_row(key: int, year: int, state: str, var: str, amount: float) -> dict[str, Any]:
    part1, part2, code = _US_VARS[var]
    return {
        "artificialKey": key,
        "Year": year,
        "State": state,
        "VariableDescriptionTotal": var,
        "VariableDescriptionPart1": part1,
        "VariableDescriptionPart2": part2,
        "Amount": amount,
        "ChainType_GDP_Deflator": _US_DEFLATOR[year],
        "VariableCode": code,
    }


def _us_pick(d: pd.DataFrame, var: str) -> pd.DataFrame:
    return d[d["VariableDescriptionTotal"] == var]


def _us_top_2022(d: pd.DataFrame) -> str:
    x = _us_pick(d, "Net farm income")
    x = x[(x["Year"] == 2022) & (x["State"] != "US")]
    return _top(x.set_index("State")["Amount"])


def _us_top_2022_amount(d: pd.DataFrame) -> float:
    x = _us_pick(d, "Net farm income")
    return float(x.loc[(x["Year"] == 2022) & (x["State"] == _us_top_2022(d)), "Amount"].iloc[0])


def _us_amount(value: Callable[[pd.DataFrame], float]) -> Check:
    """An amount the table keeps in thousand dollars, read back in thousands, dollars, millions or billions."""
    return _scaled(value, (1e-3, 1e3, 1e6))


def _us_gov_2020(with_us: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = _us_pick(d, "Government payments, total")
        x = x[x["Year"] == 2020]
        return float((x if with_us else x[x["State"] != "US"])["Amount"].mean())

    return value


def _us_receipts(d: pd.DataFrame, with_us: bool) -> pd.DataFrame:
    x = d[d["VariableCode"].isin(["Cr_V", "An_V"])]
    if not with_us:
        x = x[x["State"] != "US"]
    return x.pivot_table(index=["State", "Year"], columns="VariableCode", values="Amount").dropna()


_US_LONG = (
    "Year",
    "State",
    "VariableDescriptionTotal",
    "VariableDescriptionPart1",
    "VariableDescriptionPart2",
    "VariableCode",
    "Amount",
)

_USDA_QS = [
    Q(
        "which state had the highest net farm income in 2022?",
        _lead(_named(_us_top_2022, _US_ALIASES)),
        _US_LONG,
    ),
    Q(
        "how much was it",
        _us_amount(_us_top_2022_amount),
        _US_LONG,
    ),
    Q(
        "what year was national net farm income at its highest",
        _year(lambda d: int(_top(_us_pick(d, "Net farm income").query("State == 'US'").set_index("Year")["Amount"]))),
        _US_LONG,
    ),
    Q(
        "average government payments per state in 2020",
        either(_us_amount(_us_gov_2020(False)), _us_amount(_us_gov_2020(True))),
        _US_LONG,
    ),
    Q(
        "are crop receipts and livestock receipts correlated across the states",
        either(
            *(
                _corr(lambda d, w=w: _us_receipts(d, w)["Cr_V"], lambda d, w=w: _us_receipts(d, w)["An_V"])
                for w in (False, True)
            )
        ),
        _US_LONG,
    ),
    Q(
        "how many values are missing",
        _count(lambda d: int(d["Amount"].isna().sum())),
        ("Amount", "artificialKey", *_US_LONG),
    ),
]


# --- 6. Seattle Real Time Fire 911 Calls ----------------------------------------------------------------------------

_SF_TYPES = {
    "Aid Response": 46,
    "Medic Response": 17,
    "Auto Fire Alarm": 7,
    "Triaged Incident": 5,
    "Trans to AMR": 4.5,
    "MVI - Motor Vehicle Incident": 3.2,
    "Automatic Medical Alarm": 2.4,
    "Rescue Elevator": 1.5,
    "Fire in Building": 1.6,
    "Low Acuity Response": 3.0,
    "Investigate Out Of Service": 1.0,
    "Rubbish Fire": 1.2,
    "Aid Response Yellow": 1.4,
    "Medic Response- 7 per Rule": 0.8,
}
_SF_STREETS = [
    "PIKE ST",
    "PINE ST",
    "3RD AVE",
    "RAINIER AVE S",
    "AURORA AVE N",
    "15TH AVE NE",
    "CALIFORNIA AVE SW",
    "BROADWAY",
    "MARTIN LUTHER KING JR WAY S",
    "LAKE CITY WAY NE",
    "N 45TH ST",
    "E MADISON ST",
]


def _seattle_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14306)
    types = list(_SF_TYPES)
    hour_w = np.array(
        [
            3,
            2.5,
            2.2,
            1.8,
            1.6,
            1.8,
            2.6,
            3.4,
            4.2,
            4.8,
            5.2,
            5.5,
            5.6,
            5.5,
            5.6,
            5.7,
            5.9,
            6.3,
            6.1,
            5.7,
            5.2,
            4.6,
            4.0,
            3.4,
        ]
    )
    rows = []
    counter = {2023: 1, 2024: 1}
    days = pd.date_range("2023-01-01", "2024-12-31", freq="D")
    day_w = np.array([1.25 if (d.month in (12, 1) and t == 0) else 1.0 for d in days for t in [0]])
    for _ in range(4300):
        day = days[int(rng.choice(len(days), p=day_w / day_w.sum()))]
        hour = int(rng.choice(24, p=hour_w / hour_w.sum()))
        when = day + pd.Timedelta(hours=hour, minutes=int(rng.integers(60)), seconds=int(rng.integers(60)))
        kind = _one(rng, types, list(_SF_TYPES.values()))
        if kind != "Fire in Building" and day.month in (12, 1) and rng.random() < 0.012:
            kind = "Fire in Building"
        street = _one(rng, _SF_STREETS)
        if rng.random() < 0.35:
            address = f"{street} / {_one(rng, _SF_STREETS)}"
        else:
            address = f"{int(rng.integers(100, 9999))} {street}"
        lat = round(float(rng.uniform(47.50, 47.73)), 6)
        lon = round(float(rng.uniform(-122.42, -122.25)), 6)
        located = rng.random() > 0.022
        rows.append(
            {
                "_t": when,
                "Address": address,
                "Type": kind,
                "Datetime": when.strftime("%m/%d/%Y %I:%M:%S %p"),
                "Latitude": lat if located else np.nan,
                "Longitude": lon if located else np.nan,
                "Report Location": f"POINT ({lon} {lat})" if located else "",
            }
        )
    frame = pd.DataFrame(rows).sort_values("_t", kind="stable").reset_index(drop=True)
    numbers = []
    for t in frame["_t"]:
        numbers.append(f"F{t.year % 100:02d}{counter[t.year]:07d}")
        counter[t.year] += int(rng.integers(1, 4))
    frame["Incident Number"] = numbers
    frame = frame.drop(columns="_t")
    dupes = frame.iloc[rng.choice(len(frame), 25, replace=False)]
    frame = pd.concat([frame, dupes]).sort_index(kind="stable").reset_index(drop=True)
    return frame.iloc[::-1].reset_index(drop=True)


def _sf(d: pd.DataFrame, unique: bool) -> pd.DataFrame:
    out = d.drop_duplicates("Incident Number") if unique else d.copy()
    out = out.copy()
    out["_t"] = pd.to_datetime(out["Datetime"], format="%m/%d/%Y %I:%M:%S %p")
    return out


def _sf_top3(unique: bool) -> Callable[[pd.DataFrame], list[str]]:
    return lambda d: list(_ranked(_sf(d, unique).groupby("Type").size()).index[:3])


def _sf_busy_hour(d: pd.DataFrame) -> int:
    return int(_top(_sf(d, False)["_t"].dt.hour.value_counts().sort_index()).split(".")[0])


def _sf_medical(unique: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_sf(d, unique)["Type"].isin(["Aid Response", "Medic Response"]).mean())


def _sf_fires(unique: bool) -> Callable[[pd.DataFrame], int]:
    def value(d: pd.DataFrame) -> int:
        x = _sf(d, unique)
        return int(((x["Type"] == "Fire in Building") & (x["_t"].dt.year == 2024)).sum())

    return value


def _sf_unlocated(unique: bool) -> Callable[[pd.DataFrame], int]:
    return lambda d: int(_sf(d, unique)["Latitude"].isna().sum())


_SEATTLE_QS = [
    Q(
        "how many 911 calls are in here",
        either(_count(lambda d: len(d)), _count(lambda d: int(d["Incident Number"].nunique()))),
        ("Incident Number",),
    ),
    Q(
        "what are the 3 most common types of call",
        either(_labels_in(_sf_top3(False)), _labels_in(_sf_top3(True))),
        ("Type", "Incident Number"),
    ),
    Q(
        "what time of day do most calls come in",
        _lead(_hour(_sf_busy_hour)),
        ("Datetime", "Incident Number"),
    ),
    Q(
        "what percent of calls were aid or medic responses",
        either(_share(_sf_medical(False)), _share(_sf_medical(True))),
        ("Type", "Incident Number"),
    ),
    Q(
        "how many building fires were there in 2024",
        either(_count(_sf_fires(False)), _count(_sf_fires(True))),
        ("Type", "Datetime", "Incident Number"),
    ),
    Q(
        "how many calls don't have a location",
        either(_count(_sf_unlocated(False)), _count(_sf_unlocated(True))),
        ("Latitude", "Longitude", "Report Location", "Incident Number"),
    ),
]


# --- 7. WHO Global Health Expenditure Database extract -------------------------------------------------------------

# location: code, region, income, 2000 spending per person (US$), 2000 share of GDP, out-of-pocket share
_WH_COUNTRIES: dict[str, tuple[str, str, str, float, float, float]] = {
    "Nigeria": ("NGA", "AFR", "Lower-middle", 18, 3.6, 70),
    "Kenya": ("KEN", "AFR", "Lower-middle", 20, 4.6, 40),
    "Ethiopia": ("ETH", "AFR", "Low", 5, 4.2, 38),
    "Ghana": ("GHA", "AFR", "Lower-middle", 14, 3.0, 45),
    "South Africa": ("ZAF", "AFR", "Upper-middle", 250, 7.8, 12),
    "Uganda": ("UGA", "AFR", "Low", 16, 6.4, 42),
    "Malawi": ("MWI", "AFR", "Low", 14, 7.0, 13),
    "Senegal": ("SEN", "AFR", "Lower-middle", 20, 4.2, 55),
    "United States of America": ("USA", "AMR", "High", 4800, 12.5, 15),
    "Canada": ("CAN", "AMR", "High", 2100, 8.3, 15),
    "Brazil": ("BRA", "AMR", "Upper-middle", 270, 8.3, 38),
    "Mexico": ("MEX", "AMR", "Upper-middle", 320, 4.9, 50),
    "Peru": ("PER", "AMR", "Upper-middle", 100, 4.6, 38),
    "Haiti": ("HTI", "AMR", "Lower-middle", 25, 6.0, 45),
    "Germany": ("DEU", "EUR", "High", 2400, 10.0, 13),
    "France": ("FRA", "EUR", "High", 2300, 9.6, 8),
    "United Kingdom of Great Britain and Northern Ireland": ("GBR", "EUR", "High", 1800, 6.0, 14),
    "Poland": ("POL", "EUR", "High", 250, 5.3, 30),
    "Türkiye": ("TUR", "EUR", "Upper-middle", 200, 4.6, 20),
    "Ukraine": ("UKR", "EUR", "Lower-middle", 35, 5.4, 38),
    "Switzerland": ("CHE", "EUR", "High", 4100, 9.3, 30),
    "India": ("IND", "SEAR", "Lower-middle", 18, 4.0, 68),
    "Bangladesh": ("BGD", "SEAR", "Lower-middle", 10, 2.3, 60),
    "Indonesia": ("IDN", "SEAR", "Lower-middle", 17, 2.0, 45),
    "Thailand": ("THA", "SEAR", "Upper-middle", 65, 3.4, 30),
    "Nepal": ("NPL", "SEAR", "Lower-middle", 12, 4.4, 60),
    "Pakistan": ("PAK", "EMR", "Lower-middle", 15, 2.9, 65),
    "Egypt": ("EGY", "EMR", "Lower-middle", 65, 5.0, 58),
    "Iran (Islamic Republic of)": ("IRN", "EMR", "Upper-middle", 90, 4.6, 50),
    "Saudi Arabia": ("SAU", "EMR", "High", 380, 4.1, 20),
    "Morocco": ("MAR", "EMR", "Lower-middle", 50, 4.3, 52),
    "China": ("CHN", "WPR", "Upper-middle", 43, 4.5, 60),
    "Japan": ("JPN", "WPR", "High", 2800, 7.2, 15),
    "Australia": ("AUS", "WPR", "High", 1750, 7.6, 20),
    "Viet Nam": ("VNM", "WPR", "Lower-middle", 20, 4.8, 62),
    "Philippines": ("PHL", "WPR", "Lower-middle", 34, 3.2, 45),
    "Republic of Korea": ("KOR", "WPR", "High", 500, 4.0, 42),
}


def _who_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14307)
    rows = []
    for location, (code, region, income, pc0, gdp0, oop0) in _WH_COUNTRIES.items():
        growth = float(rng.uniform(0.03, 0.09)) if income != "High" else float(rng.uniform(0.025, 0.045))
        drift = float(rng.uniform(-0.01, 0.08))
        oop_drift = float(rng.uniform(-0.9, 0.1))
        for year in range(2000, 2022):
            t = year - 2000
            covid = 1.12 if year in (2020, 2021) else 1.0
            pc = pc0 * (1 + growth) ** t * covid * float(rng.normal(1, 0.03))
            gdp = gdp0 * (1 + drift * t / 21) * covid * float(rng.normal(1, 0.025))
            oop = min(85.0, max(3.0, oop0 + oop_drift * t + float(rng.normal(0, 1.5))))
            gghed = min(88.0, max(8.0, 100 - oop - float(rng.uniform(5, 25 if region == "AFR" else 12))))
            ext = max(0.0, float(rng.normal(18, 6))) if income == "Low" else max(0.0, float(rng.normal(3, 2)))
            missing = 0.02 + (0.06 if year < 2004 else 0) + (0.08 if income == "Low" else 0)
            rows.append(
                {
                    "location": location,
                    "code": code,
                    "region": region,
                    "income": income,
                    "year": year,
                    "che_gdp": round(gdp, 2) if rng.random() > missing else np.nan,
                    "che_pc_usd": round(pc, 2) if rng.random() > missing else np.nan,
                    "gghed_che": round(gghed, 2) if rng.random() > missing else np.nan,
                    "oop_che": round(oop, 2) if rng.random() > missing + (0.1 if year == 2021 else 0) else np.nan,
                    "ext_che": np.nan if income == "High" and rng.random() < 0.7 else round(ext, 2),
                }
            )
    return pd.DataFrame(rows)


def _wh_top_pc(d: pd.DataFrame) -> str:
    x = d[d["year"] == 2021]
    return _top(x.set_index("location")["che_pc_usd"].dropna())


def _wh_income_means(d: pd.DataFrame) -> list[float]:
    x = d[d["year"] == 2021]
    return [float(v) for v in x.groupby("income")["che_gdp"].mean().to_numpy()]


def _wh_peak_year(region: str | None) -> Callable[[pd.DataFrame], int]:
    def value(d: pd.DataFrame) -> int:
        x = d if region is None else d[d["region"] == region]
        return int(_top(x.groupby("year")["che_gdp"].mean()))

    return value


_WH_ALIASES = {
    "United States of America": ("United States", "USA"),
    "Switzerland": ("CHE",),
}
_WH_ID = ("location", "code")

_WHO_QS = [
    Q(
        "which country spent the most on health per person in 2021",
        _lead(_named(_wh_top_pc, _WH_ALIASES)),
        (*_WH_ID, "year", "che_pc_usd"),
    ),
    Q(
        "average health spending as a share of gdp by income group in 2021?",
        _about(_wh_income_means),
        (*_WH_ID, "income", "year", "che_gdp"),
    ),
    Q(
        "how many countries are missing out of pocket figures for 2021",
        _count(lambda d: int(d.loc[d["year"] == 2021, "oop_che"].isna().sum())),
        (*_WH_ID, "year", "oop_che"),
    ),
    Q(
        "do countries that spend more per person have a lower out of pocket share",
        _corr(lambda d: d["che_pc_usd"], lambda d: d["oop_che"]),
        (*_WH_ID, "year", "che_pc_usd", "oop_che"),
    ),
    Q(
        "which year had the highest average health spending as % of gdp",
        _year(_wh_peak_year(None)),
        ("year", "che_gdp"),
    ),
    Q(
        "and for the african region?",
        _year(_wh_peak_year("AFR")),
        ("year", "che_gdp", "region"),
    ),
]


HELDOUT143: list[Dataset] = [
    Dataset("american_express_business_statement", _amex_frame, _AMEX_QS),
    Dataset("zoho_desk_tickets_export", _zoho_frame, _ZOHO_QS),
    Dataset("coros_training_log", _coros_frame, _COROS_QS),
    Dataset("shopify_discount_codes_report", _shopify_frame, _SHOPIFY_QS),
    Dataset("usda_ers_farm_income_by_state", _usda_frame, _USDA_QS),
    Dataset("seattle_911_fire_calls", _seattle_frame, _SEATTLE_QS),
    Dataset("who_global_health_expenditure", _who_frame, _WHO_QS),
]
