"""HELDOUT151: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a Mailgun events log export (March 2024) with
one row per event, so a message repeats (accepted, then delivered or failed, then any opens and clicks), columns
"id", "timestamp" as Unix seconds with decimals ("1709312412.482"), "event" (accepted / delivered / failed / opened /
clicked / unsubscribed / complained), "recipient" (some addresses in upper case), "recipient-domain",
"message.headers.message-id", "message.headers.subject", "delivery-status.code" (250, 550, 421 ..., blank for
opens), "severity" (permanent / temporary, failed rows only), "reason" (failed rows only), "tags" and
"geolocation.country" (two-letter, opens and clicks only); a Workday expense report lines export (2023 to mid
2024) with "Expense Report" ("EXP-0012345", repeated over its lines), "Expense Report Date" and "Expense Date" as
"03/15/2024", "Worker" as "Last, First", "Cost Center" ("CC1020 Sales"), "Expense Item" (Airfare, Hotel, Meals,
Mileage, Ground Transportation, Conference Fees, Office Supplies), "Merchant", "Quantity" (miles for Mileage, 1
otherwise), "Per Unit Amount", "Amount", "Currency" (mostly USD), "Memo" (often blank), "Report Status" (Approved,
In Progress, Sent Back, Canceled, Paid, the same on every line of a report) and "Receipt Attached" (Yes / No); a
SumUp transactions report (January to June 2024) with "Email", "Date" as "14.03.2024 12:34", "Transaction ID"
("TDKG9ZJX4P"), "Transaction Type" (Sales / Refund), "Status" (Successful / Failed / Cancelled / Refunded),
"Card Type" (VISA / MASTERCARD / AMEX / MAESTRO, blank for some failures), "Last 4 Digits", "Entry Mode"
(contactless / chip / magstripe / manual entry), "Description" (mostly blank), "Total Amount", "Tip Amount",
"Fee", "Payout", "Payout Date" ("16.03.2024", blank when not paid out) and "Payout ID"; an Opsgenie alerts export
(2024) with "TinyId", "Alias", "Message", "Status" (open / closed), "Acknowledged" (true / false), "IsSeen", "Tags"
("prod,db" ...), "Priority" (P1-P5), "Source" (Datadog, Prometheus, CloudWatch, Pingdom, API), "Owner" (blank when
nobody took it), "Teams", "Count", "CreatedAt" as "2024-03-05T14:23:11.123Z", "UpdatedAt", "TimeToAck" and
"TimeToClose" in milliseconds (blank when not acked / not closed) and "Integration"; OECD GDP per capita in USD at
current PPPs from the OECD Data Explorer in its SDMX-CSV-with-labels layout (STRUCTURE, STRUCTURE_ID,
STRUCTURE_NAME, ACTION, REF_AREA, "Reference area", FREQ, "Frequency of observation", MEASURE, Measure,
UNIT_MEASURE, "Unit of measure", PRICE_BASE, "Price base", TIME_PERIOD, "Time period" (blank), OBS_VALUE, OBS_STATUS
("A", "E" for estimates, "P" provisional), UNIT_MULT (0), DECIMALS), 38 countries plus the "OECD" and "EU27_2020"
aggregates for 2000-2023, a few 2023 values missing; Austin Animal Center outcomes (2019-2023) with "Animal ID"
("A812345", some animals repeat after being returned), "Name" (leading "*" for shelter-given names, blank for
many), "DateTime" as "05/08/2019 06:20:00 PM", "MonthYear" as "May 2019", "Date of Birth" "05/02/2017", "Outcome
Type" (Adoption, Transfer, Return to Owner, Euthanasia, Died, Rto-Adopt, Disposal, Missing, some blank), "Outcome
Subtype", "Animal Type" (Dog, Cat, Other, Bird, Livestock), "Sex upon Outcome" ("Neutered Male", "Spayed Female",
"Intact Male", "Unknown" ...), "Age upon Outcome" ("2 years", "3 weeks", "1 month"), Breed and Color; and the
UNICEF Data Warehouse download of the under-five mortality rate with columns named "CODE:Label"
("REF_AREA:Geographic area" holding "AFG: Afghanistan", "INDICATOR:Indicator", "SEX:Sex" as "_T: Total" /
"M: Male" / "F: Female", "TIME_PERIOD:Time period", "OBS_VALUE:Observation Value", "UNIT_MEASURE:Unit of measure",
"LOWER_BOUND:Lower Bound", "UPPER_BOUND:Upper Bound", "OBS_STATUS:Observation Status", "DATA_SOURCE:Data Source")
for 30 countries and six aggregates (World, UNICEF regions, income groups) in 2000-2022, the sexes in separate
rows. All are generated with fixed seeds 15101-15107.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _pct, _share, _text, _year
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores).index[0])


def _money(value: Callable[[pd.DataFrame], Any]) -> Check:
    """An amount in full or as thousands / millions ("$1.2M", "84.3k")."""
    return _scaled(value, (1e3, 1e6, 1e9))


def _num(s: pd.Series) -> pd.Series:
    """Numbers from a text column ("$1,234.50", "..", blanks as NaN)."""
    return pd.to_numeric(s.astype("string").str.replace(r"[$,\s]", "", regex=True), errors="coerce")


def _hour(value: Callable[[pd.DataFrame], int]) -> Check:
    """An hour of the day: "14", "14:00", "2 pm", "2pm"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        h = int(value(df))
        twelve = h % 12 or 12
        suffix = "am" if h < 12 else "pm"
        patterns = [rf"(?<![\d.]){h}:00", rf"(?<![\d.:])0?{twelve}\s*{suffix}\b", rf"(?<![\d.:])0?{h}(?![\d.%])"]
        if any(re.search(p, answer, re.IGNORECASE) for p in patterns):
            return None
        return f"missing hour {h}"

    return check


# --- 1. Mailgun events log -----------------------------------------------------------------------------------------

_MG_DOMAINS = {"gmail.com": 10, "yahoo.com": 3, "outlook.com": 3, "hotmail.com": 2, "icloud.com": 1.5}
_MG_DOMAINS |= {"aol.com": 0.6, "comcast.net": 0.5, "protonmail.com": 0.4, "acme-corp.com": 0.8}
_MG_SUBJECTS = ["Your March newsletter", "Spring sale: 20% off", "Reset your password", "Your order has shipped"]
_MG_TAGS = {"Your March newsletter": "newsletter", "Spring sale: 20% off": "promo"}
_MG_NAMES = ["anna", "ben.k", "carlos", "dana99", "elif", "farid", "grace.h", "hiro", "ines", "jon", "kofi", "lena"]
_MG_FAIL = {
    "permanent": [("550", "bounce", 5), ("550", "suppress-bounce", 2), ("553", "generic", 1)],
    "temporary": [("421", "generic", 2), ("452", "generic", 1)],
}


