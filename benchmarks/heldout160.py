"""HELDOUT160: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a HubSpot marketing email performance export
(January 2023 to June 2024, one row per sent email) with "Email ID", "Email name" (A/B tests as "... (Variation B)"),
"Email subject", Campaign, "Email type" (Regular / Automated / Blog & RSS), "Subscription type", "Sent by", "Publish
date" as "Mar 15, 2024 10:00 AM", Sent, Delivered, Opened, Clicked, "Hard bounced", "Soft bounced", Unsubscribed,
"Spam reports" and "Open rate" / "Click rate" / "Click-through rate" / "Delivered rate" as "24.31%" ("--" for a few
cancelled sends with nothing sent); a Square invoices export (2023 to mid 2024) with "Invoice ID", "Invoice Number"
("000123"), "Invoice Title", "Customer Name", "Customer Email", "Invoice Status" (Paid, Unpaid, Overdue, Partially
Paid, Canceled, Draft), "Date Created", "Date Sent" (blank for drafts), "Due Date" and "Last Payment Date" (blank if
nothing paid) as "03/15/2024", "Invoice Total", "Amount Paid", "Amount Refunded" and "Balance Due" as "$1,250.00",
"Recurring Series" (mostly blank), Location (two shops) and "Team Member"; an Atlassian Statuspage incident history
export (2021-2024) with id (12 lower-case characters), name, status (resolved, postmortem, monitoring,
investigating, identified), impact (none, minor, major, critical), created_at / started_at / updated_at / resolved_at
as "2023-04-12T14:02:11.123Z" (resolved_at blank while open), components ("API; Dashboard"), shortlink and
postmortem_published_at (mostly blank); a Fitbit daily heart rate zones export (2022-2023, one row a day) with
dateTime ("2022-01-15"), restingHeartRate (blank on days the tracker was not worn, when every zone has 0 minutes),
"Out of Range minutes", "Fat Burn minutes", "Cardio minutes", "Peak minutes" and the four zones' caloriesOut; CDC
NNDSS weekly tables for 2023 (pertussis, Lyme disease, salmonellosis) with "Reporting Area" in upper case (eleven
states plus the NEW ENGLAND and PACIFIC region totals and the US RESIDENTS national total, which also counts states
not listed), "MMWR Year", "MMWR Week", Label, "Current week" (blank with flag "-" when no cases), "Current week,
flag", "Previous 52 week Max", "Cumulative YTD Current MMWR Year", "Cumulative YTD Previous MMWR Year", LOCATION1,
LOCATION2, sort_order and geocode ("POINT (-72.7 41.6)", blank for regions); Seattle Real Time Fire 911 Calls for
2023 with Address, Type ("Aid Response", "Medic Response", "Medic Response- 7 per Rule", "Auto Fire Alarm", "Car
Fire", "Brush Fire", ...), Datetime as "01/05/2023 10:22:15 PM", Latitude, Longitude (both blank for a few),
"Report Location" ("POINT (-122.33 47.61)") and "Incident Number" ("F230001234", a few rows repeated); and World
Bank GDP per capita (current US$) in long form (2000-2022) with "Country Name", "Country Code", Region, "Income
Group" (both blank for the World / High income / Low income aggregate rows; income group blank for Venezuela),
Year and "GDP per capita (current US$)" (blank for some country-years). All are generated with fixed seeds
16001-16007.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _pct, _share, _text
from .heldout158 import _hour, _money, _top
from .offline_eval import Check, Dataset, Q, corr_of, either, has
from .offline_eval import about as _about
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

# --- shared helpers ------------------------------------------------------------------------------------------------


def _num(s: pd.Series) -> pd.Series:
    """Numbers written with "$", "," or "%" (and "--" for none) as floats."""
    return pd.to_numeric(_text(s).str.replace(r"[$,%]", "", regex=True), errors="coerce")


def _duration(minutes: Callable[[pd.DataFrame], float]) -> Check:
    """A duration given in minutes, in hours ("3.4 hours"), as "3h 24m" / "3 hours 24 minutes" or in days."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = float(minutes(df))
        for m in re.finditer(r"(\d+)\s*(?:h|hrs?|hours?)\s*(?:and\s*)?(\d+)\s*(?:m|mins?|minutes?)\b", answer):
            if abs(int(m.group(1)) * 60 + int(m.group(2)) - want) <= max(0.02 * want, 1.5):
                return None
        for scale in (1.0, 60.0, 1440.0):
            if _about(lambda d, s=scale: want / s, rel=0.02)(answer, df) is None:
                return None
        return f"missing duration {want:.4g} minutes"

    return check


def _days(value: Callable[[pd.DataFrame], float]) -> Check:
    return _about(value, rel=0.02)


# --- 1. HubSpot marketing email performance ------------------------------------------------------------------------

# campaign: weight, open rate, click rate
_HS_CAMPAIGNS = {
    "Monthly Newsletter": (5, 0.27, 0.035),
    "Spring Product Launch": (2, 0.31, 0.05),
    "Webinar Promotion": (2.5, 0.22, 0.03),
    "Customer Onboarding": (3, 0.45, 0.09),
    "Black Friday 2023": (1.5, 0.24, 0.06),
    "Re-engagement": (1.2, 0.12, 0.01),
}
_HS_FMT = "%b %d, %Y %I:%M %p"


