"""HELDOUT130: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports an analyst is likely to bring along: a Chase
business checking account activity download (Details DEBIT / CREDIT / CHECK / DSLIP, Posting Date as "01/05/2024",
upper-case Description such as "ORIG CO NAME:GUSTO ... " payroll lines, "STAPLES 00123 NEW YORK NY" card lines and
"CHECK 1043", Amount signed (negative for money out), Type ACH_DEBIT / ACH_CREDIT / DEBIT_CARD / CHECK_PAID /
DEPOSIT / FEE_TRANSACTION / WIRE_OUTGOING / QUICKPAY_CREDIT / MISC_DEBIT, running Balance with a few blanks, "Check
or Slip #" only on checks and deposit slips, newest row first, 2024); a Zendesk customer satisfaction ratings export
(Ticket ID, Subject, Requester, Assignee with some blanks, Group
Support / Billing / Technical / Onboarding, Channel email / web / chat / api, Score good / bad / offered, Comment
mostly blank, Reason only on some bad ratings ("The issue took too long to resolve", "No reason provided", ...),
Created at and Updated at as "2024-03-05T14:23:11Z", 2024); a WHOOP sleeps.csv export (Cycle start time, Cycle end
time, Cycle timezone "UTC-05:00", Sleep onset and Wake onset as "2024-01-05 23:41:13", Sleep performance % with
blanks, Respiratory rate (rpm), Asleep duration (min), In bed duration (min), Light sleep duration (min), Deep (SWS)
duration (min), REM duration (min), Awake duration (min), Sleep need (min), Sleep debt (min), Sleep efficiency %,
Sleep consistency % and Nap as "false" / "true", naps sharing their cycle's start time, newest first, 2023-2024); a
Faire wholesale orders export (one row per line item: Order Number repeated as "BX7K2M9PQR", Order Date and Ship
Date as "2024-01-05" with Ship Date blank on unshipped orders, Retailer Name, Retailer City, Retailer State as two
letters, Retailer Country, Order Status DELIVERED / SHIPPED / PROCESSING / CANCELED, Order Type "Faire Direct" /
"Marketplace", First Order Yes / No, Product Name, SKU, Option (size or scent, blank on some), Quantity, Wholesale
Price and Retail Price as "$18.00" text, Commission and Payout as "$123.45" text per order repeated on each line,
Promo Code mostly blank, 2023-2024); NYC Department of Buildings complaints received (Complaint Number as seven
digits, Status ACTIVE / CLOSED, Date Entered as "01/05/2024", House Number with a few "N/A" and ranges like
"12-14", ZIP Code as a number with a few blanks, House Street upper-case, BIN, Community Board as "305", Special
District mostly blank, Complaint Category codes "05", "45", "4B", "83", ..., Unit codes (BACKLOG, EMERG, ELEVATOR,
SCAFFOLD, PLUMB, ...), Disposition Date blank while active, Disposition Code "I2" / "A8" / "L1" / ..., Inspection
Date with blanks and DOBRunDate "12/31/2024 00:00:00", 2023-2024); the USDA Food Access Research Atlas at census
tract level (CensusTract as an integer without its leading zero, State and County names as "Autauga County", Urban
0/1, Pop2010, OHU2010, GroupQuartersFlag, NUMGQTRS, PCTGQTRS, the LILATracts_1And10 / _halfAnd10 / _1And20 /
_Vehicle flags, HUNVFlag, LowIncomeTracts, PovertyRate, MedianFamilyIncome with blanks, LA1and10, LAhalfand10,
LATracts_half, LATracts1, LATracts10, lapophalf, lapophalfshare, lapop1, lapop1share, lalowi1, lalowi1share with
blanks where the tract is not low access, TractLOWI, TractKids, TractSeniors, TractHUNV, TractSNAP); and an IUCN Red
List assessments.csv export (assessmentId, internalTaxonId, scientificName, redlistCategory as "Least Concern",
"Near Threatened", "Vulnerable", "Endangered", "Critically Endangered", "Data Deficient", "Extinct", redlistCriteria
as "B1ab(iii)" or blank, yearPublished, assessmentDate as "2019-05-14 00:00:00 UTC", criteriaVersion 3.1, language
English, populationTrend Decreasing / Stable / Increasing / Unknown with blanks, systems with "|" joined values like
"Terrestrial|Freshwater (=Inland waters)", realm likewise, yearLastSeen mostly blank, possiblyExtinct and
possiblyExtinctInTheWild as "false" / "true", scopes "Global"). All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _lead, _named, _share, _shares, _year
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


def _bottom(scores: pd.Series) -> str:
    return str(_ranked(scores, ascending=True).index[0])


def _dollars(value: Callable[[pd.DataFrame], Any]) -> Check:
    """An amount, in full or in thousands / millions."""
    return _scaled(value, (1e3, 1e6))


def _txt(s: pd.Series) -> pd.Series:
    return s.astype("string").fillna("").str.strip()


def _num(s: pd.Series) -> pd.Series:
    """Numbers written with a currency sign or thousands commas ("$1,234.50"), blanks as NaN."""
    return pd.to_numeric(s.astype("string").str.replace(r"[^0-9.\-]", "", regex=True), errors="coerce")


def _stamp(start: str, end: str, rng: np.random.Generator, n: int) -> pd.Series:
    lo, hi = pd.Timestamp(start), pd.Timestamp(end)
    secs = np.sort(rng.integers(0, int((hi - lo).total_seconds()), n))
    return pd.Series(lo + pd.to_timedelta(secs, unit="s"))


def _first_month(months: pd.Series) -> pd.Timestamp:
    """The month label (a Period) of a ranked series as a timestamp."""
    return pd.Period(months.index[0], "M").to_timestamp()


_FIRST = ["James", "Olivia", "Liam", "Emma", "Noah", "Ava", "Ethan", "Mia", "Lucas", "Sofia", "Mason", "Chloe"]
_FIRST += ["Priya", "Wei", "Carlos", "Fatima", "Daniel", "Grace", "Omar", "Hannah", "Tom", "Aisha", "Marco", "Lena"]
_LAST = ["Smith", "Johnson", "Garcia", "Brown", "Miller", "Davis", "Patel", "Chen", "Nguyen", "Kim", "Lopez"]
_LAST += ["Wilson", "Martin", "Clark", "Lewis", "Walker", "Young", "Hall", "Allen", "Wright", "Scott", "Green"]


# --- 1. Chase business checking activity ---------------------------------------------------------------------------

# card merchants: (description, log-mean, log-sd, weight)
_CH_CARD = [
    ("STAPLES 00123 NEW YORK NY", 4.2, 0.7, 8),
    ("AMAZON MKTPLACE PMTS AMZN.COM/BILL WA", 4.0, 0.9, 14),
    ("ADOBE *CREATIVE CLD 800-833-6687 CA", 4.1, 0.05, 4),
    ("GOOGLE *GSUITE_ACME CC@GOOGLE.COM CA", 4.6, 0.05, 4),
    ("UBER *TRIP HELP.UBER.COM CA", 3.2, 0.5, 10),
    ("SHELL OIL 57444 BROOKLYN NY", 3.9, 0.3, 8),
    ("HOME DEPOT #1207 BROOKLYN NY", 4.9, 0.8, 7),
    ("DELTA AIR 0062312345678 ATLANTA GA", 6.0, 0.4, 3),
    ("STARBUCKS STORE 09212 NEW YORK NY", 2.4, 0.4, 10),
]


def _chase_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13001)
    days = pd.date_range("2024-01-01", "2024-12-31", freq="D")
    rows: list[dict[str, Any]] = []
    check_no = 1040
    slip_no = 300
    for day in days:
        if day.weekday() >= 5:
            continue
        # payroll on the 15th and last business day
        if day.day in (15, 28) or (day.day == 29 and day.month == 2):
            amt = -round(float(rng.uniform(14000, 19000)), 2)
            desc = f"ORIG CO NAME:GUSTO ORIG ID:9138864001 DESC DATE:{day:%y%m%d} CO ENTRY DESCR:NET PAY SEC:CCD"
            rows.append(dict(Details="DEBIT", day=day, Description=desc, Amount=amt, Type="ACH_DEBIT", slip=""))
        for _ in range(int(rng.poisson(1.1))):
            desc, mu, sd, _w = _CH_CARD[int(_one(rng, list(range(len(_CH_CARD))), [c[3] for c in _CH_CARD]))]
            amt = -round(float(np.exp(rng.normal(mu, sd))), 2)
            rows.append(dict(Details="DEBIT", day=day, Description=desc, Amount=amt, Type="DEBIT_CARD", slip=""))
        if rng.random() < 0.35:
            client = str(_one(rng, ["ACME RETAIL LLC", "BLUE HARBOR INC", "NORTHWIND CO", "PINE & OAK STUDIO"]))
            amt = round(float(rng.uniform(2500, 12000)), 2)
            desc = f"ORIG CO NAME:{client} ORIG ID:1234567890 DESC DATE:{day:%y%m%d} CO ENTRY DESCR:PAYMENT SEC:CCD"
            rows.append(dict(Details="CREDIT", day=day, Description=desc, Amount=amt, Type="ACH_CREDIT", slip=""))
        if rng.random() < 0.12:
            slip_no += 1
            amt = round(float(rng.uniform(400, 6000)), 2)
            rows.append(
                dict(
                    Details="DSLIP",
                    day=day,
                    Description="DEPOSIT  ID NUMBER 4411",
                    Amount=amt,
                    Type="DEPOSIT",
                    slip=str(slip_no),
                )
            )
        if rng.random() < 0.08:
            check_no += 1
            amt = -round(float(rng.uniform(150, 4500)), 2)
            rows.append(
                dict(
                    Details="CHECK",
                    day=day,
                    Description=f"CHECK {check_no}",
                    Amount=amt,
                    Type="CHECK_PAID",
                    slip=str(check_no),
                )
            )
        if rng.random() < 0.06:
            who = str(_one(rng, ["J SMITH", "M GARCIA", "L CHEN"]))
            amt = round(float(rng.uniform(100, 1500)), 2)
            rows.append(
                dict(
                    Details="CREDIT",
                    day=day,
                    Description=f"Zelle payment from {who} 19283746",
                    Amount=amt,
                    Type="QUICKPAY_CREDIT",
                    slip="",
                )
            )
        if day.day == 3 or (day.day in (4, 5) and day.weekday() == 0):
            rows.append(
                dict(
                    Details="DEBIT",
                    day=day,
                    Description="ORIG CO NAME:WEWORK ORIG ID:2271188 CO ENTRY DESCR:RENT SEC:CCD",
                    Amount=-4200.00,
                    Type="ACH_DEBIT",
                    slip="",
                )
            )
        if rng.random() < 0.025:
            amt = -round(float(rng.uniform(3000, 15000)), 2)
            rows.append(
                dict(
                    Details="DEBIT",
                    day=day,
                    Description="ONLINE INTERNATIONAL WIRE TRANSFER A/C: HSBC UK",
                    Amount=amt,
                    Type="WIRE_OUTGOING",
                    slip="",
                )
            )
            rows.append(
                dict(
                    Details="DEBIT",
                    day=day,
                    Description="ONLINE INTERNATIONAL WIRE FEE",
                    Amount=-40.00,
                    Type="FEE_TRANSACTION",
                    slip="",
                )
            )
        if day.is_month_end or (day + pd.offsets.BDay(1)).month != day.month:
            rows.append(
                dict(
                    Details="DEBIT",
                    day=day,
                    Description="MONTHLY SERVICE FEE",
                    Amount=-15.00,
                    Type="FEE_TRANSACTION",
                    slip="",
                )
            )
        if rng.random() < 0.01:
            rows.append(
                dict(
                    Details="DEBIT",
                    day=day,
                    Description="INSUFFICIENT FUNDS FEE",
                    Amount=-34.00,
                    Type="FEE_TRANSACTION",
                    slip="",
                )
            )
    out = pd.DataFrame(rows)
    balance = 48000 + out["Amount"].cumsum()
    out["Balance"] = balance.round(2).map(lambda v: f"{v:.2f}")
    out.loc[rng.random(len(out)) < 0.03, "Balance"] = " "
    out["Posting Date"] = out["day"].dt.strftime("%m/%d/%Y")
    out["Check or Slip #"] = out["slip"]
    out = out.iloc[::-1].reset_index(drop=True)
    return out[["Details", "Posting Date", "Description", "Amount", "Type", "Balance", "Check or Slip #"]]


def _ch_out_month(d: pd.DataFrame) -> pd.Timestamp:
    months = pd.to_datetime(d["Posting Date"], format="%m/%d/%Y").dt.to_period("M")
    out = d["Amount"] < 0
    return _first_month(_ranked(-d.loc[out, "Amount"].groupby(months[out]).sum()))


def _ch_card(d: pd.DataFrame) -> pd.Series:
    return d["Type"] == "DEBIT_CARD"


_CHASE_QS = [
    Q(
        "how much money came into the account this year?",
        _dollars(lambda d: float(d.loc[d["Amount"] > 0, "Amount"].sum())),
        ("Amount", "Posting Date"),
    ),
    Q(
        "and how much went out?",
        either(
            _dollars(lambda d: float(-d.loc[d["Amount"] < 0, "Amount"].sum())),
            _dollars(lambda d: float(d.loc[d["Amount"] < 0, "Amount"].sum())),
        ),
        ("Amount", "Posting Date"),
    ),
    Q(
        "which month did we spend the most",
        _lead(_month_year(_ch_out_month)),
        ("Posting Date", "Amount"),
    ),
    Q(
        "how much have we paid in bank fees",
        _dollars(lambda d: float(-d.loc[d["Type"] == "FEE_TRANSACTION", "Amount"].sum())),
        ("Type", "Amount", "Description", "Details"),
    ),
    Q(
        "whats the average debit card purchase",
        _dollars(lambda d: float(-d.loc[_ch_card(d), "Amount"].mean())),
        ("Type", "Amount", "Details"),
    ),
    Q(
        "where do we spend the most on the card?",
        _lead(_named(lambda d: _top(-d.loc[_ch_card(d)].groupby("Description")["Amount"].sum()))),
        ("Type", "Description", "Amount", "Details"),
    ),
]


# --- 2. Zendesk satisfaction ratings -------------------------------------------------------------------------------

_ZD_AGENTS = {
    "Support": ["Maria Lopez", "Kevin Park", "Sara Nilsson", "Tom Becker"],
    "Billing": ["Anita Desai", "Chris Moore"],
    "Technical": ["Jonas Weber", "Li Wei", "Raj Kumar"],
    "Onboarding": ["Emily Stone"],
}
# group: (weight, chance of a good rating when rated)
_ZD_GROUPS = {"Support": (45, 0.86), "Billing": (18, 0.74), "Technical": (27, 0.78), "Onboarding": (10, 0.92)}
_ZD_REASONS = [
    "The issue took too long to resolve",
    "The issue was not resolved",
    "The agent's knowledge is unsatisfactory",
    "The agent's attitude is unsatisfactory",
    "Some other reason",
    "No reason provided",
]
_ZD_SUBJECTS = ["Can't log in", "Refund request", "Invoice question", "API returning 500", "How do I export data?"]
_ZD_SUBJECTS += ["Change my plan", "Password reset not arriving", "Integration with Slack", "Setup help", "Bug report"]


def _zendesk_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13002)
    n = 2400
    created = _stamp("2024-01-01", "2024-12-31", rng, n)
    rows = []
    ticket = 48210
    for k in range(n):
        ticket += int(rng.integers(1, 6))
        group = str(_one(rng, list(_ZD_GROUPS), [g[0] for g in _ZD_GROUPS.values()]))
        good = _ZD_GROUPS[group][1]
        month = created[k].month
        if month in (7, 8):
            good -= 0.12
        agent = str(_one(rng, _ZD_AGENTS[group]))
        if agent == "Chris Moore":
            good -= 0.08
        if rng.random() < 0.03:
            agent = ""
        channel = str(_one(rng, ["email", "web", "chat", "api"], [40, 30, 26, 4]))
        if channel == "chat":
            good += 0.05
        rated = rng.random() >= 0.42
        score = ("good" if rng.random() < good else "bad") if rated else "offered"
        comment, reason = "", ""
        if score == "good" and rng.random() < 0.3:
            comment = str(_one(rng, ["Thanks!", "Super quick, thank you", "Great help", "Solved my problem"]))
        if score == "bad":
            if rng.random() < 0.55:
                comment = str(_one(rng, ["Still not fixed", "Took days", "Nobody answered", "Not helpful"]))
            if rng.random() < 0.7:
                reason = str(_one(rng, _ZD_REASONS, [34, 26, 12, 8, 8, 12]))
        updated = created[k] + pd.to_timedelta(int(rng.integers(3600, 5 * 86400)), unit="s")
        first, last = str(_one(rng, _FIRST)), str(_one(rng, _LAST))
        rows.append(
            {
                "Ticket ID": ticket,
                "Subject": str(_one(rng, _ZD_SUBJECTS)),
                "Requester": f"{first} {last}",
                "Assignee": agent,
                "Group": group,
                "Channel": channel,
                "Score": score,
                "Comment": comment,
                "Reason": reason,
                "Created at": f"{created[k]:%Y-%m-%dT%H:%M:%SZ}",
                "Updated at": f"{updated:%Y-%m-%dT%H:%M:%SZ}",
            }
        )
    return pd.DataFrame(rows)


def _zd_rate(d: pd.DataFrame, all_rows: bool = False) -> float:
    s = d["Score"]
    base = len(s) if all_rows else int(s.isin(["good", "bad"]).sum())
    return float((s == "good").sum() / base)


def _zd_email(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["Channel"] == "email"]


def _zd_bad(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["Score"] == "bad"]


_ZENDESK_QS = [
    Q(
        "whats our csat score",
        _share(lambda d: _zd_rate(d)),
        ("Score",),
    ),
    Q(
        "and for email tickets?",
        _share(lambda d: _zd_rate(_zd_email(d))),
        ("Score", "Channel"),
    ),
    Q(
        "satisfaction rate for each team",
        _shares(lambda d: [_zd_rate(g) for _, g in d.groupby("Group")]),
        ("Score", "Group"),
    ),
    Q(
        "who got the most bad ratings?",
        _lead(_named(lambda d: _top(_zd_bad(d).loc[_txt(_zd_bad(d)["Assignee"]) != ""].groupby("Assignee").size()))),
        ("Score", "Assignee"),
    ),
    Q(
        "what's the most common reason people give for a bad rating",
        either(
            _lead(_named(lambda d: _top(_txt(_zd_bad(d)["Reason"]).loc[lambda s: s != ""].value_counts()))),
            _lead(
                _named(
                    lambda d: _top(
                        _txt(_zd_bad(d)["Reason"]).loc[lambda s: ~s.isin(["", "No reason provided"])].value_counts()
                    )
                )
            ),
        ),
        ("Score", "Reason"),
    ),
    Q(
        "which month was satisfaction the worst",
        _lead(
            _month_year(
                lambda d: pd.Period(
                    _bottom(d.groupby(pd.to_datetime(d["Created at"]).dt.strftime("%Y-%m")).apply(_zd_rate)), "M"
                ).to_timestamp()
            )
        ),
        ("Score", "Created at", "Updated at"),
    ),
]


# --- 3. WHOOP sleeps.csv -------------------------------------------------------------------------------------------


def _whoop_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13003)
    nights = pd.date_range("2023-06-01", "2024-12-31", freq="D")
    rows = []
    for day in nights:
        if rng.random() < 0.06:
            continue  # strap not worn
        weekend = day.weekday() in (4, 5)
        bed_hour = 22.6 + (1.1 if weekend else 0.0) + rng.normal(0, 0.6)
        start = day + pd.to_timedelta(bed_hour, unit="h")
        in_bed = max(240.0, rng.normal(465 + (25 if weekend else 0) + (20 if day.month in (12, 1) else 0), 45))
        awake = max(8.0, rng.normal(42, 14))
        asleep = in_bed - awake
        deep = max(30.0, rng.normal(0.21 * asleep, 12))
        rem = max(30.0, rng.normal(0.24 * asleep, 14))
        light = asleep - deep - rem
        need = rng.normal(480, 20)
        perf = min(100.0, 100 * asleep / need + rng.normal(0, 3) + 0.08 * (deep - 0.21 * asleep))
        onset = start + pd.to_timedelta(int(rng.integers(2, 20)), unit="m")
        wake = start + pd.to_timedelta(in_bed, unit="m")
        end = day + pd.Timedelta(days=1) + pd.to_timedelta(22.5 + rng.normal(0, 0.5), unit="h")
        tz = "UTC-04:00" if 3 <= day.month <= 10 else "UTC-05:00"
        rows.append(
            {
                "Cycle start time": f"{start:%Y-%m-%d %H:%M:%S}",
                "Cycle end time": f"{end:%Y-%m-%d %H:%M:%S}",
                "Cycle timezone": tz,
                "Sleep onset": f"{onset:%Y-%m-%d %H:%M:%S}",
                "Wake onset": f"{wake:%Y-%m-%d %H:%M:%S}",
                "Sleep performance %": round(perf) if rng.random() > 0.03 else np.nan,
                "Respiratory rate (rpm)": round(float(rng.normal(15.2, 0.5)), 1),
                "Asleep duration (min)": round(asleep),
                "In bed duration (min)": round(in_bed),
                "Light sleep duration (min)": round(light),
                "Deep (SWS) duration (min)": round(deep),
                "REM duration (min)": round(rem),
                "Awake duration (min)": round(awake),
                "Sleep need (min)": round(need),
                "Sleep debt (min)": max(0, round(float(rng.normal(30, 25)))),
                "Sleep efficiency %": round(100 * asleep / in_bed),
                "Sleep consistency %": int(np.clip(rng.normal(72, 10), 30, 98)),
                "Nap": "false",
            }
        )
        if rng.random() < 0.07:
            nap_start = day + pd.Timedelta(days=1) + pd.to_timedelta(14 + rng.random() * 2.5, unit="h")
            nap_bed = float(rng.uniform(20, 75))
            nap_sleep = nap_bed - float(rng.uniform(2, 8))
            rows.append(
                {
                    "Cycle start time": f"{start:%Y-%m-%d %H:%M:%S}",
                    "Cycle end time": f"{end:%Y-%m-%d %H:%M:%S}",
                    "Cycle timezone": tz,
                    "Sleep onset": f"{nap_start:%Y-%m-%d %H:%M:%S}",
                    "Wake onset": f"{nap_start + pd.to_timedelta(nap_bed, unit='m'):%Y-%m-%d %H:%M:%S}",
                    "Sleep performance %": np.nan,
                    "Respiratory rate (rpm)": round(float(rng.normal(15.0, 0.6)), 1),
                    "Asleep duration (min)": round(nap_sleep),
                    "In bed duration (min)": round(nap_bed),
                    "Light sleep duration (min)": round(nap_sleep * 0.7),
                    "Deep (SWS) duration (min)": round(nap_sleep * 0.2),
                    "REM duration (min)": round(nap_sleep * 0.1),
                    "Awake duration (min)": round(nap_bed - nap_sleep),
                    "Sleep need (min)": np.nan,
                    "Sleep debt (min)": np.nan,
                    "Sleep efficiency %": round(100 * nap_sleep / nap_bed),
                    "Sleep consistency %": np.nan,
                    "Nap": "true",
                }
            )
    return pd.DataFrame(rows).iloc[::-1].reset_index(drop=True)


def _wh_nap(d: pd.DataFrame) -> pd.Series:
    return _txt(d["Nap"]).str.lower() == "true"


def _wh_nights(d: pd.DataFrame) -> pd.DataFrame:
    return d[~_wh_nap(d)]


def _wh_minutes_or_hours(value: Callable[[pd.DataFrame], float]) -> Check:
    return either(_about(value), _about(lambda d: value(d) / 60))


def _wh_best_month(column: str) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(d: pd.DataFrame) -> pd.Timestamp:
        months = pd.to_datetime(d[column]).dt.strftime("%Y-%m")
        return pd.Period(_top(d["Sleep performance %"].groupby(months).mean()), "M").to_timestamp()

    return value


_WHOOP_QS = [
    Q(
        "how much do i sleep on average?",
        either(
            _wh_minutes_or_hours(lambda d: float(_wh_nights(d)["Asleep duration (min)"].mean())),
            _wh_minutes_or_hours(lambda d: float(d["Asleep duration (min)"].mean())),
        ),
        ("Asleep duration (min)", "Nap"),
    ),
    Q(
        "how many naps did i take",
        _count(lambda d: int(_wh_nap(d).sum())),
        ("Nap",),
    ),
    Q(
        "average deep sleep and rem per night",
        either(
            _about(
                lambda d: [
                    float(_wh_nights(d)["Deep (SWS) duration (min)"].mean()),
                    float(_wh_nights(d)["REM duration (min)"].mean()),
                ]
            ),
            _about(lambda d: [float(d["Deep (SWS) duration (min)"].mean()), float(d["REM duration (min)"].mean())]),
        ),
        ("Deep (SWS) duration (min)", "REM duration (min)", "Nap"),
    ),
    Q(
        "does more deep sleep mean a better sleep performance score?",
        either(
            _corr(lambda d: d["Deep (SWS) duration (min)"], lambda d: d["Sleep performance %"]),
            _corr(lambda d: _wh_nights(d)["Deep (SWS) duration (min)"], lambda d: _wh_nights(d)["Sleep performance %"]),
        ),
        ("Deep (SWS) duration (min)", "Sleep performance %", "Nap"),
    ),
    Q(
        "which month did i sleep best",
        either(*(_lead(_month_year(_wh_best_month(c))) for c in ("Cycle start time", "Sleep onset", "Wake onset"))),
        ("Sleep performance %", "Cycle start time", "Sleep onset", "Wake onset", "Nap"),
    ),
    Q(
        "how many nights did i get less than 6 hours",
        either(
            _count(lambda d: int((_wh_nights(d)["Asleep duration (min)"] < 360).sum())),
            _count(lambda d: int((_wh_nights(d)["Asleep duration (min)"] <= 360).sum())),
        ),
        ("Asleep duration (min)", "Nap", "Cycle start time"),
    ),
]


# --- 4. Faire wholesale orders -------------------------------------------------------------------------------------

# product: (sku, wholesale, retail, options)
_FA_PRODUCTS = {
    "Lavender Soy Candle 8oz": ("CND-LAV-08", 14.0, 28.0, [""]),
    "Cedar & Sage Candle 12oz": ("CND-CED-12", 19.0, 38.0, [""]),
    "Linen Room Spray": ("SPR-LIN-04", 9.5, 19.0, [""]),
    "Ceramic Bud Vase": ("VAS-BUD-01", 12.0, 26.0, ["Sand", "Slate", "Blush"]),
    "Hand Poured Wax Melts": ("WAX-MLT-06", 6.0, 12.0, ["Lavender", "Cedar", "Citrus"]),
    "Linen Tea Towel": ("TWL-LIN-01", 8.0, 18.0, ["Natural", "Sage"]),
    "Matchstick Jar": ("MAT-JAR-01", 5.5, 12.0, [""]),
    "Reed Diffuser 100ml": ("DIF-REE-10", 16.0, 34.0, ["Lavender", "Cedar"]),
}
_FA_RETAILERS = [
    ("The Olive Branch", "Austin", "TX"),
    ("Juniper & Co", "Portland", "OR"),
    ("Main Street Mercantile", "Boise", "ID"),
    ("Little Nest Gifts", "Austin", "TX"),
    ("Harbor Home Goods", "Portland", "ME"),
    ("Wildflower Boutique", "Nashville", "TN"),
    ("Paper Moon Shop", "Brooklyn", "NY"),
    ("Sunday Supply", "Los Angeles", "CA"),
    ("Fern & Fable", "Denver", "CO"),
    ("The Gilded Goat", "Asheville", "NC"),
    ("Cottonwood General", "Santa Fe", "NM"),
    ("Blue Door Mercantile", "Dallas", "TX"),
    ("Pine Street Market", "Seattle", "WA"),
    ("Magnolia Gifts", "Savannah", "GA"),
    ("North Loop Home", "Minneapolis", "MN"),
    ("Salt & Stone", "San Diego", "CA"),
    ("Maple Leaf Goods", "Toronto", "ON"),
    ("Hudson Valley Provisions", "Beacon", "NY"),
    ("Honeybee Home", "Houston", "TX"),
    ("Copper Kettle", "Chicago", "IL"),
]


def _faire_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13004)
    n_orders = 620
    dates = _stamp("2023-01-01", "2024-12-31", rng, n_orders).dt.normalize()
    rows = []
    seen: set[str] = set()
    letters = np.array(list("ABCDEFGHJKLMNPQRSTUVWXYZ23456789"))
    names = list(_FA_PRODUCTS)
    for k in range(n_orders):
        number = "".join(rng.choice(letters, 10))
        r_idx = int(
            _one(rng, list(range(len(_FA_RETAILERS))), [6, 3, 2, 5, 2, 3, 4, 3, 2, 2, 1, 3, 2, 2, 1, 2, 1, 2, 2, 2])
        )
        name, city, state = _FA_RETAILERS[r_idx]
        country = "Canada" if state == "ON" else "United States"
        first = "No" if name in seen else "Yes"
        seen.add(name)
        otype = str(_one(rng, ["Faire Direct", "Marketplace"], [35, 65]))
        status = str(_one(rng, ["DELIVERED", "SHIPPED", "PROCESSING", "CANCELED"], [80, 8, 5, 7]))
        if dates[k] < pd.Timestamp("2024-11-15") and status in ("SHIPPED", "PROCESSING"):
            status = "DELIVERED"
        ship = (
            ""
            if status in ("PROCESSING", "CANCELED")
            else f"{dates[k] + pd.Timedelta(days=int(rng.integers(1, 8))):%Y-%m-%d}"
        )
        lines = rng.choice(len(names), size=int(rng.integers(1, 5)), replace=False)
        total = 0.0
        items = []
        for li in lines:
            product = names[int(li)]
            sku, whole, retail, options = _FA_PRODUCTS[product]
            option = str(_one(rng, options))
            qty = int(_one(rng, [4, 6, 8, 12, 24], [20, 30, 15, 25, 10]))
            total += qty * whole
            items.append((product, sku + (f"-{option[:3].upper()}" if option else ""), option, qty, whole, retail))
        rate = 0.15 if otype == "Marketplace" else 0.0
        commission = round(total * rate, 2)
        promo = str(_one(rng, ["", "", "", "", "", "", "", "", "SPRING15", "WELCOME10"]))
        for product, sku, option, qty, whole, retail in items:
            rows.append(
                {
                    "Order Number": number,
                    "Order Date": f"{dates[k]:%Y-%m-%d}",
                    "Ship Date": ship,
                    "Retailer Name": name,
                    "Retailer City": city,
                    "Retailer State": state,
                    "Retailer Country": country,
                    "Order Status": status,
                    "Order Type": otype,
                    "First Order": first,
                    "Product Name": product,
                    "SKU": sku,
                    "Option": option,
                    "Quantity": qty,
                    "Wholesale Price": f"${whole:,.2f}",
                    "Retail Price": f"${retail:,.2f}",
                    "Commission": f"${commission:,.2f}",
                    "Payout": f"${total - commission:,.2f}",
                    "Promo Code": promo,
                }
            )
    return pd.DataFrame(rows)


def _fa_lines(d: pd.DataFrame, keep_canceled: bool) -> pd.DataFrame:
    return d if keep_canceled else d[d["Order Status"] != "CANCELED"]


def _fa_revenue(d: pd.DataFrame) -> pd.Series:
    return d["Quantity"] * _num(d["Wholesale Price"])


def _fa_top_retailer(keep: bool, by_orders: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        x = _fa_lines(d, keep)
        if by_orders:
            return _top(x.groupby("Retailer Name")["Order Number"].nunique())
        return _top(_fa_revenue(x).groupby(x["Retailer Name"]).sum())

    return value


def _fa_top_state(d: pd.DataFrame) -> str:
    return _top(d.groupby("Retailer State")["Retailer Name"].nunique())


_FAIRE_QS = [
    Q(
        "how many orders have we had?",
        either(
            _count(lambda d: int(d["Order Number"].nunique())),
            _count(lambda d: int(_fa_lines(d, False)["Order Number"].nunique())),
        ),
        ("Order Number", "Order Status"),
    ),
    Q(
        "total wholesale sales",
        either(
            _dollars(lambda d: float(_fa_revenue(d).sum())),
            _dollars(lambda d: float(_fa_revenue(_fa_lines(d, False)).sum())),
        ),
        ("Quantity", "Wholesale Price", "Order Status"),
    ),
    Q(
        "which shop buys the most from us",
        either(*(_lead(_named(_fa_top_retailer(k, b))) for k in (True, False) for b in (True, False))),
        ("Retailer Name", "Quantity", "Wholesale Price", "Order Number", "Order Status"),
    ),
    Q(
        "top 3 products by units sold",
        either(
            _all_named(lambda d: _topn(d.groupby("Product Name")["Quantity"].sum(), 3)),
            _all_named(lambda d: _topn(_fa_lines(d, False).groupby("Product Name")["Quantity"].sum(), 3)),
        ),
        ("Product Name", "Quantity", "Order Status"),
    ),
    Q(
        "what percent of orders come through faire direct",
        either(
            _share(lambda d: float(d.groupby("Order Number")["Order Type"].first().eq("Faire Direct").mean())),
            _share(lambda d: float(d["Order Type"].eq("Faire Direct").mean())),
        ),
        ("Order Type", "Order Number"),
    ),
    Q(
        "which state has the most stores ordering from us?",
        _lead(_named(_fa_top_state)),
        ("Retailer State", "Retailer Name"),
    ),
]


# --- 5. NYC DOB complaints received --------------------------------------------------------------------------------

# category: (weight, unit, typical days to close)
_DOB_CATS = {
    "05": (14, "BACKLOG", 40),
    "45": (18, "BACKLOG", 55),
    "4B": (9, "SCAFFOLD", 20),
    "83": (10, "BACKLOG", 35),
    "63": (8, "ELEVATOR", 25),
    "71": (7, "BACKLOG", 60),
    "01": (6, "EMERG", 3),
    "66": (5, "PLUMB", 30),
    "4W": (4, "BACKLOG", 45),
    "30": (6, "BACKLOG", 50),
    "73": (5, "BACKLOG", 70),
    "6S": (3, "SCAFFOLD", 15),
}
_DOB_STREETS = ["BROADWAY", "FULTON STREET", "ATLANTIC AVENUE", "GRAND CONCOURSE", "QUEENS BOULEVARD"]
_DOB_STREETS += ["NOSTRAND AVENUE", "WEST 145 STREET", "FLATBUSH AVENUE", "ROOSEVELT AVENUE", "VICTORY BOULEVARD"]
_DOB_ZIPS = [
    (10025, "107"),
    (10031, "109"),
    (11221, "303"),
    (11226, "314"),
    (11207, "305"),
    (10453, "205"),
    (10456, "204"),
    (11368, "404"),
    (11373, "404"),
    (10314, "502"),
    (11212, "316"),
    (10002, "103"),
]


def _dob_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13005)
    n = 3200
    entered = _stamp("2023-01-01", "2024-12-31", rng, n).dt.normalize()
    cats = list(_DOB_CATS)
    rows = []
    number = 1660000
    for k in range(n):
        number += int(rng.integers(1, 40))
        cat = str(_one(rng, cats, [_DOB_CATS[c][0] for c in cats]))
        _, unit, typical = _DOB_CATS[cat]
        zi = int(_one(rng, list(range(len(_DOB_ZIPS))), [9, 6, 10, 8, 12, 7, 6, 5, 4, 3, 6, 5]))
        zipc, board = _DOB_ZIPS[zi]
        days = int(rng.exponential(typical)) + 1
        closed_on = entered[k] + pd.Timedelta(days=days)
        active = closed_on > pd.Timestamp("2024-12-31")
        if not active and rng.random() < 0.04:
            active = True
        house = str(int(rng.integers(1, 2400)))
        r = rng.random()
        if r < 0.02:
            house = "N/A"
        elif r < 0.05:
            house = f"{house}-{int(house) + 2}"
        insp = ""
        if not active or rng.random() < 0.4:
            insp_day = entered[k] + pd.Timedelta(days=max(0, days - int(rng.integers(0, 3))))
            insp = f"{min(insp_day, pd.Timestamp('2024-12-31')):%m/%d/%Y}"
        rows.append(
            {
                "Complaint Number": number,
                "Status": "ACTIVE" if active else "CLOSED",
                "Date Entered": f"{entered[k]:%m/%d/%Y}",
                "House Number": house,
                "ZIP Code": "" if rng.random() < 0.015 else str(zipc),
                "House Street": str(_one(rng, _DOB_STREETS)),
                "BIN": int(rng.integers(1000000, 5999999)),
                "Community Board": board,
                "Special District": str(_one(rng, [""] * 18 + ["HP", "SRD"])),
                "Complaint Category": cat,
                "Unit": unit,
                "Disposition Date": "" if active else f"{closed_on:%m/%d/%Y}",
                "Disposition Code": ""
                if active
                else str(_one(rng, ["I2", "A8", "L1", "H1", "C1", "A3"], [30, 20, 15, 12, 13, 10])),
                "Inspection Date": insp,
                "DOBRunDate": "12/31/2024 00:00:00",
            }
        )
    return pd.DataFrame(rows)


def _dob_dates(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Date Entered"], format="%m/%d/%Y")


def _dob_days(d: pd.DataFrame) -> pd.Series:
    closed = pd.to_datetime(d["Disposition Date"], format="%m/%d/%Y", errors="coerce")
    return (closed - _dob_dates(d)).dt.days.dropna()


def _dob_zip(d: pd.DataFrame) -> str:
    z = pd.to_numeric(d["ZIP Code"], errors="coerce").dropna().astype(int)
    return _top(z.value_counts())


def _dob_in_zip(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d["ZIP Code"], errors="coerce") == int(_dob_zip(d))


_DOB_QS = [
    Q(
        "how many complaints are still open",
        _count(lambda d: int((d["Status"] == "ACTIVE").sum())),
        ("Status",),
    ),
    Q(
        "most common complaint category?",
        _lead(_named(lambda d: _top(d["Complaint Category"].astype(str).value_counts()))),
        ("Complaint Category",),
    ),
    Q(
        "which month had the most complaints",
        _lead(_month_year(lambda d: _first_month(_ranked(_dob_dates(d).dt.to_period("M").value_counts())))),
        ("Date Entered",),
    ),
    Q(
        "how long does it usually take to close a complaint, in days",
        either(_about(lambda d: float(_dob_days(d).mean())), _about(lambda d: float(_dob_days(d).median()))),
        ("Date Entered", "Disposition Date", "Status"),
    ),
    Q(
        "which zip code gets the most complaints?",
        _lead(_named(_dob_zip)),
        ("ZIP Code",),
    ),
    Q(
        "how many of those came in during 2024?",
        _count(lambda d: int((_dob_in_zip(d) & (_dob_dates(d).dt.year == 2024)).sum())),
        ("ZIP Code", "Date Entered"),
    ),
]


# --- 6. USDA Food Access Research Atlas ----------------------------------------------------------------------------

# state: (fips, weight, counties, rural share, poverty base)
_AT_STATES = {
    "Alabama": (
        1,
        10,
        ["Autauga County", "Baldwin County", "Jefferson County", "Mobile County", "Dallas County"],
        0.45,
        19,
    ),
    "Georgia": (13, 14, ["Fulton County", "DeKalb County", "Chatham County", "Clarke County", "Ware County"], 0.35, 16),
    "Mississippi": (28, 8, ["Hinds County", "Harrison County", "Bolivar County", "Lee County"], 0.55, 22),
    "Ohio": (
        39,
        16,
        ["Franklin County", "Cuyahoga County", "Hamilton County", "Athens County", "Lucas County"],
        0.3,
        14,
    ),
    "Colorado": (8, 10, ["Denver County", "El Paso County", "Boulder County", "Pueblo County"], 0.25, 11),
    "Maine": (23, 5, ["Cumberland County", "Penobscot County", "Aroostook County"], 0.6, 12),
    "New Mexico": (35, 7, ["Bernalillo County", "Dona Ana County", "San Juan County", "McKinley County"], 0.5, 21),
}


def _atlas_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13006)
    n = 2600
    states = list(_AT_STATES)
    rows = []
    tract_seq: dict[str, int] = {}
    for _ in range(n):
        st = str(_one(rng, states, [_AT_STATES[s][1] for s in states]))
        fips, _, counties, rural_share, pov_base = _AT_STATES[st]
        ci = int(rng.integers(len(counties)))
        county = counties[ci]
        key = f"{st}|{county}"
        tract_seq[key] = tract_seq.get(key, 0) + 1
        tract = fips * 10**9 + (2 * ci + 1) * 10**6 + 100 * tract_seq[key] + int(rng.integers(0, 3))
        urban = int(rng.random() > rural_share)
        pop = int(rng.integers(800, 8000))
        ohu = int(pop / rng.uniform(2.2, 2.9))
        numgq = int(pop * rng.choice([0.0, 0.0, 0.0, 0.01, 0.05, 0.4], p=[0.4, 0.2, 0.1, 0.15, 0.1, 0.05]))
        pctgq = round(100 * numgq / pop, 2)
        poverty = float(np.clip(rng.gamma(2.0, (pov_base + (4 if not urban else 0)) / 2.0), 0, 80))
        mfi = float(np.clip(rng.normal(95000 - 1400 * poverty, 15000), 12000, 250000))
        low_income = int(poverty >= 20 or mfi <= 50000)
        far = rng.random()
        la_half = int(far < (0.75 if urban else 0.95))
        la_1 = int(far < (0.4 if urban else 0.85))
        la_10 = int(not urban and far < 0.25)
        la_20 = int(not urban and far < 0.1)
        la1and10 = int((urban and la_1) or ((not urban) and la_10))
        lahalfand10 = int((urban and la_half) or ((not urban) and la_10))
        la1and20 = int((urban and la_1) or ((not urban) and la_20))
        hunv = int(pop * rng.uniform(0.01, 0.25 if urban else 0.1) / 2.5)
        hunvflag = int(hunv >= 100)
        lowi = int(pop * np.clip(poverty / 100 * 1.8 + rng.normal(0, 0.05), 0.02, 0.95))
        kids = int(pop * rng.uniform(0.15, 0.3))
        seniors = int(pop * rng.uniform(0.08, 0.22))
        snap = int(ohu * np.clip(poverty / 100 * 0.9 + rng.normal(0, 0.03), 0, 0.8))
        lap_half = pop * rng.uniform(0.5, 1.0) if la_half else np.nan
        lap_1 = pop * rng.uniform(0.3, 1.0) if la_1 else np.nan
        lalowi_1 = lowi * rng.uniform(0.3, 1.0) if la_1 else np.nan
        rows.append(
            {
                "CensusTract": tract,
                "State": st,
                "County": county,
                "Urban": urban,
                "Pop2010": pop,
                "OHU2010": ohu,
                "GroupQuartersFlag": int(pctgq >= 67),
                "NUMGQTRS": numgq,
                "PCTGQTRS": pctgq,
                "LILATracts_1And10": int(low_income and la1and10),
                "LILATracts_halfAnd10": int(low_income and lahalfand10),
                "LILATracts_1And20": int(low_income and la1and20),
                "LILATracts_Vehicle": int(low_income and (la1and20 or (hunvflag and la_half))),
                "HUNVFlag": hunvflag,
                "LowIncomeTracts": low_income,
                "PovertyRate": round(poverty, 1),
                "MedianFamilyIncome": round(mfi) if rng.random() > 0.02 else np.nan,
                "LA1and10": la1and10,
                "LAhalfand10": lahalfand10,
                "LATracts_half": la_half,
                "LATracts1": la_1,
                "LATracts10": la_10,
                "lapophalf": round(lap_half, 4) if la_half else np.nan,
                "lapophalfshare": round(lap_half / pop, 6) if la_half else np.nan,
                "lapop1": round(lap_1, 4) if la_1 else np.nan,
                "lapop1share": round(lap_1 / pop, 6) if la_1 else np.nan,
                "lalowi1": round(lalowi_1, 4) if la_1 else np.nan,
                "lalowi1share": round(lalowi_1 / pop, 6) if la_1 else np.nan,
                "TractLOWI": lowi,
                "TractKids": kids,
                "TractSeniors": seniors,
                "TractHUNV": hunv,
                "TractSNAP": snap,
            }
        )
    return pd.DataFrame(rows).sort_values("CensusTract").reset_index(drop=True)


_ATLAS_QS = [
    Q(
        "how many tracts are low income and low access at 1 mile urban / 10 miles rural?",
        _count(lambda d: int(d["LILATracts_1And10"].sum())),
        ("LILATracts_1And10", "CensusTract"),
    ),
    Q(
        "which state has the highest share of those tracts",
        _lead(_named(lambda d: _top(d.groupby("State")["LILATracts_1And10"].mean()))),
        ("LILATracts_1And10", "State", "CensusTract"),
    ),
    Q(
        "average poverty rate urban vs rural",
        either(
            _about(lambda d: d.groupby("Urban")["PovertyRate"].mean().to_numpy()),
            _about(
                lambda d: [float(np.average(g["PovertyRate"], weights=g["Pop2010"])) for _, g in d.groupby("Urban")]
            ),
        ),
        ("PovertyRate", "Urban"),
    ),
    Q(
        "total population in the file",
        _scaled(lambda d: float(d["Pop2010"].sum()), (1e3, 1e6)),
        ("Pop2010",),
    ),
    Q(
        "is family income related to the poverty rate",
        _corr(lambda d: d["MedianFamilyIncome"], lambda d: d["PovertyRate"]),
        ("MedianFamilyIncome", "PovertyRate"),
    ),
    Q(
        "how many tracts are missing income?",
        _count(lambda d: int(d["MedianFamilyIncome"].isna().sum())),
        ("MedianFamilyIncome", "CensusTract"),
    ),
]


# --- 7. IUCN Red List assessments ----------------------------------------------------------------------------------

_IU_CATS = ["Least Concern", "Near Threatened", "Vulnerable", "Endangered", "Critically Endangered"]
_IU_CATS += ["Data Deficient", "Extinct"]
_IU_CRITERIA = ["B1ab(iii)", "A2cd", "B1ab(iii)+2ab(iii)", "A2c+3c", "C2a(i)", "D", "B2ab(ii,iii)", "A4acd"]
_IU_GENERA = ["Rana", "Hyla", "Anolis", "Conus", "Acropora", "Quercus", "Eleutherodactylus", "Myotis", "Crocidura"]
_IU_GENERA += ["Pristimantis", "Carcharhinus", "Pseudomys", "Cyprinella", "Euphorbia", "Atelopus", "Gobius"]
_IU_EPITHETS = ["alba", "minor", "major", "gracilis", "montana", "robusta", "nigra", "viridis", "sylvatica"]
_IU_EPITHETS += ["longicauda", "orientalis", "pallida", "rufa", "borealis", "insularis", "fluviatilis", "marina"]
_IU_SYSTEMS = ["Terrestrial", "Freshwater (=Inland waters)", "Marine", "Terrestrial|Freshwater (=Inland waters)"]
_IU_SYSTEMS += ["Marine|Freshwater (=Inland waters)"]
_IU_REALMS = ["Neotropical", "Nearctic", "Palearctic", "Afrotropical", "Indomalayan", "Australasian", "Oceanian"]


def _iucn_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13007)
    n = 3000
    rows = []
    used: set[str] = set()
    aid = 1000000
    for _ in range(n):
        while True:
            name = f"{_one(rng, _IU_GENERA)} {_one(rng, _IU_EPITHETS)}"
            if rng.random() < 0.5:
                name += f" {_one(rng, _IU_EPITHETS)}"
            if name not in used:
                used.add(name)
                break
        genus = name.split()[0]
        system = str(
            _one(
                rng,
                _IU_SYSTEMS,
                [50, 18, 20, 9, 3],
            )
        )
        if genus in ("Conus", "Acropora", "Carcharhinus"):
            system = "Marine"
        weights = [48, 9, 12, 11, 7, 11, 2]
        if system == "Marine":
            weights = [40, 8, 14, 8, 5, 24, 1]
        cat = str(_one(rng, _IU_CATS, weights))
        year = int(_one(rng, list(range(2004, 2025)), [1] * 6 + [2, 2, 2, 3, 3, 3, 4, 4, 5, 4, 3, 5, 4, 4, 3]))
        assessed = pd.Timestamp(year, 1, 1) - pd.Timedelta(days=int(rng.integers(30, 700)))
        threatened = cat in ("Vulnerable", "Endangered", "Critically Endangered")
        if cat in ("Least Concern", "Near Threatened"):
            trend = str(_one(rng, ["Stable", "Decreasing", "Increasing", "Unknown", ""], [40, 20, 6, 30, 4]))
        elif threatened:
            trend = str(_one(rng, ["Decreasing", "Stable", "Unknown", ""], [70, 8, 18, 4]))
        else:
            trend = str(_one(rng, ["Unknown", ""], [85, 15]))
        possibly = cat == "Critically Endangered" and rng.random() < 0.15
        realms = "|".join(sorted(set(rng.choice(_IU_REALMS, int(rng.integers(1, 3))))))
        aid += int(rng.integers(1, 900))
        rows.append(
            {
                "assessmentId": aid,
                "internalTaxonId": int(rng.integers(10000, 260000000)),
                "scientificName": name,
                "redlistCategory": cat,
                "redlistCriteria": str(_one(rng, _IU_CRITERIA)) if threatened else "",
                "yearPublished": year,
                "assessmentDate": f"{assessed:%Y-%m-%d} 00:00:00 UTC",
                "criteriaVersion": 3.1,
                "language": "English",
                "populationTrend": trend,
                "systems": system,
                "realm": realms if system != "Marine" else "",
                "yearLastSeen": str(int(rng.integers(1880, 2005))) if cat == "Extinct" or possibly else "",
                "possiblyExtinct": "true" if possibly else "false",
                "possiblyExtinctInTheWild": "false",
                "scopes": "Global",
            }
        )
    return pd.DataFrame(rows)


def _iu_marine(d: pd.DataFrame, exact: bool) -> pd.Series:
    s = _txt(d["systems"])
    return s.eq("Marine") if exact else s.str.contains("Marine", regex=False)


def _iu_decreasing(known_only: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        t = _txt(d["populationTrend"])
        if known_only:
            t = t[~t.isin(["", "Unknown"])]
        return float(t.eq("Decreasing").mean())

    return value


_IUCN_QS = [
    Q(
        "how many species are endangered or critically endangered?",
        _count(lambda d: int(d["redlistCategory"].isin(["Endangered", "Critically Endangered"]).sum())),
        ("redlistCategory", "scientificName"),
    ),
    Q(
        "what share of species have a shrinking population",
        either(
            _share(_iu_decreasing(False)),
            _share(_iu_decreasing(True)),
            _share(lambda d: float(_txt(d["populationTrend"]).loc[lambda s: s != ""].eq("Decreasing").mean())),
        ),
        ("populationTrend", "scientificName"),
    ),
    Q(
        "which year had the most assessments published?",
        _lead(_year(lambda d: int(_top(d["yearPublished"].value_counts())))),
        ("yearPublished",),
    ),
    Q(
        "how many marine species are there",
        either(
            _count(lambda d: int(_iu_marine(d, False).sum())),
            _count(lambda d: int(_iu_marine(d, True).sum())),
        ),
        ("systems", "scientificName"),
    ),
    Q(
        "and how many of them are data deficient?",
        either(
            _count(lambda d: int((_iu_marine(d, False) & d["redlistCategory"].eq("Data Deficient")).sum())),
            _count(lambda d: int((_iu_marine(d, True) & d["redlistCategory"].eq("Data Deficient")).sum())),
        ),
        ("systems", "redlistCategory", "scientificName"),
    ),
    Q(
        "how many species were last assessed before 2010",
        either(
            _count(lambda d: int((pd.to_datetime(d["assessmentDate"].str[:10]).dt.year < 2010).sum())),
            _count(lambda d: int((d["yearPublished"] < 2010).sum())),
        ),
        ("assessmentDate", "yearPublished", "scientificName"),
    ),
]


HELDOUT130: list[Dataset] = [
    Dataset("chase_business_checking", _chase_frame, _CHASE_QS),
    Dataset("zendesk_satisfaction_ratings", _zendesk_frame, _ZENDESK_QS),
    Dataset("whoop_sleeps_export", _whoop_frame, _WHOOP_QS),
    Dataset("faire_wholesale_orders", _faire_frame, _FAIRE_QS),
    Dataset("nyc_dob_complaints", _dob_frame, _DOB_QS),
    Dataset("usda_food_access_research_atlas", _atlas_frame, _ATLAS_QS),
    Dataset("iucn_red_list_assessments", _iucn_frame, _IUCN_QS),
]