def _mailgun_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15101)
    doms = list(_MG_DOMAINS)
    start = pd.Timestamp("2024-03-01 00:00")
    rows = []
    for i in range(1150):
        dom = _one(rng, doms, list(_MG_DOMAINS.values()))
        recipient = f"{_one(rng, _MG_NAMES)}{int(rng.integers(1, 500))}@{dom}"
        shown = recipient.upper() if rng.random() < 0.04 else recipient
        subject = _one(rng, _MG_SUBJECTS, [5, 3, 1, 1.5])
        sent = start + pd.Timedelta(seconds=float(rng.uniform(0, 30 * 86400)))
        if subject == "Spring sale: 20% off":
            sent = pd.Timestamp("2024-03-19 15:00") + pd.Timedelta(seconds=float(rng.uniform(0, 3 * 3600)))
        mid = f"<20240301{i:06d}.{int(rng.integers(10**5, 10**6))}@mg.acme-corp.com>"
        tag = _MG_TAGS.get(subject, "transactional")

        base = {
            "recipient": shown,
            "recipient-domain": dom,
            "message.headers.message-id": mid,
            "message.headers.subject": subject,
            "tags": tag,
        }

        def add(
            event: str,
            t: pd.Timestamp,
            code: Any = "",
            sev: str = "",
            reason: str = "",
            country: str = "",
            base: dict[str, Any] = base,
        ) -> None:
            row = {"id": f"{int(rng.integers(16**11, 16**12)):x}", "timestamp": f"{t.timestamp():.3f}", "event": event}
            row |= base | {"delivery-status.code": code, "severity": sev, "reason": reason}
            rows.append(row | {"geolocation.country": country})

        add("accepted", sent)
        fail_p = 0.05 + (0.12 if dom in ("aol.com", "comcast.net") else 0.0)
        if rng.random() < fail_p:
            sev = "permanent" if rng.random() < 0.7 else "temporary"
            code, reason, _w = _one(rng, _MG_FAIL[sev], [x[2] for x in _MG_FAIL[sev]])
            add("failed", sent + pd.Timedelta(seconds=float(rng.uniform(1, 60))), code, sev, reason)
            continue
        t = sent + pd.Timedelta(seconds=float(rng.uniform(1, 30)))
        add("delivered", t, 250)
        if rng.random() < (0.38 if tag != "transactional" else 0.6):
            country = _one(rng, ["US", "CA", "GB", "DE", "IN", "AU"], [10, 2, 2, 1, 1, 0.7])
            for _k in range(int(_one(rng, [1, 2, 3], [7, 2, 1]))):
                t = t + pd.Timedelta(minutes=float(rng.exponential(180)))
                add("opened", t, country=country)
            if rng.random() < 0.3:
                t = t + pd.Timedelta(seconds=float(rng.uniform(3, 120)))
                add("clicked", t, country=country)
            if tag != "transactional" and rng.random() < 0.04:
                add("unsubscribed", t + pd.Timedelta(seconds=20), country=country)
            elif rng.random() < 0.006:
                add("complained", t + pd.Timedelta(seconds=40))
    frame = pd.DataFrame(rows)
    return frame.sort_values("timestamp", kind="stable", ascending=False).reset_index(drop=True)


def _mg(d: pd.DataFrame) -> pd.DataFrame:
    out = d.copy()
    out["_t"] = pd.to_datetime(out["timestamp"].astype(float), unit="s")
    out["_ev"] = _text(out["event"]).str.lower()
    return out