def _hubspot_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16001)
    rows = []
    names = list(_HS_CAMPAIGNS)
    start = pd.Timestamp("2023-01-02 06:00")
    n = int(rng.integers(420, 460))
    stamps = sorted(start + pd.Timedelta(minutes=30 * int(rng.integers(0, 545 * 48))) for _ in range(n))
    for i, when in enumerate(stamps):
        camp = _one(rng, names, [v[0] for v in _HS_CAMPAIGNS.values()])
        _, open_r, click_r = _HS_CAMPAIGNS[camp]
        kind = "Automated" if camp == "Customer Onboarding" else _one(rng, ["Regular", "Blog & RSS"], [6, 1])
        sent = int(rng.integers(150, 900)) if kind == "Automated" else int(rng.integers(2000, 14000))
        if rng.random() < 0.02:
            sent = 0
        hard = int(rng.binomial(sent, 0.004))
        soft = int(rng.binomial(sent, 0.008))
        delivered = sent - hard - soft
        opened = int(rng.binomial(delivered, min(0.9, open_r * float(rng.uniform(0.75, 1.25)))))
        clicked = int(rng.binomial(opened, min(0.9, click_r / open_r * float(rng.uniform(0.7, 1.3)))))
        unsub = int(rng.binomial(delivered, 0.003 if camp != "Re-engagement" else 0.012))
        variant = " (Variation B)" if rng.random() < 0.08 else ""

        def rate(a: int, b: int) -> str:
            return f"{100 * a / b:.2f}%" if b else "--"

        rows.append(
            {
                "Email ID": 140000000000 + 1117 * i + int(rng.integers(0, 1000)),
                "Email name": f"{camp} - {when:%b %Y} #{i + 1}{variant}",
                "Email subject": f"{_one(rng, ['Don’t miss', 'New:', 'Your guide to', 'Last chance:'])} {camp}",
                "Campaign": camp,
                "Email type": kind,
                "Subscription type": "Marketing Information" if kind != "Automated" else "Customer Service",
                "Sent by": _one(rng, ["Dana Whitfield", "Marco Ruiz", "Priya Nair"]),
                "Publish date": when.strftime(_HS_FMT),
                "Sent": sent,
                "Delivered": delivered,
                "Opened": opened,
                "Clicked": clicked,
                "Hard bounced": hard,
                "Soft bounced": soft,
                "Unsubscribed": unsub,
                "Spam reports": int(rng.binomial(delivered, 0.0002)),
                "Open rate": rate(opened, delivered),
                "Click rate": rate(clicked, delivered),
                "Click-through rate": rate(clicked, opened),
                "Delivered rate": rate(delivered, sent),
            }
        )
    return pd.DataFrame(rows)


def _hs(d: pd.DataFrame) -> pd.DataFrame:
    out = d.copy()
    out["_when"] = pd.to_datetime(_text(out["Publish date"]), format=_HS_FMT)
    return out


def _hs_2023(d: pd.DataFrame) -> pd.DataFrame:
    x = _hs(d)
    return x[x["_when"].dt.year == 2023]


def _hs_click_rate(kind: str, pooled: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = d[_text(d["Email type"]) == kind]
        if pooled:
            return float(x["Clicked"].sum() / x["Delivered"].sum() * 100)
        return float(_num(x["Click rate"]).mean())

    return value


def _hs_top_campaign(d: pd.DataFrame) -> str:
    return _top(d.groupby("Campaign")["Clicked"].sum())


def _hs_unsub_month(d: pd.DataFrame) -> str:
    x = _hs(d)
    return _top(x.groupby(x["_when"].dt.to_period("M").astype(str))["Unsubscribed"].sum())


_HS_ID = ("Email name", "Email ID", "Publish date")
_HUBSPOT_QS = [
    Q(
        "how many emails did we send in 2023",
        either(
            _count(lambda d: len(_hs_2023(d))),
            _count(lambda d: int((_hs_2023(d)["Sent"] > 0).sum())),
            _money(lambda d: float(_hs_2023(d)["Sent"].sum())),
        ),
        (*_HS_ID, "Sent"),
    ),
    Q(
        "whats our average open rate",
        either(
            _about(lambda d: float(_num(d["Open rate"]).mean()), rel=0.01),
            _share(lambda d: float(d["Opened"].sum() / d["Delivered"].sum())),
        ),
        (*_HS_ID, "Open rate", "Opened", "Delivered"),
    ),
    Q(
        "which campaign got the most clicks",
        _lead(_named(_hs_top_campaign)),
        (*_HS_ID, "Campaign", "Clicked"),
    ),
    Q(
        "do automated emails get clicked more than regular ones? click rate for each",
        either(
            has(_hs_click_rate("Automated", False), _hs_click_rate("Regular", False), rel=0.02),
            has(_hs_click_rate("Automated", True), _hs_click_rate("Regular", True), rel=0.02),
        ),
        (*_HS_ID, "Email type", "Click rate", "Clicked", "Delivered"),
    ),
    Q(
        "how many people unsubscribed altogether",
        _count(lambda d: int(d["Unsubscribed"].sum())),
        (*_HS_ID, "Unsubscribed"),
    ),
    Q(
        "and which month had the most unsubscribes?",
        _lead(_month_year(_hs_unsub_month)),
        (*_HS_ID, "Unsubscribed"),
    ),
]


# --- 2. Square invoices export -------------------------------------------------------------------------------------

# customer: weight, typical invoice
_SQ_CUSTOMERS = {
    "Maple Street Dental": (3, 900),
    "Greenleaf Property Mgmt": (4, 1600),
    "Olivia Park": (1.5, 350),
    "Hudson Valley Brewing": (2.5, 2400),
    "Sunrise Yoga Studio": (2, 500),
    "Benjamin Carter": (1, 280),
    "Tri-County Realty": (2.2, 1300),
    "Lakeside Bistro": (1.8, 750),
}
_SQ_FMT = "%m/%d/%Y"


def _dollars(x: float) -> str:
    return f"${x:,.2f}"


def _square_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16002)
    rows = []
    names = list(_SQ_CUSTOMERS)
    end = pd.Timestamp("2024-06-30")
    n = int(rng.integers(480, 540))
    created = sorted(pd.Timestamp("2023-01-03") + pd.Timedelta(days=int(rng.integers(0, 545))) for _ in range(n))
    for i, day in enumerate(created):
        cust = _one(rng, names, [v[0] for v in _SQ_CUSTOMERS.values()])
        total = round(_SQ_CUSTOMERS[cust][1] * float(rng.lognormal(0, 0.35)), 2)
        sent_day = day + pd.Timedelta(days=int(rng.integers(0, 3)))
        due = sent_day + pd.Timedelta(days=_one(rng, [7, 14, 30], [1, 2, 3]))
        age = (end - due).days
        status = _one(
            rng,
            ["Paid", "Unpaid", "Partially Paid", "Canceled", "Draft"],
            [30, 3 if age < 0 else 2, 1, 1, 0.8 if age > -30 else 2],
        )
        paid = refunded = 0.0
        last_pay = None
        if status == "Paid":
            paid = total
            last_pay = sent_day + pd.Timedelta(days=int(rng.gamma(2.0, 5.0)))
            if rng.random() < 0.03:
                refunded = round(total * 0.25, 2)
        elif status == "Partially Paid":
            paid = round(total * 0.5, 2)
            last_pay = sent_day + pd.Timedelta(days=int(rng.integers(1, 20)))
        if status == "Unpaid" and age > 0:
            status = "Overdue"
        balance = 0.0 if status in ("Paid", "Canceled") else round(total - paid, 2)
        rows.append(
            {
                "Invoice ID": f"inv:0-Ch{int(rng.integers(10**9, 10**10))}",
                "Invoice Number": f"{i + 101:06d}",
                "Invoice Title": _one(rng, ["Monthly service", "Event catering", "Repair work", "Consulting", ""]),
                "Customer Name": cust,
                "Customer Email": f"billing@{re.sub(r'[^a-z]', '', cust.lower())}.com",
                "Invoice Status": status,
                "Date Created": day.strftime(_SQ_FMT),
                "Date Sent": "" if status == "Draft" else sent_day.strftime(_SQ_FMT),
                "Due Date": due.strftime(_SQ_FMT),
                "Last Payment Date": "" if last_pay is None else last_pay.strftime(_SQ_FMT),
                "Invoice Total": _dollars(total),
                "Amount Paid": _dollars(paid),
                "Amount Refunded": _dollars(refunded),
                "Balance Due": _dollars(balance),
                "Recurring Series": "Monthly" if rng.random() < 0.1 else "",
                "Location": _one(rng, ["Downtown", "Westside"], [3, 2]),
                "Team Member": _one(rng, ["Alex Moreno", "Jamie Chen", ""], [3, 3, 1]),
            }
        )
    return pd.DataFrame(rows)


