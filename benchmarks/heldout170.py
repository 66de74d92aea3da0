"""HELDOUT170: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a Freshsales (Freshworks CRM) deals export
(2023 to mid 2024) with Name, "Deal value" (blank for some early-stage deals), Currency (USD), "Deal stage" (New /
Qualification / Demo / Negotiation / Won / Lost), "Deal pipeline" (Default Pipeline / Partner Pipeline), "Sales owner",
"Account name", Source (Web / Referral / Email campaign / Trade show / Cold call / Chat, blank for some), "Deal type"
(New Business / Renewal / Upsell), "Probability (%)", "Expected close date" as "2023-05-14", "Closed date" (blank for
open deals), "Lost reason" (only on lost deals), "Created at" as "2023-04-12 14:05:33 +0000" and "Age (in days)"; a
Revolut Business transactions export (2023-2024, one GBP account) with "Date started (UTC)" / "Date completed (UTC)" as
"2023-05-14" (completed blank for declined and pending rows), ID (a UUID), Type (CARD_PAYMENT / TRANSFER / TOPUP / FEE
/ CARD_REFUND / EXCHANGE), State (COMPLETED / DECLINED / PENDING / REVERTED), Description (merchant or counterparty),
Reference, Payer (the card holder, blank for non-card rows), "Card number" masked as "5355******1234", "Orig
currency", "Orig amount", "Payment currency", Amount (negative for money out), "Total amount", "Exchange rate", Fee,
Balance (blank for declined rows), Account and MCC (blank for non-card rows); a Coros app activity summaries export
(2023 to mid 2024) with "Activity Name" ("Morning Run"), "Sport Type" (Run / Trail Run / Bike / Indoor Bike / Pool
Swim / Strength / Walk), Date as "2023/05/14 07:12", "Total Time" as "00:52:13", Distance as "10.02 km" (blank for
strength), "Avg Pace" as 5'12"/km (blank off foot), "Avg HR" and "Max HR" (blank when no strap or watch reading),
"Avg Cadence", Calories, "Elevation Gain" as "123 m" and "Training Load"; an Eventbrite orders export (one row per
order, four events in 2023-2024) with "Order #", "Order Date" as "2023-05-14 10:32:11-04:00", "First Name", "Last
Name", Email, "Event Name", "Event ID", "Ticket Type" (General Admission / Early Bird / VIP / Student), Quantity,
"Order Type" (Eventbrite Completed / Free Order / Complimentary / PayPal Completed), Currency, "Total Paid", "Fees
Paid", "Eventbrite Fees", "Eventbrite Payment Processing" and "Attendee Status" (Attending / Checked In / Refunded /
Not Attending); Baltimore 911 calls for service (Open Baltimore, 2023) with callKey, callDateTime as "2023/05/14
22:32:11+00", priority (Non-Emergency / Low / Medium / High / Emergency / Out of Service), district (NE, ND, ... with
some blank and "CW"), description (upper case such as "911/NO  VOICE" and "DISORDERLY"), callNumber ("P231340123"),
incidentLocation ("100 E NORTH AV"), location ("(39.31,-76.60)"), Neighborhood (blank for some), PolicePost,
CouncilDistrict and ZIPCode; Eurostat nama_10_co3_p3 (final consumption expenditure of households by purpose) as
the SDMX-CSV long download with labels, columns DATAFLOW, "LAST UPDATE", freq (Annual), unit ("Current prices,
million euro" / "Percentage of total"), coicop (twelve COICOP divisions such as "Food and non-alcoholic beverages",
plus "Total"), na_item, geo (ten countries plus "European Union - 27 countries (from 2020)"), TIME_PERIOD (2013-2023),
OBS_VALUE (blank for some) and OBS_FLAG ("p", "e", "b" or blank); and FAO food balance sheets in long format with
"Area Code", "Area Code (M49)" ("'356"), Area, "Item Code", "Item Code (FBS)" ("S2511"), Item ("Wheat and products",
"Grand Total", "Population"), "Element Code", Element (Production / Import Quantity / Export Quantity / Food supply
quantity (kg/capita/yr) / Food supply (kcal/capita/day) / Protein supply quantity (g/capita/day) / Total Population -
Both sexes), "Year Code", Year (2012-2021), Unit ("1000 t", "kg", "kcal/cap/d", "g/cap/d", "1000 No"), Value, Flag
("E", "I", "X") and Note. All are generated with fixed seeds 17001-17007.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _pct, _share, _text
from .heldout42 import _ranked
from .offline_eval import DAY_WORDS, Check, Dataset, Q, corr_of, either, has
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series, ascending: bool = False) -> str:
    """The best (or lowest) label of a score series (ties in label order)."""
    return str(_ranked(scores, ascending).index[0])


def _tops(scores: pd.Series, n: int) -> list[str]:
    return [str(x) for x in _ranked(scores).index[:n]]


def _money(value: Callable[[pd.DataFrame], Any]) -> Check:
    """An amount in full or as thousands / millions ("$1.2M", "84.3k")."""
    return _scaled(value, (1e3, 1e6, 1e9))


def _num(s: pd.Series) -> pd.Series:
    """Numbers from text such as "$1,234.50", "10.02 km", "123 m" or blanks."""
    cleaned = s.astype("string").str.replace(r"[^0-9.\-]", "", regex=True)
    return pd.to_numeric(cleaned, errors="coerce")


def _all(values: Callable[[pd.DataFrame], list[str]]) -> Check:
    """Every label computed from the frame is named."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        for v in values(df):
            why = _named(lambda _d, v=v: v)(answer, df)
            if why:
                return why
        return None

    return check


