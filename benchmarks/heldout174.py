"""HELDOUT174: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a Help Scout mailbox conversations export
(January to June 2024, one row per conversation) with "Conversation ID" (a 10-digit number), Number ("#10234"),
Subject, Mailbox (Support / Billing / Sales), Status in lower case (closed / active / pending / spam), Type (email /
chat / phone), "Assigned To" (agent name, blank when unassigned), "Customer Name", "Customer Email", Tags
(comma-separated, "refund, billing", blank for many), "Created At" and "Closed At" as "2024-03-14 09:12:33" (blank
unless closed), Replies, "First Response Time" as text ("2h 14m", "45m", "1d 3h", blank when never answered) and
"Happiness Rating" (Great / Okay / Not Good, blank for most); a Chargebee invoices export (2023-2024, monthly
subscription invoices plus one-off charges, so customers repeat) with "Invoice Number", "Invoice Date" and "Due
Date" as "2024-03-14", "Customer Id" (a 16-character Chargebee id), "Customer First Name", "Customer Last Name",
"Customer Email", "Customer Company", "Subscription Id" (blank on one-off invoices), Status (Paid / Payment Due /
Not Paid / Voided), Recurring ("true" / "false"), Currency (USD / EUR / GBP), Amount, "Tax Total", "Amount Paid",
"Amount Adjusted", "Credits Applied", "Amount Due", "Paid On" as "2024-03-16 10:12:05" (blank unless paid), "Net
Term Days" and "Billing Country" (two-letter code); a Dexcom Clarity CGM export (14 days in 2024) with Index,
"Timestamp (YYYY-MM-DDThh:mm:ss)", "Event Type" (ten leading header rows FirstName / LastName / Device / Alert
settings, then EGV every five minutes with sensor gaps, Carbs, Insulin, Exercise), "Event Subtype" (Fast-Acting /
Long-Acting for insulin, High / Low / Urgent Low for alerts), "Patient Info", "Device Info", "Source Device ID",
"Glucose Value (mg/dL)" (numbers, or "Low" under 40 and "High" over 400), "Insulin Value (u)", "Carb Value
(grams)", "Duration (hh:mm:ss)", "Glucose Rate of Change (mg/dL/min)", "Transmitter Time (Long Integer)" and
"Transmitter ID"; a Lunch Money transactions export (July 2023 to June 2024) with date ("2024-03-14"), payee,
amount (expenses positive and income negative, as Lunch Money writes them), currency ("usd"), to_base, notes,
category, category_group, account, tags, is_income / exclude_from_budget / exclude_from_totals ("true" /
"false"), status (cleared / uncleared / recurring) and original_name (the bank's upper-case text); the NOAA Storm
Events details file for 2023 (one row per event, several events per episode) with BEGIN_YEARMONTH (202306),
BEGIN_DAY, BEGIN_TIME, END_YEARMONTH, END_DAY, END_TIME, EPISODE_ID, EVENT_ID, STATE (upper case), STATE_FIPS,
YEAR, MONTH_NAME, EVENT_TYPE, CZ_TYPE (C / Z), CZ_FIPS, CZ_NAME (upper case), WFO, BEGIN_DATE_TIME and
END_DATE_TIME as "14-JUN-23 16:45:00", CZ_TIMEZONE ("CST-6"), INJURIES_DIRECT, INJURIES_INDIRECT, DEATHS_DIRECT,
DEATHS_INDIRECT, DAMAGE_PROPERTY and DAMAGE_CROPS as "10.00K" / "1.50M" / "0.00K" (blank for some), SOURCE,
MAGNITUDE (hail size in inches or wind in knots, blank otherwise), MAGNITUDE_TYPE (EG / MG / ES / MS), FLOOD_CAUSE,
TOR_F_SCALE ("EF1"), TOR_LENGTH, TOR_WIDTH, BEGIN_LAT, BEGIN_LON, EVENT_NARRATIVE and DATA_SOURCE ("CSV"); the UK
Land Registry Price Paid data for 2023 with the documented headers "Transaction unique identifier" ("{3C0B...}"),
Price (whole pounds), "Date of Transfer" as "2023-03-14 00:00", Postcode (blank for a few), "Property Type"
(D / S / T / F / O), "Old/New" (Y / N), Duration (F / L), PAON, SAON, Street, Locality, "Town/City", District and
County (all upper case), "PPD Category Type" (A standard / B additional, e.g. repossessions and bulk sales) and
"Record Status - monthly file only" (A); and the Austin Animal Center outcomes (2022-2023) with "Animal ID"
("A812345", repeated for animals that came back), Name ("*Bella" for shelter-given names, blank for many),
DateTime as "05/08/2023 06:20:00 PM", MonthYear ("May 2023"), "Date of Birth" ("05/02/2021"), "Outcome Type"
(Adoption / Transfer / Return to Owner / Euthanasia / Died / Rto-Adopt / Disposal, blank for a few), "Outcome
Subtype", "Animal Type" (Dog / Cat / Other / Bird / Livestock), "Sex upon Outcome", "Age upon Outcome" ("2 years",
"1 month", "3 weeks"), Breed and Color. All are generated with fixed seeds 17401-17407.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share, _text
from .heldout173 import _money, _top
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

# --- shared helpers ------------------------------------------------------------------------------------------------


def _any_of(*values: Callable[[pd.DataFrame], Any], how: Callable[[Callable[[pd.DataFrame], Any]], Check]) -> Check:
    """Any one of the values, each checked with `how`."""
    return either(*(how(v) for v in values))


def _month_peak(dates: pd.Series, weights: pd.Series | None = None) -> pd.Timestamp:
    """The month with the most rows (or the largest weight), ties to the earliest."""
    months = dates.dt.to_period("M")
    sums = (weights if weights is not None else pd.Series(1.0, index=dates.index)).groupby(months).sum()
    return sums[sums == sums.max()].index.min().to_timestamp()


# --- 1. Help Scout mailbox conversations export --------------------------------------------------------------------

_HS_AGENTS = {"Priya Nair": 5.0, "Marcus Bell": 4.0, "Sofia Alvarez": 3.5, "Tom O'Hara": 2.0, "Jenny Cho": 1.5}
_HS_SUBJECTS = {
    "Support": ["Can't log in", "Export not working", "Bug: dashboard blank", "How do I add a user?", "Sync error"],
    "Billing": ["Refund request", "Charged twice", "Update card", "Invoice copy please", "Cancel my plan"],
    "Sales": ["Pricing question", "Demo request", "Enterprise plan", "Discount for nonprofits?"],
}
_HS_TAGS = {"Support": ["bug", "how-to", "login"], "Billing": ["refund", "billing", "cancellation"], "Sales": ["lead"]}
_HS_FIRST = ["Anna", "Ben", "Carla", "Dev", "Eli", "Fatima", "George", "Hana", "Ivan", "Julia", "Kofi", "Lena"]
_HS_LAST = ["Meyer", "Brown", "Rossi", "Patel", "Kim", "Nguyen", "Silva", "Novak", "Okafor", "Dubois"]


def _hs_wait(minutes: float) -> str:
    m = round(minutes)
    d, rest = divmod(m, 1440)
    h, mm = divmod(rest, 60)
    if d:
        return f"{d}d {h}h"
    return f"{h}h {mm}m" if h else f"{mm}m"


def _helpscout_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17401)
    rows = []
    start = pd.Timestamp("2024-01-01")
    end = pd.Timestamp("2024-06-30 23:59")
    month_weight = {1: 1.0, 2: 0.9, 3: 1.35, 4: 1.0, 5: 0.95, 6: 0.8}
    stamps = []
    while len(stamps) < 1400:
        t = start + pd.Timedelta(minutes=int(rng.integers(0, int((end - start).total_seconds() // 60))))
        if rng.random() < month_weight[t.month] / 1.35:
            stamps.append(t)
    stamps.sort()
    for k, created in enumerate(stamps):
        box = _one(rng, list(_HS_SUBJECTS), [6, 3, 1.2])
        kind = _one(rng, ["email", "chat", "phone"], [7, 2.5, 0.5])
        spam = box == "Support" and rng.random() < 0.03
        agent = "" if spam or rng.random() < 0.06 else _one(rng, list(_HS_AGENTS), list(_HS_AGENTS.values()))
        answered = bool(agent) and rng.random() < 0.97
        wait = float(rng.lognormal(np.log(12.0 if kind == "chat" else 240.0), 0.9)) if answered else None
        age_days = (end - created).days
        if spam:
            status = "spam"
        elif age_days < 10 and rng.random() < 0.5:
            status = _one(rng, ["active", "pending"], [2, 1])
        elif rng.random() < 0.04:
            status = _one(rng, ["active", "pending"], [1, 1])
        else:
            status = "closed"
        closed = created + pd.Timedelta(minutes=(wait or 60) + float(rng.exponential(900)))
        rating = ""
        if status == "closed" and rng.random() < 0.3:
            rating = _one(rng, ["Great", "Okay", "Not Good"], [7, 2, 1.2])
        tags = [t for t in _HS_TAGS[box] if rng.random() < 0.3]
        first, last = _one(rng, _HS_FIRST), _one(rng, _HS_LAST)
        rows.append(
            {
                "Conversation ID": 2_480_000_000 + k * 37 + int(rng.integers(0, 30)),
                "Number": f"#{10001 + k}",
                "Subject": _one(rng, _HS_SUBJECTS[box]),
                "Mailbox": box,
                "Status": status,
                "Type": kind,
                "Assigned To": agent,
                "Customer Name": f"{first} {last}",
                "Customer Email": f"{first.lower()}.{last.lower()}@example.com",
                "Tags": ", ".join(tags),
                "Created At": created.strftime("%Y-%m-%d %H:%M:%S"),
                "Closed At": closed.strftime("%Y-%m-%d %H:%M:%S") if status == "closed" else "",
                "Replies": int(rng.integers(1, 6)) if answered else 0,
                "First Response Time": _hs_wait(wait) if wait is not None else "",
                "Happiness Rating": rating,
            }
        )
    return pd.DataFrame(rows)


def _hs_minutes(s: pd.Series) -> pd.Series:
    """ "1d 3h", "2h 14m", "45m" as minutes (blanks as NaN)."""

    def one(text: str) -> float:
        if not text:
            return float("nan")
        total = 0.0
        for n, unit in re.findall(r"(\d+)\s*([dhm])", text):
            total += int(n) * {"d": 1440, "h": 60, "m": 1}[unit]
        return total

    return _text(s).map(one).astype(float)


def _hs_wait_values(d: pd.DataFrame, kind: str | None = None) -> list[float]:
    keep = d if kind is None else d[_text(d["Type"]) == kind]
    m = _hs_minutes(keep["First Response Time"]).dropna()
    return [m.mean(), m.mean() / 60, m.median(), m.median() / 60]


def _hs_wait_check(kind: str | None) -> Check:
    return either(*(_about(lambda d, i=i: _hs_wait_values(d, kind)[i], rel=0.02) for i in range(4)))


def _hs_rated(d: pd.DataFrame) -> pd.Series:
    return _text(d["Happiness Rating"])


_HS_ID = ("Conversation ID", "Number")
_HELPSCOUT_QS = [
    Q(
        "how many conversations are still open",
        either(
            _count(lambda d: int((_text(d["Status"]) == "active").sum())),
            _count(lambda d: int(_text(d["Status"]).isin(["active", "pending"]).sum())),
        ),
        ("Status", "Closed At", *_HS_ID),
    ),
    Q(
        "who handled the most tickets",
        _lead(_named(lambda d: _top(d.loc[_text(d["Assigned To"]) != "", "Assigned To"].value_counts()))),
        ("Assigned To", "Status", *_HS_ID),
    ),
    Q(
        "whats the average time until the first reply",
        _hs_wait_check(None),
        ("First Response Time", "Type", *_HS_ID),
    ),
    Q(
        "and for chats?",
        _hs_wait_check("chat"),
        ("First Response Time", "Type", *_HS_ID),
    ),
    Q(
        "which month was the busiest",
        _month_year(lambda d: _month_peak(pd.to_datetime(d["Created At"]))),
        ("Created At", *_HS_ID),
    ),
    Q(
        "what percent of the ratings were great",
        either(
            _share(lambda d: float((_hs_rated(d) == "Great").sum() / (_hs_rated(d) != "").sum())),
            _share(lambda d: float((_hs_rated(d) == "Great").mean())),
        ),
        ("Happiness Rating", *_HS_ID),
    ),
]


# --- 2. Chargebee invoices export ----------------------------------------------------------------------------------

_CB_PLANS = [29.0, 79.0, 199.0, 499.0]
_CB_COUNTRIES = {"US": ("USD", 6.0, 0.0), "CA": ("USD", 1.0, 0.0), "DE": ("EUR", 1.5, 0.19), "FR": ("EUR", 1.0, 0.2)}
_CB_COUNTRIES |= {"GB": ("GBP", 1.5, 0.2), "AU": ("USD", 0.8, 0.0)}
_CB_WORDS = ["Acme", "Nimbus", "Bright", "Pixel", "Orbit", "Maple", "Cobalt", "Vertex", "Lumen", "Harbor", "Atlas"]
_CB_SUFFIX = ["Labs", "Inc", "GmbH", "Ltd", "Studio", "Analytics", "Co", "Systems"]
_CB_TODAY = pd.Timestamp("2024-12-31")


def _cb_id(rng: np.random.Generator) -> str:
    chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(chars[int(i)] for i in rng.integers(0, len(chars), 16))


def _chargebee_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17402)
    events = []
    for c in range(150):
        country = _one(rng, list(_CB_COUNTRIES), [v[1] for v in _CB_COUNTRIES.values()])
        cur, _, vat = _CB_COUNTRIES[country]
        company = f"{_one(rng, _CB_WORDS)} {_one(rng, _CB_SUFFIX)}"
        if c == 7:
            company, country, cur, vat = "Summit Freight Inc", "US", "USD", 0.0
        first = _one(rng, ["Alex", "Sam", "Jordan", "Chris", "Taylor", "Morgan", "Robin", "Jamie", "Casey"])
        last = _one(rng, ["Lee", "Fischer", "Martin", "Clarke", "Dupont", "Young", "Khan", "Berg", "Walsh"])
        plan = 899.0 if c == 7 else _one(rng, _CB_PLANS, [5, 4, 2, 0.6])
        if cur == "EUR":
            plan = round(plan * 0.92)
        elif cur == "GBP":
            plan = round(plan * 0.79)
        begin = pd.Timestamp("2023-01-01") + pd.Timedelta(days=int(rng.integers(0, 600)))
        months = int(min(rng.geometric(0.06), 24))
        if c == 7:
            begin, months = pd.Timestamp("2023-01-04"), 24
        cust = {
            "Customer Id": _cb_id(rng),
            "Customer First Name": first,
            "Customer Last Name": last,
            "Customer Email": f"{first.lower()}@{company.split()[0].lower()}.io",
            "Customer Company": company,
            "Billing Country": country,
        }
        sub = _cb_id(rng)
        for m in range(months):
            day = begin + pd.DateOffset(months=m)
            if day > _CB_TODAY:
                break
            events.append((day, cust, sub, plan, vat, cur, True))
            if rng.random() < 0.05:
                extra = float(_one(rng, [50.0, 150.0, 400.0]))
                events.append((day + pd.Timedelta(days=3), cust, "", extra, vat, cur, False))
    events.sort(key=lambda e: e[0])
    rows = []
    for k, (day, cust, sub, amount, vat, cur, recurring) in enumerate(events):
        tax = round(amount * vat, 2)
        total = round(amount + tax, 2)
        due = day + pd.Timedelta(days=30 if amount >= 400 else 0)
        r = rng.random()
        if r < 0.02:
            status = "Voided"
        elif (_CB_TODAY - day).days < 30 and r < 0.3:
            status = "Payment Due"
        elif r < 0.05:
            status = "Not Paid"
        else:
            status = "Paid"
        credits = 0.0
        paid = total if status == "Paid" else 0.0
        if status == "Paid" and rng.random() < 0.04:
            credits = round(min(total, 20.0), 2)
            paid = round(total - credits, 2)
        due_amt = total if status in {"Payment Due", "Not Paid"} else 0.0
        paid_on = due + pd.Timedelta(hours=float(rng.integers(0, 96))) if status == "Paid" else None
        rows.append(
            {
                "Invoice Number": str(1001 + k),
                "Invoice Date": day.strftime("%Y-%m-%d"),
                "Customer Id": cust["Customer Id"],
                "Customer First Name": cust["Customer First Name"],
                "Customer Last Name": cust["Customer Last Name"],
                "Customer Email": cust["Customer Email"],
                "Customer Company": cust["Customer Company"],
                "Subscription Id": sub,
                "Status": status,
                "Recurring": "true" if recurring else "false",
                "Currency": cur,
                "Amount": total,
                "Tax Total": tax,
                "Amount Paid": paid,
                "Amount Adjusted": total if status == "Voided" else 0.0,
                "Credits Applied": credits,
                "Amount Due": due_amt,
                "Paid On": paid_on.strftime("%Y-%m-%d %H:%M:%S") if paid_on is not None else "",
                "Due Date": due.strftime("%Y-%m-%d"),
                "Net Term Days": 30 if amount >= 400 else 0,
                "Billing Country": cust["Billing Country"],
            }
        )
    return pd.DataFrame(rows)


def _cb_usd(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["Currency"]) == "USD"]


def _cb_live(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["Status"]) != "Voided"]


def _cb_top(d: pd.DataFrame) -> str:
    return _top(d["Amount Paid"].groupby(d["Customer Company"]).sum())


def _cb_month(d: pd.DataFrame) -> pd.Timestamp:
    return _month_peak(pd.to_datetime(d["Invoice Date"]), d["Amount"])


_CB_ID = ("Invoice Number", "Customer Id")
_CHARGEBEE_QS = [
    Q(
        "how much money have we collected in dollars",
        _money(lambda d: float(_cb_usd(d)["Amount Paid"].sum())),
        ("Amount Paid", "Currency", "Status", "Amount", *_CB_ID),
    ),
    Q(
        "how many invoices havent been paid yet",
        either(
            _count(lambda d: int(_text(d["Status"]).isin(["Payment Due", "Not Paid"]).sum())),
            _count(lambda d: int((d["Amount Due"] > 0).sum())),
        ),
        ("Status", "Amount Due", "Paid On", *_CB_ID),
    ),
    Q(
        "which customer has paid us the most",
        either(_lead(_named(_cb_top)), _lead(_named(lambda d: _cb_top(_cb_usd(d))))),
        ("Customer Company", "Customer Id", "Amount Paid", "Currency", "Status", "Invoice Number"),
    ),
    Q(
        "average invoice amount?",
        either(
            _money(lambda d: float(d["Amount"].mean())),
            _money(lambda d: float(_cb_live(d)["Amount"].mean())),
            _money(lambda d: float(_cb_usd(d)["Amount"].mean())),
        ),
        ("Amount", "Status", "Currency", *_CB_ID),
    ),
    Q(
        "what share of invoices are one-off, not part of a subscription",
        _share(lambda d: float((_text(d["Recurring"].astype(str)).str.lower() == "false").mean())),
        ("Recurring", "Subscription Id", *_CB_ID),
    ),
    Q(
        "which month did we bill the most",
        either(
            _month_year(_cb_month),
            _month_year(lambda d: _cb_month(_cb_live(d))),
            _month_year(lambda d: _cb_month(_cb_usd(d))),
        ),
        ("Invoice Date", "Amount", "Status", "Currency", *_CB_ID),
    ),
]


# --- 3. Dexcom Clarity CGM export ----------------------------------------------------------------------------------

_DX_TS = "Timestamp (YYYY-MM-DDThh:mm:ss)"
_DX_GLU = "Glucose Value (mg/dL)"
_DX_COLUMNS = [
    "Index",
    _DX_TS,
    "Event Type",
    "Event Subtype",
    "Patient Info",
    "Device Info",
    "Source Device ID",
    _DX_GLU,
    "Insulin Value (u)",
    "Carb Value (grams)",
    "Duration (hh:mm:ss)",
    "Glucose Rate of Change (mg/dL/min)",
    "Transmitter Time (Long Integer)",
    "Transmitter ID",
]


def _dexcom_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17403)
    rows: list[dict[str, Any]] = []
    head = [
        ("FirstName", "", "Jordan", ""),
        ("LastName", "", "Reyes", ""),
        ("DateOfBirth", "", "1988-04-02", ""),
        ("Device", "", "", "Dexcom G7 Mobile App"),
        ("Alert", "High", "", "Mobile App"),
        ("Alert", "Low", "", "Mobile App"),
        ("Alert", "Urgent Low", "", "Mobile App"),
        ("Alert", "Urgent Low Soon", "", "Mobile App"),
        ("Alert", "Rise", "", "Mobile App"),
        ("Alert", "Signal Loss", "", "Mobile App"),
    ]
    for ev, sub, patient, device in head:
        rows.append({"Event Type": ev, "Event Subtype": sub, "Patient Info": patient, "Device Info": device})
    start = pd.Timestamp("2024-04-01 00:02:11")
    n = 14 * 288
    t_hours = np.arange(n) / 12.0
    base = 150 + 25 * np.sin(2 * np.pi * (t_hours - 8) / 24)
    meals = np.zeros(n)
    carbs_at: list[tuple[int, float]] = []
    day_shift = rng.normal(0, 12, 14)
    for day in range(14):
        for hour, grams in ((7.5, 45), (12.5, 60), (19.0, 75)):
            i = int((day * 24 + hour + rng.normal(0, 0.5)) * 12)
            g = float(max(10, round(grams * rng.lognormal(0, 0.3))))
            carbs_at.append((i, g))
            bump = g * 1.3 * np.exp(-((np.arange(n) - i - 10) ** 2) / (2 * 14.0**2))
            meals += bump
        base[day * 288 : (day + 1) * 288] += day_shift[day]
    noise = np.cumsum(rng.normal(0, 2.0, n))
    noise -= np.convolve(noise, np.ones(60) / 60, mode="same")
    glucose = base + meals + noise
    glucose[int(3.1 * 288) : int(3.1 * 288) + 30] -= np.linspace(0, 120, 30)
    glucose[int(9.6 * 288) : int(9.6 * 288) + 20] -= np.linspace(110, 40, 20)
    gaps = set(range(int(6.4 * 288), int(6.4 * 288) + 24)) | set(range(int(11.2 * 288), int(11.2 * 288) + 9))
    carb_rows = dict(carbs_at)
    for i in range(n):
        t = start + pd.Timedelta(minutes=5 * i)
        stamp = t.strftime("%Y-%m-%dT%H:%M:%S")
        if i not in gaps:
            g = float(glucose[i])
            if g < 40:
                val = "Low"
            elif g > 400:
                val = "High"
            else:
                val = str(round(g))
            rate = "" if rng.random() < 0.02 else f"{(glucose[i] - glucose[i - 1]) / 5 if i else 0:.1f}"
            rows.append(
                {
                    _DX_TS: stamp,
                    "Event Type": "EGV",
                    "Source Device ID": "iOS G7",
                    _DX_GLU: val,
                    "Glucose Rate of Change (mg/dL/min)": rate,
                    "Transmitter Time (Long Integer)": 1_200_000 + 300 * i,
                    "Transmitter ID": "8AB4C2",
                }
            )
        if i in carb_rows:
            rows.append(
                {
                    _DX_TS: (t + pd.Timedelta(minutes=1)).strftime("%Y-%m-%dT%H:%M:%S"),
                    "Event Type": "Carbs",
                    "Source Device ID": "iOS G7",
                    "Carb Value (grams)": carb_rows[i],
                }
            )
            rows.append(
                {
                    _DX_TS: (t + pd.Timedelta(minutes=2)).strftime("%Y-%m-%dT%H:%M:%S"),
                    "Event Type": "Insulin",
                    "Event Subtype": "Fast-Acting",
                    "Source Device ID": "iOS G7",
                    "Insulin Value (u)": round(carb_rows[i] / 10 + float(rng.normal(0, 0.5)), 1),
                }
            )
        if i % 288 == 264:
            rows.append(
                {
                    _DX_TS: (t + pd.Timedelta(minutes=2)).strftime("%Y-%m-%dT%H:%M:%S"),
                    "Event Type": "Insulin",
                    "Event Subtype": "Long-Acting",
                    "Source Device ID": "iOS G7",
                    "Insulin Value (u)": 22.0,
                }
            )
        if i % 288 == 210 and rng.random() < 0.4:
            rows.append(
                {
                    _DX_TS: stamp,
                    "Event Type": "Exercise",
                    "Event Subtype": "Medium",
                    "Source Device ID": "iOS G7",
                    "Duration (hh:mm:ss)": f"00:{int(rng.integers(20, 59)):02d}:00",
                }
            )
    frame = pd.DataFrame(rows, columns=_DX_COLUMNS)
    frame["Index"] = np.arange(1, len(frame) + 1)
    return frame


def _dx_egv(d: pd.DataFrame, fill: bool) -> pd.Series:
    """The EGV readings as numbers; "Low" / "High" as 40 / 400 when `fill`, dropped otherwise."""
    v = _text(d.loc[_text(d["Event Type"]) == "EGV", _DX_GLU])
    if fill:
        v = v.replace({"Low": "40", "High": "400"})
    return pd.to_numeric(v, errors="coerce").dropna()


def _dx_in_range(d: pd.DataFrame, fill: bool) -> float:
    v = _dx_egv(d, fill)
    return float(((v >= 70) & (v <= 180)).mean())


def _dx_best_day(d: pd.DataFrame) -> pd.Timestamp:
    egv = d[_text(d["Event Type"]) == "EGV"]
    v = pd.to_numeric(egv[_DX_GLU], errors="coerce")
    days = pd.to_datetime(egv[_DX_TS]).dt.normalize()
    return v.groupby(days).mean().idxmax()


_DX_ID = (_DX_TS, "Event Type", "Index")
_DEXCOM_QS = [
    Q(
        "whats my average blood sugar",
        either(_about(lambda d: _dx_egv(d, False).mean()), _about(lambda d: _dx_egv(d, True).mean())),
        (_DX_GLU, *_DX_ID),
    ),
    Q(
        "how much of the time was i in range, 70 to 180",
        either(_share(lambda d: _dx_in_range(d, False)), _share(lambda d: _dx_in_range(d, True))),
        (_DX_GLU, *_DX_ID),
    ),
    Q(
        "how many readings were under 70",
        either(
            _count(lambda d: int((_dx_egv(d, False) < 70).sum())),
            _count(lambda d: int((_dx_egv(d, True) < 70).sum())),
        ),
        (_DX_GLU, *_DX_ID),
    ),
    Q(
        "which day had the highest average",
        _lead(_day(_dx_best_day)),
        (_DX_GLU, *_DX_ID),
    ),
    Q(
        "how many carbs did i log in total",
        _count(lambda d: float(pd.to_numeric(d["Carb Value (grams)"], errors="coerce").sum())),
        ("Carb Value (grams)", *_DX_ID),
    ),
    Q(
        "and insulin?",
        either(
            _about(lambda d: float(pd.to_numeric(d["Insulin Value (u)"], errors="coerce").sum()), rel=0.002),
            _about(
                lambda d: float(
                    pd.to_numeric(
                        d.loc[_text(d["Event Subtype"]) == "Fast-Acting", "Insulin Value (u)"], errors="coerce"
                    ).sum()
                ),
                rel=0.002,
            ),
        ),
        ("Insulin Value (u)", "Event Subtype", *_DX_ID),
    ),
]


# --- 4. Lunch Money transactions export ----------------------------------------------------------------------------

# category: group, payees, monthly count, median amount
_LM_CATS: dict[str, tuple[str, list[str], float, float]] = {
    "Groceries": ("Food", ["Trader Joe's", "Whole Foods Market", "Safeway", "Costco"], 9.0, 62.0),
    "Restaurants": ("Food", ["Chipotle", "Sweetgreen", "Olive Garden", "Thai Basil", "Shake Shack"], 7.0, 34.0),
    "Coffee Shops": ("Food", ["Starbucks", "Blue Bottle Coffee", "Peet's Coffee"], 10.0, 6.2),
    "Shopping": ("Personal", ["Amazon", "Target", "Amazon Marketplace", "Uniqlo"], 5.0, 41.0),
    "Transportation": ("Transport", ["Uber", "Lyft", "Shell", "Chevron"], 6.0, 24.0),
    "Utilities": ("Bills", ["PG&E", "Comcast Xfinity", "T-Mobile"], 3.0, 88.0),
    "Entertainment": ("Personal", ["Netflix", "Spotify", "AMC Theatres"], 3.0, 16.0),
}


def _lunchmoney_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17404)
    rows = []

    def add(day: pd.Timestamp, payee: str, amount: float, cat: str, group: str, account: str, **kw: Any) -> None:
        rows.append(
            {
                "date": day.strftime("%Y-%m-%d"),
                "payee": payee,
                "amount": f"{amount:.2f}",
                "currency": "usd",
                "to_base": round(amount, 2),
                "notes": kw.get("notes", ""),
                "category": cat,
                "category_group": group,
                "account": account,
                "tags": kw.get("tags", ""),
                "is_income": "true" if kw.get("income") else "false",
                "exclude_from_budget": "true" if kw.get("excluded") else "false",
                "exclude_from_totals": "true" if kw.get("excluded") else "false",
                "status": kw.get("status", "cleared"),
                "original_name": re.sub(r"[^A-Z0-9 ]", "", payee.upper()) + f" #{int(rng.integers(100, 9999))}",
            }
        )

    for m in range(12):
        month = pd.Timestamp("2023-07-01") + pd.DateOffset(months=m)
        last_day = month.days_in_month
        add(month, "Parkside Apartments", 2350.0, "Rent", "Housing", "Chase Checking")
        for payday in (15, last_day):
            add(
                month.replace(day=payday), "Initech Payroll", -3125.40, "Paycheck", "Income", "Chase Checking", income=1
            )
        if rng.random() < 0.3:
            add(
                month.replace(day=int(rng.integers(1, 28))),
                "Upwork",
                -round(float(rng.uniform(300, 1200)), 2),
                "Freelance",
                "Income",
                "Chase Checking",
                income=1,
            )
        add(
            month.replace(day=20),
            "Chase Sapphire Payment",
            round(float(rng.uniform(1200, 2400)), 2),
            "Payment, Transfer",
            "Transfers",
            "Chase Checking",
            excluded=1,
        )
        season = 1.6 if month.month in (11, 12) else 1.0
        for cat, (group, payees, per_month, median) in _LM_CATS.items():
            k = int(rng.poisson(per_month * (season if cat == "Shopping" else 1.0)))
            for _ in range(k):
                day = month.replace(day=int(rng.integers(1, last_day + 1)))
                amt = round(median * float(rng.lognormal(0, 0.45)), 2)
                if cat == "Shopping" and month.month == 12 and rng.random() < 0.2:
                    amt = round(amt * 6, 2)
                tags = "holiday" if month.month == 12 and cat == "Shopping" else ""
                status = "uncleared" if m == 11 and day.day > 24 else "cleared"
                add(day, _one(rng, payees), amt, cat, group, "Chase Sapphire", tags=tags, status=status)
                if cat in {"Shopping", "Groceries"} and rng.random() < 0.04:
                    refund_day = day + pd.Timedelta(days=int(rng.integers(2, 10)))
                    add(refund_day, rows[-1]["payee"], -amt, cat, group, "Chase Sapphire", notes="refund")
    frame = pd.DataFrame(rows)
    return frame.sort_values("date", kind="stable", ascending=False).reset_index(drop=True)


def _lm(d: pd.DataFrame) -> pd.DataFrame:
    out = d.assign(a=pd.to_numeric(d["amount"], errors="coerce"), t=pd.to_datetime(d["date"]))
    return out.assign(
        income=_text(out["is_income"].astype(str)).str.lower() == "true",
        excl=_text(out["exclude_from_totals"].astype(str)).str.lower() == "true",
    )


def _lm_spend(d: pd.DataFrame, excluded: bool) -> pd.DataFrame:
    x = _lm(d)
    x = x[~x["income"]]
    return x if excluded else x[~x["excl"]]


def _lm_cat(d: pd.DataFrame, cat: str) -> pd.DataFrame:
    x = _lm(d)
    return x[_text(x["category"]) == cat]


_LM_ID = ("date", "payee")
_LUNCHMONEY_QS = [
    Q(
        "how much did i spend on groceries",
        either(
            _money(lambda d: float(_lm_cat(d, "Groceries")["a"].sum())),
            _money(lambda d: float(_lm_cat(d, "Groceries")["a"].clip(lower=0).sum())),
        ),
        ("amount", "category", "to_base", *_LM_ID),
    ),
    Q(
        "what do i spend the most money on",
        _lead(_named(lambda d: _top(_lm_spend(d, False)["a"].groupby(_lm_spend(d, False)["category"]).sum()))),
        ("amount", "category", "category_group", "to_base", "is_income", "exclude_from_totals", *_LM_ID),
    ),
    Q(
        "total income in 2024?",
        _money(lambda d: float(-_lm(d).loc[_lm(d)["income"] & (_lm(d)["t"].dt.year == 2024), "a"].sum())),
        ("amount", "is_income", "category", "to_base", *_LM_ID),
    ),
    Q(
        "which month did i spend the most",
        either(
            _month_year(lambda d: _month_peak(_lm_spend(d, False)["t"], _lm_spend(d, False)["a"])),
            _month_year(lambda d: _month_peak(_lm_spend(d, True)["t"], _lm_spend(d, True)["a"])),
        ),
        ("amount", "is_income", "exclude_from_totals", "to_base", *_LM_ID),
    ),
    Q(
        "how many amazon purchases",
        either(
            _count(lambda d: int((_text(d["payee"]).str.contains("Amazon") & (_lm(d)["a"] > 0)).sum())),
            _count(lambda d: int(_text(d["payee"]).str.contains("Amazon").sum())),
        ),
        ("payee", "amount", "original_name", "date"),
    ),
    Q(
        "what's a typical restaurant bill",
        either(
            _money(lambda d: float(_lm_cat(d, "Restaurants")["a"].mean())),
            _money(lambda d: float(_lm_cat(d, "Restaurants")["a"].median())),
        ),
        ("amount", "category", "to_base", *_LM_ID),
    ),
]


# --- 5. NOAA Storm Events details file (2023) ----------------------------------------------------------------------

# state: fips, weight, timezone, WFOs, counties
_SE_STATES: dict[str, tuple[int, float, str, list[str], list[str]]] = {
    "TEXAS": (48, 9.0, "CST-6", ["FWD", "HGX", "LUB", "EWX"], ["DALLAS", "HARRIS", "LUBBOCK", "TRAVIS", "TARRANT"]),
    "KANSAS": (20, 5.0, "CST-6", ["ICT", "TOP", "DDC"], ["SEDGWICK", "SHAWNEE", "FORD", "RENO"]),
    "OKLAHOMA": (40, 4.5, "CST-6", ["OUN", "TSA"], ["OKLAHOMA", "TULSA", "CLEVELAND", "COMANCHE"]),
    "IOWA": (19, 3.5, "CST-6", ["DMX", "DVN"], ["POLK", "LINN", "SCOTT", "STORY"]),
    "GEORGIA": (13, 3.0, "EST-5", ["FFC"], ["FULTON", "COBB", "DEKALB", "BIBB"]),
    "PENNSYLVANIA": (42, 3.0, "EST-5", ["CTP", "PHI", "PBZ"], ["CENTRE", "BUCKS", "ALLEGHENY", "YORK"]),
    "COLORADO": (8, 2.5, "MST-7", ["BOU", "PUB"], ["DENVER", "EL PASO", "WELD", "LARIMER"]),
    "MINNESOTA": (27, 2.5, "CST-6", ["MPX", "DLH"], ["HENNEPIN", "RAMSEY", "ST. LOUIS", "DAKOTA"]),
    "FLORIDA": (12, 2.0, "EST-5", ["MFL", "TBW", "JAX"], ["MIAMI-DADE", "HILLSBOROUGH", "DUVAL", "ORANGE"]),
    "NEW YORK": (36, 2.0, "EST-5", ["OKX", "ALY", "BUF"], ["ALBANY", "ERIE", "SUFFOLK", "ONONDAGA"]),
}
# event type: weight, month weights (Jan..Dec), zone (C county / Z zone), magnitude kind
_SE_TYPES: dict[str, tuple[float, list[float], str, str]] = {
    "Thunderstorm Wind": (40, [1, 1, 3, 5, 8, 10, 11, 9, 4, 2, 1, 1], "C", "wind"),
    "Hail": (28, [1, 1, 4, 8, 11, 10, 6, 4, 2, 1, 0.5, 0.5], "C", "hail"),
    "Flash Flood": (8, [1, 1, 2, 3, 5, 6, 8, 8, 5, 2, 1, 1], "C", ""),
    "Tornado": (6, [1, 2, 5, 7, 6, 4, 2, 1, 1, 1, 1, 1], "C", ""),
    "Flood": (5, [2, 2, 3, 4, 4, 3, 2, 2, 2, 2, 2, 2], "C", ""),
    "Heavy Snow": (4, [8, 7, 4, 1, 0, 0, 0, 0, 0, 0.5, 3, 7], "Z", ""),
    "Winter Storm": (3, [8, 7, 3, 1, 0, 0, 0, 0, 0, 0.5, 3, 7], "Z", ""),
    "Excessive Heat": (2, [0, 0, 0, 0, 1, 5, 9, 8, 2, 0, 0, 0], "Z", ""),
    "Drought": (2, [1, 1, 1, 1, 1, 2, 3, 3, 2, 1, 1, 1], "Z", ""),
}


def _se_money(v: float) -> str:
    if v >= 1e6:
        return f"{v / 1e6:.2f}M"
    return f"{v / 1e3:.2f}K"


def _noaa_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17405)
    rows = []
    episode = 180_000
    event = 1_100_000
    while len(rows) < 3200:
        episode += int(rng.integers(1, 5))
        state = _one(rng, list(_SE_STATES), [v[1] for v in _SE_STATES.values()])
        fips, _, tz, wfos, counties = _SE_STATES[state]
        kind = _one(rng, list(_SE_TYPES), [v[0] for v in _SE_TYPES.values()])
        _, months, zone, mag = _SE_TYPES[kind]
        month = int(_one(rng, list(range(1, 13)), months))
        day = int(rng.integers(1, pd.Timestamp(2023, month, 1).days_in_month + 1))
        base = pd.Timestamp(2023, month, day, int(rng.integers(0, 24)), int(rng.integers(0, 60)))
        for _ in range(int(rng.integers(1, 6))):
            event += int(rng.integers(1, 40))
            begin = base + pd.Timedelta(minutes=int(rng.integers(0, 180)))
            end = begin + pd.Timedelta(minutes=int(rng.integers(0, 60 if mag else 1440)))
            deaths = int(rng.poisson(0.02 if kind not in {"Tornado", "Excessive Heat", "Flash Flood"} else 0.25))
            injuries = int(rng.poisson(0.05 if kind != "Tornado" else 0.8))
            dmg = float(rng.lognormal(np.log(8000 if kind != "Tornado" else 150000), 1.4))
            dmg = 0.0 if rng.random() < 0.35 else round(dmg, -2)
            magnitude = ""
            mtype = ""
            if mag == "hail":
                magnitude = (
                    f"{_one(rng, [0.75, 1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 2.75], [9, 10, 5, 3, 3, 2, 1, 0.5]):.2f}"
                )
            elif mag == "wind":
                magnitude = str(int(_one(rng, [50, 52, 55, 58, 60, 65, 70, 80], [9, 8, 5, 4, 3, 2, 1, 0.5])))
                mtype = _one(rng, ["EG", "MG", "ES", "MS"], [6, 2, 2, 0.5])
            blank_damage = rng.random() < 0.06
            rows.append(
                {
                    "BEGIN_YEARMONTH": int(f"2023{begin.month:02d}"),
                    "BEGIN_DAY": begin.day,
                    "BEGIN_TIME": int(begin.strftime("%H%M")),
                    "END_YEARMONTH": int(f"{end.year}{end.month:02d}"),
                    "END_DAY": end.day,
                    "END_TIME": int(end.strftime("%H%M")),
                    "EPISODE_ID": episode,
                    "EVENT_ID": event,
                    "STATE": state,
                    "STATE_FIPS": fips,
                    "YEAR": 2023,
                    "MONTH_NAME": begin.strftime("%B"),
                    "EVENT_TYPE": kind,
                    "CZ_TYPE": zone,
                    "CZ_FIPS": int(rng.integers(1, 200)),
                    "CZ_NAME": _one(rng, counties),
                    "WFO": _one(rng, wfos),
                    "BEGIN_DATE_TIME": begin.strftime("%d-%b-%y %H:%M:%S").upper(),
                    "CZ_TIMEZONE": tz,
                    "END_DATE_TIME": end.strftime("%d-%b-%y %H:%M:%S").upper(),
                    "INJURIES_DIRECT": injuries,
                    "INJURIES_INDIRECT": int(rng.poisson(0.01)),
                    "DEATHS_DIRECT": deaths,
                    "DEATHS_INDIRECT": int(rng.poisson(0.01)),
                    "DAMAGE_PROPERTY": "" if blank_damage else _se_money(dmg),
                    "DAMAGE_CROPS": "" if blank_damage else _se_money(0.0 if rng.random() < 0.9 else round(dmg / 3)),
                    "SOURCE": _one(rng, ["Trained Spotter", "Public", "Emergency Manager", "Law Enforcement", "ASOS"]),
                    "MAGNITUDE": magnitude,
                    "MAGNITUDE_TYPE": mtype,
                    "FLOOD_CAUSE": "Heavy Rain" if "Flood" in kind else "",
                    "TOR_F_SCALE": _one(rng, ["EF0", "EF1", "EF2", "EF3"], [5, 4, 1.5, 0.3])
                    if kind == "Tornado"
                    else "",
                    "TOR_LENGTH": round(float(rng.lognormal(1, 0.9)), 2) if kind == "Tornado" else "",
                    "TOR_WIDTH": int(rng.integers(25, 900)) if kind == "Tornado" else "",
                    "BEGIN_LAT": round(float(rng.uniform(26, 47)), 4) if zone == "C" else "",
                    "BEGIN_LON": round(float(rng.uniform(-105, -74)), 4) if zone == "C" else "",
                    "EVENT_NARRATIVE": f"{kind} reported by {state.title()} spotter." if rng.random() < 0.7 else "",
                    "DATA_SOURCE": "CSV",
                }
            )
    return pd.DataFrame(rows)


def _se_dollars(s: pd.Series) -> pd.Series:
    t = _text(s).str.upper()
    mult = t.str[-1].map({"K": 1e3, "M": 1e6, "B": 1e9}).fillna(1.0)
    return (pd.to_numeric(t.str.rstrip("KMB"), errors="coerce") * mult).fillna(0.0)


_SE_MONTHS = {m: (m[:3],) for m in pd.date_range("2023-01-01", periods=12, freq="MS").strftime("%B")}
_SE_ID = ("EVENT_ID", "EPISODE_ID")
_NOAA_QS = [
    Q(
        "how many tornadoes were there",
        either(
            _count(lambda d: int((_text(d["EVENT_TYPE"]) == "Tornado").sum())),
            _count(lambda d: int(d.loc[_text(d["EVENT_TYPE"]) == "Tornado", "EPISODE_ID"].nunique())),
        ),
        ("EVENT_TYPE", *_SE_ID),
    ),
    Q(
        "which state got hit by the most storms",
        _lead(_named(lambda d: _top(d["STATE"].value_counts()), {s: (s.title(),) for s in _SE_STATES})),
        ("STATE", "EVENT_TYPE", *_SE_ID),
    ),
    Q(
        "how many people died",
        either(
            _count(lambda d: int(d["DEATHS_DIRECT"].sum())),
            _count(lambda d: int(d["DEATHS_DIRECT"].sum() + d["DEATHS_INDIRECT"].sum())),
        ),
        ("DEATHS_DIRECT", "DEATHS_INDIRECT", *_SE_ID),
    ),
    Q(
        "total property damage?",
        _money(lambda d: float(_se_dollars(d["DAMAGE_PROPERTY"]).sum())),
        ("DAMAGE_PROPERTY", *_SE_ID),
    ),
    Q(
        "how big was the hail on average",
        either(
            _about(lambda d: float(pd.to_numeric(d.loc[_text(d["EVENT_TYPE"]) == "Hail", "MAGNITUDE"]).mean())),
            _about(lambda d: float(pd.to_numeric(d.loc[_text(d["EVENT_TYPE"]) == "Hail", "MAGNITUDE"]).median())),
        ),
        ("MAGNITUDE", "EVENT_TYPE", "MAGNITUDE_TYPE", *_SE_ID),
    ),
    Q(
        "which month had the most thunderstorm wind reports",
        _lead(
            _named(
                lambda d: _top(d.loc[_text(d["EVENT_TYPE"]) == "Thunderstorm Wind", "MONTH_NAME"].value_counts()),
                _SE_MONTHS,
            )
        ),
        ("EVENT_TYPE", "MONTH_NAME", "BEGIN_YEARMONTH", "BEGIN_DATE_TIME", *_SE_ID),
    ),
]


# --- 6. UK Land Registry Price Paid data (2023) --------------------------------------------------------------------

# town: district, county, weight, median price, postcode area, flat share
_PP_TOWNS: dict[str, tuple[str, str, float, float, str, float]] = {
    "LONDON": ("CAMDEN", "GREATER LONDON", 9.0, 640000.0, "NW1", 0.6),
    "MANCHESTER": ("MANCHESTER", "GREATER MANCHESTER", 5.0, 235000.0, "M14", 0.3),
    "BIRMINGHAM": ("BIRMINGHAM", "WEST MIDLANDS", 5.0, 225000.0, "B15", 0.25),
    "LEEDS": ("LEEDS", "WEST YORKSHIRE", 4.0, 230000.0, "LS6", 0.22),
    "BRISTOL": ("CITY OF BRISTOL", "CITY OF BRISTOL", 3.5, 330000.0, "BS7", 0.28),
    "LIVERPOOL": ("LIVERPOOL", "MERSEYSIDE", 3.5, 175000.0, "L18", 0.2),
    "SHEFFIELD": ("SHEFFIELD", "SOUTH YORKSHIRE", 3.0, 200000.0, "S10", 0.15),
    "CAMBRIDGE": ("CAMBRIDGE", "CAMBRIDGESHIRE", 1.5, 520000.0, "CB4", 0.3),
    "NORWICH": ("NORWICH", "NORFOLK", 2.0, 245000.0, "NR2", 0.2),
    "CARDIFF": ("CARDIFF", "CARDIFF", 2.5, 260000.0, "CF14", 0.2),
}
_PP_TYPES = {"D": 1.7, "S": 1.05, "T": 0.9, "F": 0.75, "O": 1.3}
_PP_STREETS = ["HIGH STREET", "STATION ROAD", "CHURCH LANE", "VICTORIA ROAD", "PARK AVENUE", "MILL LANE", "QUEENS ROAD"]


def _landregistry_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17406)
    rows = []
    month_w = [0.8, 0.8, 1.0, 0.85, 0.95, 1.15, 1.1, 1.05, 1.0, 0.95, 0.95, 1.0]
    for _ in range(4200):
        town = _one(rng, list(_PP_TOWNS), [v[2] for v in _PP_TOWNS.values()])
        district, county, _, median, area, flat = _PP_TOWNS[town]
        other = (1 - flat) / 3
        ptype = _one(rng, ["D", "S", "T", "F", "O"], [other * 0.8, other * 1.1, other * 1.1, flat, 0.02])
        new = rng.random() < (0.18 if ptype == "F" else 0.07)
        duration = "L" if ptype == "F" or (new and rng.random() < 0.3) else "F"
        cat_b = rng.random() < 0.05
        price = median * _PP_TYPES[ptype] * float(rng.lognormal(0, 0.35)) * (1.1 if new else 1.0)
        if cat_b:
            price *= float(rng.uniform(0.6, 2.5))
        if ptype == "O":
            price *= float(rng.uniform(1.0, 4.0))
        price = int(round(price / 250) * 250)
        month = int(_one(rng, list(range(1, 13)), month_w))
        day = pd.Timestamp(2023, month, int(rng.integers(1, pd.Timestamp(2023, month, 1).days_in_month + 1)))
        uid = "".join(f"{int(x):X}" for x in rng.integers(0, 16, 32))
        rows.append(
            {
                "Transaction unique identifier": f"{{{uid[:8]}-{uid[8:12]}-{uid[12:16]}-{uid[16:20]}-{uid[20:]}}}",
                "Price": price,
                "Date of Transfer": day.strftime("%Y-%m-%d 00:00"),
                "Postcode": ""
                if rng.random() < 0.01
                else f"{area} {int(rng.integers(1, 9))}{_one(rng, list('ABDEFGHJ'))}{_one(rng, list('LNPQRSTUWXYZ'))}",
                "Property Type": ptype,
                "Old/New": "Y" if new else "N",
                "Duration": duration,
                "PAON": str(int(rng.integers(1, 240))) if ptype != "F" else f"{_one(rng, ['ALBION', 'REGENT'])} HOUSE",
                "SAON": f"FLAT {int(rng.integers(1, 40))}" if ptype == "F" else "",
                "Street": _one(rng, _PP_STREETS),
                "Locality": "" if rng.random() < 0.8 else town,
                "Town/City": town,
                "District": district,
                "County": county,
                "PPD Category Type": "B" if cat_b else "A",
                "Record Status - monthly file only": "A",
            }
        )
    frame = pd.DataFrame(rows)
    return frame.sort_values("Date of Transfer", kind="stable").reset_index(drop=True)


def _pp_a(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["PPD Category Type"]) == "A"]


def _pp_flat_prices(d: pd.DataFrame) -> pd.Series:
    return d.loc[_text(d["Property Type"]) == "F", "Price"]


_PP_ID = ("Transaction unique identifier",)
_PP_TOWN_NAMES = {t: (t.title(),) for t in _PP_TOWNS}
_LANDREGISTRY_QS = [
    Q(
        "whats the average house price",
        either(
            _money(lambda d: float(d["Price"].mean())),
            _money(lambda d: float(_pp_a(d)["Price"].mean())),
            _money(lambda d: float(d["Price"].median())),
        ),
        ("Price", "PPD Category Type", "Property Type", *_PP_ID),
    ),
    Q(
        "how many were new builds",
        _count(lambda d: int((_text(d["Old/New"]) == "Y").sum())),
        ("Old/New", *_PP_ID),
    ),
    Q(
        "most expensive town?",
        either(
            _lead(_named(lambda d: _top(d["Price"].groupby(d["Town/City"]).mean()), _PP_TOWN_NAMES)),
            _lead(_named(lambda d: _top(d["Price"].groupby(d["Town/City"]).median()), _PP_TOWN_NAMES)),
        ),
        ("Town/City", "Price", "District", "County", *_PP_ID),
    ),
    Q(
        "what share of sales were flats",
        _share(lambda d: float((_text(d["Property Type"]) == "F").mean())),
        ("Property Type", *_PP_ID),
    ),
    Q(
        "and what did flats sell for on average",
        either(
            _money(lambda d: float(_pp_flat_prices(d).mean())),
            _money(lambda d: float(_pp_flat_prices(_pp_a(d)).mean())),
            _money(lambda d: float(_pp_flat_prices(d).median())),
        ),
        ("Property Type", "Price", "PPD Category Type", *_PP_ID),
    ),
    Q(
        "which month had the most sales",
        _month_year(lambda d: _month_peak(pd.to_datetime(d["Date of Transfer"]))),
        ("Date of Transfer", *_PP_ID),
    ),
]


# --- 7. Austin Animal Center outcomes ------------------------------------------------------------------------------

# animal type: weight, breeds (weights), colors, outcome weights
_AA_OUTCOMES = ["Adoption", "Transfer", "Return to Owner", "Euthanasia", "Died", "Rto-Adopt", "Disposal"]
_AA_TYPES: dict[str, tuple[float, dict[str, float], list[str], list[float]]] = {
    "Dog": (
        52.0,
        {
            "Pit Bull Mix": 9,
            "Labrador Retriever Mix": 7,
            "Chihuahua Shorthair Mix": 6,
            "German Shepherd Mix": 4,
            "Australian Cattle Dog Mix": 2.5,
            "Dachshund Mix": 1.5,
            "Boxer Mix": 1.5,
            "Siberian Husky": 1.2,
        },
        ["Black/White", "Brown/White", "Tan", "Black", "Brindle", "White/Brown", "Tricolor"],
        [48, 22, 25, 3, 0.7, 1.2, 0.1],
    ),
    "Cat": (
        40.0,
        {"Domestic Shorthair Mix": 14, "Domestic Shorthair": 5, "Domestic Medium Hair Mix": 2, "Siamese Mix": 1},
        ["Brown Tabby", "Black", "Orange Tabby", "Black/White", "Calico", "Tortie", "Blue"],
        [52, 36, 5, 4, 2.5, 0.4, 0.1],
    ),
    "Other": (
        5.0,
        {"Bat": 3, "Raccoon": 1.5, "Rabbit Sh": 1.5, "Guinea Pig": 0.5},
        ["Brown", "Gray", "White"],
        [12, 35, 2, 38, 6, 0.5, 6.5],
    ),
    "Bird": (2.0, {"Chicken": 2, "Parakeet": 1, "Pigeon": 1}, ["White", "Green", "Gray"], [30, 40, 5, 15, 8, 0, 2]),
    "Livestock": (0.3, {"Goat Mix": 1, "Pig": 1}, ["Black/White", "Pink"], [55, 30, 10, 2, 3, 0, 0]),
}
_AA_NAMES = ["Bella", "Luna", "Max", "Charlie", "Milo", "Daisy", "Rocky", "Cleo", "Oliver", "Nala", "Zeus", "Penny"]


def _aa_age(days: int) -> str:
    if days >= 365:
        n, unit = days // 365, "year"
    elif days >= 30:
        n, unit = days // 30, "month"
    elif days >= 7:
        n, unit = days // 7, "week"
    else:
        n, unit = max(days, 0), "day"
    return f"{n} {unit}" + ("" if n == 1 else "s")


def _austin_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17407)
    rows = []
    start = pd.Timestamp("2022-01-01")
    kitten = [0.6, 0.6, 0.8, 1.0, 1.4, 1.6, 1.5, 1.3, 1.1, 0.9, 0.8, 0.7]
    aid = 840000
    for _ in range(3900):
        kind = _one(rng, list(_AA_TYPES), [v[0] for v in _AA_TYPES.values()])
        _, breeds, colors, outcome_w = _AA_TYPES[kind]
        when = start + pd.Timedelta(minutes=int(rng.integers(0, 730 * 1440)))
        if kind == "Cat" and rng.random() > kitten[when.month - 1] / 1.6:
            when = when.replace(day=min(when.day, 28), month=int(_one(rng, [5, 6, 7, 8])))
        young = kind == "Cat" and rng.random() < 0.45
        age_days = int(rng.integers(20, 150)) if young else int(rng.lognormal(np.log(700), 0.9))
        outcome = _one(rng, _AA_OUTCOMES, outcome_w)
        if rng.random() < 0.004:
            outcome = ""
        subtype = {
            "Transfer": _one(rng, ["Partner", "SCRP", "Snr"], [8, 2, 1]),
            "Euthanasia": _one(rng, ["Suffering", "Rabies Risk", "Medical", "Behavior"]),
            "Adoption": _one(rng, ["", "Foster", "Offsite"], [8, 2, 0.5]),
            "Died": _one(rng, ["In Kennel", "In Foster", "Enroute"]),
        }.get(outcome, "")
        intact = rng.random() < (0.1 if outcome in {"Adoption", "Rto-Adopt"} else 0.45)
        male = rng.random() < 0.5
        if kind in {"Other", "Bird"} and rng.random() < 0.6:
            sex = "Unknown"
        else:
            sex = ("Intact " if intact else ("Neutered " if male else "Spayed ")) + ("Male" if male else "Female")
        aid += int(rng.integers(1, 12))
        name = ""
        if kind in {"Dog", "Cat"} and rng.random() < 0.75:
            name = ("*" if rng.random() < 0.5 else "") + _one(rng, _AA_NAMES)
        birth = when.normalize() - pd.Timedelta(days=age_days)
        base = {
            "Animal ID": f"A{aid}",
            "Name": name,
            "Date of Birth": birth.strftime("%m/%d/%Y"),
            "Animal Type": kind,
            "Breed": _one(rng, list(breeds), list(breeds.values())),
            "Color": _one(rng, colors),
        }
        visits = [(when, outcome, subtype, sex, age_days)]
        if kind == "Dog" and outcome in {"Adoption", "Return to Owner"} and rng.random() < 0.1:
            later = when + pd.Timedelta(days=int(rng.integers(20, 200)))
            if later < pd.Timestamp("2023-12-31"):
                back = _one(rng, ["Adoption", "Return to Owner", "Transfer"], [5, 3, 2])
                visits.append((later, back, "", sex.replace("Intact", "Neutered"), age_days + (later - when).days))
        for t, out, sub, sx, age in visits:
            rows.append(
                base
                | {
                    "DateTime": t.strftime("%m/%d/%Y %I:%M:%S %p"),
                    "MonthYear": t.strftime("%b %Y"),
                    "Outcome Type": out,
                    "Outcome Subtype": sub,
                    "Sex upon Outcome": sx,
                    "Age upon Outcome": _aa_age(age),
                }
            )
    cols = ["Animal ID", "Name", "DateTime", "MonthYear", "Date of Birth", "Outcome Type", "Outcome Subtype"]
    cols += ["Animal Type", "Sex upon Outcome", "Age upon Outcome", "Breed", "Color"]
    frame = pd.DataFrame(rows)[cols]
    return frame.sort_values(
        "DateTime", key=lambda s: pd.to_datetime(s, format="%m/%d/%Y %I:%M:%S %p"), ascending=False
    )


def _aa(d: pd.DataFrame) -> pd.DataFrame:
    return d.assign(
        t=pd.to_datetime(d["DateTime"], format="%m/%d/%Y %I:%M:%S %p"),
        out=_text(d["Outcome Type"]),
        kind=_text(d["Animal Type"]),
    )


def _aa_years(s: pd.Series) -> pd.Series:
    parts = _text(s).str.extract(r"(\d+)\s*(year|month|week|day)")
    per = parts[1].map({"year": 1.0, "month": 1 / 12, "week": 7 / 365, "day": 1 / 365})
    return pd.to_numeric(parts[0], errors="coerce") * per


def _aa_adopted_dogs(d: pd.DataFrame) -> pd.Series:
    x = _aa(d)
    return _aa_years(x.loc[(x["out"] == "Adoption") & (x["kind"] == "Dog"), "Age upon Outcome"]).dropna()


_AA_ID = ("Animal ID", "DateTime")
_AUSTIN_QS = [
    Q(
        "how many animals got adopted",
        either(
            _count(lambda d: int((_aa(d)["out"] == "Adoption").sum())),
            _count(lambda d: int(d.loc[_aa(d)["out"] == "Adoption", "Animal ID"].nunique())),
        ),
        ("Outcome Type", *_AA_ID),
    ),
    Q(
        "what percent of cats were adopted",
        _share(lambda d: float((_aa(d).loc[_aa(d)["kind"] == "Cat", "out"] == "Adoption").mean())),
        ("Outcome Type", "Animal Type", *_AA_ID),
    ),
    Q(
        "most common dog breed?",
        _lead(_named(lambda d: _top(d.loc[_aa(d)["kind"] == "Dog", "Breed"].value_counts()))),
        ("Breed", "Animal Type", *_AA_ID),
    ),
    Q(
        "how many animals came through more than once",
        _count(lambda d: int((d["Animal ID"].value_counts() > 1).sum())),
        ("Animal ID", "DateTime", "Outcome Type"),
    ),
    Q(
        "which month had the most adoptions",
        _month_year(lambda d: _month_peak(_aa(d).loc[_aa(d)["out"] == "Adoption", "t"])),
        ("Outcome Type", "DateTime", "MonthYear", *_AA_ID),
    ),
    Q(
        "how old are adopted dogs usually, in years",
        either(
            _about(lambda d: float(_aa_adopted_dogs(d).mean()), rel=0.02),
            _about(lambda d: float(_aa_adopted_dogs(d).median()), rel=0.02),
        ),
        ("Age upon Outcome", "Outcome Type", "Animal Type", "Date of Birth", *_AA_ID),
    ),
]


HELDOUT174: list[Dataset] = [
    Dataset("helpscout_mailbox_conversations_export", _helpscout_frame, _HELPSCOUT_QS),
    Dataset("chargebee_invoices_export", _chargebee_frame, _CHARGEBEE_QS),
    Dataset("dexcom_clarity_cgm_export", _dexcom_frame, _DEXCOM_QS),
    Dataset("lunch_money_transactions_export", _lunchmoney_frame, _LUNCHMONEY_QS),
    Dataset("noaa_storm_events_details_2023", _noaa_frame, _NOAA_QS),
    Dataset("uk_land_registry_price_paid_2023", _landregistry_frame, _LANDREGISTRY_QS),
    Dataset("austin_animal_center_outcomes_open_data", _austin_frame, _AUSTIN_QS),
]