def _sq_live(d: pd.DataFrame) -> pd.DataFrame:
    return d[~_text(d["Invoice Status"]).isin(["Canceled", "Draft"])]


def _sq_sum(col: str, live: bool = False) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_num((_sq_live(d) if live else d)[col]).sum())


def _sq_top(col: str) -> Callable[[pd.DataFrame], str]:
    return lambda d: _top(_num(d[col]).groupby(d["Customer Name"]).sum())


def _sq_overdue(live: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = _sq_live(d) if live else d
        return float((_text(x["Invoice Status"]) == "Overdue").mean())

    return value


def _sq_pay_days(how: str, start: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = d[_text(d["Invoice Status"]) == "Paid"]
        gap = pd.to_datetime(x["Last Payment Date"], format=_SQ_FMT) - pd.to_datetime(x[start], format=_SQ_FMT)
        return float(getattr(gap.dt.days, how)())

    return value


def _sq_location(col: str) -> Callable[[pd.DataFrame], str]:
    return lambda d: _top(_num(d[col]).groupby(d["Location"]).sum())


_SQ_ID = ("Invoice Number", "Invoice ID", "Invoice Status", "Customer Name", "Date Created")
_SQUARE_QS = [
    Q(
        "how much have we invoiced in total",
        either(_money(_sq_sum("Invoice Total")), _money(_sq_sum("Invoice Total", True))),
        (*_SQ_ID, "Invoice Total"),
    ),
    Q(
        "how much is still outstanding",
        either(_money(_sq_sum("Balance Due")), _money(_sq_sum("Balance Due", True))),
        (*_SQ_ID, "Balance Due", "Due Date"),
    ),
    Q(
        "who's our biggest customer",
        either(_lead(_named(_sq_top("Amount Paid"))), _lead(_named(_sq_top("Invoice Total")))),
        (*_SQ_ID, "Amount Paid", "Invoice Total"),
    ),
    Q(
        "what percent of invoices are overdue",
        either(_share(_sq_overdue(False)), _share(_sq_overdue(True))),
        (*_SQ_ID, "Due Date"),
    ),
    Q(
        "how many days does it usually take people to pay",
        either(
            _days(_sq_pay_days("mean", "Date Sent")),
            _days(_sq_pay_days("median", "Date Sent")),
            _days(_sq_pay_days("mean", "Date Created")),
            _days(_sq_pay_days("median", "Date Created")),
        ),
        (*_SQ_ID, "Date Sent", "Last Payment Date"),
    ),
    Q(
        "which of the two shops brings in more money",
        either(_lead(_named(_sq_location("Amount Paid"))), _lead(_named(_sq_location("Invoice Total")))),
        (*_SQ_ID, "Location", "Amount Paid", "Invoice Total"),
    ),
]


# --- 3. Atlassian Statuspage incident history ----------------------------------------------------------------------

_SP_COMPONENTS = {"API": 5, "Dashboard": 3, "Webhooks": 2.5, "Authentication": 1.5, "Billing": 1, "Mobile App": 1.2}
_SP_IMPACT = {"none": (2, 25), "minor": (5, 70), "major": (2, 150), "critical": (0.6, 240)}
_SP_TITLES = [
    "Elevated error rates",
    "Degraded performance",
    "Delayed delivery",
    "Increased latency",
    "Partial outage",
    "Login failures for some users",
]


def _zulu(t: pd.Timestamp) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def _statuspage_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16003)
    rows = []
    comps = list(_SP_COMPONENTS)
    n = int(rng.integers(360, 400))
    span = (pd.Timestamp("2024-09-30") - pd.Timestamp("2021-01-01")).total_seconds()
    starts = sorted(pd.Timestamp("2021-01-01") + pd.Timedelta(seconds=float(rng.uniform(0, span))) for _ in range(n))
    letters = np.array(list("abcdefghijklmnopqrstuvwxyz0123456789"))
    for i, start in enumerate(starts):
        start = start.floor("ms")
        impact = _one(rng, list(_SP_IMPACT), [v[0] for v in _SP_IMPACT.values()])
        k = 1 if rng.random() < 0.7 else 2
        picked = list(
            rng.choice(
                comps, size=k, replace=False, p=np.array(list(_SP_COMPONENTS.values())) / sum(_SP_COMPONENTS.values())
            )
        )
        created = start + pd.Timedelta(minutes=float(rng.integers(0, 20)), milliseconds=int(rng.integers(0, 999)))
        lasted = pd.Timedelta(minutes=float(rng.gamma(1.6, _SP_IMPACT[impact][1] / 1.6)) + 5)
        open_ = i >= n - 4
        resolved = None if open_ else created + lasted
        if open_:
            status = _one(rng, ["investigating", "identified", "monitoring"])
        else:
            status = "postmortem" if impact in ("major", "critical") and rng.random() < 0.5 else "resolved"
        updated = (resolved or created + pd.Timedelta(minutes=10)) + pd.Timedelta(seconds=int(rng.integers(1, 600)))
        rows.append(
            {
                "id": "".join(rng.choice(letters, 12)),
                "name": f"{_one(rng, _SP_TITLES)} - {picked[0]}",
                "status": status,
                "impact": impact,
                "created_at": _zulu(created),
                "started_at": _zulu(start),
                "updated_at": _zulu(updated),
                "resolved_at": "" if resolved is None else _zulu(resolved),
                "components": "; ".join(picked),
                "shortlink": f"https://stspg.io/{''.join(rng.choice(letters, 7))}",
                "postmortem_published_at": _zulu(updated + pd.Timedelta(days=2)) if status == "postmortem" else "",
            }
        )
    return pd.DataFrame(rows)


def _sp_time(s: pd.Series) -> pd.Series:
    t = _text(s)
    return pd.to_datetime(t.where(t != ""), utc=True, format="ISO8601")


def _sp_year(d: pd.DataFrame, year: int) -> pd.DataFrame:
    return d[_sp_time(d["created_at"]).dt.year == year]


def _sp_fix_minutes(how: str, start: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        gap = (_sp_time(d["resolved_at"]) - _sp_time(d[start])).dt.total_seconds() / 60
        return float(getattr(gap.dropna(), how)())

    return value


def _sp_top_component(d: pd.DataFrame) -> str:
    return _top(_text(d["components"]).str.split(";").explode().str.strip().value_counts())


def _sp_month(d: pd.DataFrame) -> str:
    return _top(_sp_time(d["created_at"]).dt.strftime("%Y-%m").value_counts())


_SP_ID = ("id", "name", "created_at", "started_at", "shortlink")
_STATUSPAGE_QS = [
    Q("how many incidents did we have in 2023", _count(lambda d: len(_sp_year(d, 2023))), _SP_ID),
    Q(
        "how many of those were major or critical",
        _count(lambda d: int(_text(_sp_year(d, 2023)["impact"]).isin(["major", "critical"]).sum())),
        (*_SP_ID, "impact"),
    ),
    Q(
        "how long does it take to fix an incident on average",
        either(
            *(
                _duration(_sp_fix_minutes(how, start))
                for how in ("mean", "median")
                for start in ("created_at", "started_at")
            )
        ),
        (*_SP_ID, "resolved_at", "status"),
    ),
    Q(
        "which part of the system has the most incidents",
        _lead(_named(_sp_top_component)),
        (*_SP_ID, "components"),
    ),
    Q("which month was the worst for incidents", _lead(_month_year(_sp_month)), _SP_ID),
    Q(
        "are any incidents still open? how many",
        _count(lambda d: int((_text(d["resolved_at"]) == "").sum())),
        (*_SP_ID, "status", "resolved_at"),
    ),
]


# --- 4. Fitbit daily heart rate zones ------------------------------------------------------------------------------

_FB_ZONES = ("Out of Range", "Fat Burn", "Cardio", "Peak")


def _fitbit_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16004)
    rows = []
    days = pd.date_range("2022-01-01", "2023-12-31", freq="D")
    for i, day in enumerate(days):
        worn = rng.random() > 0.05
        fitness = i / len(days)
        workout = rng.random() < 0.35 + 0.2 * fitness
        if worn:
            cardio = int(rng.gamma(3, 9)) if workout else int(rng.integers(0, 6))
            peak = int(rng.gamma(1.5, 4)) if workout and rng.random() < 0.5 else 0
            fat = int(rng.integers(20, 110)) + (int(rng.integers(10, 40)) if workout else 0)
            out = int(rng.integers(1250, 1400)) - cardio - peak - fat
            rhr = round(64 - 5 * fitness - 0.03 * cardio + float(rng.normal(0, 1.8)))
            minutes = [out, fat, cardio, peak]
            cals = [round(m * r, 2) for m, r in zip(minutes, (1.35, 6.2, 9.8, 12.5), strict=True)]
        else:
            rhr = None
            minutes = [0, 0, 0, 0]
            cals = [0.0, 0.0, 0.0, 0.0]
        row: dict[str, Any] = {"dateTime": day.strftime("%Y-%m-%d"), "restingHeartRate": rhr}
        row |= {f"{z} minutes": m for z, m in zip(_FB_ZONES, minutes, strict=True)}
        row |= {f"{z} caloriesOut": c for z, c in zip(_FB_ZONES, cals, strict=True)}
        rows.append(row)
    return pd.DataFrame(rows)


def _fb_year(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["dateTime"], format="%Y-%m-%d").dt.year


def _fb_peak_month(d: pd.DataFrame) -> str:
    when = pd.to_datetime(d["dateTime"], format="%Y-%m-%d")
    return _top(d.groupby(when.dt.strftime("%Y-%m"))["Peak minutes"].sum())


def _fb_rhr_by_year(how: str) -> Callable[[pd.DataFrame], list[float]]:
    return lambda d: [float(getattr(d.loc[_fb_year(d) == y, "restingHeartRate"], how)()) for y in (2022, 2023)]


_FB_ID = ("dateTime",)
_FITBIT_QS = [
    Q(
        "what's my average resting heart rate",
        _about(lambda d: float(d["restingHeartRate"].mean()), rel=0.005),
        (*_FB_ID, "restingHeartRate"),
    ),
    Q(
        "how many days is it missing",
        _count(lambda d: int(d["restingHeartRate"].isna().sum())),
        (*_FB_ID, "restingHeartRate"),
    ),
    Q(
        "total minutes in the cardio zone in 2023?",
        _count(lambda d: int(d.loc[_fb_year(d) == 2023, "Cardio minutes"].sum())),
        (*_FB_ID, "Cardio minutes"),
    ),
    Q(
        "which month did i spend the most time in peak",
        _lead(_month_year(_fb_peak_month)),
        (*_FB_ID, "Peak minutes"),
    ),
    Q(
        "did my resting heart rate go down from 2022 to 2023",
        either(
            _about(_fb_rhr_by_year("mean"), rel=0.005),
            _about(_fb_rhr_by_year("median"), rel=0.005),
            _about(lambda d: abs(np.diff(_fb_rhr_by_year("mean")(d))[0]), rel=0.02),
        ),
        (*_FB_ID, "restingHeartRate"),
    ),
    Q(
        "is my resting hr lower on days with more cardio",
        corr_of(lambda d: d["Cardio minutes"], lambda d: d["restingHeartRate"]),
        (*_FB_ID, "restingHeartRate", "Cardio minutes"),
    ),
]


# --- 5. CDC NNDSS weekly tables ------------------------------------------------------------------------------------

# state: region, weekly pertussis, Lyme, salmonellosis rates, point
_NN_STATES = {
    "CONNECTICUT": ("NEW ENGLAND", 0.6, 14, 7, (-72.7, 41.6)),
    "MAINE": ("NEW ENGLAND", 0.8, 22, 2.5, (-69.2, 45.3)),
    "MASSACHUSETTS": ("NEW ENGLAND", 1.5, 30, 12, (-71.8, 42.3)),
    "NEW HAMPSHIRE": ("NEW ENGLAND", 0.3, 12, 2.2, (-71.6, 43.7)),
    "RHODE ISLAND": ("NEW ENGLAND", 0.2, 8, 1.8, (-71.5, 41.7)),
    "VERMONT": ("NEW ENGLAND", 0.4, 9, 1.0, (-72.7, 44.1)),
    "ALASKA": ("PACIFIC", 0.5, 0.1, 1.0, (-152.3, 64.2)),
    "CALIFORNIA": ("PACIFIC", 9, 1.5, 60, (-119.5, 37.2)),
    "HAWAII": ("PACIFIC", 0.3, 0.05, 4, (-156.3, 20.3)),
    "OREGON": ("PACIFIC", 1.6, 0.6, 7, (-120.6, 44.0)),
    "WASHINGTON": ("PACIFIC", 3.5, 0.4, 14, (-120.5, 47.4)),
}
_NN_LABELS = {
    "Pertussis": 1,
    "Lyme disease, Confirmed": 2,
    "Salmonellosis (excluding Salmonella Paratyphi infection and Salmonella Typhi infection)": 3,
}
_NN_PERT, _NN_LYME, _NN_SALM = list(_NN_LABELS)


def _nn_season(label: str, week: int) -> float:
    if label == _NN_LYME:
        return 0.15 + 2.2 * np.exp(-(((week - 27) / 6) ** 2))
    if label == _NN_SALM:
        return 0.5 + 1.0 * np.exp(-(((week - 31) / 8) ** 2))
    return 1.0


def _nndss_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16005)
    counts: dict[tuple[str, str, int], int] = {}
    for label, k in _NN_LABELS.items():
        for week in range(1, 53):
            season = _nn_season(label, week)
            for state, spec in _NN_STATES.items():
                counts[(state, label, week)] = int(rng.poisson(spec[k] * season))
            for region in ("NEW ENGLAND", "PACIFIC"):
                counts[(region, label, week)] = sum(
                    counts[(s, label, week)] for s, v in _NN_STATES.items() if v[0] == region
                )
            others = int(rng.poisson({1: 60, 2: 110, 3: 330}[k] * season))
            counts[("US RESIDENTS", label, week)] = others + sum(counts[(s, label, week)] for s in _NN_STATES)
    areas = ["US RESIDENTS", "NEW ENGLAND", *[s for s in _NN_STATES if _NN_STATES[s][0] == "NEW ENGLAND"]]
    areas += ["PACIFIC", *[s for s in _NN_STATES if _NN_STATES[s][0] == "PACIFIC"]]
    rows = []
    for label in _NN_LABELS:
        for order, area in enumerate(areas):
            ytd = 0
            series = [counts[(area, label, w)] for w in range(1, 53)]
            for week in range(1, 53):
                c = counts[(area, label, week)]
                ytd += c
                prev_max = max(series[max(0, week - 53) : week - 1] or [0]) + int(rng.integers(0, 4))
                point = _NN_STATES[area][4] if area in _NN_STATES else None
                rows.append(
                    {
                        "Reporting Area": area,
                        "MMWR Year": 2023,
                        "MMWR Week": week,
                        "Label": label,
                        "Current week": c if c else None,
                        "Current week, flag": "" if c else "-",
                        "Previous 52 week Max": prev_max,
                        "Previous 52 week Max, flag": "",
                        "Cumulative YTD Current MMWR Year": ytd,
                        "Cumulative YTD Current MMWR Year, flag": "",
                        "Cumulative YTD Previous MMWR Year": int(ytd * float(rng.uniform(0.8, 1.2))),
                        "Cumulative YTD Previous MMWR Year, flag": "",
                        "LOCATION1": area if area in _NN_STATES else "",
                        "LOCATION2": "" if area in _NN_STATES else area,
                        "sort_order": 20230000 + 100 * order + week,
                        "geocode": "" if point is None else f"POINT ({point[0]} {point[1]})",
                    }
                )
    return pd.DataFrame(rows)