def _weekday(value: Callable[[pd.DataFrame], int]) -> Check:
    """A weekday by name (Monday = 0)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        day = int(value(df))
        return None if re.search(rf"\b(?:{DAY_WORDS[day]})\b", answer, re.IGNORECASE) else f"missing weekday {day}"

    return check


# --- 1. Freshsales deals export ------------------------------------------------------------------------------------

_FS_OWNERS = ["Priya Raman", "Jake Sullivan", "Maria Lopez", "Tom Becker", "Aisha Bello", "Chris Wong"]
_FS_SOURCES = ["Web", "Referral", "Email campaign", "Trade show", "Cold call", "Chat", ""]
_FS_STAGES = ["New", "Qualification", "Demo", "Negotiation", "Won", "Lost"]
_FS_LOST = ["Price too high", "Went with competitor", "No budget", "No response", "Timing", "Missing feature"]
_FS_ACCOUNTS = [
    "Acme Corp",
    "Globex",
    "Initech",
    "Umbrella Health",
    "Stark Logistics",
    "Wayne Retail",
    "Hooli",
    "Vandelay Imports",
    "Soylent Foods",
    "Pied Piper",
    "Cyberdyne Systems",
    "Wonka Industries",
    "Tyrell Labs",
    "Oscorp",
    "Massive Dynamic",
    "Gringotts Finance",
]


def _freshsales_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17001)
    start = pd.Timestamp("2023-01-01")
    skill = dict(zip(_FS_OWNERS, [1.3, 0.9, 1.1, 0.8, 1.0, 0.7], strict=True))
    rows = []
    for _ in range(1180):
        owner = _one(rng, _FS_OWNERS, [5, 4, 4.5, 3, 3.5, 2])
        source = _one(rng, _FS_SOURCES, [5, 3, 2.5, 1.5, 2, 1.5, 1])
        created = start + pd.Timedelta(days=int(rng.integers(0, 540)), seconds=int(rng.integers(86400)))
        kind = _one(rng, ["New Business", "Renewal", "Upsell"], [6, 2, 2])
        value = round(float(rng.lognormal(9.2, 0.8)) * (1.6 if source == "Referral" else 1.0), -1)
        age_now = (pd.Timestamp("2024-07-01") - created).days
        p_won = 0.28 * skill[owner] + (0.15 if kind == "Renewal" else 0.0)
        if age_now > 60 and rng.random() < 0.8:
            stage = "Won" if rng.random() < p_won / (p_won + 0.45) else "Lost"
        else:
            stage = _one(rng, _FS_STAGES[:4], [3, 2, 2, 1.5])
        closed = created + pd.Timedelta(days=int(rng.integers(5, 120))) if stage in ("Won", "Lost") else None
        prob = {"New": 10, "Qualification": 25, "Demo": 40, "Negotiation": 70, "Won": 100, "Lost": 0}[stage]
        blank_value = stage in ("New", "Qualification") and rng.random() < 0.35
        rows.append(
            {
                "Name": f"{_one(rng, _FS_ACCOUNTS)} - {_one(rng, ['Annual plan', 'Pilot', 'Expansion', 'Seats'])}",
                "Deal value": "" if blank_value else value,
                "Currency": "USD",
                "Deal stage": stage,
                "Deal pipeline": _one(rng, ["Default Pipeline", "Partner Pipeline"], [5, 1]),
                "Sales owner": owner,
                "Account name": _one(rng, _FS_ACCOUNTS),
                "Source": source,
                "Deal type": kind,
                "Probability (%)": prob,
                "Expected close date": (created + pd.Timedelta(days=int(rng.integers(20, 100)))).strftime("%Y-%m-%d"),
                "Closed date": closed.strftime("%Y-%m-%d") if closed is not None else "",
                "Lost reason": _one(rng, _FS_LOST, [3, 4, 2, 2.5, 1.5, 1]) if stage == "Lost" else "",
                "Created at": created.strftime("%Y-%m-%d %H:%M:%S +0000"),
                "Age (in days)": age_now if closed is None else (closed - created).days,
            }
        )
    return pd.DataFrame(rows)


def _fs_won(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["Deal stage"] == "Won"]


_FS_ID = ("Name", "Deal stage")
_FRESHSALES_QS = [
    Q("how many deals do we have in here", _count(lambda d: len(d)), ("Name",)),
    Q("how many did we win?", _count(lambda d: len(_fs_won(d))), _FS_ID),
    Q(
        "what's our win rate",
        either(
            _share(lambda d: len(_fs_won(d)) / int(d["Deal stage"].isin(["Won", "Lost"]).sum())),
            _share(lambda d: len(_fs_won(d)) / len(d)),
        ),
        _FS_ID,
    ),
    Q(
        "which rep brought in the most money from won deals",
        _lead(_named(lambda d: _top(_fs_won(d).groupby("Sales owner")["Deal value"].sum()))),
        ("Sales owner", "Deal value", *_FS_ID),
    ),
    Q(
        "average size of a won deal?",
        either(
            _money(lambda d: float(pd.to_numeric(_fs_won(d)["Deal value"], errors="coerce").mean())),
            _money(lambda d: float(pd.to_numeric(_fs_won(d)["Deal value"], errors="coerce").median())),
        ),
        ("Deal value", *_FS_ID),
    ),
    Q(
        "whats the most common reason we lose deals",
        _lead(_named(lambda d: _top(_text(d["Lost reason"]).replace("", np.nan).dropna().value_counts()))),
        ("Lost reason", *_FS_ID),
    ),
]


# --- 2. Revolut Business transactions export ----------------------------------------------------------------------

# merchant: mcc, typical amount, weight
_RV_MERCHANTS = {
    "Amazon Web Services": (4816, 310.0, 3.0),
    "Google Workspace": (5734, 96.0, 2.0),
    "Slack": (5734, 58.0, 1.5),
    "Uber": (4121, 18.0, 5.0),
    "Pret A Manger": (5814, 9.0, 6.0),
    "Trainline": (4112, 64.0, 3.0),
    "British Airways": (3005, 420.0, 0.8),
    "Premier Inn": (3501, 95.0, 1.5),
    "Adobe": (5734, 52.0, 1.2),
    "Staples": (5943, 41.0, 1.5),
}
_RV_PAYERS = {"Hannah Clarke": ("5355******4821", 4.0), "Oliver Shah": ("5355******1177", 3.0)}
_RV_PAYERS |= {"Grace Okoye": ("5355******9053", 2.0), "Ben Murphy": ("5355******3310", 1.0)}


def _revolut_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17002)
    merchants = list(_RV_MERCHANTS)
    m_w = [v[2] for v in _RV_MERCHANTS.values()]
    payers = list(_RV_PAYERS)
    p_w = [v[1] for v in _RV_PAYERS.values()]
    balance = 25000.0
    t = pd.Timestamp("2023-01-03")
    rows = []
    while t < pd.Timestamp("2024-06-30"):
        t = t + pd.Timedelta(hours=float(rng.exponential(9)))
        kind = _one(rng, ["CARD_PAYMENT", "TRANSFER", "TOPUP", "FEE", "CARD_REFUND"], [80, 8, 6, 2, 2])
        payer, card, mcc, desc, ref = "", "", "", "", ""
        fee = 0.0
        orig_cur, rate = "GBP", ""
        if kind == "CARD_PAYMENT" or kind == "CARD_REFUND":
            desc = _one(rng, merchants, m_w)
            mcc_v, typical, _ = _RV_MERCHANTS[desc]
            payer = _one(rng, payers, p_w)
            card, mcc = _RV_PAYERS[payer][0], str(mcc_v)
            amount = round(float(typical * rng.lognormal(0, 0.35)), 2)
            amount = -amount if kind == "CARD_PAYMENT" else round(amount * 0.6, 2)
            if desc in ("Amazon Web Services", "Slack") and rng.random() < 0.7:
                orig_cur, rate = "USD", round(float(rng.uniform(0.77, 0.82)), 4)
                fee = round(abs(amount) * 0.006, 2) if rng.random() < 0.5 else 0.0
        elif kind == "TRANSFER":
            desc = _one(rng, ["To Northwind Ltd", "To HMRC", "To Office Landlord Ltd", "To Freelance Designer"])
            amount = -round(float(rng.uniform(400, 6000)), 2)
            ref = _one(rng, ["Invoice", "VAT Q2", "Rent", "INV-1042", "Retainer"])
            fee = 0.2 if rng.random() < 0.3 else 0.0
        elif kind == "TOPUP":
            desc, ref = "Top-Up by *4411", "Sales"
            amount = round(float(rng.uniform(3000, 15000)), 2)
        else:
            desc, amount = "Grow plan fee", -25.0
        state = "COMPLETED"
        if kind == "CARD_PAYMENT" and rng.random() < 0.05:
            state = "DECLINED"
        elif rng.random() < 0.01:
            state = _one(rng, ["PENDING", "REVERTED"])
        done = state == "COMPLETED"
        if done:
            balance = round(balance + amount - fee, 2)
        completed = t + pd.Timedelta(days=int(rng.integers(0, 3))) if done else None
        orig_amount = round(abs(amount) / rate, 2) if rate else abs(amount)
        rows.append(
            {
                "Date started (UTC)": t.strftime("%Y-%m-%d"),
                "Date completed (UTC)": completed.strftime("%Y-%m-%d") if completed is not None else "",
                "ID": f"{int(rng.integers(16**8)):08x}-{int(rng.integers(16**4)):04x}-a{int(rng.integers(16**3)):03x}"
                f"-{int(rng.integers(16**4)):04x}-{int(rng.integers(16**12)):012x}",
                "Type": kind,
                "State": state,
                "Description": desc,
                "Reference": ref,
                "Payer": payer,
                "Card number": card,
                "Orig currency": orig_cur,
                "Orig amount": orig_amount,
                "Payment currency": "GBP",
                "Amount": amount,
                "Total amount": round(amount - fee, 2),
                "Exchange rate": rate,
                "Fee": fee,
                "Balance": balance if done else "",
                "Account": "Main GBP",
                "MCC": mcc,
            }
        )
    return pd.DataFrame(rows)


def _rv_cards(d: pd.DataFrame, completed: bool = True) -> pd.DataFrame:
    rows = d[d["Type"] == "CARD_PAYMENT"]
    return rows[rows["State"] == "COMPLETED"] if completed else rows


def _rv_top_payer(d: pd.DataFrame) -> str:
    return _top(-_rv_cards(d).groupby("Payer")["Amount"].sum())


def _rv_payer_spend(d: pd.DataFrame, col: str) -> float:
    rows = _rv_cards(d)
    return float(-rows.loc[rows["Payer"] == _rv_top_payer(d), col].sum())


def _rv_month(d: pd.DataFrame, col: str) -> pd.Timestamp:
    rows = d[(d["State"] == "COMPLETED") & (d["Amount"] < 0)]
    t = pd.to_datetime(rows[col])
    return (-rows.groupby(t.dt.to_period("M"))["Amount"].sum()).idxmax().to_timestamp()


_RV_ID = ("Type", "State", "ID")
_REVOLUT_QS = [
    Q(
        "how much have we spent on card payments",
        either(
            _money(lambda d: float(-_rv_cards(d)["Amount"].sum())),
            _money(lambda d: float(-_rv_cards(d)["Total amount"].sum())),
        ),
        ("Amount", "Total amount", *_RV_ID),
    ),
    Q("how many payments got declined", _count(lambda d: int((d["State"] == "DECLINED").sum())), _RV_ID),
    Q(
        "who on the team spends the most on their card",
        _lead(_named(_rv_top_payer)),
        ("Payer", "Card number", "Amount", "Total amount", *_RV_ID),
    ),
    Q(
        "and how much was that",
        either(
            _money(lambda d: _rv_payer_spend(d, "Amount")),
            _money(lambda d: _rv_payer_spend(d, "Total amount")),
        ),
        ("Payer", "Card number", "Amount", "Total amount", *_RV_ID),
    ),
    Q(
        "total fees we've paid?",
        either(
            _money(lambda d: float(d["Fee"].sum())),
            _money(lambda d: float(d.loc[d["State"] == "COMPLETED", "Fee"].sum())),
            _money(lambda d: float(d["Fee"].sum() - d.loc[d["Type"] == "FEE", "Amount"].sum())),
        ),
        ("Fee", "Amount", "Total amount", *_RV_ID),
    ),
    Q(
        "which month did the most money go out",
        either(
            _month_year(lambda d: _rv_month(d, "Date completed (UTC)")),
            _month_year(lambda d: _rv_month(d, "Date started (UTC)")),
        ),
        ("Date started (UTC)", "Date completed (UTC)", "Amount", "Total amount", *_RV_ID),
    ),
]


# --- 3. Coros activity summaries export ---------------------------------------------------------------------------

# sport: weight, name, km range, speed km/h, hr mean, has hr chance
_CO_SPORTS = {
    "Run": (10.0, "Run", (4, 21), 11.2, 148, 0.97),
    "Trail Run": (2.5, "Trail Run", (6, 28), 8.5, 152, 0.95),
    "Bike": (3.0, "Ride", (20, 110), 26.0, 132, 0.85),
    "Indoor Bike": (1.5, "Indoor Ride", (15, 45), 30.0, 138, 0.6),
    "Pool Swim": (1.8, "Pool Swim", (1.0, 3.5), 2.6, 125, 0.5),
    "Strength": (2.0, "Strength", (0, 0), 0.0, 112, 0.8),
    "Walk": (1.5, "Walk", (2, 9), 5.2, 98, 0.9),
}


def _coros_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17003)
    sports = list(_CO_SPORTS)
    weights = [v[0] for v in _CO_SPORTS.values()]
    start = pd.Timestamp("2023-01-01")
    rows = []
    for _ in range(760):
        sport = _one(rng, sports, weights)
        _w, name, (lo, hi), speed, hr0, p_hr = _CO_SPORTS[sport]
        day = int(rng.integers(0, 545))
        at = start + pd.Timedelta(days=day, minutes=int(rng.integers(330, 1260)))
        if sport == "Strength":
            km, minutes = None, float(rng.uniform(25, 70))
        else:
            km = round(float(rng.uniform(lo, hi)), 2)
            minutes = km / (speed * float(rng.uniform(0.88, 1.12))) * 60
        hr = int(np.clip(rng.normal(hr0 + (minutes - 50) * 0.05, 7), 80, 185))
        has_hr = rng.random() < p_hr
        load = int(max(5, (hr - 80) * minutes / 45 * float(rng.uniform(0.8, 1.2))))
        secs = int(minutes * 60)
        pace = ""
        if sport in ("Run", "Trail Run", "Walk") and km:
            p = secs / km
            pace = f"{int(p // 60)}'{int(p % 60):02d}\"/km"
        part = "Morning" if at.hour < 12 else ("Afternoon" if at.hour < 18 else "Evening")
        rows.append(
            {
                "Activity Name": f"{part} {name}",
                "Sport Type": sport,
                "Date": at.strftime("%Y/%m/%d %H:%M"),
                "Total Time": f"{secs // 3600:02d}:{secs % 3600 // 60:02d}:{secs % 60:02d}",
                "Distance": f"{km:.2f} km" if km is not None else "",
                "Avg Pace": pace,
                "Avg HR": hr if has_hr else "",
                "Max HR": int(hr + rng.integers(8, 30)) if has_hr else "",
                "Avg Cadence": int(rng.normal(172, 6)) if sport in ("Run", "Trail Run") else "",
                "Calories": int(minutes * float(rng.uniform(8, 13))),
                "Elevation Gain": f"{int(rng.gamma(2, 90 if sport == 'Trail Run' else 20))} m" if km else "",
                "Training Load": load,
            }
        )
    return pd.DataFrame(rows)


def _co_secs(d: pd.DataFrame) -> pd.Series:
    return pd.to_timedelta(d["Total Time"]).dt.total_seconds()


def _co_month(d: pd.DataFrame) -> pd.Timestamp:
    t = pd.to_datetime(d["Date"], format="%Y/%m/%d %H:%M")
    return _co_secs(d).groupby(t.dt.to_period("M")).sum().idxmax().to_timestamp()


def _co_hr(d: pd.DataFrame, sports: list[str]) -> float:
    return float(pd.to_numeric(d.loc[d["Sport Type"].isin(sports), "Avg HR"], errors="coerce").mean())


_CO_ID = ("Sport Type", "Activity Name", "Date")
_COROS_QS = [
    Q(
        "how many runs have i done",
        either(
            _count(lambda d: int((d["Sport Type"] == "Run").sum())),
            _count(lambda d: int(d["Sport Type"].isin(["Run", "Trail Run"]).sum())),
        ),
        _CO_ID,
    ),
    Q(
        "how many km did i run in total",
        either(
            has(lambda d: float(_num(d.loc[d["Sport Type"] == "Run", "Distance"]).sum()), rel=0.003),
            has(lambda d: float(_num(d.loc[d["Sport Type"].isin(["Run", "Trail Run"]), "Distance"]).sum()), rel=0.003),
        ),
        ("Distance", *_CO_ID),
    ),
    Q(
        "avg heart rate on bike rides vs runs?",
        either(
            has(lambda d: [_co_hr(d, ["Bike"]), _co_hr(d, ["Run"])], rel=0.01),
            has(lambda d: [_co_hr(d, ["Bike", "Indoor Bike"]), _co_hr(d, ["Run", "Trail Run"])], rel=0.01),
            has(lambda d: [_co_hr(d, ["Bike", "Indoor Bike"]), _co_hr(d, ["Run"])], rel=0.01),
            has(lambda d: [_co_hr(d, ["Bike"]), _co_hr(d, ["Run", "Trail Run"])], rel=0.01),
        ),
        ("Avg HR", *_CO_ID),
    ),
    Q(
        "in which month did i spend the most time training",
        _month_year(_co_month),
        ("Total Time", *_CO_ID),
    ),
    Q(
        "does a higher training load go with a higher heart rate",
        corr_of(lambda d: d["Training Load"], lambda d: pd.to_numeric(d["Avg HR"], errors="coerce")),
        ("Training Load", "Avg HR"),
    ),
    Q(
        "how many of my activities have no heart rate",
        _count(lambda d: int(pd.to_numeric(d["Avg HR"], errors="coerce").isna().sum())),
        ("Avg HR", *_CO_ID),
    ),
]


# --- 4. Eventbrite orders export ----------------------------------------------------------------------------------

# event: id, date, ticket prices by type, weight
_EB_EVENTS = {
    "Data Summit London 2023": (617204318877, "2023-06-15", {"General Admission": 149, "Early Bird": 99, "VIP": 349}),
    "Founders Breakfast Meetup": (693018254410, "2023-10-05", {"General Admission": 0}),
    "AI Product Workshop": (741552018932, "2024-02-22", {"General Admission": 79, "Student": 25, "VIP": 199}),
    "Data Summit London 2024": (802219347165, "2024-06-13", {"General Admission": 169, "Early Bird": 119, "VIP": 389}),
}
_EB_FIRST = "Emma;Liam;Olivia;Noah;Amelia;Oscar;Isla;Harry;Sophia;Leo;Freya;Arjun;Mei;Kwame;Zainab;Luca;Nora;Sam"
_EB_LAST = "Smith;Jones;Taylor;Brown;Williams;Wilson;Patel;Khan;Chen;Evans;Murphy;Novak;Okafor;Rossi;Walsh;Ahmed"


def _eventbrite_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17004)
    first, last = _EB_FIRST.split(";"), _EB_LAST.split(";")
    events = list(_EB_EVENTS)
    rows = []
    for k in range(1340):
        event = _one(rng, events, [4, 1.5, 2, 3.5])
        eid, day, prices = _EB_EVENTS[event]
        kinds = list(prices)
        kind = _one(rng, kinds, [{"General Admission": 6, "Early Bird": 3, "VIP": 1, "Student": 2}[x] for x in kinds])
        on = pd.Timestamp(day) - pd.Timedelta(days=int(rng.integers(1, 100)), seconds=int(rng.integers(86400)))
        qty = int(_one(rng, [1, 2, 3, 4, 5], [12, 5, 1.2, 1, 0.3]))
        comp = prices[kind] > 0 and rng.random() < 0.03
        gross = 0.0 if comp else prices[kind] * qty
        eb_fee = round(gross * 0.037 + 1.79 * qty, 2) if gross else 0.0
        proc = round(gross * 0.029, 2) if gross else 0.0
        if gross == 0:
            order_type = "Complimentary" if comp else "Free Order"
        else:
            order_type = _one(rng, ["Eventbrite Completed", "PayPal Completed"], [5, 1])
        status = _one(rng, ["Attending", "Checked In", "Refunded", "Not Attending"], [5, 4, 0.6, 0.4])
        f, la = _one(rng, first), _one(rng, last)
        rows.append(
            {
                "Order #": 7850012000 + 37 * k + int(rng.integers(0, 30)),
                "Order Date": on.strftime("%Y-%m-%d %H:%M:%S") + ("+01:00" if on.month in range(4, 11) else "+00:00"),
                "First Name": f,
                "Last Name": la,
                "Email": f"{f.lower()}.{la.lower()}@example.org",
                "Event Name": event,
                "Event ID": eid,
                "Ticket Type": kind,
                "Quantity": qty,
                "Order Type": order_type,
                "Currency": "GBP",
                "Total Paid": round(gross + eb_fee + proc, 2),
                "Fees Paid": round(eb_fee + proc, 2),
                "Eventbrite Fees": eb_fee,
                "Eventbrite Payment Processing": proc,
                "Attendee Status": status,
            }
        )
    return pd.DataFrame(rows)


def _eb_live(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["Attendee Status"] != "Refunded"]


_EB_ID = ("Order #", "Event Name")
_EVENTBRITE_QS = [
    Q(
        "how many tickets have we sold",
        either(
            _count(lambda d: int(d["Quantity"].sum())),
            _count(lambda d: int(_eb_live(d)["Quantity"].sum())),
            _count(lambda d: int(d.loc[d["Total Paid"] > 0, "Quantity"].sum())),
        ),
        ("Quantity", "Attendee Status", "Order Type", "Total Paid", *_EB_ID),
    ),
    Q(
        "which event sold the most tickets",
        _lead(_named(lambda d: _top(d.groupby("Event Name")["Quantity"].sum()))),
        ("Quantity", "Event ID", *_EB_ID),
    ),
    Q(
        "total revenue?",
        either(
            _money(lambda d: float(d["Total Paid"].sum())),
            _money(lambda d: float(_eb_live(d)["Total Paid"].sum())),
            _money(lambda d: float((d["Total Paid"] - d["Fees Paid"]).sum())),
            _money(lambda d: float((_eb_live(d)["Total Paid"] - _eb_live(d)["Fees Paid"]).sum())),
        ),
        ("Total Paid", "Fees Paid", "Attendee Status", "Currency", *_EB_ID),
    ),
    Q(
        "what percent of orders got refunded",
        _share(lambda d: float((d["Attendee Status"] == "Refunded").mean())),
        ("Attendee Status", *_EB_ID),
    ),
    Q(
        "average order value for vip tickets",
        either(
            _money(lambda d: float(d.loc[d["Ticket Type"] == "VIP", "Total Paid"].mean())),
            _money(lambda d: float(_eb_live(d).loc[_eb_live(d)["Ticket Type"] == "VIP", "Total Paid"].mean())),
            _money(lambda d: float(d.loc[(d["Ticket Type"] == "VIP") & (d["Total Paid"] > 0), "Total Paid"].mean())),
        ),
        ("Ticket Type", "Total Paid", *_EB_ID),
    ),
    Q(
        "how much did eventbrite take in fees",
        either(
            _money(lambda d: float(d["Fees Paid"].sum())),
            _money(lambda d: float(d["Eventbrite Fees"].sum())),
            _money(lambda d: float(_eb_live(d)["Fees Paid"].sum())),
        ),
        ("Fees Paid", "Eventbrite Fees", "Eventbrite Payment Processing", *_EB_ID),
    ),
]


# --- 5. Baltimore 911 calls for service ---------------------------------------------------------------------------

# description: weight, priority weights (Non-Emergency, Low, Medium, High, Emergency)
_BA_CALLS = {
    "911/NO  VOICE": (9.0, [0, 1, 6, 2, 0]),
    "DISORDERLY": (7.0, [0, 2, 6, 2, 0]),
    "TRAFFIC STOP": (6.5, [1, 0, 0, 0, 0]),
    "COMMON ASSAULT": (4.0, [0, 0, 2, 6, 1]),
    "AUTO ACCIDENT": (4.5, [0, 1, 5, 2, 0]),
    "SILENT ALARM": (3.0, [0, 1, 5, 2, 0]),
    "INVESTIGATE": (3.5, [1, 3, 3, 0, 0]),
    "NARCOTICSOutside": (2.0, [0, 2, 3, 0, 0]),
    "BURGLARY": (1.8, [0, 1, 3, 3, 0]),
    "DISCHRG FIREARM": (1.4, [0, 0, 0, 4, 3]),
    "FAMILY DISTURB": (2.4, [0, 0, 2, 4, 0]),
    "LARCENY": (2.2, [0, 5, 3, 0, 0]),
    "PARKING COMPLAINT": (2.0, [1, 4, 0, 0, 0]),
}
_BA_DISTRICTS = {"NE": 1.3, "ND": 0.9, "SD": 1.1, "CD": 1.4, "ED": 1.0, "WD": 1.0, "SE": 1.2, "SW": 1.1, "NW": 1.0}
_BA_HOODS = {
    "NE": ["Frankford", "Belair-Edison", "Hamilton Hills"],
    "ND": ["Hampden", "Charles Village", "Roland Park"],
    "SD": ["Brooklyn", "Cherry Hill", "Federal Hill"],
    "CD": ["Downtown", "Mount Vernon", "Seton Hill"],
    "ED": ["Broadway East", "Oliver", "Middle East"],
    "WD": ["Sandtown-Winchester", "Harlem Park", "Upton"],
    "SE": ["Canton", "Fells Point", "Highlandtown"],
    "SW": ["Irvington", "Carroll-South Hilton", "Morrell Park"],
    "NW": ["Park Heights", "Glen", "Arlington"],
}
_BA_STREETS = ["E NORTH AV", "W BALTIMORE ST", "N CHARLES ST", "GREENMOUNT AV", "PENNSYLVANIA AV", "EASTERN AV"]


def _baltimore_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17005)
    descs = list(_BA_CALLS)
    d_w = [v[0] for v in _BA_CALLS.values()]
    districts = list(_BA_DISTRICTS)
    start = pd.Timestamp("2023-01-01")
    hour_w = np.array([3, 2.5, 2, 1.5, 1, 1, 1.5, 2.5, 3.5, 4, 4.5, 4.5, 5, 5, 5, 5.5, 6, 6, 6, 5.5, 5, 4.5, 4, 3.5])
    rows = []
    for k in range(4200):
        desc = _one(rng, descs, d_w)
        prio = _one(rng, ["Non-Emergency", "Low", "Medium", "High", "Emergency"], _BA_CALLS[desc][1])
        if rng.random() < 0.01:
            prio = "Out of Service"
        dist = _one(rng, districts, list(_BA_DISTRICTS.values()))
        day = int(rng.integers(0, 365))
        weekend = (start + pd.Timedelta(days=day)).dayofweek >= 5
        if weekend and rng.random() < 0.15:
            day = int(rng.integers(0, 365))
        at = start + pd.Timedelta(
            days=day, hours=int(rng.choice(24, p=hour_w / hour_w.sum())), seconds=int(rng.integers(3600))
        )
        lat, lon = 39.29 + float(rng.normal(0, 0.03)), -76.61 + float(rng.normal(0, 0.04))
        rows.append(
            {
                "callKey": f"{int(rng.integers(10**8, 10**9)):X}",
                "callDateTime": at.strftime("%Y/%m/%d %H:%M:%S+00"),
                "priority": prio,
                "district": "CW" if rng.random() < 0.01 else ("" if rng.random() < 0.02 else dist),
                "description": desc,
                "callNumber": f"P23{at.dayofyear:03d}{k:04d}",
                "incidentLocation": f"{int(rng.integers(1, 40)) * 100} {_one(rng, _BA_STREETS)}",
                "location": f"({lat:.6f},{lon:.6f})",
                "Neighborhood": "" if rng.random() < 0.06 else _one(rng, _BA_HOODS[dist]),
                "PolicePost": int(rng.integers(111, 946)),
                "CouncilDistrict": int(rng.integers(1, 15)),
                "ZIPCode": int(_one(rng, [21201, 21202, 21205, 21206, 21212, 21213, 21215, 21217, 21218, 21224])),
            }
        )
    return pd.DataFrame(rows)


def _ba_time(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["callDateTime"].str[:19], format="%Y/%m/%d %H:%M:%S")


_BA_ID = ("callKey", "callNumber", "callDateTime")
_BALTIMORE_QS = [
    Q("how many 911 calls are in here", _count(lambda d: len(d)), _BA_ID),
    Q(
        "what's the most common reason people call",
        _lead(_named(lambda d: _top(d["description"].value_counts()))),
        ("description", *_BA_ID),
    ),
    Q(
        "which district gets the most calls",
        _lead(_named(lambda d: _top(_text(d["district"]).replace("", np.nan).dropna().value_counts()))),
        ("district", *_BA_ID),
    ),
    Q(
        "what share of calls are high priority",
        either(
            _share(lambda d: float((d["priority"] == "High").mean())),
            _share(lambda d: float(d["priority"].isin(["High", "Emergency"]).mean())),
        ),
        ("priority", *_BA_ID),
    ),
    Q(
        "busiest day of the week?",
        _lead(_weekday(lambda d: int(_ba_time(d).dt.dayofweek.value_counts().idxmax()))),
        ("callDateTime", *_BA_ID),
    ),
    Q(
        "how many calls don't have a neighborhood",
        _count(lambda d: int(_text(d["Neighborhood"]).eq("").sum())),
        ("Neighborhood", *_BA_ID),
    ),
]


# --- 6. Eurostat household final consumption by purpose (nama_10_co3_p3, SDMX-CSV with labels) ---------------------

# division: share of total (roughly)
_ES_COICOP = {
    "Food and non-alcoholic beverages": 0.125,
    "Alcoholic beverages, tobacco and narcotics": 0.04,
    "Clothing and footwear": 0.05,
    "Housing, water, electricity, gas and other fuels": 0.235,
    "Furnishings, household equipment and routine household maintenance": 0.055,
    "Health": 0.04,
    "Transport": 0.13,
    "Communications": 0.025,
    "Recreation and culture": 0.085,
    "Education": 0.01,
    "Restaurants and hotels": 0.075,
    "Miscellaneous goods and services": 0.13,
}
# country: 2013 total household spending in million euro, yearly growth
_ES_GEO = {
    "Germany": (1560000, 0.032),
    "France": (1130000, 0.026),
    "Italy": (960000, 0.021),
    "Spain": (590000, 0.034),
    "Netherlands": (290000, 0.035),
    "Poland": (230000, 0.055),
    "Belgium": (200000, 0.03),
    "Sweden": (190000, 0.028),
    "Austria": (160000, 0.031),
    "Greece": (125000, 0.012),
}
_ES_EU = "European Union - 27 countries (from 2020)"


def _eurostat_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17006)
    cats = list(_ES_COICOP)
    years = list(range(2013, 2024))
    values: dict[tuple[str, str, int], float] = {}
    for geo, (base, growth) in _ES_GEO.items():
        tilt = {c: float(rng.normal(1, 0.15)) for c in cats}
        trend = {c: float(rng.normal(0, 0.02)) for c in cats}
        for y in years:
            covid = 0.9 if y == 2020 else 1.0
            total = base * (1 + growth) ** (y - 2013) * covid * float(rng.normal(1, 0.01))
            raw = {c: _ES_COICOP[c] * tilt[c] * (1 + trend[c]) ** (y - 2013) for c in cats}
            if y in (2020, 2021):
                raw["Restaurants and hotels"] *= 0.6 if y == 2020 else 0.8
                raw["Transport"] *= 0.85
            s = sum(raw.values())
            for c in cats:
                values[(geo, c, y)] = round(total * raw[c] / s, 1)
    rows = []
    for geo in [*_ES_GEO, _ES_EU]:
        for c in [*cats, "Total"]:
            for y in years:
                if geo == _ES_EU:
                    v = round(sum(values[(g, c, y)] if c != "Total" else 0 for g in _ES_GEO) * 1.12, 1)
                    if c == "Total":
                        v = round(sum(values[(g, x, y)] for g in _ES_GEO for x in cats) * 1.12, 1)
                elif c == "Total":
                    v = round(sum(values[(geo, x, y)] for x in cats), 1)
                else:
                    v = values[(geo, c, y)]
                tot = (
                    sum(values[(g, x, y)] for g in _ES_GEO for x in cats) * 1.12
                    if geo == _ES_EU
                    else sum(values[(geo, x, y)] for x in cats)
                )
                for unit in ("Current prices, million euro", "Percentage of total"):
                    val = v if unit.startswith("Current") else round(100 * v / tot, 1)
                    flag = "p" if y == 2023 else ("b" if y == 2013 and rng.random() < 0.2 else "")
                    blank = geo in ("Greece", "Poland") and y == 2023 and c in cats[8:10]
                    if rng.random() < 0.004 and c != "Total" and geo not in ("Germany", "France", "Spain", _ES_EU):
                        blank = True
                    rows.append(
                        {
                            "DATAFLOW": "ESTAT:NAMA_10_CO3_P3(1.0)",
                            "LAST UPDATE": "19/04/24 23:00:00",
                            "freq": "Annual",
                            "unit": unit,
                            "coicop": c,
                            "na_item": "Final consumption expenditure of households",
                            "geo": geo,
                            "TIME_PERIOD": y,
                            "OBS_VALUE": "" if blank else val,
                            "OBS_FLAG": "c" if blank else flag,
                        }
                    )
    return pd.DataFrame(rows)


def _es(d: pd.DataFrame, geo: str, coicop: str, year: int, unit: str = "Current prices, million euro") -> float:
    m = (d["geo"] == geo) & (d["coicop"] == coicop) & (d["TIME_PERIOD"] == year) & (d["unit"] == unit)
    return float(pd.to_numeric(d.loc[m, "OBS_VALUE"], errors="coerce").iloc[0])


def _es_housing_top(d: pd.DataFrame) -> str:
    m = (d["unit"] == "Percentage of total") & (d["TIME_PERIOD"] == 2022) & (d["geo"] != _ES_EU)
    m &= d["coicop"] == "Housing, water, electricity, gas and other fuels"
    return _top(d[m].set_index("geo")["OBS_VALUE"].astype(float))


def _es_growth_top(d: pd.DataFrame) -> str:
    cats = [c for c in _ES_COICOP]
    growth = pd.Series({c: _es(d, "Spain", c, 2023) / _es(d, "Spain", c, 2013) for c in cats})
    return _top(growth)


def _es_millions(value: Callable[[pd.DataFrame], Any]) -> Check:
    """An amount in million euro, or as billions / thousands of millions / whole euros."""
    return _scaled(value, (1e3, 1e6, 1e-6, 1e-3))


_ES_ID = ("geo", "coicop", "TIME_PERIOD", "unit", "OBS_VALUE")
_EUROSTAT_QS = [
    Q(
        "how much did german households spend on food and drinks in 2022",
        _es_millions(lambda d: _es(d, "Germany", "Food and non-alcoholic beverages", 2022)),
        _ES_ID,
    ),
    Q(
        "which country spends the biggest share on housing in 2022",
        _lead(_named(_es_housing_top)),
        _ES_ID,
    ),
    Q(
        "how much did french spending on restaurants and hotels change from 2015 to 2023",
        either(
            _pct(
                lambda d: (
                    _es(d, "France", "Restaurants and hotels", 2023) / _es(d, "France", "Restaurants and hotels", 2015)
                    - 1
                )
            ),
            _es_millions(
                lambda d: (
                    _es(d, "France", "Restaurants and hotels", 2023) - _es(d, "France", "Restaurants and hotels", 2015)
                )
            ),
        ),
        _ES_ID,
    ),
    Q("which category grew the most in spain between 2013 and 2023", _lead(_named(_es_growth_top)), _ES_ID),
    Q(
        "total household spending for the whole eu in 2023?",
        _es_millions(lambda d: _es(d, _ES_EU, "Total", 2023)),
        _ES_ID,
    ),
    Q(
        "how many values are missing",
        either(
            _count(lambda d: int(pd.to_numeric(d["OBS_VALUE"], errors="coerce").isna().sum())),
            _count(lambda d: int(pd.to_numeric(d["OBS_VALUE"], errors="coerce").isna().sum() // 2)),
        ),
        ("OBS_VALUE", "OBS_FLAG", "geo", "coicop", "TIME_PERIOD", "unit"),
    ),
]


# --- 7. FAO food balance sheets (long format) ----------------------------------------------------------------------

# area: code, m49, population (1000), kcal, production scale
_FAO_AREAS = {
    "India": (100, "'356", 1360000, 2500, 9.0),
    "China, mainland": (41, "'156", 1410000, 3150, 12.0),
    "United States of America": (231, "'840", 330000, 3800, 6.0),
    "Brazil": (21, "'076", 210000, 3250, 4.0),
    "Nigeria": (159, "'566", 200000, 2550, 1.8),
    "Germany": (79, "'276", 83000, 3550, 1.5),
    "Egypt": (59, "'818", 100000, 3300, 0.9),
    "Indonesia": (101, "'360", 270000, 2850, 3.5),
    "France": (68, "'250", 67000, 3500, 1.6),
    "Japan": (110, "'392", 126000, 2700, 0.7),
}
# item: item code, fbs code, production base (1000 t per scale unit), import share, kg per capita base
_FAO_ITEMS = {
    "Wheat and products": (2511, "S2511", 9000, 0.2, 65),
    "Rice and products": (2807, "S2807", 12000, 0.05, 55),
    "Maize and products": (2514, "S2514", 15000, 0.15, 20),
    "Potatoes and products": (2531, "S2531", 4000, 0.08, 35),
    "Bovine Meat": (2731, "S2731", 900, 0.12, 9),
    "Poultry Meat": (2734, "S2734", 1500, 0.1, 15),
    "Milk - Excluding Butter": (2848, "S2848", 10000, 0.05, 110),
}
_FAO_ELEMENTS = {
    "Production": (5511, "1000 t"),
    "Import Quantity": (5611, "1000 t"),
    "Export Quantity": (5911, "1000 t"),
    "Food supply quantity (kg/capita/yr)": (645, "kg"),
}


def _fao_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17007)
    rows = []

    def add(area: str, item: str, icode: int, fbs: str, element: str, ecode: int, year: int, unit: str, v: float):
        code, m49 = _FAO_AREAS[area][:2]
        flag = _one(rng, ["E", "I", "X"], [6, 3, 1])
        rows.append(
            {
                "Area Code": code,
                "Area Code (M49)": m49,
                "Area": area,
                "Item Code": icode,
                "Item Code (FBS)": fbs,
                "Item": item,
                "Element Code": ecode,
                "Element": element,
                "Year Code": year,
                "Year": year,
                "Unit": unit,
                "Value": v,
                "Flag": flag,
                "Note": "Unofficial figure" if flag == "X" and rng.random() < 0.5 else "",
            }
        )

    for area, (_c, _m, pop0, kcal0, scale) in _FAO_AREAS.items():
        bias = {i: float(rng.lognormal(0, 0.6)) for i in _FAO_ITEMS}
        taste = {i: float(rng.lognormal(0, 0.5)) for i in _FAO_ITEMS}
        kcal_trend = float(rng.normal(4, 6))
        for year in range(2012, 2022):
            t = year - 2012
            pop = pop0 * (1 + 0.01) ** (t - 7)
            add(area, "Population", 2501, "S2501", "Total Population - Both sexes", 511, year, "1000 No", round(pop))
            kcal = round(kcal0 + kcal_trend * t + float(rng.normal(0, 25)))
            add(area, "Grand Total", 2901, "S2901", "Food supply (kcal/capita/day)", 664, year, "kcal/cap/d", kcal)
            protein = round(kcal * float(rng.uniform(0.026, 0.031)) + float(rng.normal(0, 2)), 2)
            add(
                area,
                "Grand Total",
                2901,
                "S2901",
                "Protein supply quantity (g/capita/day)",
                674,
                year,
                "g/cap/d",
                protein,
            )
            for item, (icode, fbs, base, imp, kg0) in _FAO_ITEMS.items():
                prod = round(base * scale * bias[item] * (1 + 0.015 * t) * float(rng.normal(1, 0.05)))
                imports = round(prod * imp * float(rng.lognormal(0, 0.8)))
                exports = round(prod * 0.1 * float(rng.lognormal(0, 0.9)))
                kg = round(kg0 * taste[item] * float(rng.normal(1, 0.04)), 2)
                for element, value in (
                    ("Production", prod),
                    ("Import Quantity", imports),
                    ("Export Quantity", exports),
                    ("Food supply quantity (kg/capita/yr)", kg),
                ):
                    ecode, unit = _FAO_ELEMENTS[element]
                    add(area, item, icode, fbs, element, ecode, year, unit, value)
    return pd.DataFrame(rows)


def _fao(d: pd.DataFrame, item: str, element: str, year: int | None = None) -> pd.DataFrame:
    m = (d["Item"] == item) & (d["Element"] == element)
    if year is not None:
        m &= d["Year"] == year
    return d[m]


def _fao_kcal(d: pd.DataFrame, area: str, year: int | None) -> float:
    rows = _fao(d, "Grand Total", "Food supply (kcal/capita/day)", year)
    return float(rows.loc[rows["Area"] == area, "Value"].mean())


def _fao_pair(d: pd.DataFrame) -> pd.DataFrame:
    kcal = _fao(d, "Grand Total", "Food supply (kcal/capita/day)").set_index(["Area", "Year"])["Value"]
    prot = _fao(d, "Grand Total", "Protein supply quantity (g/capita/day)").set_index(["Area", "Year"])["Value"]
    return pd.DataFrame({"kcal": kcal, "protein": prot}).dropna()


def _fao_milk_top(d: pd.DataFrame, year: int | None) -> str:
    rows = _fao(d, "Milk - Excluding Butter", "Food supply quantity (kg/capita/yr)", year)
    return _top(rows.groupby("Area")["Value"].mean())


_FAO_ID = ("Area", "Item", "Element", "Year", "Value", "Unit")
_FAO_QS = [
    Q(
        "which country produced the most wheat in 2021",
        _lead(_named(lambda d: _top(_fao(d, "Wheat and products", "Production", 2021).set_index("Area")["Value"]))),
        _FAO_ID,
    ),
    Q(
        "how many calories a day does the average person in india get",
        either(
            has(lambda d: _fao_kcal(d, "India", 2021), rel=0.002),
            has(lambda d: _fao_kcal(d, "India", None), rel=0.002),
        ),
        _FAO_ID,
    ),
    Q(
        "how has that changed since 2012",
        either(
            has(lambda d: abs(_fao_kcal(d, "India", 2021) - _fao_kcal(d, "India", 2012)), rel=0.01),
            _pct(lambda d: _fao_kcal(d, "India", 2021) / _fao_kcal(d, "India", 2012) - 1),
        ),
        _FAO_ID,
    ),
    Q(
        "top 3 rice importers in 2020",
        _all(lambda d: _tops(_fao(d, "Rice and products", "Import Quantity", 2020).set_index("Area")["Value"], 3)),
        _FAO_ID,
    ),
    Q(
        "are calories and protein supply correlated",
        corr_of(lambda d: _fao_pair(d)["kcal"], lambda d: _fao_pair(d)["protein"]),
        _FAO_ID,
    ),
    Q(
        "where did people drink the most milk per person in 2021",
        _lead(_named(lambda d: _fao_milk_top(d, 2021))),
        _FAO_ID,
    ),
]


HELDOUT170: list[Dataset] = [
    Dataset("freshsales_deals_export", _freshsales_frame, _FRESHSALES_QS),
    Dataset("revolut_business_transactions", _revolut_frame, _REVOLUT_QS),
    Dataset("coros_activity_summaries", _coros_frame, _COROS_QS),
    Dataset("eventbrite_orders_export", _eventbrite_frame, _EVENTBRITE_QS),
    Dataset("baltimore_911_calls", _baltimore_frame, _BALTIMORE_QS),
    Dataset("eurostat_household_consumption_by_purpose", _eurostat_frame, _EUROSTAT_QS),
    Dataset("fao_food_balance_sheets", _fao_frame, _FAO_QS),
]