def _mg_open_rate(distinct: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = _mg(d)
        mid = "message.headers.message-id"
        opened = x.loc[x["_ev"] == "opened", mid]
        delivered = x.loc[x["_ev"] == "delivered", mid]
        return float((opened.nunique() if distinct else len(opened)) / delivered.nunique())

    return value


def _mg_fail_domain(permanent: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        x = _mg(d)
        x = x[x["_ev"] == "failed"]
        if permanent:
            x = x[x["severity"] == "permanent"]
        return _top(x.groupby("recipient-domain").size())

    return value


def _mg_click_day(d: pd.DataFrame) -> pd.Timestamp:
    x = _mg(d)
    x = x[x["_ev"] == "clicked"]
    return pd.Timestamp(_top(x.groupby(x["_t"].dt.strftime("%Y-%m-%d")).size()))


_MG_ID = ("id", "message.headers.message-id", "event", "recipient", "timestamp")
_MAILGUN_QS = [
    Q(
        "how many emails got delivered",
        _count(lambda d: int((_mg(d)["_ev"] == "delivered").sum())),
        _MG_ID,
    ),
    Q(
        "whats the open rate",
        either(_share(_mg_open_rate(True)), _share(_mg_open_rate(False))),
        _MG_ID,
    ),
    Q(
        "how many hard bounces were there",
        _count(lambda d: int(((_mg(d)["_ev"] == "failed") & (d["severity"] == "permanent")).sum())),
        (*_MG_ID, "severity", "reason", "delivery-status.code"),
    ),
    Q(
        "which email provider has the most failures",
        either(_lead(_named(_mg_fail_domain(False))), _lead(_named(_mg_fail_domain(True)))),
        (*_MG_ID, "recipient-domain", "severity"),
    ),
    Q(
        "what day got the most clicks",
        _lead(_day(_mg_click_day)),
        _MG_ID,
    ),
    Q(
        "how many people unsubscribed",
        either(
            _count(lambda d: int((_mg(d)["_ev"] == "unsubscribed").sum())),
            _count(lambda d: int(_mg(d).loc[_mg(d)["_ev"] == "unsubscribed", "recipient"].str.lower().nunique())),
        ),
        _MG_ID,
    ),
]


# --- 2. Workday expense report lines -------------------------------------------------------------------------------

_WD_CC = {"CC1020 Sales": 5, "CC1100 Marketing": 2, "CC2010 Engineering": 3, "CC3000 Finance": 1, "CC4050 HR": 0.7}
_WD_ITEMS = {
    "Airfare": (380, 160, ["Delta Air Lines", "United Airlines", "American Airlines", "Southwest"], 1.2),
    "Hotel": (210, 70, ["Marriott", "Hilton", "Hyatt Regency", "Holiday Inn Express"], 1.6),
    "Meals": (42, 25, ["Starbucks", "Chipotle", "The Capital Grille", "Panera Bread", "Local Diner"], 4.0),
    "Mileage": (0, 0, [""], 1.0),
    "Ground Transportation": (38, 20, ["Uber", "Lyft", "Yellow Cab", "Hertz"], 2.2),
    "Conference Fees": (650, 300, ["Eventbrite", "Cvent", "Gartner"], 0.3),
    "Office Supplies": (55, 30, ["Staples", "Amazon.com", "Office Depot"], 0.6),
}
_WD_STATUS = {"Paid": 6, "Approved": 2, "In Progress": 1.2, "Sent Back": 0.5, "Canceled": 0.3}
_WD_FIRST = ["Maria", "James", "Wei", "Aisha", "Tom", "Priya", "Luis", "Sarah", "Kenji", "Olga", "Ben", "Nadia"]
_WD_LAST = ["Garcia", "Smith", "Chen", "Khan", "Miller", "Patel", "Lopez", "Johnson", "Sato", "Ivanova", "Cole"]
_WD_FMT = "%m/%d/%Y"


def _workday_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15102)
    workers = []
    for _ in range(48):
        name = f"{_one(rng, _WD_LAST)}, {_one(rng, _WD_FIRST)}"
        if name not in [w[0] for w in workers]:
            workers.append((name, _one(rng, list(_WD_CC), list(_WD_CC.values())), float(rng.uniform(0.3, 3))))
    items = list(_WD_ITEMS)
    rows = []
    report_no = 12001
    for _r in range(520):
        name, cc, _w = workers[
            int(rng.choice(len(workers), p=np.array([x[2] for x in workers]) / sum(x[2] for x in workers)))
        ]
        report_date = pd.Timestamp("2023-01-03") + pd.Timedelta(days=int(rng.integers(0, 545)))
        status = _one(rng, list(_WD_STATUS), list(_WD_STATUS.values()))
        if report_date > pd.Timestamp("2024-05-20") and rng.random() < 0.6:
            status = "In Progress"
        report_no += int(rng.integers(1, 30))
        for _k in range(int(rng.integers(1, 9))):
            item = _one(rng, items, [_WD_ITEMS[x][3] for x in items])
            mean, sd, merchants, _w = _WD_ITEMS[item]
            if cc == "CC1020 Sales" and item == "Airfare":
                mean *= 1.3
            qty: float = 1
            unit = round(max(4.0, float(rng.normal(mean, sd))), 2)
            if item == "Mileage":
                qty = int(rng.integers(8, 320))
                unit = 0.655 if report_date.year == 2023 else 0.67
            amount = round(qty * unit, 2)
            memo = ""
            if rng.random() < 0.45:
                memo = _one(rng, ["Client visit", "Team offsite", "Q3 kickoff", "Customer dinner", "Trade show"])
            rows.append(
                {
                    "Expense Report": f"EXP-{report_no:07d}",
                    "Expense Report Date": report_date.strftime(_WD_FMT),
                    "Worker": name,
                    "Cost Center": cc,
                    "Expense Item": item,
                    "Expense Date": (report_date - pd.Timedelta(days=int(rng.integers(1, 25)))).strftime(_WD_FMT),
                    "Merchant": _one(rng, merchants),
                    "Quantity": qty,
                    "Per Unit Amount": unit,
                    "Amount": amount,
                    "Currency": "USD" if rng.random() < 0.95 else _one(rng, ["CAD", "EUR"]),
                    "Memo": memo,
                    "Report Status": status,
                    "Receipt Attached": "Yes" if item != "Mileage" and rng.random() < 0.85 else "No",
                }
            )
    return pd.DataFrame(rows)


def _wd_hotel_total(drop_canceled: bool, usd_only: bool = False) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = d[_text(d["Expense Item"]) == "Hotel"]
        if usd_only:
            x = x[_text(x["Currency"]) == "USD"]
        if drop_canceled:
            x = x[_text(x["Report Status"]) != "Canceled"]
        return float(x["Amount"].sum())

    return value


def _wd_top_cc(drop_canceled: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        x = d[_text(d["Report Status"]) != "Canceled"] if drop_canceled else d
        return _top(x.groupby("Cost Center")["Amount"].sum())

    return value


def _wd_meals(d: pd.DataFrame) -> pd.Series:
    return d.loc[_text(d["Expense Item"]) == "Meals", "Amount"]


def _wd_most_reports(d: pd.DataFrame) -> str:
    return _top(d.groupby("Worker")["Expense Report"].nunique())


_WD_ID = ("Expense Report", "Worker")
_WORKDAY_QS = [
    Q(
        "how much have we spent on hotels",
        either(
            _money(_wd_hotel_total(False)),
            _money(_wd_hotel_total(True)),
            _money(_wd_hotel_total(False, True)),
            _money(_wd_hotel_total(True, True)),
        ),
        (*_WD_ID, "Expense Item", "Amount", "Report Status", "Currency"),
    ),
    Q(
        "which cost center spends the most",
        either(_lead(_named(_wd_top_cc(False))), _lead(_named(_wd_top_cc(True)))),
        (*_WD_ID, "Cost Center", "Amount", "Report Status"),
    ),
    Q(
        "typical meal expense?",
        either(_about(lambda d: _wd_meals(d).mean()), _about(lambda d: _wd_meals(d).median())),
        (*_WD_ID, "Expense Item", "Amount"),
    ),
    Q(
        "how many reports are still in progress",
        _count(lambda d: int(d.loc[_text(d["Report Status"]) == "In Progress", "Expense Report"].nunique())),
        (*_WD_ID, "Report Status"),
    ),
    Q(
        "who submitted the most reports",
        _lead(_named(_wd_most_reports)),
        (*_WD_ID, "Expense Report Date"),
    ),
    Q(
        "how many expense lines have no memo",
        _count(lambda d: int((_text(d["Memo"]) == "").sum())),
        (*_WD_ID, "Memo"),
    ),
]


# --- 3. SumUp transactions report ----------------------------------------------------------------------------------

_SU_FMT = "%d.%m.%Y %H:%M"
_SU_ITEMS = ["", "", "", "", "Coffee", "Cake", "Lunch", "2x flat white", "Gift card"]


def _sumup_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15103)
    rows = []
    days = pd.date_range("2024-01-02", "2024-06-29")
    letters = list("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    hours = list(range(7, 19))
    hour_w = [3, 6, 5, 4, 5, 7, 8, 5, 3, 3, 2, 1]
    for day in days:
        if day.day_of_week == 6:
            continue
        for _k in range(int(rng.poisson(22 if day.day_of_week == 5 else 15))):
            t = day + pd.Timedelta(hours=int(_one(rng, hours, hour_w)), minutes=int(rng.integers(0, 60)))
            kind = "Refund" if rng.random() < 0.015 else "Sales"
            status = _one(rng, ["Successful", "Failed", "Cancelled"], [93, 5, 2]) if kind == "Sales" else "Successful"
            amount = round(float(np.clip(rng.lognormal(2.2, 0.6), 2.5, 180)), 2)
            mode = _one(rng, ["contactless", "chip", "magstripe", "manual entry"], [78, 18, 1.5, 2.5])
            tip = 0.0
            if kind == "Sales" and rng.random() < 0.28:
                tip = round(float(_one(rng, [0.5, 1.0, 1.5, 2.0, 3.0, 5.0], [2, 5, 2, 3, 1.5, 0.6])), 2)
            if kind == "Refund":
                amount, tip = -amount, 0.0
            fee = round(abs(amount + tip) * (0.0169 if mode != "manual entry" else 0.025), 2)
            ok = status == "Successful"
            payout_day = day + pd.Timedelta(days=2 if day.day_of_week < 3 else 4)
            card = _one(rng, ["VISA", "MASTERCARD", "AMEX", "MAESTRO"], [50, 38, 6, 6])
            rows.append(
                {
                    "Email": "hello@corner-cafe.co.uk",
                    "Date": t.strftime(_SU_FMT),
                    "Transaction ID": "T" + "".join(_one(rng, letters) for _ in range(9)),
                    "Transaction Type": kind,
                    "Status": status,
                    "Card Type": "" if status == "Failed" and rng.random() < 0.4 else card,
                    "Last 4 Digits": f"{int(rng.integers(0, 10000)):04d}",
                    "Entry Mode": mode,
                    "Description": _one(rng, _SU_ITEMS),
                    "Total Amount": round(amount + tip, 2),
                    "Tip Amount": tip,
                    "Fee": fee if ok else 0.0,
                    "Payout": round(amount + tip - fee, 2) if ok else 0.0,
                    "Payout Date": payout_day.strftime("%d.%m.%Y") if ok else "",
                    "Payout ID": f"{int(payout_day.strftime('%y%m%d'))}{int(rng.integers(100, 999))}" if ok else "",
                }
            )
    return pd.DataFrame(rows)


def _su(d: pd.DataFrame) -> pd.DataFrame:
    out = d.copy()
    out["_t"] = pd.to_datetime(out["Date"], format=_SU_FMT)
    out["_ok_sale"] = (_text(out["Status"]) == "Successful") & (_text(out["Transaction Type"]) == "Sales")
    return out


def _su_taken(net: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = _su(d)
        ok = _text(x["Status"]) == "Successful"
        return float(x.loc[ok if net else x["_ok_sale"], "Total Amount"].sum())

    return value


def _su_contactless(base_all: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = _su(d)
        x = x if base_all else x[x["_ok_sale"]]
        return float((_text(x["Entry Mode"]) == "contactless").mean())

    return value


def _su_tips(only_tipped: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = _su(d)
        tips = x.loc[x["_ok_sale"], "Tip Amount"]
        return float(tips[tips > 0].mean() if only_tipped else tips.mean())

    return value


def _su_hour(ok_only: bool) -> Callable[[pd.DataFrame], int]:
    def value(d: pd.DataFrame) -> int:
        x = _su(d)
        x = x[x["_ok_sale"]] if ok_only else x
        return int(_top(x.groupby(x["_t"].dt.hour).size()))

    return value


_SU_ID = ("Transaction ID", "Date", "Status", "Transaction Type")
_SUMUP_QS = [
    Q(
        "how much money did we take in total",
        either(_money(_su_taken(False)), _money(_su_taken(True))),
        (*_SU_ID, "Total Amount", "Tip Amount", "Payout"),
    ),
    Q(
        "and how much went on fees",
        _money(lambda d: float(d["Fee"].sum())),
        (*_SU_ID, "Fee"),
    ),
    Q(
        "what share of payments were contactless",
        either(_share(_su_contactless(False)), _share(_su_contactless(True))),
        (*_SU_ID, "Entry Mode"),
    ),
    Q(
        "average tip?",
        either(_about(_su_tips(False)), _about(_su_tips(True))),
        (*_SU_ID, "Tip Amount"),
    ),
    Q(
        "busiest hour of the day",
        either(_lead(_hour(_su_hour(True))), _lead(_hour(_su_hour(False)))),
        _SU_ID,
    ),
    Q(
        "how many refunds did we do",
        _count(lambda d: int((_text(d["Transaction Type"]) == "Refund").sum())),
        (*_SU_ID, "Total Amount"),
    ),
]


# --- 4. Opsgenie alerts export -------------------------------------------------------------------------------------

_OG_TEAMS = {"Platform": 5, "Payments": 3, "Data": 2, "Mobile": 1.2, "Frontend": 1.5}
_OG_SOURCES = {"Datadog": 6, "Prometheus": 4, "CloudWatch": 2.5, "Pingdom": 1, "API": 0.8}
_OG_MSGS = [
    "High CPU on {h}",
    "Disk usage above 90% on {h}",
    "5xx rate above threshold on {h}",
    "Pod CrashLoopBackOff: {h}",
    "Latency p99 > 2s on {h}",
    "Replication lag on {h}",
    "Website down: {h}",
]
_OG_PEOPLE = ["alice@acme.io", "bob@acme.io", "chen@acme.io", "dmitri@acme.io", "eva@acme.io", "femi@acme.io"]
_OG_FMT = "%Y-%m-%dT%H:%M:%S.%f"


def _opsgenie_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15104)
    rows = []
    months = pd.period_range("2024-01", "2024-09", freq="M")
    month_w = np.array([3.0, 3.2, 4.0, 3.4, 3.1, 5.2, 3.6, 3.3, 3.0])
    now = pd.Timestamp("2024-09-30 23:59")
    for i in range(2100):
        m = months[int(rng.choice(len(months), p=month_w / month_w.sum()))]
        created = m.start_time + pd.Timedelta(seconds=float(rng.uniform(0, m.days_in_month * 86400)))
        team = _one(rng, list(_OG_TEAMS), list(_OG_TEAMS.values()))
        prio = _one(rng, ["P1", "P2", "P3", "P4", "P5"], [1, 3, 8, 4, 2])
        host = f"{team.lower()}-{_one(rng, ['api', 'db', 'worker', 'web'])}-{int(rng.integers(1, 9))}"
        acked = rng.random() < (0.95 if prio in ("P1", "P2") else 0.7)
        ack_ms = int(rng.exponential(4 if prio == "P1" else 12 if prio == "P2" else 35) * 60000) + 15000
        closed = created < now - pd.Timedelta(days=3) or rng.random() < 0.5
        if rng.random() < 0.03:
            closed = False
        close_ms = ack_ms + int(rng.exponential(90) * 60000) if closed else None
        updated = created + pd.Timedelta(milliseconds=close_ms or ack_ms)
        rows.append(
            {
                "TinyId": 1200 + i,
                "Alias": f"{host}-{int(rng.integers(10**6, 10**7))}",
                "Message": _one(rng, _OG_MSGS).format(h=host),
                "Status": "closed" if closed else "open",
                "Acknowledged": "true" if acked else "false",
                "IsSeen": "true" if acked or rng.random() < 0.5 else "false",
                "Tags": ",".join(["prod", _one(rng, ["db", "k8s", "web", "queue"])]),
                "Priority": prio,
                "Source": _one(rng, list(_OG_SOURCES), list(_OG_SOURCES.values())),
                "Owner": _one(rng, _OG_PEOPLE) if acked else "",
                "Teams": team,
                "Count": int(_one(rng, [1, 2, 3, 5, 12], [20, 4, 2, 1, 0.5])),
                "CreatedAt": created.strftime(_OG_FMT)[:-3] + "Z",
                "UpdatedAt": updated.strftime(_OG_FMT)[:-3] + "Z",
                "TimeToAck": ack_ms if acked else "",
                "TimeToClose": close_ms if close_ms is not None else "",
                "Integration": _one(rng, ["Datadog-Prod", "Prometheus-AM", "CloudWatch-Main", "Default API"]),
            }
        )
    return pd.DataFrame(rows)


def _og_created(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["CreatedAt"].str.rstrip("Z"), format=_OG_FMT)


def _og_ack(median: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = pd.to_numeric(d["TimeToAck"], errors="coerce").dropna() / 60000
        return float(x.median() if median else x.mean())

    return value


_OG_ID = ("TinyId", "Alias", "CreatedAt", "Message")
_OPSGENIE_QS = [
    Q(
        "how many p1 alerts did we get",
        _count(lambda d: int((_text(d["Priority"]) == "P1").sum())),
        (*_OG_ID, "Priority"),
    ),
    Q(
        "which team gets paged the most",
        _lead(_named(lambda d: _top(d.groupby("Teams").size()))),
        (*_OG_ID, "Teams"),
    ),
    Q(
        "how long does it usually take to ack an alert, in minutes",
        either(_about(_og_ack(False), rel=0.02), _about(_og_ack(True), rel=0.02)),
        (*_OG_ID, "TimeToAck", "Acknowledged"),
    ),
    Q(
        "how many are still open",
        _count(lambda d: int((_text(d["Status"]) == "open").sum())),
        (*_OG_ID, "Status"),
    ),
    Q(
        "which month had the most alerts",
        _lead(_month_year(lambda d: _top(_og_created(d).dt.to_period("M").astype(str).value_counts()))),
        _OG_ID,
    ),
    Q(
        "what percent come from datadog",
        _share(lambda d: float((_text(d["Source"]) == "Datadog").mean())),
        (*_OG_ID, "Source", "Integration"),
    ),
]


# --- 5. OECD GDP per capita, USD PPP (Data Explorer, SDMX-CSV with labels) ----------------------------------------

# code: (name, GDP per head in 2000 at current PPPs, yearly growth)
_OE_COUNTRIES = {
    "AUS": ("Australia", 28000, 0.040),
    "AUT": ("Austria", 29500, 0.040),
    "BEL": ("Belgium", 27800, 0.040),
    "CAN": ("Canada", 29300, 0.037),
    "CHL": ("Chile", 10500, 0.050),
    "COL": ("Colombia", 7400, 0.048),
    "CRI": ("Costa Rica", 9000, 0.052),
    "CZE": ("Czechia", 16800, 0.051),
    "DNK": ("Denmark", 29600, 0.043),
    "EST": ("Estonia", 10600, 0.065),
    "FIN": ("Finland", 26000, 0.038),
    "FRA": ("France", 26200, 0.036),
    "DEU": ("Germany", 26800, 0.042),
    "GRC": ("Greece", 19200, 0.028),
    "HUN": ("Hungary", 12800, 0.054),
    "ISL": ("Iceland", 29200, 0.043),
    "IRL": ("Ireland", 30800, 0.062),
    "ISR": ("Israel", 24000, 0.037),
    "ITA": ("Italy", 26500, 0.030),
    "JPN": ("Japan", 26000, 0.027),
    "KOR": ("Korea", 18000, 0.054),
    "LVA": ("Latvia", 8300, 0.067),
    "LTU": ("Lithuania", 9000, 0.073),
    "LUX": ("Luxembourg", 54000, 0.044),
    "MEX": ("Mexico", 10000, 0.035),
    "NLD": ("Netherlands", 31000, 0.042),
    "NZL": ("New Zealand", 21000, 0.042),
    "NOR": ("Norway", 37500, 0.044),
    "POL": ("Poland", 10900, 0.066),
    "PRT": ("Portugal", 18500, 0.037),
    "SVK": ("Slovak Republic", 11400, 0.058),
    "SVN": ("Slovenia", 18000, 0.048),
    "ESP": ("Spain", 21500, 0.036),
    "SWE": ("Sweden", 28000, 0.040),
    "CHE": ("Switzerland", 32500, 0.042),
    "TUR": ("Türkiye", 8300, 0.071),
    "GBR": ("United Kingdom", 26500, 0.035),
    "USA": ("United States", 36300, 0.037),
}
_OE_AGG = {"OECD": "OECD", "EU27_2020": "European Union (27 countries from 01/02/2020)"}
_OE_YEARS = list(range(2000, 2024))


def _oecd_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15105)
    rows = []
    values: dict[str, dict[int, float]] = {}
    for code, (_name, base, growth) in _OE_COUNTRIES.items():
        v = float(base)
        values[code] = {}
        for y in _OE_YEARS:
            g = growth + rng.normal(0, 0.015)
            if y == 2009:
                g -= 0.06
            if y == 2020:
                g -= 0.07
            if y == 2021:
                g += 0.06
            if code == "GRC" and 2009 <= y <= 2013:
                g -= 0.07
            if y > 2000:
                v *= 1 + g
            values[code][y] = v
    eu = [c for c in values if c not in ("AUS", "CAN", "CHL", "COL", "CRI", "ISL", "ISR", "JPN", "KOR", "MEX")]
    eu = [c for c in eu if c not in ("NZL", "NOR", "CHE", "TUR", "GBR", "USA")]
    values["OECD"] = {y: float(np.mean([values[c][y] for c in _OE_COUNTRIES])) * 1.04 for y in _OE_YEARS}
    values["EU27_2020"] = {y: float(np.mean([values[c][y] for c in eu])) * 0.97 for y in _OE_YEARS}
    missing_2023 = {"CHL", "COL", "CRI", "TUR", "MEX"}
    names = {c: n for c, (n, _b, _g) in _OE_COUNTRIES.items()} | _OE_AGG
    for code, series in values.items():
        for y in _OE_YEARS:
            blank = y == 2023 and code in missing_2023
            status = "P" if y == 2023 else "E" if y == 2022 and rng.random() < 0.3 else "A"
            rows.append(
                {
                    "STRUCTURE": "DATAFLOW",
                    "STRUCTURE_ID": "OECD.SDD.NAD:DSD_NAMAIN10@DF_TABLE1_EXPENDITURE_HCPC(1.0)",
                    "STRUCTURE_NAME": "Gross domestic product per capita, expenditure approach",
                    "ACTION": "I",
                    "REF_AREA": code,
                    "Reference area": names[code],
                    "FREQ": "A",
                    "Frequency of observation": "Annual",
                    "MEASURE": "B1GQ_POP",
                    "Measure": "Gross domestic product per capita",
                    "UNIT_MEASURE": "USD_PPP_PS",
                    "Unit of measure": "US dollars per person, PPP converted",
                    "PRICE_BASE": "V",
                    "Price base": "Current prices",
                    "TIME_PERIOD": y,
                    "Time period": "",
                    "OBS_VALUE": "" if blank else round(series[y], 1),
                    "OBS_STATUS": "" if blank else status,
                    "UNIT_MULT": 0,
                    "DECIMALS": 1,
                }
            )
    frame = pd.DataFrame(rows)
    return frame.sample(frac=1.0, random_state=int(rng.integers(0, 10**6))).reset_index(drop=True)


def _oe_year(d: pd.DataFrame, y: int, with_agg: bool = False) -> pd.Series:
    x = d[(d["TIME_PERIOD"] == y) & (with_agg | ~d["REF_AREA"].isin(list(_OE_AGG)))]
    return pd.Series(pd.to_numeric(x["OBS_VALUE"], errors="coerce").to_numpy(), index=x["Reference area"].to_numpy())


def _oe_value(country: str, y: int) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_oe_year(d, y)[country])


def _oe_peak(country: str) -> Callable[[pd.DataFrame], int]:
    def value(d: pd.DataFrame) -> int:
        x = d[d["Reference area"] == country]
        s = pd.Series(pd.to_numeric(x["OBS_VALUE"], errors="coerce").to_numpy(), index=x["TIME_PERIOD"].to_numpy())
        return int(_top(s))

    return value


_OE_ID = ("REF_AREA", "Reference area", "TIME_PERIOD", "OBS_VALUE")
_OECD_QS = [
    Q(
        "which country had the highest gdp per head in 2022",
        _lead(_named(lambda d: _top(_oe_year(d, 2022)))),
        _OE_ID,
    ),
    Q(
        "what was germany's in 2023",
        _about(_oe_value("Germany", 2023), rel=0.002),
        _OE_ID,
    ),
    Q(
        "average across the countries in 2010?",
        either(
            _about(lambda d: _oe_year(d, 2010).mean(), rel=0.003),
            _about(lambda d: _oe_year(d, 2010, True).mean(), rel=0.003),
        ),
        _OE_ID,
    ),
    Q(
        "how much did poland grow from 2000 to 2023",
        _pct(lambda d: _oe_value("Poland", 2023)(d) / _oe_value("Poland", 2000)(d) - 1),
        _OE_ID,
    ),
    Q(
        "how many countries were above 50k in 2023",
        either(
            _count(lambda d: int((_oe_year(d, 2023) > 50000).sum())),
            _count(lambda d: int((_oe_year(d, 2023, True) > 50000).sum())),
        ),
        _OE_ID,
    ),
    Q(
        "in which year was greece at its highest",
        _lead(_year(_oe_peak("Greece"))),
        _OE_ID,
    ),
]


# --- 6. Austin Animal Center outcomes ------------------------------------------------------------------------------

_AA_FMT = "%m/%d/%Y %I:%M:%S %p"
_AA_TYPES = {"Dog": 9, "Cat": 7, "Other": 1.2, "Bird": 0.4, "Livestock": 0.05}
_AA_BREEDS = {
    "Dog": (["Pit Bull Mix", "Labrador Retriever Mix", "Chihuahua Shorthair Mix", "German Shepherd Mix"], [5, 4, 3, 2]),
    "Cat": (
        ["Domestic Shorthair Mix", "Domestic Shorthair", "Domestic Medium Hair Mix", "Siamese Mix"],
        [8, 3, 1.5, 1],
    ),
    "Other": (["Bat Mix", "Raccoon Mix", "Rabbit Sh Mix", "Guinea Pig Mix"], [3, 2, 2, 1]),
    "Bird": (["Chicken Mix", "Parakeet Mix", "Pigeon Mix"], [2, 1, 1]),
    "Livestock": (["Goat Mix", "Pig Mix"], [1, 1]),
}
# outcome weights per animal type: Adoption, Transfer, Return to Owner, Euthanasia, Died, Rto-Adopt, Disposal, Missing
_AA_OUT = ["Adoption", "Transfer", "Return to Owner", "Euthanasia", "Died", "Rto-Adopt", "Disposal", "Missing"]
_AA_W = {
    "Dog": [46, 22, 26, 3, 0.6, 1.2, 0.1, 0.2],
    "Cat": [50, 36, 5, 5, 2, 0.4, 0.2, 0.2],
    "Other": [10, 28, 2, 45, 5, 0, 8, 0],
    "Bird": [20, 50, 5, 15, 5, 0, 5, 0],
    "Livestock": [40, 40, 20, 0, 0, 0, 0, 0],
}
_AA_SUB = {"Transfer": ["Partner", "SCRP", "Snr"], "Euthanasia": ["Suffering", "Rabies Risk", "Medical"]}
_AA_NAMES = ["Bella", "Max", "Luna", "Charlie", "Daisy", "Rocky", "Milo", "Coco", "Buddy", "Nala", "Oreo", "Zeus"]
_AA_COLORS = ["Black/White", "Brown Tabby", "Tan", "Black", "White/Brown", "Orange Tabby", "Tricolor", "Blue"]


def _aa_age(days: int) -> str:
    if days < 30:
        n, unit = max(1, days // 7), "week"
    elif days < 365:
        n, unit = days // 30, "month"
    else:
        n, unit = days // 365, "year"
    return f"{n} {unit}" + ("s" if n != 1 else "")


def _austin_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15106)
    types = list(_AA_TYPES)
    rows = []
    for n_ids in range(1, 3601):
        kind = _one(rng, types, list(_AA_TYPES.values()))
        when = pd.Timestamp("2019-01-01") + pd.Timedelta(minutes=int(rng.integers(0, 5 * 365 * 1440)))
        if when.year == 2020 and 3 <= when.month <= 6 and rng.random() < 0.5:
            when = when.replace(year=2022)
        if kind == "Cat" and rng.random() < 0.25:
            when = when.replace(month=int(_one(rng, [6, 7, 8])), day=int(rng.integers(1, 29)))
        outcome = _one(rng, _AA_OUT, _AA_W[kind])
        if rng.random() < 0.003:
            outcome = ""
        age_days = int(rng.exponential(900 if kind == "Dog" else 500)) + 10
        if kind == "Cat" and rng.random() < 0.35:
            age_days = int(rng.integers(40, 150))
        sex_fixed = outcome in ("Adoption", "Transfer", "Rto-Adopt") or rng.random() < 0.3
        male = rng.random() < 0.5
        sex = (
            ("Neutered Male" if male else "Spayed Female")
            if sex_fixed
            else ("Intact Male" if male else "Intact Female")
        )
        if kind in ("Other", "Bird") and rng.random() < 0.6:
            sex = "Unknown"
        named = rng.random() < (0.85 if kind in ("Dog", "Cat") else 0.1)
        name = ("*" if rng.random() < 0.35 else "") + _one(rng, _AA_NAMES) if named else ""
        animal = f"A{780000 + n_ids * 17 + int(rng.integers(0, 17)):06d}"
        breeds, bw = _AA_BREEDS[kind]
        row = {
            "Animal ID": animal,
            "Name": name,
            "DateTime": when.strftime(_AA_FMT),
            "MonthYear": when.strftime("%b %Y"),
            "Date of Birth": (when - pd.Timedelta(days=age_days)).strftime("%m/%d/%Y"),
            "Outcome Type": outcome,
            "Outcome Subtype": _one(rng, _AA_SUB[outcome]) if outcome in _AA_SUB else "",
            "Animal Type": kind,
            "Sex upon Outcome": sex,
            "Age upon Outcome": _aa_age(age_days),
            "Breed": _one(rng, breeds, bw),
            "Color": _one(rng, _AA_COLORS),
        }
        rows.append(row)
        if kind == "Dog" and outcome == "Adoption" and rng.random() < 0.06:
            back = when + pd.Timedelta(days=int(rng.integers(20, 200)))
            rows.append(row | {"DateTime": back.strftime(_AA_FMT), "MonthYear": back.strftime("%b %Y")})
    frame = pd.DataFrame(rows)
    return frame.sort_values("DateTime", kind="stable").reset_index(drop=True)


def _aa_adopt_rate(kind: str, with_rto: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = d[_text(d["Animal Type"]) == kind]
        hits = ["Adoption", "Rto-Adopt"] if with_rto else ["Adoption"]
        return float(_text(x["Outcome Type"]).isin(hits).mean())

    return value


def _aa_peak_month(d: pd.DataFrame) -> str:
    x = d[_text(d["Outcome Type"]) == "Adoption"]
    when = pd.to_datetime(x["DateTime"], format=_AA_FMT)
    return _top(when.dt.to_period("M").astype(str).value_counts())


_AA_ID = ("Animal ID", "DateTime", "MonthYear", "Animal Type")
_AUSTIN_QS = [
    Q(
        "how many adoptions were there",
        _count(lambda d: int((_text(d["Outcome Type"]) == "Adoption").sum())),
        (*_AA_ID, "Outcome Type"),
    ),
    Q(
        "what share of cats got adopted",
        either(_share(_aa_adopt_rate("Cat", False)), _share(_aa_adopt_rate("Cat", True))),
        (*_AA_ID, "Outcome Type"),
    ),
    Q(
        "and dogs?",
        either(_share(_aa_adopt_rate("Dog", False)), _share(_aa_adopt_rate("Dog", True))),
        (*_AA_ID, "Outcome Type"),
    ),
    Q(
        "most common dog breed",
        _lead(_named(lambda d: _top(d[_text(d["Animal Type"]) == "Dog"].groupby("Breed").size()))),
        (*_AA_ID, "Breed"),
    ),
    Q(
        "which month had the most adoptions",
        _lead(_month_year(_aa_peak_month)),
        (*_AA_ID, "Outcome Type"),
    ),
    Q(
        "how many animals have no name",
        either(
            _count(lambda d: int((_text(d["Name"]) == "").sum())),
            _count(lambda d: int(d.loc[_text(d["Name"]) == "", "Animal ID"].nunique())),
        ),
        (*_AA_ID, "Name"),
    ),
]


# --- 7. UNICEF under-five mortality rate ---------------------------------------------------------------------------

# code: (name, rate in 2000, yearly decline)
_UN_COUNTRIES = {
    "AFG": ("Afghanistan", 129, 0.035),
    "BGD": ("Bangladesh", 86, 0.060),
    "BRA": ("Brazil", 35, 0.045),
    "CAF": ("Central African Republic", 170, 0.025),
    "TCD": ("Chad", 190, 0.024),
    "CHN": ("China", 37, 0.085),
    "COD": ("Democratic Republic of the Congo", 160, 0.030),
    "EGY": ("Egypt", 47, 0.048),
    "ETH": ("Ethiopia", 141, 0.055),
    "FRA": ("France", 5.4, 0.015),
    "DEU": ("Germany", 5.4, 0.017),
    "GHA": ("Ghana", 99, 0.036),
    "IND": ("India", 92, 0.060),
    "IDN": ("Indonesia", 52, 0.050),
    "JPN": ("Japan", 4.5, 0.030),
    "KEN": ("Kenya", 102, 0.040),
    "MLI": ("Mali", 187, 0.035),
    "MEX": ("Mexico", 26, 0.035),
    "NER": ("Niger", 227, 0.045),
    "NGA": ("Nigeria", 184, 0.028),
    "PAK": ("Pakistan", 112, 0.030),
    "PER": ("Peru", 39, 0.060),
    "RWA": ("Rwanda", 183, 0.080),
    "SOM": ("Somalia", 174, 0.022),
    "ZAF": ("South Africa", 74, 0.040),
    "SSD": ("South Sudan", 181, 0.024),
    "SWE": ("Sweden", 4.0, 0.020),
    "GBR": ("United Kingdom", 6.8, 0.020),
    "USA": ("United States", 8.4, 0.015),
    "VNM": ("Viet Nam", 30, 0.025),
}
_UN_AGG = {
    "WORLD": ("World", 76, 0.036),
    "UNICEF_SSA": ("Sub-Saharan Africa", 152, 0.036),
    "UNICEF_SA": ("South Asia", 94, 0.055),
    "UNICEF_EAP": ("East Asia and Pacific", 39, 0.060),
    "WB_HI": ("High income", 8.0, 0.020),
    "WB_LI": ("Low income", 150, 0.038),
}
_UN_YEARS = list(range(2000, 2023))
_UN_AREA = "REF_AREA:Geographic area"
_UN_SEX = "SEX:Sex"
_UN_TIME = "TIME_PERIOD:Time period"
_UN_VAL = "OBS_VALUE:Observation Value"


def _unicef_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15107)
    rows = []
    for code, (name, base, decline) in (_UN_COUNTRIES | _UN_AGG).items():
        v = float(base)
        male_gap = float(rng.uniform(1.04, 1.18))
        if code in ("IND", "PAK"):
            male_gap = float(rng.uniform(0.94, 0.99))
        for y in _UN_YEARS:
            if y > 2000:
                v *= 1 - decline + rng.normal(0, 0.006)
            total = v
            male = total * male_gap**0.5
            female = total / male_gap**0.5
            for sex, val in (("_T: Total", total), ("M: Male", male), ("F: Female", female)):
                lo, hi = val * float(rng.uniform(0.75, 0.9)), val * float(rng.uniform(1.1, 1.3))
                rows.append(
                    {
                        "DATAFLOW": "UNICEF:CME_DF_2021_WQ(1.0)",
                        _UN_AREA: f"{code}: {name}",
                        "INDICATOR:Indicator": "CME_MRY0T4: Under-five mortality rate",
                        _UN_SEX: sex,
                        _UN_TIME: y,
                        _UN_VAL: round(val, 1),
                        "UNIT_MULTIPLIER:Unit multiplier": "",
                        "UNIT_MEASURE:Unit of measure": "D_PER_1000_B: Deaths per 1000 live births",
                        "LOWER_BOUND:Lower Bound": round(lo, 1),
                        "UPPER_BOUND:Upper Bound": round(hi, 1),
                        "OBS_STATUS:Observation Status": "A: Normal value" if y < 2022 else "EST: Estimated value",
                        "DATA_SOURCE:Data Source": "UN IGME 2023",
                    }
                )
    return pd.DataFrame(rows)


def _un(d: pd.DataFrame, sex: str, y: int, with_agg: bool = False) -> pd.Series:
    codes = _text(d[_UN_AREA]).str.split(":").str[0]
    keep = (_text(d[_UN_SEX]).str.startswith(sex)) & (d[_UN_TIME] == y)
    if not with_agg:
        keep &= codes.isin(list(_UN_COUNTRIES))
    x = d[keep]
    names = _text(x[_UN_AREA]).str.split(": ", n=1).str[1]
    return pd.Series(x[_UN_VAL].astype(float).to_numpy(), index=names.to_numpy())


def _un_drop(relative: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        a, b = _un(d, "_T", 2000), _un(d, "_T", 2022)
        return _top((a - b) / a if relative else a - b)

    return value


_UN_ID = (_UN_AREA, _UN_TIME, _UN_VAL, _UN_SEX, "INDICATOR:Indicator")
_UNICEF_QS = [
    Q(
        "which country had the highest child mortality in 2022",
        _lead(_named(lambda d: _top(_un(d, "_T", 2022)))),
        _UN_ID,
    ),
    Q(
        "what was the world rate in 2000 vs 2022",
        _about(lambda d: [_un(d, "_T", 2000, True)["World"], _un(d, "_T", 2022, True)["World"]], rel=0.002),
        _UN_ID,
    ),
    Q(
        "in 2022 how many countries had a higher rate for boys than girls",
        either(
            _count(lambda d: int((_un(d, "M", 2022) > _un(d, "F", 2022)).sum())),
            _count(lambda d: int((_un(d, "M", 2022, True) > _un(d, "F", 2022, True)).sum())),
        ),
        _UN_ID,
    ),
    Q(
        "how many countries were under 25 deaths per 1000 in 2022",
        either(
            _count(lambda d: int((_un(d, "_T", 2022) < 25).sum())),
            _count(lambda d: int((_un(d, "_T", 2022, True) < 25).sum())),
        ),
        _UN_ID,
    ),
    Q(
        "which country cut it the most since 2000",
        either(_lead(_named(_un_drop(False))), _lead(_named(_un_drop(True)))),
        _UN_ID,
    ),
    Q(
        "whats nigeria's rate for girls in 2022",
        _about(lambda d: _un(d, "F", 2022)["Nigeria"], rel=0.002),
        _UN_ID,
    ),
]


HELDOUT151: list[Dataset] = [
    Dataset("mailgun_events_log", _mailgun_frame, _MAILGUN_QS),
    Dataset("workday_expense_report_lines", _workday_frame, _WORKDAY_QS),
    Dataset("sumup_transactions_report", _sumup_frame, _SUMUP_QS),
    Dataset("opsgenie_alerts_export", _opsgenie_frame, _OPSGENIE_QS),
    Dataset("oecd_gdp_per_capita_ppp", _oecd_frame, _OECD_QS),
    Dataset("austin_animal_center_outcomes", _austin_frame, _AUSTIN_QS),
    Dataset("unicef_child_mortality_under5", _unicef_frame, _UNICEF_QS),
]