def _nn(d: pd.DataFrame, area: str, label: str) -> pd.DataFrame:
    return d[(_text(d["Reporting Area"]) == area) & (_text(d["Label"]) == label)]


def _nn_total(area: str, label: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_nn(d, area, label)["Current week"].sum())


def _nn_top_state(d: pd.DataFrame) -> str:
    x = d[_text(d["Reporting Area"]).isin(list(_NN_STATES)) & (_text(d["Label"]) == _NN_LYME)]
    return _top(x.groupby("Reporting Area")["Current week"].sum())


def _nn_peak_week(d: pd.DataFrame) -> int:
    x = _nn(d, "US RESIDENTS", _NN_SALM).fillna({"Current week": 0})
    return int(_top(x.set_index("MMWR Week")["Current week"]))


def _nn_share(state: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: _nn_total(state, _NN_SALM)(d) / _nn_total("PACIFIC", _NN_SALM)(d)


def _nn_week(value: Callable[[pd.DataFrame], int]) -> Check:
    """An MMWR week number: "week 31" or the number beside a superlative."""
    return _lead(has(value, rel=0.0))


_NN_ID = ("Reporting Area", "MMWR Year", "MMWR Week", "Label", "LOCATION1", "LOCATION2")
_NN_CASES = (*_NN_ID, "Current week", "Cumulative YTD Current MMWR Year")
_NNDSS_QS = [
    Q(
        "how many pertussis cases were reported in the us in 2023",
        _count(_nn_total("US RESIDENTS", _NN_PERT)),
        _NN_CASES,
    ),
    Q("which state had the most lyme disease", _lead(_named(_nn_top_state)), _NN_CASES),
    Q("which week did salmonella peak nationally", _nn_week(_nn_peak_week), _NN_CASES),
    Q(
        "how many weeks did vermont have zero pertussis cases",
        _count(lambda d: int(_nn(d, "VERMONT", _NN_PERT)["Current week"].fillna(0).eq(0).sum())),
        (*_NN_CASES, "Current week, flag"),
    ),
    Q(
        "what share of salmonella cases in the pacific region were in california",
        _share(_nn_share("CALIFORNIA")),
        _NN_CASES,
    ),
    Q("and oregon?", _share(_nn_share("OREGON")), _NN_CASES),
]


# --- 6. Seattle Real Time Fire 911 Calls ---------------------------------------------------------------------------

_SE_TYPES = {
    "Aid Response": 45,
    "Medic Response": 14,
    "Medic Response- 7 per Rule": 2.5,
    "Auto Fire Alarm": 8,
    "Trans to AMR": 6,
    "Low Acuity Response": 5,
    "Motor Vehicle Accident": 3,
    "Rubbish Fire": 2.5,
    "Car Fire": 1.2,
    "Brush Fire": 0.8,
    "Investigate Out Of Service": 1.5,
    "1RED 1 Unit": 2,
    "Aid Response Yellow": 1.5,
    "Fire in Building": 0.7,
}
_SE_STREETS = ["3rd Ave", "Pike St", "Rainier Ave S", "Aurora Ave N", "NE 45th St", "California Ave Sw", "Pine St"]
_SE_FMT = "%m/%d/%Y %I:%M:%S %p"


def _seattle_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16006)
    rows = []
    kinds = list(_SE_TYPES)
    hour_w = np.array([3, 2.5, 2, 1.8, 1.6, 1.8, 2.5, 3.5, 4.5, 5, 5.3, 5.5, 5.6, 5.5, 5.4, 5.6, 5.7, 5.9, 5.8, 5.3])
    hour_w = np.concatenate([hour_w, [4.8, 4.4, 4, 3.5]])
    n = int(rng.integers(4300, 4600))
    for _ in range(n):
        day = pd.Timestamp("2023-01-01") + pd.Timedelta(days=int(rng.integers(0, 365)))
        kind = _one(rng, kinds, [_SE_TYPES[k] * (3 if k == "Brush Fire" and day.month in (7, 8) else 1) for k in kinds])
        hour = int(rng.choice(24, p=hour_w / hour_w.sum()))
        when = day + pd.Timedelta(hours=hour, minutes=int(rng.integers(0, 60)), seconds=int(rng.integers(0, 60)))
        lat = round(47.5 + float(rng.uniform(0.0, 0.23)), 6)
        lon = round(-122.42 + float(rng.uniform(0.0, 0.16)), 6)
        missing = rng.random() < 0.02
        rows.append(
            {
                "Address": f"{int(rng.integers(1, 99)) * 100 + int(rng.integers(0, 99))} {_one(rng, _SE_STREETS)}",
                "Type": kind,
                "Datetime": when.strftime(_SE_FMT),
                "Latitude": None if missing else lat,
                "Longitude": None if missing else lon,
                "Report Location": "" if missing else f"POINT ({lon} {lat})",
            }
        )
    frame = pd.DataFrame(rows)
    frame = frame.sort_values("Datetime", key=lambda s: pd.to_datetime(s, format=_SE_FMT), kind="stable")
    frame["Incident Number"] = [f"F23{k + 1:07d}" for k in range(len(frame))]
    repeats = frame.sample(n=25, random_state=int(rng.integers(0, 10**6)))
    return pd.concat([frame, repeats]).reset_index(drop=True)


def _se_when(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["Datetime"]), format=_SE_FMT)


def _se_medic(prefix: bool, distinct: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = d.drop_duplicates("Incident Number") if distinct else d
        t = _text(x["Type"])
        return float((t.str.startswith("Medic Response") if prefix else t.eq("Medic Response")).mean())

    return value


def _se_july(kind: str, distinct: bool) -> Callable[[pd.DataFrame], int]:
    def value(d: pd.DataFrame) -> int:
        x = d.drop_duplicates("Incident Number") if distinct else d
        return int(((_text(x["Type"]) == kind) & (_se_when(x).dt.month == 7)).sum())

    return value


_SE_ID = ("Incident Number", "Datetime", "Address")
_SEATTLE_QS = [
    Q(
        "how many 911 calls are in here",
        either(_count(lambda d: len(d)), _count(lambda d: int(d["Incident Number"].nunique()))),
        _SE_ID,
    ),
    Q(
        "what's the most common type of call",
        _lead(_named(lambda d: _top(_text(d["Type"]).value_counts()))),
        (*_SE_ID, "Type"),
    ),
    Q(
        "what fraction of calls are medic responses",
        either(*(_share(_se_medic(p, u)) for p in (True, False) for u in (True, False))),
        (*_SE_ID, "Type"),
    ),
    Q(
        "what time of day do the most calls come in",
        _lead(_hour(lambda d: int(_top(_se_when(d).dt.hour.value_counts())))),
        _SE_ID,
    ),
    Q(
        "how many car fires were there in july",
        either(_count(_se_july("Car Fire", False)), _count(_se_july("Car Fire", True))),
        (*_SE_ID, "Type"),
    ),
    Q(
        "and brush fires?",
        either(_count(_se_july("Brush Fire", False)), _count(_se_july("Brush Fire", True))),
        (*_SE_ID, "Type"),
    ),
]


# --- 7. World Bank GDP per capita, long form -----------------------------------------------------------------------

# country: code, region, income group, 2000 value, yearly growth
_WB_COUNTRIES = {
    "United States": ("USA", "North America", "High income", 36300, 0.037),
    "Canada": ("CAN", "North America", "High income", 24200, 0.045),
    "Germany": ("DEU", "Europe & Central Asia", "High income", 23600, 0.038),
    "France": ("FRA", "Europe & Central Asia", "High income", 22400, 0.034),
    "Switzerland": ("CHE", "Europe & Central Asia", "High income", 38900, 0.042),
    "Norway": ("NOR", "Europe & Central Asia", "High income", 38100, 0.048),
    "Luxembourg": ("LUX", "Europe & Central Asia", "High income", 48700, 0.047),
    "Poland": ("POL", "Europe & Central Asia", "High income", 4500, 0.07),
    "Turkiye": ("TUR", "Europe & Central Asia", "Upper middle income", 4300, 0.04),
    "Kazakhstan": ("KAZ", "Europe & Central Asia", "Upper middle income", 1230, 0.1),
    "Japan": ("JPN", "East Asia & Pacific", "High income", 39200, -0.005),
    "Australia": ("AUS", "East Asia & Pacific", "High income", 21700, 0.055),
    "China": ("CHN", "East Asia & Pacific", "Upper middle income", 960, 0.125),
    "Indonesia": ("IDN", "East Asia & Pacific", "Lower middle income", 770, 0.082),
    "Viet Nam": ("VNM", "East Asia & Pacific", "Lower middle income", 390, 0.11),
    "Philippines": ("PHL", "East Asia & Pacific", "Lower middle income", 1050, 0.06),
    "Brazil": ("BRA", "Latin America & Caribbean", "Upper middle income", 3750, 0.04),
    "Mexico": ("MEX", "Latin America & Caribbean", "Upper middle income", 7150, 0.021),
    "Chile": ("CHL", "Latin America & Caribbean", "High income", 5100, 0.05),
    "Colombia": ("COL", "Latin America & Caribbean", "Upper middle income", 2500, 0.04),
    "Haiti": ("HTI", "Latin America & Caribbean", "Lower middle income", 810, 0.03),
    "Venezuela, RB": ("VEN", "Latin America & Caribbean", "", 4800, 0.06),
    "Saudi Arabia": ("SAU", "Middle East & North Africa", "High income", 9200, 0.06),
    "Egypt, Arab Rep.": ("EGY", "Middle East & North Africa", "Lower middle income", 1450, 0.045),
    "Morocco": ("MAR", "Middle East & North Africa", "Lower middle income", 1290, 0.045),
    "Iran, Islamic Rep.": ("IRN", "Middle East & North Africa", "Lower middle income", 1650, 0.05),
    "India": ("IND", "South Asia", "Lower middle income", 440, 0.075),
    "Bangladesh": ("BGD", "South Asia", "Lower middle income", 410, 0.08),
    "Pakistan": ("PAK", "South Asia", "Lower middle income", 530, 0.05),
    "Nepal": ("NPL", "South Asia", "Lower middle income", 230, 0.075),
    "Afghanistan": ("AFG", "South Asia", "Low income", 180, 0.06),
    "Nigeria": ("NGA", "Sub-Saharan Africa", "Lower middle income", 570, 0.06),
    "South Africa": ("ZAF", "Sub-Saharan Africa", "Upper middle income", 3030, 0.03),
    "Kenya": ("KEN", "Sub-Saharan Africa", "Lower middle income", 400, 0.07),
    "Ethiopia": ("ETH", "Sub-Saharan Africa", "Low income", 124, 0.1),
    "Ghana": ("GHA", "Sub-Saharan Africa", "Lower middle income", 410, 0.08),
    "Burundi": ("BDI", "Sub-Saharan Africa", "Low income", 137, 0.03),
    "Somalia": ("SOM", "Sub-Saharan Africa", "Low income", 150, 0.05),
    "Malawi": ("MWI", "Sub-Saharan Africa", "Low income", 160, 0.06),
}
_WB_AGGREGATES = {"World": ("WLD", 5500, 0.035), "High income": ("HIC", 25500, 0.03), "Low income": ("LIC", 260, 0.04)}
_WB_VALUE = "GDP per capita (current US$)"
_WB_YEARS = range(2000, 2023)


def _worldbank_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16007)
    rows = []
    for name, (code, region, income, base, growth) in _WB_COUNTRIES.items():
        level = float(base)
        for year in _WB_YEARS:
            if year > 2000:
                level *= 1 + growth + float(rng.normal(0, 0.03 if income == "High income" else 0.07))
            gap = (name == "Venezuela, RB" and year > 2014) or (name == "Afghanistan" and year < 2002)
            gap = gap or (name == "Somalia" and year < 2013) or (rng.random() < 0.015)
            if name in ("Haiti", "Burundi") and year == 2022:
                gap = True
            rows.append(
                {
                    "Country Name": name,
                    "Country Code": code,
                    "Region": region,
                    "Income Group": income,
                    "Year": year,
                    _WB_VALUE: None if gap else round(level, 2),
                }
            )
    for name, (code, base, growth) in _WB_AGGREGATES.items():
        level = float(base)
        for year in _WB_YEARS:
            if year > 2000:
                level *= 1 + growth + float(rng.normal(0, 0.025))
            rows.append(
                {
                    "Country Name": name,
                    "Country Code": code,
                    "Region": "",
                    "Income Group": "",
                    "Year": year,
                    _WB_VALUE: round(level, 2),
                }
            )
    return pd.DataFrame(rows)


def _wb_countries(d: pd.DataFrame, year: int | None = None) -> pd.DataFrame:
    x = d[_text(d["Region"]) != ""]
    return x if year is None else x[x["Year"] == year]


def _wb_value(country: str, year: int) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(d.loc[(d["Country Name"] == country) & (d["Year"] == year), _WB_VALUE].iloc[0])


def _wb_grew(country: str) -> Check:
    """Growth from 2000 to 2022 as a percentage change, a multiple ("9.8 times") or the dollar difference."""
    first, last = _wb_value(country, 2000), _wb_value(country, 2022)
    return either(
        _pct(lambda d: last(d) / first(d) - 1),
        _about(lambda d: last(d) / first(d), rel=0.01),
        _money(lambda d: last(d) - first(d)),
    )


def _wb_region_low(how: str) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        x = _wb_countries(d, 2022)
        return _top(getattr(x.groupby("Region")[_WB_VALUE], how)(), ascending=True)

    return value


_WB_ID = ("Country Name", "Country Code", "Year")
_WB_ASKED = (*_WB_ID, _WB_VALUE)
_WORLDBANK_QS = [
    Q(
        "which country had the highest gdp per person in 2022",
        _lead(_named(lambda d: _top(_wb_countries(d, 2022).set_index("Country Name")[_WB_VALUE]))),
        _WB_ASKED,
    ),
    Q(
        "average gdp per capita for high income countries in 2022?",
        _money(
            lambda d: float(_wb_countries(d, 2022).loc[lambda x: x["Income Group"] == "High income", _WB_VALUE].mean())
        ),
        (*_WB_ASKED, "Income Group"),
    ),
    Q("how much did china grow between 2000 and 2022", _wb_grew("China"), _WB_ASKED),
    Q("and india?", _wb_grew("India"), _WB_ASKED),
    Q(
        "which region was poorest on average in 2022",
        either(_lead(_named(_wb_region_low("mean"))), _lead(_named(_wb_region_low("median")))),
        (*_WB_ASKED, "Region"),
    ),
    Q(
        "how many countries have no number for 2022",
        _count(lambda d: int(_wb_countries(d, 2022)[_WB_VALUE].isna().sum())),
        _WB_ASKED,
    ),
]


HELDOUT160: list[Dataset] = [
    Dataset("hubspot_email_performance_export", _hubspot_frame, _HUBSPOT_QS),
    Dataset("square_invoices_export", _square_frame, _SQUARE_QS),
    Dataset("statuspage_incidents_export", _statuspage_frame, _STATUSPAGE_QS),
    Dataset("fitbit_heart_rate_zones_export", _fitbit_frame, _FITBIT_QS),
    Dataset("cdc_nndss_weekly_cases", _nndss_frame, _NNDSS_QS),
    Dataset("seattle_real_time_fire_911", _seattle_frame, _SEATTLE_QS),
    Dataset("worldbank_wdi_gdp_per_capita_long", _worldbank_frame, _WORLDBANK_QS),
]
